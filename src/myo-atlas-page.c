/* myo-atlas-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-atlas-page.h"
#include "myo-maps-row.h"
#include "myo-atlas-page-private.h"
#include "myo-atlas-row.h"
#include "myo-body-map.h"

/* The atlas shows one trigger point at a time, on every view its spot or
 * its zones reach, with the same maps as the main window in browse mode:
 * a click on them lists what refers there instead of marking pain. */

/* Widget pixels: the height of each map, in the window and presenting */
#define MAP_HEIGHT               420

/* GTK's average characters in a line of text: 60 of them hold about 75
 * characters of running text, as many as typographers advise. (A label
 * given more width still fills it: text_clamp holds the facts to about
 * as much, and twice as much presenting.) */
#define MAX_LINE_CHARS           60
#define TEXT_WIDTH               450
#define TEXT_WIDTH_PRESENTATION  590


struct _MyoAtlasPage
{
  GtkWidget              parent_instance;

  /* Template widgets */
  AdwLeaflet            *leaflet;
  GtkWidget             *sidebar;
  GtkSearchEntry        *search_entry;
  GtkRevealer           *region_revealer;
  GtkLabel              *region_label;
  GtkListBox            *list;
  GtkWidget             *detail;
  GtkLabel              *title_label;
  GtkLabel              *subtitle_label;
  MyoMapsRow            *maps_box;
  AdwClamp              *text_clamp;
  GtkBox                *facts_box;
  GtkLabel              *disclaimer_label;

  /* Owned */
  MyoAtlas              *atlas;
  MyoSession            *blank;  /* the maps' session: the atlas marks no pain */
  GPtrArray             *maps;   /* MyoBodyMap */
  GString               *facts_text;

  /* Borrowed from the atlas's knowledge base */
  const MyoTriggerPoint *selected;
  MyoSide                side;

  gboolean               presentation;
};

enum {
  PROP_0,
  PROP_KB,
  PROP_PRESENTATION,
  N_PROPS
};

enum {
  ROUTINE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MyoAtlasPage, myo_atlas_page, GTK_TYPE_WIDGET)

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
create_label (const char *text,
              const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), MAX_LINE_CHARS);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}

/* "Trigger point 1 · medial head": the muscle is in the list's heading */
static char *
dup_short_title (const MyoTriggerPoint *trp)
{
  if (trp->head != NULL)
    /* Translators: a trigger point's number, then the muscle head it is in */
    return g_strdup_printf (_("Trigger point %u · %s"), trp->number, trp->head->name);

  return g_strdup_printf (_("Trigger point %u"), trp->number);
}

/* A heading with the muscle's name above its first trigger point */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const MyoTriggerPoint *trp = myo_atlas_row_get_trigger_point (MYO_ATLAS_ROW (row));
  const MyoTriggerPoint *previous = before != NULL ? myo_atlas_row_get_trigger_point (MYO_ATLAS_ROW (before))
                                                   : NULL;
  g_autofree char *muscle = NULL;
  GtkWidget *header;

  if (!myo_atlas_row_get_grouped (MYO_ATLAS_ROW (row)) ||
      (previous != NULL && previous->muscle == trp->muscle))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  muscle = myo_muscle_dup_display_name (trp->muscle);
  header = create_label (muscle, "heading");
  gtk_label_set_max_width_chars (GTK_LABEL (header), 36);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, before != NULL ? 12 : 6);
  gtk_widget_set_margin_bottom (header, 3);
  gtk_list_box_row_set_header (row, header);
}

static void
clear_list (MyoAtlasPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

/* Selects the row of the selected trigger point, or the first row */
static void
select_row (MyoAtlasPage *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list, 0);

  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        break;
      if (myo_atlas_row_get_trigger_point (MYO_ATLAS_ROW (row)) == self->selected)
        {
          gtk_list_box_select_row (self->list, row);
          return;
        }
    }

  if (first != NULL)
    gtk_list_box_select_row (self->list, first);
}

static void
show_search_results (MyoAtlasPage *self)
{
  g_autoptr(GPtrArray) found = NULL;

  if (self->atlas == NULL)
    return;

  clear_list (self);
  gtk_revealer_set_reveal_child (self->region_revealer, FALSE);

  found = myo_atlas_search (self->atlas, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  for (guint i = 0; i < found->len; i++)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (found, i);
      g_autofree char *title = dup_short_title (trp);

      gtk_list_box_append (self->list, myo_atlas_row_new (trp, MYO_SIDE_LEFT, title, trp->location_text));
    }

  if (found->len == 0)
    {
      gtk_label_set_text (self->region_label, _("No trigger point matches. Try a muscle’s name or "
                                                "where it hurts, such as “back of knee”."));
      gtk_revealer_set_reveal_child (self->region_revealer, TRUE);
    }

  select_row (self);
}

static void
show_region_results (MyoAtlasPage  *self,
                     const MyoView *view,
                     double         x,
                     double         y)
{
  g_autoptr(GArray) hits = NULL;
  g_autofree char *place = NULL;
  g_autofree char *text = NULL;
  const MyoRegion *region;

  hits = myo_atlas_refer_to (self->atlas, view, x, y, &region);
  if (region == NULL)
    {
      gtk_label_set_text (self->region_label, _("That is outside the legs. Click on a leg to see "
                                                "which trigger points send pain there."));
      gtk_revealer_set_reveal_child (self->region_revealer, TRUE);
      return;
    }

  clear_list (self);
  place = myo_region_dup_place_label (region, myo_view_side_at (view, x));
  if (hits->len == 0)
    text = g_strdup_printf (_("No trigger point in this atlas sends pain to %s."), place);
  else
    /* Translators: the place is e.g. “Left leg · back of knee” */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u trigger point sends pain to %s",
                                         "%u trigger points send pain to %s",
                                         hits->len),
                            hits->len, place);
  gtk_label_set_text (self->region_label, text);
  gtk_revealer_set_reveal_child (self->region_revealer, TRUE);

  for (guint i = 0; i < hits->len; i++)
    {
      const MyoAtlasHit *hit = &g_array_index (hits, MyoAtlasHit, i);
      g_autofree char *title = myo_trigger_point_dup_label (hit->trp);
      GtkWidget *row = myo_atlas_row_new (hit->trp, hit->side, title, myo_zone_kind_get_label (hit->zone));

      /* Ranked by zone, not grouped by muscle */
      myo_atlas_row_set_grouped (MYO_ATLAS_ROW (row), FALSE);
      gtk_list_box_append (self->list, row);
    }

  if (hits->len > 0)
    {
      const MyoAtlasHit *first = &g_array_index (hits, MyoAtlasHit, 0);

      myo_atlas_page_select (self, first->trp, first->side);
    }
}

static void
add_fact (MyoAtlasPage *self,
          const char   *heading,
          const char   *text)
{
  GtkWidget *group;

  if (text == NULL || *text == '\0')
    return;

  group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (group), create_label (heading, "heading"));
  gtk_box_append (GTK_BOX (group), create_label (text, NULL));
  gtk_label_set_selectable (GTK_LABEL (gtk_widget_get_last_child (group)), TRUE);
  gtk_box_append (self->facts_box, group);

  g_string_append_printf (self->facts_text, "%s\n%s\n\n", heading, text);
}

static char *
join_bullets (char **items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", items[i]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_routine_text (const MyoTriggerPoint *trp)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *steps = trp->routine->steps;

  for (guint i = 0; i < steps->len; i++)
    {
      const MyoStep *step = g_ptr_array_index (steps, i);

      g_string_append_printf (text, "%s%u. %s", i > 0 ? "\n" : "", i + 1, step->title);
      if (step->hold_seconds > 0)
        /* Translators: hold time in seconds, then how many times */
        g_string_append_printf (text, _(" — hold %u s × %u"), step->hold_seconds, step->repetitions);
      if (step->per_side)
        g_string_append (text, _(", each leg"));
      if (step->caution != NULL)
        g_string_append_printf (text, "\n    %s", step->caution);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_sources_text (MyoAtlasPage          *self,
                  const MyoTriggerPoint *trp)
{
  MyoKb *kb = myo_atlas_get_kb (self->atlas);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  char **lists[] = { trp->sources, trp->muscle->sources, trp->routine->sources };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      if (!g_ptr_array_find_with_equal_func (ids, lists[l][i], g_str_equal, NULL))
        g_ptr_array_add (ids, lists[l][i]);

  for (guint i = 0; i < ids->len; i++)
    {
      const MyoSource *source = myo_kb_lookup_source (kb, g_ptr_array_index (ids, i));

      if (source != NULL)
        g_string_append_printf (text, "%s• %s", text->len > 0 ? "\n" : "", source->citation);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
location_activated_cb (MyoBodyMap   *map,
                       double        x,
                       double        y,
                       MyoAtlasPage *self)
{
  MyoKb *kb = myo_atlas_get_kb (self->atlas);

  show_region_results (self, myo_kb_lookup_view (kb, myo_body_map_get_view_id (map)), x, y);
}

static GtkWidget *
create_map (MyoAtlasPage  *self,
            const MyoView *view)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *map = myo_body_map_new (self->blank);

  myo_body_map_set_browse (MYO_BODY_MAP (map), TRUE);
  myo_body_map_set_view_id (MYO_BODY_MAP (map), view->id);
  myo_body_map_set_highlight (MYO_BODY_MAP (map), self->selected, self->side);
  gtk_widget_set_vexpand (map, TRUE);
  g_signal_connect (map, "location-activated", G_CALLBACK (location_activated_cb), self);
  g_ptr_array_add (self->maps, map);

  gtk_box_append (GTK_BOX (box), map);
  gtk_box_append (GTK_BOX (box), gtk_label_new (view->label));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "caption-heading");

  return box;
}

static void
update_detail (MyoAtlasPage *self)
{
  const MyoTriggerPoint *trp = self->selected;
  g_autofree char *title = NULL;
  g_autofree char *activators = NULL;
  g_autofree char *differentials = NULL;
  g_autofree char *routine = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GString) notes = NULL;
  GPtrArray *views;

  myo_maps_row_clear (self->maps_box);
  clear_box (self->facts_box);
  g_ptr_array_set_size (self->maps, 0);
  g_string_truncate (self->facts_text, 0);

  gtk_widget_set_visible (self->detail, trp != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atlas.play", trp != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "atlas.start-routine", trp != NULL);
  if (trp == NULL)
    return;

  title = myo_trigger_point_dup_label (trp);
  gtk_label_set_text (self->title_label, title);
  /* Translators: the leg the atlas draws the trigger point on, e.g. “Left leg” */
  subtitle = g_strdup_printf (_("%s shown; the other leg is its mirror image"),
                              myo_side_get_label (self->side));
  gtk_label_set_text (self->subtitle_label, subtitle);

  views = myo_atlas_get_views (self->atlas, trp);
  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);

      myo_maps_row_append (self->maps_box, create_map (self, view), (double) view->width / view->height);
    }

  /* A new selection starts at its title and maps, not where the last one
   * was scrolled to */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->detail)), 0);

  notes = g_string_new (trp->notes);
  if (trp->muscle->notes != NULL)
    g_string_append_printf (notes, "%s%s", notes->len > 0 ? "\n\n" : "", trp->muscle->notes);
  activators = join_bullets (trp->muscle->activators);
  differentials = join_bullets (trp->muscle->differentials);
  routine = dup_routine_text (trp);
  sources = dup_sources_text (self, trp);

  add_fact (self, _("Where to press"), trp->location_text);
  add_fact (self, _("Anatomy"), trp->muscle->anatomy);
  add_fact (self, _("What activates it"), activators);
  add_fact (self, _("What else it could be"), differentials);
  add_fact (self, _("Notes"), notes->str);
  add_fact (self, _("Routine"), routine);
  add_fact (self, _("Sources"), sources);

  if (self->presentation)
    myo_atlas_page_play (self);
}

/* Callbacks */

static void
search_changed_cb (MyoAtlasPage *self)
{
  show_search_results (self);
}

static void
row_selected_cb (MyoAtlasPage  *self,
                 GtkListBoxRow *row)
{
  MyoAtlasRow *atlas_row = MYO_ATLAS_ROW (row);

  /* Selecting the row of what is shown keeps the leg it is shown on */
  if (row == NULL || myo_atlas_row_get_trigger_point (atlas_row) == self->selected)
    return;

  myo_atlas_page_select (self, myo_atlas_row_get_trigger_point (atlas_row), myo_atlas_row_get_side (atlas_row));
}

static void
row_activated_cb (MyoAtlasPage  *self,
                  GtkListBoxRow *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->detail);
}

static void
back_clicked_cb (MyoAtlasPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  MyoAtlasPage *self = MYO_ATLAS_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  show_search_results (self);
}

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  myo_atlas_page_play (MYO_ATLAS_PAGE (widget));
}

static void
start_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  MyoAtlasPage *self = MYO_ATLAS_PAGE (widget);

  if (self->selected != NULL)
    g_signal_emit (self, signals[ROUTINE_REQUESTED], 0, self->selected->id, self->side);
}

/* Overrides */

static void
myo_atlas_page_dispose (GObject *object)
{
  MyoAtlasPage *self = MYO_ATLAS_PAGE (object);

  self->selected = NULL;
  g_ptr_array_set_size (self->maps, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_ATLAS_PAGE);
  g_clear_object (&self->blank);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (myo_atlas_page_parent_class)->dispose (object);
}

static void
myo_atlas_page_finalize (GObject *object)
{
  MyoAtlasPage *self = MYO_ATLAS_PAGE (object);

  g_clear_pointer (&self->maps, g_ptr_array_unref);
  g_string_free (self->facts_text, TRUE);

  G_OBJECT_CLASS (myo_atlas_page_parent_class)->finalize (object);
}

static void
myo_atlas_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MyoAtlasPage *self = MYO_ATLAS_PAGE (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, myo_atlas_page_get_kb (self));
      break;

    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_atlas_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MyoAtlasPage *self = MYO_ATLAS_PAGE (object);

  switch (prop_id)
    {
    case PROP_KB:
      myo_atlas_page_set_kb (self, g_value_get_object (value));
      break;

    case PROP_PRESENTATION:
      myo_atlas_page_set_presentation (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_atlas_page_class_init (MyoAtlasPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_atlas_page_dispose;
  object_class->finalize = myo_atlas_page_finalize;
  object_class->get_property = myo_atlas_page_get_property;
  object_class->set_property = myo_atlas_page_set_property;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Presenting to a patient: larger maps, and each selection builds its
   * pattern up on screen */
  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoAtlasPage::routine-requested:
   * @trp_id: the id of the trigger point
   * @side: the leg
   *
   * Emitted when the person asks to start the routine of the selected
   * trigger point.
   */
  signals[ROUTINE_REQUESTED] =
    g_signal_new ("routine-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, MYO_TYPE_SIDE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-atlas-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, region_revealer);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, region_label);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, list);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, detail);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, maps_box);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, text_clamp);
  g_type_ensure (MYO_TYPE_MAPS_ROW);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, facts_box);
  gtk_widget_class_bind_template_child (widget_class, MyoAtlasPage, disclaimer_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "atlas.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "atlas.play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "atlas.start-routine", NULL, start_routine_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "atlas");
}

static void
myo_atlas_page_init (MyoAtlasPage *self)
{
  g_type_ensure (MYO_TYPE_BODY_MAP);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->maps = g_ptr_array_new ();
  self->facts_text = g_string_new (NULL);
  self->side = MYO_SIDE_LEFT;


  gtk_list_box_set_header_func (self->list, update_header, NULL, NULL);
  update_detail (self);
}

/* Public API */

GtkWidget *
myo_atlas_page_new (void)
{
  return g_object_new (MYO_TYPE_ATLAS_PAGE, NULL);
}

/**
 * myo_atlas_page_get_kb:
 *
 * Returns: (transfer none) (nullable): the knowledge base browsed
 */
MyoKb *
myo_atlas_page_get_kb (MyoAtlasPage *self)
{
  g_return_val_if_fail (MYO_IS_ATLAS_PAGE (self), NULL);
  return self->atlas != NULL ? myo_atlas_get_kb (self->atlas) : NULL;
}

void
myo_atlas_page_set_kb (MyoAtlasPage *self,
                       MyoKb        *kb)
{
  g_return_if_fail (MYO_IS_ATLAS_PAGE (self));
  g_return_if_fail (kb == NULL || MYO_IS_KB (kb));

  if (myo_atlas_page_get_kb (self) == kb)
    return;

  /* Nothing borrowed from the old knowledge base may outlive it */
  self->selected = NULL;
  update_detail (self);
  clear_list (self);
  g_clear_object (&self->blank);
  g_clear_object (&self->atlas);

  if (kb != NULL)
    {
      self->atlas = myo_atlas_new (kb);
      self->blank = myo_session_new (kb);
      gtk_label_set_text (self->disclaimer_label, myo_kb_get_disclaimer (kb));
      show_search_results (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KB]);
}

/* Presenting, the maps are as tall as the screen allows below the header,
 * the title and the buttons */
static int
get_presentation_map_height (MyoAtlasPage *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *monitor = NULL;
  GdkRectangle geometry = { 0, 0, 0, 800 };

  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface);
  if (monitor != NULL)
    gdk_monitor_get_geometry (monitor, &geometry);

  return MAX (MAP_HEIGHT, geometry.height - 300);
}

gboolean
myo_atlas_page_get_presentation (MyoAtlasPage *self)
{
  g_return_val_if_fail (MYO_IS_ATLAS_PAGE (self), FALSE);
  return self->presentation;
}

void
myo_atlas_page_set_presentation (MyoAtlasPage *self,
                                 gboolean      presentation)
{
  g_return_if_fail (MYO_IS_ATLAS_PAGE (self));

  presentation = !!presentation;
  if (self->presentation == presentation)
    return;

  self->presentation = presentation;
  /* The list gives the room to the maps; a selection made before stays */
  gtk_widget_set_visible (self->sidebar, !presentation);
  myo_maps_row_set_max_height (self->maps_box, presentation ? get_presentation_map_height (self) : MAP_HEIGHT);
  adw_clamp_set_maximum_size (self->text_clamp, presentation ? TEXT_WIDTH_PRESENTATION : TEXT_WIDTH);
  adw_clamp_set_tightening_threshold (self->text_clamp, presentation ? TEXT_WIDTH_PRESENTATION : TEXT_WIDTH);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->detail)), 0);
  if (presentation && self->selected != NULL)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->detail);
      myo_atlas_page_play (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

/**
 * myo_atlas_page_get_selected:
 * @side: (out) (optional): the leg it is drawn on
 *
 * Returns: (transfer none) (nullable): the trigger point shown
 */
const MyoTriggerPoint *
myo_atlas_page_get_selected (MyoAtlasPage *self,
                             MyoSide      *side)
{
  g_return_val_if_fail (MYO_IS_ATLAS_PAGE (self), NULL);

  if (side != NULL)
    *side = self->side;

  return self->selected;
}

/**
 * myo_atlas_page_select:
 * @trp: (nullable): a trigger point of the page's knowledge base
 * @side: the leg to draw it on
 */
void
myo_atlas_page_select (MyoAtlasPage          *self,
                       const MyoTriggerPoint *trp,
                       MyoSide                side)
{
  g_return_if_fail (MYO_IS_ATLAS_PAGE (self));

  if (self->selected == trp && self->side == side)
    return;

  self->selected = trp;
  self->side = side;
  update_detail (self);
  select_row (self);
}

/**
 * myo_atlas_page_play:
 *
 * Builds the selected trigger point's pattern up on its maps: the spot
 * first, then each referral zone, each fading in.
 */
void
myo_atlas_page_play (MyoAtlasPage *self)
{
  g_return_if_fail (MYO_IS_ATLAS_PAGE (self));

  for (guint i = 0; i < self->maps->len; i++)
    myo_body_map_play_reveal (g_ptr_array_index (self->maps, i));
}

void
myo_atlas_page_focus_search (MyoAtlasPage *self)
{
  g_return_if_fail (MYO_IS_ATLAS_PAGE (self));

  if (gtk_widget_get_visible (self->sidebar))
    {
      adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }
}

/* Private API, for the tests */

GtkListBox *
_myo_atlas_page_get_list (MyoAtlasPage *self)
{
  return self->list;
}

GtkEditable *
_myo_atlas_page_get_search (MyoAtlasPage *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GPtrArray *
_myo_atlas_page_get_maps (MyoAtlasPage *self)
{
  return self->maps;
}

const char *
_myo_atlas_page_get_region_text (MyoAtlasPage *self)
{
  return gtk_revealer_get_reveal_child (self->region_revealer) ? gtk_label_get_text (self->region_label) : NULL;
}

const char *
_myo_atlas_page_get_facts_text (MyoAtlasPage *self)
{
  return self->facts_text->str;
}
