/* test-density.c: where pain was marked over many sessions, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-density.h"
#include "myo-test-utils.h"

#define ROWS 144

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return g_date_time_compare (myo_journal_entry_get_started ((MyoJournalEntry *) b),
                              myo_journal_entry_get_started ((MyoJournalEntry *) a));
}

/* Knee pain (5) on the left in three weekly sessions from 5 January, heel
 * pain (4) on the right on 5 and 6 January */
static GListModel *
make_journal (MyoKb *kb)
{
  static const int knee[] = { 5, 5, 5 };
  static const int heel[] = { 4, 4 };
  g_autoptr(GListModel) knee_journal = make_region_journal (kb, "back-knee", knee, NULL, 3, 7);
  g_autoptr(GListModel) heel_journal = make_region_journal (kb, "back-heel", heel, NULL, 2, 1);
  GListStore *store = g_list_store_new (MYO_TYPE_JOURNAL_ENTRY);

  for (guint i = 0; i < g_list_model_get_n_items (knee_journal); i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (knee_journal, i);
      g_list_store_append (store, entry);
    }

  /* Move the heel sessions to the right leg */
  for (guint i = 0; i < g_list_model_get_n_items (heel_journal); i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (heel_journal, i);
      g_autoptr(MyoSession) session = myo_journal_entry_to_session (entry, kb, NULL);
      g_autoptr(MyoSession) right = myo_session_new (kb);
      g_autoptr(MyoJournalEntry) moved = NULL;

      add_in_region (right, "back-heel", MYO_SIDE_RIGHT,
                     myo_session_get_point (session, 0)->intensity);
      moved = myo_journal_entry_new_from_session (right, NULL, myo_journal_entry_get_started (entry), NULL);
      g_list_store_append (store, moved);
    }

  g_list_store_sort (store, compare_newest_first, NULL);
  return G_LIST_MODEL (store);
}

static void
test_grid (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  g_autoptr(GListModel) journal = make_journal (kb);
  g_autoptr(MyoDensity) density = myo_density_new (back, ROWS);
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  MyoPoint heel = region_point (kb, "back-heel", MYO_SIDE_RIGHT);
  MyoPoint heel_left = region_point (kb, "back-heel", MYO_SIDE_LEFT);
  MyoSide side = MYO_SIDE_RIGHT;
  float sum = 0;

  /* Square cells over the whole view */
  g_assert_cmpuint (myo_density_get_rows (density), ==, ROWS);
  g_assert_cmpfloat_with_epsilon (myo_density_get_cell (density), back->height / ROWS, 1e-9);
  g_assert_cmpfloat (myo_density_get_cols (density) * myo_density_get_cell (density), >=, back->width);
  g_assert_cmpfloat (myo_density_get_max (density), ==, 0);
  g_assert_null (myo_density_get_top_region (density, NULL));

  myo_density_collect (density, journal, NULL);
  g_assert_cmpuint (myo_density_get_n_points (density), ==, 5);
  g_assert_cmpuint (myo_density_get_n_sessions (density), ==, 5);

  /* More pain was marked at the knee (3 × 5) than at the heel (2 × 4), and
   * none on the other heel */
  g_assert_cmpfloat (myo_density_get_at (density, knee.x, knee.y), >, myo_density_get_at (density, heel.x, heel.y));
  g_assert_cmpfloat (myo_density_get_at (density, heel.x, heel.y), >, 0);
  g_assert_cmpfloat (myo_density_get_at (density, heel_left.x, heel_left.y), ==, 0);
  g_assert_cmpfloat (myo_density_get_at (density, -1, knee.y), ==, 0);
  g_assert_cmpfloat (myo_density_get_max (density), ==, myo_density_get_at (density, knee.x, knee.y));
  g_assert_cmpstr (myo_density_get_top_region (density, &side), ==, "back-knee");
  g_assert_cmpint (side, ==, MYO_SIDE_LEFT);

  /* The blur spreads each point without losing any of its weight, away
   * from the edges */
  for (guint i = 0; i < myo_density_get_rows (density) * myo_density_get_cols (density); i++)
    sum += myo_density_get_grid (density)[i];
  g_assert_cmpfloat_with_epsilon (sum, 3 * 5 + 2 * 4, 1e-3);
}

static void
test_since_and_views (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(GListModel) journal = make_journal (kb);
  g_autoptr(MyoDensity) back = myo_density_new (myo_kb_lookup_view (kb, "back"), ROWS);
  g_autoptr(MyoDensity) front = myo_density_new (myo_kb_lookup_view (kb, "front"), ROWS);
  g_autoptr(GDateTime) since = g_date_time_new_local (2026, 1, 10, 0, 0, 0);
  MyoSide side;

  /* From 10 January on: the two later knee sessions only */
  myo_density_collect (back, journal, since);
  g_assert_cmpuint (myo_density_get_n_points (back), ==, 2);
  g_assert_cmpuint (myo_density_get_n_sessions (back), ==, 2);
  g_assert_cmpstr (myo_density_get_top_region (back, &side), ==, "back-knee");

  /* Collecting again starts afresh */
  myo_density_collect (back, NULL, NULL);
  g_assert_cmpuint (myo_density_get_n_points (back), ==, 0);
  g_assert_cmpfloat (myo_density_get_max (back), ==, 0);
  g_assert_null (myo_density_get_top_region (back, NULL));

  /* No point was marked on the front */
  myo_density_collect (front, journal, NULL);
  g_assert_cmpuint (myo_density_get_n_points (front), ==, 0);
  g_assert_cmpuint (myo_density_get_n_sessions (front), ==, 0);
  g_assert_cmpfloat (myo_density_get_max (front), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/density/grid", test_grid);
  g_test_add_func ("/myo/density/since-and-views", test_since_and_views);

  return g_test_run ();
}
