/* myo-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "myo-json.h"

G_DEFINE_QUARK (myo-json-error-quark, myo_json_error)

static void
offset_to_line_column (const char *data,
                       gsize       offset,
                       guint      *line,
                       guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset && data[i] != '\0'; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        {
          (*column)++;
        }
    }
}

static json_object *
set_too_large_error (guint64   size,
                     guint64   max_size,
                     GError  **error)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *max_text = g_format_size (max_size);

  g_set_error (error, MYO_JSON_ERROR, MYO_JSON_ERROR_TOO_LARGE,
               _("the file is %s, larger than Myomap reads (%s)"), size_text, max_text);
  return NULL;
}

/* json-c keeps the last of two equal keys in an object without a word, so
 * a file could say one thing to Myomap and another to a person reading it.
 * This scans a text json-c accepted (so well-formed, nested at most
 * JSON_TOKENER_DEFAULT_DEPTH deep) for a key given twice in one object. */
static void
keys_free (gpointer keys)
{
  if (keys != NULL)
    g_hash_table_unref (keys);
}

static char *
decode_key (const char *text,
            gsize       length)
{
  struct json_tokener *tok = json_tokener_new ();
  g_autoptr(json_object) decoded = json_tokener_parse_ex (tok, text, (int) length);

  json_tokener_free (tok);
  return g_strdup (decoded != NULL ? json_object_get_string (decoded) : "");
}

static gboolean
find_duplicate_key (const char  *data,
                    gsize        length,
                    gsize       *offset,
                    char       **duplicate)
{
  /* One entry per open object (its keys so far) or array (NULL) */
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (keys_free);
  gboolean expect_key = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      GHashTable *keys = stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;

      switch (data[i])
        {
        case '{':
          g_ptr_array_add (stack, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));
          expect_key = TRUE;
          break;

        case '[':
          g_ptr_array_add (stack, NULL);
          expect_key = FALSE;
          break;

        case '}':
        case ']':
          if (stack->len > 0)
            g_ptr_array_set_size (stack, stack->len - 1);
          expect_key = FALSE;
          break;

        case ',':
          expect_key = keys != NULL;
          break;

        case '"':
          {
            gsize start = i;
            gboolean escaped = FALSE;
            char *key;

            for (i++; i < length && data[i] != '"'; i++)
              if (data[i] == '\\')
                {
                  escaped = TRUE;
                  i++;
                }

            if (!expect_key || keys == NULL)
              break;

            expect_key = FALSE;
            /* json-c undoes the escapes, so "\u0061" and "a" are one key */
            key = escaped ? decode_key (data + start, i + 1 - start)
                          : g_strndup (data + start + 1, i - start - 1);
            if (!g_hash_table_add (keys, key))
              {
                *offset = start;
                *duplicate = g_strdup (key);
                return TRUE;
              }
          }
          break;

        default:
          break;
        }
    }

  return FALSE;
}

/**
 * myo_json_count_nodes:
 *
 * Counts the values and keys of a JSON text from its structure (a comma,
 * a colon or an opening bracket outside strings each start one), without
 * parsing it: what the parse tree will cost is known before it is built.
 *
 * Returns: the number of nodes, give or take one
 */
gsize
myo_json_count_nodes (const char *data,
                      gsize       length)
{
  gsize nodes = 1;

  for (gsize i = 0; i < length; i++)
    switch (data[i])
      {
      case '"':
        for (i++; i < length && data[i] != '"'; i++)
          if (data[i] == '\\')
            i++;
        break;

      case ',':
      case ':':
      case '[':
      case '{':
        nodes++;
        break;

      default:
        break;
      }

  return nodes;
}

/**
 * myo_json_parse:
 * @data: the text, not necessarily nul-terminated
 * @length: its length in bytes
 *
 * Parses one JSON document. Unlike json_tokener_parse() this reports where
 * the text went wrong, and refuses invalid UTF-8 and trailing garbage.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
json_object *
myo_json_parse (const char  *data,
                gsize        length,
                GError     **error)
{
  return myo_json_parse_limited (data, length, MYO_JSON_MAX_FILE_SIZE, MYO_JSON_MAX_NODES, error);
}

/**
 * myo_json_parse_limited:
 * @max_size: the largest text parsed, in bytes
 * @max_nodes: the most values and keys (see myo_json_count_nodes())
 *
 * myo_json_parse() with limits of its own, for a file such as the journal
 * that is allowed to grow larger than the files people exchange.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
json_object *
myo_json_parse_limited (const char  *data,
                        gsize        length,
                        gsize        max_size,
                        gsize        max_nodes,
                        GError     **error)
{
  g_autoptr(json_object) root = NULL;
  struct json_tokener *tok;
  enum json_tokener_error jerr;
  gsize offset;
  guint line, column;

  if (length > max_size)
    return set_too_large_error (length, max_size, error);

  if (myo_json_count_nodes (data, length) > max_nodes)
    {
      g_set_error (error, MYO_JSON_ERROR, MYO_JSON_ERROR_TOO_LARGE,
                   _("the file holds more than %lu values, more than Myomap reads"),
                   (unsigned long) max_nodes);
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      const char *end;

      g_utf8_validate_len (data, length, &end);
      offset_to_line_column (data, end - data, &line, &column);
      g_set_error (error, MYO_JSON_ERROR, MYO_JSON_ERROR_SYNTAX,
                   _("line %u, column %u: the text is not valid UTF-8"), line, column);
      return NULL;
    }

  tok = json_tokener_new_ex (JSON_TOKENER_DEFAULT_DEPTH);
  json_tokener_set_flags (tok, JSON_TOKENER_STRICT);
  root = json_tokener_parse_ex (tok, data, (int) length);
  jerr = json_tokener_get_error (tok);
  offset = json_tokener_get_parse_end (tok);

  if (jerr == json_tokener_continue)
    {
      jerr = json_tokener_error_parse_eof;
      offset = length;
    }
  else if (jerr == json_tokener_success && offset < length)
    {
      /* Only white space may follow the document */
      for (gsize i = offset; i < length; i++)
        if (!g_ascii_isspace (data[i]))
          {
            offset = i;
            jerr = json_tokener_error_parse_unexpected;
            break;
          }
    }

  json_tokener_free (tok);

  if (jerr == json_tokener_success && root != NULL)
    {
      g_autofree char *duplicate = NULL;

      if (find_duplicate_key (data, length, &offset, &duplicate))
        {
          offset_to_line_column (data, offset, &line, &column);
          g_set_error (error, MYO_JSON_ERROR, MYO_JSON_ERROR_SYNTAX,
                       _("line %u, column %u: the key “%s” is given twice in the same object"),
                       line, column, duplicate);
          return NULL;
        }
    }

  if (jerr != json_tokener_success || root == NULL)
    {
      offset_to_line_column (data, offset, &line, &column);
      g_set_error (error, MYO_JSON_ERROR, MYO_JSON_ERROR_SYNTAX,
                   _("line %u, column %u: %s"), line, column,
                   length == 0 ? _("the file is empty")
                               : json_tokener_error_desc (jerr == json_tokener_success
                                                          ? json_tokener_error_parse_eof
                                                          : jerr));
      return NULL;
    }

  return g_steal_pointer (&root);
}

/**
 * myo_file_read:
 * @path: the file
 * @contents: (out) (transfer full): its bytes, nul-terminated
 * @length: (out): their number
 *
 * Reads a whole regular file of at most %MYO_JSON_MAX_FILE_SIZE bytes. A
 * folder, a pipe or a device (perhaps behind a symbolic link) is refused
 * without waiting on it, and the size is checked on the file opened, so a
 * hostile path can neither stall the app nor make it read without end.
 *
 * Returns: %FALSE with @error set (%G_FILE_ERROR or %MYO_JSON_ERROR); the
 *   message does not repeat the path, callers prefix it.
 */
gboolean
myo_file_read (const char  *path,
               char       **contents,
               gsize       *length,
               GError     **error)
{
  return myo_file_read_limited (path, MYO_JSON_MAX_FILE_SIZE, contents, length, error);
}

/**
 * myo_file_read_limited:
 * @max_size: the largest file read, in bytes
 *
 * myo_file_read() with a limit of its own.
 */
gboolean
myo_file_read_limited (const char  *path,
                       gsize        max_size,
                       char       **contents,
                       gsize       *length,
                       GError     **error)
{
  g_autofree char *data = NULL;
  gsize size = 0;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      gboolean is_dir = S_ISDIR (st.st_mode);

      close (fd);
      g_set_error_literal (error, G_FILE_ERROR, is_dir ? G_FILE_ERROR_ISDIR : G_FILE_ERROR_INVAL,
                           is_dir ? _("this is a folder, not a file")
                                  : _("this is not a regular file (a pipe or a device?)"));
      return FALSE;
    }

  if ((guint64) st.st_size > max_size)
    {
      close (fd);
      set_too_large_error (st.st_size, max_size, error);
      return FALSE;
    }

  /* One byte more than the limit tells a file that grew while being read */
  data = g_malloc (st.st_size + 2);
  while (size <= (gsize) st.st_size)
    {
      gssize n = read (fd, data + size, st.st_size + 1 - size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
          return FALSE;
        }
      if (n == 0)
        break;
      size += n;
    }
  close (fd);

  if (size > (gsize) st.st_size)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                           _("the file changed while it was read; try again"));
      return FALSE;
    }

  data[size] = '\0';
  *contents = g_steal_pointer (&data);
  if (length != NULL)
    *length = size;

  return TRUE;
}

/**
 * myo_json_parse_file:
 *
 * Returns: (transfer full): the document, or %NULL with @error set; the
 *   message does not repeat the path, callers prefix it.
 */
json_object *
myo_json_parse_file (const char  *path,
                     GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!myo_file_read (path, &data, &length, error))
    return NULL;

  return myo_json_parse (data, length, error);
}

/**
 * myo_file_write_atomic:
 *
 * Writes to a temporary file beside @path, flushes it to disk and renames it
 * over @path, so a crash leaves either the old or the new file, never half of
 * one. The file is private to the user (0600): it holds health data.
 */
gboolean
myo_file_write_atomic (const char  *path,
                       const char  *contents,
                       gsize        length,
                       GError     **error)
{
  g_autofree char *dir = NULL;
  int fd;

  if (!g_file_set_contents_full (path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT |
                                 G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error))
    return FALSE;

  /* The rename is only durable once the directory entry is on disk too */
  dir = g_path_get_dirname (path);
  fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;
}

gboolean
myo_json_write_file (const char   *path,
                     json_object  *object,
                     GError      **error)
{
  const char *text;
  g_autofree char *with_newline = NULL;

  text = json_object_to_json_string_ext (object,
                                         JSON_C_TO_STRING_PRETTY |
                                         JSON_C_TO_STRING_SPACED |
                                         JSON_C_TO_STRING_NOSLASHESCAPE);
  with_newline = g_strconcat (text, "\n", NULL);

  return myo_file_write_atomic (path, with_newline, strlen (with_newline), error);
}
