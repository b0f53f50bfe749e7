/* myo-kb.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "myo-json.h"
#include "myo-kb-private.h"
G_DEFINE_FINAL_TYPE (MyoKb, myo_kb, G_TYPE_OBJECT)

G_DEFINE_QUARK (myo-kb-error-quark, myo_kb_error)

static void
myo_kb_finalize (GObject *object)
{
  MyoKb *self = (MyoKb *) object;

  g_clear_pointer (&self->disclaimer, g_free);
  g_clear_pointer (&self->red_flags, g_ptr_array_unref);
  g_clear_pointer (&self->trigger_points, g_ptr_array_unref);
  g_clear_pointer (&self->routines, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->muscles, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_hash_table_unref);

  G_OBJECT_CLASS (myo_kb_parent_class)->finalize (object);
}

static void
myo_kb_class_init (MyoKbClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_kb_finalize;
}

static void
myo_kb_init (MyoKb *self)
{
  _myo_kb_init_tables (self);
}

/* Public API */

/**
 * myo_kb_new_from_data:
 * @data: the JSON text
 * @length: its length in bytes
 * @filename: how to name the file in messages
 *
 * Loads and validates a knowledge base. On failure @error holds every
 * problem found, one per line, each as "FILE: $.json.path: message".
 *
 * The text people read (names, instructions, questions…) is translated
 * into the current language as it is loaded, from Myomap's catalogue with
 * the context "knowledge base"; ids and other data stay as written.
 *
 * Returns: (transfer full) (nullable): the knowledge base
 */
MyoKb *
myo_kb_new_from_data (const char  *data,
                      gsize        length,
                      const char  *filename,
                      GError     **error)
{
  g_autoptr(MyoKb) self = g_object_new (MYO_TYPE_KB, NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  guint n_unreported;

  n_unreported = _myo_kb_load (self, data, length, filename, problems);

  if (problems->len > 0)
    {
      g_autofree char *message = NULL;

      if (n_unreported > 0)
        g_ptr_array_add (problems,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: and %u more problem",
                                                       "%s: and %u more problems", n_unreported),
                                          filename, n_unreported));
      g_ptr_array_add (problems, NULL);
      message = g_strjoinv ("\n", (char **) problems->pdata);
      g_set_error_literal (error, MYO_KB_ERROR, MYO_KB_ERROR_INVALID, message);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * myo_kb_new_from_file:
 *
 * Returns: (transfer full) (nullable): the knowledge base in @path
 */
MyoKb *
myo_kb_new_from_file (const char  *path,
                      GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  if (!myo_file_read (path, &data, &length, &local_error))
    {
      g_set_error (error, MYO_KB_ERROR, MYO_KB_ERROR_INVALID, "%s: $: %s", path,
                   local_error->message);
      return NULL;
    }

  return myo_kb_new_from_data (data, length, path, error);
}

/**
 * myo_kb_new_from_resource:
 *
 * Returns: (transfer full) (nullable): the knowledge base embedded at @resource_path
 */
MyoKb *
myo_kb_new_from_resource (const char  *resource_path,
                          GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return myo_kb_new_from_data (data, length, resource_path, error);
}

/**
 * myo_kb_get_default:
 *
 * The knowledge base shipped inside Myomap. It is validated by the test
 * suite, so failing to load it is a programming error.
 *
 * Returns: (transfer full): the shipped knowledge base
 */
MyoKb *
myo_kb_get_default (void)
{
  g_autoptr(GError) error = NULL;
  MyoKb *kb = myo_kb_new_from_resource (MYO_KB_DEFAULT_RESOURCE, &error);

  if (kb == NULL)
    g_error ("The built-in knowledge base is broken: %s", error->message);

  return kb;
}

const char *
myo_kb_get_disclaimer (MyoKb *self)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return self->disclaimer;
}

/**
 * myo_kb_get_views:
 *
 * Returns: (transfer none) (element-type MyoView): the views, in display order
 */
GPtrArray *
myo_kb_get_views (MyoKb *self)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return self->views;
}

/**
 * myo_kb_get_regions:
 *
 * Returns: (transfer none) (element-type MyoRegion): the named regions
 */
GPtrArray *
myo_kb_get_regions (MyoKb *self)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return self->regions;
}

/**
 * myo_kb_get_muscles:
 *
 * Returns: (transfer none) (element-type MyoMuscle): the muscles
 */
GPtrArray *
myo_kb_get_muscles (MyoKb *self)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return self->muscles;
}

/**
 * myo_kb_get_trigger_points:
 *
 * Returns: (transfer none) (element-type MyoTriggerPoint): the trigger points
 */
GPtrArray *
myo_kb_get_trigger_points (MyoKb *self)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return self->trigger_points;
}

/**
 * myo_illustration_dup_path:
 * @name: a picture's name, as a step or an alternative gives it
 *
 * Returns: (transfer full): the resource path of the picture
 */
char *
myo_illustration_dup_path (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_strconcat (MYO_ILLUSTRATION_RESOURCE_DIR, name, ".svg", NULL);
}

/**
 * myo_kb_get_red_flags:
 *
 * Returns: (transfer none) (element-type MyoRedFlag): the questions to ask
 *   before any pressure is applied
 */
GPtrArray *
myo_kb_get_red_flags (MyoKb *self)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return self->red_flags;
}

/**
 * myo_kb_get_sources:
 *
 * Returns: (transfer none) (element-type MyoSource): every source the
 *   knowledge base cites, in file order
 */
GPtrArray *
myo_kb_get_sources (MyoKb *self)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return self->sources;
}

const MyoView *
myo_kb_lookup_view (MyoKb      *self,
                    const char *id)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return _myo_kb_lookup_id (self, "views", id);
}

const MyoTriggerPoint *
myo_kb_lookup_trigger_point (MyoKb      *self,
                             const char *id)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return _myo_kb_lookup_id (self, "trigger_points", id);
}

const MyoSource *
myo_kb_lookup_source (MyoKb      *self,
                      const char *id)
{
  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  return _myo_kb_lookup_id (self, "sources", id);
}

double
myo_kb_get_zone_weight (MyoKb       *self,
                        MyoZoneKind  kind)
{
  g_return_val_if_fail (MYO_IS_KB (self), 0);
  g_return_val_if_fail (kind <= MYO_ZONE_ESSENTIAL, 0);

  return self->zone_weights[kind];
}

/**
 * myo_kb_locate:
 * @view: the view the point is on
 * @x: diagram x
 * @y: diagram y
 * @side: (out) (optional): which leg the point is on
 * @canonical: (out) (optional): the point mirrored onto the left side, where
 *   every polygon of the knowledge base is stored
 *
 * Returns: (transfer none) (nullable): the region containing the point, or
 *   %NULL when it lies outside the legs
 */
const MyoRegion *
myo_kb_locate (MyoKb         *self,
               const MyoView *view,
               double         x,
               double         y,
               MyoSide       *side,
               MyoPoint      *canonical)
{
  MyoSide point_side;
  MyoPoint left;

  g_return_val_if_fail (MYO_IS_KB (self), NULL);
  g_return_val_if_fail (view != NULL, NULL);

  point_side = myo_view_side_at (view, x);
  left = myo_view_to_side (view, (MyoPoint) { x, y }, point_side);

  if (side != NULL)
    *side = point_side;
  if (canonical != NULL)
    *canonical = left;

  for (guint i = 0; i < self->regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (self->regions, i);

      if (region->view == view && myo_polygon_contains (region->polygon, left.x, left.y))
        return region;
    }

  return NULL;
}

/**
 * myo_view_side_at:
 *
 * Returns: the leg drawn at diagram x coordinate @x of @view
 */
MyoSide
myo_view_side_at (const MyoView *view,
                  double         x)
{
  gboolean viewer_left = x < view->width / 2;

  return viewer_left == view->left_on_viewer_left ? MYO_SIDE_LEFT : MYO_SIDE_RIGHT;
}

/**
 * myo_view_to_side:
 *
 * Mirrors @left_point to @side. The mapping is its own inverse, so it also
 * takes a point on @side back to the left side.
 */
MyoPoint
myo_view_to_side (const MyoView *view,
                  MyoPoint       left_point,
                  MyoSide        side)
{
  return side == MYO_SIDE_LEFT ? left_point : myo_point_mirrored (left_point, view->width);
}

static gboolean
shapes_contain (GPtrArray     *shapes,
                const MyoView *view,
                MyoPoint       canonical)
{
  for (guint i = 0; i < shapes->len; i++)
    {
      const MyoShape *shape = g_ptr_array_index (shapes, i);

      if (shape->view == view && myo_polygon_contains (shape->polygon, canonical.x, canonical.y))
        return TRUE;
    }

  return FALSE;
}

/**
 * myo_kb_zone_at:
 * @trp: a trigger point of this knowledge base
 * @view: the view the point is on
 * @canonical: the point, mirrored onto the left side (see myo_kb_locate())
 *
 * Returns: the heaviest of @trp's zones (essential, local, spillover) that
 *   contains the point, or %MYO_ZONE_NONE
 */
MyoZoneKind
myo_kb_zone_at (MyoKb                 *self,
                const MyoTriggerPoint *trp,
                const MyoView         *view,
                MyoPoint               canonical)
{
  MyoZoneKind best = MYO_ZONE_NONE;
  double best_weight = 0;
  MyoZoneKind kinds[3];
  gboolean inside[3];

  g_return_val_if_fail (MYO_IS_KB (self), MYO_ZONE_NONE);
  g_return_val_if_fail (trp != NULL, MYO_ZONE_NONE);

  kinds[0] = MYO_ZONE_ESSENTIAL;
  inside[0] = shapes_contain (trp->essential, view, canonical);
  kinds[1] = MYO_ZONE_LOCAL;
  inside[1] = trp->location_view == view &&
              myo_point_distance (trp->location, canonical) <= trp->local_radius;
  kinds[2] = MYO_ZONE_SPILLOVER;
  inside[2] = shapes_contain (trp->spillover, view, canonical);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (inside[i] && self->zone_weights[kinds[i]] > best_weight)
      {
        best = kinds[i];
        best_weight = self->zone_weights[kinds[i]];
      }

  return best;
}

/**
 * myo_region_dup_place_label:
 *
 * Returns: (transfer full): where @region is on @side, e.g. "Left leg · back
 *   of knee"
 */
char *
myo_region_dup_place_label (const MyoRegion *region,
                            MyoSide          side)
{
  /* Translators: a leg, then a region of it, e.g. “Left leg · back of knee” */
  return g_strdup_printf (_("%s · %s"), myo_side_get_label (side), region->name);
}

/**
 * myo_muscle_dup_display_name:
 *
 * How Myomap names a muscle wherever a person reads it: the plain name a
 * patient understands first, the anatomical name second.
 *
 * Returns: (transfer full): e.g. "Calf muscle (Gastrocnemius)"
 */
char *
myo_muscle_dup_display_name (const MyoMuscle *muscle)
{
  g_autofree char *plain = NULL;

  g_return_val_if_fail (muscle != NULL, NULL);

  plain = myo_muscle_dup_plain_title (muscle);

  /* Translators: a muscle's everyday name (capitalised), then its anatomical
   * name, e.g. “Calf muscle (Gastrocnemius)” */
  return g_strdup_printf (_("%s (%s)"), plain, muscle->name);
}

/**
 * myo_muscle_dup_plain_title:
 *
 * The everyday name as a heading starts it, capitalised (the knowledge
 * base writes it as it stands in a sentence).
 *
 * Returns: (transfer full): e.g. "Calf muscle"
 */
char *
myo_muscle_dup_plain_title (const MyoMuscle *muscle)
{
  g_autofree char *initial = NULL;
  const char *rest;

  g_return_val_if_fail (muscle != NULL, NULL);

  rest = g_utf8_next_char (muscle->plain_name);
  initial = g_utf8_strup (muscle->plain_name, rest - muscle->plain_name);

  return g_strconcat (initial, rest, NULL);
}

/**
 * myo_trigger_point_dup_label:
 *
 * Returns: (transfer full): e.g. "Calf muscle (Gastrocnemius), lateral head,
 *   trigger point 4"
 */
char *
myo_trigger_point_dup_label (const MyoTriggerPoint *trp)
{
  g_autofree char *muscle = myo_muscle_dup_display_name (trp->muscle);

  if (trp->head != NULL)
    /* Translators: muscle, head, then the trigger point's number */
    return g_strdup_printf (_("%s, %s, trigger point %u"), muscle, trp->head->name,
                            trp->number);

  return g_strdup_printf (_("%s, trigger point %u"), muscle, trp->number);
}

/**
 * myo_trigger_point_is_near_pulse:
 *
 * Returns: whether the knowledge base says @trp lies over or near @pulse
 *   (its "near_pulses"), so the artery there must never be pressed
 */
gboolean
myo_trigger_point_is_near_pulse (const MyoTriggerPoint *trp,
                                 MyoPulse               pulse)
{
  g_return_val_if_fail (trp != NULL, FALSE);

  return (trp->near_pulses & (1u << pulse)) != 0;
}
