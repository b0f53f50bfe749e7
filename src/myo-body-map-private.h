/* myo-body-map-private.h: hooks for the tests, not for the rest of the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-body-map.h"

G_BEGIN_DECLS

/* What the map draws over the diagram, as 0xRRGGBB with the opacity it is
 * drawn at. tests/test-contrast.c checks each against the diagram's fills
 * and the light and dark window backgrounds (WCAG contrast ratios). */
#define MYO_MAP_INK              0x241f31  /* outlines, the ✕ and dark numbers */
#define MYO_MAP_INK_ALPHA        0.85      /* a point's outline */
#define MYO_MAP_HALO             0xffffff  /* under the ✕, the cursor, the selection */
#define MYO_MAP_HALO_ALPHA       0.9
#define MYO_MAP_CURSOR           0x1a5fb4  /* keyboard cursor and hovered region */
#define MYO_MAP_ZONE             0x9141ac  /* referral zones: purple, never an intensity's hue */
#define MYO_MAP_ESSENTIAL_ALPHA  0.45
#define MYO_MAP_SPILLOVER_ALPHA  0.18
#define MYO_MAP_ZONE_LINE        0x613583  /* a zone's outline */
#define MYO_MAP_ESSENTIAL_LINE_ALPHA  0.9
#define MYO_MAP_SPILLOVER_LINE_ALPHA  0.8
#define MYO_MAP_LIGHT_NUMBER_FROM 7        /* white numbers on the red of 7–10 */

guint _myo_body_map_get_render_count  (MyoBodyMap *self);
AdwAnimation *_myo_body_map_get_reveal_animation (MyoBodyMap *self);
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
double _myo_body_map_get_point_radius (MyoBodyMap *self);
void  _myo_body_map_get_cursor        (MyoBodyMap *self,
                                       double     *dx,
                                       double     *dy);

G_END_DECLS
