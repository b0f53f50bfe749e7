/* myo-store.h: the one owner of what Myomap keeps on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "myo-journal.h"

G_BEGIN_DECLS

#define MYO_TYPE_STORE (myo_store_get_type ())

G_DECLARE_FINAL_TYPE (MyoStore, myo_store, MYO, STORE, GObject)

MyoStore     *myo_store_new                  (const char          *dir);
char         *myo_store_default_dir          (void);
const char   *myo_store_get_dir              (MyoStore            *self);
const char   *myo_store_get_autosave_path    (MyoStore            *self);
MyoJournal   *myo_store_get_journal          (MyoStore            *self);
const GError *myo_store_get_journal_error    (MyoStore            *self);
gboolean      myo_store_load_journal         (MyoStore            *self,
                                              GError             **error);
void          myo_store_ensure_journal       (MyoStore            *self);
gboolean      myo_store_add                  (MyoStore            *self,
                                              MyoJournalEntry     *entry,
                                              GError             **error);
gboolean      myo_store_add_all              (MyoStore            *self,
                                              GPtrArray           *entries,
                                              GError             **error);
gboolean      myo_store_remove               (MyoStore            *self,
                                              const char          *id,
                                              GError             **error);
void          myo_store_autosave             (MyoStore            *self,
                                              const char          *data,
                                              gsize                length);
void          myo_store_autosave_session     (MyoStore            *self,
                                              MyoSession          *session);
gboolean      myo_store_flush                (MyoStore            *self,
                                              GError             **error);
const GError *myo_store_get_autosave_error   (MyoStore            *self);
char         *myo_store_keep_recent          (MyoStore            *self,
                                              const char          *data,
                                              gsize                length,
                                              GError             **error);
GPtrArray    *myo_store_list_recent          (MyoStore            *self);

G_END_DECLS
