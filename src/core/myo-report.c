/* myo-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "myo-report.h"

static void
append_answers (GString  *out,
                MyoMatch *match)
{
  gboolean any = FALSE;

  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);
      g_autofree char *title = NULL;

      if (candidate->answer == MYO_ANSWER_NONE)
        continue;

      if (!any)
        g_string_append_printf (out, "\n%s\n", _("“Is this my pain?” answers:"));
      any = TRUE;

      title = myo_candidate_dup_title (candidate);
      g_string_append_printf (out, "  • %s: %s\n", title, myo_answer_get_label (candidate->answer));
    }
}

/**
 * myo_report_to_text:
 * @routine: (nullable): the routine for the combination
 *
 * Returns: (transfer full): a plain-text report in the current locale
 */
char *
myo_report_to_text (MyoMatch   *match,
                    MyoRoutine *routine)
{
  MyoSession *session = myo_match_get_session (match);
  MyoKb *kb = myo_session_get_kb (session);
  GPtrArray *combination = myo_match_get_combination (match);
  GArray *unexplained = myo_match_get_unexplained (match);
  GPtrArray *warnings = myo_session_get_load_warnings (session);
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n\n", myo_kb_get_disclaimer (kb));

  if (warnings->len > 0)
    {
      g_string_append_printf (out, "%s\n", _("Left out when the session file was read:"));
      for (guint i = 0; i < warnings->len; i++)
        g_string_append_printf (out, "  • %s\n", (const char *) g_ptr_array_index (warnings, i));
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, _("Pain points (%u):\n"), myo_session_get_n_points (session));
  for (guint i = 0; i < myo_session_get_n_points (session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (session, i);
      g_autofree char *label = myo_pain_point_dup_label (point);

      g_string_append_printf (out, "  %u. %s", i + 1, label);
      if (point->quality != MYO_QUALITY_NONE)
        {
          g_autofree char *quality = g_utf8_strdown (myo_quality_get_label (point->quality), -1);

          g_string_append_printf (out, " (%s)", quality);
        }
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "\n%s\n", _("Suggested combination:"));
  {
    g_autofree char *summary = myo_match_dup_summary (match);

    g_string_append_printf (out, "  %s\n", summary);
  }
  for (guint i = 0; i < combination->len; i++)
    {
      g_autofree char *title = myo_candidate_dup_title (g_ptr_array_index (combination, i));

      g_string_append_printf (out, "  • %s\n", title);
    }

  if (combination->len > MYO_ROUTINE_MAX_TRIGGER_POINTS)
    g_string_append_printf (out,
                            _("  Treating many points at once leaves soreness: the routine covers "
                              "the first %u. Treat the others another day.\n"),
                            MYO_ROUTINE_MAX_TRIGGER_POINTS);

  append_answers (out, match);

  g_string_append_printf (out, "\n%s\n", _("Ranked candidates:"));
  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);
      g_autofree char *title = myo_candidate_dup_title (candidate);
      g_autofree char *reason = myo_candidate_dup_numbered_reason (candidate, session);

      /* Equal scores share a rank, marked “=” */
      if (candidate->n_tied > 1)
        g_string_append_printf (out, _("  %u= %s — score %.1f\n"), candidate->rank, title, candidate->score);
      else
        g_string_append_printf (out, _("  %u. %s — score %.1f\n"), candidate->rank, title, candidate->score);
      g_string_append_printf (out, "     %s\n", reason);
    }

  if (unexplained->len > 0)
    {
      g_string_append_printf (out, "\n%s\n",
                              _("Not explained by any trigger point (see a clinician about these):"));
      for (guint i = 0; i < unexplained->len; i++)
        {
          guint id = g_array_index (unexplained, guint, i);
          g_autofree char *label = myo_match_dup_item_label (match, id);
          gboolean numbered = FALSE;

          for (guint p = 0; p < myo_session_get_n_points (session); p++)
            if (myo_session_get_point (session, p)->id == id)
              {
                g_string_append_printf (out, "  %u. %s\n", p + 1, label);
                numbered = TRUE;
              }

          /* A painted area has no number in the table of points */
          if (!numbered)
            g_string_append_printf (out, "  • %s\n", label);
        }
    }

  if (routine != NULL && myo_routine_get_n_steps (routine) > 0)
    {
      GPtrArray *flags = myo_kb_get_red_flags (kb);

      g_string_append_printf (out, "\n%s\n",
                              _("Before any pressure, stop and see a clinician if any of these is true:"));
      for (guint i = 0; i < flags->len; i++)
        g_string_append_printf (out, "  • %s\n", ((MyoRedFlag *) g_ptr_array_index (flags, i))->question);

      g_string_append_printf (out, "\n%s\n", _("Routine:"));
      for (guint i = 0; i < myo_routine_get_n_steps (routine); i++)
        {
          const MyoRoutineStep *step = myo_routine_get_step (routine, i);
          g_autofree char *title = myo_routine_step_dup_title (step);
          g_auto(GStrv) lines = myo_routine_step_dup_instructions (step);

          g_string_append_printf (out, "  %u. %s — %s", i + 1, title, myo_side_get_label (step->side));
          if (step->step->hold_seconds > 0)
            g_string_append_printf (out, _(" — hold %u s × %u"), step->step->hold_seconds,
                                    step->step->repetitions);
          g_string_append_c (out, '\n');
          for (guint l = 0; lines[l] != NULL; l++)
            g_string_append_printf (out, "     - %s\n", lines[l]);
          if (step->step->caution != NULL)
            g_string_append_printf (out, _("     Caution: %s\n"), step->step->caution);
          for (guint a = 0; a < step->step->alternatives->len; a++)
            {
              const MyoAlternative *alternative = g_ptr_array_index (step->step->alternatives, a);

              g_string_append_printf (out, "     %s\n", alternative->title);
              for (guint l = 0; alternative->instructions[l] != NULL; l++)
                g_string_append_printf (out, "       - %s\n", alternative->instructions[l]);
            }
        }
    }

  if (myo_session_get_pain_after (session) >= 0)
    g_string_append_printf (out, _("\nPain after the routine: %d of 10\n"),
                            myo_session_get_pain_after (session));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static json_object *
point_to_json (const MyoPainPoint *point,
               guint               number)
{
  json_object *object = json_object_new_object ();

  json_object_object_add (object, "number", json_object_new_int (number));
  json_object_object_add (object, "id", json_object_new_int (point->id));
  json_object_object_add (object, "view", json_object_new_string (point->view->id));
  json_object_object_add (object, "x", json_object_new_double (point->x));
  json_object_object_add (object, "y", json_object_new_double (point->y));
  json_object_object_add (object, "intensity", json_object_new_int (point->intensity));
  json_object_object_add (object, "quality",
                          point->quality == MYO_QUALITY_NONE ? NULL
                          : json_object_new_string (myo_quality_to_string (point->quality)));
  json_object_object_add (object, "side", json_object_new_string (myo_side_to_string (point->side)));
  json_object_object_add (object, "region", json_object_new_string (point->region->id));
  json_object_object_add (object, "region_name", json_object_new_string (point->region->name));

  return object;
}

static json_object *
candidate_to_json (const MyoCandidate *candidate,
                   guint               position,
                   MyoSession         *session)
{
  json_object *object = json_object_new_object ();
  json_object *explains = json_object_new_array ();
  g_autofree char *reason = myo_candidate_dup_numbered_reason (candidate, session);

  /* Ties share a rank; "position" is only the order of the list */
  json_object_object_add (object, "rank", json_object_new_int (candidate->rank));
  json_object_object_add (object, "tied", json_object_new_int (candidate->n_tied));
  json_object_object_add (object, "position", json_object_new_int (position));
  json_object_object_add (object, "trigger_point", json_object_new_string (candidate->trp->id));
  json_object_object_add (object, "muscle", json_object_new_string (candidate->trp->muscle->id));
  json_object_object_add (object, "head",
                          candidate->trp->head ? json_object_new_string (candidate->trp->head->id) : NULL);
  json_object_object_add (object, "number", json_object_new_int (candidate->trp->number));
  json_object_object_add (object, "side", json_object_new_string (myo_side_to_string (candidate->side)));
  json_object_object_add (object, "score", json_object_new_double (candidate->score));
  json_object_object_add (object, "prior", json_object_new_double (candidate->trp->prior));
  json_object_object_add (object, "in_combination", json_object_new_boolean (candidate->in_combination));
  json_object_object_add (object, "answer",
                          candidate->answer == MYO_ANSWER_NONE ? NULL
                          : json_object_new_string (myo_answer_to_string (candidate->answer)));

  for (guint i = 0; i < candidate->hits->len; i++)
    {
      const MyoMatchHit *hit = &g_array_index (candidate->hits, MyoMatchHit, i);
      json_object *item = json_object_new_object ();

      json_object_object_add (item, hit->is_area ? "area" : "point", json_object_new_int (hit->point_id));
      if (hit->is_area)
        json_object_object_add (item, "share", json_object_new_double (hit->share));
      json_object_object_add (item, "zone", json_object_new_string (myo_zone_kind_to_string (hit->zone)));
      json_object_array_add (explains, item);
    }
  json_object_object_add (object, "explains", explains);
  json_object_object_add (object, "reason", json_object_new_string (reason));

  return object;
}

static json_object *
step_to_json (const MyoRoutineStep *step)
{
  json_object *object = json_object_new_object ();
  json_object *instructions = json_object_new_array ();
  json_object *trigger_points = json_object_new_array ();
  json_object *alternatives = json_object_new_array ();
  g_autofree char *title = myo_routine_step_dup_title (step);
  g_auto(GStrv) lines = myo_routine_step_dup_instructions (step);

  json_object_object_add (object, "step", json_object_new_string (step->step->id));
  json_object_object_add (object, "kind", json_object_new_string (myo_step_kind_to_string (step->step->kind)));
  json_object_object_add (object, "title", json_object_new_string (title));
  json_object_object_add (object, "side", json_object_new_string (myo_side_to_string (step->side)));
  json_object_object_add (object, "other_leg", json_object_new_boolean (step->other_leg));
  json_object_object_add (object, "hold_seconds", json_object_new_int (step->step->hold_seconds));
  json_object_object_add (object, "repetitions", json_object_new_int (step->step->repetitions));
  for (guint i = 0; lines[i] != NULL; i++)
    json_object_array_add (instructions, json_object_new_string (lines[i]));
  json_object_object_add (object, "instructions", instructions);
  for (guint i = 0; i < step->trigger_points->len; i++)
    json_object_array_add (trigger_points,
                           json_object_new_string (((MyoTriggerPoint *) g_ptr_array_index (step->trigger_points, i))->id));
  json_object_object_add (object, "trigger_points", trigger_points);
  if (step->step->caution != NULL)
    json_object_object_add (object, "caution", json_object_new_string (step->step->caution));
  json_object_object_add (object, "per_side", json_object_new_boolean (step->step->per_side));
  json_object_object_add (object, "illustration",
                          step->step->illustration != NULL ? json_object_new_string (step->step->illustration) : NULL);

  /* The gentler or stronger way to do the same step, with its own hold */
  for (guint a = 0; a < step->step->alternatives->len; a++)
    {
      const MyoAlternative *alternative = g_ptr_array_index (step->step->alternatives, a);
      json_object *item = json_object_new_object ();
      json_object *lines_json = json_object_new_array ();

      json_object_object_add (item, "level", json_object_new_string (alternative->level));
      json_object_object_add (item, "title", json_object_new_string (alternative->title));
      for (guint l = 0; alternative->instructions[l] != NULL; l++)
        json_object_array_add (lines_json, json_object_new_string (alternative->instructions[l]));
      json_object_object_add (item, "instructions", lines_json);
      json_object_object_add (item, "hold_seconds", json_object_new_int (alternative->hold_seconds));
      json_object_array_add (alternatives, item);
    }
  json_object_object_add (object, "alternatives", alternatives);

  return object;
}

/**
 * myo_report_to_json:
 * @routine: (nullable): the routine for the combination
 *
 * Returns: (transfer full): the report as a JSON object, for other tools
 */
json_object *
myo_report_to_json (MyoMatch   *match,
                    MyoRoutine *routine)
{
  MyoSession *session = myo_match_get_session (match);
  MyoKb *kb = myo_session_get_kb (session);
  GPtrArray *combination = myo_match_get_combination (match);
  GArray *unexplained = myo_match_get_unexplained (match);
  json_object *root = json_object_new_object ();
  json_object *points = json_object_new_array ();
  json_object *candidates = json_object_new_array ();
  json_object *chosen = json_object_new_array ();
  json_object *unexplained_json = json_object_new_array ();
  json_object *steps = json_object_new_array ();
  json_object *warnings_json = json_object_new_array ();
  GPtrArray *warnings = myo_session_get_load_warnings (session);
  g_autofree char *summary = myo_match_dup_summary (match);

  json_object_object_add (root, "disclaimer", json_object_new_string (myo_kb_get_disclaimer (kb)));

  for (guint i = 0; i < warnings->len; i++)
    json_object_array_add (warnings_json, json_object_new_string (g_ptr_array_index (warnings, i)));
  json_object_object_add (root, "warnings", warnings_json);

  for (guint i = 0; i < myo_session_get_n_points (session); i++)
    json_object_array_add (points, point_to_json (myo_session_get_point (session, i), i + 1));
  json_object_object_add (root, "points", points);

  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    json_object_array_add (candidates,
                           candidate_to_json (myo_match_get_candidate (match, i), i + 1, session));
  json_object_object_add (root, "candidates", candidates);

  json_object_object_add (root, "combination_summary", json_object_new_string (summary));
  for (guint i = 0; i < combination->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);
      json_object *item = json_object_new_object ();

      json_object_object_add (item, "trigger_point", json_object_new_string (candidate->trp->id));
      json_object_object_add (item, "side", json_object_new_string (myo_side_to_string (candidate->side)));
      json_object_array_add (chosen, item);
    }
  json_object_object_add (root, "combination", chosen);

  for (guint i = 0; i < unexplained->len; i++)
    json_object_array_add (unexplained_json, json_object_new_int (g_array_index (unexplained, guint, i)));
  json_object_object_add (root, "unexplained", unexplained_json);

  for (guint i = 0; routine != NULL && i < myo_routine_get_n_steps (routine); i++)
    json_object_array_add (steps, step_to_json (myo_routine_get_step (routine, i)));
  json_object_object_add (root, "routine", steps);

  json_object_object_add (root, "pain_after",
                          myo_session_get_pain_after (session) >= 0
                          ? json_object_new_int (myo_session_get_pain_after (session)) : NULL);

  return root;
}
