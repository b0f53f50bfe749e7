/* myo-routine-plan.c: the steps a routine is made of, built from the
 * chosen trigger points, and how each step is named and described
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "myo-routine.h"
#include "myo-routine-private.h"

void
_myo_routine_step_free (MyoRoutineStep *step)
{
  g_clear_pointer (&step->trigger_points, g_ptr_array_unref);
  g_free (step);
}

static MyoRoutineStep *
add_step (GPtrArray             *steps,
          const MyoStep         *step,
          const MyoTriggerPoint *trp,
          MyoSide                side,
          gboolean               other_leg)
{
  MyoRoutineStep *instance = g_new0 (MyoRoutineStep, 1);

  instance->step = step;
  instance->side = side;
  instance->other_leg = other_leg;
  instance->trigger_points = g_ptr_array_new ();
  g_ptr_array_add (instance->trigger_points, (gpointer) trp);
  g_ptr_array_add (steps, instance);

  return instance;
}

static MyoRoutineStep *
find_step (GPtrArray     *steps,
           guint          from,
           const MyoStep *step,
           MyoSide        side)
{
  for (guint i = from; i < steps->len; i++)
    {
      MyoRoutineStep *instance = g_ptr_array_index (steps, i);

      if (instance->step == step && instance->side == side)
        return instance;
    }

  return NULL;
}

static gboolean
selection_has (const MyoSelection *selection,
               guint               n_selection,
               const MyoMuscle    *muscle,
               MyoSide             side)
{
  for (guint i = 0; i < n_selection; i++)
    if (selection[i].trp->muscle == muscle && selection[i].side == side)
      return TRUE;

  return FALSE;
}

/* One block per muscle and leg, in the order the muscles were chosen: every
 * point is located and released, then each stretch is done once for the
 * muscle, then the per-side steps are repeated on the other leg unless that
 * leg has a block of its own (the reference article stretches both legs). */
static void
build_block (GPtrArray          *steps,
             const MyoSelection *selection,
             guint               n_selection,
             const MyoMuscle    *muscle,
             MyoSide             side)
{
  guint block_start = steps->len;
  guint block_end;

  for (guint i = 0; i < n_selection; i++)
    {
      if (selection[i].trp->muscle != muscle || selection[i].side != side)
        continue;

      for (guint s = 0; s < selection[i].trp->routine->steps->len; s++)
        {
          const MyoStep *step = g_ptr_array_index (selection[i].trp->routine->steps, s);

          if (step->kind != MYO_STEP_STRETCH)
            add_step (steps, step, selection[i].trp, side, FALSE);
        }
    }

  for (guint i = 0; i < n_selection; i++)
    {
      if (selection[i].trp->muscle != muscle || selection[i].side != side)
        continue;

      for (guint s = 0; s < selection[i].trp->routine->steps->len; s++)
        {
          const MyoStep *step = g_ptr_array_index (selection[i].trp->routine->steps, s);
          MyoRoutineStep *existing;

          if (step->kind != MYO_STEP_STRETCH)
            continue;

          existing = find_step (steps, block_start, step, side);
          if (existing == NULL)
            add_step (steps, step, selection[i].trp, side, FALSE);
          else if (!g_ptr_array_find (existing->trigger_points, selection[i].trp, NULL))
            g_ptr_array_add (existing->trigger_points, (gpointer) selection[i].trp);
        }
    }

  if (selection_has (selection, n_selection, muscle, myo_side_other (side)))
    return;

  block_end = steps->len;
  for (guint i = block_start; i < block_end; i++)
    {
      MyoRoutineStep *instance = g_ptr_array_index (steps, i);
      MyoRoutineStep *copy;

      if (!instance->step->per_side)
        continue;

      copy = add_step (steps, instance->step, g_ptr_array_index (instance->trigger_points, 0),
                       myo_side_other (side), TRUE);
      for (guint t = 1; t < instance->trigger_points->len; t++)
        g_ptr_array_add (copy->trigger_points, g_ptr_array_index (instance->trigger_points, t));
    }
}

void
_myo_routine_steps_build (GPtrArray          *steps,
              const MyoSelection *selection,
              guint               n_selection)
{
  for (guint i = 0; i < n_selection; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = selection[j].trp->muscle == selection[i].trp->muscle &&
               selection[j].side == selection[i].side;

      if (!seen)
        build_block (steps, selection, n_selection, selection[i].trp->muscle, selection[i].side);
    }
}

/* Takes @trp on @side out of the steps from @from on: its locate and
 * release steps go, and a stretch left serving no point goes too */
void
_myo_routine_steps_drop (GPtrArray             *steps,
                         guint                  from,
                         const MyoTriggerPoint *trp,
                         MyoSide                side)
{
  for (guint i = steps->len; i > from; i--)
    {
      MyoRoutineStep *step = g_ptr_array_index (steps, i - 1);
      MyoSide own_side = step->other_leg ? myo_side_other (step->side) : step->side;

      if (own_side != side || !g_ptr_array_find (step->trigger_points, trp, NULL))
        continue;

      g_ptr_array_remove (step->trigger_points, (gpointer) trp);
      if (step->step->kind != MYO_STEP_STRETCH || step->trigger_points->len == 0)
        g_ptr_array_remove_index (steps, i - 1);
    }
}

/**
 * _myo_routine_steps_dup_selection:
 *
 * The trigger points the routine treats, each on each leg once, in the
 * order the routine reaches them; the handout lists these.
 *
 * Returns: (transfer full) (element-type MyoSelection): the selection
 */
GArray *
_myo_routine_steps_dup_selection (GPtrArray *steps)
{
  GArray *selection;

  selection = g_array_new (FALSE, FALSE, sizeof (MyoSelection));
  for (guint i = 0; i < steps->len; i++)
    {
      const MyoRoutineStep *step = g_ptr_array_index (steps, i);

      for (guint t = 0; !step->other_leg && t < step->trigger_points->len; t++)
        {
          MyoSelection item = { g_ptr_array_index (step->trigger_points, t), step->side };
          gboolean known = FALSE;

          for (guint k = 0; k < selection->len && !known; k++)
            known = g_array_index (selection, MyoSelection, k).trp == item.trp &&
                    g_array_index (selection, MyoSelection, k).side == item.side;
          if (!known)
            g_array_append_val (selection, item);
        }
    }

  return selection;
}

/* The head the step is for, when it is one */
static const MyoHead *
step_head (const MyoRoutineStep *step)
{
  const MyoHead *head = ((const MyoTriggerPoint *) g_ptr_array_index (step->trigger_points, 0))->head;

  for (guint i = 1; i < step->trigger_points->len; i++)
    if (((const MyoTriggerPoint *) g_ptr_array_index (step->trigger_points, i))->head != head)
      return NULL;

  return head;
}

/**
 * myo_routine_step_dup_muscle_name:
 *
 * Returns: (transfer full): the muscle the step is for, plain words first
 *   (myo_muscle_dup_display_name()): "Calf muscle (Gastrocnemius), lateral
 *   head", "Small muscle behind the knee (Popliteus)"
 */
char *
myo_routine_step_dup_muscle_name (const MyoRoutineStep *step)
{
  const MyoMuscle *muscle = ((const MyoTriggerPoint *) g_ptr_array_index (step->trigger_points, 0))->muscle;
  const MyoHead *head = step_head (step);
  g_autofree char *name = myo_muscle_dup_display_name (muscle);

  if (head != NULL)
    /* Translators: a muscle and its head: "Calf muscle (Gastrocnemius), lateral head" */
    return g_strdup_printf (_("%s, %s"), name, head->name);

  return g_steal_pointer (&name);
}

/**
 * myo_routine_step_dup_title:
 *
 * Returns: (transfer full): the step's title, naming the muscle first:
 *   "Outer calf (gastrocnemius, lateral head) — Find the point"
 */
char *
myo_routine_step_dup_title (const MyoRoutineStep *step)
{
  g_autofree char *muscle = myo_routine_step_dup_muscle_name (step);

  /* Translators: a step's title: the muscle, then what to do */
  return g_strdup_printf (_("%s — %s"), muscle, step->step->title);
}

/**
 * myo_routine_step_dup_instructions:
 *
 * Returns: (transfer full): the instructions, with where the point lies for
 *   a locate step and the head-specific detail for each head a stretch serves
 */
char **
myo_routine_step_dup_instructions (const MyoRoutineStep *step)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (step->step->kind == MYO_STEP_LOCATE)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (step->trigger_points, 0);

      g_strv_builder_add (builder, trp->location_text);
    }

  g_strv_builder_addv (builder, (const char **) step->step->instructions);

  for (guint i = 0; i < step->trigger_points->len; i++)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (step->trigger_points, i);
      const char *variant;
      gboolean repeated = FALSE;

      if (trp->head == NULL)
        continue;

      for (guint j = 0; j < i && !repeated; j++)
        repeated = ((const MyoTriggerPoint *) g_ptr_array_index (step->trigger_points, j))->head == trp->head;

      variant = g_hash_table_lookup (step->step->variants, trp->head->id);
      if (variant != NULL && !repeated)
        g_strv_builder_add (builder, variant);
    }

  return g_strv_builder_end (builder);
}

/**
 * myo_routine_step_is_timed:
 * @step: (nullable): a step of a routine
 *
 * Returns: whether the step has a hold to count down; finding a point has
 *   none, it is answered instead
 */
gboolean
myo_routine_step_is_timed (const MyoRoutineStep *step)
{
  return step != NULL && step->step->hold_seconds > 0;
}
