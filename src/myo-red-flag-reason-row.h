/* myo-red-flag-reason-row.h: why a red flag answered "yes" needs a clinician
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-kb.h"

G_BEGIN_DECLS

#define MYO_TYPE_RED_FLAG_REASON_ROW (myo_red_flag_reason_row_get_type ())

G_DECLARE_FINAL_TYPE (MyoRedFlagReasonRow, myo_red_flag_reason_row, MYO, RED_FLAG_REASON_ROW, GtkListBoxRow)

GtkWidget  *myo_red_flag_reason_row_new         (const MyoRedFlag    *flag);
const char *myo_red_flag_reason_row_get_text    (MyoRedFlagReasonRow *self);
void        myo_red_flag_reason_row_set_text    (MyoRedFlagReasonRow *self,
                                                 const char          *text);
MyoUrgency  myo_red_flag_reason_row_get_urgency (MyoRedFlagReasonRow *self);
void        myo_red_flag_reason_row_set_urgency (MyoRedFlagReasonRow *self,
                                                 MyoUrgency           urgency);
const char *myo_red_flag_reason_row_urgency_class (MyoUrgency         urgency);

G_END_DECLS
