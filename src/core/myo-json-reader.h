/* myo-json-reader.h: walking a JSON document with its path, listing problems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "myo-json.h"

G_BEGIN_DECLS

/* A reader walks a json-c tree keeping the JSON path of where it is
 * ("$.muscles[3].trigger_points[1].position"). Every getter checks the type
 * (and range, or enum nick) of one member and, when it is wrong, adds a
 * problem "PREFIX$.path: message" to the list and carries on, so one
 * reading names everything that is wrong, not just the first thing. */
typedef struct _MyoJsonReader MyoJsonReader;

typedef void (*MyoJsonReaderItemFunc) (MyoJsonReader *reader,
                                       json_object   *item,
                                       gpointer       user_data);

MyoJsonReader *myo_json_reader_new              (const char             *prefix,
                                                 guint                   max_problems);
void           myo_json_reader_free             (MyoJsonReader          *reader);

gsize          myo_json_reader_push_key         (MyoJsonReader          *reader,
                                                 const char             *key);
gsize          myo_json_reader_push_index       (MyoJsonReader          *reader,
                                                 gsize                   index);
void           myo_json_reader_pop              (MyoJsonReader          *reader,
                                                 gsize                   mark);
const char    *myo_json_reader_get_path         (MyoJsonReader          *reader);

void           myo_json_reader_problem          (MyoJsonReader          *reader,
                                                 const char             *format,
                                                 ...) G_GNUC_PRINTF (2, 3);
void           myo_json_reader_member_problem   (MyoJsonReader          *reader,
                                                 const char             *key,
                                                 const char             *format,
                                                 ...) G_GNUC_PRINTF (3, 4);
GPtrArray     *myo_json_reader_get_problems     (MyoJsonReader          *reader);
guint          myo_json_reader_get_n_problems   (MyoJsonReader          *reader);
guint          myo_json_reader_get_n_unreported (MyoJsonReader          *reader);
char          *myo_json_reader_dup_summary      (MyoJsonReader          *reader);

gboolean       myo_json_reader_has_type         (json_object            *value,
                                                 json_type               type);
json_object   *myo_json_reader_member           (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 json_type               type,
                                                 gboolean                required);
gboolean       myo_json_reader_expect_type      (MyoJsonReader          *reader,
                                                 json_object            *value,
                                                 json_type               type);
void           myo_json_reader_check_keys       (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char * const     *allowed);
const char    *myo_json_reader_get_string       (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                required);
char          *myo_json_reader_dup_string       (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                required);
gboolean       myo_json_reader_get_number       (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                required,
                                                 double                  min,
                                                 double                  max,
                                                 double                 *out);
gboolean       myo_json_reader_get_int          (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                required,
                                                 int                     min,
                                                 int                     max,
                                                 int                    *out);
gboolean       myo_json_reader_get_boolean      (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                fallback);
gboolean       myo_json_reader_read_enum        (MyoJsonReader          *reader,
                                                 json_object            *value,
                                                 GType                   enum_type,
                                                 int                    *out);
gboolean       myo_json_reader_get_enum         (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                required,
                                                 GType                   enum_type,
                                                 int                    *out);
char         **myo_json_reader_dup_strv         (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                required);
json_object   *myo_json_reader_get_array        (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                required,
                                                 gsize                   max_length);
void           myo_json_reader_for_each         (MyoJsonReader          *reader,
                                                 json_object            *object,
                                                 const char             *key,
                                                 gboolean                required,
                                                 MyoJsonReaderItemFunc   func,
                                                 gpointer                user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MyoJsonReader, myo_json_reader_free)

G_END_DECLS
