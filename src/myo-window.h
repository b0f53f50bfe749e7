/* myo-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-application.h"
#include "myo-session.h"

G_BEGIN_DECLS

#define MYO_TYPE_WINDOW (myo_window_get_type ())

G_DECLARE_FINAL_TYPE (MyoWindow, myo_window, MYO, WINDOW, AdwApplicationWindow)

MyoWindow  *myo_window_new         (MyoApplication *application);
void        myo_window_open_file   (MyoWindow      *self,
                                    GFile          *file);
MyoSession *myo_window_get_session (MyoWindow      *self);
const char *myo_window_get_view_id (MyoWindow      *self);
void        myo_window_set_view_id (MyoWindow      *self,
                                    const char     *view_id);
const char *myo_window_get_page    (MyoWindow      *self);
void        myo_window_set_page    (MyoWindow      *self,
                                    const char     *page);

G_END_DECLS
