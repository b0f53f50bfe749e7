/* test-kb.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <librsvg/rsvg.h>

#include "myo-json.h"
#include "myo-kb.h"
#include "myo-map-render.h"
#include "myo-test-utils.h"

static json_object *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal-kb.json", NULL);
  g_autoptr(GError) error = NULL;
  json_object *root = myo_json_parse_file (path, &error);

  g_assert_no_error (error);
  return root;
}

static json_object *
at (json_object *object,
    const char  *key)
{
  json_object *value = NULL;

  g_assert_true (json_object_object_get_ex (object, key, &value));
  return value;
}

static json_object *
first (json_object *object,
       const char  *key)
{
  return json_object_array_get_idx (at (object, key), 0);
}

/* Loads @root and asserts it fails with a line "test.json: PATH: ...MESSAGE..." */
static void
assert_problem (json_object *root,
                const char  *path,
                const char  *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = NULL;
  g_autofree char *prefix = g_strdup_printf ("test.json: %s: ", path);
  const char *text = json_object_to_json_string (root);
  g_auto(GStrv) lines = NULL;
  gboolean found = FALSE;

  kb = myo_kb_new_from_data (text, strlen (text), "test.json", &error);
  g_assert_null (kb);
  g_assert_error (error, MYO_KB_ERROR, MYO_KB_ERROR_INVALID);

  lines = g_strsplit (error->message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix) && strstr (lines[i], message) != NULL)
      found = TRUE;

  if (!found)
    g_error ("Expected “%s…%s” in:\n%s", prefix, message, error->message);
}

static void
test_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_new_from_resource (MYO_KB_DEFAULT_RESOURCE, &error);
  const MyoTriggerPoint *trp4;

  g_assert_no_error (error);
  g_assert_nonnull (kb);
  g_assert_cmpuint (myo_kb_get_views (kb)->len, >=, 3);
  g_assert_nonnull (myo_kb_lookup_view (kb, "back"));
  g_assert_nonnull (myo_kb_lookup_view (kb, "front"));
  g_assert_nonnull (myo_kb_lookup_view (kb, "soles"));
  g_assert_cmpuint (myo_kb_get_red_flags (kb)->len, >=, 5);
  g_assert_nonnull (strstr (myo_kb_get_disclaimer (kb), "not a diagnosis"));

  /* The About window lists these: every one cited, and each can be looked up */
  g_assert_cmpuint (myo_kb_get_sources (kb)->len, >=, 5);
  for (guint i = 0; i < myo_kb_get_sources (kb)->len; i++)
    {
      const MyoSource *source = g_ptr_array_index (myo_kb_get_sources (kb), i);

      g_assert_true (myo_kb_lookup_source (kb, source->id) == source);
      g_assert_cmpstr (source->citation, !=, "");
    }

  for (guint n = 1; n <= 4; n++)
    {
      g_autofree char *id = g_strdup_printf ("gastrocnemius-%s-%u", n % 2 ? "medial" : "lateral", n);
      const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (kb, id);

      g_assert_nonnull (trp);
      g_assert_cmpuint (trp->number, ==, n);
      g_assert_cmpstr (trp->muscle->id, ==, "gastrocnemius");
      g_assert_nonnull (trp->sources);
      g_assert_nonnull (trp->sources[0]);
    }

  /* The reference article: TrP4 sits on the outer calf, below the knee, and
   * refers to the back of the knee. */
  trp4 = myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4");
  {
    MyoSide side;
    const MyoRegion *region = myo_kb_locate (kb, trp4->location_view, trp4->location.x,
                                             trp4->location.y, &side, NULL);
    MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_LEFT);

    g_assert_nonnull (region);
    g_assert_cmpint (side, ==, MYO_SIDE_LEFT);
    g_assert_cmpstr (region->id, ==, "back-calf-outer");
    g_assert_cmpfloat (trp4->location.y, >, knee.y);
    g_assert_true (myo_polygon_contains (((MyoShape *) g_ptr_array_index (trp4->essential, 0))->polygon,
                                         knee.x, knee.y));
  }
}

static void
test_shipped_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_new_from_file (g_getenv ("MYOMAP_KB"), &error);

  g_assert_no_error (error);
  g_assert_nonnull (kb);
}

static void
test_fixture_valid (void)
{
  g_autoptr(json_object) root = load_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = NULL;
  const char *text = json_object_to_json_string (root);

  kb = myo_kb_new_from_data (text, strlen (text), "test.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (myo_kb_get_trigger_points (kb)->len, ==, 1);
}

static void
test_syntax (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_new_from_data ("{\n  \"schema\": 1,\n  oops\n}", 24, "bad.json", &error);

  g_assert_null (kb);
  g_assert_error (error, MYO_KB_ERROR, MYO_KB_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "bad.json: $: line 3"));
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MyoKb) kb = myo_kb_new_from_data ("", 0, "empty.json", &error);

  g_assert_null (kb);
  g_assert_nonnull (strstr (error->message, "empty.json: $: "));
}

static void
test_duplicate_id (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_array_add (at (root, "sources"), json_object_get (first (root, "sources")));
  assert_problem (root, "$.sources[1].id", "used twice");
}

static void
test_unresolved_reference (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "trigger_points"), "routine", json_object_new_string ("nope"));
  assert_problem (root, "$.trigger_points[0].routine", "“nope” does not name");
}

static void
test_unresolved_source (void)
{
  g_autoptr(json_object) root = load_fixture ();
  json_object *sources = json_object_new_array ();

  json_object_array_add (sources, json_object_new_string ("src"));
  json_object_array_add (sources, json_object_new_string ("made-up"));
  json_object_object_add (first (root, "steps"), "sources", sources);
  assert_problem (root, "$.steps[0].sources[1]", "“made-up” does not name");
}

static void
test_missing_sources (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_del (first (root, "trigger_points"), "sources");
  assert_problem (root, "$.trigger_points[0].sources", "required");
}

static void
test_polygon_too_small (void)
{
  g_autoptr(json_object) root = load_fixture ();
  json_object *polygon = at (first (root, "regions"), "polygon");

  json_object_array_del_idx (polygon, 0, 2);
  assert_problem (root, "$.regions[0].polygon", "at least 3 points");
}

static void
test_polygon_outside (void)
{
  g_autoptr(json_object) root = load_fixture ();
  json_object *polygon = at (first (root, "regions"), "polygon");
  json_object *point = json_object_array_get_idx (polygon, 2);

  json_object_array_put_idx (point, 0, json_object_new_double (140));
  assert_problem (root, "$.regions[0].polygon[2]", "outside the “back” view");
}

static void
test_polygon_crossed (void)
{
  g_autoptr(json_object) root = load_fixture ();
  json_object *polygon = at (first (root, "regions"), "polygon");
  json_object *third = json_object_get (json_object_array_get_idx (polygon, 2));
  json_object *fourth = json_object_get (json_object_array_get_idx (polygon, 3));

  json_object_array_put_idx (polygon, 2, fourth);
  json_object_array_put_idx (polygon, 3, third);
  assert_problem (root, "$.regions[0].polygon", "crosses itself");
}

static void
test_hold_range (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "steps"), "hold_seconds", json_object_new_int (601));
  assert_problem (root, "$.steps[0].hold_seconds", "out of range");

  json_object_object_add (first (root, "steps"), "hold_seconds", json_object_new_int (0));
  assert_problem (root, "$.steps[0].hold_seconds", "out of range");
}

static void
test_required_text (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "red_flags"), "why", json_object_new_string ("  "));
  assert_problem (root, "$.red_flags[0].why", "must not be empty");

  json_object_object_del (first (root, "muscles"), "name");
  assert_problem (root, "$.muscles[0].name", "required, but missing");
}

static void
test_wrong_type (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "trigger_points"), "number", json_object_new_string ("4"));
  assert_problem (root, "$.trigger_points[0].number", "expected a number, found a string");
}

static void
test_unknown_key (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "trigger_points"), "essentail", json_object_new_array ());
  assert_problem (root, "$.trigger_points[0].essentail", "unknown key");
}

static void
test_unknown_head (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "trigger_points"), "head", json_object_new_string ("outer"));
  assert_problem (root, "$.trigger_points[0].head", "has no head “outer”");
}

static void
test_schema_version (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (root, "schema", json_object_new_int (2));
  assert_problem (root, "$.schema", "not supported");
}

static void
test_region_naming (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const MyoView *back = myo_kb_lookup_view (kb, "back");
  const MyoView *front = myo_kb_lookup_view (kb, "front");
  MyoPoint knee = region_point (kb, "back-knee", MYO_SIDE_LEFT);
  MyoPoint right_knee = region_point (kb, "back-knee", MYO_SIDE_RIGHT);
  const MyoRegion *region;
  MyoSide side;

  /* In the back view the person's left leg is on the viewer's left */
  g_assert_cmpfloat (knee.x, <, back->width / 2);
  region = myo_kb_locate (kb, back, knee.x, knee.y, &side, NULL);
  g_assert_nonnull (region);
  g_assert_cmpstr (region->name, ==, "back of knee");
  g_assert_cmpint (side, ==, MYO_SIDE_LEFT);

  region = myo_kb_locate (kb, back, right_knee.x, right_knee.y, &side, NULL);
  g_assert_nonnull (region);
  g_assert_cmpstr (region->id, ==, "back-knee");
  g_assert_cmpint (side, ==, MYO_SIDE_RIGHT);

  /* In the front view it is on the viewer's right */
  g_assert_cmpint (myo_view_side_at (front, front->width * 0.75), ==, MYO_SIDE_LEFT);

  /* Between the legs and in the corners there is no leg */
  g_assert_null (myo_kb_locate (kb, back, back->width / 2, knee.y, NULL, NULL));
  g_assert_null (myo_kb_locate (kb, back, 1, 1, NULL, NULL));
}

/* Every region of a view is on the leg, and the regions of a view do not
 * overlap, so a point is named exactly once. */
static void
test_regions_disjoint (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GPtrArray *views = myo_kb_get_views (kb);
  GPtrArray *regions = myo_kb_get_regions (kb);

  for (guint v = 0; v < views->len; v++)
    {
      const MyoView *view = g_ptr_array_index (views, v);
      guint inside = 0;

      for (double y = 1; y < view->height; y += 3)
        for (double x = 1; x < view->width; x += 3)
          {
            guint hits = 0;

            for (guint r = 0; r < regions->len; r++)
              {
                const MyoRegion *region = g_ptr_array_index (regions, r);

                if (region->view == view && myo_polygon_contains (region->polygon, x, y))
                  hits++;
              }

            g_assert_cmpuint (hits, <=, 1);
            inside += hits;
          }

      /* A leg covers a fair share of each view */
      g_assert_cmpuint (inside, >, 500);
    }
}

/* Every muscle is named first in words a patient understands */
static void
test_plain_names (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GPtrArray *muscles = myo_kb_get_muscles (kb);
  const MyoTriggerPoint *trp4 = myo_kb_lookup_trigger_point (kb, "gastrocnemius-lateral-4");
  g_autofree char *label = myo_trigger_point_dup_label (trp4);

  for (guint i = 0; i < muscles->len; i++)
    {
      const MyoMuscle *muscle = g_ptr_array_index (muscles, i);
      g_autofree char *name = myo_muscle_dup_display_name (muscle);
      g_autofree char *latin = g_strdup_printf ("(%s)", muscle->name);

      g_assert_nonnull (muscle->plain_name);
      g_assert_cmpstr (muscle->plain_name, !=, muscle->name);
      /* Plain name first, capitalised; the anatomical name after it */
      g_assert_true (g_str_has_suffix (name, latin));
      g_assert_true (g_unichar_isupper (g_utf8_get_char (name)));
      g_assert_true (g_ascii_strncasecmp (name, muscle->plain_name, strlen (muscle->plain_name)) == 0);
    }

  g_assert_cmpstr (label, ==, "Calf muscle (Gastrocnemius), lateral head, trigger point 4");
}

static void
test_plain_name_missing (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_del (first (root, "muscles"), "plain_name");
  assert_problem (root, "$.muscles[0].plain_name", "required, but missing");
}

/* What an editor writes for other editors ("[verify …]", "the reference
 * article's point", "from memory") stays in editor_notes, which Myomap
 * never shows; every other text of the knowledge base is shown somewhere */
static void
check_shown_text (json_object *value,
                  const char  *path,
                  guint       *n_checked)
{
  static const char *remarks[] = { "[verify", "reference article", "from memory", "as recalled",
                                   "fact sheet", "side view pending", "2nd ed" };

  switch (json_object_get_type (value))
    {
    case json_type_object:
      {
        json_object_object_foreach (value, key, member)
          {
            g_autofree char *inner = g_strdup_printf ("%s.%s", path, key);

            if (!g_str_equal (key, "editor_notes"))
              check_shown_text (member, inner, n_checked);
          }
      }
      break;

    case json_type_array:
      for (gsize i = 0; i < json_object_array_length (value); i++)
        {
          g_autofree char *inner = g_strdup_printf ("%s[%zu]", path, i);

          check_shown_text (json_object_array_get_idx (value, i), inner, n_checked);
        }
      break;

    case json_type_string:
      {
        g_autofree char *text = g_ascii_strdown (json_object_get_string (value), -1);

        for (guint i = 0; i < G_N_ELEMENTS (remarks); i++)
          if (strstr (text, remarks[i]) != NULL)
            g_error ("%s shows an editor's remark (“%s”): %s", path, remarks[i],
                     json_object_get_string (value));
        (*n_checked)++;
      }
      break;

    case json_type_null:
    case json_type_boolean:
    case json_type_double:
    case json_type_int:
    default:
      break;
    }
}

static void
test_editor_notes_never_shown (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "kb", "myomap-kb.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) root = myo_json_parse_file (path, &error);
  guint n_checked = 0;
  guint n_notes = 0;

  g_assert_no_error (error);
  check_shown_text (root, "$", &n_checked);
  g_assert_cmpuint (n_checked, >, 1000);

  /* The remarks were moved, not lost */
  {
    json_object *muscles = at (root, "muscles");

    for (gsize i = 0; i < json_object_array_length (muscles); i++)
      n_notes += json_object_object_get_ex (json_object_array_get_idx (muscles, i), "editor_notes", NULL);
  }
  g_assert_cmpuint (n_notes, >=, 18);
}

static double
polygon_area (const MyoPolygon *polygon)
{
  double twice = 0;

  for (guint i = 0; i < polygon->n_points; i++)
    {
      MyoPoint a = polygon->points[i];
      MyoPoint b = polygon->points[(i + 1) % polygon->n_points];

      twice += a.x * b.y - b.x * a.y;
    }

  return fabs (twice) / 2;
}

/* A referral zone is drawn as the charts draw it, never as a dot: each
 * trigger point's largest zone, and its zones together, cover more than the
 * circle around the point itself */
static void
test_zones_larger_than_local (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GPtrArray *trps = myo_kb_get_trigger_points (kb);

  for (guint i = 0; i < trps->len; i++)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (trps, i);
      /* A point too deep to press has no local circle; its zones still
       * beat the usual one */
      double circle = G_PI * MAX (trp->local_radius, 15) * MAX (trp->local_radius, 15);
      double largest = 0, total = 0;
      GPtrArray *kinds[] = { trp->essential, trp->spillover };

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        for (guint z = 0; z < kinds[k]->len; z++)
          {
            double area = polygon_area (((const MyoShape *) g_ptr_array_index (kinds[k], z))->polygon);

            largest = MAX (largest, area);
            total += area;
          }

      if (largest <= circle)
        g_error ("%s: its largest zone (%.0f) is no bigger than its local circle (%.0f)",
                 trp->id, largest, circle);
      g_assert_cmpfloat (total, >, 2 * circle);
    }
}

/* Behind the outer ankle bone run the peroneal tendons: the soleus's heel
 * zone stays behind the Achilles tendon and does not wrap forward there */
static void
test_soleus_off_outer_ankle (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "diagram", "landmarks.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) root = myo_json_parse_file (path, &error);
  const MyoView *lateral = myo_kb_lookup_view (kb, "lateral");
  json_object *malleolus = at (at (at (root, "landmarks"), "lateral"), "lateral-malleolus");
  json_object *achilles = at (at (at (root, "landmarks"), "lateral"), "achilles");
  MyoPoint m = { json_object_get_double (json_object_array_get_idx (malleolus, 0)),
                 json_object_get_double (json_object_array_get_idx (malleolus, 1)) };
  double achilles_x = json_object_get_double (json_object_array_get_idx (achilles, 0));
  const char *ids[] = { "soleus-1", "soleus-2", "soleus-3" };
  guint n_samples = 0;

  g_assert_no_error (error);
  /* The left leg's toes point to the viewer's left in this view: behind
   * the ankle bone is towards larger x, up to the Achilles tendon */
  g_assert_cmpfloat (achilles_x, >, m.x);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (kb, ids[i]);

      g_assert_nonnull (trp);
      for (double dy = -20; dy <= 20; dy += 2)
        for (double x = m.x - 14; x <= m.x + 0.85 * (achilles_x - m.x); x += 2)
          {
            MyoPoint p = { x, m.y + dy };

            n_samples++;
            if (myo_kb_zone_at (kb, trp, lateral, p) != MYO_ZONE_NONE)
              g_error ("%s's zone reaches the groove behind the outer ankle bone at %.0f,%.0f",
                       trp->id, p.x, p.y);
          }
    }
  g_assert_cmpuint (n_samples, >, 100);
}

/* Issue 14: the whole lower quarter */
static void
test_lower_quarter (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  const char *muscles[] = {
    "gluteus-minimus", "gluteus-medius", "gluteus-maximus", "piriformis", "tensor-fasciae-latae",
    "rectus-femoris", "vastus-intermedius", "sartorius", "gracilis", "pectineus", "adductor-magnus",
    "adductor-brevis", "quadratus-lumborum", "iliopsoas", "semitendinosus", "quadratus-plantae",
    "abductor-hallucis", "flexor-digitorum-brevis", "abductor-digiti-minimi",
    "extensor-digitorum-brevis", "flexor-hallucis-brevis", "adductor-hallucis", "interossei",
  };
  GPtrArray *all = myo_kb_get_muscles (kb);

  g_assert_cmpuint (all->len, >=, 40);
  g_assert_cmpuint (myo_kb_get_trigger_points (kb)->len, >=, 60);
  for (guint i = 0; i < G_N_ELEMENTS (muscles); i++)
    {
      gboolean found = FALSE;

      for (guint m = 0; m < all->len; m++)
        found |= g_str_equal (((const MyoMuscle *) g_ptr_array_index (all, m))->id, muscles[i]);
      if (!found)
        g_error ("%s is missing", muscles[i]);
    }
  g_assert_nonnull (myo_kb_lookup_trigger_point (kb, "gluteus-minimus-anterior-1"));
  g_assert_nonnull (myo_kb_lookup_trigger_point (kb, "gluteus-minimus-posterior-1"));
  g_assert_nonnull (myo_kb_lookup_trigger_point (kb, "vastus-lateralis-5"));
}

/* The picture @name is in the resources and renders with librsvg to a
 * picture that is not blank */
static void
assert_picture_renders (const char *name,
                        const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) handle_object = NULL;
  RsvgHandle *handle;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport = { 0, 0, 120, 90 };
  guint inked = 0;

  if (name == NULL)
    g_error ("%s has no illustration", what);
  handle = myo_map_load_illustration (name, &error);
  g_assert_no_error (error);
  handle_object = G_OBJECT (handle);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 90);
  cr = cairo_create (surface);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < 90; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                              y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < 120; x++)
        inked += (row[x] >> 24) > 0;
    }
  cairo_surface_destroy (surface);

  /* a figure, not an empty or nearly empty canvas */
  if (inked < 120 * 90 / 20)
    g_error ("the picture of %s (%s) is nearly empty", what, name);
}

/* Every step, and every gentler or stronger way to do it, shows a picture
 * of its position */
static void
test_illustrations (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GPtrArray *points = myo_kb_get_trigger_points (kb);
  guint n_checked = 0;

  for (guint i = 0; i < points->len; i++)
    {
      const MyoTriggerPoint *trp = g_ptr_array_index (points, i);

      for (guint s = 0; s < trp->routine->steps->len; s++)
        {
          const MyoStep *step = g_ptr_array_index (trp->routine->steps, s);
          g_autofree char *what = g_strdup_printf ("step “%s”", step->id);

          assert_picture_renders (step->illustration, what);
          n_checked++;

          for (guint a = 0; a < step->alternatives->len; a++)
            {
              const MyoAlternative *alternative = g_ptr_array_index (step->alternatives, a);
              g_autofree char *alt_what = g_strdup_printf ("“%s” of step “%s”", alternative->title, step->id);

              assert_picture_renders (alternative->illustration, alt_what);
              n_checked++;
            }
        }
    }

  g_assert_cmpuint (n_checked, >, 0);
}

static void
test_illustration_unknown (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "steps"), "illustration",
                          json_object_new_string ("ball-on-the-moon"));
  assert_problem (root, "$.steps[0].illustration", "there is no picture “ball-on-the-moon”");
}

static void
test_illustration_path (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "steps"), "illustration",
                          json_object_new_string ("../diagram/back"));
  assert_problem (root, "$.steps[0].illustration", "is not a picture name");
}

/* Red flags say how soon a "yes" needs care; the three emergencies the
 * routine must never miss are there */
static void
test_urgency (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GPtrArray *flags = myo_kb_get_red_flags (kb);
  const char * const emergencies[] = { "dvt", "cold-foot", "compartment", "saddle-numbness" };
  guint counts[3] = { 0, };

  for (guint i = 0; i < flags->len; i++)
    {
      const MyoRedFlag *flag = g_ptr_array_index (flags, i);

      counts[flag->urgency]++;
      for (guint e = 0; e < G_N_ELEMENTS (emergencies); e++)
        if (g_str_equal (flag->id, emergencies[e]))
          g_assert_cmpint (flag->urgency, ==, MYO_URGENCY_EMERGENCY);
    }

  for (guint e = 0; e < G_N_ELEMENTS (emergencies); e++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < flags->len && !found; i++)
        found = g_str_equal (((MyoRedFlag *) g_ptr_array_index (flags, i))->id, emergencies[e]);
      g_assert_true (found);
    }

  g_assert_cmpuint (counts[MYO_URGENCY_EMERGENCY], >=, 4);
  g_assert_cmpuint (counts[MYO_URGENCY_TODAY], >=, 1);
  g_assert_cmpuint (counts[MYO_URGENCY_ASK_BEFORE_PRESSING], >=, 1);
}

static void
test_urgency_errors (void)
{
  g_autoptr(json_object) root = load_fixture ();

  json_object_object_add (first (root, "red_flags"), "urgency", json_object_new_string ("soon"));
  assert_problem (root, "$.red_flags[0].urgency", "“soon” is not an urgency");

  json_object_object_del (first (root, "red_flags"), "urgency");
  assert_problem (root, "$.red_flags[0].urgency", "required");
}

/* "near_pulses" names pulses by their nicks, once each, and the point's
 * routine must show a caution while the point is found or released */
static void
test_near_pulses (void)
{
  g_autoptr(json_object) root = load_fixture ();
  json_object *trp = first (root, "trigger_points");
  json_object *pulses = json_object_new_array ();
  g_autoptr(MyoKb) kb = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  json_object_array_add (pulses, json_object_new_string ("popliteal"));
  json_object_object_add (trp, "near_pulses", pulses);
  assert_problem (root, "$.trigger_points[0].near_pulses", "no caution on finding or releasing");

  json_object_object_add (first (root, "steps"), "caution",
                          json_object_new_string ("Never press on a spot where you feel a pulse."));
  text = g_strdup (json_object_to_json_string (root));
  kb = myo_kb_new_from_data (text, strlen (text), "kb.json", &error);
  g_assert_no_error (error);
  g_assert_true (myo_trigger_point_is_near_pulse (myo_kb_lookup_trigger_point (kb, "calf-1"),
                                                  MYO_PULSE_POPLITEAL));
  g_assert_false (myo_trigger_point_is_near_pulse (myo_kb_lookup_trigger_point (kb, "calf-1"),
                                                   MYO_PULSE_FEMORAL));

  json_object_array_add (pulses, json_object_new_string ("popliteal"));
  assert_problem (root, "$.trigger_points[0].near_pulses[1]", "“popliteal” is listed twice");

  json_object_array_put_idx (pulses, 1, json_object_new_string ("radial"));
  assert_problem (root, "$.trigger_points[0].near_pulses[1]",
                  "“radial” is not allowed here; use one of: popliteal, femoral, dorsalis-pedis, "
                  "posterior-tibial");

  json_object_array_put_idx (pulses, 1, json_object_new_int (3));
  assert_problem (root, "$.trigger_points[0].near_pulses[1]", "expected a string, found a number");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/kb/load-shipped", test_shipped);
  g_test_add_func ("/myo/kb/near-pulses", test_near_pulses);
  g_test_add_func ("/myo/kb/load-shipped-file", test_shipped_file);
  g_test_add_func ("/myo/kb/load-valid", test_fixture_valid);
  g_test_add_func ("/myo/kb/error/syntax", test_syntax);
  g_test_add_func ("/myo/kb/error/empty", test_empty);
  g_test_add_func ("/myo/kb/error/duplicate-id", test_duplicate_id);
  g_test_add_func ("/myo/kb/error/unresolved-reference", test_unresolved_reference);
  g_test_add_func ("/myo/kb/error/unresolved-source", test_unresolved_source);
  g_test_add_func ("/myo/kb/error/missing-sources", test_missing_sources);
  g_test_add_func ("/myo/kb/error/polygon-too-small", test_polygon_too_small);
  g_test_add_func ("/myo/kb/error/polygon-outside", test_polygon_outside);
  g_test_add_func ("/myo/kb/error/polygon-crossed", test_polygon_crossed);
  g_test_add_func ("/myo/kb/error/hold-range", test_hold_range);
  g_test_add_func ("/myo/kb/error/required-text", test_required_text);
  g_test_add_func ("/myo/kb/error/wrong-type", test_wrong_type);
  g_test_add_func ("/myo/kb/error/unknown-key", test_unknown_key);
  g_test_add_func ("/myo/kb/error/unknown-head", test_unknown_head);
  g_test_add_func ("/myo/kb/error/schema-version", test_schema_version);
  g_test_add_func ("/myo/kb/region-naming", test_region_naming);
  g_test_add_func ("/myo/kb/regions-disjoint", test_regions_disjoint);
  g_test_add_func ("/myo/kb/plain-names", test_plain_names);
  g_test_add_func ("/myo/kb/error/plain-name-missing", test_plain_name_missing);
  g_test_add_func ("/myo/kb/editor-notes-never-shown", test_editor_notes_never_shown);
  g_test_add_func ("/myo/kb/zones-larger-than-local", test_zones_larger_than_local);
  g_test_add_func ("/myo/kb/soleus-off-outer-ankle", test_soleus_off_outer_ankle);
  g_test_add_func ("/myo/kb/lower-quarter", test_lower_quarter);
  g_test_add_func ("/myo/kb/illustrations", test_illustrations);
  g_test_add_func ("/myo/kb/error/illustration-unknown", test_illustration_unknown);
  g_test_add_func ("/myo/kb/error/illustration-path", test_illustration_path);
  g_test_add_func ("/myo/kb/urgency", test_urgency);
  g_test_add_func ("/myo/kb/error/urgency", test_urgency_errors);

  return g_test_run ();
}
