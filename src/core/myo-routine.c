/* myo-routine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "myo-routine.h"
#include "myo-routine-private.h"

struct _MyoRoutine
{
  GObject          parent_instance;

  /* Owned */
  GPtrArray       *steps;  /* MyoRoutineStep */

  /* Borrowed */
  MyoClockFunc     clock;
  gpointer         clock_data;

  guint            lead_in;
  guint            hold;  /* 0: each step's own hold */
  gboolean         auto_advance;

  guint            index;
  MyoRoutineState  state;
  MyoRoutineState  paused_state;
  guint            repetition;
  gint64           phase_end;      /* µs, while leading in, holding or done */
  gint64           phase_length;   /* µs */
  gint64           paused_remaining;

  /* Points dropped after a "No", for the summary */
  guint            n_left_out;
  char            *left_out;  /* their muscles, comma-separated */
};

enum {
  PROP_0,
  PROP_STATE,
  PROP_STEP_INDEX,
  PROP_REPETITION,
  PROP_LEAD_IN,
  PROP_HOLD_SECONDS,
  PROP_AUTO_ADVANCE,
  N_PROPS
};

enum {
  HOLD_FINISHED,
  STEPS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MyoRoutine, myo_routine, G_TYPE_OBJECT)

static gint64
now (MyoRoutine *self)
{
  return self->clock (self->clock_data);
}

static gint64
default_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static void
set_state (MyoRoutine      *self,
           MyoRoutineState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_repetition (MyoRoutine *self,
                guint       repetition)
{
  if (self->repetition == repetition)
    return;

  self->repetition = repetition;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPETITION]);
}

static void
begin_phase (MyoRoutine      *self,
             MyoRoutineState  state,
             gint64           start,
             guint            seconds)
{
  self->phase_length = (gint64) seconds * G_USEC_PER_SEC;
  self->phase_end = start + self->phase_length;
  set_state (self, state);
}

static void
go_to_step (MyoRoutine *self,
            guint       index)
{
  if (index >= self->steps->len)
    {
      set_state (self, MYO_ROUTINE_FINISHED);
      return;
    }

  if (self->index != index)
    {
      self->index = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
    }

  set_repetition (self, 1);
  set_state (self, MYO_ROUTINE_IDLE);
}

static guint
hold_of (MyoRoutine    *self,
         const MyoStep *step)
{
  /* An untimed step stays untimed whatever hold was chosen */
  if (step->hold_seconds == 0 || self->hold == 0)
    return step->hold_seconds;

  return self->hold;
}

static void
start_at (MyoRoutine *self,
          gint64      start)
{
  const MyoStep *step = myo_routine_get_current_step (self)->step;

  set_repetition (self, 1);

  if (step->hold_seconds == 0)
    {
      ((MyoRoutineStep *) g_ptr_array_index (self->steps, self->index))->outcome = MYO_STEP_OUTCOME_DONE;
      begin_phase (self, MYO_ROUTINE_STEP_DONE, start, 0);
    }
  else if (self->lead_in > 0)
    begin_phase (self, MYO_ROUTINE_LEAD_IN, start, self->lead_in);
  else
    begin_phase (self, MYO_ROUTINE_HOLDING, start, hold_of (self, step));
}

/* Advances through every phase that has ended by @time, so a late tick (a
 * suspended laptop, a test jumping ahead) lands in the right state. */
static void
advance (MyoRoutine *self,
         gint64      time)
{
  while (time >= self->phase_end)
    {
      const MyoStep *step = myo_routine_get_current_step (self)->step;
      gint64 ended = self->phase_end;

      switch (self->state)
        {
        case MYO_ROUTINE_LEAD_IN:
          begin_phase (self, MYO_ROUTINE_HOLDING, ended, hold_of (self, step));
          break;

        case MYO_ROUTINE_HOLDING:
          g_signal_emit (self, signals[HOLD_FINISHED], 0);
          if (self->repetition < step->repetitions)
            {
              set_repetition (self, self->repetition + 1);
              begin_phase (self, self->lead_in > 0 ? MYO_ROUTINE_LEAD_IN : MYO_ROUTINE_HOLDING,
                           ended, self->lead_in > 0 ? self->lead_in : hold_of (self, step));
            }
          else
            {
              ((MyoRoutineStep *) g_ptr_array_index (self->steps, self->index))->outcome = MYO_STEP_OUTCOME_DONE;
              self->phase_length = MYO_ROUTINE_AUTO_ADVANCE_DELAY_MS * 1000;
              self->phase_end = ended + self->phase_length;
              set_state (self, MYO_ROUTINE_STEP_DONE);
            }
          break;

        case MYO_ROUTINE_STEP_DONE:
          {
            gboolean same;

            if (!self->auto_advance || step->hold_seconds == 0)
              return;
            /* Only a step in the same position starts by itself; one that
             * needs the person to move waits at "Ready when you are" */
            same = !myo_routine_get_next_waits (self);
            go_to_step (self, self->index + 1);
            if (same && self->state == MYO_ROUTINE_IDLE &&
                myo_routine_get_current_step (self)->step->hold_seconds > 0)
              start_at (self, ended);
            else
              return;
          }
          break;

        case MYO_ROUTINE_IDLE:
        case MYO_ROUTINE_PAUSED:
        case MYO_ROUTINE_FINISHED:
        default:
          return;
        }
    }
}

static void
myo_routine_finalize (GObject *object)
{
  MyoRoutine *self = (MyoRoutine *) object;

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->left_out, g_free);

  G_OBJECT_CLASS (myo_routine_parent_class)->finalize (object);
}

static void
myo_routine_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MyoRoutine *self = MYO_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    case PROP_STEP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_REPETITION:
      g_value_set_uint (value, self->repetition);
      break;

    case PROP_LEAD_IN:
      g_value_set_uint (value, self->lead_in);
      break;

    case PROP_HOLD_SECONDS:
      g_value_set_uint (value, self->hold);
      break;

    case PROP_AUTO_ADVANCE:
      g_value_set_boolean (value, self->auto_advance);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_routine_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MyoRoutine *self = MYO_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_LEAD_IN:
      myo_routine_set_lead_in (self, g_value_get_uint (value));
      break;

    case PROP_HOLD_SECONDS:
      myo_routine_set_hold_seconds (self, g_value_get_uint (value));
      break;

    case PROP_AUTO_ADVANCE:
      myo_routine_set_auto_advance (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_routine_class_init (MyoRoutineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = myo_routine_finalize;
  object_class->get_property = myo_routine_get_property;
  object_class->set_property = myo_routine_set_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL,
                      MYO_ROUTINE_IDLE, MYO_ROUTINE_FINISHED, MYO_ROUTINE_IDLE,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STEP_INDEX] =
    g_param_spec_uint ("step-index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REPETITION] =
    g_param_spec_uint ("repetition", NULL, NULL,
                       1, G_MAXUINT, 1,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEAD_IN] =
    g_param_spec_uint ("lead-in", NULL, NULL,
                       0, 60, MYO_ROUTINE_DEFAULT_LEAD_IN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoRoutine:hold-seconds:
   *
   * How long every timed hold lasts, the person's choice; 0 keeps each
   * step's own hold from the knowledge base. Untimed steps stay untimed.
   * A change applies from the next hold on.
   */
  properties[PROP_HOLD_SECONDS] =
    g_param_spec_uint ("hold-seconds", NULL, NULL,
                       0, 600, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTO_ADVANCE] =
    g_param_spec_boolean ("auto-advance", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoRoutine::hold-finished:
   *
   * Emitted when a hold's countdown reaches zero, for the sound and flash cue.
   */
  signals[HOLD_FINISHED] =
    g_signal_new ("hold-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * MyoRoutine::steps-changed:
   *
   * Emitted when steps were added or dropped after a "No" to "Is this my
   * pain?"; the current step index may point at a different step.
   */
  signals[STEPS_CHANGED] =
    g_signal_new ("steps-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
myo_routine_init (MyoRoutine *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) _myo_routine_step_free);
  self->clock = default_clock;
  self->lead_in = MYO_ROUTINE_DEFAULT_LEAD_IN;
  self->auto_advance = TRUE;
  self->repetition = 1;
}

/**
 * myo_routine_new:
 * @selection: (array length=n_selection): the trigger points to treat
 * @n_selection: how many
 *
 * Returns: (transfer full): a routine at its first step, idle
 */
MyoRoutine *
myo_routine_new (const MyoSelection *selection,
                 guint               n_selection)
{
  MyoRoutine *self = g_object_new (MYO_TYPE_ROUTINE, NULL);

  _myo_routine_steps_build (self->steps, selection, n_selection);
  if (self->steps->len == 0)
    self->state = MYO_ROUTINE_FINISHED;

  return self;
}

/**
 * myo_routine_new_for_match:
 *
 * Covers the first %MYO_ROUTINE_MAX_TRIGGER_POINTS trigger points of the
 * combination; callers that let the person pick use myo_routine_new().
 *
 * Returns: (transfer full): the routine for the match's combination
 */
MyoRoutine *
myo_routine_new_for_match (MyoMatch *match)
{
  GPtrArray *combination = myo_match_get_combination (match);
  guint n = MIN (combination->len, MYO_ROUTINE_MAX_TRIGGER_POINTS);
  g_autofree MyoSelection *selection = g_new0 (MyoSelection, n);

  for (guint i = 0; i < n; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);

      selection[i].trp = candidate->trp;
      selection[i].side = candidate->side;
    }

  return myo_routine_new (selection, n);
}

gboolean
myo_routine_has_trigger_point (MyoRoutine            *self,
                               const MyoTriggerPoint *trp,
                               MyoSide                side)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), FALSE);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const MyoRoutineStep *step = g_ptr_array_index (self->steps, i);

      if (step->side == side && !step->other_leg &&
          g_ptr_array_find (step->trigger_points, trp, NULL))
        return TRUE;
    }

  return FALSE;
}

/**
 * myo_routine_dup_selection:
 *
 * The trigger points the routine treats, each on each leg once, in the
 * order the routine reaches them; the handout lists these.
 *
 * Returns: (transfer full) (element-type MyoSelection): the selection
 */
GArray *
myo_routine_dup_selection (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), NULL);

  return _myo_routine_steps_dup_selection (self->steps);
}

/**
 * myo_routine_append:
 * @selection: (array length=n_selection): more trigger points to treat
 *
 * Adds the steps for trigger points not yet in the routine at its end, for
 * example the next candidate after the person rejected one. A finished
 * routine goes on with the first new step.
 */
void
myo_routine_append (MyoRoutine         *self,
                    const MyoSelection *selection,
                    guint               n_selection)
{
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (MyoSelection));
  guint old_len;

  g_return_if_fail (MYO_IS_ROUTINE (self));

  for (guint i = 0; i < n_selection; i++)
    if (!myo_routine_has_trigger_point (self, selection[i].trp, selection[i].side))
      g_array_append_val (fresh, selection[i]);

  if (fresh->len == 0)
    return;

  old_len = self->steps->len;
  _myo_routine_steps_build (self->steps, (MyoSelection *) (gpointer) fresh->data, fresh->len);

  if (self->state == MYO_ROUTINE_FINISHED)
    {
      self->index = old_len;
      go_to_step (self, old_len);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
    }

  g_signal_emit (self, signals[STEPS_CHANGED], 0);
}

/**
 * myo_routine_reject_current:
 *
 * The person pressed the current step's trigger point and said it is not
 * their pain: its remaining locate and release steps are dropped, it is
 * taken out of the stretches still to come (a stretch left serving no
 * point goes too), and the routine moves on to what follows.
 */
void
myo_routine_reject_current (MyoRoutine *self)
{
  const MyoRoutineStep *current;
  const MyoTriggerPoint *trp;
  MyoSide side;

  g_return_if_fail (MYO_IS_ROUTINE (self));

  current = myo_routine_get_current_step (self);
  if (current == NULL || self->state == MYO_ROUTINE_FINISHED)
    return;

  trp = g_ptr_array_index (current->trigger_points, 0);
  side = current->side;

  _myo_routine_steps_drop (self->steps, self->index, trp, side);

  go_to_step (self, self->index);
  /* The step at this index is a different one now */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
  g_signal_emit (self, signals[STEPS_CHANGED], 0);
}

/**
 * myo_routine_reject_current_with_note:
 *
 * Like myo_routine_reject_current(), and says how the plan changed, for a
 * toast: "Popliteus left out — next: plantaris".
 *
 * Returns: (transfer full) (nullable): the note, %NULL when nothing was
 *   rejected
 */
char *
myo_routine_reject_current_with_note (MyoRoutine *self)
{
  const MyoRoutineStep *current;
  const MyoRoutineStep *next;
  g_autofree char *rejected = NULL;
  g_autofree char *following = NULL;

  g_return_val_if_fail (MYO_IS_ROUTINE (self), NULL);

  current = myo_routine_get_current_step (self);
  if (current == NULL || self->state == MYO_ROUTINE_FINISHED)
    return NULL;

  rejected = myo_routine_step_dup_muscle_name (current);
  myo_routine_reject_current (self);

  self->n_left_out++;
  if (self->left_out == NULL)
    self->left_out = g_strdup (rejected);
  else
    {
      /* Translators: joins the muscles left out, "popliteus, plantaris" */
      char *joined = g_strdup_printf (_("%s, %s"), self->left_out, rejected);

      g_free (self->left_out);
      self->left_out = joined;
    }

  next = self->state == MYO_ROUTINE_FINISHED ? NULL : myo_routine_get_current_step (self);
  if (next == NULL)
    /* Translators: a toast after "No, this is not my pain" on the last point */
    return g_strdup_printf (_("%s left out — that was the last point"), rejected);

  following = myo_routine_step_dup_muscle_name (next);
  /* Translators: a toast after "No, this is not my pain": the muscle left
   * out, then the one the routine goes on with */
  return g_strdup_printf (_("%s left out — next: %s"), rejected, following);
}

/**
 * myo_routine_set_clock:
 * @clock: (nullable): the time source, or %NULL for the monotonic clock
 *
 * Tests pass a fake clock to move through a routine instantly.
 */
void
myo_routine_set_clock (MyoRoutine   *self,
                       MyoClockFunc  clock,
                       gpointer      user_data)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  self->clock = clock != NULL ? clock : default_clock;
  self->clock_data = user_data;
}

guint
myo_routine_get_lead_in (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);
  return self->lead_in;
}

void
myo_routine_set_lead_in (MyoRoutine *self,
                         guint       seconds)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));
  g_return_if_fail (seconds <= 60);

  if (self->lead_in == seconds)
    return;

  self->lead_in = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_IN]);
}

guint
myo_routine_get_hold_seconds (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);
  return self->hold;
}

void
myo_routine_set_hold_seconds (MyoRoutine *self,
                              guint       seconds)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));
  g_return_if_fail (seconds <= 600);

  if (self->hold == seconds)
    return;

  self->hold = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOLD_SECONDS]);
}

/**
 * myo_routine_get_step_hold:
 * @step: a step of this routine
 *
 * Returns: how long @step holds in this routine, in seconds: the chosen
 *   hold, or the step's own; 0 for an untimed step
 */
guint
myo_routine_get_step_hold (MyoRoutine           *self,
                           const MyoRoutineStep *step)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);
  g_return_val_if_fail (step != NULL, 0);

  return hold_of (self, step->step);
}

gboolean
myo_routine_get_auto_advance (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), FALSE);
  return self->auto_advance;
}

void
myo_routine_set_auto_advance (MyoRoutine *self,
                              gboolean    auto_advance)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  auto_advance = !!auto_advance;
  if (self->auto_advance == auto_advance)
    return;

  self->auto_advance = auto_advance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTO_ADVANCE]);
}

guint
myo_routine_get_n_steps (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);
  return self->steps->len;
}

/**
 * myo_routine_get_step:
 *
 * Returns: (transfer none): the step at @index
 */
const MyoRoutineStep *
myo_routine_get_step (MyoRoutine *self,
                      guint       index)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, index);
}

guint
myo_routine_get_step_index (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);
  return self->index;
}

/**
 * myo_routine_get_current_step:
 *
 * Returns: (transfer none) (nullable): the current step, %NULL for an empty routine
 */
const MyoRoutineStep *
myo_routine_get_current_step (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), NULL);

  if (self->index >= self->steps->len)
    return NULL;

  return g_ptr_array_index (self->steps, self->index);
}

/**
 * myo_routine_get_next_step:
 *
 * Returns: (transfer none) (nullable): the step after the current one
 */
const MyoRoutineStep *
myo_routine_get_next_step (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), NULL);

  if (self->state == MYO_ROUTINE_FINISHED || self->index + 1 >= self->steps->len)
    return NULL;

  return g_ptr_array_index (self->steps, self->index + 1);
}

/**
 * myo_routine_step_same_position:
 *
 * Whether the person can go from @a to @b without moving: the same kind of
 * step, on the same leg, in the same pictured position.
 */
gboolean
myo_routine_step_same_position (const MyoRoutineStep *a,
                                const MyoRoutineStep *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->step->kind == b->step->kind &&
         a->side == b->side &&
         a->step->illustration != NULL &&
         g_strcmp0 (a->step->illustration, b->step->illustration) == 0;
}

/**
 * myo_routine_get_next_waits:
 *
 * Returns: whether the next step needs the person to change position, leg
 *   or kind of step, so it waits for them ("Ready when you are") instead of
 *   starting by itself
 */
gboolean
myo_routine_get_next_waits (MyoRoutine *self)
{
  const MyoRoutineStep *current;
  const MyoRoutineStep *next;

  g_return_val_if_fail (MYO_IS_ROUTINE (self), TRUE);

  current = myo_routine_get_current_step (self);
  next = myo_routine_get_next_step (self);
  if (current == NULL || next == NULL)
    return TRUE;

  return !myo_routine_step_same_position (current, next);
}

/**
 * myo_routine_get_announces_next:
 *
 * Returns: whether to show "Next: …" now: in the last
 *   %MYO_ROUTINE_ANNOUNCE_NEXT_MS of a step's last hold, and while it shows
 *   "Done"
 */
gboolean
myo_routine_get_announces_next (MyoRoutine *self)
{
  const MyoRoutineStep *current;

  g_return_val_if_fail (MYO_IS_ROUTINE (self), FALSE);

  current = myo_routine_get_current_step (self);
  if (current == NULL || myo_routine_get_next_step (self) == NULL)
    return FALSE;

  switch (self->state)
    {
    case MYO_ROUTINE_HOLDING:
      return self->repetition >= current->step->repetitions &&
             myo_routine_get_remaining_ms (self) <= MYO_ROUTINE_ANNOUNCE_NEXT_MS;

    case MYO_ROUTINE_STEP_DONE:
      return TRUE;

    case MYO_ROUTINE_IDLE:
    case MYO_ROUTINE_LEAD_IN:
    case MYO_ROUTINE_PAUSED:
    case MYO_ROUTINE_FINISHED:
    default:
      return FALSE;
    }
}

static guint
count_outcome (MyoRoutine     *self,
               MyoStepOutcome  outcome)
{
  guint n = 0;

  for (guint i = 0; i < self->steps->len; i++)
    n += ((MyoRoutineStep *) g_ptr_array_index (self->steps, i))->outcome == outcome;

  return n;
}

guint
myo_routine_get_n_done (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);
  return count_outcome (self, MYO_STEP_OUTCOME_DONE);
}

guint
myo_routine_get_n_skipped (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);
  return count_outcome (self, MYO_STEP_OUTCOME_SKIPPED) + count_outcome (self, MYO_STEP_OUTCOME_NOT_REACHED);
}

/**
 * myo_routine_dup_summary:
 *
 * Returns: (transfer full): what was done and what was not, for the end of
 *   the routine: "3 of 5 steps done. Skipped: wall calf stretch (right leg).
 *   Left out after your answer: popliteus."
 */
char *
myo_routine_dup_summary (MyoRoutine *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) skipped = g_string_new (NULL);
  guint n_done;

  g_return_val_if_fail (MYO_IS_ROUTINE (self), NULL);

  n_done = myo_routine_get_n_done (self);
  if (n_done == 0)
    g_string_append (text, _("No step was done."));
  else
    /* Translators: the end of a routine, "3 of 5 steps done." */
    g_string_append_printf (text, ngettext ("%u of %u step done.", "%u of %u steps done.",
                                            self->steps->len),
                            n_done, self->steps->len);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const MyoRoutineStep *step = g_ptr_array_index (self->steps, i);
      g_autofree char *muscle = NULL;

      if (step->outcome == MYO_STEP_OUTCOME_DONE)
        continue;

      muscle = myo_routine_step_dup_muscle_name (step);
      if (skipped->len > 0)
        g_string_append (skipped, "; ");
      /* Translators: one skipped step in the summary, "Wall calf stretch (gastrocnemius, right leg)" */
      g_string_append_printf (skipped, _("%s (%s, %s)"), step->step->title, muscle,
                              myo_side_get_label (step->side));
    }

  if (skipped->len > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: the steps not done, listed */
      g_string_append_printf (text, _("Skipped: %s."), skipped->str);
    }

  if (self->left_out != NULL)
    {
      g_string_append_c (text, ' ');
      /* Translators: the muscles dropped after "No, this is not my pain" */
      g_string_append_printf (text, _("Left out after your answer: %s."), self->left_out);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

MyoRoutineState
myo_routine_get_state (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), MYO_ROUTINE_IDLE);
  return self->state;
}

/**
 * myo_routine_get_paused_state:
 *
 * Returns: while paused, the state a resume returns to
 */
MyoRoutineState
myo_routine_get_paused_state (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), MYO_ROUTINE_IDLE);
  return self->paused_state;
}

guint
myo_routine_get_repetition (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 1);
  return self->repetition;
}

/**
 * myo_routine_get_remaining_ms:
 *
 * Returns: what is left of the lead-in or hold, in milliseconds
 */
gint64
myo_routine_get_remaining_ms (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);

  switch (self->state)
    {
    case MYO_ROUTINE_LEAD_IN:
    case MYO_ROUTINE_HOLDING:
      return MAX (0, self->phase_end - now (self)) / 1000;

    case MYO_ROUTINE_PAUSED:
      return self->paused_remaining / 1000;

    case MYO_ROUTINE_IDLE:
      {
        const MyoRoutineStep *step = myo_routine_get_current_step (self);

        return step != NULL ? (gint64) hold_of (self, step->step) * 1000 : 0;
      }

    case MYO_ROUTINE_STEP_DONE:
    case MYO_ROUTINE_FINISHED:
    default:
      return 0;
    }
}

/**
 * myo_routine_get_phase_ms:
 *
 * Returns: the full length of the running lead-in or hold, for drawing a
 *   ring that empties
 */
gint64
myo_routine_get_phase_ms (MyoRoutine *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE (self), 0);
  return self->phase_length / 1000;
}

void
myo_routine_start (MyoRoutine *self)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  if (self->state != MYO_ROUTINE_IDLE)
    return;

  start_at (self, now (self));
}

void
myo_routine_pause (MyoRoutine *self)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  myo_routine_tick (self);
  if (self->state != MYO_ROUTINE_LEAD_IN && self->state != MYO_ROUTINE_HOLDING)
    return;

  self->paused_state = self->state;
  self->paused_remaining = MAX (0, self->phase_end - now (self));
  set_state (self, MYO_ROUTINE_PAUSED);
}

void
myo_routine_resume (MyoRoutine *self)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  if (self->state != MYO_ROUTINE_PAUSED)
    return;

  self->phase_end = now (self) + self->paused_remaining;
  set_state (self, self->paused_state);
}

/**
 * myo_routine_toggle:
 *
 * The one-key control (Space): start, pause, resume, or go on after a step.
 */
void
myo_routine_toggle (MyoRoutine *self)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  switch (self->state)
    {
    case MYO_ROUTINE_IDLE:
      myo_routine_start (self);
      break;

    case MYO_ROUTINE_LEAD_IN:
    case MYO_ROUTINE_HOLDING:
      myo_routine_pause (self);
      break;

    case MYO_ROUTINE_PAUSED:
      myo_routine_resume (self);
      break;

    case MYO_ROUTINE_STEP_DONE:
      myo_routine_skip (self);
      break;

    case MYO_ROUTINE_FINISHED:
    default:
      break;
    }
}

/**
 * myo_routine_skip:
 *
 * Moves to the next step (or finishes), whatever the current one was doing.
 */
void
myo_routine_skip (MyoRoutine *self)
{
  MyoRoutineStep *current;

  g_return_if_fail (MYO_IS_ROUTINE (self));

  if (self->state == MYO_ROUTINE_FINISHED)
    return;

  /* An untimed step is done when the person moves on ("found it"); a hold
   * left before its end was skipped */
  current = g_ptr_array_index (self->steps, self->index);
  if (current->outcome == MYO_STEP_OUTCOME_NOT_REACHED)
    current->outcome = current->step->hold_seconds == 0
                       ? MYO_STEP_OUTCOME_DONE
                       : MYO_STEP_OUTCOME_SKIPPED;

  go_to_step (self, self->index + 1);
}

void
myo_routine_back (MyoRoutine *self)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  if (self->steps->len == 0)
    return;

  go_to_step (self, self->state == MYO_ROUTINE_FINISHED || self->index == 0
                    ? MIN (self->index, self->steps->len - 1)
                    : self->index - 1);
}

void
myo_routine_restart (MyoRoutine *self)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  if (self->steps->len == 0)
    return;

  for (guint i = 0; i < self->steps->len; i++)
    ((MyoRoutineStep *) g_ptr_array_index (self->steps, i))->outcome = MYO_STEP_OUTCOME_NOT_REACHED;
  self->n_left_out = 0;
  g_clear_pointer (&self->left_out, g_free);
  go_to_step (self, 0);
}

/**
 * myo_routine_tick:
 *
 * Reads the clock and moves the countdown on. The UI calls it from a frame
 * or timeout callback; tests call it after moving their fake clock.
 */
void
myo_routine_tick (MyoRoutine *self)
{
  g_return_if_fail (MYO_IS_ROUTINE (self));

  if (self->state == MYO_ROUTINE_LEAD_IN || self->state == MYO_ROUTINE_HOLDING ||
      self->state == MYO_ROUTINE_STEP_DONE)
    advance (self, now (self));
}

const char *
myo_routine_state_to_string (MyoRoutineState state)
{
  static const char *names[] = { "idle", "lead-in", "holding", "paused", "step-done", "finished" };

  g_return_val_if_fail (state <= MYO_ROUTINE_FINISHED, NULL);
  return names[state];
}
