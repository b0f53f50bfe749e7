/* myo-point-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-point-editor.h"

/* Edits one point of a session where it sits on the map. Its heading
 * follows the session, so it names the intensity the slider now has. */

struct _MyoPointEditor
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkWidget   *box;
  GtkLabel    *heading;
  GtkRange    *intensity_scale;
  GtkDropDown *quality_dropdown;

  /* Owned */
  MyoSession  *session;

  /* State */
  guint        point_id;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_POINT_ID,
  N_PROPS
};

enum {
  REMOVED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MyoPointEditor, myo_point_editor, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
session_changed_cb (MyoPointEditor *self)
{
  const MyoPainPoint *point = myo_session_lookup_point (self->session, self->point_id);
  g_autofree char *title = NULL;

  if (point == NULL)
    return;

  title = myo_pain_point_dup_label (point);
  gtk_label_set_label (self->heading, title);
  if ((int) gtk_range_get_value (self->intensity_scale) != point->intensity)
    gtk_range_set_value (self->intensity_scale, point->intensity);
  if (gtk_drop_down_get_selected (self->quality_dropdown) != point->quality)
    gtk_drop_down_set_selected (self->quality_dropdown, point->quality);
}

static void
intensity_changed_cb (MyoPointEditor *self,
                      GtkRange       *range)
{
  /* The template sets the scale before the session is known */
  if (self->session == NULL)
    return;

  myo_session_set_intensity (self->session, self->point_id, (int) gtk_range_get_value (range));
}

static void
quality_selected_cb (MyoPointEditor *self,
                     GParamSpec     *pspec,
                     GtkDropDown    *dropdown)
{
  if (self->session == NULL)
    return;

  myo_session_set_quality (self->session, self->point_id, gtk_drop_down_get_selected (dropdown));
}

static void
remove_clicked_cb (MyoPointEditor *self,
                   GtkButton      *button)
{
  if (myo_session_remove_point (self->session, self->point_id))
    g_signal_emit (self, signals[REMOVED], 0);
}

static void
myo_point_editor_constructed (GObject *object)
{
  MyoPointEditor *self = (MyoPointEditor *) object;

  G_OBJECT_CLASS (myo_point_editor_parent_class)->constructed (object);

  g_return_if_fail (MYO_IS_SESSION (self->session));

  g_signal_connect_object (self->session, "changed", G_CALLBACK (session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  session_changed_cb (self);
}

static void
myo_point_editor_dispose (GObject *object)
{
  MyoPointEditor *self = (MyoPointEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_POINT_EDITOR);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (myo_point_editor_parent_class)->dispose (object);
}

static void
myo_point_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MyoPointEditor *self = MYO_POINT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_POINT_ID:
      g_value_set_uint (value, self->point_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_point_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MyoPointEditor *self = MYO_POINT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_POINT_ID:
      self->point_id = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_point_editor_class_init (MyoPointEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = myo_point_editor_constructed;
  object_class->dispose = myo_point_editor_dispose;
  object_class->get_property = myo_point_editor_get_property;
  object_class->set_property = myo_point_editor_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         MYO_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POINT_ID] =
    g_param_spec_uint ("point-id", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoPointEditor::removed:
   *
   * The person removed the point.
   */
  signals[REMOVED] =
    g_signal_new ("removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-point-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoPointEditor, box);
  gtk_widget_class_bind_template_child (widget_class, MyoPointEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, MyoPointEditor, intensity_scale);
  gtk_widget_class_bind_template_child (widget_class, MyoPointEditor, quality_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, intensity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, quality_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
myo_point_editor_init (MyoPointEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_point_editor_new:
 * @session: the session the point is in
 * @point_id: the point's id
 *
 * Returns: (transfer floating): an editor of the point
 */
GtkWidget *
myo_point_editor_new (MyoSession *session,
                      guint       point_id)
{
  g_return_val_if_fail (MYO_IS_SESSION (session), NULL);

  return g_object_new (MYO_TYPE_POINT_EDITOR,
                       "session", session,
                       "point-id", point_id,
                       NULL);
}

MyoSession *
myo_point_editor_get_session (MyoPointEditor *self)
{
  g_return_val_if_fail (MYO_IS_POINT_EDITOR (self), NULL);
  return self->session;
}

guint
myo_point_editor_get_point_id (MyoPointEditor *self)
{
  g_return_val_if_fail (MYO_IS_POINT_EDITOR (self), 0);
  return self->point_id;
}
