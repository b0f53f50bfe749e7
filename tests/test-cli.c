/* test-cli.c: the commands that need no display, run as a user runs them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "myo-json.h"
#include "myo-session.h"
#include "myo-test-utils.h"

static int
run (const char  *arg1,
     const char  *arg2,
     const char  *arg3,
     char       **out,
     char       **err)
{
  const char *argv[] = { g_getenv ("MYOMAP_BINARY"), arg1, arg2, arg3, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_validate_shipped (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run ("--validate-kb", g_getenv ("MYOMAP_KB"), NULL, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "valid"));
}

static void
test_validate_broken (void)
{
  g_autoptr(TmpFile) tmp = tmp_file_new ("broken-kb.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) root = myo_json_parse_file (g_getenv ("MYOMAP_KB"), &error);
  json_object *steps, *step;

  g_assert_no_error (error);
  g_assert_true (json_object_object_get_ex (root, "steps", &steps));
  step = json_object_array_get_idx (steps, 1);
  json_object_object_add (step, "hold_seconds", json_object_new_int (9000));
  g_assert_true (myo_json_write_file (tmp->path, root, &error));

  g_assert_cmpint (run ("--validate-kb", tmp->path, NULL, &out, &err), ==, 65);
  expected = g_strdup_printf ("%s: $.steps[1].hold_seconds: ", tmp->path);
  g_assert_nonnull (strstr (err, expected));

  /* A missing file and a file that is not JSON are reported the same way */
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_true (g_file_set_contents (tmp->path, "{ nope", -1, NULL));
  g_assert_cmpint (run ("--validate-kb", tmp->path, NULL, &out, &err), ==, 65);
  g_assert_true (g_str_has_prefix (err, tmp->path));
}

static void
test_report (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) report = NULL;
  g_autoptr(TmpFile) tmp = tmp_file_new ("knee.myomap");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  json_object *candidates, *first, *value;

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  myo_session_set_answer (session, myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-3"),
                          MYO_SIDE_LEFT, MYO_ANSWER_NOT_SURE);
  g_assert_true (myo_session_save_to_file (session, tmp->path, &error));

  g_assert_cmpint (run ("--report", tmp->path, NULL, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Calf muscle (Gastrocnemius), medial head, trigger point 3 (left leg): Not sure"));
  g_assert_nonnull (strstr (out, "Left leg · back of knee, intensity 6"));
  g_assert_nonnull (strstr (out, "Calf muscle (Gastrocnemius), lateral head, trigger point 4 (left leg)"));
  g_assert_nonnull (strstr (out, "Calf muscle (Gastrocnemius), medial head, trigger point 3 (left leg)"));
  g_assert_nonnull (strstr (out, "main referral zone"));
  g_assert_nonnull (strstr (out, "not a diagnosis"));
  g_assert_nonnull (strstr (out, "Wall calf stretch"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run ("--report", tmp->path, "--json", &out, &err), ==, 0);
  report = myo_json_parse (out, strlen (out), &error);
  g_assert_no_error (error);
  g_assert_true (json_object_object_get_ex (report, "candidates", &candidates));
  first = json_object_array_get_idx (candidates, 0);
  g_assert_true (json_object_object_get_ex (first, "muscle", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "gastrocnemius");
  g_assert_true (json_object_object_get_ex (first, "side", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "left");
  g_assert_true (json_object_object_get_ex (report, "routine", &value));
  g_assert_cmpuint (json_object_array_length (value), >=, 3);
}

/* Two points in one region are told apart by their numbers; the JSON has
 * every step's alternatives with their holds, and the ranks of ties; a
 * point off the legs is skipped with a warning, not the whole file */
static void
test_report_details (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  g_autoptr(TmpFile) tmp = tmp_file_new ("two-in-the-knee.myomap");
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(json_object) report = NULL;
  g_autoptr(GError) error = NULL;
  json_object *value, *steps;
  gboolean found_alternative = FALSE;

  text = g_strdup_printf ("{\"schema\": 2, \"points\": ["
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": %.1f, \"intensity\": 5},"
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": 2, \"intensity\": 7},"
                          "{\"view\": \"back\", \"x\": %.1f, \"y\": %.1f, \"intensity\": 6}]}",
                          knee.x, knee.y, back->width / 2, knee.x + 4, knee.y + 4);
  g_assert_true (g_file_set_contents (tmp->path, text, -1, NULL));

  g_assert_cmpint (run ("--report", tmp->path, NULL, &out, &err), ==, 0);
  /* Where the file was wrong, by JSON path, on stderr and in the report */
  g_assert_nonnull (strstr (err, "$.points[1]: skipped"));
  g_assert_nonnull (strstr (out, "Left out when the session file was read:"));
  g_assert_nonnull (strstr (out, "$.points[1]: skipped"));
  g_assert_nonnull (strstr (out, "  1. Left leg · back of knee, intensity 5"));
  g_assert_nonnull (strstr (out, "  2. Left leg · back of knee, intensity 6"));
  g_assert_nonnull (strstr (out, "#1 back of knee"));
  g_assert_nonnull (strstr (out, "#2 back of knee"));
  /* The back of the knee is a tie: its ranks say so, and the summary names
   * them all */
  g_assert_nonnull (strstr (out, "  1= "));
  g_assert_nonnull (strstr (out, "Equally likely: "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run ("--report", tmp->path, "--json", &out, &err), ==, 0);
  report = myo_json_parse (out, strlen (out), &error);
  g_assert_no_error (error);
  g_assert_true (json_object_object_get_ex (report, "warnings", &value));
  g_assert_cmpuint (json_object_array_length (value), ==, 1);
  g_assert_true (g_str_has_prefix (json_object_get_string (json_object_array_get_idx (value, 0)),
                                   "$.points[1]: skipped"));
  g_assert_true (json_object_object_get_ex (report, "points", &value));
  g_assert_cmpuint (json_object_array_length (value), ==, 2);
  g_assert_cmpint (json_object_get_int (json_object_object_get (json_object_array_get_idx (value, 1), "number")), ==, 2);
  g_assert_true (json_object_object_get_ex (report, "candidates", &value));
  value = json_object_array_get_idx (value, 1);
  g_assert_cmpint (json_object_get_int (json_object_object_get (value, "rank")), ==, 1);
  g_assert_cmpint (json_object_get_int (json_object_object_get (value, "position")), ==, 2);
  g_assert_cmpint (json_object_get_int (json_object_object_get (value, "tied")), >=, 2);

  g_assert_true (json_object_object_get_ex (report, "routine", &steps));
  for (gsize i = 0; i < json_object_array_length (steps); i++)
    {
      json_object *step = json_object_array_get_idx (steps, i);
      json_object *alternatives;

      g_assert_true (json_object_object_get_ex (step, "hold_seconds", NULL));
      g_assert_true (json_object_object_get_ex (step, "alternatives", &alternatives));
      for (gsize a = 0; a < json_object_array_length (alternatives); a++)
        {
          json_object *alternative = json_object_array_get_idx (alternatives, a);

          g_assert_nonnull (json_object_get_string (json_object_object_get (alternative, "title")));
          g_assert_cmpint (json_object_array_length (json_object_object_get (alternative, "instructions")), >, 0);
          g_assert_cmpint (json_object_get_int (json_object_object_get (alternative, "hold_seconds")), >, 0);
          found_alternative = TRUE;
        }
    }
  g_assert_true (found_alternative);
}

static void
test_report_bad_file (void)
{
  g_autoptr(TmpFile) tmp = tmp_file_new ("bad.myomap");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (tmp->path, "{\"schema\": 1, \"points\": [{}]}", -1, NULL));
  g_assert_cmpint (run ("--report", tmp->path, NULL, &out, &err), ==, 65);
  g_assert_nonnull (strstr (err, tmp->path));
  g_assert_nonnull (strstr (err, "$.points[0]"));
}

/* Runs the binary with a NULL-terminated argument list */
static int
run_args (const char * const  *args,
          char               **out,
          char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("MYOMAP_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
assert_pdf (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_unlink (path);
}

static void
test_pdf (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(GError) error = NULL;
  g_autoptr(TmpFile) tmp = tmp_file_new ("knee.myomap");
  g_autofree char *pdf = g_build_filename (tmp->dir, "out.pdf", NULL);

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  g_assert_true (myo_session_save_to_file (session, tmp->path, &error));

  {
    const char *args[] = { "--handout", tmp->path, "-o", pdf, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, pdf));
    assert_pdf (pdf);
  }

  {
    const char *args[] = { "--report", tmp->path, "--pdf", "--output", pdf, "--paper", "letter", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *quoted = g_shell_quote (pdf);
    g_autofree char *command = g_strdup_printf ("pdftotext %s -", quoted);
    g_autofree char *text = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 0);
    /* The report names the session file it was made from */
    g_assert_true (g_spawn_command_line_sync (command, &text, NULL, NULL, &error));
    g_assert_nonnull (strstr (text, "Session knee.myomap"));
    assert_pdf (pdf);
  }

  /* An atlas selection, without a session */
  {
    const char *args[] = { "--handout-points", "gastrocnemius-lateral-4,soleus-1:right", "-o", pdf, NULL };
    const char *unknown[] = { "--handout-points", "gastrocnemius-lateral-4,no-such-point", "-o", pdf, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 0);
    assert_pdf (pdf);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_args (unknown, &out, &err), ==, 65);
    g_assert_nonnull (strstr (err, "no-such-point"));
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }

  /* Usage mistakes say what to type instead */
  {
    const char *args[] = { "--handout", tmp->path, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 64);
    g_assert_nonnull (strstr (err, "-o OUT.pdf"));
  }
  {
    const char *args[] = { "--handout", tmp->path, "-o", pdf, "--paper", "tabloid", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 64);
    g_assert_nonnull (strstr (err, "a4 or letter"));
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }
  {
    const char *args[] = { "-o", pdf, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 64);
    g_assert_nonnull (strstr (err, "--handout"));
  }
}

static void
test_pdf_bad_input (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) empty = myo_session_new (kb);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *bad = g_build_filename (dir, "bad.myomap", NULL);
  g_autofree char *none = g_build_filename (dir, "empty.myomap", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);

  g_assert_true (g_file_set_contents (bad, "{\"schema\": 1, \"points\": [{}]}", -1, NULL));
  g_assert_true (myo_session_save_to_file (empty, none, &error));

  {
    const char *args[] = { "--handout", bad, "-o", pdf, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 65);
    g_assert_nonnull (strstr (err, bad));
    g_assert_nonnull (strstr (err, "$.points[0]"));
  }
  {
    const char *args[] = { "--report", bad, "--pdf", "-o", pdf, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 65);
    g_assert_nonnull (strstr (err, bad));
  }
  /* Nothing marked: no routine to hand out, and the message says why */
  {
    const char *args[] = { "--handout", none, "-o", pdf, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_args (args, &out, &err), ==, 65);
    g_assert_nonnull (strstr (err, "Mark where it hurts"));
  }
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  g_unlink (bad);
  g_unlink (none);
  g_rmdir (dir);
}

static void
test_help (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run ("--help", NULL, NULL, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "--validate-kb"));
  g_assert_nonnull (strstr (out, "--report"));
  g_assert_nonnull (strstr (out, "--handout"));
  g_assert_nonnull (strstr (out, "--pdf"));
  g_assert_nonnull (strstr (out, "--paper"));
  g_assert_nonnull (strstr (out, "-o, --output"));
}

/* Without its settings schema the window cannot start: a message saying
 * what to do, and an exit code, not an abort; the commands that need no
 * window still work */
static int
run_without_schema (const char  *arg,
                    char       **err)
{
  g_autofree char *empty = tmp_dir ();
  g_auto(GStrv) envp = g_get_environ ();
  const char *argv[] = { g_getenv ("MYOMAP_BINARY"), arg, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", empty, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_DIRS", empty, TRUE);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, err, &status, &error);
  g_assert_no_error (error);
  g_rmdir (empty);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_no_schema (void)
{
  g_autofree char *err = NULL;
  g_autofree char *version_err = NULL;

  g_assert_cmpint (run_without_schema (NULL, &err), ==, 69);
  g_assert_nonnull (strstr (err, "io.github.myomap.Myomap"));
  g_assert_nonnull (strstr (err, "meson install"));

  g_assert_cmpint (run_without_schema ("--version", &version_err), ==, 0);
}

/* Two "myomap --export-journal" at once over a damaged journal: both
 * take the journal's lock, so the damaged bytes are set aside once, whole,
 * never renamed over by the other */
static void
test_export_journal_concurrent (void)
{
  g_autofree char *home = tmp_dir ();
  g_autofree char *dir = g_build_filename (home, "io.github.myomap.Myomap", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
  const char *damaged = "{\"schema\": 2, \"sessions\": [{\"id\": \"cut off";
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", home, TRUE);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

  for (guint round = 0; round < 10; round++)
    {
      GSubprocess *exports[2];
      g_autoptr(GDir) listing = NULL;
      const char *name;
      guint n_kept = 0;

      g_assert_true (g_file_set_contents (path, damaged, -1, NULL));
      for (guint p = 0; p < 2; p++)
        {
          g_autofree char *out = g_strdup_printf ("%s/out-%u.csv", home, p);
          g_autoptr(GError) error = NULL;

          exports[p] = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("MYOMAP_BINARY"),
                                                    "--export-journal", out, NULL);
          g_assert_no_error (error);
        }
      for (guint p = 0; p < 2; p++)
        {
          g_assert_true (g_subprocess_wait (exports[p], NULL, NULL));
          g_assert_cmpint (g_subprocess_get_exit_status (exports[p]), ==, 0);
          g_object_unref (exports[p]);
        }

      listing = g_dir_open (dir, 0, NULL);
      while ((name = g_dir_read_name (listing)) != NULL)
        if (g_str_has_prefix (name, "journal.json.unreadable-"))
          {
            g_autofree char *aside = g_build_filename (dir, name, NULL);
            g_autofree char *kept = NULL;

            g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
            g_assert_cmpstr (kept, ==, damaged);
            g_unlink (aside);
            n_kept++;
          }
      g_assert_cmpuint (n_kept, ==, 1);
    }

  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_unlink (file);
      }
  }
  g_rmdir (dir);
  for (guint p = 0; p < 2; p++)
    {
      g_autofree char *out = g_strdup_printf ("%s/out-%u.csv", home, p);

      g_unlink (out);
    }
  g_rmdir (home);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/cli/validate-shipped", test_validate_shipped);
  g_test_add_func ("/myo/cli/validate-broken", test_validate_broken);
  g_test_add_func ("/myo/cli/report", test_report);
  g_test_add_func ("/myo/cli/report-bad-file", test_report_bad_file);
  g_test_add_func ("/myo/cli/report-details", test_report_details);
  g_test_add_func ("/myo/cli/pdf", test_pdf);
  g_test_add_func ("/myo/cli/pdf-bad-input", test_pdf_bad_input);
  g_test_add_func ("/myo/cli/help", test_help);
  g_test_add_func ("/myo/cli/no-schema", test_no_schema);
  g_test_add_func ("/myo/cli/export-journal-concurrent", test_export_journal_concurrent);

  return g_test_run ();
}
