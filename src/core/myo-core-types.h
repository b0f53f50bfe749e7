/* myo-core-types.h: forward declarations and enums shared by the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _MyoAlternative  MyoAlternative;
typedef struct _MyoHead         MyoHead;
typedef struct _MyoMuscle       MyoMuscle;
typedef struct _MyoRedFlag      MyoRedFlag;
typedef struct _MyoRegion       MyoRegion;
typedef struct _MyoRoutinePlan  MyoRoutinePlan;
typedef struct _MyoShape        MyoShape;
typedef struct _MyoSource       MyoSource;
typedef struct _MyoStep         MyoStep;
typedef struct _MyoTriggerPoint MyoTriggerPoint;
typedef struct _MyoView         MyoView;

typedef enum
{
  MYO_SIDE_LEFT,
  MYO_SIDE_RIGHT,
} MyoSide;

typedef enum
{
  MYO_ZONE_NONE,
  MYO_ZONE_LOCAL,
  MYO_ZONE_SPILLOVER,
  MYO_ZONE_ESSENTIAL,
} MyoZoneKind;

typedef enum
{
  MYO_STEP_LOCATE,
  MYO_STEP_RELEASE,
  MYO_STEP_STRETCH,
} MyoStepKind;

typedef enum
{
  MYO_QUALITY_NONE,
  MYO_QUALITY_ACHING,
  MYO_QUALITY_BURNING,
  MYO_QUALITY_SHARP,
  MYO_QUALITY_TINGLING,
  MYO_QUALITY_CRAMPING,
  MYO_QUALITY_NUMB,
} MyoQuality;

/* "Is this my pain?": the answer given while pressing a trigger point */
typedef enum
{
  MYO_ANSWER_NONE,
  MYO_ANSWER_YES,
  MYO_ANSWER_NO,
  MYO_ANSWER_NOT_SURE,
} MyoAnswer;

/* How soon a red flag answered "yes" needs care, least urgent first (so
 * the most urgent of several answers is the largest) */
typedef enum
{
  MYO_URGENCY_ASK_BEFORE_PRESSING,  /* ask a clinician before pressing */
  MYO_URGENCY_TODAY,                /* see a clinician today */
  MYO_URGENCY_EMERGENCY,            /* call emergency services now */
} MyoUrgency;

/* A pulse a trigger point lies over or near: the artery under it is never
 * pressed. The nicks are the names in the knowledge base's "near_pulses". */
typedef enum
{
  MYO_PULSE_POPLITEAL,        /* back of the knee (popliteal fossa) */
  MYO_PULSE_FEMORAL,          /* groin (femoral triangle) */
  MYO_PULSE_DORSALIS_PEDIS,   /* top of the foot */
  MYO_PULSE_POSTERIOR_TIBIAL, /* behind the inner ankle bone */
} MyoPulse;

#define MYO_TYPE_SIDE      (myo_side_get_type ())
#define MYO_TYPE_ZONE_KIND (myo_zone_kind_get_type ())
#define MYO_TYPE_STEP_KIND (myo_step_kind_get_type ())
#define MYO_TYPE_QUALITY   (myo_quality_get_type ())
#define MYO_TYPE_ANSWER    (myo_answer_get_type ())
#define MYO_TYPE_URGENCY   (myo_urgency_get_type ())
#define MYO_TYPE_PULSE     (myo_pulse_get_type ())

GType myo_side_get_type      (void) G_GNUC_CONST;
GType myo_zone_kind_get_type (void) G_GNUC_CONST;
GType myo_step_kind_get_type (void) G_GNUC_CONST;
GType myo_quality_get_type   (void) G_GNUC_CONST;
GType myo_answer_get_type    (void) G_GNUC_CONST;
GType myo_urgency_get_type   (void) G_GNUC_CONST;
GType myo_pulse_get_type     (void) G_GNUC_CONST;

#define MYO_INTENSITY_MIN     1
#define MYO_INTENSITY_MAX     10
#define MYO_INTENSITY_DEFAULT 5

const char *myo_side_to_string     (MyoSide      side);
const char *myo_side_get_label     (MyoSide      side);
MyoSide     myo_side_other         (MyoSide      side);
gboolean    myo_side_from_string   (const char  *str,
                                    MyoSide     *side);
const char *myo_zone_kind_to_string (MyoZoneKind kind);
const char *myo_zone_kind_get_label (MyoZoneKind kind);
const char *myo_step_kind_to_string (MyoStepKind kind);
gboolean    myo_step_kind_from_string (const char  *str,
                                       MyoStepKind *kind);
const char *myo_quality_to_string  (MyoQuality   quality);
const char *myo_quality_get_label  (MyoQuality   quality);
gboolean    myo_quality_from_string (const char  *str,
                                     MyoQuality  *quality);
const char *myo_answer_to_string   (MyoAnswer    answer);
const char *myo_answer_get_label   (MyoAnswer    answer);
gboolean    myo_answer_from_string (const char  *str,
                                    MyoAnswer   *answer);
const char *myo_urgency_to_string  (MyoUrgency   urgency);
gboolean    myo_urgency_from_string (const char  *str,
                                     MyoUrgency  *urgency);
const char *myo_pulse_to_string    (MyoPulse     pulse);

G_END_DECLS
