/* myo-instruction-row.h: one instruction, after a bullet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MYO_TYPE_INSTRUCTION_ROW (myo_instruction_row_get_type ())

G_DECLARE_FINAL_TYPE (MyoInstructionRow, myo_instruction_row, MYO, INSTRUCTION_ROW, GtkWidget)

GtkWidget  *myo_instruction_row_new             (const char        *text);
const char *myo_instruction_row_get_text        (MyoInstructionRow *self);
void        myo_instruction_row_set_text        (MyoInstructionRow *self,
                                                 const char        *text);
int         myo_instruction_row_get_width_chars (MyoInstructionRow *self);
void        myo_instruction_row_set_width_chars (MyoInstructionRow *self,
                                                 int                width_chars);
void        myo_instruction_row_fill_box        (GtkBox            *box,
                                                 const char * const *instructions,
                                                 int                 width_chars);

G_END_DECLS
