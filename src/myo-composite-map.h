/* myo-composite-map.h: where pain was marked over many sessions, as a
 * density over the leg diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-journal.h"

G_BEGIN_DECLS

#define MYO_TYPE_COMPOSITE_MAP (myo_composite_map_get_type ())

G_DECLARE_FINAL_TYPE (MyoCompositeMap, myo_composite_map, MYO, COMPOSITE_MAP, GtkWidget)

GtkWidget  *myo_composite_map_new            (void);
MyoJournal *myo_composite_map_get_journal    (MyoCompositeMap *self);
void        myo_composite_map_set_journal    (MyoCompositeMap *self,
                                              MyoJournal      *journal);
MyoKb      *myo_composite_map_get_kb         (MyoCompositeMap *self);
void        myo_composite_map_set_kb         (MyoCompositeMap *self,
                                              MyoKb           *kb);
const char *myo_composite_map_get_view_id    (MyoCompositeMap *self);
void        myo_composite_map_set_view_id    (MyoCompositeMap *self,
                                              const char      *view_id);
int         myo_composite_map_get_days       (MyoCompositeMap *self);
void        myo_composite_map_set_days       (MyoCompositeMap *self,
                                              int              days);
guint       myo_composite_map_get_n_points   (MyoCompositeMap *self);
guint       myo_composite_map_get_n_sessions (MyoCompositeMap *self);

G_END_DECLS
