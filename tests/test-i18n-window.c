/* test-i18n-window.c: the window in German (LANGUAGE=de, LC_ALL=de_DE.UTF-8),
 * from the catalogues built in _build/po (MYOMAP_LOCALEDIR)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "myo-about.h"
#include "myo-body-map-private.h"
#include "myo-diagram.h"
#include "myo-routine-panel-private.h"
#include "myo-test-utils.h"
#include "myo-window-private.h"

static MyoApplication *app;

static void
iterate (void)
{
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The text of every label under @widget, shown or not, in one string */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static char *
dup_labels (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_labels (widget, out);
  return g_string_free (out, FALSE);
}

static void
test_window_german (void)
{
  MyoWindow *window = myo_window_new (app);
  MyoPoint knee = region_point (myo_application_get_kb (app), "back-knee", MYO_SIDE_LEFT);
  g_autofree char *labels = NULL;
  g_autofree char *panel_labels = NULL;
  GtkWidget *first_view;
  double cx, cy;

  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  labels = dup_labels (GTK_WIDGET (window));
  g_test_message ("%s", labels);
  g_assert_nonnull (strstr (labels, "Informationen zur Selbsthilfe, keine Diagnose"));
  g_assert_nonnull (strstr (labels, "Klicken Sie dort, wo es schmerzt"));
  g_assert_null (strstr (labels, "not a diagnosis"));
  g_assert_null (strstr (labels, "Click where it hurts"));
  /* The header's session name and the examples' button */
  g_assert_nonnull (strstr (labels, "Ungespeicherte Sitzung"));
  g_assert_nonnull (strstr (labels, "Ein Beispiel öffnen"));

  /* The view buttons carry the knowledge base's view labels */
  first_view = gtk_widget_get_first_child (GTK_WIDGET (window->view_switcher));
  g_assert_nonnull (first_view);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (first_view)), ==, "Rückseite");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (first_view), ==, "Ansicht Rückseite (Alt+1)");

  /* The pages' titles, from the .ui template */
  g_assert_cmpstr (gtk_stack_page_get_title (gtk_stack_get_page (window->main_stack,
                                                                 gtk_stack_get_child_by_name (window->main_stack, "history"))),
                   ==, "Schmerzverlauf");

  /* Mark the back of the knee and start the routine: the red-flag questions
   * come from the knowledge base, in German */
  _myo_body_map_get_cursor (window->map, &cx, &cy);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.move-cursor", "(dd)",
                                             knee.x - cx, knee.y - cy));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.add-at-cursor", NULL));
  iterate ();
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  iterate ();

  panel_labels = dup_labels (GTK_WIDGET (window->routine_panel));
  g_assert_nonnull (strstr (panel_labels, "Bevor Sie irgendwo drücken: Trifft etwas davon zu?"));
  g_assert_nonnull (strstr (panel_labels, "Haben Sie Fieber?"));
  g_assert_null (strstr (panel_labels, "Do you have a fever?"));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_finalize_object (window);
}

/* The About window's release notes, translated with the metainfo's msgids */
static char *
dup_release_notes_in (const char *language)
{
  /* As render_left_badge() does: through "C", so gettext looks again */
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C");
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  return myo_about_dup_release_notes ();
}

static void
test_release_notes_german (void)
{
  g_autofree char *english = dup_release_notes_in ("en");
  g_autofree char *notes = dup_release_notes_in ("de");
  g_auto(GStrv) english_items = g_strsplit (english, "<li>", -1);
  g_auto(GStrv) items = g_strsplit (notes, "<li>", -1);

  g_test_message ("%s", notes);
  g_assert_true (g_str_has_prefix (notes, "<p>Myomap für Physiotherapeuten"));
  g_assert_nonnull (strstr (notes, "<li>Ein Debian-Paket, das sich ohne Kompilieren installieren lässt</li></ul>"));

  /* Every paragraph and item is translated */
  g_assert_cmpuint (g_strv_length (items), ==, g_strv_length (english_items));
  g_assert_cmpuint (g_strv_length (items), >, 2);
  for (guint i = 0; items[i] != NULL; i++)
    if (g_str_equal (items[i], english_items[i]))
      g_error ("Not translated: %s", items[i]);
}

/* The pixels of the left leg's badge on the back view, as Myomap draws it in
 * the language of LANGUAGE */
static GBytes *
render_left_badge (const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  RsvgRectangle viewport = { 0, 0, 64, 64 };
  RsvgHandle *svg;

  /* gettext caches translations per locale, not per LANGUAGE: going
   * through "C" makes it look again */
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C");
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  svg = myo_diagram_load (myo_kb_lookup_view (myo_application_get_kb (app), "back"), &error);
  g_assert_no_error (error);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cr = cairo_create (surface);
  g_assert_true (rsvg_handle_render_element (svg, cr, "#label-left", &viewport, &error));
  g_assert_no_error (error);
  cairo_surface_flush (surface);
  g_object_unref (svg);

  return g_bytes_new (cairo_image_surface_get_data (surface),
                      (gsize) cairo_image_surface_get_stride (surface) * 64);
}

static void
test_diagram_badges (void)
{
  g_autoptr(GBytes) spanish = render_left_badge ("es");
  g_autoptr(GBytes) german = render_left_badge ("de");
  g_autoptr(GBytes) spanish_again = render_left_badge ("es");

  /* "L" (links) in German, "I" (izquierda) in Spanish */
  g_assert_false (g_bytes_equal (german, spanish));
  g_assert_true (g_bytes_equal (spanish, spanish_again));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = tmp_dir ();
  int ret;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  /* As main.c does, after gtk_test_init(), which sets a fixed locale */
  g_setenv ("LANGUAGE", "de", TRUE);
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    g_error ("The locale de_DE.UTF-8 is not installed; ./build-aux/dev test generates it");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MYOMAP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = myo_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/myo/i18n/window-german", test_window_german);
  g_test_add_func ("/myo/i18n/release-notes-german", test_release_notes_german);
  g_test_add_func ("/myo/i18n/diagram-badges", test_diagram_badges);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
