/* myo-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
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
                     GError  **error)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *max_text = g_format_size (MYO_JSON_MAX_FILE_SIZE);

  g_set_error (error, MYO_JSON_ERROR, MYO_JSON_ERROR_TOO_LARGE,
               _("the file is %s, larger than Myomap reads (%s)"), size_text, max_text);
  return NULL;
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
  g_autoptr(json_object) root = NULL;
  struct json_tokener *tok;
  enum json_tokener_error jerr;
  gsize offset;
  guint line, column;

  if (length > MYO_JSON_MAX_FILE_SIZE)
    return set_too_large_error (length, error);

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
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                       _("this is a folder, not a file"));
          return NULL;
        }
      if (st.st_size > MYO_JSON_MAX_FILE_SIZE)
        return set_too_large_error (st.st_size, error);
    }

  if (!g_file_get_contents (path, &data, &length, error))
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
