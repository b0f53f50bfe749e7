/* myo-maps-row.h: diagrams side by side, all of one height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MYO_TYPE_MAPS_ROW (myo_maps_row_get_type ())

G_DECLARE_FINAL_TYPE (MyoMapsRow, myo_maps_row, MYO, MAPS_ROW, GtkWidget)

GtkWidget *myo_maps_row_new            (void);
void       myo_maps_row_append         (MyoMapsRow *self,
                                        GtkWidget  *child,
                                        double      aspect);
void       myo_maps_row_clear          (MyoMapsRow *self);
int        myo_maps_row_get_max_height (MyoMapsRow *self);
void       myo_maps_row_set_max_height (MyoMapsRow *self,
                                        int         max_height);

G_END_DECLS
