/* myo-keep-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-keep-dialog.h"

struct _MyoKeepDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  GtkEntry         *note_entry;
};

enum {
  PROP_0,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoKeepDialog, myo_keep_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
note_changed_cb (MyoKeepDialog *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

static void
myo_keep_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MYO_TYPE_KEEP_DIALOG);

  G_OBJECT_CLASS (myo_keep_dialog_parent_class)->dispose (object);
}

static void
myo_keep_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MyoKeepDialog *self = MYO_KEEP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      g_value_set_string (value, myo_keep_dialog_get_note (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_keep_dialog_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MyoKeepDialog *self = MYO_KEEP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      myo_keep_dialog_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_keep_dialog_class_init (MyoKeepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_keep_dialog_dispose;
  object_class->get_property = myo_keep_dialog_get_property;
  object_class->set_property = myo_keep_dialog_set_property;

  /**
   * MyoKeepDialog:note:
   *
   * The person's note for the session kept, "" when none.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-keep-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoKeepDialog, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, note_changed_cb);
}

static void
myo_keep_dialog_init (MyoKeepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_keep_dialog_new:
 *
 * Answers "keep" or "cancel"; the note is in MyoKeepDialog:note.
 */
GtkWidget *
myo_keep_dialog_new (GtkWindow *parent)
{
  return g_object_new (MYO_TYPE_KEEP_DIALOG,
                       "transient-for", parent,
                       NULL);
}

const char *
myo_keep_dialog_get_note (MyoKeepDialog *self)
{
  g_return_val_if_fail (MYO_IS_KEEP_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
}

void
myo_keep_dialog_set_note (MyoKeepDialog *self,
                          const char    *note)
{
  g_return_if_fail (MYO_IS_KEEP_DIALOG (self));

  /* The entry's own change notifies */
  if (g_strcmp0 (note, myo_keep_dialog_get_note (self)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note != NULL ? note : "");
}
