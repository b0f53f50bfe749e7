/* myo-maps-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "myo-maps-row.h"

/* Lays its children (diagrams of different widths, such as the history's
 * maps of every view) in one row, centred, all at the same height: the
 * tallest that fits the width, up to max-height. Each child is as wide as
 * its aspect (width over height, given when appended) makes it, so a wide
 * view stays wide and no diagram is drawn smaller than another. A GtkBox
 * would hand out the missing width unevenly, and a GtkFlowBox lines up as
 * many children as its widest one allows. */

#define SPACING    12
#define MIN_HEIGHT 48

struct _MyoMapsRow
{
  GtkWidget parent_instance;

  int       max_height;
};

G_DEFINE_FINAL_TYPE (MyoMapsRow, myo_maps_row, GTK_TYPE_WIDGET)

static double
get_aspect (GtkWidget *child)
{
  double *aspect = g_object_get_data (G_OBJECT (child), "myo-maps-row-aspect");

  return aspect != NULL ? *aspect : 1;
}

/* The sum of the children's aspects, and the room between them */
static void
measure_children (MyoMapsRow *self,
                  double     *width_per_height,
                  int        *natural_height,
                  int        *spacing)
{
  int n = 0;

  *width_per_height = 0;
  *natural_height = self->max_height;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;

      *width_per_height += get_aspect (child);
      n++;
    }

  *spacing = n > 1 ? (n - 1) * SPACING : 0;
}

static int
height_for_width (MyoMapsRow *self,
                  int         width)
{
  double width_per_height;
  int natural, spacing;

  measure_children (self, &width_per_height, &natural, &spacing);
  if (width_per_height <= 0)
    return 0;

  return CLAMP ((int) ((width - spacing) / width_per_height), 1, natural);
}

static GtkSizeRequestMode
myo_maps_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
myo_maps_row_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  MyoMapsRow *self = MYO_MAPS_ROW (widget);
  double width_per_height;
  int height, spacing;

  measure_children (self, &width_per_height, &height, &spacing);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Down to MIN_HEIGHT, so a phone-wide window still shows every view */
      *minimum = (int) ceil (width_per_height * MIN (height, MIN_HEIGHT)) + spacing;
      *natural = (int) (width_per_height * height) + spacing;
    }
  else
    {
      /* The height the width allows is also the least: in a scrolling
       * column a child gets its minimum height */
      *minimum = *natural = for_size >= 0 ? height_for_width (self, for_size) : height;
    }
}

static void
myo_maps_row_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  MyoMapsRow *self = MYO_MAPS_ROW (widget);
  double width_per_height;
  int natural, spacing, row_height;
  double x;

  measure_children (self, &width_per_height, &natural, &spacing);
  row_height = MIN (height, height_for_width (self, width));
  x = (width - (width_per_height * row_height + spacing)) / 2;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width;

      if (!gtk_widget_should_layout (child))
        continue;

      /* Measured before it is allocated, as GTK asks; the row decides */
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      child_width = (int) (get_aspect (child) * row_height);

      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { (int) x, (height - row_height) / 2, child_width, row_height },
                                -1);
      x += child_width + SPACING;
    }
}

static void
myo_maps_row_dispose (GObject *object)
{
  myo_maps_row_clear (MYO_MAPS_ROW (object));

  G_OBJECT_CLASS (myo_maps_row_parent_class)->dispose (object);
}

static void
myo_maps_row_class_init (MyoMapsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_maps_row_dispose;

  widget_class->get_request_mode = myo_maps_row_get_request_mode;
  widget_class->measure = myo_maps_row_measure;
  widget_class->size_allocate = myo_maps_row_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "mapsrow");
}

static void
myo_maps_row_init (MyoMapsRow *self)
{
  self->max_height = 420;
}

GtkWidget *
myo_maps_row_new (void)
{
  return g_object_new (MYO_TYPE_MAPS_ROW, NULL);
}

/**
 * myo_maps_row_append:
 * @aspect: the child's width over its height, e.g. a view's
 */
void
myo_maps_row_append (MyoMapsRow *self,
                     GtkWidget  *child,
                     double      aspect)
{
  double *stored;

  g_return_if_fail (MYO_IS_MAPS_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (aspect > 0);

  stored = g_new (double, 1);
  *stored = aspect;
  g_object_set_data_full (G_OBJECT (child), "myo-maps-row-aspect", stored, g_free);
  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

int
myo_maps_row_get_max_height (MyoMapsRow *self)
{
  g_return_val_if_fail (MYO_IS_MAPS_ROW (self), 0);
  return self->max_height;
}

/**
 * myo_maps_row_set_max_height:
 *
 * The height of the row when the width allows it.
 */
void
myo_maps_row_set_max_height (MyoMapsRow *self,
                             int         max_height)
{
  g_return_if_fail (MYO_IS_MAPS_ROW (self));
  g_return_if_fail (max_height > 0);

  if (self->max_height == max_height)
    return;

  self->max_height = max_height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
myo_maps_row_clear (MyoMapsRow *self)
{
  GtkWidget *child;

  g_return_if_fail (MYO_IS_MAPS_ROW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}
