/* myo-sound.h: the desktop's event sounds, when there are any
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MYO_TYPE_SOUND (myo_sound_get_type ())

G_DECLARE_FINAL_TYPE (MyoSound, myo_sound, MYO, SOUND, GObject)

MyoSound *myo_sound_new                (void);
gboolean  myo_sound_play_hold_finished (MyoSound  *self,
                                        GtkWidget *widget);
guint     myo_sound_get_n_played       (MyoSound  *self);

G_END_DECLS
