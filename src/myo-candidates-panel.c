/* myo-candidates-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-candidates-panel.h"
#include "myo-pain-ratings.h"

struct _MyoCandidatesPanel
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkStack    *stack;
  GtkLabel    *summary_label;
  GtkListBox  *combination_list;
  GtkListBox  *ranking_list;
  GtkWidget   *unexplained_box;
  GtkWidget   *start_button;
  GtkWidget   *ranking_box;
  GtkListBox  *unexplained_list;
  GtkLabel    *disclaimer_label;
  MyoPainRatings *ratings;

  /* Owned */
  MyoMatch    *match;
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
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
row_entered_cb (GtkEventControllerMotion *motion,
                double                    x,
                double                    y,
                MyoCandidatesPanel       *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (motion));

  g_signal_emit (self, signals[CANDIDATE_HOVERED], 0, g_object_get_data (G_OBJECT (row), "candidate"));
}

static void
row_left_cb (GtkEventControllerMotion *motion,
             MyoCandidatesPanel       *self)
{
  g_signal_emit (self, signals[CANDIDATE_HOVERED], 0, NULL);
}

static GtkWidget *
create_candidate_row (MyoCandidatesPanel *self,
                      const MyoCandidate *candidate,
                      guint               rank,
                      double              best_score)
{
  MyoSession *session = myo_match_get_session (self->match);
  g_autofree char *title = myo_candidate_dup_title (candidate);
  g_autofree char *start_name = NULL;
  g_autofree char *reason = myo_candidate_dup_reason (candidate, session);
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_reason = g_markup_escape_text (reason, -1);
  g_autofree char *accessible = NULL;
  GtkEventController *motion;
  GtkWidget *row, *bar, *start;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_reason);
  /* Never ellipsize: the muscle, head, number and leg all matter */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  bar = gtk_level_bar_new_for_interval (0, best_score > 0 ? best_score : 1);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), candidate->score);
  gtk_widget_set_size_request (bar, 56, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (bar, _("Score: intensity times how well the zone fits"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);

  start = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
  gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (start, "flat");
  gtk_widget_set_tooltip_text (start, _("Start the routine for this trigger point only"));
  /* Translators: the accessible name of the ▶ button of one candidate */
  start_name = g_strdup_printf (_("Start the routine for %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (start), GTK_ACCESSIBLE_PROPERTY_LABEL, start_name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "win.start-routine-for");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (start), "u", rank);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);

  accessible = g_strdup_printf ("%s. %s", title, reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  g_object_set_data (G_OBJECT (row), "candidate", (gpointer) candidate);
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (row_entered_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (row_left_cb), self);
  gtk_widget_add_controller (row, motion);

  return row;
}

static guint
rank_of (MyoCandidatesPanel *self,
         const MyoCandidate *candidate)
{
  for (guint i = 0; i < myo_match_get_n_candidates (self->match); i++)
    if (myo_match_get_candidate (self->match, i) == candidate)
      return i;

  g_return_val_if_reached (0);
}

static void
update (MyoCandidatesPanel *self)
{
  g_autofree char *summary = NULL;
  MyoSession *session;
  GPtrArray *combination;
  GArray *unexplained;
  double best_score;

  clear_list (self->combination_list);
  clear_list (self->ranking_list);
  clear_list (self->unexplained_list);

  if (self->match == NULL || myo_session_is_empty (myo_match_get_session (self->match)))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "results");
  session = myo_match_get_session (self->match);
  gtk_label_set_label (self->disclaimer_label, myo_kb_get_disclaimer (myo_session_get_kb (session)));

  combination = myo_match_get_combination (self->match);
  unexplained = myo_match_get_unexplained (self->match);
  best_score = myo_match_get_n_candidates (self->match) > 0
               ? myo_match_get_candidate (self->match, 0)->score : 1;

  summary = myo_match_dup_summary (self->match);
  gtk_label_set_label (self->summary_label, summary);

  for (guint i = 0; i < combination->len; i++)
    gtk_list_box_append (self->combination_list,
                         create_candidate_row (self, g_ptr_array_index (combination, i),
                                               rank_of (self, g_ptr_array_index (combination, i)),
                                               best_score));

  for (guint i = 0; i < myo_match_get_n_candidates (self->match); i++)
    gtk_list_box_append (self->ranking_list,
                         create_candidate_row (self, myo_match_get_candidate (self->match, i), i,
                                               best_score));

  gtk_widget_set_visible (self->start_button, combination->len > 0);
  gtk_widget_set_visible (self->ranking_box, myo_match_get_n_candidates (self->match) > 0);
  gtk_widget_set_visible (self->unexplained_box, unexplained->len > 0);
  for (guint i = 0; i < unexplained->len; i++)
    {
      g_autofree char *label = myo_match_dup_item_label (self->match, g_array_index (unexplained, guint, i));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("No trigger point here explains this pain. Ask a clinician."));
      gtk_list_box_append (self->unexplained_list, row);
    }
}

static void
row_activated_cb (GtkListBox         *list,
                  GtkListBoxRow      *row,
                  MyoCandidatesPanel *self)
{
  g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "candidate"));
}

static void
myo_candidates_panel_dispose (GObject *object)
{
  MyoCandidatesPanel *self = (MyoCandidatesPanel *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_CANDIDATES_PANEL);
  g_clear_object (&self->match);

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
   * @candidate: (nullable): the MyoCandidate under the pointer, or %NULL
   */
  signals[CANDIDATE_HOVERED] =
    g_signal_new ("candidate-hovered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  /**
   * MyoCandidatesPanel::candidate-activated:
   * @candidate: the MyoCandidate of the activated row
   */
  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  g_type_ensure (MYO_TYPE_PAIN_RATINGS);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-candidates-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, combination_list);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, ranking_list);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, unexplained_box);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, start_button);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, ranking_box);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, unexplained_list);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, ratings);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidatesPanel, disclaimer_label);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "candidatespanel");
}

static void
myo_candidates_panel_init (MyoCandidatesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

  myo_pain_ratings_set_session (self->ratings, match != NULL ? myo_match_get_session (match) : NULL);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH]);
}
