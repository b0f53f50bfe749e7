/* test-routine-states.c: a routine walked through every state, on the
 * minimal knowledge base and a fake clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-routine.h"

/* The minimal knowledge base's one trigger point has the routine: find
 * (untimed), press (30 s, no picture), roll and roll more (10 s each, the
 * same picture), stretch (2 × 10 s, both legs). */
typedef struct
{
  MyoKb      *kb;
  MyoRoutine *routine;
  gint64      now;
  guint       holds_finished;
  GString    *log;  /* "state@index" at each change of state or step */
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
hold_finished_cb (MyoRoutine *routine,
                  Fixture    *fixture)
{
  fixture->holds_finished++;
}

static void
changed_cb (MyoRoutine *routine,
            GParamSpec *pspec,
            Fixture    *fixture)
{
  g_string_append_printf (fixture->log, "%s%s@%u",
                          fixture->log->len > 0 ? " " : "",
                          myo_routine_state_to_string (myo_routine_get_state (routine)),
                          myo_routine_get_step_index (routine));
}

/* The transitions since the last call, then forgets them */
static void
assert_log (Fixture    *fixture,
            const char *expected)
{
  g_assert_cmpstr (fixture->log->str, ==, expected);
  g_string_truncate (fixture->log, 0);
}

static void
advance (Fixture *fixture,
         double   seconds)
{
  fixture->now += (gint64) (seconds * G_USEC_PER_SEC);
  myo_routine_tick (fixture->routine);
}

static void
assert_at (Fixture         *fixture,
           guint            index,
           MyoRoutineState  state,
           gint64           remaining_ms)
{
  g_assert_cmpuint (myo_routine_get_step_index (fixture->routine), ==, index);
  g_assert_cmpstr (myo_routine_state_to_string (myo_routine_get_state (fixture->routine)), ==,
                   myo_routine_state_to_string (state));
  g_assert_cmpint (myo_routine_get_remaining_ms (fixture->routine), ==, remaining_ms);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal-kb.json", NULL);
  g_autoptr(GError) error = NULL;
  const MyoTriggerPoint *trp;
  MyoSelection selection[2];
  guint n_selection = GPOINTER_TO_UINT (data);

  fixture->kb = myo_kb_new_from_file (path, &error);
  g_assert_no_error (error);
  trp = myo_kb_lookup_trigger_point (fixture->kb, "calf-1");
  g_assert_nonnull (trp);
  selection[0].trp = selection[1].trp = trp;
  selection[0].side = MYO_SIDE_LEFT;
  selection[1].side = MYO_SIDE_RIGHT;

  fixture->routine = myo_routine_new (selection, n_selection);
  fixture->now = 1000 * G_USEC_PER_SEC;
  fixture->log = g_string_new (NULL);
  myo_routine_set_clock (fixture->routine, fake_clock, fixture);
  g_signal_connect (fixture->routine, "hold-finished", G_CALLBACK (hold_finished_cb), fixture);
  g_signal_connect (fixture->routine, "notify::state", G_CALLBACK (changed_cb), fixture);
  g_signal_connect (fixture->routine, "notify::step-index", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->routine);
  g_assert_finalize_object (fixture->kb);
  g_string_free (fixture->log, TRUE);
}

static void
test_walk (Fixture       *fixture,
           gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;
  static const struct {
    const char *title;
    MyoStepKind kind;
    MyoSide side;
    gboolean waits;  /* the next step is in another position */
  } plan[] = {
    { "Find", MYO_STEP_LOCATE, MYO_SIDE_LEFT, TRUE },
    { "Press", MYO_STEP_RELEASE, MYO_SIDE_LEFT, TRUE },
    { "Roll", MYO_STEP_RELEASE, MYO_SIDE_LEFT, FALSE },
    { "Roll more", MYO_STEP_RELEASE, MYO_SIDE_LEFT, TRUE },
    { "Stretch", MYO_STEP_STRETCH, MYO_SIDE_LEFT, TRUE },
    { "Stretch", MYO_STEP_STRETCH, MYO_SIDE_RIGHT, TRUE },
  };
  g_autofree char *summary = NULL;

  /* The plan: the stretch is repeated on the other leg */
  g_assert_cmpuint (myo_routine_get_n_steps (routine), ==, G_N_ELEMENTS (plan));
  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      const MyoRoutineStep *step = myo_routine_get_step (routine, i);

      g_assert_cmpstr (step->step->title, ==, plan[i].title);
      g_assert_cmpint (step->step->kind, ==, plan[i].kind);
      g_assert_cmpint (step->side, ==, plan[i].side);
      if (i + 1 < G_N_ELEMENTS (plan))
        g_assert_cmpint (!myo_routine_step_same_position (step, myo_routine_get_step (routine, i + 1)),
                         ==, plan[i].waits);
    }

  /* Finding the point: untimed, waits for the answer; "yes" moves on */
  assert_at (fixture, 0, MYO_ROUTINE_IDLE, 0);
  g_assert_false (myo_routine_step_is_timed (myo_routine_get_current_step (routine)));
  advance (fixture, 600);
  assert_at (fixture, 0, MYO_ROUTINE_IDLE, 0);
  myo_routine_skip (routine);
  assert_log (fixture, "idle@1");

  /* "Ready when you are": a new position waits, however long, showing the
   * whole hold */
  assert_at (fixture, 1, MYO_ROUTINE_IDLE, 30000);
  g_assert_true (myo_routine_get_next_waits (routine));
  advance (fixture, 100);
  assert_at (fixture, 1, MYO_ROUTINE_IDLE, 30000);
  g_assert_cmpstr (fixture->log->str, ==, "");

  /* Running: the lead-in, paused and resumed where it was */
  myo_routine_start (routine);
  assert_at (fixture, 1, MYO_ROUTINE_LEAD_IN, 5000);
  advance (fixture, 2);
  assert_at (fixture, 1, MYO_ROUTINE_LEAD_IN, 3000);
  myo_routine_toggle (routine);
  assert_at (fixture, 1, MYO_ROUTINE_PAUSED, 3000);
  g_assert_cmpint (myo_routine_get_paused_state (routine), ==, MYO_ROUTINE_LEAD_IN);
  advance (fixture, 60);
  assert_at (fixture, 1, MYO_ROUTINE_PAUSED, 3000);
  myo_routine_toggle (routine);
  assert_at (fixture, 1, MYO_ROUTINE_LEAD_IN, 3000);
  advance (fixture, 3);
  assert_at (fixture, 1, MYO_ROUTINE_HOLDING, 30000);
  g_assert_cmpint (myo_routine_get_phase_ms (routine), ==, 30000);
  assert_log (fixture, "lead-in@1 paused@1 lead-in@1 holding@1");

  /* "Next:" only in the last 5 s of the hold, and not while paused */
  advance (fixture, 24);
  assert_at (fixture, 1, MYO_ROUTINE_HOLDING, 6000);
  g_assert_false (myo_routine_get_announces_next (routine));
  advance (fixture, 1.5);
  assert_at (fixture, 1, MYO_ROUTINE_HOLDING, 4500);
  g_assert_true (myo_routine_get_announces_next (routine));
  g_assert_true (myo_routine_get_next_step (routine) == myo_routine_get_step (routine, 2));
  myo_routine_pause (routine);
  g_assert_false (myo_routine_get_announces_next (routine));
  advance (fixture, 10);
  myo_routine_resume (routine);
  assert_at (fixture, 1, MYO_ROUTINE_HOLDING, 4500);
  g_assert_cmpuint (fixture->holds_finished, ==, 0);

  /* "Done" stays at least 2 s, then the routine waits at the next step,
   * which needs the person to move */
  advance (fixture, 4.5);
  assert_at (fixture, 1, MYO_ROUTINE_STEP_DONE, 0);
  g_assert_cmpuint (fixture->holds_finished, ==, 1);
  g_assert_true (myo_routine_get_announces_next (routine));
  advance (fixture, 1.999);
  assert_at (fixture, 1, MYO_ROUTINE_STEP_DONE, 0);
  advance (fixture, 0.001);
  assert_at (fixture, 2, MYO_ROUTINE_IDLE, 10000);
  advance (fixture, 30);
  assert_at (fixture, 2, MYO_ROUTINE_IDLE, 10000);
  assert_log (fixture, "paused@1 holding@1 step-done@1 step-done@2 idle@2");

  /* The same position: after "Done" the next hold starts by itself */
  g_assert_false (myo_routine_get_next_waits (routine));
  myo_routine_toggle (routine);
  advance (fixture, 5 + 10 + 2);
  assert_at (fixture, 3, MYO_ROUTINE_LEAD_IN, 5000);
  g_assert_cmpuint (fixture->holds_finished, ==, 2);
  assert_log (fixture, "lead-in@2 holding@2 step-done@2 step-done@3 idle@3 lead-in@3");

  /* Skipped in the middle of its hold: the next step waits */
  advance (fixture, 5 + 3);
  assert_at (fixture, 3, MYO_ROUTINE_HOLDING, 7000);
  myo_routine_skip (routine);
  assert_at (fixture, 4, MYO_ROUTINE_IDLE, 10000);
  g_assert_cmpuint (fixture->holds_finished, ==, 2);
  assert_log (fixture, "holding@3 holding@4 idle@4");

  /* Two holds, each after a lead-in; "Next:" only in the last one */
  myo_routine_toggle (routine);
  advance (fixture, 5 + 6);
  assert_at (fixture, 4, MYO_ROUTINE_HOLDING, 4000);
  g_assert_cmpuint (myo_routine_get_repetition (routine), ==, 1);
  g_assert_false (myo_routine_get_announces_next (routine));
  advance (fixture, 4);
  assert_at (fixture, 4, MYO_ROUTINE_LEAD_IN, 5000);
  g_assert_cmpuint (myo_routine_get_repetition (routine), ==, 2);
  advance (fixture, 5 + 6);
  assert_at (fixture, 4, MYO_ROUTINE_HOLDING, 4000);
  g_assert_true (myo_routine_get_announces_next (routine));
  g_assert_true (myo_routine_get_next_waits (routine));

  /* The other leg waits for the person to change legs */
  advance (fixture, 4 + 2);
  assert_at (fixture, 5, MYO_ROUTINE_IDLE, 10000);
  g_assert_true (myo_routine_get_current_step (routine)->other_leg);
  g_assert_cmpuint (fixture->holds_finished, ==, 4);
  assert_log (fixture, "lead-in@4 holding@4 lead-in@4 holding@4 step-done@4 step-done@5 idle@5");

  /* Skipped from "Ready when you are": the routine is over */
  myo_routine_skip (routine);
  assert_at (fixture, 5, MYO_ROUTINE_FINISHED, 0);
  assert_log (fixture, "finished@5");
  myo_routine_toggle (routine);
  myo_routine_start (routine);
  advance (fixture, 100);
  assert_at (fixture, 5, MYO_ROUTINE_FINISHED, 0);
  g_assert_cmpstr (fixture->log->str, ==, "");

  /* The summary: what was done, what was skipped */
  g_assert_cmpuint (myo_routine_get_n_done (routine), ==, 4);
  g_assert_cmpuint (myo_routine_get_n_skipped (routine), ==, 2);
  summary = myo_routine_dup_summary (routine);
  g_assert_cmpstr (summary, ==,
                   "4 of 6 steps done. Skipped: Roll more (Calf muscle (Calf), inner head, Left leg); "
                   "Stretch (Calf muscle (Calf), inner head, Right leg).");
}

/* "No, this is not my pain" drops the point on that leg: its own steps
 * go, and the routine goes on with the other leg's */
static void
test_no (Fixture       *fixture,
         gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *summary = NULL;
  guint n_steps = myo_routine_get_n_steps (routine);

  /* Both legs have a block of their own: no step is repeated */
  g_assert_cmpuint (n_steps, ==, 10);
  for (guint i = 0; i < n_steps; i++)
    g_assert_false (myo_routine_get_step (routine, i)->other_leg);

  /* "No" on the left: the right leg's steps follow at once */
  first = myo_routine_reject_current_with_note (routine);
  g_assert_cmpstr (first, ==, "Calf muscle (Calf), inner head left out — next: Calf muscle (Calf), inner head");
  g_assert_cmpuint (myo_routine_get_n_steps (routine), ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (myo_routine_get_step (routine, i)->side, ==, MYO_SIDE_RIGHT);
  assert_at (fixture, 0, MYO_ROUTINE_IDLE, 0);
  assert_log (fixture, "idle@0");

  /* "Yes", then back, then "No" on the right: that was the last point */
  myo_routine_skip (routine);
  myo_routine_back (routine);
  assert_log (fixture, "idle@1 idle@0");
  last = myo_routine_reject_current_with_note (routine);
  g_assert_cmpstr (last, ==, "Calf muscle (Calf), inner head left out — that was the last point");
  g_assert_cmpuint (myo_routine_get_n_steps (routine), ==, 0);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_FINISHED);
  assert_log (fixture, "finished@0 finished@0");
  g_assert_null (myo_routine_reject_current_with_note (routine));

  summary = myo_routine_dup_summary (routine);
  g_assert_cmpstr (summary, ==,
                   "No step was done. Left out after your answer: "
                   "Calf muscle (Calf), inner head, Calf muscle (Calf), inner head.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/myo/routine-states/walk", Fixture, GUINT_TO_POINTER (1),
              fixture_set_up, test_walk, fixture_tear_down);
  g_test_add ("/myo/routine-states/no", Fixture, GUINT_TO_POINTER (2),
              fixture_set_up, test_no, fixture_tear_down);

  return g_test_run ();
}
