/* myo-store-private.h: what the tests reach inside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-store.h"

G_BEGIN_DECLS

void  _myo_store_set_autosave_delay  (MyoStore *self,
                                      guint     delay_ms);
guint _myo_store_get_n_autosaves     (MyoStore *self);

G_END_DECLS
