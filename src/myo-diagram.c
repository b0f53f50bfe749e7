/* myo-diagram.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-diagram.h"

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
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  g_autoptr(GBytes) bytes = NULL;
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

  /* The texture takes the pixels as they are; cairo's ARGB32 is
   * GDK_MEMORY_DEFAULT, premultiplied in native byte order. */
  cairo_surface_flush (surface);
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
