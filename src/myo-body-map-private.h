/* myo-body-map-private.h: hooks for the tests, not for the rest of the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-body-map.h"

G_BEGIN_DECLS

guint _myo_body_map_get_render_count  (MyoBodyMap *self);
guint _myo_body_map_get_overlay_count (MyoBodyMap *self);
void  _myo_body_map_click             (MyoBodyMap *self,
                                       double      wx,
                                       double      wy);
void  _myo_body_map_hover             (MyoBodyMap *self,
                                       double      wx,
                                       double      wy);
void  _myo_body_map_drag              (MyoBodyMap *self,
                                       double      start_wx,
                                       double      start_wy,
                                       double      end_wx,
                                       double      end_wy);
void  _myo_body_map_get_cursor        (MyoBodyMap *self,
                                       double     *dx,
                                       double     *dy);

G_END_DECLS
