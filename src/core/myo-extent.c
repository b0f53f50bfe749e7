/* myo-extent.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "myo-extent.h"

/* Pain extent is counted the way digital pain drawings count it, by
 * pixels, not by grid squares (which overestimate it several-fold): the
 * cells of the area grid (MYO_AREA_CELL diagram units a side) whose centres
 * lie in a leg's outline, against those of them that are painted. The
 * outline is the union of the view's regions, which tile the leg. The
 * whole map is every view's outline, both legs. Marked points are not
 * areas and add nothing to the extent; they do count as regions. */

/**
 * myo_extent_of_leg:
 *
 * Returns: the cells of @side's outline on @view, and how many are painted
 */
MyoExtent
myo_extent_of_leg (MyoSession    *session,
                   const MyoView *view,
                   MyoSide        side)
{
  MyoKb *kb;

  g_return_val_if_fail (MYO_IS_SESSION (session), (MyoExtent) { 0 });
  g_return_val_if_fail (view != NULL, (MyoExtent) { 0 });

  kb = myo_session_get_kb (session);
  return (MyoExtent) {
    myo_areas_count_painted (myo_session_get_areas (session), view, side),
    myo_area_count_outline (kb, view, side),
  };
}

/**
 * myo_extent_of_map:
 *
 * Returns: the cells of every view's outline, both legs, and how many are
 *   painted
 */
MyoExtent
myo_extent_of_map (MyoSession *session)
{
  GPtrArray *views;
  MyoExtent total = { 0 };

  g_return_val_if_fail (MYO_IS_SESSION (session), total);

  views = myo_kb_get_views (myo_session_get_kb (session));
  for (guint v = 0; v < views->len; v++)
    for (MyoSide side = MYO_SIDE_LEFT; side <= MYO_SIDE_RIGHT; side++)
      {
        MyoExtent leg = myo_extent_of_leg (session, g_ptr_array_index (views, v), side);

        total.painted += leg.painted;
        total.outline += leg.outline;
      }

  return total;
}

/**
 * myo_extent_get_share:
 *
 * Returns: the painted share of the outline, 0–1
 */
double
myo_extent_get_share (const MyoExtent *extent)
{
  return extent->outline > 0 ? (double) extent->painted / extent->outline : 0;
}

/**
 * myo_extent_get_area:
 *
 * Returns: the area of @cells grid cells, in square diagram units
 */
double
myo_extent_get_area (guint cells)
{
  return cells * MYO_AREA_CELL * MYO_AREA_CELL;
}

/**
 * myo_extent_count_regions:
 *
 * Returns: how many regions of the map (each leg's counted apart) hold a
 *   marked point or a painted area
 */
guint
myo_extent_count_regions (MyoSession *session)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  MyoKb *kb;
  MyoAreas *areas;
  GPtrArray *regions;

  g_return_val_if_fail (MYO_IS_SESSION (session), 0);

  kb = myo_session_get_kb (session);
  regions = myo_kb_get_regions (kb);
  areas = myo_session_get_areas (session);

  for (guint i = 0; i < myo_session_get_n_points (session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (session, i);

      g_hash_table_add (seen, GSIZE_TO_POINTER ((gsize) point->region | point->side));
    }

  /* Every region an area touches, not only the one holding most of it */
  for (guint i = 0; i < myo_areas_get_n_areas (areas); i++)
    {
      const MyoArea *area = myo_areas_get_area (areas, i);
      const guint16 *outline = myo_area_get_outline (kb, area->view);

      for (guint k = 0; k < area->n_cells; k++)
        {
          const MyoRegion *region = g_ptr_array_index (regions, outline[area->cells[k]] - 1);

          g_hash_table_add (seen, GSIZE_TO_POINTER ((gsize) region | area->side));
        }
    }

  return g_hash_table_size (seen);
}

/**
 * myo_extent_dup_summary:
 *
 * Returns: (transfer full): e.g. "Pain extent: 4.2 % of the body chart, 5 regions"
 */
char *
myo_extent_dup_summary (MyoSession *session)
{
  MyoExtent map;
  guint n_regions;

  g_return_val_if_fail (MYO_IS_SESSION (session), NULL);

  /* Nothing painted is 0 %, without laying the outlines on the grid */
  if (myo_areas_get_n_areas (myo_session_get_areas (session)) > 0)
    map = myo_extent_of_map (session);
  else
    map = (MyoExtent) { 0 };
  n_regions = myo_extent_count_regions (session);

  /* Translators: the share of the body chart painted, then a count of regions */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Pain extent: %.1f %% of the body chart, %u region",
                                       "Pain extent: %.1f %% of the body chart, %u regions",
                                       n_regions),
                          100 * myo_extent_get_share (&map), n_regions);
}

/**
 * myo_extent_dup_details:
 *
 * Returns: (transfer full): the painted share of each leg on each view that
 *   has paint, e.g. "Back, left leg: 12.0 %; Front, left leg: 3.1 %", or
 *   an empty string
 */
char *
myo_extent_dup_details (MyoSession *session)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *views;

  g_return_val_if_fail (MYO_IS_SESSION (session), NULL);

  if (myo_areas_get_n_areas (myo_session_get_areas (session)) == 0)
    return g_strdup ("");

  views = myo_kb_get_views (myo_session_get_kb (session));
  for (guint v = 0; v < views->len; v++)
    for (MyoSide side = MYO_SIDE_LEFT; side <= MYO_SIDE_RIGHT; side++)
      {
        const MyoView *view = g_ptr_array_index (views, v);
        MyoExtent leg = myo_extent_of_leg (session, view, side);

        if (leg.painted == 0)
          continue;

        if (text->len > 0)
          g_string_append (text, "; ");
        /* Translators: a view of the diagram, a leg, then a percentage */
        g_string_append_printf (text, _("%s, %s: %.1f %%"), view->label,
                                side == MYO_SIDE_LEFT ? _("left leg") : _("right leg"),
                                100 * myo_extent_get_share (&leg));
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
