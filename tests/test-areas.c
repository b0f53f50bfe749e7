/* test-areas.c: painted pain areas: the grid, the extent, files, matching
 *
 * No diagram coordinate is written here: every place comes from the
 * knowledge base (regions, zones, trigger points) or landmarks.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "myo-density.h"
#include "myo-export.h"
#include "myo-extent.h"
#include "myo-json.h"
#include "myo-map-render.h"
#include "myo-match.h"
#include "myo-outcome.h"
#include "myo-session-private.h"
#include "myo-test-utils.h"


static double
polygon_area (const MyoPolygon *polygon)
{
  double twice = 0;

  for (guint i = 0, j = polygon->n_points - 1; i < polygon->n_points; j = i++)
    twice += polygon->points[j].x * polygon->points[i].y - polygon->points[i].x * polygon->points[j].y;

  return fabs (twice) / 2;
}

static gboolean
on_leg (MyoKb         *kb,
        const MyoView *view,
        MyoPoint       p,
        MyoSide        side)
{
  MyoSide found;

  return myo_kb_locate (kb, view, p.x, p.y, &found, NULL) != NULL && found == side;
}

/* The largest region of @view_id, for shapes that must fit on a leg */
static const MyoRegion *
largest_region (MyoKb      *kb,
                const char *view_id)
{
  GPtrArray *regions = myo_kb_get_regions (kb);
  const MyoRegion *best = NULL;

  for (guint i = 0; i < regions->len; i++)
    {
      const MyoRegion *region = g_ptr_array_index (regions, i);

      if (g_str_equal (region->view->id, view_id) &&
          (best == NULL || polygon_area (region->polygon) > polygon_area (best->polygon)))
        best = region;
    }

  g_assert_nonnull (best);
  return best;
}

/* The outline counted on the grid is the regions' area, which tile it */
static void
test_outline_area (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  GPtrArray *views = myo_kb_get_views (kb);
  GPtrArray *regions = myo_kb_get_regions (kb);

  for (guint v = 0; v < views->len; v++)
    {
      const MyoView *view = g_ptr_array_index (views, v);
      double exact = 0;

      for (guint i = 0; i < regions->len; i++)
        {
          const MyoRegion *region = g_ptr_array_index (regions, i);

          if (region->view == view)
            exact += polygon_area (region->polygon);
        }

      for (MyoSide side = MYO_SIDE_LEFT; side <= MYO_SIDE_RIGHT; side++)
        {
          MyoExtent leg = myo_extent_of_leg (session, view, side);
          double counted = myo_extent_get_area (leg.outline);

          g_test_message ("%s %s: outline %.0f counted, %.0f exact", view->id,
                          myo_side_to_string (side), counted, exact);
          g_assert_cmpuint (leg.painted, ==, 0);
          g_assert_cmpfloat (fabs (counted - exact) / exact, <=, 0.01);
        }
    }
}

/* Paints a capsule (a rectangle with half discs at its ends) of known
 * area inside the largest region of the back view, on @side */
static void
paint_capsule (MyoSession *session,
               MyoSide     side,
               double     *area)
{
  MyoKb *kb = myo_session_get_kb (session);
  const MyoRegion *region = largest_region (kb, "back");
  MyoPoint centre = myo_view_to_side (region->view, myo_polygon_centroid (region->polygon), side);
  g_autoptr(GError) error = NULL;
  double radius = 16, half_length = 20;
  MyoPoint path[2];

  /* Shrink it until all of it is on the leg */
  for (;;)
    {
      gboolean inside = TRUE;

      for (guint k = 0; k < 64 && inside; k++)
        {
          double angle = 2 * G_PI * k / 64;
          double cy = sin (angle) > 0 ? half_length : -half_length;
          MyoPoint p = { centre.x + radius * cos (angle), centre.y + cy + radius * sin (angle) };

          inside = on_leg (kb, region->view, p, side);
        }

      if (inside)
        break;
      radius *= 0.9;
      half_length *= 0.9;
      g_assert_cmpfloat (radius, >=, 8);
    }

  path[0] = (MyoPoint) { centre.x, centre.y - half_length };
  path[1] = (MyoPoint) { centre.x, centre.y + half_length };
  g_assert_cmpuint (myo_session_add_stroke (session, region->view->id, path, 2, radius, 6, FALSE, &error),
                    !=, 0);
  g_assert_no_error (error);

  *area = 2 * radius * 2 * half_length + G_PI * radius * radius;
}

static void
test_capsule_area (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();

  for (MyoSide side = MYO_SIDE_LEFT; side <= MYO_SIDE_RIGHT; side++)
    {
      g_autoptr(MyoSession) session = myo_session_new (kb);
      const MyoView *back = myo_kb_lookup_view (kb, "back");
      MyoAreas *areas;
      MyoExtent leg, other, map;
      double exact;

      paint_capsule (session, side, &exact);
      areas = myo_session_get_areas (session);
      g_assert_cmpuint (myo_areas_get_n_areas (areas), ==, 1);
      g_assert_cmpint (myo_areas_get_area (areas, 0)->side, ==, side);

      leg = myo_extent_of_leg (session, back, side);
      other = myo_extent_of_leg (session, back, myo_side_other (side));
      g_test_message ("capsule %.1f exact, %.1f counted", exact, myo_extent_get_area (leg.painted));
      g_assert_cmpfloat (fabs (myo_extent_get_area (leg.painted) - exact) / exact, <=, 0.01);
      g_assert_cmpuint (other.painted, ==, 0);

      /* The share is that area over the leg's outline; the map's over all of them */
      g_assert_cmpfloat_with_epsilon (myo_extent_get_share (&leg),
                                      (double) leg.painted / leg.outline, 1e-12);
      map = myo_extent_of_map (session);
      g_assert_cmpuint (map.painted, ==, leg.painted);
      g_assert_cmpfloat (myo_extent_get_share (&map), <, myo_extent_get_share (&leg));
    }
}

/* Strokes in a zig-zag over the whole view, @radius apart */
static guint
paint_everything (MyoSession *session,
                  const char *view_id,
                  MyoSide     side,
                  int         intensity,
                  gboolean    eraser)
{
  const MyoView *view = myo_kb_lookup_view (myo_session_get_kb (session), view_id);
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (MyoPoint));
  g_autoptr(GError) error = NULL;
  double radius = MYO_AREA_RADIUS_MAX;
  double x0 = (side == MYO_SIDE_LEFT) == view->left_on_viewer_left ? 0 : view->width / 2;
  guint id;

  /* Rows of points inside the leg's half of the view, so the path meets
   * the leg at one of its points */
  for (double y = 0; y <= view->height; y += radius)
    for (double x = x0 + 1; x < x0 + view->width / 2; x += radius / 4)
      {
        MyoPoint p = { x, y };

        g_array_append_val (path, p);
      }

  /* The stroke's leg is the first leg its path reaches; start it there */
  for (guint i = 0; i < path->len && !eraser; i++)
    if (on_leg (myo_session_get_kb (session), view, g_array_index (path, MyoPoint, i), side))
      {
        g_array_remove_range (path, 0, i);
        break;
      }

  id = myo_session_add_stroke (session, view_id, (MyoPoint *) path->data, path->len, radius,
                               intensity, eraser, &error);
  g_assert_no_error (error);

  return id;
}

static void
test_whole_leg_and_eraser (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  const MyoView *front = myo_kb_lookup_view (kb, "front");
  MyoExtent leg;
  guint before;

  paint_everything (session, "front", MYO_SIDE_RIGHT, 4, FALSE);
  leg = myo_extent_of_leg (session, front, MYO_SIDE_RIGHT);
  g_assert_cmpuint (leg.painted, ==, leg.outline);
  g_assert_cmpfloat (myo_extent_get_share (&leg), ==, 1.0);
  g_assert_cmpuint (myo_extent_of_leg (session, front, MYO_SIDE_LEFT).painted, ==, 0);

  /* Every region of the right leg's front counts once */
  before = myo_extent_count_regions (session);
  g_assert_cmpuint (before, >, 3);

  /* Painted over: a later stroke owns its cells, the earlier keeps the rest */
  {
    g_autoptr(GError) error = NULL;
    MyoPoint at = region_point (kb, largest_region (kb, "front")->id, MYO_SIDE_RIGHT);
    MyoAreas *areas;

    g_assert_cmpuint (myo_session_add_stroke (session, "front", &at, 1, 10, 9, FALSE, &error), !=, 0);
    g_assert_no_error (error);
    areas = myo_session_get_areas (session);
    g_assert_cmpuint (myo_areas_get_n_areas (areas), ==, 2);
    g_assert_cmpuint (myo_areas_get_area (areas, 0)->n_cells + myo_areas_get_area (areas, 1)->n_cells,
                      ==, leg.outline);
    g_assert_cmpint (myo_session_get_worst_marked (session), ==, 9);

    /* Erasing at the same place leaves a hole */
    g_assert_cmpuint (myo_session_add_stroke (session, "front", &at, 1, 10, 0, TRUE, &error), !=, 0);
    g_assert_no_error (error);
    areas = myo_session_get_areas (session);
    g_assert_cmpuint (myo_areas_get_n_areas (areas), ==, 1);
    g_assert_cmpuint (myo_extent_of_leg (session, front, MYO_SIDE_RIGHT).painted, <, leg.outline);
    g_assert_cmpint (myo_session_get_worst_marked (session), ==, 4);
  }

  /* Undo brings back the dab, then removes it; redo repaints */
  g_assert_true (myo_session_undo (session));
  g_assert_cmpuint (myo_areas_get_n_areas (myo_session_get_areas (session)), ==, 2);
  g_assert_true (myo_session_undo (session));
  g_assert_cmpuint (myo_extent_of_leg (session, front, MYO_SIDE_RIGHT).painted, ==, leg.outline);
  g_assert_cmpuint (myo_areas_get_n_areas (myo_session_get_areas (session)), ==, 1);
  g_assert_true (myo_session_redo (session));
  g_assert_cmpuint (myo_areas_get_n_areas (myo_session_get_areas (session)), ==, 2);

  /* The eraser over everything clears everything */
  paint_everything (session, "front", MYO_SIDE_RIGHT, 0, TRUE);
  g_assert_cmpuint (myo_areas_get_n_areas (myo_session_get_areas (session)), ==, 0);
  g_assert_cmpuint (myo_extent_of_map (session).painted, ==, 0);

  myo_session_clear (session);
  g_assert_cmpuint (myo_session_get_n_strokes (session), ==, 0);
  g_assert_true (myo_session_undo (session));
  g_assert_cmpuint (myo_session_get_n_strokes (session), >, 0);
}

static void
test_refused (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  MyoPoint at = region_point (kb, largest_region (kb, "back")->id, MYO_SIDE_LEFT);
  MyoPoint corner = { 0, 0 };
  MyoPoint outside = { -1, at.y };
  MyoPoint nan_point = { NAN, at.y };
  g_autoptr(GError) error = NULL;

  g_assert_false (on_leg (kb, back, corner, MYO_SIDE_LEFT) || on_leg (kb, back, corner, MYO_SIDE_RIGHT));
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &corner, 1, 5, 5, FALSE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &outside, 1, 5, 5, FALSE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &nan_point, 1, 5, 5, FALSE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &at, 1, 500, 5, FALSE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &at, 1, 5, 11, FALSE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_stroke (session, "nowhere", &at, 1, 5, 5, FALSE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &at, 0, 5, 5, FALSE, &error), ==, 0);
  g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (myo_session_get_can_undo (session));

  /* Erasing off the legs harms nothing */
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &corner, 1, 5, 0, TRUE, &error), !=, 0);
  g_assert_no_error (error);
}

static void
test_file_round_trip (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoSession) loaded = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "areas.myomap", NULL);
  g_autoptr(GError) error = NULL;
  MyoPoint at = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  double capsule;

  paint_capsule (session, MYO_SIDE_RIGHT, &capsule);
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &at, 1, 6, 0, TRUE, &error), !=, 0);
  add_in_region (session, "back-knee", MYO_SIDE_LEFT, 7);
  myo_session_set_rating (session, MYO_PAIN_NOW, 6);
  myo_session_set_rating (session, MYO_PAIN_WORST, 9);

  g_assert_true (myo_session_save_to_file (session, path, &error));
  g_assert_no_error (error);
  loaded = myo_session_new_from_file (kb, path, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (myo_session_get_n_strokes (loaded), ==, 2);
  g_assert_true (myo_session_get_stroke (loaded, 1)->eraser);
  g_assert_cmpuint (myo_session_get_n_points (loaded), ==, 1);
  g_assert_cmpint (myo_session_get_rating (loaded, MYO_PAIN_NOW), ==, 6);
  g_assert_cmpint (myo_session_get_rating (loaded, MYO_PAIN_AVERAGE), ==, -1);
  g_assert_cmpint (myo_session_get_rating (loaded, MYO_PAIN_WORST), ==, 9);
  g_assert_cmpuint (myo_extent_of_map (loaded).painted, ==, myo_extent_of_map (session).painted);
  g_assert_false (myo_session_get_can_undo (loaded));
}

/* A file of schema 1, as earlier Myomap wrote it, opens with no areas */
static void
test_schema_1 (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  MyoPoint at = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  g_autofree char *text = NULL;
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(GError) error = NULL;
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_dtostr (x, sizeof x, at.x);
  g_ascii_dtostr (y, sizeof y, at.y);
  text = g_strdup_printf ("{ \"schema\": 1, \"generator\": \"Myomap 0.2.0\", \"pain_after\": 3,"
                          "  \"points\": [ { \"view\": \"back\", \"x\": %s, \"y\": %s, \"intensity\": 6,"
                          "  \"side\": \"left\", \"region\": \"back-knee\" } ],"
                          "  \"areas\": \"ignored in schema 1\" }", x, y);
  session = myo_session_new_from_data (kb, text, strlen (text), "old.myomap", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (session), ==, 1);
  g_assert_cmpuint (myo_session_get_n_strokes (session), ==, 0);
  g_assert_cmpint (myo_session_get_pain_after (session), ==, 3);
  g_assert_cmpint (myo_session_get_rating (session, MYO_PAIN_NOW), ==, -1);

  /* Written again, it is schema 2 */
  {
    g_autofree char *dir = tmp_dir ();
    g_autofree char *path = g_build_filename (dir, "again.myomap", NULL);
    g_autofree char *written = NULL;

    g_assert_true (myo_session_save_to_file (session, path, &error));
    g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
    g_assert_nonnull (strstr (written, "\"schema\": 2"));
  }
}

static void
test_bad_areas (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  MyoPoint at = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
  const char *bad[] = {
    "{ \"schema\": 2, \"points\": [], \"areas\": {} }",
    "{ \"schema\": 2, \"points\": [], \"areas\": [ 1 ] }",
    "{ \"schema\": 2, \"points\": [], \"areas\": [ { \"view\": \"back\", \"radius\": 5, \"path\": [ @X@ ], \"intensity\": 5 } ] }",
    "{ \"schema\": 2, \"points\": [], \"areas\": [ { \"view\": \"back\", \"radius\": 5, \"path\": [ @X@, @Y@ ] } ] }",
    "{ \"schema\": 2, \"points\": [], \"areas\": [ { \"view\": \"back\", \"radius\": 5, \"path\": [ @X@, @Y@ ], \"intensity\": 50 } ] }",
    "{ \"schema\": 2, \"points\": [], \"areas\": [ { \"view\": \"back\", \"radius\": 0, \"path\": [ @X@, @Y@ ], \"intensity\": 5 } ] }",
    "{ \"schema\": 2, \"points\": [], \"areas\": [ { \"view\": \"back\", \"radius\": 5, \"path\": [ @X@, \"y\" ], \"intensity\": 5 } ] }",
    "{ \"schema\": 2, \"points\": [], \"areas\": [ { \"view\": \"sky\", \"radius\": 5, \"path\": [ @X@, @Y@ ], \"intensity\": 5 } ] }",
    "{ \"schema\": 3, \"points\": [] }",
  };

  g_ascii_dtostr (x, sizeof x, at.x);
  g_ascii_dtostr (y, sizeof y, at.y);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GString) text = g_string_new (bad[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(MyoSession) session = NULL;

      g_string_replace (text, "@X@", x, 0);
      g_string_replace (text, "@Y@", y, 0);
      session = myo_session_new_from_data (kb, text->str, text->len, "bad", &error);
      g_assert_null (session);
      g_assert_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID);
    }

  /* A stroke that reaches no leg is left out; the session still opens */
  {
    const char *text = "{ \"schema\": 2, \"points\": [], \"areas\": [ { \"view\": \"back\", \"radius\": 5, "
                       "\"path\": [ 0, 0 ], \"intensity\": 5 } ] }";
    g_autoptr(GError) error = NULL;
    g_autoptr(MyoSession) session = myo_session_new_from_data (kb, text, strlen (text), "off", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (myo_session_get_n_strokes (session), ==, 0);
  }

  /* Pain ratings out of range are dropped, the session still opens */
  {
    g_autofree char *text = g_strdup_printf ("{ \"schema\": 2, \"points\": [], \"pain\": { \"now\": 11, "
                                             "\"average\": 4, \"worst\": \"high\" } }");
    g_autoptr(GError) error = NULL;
    g_autoptr(MyoSession) session = myo_session_new_from_data (kb, text, strlen (text), "ok", &error);

    g_assert_no_error (error);
    g_assert_cmpint (myo_session_get_rating (session, MYO_PAIN_NOW), ==, -1);
    g_assert_cmpint (myo_session_get_rating (session, MYO_PAIN_AVERAGE), ==, 4);
    g_assert_cmpint (myo_session_get_rating (session, MYO_PAIN_WORST), ==, -1);
  }
}

/* Journals: an old entry (schema 2, no areas) still loads; a new one keeps
 * its areas and ratings, and opens again as the same session */
static void
test_journal (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "journal.json", NULL);
  MyoPoint at = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *old = NULL;
  g_autoptr(MyoJournal) journal = myo_journal_new (path);
  g_autoptr(MyoJournal) again = myo_journal_new (path);
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoJournalEntry) entry = NULL;
  g_autoptr(MyoSession) reopened = NULL;
  g_autoptr(GError) error = NULL;
  MyoJournalEntry *found;
  double capsule;

  g_ascii_dtostr (x, sizeof x, at.x);
  g_ascii_dtostr (y, sizeof y, at.y);
  old = g_strdup_printf ("{ \"schema\": 2, \"sessions\": [ { \"id\": \"old\", \"started\": "
                         "\"2026-05-01T09:30:00Z\", \"points\": [ { \"view\": \"back\", \"x\": %s, "
                         "\"y\": %s, \"intensity\": 5, \"side\": \"left\", \"region\": \"back-knee\" } ], "
                         "\"pain_before\": 5, \"pain_after\": 2, \"routines_done\": [] } ] }", x, y);
  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  g_assert_true (myo_journal_load (journal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  found = myo_journal_lookup (journal, "old");
  g_assert_nonnull (found);
  g_assert_cmpuint (myo_journal_entry_get_n_strokes (found), ==, 0);
  g_assert_cmpint (myo_journal_entry_get_rating (found, MYO_PAIN_NOW), ==, -1);
  reopened = myo_journal_entry_to_session (found, kb, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_get_n_points (reopened), ==, 1);
  g_clear_object (&reopened);

  paint_capsule (session, MYO_SIDE_LEFT, &capsule);
  myo_session_set_rating (session, MYO_PAIN_AVERAGE, 5);
  entry = myo_journal_entry_new_from_session (session, NULL, NULL, NULL);
  g_assert_cmpint (myo_journal_entry_get_pain_before (entry), ==, 6);
  g_assert_true (myo_journal_add (journal, entry, &error));
  g_assert_no_error (error);

  g_assert_true (myo_journal_load (again, &error));
  g_assert_no_error (error);
  found = myo_journal_lookup (again, myo_journal_entry_get_id (entry));
  g_assert_nonnull (found);
  g_assert_cmpuint (myo_journal_entry_get_n_strokes (found), ==, 1);
  g_assert_cmpint (myo_journal_entry_get_stroke (found, 0)->intensity, ==, 6);
  g_assert_cmpint (myo_journal_entry_get_rating (found, MYO_PAIN_AVERAGE), ==, 5);
  g_assert_cmpint (myo_journal_entry_get_pain_before (found), ==, 6);
  reopened = myo_journal_entry_to_session (found, kb, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_extent_of_map (reopened).painted, ==, myo_extent_of_map (session).painted);
  g_assert_cmpint (myo_session_get_rating (reopened, MYO_PAIN_AVERAGE), ==, 5);
  g_assert_nonnull (myo_journal_lookup (again, "old"));
}

/* Normalisation: an area wholly in a trigger point's essential zone weighs
 * what a point there weighs; a smear over the whole leg weighs less */
static void
test_normalised (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (kb, "soleus-1");
  const MyoShape *zone = g_ptr_array_index (trp->essential, 0);
  MyoPoint centre = myo_polygon_centroid (zone->polygon);
  g_autoptr(MyoSession) dab = myo_session_new (kb);
  g_autoptr(MyoSession) smear = myo_session_new (kb);
  g_autoptr(MyoSession) point = myo_session_new (kb);
  g_autoptr(MyoMatch) dab_match = NULL;
  g_autoptr(MyoMatch) smear_match = NULL;
  g_autoptr(MyoMatch) point_match = NULL;
  g_autoptr(GError) error = NULL;
  const MyoCandidate *c;
  double dab_score = 0, smear_score = 0, point_score = 0;

  g_assert_true (myo_polygon_contains (zone->polygon, centre.x, centre.y));
  g_assert_cmpuint (myo_session_add_stroke (dab, zone->view->id, &centre, 1, MYO_AREA_RADIUS_MIN + 1, 6,
                                            FALSE, &error), !=, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_session_add_point (point, zone->view->id, centre.x, centre.y, 6,
                                           MYO_QUALITY_NONE, &error), !=, 0);
  paint_everything (smear, zone->view->id, MYO_SIDE_LEFT, 6, FALSE);

  dab_match = myo_match_new (dab);
  smear_match = myo_match_new (smear);
  point_match = myo_match_new (point);

  for (guint i = 0; i < myo_match_get_n_candidates (dab_match); i++)
    if ((c = myo_match_get_candidate (dab_match, i))->trp == trp && c->side == MYO_SIDE_LEFT)
      dab_score = c->score;
  for (guint i = 0; i < myo_match_get_n_candidates (smear_match); i++)
    if ((c = myo_match_get_candidate (smear_match, i))->trp == trp && c->side == MYO_SIDE_LEFT)
      smear_score = c->score;
  for (guint i = 0; i < myo_match_get_n_candidates (point_match); i++)
    if ((c = myo_match_get_candidate (point_match, i))->trp == trp && c->side == MYO_SIDE_LEFT)
      point_score = c->score;

  g_test_message ("point %.2f, dab %.2f, smear %.2f", point_score, dab_score, smear_score);
  g_assert_cmpfloat (point_score, ==, 6.0);
  g_assert_cmpfloat_with_epsilon (dab_score, point_score, 1e-9);
  g_assert_cmpfloat (smear_score, <, point_score);
  g_assert_cmpfloat (myo_match_get_explained_share (dab_match, myo_match_get_candidate (dab_match, 0)), ==, 1.0);
}

/* The combination covers areas: explained areas leave the unexplained
 * list; an area no zone reaches stays on it, with a label */
static void
test_combination_covers_areas (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(MyoMatch) match_again = NULL;
  g_autoptr(GError) error = NULL;
  MyoPoint heel = region_point (kb, "back-heel", MYO_SIDE_LEFT);
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_RIGHT);
  GArray *unexplained;
  guint heel_id, knee_id;

  heel_id = myo_session_add_stroke (session, "back", &heel, 1, 6, 7, FALSE, &error);
  g_assert_no_error (error);
  knee_id = myo_session_add_stroke (session, "back", &knee, 1, 6, 5, FALSE, &error);
  g_assert_no_error (error);

  match = myo_match_new (session);
  g_assert_cmpuint (myo_match_get_n_items (match), ==, 2);
  g_assert_cmpuint (myo_match_get_combination (match)->len, >=, 2);
  unexplained = myo_match_get_unexplained (match);
  g_assert_cmpuint (unexplained->len, ==, 0);
  g_assert_cmpfloat (myo_match_get_explained_share (match, NULL), >, 0.5);
  {
    const MyoCandidate *top = myo_match_get_candidate (match, 0);
    g_autofree char *reason = myo_candidate_dup_reason (top, session);
    g_autofree char *summary = myo_match_dup_summary (match);
    g_autofree char *label = myo_match_dup_item_label (match, heel_id);

    g_assert_nonnull (myo_candidate_find_hit (top, heel_id));
    g_assert_true (myo_candidate_find_hit (top, heel_id)->is_area);
    g_assert_nonnull (strstr (reason, "area"));
    g_assert_nonnull (strstr (summary, "all your pain"));
    g_assert_nonnull (strstr (label, "painted area"));
  }
  (void) knee_id;

  /* Deterministic: the same session ranks the same */
  match_again = myo_match_new (session);
  g_assert_cmpuint (myo_match_get_n_candidates (match), ==, myo_match_get_n_candidates (match_again));
  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    {
      g_assert_true (myo_match_get_candidate (match, i)->trp == myo_match_get_candidate (match_again, i)->trp);
      g_assert_cmpfloat (myo_match_get_candidate (match, i)->score, ==,
                         myo_match_get_candidate (match_again, i)->score);
    }
}

/* The clinician's report carries the areas, the extent, the outcome and
 * the red-flag answers; the session file keeps the answers with their date.
 * MYOMAP_TEST_KEEP_REPORT=FILE keeps the PDF to look at. */
static void
test_report (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoSession) first = myo_session_new (kb);
  g_autoptr(MyoExport) report = NULL;
  g_autoptr(GListStore) journal = g_list_store_new (MYO_TYPE_JOURNAL_ENTRY);
  g_autoptr(MyoJournalEntry) entry = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -14);
  g_autoptr(GDateTime) answered = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *session_path = g_build_filename (dir, "flags.myomap", NULL);
  g_autoptr(MyoSession) loaded = NULL;
  const char *keep = g_getenv ("MYOMAP_TEST_KEEP_REPORT");
  const char *done[] = { "soleus-1:left", NULL };
  MyoPoint heel = region_point (kb, "back-heel", MYO_SIDE_LEFT);
  double capsule;

  /* Two weeks ago: average pain 8, the routine done */
  add_in_region (first, "back-heel", MYO_SIDE_LEFT, 8);
  myo_session_set_rating (first, MYO_PAIN_AVERAGE, 8);
  entry = myo_journal_entry_new_from_session (first, NULL, earlier, NULL);
  myo_journal_entry_set_routines_done (entry, done);
  g_list_store_append (journal, entry);

  /* Today: a painted calf and heel, average 4: a 50 % reduction */
  paint_capsule (session, MYO_SIDE_LEFT, &capsule);
  g_assert_cmpuint (myo_session_add_stroke (session, "back", &heel, 1, 10, 5, FALSE, &error), !=, 0);
  add_in_region (session, "back-knee", MYO_SIDE_RIGHT, 3);
  myo_session_set_rating (session, MYO_PAIN_NOW, 5);
  myo_session_set_rating (session, MYO_PAIN_AVERAGE, 4);
  myo_session_set_rating (session, MYO_PAIN_WORST, 7);
  myo_session_set_pain_after (session, 2);
  myo_session_set_red_flag (session, "dvt", MYO_ANSWER_NO, now);
  myo_session_set_red_flag (session, "tear", MYO_ANSWER_NO, now);
  myo_session_set_red_flag (session, "bakers-cyst", MYO_ANSWER_YES, now);

  g_assert_cmpint (myo_outcome_change_from_baseline (G_LIST_MODEL (journal), now,
                                                     myo_outcome_session_pain (session)).category,
                   ==, MYO_CHANGE_SUBSTANTIAL);

  report = myo_export_new_report (session);
  myo_export_set_journal (report, G_LIST_MODEL (journal));
  myo_export_set_date (report, now);
  myo_export_set_source_name (report, "areas.myomap");
  g_assert_true (myo_export_write_pdf (report, keep != NULL ? keep : path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (myo_export_get_n_pages (report), >=, 1);

  /* Red-flag answers and their date survive the file */
  g_assert_true (myo_session_save_to_file (session, session_path, &error));
  loaded = myo_session_new_from_file (kb, session_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (myo_session_get_red_flag (loaded, "bakers-cyst", &answered), ==, MYO_ANSWER_YES);
  g_assert_nonnull (answered);
  g_assert_cmpint (g_date_time_to_unix (answered), ==, g_date_time_to_unix (now));
  g_assert_cmpint (myo_session_get_red_flag (loaded, "dvt", NULL), ==, MYO_ANSWER_NO);
  g_assert_cmpint (myo_session_get_red_flag (loaded, "fever", NULL), ==, MYO_ANSWER_NONE);
}

/* Printed maps (the handout's, the report's) paint the areas' cells */
static void
test_printed_map (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  const MyoRegion *region = largest_region (kb, "back");
  MyoPoint centre = myo_polygon_centroid (region->polygon);
  MyoPoint other = myo_view_to_side (back, centre, MYO_SIDE_RIGHT);
  g_autofree char *dir = tmp_dir ();
  g_autofree char *with = g_build_filename (dir, "with.png", NULL);
  g_autofree char *without = g_build_filename (dir, "without.png", NULL);
  MyoMapScene scene = { .view = back, .session = session, .flags = MYO_MAP_PAIN_AREAS, .unit = 1 };
  g_autoptr(GError) error = NULL;
  double capsule;

  paint_capsule (session, MYO_SIDE_LEFT, &capsule);
  g_assert_true (myo_map_write_png (&scene, (int) back->width, with, &error));
  g_assert_no_error (error);
  scene.flags = 0;
  g_assert_true (myo_map_write_png (&scene, (int) back->width, without, &error));

  {
    cairo_surface_t *painted = cairo_image_surface_create_from_png (with);
    cairo_surface_t *plain = cairo_image_surface_create_from_png (without);
    guint32 *a, *b;
    int stride;

    g_assert_cmpint (cairo_surface_status (painted), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (painted), ==, (int) back->width);
    a = (guint32 *) cairo_image_surface_get_data (painted);
    b = (guint32 *) cairo_image_surface_get_data (plain);
    stride = cairo_image_surface_get_stride (painted) / 4;

    /* Painted where the capsule is, in the intensity's colour; the other
     * leg as it was */
    g_assert_cmphex (a[(int) centre.y * stride + (int) centre.x], !=, b[(int) centre.y * stride + (int) centre.x]);
    g_assert_cmphex (a[(int) other.y * stride + (int) other.x], ==, b[(int) other.y * stride + (int) other.x]);
    cairo_surface_destroy (painted);
    cairo_surface_destroy (plain);
  }
}

/* The history's density map counts painted areas where they were painted,
 * and what was erased not at all */
static void
test_density (void)
{
  g_autoptr(MyoKb) kb = shared_kb ();
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  const MyoRegion *region = largest_region (kb, "back");
  MyoPoint centre = myo_view_to_side (back, myo_polygon_centroid (region->polygon), MYO_SIDE_LEFT);
  MyoPoint other = myo_view_to_side (back, myo_polygon_centroid (region->polygon), MYO_SIDE_RIGHT);
  g_autoptr(GListStore) journal = g_list_store_new (MYO_TYPE_JOURNAL_ENTRY);
  g_autoptr(MyoDensity) density = myo_density_new (back, 90);
  g_autoptr(MyoSession) painted = myo_session_new (kb);
  g_autoptr(MyoSession) erased = myo_session_new (kb);
  g_autoptr(MyoJournalEntry) first = NULL;
  g_autoptr(MyoJournalEntry) second = NULL;
  g_autoptr(GError) error = NULL;
  double capsule;

  paint_capsule (painted, MYO_SIDE_LEFT, &capsule);
  first = myo_journal_entry_new_from_session (painted, NULL, NULL, NULL);
  g_list_store_append (journal, first);

  myo_density_collect (density, G_LIST_MODEL (journal), NULL);
  g_assert_cmpuint (myo_density_get_n_sessions (density), ==, 1);
  g_assert_cmpuint (myo_density_get_n_points (density), ==, 0);
  g_assert_cmpuint (myo_density_get_n_areas (density), ==, 1);
  g_assert_cmpfloat (myo_density_get_at (density, centre.x, centre.y), >, 0);
  g_assert_cmpfloat (myo_density_get_at (density, other.x, other.y), ==, 0);

  /* Painted, then erased: nothing is left to count */
  g_assert_cmpuint (myo_session_add_stroke (erased, "back", &centre, 1, 30, 6, FALSE, &error), !=, 0);
  g_assert_cmpuint (myo_session_add_stroke (erased, "back", &centre, 1, 40, 0, TRUE, &error), !=, 0);
  g_assert_no_error (error);
  second = myo_journal_entry_new_from_session (erased, NULL, NULL, NULL);
  g_list_store_remove_all (journal);
  g_list_store_append (journal, second);
  myo_density_collect (density, G_LIST_MODEL (journal), NULL);
  g_assert_cmpuint (myo_density_get_n_areas (density), ==, 0);
  g_assert_cmpfloat (myo_density_get_max (density), ==, 0);
}

/* The complaints of tests/test-scenarios.c, read from that file, each place
 * painted as a dab of the brush instead of clicked */

static json_object *landmarks;

typedef struct
{
  char     *name;
  GStrv     places;
  char     *expected;
  guint     max_rank;
} AreaScenario;

static void
area_scenario_free (AreaScenario *scenario)
{
  g_free (scenario->name);
  g_strfreev (scenario->places);
  g_free (scenario->expected);
  g_free (scenario);
}

static void
test_area_scenario (gconstpointer data)
{
  const AreaScenario *scenario = data;
  g_autoptr(MyoKb) kb = shared_kb ();
  g_autoptr(MyoSession) session = myo_session_new (kb);
  g_autoptr(MyoMatch) match = NULL;
  g_autoptr(GString) ranking = g_string_new (NULL);
  guint rank = 0;

  for (guint i = 0; scenario->places[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *view;
      MyoPoint p = scenario_point (kb, landmarks, scenario->places[i], &view);

      myo_session_add_stroke (session, view, &p, 1, 8, 6, FALSE, &error);
      g_assert_no_error (error);
    }

  match = myo_match_new (session);
  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);

      g_string_append_printf (ranking, " %u %s(%.2f)", candidate->rank, candidate->trp->id, candidate->score);
      /* Equal scores share a rank, as in tests/test-scenarios.c */
      if (rank == 0 && g_str_equal (candidate->trp->id, scenario->expected))
        rank = candidate->rank;
    }

  g_test_message ("%s:%s", scenario->name, ranking->str);
  if (rank == 0 || rank > scenario->max_rank)
    g_test_fail_printf ("%s painted: expected %s within the first %u, ranking:%s", scenario->name,
                        scenario->expected, scenario->max_rank, ranking->str);
}

/* Lines of the form { "name", { "place", ... }, "expected", rank, ... }, */
static GPtrArray *
read_scenarios (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "test-scenarios.c", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) line = g_regex_new ("^\\s*\\{\\s*\"([^\"]+)\",\\s*\\{([^}]*)\\},\\s*\"([^\"]+)\",\\s*(\\d+)",
                                        G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) quoted = g_regex_new ("\"([^\"]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  GPtrArray *scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) area_scenario_free);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_regex_match (line, text, 0, &info);
  while (g_match_info_matches (info))
    {
      AreaScenario *scenario = g_new0 (AreaScenario, 1);
      g_autofree char *places = g_match_info_fetch (info, 2);
      g_autofree char *rank = g_match_info_fetch (info, 4);
      g_autoptr(GMatchInfo) place_info = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      scenario->name = g_match_info_fetch (info, 1);
      scenario->expected = g_match_info_fetch (info, 3);
      scenario->max_rank = g_ascii_strtoull (rank, NULL, 10);
      g_regex_match (quoted, places, 0, &place_info);
      while (g_match_info_matches (place_info))
        {
          g_autofree char *one = g_match_info_fetch (place_info, 1);

          g_strv_builder_add (builder, one);
          g_match_info_next (place_info, NULL);
        }
      scenario->places = g_strv_builder_end (builder);
      g_ptr_array_add (scenarios, scenario);
      g_match_info_next (info, NULL);
    }

  return scenarios;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(json_object) landmarks_file = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  landmarks_file = landmarks_load (&landmarks);

  g_test_add_func ("/myo/areas/outline-area", test_outline_area);
  g_test_add_func ("/myo/areas/capsule-area", test_capsule_area);
  g_test_add_func ("/myo/areas/whole-leg-and-eraser", test_whole_leg_and_eraser);
  g_test_add_func ("/myo/areas/refused", test_refused);
  g_test_add_func ("/myo/areas/file-round-trip", test_file_round_trip);
  g_test_add_func ("/myo/areas/schema-1", test_schema_1);
  g_test_add_func ("/myo/areas/bad-areas", test_bad_areas);
  g_test_add_func ("/myo/areas/journal", test_journal);
  g_test_add_func ("/myo/areas/normalised", test_normalised);
  g_test_add_func ("/myo/areas/combination-covers-areas", test_combination_covers_areas);
  g_test_add_func ("/myo/areas/report", test_report);
  g_test_add_func ("/myo/areas/density", test_density);
  g_test_add_func ("/myo/areas/printed-map", test_printed_map);

  scenarios = read_scenarios ();
  g_assert_cmpuint (scenarios->len, >=, 20);
  for (guint i = 0; i < scenarios->len; i++)
    {
      AreaScenario *scenario = g_ptr_array_index (scenarios, i);
      g_autofree char *path = g_strdup_printf ("/myo/areas/scenario/%s", scenario->name);

      g_test_add_data_func (path, scenario, test_area_scenario);
    }

  status = g_test_run ();
  shared_kb_release ();

  return status;
}
