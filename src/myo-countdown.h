/* myo-countdown.h: a ring that empties as a hold runs, with big digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  MYO_COUNTDOWN_PHASE_IDLE,     /* nothing runs: the full hold is shown */
  MYO_COUNTDOWN_PHASE_LEAD_IN,  /* "get ready", in the accent colour */
  MYO_COUNTDOWN_PHASE_HOLD,     /* the hold itself, in green */
  MYO_COUNTDOWN_PHASE_PAUSED,   /* dimmed */
  MYO_COUNTDOWN_PHASE_DONE,
} MyoCountdownPhase;

#define MYO_TYPE_COUNTDOWN_PHASE (myo_countdown_phase_get_type ())
#define MYO_TYPE_COUNTDOWN       (myo_countdown_get_type ())

GType myo_countdown_phase_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (MyoCountdown, myo_countdown, MYO, COUNTDOWN, GtkWidget)

GtkWidget         *myo_countdown_new              (void);
gint64             myo_countdown_get_remaining_ms (MyoCountdown      *self);
void               myo_countdown_set_remaining_ms (MyoCountdown      *self,
                                                   gint64             remaining_ms);
gint64             myo_countdown_get_total_ms     (MyoCountdown      *self);
void               myo_countdown_set_total_ms     (MyoCountdown      *self,
                                                   gint64             total_ms);
const char        *myo_countdown_get_caption      (MyoCountdown      *self);
void               myo_countdown_set_caption      (MyoCountdown      *self,
                                                   const char        *caption);
MyoCountdownPhase  myo_countdown_get_phase        (MyoCountdown      *self);
void               myo_countdown_set_phase        (MyoCountdown      *self,
                                                   MyoCountdownPhase  phase);
void               myo_countdown_update           (MyoCountdown      *self,
                                                   MyoCountdownPhase  phase,
                                                   const char        *caption,
                                                   gint64             remaining_ms,
                                                   gint64             total_ms);
void               myo_countdown_flash            (MyoCountdown      *self);
gboolean           myo_countdown_get_large        (MyoCountdown      *self);
void               myo_countdown_set_large        (MyoCountdown      *self,
                                                   gboolean           large);
int                myo_countdown_get_digits_height (MyoCountdown     *self);
const char        *myo_countdown_get_announcement (MyoCountdown      *self);
guint              myo_countdown_get_n_announcements (MyoCountdown   *self);

G_END_DECLS
