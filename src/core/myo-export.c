/* myo-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <langinfo.h>

#include "myo-export-private.h"
#include "myo-json.h"

/* The type shrinks in these steps until the document fits its pages */
static const double font_scales[] = { 1.0, 0.94, 0.88, 0.83, 0.78 };

G_DEFINE_FINAL_TYPE (MyoExport, myo_export, G_TYPE_OBJECT)

G_DEFINE_QUARK (myo-export-error-quark, myo_export_error)

/* Layout */

static guint
run_layout (MyoExport *self,
            cairo_t   *cr,
            guint      target)
{
  MyoExportFlow flow = {
    .self = self,
    .cr = cr,
    .target = target,
    .page = 0,
    .top = MARGIN_TOP,
    .bottom = self->page_height - MARGIN_BOTTOM,
    .left = MARGIN_SIDE,
    .width = self->page_width - 2 * MARGIN_SIDE,
  };

  flow.y = flow.top;
  if (self->kind == MYO_EXPORT_HANDOUT)
    _myo_export_layout_handout (&flow);
  else
    _myo_export_layout_report (&flow);

  return flow.page + 1;
}

static void
ensure_layout (MyoExport *self)
{
  if (self->n_pages > 0)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (font_scales); i++)
    {
      self->font_scale = font_scales[i];
      self->n_pages = run_layout (self, NULL, 0);
      if (self->n_pages <= MYO_EXPORT_MAX_PAGES)
        break;
    }
}

/* Overrides */

static void
myo_export_finalize (GObject *object)
{
  MyoExport *self = (MyoExport *) object;

  g_clear_object (&self->kb);
  g_clear_object (&self->session);
  g_clear_object (&self->match);
  g_clear_object (&self->routine);
  g_clear_pointer (&self->selection, g_array_unref);
  g_clear_pointer (&self->svgs, g_hash_table_unref);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->source_name, g_free);
  g_clear_object (&self->journal);
  g_clear_object (&self->pango);

  G_OBJECT_CLASS (myo_export_parent_class)->finalize (object);
}

static void
myo_export_class_init (MyoExportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_export_finalize;
}

static void
myo_export_init (MyoExport *self)
{
  g_autoptr(cairo_font_options_t) options = cairo_font_options_create ();

  self->selection = g_array_new (FALSE, FALSE, sizeof (MyoSelection));
  self->svgs = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->date = g_date_time_new_now_local ();
  self->font_scale = 1;
  myo_paper_get_default_size (&self->page_width, &self->page_height);

  /* Metrics independent of any device, so every output paginates alike */
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->pango, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
}

/* Public API */

/**
 * myo_export_new_handout:
 * @selection: (array length=n_selection): the trigger points to press
 *
 * A patient handout for trigger points picked by hand (an atlas selection):
 * the map with the points marked, the routine's steps, the red flags.
 *
 * Returns: (transfer full): the handout
 */
MyoExport *
myo_export_new_handout (MyoKb              *kb,
                        const MyoSelection *selection,
                        guint               n_selection)
{
  MyoExport *self;

  g_return_val_if_fail (MYO_IS_KB (kb), NULL);

  self = g_object_new (MYO_TYPE_EXPORT, NULL);
  self->kind = MYO_EXPORT_HANDOUT;
  self->kb = g_object_ref (kb);
  g_array_append_vals (self->selection, selection, n_selection);
  self->routine = myo_routine_new (selection, n_selection);

  return self;
}

/**
 * myo_export_new_handout_for_session:
 *
 * A handout for the trigger points of the session's combination (at most
 * %MYO_ROUTINE_MAX_TRIGGER_POINTS, as the routine).
 *
 * Returns: (transfer full) (nullable): the handout, or %NULL with
 *   %MYO_EXPORT_ERROR_NOTHING_TO_TREAT when no trigger point explains the
 *   session's pain
 */
MyoExport *
myo_export_new_handout_for_session (MyoSession  *session,
                                    GError     **error)
{
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GArray) selection = g_array_new (FALSE, FALSE, sizeof (MyoSelection));
  GPtrArray *combination;
  MyoExport *self;

  g_return_val_if_fail (MYO_IS_SESSION (session), NULL);

  match = myo_match_new (session);
  combination = myo_match_get_combination (match);
  if (combination->len == 0)
    {
      g_set_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_NOTHING_TO_TREAT,
                   myo_session_get_n_points (session) == 0
                   ? _("The session has no pain points. Mark where it hurts first.")
                   : _("No trigger point explains this session's pain, so there is no routine to hand out. "
                       "See a clinician about this pain."));
      return NULL;
    }

  for (guint i = 0; i < MIN (combination->len, MYO_ROUTINE_MAX_TRIGGER_POINTS); i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);
      MyoSelection item = { candidate->trp, candidate->side };

      g_array_append_val (selection, item);
    }

  self = myo_export_new_handout (myo_session_get_kb (session),
                                 (const MyoSelection *) (gpointer) selection->data, selection->len);
  self->session = g_object_ref (session);
  self->match = g_steal_pointer (&match);

  return self;
}

/**
 * myo_export_new_handout_for_ids:
 * @ids: trigger point ids, each optionally followed by ":left" or ":right"
 *   (the left leg when not given)
 *
 * Returns: (transfer full) (nullable): the handout, or %NULL when an id is
 *   unknown or the list is empty
 */
MyoExport *
myo_export_new_handout_for_ids (MyoKb               *kb,
                                const char * const  *ids,
                                GError             **error)
{
  g_autoptr(GArray) selection = g_array_new (FALSE, FALSE, sizeof (MyoSelection));

  g_return_val_if_fail (MYO_IS_KB (kb), NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (ids[i], ":", 2);
      MyoSelection item = { myo_kb_lookup_trigger_point (kb, parts[0]), MYO_SIDE_LEFT };

      if (item.trp == NULL || (parts[1] != NULL && !myo_side_from_string (parts[1], &item.side)))
        {
          g_set_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_UNKNOWN_TRIGGER_POINT,
                       _("“%s” is not a trigger point of the knowledge base. Use an id such as "
                         "gastrocnemius-lateral-4, optionally followed by :left or :right."), ids[i]);
          return NULL;
        }
      g_array_append_val (selection, item);
    }

  if (selection->len == 0)
    {
      g_set_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_NOTHING_TO_TREAT,
                   _("No trigger point was chosen. Select at least one."));
      return NULL;
    }

  return myo_export_new_handout (kb, (const MyoSelection *) (gpointer) selection->data, selection->len);
}

/**
 * myo_export_new_report:
 *
 * The session report for a clinician: the pain points, the ranked
 * candidates with their reasons, the combination, the "Is this my pain?"
 * answers, the pain before and after.
 *
 * Returns: (transfer full): the report
 */
MyoExport *
myo_export_new_report (MyoSession *session)
{
  MyoExport *self;
  GPtrArray *combination;

  g_return_val_if_fail (MYO_IS_SESSION (session), NULL);

  self = g_object_new (MYO_TYPE_EXPORT, NULL);
  self->kind = MYO_EXPORT_REPORT;
  self->kb = g_object_ref (myo_session_get_kb (session));
  self->session = g_object_ref (session);
  self->match = myo_match_new (session);

  combination = myo_match_get_combination (self->match);
  for (guint i = 0; i < combination->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);
      MyoSelection item = { candidate->trp, candidate->side };

      g_array_append_val (self->selection, item);
    }

  return self;
}

/**
 * myo_export_get_kind:
 *
 * Returns: whether this is a handout or a report
 */
MyoExportKind
myo_export_get_kind (MyoExport *self)
{
  g_return_val_if_fail (MYO_IS_EXPORT (self), MYO_EXPORT_HANDOUT);
  return self->kind;
}

/**
 * myo_export_set_source_name:
 * @name: (nullable): the session file's name, printed under the report's
 *   title so a clinician knows whose session it is
 */
void
myo_export_set_source_name (MyoExport  *self,
                            const char *name)
{
  g_return_if_fail (MYO_IS_EXPORT (self));

  if (g_strcmp0 (self->source_name, name) == 0)
    return;
  g_free (self->source_name);
  self->source_name = g_strdup (name);
  self->n_pages = 0;
}

/**
 * myo_export_set_journal:
 * @journal: (nullable): a list of #MyoJournalEntry: the report then gives
 *   the change from the episode's first session and the adherence
 */
void
myo_export_set_journal (MyoExport  *self,
                        GListModel *journal)
{
  g_return_if_fail (MYO_IS_EXPORT (self));
  g_return_if_fail (journal == NULL || G_IS_LIST_MODEL (journal));

  if (g_set_object (&self->journal, journal))
    self->n_pages = 0;
}

/**
 * myo_export_set_date:
 *
 * The date printed on the pages; today by default.
 */
void
myo_export_set_date (MyoExport *self,
                     GDateTime *date)
{
  g_return_if_fail (MYO_IS_EXPORT (self));
  g_return_if_fail (date != NULL);

  g_date_time_unref (self->date);
  self->date = g_date_time_ref (date);
}

/**
 * myo_export_set_page_size:
 * @width: in points
 * @height: in points
 *
 * The paper to lay out for; the locale's (see myo_paper_get_default_size())
 * by default.
 */
void
myo_export_set_page_size (MyoExport *self,
                          double     width,
                          double     height)
{
  g_return_if_fail (MYO_IS_EXPORT (self));

  /* Below a postcard the margins leave no room; lay out for one and let
   * the printer scale, rather than fail */
  width = MAX (width, MIN_PAGE_SIZE);
  height = MAX (height, MIN_PAGE_SIZE);

  if (width == self->page_width && height == self->page_height)
    return;

  self->page_width = width;
  self->page_height = height;
  self->n_pages = 0;
}

/**
 * myo_export_get_page_size:
 * @width: (out) (optional): in points
 * @height: (out) (optional): in points
 */
void
myo_export_get_page_size (MyoExport *self,
                          double    *width,
                          double    *height)
{
  g_return_if_fail (MYO_IS_EXPORT (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

/**
 * myo_export_get_n_pages:
 *
 * Returns: how many pages the document takes on its paper
 */
guint
myo_export_get_n_pages (MyoExport *self)
{
  g_return_val_if_fail (MYO_IS_EXPORT (self), 0);

  ensure_layout (self);
  return self->n_pages;
}

/**
 * myo_export_draw_page:
 * @cr: a context whose user space is the page in points, origin at its
 *   top left corner (a PDF page, or a print context set to points)
 * @page: from 0
 *
 * Draws one page. The PDF writer and printing both draw through this.
 */
void
myo_export_draw_page (MyoExport *self,
                      cairo_t   *cr,
                      guint      page)
{
  MyoExportFlow footer = { .self = self, .left = MARGIN_SIDE, .width = 0 };

  g_return_if_fail (MYO_IS_EXPORT (self));
  g_return_if_fail (cr != NULL);

  ensure_layout (self);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  run_layout (self, cr, page);
  footer.cr = cr;
  footer.page = page;
  footer.width = self->page_width - 2 * MARGIN_SIDE;
  _myo_export_draw_footer (&footer, self->n_pages);
  cairo_restore (cr);
}

/**
 * myo_export_write_pdf:
 *
 * Writes the document as a PDF, atomically (a temporary file, then a
 * rename), mode 0600: it is health data.
 */
gboolean
myo_export_write_pdf (MyoExport   *self,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *date = NULL;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (MYO_IS_EXPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = myo_export_get_n_pages (self);
  surface = cairo_pdf_surface_create_for_stream (myo_cairo_append_to_bytes, bytes, self->page_width, self->page_height);
  date = g_date_time_format_iso8601 (self->date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  self->kind == MYO_EXPORT_HANDOUT ? _("Self-care handout") : _("Session report"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Myomap " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);

  cr = cairo_create (surface);
  self->n_pictures = 0;
  for (guint page = 0; page < n_pages; page++)
    {
      myo_export_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  g_clear_pointer (&cr, cairo_destroy);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_WRITE,
                   _("Could not make the PDF (%s)."), cairo_status_to_string (status));
      return FALSE;
    }

  if (!myo_file_write_atomic (path, (const char *) bytes->data, bytes->len, &local_error))
    {
      g_set_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_WRITE,
                   _("Could not write %s: %s. Choose a folder you can write to."), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * myo_paper_get_default_size:
 * @width: (out): in points
 * @height: (out): in points
 *
 * The locale's paper (LC_PAPER: Letter in the US and Canada, A4 in most
 * other places), or A4 where the C library cannot say.
 */
void
myo_paper_get_default_size (double *width,
                            double *height)
{
  *width = MYO_PAPER_A4_WIDTH;
  *height = MYO_PAPER_A4_HEIGHT;

/* _NL_PAPER_* are enum values, not macros: test for glibc instead */
#ifdef __GLIBC__
  {
    /* glibc returns the sizes in millimetres, as integers in the pointer */
    union { char *string; unsigned int word; } w, h;

    w.string = nl_langinfo (_NL_PAPER_WIDTH);
    h.string = nl_langinfo (_NL_PAPER_HEIGHT);
    if (w.word >= 100 && w.word <= 1000 && h.word >= 100 && h.word <= 1500)
      {
        /* Letter is 215.9 mm wide; glibc rounds it to 216 */
        if (w.word == 216 && h.word == 279)
          {
            *width = MYO_PAPER_LETTER_WIDTH;
            *height = MYO_PAPER_LETTER_HEIGHT;
          }
        else if (!(w.word == 210 && h.word == 297))
          {
            *width = w.word * MM;
            *height = h.word * MM;
          }
      }
  }
#endif
}

/**
 * myo_paper_lookup:
 * @name: "a4" or "letter" (any case)
 *
 * Returns: %TRUE with the size in points, or %FALSE with an error naming
 *   the sizes there are
 */
gboolean
myo_paper_lookup (const char  *name,
                  double      *width,
                  double      *height,
                  GError     **error)
{
  if (g_ascii_strcasecmp (name, "a4") == 0)
    {
      *width = MYO_PAPER_A4_WIDTH;
      *height = MYO_PAPER_A4_HEIGHT;
      return TRUE;
    }

  if (g_ascii_strcasecmp (name, "letter") == 0)
    {
      *width = MYO_PAPER_LETTER_WIDTH;
      *height = MYO_PAPER_LETTER_HEIGHT;
      return TRUE;
    }

  g_set_error (error, MYO_EXPORT_ERROR, MYO_EXPORT_ERROR_PAPER,
               _("Unknown paper size “%s”. Use a4 or letter."), name);
  return FALSE;
}

/* How many step pictures the last drawing drew */
guint
_myo_export_get_n_pictures (MyoExport *self)
{
  g_return_val_if_fail (MYO_IS_EXPORT (self), 0);
  return self->n_pictures;
}
