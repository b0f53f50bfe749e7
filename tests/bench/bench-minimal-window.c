/* bench-minimal-window.c: the floors of the start-up benchmark
 *
 * The least a GTK 4 application does to show a window: the same size as
 * Myomap's, empty, with the same first-frame hook (src/myo-first-frame.c).
 * With --label it shows one line of text, which measures what setting up
 * fonts for the first text costs.
 *
 * Built with BENCH_ADWAITA (bench-adwaita-window), it is the least a
 * libadwaita application does: an AdwApplication showing an
 * AdwApplicationWindow with a header bar, which pays for libadwaita's
 * initialisation and its stylesheet as Myomap does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#ifdef BENCH_ADWAITA
#include <adwaita.h>
#else
#include <gtk/gtk.h>
#endif

#include "myo-first-frame.h"

static gboolean show_label;

static void
activated_cb (GtkApplication *app)
{
#ifdef BENCH_ADWAITA
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
#else
  GtkWidget *window = gtk_application_window_new (app);
#endif

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
#ifdef BENCH_ADWAITA
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.myomap.Myomap.BenchAdwaitaWindow",
                                                       G_APPLICATION_NON_UNIQUE);
#else
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.myomap.Myomap.BenchMinimalWindow",
                                                       G_APPLICATION_NON_UNIQUE);
#endif

  show_label = argc > 1 && g_str_equal (argv[1], "--label");
  g_signal_connect (app, "activate", G_CALLBACK (activated_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
