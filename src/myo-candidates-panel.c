/* myo-candidates-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-candidate-list.h"
#include "myo-candidate-row.h"
#include "myo-candidates-panel-private.h"
#include "myo-center-column.h"
#include "myo-pain-ratings.h"

/* The panel shows two lists of candidates: the combination ("Best
 * explanation") and every other candidate ("Other possibilities"), each
 * trigger point once. Each list is a MyoCandidateList, which reports only
 * the candidates that changed with a click; the rows in that range are
 * given their new candidate in place, and rows are only created or
 * destroyed when a list grows or shrinks. With hundreds of points a click
 * thus costs what changed, not the whole panel.
 *
 * With hundreds of points the combination holds dozens of trigger points
 * and there are a hundred other candidates: each list shows its first
 * few, and the rest on its "Show All" button, so a start or a click does
 * not build and lay out rows few would scroll to. */

#define LIST_SHOWN 8

struct _MyoCandidatesPanel
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkStack         *stack;
  GtkLabel         *summary_label;
  GtkWidget        *best_heading;
  GtkListBox       *best_list;
  GtkButton        *best_show_all_button;
  GtkListBox       *others_list;
  GtkWidget        *others_box;
  GtkButton        *show_all_button;
  GtkWidget        *unexplained_box;
  GtkWidget        *start_button;
  GtkListBox       *unexplained_list;
  GtkLabel         *disclaimer_label;
  AdwBin           *ratings_bin;

  /* Owned */
  MyoMatch         *match;
  MyoCandidateList *best;
  MyoCandidateList *others;
  GtkSliceListModel *best_shown;    /* the first LIST_SHOWN, or all once asked */
  GtkSliceListModel *others_shown;  /* likewise */
  MyoPainRatings   *ratings;  /* in ratings_bin; NULL until the results first show */

  guint             n_rows_created;
};

enum {
  PROP_0,
  PROP_MATCH,
  N_PROPS
};

enum {
  CANDIDATE_HOVERED,
  CANDIDATE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MyoCandidatesPanel, myo_candidates_panel, GTK_TYPE_WIDGET)

static void
row_hovered_cb (MyoCandidateRow    *row,
                gboolean            hovered,
                MyoCandidatesPanel *self)
{
  /* A row losing the focus as the window closes points at nothing */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  g_signal_emit (self, signals[CANDIDATE_HOVERED], 0,
                 hovered ? myo_candidate_row_get_candidate (row) : NULL);
}

static GtkWidget *
create_row (MyoCandidatesPanel *self)
{
  GtkWidget *row = myo_candidate_row_new ();

  g_signal_connect_object (row, "hovered", G_CALLBACK (row_hovered_cb), self, 0);
  self->n_rows_created++;

  return row;
}

/* The rows from @position on show the model's items there: the first
 * MIN (@removed, @added) rows take their new candidate in place */
static void
update_rows (MyoCandidatesPanel *self,
             GtkListBox         *list,
             GListModel         *model,
             guint               position,
             guint               removed,
             guint               added)
{
  guint kept = MIN (removed, added);

  for (guint i = kept; i < removed; i++)
    gtk_list_box_remove (list, GTK_WIDGET (gtk_list_box_get_row_at_index (list, position + kept)));

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(MyoCandidate) candidate = g_list_model_get_item (model, position + i);
      GtkListBoxRow *row;

      if (i < kept)
        row = gtk_list_box_get_row_at_index (list, position + i);
      else
        {
          row = GTK_LIST_BOX_ROW (create_row (self));
          gtk_list_box_insert (list, GTK_WIDGET (row), position + i);
        }

      myo_candidate_row_set_candidate (MYO_CANDIDATE_ROW (row), candidate,
                                       myo_match_get_session (self->match));
    }
}

static void
best_changed_cb (GListModel         *model,
                 guint               position,
                 guint               removed,
                 guint               added,
                 MyoCandidatesPanel *self)
{
  update_rows (self, self->best_list, model, position, removed, added);
}

static void
others_changed_cb (GListModel         *model,
                   guint               position,
                   guint               removed,
                   guint               added,
                   MyoCandidatesPanel *self)
{
  update_rows (self, self->others_list, model, position, removed, added);
}

/* The points nothing explains, one row each, kept in place as well; one
 * line of text each, which GTK measures once */
static void
update_unexplained (MyoCandidatesPanel *self,
                    MyoSession         *session,
                    GArray             *unexplained)
{
  GtkListBoxRow *extra;

  for (guint i = 0; i < unexplained->len; i++)
    {
      g_autofree char *label = myo_match_dup_item_label (self->match, g_array_index (unexplained, guint, i));
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->unexplained_list, i);

      if (row == NULL)
        {
          GtkWidget *text = gtk_label_new (NULL);

          gtk_label_set_xalign (GTK_LABEL (text), 0);
          gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
          gtk_widget_set_margin_top (text, 10);
          gtk_widget_set_margin_bottom (text, 10);
          gtk_widget_set_margin_start (text, 12);
          gtk_widget_set_margin_end (text, 12);
          row = GTK_LIST_BOX_ROW (gtk_list_box_row_new ());
          gtk_list_box_row_set_activatable (row, FALSE);
          gtk_list_box_row_set_child (row, text);
          gtk_list_box_append (self->unexplained_list, GTK_WIDGET (row));
        }
      gtk_label_set_label (GTK_LABEL (gtk_list_box_row_get_child (row)), label);
    }

  while ((extra = gtk_list_box_get_row_at_index (self->unexplained_list, unexplained->len)) != NULL)
    gtk_list_box_remove (self->unexplained_list, GTK_WIDGET (extra));
}

/* A list's "Show All" shows while some of its rows are hidden; returns
 * how many there are in all then, for it to say, and 0 otherwise */
static guint
update_show_all_button (GtkButton         *button,
                        GtkSliceListModel *shown)
{
  guint n_all = g_list_model_get_n_items (gtk_slice_list_model_get_model (shown));
  gboolean hiding = g_list_model_get_n_items (G_LIST_MODEL (shown)) < n_all;

  gtk_widget_set_visible (GTK_WIDGET (button), hiding);
  return hiding ? n_all : 0;
}

static void
update_show_all (MyoCandidatesPanel *self)
{
  guint n;

  if ((n = update_show_all_button (self->best_show_all_button, self->best_shown)) > 0)
    {
      /* Translators: a button under the first trigger points of the best
       * explanation; the number is how many it has in all */
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Trigger Points",
                                                             "Show All %u Trigger Points", n), n);

      gtk_button_set_label (self->best_show_all_button, label);
    }

  if ((n = update_show_all_button (self->show_all_button, self->others_shown)) > 0)
    {
      /* Translators: a button under the first "other possibilities"; the
       * number is how many there are in all */
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Possibilities",
                                                             "Show All %u Possibilities", n), n);

      gtk_button_set_label (self->show_all_button, label);
    }
}

static void
best_show_all_cb (MyoCandidatesPanel *self)
{
  gtk_slice_list_model_set_size (self->best_shown, G_MAXUINT);
  update_show_all (self);
}

static void
show_all_cb (MyoCandidatesPanel *self)
{
  gtk_slice_list_model_set_size (self->others_shown, G_MAXUINT);
  update_show_all (self);
}

static void
update (MyoCandidatesPanel *self)
{
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) others = NULL;
  MyoSession *session;
  GPtrArray *combination;
  GArray *unexplained;
  guint n_candidates;

  if (self->match == NULL || myo_session_is_empty (myo_match_get_session (self->match)))
    {
      myo_candidate_list_set_candidates (self->best, NULL);
      myo_candidate_list_set_candidates (self->others, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  session = myo_match_get_session (self->match);
  combination = myo_match_get_combination (self->match);
  unexplained = myo_match_get_unexplained (self->match);
  n_candidates = myo_match_get_n_candidates (self->match);

  others = g_ptr_array_sized_new (n_candidates);
  for (guint i = 0; i < n_candidates; i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (self->match, i);

      if (!candidate->in_combination)
        g_ptr_array_add (others, (gpointer) candidate);
    }

  summary = myo_match_dup_summary (self->match);
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->disclaimer_label, myo_kb_get_disclaimer (myo_session_get_kb (session)));

  myo_candidate_list_set_candidates (self->best, combination);
  myo_candidate_list_set_candidates (self->others, others);
  update_show_all (self);
  update_unexplained (self, session, unexplained);

  gtk_widget_set_visible (self->best_heading, combination->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->best_list), combination->len > 0);
  gtk_widget_set_visible (self->start_button, combination->len > 0);
  gtk_widget_set_visible (self->others_box, others->len > 0);
  gtk_widget_set_visible (self->unexplained_box, unexplained->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
row_activated_cb (GtkListBox         *list,
                  GtkListBoxRow      *row,
                  MyoCandidatesPanel *self)
{
  g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0,
                 myo_candidate_row_get_candidate (MYO_CANDIDATE_ROW (row)));
}

static void
myo_candidates_panel_dispose (GObject *object)
{
  MyoCandidatesPanel *self = (MyoCandidatesPanel *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_CANDIDATES_PANEL);
  g_clear_object (&self->match);
  g_clear_object (&self->best_shown);
  g_clear_object (&self->others_shown);
  g_clear_object (&self->best);
  g_clear_object (&self->others);

  G_OBJECT_CLASS (myo_candidates_panel_parent_class)->dispose (object);
}

static void
myo_candidates_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MyoCandidatesPanel *self = MYO_CANDIDATES_PANEL (object);

  switch (prop_id)
    {
    case PROP_MATCH:
      g_value_set_object (value, self->match);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_candidates_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MyoCandidatesPanel *self = MYO_CANDIDATES_PANEL (object);

  switch (prop_id)
    {
    case PROP_MATCH:
      myo_candidates_panel_set_match (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_candidates_panel_class_init (MyoCandidatesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_candidates_panel_dispose;
  object_class->get_property = myo_candidates_panel_get_property;
  object_class->set_property = myo_candidates_panel_set_property;

  properties[PROP_MATCH] =
    g_param_spec_object ("match", NULL, NULL,
                         MYO_TYPE_MATCH,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoCandidatesPanel::candidate-hovered:
   * @candidate: (nullable): the candidate under the pointer or the
   *   keyboard focus, or %NULL
   */
  signals[CANDIDATE_HOVERED] =
    g_signal_new ("candidate-hovered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MYO_TYPE_CANDIDATE);

  /**
   * MyoCandidatesPanel::candidate-activated:
   * @candidate: the MyoCandidate of the activated row
   */
  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MYO_TYPE_CANDIDATE);

  g_type_ensure (MYO_TYPE_CENTER_COLUMN);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-candidates-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, best_heading);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, best_list);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, others_list);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, others_box);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, best_show_all_button);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, unexplained_box);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, start_button);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, unexplained_list);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, ratings_bin);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_all_cb);
  gtk_widget_class_bind_template_callback (widget_class, best_show_all_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "candidatespanel");
}

static void
myo_candidates_panel_init (MyoCandidatesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->best = myo_candidate_list_new ();
  self->others = myo_candidate_list_new ();
  self->best_shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->best)), 0, LIST_SHOWN);
  self->others_shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->others)), 0, LIST_SHOWN);
  g_signal_connect_object (self->best_shown, "items-changed", G_CALLBACK (best_changed_cb), self, 0);
  g_signal_connect_object (self->others_shown, "items-changed", G_CALLBACK (others_changed_cb), self, 0);
}

GtkWidget *
myo_candidates_panel_new (void)
{
  return g_object_new (MYO_TYPE_CANDIDATES_PANEL, NULL);
}

/**
 * myo_candidates_panel_get_match:
 *
 * Returns: (transfer none) (nullable): the match shown
 */
MyoMatch *
myo_candidates_panel_get_match (MyoCandidatesPanel *self)
{
  g_return_val_if_fail (MYO_IS_CANDIDATES_PANEL (self), NULL);
  return self->match;
}

void
myo_candidates_panel_set_match (MyoCandidatesPanel *self,
                                MyoMatch           *match)
{
  g_return_if_fail (MYO_IS_CANDIDATES_PANEL (self));
  g_return_if_fail (!match || MYO_IS_MATCH (match));

  if (!g_set_object (&self->match, match))
    return;

  /* The ratings are on the results page: built when it first shows, off
   * the way to the first frame of an empty session */
  if (self->ratings == NULL && match != NULL && !myo_session_is_empty (myo_match_get_session (match)))
    {
      self->ratings = g_object_new (MYO_TYPE_PAIN_RATINGS, NULL);
      adw_bin_set_child (self->ratings_bin, GTK_WIDGET (self->ratings));
    }
  if (self->ratings != NULL)
    myo_pain_ratings_set_session (self->ratings, match != NULL ? myo_match_get_session (match) : NULL);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH]);
}

guint
_myo_candidates_panel_get_n_rows_created (MyoCandidatesPanel *self)
{
  return self->n_rows_created;
}

GtkListBox *
_myo_candidates_panel_get_best_list (MyoCandidatesPanel *self)
{
  return self->best_list;
}

GtkButton *
_myo_candidates_panel_get_show_all_button (MyoCandidatesPanel *self)
{
  return self->show_all_button;
}

/* Returns: (nullable): the ratings, once the results have shown */
MyoPainRatings *
_myo_candidates_panel_get_ratings (MyoCandidatesPanel *self)
{
  return self->ratings;
}

GtkButton *
_myo_candidates_panel_get_best_show_all_button (MyoCandidatesPanel *self)
{
  return self->best_show_all_button;
}

GtkListBox *
_myo_candidates_panel_get_others_list (MyoCandidatesPanel *self)
{
  return self->others_list;
}

GtkLabel *
_myo_candidates_panel_get_summary_label (MyoCandidatesPanel *self)
{
  return self->summary_label;
}
