/* test-diagram.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "myo-diagram.h"

/* Draws @node into an image of @width × @height */
static cairo_surface_t *
draw_node (GskRenderNode *node,
           int            width,
           int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                           (gsize) stride * height), ==, 0);
}

/* The raster kept for the next start gives the very same pixels, for the
 * same diagram at the same size and place only */
static void
test_kept_raster (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const MyoView *view = myo_kb_lookup_view (kb, "back");
  g_autoptr(GError) error = NULL;
  g_autoptr(RsvgHandle) svg = myo_diagram_load (view, &error);
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), APP_ID, "diagram-back.raster", NULL);
  graphene_rect_t viewport = GRAPHENE_RECT_INIT (10, 5, 200, 200. * view->height / view->width);
  graphene_rect_t elsewhere = GRAPHENE_RECT_INIT (12, 5, 200, 200. * view->height / view->width);
  g_autoptr(GskRenderNode) kept = NULL;
  g_autoptr(GskRenderNode) found = NULL;
  g_autoptr(GskRenderNode) other = NULL;
  g_autoptr(cairo_surface_t) kept_pixels = NULL;
  g_autoptr(cairo_surface_t) found_pixels = NULL;
  gint64 deadline;

  g_assert_no_error (error);
  g_unlink (path);
  g_assert_null (myo_diagram_lookup_node (view, 220, 420, 1, &viewport));

  kept = myo_diagram_keep_node (view, svg, 220, 420, 1, &viewport, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  /* Written in a thread */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((found = myo_diagram_lookup_node (view, 220, 420, 1, &viewport)) == NULL &&
         g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }
  g_assert_nonnull (found);

  kept_pixels = draw_node (kept, 220, 420);
  found_pixels = draw_node (found, 220, 420);
  assert_same_pixels (kept_pixels, found_pixels);

  /* Another size, scale or place is another raster */
  g_assert_null (myo_diagram_lookup_node (view, 221, 420, 1, &viewport));
  g_assert_null (myo_diagram_lookup_node (view, 220, 420, 2, &viewport));
  g_assert_null (myo_diagram_lookup_node (view, 220, 420, 1, &elsewhere));
  g_assert_null (myo_diagram_lookup_node (myo_kb_lookup_view (kb, "front"), 220, 420, 1, &viewport));

  /* A damaged file is not used */
  g_assert_true (g_file_set_contents (path, "MyoDiagramRaster1", -1, NULL));
  g_assert_null (myo_diagram_lookup_node (view, 220, 420, 1, &viewport));

  /* The node made from the file outlives it */
  other = g_steal_pointer (&found);
  g_unlink (path);
  g_clear_pointer (&found_pixels, cairo_surface_destroy);
  found_pixels = draw_node (other, 220, 420);
  assert_same_pixels (kept_pixels, found_pixels);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/diagram/kept-raster", test_kept_raster);

  return g_test_run ();
}
