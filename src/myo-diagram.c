/* myo-diagram.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "myo-diagram.h"
#include "myo-diagram-private.h"

/* Widget units; see node_new_for_surface() */
#define TILE_SIZE 128

/* The raster cache (see myo_diagram_lookup_node()): a file per view of
 * this header and the pixels as cairo has them, at most this big */
#define CACHE_MAGIC     "MyoDiagramRaster1"
#define CACHE_MAX_BYTES (32 * 1024 * 1024)

static const cairo_user_data_key_t mapping_key;

typedef struct
{
  char    magic[20];
  char    key[68];   /* a SHA-256 in hex */
  guint32 width;     /* pixels */
  guint32 height;
  guint32 stride;
} CacheHeader;

/* The process's diagram cache, for the main thread. Each view's SVG is
 * parsed once (for the language of the moment, which its badges speak),
 * at the first widget that shows it, and kept; a failure is kept too, so
 * it is not tried again on every frame. A texture is kept while
 * something holds it (a weak reference takes it out of the table),
 * so maps and thumbnails of the same view, size and scale share one and a
 * map resized through many sizes keeps none it no longer shows. */

typedef struct
{
  RsvgHandle *svg;
  GError     *error;
} LoadedSvg;

static GHashTable *svgs;      /* see dup_svg_key() -> LoadedSvg */
static GHashTable *textures;  /* texture key -> GdkTexture, unowned */
static int parse_count;  /* myo_diagram_load() may run in a thread */

/**
 * myo_diagram_load:
 *
 * A handle of its own, for a caller that renders in another thread (the
 * export); widgets use myo_diagram_get_svg().
 *
 * Returns: (transfer full) (nullable): the view's SVG from the resources
 */
RsvgHandle *
myo_diagram_load (const MyoView  *view,
                  GError        **error)
{
  g_atomic_int_inc (&parse_count);
  return myo_map_load_diagram (view, error);
}

static void
loaded_svg_free (LoadedSvg *loaded)
{
  g_clear_object (&loaded->svg);
  g_clear_error (&loaded->error);
  g_free (loaded);
}

/* The SVG as shown: the file and its badges in the language of the moment */
static char *
dup_svg_key (const MyoView *view)
{
  return g_strjoin ("|", view->file, C_("diagram badge", "L"), C_("diagram badge", "R"), NULL);
}

/**
 * myo_diagram_get_svg:
 * @view: the view to draw
 *
 * The view's SVG, parsed once for the whole process and shared by every
 * widget that draws it. For the main thread only.
 *
 * Returns: (transfer none) (nullable): the handle, or %NULL with @error set
 *   when the diagram cannot be loaded
 */
RsvgHandle *
myo_diagram_get_svg (const MyoView  *view,
                     GError        **error)
{
  g_autofree char *key = NULL;
  LoadedSvg *loaded;

  g_return_val_if_fail (view != NULL, NULL);

  if (svgs == NULL)
    svgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) loaded_svg_free);

  key = dup_svg_key (view);
  loaded = g_hash_table_lookup (svgs, key);
  if (loaded == NULL)
    {
      loaded = g_new0 (LoadedSvg, 1);
      loaded->svg = myo_diagram_load (view, &loaded->error);
      g_hash_table_insert (svgs, g_steal_pointer (&key), loaded);
    }

  if (loaded->svg == NULL)
    g_propagate_error (error, g_error_copy (loaded->error));

  return loaded->svg;
}

/* The view's diagram rasterised from the shared SVG */
static cairo_surface_t *
render_surface (const MyoView          *view,
                int                     width,
                int                     height,
                int                     scale,
                const graphene_rect_t  *viewport,
                GError                **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  RsvgHandle *svg = myo_diagram_get_svg (view, error);
  RsvgRectangle rect = { viewport->origin.x, viewport->origin.y,
                         viewport->size.width, viewport->size.height };

  if (svg == NULL)
    return NULL;

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

/* A texture of @surface's pixels as they are */
static GdkTexture *
texture_new_for_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;

  /* cairo's ARGB32 is GDK_MEMORY_DEFAULT, premultiplied in native byte
   * order */
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

static char *
dup_texture_key (const MyoView          *view,
                 int                     width,
                 int                     height,
                 int                     scale,
                 const graphene_rect_t  *viewport)
{
  g_autofree char *svg_key = dup_svg_key (view);

  return g_strdup_printf ("%s|%d|%d|%d|%.4f|%.4f|%.4f|%.4f", svg_key, width, height, scale,
                          viewport->origin.x, viewport->origin.y,
                          viewport->size.width, viewport->size.height);
}

static void
texture_finalized_cb (gpointer  key,
                      GObject  *texture)
{
  g_hash_table_remove (textures, key);
}

/* The texture shared under @key, or %NULL */
static GdkTexture *
lookup_texture (const char *key)
{
  GdkTexture *texture;

  if (textures == NULL)
    textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  texture = g_hash_table_lookup (textures, key);
  return texture != NULL ? g_object_ref (texture) : NULL;
}

/* A texture of @surface, shared under @key while something holds it */
static GdkTexture *
share_texture (char            *key,
               cairo_surface_t *surface)
{
  GdkTexture *texture = texture_new_for_surface (surface);

  /* The table's key is freed when the texture goes */
  g_object_weak_ref (G_OBJECT (texture), (GWeakNotify) texture_finalized_cb, key);
  g_hash_table_insert (textures, key, texture);

  return texture;
}

/**
 * myo_diagram_get_texture:
 * @view: the view to draw
 * @width: the texture's width in widget units
 * @height: its height
 * @scale: the widget's scale factor
 * @viewport: where the diagram's view box lands, in widget units
 *
 * The view's diagram rasterised from the shared SVG, for a widget to draw
 * on every frame. While a caller holds the texture, another asking for
 * the same view, size, scale and place gets the same texture. For the
 * main thread only.
 *
 * Returns: (transfer full) (nullable): the texture
 */
GdkTexture *
myo_diagram_get_texture (const MyoView          *view,
                         int                     width,
                         int                     height,
                         int                     scale,
                         const graphene_rect_t  *viewport,
                         GError                **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autofree char *key = NULL;
  GdkTexture *texture;

  g_return_val_if_fail (view != NULL, NULL);

  key = dup_texture_key (view, width, height, scale, viewport);
  if ((texture = lookup_texture (key)) != NULL)
    return texture;

  if ((surface = render_surface (view, width, height, scale, viewport, error)) == NULL)
    return NULL;

  return share_texture (g_steal_pointer (&key), surface);
}

/**
 * _myo_diagram_get_parse_count:
 *
 * Returns: how many times this process has parsed a diagram
 */
guint
_myo_diagram_get_parse_count (void)
{
  return g_atomic_int_get (&parse_count);
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

static char *
dup_cache_path (const MyoView *view)
{
  g_autofree char *name = g_strdup_printf ("diagram-%s.raster", view->id);

  return g_build_filename (g_get_user_cache_dir (), APP_ID, name, NULL);
}

/* What makes a raster: the SVG as shown (its badges translated), where it
 * lands and at what size */
static char *
dup_cache_key (const MyoView          *view,
               int                     width,
               int                     height,
               int                     scale,
               const graphene_rect_t  *viewport)
{
  g_autofree char *path = g_strconcat (MYO_DIAGRAM_RESOURCE_DIR, view->file, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *params = g_strdup_printf ("%s|%s|%s|%d|%d|%d|%.4f|%.4f|%.4f|%.4f", PACKAGE_VERSION,
                                             C_("diagram badge", "L"), C_("diagram badge", "R"),
                                             width, height, scale,
                                             viewport->origin.x, viewport->origin.y,
                                             viewport->size.width, viewport->size.height);

  if (bytes == NULL)
    return NULL;

  g_checksum_update (checksum, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_checksum_update (checksum, (const guchar *) params, -1);

  return g_strdup (g_checksum_get_string (checksum));
}

static GskRenderNode *
create_tiles_node (cairo_surface_t *surface,
                   int              width,
                   int              height,
                   int              scale)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new_with_free_func ((GDestroyNotify) gsk_render_node_unref);

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

typedef struct
{
  char            *path;
  char            *key;
  cairo_surface_t *surface;
} CacheWrite;

static void
cache_write_free (CacheWrite *write)
{
  g_free (write->path);
  g_free (write->key);
  cairo_surface_destroy (write->surface);
  g_free (write);
}

/* In a thread, after the frame that needed the raster: the pixels are
 * only read, as the frames read them */
static void
write_cache_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  CacheWrite *write = data;
  int stride = cairo_image_surface_get_stride (write->surface);
  int height = cairo_image_surface_get_height (write->surface);
  CacheHeader header = { CACHE_MAGIC, "", cairo_image_surface_get_width (write->surface), height, stride };
  g_autofree char *dir = g_path_get_dirname (write->path);
  g_autoptr(GByteArray) contents = g_byte_array_sized_new (sizeof header + (gsize) stride * height);

  g_strlcpy (header.key, write->key, sizeof header.key);
  g_byte_array_append (contents, (const guint8 *) &header, sizeof header);
  g_byte_array_append (contents, cairo_image_surface_get_data (write->surface), (gsize) stride * height);

  /* A cache: a failure only means rasterising again next time */
  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_file_set_contents_full (write->path, (const char *) contents->data, contents->len,
                              G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
}

static void
write_cache (const MyoView   *view,
             const char      *key,
             cairo_surface_t *surface)
{
  g_autoptr(GTask) task = NULL;
  CacheWrite *write;

  if ((gsize) cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface) > CACHE_MAX_BYTES)
    return;

  write = g_new0 (CacheWrite, 1);
  write->path = dup_cache_path (view);
  write->key = g_strdup (key);
  write->surface = cairo_surface_reference (surface);

  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, write, (GDestroyNotify) cache_write_free);
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_run_in_thread (task, write_cache_thread);
}

/* The node that draws @surface, the view's diagram: for GTK's cairo
 * renderer, which copies a texture's pixels on every frame that draws it,
 * the surface itself in tiles. On X11 cairo uploads each tile a frame
 * touches whole, so a frame that repaints a small area uploads a few
 * tiles, not the whole diagram; tiles with nothing drawn are left out.
 * The other renderers keep one texture on the GPU, shared as
 * myo_diagram_get_texture() shares it. */
static GskRenderNode *
node_new_for_surface (const MyoView          *view,
                      cairo_surface_t        *surface,
                      int                     width,
                      int                     height,
                      int                     scale,
                      const graphene_rect_t  *viewport,
                      gboolean                for_cairo)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  g_autofree char *key = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (for_cairo)
    return create_tiles_node (surface, width, height, scale);

  key = dup_texture_key (view, width, height, scale, viewport);
  if ((texture = lookup_texture (key)) == NULL)
    texture = share_texture (g_steal_pointer (&key), surface);

  return gsk_texture_node_new (texture, &bounds);
}

/**
 * myo_diagram_lookup_node:
 * @view: the view to draw
 * @for_cairo: whether the node is for GTK's cairo renderer
 *
 * The view's diagram as myo_diagram_keep_node() made it, read back from
 * the raster it kept in the user's cache folder the last time: the same
 * pixels, without librsvg's parsing and rasterising (about an eighth of
 * the work before Myomap's first frame, whatever the renderer). Any change
 * to the SVG, its translated badges, the size or the place makes another
 * key, and the raster is made again.
 *
 * Returns: (transfer full) (nullable): the node, or %NULL when no raster
 *   was kept for these
 */
GskRenderNode *
myo_diagram_lookup_node (const MyoView          *view,
                         int                     width,
                         int                     height,
                         int                     scale,
                         const graphene_rect_t  *viewport,
                         gboolean                for_cairo)
{
  g_autofree char *path = dup_cache_path (view);
  g_autofree char *key = NULL;
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  CacheHeader header;
  const char *contents;
  gsize length;

  file = g_mapped_file_new (path, FALSE, NULL);
  if (file == NULL)
    return NULL;

  contents = g_mapped_file_get_contents (file);
  length = g_mapped_file_get_length (file);
  if (length < sizeof header)
    return NULL;
  memcpy (&header, contents, sizeof header);
  key = dup_cache_key (view, width, height, scale, viewport);

  if (key == NULL || memcmp (header.magic, CACHE_MAGIC, sizeof CACHE_MAGIC) != 0 ||
      strncmp (header.key, key, sizeof header.key) != 0 ||
      header.width != (guint32) (width * scale) || header.height != (guint32) (height * scale) ||
      header.stride != (guint32) cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, header.width) ||
      length != sizeof header + (gsize) header.stride * header.height)
    return NULL;

  /* The surface reads the mapped pages: the tiles copy what they draw, the
   * texture keeps the surface */
  surface = cairo_image_surface_create_for_data ((guchar *) contents + sizeof header, CAIRO_FORMAT_ARGB32,
                                                 header.width, header.height, header.stride);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return NULL;
  /* The surface keeps the mapping; the file may be replaced under it, as
   * the cache is written anew, and the mapped pages stay */
  cairo_surface_set_user_data (surface, &mapping_key, g_mapped_file_ref (file),
                               (cairo_destroy_func_t) g_mapped_file_unref);

  return node_new_for_surface (view, surface, width, height, scale, viewport, for_cairo);
}

/**
 * myo_diagram_keep_node:
 * @view: the view to draw
 * @for_cairo: whether the node is for GTK's cairo renderer
 *
 * The diagram rasterised once from the shared SVG, as a render node
 * filling (0, 0, @width, @height), for a widget to keep and append on
 * every frame. Appended again, the same node tells GTK that nothing
 * changed under the overlays, so a frame repaints only what moved. The
 * raster is kept in the user's cache folder, written in a thread, for
 * myo_diagram_lookup_node() to find at the next start.
 *
 * Returns: (transfer full) (nullable): the node
 */
GskRenderNode *
myo_diagram_keep_node (const MyoView          *view,
                       int                     width,
                       int                     height,
                       int                     scale,
                       const graphene_rect_t  *viewport,
                       gboolean                for_cairo,
                       GError                **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autofree char *key = NULL;

  if ((surface = render_surface (view, width, height, scale, viewport, error)) == NULL)
    return NULL;

  key = dup_cache_key (view, width, height, scale, viewport);
  if (key != NULL)
    write_cache (view, key, surface);

  return node_new_for_surface (view, surface, width, height, scale, viewport, for_cairo);
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

/**
 * myo_diagram_get_viewport:
 * @view: the view shown
 * @margin: widget pixels kept free on each side
 * @viewport: (out): where the view's diagram lands in @widget
 */
void
myo_diagram_get_viewport (GtkWidget       *widget,
                          const MyoView   *view,
                          double           margin,
                          graphene_rect_t *viewport)
{
  double scale, x0, y0;

  myo_diagram_fit_widget (widget, view, margin, &scale, &x0, &y0);
  graphene_rect_init (viewport, x0, y0, view->width * scale, view->height * scale);
}

/**
 * myo_diagram_size_update:
 *
 * Records what a widget's diagram is drawn for.
 *
 * Returns: whether it differs from what was recorded, so the diagram must
 *   be drawn again
 */
gboolean
myo_diagram_size_update (MyoDiagramSize *size,
                         const MyoView  *view,
                         int             width,
                         int             height,
                         int             scale,
                         gboolean        for_cairo)
{
  if (size->width == width && size->height == height && size->scale == scale &&
      size->for_cairo == for_cairo && g_strcmp0 (size->file, view->file) == 0)
    return FALSE;

  size->width = width;
  size->height = height;
  size->scale = scale;
  size->for_cairo = for_cairo;
  g_free (size->file);
  size->file = g_strdup (view->file);

  return TRUE;
}

void
myo_diagram_size_clear (MyoDiagramSize *size)
{
  g_clear_pointer (&size->file, g_free);
}
