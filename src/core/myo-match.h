/* myo-match.h: which trigger points explain a session's pain, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-session.h"

G_BEGIN_DECLS

/* A trigger point the person confirmed ("Yes, that is my familiar pain")
 * counts this much more; one they rejected leaves the combination. */
#define MYO_MATCH_CONFIRMED_FACTOR 1.5

/* A painted area counts as explained by a trigger point when at least this
 * share of it lies in the point's zones */
#define MYO_MATCH_AREA_MIN_SHARE 0.2

/* What a trigger point explains of one point or one painted area. Points
 * and strokes share one sequence of ids, so @point_id names either. */
typedef struct
{
  guint            point_id;  /* a point's id, or a painted area's stroke id */
  MyoZoneKind      zone;      /* for an area, the zone holding most of its weight */
  /* The intensity times the zone's weight; for an area, times the mean
   * zone weight over its cells, so a large smear weighs no more than a
   * precise point */
  double           weight;
  /* Where the point was when matched (for an area, the region holding
   * most of it), so reasons need no look-up */
  const MyoRegion *region;
  gboolean         is_area;
  double           share;     /* of the area inside the zones; 1 for a point */
} MyoMatchHit;

#define MYO_TYPE_CANDIDATE (myo_candidate_get_type ())

G_DECLARE_FINAL_TYPE (MyoCandidate, myo_candidate, MYO, CANDIDATE, GObject)

/* A ranked trigger point on one leg. An object, so lists of candidates
 * are GListModels; its fields are read directly and never change once
 * the match is made. */
struct _MyoCandidate
{
  GObject                parent_instance;

  const MyoTriggerPoint *trp;
  MyoSide                side;
  double                 score;
  GArray                *hits;  /* MyoMatchHit, in session order */
  MyoAnswer              answer;
  gboolean               in_combination;
  /* Another candidate has the same score: neither is more likely */
  gboolean               tied;
  /* It explains every point and painted area of the session */
  gboolean               explains_all;
  /* Equal scores share one rank (1 is the best), whatever order they are
   * listed in; n_tied counts the candidates of that rank, this one
   * included (tied is n_tied > 1). A rejected candidate is never tied with
   * one that is not. */
  guint                  rank;
  guint                  n_tied;
};

#define MYO_TYPE_MATCH (myo_match_get_type ())

G_DECLARE_FINAL_TYPE (MyoMatch, myo_match, MYO, MATCH, GObject)

MyoMatch           *myo_match_new                (MyoSession         *session);
MyoSession         *myo_match_get_session        (MyoMatch           *self);
guint               myo_match_get_n_candidates   (MyoMatch           *self);
const MyoCandidate *myo_match_get_candidate      (MyoMatch           *self,
                                                  guint               index);
GPtrArray          *myo_match_get_combination    (MyoMatch           *self);
GArray             *myo_match_get_unexplained    (MyoMatch           *self);
char               *myo_match_dup_summary        (MyoMatch           *self);
guint               myo_match_get_n_items        (MyoMatch           *self);
char               *myo_match_dup_item_label     (MyoMatch           *self,
                                                  guint               id);
double              myo_match_get_explained_share (MyoMatch          *self,
                                                   const MyoCandidate *candidate);
GPtrArray          *myo_match_dup_best           (MyoMatch           *self);
const MyoMatchHit  *myo_candidate_find_hit       (const MyoCandidate *candidate,
                                                  guint               point_id);
char               *myo_candidate_dup_title      (const MyoCandidate *candidate);
char               *myo_candidate_dup_reason     (const MyoCandidate *candidate,
                                                  MyoSession         *session);
char               *myo_candidate_dup_numbered_reason (const MyoCandidate *candidate,
                                                       MyoSession         *session);
char               *myo_candidate_dup_places     (const MyoCandidate *candidate,
                                                  MyoSession         *session);
char              **myo_candidate_dup_place_list (const MyoCandidate *candidate,
                                                  MyoSession         *session);
gboolean            myo_candidate_equal          (const MyoCandidate *a,
                                                  const MyoCandidate *b);
char               *myo_trigger_point_dup_title  (const MyoTriggerPoint *trp,
                                                  MyoSide                side);

G_END_DECLS
