/* myo-diagram.h: loading and rasterising the diagram SVGs, shared by the
 * widgets that draw a view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <librsvg/rsvg.h>

#include "myo-kb.h"
#include "myo-map-render.h"

G_BEGIN_DECLS

/* What a widget's diagram was last drawn for, so it is drawn again only
 * when one of them changes */
typedef struct
{
  char     *file;  /* the view's SVG */
  int       width;
  int       height;
  int       scale;
  gboolean  for_cairo;
} MyoDiagramSize;

RsvgHandle    *myo_diagram_load         (const MyoView          *view,
                                         GError                **error);
RsvgHandle    *myo_diagram_get_svg      (const MyoView          *view,
                                         GError                **error);
GdkTexture    *myo_diagram_get_texture  (const MyoView          *view,
                                         int                     width,
                                         int                     height,
                                         int                     scale,
                                         const graphene_rect_t  *viewport,
                                         GError                **error);
gboolean       myo_diagram_size_update  (MyoDiagramSize         *size,
                                         const MyoView          *view,
                                         int                     width,
                                         int                     height,
                                         int                     scale,
                                         gboolean                for_cairo);
void           myo_diagram_size_clear   (MyoDiagramSize         *size);
void           myo_diagram_get_viewport (GtkWidget              *widget,
                                         const MyoView          *view,
                                         double                  margin,
                                         graphene_rect_t        *viewport);
gboolean       myo_diagram_fit_widget   (GtkWidget              *widget,
                                         const MyoView          *view,
                                         double                  margin,
                                         double                 *scale,
                                         double                 *x0,
                                         double                 *y0);
GskRenderNode *myo_diagram_keep_node    (const MyoView          *view,
                                         int                     width,
                                         int                     height,
                                         int                     scale,
                                         const graphene_rect_t  *viewport,
                                         gboolean                for_cairo,
                                         GError                **error);
GskRenderNode *myo_diagram_lookup_node  (const MyoView          *view,
                                         int                     width,
                                         int                     height,
                                         int                     scale,
                                         const graphene_rect_t  *viewport,
                                         gboolean                for_cairo);

G_END_DECLS
