/* test-store.c: one owner for the journal and the autosave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* unshare () */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "myo-file.h"
#include "myo-json.h"
#include "myo-store-private.h"
#include "myo-test-utils.h"

static MyoKb *kb;

/* In instrumented builds (valgrind, sanitizers) the checks of concurrency
 * take fewer rounds: those runs look for memory errors */
static guint
n_rounds (void)
{
  return test_time_limit (1) > 1 ? 10 : 100;
}

static MyoJournalEntry *
make_entry (int         day,
            const char *note)
{
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, 5, 1 + day % 28, 9, 30, day % 60);

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 3 + day % 7);
  return myo_journal_entry_new_from_session (session, NULL, started, note);
}

static guint
n_entries (MyoStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (myo_store_get_journal (store)));
}

/* Every regular file of @dir whose name starts with @prefix */
static GPtrArray *
list_files (const char *dir,
            const char *prefix)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, prefix))
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));

  return files;
}

static void
test_move_aside (void)
{
  g_autoptr(TmpFile) tmp = tmp_file_new ("journal.json");
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;

  /* Many in the same second (and perhaps the same microsecond): each gets
   * its own name, none replaces another */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("damaged %u", i);
      char *aside;

      g_assert_true (g_file_set_contents (tmp->path, text, -1, NULL));
      aside = myo_file_move_aside (tmp->path, "unreadable", &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (aside, tmp->path));
      g_assert_false (g_file_test (tmp->path, G_FILE_TEST_EXISTS));
      g_assert_true (g_hash_table_add (seen, aside));
    }

  kept = list_files (tmp->dir, "journal.json.unreadable-");
  g_assert_cmpuint (kept->len, ==, 200);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("damaged %u", i);
      gboolean found = FALSE;

      for (guint k = 0; k < kept->len && !found; k++)
        {
          g_autofree char *contents = NULL;

          g_assert_true (g_file_get_contents (g_ptr_array_index (kept, k), &contents, NULL, NULL));
          found = g_str_equal (contents, text);
        }
      g_assert_true (found);
    }

  /* A failed rename is an error, never "kept as …" */
  g_assert_null (myo_file_move_aside (tmp->path, "unreadable", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_with_extension (void)
{
  static const struct { const char *typed, *saved; } cases[] = {
    { "/home/me/calf-patient", "/home/me/calf-patient.myomap" },
    { "/home/me/calf-patient.myomap", "/home/me/calf-patient.myomap" },
    { "/home/me/notes.json", "/home/me/notes.json" },
    { "/home/me/.hidden", "/home/me/.hidden.myomap" },
    { "/home/my.folder/patient", "/home/my.folder/patient.myomap" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *saved = myo_file_with_extension (cases[i].typed, ".myomap");

      g_assert_cmpstr (saved, ==, cases[i].saved);
    }
}

static void
test_clean_temporaries (void)
{
  g_autoptr(TmpFile) tmp = tmp_file_new ("journal.json");
  g_autofree char *old = g_build_filename (tmp->dir, "journal.json.Ab3x9Z", NULL);
  g_autofree char *fresh = g_build_filename (tmp->dir, "journal.json.Qw3rty", NULL);
  g_autofree char *other = g_build_filename (tmp->dir, "journal.json.unreadable-1", NULL);
  struct utimbuf times = { 1000000000, 1000000000 };

  g_assert_true (g_file_set_contents (old, "x", -1, NULL));
  g_assert_true (g_file_set_contents (fresh, "x", -1, NULL));
  g_assert_true (g_file_set_contents (other, "x", -1, NULL));
  g_assert_cmpint (g_utime (old, &times), ==, 0);
  g_assert_cmpint (g_utime (other, &times), ==, 0);

  /* A temporary a write may still be using is left alone */
  g_assert_cmpuint (myo_file_clean_temporaries (tmp->path, 60), ==, 1);
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

static void
test_add_before_load (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) first = myo_store_new (dir);
  g_autoptr(MyoStore) second = myo_store_new (dir);
  g_autoptr(MyoJournalEntry) a = make_entry (1, "a");
  g_autoptr(MyoJournalEntry) b = make_entry (2, "b");
  g_autoptr(GError) error = NULL;

  g_assert_true (myo_store_add (first, a, &error));
  g_assert_no_error (error);

  /* A routine finished before the journal was read: kept all the same,
   * beside what the journal held */
  g_assert_null (myo_store_get_journal (second));
  g_assert_true (myo_store_add (second, b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries (second), ==, 2);

  /* The first store reads the change before writing its own */
  g_assert_true (myo_store_remove (first, myo_journal_entry_get_id (b), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries (first), ==, 1);
  {
    g_autoptr(MyoStore) third = myo_store_new (dir);

    g_assert_true (myo_store_load_journal (third, &error));
    g_assert_cmpuint (n_entries (third), ==, 1);
    g_assert_nonnull (myo_journal_lookup (myo_store_get_journal (third), myo_journal_entry_get_id (a)));
  }

  remove_tree (dir);
}

/* A change another writer made, counted under the lock but invisible to
 * the file's identity (same inode, size and time stamps, as a coarse clock
 * can leave them), is read before writing over it */
static void
test_generation (void)
{
  g_autoptr(TmpFile) tmp = tmp_file_new ("journal.json");
  g_autofree char *lock_path = g_build_filename (tmp->dir, "lock", NULL);
  g_autoptr(MyoStore) store = myo_store_new (tmp->dir);
  g_autoptr(MyoJournalEntry) first = make_entry (1, "aaaa");
  g_autoptr(MyoJournalEntry) second = make_entry (2, "second");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  struct timespec times[2];
  GStatBuf before, after;
  char *at;
  int fd;

  g_assert_true (myo_store_add (store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (tmp->path, &before), ==, 0);

  /* The other writer: the same bytes but the note, the same identity */
  g_assert_true (g_file_get_contents (tmp->path, &text, NULL, NULL));
  at = strstr (text, "\"aaaa\"");
  g_assert_nonnull (at);
  fd = g_open (tmp->path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, "\"bbbb\"", 6, at - text), ==, 6);
  close (fd);
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, tmp->path, times, 0), ==, 0);
  g_assert_cmpint (g_stat (tmp->path, &after), ==, 0);
  g_assert_cmpint (after.st_ino, ==, before.st_ino);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_false (myo_journal_changed_on_disk (myo_store_get_journal (store)));
  {
    g_autoptr(MyoFileLock) lock = myo_file_lock_acquire (lock_path, &error);

    g_assert_no_error (error);
    myo_file_lock_bump_generation (lock);
  }

  g_assert_true (myo_store_add (store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries (store), ==, 2);
  g_assert_cmpstr (myo_journal_entry_get_note (myo_journal_lookup (myo_store_get_journal (store),
                                                                   myo_journal_entry_get_id (first))), ==, "bbbb");

  g_clear_object (&store);
}

/* Two processes that have each read the journal keep a session at the
 * same moment, 100 times: none is lost */
static void
test_concurrent_writers (void)
{
  g_autofree char *dir = tmp_dir ();
  const guint rounds = n_rounds ();
  g_autoptr(MyoStore) check = NULL;
  g_autoptr(GError) error = NULL;

  for (guint round = 0; round < rounds; round++)
    {
      int ready[2], go[2];
      pid_t pids[2];
      char byte;

      g_assert_cmpint (pipe (ready), ==, 0);
      g_assert_cmpint (pipe (go), ==, 0);
      for (guint p = 0; p < 2; p++)
        {
          pids[p] = fork ();
          g_assert_cmpint (pids[p], >=, 0);
          if (pids[p] == 0)
            {
              g_autoptr(MyoStore) store = myo_store_new (dir);
              g_autoptr(MyoJournalEntry) entry = NULL;

              /* A forked child would repeat its parent's "random" ids; a
               * seed of its own for each (a pid mixed with the time could
               * give two children the same) */
              g_random_set_seed (round * 2 + p + 1);
              entry = make_entry (round * 2 + p, NULL);
              close (ready[0]);
              close (go[1]);
              if (!myo_store_load_journal (store, NULL))
                _exit (2);
              /* Both have read the journal; now both write */
              if (write (ready[1], "r", 1) != 1 || read (go[0], &byte, 1) != 0)
                _exit (3);
              _exit (myo_store_add (store, entry, NULL) ? 0 : 1);
            }
        }

      close (ready[1]);
      close (go[0]);
      for (guint p = 0; p < 2; p++)
        g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
      close (go[1]);
      close (ready[0]);

      for (guint p = 0; p < 2; p++)
        {
          int status;

          g_assert_cmpint (waitpid (pids[p], &status, 0), ==, pids[p]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
        }
    }

  check = myo_store_new (dir);
  g_assert_true (myo_store_load_journal (check, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries (check), ==, rounds * 2);

  remove_tree (dir);
}

/* Two exports over a damaged journal at the same moment, 100 times: the
 * damaged bytes always survive, whole, in a file set aside */
static void
test_concurrent_damaged_exports (void)
{
  g_autofree char *base = tmp_dir ();
  g_autofree char *scratch = g_build_filename (base, "scratch.json", NULL);
  g_autoptr(MyoJournal) journal = myo_journal_new (scratch);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) damaged = NULL;
  g_autofree char *text = NULL;

  /* 50 sessions and one that cannot be read: the 50 are kept, the file as
   * it was set aside */
  for (guint i = 0; i < 50; i++)
    g_ptr_array_add (entries, make_entry (i, "n"));
  g_assert_true (myo_journal_add_all (journal, entries, NULL));
  g_assert_true (g_file_get_contents (scratch, &text, NULL, NULL));
  damaged = g_string_new (text);
  g_assert_true (g_str_has_suffix (damaged->str, "\n  ]\n}\n"));
  g_string_truncate (damaged, damaged->len - strlen ("\n  ]\n}\n"));
  g_string_append (damaged, ",\n    {\"id\": 5}\n  ]\n}\n");
  g_unlink (scratch);

  for (guint round = 0; round < n_rounds (); round++)
    {
      g_autofree char *dir = g_strdup_printf ("%s/%u", base, round);
      g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
      g_autoptr(GPtrArray) kept = NULL;
      gboolean found = FALSE;
      pid_t pids[2];

      g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, damaged->str, damaged->len, NULL));

      for (guint p = 0; p < 2; p++)
        {
          pids[p] = fork ();
          g_assert_cmpint (pids[p], >=, 0);
          if (pids[p] == 0)
            {
              g_autoptr(MyoStore) store = myo_store_new (dir);
              g_autofree char *csv = NULL;

              if (!myo_store_load_journal (store, NULL))
                _exit (1);
              csv = myo_journal_to_csv (myo_store_get_journal (store));
              _exit (csv != NULL ? 0 : 1);
            }
        }

      for (guint p = 0; p < 2; p++)
        {
          int status;

          g_assert_cmpint (waitpid (pids[p], &status, 0), ==, pids[p]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
        }

      kept = list_files (dir, "journal.json.unreadable-");
      for (guint k = 0; k < kept->len; k++)
        {
          g_autofree char *contents = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (g_ptr_array_index (kept, k), &contents, &length, NULL));
          found |= length == damaged->len && memcmp (contents, damaged->str, length) == 0;
        }
      g_assert_true (found);

      /* And what could be read is in the journal, read only once */
      {
        g_autoptr(MyoStore) check = myo_store_new (dir);

        g_assert_true (myo_store_load_journal (check, NULL));
        g_assert_cmpuint (n_entries (check), ==, 50);
        g_assert_null (myo_journal_get_moved_aside (myo_store_get_journal (check)));
      }

      remove_tree (dir);
    }

  remove_tree (base);
}

static gboolean
wait_for_autosaves (MyoStore *store,
                    guint     n,
                    guint     timeout_ms)
{
  gint64 end = g_get_monotonic_time () + test_time_limit (timeout_ms * 1000);

  while (g_get_monotonic_time () < end && _myo_store_get_n_autosaves (store) < n)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return _myo_store_get_n_autosaves (store) >= n;
}

static void
test_autosave_debounced (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) store = myo_store_new (dir);
  g_autofree char *contents = NULL;

  /* Far longer than a step of the loop below takes, even under valgrind */
  _myo_store_set_autosave_delay (store, test_time_limit (200 * 1000) / 1000);

  /* A slider dragged through ten values is one write, of the last */
  for (guint i = 1; i <= 10; i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"intensity\": %u}", i);

      myo_store_autosave (store, text, strlen (text));
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (wait_for_autosaves (store, 1, 5000));
  g_usleep (test_time_limit (300 * 1000));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (_myo_store_get_n_autosaves (store), ==, 1);
  g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"intensity\": 10}");
  g_assert_null (myo_store_get_autosave_error (store));

  /* Flushing writes what is pending at once */
  _myo_store_set_autosave_delay (store, 60 * 1000);
  myo_store_autosave (store, "{}", 2);
  g_assert_true (myo_store_flush (store, NULL));
  g_assert_cmpuint (_myo_store_get_n_autosaves (store), ==, 2);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{}");

  g_clear_object (&store);
  remove_tree (dir);
}

/* A session handed to the autosave is put in its file format when the
 * autosave is written, not when it is handed over: the changes made in
 * between are in the file, and a click pays nothing for it */
static void
test_autosave_session (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) store = myo_store_new (dir);
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoSession) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint id = add_in_region (session, "back-knee", MYO_SIDE_LEFT, 4);

  _myo_store_set_autosave_delay (store, 60 * 1000);
  myo_store_autosave_session (store, session);
  g_assert_cmpuint (_myo_store_get_n_autosaves (store), ==, 0);

  /* Changed after it was handed over, before it is written */
  g_assert_true (myo_session_set_intensity (session, id, 9));
  g_assert_true (myo_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (_myo_store_get_n_autosaves (store), ==, 1);

  saved = myo_session_new_from_file (kb, myo_store_get_autosave_path (store), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (saved), ==, 1);
  g_assert_cmpint (myo_session_get_point (saved, 0)->intensity, ==, 9);

  /* Bytes handed over later replace it */
  myo_store_autosave_session (store, session);
  myo_store_autosave (store, "{}", 2);
  g_assert_true (myo_store_flush (store, NULL));
  g_assert_cmpuint (_myo_store_get_n_autosaves (store), ==, 2);

  g_clear_object (&store);
  remove_tree (dir);
}

/* In a child of its own, with its own mounts: a small tmpfs that fills up.
 * Where mounting is not allowed, a file size limit fails the write the
 * same way. */
static void
autosave_on_full_disk_child (const char *dir)
{
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autoptr(MyoStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *big = g_strnfill (256 * 1024, 'x');
  gboolean tmpfs;

  g_assert_cmpint (g_mkdir (data, 0700), ==, 0);
  tmpfs = unshare (CLONE_NEWNS) == 0 &&
          mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) == 0 &&
          mount ("tmpfs", data, "tmpfs", 0, "size=128k") == 0;
  g_printerr ("# the autosave fails on %s\n", tmpfs ? "a full tmpfs" : "a file size limit");

  store = myo_store_new (data);
  myo_store_autosave (store, "{\"first\": true}", 15);
  g_assert_true (myo_store_flush (store, &error));
  g_assert_no_error (error);

  if (!tmpfs)
    {
      struct rlimit limit = { 64 * 1024, 64 * 1024 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }

  myo_store_autosave (store, big, strlen (big));
  g_assert_false (myo_store_flush (store, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (myo_store_get_autosave_error (store));
  if (tmpfs)
    {
      g_assert_cmpstr (myo_file_error_reason (myo_store_get_autosave_error (store)), ==, "the disk is full");
    }

  /* The previous autosave is whole */
  g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"first\": true}");

  /* The same failure in the thread that writes after a quiet second */
  g_clear_error (&error);
  myo_store_autosave (store, "{}", 2);
  g_assert_true (myo_store_flush (store, NULL));
  g_assert_null (myo_store_get_autosave_error (store));
  _myo_store_set_autosave_delay (store, 10);
  myo_store_autosave (store, big, strlen (big));
  {
    gint64 end = g_get_monotonic_time () + test_time_limit (5 * G_USEC_PER_SEC);

    while (myo_store_get_autosave_error (store) == NULL && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_nonnull (myo_store_get_autosave_error (store));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (myo_store_get_autosave_path (store), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{}");

  /* A read-only folder cannot take the lock file, yet its journal is read
   * (and a change to it refused, with the reason) */
  if (tmpfs)
    {
      g_autofree char *ro = g_build_filename (data, "ro", NULL);
      g_autofree char *journal_path = g_build_filename (ro, "journal.json", NULL);
      g_autoptr(MyoJournal) journal = myo_journal_new (journal_path);
      g_autoptr(MyoJournalEntry) entry = make_entry (4, NULL);
      g_autoptr(MyoJournalEntry) another = make_entry (5, NULL);
      g_autoptr(MyoStore) ro_store = NULL;
      g_autoptr(GError) ro_error = NULL;

      g_assert_true (myo_journal_add (journal, entry, NULL));
      g_assert_cmpint (mount (NULL, data, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

      ro_store = myo_store_new (ro);
      g_assert_true (myo_store_load_journal (ro_store, &ro_error));
      g_assert_no_error (ro_error);
      g_assert_cmpuint (n_entries (ro_store), ==, 1);
      g_assert_false (myo_store_add (ro_store, another, &ro_error));
      g_assert_nonnull (ro_error);
      g_assert_cmpuint (n_entries (ro_store), ==, 1);
      g_assert_cmpint (mount (NULL, data, NULL, MS_REMOUNT, NULL), ==, 0);
    }

  /* Space again: the next autosave clears the error */
  myo_store_autosave (store, "{}", 2);
  g_assert_true (myo_store_flush (store, NULL));
  g_assert_null (myo_store_get_autosave_error (store));
  g_clear_object (&store);

  if (tmpfs)
    umount (data);
}

static void
test_autosave_full_disk (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = tmp_dir ();

      autosave_on_full_disk_child (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The largest journal Myomap writes, it reads back and exports; one more
 * session is refused with a reason, the file left as it was */
static void
test_journal_at_limit (void)
{
  g_autoptr(TmpFile) tmp = tmp_file_new ("journal.json");
  g_autoptr(MyoStore) store = myo_store_new (tmp->dir);
  g_autoptr(MyoJournalEntry) entry = make_entry (1, "x");
  g_autoptr(MyoJournalEntry) one_more = make_entry (2, "one more");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *after = NULL;
  const char *id = myo_journal_entry_get_id (entry);
  const char *tail = "\n  ]\n}\n";
  gsize n = 0;

  if (test_time_limit (1) > 1)
    {
      g_test_skip ("Parsing a 48 MB journal under valgrind or the sanitizers takes minutes; "
                   "the normal build checks it");
      g_rmdir (tmp->dir);
      return;
    }

  /* In the current schema, so loading it rewrites nothing */
  g_string_printf (text, "{\n  \"schema\": %d,\n  \"sessions\": [", MYO_JOURNAL_SCHEMA_VERSION);

  /* One entry as the journal writes it, repeated under new ids up to the
   * write limit */
  g_assert_true (myo_store_add (store, entry, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  {
    g_autofree char *one = NULL;
    char *start, *end;

    g_assert_true (g_file_get_contents (tmp->path, &one, NULL, NULL));
    start = strstr (one, "\n    {");
    end = strstr (one, tail);
    g_assert_nonnull (start);
    g_assert_nonnull (end);
    line = g_strndup (start + 1, end - start - 1);
  }
  while (text->len + strlen (line) + 2 + strlen (tail) <= MYO_JOURNAL_MAX_WRITE_SIZE)
    {
      char fresh[37];
      gsize at;

      g_string_append (text, n > 0 ? ",\n" : "\n");
      at = text->len + (strstr (line, id) - line);
      g_string_append (text, line);
      g_snprintf (fresh, sizeof fresh, "%08" G_GSIZE_MODIFIER "x-0000-4000-8000-000000000000", n);
      memcpy (text->str + at, fresh, 36);
      n++;
    }
  g_string_append (text, tail);
  g_assert_cmpuint (text->len, <=, MYO_JOURNAL_MAX_WRITE_SIZE);
  g_assert_cmpuint (text->len, >, MYO_JOURNAL_MAX_WRITE_SIZE - strlen (line) - 8);
  g_assert_true (g_file_set_contents (tmp->path, text->str, text->len, NULL));

  store = myo_store_new (tmp->dir);
  g_assert_true (myo_store_load_journal (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries (store), ==, n);
  g_assert_null (myo_journal_get_moved_aside (myo_store_get_journal (store)));
  csv = myo_journal_to_csv (myo_store_get_journal (store));
  g_assert_cmpuint (strlen (csv), >, n * 40);

  /* Full: refused, said why, nothing lost */
  g_assert_false (myo_store_add (store, one_more, &error));
  g_assert_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_FULL);
  g_assert_cmpuint (n_entries (store), ==, n);
  g_assert_true (g_file_get_contents (tmp->path, &after, NULL, NULL));
  g_assert_true (strcmp (after, text->str) == 0);

  g_clear_object (&store);
}

static void
test_keep_recent (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(MyoStore) store = myo_store_new (dir);
  g_autoptr(GPtrArray) recent = NULL;
  g_autofree char *contents = NULL;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"n\": %u}", i);
      g_autofree char *path = myo_store_keep_recent (store, text, strlen (text), NULL);

      g_assert_nonnull (path);
    }

  /* The newest ten, newest first */
  recent = myo_store_list_recent (store);
  g_assert_cmpuint (recent->len, ==, 10);
  g_assert_true (g_file_get_contents (g_ptr_array_index (recent, 0), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"n\": 11}");

  g_clear_object (&store);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  kb = myo_kb_get_default ();

  g_test_add_func ("/myo/store/move-aside", test_move_aside);
  g_test_add_func ("/myo/store/with-extension", test_with_extension);
  g_test_add_func ("/myo/store/clean-temporaries", test_clean_temporaries);
  g_test_add_func ("/myo/store/add-before-load", test_add_before_load);
  g_test_add_func ("/myo/store/generation", test_generation);
  g_test_add_func ("/myo/store/concurrent-writers", test_concurrent_writers);
  g_test_add_func ("/myo/store/concurrent-damaged-exports", test_concurrent_damaged_exports);
  g_test_add_func ("/myo/store/autosave-debounced", test_autosave_debounced);
  g_test_add_func ("/myo/store/autosave-session", test_autosave_session);
  g_test_add_func ("/myo/store/autosave-full-disk", test_autosave_full_disk);
  g_test_add_func ("/myo/store/journal-at-limit", test_journal_at_limit);
  g_test_add_func ("/myo/store/keep-recent", test_keep_recent);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
