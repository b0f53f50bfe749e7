/* myo-pain-ratings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "myo-extent.h"
#include "myo-pain-ratings.h"

/* Each drop-down lists "not rated", then 0 to 10: its position is the
 * session's rating plus one, both ways */

struct _MyoPainRatings
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkWidget   *box;
  GtkDropDown *now_drop_down;
  GtkDropDown *average_drop_down;
  GtkDropDown *worst_drop_down;
  GtkLabel    *extent_label;

  /* Owned */
  MyoSession  *session;
  GBinding    *bindings[MYO_N_PAIN_RATINGS];
  gulong       changed_id;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoPainRatings, myo_pain_ratings, GTK_TYPE_WIDGET)

static const char * const rating_properties[MYO_N_PAIN_RATINGS] = {
  "pain-now", "pain-average", "pain-worst",
};

static gboolean
rating_to_position (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, (guint) (g_value_get_int (from) + 1));
  return TRUE;
}

static gboolean
position_to_rating (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION || position > 11)
    return FALSE;

  g_value_set_int (to, (int) position - 1);
  return TRUE;
}

static void
update_extent (MyoPainRatings *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *details = NULL;
  g_autofree char *text = NULL;

  if (self->session == NULL)
    {
      gtk_label_set_label (self->extent_label, "");
      return;
    }

  summary = myo_extent_dup_summary (self->session);
  details = myo_extent_dup_details (self->session);
  text = details[0] != '\0' ? g_strdup_printf ("%s. %s", summary, details) : g_strdup (summary);
  gtk_label_set_label (self->extent_label, text);
}

static void
unbind (MyoPainRatings *self)
{
  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    if (self->bindings[i] != NULL)
      {
        g_binding_unbind (self->bindings[i]);
        self->bindings[i] = NULL;
      }
  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
}

static void
myo_pain_ratings_dispose (GObject *object)
{
  MyoPainRatings *self = MYO_PAIN_RATINGS (object);

  unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_PAIN_RATINGS);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (myo_pain_ratings_parent_class)->dispose (object);
}

static void
myo_pain_ratings_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MyoPainRatings *self = MYO_PAIN_RATINGS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_pain_ratings_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MyoPainRatings *self = MYO_PAIN_RATINGS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      myo_pain_ratings_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_pain_ratings_class_init (MyoPainRatingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_pain_ratings_dispose;
  object_class->get_property = myo_pain_ratings_get_property;
  object_class->set_property = myo_pain_ratings_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         MYO_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-pain-ratings.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoPainRatings, box);
  gtk_widget_class_bind_template_child (widget_class, MyoPainRatings, now_drop_down);
  gtk_widget_class_bind_template_child (widget_class, MyoPainRatings, average_drop_down);
  gtk_widget_class_bind_template_child (widget_class, MyoPainRatings, worst_drop_down);
  gtk_widget_class_bind_template_child (widget_class, MyoPainRatings, extent_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
myo_pain_ratings_init (MyoPainRatings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_pain_ratings_get_session:
 *
 * Returns: (transfer none) (nullable): the session rated
 */
MyoSession *
myo_pain_ratings_get_session (MyoPainRatings *self)
{
  g_return_val_if_fail (MYO_IS_PAIN_RATINGS (self), NULL);
  return self->session;
}

void
myo_pain_ratings_set_session (MyoPainRatings *self,
                              MyoSession     *session)
{
  GtkDropDown *drop_downs[MYO_N_PAIN_RATINGS];

  g_return_if_fail (MYO_IS_PAIN_RATINGS (self));
  g_return_if_fail (session == NULL || MYO_IS_SESSION (session));

  if (self->session == session)
    return;

  unbind (self);
  g_set_object (&self->session, session);

  drop_downs[MYO_PAIN_NOW] = self->now_drop_down;
  drop_downs[MYO_PAIN_AVERAGE] = self->average_drop_down;
  drop_downs[MYO_PAIN_WORST] = self->worst_drop_down;

  if (session != NULL)
    {
      for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
        self->bindings[i] = g_object_bind_property_full (session, rating_properties[i],
                                                         drop_downs[i], "selected",
                                                         G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                                                         rating_to_position, position_to_rating,
                                                         NULL, NULL);
      self->changed_id = g_signal_connect_object (session, "changed", G_CALLBACK (update_extent), self,
                                                  G_CONNECT_SWAPPED);
    }

  update_extent (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
