/* myo-sound.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#if HAVE_CANBERRA
#include <canberra.h>
#endif

#include "myo-sound.h"

/* The end of a hold is heard through the desktop's sound theme, so it
 * follows the person's volume and "alert sound" settings. libcanberra is
 * used without its GTK 3 helper, which cannot be linked with GTK 4. Where
 * there is no sound system, or Myomap was built without libcanberra, the
 * window's bell is rung instead, which the compositor or X server may play
 * or ignore: the countdown's flash always marks the end. */
struct _MyoSound
{
  GObject     parent_instance;

#if HAVE_CANBERRA
  /* Owned */
  ca_context *context;
#endif

  guint       n_played;
  gboolean    unavailable;  /* the sound system refused once: stop asking */
};

G_DEFINE_FINAL_TYPE (MyoSound, myo_sound, G_TYPE_OBJECT)

#if HAVE_CANBERRA
static gboolean
play_event (MyoSound *self)
{
  /* Themes without "complete" fall back to their bell */
  static const char * const event_ids[] = { "complete", "bell", NULL };

  if (self->context == NULL)
    {
      if (ca_context_create (&self->context) != CA_SUCCESS)
        return FALSE;

      ca_context_change_props (self->context,
                               CA_PROP_APPLICATION_NAME, _("Myomap"),
                               CA_PROP_APPLICATION_ID, APP_ID,
                               CA_PROP_APPLICATION_ICON_NAME, APP_ID,
                               NULL);
      if (ca_context_open (self->context) != CA_SUCCESS)
        return FALSE;
    }

  for (guint i = 0; event_ids[i] != NULL; i++)
    if (ca_context_play (self->context, 0,
                         CA_PROP_EVENT_ID, event_ids[i],
                         CA_PROP_EVENT_DESCRIPTION, _("The hold is over"),
                         CA_PROP_MEDIA_ROLE, "event",
                         NULL) == CA_SUCCESS)
      return TRUE;

  return FALSE;
}
#endif

static void
myo_sound_finalize (GObject *object)
{
#if HAVE_CANBERRA
  MyoSound *self = (MyoSound *) object;

  g_clear_pointer (&self->context, ca_context_destroy);
#endif

  G_OBJECT_CLASS (myo_sound_parent_class)->finalize (object);
}

static void
myo_sound_class_init (MyoSoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = myo_sound_finalize;
}

static void
myo_sound_init (MyoSound *self)
{
}

MyoSound *
myo_sound_new (void)
{
  return g_object_new (MYO_TYPE_SOUND, NULL);
}

/**
 * myo_sound_play_hold_finished:
 * @widget: the widget whose window rings the bell when no sound theme can
 *
 * Plays the "complete" event sound, without blocking.
 *
 * Returns: %TRUE if the sound system took the sound, %FALSE if only the
 *   bell was rung
 */
gboolean
myo_sound_play_hold_finished (MyoSound  *self,
                              GtkWidget *widget)
{
  gboolean played = FALSE;

  g_return_val_if_fail (MYO_IS_SOUND (self), FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  self->n_played++;

#if HAVE_CANBERRA
  if (!self->unavailable)
    {
      played = play_event (self);
      self->unavailable = !played;
    }
#endif

  if (!played)
    gtk_widget_error_bell (widget);

  return played;
}

/**
 * myo_sound_get_n_played:
 *
 * Returns: how many cues were asked for, sound or bell
 */
guint
myo_sound_get_n_played (MyoSound *self)
{
  g_return_val_if_fail (MYO_IS_SOUND (self), 0);
  return self->n_played;
}
