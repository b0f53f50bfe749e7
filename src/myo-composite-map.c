/* myo-composite-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "myo-diagram.h"
#include "myo-composite-map.h"
#include "myo-density.h"
#include "myo-history-page-private.h"

/* The diagram is rendered once per size, scale and view into a texture, as
 * the body map does. The density of the points marked (MyoDensity, in core)
 * is turned into a small image that is scaled over the diagram: it is
 * recomputed only when the journal, the view or the range changes. */


/* Widget pixels */
#define MARGIN     8.0

/* Widget pixels */
#define MIN_HEIGHT      120
#define NATURAL_HEIGHT  420

/* Rows of the density grid; columns follow the view's aspect */
#define GRID_ROWS  144


struct _MyoCompositeMap
{
  GtkWidget        parent_instance;

  /* Owned */
  MyoJournal      *journal;
  MyoKb           *kb;
  char            *view_id;
  GdkTexture      *texture;
  MyoDensity      *density;
  cairo_surface_t *heat;
  gulong           items_changed_id;

  /* Borrowed from the knowledge base */
  const MyoView   *view;

  /* What the cached texture was rendered for */
  MyoDiagramSize   texture_size;

  /* State */
  int              days;
  guint            n_points;
  guint            n_sessions;
  guint            render_count;
  guint            grid_count;
};

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_KB,
  PROP_VIEW_ID,
  PROP_DAYS,
  PROP_N_POINTS,
  PROP_N_SESSIONS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MyoCompositeMap, myo_composite_map, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

/* The fit of the view into the allocation: aspect kept, centred */
static gboolean
get_fit (MyoCompositeMap *self,
         double          *scale,
         double          *x0,
         double          *y0)
{
  return myo_diagram_fit_widget (GTK_WIDGET (self), self->view, MARGIN, scale, x0, y0);
}

static void
ensure_texture (MyoCompositeMap *self,
                int              width,
                int              height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  graphene_rect_t viewport;

  if (!myo_diagram_size_update (&self->texture_size, self->view, width, height, scale, FALSE))
    return;

  g_clear_object (&self->texture);
  myo_diagram_get_viewport (GTK_WIDGET (self), self->view, MARGIN, &viewport);
  self->texture = myo_diagram_get_texture (self->view, width, height, scale, &viewport, &error);
  if (self->texture == NULL)
    g_warning ("Cannot draw the diagram %s: %s", self->view->file, error->message);

  self->render_count++;
}

/* Transparent where nothing was marked, orange, then red where most was */
static guint32
heat_pixel (float t)
{
  double alpha, mix, r, g, b;

  if (t < 0.02f)
    return 0;

  alpha = 0.2 + 0.65 * pow (t, 0.7);
  mix = CLAMP ((t - 0.3) / 0.7, 0, 1);
  r = 0xff + (0xc0 - 0xff) * mix;
  g = 0x78 + (0x1c - 0x78) * mix;
  b = 0x00 + (0x28 - 0x00) * mix;

  return ((guint32) round (alpha * 255) << 24) |
         ((guint32) round (r * alpha) << 16) |
         ((guint32) round (g * alpha) << 8) |
         (guint32) round (b * alpha);
}

static void
make_heat_surface (MyoCompositeMap *self)
{
  const float *grid;
  guint cols, rows;
  float max;
  guchar *data;
  int stride;

  g_clear_pointer (&self->heat, cairo_surface_destroy);
  if (self->density == NULL || (max = myo_density_get_max (self->density)) <= 0)
    return;

  grid = myo_density_get_grid (self->density);
  cols = myo_density_get_cols (self->density);
  rows = myo_density_get_rows (self->density);
  self->heat = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cols, rows);
  cairo_surface_flush (self->heat);
  data = cairo_image_surface_get_data (self->heat);
  stride = cairo_image_surface_get_stride (self->heat);

  for (guint y = 0; y < rows; y++)
    {
      guint32 *row = (guint32 *) (gpointer) (data + y * stride);

      for (guint x = 0; x < cols; x++)
        row[x] = heat_pixel (grid[y * cols + x] / max);
    }

  cairo_surface_mark_dirty (self->heat);
}

static const MyoRegion *
lookup_region (MyoKb      *kb,
               const char *id)
{
  GPtrArray *regions = myo_kb_get_regions (kb);

  for (guint i = 0; i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);

      if (g_strcmp0 (region->id, id) == 0)
        return region;
    }

  return NULL;
}

static void
update_accessible_label (MyoCompositeMap *self,
                         const char      *top_place)
{
  g_autofree char *period = NULL;
  g_autofree char *label = NULL;
  const char *view_name;

  if (self->view == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pain map"),
                                      -1);
      return;
    }

  /* The view's label as on its button ("Back"): not lowercased, since not
   * every language lowercases nouns */
  view_name = self->view->label;
  if (self->days > 0)
    period = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the last %d day", "the last %d days",
                                           self->days),
                              self->days);
  else
    period = g_strdup (_("all time"));

  /* Sessions count painted areas too */
  if (self->n_sessions == 0)
    /* Translators: e.g. “Pain map of the Back view, the last 30 days: no pain marked.” */
    label = g_strdup_printf (_("Pain map of the %s view, %s: no pain marked."), view_name, period);
  else
    /* Translators: e.g. “Pain map of the Back view, the last 30 days: 42 points
     * from 18 sessions, most often at Left leg · back of knee.” */
    label = g_strdup_printf (_("Pain map of the %s view, %s: %u points from %u sessions, most often at %s."),
                             view_name, period, self->n_points, self->n_sessions, top_place);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
update_grid (MyoCompositeMap *self)
{
  g_autoptr(GDateTime) cutoff = NULL;
  g_autofree char *top_place = NULL;
  guint old_points = self->n_points;
  guint old_sessions = self->n_sessions;
  const char *top_region;
  MyoSide top_side;

  self->grid_count++;
  self->n_points = 0;
  self->n_sessions = 0;
  g_clear_object (&self->density);

  if (self->view == NULL || self->journal == NULL)
    goto out;

  if (self->days > 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      cutoff = g_date_time_add_days (now, -self->days);
    }

  self->density = myo_density_new (self->view, GRID_ROWS);
  myo_density_collect (self->density, G_LIST_MODEL (self->journal), cutoff);
  self->n_points = myo_density_get_n_points (self->density);
  self->n_sessions = myo_density_get_n_sessions (self->density);

  top_region = myo_density_get_top_region (self->density, &top_side);
  if (top_region != NULL)
    {
      const MyoRegion *region = lookup_region (self->kb, top_region);

      /* Translators: a leg, then a region of it, e.g. “Left leg · back of knee” */
      top_place = g_strdup_printf (_("%s · %s"), myo_side_get_label (top_side),
                                   region != NULL ? region->name : top_region);
    }

out:
  make_heat_surface (self);
  update_accessible_label (self, top_place);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (old_points != self->n_points)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_POINTS]);
  if (old_sessions != self->n_sessions)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SESSIONS]);
}

static void
resolve_view (MyoCompositeMap *self)
{
  const MyoView *view = NULL;

  if (self->kb != NULL)
    {
      GPtrArray *views = myo_kb_get_views (self->kb);

      if (self->view_id != NULL)
        view = myo_kb_lookup_view (self->kb, self->view_id);
      else if (views->len > 0)
        view = g_ptr_array_index (views, 0);
    }

  if (view != self->view)
    {
      self->view = view;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }

  update_grid (self);
}

static void
items_changed_cb (MyoCompositeMap *self)
{
  update_grid (self);
}

static void
scale_factor_changed_cb (MyoCompositeMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
myo_composite_map_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  MyoCompositeMap *self = MYO_COMPOSITE_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  g_autoptr(cairo_t) cr = NULL;
  double scale, x0, y0;

  if (self->view == NULL || width <= 0 || height <= 0)
    return;

  ensure_texture (self, width, height);
  if (self->texture != NULL)
    gtk_snapshot_append_texture (snapshot, self->texture, &bounds);

  if (self->heat == NULL || !get_fit (self, &scale, &x0, &y0))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_translate (cr, x0, y0);
  cairo_scale (cr, scale * myo_density_get_cell (self->density),
               scale * myo_density_get_cell (self->density));
  cairo_set_source_surface (cr, self->heat, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
}

static void
myo_composite_map_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  MyoCompositeMap *self = MYO_COMPOSITE_MAP (widget);
  /* Width over height: the history shows each view at the same height,
   * side by side, each as wide as its diagram */
  double aspect = self->view != NULL ? (double) self->view->width / self->view->height : 400. / 900.;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ceil (MIN_HEIGHT * aspect);
      *natural = (int) ceil (NATURAL_HEIGHT * aspect);
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
myo_composite_map_dispose (GObject *object)
{
  MyoCompositeMap *self = MYO_COMPOSITE_MAP (object);

  if (self->journal != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->journal);
  g_clear_object (&self->journal);
  g_clear_object (&self->kb);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->heat, cairo_surface_destroy);
  self->view = NULL;

  G_OBJECT_CLASS (myo_composite_map_parent_class)->dispose (object);
}

static void
myo_composite_map_finalize (GObject *object)
{
  MyoCompositeMap *self = MYO_COMPOSITE_MAP (object);

  g_clear_pointer (&self->view_id, g_free);
  myo_diagram_size_clear (&self->texture_size);
  g_clear_object (&self->density);

  G_OBJECT_CLASS (myo_composite_map_parent_class)->finalize (object);
}

static void
myo_composite_map_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MyoCompositeMap *self = MYO_COMPOSITE_MAP (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    case PROP_VIEW_ID:
      g_value_set_string (value, myo_composite_map_get_view_id (self));
      break;

    case PROP_DAYS:
      g_value_set_int (value, self->days);
      break;

    case PROP_N_POINTS:
      g_value_set_uint (value, self->n_points);
      break;

    case PROP_N_SESSIONS:
      g_value_set_uint (value, self->n_sessions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_composite_map_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MyoCompositeMap *self = MYO_COMPOSITE_MAP (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      myo_composite_map_set_journal (self, g_value_get_object (value));
      break;

    case PROP_KB:
      myo_composite_map_set_kb (self, g_value_get_object (value));
      break;

    case PROP_VIEW_ID:
      myo_composite_map_set_view_id (self, g_value_get_string (value));
      break;

    case PROP_DAYS:
      myo_composite_map_set_days (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_composite_map_class_init (MyoCompositeMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_composite_map_dispose;
  object_class->finalize = myo_composite_map_finalize;
  object_class->get_property = myo_composite_map_get_property;
  object_class->set_property = myo_composite_map_set_property;

  widget_class->snapshot = myo_composite_map_snapshot;
  widget_class->measure = myo_composite_map_measure;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         MYO_TYPE_JOURNAL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VIEW_ID] =
    g_param_spec_string ("view-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoCompositeMap:days:
   *
   * How many days back from now the sessions shown reach; 0 for all time.
   */
  properties[PROP_DAYS] =
    g_param_spec_int ("days", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_POINTS] =
    g_param_spec_uint ("n-points", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_SESSIONS] =
    g_param_spec_uint ("n-sessions", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "compositemap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
myo_composite_map_init (MyoCompositeMap *self)
{
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);
  update_accessible_label (self, NULL);
}

GtkWidget *
myo_composite_map_new (void)
{
  return g_object_new (MYO_TYPE_COMPOSITE_MAP, NULL);
}

/**
 * myo_composite_map_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal shown
 */
MyoJournal *
myo_composite_map_get_journal (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), NULL);
  return self->journal;
}

void
myo_composite_map_set_journal (MyoCompositeMap *self,
                               MyoJournal      *journal)
{
  g_return_if_fail (MYO_IS_COMPOSITE_MAP (self));
  g_return_if_fail (!journal || MYO_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->journal);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    self->items_changed_id = g_signal_connect_swapped (journal, "items-changed",
                                                       G_CALLBACK (items_changed_cb), self);

  update_grid (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

/**
 * myo_composite_map_get_kb:
 *
 * Returns: (transfer none) (nullable): the knowledge base the views come from
 */
MyoKb *
myo_composite_map_get_kb (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), NULL);
  return self->kb;
}

void
myo_composite_map_set_kb (MyoCompositeMap *self,
                          MyoKb           *kb)
{
  g_return_if_fail (MYO_IS_COMPOSITE_MAP (self));
  g_return_if_fail (!kb || MYO_IS_KB (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  resolve_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KB]);
}

/**
 * myo_composite_map_get_view_id:
 *
 * Returns: (nullable): the view shown, which is the first view of the
 *   knowledge base until one is chosen
 */
const char *
myo_composite_map_get_view_id (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), NULL);
  return self->view != NULL ? self->view->id : self->view_id;
}

void
myo_composite_map_set_view_id (MyoCompositeMap *self,
                               const char      *view_id)
{
  g_return_if_fail (MYO_IS_COMPOSITE_MAP (self));

  if (g_strcmp0 (self->view_id, view_id) == 0)
    return;

  g_free (self->view_id);
  self->view_id = g_strdup (view_id);
  resolve_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_ID]);
}

int
myo_composite_map_get_days (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), 0);
  return self->days;
}

void
myo_composite_map_set_days (MyoCompositeMap *self,
                            int              days)
{
  g_return_if_fail (MYO_IS_COMPOSITE_MAP (self));
  g_return_if_fail (days >= 0);

  if (self->days == days)
    return;

  self->days = days;
  update_grid (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
}

/**
 * myo_composite_map_get_n_points:
 *
 * Returns: how many points, of the sessions in range, are on the view
 */
guint
myo_composite_map_get_n_points (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), 0);
  return self->n_points;
}

/**
 * myo_composite_map_get_n_sessions:
 *
 * Returns: how many sessions in range have a point on the view
 */
guint
myo_composite_map_get_n_sessions (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), 0);
  return self->n_sessions;
}

/* Private API, for the tests */

double
_myo_composite_map_get_grid_max (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), 0);
  return self->density != NULL ? myo_density_get_max (self->density) : 0;
}

guint
_myo_composite_map_get_grid_count (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), 0);
  return self->grid_count;
}

guint
_myo_composite_map_get_render_count (MyoCompositeMap *self)
{
  g_return_val_if_fail (MYO_IS_COMPOSITE_MAP (self), 0);
  return self->render_count;
}
