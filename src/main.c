/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "myo-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MyoApplication) app = NULL;
  const char *localedir;

  /* MYOMAP_LOCALEDIR points the uninstalled binary at the catalogues built
   * in _build/po (the tests, `meson devenv`, `build-aux/dev run`) */
  localedir = g_getenv ("MYOMAP_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = myo_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
