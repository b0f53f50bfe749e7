/* test-routine-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "myo-instruction-row.h"
#include "myo-red-flag-gate-private.h"
#include "myo-red-flag-question-row.h"
#include "myo-red-flag-reason-row.h"
#include "myo-routine-panel.h"
#include "myo-routine-panel-private.h"

typedef struct
{
  MyoKb                *kb;
  MyoRoutine           *routine;
  GtkWindow            *window;
  MyoRoutinePanel      *panel;
  gint64                now;
  guint                 holds_finished;
  guint                 closed;
  guint                 finished;
  int                   pain_after;
  guint                 state_changes;
  guint                 running_changes;
  const MyoRoutineStep *current_step;
  const MyoRoutineStep *changed_step;
  guint                 step_changes;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
hold_finished_cb (MyoRoutinePanel *panel,
                  Fixture         *fixture)
{
  fixture->holds_finished++;
}

static void
closed_cb (MyoRoutinePanel *panel,
           Fixture         *fixture)
{
  fixture->closed++;
}

static void
finished_cb (MyoRoutinePanel *panel,
             int              pain_after,
             Fixture         *fixture)
{
  fixture->finished++;
  fixture->pain_after = pain_after;
}

static void
state_notified_cb (MyoRoutine *routine,
                   GParamSpec *pspec,
                   Fixture    *fixture)
{
  fixture->state_changes++;
}

static void
running_notified_cb (MyoRoutinePanel *panel,
                     GParamSpec      *pspec,
                     Fixture         *fixture)
{
  fixture->running_changes++;
}

static void
current_step_notified_cb (MyoRoutinePanel *panel,
                          GParamSpec      *pspec,
                          Fixture         *fixture)
{
  g_object_get (panel, "current-step", &fixture->current_step, NULL);
  fixture->changed_step = myo_routine_panel_get_current_step (panel);
  fixture->step_changes++;
}

static void
advance (Fixture *fixture,
         double   seconds)
{
  fixture->now += (gint64) (seconds * G_USEC_PER_SEC);
  _myo_routine_panel_tick (fixture->panel);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), action, NULL));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  MyoSelection selection;

  fixture->kb = myo_kb_get_default ();
  selection.trp = myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-lateral-4");
  g_assert_nonnull (selection.trp);
  selection.side = MYO_SIDE_LEFT;

  fixture->routine = myo_routine_new (&selection, 1);
  fixture->now = 1000 * G_USEC_PER_SEC;
  myo_routine_set_clock (fixture->routine, fake_clock, fixture);
  g_signal_connect (fixture->routine, "notify::state", G_CALLBACK (state_notified_cb), fixture);

  fixture->panel = myo_routine_panel_new ();
  g_signal_connect (fixture->panel, "hold-finished", G_CALLBACK (hold_finished_cb), fixture);
  g_signal_connect (fixture->panel, "closed", G_CALLBACK (closed_cb), fixture);
  g_signal_connect (fixture->panel, "finished", G_CALLBACK (finished_cb), fixture);
  g_signal_connect (fixture->panel, "notify::running", G_CALLBACK (running_notified_cb), fixture);
  g_signal_connect (fixture->panel, "notify::current-step", G_CALLBACK (current_step_notified_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref (fixture->window);
  gtk_window_set_default_size (fixture->window, 360, 640);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panel));
  gtk_window_present (fixture->window);

  myo_routine_panel_begin (fixture->panel, fixture->kb, fixture->routine);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->routine);
  g_clear_object (&fixture->kb);
}

static void
test_gate_first (Fixture       *fixture,
                 gconstpointer  data)
{
  GPtrArray *flags = myo_kb_get_red_flags (fixture->kb);

  g_assert_cmpstr (_myo_routine_panel_get_page (fixture->panel), ==, "red-flags");
  g_assert_cmpuint (flags->len, >, 0);
  g_assert_cmpuint (_myo_routine_panel_get_n_flags (fixture->panel), ==, flags->len);
  g_assert_true (myo_routine_panel_get_routine (fixture->panel) == fixture->routine);
  g_assert_false (myo_routine_panel_get_running (fixture->panel));
  g_assert_null (myo_routine_panel_get_current_step (fixture->panel));

  /* Nothing can be started from behind the gate (a disabled action is
   * found but not run) */
  activate (fixture, "routine.toggle");
  g_assert_cmpuint (fixture->state_changes, ==, 0);
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_IDLE);

  activate (fixture, "routine.close");
  g_assert_cmpuint (fixture->closed, ==, 1);
}

static void
red_flags_answered_cb (MyoRoutinePanel    *panel,
                       const char * const *yes,
                       GStrv              *answered)
{
  g_strfreev (*answered);
  *answered = g_strdupv ((char **) yes);
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
count_answered_cb (MyoRedFlagGate     *gate,
                   const char * const *yes,
                   guint              *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* A reason takes its text and urgency from the red flag; the colour of
 * each urgency is the one the seek-care page uses */
static void
test_reason_row (void)
{
  MyoRedFlag flag = { (char *) "fever", MYO_URGENCY_TODAY, (char *) "Fever?", (char *) "An infection.", NULL };
  GtkWidget *row = myo_red_flag_reason_row_new (&flag);
  guint changes = 0;

  g_object_ref_sink (row);
  g_assert_cmpstr (myo_red_flag_reason_row_get_text (MYO_RED_FLAG_REASON_ROW (row)), ==, "An infection.");
  g_assert_cmpint (myo_red_flag_reason_row_get_urgency (MYO_RED_FLAG_REASON_ROW (row)), ==, MYO_URGENCY_TODAY);
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));

  g_signal_connect (row, "notify::urgency", G_CALLBACK (count_notify_cb), &changes);
  myo_red_flag_reason_row_set_urgency (MYO_RED_FLAG_REASON_ROW (row), MYO_URGENCY_EMERGENCY);
  myo_red_flag_reason_row_set_urgency (MYO_RED_FLAG_REASON_ROW (row), MYO_URGENCY_EMERGENCY);
  g_assert_cmpuint (changes, ==, 1);

  g_assert_cmpstr (myo_red_flag_reason_row_urgency_class (MYO_URGENCY_EMERGENCY), ==, "error");
  g_assert_cmpstr (myo_red_flag_reason_row_urgency_class (MYO_URGENCY_TODAY), ==, "warning");
  g_assert_cmpstr (myo_red_flag_reason_row_urgency_class (MYO_URGENCY_ASK_BEFORE_PRESSING), ==, "accent");

  g_assert_finalize_object (row);
}

/* A question is answered with its check; the focus goes to the check */
static void
test_question_row (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *row = myo_red_flag_question_row_new ("Fever?");
  GtkWidget *focus;
  guint changes = 0;

  g_object_ref (window);
  gtk_window_set_child (window, row);
  gtk_window_present (window);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Fever?");
  g_assert_false (myo_red_flag_question_row_get_active (MYO_RED_FLAG_QUESTION_ROW (row)));

  g_signal_connect (row, "notify::active", G_CALLBACK (count_notify_cb), &changes);
  myo_red_flag_question_row_set_active (MYO_RED_FLAG_QUESTION_ROW (row), TRUE);
  myo_red_flag_question_row_set_active (MYO_RED_FLAG_QUESTION_ROW (row), TRUE);
  g_assert_true (myo_red_flag_question_row_get_active (MYO_RED_FLAG_QUESTION_ROW (row)));
  g_assert_cmpuint (changes, ==, 1);

  g_assert_true (gtk_widget_grab_focus (row));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_CHECK_BUTTON (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, row));

  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

/* The gate on its own: "passed" only when nothing applies, its urgency
 * and the question page back after a reset */
static void
test_gate_widget (Fixture       *fixture,
                  gconstpointer  data)
{
  MyoRedFlagGate *gate = _myo_routine_panel_get_gate (fixture->panel);
  GPtrArray *flags = myo_kb_get_red_flags (fixture->kb);
  guint passed = 0;
  guint answered = 0;
  guint urgency_changes = 0;
  guint emergency = G_MAXUINT;
  MyoUrgency urgency;

  g_assert_true (myo_red_flag_gate_get_kb (gate) == fixture->kb);
  g_signal_connect (gate, "passed", G_CALLBACK (count_cb), &passed);
  g_signal_connect (gate, "answered", G_CALLBACK (count_answered_cb), &answered);
  g_signal_connect (gate, "notify::urgency", G_CALLBACK (count_notify_cb), &urgency_changes);

  for (guint i = 0; i < flags->len && emergency == G_MAXUINT; i++)
    if (((MyoRedFlag *) g_ptr_array_index (flags, i))->urgency == MYO_URGENCY_EMERGENCY)
      emergency = i;
  g_assert_cmpuint (emergency, <, flags->len);

  _myo_red_flag_gate_set_flag (gate, emergency, TRUE);
  _myo_red_flag_gate_continue (gate);
  g_assert_cmpuint (answered, ==, 1);
  g_assert_cmpuint (passed, ==, 0);
  g_assert_cmpstr (_myo_red_flag_gate_get_page (gate), ==, "seek-care");
  g_object_get (gate, "urgency", &urgency, NULL);
  g_assert_cmpint (urgency, ==, MYO_URGENCY_EMERGENCY);
  g_assert_cmpuint (urgency_changes, ==, 1);

  /* Asked again: nothing ticked, the questions first, then through */
  myo_red_flag_gate_reset (gate);
  g_assert_cmpstr (_myo_red_flag_gate_get_page (gate), ==, "red-flags");
  g_assert_cmpuint (_myo_red_flag_gate_get_n_reasons (gate), ==, 0);
  _myo_red_flag_gate_continue (gate);
  g_assert_cmpuint (answered, ==, 2);
  g_assert_cmpuint (passed, ==, 1);
  g_assert_cmpstr (_myo_routine_panel_get_page (fixture->panel), ==, "step");
}

static void
test_red_flag_stops (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *none_label = g_strdup (_myo_routine_panel_get_continue_label (fixture->panel));
  GPtrArray *flags = myo_kb_get_red_flags (fixture->kb);
  g_auto(GStrv) answered = NULL;

  /* Leaving the questions says which were answered "yes", for the report */
  g_signal_connect (fixture->panel, "red-flags-answered", G_CALLBACK (red_flags_answered_cb), &answered);

  _myo_routine_panel_set_flag (fixture->panel, 1, TRUE);
  g_assert_cmpstr (_myo_routine_panel_get_continue_label (fixture->panel), !=, none_label);
  _myo_routine_panel_set_flag (fixture->panel, 1, FALSE);
  g_assert_cmpstr (_myo_routine_panel_get_continue_label (fixture->panel), ==, none_label);

  _myo_routine_panel_set_flag (fixture->panel, 0, TRUE);
  _myo_routine_panel_set_flag (fixture->panel, 2, TRUE);
  _myo_routine_panel_continue (fixture->panel);

  g_assert_cmpstr (_myo_routine_panel_get_page (fixture->panel), ==, "seek-care");
  g_assert_cmpuint (_myo_routine_panel_get_n_reasons (fixture->panel), ==, 2);
  g_assert_nonnull (answered);
  g_assert_cmpuint (g_strv_length (answered), ==, 2);
  g_assert_cmpstr (answered[0], ==, ((MyoRedFlag *) g_ptr_array_index (flags, 0))->id);
  g_assert_cmpstr (answered[1], ==, ((MyoRedFlag *) g_ptr_array_index (flags, 2))->id);

  /* The routine never starts, whatever is pressed */
  activate (fixture, "routine.toggle");
  activate (fixture, "routine.skip");
  advance (fixture, 60);
  g_assert_cmpuint (fixture->state_changes, ==, 0);
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_IDLE);
  g_assert_false (myo_routine_panel_get_running (fixture->panel));
  g_assert_cmpuint (fixture->running_changes, ==, 0);
  g_assert_null (myo_routine_panel_get_current_step (fixture->panel));

  activate (fixture, "routine.close");
  g_assert_cmpuint (fixture->closed, ==, 1);
}

static void
test_run_through (Fixture       *fixture,
                  gconstpointer  data)
{
  int pain_after;
  guint n_steps = myo_routine_get_n_steps (fixture->routine);
  g_autofree char *first = g_strdup_printf ("Step 1 of %u", n_steps);
  g_autofree char *second = g_strdup_printf ("Step 2 of %u", n_steps);
  MyoCountdown *countdown = _myo_routine_panel_get_countdown (fixture->panel);
  const MyoRoutineStep *step;

  g_assert_cmpuint (n_steps, ==, 4);

  _myo_routine_panel_continue (fixture->panel);
  g_assert_cmpstr (_myo_routine_panel_get_page (fixture->panel), ==, "step");
  g_assert_cmpstr (_myo_routine_panel_get_step_label (fixture->panel), ==, first);
  g_assert_true (fixture->current_step == myo_routine_get_step (fixture->routine, 0));
  g_assert_true (fixture->changed_step == fixture->current_step);
  g_assert_cmpuint (fixture->step_changes, ==, 1);
  g_assert_cmpint (fixture->current_step->step->kind, ==, MYO_STEP_LOCATE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (countdown)));
  g_assert_false (myo_routine_panel_get_running (fixture->panel));

  /* Finding the point is untimed: one press moves on */
  activate (fixture, "routine.toggle");
  g_assert_cmpuint (myo_routine_get_step_index (fixture->routine), ==, 1);
  g_assert_cmpstr (_myo_routine_panel_get_step_label (fixture->panel), ==, second);
  step = myo_routine_panel_get_current_step (fixture->panel);
  g_assert_true (step == fixture->current_step);
  g_assert_true (step == fixture->changed_step);
  g_assert_cmpuint (fixture->step_changes, ==, 2);
  g_assert_cmpint (step->step->kind, ==, MYO_STEP_RELEASE);
  g_assert_cmpuint (step->step->hold_seconds, ==, 30);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (countdown)));
  g_assert_cmpint (myo_countdown_get_remaining_ms (countdown), ==, 30000);
  g_assert_cmpstr (_myo_routine_panel_get_toggle_label (fixture->panel), ==, "Start");

  /* Start: the lead-in, then the hold */
  activate (fixture, "routine.toggle");
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_LEAD_IN);
  g_assert_true (myo_routine_panel_get_running (fixture->panel));
  g_assert_cmpuint (fixture->running_changes, ==, 1);
  g_assert_cmpint (myo_countdown_get_phase (countdown), ==, MYO_COUNTDOWN_PHASE_LEAD_IN);
  g_assert_cmpstr (_myo_routine_panel_get_toggle_label (fixture->panel), ==, "Pause");

  /* The fake clock jumps over the lead-in and the whole hold at once */
  g_assert_cmpuint (fixture->holds_finished, ==, 0);
  advance (fixture, 5 + 30);
  g_assert_cmpuint (fixture->holds_finished, ==, 1);
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_STEP_DONE);
  g_assert_cmpint (myo_countdown_get_phase (countdown), ==, MYO_COUNTDOWN_PHASE_DONE);
  g_assert_cmpint (myo_countdown_get_remaining_ms (countdown), ==, 0);
  g_assert_cmpstr (_myo_routine_panel_get_toggle_label (fixture->panel), ==, "Next");
  g_assert_true (myo_routine_panel_get_running (fixture->panel));

  /* Skip the stretches to the end */
  activate (fixture, "routine.skip");
  g_assert_true (myo_routine_panel_get_current_step (fixture->panel) == myo_routine_get_step (fixture->routine, 2));
  g_assert_false (myo_routine_panel_get_running (fixture->panel));
  activate (fixture, "routine.skip");
  g_assert_true (myo_routine_get_current_step (fixture->routine)->other_leg);
  activate (fixture, "routine.skip");

  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_FINISHED);
  g_assert_cmpstr (_myo_routine_panel_get_page (fixture->panel), ==, "finished");
  g_assert_false (myo_routine_panel_get_running (fixture->panel));
  g_assert_null (fixture->current_step);
  g_assert_null (fixture->changed_step);
  activate (fixture, "routine.back");
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_FINISHED);

  /* The pain afterwards is the routine.pain-after action's state: set by
   * the action or by a click on its button */
  g_assert_false (_myo_routine_panel_get_can_save (fixture->panel));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "routine.pain-after", "i", 7));
  g_object_get (fixture->panel, "pain-after", &pain_after, NULL);
  g_assert_cmpint (pain_after, ==, 7);
  g_assert_true (_myo_routine_panel_get_can_save (fixture->panel));
  _myo_routine_panel_set_pain_after (fixture->panel, 3);
  g_object_get (fixture->panel, "pain-after", &pain_after, NULL);
  g_assert_cmpint (pain_after, ==, 3);
  _myo_routine_panel_save (fixture->panel);
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpint (fixture->pain_after, ==, 3);

  /* A second click must not log the session twice */
  _myo_routine_panel_save (fixture->panel);
  g_assert_cmpuint (fixture->finished, ==, 1);
  g_assert_cmpuint (fixture->closed, ==, 0);
}

static void
test_pause (Fixture       *fixture,
            gconstpointer  data)
{
  MyoCountdown *countdown = _myo_routine_panel_get_countdown (fixture->panel);

  _myo_routine_panel_continue (fixture->panel);
  activate (fixture, "routine.toggle");
  activate (fixture, "routine.toggle");

  advance (fixture, 5);
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_HOLDING);
  g_assert_cmpint (myo_countdown_get_phase (countdown), ==, MYO_COUNTDOWN_PHASE_HOLD);
  advance (fixture, 12);
  g_assert_cmpint (myo_countdown_get_remaining_ms (countdown), ==, 18000);
  g_assert_cmpint (myo_countdown_get_total_ms (countdown), ==, 30000);

  /* Pausing stops the clock, but the routine is still under way */
  activate (fixture, "routine.toggle");
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_PAUSED);
  g_assert_cmpint (myo_countdown_get_phase (countdown), ==, MYO_COUNTDOWN_PHASE_PAUSED);
  g_assert_cmpstr (_myo_routine_panel_get_toggle_label (fixture->panel), ==, "Resume");
  g_assert_true (myo_routine_panel_get_running (fixture->panel));
  advance (fixture, 100);
  g_assert_cmpint (myo_countdown_get_remaining_ms (countdown), ==, 18000);
  g_assert_cmpuint (fixture->holds_finished, ==, 0);

  activate (fixture, "routine.toggle");
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_HOLDING);
  advance (fixture, 18);
  g_assert_cmpuint (fixture->holds_finished, ==, 1);
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_STEP_DONE);

  /* Going back to the start of the routine ends the run */
  activate (fixture, "routine.restart");
  g_assert_cmpuint (myo_routine_get_step_index (fixture->routine), ==, 0);
  g_assert_false (myo_routine_panel_get_running (fixture->panel));
}

static void
test_close_stops_clock (Fixture       *fixture,
                        gconstpointer  data)
{
  _myo_routine_panel_continue (fixture->panel);
  activate (fixture, "routine.skip");
  activate (fixture, "routine.toggle");
  advance (fixture, 10);
  g_assert_true (myo_routine_panel_get_running (fixture->panel));

  activate (fixture, "routine.close");
  g_assert_cmpuint (fixture->closed, ==, 1);
  g_assert_false (myo_routine_panel_get_running (fixture->panel));
  g_assert_cmpint (myo_routine_get_state (fixture->routine), ==, MYO_ROUTINE_PAUSED);

  advance (fixture, 60);
  g_assert_cmpuint (fixture->holds_finished, ==, 0);

  /* Beginning again asks the questions again */
  myo_routine_panel_begin (fixture->panel, fixture->kb, fixture->routine);
  g_assert_cmpstr (_myo_routine_panel_get_page (fixture->panel), ==, "red-flags");
}

/* A screen reader hears the step, the phases and "10 seconds left", not a
 * number every second */
static void
test_announcements (Fixture       *fixture,
                    gconstpointer  data)
{
  MyoCountdown *countdown = _myo_routine_panel_get_countdown (fixture->panel);
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
  guint before;
  gboolean warned = FALSE;

  _myo_routine_panel_continue (fixture->panel);
  g_assert_nonnull (strstr (_myo_routine_panel_get_announcement (fixture->panel), "Step 1 of 4"));

  activate (fixture, "routine.toggle");
  g_assert_nonnull (strstr (_myo_routine_panel_get_announcement (fixture->panel), "Step 2 of 4"));
  g_assert_nonnull (strstr (_myo_routine_panel_get_announcement (fixture->panel), "Hold 30 seconds"));

  activate (fixture, "routine.toggle");
  before = _myo_routine_panel_get_n_announcements (fixture->panel);
  g_assert_cmpstr (_myo_routine_panel_get_announcement (fixture->panel), ==, "Get ready: 5 seconds");

  /* Ticks as often as the real timer: 20 a second through the lead-in and
   * the whole hold */
  for (guint i = 0; i < (5 + 30) * 20 + 5; i++)
    {
      const char *text;

      fixture->now += G_USEC_PER_SEC / 20;
      _myo_routine_panel_tick (fixture->panel);
      text = _myo_routine_panel_get_announcement (fixture->panel);
      if (said->len > 0 && g_strcmp0 (g_ptr_array_index (said, said->len - 1), text) == 0)
        continue;

      g_ptr_array_add (said, g_strdup (text));
      if (g_strcmp0 (text, "10 seconds left") == 0)
        {
          /* Said as the hold crosses 10 s, not before */
          g_assert_cmpint (myo_countdown_get_remaining_ms (countdown), <=, 10000);
          g_assert_cmpint (myo_countdown_get_remaining_ms (countdown), >, 9000);
          warned = TRUE;
        }
    }

  g_assert_true (warned);
  g_assert_cmpuint (fixture->holds_finished, ==, 1);
  g_assert_cmpstr (myo_countdown_get_announcement (countdown), ==, "Done");
  /* Get ready (before the loop), Hold, 10 seconds left, Done */
  g_assert_cmpuint (_myo_routine_panel_get_n_announcements (fixture->panel) - before, ==, 3);
  g_assert_cmpuint (said->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (said, 1), ==, "Hold: 30 seconds");

  /* The sound cue went with the flash, once */
  g_assert_cmpuint (_myo_routine_panel_get_n_cues (fixture->panel), ==, 1);
}

/* Sound off: the hold still ends (and flashes), with no cue asked for */
static void
test_sound_off (Fixture       *fixture,
                gconstpointer  data)
{
  g_object_set (fixture->panel, "sound", FALSE, NULL);

  _myo_routine_panel_continue (fixture->panel);
  activate (fixture, "routine.toggle");
  activate (fixture, "routine.toggle");
  advance (fixture, 5);
  advance (fixture, 30);
  g_assert_cmpuint (fixture->holds_finished, ==, 1);
  g_assert_cmpuint (_myo_routine_panel_get_n_cues (fixture->panel), ==, 0);
}

/* An instruction row takes the width it is given, as the box with an
 * expanding label it replaced did; the hero narrows its text */
static void
test_instruction_row (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const char * const instructions[] = { "Lie down.", "Breathe.", NULL };
  GtkWidget *row;

  g_object_ref_sink (box);
  myo_instruction_row_fill_box (GTK_BOX (box), instructions, 34);
  myo_instruction_row_fill_box (GTK_BOX (box), instructions, 34);

  row = gtk_widget_get_first_child (box);
  g_assert_true (MYO_IS_INSTRUCTION_ROW (row));
  g_assert_cmpstr (myo_instruction_row_get_text (MYO_INSTRUCTION_ROW (row)), ==, "Lie down.");
  g_assert_cmpint (myo_instruction_row_get_width_chars (MYO_INSTRUCTION_ROW (row)), ==, 34);
  g_assert_true (gtk_widget_compute_expand (row, GTK_ORIENTATION_HORIZONTAL));
  g_assert_false (gtk_widget_compute_expand (row, GTK_ORIENTATION_VERTICAL));
  row = gtk_widget_get_next_sibling (row);
  g_assert_cmpstr (myo_instruction_row_get_text (MYO_INSTRUCTION_ROW (row)), ==, "Breathe.");
  g_assert_null (gtk_widget_get_next_sibling (row));

  g_assert_finalize_object (box);
}

int
main (int   argc,
      char *argv[])
{
  /* Under a bare xvfb-run there is no session bus, and GTK's accessibility
   * bridge would warn (fatally, with G_DEBUG=fatal-warnings) trying to
   * autolaunch one */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_setenv ("GTK_A11Y", "none", FALSE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/myo/routine-panel/instruction-row", test_instruction_row);
  g_test_add_func ("/myo/routine-panel/reason-row", test_reason_row);
  g_test_add_func ("/myo/routine-panel/question-row", test_question_row);
  g_test_add ("/myo/routine-panel/gate-first", Fixture, NULL,
              fixture_set_up, test_gate_first, fixture_tear_down);
  g_test_add ("/myo/routine-panel/gate-widget", Fixture, NULL,
              fixture_set_up, test_gate_widget, fixture_tear_down);
  g_test_add ("/myo/routine-panel/red-flag-stops", Fixture, NULL,
              fixture_set_up, test_red_flag_stops, fixture_tear_down);
  g_test_add ("/myo/routine-panel/run-through", Fixture, NULL,
              fixture_set_up, test_run_through, fixture_tear_down);
  g_test_add ("/myo/routine-panel/pause", Fixture, NULL,
              fixture_set_up, test_pause, fixture_tear_down);
  g_test_add ("/myo/routine-panel/close-stops-clock", Fixture, NULL,
              fixture_set_up, test_close_stops_clock, fixture_tear_down);
  g_test_add ("/myo/routine-panel/announcements", Fixture, NULL,
              fixture_set_up, test_announcements, fixture_tear_down);
  g_test_add ("/myo/routine-panel/sound-off", Fixture, NULL,
              fixture_set_up, test_sound_off, fixture_tear_down);

  return g_test_run ();
}
