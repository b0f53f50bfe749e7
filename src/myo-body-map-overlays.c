/* myo-body-map-overlays.c: what the body map draws over the diagram
 * (painted areas, the brush stroke, zones, hover, points, the trigger
 * point's spot, the keyboard cursor) and the reveal of zones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "myo-body-map.h"
#include "myo-body-map-private.h"
#include "myo-draw.h"
#include "myo-map-render.h"

/* Widget pixels */
#define CROSS_SIZE        14.0
#define HATCH_SPACING      6.0

/* Each reveal stage (the spot, then one zone) fades in over this long */
#define REVEAL_STAGE_MS  700

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

/* Strokes the path twice, a line of @rgb on a wider halo, so it reads on
 * any fill under it */
static void
stroke_on_halo (cairo_t *cr,
                double   halo_alpha,
                double   halo_width,
                guint32  rgb,
                double   width)
{
  myo_cairo_set_source_hex (cr, MYO_MAP_HALO, halo_alpha);
  cairo_set_line_width (cr, halo_width);
  cairo_stroke_preserve (cr);
  myo_cairo_set_source_hex (cr, rgb, 1);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
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
void
_myo_body_map_clear_overlays (MyoBodyMap *self)
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
  stroke_on_halo (cr, 0.95, 7, MYO_MAP_INK, 3.5);
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
  return myo_draw_create_layout (GTK_WIDGET (self), NULL, 10, PANGO_WEIGHT_BOLD);
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
  double radius = _myo_body_map_get_point_radius (self);

  at = _myo_body_map_get_point_position (self, point);
  myo_body_map_diagram_to_widget (self, at.x, at.y, &wx, &wy);
  myo_body_map_intensity_color (point->intensity, &color);

  /* A dimmed point fades as a whole, its outline not showing through */
  if (dimmed)
    cairo_push_group (cr);

  if (point->id == self->selected_point)
    {
      cairo_new_path (cr);
      cairo_arc (cr, wx, wy, radius + 4, 0, 2 * G_PI);
      stroke_on_halo (cr, MYO_MAP_HALO_ALPHA, 6, MYO_MAP_INK, 3);
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

      at = _myo_body_map_get_point_position (self, point);
      key = make_key (self, NULL, at.x, at.y,
                      point->intensity |
                      (point->id == self->selected_point) << 8 |
                      is_explained_by_highlight (self, point->id) << 9);
      key.font = font;

      /* The selection ring's outer edge, and a pixel more */
      get_point_area (self, at, _myo_body_map_get_point_radius (self) + 4 + 3 + 1, &area);
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
  stroke_on_halo (cr, MYO_MAP_HALO_ALPHA, 5, MYO_MAP_CURSOR, 2.5);
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

  if (!_myo_body_map_get_fit (self, &scale, &x0, &y0))
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

  if (_myo_body_map_get_fit (self, &scale, &x0, &y0))
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

/* Everything over the diagram, each in a node of its own */
void
_myo_body_map_snapshot_overlays (MyoBodyMap  *self,
                                 GtkSnapshot *snapshot)
{
  graphene_rect_t area;
  OverlayKey key;

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
