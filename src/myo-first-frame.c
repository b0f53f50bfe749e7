/* myo-first-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "myo-first-frame.h"

/* With MYOMAP_BENCH_FIRST_FRAME set in the environment, the end of the
 * first frame that paints the window prints
 *
 *   first-frame MONOTONIC_USEC RSS_KIB
 *
 * on stdout and quits, so tests/bench can time exec to first frame against
 * its own CLOCK_MONOTONIC and read the resident memory at that moment. The
 * minimal GTK window the benchmark compares with compiles this same file,
 * so both are measured the same way. Without the variable nothing happens. */

static gboolean rendered;

static glong
read_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmRSS:")) == NULL)
    return -1;

  return strtol (line + strlen ("\nVmRSS:"), NULL, 10);
}

/* An emission hook, because GTK's own handler of GdkSurface::render, which
 * draws the window, stops the emission before a handler connected later */
static gboolean
surface_rendered_hook (GSignalInvocationHint *hint,
                       guint                  n_values,
                       const GValue          *values,
                       gpointer               surface)
{
  if (g_value_get_object (&values[0]) != surface)
    return TRUE;

  rendered = TRUE;
  return FALSE;
}

static void
after_painted_cb (GdkFrameClock *clock,
                  GdkSurface    *surface)
{
  gint64 now;

  /* The first frame clock cycles may run before the window is mapped */
  if (!rendered)
    return;

  /* "Presented": the X server has done what the frame asked of it */
  gdk_display_sync (gdk_surface_get_display (surface));
  now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, after_painted_cb, surface);

  printf ("first-frame %" G_GINT64_FORMAT " %ld\n", now, read_rss_kib ());
  fflush (stdout);

  g_application_quit (g_application_get_default ());
}

/**
 * myo_first_frame_watch:
 * @window: a window just presented
 *
 * Arms the benchmark hook described above when MYOMAP_BENCH_FIRST_FRAME is
 * set; does nothing otherwise.
 */
void
myo_first_frame_watch (GtkWindow *window)
{
  static gboolean watching;
  GdkSurface *surface;

  if (watching || g_getenv ("MYOMAP_BENCH_FIRST_FRAME") == NULL)
    return;

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_return_if_fail (surface != NULL);

  watching = TRUE;
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                              surface_rendered_hook, surface, NULL);
  g_signal_connect_object (gdk_surface_get_frame_clock (surface), "after-paint",
                           G_CALLBACK (after_painted_cb), surface, 0);
}
