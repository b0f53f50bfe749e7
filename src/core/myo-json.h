/* myo-json.h: json-c helpers shared by the loaders and writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_object, json_object_put)

#define MYO_JSON_ERROR (myo_json_error_quark ())

typedef enum
{
  MYO_JSON_ERROR_SYNTAX,
  MYO_JSON_ERROR_TOO_LARGE,
} MyoJsonError;

/* Files people send each other stay far below this; anything larger is refused
 * before parsing so a hostile file cannot make the app stall. */
#define MYO_JSON_MAX_FILE_SIZE (16 * 1024 * 1024)
/* Values and keys: a tree of small nodes costs far more than its text */
#define MYO_JSON_MAX_NODES (4 * 1024 * 1024)

GQuark       myo_json_error_quark    (void);
json_object *myo_json_parse          (const char   *data,
                                      gsize         length,
                                      GError      **error);
json_object *myo_json_parse_limited  (const char   *data,
                                      gsize         length,
                                      gsize         max_size,
                                      gsize         max_nodes,
                                      GError      **error);
gsize        myo_json_count_nodes    (const char   *data,
                                      gsize         length);
gboolean     myo_file_read           (const char   *path,
                                      char        **contents,
                                      gsize        *length,
                                      GError      **error);
gboolean     myo_file_read_limited   (const char   *path,
                                      gsize         max_size,
                                      char        **contents,
                                      gsize        *length,
                                      GError      **error);
json_object *myo_json_parse_file     (const char   *path,
                                      GError      **error);
gboolean     myo_file_write_atomic   (const char   *path,
                                      const char   *contents,
                                      gsize         length,
                                      GError      **error);
gboolean     myo_json_write_file     (const char   *path,
                                      json_object  *object,
                                      GError      **error);

G_END_DECLS
