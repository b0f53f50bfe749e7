/* test-help.c: help, About and the shortcuts window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "myo-about.h"
#include "myo-help-window.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"
#include "myo-window.h"

static MyoApplication *app;

static void
test_help_window (void)
{
  MyoKb *kb = myo_application_get_kb (app);
  MyoHelpWindow *window = myo_help_window_new (kb);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  /* Every warning sign the routine asks about is on the page */
  g_assert_cmpuint (myo_help_window_get_n_flags (window), ==, myo_kb_get_red_flags (kb)->len);
  g_assert_cmpuint (myo_help_window_get_n_flags (window), >=, 5);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_finalize_object (window);
}

static void
test_about (void)
{
  MyoKb *kb = myo_application_get_kb (app);
  GPtrArray *sources = myo_kb_get_sources (kb);
  g_autofree char *markup = myo_about_dup_sources (kb);
  g_autoptr(GError) error = NULL;
  GtkWindow *about;

  /* Every source of the knowledge base is credited, as well-formed markup
   * (GTK's label markup: Pango's plus links) */
  {
    static const GMarkupParser parser = { NULL };
    g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
    g_autofree char *wrapped = g_strdup_printf ("<markup>%s</markup>", markup);

    g_assert_true (g_markup_parse_context_parse (context, wrapped, -1, &error));
    g_assert_no_error (error);
  }
  for (guint i = 0; i < sources->len; i++)
    {
      const MyoSource *source = g_ptr_array_index (sources, i);
      g_autofree char *escaped = g_markup_escape_text (source->citation, -1);

      g_assert_nonnull (strstr (markup, escaped));
    }
  g_assert_nonnull (strstr (markup, "Shipton"));

  about = myo_about_window_new (kb);
  g_object_ref_sink (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_nonnull (adw_about_window_get_release_notes (ADW_ABOUT_WINDOW (about)));
  gtk_window_present (about);
  iterate ();
  gtk_window_destroy (about);
  iterate ();
  g_assert_finalize_object (about);
}

/* The metainfo's newest release, read as AppStream tools read it */
typedef struct
{
  int depth_in_release;  /* 0 outside the first <release> */
  gboolean done;
  char *version;
  GString *notes;        /* its description as the About window's markup */
  GString *text;         /* the text of the <p> or <li> being read */
} ReleaseReader;

static void
release_start (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  ReleaseReader *reader = user_data;

  if (reader->done)
    return;
  if (reader->depth_in_release == 0 && g_str_equal (element, "release"))
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "version"))
          reader->version = g_strdup (values[i]);
      reader->depth_in_release = 1;
      return;
    }
  if (reader->depth_in_release == 0)
    return;
  reader->depth_in_release++;
  if (g_str_equal (element, "ul"))
    g_string_append (reader->notes, "<ul>");
  else if (g_str_equal (element, "p") || g_str_equal (element, "li"))
    g_string_set_size (reader->text, 0);
}

static void
release_end (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  ReleaseReader *reader = user_data;

  if (reader->done || reader->depth_in_release == 0)
    return;
  if (--reader->depth_in_release == 0)
    {
      reader->done = TRUE;
      return;
    }
  if (g_str_equal (element, "ul"))
    g_string_append (reader->notes, "</ul>");
  else if (g_str_equal (element, "p") || g_str_equal (element, "li"))
    {
      /* Whitespace collapsed, as AppStream does */
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (reader->text->str), " \n\t", -1);
      g_autoptr(GString) joined = g_string_new (NULL);
      g_autofree char *escaped = NULL;

      for (guint i = 0; words[i] != NULL; i++)
        if (*words[i] != '\0')
          g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", words[i]);
      escaped = g_markup_escape_text (joined->str, -1);
      g_string_append_printf (reader->notes, "<%s>%s</%s>", element, escaped, element);
    }
}

static void
release_text (GMarkupParseContext  *context,
              const char           *text,
              gsize                 len,
              gpointer              user_data,
              GError              **error)
{
  ReleaseReader *reader = user_data;

  if (!reader->done && reader->depth_in_release > 0)
    g_string_append_len (reader->text, text, len);
}

/* The About window shows the release notes the metainfo has for this
 * version, not a copy that can fall behind it */
static void
test_about_release_notes (void)
{
  static const GMarkupParser parser = { release_start, release_end, release_text, NULL, NULL };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 "io.github.myomap.Myomap.metainfo.xml.in", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  ReleaseReader reader = { 0 };
  GtkWindow *about;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  reader.notes = g_string_new (NULL);
  reader.text = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, 0, &reader, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, -1, &error));
  g_assert_no_error (error);

  /* The newest release is this version, with notes */
  g_assert_cmpstr (reader.version, ==, PACKAGE_VERSION);
  g_assert_cmpuint (reader.notes->len, >, 20);

  about = myo_about_window_new (myo_application_get_kb (app));
  g_object_ref_sink (about);
  g_assert_cmpstr (adw_about_window_get_release_notes_version (ADW_ABOUT_WINDOW (about)), ==, reader.version);
  g_assert_cmpstr (adw_about_window_get_release_notes (ADW_ABOUT_WINDOW (about)), ==, reader.notes->str);
  gtk_window_destroy (about);
  g_assert_finalize_object (about);

  g_free (reader.version);
  g_string_free (reader.notes, TRUE);
  g_string_free (reader.text, TRUE);
}

static void
collect_accelerators (GtkWidget  *widget,
                      GHashTable *shown)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) each = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      each = g_strsplit (accelerator, " ", -1);
      for (guint i = 0; each[i] != NULL; i++)
        g_hash_table_add (shown, g_steal_pointer (&each[i]));
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_accelerators (c, shown);
}

/* The shortcuts window lists every accelerator the application sets */
static void
test_shortcuts_complete (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/myomap/Myomap/ui/myo-shortcuts-window.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  static const char * const expected[] = {
    "<Control>comma", "F1", "<Control>question", "<Control>q", "<Control>r", "space", "F9", NULL,
  };

  g_assert_nonnull (overlay);
  collect_accelerators (overlay, shown);

  for (guint i = 0; expected[i] != NULL; i++)
    if (!g_hash_table_contains (shown, expected[i]))
      g_error ("The shortcuts window does not show %s", expected[i]);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint key;
          GdkModifierType mods;
          g_autofree char *name = NULL;

          /* Compare in one spelling: "<Primary>" and "<Control>" are one */
          g_assert_true (gtk_accelerator_parse (accels[j], &key, &mods));
          name = gtk_accelerator_name (key, mods);
          if (!g_hash_table_contains (shown, name) && !g_hash_table_contains (shown, accels[j]))
            g_error ("The shortcuts window does not show %s (%s)", accels[j], actions[i]);
        }
    }

  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* F1 and the menu reach the help through one action */
static void
test_actions (void)
{
  g_auto(GStrv) help = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  g_auto(GStrv) prefs = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");

  g_assert_cmpstr (help[0], ==, "F1");
  g_assert_cmpstr (prefs[0], ==, "<Control>comma");
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  /* A second F1 raises the help already open */
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  iterate ();
  {
    GtkWindow *help_window = NULL;
    guint n_help = 0;

    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
      if (MYO_IS_HELP_WINDOW (l->data))
        {
          help_window = l->data;
          n_help++;
        }
    g_assert_cmpuint (n_help, ==, 1);
    gtk_window_destroy (help_window);
  }
  iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = test_app_new (&argc, &argv);

  g_test_add_func ("/myo/help/window", test_help_window);
  g_test_add_func ("/myo/help/about", test_about);
  g_test_add_func ("/myo/help/about-release-notes", test_about_release_notes);
  g_test_add_func ("/myo/help/shortcuts-complete", test_shortcuts_complete);
  g_test_add_func ("/myo/help/actions", test_actions);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
