/* test-matcher.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-candidate-list.h"
#include "myo-match.h"
#include "myo-test-utils.h"

static gboolean
combination_has (MyoMatch   *match,
                 const char *trp_id)
{
  GPtrArray *combination = myo_match_get_combination (match);

  for (guint i = 0; i < combination->len; i++)
    if (g_str_equal (((MyoCandidate *) g_ptr_array_index (combination, i))->trp->id, trp_id))
      return TRUE;

  return FALSE;
}

static void
test_back_of_knee (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autofree char *reason = NULL;
  const MyoCandidate *first;
  guint point;

  point = add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  match = myo_match_new (session);

  g_assert_cmpuint (myo_match_get_n_candidates (match), >=, 2);
  for (guint i = 0; i < 2; i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);

      g_assert_cmpint (candidate->side, ==, MYO_SIDE_LEFT);
      g_assert_cmpint (myo_candidate_find_hit (candidate, point)->zone, ==, MYO_ZONE_ESSENTIAL);
      g_ptr_array_add (top, candidate->trp->id);
    }
  g_assert_true (g_ptr_array_find_with_equal_func (top, "gastrocnemius-medial-3", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (top, "gastrocnemius-lateral-4", g_str_equal, NULL));

  /* Scores are intensity × zone weight */
  first = myo_match_get_candidate (match, 0);
  g_assert_cmpfloat (first->score, ==, 6.0);
  reason = myo_candidate_dup_reason (first, session);
  g_assert_nonnull (strstr (reason, "back of knee"));
  g_assert_nonnull (strstr (reason, "main referral zone"));

  /* One point, one trigger point explains it */
  g_assert_cmpuint (myo_match_get_combination (match)->len, ==, 1);
  g_assert_cmpuint (myo_match_get_unexplained (match)->len, ==, 0);
}

static void
test_at_trp4 (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GError) error = NULL;
  const MyoTriggerPoint *trp4 = myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4");
  const MyoCandidate *first;
  guint point;

  /* Two finger breadths below the knee on the outer calf, where TrP4 lies */
  point = myo_session_add_point (session, trp4->location_view->id, trp4->location.x,
                                 trp4->location.y, 5, MYO_QUALITY_NONE, &error);
  g_assert_no_error (error);
  match = myo_match_new (session);

  first = myo_match_get_candidate (match, 0);
  g_assert_cmpstr (first->trp->id, ==, "gastrocnemius-lateral-4");
  g_assert_cmpint (myo_candidate_find_hit (first, point)->zone, ==, MYO_ZONE_LOCAL);
  g_assert_true (first->in_combination);
}

static void
test_instep_and_knee (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  const MyoCandidate *first;

  add_in_region (session, "soles-arch", MYO_SIDE_LEFT, 5);
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 5);
  match = myo_match_new (session);

  /* TrP1 refers to the instep and spills over to the back of the knee: it
   * alone explains both, so the combination is that single point. */
  g_assert_true (combination_has (match, "gastrocnemius-medial-1"));
  g_assert_cmpuint (myo_match_get_combination (match)->len, ==, 1);
  first = myo_match_get_candidate (match, 0);
  g_assert_cmpstr (first->trp->id, ==, "gastrocnemius-medial-1");
  g_assert_cmpuint (first->hits->len, ==, 2);
  g_assert_cmpuint (myo_match_get_unexplained (match)->len, ==, 0);
}

static void
test_both_legs (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  GPtrArray *combination;
  gboolean left = FALSE, right = FALSE;

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 5);
  add_in_region (session, "back-knee", MYO_SIDE_RIGHT, 5);
  match = myo_match_new (session);
  combination = myo_match_get_combination (match);

  /* A trigger point only refers pain within its own leg */
  g_assert_cmpuint (combination->len, ==, 2);
  for (guint i = 0; i < combination->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);

      g_assert_cmpuint (candidate->hits->len, ==, 1);
      left |= candidate->side == MYO_SIDE_LEFT;
      right |= candidate->side == MYO_SIDE_RIGHT;
    }
  g_assert_true (left && right);
}

static void
test_unexplained (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  guint knee, belly;

  /* Pain low in the belly, above the groin, is no leg muscle's */
  knee = add_in_region (session, "back-knee", MYO_SIDE_LEFT, 5);
  belly = add_in_region (session, "front-above-groin", MYO_SIDE_LEFT, 5);
  match = myo_match_new (session);

  g_assert_cmpuint (myo_match_get_unexplained (match)->len, ==, 1);
  g_assert_cmpuint (g_array_index (myo_match_get_unexplained (match), guint, 0), ==, belly);
  g_assert_nonnull (myo_candidate_find_hit (myo_match_get_candidate (match, 0), knee));
}

static void
test_deterministic (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) a = NULL;
  g_autoptr(MyoMatch) b = NULL;

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 5);
  add_in_region (session, "soles-arch", MYO_SIDE_RIGHT, 4);
  add_in_region (session, "back-calf-outer", MYO_SIDE_LEFT, 9);
  a = myo_match_new (session);
  b = myo_match_new (session);

  g_assert_cmpuint (myo_match_get_n_candidates (a), ==, myo_match_get_n_candidates (b));
  for (guint i = 0; i < myo_match_get_n_candidates (a); i++)
    {
      g_assert_true (myo_match_get_candidate (a, i)->trp == myo_match_get_candidate (b, i)->trp);
      g_assert_cmpint (myo_match_get_candidate (a, i)->side, ==, myo_match_get_candidate (b, i)->side);
      if (i > 0)
        g_assert_cmpfloat (myo_match_get_candidate (a, i - 1)->score, >=,
                           myo_match_get_candidate (a, i)->score);
    }
}

static const MyoCandidate *
find_candidate (MyoMatch              *match,
                const MyoTriggerPoint *trp)
{
  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    if (myo_match_get_candidate (match, i)->trp == trp &&
        myo_match_get_candidate (match, i)->side == MYO_SIDE_LEFT)
      return myo_match_get_candidate (match, i);

  g_error ("%s is not a candidate", trp->id);
}

/* The back of the knee is the essential zone of several trigger points:
 * equal scores are one rank, the summary names them all and calls none of
 * them the answer, and the order inside the tie does not follow the ids */
static void
test_ties (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GPtrArray) best = NULL;
  g_autofree char *summary = NULL;
  const MyoCandidate *trp3, *trp4;
  guint n_best;

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  match = myo_match_new (session);
  trp3 = find_candidate (match, myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-3"));
  trp4 = find_candidate (match, myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4"));

  g_assert_cmpfloat (trp3->score, ==, trp4->score);
  g_assert_cmpuint (trp3->rank, ==, 1);
  g_assert_cmpuint (trp4->rank, ==, 1);
  n_best = trp3->n_tied;
  g_assert_cmpuint (n_best, >=, 2);
  g_assert_cmpuint (trp4->n_tied, ==, n_best);

  best = myo_match_dup_best (match);
  g_assert_cmpuint (best->len, ==, n_best);
  summary = myo_match_dup_summary (match);
  g_assert_true (g_str_has_prefix (summary, "Equally likely: "));
  g_assert_null (strstr (summary, "This trigger point"));
  for (guint i = 0; i < best->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (best, i);
      g_autofree char *title = myo_candidate_dup_title (candidate);

      g_assert_cmpuint (candidate->rank, ==, 1);
      g_assert_nonnull (strstr (summary, title));
    }

  /* Ranks after the tie skip its size; every score is either tied with the
   * one before it or lower */
  for (guint i = 1; i < myo_match_get_n_candidates (match); i++)
    {
      const MyoCandidate *previous = myo_match_get_candidate (match, i - 1);
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);

      if (candidate->score == previous->score)
        g_assert_cmpuint (candidate->rank, ==, previous->rank);
      else
        g_assert_cmpuint (candidate->rank, ==, i + 1);
    }

  /* Within the tie the more common point comes first, then the knowledge
   * base's order: "gastrocnemius-lateral-4" sorts before
   * "gastrocnemius-medial-3" by id, but is listed after it */
  g_assert_cmpfloat (trp3->trp->prior, ==, trp4->trp->prior);
  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);

      if (candidate == trp4)
        g_error ("the tie was broken by id");
      if (candidate == trp3)
        break;
    }
}

static void
test_answers (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  const MyoTriggerPoint *trp3 = myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-3");
  const MyoTriggerPoint *trp4 = myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4");
  g_autoptr(MyoMatch) before = NULL;
  g_autoptr(MyoMatch) confirmed = NULL;
  g_autoptr(MyoMatch) rejected = NULL;
  const MyoCandidate *last;

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  before = myo_match_new (session);
  g_assert_cmpuint (find_candidate (before, trp3)->rank, ==, 1);
  g_assert_cmpuint (find_candidate (before, trp4)->rank, ==, 1);
  g_assert_cmpuint (((MyoCandidate *) g_ptr_array_index (myo_match_get_combination (before), 0))->rank, ==, 1);

  /* Confirming TrP3 lifts it above TrP4, which it tied with */
  myo_session_set_answer (session, trp3, MYO_SIDE_LEFT, MYO_ANSWER_YES);
  confirmed = myo_match_new (session);
  g_assert_true (myo_match_get_candidate (confirmed, 0)->trp == trp3);
  g_assert_cmpfloat (myo_match_get_candidate (confirmed, 0)->score, ==, 6 * MYO_MATCH_CONFIRMED_FACTOR);
  g_assert_cmpint (myo_match_get_candidate (confirmed, 0)->answer, ==, MYO_ANSWER_YES);

  /* Rejecting TrP3 and TrP4 on the left: both leave the combination, the
   * next candidate takes over, the rejected rank last */
  myo_session_set_answer (session, trp3, MYO_SIDE_LEFT, MYO_ANSWER_NO);
  myo_session_set_answer (session, trp4, MYO_SIDE_LEFT, MYO_ANSWER_NO);
  rejected = myo_match_new (session);
  g_assert_false (combination_has (rejected, "gastrocnemius-medial-3"));
  g_assert_false (combination_has (rejected, "gastrocnemius-lateral-4"));
  g_assert_cmpuint (myo_match_get_combination (rejected)->len, ==, 1);
  g_assert_cmpint (((MyoCandidate *) g_ptr_array_index (myo_match_get_combination (rejected), 0))->answer,
                   ==, MYO_ANSWER_NONE);
  g_assert_cmpuint (myo_match_get_unexplained (rejected)->len, ==, 0);
  last = myo_match_get_candidate (rejected, myo_match_get_n_candidates (rejected) - 1);
  g_assert_cmpint (last->answer, ==, MYO_ANSWER_NO);
  g_assert_false (last->in_combination);

  /* An answer is per leg */
  g_assert_cmpint (myo_session_get_answer (session, trp4, MYO_SIDE_RIGHT), ==, MYO_ANSWER_NONE);
}

static void
test_empty (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = myo_match_new (session);

  g_assert_cmpuint (myo_match_get_n_candidates (match), ==, 0);
  g_assert_cmpuint (myo_match_get_combination (match)->len, ==, 0);
  g_assert_cmpuint (myo_match_get_unexplained (match)->len, ==, 0);
}

static guint
count_matches (const char *text,
               const char *word)
{
  guint n = 0;

  for (const char *at = strstr (text, word); at != NULL; at = strstr (at + 1, word))
    n++;

  return n;
}

/* One reason per region, not per point: 40 points in two regions make a
 * reason as short as two points do (a 100-point session made reasons of
 * thousands of characters, and the panel measured each) */
static void
test_reason_per_region (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autofree char *reason = NULL;
  const MyoCandidate *first;

  for (guint i = 0; i < 20; i++)
    {
      add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
      add_in_region (session, "back-calf-outer", MYO_SIDE_LEFT, 4);
    }
  match = myo_match_new (session);
  first = myo_match_get_candidate (match, 0);
  g_assert_cmpuint (first->hits->len, >=, 20);

  reason = myo_candidate_dup_reason (first, session);
  g_assert_cmpuint (count_matches (reason, "back of knee"), ==, 1);
  g_assert_nonnull (strstr (reason, "20 points)"));
  g_assert_cmpuint (strlen (reason), <, 200);
}

static guint n_changes, changed_at, changed_removed, changed_added;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added)
{
  n_changes++;
  changed_at = position;
  changed_removed = removed;
  changed_added = added;
}

static GPtrArray *
dup_candidates (MyoMatch *match)
{
  GPtrArray *candidates = g_ptr_array_new ();

  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    g_ptr_array_add (candidates, (gpointer) myo_match_get_candidate (match, i));

  return candidates;
}

/* A new match changes the list only where its candidates differ, and the
 * list keeps the objects it holds where they do not */
static void
test_candidate_list (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoCandidateList) list = myo_candidate_list_new ();
  g_autoptr(MyoMatch) first = NULL;
  g_autoptr(MyoMatch) again = NULL;
  g_autoptr(MyoMatch) more = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(MyoCandidate) kept = NULL;
  guint n;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == MYO_TYPE_CANDIDATE);
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), NULL);

  /* Pain on both legs, so no candidate explains all of it */
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  add_in_region (session, "back-heel", MYO_SIDE_RIGHT, 2);
  first = myo_match_new (session);
  candidates = dup_candidates (first);
  myo_candidate_list_set_candidates (list, candidates);
  n = myo_match_get_n_candidates (first);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (changed_at, ==, 0);
  g_assert_cmpuint (changed_removed, ==, 0);
  g_assert_cmpuint (changed_added, ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);

  /* The same pain again: equal candidates, no change at all */
  again = myo_match_new (session);
  g_assert_true (myo_candidate_equal (myo_match_get_candidate (first, 0), myo_match_get_candidate (again, 0)));
  g_assert_false (myo_match_get_candidate (first, 0) == myo_match_get_candidate (again, 0));
  g_clear_pointer (&candidates, g_ptr_array_unref);
  candidates = dup_candidates (again);
  myo_candidate_list_set_candidates (list, candidates);
  g_assert_cmpuint (n_changes, ==, 1);
  kept = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (kept == myo_match_get_candidate (first, 0));

  /* A slight pain on the right calf changes some of the right leg's
   * candidates, ranked below the knee's: those before the first change
   * stay as they were, the same objects */
  g_assert_cmpint (myo_match_get_candidate (first, 0)->side, ==, MYO_SIDE_LEFT);
  add_in_region (session, "back-calf-outer", MYO_SIDE_RIGHT, 1);
  more = myo_match_new (session);
  g_clear_pointer (&candidates, g_ptr_array_unref);
  candidates = dup_candidates (more);
  myo_candidate_list_set_candidates (list, candidates);
  g_assert_cmpuint (n_changes, ==, 2);
  g_assert_cmpuint (changed_at, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, myo_match_get_n_candidates (more));
  for (guint i = 0; i < changed_at; i++)
    {
      g_autoptr(MyoCandidate) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (item == myo_match_get_candidate (first, i));
    }
  for (guint i = changed_at; i < changed_at + changed_added; i++)
    {
      g_autoptr(MyoCandidate) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (item == myo_match_get_candidate (more, i));
    }

  /* Nothing at all */
  myo_candidate_list_set_candidates (list, NULL);
  g_assert_cmpuint (n_changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/matcher/back-of-knee", test_back_of_knee);
  g_test_add_func ("/myo/matcher/at-trp4", test_at_trp4);
  g_test_add_func ("/myo/matcher/instep-and-knee", test_instep_and_knee);
  g_test_add_func ("/myo/matcher/both-legs", test_both_legs);
  g_test_add_func ("/myo/matcher/unexplained", test_unexplained);
  g_test_add_func ("/myo/matcher/deterministic", test_deterministic);
  g_test_add_func ("/myo/matcher/answers", test_answers);
  g_test_add_func ("/myo/matcher/empty", test_empty);
  g_test_add_func ("/myo/matcher/ties", test_ties);
  g_test_add_func ("/myo/matcher/reason-per-region", test_reason_per_region);
  g_test_add_func ("/myo/matcher/candidate-list", test_candidate_list);

  return g_test_run ();
}
