/* myo-atlas.h: the knowledge base browsed by name or by where it hurts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-kb.h"

G_BEGIN_DECLS

typedef struct
{
  const MyoTriggerPoint *trp;
  MyoSide                side;
  MyoZoneKind            zone;
} MyoAtlasHit;

#define MYO_TYPE_ATLAS (myo_atlas_get_type ())

G_DECLARE_FINAL_TYPE (MyoAtlas, myo_atlas, MYO, ATLAS, GObject)

MyoAtlas         *myo_atlas_new              (MyoKb                 *kb);
MyoKb            *myo_atlas_get_kb           (MyoAtlas              *self);
GPtrArray        *myo_atlas_search           (MyoAtlas              *self,
                                              const char            *query);
GArray           *myo_atlas_refer_to         (MyoAtlas              *self,
                                              const MyoView         *view,
                                              double                 x,
                                              double                 y,
                                              const MyoRegion      **region);
GPtrArray        *myo_atlas_get_regions      (MyoAtlas              *self,
                                              const MyoTriggerPoint *trp);
GPtrArray        *myo_atlas_get_views        (MyoAtlas              *self,
                                              const MyoTriggerPoint *trp);
GPtrArray        *myo_atlas_get_muscle_trigger_points (MyoAtlas        *self,
                                              const MyoMuscle       *muscle);

G_END_DECLS
