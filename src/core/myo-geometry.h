/* myo-geometry.h: points, polygons, hit tests and left/right mirroring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
} MyoPoint;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} MyoRect;

/* The one transform from diagram units to a target (widget, page, image):
 * target = origin + diagram × scale */
typedef struct
{
  double scale;
  double x0;
  double y0;
} MyoViewFit;

typedef struct _MyoPolygon MyoPolygon;

struct _MyoPolygon
{
  MyoPoint *points;
  guint     n_points;
  /* Bounding box, for a cheap rejection before the crossing test */
  double    min_x;
  double    min_y;
  double    max_x;
  double    max_y;
};

MyoPolygon *myo_polygon_new         (const MyoPoint   *points,
                                     guint             n_points);
MyoPolygon *myo_polygon_copy        (const MyoPolygon *self);
MyoPolygon *myo_polygon_mirrored    (const MyoPolygon *self,
                                     double            view_width);
void        myo_polygon_free        (MyoPolygon       *self);
gboolean    myo_polygon_contains    (const MyoPolygon *self,
                                     double            x,
                                     double            y);
MyoPoint    myo_polygon_centroid    (const MyoPolygon *self);
gboolean    myo_polygon_is_simple   (const MyoPolygon *self);
double      myo_point_distance      (MyoPoint          a,
                                     MyoPoint          b);
MyoPoint    myo_point_mirrored      (MyoPoint          point,
                                     double            view_width);
gboolean    myo_view_fit_init       (MyoViewFit       *fit,
                                     const MyoRect    *source,
                                     const MyoRect    *target);
MyoPoint    myo_view_fit_to_target  (const MyoViewFit *fit,
                                     MyoPoint          point);
MyoPoint    myo_view_fit_to_source  (const MyoViewFit *fit,
                                     double            x,
                                     double            y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MyoPolygon, myo_polygon_free)

G_END_DECLS
