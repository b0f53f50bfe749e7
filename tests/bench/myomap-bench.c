/* myomap-bench.c: the benchmark suite of issue 8
 *
 * usage: myomap-bench [--runs N] [--json FILE] [startup|map|matcher|journal|click]...
 *
 * Every figure is the median of N runs, next to its floor (the least any
 * program must spend on the same work) measured in the same runs, taken
 * alternately, because the machine is shared and noisy; its ratio to the
 * floor is the median of the runs' own ratios (bench_figure_ratio ()). It prints a
 * Markdown table and writes the same as JSON. Run it through
 * build-aux/bench, which provides the X server the start-up and map
 * sections need.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#include "bench.h"
#include "myo-json.h"

/**
 * bench_fill_session:
 * @view_id: (nullable): the view to mark, or %NULL for every view
 * @jitter: how far from a region's centre a point may be, in diagram units
 * @seed: the same seed makes the same points, whatever the knowledge base
 *
 * Adds @n_points points spread over the regions of @view_id (or of every
 * view), both legs, near each region's centre, with random intensities.
 *
 * Returns: the number of points the session holds then
 */
guint
bench_fill_session (MyoSession *session,
                    const char *view_id,
                    guint       n_points,
                    double      jitter,
                    guint32     seed)
{
  MyoKb *kb = myo_session_get_kb (session);
  const MyoView *view = view_id != NULL ? myo_kb_lookup_view (kb, view_id) : NULL;
  GPtrArray *regions = myo_kb_get_regions (kb);
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < regions->len; i++)
    if (view == NULL || ((const MyoRegion *) g_ptr_array_index (regions, i))->view == view)
      g_ptr_array_add (own, g_ptr_array_index (regions, i));

  for (guint tries = 0; myo_session_get_n_points (session) < n_points && tries < 100 * n_points; tries++)
    {
      const MyoRegion *region = g_ptr_array_index (own, g_rand_int_range (rand, 0, own->len));
      MyoSide side = g_rand_boolean (rand) ? MYO_SIDE_LEFT : MYO_SIDE_RIGHT;
      MyoPoint at = myo_view_to_side (region->view, myo_polygon_centroid (region->polygon), side);

      myo_session_add_point (session, region->view->id,
                             at.x + g_rand_double_range (rand, -jitter, jitter),
                             at.y + g_rand_double_range (rand, -jitter, jitter),
                             g_rand_int_range (rand, 1, 11), MYO_QUALITY_NONE, NULL);
    }

  return myo_session_get_n_points (session);
}

static void
figure_free (BenchFigure *figure)
{
  g_free (figure->id);
  g_free (figure->name);
  g_free (figure->unit);
  g_free (figure->floor_name);
  g_free (figure->note);
  g_array_unref (figure->samples);
  g_array_unref (figure->floor_samples);
  g_free (figure);
}

double
bench_now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* The CPU time of the calling thread: what it did, however long the
 * machine's other work kept it waiting */
double
bench_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

double
bench_median (GArray *samples)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = samples->len;

  if (n == 0)
    return NAN;

  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);

  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

BenchFigure *
bench_add_figure (Bench      *bench,
                  const char *id,
                  const char *name,
                  const char *unit,
                  const char *floor_name,
                  BenchGoal   goal_kind,
                  double      goal)
{
  BenchFigure *figure = g_new0 (BenchFigure, 1);

  figure->id = g_strdup (id);
  figure->name = g_strdup (name);
  figure->unit = g_strdup (unit);
  figure->floor_name = g_strdup (floor_name);
  figure->samples = g_array_new (FALSE, FALSE, sizeof (double));
  figure->floor_samples = g_array_new (FALSE, FALSE, sizeof (double));
  figure->goal_kind = goal_kind;
  figure->goal = goal;
  g_ptr_array_add (bench->figures, figure);

  return figure;
}

double
bench_figure_value (BenchFigure *figure)
{
  return bench_median (figure->samples);
}

double
bench_figure_floor (BenchFigure *figure)
{
  return bench_median (figure->floor_samples);
}

/* The ratio of the two medians: what a slow moment of the machine does to
 * one run and not to the run of its floor moves it */
double
bench_figure_ratio_of_medians (BenchFigure *figure)
{
  return bench_figure_value (figure) / bench_figure_floor (figure);
}

/* The median of the runs' own ratios: each section measures a run and
 * the run of its floor side by side, in the same round, so what slowed
 * the machine then slowed both. In one start-up run of 15 rounds, the
 * samples of each program ranged over 1.6×; the ratio of the medians read
 * 1.27, the median of the runs' ratios 1.17, and the ratio of the first
 * quartiles 1.13. Both estimate the same ratio; this one moves less. */
double
bench_figure_ratio (BenchFigure *figure)
{
  g_autoptr(GArray) ratios = NULL;

  if (figure->samples->len != figure->floor_samples->len)
    return bench_figure_ratio_of_medians (figure);

  ratios = g_array_sized_new (FALSE, FALSE, sizeof (double), figure->samples->len);
  for (guint i = 0; i < figure->samples->len; i++)
    {
      double ratio = g_array_index (figure->samples, double, i) /
                     g_array_index (figure->floor_samples, double, i);

      g_array_append_val (ratios, ratio);
    }

  return bench_median (ratios);
}

/* 1 for PASS, 0 for MISS, -1 when the figure has no goal */
int
bench_figure_passes (BenchFigure *figure)
{
  switch (figure->goal_kind)
    {
    case BENCH_GOAL_RATIO_AT_MOST:
      return bench_figure_ratio (figure) <= figure->goal;
    case BENCH_GOAL_VALUE_AT_MOST:
      return bench_figure_value (figure) <= figure->goal;
    case BENCH_GOAL_EXCESS_AT_MOST:
      return bench_figure_value (figure) - bench_figure_floor (figure) <= figure->goal;
    case BENCH_GOAL_NONE:
    default:
      return -1;
    }
}

static char *
format_number (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (fabs (value) < 1)
    return g_strdup_printf ("%.3f", value);
  if (fabs (value) < 100)
    return g_strdup_printf ("%.2f", value);

  return g_strdup_printf ("%.0f", value);
}

static char *
format_goal (BenchFigure *figure)
{
  switch (figure->goal_kind)
    {
    case BENCH_GOAL_RATIO_AT_MOST:
      return g_strdup_printf ("≤ %g×", figure->goal);
    case BENCH_GOAL_VALUE_AT_MOST:
      return g_strdup_printf ("≤ %g %s", figure->goal, figure->unit);
    case BENCH_GOAL_EXCESS_AT_MOST:
      return g_strdup_printf ("≤ floor + %g %s", figure->goal, figure->unit);
    case BENCH_GOAL_NONE:
    default:
      return g_strdup ("");
    }
}

static char *
dup_first_line_after (const char *text,
                      const char *key)
{
  const char *at = text != NULL ? strstr (text, key) : NULL;
  const char *colon;

  if (at == NULL || (colon = strchr (at, ':')) == NULL)
    return NULL;

  return g_strstrip (g_strndup (colon + 1, strcspn (colon + 1, "\n")));
}

static char *
dup_machine (void)
{
  g_autofree char *cpuinfo = NULL;
  g_autofree char *model = NULL;
  g_autofree char *loadavg = NULL;
  struct utsname uts;
  guint64 mem_kib = 0;
  g_autofree char *meminfo = NULL;

  uname (&uts);
  g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL);
  model = dup_first_line_after (cpuinfo, "model name");
  if (g_file_get_contents ("/proc/meminfo", &meminfo, NULL, NULL))
    {
      g_autofree char *total = dup_first_line_after (meminfo, "MemTotal");

      mem_kib = total != NULL ? g_ascii_strtoull (total, NULL, 10) : 0;
    }
  if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
    loadavg[strcspn (loadavg, " ")] = '\0';

  return g_strdup_printf ("%s, %u cores, %.0f GiB RAM, %s %s %s, load %s at start",
                          model != NULL ? model : "unknown CPU",
                          g_get_num_processors (),
                          mem_kib / 1024. / 1024.,
                          uts.sysname, uts.release, uts.machine,
                          loadavg != NULL ? loadavg : "?");
}

static void
print_table (Bench      *bench,
             const char *machine)
{
  g_print ("\nMyomap benchmarks — %s; medians of %u runs, floors measured in the same runs; "
           "the ratio is the median of the runs' own ratios\n\n",
           machine, bench->runs);
  g_print ("| Figure | Myomap | Floor | Floor median | Ratio | Ratio of medians | Goal | Result |\n");
  g_print ("|---|---:|---|---:|---:|---:|---|---|\n");

  for (guint i = 0; i < bench->figures->len; i++)
    {
      BenchFigure *figure = g_ptr_array_index (bench->figures, i);
      g_autofree char *value = format_number (bench_figure_value (figure));
      g_autofree char *floor_value = format_number (bench_figure_floor (figure));
      g_autofree char *ratio = format_number (bench_figure_ratio (figure));
      g_autofree char *ratio_of_medians = format_number (bench_figure_ratio_of_medians (figure));
      g_autofree char *goal = format_goal (figure);
      int passes = bench_figure_passes (figure);

      g_print ("| %s | %s %s | %s | %s %s | %s× | %s× | %s | %s |\n",
               figure->name, value, figure->unit, figure->floor_name, floor_value, figure->unit,
               ratio, ratio_of_medians, goal, passes < 0 ? "" : passes ? "PASS" : "**MISS**");
    }

  for (guint i = 0; i < bench->figures->len; i++)
    {
      BenchFigure *figure = g_ptr_array_index (bench->figures, i);

      if (figure->note != NULL)
        g_print ("\n- %s: %s", figure->name, figure->note);
    }
  g_print ("\n");
}

static json_object *
samples_to_json (GArray *samples)
{
  json_object *array = json_object_new_array_ext (samples->len);

  for (guint i = 0; i < samples->len; i++)
    json_object_array_add (array, json_object_new_double (g_array_index (samples, double, i)));

  return array;
}

static json_object *
number_or_null (double value)
{
  return isfinite (value) ? json_object_new_double (value) : NULL;
}

static gboolean
write_json (Bench       *bench,
            const char  *machine,
            const char  *path,
            GError     **error)
{
  g_autoptr(json_object) root = json_object_new_object ();
  json_object *figures = json_object_new_array ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format_iso8601 (now);

  json_object_object_add (root, "date", json_object_new_string (date));
  json_object_object_add (root, "machine", json_object_new_string (machine));
  json_object_object_add (root, "runs", json_object_new_int (bench->runs));
  json_object_object_add (root, "renderer", json_object_new_string ("cairo"));

  for (guint i = 0; i < bench->figures->len; i++)
    {
      BenchFigure *figure = g_ptr_array_index (bench->figures, i);
      json_object *item = json_object_new_object ();
      g_autofree char *goal = format_goal (figure);
      int passes = bench_figure_passes (figure);

      json_object_object_add (item, "id", json_object_new_string (figure->id));
      json_object_object_add (item, "name", json_object_new_string (figure->name));
      json_object_object_add (item, "unit", json_object_new_string (figure->unit));
      json_object_object_add (item, "median", number_or_null (bench_figure_value (figure)));
      json_object_object_add (item, "floor", json_object_new_string (figure->floor_name));
      json_object_object_add (item, "floor_median", number_or_null (bench_figure_floor (figure)));
      json_object_object_add (item, "ratio", number_or_null (bench_figure_ratio (figure)));
      json_object_object_add (item, "ratio_of_medians", number_or_null (bench_figure_ratio_of_medians (figure)));
      json_object_object_add (item, "goal", passes < 0 ? NULL : json_object_new_string (goal));
      json_object_object_add (item, "result",
                              passes < 0 ? NULL : json_object_new_string (passes ? "PASS" : "MISS"));
      json_object_object_add (item, "samples", samples_to_json (figure->samples));
      json_object_object_add (item, "floor_samples", samples_to_json (figure->floor_samples));
      if (figure->note != NULL)
        json_object_object_add (item, "note", json_object_new_string (figure->note));
      json_object_array_add (figures, item);
    }
  json_object_object_add (root, "figures", figures);

  return myo_json_write_file (path, root, error);
}

static gboolean
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_unlink (child);
      }

  return g_rmdir (path) == 0;
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *name;
    gboolean (*run) (Bench *bench, GError **error);
  } sections[] = {
    { "startup", bench_startup },
    { "map", bench_map },
    { "matcher", bench_matcher },
    { "journal", bench_journal },
    { "click", bench_click },
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *machine = NULL;
  int runs = 15;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs per figure (default 15)", "N" },
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_path, "Write the figures to FILE as JSON", "FILE" },
    { NULL }
  };
  Bench bench = { 0 };
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  /* The widgets draw as they do in the tests and on machines without a GPU */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  context = g_option_context_new ("[startup|map|matcher|journal|click]… — Myomap's benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 64;
    }
  if (runs < 3)
    {
      g_printerr ("--runs must be at least 3 for a median to mean something\n");
      return 64;
    }

  for (int i = 1; i < argc; i++)
    {
      gboolean known = FALSE;

      for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
        known |= g_str_equal (argv[i], sections[s].name);
      if (!known)
        {
          g_printerr ("Unknown section “%s”; the sections are startup, map, matcher, journal and click\n",
                      argv[i]);
          return 64;
        }
    }

  machine = dup_machine ();
  bench.runs = runs;
  bench.figures = g_ptr_array_new_with_free_func ((GDestroyNotify) figure_free);
  bench.tmpdir = g_dir_make_tmp ("myomap-bench-XXXXXX", &error);
  if (bench.tmpdir == NULL)
    {
      g_printerr ("Cannot make a temporary folder: %s\n", error->message);
      return 73;
    }

  for (guint s = 0; s < G_N_ELEMENTS (sections) && ok; s++)
    {
      gboolean wanted = argc == 1;

      for (int i = 1; i < argc; i++)
        wanted |= g_str_equal (argv[i], sections[s].name);
      if (!wanted)
        continue;

      g_printerr ("Running %s…\n", sections[s].name);
      if (!sections[s].run (&bench, &error))
        {
          g_printerr ("%s: %s\n", sections[s].name, error->message);
          ok = FALSE;
        }
    }

  remove_tree (bench.tmpdir);
  g_free (bench.tmpdir);

  if (ok)
    {
      print_table (&bench, machine);
      if (json_path != NULL && !write_json (&bench, machine, json_path, &error))
        {
          g_printerr ("Cannot write %s: %s\n", json_path, error->message);
          ok = FALSE;
        }
      else if (json_path != NULL)
        g_print ("\nWritten to %s\n", json_path);
    }

  g_ptr_array_unref (bench.figures);

  return ok ? 0 : 1;
}
