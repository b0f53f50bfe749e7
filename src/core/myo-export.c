/* myo-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <langinfo.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "myo-export.h"
#include "myo-json.h"

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

/* The type shrinks in these steps until the document fits its pages */
static const double font_scales[] = { 1.0, 0.94, 0.88, 0.83, 0.78 };

#define MIN_PAGE_SIZE  (100 * MM)
#define THUMB_SIZE     (19 * MM)
#define THUMB_CROP     190.0      /* diagram units around the point */
#define MAX_CANDIDATES 12
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
  PangoContext  *pango;

  /* Layout */
  double         page_width;
  double         page_height;
  double         font_scale;
  guint          n_pages;
};

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
} Flow;

/* One step card: a routine step, or a per-side step and its repeat on the
 * other leg */
typedef struct
{
  const MyoRoutineStep *step;
  gboolean              both_legs;
} Card;

G_DEFINE_FINAL_TYPE (MyoExport, myo_export, G_TYPE_OBJECT)

G_DEFINE_QUARK (myo-export-error-quark, myo_export_error)

/* Helpers */

static gboolean
flow_visible (const Flow *flow)
{
  return flow->cr != NULL && flow->page == flow->target;
}

/* Makes room for @height, on a new page when the rest of this one is too
 * short; returns whether the caller draws (it is on the page asked for) */
static gboolean
flow_place (Flow   *flow,
            double  height)
{
  if (flow->y + height > flow->bottom && flow->y > flow->top + 1)
    {
      flow->page++;
      flow->y = flow->top;
    }

  return flow_visible (flow);
}

static PangoLayout *
create_layout (MyoExport  *self,
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

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
show_layout (cairo_t     *cr,
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
static void
show_tagged (cairo_t     *cr,
             const char  *tag,
             PangoLayout *layout,
             double       x,
             double       y,
             guint32      rgb)
{
  cairo_tag_begin (cr, tag, NULL);
  show_layout (cr, layout, x, y, rgb);
  cairo_tag_end (cr, tag);
}

/* A paragraph across the flow's width; returns nothing, moves the cursor */
static void
flow_text (Flow       *flow,
           const char *markup,
           double      size,
           guint32     rgb,
           double      space_after)
{
  g_autoptr(PangoLayout) layout = create_layout (flow->self, markup, size, flow->width);
  double height = layout_height (layout);

  if (flow_place (flow, height))
    show_tagged (flow->cr, "P", layout, flow->left, flow->y, rgb);
  flow->y += height + space_after;
}

static void
flow_heading (Flow       *flow,
              const char *text,
              double      keep_with)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
  g_autoptr(PangoLayout) layout = create_layout (flow->self, markup, 11.5, flow->width);
  double height = layout_height (layout);

  flow->y += 7 * flow->self->font_scale;
  /* A heading never ends a page: it moves on with what follows it */
  if (flow_place (flow, height + 4 + keep_with))
    {
      show_tagged (flow->cr, "H2", layout, flow->left, flow->y, INK);
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

static RsvgHandle *
get_svg (MyoExport     *self,
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
static GPtrArray *
pick_views (MyoExport *self,
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
static void
flow_maps (Flow        *flow,
           GPtrArray   *views,
           MyoMapFlags  flags,
           double       height,
           double       unit)
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
      PangoLayout *layout = create_layout (self, markup, 8, view->width / view->height * height + gap);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      caption_height = MAX (caption_height, layout_height (layout));
      g_ptr_array_add (captions, layout);
    }

  total = gap * (views->len - 1);
  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);

      total += view->width / view->height * height;
    }

  if (flow_place (flow, height + caption_height + 3))
    {
      x = flow->left + (flow->width - total) / 2;
      for (guint i = 0; i < views->len; i++)
        {
          const MyoView *view = g_ptr_array_index (views, i);
          double width = view->width / view->height * height;
          cairo_rectangle_t target = { x, flow->y, width, height };
          MyoMapScene scene = {
            .view = view,
            .svg = get_svg (self, view),
            .session = self->session,
            .marks = (const MyoSelection *) (gpointer) self->selection->data,
            .n_marks = self->selection->len,
            .flags = flags,
            .unit = height / 300 * unit,
          };

          myo_map_draw (flow->cr, &scene, NULL, &target);
          show_layout (flow->cr, g_ptr_array_index (captions, i), x - gap / 2, flow->y + height + 3, INK);
          x += width + gap;
        }
    }

  flow->y += height + caption_height + 3 + 4;
}

/* A row of symbols explaining the marks, drawn with the map's own code */
static void
flow_legend (Flow    *flow,
             gboolean report)
{
  MyoExport *self = flow->self;
  struct { MyoMapSwatch swatch; const char *text; } items[4];
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
      PangoLayout *layout = create_layout (self, markup, 7.5, -1);

      height = MAX (height, layout_height (layout));
      g_ptr_array_add (layouts, layout);
    }

  /* Items side by side, wrapping to a new line at the right margin */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean draw = pass == 1 && flow_place (flow, lines * (height + 2));
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
              show_layout (flow->cr, g_ptr_array_index (layouts, i), x + box * 1.6 + 4, y, INK);
            }
          x += width + 12;
        }
      lines = line + 1;
    }

  flow->y += lines * (height + 2) + 2;
}

/* Bulleted items in one or two columns of about equal height, inside a
 * framed box */
static void
flow_box_list (Flow               *flow,
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

  heading = create_layout (self, heading_markup, 10, flow->width - 2 * pad - (strong ? 14 : 0));
  title_height = layout_height (heading);

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("%s", items[i]);
      PangoLayout *layout = create_layout (self, markup, 8, col_width - 8);

      column_height[0] += layout_height (layout) + 2.5;
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
        sum += layout_height (g_ptr_array_index (layouts, i)) + 2.5;
    }
  total = n_columns == 2 ? best : column_height[0];

  height = pad + title_height + 4 + total + pad - 2.5;
  if (flow_place (flow, height))
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
      show_tagged (cr, "H3", heading, flow->left + pad + (strong ? 14 : 0), flow->y + pad, INK);

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
              show_tagged (cr, "P", layout, x + 8, y, INK);
              y += layout_height (layout) + 2.5;
            }
        }
    }

  flow->y += height + 6;
}

static void
draw_header (Flow       *flow,
             const char *title,
             const char *subtitle)
{
  MyoExport *self = flow->self;
  g_autofree char *date = format_date (self->date);
  g_autofree char *title_markup = g_markup_printf_escaped ("<b>%s</b>", title);
  g_autofree char *date_markup = g_markup_escape_text (date, -1);
  g_autoptr(PangoLayout) title_layout = create_layout (self, title_markup, 19, flow->width * 0.7);
  g_autoptr(PangoLayout) date_layout = create_layout (self, date_markup, 9.5, flow->width * 0.3);
  double height = layout_height (title_layout);

  pango_layout_set_alignment (date_layout, PANGO_ALIGN_RIGHT);
  if (flow_place (flow, height))
    {
      show_tagged (flow->cr, "H1", title_layout, flow->left, flow->y, INK);
      show_layout (flow->cr, date_layout, flow->left + flow->width * 0.7,
                   flow->y + height - layout_height (date_layout) - 2, MUTED);
    }
  flow->y += height + 1;

  if (subtitle != NULL)
    flow_text (flow, subtitle, 10, MUTED, 3);

  if (flow_place (flow, 3))
    {
      myo_cairo_set_source_hex (flow->cr, INK, 1);
      cairo_set_line_width (flow->cr, 1.5);
      cairo_move_to (flow->cr, flow->left, flow->y + 1);
      cairo_line_to (flow->cr, flow->left + flow->width, flow->y + 1);
      cairo_stroke (flow->cr);
    }
  flow->y += 8;
}

static void
draw_footer (Flow *flow,
             guint n_pages)
{
  MyoExport *self = flow->self;
  g_autofree char *left = g_markup_printf_escaped ("Myomap · %s", _("self-care information, not a diagnosis"));
  g_autofree char *right = g_strdup_printf (_("Page %u of %u"), flow->page + 1, n_pages);
  g_autoptr(PangoLayout) left_layout = create_layout (self, left, 7.5, flow->width * 0.75);
  g_autoptr(PangoLayout) right_layout = create_layout (self, right, 7.5, flow->width * 0.25);
  double y = flow->self->page_height - MARGIN_BOTTOM + FOOTER_GAP - layout_height (left_layout);

  pango_layout_set_alignment (right_layout, PANGO_ALIGN_RIGHT);
  myo_cairo_set_source_hex (flow->cr, RULE, 1);
  cairo_set_line_width (flow->cr, 0.5);
  cairo_move_to (flow->cr, flow->left, y - 3);
  cairo_line_to (flow->cr, flow->left + flow->width, y - 3);
  cairo_stroke (flow->cr);
  show_layout (flow->cr, left_layout, flow->left, y, MUTED);
  show_layout (flow->cr, right_layout, flow->left + flow->width * 0.75, y, MUTED);
}

/* "Soleus, trigger point 1 (left leg)", as the candidates are named */
static char *
dup_selection_title (const MyoTriggerPoint *trp,
                     MyoSide                side)
{
  MyoCandidate candidate = { .trp = trp, .side = side };

  return myo_candidate_dup_title (&candidate);
}

/* The handout */

static int
find_mark (MyoExport             *self,
           const MyoTriggerPoint *trp,
           MyoSide                side)
{
  for (guint i = 0; i < self->selection->len; i++)
    {
      const MyoSelection *mark = &g_array_index (self->selection, MyoSelection, i);

      if (mark->trp == trp && mark->side == side)
        return i;
    }

  return -1;
}

static GArray *
collect_cards (MyoExport *self)
{
  GArray *cards = g_array_new (FALSE, FALSE, sizeof (Card));

  for (guint i = 0; i < myo_routine_get_n_steps (self->routine); i++)
    {
      const MyoRoutineStep *step = myo_routine_get_step (self->routine, i);
      gboolean merged = FALSE;

      /* The repeat on the other leg is the same card, done twice */
      if (step->other_leg)
        for (guint c = 0; c < cards->len && !merged; c++)
          {
            Card *card = &g_array_index (cards, Card, c);

            if (card->step->step == step->step && card->step->side == myo_side_other (step->side) &&
                !card->both_legs)
              card->both_legs = merged = TRUE;
          }

      if (!merged)
        {
          Card card = { step, FALSE };

          g_array_append_val (cards, card);
        }
    }

  return cards;
}

static char *
dup_card_meta (const Card *card)
{
  const MyoStep *step = card->step->step;
  g_autoptr(GString) meta = g_string_new (NULL);

  if (card->both_legs)
    g_string_append_printf (meta, _("%s, then the other leg"), myo_side_get_label (card->step->side));
  else
    g_string_append (meta, myo_side_get_label (card->step->side));

  if (step->hold_seconds > 0)
    {
      g_string_append (meta, "   ·   ");
      g_string_append_printf (meta, _("Hold %u s"), step->hold_seconds);
      g_string_append (meta, "   ·   ");
      if (step->repetitions <= 1)
        g_string_append (meta, _("once"));
      else
        g_string_append_printf (meta, g_dngettext (GETTEXT_PACKAGE, "%u time", "%u times", step->repetitions),
                                step->repetitions);
    }
  else
    {
      g_string_append (meta, "   ·   ");
      g_string_append (meta, _("no timer: take your time"));
    }

  return g_string_free (g_steal_pointer (&meta), FALSE);
}

static char *
dup_card_body (const Card *card)
{
  const MyoStep *step = card->step->step;
  g_auto(GStrv) lines = myo_routine_step_dup_instructions (card->step);
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_autofree char *line = g_markup_escape_text (lines[l], -1);

      g_string_append_printf (body, "%s•  %s", l > 0 ? "\n" : "", line);
    }

  if (step->caution != NULL)
    {
      g_autofree char *caution = g_markup_printf_escaped ("\n<b>%s</b> %s", _("Caution:"), step->caution);

      g_string_append (body, caution);
    }

  for (guint a = 0; a < step->alternatives->len; a++)
    {
      const MyoAlternative *alternative = g_ptr_array_index (step->alternatives, a);
      g_autofree char *joined = g_strjoinv (" ", alternative->instructions);
      g_autofree char *text = g_markup_printf_escaped ("\n<span size='smaller'><b>%s</b> %s</span>",
                                                       alternative->title, joined);

      g_string_append (body, text);
    }

  return g_string_free (g_steal_pointer (&body), FALSE);
}

static void
draw_thumbnail (MyoExport  *self,
                cairo_t    *cr,
                const Card *card,
                double      x,
                double      y)
{
  const MyoTriggerPoint *trp = g_ptr_array_index (card->step->trigger_points, 0);
  const MyoView *view = trp->location_view;
  MyoPoint at = myo_view_to_side (view, trp->location, card->step->side);
  cairo_rectangle_t crop = myo_map_crop_around (view, at, THUMB_CROP);
  cairo_rectangle_t target = { x, y, THUMB_SIZE, THUMB_SIZE };
  MyoMapScene scene = {
    .view = view,
    .svg = get_svg (self, view),
    .marks = (const MyoSelection *) (gpointer) self->selection->data,
    .n_marks = self->selection->len,
    .flags = MYO_MAP_PRESS_MARKS | MYO_MAP_MARK_LABELS,
    .unit = THUMB_SIZE / 75,
  };
  g_autoptr(GArray) only = g_array_new (FALSE, FALSE, sizeof (MyoSelection));
  int index = find_mark (self, trp, card->step->side);

  /* A step for a point outside the selection still gets its ✕ */
  if (index < 0)
    {
      MyoSelection mark = { trp, card->step->side };

      g_array_append_val (only, mark);
      scene.marks = (const MyoSelection *) (gpointer) only->data;
      scene.n_marks = 1;
      scene.flags = MYO_MAP_PRESS_MARKS;
    }

  cairo_save (cr);
  cairo_rectangle (cr, x, y, THUMB_SIZE, THUMB_SIZE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  myo_map_draw (cr, &scene, &crop, &target);
  cairo_rectangle (cr, x, y, THUMB_SIZE, THUMB_SIZE);
  myo_cairo_set_source_hex (cr, RULE, 1);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
flow_card (Flow       *flow,
           const Card *card,
           guint       number)
{
  MyoExport *self = flow->self;
  const double text_x = THUMB_SIZE + 10, pad = 5;
  double text_width = flow->width - text_x;
  g_autofree char *title = myo_routine_step_dup_title (card->step);
  g_autofree char *meta = dup_card_meta (card);
  g_autofree char *body = dup_card_body (card);
  g_autofree char *head_markup = g_markup_printf_escaped ("<b>%u.  %s</b>\n<b>%s</b>", number, title, meta);
  g_autoptr(PangoLayout) head = create_layout (self, head_markup, 9.5, text_width);
  g_autoptr(PangoLayout) text = create_layout (self, body, 8.3, text_width);
  double head_height = layout_height (head);
  double height = MAX (THUMB_SIZE, head_height + 2 + layout_height (text)) + 2 * pad;

  if (flow_place (flow, height))
    {
      cairo_t *cr = flow->cr;

      draw_thumbnail (self, cr, card, flow->left, flow->y + pad);
      show_tagged (cr, "H4", head, flow->left + text_x, flow->y + pad - 1, INK);
      show_tagged (cr, "P", text, flow->left + text_x, flow->y + pad + head_height + 1, INK);
      myo_cairo_set_source_hex (cr, RULE, 1);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, flow->left, flow->y + height);
      cairo_line_to (cr, flow->left + flow->width, flow->y + height);
      cairo_stroke (cr);
    }

  flow->y += height;
}

static void
layout_handout (Flow *flow)
{
  MyoExport *self = flow->self;
  GPtrArray *flags = myo_kb_get_red_flags (self->kb);
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();
  g_autoptr(GPtrArray) views = pick_views (self, FALSE, 3);
  g_autoptr(GArray) cards = collect_cards (self);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *disclaimer = g_markup_escape_text (myo_kb_get_disclaimer (self->kb), -1);
  g_autofree char *note = g_strdup_printf ("<i>%s</i>", disclaimer);

  for (guint i = 0; i < self->selection->len; i++)
    {
      const MyoSelection *mark = &g_array_index (self->selection, MyoSelection, i);
      g_autofree char *label = dup_selection_title (mark->trp, mark->side);
      g_autofree char *item = g_markup_printf_escaped ("%s%s", i > 0 ? "; " : "", label);

      g_string_append (names, item);
    }

  draw_header (flow, _("Your self-care plan"), names->str);
  flow_text (flow, note, 8.3, MUTED, 4);

  flow_heading (flow, _("Where to press, and where the pain comes from"), 200);
  flow_maps (flow, views, MYO_MAP_ZONES | MYO_MAP_PRESS_MARKS | MYO_MAP_MARK_LABELS, 230, 1.1);
  flow_legend (flow, FALSE);

  for (guint i = 0; i < self->selection->len; i++)
    {
      const MyoSelection *mark = &g_array_index (self->selection, MyoSelection, i);
      g_autofree char *label = dup_selection_title (mark->trp, mark->side);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%u  %s:</b> %s%s", i + 1, label,
                                                         mark->trp->location_text,
                                                         myo_trigger_point_can_be_pressed (mark->trp) ? ""
                                                         : _(" It lies too deep to press: the routine "
                                                             "only stretches it."));

      flow_text (flow, markup, 8.5, INK, 2);
    }
  flow->y += 6;

  for (guint i = 0; i < flags->len; i++)
    g_ptr_array_add (questions, ((MyoRedFlag *) g_ptr_array_index (flags, i))->question);
  flow_box_list (flow, _("Stop, do not press, and see a clinician if any of these is true"),
                 (const char * const *) questions->pdata, questions->len, 2, TRUE);

  flow_heading (flow, _("Your routine, step by step"), THUMB_SIZE + 30);
  for (guint i = 0; i < cards->len; i++)
    {
      const Card *card = &g_array_index (cards, Card, i);
      const MyoTriggerPoint *trp = g_ptr_array_index (card->step->trigger_points, 0);
      const Card *previous = i > 0 ? &g_array_index (cards, Card, i - 1) : NULL;

      /* Step titles say "point 1"; the muscle they belong to heads them */
      if (previous == NULL ||
          ((MyoTriggerPoint *) g_ptr_array_index (previous->step->trigger_points, 0))->muscle != trp->muscle)
        {
          g_autoptr(GString) numbers = g_string_new (NULL);
          g_autofree char *markup = NULL;
          g_autoptr(PangoLayout) layout = NULL;

          /* With the numbers of its marks on the map */
          for (guint m = 0; m < self->selection->len; m++)
            if (g_array_index (self->selection, MyoSelection, m).trp->muscle == trp->muscle)
              g_string_append_printf (numbers, "%s%u", numbers->len > 0 ? ", " : "", m + 1);
          markup = g_markup_printf_escaped ("<b>%s%s%s</b>", numbers->str, numbers->len > 0 ? "  " : "",
                                            trp->muscle->name);
          layout = create_layout (self, markup, 10.5, flow->width);
          double height = layout_height (layout);

          flow->y += 4;
          if (flow_place (flow, height + THUMB_SIZE + 12))
            show_tagged (flow->cr, "H3", layout, flow->left, flow->y, ACCENT);
          flow->y += height + 1;
        }

      flow_card (flow, card, i + 1);
    }

  if (cards->len == 0)
    flow_text (flow, _("These trigger points have no steps in the knowledge base."), 9, INK, 4);
}

/* The report */

typedef struct
{
  const char *text;
  double      width;   /* a fraction of the table's width */
  gboolean    right;
} Column;

/* One row of cells; returns its height. Draws when @cr is set. */
static double
table_row (MyoExport    *self,
           cairo_t      *cr,
           const Column *columns,
           guint         n_columns,
           const char  **cells,
           double        x,
           double        y,
           double        width,
           double        size,
           gboolean      header,
           gboolean      shaded,
           double        min_height)
{
  const double pad = 1.8;
  double height = 0, cx = x;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *markup = header ? g_markup_printf_escaped ("<b>%s</b>", cells[c])
                                       : g_strdup (cells[c]);
      PangoLayout *layout = create_layout (self, markup, size, columns[c].width * width - 2 * pad);

      if (columns[c].right)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      height = MAX (height, layout_height (layout));
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
      show_layout (cr, g_ptr_array_index (layouts, c), cx + pad, y + 1.6, INK);
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
static void
flow_table (Flow          *flow,
            const Column  *columns,
            guint          n_columns,
            GPtrArray     *cells,
            guint          n_groups,
            double         size)
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
      flow_place (flow, header_height + (n_groups == 1 ? heights[row] : MIN (4, remaining) * uniform));
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

      if (flow_visible (flow))
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

static char *
dup_point_numbers (MyoSession         *session,
                   const MyoCandidate *candidate,
                   MyoZoneKind         zone)
{
  g_autoptr(GString) numbers = g_string_new (NULL);

  for (guint i = 0; i < candidate->hits->len; i++)
    {
      const MyoMatchHit *hit = &g_array_index (candidate->hits, MyoMatchHit, i);

      if (hit->zone != zone)
        continue;

      for (guint p = 0; p < myo_session_get_n_points (session); p++)
        if (myo_session_get_point (session, p)->id == hit->point_id)
          g_string_append_printf (numbers, "%s%u", numbers->len > 0 ? ", " : "", p + 1);
    }

  return numbers->len > 0 ? g_string_free (g_steal_pointer (&numbers), FALSE) : NULL;
}

/* "3 of 60 — main: 1, 4; spillover: 9", by the table's point numbers */
static char *
dup_compact_reason (MyoSession         *session,
                    const MyoCandidate *candidate)
{
  const struct { MyoZoneKind zone; const char *label; } zones[] = {
    { MYO_ZONE_ESSENTIAL, _("main") },
    { MYO_ZONE_LOCAL, _("at the point") },
    { MYO_ZONE_SPILLOVER, _("spillover") },
  };
  g_autoptr(GString) reason = g_string_new (NULL);
  guint n_groups = 0;

  g_string_append_printf (reason, _("%u of %u"), candidate->hits->len, myo_session_get_n_points (session));
  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autofree char *numbers = dup_point_numbers (session, candidate, zones[z].zone);

      if (numbers == NULL)
        continue;
      g_string_append_printf (reason, "%s<i>%s</i>: %s", n_groups++ == 0 ? " — " : "; ", zones[z].label, numbers);
    }

  return g_string_free (g_steal_pointer (&reason), FALSE);
}

/* Region names read best; by many points, their numbers keep it short */
static char *
dup_reason (MyoSession         *session,
            const MyoCandidate *candidate)
{
  g_autofree char *reason = NULL;

  if (myo_session_get_n_points (session) > COMPACT_POINTS)
    return dup_compact_reason (session, candidate);

  reason = myo_candidate_dup_reason (candidate, session);
  return g_markup_escape_text (reason, -1);
}

static int
get_pain_before (MyoSession *session)
{
  int before = 0;

  for (guint i = 0; i < myo_session_get_n_points (session); i++)
    before = MAX (before, myo_session_get_point (session, i)->intensity);

  return before;
}

static void
layout_report (Flow *flow)
{
  MyoExport *self = flow->self;
  MyoSession *session = self->session;
  guint n_points = myo_session_get_n_points (session);
  GPtrArray *combination = myo_match_get_combination (self->match);
  GArray *unexplained = myo_match_get_unexplained (self->match);
  g_autoptr(GPtrArray) views = pick_views (self, TRUE, 5);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) figures = g_string_new (NULL);
  g_autofree char *summary = myo_match_dup_summary (self->match);
  g_autofree char *disclaimer = g_markup_printf_escaped ("<i>%s</i>", myo_kb_get_disclaimer (self->kb));
  int after = myo_session_get_pain_after (session);
  gboolean compact = n_points > 24;
  Column point_columns[] = {
    { _("#"), 0.07, TRUE },
    { _("Leg"), 0.2, FALSE },
    { _("Region"), 0.4, FALSE },
    { _("Pain"), 0.1, TRUE },
    { _("Feels"), 0.23, FALSE },
  }, compact_columns[] = {
    { _("#"), 0.09, TRUE },
    { _("Leg · region"), 0.50, FALSE },
    { _("Pain"), 0.14, TRUE },
    { _("Feels"), 0.27, FALSE },
  };
  Column candidate_columns[] = {
    { _("#"), 0.045, TRUE },
    { _("Trigger point"), 0.36, FALSE },
    { _("Score"), 0.08, TRUE },
    { n_points > COMPACT_POINTS ? _("Explains points (by #)") : _("Explains"), 0.395, FALSE },
    { _("Chosen"), 0.12, FALSE },
  };
  guint n_candidates = myo_match_get_n_candidates (self->match);
  g_autoptr(GPtrArray) answered = NULL;

  {
    g_autofree char *subtitle = NULL;

    if (self->source_name != NULL)
      subtitle = g_markup_printf_escaped (_("Session %s · trigger-point screening with Myomap, for a clinician"),
                                          self->source_name);
    else
      subtitle = g_strdup (_("Trigger-point screening with Myomap, for a clinician"));
    draw_header (flow, _("Session report"), subtitle);
  }
  flow_text (flow, disclaimer, 7.8, MUTED, 5);

  /* The figures a clinician looks for first */
  g_string_append_printf (figures, "<b>%s</b> %u    ", _("Pain points:"), n_points);
  if (n_points > 0)
    g_string_append_printf (figures, "<b>%s</b> %d/10    ", _("Pain before (strongest point):"),
                            get_pain_before (session));
  if (after >= 0)
    g_string_append_printf (figures, "<b>%s</b> %d/10", _("Pain after the routine:"), after);
  else
    g_string_append_printf (figures, "<b>%s</b> %s", _("Pain after the routine:"), _("not recorded"));
  flow_text (flow, figures->str, 9.5, INK, 6);

  flow_heading (flow, _("Suggested combination"), 30);
  {
    g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", summary);

    flow_text (flow, markup, 9, INK, 3);
  }
  for (guint i = 0; i < combination->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);
      g_autofree char *title = myo_candidate_dup_title (candidate);
      g_autofree char *reason = dup_reason (session, candidate);
      g_autofree char *name = g_markup_printf_escaped ("<b>%u  %s</b> — ", i + 1, title);
      g_autofree char *markup = g_strconcat (name, reason, NULL);

      flow_text (flow, markup, 8.5, INK, 2);
    }
  if (combination->len > MYO_ROUTINE_MAX_TRIGGER_POINTS)
    {
      g_autofree char *note = g_strdup_printf (_("The routine covers the first %u; treating many points at "
                                                 "once leaves soreness."), MYO_ROUTINE_MAX_TRIGGER_POINTS);

      flow_text (flow, note, 8.5, MUTED, 2);
    }

  if (views->len > 0)
    {
      flow->y += 6;
      flow_maps (flow, views, MYO_MAP_PAIN_POINTS | MYO_MAP_PAIN_INDEX | MYO_MAP_PRESS_MARKS | MYO_MAP_MARK_LABELS,
                 n_points > 20 ? 250 : 200, 1.5);
      flow_legend (flow, TRUE);
    }

  flow_heading (flow, _("Pain points"), 30);
  for (guint i = 0; i < n_points; i++)
    {
      const MyoPainPoint *point = myo_session_get_point (session, i);

      g_ptr_array_add (rows, g_strdup_printf ("%u", i + 1));
      if (compact)
        /* Translators: L and R stand for the left and right leg in a narrow table */
        g_ptr_array_add (rows, g_markup_printf_escaped ("%s · %s", point->side == MYO_SIDE_LEFT ? _("L") : _("R"),
                                                        point->region->name));
      else
        {
          g_ptr_array_add (rows, g_strdup (myo_side_get_label (point->side)));
          g_ptr_array_add (rows, g_markup_escape_text (point->region->name, -1));
        }
      g_ptr_array_add (rows, g_strdup_printf ("%d", point->intensity));
      g_ptr_array_add (rows, point->quality == MYO_QUALITY_NONE ? g_strdup ("")
                             : g_markup_escape_text (myo_quality_get_label (point->quality), -1));
    }
  if (n_points == 0)
    flow_text (flow, _("No pain points were marked."), 9, INK, 4);
  else if (compact)
    flow_table (flow, compact_columns, G_N_ELEMENTS (compact_columns), rows, 3, 7);
  else
    flow_table (flow, point_columns, G_N_ELEMENTS (point_columns), rows, n_points > 8 ? 2 : 1, 7.8);

  flow_heading (flow, _("Ranked candidates"), 30);
  g_ptr_array_set_size (rows, 0);
  for (guint i = 0; i < MIN (n_candidates, MAX_CANDIDATES); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (self->match, i);
      g_autofree char *title = myo_candidate_dup_title (candidate);

      g_ptr_array_add (rows, g_strdup_printf ("%u", i + 1));
      g_ptr_array_add (rows, g_markup_escape_text (title, -1));
      g_ptr_array_add (rows, g_strdup_printf ("%.1f", candidate->score));
      g_ptr_array_add (rows, dup_reason (session, candidate));
      g_ptr_array_add (rows, g_strdup (candidate->in_combination ? _("yes") : ""));
    }
  if (rows->len > 0)
    flow_table (flow, candidate_columns, G_N_ELEMENTS (candidate_columns), rows, 1, 7.8);
  else
    flow_text (flow, _("No trigger point explains these points."), 9, INK, 4);
  if (n_candidates > MAX_CANDIDATES)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more candidate with a lower score is not listed.",
                                                            "%u more candidates with lower scores are not listed.",
                                                            n_candidates - MAX_CANDIDATES),
                                               n_candidates - MAX_CANDIDATES);

      flow_text (flow, more, 8, MUTED, 3);
    }

  answered = myo_session_dup_answered (session);
  if (answered->len > 0)
    {
      flow_heading (flow, _("“Is this my pain?”"), 20);
      for (guint i = 0; i < answered->len; i++)
        {
          g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (answered, i), ":", 2);
          const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (self->kb, parts[0]);
          g_autofree char *label = NULL;
          g_autofree char *markup = NULL;
          MyoSide side;

          if (trp == NULL || parts[1] == NULL || !myo_side_from_string (parts[1], &side))
            continue;
          label = dup_selection_title (trp, side);
          markup = g_markup_printf_escaped ("%s: <b>%s</b>", label,
                                            myo_answer_get_label (myo_session_get_answer (session, trp, side)));
          flow_text (flow, markup, 8.5, INK, 2);
        }
    }

  if (unexplained->len > 0)
    {
      g_autoptr(GString) numbers = g_string_new (NULL);
      g_autofree char *markup = NULL;

      for (guint i = 0; i < unexplained->len; i++)
        for (guint p = 0; p < n_points; p++)
          if (myo_session_get_point (session, p)->id == g_array_index (unexplained, guint, i))
            {
              g_autofree char *label = myo_pain_point_dup_label (myo_session_get_point (session, p));

              if (n_points > COMPACT_POINTS)
                g_string_append_printf (numbers, "%s#%u", numbers->len > 0 ? ", " : "", p + 1);
              else
                g_string_append_printf (numbers, "%s#%u %s", numbers->len > 0 ? "; " : "", p + 1, label);
            }

      flow_heading (flow, _("Not explained by any trigger point"), 20);
      markup = g_markup_printf_escaped ("%s. <i>%s</i>", numbers->str,
                                        _("These need a clinician's assessment."));
      flow_text (flow, markup, 8.5, INK, 2);
    }
}

/* Layout */

static guint
run_layout (MyoExport *self,
            cairo_t   *cr,
            guint      target)
{
  Flow flow = {
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
    layout_handout (&flow);
  else
    layout_report (&flow);

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
  Flow footer = { .self = self, .left = MARGIN_SIDE, .width = 0 };

  g_return_if_fail (MYO_IS_EXPORT (self));
  g_return_if_fail (cr != NULL);

  ensure_layout (self);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  run_layout (self, cr, page);
  footer.cr = cr;
  footer.page = page;
  footer.width = self->page_width - 2 * MARGIN_SIDE;
  draw_footer (&footer, self->n_pages);
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
