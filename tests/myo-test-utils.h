/* myo-test-utils.h: helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "myo-journal.h"
#include "myo-json.h"
#include "myo-kb.h"
#include "myo-match.h"
#include "myo-session.h"

G_BEGIN_DECLS

static inline MyoKb **
shared_kb_slot (void)
{
  static MyoKb *kb;

  return &kb;
}

/* The shipped knowledge base, loaded once by a test program whose tests
 * each take it: a load costs seconds under valgrind. Let it go with
 * shared_kb_release () at the end of main ().
 *
 * Returns: (transfer full): the knowledge base */
static inline MyoKb *
shared_kb (void)
{
  MyoKb **kb = shared_kb_slot ();

  if (*kb == NULL)
    *kb = myo_kb_get_default ();

  return g_object_ref (*kb);
}

static inline void
shared_kb_release (void)
{
  g_clear_object (shared_kb_slot ());
}

static inline const MyoRegion *
lookup_region (MyoKb      *kb,
               const char *region_id)
{
  GPtrArray *regions = myo_kb_get_regions (kb);

  for (guint i = 0; i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);

      if (g_str_equal (region->id, region_id))
        return region;
    }

  g_error ("No region %s", region_id);
}

/* Where a person would click inside a named region, in view coordinates */
static inline MyoPoint
region_point (MyoKb      *kb,
              const char *region_id,
              MyoSide     side)
{
  const MyoRegion *region = lookup_region (kb, region_id);
  MyoPoint c = myo_polygon_centroid (region->polygon);

  g_assert_true (myo_polygon_contains (region->polygon, c.x, c.y));
  return myo_view_to_side (region->view, c, side);
}

static inline const char *
region_view (MyoKb      *kb,
             const char *region_id)
{
  return lookup_region (kb, region_id)->view->id;
}

/* The diagram's named landmarks (resources/diagram/landmarks.json), an
 * object of views, each an object of [x, y] points. Returns the file's
 * root, for json_object_put; @landmarks is borrowed from it. */
static inline json_object *
landmarks_load (json_object **landmarks)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "diagram",
                                                 "landmarks.json", NULL);
  g_autoptr(GError) error = NULL;
  json_object *root = myo_json_parse_file (path, &error);

  g_assert_no_error (error);
  g_assert_true (json_object_object_get_ex (root, "landmarks", landmarks));
  return root;
}

static inline MyoPoint
landmark_point (json_object *landmarks,
                const char  *view_id,
                const char  *name)
{
  json_object *per_view, *point;

  g_assert_true (json_object_object_get_ex (landmarks, view_id, &per_view));
  if (!json_object_object_get_ex (per_view, name, &point))
    g_error ("No landmark %s/%s", view_id, name);

  return (MyoPoint) { json_object_get_double (json_object_array_get_idx (point, 0)),
                      json_object_get_double (json_object_array_get_idx (point, 1)) };
}

/* Where a scenario of tests/test-scenarios.c clicks, in view coordinates:
 * "region" is the centre of that region on the left leg, "view/landmark"
 * a landmark of @landmarks; @view_id is set to the view's */
static inline MyoPoint
scenario_point (MyoKb        *kb,
                json_object  *landmarks,
                const char   *spec,
                const char  **view_id)
{
  g_auto(GStrv) parts = g_strsplit (spec, "/", 2);

  if (parts[1] == NULL)
    {
      *view_id = region_view (kb, spec);
      return region_point (kb, spec, MYO_SIDE_LEFT);
    }

  *view_id = myo_kb_lookup_view (kb, parts[0])->id;
  return landmark_point (landmarks, parts[0], parts[1]);
}

static inline guint
add_in_region (MyoSession *session,
               const char *region_id,
               MyoSide     side,
               int         intensity)
{
  MyoKb *kb = myo_session_get_kb (session);
  MyoPoint p = region_point (kb, region_id, side);
  g_autoptr(GError) error = NULL;
  guint id;

  id = myo_session_add_point (session, region_view (kb, region_id), p.x, p.y, intensity,
                              MYO_QUALITY_ACHING, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (myo_session_lookup_point (session, id)->region->id, ==, region_id);

  return id;
}

/* A new session on the default knowledge base, which *@kb is set to */
static inline MyoSession *
session_new_default (MyoKb **kb)
{
  *kb = myo_kb_get_default ();
  return myo_session_new (*kb);
}

/* A journal, newest first, of sessions @days_apart days apart from
 * 2026-01-05 (a Monday), one region marked in each at the intensity given;
 * @after is the pain after, or -1 */
static inline GListModel *
make_region_journal (MyoKb      *kb,
                     const char *region_id,
                     const int  *intensities,
                     const int  *after,
                     guint       n,
                     guint       days_apart)
{
  GListStore *store = g_list_store_new (MYO_TYPE_JOURNAL_ENTRY);
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 1, 5, 9, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MyoSession) session = myo_session_new (kb);
      g_autoptr(MyoMatch) match = NULL;
      g_autoptr(GDateTime) started = g_date_time_add_days (start, i * days_apart);
      g_autoptr(MyoJournalEntry) entry = NULL;

      add_in_region (session, region_id, MYO_SIDE_LEFT, intensities[i]);
      if (after != NULL)
        myo_session_set_pain_after (session, after[i]);
      match = myo_match_new (session);
      entry = myo_journal_entry_new_from_session (session, match, started, NULL);
      g_list_store_insert (store, 0, entry);
    }

  return G_LIST_MODEL (store);
}

/* A test to add with g_test_add_func () */
typedef struct
{
  const char *path;
  GTestFunc   func;
} TestCase;

static inline void
add_test_funcs (const TestCase *cases,
                gsize           n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    g_test_add_func (cases[i].path, cases[i].func);
}

static inline char *
tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("myomap-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Deletes @dir and everything in it */
static inline void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* A file named @name in a fresh temporary folder (not created: @path is
 * where it goes); the folder goes, with all the test wrote in it, when
 * the TmpFile is freed */
typedef struct
{
  char *dir;
  char *path;
} TmpFile;

static inline TmpFile *
tmp_file_new (const char *name)
{
  TmpFile *file = g_new0 (TmpFile, 1);

  file->dir = tmp_dir ();
  file->path = g_build_filename (file->dir, name, NULL);
  return file;
}

static inline void
tmp_file_free (TmpFile *file)
{
  remove_tree (file->dir);
  g_free (file->path);
  g_free (file->dir);
  g_free (file);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TmpFile, tmp_file_free)

/* A time limit a test asserts, scaled in builds that run slower on purpose
 * (sanitizers, valgrind: MYOMAP_TEST_TIME_FACTOR, set by tests/meson.build) */
static inline gint64
test_time_limit (gint64 usec)
{
  const char *factor = g_getenv ("MYOMAP_TEST_TIME_FACTOR");

  return factor != NULL ? usec * MAX (1, g_ascii_strtoll (factor, NULL, 10)) : usec;
}

/* Crash safety: a child process writes @path over and over (@write_loop
 * never returns) and is killed with SIGKILL at a random moment, @rounds
 * times; after each kill @check asserts that @path holds a whole file
 * that was written, never half of one. Returns the kills survived. */
typedef void (*WriteLoop) (const char *path,
                           gpointer    user_data);
typedef void (*CheckFile) (const char *path,
                           gpointer    user_data);

static inline guint
kill_during_writes (const char *path,
                    guint       rounds,
                    WriteLoop   write_loop,
                    CheckFile   check,
                    gpointer    user_data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint kills = 0;

  for (guint round = 0; round < rounds; round++)
    {
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          write_loop (path, user_data);
          _exit (0);
        }

      g_usleep (g_rand_int_range (rand, 2000, 25000));
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
      kills++;

      check (path, user_data);
    }

  return kills;
}

G_END_DECLS
