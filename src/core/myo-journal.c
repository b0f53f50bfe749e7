/* myo-journal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "myo-file.h"
#include "myo-journal-entry-private.h"
#include "myo-journal-private.h"

/* The journal is one JSON file, rewritten atomically (temporary file, fsync,
 * rename, fsync of the folder) on every change, so a crash leaves either
 * the old or the new journal. A file that cannot be read whole is moved
 * aside under a dated name before anything is written, so nothing the
 * person recorded is ever overwritten. */

struct _MyoJournal
{
  GObject    parent_instance;

  char      *path;
  char      *moved_aside;
  GPtrArray *entries;  /* MyoJournalEntry, newest first */
  GPtrArray *problems; /* char *: what reading the file left out, and why */
  gboolean   read_only;

  /* The file as last read or written, to tell when another process wrote
   * it since */
  gboolean   on_disk;
  dev_t      dev;
  ino_t      ino;
  goffset    size;
  gint64     mtime_ns;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MyoJournal, myo_journal, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (myo-journal-error-quark, myo_journal_error)

/* The journal */

static GType
list_model_get_item_type (GListModel *model)
{
  return MYO_TYPE_JOURNAL_ENTRY;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return MYO_JOURNAL (model)->entries->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  MyoJournal *self = MYO_JOURNAL (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
myo_journal_finalize (GObject *object)
{
  MyoJournal *self = (MyoJournal *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->moved_aside, g_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (myo_journal_parent_class)->finalize (object);
}

static void
myo_journal_class_init (MyoJournalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_journal_finalize;
}

static void
myo_journal_init (MyoJournal *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_ptr_array_new_with_free_func (g_free);
}

/**
 * myo_journal_new:
 * @path: the journal file
 *
 * Returns: (transfer full): an empty journal; call myo_journal_load()
 */
MyoJournal *
myo_journal_new (const char *path)
{
  MyoJournal *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (MYO_TYPE_JOURNAL, NULL);
  self->path = g_strdup (path);

  return self;
}

/**
 * myo_journal_default_path:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/io.github.myomap.Myomap/journal.json
 */
char *
myo_journal_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "journal.json", NULL);
}

const char *
myo_journal_get_path (MyoJournal *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);
  return self->path;
}

/**
 * myo_journal_get_moved_aside:
 *
 * Returns: (nullable): where the last load moved a journal it could not
 *   read whole, so the person can be told
 */
const char *
myo_journal_get_moved_aside (MyoJournal *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);
  return self->moved_aside;
}

/**
 * myo_journal_get_problems:
 *
 * Why the last reading of the file left something out, one line each,
 * naming the JSON path: "$.sessions[3].points[0].intensity: expected a
 * number, found a string". Empty when the file was read whole.
 *
 * Returns: (transfer none) (element-type utf8): the problems
 */
GPtrArray *
myo_journal_get_problems (MyoJournal *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);
  return self->problems;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  MyoJournalEntry *ea = *(MyoJournalEntry **) a;
  MyoJournalEntry *eb = *(MyoJournalEntry **) b;

  return -g_date_time_compare (ea->started, eb->started);
}

/* The file keeps the oldest first, so the usual case is a reversal */
static void
sort_newest_first (GPtrArray *entries)
{
  for (guint i = 1; i < entries->len; i++)
    if (compare_newest_first (&g_ptr_array_index (entries, i - 1), &g_ptr_array_index (entries, i)) <= 0)
      {
        g_ptr_array_sort (entries, compare_newest_first);
        return;
      }

  for (guint i = 0, j = entries->len; i + 1 < j; i++, j--)
    {
      gpointer tmp = entries->pdata[i];

      entries->pdata[i] = entries->pdata[j - 1];
      entries->pdata[j - 1] = tmp;
    }
}

static gboolean
move_aside (MyoJournal  *self,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *aside = myo_file_move_aside (self->path, "unreadable", &local_error);

  if (aside == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code,
                   _("The journal “%s” could not be read, nor moved aside: %s"),
                   self->path, local_error->message);
      return FALSE;
    }

  g_free (self->moved_aside);
  self->moved_aside = aside;
  return TRUE;
}

/* What tells one version of the file from the next: every write renames a
 * new file into place, so its inode changes */
static void
remember_disk (MyoJournal *self)
{
  GStatBuf st;

  self->on_disk = g_stat (self->path, &st) == 0;
  if (!self->on_disk)
    return;

  self->dev = st.st_dev;
  self->ino = st.st_ino;
  self->size = st.st_size;
  self->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
}

/**
 * myo_journal_changed_on_disk:
 *
 * Returns: whether the file is not the one this journal last read or
 *   wrote (another process wrote it, or it was removed or replaced)
 */
gboolean
myo_journal_changed_on_disk (MyoJournal *self)
{
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);

  exists = g_stat (self->path, &st) == 0;
  if (exists != self->on_disk)
    return TRUE;
  if (!exists)
    return FALSE;

  return st.st_dev != self->dev || st.st_ino != self->ino || st.st_size != self->size ||
         (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec != self->mtime_ns;
}

/* Problems listed when a journal is damaged; a journal damaged all
 * through is moved aside whole either way */
#define MAX_PROBLEMS 100

/* Reads the entries of a journal's text into @entries. A text that does
 * not parse, or entries that do not, set @damaged and add to @problems
 * why, each naming its JSON path; only a journal from a newer Myomap,
 * which must be left as it is, is an error. */
static gboolean
read_data (const char  *data,
           gsize        length,
           const char  *name,
           GPtrArray   *entries,
           GPtrArray   *problems,
           gint64      *schema_out,
           gboolean    *damaged,
           GError     **error)
{
  g_autoptr(MyoJsonReader) reader = myo_json_reader_new (NULL, MAX_PROBLEMS);
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(json_object) root = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *summary = NULL;
  json_object *schema_value, *sessions;
  gint64 schema = 0;

  *schema_out = 0;

  root = myo_json_parse_limited (data, length, MYO_JOURNAL_MAX_READ_SIZE, MYO_JOURNAL_MAX_READ_NODES,
                                 &parse_error);
  if (root == NULL)
    myo_json_reader_problem (reader, "%s", parse_error->message);
  else if (myo_json_reader_expect_type (reader, root, json_type_object))
    {
      if (json_object_object_get_ex (root, "schema", &schema_value) ||
          json_object_object_get_ex (root, "version", &schema_value))
        schema = json_object_is_type (schema_value, json_type_int) ? json_object_get_int64 (schema_value) : 0;

      if (schema > MYO_JOURNAL_SCHEMA_VERSION)
        {
          g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_INVALID,
                       _("The journal “%s” was written by a newer Myomap (schema %lld). "
                         "Update Myomap to use it; it is left as it is."), name, (long long) schema);
          return FALSE;
        }

      *schema_out = schema;
      if (schema < 1)
        myo_json_reader_member_problem (reader, "schema", _("not a journal schema (1 to %d)"),
                                        MYO_JOURNAL_SCHEMA_VERSION);
      else if ((sessions = myo_json_reader_member (reader, root, "sessions", json_type_array, TRUE)) != NULL)
        {
          gsize mark = myo_json_reader_push_key (reader, "sessions");

          for (guint i = 0; i < json_object_array_length (sessions); i++)
            {
              gsize item_mark = myo_json_reader_push_index (reader, i);
              MyoJournalEntry *entry = _myo_journal_entry_new_from_json (reader,
                                                                         json_object_array_get_idx (sessions, i),
                                                                         schema, i, local);

              if (entry != NULL)
                g_ptr_array_add (entries, entry);
              myo_json_reader_pop (reader, item_mark);
            }
          myo_json_reader_pop (reader, mark);
        }
    }

  *damaged = myo_json_reader_get_n_problems (reader) > 0;
  summary = myo_json_reader_dup_summary (reader);
  if (summary != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        g_ptr_array_add (problems, g_steal_pointer (&lines[i]));
    }

  return TRUE;
}

/**
 * _myo_journal_new_from_data:
 * @data: the text of a journal file
 * @damaged: (out): whether some of it could not be read
 *
 * The reading half of myo_journal_load(), without a file: for the fuzzer.
 * The journal has no file to save to (its path is "-").
 *
 * Returns: (transfer full) (nullable): the journal read, or %NULL with
 *   @error set for a journal from a newer Myomap
 */
MyoJournal *
_myo_journal_new_from_data (const char  *data,
                            gsize        length,
                            gboolean    *damaged,
                            GError     **error)
{
  g_autoptr(MyoJournal) self = myo_journal_new ("-");
  gint64 schema;

  self->read_only = TRUE;
  if (!read_data (data, length, self->path, self->entries, self->problems, &schema, damaged, error))
    return NULL;

  g_ptr_array_sort (self->entries, compare_newest_first);
  return g_steal_pointer (&self);
}

/**
 * myo_journal_load:
 *
 * Reads the journal file. A missing file is an empty journal. A file that
 * does not parse, or holds entries that do not, is moved aside to a dated
 * name (see myo_journal_get_moved_aside()) and the entries that could be
 * read are kept. A file that cannot be read at all (permissions, a folder,
 * a pipe, too large) or comes from a newer Myomap makes the journal
 * read-only, so it is never overwritten.
 *
 * Returns: %FALSE with @error set only when the journal cannot be used
 */
gboolean
myo_journal_load (MyoJournal  *self,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *data = NULL;
  gboolean damaged = FALSE;
  gint64 schema = 0;
  gsize length;
  guint old_len;
  GStatBuf st;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);

  g_clear_pointer (&self->moved_aside, g_free);
  g_ptr_array_set_size (self->problems, 0);
  self->read_only = FALSE;

  /* lstat: a dangling symbolic link is not "no journal yet" */
  if (g_lstat (self->path, &st) != 0 && errno == ENOENT)
    goto done;

  if (!myo_file_read_limited (self->path, MYO_JOURNAL_MAX_READ_SIZE, &data, &length, &local_error))
    {
      self->read_only = TRUE;
      g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_INVALID,
                   _("The journal “%s” cannot be read (%s). Nothing will be written to it; "
                     "check what is there and its permissions."),
                   self->path, local_error->message);
      return FALSE;
    }

  if (!read_data (data, length, self->path, entries, self->problems, &schema, &damaged, error))
    {
      self->read_only = TRUE;
      return FALSE;
    }

  if (damaged && !move_aside (self, error))
    {
      self->read_only = TRUE;
      return FALSE;
    }

done:
  remember_disk (self);
  sort_newest_first (entries);
  old_len = self->entries->len;
  g_ptr_array_unref (self->entries);
  self->entries = g_steal_pointer (&entries);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->entries->len);

  /* What was read from an older or damaged file is written in the current
   * form right away, so the next start reads it cleanly */
  if ((schema != 0 && schema < MYO_JOURNAL_SCHEMA_VERSION) || self->moved_aside != NULL)
    return myo_journal_save (self, error);

  return TRUE;
}

static json_object *
journal_to_json (MyoJournal *self)
{
  json_object *root = json_object_new_object ();
  json_object *sessions = json_object_new_array_ext (self->entries->len);

  /* Oldest first on disk, so a person reading the file reads it in order */
  json_object_object_add (root, "schema", json_object_new_int (MYO_JOURNAL_SCHEMA_VERSION));
  for (guint i = self->entries->len; i > 0; i--)
    json_object_array_add (sessions, _myo_journal_entry_to_json (g_ptr_array_index (self->entries, i - 1)));
  json_object_object_add (root, "sessions", sessions);

  return root;
}

/**
 * myo_journal_save:
 *
 * Writes the whole journal atomically and durably; the folder is 0700 and
 * the file 0600. On failure the file on disk is the previous one.
 */
gboolean
myo_journal_save (MyoJournal  *self,
                  GError     **error)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *dir = NULL;
  gsize length = 0;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);

  if (self->read_only)
    {
      g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_INVALID,
                   _("The journal “%s” could not be read, so Myomap does not write over it"),
                   self->path);
      return FALSE;
    }

  dir = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  myo_journal_cache_texts (self);
  for (guint i = 0; i < self->entries->len; i++)
    length += ((MyoJournalEntry *) g_ptr_array_index (self->entries, i))->text_length + 6;
  text = g_string_sized_new (length + 64);

  /* One session a line, oldest first, so a person reading the file reads
   * it in order */
  g_string_append_printf (text, "{\n  \"schema\": %d,\n  \"sessions\": [", MYO_JOURNAL_SCHEMA_VERSION);
  for (guint i = self->entries->len; i > 0; i--)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i - 1);

      g_string_append (text, i == self->entries->len ? "\n    " : ",\n    ");
      g_string_append_len (text, entry->text, entry->text_length);
    }
  g_string_append (text, self->entries->len > 0 ? "\n  ]\n}\n" : "]\n}\n");

  /* Never a file this journal could not read back */
  if (text->len > MYO_JOURNAL_MAX_WRITE_SIZE ||
      myo_json_count_nodes (text->str, text->len) > MYO_JOURNAL_MAX_WRITE_NODES)
    {
      g_autofree char *max = g_format_size (MYO_JOURNAL_MAX_WRITE_SIZE);

      g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_FULL,
                   _("The journal is full (%s, %u sessions). Export it, then delete old sessions "
                     "to keep new ones."), max, self->entries->len);
      return FALSE;
    }

  if (!myo_file_write_atomic (self->path, text->str, text->len, error))
    return FALSE;

  remember_disk (self);
  return TRUE;
}

/**
 * myo_journal_cache_texts:
 *
 * Formats every entry as the file will hold it, once: saving afterwards
 * only copies text. Myomap calls this in the thread that loads the
 * journal, so the first save after start is as quick as the others.
 */
void
myo_journal_cache_texts (MyoJournal *self)
{
  g_return_if_fail (MYO_IS_JOURNAL (self));

  for (guint i = 0; i < self->entries->len; i++)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->text == NULL)
        {
          g_autoptr(json_object) object = _myo_journal_entry_to_json (entry);

          entry->text = g_strdup (json_object_to_json_string_ext (object,
                                                                  JSON_C_TO_STRING_SPACED |
                                                                  JSON_C_TO_STRING_NOSLASHESCAPE));
          entry->text_length = strlen (entry->text);
        }
    }
}

/**
 * myo_journal_add:
 *
 * Adds @entry in date order and saves. If saving fails the entry is not
 * kept, so the journal in memory is what is on disk.
 */
gboolean
myo_journal_add (MyoJournal       *self,
                 MyoJournalEntry  *entry,
                 GError          **error)
{
  guint position = 0;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (entry), FALSE);

  while (position < self->entries->len &&
         g_date_time_compare (((MyoJournalEntry *) g_ptr_array_index (self->entries, position))->started,
                              entry->started) > 0)
    position++;

  g_ptr_array_insert (self->entries, position, g_object_ref (entry));
  if (!myo_journal_save (self, error))
    {
      g_ptr_array_remove_index (self->entries, position);
      return FALSE;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  return TRUE;
}

/**
 * myo_journal_add_all:
 * @entries: (element-type MyoJournalEntry): the entries to add
 *
 * Adds many entries with a single save (an import, a generated journal).
 * If saving fails none is kept.
 */
gboolean
myo_journal_add_all (MyoJournal  *self,
                     GPtrArray   *entries,
                     GError     **error)
{
  g_autoptr(GPtrArray) previous = NULL;
  guint old_len;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  old_len = self->entries->len;
  previous = g_ptr_array_copy (self->entries, (GCopyFunc) g_object_ref, NULL);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (self->entries, g_object_ref (g_ptr_array_index (entries, i)));
  g_ptr_array_sort (self->entries, compare_newest_first);

  if (!myo_journal_save (self, error))
    {
      g_ptr_array_unref (self->entries);
      self->entries = g_steal_pointer (&previous);
      return FALSE;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->entries->len);
  return TRUE;
}

/**
 * myo_journal_lookup:
 *
 * Returns: (transfer none) (nullable): the entry with @id
 */
MyoJournalEntry *
myo_journal_lookup (MyoJournal *self,
                    const char *id)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_str_equal (entry->id, id))
        return entry;
    }

  return NULL;
}

gboolean
myo_journal_remove (MyoJournal  *self,
                    const char  *id,
                    GError     **error)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_str_equal (entry->id, id))
        {
          g_autoptr(MyoJournalEntry) removed = g_ptr_array_steal_index (self->entries, i);

          if (!myo_journal_save (self, error))
            {
              g_ptr_array_insert (self->entries, i, g_steal_pointer (&removed));
              return FALSE;
            }

          g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 0);
          return TRUE;
        }
    }

  g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_NOT_FOUND,
               _("That session is no longer in the journal"));
  return FALSE;
}

static void
append_csv_field (GString    *out,
                  const char *field)
{
  if (field == NULL)
    field = "";

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *c = field; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

/**
 * myo_journal_to_csv:
 *
 * One row per recorded point, oldest session first, numbers with a "."
 * whatever the locale.
 *
 * Returns: (transfer full): the CSV text
 */
char *
myo_journal_to_csv (MyoJournal *self)
{
  g_autoptr(GString) out = g_string_new ("session_id,date,view,region,side,x,y,intensity,quality\r\n");

  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);

  for (guint i = self->entries->len; i > 0; i--)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i - 1);
      g_autofree char *date = g_date_time_format_iso8601 (entry->started);

      for (guint p = 0; p < entry->points->len; p++)
        {
          const MyoJournalPoint *point = &g_array_index (entry->points, MyoJournalPoint, p);
          char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

          append_csv_field (out, entry->id);
          g_string_append_c (out, ',');
          append_csv_field (out, date);
          g_string_append_c (out, ',');
          append_csv_field (out, point->view);
          g_string_append_c (out, ',');
          append_csv_field (out, point->region);
          g_string_append_c (out, ',');
          append_csv_field (out, point->side);
          g_string_append_printf (out, ",%s,%s,%d,",
                                  g_ascii_formatd (x, sizeof x, "%.2f", point->x),
                                  g_ascii_formatd (y, sizeof y, "%.2f", point->y),
                                  point->intensity);
          append_csv_field (out, point->quality);
          g_string_append (out, "\r\n");
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * myo_journal_to_json:
 *
 * Returns: (transfer full): the journal in its file format
 */
char *
myo_journal_to_json (MyoJournal *self)
{
  g_autoptr(json_object) root = NULL;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);

  root = journal_to_json (self);
  return g_strconcat (json_object_to_json_string_ext (root, JSON_C_TO_STRING_PRETTY |
                                                      JSON_C_TO_STRING_SPACED |
                                                      JSON_C_TO_STRING_NOSLASHESCAPE), "\n", NULL);
}
