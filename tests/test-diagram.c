/* test-diagram.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "myo-body-map.h"
#include "myo-body-map-private.h"
#include "myo-composite-map.h"
#include "myo-diagram.h"
#include "myo-diagram-private.h"
#include "myo-history-page-private.h"
#include "myo-maps-row.h"
#include "myo-test-ui.h"

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
 * same diagram at the same size and place only, as cairo tiles for GTK's
 * cairo renderer or as a texture for the GL renderer */
static void
test_kept_raster (gconstpointer data)
{
  gboolean for_cairo = GPOINTER_TO_INT (data);
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const MyoView *view = myo_kb_lookup_view (kb, "back");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), APP_ID, "diagram-back.raster", NULL);
  graphene_rect_t viewport = GRAPHENE_RECT_INIT (10, 5, 200, 200. * view->height / view->width);
  graphene_rect_t elsewhere = GRAPHENE_RECT_INIT (12, 5, 200, 200. * view->height / view->width);
  g_autoptr(GskRenderNode) kept = NULL;
  g_autoptr(GskRenderNode) found = NULL;
  g_autoptr(GskRenderNode) other = NULL;
  g_autoptr(cairo_surface_t) kept_pixels = NULL;
  g_autoptr(cairo_surface_t) found_pixels = NULL;
  gint64 deadline;

  g_unlink (path);
  g_assert_null (myo_diagram_lookup_node (view, 220, 420, 1, &viewport, for_cairo));

  kept = myo_diagram_keep_node (view, 220, 420, 1, &viewport, for_cairo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  /* Let the kept node go, and with it the texture the process shares, so
   * what is found below comes from the file */
  kept_pixels = draw_node (kept, 220, 420);
  g_clear_pointer (&kept, gsk_render_node_unref);

  /* Written in a thread */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((found = myo_diagram_lookup_node (view, 220, 420, 1, &viewport, for_cairo)) == NULL &&
         g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }
  g_assert_nonnull (found);
  g_assert_cmpint (gsk_render_node_get_node_type (found), ==,
                   for_cairo ? GSK_CONTAINER_NODE : GSK_TEXTURE_NODE);

  found_pixels = draw_node (found, 220, 420);
  assert_same_pixels (kept_pixels, found_pixels);

  /* Another size, scale or place is another raster */
  g_assert_null (myo_diagram_lookup_node (view, 221, 420, 1, &viewport, for_cairo));
  g_assert_null (myo_diagram_lookup_node (view, 220, 420, 2, &viewport, for_cairo));
  g_assert_null (myo_diagram_lookup_node (view, 220, 420, 1, &elsewhere, for_cairo));
  g_assert_null (myo_diagram_lookup_node (myo_kb_lookup_view (kb, "front"), 220, 420, 1, &viewport, for_cairo));

  /* A damaged file is not used */
  g_assert_true (g_file_set_contents (path, "MyoDiagramRaster1", -1, NULL));
  g_assert_null (myo_diagram_lookup_node (view, 220, 420, 1, &viewport, for_cairo));

  /* The node made from the file outlives it */
  other = g_steal_pointer (&found);
  g_unlink (path);
  g_clear_pointer (&found_pixels, cairo_surface_destroy);
  found_pixels = draw_node (other, 220, 420);
  assert_same_pixels (kept_pixels, found_pixels);
}

static gboolean
maps_drawn (gpointer data)
{
  GPtrArray *maps = data;

  for (guint i = 0; i < maps->len; i++)
    {
      GtkWidget *map = g_ptr_array_index (maps, i);
      guint count = MYO_IS_BODY_MAP (map) ? _myo_body_map_get_render_count (MYO_BODY_MAP (map))
                                          : _myo_composite_map_get_render_count (MYO_COMPOSITE_MAP (map));

      if (count == 0)
        return FALSE;
    }

  return TRUE;
}

/* However many maps and thumbnails show a view, its SVG is parsed once in
 * the process */
static void
test_svg_parsed_once (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  const MyoView *view = myo_kb_lookup_view (kb, "front");
  g_autofree char *raster = g_build_filename (g_get_user_cache_dir (), APP_ID, "diagram-front.raster", NULL);
  g_autoptr(GPtrArray) maps = g_ptr_array_new ();
  g_autoptr(GdkTexture) thumbnail = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  guint before = _myo_diagram_get_parse_count ();
  RsvgHandle *svg;

  /* No raster kept from an earlier run: the body maps rasterise too */
  g_unlink (raster);

  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *map = myo_body_map_new (session);

      myo_body_map_set_view_id (MYO_BODY_MAP (map), "front");
      gtk_widget_set_size_request (map, 150 + 10 * i, 300);
      gtk_box_append (GTK_BOX (box), map);
      g_ptr_array_add (maps, map);
    }
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *map = myo_composite_map_new ();

      myo_composite_map_set_kb (MYO_COMPOSITE_MAP (map), kb);
      myo_composite_map_set_view_id (MYO_COMPOSITE_MAP (map), "front");
      gtk_box_append (GTK_BOX (box), map);
      g_ptr_array_add (maps, map);
    }
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  wait_until (maps_drawn, maps);

  /* A thumbnail's texture, as the history draws them */
  thumbnail = myo_diagram_get_texture (view, 40, 80, 1, &GRAPHENE_RECT_INIT (0, 0, 40, 80), &error);
  g_assert_no_error (error);
  g_assert_nonnull (thumbnail);

  g_assert_cmpuint (_myo_diagram_get_parse_count (), ==, before + 1);
  svg = myo_diagram_get_svg (view, &error);
  g_assert_no_error (error);
  g_assert_true (svg == myo_diagram_get_svg (view, NULL));
  g_assert_cmpuint (_myo_diagram_get_parse_count (), ==, before + 1);

  /* Another view is another parse */
  g_assert_nonnull (myo_diagram_get_svg (myo_kb_lookup_view (kb, "soles"), NULL));
  g_assert_true (myo_diagram_get_svg (myo_kb_lookup_view (kb, "soles"), NULL) != svg);
  g_assert_cmpuint (_myo_diagram_get_parse_count (), ==, before + 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A texture is shared for the same view, size, scale and place, and only
 * while someone holds it */
static void
test_texture_shared (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  const MyoView *front = myo_kb_lookup_view (kb, "front");
  graphene_rect_t viewport = GRAPHENE_RECT_INIT (5, 5, 100, 100. * back->height / back->width);
  graphene_rect_t elsewhere = GRAPHENE_RECT_INIT (6, 5, 100, 100. * back->height / back->width);
  GdkTexture *texture = myo_diagram_get_texture (back, 110, 240, 1, &viewport, NULL);
  GdkTexture *same = myo_diagram_get_texture (back, 110, 240, 1, &viewport, NULL);
  GdkTexture *others[4] = {
    myo_diagram_get_texture (back, 110, 240, 2, &viewport, NULL),
    myo_diagram_get_texture (back, 111, 240, 1, &viewport, NULL),
    myo_diagram_get_texture (back, 110, 240, 1, &elsewhere, NULL),
    myo_diagram_get_texture (front, 110, 240, 1, &viewport, NULL),
  };

  g_assert_nonnull (texture);
  g_assert_true (same == texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 110);
  g_assert_cmpint (gdk_texture_get_width (others[0]), ==, 220);

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_assert_nonnull (others[i]);
      g_assert_true (others[i] != texture);
      g_clear_object (&others[i]);
    }

  /* The cache holds no texture of its own */
  g_object_add_weak_pointer (G_OBJECT (texture), (gpointer *) &texture);
  g_object_unref (same);
  g_assert_nonnull (texture);
  g_object_unref (texture);
  g_assert_null (texture);
}

static gboolean
row_allocated (gpointer row)
{
  GtkWidget *last = gtk_widget_get_last_child (row);

  return last != NULL && gtk_widget_get_width (last) > 0;
}

/* The maps row makes each diagram as wide as the aspect it was appended
 * with, at one height; after a clear, the new children's aspects count */
static void
test_maps_row_aspects (void)
{
  GtkWidget *window = gtk_window_new ();
  MyoMapsRow *row = MYO_MAPS_ROW (myo_maps_row_new ());
  GtkWidget *narrow = gtk_drawing_area_new ();
  GtkWidget *wide = gtk_drawing_area_new ();
  GtkWidget *square;

  myo_maps_row_set_max_height (row, 200);
  myo_maps_row_append (row, narrow, 0.5);
  myo_maps_row_append (row, wide, 1.5);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 300);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (row));
  gtk_window_present (GTK_WINDOW (window));
  wait_until (row_allocated, row);

  g_assert_cmpint (gtk_widget_get_height (narrow), ==, 200);
  g_assert_cmpint (gtk_widget_get_height (wide), ==, 200);
  g_assert_cmpint (gtk_widget_get_width (narrow), ==, 100);
  g_assert_cmpint (gtk_widget_get_width (wide), ==, 300);

  myo_maps_row_clear (row);
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (row)));
  square = gtk_drawing_area_new ();
  myo_maps_row_append (row, square, 1);
  wait_until (row_allocated, row);
  g_assert_cmpint (gtk_widget_get_width (square), ==, 200);
  g_assert_cmpint (gtk_widget_get_height (square), ==, 200);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/myo/diagram/kept-raster/cairo", GINT_TO_POINTER (TRUE), test_kept_raster);
  g_test_add_data_func ("/myo/diagram/kept-raster/gl", GINT_TO_POINTER (FALSE), test_kept_raster);
  g_test_add_func ("/myo/diagram/svg-parsed-once", test_svg_parsed_once);
  g_test_add_func ("/myo/diagram/texture-shared", test_texture_shared);
  g_test_add_func ("/myo/diagram/maps-row-aspects", test_maps_row_aspects);

  return g_test_run ();
}
