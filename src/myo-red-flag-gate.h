/* myo-red-flag-gate.h: the red-flag questions asked before a routine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-kb.h"

G_BEGIN_DECLS

#define MYO_TYPE_RED_FLAG_GATE (myo_red_flag_gate_get_type ())

G_DECLARE_FINAL_TYPE (MyoRedFlagGate, myo_red_flag_gate, MYO, RED_FLAG_GATE, GtkWidget)

GtkWidget  *myo_red_flag_gate_new         (void);
MyoKb      *myo_red_flag_gate_get_kb      (MyoRedFlagGate *self);
void        myo_red_flag_gate_set_kb      (MyoRedFlagGate *self,
                                           MyoKb          *kb);
void        myo_red_flag_gate_reset       (MyoRedFlagGate *self);
MyoUrgency  myo_red_flag_gate_get_urgency (MyoRedFlagGate *self);

G_END_DECLS
