/* myo-journal-entry-private.h: the entry's fields, for the journal that
 * reads and writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-journal-entry.h"
#include "myo-json-reader.h"

G_BEGIN_DECLS

struct _MyoJournalEntry
{
  GObject      parent_instance;

  char        *id;
  GDateTime   *started;
  GArray      *points;  /* MyoJournalPoint */
  GArray      *strokes; /* MyoJournalStroke */
  int          ratings[MYO_N_PAIN_RATINGS];
  int          pain_before;
  int          pain_after;
  char        *top_candidate;
  char        *top_candidate_label;
  char       **routines_done;
  json_object *answers;  /* as in a session file, nullable */
  char        *note;

  /* The entry as the file holds it, kept once written: saving 10,000
   * sessions then copies text instead of formatting every number again */
  char        *text;
  gsize        text_length;
};

json_object     *_myo_journal_entry_to_json       (MyoJournalEntry *self);
MyoJournalEntry *_myo_journal_entry_new_from_json (MyoJsonReader   *reader,
                                                   json_object     *object,
                                                   guint            schema,
                                                   guint            index,
                                                   GTimeZone       *local);

G_END_DECLS
