/* test-journal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "myo-journal.h"
#include "myo-journal-private.h"
#include "myo-json.h"
#include "myo-test-utils.h"

static MyoJournalEntry *
make_entry (MyoKb      *kb,
            int         day,
            const char *note)
{
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, 5, 1 + day % 28, 9, 30, 0);

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 3 + day % 7);
  add_in_region (session, "soles-arch", MYO_SIDE_RIGHT, 2);
  myo_session_set_pain_after (session, day % 5);
  match = myo_match_new (session);

  return myo_journal_entry_new_from_session (session, match, started, note);
}

static char *
journal_path (const char *dir)
{
  return g_build_filename (dir, "io.github.myomap.Myomap", "journal.json", NULL);
}

static void
test_round_trip (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = journal_path (dir);
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  g_autoptr(MyoJournal) again = myo_journal_new (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf st;

  g_assert_true (myo_journal_load (journal, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);

  for (int day = 0; day < 3; day++)
    {
      g_autoptr(MyoJournalEntry) entry = make_entry (kb, day * 3, day == 1 ? "Better, \"a lot\"\nafter stretching" : NULL);
      const char *done[] = { "gastrocnemius-lateral-4:left", NULL };

      myo_journal_entry_set_routines_done (entry, done);
      g_assert_true (myo_journal_add (journal, entry, &error));
      g_assert_no_error (error);
    }

  /* Private to the user */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_true (myo_journal_load (again, &error));
  g_assert_null (myo_journal_get_moved_aside (again));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MyoJournalEntry) a = g_list_model_get_item (G_LIST_MODEL (journal), i);
      g_autoptr(MyoJournalEntry) b = g_list_model_get_item (G_LIST_MODEL (again), i);

      g_assert_cmpstr (myo_journal_entry_get_id (a), ==, myo_journal_entry_get_id (b));
      g_assert_true (g_date_time_equal (myo_journal_entry_get_started (a), myo_journal_entry_get_started (b)));
      g_assert_cmpuint (myo_journal_entry_get_n_points (b), ==, 2);
      g_assert_cmpint (myo_journal_entry_get_pain_before (a), ==, myo_journal_entry_get_pain_before (b));
      g_assert_cmpint (myo_journal_entry_get_pain_after (a), ==, myo_journal_entry_get_pain_after (b));
      g_assert_cmpstr (myo_journal_entry_get_note (a), ==, myo_journal_entry_get_note (b));
      g_assert_cmpstr (myo_journal_entry_get_top_candidate (a), ==, myo_journal_entry_get_top_candidate (b));
      g_assert_cmpstr (myo_journal_entry_get_routines_done (b)[0], ==, "gastrocnemius-lateral-4:left");
      g_assert_cmpfloat (myo_journal_entry_get_point (a, 0)->x, ==, myo_journal_entry_get_point (b, 0)->x);
    }

  /* Newest first */
  {
    g_autoptr(MyoJournalEntry) first = g_list_model_get_item (G_LIST_MODEL (again), 0);
    g_autoptr(MyoJournalEntry) last = g_list_model_get_item (G_LIST_MODEL (again), 2);

    g_assert_cmpint (g_date_time_compare (myo_journal_entry_get_started (first),
                                          myo_journal_entry_get_started (last)), >, 0);
  }

  /* Back on the map */
  {
    g_autoptr(MyoJournalEntry) first = g_list_model_get_item (G_LIST_MODEL (again), 0);
    g_autoptr(MyoSession) session = myo_journal_entry_to_session (first, kb, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (myo_session_get_n_points (session), ==, 2);
    g_assert_cmpstr (myo_session_get_point (session, 0)->region->id, ==, "back-knee");
  }

  /* Remove, and the removal is on disk */
  {
    g_autoptr(MyoJournalEntry) first = g_list_model_get_item (G_LIST_MODEL (again), 0);
    g_autoptr(MyoJournal) third = myo_journal_new (path);

    g_assert_true (myo_journal_remove (again, myo_journal_entry_get_id (first), &error));
    g_assert_false (myo_journal_remove (again, "no-such-id", NULL));
    g_assert_true (myo_journal_load (third, &error));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (third)), ==, 2);
    g_assert_null (myo_journal_lookup (third, myo_journal_entry_get_id (first)));
  }
}

static void
test_migrate_v1 (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "journal-v1.json", NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = journal_path (dir);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *contents = NULL;
  g_autofree char *migrated = NULL;
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  g_autoptr(MyoJournalEntry) older = NULL;
  g_autoptr(MyoKb) kb = NULL;
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (fixture, &contents, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  g_assert_true (myo_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_null (myo_journal_get_moved_aside (journal));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 2);

  older = g_list_model_get_item (G_LIST_MODEL (journal), 1);
  g_assert_cmpint (g_date_time_get_day_of_month (myo_journal_entry_get_started (older)), ==, 1);
  g_assert_cmpint (g_date_time_get_hour (myo_journal_entry_get_started (older)), ==, 8);
  g_assert_cmpint (myo_journal_entry_get_pain_before (older), ==, 7);
  g_assert_cmpint (myo_journal_entry_get_pain_after (older), ==, 4);
  g_assert_nonnull (strstr (myo_journal_entry_get_note (older), "\"stiff\""));

  /* Its points were marked on the diagram as it was before the back view
   * reached the lower back: each is still where it was marked */
  kb = myo_kb_get_default ();
  session = myo_journal_entry_to_session (older, kb, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (session), >, 0);
  for (guint i = 0; i < myo_session_get_n_points (session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (session, i);

      g_assert_nonnull (point->region);
      g_assert_cmpstr (point->region->id, ==, i == 0 ? "back-knee" : "soles-arch");
    }

  /* It is written in the current schema right away, where they are now */
  g_assert_true (g_file_get_contents (path, &migrated, NULL, NULL));
  g_assert_nonnull (strstr (migrated, "\"schema\": 3"));
  g_clear_object (&journal);
  journal = myo_journal_new (path);
  g_assert_true (myo_journal_load (journal, &error));
  g_clear_object (&older);
  g_clear_object (&session);
  older = g_list_model_get_item (G_LIST_MODEL (journal), 1);
  session = myo_journal_entry_to_session (older, kb, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (myo_session_get_point (session, 0)->region->id, ==, "back-knee");
}

static void
test_corrupt (void)
{
  static const char *bad[] = {
    "",
    "{ \"schema\": 2, \"sessions\": [ { \"id\": \"a\", \"started\": \"2026-05-01T09:30:00Z\", \"points\": [] }",
    "{ \"schema\": 2, \"sessions\": { } }",
    "{ \"schema\": \"two\", \"sessions\": [] }",
    "{ \"schema\": 2, \"sessions\": [ { \"id\": \"\xff\xfe\", \"started\": \"x\", \"points\": [] } ] }",
    "[ 1, 2, 3 ]",
  };
  g_autoptr(MyoKb) kb = myo_kb_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *dir = tmp_dir ();
      g_autofree char *path = journal_path (dir);
      g_autofree char *folder = g_path_get_dirname (path);
      g_autofree char *kept = NULL;
      g_autoptr(MyoJournal) journal = myo_journal_new (path);
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, bad[i], -1, NULL));

      g_assert_true (myo_journal_load (journal, &error));
      g_assert_no_error (error);
      g_assert_nonnull (myo_journal_get_moved_aside (journal));
      g_assert_true (g_str_has_prefix (myo_journal_get_moved_aside (journal), path));
      g_assert_true (g_file_get_contents (myo_journal_get_moved_aside (journal), &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, bad[i]);
    }

  /* One bad entry among good ones: the good ones are kept, the file too */
  {
    g_autofree char *dir = tmp_dir ();
    g_autofree char *path = journal_path (dir);
    g_autoptr(MyoJournal) journal = myo_journal_new (path);
    g_autoptr(MyoJournal) reread = NULL;
    g_autoptr(MyoJournalEntry) entry = make_entry (kb, 1, "good");
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;
    g_autofree char *broken = NULL;

    g_assert_true (myo_journal_add (journal, entry, &error));
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    broken = g_strdup (text);
    /* Turn an intensity into nonsense */
    memcpy (strstr (broken, "\"intensity\": ") + strlen ("\"intensity\": "), "99", 2);
    g_assert_true (g_file_set_contents (path, broken, -1, NULL));

    reread = myo_journal_new (path);
    g_assert_true (myo_journal_load (reread, &error));
    g_assert_nonnull (myo_journal_get_moved_aside (reread));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reread)), ==, 0);
  }
}

static void
test_unreadable (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = journal_path (dir);
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  g_autoptr(GError) error = NULL;

  /* A folder where the file should be: reported, and never written over */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_assert_false (myo_journal_load (journal, &error));
  g_assert_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (myo_journal_save (journal, &error));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  /* A newer schema is left alone */
  g_rmdir (path);
  g_assert_true (g_file_set_contents (path, "{ \"schema\": 99, \"sessions\": [] }", -1, NULL));
  g_clear_error (&error);
  g_assert_false (myo_journal_load (journal, &error));
  g_assert_nonnull (strstr (error->message, "newer"));
}

/* A write that fails (here: a file size limit, which also binds root) keeps
 * the previous journal, on disk and in memory */
static void
test_failed_write (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = journal_path (dir);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  g_autoptr(MyoJournalEntry) entry = make_entry (kb, 2, NULL);

  g_assert_true (myo_journal_add (journal, entry, NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  if (g_test_subprocess ())
    {
      g_autoptr(MyoJournalEntry) more = make_entry (kb, 3, "x");
      struct rlimit limit = { 64, 64 };
      g_autoptr(GError) error = NULL;

      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &limit);
      g_assert_false (myo_journal_add (journal, more, &error));
      g_assert_nonnull (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
}

/* Kill a writer at random moments: the journal must always parse and hold
 * a state that was saved, never half of one */
typedef struct
{
  MyoKb *kb;
  guint  last_count;
} CrashFixture;

static void
write_journal_loop (const char *path,
                    gpointer    user_data)
{
  CrashFixture *fixture = user_data;
  g_autoptr(MyoJournal) writer = myo_journal_new (path);

  if (!myo_journal_load (writer, NULL))
    _exit (3);
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (writer)); ; i++)
    {
      g_autofree char *note = g_strdup_printf ("%u", i);
      g_autoptr(MyoJournalEntry) entry = make_entry (fixture->kb, i, note);

      if (!myo_journal_add (writer, entry, NULL))
        _exit (4);
    }
}

static void
check_journal_whole (const char *path,
                     gpointer    user_data)
{
  CrashFixture *fixture = user_data;
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  g_autoptr(GError) error = NULL;
  guint count;

  g_assert_true (myo_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_null (myo_journal_get_moved_aside (journal));

  /* Entries are the notes 0, 1, …, count-1: a prefix of what was added */
  count = g_list_model_get_n_items (G_LIST_MODEL (journal));
  g_assert_cmpuint (count, >=, fixture->last_count);
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
      guint64 note = g_ascii_strtoull (myo_journal_entry_get_note (entry), NULL, 10);

      g_assert_cmpuint (note, <, count);
    }
  fixture->last_count = count;
}

static void
test_crash_safety (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = journal_path (dir);
  CrashFixture fixture = { kb, 0 };
  guint kills;

  kills = kill_during_writes (path, 100, write_journal_loop, check_journal_whole, &fixture);

  g_test_message ("%u kills survived, %u entries written", kills, fixture.last_count);
  g_assert_cmpuint (fixture.last_count, >, 0);
}

/* Exports are written the same way: a killed export leaves the previous
 * export or the new one, whole */
static void
write_exports_loop (const char *path,
                    gpointer    user_data)
{
  const char * const *exports = user_data;

  for (guint i = 0; ; i++)
    if (!myo_file_write_atomic (path, exports[i % 2], strlen (exports[i % 2]), NULL))
      _exit (4);
}

static void
check_export_whole (const char *path,
                    gpointer    user_data)
{
  const char * const *exports = user_data;
  g_autofree char *contents = NULL;
  GStatBuf st;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_equal (contents, exports[0]) || g_str_equal (contents, exports[1]));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_export_crash_safety (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "pain.csv", NULL);
  g_autofree char *journal_file = journal_path (dir);
  g_autoptr(MyoJournal) journal = myo_journal_new (journal_file);
  g_autofree char *small = NULL;
  g_autofree char *large = NULL;
  const char *exports[2];
  guint kills;
  g_autoptr(MyoJournalEntry) first = make_entry (kb, 1, "one");

  g_assert_true (myo_journal_add (journal, first, NULL));
  small = myo_journal_to_csv (journal);
  for (int day = 2; day < 60; day++)
    {
      g_autoptr(MyoJournalEntry) entry = make_entry (kb, day, "more");

      g_assert_true (myo_journal_add (journal, entry, NULL));
    }
  large = myo_journal_to_json (journal);
  exports[0] = small;
  exports[1] = large;

  kills = kill_during_writes (path, 40, write_exports_loop, check_export_whole, exports);
  g_test_message ("%u kills survived", kills);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A small CSV reader, for checking the export */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *c = text; *c != '\0'; c++)
    {
      if (quoted)
        {
          if (*c == '"' && c[1] == '"')
            g_string_append_c (field, *c++);
          else if (*c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *c);
        }
      else if (*c == '"')
        quoted = TRUE;
      else if (*c == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*c == '\r' && c[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          c++;
        }
      else
        g_string_append_c (field, *c);
    }

  g_ptr_array_unref (row);
  return rows;
}

static void
test_csv (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = journal_path (dir);
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  guint row = 1;

  for (int day = 0; day < 4; day++)
    {
      g_autoptr(MyoJournalEntry) entry = make_entry (kb, day, "with, comma");

      g_assert_true (myo_journal_add (journal, entry, NULL));
    }

  csv = myo_journal_to_csv (journal);
  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, 1 + 4 * 2);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), 0), ==, "session_id");

  /* Oldest session first, every point with its values */
  for (guint i = 4; i > 0; i--)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i - 1);

      for (guint p = 0; p < myo_journal_entry_get_n_points (entry); p++, row++)
        {
          GPtrArray *fields = g_ptr_array_index (rows, row);
          const MyoJournalPoint *point = myo_journal_entry_get_point (entry, p);

          g_assert_cmpuint (fields->len, ==, 9);
          g_assert_cmpstr (g_ptr_array_index (fields, 0), ==, myo_journal_entry_get_id (entry));
          g_assert_cmpstr (g_ptr_array_index (fields, 2), ==, point->view);
          g_assert_cmpstr (g_ptr_array_index (fields, 3), ==, point->region);
          g_assert_cmpstr (g_ptr_array_index (fields, 4), ==, point->side);
          g_assert_cmpfloat_with_epsilon (g_ascii_strtod (g_ptr_array_index (fields, 5), NULL), point->x, 0.006);
          g_assert_cmpfloat_with_epsilon (g_ascii_strtod (g_ptr_array_index (fields, 6), NULL), point->y, 0.006);
          g_assert_cmpint (atoi (g_ptr_array_index (fields, 7)), ==, point->intensity);
          g_assert_cmpstr (g_ptr_array_index (fields, 8), ==, point->quality ? point->quality : "");
        }
    }
}

/* Saving keeps each entry's text once formatted; a change to an entry
 * reaches the file all the same, and the file reads back as it was */
static void
test_cached_text (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = journal_path (dir);
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  g_autoptr(MyoJournal) reread = myo_journal_new (path);
  g_autoptr(MyoJournalEntry) entry = make_entry (kb, 1, "first");
  g_autoptr(MyoJournalEntry) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *done[] = { "gastrocnemius-medial-1:left", NULL };

  g_assert_true (myo_journal_add (journal, entry, &error));
  g_assert_true (myo_journal_save (journal, &error));
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));
  g_assert_null (strstr (first, "gastrocnemius-medial-1:left"));

  myo_journal_entry_set_routines_done (entry, done);
  g_assert_true (myo_journal_save (journal, &error));
  g_assert_true (g_file_get_contents (path, &second, NULL, NULL));
  g_assert_nonnull (strstr (second, "\"routines_done\": [ \"gastrocnemius-medial-1:left\" ]"));

  g_assert_true (myo_journal_load (reread, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reread)), ==, 1);
  again = g_list_model_get_item (G_LIST_MODEL (reread), 0);
  g_assert_cmpstr (myo_journal_entry_get_note (again), ==, "first");
  g_assert_cmpstr (myo_journal_entry_get_routines_done (again)[0], ==, done[0]);
}

static gboolean
has_problem (MyoJournal *journal,
             const char *line)
{
  GPtrArray *problems = myo_journal_get_problems (journal);

  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (g_ptr_array_index (problems, i), line))
      return TRUE;

  return FALSE;
}

/* An entry that cannot be read is left out, and the journal says why with
 * the JSON path of each problem; the good entries are kept */
static void
test_problem_paths (void)
{
  static const char text[] =
    "{ \"schema\": 3, \"sessions\": ["
    "  { \"id\": \"good\", \"started\": \"2026-05-01T09:30:00Z\","
    "    \"points\": [ { \"view\": \"back\", \"x\": 100, \"y\": 600, \"intensity\": 5 } ] },"
    "  { \"id\": \"bad\", \"started\": \"2026-05-02T09:30:00Z\","
    "    \"points\": [ { \"view\": \"back\", \"x\": 100, \"y\": 600, \"intensity\": 5 },"
    "                  { \"view\": \"back\", \"x\": 100, \"y\": 600, \"intensity\": \"high\" } ] },"
    "  { \"id\": \"worse\", \"started\": \"yesterday\", \"points\": [],"
    "    \"areas\": [ { \"view\": \"back\", \"radius\": 10, \"intensity\": 4, \"path\": [1, 2, 3] } ] },"
    "  7"
    "] }";
  static const char empty[] = "{ \"schema\": 3, \"sessions\": [] }";
  static const char v2[] =
    "{ \"schema\": 2, \"sessions\": [ { \"id\": \"old\", \"started\": \"2025-05-01T09:30:00Z\","
    "  \"points\": [ { \"view\": \"back\", \"x\": 100, \"y\": 600, \"intensity\": 5.0, \"side\": \"left\","
    "                  \"region\": \"back-knee\" } ], \"pain_before\": 5, \"pain_after\": 2,"
    "  \"routines_done\": [ \"calf\" ] } ] }";
  g_autoptr(MyoJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  gboolean damaged = FALSE;

  journal = _myo_journal_new_from_data (text, strlen (text), &damaged, &error);
  g_assert_no_error (error);
  g_assert_true (damaged);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_nonnull (myo_journal_lookup (journal, "good"));

  g_assert_true (has_problem (journal, "$.sessions[1].points[1].intensity: expected a number, found a string"));
  g_assert_true (has_problem (journal, "$.sessions[2].started: “yesterday” is not a date and time (ISO 8601)"));
  g_assert_true (has_problem (journal, "$.sessions[2].areas[0].path: needs pairs of x, y numbers"));
  g_assert_true (has_problem (journal, "$.sessions[3]: expected an object, found a number"));
  g_assert_cmpuint (myo_journal_get_problems (journal)->len, ==, 4);

  /* A schema 2 journal (no painted areas, no ratings) is read whole */
  g_clear_object (&journal);
  journal = _myo_journal_new_from_data (v2, strlen (v2), &damaged, &error);
  g_assert_no_error (error);
  g_assert_false (damaged);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_cmpuint (myo_journal_get_problems (journal)->len, ==, 0);
  g_assert_cmpint (myo_journal_entry_get_pain_after (myo_journal_lookup (journal, "old")), ==, 2);

  /* A journal read whole has none */
  g_clear_object (&journal);
  journal = _myo_journal_new_from_data (empty, strlen (empty), &damaged, &error);
  g_assert_no_error (error);
  g_assert_false (damaged);
  g_assert_cmpuint (myo_journal_get_problems (journal)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/journal/round-trip", test_round_trip);
  g_test_add_func ("/myo/journal/migrate-v1", test_migrate_v1);
  g_test_add_func ("/myo/journal/corrupt", test_corrupt);
  g_test_add_func ("/myo/journal/problem-paths", test_problem_paths);
  g_test_add_func ("/myo/journal/unreadable", test_unreadable);
  g_test_add_func ("/myo/journal/failed-write", test_failed_write);
  g_test_add_func ("/myo/journal/crash-safety", test_crash_safety);
  g_test_add_func ("/myo/journal/export-crash-safety", test_export_crash_safety);
  g_test_add_func ("/myo/journal/csv", test_csv);
  g_test_add_func ("/myo/journal/cached-text", test_cached_text);

  return g_test_run ();
}
