/* myo-match.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "myo-match.h"

/* Matching follows DESIGN.md: a trigger point on one leg scores the pain it
 * explains on that leg, each point weighted by its intensity and by the best
 * zone that contains it. The combination is a greedy weighted set cover,
 * followed by a pruning pass the plain greedy lacks: a pick whose points are
 * all explained by later picks is dropped, so no trigger point in the
 * combination is redundant.
 *
 * Painted areas are explained like points, each weighted by its intensity
 * times the mean zone weight over its cells (myo_area_zone_overlap()):
 * the overlap is area-weighted but normalised by the area's size, so an
 * area entirely in a zone weighs what a point there weighs, and a large
 * smear that only grazes a zone weighs less than a precise point in it.
 * An area counts as explained once MYO_MATCH_AREA_MIN_SHARE of it lies in
 * the zones; the combination then covers areas as it covers points.
 *
 * The person's "Is this my pain?" answers are evidence the referral charts
 * lack: a confirmed trigger point's score is multiplied by
 * MYO_MATCH_CONFIRMED_FACTOR, a rejected one is ranked last and never
 * chosen for the combination.
 *
 * Equal scores are a tie and are reported as one (MyoCandidate.rank,
 * n_tied and tied, myo_match_dup_best()). Within a tie the list order
 * follows the prior ("most common") and then the knowledge base's own
 * order, never the ids' spelling; nothing that reads the result should
 * treat the first of a tie as better than the others. */

struct _MyoMatch
{
  GObject     parent_instance;

  /* Owned */
  MyoSession *session;
  GPtrArray  *candidates;   /* MyoCandidate, ranked */
  GPtrArray  *combination;  /* borrowed MyoCandidate, in pick order */
  GArray     *unexplained;  /* guint point ids */
};

G_DEFINE_FINAL_TYPE (MyoCandidate, myo_candidate, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (MyoMatch, myo_match, G_TYPE_OBJECT)

static void
myo_candidate_finalize (GObject *object)
{
  MyoCandidate *self = (MyoCandidate *) object;

  g_clear_pointer (&self->hits, g_array_unref);

  G_OBJECT_CLASS (myo_candidate_parent_class)->finalize (object);
}

static void
myo_candidate_class_init (MyoCandidateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_candidate_finalize;
}

static void
myo_candidate_init (MyoCandidate *self)
{
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const MyoCandidate *ca = *(const MyoCandidate **) a;
  const MyoCandidate *cb = *(const MyoCandidate **) b;
  gboolean rejected_a = ca->answer == MYO_ANSWER_NO;
  gboolean rejected_b = cb->answer == MYO_ANSWER_NO;

  if (rejected_a != rejected_b)
    return rejected_a ? 1 : -1;
  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  if (ca->trp->prior != cb->trp->prior)
    return ca->trp->prior > cb->trp->prior ? -1 : 1;
  if (ca->side != cb->side)
    return ca->side < cb->side ? -1 : 1;

  /* The sort is stable: the rest stay in the knowledge base's order */
  return 0;
}

/* Scores are sums of intensities times zone weights: compare them with a
 * tolerance, so that 5 × 0.5 + 5 × 0.5 ties with 5 × 1.0 */
static gboolean
same_score (double a,
            double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1.0, MAX (fabs (a), fabs (b)));
}

static void
assign_ranks (MyoMatch *self)
{
  guint start = 0;

  for (guint i = 0; i <= self->candidates->len; i++)
    {
      MyoCandidate *first = start < self->candidates->len ? g_ptr_array_index (self->candidates, start) : NULL;
      MyoCandidate *candidate = i < self->candidates->len ? g_ptr_array_index (self->candidates, i) : NULL;

      if (candidate != NULL && same_score (candidate->score, first->score) &&
          (candidate->answer == MYO_ANSWER_NO) == (first->answer == MYO_ANSWER_NO))
        continue;

      for (guint j = start; j < i; j++)
        {
          MyoCandidate *tied = g_ptr_array_index (self->candidates, j);

          tied->rank = start + 1;
          tied->n_tied = i - start;
        }
      start = i;
    }
}


static void
add_hit (MyoMatch              *self,
         MyoCandidate         **candidate,
         const MyoTriggerPoint *trp,
         MyoSide                side,
         const MyoMatchHit     *hit)
{
  if (*candidate == NULL)
    {
      *candidate = g_object_new (MYO_TYPE_CANDIDATE, NULL);
      (*candidate)->trp = trp;
      (*candidate)->side = side;
      (*candidate)->hits = g_array_new (FALSE, FALSE, sizeof (MyoMatchHit));
      g_ptr_array_add (self->candidates, *candidate);
    }

  g_array_append_val ((*candidate)->hits, *hit);
  (*candidate)->score += hit->weight;
}

static void
rank (MyoMatch *self)
{
  MyoKb *kb = myo_session_get_kb (self->session);
  GPtrArray *trigger_points = myo_kb_get_trigger_points (kb);
  guint n_points = myo_session_get_n_points (self->session);
  MyoAreas *areas = myo_session_get_areas (self->session);
  guint n_areas = myo_areas_get_n_areas (areas);

  for (guint t = 0; t < trigger_points->len; t++)
    for (MyoSide side = MYO_SIDE_LEFT; side <= MYO_SIDE_RIGHT; side++)
      {
        const MyoTriggerPoint *trp = g_ptr_array_index (trigger_points, t);
        MyoCandidate *candidate = NULL;

        for (guint p = 0; p < n_points; p++)
          {
            const MyoPainPoint *point = myo_session_get_point (self->session, p);
            MyoMatchHit hit = { 0 };

            if (point->side != side)
              continue;

            hit.zone = myo_kb_zone_at (kb, trp, point->view, point->canonical);
            if (hit.zone == MYO_ZONE_NONE)
              continue;

            hit.point_id = point->id;
            hit.region = point->region;
            hit.weight = point->intensity * myo_kb_get_zone_weight (kb, hit.zone);
            hit.share = 1;
            add_hit (self, &candidate, trp, side, &hit);
          }

        for (guint a = 0; a < n_areas; a++)
          {
            const MyoArea *area = myo_areas_get_area (areas, a);
            MyoMatchHit hit = { 0 };
            double mean;

            if (area->side != side)
              continue;

            mean = myo_area_zone_overlap (kb, trp, area, &hit.zone, &hit.share);
            if (hit.share < MYO_MATCH_AREA_MIN_SHARE)
              continue;

            hit.point_id = area->stroke_id;
            hit.region = area->region;
            hit.weight = area->intensity * mean;
            hit.is_area = TRUE;
            add_hit (self, &candidate, trp, side, &hit);
          }

        if (candidate != NULL)
          {
            candidate->answer = myo_session_get_answer (self->session, trp, side);
            if (candidate->answer == MYO_ANSWER_YES)
              {
                candidate->score *= MYO_MATCH_CONFIRMED_FACTOR;
                for (guint h = 0; h < candidate->hits->len; h++)
                  g_array_index (candidate->hits, MyoMatchHit, h).weight *= MYO_MATCH_CONFIRMED_FACTOR;
              }
          }
      }

  g_ptr_array_sort (self->candidates, compare_candidates);
  assign_ranks (self);
}

/* Equal scores are shown as equally likely; the order between them says
 * nothing. A rejected candidate ties with nothing. Whether a candidate
 * explains all the pain is noted here too, for the words that say so. */
static void
mark_ties_and_wholes (MyoMatch *self)
{
  guint n_items = myo_match_get_n_items (self);

  for (guint i = 0; i < self->candidates->len; i++)
    {
      MyoCandidate *candidate = g_ptr_array_index (self->candidates, i);

      candidate->explains_all = candidate->hits->len == n_items;
    }

  /* One notion of a tie: the ranks' (assign_ranks()) */
  for (guint i = 0; i < self->candidates->len; i++)
    {
      MyoCandidate *candidate = g_ptr_array_index (self->candidates, i);

      candidate->tied = candidate->n_tied > 1 && candidate->answer != MYO_ANSWER_NO;
    }
}

static double
uncovered_weight (const MyoCandidate *candidate,
                  GHashTable         *covered)
{
  double weight = 0;

  for (guint i = 0; i < candidate->hits->len; i++)
    {
      const MyoMatchHit *hit = &g_array_index (candidate->hits, MyoMatchHit, i);

      if (!g_hash_table_contains (covered, GUINT_TO_POINTER (hit->point_id)))
        weight += hit->weight;
    }

  return weight;
}

/* Whether every point @candidate explains is explained by another pick
 * too; @explainers counts, per point id, the picks that explain it */
static gboolean
is_redundant (const MyoCandidate *candidate,
              GHashTable         *explainers)
{
  for (guint i = 0; i < candidate->hits->len; i++)
    {
      guint point_id = g_array_index (candidate->hits, MyoMatchHit, i).point_id;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (explainers, GUINT_TO_POINTER (point_id))) < 2)
        return FALSE;
    }

  return TRUE;
}

static void
count_explainers (GHashTable         *explainers,
                  const MyoCandidate *candidate,
                  int                 delta)
{
  for (guint i = 0; i < candidate->hits->len; i++)
    {
      gpointer key = GUINT_TO_POINTER (g_array_index (candidate->hits, MyoMatchHit, i).point_id);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (explainers, key));

      g_hash_table_insert (explainers, key, GUINT_TO_POINTER (count + delta));
    }
}

typedef struct
{
  MyoCandidate *candidate;
  double        gain;  /* when last computed */
  guint         rank;
} Pending;

/* The greater gain comes first; of equal gains, the better rank */
static gboolean
pending_before (const Pending *a,
                const Pending *b)
{
  return a->gain > b->gain || (a->gain == b->gain && a->rank < b->rank);
}

static void
heap_swap (GArray *heap,
           guint   i,
           guint   j)
{
  Pending tmp = g_array_index (heap, Pending, i);

  g_array_index (heap, Pending, i) = g_array_index (heap, Pending, j);
  g_array_index (heap, Pending, j) = tmp;
}

static void
heap_push (GArray        *heap,
           const Pending *pending)
{
  guint i = heap->len;

  g_array_append_val (heap, *pending);
  while (i > 0 && pending_before (&g_array_index (heap, Pending, i),
                                  &g_array_index (heap, Pending, (i - 1) / 2)))
    {
      heap_swap (heap, i, (i - 1) / 2);
      i = (i - 1) / 2;
    }
}

static void
heap_pop (GArray *heap)
{
  guint i = 0;

  heap_swap (heap, 0, heap->len - 1);
  g_array_set_size (heap, heap->len - 1);

  for (;;)
    {
      guint first = i;
      guint left = 2 * i + 1;
      guint right = 2 * i + 2;

      if (left < heap->len && pending_before (&g_array_index (heap, Pending, left),
                                              &g_array_index (heap, Pending, first)))
        first = left;
      if (right < heap->len && pending_before (&g_array_index (heap, Pending, right),
                                               &g_array_index (heap, Pending, first)))
        first = right;
      if (first == i)
        break;

      heap_swap (heap, i, first);
      i = first;
    }
}

static void
cover (MyoMatch *self)
{
  g_autoptr(GHashTable) covered = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) explainers = g_hash_table_new (NULL, NULL);

  g_autoptr(GArray) heap = g_array_sized_new (FALSE, FALSE, sizeof (Pending),
                                              self->candidates->len);

  /* Lazy greedy: a candidate's gain only shrinks as points get covered,
   * so the gain it last had bounds what it has now. The candidate on top
   * of the heap is taken once its fresh gain still puts it on top;
   * candidates far below are never looked at again. This picks what a
   * full scan of every candidate at every step picks, ties included (the
   * rank breaks them), without that scan's cost growing with the square
   * of the points. */
  for (guint i = 0; i < self->candidates->len; i++)
    {
      MyoCandidate *candidate = g_ptr_array_index (self->candidates, i);
      Pending pending = { candidate, uncovered_weight (candidate, covered), i };

      if (candidate->answer != MYO_ANSWER_NO && pending.gain > 0)
        heap_push (heap, &pending);
    }

  while (heap->len > 0)
    {
      Pending top = g_array_index (heap, Pending, 0);
      double gain = uncovered_weight (top.candidate, covered);

      heap_pop (heap);
      if (gain != top.gain)
        {
          top.gain = gain;
          if (gain > 0)
            heap_push (heap, &top);
          continue;
        }

      g_ptr_array_add (self->combination, top.candidate);
      for (guint i = 0; i < top.candidate->hits->len; i++)
        g_hash_table_add (covered,
                          GUINT_TO_POINTER (g_array_index (top.candidate->hits, MyoMatchHit, i).point_id));
    }

  /* Counting the picks that explain each point keeps the pruning linear in
   * the number of points (tests/bench measures 1,000) */
  for (guint i = 0; i < self->combination->len; i++)
    count_explainers (explainers, g_ptr_array_index (self->combination, i), 1);

  for (guint i = self->combination->len; i > 0; i--)
    {
      const MyoCandidate *candidate = g_ptr_array_index (self->combination, i - 1);

      if (is_redundant (candidate, explainers))
        {
          count_explainers (explainers, candidate, -1);
          g_ptr_array_remove_index (self->combination, i - 1);
        }
    }

  for (guint i = 0; i < self->combination->len; i++)
    ((MyoCandidate *) g_ptr_array_index (self->combination, i))->in_combination = TRUE;

  for (guint p = 0; p < myo_session_get_n_points (self->session); p++)
    {
      guint id = myo_session_get_point (self->session, p)->id;

      if (!g_hash_table_contains (covered, GUINT_TO_POINTER (id)))
        g_array_append_val (self->unexplained, id);
    }

  for (guint a = 0; a < myo_areas_get_n_areas (myo_session_get_areas (self->session)); a++)
    {
      guint id = myo_areas_get_area (myo_session_get_areas (self->session), a)->stroke_id;

      if (!g_hash_table_contains (covered, GUINT_TO_POINTER (id)))
        g_array_append_val (self->unexplained, id);
    }
}

static void
myo_match_finalize (GObject *object)
{
  MyoMatch *self = (MyoMatch *) object;

  g_clear_pointer (&self->combination, g_ptr_array_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->unexplained, g_array_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (myo_match_parent_class)->finalize (object);
}

static void
myo_match_class_init (MyoMatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_match_finalize;
}

static void
myo_match_init (MyoMatch *self)
{
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->combination = g_ptr_array_new ();
  self->unexplained = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * myo_match_new:
 * @session: the marked pain
 *
 * Ranks every trigger point of the session's knowledge base against the
 * session as it is now. The result does not follow later changes.
 *
 * Returns: (transfer full): the ranking, combination and unexplained points
 */
MyoMatch *
myo_match_new (MyoSession *session)
{
  MyoMatch *self;

  g_return_val_if_fail (MYO_IS_SESSION (session), NULL);

  self = g_object_new (MYO_TYPE_MATCH, NULL);
  self->session = g_object_ref (session);
  rank (self);
  mark_ties_and_wholes (self);
  cover (self);

  return self;
}

/**
 * myo_match_get_session:
 *
 * Returns: (transfer none): the session that was matched
 */
MyoSession *
myo_match_get_session (MyoMatch *self)
{
  g_return_val_if_fail (MYO_IS_MATCH (self), NULL);
  return self->session;
}

guint
myo_match_get_n_candidates (MyoMatch *self)
{
  g_return_val_if_fail (MYO_IS_MATCH (self), 0);
  return self->candidates->len;
}

/**
 * myo_match_get_candidate:
 *
 * Returns: (transfer none): the candidate ranked @index (0 is the best)
 */
const MyoCandidate *
myo_match_get_candidate (MyoMatch *self,
                         guint     index)
{
  g_return_val_if_fail (MYO_IS_MATCH (self), NULL);
  g_return_val_if_fail (index < self->candidates->len, NULL);

  return g_ptr_array_index (self->candidates, index);
}

/**
 * myo_match_get_combination:
 *
 * Returns: (transfer none) (element-type MyoCandidate): the smallest set
 *   found that explains every point anything explains
 */
GPtrArray *
myo_match_get_combination (MyoMatch *self)
{
  g_return_val_if_fail (MYO_IS_MATCH (self), NULL);
  return self->combination;
}

/**
 * myo_match_get_unexplained:
 *
 * Returns: (transfer none) (element-type guint): ids of the points no trigger
 *   point explains
 */
GArray *
myo_match_get_unexplained (MyoMatch *self)
{
  g_return_val_if_fail (MYO_IS_MATCH (self), NULL);
  return self->unexplained;
}

const MyoMatchHit *
myo_candidate_find_hit (const MyoCandidate *candidate,
                        guint               point_id)
{
  for (guint i = 0; i < candidate->hits->len; i++)
    {
      const MyoMatchHit *hit = &g_array_index (candidate->hits, MyoMatchHit, i);

      if (hit->point_id == point_id)
        return hit;
    }

  return NULL;
}

/**
 * myo_trigger_point_dup_title:
 *
 * Returns: (transfer full): e.g. "Gastrocnemius, lateral head, trigger point 4 (left leg)"
 */
char *
myo_trigger_point_dup_title (const MyoTriggerPoint *trp,
                             MyoSide                side)
{
  g_autofree char *label = myo_trigger_point_dup_label (trp);

  return g_strdup_printf ("%s (%s)", label, side == MYO_SIDE_LEFT ? _("left leg") : _("right leg"));
}

/**
 * myo_candidate_dup_title:
 *
 * Returns: (transfer full): the candidate's myo_trigger_point_dup_title()
 */
char *
myo_candidate_dup_title (const MyoCandidate *candidate)
{
  return myo_trigger_point_dup_title (candidate->trp, candidate->side);
}

typedef struct
{
  const MyoRegion *region;
  MyoZoneKind      zone;    /* the strongest zone over the region's points */
  double           weight;  /* of that zone */
  guint            n_points;
} RegionReason;

/**
 * myo_candidate_dup_place_list:
 *
 * Where the pain the candidate explains is: one part per region, not per
 * point, so the text stays short however many points are marked.
 *
 * Returns: (transfer full): e.g. { "back of knee (main referral zone)",
 *   "calf (spillover zone, 3 points)", NULL }
 */
char **
myo_candidate_dup_place_list (const MyoCandidate *candidate,
                              MyoSession         *session)
{
  MyoKb *kb = myo_session_get_kb (session);
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (RegionReason));
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);

  /* In the order the regions were first marked */
  for (guint i = 0; i < candidate->hits->len; i++)
    {
      const MyoMatchHit *hit = &g_array_index (candidate->hits, MyoMatchHit, i);
      double weight = myo_kb_get_zone_weight (kb, hit->zone);
      gpointer at;
      RegionReason *item;

      /* Painted areas are named one by one, below */
      if (hit->is_area)
        continue;

      if (!g_hash_table_lookup_extended (index, hit->region, NULL, &at))
        {
          RegionReason fresh = { hit->region, hit->zone, weight, 0 };

          at = GUINT_TO_POINTER (regions->len);
          g_array_append_val (regions, fresh);
          g_hash_table_insert (index, (gpointer) hit->region, at);
        }

      item = &g_array_index (regions, RegionReason, GPOINTER_TO_UINT (at));
      item->n_points++;
      if (weight > item->weight)
        {
          item->zone = hit->zone;
          item->weight = weight;
        }
    }

  for (guint i = 0; i < regions->len; i++)
    {
      const RegionReason *item = &g_array_index (regions, RegionReason, i);

      if (item->n_points == 1)
        g_ptr_array_add (places, g_strdup_printf ("%s (%s)", item->region->name,
                                                  myo_zone_kind_get_label (item->zone)));
      else
        /* Translators: a region, its strongest zone, and how many of the
         * person's points are in that region, e.g. "calf (spillover zone,
         * 3 points)" */
        g_ptr_array_add (places,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%s, %u point)",
                                                       "%s (%s, %u points)", item->n_points),
                                          item->region->name, myo_zone_kind_get_label (item->zone),
                                          item->n_points));
    }

  for (guint i = 0; i < candidate->hits->len; i++)
    {
      const MyoMatchHit *hit = &g_array_index (candidate->hits, MyoMatchHit, i);

      if (hit->is_area)
        /* Translators: a region, the share of a painted area in the
         * trigger point's zones, then the zone, e.g. "area at calf, 60 %
         * (main referral zone)" */
        g_ptr_array_add (places, g_strdup_printf (_("area at %s, %.0f %% (%s)"),
                                                  hit->region != NULL ? hit->region->name : "",
                                                  100 * hit->share, myo_zone_kind_get_label (hit->zone)));
    }

  g_ptr_array_add (places, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&places), FALSE);
}

/**
 * myo_candidate_dup_places:
 *
 * Returns: (transfer full): myo_candidate_dup_place_list() in one line,
 *   e.g. "back of knee (main referral zone); calf (spillover zone, 3 points)"
 */
char *
myo_candidate_dup_places (const MyoCandidate *candidate,
                          MyoSession         *session)
{
  g_auto(GStrv) places = myo_candidate_dup_place_list (candidate, session);

  return g_strjoinv ("; ", places);
}

/**
 * myo_candidate_dup_reason:
 *
 * Returns: (transfer full): why the candidate is ranked where it is, e.g.
 *   "Explains 4 of 5 points: back of knee (main referral zone); calf
 *   (spillover zone, 3 points)"
 */
char *
myo_candidate_dup_reason (const MyoCandidate *candidate,
                          MyoSession         *session)
{
  g_autofree char *places = myo_candidate_dup_places (candidate, session);
  guint n_areas = myo_areas_get_n_areas (myo_session_get_areas (session));
  guint n_items = myo_session_get_n_points (session) + n_areas;
  g_autofree char *count = NULL;

  if (n_areas == 0)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Explains %u of %u point: ",
                                          "Explains %u of %u points: ", n_items),
                             candidate->hits->len, n_items);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Explains %u of %u points and areas: ",
                                          "Explains %u of %u points and areas: ", n_items),
                             candidate->hits->len, n_items);

  return g_strconcat (count, places, NULL);
}

/**
 * myo_candidate_dup_numbered_reason:
 *
 * Like myo_candidate_dup_reason(), for reports: each point is named by its
 * number in the session, so that two points in one region are told apart.
 *
 * Returns: (transfer full): e.g. "Explains 2 of 3 points: #1 back of knee
 *   (main referral zone); #2 back of knee (main referral zone)"
 */
char *
myo_candidate_dup_numbered_reason (const MyoCandidate *candidate,
                                   MyoSession         *session)
{
  g_autoptr(GString) reason = g_string_new (NULL);
  guint n_points = myo_session_get_n_points (session);
  guint n_areas = myo_areas_get_n_areas (myo_session_get_areas (session));
  guint p = 0;

  if (n_areas == 0)
    g_string_append_printf (reason,
                            g_dngettext (GETTEXT_PACKAGE, "Explains %u of %u point: ",
                                         "Explains %u of %u points: ", n_points),
                            candidate->hits->len, n_points);
  else
    g_string_append_printf (reason,
                            g_dngettext (GETTEXT_PACKAGE, "Explains %u of %u points and areas: ",
                                         "Explains %u of %u points and areas: ", n_points + n_areas),
                            candidate->hits->len, n_points + n_areas);

  /* The hits are in session order, points first: one walk along the
   * session finds each point's number, its place in the session as the
   * person sees it; painted areas have no number */
  for (guint i = 0; i < candidate->hits->len; i++)
    {
      const MyoMatchHit *hit = &g_array_index (candidate->hits, MyoMatchHit, i);

      if (hit->is_area)
        {
          if (i > 0)
            g_string_append (reason, "; ");
          g_string_append_printf (reason, _("area at %s, %.0f %% (%s)"),
                                  hit->region != NULL ? hit->region->name : "",
                                  100 * hit->share, myo_zone_kind_get_label (hit->zone));
          continue;
        }

      while (p < n_points && myo_session_get_point (session, p)->id != hit->point_id)
        p++;
      g_return_val_if_fail (p < n_points, g_string_free (g_steal_pointer (&reason), FALSE));

      if (i > 0)
        g_string_append (reason, "; ");
      /* Translators: a pain point's number, its region, then the kind of
       * zone it lies in, e.g. “#2 back of knee (main referral zone)” */
      g_string_append_printf (reason, _("#%u %s (%s)"), p + 1, hit->region->name,
                              myo_zone_kind_get_label (hit->zone));
    }

  return g_string_free (g_steal_pointer (&reason), FALSE);
}

/**
 * myo_candidate_equal:
 *
 * Whether two candidates, of the same match or of two, show the same:
 * the same trigger point on the same leg, with the same score, answer,
 * place in the combination and tie, explaining the same points in the
 * same zones and regions.
 *
 * Returns: %TRUE when equal
 */
gboolean
myo_candidate_equal (const MyoCandidate *a,
                     const MyoCandidate *b)
{
  if (a->trp != b->trp || a->side != b->side || a->score != b->score ||
      a->answer != b->answer || a->in_combination != b->in_combination ||
      a->tied != b->tied || a->explains_all != b->explains_all ||
      a->hits->len != b->hits->len)
    return FALSE;

  for (guint i = 0; i < a->hits->len; i++)
    {
      const MyoMatchHit *ha = &g_array_index (a->hits, MyoMatchHit, i);
      const MyoMatchHit *hb = &g_array_index (b->hits, MyoMatchHit, i);

      if (ha->point_id != hb->point_id || ha->zone != hb->zone ||
          ha->region != hb->region || ha->weight != hb->weight ||
          ha->is_area != hb->is_area || ha->share != hb->share)
        return FALSE;
    }

  return TRUE;
}

/**
 * myo_match_dup_best:
 *
 * The candidates that share the best score, none of them rejected: one
 * when the ranking has a clear first, several when it is a tie.
 *
 * Returns: (transfer container) (element-type MyoCandidate): the best
 *   candidates, in list order; empty when nothing explains any point
 */
GPtrArray *
myo_match_dup_best (MyoMatch *self)
{
  GPtrArray *best;

  g_return_val_if_fail (MYO_IS_MATCH (self), NULL);

  best = g_ptr_array_new ();
  for (guint i = 0; i < self->candidates->len; i++)
    {
      MyoCandidate *candidate = g_ptr_array_index (self->candidates, i);

      if (candidate->rank != 1 || candidate->answer == MYO_ANSWER_NO)
        break;
      g_ptr_array_add (best, candidate);
    }

  return best;
}

static char *
dup_plain_summary (guint n_points,
                   guint n_explained,
                   guint n_chosen)
{
  if (n_chosen == 1 && n_points == 1)
    return g_strdup (_("This trigger point explains your pain point."));

  /* "All your pain", never "all 2 of your points" */
  if (n_chosen == 1 && n_explained == n_points)
    return g_strdup (_("This trigger point explains all your pain."));

  if (n_chosen == 1)
    return g_strdup_printf (_("This trigger point explains %u of your %u points."),
                            n_explained, n_points);

  if (n_explained == n_points)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Together these %u trigger points explain all your pain.",
                                         "Together these %u trigger points explain all your pain.",
                                         n_chosen),
                            n_chosen);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "These %u trigger points explain %u of your %u points.",
                                       "These %u trigger points explain %u of your %u points.",
                                       n_chosen),
                          n_chosen, n_explained, n_points);
}

/**
 * myo_match_get_n_items:
 *
 * Returns: how many points and painted areas were matched
 */
guint
myo_match_get_n_items (MyoMatch *self)
{
  g_return_val_if_fail (MYO_IS_MATCH (self), 0);

  return myo_session_get_n_points (self->session) +
         myo_areas_get_n_areas (myo_session_get_areas (self->session));
}

/**
 * myo_match_dup_item_label:
 * @id: the id of a point or of a painted area's stroke
 *
 * Returns: (transfer full) (nullable): what the point or area is, e.g.
 *   "Left leg · back of knee, intensity 6"
 */
char *
myo_match_dup_item_label (MyoMatch *self,
                          guint     id)
{
  const MyoPainPoint *point;
  const MyoArea *area;

  g_return_val_if_fail (MYO_IS_MATCH (self), NULL);

  if ((point = myo_session_lookup_point (self->session, id)) != NULL)
    return myo_pain_point_dup_label (point);
  if ((area = myo_areas_lookup (myo_session_get_areas (self->session), id)) != NULL)
    return myo_area_dup_label (area);

  return NULL;
}

/**
 * myo_match_get_explained_share:
 * @candidate: (nullable): a candidate of this match, or %NULL for the
 *   whole combination
 *
 * The share of the pain marked that @candidate explains: each point and
 * area counts its intensity, an area only the part of it in the zones.
 *
 * Returns: 0–1
 */
double
myo_match_get_explained_share (MyoMatch           *self,
                               const MyoCandidate *candidate)
{
  g_autoptr(GHashTable) explained = g_hash_table_new (NULL, NULL);
  MyoAreas *areas;
  double total = 0, part = 0;

  g_return_val_if_fail (MYO_IS_MATCH (self), 0);

  /* Per item, the best coverage any of the candidates considered gives */
  for (guint c = 0; c < self->combination->len || (candidate != NULL && c == 0); c++)
    {
      const MyoCandidate *each = candidate != NULL ? candidate : g_ptr_array_index (self->combination, c);

      for (guint h = 0; h < each->hits->len; h++)
        {
          const MyoMatchHit *hit = &g_array_index (each->hits, MyoMatchHit, h);
          double *best = g_hash_table_lookup (explained, GUINT_TO_POINTER (hit->point_id));

          if (best == NULL)
            {
              best = g_newa (double, 1);
              *best = 0;
              g_hash_table_insert (explained, GUINT_TO_POINTER (hit->point_id), best);
            }
          *best = MAX (*best, hit->share);
        }

      if (candidate != NULL)
        break;
    }

  for (guint p = 0; p < myo_session_get_n_points (self->session); p++)
    {
      const MyoPainPoint *point = myo_session_get_point (self->session, p);
      double *share = g_hash_table_lookup (explained, GUINT_TO_POINTER (point->id));

      total += point->intensity;
      part += share != NULL ? point->intensity * *share : 0;
    }

  areas = myo_session_get_areas (self->session);
  for (guint a = 0; a < myo_areas_get_n_areas (areas); a++)
    {
      const MyoArea *area = myo_areas_get_area (areas, a);
      double *share = g_hash_table_lookup (explained, GUINT_TO_POINTER (area->stroke_id));

      total += area->intensity;
      part += share != NULL ? area->intensity * *share : 0;
    }

  return total > 0 ? part / total : 0;
}

/* When the best score is shared: every tied candidate is named, and the
 * sentence after the list names none of them as the answer */
static char *
dup_tie_summary (GPtrArray *best,
                 guint      n_points,
                 guint      n_explained,
                 guint      n_chosen)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *rest = NULL;
  gboolean any = n_chosen == 1;

  for (guint i = 0; i < best->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (best, i);
      g_autofree char *title = myo_candidate_dup_title (candidate);

      if (i > 0)
        g_string_append (names, "; ");
      g_string_append (names, title);
      any &= candidate->hits->len == n_explained;
    }

  if (n_chosen > 1)
    rest = dup_plain_summary (n_points, n_explained, n_chosen);
  else if (any && n_points == 1)
    rest = g_strdup (_("Any one of them explains your pain point."));
  else if (any && n_explained == n_points)
    rest = g_strdup (_("Any one of them explains all your pain."));
  else if (any)
    rest = g_strdup_printf (_("Any one of them explains %u of your %u points."), n_explained, n_points);
  else if (n_explained == n_points)
    rest = g_strdup (_("One of them explains all your pain."));
  else
    rest = g_strdup_printf (_("One of them explains %u of your %u points."), n_explained, n_points);

  /* Translators: several trigger points that score the same, separated by
   * semicolons, then what they explain */
  return g_strdup_printf (_("Equally likely: %s. %s"), names->str, rest);
}

/**
 * myo_match_dup_summary:
 *
 * Never names one trigger point as the answer when several tie: "Equally
 * likely: …" lists them all.
 *
 * Returns: (transfer full): one sentence on the combination, e.g.
 *   "Together these 2 trigger points explain all your pain."
 */
char *
myo_match_dup_summary (MyoMatch *self)
{
  g_autoptr(GPtrArray) best = NULL;
  guint n_points, n_explained, n_chosen;
  gboolean painted;

  g_return_val_if_fail (MYO_IS_MATCH (self), NULL);

  n_points = myo_match_get_n_items (self);
  n_explained = n_points - self->unexplained->len;
  n_chosen = self->combination->len;
  painted = myo_areas_get_n_areas (myo_session_get_areas (self->session)) > 0;

  if (n_chosen == 0)
    return g_strdup (painted ? _("No trigger point Myomap knows explains these points and areas.")
                             : _("No trigger point Myomap knows explains these points."));

  best = myo_match_dup_best (self);
  if (best->len > 1)
    return dup_tie_summary (best, n_points, n_explained, n_chosen);

  /* With painted areas, "all your pain" as without, or a count of points
   * and areas */
  if (!painted || n_explained == n_points)
    return dup_plain_summary (n_points, n_explained, n_chosen);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u trigger point explains %u of your %u points and areas.",
                                       "%u trigger points explain %u of your %u points and areas.",
                                       n_chosen),
                          n_chosen, n_explained, n_points);
}
