/* myo-red-flag-question-row.h: one red-flag question, answered "yes" or not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MYO_TYPE_RED_FLAG_QUESTION_ROW (myo_red_flag_question_row_get_type ())

G_DECLARE_FINAL_TYPE (MyoRedFlagQuestionRow, myo_red_flag_question_row, MYO, RED_FLAG_QUESTION_ROW, AdwActionRow)

GtkWidget *myo_red_flag_question_row_new        (const char            *question);
gboolean   myo_red_flag_question_row_get_active (MyoRedFlagQuestionRow *self);
void       myo_red_flag_question_row_set_active (MyoRedFlagQuestionRow *self,
                                                 gboolean               active);

G_END_DECLS
