/* myo-file.h: files that never lose what they held
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An advisory lock (flock) on a file beside the data, held until released */
typedef struct _MyoFileLock MyoFileLock;

MyoFileLock *myo_file_lock_acquire      (const char   *path,
                                         GError      **error);
void         myo_file_lock_release      (MyoFileLock  *lock);
guint64      myo_file_lock_get_generation  (MyoFileLock *lock);
guint64      myo_file_lock_bump_generation (MyoFileLock *lock);
char        *myo_file_move_aside        (const char   *path,
                                         const char   *suffix,
                                         GError      **error);
guint        myo_file_clean_temporaries (const char   *path,
                                         guint         min_age_seconds);
const char  *myo_file_error_reason      (const GError *error);
char        *myo_file_with_extension    (const char   *path,
                                         const char   *extension);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MyoFileLock, myo_file_lock_release)

G_END_DECLS
