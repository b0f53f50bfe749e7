/* myo-trend-chart.h: pain before and after each routine, over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-journal.h"

G_BEGIN_DECLS

#define MYO_TYPE_TREND_CHART (myo_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (MyoTrendChart, myo_trend_chart, MYO, TREND_CHART, GtkWidget)

GtkWidget  *myo_trend_chart_new         (void);
MyoJournal *myo_trend_chart_get_journal (MyoTrendChart *self);
void        myo_trend_chart_set_journal (MyoTrendChart *self,
                                         MyoJournal    *journal);
MyoKb      *myo_trend_chart_get_kb      (MyoTrendChart *self);
void        myo_trend_chart_set_kb      (MyoTrendChart *self,
                                         MyoKb         *kb);
const char *myo_trend_chart_get_filter  (MyoTrendChart *self);
void        myo_trend_chart_set_filter  (MyoTrendChart *self,
                                         const char    *filter);
const char *myo_trend_chart_get_summary (MyoTrendChart *self);

G_END_DECLS
