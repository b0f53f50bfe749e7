/* myo-core-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "myo-core-types.h"

static const char *side_names[] = { "left", "right" };
static const char *zone_names[] = { "none", "local", "spillover", "essential" };
static const char *step_names[] = { "locate", "release", "stretch" };
static const char *answer_names[] = { "", "yes", "no", "not-sure" };
static const char *quality_names[] = {
  "", "aching", "burning", "sharp", "tingling", "cramping", "numb",
};

static gboolean
lookup_name (const char  *str,
             const char **names,
             guint        n_names,
             guint       *index)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (str, names[i]))
      {
        *index = i;
        return TRUE;
      }

  return FALSE;
}

const char *
myo_side_to_string (MyoSide side)
{
  g_return_val_if_fail (side <= MYO_SIDE_RIGHT, NULL);
  return side_names[side];
}

const char *
myo_side_get_label (MyoSide side)
{
  return side == MYO_SIDE_LEFT ? _("Left leg") : _("Right leg");
}

MyoSide
myo_side_other (MyoSide side)
{
  return side == MYO_SIDE_LEFT ? MYO_SIDE_RIGHT : MYO_SIDE_LEFT;
}

gboolean
myo_side_from_string (const char *str,
                      MyoSide    *side)
{
  guint i;

  if (!lookup_name (str, side_names, G_N_ELEMENTS (side_names), &i))
    return FALSE;

  *side = i;
  return TRUE;
}

const char *
myo_zone_kind_to_string (MyoZoneKind kind)
{
  g_return_val_if_fail (kind <= MYO_ZONE_ESSENTIAL, NULL);
  return zone_names[kind];
}

const char *
myo_zone_kind_get_label (MyoZoneKind kind)
{
  switch (kind)
    {
    case MYO_ZONE_ESSENTIAL:
      return _("main referral zone");
    case MYO_ZONE_SPILLOVER:
      return _("spillover zone");
    case MYO_ZONE_LOCAL:
      return _("at the trigger point itself");
    case MYO_ZONE_NONE:
    default:
      return "";
    }
}

const char *
myo_step_kind_to_string (MyoStepKind kind)
{
  g_return_val_if_fail (kind <= MYO_STEP_STRETCH, NULL);
  return step_names[kind];
}

gboolean
myo_step_kind_from_string (const char  *str,
                           MyoStepKind *kind)
{
  guint i;

  if (!lookup_name (str, step_names, G_N_ELEMENTS (step_names), &i))
    return FALSE;

  *kind = i;
  return TRUE;
}

const char *
myo_quality_to_string (MyoQuality quality)
{
  g_return_val_if_fail (quality <= MYO_QUALITY_NUMB, NULL);
  return quality_names[quality];
}

const char *
myo_quality_get_label (MyoQuality quality)
{
  switch (quality)
    {
    case MYO_QUALITY_ACHING:
      return _("Aching");
    case MYO_QUALITY_BURNING:
      return _("Burning");
    case MYO_QUALITY_SHARP:
      return _("Sharp");
    case MYO_QUALITY_TINGLING:
      return _("Tingling");
    case MYO_QUALITY_CRAMPING:
      return _("Cramping");
    case MYO_QUALITY_NUMB:
      return _("Numb");
    case MYO_QUALITY_NONE:
    default:
      return _("Not described");
    }
}

gboolean
myo_quality_from_string (const char *str,
                         MyoQuality *quality)
{
  guint i;

  if (!lookup_name (str, quality_names, G_N_ELEMENTS (quality_names), &i))
    return FALSE;

  *quality = i;
  return TRUE;
}

const char *
myo_answer_to_string (MyoAnswer answer)
{
  g_return_val_if_fail (answer <= MYO_ANSWER_NOT_SURE, NULL);
  return answer_names[answer];
}

const char *
myo_answer_get_label (MyoAnswer answer)
{
  switch (answer)
    {
    case MYO_ANSWER_YES:
      return _("Yes, that is my familiar pain");
    case MYO_ANSWER_NO:
      return _("No, that is not my pain");
    case MYO_ANSWER_NOT_SURE:
      return _("Not sure");
    case MYO_ANSWER_NONE:
    default:
      return _("Not asked yet");
    }
}

gboolean
myo_answer_from_string (const char *str,
                        MyoAnswer  *answer)
{
  guint i;

  if (!lookup_name (str, answer_names, G_N_ELEMENTS (answer_names), &i))
    return FALSE;

  *answer = i;
  return TRUE;
}
