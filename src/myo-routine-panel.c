/* myo-routine-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-countdown.h"
#include "myo-illustration.h"
#include "myo-red-flag-gate.h"
#include "myo-red-flag-gate-private.h"
#include "myo-routine-hero.h"
#include "myo-routine-panel.h"
#include "myo-routine-panel-private.h"
#include "myo-sound.h"

/* Often enough for the ring to sweep smoothly. A timeout rather than a tick
 * callback, so the end of a hold is still signalled while the window is
 * covered or minimised and no frames are drawn. */
#define TICK_INTERVAL_MS  50
#define PAIN_MAX          10

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_CURRENT_STEP,
  PROP_SOUND,
  PROP_HERO_SHOWN,
  PROP_PAIN_AFTER,
  N_PROPS
};

enum {
  CLOSED,
  FINISHED,
  HOLD_FINISHED,
  ANSWERED,
  RED_FLAGS_ANSWERED,
  PLAN_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean tick_timeout_cb (gpointer         user_data);
static void     show_finished   (MyoRoutinePanel *self);

G_DEFINE_FINAL_TYPE (MyoRoutinePanel, myo_routine_panel, GTK_TYPE_WIDGET)

gboolean
_myo_routine_panel_on_step_page (MyoRoutinePanel *self)
{
  return self->active &&
         self->routine != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "step") == 0;
}

static void
set_current_step (MyoRoutinePanel      *self,
                  const MyoRoutineStep *step)
{
  if (self->current_step == step)
    return;

  self->current_step = step;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STEP]);
}

static void
update_running (MyoRoutinePanel *self)
{
  gboolean running = FALSE;

  if (_myo_routine_panel_on_step_page (self))
    {
      MyoRoutineState state = myo_routine_get_state (self->routine);

      running = state != MYO_ROUTINE_IDLE && state != MYO_ROUTINE_FINISHED;
    }

  if (self->running == running)
    return;

  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
update_actions (MyoRoutinePanel *self)
{
  gboolean step_page = _myo_routine_panel_on_step_page (self);
  gboolean can_go = FALSE;
  gboolean started = FALSE;

  if (step_page)
    {
      MyoRoutineState state = myo_routine_get_state (self->routine);

      can_go = state != MYO_ROUTINE_FINISHED;
      started = can_go && (state != MYO_ROUTINE_IDLE || myo_routine_get_step_index (self->routine) > 0);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.toggle", can_go);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.skip", can_go);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.answer", can_go && _myo_routine_panel_is_locate_step (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.back", started);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.restart", started);
}

static void
update_ticking (MyoRoutinePanel *self)
{
  gboolean needed = FALSE;

  if (_myo_routine_panel_on_step_page (self))
    {
      switch (myo_routine_get_state (self->routine))
        {
        case MYO_ROUTINE_LEAD_IN:
        case MYO_ROUTINE_HOLDING:
        case MYO_ROUTINE_STEP_DONE:
          needed = myo_routine_step_is_timed (myo_routine_get_current_step (self->routine));
          break;

        case MYO_ROUTINE_IDLE:
        case MYO_ROUTINE_PAUSED:
        case MYO_ROUTINE_FINISHED:
        default:
          break;
        }
    }

  if (needed && self->tick_source == 0)
    self->tick_source = g_timeout_add (TICK_INTERVAL_MS, tick_timeout_cb, self);
  else if (!needed)
    g_clear_handle_id (&self->tick_source, g_source_remove);
}

/* A timed step is followed from a distance: the window shows it large */
static void
update_hero_shown (MyoRoutinePanel *self)
{
  gboolean shown = self->hero != NULL && _myo_routine_panel_on_step_page (self) &&
                   myo_routine_get_state (self->routine) != MYO_ROUTINE_FINISHED &&
                   myo_routine_step_is_timed (myo_routine_get_current_step (self->routine));

  GtkRoot *root;
  GtkWidget *focus;

  if (self->hero_shown == shown)
    return;

  self->hero_shown = shown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HERO_SHOWN]);

  /* The focus, and what a screen reader hears, follow the main button from
   * the panel to the hero and back */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (shown && (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
    gtk_widget_grab_focus (myo_routine_hero_get_primary (self->hero));
  else if (!shown && _myo_routine_panel_on_step_page (self) && focus != NULL && self->hero != NULL &&
           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->hero)))
    gtk_widget_grab_focus (_myo_routine_panel_get_primary (self));
  if (self->pending->len == 0)
    _myo_routine_panel_apply_announcement (self);
}

static void
update_all (MyoRoutinePanel *self)
{
  if (self->routine != NULL)
    {
      _myo_routine_panel_update_toggle (self);
      _myo_routine_panel_update_countdown (self);
    }

  update_actions (self);
  update_ticking (self);
  update_running (self);
  set_current_step (self, _myo_routine_panel_on_step_page (self) ? myo_routine_get_current_step (self->routine) : NULL);
  update_hero_shown (self);
}

static void
show_page (MyoRoutinePanel *self,
           const char      *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  update_all (self);
}

static void
tick (MyoRoutinePanel *self)
{
  if (self->routine == NULL)
    return;

  myo_routine_tick (self->routine);
  _myo_routine_panel_update_countdown (self);
}

/* For the tests: click as a person would, so an insensitive button does
 * nothing */
static void
click (GtkButton *button)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (button)))
    g_signal_emit_by_name (button, "clicked");
}

static gboolean
tick_timeout_cb (gpointer user_data)
{
  tick (MYO_ROUTINE_PANEL (user_data));

  return G_SOURCE_CONTINUE;
}

static void
gate_answered_cb (MyoRoutinePanel  *self,
                  const char      **yes)
{
  g_signal_emit (self, signals[RED_FLAGS_ANSWERED], 0, yes);
}

/* None of the red flags applies: the routine's steps appear */
static void
gate_passed_cb (MyoRoutinePanel *self)
{
  if (self->routine == NULL)
    return;

  self->active = TRUE;
  _myo_routine_panel_update_step (self);

  if (myo_routine_get_state (self->routine) == MYO_ROUTINE_FINISHED)
    {
      show_finished (self);
      return;
    }

  show_page (self, "step");
  _myo_routine_panel_focus_primary (self, TRUE);
}

static void
update_pain_label (MyoRoutinePanel *self)
{
  g_autofree char *text = NULL;

  if (self->pain_before >= 0 && self->pain_after >= 0)
    /* Translators: at the end of a routine, the strongest pain marked before and the pain now */
    text = g_strdup_printf (_("Before: %d · Now: %d"), self->pain_before, self->pain_after);
  else if (self->pain_before >= 0)
    /* Translators: at the end of a routine, before the pain now is chosen */
    text = g_strdup_printf (_("Before: %d · Now: not chosen yet"), self->pain_before);
  else if (self->pain_after >= 0)
    text = g_strdup_printf (_("Now: %d"), self->pain_after);
  else
    text = g_strdup (_("Now: not chosen yet"));

  gtk_label_set_label (self->pain_label, text);
  /* Nothing is saved until the person has said how it feels */
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button),
                            self->pain_after >= 0 && !self->saved);
}

static void
set_pain_after (MyoRoutinePanel *self,
                int              pain_after)
{
  if (self->pain_after == pain_after)
    return;

  self->pain_after = pain_after;
  update_pain_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_AFTER]);
}

static void
save_clicked_cb (MyoRoutinePanel *self)
{
  if (self->pain_after < 0)
    return;

  /* One record per routine: a second click must not log the session twice */
  self->saved = TRUE;
  gtk_button_set_label (self->save_button, _("Saved"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);

  g_signal_emit (self, signals[FINISHED], 0, self->pain_after);
}

static void
show_finished (MyoRoutinePanel *self)
{
  g_autofree char *summary = myo_routine_dup_summary (self->routine);
  gboolean any = myo_routine_get_n_done (self->routine) > 0;

  /* "Well done" only for something done */
  adw_status_page_set_title (self->finished_page, any ? _("Well done") : _("The routine is over"));
  adw_status_page_set_icon_name (self->finished_page,
                                 any ? "emblem-ok-symbolic" : "media-playlist-consecutive-symbolic");
  gtk_label_set_label (self->summary_label, summary);
  update_pain_label (self);
  show_page (self, "finished");
  gtk_widget_grab_focus (self->pain_first_button);
}

static void
state_notified_cb (MyoRoutinePanel *self)
{
  if (_myo_routine_panel_on_step_page (self) && myo_routine_get_state (self->routine) == MYO_ROUTINE_FINISHED)
    {
      show_finished (self);
      return;
    }

  update_all (self);
  if (_myo_routine_panel_on_step_page (self))
    _myo_routine_panel_focus_primary (self, FALSE);
}

static void
step_index_notified_cb (MyoRoutinePanel *self)
{
  _myo_routine_panel_update_step (self);
  update_all (self);
  if (_myo_routine_panel_on_step_page (self))
    _myo_routine_panel_focus_primary (self, FALSE);
}

static void
repetition_notified_cb (MyoRoutinePanel *self)
{
  _myo_routine_panel_update_countdown (self);
}

static void
hold_finished_cb (MyoRoutinePanel *self)
{
  myo_countdown_flash (self->countdown);
  if (self->sound_enabled)
    myo_sound_play_hold_finished (self->sound, GTK_WIDGET (self));
  g_signal_emit (self, signals[HOLD_FINISHED], 0);
}

static void
set_routine (MyoRoutinePanel *self,
             MyoRoutine      *routine)
{
  if (self->routine == routine)
    return;

  if (self->routine != NULL)
    g_signal_handlers_disconnect_by_data (self->routine, self);

  g_set_object (&self->routine, routine);

  if (routine != NULL)
    {
      g_signal_connect_object (routine, "notify::state",
                               G_CALLBACK (state_notified_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (routine, "notify::step-index",
                               G_CALLBACK (step_index_notified_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (routine, "notify::repetition",
                               G_CALLBACK (repetition_notified_cb), self, G_CONNECT_SWAPPED);
      /* A hold length changed in the preferences shows on the idle ring */
      g_signal_connect_object (routine, "notify::hold-seconds",
                               G_CALLBACK (repetition_notified_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (routine, "hold-finished",
                               G_CALLBACK (hold_finished_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (routine, "steps-changed",
                               G_CALLBACK (step_index_notified_cb), self, G_CONNECT_SWAPPED);
    }
}

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MyoRoutinePanel *self = MYO_ROUTINE_PANEL (widget);

  /* An untimed step (finding the point) has nothing to start: its one
   * button means "found it, go on" */
  if (!myo_routine_step_is_timed (myo_routine_get_current_step (self->routine)))
    myo_routine_skip (self->routine);
  else
    myo_routine_toggle (self->routine);
}

/* "Is this my pain?" while pressing the point of a locate step. A "no"
 * drops that point from the routine, which goes on with what follows; the
 * window re-ranks first and may add the next candidate. */
static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MyoRoutinePanel *self = MYO_ROUTINE_PANEL (widget);
  const MyoRoutineStep *step = myo_routine_get_current_step (self->routine);
  const MyoTriggerPoint *trp;
  MyoAnswer answer;
  MyoSide side;

  if (step == NULL || step->step->kind != MYO_STEP_LOCATE ||
      !myo_answer_from_string (g_variant_get_string (param, NULL), &answer))
    return;

  trp = g_ptr_array_index (step->trigger_points, 0);
  side = step->side;

  /* First let the window keep the answer and add the next candidate, so a
   * "no" on the last point does not end the routine before it arrives */
  g_signal_emit (self, signals[ANSWERED], 0, trp->id, side, answer);

  if (answer == MYO_ANSWER_NO)
    {
      g_autofree char *note = myo_routine_reject_current_with_note (self->routine);

      /* A "No" changes the plan: say so, rather than swap the next muscle
       * in silently */
      if (note != NULL)
        {
          GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

          g_free (self->last_note);
          self->last_note = g_strdup (note);
          if (overlay != NULL)
            adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (note));
          g_signal_emit (self, signals[PLAN_CHANGED], 0, note);
        }
    }
  else
    myo_routine_skip (self->routine);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  myo_routine_back (MYO_ROUTINE_PANEL (widget)->routine);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  myo_routine_skip (MYO_ROUTINE_PANEL (widget)->routine);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  myo_routine_restart (MYO_ROUTINE_PANEL (widget)->routine);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  MyoRoutinePanel *self = MYO_ROUTINE_PANEL (widget);

  /* Leave the routine where it was, but stop the clock so nothing rings
   * and the screen may blank again */
  if (self->routine != NULL)
    myo_routine_pause (self->routine);

  self->active = FALSE;
  update_all (self);

  g_signal_emit (self, signals[CLOSED], 0);
}

static void
myo_routine_panel_dispose (GObject *object)
{
  MyoRoutinePanel *self = (MyoRoutinePanel *) object;

  /* Before the template's widgets go: letting go of the hero moves the focus */
  myo_routine_panel_set_hero (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_ROUTINE_PANEL);
  self->described = NULL;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->announce_source, g_source_remove);
  set_routine (self, NULL);
  self->current_step = NULL;
  g_clear_object (&self->kb);
  g_clear_object (&self->sound);

  G_OBJECT_CLASS (myo_routine_panel_parent_class)->dispose (object);
}

static void
myo_routine_panel_finalize (GObject *object)
{
  MyoRoutinePanel *self = (MyoRoutinePanel *) object;

  g_clear_pointer (&self->announcement, g_free);
  g_clear_pointer (&self->last_note, g_free);
  g_string_free (self->pending, TRUE);

  G_OBJECT_CLASS (myo_routine_panel_parent_class)->finalize (object);
}

static void
myo_routine_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MyoRoutinePanel *self = MYO_ROUTINE_PANEL (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_CURRENT_STEP:
      g_value_set_pointer (value, (gpointer) self->current_step);
      break;

    case PROP_SOUND:
      g_value_set_boolean (value, self->sound_enabled);
      break;

    case PROP_HERO_SHOWN:
      g_value_set_boolean (value, self->hero_shown);
      break;

    case PROP_PAIN_AFTER:
      g_value_set_int (value, self->pain_after);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_routine_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MyoRoutinePanel *self = MYO_ROUTINE_PANEL (object);

  switch (prop_id)
    {
    case PROP_SOUND:
      if (self->sound_enabled != g_value_get_boolean (value))
        {
          self->sound_enabled = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_PAIN_AFTER:
      set_pain_after (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_routine_panel_class_init (MyoRoutinePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_routine_panel_dispose;
  object_class->finalize = myo_routine_panel_finalize;
  object_class->get_property = myo_routine_panel_get_property;
  object_class->set_property = myo_routine_panel_set_property;

  /**
   * MyoRoutinePanel:running:
   *
   * Whether a routine is under way on the step page (started, paused or
   * between holds). The window keeps the screen awake while it is.
   */
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoRoutinePanel:current-step:
   *
   * The `MyoRoutineStep` on screen, or %NULL when no step is shown, so the
   * map can show where to press.
   */
  properties[PROP_CURRENT_STEP] =
    g_param_spec_pointer ("current-step", NULL, NULL,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoRoutinePanel:sound:
   *
   * Whether the end of a hold plays the desktop's event sound (the ring
   * flashes either way).
   */
  properties[PROP_SOUND] =
    g_param_spec_boolean ("sound", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoRoutinePanel:hero-shown:
   *
   * Whether the hero set with myo_routine_panel_set_hero() should be on
   * screen: a timed step is under way on the step page.
   */
  properties[PROP_HERO_SHOWN] =
    g_param_spec_boolean ("hero-shown", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoRoutinePanel:pain-after:
   *
   * The pain after the routine, 0 to 10, or -1 until it is chosen; the
   * `routine.pain-after` action sets it.
   */
  properties[PROP_PAIN_AFTER] =
    g_param_spec_int ("pain-after", NULL, NULL,
                      -1, PAIN_MAX, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoRoutinePanel::plan-changed:
   * @note: what changed, "Popliteus left out — next: plantaris"
   *
   * An answer changed what comes next; the panel has shown a toast.
   */
  signals[PLAN_CHANGED] =
    g_signal_new ("plan-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * MyoRoutinePanel::closed:
   *
   * The person left the routine: from the gate, the seek-care page, a step
   * or the end.
   */
  signals[CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * MyoRoutinePanel::finished:
   * @pain_after: the pain after the routine, 0 to 10
   *
   * The routine was done to the end and the pain afterwards recorded.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * MyoRoutinePanel::hold-finished:
   *
   * A hold's countdown reached zero; the panel has already flashed and rung.
   */
  signals[HOLD_FINISHED] =
    g_signal_new ("hold-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * MyoRoutinePanel::answered:
   * @trp_id: the id of the trigger point that was pressed
   * @side: the leg it was pressed on
   * @answer: the answer to "Is this my pain?"
   *
   * Emitted before the routine moves on (and, for a "no", drops the point),
   * so the answer can be kept with the session and the next candidate added.
   */
  signals[ANSWERED] =
    g_signal_new ("answered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, MYO_TYPE_SIDE, MYO_TYPE_ANSWER);

  /**
   * MyoRoutinePanel::red-flags-answered:
   * @yes: (array zero-terminated=1): the ids of the red flags answered
   *   "yes"; every other red flag was answered "no"
   *
   * Emitted when the person leaves the red-flag questions, so the answers
   * can be kept with the session for the clinician's report.
   */
  signals[RED_FLAGS_ANSWERED] =
    g_signal_new ("red-flags-answered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV);

  g_type_ensure (MYO_TYPE_COUNTDOWN);
  g_type_ensure (MYO_TYPE_RED_FLAG_GATE);
  g_type_ensure (MYO_TYPE_ILLUSTRATION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-routine-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, gate);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, step_scroller);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, step_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, side_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, caution_box);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, caution_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, countdown);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, instructions_box);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, alternatives_list);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, toggle_button);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, toggle_content);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, found_button);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, answer_box);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, answer_yes_button);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, skip_button);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, pain_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, pain_first_button);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, finished_page);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, next_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, step_illustration);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, save_button);
  gtk_widget_class_bind_template_callback (widget_class, gate_answered_cb);
  gtk_widget_class_bind_template_callback (widget_class, gate_passed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "countdown_announce_cb",
                                                G_CALLBACK (_myo_routine_panel_countdown_announce_cb));
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_install_action (widget_class, "routine.toggle", NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, "routine.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "routine.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "routine.answer", "s", answer_action);
  gtk_widget_class_install_action (widget_class, "routine.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "routine.close", NULL, close_action);
  gtk_widget_class_install_property_action (widget_class, "routine.pain-after", "pain-after");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "routine.toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "routine.toggle", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "routinepanel");
}

static void
myo_routine_panel_init (MyoRoutinePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sound = myo_sound_new ();
  self->pending = g_string_new (NULL);
  self->sound_enabled = TRUE;
  self->pain_before = -1;
  self->pain_after = -1;
  update_pain_label (self);
  update_actions (self);
}

MyoRoutinePanel *
myo_routine_panel_new (void)
{
  return g_object_new (MYO_TYPE_ROUTINE_PANEL, NULL);
}

/**
 * myo_routine_panel_begin:
 * @kb: the knowledge base, for its red flags and disclaimer
 * @routine: the routine to guide through
 *
 * Shows the red-flag questions. The routine's steps only appear once the
 * person has said none of them applies.
 */
void
myo_routine_panel_begin (MyoRoutinePanel *self,
                         MyoKb           *kb,
                         MyoRoutine      *routine)
{
  g_return_if_fail (MYO_IS_ROUTINE_PANEL (self));
  g_return_if_fail (MYO_IS_KB (kb));
  g_return_if_fail (MYO_IS_ROUTINE (routine));

  self->active = FALSE;
  g_set_object (&self->kb, kb);
  set_routine (self, routine);

  myo_red_flag_gate_set_kb (self->gate, kb);
  gtk_label_set_label (self->disclaimer_label, myo_kb_get_disclaimer (kb));

  self->saved = FALSE;
  gtk_button_set_label (self->save_button, _("Save"));
  set_pain_after (self, -1);
  update_pain_label (self);

  show_page (self, "gate");
  myo_red_flag_gate_reset (self->gate);
}

static void
hero_toggle_cb (MyoRoutinePanel *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "routine.toggle", NULL);
}

static void
hero_skip_cb (MyoRoutinePanel *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "routine.skip", NULL);
}

static void
hero_back_cb (MyoRoutinePanel *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "routine.back", NULL);
}

static void
hero_stop_cb (MyoRoutinePanel *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "routine.close", NULL);
}

/**
 * myo_routine_panel_set_hero:
 * @hero: (nullable): where a timed step is shown large
 *
 * The panel fills the hero in and hears its buttons; the window shows it
 * while #MyoRoutinePanel:hero-shown is set.
 */
void
myo_routine_panel_set_hero (MyoRoutinePanel *self,
                            GtkWidget       *hero)
{
  g_return_if_fail (MYO_IS_ROUTINE_PANEL (self));
  g_return_if_fail (hero == NULL || MYO_IS_ROUTINE_HERO (hero));

  if ((GtkWidget *) self->hero == hero)
    return;

  if (self->hero != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->hero, self);
      g_object_remove_weak_pointer (G_OBJECT (self->hero), (gpointer *) &self->hero);
    }

  self->hero = (MyoRoutineHero *) hero;

  if (self->hero != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (self->hero), (gpointer *) &self->hero);
      g_signal_connect_swapped (self->hero, "toggle", G_CALLBACK (hero_toggle_cb), self);
      g_signal_connect_swapped (self->hero, "skip", G_CALLBACK (hero_skip_cb), self);
      g_signal_connect_swapped (self->hero, "back", G_CALLBACK (hero_back_cb), self);
      g_signal_connect_swapped (self->hero, "stop", G_CALLBACK (hero_stop_cb), self);
      if (self->routine != NULL && myo_routine_get_current_step (self->routine) != NULL)
        _myo_routine_panel_update_step (self);
      if (self->routine != NULL)
        update_all (self);
    }

  update_hero_shown (self);
}

/**
 * myo_routine_panel_set_pain_before:
 * @pain_before: the strongest pain marked before the routine, or -1
 *
 * Shown beside the pain afterwards at the end.
 */
void
myo_routine_panel_set_pain_before (MyoRoutinePanel *self,
                                   int              pain_before)
{
  g_return_if_fail (MYO_IS_ROUTINE_PANEL (self));

  self->pain_before = pain_before;
  update_pain_label (self);
}

/**
 * myo_routine_panel_get_routine:
 *
 * Returns: (transfer none) (nullable): the routine being shown
 */
MyoRoutine *
myo_routine_panel_get_routine (MyoRoutinePanel *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE_PANEL (self), NULL);
  return self->routine;
}

gboolean
myo_routine_panel_get_running (MyoRoutinePanel *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE_PANEL (self), FALSE);
  return self->running;
}

/**
 * myo_routine_panel_get_current_step:
 *
 * Returns: (transfer none) (nullable): the step on screen
 */
const MyoRoutineStep *
myo_routine_panel_get_current_step (MyoRoutinePanel *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE_PANEL (self), NULL);
  return self->current_step;
}

/* The gate's own page while it is shown: "red-flags" or "seek-care" */
const char *
_myo_routine_panel_get_page (MyoRoutinePanel *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "gate") == 0)
    return _myo_red_flag_gate_get_page (self->gate);

  return page;
}

MyoRedFlagGate *
_myo_routine_panel_get_gate (MyoRoutinePanel *self)
{
  return self->gate;
}

guint
_myo_routine_panel_get_n_flags (MyoRoutinePanel *self)
{
  return _myo_red_flag_gate_get_n_flags (self->gate);
}

void
_myo_routine_panel_set_flag (MyoRoutinePanel *self,
                             guint            index,
                             gboolean         active)
{
  _myo_red_flag_gate_set_flag (self->gate, index, active);
}

void
_myo_routine_panel_continue (MyoRoutinePanel *self)
{
  _myo_red_flag_gate_continue (self->gate);
}

const char *
_myo_routine_panel_get_continue_label (MyoRoutinePanel *self)
{
  return _myo_red_flag_gate_get_continue_label (self->gate);
}

guint
_myo_routine_panel_get_n_reasons (MyoRoutinePanel *self)
{
  return _myo_red_flag_gate_get_n_reasons (self->gate);
}

const char *
_myo_routine_panel_get_urgency_title (MyoRoutinePanel *self)
{
  return _myo_red_flag_gate_get_urgency_title (self->gate);
}

MyoUrgency
_myo_routine_panel_get_urgency (MyoRoutinePanel *self)
{
  return myo_red_flag_gate_get_urgency (self->gate);
}

const char *
_myo_routine_panel_get_step_label (MyoRoutinePanel *self)
{
  return gtk_label_get_label (self->step_label);
}

const char *
_myo_routine_panel_get_toggle_label (MyoRoutinePanel *self)
{
  return adw_button_content_get_label (self->toggle_content);
}

MyoCountdown *
_myo_routine_panel_get_countdown (MyoRoutinePanel *self)
{
  return self->countdown;
}

void
_myo_routine_panel_tick (MyoRoutinePanel *self)
{
  tick (self);
}

/* Clicks the button for @pain_after, as a person would */
void
_myo_routine_panel_set_pain_after (MyoRoutinePanel *self,
                                   int              pain_after)
{
  GtkWidget *button = self->pain_first_button;

  g_return_if_fail (pain_after >= 0 && pain_after <= PAIN_MAX);

  for (int i = 0; i < pain_after; i++)
    button = gtk_widget_get_next_sibling (button);
  click (GTK_BUTTON (button));
}

void
_myo_routine_panel_save (MyoRoutinePanel *self)
{
  click (self->save_button);
}

const char *
_myo_routine_panel_get_announcement (MyoRoutinePanel *self)
{
  _myo_routine_panel_apply_announcement (self);
  return self->announcement;
}

guint
_myo_routine_panel_get_n_announcements (MyoRoutinePanel *self)
{
  _myo_routine_panel_apply_announcement (self);
  return self->n_announcements;
}

guint
_myo_routine_panel_get_n_cues (MyoRoutinePanel *self)
{
  return myo_sound_get_n_played (self->sound);
}

const char *
_myo_routine_panel_get_next (MyoRoutinePanel *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->next_label))
         ? gtk_label_get_label (self->next_label)
         : NULL;
}

const char *
_myo_routine_panel_get_last_note (MyoRoutinePanel *self)
{
  return self->last_note;
}

const char *
_myo_routine_panel_get_summary (MyoRoutinePanel *self)
{
  return gtk_label_get_label (self->summary_label);
}

gboolean
_myo_routine_panel_get_can_save (MyoRoutinePanel *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->save_button));
}
