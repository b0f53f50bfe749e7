/* fuzz-kb.c: the knowledge-base loader and validator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-fuzz.h"
#include "myo-report.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_new_from_data ((const char *) data, size, "fuzz.json", &error);
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(MyoRoutine) routine = NULL;
  g_autofree char *report = NULL;
  GPtrArray *views, *trps;

  /* A knowledge base or a message saying what is wrong, never both */
  g_assert ((kb == NULL) != (error == NULL));
  if (kb == NULL)
    {
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  /* What the app does with a knowledge base it accepted: pain marked all
   * over every view, matched, and the routine for it */
  session = myo_session_new (kb);
  views = myo_kb_get_views (kb);
  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);

      for (guint step = 0; step <= 8; step++)
        myo_session_add_point (session, view->id, view->width * step / 8, view->height * (8 - step) / 8,
                               1 + step, MYO_QUALITY_ACHING, NULL);
    }
  match = myo_match_new (session);
  routine = myo_routine_new_for_match (match);
  report = myo_report_to_text (match, routine);
  g_assert_nonnull (report);

  trps = myo_kb_get_trigger_points (kb);
  for (guint i = 0; i < trps->len; i++)
    {
      g_autofree char *label = myo_trigger_point_dup_label (g_ptr_array_index (trps, i));

      g_assert_nonnull (label);
    }

  return 0;
}
