/* test-scenarios.c: pain patterns from the referral descriptions, ranked
 *
 * Each scenario marks where it hurts, on the left leg, by a named region
 * (its centre) or a named landmark of the diagram (landmarks.json), and
 * says where a trigger point must rank. The patterns are the ones the
 * sources describe (kb-facts.md and the knowledge base's own sources).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-json.h"
#include "myo-match.h"
#include "myo-test-utils.h"

typedef struct
{
  const char *name;
  const char *points[4];  /* "region-id" or "view/landmark" */
  const char *expected;   /* trigger point id */
  guint       max_rank;   /* 1 = first */
  gboolean    in_combination;
} Scenario;

static const Scenario scenarios[] = {
  { "heel-and-achilles", { "back-heel", "back/achilles-insertion" }, "soleus-1", 1, TRUE },
  { "heel-pad", { "soles-heel" }, "soleus-1", 1, TRUE },
  { "back-of-knee-gastrocnemius-3", { "back-knee" }, "gastrocnemius-medial-3", 6, FALSE },
  { "back-of-knee-gastrocnemius-4", { "back-knee" }, "gastrocnemius-lateral-4", 6, FALSE },
  { "back-of-knee-popliteus", { "back-knee" }, "popliteus-1", 6, FALSE },
  { "back-of-knee-plantaris", { "back-knee" }, "plantaris-1", 6, FALSE },
  { "back-of-knee-biceps-femoris", { "back-knee" }, "biceps-femoris-1", 6, FALSE },
  { "instep-and-back-of-knee", { "soles-arch", "back-knee" }, "gastrocnemius-medial-1", 1, TRUE },
  { "outer-calf-belly", { "back/gastrocnemius-lateral-head-centre" }, "gastrocnemius-lateral-2", 3, FALSE },
  { "front-of-knee", { "front-kneecap" }, "vastus-medialis-1", 2, TRUE },
  { "inner-knee", { "front-knee-inner" }, "vastus-medialis-1", 2, FALSE },
  { "outer-ankle-longus", { "lateral/lateral-malleolus" }, "peroneus-longus-1", 3, FALSE },
  { "outer-ankle-brevis", { "lateral/lateral-malleolus" }, "peroneus-brevis-1", 3, FALSE },
  { "outer-edge-of-foot", { "lateral-foot-edge" }, "peroneus-longus-1", 3, FALSE },
  { "sole-of-forefoot", { "soles/ball-centre" }, "flexor-digitorum-longus-1", 1, TRUE },
  { "under-the-big-toe", { "soles/big-toe-pad", "soles/first-metatarsal-head" }, "flexor-hallucis-longus-1", 1, TRUE },
  { "front-of-ankle", { "front/ankle-front-centre" }, "tibialis-anterior-1", 2, FALSE },
  { "top-of-foot", { "front/dorsum-of-foot" }, "extensor-digitorum-longus-1", 1, TRUE },
  { "back-of-thigh-and-knee", { "back-thigh-outer", "back-knee" }, "biceps-femoris-1", 1, TRUE },
  { "buttock-fold-and-inner-thigh", { "back-buttock", "back-thigh-inner" }, "medial-hamstrings-1", 1, TRUE },
  { "inner-thigh", { "medial-thigh" }, "adductor-longus-1", 3, FALSE },
  { "outer-thigh", { "lateral-thigh" }, "vastus-lateralis-4", 1, TRUE },
  { "outer-knee", { "lateral/patella-centre", "lateral-knee" }, "vastus-lateralis-1", 3, FALSE },
  { "inner-ankle", { "medial/medial-malleolus" }, "flexor-digitorum-longus-1", 3, FALSE },
  { "inner-big-toe", { "medial-big-toe" }, "tibialis-anterior-1", 2, FALSE },
};

static json_object *landmarks_file;
static json_object *landmarks;

static MyoPoint
scenario_point (MyoKb       *kb,
                const char  *spec,
                const char **view)
{
  g_auto(GStrv) parts = g_strsplit (spec, "/", 2);
  json_object *per_view, *point;

  if (parts[1] == NULL)
    {
      *view = region_view (kb, spec);
      return region_point (kb, spec, MYO_SIDE_LEFT);
    }

  g_assert_true (json_object_object_get_ex (landmarks, parts[0], &per_view));
  if (!json_object_object_get_ex (per_view, parts[1], &point))
    g_error ("No landmark %s", spec);

  *view = myo_kb_lookup_view (kb, parts[0])->id;
  return (MyoPoint) { json_object_get_double (json_object_array_get_idx (point, 0)),
                      json_object_get_double (json_object_array_get_idx (point, 1)) };
}

/* Whether the combination took, in @candidate's place, one it ties with
 * that explains the same points: either is the honest answer */
static gboolean
tie_in_combination (MyoMatch           *match,
                    const MyoCandidate *candidate)
{
  GPtrArray *combination = myo_match_get_combination (match);

  for (guint i = 0; i < combination->len; i++)
    {
      const MyoCandidate *chosen = g_ptr_array_index (combination, i);
      gboolean same = chosen->rank == candidate->rank && chosen->side == candidate->side &&
                      chosen->hits->len == candidate->hits->len;

      for (guint h = 0; same && h < candidate->hits->len; h++)
        same = myo_candidate_find_hit (chosen, g_array_index (candidate->hits, MyoMatchHit, h).point_id) != NULL;
      if (same)
        return TRUE;
    }

  return FALSE;
}

static void
test_scenario (gconstpointer data)
{
  const Scenario *scenario = data;
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GString) ranking = g_string_new (NULL);
  guint rank = 0;

  g_assert_nonnull (myo_kb_lookup_trigger_point (kb, scenario->expected));

  for (guint i = 0; i < G_N_ELEMENTS (scenario->points) && scenario->points[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *view = NULL;
      MyoPoint p = scenario_point (kb, scenario->points[i], &view);

      myo_session_add_point (session, view, p.x, p.y, 5, MYO_QUALITY_NONE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (myo_session_get_point (session, i)->side, ==, MYO_SIDE_LEFT);
    }

  match = myo_match_new (session);
  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);

      g_string_append_printf (ranking, " %u%s %s (%.1f)", candidate->rank,
                              candidate->n_tied > 1 ? "=" : ".", candidate->trp->id, candidate->score);
      /* Equal scores share a rank: a tie is not broken in anyone's favour */
      if (rank == 0 && g_str_equal (candidate->trp->id, scenario->expected))
        {
          rank = candidate->rank;
          if (scenario->in_combination && !candidate->in_combination &&
              !tie_in_combination (match, candidate))
            g_test_fail_printf ("%s: %s is not in the combination", scenario->name, scenario->expected);
        }
    }

  g_test_message ("%s:%s", scenario->name, ranking->str);
  if (rank == 0 || rank > scenario->max_rank)
    g_test_fail_printf ("%s: expected %s within the first %u, ranking:%s", scenario->name,
                        scenario->expected, scenario->max_rank, ranking->str);
}

/* Every trigger point can be matched and treated, and says where it comes from */
static void
test_coverage (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GPtrArray *trps = myo_kb_get_trigger_points (kb);
  GPtrArray *views = myo_kb_get_views (kb);
  g_autoptr(GHashTable) used_views = g_hash_table_new (NULL, NULL);

  g_assert_cmpuint (myo_kb_get_muscles (kb)->len, >=, 18);
  g_assert_cmpuint (trps->len, >=, 25);

  for (guint i = 0; i < trps->len; i++)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (trps, i);
      const MyoRegion *region;

      g_assert_cmpuint (trp->essential->len, >=, 1);
      g_assert_nonnull (trp->routine);
      g_assert_cmpuint (trp->routine->steps->len, >=, 2);
      g_assert_nonnull (trp->sources[0]);

      /* The spot to press is on the leg */
      region = myo_kb_locate (kb, trp->location_view, trp->location.x, trp->location.y, NULL, NULL);
      if (region == NULL)
        g_error ("%s: the location is not on the leg", trp->id);

      for (guint z = 0; z < trp->essential->len; z++)
        g_hash_table_add (used_views, (gpointer) ((MyoShape *) g_ptr_array_index (trp->essential, z))->view);

      for (guint s = 0; s < trp->routine->steps->len; s++)
        {
          const MyoStep *step = g_ptr_array_index (trp->routine->steps, s);

          g_assert_nonnull (step->instructions[0]);
          g_assert_cmpuint (step->hold_seconds, <=, 600);
          g_assert_nonnull (step->sources[0]);
          if (step->kind == MYO_STEP_STRETCH)
            g_assert_cmpuint (step->hold_seconds, >=, 10);
        }
    }

  /* Every view shows some referral zone */
  for (guint v = 0; v < views->len; v++)
    if (!g_hash_table_contains (used_views, g_ptr_array_index (views, v)))
      g_error ("No essential zone is drawn on the %s view", ((MyoView *) g_ptr_array_index (views, v))->id);
}

/* The safety rules of the back-of-knee hollow hold in the data itself */
static void
test_never_press_a_pulse (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const char *fossa[] = { "popliteus-1", "plantaris-1" };

  for (guint i = 0; i < G_N_ELEMENTS (fossa); i++)
    {
      const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (kb, fossa[i]);
      gboolean warned = FALSE;

      g_assert_nonnull (trp);
      for (guint s = 0; s < trp->routine->steps->len; s++)
        {
          const MyoStep *step = g_ptr_array_index (trp->routine->steps, s);
          g_autofree char *text = g_strjoinv (" ", step->instructions);
          g_autofree char *all = g_ascii_strdown (text, -1);
          g_autofree char *caution = g_ascii_strdown (step->caution ? step->caution : "", -1);

          /* No ball in the hollow, and a warning about the pulse */
          g_assert_null (strstr (all, "put a ball"));
          warned |= strstr (caution, "pulse") != NULL || strstr (all, "pulse") != NULL;
        }
      g_assert_true (warned);
    }
}

/* Each side view shows a leg as seen from that side: from the outside the
 * left leg's toes point to the viewer's left, from the inside (the body's
 * midline) to the viewer's right; the right leg mirrors it. */
static void
test_side_views_face_forward (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const char *view_id;
  MyoPoint big_toe = scenario_point (kb, "medial/big-toe", &view_id);
  MyoPoint inner_heel = scenario_point (kb, "medial/heel", &view_id);
  MyoPoint little_toe = scenario_point (kb, "lateral/little-toe", &view_id);
  MyoPoint outer_heel = scenario_point (kb, "lateral/heel", &view_id);
  const MyoView *medial = myo_kb_lookup_view (kb, "medial");
  const MyoView *lateral = myo_kb_lookup_view (kb, "lateral");

  g_assert_cmpfloat (big_toe.x, >, inner_heel.x);
  g_assert_cmpint (myo_view_side_at (medial, big_toe.x), ==, MYO_SIDE_LEFT);
  g_assert_cmpfloat (big_toe.x, >, medial->width / 2);

  g_assert_cmpfloat (little_toe.x, <, outer_heel.x);
  g_assert_cmpint (myo_view_side_at (lateral, little_toe.x), ==, MYO_SIDE_LEFT);
  g_assert_cmpfloat (little_toe.x, <, lateral->width / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "..", "resources", "diagram", "landmarks.json", NULL);
  landmarks_file = myo_json_parse_file (path, &error);
  g_assert_no_error (error);
  landmarks = json_object_object_get (landmarks_file, "landmarks");

  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/myo/scenarios/%s", scenarios[i].name);

      g_test_add_data_func (test_path, &scenarios[i], test_scenario);
    }
  g_test_add_func ("/myo/scenarios/coverage", test_coverage);
  g_test_add_func ("/myo/scenarios/never-press-a-pulse", test_never_press_a_pulse);
  g_test_add_func ("/myo/scenarios/side-views-face-forward", test_side_views_face_forward);

  ret = g_test_run ();
  json_object_put (landmarks_file);

  return ret;
}
