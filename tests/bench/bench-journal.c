/* bench-journal.c: loading and saving a journal of 10,000 sessions
 *
 * The floors are what any program holding the same file pays: reading it
 * and parsing it with json_tokener (then freeing the tree), and writing
 * the same bytes and fsyncing them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <json.h>
#include <unistd.h>

#include "bench.h"
#include "myo-journal.h"

#define JOURNAL_SESSIONS 10000

static double
time_load (const char *path,
           GError    **error)
{
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  double start, end;

  start = bench_now_us ();
  if (!myo_journal_load (journal, error))
    return -1;
  end = bench_now_us ();

  if (g_list_model_get_n_items (G_LIST_MODEL (journal)) != JOURNAL_SESSIONS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The journal did not load whole");
      return -1;
    }

  return (end - start) / 1000;
}

static double
time_bare_parse (const char *path,
                 GError    **error)
{
  g_autofree char *data = NULL;
  struct json_tokener *tok;
  json_object *root;
  gsize length;
  double start, end;

  start = bench_now_us ();
  if (!g_file_get_contents (path, &data, &length, error))
    return -1;
  tok = json_tokener_new ();
  root = json_tokener_parse_ex (tok, data, (int) length);
  json_tokener_free (tok);
  json_object_put (root);
  end = bench_now_us ();

  if (root == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "json_tokener could not parse %s", path);
      return -1;
    }

  return (end - start) / 1000;
}

static double
time_save (MyoJournal *journal,
           GError    **error)
{
  double start, end;

  start = bench_now_us ();
  if (!myo_journal_save (journal, error))
    return -1;
  end = bench_now_us ();

  return (end - start) / 1000;
}

/* A save straight after loading, before anything is formatted */
static double
time_first_save (const char *path,
                 GError    **error)
{
  g_autoptr(MyoJournal) journal = myo_journal_new (path);

  if (!myo_journal_load (journal, error))
    return -1;

  return time_save (journal, error);
}

static double
time_bare_write (const char *path,
                 GBytes     *bytes,
                 GError    **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  double start, end;
  int fd;

  start = bench_now_us ();
  fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    goto failed;
  for (gsize done = 0; done < length;)
    {
      ssize_t n = write (fd, data + done, length - done);

      if (n < 0 && errno != EINTR)
        goto failed;
      done += MAX (n, 0);
    }
  if (fsync (fd) != 0 || close (fd) != 0)
    goto failed;
  end = bench_now_us ();

  return (end - start) / 1000;

failed:
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", path, g_strerror (errno));
  return -1;
}

static gboolean
append (GArray *samples,
        double  ms)
{
  if (ms < 0)
    return FALSE;

  g_array_append_val (samples, ms);
  return TRUE;
}

/**
 * bench_journal:
 *
 * Loading and saving 10,000 sessions against the bare parse and write.
 */
gboolean
bench_journal (Bench   *bench,
               GError **error)
{
  g_autofree char *dir = g_build_filename (bench->tmpdir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
  g_autofree char *bare_path = g_build_filename (dir, "bare.json", NULL);
  g_autofree char *count = g_strdup_printf ("%d", JOURNAL_SESSIONS);
  const char *argv[] = { BENCH_GEN_JOURNAL, count, path, NULL };
  g_autoptr(MyoJournal) journal = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  BenchFigure *load, *save, *first_save;
  int status;

  g_mkdir_with_parents (dir, 0700);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, error) ||
      !g_spawn_check_wait_status (status, error))
    return FALSE;

  journal = myo_journal_new (path);
  if (!myo_journal_load (journal, error) || !myo_journal_save (journal, error) ||
      !g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  load = bench_add_figure (bench, "journal-load", "Journal load, 10,000 sessions", "ms",
                           "read + json_tokener parse", BENCH_GOAL_RATIO_AT_MOST, 1.5);
  save = bench_add_figure (bench, "journal-save", "Journal save, 10,000 sessions", "ms",
                           "write + fsync of the same bytes", BENCH_GOAL_RATIO_AT_MOST, 2);
  save->note = g_strdup_printf ("the file is %.1f MiB; every session's text formatted "
                                "before, as Myomap does in the thread that loads the journal "
                                "(and once for each session added)", length / 1024. / 1024.);
  first_save = bench_add_figure (bench, "journal-first-save",
                                 "Journal save with nothing formatted yet", "ms",
                                 "write + fsync of the same bytes", BENCH_GOAL_NONE, 0);

  /* A warm-up of each, then the runs, in turn */
  if (time_load (path, error) < 0 || time_bare_parse (path, error) < 0 ||
      time_save (journal, error) < 0 || time_bare_write (bare_path, bytes, error) < 0)
    return FALSE;

  for (guint run = 0; run < bench->runs; run++)
    {
      if (!append (load->samples, time_load (path, error)) ||
          !append (load->floor_samples, time_bare_parse (path, error)) ||
          !append (save->samples, time_save (journal, error)) ||
          !append (save->floor_samples, time_bare_write (bare_path, bytes, error)) ||
          !append (first_save->samples, time_first_save (path, error)))
        return FALSE;
      g_array_append_val (first_save->floor_samples,
                          g_array_index (save->floor_samples, double, run));
    }

  return TRUE;
}
