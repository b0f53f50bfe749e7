/* test-data-safety.c: nothing a person marked or kept is lost, and a
 * failure stays on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* unshare () */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>

#include "myo-file.h"
#include "myo-store-private.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"
#include "myo-window-private.h"

static MyoApplication *app;
static gboolean own_mounts;

static MyoWindow *
create_window_with_store (MyoStore *store)
{
  MyoWindow *window = g_object_new (MYO_TYPE_WINDOW,
                                    "application", app,
                                    "kb", myo_application_get_kb (app),
                                    "settings", myo_application_get_settings (app),
                                    "store", store,
                                    NULL);

  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  return window;
}

/* Until the journal is read, or (@or_error) could not be */
static void
wait_for_journal (MyoWindow *window,
                  gboolean   or_error)
{
  for (guint i = 0; i < 1000 && window->journal == NULL &&
       !(or_error && myo_store_get_journal_error (window->store) != NULL); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static guint
n_sessions (MyoWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (window->journal));
}

static void
test_new_session_undo (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) store = myo_store_new (dir);
  MyoWindow *window = create_window_with_store (store);
  const char *regions[] = { "back-knee", "soles-arch" };
  g_autoptr(GPtrArray) recent = NULL;
  g_autoptr(MyoSession) kept = NULL;
  guint n_points = 0;

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    for (MyoSide side = MYO_SIDE_LEFT; side <= MYO_SIDE_RIGHT; side++)
      {
        add_in_region (myo_window_get_session (window), regions[i], side, 3 + i);
        n_points++;
      }
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, n_points);

  /* Ctrl+N: a new, empty session… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 0);

  /* …the points are kept on disk among the recent sessions… */
  recent = myo_store_list_recent (store);
  g_assert_cmpuint (recent->len, ==, 1);
  kept = myo_session_new_from_file (myo_application_get_kb (app), g_ptr_array_index (recent, 0), NULL);
  g_assert_nonnull (kept);
  g_assert_cmpuint (myo_session_get_n_points (kept), ==, n_points);

  /* …and Undo brings them back on the map */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-new", NULL));
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, n_points);
  g_assert_true (myo_store_flush (store, NULL));

  /* Listed under Recent Sessions, and opened from there */
  g_assert_cmpuint (g_menu_model_get_n_items (G_MENU_MODEL (window->recent_section)), ==, 1);
  {
    g_autofree char *label = NULL;
    g_autofree char *points = g_strdup_printf ("· %u points", n_points);

    g_assert_true (g_menu_model_get_item_attribute (G_MENU_MODEL (window->recent_section), 0,
                                                    G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_true (g_str_has_suffix (label, points));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_cmpuint (g_menu_model_get_n_items (G_MENU_MODEL (window->recent_section)), ==, 2);
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 0);
  {
    g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (G_MENU_MODEL (window->recent_section), 0,
                                                                        G_MENU_ATTRIBUTE_TARGET, NULL);

    g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.open-recent", target));
  }
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, n_points);
  g_assert_null (window->file);
  g_assert_true (myo_store_flush (store, NULL));
  {
    g_autoptr(MyoSession) autosaved = myo_session_new_from_file (myo_application_get_kb (app),
                                                                 myo_store_get_autosave_path (store), NULL);

    g_assert_cmpuint (myo_session_get_n_points (autosaved), ==, n_points);
  }

  destroy_window (window);
}

static void
record (MyoWindow  *window,
        const char *region,
        const char *note)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  add_in_region (myo_window_get_session (window), region, MYO_SIDE_LEFT, 5);
  _myo_window_record (window, note, NULL);
  g_assert_false (myo_banner_get_revealed (window->journal_banner));
}

static MyoJournalEntry *
find_entry (MyoWindow  *window,
            const char *note)
{
  for (guint i = 0; i < n_sessions (window); i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (window->journal), i);

      if (g_strcmp0 (myo_journal_entry_get_note (entry), note) == 0)
        return g_steal_pointer (&entry);
    }

  return NULL;
}

static void
test_undo_deletes (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) store = myo_store_new (dir);
  MyoWindow *window = create_window_with_store (store);
  g_autoptr(MyoJournalEntry) a = NULL;
  g_autoptr(MyoJournalEntry) b = NULL;

  wait_for_journal (window, FALSE);
  g_assert_nonnull (window->journal);
  record (window, "back-knee", "A");
  record (window, "soles-arch", "B");
  record (window, "back-knee", "C");
  g_assert_cmpuint (n_sessions (window), ==, 3);

  a = find_entry (window, "A");
  b = find_entry (window, "B");
  g_signal_emit_by_name (_myo_window_get_history (window), "delete-requested", a);
  g_signal_emit_by_name (_myo_window_get_history (window), "delete-requested", b);
  g_assert_cmpuint (n_sessions (window), ==, 1);
  g_assert_nonnull (window->delete_toast);
  g_assert_cmpstr (adw_toast_get_title (window->delete_toast), ==, "2 sessions deleted");

  /* One Undo brings back both, not only the last */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL));
  g_assert_cmpuint (n_sessions (window), ==, 3);
  g_clear_object (&a);
  g_clear_object (&b);
  a = find_entry (window, "A");
  b = find_entry (window, "B");
  g_assert_nonnull (a);
  g_assert_nonnull (b);

  /* And on disk */
  {
    g_autoptr(MyoStore) other = myo_store_new (dir);

    g_assert_true (myo_store_load_journal (other, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (myo_store_get_journal (other))), ==, 3);
  }

  destroy_window (window);
}

static void
test_journal_unreadable (void)
{
  g_autoptr(TmpFile) tmp = tmp_file_new ("journal.json");
  g_autoptr(MyoStore) store = myo_store_new (tmp->dir);
  MyoWindow *window = NULL;
  g_autofree char *contents = NULL;
  const char *newer = "{\"schema\": 99, \"sessions\": []}\n";
  GtkWidget *stack;

  /* A journal this Myomap cannot read (from a newer one) */
  g_assert_true (g_file_set_contents (tmp->path, newer, -1, NULL));
  window = create_window_with_store (store);
  wait_for_journal (window, TRUE);
  g_assert_null (window->journal);
  g_assert_nonnull (myo_store_get_journal_error (store));

  /* Said in the window until fixed, and the history never says "No
   * sessions yet" */
  g_assert_true (myo_banner_get_revealed (window->journal_banner));
  g_assert_cmpstr (myo_banner_get_title (window->journal_banner), ==, "The pain journal could not be read");
  g_assert_nonnull (strstr (myo_banner_get_body (window->journal_banner), "newer Myomap"));
  g_assert_nonnull (myo_history_page_get_journal_error (_myo_window_get_history (window)));
  stack = gtk_widget_get_first_child (GTK_WIDGET (window->history));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "unreadable");

  /* A session kept meanwhile is refused, never written over the file */
  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 5);
  _myo_window_record (window, NULL, NULL);
  g_assert_true (myo_banner_get_revealed (window->journal_banner));
  g_assert_true (g_file_get_contents (tmp->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, newer);

  /* Fixed (here: removed), Try Again reads it */
  g_unlink (tmp->path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.retry-journal", NULL));
  wait_for_journal (window, FALSE);
  g_assert_nonnull (window->journal);
  g_assert_false (myo_banner_get_revealed (window->journal_banner));
  g_assert_null (myo_history_page_get_journal_error (window->history));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  destroy_window (window);
}

static void
fill (const char *path)
{
  g_autofree char *block = g_malloc0 (4096);
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  while (fwrite (block, 1, 4096, f) == 4096 && fflush (f) == 0)
    ;
  fclose (f);
}

/* Autosave into a full disk, then a read-only folder: a banner says so, the
 * autosave written before is whole, and it goes once saving works again.
 * A small tmpfs in a mount namespace of the test's own; where mounting is
 * not allowed, a file size limit fails the write instead. */
static void
test_autosave_failure_banner (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(MyoStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  MyoWindow *window;
  gboolean tmpfs = own_mounts && mount ("tmpfs", dir, "tmpfs", 0, "size=96k") == 0;

  g_test_message ("the autosave fails on %s", tmpfs ? "a full tmpfs" : "a file size limit");
  store = myo_store_new (dir);
  window = create_window_with_store (store);
  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 4);
  g_assert_true (myo_store_flush (store, NULL));
  g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &before, NULL, NULL));
  g_assert_false (myo_banner_get_revealed (window->autosave_banner));

  if (tmpfs)
    {
      fill (filler);
    }
  else
    {
      struct rlimit limit = { strlen (before) + 16, RLIM_INFINITY };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }

  /* The point is on the map; the window says it is not on disk */
  add_in_region (myo_window_get_session (window), "soles-arch", MYO_SIDE_RIGHT, 7);
  g_assert_false (myo_store_flush (store, NULL));
  iterate ();
  g_assert_true (myo_banner_get_revealed (window->autosave_banner));
  if (tmpfs)
    g_assert_cmpstr (myo_banner_get_title (window->autosave_banner), ==,
                     "Changes are not being saved: the disk is full");
  else
    g_assert_true (g_str_has_prefix (myo_banner_get_title (window->autosave_banner),
                                     "Changes are not being saved"));
  g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  if (tmpfs)
    {
      /* Read-only now, with room again */
      g_unlink (filler);
      g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.retry-autosave", NULL));
      iterate ();
      g_assert_true (myo_banner_get_revealed (window->autosave_banner));
      g_assert_cmpstr (myo_banner_get_title (window->autosave_banner), ==,
                       "Changes are not being saved: the folder is read-only");
      g_clear_pointer (&after, g_free);
      g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &after, NULL, NULL));
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT, NULL), ==, 0);
    }
  else
    {
      struct rlimit limit = { RLIM_INFINITY, RLIM_INFINITY };

      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }

  /* Saving works again: Try Again writes, and the banner goes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.retry-autosave", NULL));
  iterate ();
  g_assert_false (myo_banner_get_revealed (window->autosave_banner));
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &after, NULL, NULL));
  g_assert_cmpstr (after, !=, before);

  destroy_window (window);
  g_clear_object (&store);
  if (tmpfs)
    g_assert_cmpint (umount (dir), ==, 0);
}

/* An intensity slider dragged through its values is one autosave */
static void
test_slider_drag_one_write (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) store = myo_store_new (dir);
  MyoWindow *window = create_window_with_store (store);
  MyoSession *session = myo_window_get_session (window);
  guint id, before;
  gint64 end;

  id = add_in_region (session, "back-knee", MYO_SIDE_LEFT, 1);
  g_assert_true (myo_store_flush (store, NULL));
  before = _myo_store_get_n_autosaves (store);

  /* Longer than the whole drag takes, even on a loaded machine */
  _myo_store_set_autosave_delay (store, test_time_limit (500 * 1000) / 1000);
  for (int intensity = 2; intensity <= 10; intensity++)
    {
      myo_session_set_intensity (session, id, intensity);
      g_main_context_iteration (NULL, FALSE);
    }

  end = g_get_monotonic_time () + test_time_limit (3 * G_USEC_PER_SEC);
  while (_myo_store_get_n_autosaves (store) == before && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_usleep (300 * 1000);
  iterate ();
  g_assert_cmpuint (_myo_store_get_n_autosaves (store), ==, before + 1);
  {
    g_autoptr(MyoSession) autosaved = myo_session_new_from_file (myo_application_get_kb (app),
                                                                 myo_store_get_autosave_path (store), NULL);

    g_assert_cmpint (myo_session_get_point (autosaved, 0)->intensity, ==, 10);
  }

  destroy_window (window);
}

/* Two damaged autosaves, one after the other: each kept whole, under a
 * name of its own */
static void
test_two_damaged_autosaves (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) store = myo_store_new (dir);
  const char *damaged[] = { "{ broken", "{ broken too" };
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      MyoWindow *window;

      g_assert_true (g_file_set_contents (myo_store_get_autosave_path (store), damaged[i], -1, NULL));
      window = create_window_with_store (store);
      g_assert_true (myo_banner_get_revealed (window->autosave_banner));
      g_assert_nonnull (strstr (myo_banner_get_body (window->autosave_banner), "It was kept as"));
      destroy_window (window);
    }

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "autosave.myomap.unreadable-"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        char *contents = NULL;

        g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
        g_ptr_array_add (kept, contents);
      }
  g_assert_cmpuint (kept->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (kept, damaged[0], g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (kept, damaged[1], g_str_equal, NULL));
}

/* A damaged autosave in a read-only folder cannot be moved aside: said so,
 * and never written over while it is there */
static void
test_damaged_autosave_read_only (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) store = NULL;
  g_autofree char *contents = NULL;
  MyoWindow *window;

  if (!own_mounts || mount ("tmpfs", dir, "tmpfs", 0, "size=96k") != 0)
    {
      g_test_skip ("Needs a mount namespace of its own (root, or a user namespace)");
      g_rmdir (dir);
      return;
    }

  store = myo_store_new (dir);
  g_assert_true (g_file_set_contents (myo_store_get_autosave_path (store), "{ broken", -1, NULL));
  g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  window = create_window_with_store (store);
  g_assert_true (myo_banner_get_revealed (window->autosave_banner));
  g_assert_nonnull (strstr (myo_banner_get_body (window->autosave_banner), "could not be moved aside"));
  g_assert_null (strstr (myo_banner_get_body (window->autosave_banner), "It was kept as"));

  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 5);
  myo_store_flush (store, NULL);
  g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ broken");

  destroy_window (window);
  g_clear_object (&store);
  g_assert_cmpint (umount (dir), ==, 0);
  g_rmdir (dir);
}

/* Ctrl+S into a folder that is gone: said in the banner, not a toast */
static void
test_save_error_stays (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *folder = g_build_filename (dir, "patients", NULL);
  g_autofree char *path = g_build_filename (folder, "calf.myomap", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MyoStore) store = myo_store_new (dir);
  g_autoptr(MyoSession) session = myo_session_new (myo_application_get_kb (app));
  MyoWindow *window = create_window_with_store (store);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 5);
  g_assert_true (myo_session_save_to_file (session, path, NULL));
  myo_window_open_file (window, file);
  add_in_region (myo_window_get_session (window), "soles-arch", MYO_SIDE_LEFT, 5);

  g_unlink (path);
  g_rmdir (folder);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (myo_banner_get_revealed (window->journal_banner));
  g_assert_cmpstr (myo_banner_get_title (window->journal_banner), ==, "The session was not saved");
  g_assert_nonnull (strstr (myo_banner_get_body (window->journal_banner), "calf.myomap"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-journal-banner", NULL));
  g_assert_false (myo_banner_get_revealed (window->journal_banner));

  destroy_window (window);
}

/* Quitting closes every window, children too, without touching a window
 * (or a list node) already freed: run under valgrind by the
 * quit-valgrind test */
static void
test_quit (void)
{
  MyoWindow *window = create_window_with_store (myo_application_get_store (app));
  MyoWindow *second = create_window_with_store (myo_application_get_store (app));
  GWeakRef weak[2];

  g_application_hold (G_APPLICATION (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  iterate ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), >=, 4);

  g_weak_ref_init (&weak[0], window);
  g_weak_ref_init (&weak[1], second);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  iterate ();

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (guint i = 0; i < 2; i++)
    {
      g_assert_null (g_weak_ref_get (&weak[i]));
      g_weak_ref_clear (&weak[i]);
    }
  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  static const TestCase cases[] = {
    { "/myo/data-safety/new-session-undo", test_new_session_undo },
    { "/myo/data-safety/undo-deletes", test_undo_deletes },
    { "/myo/data-safety/journal-unreadable", test_journal_unreadable },
    { "/myo/data-safety/autosave-failure-banner", test_autosave_failure_banner },
    { "/myo/data-safety/slider-drag-one-write", test_slider_drag_one_write },
    { "/myo/data-safety/two-damaged-autosaves", test_two_damaged_autosaves },
    { "/myo/data-safety/damaged-autosave-read-only", test_damaged_autosave_read_only },
    { "/myo/data-safety/save-error-stays", test_save_error_stays },
    { "/myo/data-safety/quit", test_quit },
  };

  /* A mount namespace of its own, taken while the process has one thread,
   * so the test can fill and lock a small disk without touching the
   * machine's */
  own_mounts = unshare (CLONE_NEWNS) == 0 && mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) == 0;

  app = test_app_new (&argc, &argv);

  add_test_funcs (cases, G_N_ELEMENTS (cases));

  return test_app_run (&app);
}
