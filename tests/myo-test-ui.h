/* myo-test-ui.h: helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-application.h"

G_BEGIN_DECLS

/* Lets pending idles and frames run, without waiting for anything */
static inline void
iterate (void)
{
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static inline guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

/* GTK set up, and the application registered (so its start-up has run),
 * with the user's data in a fresh temporary folder */
static inline MyoApplication *
test_app_new (int    *argc,
              char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("myomap-test-XXXXXX", &error);
  MyoApplication *app;

  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (argc, argv, NULL);

  app = myo_application_new ();
  /* Never the instance of a Myomap running on the desktop's session bus */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  return app;
}

/* Lets the main loop run until *@pointer is set by it (a thread's
 * result, say), for at most a second */
static inline void
wait_until_set (gpointer *pointer)
{
  for (guint i = 0; i < 500 && *pointer == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* A notify handler that counts the notifications into @count */
static inline void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Destroys @window and checks that nothing else holds it */
static inline void
destroy_window (gpointer window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_finalize_object (window);
}

G_END_DECLS
