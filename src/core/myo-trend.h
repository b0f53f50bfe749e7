/* myo-trend.h: pain before and after each routine, over time, from the journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "myo-journal.h"
#include "myo-kb.h"

G_BEGIN_DECLS

#define MYO_TREND_REGION_PREFIX    "region:"
#define MYO_TREND_CANDIDATE_PREFIX "candidate:"

typedef enum
{
  MYO_TREND_BIN_DAY,
  MYO_TREND_BIN_WEEK,
  MYO_TREND_BIN_MONTH,
} MyoTrendBinUnit;

typedef struct
{
  double x;       /* julian days, the mean of the bin's sessions */
  double before;  /* NAN when no session of the bin had a value */
  double after;
} MyoTrendBin;

#define MYO_TYPE_TREND (myo_trend_get_type ())

G_DECLARE_FINAL_TYPE (MyoTrend, myo_trend, MYO, TREND, GObject)

MyoTrend          *myo_trend_new                 (void);
gboolean           myo_trend_filter_is_valid     (const char      *filter);
void               myo_trend_collect             (MyoTrend        *self,
                                                  GListModel      *journal,
                                                  const char      *filter);
guint              myo_trend_get_n_sessions      (MyoTrend        *self);
gboolean           myo_trend_get_span            (MyoTrend        *self,
                                                  guint32         *first_julian,
                                                  guint32         *last_julian);
MyoTrendBinUnit    myo_trend_choose_unit         (MyoTrend        *self,
                                                  double           width,
                                                  double           min_spacing);
GArray            *myo_trend_get_bins            (MyoTrend        *self,
                                                  MyoTrendBinUnit  unit);
char              *myo_trend_dup_summary         (MyoTrend        *self,
                                                  MyoKb           *kb);
char              *myo_trend_dup_candidate_name  (MyoKb           *kb,
                                                  const char      *trigger_point_id);

G_END_DECLS
