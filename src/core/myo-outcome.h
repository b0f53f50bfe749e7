/* myo-outcome.h: pain ratings, change against an episode's first session, adherence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "myo-journal.h"

G_BEGIN_DECLS

/* IMMPACT (Dworkin et al. 2008, J Pain 9:105–121): a 30 % reduction of pain
 * intensity is a moderately important change, 50 % a substantial one */
#define MYO_OUTCOME_MODERATE_PERCENT    30.0
#define MYO_OUTCOME_SUBSTANTIAL_PERCENT 50.0
/* Sessions further apart than this start a new episode */
#define MYO_OUTCOME_EPISODE_GAP_DAYS    30

typedef enum
{
  MYO_CHANGE_UNKNOWN,      /* no baseline, or a baseline of 0 */
  MYO_CHANGE_WORSE,
  MYO_CHANGE_NO_IMPORTANT, /* less than 30 % better, not worse */
  MYO_CHANGE_MODERATE,     /* 30 % to 50 % better */
  MYO_CHANGE_SUBSTANTIAL,  /* 50 % better or more */
} MyoChangeCategory;

typedef struct
{
  int               baseline;  /* 0–10, or -1 */
  int               current;   /* 0–10, or -1 */
  double            points;    /* current − baseline: negative is better */
  double            percent;   /* reduction from the baseline, in % */
  MyoChangeCategory category;
} MyoChange;

typedef struct
{
  const char *muscle_id;
  const char *muscle_name;
  double      minutes;
} MyoMuscleMinutes;

typedef struct
{
  guint   n_sessions;
  guint   n_routines;          /* sessions with at least one routine done */
  double  weeks;               /* from the first session to the last, at least 1 */
  double  routines_per_week;
  GArray *minutes;             /* MyoMuscleMinutes, most first */
} MyoAdherence;

MyoChange          myo_change_between              (int                baseline,
                                                    int                current);
const char        *myo_change_category_get_label   (MyoChangeCategory  category);
char              *myo_change_dup_text             (const MyoChange   *change);
int                myo_outcome_session_pain        (MyoSession        *session);
int                myo_outcome_entry_pain          (MyoJournalEntry   *entry);
int                myo_outcome_entry_before        (MyoJournalEntry   *entry);
MyoJournalEntry   *myo_outcome_find_baseline       (GListModel        *journal,
                                                    GDateTime         *when);
MyoChange          myo_outcome_change_from_baseline (GListModel       *journal,
                                                    GDateTime         *when,
                                                    int                current);
double             myo_outcome_routine_minutes     (const MyoTriggerPoint *trp);
MyoAdherence      *myo_adherence_new               (GListModel        *journal,
                                                    MyoKb             *kb,
                                                    GDateTime         *since);
void               myo_adherence_free              (MyoAdherence      *adherence);
char              *myo_adherence_dup_text          (const MyoAdherence *adherence);
char              *myo_outcome_dup_journal_summary (GListModel        *journal,
                                                    MyoKb             *kb);
char              *myo_outcome_dup_entry_text      (MyoJournalEntry   *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MyoAdherence, myo_adherence_free)

G_END_DECLS
