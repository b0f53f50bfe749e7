/* test-json-reader.c: the JSON reading layer shared by the loaders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-core-types.h"
#include "myo-json-reader.h"

static json_object *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  json_object *root = myo_json_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  return root;
}

static void
assert_problems (MyoJsonReader      *reader,
                 const char * const *expected)
{
  GPtrArray *problems = myo_json_reader_get_problems (reader);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, problems->len); i++)
    g_assert_cmpstr (g_ptr_array_index (problems, i), ==, expected[i]);
  g_assert_cmpuint (problems->len, ==, n);
}

/* The path follows keys and indices, and each getter checks its type */
static void
test_getters (void)
{
  static const char * const expected[] = {
    "f: $.name: must not be empty",
    "f: $.count: must be a whole number",
    "f: $.ratio: 2 is out of range (0 to 1)",
    "f: $.flag: expected true or false, found a string",
    "f: $.side: “middle” is not allowed here; use one of: left, right",
    "f: $.missing: required, but missing",
    "f: $.tags[1]: expected a non-empty string",
    "f: $.extra: unknown key “extra” (a typing mistake?)",
    NULL
  };
  static const char * const keys[] = {
    "name", "count", "ratio", "flag", "side", "tags", "good", "number", "left", NULL
  };
  g_autoptr(json_object) root = parse ("{ \"name\": \" \", \"count\": 2.5, \"ratio\": 2, "
                                       "\"flag\": \"yes\", \"side\": \"middle\", "
                                       "\"tags\": [\"a\", 3], \"good\": \"text\", \"number\": 7, "
                                       "\"left\": \"left\", \"extra\": 1 }");
  g_autoptr(MyoJsonReader) reader = myo_json_reader_new ("f: ", 10);
  g_auto(GStrv) tags = NULL;
  double ratio = -1;
  int count = -1, side = -1, number = -1;

  g_assert_null (myo_json_reader_get_string (reader, root, "name", TRUE));
  g_assert_false (myo_json_reader_get_int (reader, root, "count", TRUE, 0, 10, &count));
  g_assert_cmpint (count, ==, -1);
  g_assert_false (myo_json_reader_get_number (reader, root, "ratio", TRUE, 0, 1, &ratio));
  g_assert_cmpfloat (ratio, ==, -1);
  g_assert_true (myo_json_reader_get_boolean (reader, root, "flag", TRUE));
  g_assert_false (myo_json_reader_get_enum (reader, root, "side", TRUE, MYO_TYPE_SIDE, &side));
  g_assert_null (myo_json_reader_member (reader, root, "missing", json_type_string, TRUE));
  /* Optional and missing: no problem */
  g_assert_null (myo_json_reader_member (reader, root, "absent", json_type_string, FALSE));
  tags = myo_json_reader_dup_strv (reader, root, "tags", TRUE);
  g_assert_cmpuint (g_strv_length (tags), ==, 1);
  myo_json_reader_check_keys (reader, root, keys);

  /* What is right is read, and adds nothing */
  g_assert_cmpstr (myo_json_reader_get_string (reader, root, "good", TRUE), ==, "text");
  g_assert_true (myo_json_reader_get_int (reader, root, "number", TRUE, 0, 10, &number));
  g_assert_cmpint (number, ==, 7);
  g_assert_true (myo_json_reader_get_enum (reader, root, "left", TRUE, MYO_TYPE_SIDE, &side));
  g_assert_cmpint (side, ==, MYO_SIDE_LEFT);

  assert_problems (reader, expected);
  g_assert_cmpstr (myo_json_reader_get_path (reader), ==, "$");
}

typedef struct
{
  GPtrArray *paths;
} Visit;

static void
visit_item (MyoJsonReader *reader,
            json_object   *item,
            gpointer       user_data)
{
  Visit *visit = user_data;
  int position;

  g_ptr_array_add (visit->paths, g_strdup (myo_json_reader_get_path (reader)));
  myo_json_reader_get_int (reader, item, "position", TRUE, 0, 100, &position);
}

/* Lists of objects are walked with the path at each entry, and every
 * problem is listed, not only the first */
static void
test_for_each (void)
{
  static const char * const expected[] = {
    "$.muscles[1]: expected an object, found a number",
    "$.muscles[2].position: expected a number, found a string",
    "$.muscles[3].position: 101 is out of range (0 to 100)",
    NULL
  };
  g_autoptr(json_object) root = parse ("{ \"muscles\": [ { \"position\": 1 }, 7, "
                                       "{ \"position\": \"high\" }, { \"position\": 101 } ] }");
  g_autoptr(MyoJsonReader) reader = myo_json_reader_new (NULL, 10);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  Visit visit = { paths };

  myo_json_reader_for_each (reader, root, "muscles", TRUE, visit_item, &visit);
  g_assert_cmpuint (paths->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (paths, 0), ==, "$.muscles[0]");
  g_assert_cmpstr (g_ptr_array_index (paths, 2), ==, "$.muscles[3]");
  assert_problems (reader, expected);
  g_assert_cmpuint (myo_json_reader_get_n_problems (reader), ==, 3);

  /* A list too long is refused before it is walked */
  g_assert_null (myo_json_reader_get_array (reader, root, "muscles", TRUE, 3));
  g_assert_cmpstr (g_ptr_array_index (myo_json_reader_get_problems (reader), 3), ==,
                   "$.muscles: has 4 entries, more than the 3 it may have");
}

/* A hostile file cannot make the list endless: past the limit, problems
 * are only counted, and the summary says how many more there were */
static void
test_limit (void)
{
  g_autoptr(MyoJsonReader) reader = myo_json_reader_new (NULL, 2);
  g_autofree char *summary = NULL;

  g_assert_null (myo_json_reader_dup_summary (reader));
  for (guint i = 0; i < 5; i++)
    {
      gsize mark = myo_json_reader_push_index (reader, i);

      myo_json_reader_problem (reader, "bad");
      myo_json_reader_pop (reader, mark);
    }

  g_assert_cmpuint (myo_json_reader_get_problems (reader)->len, ==, 2);
  g_assert_cmpuint (myo_json_reader_get_n_problems (reader), ==, 5);
  g_assert_cmpuint (myo_json_reader_get_n_unreported (reader), ==, 3);
  summary = myo_json_reader_dup_summary (reader);
  g_assert_cmpstr (summary, ==, "$[0]: bad\n$[1]: bad\n… and 3 more problems");
}

/* The path names keys and indices as JSONPath does, whatever their size */
static void
test_path (void)
{
  g_autoptr(MyoJsonReader) reader = myo_json_reader_new (NULL, 10);
  gsize outer = myo_json_reader_push_key (reader, "sessions");
  gsize mark;

  myo_json_reader_push_index (reader, 1234);
  myo_json_reader_push_key (reader, "points");
  mark = myo_json_reader_push_index (reader, 0);
  g_assert_cmpstr (myo_json_reader_get_path (reader), ==, "$.sessions[1234].points[0]");
  myo_json_reader_pop (reader, mark);
  myo_json_reader_push_index (reader, 10);
  g_assert_cmpstr (myo_json_reader_get_path (reader), ==, "$.sessions[1234].points[10]");
  myo_json_reader_pop (reader, outer);
  g_assert_cmpstr (myo_json_reader_get_path (reader), ==, "$");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/json-reader/getters", test_getters);
  g_test_add_func ("/myo/json-reader/for-each", test_for_each);
  g_test_add_func ("/myo/json-reader/limit", test_limit);
  g_test_add_func ("/myo/json-reader/path", test_path);

  return g_test_run ();
}
