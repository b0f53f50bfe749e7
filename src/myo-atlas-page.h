/* myo-atlas-page.h: the knowledge base, browsed by muscle or by where it hurts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-atlas.h"

G_BEGIN_DECLS

#define MYO_TYPE_ATLAS_PAGE (myo_atlas_page_get_type ())

G_DECLARE_FINAL_TYPE (MyoAtlasPage, myo_atlas_page, MYO, ATLAS_PAGE, GtkWidget)

GtkWidget             *myo_atlas_page_new              (void);
MyoKb                 *myo_atlas_page_get_kb           (MyoAtlasPage          *self);
void                   myo_atlas_page_set_kb           (MyoAtlasPage          *self,
                                                        MyoKb                 *kb);
gboolean               myo_atlas_page_get_presentation (MyoAtlasPage          *self);
void                   myo_atlas_page_set_presentation (MyoAtlasPage          *self,
                                                        gboolean               presentation);
const MyoTriggerPoint *myo_atlas_page_get_selected     (MyoAtlasPage          *self,
                                                        MyoSide               *side);
void                   myo_atlas_page_select           (MyoAtlasPage          *self,
                                                        const MyoTriggerPoint *trp,
                                                        MyoSide                side);
void                   myo_atlas_page_play             (MyoAtlasPage          *self);
void                   myo_atlas_page_focus_search     (MyoAtlasPage          *self);

G_END_DECLS
