/* myo-kb-loader.c: reading and checking the knowledge base's JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "myo-json-reader.h"
#include "myo-kb-private.h"

/* The loader walks the document once, keeping a JSON path of where it is so
 * that every problem can be reported as "FILE: $.path: message", and keeps
 * going after a problem so one run reports them all. */
typedef struct
{
  MyoKb         *kb;
  MyoJsonReader *reader;
  gsize          n_corners;
} Loader;

/* A hostile file must not make loading slow or the error message endless:
 * checking that an outline does not cross itself is quadratic in its
 * corners, so they are bounded per polygon and in all (the shipped
 * knowledge base has at most 431 in one polygon and some 15,000 in all;
 * the bound leaves room for a knowledge base many times larger, such as
 * the benchmarks' ten copies of every trigger point), and so is the
 * number of problems listed. */
#define MAX_POLYGON_CORNERS 1000
#define MAX_CORNERS         100000
#define MAX_PROBLEMS        200

static void
source_free (MyoSource *source)
{
  g_free (source->id);
  g_free (source->citation);
  g_free (source->url);
  g_free (source);
}

static void
view_free (MyoView *view)
{
  g_free (view->id);
  g_free (view->label);
  g_free (view->file);
  g_free (view);
}

static void
shape_free (MyoShape *shape)
{
  myo_polygon_free (shape->polygon);
  g_free (shape);
}

static void
region_free (MyoRegion *region)
{
  g_free (region->id);
  g_free (region->name);
  myo_polygon_free (region->polygon);
  g_free (region);
}

static void
head_free (MyoHead *head)
{
  g_free (head->id);
  g_free (head->name);
  g_free (head);
}

static void
muscle_free (MyoMuscle *muscle)
{
  g_free (muscle->id);
  g_free (muscle->name);
  g_clear_pointer (&muscle->heads, g_ptr_array_unref);
  g_free (muscle->anatomy);
  g_strfreev (muscle->activators);
  g_strfreev (muscle->differentials);
  g_free (muscle->notes);
  g_free (muscle->plain_name);
  g_strfreev (muscle->sources);
  g_free (muscle);
}

static void
trigger_point_free (MyoTriggerPoint *trp)
{
  g_free (trp->id);
  g_free (trp->location_text);
  g_clear_pointer (&trp->essential, g_ptr_array_unref);
  g_clear_pointer (&trp->spillover, g_ptr_array_unref);
  g_free (trp->notes);
  g_strfreev (trp->sources);
  g_free (trp);
}

static void
alternative_free (MyoAlternative *alternative)
{
  g_free (alternative->level);
  g_free (alternative->title);
  g_strfreev (alternative->instructions);
  g_free (alternative->illustration);
  g_free (alternative);
}

static void
step_free (MyoStep *step)
{
  g_free (step->id);
  g_free (step->title);
  g_strfreev (step->instructions);
  g_free (step->caution);
  g_clear_pointer (&step->alternatives, g_ptr_array_unref);
  g_clear_pointer (&step->variants, g_hash_table_unref);
  g_free (step->illustration);
  g_strfreev (step->sources);
  g_free (step);
}

static void
routine_plan_free (MyoRoutinePlan *plan)
{
  g_free (plan->id);
  g_free (plan->title);
  g_clear_pointer (&plan->steps, g_ptr_array_unref);
  g_strfreev (plan->sources);
  g_free (plan);
}

static void
red_flag_free (MyoRedFlag *flag)
{
  g_free (flag->id);
  g_free (flag->question);
  g_free (flag->why);
  g_strfreev (flag->sources);
  g_free (flag);
}

/* Loader helpers */

static gboolean
get_uint (Loader      *loader,
          json_object *object,
          const char  *key,
          gboolean     required,
          guint        min,
          guint        max,
          guint       *out)
{
  int value;

  if (!myo_json_reader_get_int (loader->reader, object, key, required,
                                (int) MIN (min, G_MAXINT), (int) MIN (max, G_MAXINT), &value))
    return FALSE;

  *out = (guint) value;
  return TRUE;
}

/* The text of the knowledge base is English in the JSON; its translations
 * are in Myomap's catalogue, extracted by build-aux/kb-strings.py with this
 * context. Only the fields listed there go through translate_take(), so
 * ids, kinds and file names are never translated. */
#define KB_CONTEXT "knowledge base"

static char *
translate_take (char *text)
{
  const char *translated;

  if (text == NULL)
    return NULL;

  translated = g_dpgettext2 (GETTEXT_PACKAGE, KB_CONTEXT, text);
  if (translated == text)
    return text;

  g_free (text);
  return g_strdup (translated);
}

static char *
get_text (Loader      *loader,
          json_object *object,
          const char  *key,
          gboolean     required)
{
  return translate_take (myo_json_reader_dup_string (loader->reader, object, key, required));
}

static char **
get_text_strv (Loader      *loader,
               json_object *object,
               const char  *key,
               gboolean     required)
{
  char **strv = myo_json_reader_dup_strv (loader->reader, object, key, required);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    strv[i] = translate_take (strv[i]);

  return strv;
}

/* Claims @id in @section, reporting a duplicate. */
static gboolean
claim_id (Loader     *loader,
          const char *section,
          const char *id,
          gpointer    entry)
{
  g_autofree char *key = g_strdup_printf ("%s:%s", section, id);

  if (g_hash_table_contains (loader->kb->ids, key))
    {
      myo_json_reader_member_problem (loader->reader, "id", _("the id “%s” is used twice"), id);
      return FALSE;
    }

  g_hash_table_insert (loader->kb->ids, g_steal_pointer (&key), entry);
  return TRUE;
}

gpointer
_myo_kb_lookup_id (MyoKb      *self,
                   const char *section,
                   const char *id)
{
  g_autofree char *key = NULL;

  if (id == NULL)
    return NULL;

  key = g_strdup_printf ("%s:%s", section, id);
  return g_hash_table_lookup (self->ids, key);
}

/* Resolves a reference, reporting it when it points nowhere. */
static gpointer
get_reference (Loader      *loader,
               json_object *object,
               const char  *key,
               const char  *section,
               gboolean     required)
{
  g_autofree char *id = myo_json_reader_dup_string (loader->reader, object, key, required);
  gpointer entry;

  if (id == NULL)
    return NULL;

  entry = _myo_kb_lookup_id (loader->kb, section, id);
  if (entry == NULL)
      myo_json_reader_member_problem (loader->reader, key,
                                      _("“%s” does not name any entry in “%s”"), id, section);

  return entry;
}

static char **
get_sources (Loader      *loader,
             json_object *object)
{
  char **sources = myo_json_reader_dup_strv (loader->reader, object, "sources", TRUE);
  gsize mark;

  if (sources == NULL)
    return NULL;

  mark = myo_json_reader_push_key (loader->reader, "sources");
  for (guint i = 0; sources[i] != NULL; i++)
    if (_myo_kb_lookup_id (loader->kb, "sources", sources[i]) == NULL)
      {
        gsize item_mark = myo_json_reader_push_index (loader->reader, i);

        myo_json_reader_problem (loader->reader, _("“%s” does not name any entry in “sources”"),
                                 sources[i]);
        myo_json_reader_pop (loader->reader, item_mark);
      }
  myo_json_reader_pop (loader->reader, mark);

  return sources;
}

static gboolean
parse_point (Loader        *loader,
             json_object   *value,
             const MyoView *view,
             MyoPoint      *point)
{
  json_object *x, *y;

  if (!myo_json_reader_has_type (value, json_type_array) || json_object_array_length (value) != 2 ||
      !myo_json_reader_has_type ((x = json_object_array_get_idx (value, 0)), json_type_double) ||
      !myo_json_reader_has_type ((y = json_object_array_get_idx (value, 1)), json_type_double))
    {
      myo_json_reader_problem (loader->reader, _("expected a point [x, y]"));
      return FALSE;
    }

  point->x = json_object_get_double (x);
  point->y = json_object_get_double (y);

  if (!isfinite (point->x) || !isfinite (point->y) ||
      point->x < 0 || point->y < 0 ||
      (view != NULL && (point->x > view->width || point->y > view->height)))
    {
      if (view != NULL)
        myo_json_reader_problem (loader->reader, _("[%g, %g] lies outside the “%s” view (%g × %g)"),
                 point->x, point->y, view->id, view->width, view->height);
      else
        myo_json_reader_problem (loader->reader, _("[%g, %g] is not a valid point"), point->x,
                                 point->y);
      return FALSE;
    }

  return TRUE;
}

static MyoPolygon *
get_polygon (Loader        *loader,
             json_object   *object,
             const char    *key,
             const MyoView *view)
{
  json_object *array = myo_json_reader_member (loader->reader, object, key, json_type_array, TRUE);
  g_autoptr(GArray) points = NULL;
  g_autoptr(MyoPolygon) polygon = NULL;
  gboolean ok = TRUE;
  gsize mark, n;

  if (array == NULL)
    return NULL;

  mark = myo_json_reader_push_key (loader->reader, key);
  n = json_object_array_length (array);
  loader->n_corners += n;
  if (n > MAX_POLYGON_CORNERS || loader->n_corners > MAX_CORNERS)
    {
      if (n > MAX_POLYGON_CORNERS)
        myo_json_reader_problem (loader->reader,
                                 _("a polygon may have at most %d points, this one has %zu"),
                 MAX_POLYGON_CORNERS, (size_t) n);
      else
        myo_json_reader_problem (loader->reader,
                                 _("the polygons have more than %d points in all; simplify them"),
                 MAX_CORNERS);
      myo_json_reader_pop (loader->reader, mark);
      return NULL;
    }
  points = g_array_sized_new (FALSE, FALSE, sizeof (MyoPoint), n);

  for (gsize i = 0; i < n; i++)
    {
      gsize item_mark = myo_json_reader_push_index (loader->reader, i);
      MyoPoint point;

      if (parse_point (loader, json_object_array_get_idx (array, i), view, &point))
        g_array_append_val (points, point);
      else
        ok = FALSE;

      myo_json_reader_pop (loader->reader, item_mark);
    }

  if (ok && n < 3)
    {
      myo_json_reader_problem (loader->reader,
                               _("a polygon needs at least 3 points, this one has %zu"),
                               (size_t) n);
      ok = FALSE;
    }

  if (ok)
    {
      polygon = myo_polygon_new ((MyoPoint *) (gpointer) points->data, points->len);
      if (!myo_polygon_is_simple (polygon))
        {
          myo_json_reader_problem (loader->reader, _("the outline crosses itself"));
          ok = FALSE;
        }
    }

  myo_json_reader_pop (loader->reader, mark);

  return ok ? g_steal_pointer (&polygon) : NULL;
}

/* Calls @func for every object in the array @key of @root, with the path set. */
typedef void (*ItemFunc) (Loader      *loader,
                          json_object *item);

typedef struct
{
  Loader   *loader;
  ItemFunc  func;
} ItemCall;

static void
call_item (MyoJsonReader *reader,
           json_object   *item,
           gpointer       user_data)
{
  ItemCall *call = user_data;

  call->func (call->loader, item);
}

static void
for_each_item (Loader      *loader,
               json_object *root,
               const char  *key,
               gboolean     required,
               ItemFunc     func)
{
  ItemCall call = { loader, func };

  myo_json_reader_for_each (loader->reader, root, key, required, call_item, &call);
}

/* Sections */

static void
load_source (Loader      *loader,
             json_object *item)
{
  static const char * const keys[] = { "id", "citation", "url", "editor_notes", NULL };
  MyoSource *source = g_new0 (MyoSource, 1);

  myo_json_reader_check_keys (loader->reader, item, keys);
  source->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  source->citation = myo_json_reader_dup_string (loader->reader, item, "citation", TRUE);
  source->url = myo_json_reader_dup_string (loader->reader, item, "url", FALSE);

  if (source->id != NULL && claim_id (loader, "sources", source->id, source))
    g_ptr_array_add (loader->kb->sources, source);
  else
    source_free (source);
}

static void
load_view (Loader      *loader,
           json_object *item)
{
  static const char * const keys[] = {
    "id", "label", "file", "width", "height", "left_on_viewer_left", NULL
  };
  MyoView *view = g_new0 (MyoView, 1);
  gboolean ok;

  myo_json_reader_check_keys (loader->reader, item, keys);
  view->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  view->label = get_text (loader, item, "label", TRUE);
  view->file = myo_json_reader_dup_string (loader->reader, item, "file", TRUE);
  ok = myo_json_reader_get_number (loader->reader, item, "width", TRUE, 1, 100000, &view->width);
  ok &= myo_json_reader_get_number (loader->reader, item, "height", TRUE, 1, 100000, &view->height);
  view->left_on_viewer_left = myo_json_reader_get_boolean (loader->reader, item,
                                                           "left_on_viewer_left", TRUE);

  if (ok && view->id != NULL && view->label != NULL && view->file != NULL &&
      claim_id (loader, "views", view->id, view))
    g_ptr_array_add (loader->kb->views, view);
  else
    view_free (view);
}

static void
load_region (Loader      *loader,
             json_object *item)
{
  static const char * const keys[] = { "id", "name", "view", "polygon", NULL };
  MyoRegion *region = g_new0 (MyoRegion, 1);

  myo_json_reader_check_keys (loader->reader, item, keys);
  region->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  region->name = get_text (loader, item, "name", TRUE);
  region->view = get_reference (loader, item, "view", "views", TRUE);
  if (region->view != NULL)
    region->polygon = get_polygon (loader, item, "polygon", region->view);

  if (region->id != NULL && region->name != NULL && region->polygon != NULL &&
      claim_id (loader, "regions", region->id, region))
    g_ptr_array_add (loader->kb->regions, region);
  else
    region_free (region);
}

static void
load_head (Loader      *loader,
           json_object *item)
{
  static const char * const keys[] = { "id", "name", NULL };
  /* The muscle being loaded is the last one added */
  MyoMuscle *muscle = g_ptr_array_index (loader->kb->muscles, loader->kb->muscles->len - 1);
  MyoHead *head = g_new0 (MyoHead, 1);

  myo_json_reader_check_keys (loader->reader, item, keys);
  head->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  head->name = get_text (loader, item, "name", TRUE);

  if (head->id == NULL || head->name == NULL)
    {
      head_free (head);
      return;
    }

  for (guint i = 0; i < muscle->heads->len; i++)
    if (g_str_equal (((MyoHead *) g_ptr_array_index (muscle->heads, i))->id, head->id))
      {
        myo_json_reader_member_problem (loader->reader, "id", _("the id “%s” is used twice"),
                                        head->id);
        head_free (head);
        return;
      }

  g_ptr_array_add (muscle->heads, head);
}

static void
load_muscle (Loader      *loader,
             json_object *item)
{
  static const char * const keys[] = {
    "id", "name", "plain_name", "heads", "anatomy", "activators", "differentials", "notes",
    "editor_notes", "sources", NULL
  };
  MyoMuscle *muscle = g_new0 (MyoMuscle, 1);

  myo_json_reader_check_keys (loader->reader, item, keys);
  muscle->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  muscle->name = get_text (loader, item, "name", TRUE);
  muscle->heads = g_ptr_array_new_with_free_func ((GDestroyNotify) head_free);
  muscle->anatomy = get_text (loader, item, "anatomy", TRUE);
  muscle->activators = get_text_strv (loader, item, "activators", FALSE);
  muscle->differentials = get_text_strv (loader, item, "differentials", FALSE);
  muscle->notes = get_text (loader, item, "notes", FALSE);
  muscle->plain_name = get_text (loader, item, "plain_name", TRUE);
  muscle->sources = get_sources (loader, item);

  if (muscle->id == NULL || muscle->name == NULL || muscle->plain_name == NULL ||
      !claim_id (loader, "muscles", muscle->id, muscle))
    {
      muscle_free (muscle);
      return;
    }

  g_ptr_array_add (loader->kb->muscles, muscle);
  for_each_item (loader, item, "heads", FALSE, load_head);
}

/* The picture must be among the embedded resources (build-aux/gen-illustrations.py
 * makes them); a name is a plain file name, never a path */
static void
check_illustration (Loader     *loader,
                    const char *name)
{
  g_autofree char *path = NULL;
  gsize mark;

  if (name == NULL)
    return;

  mark = myo_json_reader_push_key (loader->reader, "illustration");
  if (strspn (name, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen (name))
    {
      myo_json_reader_problem (loader->reader,
                               _("“%s” is not a picture name (lower-case letters, digits and “-”)"), name);
    }
  else
    {
      path = myo_illustration_dup_path (name);
      if (!g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        myo_json_reader_problem (loader->reader,
                                 _("there is no picture “%s” (see build-aux/gen-illustrations.py --list)"),
                 name);
    }
  myo_json_reader_pop (loader->reader, mark);
}

static void
load_alternative (Loader      *loader,
                  json_object *item)
{
  static const char * const keys[] = { "level", "title", "instructions", "hold_seconds", "illustration", NULL };
  MyoStep *step = g_ptr_array_index (loader->kb->steps, loader->kb->steps->len - 1);
  MyoAlternative *alternative = g_new0 (MyoAlternative, 1);

  myo_json_reader_check_keys (loader->reader, item, keys);
  alternative->level = myo_json_reader_dup_string (loader->reader, item, "level", TRUE);
  alternative->title = get_text (loader, item, "title", TRUE);
  alternative->instructions = get_text_strv (loader, item, "instructions", TRUE);
  get_uint (loader, item, "hold_seconds", FALSE, 1, 600, &alternative->hold_seconds);
  alternative->illustration = myo_json_reader_dup_string (loader->reader, item, "illustration",
                                                          FALSE);
  check_illustration (loader, alternative->illustration);

  if (alternative->level != NULL &&
      !g_str_equal (alternative->level, "gentle") && !g_str_equal (alternative->level, "intense"))
    {
      myo_json_reader_member_problem (loader->reader, "level",
                                      _("“%s” is not a level; use “gentle” or “intense”"),
                                      alternative->level);
    }

  g_ptr_array_add (step->alternatives, alternative);
}

static void
load_variants (Loader      *loader,
               json_object *item,
               MyoStep     *step)
{
  json_object *variants = myo_json_reader_member (loader->reader, item, "variants",
                                                  json_type_object, FALSE);
  gsize mark;

  if (variants == NULL)
    return;

  mark = myo_json_reader_push_key (loader->reader, "variants");
  json_object_object_foreach (variants, head, text)
    {
      gsize item_mark = myo_json_reader_push_key (loader->reader, head);

      if (text == NULL || !myo_json_reader_has_type (text, json_type_string) ||
          json_object_get_string (text)[0] == '\0')
        myo_json_reader_problem (loader->reader, _("expected a non-empty string"));
      else
        g_hash_table_insert (step->variants, g_strdup (head),
                             translate_take (g_strdup (json_object_get_string (text))));

      myo_json_reader_pop (loader->reader, item_mark);
    }
  myo_json_reader_pop (loader->reader, mark);
}

static void
load_step (Loader      *loader,
           json_object *item)
{
  static const char * const keys[] = {
    "id", "kind", "title", "instructions", "hold_seconds", "repetitions", "per_side",
    "caution", "alternatives", "variants", "illustration", "editor_notes", "sources", NULL
  };
  g_autofree char *kind = NULL;
  MyoStep *step = g_new0 (MyoStep, 1);

  myo_json_reader_check_keys (loader->reader, item, keys);
  step->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  kind = myo_json_reader_dup_string (loader->reader, item, "kind", TRUE);
  if (kind != NULL && !myo_step_kind_from_string (kind, &step->kind))
    {
      myo_json_reader_member_problem (loader->reader, "kind",
                                      _("“%s” is not a step kind; use “locate”, “release” or “stretch”"), kind);
    }
  step->title = get_text (loader, item, "title", TRUE);
  step->instructions = get_text_strv (loader, item, "instructions", TRUE);
  get_uint (loader, item, "hold_seconds", FALSE, 1, 600, &step->hold_seconds);
  step->repetitions = 1;
  get_uint (loader, item, "repetitions", FALSE, 1, 20, &step->repetitions);
  step->per_side = myo_json_reader_get_boolean (loader->reader, item, "per_side", FALSE);
  step->caution = get_text (loader, item, "caution", FALSE);
  step->illustration = myo_json_reader_dup_string (loader->reader, item, "illustration", FALSE);
  check_illustration (loader, step->illustration);
  step->alternatives = g_ptr_array_new_with_free_func ((GDestroyNotify) alternative_free);
  step->variants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  step->sources = get_sources (loader, item);
  load_variants (loader, item, step);

  if (step->id == NULL || step->title == NULL ||
      !claim_id (loader, "steps", step->id, step))
    {
      step_free (step);
      return;
    }

  g_ptr_array_add (loader->kb->steps, step);
  for_each_item (loader, item, "alternatives", FALSE, load_alternative);
}

static void
load_routine (Loader      *loader,
              json_object *item)
{
  static const char * const keys[] = { "id", "title", "steps", "sources", NULL };
  g_auto(GStrv) step_ids = NULL;
  MyoRoutinePlan *plan = g_new0 (MyoRoutinePlan, 1);

  myo_json_reader_check_keys (loader->reader, item, keys);
  plan->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  plan->title = get_text (loader, item, "title", TRUE);
  plan->steps = g_ptr_array_new ();
  plan->sources = get_sources (loader, item);
  step_ids = myo_json_reader_dup_strv (loader->reader, item, "steps", TRUE);

  for (guint i = 0; step_ids != NULL && step_ids[i] != NULL; i++)
    {
      MyoStep *step = _myo_kb_lookup_id (loader->kb, "steps", step_ids[i]);

      if (step == NULL)
        {
          gsize mark = myo_json_reader_push_key (loader->reader, "steps");
          gsize item_mark = myo_json_reader_push_index (loader->reader, i);

          myo_json_reader_problem (loader->reader, _("“%s” does not name any entry in “steps”"),
                                   step_ids[i]);
          myo_json_reader_pop (loader->reader, item_mark);
          myo_json_reader_pop (loader->reader, mark);
        }
      else
        g_ptr_array_add (plan->steps, step);
    }

  if (plan->id != NULL && plan->title != NULL &&
      claim_id (loader, "routines", plan->id, plan))
    g_ptr_array_add (loader->kb->routines, plan);
  else
    routine_plan_free (plan);
}

static GPtrArray *
get_shapes (Loader      *loader,
            json_object *object,
            const char  *key,
            gboolean     required)
{
  json_object *array = myo_json_reader_member (loader->reader, object, key, json_type_array,
                                               required);
  GPtrArray *shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) shape_free);
  gsize mark;

  if (array == NULL)
    return shapes;

  mark = myo_json_reader_push_key (loader->reader, key);
  if (required && json_object_array_length (array) == 0)
    myo_json_reader_problem (loader->reader, _("must list at least one zone"));

  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      static const char * const keys[] = { "view", "polygon", NULL };
      json_object *item = json_object_array_get_idx (array, i);
      gsize item_mark = myo_json_reader_push_index (loader->reader, i);
      const MyoView *view;
      MyoPolygon *polygon;

      if (!myo_json_reader_expect_type (loader->reader, item, json_type_object))
        {
          myo_json_reader_pop (loader->reader, item_mark);
          continue;
        }

      myo_json_reader_check_keys (loader->reader, item, keys);
      view = get_reference (loader, item, "view", "views", TRUE);
      if (view != NULL && (polygon = get_polygon (loader, item, "polygon", view)) != NULL)
        {
          MyoShape *shape = g_new0 (MyoShape, 1);

          shape->view = view;
          shape->polygon = polygon;
          g_ptr_array_add (shapes, shape);
        }

      myo_json_reader_pop (loader->reader, item_mark);
    }
  myo_json_reader_pop (loader->reader, mark);

  return shapes;
}

static void
load_location (Loader          *loader,
               json_object     *item,
               MyoTriggerPoint *trp)
{
  static const char * const keys[] = { "view", "point", "text", NULL };
  json_object *location = myo_json_reader_member (loader->reader, item, "location",
                                                  json_type_object, TRUE);
  json_object *point;
  gsize mark;

  if (location == NULL)
    return;

  mark = myo_json_reader_push_key (loader->reader, "location");
  myo_json_reader_check_keys (loader->reader, location, keys);
  trp->location_view = get_reference (loader, location, "view", "views", TRUE);
  trp->location_text = get_text (loader, location, "text", TRUE);
  point = myo_json_reader_member (loader->reader, location, "point", json_type_array, TRUE);
  if (point != NULL && trp->location_view != NULL)
    {
      gsize point_mark = myo_json_reader_push_key (loader->reader, "point");

      if (!parse_point (loader, point, trp->location_view, &trp->location))
        trp->location_view = NULL;
      myo_json_reader_pop (loader->reader, point_mark);
    }
  else
    trp->location_view = NULL;
  myo_json_reader_pop (loader->reader, mark);
}

/* "near_pulses": the pulses the point lies over or near. The person must
 * be told where not to press, so its routine must show a caution while
 * finding or releasing the point. */
static void
load_near_pulses (Loader          *loader,
                  json_object     *item,
                  MyoTriggerPoint *trp)
{
  json_object *array = myo_json_reader_get_array (loader->reader, item, "near_pulses", FALSE,
                                                  MYO_PULSE_POSTERIOR_TIBIAL + 1);
  gboolean cautioned = FALSE;
  gsize mark;

  if (array == NULL)
    return;

  mark = myo_json_reader_push_key (loader->reader, "near_pulses");
  if (json_object_array_length (array) == 0)
    myo_json_reader_problem (loader->reader, _("must list at least one entry"));

  for (gsize i = 0; i < json_object_array_length (array); i++)
    {
      gsize item_mark = myo_json_reader_push_index (loader->reader, i);
      int pulse;

      if (myo_json_reader_read_enum (loader->reader, json_object_array_get_idx (array, i),
                                     MYO_TYPE_PULSE, &pulse))
        {
          if (trp->near_pulses & (1u << pulse))
            myo_json_reader_problem (loader->reader, _("“%s” is listed twice"),
                                     myo_pulse_to_string (pulse));
          trp->near_pulses |= 1u << pulse;
        }

      myo_json_reader_pop (loader->reader, item_mark);
    }

  for (guint i = 0; trp->routine != NULL && i < trp->routine->steps->len; i++)
    {
      const MyoStep *step = g_ptr_array_index (trp->routine->steps, i);

      cautioned |= step->kind != MYO_STEP_STRETCH && step->caution != NULL;
    }

  if (trp->near_pulses != 0 && trp->routine != NULL && !cautioned)
    myo_json_reader_problem (loader->reader,
                             _("the routine “%s” has no caution on finding or releasing the point; "
                               "say where not to press"), trp->routine->id);
  myo_json_reader_pop (loader->reader, mark);
}

static void
load_trigger_point (Loader      *loader,
                    json_object *item)
{
  static const char * const keys[] = {
    "id", "muscle", "head", "number", "location", "local_radius", "essential", "spillover",
    "prior", "routine", "near_pulses", "notes", "editor_notes", "sources", NULL
  };
  g_autofree char *head_id = NULL;
  MyoTriggerPoint *trp = g_new0 (MyoTriggerPoint, 1);
  gboolean ok = TRUE;

  myo_json_reader_check_keys (loader->reader, item, keys);
  trp->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  trp->muscle = get_reference (loader, item, "muscle", "muscles", TRUE);
  head_id = myo_json_reader_dup_string (loader->reader, item, "head", FALSE);
  if (head_id != NULL && trp->muscle != NULL)
    {
      for (guint i = 0; i < trp->muscle->heads->len; i++)
        if (g_str_equal (((MyoHead *) g_ptr_array_index (trp->muscle->heads, i))->id, head_id))
          trp->head = g_ptr_array_index (trp->muscle->heads, i);

      if (trp->head == NULL)
          myo_json_reader_member_problem (loader->reader, "head",
                                          _("the muscle “%s” has no head “%s”"), trp->muscle->id, head_id);
    }
  ok &= get_uint (loader, item, "number", TRUE, 1, 99, &trp->number);
  load_location (loader, item, trp);
  trp->local_radius = 15;
  myo_json_reader_get_number (loader->reader, item, "local_radius", FALSE, 0, 200,
                              &trp->local_radius);
  trp->essential = get_shapes (loader, item, "essential", TRUE);
  trp->spillover = get_shapes (loader, item, "spillover", FALSE);
  ok &= myo_json_reader_get_number (loader->reader, item, "prior", TRUE, 0, 1, &trp->prior);
  trp->routine = get_reference (loader, item, "routine", "routines", TRUE);
  load_near_pulses (loader, item, trp);
  trp->notes = get_text (loader, item, "notes", FALSE);
  trp->sources = get_sources (loader, item);

  if (ok && trp->id != NULL && trp->muscle != NULL && trp->location_view != NULL &&
      trp->routine != NULL && claim_id (loader, "trigger_points", trp->id, trp))
    g_ptr_array_add (loader->kb->trigger_points, trp);
  else
    trigger_point_free (trp);
}

static void
load_red_flag (Loader      *loader,
               json_object *item)
{
  static const char * const keys[] = { "id", "urgency", "question", "why", "sources", NULL };
  g_autofree char *urgency = NULL;
  MyoRedFlag *flag = g_new0 (MyoRedFlag, 1);

  myo_json_reader_check_keys (loader->reader, item, keys);
  flag->id = myo_json_reader_dup_string (loader->reader, item, "id", TRUE);
  urgency = myo_json_reader_dup_string (loader->reader, item, "urgency", TRUE);
  if (urgency != NULL && !myo_urgency_from_string (urgency, &flag->urgency))
    {
      myo_json_reader_member_problem (loader->reader, "urgency",
                                      _("“%s” is not an urgency; use “emergency”, “today” or “ask-before-pressing”"),
                                      urgency);
    }
  flag->question = get_text (loader, item, "question", TRUE);
  flag->why = get_text (loader, item, "why", TRUE);
  flag->sources = get_sources (loader, item);

  if (flag->id != NULL && flag->question != NULL && flag->why != NULL &&
      claim_id (loader, "red_flags", flag->id, flag))
    g_ptr_array_add (loader->kb->red_flags, flag);
  else
    red_flag_free (flag);
}

static void
load_zone_weights (Loader      *loader,
                   json_object *root)
{
  static const char * const keys[] = { "essential", "spillover", "local", NULL };
  json_object *weights = myo_json_reader_member (loader->reader, root, "zone_weights",
                                                 json_type_object, FALSE);
  gsize mark;

  if (weights == NULL)
    return;

  mark = myo_json_reader_push_key (loader->reader, "zone_weights");
  myo_json_reader_check_keys (loader->reader, weights, keys);
  myo_json_reader_get_number (loader->reader, weights, "essential", FALSE, 0, 1,
                              &loader->kb->zone_weights[MYO_ZONE_ESSENTIAL]);
  myo_json_reader_get_number (loader->reader, weights, "spillover", FALSE, 0, 1,
                              &loader->kb->zone_weights[MYO_ZONE_SPILLOVER]);
  myo_json_reader_get_number (loader->reader, weights, "local", FALSE, 0, 1,
                              &loader->kb->zone_weights[MYO_ZONE_LOCAL]);
  myo_json_reader_pop (loader->reader, mark);
}

static void
load_root (Loader      *loader,
           json_object *root)
{
  static const char * const keys[] = {
    "schema", "disclaimer", "zone_weights", "sources", "views", "regions", "muscles",
    "steps", "routines", "trigger_points", "red_flags", NULL
  };
  guint schema = 0;

  if (!myo_json_reader_has_type (root, json_type_object))
    {
      myo_json_reader_problem (loader->reader, _("expected an object at the top level"));
      return;
    }

  if (get_uint (loader, root, "schema", TRUE, 0, G_MAXINT, &schema) &&
      schema != MYO_KB_SCHEMA_VERSION)
    {
      myo_json_reader_member_problem (loader->reader, "schema",
                                      _("schema %u is not supported; this version of Myomap reads schema %u"),
                                      schema, MYO_KB_SCHEMA_VERSION);
      return;
    }

  myo_json_reader_check_keys (loader->reader, root, keys);
  loader->kb->disclaimer = get_text (loader, root, "disclaimer", TRUE);
  load_zone_weights (loader, root);

  /* Referenced sections first, so every reference can be resolved in one pass */
  for_each_item (loader, root, "sources", TRUE, load_source);
  for_each_item (loader, root, "views", TRUE, load_view);
  for_each_item (loader, root, "regions", TRUE, load_region);
  for_each_item (loader, root, "muscles", TRUE, load_muscle);
  for_each_item (loader, root, "steps", TRUE, load_step);
  for_each_item (loader, root, "routines", TRUE, load_routine);
  for_each_item (loader, root, "trigger_points", TRUE, load_trigger_point);
  for_each_item (loader, root, "red_flags", TRUE, load_red_flag);
}

/* GObject */


/**
 * _myo_kb_init_tables:
 *
 * The knowledge base's empty tables, each freeing its entries.
 */
void
_myo_kb_init_tables (MyoKb *self)
{
  self->zone_weights[MYO_ZONE_ESSENTIAL] = 1.0;
  self->zone_weights[MYO_ZONE_SPILLOVER] = 0.5;
  self->zone_weights[MYO_ZONE_LOCAL] = 0.8;
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
  self->views = g_ptr_array_new_with_free_func ((GDestroyNotify) view_free);
  self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) region_free);
  self->muscles = g_ptr_array_new_with_free_func ((GDestroyNotify) muscle_free);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->routines = g_ptr_array_new_with_free_func ((GDestroyNotify) routine_plan_free);
  self->trigger_points = g_ptr_array_new_with_free_func ((GDestroyNotify) trigger_point_free);
  self->red_flags = g_ptr_array_new_with_free_func ((GDestroyNotify) red_flag_free);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * _myo_kb_load:
 * @problems: (element-type utf8): where every problem found is added, as
 *   "FILE: $.json.path: message"
 *
 * Parses @data and fills @self's tables from it.
 *
 * Returns: how many further problems were found but not listed
 */
guint
_myo_kb_load (MyoKb      *self,
              const char *data,
              gsize       length,
              const char *filename,
              GPtrArray  *problems)
{
  g_autofree char *prefix = g_strdup_printf ("%s: ", filename);
  g_autoptr(MyoJsonReader) reader = myo_json_reader_new (prefix, MAX_PROBLEMS);
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(json_object) root = NULL;
  Loader loader = { self, reader, 0 };
  GPtrArray *found;

  root = myo_json_parse (data, length, &parse_error);
  if (root == NULL)
    myo_json_reader_problem (reader, "%s", parse_error->message);
  else
    load_root (&loader, root);

  found = myo_json_reader_get_problems (reader);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (problems, g_strdup (g_ptr_array_index (found, i)));

  return myo_json_reader_get_n_unreported (reader);
}
