/* myo-treat-dialog.c
 *
 * More trigger points than one session should treat: the dialog says so
 * and lets the person pick which, the first ones of the combination
 * ticked, never more than the cap and at least one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-match.h"
#include "myo-treat-dialog.h"

struct _MyoTreatDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  GtkBox           *list;

  /* Owned */
  GPtrArray        *candidates;  /* MyoCandidate */
  GPtrArray        *checks;  /* GtkCheckButton, one per candidate */

  guint             n_selected;
};

enum {
  PROP_0,
  PROP_CANDIDATES,
  PROP_N_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoTreatDialog, myo_treat_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
check_toggled_cb (MyoTreatDialog *self)
{
  guint n_selected = 0;

  for (guint i = 0; i < self->checks->len; i++)
    n_selected += gtk_check_button_get_active (g_ptr_array_index (self->checks, i));

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      gtk_widget_set_sensitive (GTK_WIDGET (check),
                                gtk_check_button_get_active (check) ||
                                n_selected < MYO_ROUTINE_MAX_TRIGGER_POINTS);
    }
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "start", n_selected > 0);

  if (self->n_selected != n_selected)
    {
      self->n_selected = n_selected;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
    }
}

static void
myo_treat_dialog_constructed (GObject *object)
{
  MyoTreatDialog *self = MYO_TREAT_DIALOG (object);

  G_OBJECT_CLASS (myo_treat_dialog_parent_class)->constructed (object);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  _("Treating many trigger points in one session leaves the muscles "
                                    "sore. Choose at most %u for now and treat the others another day."),
                                  MYO_ROUTINE_MAX_TRIGGER_POINTS);

  for (guint i = 0; self->candidates != NULL && i < self->candidates->len; i++)
    {
      g_autofree char *title = myo_candidate_dup_title (g_ptr_array_index (self->candidates, i));
      GtkWidget *check = gtk_check_button_new_with_label (title);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i < MYO_ROUTINE_MAX_TRIGGER_POINTS);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (check_toggled_cb), self);
      gtk_box_append (self->list, check);
      g_ptr_array_add (self->checks, check);
    }
  check_toggled_cb (self);
}

static void
myo_treat_dialog_dispose (GObject *object)
{
  MyoTreatDialog *self = MYO_TREAT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_TREAT_DIALOG);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);

  G_OBJECT_CLASS (myo_treat_dialog_parent_class)->dispose (object);
}

static void
myo_treat_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MyoTreatDialog *self = MYO_TREAT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CANDIDATES:
      g_value_set_boxed (value, self->candidates);
      break;

    case PROP_N_SELECTED:
      g_value_set_uint (value, self->n_selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_treat_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MyoTreatDialog *self = MYO_TREAT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CANDIDATES:
      self->candidates = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_treat_dialog_class_init (MyoTreatDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = myo_treat_dialog_constructed;
  object_class->dispose = myo_treat_dialog_dispose;
  object_class->get_property = myo_treat_dialog_get_property;
  object_class->set_property = myo_treat_dialog_set_property;

  /**
   * MyoTreatDialog:candidates:
   *
   * The #MyoCandidate<!-- -->s to choose from, in the combination's order.
   */
  properties[PROP_CANDIDATES] =
    g_param_spec_boxed ("candidates", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-treat-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoTreatDialog, list);
}

static void
myo_treat_dialog_init (MyoTreatDialog *self)
{
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_treat_dialog_new:
 * @candidates: (element-type MyoCandidate): the combination
 *
 * Answers "start" or "cancel"; myo_treat_dialog_dup_routine() is the
 * routine for the points chosen.
 */
GtkWidget *
myo_treat_dialog_new (GtkWindow *parent,
                      GPtrArray *candidates)
{
  return g_object_new (MYO_TYPE_TREAT_DIALOG,
                       "transient-for", parent,
                       "candidates", candidates,
                       NULL);
}

guint
myo_treat_dialog_get_n_selected (MyoTreatDialog *self)
{
  g_return_val_if_fail (MYO_IS_TREAT_DIALOG (self), 0);
  return self->n_selected;
}

/**
 * myo_treat_dialog_set_selected:
 *
 * Ticks or unticks the candidate at @index, as a click would (a tick
 * beyond the cap is refused, as its check box is insensitive).
 */
void
myo_treat_dialog_set_selected (MyoTreatDialog *self,
                               guint           index,
                               gboolean        selected)
{
  GtkCheckButton *check;

  g_return_if_fail (MYO_IS_TREAT_DIALOG (self));
  g_return_if_fail (index < self->checks->len);

  check = g_ptr_array_index (self->checks, index);
  if (gtk_widget_get_sensitive (GTK_WIDGET (check)))
    gtk_check_button_set_active (check, selected);
}

/**
 * myo_treat_dialog_dup_routine:
 *
 * Returns: (transfer full): the routine for the points ticked
 */
MyoRoutine *
myo_treat_dialog_dup_routine (MyoTreatDialog *self)
{
  g_autoptr(GArray) selection = g_array_new (FALSE, FALSE, sizeof (MyoSelection));

  g_return_val_if_fail (MYO_IS_TREAT_DIALOG (self), NULL);

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        const MyoCandidate *candidate = g_ptr_array_index (self->candidates, i);
        MyoSelection item = { candidate->trp, candidate->side };

        g_array_append_val (selection, item);
      }

  return myo_routine_new ((MyoSelection *) (gpointer) selection->data, selection->len);
}
