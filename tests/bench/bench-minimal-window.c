/* bench-minimal-window.c: the floor of the start-up benchmark
 *
 * The least a GTK 4 application does to show a window: the same size as
 * Myomap's, empty, with the same first-frame hook (src/myo-first-frame.c).
 * With --label it shows one line of text, which measures what setting up
 * fonts for the first text costs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "myo-first-frame.h"

static gboolean show_label;

static void
activated_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Minimal window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  if (show_label)
    gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Minimal window"));
  gtk_window_present (GTK_WINDOW (window));
  myo_first_frame_watch (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.myomap.Myomap.BenchMinimalWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  show_label = argc > 1 && g_str_equal (argv[1], "--label");
  g_signal_connect (app, "activate", G_CALLBACK (activated_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
