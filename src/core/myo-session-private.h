/* myo-session-private.h: hooks for the benchmarks, not for the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-session.h"

G_BEGIN_DECLS

void _myo_session_set_max_points (MyoSession *self,
                                  guint       max_points);

G_END_DECLS
