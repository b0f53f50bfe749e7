/* myo-illustration.h: the picture of a routine step's position
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-kb.h"

G_BEGIN_DECLS

#define MYO_TYPE_ILLUSTRATION (myo_illustration_get_type ())

G_DECLARE_FINAL_TYPE (MyoIllustration, myo_illustration, MYO, ILLUSTRATION, GtkWidget)

GtkWidget  *myo_illustration_new        (void);
const char *myo_illustration_get_name   (MyoIllustration *self);
void        myo_illustration_set_name   (MyoIllustration *self,
                                         const char      *name);
void        myo_illustration_set_step   (MyoIllustration *self,
                                         const MyoStep   *step);
int         myo_illustration_get_natural_width (MyoIllustration *self);
void        myo_illustration_set_natural_width (MyoIllustration *self,
                                                int              width);

G_END_DECLS
