/* test-atlas-page.c: browsing the knowledge base in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "myo-atlas-page-private.h"
#include "myo-atlas-row.h"
#include "myo-body-map-private.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"

typedef struct
{
  GtkWindow             *window;
  MyoAtlasPage          *page;
  MyoKb                 *kb;
  const MyoTriggerPoint *requested;
  MyoSide                requested_side;
} Fixture;

static void
routine_requested_cb (MyoAtlasPage *page,
                      const char   *trp_id,
                      MyoSide       side,
                      Fixture      *fixture)
{
  fixture->requested = myo_kb_lookup_trigger_point (fixture->kb, trp_id);
  fixture->requested_side = side;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->kb = myo_kb_get_default ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->page = MYO_ATLAS_PAGE (myo_atlas_page_new ());
  myo_atlas_page_set_kb (fixture->page, fixture->kb);
  g_signal_connect (fixture->page, "routine-requested", G_CALLBACK (routine_requested_cb), fixture);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_set_default_size (fixture->window, 1200, 900);
  gtk_window_present (fixture->window);
  iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_destroy (fixture->window);
  iterate ();
  g_assert_null (fixture->page);
  g_clear_object (&fixture->kb);
}

static const MyoTriggerPoint *
row_trigger_point (GtkListBox *list,
                   int         index)
{
  MyoAtlasRow *row = MYO_ATLAS_ROW (gtk_list_box_get_row_at_index (list, index));

  return myo_atlas_row_get_trigger_point (row);
}

static MyoBodyMap *
find_map (Fixture    *fixture,
          const char *view_id)
{
  GPtrArray *maps = _myo_atlas_page_get_maps (fixture->page);

  for (guint i = 0; i < maps->len; i++)
    if (g_str_equal (myo_body_map_get_view_id (g_ptr_array_index (maps, i)), view_id))
      return g_ptr_array_index (maps, i);

  return NULL;
}

static void
test_search_and_select (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkListBox *list = _myo_atlas_page_get_list (fixture->page);
  const MyoTriggerPoint *gastro_1 = myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-medial-1");
  const MyoTriggerPoint *selected;
  const char *facts;
  MyoBodyMap *soles;

  /* Everything at first, the first one shown */
  g_assert_cmpuint (count_rows (list), ==, myo_kb_get_trigger_points (fixture->kb)->len);
  selected = myo_atlas_page_get_selected (fixture->page, NULL);
  g_assert_true (selected == gastro_1);

  /* Every view its spot or zones reach, the zones drawn on each */
  g_assert_cmpuint (_myo_atlas_page_get_maps (fixture->page)->len, ==, 3);
  soles = find_map (fixture, "soles");
  g_assert_nonnull (soles);
  g_assert_true (myo_body_map_get_highlight (soles, NULL) == gastro_1);
  g_assert_true (myo_body_map_get_browse (soles));
  g_assert_cmpuint (myo_body_map_get_n_stages (soles), >=, 1);

  /* Its facts, routine and sources */
  facts = _myo_atlas_page_get_facts_text (fixture->page);
  g_assert_nonnull (strstr (facts, gastro_1->location_text));
  g_assert_nonnull (strstr (facts, "Sources"));
  g_assert_nonnull (strstr (facts, myo_kb_lookup_source (fixture->kb, gastro_1->sources[0])->citation));
  g_assert_nonnull (strstr (facts, "hold 30 s"));

  /* Searching by where it hurts */
  gtk_editable_set_text (_myo_atlas_page_get_search (fixture->page), "outer ankle");
  g_signal_emit_by_name (_myo_atlas_page_get_search (fixture->page), "search-changed");
  iterate ();
  g_assert_cmpuint (count_rows (list), >=, 2);
  for (guint i = 0; i < count_rows (list); i++)
    g_assert_cmpstr (row_trigger_point (list, i)->muscle->id, !=, "gastrocnemius");
  /* Found rows stand under their muscle's heading */
  g_assert_true (myo_atlas_row_get_grouped (MYO_ATLAS_ROW (gtk_list_box_get_row_at_index (list, 0))));
  g_assert_nonnull (gtk_list_box_row_get_header (gtk_list_box_get_row_at_index (list, 0)));
  selected = myo_atlas_page_get_selected (fixture->page, NULL);
  g_assert_true (selected == row_trigger_point (list, 0));

  /* Nothing found says what to try */
  gtk_editable_set_text (_myo_atlas_page_get_search (fixture->page), "xyzzy");
  g_signal_emit_by_name (_myo_atlas_page_get_search (fixture->page), "search-changed");
  g_assert_cmpuint (count_rows (list), ==, 0);
  g_assert_nonnull (strstr (_myo_atlas_page_get_region_text (fixture->page), "No trigger point"));
}

static void
test_click_region (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkListBox *list = _myo_atlas_page_get_list (fixture->page);
  MyoPoint knee = region_point (fixture->kb, "back-knee", MYO_SIDE_RIGHT);
  MyoBodyMap *back = find_map (fixture, "back");
  gboolean found_popliteus = FALSE;
  MyoSide side = MYO_SIDE_LEFT;
  double wx, wy;

  /* A click on the map lists what refers there; it marks no pain */
  myo_body_map_diagram_to_widget (back, knee.x, knee.y, &wx, &wy);
  _myo_body_map_click (back, wx, wy);
  iterate ();
  /* (the selection rebuilt the maps; they all share one blank session) */
  back = find_map (fixture, "back");
  g_assert_cmpuint (myo_session_get_n_points (myo_body_map_get_session (back)), ==, 0);
  g_assert_nonnull (strstr (_myo_atlas_page_get_region_text (fixture->page), "Right leg · back of knee"));

  for (guint i = 0; i < count_rows (list); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      MyoSide row_side = MYO_SIDE_LEFT;
      gboolean grouped = TRUE;

      found_popliteus |= g_str_equal (row_trigger_point (list, i)->id, "popliteus-1");
      /* Ranked by zone, on the leg clicked, under no muscle's heading */
      g_object_get (row, "side", &row_side, "grouped", &grouped, NULL);
      g_assert_cmpint (row_side, ==, MYO_SIDE_RIGHT);
      g_assert_false (grouped);
      g_assert_null (gtk_list_box_row_get_header (row));
    }
  g_assert_true (found_popliteus);

  /* The first one is shown, on the leg clicked */
  g_assert_true (myo_atlas_page_get_selected (fixture->page, &side) == row_trigger_point (list, 0));
  g_assert_cmpint (side, ==, MYO_SIDE_RIGHT);

  /* Outside the legs: a hint, and the list stays */
  back = find_map (fixture, "back");
  myo_body_map_diagram_to_widget (back, 2, 2, &wx, &wy);
  _myo_body_map_click (back, wx, wy);
  g_assert_nonnull (strstr (_myo_atlas_page_get_region_text (fixture->page), "outside the legs"));
  g_assert_cmpuint (count_rows (list), >, 0);
}

static void
test_play_and_routine (Fixture       *fixture,
                       gconstpointer  data)
{
  const MyoTriggerPoint *soleus = myo_kb_lookup_trigger_point (fixture->kb, "soleus-1");
  AdwAnimation *animation;
  MyoBodyMap *back;

  myo_atlas_page_select (fixture->page, soleus, MYO_SIDE_LEFT);
  back = find_map (fixture, "back");
  g_assert_cmpfloat (myo_body_map_get_reveal (back), <, 0);

  /* The pattern builds up from nothing, then everything shows again */
  myo_atlas_page_play (fixture->page);
  animation = _myo_body_map_get_reveal_animation (back);
  g_assert_nonnull (animation);
  g_assert_cmpint (adw_animation_get_state (animation), ==, ADW_ANIMATION_PLAYING);
  g_assert_cmpfloat (myo_body_map_get_reveal (back), ==, 0);
  g_assert_cmpfloat (adw_timed_animation_get_value_to (ADW_TIMED_ANIMATION (animation)), >=,
                     myo_body_map_get_n_stages (back));
  adw_animation_skip (animation);
  g_assert_cmpfloat (myo_body_map_get_reveal (back), <, 0);

  /* Presenting hides the list, and a selection plays by itself */
  myo_atlas_page_set_presentation (fixture->page, TRUE);
  myo_atlas_page_select (fixture->page, myo_kb_lookup_trigger_point (fixture->kb, "popliteus-1"), MYO_SIDE_LEFT);
  animation = _myo_body_map_get_reveal_animation (find_map (fixture, "back"));
  g_assert_nonnull (animation);
  g_assert_cmpint (adw_animation_get_state (animation), ==, ADW_ANIMATION_PLAYING);
  adw_animation_skip (animation);

  /* Its routine can start from here */
  myo_atlas_page_select (fixture->page, soleus, MYO_SIDE_RIGHT);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "atlas.start-routine", NULL);
  g_assert_true (fixture->requested == soleus);
  g_assert_cmpint (fixture->requested_side, ==, MYO_SIDE_RIGHT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/myo/atlas-page/search-and-select", Fixture, NULL,
              fixture_set_up, test_search_and_select, fixture_tear_down);
  g_test_add ("/myo/atlas-page/click-region", Fixture, NULL,
              fixture_set_up, test_click_region, fixture_tear_down);
  g_test_add ("/myo/atlas-page/play-and-routine", Fixture, NULL,
              fixture_set_up, test_play_and_routine, fixture_tear_down);

  return g_test_run ();
}
