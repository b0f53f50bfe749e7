/* test-routine-hero.c: the routine as a person away from the keyboard sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-body-map-private.h"
#include "myo-routine-panel-private.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"
#include "myo-window-private.h"

#define WIDTH  1100
#define HEIGHT 800

static MyoApplication *app;
static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static MyoWindow *
create_window (void)
{
  MyoWindow *window = myo_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_autoptr(MyoSession) session = myo_session_new (myo_application_get_kb (app));

  /* Not the session an earlier test left in the autosave (and no toast
   * over the screenshots) */
  _myo_window_set_session (window, session, NULL);

  return window;
}

/* Lays the window out at its size: a few frames */
static void
settle (MyoWindow *window)
{
  for (guint i = 0; i < 20; i++)
    {
      iterate ();
      g_usleep (5000);
    }
  iterate ();
}

/* With MYOMAP_SCREENSHOT_DIR set, the window as drawn goes to NAME.png */
static void
screenshot (MyoWindow  *window,
            const char *name)
{
  const char *dir = g_getenv ("MYOMAP_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  if (dir == NULL)
    return;

  settle (window);
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* A pain point behind the left knee, the gate passed: the first step of
 * the routine (finding the point) is on screen */
static MyoRoutine *
start_routine (MyoWindow *window)
{
  MyoRoutine *routine;

  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  _myo_routine_panel_continue (window->routine_panel);
  g_assert_cmpstr (_myo_routine_panel_get_page (window->routine_panel), ==, "step");

  routine = myo_routine_panel_get_routine (window->routine_panel);
  fake_now = 1000 * G_USEC_PER_SEC;
  myo_routine_set_clock (routine, fake_clock, NULL);
  g_assert_cmpint (myo_routine_get_current_step (routine)->step->kind, ==, MYO_STEP_LOCATE);

  return routine;
}

static void
advance (MyoWindow *window,
         double     seconds)
{
  fake_now += (gint64) (seconds * G_USEC_PER_SEC);
  _myo_routine_panel_tick (window->routine_panel);
}

static int
digits_height (MyoWindow *window)
{
  return myo_countdown_get_digits_height (myo_routine_hero_get_countdown (window->routine_hero));
}

/* A hold, read from across the room: the countdown fills the main area,
 * its digits at least a fifth of the window's height, also presenting */
static void
test_hold (void)
{
  MyoWindow *window = create_window ();
  MyoRoutine *routine = start_routine (window);
  int height;

  /* Finding the point is done on the map: no hero yet */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->routine_hero)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.answer", "s", "yes"));
  g_assert_cmpint (myo_routine_get_current_step (routine)->step->kind, ==, MYO_STEP_RELEASE);

  /* The step's picture, and the stronger way's: kneeling on the calf */
  {
    g_auto(GStrv) pictures = _myo_routine_panel_dup_pictures (window->routine_panel);

    g_assert_cmpstr (pictures[0], ==, myo_routine_get_current_step (routine)->step->illustration);
    g_assert_true (g_strv_contains ((const char * const *) pictures, "kneel-on-calf"));
  }

  /* A timed step: the hero covers the map, the side panel steps aside */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->routine_hero)));
  g_assert_false (adw_flap_get_reveal_flap (window->flap));
  /* The keyboard focus (and what a screen reader hears) moves with it */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == myo_routine_hero_get_primary (window->routine_hero));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.toggle", NULL));
  advance (window, MYO_ROUTINE_DEFAULT_LEAD_IN + 3);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
  settle (window);

  height = gtk_widget_get_height (GTK_WIDGET (window));
  /* The window as laid out (without a window manager, less its CSD margins) */
  g_assert_cmpint (ABS (height - HEIGHT), <=, 20);
  g_test_message ("digits %d px in a window %d px tall", digits_height (window), height);
  g_assert_cmpint (digits_height (window) * 5, >=, height);
  screenshot (window, "hold");

  /* A narrow window (a phone-sized one) still fits it */
  if (g_getenv ("MYOMAP_SCREENSHOT_DIR") != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 480, HEIGHT);
      settle (window);
      screenshot (window, "hold-narrow");
      gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
      settle (window);
    }

  /* Presenting: larger still, never smaller */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  settle (window);
  height = gtk_widget_get_height (GTK_WIDGET (window));
  g_test_message ("presenting: digits %d px in a window %d px tall", digits_height (window), height);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->routine_hero)));
  g_assert_cmpint (digits_height (window) * 5, >=, height);
  screenshot (window, "hold-presentation");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));

  /* Stopping the routine gives the map and the side panel back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.close", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->routine_hero)));
  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  g_assert_false (myo_body_map_get_read_only (window->map));

  destroy_window (window);
}

/* During a routine the map only shows: a click adds nothing */
static void
test_map_read_only (void)
{
  MyoWindow *window = create_window ();
  MyoSession *session = myo_window_get_session (window);
  MyoPoint calf = region_point (myo_application_get_kb (app), "back-calf-outer", MYO_SIDE_RIGHT);
  double wx, wy;

  start_routine (window);
  settle (window);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 1);
  g_assert_true (myo_body_map_get_read_only (window->map));

  myo_body_map_set_view_id (window->map, "back");
  myo_body_map_diagram_to_widget (window->map, calf.x, calf.y, &wx, &wy);
  _myo_body_map_click (window->map, wx, wy);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 1);

  /* Enter or Space on the map add nothing either */
  gtk_widget_activate_action (GTK_WIDGET (window->map), "map.add-at-cursor", NULL);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 1);

  /* Out of the routine, a click marks pain again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.close", NULL));
  _myo_body_map_click (window->map, wx, wy);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 2);

  destroy_window (window);
}

/* The window's own shortcut for @keyval, the one that handles a key the
 * focused widget left alone */
static GtkShortcut *
find_window_shortcut (MyoWindow *window,
                      guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0 &&
              GTK_IS_CALLBACK_ACTION (gtk_shortcut_get_action (shortcut)))
            return shortcut;
        }
    }

  return NULL;
}

/* Space on the focused map starts the countdown: the map leaves the key
 * alone (its own Space binding is off) and the window hands it to the
 * routine */
static void
test_space_on_map (void)
{
  MyoWindow *window = create_window ();
  MyoRoutine *routine = start_routine (window);
  GtkShortcut *space;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.answer", "s", "yes"));
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);

  gtk_widget_grab_focus (GTK_WIDGET (window->map));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (window->map)));
  gtk_widget_activate_action (GTK_WIDGET (window->map), "map.add-at-cursor", NULL);
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 1);

  space = find_window_shortcut (window, GDK_KEY_space);
  g_assert_nonnull (space);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (space), 0,
                                               GTK_WIDGET (window), NULL));
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_LEAD_IN);
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 1);

  /* Enter pauses, the same way */
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (find_window_shortcut (window, GDK_KEY_Return)),
                                               0, GTK_WIDGET (window), NULL));
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_PAUSED);

  /* Without a routine the keys are the map's again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.close", NULL));
  g_assert_false (gtk_shortcut_action_activate (gtk_shortcut_get_action (space), 0,
                                                GTK_WIDGET (window), NULL));

  destroy_window (window);
}

/* A change of position waits for the person, with the new picture; "Next"
 * shows in the last seconds of the hold before, "Done" stays 2 s */
static void
test_position_change (void)
{
  MyoWindow *window = create_window ();
  MyoRoutine *routine = start_routine (window);
  const MyoRoutineStep *release;
  g_autofree char *next_title = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.answer", "s", "yes"));
  release = myo_routine_get_current_step (routine);
  next_title = myo_routine_step_dup_title (myo_routine_get_next_step (routine));
  g_assert_true (myo_routine_get_next_waits (routine));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.toggle", NULL));
  advance (window, MYO_ROUTINE_DEFAULT_LEAD_IN);
  advance (window, myo_routine_get_step_hold (routine, release) - 6);
  g_assert_null (myo_routine_hero_get_next (window->routine_hero));
  advance (window, 2);
  g_assert_nonnull (myo_routine_hero_get_next (window->routine_hero));
  g_assert_nonnull (strstr (myo_routine_hero_get_next (window->routine_hero), next_title));
  g_assert_nonnull (strstr (_myo_routine_panel_get_next (window->routine_panel), next_title));

  advance (window, 4);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_STEP_DONE);
  advance (window, 1.9);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_STEP_DONE);
  advance (window, 0.2);

  /* The next step is on screen, waiting */
  g_assert_true (myo_routine_get_current_step (routine) != release);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
  advance (window, 30);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->routine_hero)));
  g_assert_cmpstr (myo_countdown_get_caption (myo_routine_hero_get_countdown (window->routine_hero)),
                   ==, "Ready when you are");
  screenshot (window, "position-change");

  destroy_window (window);
}

/* The seek-care page is headed by the most urgent "yes" */
static void
check_urgency (const char * const *flag_ids,
               MyoUrgency          expected,
               const char         *title,
               const char         *shot)
{
  MyoWindow *window = create_window ();
  GPtrArray *flags = myo_kb_get_red_flags (myo_application_get_kb (app));

  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  for (guint i = 0; i < flags->len; i++)
    if (g_strv_contains (flag_ids, ((MyoRedFlag *) g_ptr_array_index (flags, i))->id))
      _myo_routine_panel_set_flag (window->routine_panel, i, TRUE);
  _myo_routine_panel_continue (window->routine_panel);

  g_assert_cmpstr (_myo_routine_panel_get_page (window->routine_panel), ==, "seek-care");
  g_assert_cmpint (_myo_routine_panel_get_urgency (window->routine_panel), ==, expected);
  g_assert_cmpstr (_myo_routine_panel_get_urgency_title (window->routine_panel), ==, title);
  g_assert_cmpuint (_myo_routine_panel_get_n_reasons (window->routine_panel), ==, g_strv_length ((char **) flag_ids));
  /* Nothing runs, and nothing says it was stopped */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->routine_hero)));
  screenshot (window, shot);

  destroy_window (window);
}

static void
test_red_flags (void)
{
  const char * const emergency[] = { "fever", "dvt", NULL };
  const char * const today[] = { "fever", "injury", NULL };
  const char * const ask[] = { "claudication", NULL };

  check_urgency (emergency, MYO_URGENCY_EMERGENCY, "Call emergency services now", "red-flags-emergency");
  check_urgency (today, MYO_URGENCY_TODAY, "See a clinician today", "red-flags-today");
  check_urgency (ask, MYO_URGENCY_ASK_BEFORE_PRESSING, "Ask a clinician before pressing", "red-flags-ask");
}

/* The end: pain afterwards must be chosen; the summary says what was done */
static void
test_ending (void)
{
  MyoWindow *window = create_window ();
  MyoRoutine *routine = start_routine (window);
  g_autofree char *note = NULL;

  /* Finding the point: the map, and the question always in view */
  screenshot (window, "locate");

  /* "No" changes the plan, and says so */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->routine_panel), "routine.answer", "s", "no"));
  g_assert_nonnull (_myo_routine_panel_get_last_note (window->routine_panel));
  g_assert_nonnull (strstr (_myo_routine_panel_get_last_note (window->routine_panel), "left out"));

  while (myo_routine_get_state (routine) != MYO_ROUTINE_FINISHED)
    myo_routine_skip (routine);
  g_assert_cmpstr (_myo_routine_panel_get_page (window->routine_panel), ==, "finished");
  g_assert_false (_myo_routine_panel_get_can_save (window->routine_panel));
  g_assert_nonnull (strstr (_myo_routine_panel_get_summary (window->routine_panel), "Skipped"));
  g_assert_nonnull (strstr (_myo_routine_panel_get_summary (window->routine_panel), "Left out"));
  screenshot (window, "finished");

  _myo_routine_panel_set_pain_after (window->routine_panel, 3);
  g_assert_true (_myo_routine_panel_get_can_save (window->routine_panel));
  _myo_routine_panel_save (window->routine_panel);
  g_assert_false (_myo_routine_panel_get_can_save (window->routine_panel));
  g_assert_cmpint (myo_session_get_pain_after (myo_window_get_session (window)), ==, 3);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = test_app_new (&argc, &argv);

  g_test_add_func ("/myo/routine-hero/hold", test_hold);
  g_test_add_func ("/myo/routine-hero/map-read-only", test_map_read_only);
  g_test_add_func ("/myo/routine-hero/space-on-map", test_space_on_map);
  g_test_add_func ("/myo/routine-hero/position-change", test_position_change);
  g_test_add_func ("/myo/routine-hero/red-flags", test_red_flags);
  g_test_add_func ("/myo/routine-hero/ending", test_ending);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
