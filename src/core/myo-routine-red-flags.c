/* myo-routine-red-flags.c: what the answers to the red-flag questions
 * decide: whether the routine may start, and how soon care is needed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-routine.h"

/**
 * myo_routine_most_urgent:
 * @flags: (array length=n_flags): the red flags answered "yes"
 * @urgency: (out): how soon the most urgent of them needs care
 *
 * Returns: %FALSE when no flag was answered "yes"
 */
gboolean
myo_routine_most_urgent (const MyoRedFlag * const *flags,
                         guint                    n_flags,
                         MyoUrgency              *urgency)
{
  gboolean any = FALSE;

  g_return_val_if_fail (urgency != NULL, FALSE);

  *urgency = MYO_URGENCY_ASK_BEFORE_PRESSING;
  for (guint i = 0; i < n_flags; i++)
    {
      if (!any || flags[i]->urgency > *urgency)
        *urgency = flags[i]->urgency;
      any = TRUE;
    }

  return any;
}

/**
 * myo_routine_may_start:
 * @flags: (array length=n_flags): the red flags answered "yes"
 *
 * Any "yes" keeps the routine from starting, whatever its urgency: even
 * "ask before pressing" means asking first.
 *
 * Returns: whether the routine may start
 */
gboolean
myo_routine_may_start (const MyoRedFlag * const *flags,
                       guint                    n_flags)
{
  MyoUrgency urgency;

  return !myo_routine_most_urgent (flags, n_flags, &urgency);
}

static int
compare_urgency (gconstpointer a,
                 gconstpointer b)
{
  const MyoRedFlag *flag_a = *(const MyoRedFlag * const *) a;
  const MyoRedFlag *flag_b = *(const MyoRedFlag * const *) b;

  return (int) flag_b->urgency - (int) flag_a->urgency;
}

/**
 * myo_routine_sort_red_flags:
 * @flags: (element-type MyoRedFlag): the red flags answered "yes"
 *
 * Puts the most urgent first; flags of the same urgency keep their order.
 */
void
myo_routine_sort_red_flags (GPtrArray *flags)
{
  g_return_if_fail (flags != NULL);

  g_ptr_array_sort (flags, compare_urgency);
}
