/* myo-routine-private.h: the plan of a routine, shared by the runner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-routine.h"

G_BEGIN_DECLS

void    _myo_routine_step_free           (MyoRoutineStep        *step);
void    _myo_routine_steps_build         (GPtrArray             *steps,
                                          const MyoSelection    *selection,
                                          guint                  n_selection);
void    _myo_routine_steps_drop          (GPtrArray             *steps,
                                          guint                  from,
                                          const MyoTriggerPoint *trp,
                                          MyoSide                side);
GArray *_myo_routine_steps_dup_selection (GPtrArray             *steps);

G_END_DECLS
