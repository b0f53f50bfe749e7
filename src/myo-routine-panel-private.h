/* myo-routine-panel-private.h: hooks for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-countdown.h"
#include "myo-red-flag-gate.h"
#include "myo-routine-panel.h"

G_BEGIN_DECLS

const char   *_myo_routine_panel_get_page           (MyoRoutinePanel *self);
MyoRedFlagGate *_myo_routine_panel_get_gate         (MyoRoutinePanel *self);
guint         _myo_routine_panel_get_n_flags        (MyoRoutinePanel *self);
void          _myo_routine_panel_set_flag           (MyoRoutinePanel *self,
                                                     guint            index,
                                                     gboolean         active);
void          _myo_routine_panel_continue           (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_continue_label (MyoRoutinePanel *self);
guint         _myo_routine_panel_get_n_reasons      (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_step_label     (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_toggle_label   (MyoRoutinePanel *self);
MyoCountdown *_myo_routine_panel_get_countdown      (MyoRoutinePanel *self);
void          _myo_routine_panel_tick               (MyoRoutinePanel *self);
void          _myo_routine_panel_set_pain_after     (MyoRoutinePanel *self,
                                                     int              pain_after);
void          _myo_routine_panel_save               (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_announcement   (MyoRoutinePanel *self);
guint         _myo_routine_panel_get_n_announcements (MyoRoutinePanel *self);
guint         _myo_routine_panel_get_n_cues         (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_next           (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_last_note      (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_summary        (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_urgency_title  (MyoRoutinePanel *self);
MyoUrgency    _myo_routine_panel_get_urgency        (MyoRoutinePanel *self);
gboolean      _myo_routine_panel_get_can_save       (MyoRoutinePanel *self);
char        **_myo_routine_panel_dup_pictures       (MyoRoutinePanel *self);

G_END_DECLS
