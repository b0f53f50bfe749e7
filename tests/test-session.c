/* test-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <sys/stat.h>

#include "myo-session.h"
#include "myo-test-utils.h"

static void
test_add_remove_undo (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  guint a, b;

  g_assert_false (myo_session_get_can_undo (session));
  a = add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  b = add_in_region (session, "back-knee", MYO_SIDE_RIGHT, 3);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 2);
  g_assert_cmpint (myo_session_lookup_point (session, a)->side, ==, MYO_SIDE_LEFT);
  g_assert_cmpint (myo_session_lookup_point (session, b)->side, ==, MYO_SIDE_RIGHT);

  g_assert_true (myo_session_set_intensity (session, a, 8));
  g_assert_cmpint (myo_session_lookup_point (session, a)->intensity, ==, 8);
  g_assert_true (myo_session_set_quality (session, a, MYO_QUALITY_BURNING));
  g_assert_true (myo_session_remove_point (session, b));
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 1);

  g_assert_true (myo_session_undo (session));
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 2);
  g_assert_true (myo_session_undo (session));
  g_assert_cmpint (myo_session_lookup_point (session, a)->quality, ==, MYO_QUALITY_ACHING);
  g_assert_true (myo_session_undo (session));
  g_assert_cmpint (myo_session_lookup_point (session, a)->intensity, ==, 6);
  g_assert_true (myo_session_get_can_redo (session));
  g_assert_true (myo_session_redo (session));
  g_assert_cmpint (myo_session_lookup_point (session, a)->intensity, ==, 8);

  /* A new change drops the redo history */
  myo_session_clear (session);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 0);
  g_assert_false (myo_session_get_can_redo (session));
  g_assert_true (myo_session_undo (session));
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 2);
}

static void
test_move (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(GError) error = NULL;
  MyoPoint calf = region_point (kb, "back-calf-outer", MYO_SIDE_LEFT);
  guint a = add_in_region (session, "back-knee", MYO_SIDE_LEFT, 5);

  g_assert_true (myo_session_move_point (session, a, calf.x, calf.y, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (myo_session_lookup_point (session, a)->region->id, ==, "back-calf-outer");

  /* Dragging off the leg is refused and the point stays */
  g_assert_false (myo_session_move_point (session, a, 200, 2, &error));
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE);
  g_assert_cmpfloat (myo_session_lookup_point (session, a)->x, ==, calf.x);

  g_assert_true (myo_session_undo (session));
  g_assert_cmpstr (myo_session_lookup_point (session, a)->region->id, ==, "back-knee");
}

static void
test_outside_refused (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(GError) error = NULL;
  const MyoView *back = myo_kb_lookup_view (kb, "back");

  /* Between the legs */
  g_assert_cmpuint (myo_session_add_point (session, "back", back->width / 2, back->height / 2, 5,
                                           MYO_QUALITY_NONE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE);
  g_assert_nonnull (strstr (error->message, "outside the legs"));
  g_clear_error (&error);

  /* Off the diagram, and nonsense */
  g_assert_cmpuint (myo_session_add_point (session, "back", -5, 10, 5, MYO_QUALITY_NONE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_point (session, "back", NAN, 10, 5, MYO_QUALITY_NONE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_point (session, "nowhere", 10, 10, 5, MYO_QUALITY_NONE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_point (session, "back", 100, 400, 11, MYO_QUALITY_NONE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);

  g_assert_cmpuint (myo_session_get_n_points (session), ==, 0);
  g_assert_false (myo_session_get_can_undo (session));
}

static void
test_label (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  guint a = add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  g_autofree char *label = myo_pain_point_dup_label (myo_session_lookup_point (session, a));

  g_assert_cmpstr (label, ==, "Left leg · back of knee, intensity 6");
}

static void
test_round_trip (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoSession) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TmpFile) tmp = tmp_file_new ("patient.myomap");
  GStatBuf st;

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 7);
  add_in_region (session, "back-calf-outer", MYO_SIDE_RIGHT, 2);
  myo_session_set_pain_after (session, 3);
  myo_session_set_answer (session, myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4"),
                          MYO_SIDE_LEFT, MYO_ANSWER_NO);
  myo_session_set_answer (session, myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-3"),
                          MYO_SIDE_LEFT, MYO_ANSWER_YES);

  g_assert_true (myo_session_save_to_file (session, tmp->path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (tmp->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  loaded = myo_session_new_from_file (kb, tmp->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (loaded), ==, 2);
  g_assert_false (myo_session_get_can_undo (loaded));
  g_assert_cmpint (myo_session_get_pain_after (loaded), ==, 3);
  g_assert_cmpint (myo_session_get_answer (loaded, myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4"),
                                           MYO_SIDE_LEFT), ==, MYO_ANSWER_NO);
  g_assert_cmpint (myo_session_get_answer (loaded, myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-3"),
                                           MYO_SIDE_LEFT), ==, MYO_ANSWER_YES);
  g_assert_cmpint (myo_session_get_answer (loaded, myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-3"),
                                           MYO_SIDE_RIGHT), ==, MYO_ANSWER_NONE);

  for (guint i = 0; i < 2; i++)
    {
      const MyoPainPoint *a = myo_session_get_point (session, i);
      const MyoPainPoint *b = myo_session_get_point (loaded, i);

      g_assert_true (a->view == b->view);
      g_assert_cmpfloat (a->x, ==, b->x);
      g_assert_cmpfloat (a->y, ==, b->y);
      g_assert_cmpint (a->intensity, ==, b->intensity);
      g_assert_cmpint (a->quality, ==, b->quality);
      g_assert_cmpint (a->side, ==, b->side);
      g_assert_true (a->region == b->region);
    }
}

static void
test_failed_save_keeps_file (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(GError) error = NULL;
  g_autoptr(TmpFile) tmp = tmp_file_new ("patient.myomap");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 7);
  g_assert_true (myo_session_save_to_file (session, tmp->path, &error));
  g_assert_true (g_file_get_contents (tmp->path, &before, NULL, NULL));

  add_in_region (session, "back-knee", MYO_SIDE_RIGHT, 4);
  g_assert_cmpint (g_chmod (tmp->dir, 0500), ==, 0);

  if (access (tmp->dir, W_OK) == 0)
    {
      /* root ignores directory permissions; a path under a file fails for everyone */
      g_autofree char *bad = g_build_filename (tmp->path, "nested.myomap", NULL);

      g_assert_false (myo_session_save_to_file (session, bad, &error));
    }
  else
    g_assert_false (myo_session_save_to_file (session, tmp->path, &error));

  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (tmp->path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  g_chmod (tmp->dir, 0700);
}

static void
test_corrupt_file_untouched (void)
{
  static const char *bad[] = {
    "",
    "{\"schema\": 1, \"points\": [",
    "{\"schema\": 1, \"points\": [{\"view\": \"back\", \"x\": \"ten\", \"y\": 3, \"intensity\": 5}]}",
    "{\"schema\": 1, \"points\": [{\"view\": \"back\", \"x\": 100, \"y\": 400, \"intensity\": 50}]}",
    "{\"schema\": 99, \"points\": []}",
    "[1, 2, 3]",
    "{\"schema\": 1, \"points\": []} trailing",
    "{\"schema\": 1, \"points\": [], \"note\": \"\xff\xfe\"}",
    "{\"schema\": 1, \"points\": [], \"answers\": [{\"trigger_point\": \"x\", \"side\": \"up\", \"answer\": \"yes\"}]}",
    "{\"schema\": 1, \"points\": [], \"answers\": {}}",
  };
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(TmpFile) tmp = tmp_file_new ("broken.myomap");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MyoSession) session = NULL;
      g_autofree char *after = NULL;

      g_assert_true (g_file_set_contents (tmp->path, bad[i], -1, NULL));
      session = myo_session_new_from_file (kb, tmp->path, &error);
      g_assert_null (session);
      g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, tmp->path));
      g_assert_true (g_file_get_contents (tmp->path, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, bad[i]);
    }
}

/* A point that is not on a leg costs that point, not the session: the
 * rest opens, and a warning names the point by its JSON path */
static void
test_point_off_the_legs (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  g_autoptr(TmpFile) tmp = tmp_file_new ("moved.myomap");
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoSession) session = NULL;
  g_autofree char *text = NULL;
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  GPtrArray *warnings;

  text = g_strdup_printf ("{\"schema\": 1, \"points\": ["
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": %.1f, \"intensity\": 5},"
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": 2, \"intensity\": 7},"
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": %.1f, \"intensity\": 6}]}",
                          knee.x, knee.y, back->width / 2, knee.x + 4, knee.y + 4);
  g_assert_true (g_file_set_contents (tmp->path, text, -1, NULL));

  session = myo_session_new_from_file (kb, tmp->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 2);
  g_assert_cmpint (myo_session_get_point (session, 1)->intensity, ==, 6);
  warnings = myo_session_get_load_warnings (session);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0), "$.points[1]: skipped"));

  /* A session made here has nothing to warn about */
  {
    g_autoptr(MyoSession) fresh = myo_session_new (kb);

    g_assert_cmpuint (myo_session_get_load_warnings (fresh)->len, ==, 0);
  }
}

/* Sessions (named ones and the autosave) are written after every change:
 * killed in the middle of any write, the file is the previous session or
 * the new one, whole. Session i has 1 + i % 4 points and reports a pain of
 * its number of points + 2 afterwards, so a mix of two is caught. */
static const char *crash_regions[] = { "back-knee", "soles-arch", "back-calf-outer", "back-achilles" };

static void
write_sessions_loop (const char *path,
                     gpointer    user_data)
{
  MyoKb *kb = user_data;

  for (guint i = 0; ; i++)
    {
      g_autoptr(MyoSession) session = myo_session_new (kb);

      for (guint p = 0; p <= i % 4; p++)
        add_in_region (session, crash_regions[p], p % 2 == 0 ? MYO_SIDE_LEFT : MYO_SIDE_RIGHT, 1 + p);
      myo_session_set_pain_after (session, 3 + i % 4);
      if (!myo_session_save_to_file (session, path, NULL))
        _exit (4);
    }
}

static void
check_session_whole (const char *path,
                     gpointer    user_data)
{
  MyoKb *kb = user_data;
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(GError) error = NULL;
  guint n;
  GStatBuf st;

  /* Killed before its first write was done: no file yet */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  session = myo_session_new_from_file (kb, path, &error);
  g_assert_no_error (error);
  n = myo_session_get_n_points (session);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <=, 4);
  g_assert_cmpint (myo_session_get_pain_after (session), ==, n + 2);
  for (guint p = 0; p < n; p++)
    g_assert_cmpstr (myo_session_get_point (session, p)->region->id, ==, crash_regions[p]);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_crash_safety (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "autosave.myomap", NULL);
  guint kills;

  kills = kill_during_writes (path, 60, write_sessions_loop, check_session_whole, kb);
  g_test_message ("%u kills survived", kills);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_locale_numbers (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoSession) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TmpFile) tmp = tmp_file_new ("de.myomap");
  g_autofree char *contents = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  double x = knee.x + 0.25, y = knee.y + 0.5;

  /* The set-up script generates this locale; without it the test proves nothing */
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  formatted = g_strdup_printf ("%.1f", 0.5);
  g_assert_cmpstr (formatted, ==, "0,5");

  g_assert_cmpuint (myo_session_add_point (session, "back", x, y, 5, MYO_QUALITY_NONE, &error), !=, 0);
  g_assert_true (myo_session_save_to_file (session, tmp->path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (tmp->path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, ",25"));

  loaded = myo_session_new_from_file (kb, tmp->path, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (myo_session_get_point (loaded, 0)->x, ==, x);
  g_assert_cmpfloat (myo_session_get_point (loaded, 0)->y, ==, y);

  setlocale (LC_ALL, old_locale);
}

/* A damaged session is refused, and the message names the JSON path of
 * every problem, not just the first */
static void
test_problem_paths (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoSession) session = NULL;
  g_autofree char *text = NULL;

  text = g_strdup_printf ("{\"schema\": 2, \"points\": ["
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": %.1f, \"intensity\": 5},"
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": %.1f, \"intensity\": 5, \"quality\": \"dull\"},"
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": %.1f, \"intensity\": \"high\"}],"
                          " \"answers\": [{\"trigger_point\": \"soleus-1\", \"side\": \"up\", \"answer\": \"yes\"}],"
                          " \"areas\": [{\"view\": \"back\", \"radius\": 10, \"intensity\": 4, \"path\": [1, \"2\"]}]}",
                          knee.x, knee.y, knee.x, knee.y, knee.x, knee.y);
  session = myo_session_new_from_data (kb, text, strlen (text), "damaged.myomap", &error);
  g_assert_null (session);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Could not read the session “damaged.myomap”:\n"));
  g_assert_nonnull (strstr (error->message, "$.points[2].intensity: expected a number, found a string"));
  g_assert_nonnull (strstr (error->message, "$.points[1].quality: “dull” is not allowed here; use one of: "
                                            "aching, burning, sharp, tingling, cramping, numb"));
  g_assert_nonnull (strstr (error->message, "$.answers[0].side: “up” is not allowed here; use one of: left, right"));
  g_assert_nonnull (strstr (error->message, "$.areas[0].path[1]: expected a number, found a string"));
  g_assert_null (strstr (error->message, "$.points[0]"));

  /* The same point, whole, opens */
  g_clear_pointer (&text, g_free);
  g_clear_error (&error);
  text = g_strdup_printf ("{\"schema\": 1, \"points\": [{\"view\": \"back\", \"x\": %.1f, \"y\": %.1f, "
                          "\"intensity\": 5, \"quality\": \"aching\"}]}", knee.x, knee.y);
  session = myo_session_new_from_data (kb, text, strlen (text), "whole.myomap", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 1);
  g_assert_cmpint (myo_session_get_point (session, 0)->quality, ==, MYO_QUALITY_ACHING);
}

/* Myomap 0.2.0 wrote schema 1 on a back view that ended at the waist;
 * the view now reaches the lower back and everything on it is 160 units
 * lower. A point kept then is still where it was marked. */
static void
test_older_diagram (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "session-0.2.myomap", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoSession) session = myo_session_new_from_file (kb, path, &error);
  g_autofree char *saved = NULL;
  g_autoptr(MyoSession) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 2);
  g_assert_cmpstr (myo_session_get_point (session, 0)->region->id, ==, "back-knee");
  g_assert_cmpstr (myo_session_get_point (session, 1)->region->id, ==, "back-calf-outer");
  g_assert_cmpfloat_with_epsilon (myo_session_get_point (session, 0)->y, 478.0 + 160, 1e-9);

  /* Saved again in the current schema, it stays there */
  saved = myo_session_to_data (session);
  again = myo_session_new_from_data (kb, saved, strlen (saved), "again", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (myo_session_get_point (again, 0)->region->id, ==, "back-knee");
  g_assert_cmpfloat_with_epsilon (myo_session_get_point (again, 0)->y, 478.0 + 160, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/session/add-remove-undo", test_add_remove_undo);
  g_test_add_func ("/myo/session/move", test_move);
  g_test_add_func ("/myo/session/outside-refused", test_outside_refused);
  g_test_add_func ("/myo/session/label", test_label);
  g_test_add_func ("/myo/session/file/round-trip", test_round_trip);
  g_test_add_func ("/myo/session/file/failed-save-keeps-file", test_failed_save_keeps_file);
  g_test_add_func ("/myo/session/file/corrupt-untouched", test_corrupt_file_untouched);
  g_test_add_func ("/myo/session/file/point-off-the-legs", test_point_off_the_legs);
  g_test_add_func ("/myo/session/file/problem-paths", test_problem_paths);
  g_test_add_func ("/myo/session/file/locale-numbers", test_locale_numbers);
  g_test_add_func ("/myo/session/file/crash-safety", test_crash_safety);
  g_test_add_func ("/myo/session/file/older-diagram", test_older_diagram);

  return g_test_run ();
}
