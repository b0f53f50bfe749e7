/* myo-banner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-banner.h"

/* libadwaita 1.2 has no AdwBanner: a revealer with its look. Unlike a
 * toast it stays until what it reports is fixed, and wraps instead of
 * cutting the reason short. */

struct _MyoBanner
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkRevealer *revealer;
  GtkLabel    *title_label;
  GtkLabel    *body_label;
  GtkButton   *button;
  GtkLabel    *button_label;
  GtkButton   *secondary_button;
  GtkLabel    *secondary_button_label;
};

G_DEFINE_FINAL_TYPE (MyoBanner, myo_banner, GTK_TYPE_WIDGET)

/* A label child, as elsewhere in Myomap: GTK 4.8 would give the button
 * itself an accessible name with the mnemonic's underscore */
static void
set_button (GtkButton  *button,
            GtkLabel   *button_label,
            const char *label,
            const char *action_name)
{
  gtk_widget_set_visible (GTK_WIDGET (button), label != NULL);
  if (label == NULL)
    return;

  gtk_label_set_text_with_mnemonic (button_label, label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
}

static void
myo_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MYO_TYPE_BANNER);

  G_OBJECT_CLASS (myo_banner_parent_class)->dispose (object);
}

static void
myo_banner_class_init (MyoBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_banner_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, MyoBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, MyoBanner, body_label);
  gtk_widget_class_bind_template_child (widget_class, MyoBanner, button);
  gtk_widget_class_bind_template_child (widget_class, MyoBanner, button_label);
  gtk_widget_class_bind_template_child (widget_class, MyoBanner, secondary_button);
  gtk_widget_class_bind_template_child (widget_class, MyoBanner, secondary_button_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
myo_banner_init (MyoBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_banner_show:
 * @body: (nullable): the whole reason
 * @button_label: (nullable): what the person can do about it
 * @action_name: (nullable): the action @button_label runs
 *
 * Shows the banner until myo_banner_hide().
 */
void
myo_banner_show (MyoBanner  *self,
                 const char *title,
                 const char *body,
                 const char *button_label,
                 const char *action_name,
                 const char *secondary_label,
                 const char *secondary_action_name)
{
  g_return_if_fail (MYO_IS_BANNER (self));

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->body_label, body != NULL ? body : "");
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), body != NULL);
  set_button (self->button, self->button_label, button_label, action_name);
  set_button (self->secondary_button, self->secondary_button_label, secondary_label, secondary_action_name);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, body != NULL ? body : "", -1);
}

void
myo_banner_hide (MyoBanner *self)
{
  g_return_if_fail (MYO_IS_BANNER (self));

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

gboolean
myo_banner_get_revealed (MyoBanner *self)
{
  g_return_val_if_fail (MYO_IS_BANNER (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

const char *
myo_banner_get_title (MyoBanner *self)
{
  g_return_val_if_fail (MYO_IS_BANNER (self), NULL);

  return gtk_label_get_text (self->title_label);
}

const char *
myo_banner_get_body (MyoBanner *self)
{
  g_return_val_if_fail (MYO_IS_BANNER (self), NULL);

  return gtk_label_get_text (self->body_label);
}
