/* replay.c: a fuzz target as a plain test
 *
 * Feeds the target every file in the folders given on the command line:
 * its seed corpus and every input that once broke it. Built in every build
 * (gcc, sanitizers, valgrind), so a crash found once stays fixed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "myo-fuzz.h"
#include "myo-json.h"

static void
replay (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (myo_file_read (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const guint8 *) contents, length), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

int
main (int   argc,
      char *argv[])
{
  guint n_inputs = 0;

  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *folder = g_path_get_basename (argv[i]);
      g_autofree char *parent = g_path_get_dirname (argv[i]);
      g_autofree char *kind = g_path_get_basename (parent);
      const char *name;

      if (dir == NULL)
        g_error ("No folder %s", argv[i]);

      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_names);

      for (guint j = 0; j < names->len; j++)
        {
          const char *file = g_ptr_array_index (names, j);
          g_autofree char *test_path = g_strdup_printf ("/myo/fuzz/%s/%s/%s", kind, folder, file);

          g_test_add_data_func_full (test_path, g_build_filename (argv[i], file, NULL), replay, g_free);
          n_inputs++;
        }
    }

  /* An empty corpus would make this test pass having checked nothing */
  g_assert_cmpuint (n_inputs, >, 0);

  return g_test_run ();
}
