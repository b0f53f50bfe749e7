/* myo-first-frame.h: the start-up benchmark's hook (tests/bench)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void myo_first_frame_watch (GtkWindow *window);

G_END_DECLS
