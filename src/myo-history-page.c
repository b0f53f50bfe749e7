/* myo-history-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "myo-body-map.h"
#include "myo-diagram.h"
#include "myo-composite-map.h"
#include "myo-history-page.h"
#include "myo-outcome.h"
#include "myo-history-page-private.h"
#include "myo-history-row.h"
#include "myo-maps-row.h"
#include "myo-session-thumbnail.h"
#include "myo-trend-chart.h"
#include "myo-trend.h"

/* One column that scrolls as a whole: the trend, the maps of where it
 * hurt (every view side by side, each as tall as the others), then the
 * sessions in a boxed list. The list shows the newest sessions a page at a
 * time ("Show Older Sessions"), so a journal of 10,000 sessions builds 50
 * rows, not 10,000: a list view, which builds only what is on screen, must
 * be the only child of its scroller, and the page would then scroll in two
 * places.
 *
 * The trend's filter choices (all pain, each region, each top candidate
 * found in the journal) are rebuilt in one pass over the journal, once
 * the journal has stopped changing and only while they can be seen. */

#define THUMBNAIL_VIEW       "back"

/* Sessions added to the list by each "Show Older Sessions" */
#define SESSIONS_PAGE        50

/* Widget pixels */
#define THUMBNAIL_HEIGHT     64.0


struct _MyoHistoryPage
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkStack        *stack;
  GtkListBox      *list_box;
  GtkWidget       *more_button;
  GtkWidget       *header;  /* the trend and the period, above the maps */
  AdwClamp        *header_clamp;
  GtkDropDown     *filter_dropdown;
  MyoTrendChart   *trend_chart;
  GtkLabel        *outcome_label;
  MyoMapsRow      *maps_box;
  GtkDropDown     *range_dropdown;
  GtkLabel        *map_caption;
  AdwStatusPage   *unreadable_page;

  /* Owned */
  MyoJournal      *journal;
  char            *journal_error;
  MyoKb           *kb;
  GListStore      *sections;
  GListModel      *sessions;  /* the journal's, newest first */
  GtkSliceListModel *shown;  /* the newest of them, in the list */
  GPtrArray       *maps;  /* a MyoCompositeMap per view, borrowed from maps_box */
  GHashTable      *thumbnails;  /* MyoView -> GdkTexture, at thumbnail_scale */
  GPtrArray       *filters;  /* of the trend, one per filter_dropdown item: NULL, "region:…", … */
  gulong           items_changed_id;  /* on sessions */
  guint            filters_idle_id;

  /* Borrowed from the knowledge base */
  const MyoView   *thumbnail_view;

  /* State */
  int              thumbnail_scale;
  guint            n_rows_set_up;
  guint            filters_dirty : 1;
  guint            updating_filters : 1;
};

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_JOURNAL_ERROR,
  PROP_KB,
  N_PROPS
};

enum {
  ENTRY_ACTIVATED,
  DELETE_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MyoHistoryPage, myo_history_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The range choices, in the order of the range drop-down */
static const int range_days[] = { 7, 30, 90, 0 };

static double
thumbnail_width (const MyoView *view)
{
  return ceil (THUMBNAIL_HEIGHT * view->width / view->height);
}

static void
unref_texture (gpointer texture)
{
  if (texture != NULL)
    g_object_unref (texture);
}

/* The diagram of @view that every row's thumbnail on it shares, rendered
 * once per view and scale, fitted into the box of the reference view */
static GdkTexture *
ensure_thumbnail (MyoHistoryPage *self,
                  const MyoView  *view)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double box_width = thumbnail_width (self->thumbnail_view);
  MyoViewFit fit;
  g_autoptr(GError) error = NULL;
  graphene_rect_t viewport;
  GdkTexture *texture;

  if (self->thumbnail_scale != scale)
    {
      g_hash_table_remove_all (self->thumbnails);
      self->thumbnail_scale = scale;
    }

  if (g_hash_table_lookup_extended (self->thumbnails, view, NULL, (gpointer *) &texture))
    return texture;

  myo_view_fit_init (&fit, &(MyoRect) { 0, 0, view->width, view->height },
                     &(MyoRect) { 0, 0, box_width, THUMBNAIL_HEIGHT });
  graphene_rect_init (&viewport, fit.x0, fit.y0, view->width * fit.scale, view->height * fit.scale);
  texture = myo_diagram_get_texture (view, (int) box_width, THUMBNAIL_HEIGHT, scale, &viewport, &error);
  if (texture == NULL)
    g_warning ("Cannot draw the diagram %s: %s", view->file, error->message);

  /* A failure is remembered too, so it is not retried for every row */
  g_hash_table_insert (self->thumbnails, (gpointer) view, texture);
  return texture;
}

/* The view showing most of the session's points */
static const MyoView *
pick_thumbnail_view (MyoHistoryPage  *self,
                     MyoJournalEntry *entry)
{
  GPtrArray *views = myo_kb_get_views (self->kb);
  const MyoView *best = self->thumbnail_view;
  guint best_count = 0;

  for (guint v = 0; v < views->len; v++)
    {
      const MyoView *view = g_ptr_array_index (views, v);
      guint count = 0;

      for (guint i = 0; i < myo_journal_entry_get_n_points (entry); i++)
        count += g_strcmp0 (myo_journal_entry_get_point (entry, i)->view, view->id) == 0;

      if (count > best_count)
        {
          best = view;
          best_count = count;
        }
    }

  return best;
}

/* Shows @entry on the diagram of the view with most of its points */
static void
set_thumbnail (MyoHistoryPage      *self,
               MyoSessionThumbnail *thumbnail,
               MyoJournalEntry     *entry)
{
  const MyoView *view;

  if (self->thumbnail_view == NULL || entry == NULL)
    {
      myo_session_thumbnail_set (thumbnail, NULL, NULL, NULL);
      return;
    }

  view = pick_thumbnail_view (self, entry);
  myo_session_thumbnail_set (thumbnail, ensure_thumbnail (self, view), view, entry);
}

/* The row of the session at @position, if the list shows it */
static GtkWidget *
find_row (MyoHistoryPage *self,
          guint           position)
{
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, position));
}

/* The session of the row that has the keyboard focus, if any */
static MyoJournalEntry *
get_focused_entry (MyoHistoryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  while (focus != NULL && gtk_widget_get_parent (focus) != GTK_WIDGET (self->list_box))
    focus = gtk_widget_get_parent (focus);

  return focus != NULL ? myo_history_row_get_entry (MYO_HISTORY_ROW (focus)) : NULL;
}

static void
update_stack (MyoHistoryPage *self)
{
  gboolean empty = self->journal == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->journal)) == 0;

  /* Never "No sessions yet" over a journal that could not be read */
  if (self->journal_error != NULL)
    gtk_stack_set_visible_child_name (self->stack, "unreadable");
  else
    gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "history");
}

static void
update_map_caption (MyoHistoryPage *self)
{
  guint n_points = 0, n_sessions = 0;
  g_autofree char *points = NULL;
  g_autofree char *caption = NULL;

  /* A session may mark several views: the one that marks most counts */
  for (guint i = 0; self->maps != NULL && i < self->maps->len; i++)
    {
      MyoCompositeMap *map = g_ptr_array_index (self->maps, i);

      n_points += myo_composite_map_get_n_points (map);
      n_sessions = MAX (n_sessions, myo_composite_map_get_n_sessions (map));
    }

  /* A session that only painted areas counts too */
  if (n_sessions == 0)
    {
      gtk_label_set_label (self->map_caption, _("No pain marked in this period"));
      return;
    }

  points = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", n_points), n_points);
  /* Translators: the first %s is e.g. “42 points”; the redder the area, the
   * more often and the more strongly pain was marked there */
  caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%s from %u session. Redder means marked more often and more strongly.",
                                          "%s from %u sessions. Redder means marked more often and more strongly.",
                                          n_sessions),
                             points, n_sessions);
  gtk_label_set_label (self->map_caption, caption);
}

static void map_counts_changed_cb (MyoHistoryPage *self);

/* A map of where it hurt for every view, side by side */
static void
update_views (MyoHistoryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->range_dropdown);

  self->thumbnail_view = NULL;
  if (self->thumbnails != NULL)
    g_hash_table_remove_all (self->thumbnails);

  myo_maps_row_clear (self->maps_box);
  g_ptr_array_set_size (self->maps, 0);

  if (self->kb == NULL)
    return;

  for (guint i = 0; i < myo_kb_get_views (self->kb)->len; i++)
    {
      const MyoView *view = g_ptr_array_index (myo_kb_get_views (self->kb), i);
      GtkWidget *map = myo_composite_map_new ();

      myo_composite_map_set_kb (MYO_COMPOSITE_MAP (map), self->kb);
      myo_composite_map_set_view_id (MYO_COMPOSITE_MAP (map), view->id);
      myo_composite_map_set_journal (MYO_COMPOSITE_MAP (map), self->journal);
      if (selected < G_N_ELEMENTS (range_days))
        myo_composite_map_set_days (MYO_COMPOSITE_MAP (map), range_days[selected]);
      g_signal_connect_object (map, "notify::n-points", G_CALLBACK (map_counts_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (map, "notify::n-sessions", G_CALLBACK (map_counts_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_widget_set_tooltip_text (map, view->label);
      myo_maps_row_append (self->maps_box, map, (double) view->width / view->height);
      g_ptr_array_add (self->maps, map);
    }

  self->thumbnail_view = myo_kb_lookup_view (self->kb, THUMBNAIL_VIEW);
  if (self->thumbnail_view == NULL && myo_kb_get_views (self->kb)->len > 0)
    self->thumbnail_view = g_ptr_array_index (myo_kb_get_views (self->kb), 0);

  update_map_caption (self);
}

typedef struct
{
  const char *id;
  char       *name;
} Candidate;

static void
candidate_clear (Candidate *candidate)
{
  g_clear_pointer (&candidate->name, g_free);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  return g_utf8_collate (ca->name, cb->name);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The regions of the knowledge base in @present, in its order; a name
 * shared by two regions (“inner knee” on the front and the inner side)
 * says which view it is on */
static void
append_regions (MyoHistoryPage *self,
                GHashTable     *present,
                GtkStringList  *labels)
{
  g_autoptr(GHashTable) name_counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = NULL;
  GPtrArray *regions = self->kb != NULL ? myo_kb_get_regions (self->kb) : NULL;
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);

      if (g_hash_table_remove (present, region->id))
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (name_counts, region->name));

          g_ptr_array_add (found, (gpointer) region);
          g_hash_table_insert (name_counts, region->name, GUINT_TO_POINTER (count + 1));
        }
    }

  for (guint i = 0; i < found->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (found, i);
      g_autofree char *label = NULL;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (name_counts, region->name)) > 1)
        /* Translators: a choice of the trend's filter: a region, then the
         * view it is on, e.g. “Region: inner knee (Inner side)” */
        label = g_strdup_printf (_("Region: %s (%s)"), region->name, region->view->label);
      else
        /* Translators: a choice of the trend's filter, e.g. “Region: back of knee” */
        label = g_strdup_printf (_("Region: %s"), region->name);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->filters, g_strconcat ("region:", region->id, NULL));
    }

  /* Regions a later knowledge base no longer has, by id */
  unknown = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, present);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (unknown, key);
  g_ptr_array_sort (unknown, compare_strings);
  for (guint i = 0; i < unknown->len; i++)
    {
      const char *id = g_ptr_array_index (unknown, i);
      g_autofree char *label = g_strdup_printf (_("Region: %s"), id);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->filters, g_strconcat ("region:", id, NULL));
    }
}

/* Rebuilds the trend's filter choices in one pass over the journal, and
 * keeps the choice made if it is still there */
static void
update_filters (MyoHistoryPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) regions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) candidate_labels = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_autofree char *current = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint selected, position = 0;
  guint n_items;

  self->filters_dirty = FALSE;
  g_clear_handle_id (&self->filters_idle_id, g_source_remove);

  selected = gtk_drop_down_get_selected (self->filter_dropdown);
  if (self->filters != NULL && selected < self->filters->len)
    current = g_strdup (g_ptr_array_index (self->filters, selected));

  g_clear_pointer (&self->filters, g_ptr_array_unref);
  self->filters = g_ptr_array_new_with_free_func (g_free);

  /* Translators: the first choice of the trend's filter: every session */
  gtk_string_list_append (labels, _("All pain"));
  g_ptr_array_add (self->filters, NULL);

  /* The journal holds its entries, so their strings outlive the loop. It
   * is newest first: a candidate keeps its newest label. */
  n_items = self->journal != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->journal)) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MyoJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->journal), i);
      const char *top = myo_journal_entry_get_top_candidate (entry);

      for (guint p = 0; p < myo_journal_entry_get_n_points (entry); p++)
        {
          const MyoJournalPoint *point = myo_journal_entry_get_point (entry, p);

          if (point->region != NULL && point->region[0] != '\0')
            g_hash_table_add (regions, point->region);
        }

      if (top != NULL && !g_hash_table_contains (candidate_labels, top))
        g_hash_table_insert (candidate_labels, (gpointer) top,
                             (gpointer) myo_journal_entry_get_top_candidate_label (entry));
    }

  append_regions (self, regions, labels);

  g_array_set_clear_func (candidates, (GDestroyNotify) candidate_clear);
  g_hash_table_iter_init (&iter, candidate_labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Candidate candidate = { key, myo_trend_dup_candidate_name (self->kb, key) };

      /* A trigger point the knowledge base no longer has: the newest
       * session's own words */
      if (candidate.name == NULL)
        candidate.name = g_strdup (value != NULL ? value : key);
      g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, i);
      /* Translators: a choice of the trend's filter: the sessions whose
       * best match was this trigger point, e.g. “Top candidate:
       * Gastrocnemius, lateral head, trigger point 4” */
      g_autofree char *label = g_strdup_printf (_("Top candidate: %s"), candidate->name);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->filters, g_strconcat ("candidate:", candidate->id, NULL));
    }

  for (guint i = 1; current != NULL && i < self->filters->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->filters, i), current))
        position = i;
    }

  /* A new model selects its first item: keep the chart out of that */
  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->filter_dropdown, position);
  self->updating_filters = FALSE;

  myo_trend_chart_set_filter (self->trend_chart, g_ptr_array_index (self->filters, position));
}

static gboolean
update_filters_idle_cb (gpointer data)
{
  MyoHistoryPage *self = data;

  self->filters_idle_id = 0;
  update_filters (self);

  return G_SOURCE_REMOVE;
}

/* Once the journal has stopped changing, if the choices are on screen;
 * otherwise when they come on screen */
static void
queue_update_filters (MyoHistoryPage *self)
{
  self->filters_dirty = TRUE;

  if (self->filters_idle_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self->filter_dropdown)))
    self->filters_idle_id = g_idle_add (update_filters_idle_cb, self);
}

static void
filter_dropdown_mapped_cb (MyoHistoryPage *self)
{
  if (self->filters_dirty)
    update_filters (self);
}

static void
filter_selected_cb (MyoHistoryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  if (self->updating_filters || self->filters == NULL)
    return;

  myo_trend_chart_set_filter (self->trend_chart,
                              selected < self->filters->len ? g_ptr_array_index (self->filters, selected) : NULL);
}

static void
range_selected_cb (MyoHistoryPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->range_dropdown);

  for (guint i = 0; selected < G_N_ELEMENTS (range_days) && i < self->maps->len; i++)
    myo_composite_map_set_days (g_ptr_array_index (self->maps, i), range_days[selected]);
}

static void
map_counts_changed_cb (MyoHistoryPage *self)
{
  update_map_caption (self);
}

static void
update_more_button (MyoHistoryPage *self)
{
  guint n_sessions = g_list_model_get_n_items (self->sessions);

  gtk_widget_set_visible (self->more_button, gtk_slice_list_model_get_size (self->shown) < n_sessions);
}

static void
items_changed_cb (MyoHistoryPage *self)
{
  update_stack (self);
  update_more_button (self);
  queue_update_filters (self);
}

/* Shows at least the newest @n sessions in the list */
static void
show_sessions (MyoHistoryPage *self,
               guint           n)
{
  if (n > gtk_slice_list_model_get_size (self->shown))
    gtk_slice_list_model_set_size (self->shown, n);
  update_more_button (self);
}

static void
more_clicked_cb (MyoHistoryPage *self)
{
  show_sessions (self, gtk_slice_list_model_get_size (self->shown) + SESSIONS_PAGE);
}

static void
row_delete_requested_cb (MyoHistoryRow  *row,
                         MyoHistoryPage *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, myo_history_row_get_entry (row));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  MyoHistoryPage *self = user_data;
  MyoJournalEntry *entry = MYO_JOURNAL_ENTRY (item);
  GtkWidget *row;

  self->n_rows_set_up++;

  row = myo_history_row_new (entry,
                             self->thumbnail_view != NULL ? thumbnail_width (self->thumbnail_view) : 0,
                             THUMBNAIL_HEIGHT);
  set_thumbnail (self, myo_history_row_get_thumbnail (MYO_HISTORY_ROW (row)), entry);
  g_signal_connect_object (row, "delete-requested", G_CALLBACK (row_delete_requested_cb), self, 0);

  return row;
}

static void
row_activated_cb (MyoHistoryPage *self,
                  GtkListBoxRow  *row)
{
  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, myo_history_row_get_entry (MYO_HISTORY_ROW (row)));
}

static void
scale_factor_changed_cb (MyoHistoryPage *self)
{
  /* Rows bound from now on get a sharp thumbnail */
  if (self->thumbnails != NULL)
    g_hash_table_remove_all (self->thumbnails);
}

static void
delete_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MyoHistoryPage *self = MYO_HISTORY_PAGE (widget);
  MyoJournalEntry *entry = get_focused_entry (self);

  if (entry != NULL)
    g_signal_emit (self, signals[DELETE_REQUESTED], 0, entry);
}

static void
myo_history_page_dispose (GObject *object)
{
  MyoHistoryPage *self = MYO_HISTORY_PAGE (object);

  if (self->sessions != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->sessions);
  g_clear_handle_id (&self->filters_idle_id, g_source_remove);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_HISTORY_PAGE);

  g_clear_object (&self->shown);
  g_clear_object (&self->sessions);
  g_clear_object (&self->sections);
  g_clear_pointer (&self->maps, g_ptr_array_unref);
  g_clear_object (&self->journal);
  g_clear_pointer (&self->journal_error, g_free);
  g_clear_object (&self->kb);
  g_clear_pointer (&self->thumbnails, g_hash_table_unref);
  g_clear_pointer (&self->filters, g_ptr_array_unref);
  self->thumbnail_view = NULL;

  G_OBJECT_CLASS (myo_history_page_parent_class)->dispose (object);
}

static void
myo_history_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MyoHistoryPage *self = MYO_HISTORY_PAGE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_JOURNAL_ERROR:
      g_value_set_string (value, self->journal_error);
      break;

    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_history_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MyoHistoryPage *self = MYO_HISTORY_PAGE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      myo_history_page_set_journal (self, g_value_get_object (value));
      break;

    case PROP_JOURNAL_ERROR:
      myo_history_page_set_journal_error (self, g_value_get_string (value));
      break;

    case PROP_KB:
      myo_history_page_set_kb (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_history_page_class_init (MyoHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_history_page_dispose;
  object_class->get_property = myo_history_page_get_property;
  object_class->set_property = myo_history_page_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         MYO_TYPE_JOURNAL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoHistoryPage:journal-error:
   *
   * Why the journal could not be read, or %NULL: the page then says so
   * and how to recover, instead of showing an empty history.
   */
  properties[PROP_JOURNAL_ERROR] =
    g_param_spec_string ("journal-error", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoHistoryPage::entry-activated:
   * @entry: the MyoJournalEntry of the activated row
   *
   * The person chose a session, to see it on the map.
   */
  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MYO_TYPE_JOURNAL_ENTRY);

  /**
   * MyoHistoryPage::delete-requested:
   * @entry: the MyoJournalEntry whose delete button was pressed
   *
   * The page removes nothing itself: the window removes the entry from the
   * journal and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MYO_TYPE_JOURNAL_ENTRY);

  gtk_widget_class_install_action (widget_class, "history.delete-focused", NULL, delete_focused_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "history.delete-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "history.delete-focused", NULL);

  g_type_ensure (MYO_TYPE_TREND_CHART);
  g_type_ensure (MYO_TYPE_COMPOSITE_MAP);
  g_type_ensure (MYO_TYPE_MAPS_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, maps_box);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, header);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, header_clamp);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, map_caption);
  gtk_widget_class_bind_template_child (widget_class, MyoHistoryPage, unreadable_page);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_dropdown_mapped_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, range_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "historypage");
}

static void
myo_history_page_init (MyoHistoryPage *self)
{
  self->thumbnails = g_hash_table_new_full (NULL, NULL, NULL, unref_texture);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_clamp_set_child (self->header_clamp, self->header);
  self->maps = g_ptr_array_new ();
  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  self->sessions = G_LIST_MODEL (gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->sections))));
  self->shown = gtk_slice_list_model_new (g_object_ref (self->sessions), 0, SESSIONS_PAGE);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->shown), create_row_cb, self, NULL);
  self->items_changed_id = g_signal_connect_swapped (self->sessions, "items-changed",
                                                     G_CALLBACK (items_changed_cb), self);

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);

  update_filters (self);
  update_map_caption (self);
  update_stack (self);
  update_more_button (self);
}

GtkWidget *
myo_history_page_new (void)
{
  return g_object_new (MYO_TYPE_HISTORY_PAGE, NULL);
}

const char *
myo_history_page_get_journal_error (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->journal_error;
}

/**
 * myo_history_page_set_journal_error:
 * @journal_error: (nullable): why the journal could not be read
 */
void
myo_history_page_set_journal_error (MyoHistoryPage *self,
                                    const char     *journal_error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (MYO_IS_HISTORY_PAGE (self));

  if (g_strcmp0 (self->journal_error, journal_error) == 0)
    return;

  g_free (self->journal_error);
  self->journal_error = g_strdup (journal_error);

  if (journal_error != NULL)
    description = g_strdup_printf (_("%s\n\nYour sessions are still in that file: Myomap does not "
                                     "write over it. Open the folder to copy it somewhere safe or "
                                     "fix its permissions, then try again."),
                                   journal_error);
  adw_status_page_set_description (self->unreadable_page, description);
  update_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_ERROR]);
}

/**
 * myo_history_page_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal shown
 */
MyoJournal *
myo_history_page_get_journal (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->journal;
}

/* The latest session's change from its episode's first, and adherence */
static void
update_outcome (MyoHistoryPage *self)
{
  g_autofree char *text = NULL;

  if (self->journal != NULL && self->kb != NULL)
    text = myo_outcome_dup_journal_summary (G_LIST_MODEL (self->journal), self->kb);

  gtk_label_set_label (self->outcome_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_label), text != NULL);
}

void
myo_history_page_set_journal (MyoHistoryPage *self,
                              MyoJournal     *journal)
{
  g_return_if_fail (MYO_IS_HISTORY_PAGE (self));
  g_return_if_fail (!journal || MYO_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_func (self->journal, update_outcome, self);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    g_signal_connect_object (journal, "items-changed", G_CALLBACK (update_outcome), self, G_CONNECT_SWAPPED);
  update_outcome (self);
  g_list_store_splice (self->sections, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sections)),
                       (gpointer *) &journal, journal != NULL ? 1 : 0);
  myo_trend_chart_set_journal (self->trend_chart, journal);
  for (guint i = 0; i < self->maps->len; i++)
    myo_composite_map_set_journal (g_ptr_array_index (self->maps, i), journal);
  update_stack (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

/**
 * myo_history_page_get_kb:
 *
 * Returns: (transfer none) (nullable): the knowledge base the views come from
 */
MyoKb *
myo_history_page_get_kb (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->kb;
}

void
myo_history_page_set_kb (MyoHistoryPage *self,
                         MyoKb          *kb)
{
  g_return_if_fail (MYO_IS_HISTORY_PAGE (self));
  g_return_if_fail (!kb || MYO_IS_KB (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  myo_trend_chart_set_kb (self->trend_chart, kb);
  update_outcome (self);
  queue_update_filters (self);
  update_views (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KB]);
}

/* Private API, for the tests */

MyoTrendChart *
_myo_history_page_get_trend_chart (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->trend_chart;
}

/* The map of the back view, or of the first */
MyoCompositeMap *
_myo_history_page_get_composite_map (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return _myo_history_page_get_composite_map_for_view (self, THUMBNAIL_VIEW);
}

MyoCompositeMap *
_myo_history_page_get_composite_map_for_view (MyoHistoryPage *self,
                                              const char     *view_id)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);

  for (guint i = 0; i < self->maps->len; i++)
    if (g_strcmp0 (myo_composite_map_get_view_id (g_ptr_array_index (self->maps, i)), view_id) == 0)
      return g_ptr_array_index (self->maps, i);

  return self->maps->len > 0 ? g_ptr_array_index (self->maps, 0) : NULL;
}

guint
_myo_history_page_get_n_maps (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), 0);
  return self->maps->len;
}

GtkListBox *
_myo_history_page_get_list_box (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->list_box;
}

/* Every session, newest first; the list shows the first
 * _myo_history_page_get_n_shown() */
GListModel *
_myo_history_page_get_sessions (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->sessions;
}

guint
_myo_history_page_get_n_shown (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->shown));
}

GtkWidget *
_myo_history_page_get_more_button (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->more_button;
}

GtkDropDown *
_myo_history_page_get_range_dropdown (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->range_dropdown;
}

GtkDropDown *
_myo_history_page_get_filter_dropdown (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return self->filter_dropdown;
}

/* The trend filter of the choice at @position of the filter drop-down,
 * once the choices are up to date */
const char *
_myo_history_page_get_filter_at (MyoHistoryPage *self,
                                 guint           position)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);

  if (self->filters_dirty)
    update_filters (self);

  g_return_val_if_fail (position < self->filters->len, NULL);
  return g_ptr_array_index (self->filters, position);
}

guint
_myo_history_page_get_n_rows_set_up (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), 0);
  return self->n_rows_set_up;
}

/* The delete button of the row of the session at @position, if the list
 * shows it */
GtkWidget *
_myo_history_page_get_delete_button (MyoHistoryPage *self,
                                     guint           position)
{
  GtkWidget *row;

  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);

  row = find_row (self, position);
  return row != NULL ? myo_history_row_get_delete_button (MYO_HISTORY_ROW (row)) : NULL;
}

/* Gives the keyboard focus to the row of the session at @position, as
 * the arrow keys would, showing older sessions up to it if need be */
gboolean
_myo_history_page_focus_row (MyoHistoryPage *self,
                             guint           position)
{
  GtkWidget *row;

  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), FALSE);

  if (position < g_list_model_get_n_items (self->sessions))
    show_sessions (self, (position / SESSIONS_PAGE + 1) * SESSIONS_PAGE);

  row = find_row (self, position);
  return row != NULL && gtk_widget_grab_focus (row);
}

/* Whether the header (trend, map) is on the page */
gboolean
_myo_history_page_get_header_shown (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), FALSE);
  return gtk_widget_get_parent (self->header) != NULL;
}

const char *
_myo_history_page_get_visible_page (MyoHistoryPage *self)
{
  g_return_val_if_fail (MYO_IS_HISTORY_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
