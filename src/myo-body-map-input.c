/* myo-body-map-input.c: the body map's input: clicks and drags (a point
 * added, opened or moved; the paint and erase tool), hover, the keyboard
 * cursor and its actions, Page Up and Page Down through the regions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "myo-body-map.h"
#include "myo-body-map-private.h"
#include "myo-map-render.h"

/* Diagram units between two points of a brush path kept */
#define BRUSH_STEP         1.5

/* Widget pixels */
#define HIT_RADIUS        12.0

/* Diagram units */
#define CURSOR_STEP       10.0
#define CURSOR_FINE_STEP   2.0

/* The nearest pain point on this view within reach of the pointer, or 0 */
static guint
find_point_at (MyoBodyMap *self,
               double      wx,
               double      wy)
{
  double best = MAX (HIT_RADIUS, _myo_body_map_get_point_radius (self) + 3);
  guint found = 0;

  if (self->session == NULL || self->view == NULL)
    return 0;

  for (guint i = 0; i < myo_session_get_n_points (self->session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (self->session, i);
      MyoPoint at;
      double px, py;
      double distance;

      if (point->view != self->view)
        continue;

      at = _myo_body_map_get_point_position (self, point);
      myo_body_map_diagram_to_widget (self, at.x, at.y, &px, &py);
      distance = hypot (px - wx, py - wy);
      if (distance <= best)
        {
          best = distance;
          found = point->id;
        }
    }

  return found;
}

void
_myo_body_map_update_accessible_description (MyoBodyMap *self)
{
  g_autofree char *place = NULL;
  g_autofree char *description = NULL;
  const MyoRegion *region = NULL;
  MyoSide side = MYO_SIDE_LEFT;

  if (self->session != NULL && self->view != NULL)
    region = myo_kb_locate (myo_session_get_kb (self->session), self->view,
                            self->cursor.x, self->cursor.y, &side, NULL);

  if (region != NULL)
    place = myo_region_dup_place_label (region, side);
  else
    place = g_strdup (_("outside the legs"));

  if (self->browse)
    /* Translators: the place is e.g. “Left leg · back of knee” */
    description = g_strdup_printf (_("Cursor: %s. Arrow keys move the cursor, Enter lists the "
                                     "trigger points that send pain there."),
                                   place);
  else
    /* Translators: the place is e.g. “Left leg · back of knee” */
    description = g_strdup_printf (_("Cursor: %s. Arrow keys move the cursor, Enter marks pain "
                                     "there, Delete removes the selected point."),
                                   place);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  if (g_strcmp0 (place, self->cursor_place) != 0)
    {
      g_free (self->cursor_place);
      self->cursor_place = g_steal_pointer (&place);
      g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_CURSOR_PLACE]);
    }
}

static void
move_cursor_to (MyoBodyMap *self,
                double      x,
                double      y)
{
  if (self->view == NULL)
    return;

  self->cursor.x = CLAMP (x, 0, self->view->width);
  self->cursor.y = CLAMP (y, 0, self->view->height);
  _myo_body_map_update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The keyboard's cursor shows from its first move until the pointer is
 * pressed, whatever GTK decides about focus rings (a point added with
 * Enter used to hide it while the arrows still moved it), and outlines its
 * region as the pointer does */
void
_myo_body_map_update_cursor_visible (MyoBodyMap *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean visible = gtk_widget_has_focus (widget) &&
                     (self->keyboard_used ||
                      (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_VISIBLE) != 0);

  if (visible == self->cursor_visible)
    return;

  self->cursor_visible = visible;
  gtk_widget_queue_draw (widget);
  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_CURSOR_VISIBLE]);
}

static void
keyboard_moved (MyoBodyMap *self)
{
  self->keyboard_used = TRUE;
  if (self->session != NULL && self->view != NULL)
    self->hover_region = myo_kb_locate (myo_session_get_kb (self->session), self->view,
                                        self->cursor.x, self->cursor.y, &self->hover_side, NULL);
  _myo_body_map_update_cursor_visible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Starts the keyboard cursor on the first region of the view, a place on a
 * leg rather than the gap between them */
void
_myo_body_map_reset_cursor (MyoBodyMap *self)
{
  GPtrArray *regions;

  if (self->view == NULL)
    return;

  regions = myo_kb_get_regions (myo_session_get_kb (self->session));
  for (guint i = 0; i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);

      if (region->view == self->view)
        {
          MyoPoint centre = myo_polygon_centroid (region->polygon);

          move_cursor_to (self, centre.x, centre.y);
          return;
        }
    }

  move_cursor_to (self, self->view->width / 2, self->view->height / 2);
}

typedef struct
{
  const MyoRegion *region;
  MyoSide          side;
  MyoPoint         at;  /* inside the region, on its side */
} RegionStop;

/* A point inside @polygon: its centroid, or, for a shape that curves
 * round its centroid, the first point found between it and a vertex */
static MyoPoint
inner_point (const MyoPolygon *polygon)
{
  MyoPoint centre = myo_polygon_centroid (polygon);

  if (myo_polygon_contains (polygon, centre.x, centre.y))
    return centre;

  for (guint i = 0; i < polygon->n_points; i++)
    {
      MyoPoint vertex = polygon->points[i];

      for (double t = 0.9; t > 0.5; t -= 0.1)
        {
          double x = vertex.x + (centre.x - vertex.x) * (1 - t);
          double y = vertex.y + (centre.y - vertex.y) * (1 - t);

          if (myo_polygon_contains (polygon, x, y))
            return (MyoPoint) { x, y };
        }
    }

  return centre;
}

static int
compare_stops (gconstpointer a,
               gconstpointer b)
{
  const RegionStop *sa = a;
  const RegionStop *sb = b;

  if (sa->side != sb->side)
    return sa->side == MYO_SIDE_LEFT ? -1 : 1;
  if (sa->at.y != sb->at.y)
    return sa->at.y < sb->at.y ? -1 : 1;
  return sa->at.x < sb->at.x ? -1 : sa->at.x > sb->at.x;
}

/* The view's regions on each leg, the left leg first, each from the top
 * down: the order Page Down walks them in */
static GArray *
collect_region_stops (MyoBodyMap *self)
{
  GPtrArray *regions = myo_kb_get_regions (myo_session_get_kb (self->session));
  GArray *stops = g_array_new (FALSE, FALSE, sizeof (RegionStop));

  for (guint i = 0; i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);
      MyoPoint inside;

      if (region->view != self->view)
        continue;

      inside = inner_point (region->polygon);
      for (MyoSide side = MYO_SIDE_LEFT; side <= MYO_SIDE_RIGHT; side++)
        {
          RegionStop stop = { region, side, myo_view_to_side (self->view, inside, side) };

          g_array_append_val (stops, stop);
        }
    }

  g_array_sort (stops, compare_stops);
  return stops;
}

/* Moves the cursor @delta regions on (Page Down) or back (Page Up) */
static void
jump_regions (MyoBodyMap *self,
              int         delta)
{
  g_autoptr(GArray) stops = NULL;
  const MyoRegion *current;
  MyoSide side = MYO_SIDE_LEFT;
  int index = -1;

  if (self->session == NULL || self->view == NULL)
    return;

  stops = collect_region_stops (self);
  if (stops->len == 0)
    return;

  current = myo_kb_locate (myo_session_get_kb (self->session), self->view,
                           self->cursor.x, self->cursor.y, &side, NULL);
  for (guint i = 0; i < stops->len; i++)
    {
      RegionStop *stop = &g_array_index (stops, RegionStop, i);

      if (stop->region == current && stop->side == side)
        index = i;
    }

  if (index < 0)
    {
      /* Outside the legs: the next region below the cursor, on its side */
      RegionStop here = { NULL, myo_view_side_at (self->view, self->cursor.x), self->cursor };

      index = delta > 0 ? -1 : (int) stops->len;
      for (guint i = 0; i < stops->len; i++)
        if (compare_stops (&g_array_index (stops, RegionStop, i), &here) < 0)
          index = delta > 0 ? (int) i : (int) i + 1;
    }

  index = (index + delta + (int) stops->len) % (int) stops->len;
  move_cursor_to (self, g_array_index (stops, RegionStop, index).at.x,
                  g_array_index (stops, RegionStop, index).at.y);
}

static void
update_hover (MyoBodyMap *self,
              double      wx,
              double      wy,
              gboolean    inside)
{
  const MyoRegion *region = NULL;
  MyoSide side = MYO_SIDE_LEFT;
  g_autofree char *tooltip = NULL;
  double dx, dy;
  guint point_id;

  if (inside && self->session != NULL &&
      myo_body_map_widget_to_diagram (self, wx, wy, &dx, &dy))
    region = myo_kb_locate (myo_session_get_kb (self->session), self->view, dx, dy, &side, NULL);

  if (inside && (point_id = find_point_at (self, wx, wy)) != 0)
    tooltip = myo_pain_point_dup_label (myo_session_lookup_point (self->session, point_id));
  else if (region != NULL)
    tooltip = myo_region_dup_place_label (region, side);

  if (g_strcmp0 (tooltip, gtk_widget_get_tooltip_text (GTK_WIDGET (self))) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);

  if (region != self->hover_region || side != self->hover_side)
    {
      self->hover_region = region;
      self->hover_side = side;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
is_painting (MyoBodyMap *self)
{
  return self->tool != TOOL_POINT && !self->browse && !self->read_only &&
         self->session != NULL && self->view != NULL;
}

/* Adds the pointer's place to the brush path, when it moved far enough */
static void
extend_stroke (MyoBodyMap *self,
               double      wx,
               double      wy)
{
  MyoPoint p;

  myo_body_map_widget_to_diagram (self, wx, wy, &p.x, &p.y);
  p.x = CLAMP (p.x, 0, self->view->width);
  p.y = CLAMP (p.y, 0, self->view->height);

  if (self->stroke->len > 0)
    {
      MyoPoint last = g_array_index (self->stroke, MyoPoint, self->stroke->len - 1);

      if (myo_point_distance (last, p) < BRUSH_STEP || self->stroke->len >= MYO_AREA_MAX_STROKE_POINTS)
        return;
    }

  g_array_append_val (self->stroke, p);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The brush path becomes a stroke of the session; a press without a move
 * paints one dab */
static void
finish_stroke (MyoBodyMap *self)
{
  g_autoptr(GError) error = NULL;

  if (self->stroke->len == 0)
    return;

  if (myo_session_add_stroke (self->session, self->view->id, (MyoPoint *) self->stroke->data,
                              self->stroke->len, self->brush_radius, self->default_intensity,
                              self->tool == TOOL_ERASE, &error) == 0)
    g_signal_emit (self, _myo_body_map_signals[ADD_FAILED], 0, error->message);

  g_array_set_size (self->stroke, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
begin_drag (MyoBodyMap *self,
            double      wx,
            double      wy)
{
  self->press_x = wx;
  self->press_y = wy;
  self->drag_moved = FALSE;
  g_array_set_size (self->stroke, 0);

  if (is_painting (self))
    {
      self->drag_point = 0;
      extend_stroke (self, wx, wy);
      return;
    }

  self->drag_point = self->read_only ? 0 : find_point_at (self, wx, wy);
}

/* Returns TRUE once the press has become a drag of a point */
static gboolean
update_drag (MyoBodyMap *self,
             double      wx,
             double      wy)
{
  int threshold = 8;
  double dx, dy;

  if (self->stroke->len > 0)
    {
      self->drag_moved = TRUE;
      extend_stroke (self, wx, wy);
      return TRUE;
    }

  if (!self->drag_moved)
    {
      g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                    "gtk-dnd-drag-threshold", &threshold,
                    NULL);
      if (hypot (wx - self->press_x, wy - self->press_y) < threshold)
        return FALSE;
    }

  self->drag_moved = TRUE;
  if (self->drag_point == 0)
    return FALSE;

  myo_body_map_widget_to_diagram (self, wx, wy, &dx, &dy);
  self->drag_position = (MyoPoint) { dx, dy };
  myo_body_map_set_selected_point (self, self->drag_point);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return TRUE;
}

static void
end_drag (MyoBodyMap *self,
          double      wx,
          double      wy)
{
  g_autoptr(GError) error = NULL;
  guint id;

  update_drag (self, wx, wy);

  if (self->stroke->len > 0)
    {
      finish_stroke (self);
      return;
    }

  /* drag_moved stays set until the next press, so the click gesture,
   * whichever order it hears the release in, does not add a point too */
  id = self->drag_point;
  self->drag_point = 0;
  if (id == 0 || !self->drag_moved)
    return;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!myo_session_move_point (self->session, id, self->drag_position.x, self->drag_position.y,
                               &error))
    g_signal_emit (self, _myo_body_map_signals[ADD_FAILED], 0, error->message);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            MyoBodyMap      *self)
{
  self->keyboard_used = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  _myo_body_map_update_cursor_visible (self);
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             MyoBodyMap      *self)
{
  /* With the brush, the drag gesture paints even a press that never moves */
  if (self->drag_moved || is_painting (self))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _myo_body_map_click (self, x, y);
}

static void
drag_begun_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               MyoBodyMap     *self)
{
  begin_drag (self, x, y);
}

static void
drag_updated_cb (GtkGestureDrag *gesture,
                 double          offset_x,
                 double          offset_y,
                 MyoBodyMap     *self)
{
  if (update_drag (self, self->press_x + offset_x, self->press_y + offset_y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
drag_ended_cb (GtkGestureDrag *gesture,
               double          offset_x,
               double          offset_y,
               MyoBodyMap     *self)
{
  end_drag (self, self->press_x + offset_x, self->press_y + offset_y);
}

static void
drag_cancelled_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   MyoBodyMap       *self)
{
  self->drag_point = 0;
  g_array_set_size (self->stroke, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pointer_moved_cb (GtkEventControllerMotion *controller,
                  double                    x,
                  double                    y,
                  MyoBodyMap               *self)
{
  update_hover (self, x, y, TRUE);
}

static void
pointer_left_cb (GtkEventControllerMotion *controller,
                 MyoBodyMap               *self)
{
  update_hover (self, 0, 0, FALSE);
}

static void
move_cursor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  move_cursor_to (self, self->cursor.x + dx, self->cursor.y + dy);
  keyboard_moved (self);
}

static void
jump_region_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);

  jump_regions (self, g_variant_get_int32 (parameter));
  keyboard_moved (self);
}

/* Behaves as a click at the cursor: on a point it opens that point */
static void
add_at_cursor_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  double wx, wy;

  myo_body_map_diagram_to_widget (self, self->cursor.x, self->cursor.y, &wx, &wy);
  _myo_body_map_click (self, wx, wy);
  keyboard_moved (self);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  guint id = self->selected_point;

  if (id != 0 && myo_session_remove_point (self->session, id))
    g_signal_emit (self, _myo_body_map_signals[POINT_REMOVED], 0, id);
}

static void
add_cursor_bindings (GtkWidgetClass *widget_class,
                     guint           keyval,
                     guint           kp_keyval,
                     double          dx,
                     double          dy)
{
  const guint keyvals[] = { keyval, kp_keyval };

  for (guint i = 0; i < G_N_ELEMENTS (keyvals); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, keyvals[i], 0,
                                           "map.move-cursor", "(dd)",
                                           dx * CURSOR_STEP, dy * CURSOR_STEP);
      gtk_widget_class_add_binding_action (widget_class, keyvals[i], GDK_SHIFT_MASK,
                                           "map.move-cursor", "(dd)",
                                           dx * CURSOR_FINE_STEP, dy * CURSOR_FINE_STEP);
    }
}

/* The map's actions and their keys: arrows move the cursor (Shift for
 * small steps), Enter or Space adds at it, Page Down and Page Up walk the
 * regions, Delete removes the selected point */
void
_myo_body_map_class_init_input (GtkWidgetClass *widget_class)
{
  static const guint add_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_space };
  static const guint delete_keys[] = { GDK_KEY_Delete, GDK_KEY_KP_Delete, GDK_KEY_BackSpace };

  gtk_widget_class_install_action (widget_class, "map.move-cursor", "(dd)", move_cursor_action);
  gtk_widget_class_install_property_action (widget_class, "map.tool", "tool");
  gtk_widget_class_install_action (widget_class, "map.add-at-cursor", NULL, add_at_cursor_action);
  gtk_widget_class_install_action (widget_class, "map.jump-region", "i", jump_region_action);
  gtk_widget_class_install_action (widget_class, "map.delete-selected", NULL,
                                   delete_selected_action);

  add_cursor_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, -1, 0);
  add_cursor_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 1, 0);
  add_cursor_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 0, -1);
  add_cursor_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 0, 1);
  for (guint i = 0; i < G_N_ELEMENTS (add_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, add_keys[i], 0, "map.add-at-cursor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "map.jump-region", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "map.jump-region", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "map.jump-region", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "map.jump-region", "i", -1);
  for (guint i = 0; i < G_N_ELEMENTS (delete_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, delete_keys[i], 0,
                                         "map.delete-selected", NULL);
}

/* Pressing, dragging and hovering with the pointer */
void
_myo_body_map_init_input (MyoBodyMap *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click;
  GtkGesture *drag;
  GtkEventController *motion;

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begun_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_updated_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_ended_cb), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (drag_cancelled_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_moved_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (pointer_left_cb), self);
  gtk_widget_add_controller (widget, motion);
}

/* What a click or tap at (@wx, @wy) does: open the point there, or add one */
void
_myo_body_map_click (MyoBodyMap *self,
                     double      wx,
                     double      wy)
{
  g_autoptr(GError) error = NULL;
  double dx, dy;
  guint id;

  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (self->session == NULL || self->view == NULL || self->read_only)
    return;

  if (myo_body_map_widget_to_diagram (self, wx, wy, &dx, &dy))
    move_cursor_to (self, dx, dy);

  if (self->browse)
    {
      g_signal_emit (self, _myo_body_map_signals[LOCATION_ACTIVATED], 0, dx, dy);
      return;
    }

  if ((id = find_point_at (self, wx, wy)) != 0)
    {
      myo_body_map_set_selected_point (self, id);
      g_signal_emit (self, _myo_body_map_signals[POINT_ACTIVATED], 0, id, wx, wy);
      return;
    }

  id = myo_session_add_point (self->session, self->view->id, dx, dy, self->default_intensity,
                              MYO_QUALITY_NONE, &error);
  if (id == 0)
    {
      g_signal_emit (self, _myo_body_map_signals[ADD_FAILED], 0, error->message);
      return;
    }

  myo_body_map_set_selected_point (self, id);
  g_signal_emit (self, _myo_body_map_signals[POINT_ADDED], 0, id);
}

void
_myo_body_map_hover (MyoBodyMap *self,
                     double      wx,
                     double      wy)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));
  update_hover (self, wx, wy, TRUE);
}

/* A press at the start, a move and a release at the end, as the gestures
 * report them */
void
_myo_body_map_drag (MyoBodyMap *self,
                    double      start_wx,
                    double      start_wy,
                    double      end_wx,
                    double      end_wy)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  begin_drag (self, start_wx, start_wy);
  update_drag (self, end_wx, end_wy);
  end_drag (self, end_wx, end_wy);
}

void
_myo_body_map_get_cursor (MyoBodyMap *self,
                          double     *dx,
                          double     *dy)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  *dx = self->cursor.x;
  *dy = self->cursor.y;
}
