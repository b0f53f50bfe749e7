/* myo-trend.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "myo-trend.h"

/* The journal is reduced to one total per calendar day when it or the
 * filter changes; a chart then groups those days into day, week or month
 * bins, whichever keeps the bins far enough apart at its width, and plots
 * the mean of each bin. A journal of thousands of sessions is a few hundred
 * days. */

typedef enum
{
  FILTER_NONE,
  FILTER_REGION,
  FILTER_CANDIDATE,
} FilterKind;

typedef struct
{
  guint32 julian;
  int     month_key;  /* year * 12 + month - 1 */
  guint   n_entries;
  double  before_sum;
  guint   n_before;
  double  after_sum;
  guint   n_after;
} DayStat;

struct _MyoTrend
{
  GObject          parent_instance;

  /* Owned */
  char            *filter;
  GArray          *days;  /* DayStat, oldest first */
  GArray          *bins;  /* MyoTrendBin, for bins_unit */

  /* State */
  FilterKind       filter_kind;
  const char      *filter_id;  /* in filter, after the prefix */
  MyoTrendBinUnit  bins_unit;
  gboolean         bins_valid;
};

G_DEFINE_FINAL_TYPE (MyoTrend, myo_trend, G_TYPE_OBJECT)

static FilterKind
parse_filter (const char  *filter,
              const char **id)
{
  *id = NULL;

  if (filter == NULL || filter[0] == '\0')
    return FILTER_NONE;

  if (g_str_has_prefix (filter, MYO_TREND_REGION_PREFIX))
    {
      *id = filter + strlen (MYO_TREND_REGION_PREFIX);
      return FILTER_REGION;
    }

  if (g_str_has_prefix (filter, MYO_TREND_CANDIDATE_PREFIX))
    {
      *id = filter + strlen (MYO_TREND_CANDIDATE_PREFIX);
      return FILTER_CANDIDATE;
    }

  return -1;
}

static char *
format_period (guint span_days)
{
  guint n;

  if (span_days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", span_days), span_days);

  if (span_days < 120)
    {
      n = (guint) round (span_days / 7.);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", n), n);
    }

  n = (guint) round (span_days / 30.44);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", n), n);
}

/* The mean pain of the first and of the last quarter of the time covered;
 * @subject names what the trend is filtered to, or is %NULL */
static char *
dup_summary (GArray     *days,
             const char *subject)
{
  g_autofree char *period = NULL;
  const DayStat *first, *last;
  double start_sum = 0, end_sum = 0;
  guint start_n = 0, end_n = 0;
  guint span, window;
  double start, end;

  for (guint i = 0; i < days->len; i++)
    {
      const DayStat *day = &g_array_index (days, DayStat, i);

      start_sum += day->before_sum;
      start_n += day->n_before;
    }

  if (start_n == 0)
    {
      if (subject == NULL)
        return g_strdup (_("No pain recorded yet"));
      /* Translators: %s is a region or a trigger point, e.g. “Back of knee” */
      return g_strdup_printf (_("%s: no pain recorded yet"), subject);
    }

  first = &g_array_index (days, DayStat, 0);
  last = &g_array_index (days, DayStat, days->len - 1);
  span = last->julian - first->julian + 1;

  if (span < 2)
    {
      if (subject == NULL)
        return g_strdup_printf (_("Average pain %.1f, on one day"), start_sum / start_n);
      /* Translators: the first %s is a region or a trigger point */
      return g_strdup_printf (_("%s: average pain %.1f, on one day"), subject, start_sum / start_n);
    }

  start_sum = 0;
  start_n = 0;
  window = MAX (1, span / 4);
  for (guint i = 0; i < days->len; i++)
    {
      const DayStat *day = &g_array_index (days, DayStat, i);

      if (day->julian < first->julian + window)
        {
          start_sum += day->before_sum;
          start_n += day->n_before;
        }
      if (day->julian + window > last->julian)
        {
          end_sum += day->before_sum;
          end_n += day->n_before;
        }
    }

  period = format_period (span);
  if (start_n == 0 || end_n == 0)
    {
      if (subject == NULL)
        return g_strdup_printf (_("Pain recorded over %s"), period);
      /* Translators: the first %s is a region or a trigger point, the
       * second a period, e.g. “12 weeks” */
      return g_strdup_printf (_("%s: pain recorded over %s"), subject, period);
    }

  start = round (start_sum / start_n * 10) / 10;
  end = round (end_sum / end_n * 10) / 10;

  if (subject == NULL)
    {
      /* Translators: the last %s is a period, e.g. “12 weeks” */
      if (end < start)
        return g_strdup_printf (_("Average pain fell from %.1f to %.1f over %s"), start, end, period);
      else if (end > start)
        return g_strdup_printf (_("Average pain rose from %.1f to %.1f over %s"), start, end, period);
      else
        return g_strdup_printf (_("Average pain stayed at %.1f over %s"), start, period);
    }

  /* Translators: the first %s is a region or a trigger point, e.g. “Back of
   * knee”, the last a period, e.g. “12 weeks” */
  if (end < start)
    return g_strdup_printf (_("%s: average pain fell from %.1f to %.1f over %s"), subject, start, end, period);
  else if (end > start)
    return g_strdup_printf (_("%s: average pain rose from %.1f to %.1f over %s"), subject, start, end, period);
  else
    return g_strdup_printf (_("%s: average pain stayed at %.1f over %s"), subject, start, period);
}

/* What the trend is filtered to, as the start of a sentence */
static char *
dup_subject (MyoTrend *self,
             MyoKb    *kb)
{
  g_autofree char *candidate_name = NULL;
  const char *name = NULL;

  switch (self->filter_kind)
    {
    case FILTER_NONE:
      return NULL;

    case FILTER_REGION:
      if (kb != NULL)
        {
          GPtrArray *regions = myo_kb_get_regions (kb);

          for (guint i = 0; i < regions->len && name == NULL; i++)
            {
              const MyoRegion *region = g_ptr_array_index (regions, i);

              if (g_str_equal (region->id, self->filter_id))
                name = region->name;
            }
        }
      break;

    case FILTER_CANDIDATE:
      candidate_name = myo_trend_dup_candidate_name (kb, self->filter_id);
      name = candidate_name;
      break;

    default:
      g_assert_not_reached ();
    }

  if (name == NULL || name[0] == '\0')
    name = self->filter_id;

  /* Region names are lower case, for the middle of a sentence */
  {
    char first[7] = { 0 };

    g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (name)), first);
    return g_strconcat (first, g_utf8_next_char (name), NULL);
  }
}

/* The strongest pain marked in @region_id, on either leg, or -1 */
static int
get_region_pain (MyoJournalEntry *entry,
                 const char      *region_id)
{
  int pain = -1;

  for (guint i = 0; i < myo_journal_entry_get_n_points (entry); i++)
    {
      const MyoJournalPoint *point = myo_journal_entry_get_point (entry, i);

      if (g_strcmp0 (point->region, region_id) == 0)
        pain = MAX (pain, point->intensity);
    }

  return pain;
}

static int
bin_key (const DayStat   *day,
         MyoTrendBinUnit  unit)
{
  switch (unit)
    {
    case MYO_TREND_BIN_DAY:
      return (int) day->julian;

    case MYO_TREND_BIN_WEEK:
      /* Julian day 1 was a Monday: weeks start on Monday */
      return (int) (day->julian - (day->julian - 1) % 7);

    case MYO_TREND_BIN_MONTH:
      return day->month_key;

    default:
      g_assert_not_reached ();
    }
}

static void
myo_trend_finalize (GObject *object)
{
  MyoTrend *self = (MyoTrend *) object;

  g_clear_pointer (&self->filter, g_free);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->bins, g_array_unref);

  G_OBJECT_CLASS (myo_trend_parent_class)->finalize (object);
}

static void
myo_trend_class_init (MyoTrendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = myo_trend_finalize;
}

static void
myo_trend_init (MyoTrend *self)
{
  self->days = g_array_new (FALSE, TRUE, sizeof (DayStat));
  self->bins = g_array_new (FALSE, TRUE, sizeof (MyoTrendBin));
}

MyoTrend *
myo_trend_new (void)
{
  return g_object_new (MYO_TYPE_TREND, NULL);
}

/**
 * myo_trend_filter_is_valid:
 * @filter: (nullable): %NULL, “region:ID” or “candidate:ID”
 */
gboolean
myo_trend_filter_is_valid (const char *filter)
{
  const char *id;

  return parse_filter (filter, &id) != (FilterKind) -1;
}

/**
 * myo_trend_collect:
 * @journal: (nullable): a list model of #MyoJournalEntry, newest first
 * @filter: (nullable): %NULL for every session, “region:ID” for the pain
 *   marked in that region, “candidate:ID” for the sessions whose best match
 *   was that trigger point (on either leg)
 *
 * Reads @journal through once, keeping the sessions @filter lets through.
 */
void
myo_trend_collect (MyoTrend   *self,
                   GListModel *journal,
                   const char *filter)
{
  g_autofree char *old_filter = NULL;
  guint n_items;

  g_return_if_fail (MYO_IS_TREND (self));
  g_return_if_fail (!journal || G_IS_LIST_MODEL (journal));
  g_return_if_fail (myo_trend_filter_is_valid (filter));

  old_filter = g_steal_pointer (&self->filter);
  self->filter = filter != NULL && filter[0] != '\0' ? g_strdup (filter) : NULL;
  self->filter_kind = parse_filter (self->filter, &self->filter_id);
  g_array_set_size (self->days, 0);
  self->bins_valid = FALSE;

  if (journal == NULL)
    return;

  /* The journal is newest first */
  n_items = g_list_model_get_n_items (journal);
  for (guint i = n_items; i > 0; i--)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (journal, i - 1);
      GDateTime *started = myo_journal_entry_get_started (entry);
      int pain_before = myo_journal_entry_get_pain_before (entry);
      int pain_after = myo_journal_entry_get_pain_after (entry);
      gboolean has_before = myo_journal_entry_get_n_points (entry) > 0;
      DayStat *day = NULL;
      int year, month, mday;
      GDate date;

      if (self->filter_kind == FILTER_REGION)
        {
          /* The pain in that region, not elsewhere in the session */
          pain_before = get_region_pain (entry, self->filter_id);
          if (pain_before < 0)
            continue;
        }
      else if (self->filter_kind == FILTER_CANDIDATE &&
               g_strcmp0 (myo_journal_entry_get_top_candidate (entry), self->filter_id) != 0)
        continue;

      g_date_time_get_ymd (started, &year, &month, &mday);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, mday, month, year);

      if (self->days->len > 0)
        day = &g_array_index (self->days, DayStat, self->days->len - 1);

      if (day == NULL || day->julian != g_date_get_julian (&date))
        {
          DayStat new_day = { g_date_get_julian (&date), year * 12 + month - 1 };

          g_array_append_val (self->days, new_day);
          day = &g_array_index (self->days, DayStat, self->days->len - 1);
        }

      day->n_entries++;
      if (has_before)
        {
          day->before_sum += pain_before;
          day->n_before++;
        }
      if (pain_after >= 0)
        {
          day->after_sum += pain_after;
          day->n_after++;
        }
    }
}

/* How many sessions the filter let through */
guint
myo_trend_get_n_sessions (MyoTrend *self)
{
  guint n = 0;

  g_return_val_if_fail (MYO_IS_TREND (self), 0);

  for (guint i = 0; i < self->days->len; i++)
    n += g_array_index (self->days, DayStat, i).n_entries;

  return n;
}

/**
 * myo_trend_get_span:
 *
 * Returns: %FALSE when no session was let through
 */
gboolean
myo_trend_get_span (MyoTrend *self,
                    guint32  *first_julian,
                    guint32  *last_julian)
{
  g_return_val_if_fail (MYO_IS_TREND (self), FALSE);

  if (self->days->len == 0)
    return FALSE;

  if (first_julian != NULL)
    *first_julian = g_array_index (self->days, DayStat, 0).julian;
  if (last_julian != NULL)
    *last_julian = g_array_index (self->days, DayStat, self->days->len - 1).julian;

  return TRUE;
}

/**
 * myo_trend_choose_unit:
 * @width: the plot's width, in any unit
 * @min_spacing: the least distance between two bins, in that unit
 *
 * Returns: the finest bin that keeps bins @min_spacing apart
 */
MyoTrendBinUnit
myo_trend_choose_unit (MyoTrend *self,
                       double    width,
                       double    min_spacing)
{
  guint32 first, last;
  double span;

  g_return_val_if_fail (MYO_IS_TREND (self), MYO_TREND_BIN_DAY);

  if (!myo_trend_get_span (self, &first, &last))
    return MYO_TREND_BIN_DAY;

  span = last - first + 1;
  if (width / span >= min_spacing)
    return MYO_TREND_BIN_DAY;
  if (width / (span / 7.) >= min_spacing)
    return MYO_TREND_BIN_WEEK;

  return MYO_TREND_BIN_MONTH;
}

/**
 * myo_trend_get_bins:
 *
 * Returns: (transfer none) (element-type MyoTrendBin): the mean pain before
 *   and after of each bin at @unit that had a value, oldest first; valid
 *   until the next call
 */
GArray *
myo_trend_get_bins (MyoTrend        *self,
                    MyoTrendBinUnit  unit)
{
  double x_sum = 0, before_sum = 0, after_sum = 0;
  guint n_entries = 0, n_before = 0, n_after = 0;
  int key = 0;

  g_return_val_if_fail (MYO_IS_TREND (self), NULL);

  if (self->bins_valid && self->bins_unit == unit)
    return self->bins;

  self->bins_valid = TRUE;
  self->bins_unit = unit;
  g_array_set_size (self->bins, 0);

  for (guint i = 0; i <= self->days->len; i++)
    {
      const DayStat *day = i < self->days->len ? &g_array_index (self->days, DayStat, i) : NULL;

      if (n_entries > 0 && (day == NULL || bin_key (day, unit) != key))
        {
          MyoTrendBin bin = {
            x_sum / n_entries,
            n_before > 0 ? before_sum / n_before : NAN,
            n_after > 0 ? after_sum / n_after : NAN,
          };

          if (n_before > 0 || n_after > 0)
            g_array_append_val (self->bins, bin);
          x_sum = before_sum = after_sum = 0;
          n_entries = n_before = n_after = 0;
        }

      if (day == NULL)
        break;

      key = bin_key (day, unit);
      x_sum += (day->julian + .5) * day->n_entries;
      n_entries += day->n_entries;
      before_sum += day->before_sum;
      n_before += day->n_before;
      after_sum += day->after_sum;
      n_after += day->n_after;
    }

  return self->bins;
}

/**
 * myo_trend_dup_summary:
 * @kb: (nullable): where region and trigger point names come from
 *
 * Returns: (transfer full): one sentence, e.g. “Back of knee: average pain
 *   fell from 6.0 to 3.5 over 12 weeks”
 */
char *
myo_trend_dup_summary (MyoTrend *self,
                       MyoKb    *kb)
{
  g_autofree char *subject = NULL;

  g_return_val_if_fail (MYO_IS_TREND (self), NULL);
  g_return_val_if_fail (!kb || MYO_IS_KB (kb), NULL);

  subject = dup_subject (self, kb);
  return dup_summary (self->days, subject);
}

/**
 * myo_trend_dup_candidate_name:
 * @kb: (nullable): the knowledge base
 *
 * A trigger point kept as a session's best match, named without its leg:
 * the same point on either leg is one choice. The journal keeps the id, so
 * the name is always in today's wording and language.
 *
 * Returns: (transfer full) (nullable): e.g. “Gastrocnemius, lateral head,
 *   trigger point 4”, or %NULL when @kb has no such trigger point
 */
char *
myo_trend_dup_candidate_name (MyoKb      *kb,
                              const char *trigger_point_id)
{
  const MyoTriggerPoint *trp;

  if (kb == NULL || trigger_point_id == NULL)
    return NULL;

  trp = myo_kb_lookup_trigger_point (kb, trigger_point_id);
  return trp != NULL ? myo_trigger_point_dup_label (trp) : NULL;
}
