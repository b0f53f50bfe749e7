/* myo-window-routine.c: the window while a routine runs: starting one,
 * the routine panel (built when the first routine starts) and its answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-treat-dialog.h"
#include "myo-window-private.h"

/* While a timed step runs the hero covers the map and the side panel
 * steps aside, so the countdown can be read from across the room; the
 * panel decides when (MyoRoutinePanel:hero-shown). */
static void
hero_shown_cb (MyoWindow       *self,
               GParamSpec      *pspec,
               MyoRoutinePanel *panel)
{
  gboolean shown;

  g_object_get (panel, "hero-shown", &shown, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->routine_hero), shown);
  adw_flap_set_reveal_flap (self->flap, !shown && !self->presentation);
}

static gboolean
routine_shown (MyoWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->panel_stack), "routine") == 0;
}

static int
pain_before (MyoSession *session)
{
  /* The strongest point or painted area */
  int before = session != NULL ? myo_session_get_worst_marked (session) : 0;

  return before > 0 ? before : -1;
}

/* During a routine the map only shows where to press: a click adds
 * nothing, and Space or Enter on it go to the countdown */
static void
panel_page_cb (MyoWindow  *self,
               GParamSpec *pspec,
               GtkStack   *stack)
{
  gboolean routine = routine_shown (self);

  myo_body_map_set_read_only (self->map, routine);
  if (routine)
    myo_routine_panel_set_pain_before (self->routine_panel, pain_before (self->session));
}

static gboolean
countdown_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  MyoWindow *self = MYO_WINDOW (widget);

  if (!routine_shown (self) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "map") != 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self->routine_panel), "routine.toggle", NULL);
}

static void
routine_running_cb (MyoWindow       *self,
                    GParamSpec      *pspec,
                    MyoRoutinePanel *panel)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  gboolean running = myo_routine_panel_get_running (panel);

  /* The screen must not blank in the middle of a hold */
  if (running && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A self-care routine is running"));
  else if (!running && self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static void
routine_step_changed_cb (MyoWindow       *self,
                         GParamSpec      *pspec,
                         MyoRoutinePanel *panel)
{
  const MyoRoutineStep *step = myo_routine_panel_get_current_step (panel);

  /* Show where to press while locating and releasing */
  if (step != NULL && step->step->kind != MYO_STEP_STRETCH)
    myo_body_map_set_highlight (self->map, g_ptr_array_index (step->trigger_points, 0), step->side);
  else
    myo_body_map_set_highlight (self->map, NULL, MYO_SIDE_LEFT);
}

static void
routine_answered_cb (MyoWindow       *self,
                     const char      *trp_id,
                     MyoSide          side,
                     MyoAnswer        answer,
                     MyoRoutinePanel *panel)
{
  MyoRoutine *routine = myo_routine_panel_get_routine (panel);
  const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (myo_session_get_kb (self->session), trp_id);
  GPtrArray *combination;
  guint n_treated = 0;

  g_return_if_fail (trp != NULL);

  /* Keeping the answer re-ranks the candidates (session "changed") */
  myo_session_set_answer (self->session, trp, side, answer);

  if (answer != MYO_ANSWER_NO)
    return;

  /* Go on with whatever now explains the pain, within the per-session cap */
  combination = myo_match_get_combination (self->match);
  for (guint i = 0; i < combination->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);

      n_treated += myo_routine_has_trigger_point (routine, candidate->trp, candidate->side);
    }

  for (guint i = 0; i < combination->len && n_treated < MYO_ROUTINE_MAX_TRIGGER_POINTS; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);
      MyoSelection selection = { candidate->trp, candidate->side };

      if (!myo_routine_has_trigger_point (routine, candidate->trp, candidate->side))
        {
          myo_routine_append (routine, &selection, 1);
          n_treated++;
        }
    }
}

static void
routine_closed_cb (MyoWindow       *self,
                   MyoRoutinePanel *panel)
{
  _myo_window_show_candidates (self);
}

static void
routine_finished_cb (MyoWindow       *self,
                     int              pain_after,
                     MyoRoutinePanel *panel)
{
  MyoRoutine *routine = myo_routine_panel_get_routine (panel);
  g_autoptr(GStrvBuilder) done = g_strv_builder_new ();
  g_auto(GStrv) routines_done = NULL;

  myo_session_set_pain_after (self->session, pain_after);
  self->dirty = TRUE;
  _myo_window_autosave (self);
  _myo_window_update_title (self);
  _myo_window_show_candidates (self);

  /* A finished routine is what the pain log is for: keep it */
  for (guint i = 0; i < myo_routine_get_n_steps (routine); i++)
    {
      const MyoRoutineStep *step = myo_routine_get_step (routine, i);
      const MyoTriggerPoint *trp = g_ptr_array_index (step->trigger_points, 0);
      g_autofree char *key = g_strdup_printf ("%s:%s", trp->id, myo_side_to_string (step->side));

      if (step->step->kind == MYO_STEP_RELEASE && !step->other_leg)
        g_strv_builder_add (done, key);
    }
  routines_done = g_strv_builder_end (done);
  _myo_window_record (self, NULL, (const char * const *) routines_done);
}

static void
red_flags_answered_cb (MyoWindow          *self,
                       const char * const *yes,
                       MyoRoutinePanel    *panel)
{
  GPtrArray *flags = myo_kb_get_red_flags (self->kb);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (guint i = 0; i < flags->len; i++)
    {
      const char *id = ((MyoRedFlag *) g_ptr_array_index (flags, i))->id;

      myo_session_set_red_flag (self->session, id,
                                g_strv_contains (yes, id) ? MYO_ANSWER_YES : MYO_ANSWER_NO, now);
    }
}

void
_myo_window_begin_routine (MyoWindow  *self,
                           MyoRoutine *routine)
{
  if (myo_routine_get_n_steps (routine) == 0)
    return;

  /* GET only: a change in the preferences reaches a routine under way */
  g_settings_bind (self->settings, "lead-in-seconds", routine, "lead-in", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "hold-seconds", routine, "hold-seconds", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "auto-advance", routine, "auto-advance", G_SETTINGS_BIND_GET);

  _myo_window_get_routine_panel (self);
  gtk_stack_set_visible_child_name (self->panel_stack, "routine");
  myo_routine_panel_begin (self->routine_panel, self->kb, routine);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  _myo_window_update_actions (self);
}

static void
treat_response_cb (MyoTreatDialog *dialog,
                   const char     *response,
                   MyoWindow      *self)
{
  g_autoptr(MyoRoutine) routine = NULL;

  if (!g_str_equal (response, "start"))
    return;

  routine = myo_treat_dialog_dup_routine (dialog);
  _myo_window_begin_routine (self, routine);
}

/**
 * _myo_window_start_routine:
 * @candidate: (nullable): one trigger point, or %NULL for the combination
 */
void
_myo_window_start_routine (MyoWindow          *self,
                           const MyoCandidate *candidate)
{
  g_autoptr(MyoRoutine) routine = NULL;

  if (candidate != NULL)
    {
      MyoSelection selection = { candidate->trp, candidate->side };

      routine = myo_routine_new (&selection, 1);
    }
  else if (myo_match_get_combination (self->match)->len > MYO_ROUTINE_MAX_TRIGGER_POINTS)
    {
      GtkWidget *dialog = myo_treat_dialog_new (GTK_WINDOW (self), myo_match_get_combination (self->match));

      /* More trigger points than one session should treat: the person
       * picks which */
      g_signal_connect_object (dialog, "response", G_CALLBACK (treat_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  else
    routine = myo_routine_new_for_match (self->match);

  _myo_window_begin_routine (self, routine);
}

/**
 * _myo_window_get_routine_panel:
 *
 * The side panel's routine page, built when a routine first starts, so
 * the first frame does not pay for it.
 */
MyoRoutinePanel *
_myo_window_get_routine_panel (MyoWindow *self)
{
  if (self->routine_panel != NULL)
    return self->routine_panel;

  self->routine_panel = myo_routine_panel_new ();
  g_signal_connect_object (self->routine_panel, "notify::running", G_CALLBACK (routine_running_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_panel, "notify::current-step", G_CALLBACK (routine_step_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_panel, "closed", G_CALLBACK (routine_closed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_panel, "answered", G_CALLBACK (routine_answered_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_panel, "finished", G_CALLBACK (routine_finished_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_panel, "red-flags-answered", G_CALLBACK (red_flags_answered_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_panel, "notify::hero-shown",
                           G_CALLBACK (hero_shown_cb), self, G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "sound", self->routine_panel, "sound", G_SETTINGS_BIND_GET);

  self->routine_hero = MYO_ROUTINE_HERO (myo_routine_hero_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->routine_hero), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->routine_hero), "view");
  gtk_overlay_add_overlay (self->map_overlay, GTK_WIDGET (self->routine_hero));
  g_object_bind_property (self->map, "session",
                          myo_routine_hero_get_map (self->routine_hero), "session",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->routine_hero, "notify::visible", G_CALLBACK (_myo_window_update_results_bar),
                           self, G_CONNECT_SWAPPED);
  myo_routine_panel_set_hero (self->routine_panel, GTK_WIDGET (self->routine_hero));
  adw_bin_set_child (self->routine_bin, GTK_WIDGET (self->routine_panel));

  return self->routine_panel;
}

void
_myo_window_routine_init (MyoWindow *self)
{
  static const guint keys[] = { GDK_KEY_space, GDK_KEY_KP_Space, GDK_KEY_Return, GDK_KEY_KP_Enter };
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  g_signal_connect_object (self->panel_stack, "notify::visible-child-name",
                           G_CALLBACK (panel_page_cb), self, G_CONNECT_SWAPPED);

  /* Keys the focused widget left unhandled reach the window last */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                                                            gtk_callback_action_new (countdown_key_cb,
                                                                                     NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}
