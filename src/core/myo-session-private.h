/* myo-session-private.h: the session's fields, for its file reader and
 * writer, and hooks for the benchmarks and the journal, not for the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json.h>

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

/* The keys of "pain" in session and journal files, by MyoPainRating */
extern const char * const _myo_pain_rating_keys[MYO_N_PAIN_RATINGS];


void         _myo_session_set_max_points (MyoSession *self,
                                          guint       max_points);
json_object *_myo_session_dup_areas_json (MyoSession *self);
void         _myo_session_drop_areas     (MyoSession *self);

G_END_DECLS
