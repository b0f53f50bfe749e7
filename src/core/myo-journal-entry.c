/* myo-journal-entry.c: one session as the journal keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "myo-journal-entry-private.h"
#include "myo-session-private.h"

G_DEFINE_FINAL_TYPE (MyoJournalEntry, myo_journal_entry, G_TYPE_OBJECT)

static void
point_clear (MyoJournalPoint *point)
{
  g_clear_pointer (&point->view, g_free);
  g_clear_pointer (&point->quality, g_free);
  g_clear_pointer (&point->side, g_free);
  g_clear_pointer (&point->region, g_free);
}

static void
stroke_clear (MyoJournalStroke *stroke)
{
  g_clear_pointer (&stroke->view, g_free);
  g_clear_pointer (&stroke->points, g_free);
}

static void
myo_journal_entry_finalize (GObject *object)
{
  MyoJournalEntry *self = (MyoJournalEntry *) object;

  g_clear_pointer (&self->strokes, g_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->top_candidate, g_free);
  g_clear_pointer (&self->top_candidate_label, g_free);
  g_clear_pointer (&self->routines_done, g_strfreev);
  g_clear_pointer (&self->answers, json_object_put);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (myo_journal_entry_parent_class)->finalize (object);
}

static void
myo_journal_entry_class_init (MyoJournalEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_journal_entry_finalize;
}

static void
myo_journal_entry_init (MyoJournalEntry *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (MyoJournalPoint));
  g_array_set_clear_func (self->points, (GDestroyNotify) point_clear);
  self->strokes = g_array_new (FALSE, TRUE, sizeof (MyoJournalStroke));
  g_array_set_clear_func (self->strokes, (GDestroyNotify) stroke_clear);
  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    self->ratings[i] = -1;
  self->pain_after = -1;
  self->routines_done = g_new0 (char *, 1);
}

/**
 * myo_journal_entry_new_from_session:
 * @match: (nullable): the match, for the top candidate
 * @started: (nullable): when the session took place, or %NULL for now
 * @note: (nullable): the person's note
 *
 * Returns: (transfer full): a journal entry holding a copy of the session
 */
MyoJournalEntry *
myo_journal_entry_new_from_session (MyoSession *session,
                                    MyoMatch   *match,
                                    GDateTime  *started,
                                    const char *note)
{
  MyoJournalEntry *self;

  g_return_val_if_fail (MYO_IS_SESSION (session), NULL);

  self = g_object_new (MYO_TYPE_JOURNAL_ENTRY, NULL);
  self->id = g_uuid_string_random ();
  self->started = started != NULL ? g_date_time_ref (started) : g_date_time_new_now_local ();
  self->pain_after = myo_session_get_pain_after (session);
  self->note = note != NULL && note[0] != '\0' ? g_strdup (note) : NULL;
  self->answers = _myo_session_dup_answers_json (session);

  for (guint i = 0; i < myo_session_get_n_points (session); i++)
    {
      const MyoPainPoint *point = myo_session_get_point (session, i);
      MyoJournalPoint copy = {
        g_strdup (point->view->id), point->x, point->y, point->intensity,
        point->quality != MYO_QUALITY_NONE ? g_strdup (myo_quality_to_string (point->quality)) : NULL,
        g_strdup (myo_side_to_string (point->side)), g_strdup (point->region->id),
      };

      g_array_append_val (self->points, copy);
    }

  for (guint i = 0; i < myo_session_get_n_strokes (session); i++)
    {
      const MyoStroke *stroke = myo_session_get_stroke (session, i);
      MyoJournalStroke copy = {
        g_strdup (stroke->view->id), stroke->intensity, stroke->radius, stroke->eraser,
        stroke->n_points, g_memdup2 (stroke->points, sizeof (MyoPoint) * stroke->n_points),
      };

      g_array_append_val (self->strokes, copy);
    }

  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    self->ratings[i] = myo_session_get_rating (session, i);
  self->pain_before = myo_session_get_worst_marked (session);

  if (match != NULL && myo_match_get_n_candidates (match) > 0)
    {
      const MyoCandidate *top = myo_match_get_candidate (match, 0);

      self->top_candidate = g_strdup (top->trp->id);
      self->top_candidate_label = myo_candidate_dup_title (top);
    }

  return self;
}

const char *
myo_journal_entry_get_id (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);
  return self->id;
}

/**
 * myo_journal_entry_get_started:
 *
 * Returns: (transfer none): when the session took place, in local time
 */
GDateTime *
myo_journal_entry_get_started (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);
  return self->started;
}

guint
myo_journal_entry_get_n_points (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), 0);
  return self->points->len;
}

const MyoJournalPoint *
myo_journal_entry_get_point (MyoJournalEntry *self,
                             guint            index)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return &g_array_index (self->points, MyoJournalPoint, index);
}

/**
 * myo_journal_entry_get_pain_before:
 *
 * Returns: the strongest pain marked, 1–10, or 0 without points
 */
int
myo_journal_entry_get_pain_before (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), 0);
  return self->pain_before;
}

/**
 * myo_journal_entry_get_pain_after:
 *
 * Returns: the pain reported after the routine, 0–10, or -1
 */
int
myo_journal_entry_get_pain_after (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), -1);
  return self->pain_after;
}

/**
 * myo_journal_entry_get_rating:
 *
 * Returns: the pain rated (0–10), or -1 when not rated
 */
int
myo_journal_entry_get_rating (MyoJournalEntry *self,
                              MyoPainRating    rating)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), -1);
  g_return_val_if_fail (rating < MYO_N_PAIN_RATINGS, -1);

  return self->ratings[rating];
}

guint
myo_journal_entry_get_n_strokes (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), 0);
  return self->strokes->len;
}

/**
 * myo_journal_entry_get_stroke:
 *
 * Returns: (transfer none): the painted stroke at @index, in the order made
 */
const MyoJournalStroke *
myo_journal_entry_get_stroke (MyoJournalEntry *self,
                              guint            index)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->strokes->len, NULL);

  return &g_array_index (self->strokes, MyoJournalStroke, index);
}

const char *
myo_journal_entry_get_top_candidate (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);
  return self->top_candidate;
}

const char *
myo_journal_entry_get_top_candidate_label (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);
  return self->top_candidate_label;
}

/**
 * myo_journal_entry_get_routines_done:
 *
 * Returns: (transfer none): "trigger-point-id:side" of each point treated
 */
const char * const *
myo_journal_entry_get_routines_done (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);
  return (const char * const *) self->routines_done;
}

void
myo_journal_entry_set_routines_done (MyoJournalEntry    *self,
                                     const char * const *routines_done)
{
  g_return_if_fail (MYO_IS_JOURNAL_ENTRY (self));

  g_strfreev (self->routines_done);
  self->routines_done = routines_done != NULL ? g_strdupv ((char **) routines_done) : g_new0 (char *, 1);
  g_clear_pointer (&self->text, g_free);
}

const char *
myo_journal_entry_get_note (MyoJournalEntry *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);
  return self->note;
}

/* As the "areas" of a session file */
static json_object *
strokes_to_json (GArray *strokes)
{
  json_object *areas = json_object_new_array ();

  for (guint i = 0; i < strokes->len; i++)
    {
      const MyoJournalStroke *stroke = &g_array_index (strokes, MyoJournalStroke, i);
      json_object *item = myo_stroke_json_new (stroke->view, NULL, stroke->intensity, stroke->radius,
                                               stroke->eraser, stroke->points, stroke->n_points);

      json_object_array_add (areas, item);
    }

  return areas;
}

/**
 * _myo_journal_entry_to_json:
 *
 * Returns: (transfer full): the entry as the journal file holds it
 */
json_object *
_myo_journal_entry_to_json (MyoJournalEntry *self)
{
  json_object *object = json_object_new_object ();
  json_object *points = json_object_new_array ();
  json_object *routines = json_object_new_array ();
  g_autofree char *started = g_date_time_format_iso8601 (self->started);

  json_object_object_add (object, "id", json_object_new_string (self->id));
  json_object_object_add (object, "started", json_object_new_string (started));
  for (guint i = 0; i < self->points->len; i++)
    {
      const MyoJournalPoint *point = &g_array_index (self->points, MyoJournalPoint, i);
      json_object *item = _myo_point_json_new (point->view, point->x, point->y, point->intensity,
                                               point->quality, point->side, point->region);

      json_object_array_add (points, item);
    }
  json_object_object_add (object, "points", points);
  if (self->strokes->len > 0)
    json_object_object_add (object, "areas", strokes_to_json (self->strokes));
  _myo_pain_ratings_add_json (object, self->ratings);
  json_object_object_add (object, "pain_before", json_object_new_int (self->pain_before));
  if (self->pain_after >= 0)
    json_object_object_add (object, "pain_after", json_object_new_int (self->pain_after));
  if (self->top_candidate != NULL)
    {
      json_object_object_add (object, "top_candidate", json_object_new_string (self->top_candidate));
      json_object_object_add (object, "top_candidate_label",
                              json_object_new_string (self->top_candidate_label));
    }
  for (guint i = 0; self->routines_done[i] != NULL; i++)
    json_object_array_add (routines, json_object_new_string (self->routines_done[i]));
  json_object_object_add (object, "routines_done", routines);
  if (self->answers != NULL)
    json_object_object_add (object, "answers", json_object_get (self->answers));
  if (self->note != NULL)
    json_object_object_add (object, "note", json_object_new_string (self->note));

  return object;
}
/* Version 1 journals kept a local "YYYY-MM-DD HH:MM" date and no id */
static GDateTime *
parse_v1_date (const char *text,
               GTimeZone  *local)
{
  int year, month, day, hour = 0, minute = 0;

  if (text == NULL || sscanf (text, "%d-%d-%d %d:%d", &year, &month, &day, &hour, &minute) < 3)
    return NULL;

  return g_date_time_new (local, year, month, day, hour, minute, 0);
}

/* Optional members that are only shown: a wrong one is left out quietly,
 * as a person editing the file by hand would expect */
static const char *
optional_string (json_object *object,
                 const char  *key)
{
  json_object *value;

  if (!json_object_object_get_ex (object, key, &value) || !json_object_is_type (value, json_type_string))
    return NULL;

  return json_object_get_string (value);
}

static gboolean
optional_number (json_object *object,
                 const char  *key,
                 double       max,
                 double      *out)
{
  json_object *value;
  double number;

  if (!json_object_object_get_ex (object, key, &value) ||
      !myo_json_reader_has_type (value, json_type_double))
    return FALSE;

  number = json_object_get_double (value);
  if (!(number >= 0 && number <= max))
    return FALSE;

  *out = number;
  return TRUE;
}

/* Diagram coordinates; the diagram is far smaller */
#define MAX_COORDINATE 100000

/* Any string, even an empty one: what the view names is checked when the
 * entry becomes a session again */
static const char *
required_string (MyoJsonReader *reader,
                 json_object   *object,
                 const char    *key)
{
  json_object *value = myo_json_reader_member (reader, object, key, json_type_string, TRUE);

  return value != NULL ? json_object_get_string (value) : NULL;
}

typedef struct
{
  MyoJournalEntry *entry;
  gboolean         older_file;  /* schemas 1 and 2: on the diagram as it was before 0.3.0 */
} PointReading;

static void
read_point (MyoJsonReader *reader,
            json_object   *item,
            gpointer       user_data)
{
  PointReading *reading = user_data;
  MyoJournalEntry *self = reading->entry;
  guint n_problems = myo_json_reader_get_n_problems (reader);
  MyoJournalPoint point = { 0 };
  double intensity = 0;
  const char *view, *side;

  view = required_string (reader, item, "view");
  myo_json_reader_get_number (reader, item, "x", TRUE, 0, MAX_COORDINATE, &point.x);
  myo_json_reader_get_number (reader, item, "y", TRUE, 0, MAX_COORDINATE, &point.y);
  myo_json_reader_get_number (reader, item, "intensity", TRUE, MYO_INTENSITY_MIN, MYO_INTENSITY_MAX,
                              &intensity);
  if (myo_json_reader_get_n_problems (reader) > n_problems)
    return;

  side = optional_string (item, "side");
  if (reading->older_file)
    point.y += _myo_older_file_y_offset (view);
  point.view = g_strdup (view);
  point.intensity = (int) intensity;
  point.quality = g_strdup (optional_string (item, "quality"));
  point.side = g_strdup (g_strcmp0 (side, "right") == 0 ? "right" : "left");
  point.region = g_strdup (optional_string (item, "region"));
  if (point.region == NULL)
    point.region = g_strdup ("");
  g_array_append_val (self->points, point);
  self->pain_before = MAX (self->pain_before, point.intensity);
}

/* The shape of each stroke is checked here; whether it lies on the legs is
 * checked when the entry becomes a session again */
static void
read_stroke (MyoJsonReader *reader,
             json_object   *item,
             gpointer       user_data)
{
  MyoJournalEntry *self = user_data;
  MyoStrokeJson read;
  MyoJournalStroke stroke;

  if (!_myo_stroke_json_read (reader, item, 0, MAX_COORDINATE, &read))
    return;

  stroke = (MyoJournalStroke) {
    g_strdup (read.view), read.intensity, read.radius, read.eraser, read.n_points, read.points,
  };
  g_array_append_val (self->strokes, stroke);
  if (!stroke.eraser)
    self->pain_before = MAX (self->pain_before, stroke.intensity);
}

static void
read_started (MyoJournalEntry *self,
              MyoJsonReader   *reader,
              json_object     *object,
              guint            schema,
              guint            index,
              GTimeZone       *local)
{
  const char *key = schema == 1 ? "date" : "started";
  const char *text;

  if (schema == 1)
    self->id = g_strdup_printf ("v1-%u", index);
  else
    {
      self->id = g_strdup (required_string (reader, object, "id"));
      if (self->id != NULL && self->id[0] == '\0')
        myo_json_reader_member_problem (reader, "id", _("must not be empty"));
    }

  text = myo_json_reader_get_string (reader, object, key, TRUE);
  if (text == NULL)
    return;

  self->started = schema == 1 ? parse_v1_date (text, local) : g_date_time_new_from_iso8601 (text, local);
  if (self->started == NULL)
    myo_json_reader_member_problem (reader, key,
                                    schema == 1 ? _("“%s” is not a date (YYYY-MM-DD HH:MM)")
                                                : _("“%s” is not a date and time (ISO 8601)"),
                                    text);
}

/**
 * _myo_journal_entry_new_from_json:
 * @object: one of the journal file's "sessions", at @reader's path
 * @schema: the journal's schema
 * @index: where it is in the file, for the ids of schema 1
 * @local: the local time zone, looked up once for the whole journal
 *
 * Returns: (transfer full) (nullable): the entry, or %NULL when it cannot
 *   be read, with the reasons added to @reader
 */
MyoJournalEntry *
_myo_journal_entry_new_from_json (MyoJsonReader *reader,
                                  json_object   *object,
                                  guint          schema,
                                  guint          index,
                                  GTimeZone     *local)
{
  g_autoptr(MyoJournalEntry) self = g_object_new (MYO_TYPE_JOURNAL_ENTRY, NULL);
  guint n_problems = myo_json_reader_get_n_problems (reader);
  json_object *routines, *answers, *pain;
  double number;

  if (!myo_json_reader_expect_type (reader, object, json_type_object))
    return NULL;

  read_started (self, reader, object, schema, index, local);
  if (myo_json_reader_get_array (reader, object, "points", TRUE, MYO_SESSION_MAX_POINTS) != NULL)
    myo_json_reader_for_each (reader, object, "points", TRUE, read_point,
                              &(PointReading) { self, schema <= 2 });
  if (schema >= 3 && myo_json_reader_get_array (reader, object, "areas", FALSE, MYO_AREA_MAX_STROKES) != NULL)
    myo_json_reader_for_each (reader, object, "areas", FALSE, read_stroke, self);
  if (myo_json_reader_get_n_problems (reader) > n_problems)
    return NULL;

  if (schema >= 3 && json_object_object_get_ex (object, "pain", &pain) &&
      json_object_is_type (pain, json_type_object))
    for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
      if (optional_number (pain, _myo_pain_rating_keys[i], 10, &number))
        self->ratings[i] = (int) number;

  if (optional_number (object, "pain_before", 10, &number))
    self->pain_before = (int) number;
  if (optional_number (object, "pain_after", 10, &number))
    self->pain_after = (int) number;
  self->top_candidate = g_strdup (optional_string (object, "top_candidate"));
  self->top_candidate_label = g_strdup (optional_string (object, "top_candidate_label"));
  /* Written together, but a file edited by hand may hold one without the
   * other: the id is a better label than none */
  if (self->top_candidate == NULL)
    g_clear_pointer (&self->top_candidate_label, g_free);
  else if (self->top_candidate_label == NULL)
    self->top_candidate_label = g_strdup (self->top_candidate);
  self->note = g_strdup (optional_string (object, "note"));

  if (json_object_object_get_ex (object, "routines_done", &routines) &&
      json_object_is_type (routines, json_type_array))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; i < json_object_array_length (routines); i++)
        if (json_object_is_type (json_object_array_get_idx (routines, i), json_type_string))
          g_strv_builder_add (builder, json_object_get_string (json_object_array_get_idx (routines, i)));
      g_strfreev (self->routines_done);
      self->routines_done = g_strv_builder_end (builder);
    }

  if (json_object_object_get_ex (object, "answers", &answers) &&
      json_object_is_type (answers, json_type_array))
    self->answers = json_object_get (answers);

  return g_steal_pointer (&self);
}

/**
 * myo_journal_entry_to_session:
 *
 * Returns: (transfer full) (nullable): the entry as a session on the map;
 *   points the knowledge base no longer places are reported in @error
 */
MyoSession *
myo_journal_entry_to_session (MyoJournalEntry  *self,
                              MyoKb            *kb,
                              GError          **error)
{
  g_autoptr(json_object) root = json_object_new_object ();
  g_autoptr(json_object) entry = NULL;
  const char *text;

  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (self), NULL);

  /* One reader for sessions, whatever they come from */
  entry = _myo_journal_entry_to_json (self);
  json_object_object_add (root, "schema", json_object_new_int (MYO_SESSION_SCHEMA_VERSION));
  json_object_object_add (root, "points", json_object_get (json_object_object_get (entry, "points")));
  if (json_object_object_get (entry, "areas") != NULL)
    json_object_object_add (root, "areas", json_object_get (json_object_object_get (entry, "areas")));
  if (json_object_object_get (entry, "pain") != NULL)
    json_object_object_add (root, "pain", json_object_get (json_object_object_get (entry, "pain")));
  if (self->answers != NULL)
    json_object_object_add (root, "answers", json_object_get (self->answers));
  if (self->pain_after >= 0)
    json_object_object_add (root, "pain_after", json_object_new_int (self->pain_after));

  text = json_object_to_json_string_ext (root, JSON_C_TO_STRING_PLAIN);
  return myo_session_new_from_data (kb, text, strlen (text), self->id, error);
}
