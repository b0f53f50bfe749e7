/* test-routine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-routine.h"
#include "myo-test-utils.h"

typedef struct
{
  MyoKb      *kb;
  MyoRoutine *routine;
  gint64      now;
  guint       holds_finished;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
count_cb (MyoRoutine *routine,
          guint      *count)
{
  (*count)++;
}

static void
hold_finished_cb (MyoRoutine *routine,
                  Fixture    *fixture)
{
  fixture->holds_finished++;
}

static void
advance (Fixture *fixture,
         double   seconds)
{
  fixture->now += (gint64) (seconds * G_USEC_PER_SEC);
  myo_routine_tick (fixture->routine);
}

/* Left TrP4 and TrP1: two locate/release pairs, one stretch for the muscle,
 * then the stretch again on the right leg. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  MyoSelection selection[2];

  fixture->kb = myo_kb_get_default ();
  selection[0].trp = myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-lateral-4");
  selection[0].side = MYO_SIDE_LEFT;
  selection[1].trp = myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-medial-1");
  selection[1].side = MYO_SIDE_LEFT;

  fixture->routine = myo_routine_new (selection, G_N_ELEMENTS (selection));
  fixture->now = 1000 * G_USEC_PER_SEC;
  myo_routine_set_clock (fixture->routine, fake_clock, fixture);
  myo_routine_set_auto_advance (fixture->routine, FALSE);
  g_signal_connect (fixture->routine, "hold-finished", G_CALLBACK (hold_finished_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->routine);
  g_clear_object (&fixture->kb);
}

static void
test_steps (Fixture       *fixture,
            gconstpointer  data)
{
  static const struct {
    MyoStepKind kind;
    MyoSide side;
    gboolean other_leg;
    guint n_trps;
  } expected[] = {
    { MYO_STEP_LOCATE, MYO_SIDE_LEFT, FALSE, 1 },
    { MYO_STEP_RELEASE, MYO_SIDE_LEFT, FALSE, 1 },
    { MYO_STEP_LOCATE, MYO_SIDE_LEFT, FALSE, 1 },
    { MYO_STEP_RELEASE, MYO_SIDE_LEFT, FALSE, 1 },
    { MYO_STEP_STRETCH, MYO_SIDE_LEFT, FALSE, 2 },
    { MYO_STEP_STRETCH, MYO_SIDE_RIGHT, TRUE, 2 },
  };
  MyoRoutine *routine = fixture->routine;
  g_auto(GStrv) stretch = NULL;
  g_auto(GStrv) locate = NULL;
  g_autofree char *title = NULL;

  g_assert_cmpuint (myo_routine_get_n_steps (routine), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const MyoRoutineStep *step = myo_routine_get_step (routine, i);

      g_assert_cmpint (step->step->kind, ==, expected[i].kind);
      g_assert_cmpint (step->side, ==, expected[i].side);
      g_assert_cmpint (step->other_leg, ==, expected[i].other_leg);
      g_assert_cmpuint (step->trigger_points->len, ==, expected[i].n_trps);
    }

  /* Finding a point is answered, not timed; releasing it is held */
  g_assert_false (myo_routine_step_is_timed (NULL));
  g_assert_false (myo_routine_step_is_timed (myo_routine_get_step (routine, 0)));
  g_assert_true (myo_routine_step_is_timed (myo_routine_get_step (routine, 1)));

  /* The locate step says where the point is */
  locate = myo_routine_step_dup_instructions (myo_routine_get_step (routine, 0));
  g_assert_nonnull (strstr (locate[0], "two finger"));
  title = myo_routine_step_dup_title (myo_routine_get_step (routine, 0));
  g_assert_nonnull (strstr (title, "lateral head"));
  /* Steps are shared between muscles, so the title names the muscle, in
   * plain words first */
  g_assert_true (g_str_has_prefix (title, "Calf muscle (Gastrocnemius), lateral head — "));

  /* One stretch serves both heads, with each head's foot rotation */
  stretch = myo_routine_step_dup_instructions (myo_routine_get_step (routine, 4));
  g_assert_true (g_strv_length (stretch) >= 5);
  g_assert_nonnull (strstr (stretch[g_strv_length (stretch) - 2], "toes out"));
  g_assert_nonnull (strstr (stretch[g_strv_length (stretch) - 1], "toes in"));
}

static void
test_progression (Fixture       *fixture,
                  gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;
  const MyoRoutineStep *release;

  /* Locate: untimed; starting it marks it done at once */
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
  myo_routine_toggle (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_STEP_DONE);
  myo_routine_toggle (routine);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 1);

  /* Release: lead-in, then a 30 s hold */
  release = myo_routine_get_current_step (routine);
  g_assert_cmpuint (release->step->hold_seconds, ==, 30);
  g_assert_cmpint (myo_routine_get_remaining_ms (routine), ==, 30000);
  myo_routine_start (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_LEAD_IN);
  g_assert_cmpint (myo_routine_get_remaining_ms (routine), ==, MYO_ROUTINE_DEFAULT_LEAD_IN * 1000);
  advance (fixture, 4.5);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_LEAD_IN);
  advance (fixture, 0.5);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
  g_assert_cmpint (myo_routine_get_remaining_ms (routine), ==, 30000);
  g_assert_cmpint (myo_routine_get_phase_ms (routine), ==, 30000);

  /* Pause keeps the remaining time, however long the pause lasts */
  advance (fixture, 10);
  myo_routine_pause (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_PAUSED);
  g_assert_cmpint (myo_routine_get_paused_state (routine), ==, MYO_ROUTINE_HOLDING);
  advance (fixture, 300);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_PAUSED);
  g_assert_cmpint (myo_routine_get_remaining_ms (routine), ==, 20000);
  myo_routine_toggle (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
  advance (fixture, 19.9);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
  g_assert_cmpuint (fixture->holds_finished, ==, 0);
  advance (fixture, 0.1);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_STEP_DONE);
  g_assert_cmpuint (fixture->holds_finished, ==, 1);

  /* Without auto-advance the step waits */
  advance (fixture, 60);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_STEP_DONE);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 1);

  /* Skip the second locate and release, then back goes one step back */
  myo_routine_skip (routine);
  myo_routine_skip (routine);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 3);
  myo_routine_back (routine);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 2);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
  myo_routine_skip (routine);
  myo_routine_skip (routine);

  /* The stretch: two repetitions, each with its lead-in */
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 4);
  myo_routine_set_auto_advance (routine, TRUE);
  myo_routine_start (routine);
  advance (fixture, 5);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
  g_assert_cmpuint (myo_routine_get_repetition (routine), ==, 1);
  advance (fixture, 30);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_LEAD_IN);
  g_assert_cmpuint (myo_routine_get_repetition (routine), ==, 2);
  advance (fixture, 5);
  advance (fixture, 30);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_STEP_DONE);
  g_assert_cmpuint (fixture->holds_finished, ==, 3);

  /* "Done" stays at least 2 s, announcing the next step */
  g_assert_true (myo_routine_get_announces_next (routine));
  advance (fixture, 1.9);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_STEP_DONE);

  /* The other leg is a change of position: auto-advance shows the step
   * but waits for the person ("Ready when you are") */
  g_assert_true (myo_routine_get_next_waits (routine));
  advance (fixture, 0.1);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 5);
  g_assert_true (myo_routine_get_current_step (routine)->other_leg);
  g_assert_cmpint (myo_routine_get_current_step (routine)->side, ==, MYO_SIDE_RIGHT);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
  advance (fixture, 60);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
  myo_routine_toggle (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_LEAD_IN);

  /* A late tick (a laptop waking up) lands in the right place */
  advance (fixture, 5 + 30 + 5 + 30 + 2);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_FINISHED);
  g_assert_cmpuint (fixture->holds_finished, ==, 5);

  /* Back from the end returns to the last step; restart to the first */
  myo_routine_back (routine);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 5);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
  myo_routine_restart (routine);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 0);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
}

static void
test_pause_lead_in (Fixture       *fixture,
                    gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;

  myo_routine_skip (routine);
  myo_routine_start (routine);
  advance (fixture, 2);
  myo_routine_toggle (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_PAUSED);
  g_assert_cmpint (myo_routine_get_paused_state (routine), ==, MYO_ROUTINE_LEAD_IN);
  g_assert_cmpint (myo_routine_get_remaining_ms (routine), ==, 3000);
  advance (fixture, 100);
  myo_routine_resume (routine);
  advance (fixture, 3);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);

  /* Start and resume are no-ops where they make no sense */
  myo_routine_start (routine);
  myo_routine_resume (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
}

static void
test_no_lead_in (Fixture       *fixture,
                 gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;

  myo_routine_set_lead_in (routine, 0);
  myo_routine_skip (routine);
  myo_routine_start (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
}

static void
test_reject (Fixture       *fixture,
             gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;
  const MyoTriggerPoint *trp1 = myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-medial-1");
  const MyoTriggerPoint *trp2 = myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-lateral-2");
  MyoSelection more = { trp2, MYO_SIDE_LEFT };
  guint steps_changed = 0;

  g_signal_connect (routine, "steps-changed", G_CALLBACK (count_cb), &steps_changed);

  /* "No" while locating TrP4: its release goes, TrP1 comes next, and the
   * stretches serve TrP1 only */
  myo_routine_reject_current (routine);
  g_assert_cmpuint (steps_changed, ==, 1);
  g_assert_cmpuint (myo_routine_get_n_steps (routine), ==, 4);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 0);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_IDLE);
  g_assert_true (g_ptr_array_index (myo_routine_get_current_step (routine)->trigger_points, 0) == trp1);
  for (guint i = 0; i < myo_routine_get_n_steps (routine); i++)
    {
      const MyoRoutineStep *step = myo_routine_get_step (routine, i);

      g_assert_cmpuint (step->trigger_points->len, ==, 1);
      g_assert_true (g_ptr_array_index (step->trigger_points, 0) == trp1);
    }
  g_assert_false (myo_routine_has_trigger_point (routine, myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-lateral-4"), MYO_SIDE_LEFT));

  /* The next candidate is appended; one already there is not added twice */
  myo_routine_append (routine, &more, 1);
  myo_routine_append (routine, &more, 1);
  g_assert_cmpuint (steps_changed, ==, 2);
  g_assert_true (myo_routine_has_trigger_point (routine, trp2, MYO_SIDE_LEFT));
  g_assert_cmpuint (myo_routine_get_n_steps (routine), ==, 4 + 4);

  /* Rejecting the last point of a finished-off routine finishes it */
  while (myo_routine_get_step_index (routine) < myo_routine_get_n_steps (routine) - 4)
    myo_routine_skip (routine);
  g_assert_true (g_ptr_array_index (myo_routine_get_current_step (routine)->trigger_points, 0) == trp2);
  myo_routine_reject_current (routine);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_FINISHED);
}

/* "Next: …" shows in the last 5 s of the last hold only */
static void
test_announce_next (Fixture       *fixture,
                    gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;

  myo_routine_skip (routine);
  g_assert_false (myo_routine_get_announces_next (routine));
  myo_routine_start (routine);
  advance (fixture, 5);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
  advance (fixture, 24.9);
  g_assert_false (myo_routine_get_announces_next (routine));
  advance (fixture, 0.2);
  g_assert_true (myo_routine_get_announces_next (routine));
  g_assert_true (myo_routine_get_next_step (routine) == myo_routine_get_step (routine, 2));
  /* Locating the next point is another kind of step: it waits */
  g_assert_true (myo_routine_get_next_waits (routine));

  /* The stretch holds twice: not during the first hold's last seconds */
  myo_routine_skip (routine);
  myo_routine_skip (routine);
  myo_routine_skip (routine);
  g_assert_cmpuint (myo_routine_get_step_index (routine), ==, 4);
  myo_routine_start (routine);
  advance (fixture, 5 + 28);
  g_assert_cmpuint (myo_routine_get_repetition (routine), ==, 1);
  g_assert_false (myo_routine_get_announces_next (routine));
}

static void
test_same_position (Fixture       *fixture,
                    gconstpointer  data)
{
  const MyoRoutineStep *stretch = myo_routine_get_step (fixture->routine, 4);
  const MyoRoutineStep *other_leg = myo_routine_get_step (fixture->routine, 5);
  const MyoRoutineStep *release = myo_routine_get_step (fixture->routine, 1);
  MyoRoutineStep copy = *stretch;
  MyoStep no_picture = *stretch->step;

  g_assert_true (myo_routine_step_same_position (stretch, &copy));
  g_assert_false (myo_routine_step_same_position (stretch, other_leg));
  g_assert_false (myo_routine_step_same_position (stretch, release));
  g_assert_false (myo_routine_step_same_position (release, myo_routine_get_step (fixture->routine, 2)));

  /* Without a picture no one can tell it is the same position */
  no_picture.illustration = NULL;
  copy.step = &no_picture;
  g_assert_false (myo_routine_step_same_position (&copy, &copy));
}

/* The end says what was done, what was skipped and what was left out */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;
  g_autofree char *nothing = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *note = NULL;

  nothing = myo_routine_dup_summary (routine);
  g_assert_cmpuint (myo_routine_get_n_done (routine), ==, 0);
  g_assert_nonnull (strstr (nothing, "No step was done"));

  /* Found the first point, held its release to the end, skipped the rest */
  myo_routine_skip (routine);
  myo_routine_start (routine);
  advance (fixture, 5 + 30);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_STEP_DONE);
  myo_routine_skip (routine);
  note = myo_routine_reject_current_with_note (routine);
  g_assert_nonnull (strstr (note, "left out — next: "));
  g_assert_nonnull (strstr (note, "Gastrocnemius"));
  while (myo_routine_get_state (routine) != MYO_ROUTINE_FINISHED)
    myo_routine_skip (routine);

  summary = myo_routine_dup_summary (routine);
  g_assert_cmpuint (myo_routine_get_n_done (routine), ==, 2);
  g_assert_cmpuint (myo_routine_get_n_skipped (routine), ==, myo_routine_get_n_steps (routine) - 2);
  g_assert_nonnull (strstr (summary, "2 of "));
  g_assert_nonnull (strstr (summary, "Skipped: "));
  g_assert_nonnull (strstr (summary, "Left out after your answer: Calf muscle (Gastrocnemius)"));

  /* Starting again forgets it all */
  myo_routine_restart (routine);
  g_assert_cmpuint (myo_routine_get_n_done (routine), ==, 0);
}

static void
test_titles (Fixture       *fixture,
             gconstpointer  data)
{
  const MyoRoutineStep *locate = myo_routine_get_step (fixture->routine, 0);
  g_autofree char *title = myo_routine_step_dup_title (locate);
  g_autofree char *muscle = myo_routine_step_dup_muscle_name (locate);
  g_autofree char *stretch = myo_routine_step_dup_title (myo_routine_get_step (fixture->routine, 4));

  /* The muscle first, then what to do */
  g_assert_true (g_str_has_prefix (title, muscle));
  g_assert_nonnull (strstr (muscle, "astrocnemius"));
  g_assert_nonnull (strstr (muscle, "lateral head"));
  g_assert_true (g_str_has_suffix (title, locate->step->title));
  g_assert_nonnull (strstr (title, " — "));
  /* A stretch for both heads names the muscle only */
  g_assert_null (strstr (stretch, "head"));
  g_assert_nonnull (strstr (stretch, "astrocnemius"));
}

static void
test_urgency (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GPtrArray *flags = myo_kb_get_red_flags (kb);
  const MyoRedFlag *picked[3] = { NULL, };
  guint n = 0;
  MyoUrgency urgency;

  g_assert_false (myo_routine_most_urgent (NULL, 0, &urgency));

  for (guint i = 0; i < flags->len; i++)
    {
      const MyoRedFlag *flag = g_ptr_array_index (flags, i);

      if (g_str_equal (flag->id, "fever") || g_str_equal (flag->id, "nerve"))
        picked[n++] = flag;
    }
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (myo_routine_most_urgent (picked, n, &urgency));
  g_assert_cmpint (urgency, ==, MYO_URGENCY_TODAY);

  for (guint i = 0; i < flags->len; i++)
    if (g_str_equal (((const MyoRedFlag *) g_ptr_array_index (flags, i))->id, "dvt"))
      picked[n++] = g_ptr_array_index (flags, i);
  g_assert_true (myo_routine_most_urgent (picked, n, &urgency));
  g_assert_cmpint (urgency, ==, MYO_URGENCY_EMERGENCY);
}

/* Any "yes" keeps the routine from starting, and the reasons come most
 * urgent first, keeping the knowledge base's order within an urgency */
static void
test_red_flag_verdict (void)
{
  MyoRedFlag ask = { (char *) "ask", MYO_URGENCY_ASK_BEFORE_PRESSING, NULL, NULL, NULL };
  MyoRedFlag today1 = { (char *) "today1", MYO_URGENCY_TODAY, NULL, NULL, NULL };
  MyoRedFlag emergency = { (char *) "emergency", MYO_URGENCY_EMERGENCY, NULL, NULL, NULL };
  MyoRedFlag today2 = { (char *) "today2", MYO_URGENCY_TODAY, NULL, NULL, NULL };
  const MyoRedFlag *only_ask[] = { &ask };
  g_autoptr(GPtrArray) yes = g_ptr_array_new ();
  static const char * const order[] = { "emergency", "today1", "today2", "ask" };

  g_assert_true (myo_routine_may_start (NULL, 0));
  g_assert_false (myo_routine_may_start (only_ask, 1));

  g_ptr_array_add (yes, &ask);
  g_ptr_array_add (yes, &today1);
  g_ptr_array_add (yes, &emergency);
  g_ptr_array_add (yes, &today2);
  g_assert_false (myo_routine_may_start ((const MyoRedFlag * const *) yes->pdata, yes->len));
  myo_routine_sort_red_flags (yes);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (((MyoRedFlag *) g_ptr_array_index (yes, i))->id, ==, order[i]);
}

static void
test_cap (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(MyoRoutine) routine = NULL;
  GPtrArray *combination;
  guint covered = 0;

  /* Pains far apart on two legs need more trigger points than one session
   * treats */
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 5);
  add_in_region (session, "front-kneecap", MYO_SIDE_LEFT, 5);
  add_in_region (session, "back-knee", MYO_SIDE_RIGHT, 5);
  add_in_region (session, "soles-heel", MYO_SIDE_RIGHT, 5);
  add_in_region (session, "back-lower-back", MYO_SIDE_LEFT, 5);
  match = myo_match_new (session);
  combination = myo_match_get_combination (match);
  g_assert_cmpuint (combination->len, >, MYO_ROUTINE_MAX_TRIGGER_POINTS);

  routine = myo_routine_new_for_match (match);
  for (guint i = 0; i < combination->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);

      covered += myo_routine_has_trigger_point (routine, candidate->trp, candidate->side);
    }
  g_assert_cmpuint (covered, ==, MYO_ROUTINE_MAX_TRIGGER_POINTS);
}

static void
test_from_match (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(MyoRoutine) routine = NULL;
  g_autoptr(MyoRoutine) empty = NULL;
  g_autoptr(GArray) selection = NULL;

  add_in_region (session, "back-knee", MYO_SIDE_RIGHT, 5);
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 5);
  match = myo_match_new (session);
  routine = myo_routine_new_for_match (match);

  /* Both legs hurt: each has its own block, so nothing is repeated */
  g_assert_cmpuint (myo_routine_get_n_steps (routine), ==, 6);
  for (guint i = 0; i < myo_routine_get_n_steps (routine); i++)
    g_assert_false (myo_routine_get_step (routine, i)->other_leg);

  /* The handout's list: every trigger point of the combination on each
   * leg, once, although each comes up in several steps */
  selection = myo_routine_dup_selection (routine);
  g_assert_cmpuint (selection->len, ==, MIN (myo_match_get_combination (match)->len,
                                              MYO_ROUTINE_MAX_TRIGGER_POINTS));
  g_assert_cmpuint (selection->len, >=, 2);
  for (guint i = 0; i < selection->len; i++)
    {
      const MyoSelection *item = &g_array_index (selection, MyoSelection, i);
      const MyoCandidate *candidate = g_ptr_array_index (myo_match_get_combination (match), i);

      g_assert_true (item->trp == candidate->trp && item->side == candidate->side);
      g_assert_true (myo_routine_has_trigger_point (routine, item->trp, item->side));
    }

  empty = myo_routine_new (NULL, 0);
  g_assert_cmpint (myo_routine_get_state (empty), ==, MYO_ROUTINE_FINISHED);
  g_assert_null (myo_routine_get_current_step (empty));
  myo_routine_toggle (empty);
  myo_routine_back (empty);
  myo_routine_restart (empty);
}

/* The person's hold length replaces every timed hold; untimed steps stay
 * untimed, and 0 brings back the knowledge base's own hold */
static void
test_hold_seconds (Fixture       *fixture,
                   gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;

  myo_routine_set_hold_seconds (routine, 45);
  myo_routine_set_lead_in (routine, 3);
  g_assert_cmpuint (myo_routine_get_step_hold (routine, myo_routine_get_step (routine, 0)), ==, 0);
  g_assert_cmpuint (myo_routine_get_step_hold (routine, myo_routine_get_step (routine, 1)), ==, 45);

  /* Past the untimed locate step */
  myo_routine_toggle (routine);
  myo_routine_toggle (routine);
  g_assert_cmpint (myo_routine_get_remaining_ms (routine), ==, 45000);

  myo_routine_start (routine);
  advance (fixture, 3);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
  g_assert_cmpint (myo_routine_get_phase_ms (routine), ==, 45000);
  advance (fixture, 44);
  g_assert_cmpint (myo_routine_get_state (routine), ==, MYO_ROUTINE_HOLDING);
  g_assert_cmpuint (fixture->holds_finished, ==, 0);
  advance (fixture, 1);
  g_assert_cmpuint (fixture->holds_finished, ==, 1);

  myo_routine_set_hold_seconds (routine, 0);
  g_assert_cmpuint (myo_routine_get_step_hold (routine, myo_routine_get_step (routine, 1)), ==,
                    myo_routine_get_step (routine, 1)->step->hold_seconds);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/myo/routine/steps", Fixture, NULL, fixture_set_up, test_steps, fixture_tear_down);
  g_test_add ("/myo/routine/progression", Fixture, NULL, fixture_set_up, test_progression, fixture_tear_down);
  g_test_add ("/myo/routine/pause-lead-in", Fixture, NULL, fixture_set_up, test_pause_lead_in, fixture_tear_down);
  g_test_add ("/myo/routine/no-lead-in", Fixture, NULL, fixture_set_up, test_no_lead_in, fixture_tear_down);
  g_test_add ("/myo/routine/reject", Fixture, NULL, fixture_set_up, test_reject, fixture_tear_down);
  g_test_add ("/myo/routine/hold-seconds", Fixture, NULL, fixture_set_up, test_hold_seconds, fixture_tear_down);
  g_test_add_func ("/myo/routine/cap", test_cap);
  g_test_add ("/myo/routine/announce-next", Fixture, NULL, fixture_set_up, test_announce_next, fixture_tear_down);
  g_test_add ("/myo/routine/same-position", Fixture, NULL, fixture_set_up, test_same_position, fixture_tear_down);
  g_test_add ("/myo/routine/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/myo/routine/titles", Fixture, NULL, fixture_set_up, test_titles, fixture_tear_down);
  g_test_add_func ("/myo/routine/urgency", test_urgency);
  g_test_add_func ("/myo/routine/red-flag-verdict", test_red_flag_verdict);
  g_test_add_func ("/myo/routine/from-match", test_from_match);

  return g_test_run ();
}
