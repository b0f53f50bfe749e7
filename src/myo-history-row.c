/* myo-history-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-history-row.h"
#include "myo-outcome.h"

/* A session of History's list: its thumbnail, its date, the trigger point
 * that explained it best and its pain, with a button to delete it. The
 * page draws the thumbnail (its diagram is shared by every row) and
 * listens for ::delete-requested. */

struct _MyoHistoryRow
{
  GtkListBoxRow    parent_instance;

  /* Template widgets */
  GtkBox          *thumbnail_frame;
  GtkLabel        *date_label;
  GtkLabel        *title_label;
  GtkLabel        *pain_label;
  GtkWidget       *delete_button;

  /* Owned */
  MyoJournalEntry *entry;

  /* Not owned: a child of thumbnail_frame */
  MyoSessionThumbnail *thumbnail;

  int              thumbnail_width;
  int              thumbnail_height;
};

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_THUMBNAIL_WIDTH,
  PROP_THUMBNAIL_HEIGHT,
  N_PROPS
};

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MyoHistoryRow, myo_history_row, GTK_TYPE_LIST_BOX_ROW)

static void
delete_clicked_cb (MyoHistoryRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
update_texts (MyoHistoryRow *self)
{
  g_autofree char *date = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *delete_label = NULL;
  const char *title;

  /* Translators: a session's date and time, in g_date_time_format() syntax,
   * e.g. “Tue 3 Mar 2026, 14:05” */
  date = g_date_time_format (myo_journal_entry_get_started (self->entry), _("%a %-d %b %Y, %H:%M"));
  gtk_label_set_text (self->date_label, date);

  title = myo_journal_entry_get_top_candidate_label (self->entry);
  gtk_label_set_text (self->title_label, title != NULL ? title : _("No trigger point matched"));
  if (title == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");

  pain = myo_outcome_dup_entry_text (self->entry);
  gtk_label_set_text (self->pain_label, pain);

  /* Translators: the accessible name of a row's delete button */
  delete_label = g_strdup_printf (_("Delete the session of %s"), date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);
}

static void
myo_history_row_constructed (GObject *object)
{
  MyoHistoryRow *self = MYO_HISTORY_ROW (object);

  G_OBJECT_CLASS (myo_history_row_parent_class)->constructed (object);

  self->thumbnail = MYO_SESSION_THUMBNAIL (myo_session_thumbnail_new (self->thumbnail_width,
                                                                     self->thumbnail_height));
  gtk_box_append (self->thumbnail_frame, GTK_WIDGET (self->thumbnail));

  if (self->entry != NULL)
    update_texts (self);
}

static void
myo_history_row_dispose (GObject *object)
{
  MyoHistoryRow *self = MYO_HISTORY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_HISTORY_ROW);
  self->thumbnail = NULL;
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (myo_history_row_parent_class)->dispose (object);
}

static void
myo_history_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MyoHistoryRow *self = MYO_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_THUMBNAIL_WIDTH:
      g_value_set_int (value, self->thumbnail_width);
      break;

    case PROP_THUMBNAIL_HEIGHT:
      g_value_set_int (value, self->thumbnail_height);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_history_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MyoHistoryRow *self = MYO_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      self->entry = g_value_dup_object (value);
      break;

    case PROP_THUMBNAIL_WIDTH:
      self->thumbnail_width = g_value_get_int (value);
      break;

    case PROP_THUMBNAIL_HEIGHT:
      self->thumbnail_height = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_history_row_class_init (MyoHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = myo_history_row_constructed;
  object_class->dispose = myo_history_row_dispose;
  object_class->get_property = myo_history_row_get_property;
  object_class->set_property = myo_history_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         MYO_TYPE_JOURNAL_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_THUMBNAIL_WIDTH] =
    g_param_spec_int ("thumbnail-width", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_THUMBNAIL_HEIGHT] =
    g_param_spec_int ("thumbnail-height", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoHistoryRow::delete-requested:
   *
   * The row's delete button was clicked.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryRow, thumbnail_frame);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryRow, pain_label);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
myo_history_row_init (MyoHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * myo_history_row_new:
 * @entry: the session the row shows
 * @thumbnail_width: the thumbnail's size, in widget pixels
 * @thumbnail_height:
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
myo_history_row_new (MyoJournalEntry *entry,
                     int              thumbnail_width,
                     int              thumbnail_height)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (entry), NULL);

  return g_object_new (MYO_TYPE_HISTORY_ROW,
                       "entry", entry,
                       "thumbnail-width", thumbnail_width,
                       "thumbnail-height", thumbnail_height,
                       NULL);
}

/**
 * myo_history_row_get_entry:
 *
 * Returns: (transfer none): the session the row shows
 */
MyoJournalEntry *
myo_history_row_get_entry (MyoHistoryRow *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_ROW (self), NULL);
  return self->entry;
}

/**
 * myo_history_row_get_thumbnail:
 *
 * Returns: (transfer none): the thumbnail, for the page to draw
 */
MyoSessionThumbnail *
myo_history_row_get_thumbnail (MyoHistoryRow *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_ROW (self), NULL);
  return self->thumbnail;
}

/**
 * myo_history_row_get_delete_button:
 *
 * Returns: (transfer none): the button that deletes the session
 */
GtkWidget *
myo_history_row_get_delete_button (MyoHistoryRow *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_ROW (self), NULL);
  return self->delete_button;
}
