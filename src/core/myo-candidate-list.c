/* myo-candidate-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-candidate-list.h"

/* Each click makes a new MyoMatch, whose candidates are new objects. Shown
 * as they are, every row of a list would be rebuilt on every click. This
 * list keeps the objects it already holds at the start and the end where
 * the new candidates are equal to them (myo_candidate_equal) and reports
 * only the range between as changed, so a view updates what changed and
 * nothing else. */

struct _MyoCandidateList
{
  GObject    parent_instance;

  /* Owned */
  GPtrArray *items;  /* MyoCandidate */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MyoCandidateList, myo_candidate_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return MYO_TYPE_CANDIDATE;
}

static guint
get_n_items (GListModel *model)
{
  return MYO_CANDIDATE_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  MyoCandidateList *self = MYO_CANDIDATE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
myo_candidate_list_finalize (GObject *object)
{
  MyoCandidateList *self = (MyoCandidateList *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (myo_candidate_list_parent_class)->finalize (object);
}

static void
myo_candidate_list_class_init (MyoCandidateListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = myo_candidate_list_finalize;
}

static void
myo_candidate_list_init (MyoCandidateList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

MyoCandidateList *
myo_candidate_list_new (void)
{
  return g_object_new (MYO_TYPE_CANDIDATE_LIST, NULL);
}

/**
 * myo_candidate_list_set_candidates:
 * @candidates: (nullable) (element-type MyoCandidate): what to show now,
 *   in order; %NULL for nothing
 *
 * Replaces the list's candidates, emitting #GListModel::items-changed once
 * for the range that differs, or not at all when nothing does.
 */
void
myo_candidate_list_set_candidates (MyoCandidateList *self,
                                   GPtrArray        *candidates)
{
  guint n_old, n_new, prefix = 0, suffix = 0, removed, added;

  g_return_if_fail (MYO_IS_CANDIDATE_LIST (self));

  n_old = self->items->len;
  n_new = candidates != NULL ? candidates->len : 0;

  while (prefix < n_old && prefix < n_new &&
         myo_candidate_equal (g_ptr_array_index (self->items, prefix),
                              g_ptr_array_index (candidates, prefix)))
    prefix++;

  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         myo_candidate_equal (g_ptr_array_index (self->items, n_old - 1 - suffix),
                              g_ptr_array_index (candidates, n_new - 1 - suffix)))
    suffix++;

  removed = n_old - prefix - suffix;
  added = n_new - prefix - suffix;
  if (removed == 0 && added == 0)
    return;

  g_ptr_array_remove_range (self->items, prefix, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->items, prefix + i,
                        g_object_ref (g_ptr_array_index (candidates, prefix + i)));

  g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
}
