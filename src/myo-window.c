/* myo-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-file.h"
#include "myo-point-editor.h"
#include "myo-window-private.h"

enum {
  PROP_0,
  PROP_KB,
  PROP_SETTINGS,
  PROP_STORE,
  PROP_VIEW_ID,
  PROP_PRESENTATION,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MyoWindow, myo_window, ADW_TYPE_APPLICATION_WINDOW)

static MyoKb *
get_kb (MyoWindow *self)
{
  return self->kb;
}

/**
 * _myo_window_report_error:
 * @what: what did not happen, e.g. "The session was not saved"
 *
 * A file that could not be written is said in the banner, with the whole
 * reason, until dismissed: a toast would go before it is read.
 */
void
_myo_window_report_error (MyoWindow    *self,
                          const char   *what,
                          const GError *error)
{
  const char *reason = myo_file_error_reason (error);
  /* TRANSLATORS: what did not happen, then why ("the disk is full") */
  g_autofree char *title = reason != NULL ? g_strdup_printf (_("%s: %s"), what, reason) : g_strdup (what);

  myo_banner_show (self->journal_banner, title, error->message,
                   _("_Dismiss"), "win.dismiss-journal-banner", NULL, NULL);
}

void
_myo_window_update_title (MyoWindow *self)
{
  g_autofree char *name = _myo_window_dup_session_name (self);
  g_autofree char *title = NULL;

  /* Translators: the window's title: the session's name, then the app's */
  title = g_strdup_printf (_("%s%s — Myomap"), self->dirty && self->file != NULL ? "• " : "", name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  _myo_window_update_header (self);
  _myo_window_update_results_bar (self);
}

/* For the end-to-end test (MYOMAP_DEBUG_GEOMETRY=FILE): where diagram points
 * land in the window, from the very transform the map draws and hit-tests
 * with. Written whenever it changes. */
static gboolean
write_debug_geometry_cb (GtkWidget     *widget,
                         GdkFrameClock *frame_clock,
                         gpointer       user_data)
{
  MyoWindow *self = MYO_WINDOW (widget);
  const char *path = g_getenv ("MYOMAP_DEBUG_GEOMETRY");
  g_autofree char *text = NULL;
  g_autofree char *old = NULL;
  double x0, y0, x1, y1, wx, wy, sx, sy;
  GdkSurface *surface;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->map)))
    return G_SOURCE_CONTINUE;

  myo_body_map_diagram_to_widget (self->map, 0, 0, &x0, &y0);
  myo_body_map_diagram_to_widget (self->map, 1, 1, &x1, &y1);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->map), widget, x0, y0, &wx, &wy))
    return G_SOURCE_CONTINUE;

  /* From the window widget to its X surface, which includes the CSD frame */
  gtk_native_get_surface_transform (GTK_NATIVE (self), &sx, &sy);
  wx += sx;
  wy += sy;

  surface = gtk_native_get_surface (GTK_NATIVE (self));
  text = g_strdup_printf ("{\"view\": \"%s\", \"x0\": %.3f, \"y0\": %.3f, \"scale\": %.6f, "
                          "\"surface_width\": %d, \"surface_height\": %d}\n",
                          self->view_id, wx, wy, x1 - x0,
                          gdk_surface_get_width (surface), gdk_surface_get_height (surface));
  if (!g_file_get_contents (path, &old, NULL, NULL) || g_strcmp0 (old, text) != 0)
    g_file_set_contents (path, text, -1, NULL);

  return G_SOURCE_CONTINUE;
}

static void
map_add_failed_cb (MyoWindow  *self,
                   const char *message,
                   MyoBodyMap *map)
{
  _myo_window_toast (self, message, FALSE);
}

static void
map_point_removed_cb (MyoWindow  *self,
                      guint       id,
                      MyoBodyMap *map)
{
  _myo_window_toast (self, _("Point removed"), TRUE);
}

static void
point_removed_cb (MyoWindow      *self,
                  MyoPointEditor *editor)
{
  gtk_popover_popdown (GTK_POPOVER (self->point_popover));
  _myo_window_toast (self, _("Point removed"), TRUE);
}

static void
map_point_activated_cb (MyoWindow  *self,
                        guint       id,
                        double      x,
                        double      y,
                        MyoBodyMap *map)
{
  GtkWidget *editor;

  if (myo_session_lookup_point (self->session, id) == NULL)
    return;

  if (self->point_popover == NULL)
    {
      self->point_popover = gtk_popover_new ();
      gtk_widget_set_parent (self->point_popover, GTK_WIDGET (self->map));
    }

  editor = myo_point_editor_new (self->session, id);
  g_signal_connect_object (editor, "removed", G_CALLBACK (point_removed_cb), self, G_CONNECT_SWAPPED);
  gtk_popover_set_child (GTK_POPOVER (self->point_popover), editor);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->point_popover),
                               &(GdkRectangle) { (int) x - 6, (int) y - 6, 12, 12 });
  gtk_popover_popup (GTK_POPOVER (self->point_popover));
}

/* Presenting, the map builds each highlighted pattern up: the spot, then
 * each zone */
static void
play_reveal (MyoWindow *self)
{
  if (self->presentation)
    myo_body_map_play_reveal (self->map);
}

static void
candidate_hovered_cb (MyoWindow          *self,
                      const MyoCandidate *candidate,
                      MyoCandidatesPanel *panel)
{
  if (candidate != NULL)
    myo_body_map_set_highlight (self->map, candidate->trp, candidate->side);
  else
    myo_body_map_set_highlight (self->map, NULL, MYO_SIDE_LEFT);
}

static void
candidate_activated_cb (MyoWindow          *self,
                        const MyoCandidate *candidate,
                        MyoCandidatesPanel *panel)
{
  candidate_hovered_cb (self, candidate, panel);
  play_reveal (self);
}

static void
atlas_routine_requested_cb (MyoWindow    *self,
                            const char   *trp_id,
                            MyoSide       side,
                            MyoAtlasPage *atlas)
{
  const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (myo_atlas_page_get_kb (atlas), trp_id);
  MyoSelection selection = { trp, side };
  g_autoptr(MyoRoutine) routine = NULL;

  g_return_if_fail (trp != NULL);
  routine = myo_routine_new (&selection, 1);

  /* The routine runs beside the map, which shows where to press */
  myo_window_set_page (self, "map");
  myo_window_set_view_id (self, trp->location_view->id);
  _myo_window_begin_routine (self, routine);
}

void
_myo_window_show_candidates (MyoWindow *self)
{
  gtk_stack_set_visible_child_name (self->panel_stack, "candidates");
  myo_body_map_set_highlight (self->map, NULL, MYO_SIDE_LEFT);
  _myo_window_update_actions (self);
}

/* The atlas is built when first shown, as the history page is */
MyoAtlasPage *
_myo_window_get_atlas (MyoWindow *self)
{
  if (self->atlas != NULL)
    return self->atlas;

  self->atlas = MYO_ATLAS_PAGE (myo_atlas_page_new ());
  g_signal_connect_object (self->atlas, "routine-requested", G_CALLBACK (atlas_routine_requested_cb),
                           self, G_CONNECT_SWAPPED);
  /* Indexing what refers where takes tens of milliseconds: only once the
   * atlas is opened */
  myo_atlas_page_set_kb (self->atlas, get_kb (self));
  g_object_bind_property (self, "presentation", self->atlas, "presentation", G_BINDING_SYNC_CREATE);
  /* Built as it is shown, it can take the focus only once mapped */
  g_signal_connect (self->atlas, "map", G_CALLBACK (myo_atlas_page_focus_search), NULL);
  adw_bin_set_child (self->atlas_bin, GTK_WIDGET (self->atlas));

  return self->atlas;
}

/**
 * myo_window_get_page:
 *
 * Returns: the page shown: "map", "history" or "atlas"
 */
const char *
myo_window_get_page (MyoWindow *self)
{
  g_return_val_if_fail (MYO_IS_WINDOW (self), NULL);

  /* The header's toggles ask while the template is being built */
  if (self->main_stack == NULL)
    return "map";

  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * myo_window_set_page:
 * @page: "map", "history" or "atlas"
 *
 * Shows one of the window's pages (the win.page action, which the header's
 * toggles follow), building it the first time.
 */
void
myo_window_set_page (MyoWindow  *self,
                     const char *page)
{
  gboolean changed;

  g_return_if_fail (MYO_IS_WINDOW (self));
  g_return_if_fail (page != NULL);

  /* The journal is personal: it stays hidden while presenting */
  if (self->presentation && g_str_equal (page, "history"))
    return;

  if (g_str_equal (page, "history"))
    _myo_window_get_history (self);
  else if (g_str_equal (page, "atlas"))
    _myo_window_get_atlas (self);
  else if (!g_str_equal (page, "map"))
    {
      g_warning ("No page named “%s” in the window", page);
      return;
    }

  changed = g_strcmp0 (myo_window_get_page (self), page) != 0;
  gtk_stack_set_visible_child_name (self->main_stack, page);
  /* The views belong to the map; the other pages show their own */
  _myo_window_update_header (self);
  if (self->atlas != NULL && g_str_equal (page, "atlas"))
    myo_atlas_page_focus_search (self->atlas);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/**
 * _myo_window_set_presentation:
 *
 * Presentation mode, for showing a patient: fullscreen, larger type, the
 * map as large as it goes, and the journal out of sight.
 */
void
_myo_window_set_presentation (MyoWindow *self,
                              gboolean   presentation)
{
  presentation = !!presentation;
  if (self->presentation == presentation)
    return;

  self->presentation = presentation;
  if (presentation)
    {
      if (g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "history"))
        myo_window_set_page (self, "map");
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_fullscreen (GTK_WINDOW (self));
      adw_flap_set_reveal_flap (self->flap, FALSE);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_unfullscreen (GTK_WINDOW (self));
      adw_flap_set_reveal_flap (self->flap, TRUE);
      myo_body_map_stop_reveal (self->map);
    }

  gtk_widget_set_visible (self->leave_presentation_button, presentation);
  myo_body_map_set_scale_points (self->map, presentation);
  _myo_window_update_header (self);
  _myo_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         MyoWindow     *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;

  myo_window_open_file (self, g_value_get_object (value));
  return TRUE;
}

static void
save_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  MyoWindow        *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save") && !_myo_window_save (self, self->file, &error))
    {
      _myo_window_report_error (self, _("The session was not saved"), error);
      return;
    }

  if (g_str_equal (response, "save") || g_str_equal (response, "discard"))
    {
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static gboolean
myo_window_close_request (GtkWindow *window)
{
  MyoWindow *self = MYO_WINDOW (window);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  /* An unnamed session is autosaved and comes back at the next start; only a
   * named file with changes needs a decision. */
  myo_store_flush (self->store, NULL);
  if (self->closing || self->file == NULL || !self->dirty)
    return GTK_WINDOW_CLASS (myo_window_parent_class)->close_request (window);

  name = g_file_get_basename (self->file);
  dialog = adw_message_dialog_new (window, _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has changes that are not saved to the file."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
fill_view_switcher (MyoWindow *self,
                    GtkBox    *box)
{
  GPtrArray *views = myo_kb_get_views (get_kb (self));
  GtkWidget *group = NULL;

  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);
      GtkWidget *button = gtk_toggle_button_new_with_label (view->label);
      g_autofree char *tooltip = g_strdup_printf (_("%s view (Alt+%u)"), view->label, i + 1);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.view");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", view->id);
      gtk_widget_set_tooltip_text (button, tooltip);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));
      group = button;
      gtk_box_append (box, button);
    }
}

static void
build_view_switchers (MyoWindow *self)
{
  GPtrArray *views = myo_kb_get_views (get_kb (self));
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  fill_view_switcher (self, self->view_switcher);
  fill_view_switcher (self, self->view_switcher_bar);

  /* Alt+1, Alt+2, … in the order the knowledge base lists the views */
  for (guint i = 0; i < views->len && i < 9; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_1 + i, GDK_ALT_MASK),
                                                gtk_named_action_new ("win.view"));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (view->id));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
    }

  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

static void
build_legend (MyoWindow *self)
{
  static const struct { int intensity; const char *label; } steps[] = {
    { 2, N_("Mild (1–3)") },
    { 5, N_("Moderate (4–6)") },
    { 8, N_("Severe (7–10)") },
  };
  g_autoptr(GString) markup = g_string_new (NULL);
  GtkWidget *label;

  /* One label that wraps between the items, never inside one, so a
   * language with longer words still fits a narrow window */
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *escaped = g_markup_escape_text (_(steps[i].label), -1);
      g_auto(GStrv) words = g_strsplit (escaped, " ", -1);
      g_autofree char *joined = g_strjoinv ("\u00a0", words);
      g_auto(GStrv) parts = g_strsplit (joined, "–", -1);
      /* Nor after the dash of a range: word joiners around it */
      g_autofree char *item = g_strjoinv ("\u2060–\u2060", parts);
      GdkRGBA rgba;

      myo_body_map_intensity_color (steps[i].intensity, &rgba);
      g_string_append_printf (markup, "%s<span foreground=\"#%02x%02x%02x\" size=\"large\">●</span>\u00a0%s",
                              i > 0 ? "    " : "",
                              (guint) (rgba.red * 255), (guint) (rgba.green * 255),
                              (guint) (rgba.blue * 255), item);
    }

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (self->legend, label);
}

/* The hint sits at the top of the map, centred, and below the tool
 * buttons where the map is too narrow for both side by side */
static gboolean
map_overlay_child_position_cb (MyoWindow    *self,
                               GtkWidget    *child,
                               GdkRectangle *allocation,
                               GtkOverlay   *overlay)
{
  int width = gtk_widget_get_width (GTK_WIDGET (overlay));
  int tools_width, tools_height;

  if (child != self->hint)
    return FALSE;

  /* Sizes with margins, as GtkOverlay places its children */
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &allocation->width, NULL, NULL);
  allocation->width = MIN (allocation->width, width);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, allocation->width, NULL, &allocation->height, NULL, NULL);
  allocation->x = (width - allocation->width) / 2;
  allocation->y = 0;

  gtk_widget_measure (GTK_WIDGET (self->map_tools), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, &tools_width, NULL, NULL);
  if (allocation->x < tools_width)
    {
      gtk_widget_measure (GTK_WIDGET (self->map_tools), GTK_ORIENTATION_VERTICAL, tools_width,
                          NULL, &tools_height, NULL, NULL);
      allocation->y = tools_height;
    }

  return TRUE;
}

/* The brush's size, under the tool buttons. Built when a brush is first
 * chosen: the first frame shows the Point tool, and a GtkScale is the
 * dearest widget of the window to build (12 M instructions, most of them
 * its class's first instance). */
static void
ensure_brush_scale (MyoWindow *self)
{
  g_autoptr(GtkAdjustment) adjustment = NULL;

  if (self->brush_scale != NULL)
    return;

  adjustment = g_object_ref_sink (gtk_adjustment_new (0, 2, 60, 1, 5, 0));
  g_object_bind_property (self->map, "brush-radius", adjustment, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  self->brush_scale = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, adjustment);
  gtk_scale_set_draw_value (GTK_SCALE (self->brush_scale), FALSE);
  gtk_widget_set_size_request (self->brush_scale, 140, -1);
  gtk_widget_set_tooltip_text (self->brush_scale, _("Brush size"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->brush_scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Brush size"),
                                  -1);
  gtk_box_append (self->map_tools, self->brush_scale);
}

static void
map_tool_changed_cb (MyoWindow  *self,
                     GParamSpec *pspec,
                     MyoBodyMap *map)
{
  gboolean brush = !g_str_equal (myo_body_map_get_tool (map), "point");

  if (brush)
    ensure_brush_scale (self);
  if (self->brush_scale != NULL)
    gtk_widget_set_visible (self->brush_scale, brush);
}

/* The map's tool buttons sit over the map, outside it: map.tool reaches
 * them through a group on the window */
static void
setup_map_tools (MyoWindow *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GPropertyAction) tool = g_property_action_new ("tool", self->map, "tool");

  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (tool));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "map", G_ACTION_GROUP (group));
  g_signal_connect_object (self->map, "notify::tool", G_CALLBACK (map_tool_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
bind_settings (MyoWindow *self)
{
  g_autofree char *initial_view = NULL;

  /* The size the person left it at; GTK keeps default-width/-height up to
   * date as the window is resized */
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  g_settings_bind (self->settings, "default-intensity", self->map, "default-intensity", G_SETTINGS_BIND_GET);

  /* An id the knowledge base does not have opens its first view */
  myo_window_set_view_id (self, ((MyoView *) g_ptr_array_index (myo_kb_get_views (get_kb (self)), 0))->id);
  initial_view = g_settings_get_string (self->settings, "initial-view");
  myo_window_set_view_id (self, initial_view);
}

static void
myo_window_constructed (GObject *object)
{
  MyoWindow *self = (MyoWindow *) object;

  G_OBJECT_CLASS (myo_window_parent_class)->constructed (object);

  bind_settings (self);
  setup_map_tools (self);
  build_view_switchers (self);
  _myo_window_chrome_init (self);
  build_legend (self);

  _myo_window_restore_session (self);
  _myo_window_journal_init (self);
}

static void
myo_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (myo_window_parent_class)->realize (widget);
  _myo_window_journal_realize (MYO_WINDOW (widget));
}

static void
myo_window_unrealize (GtkWidget *widget)
{
  _myo_window_journal_unrealize (MYO_WINDOW (widget));
  GTK_WIDGET_CLASS (myo_window_parent_class)->unrealize (widget);
}

static void
myo_window_dispose (GObject *object)
{
  MyoWindow *self = (MyoWindow *) object;

  g_clear_handle_id (&self->journal_fallback_id, g_source_remove);
  if (self->store != NULL)
    myo_store_flush (self->store, NULL);

  if (self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (gtk_window_get_application (GTK_WINDOW (self)), self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }

  g_clear_pointer (&self->point_popover, gtk_widget_unparent);
  g_clear_pointer (&self->shortcuts_window, gtk_window_destroy);
  gtk_widget_dispose_template (GTK_WIDGET (self), MYO_TYPE_WINDOW);
  self->routine_panel = NULL;
  self->history = NULL;
  self->atlas = NULL;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->match);
  g_clear_object (&self->file);
  g_clear_object (&self->kb);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);
  g_clear_object (&self->store);
  g_clear_object (&self->previous_session);
  g_clear_object (&self->previous_file);
  g_clear_pointer (&self->deleted_entries, g_ptr_array_unref);

  G_OBJECT_CLASS (myo_window_parent_class)->dispose (object);
}

static void
myo_window_finalize (GObject *object)
{
  MyoWindow *self = (MyoWindow *) object;

  g_clear_pointer (&self->view_id, g_free);
  g_clear_pointer (&self->example_title, g_free);
  g_clear_pointer (&self->actions_enabled, g_hash_table_unref);

  G_OBJECT_CLASS (myo_window_parent_class)->finalize (object);
}

static void
myo_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MyoWindow *self = MYO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_VIEW_ID:
      g_value_set_string (value, self->view_id);
      break;

    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;

    case PROP_PAGE:
      g_value_set_string (value, myo_window_get_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MyoWindow *self = MYO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_KB:
      self->kb = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_VIEW_ID:
      myo_window_set_view_id (self, g_value_get_string (value));
      break;

    case PROP_PRESENTATION:
      _myo_window_set_presentation (self, g_value_get_boolean (value));
      break;

    case PROP_PAGE:
      myo_window_set_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_window_class_init (MyoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = myo_window_constructed;
  object_class->dispose = myo_window_dispose;
  object_class->finalize = myo_window_finalize;
  object_class->get_property = myo_window_get_property;
  object_class->set_property = myo_window_set_property;

  widget_class->realize = myo_window_realize;
  widget_class->unrealize = myo_window_unrealize;

  window_class->close_request = myo_window_close_request;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MYO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VIEW_ID] =
    g_param_spec_string ("view-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoWindow:page:
   *
   * The page shown, "map", "history" or "atlas"; the win.page action.
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         "map",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MYO_TYPE_BANNER);
  g_type_ensure (MYO_TYPE_BODY_MAP);
  g_type_ensure (MYO_TYPE_CANDIDATES_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/myomap/Myomap/ui/myo-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, history_button);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, history_bin);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, atlas_button);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, leave_presentation_button);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, atlas_bin);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, view_switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, map);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, map_overlay);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, map_tools);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, hint);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, panel_stack);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, candidates);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, routine_bin);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, autosave_banner);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, journal_banner);
  gtk_widget_class_bind_template_child (widget_class, MyoWindow, recent_section);
  gtk_widget_class_bind_template_callback (widget_class, map_add_failed_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_overlay_child_position_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_point_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, map_point_removed_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_hovered_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_activated_cb);

  _myo_window_class_actions_init (klass);
  _myo_window_class_chrome_init (klass);
}

static void
myo_window_init (MyoWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The win.view action reads this string; it is never NULL */
  self->view_id = g_strdup ("");
  self->deleted_entries = g_ptr_array_new_with_free_func (g_object_unref);
  _myo_window_follow_session_init (self);

  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (g_getenv ("MYOMAP_DEBUG_GEOMETRY") != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), write_debug_geometry_cb, NULL, NULL);

  _myo_window_routine_init (self);
}

MyoWindow *
myo_window_new (MyoApplication *application)
{
  return g_object_new (MYO_TYPE_WINDOW,
                       "application", application,
                       "kb", myo_application_get_kb (application),
                       "settings", myo_application_get_settings (application),
                       "store", myo_application_get_store (application),
                       NULL);
}

/**
 * myo_window_get_session:
 *
 * Returns: (transfer none): the session being marked
 */
MyoSession *
myo_window_get_session (MyoWindow *self)
{
  g_return_val_if_fail (MYO_IS_WINDOW (self), NULL);
  return self->session;
}

const char *
myo_window_get_view_id (MyoWindow *self)
{
  g_return_val_if_fail (MYO_IS_WINDOW (self), NULL);
  return self->view_id;
}

void
myo_window_set_view_id (MyoWindow  *self,
                        const char *view_id)
{
  g_return_if_fail (MYO_IS_WINDOW (self));

  if (view_id == NULL || myo_kb_lookup_view (get_kb (self), view_id) == NULL ||
      g_strcmp0 (self->view_id, view_id) == 0)
    return;

  g_free (self->view_id);
  self->view_id = g_strdup (view_id);
  myo_body_map_set_view_id (self->map, view_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_ID]);
}

void
_myo_window_toast (MyoWindow  *self,
                   const char *message,
                   gboolean    with_undo)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, with_undo ? 5 : 3);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
