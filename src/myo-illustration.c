/* myo-illustration.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <librsvg/rsvg.h>

#include "myo-illustration.h"
#include "myo-map-render.h"

/* The pictures are drawn 4:3 (build-aux/gen-illustrations.py) */
#define ASPECT          (3.0 / 4.0)
#define MIN_WIDTH       120
#define DEFAULT_NATURAL 320

/* Drawn by librsvg at the size it is shown, so it stays sharp however large
 * it grows (the hero's picture is read from across the room) */
struct _MyoIllustration
{
  GtkWidget   parent_instance;

  char       *name;
  RsvgHandle *handle;
  int         natural_width;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_NATURAL_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoIllustration, myo_illustration, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
myo_illustration_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
myo_illustration_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  MyoIllustration *self = MYO_ILLUSTRATION (widget);

  if (self->handle == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = MAX (MIN_WIDTH, self->natural_width);
      return;
    }

  /* As tall as the width asks for, never taller than the natural size */
  if (for_size < 0)
    for_size = self->natural_width;
  *minimum = *natural = (int) ceil (MIN (for_size, MAX (MIN_WIDTH, self->natural_width)) * ASPECT);
}

static void
myo_illustration_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  MyoIllustration *self = MYO_ILLUSTRATION (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RsvgRectangle viewport;
  double w, h;
  cairo_t *cr;

  if (self->handle == NULL || width <= 0 || height <= 0)
    return;

  w = MIN (width, height / ASPECT);
  h = w * ASPECT;
  viewport = (RsvgRectangle) { (width - w) / 2.0, (height - h) / 2.0, w, h };

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rsvg_handle_render_document (self->handle, cr, &viewport, NULL);
  cairo_destroy (cr);
}

static void
myo_illustration_dispose (GObject *object)
{
  MyoIllustration *self = MYO_ILLUSTRATION (object);

  g_clear_object (&self->handle);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (myo_illustration_parent_class)->dispose (object);
}

static void
myo_illustration_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MyoIllustration *self = MYO_ILLUSTRATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_NATURAL_WIDTH:
      g_value_set_int (value, self->natural_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_illustration_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MyoIllustration *self = MYO_ILLUSTRATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      myo_illustration_set_name (self, g_value_get_string (value));
      break;

    case PROP_NATURAL_WIDTH:
      myo_illustration_set_natural_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_illustration_class_init (MyoIllustrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_illustration_dispose;
  object_class->get_property = myo_illustration_get_property;
  object_class->set_property = myo_illustration_set_property;

  widget_class->get_request_mode = myo_illustration_get_request_mode;
  widget_class->measure = myo_illustration_measure;
  widget_class->snapshot = myo_illustration_snapshot;

  /* The picture's name in the knowledge base ("ball-calf-lying"), or NULL */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NATURAL_WIDTH] =
    g_param_spec_int ("natural-width", NULL, NULL,
                      MIN_WIDTH, 4096, DEFAULT_NATURAL,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "illustration");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
myo_illustration_init (MyoIllustration *self)
{
  self->natural_width = DEFAULT_NATURAL;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
myo_illustration_new (void)
{
  return g_object_new (MYO_TYPE_ILLUSTRATION, NULL);
}

const char *
myo_illustration_get_name (MyoIllustration *self)
{
  g_return_val_if_fail (MYO_IS_ILLUSTRATION (self), NULL);
  return self->name;
}

/**
 * myo_illustration_set_name:
 * @name: (nullable): a picture of resources/illustrations, or %NULL for none
 *
 * The widget hides itself while it has no picture.
 */
void
myo_illustration_set_name (MyoIllustration *self,
                           const char      *name)
{
  g_return_if_fail (MYO_IS_ILLUSTRATION (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_clear_object (&self->handle);

  if (name != NULL)
    self->handle = myo_map_load_illustration (name, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self), self->handle != NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * myo_illustration_set_step:
 * @step: (nullable): the step whose position to show
 */
void
myo_illustration_set_step (MyoIllustration *self,
                           const MyoStep   *step)
{
  g_return_if_fail (MYO_IS_ILLUSTRATION (self));

  myo_illustration_set_name (self, step != NULL ? step->illustration : NULL);
  /* The picture repeats the step's title for someone who cannot see it */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, step != NULL ? step->title : "",
                                  -1);
}

int
myo_illustration_get_natural_width (MyoIllustration *self)
{
  g_return_val_if_fail (MYO_IS_ILLUSTRATION (self), 0);
  return self->natural_width;
}

void
myo_illustration_set_natural_width (MyoIllustration *self,
                                    int              width)
{
  g_return_if_fail (MYO_IS_ILLUSTRATION (self));

  if (self->natural_width == width)
    return;

  self->natural_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURAL_WIDTH]);
}
