/* myo-history-page.h: the journal, as a trend, a pain map and a list of
 * sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-journal.h"

G_BEGIN_DECLS

#define MYO_TYPE_HISTORY_PAGE (myo_history_page_get_type ())

G_DECLARE_FINAL_TYPE (MyoHistoryPage, myo_history_page, MYO, HISTORY_PAGE, GtkWidget)

GtkWidget  *myo_history_page_new         (void);
MyoJournal *myo_history_page_get_journal (MyoHistoryPage *self);
void        myo_history_page_set_journal (MyoHistoryPage *self,
                                          MyoJournal     *journal);
const char *myo_history_page_get_journal_error (MyoHistoryPage *self);
void        myo_history_page_set_journal_error (MyoHistoryPage *self,
                                                const char     *journal_error);
MyoKb      *myo_history_page_get_kb      (MyoHistoryPage *self);
void        myo_history_page_set_kb      (MyoHistoryPage *self,
                                          MyoKb          *kb);

G_END_DECLS
