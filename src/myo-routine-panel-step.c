/* myo-routine-panel-step.c: the step page of the routine panel: what a
 * step shows, what its main button says, and what a screen reader hears
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-illustration.h"
#include "myo-instruction-row.h"
#include "myo-routine-hero.h"
#include "myo-routine-panel.h"
#include "myo-routine-panel-private.h"

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
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

  if (alternative->illustration != NULL)
    {
      GtkWidget *picture = myo_illustration_new ();

      myo_illustration_set_natural_width (MYO_ILLUSTRATION (picture), 200);
      myo_illustration_set_name (MYO_ILLUSTRATION (picture), alternative->illustration);
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, alternative->title,
                                      -1);
      gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (picture, "card");
      gtk_box_append (GTK_BOX (box), picture);
    }

  for (guint i = 0; alternative->instructions != NULL && alternative->instructions[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), myo_instruction_row_new (alternative->instructions[i]));

  if (alternative->hold_seconds > 0)
    {
      g_autofree char *hold = NULL;

      hold = g_strdup_printf (ngettext ("Hold for about %u second.",
                                        "Hold for about %u seconds.",
                                        alternative->hold_seconds),
                              alternative->hold_seconds);
      gtk_box_append (GTK_BOX (box), myo_instruction_row_new (hold));
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);

  return row;
}

GtkWidget *
_myo_routine_panel_get_primary (MyoRoutinePanel *self)
{
  /* The panel steps aside while the hero shows a timed step */
  if (self->hero_shown && self->hero != NULL)
    return myo_routine_hero_get_primary (self->hero);
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
void
_myo_routine_panel_apply_announcement (MyoRoutinePanel *self)
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

  primary = _myo_routine_panel_get_primary (self);
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
  _myo_routine_panel_apply_announcement (self);
}

void
_myo_routine_panel_announce (MyoRoutinePanel *self,
          const char      *text)
{
  if (self->pending->len > 0)
    g_string_append_c (self->pending, ' ');
  g_string_append (self->pending, text);

  if (self->announce_source == 0)
    self->announce_source = g_idle_add_once (announce_idle_cb, self);
}

void
_myo_routine_panel_countdown_announce_cb (MyoRoutinePanel *self,
                       const char      *text,
                       MyoCountdown    *countdown)
{
  /* An idle countdown only repeats the hold the step announced */
  if (_myo_routine_panel_on_step_page (self) && gtk_widget_get_visible (GTK_WIDGET (countdown)) &&
      myo_countdown_get_phase (countdown) != MYO_COUNTDOWN_PHASE_IDLE)
    _myo_routine_panel_announce (self, text);
}

gboolean
_myo_routine_panel_is_locate_step (MyoRoutinePanel *self)
{
  const MyoRoutineStep *step;

  if (self->routine == NULL || (step = myo_routine_get_current_step (self->routine)) == NULL)
    return FALSE;

  return step->step->kind == MYO_STEP_LOCATE && myo_routine_get_state (self->routine) != MYO_ROUTINE_FINISHED;
}

/* "Next: …" in the last seconds of a hold, so the person knows what is
 * coming before "Done" */
static void
update_next (MyoRoutinePanel *self)
{
  const MyoRoutineStep *next = myo_routine_get_next_step (self->routine);
  g_autofree char *text = NULL;

  if (next != NULL && myo_routine_get_announces_next (self->routine))
    {
      g_autofree char *title = myo_routine_step_dup_title (next);

      if (myo_routine_get_next_waits (self->routine))
        /* Translators: shown at the end of a hold; the next step needs the person to move */
        text = g_strdup_printf (_("Next: %s — change position when you are ready"), title);
      else
        /* Translators: shown at the end of a hold, the next step's title */
        text = g_strdup_printf (_("Next: %s"), title);
    }

  if (text != NULL)
    gtk_label_set_label (self->next_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), text != NULL);
  if (self->hero != NULL)
    myo_routine_hero_set_next (self->hero, text);
}

void
_myo_routine_panel_update_countdown (MyoRoutinePanel *self)
{
  const MyoRoutineStep *step = myo_routine_get_current_step (self->routine);
  g_autofree char *hold_caption = NULL;
  MyoCountdownPhase phase;
  const char *caption;
  gint64 hold_ms;
  gint64 remaining;
  gint64 total;

  if (!myo_routine_step_is_timed (step))
    return;

  hold_ms = (gint64) myo_routine_get_step_hold (self->routine, step) * 1000;
  remaining = myo_routine_get_remaining_ms (self->routine);
  total = myo_routine_get_phase_ms (self->routine);

  switch (myo_routine_get_state (self->routine))
    {
    case MYO_ROUTINE_IDLE:
      /* Nothing starts until the person is in position */
      phase = MYO_COUNTDOWN_PHASE_IDLE;
      caption = _("Ready when you are");
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
  if (self->hero != NULL)
    myo_countdown_update (myo_routine_hero_get_countdown (self->hero), phase, caption, remaining, total);

  update_next (self);
}

void
_myo_routine_panel_update_toggle (MyoRoutinePanel *self)
{
  gboolean timed = myo_routine_step_is_timed (myo_routine_get_current_step (self->routine));
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
  if (self->hero != NULL)
    myo_routine_hero_set_toggle (self->hero, label, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->toggle_button), timed);
  /* A locate step is answered ("Is this my pain?") rather than just passed */
  gtk_widget_set_visible (GTK_WIDGET (self->found_button), !timed && !_myo_routine_panel_is_locate_step (self));
  /* On an untimed step "found it" already moves on; a second button doing
   * the same would only crowd a narrow window */
  gtk_widget_set_visible (GTK_WIDGET (self->skip_button), timed);
  /* The main button may have changed: the description moves with it */
  if (self->pending->len == 0)
    _myo_routine_panel_apply_announcement (self);
}

/* Space reaches the panel's shortcut only through the focus chain, so the
 * focus must stay inside the step page, on the main button. */
void
_myo_routine_panel_focus_primary (MyoRoutinePanel *self,
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

  primary = _myo_routine_panel_get_primary (self);
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
  _myo_routine_panel_announce (self, g_strstrip (text));
}

void
_myo_routine_panel_update_step (MyoRoutinePanel *self)
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

  instructions = myo_routine_step_dup_instructions (step);
  myo_instruction_row_fill_box (self->instructions_box, (const char * const *) instructions, -1);

  clear_list (self->alternatives_list);
  for (guint i = 0; step->step->alternatives != NULL && i < step->step->alternatives->len; i++)
    gtk_list_box_append (self->alternatives_list,
                         create_alternative_row (g_ptr_array_index (step->step->alternatives, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->alternatives_list),
                          step->step->alternatives != NULL && step->step->alternatives->len > 0);

  myo_illustration_set_step (self->step_illustration, step->step);

  gtk_widget_set_visible (GTK_WIDGET (self->countdown), myo_routine_step_is_timed (step));
  gtk_widget_set_visible (self->answer_box, step->step->kind == MYO_STEP_LOCATE);

  if (self->hero != NULL)
    myo_routine_hero_set_step (self->hero, step, position, title, side,
                               (const char * const *) instructions);

  announce_step (self, step, position, title, side);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->step_scroller), 0);
}

static void
collect_pictures (GtkWidget    *widget,
                  GStrvBuilder *builder)
{
  if (MYO_IS_ILLUSTRATION (widget) && myo_illustration_get_name (MYO_ILLUSTRATION (widget)) != NULL)
    g_strv_builder_add (builder, myo_illustration_get_name (MYO_ILLUSTRATION (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_pictures (child, builder);
}

/* The pictures on the step page: the step's, then its alternatives' */
char **
_myo_routine_panel_dup_pictures (MyoRoutinePanel *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  collect_pictures (GTK_WIDGET (self->step_illustration), builder);
  collect_pictures (GTK_WIDGET (self->alternatives_list), builder);

  return g_strv_builder_end (builder);
}
