/* myo-candidates-panel.h: "Where it hurts": the combination and the ranking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-match.h"

G_BEGIN_DECLS

#define MYO_TYPE_CANDIDATES_PANEL (myo_candidates_panel_get_type ())

G_DECLARE_FINAL_TYPE (MyoCandidatesPanel, myo_candidates_panel, MYO, CANDIDATES_PANEL, GtkWidget)

GtkWidget *myo_candidates_panel_new       (void);
MyoMatch  *myo_candidates_panel_get_match (MyoCandidatesPanel *self);
void       myo_candidates_panel_set_match (MyoCandidatesPanel *self,
                                           MyoMatch           *match);

G_END_DECLS
