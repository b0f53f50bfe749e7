/* myo-routine-panel.h: the red-flag gate, then a routine step by step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-kb.h"
#include "myo-routine.h"

G_BEGIN_DECLS

#define MYO_TYPE_ROUTINE_PANEL (myo_routine_panel_get_type ())

G_DECLARE_FINAL_TYPE (MyoRoutinePanel, myo_routine_panel, MYO, ROUTINE_PANEL, GtkWidget)

MyoRoutinePanel      *myo_routine_panel_new              (void);
void                  myo_routine_panel_begin            (MyoRoutinePanel *self,
                                                          MyoKb           *kb,
                                                          MyoRoutine      *routine);
MyoRoutine           *myo_routine_panel_get_routine      (MyoRoutinePanel *self);
gboolean              myo_routine_panel_get_running      (MyoRoutinePanel *self);
const MyoRoutineStep *myo_routine_panel_get_current_step (MyoRoutinePanel *self);
void                  myo_routine_panel_set_hero         (MyoRoutinePanel *self,
                                                          GtkWidget       *hero);
void                  myo_routine_panel_set_pain_before  (MyoRoutinePanel *self,
                                                          int              pain_before);

G_END_DECLS
