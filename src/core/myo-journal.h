/* myo-journal.h: every session a person kept, safely on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "myo-journal-entry.h"

G_BEGIN_DECLS

/* 3: entries may hold painted areas and the pain ratings; 1 and 2 are
 * read and rewritten as 3 */
#define MYO_JOURNAL_SCHEMA_VERSION 3
#define MYO_JOURNAL_ERROR (myo_journal_error_quark ())

/* A real journal is a few MB (10,000 sessions take about 6 MB, 80,000 fit
 * under the write limit). It is read up to a limit well above what is
 * written, so Myomap always reads back what it wrote; the node limits
 * bound the memory a hostile file can make the parser take. */
#define MYO_JOURNAL_MAX_READ_SIZE   (64 * 1024 * 1024)
#define MYO_JOURNAL_MAX_WRITE_SIZE  (48 * 1024 * 1024)
#define MYO_JOURNAL_MAX_READ_NODES  (16 * 1024 * 1024)
#define MYO_JOURNAL_MAX_WRITE_NODES (12 * 1024 * 1024)

typedef enum
{
  MYO_JOURNAL_ERROR_INVALID,
  MYO_JOURNAL_ERROR_NOT_FOUND,
  MYO_JOURNAL_ERROR_FULL,
} MyoJournalError;

#define MYO_TYPE_JOURNAL (myo_journal_get_type ())

/* A GListModel of MyoJournalEntry, newest first */
G_DECLARE_FINAL_TYPE (MyoJournal, myo_journal, MYO, JOURNAL, GObject)

GQuark                 myo_journal_error_quark              (void);

MyoJournal            *myo_journal_new                      (const char       *path);
const char            *myo_journal_get_path                 (MyoJournal       *self);
gboolean               myo_journal_load                     (MyoJournal       *self,
                                                             GError          **error);
const char            *myo_journal_get_moved_aside          (MyoJournal       *self);
gboolean               myo_journal_changed_on_disk          (MyoJournal       *self);
gboolean               myo_journal_add                      (MyoJournal       *self,
                                                             MyoJournalEntry  *entry,
                                                             GError          **error);
gboolean               myo_journal_add_all                  (MyoJournal       *self,
                                                             GPtrArray        *entries,
                                                             GError          **error);
gboolean               myo_journal_remove                   (MyoJournal       *self,
                                                             const char       *id,
                                                             GError          **error);
MyoJournalEntry       *myo_journal_lookup                   (MyoJournal       *self,
                                                             const char       *id);
gboolean               myo_journal_save                     (MyoJournal       *self,
                                                             GError          **error);
void                   myo_journal_cache_texts              (MyoJournal       *self);
char                  *myo_journal_to_csv                   (MyoJournal       *self);
char                  *myo_journal_to_json                  (MyoJournal       *self);
char                  *myo_journal_default_path             (void);
GPtrArray             *myo_journal_get_problems             (MyoJournal       *self);

G_END_DECLS
