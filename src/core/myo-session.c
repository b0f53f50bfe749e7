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
  GArray    *points;   /* MyoPainPoint */
  GPtrArray *strokes;  /* MyoStroke */
} Snapshot;

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
