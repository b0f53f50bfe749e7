/* myo-density.h: where pain was marked over many sessions, as a grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "myo-journal.h"
#include "myo-kb.h"

G_BEGIN_DECLS

#define MYO_TYPE_DENSITY (myo_density_get_type ())

G_DECLARE_FINAL_TYPE (MyoDensity, myo_density, MYO, DENSITY, GObject)

MyoDensity   *myo_density_new             (const MyoView  *view,
                                           guint           rows);
void          myo_density_collect         (MyoDensity     *self,
                                           GListModel     *journal,
                                           GDateTime      *since);
guint         myo_density_get_cols        (MyoDensity     *self);
guint         myo_density_get_rows        (MyoDensity     *self);
double        myo_density_get_cell        (MyoDensity     *self);
const float  *myo_density_get_grid        (MyoDensity     *self);
float         myo_density_get_max         (MyoDensity     *self);
float         myo_density_get_at          (MyoDensity     *self,
                                           double          x,
                                           double          y);
guint         myo_density_get_n_points    (MyoDensity     *self);
guint         myo_density_get_n_sessions  (MyoDensity     *self);
guint         myo_density_get_n_areas     (MyoDensity     *self);
const char   *myo_density_get_top_region  (MyoDensity     *self,
                                           MyoSide        *side);

G_END_DECLS
