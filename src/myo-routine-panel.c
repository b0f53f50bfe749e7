/* myo-routine-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-countdown.h"
#include "myo-routine-panel.h"
#include "myo-routine-panel-private.h"
#include "myo-sound.h"

/* Often enough for the ring to sweep smoothly. A timeout rather than a tick
 * callback, so the end of a hold is still signalled while the window is
 * covered or minimised and no frames are drawn. */
#define TICK_INTERVAL_MS  50
#define DEFAULT_PAIN      5

struct _MyoRoutinePanel
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  GtkListBox           *flags_list;
  GtkButton            *continue_button;
  GtkLabel             *continue_label;
  GtkListBox           *reasons_list;
  GtkScrolledWindow    *step_scroller;
  GtkLabel             *step_label;
  GtkLabel             *title_label;
  GtkLabel             *side_label;
  GtkWidget            *caution_box;
  GtkLabel             *caution_label;
  MyoCountdown         *countdown;
  GtkBox               *instructions_box;
  GtkListBox           *alternatives_list;
  GtkLabel             *disclaimer_label;
  GtkButton            *toggle_button;
  AdwButtonContent     *toggle_content;
  GtkButton            *found_button;
  GtkWidget            *answer_box;
  GtkWidget            *answer_yes_button;
  GtkButton            *skip_button;
  GtkLabel             *pain_label;
  GtkScale             *pain_scale;
  GtkButton            *save_button;

  /* Owned */
  MyoKb                *kb;
  MyoRoutine           *routine;
  MyoSound             *sound;
  char                 *announcement;
  GString              *pending;
  guint                 announce_source;
  guint                 n_announcements;
  GPtrArray            *flag_checks;  /* GtkCheckButton, one per red flag, in order */
  guint                 tick_source;

  /* Borrowed */
  const MyoRoutineStep *current_step;
  GtkWidget            *described;  /* the button carrying the announcement */

  /* TRUE from passing the red-flag gate until the panel is closed */
  gboolean              active;
  gboolean              running;
  gboolean              sound_enabled;
};

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_CURRENT_STEP,
  PROP_SOUND,
  N_PROPS
};

enum {
  CLOSED,
  FINISHED,
  HOLD_FINISHED,
  STEP_CHANGED,
  ANSWERED,
  RED_FLAGS_ANSWERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean tick_timeout_cb (gpointer         user_data);
static void     flag_toggled_cb (MyoRoutinePanel *self);

G_DEFINE_FINAL_TYPE (MyoRoutinePanel, myo_routine_panel, GTK_TYPE_WIDGET)

static gboolean
step_is_timed (const MyoRoutineStep *step)
{
  return step != NULL && step->step->hold_seconds > 0;
}

static gboolean
on_step_page (MyoRoutinePanel *self)
{
  return self->active &&
         self->routine != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "step") == 0;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_bullet (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (bullet),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_box_append (GTK_BOX (box), bullet);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *
create_alternative_row (const MyoAlternative *alternative)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  const char *subtitle = NULL;

  if (g_strcmp0 (alternative->level, "intense") == 0)
    subtitle = _("Stronger option — stay with the gentle method if it is too much");
  else if (g_strcmp0 (alternative->level, "gentle") == 0)
    subtitle = _("Gentler option");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), alternative->title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  for (guint i = 0; alternative->instructions != NULL && alternative->instructions[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), create_bullet (alternative->instructions[i]));

  if (alternative->hold_seconds > 0)
    {
      g_autofree char *hold = NULL;

      hold = g_strdup_printf (ngettext ("Hold for about %u second.",
                                        "Hold for about %u seconds.",
                                        alternative->hold_seconds),
                              alternative->hold_seconds);
      gtk_box_append (GTK_BOX (box), create_bullet (hold));
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);

  return row;
}

static void
set_current_step (MyoRoutinePanel      *self,
                  const MyoRoutineStep *step)
{
  if (self->current_step == step)
    return;

  self->current_step = step;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STEP]);
  g_signal_emit (self, signals[STEP_CHANGED], 0, step);
}

static void
update_running (MyoRoutinePanel *self)
{
  gboolean running = FALSE;

  if (on_step_page (self))
    {
      MyoRoutineState state = myo_routine_get_state (self->routine);

      running = state != MYO_ROUTINE_IDLE && state != MYO_ROUTINE_FINISHED;
    }

  if (self->running == running)
    return;

  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static GtkWidget *
get_primary (MyoRoutinePanel *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->toggle_button)))
    return GTK_WIDGET (self->toggle_button);
  if (gtk_widget_get_visible (GTK_WIDGET (self->found_button)))
    return GTK_WIDGET (self->found_button);
  return self->answer_yes_button;
}

/* The focus stays on the step's main button (see focus_primary()), and a
 * screen reader reads out a change to the focused widget's description:
 * that is where the step and the countdown's few announcements go (GTK 4.8
 * has no announcement API nor live regions). What is said in one turn of
 * the main loop is said together, "Step 3 of 6: … Get ready: 5 seconds",
 * rather than one message cutting off the other. */
static void
apply_announcement (MyoRoutinePanel *self)
{
  GtkWidget *primary;
  gboolean fresh = FALSE;

  g_clear_handle_id (&self->announce_source, g_source_remove);
  if (self->pending->len > 0)
    {
      g_free (self->announcement);
      self->announcement = g_strdup (self->pending->str);
      self->n_announcements++;
      g_string_truncate (self->pending, 0);
      fresh = TRUE;
    }

  primary = get_primary (self);
  if (self->announcement == NULL || (!fresh && primary == self->described))
    return;

  if (self->described != NULL && self->described != primary)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->described), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (primary),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->announcement,
                                  -1);
  self->described = primary;
}

static void
announce_idle_cb (gpointer user_data)
{
  MyoRoutinePanel *self = user_data;

  self->announce_source = 0;
  apply_announcement (self);
}

static void
announce (MyoRoutinePanel *self,
          const char      *text)
{
  if (self->pending->len > 0)
    g_string_append_c (self->pending, ' ');
  g_string_append (self->pending, text);

  if (self->announce_source == 0)
    self->announce_source = g_idle_add_once (announce_idle_cb, self);
}

static void
countdown_announce_cb (MyoRoutinePanel *self,
                       const char      *text,
                       MyoCountdown    *countdown)
{
  /* An idle countdown only repeats the hold the step announced */
  if (on_step_page (self) && gtk_widget_get_visible (GTK_WIDGET (countdown)) &&
      myo_countdown_get_phase (countdown) != MYO_COUNTDOWN_PHASE_IDLE)
    announce (self, text);
}

static gboolean
is_locate_step (MyoRoutinePanel *self)
{
  const MyoRoutineStep *step;

  if (self->routine == NULL || (step = myo_routine_get_current_step (self->routine)) == NULL)
    return FALSE;

  return step->step->kind == MYO_STEP_LOCATE && myo_routine_get_state (self->routine) != MYO_ROUTINE_FINISHED;
}

static void
update_actions (MyoRoutinePanel *self)
{
  gboolean step_page = on_step_page (self);
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.answer", can_go && is_locate_step (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.back", started);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routine.restart", started);
}

static void
update_ticking (MyoRoutinePanel *self)
{
  gboolean needed = FALSE;

  if (on_step_page (self))
    {
      switch (myo_routine_get_state (self->routine))
        {
        case MYO_ROUTINE_LEAD_IN:
        case MYO_ROUTINE_HOLDING:
        case MYO_ROUTINE_STEP_DONE:
          needed = step_is_timed (myo_routine_get_current_step (self->routine));
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

static void
update_countdown (MyoRoutinePanel *self)
{
  const MyoRoutineStep *step = myo_routine_get_current_step (self->routine);
  g_autofree char *hold_caption = NULL;
  MyoCountdownPhase phase;
  const char *caption;
  gint64 hold_ms;
  gint64 remaining;
  gint64 total;

  if (!step_is_timed (step))
    return;

  hold_ms = (gint64) myo_routine_get_step_hold (self->routine, step) * 1000;
  remaining = myo_routine_get_remaining_ms (self->routine);
  total = myo_routine_get_phase_ms (self->routine);

  switch (myo_routine_get_state (self->routine))
    {
    case MYO_ROUTINE_IDLE:
      phase = MYO_COUNTDOWN_PHASE_IDLE;
      caption = _("Press Start");
      remaining = total = hold_ms;
      break;

    case MYO_ROUTINE_LEAD_IN:
      phase = MYO_COUNTDOWN_PHASE_LEAD_IN;
      caption = _("Get ready");
      break;

    case MYO_ROUTINE_HOLDING:
      phase = MYO_COUNTDOWN_PHASE_HOLD;
      if (step->step->repetitions > 1)
        /* Translators: under the countdown, the hold's number and how many there are */
        caption = hold_caption = g_strdup_printf (_("Hold · %u of %u"),
                                                  myo_routine_get_repetition (self->routine),
                                                  step->step->repetitions);
      else
        caption = _("Hold");
      break;

    case MYO_ROUTINE_PAUSED:
      phase = MYO_COUNTDOWN_PHASE_PAUSED;
      caption = _("Paused");
      break;

    case MYO_ROUTINE_STEP_DONE:
    case MYO_ROUTINE_FINISHED:
    default:
      phase = MYO_COUNTDOWN_PHASE_DONE;
      caption = _("Done");
      remaining = 0;
      total = hold_ms;
      break;
    }

  myo_countdown_update (self->countdown, phase, caption, remaining, total);
}

static void
update_toggle (MyoRoutinePanel *self)
{
  gboolean timed = step_is_timed (myo_routine_get_current_step (self->routine));
  const char *label;
  const char *icon;

  switch (myo_routine_get_state (self->routine))
    {
    case MYO_ROUTINE_LEAD_IN:
    case MYO_ROUTINE_HOLDING:
      label = _("Pause");
      icon = "media-playback-pause-symbolic";
      break;

    case MYO_ROUTINE_PAUSED:
      label = _("Resume");
      icon = "media-playback-start-symbolic";
      break;

    case MYO_ROUTINE_STEP_DONE:
      label = _("Next");
      icon = "media-skip-forward-symbolic";
      break;

    case MYO_ROUTINE_IDLE:
    case MYO_ROUTINE_FINISHED:
    default:
      label = _("Start");
      icon = "media-playback-start-symbolic";
      break;
    }

  adw_button_content_set_label (self->toggle_content, label);
  adw_button_content_set_icon_name (self->toggle_content, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->toggle_button), timed);
  /* A locate step is answered ("Is this my pain?") rather than just passed */
  gtk_widget_set_visible (GTK_WIDGET (self->found_button), !timed && !is_locate_step (self));
  /* On an untimed step "found it" already moves on; a second button doing
   * the same would only crowd a narrow window */
  gtk_widget_set_visible (GTK_WIDGET (self->skip_button), timed);
  /* The main button may have changed: the description moves with it */
  if (self->pending->len == 0)
    apply_announcement (self);
}

/* Space reaches the panel's shortcut only through the focus chain, so the
 * focus must stay inside the step page, on the main button. */
static void
focus_primary (MyoRoutinePanel *self,
               gboolean         force)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus;
  GtkWidget *primary;

  if (root == NULL)
    return;

  focus = gtk_root_get_focus (root);
  if (!force && focus != NULL &&
      (!gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) || gtk_widget_get_mapped (focus)))
    return;

  primary = get_primary (self);
  gtk_widget_grab_focus (primary);
}

/* What a screen reader says as a step comes up */
static void
announce_step (MyoRoutinePanel      *self,
               const MyoRoutineStep *step,
               const char           *position,
               const char           *title,
               const char           *side)
{
  g_autofree char *hold = NULL;
  g_autofree char *text = NULL;
  guint seconds = myo_routine_get_step_hold (self->routine, step);

  if (seconds > 0)
    hold = g_strdup_printf (ngettext ("Hold %u second.", "Hold %u seconds.", seconds), seconds);

  /* Translators: read out at each new step, "Step 2 of 6: Release the point,
   * Left leg. Hold 30 seconds."; the last %s is empty for an untimed step */
  text = g_strdup_printf (_("%s: %s, %s. %s"), position, title, side, hold != NULL ? hold : "");
  announce (self, g_strstrip (text));
}

static void
update_step (MyoRoutinePanel *self)
{
  const MyoRoutineStep *step = myo_routine_get_current_step (self->routine);
  g_autofree char *position = NULL;
  g_autofree char *title = NULL;
  g_autofree char *side = NULL;
  g_auto(GStrv) instructions = NULL;
  gboolean has_caution;

  if (step == NULL)
    return;

  /* Translators: the position in the routine, "Step 2 of 4" */
  position = g_strdup_printf (_("Step %u of %u"),
                              myo_routine_get_step_index (self->routine) + 1,
                              myo_routine_get_n_steps (self->routine));
  gtk_label_set_label (self->step_label, position);

  title = myo_routine_step_dup_title (step);
  gtk_label_set_label (self->title_label, title);

  if (step->other_leg)
    /* Translators: the leg a step is for, when the step is repeated on the leg that does not hurt */
    side = g_strdup_printf (_("%s — now the other leg"), myo_side_get_label (step->side));
  else
    side = g_strdup (myo_side_get_label (step->side));
  gtk_label_set_label (self->side_label, side);

  has_caution = step->step->caution != NULL && step->step->caution[0] != '\0';
  gtk_label_set_label (self->caution_label, has_caution ? step->step->caution : "");
  gtk_widget_set_visible (self->caution_box, has_caution);

  clear_box (self->instructions_box);
  instructions = myo_routine_step_dup_instructions (step);
  for (guint i = 0; instructions[i] != NULL; i++)
    gtk_box_append (self->instructions_box, create_bullet (instructions[i]));

  clear_list (self->alternatives_list);
  for (guint i = 0; step->step->alternatives != NULL && i < step->step->alternatives->len; i++)
    gtk_list_box_append (self->alternatives_list,
                         create_alternative_row (g_ptr_array_index (step->step->alternatives, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->alternatives_list),
                          step->step->alternatives != NULL && step->step->alternatives->len > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->countdown), step_is_timed (step));
  gtk_widget_set_visible (self->answer_box, step->step->kind == MYO_STEP_LOCATE);

  announce_step (self, step, position, title, side);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->step_scroller), 0);
}

static void
update_all (MyoRoutinePanel *self)
{
  if (self->routine != NULL)
    {
      update_toggle (self);
      update_countdown (self);
    }

  update_actions (self);
  update_ticking (self);
  update_running (self);
  set_current_step (self, on_step_page (self) ? myo_routine_get_current_step (self->routine) : NULL);
}

static void
show_page (MyoRoutinePanel *self,
           const char      *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  update_all (self);
}

static gboolean
any_flag_ticked (MyoRoutinePanel *self)
{
  for (guint i = 0; i < self->flag_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->flag_checks, i)))
      return TRUE;

  return FALSE;
}

static void
rebuild_flags (MyoRoutinePanel *self)
{
  GPtrArray *flags = myo_kb_get_red_flags (self->kb);

  clear_list (self->flags_list);
  g_ptr_array_set_size (self->flag_checks, 0);

  for (guint i = 0; i < flags->len; i++)
    {
      const MyoRedFlag *flag = g_ptr_array_index (flags, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new_with_label (_("Yes"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), flag->question);
      /* The row labels its activatable check with the question: a screen
       * reader says "Yes, <question>", check box, once */
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_signal_connect_object (check, "toggled", G_CALLBACK (flag_toggled_cb), self, G_CONNECT_SWAPPED);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->flags_list, row);
      g_ptr_array_add (self->flag_checks, check);
    }
}

static void
show_reasons (MyoRoutinePanel *self)
{
  GPtrArray *flags = myo_kb_get_red_flags (self->kb);

  clear_list (self->reasons_list);

  for (guint i = 0; i < self->flag_checks->len; i++)
    {
      const MyoRedFlag *flag = g_ptr_array_index (flags, i);
      GtkWidget *row;
      GtkWidget *box;
      GtkWidget *icon;
      GtkWidget *label;

      if (!gtk_check_button_get_active (g_ptr_array_index (self->flag_checks, i)))
        continue;

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);

      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      gtk_box_append (GTK_BOX (box), icon);

      label = gtk_label_new (flag->why);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_append (self->reasons_list, row);
    }
}

static void
tick (MyoRoutinePanel *self)
{
  if (self->routine == NULL)
    return;

  myo_routine_tick (self->routine);
  update_countdown (self);
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
flag_toggled_cb (MyoRoutinePanel *self)
{
  gtk_label_set_label (self->continue_label,
                       any_flag_ticked (self)
                       ? _("See what to do")
                       : _("None of these apply — continue"));
}

static void
continue_clicked_cb (MyoRoutinePanel *self)
{
  if (self->routine == NULL)
    return;

  {
    GPtrArray *flags = myo_kb_get_red_flags (self->kb);
    g_autoptr(GStrvBuilder) yes = g_strv_builder_new ();
    g_auto(GStrv) ids = NULL;

    for (guint i = 0; i < self->flag_checks->len && i < flags->len; i++)
      if (gtk_check_button_get_active (g_ptr_array_index (self->flag_checks, i)))
        g_strv_builder_add (yes, ((MyoRedFlag *) g_ptr_array_index (flags, i))->id);
    ids = g_strv_builder_end (yes);
    g_signal_emit (self, signals[RED_FLAGS_ANSWERED], 0, ids);
  }

  if (any_flag_ticked (self))
    {
      self->active = FALSE;
      show_reasons (self);
      show_page (self, "seek-care");
      return;
    }

  self->active = TRUE;
  update_step (self);

  if (myo_routine_get_state (self->routine) == MYO_ROUTINE_FINISHED)
    {
      show_page (self, "finished");
      return;
    }

  show_page (self, "step");
  focus_primary (self, TRUE);
}

static void
pain_value_changed_cb (MyoRoutinePanel *self)
{
  g_autofree char *value = NULL;

  value = g_strdup_printf ("%d", (int) gtk_range_get_value (GTK_RANGE (self->pain_scale)));
  gtk_label_set_label (self->pain_label, value);
}

static void
save_clicked_cb (MyoRoutinePanel *self)
{
  int pain_after = (int) gtk_range_get_value (GTK_RANGE (self->pain_scale));

  /* One record per routine: a second click must not log the session twice */
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
  gtk_button_set_label (self->save_button, _("Saved"));

  g_signal_emit (self, signals[FINISHED], 0, pain_after);
}

static void
state_notified_cb (MyoRoutinePanel *self)
{
  if (on_step_page (self) && myo_routine_get_state (self->routine) == MYO_ROUTINE_FINISHED)
    {
      show_page (self, "finished");
      gtk_widget_grab_focus (GTK_WIDGET (self->pain_scale));
      return;
    }

  update_all (self);
  if (on_step_page (self))
    focus_primary (self, FALSE);
}

static void
step_index_notified_cb (MyoRoutinePanel *self)
{
  update_step (self);
  update_all (self);
  if (on_step_page (self))
    focus_primary (self, FALSE);
}

static void
repetition_notified_cb (MyoRoutinePanel *self)
{
  update_countdown (self);
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
  if (!step_is_timed (myo_routine_get_current_step (self->routine)))
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
  g_signal_emit (self, signals[ANSWERED], 0, trp, side, answer);

  if (answer == MYO_ANSWER_NO)
    myo_routine_reject_current (self->routine);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_ROUTINE_PANEL);
  self->described = NULL;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->announce_source, g_source_remove);
  set_routine (self, NULL);
  self->current_step = NULL;
  g_clear_object (&self->kb);
  g_clear_object (&self->sound);
  g_clear_pointer (&self->flag_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (myo_routine_panel_parent_class)->dispose (object);
}

static void
myo_routine_panel_finalize (GObject *object)
{
  MyoRoutinePanel *self = (MyoRoutinePanel *) object;

  g_clear_pointer (&self->announcement, g_free);
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

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
   * MyoRoutinePanel::step-changed:
   * @step: (nullable): the `MyoRoutineStep` now on screen, or %NULL
   *
   * The same as a change of #MyoRoutinePanel:current-step, with the step
   * at hand, so the map can show where to press.
   */
  signals[STEP_CHANGED] =
    g_signal_new ("step-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  /**
   * MyoRoutinePanel::answered:
   * @trp: the `MyoTriggerPoint` that was pressed
   * @side: the `MyoSide` it was pressed on
   * @answer: the `MyoAnswer` to "Is this my pain?"
   *
   * Emitted before the routine moves on (and, for a "no", drops the point),
   * so the answer can be kept with the session and the next candidate added.
   */
  signals[ANSWERED] =
    g_signal_new ("answered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_POINTER, G_TYPE_INT, G_TYPE_INT);

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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-routine-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, flags_list);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, continue_button);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, continue_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, reasons_list);
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
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, pain_scale);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutinePanel, save_button);
  gtk_widget_class_bind_template_callback (widget_class, continue_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, countdown_announce_cb);
  gtk_widget_class_bind_template_callback (widget_class, pain_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_install_action (widget_class, "routine.toggle", NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, "routine.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "routine.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "routine.answer", "s", answer_action);
  gtk_widget_class_install_action (widget_class, "routine.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "routine.close", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "routine.toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "routine.toggle", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "routinepanel");
}

static void
myo_routine_panel_init (MyoRoutinePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->flag_checks = g_ptr_array_new ();
  self->sound = myo_sound_new ();
  self->pending = g_string_new (NULL);
  self->sound_enabled = TRUE;
  gtk_range_set_value (GTK_RANGE (self->pain_scale), DEFAULT_PAIN);
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

  rebuild_flags (self);
  flag_toggled_cb (self);
  clear_list (self->reasons_list);
  gtk_label_set_label (self->disclaimer_label, myo_kb_get_disclaimer (kb));

  gtk_range_set_value (GTK_RANGE (self->pain_scale), DEFAULT_PAIN);
  gtk_button_set_label (self->save_button, _("Save"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);

  show_page (self, "red-flags");

  /* Someone who started the routine from the keyboard lands on the first
   * question, not somewhere behind the panel */
  if (self->flag_checks->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->flag_checks, 0));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->continue_button));
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

const char *
_myo_routine_panel_get_page (MyoRoutinePanel *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

guint
_myo_routine_panel_get_n_flags (MyoRoutinePanel *self)
{
  return self->flag_checks->len;
}

void
_myo_routine_panel_set_flag (MyoRoutinePanel *self,
                             guint            index,
                             gboolean         active)
{
  g_return_if_fail (index < self->flag_checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->flag_checks, index), active);
}

void
_myo_routine_panel_continue (MyoRoutinePanel *self)
{
  click (self->continue_button);
}

const char *
_myo_routine_panel_get_continue_label (MyoRoutinePanel *self)
{
  return gtk_label_get_label (self->continue_label);
}

guint
_myo_routine_panel_get_n_reasons (MyoRoutinePanel *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->reasons_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
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

void
_myo_routine_panel_set_pain_after (MyoRoutinePanel *self,
                                   int              pain_after)
{
  gtk_range_set_value (GTK_RANGE (self->pain_scale), pain_after);
}

void
_myo_routine_panel_save (MyoRoutinePanel *self)
{
  click (self->save_button);
}

const char *
_myo_routine_panel_get_announcement (MyoRoutinePanel *self)
{
  apply_announcement (self);
  return self->announcement;
}

guint
_myo_routine_panel_get_n_announcements (MyoRoutinePanel *self)
{
  apply_announcement (self);
  return self->n_announcements;
}

guint
_myo_routine_panel_get_n_cues (MyoRoutinePanel *self)
{
  return myo_sound_get_n_played (self->sound);
}
