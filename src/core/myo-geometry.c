/* myo-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "myo-geometry.h"

static void
update_bounds (MyoPolygon *self)
{
  self->min_x = self->max_x = self->points[0].x;
  self->min_y = self->max_y = self->points[0].y;

  for (guint i = 1; i < self->n_points; i++)
    {
      self->min_x = MIN (self->min_x, self->points[i].x);
      self->max_x = MAX (self->max_x, self->points[i].x);
      self->min_y = MIN (self->min_y, self->points[i].y);
      self->max_y = MAX (self->max_y, self->points[i].y);
    }
}

/**
 * myo_polygon_new:
 * @points: (array length=n_points): the corners, in diagram units
 * @n_points: at least 1
 *
 * Returns: (transfer full): a new polygon holding a copy of @points
 */
MyoPolygon *
myo_polygon_new (const MyoPoint *points,
                 guint           n_points)
{
  MyoPolygon *self;

  g_return_val_if_fail (points != NULL, NULL);
  g_return_val_if_fail (n_points > 0, NULL);

  self = g_new0 (MyoPolygon, 1);
  self->points = g_memdup2 (points, sizeof (MyoPoint) * n_points);
  self->n_points = n_points;
  update_bounds (self);

  return self;
}

MyoPolygon *
myo_polygon_copy (const MyoPolygon *self)
{
  return myo_polygon_new (self->points, self->n_points);
}

/**
 * myo_polygon_mirrored:
 * @self: a polygon on one side of the body
 * @view_width: the width of the view it belongs to
 *
 * The knowledge base stores the person's left side only; the right side is
 * the reflection about the vertical centre line of the view.
 *
 * Returns: (transfer full): the mirrored polygon
 */
MyoPolygon *
myo_polygon_mirrored (const MyoPolygon *self,
                      double            view_width)
{
  MyoPolygon *mirror = myo_polygon_copy (self);

  for (guint i = 0; i < mirror->n_points; i++)
    mirror->points[i] = myo_point_mirrored (mirror->points[i], view_width);
  update_bounds (mirror);

  return mirror;
}

void
myo_polygon_free (MyoPolygon *self)
{
  if (self == NULL)
    return;

  g_free (self->points);
  g_free (self);
}

/**
 * myo_polygon_contains:
 *
 * Even-odd crossing test. A point exactly on an edge may fall either way;
 * the regions of a view share their edges, so it still lands in exactly one.
 */
gboolean
myo_polygon_contains (const MyoPolygon *self,
                      double            x,
                      double            y)
{
  gboolean inside = FALSE;

  if (x < self->min_x || x > self->max_x || y < self->min_y || y > self->max_y)
    return FALSE;

  for (guint i = 0, j = self->n_points - 1; i < self->n_points; j = i++)
    {
      const MyoPoint *a = &self->points[i];
      const MyoPoint *b = &self->points[j];

      if ((a->y > y) != (b->y > y) &&
          x < (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x)
        inside = !inside;
    }

  return inside;
}

MyoPoint
myo_polygon_centroid (const MyoPolygon *self)
{
  double area = 0, cx = 0, cy = 0;

  for (guint i = 0, j = self->n_points - 1; i < self->n_points; j = i++)
    {
      const MyoPoint *a = &self->points[j];
      const MyoPoint *b = &self->points[i];
      double cross = a->x * b->y - b->x * a->y;

      area += cross;
      cx += (a->x + b->x) * cross;
      cy += (a->y + b->y) * cross;
    }

  if (fabs (area) < 1e-9)
    return (MyoPoint) { (self->min_x + self->max_x) / 2, (self->min_y + self->max_y) / 2 };

  return (MyoPoint) { cx / (3 * area), cy / (3 * area) };
}

static double
orientation (MyoPoint a,
             MyoPoint b,
             MyoPoint c)
{
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

static gboolean
segments_cross (MyoPoint a,
                MyoPoint b,
                MyoPoint c,
                MyoPoint d)
{
  double o1, o2, o3, o4;

  /* Most pairs of edges are far apart: their boxes do not even meet */
  if (MAX (a.x, b.x) < MIN (c.x, d.x) || MAX (c.x, d.x) < MIN (a.x, b.x) ||
      MAX (a.y, b.y) < MIN (c.y, d.y) || MAX (c.y, d.y) < MIN (a.y, b.y))
    return FALSE;

  o1 = orientation (a, b, c);
  o2 = orientation (a, b, d);
  o3 = orientation (c, d, a);
  o4 = orientation (c, d, b);

  return ((o1 > 0) != (o2 > 0)) && ((o3 > 0) != (o4 > 0)) &&
         o1 != 0 && o2 != 0 && o3 != 0 && o4 != 0;
}

typedef struct
{
  guint  edge;  /* from points[edge] to the next point */
  double left;
  double right;
} EdgeSpan;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const EdgeSpan *x = a, *y = b;

  return (x->left > y->left) - (x->left < y->left);
}

/**
 * myo_polygon_is_simple:
 *
 * Returns: %TRUE if no two non-adjacent edges cross. The edges are swept
 *   from left to right, each compared only with those whose horizontal
 *   extent meets its own (which any two crossing edges' do): a knowledge
 *   base's outlines have up to a few hundred corners, and the shipped one
 *   about 15,000 in all, checked at every start.
 */
gboolean
myo_polygon_is_simple (const MyoPolygon *self)
{
  guint n = self->n_points;
  g_autofree EdgeSpan *spans = NULL;

  /* A triangle's edges are all neighbours */
  if (n < 4)
    return TRUE;

  spans = g_new (EdgeSpan, n);
  for (guint i = 0; i < n; i++)
    {
      MyoPoint a = self->points[i], b = self->points[(i + 1) % n];

      spans[i] = (EdgeSpan) { i, MIN (a.x, b.x), MAX (a.x, b.x) };
    }
  qsort (spans, n, sizeof *spans, compare_spans);

  for (guint s = 0; s < n; s++)
    for (guint t = s + 1; t < n && spans[t].left <= spans[s].right; t++)
      {
        guint i = MIN (spans[s].edge, spans[t].edge), j = MAX (spans[s].edge, spans[t].edge);

        /* Neighbours share a corner */
        if (j == i + 1 || (i == 0 && j == n - 1))
          continue;

        if (segments_cross (self->points[i], self->points[(i + 1) % n],
                            self->points[j], self->points[(j + 1) % n]))
          return FALSE;
      }

  return TRUE;
}

double
myo_point_distance (MyoPoint a,
                    MyoPoint b)
{
  return hypot (a.x - b.x, a.y - b.y);
}

MyoPoint
myo_point_mirrored (MyoPoint point,
                    double   view_width)
{
  return (MyoPoint) { view_width - point.x, point.y };
}

/**
 * myo_view_fit_init:
 * @source: the part of the diagram to show, in diagram units
 * @target: where to show it
 *
 * Fits @source into @target with its aspect kept, centred: the same fit for
 * the map on screen, its thumbnails and its printed copies.
 *
 * Returns: %FALSE, and the identity, when either rectangle is empty
 */
gboolean
myo_view_fit_init (MyoViewFit    *fit,
                   const MyoRect *source,
                   const MyoRect *target)
{
  g_return_val_if_fail (fit != NULL, FALSE);
  g_return_val_if_fail (source != NULL && target != NULL, FALSE);

  if (source->width <= 0 || source->height <= 0 || target->width <= 0 || target->height <= 0)
    {
      *fit = (MyoViewFit) { 1, 0, 0 };
      return FALSE;
    }

  fit->scale = MIN (target->width / source->width, target->height / source->height);
  fit->x0 = target->x + (target->width - source->width * fit->scale) / 2 - source->x * fit->scale;
  fit->y0 = target->y + (target->height - source->height * fit->scale) / 2 - source->y * fit->scale;

  return TRUE;
}

MyoPoint
myo_view_fit_to_target (const MyoViewFit *fit,
                        MyoPoint          point)
{
  return (MyoPoint) { fit->x0 + point.x * fit->scale, fit->y0 + point.y * fit->scale };
}

MyoPoint
myo_view_fit_to_source (const MyoViewFit *fit,
                        double            x,
                        double            y)
{
  return (MyoPoint) { (x - fit->x0) / fit->scale, (y - fit->y0) / fit->scale };
}
