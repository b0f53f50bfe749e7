/* myo-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "myo-file.h"
#include "myo-json.h"
#include "myo-store-private.h"

/* One object per process owns the data folder: the journal, the autosave
 * and the sessions set aside by New Session. The journal is read once, and
 * every change to it happens under an advisory lock on "lock" in the data
 * folder, after reading the file again if another process (a CLI export, a
 * Myomap started without the session bus) wrote it since: two writers never
 * lose each other's sessions. The autosave is written after a quiet second,
 * in a thread, so a slider drag is one write; it is written at once on
 * close and on quit. */

#define AUTOSAVE_DELAY_MS 1000
#define MAX_RECENT 10
#define TEMPORARY_MIN_AGE 60

struct _MyoStore
{
  GObject     parent_instance;

  char       *dir;
  char       *lock_path;
  char       *journal_path;
  char       *autosave_path;
  char       *recent_dir;

  MyoJournal *journal;        /* NULL until loaded */
  GError     *journal_error;  /* why there is no journal */
  guint64     generation;     /* the lock's count of changes, as last read or written */
  gboolean    loading;

  guint       autosave_delay_ms;
  guint       autosave_id;
  GBytes     *autosave_pending;
  MyoSession *autosave_session;  /* or this, put in the file format when written */
  guint64     autosave_generation;
  GError     *autosave_error;
  guint64     autosave_error_generation;

  /* Shared with the writing threads */
  GMutex      autosave_mutex;
  GCond       autosave_cond;
  guint       autosave_in_flight;
  guint64     autosave_written;
  guint       n_autosaves;
};

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_JOURNAL_ERROR,
  PROP_AUTOSAVE_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoStore, myo_store, G_TYPE_OBJECT)

typedef struct
{
  GBytes  *data;
  guint64  generation;
} AutosaveJob;

static void
autosave_job_free (AutosaveJob *job)
{
  g_bytes_unref (job->data);
  g_free (job);
}

/* Journal */

static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* With the lock held */
static MyoJournal *
read_journal (const char  *path,
              GError     **error)
{
  g_autoptr(MyoJournal) journal = myo_journal_new (path);

  myo_file_clean_temporaries (path, TEMPORARY_MIN_AGE);
  if (!myo_journal_load (journal, error))
    return NULL;

  /* Formatting every entry here, often in a thread, keeps the saves on the
   * main thread short */
  myo_journal_cache_texts (journal);
  return g_steal_pointer (&journal);
}

static MyoJournal *
lock_and_read_journal (MyoStore  *self,
                       guint64   *generation,
                       GError   **error)
{
  g_autoptr(MyoFileLock) lock = NULL;
  g_autoptr(GError) lock_error = NULL;

  /* A folder that is read-only or full cannot take a lock file, but the
   * journal in it can still be read and shown; nothing can write to it
   * then, and a write says why */
  if (ensure_dir (self->dir, &lock_error))
    lock = myo_file_lock_acquire (self->lock_path, &lock_error);
  if (lock == NULL)
    g_debug ("Reading the journal without its lock: %s", lock_error->message);
  *generation = lock != NULL ? myo_file_lock_get_generation (lock) : 0;

  /* What a crash in the middle of an autosave left behind */
  myo_file_clean_temporaries (self->autosave_path, TEMPORARY_MIN_AGE);

  return read_journal (self->journal_path, error);
}

static void
set_journal (MyoStore   *self,
             MyoJournal *journal,
             guint64     generation,
             GError     *error)
{
  self->generation = generation;

  if (g_set_object (&self->journal, journal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);

  if (error != NULL || self->journal_error != NULL)
    {
      g_clear_error (&self->journal_error);
      self->journal_error = error != NULL ? g_error_copy (error) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_ERROR]);
    }
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MyoStore *self = source_object;
  guint64 *generation = task_data;
  GError *error = NULL;
  MyoJournal *journal = lock_and_read_journal (self, generation, &error);

  if (journal == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, journal, g_object_unref);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  MyoStore *self = MYO_STORE (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoJournal) journal = g_task_propagate_pointer (G_TASK (result), &error);

  self->loading = FALSE;

  /* A write that could not wait read the journal itself meanwhile */
  if (self->journal != NULL)
    return;

  set_journal (self, journal, *(guint64 *) g_task_get_task_data (G_TASK (result)), error);
}

/**
 * myo_store_ensure_journal:
 *
 * Starts reading the journal in a thread unless it is read or being read;
 * #MyoStore:journal or #MyoStore:journal-error tell the outcome. After an
 * error, calling this again tries again.
 */
void
myo_store_ensure_journal (MyoStore *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MYO_IS_STORE (self));

  if (self->journal != NULL || self->loading)
    return;

  self->loading = TRUE;
  task = g_task_new (self, NULL, loaded_cb, NULL);
  g_task_set_source_tag (task, myo_store_ensure_journal);
  g_task_set_task_data (task, g_new0 (guint64, 1), g_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * myo_store_load_journal:
 *
 * Reads the journal now, under the lock, unless it is already read.
 *
 * Returns: %FALSE with @error set when the journal cannot be used
 */
gboolean
myo_store_load_journal (MyoStore  *self,
                        GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MyoJournal) journal = NULL;
  guint64 generation = 0;

  g_return_val_if_fail (MYO_IS_STORE (self), FALSE);

  if (self->journal != NULL)
    return TRUE;

  journal = lock_and_read_journal (self, &generation, &local_error);
  set_journal (self, journal, generation, local_error);
  if (journal == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* The journal as the file holds it now, the lock held until the change is
 * written (see end_change()) */
static MyoFileLock *
begin_change (MyoStore  *self,
              GError   **error)
{
  g_autoptr(MyoFileLock) lock = NULL;
  g_autoptr(GError) local_error = NULL;
  guint64 generation;

  if (!ensure_dir (self->dir, error))
    return NULL;

  lock = myo_file_lock_acquire (self->lock_path, error);
  if (lock == NULL)
    return NULL;

  /* Another writer counted a change, or the file is not the one read */
  generation = myo_file_lock_get_generation (lock);

  /* A routine finished before the journal was read is kept all the same */
  if (self->journal == NULL)
    {
      g_autoptr(MyoJournal) journal = read_journal (self->journal_path, &local_error);

      set_journal (self, journal, generation, local_error);
    }
  else if (generation != self->generation || myo_journal_changed_on_disk (self->journal))
    {
      if (myo_journal_load (self->journal, &local_error))
        {
          myo_journal_cache_texts (self->journal);
          self->generation = generation;
        }
      else
        {
          set_journal (self, NULL, generation, local_error);
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&lock);
}

/* After a change: counted in the lock file when it was written */
static gboolean
end_change (MyoStore    *self,
            MyoFileLock *lock,
            gboolean     written)
{
  if (written)
    self->generation = myo_file_lock_bump_generation (lock);

  return written;
}

/**
 * myo_store_add:
 *
 * Keeps @entry in the journal, reading the journal first if it has not
 * been read yet or another process changed it.
 */
gboolean
myo_store_add (MyoStore         *self,
               MyoJournalEntry  *entry,
               GError          **error)
{
  g_autoptr(MyoFileLock) lock = NULL;

  g_return_val_if_fail (MYO_IS_STORE (self), FALSE);
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (entry), FALSE);

  lock = begin_change (self, error);
  if (lock == NULL)
    return FALSE;

  if (myo_journal_lookup (self->journal, myo_journal_entry_get_id (entry)) != NULL)
    return TRUE;

  return end_change (self, lock, myo_journal_add (self->journal, entry, error));
}

/**
 * myo_store_add_all:
 * @entries: (element-type MyoJournalEntry): entries, perhaps deleted before
 *
 * Keeps all of @entries with one write; those the journal already holds
 * are left as they are.
 */
gboolean
myo_store_add_all (MyoStore   *self,
                   GPtrArray  *entries,
                   GError    **error)
{
  g_autoptr(MyoFileLock) lock = NULL;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  g_return_val_if_fail (MYO_IS_STORE (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  lock = begin_change (self, error);
  if (lock == NULL)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      MyoJournalEntry *entry = g_ptr_array_index (entries, i);

      if (myo_journal_lookup (self->journal, myo_journal_entry_get_id (entry)) == NULL)
        g_ptr_array_add (missing, entry);
    }

  return missing->len == 0 || end_change (self, lock, myo_journal_add_all (self->journal, missing, error));
}

gboolean
myo_store_remove (MyoStore    *self,
                  const char  *id,
                  GError     **error)
{
  g_autoptr(MyoFileLock) lock = NULL;

  g_return_val_if_fail (MYO_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  lock = begin_change (self, error);
  if (lock == NULL)
    return FALSE;

  return end_change (self, lock, myo_journal_remove (self->journal, id, error));
}

/* Autosave */

static gboolean
write_autosave (MyoStore     *self,
                GBytes       *data,
                guint64       generation,
                GError      **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->autosave_mutex);
  gsize length;
  const char *text = g_bytes_get_data (data, &length);

  /* A newer version is already on disk */
  if (generation <= self->autosave_written)
    return TRUE;

  if (!ensure_dir (self->dir, error) ||
      !myo_file_write_atomic (self->autosave_path, text, length, error))
    return FALSE;

  self->autosave_written = generation;
  self->n_autosaves++;
  return TRUE;
}

static void
set_autosave_result (MyoStore *self,
                     guint64   generation,
                     GError   *error)
{
  if (error != NULL)
    {
      g_clear_error (&self->autosave_error);
      self->autosave_error = g_error_copy (error);
      self->autosave_error_generation = generation;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_ERROR]);
    }
  else if (self->autosave_error != NULL && generation >= self->autosave_error_generation)
    {
      g_clear_error (&self->autosave_error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_ERROR]);
    }
}

static void
autosave_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  MyoStore *self = source_object;
  AutosaveJob *job = task_data;
  GError *error = NULL;
  gboolean written = write_autosave (self, job->data, job->generation, &error);

  g_mutex_lock (&self->autosave_mutex);
  self->autosave_in_flight--;
  g_cond_broadcast (&self->autosave_cond);
  g_mutex_unlock (&self->autosave_mutex);

  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
autosaved_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  MyoStore *self = MYO_STORE (object);
  AutosaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  set_autosave_result (self, job->generation, error);
}

/* What the autosave is to write: the bytes given, or the session given,
 * put in its file format now rather than on every change */
static GBytes *
take_pending (MyoStore *self)
{
  g_autoptr(MyoSession) session = g_steal_pointer (&self->autosave_session);

  if (session != NULL)
    {
      char *data = myo_session_to_data (session);

      return g_bytes_new_take (data, strlen (data));
    }

  return g_steal_pointer (&self->autosave_pending);
}

static gboolean autosave_timeout_cb (gpointer data);

static void
schedule_autosave (MyoStore *self)
{
  self->autosave_generation++;
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (self->autosave_delay_ms, autosave_timeout_cb, self);
}

static gboolean
autosave_timeout_cb (gpointer data)
{
  MyoStore *self = data;
  g_autoptr(GTask) task = NULL;
  AutosaveJob *job = g_new0 (AutosaveJob, 1);

  self->autosave_id = 0;
  job->data = take_pending (self);
  job->generation = self->autosave_generation;

  g_mutex_lock (&self->autosave_mutex);
  self->autosave_in_flight++;
  g_mutex_unlock (&self->autosave_mutex);

  task = g_task_new (self, NULL, autosaved_cb, NULL);
  g_task_set_source_tag (task, autosave_timeout_cb);
  g_task_set_task_data (task, job, (GDestroyNotify) autosave_job_free);
  g_task_run_in_thread (task, autosave_thread);

  return G_SOURCE_REMOVE;
}

/**
 * myo_store_autosave:
 * @data: the session in its file format
 *
 * Writes @data to the autosave once no newer version has come for a
 * second, in a thread. #MyoStore:autosave-error says when it fails.
 */
void
myo_store_autosave (MyoStore   *self,
                    const char *data,
                    gsize       length)
{
  g_return_if_fail (MYO_IS_STORE (self));
  g_return_if_fail (data != NULL);

  g_clear_object (&self->autosave_session);
  g_clear_pointer (&self->autosave_pending, g_bytes_unref);
  self->autosave_pending = g_bytes_new (data, length);
  schedule_autosave (self);
}

/**
 * myo_store_autosave_session:
 * @session: the session to keep
 *
 * As myo_store_autosave(), but @session is put in its file format only
 * when the autosave is written (a second after the last change, or on
 * myo_store_flush()), not on every change: with hundreds of points that
 * takes milliseconds a click would otherwise wait for.
 */
void
myo_store_autosave_session (MyoStore   *self,
                            MyoSession *session)
{
  g_return_if_fail (MYO_IS_STORE (self));
  g_return_if_fail (MYO_IS_SESSION (session));

  g_clear_pointer (&self->autosave_pending, g_bytes_unref);
  g_set_object (&self->autosave_session, session);
  schedule_autosave (self);
}

/**
 * myo_store_flush:
 *
 * Writes a pending autosave now and waits for those under way: on closing
 * a window and on quitting.
 */
gboolean
myo_store_flush (MyoStore  *self,
                 GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) pending = NULL;
  gboolean written = TRUE;

  g_return_val_if_fail (MYO_IS_STORE (self), FALSE);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  pending = take_pending (self);
  if (pending != NULL)
    {
      written = write_autosave (self, pending, self->autosave_generation, &local_error);
      set_autosave_result (self, self->autosave_generation, local_error);
    }

  g_mutex_lock (&self->autosave_mutex);
  while (self->autosave_in_flight > 0)
    g_cond_wait (&self->autosave_cond, &self->autosave_mutex);
  g_mutex_unlock (&self->autosave_mutex);

  if (!written)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return written;
}

/* Sessions set aside */

/**
 * myo_store_keep_recent:
 * @data: a session in its file format
 *
 * Keeps a session a person put away (New Session, opening a file) in the
 * "recent" folder, the newest ten of them.
 *
 * Returns: (transfer full) (nullable): the file it was kept in
 */
char *
myo_store_keep_recent (MyoStore    *self,
                       const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autoptr(GPtrArray) recent = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (MYO_IS_STORE (self), NULL);

  if (!ensure_dir (self->recent_dir, error))
    return NULL;

  for (guint n = 0; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s/%s.%06d-%u.myomap", self->recent_dir, stamp,
                              g_date_time_get_microsecond (now), n);
    }

  if (!myo_file_write_atomic (path, data, length, error))
    return NULL;

  recent = myo_store_list_recent (self);
  for (guint i = MAX_RECENT; i < recent->len; i++)
    g_unlink (g_ptr_array_index (recent, i));

  return g_steal_pointer (&path);
}

static int
compare_names_descending (gconstpointer a,
                          gconstpointer b)
{
  return -strcmp (*(const char **) a, *(const char **) b);
}

/**
 * myo_store_list_recent:
 *
 * Returns: (transfer full) (element-type filename): the sessions set
 *   aside, newest first
 */
GPtrArray *
myo_store_list_recent (MyoStore *self)
{
  GPtrArray *recent = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (MYO_IS_STORE (self), NULL);

  dir = g_dir_open (self->recent_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".myomap"))
      g_ptr_array_add (recent, g_build_filename (self->recent_dir, name, NULL));

  g_ptr_array_sort (recent, compare_names_descending);
  return recent;
}

/* Object */

static void
myo_store_dispose (GObject *object)
{
  MyoStore *self = (MyoStore *) object;

  /* What the person marked last is on disk before the store goes */
  myo_store_flush (self, NULL);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (myo_store_parent_class)->dispose (object);
}

static void
myo_store_finalize (GObject *object)
{
  MyoStore *self = (MyoStore *) object;

  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->lock_path, g_free);
  g_clear_pointer (&self->journal_path, g_free);
  g_clear_pointer (&self->autosave_path, g_free);
  g_clear_pointer (&self->recent_dir, g_free);
  g_clear_error (&self->journal_error);
  g_clear_error (&self->autosave_error);
  g_clear_pointer (&self->autosave_pending, g_bytes_unref);
  g_clear_object (&self->autosave_session);
  g_mutex_clear (&self->autosave_mutex);
  g_cond_clear (&self->autosave_cond);

  G_OBJECT_CLASS (myo_store_parent_class)->finalize (object);
}

static void
myo_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MyoStore *self = MYO_STORE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_JOURNAL_ERROR:
      g_value_set_boxed (value, self->journal_error);
      break;

    case PROP_AUTOSAVE_ERROR:
      g_value_set_boxed (value, self->autosave_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_store_class_init (MyoStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = myo_store_dispose;
  object_class->finalize = myo_store_finalize;
  object_class->get_property = myo_store_get_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         MYO_TYPE_JOURNAL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_JOURNAL_ERROR] =
    g_param_spec_boxed ("journal-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTOSAVE_ERROR] =
    g_param_spec_boxed ("autosave-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
myo_store_init (MyoStore *self)
{
  g_mutex_init (&self->autosave_mutex);
  g_cond_init (&self->autosave_cond);
  self->autosave_delay_ms = AUTOSAVE_DELAY_MS;
}

/**
 * myo_store_new:
 * @dir: the data folder
 *
 * Returns: (transfer full): a store for @dir; nothing is read yet
 */
MyoStore *
myo_store_new (const char *dir)
{
  MyoStore *self;

  g_return_val_if_fail (dir != NULL, NULL);

  self = g_object_new (MYO_TYPE_STORE, NULL);
  self->dir = g_strdup (dir);
  self->lock_path = g_build_filename (dir, "lock", NULL);
  self->journal_path = g_build_filename (dir, "journal.json", NULL);
  self->autosave_path = g_build_filename (dir, "autosave.myomap", NULL);
  self->recent_dir = g_build_filename (dir, "recent", NULL);

  return self;
}

/**
 * myo_store_default_dir:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/io.github.myomap.Myomap
 */
char *
myo_store_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, NULL);
}

const char *
myo_store_get_dir (MyoStore *self)
{
  g_return_val_if_fail (MYO_IS_STORE (self), NULL);
  return self->dir;
}

const char *
myo_store_get_autosave_path (MyoStore *self)
{
  g_return_val_if_fail (MYO_IS_STORE (self), NULL);
  return self->autosave_path;
}

/**
 * myo_store_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal, once read
 */
MyoJournal *
myo_store_get_journal (MyoStore *self)
{
  g_return_val_if_fail (MYO_IS_STORE (self), NULL);
  return self->journal;
}

/**
 * myo_store_get_journal_error:
 *
 * Returns: (transfer none) (nullable): why the journal cannot be used
 */
const GError *
myo_store_get_journal_error (MyoStore *self)
{
  g_return_val_if_fail (MYO_IS_STORE (self), NULL);
  return self->journal_error;
}

/**
 * myo_store_get_autosave_error:
 *
 * Returns: (transfer none) (nullable): why the last autosave failed, until
 *   one succeeds
 */
const GError *
myo_store_get_autosave_error (MyoStore *self)
{
  g_return_val_if_fail (MYO_IS_STORE (self), NULL);
  return self->autosave_error;
}

void
_myo_store_set_autosave_delay (MyoStore *self,
                               guint     delay_ms)
{
  g_return_if_fail (MYO_IS_STORE (self));
  self->autosave_delay_ms = delay_ms;
}

guint
_myo_store_get_n_autosaves (MyoStore *self)
{
  guint n;

  g_return_val_if_fail (MYO_IS_STORE (self), 0);

  g_mutex_lock (&self->autosave_mutex);
  n = self->n_autosaves;
  g_mutex_unlock (&self->autosave_mutex);

  return n;
}
