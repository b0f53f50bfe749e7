/* myo-extent.h: how much of the body chart is painted, and how many regions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-session.h"

G_BEGIN_DECLS

/* Cells of the area grid (MYO_AREA_CELL units a side) */
typedef struct
{
  guint painted;
  guint outline;
} MyoExtent;

MyoExtent  myo_extent_of_leg        (MyoSession       *session,
                                     const MyoView    *view,
                                     MyoSide           side);
MyoExtent  myo_extent_of_map        (MyoSession       *session);
double     myo_extent_get_share     (const MyoExtent  *extent);
double     myo_extent_get_area      (guint             cells);
guint      myo_extent_count_regions (MyoSession       *session);
char      *myo_extent_dup_summary   (MyoSession       *session);
char      *myo_extent_dup_details   (MyoSession       *session);

G_END_DECLS
