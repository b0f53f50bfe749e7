/* myo-session-private.h: the session's fields, for its file reader and
 * writer, and hooks for the benchmarks and the journal, not for the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json.h>

#include "myo-json-reader.h"
#include "myo-session.h"

G_BEGIN_DECLS

typedef struct
{
  MyoAnswer  answer;
  GDateTime *when;
} RedFlagAnswer;

struct _MyoSession
{
  GObject    parent_instance;

  /* Owned */
  MyoKb     *kb;
  GArray    *points;  /* MyoPainPoint */
  GPtrArray *strokes; /* MyoStroke, in the order they were made */
  GPtrArray *undo;    /* Snapshot */
  GPtrArray *redo;
  MyoAreas  *areas;   /* made from the strokes when asked for */
  int        ratings[MYO_N_PAIN_RATINGS];
  GHashTable *answers;  /* "trigger-point-id:side" -> MyoAnswer */
  GHashTable *red_flags;  /* red flag id -> RedFlagAnswer */
  guint      next_id;
  int        pain_after;
  guint      max_points;
  GPtrArray *load_warnings;  /* char *: what reading the file left out, and why */
};

/* A painted stroke as a file holds it */
typedef struct
{
  const char *view;      /* borrowed from the file's tree */
  double      radius;
  int         intensity; /* 0 for an eraser */
  gboolean    eraser;
  guint       n_points;
  MyoPoint   *points;    /* owned */
} MyoStrokeJson;

/* The keys of "pain" in session and journal files, by MyoPainRating */
extern const char * const _myo_pain_rating_keys[MYO_N_PAIN_RATINGS];

void         _myo_session_set_max_points (MyoSession *self,
                                          guint       max_points);
json_object *_myo_session_dup_areas_json (MyoSession *self);
json_object *_myo_session_dup_answers_json (MyoSession *self);
json_object *_myo_point_json_new         (const char *view,
                                          double      x,
                                          double      y,
                                          int         intensity,
                                          const char *quality,
                                          const char *side,
                                          const char *region);
void         _myo_pain_ratings_add_json  (json_object *object,
                                          const int   *ratings);
gboolean     _myo_stroke_json_read       (MyoJsonReader *reader,
                                          json_object   *item,
                                          double         min_coordinate,
                                          double         max_coordinate,
                                          MyoStrokeJson *stroke);
void         _myo_session_drop_areas     (MyoSession *self);
double       _myo_older_file_y_offset    (const char *view);

G_END_DECLS
