/* myo-area.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "myo-area.h"

/* A painted area is kept as what the person did (strokes: a brush path, a
 * radius, an intensity, or an eraser) and turned, when needed, into cells
 * of a fixed grid over each view (MYO_AREA_CELL diagram units a side). A
 * cell belongs to a stroke when its centre lies within the brush radius of
 * the stroke's path and inside the leg the stroke paints; a later stroke
 * paints over an earlier one, an eraser clears whatever it passes over.
 * Strokes rather than a raster are stored so files stay small, undo is a
 * list of strokes, and a later knowledge base with a finer outline still
 * reads them.
 *
 * The leg outline is the union of the view's regions (which tile it), and
 * each trigger point's zones are laid on the same grid once per knowledge
 * base, so the extent and the matcher count the very cells that are drawn. */

typedef struct
{
  const MyoView *view;
  guint          c0;
  guint          r0;
  guint          cols;
  guint          rows;
  guint8        *kinds;  /* MyoZoneKind, the heaviest containing each cell */
} ZoneRaster;

typedef struct
{
  GHashTable *outlines;  /* MyoView -> guint16[] (region index + 1, or 0) */
  GHashTable *counts;    /* MyoView -> guint[2]: outline cells per side */
  GHashTable *zones;     /* MyoTriggerPoint -> GPtrArray of ZoneRaster */
} KbCache;

struct _MyoAreas
{
  GObject     parent_instance;

  /* Owned */
  MyoKb      *kb;
  GArray     *areas;        /* MyoArea */
  GPtrArray  *cell_lists;   /* GArray of guint32, backing each area's cells */
  GHashTable *intensities;  /* MyoView -> guint8[] */
};

G_DEFINE_FINAL_TYPE (MyoAreas, myo_areas, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (MyoStroke, myo_stroke, myo_stroke_ref, myo_stroke_unref)

G_LOCK_DEFINE_STATIC (kb_cache);
static GQuark kb_cache_quark;

/* Strokes */

static void
stroke_clear (MyoStroke *stroke)
{
  g_free (stroke->points);
}

/**
 * myo_stroke_new:
 * @points: (array length=n_points): the brush's path, at least one point
 *
 * Returns: (transfer full): a stroke; nothing is checked here, the session
 *   checks what it keeps
 */
MyoStroke *
myo_stroke_new (guint           id,
                const MyoView  *view,
                MyoSide         side,
                int             intensity,
                double          radius,
                gboolean        eraser,
                const MyoPoint *points,
                guint           n_points)
{
  MyoStroke *stroke;

  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (points != NULL && n_points > 0, NULL);

  stroke = g_rc_box_new0 (MyoStroke);
  stroke->id = id;
  stroke->view = view;
  stroke->side = side;
  stroke->intensity = eraser ? 0 : intensity;
  stroke->radius = radius;
  stroke->eraser = eraser;
  stroke->n_points = n_points;
  stroke->points = g_memdup2 (points, sizeof (MyoPoint) * n_points);

  return stroke;
}

MyoStroke *
myo_stroke_ref (MyoStroke *stroke)
{
  return g_rc_box_acquire (stroke);
}

void
myo_stroke_unref (MyoStroke *stroke)
{
  g_rc_box_release_full (stroke, (GDestroyNotify) stroke_clear);
}

static json_object *
new_coordinate (double value)
{
  char text[32];

  /* A tenth of a diagram unit is far finer than a finger or a mouse */
  g_ascii_formatd (text, sizeof text, "%.1f", value);
  return json_object_new_double_s (g_ascii_strtod (text, NULL), text);
}

/**
 * myo_stroke_json_new:
 * @side: (nullable): the leg painted, written for other tools to read
 *
 * Returns: (transfer full): a stroke as an item of the "areas" of a
 *   session file or a journal entry, coordinates to a tenth of a unit
 */
json_object *
myo_stroke_json_new (const char     *view_id,
                     const char     *side,
                     int             intensity,
                     double          radius,
                     gboolean        eraser,
                     const MyoPoint *points,
                     guint           n_points)
{
  json_object *item = json_object_new_object ();
  json_object *path = json_object_new_array ();

  json_object_object_add (item, "view", json_object_new_string (view_id));
  if (eraser)
    json_object_object_add (item, "eraser", json_object_new_boolean (TRUE));
  else
    {
      if (side != NULL)
        json_object_object_add (item, "side", json_object_new_string (side));
      json_object_object_add (item, "intensity", json_object_new_int (intensity));
    }
  json_object_object_add (item, "radius", new_coordinate (radius));
  for (guint k = 0; k < n_points; k++)
    {
      json_object_array_add (path, new_coordinate (points[k].x));
      json_object_array_add (path, new_coordinate (points[k].y));
    }
  json_object_object_add (item, "path", path);

  return item;
}

/* The grid */

void
myo_area_grid_size (const MyoView *view,
                    guint         *cols,
                    guint         *rows)
{
  *cols = (guint) ceil (view->width / MYO_AREA_CELL);
  *rows = (guint) ceil (view->height / MYO_AREA_CELL);
}

MyoPoint
myo_area_cell_centre (const MyoView *view,
                      guint32        cell)
{
  guint cols, rows;

  myo_area_grid_size (view, &cols, &rows);
  return (MyoPoint) { (cell % cols + 0.5) * MYO_AREA_CELL, (cell / cols + 0.5) * MYO_AREA_CELL };
}

static inline MyoSide
column_side (const MyoView *view,
             guint          col)
{
  return myo_view_side_at (view, (col + 0.5) * MYO_AREA_CELL);
}

/* The column holding the mirror image of @col's centre: with a view width
 * a whole number of cells, as every view's is, simply counted from the
 * other edge */
static inline guint
mirror_column (const MyoView *view,
               guint          col,
               guint          cols)
{
  double x;

  if (cols * MYO_AREA_CELL == view->width)
    return cols - 1 - col;

  x = view->width - (col + 0.5) * MYO_AREA_CELL;
  return CLAMP ((int) floor (x / MYO_AREA_CELL), 0, (int) cols - 1);
}

/* The first column whose centre lies on the viewer's right half */
static inline guint
first_right_column (const MyoView *view)
{
  return (guint) MAX (0, ceil (view->width / 2 / MYO_AREA_CELL - 0.5));
}

typedef void (*SpanFunc) (guint    row,
                          guint    first,
                          guint    last,
                          gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* Calls @func for every run of cells in a row whose centres @polygon holds,
 * by the same even-odd rule as myo_polygon_contains() */
static void
scan_polygon (const MyoPolygon *polygon,
              guint             cols,
              guint             rows,
              SpanFunc          func,
              gpointer          data)
{
  g_autofree double *xs = g_new (double, polygon->n_points);
  int r0 = MAX (0, (int) floor (polygon->min_y / MYO_AREA_CELL - 0.5));
  int r1 = MIN ((int) rows - 1, (int) ceil (polygon->max_y / MYO_AREA_CELL));

  for (int r = r0; r <= r1; r++)
    {
      double y = (r + 0.5) * MYO_AREA_CELL;
      guint n = 0;

      for (guint i = 0, j = polygon->n_points - 1; i < polygon->n_points; j = i++)
        {
          const MyoPoint *a = &polygon->points[i];
          const MyoPoint *b = &polygon->points[j];

          if ((a->y > y) != (b->y > y))
            xs[n++] = (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x;
        }

      qsort (xs, n, sizeof (double), compare_doubles);
      for (guint k = 0; k + 1 < n; k += 2)
        {
          /* centres x with xs[k] <= x < xs[k + 1] */
          int first = MAX (0, (int) ceil (xs[k] / MYO_AREA_CELL - 0.5));
          int last = MIN ((int) cols - 1, (int) ceil (xs[k + 1] / MYO_AREA_CELL - 0.5) - 1);

          if (first <= last)
            func (r, first, last, data);
        }
    }
}

typedef struct
{
  const MyoView *view;
  guint16       *grid;
  guint          cols;
  guint16        value;
  MyoSide        side;
} OutlineFill;

static void
fill_outline_span (guint    row,
                   guint    first,
                   guint    last,
                   gpointer data)
{
  OutlineFill *fill = data;

  for (guint c = first; c <= last; c++)
    if (fill->grid[row * fill->cols + c] == 0 && column_side (fill->view, c) == fill->side)
      fill->grid[row * fill->cols + c] = fill->value;
}

static guint16 *
build_outline (MyoKb         *kb,
               const MyoView *view)
{
  GPtrArray *regions = myo_kb_get_regions (kb);
  guint cols, rows;
  guint16 *grid;

  myo_area_grid_size (view, &cols, &rows);
  grid = g_new0 (guint16, (gsize) cols * rows);

  /* In the knowledge base's order, first come first served, as
   * myo_kb_locate() answers */
  for (guint i = 0; i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);
      g_autoptr(MyoPolygon) mirrored = NULL;
      OutlineFill fill = { view, grid, cols, i + 1, MYO_SIDE_LEFT };

      if (region->view != view)
        continue;

      /* Polygons describe the left leg; mirrored, the right */
      scan_polygon (region->polygon, cols, rows, fill_outline_span, &fill);
      mirrored = myo_polygon_mirrored (region->polygon, view->width);
      fill.side = MYO_SIDE_RIGHT;
      scan_polygon (mirrored, cols, rows, fill_outline_span, &fill);
    }

  return grid;
}

typedef struct
{
  ZoneRaster  *raster;
  MyoKb       *kb;
  MyoZoneKind  kind;
} ZoneFill;

static void
raise_zone (ZoneFill *fill,
            guint     row,
            guint     col)
{
  ZoneRaster *raster = fill->raster;
  guint8 *kind;

  if (row < raster->r0 || col < raster->c0 ||
      row >= raster->r0 + raster->rows || col >= raster->c0 + raster->cols)
    return;

  kind = &raster->kinds[(row - raster->r0) * raster->cols + (col - raster->c0)];
  if (*kind == MYO_ZONE_NONE ||
      myo_kb_get_zone_weight (fill->kb, fill->kind) > myo_kb_get_zone_weight (fill->kb, *kind))
    *kind = fill->kind;
}

static void
fill_zone_span (guint    row,
                guint    first,
                guint    last,
                gpointer data)
{
  for (guint c = first; c <= last; c++)
    raise_zone (data, row, c);
}

static void
zone_raster_free (ZoneRaster *raster)
{
  g_free (raster->kinds);
  g_free (raster);
}

static void
extend_bounds (double *bounds,
               double  min_x,
               double  min_y,
               double  max_x,
               double  max_y)
{
  bounds[0] = MIN (bounds[0], min_x);
  bounds[1] = MIN (bounds[1], min_y);
  bounds[2] = MAX (bounds[2], max_x);
  bounds[3] = MAX (bounds[3], max_y);
}

static ZoneRaster *
build_zone_raster (MyoKb                 *kb,
                   const MyoTriggerPoint *trp,
                   const MyoView         *view)
{
  GPtrArray *sets[] = { trp->essential, trp->spillover };
  MyoZoneKind set_kinds[] = { MYO_ZONE_ESSENTIAL, MYO_ZONE_SPILLOVER };
  double bounds[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  ZoneRaster *raster;
  ZoneFill fill;
  guint cols, rows;
  int c0, r0, c1, r1;

  myo_area_grid_size (view, &cols, &rows);

  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (guint i = 0; i < sets[s]->len; i++)
      {
        const MyoShape *shape = g_ptr_array_index (sets[s], i);

        if (shape->view == view)
          extend_bounds (bounds, shape->polygon->min_x, shape->polygon->min_y,
                         shape->polygon->max_x, shape->polygon->max_y);
      }
  if (trp->location_view == view)
    extend_bounds (bounds, trp->location.x - trp->local_radius, trp->location.y - trp->local_radius,
                   trp->location.x + trp->local_radius, trp->location.y + trp->local_radius);

  if (bounds[0] > bounds[2])
    return NULL;

  c0 = CLAMP ((int) floor (bounds[0] / MYO_AREA_CELL) - 1, 0, (int) cols - 1);
  r0 = CLAMP ((int) floor (bounds[1] / MYO_AREA_CELL) - 1, 0, (int) rows - 1);
  c1 = CLAMP ((int) ceil (bounds[2] / MYO_AREA_CELL) + 1, 0, (int) cols - 1);
  r1 = CLAMP ((int) ceil (bounds[3] / MYO_AREA_CELL) + 1, 0, (int) rows - 1);

  raster = g_new0 (ZoneRaster, 1);
  raster->view = view;
  raster->c0 = c0;
  raster->r0 = r0;
  raster->cols = c1 - c0 + 1;
  raster->rows = r1 - r0 + 1;
  raster->kinds = g_new0 (guint8, (gsize) raster->cols * raster->rows);

  fill.raster = raster;
  fill.kb = kb;
  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (guint i = 0; i < sets[s]->len; i++)
      {
        const MyoShape *shape = g_ptr_array_index (sets[s], i);

        fill.kind = set_kinds[s];
        if (shape->view == view)
          scan_polygon (shape->polygon, cols, rows, fill_zone_span, &fill);
      }

  if (trp->location_view == view)
    {
      fill.kind = MYO_ZONE_LOCAL;
      for (guint r = raster->r0; r < raster->r0 + raster->rows; r++)
        for (guint c = raster->c0; c < raster->c0 + raster->cols; c++)
          {
            MyoPoint centre = { (c + 0.5) * MYO_AREA_CELL, (r + 0.5) * MYO_AREA_CELL };

            if (myo_point_distance (centre, trp->location) <= trp->local_radius)
              raise_zone (&fill, r, c);
          }
    }

  return raster;
}

static void
kb_cache_free (KbCache *cache)
{
  g_hash_table_unref (cache->outlines);
  g_hash_table_unref (cache->counts);
  g_hash_table_unref (cache->zones);
  g_free (cache);
}

/* The outlines and zone rasters of a knowledge base, made on first use;
 * the knowledge base is immutable, so they never go stale */
static KbCache *
get_kb_cache (MyoKb *kb)
{
  KbCache *cache;

  G_LOCK (kb_cache);

  if (kb_cache_quark == 0)
    kb_cache_quark = g_quark_from_static_string ("myo-area-cache");

  cache = g_object_get_qdata (G_OBJECT (kb), kb_cache_quark);
  if (cache == NULL)
    {
      GPtrArray *views = myo_kb_get_views (kb);
      GPtrArray *trigger_points = myo_kb_get_trigger_points (kb);

      cache = g_new0 (KbCache, 1);
      cache->outlines = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      cache->counts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      cache->zones = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

      for (guint v = 0; v < views->len; v++)
        {
          const MyoView *view = g_ptr_array_index (views, v);

          guint16 *outline = build_outline (kb, view);
          guint *counts = g_new0 (guint, 2);
          guint cols, rows;

          myo_area_grid_size (view, &cols, &rows);
          for (guint r = 0; r < rows; r++)
            for (guint c = 0; c < cols; c++)
              if (outline[r * cols + c] != 0)
                counts[column_side (view, c)]++;

          g_hash_table_insert (cache->outlines, (gpointer) view, outline);
          g_hash_table_insert (cache->counts, (gpointer) view, counts);
        }

      for (guint t = 0; t < trigger_points->len; t++)
        {
          const MyoTriggerPoint *trp = g_ptr_array_index (trigger_points, t);
          GPtrArray *rasters = g_ptr_array_new_with_free_func ((GDestroyNotify) zone_raster_free);

          for (guint v = 0; v < views->len; v++)
            {
              ZoneRaster *raster = build_zone_raster (kb, trp, g_ptr_array_index (views, v));

              if (raster != NULL)
                g_ptr_array_add (rasters, raster);
            }
          g_hash_table_insert (cache->zones, (gpointer) trp, rasters);
        }

      g_object_set_qdata_full (G_OBJECT (kb), kb_cache_quark, cache, (GDestroyNotify) kb_cache_free);
    }

  G_UNLOCK (kb_cache);

  return cache;
}

/**
 * myo_area_get_outline:
 *
 * The leg outline of @view on the area grid: for each cell, row by row,
 * the index in myo_kb_get_regions() plus one of the region holding its
 * centre, or 0 outside the legs. A cell's leg is myo_view_side_at() of
 * its centre.
 *
 * Returns: (transfer none): the grid, owned by the knowledge base
 */
const guint16 *
myo_area_get_outline (MyoKb         *kb,
                      const MyoView *view)
{
  g_return_val_if_fail (MYO_IS_KB (kb), NULL);
  return g_hash_table_lookup (get_kb_cache (kb)->outlines, view);
}

/**
 * myo_area_count_outline:
 *
 * Returns: how many cells of @view's grid lie in @side's leg outline
 */
guint
myo_area_count_outline (MyoKb         *kb,
                        const MyoView *view,
                        MyoSide        side)
{
  const guint *counts;

  g_return_val_if_fail (MYO_IS_KB (kb), 0);

  counts = g_hash_table_lookup (get_kb_cache (kb)->counts, view);
  return counts != NULL ? counts[side] : 0;
}

/* Painted areas */

static void
myo_areas_finalize (GObject *object)
{
  MyoAreas *self = (MyoAreas *) object;

  g_clear_pointer (&self->areas, g_array_unref);
  g_clear_pointer (&self->cell_lists, g_ptr_array_unref);
  g_clear_pointer (&self->intensities, g_hash_table_unref);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (myo_areas_parent_class)->finalize (object);
}

static void
myo_areas_class_init (MyoAreasClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_areas_finalize;
}

static void
myo_areas_init (MyoAreas *self)
{
  self->areas = g_array_new (FALSE, FALSE, sizeof (MyoArea));
  self->cell_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->intensities = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

/* Widens [*lo, *hi] by the x where the line at height @y crosses the disc
 * of @radius around @centre */
static void
span_disc (MyoPoint  centre,
           double    radius,
           double    y,
           double   *lo,
           double   *hi)
{
  double dy = y - centre.y;
  double half;

  if (fabs (dy) > radius)
    return;

  half = sqrt (radius * radius - dy * dy);
  *lo = MIN (*lo, centre.x - half);
  *hi = MAX (*hi, centre.x + half);
}

/* The same for the band of width 2 @radius along the segment @a–@b: the
 * quadrilateral a ± rn, b ± rn, convex, so the crossings of its edges
 * bound the span */
static void
span_band (MyoPoint  a,
           MyoPoint  b,
           double    radius,
           double    y,
           double   *lo,
           double   *hi)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double length = sqrt (dx * dx + dy * dy);
  MyoPoint corners[4];

  if (length == 0)
    return;

  dx *= radius / length;
  dy *= radius / length;
  corners[0] = (MyoPoint) { a.x - dy, a.y + dx };
  corners[1] = (MyoPoint) { b.x - dy, b.y + dx };
  corners[2] = (MyoPoint) { b.x + dy, b.y - dx };
  corners[3] = (MyoPoint) { a.x + dy, a.y - dx };

  for (guint i = 0, j = 3; i < 4; j = i++)
    {
      MyoPoint p = corners[j], q = corners[i];

      if ((p.y <= y && y <= q.y) || (q.y <= y && y <= p.y))
        {
          double x = p.y == q.y ? p.x : p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y);

          *lo = MIN (*lo, x);
          *hi = MAX (*hi, x);
          if (p.y == q.y)
            {
              *lo = MIN (*lo, q.x);
              *hi = MAX (*hi, q.x);
            }
        }
    }
}

typedef struct
{
  int c0;
  int r0;
  int c1;
  int r1;
} CellBounds;

/* Every cell whose centre is within the brush radius of the path: row by
 * row, the capsule around each segment (two discs and a band, whose union
 * is convex) crosses the row in one run of cells */
static void
stamp_stroke (const MyoStroke *stroke,
              guint16          owner,
              const guint16   *outline,
              guint16         *owners,
              guint            cols,
              guint            rows,
              CellBounds      *touched)
{
  guint split = first_right_column (stroke->view);
  gboolean paint_left_half = !stroke->eraser &&
                             (stroke->side == MYO_SIDE_LEFT) == stroke->view->left_on_viewer_left;

  for (guint i = 0; i < stroke->n_points; i++)
    {
      MyoPoint a = stroke->points[i];
      MyoPoint b = stroke->points[i + 1 < stroke->n_points ? i + 1 : i];
      int r0 = MAX (0, (int) floor ((MIN (a.y, b.y) - stroke->radius) / MYO_AREA_CELL));
      int r1 = MIN ((int) rows - 1, (int) ceil ((MAX (a.y, b.y) + stroke->radius) / MYO_AREA_CELL));

      /* A path of one point is a dab; otherwise each segment once */
      if (i + 1 == stroke->n_points && stroke->n_points > 1)
        break;

      for (int r = r0; r <= r1; r++)
        {
          double y = (r + 0.5) * MYO_AREA_CELL;
          double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
          int first, last;

          span_disc (a, stroke->radius, y, &lo, &hi);
          span_disc (b, stroke->radius, y, &lo, &hi);
          span_band (a, b, stroke->radius, y, &lo, &hi);
          if (lo > hi)
            continue;

          /* centres x with lo <= x <= hi */
          first = MAX (0, (int) ceil (lo / MYO_AREA_CELL - 0.5));
          last = MIN ((int) cols - 1, (int) floor (hi / MYO_AREA_CELL - 0.5));
          if (!stroke->eraser)
            {
              /* A paint stroke stays on its leg's half of the view */
              if (paint_left_half)
                last = MIN (last, (int) split - 1);
              else
                first = MAX (first, (int) split);
            }
          if (first > last)
            continue;

          touched->c0 = MIN (touched->c0, first);
          touched->c1 = MAX (touched->c1, last);
          touched->r0 = MIN (touched->r0, r);
          touched->r1 = MAX (touched->r1, r);

          for (int c = first; c <= last; c++)
            {
              guint32 cell = (guint32) r * cols + c;

              if (stroke->eraser)
                owners[cell] = 0;
              else if (outline[cell] != 0)
                owners[cell] = owner;
            }
        }
    }
}

static int
compare_areas (gconstpointer a,
               gconstpointer b)
{
  const MyoArea *aa = a, *ab = b;

  return aa->stroke_id < ab->stroke_id ? -1 : aa->stroke_id > ab->stroke_id;
}

static void
collect_view (MyoAreas      *self,
              const MyoView *view,
              GPtrArray     *strokes)
{
  GPtrArray *regions = myo_kb_get_regions (self->kb);
  const guint16 *outline;
  g_autofree guint16 *owners = NULL;
  g_autofree guint *region_counts = NULL;
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  CellBounds touched = { G_MAXINT, G_MAXINT, -1, -1 };
  guint8 *intensities;
  guint cols, rows;
  gsize n_cells;
  gboolean any = FALSE;

  for (guint i = 0; i < strokes->len && !any; i++)
    any = ((const MyoStroke *) g_ptr_array_index (strokes, i))->view == view;
  /* A session without paint never builds the outlines */
  if (!any)
    return;

  outline = myo_area_get_outline (self->kb, view);
  myo_area_grid_size (view, &cols, &rows);
  n_cells = (gsize) cols * rows;
  owners = g_new0 (guint16, n_cells);

  for (guint i = 0; i < strokes->len; i++)
    {
      const MyoStroke *stroke = g_ptr_array_index (strokes, i);

      g_ptr_array_add (lists, NULL);
      if (stroke->view == view)
        stamp_stroke (stroke, i + 1, outline, owners, cols, rows, &touched);
    }

  intensities = g_new0 (guint8, n_cells);
  g_hash_table_insert (self->intensities, (gpointer) view, intensities);

  /* Only the rows and columns the strokes reached */
  for (int r = touched.r0; r <= touched.r1; r++)
    for (int c = touched.c0; c <= touched.c1; c++)
      {
        guint32 cell = (guint32) r * cols + c;
        const MyoStroke *stroke;
        guint index;

        if (owners[cell] == 0)
          continue;

        index = owners[cell] - 1;
        stroke = g_ptr_array_index (strokes, index);
        if (lists->pdata[index] == NULL)
          lists->pdata[index] = g_array_new (FALSE, FALSE, sizeof (guint32));
        g_array_append_val ((GArray *) lists->pdata[index], cell);
        intensities[cell] = stroke->intensity;
      }

  region_counts = g_new (guint, regions->len + 1);
  for (guint i = 0; i < strokes->len; i++)
    {
      const MyoStroke *stroke = g_ptr_array_index (strokes, i);
      GArray *cells = lists->pdata[i];
      MyoArea area = { 0 };
      guint best = 0;

      if (cells == NULL)
        continue;

      area.row_min = area.col_min = G_MAXUINT;
      memset (region_counts, 0, sizeof (guint) * (regions->len + 1));
      for (guint k = 0; k < cells->len; k++)
        {
          guint32 cell = g_array_index (cells, guint32, k);

          region_counts[outline[cell]]++;
          area.row_min = MIN (area.row_min, cell / cols);
          area.row_max = MAX (area.row_max, cell / cols);
          area.col_min = MIN (area.col_min, cell % cols);
          area.col_max = MAX (area.col_max, cell % cols);
        }
      for (guint k = 1; k <= regions->len; k++)
        if (region_counts[k] > region_counts[best])
          best = k;

      area.stroke_id = stroke->id;
      area.view = view;
      area.side = stroke->side;
      area.intensity = stroke->intensity;
      area.n_cells = cells->len;
      area.cells = (const guint32 *) cells->data;
      area.region = best > 0 ? g_ptr_array_index (regions, best - 1) : NULL;
      g_ptr_array_add (self->cell_lists, cells);
      g_array_append_val (self->areas, area);
    }
}

/**
 * myo_areas_new:
 * @strokes: (element-type MyoStroke): in the order they were made
 *
 * Lays the strokes on the grid of each view.
 *
 * Returns: (transfer full): the areas that are still painted, in stroke
 *   order (a stroke painted over or erased entirely has none)
 */
MyoAreas *
myo_areas_new (MyoKb     *kb,
               GPtrArray *strokes)
{
  MyoAreas *self;
  GPtrArray *views;

  g_return_val_if_fail (MYO_IS_KB (kb), NULL);
  g_return_val_if_fail (strokes != NULL, NULL);
  g_return_val_if_fail (strokes->len < G_MAXUINT16, NULL);

  self = g_object_new (MYO_TYPE_AREAS, NULL);
  self->kb = g_object_ref (kb);

  views = myo_kb_get_views (kb);
  for (guint v = 0; v < views->len; v++)
    collect_view (self, g_ptr_array_index (views, v), strokes);
  g_array_sort (self->areas, compare_areas);

  return self;
}

/**
 * myo_areas_get_kb:
 *
 * Returns: (transfer none): the knowledge base whose outline was painted
 */
MyoKb *
myo_areas_get_kb (MyoAreas *self)
{
  g_return_val_if_fail (MYO_IS_AREAS (self), NULL);
  return self->kb;
}

guint
myo_areas_get_n_areas (MyoAreas *self)
{
  g_return_val_if_fail (MYO_IS_AREAS (self), 0);
  return self->areas->len;
}

/**
 * myo_areas_get_area:
 *
 * Returns: (transfer none): the area at @index, in stroke order
 */
const MyoArea *
myo_areas_get_area (MyoAreas *self,
                    guint     index)
{
  g_return_val_if_fail (MYO_IS_AREAS (self), NULL);
  g_return_val_if_fail (index < self->areas->len, NULL);

  return &g_array_index (self->areas, MyoArea, index);
}

/**
 * myo_areas_lookup:
 *
 * Returns: (transfer none) (nullable): what is left of stroke @stroke_id
 */
const MyoArea *
myo_areas_lookup (MyoAreas *self,
                  guint     stroke_id)
{
  g_return_val_if_fail (MYO_IS_AREAS (self), NULL);

  for (guint i = 0; i < self->areas->len; i++)
    if (g_array_index (self->areas, MyoArea, i).stroke_id == stroke_id)
      return &g_array_index (self->areas, MyoArea, i);

  return NULL;
}

/**
 * myo_areas_get_intensities:
 *
 * Returns: (transfer none) (nullable): the painted intensity (1–10, 0 for
 *   none) of each cell of @view's grid, row by row, or %NULL when nothing
 *   was ever painted on @view
 */
const guint8 *
myo_areas_get_intensities (MyoAreas      *self,
                           const MyoView *view)
{
  g_return_val_if_fail (MYO_IS_AREAS (self), NULL);
  return g_hash_table_lookup (self->intensities, view);
}

/**
 * myo_areas_count_painted:
 *
 * Returns: how many cells of @view's outline are painted on @side
 */
guint
myo_areas_count_painted (MyoAreas      *self,
                         const MyoView *view,
                         MyoSide        side)
{
  guint count = 0;

  g_return_val_if_fail (MYO_IS_AREAS (self), 0);

  for (guint i = 0; i < self->areas->len; i++)
    {
      const MyoArea *area = &g_array_index (self->areas, MyoArea, i);

      if (area->view == view && area->side == side)
        count += area->n_cells;
    }

  return count;
}

/**
 * myo_area_dup_label:
 *
 * Returns: (transfer full): e.g. "Left leg · back of knee, painted area, intensity 6"
 */
char *
myo_area_dup_label (const MyoArea *area)
{
  /* Translators: leg, region, then the pain intensity from 1 to 10 */
  return g_strdup_printf (_("%s · %s, painted area, intensity %d"), myo_side_get_label (area->side),
                          area->region != NULL ? area->region->name : area->view->label,
                          area->intensity);
}

/**
 * myo_area_zone_overlap:
 * @best_zone: (out) (optional): the zone that holds most of the weight
 * @share: (out) (optional): the share of the area's cells in any zone, 0–1
 *
 * How well @trp's zones (on the area's leg) cover @area: the mean, over
 * the area's cells, of the weight of the heaviest zone holding each cell.
 * An area wholly in the essential zone weighs as much as a point there,
 * however large it is.
 *
 * Returns: the mean zone weight, 0 when no zone touches the area
 */
double
myo_area_zone_overlap (MyoKb                 *kb,
                       const MyoTriggerPoint *trp,
                       const MyoArea         *area,
                       MyoZoneKind           *best_zone,
                       double                *share)
{
  GPtrArray *rasters;
  const ZoneRaster *raster = NULL;
  double weights[MYO_ZONE_ESSENTIAL + 1];
  guint counts[MYO_ZONE_ESSENTIAL + 1] = { 0 };
  double sum = 0, best_sum = 0;
  guint cols, rows, in_zone = 0;
  MyoZoneKind best = MYO_ZONE_NONE;

  g_return_val_if_fail (MYO_IS_KB (kb), 0);
  g_return_val_if_fail (trp != NULL && area != NULL, 0);

  if (best_zone != NULL)
    *best_zone = MYO_ZONE_NONE;
  if (share != NULL)
    *share = 0;

  rasters = g_hash_table_lookup (get_kb_cache (kb)->zones, trp);
  for (guint i = 0; rasters != NULL && i < rasters->len; i++)
    if (((ZoneRaster *) g_ptr_array_index (rasters, i))->view == area->view)
      raster = g_ptr_array_index (rasters, i);

  if (raster == NULL || area->n_cells == 0)
    return 0;

  myo_area_grid_size (area->view, &cols, &rows);

  /* Most zones are nowhere near a given area */
  {
    guint c0 = area->col_min, c1 = area->col_max;

    if (area->side == MYO_SIDE_RIGHT)
      {
        c0 = mirror_column (area->view, area->col_max, cols);
        c1 = mirror_column (area->view, area->col_min, cols);
      }

    if (area->row_max < raster->r0 || area->row_min >= raster->r0 + raster->rows ||
        c1 < raster->c0 || c0 >= raster->c0 + raster->cols)
      return 0;
  }
  for (guint k = MYO_ZONE_LOCAL; k <= MYO_ZONE_ESSENTIAL; k++)
    weights[k] = myo_kb_get_zone_weight (kb, k);

  for (guint i = 0; i < area->n_cells; i++)
    {
      guint32 cell = area->cells[i];
      guint row = cell / cols;
      guint col = cell % cols;
      guint8 kind;

      /* Zones describe the left leg */
      if (area->side == MYO_SIDE_RIGHT)
        col = mirror_column (area->view, col, cols);

      if (row < raster->r0 || col < raster->c0 ||
          row >= raster->r0 + raster->rows || col >= raster->c0 + raster->cols)
        continue;

      kind = raster->kinds[(row - raster->r0) * raster->cols + (col - raster->c0)];
      if (kind != MYO_ZONE_NONE)
        {
          counts[kind]++;
          in_zone++;
        }
    }

  for (guint k = MYO_ZONE_LOCAL; k <= MYO_ZONE_ESSENTIAL; k++)
    {
      sum += counts[k] * weights[k];
      if (counts[k] * weights[k] > best_sum)
        {
          best_sum = counts[k] * weights[k];
          best = k;
        }
    }

  if (best_zone != NULL)
    *best_zone = best;
  if (share != NULL)
    *share = (double) in_zone / area->n_cells;

  return sum / area->n_cells;
}
