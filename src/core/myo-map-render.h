/* myo-map-render.h: a view of the diagram with its overlays, drawn with
 * cairo onto any surface (PDF pages, PNG and SVG exports, printing)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <librsvg/rsvg.h>

#include "myo-routine.h"

G_BEGIN_DECLS

/* cairo has no autoptr support of its own in this version */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_font_options_t, cairo_font_options_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)

#define MYO_DIAGRAM_RESOURCE_DIR "/io/github/myomap/Myomap/diagram/"

/* Painted areas let the diagram show through */
#define MYO_MAP_AREA_ALPHA 0.55

typedef enum
{
  MYO_MAP_ZONES       = 1 << 0,  /* the marks' referral zones, hatched */
  MYO_MAP_PRESS_MARKS = 1 << 1,  /* an ✕ where to press each mark */
  MYO_MAP_MARK_LABELS = 1 << 2,  /* the mark's number beside its ✕ */
  MYO_MAP_PAIN_POINTS = 1 << 3,  /* the session's points, showing their intensity */
  MYO_MAP_PAIN_INDEX  = 1 << 4,  /* with PAIN_POINTS: their number in the session instead */
  MYO_MAP_PAIN_AREAS  = 1 << 5,  /* the session's painted areas (PAIN_POINTS draws them too) */
} MyoMapFlags;

typedef enum
{
  MYO_MAP_SWATCH_PRESS,
  MYO_MAP_SWATCH_NO_PRESS,
  MYO_MAP_SWATCH_ESSENTIAL,
  MYO_MAP_SWATCH_SPILLOVER,
  MYO_MAP_SWATCH_PAIN,
  MYO_MAP_SWATCH_AREA,
} MyoMapSwatch;

/* What to draw: everything borrowed, owned by the caller */
typedef struct
{
  const MyoView      *view;
  RsvgHandle         *svg;      /* nullable: the overlays alone */
  MyoSession         *session;  /* nullable */
  const MyoSelection *marks;
  guint               n_marks;
  MyoMapFlags         flags;
  /* The width of a thin line in the target's units: 1 for screen pixels,
   * about 0.6 for PDF points */
  double              unit;
} MyoMapScene;

#define MYO_MAP_ERROR (myo_map_error_quark ())

typedef enum
{
  MYO_MAP_ERROR_RENDER,
  MYO_MAP_ERROR_WRITE,
} MyoMapError;

GQuark      myo_map_error_quark     (void);
RsvgHandle *myo_map_load_diagram    (const MyoView            *view,
                                     GError                  **error);
RsvgHandle *myo_map_load_illustration (const char             *name,
                                       GError                **error);
void        myo_map_draw            (cairo_t                  *cr,
                                     const MyoMapScene        *scene,
                                     const cairo_rectangle_t  *source,
                                     const cairo_rectangle_t  *target);
void        myo_map_draw_areas      (cairo_t                  *cr,
                                     MyoAreas                 *areas,
                                     const MyoView            *view,
                                     double                    alpha);
void        myo_map_draw_swatch     (cairo_t                  *cr,
                                     MyoMapSwatch              swatch,
                                     double                    x,
                                     double                    y,
                                     double                    size,
                                     double                    unit);
cairo_rectangle_t myo_map_crop_around (const MyoView           *view,
                                       MyoPoint                 center,
                                       double                   size);
gboolean    myo_map_write_png       (const MyoMapScene        *scene,
                                     int                       width,
                                     const char               *path,
                                     GError                  **error);
gboolean    myo_map_write_svg       (const MyoMapScene        *scene,
                                     const char               *path,
                                     GError                  **error);
guint32     myo_intensity_get_rgb   (int                       intensity);
gboolean    myo_trigger_point_can_be_pressed (const MyoTriggerPoint *trp);
void        myo_cairo_set_source_hex (cairo_t                 *cr,
                                      guint32                  rgb,
                                      double                   alpha);
cairo_status_t myo_cairo_append_to_bytes (void                *byte_array,
                                          const unsigned char *data,
                                          unsigned int         length);

G_END_DECLS
