/* myo-body-map-private.h: what the body map's three files share (the
 * instance struct and the functions one calls in another), and hooks for
 * the tests; not for the rest of the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-body-map.h"
#include "myo-diagram.h"

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

/* A drag paints with the brush instead of adding a point (see "tool") */
typedef enum
{
  TOOL_POINT,
  TOOL_PAINT,
  TOOL_ERASE,
} Tool;

/* What an overlay node was drawn for; a frame that asks for the same
 * appends the same node, and GTK repaints nothing there */
typedef struct
{
  gconstpointer  view;
  gconstpointer  subject;
  double         x;
  double         y;
  int            width;
  int            height;
  int            scale;
  int            state;
  guint          font;
} OverlayKey;

typedef struct
{
  OverlayKey     key;
  GskRenderNode *node;
} Overlay;

typedef void (*DrawOverlay) (MyoBodyMap    *self,
                             cairo_t       *cr,
                             gconstpointer  data);

struct _MyoBodyMap
{
  GtkWidget              parent_instance;

  /* Owned */
  MyoSession            *session;
  MyoMatch              *match;
  char                  *view_id;
  GskRenderNode         *diagram;
  gulong                 session_changed_id;
  Overlay                zones;
  Overlay                location;
  Overlay                hover;
  Overlay                cursor_overlay;
  Overlay                areas;
  GHashTable            *points;  /* point id -> Overlay */
  GArray                *stroke;  /* MyoPoint: the brush path being drawn */

  /* Borrowed from the session's knowledge base */
  const MyoView         *view;
  const MyoTriggerPoint *highlight;
  const MyoRegion       *hover_region;

  /* What the cached diagram was rendered for */
  MyoDiagramSize         diagram_size;
  guint                  render_count;
  guint                  overlay_count;

  /* State */
  MyoSide                highlight_side;
  MyoSide                hover_side;
  guint                  selected_point;
  int                    default_intensity;
  MyoPoint               cursor;
  char                  *cursor_place;  /* "Left leg · back of knee", for the window */
  double                 reveal;
  AdwAnimation          *reveal_animation;
  gboolean               browse;
  Tool                   tool;
  double                 brush_radius;
  guint                  areas_serial;  /* counts the session's changes */
  gboolean               keyboard_used;  /* since the last press of the pointer */
  gboolean               cursor_visible;
  gboolean               scale_points;
  gboolean               read_only;

  /* A press, and the point it may be dragging */
  double                 press_x;
  double                 press_y;
  guint                  drag_point;
  MyoPoint               drag_position;
  gboolean               drag_moved;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_VIEW_ID,
  PROP_MATCH,
  PROP_HIGHLIGHT,
  PROP_SELECTED_POINT,
  PROP_DEFAULT_INTENSITY,
  PROP_REVEAL,
  PROP_BROWSE,
  PROP_TOOL,
  PROP_BRUSH_RADIUS,
  PROP_CURSOR_PLACE,
  PROP_CURSOR_VISIBLE,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  POINT_ACTIVATED,
  POINT_ADDED,
  POINT_REMOVED,
  ADD_FAILED,
  LOCATION_ACTIVATED,
  N_SIGNALS
};

/* The widget, myo-body-map.c */
extern GParamSpec *_myo_body_map_properties[N_PROPS];
extern guint _myo_body_map_signals[N_SIGNALS];

gboolean _myo_body_map_get_fit                       (MyoBodyMap         *self,
                                                      double             *scale,
                                                      double             *x0,
                                                      double             *y0);
MyoPoint _myo_body_map_get_point_position            (MyoBodyMap         *self,
                                                      const MyoPainPoint *point);

/* Its overlays, myo-body-map-overlays.c */
void     _myo_body_map_clear_overlays                (MyoBodyMap         *self);
void     _myo_body_map_snapshot_overlays             (MyoBodyMap         *self,
                                                      GtkSnapshot        *snapshot);

/* Its input, myo-body-map-input.c */
void     _myo_body_map_class_init_input              (GtkWidgetClass     *widget_class);
void     _myo_body_map_init_input                    (MyoBodyMap         *self);
void     _myo_body_map_update_accessible_description (MyoBodyMap         *self);
void     _myo_body_map_update_cursor_visible         (MyoBodyMap         *self);
void     _myo_body_map_reset_cursor                  (MyoBodyMap         *self);

/* Hooks for the tests (the point radius is the overlays' and input's too) */
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
