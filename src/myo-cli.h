/* myo-cli.h: the commands that work without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* sysexits.h values, so scripts can tell bad data from bad usage */
#define MYO_EXIT_DATAERR 65
#define MYO_EXIT_USAGE   64
#define MYO_EXIT_NOINPUT 66
#define MYO_EXIT_CANTCREAT 73

int myo_cli_validate_kb (const char *path);
int myo_cli_report      (const char *path,
                         gboolean    as_json);
int myo_cli_export_journal (const char *path);
int myo_cli_export_pdf  (const char *session_path,
                         gboolean    handout,
                         const char *output,
                         const char *paper);
int myo_cli_export_handout_points (const char *ids,
                                   const char *output,
                                   const char *paper);

G_END_DECLS
