/* myo-window-export.c: printing the handout and the report, saving them as
 * PDF, and exporting the map view as PNG or SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "myo-diagram.h"
#include "myo-export.h"
#include "myo-window-private.h"

/* Diagram units to PNG pixels: a 400-unit view becomes 1200 pixels wide,
 * sharp enough for a slide or a letter */
#define PNG_PIXELS_PER_UNIT 3.0

static MyoExport *
create_export (MyoWindow     *self,
               MyoExportKind  kind,
               GError       **error)
{
  MyoRoutine *routine = self->routine_panel != NULL ? myo_routine_panel_get_routine (self->routine_panel) : NULL;

  if (kind == MYO_EXPORT_REPORT)
    {
      MyoExport *report = myo_export_new_report (self->session);

      if (self->file != NULL)
        {
          g_autofree char *name = g_file_get_basename (self->file);

          myo_export_set_source_name (report, name);
        }
      if (self->journal != NULL)
        myo_export_set_journal (report, G_LIST_MODEL (self->journal));
      return report;
    }

  /* During a routine the handout is for the points it treats: the ones the
   * person picked, without those they said are not their pain */
  if (routine != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->panel_stack), "routine") == 0)
    {
      g_autoptr(GArray) selection = myo_routine_dup_selection (routine);

      if (selection->len > 0)
        return myo_export_new_handout (myo_session_get_kb (self->session),
                                       (const MyoSelection *) (gpointer) selection->data, selection->len);
    }

  return myo_export_new_handout_for_session (self->session, error);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                MyoExport         *export)
{
  /* The pages are laid out for the paper the person chose */
  myo_export_set_page_size (export, gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, myo_export_get_n_pages (export));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              MyoExport         *export)
{
  myo_export_draw_page (export, gtk_print_context_get_cairo_context (context), page);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MyoWindow               *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Could not print: %s"), error != NULL ? error->message : _("unknown error"));
      _myo_window_toast (self, message, FALSE);
    }
}

/**
 * _myo_window_print:
 * @export_path: (nullable): %NULL to show the print dialog; a PDF file to
 *   print to without one (what the tests do)
 *
 * Prints the handout or the report through #GtkPrintOperation, each page
 * drawn by myo_export_draw_page(): the same pages as the PDF.
 *
 * Returns: %FALSE with @error when there is nothing to print or printing
 *   failed at once; later failures are shown in a toast
 */
gboolean
_myo_window_print (MyoWindow      *self,
                   MyoExportKind   kind,
                   const char     *export_path,
                   GError        **error)
{
  g_autoptr(MyoExport) export = create_export (self, kind, error);

  return export != NULL && _myo_window_print_export (self, export, export_path, error);
}

/**
 * _myo_window_print_export:
 * @export: any handout or report, e.g. myo_export_new_handout() for an
 *   atlas selection
 * @export_path: (nullable): as for _myo_window_print()
 */
gboolean
_myo_window_print_export (MyoWindow   *self,
                          MyoExport   *export,
                          const char  *export_path,
                          GError     **error)
{
  MyoExportKind kind = myo_export_get_kind (export);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  double width, height;

  /* The locale's paper, as the PDF; the dialog lets the person change it */
  myo_export_get_page_size (export, &width, &height);
  if (fabs (width - MYO_PAPER_A4_WIDTH) < 1 && fabs (height - MYO_PAPER_A4_HEIGHT) < 1)
    paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  else if (fabs (width - MYO_PAPER_LETTER_WIDTH) < 1 && fabs (height - MYO_PAPER_LETTER_HEIGHT) < 1)
    paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  else
    paper = gtk_paper_size_new_custom ("myomap-locale", _("Paper of the locale"), width, height, GTK_UNIT_POINTS);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size (setup, paper);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* The layout keeps its own margins, wider than any printer's */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, kind == MYO_EXPORT_HANDOUT ? _("Self-care handout")
                                                                          : _("Session report"));
  /* The operation keeps the export as long as it may draw (printing goes
   * on after this returns) */
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb), g_object_ref (export),
                         (GClosureNotify) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), export);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self),
                                      error) != GTK_PRINT_OPERATION_RESULT_ERROR;
    }

  gtk_print_operation_set_allow_async (operation, TRUE);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print (MyoWindow     *self,
       MyoExportKind  kind)
{
  g_autoptr(GError) error = NULL;

  if (!_myo_window_print (self, kind, NULL, &error))
    _myo_window_toast (self, error->message, FALSE);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  print (MYO_WINDOW (widget), g_str_equal (action_name, "win.print-report") ? MYO_EXPORT_REPORT
                                                                             : MYO_EXPORT_HANDOUT);
}

/* Saving */

typedef enum
{
  SAVE_HANDOUT,
  SAVE_REPORT,
  SAVE_MAP_PNG,
  SAVE_MAP_SVG,
} SaveKind;

static void
saved_toast (MyoWindow *self,
             GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

  _myo_window_toast (self, message, FALSE);
}

static void
save_chosen (MyoWindow *self,
             GFile     *file,
             gpointer   user_data)
{
  SaveKind kind = GPOINTER_TO_INT (user_data);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (path == NULL)
    {
      _myo_window_toast (self, _("Choose a folder on this computer to save to"), FALSE);
      return;
    }

  if (kind == SAVE_MAP_PNG || kind == SAVE_MAP_SVG)
    saved = _myo_window_export_map (self, path, kind == SAVE_MAP_SVG, &error);
  else
    saved = _myo_window_export_pdf (self, kind == SAVE_HANDOUT ? MYO_EXPORT_HANDOUT : MYO_EXPORT_REPORT,
                                    path, &error);

  if (saved)
    saved_toast (self, file);
  else
    _myo_window_report_error (self, _("The export was not written"), error);
}

static void
show_save_dialog (MyoWindow  *self,
                  SaveKind    kind)
{
  static const struct {
    const char *title;
    const char *name;
    const char *filter;
    const char *pattern;
    const char *mime_type;
  } kinds[] = {
    [SAVE_HANDOUT] = { N_("Save Handout as PDF"), N_("Self-care handout.pdf"), N_("PDF documents"), "*.pdf", "application/pdf" },
    [SAVE_REPORT] = { N_("Save Report as PDF"), N_("Session report.pdf"), N_("PDF documents"), "*.pdf", "application/pdf" },
    [SAVE_MAP_PNG] = { N_("Export Map as PNG"), N_("Pain map.png"), N_("PNG images"), "*.png", "image/png" },
    [SAVE_MAP_SVG] = { N_("Export Map as SVG"), N_("Pain map.svg"), N_("SVG images"), "*.svg", "image/svg+xml" },
  };
  MyoFileChoice choice = {
    _(kinds[kind].title), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _(kinds[kind].name),
    _(kinds[kind].filter), kinds[kind].pattern, kinds[kind].mime_type,
  };

  _myo_window_choose_file (self, &choice, save_chosen, GINT_TO_POINTER (kind));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);
  const char *which = g_variant_get_string (param, NULL);

  if (g_str_equal (which, "handout"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MyoExport) probe = create_export (self, MYO_EXPORT_HANDOUT, &error);

      /* Say why there is nothing to hand out before asking where to save it */
      if (probe == NULL)
        _myo_window_toast (self, error->message, FALSE);
      else
        show_save_dialog (self, SAVE_HANDOUT);
    }
  else if (g_str_equal (which, "report"))
    show_save_dialog (self, SAVE_REPORT);
  else
    g_warning ("win.export-pdf takes “handout” or “report”, not “%s”", which);
}

static void
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  show_save_dialog (MYO_WINDOW (widget), g_str_equal (action_name, "win.export-map-svg") ? SAVE_MAP_SVG
                                                                                        : SAVE_MAP_PNG);
}

/**
 * _myo_window_export_pdf:
 *
 * Writes the handout or the report of the current session to @path,
 * atomically.
 */
gboolean
_myo_window_export_pdf (MyoWindow      *self,
                        MyoExportKind   kind,
                        const char     *path,
                        GError        **error)
{
  g_autoptr(MyoExport) export = create_export (self, kind, error);

  return export != NULL && myo_export_write_pdf (export, path, error);
}

/**
 * _myo_window_export_map:
 * @as_svg: %TRUE for SVG, %FALSE for PNG
 *
 * Writes the map as shown: the current view, the pain points and the
 * candidate whose zones are drawn, atomically.
 */
gboolean
_myo_window_export_map (MyoWindow   *self,
                        const char  *path,
                        gboolean     as_svg,
                        GError     **error)
{
  const MyoView *view = myo_kb_lookup_view (myo_session_get_kb (self->session),
                                            myo_body_map_get_view_id (self->map));
  g_autoptr(RsvgHandle) svg = NULL;
  MyoSelection mark = { NULL, MYO_SIDE_LEFT };
  MyoMapScene scene = { 0 };

  g_return_val_if_fail (view != NULL, FALSE);

  svg = myo_diagram_load (view, error);
  if (svg == NULL)
    return FALSE;

  mark.trp = myo_body_map_get_highlight (self->map, &mark.side);
  scene.view = view;
  scene.svg = svg;
  scene.session = self->session;
  scene.marks = &mark;
  scene.n_marks = mark.trp != NULL ? 1 : 0;
  scene.flags = MYO_MAP_ZONES | MYO_MAP_PRESS_MARKS | MYO_MAP_PAIN_POINTS;

  if (as_svg)
    {
      scene.unit = 0.9;
      return myo_map_write_svg (&scene, path, error);
    }

  scene.unit = PNG_PIXELS_PER_UNIT * 0.9;
  return myo_map_write_png (&scene, (int) (view->width * PNG_PIXELS_PER_UNIT), path, error);
}

void
_myo_window_update_export_actions (MyoWindow *self)
{
  gboolean has_points = self->session != NULL && !myo_session_is_empty (self->session);
  gboolean can_hand_out = self->match != NULL && myo_match_get_combination (self->match)->len > 0;

  _myo_window_set_action_enabled (self, "win.print-handout", can_hand_out);
  _myo_window_set_action_enabled (self, "win.print-report", has_points);
  _myo_window_set_action_enabled (self, "win.export-pdf", has_points);
}

void
_myo_window_class_export_actions_init (MyoWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.print-handout", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s", export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-map-png", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.export-map-svg", NULL, export_map_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-handout", NULL);
}
