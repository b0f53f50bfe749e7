/* myo-about.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-about.h"
#include "myo-release-notes.h"

/**
 * myo_about_dup_sources:
 * @kb: the knowledge base
 *
 * Every source the knowledge base cites, one paragraph each, as Pango
 * markup: the About window lists what the medical content rests on.
 *
 * Returns: (transfer full): the markup
 */
char *
myo_about_dup_sources (MyoKb *kb)
{
  GPtrArray *sources = myo_kb_get_sources (kb);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append (text, _("The medical content is written in the project’s own words from these "
                           "sources. Each entry of the knowledge base names the ones it rests on."));

  for (guint i = 0; i < sources->len; i++)
    {
      const MyoSource *source = g_ptr_array_index (sources, i);
      g_autofree char *citation = g_markup_escape_text (source->citation, -1);

      g_string_append_printf (text, "\n\n• %s", citation);
      if (source->url != NULL)
        {
          g_autofree char *url = g_markup_escape_text (source->url, -1);

          g_string_append_printf (text, " <a href=\"%s\">%s</a>", url, url);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * myo_about_dup_release_notes:
 *
 * The newest release's notes, as the metainfo gives them
 * (myo-release-notes.h is generated from it), translated with the
 * metainfo's own msgids, as the AppStream markup the About window takes.
 *
 * Returns: (transfer full): the markup
 */
char *
myo_about_dup_release_notes (void)
{
  g_autoptr(GString) notes = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (myo_release_notes); i++)
    {
      gboolean item = g_str_equal (myo_release_notes[i].tag, "li");
      gboolean first_item = item && (i == 0 || !g_str_equal (myo_release_notes[i - 1].tag, "li"));
      gboolean last_item = item && (i + 1 == G_N_ELEMENTS (myo_release_notes) ||
                                    !g_str_equal (myo_release_notes[i + 1].tag, "li"));
      g_autofree char *text = g_markup_escape_text (_(myo_release_notes[i].text), -1);

      g_string_append_printf (notes, "%s<%s>%s</%s>%s",
                              first_item ? "<ul>" : "",
                              myo_release_notes[i].tag, text, myo_release_notes[i].tag,
                              last_item ? "</ul>" : "");
    }

  return g_string_free (g_steal_pointer (&notes), FALSE);
}

/**
 * myo_about_window_new:
 * @kb: the knowledge base, for its sources and disclaimer
 *
 * Returns: (transfer floating): a new About window, not yet shown
 */
GtkWindow *
myo_about_window_new (MyoKb *kb)
{
  static const char *developers[] = { "The Myomap developers", NULL };
  static const char *designers[] = { "The Myomap developers (app icon, diagrams)", NULL };
  g_autofree char *sources = NULL;
  g_autofree char *release_notes = myo_about_dup_release_notes ();
  GtkWidget *about;

  g_return_val_if_fail (MYO_IS_KB (kb), NULL);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application-name", _("Myomap"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Myomap developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/myomap/myomap",
                        "issue-url", "https://github.com/myomap/myomap/issues",
                        "developers", developers,
                        "designers", designers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        "copyright", "© 2026 The Myomap developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", myo_kb_get_disclaimer (kb),
                        "release-notes-version", MYO_RELEASE_NOTES_VERSION,
                        "release-notes", release_notes,
                        NULL);

  sources = myo_about_dup_sources (kb);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Sources of the Medical Content"), NULL,
                                      GTK_LICENSE_CUSTOM, sources);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Medical Content Based on the Work of"),
                                       (const char *[]) {
                                         "Janet G. Travell, David G. Simons (The Trigger Point Manual)",
                                         "Clair Davies, Amber Davies (The Trigger Point Therapy Workbook)",
                                         NULL,
                                       });

  return GTK_WINDOW (about);
}
