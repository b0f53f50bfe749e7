/* myo-export-private.h: what the export's layout files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "myo-export.h"

G_BEGIN_DECLS

/* Every page is laid out by one function that walks the content with a
 * cursor. Run without a cairo_t it only measures (to count pages); run with
 * one it draws the page asked for. Layouts come from a private Pango
 * context at 72 dpi without hinting, so the PDF, the print preview and the
 * printer break pages at the same places. */

#define MM             (72 / 25.4)
#define MARGIN_SIDE    (16 * MM)
#define MARGIN_TOP     (14 * MM)
#define MARGIN_BOTTOM  (16 * MM)
#define FOOTER_GAP     (6 * MM)

#define INK            0x241f31
#define MUTED          0x5e5c64
#define RULE           0x9a9996
#define SHADE          0xf0efed
#define ACCENT         0x1c71d8

#define MIN_PAGE_SIZE  (100 * MM)
#define THUMB_SIZE     (19 * MM)
#define PICTURE_WIDTH  (30 * MM)   /* a step's position, drawn 4:3 */
#define THUMB_CROP     190.0      /* diagram units around the point */
#define MAX_CANDIDATES 8
/* Above this many pain points the report refers to them by number */
#define COMPACT_POINTS 12

struct _MyoExport
{
  GObject        parent_instance;

  MyoExportKind  kind;

  /* Owned */
  MyoKb         *kb;
  MyoSession    *session;    /* nullable: a handout for an atlas selection */
  MyoMatch      *match;      /* nullable, as the session */
  MyoRoutine    *routine;    /* the handout's steps */
  GArray        *selection;  /* MyoSelection: the points to press */
  GHashTable    *svgs;       /* view -> RsvgHandle */
  GDateTime     *date;
  char          *source_name;
  GListModel    *journal;    /* nullable: for the outcome and adherence */
  PangoContext  *pango;

  /* Layout */
  double         page_width;
  double         page_height;
  double         font_scale;
  guint          n_pages;
  guint          n_pictures;  /* step pictures drawn, for the tests */
};

/* A cursor down the pages: without a cairo_t it only measures; with one it
 * draws what falls on the target page */
typedef struct
{
  MyoExport *self;
  cairo_t   *cr;      /* NULL while measuring */
  guint      target;  /* the page to draw */
  guint      page;
  double     y;
  double     top;
  double     bottom;
  double     left;
  double     width;
} MyoExportFlow;

typedef struct
{
  const char *text;
  double      width;   /* a fraction of the table's width */
  gboolean    right;
} MyoExportColumn;

gboolean     _myo_export_flow_visible   (const MyoExportFlow    *flow);
gboolean     _myo_export_flow_place     (MyoExportFlow          *flow,
                                         double                  height);
PangoLayout *_myo_export_create_layout  (MyoExport              *self,
                                         const char             *markup,
                                         double                  size,
                                         double                  width);
double       _myo_export_layout_height  (PangoLayout            *layout);
void         _myo_export_show_layout    (cairo_t                *cr,
                                         PangoLayout            *layout,
                                         double                  x,
                                         double                  y,
                                         guint32                 rgb);
void         _myo_export_show_tagged    (cairo_t                *cr,
                                         const char             *tag,
                                         PangoLayout            *layout,
                                         double                  x,
                                         double                  y,
                                         guint32                 rgb);
void         _myo_export_flow_text      (MyoExportFlow          *flow,
                                         const char             *markup,
                                         double                  size,
                                         guint32                 rgb,
                                         double                  space_after);
void         _myo_export_flow_heading   (MyoExportFlow          *flow,
                                         const char             *text,
                                         double                  keep_with);
RsvgHandle  *_myo_export_get_svg        (MyoExport              *self,
                                         const MyoView          *view);
GPtrArray   *_myo_export_pick_views     (MyoExport              *self,
                                         gboolean                report,
                                         guint                   max);
void         _myo_export_flow_maps      (MyoExportFlow          *flow,
                                         GPtrArray              *views,
                                         MyoMapFlags             flags,
                                         double                  height,
                                         double                  unit);
void         _myo_export_flow_legend    (MyoExportFlow          *flow,
                                         gboolean                report);
void         _myo_export_flow_box_list  (MyoExportFlow          *flow,
                                         const char             *title,
                                         const char * const     *items,
                                         guint                   n_items,
                                         guint                   n_columns,
                                         gboolean                strong);
void         _myo_export_draw_header    (MyoExportFlow          *flow,
                                         const char             *title,
                                         const char             *subtitle);
void         _myo_export_draw_footer    (MyoExportFlow          *flow,
                                         guint                   n_pages);
void         _myo_export_flow_table     (MyoExportFlow          *flow,
                                         const MyoExportColumn  *columns,
                                         guint                   n_columns,
                                         GPtrArray              *cells,
                                         guint                   n_groups,
                                         double                  size);
void         _myo_export_layout_handout (MyoExportFlow          *flow);
void         _myo_export_layout_report  (MyoExportFlow          *flow);

guint _myo_export_get_n_pictures (MyoExport *self);

G_END_DECLS
