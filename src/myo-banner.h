/* myo-banner.h: a message across the top of the window that stays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MYO_TYPE_BANNER (myo_banner_get_type ())

G_DECLARE_FINAL_TYPE (MyoBanner, myo_banner, MYO, BANNER, GtkWidget)

void        myo_banner_show          (MyoBanner  *self,
                                      const char *title,
                                      const char *body,
                                      const char *button_label,
                                      const char *action_name,
                                      const char *secondary_label,
                                      const char *secondary_action_name);
void        myo_banner_hide          (MyoBanner  *self);
gboolean    myo_banner_get_revealed  (MyoBanner  *self);
const char *myo_banner_get_title     (MyoBanner  *self);
const char *myo_banner_get_body      (MyoBanner  *self);

G_END_DECLS
