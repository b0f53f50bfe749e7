/* test-pages.c: the window's header, menu, examples, narrow layout and
 * keyboard map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <math.h>

#include "myo-atlas-page-private.h"
#include "myo-body-map-private.h"
#include "myo-help-window.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"
#include "myo-window-private.h"

static MyoApplication *app;

/* The window's width on screen, its frame included */
static int
window_width (MyoWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  return surface != NULL ? gdk_surface_get_width (surface) : 0;
}

static MyoWindow *
create_window (int width,
               int height)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gint64 end = g_get_monotonic_time () + test_time_limit (5 * G_USEC_PER_SEC);
  MyoWindow *window;

  /* The size kept from the last time, as at start-up */
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  window = myo_window_new (app);
  gtk_window_present (GTK_WINDOW (window));

  /* Until the window has its size and has laid out its children */
  while (g_get_monotonic_time () < end &&
         (window_width (window) != width ||
          gtk_widget_get_width (GTK_WIDGET (window->map)) == 0))
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  iterate ();

  return window;
}

/* Lets layout run until nothing is pending, and a few frames more */
static void
settle (void)
{
  for (guint i = 0; i < 5; i++)
    {
      gint64 end = g_get_monotonic_time () + 20000;

      while (g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
      iterate ();
    }
}

/* Whether @widget is drawn whole inside @window, not cut off at its edges */
static gboolean
inside_window (GtkWidget *widget,
               MyoWindow *window)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds))
    return FALSE;

  g_test_message ("%s: %.0f,%.0f %.0f×%.0f in a window %d wide", G_OBJECT_TYPE_NAME (widget),
                  bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height,
                  gtk_widget_get_width (GTK_WIDGET (window)));

  return bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (GTK_WIDGET (window)) &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (window));
}

/* Whether @label shows all its text, on as many lines as it needs */
static gboolean
label_fits (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);

  return !pango_layout_is_ellipsized (layout);
}

static void
test_header (void)
{
  MyoWindow *window = create_window (1100, 800);
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "Anna K.myomap", NULL);
  g_autoptr(GError) error = NULL;

  /* The map: the session's name, the views beside it, no way back */
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Unsaved session");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Unsaved session"));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (window->view_switcher)));
  g_assert_false (gtk_widget_get_visible (window->back_button));

  /* A saved session goes by its file's name */
  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 6);
  file = g_file_new_for_path (path);
  g_assert_true (_myo_window_save (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Anna K");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Anna K"));

  /* History and atlas: their title, a way back, no disabled views */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", NULL));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Pain History");
  g_assert_true (gtk_widget_get_visible (window->back_button));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (window->view_switcher)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-map", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "map");
  g_assert_false (gtk_widget_get_visible (window->back_button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-atlas", NULL));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Trigger-Point Atlas");
  g_assert_true (gtk_widget_get_visible (window->back_button));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (window->view_switcher)));
  g_signal_emit_by_name (window->back_button, "clicked");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "map");
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Anna K");

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Counts the entries of @menu's sections, each at most @limit */
static guint
check_sections (GMenuModel *menu,
                guint       limit)
{
  guint total = 0;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);

      if (section != NULL)
        {
          g_assert_cmpint (g_menu_model_get_n_items (section), <=, limit);
          total += check_sections (section, limit);
        }
      else
        {
          total++;
          if (submenu != NULL)
            check_sections (submenu, limit);
        }
    }

  return total;
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_menu_sections (void)
{
  MyoWindow *window = create_window (1100, 800);
  GtkMenuButton *button = find_primary_menu_button (GTK_WIDGET (window));
  GMenuModel *menu;
  guint total;

  g_assert_nonnull (button);
  /* Not built for the first frame: given its menu when first opened */
  g_assert_null (gtk_menu_button_get_popover (button));
  g_assert_null (gtk_menu_button_get_menu_model (button));
  gtk_menu_button_popup (button);
  g_assert_nonnull (gtk_menu_button_get_popover (button));
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  gtk_menu_button_popdown (button);
  total = check_sections (menu, 10);
  g_test_message ("%u entries in the main menu", total);
  g_assert_cmpuint (total, <=, 22);
  g_assert_cmpint (g_menu_model_get_n_items (menu), >=, 4);

  /* The examples' menu too */
  button = GTK_MENU_BUTTON (window->examples_button);
  g_assert_null (gtk_menu_button_get_popover (button));
  gtk_menu_button_popup (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  g_assert_cmpint (check_sections (menu, 4), ==, 4);
  gtk_menu_button_popdown (button);

  destroy_window (window);
}

/* Each example opens under its name, its points where the knowledge base's
 * zones are, and a combination explains all of it */
static void
test_examples (void)
{
  static const char *ids[] = { "calf-behind-knee", "heel", "shin", "both-legs" };
  MyoWindow *window = create_window (1100, 800);
  MyoKb *kb = myo_application_get_kb (app);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "examples",
                                                ids[i], NULL);
      g_autofree char *file = g_strconcat (path, ".myomap", NULL);
      g_autoptr(MyoSession) from_file = NULL;
      g_autoptr(GError) error = NULL;
      MyoSession *session;
      MyoMatch *match;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", ids[i]));
      session = myo_window_get_session (window);
      g_assert_cmpuint (myo_session_get_n_points (session), >=, 2);
      g_assert_cmpstr (adw_window_title_get_title (window->window_title), !=, "Unsaved session");
      g_assert_false (gtk_widget_get_visible (window->hint));

      /* The built-in copy is the one in data/examples */
      from_file = myo_session_new_from_file (kb, file, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (myo_session_get_n_points (from_file), ==, myo_session_get_n_points (session));

      match = myo_candidates_panel_get_match (window->candidates);
      g_assert_cmpuint (myo_match_get_combination (match)->len, >=, 1);
      g_assert_cmpuint (myo_match_get_unexplained (match)->len, ==, 0);

      if (g_str_equal (ids[i], "both-legs"))
        {
          gboolean left = FALSE, right = FALSE;

          for (guint p = 0; p < myo_session_get_n_points (session); p++)
            {
              left |= myo_session_get_point (session, p)->side == MYO_SIDE_LEFT;
              right |= myo_session_get_point (session, p)->side == MYO_SIDE_RIGHT;
            }
          g_assert_true (left && right);
        }
    }

  /* An unknown example changes nothing; a new session is unnamed again */
  g_assert_false (_myo_window_open_example (window, "nowhere"));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Pain in both legs");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_cmpstr (adw_window_title_get_title (window->window_title), ==, "Unsaved session");
  g_assert_true (gtk_widget_get_visible (window->hint));
  g_assert_true (gtk_widget_get_visible (window->examples_button));

  destroy_window (window);
}

typedef struct
{
  MyoWindow *window;
  gboolean   painted;
  gboolean   views_in_header;
  gboolean   views_below;
  gboolean   folded;
} FirstPaint;

/* What the first frame shows, as it paints */
static void
first_paint_cb (GdkFrameClock *clock,
                FirstPaint    *first)
{
  if (first->painted)
    return;

  first->painted = TRUE;
  first->views_in_header = gtk_widget_get_visible (first->window->switcher_scroller);
  first->views_below = gtk_widget_get_visible (GTK_WIDGET (first->window->view_squeezer));
  first->folded = adw_flap_get_folded (first->window->flap);
}

static gboolean
first_painted (gpointer data)
{
  return ((FirstPaint *) data)->painted;
}

static void
watch_first_paint_cb (GtkWidget  *widget,
                      FirstPaint *first)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "paint", G_CALLBACK (first_paint_cb), first);
}

/* A window too narrow for the views in its header, and too wide to be
 * measured before its first layout, shows them below the map and the
 * panel folded from its very first frame */
static void
test_first_frame_header (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FirstPaint wide = { NULL }, narrow = { NULL };
  FirstPaint *firsts[] = { &wide, &narrow };
  int widths[] = { 1100, 760 };

  for (guint i = 0; i < G_N_ELEMENTS (firsts); i++)
    {
      g_settings_set_int (settings, "window-width", widths[i]);
      g_settings_set_int (settings, "window-height", 700);
      firsts[i]->window = myo_window_new (app);
      g_signal_connect (firsts[i]->window, "realize", G_CALLBACK (watch_first_paint_cb), firsts[i]);
      gtk_window_present (GTK_WINDOW (firsts[i]->window));
      wait_until (first_painted, firsts[i]);
      g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (firsts[i]->window)),
                                            firsts[i]);
      settle ();
      g_assert_cmpint (window_width (firsts[i]->window), ==, widths[i]);
      destroy_window (firsts[i]->window);
    }

  g_assert_true (wide.views_in_header);
  g_assert_false (wide.views_below);
  g_assert_false (wide.folded);

  g_assert_false (narrow.views_in_header);
  g_assert_true (narrow.views_below);
  g_assert_true (narrow.folded);
}

/* At 360 px the window stays 360 px wide, the views switch through a
 * control that is not cut off, and a bar tells what the folded panel found */
static void
test_narrow (void)
{
  MyoWindow *window = create_window (360, 720);
  GtkWidget *switcher;
  g_autofree char *text = NULL;

  settle ();
  g_assert_cmpint (window_width (window), ==, 360);
  g_assert_true (adw_flap_get_folded (window->flap));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (window->view_switcher)));

  switcher = adw_squeezer_get_visible_child (window->view_squeezer);
  g_assert_nonnull (switcher);
  g_assert_true (inside_window (switcher, window));
  g_assert_true (inside_window (GTK_WIDGET (window->window_title), window));
  if (switcher == GTK_WIDGET (window->view_switcher_bar))
    for (GtkWidget *button = gtk_widget_get_first_child (switcher);
         button != NULL;
         button = gtk_widget_get_next_sibling (button))
      g_assert_true (label_fits (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)))));

  /* The drop-down switches the view like the buttons */
  gtk_drop_down_set_selected (window->view_dropdown, 2);
  g_assert_cmpstr (myo_window_get_view_id (window), ==,
                   ((MyoView *) g_ptr_array_index (myo_kb_get_views (myo_application_get_kb (app)), 2))->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "back"));
  g_assert_cmpuint (gtk_drop_down_get_selected (window->view_dropdown), ==, 0);

  /* Nothing marked: no bar */
  g_assert_false (gtk_widget_get_visible (window->results_bar));

  /* Two trigger points explain the example: the bar says so, and Show
   * brings the panel */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", "calf-behind-knee"));
  settle ();
  g_assert_false (myo_session_is_empty (myo_window_get_session (window)));
  text = _myo_window_dup_results_text (window);
  g_test_message ("results bar: %s", text);
  g_assert_true (gtk_widget_get_visible (window->results_bar));
  g_assert_cmpstr (gtk_label_get_label (window->results_label), ==, text);
  g_assert_true (g_str_has_suffix (text, "explain your pain") || g_str_has_suffix (text, "explains your pain"));
  g_assert_true (inside_window (window->results_bar, window));
  g_assert_cmpint (window_width (window), ==, 360);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-panel", NULL));
  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  g_assert_false (gtk_widget_get_visible (window->results_bar));

  destroy_window (window);
}

/* Between phone and desktop widths (it was "Outer si…" at 410 px) the
 * views are never cut off: buttons where they fit, a drop-down elsewhere */
static void
test_switcher_widths (void)
{
  static const int widths[] = { 410, 520, 640, 800 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      MyoWindow *window = create_window (widths[i], 720);
      GtkWidget *switcher;

      settle ();
      g_assert_cmpint (window_width (window), ==, widths[i]);
      switcher = gtk_widget_is_visible (GTK_WIDGET (window->view_switcher))
        ? GTK_WIDGET (window->view_switcher)
        : adw_squeezer_get_visible_child (window->view_squeezer);
      g_test_message ("%d px: %s", widths[i], G_OBJECT_TYPE_NAME (switcher));
      g_assert_true (gtk_widget_is_visible (switcher));
      g_assert_true (inside_window (switcher, window));
      if (GTK_IS_BOX (switcher))
        for (GtkWidget *button = gtk_widget_get_first_child (switcher);
             button != NULL;
             button = gtk_widget_get_next_sibling (button))
          {
            g_assert_true (inside_window (button, window));
            g_assert_true (label_fits (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)))));
          }

      destroy_window (window);
    }
}

/* A wide window keeps the row of view buttons, each name whole */
static void
test_wide_switcher (void)
{
  MyoWindow *window = create_window (1100, 800);

  settle ();
  g_assert_false (adw_flap_get_folded (window->flap));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (window->view_switcher)));
  g_assert_true (inside_window (GTK_WIDGET (window->view_switcher), window));
  g_assert_false (gtk_widget_get_visible (window->results_bar));

  destroy_window (window);
}

static gboolean
narrowed (gpointer window)
{
  return window_width (window) <= 600;
}

/* A wide window has no drop-down of views until it is narrowed; then the
 * views go below the map, and the drop-down built then follows the view */
static void
test_narrowed (void)
{
  MyoWindow *window = create_window (1100, 760);
  GPtrArray *views = myo_kb_get_views (myo_application_get_kb (app));

  settle ();
  g_assert_null (window->view_dropdown);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->view_squeezer)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s",
                                             ((MyoView *) g_ptr_array_index (views, 1))->id));

  /* As narrow as the wide layout lets it go: the panel folds there */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 760);
  wait_until (narrowed, window);
  settle ();
  g_test_message ("narrowed to %d px", window_width (window));
  g_assert_cmpint (window_width (window), <=, 600);
  g_assert_true (adw_flap_get_folded (window->flap));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->view_squeezer)));
  g_assert_nonnull (window->view_dropdown);
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (window->view_dropdown)) != NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (window->view_dropdown), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (window->view_dropdown)), ==, views->len);

  gtk_drop_down_set_selected (window->view_dropdown, 0);
  g_assert_cmpstr (myo_window_get_view_id (window), ==, ((MyoView *) g_ptr_array_index (views, 0))->id);

  destroy_window (window);
}

/* The hint at the top of the map, centred, clear of the tool buttons: beside
 * them in a wide window, below them in a narrow one, where it had covered
 * them */
static void
test_hint_clear_of_tools (void)
{
  const int widths[] = { 1100, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      MyoWindow *window = create_window (widths[i], 760);
      GtkWidget *overlay = GTK_WIDGET (window->map_overlay);
      graphene_rect_t hint, tools;

      /* The hint shows while the session is empty */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
      settle ();
      g_assert_true (gtk_widget_get_mapped (window->hint));
      g_assert_true (gtk_widget_compute_bounds (window->hint, overlay, &hint));
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (window->map_tools), overlay, &tools));
      g_test_message ("%d px: hint at %g,%g, tools %g wide and %g high",
                      widths[i], hint.origin.x, hint.origin.y, tools.size.width, tools.size.height);
      g_assert_false (graphene_rect_intersection (&hint, &tools, NULL));
      g_assert_cmpfloat_with_epsilon (hint.origin.x + hint.size.width / 2,
                                      gtk_widget_get_width (overlay) / 2., 1);
      if (widths[i] > 720)
        g_assert_cmpfloat (hint.origin.y, ==, tools.origin.y);
      else
        g_assert_cmpfloat (hint.origin.y, >=, tools.origin.y + tools.size.height);

      destroy_window (window);
    }
}

static gboolean
cursor_drawn (MyoWindow *window)
{
  guint before = _myo_body_map_get_overlay_count (window->map);
  gint64 end = g_get_monotonic_time () + test_time_limit (3 * G_USEC_PER_SEC);

  /* The cursor's overlay is drawn again when it moves: a move that draws
   * nothing new means no cursor */
  gtk_widget_queue_draw (GTK_WIDGET (window->map));
  while (_myo_body_map_get_overlay_count (window->map) == before && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  g_test_message ("cursor visible %d, focus %d, overlays %u then %u",
                  myo_body_map_get_cursor_visible (window->map), gtk_widget_has_focus (GTK_WIDGET (window->map)),
                  before, _myo_body_map_get_overlay_count (window->map));
  return myo_body_map_get_cursor_visible (window->map) &&
         _myo_body_map_get_overlay_count (window->map) > before;
}

static void
test_keyboard_map (void)
{
  MyoWindow *window = create_window (1100, 800);
  MyoKb *kb = myo_application_get_kb (app);
  MyoPoint thigh = region_point (kb, "back-thigh-outer", MYO_SIDE_LEFT);
  const MyoRegion *region;
  MyoSide side;
  double cx, cy;
  guint presses = 0;
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (window->map)));
  settle ();

  /* The arrows draw the cursor and name its region under the map */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.move-cursor", "(dd)", 0.0, 1.0));
  g_assert_true (cursor_drawn (window));
  g_assert_true (gtk_widget_get_visible (window->place_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (window->place_label)), ==,
                   myo_body_map_get_cursor_place (window->map));

  /* Enter adds a point; the cursor is still drawn, and moves */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.add-at-cursor", NULL));
  iterate ();
  g_assert_cmpuint (myo_session_get_n_points (myo_window_get_session (window)), ==, 1);
  if (window->point_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (window->point_popover));
  gtk_widget_grab_focus (GTK_WIDGET (window->map));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.move-cursor", "(dd)", 0.0, 8.0));
  g_assert_true (cursor_drawn (window));

  /* Page Down walks the regions, from the thigh to the calf in a few
   * presses, naming each */
  _myo_body_map_get_cursor (window->map, &cx, &cy);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.move-cursor", "(dd)",
                                             thigh.x - cx, thigh.y - cy));
  do
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.jump-region", "i", 1));
      presses++;
      _myo_body_map_get_cursor (window->map, &cx, &cy);
      region = myo_kb_locate (kb, myo_kb_lookup_view (kb, "back"), cx, cy, &side, NULL);
      g_assert_nonnull (region);
      g_assert_cmpint (side, ==, MYO_SIDE_LEFT);
      g_assert_false (g_hash_table_contains (seen, region->id));
      g_hash_table_add (seen, region->id);
      g_assert_nonnull (strstr (myo_body_map_get_cursor_place (window->map), region->name));
    }
  while (!g_str_has_prefix (region->id, "back-calf") && presses < 20);
  g_test_message ("%u presses from the thigh to the calf", presses);
  g_assert_cmpuint (presses, <=, 4);

  /* And Page Up comes back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->map), "map.jump-region", "i", -1));
  _myo_body_map_get_cursor (window->map, &cx, &cy);
  g_assert_false (g_str_has_prefix (myo_kb_locate (kb, myo_kb_lookup_view (kb, "back"), cx, cy, &side, NULL)->id,
                                    "back-calf"));

  g_hash_table_unref (seen);
  destroy_window (window);
}

/* The longest line, in characters, of the wrapping labels in @widget */
static int
longest_line (GtkWidget *widget)
{
  int longest = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      gtk_label_get_wrap (GTK_LABEL (widget)))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      const char *text = pango_layout_get_text (layout);

      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          g_autofree char *shown = g_strndup (text + line->start_index, line->length);
          int chars = (int) g_utf8_strlen (g_strchomp (shown), -1);

          if (chars > longest)
            {
              g_test_message ("%d characters: %s", chars, shown);
              longest = chars;
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    longest = MAX (longest, longest_line (child));

  return longest;
}

/* At 1600 px the atlas's and the help's text keeps to 75 characters a
 * line (it ran to about 180) */
static void
test_line_length (void)
{
  MyoWindow *window = create_window (1600, 1000);
  MyoKb *kb = myo_application_get_kb (app);
  MyoHelpWindow *help;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-atlas", NULL));
  g_assert_cmpstr (myo_window_get_page (window), ==, "atlas");
  myo_atlas_page_select (window->atlas, myo_kb_lookup_trigger_point (kb, "gastrocnemius-medial-1"), MYO_SIDE_LEFT);
  settle ();
  g_assert_cmpint (longest_line (GTK_WIDGET (window->atlas)), >, 40);
  g_assert_cmpint (longest_line (GTK_WIDGET (window->atlas)), <=, 75);
  destroy_window (window);

  help = myo_help_window_new (kb);
  g_object_ref_sink (help);
  gtk_window_set_default_size (GTK_WINDOW (help), 1600, 1000);
  gtk_window_present (GTK_WINDOW (help));
  settle ();
  g_assert_cmpint (longest_line (GTK_WIDGET (help)), >, 40);
  g_assert_cmpint (longest_line (GTK_WIDGET (help)), <=, 75);
  gtk_window_destroy (GTK_WINDOW (help));
  iterate ();
  g_assert_finalize_object (help);
}

/* A click on an atlas map lists what sends pain there above the list,
 * which keeps its width (it jumped from 300 to 540 px) */
static void
test_atlas_sidebar_width (void)
{
  MyoWindow *window = create_window (1100, 800);
  MyoKb *kb = myo_application_get_kb (app);
  GtkWidget *list;
  GPtrArray *maps;
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  int before;
  double wx, wy;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-atlas", NULL));
  g_assert_cmpstr (myo_window_get_page (window), ==, "atlas");
  myo_atlas_page_select (window->atlas, myo_kb_lookup_trigger_point (kb, "popliteus-1"), MYO_SIDE_LEFT);
  settle ();
  list = GTK_WIDGET (_myo_atlas_page_get_list (window->atlas));
  before = gtk_widget_get_width (list);

  maps = _myo_atlas_page_get_maps (window->atlas);
  g_assert_cmpstr (myo_body_map_get_view_id (g_ptr_array_index (maps, 0)), ==, "back");
  myo_body_map_diagram_to_widget (g_ptr_array_index (maps, 0), knee.x, knee.y, &wx, &wy);
  _myo_body_map_click (g_ptr_array_index (maps, 0), wx, wy);
  settle ();
  g_assert_nonnull (_myo_atlas_page_get_region_text (window->atlas));
  g_test_message ("list %d px wide, then %d px", before, gtk_widget_get_width (list));
  g_assert_cmpint (gtk_widget_get_width (list), ==, before);

  destroy_window (window);
}

/* Presenting, the atlas's maps are centred and fill the screen's height,
 * headings grow with the text, and pain points with the map */
static void
test_presentation (void)
{
  MyoWindow *window = create_window (1600, 1000);
  MyoKb *kb = myo_application_get_kb (app);
  double radius;
  GPtrArray *maps;
  graphene_rect_t first, last;
  int page_width;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", "calf-behind-knee"));
  settle ();
  g_assert_false (myo_session_is_empty (myo_window_get_session (window)));
  radius = _myo_body_map_get_point_radius (window->map);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  settle ();
  g_assert_cmpfloat (_myo_body_map_get_point_radius (window->map), >=, radius);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-atlas", NULL));
  g_assert_cmpstr (myo_window_get_page (window), ==, "atlas");
  myo_atlas_page_select (window->atlas, myo_kb_lookup_trigger_point (kb, "soleus-1"), MYO_SIDE_LEFT);
  settle ();

  /* Centred: as much room left of the first map as right of the last */
  maps = _myo_atlas_page_get_maps (window->atlas);
  g_assert_cmpuint (maps->len, >=, 2);
  page_width = gtk_widget_get_width (GTK_WIDGET (window->atlas));
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (maps, 0), GTK_WIDGET (window->atlas), &first));
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (maps, maps->len - 1), GTK_WIDGET (window->atlas), &last));
  g_test_message ("maps from %.0f to %.0f of %d, %.0f px tall", first.origin.x,
                  last.origin.x + last.size.width, page_width, first.size.height);
  g_assert_cmpfloat (fabs (first.origin.x - (page_width - last.origin.x - last.size.width)), <=, 40);
  /* As large as the screen allows: the row spans the page, or the maps
   * are as tall as the screen leaves room for */
  g_assert_true (last.origin.x + last.size.width - first.origin.x >= 0.75 * page_width ||
                 first.size.height >= 600);

  /* Headings scale as the text does: each stays larger than the text */
  {
    static const char *classes[] = { "title-1", "title-2", "title-3", "title-4", "heading" };
    GtkWidget *other = gtk_window_new ();
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    GtkWidget *text = gtk_label_new ("Text");
    int text_height;

    gtk_widget_add_css_class (other, "presentation");
    gtk_window_set_child (GTK_WINDOW (other), box);
    gtk_box_append (GTK_BOX (box), text);
    for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
      {
        GtkWidget *title = gtk_label_new ("Title");

        gtk_widget_add_css_class (title, classes[i]);
        gtk_box_append (GTK_BOX (box), title);
      }
    gtk_window_present (GTK_WINDOW (other));
    settle ();

    gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, -1, NULL, &text_height, NULL, NULL);
    for (GtkWidget *title = gtk_widget_get_next_sibling (text); title != NULL; title = gtk_widget_get_next_sibling (title))
      {
        g_auto(GStrv) title_classes = gtk_widget_get_css_classes (title);
        int title_height;

        gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, -1, NULL, &title_height, NULL, NULL);
        g_test_message ("presenting: %s %d px, text %d px", title_classes[0], title_height, text_height);
        g_assert_cmpint (title_height, >=, text_height);
      }
    gtk_window_destroy (GTK_WINDOW (other));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = test_app_new (&argc, &argv);

  g_test_add_func ("/myo/pages/header", test_header);
  g_test_add_func ("/myo/pages/menu-sections", test_menu_sections);
  g_test_add_func ("/myo/pages/examples", test_examples);
  g_test_add_func ("/myo/pages/narrow", test_narrow);
  g_test_add_func ("/myo/pages/first-frame-header", test_first_frame_header);
  g_test_add_func ("/myo/pages/wide-switcher", test_wide_switcher);
  g_test_add_func ("/myo/pages/hint-clear-of-tools", test_hint_clear_of_tools);
  g_test_add_func ("/myo/pages/narrowed", test_narrowed);
  g_test_add_func ("/myo/pages/switcher-widths", test_switcher_widths);
  g_test_add_func ("/myo/pages/keyboard-map", test_keyboard_map);
  g_test_add_func ("/myo/pages/line-length", test_line_length);
  g_test_add_func ("/myo/pages/presentation", test_presentation);
  g_test_add_func ("/myo/pages/atlas-sidebar-width", test_atlas_sidebar_width);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
