/* myo-body-map.c: the widget (its properties, size and frames); its
 * overlays are drawn in myo-body-map-overlays.c, its input handled in
 * myo-body-map-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "myo-diagram.h"
#include "myo-body-map.h"
#include "myo-body-map-private.h"
#include "myo-map-render.h"

/* The diagram is drawn once into a render node for the current size, scale,
 * view and renderer; pain points, zones, hover and the cursor are drawn over
 * it on every frame, through the one diagram-to-widget transform, each in a
 * cairo node just big enough for it. GTK compares a frame's nodes with the
 * last frame's and repaints only where they differ: the same diagram node
 * and a few small overlays mean a hover or a click repaints a few small
 * rectangles, never the whole map (tests/bench measures it). */

static const char * const tool_names[] = { "point", "paint", "erase" };

/* Widget pixels. MARGIN keeps outlines and rings at the edge visible. */
#define MARGIN            12.0
#define POINT_RADIUS       9.0

/* Widget pixels per diagram unit at which a point is POINT_RADIUS: a
 * larger map (presentation mode) draws larger points, up to three times */
#define POINT_REFERENCE_SCALE  0.7

G_DEFINE_FINAL_TYPE (MyoBodyMap, myo_body_map, GTK_TYPE_WIDGET)

GParamSpec *_myo_body_map_properties[N_PROPS];
guint _myo_body_map_signals[N_SIGNALS];

/* The fit of the view into the allocation: aspect kept, centred */
gboolean
_myo_body_map_get_fit (MyoBodyMap *self,
                       double     *scale,
                       double     *x0,
                       double     *y0)
{
  return myo_diagram_fit_widget (GTK_WIDGET (self), self->view, MARGIN, scale, x0, y0);
}

static const char *
get_effective_view_id (MyoBodyMap *self)
{
  return self->view != NULL ? self->view->id : self->view_id;
}

/* The place a point is drawn: where it is being dragged, or where it is */
MyoPoint
_myo_body_map_get_point_position (MyoBodyMap         *self,
                                  const MyoPainPoint *point)
{
  if (point->id == self->drag_point && self->drag_moved)
    return self->drag_position;

  return (MyoPoint) { point->x, point->y };
}

/* The radius pain points are drawn with, in widget pixels */
double
_myo_body_map_get_point_radius (MyoBodyMap *self)
{
  double scale, x0, y0;

  if (!self->scale_points)
    return POINT_RADIUS;

  _myo_body_map_get_fit (self, &scale, &x0, &y0);
  return POINT_RADIUS * CLAMP (scale / POINT_REFERENCE_SCALE, 1, 3);
}

static void
update_actions (MyoBodyMap *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_view = self->session != NULL && self->view != NULL;
  gboolean has_selection = self->session != NULL && self->selected_point != 0 &&
                           myo_session_lookup_point (self->session, self->selected_point) != NULL;

  gtk_widget_action_set_enabled (widget, "map.move-cursor", has_view);
  gtk_widget_action_set_enabled (widget, "map.jump-region", has_view);
  /* Read-only, Enter and Space are left to the window (the routine's
   * countdown) */
  gtk_widget_action_set_enabled (widget, "map.add-at-cursor", has_view && !self->read_only);
  gtk_widget_action_set_enabled (widget, "map.delete-selected", has_selection && !self->read_only);
}

static void
update_accessible_label (MyoBodyMap *self)
{
  g_autoptr(GString) label = g_string_new (NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  if (self->view == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Leg diagram"),
                                      -1);
      return;
    }

  /* Translators: the view's label as on its button, e.g. “Back” or “Soles”;
   * it is not lowercased, since not every language lowercases nouns */
  g_string_append_printf (label, _("Leg diagram, %s view."), self->view->label);

  for (guint i = 0; self->session != NULL && i < myo_session_get_n_points (self->session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (self->session, i);

      if (point->view == self->view)
        g_ptr_array_add (labels, myo_pain_point_dup_label (point));
    }

  g_string_append_c (label, ' ');
  if (labels->len == 0)
    g_string_append (label, _("No pain points marked."));
  else
    g_string_append_printf (label,
                            g_dngettext (GETTEXT_PACKAGE, "%u pain point:", "%u pain points:",
                                         labels->len),
                            labels->len);

  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append_c (label, ' ');
      g_string_append (label, g_ptr_array_index (labels, i));
      g_string_append_c (label, i + 1 < labels->len ? ';' : '.');
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
}

/* Resolves the view against the current session's knowledge base */
static void
resolve_view (MyoBodyMap *self)
{
  const MyoView *view = NULL;

  if (self->session != NULL)
    {
      MyoKb *kb = myo_session_get_kb (self->session);
      GPtrArray *views = myo_kb_get_views (kb);

      if (self->view_id != NULL)
        view = myo_kb_lookup_view (kb, self->view_id);
      else if (views->len > 0)
        view = g_ptr_array_index (views, 0);
    }

  if (view == self->view)
    return;

  self->view = view;
  self->hover_region = NULL;
  _myo_body_map_clear_overlays (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  _myo_body_map_reset_cursor (self);
  update_actions (self);
  update_accessible_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
ensure_diagram (MyoBodyMap *self,
                int         width,
                int         height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  gboolean for_cairo = renderer == NULL || GSK_IS_CAIRO_RENDERER (renderer);
  g_autoptr(GError) error = NULL;
  graphene_rect_t viewport;

  if (!myo_diagram_size_update (&self->diagram_size, self->view, width, height, scale, for_cairo))
    return;

  g_clear_pointer (&self->diagram, gsk_render_node_unref);
  myo_diagram_get_viewport (GTK_WIDGET (self), self->view, MARGIN, &viewport);

  /* The raster kept at the last start when it is the same: librsvg's work
   * was an eighth of the first frame's */
  self->diagram = myo_diagram_lookup_node (self->view, width, height, scale, &viewport, for_cairo);
  if (self->diagram == NULL)
    self->diagram = myo_diagram_keep_node (self->view, width, height, scale, &viewport, for_cairo, &error);
  if (self->diagram == NULL)
    g_warning ("Cannot draw the diagram %s: %s", self->view->file, error->message);

  self->render_count++;
}

/* Callbacks */

static void
session_changed_cb (MyoBodyMap *self,
                    MyoSession *session)
{
  if (self->selected_point != 0 &&
      myo_session_lookup_point (session, self->selected_point) == NULL)
    myo_body_map_set_selected_point (self, 0);

  self->areas_serial++;
  update_actions (self);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scale_factor_changed_cb (MyoBodyMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Overrides */

static void
myo_body_map_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  int request_width, request_height;

  /* A map given a size (the routine's small copy) asks for no more */
  gtk_widget_get_size_request (widget, &request_width, &request_height);
  if (request_width > 0 && request_height > 0)
    {
      *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? request_width : request_height;
      return;
    }

  /* Browsing shows several views side by side, each smaller */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->browse ? 150 : 200;
      *natural = self->browse ? 220 : 400;
    }
  else
    {
      *minimum = 300;
      *natural = 800;
      if (self->view != NULL)
        *natural = CLAMP (400 * self->view->height / self->view->width, 300, 800);
    }
}

/* The window points a popover at a pain point; popovers need presenting */
static void
myo_body_map_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
myo_body_map_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  MyoBodyMap *self = MYO_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->view == NULL || width <= 0 || height <= 0)
    return;

  ensure_diagram (self, width, height);
  if (self->diagram != NULL)
    gtk_snapshot_append_node (snapshot, self->diagram);

  _myo_body_map_snapshot_overlays (self, snapshot);
}

static void
myo_body_map_state_flags_changed (GtkWidget     *widget,
                                  GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  if (changed & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    _myo_body_map_update_cursor_visible (MYO_BODY_MAP (widget));

  GTK_WIDGET_CLASS (myo_body_map_parent_class)->state_flags_changed (widget, previous);
}

static void
myo_body_map_dispose (GObject *object)
{
  MyoBodyMap *self = MYO_BODY_MAP (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->session != NULL)
    g_clear_signal_handler (&self->session_changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->match);
  g_clear_object (&self->reveal_animation);
  g_clear_pointer (&self->diagram, gsk_render_node_unref);
  _myo_body_map_clear_overlays (self);
  self->view = NULL;
  self->highlight = NULL;
  self->hover_region = NULL;

  G_OBJECT_CLASS (myo_body_map_parent_class)->dispose (object);
}

static void
myo_body_map_finalize (GObject *object)
{
  MyoBodyMap *self = MYO_BODY_MAP (object);

  g_clear_pointer (&self->view_id, g_free);
  myo_diagram_size_clear (&self->diagram_size);
  g_clear_pointer (&self->stroke, g_array_unref);
  g_clear_pointer (&self->cursor_place, g_free);

  G_OBJECT_CLASS (myo_body_map_parent_class)->finalize (object);
}

static void
myo_body_map_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MyoBodyMap *self = MYO_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_VIEW_ID:
      g_value_set_string (value, myo_body_map_get_view_id (self));
      break;

    case PROP_MATCH:
      g_value_set_object (value, self->match);
      break;

    case PROP_HIGHLIGHT:
      g_value_set_string (value, self->highlight != NULL ? self->highlight->id : NULL);
      break;

    case PROP_SELECTED_POINT:
      g_value_set_uint (value, self->selected_point);
      break;

    case PROP_DEFAULT_INTENSITY:
      g_value_set_int (value, self->default_intensity);
      break;

    case PROP_REVEAL:
      g_value_set_double (value, self->reveal);
      break;

    case PROP_BROWSE:
      g_value_set_boolean (value, self->browse);
      break;

    case PROP_TOOL:
      g_value_set_string (value, tool_names[self->tool]);
      break;

    case PROP_BRUSH_RADIUS:
      g_value_set_double (value, self->brush_radius);
      break;

    case PROP_CURSOR_PLACE:
      g_value_set_string (value, self->cursor_place);
      break;

    case PROP_CURSOR_VISIBLE:
      g_value_set_boolean (value, self->cursor_visible);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_body_map_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MyoBodyMap *self = MYO_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      myo_body_map_set_session (self, g_value_get_object (value));
      break;

    case PROP_VIEW_ID:
      myo_body_map_set_view_id (self, g_value_get_string (value));
      break;

    case PROP_MATCH:
      myo_body_map_set_match (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_POINT:
      myo_body_map_set_selected_point (self, g_value_get_uint (value));
      break;

    case PROP_DEFAULT_INTENSITY:
      myo_body_map_set_default_intensity (self, g_value_get_int (value));
      break;

    case PROP_REVEAL:
      myo_body_map_set_reveal (self, g_value_get_double (value));
      break;

    case PROP_BROWSE:
      myo_body_map_set_browse (self, g_value_get_boolean (value));
      break;

    case PROP_TOOL:
      myo_body_map_set_tool (self, g_value_get_string (value));
      break;

    case PROP_BRUSH_RADIUS:
      myo_body_map_set_brush_radius (self, g_value_get_double (value));
      break;

    case PROP_READ_ONLY:
      myo_body_map_set_read_only (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_body_map_class_init (MyoBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_body_map_dispose;
  object_class->finalize = myo_body_map_finalize;
  object_class->get_property = myo_body_map_get_property;
  object_class->set_property = myo_body_map_set_property;

  widget_class->measure = myo_body_map_measure;
  widget_class->size_allocate = myo_body_map_size_allocate;
  widget_class->snapshot = myo_body_map_snapshot;
  widget_class->state_flags_changed = myo_body_map_state_flags_changed;

  _myo_body_map_properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         MYO_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* NULL shows the knowledge base's first view */
  _myo_body_map_properties[PROP_VIEW_ID] =
    g_param_spec_string ("view-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _myo_body_map_properties[PROP_MATCH] =
    g_param_spec_object ("match", NULL, NULL,
                         MYO_TYPE_MATCH,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The highlighted trigger point's id. Read-only: a trigger point is not a
   * GType, and it takes a side too; set it with myo_body_map_set_highlight(). */
  _myo_body_map_properties[PROP_HIGHLIGHT] =
    g_param_spec_string ("highlight", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _myo_body_map_properties[PROP_SELECTED_POINT] =
    g_param_spec_uint ("selected-point", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _myo_body_map_properties[PROP_DEFAULT_INTENSITY] =
    g_param_spec_int ("default-intensity", NULL, NULL,
                      MYO_INTENSITY_MIN, MYO_INTENSITY_MAX, MYO_INTENSITY_DEFAULT,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How many reveal stages show (fractions fade the next one in), or a
   * negative number for everything: see myo_body_map_get_n_stages() */
  _myo_body_map_properties[PROP_REVEAL] =
    g_param_spec_double ("reveal", NULL, NULL,
                         -1, G_MAXDOUBLE, -1,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Browsing the knowledge base: a click marks nothing, it asks what
   * refers there (MyoBodyMap::location-activated) */
  _myo_body_map_properties[PROP_BROWSE] =
    g_param_spec_boolean ("browse", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What a press and a drag do: "point" adds and moves points, "paint"
   * paints an area with the brush, "erase" erases painted areas */
  _myo_body_map_properties[PROP_TOOL] =
    g_param_spec_string ("tool", NULL, NULL,
                         "point",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The brush radius, in diagram units */
  _myo_body_map_properties[PROP_BRUSH_RADIUS] =
    g_param_spec_double ("brush-radius", NULL, NULL,
                         MYO_AREA_RADIUS_MIN, MYO_AREA_RADIUS_MAX, MYO_AREA_RADIUS_DEFAULT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MyoBodyMap:cursor-place:
   *
   * Where the keyboard cursor is, e.g. "Left leg · back of knee", or
   * "outside the legs"; %NULL without a view.
   */
  _myo_body_map_properties[PROP_CURSOR_PLACE] =
    g_param_spec_string ("cursor-place", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoBodyMap:cursor-visible:
   *
   * Whether the keyboard cursor is drawn: while the map has the focus,
   * from the first key that moves it (or while GTK shows focus rings)
   * until the pointer is pressed.
   */
  _myo_body_map_properties[PROP_CURSOR_VISIBLE] =
    g_param_spec_boolean ("cursor-visible", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoBodyMap:read-only:
   *
   * A map that only shows: a click or tap adds, opens or moves nothing, and
   * Enter, Space and Delete go on to the window. The routine sets it while
   * it runs.
   */
  _myo_body_map_properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, _myo_body_map_properties);

  /**
   * MyoBodyMap::point-activated:
   * @id: the point
   * @x: where, in widget coordinates, to point a popover
   * @y: ditto
   *
   * Emitted when the person clicks an existing point, or presses Enter on it.
   */
  _myo_body_map_signals[POINT_ACTIVATED] =
    g_signal_new ("point-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  _myo_body_map_signals[POINT_ADDED] =
    g_signal_new ("point-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * MyoBodyMap::point-removed:
   *
   * Emitted after the map removed a point from the session, so the window
   * can offer to undo it.
   */
  _myo_body_map_signals[POINT_REMOVED] =
    g_signal_new ("point-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * MyoBodyMap::add-failed:
   * @message: what went wrong and what to do, for a toast
   *
   * Emitted when a point could not be added or moved there.
   */
  _myo_body_map_signals[ADD_FAILED] =
    g_signal_new ("add-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * MyoBodyMap::location-activated:
   * @x: diagram x
   * @y: diagram y
   *
   * Emitted in browse mode when the person clicks the diagram, or presses
   * Enter at the cursor.
   */
  _myo_body_map_signals[LOCATION_ACTIVATED] =
    g_signal_new ("location-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  _myo_body_map_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
myo_body_map_init (MyoBodyMap *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->default_intensity = MYO_INTENSITY_DEFAULT;
  self->reveal = -1;
  self->tool = TOOL_POINT;
  self->brush_radius = MYO_AREA_RADIUS_DEFAULT;
  self->stroke = g_array_new (FALSE, FALSE, sizeof (MyoPoint));

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);

  _myo_body_map_init_input (self);

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);

  update_actions (self);
  update_accessible_label (self);
}

/* Public API */

GtkWidget *
myo_body_map_new (MyoSession *session)
{
  g_return_val_if_fail (session == NULL || MYO_IS_SESSION (session), NULL);

  return g_object_new (MYO_TYPE_BODY_MAP, "session", session, NULL);
}

MyoSession *
myo_body_map_get_session (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return self->session;
}

void
myo_body_map_set_session (MyoBodyMap *self,
                          MyoSession *session)
{
  g_autofree char *old_view_id = NULL;
  MyoKb *old_kb;

  g_return_if_fail (MYO_IS_BODY_MAP (self));
  g_return_if_fail (session == NULL || MYO_IS_SESSION (session));

  if (self->session == session)
    return;

  old_view_id = g_strdup (get_effective_view_id (self));
  old_kb = self->session != NULL ? myo_session_get_kb (self->session) : NULL;

  /* Everything borrowed from the old knowledge base goes before it may */
  if (session == NULL || myo_session_get_kb (session) != old_kb)
    {
      myo_body_map_set_highlight (self, NULL, MYO_SIDE_LEFT);
      self->view = NULL;
      self->hover_region = NULL;
    }

  if (self->session != NULL)
    g_clear_signal_handler (&self->session_changed_id, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->session_changed_id = g_signal_connect_swapped (session, "changed",
                                                         G_CALLBACK (session_changed_cb), self);

  self->drag_point = 0;
  myo_body_map_set_selected_point (self, 0);
  _myo_body_map_clear_overlays (self);
  resolve_view (self);
  update_actions (self);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_SESSION]);
  if (g_strcmp0 (old_view_id, get_effective_view_id (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_VIEW_ID]);
}

/**
 * myo_body_map_get_view_id:
 *
 * Returns: (nullable): the view shown, or the one asked for while there is
 *   no session to look it up in
 */
const char *
myo_body_map_get_view_id (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return get_effective_view_id (self);
}

void
myo_body_map_set_view_id (MyoBodyMap *self,
                          const char *view_id)
{
  g_autofree char *old_view_id = NULL;

  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (g_strcmp0 (self->view_id, view_id) == 0)
    return;

  old_view_id = g_strdup (get_effective_view_id (self));
  g_free (self->view_id);
  self->view_id = g_strdup (view_id);
  resolve_view (self);

  if (g_strcmp0 (old_view_id, get_effective_view_id (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_VIEW_ID]);
}

MyoMatch *
myo_body_map_get_match (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return self->match;
}

void
myo_body_map_set_match (MyoBodyMap *self,
                        MyoMatch   *match)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));
  g_return_if_fail (match == NULL || MYO_IS_MATCH (match));

  if (g_set_object (&self->match, match))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_MATCH]);
    }
}

/**
 * myo_body_map_get_highlight:
 * @side: (out) (optional): the leg it is drawn on
 *
 * Returns: (nullable) (transfer none): the trigger point drawn with its zones
 */
const MyoTriggerPoint *
myo_body_map_get_highlight (MyoBodyMap *self,
                            MyoSide    *side)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);

  if (side != NULL)
    *side = self->highlight_side;

  return self->highlight;
}

/**
 * myo_body_map_set_highlight:
 * @trp: (nullable): a trigger point of the session's knowledge base, or
 *   %NULL for none
 * @side: the leg to draw it on
 *
 * Draws @trp's location and referral zones, mirrored to @side. Points
 * the match says it does not explain are dimmed.
 */
void
myo_body_map_set_highlight (MyoBodyMap            *self,
                            const MyoTriggerPoint *trp,
                            MyoSide                side)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (trp == NULL)
    side = MYO_SIDE_LEFT;

  if (self->highlight == trp && self->highlight_side == side)
    return;

  self->highlight = trp;
  self->highlight_side = side;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_HIGHLIGHT]);
}

double
myo_body_map_get_reveal (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), -1);
  return self->reveal;
}

/**
 * myo_body_map_set_reveal:
 * @reveal: how many stages show, or a negative number for all
 *
 * Shows the highlight's spot and zones one after another, for a person
 * to see the pattern build up: myo_body_map_play_reveal() runs @reveal
 * from 0 to myo_body_map_get_n_stages().
 */
void
myo_body_map_set_reveal (MyoBodyMap *self,
                         double      reveal)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (reveal < 0)
    reveal = -1;

  if (self->reveal == reveal)
    return;

  self->reveal = reveal;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_REVEAL]);
}

gboolean
myo_body_map_get_browse (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);
  return self->browse;
}

void
myo_body_map_set_browse (MyoBodyMap *self,
                         gboolean    browse)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  browse = !!browse;
  if (self->browse == browse)
    return;

  self->browse = browse;
  _myo_body_map_update_accessible_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_BROWSE]);
}

gboolean
myo_body_map_get_read_only (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);
  return self->read_only;
}

void
myo_body_map_set_read_only (MyoBodyMap *self,
                            gboolean    read_only)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;

  self->read_only = read_only;
  self->drag_point = 0;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_READ_ONLY]);
}

guint
myo_body_map_get_selected_point (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return self->selected_point;
}

void
myo_body_map_set_selected_point (MyoBodyMap *self,
                                 guint       id)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  if (self->selected_point == id)
    return;

  self->selected_point = id;
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_SELECTED_POINT]);
}

int
myo_body_map_get_default_intensity (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), MYO_INTENSITY_DEFAULT);
  return self->default_intensity;
}

void
myo_body_map_set_default_intensity (MyoBodyMap *self,
                                    int         intensity)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));
  g_return_if_fail (intensity >= MYO_INTENSITY_MIN && intensity <= MYO_INTENSITY_MAX);

  if (self->default_intensity == intensity)
    return;

  self->default_intensity = intensity;
  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_DEFAULT_INTENSITY]);
}

/**
 * myo_body_map_diagram_to_widget:
 *
 * Maps diagram coordinates (the view's SVG units) to widget coordinates.
 * Without a view or an allocation the mapping is the identity.
 */
void
myo_body_map_diagram_to_widget (MyoBodyMap *self,
                                double      dx,
                                double      dy,
                                double     *wx,
                                double     *wy)
{
  double scale, x0, y0;

  g_return_if_fail (MYO_IS_BODY_MAP (self));

  _myo_body_map_get_fit (self, &scale, &x0, &y0);
  *wx = x0 + dx * scale;
  *wy = y0 + dy * scale;
}

/**
 * myo_body_map_widget_to_diagram:
 *
 * The inverse of myo_body_map_diagram_to_widget(). @dx and @dy are set
 * even when the point is outside the drawn diagram.
 *
 * Returns: %TRUE if (@wx, @wy) falls on the drawn diagram
 */
gboolean
myo_body_map_widget_to_diagram (MyoBodyMap *self,
                                double      wx,
                                double      wy,
                                double     *dx,
                                double     *dy)
{
  double scale, x0, y0;
  gboolean fitted;

  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);

  fitted = _myo_body_map_get_fit (self, &scale, &x0, &y0);
  *dx = (wx - x0) / scale;
  *dy = (wy - y0) / scale;

  return fitted &&
         *dx >= 0 && *dx <= self->view->width &&
         *dy >= 0 && *dy <= self->view->height;
}

/**
 * myo_body_map_intensity_color:
 *
 * The colour a pain point of @intensity is drawn in, for legends to match:
 * yellow for 1–3, orange for 4–6, red for 7–10.
 */
void
myo_body_map_intensity_color (int      intensity,
                              GdkRGBA *rgba)
{
  guint32 rgb = myo_intensity_get_rgb (intensity);

  g_return_if_fail (rgba != NULL);

  rgba->red = ((rgb >> 16) & 0xff) / 255.f;
  rgba->green = ((rgb >> 8) & 0xff) / 255.f;
  rgba->blue = (rgb & 0xff) / 255.f;
  rgba->alpha = 1;
}

/* Private API, for the tests */

guint
_myo_body_map_get_render_count (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return self->render_count;
}

/* The reveal's animation, once one was played */
AdwAnimation *
_myo_body_map_get_reveal_animation (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return self->reveal_animation;
}

/* How many overlay nodes (zones, hover, a point, the cursor) were drawn */
guint
_myo_body_map_get_overlay_count (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return self->overlay_count;
}

/**
 * myo_body_map_set_tool:
 * @tool: "point", "paint" or "erase"
 */
void
myo_body_map_set_tool (MyoBodyMap *self,
                       const char *tool)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  for (guint i = 0; i < G_N_ELEMENTS (tool_names); i++)
    if (g_strcmp0 (tool, tool_names[i]) == 0)
      {
        if (self->tool == (Tool) i)
          return;

        self->tool = i;
        g_array_set_size (self->stroke, 0);
        g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_TOOL]);
        return;
      }

  g_warning ("Unknown map tool “%s”", tool);
}

const char *
myo_body_map_get_tool (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return tool_names[self->tool];
}

void
myo_body_map_set_brush_radius (MyoBodyMap *self,
                               double      radius)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  radius = CLAMP (radius, MYO_AREA_RADIUS_MIN, MYO_AREA_RADIUS_MAX);
  if (self->brush_radius == radius)
    return;

  self->brush_radius = radius;
  g_object_notify_by_pspec (G_OBJECT (self), _myo_body_map_properties[PROP_BRUSH_RADIUS]);
}

double
myo_body_map_get_brush_radius (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), 0);
  return self->brush_radius;
}

/**
 * myo_body_map_get_cursor_place:
 *
 * Returns: (nullable): where the keyboard cursor is, e.g. "Left leg · back
 *   of knee" or "outside the legs"
 */
const char *
myo_body_map_get_cursor_place (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), NULL);
  return self->cursor_place;
}

gboolean
myo_body_map_get_cursor_visible (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);
  return self->cursor_visible;
}

/**
 * myo_body_map_set_scale_points:
 *
 * Whether pain points grow with the map (presentation mode, where the
 * legs fill the screen) rather than keep one size.
 */
void
myo_body_map_set_scale_points (MyoBodyMap *self,
                               gboolean    scale_points)
{
  g_return_if_fail (MYO_IS_BODY_MAP (self));

  scale_points = !!scale_points;
  if (self->scale_points == scale_points)
    return;

  self->scale_points = scale_points;
  _myo_body_map_clear_overlays (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
myo_body_map_get_scale_points (MyoBodyMap *self)
{
  g_return_val_if_fail (MYO_IS_BODY_MAP (self), FALSE);
  return self->scale_points;
}
