/* myo-kb.h: the knowledge base, loaded and validated once, then immutable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "myo-core-types.h"
#include "myo-geometry.h"

G_BEGIN_DECLS

#define MYO_KB_SCHEMA_VERSION 1
#define MYO_KB_DEFAULT_RESOURCE "/io/github/myomap/Myomap/kb/myomap-kb.json"
/* A step's picture is MYO_ILLUSTRATION_RESOURCE_DIR + its name + ".svg"
 * (myo_illustration_dup_path ()) */
#define MYO_ILLUSTRATION_RESOURCE_DIR "/io/github/myomap/Myomap/illustrations/"

#define MYO_KB_ERROR (myo_kb_error_quark ())

typedef enum
{
  MYO_KB_ERROR_INVALID,
} MyoKbError;

struct _MyoSource
{
  char *id;
  char *citation;
  char *url;
};

struct _MyoView
{
  char     *id;
  char     *label;
  char     *file;
  double    width;
  double    height;
  /* TRUE when the person's left leg is drawn on the viewer's left (back view) */
  gboolean  left_on_viewer_left;
};

/* Every polygon in the knowledge base describes the person's LEFT side; the
 * right side is its mirror image about the view's vertical centre line. */
struct _MyoShape
{
  const MyoView *view;
  MyoPolygon    *polygon;
};

struct _MyoRegion
{
  char          *id;
  char          *name;
  const MyoView *view;
  MyoPolygon    *polygon;
};

struct _MyoHead
{
  char *id;
  char *name;
};

struct _MyoMuscle
{
  char       *id;
  char       *name;
  GPtrArray  *heads;          /* MyoHead, possibly empty */
  char       *anatomy;
  char      **activators;
  char      **differentials;
  char       *notes;
  char       *plain_name;    /* "outer calf muscle": shown first, see myo_muscle_dup_display_name() */
  char      **sources;
};

struct _MyoTriggerPoint
{
  char                 *id;
  const MyoMuscle      *muscle;
  const MyoHead        *head;  /* nullable */
  guint                 number;
  const MyoView        *location_view;
  MyoPoint              location;
  char                 *location_text;
  double                local_radius;
  GPtrArray            *essential;  /* MyoShape */
  GPtrArray            *spillover;  /* MyoShape */
  double                prior;
  const MyoRoutinePlan *routine;
  guint                 near_pulses;  /* 1 << MyoPulse: see myo_trigger_point_is_near_pulse() */
  char                 *notes;
  char                **sources;
};

struct _MyoAlternative
{
  char   *level;  /* "gentle" or "intense" */
  char   *title;
  char  **instructions;
  guint   hold_seconds;
  char   *illustration;  /* nullable: as a step's */
};

struct _MyoStep
{
  char        *id;
  MyoStepKind  kind;
  char        *title;
  char       **instructions;
  guint        hold_seconds;  /* 0: untimed, the person moves on when ready */
  guint        repetitions;
  gboolean     per_side;
  char        *caution;
  GPtrArray   *alternatives;  /* MyoAlternative */
  GHashTable  *variants;      /* head id -> extra instruction for that head */
  char        *illustration;  /* nullable: resource name of the position's picture */
  char       **sources;
};

struct _MyoRoutinePlan
{
  char      *id;
  char      *title;
  GPtrArray *steps;  /* borrowed MyoStep */
  char     **sources;
};

struct _MyoRedFlag
{
  char       *id;
  MyoUrgency  urgency;
  char  *question;
  char  *why;
  char **sources;
};

#define MYO_TYPE_KB (myo_kb_get_type ())

G_DECLARE_FINAL_TYPE (MyoKb, myo_kb, MYO, KB, GObject)

GQuark                 myo_kb_error_quark          (void);
MyoKb                 *myo_kb_new_from_data        (const char      *data,
                                                    gsize            length,
                                                    const char      *filename,
                                                    GError         **error);
MyoKb                 *myo_kb_new_from_file        (const char      *path,
                                                    GError         **error);
MyoKb                 *myo_kb_new_from_resource    (const char      *resource_path,
                                                    GError         **error);
MyoKb                 *myo_kb_get_default          (void);
const char            *myo_kb_get_disclaimer       (MyoKb           *self);
GPtrArray             *myo_kb_get_views            (MyoKb           *self);
GPtrArray             *myo_kb_get_regions          (MyoKb           *self);
GPtrArray             *myo_kb_get_muscles          (MyoKb           *self);
GPtrArray             *myo_kb_get_trigger_points   (MyoKb           *self);
GPtrArray             *myo_kb_get_red_flags        (MyoKb           *self);
char                  *myo_illustration_dup_path   (const char      *name);
GPtrArray             *myo_kb_get_sources          (MyoKb           *self);
const MyoView         *myo_kb_lookup_view          (MyoKb           *self,
                                                    const char      *id);
const MyoTriggerPoint *myo_kb_lookup_trigger_point (MyoKb           *self,
                                                    const char      *id);
const MyoSource       *myo_kb_lookup_source        (MyoKb           *self,
                                                    const char      *id);
double                 myo_kb_get_zone_weight      (MyoKb           *self,
                                                    MyoZoneKind      kind);
const MyoRegion       *myo_kb_locate               (MyoKb           *self,
                                                    const MyoView   *view,
                                                    double           x,
                                                    double           y,
                                                    MyoSide         *side,
                                                    MyoPoint        *canonical);

MyoZoneKind            myo_kb_zone_at              (MyoKb           *self,
                                                    const MyoTriggerPoint *trp,
                                                    const MyoView   *view,
                                                    MyoPoint         canonical);

MyoSide                myo_view_side_at            (const MyoView   *view,
                                                    double           x);
MyoPoint               myo_view_to_side            (const MyoView   *view,
                                                    MyoPoint         left_point,
                                                    MyoSide          side);
char                  *myo_region_dup_place_label  (const MyoRegion *region,
                                                    MyoSide          side);
char                  *myo_muscle_dup_display_name (const MyoMuscle *muscle);
char                  *myo_muscle_dup_plain_title  (const MyoMuscle *muscle);
char                  *myo_trigger_point_dup_label (const MyoTriggerPoint *trp);
gboolean               myo_trigger_point_is_near_pulse (const MyoTriggerPoint *trp,
                                                        MyoPulse               pulse);

G_END_DECLS
