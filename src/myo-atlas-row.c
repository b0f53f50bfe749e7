/* myo-atlas-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-atlas-row.h"

/* A trigger point of the atlas's list, on one leg: a title and a
 * subtitle (where it is, or which zone of it reaches the place clicked).
 * A row of a search result stands under its muscle's heading; a row of a
 * place clicked is ranked by zone, not grouped ("grouped" is FALSE). */

struct _MyoAtlasRow
{
  GtkListBoxRow          parent_instance;

  /* Template widgets */
  GtkLabel              *title_label;
  GtkLabel              *subtitle_label;

  /* Borrowed from the knowledge base */
  const MyoTriggerPoint *trp;

  MyoSide                side;
  gboolean               grouped;
};

enum {
  PROP_0,
  PROP_TRIGGER_POINT,
  PROP_SIDE,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_GROUPED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoAtlasRow, myo_atlas_row, GTK_TYPE_LIST_BOX_ROW)

static void
myo_atlas_row_constructed (GObject *object)
{
  MyoAtlasRow *self = MYO_ATLAS_ROW (object);
  g_autofree char *label = NULL;

  G_OBJECT_CLASS (myo_atlas_row_parent_class)->constructed (object);

  if (self->trp == NULL)
    return;

  label = myo_trigger_point_dup_label (self->trp);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
myo_atlas_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MYO_TYPE_ATLAS_ROW);

  G_OBJECT_CLASS (myo_atlas_row_parent_class)->dispose (object);
}

static void
myo_atlas_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MyoAtlasRow *self = MYO_ATLAS_ROW (object);

  switch (prop_id)
    {
    case PROP_TRIGGER_POINT:
      g_value_set_pointer (value, (gpointer) self->trp);
      break;

    case PROP_SIDE:
      g_value_set_enum (value, self->side);
      break;

    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title_label));
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, gtk_label_get_text (self->subtitle_label));
      break;

    case PROP_GROUPED:
      g_value_set_boolean (value, self->grouped);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_atlas_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MyoAtlasRow *self = MYO_ATLAS_ROW (object);

  switch (prop_id)
    {
    case PROP_TRIGGER_POINT:
      self->trp = g_value_get_pointer (value);
      break;

    case PROP_SIDE:
      self->side = g_value_get_enum (value);
      break;

    case PROP_TITLE:
      gtk_label_set_text (self->title_label, g_value_get_string (value));
      break;

    case PROP_SUBTITLE:
      gtk_label_set_text (self->subtitle_label, g_value_get_string (value));
      break;

    case PROP_GROUPED:
      myo_atlas_row_set_grouped (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_atlas_row_class_init (MyoAtlasRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = myo_atlas_row_constructed;
  object_class->dispose = myo_atlas_row_dispose;
  object_class->get_property = myo_atlas_row_get_property;
  object_class->set_property = myo_atlas_row_set_property;

  /* A pointer: a trigger point lives as long as its knowledge base */
  properties[PROP_TRIGGER_POINT] =
    g_param_spec_pointer ("trigger-point", NULL, NULL,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL,
                       MYO_TYPE_SIDE, MYO_SIDE_LEFT,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_GROUPED] =
    g_param_spec_boolean ("grouped", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-atlas-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasRow, subtitle_label);
}

static void
myo_atlas_row_init (MyoAtlasRow *self)
{
  self->grouped = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_atlas_row_new:
 * @trp: the trigger point the row stands for
 * @side: the leg it is shown on when the row is selected
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
myo_atlas_row_new (const MyoTriggerPoint *trp,
                   MyoSide                side,
                   const char            *title,
                   const char            *subtitle)
{
  g_return_val_if_fail (trp != NULL, NULL);

  return g_object_new (MYO_TYPE_ATLAS_ROW,
                       "trigger-point", trp,
                       "side", side,
                       "title", title,
                       "subtitle", subtitle,
                       NULL);
}

const MyoTriggerPoint *
myo_atlas_row_get_trigger_point (MyoAtlasRow *self)
{
  g_return_val_if_fail (MYO_IS_ATLAS_ROW (self), NULL);
  return self->trp;
}

MyoSide
myo_atlas_row_get_side (MyoAtlasRow *self)
{
  g_return_val_if_fail (MYO_IS_ATLAS_ROW (self), MYO_SIDE_LEFT);
  return self->side;
}

/* Whether the row stands under its muscle's heading */
gboolean
myo_atlas_row_get_grouped (MyoAtlasRow *self)
{
  g_return_val_if_fail (MYO_IS_ATLAS_ROW (self), FALSE);
  return self->grouped;
}

void
myo_atlas_row_set_grouped (MyoAtlasRow *self,
                           gboolean     grouped)
{
  g_return_if_fail (MYO_IS_ATLAS_ROW (self));

  grouped = !!grouped;
  if (self->grouped == grouped)
    return;

  self->grouped = grouped;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPED]);
}
