/* myo-journal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "myo-file.h"
#include "myo-journal-private.h"
#include "myo-json.h"

/* The journal is one JSON file, rewritten atomically (temporary file, fsync,
 * rename, fsync of the folder) on every change, so a crash leaves either
 * the old or the new journal. A file that cannot be read whole is moved
 * aside under a dated name before anything is written, so nothing the
 * person recorded is ever overwritten. */

struct _MyoJournalEntry
{
  GObject      parent_instance;

  char        *id;
  GDateTime   *started;
  GArray      *points;  /* MyoJournalPoint */
  GArray      *strokes; /* MyoJournalStroke */
  int          ratings[MYO_N_PAIN_RATINGS];
  int          pain_before;
  int          pain_after;
  char        *top_candidate;
  char        *top_candidate_label;
  char       **routines_done;
  json_object *answers;  /* as in a session file, nullable */
  char        *note;

  /* The entry as the file holds it, kept once written: saving 10,000
   * sessions then copies text instead of formatting every number again */
  char        *text;
  gsize        text_length;
};

struct _MyoJournal
{
  GObject    parent_instance;

  char      *path;
  char      *moved_aside;
  GPtrArray *entries;  /* MyoJournalEntry, newest first */
  gboolean   read_only;

  /* The file as last read or written, to tell when another process wrote
   * it since */
  gboolean   on_disk;
  dev_t      dev;
  ino_t      ino;
  goffset    size;
  gint64     mtime_ns;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE (MyoJournalEntry, myo_journal_entry, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE_WITH_CODE (MyoJournal, myo_journal, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (myo-journal-error-quark, myo_journal_error)

/* Entries */

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

static const char * const rating_keys[MYO_N_PAIN_RATINGS] = { "now", "average", "worst" };

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

static json_object *
session_answers (MyoSession *session)
{
  g_autoptr(GPtrArray) keys = myo_session_dup_answered (session);
  MyoKb *kb = myo_session_get_kb (session);
  json_object *answers;

  if (keys->len == 0)
    return NULL;

  answers = json_object_new_array ();
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      const char *colon = strrchr (key, ':');
      g_autofree char *trp_id = g_strndup (key, colon - key);
      const MyoTriggerPoint *trp = myo_kb_lookup_trigger_point (kb, trp_id);
      json_object *item = json_object_new_object ();
      MyoSide side = MYO_SIDE_LEFT;

      myo_side_from_string (colon + 1, &side);
      json_object_object_add (item, "trigger_point", json_object_new_string (trp_id));
      json_object_object_add (item, "side", json_object_new_string (colon + 1));
      json_object_object_add (item, "answer",
                              json_object_new_string (myo_answer_to_string (myo_session_get_answer (session, trp, side))));
      json_object_array_add (answers, item);
    }

  return answers;
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
  self->answers = session_answers (session);

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

static json_object *
entry_to_json (MyoJournalEntry *self)
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
      json_object *item = json_object_new_object ();

      json_object_object_add (item, "view", json_object_new_string (point->view));
      json_object_object_add (item, "x", json_object_new_double (point->x));
      json_object_object_add (item, "y", json_object_new_double (point->y));
      json_object_object_add (item, "intensity", json_object_new_int (point->intensity));
      if (point->quality != NULL)
        json_object_object_add (item, "quality", json_object_new_string (point->quality));
      json_object_object_add (item, "side", json_object_new_string (point->side));
      json_object_object_add (item, "region", json_object_new_string (point->region));
      json_object_array_add (points, item);
    }
  json_object_object_add (object, "points", points);
  if (self->strokes->len > 0)
    json_object_object_add (object, "areas", strokes_to_json (self->strokes));
  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    if (self->ratings[i] >= 0)
      {
        json_object *pain;

        if (!json_object_object_get_ex (object, "pain", &pain))
          {
            pain = json_object_new_object ();
            json_object_object_add (object, "pain", pain);
          }
        json_object_object_add (pain, rating_keys[i], json_object_new_int (self->ratings[i]));
      }
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

static const char *
get_string_member (json_object *object,
                   const char  *key)
{
  json_object *value;

  if (!json_object_object_get_ex (object, key, &value) || !json_object_is_type (value, json_type_string))
    return NULL;

  return json_object_get_string (value);
}

static gboolean
get_number_member (json_object *object,
                   const char  *key,
                   double       min,
                   double       max,
                   double      *out)
{
  json_object *value;
  double number;

  if (!json_object_object_get_ex (object, key, &value) ||
      !(json_object_is_type (value, json_type_double) || json_object_is_type (value, json_type_int)))
    return FALSE;

  number = json_object_get_double (value);
  if (!(number >= min && number <= max))
    return FALSE;

  *out = number;
  return TRUE;
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

/* The shape of each stroke is checked here; whether it lies on the legs is
 * checked when the entry becomes a session again */
static gboolean
read_strokes (MyoJournalEntry *self,
              json_object     *object)
{
  json_object *areas;

  if (!json_object_object_get_ex (object, "areas", &areas))
    return TRUE;

  if (!json_object_is_type (areas, json_type_array) ||
      json_object_array_length (areas) > MYO_AREA_MAX_STROKES)
    return FALSE;

  for (guint i = 0; i < json_object_array_length (areas); i++)
    {
      json_object *item = json_object_array_get_idx (areas, i);
      MyoJournalStroke stroke = { 0 };
      json_object *path, *eraser;
      double intensity = 0;
      gsize n_values;

      if (!json_object_is_type (item, json_type_object) ||
          get_string_member (item, "view") == NULL ||
          !get_number_member (item, "radius", MYO_AREA_RADIUS_MIN, MYO_AREA_RADIUS_MAX, &stroke.radius) ||
          !json_object_object_get_ex (item, "path", &path) ||
          !json_object_is_type (path, json_type_array))
        return FALSE;

      stroke.eraser = json_object_object_get_ex (item, "eraser", &eraser) &&
                      json_object_is_type (eraser, json_type_boolean) &&
                      json_object_get_boolean (eraser);
      if (!stroke.eraser &&
          !get_number_member (item, "intensity", MYO_INTENSITY_MIN, MYO_INTENSITY_MAX, &intensity))
        return FALSE;

      n_values = json_object_array_length (path);
      if (n_values == 0 || n_values % 2 != 0 || n_values > 2 * MYO_AREA_MAX_STROKE_POINTS)
        return FALSE;

      stroke.points = g_new (MyoPoint, n_values / 2);
      stroke.n_points = n_values / 2;
      for (gsize k = 0; k < n_values; k++)
        {
          json_object *value = json_object_array_get_idx (path, k);
          double number;

          if (!(json_object_is_type (value, json_type_double) || json_object_is_type (value, json_type_int)) ||
              !((number = json_object_get_double (value)) >= 0 && number <= 100000))
            {
              g_free (stroke.points);
              return FALSE;
            }
          if (k % 2 == 0)
            stroke.points[k / 2].x = number;
          else
            stroke.points[k / 2].y = number;
        }

      stroke.view = g_strdup (get_string_member (item, "view"));
      stroke.intensity = (int) intensity;
      g_array_append_val (self->strokes, stroke);
      if (!stroke.eraser)
        self->pain_before = MAX (self->pain_before, stroke.intensity);
    }

  return TRUE;
}

/* @local: the local time zone, looked up once for the whole journal */
static MyoJournalEntry *
entry_from_json (json_object *object,
                 guint        schema,
                 guint        index,
                 GTimeZone   *local)
{
  g_autoptr(MyoJournalEntry) self = g_object_new (MYO_TYPE_JOURNAL_ENTRY, NULL);
  json_object *points, *routines, *answers, *pain;
  double number;

  if (!json_object_is_type (object, json_type_object))
    return NULL;

  if (schema == 1)
    {
      self->id = g_strdup_printf ("v1-%u", index);
      self->started = parse_v1_date (get_string_member (object, "date"), local);
    }
  else
    {
      const char *started = get_string_member (object, "started");

      self->id = g_strdup (get_string_member (object, "id"));
      self->started = started != NULL ? g_date_time_new_from_iso8601 (started, local) : NULL;
    }

  if (self->id == NULL || self->id[0] == '\0' || self->started == NULL ||
      !json_object_object_get_ex (object, "points", &points) ||
      !json_object_is_type (points, json_type_array) ||
      json_object_array_length (points) > MYO_SESSION_MAX_POINTS)
    return NULL;

  for (guint i = 0; i < json_object_array_length (points); i++)
    {
      json_object *item = json_object_array_get_idx (points, i);
      MyoJournalPoint point = { 0 };
      double intensity;
      const char *side;

      if (!json_object_is_type (item, json_type_object) ||
          get_string_member (item, "view") == NULL ||
          !get_number_member (item, "x", 0, 100000, &point.x) ||
          !get_number_member (item, "y", 0, 100000, &point.y) ||
          !get_number_member (item, "intensity", MYO_INTENSITY_MIN, MYO_INTENSITY_MAX, &intensity))
        return NULL;

      side = get_string_member (item, "side");
      point.view = g_strdup (get_string_member (item, "view"));
      point.intensity = (int) intensity;
      point.quality = g_strdup (get_string_member (item, "quality"));
      point.side = g_strdup (g_strcmp0 (side, "right") == 0 ? "right" : "left");
      point.region = g_strdup (get_string_member (item, "region"));
      if (point.region == NULL)
        point.region = g_strdup ("");
      g_array_append_val (self->points, point);
      self->pain_before = MAX (self->pain_before, point.intensity);
    }

  if (schema >= 3 && !read_strokes (self, object))
    return NULL;

  if (schema >= 3 && json_object_object_get_ex (object, "pain", &pain) &&
      json_object_is_type (pain, json_type_object))
    for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
      if (get_number_member (pain, rating_keys[i], 0, 10, &number))
        self->ratings[i] = (int) number;

  if (get_number_member (object, "pain_before", 0, 10, &number))
    self->pain_before = (int) number;
  if (get_number_member (object, "pain_after", 0, 10, &number))
    self->pain_after = (int) number;
  self->top_candidate = g_strdup (get_string_member (object, "top_candidate"));
  self->top_candidate_label = g_strdup (get_string_member (object, "top_candidate_label"));
  /* Written together, but a file edited by hand may hold one without the
   * other: the id is a better label than none */
  if (self->top_candidate == NULL)
    g_clear_pointer (&self->top_candidate_label, g_free);
  else if (self->top_candidate_label == NULL)
    self->top_candidate_label = g_strdup (self->top_candidate);
  self->note = g_strdup (get_string_member (object, "note"));

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
  entry = entry_to_json (self);
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

/* The journal */

static GType
list_model_get_item_type (GListModel *model)
{
  return MYO_TYPE_JOURNAL_ENTRY;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return MYO_JOURNAL (model)->entries->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  MyoJournal *self = MYO_JOURNAL (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
myo_journal_finalize (GObject *object)
{
  MyoJournal *self = (MyoJournal *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->moved_aside, g_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (myo_journal_parent_class)->finalize (object);
}

static void
myo_journal_class_init (MyoJournalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_journal_finalize;
}

static void
myo_journal_init (MyoJournal *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * myo_journal_new:
 * @path: the journal file
 *
 * Returns: (transfer full): an empty journal; call myo_journal_load()
 */
MyoJournal *
myo_journal_new (const char *path)
{
  MyoJournal *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (MYO_TYPE_JOURNAL, NULL);
  self->path = g_strdup (path);

  return self;
}

/**
 * myo_journal_default_path:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/io.github.myomap.Myomap/journal.json
 */
char *
myo_journal_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "journal.json", NULL);
}

const char *
myo_journal_get_path (MyoJournal *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);
  return self->path;
}

/**
 * myo_journal_get_moved_aside:
 *
 * Returns: (nullable): where the last load moved a journal it could not
 *   read whole, so the person can be told
 */
const char *
myo_journal_get_moved_aside (MyoJournal *self)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);
  return self->moved_aside;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  MyoJournalEntry *ea = *(MyoJournalEntry **) a;
  MyoJournalEntry *eb = *(MyoJournalEntry **) b;

  return -g_date_time_compare (ea->started, eb->started);
}

/* The file keeps the oldest first, so the usual case is a reversal */
static void
sort_newest_first (GPtrArray *entries)
{
  for (guint i = 1; i < entries->len; i++)
    if (compare_newest_first (&g_ptr_array_index (entries, i - 1), &g_ptr_array_index (entries, i)) <= 0)
      {
        g_ptr_array_sort (entries, compare_newest_first);
        return;
      }

  for (guint i = 0, j = entries->len; i + 1 < j; i++, j--)
    {
      gpointer tmp = entries->pdata[i];

      entries->pdata[i] = entries->pdata[j - 1];
      entries->pdata[j - 1] = tmp;
    }
}

static gboolean
move_aside (MyoJournal  *self,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *aside = myo_file_move_aside (self->path, "unreadable", &local_error);

  if (aside == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code,
                   _("The journal “%s” could not be read, nor moved aside: %s"),
                   self->path, local_error->message);
      return FALSE;
    }

  g_free (self->moved_aside);
  self->moved_aside = aside;
  return TRUE;
}

/* What tells one version of the file from the next: every write renames a
 * new file into place, so its inode changes */
static void
remember_disk (MyoJournal *self)
{
  GStatBuf st;

  self->on_disk = g_stat (self->path, &st) == 0;
  if (!self->on_disk)
    return;

  self->dev = st.st_dev;
  self->ino = st.st_ino;
  self->size = st.st_size;
  self->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
}

/**
 * myo_journal_changed_on_disk:
 *
 * Returns: whether the file is not the one this journal last read or
 *   wrote (another process wrote it, or it was removed or replaced)
 */
gboolean
myo_journal_changed_on_disk (MyoJournal *self)
{
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);

  exists = g_stat (self->path, &st) == 0;
  if (exists != self->on_disk)
    return TRUE;
  if (!exists)
    return FALSE;

  return st.st_dev != self->dev || st.st_ino != self->ino || st.st_size != self->size ||
         (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec != self->mtime_ns;
}

/* Reads the entries of a journal's text into @entries. A text that does
 * not parse, or entries that do not, set @damaged; only a journal from a
 * newer Myomap, which must be left as it is, is an error. */
static gboolean
read_data (const char  *data,
           gsize        length,
           const char  *name,
           GPtrArray   *entries,
           gint64      *schema_out,
           gboolean    *damaged,
           GError     **error)
{
  g_autoptr(json_object) root = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  json_object *schema_value, *sessions;
  gint64 schema = 0;

  *damaged = FALSE;
  *schema_out = 0;

  root = myo_json_parse_limited (data, length, MYO_JOURNAL_MAX_READ_SIZE, MYO_JOURNAL_MAX_READ_NODES, NULL);
  if (root == NULL || !json_object_is_type (root, json_type_object))
    {
      *damaged = TRUE;
      return TRUE;
    }

  if (json_object_object_get_ex (root, "schema", &schema_value) ||
      json_object_object_get_ex (root, "version", &schema_value))
    schema = json_object_is_type (schema_value, json_type_int) ? json_object_get_int64 (schema_value) : 0;

  if (schema > MYO_JOURNAL_SCHEMA_VERSION)
    {
      g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_INVALID,
                   _("The journal “%s” was written by a newer Myomap (schema %lld). "
                     "Update Myomap to use it; it is left as it is."), name, (long long) schema);
      return FALSE;
    }

  *schema_out = schema;
  if (schema < 1 || !json_object_object_get_ex (root, "sessions", &sessions) ||
      !json_object_is_type (sessions, json_type_array))
    {
      *damaged = TRUE;
      return TRUE;
    }

  for (guint i = 0; i < json_object_array_length (sessions); i++)
    {
      MyoJournalEntry *entry = entry_from_json (json_object_array_get_idx (sessions, i), schema, i, local);

      if (entry == NULL)
        *damaged = TRUE;
      else
        g_ptr_array_add (entries, entry);
    }

  return TRUE;
}

/**
 * _myo_journal_new_from_data:
 * @data: the text of a journal file
 * @damaged: (out): whether some of it could not be read
 *
 * The reading half of myo_journal_load(), without a file: for the fuzzer.
 * The journal has no file to save to (its path is "-").
 *
 * Returns: (transfer full) (nullable): the journal read, or %NULL with
 *   @error set for a journal from a newer Myomap
 */
MyoJournal *
_myo_journal_new_from_data (const char  *data,
                            gsize        length,
                            gboolean    *damaged,
                            GError     **error)
{
  g_autoptr(MyoJournal) self = myo_journal_new ("-");
  gint64 schema;

  self->read_only = TRUE;
  if (!read_data (data, length, self->path, self->entries, &schema, damaged, error))
    return NULL;

  g_ptr_array_sort (self->entries, compare_newest_first);
  return g_steal_pointer (&self);
}

/**
 * myo_journal_load:
 *
 * Reads the journal file. A missing file is an empty journal. A file that
 * does not parse, or holds entries that do not, is moved aside to a dated
 * name (see myo_journal_get_moved_aside()) and the entries that could be
 * read are kept. A file that cannot be read at all (permissions, a folder,
 * a pipe, too large) or comes from a newer Myomap makes the journal
 * read-only, so it is never overwritten.
 *
 * Returns: %FALSE with @error set only when the journal cannot be used
 */
gboolean
myo_journal_load (MyoJournal  *self,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *data = NULL;
  gboolean damaged = FALSE;
  gint64 schema = 0;
  gsize length;
  guint old_len;
  GStatBuf st;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);

  g_clear_pointer (&self->moved_aside, g_free);
  self->read_only = FALSE;

  /* lstat: a dangling symbolic link is not "no journal yet" */
  if (g_lstat (self->path, &st) != 0 && errno == ENOENT)
    goto done;

  if (!myo_file_read_limited (self->path, MYO_JOURNAL_MAX_READ_SIZE, &data, &length, &local_error))
    {
      self->read_only = TRUE;
      g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_INVALID,
                   _("The journal “%s” cannot be read (%s). Nothing will be written to it; "
                     "check what is there and its permissions."),
                   self->path, local_error->message);
      return FALSE;
    }

  if (!read_data (data, length, self->path, entries, &schema, &damaged, error))
    {
      self->read_only = TRUE;
      return FALSE;
    }

  if (damaged && !move_aside (self, error))
    {
      self->read_only = TRUE;
      return FALSE;
    }

done:
  remember_disk (self);
  sort_newest_first (entries);
  old_len = self->entries->len;
  g_ptr_array_unref (self->entries);
  self->entries = g_steal_pointer (&entries);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->entries->len);

  /* What was read from an older or damaged file is written in the current
   * form right away, so the next start reads it cleanly */
  if ((schema != 0 && schema < MYO_JOURNAL_SCHEMA_VERSION) || self->moved_aside != NULL)
    return myo_journal_save (self, error);

  return TRUE;
}

static json_object *
journal_to_json (MyoJournal *self)
{
  json_object *root = json_object_new_object ();
  json_object *sessions = json_object_new_array_ext (self->entries->len);

  /* Oldest first on disk, so a person reading the file reads it in order */
  json_object_object_add (root, "schema", json_object_new_int (MYO_JOURNAL_SCHEMA_VERSION));
  for (guint i = self->entries->len; i > 0; i--)
    json_object_array_add (sessions, entry_to_json (g_ptr_array_index (self->entries, i - 1)));
  json_object_object_add (root, "sessions", sessions);

  return root;
}

/**
 * myo_journal_save:
 *
 * Writes the whole journal atomically and durably; the folder is 0700 and
 * the file 0600. On failure the file on disk is the previous one.
 */
gboolean
myo_journal_save (MyoJournal  *self,
                  GError     **error)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *dir = NULL;
  gsize length = 0;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);

  if (self->read_only)
    {
      g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_INVALID,
                   _("The journal “%s” could not be read, so Myomap does not write over it"),
                   self->path);
      return FALSE;
    }

  dir = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  myo_journal_cache_texts (self);
  for (guint i = 0; i < self->entries->len; i++)
    length += ((MyoJournalEntry *) g_ptr_array_index (self->entries, i))->text_length + 6;
  text = g_string_sized_new (length + 64);

  /* One session a line, oldest first, so a person reading the file reads
   * it in order */
  g_string_append_printf (text, "{\n  \"schema\": %d,\n  \"sessions\": [", MYO_JOURNAL_SCHEMA_VERSION);
  for (guint i = self->entries->len; i > 0; i--)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i - 1);

      g_string_append (text, i == self->entries->len ? "\n    " : ",\n    ");
      g_string_append_len (text, entry->text, entry->text_length);
    }
  g_string_append (text, self->entries->len > 0 ? "\n  ]\n}\n" : "]\n}\n");

  /* Never a file this journal could not read back */
  if (text->len > MYO_JOURNAL_MAX_WRITE_SIZE ||
      myo_json_count_nodes (text->str, text->len) > MYO_JOURNAL_MAX_WRITE_NODES)
    {
      g_autofree char *max = g_format_size (MYO_JOURNAL_MAX_WRITE_SIZE);

      g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_FULL,
                   _("The journal is full (%s, %u sessions). Export it, then delete old sessions "
                     "to keep new ones."), max, self->entries->len);
      return FALSE;
    }

  if (!myo_file_write_atomic (self->path, text->str, text->len, error))
    return FALSE;

  remember_disk (self);
  return TRUE;
}

/**
 * myo_journal_cache_texts:
 *
 * Formats every entry as the file will hold it, once: saving afterwards
 * only copies text. Myomap calls this in the thread that loads the
 * journal, so the first save after start is as quick as the others.
 */
void
myo_journal_cache_texts (MyoJournal *self)
{
  g_return_if_fail (MYO_IS_JOURNAL (self));

  for (guint i = 0; i < self->entries->len; i++)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->text == NULL)
        {
          g_autoptr(json_object) object = entry_to_json (entry);

          entry->text = g_strdup (json_object_to_json_string_ext (object,
                                                                  JSON_C_TO_STRING_SPACED |
                                                                  JSON_C_TO_STRING_NOSLASHESCAPE));
          entry->text_length = strlen (entry->text);
        }
    }
}

/**
 * myo_journal_add:
 *
 * Adds @entry in date order and saves. If saving fails the entry is not
 * kept, so the journal in memory is what is on disk.
 */
gboolean
myo_journal_add (MyoJournal       *self,
                 MyoJournalEntry  *entry,
                 GError          **error)
{
  guint position = 0;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (MYO_IS_JOURNAL_ENTRY (entry), FALSE);

  while (position < self->entries->len &&
         g_date_time_compare (((MyoJournalEntry *) g_ptr_array_index (self->entries, position))->started,
                              entry->started) > 0)
    position++;

  g_ptr_array_insert (self->entries, position, g_object_ref (entry));
  if (!myo_journal_save (self, error))
    {
      g_ptr_array_remove_index (self->entries, position);
      return FALSE;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  return TRUE;
}

/**
 * myo_journal_add_all:
 * @entries: (element-type MyoJournalEntry): the entries to add
 *
 * Adds many entries with a single save (an import, a generated journal).
 * If saving fails none is kept.
 */
gboolean
myo_journal_add_all (MyoJournal  *self,
                     GPtrArray   *entries,
                     GError     **error)
{
  g_autoptr(GPtrArray) previous = NULL;
  guint old_len;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  old_len = self->entries->len;
  previous = g_ptr_array_copy (self->entries, (GCopyFunc) g_object_ref, NULL);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (self->entries, g_object_ref (g_ptr_array_index (entries, i)));
  g_ptr_array_sort (self->entries, compare_newest_first);

  if (!myo_journal_save (self, error))
    {
      g_ptr_array_unref (self->entries);
      self->entries = g_steal_pointer (&previous);
      return FALSE;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->entries->len);
  return TRUE;
}

/**
 * myo_journal_lookup:
 *
 * Returns: (transfer none) (nullable): the entry with @id
 */
MyoJournalEntry *
myo_journal_lookup (MyoJournal *self,
                    const char *id)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_str_equal (entry->id, id))
        return entry;
    }

  return NULL;
}

gboolean
myo_journal_remove (MyoJournal  *self,
                    const char  *id,
                    GError     **error)
{
  g_return_val_if_fail (MYO_IS_JOURNAL (self), FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_str_equal (entry->id, id))
        {
          g_autoptr(MyoJournalEntry) removed = g_ptr_array_steal_index (self->entries, i);

          if (!myo_journal_save (self, error))
            {
              g_ptr_array_insert (self->entries, i, g_steal_pointer (&removed));
              return FALSE;
            }

          g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 0);
          return TRUE;
        }
    }

  g_set_error (error, MYO_JOURNAL_ERROR, MYO_JOURNAL_ERROR_NOT_FOUND,
               _("That session is no longer in the journal"));
  return FALSE;
}

static void
append_csv_field (GString    *out,
                  const char *field)
{
  if (field == NULL)
    field = "";

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *c = field; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

/**
 * myo_journal_to_csv:
 *
 * One row per recorded point, oldest session first, numbers with a "."
 * whatever the locale.
 *
 * Returns: (transfer full): the CSV text
 */
char *
myo_journal_to_csv (MyoJournal *self)
{
  g_autoptr(GString) out = g_string_new ("session_id,date,view,region,side,x,y,intensity,quality\r\n");

  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);

  for (guint i = self->entries->len; i > 0; i--)
    {
      MyoJournalEntry *entry = g_ptr_array_index (self->entries, i - 1);
      g_autofree char *date = g_date_time_format_iso8601 (entry->started);

      for (guint p = 0; p < entry->points->len; p++)
        {
          const MyoJournalPoint *point = &g_array_index (entry->points, MyoJournalPoint, p);
          char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

          append_csv_field (out, entry->id);
          g_string_append_c (out, ',');
          append_csv_field (out, date);
          g_string_append_c (out, ',');
          append_csv_field (out, point->view);
          g_string_append_c (out, ',');
          append_csv_field (out, point->region);
          g_string_append_c (out, ',');
          append_csv_field (out, point->side);
          g_string_append_printf (out, ",%s,%s,%d,",
                                  g_ascii_formatd (x, sizeof x, "%.2f", point->x),
                                  g_ascii_formatd (y, sizeof y, "%.2f", point->y),
                                  point->intensity);
          append_csv_field (out, point->quality);
          g_string_append (out, "\r\n");
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * myo_journal_to_json:
 *
 * Returns: (transfer full): the journal in its file format
 */
char *
myo_journal_to_json (MyoJournal *self)
{
  g_autoptr(json_object) root = NULL;

  g_return_val_if_fail (MYO_IS_JOURNAL (self), NULL);

  root = journal_to_json (self);
  return g_strconcat (json_object_to_json_string_ext (root, JSON_C_TO_STRING_PRETTY |
                                                      JSON_C_TO_STRING_SPACED |
                                                      JSON_C_TO_STRING_NOSLASHESCAPE), "\n", NULL);
}
