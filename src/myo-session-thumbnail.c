/* myo-session-thumbnail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-body-map.h"
#include "myo-session-thumbnail.h"

/* Draws straight from the diagram texture every row shares and the
 * entry's points: a row holds no paintable of its own, so binding a
 * recycled row in a list of 10,000 sessions builds no render nodes. */

/* Widget pixels */
#define DOT_RADIUS 2.5

struct _MyoSessionThumbnail
{
  GtkWidget        parent_instance;

  /* Owned */
  GdkTexture      *diagram;
  MyoJournalEntry *entry;

  /* Borrowed from the knowledge base */
  const MyoView   *view;

  int              width;
  int              height;
};

G_DEFINE_FINAL_TYPE (MyoSessionThumbnail, myo_session_thumbnail, GTK_TYPE_WIDGET)

static void
append_dot (GtkSnapshot   *snapshot,
            double         x,
            double         y,
            double         radius,
            const GdkRGBA *color)
{
  GskRoundedRect dot;

  gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius),
                                   radius);
  gtk_snapshot_push_rounded_clip (snapshot, &dot);
  gtk_snapshot_append_color (snapshot, color, &dot.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
myo_session_thumbnail_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  MyoSessionThumbnail *self = MYO_SESSION_THUMBNAIL (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;
}

static void
myo_session_thumbnail_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  MyoSessionThumbnail *self = MYO_SESSION_THUMBNAIL (widget);
  const GdkRGBA ring = { 1, 1, 1, .9 };
  MyoViewFit fit;

  if (self->diagram != NULL)
    gtk_snapshot_append_texture (snapshot, self->diagram,
                                 &GRAPHENE_RECT_INIT (0, 0, self->width, self->height));

  if (self->view == NULL || self->entry == NULL)
    return;

  myo_view_fit_init (&fit, &(MyoRect) { 0, 0, self->view->width, self->view->height },
                     &(MyoRect) { 0, 0, self->width, self->height });

  for (guint i = 0; i < myo_journal_entry_get_n_points (self->entry); i++)
    {
      const MyoJournalPoint *point = myo_journal_entry_get_point (self->entry, i);
      MyoPoint at = myo_view_fit_to_target (&fit, (MyoPoint) { point->x, point->y });
      GdkRGBA color;

      if (g_strcmp0 (point->view, self->view->id) != 0)
        continue;

      myo_body_map_intensity_color (point->intensity, &color);
      append_dot (snapshot, at.x, at.y, DOT_RADIUS + 1, &ring);
      append_dot (snapshot, at.x, at.y, DOT_RADIUS, &color);
    }
}

static void
myo_session_thumbnail_dispose (GObject *object)
{
  MyoSessionThumbnail *self = MYO_SESSION_THUMBNAIL (object);

  g_clear_object (&self->diagram);
  g_clear_object (&self->entry);
  self->view = NULL;

  G_OBJECT_CLASS (myo_session_thumbnail_parent_class)->dispose (object);
}

static void
myo_session_thumbnail_class_init (MyoSessionThumbnailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_session_thumbnail_dispose;
  widget_class->measure = myo_session_thumbnail_measure;
  widget_class->snapshot = myo_session_thumbnail_snapshot;

  gtk_widget_class_set_css_name (widget_class, "thumbnail");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
myo_session_thumbnail_init (MyoSessionThumbnail *self)
{
}

GtkWidget *
myo_session_thumbnail_new (int width,
                           int height)
{
  MyoSessionThumbnail *self = g_object_new (MYO_TYPE_SESSION_THUMBNAIL, NULL);

  self->width = width;
  self->height = height;

  return GTK_WIDGET (self);
}

/**
 * myo_session_thumbnail_set:
 * @diagram: (nullable): @view's diagram, fitted to the thumbnail's size
 * @view: (nullable): the view whose points are drawn
 * @entry: (nullable): the session, or %NULL for none
 */
void
myo_session_thumbnail_set (MyoSessionThumbnail *self,
                           GdkTexture          *diagram,
                           const MyoView       *view,
                           MyoJournalEntry     *entry)
{
  g_return_if_fail (MYO_IS_SESSION_THUMBNAIL (self));

  g_set_object (&self->diagram, diagram);
  g_set_object (&self->entry, entry);
  self->view = view;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
