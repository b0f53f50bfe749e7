/* myo-json-reader.c: walking a JSON document with its path, listing problems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "myo-json-reader.h"

struct _MyoJsonReader
{
  char      *prefix;
  GString   *path;
  GPtrArray *problems;  /* char *: "PREFIX$.path: message" */
  guint      max_problems;
  guint      n_unreported;
};

/**
 * myo_json_reader_new:
 * @prefix: (nullable): put before every problem, e.g. "FILE: "
 * @max_problems: how many problems to list; further ones are only counted,
 *   so a hostile file cannot make the message endless
 *
 * Returns: (transfer full): a reader at the top of a document ("$")
 */
MyoJsonReader *
myo_json_reader_new (const char *prefix,
                     guint       max_problems)
{
  MyoJsonReader *reader = g_new0 (MyoJsonReader, 1);

  reader->prefix = g_strdup (prefix != NULL ? prefix : "");
  reader->path = g_string_new ("$");
  reader->problems = g_ptr_array_new_with_free_func (g_free);
  reader->max_problems = MAX (max_problems, 1);
  return reader;
}

void
myo_json_reader_free (MyoJsonReader *reader)
{
  if (reader == NULL)
    return;

  g_free (reader->prefix);
  g_string_free (reader->path, TRUE);
  g_ptr_array_unref (reader->problems);
  g_free (reader);
}

/* The path */

/**
 * myo_json_reader_push_key:
 *
 * Steps into the member @key.
 *
 * Returns: a mark to give myo_json_reader_pop() to step out again
 */
gsize
myo_json_reader_push_key (MyoJsonReader *reader,
                          const char    *key)
{
  gsize mark = reader->path->len;

  /* Not g_string_append_printf: a 10,000-session journal pushes hundreds
   * of thousands of keys, and formatting them was a third of its load */
  g_string_append_c (reader->path, '.');
  g_string_append (reader->path, key);
  return mark;
}

gsize
myo_json_reader_push_index (MyoJsonReader *reader,
                            gsize          index)
{
  gsize mark = reader->path->len;
  char digits[24];
  gsize n = 0;

  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0);

  g_string_append_c (reader->path, '[');
  while (n > 0)
    g_string_append_c (reader->path, digits[--n]);
  g_string_append_c (reader->path, ']');
  return mark;
}

void
myo_json_reader_pop (MyoJsonReader *reader,
                     gsize          mark)
{
  g_string_truncate (reader->path, mark);
}

/**
 * myo_json_reader_get_path:
 *
 * Returns: where the reader is, e.g. "$.points[2].intensity"
 */
const char *
myo_json_reader_get_path (MyoJsonReader *reader)
{
  return reader->path->str;
}

/* Problems */

static void
add_problem (MyoJsonReader *reader,
             const char    *format,
             va_list        args) G_GNUC_PRINTF (2, 0);

static void
add_problem (MyoJsonReader *reader,
             const char    *format,
             va_list        args)
{
  g_autofree char *message = NULL;

  if (reader->problems->len >= reader->max_problems)
    {
      reader->n_unreported++;
      return;
    }

  message = g_strdup_vprintf (format, args);
  g_ptr_array_add (reader->problems,
                   g_strdup_printf ("%s%s: %s", reader->prefix, reader->path->str, message));
}

/**
 * myo_json_reader_problem:
 *
 * Adds a problem at the reader's path.
 */
void
myo_json_reader_problem (MyoJsonReader *reader,
                         const char    *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  add_problem (reader, format, args);
  va_end (args);
}

/**
 * myo_json_reader_member_problem:
 *
 * Adds a problem at the member @key of where the reader is.
 */
void
myo_json_reader_member_problem (MyoJsonReader *reader,
                                const char    *key,
                                const char    *format,
                                ...)
{
  gsize mark = myo_json_reader_push_key (reader, key);
  va_list args;

  va_start (args, format);
  add_problem (reader, format, args);
  va_end (args);
  myo_json_reader_pop (reader, mark);
}

/**
 * myo_json_reader_get_problems:
 *
 * Returns: (transfer none) (element-type utf8): the problems listed, in the
 *   order they were found
 */
GPtrArray *
myo_json_reader_get_problems (MyoJsonReader *reader)
{
  return reader->problems;
}

/**
 * myo_json_reader_get_n_problems:
 *
 * Returns: how many problems were found, listed or not
 */
guint
myo_json_reader_get_n_problems (MyoJsonReader *reader)
{
  return reader->problems->len + reader->n_unreported;
}

guint
myo_json_reader_get_n_unreported (MyoJsonReader *reader)
{
  return reader->n_unreported;
}

/**
 * myo_json_reader_dup_summary:
 *
 * Returns: (transfer full) (nullable): the problems one a line, and how
 *   many more were found, or %NULL when there were none
 */
char *
myo_json_reader_dup_summary (MyoJsonReader *reader)
{
  g_autoptr(GString) summary = NULL;

  if (myo_json_reader_get_n_problems (reader) == 0)
    return NULL;

  summary = g_string_new (NULL);
  for (guint i = 0; i < reader->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (summary, '\n');
      g_string_append (summary, g_ptr_array_index (reader->problems, i));
    }

  if (reader->n_unreported > 0)
    {
      g_string_append_c (summary, '\n');
      g_string_append_printf (summary,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "… and %u more problem",
                                           "… and %u more problems",
                                           reader->n_unreported),
                              reader->n_unreported);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}

/* Getters */

static const char *
type_label (json_type type)
{
  switch (type)
    {
    case json_type_string:
      return _("a string");
    case json_type_array:
      return _("a list");
    case json_type_object:
      return _("an object");
    case json_type_boolean:
      return _("true or false");
    case json_type_double:
    case json_type_int:
      return _("a number");
    case json_type_null:
    default:
      return _("null");
    }
}

/**
 * myo_json_reader_has_type:
 *
 * Whether @value is of @type; an integer counts as a number
 * (%json_type_double), and %NULL is a JSON null.
 */
gboolean
myo_json_reader_has_type (json_object *value,
                          json_type    type)
{
  json_type actual = json_object_get_type (value);

  if (type == json_type_double)
    return actual == json_type_double || actual == json_type_int;

  return actual == type;
}

/**
 * myo_json_reader_expect_type:
 *
 * Checks that @value, at the reader's path, is of @type, adding a problem
 * when it is not.
 */
gboolean
myo_json_reader_expect_type (MyoJsonReader *reader,
                             json_object   *value,
                             json_type      type)
{
  if (myo_json_reader_has_type (value, type))
    return TRUE;

  myo_json_reader_problem (reader, _("expected %s, found %s"), type_label (type),
                           type_label (json_object_get_type (value)));
  return FALSE;
}

/**
 * myo_json_reader_member:
 *
 * Returns: (transfer none) (nullable): the member @key of @object, or %NULL
 *   after adding a problem (or silently, when it is optional and missing)
 */
json_object *
myo_json_reader_member (MyoJsonReader *reader,
                        json_object   *object,
                        const char    *key,
                        json_type      type,
                        gboolean       required)
{
  json_object *value = NULL;
  gsize mark;
  gboolean ok;

  if (!json_object_object_get_ex (object, key, &value) || value == NULL)
    {
      if (required)
        myo_json_reader_member_problem (reader, key, _("required, but missing"));
      return NULL;
    }

  mark = myo_json_reader_push_key (reader, key);
  ok = myo_json_reader_expect_type (reader, value, type);
  myo_json_reader_pop (reader, mark);

  return ok ? value : NULL;
}

/**
 * myo_json_reader_check_keys:
 * @allowed: the keys @object may have
 *
 * Names every other key as a problem: a key typed wrong would otherwise be
 * left out without a word.
 */
void
myo_json_reader_check_keys (MyoJsonReader      *reader,
                            json_object        *object,
                            const char * const *allowed)
{
  json_object_object_foreach (object, key, value)
    {
      (void) value;
      if (!g_strv_contains (allowed, key))
        myo_json_reader_member_problem (reader, key, _("unknown key “%s” (a typing mistake?)"), key);
    }
}

/**
 * myo_json_reader_get_string:
 *
 * Returns: (transfer none) (nullable): the member @key of @object, a
 *   string with more than blanks in it
 */
const char *
myo_json_reader_get_string (MyoJsonReader *reader,
                            json_object   *object,
                            const char    *key,
                            gboolean       required)
{
  json_object *value = myo_json_reader_member (reader, object, key, json_type_string, required);
  const char *str;

  if (value == NULL)
    return NULL;

  str = json_object_get_string (value);
  if (strspn (str, " \t\n") == strlen (str))
    {
      myo_json_reader_member_problem (reader, key, _("must not be empty"));
      return NULL;
    }

  return str;
}

char *
myo_json_reader_dup_string (MyoJsonReader *reader,
                            json_object   *object,
                            const char    *key,
                            gboolean       required)
{
  return g_strdup (myo_json_reader_get_string (reader, object, key, required));
}

/**
 * myo_json_reader_get_number:
 * @out: (out): left as it was unless the number is read
 *
 * Returns: whether the member @key is a finite number from @min to @max
 */
gboolean
myo_json_reader_get_number (MyoJsonReader *reader,
                            json_object   *object,
                            const char    *key,
                            gboolean       required,
                            double         min,
                            double         max,
                            double        *out)
{
  json_object *value = myo_json_reader_member (reader, object, key, json_type_double, required);
  double number;

  if (value == NULL)
    return FALSE;

  number = json_object_get_double (value);
  if (!isfinite (number) || number < min || number > max)
    {
      myo_json_reader_member_problem (reader, key, _("%g is out of range (%g to %g)"),
                                      number, min, max);
      return FALSE;
    }

  *out = number;
  return TRUE;
}

/**
 * myo_json_reader_get_int:
 * @out: (out): left as it was unless the number is read
 *
 * Returns: whether the member @key is a whole number from @min to @max
 */
gboolean
myo_json_reader_get_int (MyoJsonReader *reader,
                         json_object   *object,
                         const char    *key,
                         gboolean       required,
                         int            min,
                         int            max,
                         int           *out)
{
  double number;

  if (!myo_json_reader_get_number (reader, object, key, required, min, max, &number))
    return FALSE;

  if (number != floor (number))
    {
      myo_json_reader_member_problem (reader, key, _("must be a whole number"));
      return FALSE;
    }

  *out = (int) number;
  return TRUE;
}

/**
 * myo_json_reader_get_boolean:
 *
 * Returns: the member @key, or @fallback when it is missing or not true
 *   or false (which is a problem)
 */
gboolean
myo_json_reader_get_boolean (MyoJsonReader *reader,
                             json_object   *object,
                             const char    *key,
                             gboolean       fallback)
{
  json_object *value = myo_json_reader_member (reader, object, key, json_type_boolean, FALSE);

  return value != NULL ? json_object_get_boolean (value) : fallback;
}

/**
 * myo_json_reader_read_enum:
 * @value: the value at the reader's path
 * @enum_type: a #GEnum type; the file holds its values' nicks
 * @out: (out): left as it was unless the value is read
 *
 * Returns: whether @value is a string naming a value of @enum_type
 */
gboolean
myo_json_reader_read_enum (MyoJsonReader *reader,
                           json_object   *value,
                           GType          enum_type,
                           int           *out)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) nicks = NULL;
  const GEnumValue *found;
  const char *nick;

  if (!myo_json_reader_expect_type (reader, value, json_type_string))
    return FALSE;

  nick = json_object_get_string (value);
  klass = g_type_class_ref (enum_type);
  found = g_enum_get_value_by_nick (klass, nick);
  if (found != NULL)
    {
      *out = found->value;
      return TRUE;
    }

  nicks = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value_nick[0] != '\0')
      g_string_append_printf (nicks, "%s%s", nicks->len > 0 ? ", " : "",
                              klass->values[i].value_nick);

  /* Translators: a value in a file, then the values it may have, e.g.
   * "“high” is not allowed here; use one of: aching, burning, sharp" */
  myo_json_reader_problem (reader, _("“%s” is not allowed here; use one of: %s"), nick, nicks->str);
  return FALSE;
}

/**
 * myo_json_reader_get_enum:
 * @enum_type: a #GEnum type; the file holds its values' nicks
 * @out: (out): left as it was unless the value is read
 *
 * Returns: whether the member @key names a value of @enum_type
 */
gboolean
myo_json_reader_get_enum (MyoJsonReader *reader,
                          json_object   *object,
                          const char    *key,
                          gboolean       required,
                          GType          enum_type,
                          int           *out)
{
  json_object *value = myo_json_reader_member (reader, object, key, json_type_string, required);
  gsize mark;
  gboolean ok;

  if (value == NULL)
    return FALSE;

  mark = myo_json_reader_push_key (reader, key);
  ok = myo_json_reader_read_enum (reader, value, enum_type, out);
  myo_json_reader_pop (reader, mark);

  return ok;
}

/**
 * myo_json_reader_dup_strv:
 *
 * Returns: (transfer full) (nullable): the member @key, a list of strings
 *   that are not empty (a required list must have at least one); the
 *   entries that are not such strings are left out, each a problem
 */
char **
myo_json_reader_dup_strv (MyoJsonReader *reader,
                          json_object   *object,
                          const char    *key,
                          gboolean       required)
{
  json_object *array = myo_json_reader_member (reader, object, key, json_type_array, required);
  g_autoptr(GStrvBuilder) builder = NULL;
  gsize mark, n;

  if (array == NULL)
    return NULL;

  n = json_object_array_length (array);
  mark = myo_json_reader_push_key (reader, key);
  if (n == 0 && required)
    myo_json_reader_problem (reader, _("must list at least one entry"));

  builder = g_strv_builder_new ();
  for (gsize i = 0; i < n; i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      gsize item_mark = myo_json_reader_push_index (reader, i);

      if (item == NULL || !myo_json_reader_has_type (item, json_type_string) ||
          json_object_get_string (item)[0] == '\0')
        myo_json_reader_problem (reader, _("expected a non-empty string"));
      else
        g_strv_builder_add (builder, json_object_get_string (item));

      myo_json_reader_pop (reader, item_mark);
    }
  myo_json_reader_pop (reader, mark);

  return g_strv_builder_end (builder);
}

/**
 * myo_json_reader_get_array:
 * @max_length: the most entries the list may have
 *
 * Returns: (transfer none) (nullable): the member @key, a list of at most
 *   @max_length entries
 */
json_object *
myo_json_reader_get_array (MyoJsonReader *reader,
                           json_object   *object,
                           const char    *key,
                           gboolean       required,
                           gsize          max_length)
{
  json_object *array = myo_json_reader_member (reader, object, key, json_type_array, required);

  if (array != NULL && json_object_array_length (array) > max_length)
    {
      myo_json_reader_member_problem (reader, key, _("has %zu entries, more than the %zu it may have"),
                                      (size_t) json_object_array_length (array),
                                      (size_t) max_length);
      return NULL;
    }

  return array;
}

/**
 * myo_json_reader_for_each:
 * @func: called for every entry of the list that is an object, with the
 *   reader's path at that entry
 *
 * Walks the list @key of @object; an entry that is not an object is a
 * problem.
 */
void
myo_json_reader_for_each (MyoJsonReader         *reader,
                          json_object           *object,
                          const char            *key,
                          gboolean               required,
                          MyoJsonReaderItemFunc  func,
                          gpointer               user_data)
{
  json_object *array = myo_json_reader_member (reader, object, key, json_type_array, required);
  gsize mark;

  if (array == NULL)
    return;

  mark = myo_json_reader_push_key (reader, key);
  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      gsize item_mark = myo_json_reader_push_index (reader, i);

      if (myo_json_reader_expect_type (reader, item, json_type_object))
        func (reader, item, user_data);

      myo_json_reader_pop (reader, item_mark);
    }
  myo_json_reader_pop (reader, mark);
}
