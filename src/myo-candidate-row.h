/* myo-candidate-row.h: one candidate of the "Where it hurts" panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-match.h"

G_BEGIN_DECLS

#define MYO_TYPE_CANDIDATE_ROW (myo_candidate_row_get_type ())

G_DECLARE_FINAL_TYPE (MyoCandidateRow, myo_candidate_row, MYO, CANDIDATE_ROW, GtkListBoxRow)

GtkWidget    *myo_candidate_row_new           (void);
MyoCandidate *myo_candidate_row_get_candidate (MyoCandidateRow *self);
void          myo_candidate_row_set_candidate (MyoCandidateRow *self,
                                               MyoCandidate    *candidate,
                                               MyoSession      *session);

G_END_DECLS
