/* myo-diagram.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-diagram.h"

/* Widget units; see myo_diagram_render_node() */
#define TILE_SIZE 128

/**
 * myo_diagram_load:
 *
 * Returns: (transfer full) (nullable): the view's SVG from the resources
 */
RsvgHandle *
myo_diagram_load (const MyoView  *view,
                  GError        **error)
{
  return myo_map_load_diagram (view, error);
}

static cairo_surface_t *
render_surface (RsvgHandle             *svg,
                int                     width,
                int                     height,
                int                     scale,
                const graphene_rect_t  *viewport,
                GError                **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  RsvgRectangle rect = { viewport->origin.x, viewport->origin.y,
                         viewport->size.width, viewport->size.height };

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                   cairo_status_to_string (cairo_surface_status (surface)));
      return NULL;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  if (!rsvg_handle_render_document (svg, cr, &rect, error))
    return NULL;
  g_clear_pointer (&cr, cairo_destroy);
  cairo_surface_flush (surface);

  return g_steal_pointer (&surface);
}

/* Whether every pixel of the area is fully transparent */
static gboolean
is_blank (cairo_surface_t *surface,
          int              x,
          int              y,
          int              width,
          int              height)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  width = MIN (width, cairo_image_surface_get_width (surface) - x);
  height = MIN (height, cairo_image_surface_get_height (surface) - y);

  for (int row = y; row < y + height; row++)
    {
      const guint32 *pixels = (const guint32 *) (data + (gsize) row * stride) + x;

      for (int column = 0; column < width; column++)
        if (pixels[column] != 0)
          return FALSE;
    }

  return TRUE;
}

/**
 * myo_diagram_render:
 * @width: the texture's width in widget units
 * @height: its height
 * @scale: the widget's scale factor
 * @viewport: where the diagram's view box lands, in widget units
 *
 * Returns: (transfer full) (nullable): the diagram rasterised once, for a
 *   widget to draw on every frame
 */
GdkTexture *
myo_diagram_render (RsvgHandle             *svg,
                    int                     width,
                    int                     height,
                    int                     scale,
                    const graphene_rect_t  *viewport,
                    GError                **error)
{
  g_autoptr(cairo_surface_t) surface = render_surface (svg, width, height, scale, viewport, error);
  g_autoptr(GBytes) bytes = NULL;

  if (surface == NULL)
    return NULL;

  /* The texture takes the pixels as they are; cairo's ARGB32 is
   * GDK_MEMORY_DEFAULT, premultiplied in native byte order. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) *
                                      cairo_image_surface_get_height (surface),
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));

  return gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                 cairo_image_surface_get_height (surface),
                                 GDK_MEMORY_DEFAULT,
                                 bytes,
                                 cairo_image_surface_get_stride (surface));
}

/**
 * myo_diagram_render_node:
 * @for_cairo: whether the node is for GTK's cairo renderer
 *
 * The diagram rasterised once, as a render node filling (0, 0, @width,
 * @height), for a widget to keep and append on every frame. Appended
 * again, the same node tells GTK that nothing changed under the overlays,
 * so a frame repaints only what moved. GTK's cairo renderer copies a
 * texture's pixels on every frame that draws it, so for that renderer the
 * node paints the rasterised surface itself, in tiles: on X11 cairo uploads
 * each tile a frame touches whole, so a frame that repaints a small area
 * uploads a few tiles, not the whole diagram. Tiles with nothing drawn are
 * left out. The other renderers keep one texture on the GPU.
 *
 * Returns: (transfer full) (nullable): the node
 */
GskRenderNode *
myo_diagram_render_node (RsvgHandle             *svg,
                         int                     width,
                         int                     height,
                         int                     scale,
                         const graphene_rect_t  *viewport,
                         gboolean                for_cairo,
                         GError                **error)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(GPtrArray) tiles = NULL;

  if (!for_cairo)
    {
      g_autoptr(GdkTexture) texture = myo_diagram_render (svg, width, height, scale, viewport, error);

      return texture != NULL ? gsk_texture_node_new (texture, &bounds) : NULL;
    }

  surface = render_surface (svg, width, height, scale, viewport, error);
  if (surface == NULL)
    return NULL;

  tiles = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);
  for (int y = 0; y < height; y += TILE_SIZE)
    for (int x = 0; x < width; x += TILE_SIZE)
      {
        graphene_rect_t tile = GRAPHENE_RECT_INIT (x, y, MIN (TILE_SIZE, width - x),
                                                   MIN (TILE_SIZE, height - y));
        GskRenderNode *node;
        cairo_t *cr;

        if (is_blank (surface, x * scale, y * scale, tile.size.width * scale, tile.size.height * scale))
          continue;

        node = gsk_cairo_node_new (&tile);
        cr = gsk_cairo_node_get_draw_context (node);
        cairo_scale (cr, 1. / scale, 1. / scale);
        cairo_set_source_surface (cr, surface, 0, 0);
        cairo_paint (cr);
        cairo_destroy (cr);
        g_ptr_array_add (tiles, node);
      }

  return gsk_container_node_new ((GskRenderNode **) tiles->pdata, tiles->len);
}

/**
 * myo_diagram_fit_widget:
 * @view: (nullable): the view shown
 * @margin: widget pixels kept free on each side
 *
 * The fit of @view into @widget's allocation, aspect kept and centred (see
 * myo_view_fit_init()).
 *
 * Returns: %FALSE, with the identity, when there is no view or no room
 */
gboolean
myo_diagram_fit_widget (GtkWidget     *widget,
                        const MyoView *view,
                        double         margin,
                        double        *scale,
                        double        *x0,
                        double        *y0)
{
  MyoRect target = {
    margin, margin,
    gtk_widget_get_width (widget) - 2 * margin,
    gtk_widget_get_height (widget) - 2 * margin,
  };
  MyoViewFit fit = { 1, 0, 0 };
  gboolean fitted = FALSE;

  if (view != NULL)
    fitted = myo_view_fit_init (&fit, &(MyoRect) { 0, 0, view->width, view->height }, &target);

  *scale = fit.scale;
  *x0 = fit.x0;
  *y0 = fit.y0;

  return fitted;
}
