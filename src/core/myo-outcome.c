/* myo-outcome.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "myo-outcome.h"

/* The outcome of a session is one number on the 0–10 scale: the average
 * pain the person rated, else the pain now, else the strongest intensity
 * they marked (points or areas), so journals written before the ratings
 * existed still have an outcome. Change is read against the first session
 * of the episode: the run of sessions with no gap longer than
 * MYO_OUTCOME_EPISODE_GAP_DAYS between them. The categories are IMMPACT's
 * (Dworkin et al. 2008, J Pain 9:105–121): a reduction of at least 30 % is
 * moderately important, of at least 50 % substantial. */

/**
 * myo_change_between:
 * @baseline: 0–10, or -1 when unknown
 * @current: 0–10, or -1 when unknown
 *
 * Returns: the change, in points and as a reduction in percent, and its
 *   IMMPACT category
 */
MyoChange
myo_change_between (int baseline,
                    int current)
{
  MyoChange change = { baseline, current, 0, 0, MYO_CHANGE_UNKNOWN };

  if (baseline < 0 || current < 0)
    return change;

  change.points = current - baseline;
  if (baseline == 0)
    {
      change.category = current > 0 ? MYO_CHANGE_WORSE : MYO_CHANGE_UNKNOWN;
      return change;
    }

  change.percent = 100.0 * (baseline - current) / baseline;
  if (current > baseline)
    change.category = MYO_CHANGE_WORSE;
  else if (change.percent >= MYO_OUTCOME_SUBSTANTIAL_PERCENT)
    change.category = MYO_CHANGE_SUBSTANTIAL;
  else if (change.percent >= MYO_OUTCOME_MODERATE_PERCENT)
    change.category = MYO_CHANGE_MODERATE;
  else
    change.category = MYO_CHANGE_NO_IMPORTANT;

  return change;
}

const char *
myo_change_category_get_label (MyoChangeCategory category)
{
  switch (category)
    {
    case MYO_CHANGE_WORSE:
      return _("worse");
    case MYO_CHANGE_NO_IMPORTANT:
      return _("no important change");
    case MYO_CHANGE_MODERATE:
      return _("moderate improvement");
    case MYO_CHANGE_SUBSTANTIAL:
      return _("substantial improvement");
    case MYO_CHANGE_UNKNOWN:
    default:
      return _("no baseline to compare with");
    }
}

/**
 * myo_change_dup_text:
 *
 * Returns: (transfer full): e.g. "6 → 3: −3 points (50 % less), substantial improvement"
 */
char *
myo_change_dup_text (const MyoChange *change)
{
  if (change->baseline < 0 || change->current < 0)
    return g_strdup (myo_change_category_get_label (MYO_CHANGE_UNKNOWN));

  if (change->baseline == 0)
    /* Translators: the pain at the start, now, then the change in words */
    return g_strdup_printf (_("%d → %d: %s"), change->baseline, change->current,
                            myo_change_category_get_label (change->category));

  /* Translators: pain at the start, now, the change in points, the
   * reduction in percent, then the change in words */
  return g_strdup_printf (_("%d → %d: %+g points (%.0f %% less), %s"), change->baseline,
                          change->current, change->points, change->percent,
                          myo_change_category_get_label (change->category));
}

/**
 * myo_outcome_session_pain:
 *
 * Returns: the pain the session's outcome is measured by (see above), or
 *   -1 when nothing was rated or marked
 */
int
myo_outcome_session_pain (MyoSession *session)
{
  int worst;

  g_return_val_if_fail (MYO_IS_SESSION (session), -1);

  if (myo_session_get_rating (session, MYO_PAIN_AVERAGE) >= 0)
    return myo_session_get_rating (session, MYO_PAIN_AVERAGE);
  if (myo_session_get_rating (session, MYO_PAIN_NOW) >= 0)
    return myo_session_get_rating (session, MYO_PAIN_NOW);

  worst = myo_session_get_worst_marked (session);
  return worst > 0 ? worst : -1;
}

/**
 * myo_outcome_entry_pain:
 *
 * Returns: the pain a journal entry's outcome is measured by, or -1
 */
int
myo_outcome_entry_pain (MyoJournalEntry *entry)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (entry), -1);

  if (myo_journal_entry_get_rating (entry, MYO_PAIN_AVERAGE) >= 0)
    return myo_journal_entry_get_rating (entry, MYO_PAIN_AVERAGE);
  if (myo_journal_entry_get_rating (entry, MYO_PAIN_NOW) >= 0)
    return myo_journal_entry_get_rating (entry, MYO_PAIN_NOW);

  return myo_journal_entry_get_pain_before (entry) > 0 ? myo_journal_entry_get_pain_before (entry) : -1;
}

/**
 * myo_outcome_entry_before:
 *
 * Returns: the pain before the routine: the pain now if rated, else the
 *   strongest marked, or -1
 */
int
myo_outcome_entry_before (MyoJournalEntry *entry)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (entry), -1);

  if (myo_journal_entry_get_rating (entry, MYO_PAIN_NOW) >= 0)
    return myo_journal_entry_get_rating (entry, MYO_PAIN_NOW);

  return myo_journal_entry_get_pain_before (entry) > 0 ? myo_journal_entry_get_pain_before (entry) : -1;
}

static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  return g_date_time_compare (myo_journal_entry_get_started (*(MyoJournalEntry **) a),
                              myo_journal_entry_get_started (*(MyoJournalEntry **) b));
}

/**
 * myo_outcome_find_baseline:
 * @journal: a list of #MyoJournalEntry, in any order
 * @when: the time of the session to compare
 *
 * Returns: (transfer none) (nullable): the first session of the episode
 *   that @when belongs to, among the sessions up to @when
 */
MyoJournalEntry *
myo_outcome_find_baseline (GListModel *journal,
                           GDateTime  *when)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GTimeSpan gap = MYO_OUTCOME_EPISODE_GAP_DAYS * G_TIME_SPAN_DAY;
  MyoJournalEntry *first = NULL;
  GDateTime *previous = when;

  g_return_val_if_fail (G_IS_LIST_MODEL (journal), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      MyoJournalEntry *entry = g_list_model_get_item (journal, i);

      if (g_date_time_compare (myo_journal_entry_get_started (entry), when) <= 0)
        g_ptr_array_add (entries, entry);
      else
        g_object_unref (entry);
    }
  g_ptr_array_sort (entries, compare_oldest_first);

  /* Back from @when while sessions follow each other closely enough */
  for (guint i = entries->len; i > 0; i--)
    {
      MyoJournalEntry *entry = g_ptr_array_index (entries, i - 1);
      GDateTime *started = myo_journal_entry_get_started (entry);

      if (g_date_time_difference (previous, started) > gap)
        break;
      first = entry;
      previous = started;
    }

  /* The journal holds a reference */
  return first;
}

/**
 * myo_outcome_change_from_baseline:
 * @when: the time of the session
 * @current: its pain, see myo_outcome_session_pain()
 *
 * Returns: the change from the first session of @when's episode
 */
MyoChange
myo_outcome_change_from_baseline (GListModel *journal,
                                  GDateTime  *when,
                                  int         current)
{
  MyoJournalEntry *baseline = myo_outcome_find_baseline (journal, when);

  return myo_change_between (baseline != NULL ? myo_outcome_entry_pain (baseline) : -1, current);
}

/**
 * myo_outcome_routine_minutes:
 *
 * Returns: the time the timed steps of @trp's routine take as dosed (hold
 *   times their repetitions), in minutes
 */
double
myo_outcome_routine_minutes (const MyoTriggerPoint *trp)
{
  double seconds = 0;

  g_return_val_if_fail (trp != NULL, 0);

  if (trp->routine == NULL)
    return 0;

  for (guint i = 0; i < trp->routine->steps->len; i++)
    {
      const MyoStep *step = g_ptr_array_index (trp->routine->steps, i);

      seconds += (double) step->hold_seconds * MAX (step->repetitions, 1);
    }

  return seconds / 60;
}

static int
compare_minutes (gconstpointer a,
                 gconstpointer b)
{
  const MyoMuscleMinutes *ma = a, *mb = b;

  if (ma->minutes != mb->minutes)
    return ma->minutes > mb->minutes ? -1 : 1;

  return g_strcmp0 (ma->muscle_id, mb->muscle_id);
}

/**
 * myo_adherence_new:
 * @journal: a list of #MyoJournalEntry
 * @since: (nullable): count only sessions from then on
 *
 * Routines done per week, over the span from the first session counted to
 * the last (at least a week), and the minutes each muscle was treated,
 * by the dosage of its routine's timed steps.
 *
 * Returns: (transfer full): the adherence
 */
MyoAdherence *
myo_adherence_new (GListModel *journal,
                   MyoKb      *kb,
                   GDateTime  *since)
{
  MyoAdherence *adherence = g_new0 (MyoAdherence, 1);
  g_autoptr(GHashTable) minutes = g_hash_table_new (NULL, NULL);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (G_IS_LIST_MODEL (journal), adherence);
  g_return_val_if_fail (MYO_IS_KB (kb), adherence);

  adherence->minutes = g_array_new (FALSE, FALSE, sizeof (MyoMuscleMinutes));

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (journal, i);
      GDateTime *started = myo_journal_entry_get_started (entry);
      const char * const *done = myo_journal_entry_get_routines_done (entry);

      if (since != NULL && g_date_time_compare (started, since) < 0)
        continue;

      adherence->n_sessions++;
      if (first == NULL || g_date_time_compare (started, first) < 0)
        {
          g_clear_pointer (&first, g_date_time_unref);
          first = g_date_time_ref (started);
        }
      if (last == NULL || g_date_time_compare (started, last) > 0)
        {
          g_clear_pointer (&last, g_date_time_unref);
          last = g_date_time_ref (started);
        }

      if (done[0] != NULL)
        adherence->n_routines++;

      for (guint k = 0; done[k] != NULL; k++)
        {
          g_autofree char *trp_id = g_strndup (done[k], strcspn (done[k], ":"));
          const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (kb, trp_id);
          double *sum;

          if (trp == NULL)
            continue;

          sum = g_hash_table_lookup (minutes, trp->muscle);
          if (sum == NULL)
            {
              sum = g_new0 (double, 1);
              g_hash_table_insert (minutes, (gpointer) trp->muscle, sum);
            }
          *sum += myo_outcome_routine_minutes (trp);
        }
    }

  adherence->weeks = 1;
  if (first != NULL)
    adherence->weeks = MAX (1.0, (g_date_time_difference (last, first) / (double) G_TIME_SPAN_DAY + 1) / 7);
  adherence->routines_per_week = adherence->n_routines / adherence->weeks;

  g_hash_table_iter_init (&iter, minutes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const MyoMuscle *muscle = key;
      MyoMuscleMinutes item = { muscle->id, muscle->name, *(double *) value };

      g_array_append_val (adherence->minutes, item);
      g_free (value);
    }
  g_array_sort (adherence->minutes, compare_minutes);

  return adherence;
}

void
myo_adherence_free (MyoAdherence *adherence)
{
  if (adherence == NULL)
    return;

  g_clear_pointer (&adherence->minutes, g_array_unref);
  g_free (adherence);
}

/**
 * myo_adherence_dup_text:
 *
 * Returns: (transfer full): e.g. "2.5 routines a week (5 in 2 weeks);
 *   Soleus 6 min, Gastrocnemius 3 min"
 */
char *
myo_adherence_dup_text (const MyoAdherence *adherence)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: routines per week, then the count and the span in weeks */
  g_string_append_printf (text, _("%.1f routines a week (%u in %.1f weeks)"),
                          adherence->routines_per_week, adherence->n_routines, adherence->weeks);

  for (guint i = 0; i < adherence->minutes->len; i++)
    {
      const MyoMuscleMinutes *item = &g_array_index (adherence->minutes, MyoMuscleMinutes, i);

      g_string_append (text, i == 0 ? "; " : ", ");
      /* Translators: a muscle and the minutes it was treated */
      g_string_append_printf (text, _("%s %.0f min"), item->muscle_name, item->minutes);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * myo_outcome_dup_journal_summary:
 * @journal: a list of #MyoJournalEntry
 *
 * Returns: (transfer full) (nullable): the latest session's change from
 *   the first session of its episode, then the adherence over the
 *   episode, or %NULL for an empty journal
 */
char *
myo_outcome_dup_journal_summary (GListModel *journal,
                                 MyoKb      *kb)
{
  g_autoptr(MyoJournalEntry) latest = NULL;
  g_autoptr(MyoAdherence) adherence = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *adherence_text = NULL;
  MyoJournalEntry *baseline;

  g_return_val_if_fail (G_IS_LIST_MODEL (journal), NULL);
  g_return_val_if_fail (MYO_IS_KB (kb), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (journal, i);

      if (latest == NULL ||
          g_date_time_compare (myo_journal_entry_get_started (entry), myo_journal_entry_get_started (latest)) > 0)
        g_set_object (&latest, entry);
    }

  if (latest == NULL)
    return NULL;

  baseline = myo_outcome_find_baseline (journal, myo_journal_entry_get_started (latest));
  if (baseline != NULL && baseline != latest)
    {
      MyoChange change = myo_change_between (myo_outcome_entry_pain (baseline), myo_outcome_entry_pain (latest));
      g_autofree char *change_text = myo_change_dup_text (&change);
      g_autofree char *date = g_date_time_format (myo_journal_entry_get_started (baseline), "%x");

      /* Translators: the change in words, then the date of the episode's first session */
      g_string_append_printf (text, _("Since the first session of this episode (%s): %s."), date, change_text);
      g_string_append_c (text, ' ');
    }

  adherence = myo_adherence_new (journal, kb, baseline != NULL ? myo_journal_entry_get_started (baseline) : NULL);
  adherence_text = myo_adherence_dup_text (adherence);
  /* Translators: routines a week and minutes per muscle */
  g_string_append_printf (text, _("Adherence: %s."), adherence_text);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * myo_outcome_dup_entry_text:
 *
 * Returns: (transfer full): a journal session's pain in short, e.g.
 *   "Pain 6 → 3 · now 5, average 4, worst 7"
 */
char *
myo_outcome_dup_entry_text (MyoJournalEntry *entry)
{
  static const char *names[MYO_N_PAIN_RATINGS] = { N_("now"), N_("average"), N_("worst") };
  g_autoptr(GString) text = g_string_new (NULL);
  int after, before;
  gboolean rated = FALSE;

  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (entry), NULL);

  after = myo_journal_entry_get_pain_after (entry);
  before = myo_outcome_entry_before (entry);

  if (myo_journal_entry_get_n_points (entry) == 0 && myo_journal_entry_get_n_strokes (entry) == 0)
    g_string_append (text, _("No pain marked"));
  else if (after < 0)
    /* Translators: the pain before, on a scale of 0 to 10 */
    g_string_append_printf (text, _("Pain %d"), before);
  else
    /* Translators: the pain before, then the pain after the routine */
    g_string_append_printf (text, _("Pain %d → %d"), before, after);

  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    {
      int value = myo_journal_entry_get_rating (entry, i);

      if (value < 0)
        continue;
      g_string_append (text, rated ? ", " : " · ");
      /* Translators: a rating's name ("now", "average", "worst") and its value */
      g_string_append_printf (text, _("%s %d"), _(names[i]), value);
      rated = TRUE;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
