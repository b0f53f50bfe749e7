/* myo-body-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "myo-diagram.h"
#include "myo-body-map.h"
#include "myo-body-map-private.h"
#include "myo-map-render.h"

/* The diagram is drawn once into a render node for the current size, scale,
 * view and renderer; pain points, zones, hover and the cursor are drawn over
 * it on every frame, through the one diagram-to-widget transform, each in a
 * cairo node just big enough for it. GTK compares a frame's nodes with the
 * last frame's and repaints only where they differ: the same diagram node
 * and a few small overlays mean a hover or a click repaints a few small
 * rectangles, never the whole map (tests/bench measures it). */


/* A drag paints with the brush instead of adding a point (see "tool") */
typedef enum
{
  TOOL_POINT,
  TOOL_PAINT,
  TOOL_ERASE,
} Tool;

static const char * const tool_names[] = { "point", "paint", "erase" };

/* Diagram units between two points of a brush path kept */
#define BRUSH_STEP         1.5

/* Widget pixels. MARGIN keeps outlines and rings at the edge visible. */
#define MARGIN            12.0
#define POINT_RADIUS       9.0
#define HIT_RADIUS        12.0
#define CROSS_SIZE        14.0
#define HATCH_SPACING      6.0

/* Widget pixels per diagram unit at which a point is POINT_RADIUS: a
 * larger map (presentation mode) draws larger points, up to three times */
#define POINT_REFERENCE_SCALE  0.7

/* Diagram units */
#define CURSOR_STEP       10.0
#define CURSOR_FINE_STEP   2.0

/* Each reveal stage (the spot, then one zone) fades in over this long */
#define REVEAL_STAGE_MS  700

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
  char                  *diagram_file;
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
  int                    diagram_width;
  int                    diagram_height;
  int                    diagram_scale;
  gboolean               diagram_for_cairo;
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

G_DEFINE_FINAL_TYPE (MyoBodyMap, myo_body_map, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void clear_overlays (MyoBodyMap *self);

/* The fit of the view into the allocation: aspect kept, centred */
static gboolean
get_fit (MyoBodyMap *self,
         double     *scale,
         double     *x0,
         double     *y0)
{
  return myo_diagram_fit_widget (GTK_WIDGET (self), self->view, MARGIN, scale, x0, y0);
}

static const char *
get_effective_view_id (MyoBodyMap *self)
{
  return self->view != NULL ? self->view->id : self->view_id;
}

/* The place a point is drawn: where it is being dragged, or where it is */
static MyoPoint
get_point_position (MyoBodyMap         *self,
                    const MyoPainPoint *point)
{
  if (point->id == self->drag_point && self->drag_moved)
    return self->drag_position;

  return (MyoPoint) { point->x, point->y };
}

/* The nearest pain point on this view within reach of the pointer, or 0 */
static double
get_point_radius (MyoBodyMap *self)
{
  double scale, x0, y0;

  if (!self->scale_points)
    return POINT_RADIUS;

  get_fit (self, &scale, &x0, &y0);
  return POINT_RADIUS * CLAMP (scale / POINT_REFERENCE_SCALE, 1, 3);
}

static guint
find_point_at (MyoBodyMap *self,
               double      wx,
               double      wy)
{
  double best = MAX (HIT_RADIUS, get_point_radius (self) + 3);
  guint found = 0;

  if (self->session == NULL || self->view == NULL)
    return 0;

  for (guint i = 0; i < myo_session_get_n_points (self->session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (self->session, i);
      MyoPoint at;
      double px, py;
      double distance;

      if (point->view != self->view)
        continue;

      at = get_point_position (self, point);
      myo_body_map_diagram_to_widget (self, at.x, at.y, &px, &py);
      distance = hypot (px - wx, py - wy);
      if (distance <= best)
        {
          best = distance;
          found = point->id;
        }
    }

  return found;
}

/* Whether @point_id counts towards the highlighted candidate; TRUE when the
 * match cannot tell, so nothing is dimmed on a guess. */
static gboolean
is_explained_by_highlight (MyoBodyMap *self,
                           guint       point_id)
{
  if (self->highlight == NULL || self->match == NULL ||
      myo_match_get_session (self->match) != self->session)
    return TRUE;

  for (guint i = 0; i < myo_match_get_n_candidates (self->match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (self->match, i);

      if (candidate->trp == self->highlight && candidate->side == self->highlight_side)
        return myo_candidate_find_hit (candidate, point_id) != NULL;
    }

  return TRUE;
}

static void
update_actions (MyoBodyMap *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_view = self->session != NULL && self->view != NULL;
  gboolean has_selection = self->session != NULL && self->selected_point != 0 &&
                           myo_session_lookup_point (self->session, self->selected_point) != NULL;

  gtk_widget_action_set_enabled (widget, "map.move-cursor", has_view);
  gtk_widget_action_set_enabled (widget, "map.jump-region", has_view);
  /* Read-only, Enter and Space are left to the window (the routine's
   * countdown) */
  gtk_widget_action_set_enabled (widget, "map.add-at-cursor", has_view && !self->read_only);
  gtk_widget_action_set_enabled (widget, "map.delete-selected", has_selection && !self->read_only);
}

static void
update_accessible_label (MyoBodyMap *self)
{
  g_autoptr(GString) label = g_string_new (NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  if (self->view == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Leg diagram"),
                                      -1);
      return;
    }

  /* Translators: the view's label as on its button, e.g. “Back” or “Soles”;
   * it is not lowercased, since not every language lowercases nouns */
  g_string_append_printf (label, _("Leg diagram, %s view."), self->view->label);

  for (guint i = 0; self->session != NULL && i < myo_session_get_n_points (self->session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (self->session, i);

      if (point->view == self->view)
        g_ptr_array_add (labels, myo_pain_point_dup_label (point));
    }

  g_string_append_c (label, ' ');
  if (labels->len == 0)
    g_string_append (label, _("No pain points marked."));
  else
    g_string_append_printf (label,
                            g_dngettext (GETTEXT_PACKAGE, "%u pain point:", "%u pain points:",
                                         labels->len),
                            labels->len);

  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append_c (label, ' ');
      g_string_append (label, g_ptr_array_index (labels, i));
      g_string_append_c (label, i + 1 < labels->len ? ';' : '.');
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
}

static void
update_accessible_description (MyoBodyMap *self)
{
  g_autofree char *place = NULL;
  g_autofree char *description = NULL;
  const MyoRegion *region = NULL;
  MyoSide side = MYO_SIDE_LEFT;

  if (self->session != NULL && self->view != NULL)
    region = myo_kb_locate (myo_session_get_kb (self->session), self->view,
                            self->cursor.x, self->cursor.y, &side, NULL);

  if (region != NULL)
    place = myo_region_dup_place_label (region, side);
  else
    place = g_strdup (_("outside the legs"));

  if (self->browse)
    /* Translators: the place is e.g. “Left leg · back of knee” */
    description = g_strdup_printf (_("Cursor: %s. Arrow keys move the cursor, Enter lists the "
                                     "trigger points that send pain there."),
                                   place);
  else
    /* Translators: the place is e.g. “Left leg · back of knee” */
    description = g_strdup_printf (_("Cursor: %s. Arrow keys move the cursor, Enter marks pain "
                                     "there, Delete removes the selected point."),
                                   place);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  if (g_strcmp0 (place, self->cursor_place) != 0)
    {
      g_free (self->cursor_place);
      self->cursor_place = g_steal_pointer (&place);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_PLACE]);
    }
}

static void
move_cursor_to (MyoBodyMap *self,
                double      x,
                double      y)
{
  if (self->view == NULL)
    return;

  self->cursor.x = CLAMP (x, 0, self->view->width);
  self->cursor.y = CLAMP (y, 0, self->view->height);
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The keyboard's cursor shows from its first move until the pointer is
 * pressed, whatever GTK decides about focus rings (a point added with
 * Enter used to hide it while the arrows still moved it), and outlines its
 * region as the pointer does */
static void
update_cursor_visible (MyoBodyMap *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean visible = gtk_widget_has_focus (widget) &&
                     (self->keyboard_used ||
                      (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_VISIBLE) != 0);

  if (visible == self->cursor_visible)
    return;

  self->cursor_visible = visible;
  gtk_widget_queue_draw (widget);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_VISIBLE]);
}

static void
keyboard_moved (MyoBodyMap *self)
{
  self->keyboard_used = TRUE;
  if (self->session != NULL && self->view != NULL)
    self->hover_region = myo_kb_locate (myo_session_get_kb (self->session), self->view,
                                        self->cursor.x, self->cursor.y, &self->hover_side, NULL);
  update_cursor_visible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Starts the keyboard cursor on the first region of the view, a place on a
 * leg rather than the gap between them */
static void
reset_cursor (MyoBodyMap *self)
{
  GPtrArray *regions;

  if (self->view == NULL)
    return;

  regions = myo_kb_get_regions (myo_session_get_kb (self->session));
  for (guint i = 0; i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);

      if (region->view == self->view)
        {
          MyoPoint centre = myo_polygon_centroid (region->polygon);

          move_cursor_to (self, centre.x, centre.y);
          return;
        }
    }

  move_cursor_to (self, self->view->width / 2, self->view->height / 2);
}

typedef struct
{
  const MyoRegion *region;
  MyoSide          side;
  MyoPoint         at;  /* inside the region, on its side */
} RegionStop;

/* A point inside @polygon: its centroid, or, for a shape that curves
 * round its centroid, the first point found between it and a vertex */
static MyoPoint
inner_point (const MyoPolygon *polygon)
{
  MyoPoint centre = myo_polygon_centroid (polygon);

  if (myo_polygon_contains (polygon, centre.x, centre.y))
    return centre;

  for (guint i = 0; i < polygon->n_points; i++)
    {
      MyoPoint vertex = polygon->points[i];

      for (double t = 0.9; t > 0.5; t -= 0.1)
        {
          double x = vertex.x + (centre.x - vertex.x) * (1 - t);
          double y = vertex.y + (centre.y - vertex.y) * (1 - t);

          if (myo_polygon_contains (polygon, x, y))
            return (MyoPoint) { x, y };
        }
    }

  return centre;
}

static int
compare_stops (gconstpointer a,
               gconstpointer b)
{
  const RegionStop *sa = a;
  const RegionStop *sb = b;

  if (sa->side != sb->side)
    return sa->side == MYO_SIDE_LEFT ? -1 : 1;
  if (sa->at.y != sb->at.y)
    return sa->at.y < sb->at.y ? -1 : 1;
  return sa->at.x < sb->at.x ? -1 : sa->at.x > sb->at.x;
}

/* The view's regions on each leg, the left leg first, each from the top
 * down: the order Page Down walks them in */
static GArray *
collect_region_stops (MyoBodyMap *self)
{
  GPtrArray *regions = myo_kb_get_regions (myo_session_get_kb (self->session));
  GArray *stops = g_array_new (FALSE, FALSE, sizeof (RegionStop));

  for (guint i = 0; i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);
      MyoPoint inside;

      if (region->view != self->view)
        continue;

      inside = inner_point (region->polygon);
      for (MyoSide side = MYO_SIDE_LEFT; side <= MYO_SIDE_RIGHT; side++)
        {
          RegionStop stop = { region, side, myo_view_to_side (self->view, inside, side) };

          g_array_append_val (stops, stop);
        }
    }

  g_array_sort (stops, compare_stops);
  return stops;
}

/* Moves the cursor @delta regions on (Page Down) or back (Page Up) */
static void
jump_regions (MyoBodyMap *self,
              int         delta)
{
  g_autoptr(GArray) stops = NULL;
  const MyoRegion *current;
  MyoSide side = MYO_SIDE_LEFT;
  int index = -1;

  if (self->session == NULL || self->view == NULL)
    return;

  stops = collect_region_stops (self);
  if (stops->len == 0)
    return;

  current = myo_kb_locate (myo_session_get_kb (self->session), self->view,
                           self->cursor.x, self->cursor.y, &side, NULL);
  for (guint i = 0; i < stops->len; i++)
    {
      RegionStop *stop = &g_array_index (stops, RegionStop, i);

      if (stop->region == current && stop->side == side)
        index = i;
    }

  if (index < 0)
    {
      /* Outside the legs: the next region below the cursor, on its side */
      RegionStop here = { NULL, myo_view_side_at (self->view, self->cursor.x), self->cursor };

      index = delta > 0 ? -1 : (int) stops->len;
      for (guint i = 0; i < stops->len; i++)
        if (compare_stops (&g_array_index (stops, RegionStop, i), &here) < 0)
          index = delta > 0 ? (int) i : (int) i + 1;
    }

  index = (index + delta + (int) stops->len) % (int) stops->len;
  move_cursor_to (self, g_array_index (stops, RegionStop, index).at.x,
                  g_array_index (stops, RegionStop, index).at.y);
}

static void
update_hover (MyoBodyMap *self,
              double      wx,
              double      wy,
              gboolean    inside)
{
  const MyoRegion *region = NULL;
  MyoSide side = MYO_SIDE_LEFT;
  g_autofree char *tooltip = NULL;
  double dx, dy;
  guint point_id;

  if (inside && self->session != NULL &&
      myo_body_map_widget_to_diagram (self, wx, wy, &dx, &dy))
    region = myo_kb_locate (myo_session_get_kb (self->session), self->view, dx, dy, &side, NULL);

  if (inside && (point_id = find_point_at (self, wx, wy)) != 0)
    tooltip = myo_pain_point_dup_label (myo_session_lookup_point (self->session, point_id));
  else if (region != NULL)
    tooltip = myo_region_dup_place_label (region, side);

  if (g_strcmp0 (tooltip, gtk_widget_get_tooltip_text (GTK_WIDGET (self))) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);

  if (region != self->hover_region || side != self->hover_side)
    {
      self->hover_region = region;
      self->hover_side = side;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* Resolves the view against the current session's knowledge base */
static void
resolve_view (MyoBodyMap *self)
{
  const MyoView *view = NULL;

  if (self->session != NULL)
    {
      MyoKb *kb = myo_session_get_kb (self->session);
      GPtrArray *views = myo_kb_get_views (kb);

      if (self->view_id != NULL)
        view = myo_kb_lookup_view (kb, self->view_id);
      else if (views->len > 0)
        view = g_ptr_array_index (views, 0);
    }

  if (view == self->view)
    return;

  self->view = view;
  self->hover_region = NULL;
  clear_overlays (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  reset_cursor (self);
  update_actions (self);
  update_accessible_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
ensure_diagram (MyoBodyMap *self,
                int         width,
                int         height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  gboolean for_cairo = renderer == NULL || GSK_IS_CAIRO_RENDERER (renderer);
  g_autoptr(GError) error = NULL;
  graphene_rect_t viewport;
  double fit_scale, x0, y0;

  if (self->diagram_width == width && self->diagram_height == height &&
      self->diagram_scale == scale && self->diagram_for_cairo == for_cairo &&
      g_strcmp0 (self->diagram_file, self->view->file) == 0)
    return;

  g_clear_pointer (&self->diagram, gsk_render_node_unref);
  self->diagram_width = width;
  self->diagram_height = height;
  self->diagram_scale = scale;
  self->diagram_for_cairo = for_cairo;
  g_free (self->diagram_file);
  self->diagram_file = g_strdup (self->view->file);

  get_fit (self, &fit_scale, &x0, &y0);
  graphene_rect_init (&viewport, x0, y0, self->view->width * fit_scale, self->view->height * fit_scale);

  /* For the cairo renderer, the raster kept at the last start when it is
   * the same: librsvg's work was an eighth of the first frame's */
  if (for_cairo && (self->diagram = myo_diagram_lookup_node (self->view, width, height, scale, &viewport)) != NULL)
    {
      self->render_count++;
      return;
    }

  if (for_cairo)
    self->diagram = myo_diagram_keep_node (self->view, width, height, scale, &viewport, &error);
  else
    self->diagram = myo_diagram_render_node (self->view, width, height, scale, &viewport, FALSE, &error);
  if (self->diagram == NULL)
    g_warning ("Cannot draw the diagram %s: %s", self->view->file, error->message);

  self->render_count++;
}

static void
overlay_clear (Overlay *overlay)
{
  g_clear_pointer (&overlay->node, gsk_render_node_unref);
}

static void
overlay_free (Overlay *overlay)
{
  overlay_clear (overlay);
  g_free (overlay);
}

static gboolean
overlay_key_equal (const OverlayKey *a,
                   const OverlayKey *b)
{
  return a->view == b->view && a->subject == b->subject && a->x == b->x && a->y == b->y &&
         a->width == b->width && a->height == b->height && a->scale == b->scale &&
         a->state == b->state &&
         a->font == b->font;
}

/* Keys hold borrowed pointers: none may outlive what they point to */
static void
clear_overlays (MyoBodyMap *self)
{
  overlay_clear (&self->zones);
  overlay_clear (&self->location);
  overlay_clear (&self->hover);
  overlay_clear (&self->cursor_overlay);
  overlay_clear (&self->areas);
  g_clear_pointer (&self->points, g_hash_table_unref);
}

/* The key for @subject at (@x, @y) on this view at this size */
static OverlayKey
make_key (MyoBodyMap    *self,
          gconstpointer  subject,
          double         x,
          double         y,
          int            state)
{
  return (OverlayKey) {
    .view = self->view,
    .subject = subject,
    .x = x,
    .y = y,
    .width = gtk_widget_get_width (GTK_WIDGET (self)),
    .height = gtk_widget_get_height (GTK_WIDGET (self)),
    .scale = gtk_widget_get_scale_factor (GTK_WIDGET (self)),
    .state = state,
  };
}

/* Appends @overlay's node, drawn again by @draw over @area (widget units,
 * and no more) only when @key differs from what it was drawn for */
static void
append_overlay (MyoBodyMap            *self,
                GtkSnapshot           *snapshot,
                Overlay               *overlay,
                const OverlayKey      *key,
                const graphene_rect_t *area,
                DrawOverlay            draw,
                gconstpointer          data)
{
  graphene_rect_t widget = GRAPHENE_RECT_INIT (0, 0,
                                               gtk_widget_get_width (GTK_WIDGET (self)),
                                               gtk_widget_get_height (GTK_WIDGET (self)));
  graphene_rect_t rect;

  if (overlay->node == NULL || !overlay_key_equal (&overlay->key, key))
    {
      overlay_clear (overlay);
      overlay->key = *key;

      if (graphene_rect_intersection (area, &widget, &rect))
        {
          int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
          g_autoptr(cairo_surface_t) pixels = NULL;
          g_autoptr(cairo_t) cr = NULL;

          /* Drawn once into pixels, so a frame that repaints part of it
           * copies pixels instead of replaying every hatch line */
          self->overlay_count++;
          graphene_rect_round_extents (&rect, &rect);
          pixels = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                               rect.size.width * scale, rect.size.height * scale);
          cr = cairo_create (pixels);
          cairo_scale (cr, scale, scale);
          cairo_translate (cr, -rect.origin.x, -rect.origin.y);
          draw (self, cr, data);
          g_clear_pointer (&cr, cairo_destroy);

          overlay->node = gsk_cairo_node_new (&rect);
          cr = gsk_cairo_node_get_draw_context (overlay->node);
          cairo_translate (cr, rect.origin.x, rect.origin.y);
          cairo_scale (cr, 1. / scale, 1. / scale);
          cairo_set_source_surface (cr, pixels, 0, 0);
          cairo_paint (cr);
        }
    }

  if (overlay->node != NULL)
    gtk_snapshot_append_node (snapshot, overlay->node);
}

/* The widget area a polygon stored for the left side covers on @side */
static void
get_polygon_area (MyoBodyMap       *self,
                  const MyoPolygon *polygon,
                  MyoSide           side,
                  graphene_rect_t  *area)
{
  MyoPoint a = myo_view_to_side (self->view, (MyoPoint) { polygon->min_x, polygon->min_y }, side);
  MyoPoint b = myo_view_to_side (self->view, (MyoPoint) { polygon->max_x, polygon->max_y }, side);
  double ax, ay, bx, by;

  myo_body_map_diagram_to_widget (self, a.x, a.y, &ax, &ay);
  myo_body_map_diagram_to_widget (self, b.x, b.y, &bx, &by);
  graphene_rect_init (area, MIN (ax, bx), MIN (ay, by), fabs (bx - ax), fabs (by - ay));
}

/* A square of @half_size around a diagram point */
static void
get_point_area (MyoBodyMap      *self,
                MyoPoint         at,
                double           half_size,
                graphene_rect_t *area)
{
  double wx, wy;

  myo_body_map_diagram_to_widget (self, at.x, at.y, &wx, &wy);
  graphene_rect_init (area, wx - half_size, wy - half_size, 2 * half_size, 2 * half_size);
}

/* Adds @polygon, stored for the left side, as drawn on @side */
static void
append_polygon (MyoBodyMap       *self,
                cairo_t          *cr,
                const MyoPolygon *polygon,
                MyoSide           side)
{
  cairo_new_path (cr);
  for (guint i = 0; i < polygon->n_points; i++)
    {
      MyoPoint p = myo_view_to_side (self->view, polygon->points[i], side);
      double wx, wy;

      myo_body_map_diagram_to_widget (self, p.x, p.y, &wx, &wy);
      cairo_line_to (cr, wx, wy);
    }
  cairo_close_path (cr);
}

static void
draw_shape (MyoBodyMap     *self,
            cairo_t        *cr,
            const MyoShape *shape,
            gboolean        essential)
{
  static const double dashes[] = { 4, 3 };
  double x1, y1, x2, y2;

  append_polygon (self, cr, shape->polygon, self->highlight_side);
  myo_cairo_set_source_hex (cr, MYO_MAP_ZONE, essential ? MYO_MAP_ESSENTIAL_ALPHA : MYO_MAP_SPILLOVER_ALPHA);
  cairo_fill_preserve (cr);

  if (essential)
    {
      myo_cairo_set_source_hex (cr, MYO_MAP_ZONE_LINE, MYO_MAP_ESSENTIAL_LINE_ALPHA);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      return;
    }

  /* Spillover: hatched, so it reads as “less” even without colour */
  cairo_save (cr);
  cairo_clip_preserve (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_new_path (cr);
  for (double x = x1 - (y2 - y1); x < x2; x += HATCH_SPACING)
    {
      cairo_move_to (cr, x, y2);
      cairo_line_to (cr, x + (y2 - y1), y1);
    }
  myo_cairo_set_source_hex (cr, MYO_MAP_ZONE, 0.6);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_restore (cr);

  append_polygon (self, cr, shape->polygon, self->highlight_side);
  myo_cairo_set_source_hex (cr, MYO_MAP_ZONE_LINE, MYO_MAP_SPILLOVER_LINE_ALPHA);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* How much of reveal stage @stage shows, from 0 to 1 */
static double
stage_alpha (MyoBodyMap *self,
             guint       stage)
{
  if (self->reveal < 0)
    return 1;

  return CLAMP (self->reveal - stage, 0, 1);
}

/* Draws each of @shapes on this view at its own reveal stage, counting
 * the stages on in @stage */
static void
draw_zones (MyoBodyMap *self,
            cairo_t    *cr,
            GPtrArray  *shapes,
            gboolean    essential,
            guint      *stage)
{
  for (guint i = 0; i < shapes->len; i++)
    {
      const MyoShape *shape = g_ptr_array_index (shapes, i);
      double alpha;

      if (shape->view != self->view)
        continue;

      if ((alpha = stage_alpha (self, (*stage)++)) <= 0)
        continue;

      cairo_push_group (cr);
      draw_shape (self, cr, shape, essential);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, alpha);
    }
}

/* Where the highlighted trigger point's zones on this view are, if any */
static gboolean
get_zones_area (MyoBodyMap      *self,
                graphene_rect_t *area)
{
  GPtrArray *lists[] = { self->highlight->essential, self->highlight->spillover };
  gboolean found = FALSE;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const MyoShape *shape = g_ptr_array_index (lists[l], i);
        graphene_rect_t shape_area;

        if (shape->view != self->view)
          continue;

        get_polygon_area (self, shape->polygon, self->highlight_side, &shape_area);
        if (found)
          graphene_rect_union (area, &shape_area, area);
        else
          *area = shape_area;
        found = TRUE;
      }

  /* Outlines are 1.5 px wide */
  graphene_rect_inset (area, -2, -2);

  return found;
}

static void
draw_location (MyoBodyMap            *self,
               cairo_t               *cr,
               const MyoTriggerPoint *trp,
               double                 alpha)
{
  const double half = CROSS_SIZE / 2;
  MyoPoint at;
  double wx, wy;

  at = myo_view_to_side (self->view, trp->location, self->highlight_side);
  myo_body_map_diagram_to_widget (self, at.x, at.y, &wx, &wy);

  cairo_push_group (cr);
  cairo_new_path (cr);
  if (myo_trigger_point_can_be_pressed (trp))
    {
      cairo_move_to (cr, wx - half, wy - half);
      cairo_line_to (cr, wx + half, wy + half);
      cairo_move_to (cr, wx + half, wy - half);
      cairo_line_to (cr, wx - half, wy + half);
    }
  else
    {
      /* Too deep to press (as on the handout): a dashed ring, no ✕ */
      static const double dashes[] = { 4, 3 };

      cairo_arc (cr, wx, wy, half, 0, 2 * G_PI);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  myo_cairo_set_source_hex (cr, MYO_MAP_HALO, 0.95);
  cairo_set_line_width (cr, 7);
  cairo_stroke_preserve (cr);
  myo_cairo_set_source_hex (cr, MYO_MAP_INK, 1);
  cairo_set_line_width (cr, 3.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, alpha);
}

static guint
count_shapes (MyoBodyMap *self,
              GPtrArray  *shapes)
{
  guint n = 0;

  for (guint i = 0; i < shapes->len; i++)
    n += ((const MyoShape *) g_ptr_array_index (shapes, i))->view == self->view;

  return n;
}

/* The highlight's zones, revealed in turn after its spot (stage 0 when it
 * is on this view): the essential zones, then the spillover ones, which
 * are drawn first so the essential ones lie on top */
static void
draw_highlight_zones (MyoBodyMap *self,
                      cairo_t    *cr)
{
  guint essential = self->highlight->location_view == self->view;
  guint spillover = essential + count_shapes (self, self->highlight->essential);

  draw_zones (self, cr, self->highlight->spillover, FALSE, &spillover);
  draw_zones (self, cr, self->highlight->essential, TRUE, &essential);
}

static void
draw_hover (MyoBodyMap *self,
            cairo_t    *cr)
{
  append_polygon (self, cr, self->hover_region->polygon, self->hover_side);
  myo_cairo_set_source_hex (cr, MYO_MAP_CURSOR, 0.08);
  cairo_fill_preserve (cr);
  myo_cairo_set_source_hex (cr, MYO_MAP_CURSOR, 1);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static PangoLayout *
create_number_layout (MyoBodyMap *self)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) font = NULL;

  font = pango_font_description_copy (pango_context_get_font_description (context));
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (font, 10 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);

  return layout;
}

static void
draw_point (MyoBodyMap         *self,
            cairo_t            *cr,
            PangoLayout        *layout,
            const MyoPainPoint *point)
{
  gboolean dimmed = !is_explained_by_highlight (self, point->id);
  char number[4];
  PangoRectangle extents;
  GdkRGBA color;
  MyoPoint at;
  double wx, wy;
  double radius = get_point_radius (self);

  at = get_point_position (self, point);
  myo_body_map_diagram_to_widget (self, at.x, at.y, &wx, &wy);
  myo_body_map_intensity_color (point->intensity, &color);

  /* A dimmed point fades as a whole, its outline not showing through */
  if (dimmed)
    cairo_push_group (cr);

  if (point->id == self->selected_point)
    {
      cairo_new_path (cr);
      cairo_arc (cr, wx, wy, radius + 4, 0, 2 * G_PI);
      myo_cairo_set_source_hex (cr, MYO_MAP_HALO, MYO_MAP_HALO_ALPHA);
      cairo_set_line_width (cr, 6);
      cairo_stroke_preserve (cr);
      myo_cairo_set_source_hex (cr, MYO_MAP_INK, 1);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }

  cairo_new_path (cr);
  cairo_arc (cr, wx, wy, radius, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_fill_preserve (cr);
  myo_cairo_set_source_hex (cr, MYO_MAP_INK, MYO_MAP_INK_ALPHA);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  /* The number, so the intensity does not depend on telling colours apart */
  g_snprintf (number, sizeof number, "%d", point->intensity);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  cairo_move_to (cr, wx - extents.width / 2. - extents.x, wy - extents.height / 2. - extents.y);
  if (point->intensity >= MYO_MAP_LIGHT_NUMBER_FROM)
    myo_cairo_set_source_hex (cr, MYO_MAP_HALO, 1);
  else
    myo_cairo_set_source_hex (cr, MYO_MAP_INK, 1);
  pango_cairo_show_layout (cr, layout);

  if (dimmed)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.4);
    }
}

static void
draw_point_overlay (MyoBodyMap    *self,
                    cairo_t       *cr,
                    gconstpointer  point)
{
  g_autoptr(PangoLayout) layout = create_number_layout (self);

  draw_point (self, cr, layout, point);
}

/* One node per point, so a new point or a change to one repaints only it */
static void
draw_points (MyoBodyMap  *self,
             GtkSnapshot *snapshot)
{
  g_autoptr(GHashTable) points = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) overlay_free);
  g_autoptr(PangoLayout) layout = create_number_layout (self);
  guint font = pango_font_description_hash (pango_layout_get_font_description (layout));

  for (guint i = 0; i < myo_session_get_n_points (self->session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (self->session, i);
      MyoPoint at;
      graphene_rect_t area;
      OverlayKey key;
      Overlay *overlay;

      if (point->view != self->view)
        continue;

      if (self->points == NULL ||
          !g_hash_table_steal_extended (self->points, GUINT_TO_POINTER (point->id), NULL,
                                        (gpointer *) &overlay))
        overlay = g_new0 (Overlay, 1);
      g_hash_table_insert (points, GUINT_TO_POINTER (point->id), overlay);

      at = get_point_position (self, point);
      key = make_key (self, NULL, at.x, at.y,
                      point->intensity |
                      (point->id == self->selected_point) << 8 |
                      is_explained_by_highlight (self, point->id) << 9);
      key.font = font;

      /* The selection ring's outer edge, and a pixel more */
      get_point_area (self, at, get_point_radius (self) + 4 + 3 + 1, &area);
      append_overlay (self, snapshot, overlay, &key, &area, draw_point_overlay, point);
    }

  g_clear_pointer (&self->points, g_hash_table_unref);
  self->points = g_steal_pointer (&points);
}

static void
draw_cursor (MyoBodyMap *self,
             cairo_t    *cr)
{
  double wx, wy;

  myo_body_map_diagram_to_widget (self, self->cursor.x, self->cursor.y, &wx, &wy);

  cairo_new_path (cr);
  cairo_arc (cr, wx, wy, 7, 0, 2 * G_PI);
  for (guint i = 0; i < 4; i++)
    {
      double dx = i == 0 ? 1 : i == 1 ? -1 : 0;
      double dy = i == 2 ? 1 : i == 3 ? -1 : 0;

      cairo_move_to (cr, wx + dx * 10, wy + dy * 10);
      cairo_line_to (cr, wx + dx * 15, wy + dy * 15);
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  myo_cairo_set_source_hex (cr, MYO_MAP_HALO, MYO_MAP_HALO_ALPHA);
  cairo_set_line_width (cr, 5);
  cairo_stroke_preserve (cr);
  myo_cairo_set_source_hex (cr, MYO_MAP_CURSOR, 1);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

static void
draw_zones_overlay (MyoBodyMap    *self,
                    cairo_t       *cr,
                    gconstpointer  data)
{
  draw_highlight_zones (self, cr);
}

static void
draw_hover_overlay (MyoBodyMap    *self,
                    cairo_t       *cr,
                    gconstpointer  data)
{
  draw_hover (self, cr);
}

static void
draw_location_overlay (MyoBodyMap    *self,
                       cairo_t       *cr,
                       gconstpointer  data)
{
  draw_location (self, cr, self->highlight, stage_alpha (self, 0));
}

static void
draw_cursor_overlay (MyoBodyMap    *self,
                     cairo_t       *cr,
                     gconstpointer  data)
{
  draw_cursor (self, cr);
}

static gboolean
is_painting (MyoBodyMap *self)
{
  return self->tool != TOOL_POINT && !self->browse && !self->read_only &&
         self->session != NULL && self->view != NULL;
}

/* Adds the pointer's place to the brush path, when it moved far enough */
static void
extend_stroke (MyoBodyMap *self,
               double      wx,
               double      wy)
{
  MyoPoint p;

  myo_body_map_widget_to_diagram (self, wx, wy, &p.x, &p.y);
  p.x = CLAMP (p.x, 0, self->view->width);
  p.y = CLAMP (p.y, 0, self->view->height);

  if (self->stroke->len > 0)
    {
      MyoPoint last = g_array_index (self->stroke, MyoPoint, self->stroke->len - 1);

      if (myo_point_distance (last, p) < BRUSH_STEP || self->stroke->len >= MYO_AREA_MAX_STROKE_POINTS)
        return;
    }

  g_array_append_val (self->stroke, p);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The brush path becomes a stroke of the session; a press without a move
 * paints one dab */
static void
finish_stroke (MyoBodyMap *self)
{
  g_autoptr(GError) error = NULL;

  if (self->stroke->len == 0)
    return;

  if (myo_session_add_stroke (self->session, self->view->id, (MyoPoint *) self->stroke->data,
                              self->stroke->len, self->brush_radius, self->default_intensity,
                              self->tool == TOOL_ERASE, &error) == 0)
    g_signal_emit (self, signals[ADD_FAILED], 0, error->message);

  g_array_set_size (self->stroke, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The widget area the whole diagram covers */
static void
get_diagram_area (MyoBodyMap      *self,
                  graphene_rect_t *area)
{
  double ax, ay, bx, by;

  myo_body_map_diagram_to_widget (self, 0, 0, &ax, &ay);
  myo_body_map_diagram_to_widget (self, self->view->width, self->view->height, &bx, &by);
  graphene_rect_init (area, ax, ay, bx - ax, by - ay);
}

/* The cells painted, as the extent and the matcher count them */
static void
draw_areas_overlay (MyoBodyMap    *self,
                    cairo_t       *cr,
                    gconstpointer  data)
{
  double scale, x0, y0;

  if (!get_fit (self, &scale, &x0, &y0))
    return;

  cairo_translate (cr, x0, y0);
  cairo_scale (cr, scale, scale);
  myo_map_draw_areas (cr, myo_session_get_areas (self->session), self->view, MYO_MAP_AREA_ALPHA);
}

/* The brush path while it is drawn: the brush's width, the intensity's
 * colour (or a grey for the eraser); it is a preview, the leg outline
 * clips it once it becomes a stroke */
static void
draw_stroke (MyoBodyMap *self,
             cairo_t    *cr)
{
  double scale, x0, y0;

  if (get_fit (self, &scale, &x0, &y0))
    {
      cairo_translate (cr, x0, y0);
      cairo_scale (cr, scale, scale);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_width (cr, 2 * self->brush_radius);
      for (guint i = 0; i < self->stroke->len; i++)
        {
          MyoPoint p = g_array_index (self->stroke, MyoPoint, i);

          cairo_line_to (cr, p.x, p.y);
        }
      if (self->stroke->len == 1)
        cairo_rel_line_to (cr, 0, 0);
      if (self->tool == TOOL_ERASE)
        myo_cairo_set_source_hex (cr, MYO_MAP_HALO, 0.6);
      else
        myo_cairo_set_source_hex (cr, myo_intensity_get_rgb (self->default_intensity), MYO_MAP_AREA_ALPHA);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
begin_drag (MyoBodyMap *self,
            double      wx,
            double      wy)
{
  self->press_x = wx;
  self->press_y = wy;
  self->drag_moved = FALSE;
  g_array_set_size (self->stroke, 0);

  if (is_painting (self))
    {
      self->drag_point = 0;
      extend_stroke (self, wx, wy);
      return;
    }

  self->drag_point = self->read_only ? 0 : find_point_at (self, wx, wy);
}

/* Returns TRUE once the press has become a drag of a point */
static gboolean
update_drag (MyoBodyMap *self,
             double      wx,
             double      wy)
{
  int threshold = 8;
  double dx, dy;

  if (self->stroke->len > 0)
    {
      self->drag_moved = TRUE;
      extend_stroke (self, wx, wy);
      return TRUE;
    }

  if (!self->drag_moved)
    {
      g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                    "gtk-dnd-drag-threshold", &threshold,
                    NULL);
      if (hypot (wx - self->press_x, wy - self->press_y) < threshold)
        return FALSE;
    }

  self->drag_moved = TRUE;
  if (self->drag_point == 0)
    return FALSE;

  myo_body_map_widget_to_diagram (self, wx, wy, &dx, &dy);
  self->drag_position = (MyoPoint) { dx, dy };
  myo_body_map_set_selected_point (self, self->drag_point);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return TRUE;
}

static void
end_drag (MyoBodyMap *self,
          double      wx,
          double      wy)
{
  g_autoptr(GError) error = NULL;
  guint id;

  update_drag (self, wx, wy);

  if (self->stroke->len > 0)
    {
      finish_stroke (self);
      return;
    }

  /* drag_moved stays set until the next press, so the click gesture,
   * whichever order it hears the release in, does not add a point too */
  id = self->drag_point;
  self->drag_point = 0;
  if (id == 0 || !self->drag_moved)
    return;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!myo_session_move_point (self->session, id, self->drag_position.x, self->drag_position.y,
                               &error))
    g_signal_emit (self, signals[ADD_FAILED], 0, error->message);
}

/* Callbacks */

static void
session_changed_cb (MyoBodyMap *self,
                    MyoSession *session)
{
  if (self->selected_point != 0 &&
      myo_session_lookup_point (session, self->selected_point) == NULL)
    myo_body_map_set_selected_point (self, 0);

  self->areas_serial++;
  update_actions (self);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scale_factor_changed_cb (MyoBodyMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            MyoBodyMap      *self)
{
  self->keyboard_used = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  update_cursor_visible (self);
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             MyoBodyMap      *self)
{
  /* With the brush, the drag gesture paints even a press that never moves */
  if (self->drag_moved || is_painting (self))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _myo_body_map_click (self, x, y);
}

static void
drag_begun_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               MyoBodyMap     *self)
{
  begin_drag (self, x, y);
}

static void
drag_updated_cb (GtkGestureDrag *gesture,
                 double          offset_x,
                 double          offset_y,
                 MyoBodyMap     *self)
{
  if (update_drag (self, self->press_x + offset_x, self->press_y + offset_y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
drag_ended_cb (GtkGestureDrag *gesture,
               double          offset_x,
               double          offset_y,
               MyoBodyMap     *self)
{
  end_drag (self, self->press_x + offset_x, self->press_y + offset_y);
}

static void
drag_cancelled_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   MyoBodyMap       *self)
{
  self->drag_point = 0;
  g_array_set_size (self->stroke, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pointer_moved_cb (GtkEventControllerMotion *controller,
                  double                    x,
                  double                    y,
                  MyoBodyMap               *self)
{
  update_hover (self, x, y, TRUE);
}

static void
pointer_left_cb (GtkEventControllerMotion *controller,
                 MyoBodyMap               *self)
{
  update_hover (self, 0, 0, FALSE);
}

static void
move_cursor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  move_cursor_to (self, self->cursor.x + dx, self->cursor.y + dy);
  keyboard_moved (self);
}

static void
jump_region_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);

  jump_regions (self, g_variant_get_int32 (parameter));
  keyboard_moved (self);
}

/* Behaves as a click at the cursor: on a point it opens that point */
static void
add_at_cursor_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  double wx, wy;

  myo_body_map_diagram_to_widget (self, self->cursor.x, self->cursor.y, &wx, &wy);
  _myo_body_map_click (self, wx, wy);
  keyboard_moved (self);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  guint id = self->selected_point;

  if (id != 0 && myo_session_remove_point (self->session, id))
    g_signal_emit (self, signals[POINT_REMOVED], 0, id);
}

/* Overrides */

static void
myo_body_map_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  int request_width, request_height;

  /* A map given a size (the routine's small copy) asks for no more */
  gtk_widget_get_size_request (widget, &request_width, &request_height);
  if (request_width > 0 && request_height > 0)
    {
      *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? request_width : request_height;
      return;
    }

  /* Browsing shows several views side by side, each smaller */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->browse ? 150 : 200;
      *natural = self->browse ? 220 : 400;
    }
  else
    {
      *minimum = 300;
      *natural = 800;
      if (self->view != NULL)
        *natural = CLAMP (400 * self->view->height / self->view->width, 300, 800);
    }
}

/* The window points a popover at a pain point; popovers need presenting */
static void
myo_body_map_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
myo_body_map_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t area;
  OverlayKey key;

  if (self->view == NULL || width <= 0 || height <= 0)
    return;

  ensure_diagram (self, width, height);
  if (self->diagram != NULL)
    gtk_snapshot_append_node (snapshot, self->diagram);

  if (self->session != NULL &&
      myo_areas_get_intensities (myo_session_get_areas (self->session), self->view) != NULL)
    {
      get_diagram_area (self, &area);
      key = make_key (self, self->session, 0, 0, self->areas_serial);
      append_overlay (self, snapshot, &self->areas, &key, &area, draw_areas_overlay, NULL);
    }

  if (self->stroke->len > 0)
    {
      get_diagram_area (self, &area);
      draw_stroke (self, gtk_snapshot_append_cairo (snapshot, &area));
    }

  if (self->highlight != NULL && get_zones_area (self, &area))
    {
      key = make_key (self, self->highlight, self->reveal, 0, self->highlight_side);
      append_overlay (self, snapshot, &self->zones, &key, &area, draw_zones_overlay, NULL);
    }

  if (self->hover_region != NULL)
    {
      get_polygon_area (self, self->hover_region->polygon, self->hover_side, &area);
      graphene_rect_inset (&area, -2, -2);
      key = make_key (self, self->hover_region, 0, 0, self->hover_side);
      append_overlay (self, snapshot, &self->hover, &key, &area, draw_hover_overlay, NULL);
    }

  draw_points (self, snapshot);

  if (self->highlight != NULL && self->highlight->location_view == self->view)
    {
      MyoPoint at = myo_view_to_side (self->view, self->highlight->location, self->highlight_side);

      get_point_area (self, at, CROSS_SIZE / 2 + 4, &area);
      key = make_key (self, self->highlight, stage_alpha (self, 0), 0, self->highlight_side);
      append_overlay (self, snapshot, &self->location, &key, &area, draw_location_overlay, NULL);
    }

  if (self->cursor_visible)
    {
      get_point_area (self, self->cursor, 15 + 3, &area);
      key = make_key (self, NULL, self->cursor.x, self->cursor.y, 0);
      append_overlay (self, snapshot, &self->cursor_overlay, &key, &area, draw_cursor_overlay, NULL);
    }
}

static void
myo_body_map_state_flags_changed (GtkWidget     *widget,
                                  GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  if (changed & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    update_cursor_visible (MYO_BODY_MAP (widget));

  GTK_WIDGET_CLASS (myo_body_map_parent_class)->state_flags_changed (widget, previous);
}

static void
myo_body_map_dispose (GObject *object)
{
  MyoBodyMap *self = MYO_BODY_MAP (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->session != NULL)
    g_clear_signal_handler (&self->session_changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->match);
  g_clear_object (&self->reveal_animation);
  g_clear_pointer (&self->diagram, gsk_render_node_unref);
  clear_overlays (self);
  self->view = NULL;
  self->highlight = NULL;
  self->hover_region = NULL;

  G_OBJECT_CLASS (myo_body_map_parent_class)->dispose (object);
}

static void
myo_body_map_finalize (GObject *object)
{
  MyoBodyMap *self = MYO_BODY_MAP (object);

  g_clear_pointer (&self->view_id, g_free);
  g_clear_pointer (&self->diagram_file, g_free);
  g_clear_pointer (&self->stroke, g_array_unref);
  g_clear_pointer (&self->cursor_place, g_free);

  G_OBJECT_CLASS (myo_body_map_parent_class)->finalize (object);
}

static void
myo_body_map_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MyoBodyMap *self = MYO_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_VIEW_ID:
      g_value_set_string (value, myo_body_map_get_view_id (self));
      break;

    case PROP_MATCH:
      g_value_set_object (value, self->match);
      break;

    case PROP_HIGHLIGHT:
      g_value_set_string (value, self->highlight != NULL ? self->highlight->id : NULL);
      break;

    case PROP_SELECTED_POINT:
      g_value_set_uint (value, self->selected_point);
      break;

    case PROP_DEFAULT_INTENSITY:
      g_value_set_int (value, self->default_intensity);
      break;

    case PROP_REVEAL:
      g_value_set_double (value, self->reveal);
      break;

    case PROP_BROWSE:
      g_value_set_boolean (value, self->browse);
      break;

    case PROP_TOOL:
      g_value_set_string (value, tool_names[self->tool]);
      break;

    case PROP_BRUSH_RADIUS:
      g_value_set_double (value, self->brush_radius);
      break;

    case PROP_CURSOR_PLACE:
      g_value_set_string (value, self->cursor_place);
      break;

    case PROP_CURSOR_VISIBLE:
      g_value_set_boolean (value, self->cursor_visible);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_body_map_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MyoBodyMap *self = MYO_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      myo_body_map_set_session (self, g_value_get_object (value));
      break;

    case PROP_VIEW_ID:
      myo_body_map_set_view_id (self, g_value_get_string (value));
      break;

    case PROP_MATCH:
      myo_body_map_set_match (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_POINT:
      myo_body_map_set_selected_point (self, g_value_get_uint (value));
      break;

    case PROP_DEFAULT_INTENSITY:
      myo_body_map_set_default_intensity (self, g_value_get_int (value));
      break;

    case PROP_REVEAL:
      myo_body_map_set_reveal (self, g_value_get_double (value));
      break;

    case PROP_BROWSE:
      myo_body_map_set_browse (self, g_value_get_boolean (value));
      break;

    case PROP_TOOL:
      myo_body_map_set_tool (self, g_value_get_string (value));
      break;

    case PROP_BRUSH_RADIUS:
      myo_body_map_set_brush_radius (self, g_value_get_double (value));
      break;

    case PROP_READ_ONLY:
      myo_body_map_set_read_only (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_cursor_bindings (GtkWidgetClass *widget_class,
                     guint           keyval,
                     guint           kp_keyval,
                     double          dx,
                     double          dy)
{
  const guint keyvals[] = { keyval, kp_keyval };

  for (guint i = 0; i < G_N_ELEMENTS (keyvals); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, keyvals[i], 0,
                                           "map.move-cursor", "(dd)",
                                           dx * CURSOR_STEP, dy * CURSOR_STEP);
      gtk_widget_class_add_binding_action (widget_class, keyvals[i], GDK_SHIFT_MASK,
                                           "map.move-cursor", "(dd)",
                                           dx * CURSOR_FINE_STEP, dy * CURSOR_FINE_STEP);
    }
}

static void
myo_body_map_class_init (MyoBodyMapClass *klass)
{
  static const guint add_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_space };
  static const guint delete_keys[] = { GDK_KEY_Delete, GDK_KEY_KP_Delete, GDK_KEY_BackSpace };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_body_map_dispose;
  object_class->finalize = myo_body_map_finalize;
  object_class->get_property = myo_body_map_get_property;
  object_class->set_property = myo_body_map_set_property;

  widget_class->measure = myo_body_map_measure;
  widget_class->size_allocate = myo_body_map_size_allocate;
  widget_class->snapshot = myo_body_map_snapshot;
  widget_class->state_flags_changed = myo_body_map_state_flags_changed;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         MYO_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* NULL shows the knowledge base's first view */
  properties[PROP_VIEW_ID] =
    g_param_spec_string ("view-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MATCH] =
    g_param_spec_object ("match", NULL, NULL,
                         MYO_TYPE_MATCH,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The highlighted trigger point's id. Read-only: a trigger point is not a
   * GType, and it takes a side too; set it with myo_body_map_set_highlight(). */
  properties[PROP_HIGHLIGHT] =
    g_param_spec_string ("highlight", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTED_POINT] =
    g_param_spec_uint ("selected-point", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DEFAULT_INTENSITY] =
    g_param_spec_int ("default-intensity", NULL, NULL,
                      MYO_INTENSITY_MIN, MYO_INTENSITY_MAX, MYO_INTENSITY_DEFAULT,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How many reveal stages show (fractions fade the next one in), or a
   * negative number for everything: see myo_body_map_get_n_stages() */
  properties[PROP_REVEAL] =
    g_param_spec_double ("reveal", NULL, NULL,
                         -1, G_MAXDOUBLE, -1,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Browsing the knowledge base: a click marks nothing, it asks what
   * refers there (MyoBodyMap::location-activated) */
  properties[PROP_BROWSE] =
    g_param_spec_boolean ("browse", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What a press and a drag do: "point" adds and moves points, "paint"
   * paints an area with the brush, "erase" erases painted areas */
  properties[PROP_TOOL] =
    g_param_spec_string ("tool", NULL, NULL,
                         "point",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The brush radius, in diagram units */
  properties[PROP_BRUSH_RADIUS] =
    g_param_spec_double ("brush-radius", NULL, NULL,
                         MYO_AREA_RADIUS_MIN, MYO_AREA_RADIUS_MAX, MYO_AREA_RADIUS_DEFAULT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MyoBodyMap:cursor-place:
   *
   * Where the keyboard cursor is, e.g. "Left leg · back of knee", or
   * "outside the legs"; %NULL without a view.
   */
  properties[PROP_CURSOR_PLACE] =
    g_param_spec_string ("cursor-place", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoBodyMap:cursor-visible:
   *
   * Whether the keyboard cursor is drawn: while the map has the focus,
   * from the first key that moves it (or while GTK shows focus rings)
   * until the pointer is pressed.
   */
  properties[PROP_CURSOR_VISIBLE] =
    g_param_spec_boolean ("cursor-visible", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoBodyMap:read-only:
   *
   * A map that only shows: a click or tap adds, opens or moves nothing, and
   * Enter, Space and Delete go on to the window. The routine sets it while
   * it runs.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoBodyMap::point-activated:
   * @id: the point
   * @x: where, in widget coordinates, to point a popover
   * @y: ditto
   *
   * Emitted when the person clicks an existing point, or presses Enter on it.
   */
  signals[POINT_ACTIVATED] =
    g_signal_new ("point-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  signals[POINT_ADDED] =
    g_signal_new ("point-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * MyoBodyMap::point-removed:
   *
   * Emitted after the map removed a point from the session, so the window
   * can offer to undo it.
   */
  signals[POINT_REMOVED] =
    g_signal_new ("point-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * MyoBodyMap::add-failed:
   * @message: what went wrong and what to do, for a toast
   *
   * Emitted when a point could not be added or moved there.
   */
  signals[ADD_FAILED] =
    g_signal_new ("add-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * MyoBodyMap::location-activated:
   * @x: diagram x
   * @y: diagram y
   *
   * Emitted in browse mode when the person clicks the diagram, or presses
   * Enter at the cursor.
   */
  signals[LOCATION_ACTIVATED] =
    g_signal_new ("location-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_install_action (widget_class, "map.move-cursor", "(dd)", move_cursor_action);
  gtk_widget_class_install_property_action (widget_class, "map.tool", "tool");
  gtk_widget_class_install_action (widget_class, "map.add-at-cursor", NULL, add_at_cursor_action);
  gtk_widget_class_install_action (widget_class, "map.jump-region", "i", jump_region_action);
  gtk_widget_class_install_action (widget_class, "map.delete-selected", NULL,
                                   delete_selected_action);

  add_cursor_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1, 0);
  add_cursor_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1, 0);
  add_cursor_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 0, -1);
  add_cursor_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 0, 1);
  for (guint i = 0; i < G_N_ELEMENTS (add_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, add_keys[i], 0, "map.add-at-cursor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "map.jump-region", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "map.jump-region", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "map.jump-region", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "map.jump-region", "i", -1);
  for (guint i = 0; i < G_N_ELEMENTS (delete_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, delete_keys[i], 0,
                                         "map.delete-selected", NULL);

  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
myo_body_map_init (MyoBodyMap *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click;
  GtkGesture *drag;
  GtkEventController *motion;

  self->default_intensity = MYO_INTENSITY_DEFAULT;
  self->reveal = -1;
  self->tool = TOOL_POINT;
  self->brush_radius = MYO_AREA_RADIUS_DEFAULT;
  self->stroke = g_array_new (FALSE, FALSE, sizeof (MyoPoint));

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begun_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_updated_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_ended_cb), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (drag_cancelled_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_moved_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (pointer_left_cb), self);
  gtk_widget_add_controller (widget, motion);

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);

  update_actions (self);
  update_accessible_label (self);
}

/* Public API */

GtkWidget *
myo_body_map_new (MyoSession *session)
{
  g_return_val_if_fail (session == NULL || MYO_IS_SESSION (session), NULL);

  return g_object_new (MYO_TYPE_BODY_MAP, "session", session, NULL);
}

MyoSession *
myo_body_map_get_session (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return self->session;
}

void
myo_body_map_set_session (MyoBodyMap *self,
                          MyoSession *session)
{
  g_autofree char *old_view_id = NULL;
  MyoKb *old_kb;

  g_return_if_fail (MYO_IS_BODY_MAP (self));
  g_return_if_fail (session == NULL || MYO_IS_SESSION (session));

  if (self->session == session)
    return;

  old_view_id = g_strdup (get_effective_view_id (self));
  old_kb = self->session != NULL ? myo_session_get_kb (self->session) : NULL;

  /* Everything borrowed from the old knowledge base goes before it may */
  if (session == NULL || myo_session_get_kb (session) != old_kb)
    {
      myo_body_map_set_highlight (self, NULL, MYO_SIDE_LEFT);
      self->view = NULL;
      self->hover_region = NULL;
    }

  if (self->session != NULL)
    g_clear_signal_handler (&self->session_changed_id, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->session_changed_id = g_signal_connect_swapped (session, "changed",
                                                         G_CALLBACK (session_changed_cb), self);

  self->drag_point = 0;
  myo_body_map_set_selected_point (self, 0);
  clear_overlays (self);
  resolve_view (self);
  update_actions (self);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  if (g_strcmp0 (old_view_id, get_effective_view_id (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_ID]);
}

/**
 * myo_body_map_get_view_id:
 *
 * Returns: (nullable): the view shown, or the one asked for while there is
 *   no session to look it up in
 */
const char *
myo_body_map_get_view_id (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return get_effective_view_id (self);
}

void
myo_body_map_set_view_id (MyoBodyMap *self,
                          const char *view_id)
{
  g_autofree char *old_view_id = NULL;

  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (g_strcmp0 (self->view_id, view_id) == 0)
    return;

  old_view_id = g_strdup (get_effective_view_id (self));
  g_free (self->view_id);
  self->view_id = g_strdup (view_id);
  resolve_view (self);

  if (g_strcmp0 (old_view_id, get_effective_view_id (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_ID]);
}

MyoMatch *
myo_body_map_get_match (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return self->match;
}

void
myo_body_map_set_match (MyoBodyMap *self,
                        MyoMatch   *match)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));
  g_return_if_fail (match == NULL || MYO_IS_MATCH (match));

  if (g_set_object (&self->match, match))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH]);
    }
}

/**
 * myo_body_map_get_highlight:
 * @side: (out) (optional): the leg it is drawn on
 *
 * Returns: (nullable) (transfer none): the trigger point drawn with its zones
 */
const MyoTriggerPoint *
myo_body_map_get_highlight (MyoBodyMap *self,
                            MyoSide    *side)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);

  if (side != NULL)
    *side = self->highlight_side;

  return self->highlight;
}

/**
 * myo_body_map_set_highlight:
 * @trp: (nullable): a trigger point of the session's knowledge base, or
 *   %NULL for none
 * @side: the leg to draw it on
 *
 * Draws @trp's location and referral zones, mirrored to @side. Points
 * the match says it does not explain are dimmed.
 */
void
myo_body_map_set_highlight (MyoBodyMap            *self,
                            const MyoTriggerPoint *trp,
                            MyoSide                side)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (trp == NULL)
    side = MYO_SIDE_LEFT;

  if (self->highlight == trp && self->highlight_side == side)
    return;

  self->highlight = trp;
  self->highlight_side = side;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

/**
 * myo_body_map_get_n_stages:
 *
 * Returns: how many reveal stages the highlight takes on this view: one
 *   for its spot and one for each of its zones
 */
guint
myo_body_map_get_n_stages (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);

  if (self->view == NULL || self->highlight == NULL)
    return 0;

  return (self->highlight->location_view == self->view) + count_shapes (self, self->highlight->essential) +
         count_shapes (self, self->highlight->spillover);
}

double
myo_body_map_get_reveal (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), -1);
  return self->reveal;
}

/**
 * myo_body_map_set_reveal:
 * @reveal: how many stages show, or a negative number for all
 *
 * Shows the highlight's spot and zones one after another, for a person
 * to see the pattern build up: myo_body_map_play_reveal() runs @reveal
 * from 0 to myo_body_map_get_n_stages().
 */
void
myo_body_map_set_reveal (MyoBodyMap *self,
                         double      reveal)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (reveal < 0)
    reveal = -1;

  if (self->reveal == reveal)
    return;

  self->reveal = reveal;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEAL]);
}

static void
reveal_animated_cb (double   value,
                    gpointer user_data)
{
  myo_body_map_set_reveal (user_data, value);
}

static void
reveal_done_cb (MyoBodyMap *self)
{
  myo_body_map_set_reveal (self, -1);
}

/**
 * myo_body_map_play_reveal:
 *
 * Builds the highlight's pattern up, for a person to watch: its spot, then
 * each referral zone, each fading in, then all of it shows as before.
 */
void
myo_body_map_play_reveal (MyoBodyMap *self)
{
  guint n_stages;

  g_return_if_fail (MYO_IS_BODY_MAP (self));

  myo_body_map_stop_reveal (self);
  if ((n_stages = myo_body_map_get_n_stages (self)) == 0)
    return;

  if (self->reveal_animation == NULL)
    {
      AdwAnimationTarget *target = adw_callback_animation_target_new (reveal_animated_cb, self, NULL);

      self->reveal_animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, REVEAL_STAGE_MS, target);
      adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->reveal_animation), ADW_LINEAR);
      g_signal_connect_swapped (self->reveal_animation, "done", G_CALLBACK (reveal_done_cb), self);
    }

  adw_timed_animation_set_value_to (ADW_TIMED_ANIMATION (self->reveal_animation), n_stages);
  adw_timed_animation_set_duration (ADW_TIMED_ANIMATION (self->reveal_animation), n_stages * REVEAL_STAGE_MS);
  myo_body_map_set_reveal (self, 0);
  adw_animation_play (self->reveal_animation);
}

/**
 * myo_body_map_stop_reveal:
 *
 * Ends a reveal at once: everything shows.
 */
void
myo_body_map_stop_reveal (MyoBodyMap *self)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (self->reveal_animation != NULL)
    adw_animation_skip (self->reveal_animation);
  myo_body_map_set_reveal (self, -1);
}

gboolean
myo_body_map_get_browse (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);
  return self->browse;
}

void
myo_body_map_set_browse (MyoBodyMap *self,
                         gboolean    browse)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  browse = !!browse;
  if (self->browse == browse)
    return;

  self->browse = browse;
  update_accessible_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BROWSE]);
}

gboolean
myo_body_map_get_read_only (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);
  return self->read_only;
}

void
myo_body_map_set_read_only (MyoBodyMap *self,
                            gboolean    read_only)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;

  self->read_only = read_only;
  self->drag_point = 0;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

guint
myo_body_map_get_selected_point (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return self->selected_point;
}

void
myo_body_map_set_selected_point (MyoBodyMap *self,
                                 guint       id)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (self->selected_point == id)
    return;

  self->selected_point = id;
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_POINT]);
}

int
myo_body_map_get_default_intensity (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), MYO_INTENSITY_DEFAULT);
  return self->default_intensity;
}

void
myo_body_map_set_default_intensity (MyoBodyMap *self,
                                    int         intensity)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));
  g_return_if_fail (intensity >= MYO_INTENSITY_MIN && intensity <= MYO_INTENSITY_MAX);

  if (self->default_intensity == intensity)
    return;

  self->default_intensity = intensity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_INTENSITY]);
}

/**
 * myo_body_map_diagram_to_widget:
 *
 * Maps diagram coordinates (the view's SVG units) to widget coordinates.
 * Without a view or an allocation the mapping is the identity.
 */
void
myo_body_map_diagram_to_widget (MyoBodyMap *self,
                                double      dx,
                                double      dy,
                                double     *wx,
                                double     *wy)
{
  double scale, x0, y0;

  g_return_if_fail (MYO_IS_BODY_MAP (self));

  get_fit (self, &scale, &x0, &y0);
  *wx = x0 + dx * scale;
  *wy = y0 + dy * scale;
}

/**
 * myo_body_map_widget_to_diagram:
 *
 * The inverse of myo_body_map_diagram_to_widget(). @dx and @dy are set
 * even when the point is outside the drawn diagram.
 *
 * Returns: %TRUE if (@wx, @wy) falls on the drawn diagram
 */
gboolean
myo_body_map_widget_to_diagram (MyoBodyMap *self,
                                double      wx,
                                double      wy,
                                double     *dx,
                                double     *dy)
{
  double scale, x0, y0;
  gboolean fitted;

  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);

  fitted = get_fit (self, &scale, &x0, &y0);
  *dx = (wx - x0) / scale;
  *dy = (wy - y0) / scale;

  return fitted &&
         *dx >= 0 && *dx <= self->view->width &&
         *dy >= 0 && *dy <= self->view->height;
}

/**
 * myo_body_map_intensity_color:
 *
 * The colour a pain point of @intensity is drawn in, for legends to match:
 * yellow for 1–3, orange for 4–6, red for 7–10.
 */
void
myo_body_map_intensity_color (int      intensity,
                              GdkRGBA *rgba)
{
  guint32 rgb = myo_intensity_get_rgb (intensity);

  g_return_if_fail (rgba != NULL);

  rgba->red = ((rgb >> 16) & 0xff) / 255.f;
  rgba->green = ((rgb >> 8) & 0xff) / 255.f;
  rgba->blue = (rgb & 0xff) / 255.f;
  rgba->alpha = 1;
}

/* Private API, for the tests */

guint
_myo_body_map_get_render_count (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return self->render_count;
}

/* The reveal's animation, once one was played */
AdwAnimation *
_myo_body_map_get_reveal_animation (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return self->reveal_animation;
}

/* How many overlay nodes (zones, hover, a point, the cursor) were drawn */
guint
_myo_body_map_get_overlay_count (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return self->overlay_count;
}

/* What a click or tap at (@wx, @wy) does: open the point there, or add one */
void
_myo_body_map_click (MyoBodyMap *self,
                     double      wx,
                     double      wy)
{
  g_autoptr(GError) error = NULL;
  double dx, dy;
  guint id;

  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (self->session == NULL || self->view == NULL || self->read_only)
    return;

  if (myo_body_map_widget_to_diagram (self, wx, wy, &dx, &dy))
    move_cursor_to (self, dx, dy);

  if (self->browse)
    {
      g_signal_emit (self, signals[LOCATION_ACTIVATED], 0, dx, dy);
      return;
    }

  if ((id = find_point_at (self, wx, wy)) != 0)
    {
      myo_body_map_set_selected_point (self, id);
      g_signal_emit (self, signals[POINT_ACTIVATED], 0, id, wx, wy);
      return;
    }

  id = myo_session_add_point (self->session, self->view->id, dx, dy, self->default_intensity,
                              MYO_QUALITY_NONE, &error);
  if (id == 0)
    {
      g_signal_emit (self, signals[ADD_FAILED], 0, error->message);
      return;
    }

  myo_body_map_set_selected_point (self, id);
  g_signal_emit (self, signals[POINT_ADDED], 0, id);
}

void
_myo_body_map_hover (MyoBodyMap *self,
                     double      wx,
                     double      wy)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));
  update_hover (self, wx, wy, TRUE);
}

/* A press at the start, a move and a release at the end, as the gestures
 * report them */
void
_myo_body_map_drag (MyoBodyMap *self,
                    double      start_wx,
                    double      start_wy,
                    double      end_wx,
                    double      end_wy)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  begin_drag (self, start_wx, start_wy);
  update_drag (self, end_wx, end_wy);
  end_drag (self, end_wx, end_wy);
}

void
_myo_body_map_get_cursor (MyoBodyMap *self,
                          double     *dx,
                          double     *dy)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  *dx = self->cursor.x;
  *dy = self->cursor.y;
}

/**
 * myo_body_map_set_tool:
 * @tool: "point", "paint" or "erase"
 */
void
myo_body_map_set_tool (MyoBodyMap *self,
                       const char *tool)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  for (guint i = 0; i < G_N_ELEMENTS (tool_names); i++)
    if (g_strcmp0 (tool, tool_names[i]) == 0)
      {
        if (self->tool == (Tool) i)
          return;

        self->tool = i;
        g_array_set_size (self->stroke, 0);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOL]);
        return;
      }

  g_warning ("Unknown map tool “%s”", tool);
}

const char *
myo_body_map_get_tool (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return tool_names[self->tool];
}

void
myo_body_map_set_brush_radius (MyoBodyMap *self,
                               double      radius)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  radius = CLAMP (radius, MYO_AREA_RADIUS_MIN, MYO_AREA_RADIUS_MAX);
  if (self->brush_radius == radius)
    return;

  self->brush_radius = radius;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRUSH_RADIUS]);
}

double
myo_body_map_get_brush_radius (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return self->brush_radius;
}

/**
 * myo_body_map_get_cursor_place:
 *
 * Returns: (nullable): where the keyboard cursor is, e.g. "Left leg · back
 *   of knee" or "outside the legs"
 */
const char *
myo_body_map_get_cursor_place (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return self->cursor_place;
}

gboolean
myo_body_map_get_cursor_visible (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);
  return self->cursor_visible;
}

/**
 * myo_body_map_set_scale_points:
 *
 * Whether pain points grow with the map (presentation mode, where the
 * legs fill the screen) rather than keep one size.
 */
void
myo_body_map_set_scale_points (MyoBodyMap *self,
                               gboolean    scale_points)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  scale_points = !!scale_points;
  if (self->scale_points == scale_points)
    return;

  self->scale_points = scale_points;
  clear_overlays (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
myo_body_map_get_scale_points (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);
  return self->scale_points;
}

/* The radius pain points are drawn with, in widget pixels */
double
_myo_body_map_get_point_radius (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return get_point_radius (self);
}
