/* myo-routine-panel-private.h: the routine panel's instance, shared by its
 * files, and hooks for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "myo-countdown.h"
#include "myo-illustration.h"
#include "myo-routine-hero.h"
#include "myo-sound.h"
#include "myo-red-flag-gate.h"
#include "myo-routine-panel.h"

G_BEGIN_DECLS

struct _MyoRoutinePanel
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  MyoRedFlagGate       *gate;
  GtkScrolledWindow    *step_scroller;
  GtkLabel             *step_label;
  GtkLabel             *title_label;
  GtkLabel             *side_label;
  MyoIllustration      *step_illustration;
  GtkLabel             *next_label;
  AdwStatusPage        *finished_page;
  GtkLabel             *summary_label;
  GtkWidget            *pain_first_button;
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
  GtkButton            *save_button;

  /* Owned */
  MyoKb                *kb;
  MyoRoutine           *routine;
  MyoSound             *sound;
  char                 *announcement;
  GString              *pending;
  guint                 announce_source;
  guint                 n_announcements;
  guint                 tick_source;
  char                 *last_note;

  /* Weak: the large countdown in the window's main area */
  MyoRoutineHero       *hero;

  /* Borrowed */
  const MyoRoutineStep *current_step;
  GtkWidget            *described;  /* the button carrying the announcement */

  /* TRUE from passing the red-flag gate until the panel is closed */
  gboolean              active;
  gboolean              running;
  gboolean              sound_enabled;
  gboolean              hero_shown;
  gboolean              saved;        /* one record per routine */
  int                   pain_before;  /* -1: not known */
  int                   pain_after;   /* -1: not chosen yet */
};

/* The step page (myo-routine-panel-step.c) */
gboolean      _myo_routine_panel_on_step_page       (MyoRoutinePanel *self);
gboolean      _myo_routine_panel_is_locate_step     (MyoRoutinePanel *self);
GtkWidget    *_myo_routine_panel_get_primary        (MyoRoutinePanel *self);
void          _myo_routine_panel_apply_announcement (MyoRoutinePanel *self);
void          _myo_routine_panel_announce           (MyoRoutinePanel *self,
                                                     const char      *text);
void          _myo_routine_panel_countdown_announce_cb (MyoRoutinePanel *self,
                                                        const char      *text,
                                                        MyoCountdown    *countdown);
void          _myo_routine_panel_update_countdown   (MyoRoutinePanel *self);
void          _myo_routine_panel_update_toggle      (MyoRoutinePanel *self);
void          _myo_routine_panel_update_step        (MyoRoutinePanel *self);
void          _myo_routine_panel_focus_primary      (MyoRoutinePanel *self,
                                                     gboolean         force);

/* For the tests */

const char   *_myo_routine_panel_get_page           (MyoRoutinePanel *self);
MyoRedFlagGate *_myo_routine_panel_get_gate         (MyoRoutinePanel *self);
guint         _myo_routine_panel_get_n_flags        (MyoRoutinePanel *self);
void          _myo_routine_panel_set_flag           (MyoRoutinePanel *self,
                                                     guint            index,
                                                     gboolean         active);
void          _myo_routine_panel_continue           (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_continue_label (MyoRoutinePanel *self);
guint         _myo_routine_panel_get_n_reasons      (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_step_label     (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_toggle_label   (MyoRoutinePanel *self);
MyoCountdown *_myo_routine_panel_get_countdown      (MyoRoutinePanel *self);
void          _myo_routine_panel_tick               (MyoRoutinePanel *self);
void          _myo_routine_panel_set_pain_after     (MyoRoutinePanel *self,
                                                     int              pain_after);
void          _myo_routine_panel_save               (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_announcement   (MyoRoutinePanel *self);
guint         _myo_routine_panel_get_n_announcements (MyoRoutinePanel *self);
guint         _myo_routine_panel_get_n_cues         (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_next           (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_last_note      (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_summary        (MyoRoutinePanel *self);
const char   *_myo_routine_panel_get_urgency_title  (MyoRoutinePanel *self);
MyoUrgency    _myo_routine_panel_get_urgency        (MyoRoutinePanel *self);
gboolean      _myo_routine_panel_get_can_save       (MyoRoutinePanel *self);
char        **_myo_routine_panel_dup_pictures       (MyoRoutinePanel *self);

G_END_DECLS
