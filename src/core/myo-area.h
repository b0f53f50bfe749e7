/* myo-area.h: painted pain areas: brush strokes, and the grid cells they paint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json.h>

#include "myo-kb.h"

G_BEGIN_DECLS

/* The side of one grid cell, in diagram units. Painting, extent and area
 * matching all count cells of this grid (see README, "Pain areas"). */
#define MYO_AREA_CELL               2.0
#define MYO_AREA_RADIUS_MIN         2.0
#define MYO_AREA_RADIUS_MAX         60.0
#define MYO_AREA_RADIUS_DEFAULT     12.0
/* Far more than a person paints; bounds keep undo snapshots and files small */
#define MYO_AREA_MAX_STROKES        200
#define MYO_AREA_MAX_STROKE_POINTS  2000

/* One drag of the brush (or of the eraser) on one view. Immutable once
 * made, so undo snapshots share them. */
typedef struct
{
  guint          id;
  const MyoView *view;
  MyoSide        side;       /* the leg it paints; an eraser erases both */
  int            intensity;  /* 1–10; 0 for an eraser */
  double         radius;     /* of the brush, in diagram units */
  gboolean       eraser;
  guint          n_points;
  MyoPoint      *points;     /* the brush's path, in view coordinates */
} MyoStroke;

/* What is left of one paint stroke once later strokes painted over it or
 * erased it: the unit the matcher explains, like a point */
typedef struct
{
  guint            stroke_id;
  const MyoView   *view;
  MyoSide          side;
  int              intensity;
  guint            n_cells;
  const guint32   *cells;   /* row-major indices into the view's grid */
  const MyoRegion *region;  /* the region holding most of it */
  /* The rows and columns its cells span, for a quick rejection */
  guint            row_min;
  guint            row_max;
  guint            col_min;
  guint            col_max;
} MyoArea;

#define MYO_TYPE_STROKE (myo_stroke_get_type ())

GType      myo_stroke_get_type   (void) G_GNUC_CONST;
MyoStroke *myo_stroke_new        (guint             id,
                                  const MyoView    *view,
                                  MyoSide           side,
                                  int               intensity,
                                  double            radius,
                                  gboolean          eraser,
                                  const MyoPoint   *points,
                                  guint             n_points);
MyoStroke *myo_stroke_ref        (MyoStroke        *stroke);
void       myo_stroke_unref      (MyoStroke        *stroke);

void       myo_area_grid_size    (const MyoView    *view,
                                  guint            *cols,
                                  guint            *rows);
MyoPoint   myo_area_cell_centre  (const MyoView    *view,
                                  guint32           cell);
const guint16 *myo_area_get_outline (MyoKb         *kb,
                                     const MyoView *view);
guint      myo_area_count_outline (MyoKb            *kb,
                                   const MyoView    *view,
                                   MyoSide           side);

#define MYO_TYPE_AREAS (myo_areas_get_type ())

G_DECLARE_FINAL_TYPE (MyoAreas, myo_areas, MYO, AREAS, GObject)

MyoAreas      *myo_areas_new             (MyoKb            *kb,
                                          GPtrArray        *strokes);
MyoKb         *myo_areas_get_kb          (MyoAreas         *self);
guint          myo_areas_get_n_areas     (MyoAreas         *self);
const MyoArea *myo_areas_get_area        (MyoAreas         *self,
                                          guint             index);
const MyoArea *myo_areas_lookup          (MyoAreas         *self,
                                          guint             stroke_id);
const guint8  *myo_areas_get_intensities (MyoAreas         *self,
                                          const MyoView    *view);
guint          myo_areas_count_painted   (MyoAreas         *self,
                                          const MyoView    *view,
                                          MyoSide           side);
char          *myo_area_dup_label        (const MyoArea    *area);
double         myo_area_zone_overlap     (MyoKb                 *kb,
                                          const MyoTriggerPoint *trp,
                                          const MyoArea         *area,
                                          MyoZoneKind           *best_zone,
                                          double                *share);

json_object *myo_stroke_json_new (const char     *view_id,
                                  const char     *side,
                                  int             intensity,
                                  double          radius,
                                  gboolean        eraser,
                                  const MyoPoint *points,
                                  guint           n_points);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MyoStroke, myo_stroke_unref)

G_END_DECLS
