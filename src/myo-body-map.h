/* myo-body-map.h: the leg diagram, with the pain points marked on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-match.h"
#include "myo-session.h"

G_BEGIN_DECLS

#define MYO_TYPE_BODY_MAP (myo_body_map_get_type ())

G_DECLARE_FINAL_TYPE (MyoBodyMap, myo_body_map, MYO, BODY_MAP, GtkWidget)

GtkWidget             *myo_body_map_new                   (MyoSession            *session);
MyoSession            *myo_body_map_get_session           (MyoBodyMap            *self);
void                   myo_body_map_set_session           (MyoBodyMap            *self,
                                                           MyoSession            *session);
const char            *myo_body_map_get_view_id           (MyoBodyMap            *self);
void                   myo_body_map_set_view_id           (MyoBodyMap            *self,
                                                           const char            *view_id);
MyoMatch              *myo_body_map_get_match             (MyoBodyMap            *self);
void                   myo_body_map_set_match             (MyoBodyMap            *self,
                                                           MyoMatch              *match);
const MyoTriggerPoint *myo_body_map_get_highlight         (MyoBodyMap            *self,
                                                           MyoSide               *side);
void                   myo_body_map_set_highlight         (MyoBodyMap            *self,
                                                           const MyoTriggerPoint *trp,
                                                           MyoSide                side);
guint                  myo_body_map_get_n_stages          (MyoBodyMap            *self);
double                 myo_body_map_get_reveal            (MyoBodyMap            *self);
void                   myo_body_map_set_reveal            (MyoBodyMap            *self,
                                                           double                 reveal);
void                   myo_body_map_play_reveal           (MyoBodyMap            *self);
void                   myo_body_map_stop_reveal           (MyoBodyMap            *self);
gboolean               myo_body_map_get_browse            (MyoBodyMap            *self);
void                   myo_body_map_set_browse            (MyoBodyMap            *self,
                                                           gboolean               browse);
gboolean               myo_body_map_get_read_only         (MyoBodyMap            *self);
void                   myo_body_map_set_read_only         (MyoBodyMap            *self,
                                                           gboolean               read_only);
guint                  myo_body_map_get_selected_point    (MyoBodyMap            *self);
void                   myo_body_map_set_selected_point    (MyoBodyMap            *self,
                                                           guint                  id);
int                    myo_body_map_get_default_intensity (MyoBodyMap            *self);
void                   myo_body_map_set_default_intensity (MyoBodyMap            *self,
                                                           int                    intensity);
const char            *myo_body_map_get_tool              (MyoBodyMap            *self);
void                   myo_body_map_set_tool              (MyoBodyMap            *self,
                                                           const char            *tool);
double                 myo_body_map_get_brush_radius      (MyoBodyMap            *self);
void                   myo_body_map_set_brush_radius      (MyoBodyMap            *self,
                                                           double                 radius);
void                   myo_body_map_diagram_to_widget     (MyoBodyMap            *self,
                                                           double                 dx,
                                                           double                 dy,
                                                           double                *wx,
                                                           double                *wy);
gboolean               myo_body_map_widget_to_diagram     (MyoBodyMap            *self,
                                                           double                 wx,
                                                           double                 wy,
                                                           double                *dx,
                                                           double                *dy);
const char            *myo_body_map_get_cursor_place      (MyoBodyMap            *self);
gboolean               myo_body_map_get_cursor_visible    (MyoBodyMap            *self);
gboolean               myo_body_map_get_scale_points      (MyoBodyMap            *self);
void                   myo_body_map_set_scale_points      (MyoBodyMap            *self,
                                                           gboolean               scale_points);
void                   myo_body_map_intensity_color       (int                    intensity,
                                                           GdkRGBA               *rgba);

G_END_DECLS
