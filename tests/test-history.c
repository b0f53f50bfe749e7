/* test-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "myo-history-page.h"
#include "myo-history-page-private.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"

typedef struct
{
  MyoKb           *kb;
  char            *dir;
  MyoJournal      *journal;
  GtkWindow       *window;
  MyoHistoryPage  *page;
  PaintCounter     paints;
  MyoJournalEntry *activated;
  MyoJournalEntry *delete_requested;
} Fixture;

static gboolean
is_drawn (Fixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->page)) && fixture->paints.paints > 0;
}

static gboolean
chart_is_drawn (Fixture *fixture)
{
  return _myo_trend_chart_get_n_bins_drawn (_myo_history_page_get_trend_chart (fixture->page)) > 0;
}

static void
wait_for_frame (Fixture *fixture)
{
  wait_for_paint (&fixture->paints, GTK_WIDGET (fixture->page));
}

/* A session @days_ago days before now, with pain on the back of the left
 * knee and the right outer calf */
static MyoJournalEntry *
make_entry (MyoKb *kb,
            int    days_ago,
            int    hours,
            int    intensity,
            int    pain_after)
{
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) started = g_date_time_add_hours (day, -hours);

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, intensity);
  add_in_region (session, "back-calf-outer", MYO_SIDE_RIGHT, MAX (1, intensity - 2));
  myo_session_set_pain_after (session, pain_after);
  match = myo_match_new (session);

  return myo_journal_entry_new_from_session (session, match, started, NULL);
}

/* A session @days_ago days before now with pain in one region on both
 * legs, the right a little weaker, and optionally a strong pain elsewhere */
static MyoJournalEntry *
make_region_entry (MyoKb      *kb,
                   int         days_ago,
                   const char *region_id,
                   int         intensity,
                   const char *other_region_id)
{
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);
  /* Midday, so the session falls on that day whatever the time now */
  g_autoptr(GDateTime) started = g_date_time_new_local (g_date_time_get_year (day),
                                                        g_date_time_get_month (day),
                                                        g_date_time_get_day_of_month (day),
                                                        12, 0, 0);

  add_in_region (session, region_id, MYO_SIDE_LEFT, intensity);
  add_in_region (session, region_id, MYO_SIDE_RIGHT, MAX (1, intensity - 1));
  if (other_region_id != NULL)
    add_in_region (session, other_region_id, MYO_SIDE_RIGHT, 10);
  myo_session_set_pain_after (session, MAX (0, intensity - 1));
  match = myo_match_new (session);

  return myo_journal_entry_new_from_session (session, match, started, NULL);
}

/* The mean pain before of the chart's first and last bins */
static void
get_trend (MyoTrendChart *chart,
           double        *first,
           double        *last)
{
  guint n_bins = _myo_trend_chart_get_n_bins (chart);

  g_assert_cmpuint (n_bins, >=, 2);
  _myo_trend_chart_get_bin (chart, 0, first, NULL);
  _myo_trend_chart_get_bin (chart, n_bins - 1, last, NULL);
}

static void
entry_activated_cb (MyoHistoryPage  *page,
                    MyoJournalEntry *entry,
                    Fixture         *fixture)
{
  g_set_object (&fixture->activated, entry);
}

static void
delete_requested_cb (MyoHistoryPage  *page,
                     MyoJournalEntry *entry,
                     Fixture         *fixture)
{
  g_autoptr(GError) error = NULL;

  g_set_object (&fixture->delete_requested, entry);
  g_assert_true (myo_journal_remove (fixture->journal, myo_journal_entry_get_id (entry), &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->kb = myo_kb_get_default ();
  fixture->dir = tmp_dir ();
  path = g_build_filename (fixture->dir, "journal.json", NULL);
  fixture->journal = myo_journal_new (path);
  g_assert_true (myo_journal_load (fixture->journal, &error));
  g_assert_no_error (error);
}

/* Shows the page at @width; returns how long it took to the first frame */
static gint64
show_page (Fixture *fixture,
           int      width)
{
  gint64 start = g_get_monotonic_time ();

  fixture->window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  fixture->page = MYO_HISTORY_PAGE (myo_history_page_new ());
  myo_history_page_set_kb (fixture->page, fixture->kb);
  myo_history_page_set_journal (fixture->page, fixture->journal);
  g_signal_connect (fixture->page, "entry-activated", G_CALLBACK (entry_activated_cb), fixture);
  g_signal_connect (fixture->page, "delete-requested", G_CALLBACK (delete_requested_cb), fixture);

  gtk_window_set_default_size (fixture->window, width, 900);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  paint_counter_start (&fixture->paints, GTK_WIDGET (fixture->window));
  wait_until ((TestCondition) is_drawn, fixture);

  return g_get_monotonic_time () - start;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "journal.json", NULL);

  if (fixture->window != NULL)
    {
      paint_counter_stop (&fixture->paints);
      g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
      gtk_window_destroy (fixture->window);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_assert_finalize_object (fixture->window);
      g_assert_null (fixture->page);
    }

  /* The page let go of the journal */
  g_clear_object (&fixture->activated);
  g_clear_object (&fixture->delete_requested);
  g_assert_finalize_object (fixture->journal);
  g_clear_object (&fixture->kb);

  g_unlink (path);
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(MyoJournalEntry) entry = make_entry (fixture->kb, 0, 1, 6, 3);
  g_autoptr(GError) error = NULL;

  show_page (fixture, 360);
  g_assert_cmpstr (_myo_history_page_get_visible_page (fixture->page), ==, "empty");

  g_assert_true (myo_journal_add (fixture->journal, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (_myo_history_page_get_visible_page (fixture->page), ==, "history");
}

static void
test_sessions (Fixture       *fixture,
               gconstpointer  data)
{
  MyoCompositeMap *map, *soles;
  MyoTrendChart *chart;
  GListModel *model;
  g_autoptr(MyoJournalEntry) newest = NULL;
  g_autoptr(MyoJournalEntry) second = NULL;
  g_autoptr(MyoJournalEntry) first_row = NULL;
  GtkWidget *delete;
  guint grid_count, render_count;

  /* Twelve sessions over six weeks, pain falling from 8 to 3 */
  for (int i = 0; i < 12; i++)
    {
      g_autoptr(MyoJournalEntry) entry = make_entry (fixture->kb, 42 - 3 * i, 2, 8 - i / 2, 7 - i / 2);
      g_autoptr(GError) error = NULL;

      g_assert_true (myo_journal_add (fixture->journal, entry, &error));
      g_assert_no_error (error);
    }
  newest = g_list_model_get_item (G_LIST_MODEL (fixture->journal), 0);
  second = g_list_model_get_item (G_LIST_MODEL (fixture->journal), 1);

  show_page (fixture, 1000);
  g_assert_cmpstr (_myo_history_page_get_visible_page (fixture->page), ==, "history");

  /* Every session, newest first, all in the list */
  model = _myo_history_page_get_sessions (fixture->page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 12);
  g_assert_cmpuint (_myo_history_page_get_n_shown (fixture->page), ==, 12);
  g_assert_false (gtk_widget_get_visible (_myo_history_page_get_more_button (fixture->page)));
  first_row = g_list_model_get_item (model, 0);
  g_assert_true (first_row == newest);

  /* The chart has points to draw and says which way the pain went */
  chart = _myo_history_page_get_trend_chart (fixture->page);
  wait_until ((TestCondition) chart_is_drawn, fixture);
  g_assert_cmpuint (_myo_trend_chart_get_n_bins_drawn (chart), >=, 2);
  g_assert_true (g_str_has_prefix (myo_trend_chart_get_summary (chart), "Average pain fell from "));

  /* The 30 % and 50 % lines of IMMPACT, against the episode's first session */
  g_assert_cmpint (_myo_trend_chart_get_baseline (chart), ==, 8);
  g_assert_cmpuint (_myo_trend_chart_get_n_threshold_lines (chart), ==, 2);

  /* A map for every view, side by side; the last 30 days by default */
  g_assert_cmpuint (_myo_history_page_get_n_maps (fixture->page), ==, myo_kb_get_views (fixture->kb)->len);
  map = _myo_history_page_get_composite_map (fixture->page);
  g_assert_cmpstr (myo_composite_map_get_view_id (map), ==, "back");
  g_assert_cmpint (myo_composite_map_get_days (map), ==, 30);
  g_assert_cmpfloat (_myo_composite_map_get_grid_max (map), >, 0);
  g_assert_cmpuint (myo_composite_map_get_n_sessions (map), ==, 7);
  g_assert_cmpuint (myo_composite_map_get_n_points (map), ==, 14);
  g_assert_cmpuint (_myo_composite_map_get_render_count (map), ==, 1);

  /* All time counts every session, on every map; another view has none
   * of these points */
  soles = _myo_history_page_get_composite_map_for_view (fixture->page, "soles");
  g_assert_cmpstr (myo_composite_map_get_view_id (soles), ==, "soles");
  gtk_drop_down_set_selected (_myo_history_page_get_range_dropdown (fixture->page), 3);
  g_assert_cmpint (myo_composite_map_get_days (map), ==, 0);
  g_assert_cmpint (myo_composite_map_get_days (soles), ==, 0);
  g_assert_cmpuint (myo_composite_map_get_n_sessions (map), ==, 12);
  g_assert_cmpuint (myo_composite_map_get_n_points (soles), ==, 0);
  g_assert_cmpfloat (_myo_composite_map_get_grid_max (soles), ==, 0);
  g_assert_cmpfloat (_myo_composite_map_get_grid_max (map), >, 0);

  /* Side by side at one height, large (they were 80 × 210 px), each as
   * wide as its view */
  wait_for_frame (fixture);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (map)), ==, gtk_widget_get_height (GTK_WIDGET (soles)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (map)), >=, 240);
  {
    const MyoView *back = myo_kb_lookup_view (fixture->kb, "back");
    graphene_point_t back_at, soles_at;

    g_assert_cmpfloat (fabs (gtk_widget_get_width (GTK_WIDGET (map)) -
                             gtk_widget_get_height (GTK_WIDGET (map)) * back->width / back->height), <=, 2);
    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (map), GTK_WIDGET (fixture->page),
                                             &GRAPHENE_POINT_INIT (0, 0), &back_at));
    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (soles), GTK_WIDGET (fixture->page),
                                             &GRAPHENE_POINT_INIT (0, 0), &soles_at));
    g_assert_cmpfloat (back_at.y, ==, soles_at.y);
  }

  /* Drawing again neither recomputes the grid nor renders the diagram */
  wait_for_frame (fixture);
  grid_count = _myo_composite_map_get_grid_count (map);
  render_count = _myo_composite_map_get_render_count (map);
  gtk_widget_queue_draw (GTK_WIDGET (map));
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_composite_map_get_grid_count (map), ==, grid_count);
  g_assert_cmpuint (_myo_composite_map_get_render_count (map), ==, render_count);

  /* Activating the first row opens the newest session */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (_myo_history_page_get_list_box (fixture->page), 0),
                         "activate");
  g_assert_true (fixture->activated == newest);
  {
    g_autoptr(MyoJournalEntry) shown = NULL;

    /* The row knows the session it shows */
    g_object_get (gtk_list_box_get_row_at_index (_myo_history_page_get_list_box (fixture->page), 0),
                  "entry", &shown, NULL);
    g_assert_true (shown == newest);
  }

  /* Its delete button asks for it to go; once gone, everything follows */
  delete = _myo_history_page_get_delete_button (fixture->page, 0);
  g_assert_nonnull (delete);
  g_assert_true (gtk_widget_is_sensitive (delete));
  g_signal_emit_by_name (delete, "clicked");
  g_assert_true (fixture->delete_requested == newest);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 11);
  g_clear_object (&first_row);
  first_row = g_list_model_get_item (model, 0);
  g_assert_true (first_row == second);
  g_assert_cmpuint (myo_composite_map_get_n_sessions (map), ==, 11);
  g_assert_cmpuint (_myo_composite_map_get_grid_count (map), ==, grid_count + 1);

  /* The trash button leaves the focus to the row, so Enter opens it; the
   * Delete key asks for the focused session to go */
  g_assert_false (gtk_widget_get_focusable (_myo_history_page_get_delete_button (fixture->page, 0)));
  g_assert_true (_myo_history_page_focus_row (fixture->page, 0));
  g_clear_object (&fixture->delete_requested);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "history.delete-focused", NULL));
  g_assert_true (fixture->delete_requested == second);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);

  /* Nothing happens when the focus is elsewhere */
  g_clear_object (&fixture->delete_requested);
  gtk_widget_grab_focus (GTK_WIDGET (_myo_history_page_get_range_dropdown (fixture->page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "history.delete-focused", NULL));
  g_assert_null (fixture->delete_requested);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);
}

/* The position of @label in the filter drop-down, or -1 */
static int
find_filter (Fixture    *fixture,
             const char *label)
{
  GListModel *model = gtk_drop_down_get_model (_myo_history_page_get_filter_dropdown (fixture->page));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        return (int) i;
    }

  return -1;
}

static gboolean
filters_have_shin (Fixture *fixture)
{
  return find_filter (fixture, "Region: shin") >= 0;
}

static gboolean
filters_lack_shin (Fixture *fixture)
{
  return find_filter (fixture, "Region: shin") < 0;
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(MyoJournalEntry) shin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *knee_top = NULL;
  g_autofree char *heel_top = NULL;
  g_autofree char *knee_filter = NULL;
  g_autofree char *heel_candidate = NULL;
  GtkDropDown *dropdown;
  MyoTrendChart *chart;
  GListModel *model;
  double first, last;
  guint n_collects, n_regions = 0;
  int knee, heel;

  /* Six weeks: the back of the knee gets better, the heel worse; the heel
   * sessions also hurt a lot, and always as much, in the outer calf */
  for (int i = 0; i < 12; i++)
    {
      g_autoptr(MyoJournalEntry) knee_entry = make_region_entry (fixture->kb, 43 - 3 * i, "back-knee",
                                                                 8 - i / 2, NULL);
      g_autoptr(MyoJournalEntry) heel_entry = make_region_entry (fixture->kb, 42 - 3 * i, "back-heel",
                                                                 3 + i / 2, "back-calf-outer");

      g_assert_true (myo_journal_add (fixture->journal, knee_entry, &error));
      g_assert_no_error (error);
      g_assert_true (myo_journal_add (fixture->journal, heel_entry, &error));
      g_assert_no_error (error);

      if (i == 0)
        {
          knee_top = g_strdup (myo_journal_entry_get_top_candidate (knee_entry));
          heel_top = g_strdup (myo_journal_entry_get_top_candidate (heel_entry));
        }
    }

  /* Each kind of session has its own, constant, top candidate */
  g_assert_nonnull (knee_top);
  g_assert_nonnull (heel_top);
  g_assert_cmpstr (knee_top, !=, heel_top);

  show_page (fixture, 1000);
  chart = _myo_history_page_get_trend_chart (fixture->page);
  dropdown = _myo_history_page_get_filter_dropdown (fixture->page);
  wait_until ((TestCondition) chart_is_drawn, fixture);

  /* All pain: every session, the strongest point of each */
  g_assert_null (myo_trend_chart_get_filter (chart));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (_myo_trend_chart_get_n_sessions (chart), ==, 24);

  /* The choices: all pain, the regions present in the knowledge base's
   * order, once for both legs, then the top candidates without their leg */
  model = gtk_drop_down_get_model (dropdown);
  g_assert_cmpint (find_filter (fixture, "All pain"), ==, 0);
  knee = find_filter (fixture, "Region: back of knee");
  heel = find_filter (fixture, "Region: back of heel");
  g_assert_cmpint (knee, ==, 1);
  g_assert_cmpint (find_filter (fixture, "Region: outer upper calf"), ==, 2);
  g_assert_cmpint (heel, ==, 3);
  g_assert_cmpstr (_myo_history_page_get_filter_at (fixture->page, knee), ==, "region:back-knee");
  g_assert_cmpstr (_myo_history_page_get_filter_at (fixture->page, heel), ==, "region:back-heel");
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      const char *label = gtk_string_object_get_string (item);
      const char *filter = _myo_history_page_get_filter_at (fixture->page, i);

      if (g_str_has_prefix (label, "Region: "))
        {
          g_assert_true (g_str_has_prefix (filter, "region:"));
          n_regions++;
          continue;
        }

      g_assert_true (g_str_has_prefix (label, "Top candidate: "));
      g_assert_true (g_str_has_prefix (filter, "candidate:"));
      g_assert_false (g_str_has_suffix (label, " leg)"));
      if (g_str_equal (filter + strlen ("candidate:"), knee_top))
        knee_filter = g_strdup (filter);
      if (g_str_equal (filter + strlen ("candidate:"), heel_top))
        heel_candidate = g_strdup (filter);
    }
  g_assert_cmpuint (n_regions, ==, 3);
  g_assert_nonnull (knee_filter);
  g_assert_nonnull (heel_candidate);

  /* The back of the knee: its sessions only, its pain falling */
  n_collects = _myo_trend_chart_get_n_collects (chart);
  gtk_drop_down_set_selected (dropdown, knee);
  g_assert_cmpstr (myo_trend_chart_get_filter (chart), ==, "region:back-knee");
  g_assert_cmpuint (_myo_trend_chart_get_n_collects (chart), ==, n_collects + 1);
  g_assert_cmpuint (_myo_trend_chart_get_n_sessions (chart), ==, 12);
  get_trend (chart, &first, &last);
  g_assert_cmpfloat (first, ==, 8);
  g_assert_cmpfloat (last, ==, 3);
  g_assert_true (g_str_has_prefix (myo_trend_chart_get_summary (chart), "Back of knee: average pain fell from "));

  /* Drawing, or setting the same filter again, reads the journal no more */
  wait_for_frame (fixture);
  myo_trend_chart_set_filter (chart, "region:back-knee");
  g_assert_cmpuint (_myo_trend_chart_get_n_collects (chart), ==, n_collects + 1);

  /* The heel: its own pain, rising, not the stronger calf pain */
  gtk_drop_down_set_selected (dropdown, heel);
  g_assert_cmpuint (_myo_trend_chart_get_n_sessions (chart), ==, 12);
  get_trend (chart, &first, &last);
  g_assert_cmpfloat (first, ==, 3);
  g_assert_cmpfloat (last, ==, 8);
  g_assert_true (g_str_has_prefix (myo_trend_chart_get_summary (chart), "Back of heel: average pain rose from "));
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_trend_chart_get_n_bins_drawn (chart), ==, 12);

  /* A top candidate: its sessions only, with their whole pain */
  myo_trend_chart_set_filter (chart, knee_filter);
  g_assert_cmpuint (_myo_trend_chart_get_n_sessions (chart), ==, 12);
  get_trend (chart, &first, &last);
  g_assert_cmpfloat (first, ==, 8);
  g_assert_cmpfloat (last, ==, 3);
  g_assert_false (g_str_has_prefix (myo_trend_chart_get_summary (chart), "Average"));
  g_assert_nonnull (strstr (myo_trend_chart_get_summary (chart), ": average pain fell from "));

  myo_trend_chart_set_filter (chart, heel_candidate);
  g_assert_cmpuint (_myo_trend_chart_get_n_sessions (chart), ==, 12);
  get_trend (chart, &first, &last);
  g_assert_cmpfloat (first, ==, 10);
  g_assert_cmpfloat (last, ==, 10);

  /* An unknown trigger point lets nothing through */
  myo_trend_chart_set_filter (chart, "candidate:no-such-point");
  g_assert_cmpuint (_myo_trend_chart_get_n_sessions (chart), ==, 0);
  g_assert_cmpstr (myo_trend_chart_get_summary (chart), ==, "No-such-point: no pain recorded yet");

  /* A new region appears among the choices once the journal has changed,
   * and the choice made stays */
  gtk_drop_down_set_selected (dropdown, 0);
  gtk_drop_down_set_selected (dropdown, knee);
  shin = make_region_entry (fixture->kb, 0, "front-shin", 5, NULL);
  g_assert_true (myo_journal_add (fixture->journal, shin, &error));
  g_assert_no_error (error);
  wait_until ((TestCondition) filters_have_shin, fixture);
  g_assert_cmpint (find_filter (fixture, "Region: back of knee"), ==, knee);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, knee);
  g_assert_cmpstr (myo_trend_chart_get_filter (chart), ==, "region:back-knee");

  /* When the region chosen goes, the chart shows all pain again */
  gtk_drop_down_set_selected (dropdown, find_filter (fixture, "Region: shin"));
  g_assert_cmpstr (myo_trend_chart_get_filter (chart), ==, "region:front-shin");
  g_assert_cmpuint (_myo_trend_chart_get_n_sessions (chart), ==, 1);
  g_assert_true (myo_journal_remove (fixture->journal, myo_journal_entry_get_id (shin), &error));
  g_assert_no_error (error);
  wait_until ((TestCondition) filters_lack_shin, fixture);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_null (myo_trend_chart_get_filter (chart));
  g_assert_cmpuint (_myo_trend_chart_get_n_sessions (chart), ==, 24);
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  for (int i = 0; i < 30; i++)
    {
      g_autoptr(MyoJournalEntry) entry = make_entry (fixture->kb, 90 - 3 * i, 5, 3 + i % 7, i % 5);
      g_autoptr(GError) error = NULL;

      g_assert_true (myo_journal_add (fixture->journal, entry, &error));
      g_assert_no_error (error);
    }

  /* At phone width nothing asks for more room than there is */
  show_page (fixture, 360);
  wait_until ((TestCondition) chart_is_drawn, fixture);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), ==, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (_myo_history_page_get_trend_chart (fixture->page))), <=, 360);

  /* The maps wrap onto more lines rather than shrink to thumbnails */
  wait_for_frame (fixture);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (_myo_history_page_get_composite_map (fixture->page))), >=, 150);
  for (guint i = 0; i < myo_kb_get_views (fixture->kb)->len; i++)
    {
      const MyoView *view = g_ptr_array_index (myo_kb_get_views (fixture->kb), i);
      MyoCompositeMap *map = _myo_history_page_get_composite_map_for_view (fixture->page, view->id);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (map), GTK_WIDGET (fixture->page), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
    }
}

static void
test_large (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 elapsed;

  /* 10,000 sessions over two years */
  for (int i = 0; i < 10000; i++)
    g_ptr_array_add (entries, make_entry (fixture->kb, i * 730 / 10000, i % 24, 1 + i % 10, i % 8));
  g_assert_true (myo_journal_add_all (fixture->journal, entries, &error));
  g_assert_no_error (error);

  elapsed = show_page (fixture, 1000);
  wait_until ((TestCondition) chart_is_drawn, fixture);
  g_test_message ("10,000 sessions: first frame after %.0f ms, %u rows built, %u chart bins",
                  elapsed / 1000., _myo_history_page_get_n_rows_set_up (fixture->page),
                  _myo_trend_chart_get_n_bins_drawn (_myo_history_page_get_trend_chart (fixture->page)));
  g_assert_cmpint (elapsed, <, test_time_limit (3 * G_USEC_PER_SEC));

  g_assert_cmpuint (g_list_model_get_n_items (_myo_history_page_get_sessions (fixture->page)), ==, 10000);

  /* The list shows the newest sessions a page at a time, never a row for
   * every session */
  g_assert_cmpuint (_myo_history_page_get_n_shown (fixture->page), ==, 50);
  g_assert_cmpuint (_myo_history_page_get_n_rows_set_up (fixture->page), <=, 50);
  g_assert_cmpuint (_myo_trend_chart_get_n_bins_drawn (_myo_history_page_get_trend_chart (fixture->page)), <, 200);
  g_assert_true (gtk_widget_get_visible (_myo_history_page_get_more_button (fixture->page)));

  /* Show Older Sessions adds a page; the keyboard reaches further ones */
  g_signal_emit_by_name (_myo_history_page_get_more_button (fixture->page), "clicked");
  g_assert_cmpuint (_myo_history_page_get_n_shown (fixture->page), ==, 100);
  g_assert_true (_myo_history_page_focus_row (fixture->page, 120));
  g_assert_cmpuint (_myo_history_page_get_n_shown (fixture->page), ==, 150);
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_history_page_get_n_rows_set_up (fixture->page), <=, 150);

  g_assert_cmpuint (_myo_trend_chart_get_n_bins_drawn (_myo_history_page_get_trend_chart (fixture->page)), >, 0);

  /* The trend's choices come from one pass over the journal */
  {
    g_autoptr(MyoJournalEntry) oldest = g_list_model_get_item (G_LIST_MODEL (fixture->journal), 9999);
    gint64 start;

    g_assert_true (myo_journal_remove (fixture->journal, myo_journal_entry_get_id (oldest), &error));
    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    g_assert_null (_myo_history_page_get_filter_at (fixture->page, 0));
    elapsed = g_get_monotonic_time () - start;
    g_test_message ("Trend choices for 9,999 sessions: %.1f ms", elapsed / 1000.);
    g_assert_cmpint (elapsed, <, test_time_limit (G_USEC_PER_SEC));
    g_assert_cmpint (find_filter (fixture, "Region: back of knee"), ==, 1);
    g_assert_cmpint (find_filter (fixture, "Region: outer upper calf"), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/myo/history/empty", Fixture, NULL,
              fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/myo/history/sessions", Fixture, NULL,
              fixture_set_up, test_sessions, fixture_tear_down);
  g_test_add ("/myo/history/filter", Fixture, NULL,
              fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/myo/history/narrow", Fixture, NULL,
              fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/myo/history/large", Fixture, NULL,
              fixture_set_up, test_large, fixture_tear_down);

  return g_test_run ();
}
