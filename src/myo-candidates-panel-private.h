/* myo-candidates-panel-private.h: what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-candidates-panel.h"
#include "myo-pain-ratings.h"

G_BEGIN_DECLS

guint       _myo_candidates_panel_get_n_rows_created (MyoCandidatesPanel *self);
GtkListBox *_myo_candidates_panel_get_best_list      (MyoCandidatesPanel *self);
GtkListBox *_myo_candidates_panel_get_others_list    (MyoCandidatesPanel *self);
GtkButton  *_myo_candidates_panel_get_show_all_button (MyoCandidatesPanel *self);
GtkButton  *_myo_candidates_panel_get_best_show_all_button (MyoCandidatesPanel *self);
GtkLabel   *_myo_candidates_panel_get_summary_label  (MyoCandidatesPanel *self);
MyoPainRatings *_myo_candidates_panel_get_ratings    (MyoCandidatesPanel *self);

G_END_DECLS
