/* test-point-editor.c: the editor of one pain point follows its session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "myo-point-editor.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"

typedef struct
{
  MyoKb          *kb;
  MyoSession     *session;
  guint           id;
  MyoPointEditor *editor;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->session = session_new_default (&fixture->kb);
  fixture->id = add_in_region (fixture->session, "back-knee", MYO_SIDE_LEFT, 5);
  fixture->editor = g_object_ref_sink (MYO_POINT_EDITOR (myo_point_editor_new (fixture->session, fixture->id)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->editor);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->kb);
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  return find_styled (widget, type, NULL);
}

static const char *
get_heading (Fixture *fixture)
{
  GtkWidget *label = find_styled (GTK_WIDGET (fixture->editor), GTK_TYPE_LABEL, "heading");

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

/* The heading named "intensity 5" after the slider had moved */
static void
test_heading_follows (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkRange *scale = GTK_RANGE (find_child (GTK_WIDGET (fixture->editor), GTK_TYPE_SCALE));

  g_assert_cmpfloat (gtk_range_get_value (scale), ==, 5);
  g_assert_true (g_str_has_suffix (get_heading (fixture), "intensity 5"));

  gtk_range_set_value (scale, 8);
  g_assert_cmpint (myo_session_lookup_point (fixture->session, fixture->id)->intensity, ==, 8);
  g_assert_true (g_str_has_suffix (get_heading (fixture), "intensity 8"));

  /* An undo elsewhere (Ctrl+Z) moves the slider back with the heading */
  g_assert_true (myo_session_undo (fixture->session));
  g_assert_cmpfloat (gtk_range_get_value (scale), ==, 5);
  g_assert_true (g_str_has_suffix (get_heading (fixture), "intensity 5"));
  g_assert_cmpint (myo_session_lookup_point (fixture->session, fixture->id)->intensity, ==, 5);
}

static void
test_quality (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_child (GTK_WIDGET (fixture->editor), GTK_TYPE_DROP_DOWN));

  /* The choices are MyoQuality's, in its order */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, MYO_QUALITY_NUMB + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, MYO_QUALITY_ACHING);

  gtk_drop_down_set_selected (dropdown, MYO_QUALITY_BURNING);
  g_assert_cmpint (myo_session_lookup_point (fixture->session, fixture->id)->quality, ==, MYO_QUALITY_BURNING);
}

static void
removed_cb (MyoPointEditor *editor,
            guint          *n_removed)
{
  (*n_removed)++;
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *button = find_styled (GTK_WIDGET (fixture->editor), GTK_TYPE_BUTTON, "destructive-action");
  guint n_removed = 0;

  g_assert_nonnull (button);
  g_signal_connect (fixture->editor, "removed", G_CALLBACK (removed_cb), &n_removed);
  g_signal_emit_by_name (button, "clicked");

  g_assert_cmpuint (n_removed, ==, 1);
  g_assert_cmpuint (myo_session_get_n_points (fixture->session), ==, 0);

  /* The point is gone: the editor keeps what it showed and says nothing */
  g_assert_true (g_str_has_suffix (get_heading (fixture), "intensity 5"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/myo/point-editor/heading-follows", Fixture, NULL, fixture_set_up, test_heading_follows, fixture_tear_down);
  g_test_add ("/myo/point-editor/quality", Fixture, NULL, fixture_set_up, test_quality, fixture_tear_down);
  g_test_add ("/myo/point-editor/remove", Fixture, NULL, fixture_set_up, test_remove, fixture_tear_down);

  return g_test_run ();
}
