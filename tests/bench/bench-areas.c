/* bench-areas.c: a full match of a session with painted areas
 *
 * A program, not a test: it prints the median time of a full match (the
 * strokes laid on the grid, then ranked and covered) of sessions with 20
 * painted areas, against the same sessions with 20 points, measured in the
 * same run, and whether the 5 ms goal of issue 15 is met.
 *
 *   bench-areas [RUNS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "myo-match.h"
#include "myo-session-private.h"

#define N_AREAS  20
#define GOAL_MS  5.0

/* 20 strokes of a few points each, from the regions' centres on every view
 * and both legs; the seed fixes them whatever the knowledge base */
static MyoSession *
make_session (MyoKb    *kb,
              guint     seed,
              gboolean  areas)
{
  MyoSession *session = myo_session_new (kb);
  GPtrArray *regions = myo_kb_get_regions (kb);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint made = 0;

  for (guint tries = 0; made < N_AREAS && tries < 1000; tries++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, g_rand_int_range (rand, 0, regions->len));
      MyoSide side = g_rand_boolean (rand) ? MYO_SIDE_LEFT : MYO_SIDE_RIGHT;
      MyoPoint at = myo_view_to_side (region->view, myo_polygon_centroid (region->polygon), side);
      int intensity = g_rand_int_range (rand, 1, 11);
      MyoPoint path[12];

      for (guint k = 0; k < G_N_ELEMENTS (path); k++)
        path[k] = (MyoPoint) { at.x + g_rand_double_range (rand, -4, 4), at.y - 22 + 4 * k };

      if (areas)
        made += myo_session_add_stroke (session, region->view->id, path, G_N_ELEMENTS (path),
                                        g_rand_double_range (rand, 8, 20), intensity, FALSE, NULL) != 0;
      else
        made += myo_session_add_point (session, region->view->id, at.x, at.y, intensity,
                                       MYO_QUALITY_NONE, NULL) != 0;
    }

  g_assert (made == N_AREAS);
  return session;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median_ms (MyoSession **sessions,
           guint        n_sessions,
           guint        runs)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < runs; r++)
    {
      MyoSession *session = sessions[r % n_sessions];
      gint64 start;
      double ms;

      _myo_session_drop_areas (session);
      start = g_get_monotonic_time ();
      g_object_unref (myo_match_new (session));
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (samples, ms);
    }

  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  MyoKb *kb = myo_kb_get_default ();
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 200;
  MyoSession *with_areas[8], *with_points[8];
  double first_ms, areas_ms, points_ms;
  gint64 start;

  g_assert (kb != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (with_areas); i++)
    {
      with_areas[i] = make_session (kb, 15 + i, TRUE);
      with_points[i] = make_session (kb, 15 + i, FALSE);
    }

  /* The first match lays the zones on the grid, once per knowledge base */
  start = g_get_monotonic_time ();
  g_object_unref (myo_match_new (with_areas[0]));
  first_ms = (g_get_monotonic_time () - start) / 1000.0;

  points_ms = median_ms (with_points, G_N_ELEMENTS (with_points), runs);
  areas_ms = median_ms (with_areas, G_N_ELEMENTS (with_areas), runs);

  printf ("first match (zones laid on the grid once): %.2f ms\n", first_ms);
  printf ("full match, %d points (baseline):          %.3f ms\n", N_AREAS, points_ms);
  printf ("full match, %d painted areas:              %.3f ms (%.1f × baseline)\n",
          N_AREAS, areas_ms, areas_ms / points_ms);
  printf ("goal: %d areas ≤ %.0f ms: %s\n", N_AREAS, GOAL_MS, areas_ms <= GOAL_MS ? "met" : "NOT met");

  for (guint i = 0; i < G_N_ELEMENTS (with_areas); i++)
    {
      g_object_unref (with_areas[i]);
      g_object_unref (with_points[i]);
    }

  return areas_ms <= GOAL_MS ? 0 : 1;
}
