/* myo-red-flag-reason-row.c: why a red flag answered "yes" needs a clinician
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-red-flag-reason-row.h"

struct _MyoRedFlagReasonRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkImage      *icon;
  GtkLabel      *label;

  MyoUrgency     urgency;
};

enum {
  PROP_0,
  PROP_TEXT,
  PROP_URGENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoRedFlagReasonRow, myo_red_flag_reason_row, GTK_TYPE_LIST_BOX_ROW)

/* The icon and its colour follow the urgency */
static void
show_urgency (MyoRedFlagReasonRow *self)
{
  static const char * const classes[] = { "error", "warning", "accent" };

  gtk_image_set_from_icon_name (self->icon,
                                self->urgency == MYO_URGENCY_EMERGENCY
                                ? "dialog-error-symbolic"
                                : "dialog-warning-symbolic");
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->icon), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon),
                            myo_red_flag_reason_row_urgency_class (self->urgency));
}

static void
myo_red_flag_reason_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MYO_TYPE_RED_FLAG_REASON_ROW);

  G_OBJECT_CLASS (myo_red_flag_reason_row_parent_class)->dispose (object);
}

static void
myo_red_flag_reason_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MyoRedFlagReasonRow *self = MYO_RED_FLAG_REASON_ROW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, myo_red_flag_reason_row_get_text (self));
      break;

    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_red_flag_reason_row_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MyoRedFlagReasonRow *self = MYO_RED_FLAG_REASON_ROW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      myo_red_flag_reason_row_set_text (self, g_value_get_string (value));
      break;

    case PROP_URGENCY:
      myo_red_flag_reason_row_set_urgency (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_red_flag_reason_row_class_init (MyoRedFlagReasonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_red_flag_reason_row_dispose;
  object_class->get_property = myo_red_flag_reason_row_get_property;
  object_class->set_property = myo_red_flag_reason_row_set_property;

  /**
   * MyoRedFlagReasonRow:text:
   *
   * Why the answer needs a clinician.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoRedFlagReasonRow:urgency:
   *
   * How soon: the icon and its colour.
   */
  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL,
                       MYO_TYPE_URGENCY, MYO_URGENCY_ASK_BEFORE_PRESSING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-red-flag-reason-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagReasonRow, icon);
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagReasonRow, label);
}

static void
myo_red_flag_reason_row_init (MyoRedFlagReasonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->urgency = MYO_URGENCY_ASK_BEFORE_PRESSING;
  show_urgency (self);
}

GtkWidget *
myo_red_flag_reason_row_new (const MyoRedFlag *flag)
{
  g_return_val_if_fail (flag != NULL, NULL);

  return g_object_new (MYO_TYPE_RED_FLAG_REASON_ROW,
                       "text", flag->why,
                       "urgency", flag->urgency,
                       NULL);
}

const char *
myo_red_flag_reason_row_get_text (MyoRedFlagReasonRow *self)
{
  g_return_val_if_fail (MYO_IS_RED_FLAG_REASON_ROW (self), NULL);
  return gtk_label_get_label (self->label);
}

void
myo_red_flag_reason_row_set_text (MyoRedFlagReasonRow *self,
                                  const char          *text)
{
  g_return_if_fail (MYO_IS_RED_FLAG_REASON_ROW (self));

  if (g_strcmp0 (text, gtk_label_get_label (self->label)) == 0)
    return;

  gtk_label_set_label (self->label, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

MyoUrgency
myo_red_flag_reason_row_get_urgency (MyoRedFlagReasonRow *self)
{
  g_return_val_if_fail (MYO_IS_RED_FLAG_REASON_ROW (self), MYO_URGENCY_ASK_BEFORE_PRESSING);
  return self->urgency;
}

void
myo_red_flag_reason_row_set_urgency (MyoRedFlagReasonRow *self,
                                     MyoUrgency           urgency)
{
  g_return_if_fail (MYO_IS_RED_FLAG_REASON_ROW (self));

  if (self->urgency == urgency)
    return;

  self->urgency = urgency;
  show_urgency (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENCY]);
}

/**
 * myo_red_flag_reason_row_urgency_class:
 *
 * Returns: the style class that colours what is shown for @urgency
 */
const char *
myo_red_flag_reason_row_urgency_class (MyoUrgency urgency)
{
  switch (urgency)
    {
    case MYO_URGENCY_EMERGENCY:
      return "error";

    case MYO_URGENCY_TODAY:
      return "warning";

    case MYO_URGENCY_ASK_BEFORE_PRESSING:
    default:
      return "accent";
    }
}
