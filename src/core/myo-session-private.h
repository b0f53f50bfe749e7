/* myo-session-private.h: hooks for the benchmarks and the journal, not for the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json.h>

#include "myo-session.h"

G_BEGIN_DECLS

void         _myo_session_set_max_points (MyoSession *self,
                                          guint       max_points);
json_object *_myo_session_dup_areas_json (MyoSession *self);
void         _myo_session_drop_areas     (MyoSession *self);

G_END_DECLS
