/* bench-matcher.c: the matcher against the knowledge base, and how it scales
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json.h>

#include "bench.h"
#include "myo-json.h"
#include "myo-match.h"
#include "myo-session-private.h"

#define KB_COPIES     10
#define MIN_SAMPLE_US 20000.

/* Each measurement goes round this many different sessions of the same
 * size: matching one session over and over lets the CPU's branch
 * predictor learn its every branch, which it can for 100 points and
 * cannot for 1,000, and the scaling measured would be the predictor's */
#define N_SESSIONS    16

/* Points at the regions' centres, a little apart, on every view and both
 * legs; the same seed gives the same points whatever the knowledge base */
static MyoSession *
make_session (MyoKb *kb,
              guint  n_points,
              guint  seed)
{
  MyoSession *session = myo_session_new (kb);

  _myo_session_set_max_points (session, MAX (n_points, MYO_SESSION_MAX_POINTS));
  bench_fill_session (session, NULL, n_points, 6, seed);

  g_assert (myo_session_get_n_points (session) == n_points);

  return session;
}

static GPtrArray *
make_sessions (MyoKb *kb,
               guint  n_points)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < N_SESSIONS; i++)
    g_ptr_array_add (sessions, make_session (kb, n_points, 20 + i));

  return sessions;
}

static gboolean
shapes_contain (GPtrArray          *shapes,
                const MyoPainPoint *point)
{
  for (guint i = 0; i < shapes->len; i++)
    {
      const MyoShape *shape = g_ptr_array_index (shapes, i);

      if (shape->view == point->view &&
          myo_polygon_contains (shape->polygon, point->canonical.x, point->canonical.y))
        return TRUE;
    }

  return FALSE;
}

/* The floor: every point tested once against every zone of every trigger
 * point on its leg, with nothing kept, ranked or combined */
static guint
bare_hit_tests (MyoSession *session)
{
  GPtrArray *trigger_points = myo_kb_get_trigger_points (myo_session_get_kb (session));
  guint hits = 0;

  for (guint t = 0; t < trigger_points->len; t++)
    for (guint p = 0; p < myo_session_get_n_points (session); p++)
      {
        const MyoTriggerPoint *trp = g_ptr_array_index (trigger_points, t);
        const MyoPainPoint *point = myo_session_get_point (session, p);

        hits += shapes_contain (trp->essential, point);
        hits += trp->location_view == point->view &&
                myo_point_distance (trp->location, point->canonical) <= trp->local_radius;
        hits += shapes_contain (trp->spillover, point);
      }

  return hits;
}

typedef enum
{
  WORK_MATCH,
  WORK_BARE,
} Work;

static double
time_work (GPtrArray *sessions,
           Work       work,
           guint      batch)
{
  volatile guint sink = 0;
  double start = bench_now_us ();

  for (guint i = 0; i < batch; i++)
    {
      MyoSession *session = g_ptr_array_index (sessions, i % sessions->len);

      if (work == WORK_MATCH)
        {
          g_autoptr(MyoMatch) match = myo_match_new (session);

          sink += myo_match_get_n_candidates (match);
        }
      else
        sink += bare_hit_tests (session);
    }

  return (bench_now_us () - start) / batch;
}

/* Enough repetitions in one sample that the clock's resolution and a
 * single interruption do not matter */
static guint
calibrate (GPtrArray *sessions,
           Work       work)
{
  double once = time_work (sessions, work, sessions->len);

  return CLAMP ((guint) (MIN_SAMPLE_US / MAX (once, 0.01)), sessions->len, 100000);
}

/* Measures @a and @b in turn, @runs times each, in milliseconds */
static void
measure_pair (guint        runs,
              GPtrArray   *a,
              Work         work_a,
              GPtrArray   *b,
              Work         work_b,
              BenchFigure *figure)
{
  guint batch_a = calibrate (a, work_a);
  guint batch_b = calibrate (b, work_b);

  for (guint run = 0; run < runs; run++)
    {
      double ms;

      ms = time_work (a, work_a, batch_a) / 1000;
      g_array_append_val (figure->samples, ms);
      ms = time_work (b, work_b, batch_b) / 1000;
      g_array_append_val (figure->floor_samples, ms);
    }
}

/* The shipped knowledge base with every trigger point there @copies times,
 * the copies under new ids */
static MyoKb *
make_big_kb (guint    copies,
             GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/myomap/Myomap/kb/myomap-kb.json",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(json_object) root = NULL;
  json_object *trigger_points;
  guint n;
  const char *text;

  if (bytes == NULL)
    return NULL;

  root = myo_json_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  if (root == NULL)
    return NULL;

  json_object_object_get_ex (root, "trigger_points", &trigger_points);
  n = json_object_array_length (trigger_points);
  for (guint copy = 1; copy < copies; copy++)
    for (guint i = 0; i < n; i++)
      {
        json_object *original = json_object_array_get_idx (trigger_points, i);
        json_object *duplicate = NULL;
        json_object *id;
        g_autofree char *new_id = NULL;

        json_object_deep_copy (original, &duplicate, NULL);
        json_object_object_get_ex (duplicate, "id", &id);
        new_id = g_strdup_printf ("%s-copy-%u", json_object_get_string (id), copy);
        json_object_object_add (duplicate, "id", json_object_new_string (new_id));
        json_object_array_add (trigger_points, duplicate);
      }

  text = json_object_to_json_string_ext (root, JSON_C_TO_STRING_PLAIN);

  return myo_kb_new_from_data (text, strlen (text), "kb-x10.json", error);
}

/**
 * bench_matcher:
 *
 * A 20-point session against the knowledge base; 10, 100 and 1,000 points;
 * a knowledge base ten times as large.
 */
gboolean
bench_matcher (Bench   *bench,
               GError **error)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoKb) big_kb = NULL;
  g_autoptr(GPtrArray) s20 = make_sessions (kb, 20);
  g_autoptr(GPtrArray) s10 = make_sessions (kb, 10);
  g_autoptr(GPtrArray) s100 = make_sessions (kb, 100);
  g_autoptr(GPtrArray) s1000 = make_sessions (kb, 1000);
  g_autoptr(GPtrArray) big_s100 = NULL;
  g_autofree char *big_name = NULL;
  BenchFigure *figure;

  big_kb = make_big_kb (KB_COPIES, error);
  if (big_kb == NULL)
    return FALSE;
  big_s100 = make_sessions (big_kb, 100);

  figure = bench_add_figure (bench, "matcher-20", "Match, 20 points, shipped knowledge base", "ms",
                             "bare hit tests", BENCH_GOAL_VALUE_AT_MOST, 0.25);
  measure_pair (bench->runs, s20, WORK_MATCH, s20, WORK_BARE, figure);
  figure->note = g_strdup ("“well under a millisecond” is taken as at most a quarter of one");

  figure = bench_add_figure (bench, "matcher-100", "Match, 100 points", "ms",
                             "match, 10 points", BENCH_GOAL_NONE, 0);
  measure_pair (bench->runs, s100, WORK_MATCH, s10, WORK_MATCH, figure);

  figure = bench_add_figure (bench, "matcher-1000", "Match, 1,000 points", "ms",
                             "match, 100 points", BENCH_GOAL_RATIO_AT_MOST, 12);
  measure_pair (bench->runs, s1000, WORK_MATCH, s100, WORK_MATCH, figure);

  big_name = g_strdup_printf ("Match, 100 points, knowledge base ×%u (%u trigger points)", KB_COPIES,
                              myo_kb_get_trigger_points (big_kb)->len);
  figure = bench_add_figure (bench, "matcher-kb10", big_name, "ms",
                             "match, 100 points, shipped", BENCH_GOAL_RATIO_AT_MOST, 12);
  measure_pair (bench->runs, big_s100, WORK_MATCH, s100, WORK_MATCH, figure);

  return TRUE;
}
