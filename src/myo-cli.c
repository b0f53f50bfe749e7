/* myo-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-cli.h"
#include "myo-export.h"
#include "myo-journal.h"
#include "myo-store.h"
#include "myo-json.h"
#include "myo-report.h"

/**
 * myo_cli_validate_kb:
 *
 * Prints every problem of the knowledge base in @path as
 * "FILE: $.path: message" on stderr.
 *
 * Returns: 0 when valid, %MYO_EXIT_DATAERR otherwise
 */
int
myo_cli_validate_kb (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_new_from_file (path, &error);

  if (kb == NULL)
    {
      g_printerr ("%s\n", error->message);
      return MYO_EXIT_DATAERR;
    }

  g_print (_("%s: valid (%u muscles, %u trigger points, %u regions)\n"), path,
           myo_kb_get_muscles (kb)->len, myo_kb_get_trigger_points (kb)->len,
           myo_kb_get_regions (kb)->len);
  return 0;
}

/**
 * myo_cli_report:
 *
 * Prints the ranked candidates, the combination and the routine for the
 * session file at @path.
 *
 * Returns: 0, or %MYO_EXIT_DATAERR when the session cannot be read
 */
int
myo_cli_report (const char *path,
                gboolean    as_json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new_from_file (kb, path, &error);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(MyoRoutine) routine = NULL;

  if (session == NULL)
    {
      g_printerr ("%s\n", error->message);
      return MYO_EXIT_DATAERR;
    }

  /* Scripts read stderr for what went wrong; the report says it too */
  for (guint i = 0; i < myo_session_get_load_warnings (session)->len; i++)
    g_printerr ("%s: %s\n", path, (const char *) g_ptr_array_index (myo_session_get_load_warnings (session), i));

  match = myo_match_new (session);
  routine = myo_routine_new_for_match (match);

  if (as_json)
    {
      g_autoptr(json_object) report = myo_report_to_json (match, routine);

      json_object_object_add (report, "file", json_object_new_string (path));
      g_print ("%s\n", json_object_to_json_string_ext (report, JSON_C_TO_STRING_PRETTY |
                                                       JSON_C_TO_STRING_SPACED |
                                                       JSON_C_TO_STRING_NOSLASHESCAPE));
    }
  else
    {
      g_autofree char *report = myo_report_to_text (match, routine);

      g_print ("%s\n\n%s", path, report);
    }

  return 0;
}

/**
 * myo_cli_export_journal:
 * @path: where to write; ".json" exports JSON, anything else CSV
 *
 * Returns: 0, %MYO_EXIT_DATAERR when the journal cannot be read, or 73
 *   (EX_CANTCREAT) when the export cannot be written
 */
int
myo_cli_export_journal (const char *path)
{
  g_autofree char *dir = myo_store_default_dir ();
  g_autoptr(MyoStore) store = myo_store_new (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  MyoJournal *journal;

  /* Under the lock every writer of the journal takes */
  if (!myo_store_load_journal (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return MYO_EXIT_DATAERR;
    }

  journal = myo_store_get_journal (store);

  if (myo_journal_get_moved_aside (journal) != NULL)
    g_printerr (_("Part of the journal could not be read; it was kept as %s\n"),
                myo_journal_get_moved_aside (journal));

  text = g_str_has_suffix (path, ".json") ? myo_journal_to_json (journal) : myo_journal_to_csv (journal);
  if (!myo_file_write_atomic (path, text, strlen (text), &error))
    {
      g_printerr (_("Could not write %s: %s\n"), path, error->message);
      return MYO_EXIT_CANTCREAT;
    }

  g_print (_("Exported %u sessions to %s\n"), g_list_model_get_n_items (G_LIST_MODEL (journal)), path);
  return 0;
}

static int
write_export (MyoExport  *export,
              const char *output,
              double      width,
              double      height)
{
  g_autoptr(GError) error = NULL;

  if (width > 0)
    myo_export_set_page_size (export, width, height);

  if (!myo_export_write_pdf (export, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return MYO_EXIT_CANTCREAT;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%u page)\n", "Wrote %s (%u pages)\n",
                        myo_export_get_n_pages (export)),
           output, myo_export_get_n_pages (export));
  return 0;
}

/**
 * myo_cli_export_pdf:
 * @handout: %TRUE for the patient handout, %FALSE for the session report
 * @output: the PDF to write
 * @paper: (nullable): "a4" or "letter"; the locale's paper when %NULL
 *
 * Returns: 0, %MYO_EXIT_USAGE for a bad paper name, %MYO_EXIT_DATAERR when
 *   the session cannot be read or has nothing to hand out, or
 *   %MYO_EXIT_CANTCREAT when the PDF cannot be written
 */
int
myo_cli_export_pdf (const char *session_path,
                    gboolean    handout,
                    const char *output,
                    const char *paper)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(MyoExport) export = NULL;
  double width = 0, height = 0;

  if (paper != NULL && !myo_paper_lookup (paper, &width, &height, &error))
    {
      g_printerr ("%s\n", error->message);
      return MYO_EXIT_USAGE;
    }

  session = myo_session_new_from_file (kb, session_path, &error);
  if (session == NULL)
    {
      g_printerr ("%s\n", error->message);
      return MYO_EXIT_DATAERR;
    }

  if (handout)
    export = myo_export_new_handout_for_session (session, &error);
  else
    export = myo_export_new_report (session);
  if (export == NULL)
    {
      g_printerr ("%s: %s\n", session_path, error->message);
      return MYO_EXIT_DATAERR;
    }

  {
    g_autofree char *name = g_path_get_basename (session_path);

    myo_export_set_source_name (export, name);
  }

  return write_export (export, output, paper != NULL ? width : 0, height);
}

/**
 * myo_cli_export_handout_points:
 * @ids: trigger point ids separated by commas, each optionally followed by
 *   ":left" or ":right"
 *
 * Returns: 0, %MYO_EXIT_USAGE for a bad paper name, %MYO_EXIT_DATAERR for
 *   an unknown trigger point, or %MYO_EXIT_CANTCREAT
 */
int
myo_cli_export_handout_points (const char *ids,
                               const char *output,
                               const char *paper)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoExport) export = NULL;
  g_auto(GStrv) list = g_strsplit (ids, ",", -1);
  double width = 0, height = 0;

  if (paper != NULL && !myo_paper_lookup (paper, &width, &height, &error))
    {
      g_printerr ("%s\n", error->message);
      return MYO_EXIT_USAGE;
    }

  for (guint i = 0; list[i] != NULL; i++)
    g_strstrip (list[i]);

  export = myo_export_new_handout_for_ids (kb, (const char * const *) list, &error);
  if (export == NULL)
    {
      g_printerr ("%s\n", error->message);
      return MYO_EXIT_DATAERR;
    }

  return write_export (export, output, width, height);
}
