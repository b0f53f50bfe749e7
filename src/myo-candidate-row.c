/* myo-candidate-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "myo-candidate-row-private.h"

struct _MyoCandidateRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkLabel      *strength_label;
  GtkLabel      *places_label;
  GtkWidget     *tags_box;
  GtkWidget     *tied_tag;
  GtkWidget     *confirmed_tag;
  GtkWidget     *rejected_tag;
  GtkWidget     *start_button;

  /* Owned */
  MyoCandidate  *candidate;
};

enum {
  PROP_0,
  PROP_CANDIDATE,
  N_PROPS
};

enum {
  HOVERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MyoCandidateRow, myo_candidate_row, GTK_TYPE_LIST_BOX_ROW)

/* Words instead of a score bar */
static const char *
get_strength (const MyoCandidate *candidate)
{
  if (!candidate->explains_all)
    return _("Partly explains your pain");
  if (candidate->hits->len == 1)
    return _("Explains your pain");

  return _("Explains all your pain");
}

static void
pointer_entered_cb (MyoCandidateRow *self)
{
  g_signal_emit (self, signals[HOVERED], 0, TRUE);
}

static void
pointer_left_cb (MyoCandidateRow *self)
{
  g_signal_emit (self, signals[HOVERED], 0, FALSE);
}

static void
focus_entered_cb (MyoCandidateRow *self)
{
  g_signal_emit (self, signals[HOVERED], 0, TRUE);
}

static void
focus_left_cb (MyoCandidateRow *self)
{
  g_signal_emit (self, signals[HOVERED], 0, FALSE);
}

static void
myo_candidate_row_dispose (GObject *object)
{
  MyoCandidateRow *self = (MyoCandidateRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_CANDIDATE_ROW);
  g_clear_object (&self->candidate);

  G_OBJECT_CLASS (myo_candidate_row_parent_class)->dispose (object);
}

static void
myo_candidate_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MyoCandidateRow *self = MYO_CANDIDATE_ROW (object);

  switch (prop_id)
    {
    case PROP_CANDIDATE:
      g_value_set_object (value, self->candidate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_candidate_row_class_init (MyoCandidateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_candidate_row_dispose;
  object_class->get_property = myo_candidate_row_get_property;

  properties[PROP_CANDIDATE] =
    g_param_spec_object ("candidate", NULL, NULL,
                         MYO_TYPE_CANDIDATE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoCandidateRow::hovered:
   * @hovered: whether the pointer or the keyboard focus is on the row now
   */
  signals[HOVERED] =
    g_signal_new ("hovered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-candidate-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, strength_label);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, places_label);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, tags_box);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, tied_tag);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, confirmed_tag);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, rejected_tag);
  gtk_widget_class_bind_template_child (widget_class, MyoCandidateRow, start_button);
  gtk_widget_class_bind_template_callback (widget_class, pointer_entered_cb);
  gtk_widget_class_bind_template_callback (widget_class, pointer_left_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_entered_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_left_cb);
}

static void
myo_candidate_row_init (MyoCandidateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
myo_candidate_row_new (void)
{
  return g_object_new (MYO_TYPE_CANDIDATE_ROW, NULL);
}

/**
 * myo_candidate_row_get_candidate:
 *
 * Returns: (transfer none) (nullable): the candidate shown
 */
MyoCandidate *
myo_candidate_row_get_candidate (MyoCandidateRow *self)
{
  g_return_val_if_fail (MYO_IS_CANDIDATE_ROW (self), NULL);
  return self->candidate;
}

/* GTK 4.8 rebuilds a tooltip, and tells the accessibility tree, on every
 * call, changed or not: a third of what taking a new candidate cost */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/**
 * myo_candidate_row_set_candidate:
 * @candidate: what to show
 * @session: the session @candidate was matched against
 *
 * Shows @candidate in the row, changing only the labels whose text
 * changes, so GTK measures nothing else again.
 */
void
myo_candidate_row_set_candidate (MyoCandidateRow *self,
                                 MyoCandidate    *candidate,
                                 MyoSession      *session)
{
  const MyoMuscle *muscle;
  g_autofree char *subtitle = NULL;
  const char *strength;
  g_auto(GStrv) places = NULL;
  g_autofree char *places_text = NULL;
  g_autofree char *where = NULL;
  g_autofree char *title = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *start_name = NULL;
  g_autofree char *accessible = NULL;
  g_autoptr(GVariant) target = NULL;
  GVariant *old_target;
  const char *side;

  g_return_if_fail (MYO_IS_CANDIDATE_ROW (self));
  g_return_if_fail (MYO_IS_CANDIDATE (candidate));
  g_return_if_fail (MYO_IS_SESSION (session));

  if (!g_set_object (&self->candidate, candidate))
    return;

  muscle = candidate->trp->muscle;
  strength = get_strength (candidate);
  places = myo_candidate_dup_place_list (candidate, session);
  places_text = g_strjoinv ("\n", places);

  /* The plain name first; below it the leg, the head and the number,
   * then the anatomical name when the plain one stood above */
  if (muscle->plain_name != NULL)
    short_name = myo_muscle_dup_plain_title (muscle);
  else
    /* "Medial hamstrings (semitendinosus and semimembranosus)": the part
     * in brackets is in the tooltip, and took a third line here */
    short_name = g_strstrip (g_strndup (muscle->name, strcspn (muscle->name, "(")));

  side = candidate->side == MYO_SIDE_LEFT ? _("Left leg") : _("Right leg");
  if (candidate->trp->head != NULL)
    /* Translators: a leg, a muscle's head, a trigger point's number, e.g.
     * "Left leg · lateral head · trigger point 4" */
    where = g_strdup_printf (_("%s · %s · trigger point %u"), side, candidate->trp->head->name,
                             candidate->trp->number);
  else
    /* Translators: a leg and a trigger point's number, e.g. "Left leg · trigger point 1" */
    where = g_strdup_printf (_("%s · trigger point %u"), side, candidate->trp->number);
  subtitle = muscle->plain_name != NULL ? g_strdup_printf ("%s\n%s", where, muscle->name)
                                        : g_strdup (where);

  gtk_label_set_label (self->title_label, short_name);
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_label_set_label (self->strength_label, strength);
  gtk_label_set_label (self->places_label, places_text);
  /* What an ellipsis may hide */
  title = myo_candidate_dup_title (candidate);
  set_tooltip (GTK_WIDGET (self->subtitle_label), title);
  set_tooltip (GTK_WIDGET (self->places_label), places_text);

  gtk_widget_set_visible (self->tied_tag, candidate->tied);
  gtk_widget_set_visible (self->confirmed_tag, candidate->answer == MYO_ANSWER_YES);
  gtk_widget_set_visible (self->rejected_tag, candidate->answer == MYO_ANSWER_NO);
  gtk_widget_set_visible (self->tags_box, candidate->tied || candidate->answer == MYO_ANSWER_YES ||
                                          candidate->answer == MYO_ANSWER_NO);
  if (candidate->answer == MYO_ANSWER_NO)
    gtk_widget_add_css_class (GTK_WIDGET (self), "rejected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "rejected");

  /* The name after the target, so GTK never sees one without the other */
  target = g_variant_ref_sink (g_variant_new ("(su)", candidate->trp->id, candidate->side));
  old_target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (self->start_button));
  if (old_target == NULL || !g_variant_equal (target, old_target))
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->start_button), target);
  if (gtk_actionable_get_action_name (GTK_ACTIONABLE (self->start_button)) == NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "win.start-routine-for");
  /* Translators: the accessible name of the ▶ button of one candidate */
  start_name = g_strdup_printf (_("Start the routine for %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, start_name,
                                  -1);
  accessible = g_strdup_printf ("%s. %s. %s: %s", short_name, title, strength, places_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE]);
}

GtkLabel *
_myo_candidate_row_get_title_label (MyoCandidateRow *self)
{
  return self->title_label;
}

GtkLabel *
_myo_candidate_row_get_strength_label (MyoCandidateRow *self)
{
  return self->strength_label;
}

/* @name: "tied", "confirmed" or "rejected" */
GtkWidget *
_myo_candidate_row_get_tag (MyoCandidateRow *self,
                            const char      *name)
{
  if (g_str_equal (name, "tied"))
    return self->tied_tag;
  if (g_str_equal (name, "confirmed"))
    return self->confirmed_tag;
  if (g_str_equal (name, "rejected"))
    return self->rejected_tag;

  g_return_val_if_reached (NULL);
}
