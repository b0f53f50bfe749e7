/* gen-journal.c: writes a journal of N plausible sessions, one every six
 * hours up to now, for tests and benchmarks
 *
 * usage: gen-journal N FILE [SEED]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-journal.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MyoKb) kb = NULL;
  g_autoptr(MyoJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  GPtrArray *regions;
  guint n;

  if (argc < 3)
    {
      g_printerr ("usage: %s N FILE [SEED]\n", argv[0]);
      return 64;
    }

  n = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  rand = g_rand_new_with_seed (argc > 3 ? (guint32) g_ascii_strtoull (argv[3], NULL, 10) : 42);
  kb = myo_kb_get_default ();
  regions = myo_kb_get_regions (kb);
  now = g_date_time_new_now_local ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MyoSession) session = myo_session_new (kb);
      g_autoptr(MyoMatch) match = NULL;
      g_autoptr(GDateTime) started = g_date_time_add_hours (now, -6 * (gint64) (n - i));
      guint n_points = g_rand_int_range (rand, 1, 5);

      for (guint p = 0; p < n_points; p++)
        {
          const MyoRegion *region = g_ptr_array_index (regions, g_rand_int_range (rand, 0, regions->len));
          MyoSide side = g_rand_boolean (rand) ? MYO_SIDE_LEFT : MYO_SIDE_RIGHT;
          MyoPoint at = myo_view_to_side (region->view, myo_polygon_centroid (region->polygon), side);

          myo_session_add_point (session, region->view->id, at.x, at.y,
                                 g_rand_int_range (rand, 1, 11), MYO_QUALITY_NONE, NULL);
        }
      myo_session_set_pain_after (session, g_rand_int_range (rand, 0, 8));
      match = myo_match_new (session);
      g_ptr_array_add (entries, myo_journal_entry_new_from_session (session, match, started, NULL));
    }

  journal = myo_journal_new (argv[2]);
  if (!myo_journal_add_all (journal, entries, &error))
    {
      g_printerr ("%s\n", error->message);
      return 73;
    }

  return 0;
}
