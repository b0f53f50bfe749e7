/* myo-help-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-help-window.h"

struct _MyoHelpWindow
{
  AdwWindow  parent_instance;

  /* Template widgets */
  GtkLabel  *disclaimer_label;
  GtkBox    *red_flags_box;

  /* Owned */
  MyoKb     *kb;

  guint      n_flags;
};

enum {
  PROP_0,
  PROP_KB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoHelpWindow, myo_help_window, ADW_TYPE_WINDOW)

/* The warning signs come from the knowledge base, the very questions the
 * routine asks, so the help can never list different ones */
static void
fill_red_flags (MyoHelpWindow *self)
{
  GPtrArray *flags = myo_kb_get_red_flags (self->kb);

  for (guint i = 0; i < flags->len; i++)
    {
      const MyoRedFlag *flag = g_ptr_array_index (flags, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *question = gtk_label_new (flag->question);
      GtkWidget *why = gtk_label_new (flag->why);

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

      for (GtkWidget *label = question; label != NULL; label = label == question ? why : NULL)
        {
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          /* As the page's paragraphs: about 75 characters a line */
          gtk_widget_set_halign (label, GTK_ALIGN_START);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
          gtk_box_append (GTK_BOX (text), label);
        }
      gtk_widget_add_css_class (why, "dim-label");
      gtk_widget_set_hexpand (text, TRUE);

      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), text);
      gtk_box_append (self->red_flags_box, box);
      self->n_flags++;
    }
}

static void
myo_help_window_constructed (GObject *object)
{
  MyoHelpWindow *self = (MyoHelpWindow *) object;

  G_OBJECT_CLASS (myo_help_window_parent_class)->constructed (object);

  gtk_label_set_label (self->disclaimer_label, myo_kb_get_disclaimer (self->kb));
  fill_red_flags (self);
}

static void
myo_help_window_dispose (GObject *object)
{
  MyoHelpWindow *self = (MyoHelpWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_HELP_WINDOW);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (myo_help_window_parent_class)->dispose (object);
}

static void
myo_help_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MyoHelpWindow *self = MYO_HELP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_help_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MyoHelpWindow *self = MYO_HELP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KB:
      self->kb = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_help_window_class_init (MyoHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = myo_help_window_constructed;
  object_class->dispose = myo_help_window_dispose;
  object_class->get_property = myo_help_window_get_property;
  object_class->set_property = myo_help_window_set_property;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoHelpWindow, disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, MyoHelpWindow, red_flags_box);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
myo_help_window_init (MyoHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_help_window_new:
 * @kb: the knowledge base, for its disclaimer and warning signs
 *
 * Returns: (transfer floating): a new help window, not yet shown
 */
MyoHelpWindow *
myo_help_window_new (MyoKb *kb)
{
  g_return_val_if_fail (MYO_IS_KB (kb), NULL);

  return g_object_new (MYO_TYPE_HELP_WINDOW, "kb", kb, NULL);
}

/**
 * myo_help_window_get_n_flags:
 *
 * Returns: how many warning signs the page lists
 */
guint
myo_help_window_get_n_flags (MyoHelpWindow *self)
{
  g_return_val_if_fail (MYO_IS_HELP_WINDOW (self), 0);
  return self->n_flags;
}
