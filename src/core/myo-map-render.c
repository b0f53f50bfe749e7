/* myo-map-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "myo-json.h"
#include "myo-map-render.h"

/* A print must read without colour: zones differ by hatch density and
 * outline (solid for essential, dashed for spillover), not by hue alone. */
#define ZONE_RGB        0xc01c28
#define ZONE_LINE_RGB   0x7a1a22
#define INK_RGB         0x241f31

typedef struct
{
  const MyoView *view;
  MyoViewFit     transform;
} Fit;

G_DEFINE_QUARK (myo-map-error-quark, myo_map_error)

static void
fit_to (Fit                     *fit,
        const MyoView           *view,
        const cairo_rectangle_t *source,
        const cairo_rectangle_t *target)
{
  fit->view = view;
  myo_view_fit_init (&fit->transform,
                     &(MyoRect) { source->x, source->y, source->width, source->height },
                     &(MyoRect) { target->x, target->y, target->width, target->height });
}

static void
to_target (const Fit *fit,
           MyoPoint   p,
           double    *x,
           double    *y)
{
  MyoPoint at = myo_view_fit_to_target (&fit->transform, p);

  *x = at.x;
  *y = at.y;
}

static void
append_polygon (cairo_t          *cr,
                const Fit        *fit,
                const MyoPolygon *polygon,
                MyoSide           side)
{
  cairo_new_path (cr);
  for (guint i = 0; i < polygon->n_points; i++)
    {
      double x, y;

      to_target (fit, myo_view_to_side (fit->view, polygon->points[i], side), &x, &y);
      cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

/* Parallel lines across the current path; @slope 1 rises to the right */
static void
hatch_path (cairo_t *cr,
            double   spacing,
            double   slope)
{
  double x1, y1, x2, y2, h;

  cairo_save (cr);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  h = y2 - y1;
  cairo_new_path (cr);
  for (double x = x1 - h; x < x2 + h; x += spacing)
    {
      cairo_move_to (cr, x, slope > 0 ? y2 : y1);
      cairo_line_to (cr, x + h, slope > 0 ? y1 : y2);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Fills, hatches and outlines the current path as a referral zone */
static void
paint_zone (cairo_t  *cr,
            gboolean  essential,
            double    u)
{
  static const double dashes[] = { 3, 2 };
  double dash[G_N_ELEMENTS (dashes)];
  cairo_path_t *path = cairo_copy_path (cr);

  myo_cairo_set_source_hex (cr, ZONE_RGB, essential ? 0.16 : 0.07);
  cairo_fill_preserve (cr);

  myo_cairo_set_source_hex (cr, ZONE_RGB, essential ? 0.75 : 0.55);
  cairo_set_line_width (cr, 0.6 * u);
  hatch_path (cr, (essential ? 3.2 : 6) * u, essential ? 1 : -1);

  cairo_new_path (cr);
  cairo_append_path (cr, path);
  myo_cairo_set_source_hex (cr, ZONE_LINE_RGB, 0.9);
  cairo_set_line_width (cr, (essential ? 1.2 : 0.8) * u);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (!essential)
    {
      for (guint d = 0; d < G_N_ELEMENTS (dashes); d++)
        dash[d] = dashes[d] * u;
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_path_destroy (path);
}

static void
draw_shapes (cairo_t           *cr,
             const Fit         *fit,
             const MyoMapScene *scene,
             GPtrArray         *shapes,
             MyoSide            side,
             gboolean           essential)
{
  for (guint i = 0; i < shapes->len; i++)
    {
      const MyoShape *shape = g_ptr_array_index (shapes, i);

      if (shape->view != fit->view)
        continue;

      append_polygon (cr, fit, shape->polygon, side);
      paint_zone (cr, essential, scene->unit);
    }
}

static PangoLayout *
create_number_layout (cairo_t    *cr,
                      const char *text,
                      double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
show_centred (cairo_t     *cr,
              PangoLayout *layout,
              double       x,
              double       y)
{
  PangoRectangle ink;

  pango_layout_get_extents (layout, &ink, NULL);
  cairo_move_to (cr,
                 x - (ink.x + ink.width / 2.) / PANGO_SCALE,
                 y - (ink.y + ink.height / 2.) / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

static void
paint_pain_dot (cairo_t    *cr,
                double      x,
                double      y,
                int         intensity,
                const char *number,
                double      u)
{
  g_autoptr(PangoLayout) layout = NULL;

  cairo_new_path (cr);
  cairo_arc (cr, x, y, 5.5 * u, 0, 2 * G_PI);
  myo_cairo_set_source_hex (cr, myo_intensity_get_rgb (intensity), 1);
  cairo_fill_preserve (cr);
  myo_cairo_set_source_hex (cr, INK_RGB, 0.9);
  cairo_set_line_width (cr, 0.8 * u);
  cairo_stroke (cr);

  if (number == NULL)
    return;

  /* A number, so the point reads without telling colours apart */
  layout = create_number_layout (cr, number, (strlen (number) > 1 ? 5.2 : 6.2) * u);
  if (intensity > 6)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    myo_cairo_set_source_hex (cr, INK_RGB, 1);
  show_centred (cr, layout, x, y);
}

static void
draw_pain_points (cairo_t           *cr,
                  const Fit         *fit,
                  const MyoMapScene *scene)
{
  for (guint i = 0; i < myo_session_get_n_points (scene->session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (scene->session, i);
      char number[8];
      double x, y;

      if (point->view != fit->view)
        continue;

      to_target (fit, (MyoPoint) { point->x, point->y }, &x, &y);
      g_snprintf (number, sizeof number, "%u",
                  (scene->flags & MYO_MAP_PAIN_INDEX) ? i + 1 : (guint) point->intensity);
      paint_pain_dot (cr, x, y, point->intensity, number, scene->unit);
    }
}

static void
paint_cross (cairo_t *cr,
             double   x,
             double   y,
             double   u)
{
  double half = 5 * u;

  cairo_new_path (cr);
  cairo_move_to (cr, x - half, y - half);
  cairo_line_to (cr, x + half, y + half);
  cairo_move_to (cr, x + half, y - half);
  cairo_line_to (cr, x - half, y + half);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 4.4 * u);
  cairo_stroke_preserve (cr);
  myo_cairo_set_source_hex (cr, INK_RGB, 1);
  cairo_set_line_width (cr, 2.2 * u);
  cairo_stroke (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

/* A point that lies too deep to press (tibialis posterior): a dashed ring
 * where it is, so no one reads an ✕ there as "press here" */
static void
paint_deep_ring (cairo_t *cr,
                 double   x,
                 double   y,
                 double   u)
{
  const double dashes[] = { 2 * u, 1.5 * u };

  cairo_new_path (cr);
  cairo_arc (cr, x, y, 5 * u, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 3.6 * u);
  cairo_stroke_preserve (cr);
  myo_cairo_set_source_hex (cr, INK_RGB, 1);
  cairo_set_line_width (cr, 1.6 * u);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_press_mark (cairo_t           *cr,
                 const Fit         *fit,
                 const MyoMapScene *scene,
                 guint              index)
{
  const MyoSelection *mark = &scene->marks[index];
  double u = scene->unit;
  double half = 5 * u;
  double x, y;

  if (mark->trp->location_view != fit->view)
    return;

  to_target (fit, myo_view_to_side (fit->view, mark->trp->location, mark->side), &x, &y);
  if (myo_trigger_point_can_be_pressed (mark->trp))
    paint_cross (cr, x, y, u);
  else
    paint_deep_ring (cr, x, y, u);

  if (scene->flags & MYO_MAP_MARK_LABELS)
    {
      g_autofree char *number = g_strdup_printf ("%u", index + 1);
      g_autoptr(PangoLayout) layout = create_number_layout (cr, number, 7 * u);
      double lx = x + half + 5.5 * u;
      double ly = y - half - 3 * u;

      cairo_new_path (cr);
      cairo_arc (cr, lx, ly, 5.5 * u, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      myo_cairo_set_source_hex (cr, INK_RGB, 1);
      cairo_set_line_width (cr, 0.9 * u);
      cairo_stroke (cr);
      show_centred (cr, layout, lx, ly);
    }
}

/* The SVGs mark the legs with badges whose text is "L" and "R"
 * (build-aux/gen-diagram.py); the letters are replaced by those of the
 * user's language, so the diagram needs no copy per language. */
static void
translate_badge (GString    *svg,
                 const char *id,
                 const char *english,
                 const char *letter)
{
  g_autofree char *needle = g_strdup_printf (">%s</text>", english);
  g_autofree char *escaped = g_markup_escape_text (letter, -1);
  g_autofree char *replacement = g_strdup_printf (">%s</text>", escaped);
  const char *badge = strstr (svg->str, id);
  const char *text;

  if (badge == NULL || (text = strstr (badge, needle)) == NULL)
    return;

  g_string_erase (svg, text - svg->str, strlen (needle));
  g_string_insert (svg, text - svg->str, replacement);
}

/**
 * myo_map_load_diagram:
 *
 * Returns: (transfer full) (nullable): the view's SVG from the embedded
 *   resources
 */
RsvgHandle *
myo_map_load_diagram (const MyoView  *view,
                      GError        **error)
{
  g_autofree char *path = g_strconcat (MYO_DIAGRAM_RESOURCE_DIR, view->file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(GString) svg = NULL;

  if (bytes == NULL)
    return NULL;

  svg = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  /* Translators: the badge on the diagram's left leg, one letter */
  translate_badge (svg, "id=\"label-left\"", "L", C_("diagram badge", "L"));
  /* Translators: the badge on the diagram's right leg, one letter */
  translate_badge (svg, "id=\"label-right\"", "R", C_("diagram badge", "R"));

  return rsvg_handle_new_from_data ((const guint8 *) svg->str, svg->len, error);
}

/**
 * myo_map_load_illustration:
 * @name: a picture of a position, as a step or an alternative names it
 *
 * Returns: (transfer full) (nullable): the picture's SVG from the embedded
 *   resources, for the routine's pages and the handout alike
 */
RsvgHandle *
myo_map_load_illustration (const char  *name,
                           GError     **error)
{
  g_autofree char *path = myo_illustration_dup_path (name);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;

  return rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

/**
 * myo_map_draw:
 * @source: (nullable): the part of the view to show, in diagram units;
 *   %NULL for all of it
 * @target: where it goes on @cr; the aspect is kept and the picture centred
 *
 * Draws the diagram and the overlays the scene's flags ask for, clipped to
 * the source. The overlays are drawn from the knowledge base's polygons, the
 * same ones the matcher tests.
 */
void
myo_map_draw (cairo_t                 *cr,
              const MyoMapScene       *scene,
              const cairo_rectangle_t *source,
              const cairo_rectangle_t *target)
{
  cairo_rectangle_t whole = { 0, 0, scene->view->width, scene->view->height };
  Fit fit;

  g_return_if_fail (cr != NULL && scene != NULL && scene->view != NULL && target != NULL);

  if (source == NULL)
    source = &whole;
  fit_to (&fit, scene->view, source, target);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, fit.transform.x0 + source->x * fit.transform.scale,
                   fit.transform.y0 + source->y * fit.transform.scale,
                   source->width * fit.transform.scale, source->height * fit.transform.scale);
  cairo_clip (cr);

  if (scene->svg != NULL)
    {
      RsvgRectangle viewport = { fit.transform.x0, fit.transform.y0,
                                 scene->view->width * fit.transform.scale,
                                 scene->view->height * fit.transform.scale };
      g_autoptr(GError) error = NULL;

      /* The SVG is embedded and checked by the tests; should it ever fail,
       * the overlays alone still say where to press. */
      if (!rsvg_handle_render_document (scene->svg, cr, &viewport, &error))
        g_debug ("Could not draw the %s diagram: %s", scene->view->id, error->message);
    }

  /* Painted areas lie under everything else drawn over the diagram */
  if ((scene->flags & (MYO_MAP_PAIN_POINTS | MYO_MAP_PAIN_AREAS)) && scene->session != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, fit.transform.x0, fit.transform.y0);
      cairo_scale (cr, fit.transform.scale, fit.transform.scale);
      myo_map_draw_areas (cr, myo_session_get_areas (scene->session), scene->view, MYO_MAP_AREA_ALPHA);
      cairo_restore (cr);
    }

  if (scene->flags & MYO_MAP_ZONES)
    {
      for (guint i = 0; i < scene->n_marks; i++)
        draw_shapes (cr, &fit, scene, scene->marks[i].trp->spillover, scene->marks[i].side, FALSE);
      for (guint i = 0; i < scene->n_marks; i++)
        draw_shapes (cr, &fit, scene, scene->marks[i].trp->essential, scene->marks[i].side, TRUE);
    }

  if (scene->flags & MYO_MAP_PRESS_MARKS)
    for (guint i = 0; i < scene->n_marks; i++)
      draw_press_mark (cr, &fit, scene, i);

  /* The person's own marks stay readable over a ✕; its arms reach past them */
  if ((scene->flags & MYO_MAP_PAIN_POINTS) && scene->session != NULL)
    draw_pain_points (cr, &fit, scene);

  cairo_restore (cr);
}

/**
 * myo_map_draw_areas:
 * @cr: a context whose user space is @view's diagram units
 * @alpha: the opacity of the paint, 0–1
 *
 * Paints the cells of @view's painted areas, each in the colour of its
 * intensity: the very cells the extent counts and the matcher weighs.
 */
void
myo_map_draw_areas (cairo_t       *cr,
                    MyoAreas      *areas,
                    const MyoView *view,
                    double         alpha)
{
  const guint8 *intensities = myo_areas_get_intensities (areas, view);
  g_autoptr(cairo_surface_t) surface = NULL;
  cairo_pattern_t *pattern;
  guint32 colours[MYO_INTENSITY_MAX + 1] = { 0 };
  guint cols, rows;
  guint8 *pixels;
  int stride;

  if (intensities == NULL)
    return;

  for (int i = MYO_INTENSITY_MIN; i <= MYO_INTENSITY_MAX; i++)
    {
      guint32 rgb = myo_intensity_get_rgb (i);
      guint a = (guint) round (alpha * 255);

      /* Premultiplied, as cairo's ARGB32 wants */
      colours[i] = a << 24 | ((rgb >> 16 & 0xff) * a / 255) << 16 |
                   ((rgb >> 8 & 0xff) * a / 255) << 8 | ((rgb & 0xff) * a / 255);
    }

  myo_area_grid_size (view, &cols, &rows);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cols, rows);
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  cairo_surface_flush (surface);
  for (guint r = 0; r < rows; r++)
    {
      guint32 *row = (guint32 *) (pixels + r * stride);

      for (guint c = 0; c < cols; c++)
        row[c] = colours[MIN (intensities[r * cols + c], MYO_INTENSITY_MAX)];
    }
  cairo_surface_mark_dirty (surface);

  cairo_save (cr);
  cairo_scale (cr, MYO_AREA_CELL, MYO_AREA_CELL);
  cairo_set_source_surface (cr, surface, 0, 0);
  pattern = cairo_get_source (cr);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_GOOD);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0, 0, cols, rows);
  cairo_fill (cr);
  cairo_restore (cr);
}

/**
 * myo_map_draw_swatch:
 * @size: the swatch's height; zones are drawn 1.6 times as wide
 *
 * Draws one legend symbol with the map's own code, so the legend always
 * matches the map.
 */
void
myo_map_draw_swatch (cairo_t      *cr,
                     MyoMapSwatch  swatch,
                     double        x,
                     double        y,
                     double        size,
                     double        unit)
{
  cairo_save (cr);
  switch (swatch)
    {
    case MYO_MAP_SWATCH_ESSENTIAL:
    case MYO_MAP_SWATCH_SPILLOVER:
      cairo_new_path (cr);
      cairo_rectangle (cr, x, y, size * 1.6, size);
      paint_zone (cr, swatch == MYO_MAP_SWATCH_ESSENTIAL, unit);
      break;
    case MYO_MAP_SWATCH_PRESS:
      paint_cross (cr, x + size * 0.8, y + size / 2, unit);
      break;
    case MYO_MAP_SWATCH_NO_PRESS:
      paint_deep_ring (cr, x + size * 0.8, y + size / 2, unit);
      break;
    case MYO_MAP_SWATCH_PAIN:
      paint_pain_dot (cr, x + size * 0.8, y + size / 2, 5, NULL, unit);
      break;
    case MYO_MAP_SWATCH_AREA:
      cairo_new_path (cr);
      cairo_rectangle (cr, x, y, size * 1.6, size);
      myo_cairo_set_source_hex (cr, myo_intensity_get_rgb (5), MYO_MAP_AREA_ALPHA);
      cairo_fill (cr);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

/**
 * myo_map_crop_around:
 * @center: in diagram units
 * @size: the side of the square, in diagram units
 *
 * Returns: a square of the view around @center, moved inside the view where
 *   the edge would cut it
 */
cairo_rectangle_t
myo_map_crop_around (const MyoView *view,
                     MyoPoint       center,
                     double         size)
{
  cairo_rectangle_t crop;

  size = MIN (size, MIN (view->width, view->height));
  crop.width = crop.height = size;
  crop.x = CLAMP (center.x - size / 2, 0, view->width - size);
  crop.y = CLAMP (center.y - size / 2, 0, view->height - size);

  return crop;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, MYO_MAP_ERROR, MYO_MAP_ERROR_RENDER,
               _("Could not draw the map (%s). Try a smaller size."), cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_bytes (const char  *path,
             GByteArray  *bytes,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (myo_file_write_atomic (path, (const char *) bytes->data, bytes->len, &local_error))
    return TRUE;

  g_set_error (error, MYO_MAP_ERROR, MYO_MAP_ERROR_WRITE,
               _("Could not write %s: %s. Choose a folder you can write to."), path, local_error->message);
  return FALSE;
}

static void
draw_on_white (cairo_t           *cr,
               const MyoMapScene *scene,
               double             width,
               double             height)
{
  cairo_rectangle_t target = { 0, 0, width, height };

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  myo_map_draw (cr, scene, NULL, &target);
}

/**
 * myo_map_write_png:
 * @width: in pixels; the height follows the view's aspect
 *
 * Writes the scene as a PNG on white, atomically (a temporary file, then a
 * rename).
 */
gboolean
myo_map_write_png (const MyoMapScene  *scene,
                   int                 width,
                   const char         *path,
                   GError            **error)
{
  int height = (int) (width * scene->view->height / scene->view->width + 0.5);
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();

  g_return_val_if_fail (width > 0, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  if (!check_status (cairo_surface_status (surface), error))
    return FALSE;

  cr = cairo_create (surface);
  draw_on_white (cr, scene, width, height);
  if (!check_status (cairo_status (cr), error))
    return FALSE;
  g_clear_pointer (&cr, cairo_destroy);

  if (!check_status (cairo_surface_write_to_png_stream (surface, myo_cairo_append_to_bytes, bytes), error))
    return FALSE;

  return write_bytes (path, bytes, error);
}

/**
 * myo_map_write_svg:
 *
 * Writes the scene as an SVG the size of the view (one diagram unit, one
 * point), atomically.
 */
gboolean
myo_map_write_svg (const MyoMapScene  *scene,
                   const char         *path,
                   GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  cairo_status_t status;

  surface = cairo_svg_surface_create_for_stream (myo_cairo_append_to_bytes, bytes,
                                                 scene->view->width, scene->view->height);
  if (!check_status (cairo_surface_status (surface), error))
    return FALSE;

  cr = cairo_create (surface);
  draw_on_white (cr, scene, scene->view->width, scene->view->height);
  status = cairo_status (cr);
  g_clear_pointer (&cr, cairo_destroy);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (!check_status (status, error))
    return FALSE;

  return write_bytes (path, bytes, error);
}

/**
 * myo_intensity_get_rgb:
 *
 * Returns: the colour of a pain point of @intensity, as 0xRRGGBB: yellow
 *   for 1–3, orange for 4–6, red for 7–10
 */
guint32
myo_intensity_get_rgb (int intensity)
{
  if (intensity <= 3)
    return 0xf6d32d;
  if (intensity <= 6)
    return 0xff7800;
  return 0xe01b24;
}

/**
 * myo_trigger_point_can_be_pressed:
 *
 * Returns: whether the point's routine has a release step; one that has
 *   none (it lies too deep) is marked as a ring, never as "press here"
 */
gboolean
myo_trigger_point_can_be_pressed (const MyoTriggerPoint *trp)
{
  for (guint i = 0; trp->routine != NULL && i < trp->routine->steps->len; i++)
    if (((MyoStep *) g_ptr_array_index (trp->routine->steps, i))->kind == MYO_STEP_RELEASE)
      return TRUE;

  return FALSE;
}

/**
 * myo_cairo_set_source_hex:
 * @rgb: 0xRRGGBB
 */
void
myo_cairo_set_source_hex (cairo_t *cr,
                          guint32  rgb,
                          double   alpha)
{
  cairo_set_source_rgba (cr,
                         ((rgb >> 16) & 0xff) / 255.,
                         ((rgb >> 8) & 0xff) / 255.,
                         (rgb & 0xff) / 255.,
                         alpha);
}

/**
 * myo_cairo_append_to_bytes:
 * @byte_array: a #GByteArray
 *
 * A #cairo_write_func_t that collects a surface's output in memory, for an
 * atomic write afterwards.
 */
cairo_status_t
myo_cairo_append_to_bytes (void                *byte_array,
                           const unsigned char *data,
                           unsigned int         length)
{
  g_byte_array_append (byte_array, data, length);
  return CAIRO_STATUS_SUCCESS;
}
