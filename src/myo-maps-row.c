/* myo-maps-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "myo-maps-row.h"

/* Lays its children (diagrams of different widths, such as the history's
 * maps of every view) in one row, centred, all at the same height: the
 * tallest their natural heights allow that fits the width. Each child is
 * as wide as its natural width in proportion to that height, so a wide
 * view stays wide and no diagram is drawn smaller than another. A GtkBox
 * would hand out the missing width unevenly, and a GtkFlowBox lines up as
 * many children as its widest one allows. */

#define SPACING    12
#define MIN_HEIGHT 48

struct _MyoMapsRow
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (MyoMapsRow, myo_maps_row, GTK_TYPE_WIDGET)

/* The children's natural widths and the tallest natural height */
static void
measure_children (MyoMapsRow *self,
                  double     *width_per_height,
                  int        *natural_height,
                  int        *spacing)
{
  int n = 0;

  *width_per_height = 0;
  *natural_height = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int width, height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      if (height > 0)
        *width_per_height += (double) width / height;
      *natural_height = MAX (*natural_height, height);
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
      int child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &child_height, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      child_width = child_height > 0 ? (int) ((double) child_width * row_height / child_height) : 0;

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
}

GtkWidget *
myo_maps_row_new (void)
{
  return g_object_new (MYO_TYPE_MAPS_ROW, NULL);
}

void
myo_maps_row_append (MyoMapsRow *self,
                     GtkWidget  *child)
{
  g_return_if_fail (MYO_IS_MAPS_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
myo_maps_row_clear (MyoMapsRow *self)
{
  GtkWidget *child;

  g_return_if_fail (MYO_IS_MAPS_ROW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}
