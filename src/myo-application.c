/* myo-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "myo-about.h"
#include "myo-application.h"
#include "myo-cli.h"
#include "myo-first-frame.h"
#include "myo-help-window.h"
#include "myo-preferences-window.h"
#include "myo-window.h"

struct _MyoApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  MyoKb          *kb;
  GSettings      *settings;
  MyoStore       *store;
};

G_DEFINE_FINAL_TYPE (MyoApplication, myo_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "validate-kb", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a knowledge-base file and list its problems as FILE: $.path: message"), N_("FILE") },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the ranked trigger points, the combination and the routine for a session file"),
    N_("FILE.myomap") },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --report, print JSON instead of text"), NULL },
  { "pdf", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --report, write the one-page report for a clinician as a PDF to -o FILE"), NULL },
  { "handout", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the patient handout (map, routine, warning signs) for a session file as a PDF to -o FILE"),
    N_("FILE.myomap") },
  { "handout-points", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the handout for trigger points of the knowledge base (an atlas selection) to -o FILE, "
       "e.g. gastrocnemius-lateral-4,soleus-1:right"), N_("ID,…") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --handout, --handout-points and --report --pdf write the PDF"), N_("OUT.pdf") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size of the PDF: a4 or letter (default: the locale's paper)"), N_("SIZE") },
  { "export-journal", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the pain journal to FILE as CSV, or as JSON when FILE ends in .json"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

static MyoWindow *
get_window (MyoApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (myo_window_new (self));

  return MYO_WINDOW (window);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  MyoApplication *self = MYO_APPLICATION (user_data);
  GList *windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                                     (GCopyFunc) g_object_ref, NULL);

  /* What was marked last is on disk before anything closes */
  myo_store_flush (self->store, NULL);

  /* Closing through close-request lets a window ask about unsaved changes.
   * Closing one window can destroy others (its children) and so change the
   * application's list: walk a copy that holds each window. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));

  g_list_free_full (windows, g_object_unref);
}

/* Beside the main window, and gone with it */
static void
present_child_window (MyoApplication *self,
                      GtkWindow      *window,
                      GtkWindow      *parent)
{
  gtk_window_set_application (window, GTK_APPLICATION (self));
  gtk_window_set_transient_for (window, parent);
  gtk_window_set_destroy_with_parent (window, TRUE);
  gtk_window_present (window);
}

/* F1 or Ctrl+, pressed again raises the window already open */
static gboolean
present_existing (MyoApplication *self,
                  GType           type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      {
        gtk_window_present (l->data);
        return TRUE;
      }

  return FALSE;
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  MyoApplication *self = MYO_APPLICATION (user_data);

  present_child_window (self, myo_about_window_new (self->kb),
                        gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  MyoApplication *self = MYO_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!present_existing (self, MYO_TYPE_PREFERENCES_WINDOW))
    present_child_window (self, GTK_WINDOW (myo_preferences_window_new (self->settings, self->kb)), parent);
}

static void
help_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  MyoApplication *self = MYO_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!present_existing (self, MYO_TYPE_HELP_WINDOW))
    present_child_window (self, GTK_WINDOW (myo_help_window_new (self->kb)), parent);
}

/* AdwStyleManager follows the system unless the person chose a style */
static void
style_variant_changed_cb (MyoApplication *self,
                          const char     *key,
                          GSettings      *settings)
{
  g_autofree char *variant = g_settings_get_string (settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (variant, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (variant, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "help", help_action },
};

static int
myo_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree char *kb_path = NULL;
  g_autofree char *report_path = NULL;
  g_autofree char *export_path = NULL;
  g_autofree char *handout_path = NULL;
  g_autofree char *output_path = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *points = NULL;
  gboolean pdf = g_variant_dict_contains (options, "pdf");

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("Myomap %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "validate-kb", "^ay", &kb_path))
    return myo_cli_validate_kb (kb_path);

  if (g_variant_dict_lookup (options, "export-journal", "^ay", &export_path))
    return myo_cli_export_journal (export_path);

  g_variant_dict_lookup (options, "output", "^ay", &output_path);
  g_variant_dict_lookup (options, "paper", "s", &paper);
  g_variant_dict_lookup (options, "handout", "^ay", &handout_path);
  g_variant_dict_lookup (options, "report", "^ay", &report_path);
  g_variant_dict_lookup (options, "handout-points", "s", &points);

  if ((handout_path != NULL || points != NULL || (report_path != NULL && pdf)) && output_path == NULL)
    {
      g_printerr (_("Say where to write the PDF: %s -o OUT.pdf\n"),
                  points != NULL ? "--handout-points ID,…"
                  : handout_path != NULL ? "--handout FILE.myomap" : "--report FILE.myomap --pdf");
      return MYO_EXIT_USAGE;
    }

  if (points != NULL)
    return myo_cli_export_handout_points (points, output_path, paper);

  if (handout_path != NULL)
    return myo_cli_export_pdf (handout_path, TRUE, output_path, paper);

  if (report_path != NULL && pdf)
    return myo_cli_export_pdf (report_path, FALSE, output_path, paper);

  if (report_path != NULL)
    return myo_cli_report (report_path, g_variant_dict_contains (options, "json"));

  if (g_variant_dict_contains (options, "json") || pdf)
    {
      g_printerr (_("--json and --pdf go with --report FILE.myomap\n"));
      return MYO_EXIT_USAGE;
    }

  if (output_path != NULL || paper != NULL)
    {
      g_printerr (_("-o and --paper go with --handout FILE.myomap or --report FILE.myomap --pdf\n"));
      return MYO_EXIT_USAGE;
    }

  /* The window cannot start without its settings; say so rather than abort */
  if (!myo_application_has_settings_schema ())
    {
      g_printerr (_("Myomap’s settings schema %s is not installed. Install Myomap with "
                    "“meson install”, or run the built binary with "
                    "GSETTINGS_SCHEMA_DIR=_build/data (as “build-aux/dev run” does).\n"),
                  APP_ID);
      return 69;
    }

  return G_APPLICATION_CLASS (myo_application_parent_class)->handle_local_options (app, options);
}

static gpointer
load_kb_thread (gpointer data)
{
  MyoKb *kb = myo_kb_get_default ();

#ifdef __GLIBC__
  /* The parse tree is gone; give its pages in the thread's arena back,
   * here, while the main thread is still starting GTK */
  malloc_trim (0);
#endif
  return kb;
}

static void
load_icon_theme_thread (GTask        *task,
                        gpointer      source,
                        gpointer      theme,
                        GCancellable *cancellable)
{
  /* Reads the theme's folders and caches, under the theme's own lock */
  gtk_icon_theme_has_icon (theme, "open-menu-symbolic");
}

/* GTK starts reading the icon theme in a thread as the display opens, and
 * GtkApplication's start-up then adds the application's resource path to
 * it, which throws that reading away: unless the thread came second, the
 * main thread read the theme again at the first icon of the first frame
 * (64 M instructions). Read again in a thread here, it is ready by the
 * time the window lays out its icons. */
static void
load_icon_theme (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_set_task_data (task, g_object_ref (theme), g_object_unref);
  g_task_run_in_thread (task, load_icon_theme_thread);
}

static void
myo_application_startup (GApplication *app)
{
  MyoApplication *self = MYO_APPLICATION (app);
  GThread *kb_thread;

  /* The knowledge base parses and validates on the other core while GTK
   * and libadwaita start up, off the way to the first frame */
  kb_thread = g_thread_new ("myomap-kb", load_kb_thread, NULL);

  G_APPLICATION_CLASS (myo_application_parent_class)->startup (app);
  load_icon_theme ();

  self->kb = g_thread_join (kb_thread);
  self->settings = g_settings_new (APP_ID);
  {
    g_autofree char *dir = myo_store_default_dir ();

    self->store = myo_store_new (dir);
  }
  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (style_variant_changed_cb), self, G_CONNECT_SWAPPED);
  style_variant_changed_cb (self, "style-variant", self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help",
                                         (const char *[]) { "F1", NULL });
  /* GTK sets this one only for a gtk/help-overlay.ui, which it would build
   * for every window; the window builds its own when first asked */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });
}

static void
myo_application_activate (GApplication *app)
{
  GtkWindow *window = GTK_WINDOW (get_window (MYO_APPLICATION (app)));

  gtk_window_present (window);
  myo_first_frame_watch (window);
}

static void
myo_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  MyoWindow *window = get_window (MYO_APPLICATION (app));

  if (n_files > 0)
    myo_window_open_file (window, files[0]);

  gtk_window_present (GTK_WINDOW (window));
  myo_first_frame_watch (GTK_WINDOW (window));
}

static void
myo_application_shutdown (GApplication *app)
{
  MyoApplication *self = MYO_APPLICATION (app);

  if (self->store != NULL)
    myo_store_flush (self->store, NULL);

  G_APPLICATION_CLASS (myo_application_parent_class)->shutdown (app);
}

static void
myo_application_dispose (GObject *object)
{
  MyoApplication *self = (MyoApplication *) object;

  g_clear_object (&self->kb);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (myo_application_parent_class)->dispose (object);
}

static void
myo_application_class_init (MyoApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = myo_application_dispose;

  app_class->handle_local_options = myo_application_handle_local_options;
  app_class->startup = myo_application_startup;
  app_class->shutdown = myo_application_shutdown;
  app_class->activate = myo_application_activate;
  app_class->open = myo_application_open;
}

static void
myo_application_init (MyoApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE.myomap]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Find the muscle trigger points behind leg pain.\n\n"
                                              "Self-care information, not a diagnosis."));
}

MyoApplication *
myo_application_new (void)
{
  return g_object_new (MYO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       /* One instance: a second launch raises its window, and
                        * "myomap FILE" opens the file there. The journal and the
                        * autosave have one owner per person (and a lock for any
                        * other process, such as the command-line export). */
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/myomap/Myomap",
                       NULL);
}

/**
 * myo_application_get_kb:
 *
 * Returns: (transfer none): the shipped knowledge base
 */
MyoKb *
myo_application_get_kb (MyoApplication *self)
{
  g_return_val_if_fail (MYO_IS_APPLICATION (self), NULL);
  return self->kb;
}

/**
 * myo_application_get_store:
 *
 * Returns: (transfer none): the owner of the journal and the autosave,
 *   valid from start-up on
 */
MyoStore *
myo_application_get_store (MyoApplication *self)
{
  g_return_val_if_fail (MYO_IS_APPLICATION (self), NULL);
  return self->store;
}

/**
 * myo_application_get_settings:
 *
 * Returns: (transfer none): the preferences, valid from start-up on
 */
GSettings *
myo_application_get_settings (MyoApplication *self)
{
  g_return_val_if_fail (MYO_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * myo_application_has_settings_schema:
 *
 * Returns: whether the settings schema can be found (installed, or in
 *   `GSETTINGS_SCHEMA_DIR`)
 */
gboolean
myo_application_has_settings_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return FALSE;

  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL;
}
