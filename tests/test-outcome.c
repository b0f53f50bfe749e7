/* test-outcome.c: change against an episode's first session, adherence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-outcome.h"
#include "myo-test-utils.h"

/* The IMMPACT thresholds, exactly at and either side of them */
static void
test_categories (void)
{
  struct { int baseline, current; MyoChangeCategory category; double percent; } cases[] = {
    { 10, 7, MYO_CHANGE_MODERATE, 30 },
    { 10, 8, MYO_CHANGE_NO_IMPORTANT, 20 },
    { 10, 6, MYO_CHANGE_MODERATE, 40 },
    { 10, 5, MYO_CHANGE_SUBSTANTIAL, 50 },
    { 6, 3, MYO_CHANGE_SUBSTANTIAL, 50 },
    { 7, 5, MYO_CHANGE_NO_IMPORTANT, 200.0 / 7 },
    { 3, 2, MYO_CHANGE_MODERATE, 100.0 / 3 },
    { 4, 2, MYO_CHANGE_SUBSTANTIAL, 50 },
    { 8, 0, MYO_CHANGE_SUBSTANTIAL, 100 },
    { 5, 5, MYO_CHANGE_NO_IMPORTANT, 0 },
    { 5, 6, MYO_CHANGE_WORSE, -20 },
    { 0, 0, MYO_CHANGE_UNKNOWN, 0 },
    { 0, 2, MYO_CHANGE_WORSE, 0 },
    { -1, 4, MYO_CHANGE_UNKNOWN, 0 },
    { 4, -1, MYO_CHANGE_UNKNOWN, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MyoChange change = myo_change_between (cases[i].baseline, cases[i].current);

      g_test_message ("%d → %d", cases[i].baseline, cases[i].current);
      g_assert_cmpint (change.category, ==, cases[i].category);
      g_assert_cmpfloat_with_epsilon (change.percent, cases[i].percent, 1e-9);
      if (cases[i].baseline >= 0 && cases[i].current >= 0)
        g_assert_cmpfloat (change.points, ==, cases[i].current - cases[i].baseline);
    }

  g_assert_cmpstr (myo_change_category_get_label (MYO_CHANGE_MODERATE), ==, "moderate improvement");
  g_assert_cmpstr (myo_change_category_get_label (MYO_CHANGE_SUBSTANTIAL), ==, "substantial improvement");

  {
    MyoChange change = myo_change_between (6, 3);
    g_autofree char *text = myo_change_dup_text (&change);

    g_assert_cmpstr (text, ==, "6 → 3: -3 points (50 % less), substantial improvement");
  }
}

static void
test_session_pain (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);

  g_assert_cmpint (myo_outcome_session_pain (session), ==, -1);
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 7);
  g_assert_cmpint (myo_outcome_session_pain (session), ==, 7);
  myo_session_set_rating (session, MYO_PAIN_NOW, 5);
  g_assert_cmpint (myo_outcome_session_pain (session), ==, 5);
  myo_session_set_rating (session, MYO_PAIN_AVERAGE, 4);
  g_assert_cmpint (myo_outcome_session_pain (session), ==, 4);
  myo_session_set_rating (session, MYO_PAIN_WORST, 9);
  g_assert_cmpint (myo_outcome_session_pain (session), ==, 4);
}

/* Sessions at the given days from 2026-01-05, the average pain rated, and
 * the routine of soleus-1 done in those with @routine set */
static GListModel *
make_journal (const guint    *days,
              const int      *average,
              const gboolean *routine,
              guint           n)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GListStore *store = g_list_store_new (MYO_TYPE_JOURNAL_ENTRY);
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 1, 5, 9, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MyoSession) session = myo_session_new (kb);
      g_autoptr(GDateTime) started = g_date_time_add_days (start, days[i]);
      g_autoptr(MyoJournalEntry) entry = NULL;
      const char *done[] = { "soleus-1:left", NULL };

      add_in_region (session, "back-heel", MYO_SIDE_LEFT, 8);
      myo_session_set_rating (session, MYO_PAIN_AVERAGE, average[i]);
      entry = myo_journal_entry_new_from_session (session, NULL, started, NULL);
      if (routine[i])
        myo_journal_entry_set_routines_done (entry, done);
      g_list_store_insert (store, 0, entry);
    }

  return G_LIST_MODEL (store);
}

/* A journal row's words: before and after, the ratings; an entry with
 * only painted areas is not "No pain marked" */
static void
test_entry_text (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoSession) empty = myo_session_new (kb);
  g_autoptr(MyoJournalEntry) entry = NULL;
  g_autoptr(MyoJournalEntry) nothing = NULL;
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;
  g_autoptr(GError) error = NULL;
  MyoPoint heel = region_point (kb, "back-heel", MYO_SIDE_LEFT);

  g_assert_cmpuint (myo_session_add_stroke (session, "back", &heel, 1, 8, 6, FALSE, &error), !=, 0);
  myo_session_set_rating (session, MYO_PAIN_NOW, 5);
  myo_session_set_rating (session, MYO_PAIN_WORST, 7);
  myo_session_set_pain_after (session, 2);
  entry = myo_journal_entry_new_from_session (session, NULL, NULL, NULL);
  text = myo_outcome_dup_entry_text (entry);
  g_assert_cmpstr (text, ==, "Pain 5 → 2 · now 5, worst 7");

  nothing = myo_journal_entry_new_from_session (empty, NULL, NULL, NULL);
  none = myo_outcome_dup_entry_text (nothing);
  g_assert_cmpstr (none, ==, "No pain marked");
}

static void
test_episode_baseline (void)
{
  const guint days[] = { 0, 7, 14, 60, 67 };
  const int average[] = { 8, 6, 4, 6, 3 };
  const gboolean routine[] = { TRUE, TRUE, FALSE, TRUE, TRUE };
  g_autoptr(GListModel) journal = make_journal (days, average, routine, G_N_ELEMENTS (days));
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 1, 5, 9, 0, 0);
  g_autoptr(GDateTime) third = g_date_time_add_days (start, 14);
  g_autoptr(GDateTime) last = g_date_time_add_days (start, 67);
  MyoChange change;

  /* The first episode starts on day 0 */
  g_assert_true (myo_journal_entry_get_started (myo_outcome_find_baseline (journal, third)) != NULL);
  g_assert_cmpint (g_date_time_compare (myo_journal_entry_get_started (myo_outcome_find_baseline (journal, third)),
                                        start), ==, 0);
  change = myo_outcome_change_from_baseline (journal, third, 4);
  g_assert_cmpint (change.baseline, ==, 8);
  g_assert_cmpint (change.category, ==, MYO_CHANGE_SUBSTANTIAL);

  /* 46 days without a session start a new episode on day 60 */
  change = myo_outcome_change_from_baseline (journal, last, 3);
  g_assert_cmpint (change.baseline, ==, 6);
  g_assert_cmpfloat (change.percent, ==, 50);

  /* Nothing before: no baseline */
  {
    g_autoptr(GDateTime) before = g_date_time_add_days (start, -1);

    g_assert_null (myo_outcome_find_baseline (journal, before));
    g_assert_cmpint (myo_outcome_change_from_baseline (journal, before, 3).category, ==, MYO_CHANGE_UNKNOWN);
  }
}

static void
test_adherence (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const guint days[] = { 0, 7, 14, 20 };
  const int average[] = { 8, 6, 4, 4 };
  const gboolean routine[] = { TRUE, TRUE, FALSE, TRUE };
  g_autoptr(GListModel) journal = make_journal (days, average, routine, G_N_ELEMENTS (days));
  g_autoptr(MyoAdherence) adherence = myo_adherence_new (journal, kb, NULL);
  const MyoTriggerPoint *soleus = myo_kb_lookup_trigger_point (kb, "soleus-1");
  double per_routine = myo_outcome_routine_minutes (soleus);
  g_autofree char *text = NULL;

  g_assert_cmpfloat (per_routine, >, 0);
  g_assert_cmpuint (adherence->n_sessions, ==, 4);
  g_assert_cmpuint (adherence->n_routines, ==, 3);
  g_assert_cmpfloat_with_epsilon (adherence->weeks, 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (adherence->routines_per_week, 1.0, 1e-9);
  g_assert_cmpuint (adherence->minutes->len, ==, 1);
  g_assert_cmpstr (g_array_index (adherence->minutes, MyoMuscleMinutes, 0).muscle_id, ==, soleus->muscle->id);
  g_assert_cmpfloat_with_epsilon (g_array_index (adherence->minutes, MyoMuscleMinutes, 0).minutes,
                                  3 * per_routine, 1e-9);
  text = myo_adherence_dup_text (adherence);
  g_assert_nonnull (strstr (text, "1.0 routines a week"));
  g_assert_nonnull (strstr (text, soleus->muscle->name));

  /* The history's sentence: the latest against the first, and adherence */
  {
    g_autofree char *summary = myo_outcome_dup_journal_summary (journal, kb);

    g_assert_nonnull (strstr (summary, "8 → 4: -4 points (50 % less), substantial improvement"));
    g_assert_nonnull (strstr (summary, "Adherence: 1.0 routines a week"));
  }

  /* Since day 14: two sessions, one routine, at least a week */
  {
    g_autoptr(GDateTime) start = g_date_time_new_local (2026, 1, 5, 9, 0, 0);
    g_autoptr(GDateTime) since = g_date_time_add_days (start, 14);
    g_autoptr(MyoAdherence) recent = myo_adherence_new (journal, kb, since);

    g_assert_cmpuint (recent->n_sessions, ==, 2);
    g_assert_cmpuint (recent->n_routines, ==, 1);
    g_assert_cmpfloat (recent->weeks, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/outcome/categories", test_categories);
  g_test_add_func ("/myo/outcome/session-pain", test_session_pain);
  g_test_add_func ("/myo/outcome/episode-baseline", test_episode_baseline);
  g_test_add_func ("/myo/outcome/entry-text", test_entry_text);
  g_test_add_func ("/myo/outcome/adherence", test_adherence);

  return g_test_run ();
}
