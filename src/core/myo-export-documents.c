/* myo-export-documents.c: what the handout and the report say, in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "myo-export-private.h"
#include "myo-extent.h"
#include "myo-outcome.h"

/* One step card: a routine step, or a per-side step and its repeat on the
 * other leg */
typedef struct
{
  const MyoRoutineStep *step;
  gboolean              both_legs;
} Card;

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
    .svg = _myo_export_get_svg (self, view),
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

/* The step's position, as in the app */
static void
draw_picture (MyoExport     *self,
              cairo_t       *cr,
              const MyoStep *step,
              double         x,
              double         y)
{
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  RsvgRectangle viewport = { x, y, PICTURE_WIDTH, PICTURE_WIDTH * 3 / 4 };

  if (step->illustration == NULL)
    return;

  handle = myo_map_load_illustration (step->illustration, &error);
  if (handle == NULL)
    {
      /* Embedded and tested: a broken build. The card still has its text. */
      g_debug ("Could not load the picture %s: %s", step->illustration, error->message);
      return;
    }

  cairo_save (cr);
  if (rsvg_handle_render_document (handle, cr, &viewport, NULL))
    self->n_pictures++;
  cairo_rectangle (cr, x, y, viewport.width, viewport.height);
  myo_cairo_set_source_hex (cr, RULE, 1);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
  g_object_unref (handle);
}

static void
flow_card (MyoExportFlow *flow,
           const Card    *card,
           guint          number)
{
  MyoExport *self = flow->self;
  const gboolean picture = card->step->step->illustration != NULL;
  const double picture_x = THUMB_SIZE + 6;
  const double text_x = (picture ? picture_x + PICTURE_WIDTH : THUMB_SIZE) + 10, pad = 5;
  double text_width = flow->width - text_x;
  g_autofree char *title = myo_routine_step_dup_title (card->step);
  g_autofree char *meta = dup_card_meta (card);
  g_autofree char *body = dup_card_body (card);
  g_autofree char *head_markup = g_markup_printf_escaped ("<b>%u.  %s</b>\n<b>%s</b>", number, title, meta);
  g_autoptr(PangoLayout) head = _myo_export_create_layout (self, head_markup, 9.5, text_width);
  g_autoptr(PangoLayout) text = _myo_export_create_layout (self, body, 8.3, text_width);
  double head_height = _myo_export_layout_height (head);
  double height = MAX (picture ? PICTURE_WIDTH * 3 / 4 : THUMB_SIZE,
                       head_height + 2 + _myo_export_layout_height (text)) + 2 * pad;

  if (_myo_export_flow_place (flow, height))
    {
      cairo_t *cr = flow->cr;

      draw_thumbnail (self, cr, card, flow->left, flow->y + pad);
      if (picture)
        draw_picture (self, cr, card->step->step, flow->left + picture_x, flow->y + pad);
      _myo_export_show_tagged (cr, "H4", head, flow->left + text_x, flow->y + pad - 1, INK);
      _myo_export_show_tagged (cr, "P", text, flow->left + text_x, flow->y + pad + head_height + 1, INK);
      myo_cairo_set_source_hex (cr, RULE, 1);
      cairo_set_line_width (cr, 0.4);
      cairo_move_to (cr, flow->left, flow->y + height);
      cairo_line_to (cr, flow->left + flow->width, flow->y + height);
      cairo_stroke (cr);
    }

  flow->y += height;
}

void
_myo_export_layout_handout (MyoExportFlow *flow)
{
  MyoExport *self = flow->self;
  GPtrArray *flags = myo_kb_get_red_flags (self->kb);
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();
  g_autoptr(GPtrArray) emergencies = g_ptr_array_new ();
  g_autoptr(GPtrArray) views = _myo_export_pick_views (self, FALSE, 3);
  g_autoptr(GArray) cards = collect_cards (self);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *disclaimer = g_markup_escape_text (myo_kb_get_disclaimer (self->kb), -1);
  g_autofree char *note = g_strdup_printf ("<i>%s</i>", disclaimer);

  for (guint i = 0; i < self->selection->len; i++)
    {
      const MyoSelection *mark = &g_array_index (self->selection, MyoSelection, i);
      g_autofree char *label = myo_trigger_point_dup_title (mark->trp, mark->side);
      g_autofree char *item = g_markup_printf_escaped ("%s%s", i > 0 ? "; " : "", label);

      g_string_append (names, item);
    }

  _myo_export_draw_header (flow, _("Your self-care plan"), names->str);
  _myo_export_flow_text (flow, note, 8.3, MUTED, 4);

  _myo_export_flow_heading (flow, _("Where to press, and where the pain comes from"), 200);
  /* Where the person painted the pain, under the zones that explain it */
  _myo_export_flow_maps (flow, views, MYO_MAP_PAIN_AREAS | MYO_MAP_ZONES | MYO_MAP_PRESS_MARKS | MYO_MAP_MARK_LABELS,
                         230, 1.1);
  _myo_export_flow_legend (flow, FALSE);

  for (guint i = 0; i < self->selection->len; i++)
    {
      const MyoSelection *mark = &g_array_index (self->selection, MyoSelection, i);
      g_autofree char *label = myo_trigger_point_dup_title (mark->trp, mark->side);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%u  %s:</b> %s%s", i + 1, label,
                                                         mark->trp->location_text,
                                                         myo_trigger_point_can_be_pressed (mark->trp) ? ""
                                                         : _(" It lies too deep to press: the routine "
                                                             "only stretches it."));

      _myo_export_flow_text (flow, markup, 8.5, INK, 2);
    }
  flow->y += 6;

  /* The emergencies apart, as the app's seek-care page does */
  for (guint i = 0; i < flags->len; i++)
    if (((MyoRedFlag *) g_ptr_array_index (flags, i))->urgency == MYO_URGENCY_EMERGENCY)
      g_ptr_array_add (emergencies, ((MyoRedFlag *) g_ptr_array_index (flags, i))->question);
    else
      g_ptr_array_add (questions, ((MyoRedFlag *) g_ptr_array_index (flags, i))->question);
  if (emergencies->len > 0)
    _myo_export_flow_box_list (flow, _("Call emergency services now if any of these is true"),
                               (const char * const *) emergencies->pdata, emergencies->len, 2, TRUE);
  if (questions->len > 0)
    _myo_export_flow_box_list (flow, _("Stop, do not press, and see a clinician if any of these is true"),
                               (const char * const *) questions->pdata, questions->len, 2, TRUE);

  _myo_export_flow_heading (flow, _("Your routine, step by step"), THUMB_SIZE + 30);
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
          g_autofree char *muscle = myo_muscle_dup_display_name (trp->muscle);
          g_autoptr(PangoLayout) layout = NULL;

          /* With the numbers of its marks on the map */
          for (guint m = 0; m < self->selection->len; m++)
            if (g_array_index (self->selection, MyoSelection, m).trp->muscle == trp->muscle)
              g_string_append_printf (numbers, "%s%u", numbers->len > 0 ? ", " : "", m + 1);
          markup = g_markup_printf_escaped ("<b>%s%s%s</b>", numbers->str, numbers->len > 0 ? "  " : "",
                                            muscle);
          layout = _myo_export_create_layout (self, markup, 10.5, flow->width);
          double height = _myo_export_layout_height (layout);

          flow->y += 4;
          if (_myo_export_flow_place (flow, height + THUMB_SIZE + 12))
            _myo_export_show_tagged (flow->cr, "H3", layout, flow->left, flow->y, ACCENT);
          flow->y += height + 1;
        }

      flow_card (flow, card, i + 1);
    }

  if (cards->len == 0)
    _myo_export_flow_text (flow, _("These trigger points have no steps in the knowledge base."), 9, INK, 4);
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

  reason = myo_candidate_dup_numbered_reason (candidate, session);
  return g_markup_escape_text (reason, -1);
}

/* Pain ratings, extent, change against the episode's first session and
 * adherence: the figures a clinician reads an outcome by */
static void
flow_outcome (MyoExportFlow *flow)
{
  MyoExport *self = flow->self;
  MyoSession *session = self->session;
  static const char *rating_names[MYO_N_PAIN_RATINGS] = {
    N_("now"), N_("average"), N_("worst"),
  };
  g_autoptr(GString) ratings = g_string_new (NULL);
  g_autofree char *details = myo_extent_dup_details (session);
  g_autofree char *extent_markup = NULL;
  int before = myo_session_get_rating (session, MYO_PAIN_NOW) >= 0
               ? myo_session_get_rating (session, MYO_PAIN_NOW) : myo_session_get_worst_marked (session);
  int after = myo_session_get_pain_after (session);
  gboolean changes = FALSE;
  gboolean rated = FALSE;
  MyoJournalEntry *baseline = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDateTime *when = self->date != NULL ? self->date : now;

  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    rated |= myo_session_get_rating (session, i) >= 0;
  if (self->journal != NULL)
    baseline = myo_outcome_find_baseline (self->journal, when);

  /* Without ratings or earlier sessions, the figures above say it all */
  if (!rated && baseline == NULL)
    return;

  _myo_export_flow_heading (flow, _("Outcome"), 40);

  /* One line: the ratings, then the change around the routine */
  g_string_append_printf (ratings, "<b>%s</b> ", _("Pain intensity (0–10):"));
  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    {
      int value = myo_session_get_rating (session, i);

      if (value >= 0)
        g_string_append_printf (ratings, "%s %d   ", _(rating_names[i]), value);
      else
        g_string_append_printf (ratings, "%s —   ", _(rating_names[i]));
    }
  if (before > 0 && after >= 0)
    {
      MyoChange change = myo_change_between (before, after);
      g_autofree char *text = myo_change_dup_text (&change);
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      g_string_append_printf (ratings, " <b>%s</b> %s", _("Around the routine:"), escaped);
      changes = TRUE;
    }
  _myo_export_flow_text (flow, ratings->str, 9, INK, 3);

  /* The whole map's extent is among the figures at the top; here, by leg */
  if (details[0] != '\0')
    {
      extent_markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Pain extent by leg and view:"), details);
      _myo_export_flow_text (flow, extent_markup, 9, INK, 3);
    }

  if (self->journal != NULL)
    {
      g_autoptr(MyoAdherence) adherence = NULL;
      g_autofree char *adherence_text = NULL;
      g_autofree char *adherence_markup = NULL;

      if (baseline != NULL)
        {
          MyoChange change = myo_change_between (myo_outcome_entry_pain (baseline),
                                                 myo_outcome_session_pain (session));
          g_autofree char *date = g_date_time_format (myo_journal_entry_get_started (baseline), "%x");
          g_autofree char *text = myo_change_dup_text (&change);
          g_autofree char *markup = NULL;

          /* Translators: the date of the episode's first session, then the change */
          markup = g_markup_printf_escaped (_("<b>Since the first session of this episode (%s):</b> %s"),
                                            date, text);
          _myo_export_flow_text (flow, markup, 9, INK, 3);
          changes = TRUE;
        }

      adherence = myo_adherence_new (self->journal, self->kb,
                                     baseline != NULL ? myo_journal_entry_get_started (baseline) : NULL);
      if (adherence->n_sessions > 0)
        {
          adherence_text = myo_adherence_dup_text (adherence);
          adherence_markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Adherence:"), adherence_text);
          _myo_export_flow_text (flow, adherence_markup, 9, INK, 3);
        }
    }

  if (changes)
    _myo_export_flow_text (flow, _("Change is read against IMMPACT (Dworkin et al. 2008, J Pain 9:105–121): "
                                   "moderately important from a 30 % reduction, substantial from 50 %."),
                           7.5, MUTED, 4);
}

static gboolean
any_red_flag (MyoExport *self)
{
  GPtrArray *flags = myo_kb_get_red_flags (self->kb);

  for (guint i = 0; i < flags->len; i++)
    if (myo_session_get_red_flag (self->session, ((MyoRedFlag *) g_ptr_array_index (flags, i))->id,
                                  NULL) != MYO_ANSWER_NONE)
      return TRUE;

  return FALSE;
}

/* The red-flag questions as the person answered them, with the date */
static void
flow_red_flags (MyoExportFlow *flow)
{
  MyoExport *self = flow->self;
  GPtrArray *flags = myo_kb_get_red_flags (self->kb);
  gboolean any = any_red_flag (self);

  /* The figures at the top say when they were not */
  if (!any)
    return;

  _myo_export_flow_heading (flow, _("Red flags"), 30);

  for (guint i = 0; i < flags->len; i++)
    {
      const MyoRedFlag *flag = g_ptr_array_index (flags, i);
      g_autoptr(GDateTime) when = NULL;
      MyoAnswer answer = myo_session_get_red_flag (self->session, flag->id, &when);
      g_autofree char *date = NULL;
      g_autofree char *markup = NULL;

      if (answer == MYO_ANSWER_NONE)
        continue;

      date = g_date_time_format (when, "%x %H:%M");
      /* Translators: a red-flag question, the answer, then when it was given */
      markup = g_markup_printf_escaped (_("%s <b>%s</b> (%s)"), flag->question,
                                        answer == MYO_ANSWER_YES ? _("Yes") : _("No"), date);
      _myo_export_flow_text (flow, markup, 8.5, answer == MYO_ANSWER_YES ? INK : MUTED, 2);
    }
}

/* The painted areas, by leg and region, with their share of the leg */
static void
flow_areas (MyoExportFlow *flow)
{
  MyoSession *session = flow->self->session;
  MyoAreas *areas = myo_session_get_areas (session);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  MyoExportColumn columns[] = {
    { _("Leg · region"), 0.45, FALSE },
    { _("View"), 0.2, FALSE },
    { _("Pain"), 0.1, TRUE },
    { _("Share of the leg"), 0.25, TRUE },
  };

  if (myo_areas_get_n_areas (areas) == 0)
    return;

  _myo_export_flow_heading (flow, _("Painted areas"), 30);
  for (guint i = 0; i < myo_areas_get_n_areas (areas); i++)
    {
      const MyoArea *area = myo_areas_get_area (areas, i);
      MyoExtent leg = myo_extent_of_leg (session, area->view, area->side);

      g_ptr_array_add (rows, g_markup_printf_escaped ("%s · %s", myo_side_get_label (area->side),
                                                      area->region != NULL ? area->region->name : ""));
      g_ptr_array_add (rows, g_markup_escape_text (area->view->label, -1));
      g_ptr_array_add (rows, g_strdup_printf ("%d", area->intensity));
      g_ptr_array_add (rows, g_strdup_printf ("%.1f %%", leg.outline > 0 ? 100.0 * area->n_cells / leg.outline : 0));
    }
  _myo_export_flow_table (flow, columns, G_N_ELEMENTS (columns), rows, 1, 7.8);
}

void
_myo_export_layout_report (MyoExportFlow *flow)
{
  MyoExport *self = flow->self;
  MyoSession *session = self->session;
  guint n_points = myo_session_get_n_points (session);
  GPtrArray *combination = myo_match_get_combination (self->match);
  GArray *unexplained = myo_match_get_unexplained (self->match);
  g_autoptr(GPtrArray) views = _myo_export_pick_views (self, TRUE, 5);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) figures = g_string_new (NULL);
  g_autofree char *summary = myo_match_dup_summary (self->match);
  g_autofree char *disclaimer = g_markup_printf_escaped ("<i>%s</i>", myo_kb_get_disclaimer (self->kb));
  int after = myo_session_get_pain_after (session);
  gboolean compact = n_points > 24;
  MyoExportColumn point_columns[] = {
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
  MyoExportColumn candidate_columns[] = {
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
    _myo_export_draw_header (flow, _("Session report"), subtitle);
  }
  _myo_export_flow_text (flow, disclaimer, 7.8, MUTED, 5);

  /* The figures a clinician looks for first */
  g_string_append_printf (figures, "<b>%s</b> %u    ", _("Pain points:"), n_points);
  if (myo_areas_get_n_areas (myo_session_get_areas (session)) > 0)
    g_string_append_printf (figures, "<b>%s</b> %u    ", _("Painted areas:"),
                            myo_areas_get_n_areas (myo_session_get_areas (session)));
  if (!myo_session_is_empty (session))
    g_string_append_printf (figures, "<b>%s</b> %d/10    ", _("Pain before (strongest point):"),
                            myo_session_get_worst_marked (session));
  if (after >= 0)
    g_string_append_printf (figures, "<b>%s</b> %d/10    ", _("Pain after the routine:"), after);
  else
    g_string_append_printf (figures, "<b>%s</b> %s    ", _("Pain after the routine:"), _("not recorded"));
  {
    MyoExtent map = myo_areas_get_n_areas (myo_session_get_areas (session)) > 0
                    ? myo_extent_of_map (session) : (MyoExtent) { 0 };
    guint n_regions = myo_extent_count_regions (session);

    /* Translators: the painted share of the body chart, then a count of regions */
    g_string_append_printf (figures, g_dngettext (GETTEXT_PACKAGE, "<b>Pain extent:</b> %.1f %% (%u region)    ",
                                                  "<b>Pain extent:</b> %.1f %% (%u regions)    ", n_regions),
                            100 * myo_extent_get_share (&map), n_regions);
  }
  if (!any_red_flag (self))
    g_string_append_printf (figures, "<b>%s</b> %s", _("Red flags:"), _("not asked"));
  _myo_export_flow_text (flow, figures->str, 9.5, INK, 6);

  flow_outcome (flow);
  flow_red_flags (flow);

  _myo_export_flow_heading (flow, _("Suggested combination"), 30);
  {
    g_autofree char *markup = NULL;

    if (combination->len > 0)
      /* Translators: the combination's summary, then the share of the pain
       * marked it explains (each point and area counted by its intensity) */
      markup = g_markup_printf_escaped (_("<b>%s</b> Together they explain %.0f %% of the pain marked."),
                                        summary, 100 * myo_match_get_explained_share (self->match, NULL));
    else
      markup = g_markup_printf_escaped ("<b>%s</b>", summary);

    _myo_export_flow_text (flow, markup, 9, INK, 3);
  }
  for (guint i = 0; i < combination->len; i++)
    {
      const MyoCandidate *candidate = g_ptr_array_index (combination, i);
      g_autofree char *title = myo_candidate_dup_title (candidate);
      g_autofree char *reason = dup_reason (session, candidate);
      /* Translators: the share of the pain marked a trigger point explains */
      g_autofree char *name = g_markup_printf_escaped (_("<b>%u  %s</b> (%.0f %% of the pain) — "),
                                                       i + 1, title,
                                                       100 * myo_match_get_explained_share (self->match, candidate));
      g_autofree char *markup = g_strconcat (name, reason, NULL);

      _myo_export_flow_text (flow, markup, 8.5, INK, 2);
    }
  if (combination->len > MYO_ROUTINE_MAX_TRIGGER_POINTS)
    {
      g_autofree char *note = g_strdup_printf (_("The routine covers the first %u; treating many points at "
                                                 "once leaves soreness."), MYO_ROUTINE_MAX_TRIGGER_POINTS);

      _myo_export_flow_text (flow, note, 8.5, MUTED, 2);
    }

  if (views->len > 0)
    {
      flow->y += 6;
      _myo_export_flow_maps (flow, views, MYO_MAP_PAIN_POINTS | MYO_MAP_PAIN_INDEX | MYO_MAP_PRESS_MARKS | MYO_MAP_MARK_LABELS,
                             n_points > 20 ? 250 : 185, 1.5);
      _myo_export_flow_legend (flow, TRUE);
    }

  flow_areas (flow);

  _myo_export_flow_heading (flow, _("Pain points"), 30);
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
    _myo_export_flow_text (flow, _("No pain points were marked."), 9, INK, 4);
  else if (compact)
    _myo_export_flow_table (flow, compact_columns, G_N_ELEMENTS (compact_columns), rows, 3, 7);
  else
    _myo_export_flow_table (flow, point_columns, G_N_ELEMENTS (point_columns), rows, n_points > 8 ? 2 : 1, 7.8);

  _myo_export_flow_heading (flow, _("Ranked candidates"), 30);
  g_ptr_array_set_size (rows, 0);
  for (guint i = 0; i < MIN (n_candidates, MAX_CANDIDATES); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (self->match, i);
      g_autofree char *title = myo_candidate_dup_title (candidate);

      /* A tie shares its rank: “3=” */
      g_ptr_array_add (rows, g_strdup_printf (candidate->n_tied > 1 ? "%u=" : "%u", candidate->rank));
      g_ptr_array_add (rows, g_markup_escape_text (title, -1));
      g_ptr_array_add (rows, g_strdup_printf ("%.1f", candidate->score));
      g_ptr_array_add (rows, dup_reason (session, candidate));
      g_ptr_array_add (rows, g_strdup (candidate->in_combination ? _("yes") : ""));
    }
  if (rows->len > 0)
    _myo_export_flow_table (flow, candidate_columns, G_N_ELEMENTS (candidate_columns), rows, 1, 7.8);
  else
    _myo_export_flow_text (flow, _("No trigger point explains these points."), 9, INK, 4);
  if (n_candidates > MAX_CANDIDATES)
    {
      const MyoCandidate *last = myo_match_get_candidate (self->match, MAX_CANDIDATES - 1);
      const MyoCandidate *next = myo_match_get_candidate (self->match, MAX_CANDIDATES);
      g_autofree char *more = NULL;

      /* The cut may fall inside a tie: then say so rather than call the
       * rest lower */
      if (next->rank == last->rank)
        more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u more candidate, scoring the same as the last one listed or lower, is not listed.",
                                             "%u more candidates, scoring the same as the last one listed or lower, are not listed.",
                                             n_candidates - MAX_CANDIDATES),
                                n_candidates - MAX_CANDIDATES);
      else
        more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u more candidate with a lower score is not listed.",
                                             "%u more candidates with lower scores are not listed.",
                                             n_candidates - MAX_CANDIDATES),
                                n_candidates - MAX_CANDIDATES);

      _myo_export_flow_text (flow, more, 8, MUTED, 3);
    }

  answered = myo_session_dup_answered (session);
  if (answered->len > 0)
    {
      _myo_export_flow_heading (flow, _("“Is this my pain?”"), 20);
      for (guint i = 0; i < answered->len; i++)
        {
          g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (answered, i), ":", 2);
          const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (self->kb, parts[0]);
          g_autofree char *label = NULL;
          g_autofree char *markup = NULL;
          MyoSide side;

          if (trp == NULL || parts[1] == NULL || !myo_side_from_string (parts[1], &side))
            continue;
          label = myo_trigger_point_dup_title (trp, side);
          markup = g_markup_printf_escaped ("%s: <b>%s</b>", label,
                                            myo_answer_get_label (myo_session_get_answer (session, trp, side)));
          _myo_export_flow_text (flow, markup, 8.5, INK, 2);
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

      _myo_export_flow_heading (flow, _("Not explained by any trigger point"), 20);
      markup = g_markup_printf_escaped ("%s. <i>%s</i>", numbers->str,
                                        _("These need a clinician's assessment."));
      _myo_export_flow_text (flow, markup, 8.5, INK, 2);
    }
}
