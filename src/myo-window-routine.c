/* myo-window-routine.c: the window while a routine runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

void
_myo_window_routine_init (MyoWindow *self)
{
  static const guint keys[] = { GDK_KEY_space, GDK_KEY_KP_Space, GDK_KEY_Return, GDK_KEY_KP_Enter };
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  myo_routine_panel_set_hero (self->routine_panel, GTK_WIDGET (self->routine_hero));
  g_object_bind_property (self->map, "session",
                          myo_routine_hero_get_map (self->routine_hero), "session",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->routine_panel, "notify::hero-shown",
                           G_CALLBACK (hero_shown_cb), self, G_CONNECT_SWAPPED);
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
