/* test-resources.c: the two resource bundles
 *
 * The core links only its own bundle (the knowledge base, the diagrams,
 * the pictures of positions); the widgets' bundle (templates, stylesheet,
 * examples, icons) is linked with the widgets. This test is linked like
 * the core's other tests, so it sees what the command line and the core
 * see.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-kb.h"

#define BASE "/io/github/myomap/Myomap/"

static gboolean
has_resource (const char *path)
{
  return g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL);
}

static void
test_core_bundle_holds_the_data (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  GPtrArray *views = myo_kb_get_views (kb);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pictures = NULL;

  g_assert_true (has_resource (BASE "kb/myomap-kb.json"));
  g_assert_cmpuint (views->len, >, 0);
  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);
      g_autofree char *path = g_strconcat (BASE "diagram/", view->file, NULL);

      g_assert_true (has_resource (path));
    }

  /* The pictures of positions, which the handout (a core paper) draws */
  pictures = g_resources_enumerate_children (BASE "illustrations/", G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (pictures), >=, 40);
  for (guint i = 0; pictures[i] != NULL; i++)
    g_assert_true (g_str_has_suffix (pictures[i], ".svg"));
}

static void
test_core_bundle_has_no_ui (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = NULL;

  /* Neither a template, nor the stylesheet, nor the examples */
  g_assert_false (has_resource (BASE "ui/myo-window.ui"));
  g_assert_false (has_resource (BASE "style.css"));
  g_assert_false (has_resource (BASE "gtk/help-overlay.ui"));
  children = g_resources_enumerate_children (BASE "ui/", G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
  g_assert_null (children);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/resources/core-bundle-holds-the-data", test_core_bundle_holds_the_data);
  g_test_add_func ("/myo/resources/core-bundle-has-no-ui", test_core_bundle_has_no_ui);

  return g_test_run ();
}
