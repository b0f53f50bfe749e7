/* test-preferences.c: the preferences window, GSettings, and what follows
 * them in the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-preferences-window.h"
#include "myo-routine-panel-private.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"
#include "myo-window-private.h"

static MyoApplication *app;

static void
reset_settings (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static gpointer
child (gpointer    window,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), type, name);

  g_assert_nonnull (object);
  return object;
}

/* Both ways: a control changes the key, the key changes the control */
static void
test_bindings (void)
{
  GSettings *settings = myo_application_get_settings (app);
  MyoPreferencesWindow *window;
  GtkSpinButton *hold, *lead_in, *intensity;
  GtkSwitch *sound, *auto_advance;
  AdwComboRow *view, *style;
  g_autofree char *view_id = NULL;
  g_autofree char *style_id = NULL;

  reset_settings (settings);
  window = myo_preferences_window_new (settings, myo_application_get_kb (app));
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  hold = child (window, MYO_TYPE_PREFERENCES_WINDOW, "hold_spin");
  lead_in = child (window, MYO_TYPE_PREFERENCES_WINDOW, "lead_in_spin");
  intensity = child (window, MYO_TYPE_PREFERENCES_WINDOW, "intensity_spin");
  sound = child (window, MYO_TYPE_PREFERENCES_WINDOW, "sound_switch");
  auto_advance = child (window, MYO_TYPE_PREFERENCES_WINDOW, "auto_advance_switch");
  view = child (window, MYO_TYPE_PREFERENCES_WINDOW, "view_row");
  style = child (window, MYO_TYPE_PREFERENCES_WINDOW, "style_row");

  /* The schema's defaults */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hold), ==, 30);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (lead_in), ==, 5);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (intensity), ==, 5);
  g_assert_true (gtk_switch_get_active (sound));
  g_assert_true (gtk_switch_get_active (auto_advance));
  g_assert_cmpuint (adw_combo_row_get_selected (view), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (style), ==, 0);

  gtk_spin_button_set_value (hold, 45);
  g_assert_cmpuint (g_settings_get_uint (settings, "hold-seconds"), ==, 45);
  gtk_spin_button_set_value (lead_in, 0);
  g_assert_cmpuint (g_settings_get_uint (settings, "lead-in-seconds"), ==, 0);
  gtk_spin_button_set_value (intensity, 8);
  g_assert_cmpint (g_settings_get_int (settings, "default-intensity"), ==, 8);
  gtk_switch_set_active (sound, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "sound"));
  gtk_switch_set_active (auto_advance, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "auto-advance"));
  adw_combo_row_set_selected (view, 2);
  view_id = g_settings_get_string (settings, "initial-view");
  g_assert_cmpstr (view_id, ==, "soles");
  adw_combo_row_set_selected (style, 2);
  style_id = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (style_id, ==, "dark");

  /* The style is applied by the application as soon as the key changes */
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "style-variant", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (style), ==, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_settings_set_uint (settings, "hold-seconds", 60);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hold), ==, 60);
  g_settings_set_string (settings, "initial-view", "lateral");
  g_assert_cmpuint (adw_combo_row_get_selected (view), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_finalize_object (window);
  reset_settings (settings);
}

/* The main window starts with the chosen view, size and point intensity */
static void
test_window_follows (void)
{
  GSettings *settings = myo_application_get_settings (app);
  MyoWindow *window;
  int width, height;

  reset_settings (settings);
  g_settings_set_string (settings, "initial-view", "front");
  g_settings_set_int (settings, "default-intensity", 7);
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 700);

  window = myo_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  g_assert_cmpstr (myo_window_get_view_id (window), ==, "front");
  g_assert_cmpint (myo_body_map_get_default_intensity (window->map), ==, 7);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 700);

  /* A later change reaches the map at once */
  g_settings_set_int (settings, "default-intensity", 3);
  g_assert_cmpint (myo_body_map_get_default_intensity (window->map), ==, 3);

  /* The size the window is given is kept for the next start */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 750);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 750);

  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 6);

  /* The routine takes its timings from the settings, also while it runs */
  g_settings_set_uint (settings, "lead-in-seconds", 2);
  g_settings_set_uint (settings, "hold-seconds", 20);
  g_settings_set_boolean (settings, "auto-advance", FALSE);
  g_settings_set_boolean (settings, "sound", FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  {
    MyoRoutine *routine = myo_routine_panel_get_routine (window->routine_panel);
    gboolean sound;

    g_assert_nonnull (routine);
    g_assert_cmpuint (myo_routine_get_lead_in (routine), ==, 2);
    g_assert_cmpuint (myo_routine_get_hold_seconds (routine), ==, 20);
    g_assert_false (myo_routine_get_auto_advance (routine));
    g_object_get (window->routine_panel, "sound", &sound, NULL);
    g_assert_false (sound);

    g_settings_set_uint (settings, "hold-seconds", 40);
    g_assert_cmpuint (myo_routine_get_hold_seconds (routine), ==, 40);
    g_settings_set_boolean (settings, "sound", TRUE);
    g_object_get (window->routine_panel, "sound", &sound, NULL);
    g_assert_true (sound);
  }

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_finalize_object (window);

  reset_settings (settings);
}

/* The schema's choice of first view is exactly the knowledge base's views */
static void
test_view_choices (void)
{
  GSettings *settings = myo_application_get_settings (app);
  GPtrArray *views = myo_kb_get_views (myo_application_get_kb (app));
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) choices = NULL;
  const char *type;

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "initial-view");
  range = g_settings_schema_key_get_range (key);
  g_variant_get (range, "(&sv)", &type, &choices);
  g_assert_cmpstr (type, ==, "enum");
  g_assert_cmpuint (g_variant_n_children (choices), ==, views->len);

  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);
      g_autoptr(GVariant) id = g_variant_ref_sink (g_variant_new_string (view->id));

      g_assert_true (g_settings_schema_key_range_check (key, id));
    }

  {
    g_autoptr(GVariant) unknown = g_variant_ref_sink (g_variant_new_string ("nowhere"));

    g_assert_false (g_settings_schema_key_range_check (key, unknown));
  }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = test_app_new (&argc, &argv);

  g_test_add_func ("/myo/preferences/bindings", test_bindings);
  g_test_add_func ("/myo/preferences/window-follows", test_window_follows);
  g_test_add_func ("/myo/preferences/view-choices", test_view_choices);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
