/* myo-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* renameat2 () and RENAME_NOREPLACE */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "myo-file.h"

/* Everything here is about one promise: the bytes a person's file held
 * survive somewhere, whatever two processes, a full disk or a damaged file
 * do. A file is moved aside under a name no other file has, never renamed
 * over one; writers of the same data take the same lock. */

struct _MyoFileLock
{
  int   fd;
};

/**
 * myo_file_lock_acquire:
 * @path: the lock file; created (0600) if missing, never removed
 *
 * Waits until no other process (nor another open of @path in this one)
 * holds the lock. The lock goes with the process, so a crash never leaves
 * the data locked.
 *
 * Returns: (transfer full) (nullable): the lock, or %NULL with @error set
 */
MyoFileLock *
myo_file_lock_acquire (const char  *path,
                       GError     **error)
{
  MyoFileLock *lock;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not open the lock file “%s”: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  while (flock (fd, LOCK_EX) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EINTR)
        continue;

      close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not lock “%s”: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  lock = g_new0 (MyoFileLock, 1);
  lock->fd = fd;
  return lock;
}

/**
 * myo_file_lock_get_generation:
 *
 * The count of changes the lock's holders have made to what it guards,
 * kept in the lock file itself: unlike a file's time stamps it cannot
 * miss a change made within the same tick of the clock.
 *
 * Returns: the generation, 0 for a new lock file
 */
guint64
myo_file_lock_get_generation (MyoFileLock *lock)
{
  guint64 generation = 0;

  g_return_val_if_fail (lock != NULL, 0);

  if (pread (lock->fd, &generation, sizeof generation, 0) != sizeof generation)
    return 0;

  return GUINT64_FROM_LE (generation);
}

/**
 * myo_file_lock_bump_generation:
 *
 * Counts one more change, after it was written.
 *
 * Returns: the new generation
 */
guint64
myo_file_lock_bump_generation (MyoFileLock *lock)
{
  guint64 generation;
  guint64 le;

  g_return_val_if_fail (lock != NULL, 0);

  generation = myo_file_lock_get_generation (lock) + 1;
  le = GUINT64_TO_LE (generation);
  /* Best effort: the journal's own file identity is checked as well */
  if (pwrite (lock->fd, &le, sizeof le, 0) != sizeof le)
    g_debug ("Could not count a change in the lock file: %s", g_strerror (errno));

  return generation;
}

void
myo_file_lock_release (MyoFileLock *lock)
{
  if (lock == NULL)
    return;

  flock (lock->fd, LOCK_UN);
  close (lock->fd);
  g_free (lock);
}

/* Never replaces @to: renameat2's RENAME_NOREPLACE, or a hard link where
 * the file system has no such rename */
static int
rename_noreplace (const char *from,
                  const char *to)
{
#ifdef RENAME_NOREPLACE
  if (renameat2 (AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
    return 0;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    return -1;
#endif

  if (link (from, to) != 0)
    return -1;
  if (g_unlink (from) != 0)
    {
      int saved_errno = errno;

      /* Both names hold the bytes; take back the new one */
      g_unlink (to);
      errno = saved_errno;
      return -1;
    }

  return 0;
}

/**
 * myo_file_move_aside:
 * @path: a file that cannot be read
 * @suffix: what to call it, e.g. "unreadable"
 *
 * Renames @path to "@path.@suffix-YYYYMMDD-HHMMSS.uuuuuu", adding "-2",
 * "-3"… if that name is taken. An existing file is never replaced, and the
 * rename is checked: on failure @path is where it was.
 *
 * Returns: (transfer full) (nullable): the new name, or %NULL with @error
 */
char *
myo_file_move_aside (const char  *path,
                     const char  *suffix,
                     GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = g_strdup_printf ("%s.%s-%s.%06d", path, suffix, stamp,
                                           g_date_time_get_microsecond (now));

  g_return_val_if_fail (path != NULL, NULL);

  for (guint n = 1; n < 10000; n++)
    {
      g_autofree char *aside = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n);

      if (rename_noreplace (path, aside) == 0)
        return g_steal_pointer (&aside);

      if (errno != EEXIST)
        break;
    }

  {
    int saved_errno = errno;

    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("“%s” could not be moved aside: %s"), path, g_strerror (saved_errno));
  }
  return NULL;
}

/* "NAME.XXXXXX", as g_file_set_contents() names its temporary files */
static gboolean
is_temporary_of (const char *name,
                 const char *base)
{
  gsize len = strlen (base);

  if (strncmp (name, base, len) != 0 || name[len] != '.' || strlen (name + len + 1) != 6)
    return FALSE;

  for (const char *c = name + len + 1; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c))
      return FALSE;

  return TRUE;
}

/**
 * myo_file_clean_temporaries:
 * @path: a file written with myo_file_write_atomic()
 * @min_age_seconds: leave younger temporaries alone: they may be a write
 *   under way
 *
 * Removes the temporary files a write interrupted by a crash left beside
 * @path ("@path.XXXXXX").
 *
 * Returns: how many were removed
 */
guint
myo_file_clean_temporaries (const char *path,
                            guint       min_age_seconds)
{
  g_autofree char *dirname = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint removed = 0;

  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = NULL;
      GStatBuf st;

      if (!is_temporary_of (name, base))
        continue;

      full = g_build_filename (dirname, name, NULL);
      if (g_lstat (full, &st) == 0 && S_ISREG (st.st_mode) &&
          now - (gint64) st.st_mtime >= min_age_seconds && g_unlink (full) == 0)
        removed++;
    }

  return removed;
}

/**
 * myo_file_error_reason:
 *
 * Returns: (nullable): why a write failed, in words a person acts on ("the
 *   disk is full", "the folder is read-only"), or %NULL when the error's
 *   own message is all there is to say
 */
const char *
myo_file_error_reason (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if ((error->domain == G_IO_ERROR && error->code == G_IO_ERROR_NO_SPACE) ||
      (error->domain == G_FILE_ERROR && error->code == G_FILE_ERROR_NOSPC))
    return _("the disk is full");

  if ((error->domain == G_IO_ERROR && (error->code == G_IO_ERROR_READ_ONLY ||
                                       error->code == G_IO_ERROR_PERMISSION_DENIED)) ||
      (error->domain == G_FILE_ERROR && (error->code == G_FILE_ERROR_ROFS ||
                                         error->code == G_FILE_ERROR_ACCES ||
                                         error->code == G_FILE_ERROR_PERM)))
    return _("the folder is read-only");

  return NULL;
}

/**
 * myo_file_with_extension:
 * @path: a file name a person typed
 * @extension: e.g. ".myomap"
 *
 * Returns: (transfer full): @path, with @extension added when its base name
 *   has none ("calf-patient" becomes "calf-patient.myomap", "notes.json"
 *   stays as it is)
 */
char *
myo_file_with_extension (const char *path,
                         const char *extension)
{
  g_autofree char *base = g_path_get_basename (path);

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  if (strchr (base + 1, '.') != NULL || g_str_has_suffix (path, G_DIR_SEPARATOR_S))
    return g_strdup (path);

  return g_strconcat (path, extension, NULL);
}
