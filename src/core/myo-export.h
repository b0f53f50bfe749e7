/* myo-export.h: the patient handout and the session report, laid out in
 * pages and drawn with cairo (PDF files, printing)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "myo-map-render.h"
#include "myo-routine.h"

G_BEGIN_DECLS

/* Sizes in PostScript points (1/72 inch) */
#define MYO_PAPER_A4_WIDTH      595.276
#define MYO_PAPER_A4_HEIGHT     841.890
#define MYO_PAPER_LETTER_WIDTH  612.0
#define MYO_PAPER_LETTER_HEIGHT 792.0

/* One to two pages is what a person takes home; the layout shrinks its type
 * (not below a legible size) to stay within this. */
#define MYO_EXPORT_MAX_PAGES 2

#define MYO_EXPORT_ERROR (myo_export_error_quark ())

typedef enum
{
  MYO_EXPORT_ERROR_NOTHING_TO_TREAT,
  MYO_EXPORT_ERROR_UNKNOWN_TRIGGER_POINT,
  MYO_EXPORT_ERROR_PAPER,
  MYO_EXPORT_ERROR_WRITE,
} MyoExportError;

typedef enum
{
  MYO_EXPORT_HANDOUT,
  MYO_EXPORT_REPORT,
} MyoExportKind;

#define MYO_TYPE_EXPORT (myo_export_get_type ())

G_DECLARE_FINAL_TYPE (MyoExport, myo_export, MYO, EXPORT, GObject)

GQuark         myo_export_error_quark             (void);
MyoExport     *myo_export_new_handout             (MyoKb              *kb,
                                                   const MyoSelection *selection,
                                                   guint               n_selection);
MyoExport     *myo_export_new_handout_for_session (MyoSession         *session,
                                                   GError            **error);
MyoExport     *myo_export_new_handout_for_ids     (MyoKb              *kb,
                                                   const char * const *ids,
                                                   GError            **error);
MyoExport     *myo_export_new_report              (MyoSession         *session);
MyoExportKind  myo_export_get_kind                (MyoExport          *self);
void           myo_export_set_source_name         (MyoExport          *self,
                                                   const char         *name);
void           myo_export_set_journal             (MyoExport          *self,
                                                   GListModel         *journal);
void           myo_export_set_date                (MyoExport          *self,
                                                   GDateTime          *date);
void           myo_export_set_page_size           (MyoExport          *self,
                                                   double              width,
                                                   double              height);
void           myo_export_get_page_size           (MyoExport          *self,
                                                   double             *width,
                                                   double             *height);
guint          myo_export_get_n_pages             (MyoExport          *self);
void           myo_export_draw_page               (MyoExport          *self,
                                                   cairo_t            *cr,
                                                   guint               page);
gboolean       myo_export_write_pdf               (MyoExport          *self,
                                                   const char         *path,
                                                   GError            **error);

void           myo_paper_get_default_size         (double             *width,
                                                   double             *height);
gboolean       myo_paper_lookup                   (const char         *name,
                                                   double             *width,
                                                   double             *height,
                                                   GError            **error);

G_END_DECLS
