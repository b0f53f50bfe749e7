/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "myo-body-map-private.h"
#include "myo-routine-panel-private.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"
#include "myo-window-private.h"

static MyoApplication *app;

static MyoWindow *
create_window (void)
{
  MyoWindow *window = myo_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  return window;
}

static void
test_build (void)
{
  MyoWindow *window = create_window ();

  g_assert_nonnull (myo_window_get_session (window));
  g_assert_cmpstr (myo_window_get_view_id (window), ==, "back");
  g_assert_true (gtk_widget_get_visible (window->hint));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->panel_stack), ==, "candidates");

  destroy_window (window);
}

static void
test_points_update_candidates (void)
{
  MyoWindow *window = create_window ();
  MyoSession *session = myo_window_get_session (window);
  MyoPoint knee = region_point (myo_application_get_kb (app), "back-knee", MYO_SIDE_LEFT);
  MyoMatch *match;
  double cx, cy;

  /* The keyboard path: move the map's cursor to the back of the knee, add */
  _myo_body_map_get_cursor (window->map, &cx, &cy);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.move-cursor", "(dd)",
                                             knee.x - cx, knee.y - cy));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.add-at-cursor", NULL));
  iterate ();
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 1);
  g_assert_cmpstr (myo_session_get_point (session, 0)->region->id, ==, "back-knee");

  match = myo_candidates_panel_get_match (window->candidates);
  g_assert_nonnull (match);
  g_assert_cmpuint (myo_match_get_n_candidates (match), >=, 2);
  g_assert_cmpstr (myo_match_get_candidate (match, 0)->trp->muscle->id, ==, "gastrocnemius");
  g_assert_false (gtk_widget_get_visible (window->hint));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->panel_stack), ==, "routine");
  g_assert_nonnull (myo_routine_panel_get_routine (window->routine_panel));

  /* Clear and undo go through the same actions as the keyboard */
  gtk_stack_set_visible_child_name (window->panel_stack, "candidates");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear", NULL));
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 0);
  g_assert_cmpuint (myo_match_get_n_candidates (myo_candidates_panel_get_match (window->candidates)), ==, 0);
  g_assert_true (gtk_widget_get_visible (window->hint));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 0);

  destroy_window (window);
}

static void
test_views (void)
{
  MyoWindow *window = create_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "soles"));
  g_assert_cmpstr (myo_window_get_view_id (window), ==, "soles");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "front"));
  g_assert_cmpstr (myo_window_get_view_id (window), ==, "front");

  /* An unknown view changes nothing */
  myo_window_set_view_id (window, "nowhere");
  g_assert_cmpstr (myo_window_get_view_id (window), ==, "front");

  destroy_window (window);
}

static void
test_autosave_restore (void)
{
  MyoWindow *window = create_window ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), APP_ID, "autosave.myomap", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_RIGHT, 4);
  /* Written a second after the last change, or at once when flushed */
  g_assert_true (myo_store_flush (myo_application_get_store (app), NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  destroy_window (window);

  /* The next window comes back with the marks */
  window = create_window ();
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 1);
  g_assert_cmpint (myo_session_get_point (myo_window_get_session (window), 0)->side, ==, MYO_SIDE_RIGHT);
  destroy_window (window);

  /* An unreadable autosave is kept aside, never overwritten */
  g_assert_true (g_file_set_contents (path, "{ broken", -1, NULL));
  window = create_window ();
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 0);
  g_assert_true (myo_banner_get_revealed (window->autosave_banner));
  {
    g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n_kept = 0;

    while ((name = g_dir_read_name (folder)) != NULL)
      if (g_str_has_prefix (name, "autosave.myomap.unreadable-"))
        {
          g_autofree char *aside = g_build_filename (dir, name, NULL);
          g_autofree char *kept = NULL;

          g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
          g_assert_cmpstr (kept, ==, "{ broken");
          g_assert_nonnull (strstr (myo_banner_get_body (window->autosave_banner), name));
          n_kept++;
        }
    g_assert_cmpuint (n_kept, ==, 1);
  }
  destroy_window (window);
}

static void
test_open_file (void)
{
  MyoWindow *window = create_window ();
  g_autoptr(MyoSession) session = myo_session_new (myo_application_get_kb (app));
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "patient.myomap", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  add_in_region (session, "soles-arch", MYO_SIDE_LEFT, 3);
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 3);
  g_assert_true (myo_session_save_to_file (session, path, &error));

  myo_window_open_file (window, file);
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 2);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "patient — Myomap"));

  g_unlink (path);
  g_rmdir (dir);
  destroy_window (window);
}

static void
test_is_this_my_pain (void)
{
  MyoWindow *window = create_window ();
  MyoSession *session = myo_window_get_session (window);
  MyoKb *kb = myo_application_get_kb (app);
  const MyoTriggerPoint *first;
  MyoRoutine *routine;

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  first = ((MyoCandidate *) g_ptr_array_index (myo_match_get_combination (window->match), 0))->trp;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  g_assert_cmpstr (_myo_routine_panel_get_page (window->routine_panel), ==, "red-flags");
  _myo_routine_panel_continue (window->routine_panel);
  g_assert_cmpstr (_myo_routine_panel_get_page (window->routine_panel), ==, "step");
  routine = myo_routine_panel_get_routine (window->routine_panel);
  g_assert_true (myo_routine_has_trigger_point (routine, first, MYO_SIDE_LEFT));

  /* "No, that is not my pain": kept with the session, the point leaves the
   * routine and the combination, and the next candidate takes its place */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.answer", "s", "no"));
  g_assert_cmpint (myo_session_get_answer (session, first, MYO_SIDE_LEFT), ==, MYO_ANSWER_NO);
  g_assert_false (myo_routine_has_trigger_point (routine, first, MYO_SIDE_LEFT));
  g_assert_true (((MyoCandidate *) g_ptr_array_index (myo_match_get_combination (window->match), 0))->trp != first);
  g_assert_true (myo_routine_has_trigger_point (routine,
                                                ((MyoCandidate *) g_ptr_array_index (myo_match_get_combination (window->match), 0))->trp,
                                                MYO_SIDE_LEFT));
  g_assert_cmpint (myo_routine_get_current_step (routine)->step->kind, ==, MYO_STEP_LOCATE);

  /* "Yes" moves on to the release of the new point */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.answer", "s", "yes"));
  g_assert_cmpint (myo_routine_get_current_step (routine)->step->kind, ==, MYO_STEP_RELEASE);
  g_assert_nonnull (kb);

  destroy_window (window);
}

static void
test_journal (void)
{
  MyoWindow *window = create_window ();
  MyoSession *session;
  g_autoptr(MyoJournalEntry) entry = NULL;

  /* Not the session an earlier test left in the autosave */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  session = myo_window_get_session (window);
  g_assert_true (myo_session_is_empty (session));

  /* The journal loads in a thread */
  wait_until_set ((gpointer *) &window->journal);
  g_assert_nonnull (window->journal);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->journal)), ==, 0);

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 7);
  _myo_window_record (window, "after the hike", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->journal)), ==, 1);
  entry = g_list_model_get_item (G_LIST_MODEL (window->journal), 0);
  g_assert_cmpstr (myo_journal_entry_get_note (entry), ==, "after the hike");
  g_assert_cmpint (myo_journal_entry_get_pain_before (entry), ==, 7);

  /* Delete from the history, then Undo */
  g_signal_emit_by_name (_myo_window_get_history (window), "delete-requested", entry);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->journal)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->journal)), ==, 1);

  /* Opening a session from the history puts it on the map */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "history");
  g_signal_emit_by_name (window->history, "entry-activated", entry);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "map");
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 1);
  g_assert_cmpstr (myo_session_get_point (myo_window_get_session (window), 0)->region->id, ==, "back-knee");

  destroy_window (window);
}

/* win.page shows a page, the header's toggles follow its state, and the
 * page notifies only when it changes */
static void
test_page_action (void)
{
  MyoWindow *window = create_window ();
  guint n_notified = 0;

  g_signal_connect (window, "notify::page", G_CALLBACK (count_notify_cb), &n_notified);
  g_assert_cmpstr (myo_window_get_page (window), ==, "map");
  g_assert_false (gtk_toggle_button_get_active (window->history_button));
  g_assert_false (gtk_toggle_button_get_active (window->atlas_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "atlas"));
  g_assert_cmpstr (myo_window_get_page (window), ==, "atlas");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "atlas");
  g_assert_true (gtk_toggle_button_get_active (window->atlas_button));
  g_assert_false (gtk_toggle_button_get_active (window->history_button));
  g_assert_cmpuint (n_notified, ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "atlas"));
  g_assert_cmpuint (n_notified, ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "history"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "history");
  g_assert_true (gtk_toggle_button_get_active (window->history_button));
  g_assert_false (gtk_toggle_button_get_active (window->atlas_button));
  g_assert_cmpuint (n_notified, ==, 2);

  /* The property is the same switch */
  g_object_set (window, "page", "map", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "map");
  g_assert_false (gtk_toggle_button_get_active (window->history_button));
  g_assert_cmpuint (n_notified, ==, 3);

  /* While presenting, the journal stays hidden */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "history"));
  g_assert_cmpstr (myo_window_get_page (window), ==, "map");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));

  g_signal_handlers_disconnect_by_func (window, count_notify_cb, &n_notified);
  destroy_window (window);
}

/* The history and atlas pages are built when first shown, and get then
 * what the window told nobody before: the journal, the knowledge base,
 * presentation mode */
static void
test_lazy_pages (void)
{
  MyoWindow *window = create_window ();

  g_assert_null (window->history);
  g_assert_null (window->atlas);
  g_assert_null (adw_bin_get_child (window->history_bin));

  wait_until_set ((gpointer *) &window->journal);
  g_assert_nonnull (window->journal);
  g_assert_null (window->history);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", NULL));
  g_assert_nonnull (window->history);
  g_assert_true (adw_bin_get_child (window->history_bin) == GTK_WIDGET (window->history));
  g_assert_true (myo_history_page_get_journal (window->history) == window->journal);
  g_assert_true (myo_history_page_get_kb (window->history) == window->kb);
  g_assert_null (myo_history_page_get_journal_error (window->history));

  /* Presenting before the atlas exists */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  g_assert_null (window->atlas);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-atlas", NULL));
  g_assert_nonnull (window->atlas);
  g_assert_true (myo_atlas_page_get_presentation (window->atlas));
  g_assert_true (myo_atlas_page_get_kb (window->atlas) == window->kb);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
  g_assert_false (myo_atlas_page_get_presentation (window->atlas));

  destroy_window (window);
}

/* Shown the first time, the atlas's search takes the focus, as it did
 * when the atlas was built with the window */
static void
test_atlas_focus (void)
{
  MyoWindow *window = create_window ();

  g_assert_null (window->atlas);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "atlas"));
  iterate ();
  g_assert_nonnull (window->atlas);
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (window->atlas)));

  destroy_window (window);
}

/* The routine panel is built when the first routine starts, with the
 * preferences it follows */
static void
test_lazy_routine_panel (void)
{
  MyoWindow *window = create_window ();
  gboolean sound;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_null (window->routine_panel);
  g_assert_null (window->routine_hero);
  g_assert_null (adw_bin_get_child (window->routine_bin));
  g_settings_set_boolean (window->settings, "sound", FALSE);

  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  g_assert_nonnull (window->routine_panel);
  g_assert_true (adw_bin_get_child (window->routine_bin) == GTK_WIDGET (window->routine_panel));
  /* The hero, built with it, covers the map once a timed step runs */
  g_assert_nonnull (window->routine_hero);
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (window->routine_hero)) == GTK_WIDGET (window->map_overlay));
  g_assert_null (gtk_widget_get_next_sibling (GTK_WIDGET (window->routine_hero)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->routine_hero)));
  g_assert_true (myo_body_map_get_session (MYO_BODY_MAP (myo_routine_hero_get_map (window->routine_hero))) ==
                 myo_window_get_session (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->panel_stack), ==, "routine");
  g_assert_cmpstr (_myo_routine_panel_get_page (window->routine_panel), ==, "red-flags");
  g_object_get (window->routine_panel, "sound", &sound, NULL);
  g_assert_false (sound);
  g_settings_set_boolean (window->settings, "sound", TRUE);
  g_object_get (window->routine_panel, "sound", &sound, NULL);
  g_assert_true (sound);

  destroy_window (window);
}

/* The brush's size appears with the brush, and sets the map's brush; the
 * first frame, with the Point tool and a wide window, built neither it
 * nor the views' drop-down of narrow windows */
static void
test_brush_scale (void)
{
  MyoWindow *window = create_window ();
  GtkAdjustment *adjustment;

  g_assert_null (window->brush_scale);
  g_assert_null (window->view_dropdown);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "map.tool", "s", "paint"));
  g_assert_nonnull (window->brush_scale);
  g_assert_true (gtk_widget_get_visible (window->brush_scale));
  g_assert_true (gtk_widget_get_parent (window->brush_scale) == GTK_WIDGET (window->map_tools));
  adjustment = gtk_range_get_adjustment (GTK_RANGE (window->brush_scale));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, myo_body_map_get_brush_radius (window->map));

  gtk_adjustment_set_value (adjustment, 20);
  g_assert_cmpfloat (myo_body_map_get_brush_radius (window->map), ==, 20);
  myo_body_map_set_brush_radius (window->map, 30);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 30);
  /* Beyond the scale's range */
  gtk_adjustment_set_value (adjustment, 500);
  g_assert_cmpfloat (myo_body_map_get_brush_radius (window->map), ==, 60);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "map.tool", "s", "point"));
  g_assert_false (gtk_widget_get_visible (window->brush_scale));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "map.tool", "s", "erase"));
  g_assert_true (gtk_widget_get_visible (window->brush_scale));

  destroy_window (window);
}

/* The window follows the session it shows, and only that one */
static void
test_follows_session (void)
{
  MyoWindow *window = create_window ();
  g_autoptr(MyoSession) old = NULL;
  MyoMatch *match;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  old = g_object_ref (myo_window_get_session (window));
  add_in_region (old, "back-knee", MYO_SIDE_LEFT, 6);
  g_assert_cmpuint (myo_match_get_n_candidates (window->match), >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_true (myo_window_get_session (window) != old);
  match = window->match;
  g_assert_cmpuint (myo_match_get_n_candidates (match), ==, 0);

  /* A change to the session put away reaches nothing */
  add_in_region (old, "soles-arch", MYO_SIDE_LEFT, 6);
  g_assert_true (window->match == match);
  g_assert_true (gtk_widget_get_visible (window->hint));

  /* One to the session shown re-ranks */
  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 6);
  g_assert_true (window->match != match);
  g_assert_cmpuint (myo_match_get_n_candidates (window->match), >, 0);
  g_assert_false (gtk_widget_get_visible (window->hint));

  destroy_window (window);
}

/* The shortcuts window is built on first use, then shown again */
static void
test_shortcuts_window (void)
{
  MyoWindow *window = create_window ();
  GLogLevelFlags fatal;
  GtkWidget *shortcuts;

  /* GTK 4.8's own shortcuts window warns that a label of its measures
   * -3 px wide (GtkShortcutsShortcut): not ours to fail on */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_null (window->shortcuts_window);
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = GTK_WIDGET (window->shortcuts_window);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_true (gtk_widget_get_visible (shortcuts));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) == GTK_WINDOW (window));

  gtk_window_close (GTK_WINDOW (shortcuts));
  g_assert_false (gtk_widget_get_visible (shortcuts));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (GTK_WIDGET (window->shortcuts_window) == shortcuts);
  g_assert_true (gtk_widget_get_visible (shortcuts));

  destroy_window (window);
  g_log_set_always_fatal (fatal);
}

static void
test_atlas_and_presentation (void)
{
  MyoWindow *window = create_window ();
  MyoKb *kb = myo_application_get_kb (app);
  const MyoTriggerPoint *popliteus = myo_kb_lookup_trigger_point (kb, "popliteus-1");

  /* Ctrl+T's action shows the atlas, and back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-atlas", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "atlas");
  g_assert_true (gtk_toggle_button_get_active (window->atlas_button));
  g_assert_nonnull (myo_atlas_page_get_kb (window->atlas));

  /* An atlas entry's routine starts on the map, behind the red-flag gate */
  myo_atlas_page_select (window->atlas, popliteus, MYO_SIDE_LEFT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->atlas), "atlas.start-routine", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "map");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->panel_stack), ==, "routine");
  g_assert_cmpstr (_myo_routine_panel_get_page (window->routine_panel), ==, "red-flags");
  g_assert_cmpstr (myo_window_get_view_id (window), ==, "back");

  /* Presenting hides the journal and anything that would show it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "history");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "map");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->history_button)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "map");
  g_assert_true (myo_atlas_page_get_presentation (window->atlas));

  /* Escape's action leaves it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->history_button)));
  g_assert_false (myo_atlas_page_get_presentation (window->atlas));

  destroy_window (window);
}

/* What Print and Export write: the session's handout and report, and the
 * map as shown, with the candidate whose zones are drawn */
static void
test_export (void)
{
  MyoWindow *window = create_window ();
  MyoSession *session = myo_window_get_session (window);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *png_path = g_build_filename (dir, "map.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *data = NULL;
  g_autoptr(cairo_surface_t) png = NULL;
  g_autoptr(GError) error = NULL;
  const MyoCandidate *top;
  const MyoView *view;
  MyoPoint cross;
  guint32 pixel;

  /* Nothing marked (earlier tests' autosave cleared): nothing to hand out,
   * and the error says what to do */
  myo_session_clear (session);
  iterate ();
  g_assert_false (_myo_window_export_pdf (window, MYO_EXPORT_HANDOUT, pdf, &error));
  g_assert_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_NOTHING_TO_TREAT);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  iterate ();
  g_assert_true (_myo_window_export_pdf (window, MYO_EXPORT_HANDOUT, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &data, NULL, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_clear_pointer (&data, g_free);
  g_assert_true (_myo_window_export_pdf (window, MYO_EXPORT_REPORT, pdf, &error));
  g_assert_no_error (error);
  g_unlink (pdf);

  /* Printing goes through GtkPrintOperation, drawing the export's pages */
  g_assert_true (_myo_window_print (window, MYO_EXPORT_HANDOUT, pdf, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_true (g_file_get_contents (pdf, &data, NULL, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_clear_pointer (&data, g_free);
  {
    g_autofree char *quoted = g_shell_quote (pdf);
    g_autofree char *command = g_strdup_printf ("pdftotext %s -", quoted);
    g_autofree char *text = NULL;

    g_assert_true (g_spawn_command_line_sync (command, &text, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_nonnull (strstr (text, "Your self-care plan"));
    g_assert_nonnull (strstr (text, "Stop, do not press"));
  }

  top = myo_match_get_candidate (window->match, 0);
  myo_body_map_set_highlight (window->map, top->trp, top->side);
  g_assert_true (_myo_window_export_map (window, png_path, FALSE, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  view = myo_kb_lookup_view (myo_session_get_kb (session), "back");
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, view->width * 3);

  /* The shown candidate's ✕ is in the picture, dark on the light leg */
  cross = myo_view_to_side (view, top->trp->location, top->side);
  pixel = ((guint32 *) (cairo_image_surface_get_data (png) +
                        (int) (cross.y * 3) * cairo_image_surface_get_stride (png)))[(int) (cross.x * 3)];
  g_assert_cmpuint ((pixel >> 8) & 0xff, <, 0x60);

  g_assert_true (_myo_window_export_map (window, svg_path, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &data, NULL, NULL));
  g_assert_nonnull (strstr (data, "<svg"));

  /* During a routine for the second candidate, the handout is for it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine-for", "(su)",
                                             myo_match_get_candidate (window->match, 1)->trp->id,
                                             myo_match_get_candidate (window->match, 1)->side));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->panel_stack), ==, "routine");
  g_assert_true (myo_routine_has_trigger_point (myo_routine_panel_get_routine (window->routine_panel),
                                                myo_match_get_candidate (window->match, 1)->trp,
                                                myo_match_get_candidate (window->match, 1)->side));
  g_assert_true (_myo_window_export_pdf (window, MYO_EXPORT_HANDOUT, pdf, &error));
  g_assert_no_error (error);
  {
    g_autofree char *quoted = g_shell_quote (pdf);
    g_autofree char *command = g_strdup_printf ("pdftotext %s -", quoted);
    g_autofree char *text = NULL;
    g_autofree char *first = myo_candidate_dup_title (myo_match_get_candidate (window->match, 0));
    g_autofree char *second = myo_candidate_dup_title (myo_match_get_candidate (window->match, 1));

    g_assert_true (g_spawn_command_line_sync (command, &text, NULL, NULL, &error));
    g_assert_nonnull (strstr (text, second));
    g_assert_null (strstr (text, first));
  }

  g_unlink (pdf);
  g_unlink (png_path);
  g_unlink (svg_path);
  g_rmdir (dir);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = test_app_new (&argc, &argv);

  g_test_add_func ("/myo/window/build", test_build);
  g_test_add_func ("/myo/window/points-update-candidates", test_points_update_candidates);
  g_test_add_func ("/myo/window/views", test_views);
  g_test_add_func ("/myo/window/autosave-restore", test_autosave_restore);
  g_test_add_func ("/myo/window/open-file", test_open_file);
  g_test_add_func ("/myo/window/is-this-my-pain", test_is_this_my_pain);
  g_test_add_func ("/myo/window/journal", test_journal);
  g_test_add_func ("/myo/window/atlas-and-presentation", test_atlas_and_presentation);
  g_test_add_func ("/myo/window/page-action", test_page_action);
  g_test_add_func ("/myo/window/lazy-pages", test_lazy_pages);
  g_test_add_func ("/myo/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/myo/window/follows-session", test_follows_session);
  g_test_add_func ("/myo/window/lazy-routine-panel", test_lazy_routine_panel);
  g_test_add_func ("/myo/window/brush-scale", test_brush_scale);
  g_test_add_func ("/myo/window/atlas-focus", test_atlas_focus);
  g_test_add_func ("/myo/window/export", test_export);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
