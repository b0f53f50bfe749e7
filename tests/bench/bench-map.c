/* bench-map.c: one redraw of the body map against a full librsvg render
 *
 * The map sits alone in an undecorated window of the size measured, with
 * 20 points and a candidate's zones shown. A frame is timed in the window
 * as GTK draws it after a hover or a new point: from the frame clock's
 * before-paint to its after-paint and a round trip to the X server, so
 * the snapshot, GTK's comparison with the last frame, the cairo renderer's
 * drawing of what changed and the X server's work are all in it.
 *
 * A full redraw is also timed, with no comparison to limit it: the
 * widget's snapshot drawn whole by the cairo renderer's code
 * (gsk_render_node_draw) into an image surface of the same size.
 *
 * The floor is rsvg_handle_render_document of the same diagram into an
 * image surface of the same size, which is what a map without its cached
 * diagram would pay on every frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "bench.h"
#include "myo-body-map.h"
#include "myo-body-map-private.h"
#include "myo-diagram.h"

#define VIEW_ID   "back"
#define N_POINTS  20

typedef struct
{
  MyoBodyMap      *map;
  cairo_t         *cr;
  RsvgHandle      *svg;
  RsvgRectangle    viewport;

  /* A frame of the window being timed */
  BenchFrame       watch;
} Frame;

static void
clear (cairo_t *cr)
{
  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_restore (cr);
}

static double
time_redraw (Frame *frame)
{
  GtkWidget *widget = GTK_WIDGET (frame->map);
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  double start, end;

  start = bench_now_us ();
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  clear (frame->cr);
  if (node != NULL)
    gsk_render_node_draw (node, frame->cr);
  cairo_surface_flush (cairo_get_target (frame->cr));
  end = bench_now_us ();

  g_clear_pointer (&node, gsk_render_node_unref);

  return (end - start) / 1000;
}

static double
time_rsvg (Frame *frame)
{
  double start, end;

  start = bench_now_us ();
  clear (frame->cr);
  rsvg_handle_render_document (frame->svg, frame->cr, &frame->viewport, NULL);
  cairo_surface_flush (cairo_get_target (frame->cr));
  end = bench_now_us ();

  return (end - start) / 1000;
}

static gboolean
wait_for_allocation (MyoBodyMap *map,
                     int         width,
                     int         height)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      if (gtk_widget_get_mapped (GTK_WIDGET (map)) &&
          gtk_widget_get_width (GTK_WIDGET (map)) == width &&
          gtk_widget_get_height (GTK_WIDGET (map)) == height &&
          _myo_body_map_get_render_count (map) > 0)
        return TRUE;

      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return FALSE;
}

/* The best-ranked candidate with zones on the view, so zones are drawn */
static const MyoCandidate *
find_candidate (MyoMatch      *match,
                const MyoView *view)
{
  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);
      GPtrArray *essential = candidate->trp->essential;

      for (guint z = 0; z < essential->len; z++)
        if (((const MyoShape *) g_ptr_array_index (essential, z))->view == view)
          return candidate;
    }

  return NULL;
}

static gboolean
bench_size (Bench   *bench,
            int      width,
            int      height,
            GError **error)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  g_autoptr(RsvgHandle) svg = NULL;
  const MyoView *view = myo_kb_lookup_view (kb, VIEW_ID);
  const MyoCandidate *candidate;
  g_autofree char *size = g_strdup_printf ("%d×%d", width, height);
  g_autofree char *hover_name = g_strdup_printf ("Map frame after a hover, %s", size);
  g_autofree char *point_name = g_strdup_printf ("Map frame after a new point, %s", size);
  g_autofree char *idle_name = g_strdup_printf ("Window frame with nothing changed, %s", size);
  g_autofree char *full_name = g_strdup_printf ("Map redraw in full (no damage tracking), %s", size);
  g_autofree char *id = NULL;
  GtkWindow *window;
  BenchFigure *hover, *point, *idle, *full;
  double x0, y0, x1, y1;
  double hover_x[2], hover_y[2];
  guint renders_before;
  Frame frame;

  bench_fill_session (session, VIEW_ID, N_POINTS, 8, 8);
  match = myo_match_new (session);
  candidate = find_candidate (match, view);
  if (myo_session_get_n_points (session) != N_POINTS || candidate == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "Could not set up %d points with a candidate on the %s view",
                   N_POINTS, VIEW_ID);
      return FALSE;
    }

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_default_size (window, width, height);
  frame.map = MYO_BODY_MAP (myo_body_map_new (session));
  myo_body_map_set_view_id (frame.map, VIEW_ID);
  myo_body_map_set_match (frame.map, match);
  myo_body_map_set_highlight (frame.map, candidate->trp, candidate->side);
  gtk_window_set_child (window, GTK_WIDGET (frame.map));
  gtk_window_present (window);

  if (!wait_for_allocation (frame.map, width, height))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "The map did not get %s pixels; the X screen must be at least that big "
                   "(build-aux/bench starts one of 3840×2160)", size);
      gtk_window_destroy (window);
      return FALSE;
    }
  bench_settle ();

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  svg = myo_diagram_load (view, error);
  if (svg == NULL)
    {
      gtk_window_destroy (window);
      return FALSE;
    }
  myo_body_map_diagram_to_widget (frame.map, 0, 0, &x0, &y0);
  myo_body_map_diagram_to_widget (frame.map, view->width, view->height, &x1, &y1);
  frame.viewport = (RsvgRectangle) { x0, y0, x1 - x0, y1 - y0 };
  frame.cr = cr;
  frame.svg = svg;
  bench_frame_watch (&frame.watch, gtk_native_get_surface (GTK_NATIVE (window)));

  /* Hovering goes back and forth between two points' places in different
   * regions, so every hover changes what is drawn */
  for (guint i = 0, found = 0; i < myo_session_get_n_points (session) && found < 2; i++)
    {
      const MyoPainPoint *p = myo_session_get_point (session, i);

      if (found == 1 && (p->region == myo_session_get_point (session, 0)->region &&
                         p->side == myo_session_get_point (session, 0)->side))
        continue;

      myo_body_map_diagram_to_widget (frame.map, p->x, p->y, &hover_x[found], &hover_y[found]);
      found++;
    }

  id = g_strdup_printf ("map-hover-%dx%d", width, height);
  hover = bench_add_figure (bench, id, hover_name, "ms", "librsvg render", BENCH_GOAL_RATIO_AT_MOST, 0.10);
  g_free (id);
  id = g_strdup_printf ("map-point-%dx%d", width, height);
  point = bench_add_figure (bench, id, point_name, "ms", "librsvg render", BENCH_GOAL_RATIO_AT_MOST, 0.10);
  g_free (id);
  id = g_strdup_printf ("map-idle-%dx%d", width, height);
  idle = bench_add_figure (bench, id, idle_name, "ms", "librsvg render", BENCH_GOAL_NONE, 0);
  idle->note = g_strdup ("GTK's and the X server's own share of every frame above");
  g_free (id);
  id = g_strdup_printf ("map-full-%dx%d", width, height);
  full = bench_add_figure (bench, id, full_name, "ms", "librsvg render", BENCH_GOAL_NONE, 0);

  /* A warm-up frame of each, then the runs */
  time_redraw (&frame);
  time_rsvg (&frame);
  renders_before = _myo_body_map_get_render_count (frame.map);

  for (guint run = 0; run < bench->runs; run++)
    {
      const MyoPainPoint *first = myo_session_get_point (session, 0);
      double ms;

      frame.watch.armed = TRUE;
      _myo_body_map_hover (frame.map, hover_x[run % 2], hover_y[run % 2]);
      ms = bench_frame_wait (&frame.watch);
      g_array_append_val (hover->samples, ms);
      bench_settle ();

      ms = time_rsvg (&frame);
      g_array_append_val (hover->floor_samples, ms);
      g_array_append_val (point->floor_samples, ms);
      g_array_append_val (full->floor_samples, ms);

      ms = time_redraw (&frame);
      g_array_append_val (full->samples, ms);

      frame.watch.armed = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (frame.map));
      ms = bench_frame_wait (&frame.watch);
      g_array_append_val (idle->samples, ms);
      g_array_append_val (idle->floor_samples, g_array_index (full->floor_samples, double, run));

      /* A new point beside the first, taken back after the frame */
      frame.watch.armed = TRUE;
      myo_session_add_point (session, VIEW_ID, first->x + 3, first->y + 3, 6, MYO_QUALITY_NONE, NULL);
      ms = bench_frame_wait (&frame.watch);
      g_array_append_val (point->samples, ms);
      myo_session_undo (session);
      bench_settle ();
    }

  bench_frame_unwatch (&frame.watch);

  if (_myo_body_map_get_render_count (frame.map) != renders_before)
    point->note = g_strdup_printf ("the diagram was rasterized %u times during the redraws",
                                   _myo_body_map_get_render_count (frame.map) - renders_before);

  gtk_window_destroy (window);
  bench_settle ();

  return TRUE;
}

/**
 * bench_map:
 *
 * The body map's redraws at 1600×1000 and 3840×2160.
 */
gboolean
bench_map (Bench   *bench,
           GError **error)
{
  if (!gtk_init_check ())
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "No display; run the benchmarks through build-aux/bench");
      return FALSE;
    }

  return bench_size (bench, 1600, 1000, error) &&
         bench_size (bench, 3840, 2160, error);
}
