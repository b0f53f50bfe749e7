/* test-application.c: one instance per person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "myo-test-ui.h"
#include "myo-test-utils.h"
#include "myo-window-private.h"

/* Kept to the end: GTK and libadwaita hold its connection until exit */
static GTestDBus *bus;

static GList *
list_main_windows (MyoApplication *app)
{
  GList *windows = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (MYO_IS_WINDOW (l->data))
      windows = g_list_prepend (windows, l->data);

  return windows;
}

static void
exited_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *done = TRUE;
}

/* Runs "myomap ARGS…" to its end, the running instance serving it
 * meanwhile; returns its exit status */
static int
launch (const char *first_arg,
        ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 end = g_get_monotonic_time () + test_time_limit (30 * G_USEC_PER_SEC);
  gboolean done = FALSE;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("MYOMAP_BINARY"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_wait_async (process, NULL, exited_cb, &done);
  while (!done && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done);
  iterate ();

  return g_subprocess_get_exit_status (process);
}

static void
test_one_instance (void)
{
  g_autoptr(MyoApplication) app = myo_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "calf patient.myomap", NULL);
  g_autofree char *csv = g_build_filename (dir, "journal.csv", NULL);
  g_autoptr(MyoSession) session = NULL;
  GList *windows;
  MyoWindow *window;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (app)));
  g_application_hold (G_APPLICATION (app));

  session = myo_session_new (myo_application_get_kb (app));
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  add_in_region (session, "soles-arch", MYO_SIDE_RIGHT, 3);
  g_assert_true (myo_session_save_to_file (session, path, NULL));

  /* "myomap FILE" while Myomap runs: the file opens in the running one,
   * and the second process ends */
  g_assert_cmpint (launch (path, NULL), ==, 0);
  windows = list_main_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = windows->data;
  g_list_free (windows);
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 2);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "calf patient"));

  /* A second launch raises that window, it opens no other */
  g_assert_cmpint (launch (NULL, NULL), ==, 0);
  windows = list_main_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (windows->data == (gpointer) window);
  g_list_free (windows);

  /* The command-line modes stay in their own process, with no display */
  g_assert_cmpint (launch ("--export-journal", csv, NULL), ==, 0);
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_finalize_object (window);
  g_application_release (G_APPLICATION (app));

  g_unlink (path);
  g_unlink (csv);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  g_autofree char *daemon = g_find_program_in_path ("dbus-daemon");
  int ret;

  data_home = g_dir_make_tmp ("myomap-test-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  /* A session bus of the test's own, as a desktop has one. Started before
   * GTK, while this process has one thread: g_test_dbus_up () forks a
   * watcher, and a fork taken while another thread held the allocator's
   * lock left the watcher stuck at its exit under AddressSanitizer (the
   * test then timed out, about one run in eight) */
  if (daemon != NULL)
    {
      /* It unsets DISPLAY, which GTK has not read yet */
      g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

      bus = g_test_dbus_new (G_TEST_DBUS_NONE);
      g_test_dbus_up (bus);
      if (display != NULL)
        g_setenv ("DISPLAY", display, TRUE);
    }

  gtk_test_init (&argc, &argv, NULL);

  if (bus != NULL)
    g_test_add_func ("/myo/application/one-instance", test_one_instance);
  else
    g_test_add_func ("/myo/application/one-instance", (GTestFunc) g_test_skip);

  ret = g_test_run ();

  /* GTK and libadwaita keep the bus connection to the end: stop the bus
   * without waiting for it to go (g_test_dbus_down() and the last unref
   * would wait) */
  if (bus != NULL)
    g_test_dbus_stop (bus);

  return ret;
}
