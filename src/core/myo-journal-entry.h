/* myo-journal-entry.h: one session as the journal keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "myo-match.h"

G_BEGIN_DECLS

/* A point as it was recorded: plain values, so an entry stays readable even
 * when a later knowledge base renames a region */
typedef struct
{
  char   *view;
  double  x;
  double  y;
  int     intensity;
  char   *quality;  /* nullable */
  char   *side;     /* "left" or "right" */
  char   *region;   /* region id */
} MyoJournalPoint;

/* A painted stroke as it was recorded */
typedef struct
{
  char     *view;
  int       intensity;  /* 0 for an eraser */
  double    radius;
  gboolean  eraser;
  guint     n_points;
  MyoPoint *points;
} MyoJournalStroke;

#define MYO_TYPE_JOURNAL_ENTRY (myo_journal_entry_get_type ())

G_DECLARE_FINAL_TYPE (MyoJournalEntry, myo_journal_entry, MYO, JOURNAL_ENTRY, GObject)

MyoJournalEntry       *myo_journal_entry_new_from_session   (MyoSession       *session,
                                                             MyoMatch         *match,
                                                             GDateTime        *started,
                                                             const char       *note);
const char            *myo_journal_entry_get_id             (MyoJournalEntry  *self);
GDateTime             *myo_journal_entry_get_started        (MyoJournalEntry  *self);
guint                  myo_journal_entry_get_n_points       (MyoJournalEntry  *self);
const MyoJournalPoint *myo_journal_entry_get_point          (MyoJournalEntry  *self,
                                                             guint             index);
int                    myo_journal_entry_get_pain_before    (MyoJournalEntry  *self);
int                    myo_journal_entry_get_pain_after     (MyoJournalEntry  *self);
int                    myo_journal_entry_get_rating         (MyoJournalEntry  *self,
                                                             MyoPainRating     rating);
guint                  myo_journal_entry_get_n_strokes      (MyoJournalEntry  *self);
const MyoJournalStroke *myo_journal_entry_get_stroke        (MyoJournalEntry  *self,
                                                             guint             index);
const char            *myo_journal_entry_get_top_candidate  (MyoJournalEntry  *self);
const char            *myo_journal_entry_get_top_candidate_label (MyoJournalEntry *self);
const char * const    *myo_journal_entry_get_routines_done  (MyoJournalEntry  *self);
const char            *myo_journal_entry_get_note           (MyoJournalEntry  *self);
void                   myo_journal_entry_set_routines_done  (MyoJournalEntry  *self,
                                                             const char * const *routines_done);
MyoSession            *myo_journal_entry_to_session         (MyoJournalEntry  *self,
                                                             MyoKb            *kb,
                                                             GError          **error);

G_END_DECLS
