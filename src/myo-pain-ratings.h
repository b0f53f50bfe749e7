/* myo-pain-ratings.h: pain now, average and worst, and the pain's extent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-session.h"

G_BEGIN_DECLS

#define MYO_TYPE_PAIN_RATINGS (myo_pain_ratings_get_type ())

G_DECLARE_FINAL_TYPE (MyoPainRatings, myo_pain_ratings, MYO, PAIN_RATINGS, GtkWidget)

MyoSession *myo_pain_ratings_get_session (MyoPainRatings *self);
void        myo_pain_ratings_set_session (MyoPainRatings *self,
                                          MyoSession     *session);

G_END_DECLS
