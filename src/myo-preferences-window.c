/* myo-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-preferences-window.h"

struct _MyoPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  GtkSpinButton        *hold_spin;
  GtkSpinButton        *lead_in_spin;
  GtkSwitch            *auto_advance_switch;
  GtkSwitch            *sound_switch;
  GtkSpinButton        *intensity_spin;
  AdwComboRow          *view_row;
  AdwComboRow          *style_row;

  /* Owned */
  GSettings            *settings;
  MyoKb                *kb;
  GStrv                 view_ids;  /* in the order of view_row's model */
};

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_KB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of style_row's model */
static const char * const style_variants[] = { "default", "light", "dark", NULL };

G_DEFINE_FINAL_TYPE (MyoPreferencesWindow, myo_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A string key shown as the position of its value in a list */
static gboolean
get_choice_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  /* An unknown value (a view the knowledge base dropped) shows the first */
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
set_choice_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;

  return g_variant_new_string (choices[position]);
}

static void
bind_settings (MyoPreferencesWindow *self)
{
  GPtrArray *views = myo_kb_get_views (self->kb);
  g_autoptr(GtkStringList) view_labels = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);

      gtk_string_list_append (view_labels, view->label);
      g_strv_builder_add (ids, view->id);
    }
  self->view_ids = g_strv_builder_end (ids);
  adw_combo_row_set_model (self->view_row, G_LIST_MODEL (view_labels));

  g_settings_bind (self->settings, "hold-seconds", self->hold_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "lead-in-seconds", self->lead_in_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "auto-advance", self->auto_advance_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sound", self->sound_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "default-intensity", self->intensity_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "initial-view", self->view_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, get_choice_mapping, set_choice_mapping,
                                self->view_ids, NULL);
  g_settings_bind_with_mapping (self->settings, "style-variant", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, get_choice_mapping, set_choice_mapping,
                                (gpointer) style_variants, NULL);
}

static void
myo_preferences_window_constructed (GObject *object)
{
  MyoPreferencesWindow *self = (MyoPreferencesWindow *) object;

  G_OBJECT_CLASS (myo_preferences_window_parent_class)->constructed (object);

  bind_settings (self);
}

static void
myo_preferences_window_dispose (GObject *object)
{
  MyoPreferencesWindow *self = (MyoPreferencesWindow *) object;

  /* The bindings use view_ids: drop them before it goes */
  if (self->view_row != NULL)
    g_settings_unbind (self->view_row, "selected");

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (myo_preferences_window_parent_class)->dispose (object);
}

static void
myo_preferences_window_finalize (GObject *object)
{
  MyoPreferencesWindow *self = (MyoPreferencesWindow *) object;

  g_clear_pointer (&self->view_ids, g_strfreev);

  G_OBJECT_CLASS (myo_preferences_window_parent_class)->finalize (object);
}

static void
myo_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MyoPreferencesWindow *self = MYO_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MyoPreferencesWindow *self = MYO_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_KB:
      self->kb = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_preferences_window_class_init (MyoPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = myo_preferences_window_constructed;
  object_class->dispose = myo_preferences_window_dispose;
  object_class->finalize = myo_preferences_window_finalize;
  object_class->get_property = myo_preferences_window_get_property;
  object_class->set_property = myo_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/myomap/Myomap/ui/myo-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoPreferencesWindow, hold_spin);
  gtk_widget_class_bind_template_child (widget_class, MyoPreferencesWindow, lead_in_spin);
  gtk_widget_class_bind_template_child (widget_class, MyoPreferencesWindow, auto_advance_switch);
  gtk_widget_class_bind_template_child (widget_class, MyoPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, MyoPreferencesWindow, intensity_spin);
  gtk_widget_class_bind_template_child (widget_class, MyoPreferencesWindow, view_row);
  gtk_widget_class_bind_template_child (widget_class, MyoPreferencesWindow, style_row);
}

static void
myo_preferences_window_init (MyoPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_preferences_window_new:
 * @settings: the application's settings
 * @kb: the knowledge base, for the names of its views
 *
 * Returns: (transfer floating): a preferences window bound to @settings
 */
MyoPreferencesWindow *
myo_preferences_window_new (GSettings *settings,
                            MyoKb     *kb)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (MYO_IS_KB (kb), NULL);

  return g_object_new (MYO_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       "kb", kb,
                       NULL);
}
