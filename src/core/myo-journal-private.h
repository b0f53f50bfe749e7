/* myo-journal-private.h: what the fuzzer and the tests reach inside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-journal.h"

G_BEGIN_DECLS

MyoJournal *_myo_journal_new_from_data (const char  *data,
                                        gsize        length,
                                        gboolean    *damaged,
                                        GError     **error);

G_END_DECLS
