/* myo-routine.h: the steps for chosen trigger points, and their countdown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-match.h"

G_BEGIN_DECLS

#define MYO_ROUTINE_DEFAULT_LEAD_IN 5
/* How long "Done" stays before the routine moves on by itself (at least
 * 2 s, so it can be read from across the room) */
#define MYO_ROUTINE_AUTO_ADVANCE_DELAY_MS 2000
/* "Next: …" shows during the last seconds of a step's last hold */
#define MYO_ROUTINE_ANNOUNCE_NEXT_MS 5000
/* Treating many points in one go leaves soreness (kb-facts, dosage); a
 * routine for a match covers at most this many, the person picks which. */
#define MYO_ROUTINE_MAX_TRIGGER_POINTS 3

typedef enum
{
  MYO_ROUTINE_IDLE,       /* a step is shown, nothing runs */
  MYO_ROUTINE_LEAD_IN,    /* "get ready" before a hold */
  MYO_ROUTINE_HOLDING,
  MYO_ROUTINE_PAUSED,
  MYO_ROUTINE_STEP_DONE,
  MYO_ROUTINE_FINISHED,
} MyoRoutineState;

typedef struct
{
  const MyoTriggerPoint *trp;
  MyoSide                side;
} MyoSelection;

typedef enum
{
  MYO_STEP_OUTCOME_NOT_REACHED,
  MYO_STEP_OUTCOME_DONE,
  MYO_STEP_OUTCOME_SKIPPED,
} MyoStepOutcome;

typedef struct
{
  const MyoStep *step;
  MyoSide        side;
  /* TRUE for a step repeated on the leg that does not hurt */
  gboolean       other_leg;
  /* The trigger points this step serves: one for locate and release, every
   * chosen point of the muscle for a stretch */
  GPtrArray     *trigger_points;
  MyoStepOutcome outcome;
} MyoRoutineStep;

/* Returns monotonic time in microseconds, like g_get_monotonic_time() */
typedef gint64 (*MyoClockFunc) (gpointer user_data);

#define MYO_TYPE_ROUTINE (myo_routine_get_type ())

G_DECLARE_FINAL_TYPE (MyoRoutine, myo_routine, MYO, ROUTINE, GObject)

MyoRoutine           *myo_routine_new               (const MyoSelection   *selection,
                                                     guint                 n_selection);
MyoRoutine           *myo_routine_new_for_match     (MyoMatch             *match);
gboolean              myo_routine_has_trigger_point (MyoRoutine           *self,
                                                     const MyoTriggerPoint *trp,
                                                     MyoSide               side);
GArray               *myo_routine_dup_selection     (MyoRoutine           *self);
void                  myo_routine_append            (MyoRoutine           *self,
                                                     const MyoSelection   *selection,
                                                     guint                 n_selection);
void                  myo_routine_reject_current    (MyoRoutine           *self);
char                 *myo_routine_reject_current_with_note (MyoRoutine    *self);
void                  myo_routine_set_clock         (MyoRoutine           *self,
                                                     MyoClockFunc          clock,
                                                     gpointer              user_data);
guint                 myo_routine_get_lead_in       (MyoRoutine           *self);
void                  myo_routine_set_lead_in       (MyoRoutine           *self,
                                                     guint                 seconds);
guint                 myo_routine_get_hold_seconds  (MyoRoutine           *self);
void                  myo_routine_set_hold_seconds  (MyoRoutine           *self,
                                                     guint                 seconds);
guint                 myo_routine_get_step_hold     (MyoRoutine           *self,
                                                     const MyoRoutineStep *step);
gboolean              myo_routine_get_auto_advance  (MyoRoutine           *self);
void                  myo_routine_set_auto_advance  (MyoRoutine           *self,
                                                     gboolean              auto_advance);
guint                 myo_routine_get_n_steps       (MyoRoutine           *self);
const MyoRoutineStep *myo_routine_get_step          (MyoRoutine           *self,
                                                     guint                 index);
guint                 myo_routine_get_step_index    (MyoRoutine           *self);
const MyoRoutineStep *myo_routine_get_current_step  (MyoRoutine           *self);
const MyoRoutineStep *myo_routine_get_next_step     (MyoRoutine           *self);
gboolean              myo_routine_get_announces_next (MyoRoutine          *self);
gboolean              myo_routine_get_next_waits    (MyoRoutine           *self);
gboolean              myo_routine_step_same_position (const MyoRoutineStep *a,
                                                      const MyoRoutineStep *b);
guint                 myo_routine_get_n_done        (MyoRoutine           *self);
guint                 myo_routine_get_n_skipped     (MyoRoutine           *self);
char                 *myo_routine_dup_summary       (MyoRoutine           *self);
gboolean              myo_routine_most_urgent       (const MyoRedFlag * const *flags,
                                                     guint                 n_flags,
                                                     MyoUrgency           *urgency);
gboolean              myo_routine_may_start         (const MyoRedFlag * const *flags,
                                                     guint                 n_flags);
void                  myo_routine_sort_red_flags    (GPtrArray            *flags);
MyoRoutineState       myo_routine_get_state         (MyoRoutine           *self);
MyoRoutineState       myo_routine_get_paused_state  (MyoRoutine           *self);
guint                 myo_routine_get_repetition    (MyoRoutine           *self);
gint64                myo_routine_get_remaining_ms  (MyoRoutine           *self);
gint64                myo_routine_get_phase_ms      (MyoRoutine           *self);
void                  myo_routine_start             (MyoRoutine           *self);
void                  myo_routine_pause             (MyoRoutine           *self);
void                  myo_routine_resume            (MyoRoutine           *self);
void                  myo_routine_toggle            (MyoRoutine           *self);
void                  myo_routine_skip              (MyoRoutine           *self);
void                  myo_routine_back              (MyoRoutine           *self);
void                  myo_routine_restart           (MyoRoutine           *self);
void                  myo_routine_tick              (MyoRoutine           *self);
const char           *myo_routine_state_to_string   (MyoRoutineState       state);
char                 *myo_routine_step_dup_title    (const MyoRoutineStep *step);
char                 *myo_routine_step_dup_muscle_name (const MyoRoutineStep *step);
char                **myo_routine_step_dup_instructions (const MyoRoutineStep *step);
gboolean              myo_routine_step_is_timed     (const MyoRoutineStep *step);

G_END_DECLS
