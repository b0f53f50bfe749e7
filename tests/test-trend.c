/* test-trend.c: the pain trend read from the journal, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "myo-test-utils.h"
#include "myo-trend.h"

#define KNEE "back-knee"
#define HEEL "back-heel"

static void
test_summary_by_region (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  static const int knee[] = { 8, 6, 4, 2 };
  g_autoptr(GListModel) journal = make_region_journal (kb, KNEE, knee, NULL, G_N_ELEMENTS (knee), 14);
  g_autoptr(MyoTrend) trend = myo_trend_new ();
  g_autofree char *all = NULL;
  g_autofree char *knee_summary = NULL;
  g_autofree char *heel_summary = NULL;

  myo_trend_collect (trend, journal, NULL);
  g_assert_cmpuint (myo_trend_get_n_sessions (trend), ==, 4);
  all = myo_trend_dup_summary (trend, kb);
  /* 43 days: the first and last quarter (10 days) hold one session each */
  g_assert_cmpstr (all, ==, "Average pain fell from 8.0 to 2.0 over 6 weeks");

  myo_trend_collect (trend, journal, MYO_TREND_REGION_PREFIX KNEE);
  g_assert_cmpuint (myo_trend_get_n_sessions (trend), ==, 4);
  knee_summary = myo_trend_dup_summary (trend, kb);
  g_assert_cmpstr (knee_summary, ==, "Back of knee: average pain fell from 8.0 to 2.0 over 6 weeks");

  /* A region never marked lets no session through */
  myo_trend_collect (trend, journal, MYO_TREND_REGION_PREFIX HEEL);
  g_assert_cmpuint (myo_trend_get_n_sessions (trend), ==, 0);
  g_assert_false (myo_trend_get_span (trend, NULL, NULL));
  heel_summary = myo_trend_dup_summary (trend, kb);
  g_assert_true (g_str_has_suffix (heel_summary, ": no pain recorded yet"));
}

static void
test_candidate_named_from_kb (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  static const int knee[] = { 5, 5 };
  g_autoptr(GListModel) journal = make_region_journal (kb, KNEE, knee, NULL, G_N_ELEMENTS (knee), 1);
  g_autoptr(MyoJournalEntry) newest = g_list_model_get_item (journal, 0);
  const char *top = myo_journal_entry_get_top_candidate (newest);
  g_autoptr(MyoTrend) trend = myo_trend_new ();
  g_autofree char *filter = NULL;
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *unknown = NULL;

  g_assert_nonnull (top);
  name = myo_trend_dup_candidate_name (kb, top);
  /* Named from the knowledge base, without a leg: never parsed back from
   * the label the session was kept with */
  g_assert_nonnull (name);
  g_assert_null (strstr (name, "leg"));
  g_assert_true (g_str_has_prefix (myo_journal_entry_get_top_candidate_label (newest), name));
  g_assert_null (myo_trend_dup_candidate_name (kb, "no-such-point"));
  g_assert_null (myo_trend_dup_candidate_name (NULL, top));

  filter = g_strconcat (MYO_TREND_CANDIDATE_PREFIX, top, NULL);
  myo_trend_collect (trend, journal, filter);
  g_assert_cmpuint (myo_trend_get_n_sessions (trend), ==, 2);
  summary = myo_trend_dup_summary (trend, kb);
  g_assert_true (g_str_has_prefix (summary, name));
  g_assert_true (g_str_has_suffix (summary, ": average pain stayed at 5.0 over 2 days"));

  myo_trend_collect (trend, journal, MYO_TREND_CANDIDATE_PREFIX "no-such-point");
  g_assert_cmpuint (myo_trend_get_n_sessions (trend), ==, 0);
  unknown = myo_trend_dup_summary (trend, kb);
  g_assert_cmpstr (unknown, ==, "No-such-point: no pain recorded yet");
}

static void
test_bins (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  /* Two sessions a day apart in each of three weeks */
  static const int before[] = { 8, 6, 5, 5, 2, 4 };
  static const int after[] = { 4, -1, 3, 1, 0, 2 };
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GListStore) store = g_list_store_new (MYO_TYPE_JOURNAL_ENTRY);
  g_autoptr(MyoTrend) trend = myo_trend_new ();
  GArray *bins;
  const MyoTrendBin *bin;
  guint32 first, last;

  journal = make_region_journal (kb, KNEE, before, after, G_N_ELEMENTS (before), 1);
  /* Spread them: sessions 2k and 2k+1 fall in week k */
  for (guint i = 0; i < G_N_ELEMENTS (before); i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (journal, G_N_ELEMENTS (before) - 1 - i);
      g_autoptr(GDateTime) started = g_date_time_new_local (2026, 1, 5 + (i / 2) * 7 + i % 2, 9, 0, 0);
      g_autoptr(MyoSession) session = myo_journal_entry_to_session (entry, kb, NULL);
      g_autoptr(MyoMatch) match = myo_match_new (session);
      g_autoptr(MyoJournalEntry) moved = myo_journal_entry_new_from_session (session, match, started, NULL);

      g_list_store_insert (G_LIST_STORE (store), 0, moved);
    }

  myo_trend_collect (trend, G_LIST_MODEL (store), NULL);
  g_assert_true (myo_trend_get_span (trend, &first, &last));
  g_assert_cmpuint (last - first, ==, 15);

  /* Wide: a bin a day; narrow: a bin a week */
  g_assert_cmpint (myo_trend_choose_unit (trend, 1000, 12), ==, MYO_TREND_BIN_DAY);
  g_assert_cmpint (myo_trend_choose_unit (trend, 100, 12), ==, MYO_TREND_BIN_WEEK);
  g_assert_cmpint (myo_trend_choose_unit (trend, 10, 12), ==, MYO_TREND_BIN_MONTH);

  bins = myo_trend_get_bins (trend, MYO_TREND_BIN_DAY);
  g_assert_cmpuint (bins->len, ==, 6);
  /* The session with no pain after has no after value */
  g_assert_true (isnan (g_array_index (bins, MyoTrendBin, 1).after));

  bins = myo_trend_get_bins (trend, MYO_TREND_BIN_WEEK);
  g_assert_cmpuint (bins->len, ==, 3);
  bin = &g_array_index (bins, MyoTrendBin, 0);
  g_assert_cmpfloat_with_epsilon (bin->before, 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (bin->after, 4.0, 1e-9);
  bin = &g_array_index (bins, MyoTrendBin, 2);
  g_assert_cmpfloat_with_epsilon (bin->before, 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (bin->after, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (bin->x, first + 14 + 1.0, 1e-9);

  bins = myo_trend_get_bins (trend, MYO_TREND_BIN_MONTH);
  g_assert_cmpuint (bins->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (g_array_index (bins, MyoTrendBin, 0).before, 5.0, 1e-9);
}

static void
test_empty (void)
{
  g_autoptr(MyoTrend) trend = myo_trend_new ();
  g_autoptr(GListStore) store = g_list_store_new (MYO_TYPE_JOURNAL_ENTRY);
  g_autofree char *none = NULL;
  g_autofree char *empty = NULL;

  myo_trend_collect (trend, NULL, NULL);
  none = myo_trend_dup_summary (trend, NULL);
  g_assert_cmpstr (none, ==, "No pain recorded yet");

  myo_trend_collect (trend, G_LIST_MODEL (store), MYO_TREND_REGION_PREFIX KNEE);
  g_assert_cmpuint (myo_trend_get_bins (trend, MYO_TREND_BIN_WEEK)->len, ==, 0);
  g_assert_cmpint (myo_trend_choose_unit (trend, 10, 12), ==, MYO_TREND_BIN_DAY);
  /* Without a knowledge base the region is named by its id */
  empty = myo_trend_dup_summary (trend, NULL);
  g_assert_cmpstr (empty, ==, "Back-knee: no pain recorded yet");

  g_assert_true (myo_trend_filter_is_valid (NULL));
  g_assert_true (myo_trend_filter_is_valid (""));
  g_assert_true (myo_trend_filter_is_valid ("region:x"));
  g_assert_false (myo_trend_filter_is_valid ("muscle:x"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/trend/summary-by-region", test_summary_by_region);
  g_test_add_func ("/myo/trend/candidate-named-from-kb", test_candidate_named_from_kb);
  g_test_add_func ("/myo/trend/bins", test_bins);
  g_test_add_func ("/myo/trend/empty", test_empty);

  return g_test_run ();
}
