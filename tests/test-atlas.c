/* test-atlas.c: searching the knowledge base, and what refers where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-atlas.h"
#include "myo-test-utils.h"

static gboolean
contains_id (GPtrArray  *trps,
             const char *id)
{
  for (guint i = 0; i < trps->len; i++)
    if (g_str_equal (((const MyoTriggerPoint *) g_ptr_array_index (trps, i))->id, id))
      return TRUE;

  return FALSE;
}

static int
hit_rank (GArray     *hits,
          const char *id)
{
  for (guint i = 0; i < hits->len; i++)
    if (g_str_equal (g_array_index (hits, MyoAtlasHit, i).trp->id, id))
      return (int) i;

  return -1;
}

static void
test_search_by_name (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoAtlas) atlas = myo_atlas_new (kb);
  g_autoptr(GPtrArray) all = myo_atlas_search (atlas, NULL);
  g_autoptr(GPtrArray) blank = myo_atlas_search (atlas, "   ");
  g_autoptr(GPtrArray) gastro = myo_atlas_search (atlas, "GASTRO");
  g_autoptr(GPtrArray) gastro_4 = myo_atlas_search (atlas, "gastrocnemius 4");
  g_autoptr(GPtrArray) fibularis = myo_atlas_search (atlas, "fibularis");
  g_autoptr(GPtrArray) nothing = myo_atlas_search (atlas, "xyzzy");
  g_autoptr(GPtrArray) heel = myo_atlas_search (atlas, "deep heel muscle");

  g_assert_cmpuint (all->len, ==, myo_kb_get_trigger_points (kb)->len);
  g_assert_cmpuint (blank->len, ==, all->len);

  /* Case does not matter, and a word's start is enough */
  g_assert_cmpuint (gastro->len, ==, 4);
  g_assert_true (contains_id (gastro, "gastrocnemius-medial-1"));
  g_assert_true (contains_id (gastro, "gastrocnemius-lateral-4"));

  g_assert_cmpuint (gastro_4->len, ==, 1);
  g_assert_cmpstr (((const MyoTriggerPoint *) g_ptr_array_index (gastro_4, 0))->id, ==,
                   "gastrocnemius-lateral-4");

  /* The other name of the peroneals */
  g_assert_cmpuint (fibularis->len, ==, 3);
  g_assert_true (contains_id (fibularis, "peroneus-tertius-1"));

  g_assert_cmpuint (nothing->len, ==, 0);

  /* The plain name a patient knows finds the muscle too */
  g_assert_cmpuint (heel->len, ==, 1);
  g_assert_true (contains_id (heel, "quadratus-plantae-1"));
}

static void
test_search_by_region (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoAtlas) atlas = myo_atlas_new (kb);
  g_autoptr(GPtrArray) knee = myo_atlas_search (atlas, "back of knee");
  g_autoptr(GPtrArray) instep = myo_atlas_search (atlas, "instep");

  /* What the sources say refers behind the knee */
  g_assert_true (contains_id (knee, "gastrocnemius-medial-3"));
  g_assert_true (contains_id (knee, "gastrocnemius-lateral-4"));
  g_assert_true (contains_id (knee, "popliteus-1"));
  g_assert_true (contains_id (knee, "plantaris-1"));
  g_assert_true (contains_id (knee, "biceps-femoris-1"));
  /* ...and what does not */
  g_assert_false (contains_id (knee, "tibialis-anterior-1"));
  g_assert_false (contains_id (knee, "extensor-hallucis-longus-1"));

  /* Gastrocnemius #1 sends pain to the instep */
  g_assert_true (contains_id (instep, "gastrocnemius-medial-1"));
  g_assert_false (contains_id (instep, "vastus-lateralis-4"));
}

static void
test_refer_to (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoAtlas) atlas = myo_atlas_new (kb);
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_RIGHT);
  const MyoRegion *region = NULL;
  g_autoptr(GArray) hits = myo_atlas_refer_to (atlas, back, knee.x, knee.y, &region);
  g_autoptr(GArray) outside = NULL;
  MyoZoneKind previous = MYO_ZONE_ESSENTIAL;

  g_assert_nonnull (region);
  g_assert_cmpstr (region->name, ==, "back of knee");
  g_assert_cmpint (hit_rank (hits, "gastrocnemius-medial-3"), >=, 0);
  g_assert_cmpint (hit_rank (hits, "popliteus-1"), >=, 0);
  g_assert_cmpint (hit_rank (hits, "tibialis-anterior-1"), ==, -1);

  /* On the leg clicked, the strongest zones first */
  for (guint i = 0; i < hits->len; i++)
    {
      const MyoAtlasHit *hit = &g_array_index (hits, MyoAtlasHit, i);

      g_assert_cmpint (hit->side, ==, MYO_SIDE_RIGHT);
      g_assert_cmpfloat (myo_kb_get_zone_weight (kb, hit->zone), <=, myo_kb_get_zone_weight (kb, previous));
      previous = hit->zone;
    }

  /* Outside the legs nothing refers there, and there is no region */
  outside = myo_atlas_refer_to (atlas, back, 2, 2, &region);
  g_assert_null (region);
  g_assert_cmpuint (outside->len, ==, 0);
}

static void
test_views (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoAtlas) atlas = myo_atlas_new (kb);
  const MyoTriggerPoint *gastro_1 = myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-1");
  const MyoTriggerPoint *gastro_4 = myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4");
  const MyoMuscle *gastrocnemius = gastro_1->muscle;
  GPtrArray *views = myo_atlas_get_views (atlas, gastro_1);
  GPtrArray *regions = myo_atlas_get_regions (atlas, gastro_4);
  g_autoptr(GPtrArray) muscle_trps = myo_atlas_get_muscle_trigger_points (atlas, gastrocnemius);

  /* Its spot on the back, its instep zone on the soles and the inner side */
  g_assert_cmpuint (views->len, ==, 3);
  g_assert_cmpstr (((const MyoView *) g_ptr_array_index (views, 0))->id, ==, "back");
  g_assert_cmpstr (((const MyoView *) g_ptr_array_index (views, 1))->id, ==, "soles");
  g_assert_cmpstr (((const MyoView *) g_ptr_array_index (views, 2))->id, ==, "medial");

  g_assert_cmpuint (regions->len, >=, 1);
  g_assert_true (g_ptr_array_find (regions, lookup_region (kb, "back-knee"), NULL));

  g_assert_cmpuint (muscle_trps->len, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/atlas/search-by-name", test_search_by_name);
  g_test_add_func ("/myo/atlas/search-by-region", test_search_by_region);
  g_test_add_func ("/myo/atlas/refer-to", test_refer_to);
  g_test_add_func ("/myo/atlas/views", test_views);

  return g_test_run ();
}
