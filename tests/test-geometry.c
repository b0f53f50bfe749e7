/* test-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "myo-geometry.h"

static const MyoPoint square[] = { { 10, 10 }, { 30, 10 }, { 30, 30 }, { 10, 30 } };

static void
test_contains (void)
{
  g_autoptr(MyoPolygon) polygon = myo_polygon_new (square, G_N_ELEMENTS (square));

  g_assert_true (myo_polygon_contains (polygon, 20, 20));
  g_assert_true (myo_polygon_contains (polygon, 10.5, 29.5));
  g_assert_false (myo_polygon_contains (polygon, 9.9, 20));
  g_assert_false (myo_polygon_contains (polygon, 20, 31));
  g_assert_false (myo_polygon_contains (polygon, -100, -100));
}

static void
test_concave (void)
{
  /* A "U": the notch between the arms is outside */
  static const MyoPoint u[] = {
    { 0, 0 }, { 10, 0 }, { 10, 20 }, { 20, 20 }, { 20, 0 }, { 30, 0 }, { 30, 30 }, { 0, 30 },
  };
  g_autoptr(MyoPolygon) polygon = myo_polygon_new (u, G_N_ELEMENTS (u));

  g_assert_true (myo_polygon_contains (polygon, 5, 5));
  g_assert_true (myo_polygon_contains (polygon, 25, 5));
  g_assert_false (myo_polygon_contains (polygon, 15, 5));
  g_assert_true (myo_polygon_contains (polygon, 15, 25));
  g_assert_true (myo_polygon_is_simple (polygon));
}

static void
test_mirror (void)
{
  g_autoptr(MyoPolygon) polygon = myo_polygon_new (square, G_N_ELEMENTS (square));
  g_autoptr(MyoPolygon) mirror = myo_polygon_mirrored (polygon, 100);
  MyoPoint p = myo_point_mirrored ((MyoPoint) { 20, 20 }, 100);

  g_assert_cmpfloat (p.x, ==, 80);
  g_assert_cmpfloat (p.y, ==, 20);
  g_assert_true (myo_polygon_contains (mirror, 80, 20));
  g_assert_false (myo_polygon_contains (mirror, 20, 20));
  g_assert_cmpfloat (mirror->min_x, ==, 70);
  g_assert_cmpfloat (mirror->max_x, ==, 90);
}

static void
test_simple (void)
{
  static const MyoPoint bowtie[] = { { 0, 0 }, { 10, 10 }, { 10, 0 }, { 0, 10 } };
  g_autoptr(MyoPolygon) crossed = myo_polygon_new (bowtie, G_N_ELEMENTS (bowtie));
  g_autoptr(MyoPolygon) polygon = myo_polygon_new (square, G_N_ELEMENTS (square));

  g_assert_false (myo_polygon_is_simple (crossed));
  g_assert_true (myo_polygon_is_simple (polygon));
}

/* Whether two edges cross, point by point, as the definition says */
static gboolean
cross (MyoPoint a, MyoPoint b, MyoPoint c, MyoPoint d)
{
  double o1 = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  double o2 = (b.x - a.x) * (d.y - a.y) - (b.y - a.y) * (d.x - a.x);
  double o3 = (d.x - c.x) * (a.y - c.y) - (d.y - c.y) * (a.x - c.x);
  double o4 = (d.x - c.x) * (b.y - c.y) - (d.y - c.y) * (b.x - c.x);

  return o1 * o2 < 0 && o3 * o4 < 0;
}

/* The sweep finds the crossings that comparing every pair of edges finds,
 * on random outlines: star-shaped ones (simple) and scrambled ones, with
 * repeated coordinates among them */
static void
test_simple_sweep (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  guint n_simple = 0, n_crossed = 0;

  for (guint run = 0; run < 2000; run++)
    {
      guint n = g_rand_int_range (rand, 3, 40);
      g_autofree MyoPoint *points = g_new (MyoPoint, n);
      g_autoptr(MyoPolygon) polygon = NULL;
      gboolean star = run % 2 == 0, expected = TRUE;

      for (guint i = 0; i < n; i++)
        {
          double angle = star ? 2 * G_PI * i / n : g_rand_double_range (rand, 0, 2 * G_PI);
          double radius = g_rand_int_range (rand, 5, 50);

          points[i] = (MyoPoint) { round (100 + radius * cos (angle)), round (100 + radius * sin (angle)) };
        }
      polygon = myo_polygon_new (points, n);

      for (guint i = 0; i < n; i++)
        for (guint j = i + 2; j < n; j++)
          if (!(i == 0 && j == n - 1) &&
              cross (points[i], points[(i + 1) % n], points[j], points[(j + 1) % n]))
            expected = FALSE;

      g_assert_cmpint (myo_polygon_is_simple (polygon), ==, expected);
      if (expected)
        n_simple++;
      else
        n_crossed++;
    }

  /* Both answers were put to the test */
  g_assert_cmpuint (n_simple, >, 100);
  g_assert_cmpuint (n_crossed, >, 100);
}

static void
test_centroid (void)
{
  g_autoptr(MyoPolygon) polygon = myo_polygon_new (square, G_N_ELEMENTS (square));
  MyoPoint c = myo_polygon_centroid (polygon);

  g_assert_cmpfloat_with_epsilon (c.x, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.y, 20, 1e-9);
}

/* The one view transform: aspect kept, centred, and back again */
static void
test_view_fit (void)
{
  MyoRect view = { 0, 0, 400, 900 };
  MyoViewFit fit;
  MyoPoint p, back;

  /* A wide target: the height limits, the legs are centred across */
  g_assert_true (myo_view_fit_init (&fit, &view, &(MyoRect) { 8, 8, 984, 450 }));
  g_assert_cmpfloat_with_epsilon (fit.scale, 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (fit.x0, 8 + (984 - 200) / 2., 1e-12);
  g_assert_cmpfloat_with_epsilon (fit.y0, 8, 1e-12);

  p = myo_view_fit_to_target (&fit, (MyoPoint) { 400, 900 });
  g_assert_cmpfloat_with_epsilon (p.x, fit.x0 + 200, 1e-12);
  g_assert_cmpfloat_with_epsilon (p.y, 8 + 450, 1e-12);
  back = myo_view_fit_to_source (&fit, p.x, p.y);
  g_assert_cmpfloat_with_epsilon (back.x, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (back.y, 900, 1e-9);

  /* A part of the view fills a tall target across; its corner lands on
   * the target's */
  g_assert_true (myo_view_fit_init (&fit, &(MyoRect) { 100, 300, 200, 100 }, &(MyoRect) { 0, 0, 600, 1000 }));
  g_assert_cmpfloat_with_epsilon (fit.scale, 3, 1e-12);
  p = myo_view_fit_to_target (&fit, (MyoPoint) { 100, 300 });
  g_assert_cmpfloat_with_epsilon (p.x, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.y, (1000 - 300) / 2., 1e-9);

  /* Nothing to fit into: the identity, and said so */
  g_assert_false (myo_view_fit_init (&fit, &view, &(MyoRect) { 0, 0, -4, 300 }));
  g_assert_cmpfloat (fit.scale, ==, 1);
  g_assert_cmpfloat (fit.x0, ==, 0);
  g_assert_false (myo_view_fit_init (&fit, &(MyoRect) { 0, 0, 0, 0 }, &view));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/geometry/contains", test_contains);
  g_test_add_func ("/myo/geometry/concave", test_concave);
  g_test_add_func ("/myo/geometry/mirror", test_mirror);
  g_test_add_func ("/myo/geometry/simple", test_simple);
  g_test_add_func ("/myo/geometry/simple-sweep", test_simple_sweep);
  g_test_add_func ("/myo/geometry/centroid", test_centroid);
  g_test_add_func ("/myo/geometry/view-fit", test_view_fit);

  return g_test_run ();
}
