/* fuzz-session.c: the session-file loader, and what follows a load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-fuzz.h"
#include "myo-journal.h"
#include "myo-report.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static MyoKb *kb;
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(MyoRoutine) routine = NULL;
  g_autoptr(MyoJournalEntry) entry = NULL;
  g_autoptr(MyoSession) again = NULL;
  g_autofree char *text = NULL;

  if (kb == NULL)
    kb = myo_kb_get_default ();

  session = myo_session_new_from_data (kb, (const char *) data, size, "fuzz.myomap", &error);
  g_assert ((session == NULL) != (error == NULL));
  if (session == NULL)
    {
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  /* What `myomap --report` and the window do with a session they opened */
  match = myo_match_new (session);
  routine = myo_routine_new_for_match (match);
  text = myo_report_to_text (match, routine);
  g_assert_nonnull (text);

  /* Kept in the journal and opened from it again: the same points */
  entry = myo_journal_entry_new_from_session (session, match, NULL, NULL);
  again = myo_journal_entry_to_session (entry, kb, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (again), ==, myo_session_get_n_points (session));

  return 0;
}
