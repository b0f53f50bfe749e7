/* myo-red-flag-gate-private.h: hooks for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-red-flag-gate.h"

G_BEGIN_DECLS

const char *_myo_red_flag_gate_get_page           (MyoRedFlagGate *self);
guint       _myo_red_flag_gate_get_n_flags        (MyoRedFlagGate *self);
void        _myo_red_flag_gate_set_flag           (MyoRedFlagGate *self,
                                                   guint           index,
                                                   gboolean        active);
void        _myo_red_flag_gate_continue           (MyoRedFlagGate *self);
const char *_myo_red_flag_gate_get_continue_label (MyoRedFlagGate *self);
guint       _myo_red_flag_gate_get_n_reasons      (MyoRedFlagGate *self);
const char *_myo_red_flag_gate_get_urgency_title  (MyoRedFlagGate *self);

G_END_DECLS
