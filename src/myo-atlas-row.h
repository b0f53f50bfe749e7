/* myo-atlas-row.h: one trigger point in the atlas's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-kb.h"

G_BEGIN_DECLS

#define MYO_TYPE_ATLAS_ROW (myo_atlas_row_get_type ())

G_DECLARE_FINAL_TYPE (MyoAtlasRow, myo_atlas_row, MYO, ATLAS_ROW, GtkListBoxRow)

GtkWidget             *myo_atlas_row_new               (const MyoTriggerPoint *trp,
                                                        MyoSide                side,
                                                        const char            *title,
                                                        const char            *subtitle);
const MyoTriggerPoint *myo_atlas_row_get_trigger_point (MyoAtlasRow           *self);
MyoSide                myo_atlas_row_get_side          (MyoAtlasRow           *self);
gboolean               myo_atlas_row_get_grouped       (MyoAtlasRow           *self);
void                   myo_atlas_row_set_grouped       (MyoAtlasRow           *self,
                                                        gboolean               grouped);

G_END_DECLS
