/* myo-candidate-row-private.h: what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-candidate-row.h"

G_BEGIN_DECLS

GtkLabel  *_myo_candidate_row_get_title_label    (MyoCandidateRow *self);
GtkLabel  *_myo_candidate_row_get_strength_label (MyoCandidateRow *self);
GtkWidget *_myo_candidate_row_get_tag            (MyoCandidateRow *self,
                                                  const char      *name);

G_END_DECLS
