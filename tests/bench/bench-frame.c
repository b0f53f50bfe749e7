/* bench-frame.c: timing the frames a window paints
 *
 * A frame is armed, something changes, and the frame that follows is
 * timed from the frame clock's before-paint to its after-paint and a
 * round trip to the X server, so the snapshot, GTK's comparison with the
 * last frame, the renderer's drawing and the X server's work are all in
 * it. Only a frame that rendered the surface counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bench.h"

static gboolean
surface_rendered_hook (GSignalInvocationHint *hint,
                       guint                  n_values,
                       const GValue          *values,
                       gpointer               data)
{
  BenchFrame *frame = data;

  if (frame->armed && g_value_get_object (&values[0]) == frame->surface)
    frame->rendered = TRUE;

  return TRUE;
}

static void
before_painted_cb (GdkFrameClock *clock,
                   BenchFrame    *frame)
{
  if (frame->armed)
    {
      frame->rendered = FALSE;
      frame->before_paint_us = bench_now_us ();
      frame->before_paint_cpu_us = bench_cpu_us ();
    }
}

static void
after_painted_cb (GdkFrameClock *clock,
                  BenchFrame    *frame)
{
  if (!frame->armed || !frame->rendered)
    return;

  gdk_display_sync (gdk_surface_get_display (frame->surface));
  frame->after_paint_us = bench_now_us ();
  frame->after_paint_cpu_us = bench_cpu_us ();
  frame->armed = FALSE;
  frame->done = TRUE;
}

void
bench_frame_watch (BenchFrame *frame,
                   GdkSurface *surface)
{
  GdkFrameClock *clock = gdk_surface_get_frame_clock (surface);

  frame->surface = surface;
  frame->armed = frame->rendered = frame->done = FALSE;
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_painted_cb), frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_painted_cb), frame);
  frame->hook_id = g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                                               surface_rendered_hook, frame, NULL);
}

void
bench_frame_unwatch (BenchFrame *frame)
{
  g_signal_remove_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), frame->hook_id);
  g_signal_handlers_disconnect_by_data (gdk_surface_get_frame_clock (frame->surface), frame);
}

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* The frame that follows, after what the caller just changed, in ms from
 * its before-paint; NAN when none came within 30 s */
double
bench_frame_wait (BenchFrame *frame)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  /* Wakes the loop up, so the deadline is seen with nothing else to do */
  guint tick = g_timeout_add (100, tick_cb, NULL);

  while (!frame->done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  if (!frame->done)
    return NAN;

  frame->done = FALSE;
  return (frame->after_paint_us - frame->before_paint_us) / 1000;
}

/* What happens between frames happens outside the timing */
void
bench_settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}
