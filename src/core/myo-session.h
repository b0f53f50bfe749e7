/* myo-session.h: the pain points a person marked, with undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "myo-area.h"
#include "myo-kb.h"

G_BEGIN_DECLS

/* 2: painted areas and the pain ratings; files of schema 1 still open */
#define MYO_SESSION_SCHEMA_VERSION 2
/* Far more than anyone marks; a bound keeps undo snapshots and files small */
#define MYO_SESSION_MAX_POINTS     500
#define MYO_SESSION_ERROR (myo_session_error_quark ())

typedef enum
{
  MYO_SESSION_ERROR_OUTSIDE,
  MYO_SESSION_ERROR_INVALID,
  MYO_SESSION_ERROR_NOT_FOUND,
  MYO_SESSION_ERROR_TOO_MANY,
} MyoSessionError;

/* The three ratings of pain intensity clinicians ask for, each 0–10 */
typedef enum
{
  MYO_PAIN_NOW,
  MYO_PAIN_AVERAGE,
  MYO_PAIN_WORST,
  MYO_N_PAIN_RATINGS,
} MyoPainRating;

typedef struct
{
  guint            id;
  const MyoView   *view;
  double           x;
  double           y;
  int              intensity;
  MyoQuality       quality;
  MyoSide          side;
  const MyoRegion *region;
  MyoPoint         canonical;  /* mirrored onto the left side */
} MyoPainPoint;

#define MYO_TYPE_SESSION (myo_session_get_type ())

G_DECLARE_FINAL_TYPE (MyoSession, myo_session, MYO, SESSION, GObject)

GQuark              myo_session_error_quark   (void);
MyoSession         *myo_session_new           (MyoKb         *kb);
MyoSession         *myo_session_new_from_data (MyoKb         *kb,
                                               const char    *data,
                                               gsize          length,
                                               const char    *name,
                                               GError       **error);
MyoSession         *myo_session_new_from_file (MyoKb         *kb,
                                               const char    *path,
                                               GError       **error);
char               *myo_session_to_data       (MyoSession    *self);
gboolean            myo_session_save_to_file  (MyoSession    *self,
                                               const char    *path,
                                               GError       **error);
MyoKb              *myo_session_get_kb        (MyoSession    *self);
guint               myo_session_get_n_points  (MyoSession    *self);
const MyoPainPoint *myo_session_get_point     (MyoSession    *self,
                                               guint          index);
const MyoPainPoint *myo_session_lookup_point  (MyoSession    *self,
                                               guint          id);
guint               myo_session_add_point     (MyoSession    *self,
                                               const char    *view_id,
                                               double         x,
                                               double         y,
                                               int            intensity,
                                               MyoQuality     quality,
                                               GError       **error);
gboolean            myo_session_move_point    (MyoSession    *self,
                                               guint          id,
                                               double         x,
                                               double         y,
                                               GError       **error);
gboolean            myo_session_set_intensity (MyoSession    *self,
                                               guint          id,
                                               int            intensity);
gboolean            myo_session_set_quality   (MyoSession    *self,
                                               guint          id,
                                               MyoQuality     quality);
gboolean            myo_session_remove_point  (MyoSession    *self,
                                               guint          id);
void                myo_session_clear         (MyoSession    *self);
gboolean            myo_session_get_can_undo  (MyoSession    *self);
gboolean            myo_session_get_can_redo  (MyoSession    *self);
gboolean            myo_session_undo          (MyoSession    *self);
gboolean            myo_session_redo          (MyoSession    *self);
int                 myo_session_get_pain_after (MyoSession   *self);
void                myo_session_set_pain_after (MyoSession   *self,
                                                int           pain_after);
MyoAnswer           myo_session_get_answer    (MyoSession    *self,
                                               const MyoTriggerPoint *trp,
                                               MyoSide        side);
void                myo_session_set_answer    (MyoSession    *self,
                                               const MyoTriggerPoint *trp,
                                               MyoSide        side,
                                               MyoAnswer      answer);
GPtrArray          *myo_session_dup_answered  (MyoSession    *self);
GPtrArray          *myo_session_get_load_warnings (MyoSession *self);
char               *myo_pain_point_dup_label  (const MyoPainPoint *point);
guint               myo_session_add_stroke    (MyoSession    *self,
                                               const char    *view_id,
                                               const MyoPoint *points,
                                               guint          n_points,
                                               double         radius,
                                               int            intensity,
                                               gboolean       eraser,
                                               GError       **error);
guint               myo_session_get_n_strokes (MyoSession    *self);
gboolean            myo_session_is_empty      (MyoSession    *self);
const MyoStroke    *myo_session_get_stroke    (MyoSession    *self,
                                               guint          index);
MyoAreas           *myo_session_get_areas     (MyoSession    *self);
int                 myo_session_get_rating    (MyoSession    *self,
                                               MyoPainRating  rating);
void                myo_session_set_rating    (MyoSession    *self,
                                               MyoPainRating  rating,
                                               int            value);
int                 myo_session_get_worst_marked (MyoSession *self);
MyoAnswer           myo_session_get_red_flag  (MyoSession    *self,
                                               const char    *flag_id,
                                               GDateTime    **when);
void                myo_session_set_red_flag  (MyoSession    *self,
                                               const char    *flag_id,
                                               MyoAnswer      answer,
                                               GDateTime     *when);

G_END_DECLS
