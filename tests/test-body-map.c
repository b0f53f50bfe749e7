/* test-body-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>

#include "myo-body-map.h"
#include "myo-body-map-private.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"

typedef struct
{
  MyoKb        *kb;
  MyoSession   *session;
  GtkWindow    *window;
  MyoBodyMap   *map;
  PaintCounter  paints;
} Fixture;

static gboolean
is_allocated (Fixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->map)) &&
         gtk_widget_get_width (GTK_WIDGET (fixture->map)) > 0 &&
         _myo_body_map_get_render_count (fixture->map) > 0;
}

static gboolean
is_rendered_again (Fixture *fixture)
{
  return _myo_body_map_get_render_count (fixture->map) > 1;
}

/* The next frame after a change draws it */
static void
wait_for_frame (Fixture *fixture)
{
  wait_for_paint (&fixture->paints, GTK_WIDGET (fixture->map));
}

/* The widget coordinates of a region's centre, on @side */
static void
region_centre (Fixture    *fixture,
               const char *id,
               MyoSide     side,
               double     *wx,
               double     *wy)
{
  const MyoRegion *region = lookup_region (fixture->kb, id);
  MyoPoint centre = myo_polygon_centroid (region->polygon);

  g_assert_true (myo_polygon_contains (region->polygon, centre.x, centre.y));
  centre = myo_view_to_side (region->view, centre, side);
  myo_body_map_diagram_to_widget (fixture->map, centre.x, centre.y, wx, wy);
}

/* Between the legs, level with the top of the knee */
static void
gap_point (Fixture *fixture,
           double  *wx,
           double  *wy)
{
  const MyoView *view = myo_kb_lookup_view (fixture->kb, "back");
  const MyoRegion *knee = lookup_region (fixture->kb, "back-knee");

  myo_body_map_diagram_to_widget (fixture->map, view->width / 2, knee->polygon->min_y, wx, wy);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->kb = myo_kb_get_default ();
  fixture->session = myo_session_new (fixture->kb);
  fixture->window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  fixture->map = MYO_BODY_MAP (myo_body_map_new (fixture->session));

  myo_body_map_set_view_id (fixture->map, "back");
  gtk_window_set_default_size (fixture->window, 400, 900);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->map));
  gtk_window_present (fixture->window);
  wait_until ((TestCondition) is_allocated, fixture);

  paint_counter_start (&fixture->paints, GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  paint_counter_stop (&fixture->paints);
  g_object_add_weak_pointer (G_OBJECT (fixture->map), (gpointer *) &fixture->map);
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->window);
  g_assert_null (fixture->map);

  /* The map let go of the session */
  g_assert_finalize_object (fixture->session);
  g_clear_object (&fixture->kb);
}

static void
test_transform (Fixture       *fixture,
                gconstpointer  data)
{
  const MyoView *view = myo_kb_lookup_view (fixture->kb, "back");
  MyoBodyMap *map = fixture->map;
  static const int sizes[][2] = { { 300, 600 }, { 400, 900 }, { 1000, 500 }, { 360, 640 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int width = sizes[i][0];
      int height = sizes[i][1];
      double left, top, right, bottom;
      double wx, wy, dx, dy;

      gtk_widget_size_allocate (GTK_WIDGET (fixture->map),
                                &(GtkAllocation) { 0, 0, width, height }, -1);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->map)), ==, width);

      for (double x = 0; x <= view->width; x += view->width / 7)
        for (double y = 0; y <= view->height; y += view->height / 11)
          {
            myo_body_map_diagram_to_widget (fixture->map, x, y, &wx, &wy);
            g_assert_true (myo_body_map_widget_to_diagram (fixture->map, wx, wy, &dx, &dy));
            g_assert_cmpfloat_with_epsilon (dx, x, 1e-6);
            g_assert_cmpfloat_with_epsilon (dy, y, 1e-6);
          }

      /* Centred, aspect kept, inside the widget and touching its margin on
       * one axis */
      myo_body_map_diagram_to_widget (fixture->map, 0, 0, &left, &top);
      myo_body_map_diagram_to_widget (fixture->map, view->width, view->height, &right, &bottom);
      g_assert_cmpfloat_with_epsilon (left, width - right, 1e-6);
      g_assert_cmpfloat_with_epsilon (top, height - bottom, 1e-6);
      g_assert_cmpfloat_with_epsilon ((right - left) / view->width,
                                      (bottom - top) / view->height, 1e-9);
      g_assert_cmpfloat (left, >, 0);
      g_assert_cmpfloat (top, >, 0);
      g_assert_true (G_APPROX_VALUE (left, top, 1e-6) || left < 20 || top < 20);

      /* Just outside the drawn diagram, on each side */
      g_assert_false (myo_body_map_widget_to_diagram (map, left - 0.5, height / 2., &dx, &dy));
      g_assert_false (myo_body_map_widget_to_diagram (map, right + 0.5, height / 2., &dx, &dy));
      g_assert_false (myo_body_map_widget_to_diagram (map, width / 2., top - 0.5, &dx, &dy));
      g_assert_false (myo_body_map_widget_to_diagram (map, width / 2., bottom + 0.5, &dx, &dy));
      g_assert_cmpfloat (dy, >, view->height);
    }

  gtk_widget_queue_resize (GTK_WIDGET (fixture->window));
}

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             guint      *count)
{
  (*count)++;
}

static void
point_id_cb (MyoBodyMap *map,
             guint       id,
             guint      *out_id)
{
  *out_id = id;
}

static void
add_failed_cb (MyoBodyMap *map,
               const char *message,
               char      **failure)
{
  g_assert_nonnull (message);
  g_free (*failure);
  *failure = g_strdup (message);
}

static void
point_activated_cb (MyoBodyMap *map,
                    guint       id,
                    double      wx,
                    double      wy,
                    guint      *activated)
{
  *activated = id;
}

static void
test_click_adds_point (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *failure = NULL;
  const MyoPainPoint *point;
  guint added = 0;
  guint activated = 0;
  double wx, wy;

  g_signal_connect (fixture->map, "point-added", G_CALLBACK (point_id_cb), &added);
  g_signal_connect (fixture->map, "add-failed", G_CALLBACK (add_failed_cb), &failure);
  g_signal_connect (fixture->map, "point-activated", G_CALLBACK (point_activated_cb), &activated);

  myo_body_map_set_default_intensity (fixture->map, 7);
  region_centre (fixture, "back-knee", MYO_SIDE_LEFT, &wx, &wy);
  _myo_body_map_click (fixture->map, wx, wy);

  g_assert_null (failure);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 1);
  point = myo_session_get_point (fixture->session, 0);
  g_assert_cmpuint (added, ==, point->id);
  g_assert_cmpstr (point->region->id, ==, "back-knee");
  g_assert_cmpint (point->side, ==, MYO_SIDE_LEFT);
  g_assert_cmpint (point->intensity, ==, 7);
  g_assert_cmpuint (myo_body_map_get_selected_point (fixture->map), ==, point->id);

  /* Clicking it again opens it instead of adding another */
  myo_body_map_set_selected_point (fixture->map, 0);
  _myo_body_map_click (fixture->map, wx + 5, wy - 5);
  g_assert_cmpuint (activated, ==, added);
  g_assert_cmpuint (myo_body_map_get_selected_point (fixture->map), ==, added);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 1);

  /* Between the legs: nothing added, and the window is told why */
  added = 0;
  gap_point (fixture, &wx, &wy);
  _myo_body_map_click (fixture->map, wx, wy);
  g_assert_nonnull (failure);
  g_assert_cmpstr (failure, !=, "");
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 1);

  /* The right leg */
  region_centre (fixture, "back-knee", MYO_SIDE_RIGHT, &wx, &wy);
  _myo_body_map_click (fixture->map, wx, wy);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 2);
  g_assert_cmpint (myo_session_lookup_point (fixture->session, added)->side, ==, MYO_SIDE_RIGHT);
  g_assert_cmpstr (myo_session_lookup_point (fixture->session, added)->region->id, ==, "back-knee");
}

static void
test_drag_moves_point (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *failure = NULL;
  double knee_x, knee_y, calf_x, calf_y, gap_x, gap_y;
  guint id;

  g_signal_connect (fixture->map, "add-failed", G_CALLBACK (add_failed_cb), &failure);

  region_centre (fixture, "back-knee", MYO_SIDE_LEFT, &knee_x, &knee_y);
  region_centre (fixture, "back-calf-outer", MYO_SIDE_LEFT, &calf_x, &calf_y);
  _myo_body_map_click (fixture->map, knee_x, knee_y);
  id = myo_session_get_point (fixture->session, 0)->id;

  _myo_body_map_drag (fixture->map, knee_x, knee_y, calf_x, calf_y);
  g_assert_null (failure);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 1);
  g_assert_cmpstr (myo_session_lookup_point (fixture->session, id)->region->id,
                   ==, "back-calf-outer");

  /* Dropped between the legs, it stays where it was */
  gap_point (fixture, &gap_x, &gap_y);
  _myo_body_map_drag (fixture->map, calf_x, calf_y, gap_x, gap_y);
  g_assert_nonnull (failure);
  g_assert_cmpstr (myo_session_lookup_point (fixture->session, id)->region->id,
                   ==, "back-calf-outer");

  /* A drag that starts off any point adds nothing */
  _myo_body_map_drag (fixture->map, knee_x, knee_y, knee_x, knee_y + 40);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 1);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->map);
  guint removed = 0;
  guint id;
  double wx, wy, x0, y0, x1, y1;

  g_signal_connect (fixture->map, "point-removed", G_CALLBACK (point_id_cb), &removed);

  g_assert_true (gtk_widget_get_focusable (widget));
  /* Nothing selected: nothing to delete */
  gtk_widget_activate_action (widget, "map.delete-selected", NULL);
  g_assert_cmpuint (removed, ==, 0);

  /* A click puts the cursor where it landed; the arrows move it from there */
  region_centre (fixture, "back-knee", MYO_SIDE_LEFT, &wx, &wy);
  _myo_body_map_click (fixture->map, wx, wy);
  _myo_body_map_get_cursor (fixture->map, &x0, &y0);
  g_assert_true (gtk_widget_activate_action (widget, "map.move-cursor", "(dd)", 0.0, 10.0));
  g_assert_true (gtk_widget_activate_action (widget, "map.move-cursor", "(dd)", 0.0, 10.0));
  g_assert_true (gtk_widget_activate_action (widget, "map.move-cursor", "(dd)", 2.0, 0.0));
  _myo_body_map_get_cursor (fixture->map, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (y1 - y0, 20, 1e-9);

  g_assert_true (gtk_widget_activate_action (widget, "map.add-at-cursor", NULL));
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 2);
  id = myo_body_map_get_selected_point (fixture->map);
  g_assert_cmpfloat_with_epsilon (myo_session_lookup_point (fixture->session, id)->y, y1, 1e-6);

  g_assert_true (gtk_widget_activate_action (widget, "map.delete-selected", NULL));
  g_assert_cmpuint (removed, ==, id);
  g_assert_null (myo_session_lookup_point (fixture->session, id));
  g_assert_cmpuint (myo_body_map_get_selected_point (fixture->map), ==, 0);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 1);

  /* The cursor stays on the diagram */
  for (guint i = 0; i < 100; i++)
    gtk_widget_activate_action (widget, "map.move-cursor", "(dd)", -10.0, -10.0);
  _myo_body_map_get_cursor (fixture->map, &x1, &y1);
  g_assert_cmpfloat (x1, ==, 0);
  g_assert_cmpfloat (y1, ==, 0);
}

static void
test_texture_cached (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(MyoMatch) match = NULL;
  guint notifies = 0;
  double wx, wy;

  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_body_map_get_render_count (fixture->map), ==, 1);

  /* Hover, clicks, session and match changes only redraw the overlays */
  region_centre (fixture, "back-knee", MYO_SIDE_LEFT, &wx, &wy);
  _myo_body_map_hover (fixture->map, wx, wy);
  wait_for_frame (fixture);
  _myo_body_map_click (fixture->map, wx, wy);
  wait_for_frame (fixture);
  myo_session_set_intensity (fixture->session, myo_session_get_point (fixture->session, 0)->id, 9);
  wait_for_frame (fixture);

  g_signal_connect (fixture->map, "notify::highlight", G_CALLBACK (notified_cb), &notifies);
  match = myo_match_new (fixture->session);
  myo_body_map_set_match (fixture->map, match);
  myo_body_map_set_highlight (fixture->map,
                              myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-lateral-4"),
                              MYO_SIDE_LEFT);
  myo_body_map_set_highlight (fixture->map,
                              myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-lateral-4"),
                              MYO_SIDE_LEFT);
  g_assert_cmpuint (notifies, ==, 1);
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_body_map_get_render_count (fixture->map), ==, 1);

  /* A new size renders again, once */
  gtk_window_set_default_size (fixture->window, 360, 640);
  wait_until ((TestCondition) is_rendered_again, fixture);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->map)), ==, 360);
  g_assert_cmpuint (_myo_body_map_get_render_count (fixture->map), ==, 2);

  /* So does another view, and switching back */
  myo_body_map_set_view_id (fixture->map, "front");
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_body_map_get_render_count (fixture->map), ==, 3);
  myo_body_map_set_highlight (fixture->map, NULL, MYO_SIDE_LEFT);
  g_assert_cmpuint (notifies, ==, 2);
}

/* A frame draws again only the overlays that changed, so a hover or a new
 * point repaints a small area (tests/bench times it) */
static void
test_overlays_cached (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *regions[] = { "back-knee", "back-calf-outer", "back-thigh-outer" };
  guint count;
  double wx, wy;

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      region_centre (fixture, regions[i], MYO_SIDE_LEFT, &wx, &wy);
      _myo_body_map_click (fixture->map, wx, wy);
    }
  myo_body_map_set_selected_point (fixture->map, 0);
  wait_for_frame (fixture);
  count = _myo_body_map_get_overlay_count (fixture->map);
  g_assert_cmpuint (count, >=, G_N_ELEMENTS (regions));

  /* Nothing changed: nothing drawn */
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_body_map_get_overlay_count (fixture->map), ==, count);

  /* A hover draws its outline only */
  region_centre (fixture, "back-calf-inner", MYO_SIDE_RIGHT, &wx, &wy);
  _myo_body_map_hover (fixture->map, wx, wy);
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_body_map_get_overlay_count (fixture->map), ==, count + 1);

  /* A new point draws itself (it becomes the selection) and nothing else */
  _myo_body_map_click (fixture->map, wx, wy);
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_body_map_get_overlay_count (fixture->map), ==, count + 2);

  /* A changed point draws again */
  myo_session_set_intensity (fixture->session, myo_session_get_point (fixture->session, 0)->id, 9);
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_body_map_get_overlay_count (fixture->map), ==, count + 3);
}

/* With the brush, a drag paints an area on the leg it starts on, a press
 * paints a dab, the eraser takes paint away, undo brings it back, and the
 * map draws the painted cells in an overlay of their own */
static void
test_paint (Fixture       *fixture,
            gconstpointer  data)
{
  const MyoView *back = myo_kb_lookup_view (fixture->kb, "back");
  g_autofree char *failure = NULL;
  double knee_x, knee_y, calf_x, calf_y;
  guint painted, count;

  g_signal_connect (fixture->map, "add-failed", G_CALLBACK (add_failed_cb), &failure);
  region_centre (fixture, "back-knee", MYO_SIDE_LEFT, &knee_x, &knee_y);
  region_centre (fixture, "back-calf-outer", MYO_SIDE_LEFT, &calf_x, &calf_y);
  wait_for_frame (fixture);
  count = _myo_body_map_get_overlay_count (fixture->map);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.tool", "s", "paint"));
  g_assert_cmpstr (myo_body_map_get_tool (fixture->map), ==, "paint");
  myo_body_map_set_brush_radius (fixture->map, 8);

  _myo_body_map_drag (fixture->map, knee_x, knee_y, calf_x, calf_y);
  g_assert_null (failure);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 0);
  g_assert_cmpuint (myo_session_get_n_strokes (fixture->session), ==, 1);
  g_assert_cmpfloat (myo_session_get_stroke (fixture->session, 0)->radius, ==, 8);
  g_assert_cmpint (myo_session_get_stroke (fixture->session, 0)->side, ==, MYO_SIDE_LEFT);
  painted = myo_areas_count_painted (myo_session_get_areas (fixture->session), back, MYO_SIDE_LEFT);
  g_assert_cmpuint (painted, >, 0);

  /* Drawn: one new overlay for the painted cells */
  wait_for_frame (fixture);
  g_assert_cmpuint (_myo_body_map_get_overlay_count (fixture->map), ==, count + 1);

  /* A press that does not move paints a dab on the other leg */
  region_centre (fixture, "back-knee", MYO_SIDE_RIGHT, &knee_x, &knee_y);
  _myo_body_map_drag (fixture->map, knee_x, knee_y, knee_x, knee_y);
  g_assert_cmpuint (myo_session_get_n_strokes (fixture->session), ==, 2);
  g_assert_cmpuint (myo_areas_count_painted (myo_session_get_areas (fixture->session), back, MYO_SIDE_RIGHT),
                    >, 0);

  /* The eraser over the first stroke's path */
  region_centre (fixture, "back-knee", MYO_SIDE_LEFT, &knee_x, &knee_y);
  g_object_set (fixture->map, "tool", "erase", NULL);
  myo_body_map_set_brush_radius (fixture->map, 12);
  _myo_body_map_drag (fixture->map, knee_x, knee_y, calf_x, calf_y);
  g_assert_cmpuint (myo_session_get_n_strokes (fixture->session), ==, 3);
  g_assert_cmpuint (myo_areas_count_painted (myo_session_get_areas (fixture->session), back, MYO_SIDE_LEFT),
                    ==, 0);

  g_assert_true (myo_session_undo (fixture->session));
  g_assert_cmpuint (myo_areas_count_painted (myo_session_get_areas (fixture->session), back, MYO_SIDE_LEFT),
                    ==, painted);

  /* Back to points: a drag off any point adds nothing */
  g_object_set (fixture->map, "tool", "point", NULL);
  _myo_body_map_drag (fixture->map, knee_x, knee_y, calf_x, calf_y);
  g_assert_cmpuint (myo_session_get_n_strokes (fixture->session), ==, 2);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/myo/body-map/transform", Fixture, NULL,
              fixture_set_up, test_transform, fixture_tear_down);
  g_test_add ("/myo/body-map/click-adds-point", Fixture, NULL,
              fixture_set_up, test_click_adds_point, fixture_tear_down);
  g_test_add ("/myo/body-map/drag-moves-point", Fixture, NULL,
              fixture_set_up, test_drag_moves_point, fixture_tear_down);
  g_test_add ("/myo/body-map/keyboard", Fixture, NULL,
              fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/myo/body-map/texture-cached", Fixture, NULL,
              fixture_set_up, test_texture_cached, fixture_tear_down);
  g_test_add ("/myo/body-map/overlays-cached", Fixture, NULL,
              fixture_set_up, test_overlays_cached, fixture_tear_down);
  g_test_add ("/myo/body-map/paint", Fixture, NULL,
              fixture_set_up, test_paint, fixture_tear_down);

  return g_test_run ();
}
