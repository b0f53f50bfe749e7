/* test-hostile.c: files made to break the loaders
 *
 * Every loader of a file someone may send or tamper with (a knowledge
 * base, a session, the journal) is fed a table of hostile inputs: empty
 * and truncated files, wrong types at every level of a real file, numbers
 * out of range, coordinates outside the view box, deep nesting, a 50 MB
 * file, invalid UTF-8, duplicate keys, far too many points, and folders,
 * pipes and symbolic links where a file should be. Each must end quickly
 * in a clear error (or, where the input is merely odd, a load whose values
 * are all in range), and must leave what is already stored as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "myo-journal.h"
#include "myo-json.h"
#include "myo-test-utils.h"

typedef enum
{
  TARGET_KB,
  TARGET_SESSION,
  TARGET_JOURNAL,
  N_TARGETS,
} Target;

typedef enum
{
  /* The loader must refuse it, saying why */
  EXPECT_ERROR,
  /* Odd but harmless (an ignored key, an optional value left out): a load
   * is fine as long as everything loaded is in range */
  EXPECT_ERROR_OR_LOAD,
  /* Nothing wrong with it */
  EXPECT_LOAD,
  /* A session point off the legs: the rest loads, and a warning names the
   * point's JSON path */
  EXPECT_SKIPPED,
} Expect;

static const char *target_names[] = { "knowledge base", "session", "journal" };

/* A real file of each kind, the base every hostile input is made from */
static const char *seed_files[] = {
  "data/minimal-kb.json",
  "fuzz/corpus/session/session-2.myomap",
  "fuzz/corpus/journal/journal-3.json",
};

typedef struct
{
  MyoKb *kb;
  char  *dir;
  char  *seeds[N_TARGETS];
  guint  tried[N_TARGETS];
  guint  refused[N_TARGETS];
  char  *warnings;  /* of the last session loaded, one per line */
} Fixture;

static Fixture fixture;

/* Checks on what was loaded */

static void
assert_utf8 (const char *text)
{
  if (text != NULL)
    g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
check_session (MyoSession *session)
{
  for (guint i = 0; i < myo_session_get_n_points (session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (session, i);

      g_assert_nonnull (point->region);
      g_assert_cmpint (point->intensity, >=, MYO_INTENSITY_MIN);
      g_assert_cmpint (point->intensity, <=, MYO_INTENSITY_MAX);
      g_assert_true (isfinite (point->x) && isfinite (point->y));
      g_assert_cmpfloat (point->x, >=, 0);
      g_assert_cmpfloat (point->x, <=, point->view->width);
      g_assert_cmpfloat (point->y, >=, 0);
      g_assert_cmpfloat (point->y, <=, point->view->height);
    }
  g_assert_cmpint (myo_session_get_pain_after (session), >=, -1);
  g_assert_cmpint (myo_session_get_pain_after (session), <=, 10);
}

static void
check_journal (MyoJournal *journal)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (journal)); i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
      g_autoptr(GError) error = NULL;
      g_autoptr(MyoSession) session = NULL;

      g_assert_nonnull (myo_journal_entry_get_id (entry));
      assert_utf8 (myo_journal_entry_get_id (entry));
      assert_utf8 (myo_journal_entry_get_note (entry));
      assert_utf8 (myo_journal_entry_get_top_candidate_label (entry));
      g_assert_true ((myo_journal_entry_get_top_candidate (entry) == NULL) ==
                     (myo_journal_entry_get_top_candidate_label (entry) == NULL));
      g_assert_cmpint (myo_journal_entry_get_pain_before (entry), >=, 0);
      g_assert_cmpint (myo_journal_entry_get_pain_before (entry), <=, 10);
      g_assert_cmpint (myo_journal_entry_get_pain_after (entry), >=, -1);
      g_assert_cmpint (myo_journal_entry_get_pain_after (entry), <=, 10);
      for (guint p = 0; p < myo_journal_entry_get_n_points (entry); p++)
        {
          const MyoJournalPoint *point = myo_journal_entry_get_point (entry, p);

          assert_utf8 (point->view);
          assert_utf8 (point->region);
          assert_utf8 (point->quality);
          g_assert_cmpint (point->intensity, >=, MYO_INTENSITY_MIN);
          g_assert_cmpint (point->intensity, <=, MYO_INTENSITY_MAX);
        }

      /* On the map, or a message saying why not */
      session = myo_journal_entry_to_session (entry, fixture.kb, &error);
      g_assert_true ((session == NULL) != (error == NULL));
      if (session != NULL)
        check_session (session);
      else
        assert_utf8 (error->message);
    }
}

/* Reads the file (or whatever is) at @path as it is now, for comparing */
static char *
snapshot (const char *path)
{
  GStatBuf st;
  char *contents = NULL;

  if (g_lstat (path, &st) != 0)
    return g_strdup ("(nothing)");
  if (S_ISLNK (st.st_mode))
    return g_file_read_link (path, NULL);
  if (!S_ISREG (st.st_mode))
    return g_strdup_printf ("(type %o)", st.st_mode & S_IFMT);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Runs the loader of @target on @path and checks the outcome; @path holds
 * the hostile input already. Returns whether it was refused. */
static gboolean
try_input (Target      target,
           const char *what,
           const char *path,
           Expect      expect)
{
  g_autofree char *before = snapshot (path);
  g_autofree char *after = NULL;
  g_autofree char *kept_path = g_build_filename (fixture.dir, "kept", NULL);
  g_autofree char *kept_before = NULL;
  g_autofree char *kept_after = NULL;
  g_autoptr(GError) error = NULL;
  gboolean refused = FALSE;
  gint64 start;

  /* Something already stored beside it, which no load may touch */
  g_assert_true (g_file_set_contents (kept_path, "{ \"kept\": true }\n", -1, NULL));
  kept_before = snapshot (kept_path);

  start = g_get_monotonic_time ();
  switch (target)
    {
    case TARGET_KB:
      {
        g_autoptr(MyoKb) kb = myo_kb_new_from_file (path, &error);

        g_assert_true ((kb == NULL) != (error == NULL));
        if (kb == NULL)
          {
            g_assert_error (error, MYO_KB_ERROR, MYO_KB_ERROR_INVALID);
            /* FILE: $.json.path: message */
            g_assert_true (g_str_has_prefix (error->message, path));
            g_assert_nonnull (strstr (error->message, ": $"));
            refused = TRUE;
          }
        after = snapshot (path);
        g_assert_cmpstr (before, ==, after);
      }
      break;

    case TARGET_SESSION:
      {
        g_autoptr(MyoSession) session = myo_session_new_from_file (fixture.kb, path, &error);

        g_assert_true ((session == NULL) != (error == NULL));
        if (session == NULL)
          {
            g_assert_true (error->domain == MYO_SESSION_ERROR);
            g_assert_nonnull (strstr (error->message, path));
            refused = TRUE;
          }
        else
          {
            GPtrArray *warnings = myo_session_get_load_warnings (session);
            g_autoptr(GString) lines = g_string_new (NULL);

            check_session (session);
            for (guint i = 0; i < warnings->len; i++)
              g_string_append_printf (lines, "%s\n", (const char *) g_ptr_array_index (warnings, i));
            g_free (fixture.warnings);
            fixture.warnings = g_string_free (g_steal_pointer (&lines), FALSE);
          }
        after = snapshot (path);
        g_assert_cmpstr (before, ==, after);
      }
      break;

    case TARGET_JOURNAL:
      {
        /* A journal that was read before, then found changed on disk */
        g_autofree char *hostile_path = g_strconcat (path, ".hostile", NULL);
        g_autofree char *restored = NULL;
        g_autoptr(MyoJournal) journal = myo_journal_new (path);
        guint n_before;

        g_assert_cmpint (g_rename (path, hostile_path), ==, 0);
        g_assert_true (g_file_set_contents (path, fixture.seeds[TARGET_JOURNAL], -1, NULL));
        g_assert_true (myo_journal_load (journal, NULL));
        n_before = g_list_model_get_n_items (G_LIST_MODEL (journal));
        g_assert_cmpuint (n_before, >, 0);
        g_assert_cmpint (g_unlink (path), ==, 0);
        g_assert_cmpint (g_rename (hostile_path, path), ==, 0);
        restored = snapshot (path);
        g_assert_cmpstr (restored, ==, before);

        start = g_get_monotonic_time ();
        if (!myo_journal_load (journal, &error))
          {
            /* Unusable: left as it is, never written over, and what was
             * read before is still there */
            g_assert_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_INVALID);
            g_assert_nonnull (strstr (error->message, path));
            g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, n_before);
            g_assert_false (myo_journal_save (journal, NULL));
            after = snapshot (path);
            g_assert_cmpstr (before, ==, after);
            refused = TRUE;
          }
        else if (myo_journal_get_moved_aside (journal) != NULL)
          {
            /* Damaged: kept, byte for byte, under another name; the
             * person is told, and what could be read goes on */
            g_autofree char *aside = snapshot (myo_journal_get_moved_aside (journal));
            g_autoptr(MyoJournal) reread = myo_journal_new (path);

            g_assert_cmpstr (aside, ==, before);
            g_assert_true (myo_journal_load (reread, NULL));
            g_assert_null (myo_journal_get_moved_aside (reread));
            g_unlink (myo_journal_get_moved_aside (journal));
            check_journal (journal);
            refused = TRUE;
          }
        else
          check_journal (journal);
      }
      break;

    case N_TARGETS:
    default:
      g_assert_not_reached ();
    }

  /* Never a freeze: every input here is dealt with in well under a second */
  g_assert_cmpint (g_get_monotonic_time () - start, <, test_time_limit (3 * G_USEC_PER_SEC));

  if (error != NULL)
    {
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (strlen (error->message), >, strlen (path) + 4);
    }

  kept_after = snapshot (kept_path);
  g_assert_cmpstr (kept_before, ==, kept_after);

  if (expect == EXPECT_ERROR && !refused)
    g_error ("%s, %s: loaded, but should have been refused", target_names[target], what);
  if ((expect == EXPECT_LOAD || expect == EXPECT_SKIPPED) && refused)
    g_error ("%s, %s: refused: %s", target_names[target], what,
             error != NULL ? error->message : "moved aside");
  if (expect == EXPECT_SKIPPED &&
      (fixture.warnings == NULL || strstr (fixture.warnings, "$.points[0]: skipped") == NULL))
    g_error ("%s, %s: loaded without a warning about $.points[0] (%s)", target_names[target], what,
             fixture.warnings);

  fixture.tried[target]++;
  if (refused)
    fixture.refused[target]++;

  return refused;
}

static gboolean
try_text (Target      target,
          const char *what,
          const char *text,
          gsize       length,
          Expect      expect)
{
  g_autofree char *path = g_build_filename (fixture.dir, "input", NULL);
  g_autoptr(GError) error = NULL;
  gboolean refused;

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
  refused = try_input (target, what, path, expect);
  g_unlink (path);

  return refused;
}

/* Edits of a real file at a JSON path */

/* The node at @path ("$.points[0].x") of @root, or NULL */
static json_object *
lookup_path (json_object  *root,
             const char   *path,
             json_object **parent,
             char        **key,
             int          *index)
{
  json_object *node = root;
  const char *p = path + 1;

  *parent = NULL;
  *key = NULL;
  *index = -1;
  while (*p != '\0' && node != NULL)
    {
      *parent = node;
      g_clear_pointer (key, g_free);
      *index = -1;
      if (*p == '.')
        {
          gsize n = strcspn (p + 1, ".[");

          *key = g_strndup (p + 1, n);
          node = json_object_object_get (node, *key);
          p += 1 + n;
        }
      else if (*p == '[')
        {
          *index = atoi (p + 1);
          node = json_object_array_get_idx (node, *index);
          p = strchr (p, ']') + 1;
        }
    }

  return node;
}

/* The seed of @target with the node at @path replaced by the raw JSON text
 * @raw (which may be anything, even invalid), as text */
static char *
replace_at (Target      target,
            const char *path,
            const char *raw)
{
  g_autoptr(json_object) root = myo_json_parse (fixture.seeds[target], strlen (fixture.seeds[target]), NULL);
  json_object *parent, *node;
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;
  int index;

  node = lookup_path (root, path, &parent, &key, &index);
  g_assert_nonnull (parent);
  (void) node;
  if (key != NULL)
    json_object_object_add (parent, key, json_object_new_string ("@@HOSTILE@@"));
  else
    json_object_array_put_idx (parent, index, json_object_new_string ("@@HOSTILE@@"));

  text = g_strdup (json_object_to_json_string_ext (root, JSON_C_TO_STRING_PRETTY));
  {
    g_auto(GStrv) parts = g_strsplit (text, "\"@@HOSTILE@@\"", 2);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    return g_strconcat (parts[0], raw, parts[1], NULL);
  }
}

static void
try_replaced (Target      target,
              const char *path,
              const char *raw,
              Expect      expect)
{
  g_autofree char *text = replace_at (target, path, raw);
  g_autofree char *what = g_strdup_printf ("%s = %.40s", path, raw);

  try_text (target, what, text, strlen (text), expect);
}

/* Every node of @node, depth first, with its JSON path */
static void
collect_paths (json_object *node,
               const char  *path,
               GPtrArray   *paths)
{
  g_ptr_array_add (paths, g_strdup (path));

  if (json_object_is_type (node, json_type_object))
    {
      json_object_object_foreach (node, key, value)
        {
          g_autofree char *child = g_strdup_printf ("%s.%s", path, key);

          collect_paths (value, child, paths);
        }
    }
  else if (json_object_is_type (node, json_type_array))
    {
      for (gsize i = 0; i < json_object_array_length (node); i++)
        {
          g_autofree char *child = g_strdup_printf ("%s[%" G_GSIZE_FORMAT "]", path, i);

          collect_paths (json_object_array_get_idx (node, i), child, paths);
        }
    }
}

/* A value of another type than @node's */
static const char *
wrong_type_for (json_object *node)
{
  switch (json_object_get_type (node))
    {
    case json_type_string:
      return "42";
    case json_type_int:
    case json_type_double:
      return "\"42\"";
    case json_type_boolean:
      return "\"true\"";
    case json_type_array:
      return "{ \"0\": 1 }";
    case json_type_object:
      return "[ 1, 2 ]";
    case json_type_null:
    default:
      return "[]";
    }
}

/* Keys whose value the loaders do not use, or use only when valid: a wrong
 * type there may be ignored */
static gboolean
is_lenient (Target      target,
            const char *path)
{
  static const char * const session_keys[] = {
    ".generator", ".saved", ".side", ".region", ".pain_after", NULL
  };
  static const char * const journal_keys[] = {
    ".note", ".top_candidate", ".top_candidate_label", ".routines_done", ".answers",
    ".pain_before", ".pain_after", ".quality", ".side", ".region", NULL
  };
  const char * const *keys = target == TARGET_SESSION ? session_keys : journal_keys;

  if (target == TARGET_KB)
    return FALSE;

  for (guint i = 0; keys[i] != NULL; i++)
    if (strstr (path, keys[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Cases */

static void
test_empty_and_truncated (void)
{
  for (Target target = 0; target < N_TARGETS; target++)
    {
      const char *seed = fixture.seeds[target];
      gsize length = strlen (seed);

      try_text (target, "empty", "", 0, EXPECT_ERROR);
      try_text (target, "white space", " \n\t\r\n ", 6, EXPECT_ERROR);
      try_text (target, "a NUL byte", "\0", 1, EXPECT_ERROR);
      for (guint eighth = 1; eighth < 8; eighth++)
        {
          g_autofree char *what = g_strdup_printf ("truncated to %u/8", eighth);

          try_text (target, what, seed, length * eighth / 8, EXPECT_ERROR);
        }
      try_text (target, "cut before the last brace", seed, strrchr (seed, '}') - seed, EXPECT_ERROR);
      try_text (target, "the real file", seed, length, EXPECT_LOAD);
    }
}

static void
test_wrong_types (void)
{
  static const char *roots[] = { "null", "42", "-0", "\"text\"", "true", "[]", "[ {} ]", "{}" };

  for (Target target = 0; target < N_TARGETS; target++)
    {
      g_autoptr(json_object) root = myo_json_parse (fixture.seeds[target], strlen (fixture.seeds[target]), NULL);
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
        {
          g_autofree char *what = g_strdup_printf ("the whole file is %s", roots[i]);

          try_text (target, what, roots[i], strlen (roots[i]), EXPECT_ERROR);
        }

      /* Every value of a real file, in turn, of the wrong type, then null */
      collect_paths (root, "$", paths);
      for (guint i = 1; i < paths->len; i++)
        {
          const char *path = g_ptr_array_index (paths, i);
          json_object *parent, *node;
          g_autofree char *key = NULL;
          gboolean lenient = is_lenient (target, path);
          int index;

          node = lookup_path (root, path, &parent, &key, &index);
          try_replaced (target, path, wrong_type_for (node), lenient ? EXPECT_ERROR_OR_LOAD : EXPECT_ERROR);
          try_replaced (target, path, "null", EXPECT_ERROR_OR_LOAD);
        }
    }
}

typedef struct
{
  Target      target;
  const char *path;
  Expect      expect;
} NumberSite;

static void
test_numbers_out_of_range (void)
{
  static const char *numbers[] = {
    "1e308", "-1e308", "1.8e308", "1e999", "-1e999", "-0", "-0.0", "NaN", "-NaN", "Infinity",
    "-Infinity", "\"NaN\"", "\"Infinity\"", "\"1e308\"", "9223372036854775807",
    "9223372036854775808", "18446744073709551616", "99999999999999999999999999",
    "-99999999999999999999999999", "-1", "4294967296", "0.000000000000000000001", "1e-320",
  };
  static const NumberSite sites[] = {
    { TARGET_KB, "$.schema", EXPECT_ERROR },
    { TARGET_KB, "$.views[0].width", EXPECT_ERROR },
    { TARGET_KB, "$.views[0].height", EXPECT_ERROR },
    { TARGET_KB, "$.regions[0].polygon[0][0]", EXPECT_ERROR },
    { TARGET_KB, "$.trigger_points[0].location.point[1]", EXPECT_ERROR },
    { TARGET_KB, "$.trigger_points[0].prior", EXPECT_ERROR_OR_LOAD },
    { TARGET_KB, "$.trigger_points[0].number", EXPECT_ERROR },
    { TARGET_KB, "$.steps[0].hold_seconds", EXPECT_ERROR },
    { TARGET_SESSION, "$.schema", EXPECT_ERROR },
    /* Off the legs: that point is left out (test_outside_view) */
    { TARGET_SESSION, "$.points[0].x", EXPECT_ERROR_OR_LOAD },
    { TARGET_SESSION, "$.points[0].y", EXPECT_ERROR_OR_LOAD },
    { TARGET_SESSION, "$.points[0].intensity", EXPECT_ERROR },
    { TARGET_SESSION, "$.pain_after", EXPECT_ERROR_OR_LOAD },
    { TARGET_JOURNAL, "$.schema", EXPECT_ERROR },
    { TARGET_JOURNAL, "$.sessions[0].points[0].x", EXPECT_ERROR },
    { TARGET_JOURNAL, "$.sessions[0].points[0].intensity", EXPECT_ERROR },
    { TARGET_JOURNAL, "$.sessions[0].pain_before", EXPECT_ERROR_OR_LOAD },
    { TARGET_JOURNAL, "$.sessions[0].pain_after", EXPECT_ERROR_OR_LOAD },
    { TARGET_JOURNAL, "$.sessions[0].started", EXPECT_ERROR },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sites); s++)
    for (guint n = 0; n < G_N_ELEMENTS (numbers); n++)
      {
        const char *number = numbers[n];
        Expect expect = sites[s].expect;

        /* A few of these are in range at a few sites: a tiny prior, a
         * tiny coordinate that lies in the region, a schema of 1 spelt
         * oddly… those may load */
        if (g_str_equal (number, "0.000000000000000000001") || g_str_equal (number, "1e-320") ||
            g_str_equal (number, "-0") || g_str_equal (number, "-0.0"))
          expect = EXPECT_ERROR_OR_LOAD;

        try_replaced (sites[s].target, sites[s].path, number, expect);
      }
}

static void
test_outside_view (void)
{
  /* The seed session's first point is on the back view, 300 × 900 or so */
  static const char *coordinates[] = { "-5", "-0.001", "100000", "1e9", "5000.5" };
  static const char *kb_points[] = { "[ 101, 50 ]", "[ 20, 100.5 ]", "[ -1, 50 ]", "[ 1e9, 1e9 ]" };

  /* A point off the legs costs that point, not the session */
  for (guint i = 0; i < G_N_ELEMENTS (coordinates); i++)
    {
      try_replaced (TARGET_SESSION, "$.points[0].x", coordinates[i], EXPECT_SKIPPED);
      try_replaced (TARGET_SESSION, "$.points[0].y", coordinates[i], EXPECT_SKIPPED);
    }

  /* The view box of the minimal knowledge base is 100 × 100 */
  for (guint i = 0; i < G_N_ELEMENTS (kb_points); i++)
    {
      try_replaced (TARGET_KB, "$.trigger_points[0].location.point", kb_points[i], EXPECT_ERROR);
      try_replaced (TARGET_KB, "$.regions[0].polygon[1]", kb_points[i], EXPECT_ERROR);
      try_replaced (TARGET_KB, "$.trigger_points[0].essential[0].polygon[2]", kb_points[i], EXPECT_ERROR);
    }

  /* The journal keeps what was recorded, even a point no view has any
   * more: it is history. Opening it on the map says what is wrong
   * (check_journal() opens every entry). Past any diagram it is refused. */
  try_replaced (TARGET_JOURNAL, "$.sessions[0].points[0].x", "5000.5", EXPECT_ERROR_OR_LOAD);
  try_replaced (TARGET_JOURNAL, "$.sessions[0].points[0].y", "1e9", EXPECT_ERROR);
}

static char *
nested (const char *open,
        const char *inner,
        const char *close,
        guint       depth)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, open);
  g_string_append (text, inner);
  for (guint i = 0; i < depth; i++)
    g_string_append (text, close);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_deep_nesting (void)
{
  static const char *inside[] = { "$.points", "$.sessions", "$.regions" };
  static const guint depths[] = { 31, 33, 10000 };

  for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
    {
      g_autofree char *arrays = nested ("[", "1", "]", depths[d]);
      g_autofree char *objects = nested ("{ \"a\": ", "1", " }", depths[d]);
      g_autofree char *open_only = nested ("[", "", "", depths[d]);

      for (Target target = 0; target < N_TARGETS; target++)
        {
          g_autofree char *what = g_strdup_printf ("%u-deep arrays", depths[d]);

          try_text (target, what, arrays, strlen (arrays), EXPECT_ERROR);
          try_text (target, "deep objects", objects, strlen (objects), EXPECT_ERROR);
          try_text (target, "deep and never closed", open_only, strlen (open_only), EXPECT_ERROR);
          try_replaced (target, inside[target == TARGET_KB ? 2 : target == TARGET_SESSION ? 0 : 1],
                        arrays, EXPECT_ERROR);
        }
    }
}

static void
test_huge_file (void)
{
  /* 50 MB: a valid start, then a string that never seems to end */
  gsize size = 50 * 1024 * 1024;
  g_autofree char *text = g_malloc (size);
  const char *start = "{ \"schema\": 1, \"points\": [], \"x\": \"";

  memset (text, 'a', size);
  memcpy (text, start, strlen (start));
  memcpy (text + size - 3, "\" }", 3);

  for (Target target = 0; target < N_TARGETS; target++)
    {
      g_autofree char *path = g_build_filename (fixture.dir, "input", NULL);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, text, size, NULL));
      try_input (target, "a 50 MB file", path, EXPECT_ERROR);

      /* The message says why, not just that it failed */
      if (target == TARGET_SESSION)
        {
          g_autoptr(MyoSession) session = myo_session_new_from_file (fixture.kb, path, &error);

          g_assert_null (session);
          g_assert_nonnull (strstr (error->message, "larger than"));
        }
      g_unlink (path);
    }
}

static void
test_invalid_utf8 (void)
{
  static const char *bytes[] = {
    "\xff", "\xfe\xff", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\xf4\x90\x80\x80", "a\x80z",
  };
  static const char *strings[] = { "$.views[0].label", "$.points[0].view", "$.sessions[0].id" };
  static const char *more_strings[] = { "$.sources[0].citation", "$.points[0].region", "$.sessions[0].points[0].region" };
  static const char *escapes[] = { "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"\\uFFFF\"" };

  for (guint i = 0; i < G_N_ELEMENTS (bytes); i++)
    for (Target target = 0; target < N_TARGETS; target++)
      {
        g_autofree char *raw = g_strdup_printf ("\"%s\"", bytes[i]);
        try_replaced (target, strings[target], raw, EXPECT_ERROR);
        try_replaced (target, more_strings[target], raw, EXPECT_ERROR);
      }

  /* Escapes that spell no character: json-c makes them U+FFFD; whatever
   * loads is valid UTF-8 (checked in check_journal()) */
  for (guint i = 0; i < G_N_ELEMENTS (escapes); i++)
    {
      try_replaced (TARGET_KB, "$.views[0].label", escapes[i], EXPECT_ERROR_OR_LOAD);
      try_replaced (TARGET_SESSION, "$.points[0].view", escapes[i], EXPECT_ERROR);
      try_replaced (TARGET_JOURNAL, "$.sessions[0].top_candidate_label", escapes[i], EXPECT_ERROR_OR_LOAD);
    }
}

static void
test_duplicate_keys (void)
{
  /* The same key twice in one object: which one is meant? Refused. */
  static const struct
  {
    Target      target;
    const char *before;
    const char *extra;
  } cases[] = {
    { TARGET_KB, "\"schema\"", "\"schema\": 1, " },
    { TARGET_KB, "\"id\"", "\"id\": \"other\", " },
    { TARGET_KB, "\"width\"", "\"width\": 100, " },
    { TARGET_KB, "\"id\"", "\"i\\u0064\": \"src\", " },
    { TARGET_SESSION, "\"schema\"", "\"schema\": 1, " },
    { TARGET_SESSION, "\"points\"", "\"points\": [], " },
    { TARGET_SESSION, "\"x\"", "\"x\": 1, " },
    { TARGET_SESSION, "\"intensity\"", "\"intensity\": 11, " },
    { TARGET_JOURNAL, "\"schema\"", "\"schema\": 2, " },
    { TARGET_JOURNAL, "\"sessions\"", "\"sessions\": [], " },
    { TARGET_JOURNAL, "\"id\"", "\"id\": \"a\", " },
    { TARGET_JOURNAL, "\"intensity\"", "\"intensity\": 3, " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *seed = fixture.seeds[cases[i].target];
      const char *at = strstr (seed, cases[i].before);
      g_autofree char *head = g_strndup (seed, at - seed);
      g_autofree char *text = g_strconcat (head, cases[i].extra, at, NULL);
      g_autofree char *what = g_strdup_printf ("%s given twice", cases[i].before);

      g_assert_nonnull (at);
      g_assert_true (try_text (cases[i].target, what, text, strlen (text), EXPECT_ERROR));
    }

  /* The message names the key and where it is given again */
  {
    const char *text = "{\n  \"schema\": 1,\n  \"points\": [],\n  \"schema\": 1\n}\n";
    g_autoptr(GError) error = NULL;
    g_autoptr(json_object) root = myo_json_parse (text, strlen (text), &error);

    g_assert_null (root);
    g_assert_error (error, MYO_JSON_ERROR, MYO_JSON_ERROR_SYNTAX);
    g_assert_true (g_str_has_prefix (error->message, "line 4, column 3: "));
    g_assert_nonnull (strstr (error->message, "“schema”"));
  }

  /* The same key in two objects is fine */
  try_text (TARGET_SESSION, "one key in two objects", fixture.seeds[TARGET_SESSION],
            strlen (fixture.seeds[TARGET_SESSION]), EXPECT_LOAD);
}

static void
test_too_many (void)
{
  static const guint counts[] = { MYO_SESSION_MAX_POINTS + 1, 100000 };
  g_autoptr(json_object) root = myo_json_parse (fixture.seeds[TARGET_SESSION],
                                                strlen (fixture.seeds[TARGET_SESSION]), NULL);
  const char *point = json_object_to_json_string (json_object_array_get_idx (json_object_object_get (root, "points"), 0));

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      g_autoptr(GString) points = g_string_new ("[ ");
      g_autoptr(GString) corners = g_string_new ("[ ");
      g_autofree char *what = g_strdup_printf ("%u points", counts[c]);

      for (guint i = 0; i < counts[c]; i++)
        {
          g_string_append_printf (points, "%s%s", i > 0 ? ", " : "", point);
          g_string_append_printf (corners, "%s[ %u, %u ]", i > 0 ? ", " : "", 10 + i % 30, 10 + (i * 7) % 80);
        }
      g_string_append (points, " ]");
      g_string_append (corners, " ]");

      {
        g_autofree char *text = replace_at (TARGET_SESSION, "$.points", points->str);
        g_autoptr(GError) error = NULL;
        g_autofree char *path = g_build_filename (fixture.dir, "input", NULL);
        g_autoptr(MyoSession) session = NULL;

        try_text (TARGET_SESSION, what, text, strlen (text), EXPECT_ERROR);

        /* …with the reason */
        g_assert_true (g_file_set_contents (path, text, -1, NULL));
        session = myo_session_new_from_file (fixture.kb, path, &error);
        g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_TOO_MANY);
        g_unlink (path);
      }
      try_replaced (TARGET_JOURNAL, "$.sessions[0].points", points->str, EXPECT_ERROR);
      try_replaced (TARGET_KB, "$.regions[0].polygon", corners->str, EXPECT_ERROR);
    }

  /* Many small polygons, each allowed, far too many corners in all */
  {
    g_autoptr(GString) regions = g_string_new ("[ ");
    g_autoptr(GString) polygon = g_string_new ("[ ");

    for (guint i = 0; i < 999; i++)
      g_string_append_printf (polygon, "%s[ %g, %g ]", i > 0 ? ", " : "",
                              50 + 40 * cos (i * 2 * G_PI / 999), 50 + 40 * sin (i * 2 * G_PI / 999));
    g_string_append (polygon, " ]");
    /* 110 × 999: over the loader's 100,000 in all */
    for (guint i = 0; i < 110; i++)
      g_string_append_printf (regions, "%s{ \"id\": \"r%u\", \"name\": \"r\", \"view\": \"back\", \"polygon\": %s }",
                              i > 0 ? ", " : "", i, polygon->str);
    g_string_append (regions, " ]");
    try_replaced (TARGET_KB, "$.regions", regions->str, EXPECT_ERROR);
  }

  /* Thousands of problems: the message lists a bounded number of them */
  {
    g_autoptr(GString) sources = g_string_new ("[ ");
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(MyoKb) kb = NULL;

    for (guint i = 0; i < 20000; i++)
      g_string_append_printf (sources, "%s{ \"id\": \"\", \"oops\": %u }", i > 0 ? ", " : "", i);
    g_string_append (sources, " ]");
    text = replace_at (TARGET_KB, "$.sources", sources->str);
    try_text (TARGET_KB, "20,000 broken sources", text, strlen (text), EXPECT_ERROR);
    kb = myo_kb_new_from_data (text, strlen (text), "kb.json", &error);
    g_assert_null (kb);
    g_assert_cmpuint (strlen (error->message), <, 64 * 1024);
    g_assert_nonnull (strstr (error->message, "more problems"));
  }
}

static void
test_not_a_file (void)
{
  static const char *kinds[] = {
    "a folder", "a dangling symbolic link", "a symbolic link to itself",
    "a symbolic link to a folder", "a named pipe", "a symbolic link to /dev/zero",
    "a symbolic link to /dev/null", "a symbolic link to a good file",
  };

  for (Target target = 0; target < N_TARGETS; target++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        g_autofree char *path = g_build_filename (fixture.dir, "input", NULL);
        g_autofree char *good = g_build_filename (fixture.dir, "good", NULL);
        g_autofree char *folder = g_build_filename (fixture.dir, "folder", NULL);

        g_assert_true (g_file_set_contents (good, fixture.seeds[target], -1, NULL));
        g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
        switch (k)
          {
          case 0: g_assert_cmpint (g_mkdir (path, 0700), ==, 0); break;
          case 1: g_assert_cmpint (symlink ("no-such-file", path), ==, 0); break;
          case 2: g_assert_cmpint (symlink ("input", path), ==, 0); break;
          case 3: g_assert_cmpint (symlink (folder, path), ==, 0); break;
          case 4: g_assert_cmpint (mkfifo (path, 0600), ==, 0); break;
          case 5: g_assert_cmpint (symlink ("/dev/zero", path), ==, 0); break;
          case 6: g_assert_cmpint (symlink ("/dev/null", path), ==, 0); break;
          case 7: g_assert_cmpint (symlink (good, path), ==, 0); break;
          default: g_assert_not_reached ();
          }

        /* A person may keep a link to a real file; anything else is refused */
        try_input (target, kinds[k], path, k == 7 ? EXPECT_LOAD : EXPECT_ERROR);

        if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
          g_rmdir (path);
        else
          g_unlink (path);
        g_unlink (good);
      }
}

/* Each test stands on its own: it must try hostile inputs and see the
 * loaders refuse some of them, whatever ran before it */
static void
run_counted (gconstpointer data)
{
  GTestFunc test = (GTestFunc) data;
  guint tried[N_TARGETS], refused[N_TARGETS];
  guint n_tried = 0, n_refused = 0;

  memcpy (tried, fixture.tried, sizeof tried);
  memcpy (refused, fixture.refused, sizeof refused);

  test ();

  for (Target target = 0; target < N_TARGETS; target++)
    {
      guint target_tried = fixture.tried[target] - tried[target];
      guint target_refused = fixture.refused[target] - refused[target];

      if (target_tried > 0)
        g_test_message ("%s: %u hostile inputs tried, %u refused with an error, %u loaded within range",
                        target_names[target], target_tried, target_refused, target_tried - target_refused);
      n_tried += target_tried;
      n_refused += target_refused;
    }

  g_assert_cmpuint (n_tried, >, 0);
  g_assert_cmpuint (n_refused, >, 0);
}

static void
add_counted (const char *path,
             GTestFunc   test)
{
  g_test_add_data_func (path, (gconstpointer) test, run_counted);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  fixture.kb = myo_kb_get_default ();
  fixture.dir = tmp_dir ();
  for (Target target = 0; target < N_TARGETS; target++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, seed_files[target], NULL);

      g_assert_true (g_file_get_contents (path, &fixture.seeds[target], NULL, NULL));
    }

  add_counted ("/myo/hostile/empty-and-truncated", test_empty_and_truncated);
  add_counted ("/myo/hostile/wrong-types", test_wrong_types);
  add_counted ("/myo/hostile/numbers-out-of-range", test_numbers_out_of_range);
  add_counted ("/myo/hostile/outside-view", test_outside_view);
  add_counted ("/myo/hostile/deep-nesting", test_deep_nesting);
  add_counted ("/myo/hostile/huge-file", test_huge_file);
  add_counted ("/myo/hostile/invalid-utf8", test_invalid_utf8);
  add_counted ("/myo/hostile/duplicate-keys", test_duplicate_keys);
  add_counted ("/myo/hostile/too-many", test_too_many);
  add_counted ("/myo/hostile/not-a-file", test_not_a_file);

  status = g_test_run ();

  for (Target target = 0; target < N_TARGETS; target++)
    g_free (fixture.seeds[target]);
  {
    g_autofree char *kept = g_build_filename (fixture.dir, "kept", NULL);
    g_autofree char *folder = g_build_filename (fixture.dir, "folder", NULL);

    g_unlink (kept);
    g_rmdir (folder);
  }
  g_rmdir (fixture.dir);
  g_free (fixture.dir);
  g_free (fixture.warnings);
  g_clear_object (&fixture.kb);

  return status;
}
