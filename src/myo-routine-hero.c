/* myo-routine-hero.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "myo-body-map.h"
#include "myo-illustration.h"
#include "myo-instruction-row.h"
#include "myo-routine-hero.h"

/* The hero only shows: the routine panel fills it in and hears its buttons
 * (GNOME Clocks' timer is the model: the time as large as the window
 * allows, the phase word under it). */
struct _MyoRoutineHero
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkLabel         *step_label;
  GtkLabel         *title_label;
  GtkLabel         *side_label;
  MyoCountdown     *countdown;
  MyoIllustration  *illustration;
  GtkBox           *instructions_box;
  GtkLabel         *next_label;
  GtkFrame         *map_frame;
  GtkWidget        *toggle_button;
  AdwButtonContent *toggle_content;

  /* Owned by the frame: a small read-only copy of the map, the point
   * marked where to press */
  MyoBodyMap       *map;
};

enum {
  TOGGLE,
  SKIP,
  BACK,
  STOP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MyoRoutineHero, myo_routine_hero, GTK_TYPE_WIDGET)

static void
toggle_clicked_cb (MyoRoutineHero *self)
{
  g_signal_emit (self, signals[TOGGLE], 0);
}

static void
skip_clicked_cb (MyoRoutineHero *self)
{
  g_signal_emit (self, signals[SKIP], 0);
}

static void
back_clicked_cb (MyoRoutineHero *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
stop_clicked_cb (MyoRoutineHero *self)
{
  g_signal_emit (self, signals[STOP], 0);
}

static void
myo_routine_hero_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), MYO_TYPE_ROUTINE_HERO);
  /* The template's outer box has no id: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (myo_routine_hero_parent_class)->dispose (object);
}

static void
myo_routine_hero_class_init (MyoRoutineHeroClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_routine_hero_dispose;

  /**
   * MyoRoutineHero::toggle:
   *
   * Start, pause or resume, as Space does.
   */
  signals[TOGGLE] = g_signal_new ("toggle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SKIP] = g_signal_new ("skip", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[STOP] = g_signal_new ("stop", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (MYO_TYPE_COUNTDOWN);
  g_type_ensure (MYO_TYPE_ILLUSTRATION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-routine-hero.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, step_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, title_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, side_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, countdown);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, illustration);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, instructions_box);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, next_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, map_frame);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, toggle_button);
  gtk_widget_class_bind_template_child (widget_class, MyoRoutineHero, toggle_content);
  gtk_widget_class_bind_template_callback (widget_class, toggle_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "routinehero");
}

static void
myo_routine_hero_init (MyoRoutineHero *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->map = MYO_BODY_MAP (myo_body_map_new (NULL));
  myo_body_map_set_read_only (self->map, TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self->map), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self->map), FALSE);
  gtk_widget_set_size_request (GTK_WIDGET (self->map), 120, 200);
  gtk_frame_set_child (self->map_frame, GTK_WIDGET (self->map));
}

GtkWidget *
myo_routine_hero_new (void)
{
  return g_object_new (MYO_TYPE_ROUTINE_HERO, NULL);
}

MyoCountdown *
myo_routine_hero_get_countdown (MyoRoutineHero *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE_HERO (self), NULL);
  return self->countdown;
}

/**
 * myo_routine_hero_set_session:
 * @session: (nullable): whose pain points the small map shows
 */
void
myo_routine_hero_set_session (MyoRoutineHero *self,
                              MyoSession     *session)
{
  g_return_if_fail (MYO_IS_ROUTINE_HERO (self));

  myo_body_map_set_session (self->map, session);
}

/**
 * myo_routine_hero_set_step:
 * @step: the step on screen
 * @position: "Step 2 of 6"
 * @title: the step's title
 * @side: the leg
 * @instructions: what to do
 */
void
myo_routine_hero_set_step (MyoRoutineHero       *self,
                           const MyoRoutineStep *step,
                           const char           *position,
                           const char           *title,
                           const char           *side,
                           const char * const   *instructions)
{
  g_return_if_fail (MYO_IS_ROUTINE_HERO (self));
  g_return_if_fail (step != NULL);

  gtk_label_set_label (self->step_label, position);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->side_label, side);
  myo_illustration_set_step (self->illustration, step->step);

  /* Short lines, to be read from across the room */
  myo_instruction_row_fill_box (self->instructions_box, instructions, 34);

  /* The small map shows where to press; a stretch has no one point */
  if (step->step->kind != MYO_STEP_STRETCH)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (step->trigger_points, 0);

      myo_body_map_set_view_id (self->map, trp->location_view->id);
      myo_body_map_set_highlight (self->map, trp, step->side);
      gtk_widget_set_visible (GTK_WIDGET (self->map_frame),
                              myo_body_map_get_session (self->map) != NULL);
    }
  else
    {
      myo_body_map_set_highlight (self->map, NULL, MYO_SIDE_LEFT);
      gtk_widget_set_visible (GTK_WIDGET (self->map_frame), FALSE);
    }
}

/**
 * myo_routine_hero_set_next:
 * @next: (nullable): "Next: …", or %NULL to hide it
 */
void
myo_routine_hero_set_next (MyoRoutineHero *self,
                           const char     *next)
{
  g_return_if_fail (MYO_IS_ROUTINE_HERO (self));

  if (next != NULL)
    gtk_label_set_label (self->next_label, next);
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), next != NULL);
}

/**
 * myo_routine_hero_get_next:
 *
 * Returns: (nullable): the "Next: …" shown, or %NULL
 */
const char *
myo_routine_hero_get_next (MyoRoutineHero *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE_HERO (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->next_label)))
    return NULL;

  return gtk_label_get_label (self->next_label);
}

void
myo_routine_hero_set_toggle (MyoRoutineHero *self,
                             const char     *label,
                             const char     *icon_name)
{
  g_return_if_fail (MYO_IS_ROUTINE_HERO (self));

  adw_button_content_set_label (self->toggle_content, label);
  adw_button_content_set_icon_name (self->toggle_content, icon_name);
}

/**
 * myo_routine_hero_get_primary:
 *
 * Returns: (transfer none): the start and pause button, where the focus
 *   (and what a screen reader is told) goes while the hero is shown
 */
GtkWidget *
myo_routine_hero_get_primary (MyoRoutineHero *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE_HERO (self), NULL);
  return self->toggle_button;
}

/**
 * myo_routine_hero_get_map:
 *
 * Returns: (transfer none): the small map
 */
GtkWidget *
myo_routine_hero_get_map (MyoRoutineHero *self)
{
  g_return_val_if_fail (MYO_IS_ROUTINE_HERO (self), NULL);
  return GTK_WIDGET (self->map);
}
