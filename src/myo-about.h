/* myo-about.h: the About window, with the sources of the medical content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-kb.h"

G_BEGIN_DECLS

GtkWindow *myo_about_window_new         (MyoKb *kb);
char      *myo_about_dup_sources        (MyoKb *kb);
char      *myo_about_dup_release_notes  (void);

G_END_DECLS
