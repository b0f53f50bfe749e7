/* myo-window-chrome.c: the window's header, its narrow layout and the
 * example sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-window-private.h"

/* The header names what is shown: on the map the session (its file, the
 * example it came from, or "Unsaved session"), on the other pages the
 * page, with a button back to the map. Where the views do not fit in the
 * header beside the title, or the panel folds, they move under the map,
 * as buttons while their names fit and as a drop-down when they do not
 * (at 360 px in every language); with the panel folded away a bar says
 * what it found. What depends on the window's width changes after an
 * allocation, never during one (GTK 4.8 then draws a header it has not
 * allocated). */

#define EXAMPLES_PATH "/io/github/myomap/Myomap/examples/"

static const struct
{
  const char *id;
  const char *title;
} examples[] = {
  { "calf-behind-knee", N_("Calf pain behind the knee") },
  { "heel", N_("Heel pain") },
  { "shin", N_("Shin pain") },
  { "both-legs", N_("Pain in both legs") },
};

static const char *
lookup_example_title (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    if (g_str_equal (examples[i].id, id))
      return _(examples[i].title);

  return NULL;
}

static gboolean
showing_map (MyoWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "map") == 0;
}

/**
 * _myo_window_dup_session_name:
 *
 * Returns: (transfer full): the name the open session goes by: its file
 *   without the extension, the example's title, or "Unsaved session"
 */
char *
_myo_window_dup_session_name (MyoWindow *self)
{
  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      if (g_str_has_suffix (basename, ".myomap") && strlen (basename) > strlen (".myomap"))
        basename[strlen (basename) - strlen (".myomap")] = '\0';

      return g_steal_pointer (&basename);
    }

  if (self->example_title != NULL)
    return g_strdup (self->example_title);

  return g_strdup (_("Unsaved session"));
}

/* Below this default width, the header and the panel are measured before
 * the window's first layout: laid out wide, the header's least width
 * would widen a narrow window. At and above it, they are laid out wide for
 * the first layout, and first_layout_cb () corrects them before the first
 * paint */
#define MEASURE_BEFORE_LAYOUT_BELOW 720

/* The window's width, or its default width before its first layout; -1
 * when it is wide enough to be laid out wide first */
static int
get_layout_width (MyoWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height;

  if (width > 0)
    return width;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  return width > 0 && width < MEASURE_BEFORE_LAYOUT_BELOW ? width : -1;
}

/* Whether the header, at its natural width with the views in it, fits the
 * window */
static gboolean
views_fit (MyoWindow *self)
{
  int header, views, width = get_layout_width (self);

  if (width < 0)
    return TRUE;

  gtk_widget_measure (self->header_bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &header, NULL, NULL);
  if (!gtk_widget_get_visible (self->switcher_scroller))
    {
      gtk_widget_measure (GTK_WIDGET (self->view_switcher), GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &views, NULL, NULL);
      header += views + 12;
    }

  return header <= width;
}

/* Whether the panel is folded; before the first allocation, whether it
 * will be at a narrow window's size, so a narrow window starts narrow. The
 * flap's natural width is measured once: measured again with a session of
 * hundreds of points opened before the window shows, it cost a third of
 * that start (every candidate row's text laid out for nothing), and the
 * panel's rows do not widen it. */
static gboolean
is_folded (MyoWindow *self)
{
  int width;

  if (gtk_widget_get_width (GTK_WIDGET (self->flap)) > 0)
    return adw_flap_get_folded (self->flap);

  if ((width = get_layout_width (self)) < 0)
    return FALSE;

  if (self->flap_natural_width == 0)
    gtk_widget_measure (GTK_WIDGET (self->flap), GTK_ORIENTATION_HORIZONTAL, -1,
                        NULL, &self->flap_natural_width, NULL, NULL);
  return width < self->flap_natural_width;
}

static void
view_id_changed_cb (MyoWindow *self)
{
  GPtrArray *views = myo_kb_get_views (self->kb);

  if (self->view_dropdown == NULL)
    return;

  self->syncing_views = TRUE;
  for (guint i = 0; i < views->len; i++)
    if (g_strcmp0 (((const MyoView *) g_ptr_array_index (views, i))->id, self->view_id) == 0 &&
        gtk_drop_down_get_selected (self->view_dropdown) != i)
      gtk_drop_down_set_selected (self->view_dropdown, i);
  self->syncing_views = FALSE;
}

static void
view_dropdown_selected_cb (MyoWindow   *self,
                           GParamSpec  *pspec,
                           GtkDropDown *dropdown)
{
  GPtrArray *views = myo_kb_get_views (self->kb);
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* Following the view, or given its choices: nothing to switch */
  if (self->syncing_views)
    return;

  if (selected < views->len)
    myo_window_set_view_id (self, ((const MyoView *) g_ptr_array_index (views, selected))->id);
}

/* The drop-down of views, for windows too narrow for their buttons: built
 * when the views first go below the map, as a GtkDropDown builds its list
 * and search entry with it (10 M instructions) */
static void
ensure_view_dropdown (MyoWindow *self)
{
  g_autoptr(GtkStringList) labels = NULL;
  GPtrArray *views;

  if (self->view_dropdown != NULL)
    return;

  labels = gtk_string_list_new (NULL);
  views = myo_kb_get_views (self->kb);
  for (guint i = 0; i < views->len; i++)
    gtk_string_list_append (labels, ((const MyoView *) g_ptr_array_index (views, i))->label);

  self->view_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL));
  gtk_widget_set_halign (GTK_WIDGET (self->view_dropdown), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->view_dropdown), _("View of the legs (Alt+1 to Alt+5)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Diagram view"),
                                  -1);
  adw_squeezer_add (self->view_squeezer, GTK_WIDGET (self->view_dropdown));

  view_id_changed_cb (self);
  g_signal_connect_swapped (self->view_dropdown, "notify::selected",
                            G_CALLBACK (view_dropdown_selected_cb), self);
}

void
_myo_window_update_header (MyoWindow *self)
{
  gboolean map = showing_map (self);
  gboolean folded = is_folded (self);
  g_autofree char *name = NULL;
  const char *title, *subtitle = NULL;
  gboolean squeezed;

  if (map)
    {
      name = _myo_window_dup_session_name (self);

      title = name;
      subtitle = self->dirty && self->file != NULL ? _("Changed since saved") : NULL;
    }
  else
    {
      GtkWidget *child = gtk_stack_get_visible_child (self->main_stack);

      title = gtk_stack_page_get_title (gtk_stack_get_page (self->main_stack, child));
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  /* The views go below the map when the panel folds, or when they do not
   * fit in the header beside the title */
  squeezed = !folded && !views_fit (self);
  if (folded || squeezed)
    ensure_view_dropdown (self);
  gtk_widget_set_visible (self->switcher_scroller, map && !folded && !squeezed);
  gtk_widget_set_visible (GTK_WIDGET (self->view_squeezer), folded || squeezed);
  gtk_widget_set_visible (self->undo_box, map && !folded);
  gtk_widget_set_visible (self->results_button, map && folded);
  gtk_widget_set_visible (self->back_button, !map);
  gtk_widget_set_visible (GTK_WIDGET (self->history_button), map && !self->presentation);
  /* Narrow, the atlas is in the menu (and on Ctrl+T) */
  gtk_widget_set_visible (GTK_WIDGET (self->atlas_button), map && !folded);
}

/**
 * _myo_window_dup_results_text:
 *
 * Returns: (transfer full) (nullable): what the results bar says when the
 *   panel is folded away, from the window's match; %NULL with no points
 */
char *
_myo_window_dup_results_text (MyoWindow *self)
{
  guint n_combination, n_unexplained;

  if (self->session == NULL || myo_session_is_empty (self->session) || self->match == NULL)
    return NULL;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->panel_stack), "routine") == 0)
    return g_strdup (_("A routine is under way"));

  n_combination = myo_match_get_combination (self->match)->len;
  n_unexplained = myo_match_get_unexplained (self->match)->len;

  if (n_combination == 0)
    return g_strdup (_("No trigger point explains this pain"));

  if (n_unexplained == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u trigger point explains your pain",
                                         "%u trigger points explain your pain",
                                         n_combination),
                            n_combination);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u trigger point explains part of your pain",
                                       "%u trigger points explain part of your pain",
                                       n_combination),
                          n_combination);
}

void
_myo_window_update_results_bar (MyoWindow *self)
{
  g_autofree char *text = _myo_window_dup_results_text (self);
  /* A timed step's countdown, covering the map, keeps all the height */
  gboolean shown = text != NULL && !adw_flap_get_reveal_flap (self->flap) &&
                   (self->routine_hero == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->routine_hero)));

  if (text != NULL)
    gtk_label_set_label (self->results_label, text);
  gtk_widget_set_visible (self->results_bar, shown);
}

static void
update_place_label (MyoWindow *self)
{
  const char *place;

  /* The map loses the focus as the window goes */
  if (self->map == NULL || self->place_label == NULL)
    return;

  place = myo_body_map_get_cursor_place (self->map);
  gtk_label_set_label (GTK_LABEL (self->place_label), place != NULL ? place : "");
  gtk_widget_set_visible (self->place_label,
                          myo_body_map_get_cursor_visible (self->map) && place != NULL);
}

static gboolean
update_header_idle_cb (gpointer data)
{
  MyoWindow *self = data;

  self->header_idle_id = 0;
  _myo_window_update_header (self);
  _myo_window_update_results_bar (self);
  return G_SOURCE_REMOVE;
}

/* The first frame's header, set between that frame's layout and its
 * paint: the frame clock lays the window out again when this changes it.
 * Measured before the window was realised instead (as a narrow window
 * still is), the header and the panel were measured twice for the first
 * frame, GTK measuring them anew once realised. */
static void
first_layout_cb (GdkFrameClock *clock,
                 MyoWindow     *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_layout_cb, self);
  _myo_window_update_header (self);
  _myo_window_update_results_bar (self);
}

static void
realized_cb (MyoWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "layout",
                           G_CALLBACK (first_layout_cb), self, G_CONNECT_AFTER);
}

/* The window's width and the flap's folding change during an allocation:
 * what depends on them changes after it */
static void
queue_update_header (MyoWindow *self)
{
  if (self->header_idle_id == 0)
    self->header_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_header_idle_cb,
                                            g_object_ref (self), g_object_unref);
}

static void
flap_changed_cb (MyoWindow *self)
{
  /* The flap folds during its allocation, too */
  queue_update_header (self);
  _myo_window_update_results_bar (self);
}

/**
 * _myo_window_open_example:
 * @id: an example's id, e.g. "heel"
 *
 * Opens an example session as a new, unsaved session named after it.
 *
 * Returns: whether @id is an example that could be read
 */
gboolean
_myo_window_open_example (MyoWindow  *self,
                          const char *id)
{
  g_autofree char *path = g_strconcat (EXAMPLES_PATH, id, ".myomap", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(GError) error = NULL;
  const char *title = lookup_example_title (id);
  gsize length;
  const char *data;

  if (title == NULL)
    return FALSE;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;
  if (data != NULL)
    session = myo_session_new_from_data (self->kb, data, length, title, &error);
  if (session == NULL)
    {
      _myo_window_toast (self, error->message, FALSE);
      return FALSE;
    }

  _myo_window_set_session (self, session, NULL);
  g_free (self->example_title);
  self->example_title = g_strdup (title);
  if (myo_session_get_n_points (session) > 0)
    myo_window_set_view_id (self, myo_session_get_point (session, 0)->view->id);
  myo_window_set_page (self, "map");
  _myo_window_update_title (self);

  return TRUE;
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  _myo_window_open_example (MYO_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
show_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  myo_window_set_page (MYO_WINDOW (widget), "map");
}

/* The keyboard shortcuts window is built the first time it is asked for,
 * not with every window as GTK would build gtk/help-overlay.ui */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/myomap/Myomap/ui/myo-shortcuts-window.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
    }

  gtk_window_present (self->shortcuts_window);
}

static void
fill_examples (GMenu *section)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(examples[i].title), NULL);

      g_menu_item_set_action_and_target (item, "win.open-example", "s", examples[i].id);
      g_menu_append_item (section, item);
    }
}

/* GTK 4.8 builds a menu button's popover, every item of it, as soon as the
 * button is given its menu: the window's two menus are given theirs when
 * first opened, off the way to the first frame */
static void
give_menu (GtkMenuButton *button,
           gpointer       menu)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

void
_myo_window_chrome_init (MyoWindow *self)
{
  fill_examples (self->examples_section);
  fill_examples (self->examples_menu_section);
  gtk_menu_button_set_create_popup_func (self->menu_button, give_menu, self->primary_menu, NULL);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->examples_button), give_menu,
                                         self->examples_menu, NULL);

  g_signal_connect_swapped (self->flap, "notify::folded", G_CALLBACK (flap_changed_cb), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (_myo_window_update_results_bar), self);
  g_signal_connect_swapped (self->panel_stack, "notify::visible-child", G_CALLBACK (_myo_window_update_results_bar), self);
  g_signal_connect (self, "notify::view-id", G_CALLBACK (view_id_changed_cb), NULL);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (queue_update_header), NULL);
  g_signal_connect (self, "realize", G_CALLBACK (realized_cb), NULL);

  g_signal_connect_swapped (self->map, "notify::cursor-place", G_CALLBACK (update_place_label), self);
  g_signal_connect_swapped (self->map, "notify::cursor-visible", G_CALLBACK (update_place_label), self);

  view_id_changed_cb (self);
  _myo_window_update_header (self);
  _myo_window_update_results_bar (self);
}

void
_myo_window_class_chrome_init (MyoWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, MyoWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, results_button);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, switcher_scroller);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, view_squeezer);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, results_bar);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, results_label);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, place_label);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, examples_button);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, examples_menu);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, examples_section);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, examples_menu_section);

  gtk_widget_class_install_action (widget_class, "win.open-example", "s", open_example_action);
  gtk_widget_class_install_action (widget_class, "win.show-map", NULL, show_map_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-map", NULL);
}
