/* myo-routine-hero.h: a timed step shown large, to follow from across the room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-countdown.h"
#include "myo-routine.h"
#include "myo-session.h"

G_BEGIN_DECLS

#define MYO_TYPE_ROUTINE_HERO (myo_routine_hero_get_type ())

G_DECLARE_FINAL_TYPE (MyoRoutineHero, myo_routine_hero, MYO, ROUTINE_HERO, GtkWidget)

GtkWidget    *myo_routine_hero_new           (void);
MyoCountdown *myo_routine_hero_get_countdown (MyoRoutineHero       *self);
void          myo_routine_hero_set_session   (MyoRoutineHero       *self,
                                              MyoSession           *session);
void          myo_routine_hero_set_step      (MyoRoutineHero       *self,
                                              const MyoRoutineStep *step,
                                              const char           *position,
                                              const char           *title,
                                              const char           *side,
                                              const char * const   *instructions);
void          myo_routine_hero_set_next      (MyoRoutineHero       *self,
                                              const char           *next);
const char   *myo_routine_hero_get_next      (MyoRoutineHero       *self);
void          myo_routine_hero_set_toggle    (MyoRoutineHero       *self,
                                              const char           *label,
                                              const char           *icon_name);
GtkWidget    *myo_routine_hero_get_map       (MyoRoutineHero       *self);
GtkWidget    *myo_routine_hero_get_primary   (MyoRoutineHero       *self);

G_END_DECLS
