/* myo-diagram-private.h: hooks for the tests, not for the rest of the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-diagram.h"

G_BEGIN_DECLS

guint _myo_diagram_get_parse_count (void);

G_END_DECLS
