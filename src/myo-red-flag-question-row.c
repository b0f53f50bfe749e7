/* myo-red-flag-question-row.c: one red-flag question, answered "yes" or not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-red-flag-question-row.h"

struct _MyoRedFlagQuestionRow
{
  AdwActionRow    parent_instance;

  /* Template widgets */
  GtkCheckButton *check;
};

enum {
  PROP_0,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoRedFlagQuestionRow, myo_red_flag_question_row, ADW_TYPE_ACTION_ROW)

static void
toggled_cb (MyoRedFlagQuestionRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/* The focus goes to the answer, where Space ticks it */
static gboolean
myo_red_flag_question_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (MYO_RED_FLAG_QUESTION_ROW (widget)->check));
}

static void
myo_red_flag_question_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MYO_TYPE_RED_FLAG_QUESTION_ROW);

  G_OBJECT_CLASS (myo_red_flag_question_row_parent_class)->dispose (object);
}

static void
myo_red_flag_question_row_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  MyoRedFlagQuestionRow *self = MYO_RED_FLAG_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, myo_red_flag_question_row_get_active (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_red_flag_question_row_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  MyoRedFlagQuestionRow *self = MYO_RED_FLAG_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      myo_red_flag_question_row_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_red_flag_question_row_class_init (MyoRedFlagQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_red_flag_question_row_dispose;
  object_class->get_property = myo_red_flag_question_row_get_property;
  object_class->set_property = myo_red_flag_question_row_set_property;
  widget_class->grab_focus = myo_red_flag_question_row_grab_focus;

  /**
   * MyoRedFlagQuestionRow:active:
   *
   * Whether the question is answered "yes".
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-red-flag-question-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagQuestionRow, check);
  gtk_widget_class_bind_template_callback (widget_class, toggled_cb);
}

static void
myo_red_flag_question_row_init (MyoRedFlagQuestionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
myo_red_flag_question_row_new (const char *question)
{
  return g_object_new (MYO_TYPE_RED_FLAG_QUESTION_ROW, "title", question, NULL);
}

gboolean
myo_red_flag_question_row_get_active (MyoRedFlagQuestionRow *self)
{
  g_return_val_if_fail (MYO_IS_RED_FLAG_QUESTION_ROW (self), FALSE);
  return gtk_check_button_get_active (self->check);
}

void
myo_red_flag_question_row_set_active (MyoRedFlagQuestionRow *self,
                                      gboolean               active)
{
  g_return_if_fail (MYO_IS_RED_FLAG_QUESTION_ROW (self));

  /* The check's "toggled" notifies, on a real change only */
  gtk_check_button_set_active (self->check, active);
}
