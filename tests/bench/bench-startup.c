/* bench-startup.c: exec to first frame, and resident memory then
 *
 * Myomap and the floors (bench-minimal-window.c: the minimal GTK window,
 * and the libadwaita window with a header bar) all print the first-frame
 * line of src/myo-first-frame.c; the time is taken here just before the
 * exec. Every run shares one cache folder, so Myomap finds the diagram's
 * raster the warm-up round kept, as it does at any start but the first. The programs are run in turn, round after round, so a
 * busy moment of the machine falls on all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

#define JOURNAL_SESSIONS 10000
#define TIMEOUT_MS       30000

typedef struct
{
  const char  *label;
  const char  *binary;
  const char  *argument;
  char       **envp;
  const char  *forget;  /* nullable: a file removed before each run */
  char        *log;
  GArray      *ms;
  GArray      *rss_mib;
} Program;

static gboolean
run_once (Program  *program,
          GError  **error)
{
  posix_spawn_file_actions_t actions;
  char *argv[] = { (char *) program->binary, (char *) program->argument, NULL };
  g_autoptr(GString) output = g_string_new (NULL);
  double start_us = 0, first_frame_us = 0, ms;
  glong rss_kib = -1;
  int fds[2];
  pid_t pid;
  int status = 0;
  int spawn_errno;

  if (program->forget != NULL)
    g_unlink (program->forget);

  if (!g_unix_open_pipe (fds, FD_CLOEXEC, error))
    return FALSE;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_adddup2 (&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen (&actions, STDERR_FILENO, program->log,
                                    O_WRONLY | O_CREAT | O_APPEND, 0600);

  start_us = bench_now_us ();
  spawn_errno = posix_spawn (&pid, program->binary, &actions, NULL, argv, program->envp);
  posix_spawn_file_actions_destroy (&actions);
  close (fds[1]);

  if (spawn_errno != 0)
    {
      close (fds[0]);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (spawn_errno),
                   "Cannot start %s: %s", program->binary, g_strerror (spawn_errno));
      return FALSE;
    }

  for (;;)
    {
      struct pollfd pfd = { fds[0], POLLIN, 0 };
      char buffer[256];
      ssize_t n;

      if (poll (&pfd, 1, TIMEOUT_MS) <= 0)
        {
          kill (pid, SIGKILL);
          break;
        }
      n = read (fds[0], buffer, sizeof buffer);
      if (n <= 0)
        break;
      g_string_append_len (output, buffer, n);
    }
  close (fds[0]);
  waitpid (pid, &status, 0);

  if (sscanf (output->str, "first-frame %lf %ld", &first_frame_us, &rss_kib) != 2)
    {
      g_autofree char *log = NULL;

      g_file_get_contents (program->log, &log, NULL, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s printed no first frame (exit status %d); its messages:\n%s",
                   program->label, status, log != NULL ? log : "");
      return FALSE;
    }

  ms = (first_frame_us - start_us) / 1000;
  g_array_append_val (program->ms, ms);
  if (rss_kib >= 0)
    {
      double mib = rss_kib / 1024.;

      g_array_append_val (program->rss_mib, mib);
    }

  return TRUE;
}

static char **
make_envp (const char *data_home)
{
  g_autofree char *cache_home = g_build_filename (data_home, "..", "cache", NULL);
  char **envp = g_get_environ ();

  /* One cache folder for every run: the warm-up round leaves the
   * diagram's raster there, as any start before does */
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", cache_home, TRUE);
  envp = g_environ_setenv (envp, "MYOMAP_BENCH_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_unsetenv (envp, "G_DEBUG");
  envp = g_environ_unsetenv (envp, "G_MESSAGES_DEBUG");

  return envp;
}

static gboolean
generate_journal (const char  *data_home,
                  GError     **error)
{
  g_autofree char *dir = g_build_filename (data_home, APP_ID, NULL);
  g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
  g_autofree char *count = g_strdup_printf ("%d", JOURNAL_SESSIONS);
  const char *argv[] = { BENCH_GEN_JOURNAL, count, path, NULL };
  int status;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", dir, g_strerror (errno));
      return FALSE;
    }

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, error))
    return FALSE;

  return g_spawn_check_wait_status (status, error);
}

/* A session file of @n_points points, as a person would open one */
static gboolean
write_session (const char  *path,
               guint        n_points,
               GError     **error)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);

  if (bench_fill_session (session, NULL, n_points, 8, n_points) != n_points)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not set up %u points", n_points);
      return FALSE;
    }

  return myo_session_save_to_file (session, path, error);
}

/**
 * bench_startup:
 *
 * Start-up with an empty data folder, with a journal of 10,000 sessions
 * and opening a session of 500 points, against the libadwaita window with
 * a header bar (and the minimal GTK window, and opening a 1-point
 * session); resident memory at the first frame.
 */
gboolean
bench_startup (Bench   *bench,
               GError **error)
{
  g_autofree char *empty_home = g_build_filename (bench->tmpdir, "startup-empty", NULL);
  g_autofree char *journal_home = g_build_filename (bench->tmpdir, "startup-journal", NULL);
  /* Myomap keeps the session a file opened as its autosave, and restores
   * it at the next start: the runs that open a file have a data folder of
   * their own, or the empty start would restore 500 points, and that
   * autosave is removed before each, so each opens its file into an
   * empty start */
  g_autofree char *open_home = g_build_filename (bench->tmpdir, "startup-open", NULL);
  g_autofree char *open_autosave = g_build_filename (open_home, "io.github.myomap.Myomap",
                                                     "autosave.myomap", NULL);
  g_autofree char *one_point = g_build_filename (bench->tmpdir, "one-point.myomap", NULL);
  g_autofree char *many_points = g_build_filename (bench->tmpdir, "500-points.myomap", NULL);
  enum { P_GTK, P_ADWAITA, P_MYOMAP, P_JOURNAL, P_LABEL, P_OPEN_ONE, P_OPEN_MANY };
  Program programs[] = {
    [P_GTK] = { "the minimal GTK window", BENCH_MINIMAL_WINDOW, NULL, make_envp (empty_home), NULL },
    [P_ADWAITA] = { "the libadwaita window", BENCH_ADWAITA_WINDOW, NULL, make_envp (empty_home), NULL },
    [P_MYOMAP] = { "Myomap", BENCH_MYOMAP, NULL, make_envp (empty_home), NULL },
    [P_JOURNAL] = { "Myomap with a journal", BENCH_MYOMAP, NULL, make_envp (journal_home), NULL },
    [P_LABEL] = { "the minimal window with a label", BENCH_MINIMAL_WINDOW, "--label", make_envp (empty_home), NULL },
    [P_OPEN_ONE] = { "Myomap opening 1 point", BENCH_MYOMAP, one_point, make_envp (open_home), open_autosave, NULL },
    [P_OPEN_MANY] = { "Myomap opening 500 points", BENCH_MYOMAP, many_points, make_envp (open_home), open_autosave,
                      NULL },
  };
  BenchFigure *figure;
  gboolean ok = TRUE;

  g_mkdir_with_parents (empty_home, 0700);
  g_mkdir_with_parents (open_home, 0700);
  if (!generate_journal (journal_home, error) ||
      !write_session (one_point, 1, error) ||
      !write_session (many_points, 500, error))
    ok = FALSE;

  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    {
      programs[p].log = g_strdup_printf ("%s/startup-%u.log", bench->tmpdir, p);
      programs[p].ms = g_array_new (FALSE, FALSE, sizeof (double));
      programs[p].rss_mib = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* One round to warm the page cache and the font cache, then the rounds
   * that count, each starting with the next program */
  for (guint round = 0; round <= bench->runs && ok; round++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (programs) && ok; i++)
        {
          /* Lets the X server finish with the last window first */
          g_usleep (150 * 1000);
          ok = run_once (&programs[(round + i) % G_N_ELEMENTS (programs)], error);
        }

      if (round == 0)
        for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
          {
            g_array_set_size (programs[p].ms, 0);
            g_array_set_size (programs[p].rss_mib, 0);
          }
    }

#define ADD_SAMPLES(figure, program, floor_program, what) \
  G_STMT_START { \
    g_array_append_vals ((figure)->samples, programs[program].what->data, programs[program].what->len); \
    g_array_append_vals ((figure)->floor_samples, programs[floor_program].what->data, \
                         programs[floor_program].what->len); \
  } G_STMT_END

  if (ok)
    {
      figure = bench_add_figure (bench, "startup", "Start-up, exec to first frame", "ms",
                                 "libadwaita window with a header bar", BENCH_GOAL_RATIO_AT_MOST, 1.25);
      ADD_SAMPLES (figure, P_MYOMAP, P_ADWAITA, ms);

      figure = bench_add_figure (bench, "startup-journal",
                                 "Start-up with a 10,000-session journal", "ms",
                                 "libadwaita window with a header bar", BENCH_GOAL_RATIO_AT_MOST, 1.25);
      ADD_SAMPLES (figure, P_JOURNAL, P_ADWAITA, ms);

      figure = bench_add_figure (bench, "startup-open-500", "Start-up opening a 500-point session", "ms",
                                 "opening a 1-point session", BENCH_GOAL_RATIO_AT_MOST, 1.5);
      ADD_SAMPLES (figure, P_OPEN_MANY, P_OPEN_ONE, ms);

      figure = bench_add_figure (bench, "startup-gtk", "Start-up, against the minimal GTK window", "ms",
                                 "minimal GTK 4 window", BENCH_GOAL_NONE, 0);
      ADD_SAMPLES (figure, P_MYOMAP, P_GTK, ms);

      figure = bench_add_figure (bench, "startup-adwaita", "Start-up, libadwaita window with a header bar",
                                 "ms", "minimal GTK 4 window", BENCH_GOAL_NONE, 0);
      ADD_SAMPLES (figure, P_ADWAITA, P_GTK, ms);
      figure->note = g_strdup ("what libadwaita's initialisation and stylesheet cost any application");

      figure = bench_add_figure (bench, "startup-label", "Start-up, minimal window with one label",
                                 "ms", "minimal GTK 4 window", BENCH_GOAL_NONE, 0);
      ADD_SAMPLES (figure, P_LABEL, P_GTK, ms);
      figure->note = g_strdup ("what setting up fonts for a first line of text costs any application");

      figure = bench_add_figure (bench, "memory", "Resident memory at the first frame", "MiB",
                                 "libadwaita window with a header bar", BENCH_GOAL_EXCESS_AT_MOST, 25);
      ADD_SAMPLES (figure, P_MYOMAP, P_ADWAITA, rss_mib);

      figure = bench_add_figure (bench, "memory-journal",
                                 "Resident memory at the first frame, 10,000-session journal",
                                 "MiB", "libadwaita window with a header bar", BENCH_GOAL_NONE, 0);
      ADD_SAMPLES (figure, P_JOURNAL, P_ADWAITA, rss_mib);
      figure->note = g_strdup ("the journal may still be loading in its thread at the first frame");
    }

#undef ADD_SAMPLES

  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    {
      g_strfreev (programs[p].envp);
      g_free (programs[p].log);
      g_array_unref (programs[p].ms);
      g_array_unref (programs[p].rss_mib);
    }

  return ok;
}
