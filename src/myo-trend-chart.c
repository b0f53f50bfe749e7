/* myo-trend-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "myo-history-page-private.h"
#include "myo-kb.h"
#include "myo-outcome.h"
#include "myo-trend-chart.h"
#include "myo-trend.h"

/* Draws a MyoTrend: the sessions are reduced to days and bins there; this
 * widget only chooses the bins' width and draws them. */

/* Widget pixels */
#define MIN_BIN_SPACING   12.0
#define DOT_RADIUS         3.5
#define SMALL_DOT_RADIUS   2.0
#define LINE_WIDTH         2.0
#define LEGEND_SAMPLE     22.0
#define LABEL_GAP         12.0
#define PLOT_INSET         6.0

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

typedef enum
{
  TICK_DAY,
  TICK_WEEK,
  TICK_MONTH,
  TICK_YEAR,
} TickKind;

typedef struct
{
  double  x;
  char   *label;
} Tick;

struct _MyoTrendChart
{
  GtkWidget   parent_instance;

  /* Owned */
  MyoJournal      *journal;
  MyoKb           *kb;
  char            *filter;
  MyoTrend        *trend;
  char            *summary;
  gulong           items_changed_id;

  /* State */
  MyoTrendBinUnit  bins_unit;
  guint            n_bins_drawn;
  guint            n_collects;
  int              baseline;  /* pain before in the episode's first session, or -1 */
  guint            n_threshold_lines;
};

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_KB,
  PROP_FILTER,
  PROP_SUMMARY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MyoTrendChart, myo_trend_chart, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static const struct
{
  TickKind kind;
  guint    step;
  double   approx_days;
} tick_steps[] = {
  { TICK_DAY, 1, 1 },
  { TICK_DAY, 2, 2 },
  { TICK_WEEK, 1, 7 },
  { TICK_WEEK, 2, 14 },
  { TICK_MONTH, 1, 30.44 },
  { TICK_MONTH, 2, 60.88 },
  { TICK_MONTH, 3, 91.31 },
  { TICK_MONTH, 6, 182.62 },
  { TICK_YEAR, 1, 365.25 },
  { TICK_YEAR, 2, 730.5 },
  { TICK_YEAR, 5, 1826.25 },
  { TICK_YEAR, 10, 3652.5 },
};

static void
tick_clear (Tick *tick)
{
  g_clear_pointer (&tick->label, g_free);
}

static void
set_source_rgba (cairo_t       *cr,
                 const GdkRGBA *rgba,
                 double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
hex_to_rgba (guint32  rgb,
             GdkRGBA *rgba)
{
  rgba->red = ((rgb >> 16) & 0xff) / 255.f;
  rgba->green = ((rgb >> 8) & 0xff) / 255.f;
  rgba->blue = (rgb & 0xff) / 255.f;
  rgba->alpha = 1;
}

static GDateTime *
date_time_from_julian (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
}

static gboolean
is_tick (TickKind  kind,
         guint     step,
         GDate    *date)
{
  guint32 julian = g_date_get_julian (date);

  switch (kind)
    {
    case TICK_DAY:
      return julian % step == 0;

    case TICK_WEEK:
      return g_date_get_weekday (date) == G_DATE_MONDAY && ((julian - 1) / 7) % step == 0;

    case TICK_MONTH:
      return g_date_get_day (date) == 1 && (g_date_get_month (date) - 1) % step == 0;

    case TICK_YEAR:
      return g_date_get_day (date) == 1 && g_date_get_month (date) == G_DATE_JANUARY &&
             g_date_get_year (date) % step == 0;

    default:
      g_assert_not_reached ();
    }
}

static char *
format_tick (TickKind  kind,
             guint32   julian,
             gboolean  first)
{
  g_autoptr(GDateTime) date_time = date_time_from_julian (julian);

  switch (kind)
    {
    case TICK_DAY:
    case TICK_WEEK:
      /* Translators: a short date on the chart's time axis, in
       * g_date_time_format() syntax, e.g. “28 Sep” */
      return g_date_time_format (date_time, _("%-d %b"));

    case TICK_MONTH:
      if (first || g_date_time_get_month (date_time) == 1)
        /* Translators: a month and year on the chart's time axis, in
         * g_date_time_format() syntax, e.g. “Sep 2026” */
        return g_date_time_format (date_time, _("%b %Y"));
      /* Translators: a month on the chart's time axis, in
       * g_date_time_format() syntax, e.g. “Sep” */
      return g_date_time_format (date_time, _("%b"));

    case TICK_YEAR:
      return g_date_time_format (date_time, "%Y");

    default:
      g_assert_not_reached ();
    }
}

static GArray *
make_ticks (TickKind kind,
            guint    step,
            guint32  start,
            guint32  end)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (Tick));
  GDate date;

  g_array_set_clear_func (ticks, (GDestroyNotify) tick_clear);
  g_date_clear (&date, 1);

  for (guint32 julian = start; julian <= end; julian++)
    {
      g_date_set_julian (&date, julian);
      if (is_tick (kind, step, &date))
        {
          Tick tick = { julian, format_tick (kind, julian, ticks->len == 0) };

          g_array_append_val (ticks, tick);
        }
    }

  return ticks;
}

/* The finest ticks whose labels fit side by side */
static GArray *
choose_ticks (MyoTrendChart *self,
              PangoLayout   *layout,
              guint32        start,
              guint32        end,
              double         plot_width)
{
  double span = end - start;

  for (guint i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    {
      g_autoptr(GArray) ticks = NULL;
      int widest = 0;

      if (span / tick_steps[i].approx_days * 2 * LABEL_GAP > plot_width)
        continue;

      ticks = make_ticks (tick_steps[i].kind, tick_steps[i].step, start, end);
      for (guint t = 0; t < ticks->len; t++)
        {
          int width;

          pango_layout_set_text (layout, g_array_index (ticks, Tick, t).label, -1);
          pango_layout_get_pixel_size (layout, &width, NULL);
          widest = MAX (widest, width);
        }

      if ((widest + LABEL_GAP) * span / tick_steps[i].approx_days <= plot_width &&
          ticks->len > 0)
        return g_steal_pointer (&ticks);
    }

  /* Too short a span for any boundary: name the first day */
  {
    GArray *ticks = g_array_new (FALSE, TRUE, sizeof (Tick));
    Tick tick = { start, format_tick (TICK_DAY, start, TRUE) };

    g_array_set_clear_func (ticks, (GDestroyNotify) tick_clear);
    g_array_append_val (ticks, tick);
    return ticks;
  }
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             const char    *text,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  pango_layout_set_text (layout, text, -1);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_series (cairo_t       *cr,
             GArray        *bins,
             gboolean       after,
             const GdkRGBA *color,
             double         x0,
             double         x_scale,
             double         xmin,
             double         y1,
             double         y_scale,
             double         radius)
{
  gboolean started = FALSE;

  cairo_new_path (cr);
  for (guint i = 0; i < bins->len; i++)
    {
      const MyoTrendBin *bin = &g_array_index (bins, MyoTrendBin, i);
      double value = after ? bin->after : bin->before;

      if (isnan (value))
        continue;

      if (started)
        cairo_line_to (cr, x0 + (bin->x - xmin) * x_scale, y1 - value * y_scale);
      else
        cairo_move_to (cr, x0 + (bin->x - xmin) * x_scale, y1 - value * y_scale);
      started = TRUE;
    }

  set_source_rgba (cr, color, 1);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (after)
    cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < bins->len; i++)
    {
      const MyoTrendBin *bin = &g_array_index (bins, MyoTrendBin, i);
      double value = after ? bin->after : bin->before;

      if (isnan (value))
        continue;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x0 + (bin->x - xmin) * x_scale, y1 - value * y_scale, radius, 0, 2 * G_PI);
    }

  if (after)
    {
      /* Hollow, so the two series differ in shape as well as colour */
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
}

/* Draws a sample of a series and its name; returns the width used */
static double
append_legend_item (GtkSnapshot   *snapshot,
                    PangoLayout   *layout,
                    const char    *text,
                    gboolean       after,
                    const GdkRGBA *series_color,
                    const GdkRGBA *fg,
                    double         x,
                    double         text_height)
{
  g_autoptr(cairo_t) cr = NULL;
  double cy = text_height / 2;
  int width;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, 0, LEGEND_SAMPLE, text_height));
  set_source_rgba (cr, series_color, 1);
  cairo_set_line_width (cr, LINE_WIDTH);
  if (after)
    cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
  cairo_move_to (cr, x, cy);
  cairo_line_to (cr, x + LEGEND_SAMPLE, cy);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_arc (cr, x + LEGEND_SAMPLE / 2, cy, DOT_RADIUS, 0, 2 * G_PI);
  if (after)
    {
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);

  append_text (snapshot, layout, text, x + LEGEND_SAMPLE + 6, 0, fg);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return LEGEND_SAMPLE + 6 + width;
}

static void
myo_trend_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  MyoTrendChart *self = MYO_TREND_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(cairo_t) cr = NULL;
  GdkRGBA fg, before_color, after_color;
  GArray *bins;
  int text_width, text_height;
  double x0, x1, y0, y1, x_scale, y_scale;
  double legend_x, label_right = -G_MAXDOUBLE;
  guint32 xmin, xmax;
  gboolean dark;

  self->n_bins_drawn = 0;
  if (width <= 0 || height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  /* Light text means a dark background: lighter series colours */
  dark = 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5;
  hex_to_rgba (dark ? 0xffa348 : 0xc64600, &before_color);
  hex_to_rgba (dark ? 0x62a0ea : 0x1c71d8, &after_color);

  layout = gtk_widget_create_pango_layout (widget, "10");
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  /* Legend on top, the 0–10 scale on the left, dates below */
  x0 = text_width + 8 + PLOT_INSET;
  x1 = width - PLOT_INSET;
  y0 = text_height + 8 + text_height / 2.;
  y1 = height - text_height - 10;
  if (x1 - x0 < 20 || y1 - y0 < 20)
    return;

  legend_x = text_width + 8;
  legend_x += append_legend_item (snapshot, layout, _("Pain before"), FALSE, &before_color, &fg,
                                  legend_x, text_height);
  append_legend_item (snapshot, layout, _("Pain after"), TRUE, &after_color, &fg,
                      legend_x + 18, text_height);

  y_scale = (y1 - y0) / 10.;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, 1);
  for (int value = 0; value <= 10; value += 5)
    {
      double y = round (y1 - value * y_scale) + .5;
      g_autofree char *text = g_strdup_printf ("%d", value);
      int w, h;

      set_source_rgba (cr, &fg, value == 0 ? .35 : .15);
      cairo_move_to (cr, x0 - PLOT_INSET, y);
      cairo_line_to (cr, x1 + PLOT_INSET, y);
      cairo_stroke (cr);

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      append_text (snapshot, layout, text, text_width - w, y - h / 2., &fg);
    }

  /* 30 % and 50 % less than at the start of the episode: moderate and
   * substantial improvement by IMMPACT (Dworkin et al. 2008) */
  if (self->baseline > 0)
    {
      static const double dashes[] = { 4, 3 };
      static const struct { double factor; const char *label; } lines[] = {
        { 0.7, N_("−30 %") },
        { 0.5, N_("−50 %") },
      };

      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        {
          double y = round (y1 - self->baseline * lines[i].factor * y_scale) + .5;
          const char *label = _(lines[i].label);
          int w, h;

          cairo_save (cr);
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          cairo_set_source_rgba (cr, after_color.red, after_color.green, after_color.blue, .7);
          cairo_move_to (cr, x0, y);
          cairo_line_to (cr, x1, y);
          cairo_stroke (cr);
          cairo_restore (cr);

          pango_layout_set_text (layout, label, -1);
          pango_layout_get_pixel_size (layout, &w, &h);
          append_text (snapshot, layout, label, x1 - w, y - h - 1, &after_color);
        }
      self->n_threshold_lines = G_N_ELEMENTS (lines);
    }
  else
    self->n_threshold_lines = 0;

  if (!myo_trend_get_span (self->trend, &xmin, &xmax))
    return;

  xmax++;
  x_scale = (x1 - x0) / (xmax - xmin);

  ticks = choose_ticks (self, layout, xmin, xmax, x1 - x0);
  for (guint i = 0; i < ticks->len; i++)
    {
      const Tick *tick = &g_array_index (ticks, Tick, i);
      double x = round (x0 + (tick->x - xmin) * x_scale) + .5;
      double label_x;
      int w, h;

      set_source_rgba (cr, &fg, .08);
      cairo_move_to (cr, x, y0);
      cairo_line_to (cr, x, y1);
      cairo_stroke (cr);
      set_source_rgba (cr, &fg, .35);
      cairo_move_to (cr, x, y1);
      cairo_line_to (cr, x, y1 + 4);
      cairo_stroke (cr);

      pango_layout_set_text (layout, tick->label, -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      label_x = CLAMP (x - w / 2., 0, width - w);
      if (label_x < label_right + 4)
        continue;
      append_text (snapshot, layout, tick->label, label_x, y1 + 6, &fg);
      label_right = label_x + w;
    }

  self->bins_unit = myo_trend_choose_unit (self->trend, x1 - x0, MIN_BIN_SPACING);
  bins = myo_trend_get_bins (self->trend, self->bins_unit);
  self->n_bins_drawn = bins->len;
  {
    double radius = bins->len > 1 && (x1 - x0) / bins->len < 12
                    ? SMALL_DOT_RADIUS : DOT_RADIUS;

    draw_series (cr, bins, FALSE, &before_color, x0, x_scale, xmin, y1, y_scale, radius);
    draw_series (cr, bins, TRUE, &after_color, x0, x_scale, xmin, y1, y_scale, radius);
  }
}

static void
myo_trend_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 480;
    }
  else
    {
      *minimum = 160;
      *natural = 220;
    }
}

/* The IMMPACT lines are drawn against the first session of the latest
 * session's episode */
static void
update_baseline (MyoTrendChart *self)
{
  g_autoptr(MyoJournalEntry) latest = NULL;
  MyoJournalEntry *first;

  self->baseline = -1;
  if (self->journal == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->journal)) == 0)
    return;

  /* The journal is newest first */
  latest = g_list_model_get_item (G_LIST_MODEL (self->journal), 0);
  first = myo_outcome_find_baseline (G_LIST_MODEL (self->journal), myo_journal_entry_get_started (latest));
  if (first != NULL && first != latest)
    self->baseline = myo_journal_entry_get_pain_before (first);
}

static void
update_summary (MyoTrendChart *self)
{
  g_autofree char *summary = myo_trend_dup_summary (self->trend, self->kb);

  update_baseline (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);

  if (g_strcmp0 (summary, self->summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_steal_pointer (&summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

static void
items_changed_cb (MyoTrendChart *self)
{
  if (self->journal != NULL)
    self->n_collects++;
  myo_trend_collect (self->trend, G_LIST_MODEL (self->journal), self->filter);
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
myo_trend_chart_dispose (GObject *object)
{
  MyoTrendChart *self = MYO_TREND_CHART (object);

  if (self->journal != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->journal);
  g_clear_object (&self->journal);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (myo_trend_chart_parent_class)->dispose (object);
}

static void
myo_trend_chart_finalize (GObject *object)
{
  MyoTrendChart *self = MYO_TREND_CHART (object);

  g_clear_object (&self->trend);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->filter, g_free);

  G_OBJECT_CLASS (myo_trend_chart_parent_class)->finalize (object);
}

static void
myo_trend_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MyoTrendChart *self = MYO_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    case PROP_FILTER:
      g_value_set_string (value, self->filter);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_trend_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MyoTrendChart *self = MYO_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      myo_trend_chart_set_journal (self, g_value_get_object (value));
      break;

    case PROP_KB:
      myo_trend_chart_set_kb (self, g_value_get_object (value));
      break;

    case PROP_FILTER:
      myo_trend_chart_set_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_trend_chart_class_init (MyoTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_trend_chart_dispose;
  object_class->finalize = myo_trend_chart_finalize;
  object_class->get_property = myo_trend_chart_get_property;
  object_class->set_property = myo_trend_chart_set_property;

  widget_class->snapshot = myo_trend_chart_snapshot;
  widget_class->measure = myo_trend_chart_measure;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         MYO_TYPE_JOURNAL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoTrendChart:kb:
   *
   * Where the names of regions come from, for the summary.
   */
  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoTrendChart:filter:
   *
   * The sessions charted: %NULL for all of them, “region:ID” for those with
   * pain in region ID (pain before is then the strongest pain marked
   * there), “candidate:ID” for those whose top candidate is trigger point
   * ID.
   */
  properties[PROP_FILTER] =
    g_param_spec_string ("filter", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoTrendChart:summary:
   *
   * One sentence on how the pain changed, e.g. “Average pain fell from 6.2
   * to 3.9 over 12 weeks”, or “Back of knee: average pain fell …” when
   * filtered; also the chart's accessible label.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
myo_trend_chart_init (MyoTrendChart *self)
{
  self->trend = myo_trend_new ();
  update_summary (self);
}

GtkWidget *
myo_trend_chart_new (void)
{
  return g_object_new (MYO_TYPE_TREND_CHART, NULL);
}

/**
 * myo_trend_chart_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal charted
 */
MyoJournal *
myo_trend_chart_get_journal (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), NULL);
  return self->journal;
}

void
myo_trend_chart_set_journal (MyoTrendChart *self,
                             MyoJournal    *journal)
{
  g_return_if_fail (MYO_IS_TREND_CHART (self));
  g_return_if_fail (!journal || MYO_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->journal);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    self->items_changed_id = g_signal_connect_swapped (journal, "items-changed",
                                                       G_CALLBACK (items_changed_cb), self);

  items_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

/**
 * myo_trend_chart_get_kb:
 *
 * Returns: (transfer none) (nullable): where region names come from
 */
MyoKb *
myo_trend_chart_get_kb (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), NULL);
  return self->kb;
}

void
myo_trend_chart_set_kb (MyoTrendChart *self,
                        MyoKb         *kb)
{
  g_return_if_fail (MYO_IS_TREND_CHART (self));
  g_return_if_fail (!kb || MYO_IS_KB (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  /* Only a name changes: the sessions charted stay the same */
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KB]);
}

/**
 * myo_trend_chart_get_filter:
 *
 * Returns: (nullable): the filter, see MyoTrendChart:filter
 */
const char *
myo_trend_chart_get_filter (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), NULL);
  return self->filter;
}

/**
 * myo_trend_chart_set_filter:
 * @filter: (nullable): %NULL, “region:ID” or “candidate:ID”
 *
 * Charts only the sessions @filter lets through.
 */
void
myo_trend_chart_set_filter (MyoTrendChart *self,
                            const char    *filter)
{
  g_return_if_fail (MYO_IS_TREND_CHART (self));
  g_return_if_fail (myo_trend_filter_is_valid (filter));

  if (filter != NULL && filter[0] == '\0')
    filter = NULL;

  if (g_strcmp0 (self->filter, filter) == 0)
    return;

  g_free (self->filter);
  self->filter = g_strdup (filter);

  items_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

const char *
myo_trend_chart_get_summary (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), NULL);
  return self->summary;
}

/* Private API, for the history page and the tests */

guint
_myo_trend_chart_get_n_bins_drawn (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), 0);
  return self->n_bins_drawn;
}

/* How many times the journal was read through; drawing never does */
guint
_myo_trend_chart_get_n_collects (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), 0);
  return self->n_collects;
}

/* How many sessions the filter let through */
guint
_myo_trend_chart_get_n_sessions (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), 0);
  return myo_trend_get_n_sessions (self->trend);
}

/* The bins at the unit last drawn: the mean pain before and after of each
 * (NAN where no session had one), oldest first */
guint
_myo_trend_chart_get_n_bins (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), 0);

  return myo_trend_get_bins (self->trend, self->bins_unit)->len;
}

void
_myo_trend_chart_get_bin (MyoTrendChart *self,
                          guint          index,
                          double        *before,
                          double        *after)
{
  GArray *bins;
  const MyoTrendBin *bin;

  g_return_if_fail (MYO_IS_TREND_CHART (self));

  bins = myo_trend_get_bins (self->trend, self->bins_unit);
  g_return_if_fail (index < bins->len);

  bin = &g_array_index (bins, MyoTrendBin, index);
  if (before != NULL)
    *before = bin->before;
  if (after != NULL)
    *after = bin->after;
}

/* How many IMMPACT lines the last frame drew */
guint
_myo_trend_chart_get_n_threshold_lines (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), 0);
  return self->n_threshold_lines;
}

int
_myo_trend_chart_get_baseline (MyoTrendChart *self)
{
  g_return_val_if_fail (MYO_IS_TREND_CHART (self), -1);
  return self->baseline;
}
