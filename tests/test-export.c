/* test-export.c: the handout and report PDFs and the map exports, checked
 * with the tools a reader would use (poppler's pdftotext, pdfinfo, pdftoppm)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "myo-export.h"
#include "myo-export-private.h"
#include "myo-test-utils.h"

/* Runs a tool with up to four arguments and returns what it printed */
static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2,
          const char *arg3,
          const char *arg4)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv[] = { program, arg1, arg2, arg3, arg4, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  /* poppler-utils is in build-aux/dev's test packages */
  if (program == NULL)
    g_error ("%s is missing: install poppler-utils (./build-aux/dev test does)", tool);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s %s failed: %s", tool, arg1, err);

  return out;
}

/* The PDF's text with every run of white space made one space, so a line
 * wrapped by the layout still matches */
static char *
pdf_text (const char *path)
{
  g_autofree char *raw = run_tool ("pdftotext", "-enc", "UTF-8", path, "-");
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", raw, 0, 0);

  return g_strjoinv (" ", words);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL, NULL, NULL);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  g_autofree char *flat = NULL;
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", needle, 0, 0);

  flat = g_strjoinv (" ", words);
  if (strstr (text, flat) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", flat, text);
}

/* Renders @page in grey and returns the pixels' variance: a blank page has
 * none, a page with text and a map has plenty */
static double
page_variance (const char *path,
               guint       page,
               const char *dir)
{
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *program = g_find_program_in_path ("pdftoppm");
  const char *argv[] = { program, "-r", "30", "-gray", "-f", number, "-l", number, "-singlefile",
                         path, prefix, NULL };
  g_autofree char *pgm_path = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  guint width, height, maxval, offset;
  double sum = 0, sum2 = 0, n;
  gsize length;
  int status;

  g_assert_nonnull (program);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_get_contents (pgm_path, &data, &length, &error));

  /* "P5\n<width> <height>\n<maxval>\n" then one byte per pixel */
  g_assert_cmpint (sscanf (data, "P5 %u %u %u%n", &width, &height, &maxval, (int *) &offset), ==, 3);
  offset++;
  g_assert_cmpuint (maxval, ==, 255);
  g_assert_cmpuint (length, >=, offset + (gsize) width * height);

  n = (double) width * height;
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      double v = (guchar) data[offset + i];

      sum += v;
      sum2 += v * v;
    }

  g_unlink (pgm_path);
  return sum2 / n - (sum / n) * (sum / n);
}

static void
assert_pages_not_blank (const char *path,
                        const char *dir)
{
  for (guint page = 1; page <= pdf_pages (path); page++)
    g_assert_cmpfloat (page_variance (path, page, dir), >, 200);
}

static MyoSession *
knee_session (MyoKb *kb)
{
  MyoSession *session = myo_session_new (kb);

  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 6);
  add_in_region (session, "back-heel", MYO_SIDE_LEFT, 7);
  myo_session_set_answer (session, myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4"),
                          MYO_SIDE_LEFT, MYO_ANSWER_YES);
  myo_session_set_pain_after (session, 3);

  return session;
}

static void
test_handout (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = knee_session (kb);
  g_autoptr(MyoExport) handout = NULL;
  g_autoptr(MyoRoutine) routine = NULL;
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 3, 5, 10, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *text = NULL;
  GPtrArray *flags = myo_kb_get_red_flags (kb);
  GStatBuf st;

  handout = myo_export_new_handout_for_session (session, &error);
  g_assert_no_error (error);
  myo_export_set_date (handout, date);
  g_assert_true (myo_export_write_pdf (handout, path, &error));
  g_assert_no_error (error);

  /* Health data: private to the user */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpuint (pdf_pages (path), >=, 1);
  g_assert_cmpuint (pdf_pages (path), <=, MYO_EXPORT_MAX_PAGES);
  g_assert_cmpuint (pdf_pages (path), ==, myo_export_get_n_pages (handout));
  assert_pages_not_blank (path, dir);

  text = pdf_text (path);
  assert_contains (text, "not a diagnosis");
  assert_contains (text, "5 March 2026");
  for (guint i = 0; i < flags->len; i++)
    assert_contains (text, ((MyoRedFlag *) g_ptr_array_index (flags, i))->question);
  assert_contains (text, "Call emergency services now if any of these is true");

  /* Every step of the routine the window would run, with its hold time */
  match = myo_match_new (session);
  routine = myo_routine_new_for_match (match);
  g_assert_cmpuint (myo_routine_get_n_steps (routine), >=, 3);
  for (guint i = 0; i < myo_routine_get_n_steps (routine); i++)
    {
      const MyoRoutineStep *step = myo_routine_get_step (routine, i);
      g_autofree char *title = myo_routine_step_dup_title (step);

      assert_contains (text, title);
      if (step->step->hold_seconds > 0)
        {
          g_autofree char *hold = g_strdup_printf ("Hold %u s", step->step->hold_seconds);

          assert_contains (text, hold);
        }
    }
  assert_contains (text, "then the other leg");

  /* Each step card shows the picture of its position (a repeat on the
   * other leg shares its card) */
  g_assert_cmpuint (_myo_export_get_n_pictures (handout), >=, 3);
  g_assert_cmpuint (_myo_export_get_n_pictures (handout), <=, myo_routine_get_n_steps (routine));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_handout_for_ids (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const char *ids[] = { "gastrocnemius-lateral-4", "soleus-1:right", NULL };
  const char *unknown[] = { "gastrocnemius-lateral-4", "no-such-point", NULL };
  const char *bad_side[] = { "soleus-1:middle", NULL };
  g_autoptr(MyoExport) handout = NULL;
  g_autoptr(MyoExport) none = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "atlas.pdf", NULL);
  g_autofree char *text = NULL;

  handout = myo_export_new_handout_for_ids (kb, ids, &error);
  g_assert_no_error (error);
  myo_export_set_page_size (handout, MYO_PAPER_LETTER_WIDTH, MYO_PAPER_LETTER_HEIGHT);
  g_assert_true (myo_export_write_pdf (handout, path, &error));
  g_assert_no_error (error);

  {
    g_autofree char *info = run_tool ("pdfinfo", path, NULL, NULL, NULL);

    g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
  }
  g_assert_cmpuint (pdf_pages (path), <=, MYO_EXPORT_MAX_PAGES);
  assert_pages_not_blank (path, dir);
  text = pdf_text (path);
  assert_contains (text, "Calf muscle (Gastrocnemius), lateral head, trigger point 4 (left leg)");
  assert_contains (text, "Deep calf muscle (Soleus), trigger point 1 (right leg)");
  assert_contains (text, "Wall calf stretch");

  /* A point too deep to press is never marked "press here" */
  {
    const char *deep[] = { "tibialis-posterior-1", NULL };
    g_autoptr(MyoExport) stretch_only = myo_export_new_handout_for_ids (kb, deep, &error);
    g_autofree char *deep_text = NULL;

    g_assert_no_error (error);
    g_assert_false (myo_trigger_point_can_be_pressed (myo_kb_lookup_trigger_point (kb, deep[0])));
    g_assert_true (myo_trigger_point_can_be_pressed (myo_kb_lookup_trigger_point (kb, ids[0])));
    g_assert_true (myo_export_write_pdf (stretch_only, path, &error));
    deep_text = pdf_text (path);
    assert_contains (deep_text, "lies too deep: do not press");
    assert_contains (deep_text, "It lies too deep to press: the routine only stretches it.");
    g_assert_null (strstr (deep_text, "press here"));
  }

  none = myo_export_new_handout_for_ids (kb, unknown, &error);
  g_assert_null (none);
  g_assert_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_UNKNOWN_TRIGGER_POINT);
  g_assert_nonnull (strstr (error->message, "no-such-point"));
  g_clear_error (&error);

  none = myo_export_new_handout_for_ids (kb, bad_side, &error);
  g_assert_null (none);
  g_assert_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_UNKNOWN_TRIGGER_POINT);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_handout_nothing_to_treat (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoExport) handout = NULL;
  g_autoptr(GError) error = NULL;

  handout = myo_export_new_handout_for_session (session, &error);
  g_assert_null (handout);
  g_assert_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_NOTHING_TO_TREAT);
  g_assert_nonnull (strstr (error->message, "Mark where it hurts"));
}

static void
test_report (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = knee_session (kb);
  g_autoptr(MyoExport) report = myo_export_new_report (session);
  g_autoptr(MyoMatch) match = myo_match_new (session);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_true (myo_export_write_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  assert_pages_not_blank (path, dir);

  text = pdf_text (path);
  assert_contains (text, "Session report");
  assert_contains (text, "back of knee");
  assert_contains (text, "back of heel");
  assert_contains (text, "Pain before (strongest point): 7/10");
  assert_contains (text, "Pain after the routine: 3/10");
  assert_contains (text, "Calf muscle (Gastrocnemius), lateral head, trigger point 4 (left leg): Yes");
  for (guint i = 0; i < myo_match_get_combination (match)->len; i++)
    {
      g_autofree char *title = myo_candidate_dup_title (g_ptr_array_index (myo_match_get_combination (match), i));

      assert_contains (text, title);
    }
  assert_contains (text, "main referral zone");

  g_unlink (path);
  g_rmdir (dir);
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (text, needle); at != NULL; at = strstr (at + 1, needle))
    n++;

  return n;
}

/* Sixty points, one in every region and then round again on the other leg:
 * the report still fits two pages and lists every one of them */
static void
test_report_sixty_points (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoExport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  GPtrArray *regions = myo_kb_get_regions (kb);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; myo_session_get_n_points (session) < 60; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i % regions->len);
      MyoSide side = i < regions->len ? MYO_SIDE_LEFT : MYO_SIDE_RIGHT;
      MyoPoint c = myo_polygon_centroid (region->polygon);
      MyoPoint at;
      char *label;

      g_assert_cmpuint (i, <, 4 * regions->len);
      if (!myo_polygon_contains (region->polygon, c.x, c.y))
        continue;
      at = myo_view_to_side (region->view, c, side);
      myo_session_add_point (session, region->view->id, at.x, at.y, 1 + i % 10, MYO_QUALITY_NONE, &error);
      g_assert_no_error (error);

      label = g_strdup_printf ("%s · %s", side == MYO_SIDE_LEFT ? "L" : "R", region->name);
      g_hash_table_insert (expected, label,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (expected, label)) + 1));
    }

  report = myo_export_new_report (session);
  g_assert_true (myo_export_write_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), >=, 1);
  g_assert_cmpuint (pdf_pages (path), <=, 2);
  assert_pages_not_blank (path, dir);

  text = pdf_text (path);
  assert_contains (text, "Pain points: 60");
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpuint (count_occurrences (text, key), >=, GPOINTER_TO_UINT (value));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_write_fails_cleanly (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = knee_session (kb);
  g_autoptr(MyoExport) report = myo_export_new_report (session);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "report.pdf", NULL);

  g_assert_false (myo_export_write_pdf (report, path, &error));
  g_assert_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_rmdir (dir);
}

/* Printing draws each page through myo_export_draw_page(): the same pages
 * on any cairo surface */
static void
test_draw_page (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = knee_session (kb);
  g_autoptr(MyoExport) report = myo_export_new_report (session);
  double width, height;

  myo_export_get_page_size (report, &width, &height);
  for (guint page = 0; page < myo_export_get_n_pages (report); page++)
    {
      g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      g_autoptr(cairo_t) cr = cairo_create (surface);
      guchar *data;
      guint dark = 0;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      myo_export_draw_page (report, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_flush (surface);

      data = cairo_image_surface_get_data (surface);
      for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
        for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
          if ((((guint32 *) (data + y * cairo_image_surface_get_stride (surface)))[x] & 0xff) < 128)
            dark++;
      g_assert_cmpuint (dark, >, 2000);
    }
}

static void
test_paper (void)
{
  g_autoptr(GError) error = NULL;
  double width, height;

  g_assert_true (myo_paper_lookup ("Letter", &width, &height, &error));
  g_assert_cmpfloat (width, ==, MYO_PAPER_LETTER_WIDTH);
  g_assert_true (myo_paper_lookup ("a4", &width, &height, &error));
  g_assert_cmpfloat (height, ==, MYO_PAPER_A4_HEIGHT);
  g_assert_false (myo_paper_lookup ("tabloid", &width, &height, &error));
  g_assert_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_PAPER);
  g_assert_nonnull (strstr (error->message, "a4 or letter"));

  /* The C locale's paper is A4 */
  myo_paper_get_default_size (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, MYO_PAPER_A4_WIDTH, 0.5);
  g_assert_cmpfloat_with_epsilon (height, MYO_PAPER_A4_HEIGHT, 0.5);

  /* The US prints on Letter, Germany on A4 (build-aux/dev generates both) */
  if (setlocale (LC_PAPER, "en_US.UTF-8") == NULL)
    g_error ("The en_US.UTF-8 locale is missing; ./build-aux/dev test generates it");
  myo_paper_get_default_size (&width, &height);
  g_assert_cmpfloat (width, ==, MYO_PAPER_LETTER_WIDTH);
  g_assert_cmpfloat (height, ==, MYO_PAPER_LETTER_HEIGHT);
  g_assert_nonnull (setlocale (LC_PAPER, "de_DE.UTF-8"));
  myo_paper_get_default_size (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, MYO_PAPER_A4_WIDTH, 0.5);
  setlocale (LC_PAPER, "C.UTF-8");
}

static guint32
png_pixel (cairo_surface_t *surface,
           double           x,
           double           y)
{
  guchar *data = cairo_image_surface_get_data (surface);

  return ((guint32 *) (data + (int) y * cairo_image_surface_get_stride (surface)))[(int) x] & 0xffffff;
}

static void
test_map_png_svg (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  const MyoView *view = myo_kb_lookup_view (kb, "back");
  MyoSelection mark = { myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4"), MYO_SIDE_LEFT };
  g_autoptr(RsvgHandle) svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *png_path = g_build_filename (dir, "map.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "map.svg", NULL);
  g_autoptr(cairo_surface_t) png = NULL;
  g_autoptr(RsvgHandle) exported = NULL;
  const MyoPainPoint *point;
  MyoMapScene scene = { 0 };
  MyoPoint cross;
  double scale, width, height;
  guint32 rgb;

  add_in_region (session, "back-heel", MYO_SIDE_LEFT, 9);
  point = myo_session_get_point (session, 0);
  svg = myo_map_load_diagram (view, &error);
  g_assert_no_error (error);

  scene.view = view;
  scene.svg = svg;
  scene.session = session;
  scene.marks = &mark;
  scene.n_marks = 1;
  scene.flags = MYO_MAP_ZONES | MYO_MAP_PRESS_MARKS | MYO_MAP_PAIN_POINTS;
  scene.unit = 2;

  g_assert_true (myo_map_write_png (&scene, 800, png_path, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, (int) round (800 * view->height / view->width));

  /* The pain point is drawn in its intensity's colour, the ✕ in ink, the
   * background is white */
  scale = 800 / view->width;
  rgb = png_pixel (png, point->x * scale - 7, point->y * scale);
  g_assert_cmphex (rgb, ==, myo_intensity_get_rgb (9));
  cross = myo_view_to_side (view, mark.trp->location, MYO_SIDE_LEFT);
  rgb = png_pixel (png, cross.x * scale, cross.y * scale);
  g_assert_cmpuint ((rgb >> 16) & 0xff, <, 0x50);
  g_assert_cmphex (png_pixel (png, 2, 2), ==, 0xffffff);

  g_assert_true (myo_map_write_svg (&scene, svg_path, &error));
  g_assert_no_error (error);
  exported = rsvg_handle_new_from_file (svg_path, &error);
  g_assert_no_error (error);
  /* cairo writes the size in points */
  rsvg_handle_set_dpi (exported, 72);
  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (exported, &width, &height));
  g_assert_cmpfloat_with_epsilon (width, view->width, 1);
  g_assert_cmpfloat_with_epsilon (height, view->height, 1);

  /* Nowhere to write: an error saying so, nothing left behind */
  g_unlink (png_path);
  g_unlink (svg_path);
  g_rmdir (dir);
  g_assert_false (myo_map_write_png (&scene, 400, png_path, &error));
  g_assert_error (error, MYO_MAP_ERROR, MYO_MAP_ERROR_WRITE);
  g_assert_false (g_file_test (png_path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  /* Dates and paper come from the C locale, whatever the machine's */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/export/handout", test_handout);
  g_test_add_func ("/myo/export/handout-for-ids", test_handout_for_ids);
  g_test_add_func ("/myo/export/handout-nothing-to-treat", test_handout_nothing_to_treat);
  g_test_add_func ("/myo/export/report", test_report);
  g_test_add_func ("/myo/export/report-sixty-points", test_report_sixty_points);
  g_test_add_func ("/myo/export/write-fails-cleanly", test_write_fails_cleanly);
  g_test_add_func ("/myo/export/draw-page", test_draw_page);
  g_test_add_func ("/myo/export/paper", test_paper);
  g_test_add_func ("/myo/export/map-png-svg", test_map_png_svg);

  return g_test_run ();
}
