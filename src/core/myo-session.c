/* myo-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "myo-json.h"
#include "myo-session.h"
#include "myo-session-private.h"

/* Every change pushes a snapshot of the points and strokes; sessions are
 * small (bounded by MYO_SESSION_MAX_POINTS and MYO_AREA_MAX_STROKES, and
 * strokes are shared, never copied) so snapshots are simpler and safer
 * than inverse operations. */
#define MAX_HISTORY 200

typedef struct
{
  MyoAnswer  answer;
  GDateTime *when;
} RedFlagAnswer;

typedef struct
{
  GArray    *points;   /* MyoPainPoint */
  GPtrArray *strokes;  /* MyoStroke */
} Snapshot;

struct _MyoSession
{
  GObject    parent_instance;

  /* Owned */
  MyoKb     *kb;
  GArray    *points;  /* MyoPainPoint */
  GPtrArray *strokes; /* MyoStroke, in the order they were made */
  GPtrArray *undo;    /* Snapshot */
  GPtrArray *redo;
  MyoAreas  *areas;   /* made from the strokes when asked for */
  int        ratings[MYO_N_PAIN_RATINGS];
  GHashTable *answers;  /* "trigger-point-id:side" -> MyoAnswer */
  GHashTable *red_flags;  /* red flag id -> RedFlagAnswer */
  guint      next_id;
  int        pain_after;
  guint      max_points;
  GPtrArray *load_warnings;  /* char *: what reading the file left out, and why */
};

enum {
  PROP_0,
  PROP_KB,
  PROP_N_POINTS,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_PAIN_AFTER,
  PROP_PAIN_NOW,
  PROP_PAIN_AVERAGE,
  PROP_PAIN_WORST,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MyoSession, myo_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (myo-session-error-quark, myo_session_error)

static void
red_flag_answer_free (gpointer data)
{
  RedFlagAnswer *answer = data;

  g_clear_pointer (&answer->when, g_date_time_unref);
  g_free (answer);
}

static GPtrArray *
new_strokes (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) myo_stroke_unref);
}

static Snapshot *
snapshot_new (MyoSession *self)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);

  snapshot->points = g_array_sized_new (FALSE, FALSE, sizeof (MyoPainPoint), self->points->len);
  g_array_append_vals (snapshot->points, self->points->data, self->points->len);
  snapshot->strokes = new_strokes ();
  for (guint i = 0; i < self->strokes->len; i++)
    g_ptr_array_add (snapshot->strokes, myo_stroke_ref (g_ptr_array_index (self->strokes, i)));

  return snapshot;
}

static void
snapshot_free (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->points, g_array_unref);
  g_clear_pointer (&snapshot->strokes, g_ptr_array_unref);
  g_free (snapshot);
}

static void
emit_changed (MyoSession *self,
              gboolean    history_changed)
{
  g_clear_object (&self->areas);
  g_signal_emit (self, signals[CHANGED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_POINTS]);
  if (history_changed)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

static void
remember (MyoSession *self)
{
  g_ptr_array_add (self->undo, snapshot_new (self));
  if (self->undo->len > MAX_HISTORY)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}

static MyoPainPoint *
find_point (MyoSession *self,
            guint       id)
{
  for (guint i = 0; i < self->points->len; i++)
    {
      MyoPainPoint *point = &g_array_index (self->points, MyoPainPoint, i);

      if (point->id == id)
        return point;
    }

  return NULL;
}

/* Fills in where a point is, or explains why it cannot be kept. */
static gboolean
locate_point (MyoSession    *self,
              const MyoView *view,
              double         x,
              double         y,
              MyoPainPoint  *point,
              GError       **error)
{
  if (!isfinite (x) || !isfinite (y) || x < 0 || y < 0 || x > view->width || y > view->height)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE,
                   _("That spot is outside the diagram. Click on a leg where it hurts."));
      return FALSE;
    }

  point->region = myo_kb_locate (self->kb, view, x, y, &point->side, &point->canonical);
  if (point->region == NULL)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE,
                   _("That spot is outside the legs. Click on a leg where it hurts."));
      return FALSE;
    }

  point->view = view;
  point->x = x;
  point->y = y;
  return TRUE;
}

static void
myo_session_finalize (GObject *object)
{
  MyoSession *self = (MyoSession *) object;

  g_clear_object (&self->kb);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->strokes, g_ptr_array_unref);
  g_clear_object (&self->areas);
  g_clear_pointer (&self->load_warnings, g_ptr_array_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->red_flags, g_hash_table_unref);

  G_OBJECT_CLASS (myo_session_parent_class)->finalize (object);
}

static void
myo_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MyoSession *self = MYO_SESSION (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    case PROP_N_POINTS:
      g_value_set_uint (value, self->points->len);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, myo_session_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, myo_session_get_can_redo (self));
      break;

    case PROP_PAIN_AFTER:
      g_value_set_int (value, self->pain_after);
      break;

    case PROP_PAIN_NOW:
    case PROP_PAIN_AVERAGE:
    case PROP_PAIN_WORST:
      g_value_set_int (value, self->ratings[prop_id - PROP_PAIN_NOW]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MyoSession *self = MYO_SESSION (object);

  switch (prop_id)
    {
    case PROP_KB:
      self->kb = g_value_dup_object (value);
      break;

    case PROP_PAIN_AFTER:
      myo_session_set_pain_after (self, g_value_get_int (value));
      break;

    case PROP_PAIN_NOW:
    case PROP_PAIN_AVERAGE:
    case PROP_PAIN_WORST:
      myo_session_set_rating (self, prop_id - PROP_PAIN_NOW, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_session_class_init (MyoSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = myo_session_finalize;
  object_class->get_property = myo_session_get_property;
  object_class->set_property = myo_session_set_property;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MYO_TYPE_KB,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_POINTS] =
    g_param_spec_uint ("n-points", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAIN_AFTER] =
    g_param_spec_int ("pain-after", NULL, NULL,
                      -1, 10, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The ratings of pain intensity (0–10, -1 when not given) */
  properties[PROP_PAIN_NOW] =
    g_param_spec_int ("pain-now", NULL, NULL,
                      -1, 10, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAIN_AVERAGE] =
    g_param_spec_int ("pain-average", NULL, NULL,
                      -1, 10, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAIN_WORST] =
    g_param_spec_int ("pain-worst", NULL, NULL,
                      -1, 10, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoSession::changed:
   *
   * Emitted after any change to the points or painted areas, including
   * undo and redo, and to the pain ratings, answers and red-flag answers.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
myo_session_init (MyoSession *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (MyoPainPoint));
  self->strokes = new_strokes ();
  self->load_warnings = g_ptr_array_new_with_free_func (g_free);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    self->ratings[i] = -1;
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->red_flags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, red_flag_answer_free);
  self->next_id = 1;
  self->pain_after = -1;
  self->max_points = MYO_SESSION_MAX_POINTS;
}

/**
 * myo_session_new:
 * @kb: the knowledge base that names the regions
 *
 * Returns: (transfer full): an empty session
 */
MyoSession *
myo_session_new (MyoKb *kb)
{
  g_return_val_if_fail (MYO_IS_KB (kb), NULL);

  return g_object_new (MYO_TYPE_SESSION, "kb", kb, NULL);
}

/**
 * myo_session_get_kb:
 *
 * Returns: (transfer none): the knowledge base
 */
MyoKb *
myo_session_get_kb (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);
  return self->kb;
}

guint
myo_session_get_n_points (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), 0);
  return self->points->len;
}

/**
 * myo_session_get_point:
 *
 * Returns: (transfer none): the point at @index, valid until the next change
 */
const MyoPainPoint *
myo_session_get_point (MyoSession *self,
                       guint       index)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return &g_array_index (self->points, MyoPainPoint, index);
}

/**
 * myo_session_lookup_point:
 *
 * Returns: (transfer none) (nullable): the point with @id
 */
const MyoPainPoint *
myo_session_lookup_point (MyoSession *self,
                          guint       id)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);
  return find_point (self, id);
}

/**
 * myo_session_add_point:
 * @view_id: the view the person clicked in
 * @x: diagram x
 * @y: diagram y
 * @intensity: 1 to 10
 * @quality: how it feels, or %MYO_QUALITY_NONE
 *
 * A point outside the legs is refused with %MYO_SESSION_ERROR_OUTSIDE and a
 * message that can be shown as it is.
 *
 * Returns: the new point's id, or 0 with @error set
 */
guint
myo_session_add_point (MyoSession  *self,
                       const char  *view_id,
                       double       x,
                       double       y,
                       int          intensity,
                       MyoQuality   quality,
                       GError     **error)
{
  MyoPainPoint point = { 0 };
  const MyoView *view;

  g_return_val_if_fail (MYO_IS_SESSION (self), 0);

  view = myo_kb_lookup_view (self->kb, view_id);
  if (view == NULL)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("There is no “%s” view"), view_id);
      return 0;
    }

  if (intensity < MYO_INTENSITY_MIN || intensity > MYO_INTENSITY_MAX)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Intensity %d is out of range; use 1 (mild) to 10 (worst)"), intensity);
      return 0;
    }

  if (self->points->len >= self->max_points)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_TOO_MANY,
                   _("A session holds at most %d points. Remove some, or start a new session."),
                   (int) self->max_points);
      return 0;
    }

  if (!locate_point (self, view, x, y, &point, error))
    return 0;

  point.id = self->next_id++;
  point.intensity = intensity;
  point.quality = quality;

  remember (self);
  g_array_append_val (self->points, point);
  emit_changed (self, TRUE);

  return point.id;
}

gboolean
myo_session_move_point (MyoSession  *self,
                        guint        id,
                        double       x,
                        double       y,
                        GError     **error)
{
  MyoPainPoint *point;
  MyoPainPoint moved;

  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);

  if ((point = find_point (self, id)) == NULL)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_NOT_FOUND,
                   _("That point no longer exists"));
      return FALSE;
    }

  moved = *point;
  if (!locate_point (self, point->view, x, y, &moved, error))
    return FALSE;

  remember (self);
  *find_point (self, id) = moved;
  emit_changed (self, TRUE);

  return TRUE;
}

gboolean
myo_session_set_intensity (MyoSession *self,
                           guint       id,
                           int         intensity)
{
  MyoPainPoint *point;

  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);
  g_return_val_if_fail (intensity >= MYO_INTENSITY_MIN && intensity <= MYO_INTENSITY_MAX, FALSE);

  if ((point = find_point (self, id)) == NULL || point->intensity == intensity)
    return FALSE;

  remember (self);
  find_point (self, id)->intensity = intensity;
  emit_changed (self, TRUE);

  return TRUE;
}

gboolean
myo_session_set_quality (MyoSession *self,
                         guint       id,
                         MyoQuality  quality)
{
  MyoPainPoint *point;

  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);

  if ((point = find_point (self, id)) == NULL || point->quality == quality)
    return FALSE;

  remember (self);
  find_point (self, id)->quality = quality;
  emit_changed (self, TRUE);

  return TRUE;
}

gboolean
myo_session_remove_point (MyoSession *self,
                          guint       id)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);

  for (guint i = 0; i < self->points->len; i++)
    if (g_array_index (self->points, MyoPainPoint, i).id == id)
      {
        remember (self);
        g_array_remove_index (self->points, i);
        emit_changed (self, TRUE);
        return TRUE;
      }

  return FALSE;
}

void
myo_session_clear (MyoSession *self)
{
  g_return_if_fail (MYO_IS_SESSION (self));

  if (self->points->len == 0 && self->strokes->len == 0)
    return;

  remember (self);
  g_array_set_size (self->points, 0);
  g_ptr_array_set_size (self->strokes, 0);
  emit_changed (self, TRUE);
}

gboolean
myo_session_get_can_undo (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);
  return self->undo->len > 0;
}

gboolean
myo_session_get_can_redo (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);
  return self->redo->len > 0;
}

static gboolean
swap_history (MyoSession *self,
              GPtrArray  *from,
              GPtrArray  *to)
{
  Snapshot *current, *previous;

  if (from->len == 0)
    return FALSE;

  current = g_new0 (Snapshot, 1);
  current->points = g_steal_pointer (&self->points);
  current->strokes = g_steal_pointer (&self->strokes);
  g_ptr_array_add (to, current);

  previous = g_ptr_array_steal_index (from, from->len - 1);
  self->points = g_steal_pointer (&previous->points);
  self->strokes = g_steal_pointer (&previous->strokes);
  snapshot_free (previous);
  emit_changed (self, TRUE);

  return TRUE;
}

gboolean
myo_session_undo (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);
  return swap_history (self, self->undo, self->redo);
}

gboolean
myo_session_redo (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), FALSE);
  return swap_history (self, self->redo, self->undo);
}

/**
 * myo_session_get_pain_after:
 *
 * Returns: the pain (0–10) the person reported after the routine, or -1
 */
int
myo_session_get_pain_after (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), -1);
  return self->pain_after;
}

void
myo_session_set_pain_after (MyoSession *self,
                            int         pain_after)
{
  g_return_if_fail (MYO_IS_SESSION (self));
  g_return_if_fail (pain_after >= -1 && pain_after <= 10);

  if (self->pain_after == pain_after)
    return;

  self->pain_after = pain_after;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_AFTER]);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static char *
answer_key (const char *trp_id,
            MyoSide     side)
{
  return g_strdup_printf ("%s:%s", trp_id, myo_side_to_string (side));
}

/**
 * myo_session_get_answer:
 *
 * Returns: what the person answered to "Is this my pain?" while pressing
 *   @trp on @side, or %MYO_ANSWER_NONE
 */
MyoAnswer
myo_session_get_answer (MyoSession            *self,
                        const MyoTriggerPoint *trp,
                        MyoSide                side)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MYO_IS_SESSION (self), MYO_ANSWER_NONE);
  g_return_val_if_fail (trp != NULL, MYO_ANSWER_NONE);

  key = answer_key (trp->id, side);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->answers, key));
}

/**
 * myo_session_set_answer:
 *
 * Keeps the answer with the session; the matcher ranks a confirmed point
 * higher and leaves a rejected one out of the combination.
 */
void
myo_session_set_answer (MyoSession            *self,
                        const MyoTriggerPoint *trp,
                        MyoSide                side,
                        MyoAnswer              answer)
{
  g_return_if_fail (MYO_IS_SESSION (self));
  g_return_if_fail (trp != NULL);
  g_return_if_fail (answer <= MYO_ANSWER_NOT_SURE);

  if (myo_session_get_answer (self, trp, side) == answer)
    return;

  if (answer == MYO_ANSWER_NONE)
    {
      g_autofree char *key = answer_key (trp->id, side);

      g_hash_table_remove (self->answers, key);
    }
  else
    g_hash_table_insert (self->answers, answer_key (trp->id, side), GUINT_TO_POINTER (answer));

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * myo_session_dup_answered:
 *
 * Returns: (transfer full) (element-type utf8): the "trigger-point-id:side"
 *   keys of every answer given, sorted
 */
GPtrArray *
myo_session_dup_answered (MyoSession *self)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, g_strdup (key));
  g_ptr_array_sort (keys, compare_strings);

  return keys;
}

/**
 * myo_pain_point_dup_label:
 *
 * Returns: (transfer full): e.g. "Left leg · back of knee, intensity 6"
 */
char *
myo_pain_point_dup_label (const MyoPainPoint *point)
{
  /* Translators: leg, region, then the pain intensity from 1 to 10 */
  return g_strdup_printf (_("%s · %s, intensity %d"), myo_side_get_label (point->side),
                          point->region->name, point->intensity);
}

/**
 * myo_session_add_stroke:
 * @view_id: the view painted on
 * @points: (array length=n_points): the brush's path, in view coordinates
 * @radius: the brush radius, %MYO_AREA_RADIUS_MIN to %MYO_AREA_RADIUS_MAX
 * @intensity: 1 to 10; ignored for the eraser
 * @eraser: whether the stroke erases what was painted
 *
 * Paints (or erases) along a path. A paint stroke paints the leg its path
 * first reaches, and only inside that leg's outline; a path that never
 * touches a leg is refused with %MYO_SESSION_ERROR_OUTSIDE.
 *
 * Returns: the new stroke's id, or 0 with @error set
 */
guint
myo_session_add_stroke (MyoSession      *self,
                        const char      *view_id,
                        const MyoPoint  *points,
                        guint            n_points,
                        double           radius,
                        int              intensity,
                        gboolean         eraser,
                        GError         **error)
{
  g_autofree MyoPoint *rounded = NULL;
  const MyoView *view;
  MyoStroke *stroke;
  MyoSide side = MYO_SIDE_LEFT;
  gboolean on_leg = FALSE;

  g_return_val_if_fail (MYO_IS_SESSION (self), 0);
  g_return_val_if_fail (points != NULL || n_points == 0, 0);

  view = myo_kb_lookup_view (self->kb, view_id);
  if (view == NULL)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("There is no “%s” view"), view_id);
      return 0;
    }

  if (n_points == 0 || n_points > MYO_AREA_MAX_STROKE_POINTS)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("A painted stroke needs 1 to %d points"), MYO_AREA_MAX_STROKE_POINTS);
      return 0;
    }

  if (!(radius >= MYO_AREA_RADIUS_MIN && radius <= MYO_AREA_RADIUS_MAX))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Brush size %g is out of range; use %g to %g"),
                   radius, MYO_AREA_RADIUS_MIN, MYO_AREA_RADIUS_MAX);
      return 0;
    }

  if (!eraser && (intensity < MYO_INTENSITY_MIN || intensity > MYO_INTENSITY_MAX))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Intensity %d is out of range; use 1 (mild) to 10 (worst)"), intensity);
      return 0;
    }

  if (self->strokes->len >= MYO_AREA_MAX_STROKES)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_TOO_MANY,
                   _("A session holds at most %d painted strokes. Erase or undo some, "
                     "or start a new session."), MYO_AREA_MAX_STROKES);
      return 0;
    }

  for (guint i = 0; i < n_points; i++)
    {
      const MyoPoint *p = &points[i];

      if (!isfinite (p->x) || !isfinite (p->y) || p->x < 0 || p->y < 0 ||
          p->x > view->width || p->y > view->height)
        {
          g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE,
                       _("That stroke leaves the diagram. Paint on a leg where it hurts."));
          return 0;
        }

      if (!on_leg && myo_kb_locate (self->kb, view, p->x, p->y, &side, NULL) != NULL)
        on_leg = TRUE;
    }

  if (!on_leg && !eraser)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE,
                   _("That stroke is outside the legs. Paint on a leg where it hurts."));
      return 0;
    }

  /* Kept as the file keeps them, to a tenth of a unit, so a session read
   * back paints exactly the cells it painted */
  rounded = g_memdup2 (points, sizeof (MyoPoint) * n_points);
  for (guint i = 0; i < n_points; i++)
    {
      rounded[i].x = round (rounded[i].x * 10) / 10;
      rounded[i].y = round (rounded[i].y * 10) / 10;
    }
  radius = round (radius * 10) / 10;

  stroke = myo_stroke_new (self->next_id++, view, side, intensity, radius, eraser, rounded, n_points);
  remember (self);
  g_ptr_array_add (self->strokes, stroke);
  emit_changed (self, TRUE);

  return stroke->id;
}

guint
myo_session_get_n_strokes (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), 0);
  return self->strokes->len;
}

/**
 * myo_session_is_empty:
 *
 * Returns: whether nothing is marked: no point and no stroke
 */
gboolean
myo_session_is_empty (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), TRUE);
  return self->points->len == 0 && self->strokes->len == 0;
}

/**
 * myo_session_get_stroke:
 *
 * Returns: (transfer none): the stroke at @index, in the order they were made
 */
const MyoStroke *
myo_session_get_stroke (MyoSession *self,
                        guint       index)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->strokes->len, NULL);

  return g_ptr_array_index (self->strokes, index);
}

/**
 * myo_session_get_areas:
 *
 * Returns: (transfer none): the painted areas as they are now, valid until
 *   the next change
 */
MyoAreas *
myo_session_get_areas (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);

  if (self->areas == NULL)
    self->areas = myo_areas_new (self->kb, self->strokes);

  return self->areas;
}

/**
 * myo_session_get_rating:
 *
 * Returns: the pain the person rated (0–10), or -1 when not rated
 */
int
myo_session_get_rating (MyoSession    *self,
                        MyoPainRating  rating)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), -1);
  g_return_val_if_fail (rating < MYO_N_PAIN_RATINGS, -1);

  return self->ratings[rating];
}

void
myo_session_set_rating (MyoSession    *self,
                        MyoPainRating  rating,
                        int            value)
{
  g_return_if_fail (MYO_IS_SESSION (self));
  g_return_if_fail (rating < MYO_N_PAIN_RATINGS);
  g_return_if_fail (value >= -1 && value <= 10);

  if (self->ratings[rating] == value)
    return;

  self->ratings[rating] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_NOW + rating]);
  /* Kept with the session, so saved like a change to the points */
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * myo_session_get_worst_marked:
 *
 * Returns: the strongest intensity of the points and painted areas, or 0
 */
int
myo_session_get_worst_marked (MyoSession *self)
{
  MyoAreas *areas;
  int worst = 0;

  g_return_val_if_fail (MYO_IS_SESSION (self), 0);

  for (guint i = 0; i < self->points->len; i++)
    worst = MAX (worst, g_array_index (self->points, MyoPainPoint, i).intensity);

  areas = myo_session_get_areas (self);
  for (guint i = 0; i < myo_areas_get_n_areas (areas); i++)
    worst = MAX (worst, myo_areas_get_area (areas, i)->intensity);

  return worst;
}

static const char * const rating_keys[MYO_N_PAIN_RATINGS] = { "now", "average", "worst" };

/**
 * myo_session_get_red_flag:
 * @flag_id: a red flag of the knowledge base
 * @when: (out) (optional) (transfer full): when it was answered
 *
 * Returns: the answer to the red-flag question, %MYO_ANSWER_YES or
 *   %MYO_ANSWER_NO, or %MYO_ANSWER_NONE when it was not asked
 */
MyoAnswer
myo_session_get_red_flag (MyoSession  *self,
                          const char  *flag_id,
                          GDateTime  **when)
{
  RedFlagAnswer *answer;

  g_return_val_if_fail (MYO_IS_SESSION (self), MYO_ANSWER_NONE);
  g_return_val_if_fail (flag_id != NULL, MYO_ANSWER_NONE);

  answer = g_hash_table_lookup (self->red_flags, flag_id);
  if (when != NULL)
    *when = answer != NULL ? g_date_time_ref (answer->when) : NULL;

  return answer != NULL ? answer->answer : MYO_ANSWER_NONE;
}

/**
 * myo_session_set_red_flag:
 * @answer: %MYO_ANSWER_YES, %MYO_ANSWER_NO, or %MYO_ANSWER_NONE to forget it
 * @when: (nullable): when it was answered, or %NULL for now
 *
 * Keeps a red-flag answer with the session, for the clinician's report.
 */
void
myo_session_set_red_flag (MyoSession *self,
                          const char *flag_id,
                          MyoAnswer   answer,
                          GDateTime  *when)
{
  RedFlagAnswer *kept;

  g_return_if_fail (MYO_IS_SESSION (self));
  g_return_if_fail (flag_id != NULL);
  g_return_if_fail (answer == MYO_ANSWER_NONE || answer == MYO_ANSWER_YES || answer == MYO_ANSWER_NO);

  if (answer == MYO_ANSWER_NONE)
    g_hash_table_remove (self->red_flags, flag_id);
  else
    {
      kept = g_new0 (RedFlagAnswer, 1);
      kept->answer = answer;
      kept->when = when != NULL ? g_date_time_ref (when) : g_date_time_new_now_local ();
      g_hash_table_insert (self->red_flags, g_strdup (flag_id), kept);
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

/* Files */

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

  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);

  json_object_object_add (root, "schema", json_object_new_int (MYO_SESSION_SCHEMA_VERSION));
  json_object_object_add (root, "generator", json_object_new_string ("Myomap " PACKAGE_VERSION));
  json_object_object_add (root, "saved", json_object_new_string (saved));
  if (self->pain_after >= 0)
    json_object_object_add (root, "pain_after", json_object_new_int (self->pain_after));

  for (guint i = 0; i < self->points->len; i++)
    {
      const MyoPainPoint *point = &g_array_index (self->points, MyoPainPoint, i);
      json_object *item = json_object_new_object ();

      json_object_object_add (item, "view", json_object_new_string (point->view->id));
      json_object_object_add (item, "x", json_object_new_double (point->x));
      json_object_object_add (item, "y", json_object_new_double (point->y));
      json_object_object_add (item, "intensity", json_object_new_int (point->intensity));
      if (point->quality != MYO_QUALITY_NONE)
        json_object_object_add (item, "quality",
                                json_object_new_string (myo_quality_to_string (point->quality)));
      /* Derived, written for people and other tools reading the file */
      json_object_object_add (item, "side",
                              json_object_new_string (myo_side_to_string (point->side)));
      json_object_object_add (item, "region", json_object_new_string (point->region->id));
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

  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    if (self->ratings[i] >= 0)
      {
        json_object *pain;

        if (!json_object_object_get_ex (root, "pain", &pain))
          {
            pain = json_object_new_object ();
            json_object_object_add (root, "pain", pain);
          }
        json_object_object_add (pain, rating_keys[i], json_object_new_int (self->ratings[i]));
      }

  if (g_hash_table_size (self->answers) > 0)
    {
      g_autoptr(GPtrArray) keys = myo_session_dup_answered (self);
      json_object *answers = json_object_new_array ();

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
      json_object_object_add (root, "answers", answers);
    }

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

static gboolean
read_point (MyoSession   *self,
            json_object  *item,
            guint         index,
            GError      **error)
{
  json_object *view, *x, *y, *intensity, *quality = NULL;
  g_autoptr(GError) local_error = NULL;
  MyoQuality quality_value = MYO_QUALITY_NONE;
  double intensity_value;

  if (!json_object_is_type (item, json_type_object) ||
      !json_object_object_get_ex (item, "view", &view) || !json_object_is_type (view, json_type_string) ||
      !json_object_object_get_ex (item, "x", &x) || !(json_object_is_type (x, json_type_double) || json_object_is_type (x, json_type_int)) ||
      !json_object_object_get_ex (item, "y", &y) || !(json_object_is_type (y, json_type_double) || json_object_is_type (y, json_type_int)) ||
      !json_object_object_get_ex (item, "intensity", &intensity) || !json_object_is_type (intensity, json_type_int))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("$.points[%u]: needs “view” (text), “x”, “y” (numbers) and “intensity” (1–10)"),
                   index);
      return FALSE;
    }

  intensity_value = json_object_get_double (intensity);
  if (intensity_value < MYO_INTENSITY_MIN || intensity_value > MYO_INTENSITY_MAX)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("$.points[%u].intensity: %g is out of range (1 to 10)"), index, intensity_value);
      return FALSE;
    }

  if (json_object_object_get_ex (item, "quality", &quality) &&
      (!json_object_is_type (quality, json_type_string) ||
       !myo_quality_from_string (json_object_get_string (quality), &quality_value)))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("$.points[%u].quality: use aching, burning, sharp, tingling, cramping or numb"),
                   index);
      return FALSE;
    }

  if (myo_session_add_point (self, json_object_get_string (view),
                             json_object_get_double (x), json_object_get_double (y),
                             (int) intensity_value, quality_value, &local_error) == 0)
    {
      /* A point off the legs (a diagram drawn differently when it was
       * saved, a hand-edited file) costs that point, not the session */
      if (g_error_matches (local_error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE))
        {
          g_ptr_array_add (self->load_warnings,
                           /* Translators: a JSON path, then why the point was left out */
                           g_strdup_printf (_("$.points[%u]: skipped: [%g, %g] on the “%s” view is not on a leg"),
                                            index, json_object_get_double (x), json_object_get_double (y),
                                            json_object_get_string (view)));
          return TRUE;
        }

      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   "$.points[%u]: %s", index, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_number (json_object *value)
{
  return json_object_is_type (value, json_type_double) || json_object_is_type (value, json_type_int);
}

static gboolean
read_stroke (MyoSession   *self,
             json_object  *item,
             guint         index,
             GError      **error)
{
  json_object *view, *radius, *path, *intensity, *eraser;
  g_autoptr(GError) local_error = NULL;
  g_autofree MyoPoint *points = NULL;
  gboolean is_eraser = FALSE;
  int intensity_value = 0;
  gsize n_values;

  if (!json_object_is_type (item, json_type_object) ||
      !json_object_object_get_ex (item, "view", &view) || !json_object_is_type (view, json_type_string) ||
      !json_object_object_get_ex (item, "radius", &radius) || !is_number (radius) ||
      !json_object_object_get_ex (item, "path", &path) || !json_object_is_type (path, json_type_array))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("$.areas[%u]: needs “view” (text), “radius” (a number) and “path” "
                     "(a list of x, y numbers)"), index);
      return FALSE;
    }

  if (json_object_object_get_ex (item, "eraser", &eraser))
    is_eraser = json_object_is_type (eraser, json_type_boolean) && json_object_get_boolean (eraser);

  if (!is_eraser)
    {
      if (!json_object_object_get_ex (item, "intensity", &intensity) ||
          !json_object_is_type (intensity, json_type_int))
        {
          g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                       _("$.areas[%u]: a painted area needs an “intensity” (1–10)"), index);
          return FALSE;
        }
      intensity_value = CLAMP (json_object_get_int64 (intensity), -1, 100);
    }

  n_values = json_object_array_length (path);
  if (n_values == 0 || n_values % 2 != 0 || n_values > 2 * MYO_AREA_MAX_STROKE_POINTS)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("$.areas[%u].path: needs pairs of x, y numbers, at most %d pairs"),
                   index, MYO_AREA_MAX_STROKE_POINTS);
      return FALSE;
    }

  points = g_new (MyoPoint, n_values / 2);
  for (gsize k = 0; k < n_values; k++)
    {
      json_object *value = json_object_array_get_idx (path, k);

      if (!is_number (value))
        {
          g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                       _("$.areas[%u].path[%zu]: expected a number"), index, k);
          return FALSE;
        }
      if (k % 2 == 0)
        points[k / 2].x = json_object_get_double (value);
      else
        points[k / 2].y = json_object_get_double (value);
    }

  if (myo_session_add_stroke (self, json_object_get_string (view), points, n_values / 2,
                              json_object_get_double (radius), intensity_value, is_eraser,
                              &local_error) == 0)
    {
      /* A stroke off the legs (a diagram drawn differently when it was
       * saved) costs that stroke, not the session */
      if (g_error_matches (local_error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_OUTSIDE))
        {
          g_ptr_array_add (self->load_warnings,
                           /* Translators: a JSON path, then why the stroke was left out */
                           g_strdup_printf (_("$.areas[%u]: skipped: %s"), index, local_error->message));
          return TRUE;
        }

      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   "$.areas[%u]: %s", index, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_areas (MyoSession   *self,
            json_object  *areas,
            GError      **error)
{
  if (!json_object_is_type (areas, json_type_array))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("$.areas: expected a list"));
      return FALSE;
    }

  if (json_object_array_length (areas) > MYO_AREA_MAX_STROKES)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_TOO_MANY,
                   _("$.areas: more than the %d painted strokes a session may have"),
                   MYO_AREA_MAX_STROKES);
      return FALSE;
    }

  for (guint i = 0; i < json_object_array_length (areas); i++)
    if (!read_stroke (self, json_object_array_get_idx (areas, i), i, error))
      return FALSE;

  return TRUE;
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

/* Ratings out of range or of the wrong type are left unset: they are the
 * person's to give again, and the rest of the session is still good */
static void
read_ratings (MyoSession  *self,
              json_object *pain)
{
  if (!json_object_is_type (pain, json_type_object))
    return;

  for (guint i = 0; i < MYO_N_PAIN_RATINGS; i++)
    {
      json_object *value;

      if (json_object_object_get_ex (pain, rating_keys[i], &value) &&
          json_object_is_type (value, json_type_int) &&
          json_object_get_int64 (value) >= 0 && json_object_get_int64 (value) <= 10)
        self->ratings[i] = json_object_get_int64 (value);
    }
}

/* Answers about trigger points this knowledge base no longer has are
 * dropped: they cannot change anything. */
static gboolean
read_answers (MyoSession   *self,
              json_object  *answers,
              GError      **error)
{
  if (!json_object_is_type (answers, json_type_array))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("$.answers: expected a list"));
      return FALSE;
    }

  for (guint i = 0; i < json_object_array_length (answers); i++)
    {
      json_object *item = json_object_array_get_idx (answers, i);
      json_object *trp_id, *side, *answer;
      const MyoTriggerPoint *trp;
      MyoSide side_value;
      MyoAnswer answer_value;

      if (!json_object_is_type (item, json_type_object) ||
          !json_object_object_get_ex (item, "trigger_point", &trp_id) ||
          !json_object_is_type (trp_id, json_type_string) ||
          !json_object_object_get_ex (item, "side", &side) ||
          !myo_side_from_string (json_object_get_string (side), &side_value) ||
          !json_object_object_get_ex (item, "answer", &answer) ||
          !myo_answer_from_string (json_object_get_string (answer), &answer_value))
        {
          g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                       _("$.answers[%u]: needs “trigger_point”, “side” (left or right) and "
                         "“answer” (yes, no or not-sure)"), i);
          return FALSE;
        }

      trp = myo_kb_lookup_trigger_point (self->kb, json_object_get_string (trp_id));
      if (trp != NULL && answer_value != MYO_ANSWER_NONE)
        g_hash_table_insert (self->answers, answer_key (trp->id, side_value),
                             GUINT_TO_POINTER (answer_value));
    }

  return TRUE;
}

/**
 * myo_session_new_from_data:
 * @data: the text of a session file, not necessarily nul-terminated
 * @length: its length in bytes
 * @name: how to name the file in messages
 *
 * Reads a session from memory; see myo_session_new_from_file(). A point
 * that is not on a leg is left out and named in
 * myo_session_get_load_warnings(); anything else wrong refuses the file.
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
  g_autoptr(json_object) root = NULL;
  g_autoptr(GError) local_error = NULL;
  json_object *schema, *points, *pain_after, *answers, *areas, *pain, *red_flags;
  gint64 schema_value;

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

  if (!json_object_is_type (root, json_type_object) ||
      !json_object_object_get_ex (root, "schema", &schema) ||
      !json_object_is_type (schema, json_type_int) ||
      !json_object_object_get_ex (root, "points", &points) ||
      !json_object_is_type (points, json_type_array))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Could not read the session “%s”: it is not a Myomap session file"), name);
      return NULL;
    }

  /* Schema 1 is schema 2 without areas and ratings */
  schema_value = json_object_get_int64 (schema);
  if (schema_value != 1 && schema_value != MYO_SESSION_SCHEMA_VERSION)
    {
      if (schema_value > MYO_SESSION_SCHEMA_VERSION)
        g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                     _("Could not read the session “%s”: it was written by a newer Myomap "
                       "(schema %lld); update Myomap to open it"),
                     name, (long long) json_object_get_int64 (schema));
      else
        g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                     _("Could not read the session “%s”: schema %lld is not a Myomap "
                       "session schema"),
                     name, (long long) json_object_get_int64 (schema));
      return NULL;
    }

  if (json_object_array_length (points) > MYO_SESSION_MAX_POINTS)
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_TOO_MANY,
                   _("Could not read the session “%s”: it holds %zu points, more than the %d "
                     "a session may have"),
                   name, json_object_array_length (points), MYO_SESSION_MAX_POINTS);
      return NULL;
    }

  self = myo_session_new (kb);
  for (guint i = 0; i < json_object_array_length (points); i++)
    if (!read_point (self, json_object_array_get_idx (points, i), i, &local_error))
      {
        g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                     _("Could not read the session “%s”: %s"), name, local_error->message);
        return NULL;
      }

  if (json_object_object_get_ex (root, "pain_after", &pain_after) &&
      json_object_is_type (pain_after, json_type_int) &&
      json_object_get_int64 (pain_after) >= 0 && json_object_get_int64 (pain_after) <= 10)
    self->pain_after = json_object_get_int64 (pain_after);

  if (json_object_object_get_ex (root, "answers", &answers) &&
      !read_answers (self, answers, &local_error))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Could not read the session “%s”: %s"), name, local_error->message);
      return NULL;
    }

  if (schema_value >= 2 && json_object_object_get_ex (root, "areas", &areas) &&
      !read_areas (self, areas, &local_error))
    {
      g_set_error (error, MYO_SESSION_ERROR, MYO_SESSION_ERROR_INVALID,
                   _("Could not read the session “%s”: %s"), name, local_error->message);
      return NULL;
    }

  if (schema_value >= 2 && json_object_object_get_ex (root, "pain", &pain))
    read_ratings (self, pain);

  if (schema_value >= 2 && json_object_object_get_ex (root, "red_flags", &red_flags))
    read_red_flags (self, red_flags);

  /* Loading is not something to undo */
  g_ptr_array_set_size (self->undo, 0);

  return g_steal_pointer (&self);
}

/**
 * myo_session_get_load_warnings:
 *
 * What reading the session's file left out: each a line "$.points[N]:
 * skipped: …" naming the JSON path. Empty for a session that was not read
 * from a file, or that was read whole.
 *
 * Returns: (transfer none) (element-type utf8): the warnings
 */
GPtrArray *
myo_session_get_load_warnings (MyoSession *self)
{
  g_return_val_if_fail (MYO_IS_SESSION (self), NULL);
  return self->load_warnings;
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

/* Private API, for the benchmarks */

/* The matcher's scaling is measured past what a person marks (1,000
 * points); nothing else lifts the bound. */
void
_myo_session_set_max_points (MyoSession *self,
                             guint       max_points)
{
  g_return_if_fail (MYO_IS_SESSION (self));
  self->max_points = max_points;
}

/* The benchmark measures the areas made afresh, as after an edit */
void
_myo_session_drop_areas (MyoSession *self)
{
  g_return_if_fail (MYO_IS_SESSION (self));
  g_clear_object (&self->areas);
}
