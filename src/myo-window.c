/* myo-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-window.h"

struct _MyoWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  GtkPicture           *picture;
};

G_DEFINE_FINAL_TYPE (MyoWindow, myo_window, ADW_TYPE_APPLICATION_WINDOW)

static void
myo_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MYO_TYPE_WINDOW);

  G_OBJECT_CLASS (myo_window_parent_class)->dispose (object);
}

static void
myo_window_class_init (MyoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, picture);
}

static void
myo_window_init (MyoWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_picture_set_resource (self->picture, "/io/github/myomap/Myomap/diagram/back.svg");
}

MyoWindow *
myo_window_new (MyoApplication *application)
{
  return g_object_new (MYO_TYPE_WINDOW, "application", application, NULL);
}

void
myo_window_open_file (MyoWindow *self,
                      GFile     *file)
{
  g_return_if_fail (MYO_IS_WINDOW (self));
}
