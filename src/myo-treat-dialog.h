/* myo-treat-dialog.h: choosing which trigger points a routine treats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-routine.h"

G_BEGIN_DECLS

#define MYO_TYPE_TREAT_DIALOG (myo_treat_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MyoTreatDialog, myo_treat_dialog, MYO, TREAT_DIALOG, AdwMessageDialog)

GtkWidget  *myo_treat_dialog_new            (GtkWindow      *parent,
                                             GPtrArray      *candidates);
guint       myo_treat_dialog_get_n_selected (MyoTreatDialog *self);
void        myo_treat_dialog_set_selected   (MyoTreatDialog *self,
                                             guint           index,
                                             gboolean        selected);
MyoRoutine *myo_treat_dialog_dup_routine    (MyoTreatDialog *self);

G_END_DECLS
