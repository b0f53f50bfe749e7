/* myo-instruction-row.c: one instruction, after a bullet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-instruction-row.h"

struct _MyoInstructionRow
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkLabel  *bullet;
  GtkLabel  *label;
};

enum {
  PROP_0,
  PROP_TEXT,
  PROP_WIDTH_CHARS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoInstructionRow, myo_instruction_row, GTK_TYPE_WIDGET)

static void
myo_instruction_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MYO_TYPE_INSTRUCTION_ROW);

  G_OBJECT_CLASS (myo_instruction_row_parent_class)->dispose (object);
}

static void
myo_instruction_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MyoInstructionRow *self = MYO_INSTRUCTION_ROW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, myo_instruction_row_get_text (self));
      break;

    case PROP_WIDTH_CHARS:
      g_value_set_int (value, myo_instruction_row_get_width_chars (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_instruction_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MyoInstructionRow *self = MYO_INSTRUCTION_ROW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      myo_instruction_row_set_text (self, g_value_get_string (value));
      break;

    case PROP_WIDTH_CHARS:
      myo_instruction_row_set_width_chars (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_instruction_row_class_init (MyoInstructionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_instruction_row_dispose;
  object_class->get_property = myo_instruction_row_get_property;
  object_class->set_property = myo_instruction_row_set_property;

  /**
   * MyoInstructionRow:text:
   *
   * The instruction.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoInstructionRow:width-chars:
   *
   * The widest the text grows before it wraps, in characters; -1 for as
   * wide as there is room.
   */
  properties[PROP_WIDTH_CHARS] =
    g_param_spec_int ("width-chars", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-instruction-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoInstructionRow, bullet);
  gtk_widget_class_bind_template_child (widget_class, MyoInstructionRow, label);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "instructionrow");
}

static void
myo_instruction_row_init (MyoInstructionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
myo_instruction_row_new (const char *text)
{
  return g_object_new (MYO_TYPE_INSTRUCTION_ROW, "text", text, NULL);
}

const char *
myo_instruction_row_get_text (MyoInstructionRow *self)
{
  g_return_val_if_fail (MYO_IS_INSTRUCTION_ROW (self), NULL);
  return gtk_label_get_label (self->label);
}

void
myo_instruction_row_set_text (MyoInstructionRow *self,
                              const char        *text)
{
  g_return_if_fail (MYO_IS_INSTRUCTION_ROW (self));

  if (g_strcmp0 (text, gtk_label_get_label (self->label)) == 0)
    return;

  gtk_label_set_label (self->label, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

int
myo_instruction_row_get_width_chars (MyoInstructionRow *self)
{
  g_return_val_if_fail (MYO_IS_INSTRUCTION_ROW (self), -1);
  return gtk_label_get_max_width_chars (self->label);
}

void
myo_instruction_row_set_width_chars (MyoInstructionRow *self,
                                     int                width_chars)
{
  g_return_if_fail (MYO_IS_INSTRUCTION_ROW (self));

  if (width_chars == gtk_label_get_max_width_chars (self->label))
    return;

  gtk_label_set_max_width_chars (self->label, width_chars);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH_CHARS]);
}

/**
 * myo_instruction_row_fill_box:
 * @box: a vertical box
 * @instructions: (nullable): what to do, in order
 * @width_chars: the widest a row grows, or -1
 *
 * Empties @box and puts a row in it for each instruction.
 */
void
myo_instruction_row_fill_box (GtkBox             *box,
                              const char * const *instructions,
                              int                 width_chars)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  for (guint i = 0; instructions != NULL && instructions[i] != NULL; i++)
    {
      GtkWidget *row = myo_instruction_row_new (instructions[i]);

      myo_instruction_row_set_width_chars (MYO_INSTRUCTION_ROW (row), width_chars);
      gtk_box_append (box, row);
    }
}
