/* myo-export-layout.c: the elements pages are made of (paragraphs,
 * headings, maps, legends, boxes, tables), placed by a cursor that breaks
 * pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "myo-export-private.h"

gboolean
_myo_export_flow_visible (const MyoExportFlow *flow)
{
  return flow->cr != NULL && flow->page == flow->target;
}

/* Makes room for @height, on a new page when the rest of this one is too
 * short; returns whether the caller draws (it is on the page asked for) */
gboolean
_myo_export_flow_place (MyoExportFlow *flow,
                        double         height)
{
  if (flow->y + height > flow->bottom && flow->y > flow->top + 1)
    {
      flow->page++;
      flow->y = flow->top;
    }

  return _myo_export_flow_visible (flow);
}

PangoLayout *
_myo_export_create_layout (MyoExport  *self,
                           const char *markup,
                           double      size,
                           double      width)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * self->font_scale * PANGO_SCALE + 0.5));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));

  return layout;
}

double
_myo_export_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

void
_myo_export_show_layout (cairo_t     *cr,
                         PangoLayout *layout,
                         double       x,
                         double       y,
                         guint32      rgb)
{
  myo_cairo_set_source_hex (cr, rgb, 1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Text inside a PDF structure element ("H1", "P"…), so screen readers and
 * reflowing viewers read the handout in order; other surfaces ignore tags */
void
_myo_export_show_tagged (cairo_t     *cr,
                         const char  *tag,
                         PangoLayout *layout,
                         double       x,
                         double       y,
                         guint32      rgb)
{
  cairo_tag_begin (cr, tag, NULL);
  _myo_export_show_layout (cr, layout, x, y, rgb);
  cairo_tag_end (cr, tag);
}

/* A paragraph across the flow's width; returns nothing, moves the cursor */
void
_myo_export_flow_text (MyoExportFlow *flow,
                       const char    *markup,
                       double         size,
                       guint32        rgb,
                       double         space_after)
{
  g_autoptr(PangoLayout) layout = _myo_export_create_layout (flow->self, markup, size, flow->width);
  double height = _myo_export_layout_height (layout);

  if (_myo_export_flow_place (flow, height))
    _myo_export_show_tagged (flow->cr, "P", layout, flow->left, flow->y, rgb);
  flow->y += height + space_after;
}

void
_myo_export_flow_heading (MyoExportFlow *flow,
                          const char    *text,
                          double         keep_with)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
  g_autoptr(PangoLayout) layout = _myo_export_create_layout (flow->self, markup, 11.5, flow->width);
  double height = _myo_export_layout_height (layout);

  flow->y += 7 * flow->self->font_scale;
  /* A heading never ends a page: it moves on with what follows it */
  if (_myo_export_flow_place (flow, height + 4 + keep_with))
    {
      _myo_export_show_tagged (flow->cr, "H2", layout, flow->left, flow->y, INK);
      myo_cairo_set_source_hex (flow->cr, RULE, 1);
      cairo_set_line_width (flow->cr, 0.5);
      cairo_move_to (flow->cr, flow->left, flow->y + height + 1.5);
      cairo_line_to (flow->cr, flow->left + flow->width, flow->y + height + 1.5);
      cairo_stroke (flow->cr);
    }
  flow->y += height + 5;
}

static char *
format_date (GDateTime *date)
{
  /* Translators: the date on a handout or report, see g_date_time_format() */
  return g_date_time_format (date, _("%-d %B %Y"));
}

RsvgHandle *
_myo_export_get_svg (MyoExport     *self,
                     const MyoView *view)
{
  RsvgHandle *svg = g_hash_table_lookup (self->svgs, view);

  if (svg == NULL)
    {
      g_autoptr(GError) error = NULL;

      svg = myo_map_load_diagram (view, &error);
      if (svg == NULL)
        {
          /* Embedded and tested, so this is a broken build; the overlays
           * alone still show where to press. */
          g_debug ("Could not load the %s diagram: %s", view->id, error->message);
          return NULL;
        }
      g_hash_table_insert (self->svgs, (gpointer) view, svg);
    }

  return svg;
}

static const char *
get_view_caption (const MyoView *view)
{
  return view->left_on_viewer_left ? _("your left leg on the left") : _("your left leg on the right");
}

static gboolean
shapes_on_view (GPtrArray     *shapes,
                const MyoView *view)
{
  for (guint i = 0; i < shapes->len; i++)
    if (((MyoShape *) g_ptr_array_index (shapes, i))->view == view)
      return TRUE;

  return FALSE;
}

static int
compare_view_order (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  GPtrArray *views = user_data;
  guint index_a = 0, index_b = 0;

  g_ptr_array_find (views, *(gpointer *) a, &index_a);
  g_ptr_array_find (views, *(gpointer *) b, &index_b);

  return (int) index_a - (int) index_b;
}

/* The views worth showing: those where a mark is pressed or refers pain, or
 * where the session has points; at most @max, in the knowledge base's order,
 * views with a place to press first */
GPtrArray *
_myo_export_pick_views (MyoExport *self,
                        gboolean   report,
                        guint      max)
{
  GPtrArray *views = myo_kb_get_views (self->kb);
  GPtrArray *picked = g_ptr_array_new ();

  for (guint pass = 0; pass < 2; pass++)
    for (guint v = 0; v < views->len && picked->len < max; v++)
      {
        const MyoView *view = g_ptr_array_index (views, v);
        gboolean wanted = FALSE;

        if (g_ptr_array_find (picked, view, NULL))
          continue;

        for (guint i = 0; i < self->selection->len && !wanted; i++)
          {
            const MyoSelection *mark = &g_array_index (self->selection, MyoSelection, i);

            wanted = mark->trp->location_view == view ||
                     (pass == 1 && !report && shapes_on_view (mark->trp->essential, view));
          }

        for (guint i = 0; report && self->session != NULL && !wanted &&
                          i < myo_session_get_n_points (self->session); i++)
          wanted = myo_session_get_point (self->session, i)->view == view;

        if (wanted)
          g_ptr_array_add (picked, (gpointer) view);
      }

  /* Shown in the knowledge base's order, whichever pass picked them */
  g_ptr_array_sort_with_data (picked, compare_view_order, views);

  return picked;
}

/* The views side by side, each as tall as @height allows within the width,
 * with a caption under each */
void
_myo_export_flow_maps (MyoExportFlow *flow,
                       GPtrArray     *views,
                       MyoMapFlags    flags,
                       double         height,
                       double         unit)
{
  MyoExport *self = flow->self;
  const double gap = 5 * MM;
  double total = 0, scale, x, caption_height = 0;
  g_autoptr(GPtrArray) captions = g_ptr_array_new_with_free_func (g_object_unref);

  if (views->len == 0)
    return;

  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);

      total += view->width / view->height * height;
    }
  scale = MIN (1, (flow->width - gap * (views->len - 1)) / total);
  height *= scale;

  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n<span size='smaller'>%s</span>",
                                                         view->label, get_view_caption (view));
      PangoLayout *layout = _myo_export_create_layout (self, markup, 8, view->width / view->height * height + gap);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      caption_height = MAX (caption_height, _myo_export_layout_height (layout));
      g_ptr_array_add (captions, layout);
    }

  total = gap * (views->len - 1);
  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);

      total += view->width / view->height * height;
    }

  if (_myo_export_flow_place (flow, height + caption_height + 3))
    {
      x = flow->left + (flow->width - total) / 2;
      for (guint i = 0; i < views->len; i++)
        {
          const MyoView *view = g_ptr_array_index (views, i);
          double width = view->width / view->height * height;
          cairo_rectangle_t target = { x, flow->y, width, height };
          MyoMapScene scene = {
            .view = view,
            .svg = _myo_export_get_svg (self, view),
            .session = self->session,
            .marks = (const MyoSelection *) (gpointer) self->selection->data,
            .n_marks = self->selection->len,
            .flags = flags,
            .unit = height / 300 * unit,
          };

          myo_map_draw (flow->cr, &scene, NULL, &target);
          _myo_export_show_layout (flow->cr, g_ptr_array_index (captions, i), x - gap / 2, flow->y + height + 3, INK);
          x += width + gap;
        }
    }

  flow->y += height + caption_height + 3 + 4;
}

/* A row of symbols explaining the marks, drawn with the map's own code */
void
_myo_export_flow_legend (MyoExportFlow *flow,
                         gboolean       report)
{
  MyoExport *self = flow->self;
  struct { MyoMapSwatch swatch; const char *text; } items[5];
  const double box = 9;
  double x = flow->left, height = box;
  gboolean any_pressed = FALSE, any_deep = FALSE;
  guint n = 0, lines = 1;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->selection->len; i++)
    {
      gboolean pressed = myo_trigger_point_can_be_pressed (g_array_index (self->selection, MyoSelection, i).trp);

      any_pressed |= pressed;
      any_deep |= !pressed;
    }

#define ADD_ITEM(s, t) G_STMT_START { items[n].swatch = (s); items[n].text = (t); n++; } G_STMT_END
  if (report)
    ADD_ITEM (MYO_MAP_SWATCH_PAIN, _("a pain point, numbered as in the table below"));
  if (self->session != NULL && myo_areas_get_n_areas (myo_session_get_areas (self->session)) > 0)
    ADD_ITEM (MYO_MAP_SWATCH_AREA, _("where the pain was painted"));
  if (any_pressed)
    ADD_ITEM (MYO_MAP_SWATCH_PRESS, report ? _("a trigger point of the combination, numbered as above")
                                           : _("press here (numbered as below)"));
  if (!report)
    {
      ADD_ITEM (MYO_MAP_SWATCH_ESSENTIAL, _("where it sends pain"));
      ADD_ITEM (MYO_MAP_SWATCH_SPILLOVER, _("where it may also hurt"));
    }
  if (any_deep)
    ADD_ITEM (MYO_MAP_SWATCH_NO_PRESS, report ? _("one too deep to press") : _("lies too deep: do not press"));
#undef ADD_ITEM

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *markup = g_markup_escape_text (items[i].text, -1);
      PangoLayout *layout = _myo_export_create_layout (self, markup, 7.5, -1);

      height = MAX (height, _myo_export_layout_height (layout));
      g_ptr_array_add (layouts, layout);
    }

  /* Items side by side, wrapping to a new line at the right margin */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean draw = pass == 1 && _myo_export_flow_place (flow, lines * (height + 2));
      guint line = 0;

      x = flow->left;
      for (guint i = 0; i < n; i++)
        {
          int text_width;
          double width;

          pango_layout_get_size (g_ptr_array_index (layouts, i), &text_width, NULL);
          width = box * 1.6 + 4 + (double) text_width / PANGO_SCALE;
          if (x > flow->left && x + width > flow->left + flow->width)
            {
              x = flow->left;
              line++;
            }
          if (draw)
            {
              double y = flow->y + line * (height + 2);

              myo_map_draw_swatch (flow->cr, items[i].swatch, x, y + (height - box) / 2, box, 0.7);
              _myo_export_show_layout (flow->cr, g_ptr_array_index (layouts, i), x + box * 1.6 + 4, y, INK);
            }
          x += width + 12;
        }
      lines = line + 1;
    }

  flow->y += lines * (height + 2) + 2;
}

/* Bulleted items in one or two columns of about equal height, inside a
 * framed box */
void
_myo_export_flow_box_list (MyoExportFlow      *flow,
                           const char         *title,
                           const char * const *items,
                           guint               n_items,
                           guint               n_columns,
                           gboolean            strong)
{
  MyoExport *self = flow->self;
  const double pad = 7, gap = 10;
  double col_width = (flow->width - 2 * pad - gap * (n_columns - 1)) / n_columns;
  double column_height[2] = { 0 };
  double title_height, total = 0, height, y, sum = 0, best = G_MAXDOUBLE;
  guint split = n_items;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *heading_markup = g_markup_printf_escaped ("<b>%s</b>", title);

  g_return_if_fail (n_columns >= 1 && n_columns <= G_N_ELEMENTS (column_height));

  heading = _myo_export_create_layout (self, heading_markup, 10, flow->width - 2 * pad - (strong ? 14 : 0));
  title_height = _myo_export_layout_height (heading);

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("%s", items[i]);
      PangoLayout *layout = _myo_export_create_layout (self, markup, 8, col_width - 8);

      column_height[0] += _myo_export_layout_height (layout) + 2.5;
      g_ptr_array_add (layouts, layout);
    }

  /* The second column starts where the taller column is shortest */
  for (guint i = 0; n_columns == 2 && i <= n_items; i++)
    {
      double taller = MAX (sum, column_height[0] - sum);

      if (taller < best)
        {
          best = taller;
          split = i;
        }
      if (i < n_items)
        sum += _myo_export_layout_height (g_ptr_array_index (layouts, i)) + 2.5;
    }
  total = n_columns == 2 ? best : column_height[0];

  height = pad + title_height + 4 + total + pad - 2.5;
  if (_myo_export_flow_place (flow, height))
    {
      cairo_t *cr = flow->cr;

      cairo_rectangle (cr, flow->left, flow->y, flow->width, height);
      if (!strong)
        {
          myo_cairo_set_source_hex (cr, SHADE, 1);
          cairo_fill_preserve (cr);
        }
      myo_cairo_set_source_hex (cr, INK, 1);
      cairo_set_line_width (cr, strong ? 1.8 : 0.6);
      cairo_stroke (cr);

      if (strong)
        {
          /* A stop sign, drawn: no font needs to carry it */
          double cx = flow->left + pad + 5, cy = flow->y + pad + title_height / 2, r = 5.5;

          cairo_new_path (cr);
          for (int k = 0; k < 8; k++)
            cairo_line_to (cr, cx + r * cos (G_PI / 8 + k * G_PI / 4), cy + r * sin (G_PI / 8 + k * G_PI / 4));
          cairo_close_path (cr);
          myo_cairo_set_source_hex (cr, INK, 1);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_set_line_width (cr, 1.4);
          cairo_move_to (cr, cx - 2.6, cy);
          cairo_line_to (cr, cx + 2.6, cy);
          cairo_stroke (cr);
        }
      _myo_export_show_tagged (cr, "H3", heading, flow->left + pad + (strong ? 14 : 0), flow->y + pad, INK);

      for (guint c = 0; c < n_columns; c++)
        {
          y = flow->y + pad + title_height + 4;
          for (guint i = c == 0 ? 0 : split; i < (c == 0 ? split : n_items); i++)
            {
              PangoLayout *layout = g_ptr_array_index (layouts, i);
              double x = flow->left + pad + c * (col_width + gap);

              cairo_new_path (cr);
              cairo_arc (cr, x + 2, y + 4.2 * self->font_scale, 1.3, 0, 2 * G_PI);
              myo_cairo_set_source_hex (cr, INK, 1);
              cairo_fill (cr);
              _myo_export_show_tagged (cr, "P", layout, x + 8, y, INK);
              y += _myo_export_layout_height (layout) + 2.5;
            }
        }
    }

  flow->y += height + 6;
}

void
_myo_export_draw_header (MyoExportFlow *flow,
                         const char    *title,
                         const char    *subtitle)
{
  MyoExport *self = flow->self;
  g_autofree char *date = format_date (self->date);
  g_autofree char *title_markup = g_markup_printf_escaped ("<b>%s</b>", title);
  g_autofree char *date_markup = g_markup_escape_text (date, -1);
  g_autoptr(PangoLayout) title_layout = _myo_export_create_layout (self, title_markup, 19, flow->width * 0.7);
  g_autoptr(PangoLayout) date_layout = _myo_export_create_layout (self, date_markup, 9.5, flow->width * 0.3);
  double height = _myo_export_layout_height (title_layout);

  pango_layout_set_alignment (date_layout, PANGO_ALIGN_RIGHT);
  if (_myo_export_flow_place (flow, height))
    {
      _myo_export_show_tagged (flow->cr, "H1", title_layout, flow->left, flow->y, INK);
      _myo_export_show_layout (flow->cr, date_layout, flow->left + flow->width * 0.7,
                               flow->y + height - _myo_export_layout_height (date_layout) - 2, MUTED);
    }
  flow->y += height + 1;

  if (subtitle != NULL)
    _myo_export_flow_text (flow, subtitle, 10, MUTED, 3);

  if (_myo_export_flow_place (flow, 3))
    {
      myo_cairo_set_source_hex (flow->cr, INK, 1);
      cairo_set_line_width (flow->cr, 1.5);
      cairo_move_to (flow->cr, flow->left, flow->y + 1);
      cairo_line_to (flow->cr, flow->left + flow->width, flow->y + 1);
      cairo_stroke (flow->cr);
    }
  flow->y += 8;
}

void
_myo_export_draw_footer (MyoExportFlow *flow,
                         guint          n_pages)
{
  MyoExport *self = flow->self;
  g_autofree char *left = g_markup_printf_escaped ("Myomap · %s", _("self-care information, not a diagnosis"));
  g_autofree char *right = g_strdup_printf (_("Page %u of %u"), flow->page + 1, n_pages);
  g_autoptr(PangoLayout) left_layout = _myo_export_create_layout (self, left, 7.5, flow->width * 0.75);
  g_autoptr(PangoLayout) right_layout = _myo_export_create_layout (self, right, 7.5, flow->width * 0.25);
  double y = flow->self->page_height - MARGIN_BOTTOM + FOOTER_GAP - _myo_export_layout_height (left_layout);

  pango_layout_set_alignment (right_layout, PANGO_ALIGN_RIGHT);
  myo_cairo_set_source_hex (flow->cr, RULE, 1);
  cairo_set_line_width (flow->cr, 0.5);
  cairo_move_to (flow->cr, flow->left, y - 3);
  cairo_line_to (flow->cr, flow->left + flow->width, y - 3);
  cairo_stroke (flow->cr);
  _myo_export_show_layout (flow->cr, left_layout, flow->left, y, MUTED);
  _myo_export_show_layout (flow->cr, right_layout, flow->left + flow->width * 0.75, y, MUTED);
}
/* Tables */


/* One row of cells; returns its height. Draws when @cr is set. */
static double
table_row (MyoExport              *self,
           cairo_t                *cr,
           const MyoExportColumn  *columns,
           guint                   n_columns,
           const char            **cells,
           double                  x,
           double                  y,
           double                  width,
           double                  size,
           gboolean                header,
           gboolean                shaded,
           double                  min_height)
{
  const double pad = 1.8;
  double height = 0, cx = x;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *markup = header ? g_markup_printf_escaped ("<b>%s</b>", cells[c])
                                       : g_strdup (cells[c]);
      PangoLayout *layout = _myo_export_create_layout (self, markup, size, columns[c].width * width - 2 * pad);

      if (columns[c].right)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      height = MAX (height, _myo_export_layout_height (layout));
      g_ptr_array_add (layouts, layout);
    }
  height = MAX (height + 2 * 1.6, min_height);

  if (cr == NULL)
    return height;

  if (shaded)
    {
      cairo_rectangle (cr, x, y, width, height);
      myo_cairo_set_source_hex (cr, SHADE, 1);
      cairo_fill (cr);
    }

  for (guint c = 0; c < n_columns; c++)
    {
      _myo_export_show_layout (cr, g_ptr_array_index (layouts, c), cx + pad, y + 1.6, INK);
      cx += columns[c].width * width;
    }

  if (header)
    {
      myo_cairo_set_source_hex (cr, INK, 1);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, x, y + height);
      cairo_line_to (cr, x + width, y + height);
      cairo_stroke (cr);
    }

  return height;
}

/* The height of line @k of a band whose groups hold @per rows each: the
 * tallest of the rows side by side on that line */
static double
band_line_height (const double *heights,
                  guint         row,
                  guint         per,
                  guint         fit,
                  guint         n_groups,
                  guint         k)
{
  double tallest = 0;

  for (guint g = 0; g < n_groups; g++)
    if (g * per + k < fit)
      tallest = MAX (tallest, heights[row + g * per + k]);

  return tallest;
}

static double
band_height (const double *heights,
             guint         row,
             guint         per,
             guint         fit,
             guint         n_groups)
{
  double height = 0;

  for (guint k = 0; k < per; k++)
    height += band_line_height (heights, row, per, fit, n_groups, k);

  return height;
}

/* A table, its rows in @n_groups side-by-side groups of columns when rows
 * are many and short (60 pain points), continued on the next page with its
 * header when it does not fit */
void
_myo_export_flow_table (MyoExportFlow         *flow,
                        const MyoExportColumn *columns,
                        guint                  n_columns,
                        GPtrArray             *cells,
                        guint                  n_groups,
                        double                 size)
{
  MyoExport *self = flow->self;
  const double gap = 12;
  double group_width = (flow->width - gap * (n_groups - 1)) / n_groups;
  const char *header[8];
  guint n_rows = cells->len / n_columns;
  g_autofree double *heights = g_new0 (double, n_rows);
  double header_height, uniform = 0;
  guint row = 0;

  g_return_if_fail (n_columns <= G_N_ELEMENTS (header));

  for (guint c = 0; c < n_columns; c++)
    header[c] = columns[c].text;
  header_height = table_row (self, NULL, columns, n_columns, header, 0, 0, group_width, size, TRUE, FALSE, 0);
  for (guint r = 0; r < n_rows; r++)
    {
      heights[r] = table_row (self, NULL, columns, n_columns, (const char **) cells->pdata + r * n_columns,
                              0, 0, group_width, size, FALSE, FALSE, 0);
      uniform = MAX (uniform, heights[r]);
    }

  while (row < n_rows)
    {
      guint remaining = n_rows - row, per, fit = 0;
      double used = header_height, avail;

      /* A table starts where a few of its rows fit, not in the last line */
      _myo_export_flow_place (flow, header_height + (n_groups == 1 ? heights[row] : MIN (4, remaining) * uniform));
      avail = flow->bottom - flow->y;

      if (n_groups == 1)
        {
          while (row + fit < n_rows && (fit == 0 || used + heights[row + fit] <= avail))
            used += heights[row + fit++];
          per = fit;
        }
      else
        {
          /* As many lines as fit, the groups filled evenly */
          for (per = (remaining + n_groups - 1) / n_groups; per > 1; per--)
            if (header_height + band_height (heights, row, per, MIN (remaining, per * n_groups), n_groups) <= avail)
              break;
          fit = MIN (remaining, per * n_groups);
          used = header_height + band_height (heights, row, per, fit, n_groups);
        }

      if (_myo_export_flow_visible (flow))
        for (guint start = row, g = 0; start < row + fit; start += per, g++)
          {
            double x = flow->left + g * (group_width + gap);
            double y = flow->y;

            y += table_row (self, flow->cr, columns, n_columns, header, x, y, group_width, size, TRUE, FALSE, 0);
            for (guint r = start; r < MIN (row + fit, start + per); r++)
              {
                double line = n_groups == 1 ? heights[r]
                              : band_line_height (heights, row, per, fit, n_groups, r - start);

                table_row (self, flow->cr, columns, n_columns, (const char **) cells->pdata + r * n_columns,
                           x, y, group_width, size, FALSE, (r - start) % 2 == 1, line);
                y += line;
              }
          }

      flow->y += used + 6;
      row += fit;
      if (row < n_rows)
        {
          flow->page++;
          flow->y = flow->top;
        }
    }
}
