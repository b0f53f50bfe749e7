/* myo-history-row.h: one session in History's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-journal.h"
#include "myo-session-thumbnail.h"

G_BEGIN_DECLS

#define MYO_TYPE_HISTORY_ROW (myo_history_row_get_type ())

G_DECLARE_FINAL_TYPE (MyoHistoryRow, myo_history_row, MYO, HISTORY_ROW, GtkListBoxRow)

GtkWidget           *myo_history_row_new               (MyoJournalEntry *entry,
                                                        int              thumbnail_width,
                                                        int              thumbnail_height);
MyoJournalEntry     *myo_history_row_get_entry         (MyoHistoryRow   *self);
MyoSessionThumbnail *myo_history_row_get_thumbnail     (MyoHistoryRow   *self);
GtkWidget           *myo_history_row_get_delete_button (MyoHistoryRow   *self);

G_END_DECLS
