/* myo-candidate-list.h: candidates as a GListModel, changed in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-match.h"

G_BEGIN_DECLS

#define MYO_TYPE_CANDIDATE_LIST (myo_candidate_list_get_type ())

G_DECLARE_FINAL_TYPE (MyoCandidateList, myo_candidate_list, MYO, CANDIDATE_LIST, GObject)

MyoCandidateList *myo_candidate_list_new            (void);
void              myo_candidate_list_set_candidates (MyoCandidateList *self,
                                                     GPtrArray        *candidates);

G_END_DECLS
