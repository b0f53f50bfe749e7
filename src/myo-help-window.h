/* myo-help-window.h: the method, its limits and the warning signs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-kb.h"

G_BEGIN_DECLS

#define MYO_TYPE_HELP_WINDOW (myo_help_window_get_type ())

G_DECLARE_FINAL_TYPE (MyoHelpWindow, myo_help_window, MYO, HELP_WINDOW, AdwWindow)

MyoHelpWindow *myo_help_window_new          (MyoKb         *kb);
guint          myo_help_window_get_n_flags  (MyoHelpWindow *self);

G_END_DECLS
