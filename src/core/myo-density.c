/* myo-density.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "myo-density.h"

/* The points of the sessions in range are summed, by intensity, into a
 * coarse grid in view coordinates and blurred a little; a map scales the
 * grid over the diagram. The most marked place is the leg and region with
 * the greatest sum of intensities (ties to the smaller key, so the answer
 * does not depend on hash order). */

struct _MyoDensity
{
  GObject        parent_instance;

  /* Owned */
  float         *grid;
  char          *top_region;

  /* Borrowed from the knowledge base */
  const MyoView *view;

  /* State */
  guint          cols;
  guint          rows;
  double         cell;
  float          max;
  guint          n_points;
  guint          n_areas;   /* sessions with paint left on this view */
  guint          n_sessions;
  MyoSide        top_side;
};

G_DEFINE_FINAL_TYPE (MyoDensity, myo_density, G_TYPE_OBJECT)

/* A light blur: the binomial kernel 1 4 6 4 1, across then down */
static void
blur_grid (float *grid,
           guint  cols,
           guint  rows)
{
  static const float kernel[] = { 1 / 16.f, 4 / 16.f, 6 / 16.f, 4 / 16.f, 1 / 16.f };
  g_autofree float *tmp = g_new0 (float, (gsize) cols * rows);

  for (guint y = 0; y < rows; y++)
    for (guint x = 0; x < cols; x++)
      {
        float sum = 0;

        for (int k = -2; k <= 2; k++)
          if ((int) x + k >= 0 && (int) x + k < (int) cols)
            sum += kernel[k + 2] * grid[y * cols + x + k];
        tmp[y * cols + x] = sum;
      }

  for (guint y = 0; y < rows; y++)
    for (guint x = 0; x < cols; x++)
      {
        float sum = 0;

        for (int k = -2; k <= 2; k++)
          if ((int) y + k >= 0 && (int) y + k < (int) rows)
            sum += kernel[k + 2] * tmp[(y + k) * cols + x];
        grid[y * cols + x] = sum;
      }
}

/* Whether @p lies within @radius of the segment @a–@b */
static gboolean
near_segment (MyoPoint p,
              MyoPoint a,
              MyoPoint b,
              double   radius)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? CLAMP (((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0, 1) : 0;
  double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;

  return ex * ex + ey * ey <= radius * radius;
}

/* Lays one session's strokes on this view into @mask, as the session did:
 * a later stroke paints over, an eraser clears. Returns whether any paint
 * is left. */
static gboolean
paint_entry (MyoDensity      *self,
             MyoJournalEntry *entry,
             float           *mask)
{
  gboolean any = FALSE;

  for (guint s = 0; s < myo_journal_entry_get_n_strokes (entry); s++)
    {
      const MyoJournalStroke *stroke = myo_journal_entry_get_stroke (entry, s);

      if (g_strcmp0 (stroke->view, self->view->id) != 0)
        continue;

      for (guint k = 0; k < stroke->n_points; k++)
        {
          MyoPoint a = stroke->points[k];
          MyoPoint b = stroke->points[k + 1 < stroke->n_points ? k + 1 : k];
          int c0 = MAX (0, (int) floor ((MIN (a.x, b.x) - stroke->radius) / self->cell));
          int c1 = MIN ((int) self->cols - 1, (int) floor ((MAX (a.x, b.x) + stroke->radius) / self->cell));
          int r0 = MAX (0, (int) floor ((MIN (a.y, b.y) - stroke->radius) / self->cell));
          int r1 = MIN ((int) self->rows - 1, (int) floor ((MAX (a.y, b.y) + stroke->radius) / self->cell));

          if (k + 1 == stroke->n_points && stroke->n_points > 1)
            break;

          for (int r = r0; r <= r1; r++)
            for (int c = c0; c <= c1; c++)
              {
                MyoPoint centre = { (c + 0.5) * self->cell, (r + 0.5) * self->cell };

                if (near_segment (centre, a, b, stroke->radius))
                  mask[r * self->cols + c] = stroke->eraser ? 0 : stroke->intensity;
              }
        }
    }

  for (gsize i = 0; i < (gsize) self->cols * self->rows && !any; i++)
    any = mask[i] > 0;

  return any;
}

static void
myo_density_finalize (GObject *object)
{
  MyoDensity *self = (MyoDensity *) object;

  g_clear_pointer (&self->grid, g_free);
  g_clear_pointer (&self->top_region, g_free);

  G_OBJECT_CLASS (myo_density_parent_class)->finalize (object);
}

static void
myo_density_class_init (MyoDensityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = myo_density_finalize;
}

static void
myo_density_init (MyoDensity *self)
{
}

/**
 * myo_density_new:
 * @view: the view whose points are counted; it must outlive the density
 * @rows: rows of the grid; columns follow the view's aspect
 *
 * Returns: (transfer full): an empty density
 */
MyoDensity *
myo_density_new (const MyoView *view,
                 guint          rows)
{
  MyoDensity *self;

  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (rows > 0, NULL);

  self = g_object_new (MYO_TYPE_DENSITY, NULL);
  self->view = view;
  self->rows = rows;
  self->cell = view->height / rows;
  self->cols = MAX (1, (guint) ceil (view->width / self->cell));
  self->grid = g_new0 (float, (gsize) self->cols * self->rows);

  return self;
}

/**
 * myo_density_collect:
 * @journal: (nullable): a list model of #MyoJournalEntry, newest first
 * @since: (nullable): leave out the sessions before this time
 *
 * Counts, afresh, the points marked on the density's view.
 */
void
myo_density_collect (MyoDensity *self,
                     GListModel *journal,
                     GDateTime  *since)
{
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree float *mask = NULL;
  const char *top_key = NULL;
  double top_weight = 0;
  GHashTableIter iter;
  gpointer key, value;
  guint n_items;

  g_return_if_fail (MYO_IS_DENSITY (self));
  g_return_if_fail (!journal || G_IS_LIST_MODEL (journal));

  memset (self->grid, 0, sizeof (float) * self->cols * self->rows);
  self->max = 0;
  self->n_points = 0;
  self->n_areas = 0;
  self->n_sessions = 0;
  g_clear_pointer (&self->top_region, g_free);

  n_items = journal != NULL ? g_list_model_get_n_items (journal) : 0;
  mask = g_new (float, (gsize) self->cols * self->rows);
  /* Newest first: stop at the first session before the range */
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (journal, i);
      gboolean counted = FALSE;

      if (since != NULL && g_date_time_compare (myo_journal_entry_get_started (entry), since) < 0)
        break;

      for (guint p = 0; p < myo_journal_entry_get_n_points (entry); p++)
        {
          const MyoJournalPoint *point = myo_journal_entry_get_point (entry, p);
          g_autofree char *place = NULL;
          double *weight;
          guint cx, cy;

          if (g_strcmp0 (point->view, self->view->id) != 0)
            continue;

          cx = (guint) CLAMP (point->x / self->cell, 0, self->cols - 1);
          cy = (guint) CLAMP (point->y / self->cell, 0, self->rows - 1);
          self->grid[cy * self->cols + cx] += point->intensity;
          self->n_points++;
          counted = TRUE;

          place = g_strconcat (point->side, "\n", point->region, NULL);
          if ((weight = g_hash_table_lookup (places, place)) == NULL)
            {
              weight = g_new0 (double, 1);
              g_hash_table_insert (places, g_steal_pointer (&place), weight);
            }
          *weight += point->intensity;
        }

      /* A painted area counts in every cell it covers, as a point does in
       * its one cell */
      memset (mask, 0, sizeof (float) * self->cols * self->rows);
      if (paint_entry (self, entry, mask))
        {
          for (gsize c = 0; c < (gsize) self->cols * self->rows; c++)
            self->grid[c] += mask[c];
          self->n_areas++;
          counted = TRUE;
        }

      if (counted)
        self->n_sessions++;
    }

  blur_grid (self->grid, self->cols, self->rows);
  for (gsize i = 0; i < (gsize) self->cols * self->rows; i++)
    self->max = MAX (self->max, self->grid[i]);

  g_hash_table_iter_init (&iter, places);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (*(double *) value > top_weight ||
        (*(double *) value == top_weight && g_strcmp0 (key, top_key) < 0))
      {
        top_key = key;
        top_weight = *(double *) value;
      }

  if (top_key != NULL)
    {
      const char *newline = strchr (top_key, '\n');
      g_autofree char *side_id = g_strndup (top_key, newline - top_key);

      self->top_side = MYO_SIDE_LEFT;
      myo_side_from_string (side_id, &self->top_side);
      self->top_region = g_strdup (newline + 1);
    }
}

guint
myo_density_get_cols (MyoDensity *self)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), 0);
  return self->cols;
}

guint
myo_density_get_rows (MyoDensity *self)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), 0);
  return self->rows;
}

/* The side of a square cell, in view units */
double
myo_density_get_cell (MyoDensity *self)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), 0);
  return self->cell;
}

/**
 * myo_density_get_grid:
 *
 * Returns: (transfer none) (array): rows × cols sums, row by row
 */
const float *
myo_density_get_grid (MyoDensity *self)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), NULL);
  return self->grid;
}

/* The greatest value of the grid, 0 when nothing was marked */
float
myo_density_get_max (MyoDensity *self)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), 0);
  return self->max;
}

/* The grid's value at a point of the view, 0 outside it */
float
myo_density_get_at (MyoDensity *self,
                    double      x,
                    double      y)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), 0);

  if (x < 0 || y < 0 || x >= self->cols * self->cell || y >= self->rows * self->cell)
    return 0;

  return self->grid[(guint) (y / self->cell) * self->cols + (guint) (x / self->cell)];
}

guint
myo_density_get_n_points (MyoDensity *self)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), 0);
  return self->n_points;
}

/* How many sessions marked a point on the view */
guint
myo_density_get_n_sessions (MyoDensity *self)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), 0);
  return self->n_sessions;
}

/**
 * myo_density_get_top_region:
 * @side: (out) (optional): the leg of the most marked place
 *
 * Returns: (nullable): the id of the region where the most pain was
 *   marked, by the sum of intensities, or %NULL when none was
 */
const char *
myo_density_get_top_region (MyoDensity *self,
                            MyoSide    *side)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), NULL);

  if (side != NULL)
    *side = self->top_side;
  return self->top_region;
}

/* How many sessions in range left paint on this view */
guint
myo_density_get_n_areas (MyoDensity *self)
{
  g_return_val_if_fail (MYO_IS_DENSITY (self), 0);
  return self->n_areas;
}
