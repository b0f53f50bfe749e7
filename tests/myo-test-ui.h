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

typedef gboolean (*TestCondition) (gpointer data);

/* Runs the main loop until @condition (@data) holds, for 10 s at most */
static inline void
wait_until (TestCondition condition,
            gpointer      data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_assert_true (condition (data));
}

/* Counts the frames a window's frame clock paints */
typedef struct
{
  GdkFrameClock *clock;
  gulong         handler;
  guint          paints;
} PaintCounter;

static inline void
paint_counter_after_paint_cb (GdkFrameClock *clock,
                              PaintCounter  *counter)
{
  counter->paints++;
}

/* Counts the frames of @widget's window from now on; @widget must be
 * realized */
static inline void
paint_counter_start (PaintCounter *counter,
                     GtkWidget    *widget)
{
  counter->clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (counter->clock);
  counter->handler = g_signal_connect (counter->clock, "after-paint",
                                       G_CALLBACK (paint_counter_after_paint_cb), counter);
}

static inline void
paint_counter_stop (PaintCounter *counter)
{
  if (counter->clock != NULL)
    g_clear_signal_handler (&counter->handler, counter->clock);
  counter->clock = NULL;
}

/* Redraws @widget and waits for the frame that draws it */
static inline void
wait_for_paint (PaintCounter *counter,
                GtkWidget    *widget)
{
  guint target = counter->paints + 1;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_widget_queue_draw (widget);
  while (counter->paints < target && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_assert_cmpuint (counter->paints, >=, target);
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

static inline gboolean
pointer_is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

/* Runs the main loop until *@pointer is set by it (a thread's result,
 * say) */
static inline void
wait_until_set (gpointer *pointer)
{
  wait_until (pointer_is_set, pointer);
}

/* A notify handler that counts the notifications into @count */
static inline void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Runs the tests added, then lets @app go: what main () returns */
static inline int
test_app_run (MyoApplication **app)
{
  int status = g_test_run ();

  g_clear_object (app);
  return status;
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

/* The first descendant of @widget of @type, with the style class
 * @css_class if given */
static inline GtkWidget *
find_styled (GtkWidget  *widget,
             GType       type,
             const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        return child;
      if ((found = find_styled (child, type, css_class)) != NULL)
        return found;
    }

  return NULL;
}

G_END_DECLS
