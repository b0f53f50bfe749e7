/* myo-atlas-page-private.h: hooks for the tests, not for the rest of the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-atlas-page.h"
#include "myo-body-map.h"

G_BEGIN_DECLS

GtkListBox  *_myo_atlas_page_get_list        (MyoAtlasPage *self);
GtkEditable *_myo_atlas_page_get_search      (MyoAtlasPage *self);
GPtrArray   *_myo_atlas_page_get_maps        (MyoAtlasPage *self);
const char  *_myo_atlas_page_get_region_text (MyoAtlasPage *self);
const char  *_myo_atlas_page_get_facts_text  (MyoAtlasPage *self);

G_END_DECLS
