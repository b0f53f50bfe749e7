/* myo-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-kb.h"
#include "myo-store.h"

G_BEGIN_DECLS

#define MYO_TYPE_APPLICATION (myo_application_get_type ())

G_DECLARE_FINAL_TYPE (MyoApplication, myo_application, MYO, APPLICATION, AdwApplication)

MyoApplication *myo_application_new                 (void);
MyoKb          *myo_application_get_kb              (MyoApplication *self);
GSettings      *myo_application_get_settings        (MyoApplication *self);
MyoStore       *myo_application_get_store           (MyoApplication *self);
gboolean        myo_application_has_settings_schema (void);

G_END_DECLS
