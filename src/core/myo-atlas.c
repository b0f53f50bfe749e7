/* myo-atlas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-atlas.h"

/* Which regions a trigger point refers to is worked out once, by sampling
 * each region on a grid and asking which zones contain the samples: the
 * same containment test the matcher uses, so the atlas and the ranking
 * never disagree about where a trigger point sends pain. */

/* Samples per side of a region's bounding box */
#define GRID 12

struct _MyoAtlas
{
  GObject     parent_instance;

  /* Owned */
  MyoKb      *kb;
  GHashTable *regions;  /* MyoTriggerPoint -> GPtrArray of borrowed MyoRegion */
  GHashTable *views;    /* MyoTriggerPoint -> GPtrArray of borrowed MyoView */
};

G_DEFINE_FINAL_TYPE (MyoAtlas, myo_atlas, G_TYPE_OBJECT)

static gboolean
region_reached (MyoKb                 *kb,
                const MyoTriggerPoint *trp,
                const MyoRegion       *region)
{
  const MyoPolygon *polygon = region->polygon;

  for (guint i = 0; i <= GRID; i++)
    for (guint j = 0; j <= GRID; j++)
      {
        MyoPoint sample = {
          polygon->min_x + (polygon->max_x - polygon->min_x) * i / GRID,
          polygon->min_y + (polygon->max_y - polygon->min_y) * j / GRID,
        };

        if (myo_polygon_contains (polygon, sample.x, sample.y) &&
            myo_kb_zone_at (kb, trp, region->view, sample) > MYO_ZONE_LOCAL)
          return TRUE;
      }

  return FALSE;
}

static void
add_view (GPtrArray     *views,
          const MyoView *view)
{
  if (!g_ptr_array_find (views, view, NULL))
    g_ptr_array_add (views, (gpointer) view);
}

static void
index_trigger_point (MyoAtlas              *self,
                     const MyoTriggerPoint *trp)
{
  GPtrArray *all_regions = myo_kb_get_regions (self->kb);
  GPtrArray *all_views = myo_kb_get_views (self->kb);
  GPtrArray *regions = g_ptr_array_new ();
  GPtrArray *views = g_ptr_array_new ();

  for (guint i = 0; i < all_regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (all_regions, i);

      if (region_reached (self->kb, trp, region))
        g_ptr_array_add (regions, (gpointer) region);
    }

  /* The views in the knowledge base's order, so every entry lists them alike */
  for (guint v = 0; v < all_views->len; v++)
    {
      const MyoView *view = g_ptr_array_index (all_views, v);
      gboolean shown = trp->location_view == view;

      for (guint i = 0; !shown && i < trp->essential->len; i++)
        shown = ((const MyoShape *) g_ptr_array_index (trp->essential, i))->view == view;
      for (guint i = 0; !shown && i < trp->spillover->len; i++)
        shown = ((const MyoShape *) g_ptr_array_index (trp->spillover, i))->view == view;

      if (shown)
        add_view (views, view);
    }

  g_hash_table_insert (self->regions, (gpointer) trp, regions);
  g_hash_table_insert (self->views, (gpointer) trp, views);
}

static gboolean
matches (const char *query,
         const char *text)
{
  return text != NULL && g_str_match_string (query, text, TRUE);
}

static gboolean
trigger_point_matches (MyoAtlas              *self,
                       const MyoTriggerPoint *trp,
                       const char            *query)
{
  g_autofree char *label = myo_trigger_point_dup_label (trp);
  GPtrArray *regions = g_hash_table_lookup (self->regions, trp);

  if (matches (query, label) || matches (query, trp->muscle->id) ||
      matches (query, trp->location_text))
    return TRUE;

  for (guint i = 0; i < regions->len; i++)
    if (matches (query, ((const MyoRegion *) g_ptr_array_index (regions, i))->name))
      return TRUE;

  return FALSE;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const MyoAtlasHit *hit_a = a;
  const MyoAtlasHit *hit_b = b;
  MyoKb *kb = user_data;
  double weight_a = myo_kb_get_zone_weight (kb, hit_a->zone);
  double weight_b = myo_kb_get_zone_weight (kb, hit_b->zone);

  if (weight_a != weight_b)
    return weight_a > weight_b ? -1 : 1;
  if (hit_a->trp->prior != hit_b->trp->prior)
    return hit_a->trp->prior > hit_b->trp->prior ? -1 : 1;

  return 0;
}

static void
myo_atlas_finalize (GObject *object)
{
  MyoAtlas *self = MYO_ATLAS (object);

  g_clear_pointer (&self->regions, g_hash_table_unref);
  g_clear_pointer (&self->views, g_hash_table_unref);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (myo_atlas_parent_class)->finalize (object);
}

static void
myo_atlas_class_init (MyoAtlasClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_atlas_finalize;
}

static void
myo_atlas_init (MyoAtlas *self)
{
  self->regions = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->views = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * myo_atlas_new:
 *
 * Returns: (transfer full): an atlas of @kb
 */
MyoAtlas *
myo_atlas_new (MyoKb *kb)
{
  MyoAtlas *self;
  GPtrArray *trps;

  g_return_val_if_fail (MYO_IS_KB (kb), NULL);

  self = g_object_new (MYO_TYPE_ATLAS, NULL);
  self->kb = g_object_ref (kb);

  trps = myo_kb_get_trigger_points (kb);
  for (guint i = 0; i < trps->len; i++)
    index_trigger_point (self, g_ptr_array_index (trps, i));

  return self;
}

/**
 * myo_atlas_get_kb:
 *
 * Returns: (transfer none): the knowledge base browsed
 */
MyoKb *
myo_atlas_get_kb (MyoAtlas *self)
{
  g_return_val_if_fail (MYO_IS_ATLAS (self), NULL);
  return self->kb;
}

/**
 * myo_atlas_search:
 * @query: (nullable): words to look for, as a person types them
 *
 * Finds the trigger points whose muscle, head, number or location matches
 * @query, or that refer pain to a region whose name matches it ("back of
 * knee"). Matching ignores case and accents and takes each word as a
 * prefix, so "gastro 4" finds gastrocnemius trigger point 4.
 *
 * Returns: (transfer container) (element-type MyoTriggerPoint): the matches,
 *   in the knowledge base's order; every trigger point for an empty @query
 */
GPtrArray *
myo_atlas_search (MyoAtlas   *self,
                  const char *query)
{
  GPtrArray *trps;
  GPtrArray *found = g_ptr_array_new ();
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (MYO_IS_ATLAS (self), NULL);

  stripped = g_strstrip (g_strdup (query != NULL ? query : ""));
  trps = myo_kb_get_trigger_points (self->kb);

  for (guint i = 0; i < trps->len; i++)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (trps, i);

      if (*stripped == '\0' || trigger_point_matches (self, trp, stripped))
        g_ptr_array_add (found, (gpointer) trp);
    }

  return found;
}

/**
 * myo_atlas_refer_to:
 * @view: the view the point is on
 * @x: diagram x
 * @y: diagram y
 * @region: (out) (optional) (transfer none): the region there, %NULL outside
 *   the legs
 *
 * Lists every trigger point that sends pain to (@x, @y): essential zones
 * first, then local and spillover ones, the more common first.
 *
 * Returns: (transfer full) (element-type MyoAtlasHit): the hits, empty
 *   outside the legs
 */
GArray *
myo_atlas_refer_to (MyoAtlas         *self,
                    const MyoView    *view,
                    double            x,
                    double            y,
                    const MyoRegion **region)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (MyoAtlasHit));
  const MyoRegion *found;
  GPtrArray *trps;
  MyoPoint canonical;
  MyoSide side;

  g_return_val_if_fail (MYO_IS_ATLAS (self), hits);
  g_return_val_if_fail (view != NULL, hits);

  found = myo_kb_locate (self->kb, view, x, y, &side, &canonical);
  if (region != NULL)
    *region = found;
  if (found == NULL)
    return hits;

  trps = myo_kb_get_trigger_points (self->kb);
  for (guint i = 0; i < trps->len; i++)
    {
      MyoAtlasHit hit = { g_ptr_array_index (trps, i), side, MYO_ZONE_NONE };

      hit.zone = myo_kb_zone_at (self->kb, hit.trp, view, canonical);
      if (hit.zone != MYO_ZONE_NONE)
        g_array_append_val (hits, hit);
    }

  g_array_sort_with_data (hits, compare_hits, self->kb);
  return hits;
}

/**
 * myo_atlas_get_regions:
 *
 * Returns: (transfer none) (element-type MyoRegion): the regions @trp's
 *   essential and spillover zones reach, on any view
 */
GPtrArray *
myo_atlas_get_regions (MyoAtlas              *self,
                       const MyoTriggerPoint *trp)
{
  g_return_val_if_fail (MYO_IS_ATLAS (self), NULL);
  return g_hash_table_lookup (self->regions, trp);
}

/**
 * myo_atlas_get_views:
 *
 * Returns: (transfer none) (element-type MyoView): the views that show
 *   @trp's location or one of its zones, in the knowledge base's order
 */
GPtrArray *
myo_atlas_get_views (MyoAtlas              *self,
                     const MyoTriggerPoint *trp)
{
  g_return_val_if_fail (MYO_IS_ATLAS (self), NULL);
  return g_hash_table_lookup (self->views, trp);
}

/**
 * myo_atlas_get_muscle_trigger_points:
 *
 * Returns: (transfer container) (element-type MyoTriggerPoint): the trigger
 *   points of @muscle, by head and number
 */
GPtrArray *
myo_atlas_get_muscle_trigger_points (MyoAtlas        *self,
                                     const MyoMuscle *muscle)
{
  GPtrArray *trps;
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (MYO_IS_ATLAS (self), found);

  trps = myo_kb_get_trigger_points (self->kb);
  for (guint i = 0; i < trps->len; i++)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (trps, i);

      if (trp->muscle == muscle)
        g_ptr_array_add (found, (gpointer) trp);
    }

  return found;
}
