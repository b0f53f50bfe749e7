/* myo-keep-dialog.h: keeping the session in the pain journal, with a note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MYO_TYPE_KEEP_DIALOG (myo_keep_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MyoKeepDialog, myo_keep_dialog, MYO, KEEP_DIALOG, AdwMessageDialog)

GtkWidget  *myo_keep_dialog_new      (GtkWindow     *parent);
const char *myo_keep_dialog_get_note (MyoKeepDialog *self);
void        myo_keep_dialog_set_note (MyoKeepDialog *self,
                                      const char    *note);

G_END_DECLS
