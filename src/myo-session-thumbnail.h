/* myo-session-thumbnail.h: a small diagram with a session's points on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-journal.h"

G_BEGIN_DECLS

#define MYO_TYPE_SESSION_THUMBNAIL (myo_session_thumbnail_get_type ())

G_DECLARE_FINAL_TYPE (MyoSessionThumbnail, myo_session_thumbnail, MYO, SESSION_THUMBNAIL, GtkWidget)

GtkWidget *myo_session_thumbnail_new (int                  width,
                                      int                  height);
void       myo_session_thumbnail_set (MyoSessionThumbnail *self,
                                      GdkTexture          *diagram,
                                      const MyoView       *view,
                                      MyoJournalEntry     *entry);

G_END_DECLS
