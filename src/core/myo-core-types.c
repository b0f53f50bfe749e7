/* myo-core-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "myo-core-types.h"

/* The nicks are the names written in session and journal files */
G_DEFINE_ENUM_TYPE (MyoSide, myo_side,
                    G_DEFINE_ENUM_VALUE (MYO_SIDE_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (MYO_SIDE_RIGHT, "right"))

G_DEFINE_ENUM_TYPE (MyoZoneKind, myo_zone_kind,
                    G_DEFINE_ENUM_VALUE (MYO_ZONE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (MYO_ZONE_LOCAL, "local"),
                    G_DEFINE_ENUM_VALUE (MYO_ZONE_SPILLOVER, "spillover"),
                    G_DEFINE_ENUM_VALUE (MYO_ZONE_ESSENTIAL, "essential"))

G_DEFINE_ENUM_TYPE (MyoStepKind, myo_step_kind,
                    G_DEFINE_ENUM_VALUE (MYO_STEP_LOCATE, "locate"),
                    G_DEFINE_ENUM_VALUE (MYO_STEP_RELEASE, "release"),
                    G_DEFINE_ENUM_VALUE (MYO_STEP_STRETCH, "stretch"))

/* Files written before these were types have "" for "not described" and
 * "not asked" */
G_DEFINE_ENUM_TYPE (MyoQuality, myo_quality,
                    G_DEFINE_ENUM_VALUE (MYO_QUALITY_NONE, ""),
                    G_DEFINE_ENUM_VALUE (MYO_QUALITY_ACHING, "aching"),
                    G_DEFINE_ENUM_VALUE (MYO_QUALITY_BURNING, "burning"),
                    G_DEFINE_ENUM_VALUE (MYO_QUALITY_SHARP, "sharp"),
                    G_DEFINE_ENUM_VALUE (MYO_QUALITY_TINGLING, "tingling"),
                    G_DEFINE_ENUM_VALUE (MYO_QUALITY_CRAMPING, "cramping"),
                    G_DEFINE_ENUM_VALUE (MYO_QUALITY_NUMB, "numb"))

G_DEFINE_ENUM_TYPE (MyoAnswer, myo_answer,
                    G_DEFINE_ENUM_VALUE (MYO_ANSWER_NONE, ""),
                    G_DEFINE_ENUM_VALUE (MYO_ANSWER_YES, "yes"),
                    G_DEFINE_ENUM_VALUE (MYO_ANSWER_NO, "no"),
                    G_DEFINE_ENUM_VALUE (MYO_ANSWER_NOT_SURE, "not-sure"))

/* The nicks are the names written in the knowledge base's red flags */
G_DEFINE_ENUM_TYPE (MyoUrgency, myo_urgency,
                    G_DEFINE_ENUM_VALUE (MYO_URGENCY_ASK_BEFORE_PRESSING, "ask-before-pressing"),
                    G_DEFINE_ENUM_VALUE (MYO_URGENCY_TODAY, "today"),
                    G_DEFINE_ENUM_VALUE (MYO_URGENCY_EMERGENCY, "emergency"))

/* The nicks are the names in the knowledge base's "near_pulses" */
G_DEFINE_ENUM_TYPE (MyoPulse, myo_pulse,
                    G_DEFINE_ENUM_VALUE (MYO_PULSE_POPLITEAL, "popliteal"),
                    G_DEFINE_ENUM_VALUE (MYO_PULSE_FEMORAL, "femoral"),
                    G_DEFINE_ENUM_VALUE (MYO_PULSE_DORSALIS_PEDIS, "dorsalis-pedis"),
                    G_DEFINE_ENUM_VALUE (MYO_PULSE_POSTERIOR_TIBIAL, "posterior-tibial"))

/* Enum classes of static types are never freed: the nicks stay valid */
static const char *
to_nick (GType type,
         int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);
  return enum_value->value_nick;
}

static gboolean
from_nick (GType       type,
           const char *nick,
           int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  if ((enum_value = g_enum_get_value_by_nick (klass, nick)) == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

const char *
myo_side_to_string (MyoSide side)
{
  return to_nick (MYO_TYPE_SIDE, side);
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
  int value;

  if (!from_nick (MYO_TYPE_SIDE, str, &value))
    return FALSE;

  *side = value;
  return TRUE;
}

const char *
myo_zone_kind_to_string (MyoZoneKind kind)
{
  return to_nick (MYO_TYPE_ZONE_KIND, kind);
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
  return to_nick (MYO_TYPE_STEP_KIND, kind);
}

gboolean
myo_step_kind_from_string (const char  *str,
                           MyoStepKind *kind)
{
  int value;

  if (!from_nick (MYO_TYPE_STEP_KIND, str, &value))
    return FALSE;

  *kind = value;
  return TRUE;
}

const char *
myo_quality_to_string (MyoQuality quality)
{
  return to_nick (MYO_TYPE_QUALITY, quality);
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
  int value;

  if (!from_nick (MYO_TYPE_QUALITY, str, &value))
    return FALSE;

  *quality = value;
  return TRUE;
}

const char *
myo_answer_to_string (MyoAnswer answer)
{
  return to_nick (MYO_TYPE_ANSWER, answer);
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
  int value;

  if (!from_nick (MYO_TYPE_ANSWER, str, &value))
    return FALSE;

  *answer = value;
  return TRUE;
}

const char *
myo_urgency_to_string (MyoUrgency urgency)
{
  return to_nick (MYO_TYPE_URGENCY, urgency);
}

gboolean
myo_urgency_from_string (const char *str,
                         MyoUrgency *urgency)
{
  int value;

  if (!from_nick (MYO_TYPE_URGENCY, str, &value))
    return FALSE;

  *urgency = value;
  return TRUE;
}

const char *
myo_pulse_to_string (MyoPulse pulse)
{
  return to_nick (MYO_TYPE_PULSE, pulse);
}
