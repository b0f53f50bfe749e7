/* myo-red-flag-gate.c: the red-flag questions asked before a routine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-red-flag-gate.h"
#include "myo-red-flag-gate-private.h"
#include "myo-red-flag-question-row.h"
#include "myo-red-flag-reason-row.h"
#include "myo-routine.h"

struct _MyoRedFlagGate
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  GtkListBox    *flags_list;
  GtkButton     *continue_button;
  GtkLabel      *continue_label;
  AdwStatusPage *seek_care_page;
  GtkListBox    *reasons_list;

  /* Owned */
  MyoKb         *kb;
  GPtrArray     *questions;  /* MyoRedFlagQuestionRow, one per red flag, in order */

  MyoUrgency     urgency;      /* of the seek-care page */
};

enum {
  PROP_0,
  PROP_KB,
  PROP_URGENCY,
  N_PROPS
};

enum {
  ANSWERED,
  PASSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MyoRedFlagGate, myo_red_flag_gate, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The red flags answered "yes", in the knowledge base's order */
static GPtrArray *
dup_ticked (MyoRedFlagGate *self)
{
  GPtrArray *flags = self->kb != NULL ? myo_kb_get_red_flags (self->kb) : NULL;
  GPtrArray *ticked = g_ptr_array_new ();

  for (guint i = 0; flags != NULL && i < self->questions->len && i < flags->len; i++)
    if (myo_red_flag_question_row_get_active (g_ptr_array_index (self->questions, i)))
      g_ptr_array_add (ticked, g_ptr_array_index (flags, i));

  return ticked;
}

static void
flag_toggled_cb (MyoRedFlagGate *self)
{
  g_autoptr(GPtrArray) ticked = dup_ticked (self);

  gtk_label_set_label (self->continue_label,
                       ticked->len > 0
                       ? _("See what to do")
                       : _("None of these apply — continue"));
}

static void
rebuild_flags (MyoRedFlagGate *self)
{
  GPtrArray *flags = self->kb != NULL ? myo_kb_get_red_flags (self->kb) : NULL;

  clear_list (self->flags_list);
  g_ptr_array_set_size (self->questions, 0);

  for (guint i = 0; flags != NULL && i < flags->len; i++)
    {
      const MyoRedFlag *flag = g_ptr_array_index (flags, i);
      GtkWidget *row = myo_red_flag_question_row_new (flag->question);

      g_signal_connect_object (row, "notify::active", G_CALLBACK (flag_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->flags_list, row);
      g_ptr_array_add (self->questions, row);
    }

  flag_toggled_cb (self);
}

/* The heading and colour follow the most urgent "yes" */
static void
show_urgency (MyoRedFlagGate *self,
              MyoUrgency      urgency)
{
  static const char * const classes[] = { "error", "warning", "accent" };
  const char *title;
  const char *description;
  const char *icon;

  switch (urgency)
    {
    case MYO_URGENCY_EMERGENCY:
      title = _("Call emergency services now");
      description = _("This may be an emergency. Call your local emergency number (112 in Europe, "
                      "911 in North America, 999 in the UK) or go to an emergency department now. "
                      "Do not press, roll or massage the leg.");
      icon = "dialog-error-symbolic";
      break;

    case MYO_URGENCY_TODAY:
      title = _("See a clinician today");
      description = _("The routine was not started. Do not press, roll or massage the leg until a "
                      "clinician has checked it, today if you can.");
      icon = "dialog-warning-symbolic";
      break;

    case MYO_URGENCY_ASK_BEFORE_PRESSING:
    default:
      title = _("Ask a clinician before pressing");
      description = _("The routine was not started. Ask a clinician whether pressing or stretching "
                      "is safe for you before you try it.");
      icon = "dialog-warning-symbolic";
      break;
    }

  adw_status_page_set_title (self->seek_care_page, title);
  adw_status_page_set_description (self->seek_care_page, description);
  adw_status_page_set_icon_name (self->seek_care_page, icon);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->seek_care_page), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->seek_care_page), myo_red_flag_reason_row_urgency_class (urgency));

  if (self->urgency != urgency)
    {
      self->urgency = urgency;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENCY]);
    }
}

static void
show_reasons (MyoRedFlagGate *self,
              GPtrArray      *ticked)
{
  MyoUrgency urgency;

  clear_list (self->reasons_list);

  if (myo_routine_most_urgent ((const MyoRedFlag * const *) ticked->pdata, ticked->len, &urgency))
    show_urgency (self, urgency);

  myo_routine_sort_red_flags (ticked);
  for (guint i = 0; i < ticked->len; i++)
    gtk_list_box_append (self->reasons_list, myo_red_flag_reason_row_new (g_ptr_array_index (ticked, i)));
}

static void
continue_clicked_cb (MyoRedFlagGate *self)
{
  g_autoptr(GPtrArray) ticked = dup_ticked (self);
  g_autoptr(GStrvBuilder) yes = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < ticked->len; i++)
    g_strv_builder_add (yes, ((MyoRedFlag *) g_ptr_array_index (ticked, i))->id);
  ids = g_strv_builder_end (yes);
  g_signal_emit (self, signals[ANSWERED], 0, ids);

  if (myo_routine_may_start ((const MyoRedFlag * const *) ticked->pdata, ticked->len))
    {
      g_signal_emit (self, signals[PASSED], 0);
      return;
    }

  show_reasons (self, ticked);
  gtk_stack_set_visible_child_name (self->stack, "seek-care");
}

static void
myo_red_flag_gate_dispose (GObject *object)
{
  MyoRedFlagGate *self = (MyoRedFlagGate *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_RED_FLAG_GATE);

  g_clear_object (&self->kb);
  g_clear_pointer (&self->questions, g_ptr_array_unref);

  G_OBJECT_CLASS (myo_red_flag_gate_parent_class)->dispose (object);
}

static void
myo_red_flag_gate_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MyoRedFlagGate *self = MYO_RED_FLAG_GATE (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_red_flag_gate_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MyoRedFlagGate *self = MYO_RED_FLAG_GATE (object);

  switch (prop_id)
    {
    case PROP_KB:
      myo_red_flag_gate_set_kb (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_red_flag_gate_class_init (MyoRedFlagGateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_red_flag_gate_dispose;
  object_class->get_property = myo_red_flag_gate_get_property;
  object_class->set_property = myo_red_flag_gate_set_property;

  /**
   * MyoRedFlagGate:kb:
   *
   * The knowledge base whose red flags are asked.
   */
  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoRedFlagGate:urgency:
   *
   * How soon care is needed, after a "yes": the seek-care page's heading
   * and colour follow it.
   */
  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL,
                       MYO_TYPE_URGENCY, MYO_URGENCY_ASK_BEFORE_PRESSING,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoRedFlagGate::answered:
   * @yes: (array zero-terminated=1): the ids of the red flags answered
   *   "yes"; every other red flag was answered "no"
   *
   * The person left the questions, so the answers can be kept with the
   * session for the clinician's report.
   */
  signals[ANSWERED] =
    g_signal_new ("answered",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV);

  /**
   * MyoRedFlagGate::passed:
   *
   * None of the red flags applies: the routine may start. After any "yes"
   * the gate shows what to do instead, and this is not emitted.
   */
  signals[PASSED] =
    g_signal_new ("passed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-red-flag-gate.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagGate, stack);
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagGate, flags_list);
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagGate, continue_button);
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagGate, continue_label);
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagGate, seek_care_page);
  gtk_widget_class_bind_template_child (widget_class, MyoRedFlagGate, reasons_list);
  gtk_widget_class_bind_template_callback (widget_class, continue_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "redflaggate");
}

static void
myo_red_flag_gate_init (MyoRedFlagGate *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->questions = g_ptr_array_new ();
  self->urgency = MYO_URGENCY_ASK_BEFORE_PRESSING;
}

GtkWidget *
myo_red_flag_gate_new (void)
{
  return g_object_new (MYO_TYPE_RED_FLAG_GATE, NULL);
}

/**
 * myo_red_flag_gate_get_kb:
 *
 * Returns: (transfer none) (nullable): the knowledge base asked from
 */
MyoKb *
myo_red_flag_gate_get_kb (MyoRedFlagGate *self)
{
  g_return_val_if_fail (MYO_IS_RED_FLAG_GATE (self), NULL);
  return self->kb;
}

/**
 * myo_red_flag_gate_set_kb:
 * @kb: (nullable): whose red flags to ask
 *
 * Asks the questions afresh, none answered.
 */
void
myo_red_flag_gate_set_kb (MyoRedFlagGate *self,
                          MyoKb          *kb)
{
  g_return_if_fail (MYO_IS_RED_FLAG_GATE (self));
  g_return_if_fail (kb == NULL || MYO_IS_KB (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  rebuild_flags (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KB]);
}

/**
 * myo_red_flag_gate_reset:
 *
 * Shows the questions again, none answered, with the focus on the first.
 */
void
myo_red_flag_gate_reset (MyoRedFlagGate *self)
{
  g_return_if_fail (MYO_IS_RED_FLAG_GATE (self));

  rebuild_flags (self);
  clear_list (self->reasons_list);
  gtk_stack_set_visible_child_name (self->stack, "red-flags");

  /* Someone who started the routine from the keyboard lands on the first
   * question, not somewhere behind the panel */
  if (self->questions->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->questions, 0));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->continue_button));
}

MyoUrgency
myo_red_flag_gate_get_urgency (MyoRedFlagGate *self)
{
  g_return_val_if_fail (MYO_IS_RED_FLAG_GATE (self), MYO_URGENCY_ASK_BEFORE_PRESSING);
  return self->urgency;
}

const char *
_myo_red_flag_gate_get_page (MyoRedFlagGate *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

guint
_myo_red_flag_gate_get_n_flags (MyoRedFlagGate *self)
{
  return self->questions->len;
}

void
_myo_red_flag_gate_set_flag (MyoRedFlagGate *self,
                             guint           index,
                             gboolean        active)
{
  g_return_if_fail (index < self->questions->len);

  myo_red_flag_question_row_set_active (g_ptr_array_index (self->questions, index), active);
}

/* Clicks as a person would, so an insensitive button does nothing */
void
_myo_red_flag_gate_continue (MyoRedFlagGate *self)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (self->continue_button)))
    g_signal_emit_by_name (self->continue_button, "clicked");
}

const char *
_myo_red_flag_gate_get_continue_label (MyoRedFlagGate *self)
{
  return gtk_label_get_label (self->continue_label);
}

guint
_myo_red_flag_gate_get_n_reasons (MyoRedFlagGate *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->reasons_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

const char *
_myo_red_flag_gate_get_urgency_title (MyoRedFlagGate *self)
{
  return adw_status_page_get_title (self->seek_care_page);
}
