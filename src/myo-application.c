/* myo-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "myo-application.h"
#include "myo-cli.h"
#include "myo-first-frame.h"
#include "myo-window.h"

struct _MyoApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  MyoKb          *kb;
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
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing through close-request lets a window ask about unsaved changes */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "The Myomap developers", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Myomap"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developers", developers,
                        "copyright", "© 2026 The Myomap developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Find the muscle trigger points behind leg pain. "
                                      "Self-care information, not a diagnosis."),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Medical sources"), NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Travell &amp; Simons, Myofascial Pain and Dysfunction: The Trigger "
                                        "Point Manual, Vol. 2, 2nd ed. (1999); Davies, The Trigger Point "
                                        "Therapy Workbook; NAMTPT symptom checker; ACSM stretching "
                                        "guidelines (2021); Shipton et al., Am Fam Physician 2023. The "
                                        "text is written in the project's own words."));
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

static int
myo_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree char *kb_path = NULL;
  g_autofree char *report_path = NULL;
  g_autofree char *export_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("Myomap %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "validate-kb", "^ay", &kb_path))
    return myo_cli_validate_kb (kb_path);

  if (g_variant_dict_lookup (options, "export-journal", "^ay", &export_path))
    return myo_cli_export_journal (export_path);

  if (g_variant_dict_lookup (options, "report", "^ay", &report_path))
    return myo_cli_report (report_path, g_variant_dict_contains (options, "json"));

  if (g_variant_dict_contains (options, "json"))
    {
      g_printerr (_("--json goes with --report FILE.myomap\n"));
      return 64;
    }

  return G_APPLICATION_CLASS (myo_application_parent_class)->handle_local_options (app, options);
}

static gpointer
load_kb_thread (gpointer data)
{
  return myo_kb_get_default ();
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

  self->kb = g_thread_join (kb_thread);
#ifdef __GLIBC__
  /* The parse tree is gone; give its pages in the thread's arena back */
  malloc_trim (0);
#endif

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
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
myo_application_dispose (GObject *object)
{
  MyoApplication *self = (MyoApplication *) object;

  g_clear_object (&self->kb);

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
                       /* Each launch is its own instance: a physiotherapist may keep two
                        * patients side by side, and start-up never waits on a session bus. */
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
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
