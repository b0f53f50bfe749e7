/* bench.h: what the benchmark sections share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-session.h"

G_BEGIN_DECLS

/* How a figure is judged against the goal of issue 8 */
typedef enum
{
  BENCH_GOAL_NONE,
  BENCH_GOAL_RATIO_AT_MOST,    /* value / floor <= goal */
  BENCH_GOAL_VALUE_AT_MOST,    /* value <= goal, in the figure's unit */
  BENCH_GOAL_EXCESS_AT_MOST,   /* value - floor <= goal, in the figure's unit */
} BenchGoal;

typedef struct
{
  char      *id;
  char      *name;
  char      *unit;
  char      *floor_name;
  GArray    *samples;        /* double */
  GArray    *floor_samples;  /* double, measured in the same run */
  BenchGoal  goal_kind;
  double     goal;
  char      *note;
} BenchFigure;

typedef struct
{
  guint      runs;
  char      *tmpdir;
  GPtrArray *figures;        /* BenchFigure */
} Bench;

/* A frame of a window, timed (bench-frame.c) */
typedef struct
{
  GdkSurface *surface;
  gulong      hook_id;
  gboolean    armed;
  gboolean    rendered;
  gboolean    done;
  double      before_paint_us;
  double      before_paint_cpu_us;  /* the main thread's CPU time then */
  double      after_paint_us;
  double      after_paint_cpu_us;  /* the main thread's CPU time then */
} BenchFrame;

double       bench_now_us        (void);
double       bench_cpu_us        (void);
double       bench_median        (GArray      *samples);
BenchFigure *bench_add_figure    (Bench       *bench,
                                  const char  *id,
                                  const char  *name,
                                  const char  *unit,
                                  const char  *floor_name,
                                  BenchGoal    goal_kind,
                                  double       goal);
double       bench_figure_value  (BenchFigure *figure);
double       bench_figure_floor  (BenchFigure *figure);
double       bench_figure_ratio  (BenchFigure *figure);
double       bench_figure_ratio_of_medians (BenchFigure *figure);
int          bench_figure_passes (BenchFigure *figure);

guint        bench_fill_session  (MyoSession  *session,
                                  const char  *view_id,
                                  guint        n_points,
                                  double       jitter,
                                  guint32      seed);

void         bench_frame_watch   (BenchFrame  *frame,
                                  GdkSurface  *surface);
void         bench_frame_unwatch (BenchFrame  *frame);
double       bench_frame_wait    (BenchFrame  *frame);
void         bench_settle        (void);

gboolean     bench_startup       (Bench       *bench,
                                  GError     **error);
gboolean     bench_map           (Bench       *bench,
                                  GError     **error);
gboolean     bench_matcher       (Bench       *bench,
                                  GError     **error);
gboolean     bench_journal       (Bench       *bench,
                                  GError     **error);
gboolean     bench_click         (Bench       *bench,
                                  GError     **error);

G_END_DECLS
