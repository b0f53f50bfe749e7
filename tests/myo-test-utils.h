/* myo-test-utils.h: helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "myo-journal.h"
#include "myo-kb.h"
#include "myo-match.h"
#include "myo-session.h"

G_BEGIN_DECLS

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

static inline char *
tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("myomap-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

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
