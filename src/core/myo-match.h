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

typedef struct
{
  guint       point_id;
  MyoZoneKind zone;
  /* The point's intensity times the zone's weight */
  double      weight;
} MyoMatchHit;

typedef struct
{
  const MyoTriggerPoint *trp;
  MyoSide                side;
  double                 score;
  GArray                *hits;  /* MyoMatchHit, in session order */
  MyoAnswer              answer;
  gboolean               in_combination;
  /* Equal scores are a tie, whatever order they are listed in: candidates
   * that score the same share one rank (1 is the best), and n_tied counts
   * them, this one included. A rejected candidate is never tied with one
   * that is not. */
  guint                  rank;
  guint                  n_tied;
} MyoCandidate;

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
GPtrArray          *myo_match_dup_best           (MyoMatch           *self);
const MyoMatchHit  *myo_candidate_find_hit       (const MyoCandidate *candidate,
                                                  guint               point_id);
char               *myo_candidate_dup_title      (const MyoCandidate *candidate);
char               *myo_candidate_dup_reason     (const MyoCandidate *candidate,
                                                  MyoSession         *session);

G_END_DECLS
