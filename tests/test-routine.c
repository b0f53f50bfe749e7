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
  GString    *log;  /* "state@index" at each change of state or step */
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

/* The minimal knowledge base's one trigger point has the routine: find
 * (untimed), press (30 s, no picture), roll and roll more (10 s each, the
 * same picture), stretch (2 × 10 s, both legs). @data: on the left leg (1)
 * or on both (2). */
static void
minimal_set_up (Fixture       *fixture,
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
  g_clear_object (&fixture->kb);
  if (fixture->log != NULL)
    g_string_free (fixture->log, TRUE);
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

static void
test_states (Fixture       *fixture,
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
test_states_no (Fixture       *fixture,
                gconstpointer  data)
{
  MyoRoutine *routine = fixture->routine;
  guint n_steps = myo_routine_get_n_steps (routine);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *summary = NULL;

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
  g_test_add ("/myo/routine/states", Fixture, GUINT_TO_POINTER (1),
              minimal_set_up, test_states, fixture_tear_down);
  g_test_add ("/myo/routine/states-no", Fixture, GUINT_TO_POINTER (2),
              minimal_set_up, test_states_no, fixture_tear_down);

  return g_test_run ();
}
