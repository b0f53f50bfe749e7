/* myo-center-column.h: a column of wrapped text, centred vertically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MYO_TYPE_CENTER_COLUMN (myo_center_column_get_type ())

G_DECLARE_FINAL_TYPE (MyoCenterColumn, myo_center_column, MYO, CENTER_COLUMN, AdwBin)

G_END_DECLS
