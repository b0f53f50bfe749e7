/* myo-preferences-window.h: the preferences, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-kb.h"

G_BEGIN_DECLS

#define MYO_TYPE_PREFERENCES_WINDOW (myo_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (MyoPreferencesWindow, myo_preferences_window, MYO, PREFERENCES_WINDOW, AdwPreferencesWindow)

MyoPreferencesWindow *myo_preferences_window_new (GSettings *settings,
                                                  MyoKb     *kb);

G_END_DECLS
