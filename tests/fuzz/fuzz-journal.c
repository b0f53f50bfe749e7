/* fuzz-journal.c: the journal loader, and what the history does with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-fuzz.h"
#include "myo-journal-private.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static MyoKb *kb;
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoJournal) journal = NULL;
  g_autoptr(MyoJournal) reread = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  gboolean damaged;
  guint n;

  if (kb == NULL)
    kb = myo_kb_get_default ();

  journal = _myo_journal_new_from_data ((const char *) data, size, &damaged, &error);
  g_assert ((journal == NULL) != (error == NULL));
  if (journal == NULL)
    return 0;

  /* Every entry read opens on the map, or says why not */
  n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(MyoSession) session = myo_journal_entry_to_session (entry, kb, &local_error);

      g_assert ((session == NULL) != (local_error == NULL));
      g_assert_cmpint (myo_journal_entry_get_pain_before (entry), <=, 10);
    }

  /* The exports; the file format written back reads back whole */
  csv = myo_journal_to_csv (journal);
  g_assert_true (g_str_has_prefix (csv, "session_id,"));
  json = myo_journal_to_json (journal);
  reread = _myo_journal_new_from_data (json, strlen (json), &damaged, &error);
  g_assert_no_error (error);
  g_assert_false (damaged);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reread)), ==, n);

  return 0;
}
