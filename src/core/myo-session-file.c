/* myo-session-file.c: a session to and from its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "myo-json-reader.h"
#include "myo-session-private.h"

const char * const _myo_pain_rating_keys[MYO_N_PAIN_RATINGS] = { "now", "average", "worst" };

/* Writing */

/**
 * _myo_point_json_new:
 * @quality: (nullable): its nick, or %NULL when not described
 *
 * Returns: (transfer full): a point as session and journal files hold it
 */
json_object *
_myo_point_json_new (const char *view,
                     double      x,
                     double      y,
                     int         intensity,
                     const char *quality,
                     const char *side,
                     const char *region)
{
  json_object *item = json_object_new_object ();

  json_object_object_add (item, "view", json_object_new_string (view));
  json_object_object_add (item, "x", json_object_new_double (x));
  json_object_object_add (item, "y", json_object_new_double (y));
  json_object_object_add (item, "intensity", json_object_new_int (intensity));
  if (quality != NULL)
    json_object_object_add (item, "quality", json_object_new_string (quality));
  /* Derived, written for people and other tools reading the file */
  json_object_object_add (item, "side", json_object_new_string (side));
  json_object_object_add (item, "region", json_object_new_string (region));

  return item;
}

/**
 * _myo_pain_ratings_add_json:
 * @ratings: by MyoPainRating, -1 for not given
 *
 * Adds the ratings given to @object as its "pain", if any was.
 */
void
_myo_pain_ratings_add_json (json_object *object,
                            const int   *ratings)
{
  json_object *pain = NULL;

  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    if (ratings[i] >= 0)
      {
        if (pain == NULL)
          {
            pain = json_object_new_object ();
            json_object_object_add (object, "pain", pain);
          }
        json_object_object_add (pain, _myo_pain_rating_keys[i], json_object_new_int (ratings[i]));
      }
}

/**
 * _myo_session_dup_answers_json:
 *
 * Returns: (transfer full) (nullable): the answers to "Is this my pain?"
 *   as the "answers" of a session file, or %NULL when none was given
 */
json_object *
_myo_session_dup_answers_json (MyoSession *self)
{
  g_autoptr(GPtrArray) keys = myo_session_dup_answered (self);
  json_object *answers;

  if (keys->len == 0)
    return NULL;

  answers = json_object_new_array ();
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      const char *colon = strrchr (key, ':');
      g_autofree char *trp_id = g_strndup (key, colon - key);
      json_object *item = json_object_new_object ();
      MyoAnswer answer = GPOINTER_TO_UINT (g_hash_table_lookup (self->answers, key));

      json_object_object_add (item, "trigger_point", json_object_new_string (trp_id));
      json_object_object_add (item, "side", json_object_new_string (colon + 1));
      json_object_object_add (item, "answer", json_object_new_string (myo_answer_to_string (answer)));
      json_object_array_add (answers, item);
    }

  return answers;
}

/**
 * _myo_session_dup_areas_json:
 *
 * Returns: (transfer full): the strokes as the "areas" of a session file
 */
json_object *
_myo_session_dup_areas_json (MyoSession *self)
{
  json_object *areas = json_object_new_array ();

  for (guint i = 0; i < self->strokes->len; i++)
    {
      const MyoStroke *stroke = g_ptr_array_index (self->strokes, i);
      json_object *item = myo_stroke_json_new (stroke->view->id, myo_side_to_string (stroke->side),
                                               stroke->intensity, stroke->radius, stroke->eraser,
                                               stroke->points, stroke->n_points);

      json_object_array_add (areas, item);
    }

  return areas;
}

/**
 * myo_session_to_data:
 *
 * Returns: (transfer full): the session in its file format
 */
char *
myo_session_to_data (MyoSession *self)
{
  g_autoptr(json_object) root = json_object_new_object ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  json_object *points = json_object_new_array ();
  json_object *answers;

  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);

  json_object_object_add (root, "schema", json_object_new_int (MYO_SESSION_SCHEMA_VERSION));
  json_object_object_add (root, "generator", json_object_new_string ("Myomap " PACKAGE_VERSION));
  json_object_object_add (root, "saved", json_object_new_string (saved));
  if (self->pain_after >= 0)
    json_object_object_add (root, "pain_after", json_object_new_int (self->pain_after));

  for (guint i = 0; i < self->points->len; i++)
    {
      const MyoPainPoint *point = &g_array_index (self->points, MyoPainPoint, i);
      json_object *item = _myo_point_json_new (point->view->id, point->x, point->y, point->intensity,
                                               point->quality != MYO_QUALITY_NONE
                                                 ? myo_quality_to_string (point->quality) : NULL,
                                               myo_side_to_string (point->side), point->region->id);

      json_object_array_add (points, item);
    }
  json_object_object_add (root, "points", points);

  if (self->strokes->len > 0)
    json_object_object_add (root, "areas", _myo_session_dup_areas_json (self));

  if (g_hash_table_size (self->red_flags) > 0)
    {
      GPtrArray *flags = myo_kb_get_red_flags (self->kb);
      json_object *red_flags = json_object_new_array ();

      /* In the knowledge base's order, so files compare line by line */
      for (guint i = 0; i < flags->len; i++)
        {
          const MyoRedFlag *flag = g_ptr_array_index (flags, i);
          RedFlagAnswer *answer = g_hash_table_lookup (self->red_flags, flag->id);
          g_autofree char *when = NULL;
          json_object *item;

          if (answer == NULL)
            continue;

          when = g_date_time_format_iso8601 (answer->when);
          item = json_object_new_object ();
          json_object_object_add (item, "id", json_object_new_string (flag->id));
          json_object_object_add (item, "answer", json_object_new_string (myo_answer_to_string (answer->answer)));
          json_object_object_add (item, "answered", json_object_new_string (when));
          json_object_array_add (red_flags, item);
        }
      json_object_object_add (root, "red_flags", red_flags);
    }

  _myo_pain_ratings_add_json (root, self->ratings);
  if ((answers = _myo_session_dup_answers_json (self)) != NULL)
    json_object_object_add (root, "answers", answers);

  return g_strconcat (json_object_to_json_string_ext (root,
                                                      JSON_C_TO_STRING_PRETTY |
                                                      JSON_C_TO_STRING_SPACED |
                                                      JSON_C_TO_STRING_NOSLASHESCAPE), "\n", NULL);
}

/**
 * myo_session_save_to_file:
 *
 * Writes the session atomically with mode 0600; on failure the previous
 * file, if any, is left as it was.
 */
gboolean
myo_session_save_to_file (MyoSession  *self,
                          const char  *path,
                          GError     **error)
{
  g_autofree char *data = NULL;

  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);

  data = myo_session_to_data (self);
  return myo_file_write_atomic (path, data, strlen (data), error);
}

/* Reading */

/**
 * _myo_stroke_json_read:
 * @item: a painted stroke of a session or journal file, at @reader's path
 * @min_coordinate: the least x or y its path may hold
 * @max_coordinate: the largest
 * @stroke: (out): the stroke read; free its points with g_free()
 *
 * Reads the shape of a stroke: its view, brush radius, intensity (unless
 * it is an eraser) and path of x, y pairs. Whether it lies on the legs is
 * for the session to say.
 *
 * Returns: whether it could be read; the problems are added to @reader
 */
gboolean
_myo_stroke_json_read (MyoJsonReader *reader,
                       json_object   *item,
                       double         min_coordinate,
                       double         max_coordinate,
                       MyoStrokeJson *stroke)
{
  guint n_problems = myo_json_reader_get_n_problems (reader);
  json_object *view, *path, *eraser;
  g_autofree MyoPoint *points = NULL;
  gsize n_values, mark;

  memset (stroke, 0, sizeof *stroke);
  view = myo_json_reader_member (reader, item, "view", json_type_string, TRUE);
  myo_json_reader_get_number (reader, item, "radius", TRUE, MYO_AREA_RADIUS_MIN, MYO_AREA_RADIUS_MAX,
                              &stroke->radius);
  path = myo_json_reader_get_array (reader, item, "path", TRUE, 2 * MYO_AREA_MAX_STROKE_POINTS);
  eraser = json_object_object_get (item, "eraser");
  stroke->eraser = json_object_is_type (eraser, json_type_boolean) && json_object_get_boolean (eraser);
  if (!stroke->eraser)
    myo_json_reader_get_int (reader, item, "intensity", TRUE, MYO_INTENSITY_MIN, MYO_INTENSITY_MAX,
                             &stroke->intensity);
  if (myo_json_reader_get_n_problems (reader) > n_problems)
    return FALSE;

  n_values = json_object_array_length (path);
  mark = myo_json_reader_push_key (reader, "path");
  if (n_values == 0 || n_values % 2 != 0)
    myo_json_reader_problem (reader, _("needs pairs of x, y numbers"));

  points = g_new0 (MyoPoint, n_values / 2 + 1);
  for (gsize k = 0; k < n_values; k++)
    {
      json_object *value = json_object_array_get_idx (path, k);
      gsize item_mark = myo_json_reader_push_index (reader, k);
      double number;

      if (myo_json_reader_expect_type (reader, value, json_type_double))
        {
          number = json_object_get_double (value);
          if (!(number >= min_coordinate && number <= max_coordinate))
            myo_json_reader_problem (reader, _("%g is out of range (%g to %g)"),
                                     number, min_coordinate, max_coordinate);
          else if (k % 2 == 0)
            points[k / 2].x = number;
          else
            points[k / 2].y = number;
        }
      myo_json_reader_pop (reader, item_mark);
    }
  myo_json_reader_pop (reader, mark);
  if (myo_json_reader_get_n_problems (reader) > n_problems)
    return FALSE;

  stroke->view = json_object_get_string (view);
  stroke->n_points = n_values / 2;
  stroke->points = g_steal_pointer (&points);
  return TRUE;
}

/**
 * _myo_older_file_y_offset:
 * @view: a view's id
 *
 * Myomap 0.3.0 drew the back, front and outer-side views up to the lower
 * back, 160 units higher than before, and moved everything on them down
 * by as much (build-aux/gen-diagram.py, Y_SHIFT). Files written before
 * that (session schema 1, journal schemas 1 and 2) hold points on the
 * diagram as it was: this is what their y is short of on @view, so each
 * point shows where it was marked.
 *
 * Returns: what to add to the y of a point on @view in such a file
 */
double
_myo_older_file_y_offset (const char *view)
{
  static const char * const moved[] = { "back", "front", "lateral" };

  for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
    if (g_strcmp0 (view, moved[i]) == 0)
      return 160;

  return 0;
}

typedef struct
{
  MyoSession *session;
  gboolean    older_file;  /* schema 1: on the diagram as it was before 0.3.0 */
} PointReading;

/* A point or stroke off the legs (a diagram drawn differently when it was
 * saved, a hand-edited file) costs that point or stroke, named in the load
 * warnings, not the session; anything else refuses the file */
static void
skip_or_refuse (MyoSession    *self,
                MyoJsonReader *reader,
                const GError  *error,
                const char    *why_skipped)
{
  if (g_error_matches (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE))
    g_ptr_array_add (self->load_warnings,
                     /* Translators: a JSON path, then why the point or stroke was left out */
                     g_strdup_printf (_("%s: skipped: %s"), myo_json_reader_get_path (reader),
                                      why_skipped));
  else
    myo_json_reader_problem (reader, "%s", error->message);
}

static void
read_point (MyoJsonReader *reader,
            json_object   *item,
            gpointer       user_data)
{
  PointReading *reading = user_data;
  MyoSession *self = reading->session;
  guint n_problems = myo_json_reader_get_n_problems (reader);
  g_autoptr(GError) local_error = NULL;
  json_object *view, *x, *y;
  int intensity = 0, quality = MYO_QUALITY_NONE;
  double offset;

  view = myo_json_reader_member (reader, item, "view", json_type_string, TRUE);
  x = myo_json_reader_member (reader, item, "x", json_type_double, TRUE);
  y = myo_json_reader_member (reader, item, "y", json_type_double, TRUE);
  myo_json_reader_get_int (reader, item, "intensity", TRUE, MYO_INTENSITY_MIN, MYO_INTENSITY_MAX,
                           &intensity);
  myo_json_reader_get_enum (reader, item, "quality", FALSE, MYO_TYPE_QUALITY, &quality);
  if (myo_json_reader_get_n_problems (reader) > n_problems)
    return;

  offset = reading->older_file ? _myo_older_file_y_offset (json_object_get_string (view)) : 0;
  if (myo_session_add_point (self, json_object_get_string (view),
                             json_object_get_double (x), json_object_get_double (y) + offset,
                             intensity, quality, &local_error) == 0)
    {
      g_autofree char *where = g_strdup_printf (_("[%g, %g] on the “%s” view is not on a leg"),
                                                json_object_get_double (x),
                                                json_object_get_double (y),
                                                json_object_get_string (view));

      skip_or_refuse (self, reader, local_error, where);
    }
}

static void
read_stroke (MyoJsonReader *reader,
             json_object   *item,
             gpointer       user_data)
{
  MyoSession *self = user_data;
  g_autoptr(GError) local_error = NULL;
  MyoStrokeJson stroke;

  /* Where it lies is checked as it is added */
  if (!_myo_stroke_json_read (reader, item, -G_MAXDOUBLE, G_MAXDOUBLE, &stroke))
    return;

  if (myo_session_add_stroke (self, stroke.view, stroke.points, stroke.n_points, stroke.radius,
                              stroke.intensity, stroke.eraser, &local_error) == 0)
    skip_or_refuse (self, reader, local_error, local_error->message);
  g_free (stroke.points);
}

/* Answers about trigger points this knowledge base no longer has are
 * dropped: they cannot change anything. */
static void
read_answer (MyoJsonReader *reader,
             json_object   *item,
             gpointer       user_data)
{
  MyoSession *self = user_data;
  guint n_problems = myo_json_reader_get_n_problems (reader);
  const MyoTriggerPoint *trp;
  json_object *trp_id;
  int side = MYO_SIDE_LEFT, answer = MYO_ANSWER_NONE;

  trp_id = myo_json_reader_member (reader, item, "trigger_point", json_type_string, TRUE);
  myo_json_reader_get_enum (reader, item, "side", TRUE, MYO_TYPE_SIDE, &side);
  myo_json_reader_get_enum (reader, item, "answer", TRUE, MYO_TYPE_ANSWER, &answer);
  if (myo_json_reader_get_n_problems (reader) > n_problems)
    return;

  trp = myo_kb_lookup_trigger_point (self->kb, json_object_get_string (trp_id));
  if (trp != NULL && answer != MYO_ANSWER_NONE)
    myo_session_set_answer (self, trp, side, answer);
}

/* Answers that cannot be read, or about questions this knowledge base no
 * longer asks, are dropped: the report would only say they were not asked */
static void
read_red_flags (MyoSession  *self,
                json_object *red_flags)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();

  if (!json_object_is_type (red_flags, json_type_array))
    return;

  for (guint i = 0; i < json_object_array_length (red_flags) && i < 100; i++)
    {
      json_object *item = json_object_array_get_idx (red_flags, i);
      json_object *id, *answer, *answered;
      g_autoptr(GDateTime) when = NULL;
      GPtrArray *flags = myo_kb_get_red_flags (self->kb);
      MyoAnswer value;
      gboolean known = FALSE;

      if (!json_object_is_type (item, json_type_object) ||
          !json_object_object_get_ex (item, "id", &id) || !json_object_is_type (id, json_type_string) ||
          !json_object_object_get_ex (item, "answer", &answer) || !json_object_is_type (answer, json_type_string) ||
          !myo_answer_from_string (json_object_get_string (answer), &value) ||
          (value != MYO_ANSWER_YES && value != MYO_ANSWER_NO) ||
          !json_object_object_get_ex (item, "answered", &answered) ||
          !json_object_is_type (answered, json_type_string) ||
          (when = g_date_time_new_from_iso8601 (json_object_get_string (answered), local)) == NULL)
        continue;

      for (guint f = 0; f < flags->len && !known; f++)
        known = g_str_equal (((MyoRedFlag *) g_ptr_array_index (flags, f))->id, json_object_get_string (id));
      if (known)
        myo_session_set_red_flag (self, json_object_get_string (id), value, when);
    }
}

/* A rating out of range or of the wrong type is left unset: it is the
 * person's to give again, and the rest of the session is still good */
static void
read_rating (json_object *object,
             const char  *key,
             int         *out)
{
  json_object *value;

  if (json_object_object_get_ex (object, key, &value) &&
      json_object_is_type (value, json_type_int) &&
      json_object_get_int64 (value) >= 0 && json_object_get_int64 (value) <= 10)
    *out = json_object_get_int64 (value);
}

/* Whether @root is a session file this Myomap reads, setting @error when
 * it is not */
static gboolean
check_header (json_object  *root,
              const char   *name,
              gint64       *schema,
              GError      **error)
{
  json_object *schema_value, *points, *areas;

  if (!json_object_is_type (root, json_type_object) ||
      !json_object_object_get_ex (root, "schema", &schema_value) ||
      !json_object_is_type (schema_value, json_type_int) ||
      !json_object_object_get_ex (root, "points", &points) ||
      !json_object_is_type (points, json_type_array))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Could not read the session “%s”: it is not a Myomap session file"), name);
      return FALSE;
    }

  /* Schema 1 is schema 2 without areas and ratings */
  *schema = json_object_get_int64 (schema_value);
  if (*schema != 1 && *schema != MYO_SESSION_SCHEMA_VERSION)
    {
      if (*schema > MYO_SESSION_SCHEMA_VERSION)
        g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                     _("Could not read the session “%s”: it was written by a newer Myomap "
                       "(schema %lld); update Myomap to open it"), name, (long long) *schema);
      else
        g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                     _("Could not read the session “%s”: schema %lld is not a Myomap "
                       "session schema"), name, (long long) *schema);
      return FALSE;
    }

  if (json_object_array_length (points) > MYO_SESSION_MAX_POINTS)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_TOO_MANY,
                   _("Could not read the session “%s”: it holds %zu points, more than the %d "
                     "a session may have"),
                   name, json_object_array_length (points), MYO_SESSION_MAX_POINTS);
      return FALSE;
    }

  if (*schema >= 2 && json_object_object_get_ex (root, "areas", &areas) &&
      json_object_is_type (areas, json_type_array) &&
      json_object_array_length (areas) > MYO_AREA_MAX_STROKES)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Could not read the session “%s”: $.areas: more than the %d painted strokes "
                     "a session may have"), name, MYO_AREA_MAX_STROKES);
      return FALSE;
    }

  return TRUE;
}

/* Problems listed in the message of a session that cannot be read */
#define MAX_PROBLEMS 10

/**
 * myo_session_new_from_data:
 * @data: the text of a session file, not necessarily nul-terminated
 * @length: its length in bytes
 * @name: how to name the file in messages
 *
 * Reads a session from memory; see myo_session_new_from_file(). A point
 * that is not on a leg is left out and named in
 * myo_session_get_load_warnings(); anything else wrong refuses the file,
 * and the error names the JSON path of each problem ("$.points[2].intensity:
 * expected a number, found a string").
 *
 * Returns: (transfer full) (nullable): the session, with an empty history
 */
MyoSession *
myo_session_new_from_data (MyoKb       *kb,
                           const char  *data,
                           gsize        length,
                           const char  *name,
                           GError     **error)
{
  g_autoptr(MyoSession) self = NULL;
  g_autoptr(MyoJsonReader) reader = myo_json_reader_new (NULL, MAX_PROBLEMS);
  g_autoptr(json_object) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *summary = NULL;
  json_object *pain;
  gint64 schema;

  g_return_val_if_fail (MYO_IS_KB (kb), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  root = myo_json_parse (data != NULL ? data : "", length, &local_error);
  if (root == NULL)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Could not read the session “%s”: %s"), name, local_error->message);
      return NULL;
    }

  if (!check_header (root, name, &schema, error))
    return NULL;

  self = myo_session_new (kb);
  myo_json_reader_for_each (reader, root, "points", TRUE, read_point,
                            &(PointReading) { self, schema == 1 });
  myo_json_reader_for_each (reader, root, "answers", FALSE, read_answer, self);
  if (schema >= 2)
    myo_json_reader_for_each (reader, root, "areas", FALSE, read_stroke, self);

  summary = myo_json_reader_dup_summary (reader);
  if (summary != NULL)
    {
      /* Translators: the file, then one problem a line, each with its JSON path */
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Could not read the session “%s”:\n%s\n\nCorrect these in the file with a "
                     "text editor, or open another copy of the session."), name, summary);
      return NULL;
    }

  read_rating (root, "pain_after", &self->pain_after);
  if (schema >= 2 && json_object_object_get_ex (root, "pain", &pain) &&
      json_object_is_type (pain, json_type_object))
    for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
      read_rating (pain, _myo_pain_rating_keys[i], &self->ratings[i]);

  if (schema >= 2)
    read_red_flags (self, json_object_object_get (root, "red_flags"));

  /* Loading is not something to undo */
  g_ptr_array_set_size (self->undo, 0);

  return g_steal_pointer (&self);
}

/**
 * myo_session_new_from_file:
 *
 * Reads a session file. The file is never modified, even when it cannot be
 * read; the error names the path and what is wrong.
 *
 * Returns: (transfer full) (nullable): the session, with an empty history
 */
MyoSession *
myo_session_new_from_file (MyoKb       *kb,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (MYO_IS_KB (kb), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!myo_file_read (path, &data, &length, &local_error))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Could not read the session “%s”: %s"), path, local_error->message);
      return NULL;
    }

  return myo_session_new_from_data (kb, data, length, path, error);
}
