/* test-e2e.c: the real binary under X, clicked with xdotool
 *
 * The test starts myomap with a private HOME, finds its window, clicks the
 * back of the left knee (the essential referral zone of gastrocnemius
 * trigger point 4) at the screen point computed from the window geometry and
 * the map's own diagram-to-window transform, then checks the autosaved
 * session through `myomap --report --json` and the screen pixel under the
 * click.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include "myo-json.h"
#include "myo-test-utils.h"

typedef struct
{
  char  *home;
  GPid   pid;
  char **envp;
} App;

static char *
run_capture (const char * const *argv,
             char              **envp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

static json_object *
wait_for_json (const char *path,
               const char *key)
{
  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(json_object) root = myo_json_parse_file (path, NULL);
      json_object *value;

      if (root != NULL && json_object_object_get_ex (root, key, &value) &&
          (!json_object_is_type (value, json_type_array) || json_object_array_length (value) > 0))
        return g_steal_pointer (&root);

      g_usleep (50 * 1000);
    }

  g_error ("%s never held “%s”", path, key);
}

/* A failed assertion must not leave the app running (and the test hanging) */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* @wrapper: (nullable): a command to run Myomap under, such as strace */
static void
app_start_wrapped (App                *app,
                   const char * const *wrapper)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  char **envp = g_get_environ ();

  app->home = tmp_dir ();
  data = g_build_filename (app->home, "data", NULL);
  envp = g_environ_setenv (envp, "HOME", app->home, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", app->home, TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", app->home, TRUE);
  envp = g_environ_setenv (envp, "GDK_BACKEND", "x11", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  envp = g_environ_unsetenv (envp, "G_DEBUG");
  app->envp = envp;

  {
    g_autofree char *geometry = g_build_filename (app->home, "geometry.json", NULL);

    app->envp = g_environ_setenv (app->envp, "MYOMAP_DEBUG_GEOMETRY", geometry, TRUE);
  }

  g_assert_nonnull (g_environ_getenv (app->envp, "DISPLAY"));
  g_assert_cmpstr (g_environ_getenv (app->envp, "DISPLAY"), !=, "");
  if (wrapper != NULL)
    g_strv_builder_addv (builder, (const char **) wrapper);
  g_strv_builder_add (builder, g_getenv ("MYOMAP_BINARY"));
  argv = g_strv_builder_end (builder);
  g_spawn_async (NULL, argv, app->envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH,
                 die_with_parent, NULL, &app->pid, &error);
  g_assert_no_error (error);
}

static void
app_start (App *app)
{
  app_start_wrapped (app, NULL);
}

static void
app_stop (App *app)
{
  kill (app->pid, SIGTERM);
  waitpid (app->pid, NULL, 0);
  g_spawn_close_pid (app->pid);
  g_strfreev (app->envp);
  g_free (app->home);
}

static double
get_double (json_object *object,
            const char  *key)
{
  json_object *value;

  g_assert_true (json_object_object_get_ex (object, key, &value));
  return json_object_get_double (value);
}

static const char *
get_string (json_object *object,
            const char  *key)
{
  json_object *value;

  g_assert_true (json_object_object_get_ex (object, key, &value));
  return json_object_get_string (value);
}

static void
test_click_back_of_knee (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const MyoTriggerPoint *trp4 = myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4");
  const MyoShape *zone = g_ptr_array_index (trp4->essential, 0);
  MyoPoint target = myo_polygon_centroid (zone->polygon);
  g_autoptr(json_object) geometry = NULL;
  g_autoptr(json_object) session = NULL;
  g_autoptr(json_object) report = NULL;
  g_autofree char *geometry_path = NULL;
  g_autofree char *autosave = NULL;
  g_autofree char *window_id = NULL;
  g_autofree char *shape = NULL;
  g_autofree char *pixels = NULL;
  guint n_orange = 0;
  g_autofree char *report_text = NULL;
  g_autofree char *sx = NULL, *sy = NULL, *crop = NULL;
  g_auto(GStrv) lines = NULL;
  json_object *candidates, *points, *first;
  double win_x = 0, win_y = 0, x, y;
  int width, height;
  App app = { 0 };

  g_assert_cmpstr (zone->view->id, ==, "back");
  g_assert_true (myo_polygon_contains (zone->polygon, target.x, target.y));

  app_start (&app);
  geometry_path = g_build_filename (app.home, "geometry.json", NULL);
  g_clear_pointer (&geometry, json_object_put);
  geometry = wait_for_json (geometry_path, "scale");
  g_assert_cmpstr (get_string (geometry, "view"), ==, "back");

  {
    const char *search[] = { "xdotool", "search", "--sync", "--onlyvisible", "--pid", NULL, NULL };
    g_autofree char *pid = g_strdup_printf ("%d", app.pid);

    search[5] = pid;
    window_id = g_strstrip (run_capture (search, app.envp));
    /* One id per line; the toplevel is the last one */
    lines = g_strsplit (window_id, "\n", -1);
  }

  {
    const char *query[] = { "xdotool", "getwindowgeometry", "--shell", lines[g_strv_length (lines) - 1], NULL };
    g_auto(GStrv) fields = NULL;

    shape = run_capture (query, app.envp);
    fields = g_strsplit (shape, "\n", -1);
    for (guint i = 0; fields[i] != NULL; i++)
      {
        if (g_str_has_prefix (fields[i], "X="))
          win_x = g_ascii_strtod (fields[i] + 2, NULL);
        else if (g_str_has_prefix (fields[i], "Y="))
          win_y = g_ascii_strtod (fields[i] + 2, NULL);
      }
  }

  /* A size that fits any test screen, with the results panel beside the map */
  {
    const char *display[] = { "xdotool", "getdisplaygeometry", NULL };
    g_autofree char *size = run_capture (display, app.envp);
    g_autofree char *width_text = NULL;
    g_autofree char *height_text = NULL;
    int screen_w = 0, screen_h = 0;

    g_assert_cmpint (sscanf (size, "%d %d", &screen_w, &screen_h), ==, 2);
    width = MIN (1000, screen_w);
    height = MIN (720, screen_h);
    width_text = g_strdup_printf ("%d", width);
    height_text = g_strdup_printf ("%d", height);
    {
      const char *resize[] = { "xdotool", "windowsize", "--sync", lines[g_strv_length (lines) - 1],
                               width_text, height_text, NULL };

      g_free (run_capture (resize, app.envp));
    }
  }

  /* Wait until the app has taken the new size, then for the layout to
   * settle: the file is rewritten whenever the transform changes */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      g_clear_pointer (&geometry, json_object_put);
      geometry = wait_for_json (geometry_path, "scale");
      if ((int) get_double (geometry, "surface_width") != width ||
          (int) get_double (geometry, "surface_height") != height)
        {
          g_usleep (100 * 1000);
          continue;
        }

      g_file_get_contents (geometry_path, &before, NULL, NULL);
      g_usleep (500 * 1000);
      g_file_get_contents (geometry_path, &after, NULL, NULL);
      if (g_strcmp0 (before, after) == 0)
        break;
    }
  g_clear_pointer (&geometry, json_object_put);
  geometry = wait_for_json (geometry_path, "scale");
  g_assert_cmpint ((int) get_double (geometry, "surface_width"), ==, width);
  g_assert_cmpint ((int) get_double (geometry, "surface_height"), ==, height);

  /* Diagram → window (the map's transform) → screen */
  x = win_x + get_double (geometry, "x0") + target.x * get_double (geometry, "scale");
  y = win_y + get_double (geometry, "y0") + target.y * get_double (geometry, "scale");
  sx = g_strdup_printf ("%d", (int) x);
  sy = g_strdup_printf ("%d", (int) y);
  g_test_message ("diagram (%.1f, %.1f) → screen (%s, %s); window at (%.0f, %.0f)",
                  target.x, target.y, sx, sy, win_x, win_y);

  {
    const char *click[] = { "xdotool", "mousemove", "--sync", sx, sy, "click", "1", NULL };

    g_free (run_capture (click, app.envp));
  }

  /* The point is autosaved */
  autosave = g_build_filename (app.home, "data", APP_ID, "autosave.myomap", NULL);
  session = wait_for_json (autosave, "points");
  points = json_object_array_get_idx (json_object_object_get (session, "points"), 0);
  g_assert_cmpstr (get_string (points, "region"), ==, "back-knee");
  g_assert_cmpstr (get_string (points, "side"), ==, "left");

  /* … and the report ranks gastrocnemius trigger points first */
  {
    const char *argv[] = { g_getenv ("MYOMAP_BINARY"), "--report", autosave, "--json", NULL };

    report_text = run_capture (argv, app.envp);
  }
  report = myo_json_parse (report_text, strlen (report_text), NULL);
  g_assert_nonnull (report);
  candidates = json_object_object_get (report, "candidates");
  g_assert_cmpuint (json_object_array_length (candidates), >=, 2);
  for (guint i = 0; i < 2; i++)
    {
      first = json_object_array_get_idx (candidates, i);
      g_assert_cmpstr (get_string (first, "muscle"), ==, "gastrocnemius");
      g_assert_cmpstr (get_string (first, "side"), ==, "left");
    }

  /* The screen shows a pain point, in the colour for the default intensity
   * (5: orange), under the click. The dot carries its intensity digit, so
   * look at the 9 × 9 pixels around the click rather than one. */
  crop = g_strdup_printf ("9x9+%d+%d", (int) x - 4, (int) y - 4);
  for (guint attempt = 0; attempt < 40 && n_orange < 20; attempt++)
    {
      const char *grab[] = { "import", "-silent", "-window", "root", "-crop", crop, "-depth", "8", "txt:-", NULL };
      g_auto(GStrv) rows = NULL;

      g_clear_pointer (&pixels, g_free);
      pixels = run_capture (grab, app.envp);
      rows = g_strsplit (pixels, "\n", -1);
      n_orange = 0;
      for (guint i = 0; rows[i] != NULL; i++)
        {
          const char *hash = strchr (rows[i], '#');
          guint r, g, b;

          if (hash != NULL && sscanf (hash, "#%02X%02X%02X", &r, &g, &b) == 3 &&
              r > 200 && g > 80 && g < 160 && b < 60)
            n_orange++;
        }
      if (n_orange < 20)
        g_usleep (100 * 1000);
    }
  g_test_message ("%u of 81 pixels around %s,%s are the pain-point orange", n_orange, sx, sy);
  g_assert_cmpuint (n_orange, >=, 20);

  app_stop (&app);
}

/* The process strace started (its only child) */
static GPid
traced_child (GPid tracer)
{
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *path = g_strdup_printf ("/proc/%d/task/%d/children", tracer, tracer);
      g_autofree char *children = NULL;

      if (g_file_get_contents (path, &children, NULL, NULL) && g_ascii_isdigit (children[0]))
        return (GPid) g_ascii_strtoll (children, NULL, 10);
      g_usleep (50 * 1000);
    }

  g_error ("strace started nothing");
}

/* Health data stays on the machine: Myomap opens no socket but local ones
 * (the X display, the session bus), and its autosave is private to the
 * person (file 0600 in a 0700 folder) */
static void
test_privacy (void)
{
  g_autofree char *log_path = NULL;
  g_autofree char *log = NULL;
  g_autofree char *geometry_path = NULL;
  g_autofree char *autosave = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(json_object) geometry = NULL;
  g_autoptr(json_object) session = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_sockets = 0, n_connects = 0;
  App app = { 0 };
  GStatBuf st;
  GPid child;

  {
    const char *wrapper[] = { "strace", "-f", "-qq", "-e", "trace=socket,connect,sendto,sendmsg",
                              "-e", "signal=none", "-o", NULL, NULL };
    g_autoptr(GError) error = NULL;
    int fd = g_file_open_tmp ("myomap-strace-XXXXXX.log", &log_path, &error);

    g_assert_no_error (error);
    close (fd);
    wrapper[8] = log_path;
    app_start_wrapped (&app, wrapper);
  }

  /* Up, drawn and autosaved, the journal read in the background */
  geometry_path = g_build_filename (app.home, "geometry.json", NULL);
  geometry = wait_for_json (geometry_path, "scale");
  autosave = g_build_filename (app.home, "data", APP_ID, "autosave.myomap", NULL);
  session = wait_for_json (autosave, "schema");
  g_usleep (G_USEC_PER_SEC);

  g_assert_cmpint (g_stat (autosave, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  folder = g_path_get_dirname (autosave);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* Stop Myomap itself; strace ends with it and has written its log */
  child = traced_child (app.pid);
  kill (child, SIGTERM);
  waitpid (app.pid, NULL, 0);
  g_spawn_close_pid (app.pid);

  g_assert_true (g_file_get_contents (log_path, &log, NULL, NULL));
  g_unlink (log_path);
  lines = g_strsplit (log, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *call = strchr (lines[i], ' ');

      if (call == NULL)
        continue;
      /* strace pads the pid: "1014  socket(…" */
      call += strspn (call, " ");
      if (g_str_has_prefix (call, "socket("))
        {
          n_sockets++;
          if (!g_str_has_prefix (call, "socket(AF_UNIX,"))
            g_error ("Myomap opened a socket that is not local: %s", lines[i]);
        }
      else if (g_str_has_prefix (call, "connect(") || g_str_has_prefix (call, "sendto(") ||
               g_str_has_prefix (call, "sendmsg("))
        {
          n_connects += g_str_has_prefix (call, "connect(");
          if (strstr (call, "sa_family=") != NULL && strstr (call, "sa_family=AF_UNIX") == NULL)
            g_error ("Myomap reached out: %s", lines[i]);
        }
    }

  /* The display at least: strace saw what it had to. (If it saw nothing,
   * the log is shown, to tell a tracing failure from Myomap's doing.) */
  g_test_message ("%u sockets, %u connections, all AF_UNIX", n_sockets, n_connects);
  if (n_sockets == 0)
    g_test_message ("strace's log:\n%s", log);
  g_assert_cmpuint (n_sockets, >, 0);
  g_assert_cmpuint (n_connects, >, 0);

  g_strfreev (app.envp);
  g_free (app.home);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/e2e/click-back-of-knee", test_click_back_of_knee);
  /* Under strace, a sanitizer build is not the program that ships: its
   * LeakSanitizer refuses to run under ptrace, and the traced process has
   * been seen to log no syscall at all. The normal build runs this test. */
#ifndef __SANITIZE_ADDRESS__
  g_test_add_func ("/myo/e2e/privacy", test_privacy);
#endif

  return g_test_run ();
}
