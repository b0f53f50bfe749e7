/* test-i18n.c: the knowledge base and the command line in German and Spanish,
 * from the catalogues built in _build/po (MYOMAP_LOCALEDIR)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "myo-json.h"
#include "myo-session.h"
#include "myo-test-utils.h"

/* As in myo-kb.c and build-aux/kb-strings.py */
#define KB_CONTEXT "knowledge base"

#define GERMAN_DISCLAIMER "Myomap bietet Informationen zur Selbsthilfe, keine Diagnose."
#define SPANISH_DISCLAIMER "Myomap ofrece información de autocuidado, no un diagnóstico."

static void
use_language (const char *language,
              const char *locale)
{
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("The locale %s is not installed; ./build-aux/dev test generates de_DE.UTF-8", locale);
}

/* Every string the knowledge base shows went through the catalogue: the
 * German catalogue translates every one of them, so a field loaded without
 * translation would still be English here and differ from the expectation. */
static void
assert_translated (const char *loaded,
                   const char *english,
                   guint      *n_checked)
{
  g_assert_nonnull (loaded);
  g_assert_nonnull (english);
  g_assert_cmpstr (loaded, ==, g_dpgettext2 (GETTEXT_PACKAGE, KB_CONTEXT, english));
  (*n_checked)++;
}

static const char *
member_string (json_object *object,
               const char  *key)
{
  json_object *value = NULL;

  if (!json_object_object_get_ex (object, key, &value))
    return NULL;

  return json_object_get_string (value);
}

static json_object *
member_array (json_object *object,
              const char  *key)
{
  json_object *value = NULL;

  if (!json_object_object_get_ex (object, key, &value))
    return NULL;

  return value;
}

static void
assert_strv_translated (char        **loaded,
                        json_object  *english,
                        guint        *n_checked)
{
  if (english == NULL)
    return;

  g_assert_cmpuint (g_strv_length (loaded), ==, json_object_array_length (english));
  for (gsize i = 0; i < json_object_array_length (english); i++)
    assert_translated (loaded[i], json_object_get_string (json_object_array_get_idx (english, i)),
                       n_checked);
}

static void
test_kb_english (void)
{
  g_autoptr(MyoKb) kb = NULL;

  use_language ("", "C.UTF-8");
  kb = myo_kb_get_default ();

  g_assert_cmpstr (myo_kb_lookup_view (kb, "back")->label, ==, "Back");
  g_assert_true (g_str_has_prefix (myo_kb_get_disclaimer (kb),
                                   "Myomap gives self-care information, not a diagnosis."));
}

static void
test_kb_german (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) root = myo_json_parse_file (g_getenv ("MYOMAP_KB"), &error);
  g_autoptr(GHashTable) steps = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) routines = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(MyoKb) kb = NULL;
  GPtrArray *trigger_points;
  json_object *array;
  guint n_checked = 0;

  g_assert_no_error (error);
  use_language ("de", "de_DE.UTF-8");
  kb = myo_kb_get_default ();

  g_assert_cmpstr (myo_kb_lookup_view (kb, "back")->label, ==, "Rückseite");
  g_assert_cmpstr (lookup_region (kb, "back-knee")->name, ==, "Kniekehle");
  g_assert_true (g_str_has_prefix (myo_kb_get_disclaimer (kb), GERMAN_DISCLAIMER));
  assert_translated (myo_kb_get_disclaimer (kb), member_string (root, "disclaimer"), &n_checked);

  /* Ids and file names are never translated */
  g_assert_cmpstr (myo_kb_lookup_view (kb, "back")->file, ==, "back.svg");
  g_assert_nonnull (myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-1"));

  array = member_array (root, "views");
  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);

      assert_translated (myo_kb_lookup_view (kb, member_string (item, "id"))->label,
                         member_string (item, "label"), &n_checked);
    }

  array = member_array (root, "regions");
  g_assert_cmpuint (json_object_array_length (array), ==, myo_kb_get_regions (kb)->len);
  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      const MyoRegion *region = g_ptr_array_index (myo_kb_get_regions (kb), i);

      assert_translated (region->name, member_string (json_object_array_get_idx (array, i), "name"),
                         &n_checked);
    }

  array = member_array (root, "muscles");
  g_assert_cmpuint (json_object_array_length (array), ==, myo_kb_get_muscles (kb)->len);
  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      const MyoMuscle *muscle = g_ptr_array_index (myo_kb_get_muscles (kb), i);
      json_object *heads = member_array (item, "heads");

      g_assert_cmpstr (muscle->id, ==, member_string (item, "id"));
      assert_translated (muscle->name, member_string (item, "name"), &n_checked);
      assert_translated (muscle->anatomy, member_string (item, "anatomy"), &n_checked);
      if (member_string (item, "notes") != NULL)
        assert_translated (muscle->notes, member_string (item, "notes"), &n_checked);
      assert_strv_translated (muscle->activators, member_array (item, "activators"), &n_checked);
      assert_strv_translated (muscle->differentials, member_array (item, "differentials"),
                              &n_checked);
      for (gsize h = 0; heads != NULL && h < json_object_array_length (heads); h++)
        assert_translated (((MyoHead *) g_ptr_array_index (muscle->heads, h))->name,
                           member_string (json_object_array_get_idx (heads, h), "name"), &n_checked);
    }

  /* Steps and routines are reached through the trigger points */
  trigger_points = myo_kb_get_trigger_points (kb);
  for (guint i = 0; i < trigger_points->len; i++)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (trigger_points, i);

      g_hash_table_insert (routines, trp->routine->id, (gpointer) trp->routine);
      for (guint s = 0; s < trp->routine->steps->len; s++)
        {
          MyoStep *step = g_ptr_array_index (trp->routine->steps, s);

          g_hash_table_insert (steps, step->id, step);
        }
    }

  array = member_array (root, "steps");
  g_assert_cmpuint (g_hash_table_size (steps), ==, json_object_array_length (array));
  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      const MyoStep *step = g_hash_table_lookup (steps, member_string (item, "id"));
      json_object *alternatives = member_array (item, "alternatives");
      json_object *variants = member_array (item, "variants");

      g_assert_nonnull (step);
      assert_translated (step->title, member_string (item, "title"), &n_checked);
      assert_strv_translated (step->instructions, member_array (item, "instructions"), &n_checked);
      if (member_string (item, "caution") != NULL)
        assert_translated (step->caution, member_string (item, "caution"), &n_checked);
      for (gsize a = 0; alternatives != NULL && a < json_object_array_length (alternatives); a++)
        {
          json_object *english = json_object_array_get_idx (alternatives, a);
          const MyoAlternative *alternative = g_ptr_array_index (step->alternatives, a);

          g_assert_cmpstr (alternative->level, ==, member_string (english, "level"));
          assert_translated (alternative->title, member_string (english, "title"), &n_checked);
          assert_strv_translated (alternative->instructions, member_array (english, "instructions"),
                                  &n_checked);
        }
      if (variants != NULL)
        {
          json_object_object_foreach (variants, head, text)
            assert_translated (g_hash_table_lookup (step->variants, head),
                               json_object_get_string (text), &n_checked);
        }
    }

  array = member_array (root, "routines");
  g_assert_cmpuint (g_hash_table_size (routines), ==, json_object_array_length (array));
  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      const MyoRoutinePlan *plan = g_hash_table_lookup (routines, member_string (item, "id"));

      g_assert_nonnull (plan);
      assert_translated (plan->title, member_string (item, "title"), &n_checked);
    }

  array = member_array (root, "trigger_points");
  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (kb, member_string (item, "id"));

      g_assert_nonnull (trp);
      assert_translated (trp->location_text,
                         member_string (member_array (item, "location"), "text"), &n_checked);
      if (member_string (item, "notes") != NULL)
        assert_translated (trp->notes, member_string (item, "notes"), &n_checked);
    }

  array = member_array (root, "red_flags");
  g_assert_cmpuint (json_object_array_length (array), ==, myo_kb_get_red_flags (kb)->len);
  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);
      const MyoRedFlag *flag = g_ptr_array_index (myo_kb_get_red_flags (kb), i);

      assert_translated (flag->question, member_string (item, "question"), &n_checked);
      assert_translated (flag->why, member_string (item, "why"), &n_checked);
    }

  /* Every string the extractor writes, once per place it is used */
  g_test_message ("%u knowledge-base strings checked", n_checked);
  g_assert_cmpuint (n_checked, >, 600);

  use_language ("", "C.UTF-8");
}

/* Runs Myomap as a user in @language (LC_ALL=de_DE.UTF-8) would */
static int
run_in (const char  *language,
        const char  *arg1,
        const char  *arg2,
        const char  *arg3,
        char       **out)
{
  const char *argv[] = { g_getenv ("MYOMAP_BINARY"), arg1, arg2, arg3, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_nonnull (g_getenv ("MYOMAP_LOCALEDIR"));
  envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "de_DE.UTF-8", TRUE);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (err != NULL && err[0] != '\0')
    g_test_message ("stderr: %s", err);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static char *
write_knee_session (char **dir)
{
  g_autoptr(MyoKb) kb = NULL;
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(GError) error = NULL;
  char *path;

  use_language ("", "C.UTF-8");
  kb = myo_kb_get_default ();
  session = myo_session_new (kb);
  *dir = tmp_dir ();
  path = g_build_filename (*dir, "knee.myomap", NULL);
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  g_assert_true (myo_session_save_to_file (session, path, &error));
  g_assert_no_error (error);

  return path;
}

static void
test_cli_german (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = write_knee_session (&dir);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) report = NULL;
  json_object *points, *point, *candidates, *routine, *value;

  g_assert_cmpint (run_in ("de", "--report", path, "--json", &out), ==, 0);
  report = myo_json_parse (out, strlen (out), &error);
  g_assert_no_error (error);

  g_assert_true (g_str_has_prefix (json_object_get_string (member_array (report, "disclaimer")),
                                   GERMAN_DISCLAIMER));
  points = member_array (report, "points");
  point = json_object_array_get_idx (points, 0);
  g_assert_cmpstr (member_string (point, "region_name"), ==, "Kniekehle");
  /* The data stays in English: ids, sides, kinds */
  g_assert_cmpstr (member_string (point, "region"), ==, "back-knee");
  g_assert_cmpstr (member_string (point, "side"), ==, "left");

  candidates = member_array (report, "candidates");
  value = json_object_array_get_idx (candidates, 0);
  g_assert_nonnull (strstr (member_string (value, "reason"), "Kniekehle (Hauptschmerzzone)"));
  g_assert_nonnull (strstr (member_string (report, "combination_summary"), "Triggerpunkt"));

  routine = member_array (report, "routine");
  value = json_object_array_get_idx (routine, 0);
  g_assert_cmpstr (member_string (value, "kind"), ==, "locate");
  g_assert_nonnull (strstr (member_string (value, "title"), "Den Punkt finden"));
  g_clear_pointer (&out, g_free);

  /* The text report and the options */
  g_assert_cmpint (run_in ("de", "--report", path, NULL, &out), ==, 0);
  g_assert_nonnull (strstr (out, "Linkes Bein · Kniekehle, Intensität 6"));
  g_assert_nonnull (strstr (out, "Vorgeschlagene Kombination:"));
  g_assert_null (strstr (out, "not a diagnosis"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_in ("de", "--help", NULL, NULL, &out), ==, 0);
  g_assert_nonnull (strstr (out, "Die Version ausgeben und beenden"));
  g_assert_nonnull (strstr (out, "[DATEI.myomap]"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_in ("de", "--validate-kb", g_getenv ("MYOMAP_KB"), NULL, &out), ==, 0);
  g_assert_nonnull (strstr (out, "gültig"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_cli_spanish (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = write_knee_session (&dir);
  g_autofree char *out = NULL;

  /* LANGUAGE picks the catalogue whatever the (non-C) locale */
  g_assert_cmpint (run_in ("es", "--report", path, NULL, &out), ==, 0);
  g_assert_nonnull (strstr (out, SPANISH_DISCLAIMER));
  g_assert_nonnull (strstr (out, "Pierna izquierda · parte posterior de la rodilla, intensidad 6"));
  g_assert_nonnull (strstr (out, "punto gatillo"));
  g_assert_nonnull (strstr (out, "Encontrar el punto"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MYOMAP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/myo/i18n/kb-english", test_kb_english);
  g_test_add_func ("/myo/i18n/kb-german", test_kb_german);
  g_test_add_func ("/myo/i18n/cli-german", test_cli_german);
  g_test_add_func ("/myo/i18n/cli-spanish", test_cli_spanish);

  return g_test_run ();
}
