/* myo-maps-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "myo-maps-row.h"

/* Lays its children (diagrams of different widths, such as the history's
 * maps of every view) in a row, centred, all at the same height: the
 * tallest that fits the width, up to max-height. Each child is as wide as
 * its aspect (width over height, given when appended and kept with the
 * child in the row's list) makes it, so a wide
 * view stays wide and no diagram is drawn smaller than another. Where one
 * line would make them shorter than WRAP_HEIGHT (a phone-wide window) they
 * wrap onto as few lines as keep them that tall. A GtkBox would hand out
 * the missing width unevenly, and a GtkFlowBox lines up as many children
 * as its widest one allows. */

#define SPACING      12
#define MIN_HEIGHT   48
#define WRAP_HEIGHT 180

/* A child and the aspect it was appended with */
typedef struct
{
  GtkWidget *widget;  /* borrowed: the row is its parent */
  double     aspect;
} Child;

struct _MyoMapsRow
{
  GtkWidget  parent_instance;

  /* Owned */
  GArray    *children;  /* Child, in the order appended */

  int        max_height;
};

/* How the children are laid out at a width: @n_lines lines of @height,
 * line i ending before the child of index ends[i] */
typedef struct
{
  guint n_lines;
  guint ends[16];
  int   height;
} Layout;

G_DEFINE_FINAL_TYPE (MyoMapsRow, myo_maps_row, GTK_TYPE_WIDGET)

static double
get_aspect (MyoMapsRow *self,
            GtkWidget  *widget)
{
  for (guint i = 0; i < self->children->len; i++)
    {
      const Child *child = &g_array_index (self->children, Child, i);

      if (child->widget == widget)
        return child->aspect;
    }

  return 1;
}

static guint
collect_aspects (MyoMapsRow *self,
                 double     *aspects,
                 guint       max)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL && n < max;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      aspects[n++] = get_aspect (self, child);

  return n;
}

/* The children split into @n_lines lines of about equal aspect, in order,
 * and the height they can have at @width */
static void
split_lines (MyoMapsRow   *self,
             const double *aspects,
             guint         n,
             guint         n_lines,
             int           width,
             Layout       *layout)
{
  double total = 0, target, line_aspect = 0;
  double height = self->max_height;
  guint line_start = 0;

  for (guint i = 0; i < n; i++)
    total += aspects[i];
  target = total / n_lines;

  layout->n_lines = 0;
  for (guint i = 0; i <= n; i++)
    {
      gboolean last = i == n;

      /* A line ends where the next child would take it past its share */
      if (last || (i > line_start && line_aspect + aspects[i] / 2 > target &&
                   layout->n_lines + 1 < n_lines))
        {
          double fit = (width - (double) (i - line_start - 1) * SPACING) / line_aspect;

          height = MIN (height, fit);
          layout->ends[layout->n_lines++] = i;
          line_start = i;
          line_aspect = 0;
        }

      if (!last)
        line_aspect += aspects[i];
    }

  layout->height = MAX (1, (int) height);
}

static void
compute_layout (MyoMapsRow *self,
                int         width,
                Layout     *layout)
{
  double aspects[G_N_ELEMENTS (layout->ends)];
  guint n = collect_aspects (self, aspects, G_N_ELEMENTS (aspects));
  int wanted = MIN (self->max_height, WRAP_HEIGHT);

  layout->n_lines = 0;
  layout->height = 0;
  if (n == 0)
    return;

  for (guint n_lines = 1; n_lines <= n; n_lines++)
    {
      split_lines (self, aspects, n, n_lines, width, layout);
      if (layout->height >= wanted)
        return;
    }
}

static int
layout_height (const Layout *layout)
{
  return layout->n_lines > 0 ? (int) layout->n_lines * layout->height + ((int) layout->n_lines - 1) * SPACING : 0;
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
  double aspects[16], total = 0, widest = 0;
  guint n = collect_aspects (self, aspects, G_N_ELEMENTS (aspects));
  Layout layout;

  for (guint i = 0; i < n; i++)
    {
      total += aspects[i];
      widest = MAX (widest, aspects[i]);
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The widest child down to MIN_HEIGHT: the rest wraps below it */
      *minimum = (int) ceil (widest * MIN (self->max_height, MIN_HEIGHT));
      *natural = (int) (total * self->max_height) + (n > 1 ? (int) (n - 1) * SPACING : 0);
    }
  else
    {
      /* The height the width allows is also the least: in a scrolling
       * column a child gets its minimum height */
      compute_layout (self, for_size >= 0 ? for_size : (int) (total * self->max_height), &layout);
      *minimum = *natural = layout_height (&layout);
    }
}

static void
myo_maps_row_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  MyoMapsRow *self = MYO_MAPS_ROW (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);
  guint index = 0;
  Layout layout;
  int y;

  compute_layout (self, width, &layout);
  y = (height - layout_height (&layout)) / 2;

  for (guint line = 0; line < layout.n_lines; line++)
    {
      double line_width = 0, x;
      guint start = index;

      /* The line's width, to centre it */
      for (GtkWidget *c = child; c != NULL; c = gtk_widget_get_next_sibling (c))
        {
          if (!gtk_widget_should_layout (c))
            continue;
          if (start >= layout.ends[line])
            break;
          line_width += (int) (get_aspect (self, c) * layout.height) + (start > index ? SPACING : 0);
          start++;
        }

      x = (width - line_width) / 2;
      for (; child != NULL && index < layout.ends[line]; child = gtk_widget_get_next_sibling (child))
        {
          int child_width;

          if (!gtk_widget_should_layout (child))
            continue;

          /* Measured before it is allocated, as GTK asks; the row decides */
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
          child_width = (int) (get_aspect (self, child) * layout.height);
          gtk_widget_size_allocate (child,
                                    &(GtkAllocation) { (int) x, y, child_width, layout.height },
                                    -1);
          x += child_width + SPACING;
          index++;
        }

      y += layout.height + SPACING;
    }
}

static void
myo_maps_row_dispose (GObject *object)
{
  myo_maps_row_clear (MYO_MAPS_ROW (object));

  G_OBJECT_CLASS (myo_maps_row_parent_class)->dispose (object);
}

static void
myo_maps_row_finalize (GObject *object)
{
  MyoMapsRow *self = MYO_MAPS_ROW (object);

  g_clear_pointer (&self->children, g_array_unref);

  G_OBJECT_CLASS (myo_maps_row_parent_class)->finalize (object);
}

static void
myo_maps_row_class_init (MyoMapsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_maps_row_dispose;
  object_class->finalize = myo_maps_row_finalize;

  widget_class->get_request_mode = myo_maps_row_get_request_mode;
  widget_class->measure = myo_maps_row_measure;
  widget_class->size_allocate = myo_maps_row_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "mapsrow");
}

static void
myo_maps_row_init (MyoMapsRow *self)
{
  self->children = g_array_new (FALSE, FALSE, sizeof (Child));
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
  g_return_if_fail (MYO_IS_MAPS_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);
  g_return_if_fail (aspect > 0);

  g_array_append_val (self->children, ((Child) { child, aspect }));
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
  g_array_set_size (self->children, 0);
}
