/* myo-history-page-private.h: hooks for the tests, not for the rest of the
 * app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-composite-map.h"
#include "myo-history-page.h"
#include "myo-trend-chart.h"

G_BEGIN_DECLS

MyoTrendChart   *_myo_history_page_get_trend_chart   (MyoHistoryPage  *self);
MyoCompositeMap *_myo_history_page_get_composite_map (MyoHistoryPage  *self);
MyoCompositeMap *_myo_history_page_get_composite_map_for_view (MyoHistoryPage *self,
                                                              const char     *view_id);
guint            _myo_history_page_get_n_maps        (MyoHistoryPage  *self);
GtkListBox      *_myo_history_page_get_list_box      (MyoHistoryPage  *self);
GListModel      *_myo_history_page_get_sessions      (MyoHistoryPage  *self);
guint            _myo_history_page_get_n_shown       (MyoHistoryPage  *self);
GtkWidget       *_myo_history_page_get_more_button   (MyoHistoryPage  *self);
GtkDropDown     *_myo_history_page_get_range_dropdown (MyoHistoryPage *self);
guint            _myo_history_page_get_n_rows_set_up (MyoHistoryPage  *self);
GtkWidget       *_myo_history_page_get_delete_button (MyoHistoryPage  *self,
                                                      guint            position);
gboolean         _myo_history_page_focus_row         (MyoHistoryPage  *self,
                                                      guint            position);
gboolean         _myo_history_page_get_header_shown  (MyoHistoryPage  *self);
const char      *_myo_history_page_get_visible_page  (MyoHistoryPage  *self);

GtkDropDown     *_myo_history_page_get_filter_dropdown (MyoHistoryPage *self);
const char      *_myo_history_page_get_filter_at     (MyoHistoryPage  *self,
                                                      guint            position);

guint            _myo_trend_chart_get_n_bins_drawn   (MyoTrendChart   *self);
guint            _myo_trend_chart_get_n_collects     (MyoTrendChart   *self);
guint            _myo_trend_chart_get_n_sessions     (MyoTrendChart   *self);
guint            _myo_trend_chart_get_n_bins         (MyoTrendChart   *self);
void             _myo_trend_chart_get_bin            (MyoTrendChart   *self,
                                                      guint            index,
                                                      double          *before,
                                                      double          *after);

guint            _myo_trend_chart_get_n_threshold_lines (MyoTrendChart *self);
int              _myo_trend_chart_get_baseline       (MyoTrendChart   *self);

double           _myo_composite_map_get_grid_max     (MyoCompositeMap *self);
guint            _myo_composite_map_get_grid_count   (MyoCompositeMap *self);
guint            _myo_composite_map_get_render_count (MyoCompositeMap *self);

G_END_DECLS
