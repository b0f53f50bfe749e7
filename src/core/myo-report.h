/* myo-report.h: a session's matching and routine, as text or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json.h>

#include "myo-routine.h"

G_BEGIN_DECLS

char        *myo_report_to_text (MyoMatch   *match,
                                 MyoRoutine *routine);
json_object *myo_report_to_json (MyoMatch   *match,
                                 MyoRoutine *routine);

G_END_DECLS
