/* test-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
  g_test_add_func ("/myo/geometry/centroid", test_centroid);
  g_test_add_func ("/myo/geometry/view-fit", test_view_fit);

  return g_test_run ();
}
