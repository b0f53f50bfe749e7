/* test-candidates-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "myo-candidate-row-private.h"
#include "myo-candidates-panel-private.h"
#include "myo-center-column.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"

typedef struct
{
  MyoKb              *kb;
  MyoSession         *session;
  GtkWindow          *window;
  MyoCandidatesPanel *panel;
  GtkListBox         *best;    /* the combination */
  GtkListBox         *others;  /* every other candidate */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->session = session_new_default (&fixture->kb);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->panel = MYO_CANDIDATES_PANEL (myo_candidates_panel_new ());
  fixture->best = _myo_candidates_panel_get_best_list (fixture->panel);
  fixture->others = _myo_candidates_panel_get_others_list (fixture->panel);
  /* The width the panel has beside the map */
  gtk_window_set_default_size (fixture->window, 340, 900);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panel));
  gtk_window_present (fixture->window);
  iterate ();

  /* These tests look at every candidate's row; test_show_all () at the
   * first few the panel shows before "Show All" */
  if (data == NULL)
    {
      g_signal_emit_by_name (_myo_candidates_panel_get_best_show_all_button (fixture->panel), "clicked");
      g_signal_emit_by_name (_myo_candidates_panel_get_show_all_button (fixture->panel), "clicked");
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  destroy_window (fixture->window);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->kb);
}

/* What a click does in the window: a new match, given to the panel */
static void
rematch (Fixture *fixture)
{
  g_autoptr(MyoMatch) match = myo_match_new (fixture->session);

  myo_candidates_panel_set_match (fixture->panel, match);
  iterate ();
}

/* Marks pain of 6 in each region named, on the left leg, then rematches */
static void G_GNUC_NULL_TERMINATED
mark_left (Fixture    *fixture,
           const char *region_id,
           ...)
{
  va_list args;

  va_start (args, region_id);
  for (const char *id = region_id; id != NULL; id = va_arg (args, const char *))
    add_in_region (fixture->session, id, MYO_SIDE_LEFT, 6);
  va_end (args);

  rematch (fixture);
}

static MyoMatch *
get_match (Fixture *fixture)
{
  return myo_candidates_panel_get_match (fixture->panel);
}

static MyoCandidateRow *
get_row (GtkListBox *list,
         guint       index)
{
  return MYO_CANDIDATE_ROW (gtk_list_box_get_row_at_index (list, index));
}

/* The row showing @trp on @side in either list, or NULL */
static MyoCandidateRow *
find_row (Fixture               *fixture,
          const MyoTriggerPoint *trp,
          MyoSide                side)
{
  GtkListBox *lists[] = {
    _myo_candidates_panel_get_best_list (fixture->panel),
    _myo_candidates_panel_get_others_list (fixture->panel),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < count_rows (lists[l]); i++)
      {
        MyoCandidate *candidate = myo_candidate_row_get_candidate (get_row (lists[l], i));

        if (candidate->trp == trp && candidate->side == side)
          return get_row (lists[l], i);
      }

  return NULL;
}

/* A click changes the rows of what changed; the others stay the same
 * widgets showing the same candidates */
static void
test_updated_in_place (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) rows_before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) shown_before = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_before, created_before, n_after;
  MyoCandidateRow *first;

  /* Two pains no one trigger point explains both of, so that a click on
   * the other leg changes nothing a left-leg row shows */
  add_in_region (fixture->session, "back-knee", MYO_SIDE_LEFT, 6);
  add_in_region (fixture->session, "front-shin", MYO_SIDE_LEFT, 4);
  rematch (fixture);

  n_before = count_rows (fixture->best) + count_rows (fixture->others);
  g_assert_cmpuint (n_before, ==, myo_match_get_n_candidates (get_match (fixture)));
  created_before = _myo_candidates_panel_get_n_rows_created (fixture->panel);
  g_assert_cmpuint (created_before, ==, n_before);
  first = get_row (fixture->best, 0);
  for (guint i = 0; i < count_rows (fixture->best); i++)
    {
      g_ptr_array_add (rows_before, g_object_ref (get_row (fixture->best, i)));
      g_ptr_array_add (shown_before, g_object_ref (myo_candidate_row_get_candidate (get_row (fixture->best, i))));
    }

  /* The same pain matched again changes no row at all */
  rematch (fixture);
  g_assert_cmpuint (_myo_candidates_panel_get_n_rows_created (fixture->panel), ==, created_before);
  for (guint i = 0; i < rows_before->len; i++)
    {
      g_assert_true (get_row (fixture->best, i) == g_ptr_array_index (rows_before, i));
      g_assert_true (myo_candidate_row_get_candidate (get_row (fixture->best, i)) == g_ptr_array_index (shown_before, i));
    }

  /* A click on the other leg: the left leg's candidates are the same
   * widgets with the same candidate objects; only the new candidates
   * needed new rows */
  add_in_region (fixture->session, "back-heel", MYO_SIDE_RIGHT, 5);
  rematch (fixture);
  n_after = count_rows (fixture->best) + count_rows (fixture->others);
  g_assert_cmpuint (n_after, ==, myo_match_get_n_candidates (get_match (fixture)));
  g_assert_cmpuint (n_after, >, n_before);
  g_assert_cmpuint (_myo_candidates_panel_get_n_rows_created (fixture->panel), ==,
                    created_before + (n_after - n_before));
  g_assert_true (get_row (fixture->best, 0) == first);
  g_assert_true (myo_candidate_row_get_candidate (first) == g_ptr_array_index (shown_before, 0));

  /* Taking the click back removes rows; it creates none */
  g_assert_true (myo_session_undo (fixture->session));
  rematch (fixture);
  g_assert_cmpuint (count_rows (fixture->best) + count_rows (fixture->others), ==, n_before);
  g_assert_cmpuint (_myo_candidates_panel_get_n_rows_created (fixture->panel), ==,
                    created_before + (n_after - n_before));
  g_assert_true (get_row (fixture->best, 0) == first);
}

/* Each trigger point once: the combination under "Best explanation",
 * every other candidate under "Other possibilities" */
static void
test_each_once (Fixture       *fixture,
                gconstpointer  data)
{
  GPtrArray *combination;
  MyoMatch *match;

  mark_left (fixture, "front-kneecap", "back-heel", NULL);
  match = get_match (fixture);
  combination = myo_match_get_combination (match);

  g_assert_cmpuint (combination->len, >=, 2);
  g_assert_cmpuint (count_rows (fixture->best), ==, combination->len);
  for (guint i = 0; i < combination->len; i++)
    g_assert_true (myo_candidate_row_get_candidate (get_row (fixture->best, i)) == g_ptr_array_index (combination, i));

  g_assert_cmpuint (count_rows (fixture->others), ==, myo_match_get_n_candidates (match) - combination->len);
  for (guint i = 0; i < count_rows (fixture->others); i++)
    g_assert_false (myo_candidate_row_get_candidate (get_row (fixture->others, i))->in_combination);

  for (guint i = 0; i < myo_match_get_n_candidates (match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);

      g_assert_nonnull (find_row (fixture, candidate->trp, candidate->side));
    }

  /* "All your pain", never "all 2 of your points" */
  g_assert_null (strstr (gtk_label_get_label (_myo_candidates_panel_get_summary_label (fixture->panel)),
                         "all 2"));
  g_assert_nonnull (strstr (gtk_label_get_label (_myo_candidates_panel_get_summary_label (fixture->panel)),
                            "all your pain"));
}

/* Words instead of bars; the plain name first, on one line in 340 px */
static void
test_words (Fixture       *fixture,
            gconstpointer  data)
{
  MyoCandidateRow *row;
  MyoCandidate *candidate;

  mark_left (fixture, "back-knee", "back-heel", NULL);

  for (guint i = 0; i < count_rows (fixture->others); i++)
    {
      row = get_row (fixture->others, i);
      candidate = myo_candidate_row_get_candidate (row);
      if (candidate->hits->len == 1)
        g_assert_cmpstr (gtk_label_get_label (_myo_candidate_row_get_strength_label (row)), ==,
                         "Partly explains your pain");
    }

  /* The plain name, or the anatomical name without what the subtitle
   * says in full: "Medial hamstrings (semitendinosus and
   * semimembranosus)" took three lines */
  for (guint i = 0; i < count_rows (fixture->others); i++)
    {
      const MyoMuscle *muscle;

      row = get_row (fixture->others, i);
      muscle = myo_candidate_row_get_candidate (row)->trp->muscle;
      if (muscle->plain_name != NULL)
        {
          const char *title = gtk_label_get_label (_myo_candidate_row_get_title_label (row));

          /* As a heading: "Calf muscle", not "calf muscle" */
          g_assert_true (g_unichar_isupper (g_utf8_get_char (title)));
          g_assert_cmpstr (g_utf8_next_char (title), ==, g_utf8_next_char (muscle->plain_name));
        }
      else
        g_assert_true (g_str_has_prefix (muscle->name, gtk_label_get_label (_myo_candidate_row_get_title_label (row))));
      g_assert_null (strchr (gtk_label_get_label (_myo_candidate_row_get_title_label (row)), '('));
    }

  /* One line for the name, in 340 px too; and no row is taller or
   * shorter for its width, so GTK measures a row once, not again for
   * every width it asks about (with wrapped text, a click at 100 points
   * spent 50 ms measuring rows that had not changed) */
  for (guint i = 0; i < count_rows (fixture->others); i++)
    {
      PangoLayout *layout = gtk_label_get_layout (_myo_candidate_row_get_title_label (get_row (fixture->others, i)));

      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (get_row (fixture->others, i))), <=, 340);
      g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
      g_assert_cmpint (gtk_widget_get_request_mode (GTK_WIDGET (get_row (fixture->others, i))), ==,
                       GTK_SIZE_REQUEST_CONSTANT_SIZE);
    }

  /* One point, and a trigger point whose zone covers it */
  g_assert_true (myo_session_undo (fixture->session));
  rematch (fixture);
  row = get_row (fixture->best, 0);
  g_assert_cmpstr (gtk_label_get_label (_myo_candidate_row_get_strength_label (row)), ==,
                   "Explains your pain");
}

/* Confirmed and rejected trigger points carry a tag; equal scores say
 * neither is more likely */
static void
test_tags (Fixture       *fixture,
           gconstpointer  data)
{
  const MyoTriggerPoint *medial = myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-medial-3");
  const MyoTriggerPoint *lateral = myo_kb_lookup_trigger_point (fixture->kb, "gastrocnemius-lateral-4");
  MyoCandidateRow *row;

  /* The back of the knee is in both heads' main zones: a tie */
  mark_left (fixture, "back-knee", NULL);
  row = find_row (fixture, medial, MYO_SIDE_LEFT);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (_myo_candidate_row_get_tag (row, "tied")));
  g_assert_false (gtk_widget_get_visible (_myo_candidate_row_get_tag (row, "confirmed")));
  g_assert_false (gtk_widget_get_visible (_myo_candidate_row_get_tag (row, "rejected")));

  myo_session_set_answer (fixture->session, medial, MYO_SIDE_LEFT, MYO_ANSWER_NO);
  myo_session_set_answer (fixture->session, lateral, MYO_SIDE_LEFT, MYO_ANSWER_YES);
  rematch (fixture);

  row = find_row (fixture, medial, MYO_SIDE_LEFT);
  g_assert_true (gtk_widget_get_visible (_myo_candidate_row_get_tag (row, "rejected")));
  g_assert_false (gtk_widget_get_visible (_myo_candidate_row_get_tag (row, "tied")));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "rejected"));

  row = find_row (fixture, lateral, MYO_SIDE_LEFT);
  g_assert_true (gtk_widget_get_visible (_myo_candidate_row_get_tag (row, "confirmed")));
  g_assert_false (gtk_widget_get_visible (_myo_candidate_row_get_tag (row, "rejected")));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "rejected"));
}

/* Hovering a row names its candidate, for the map */
static void
test_hover (Fixture       *fixture,
            gconstpointer  data)
{
  MyoCandidate *hovered = NULL;
  MyoCandidateRow *row;

  mark_left (fixture, "back-knee", NULL);
  g_signal_connect_swapped (fixture->panel, "candidate-hovered",
                            G_CALLBACK (g_set_object), &hovered);

  row = get_row (fixture->best, 0);
  g_signal_emit_by_name (row, "hovered", TRUE);
  g_assert_true (hovered == myo_candidate_row_get_candidate (row));
  g_signal_emit_by_name (row, "hovered", FALSE);
  g_assert_null (hovered);

  g_signal_handlers_disconnect_by_data (fixture->panel, &hovered);
  g_clear_object (&hovered);
}

/* With many pains, the panel shows the first few other possibilities and
 * a button that says how many there are; it shows them all when asked */
static void
test_show_all (Fixture       *fixture,
               gconstpointer  data)
{
  GtkButton *show_all = _myo_candidates_panel_get_show_all_button (fixture->panel);
  g_autofree char *count = NULL;
  guint n_others;
  MyoMatch *match;

  mark_left (fixture, "back-knee", "front-shin", "back-heel", "front-kneecap", "soles-arch", NULL);
  match = get_match (fixture);
  n_others = myo_match_get_n_candidates (match) - myo_match_get_combination (match)->len;
  g_assert_cmpuint (n_others, >, 8);

  /* The first eight, in the match's order */
  g_assert_cmpuint (count_rows (fixture->others), ==, 8);
  for (guint i = 0, row = 0; row < 8; i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (match, i);

      if (!candidate->in_combination)
        g_assert_true (myo_candidate_row_get_candidate (get_row (fixture->others, row++)) == candidate);
    }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (show_all)));
  count = g_strdup_printf ("%u", n_others);
  g_assert_nonnull (strstr (gtk_button_get_label (show_all), count));

  g_signal_emit_by_name (show_all, "clicked");
  iterate ();
  g_assert_cmpuint (count_rows (fixture->others), ==, n_others);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (show_all)));

  /* A further pain keeps them all shown */
  add_in_region (fixture->session, "front-thigh", MYO_SIDE_RIGHT, 5);
  rematch (fixture);
  match = get_match (fixture);
  g_assert_cmpuint (count_rows (fixture->others), ==,
                    myo_match_get_n_candidates (match) - myo_match_get_combination (match)->len);
}

/* With pain everywhere, the best explanation holds many trigger points: the
 * panel shows its first few and a button that says how many there are */
static void
test_best_show_all (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkButton *show_all = _myo_candidates_panel_get_best_show_all_button (fixture->panel);
  GPtrArray *regions = myo_kb_get_regions (fixture->kb);
  g_autofree char *count = NULL;
  GPtrArray *combination;

  for (guint i = 0; i < regions->len; i++)
    add_in_region (fixture->session, ((const MyoRegion *) g_ptr_array_index (regions, i))->id, MYO_SIDE_LEFT, 6);
  rematch (fixture);
  combination = myo_match_get_combination (get_match (fixture));
  g_assert_cmpuint (combination->len, >, 8);

  /* The first eight, in the combination's order */
  g_assert_cmpuint (count_rows (fixture->best), ==, 8);
  for (guint i = 0; i < 8; i++)
    g_assert_true (myo_candidate_row_get_candidate (get_row (fixture->best, i)) ==
                   g_ptr_array_index (combination, i));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (show_all)));
  count = g_strdup_printf ("%u", combination->len);
  g_assert_nonnull (strstr (gtk_button_get_label (show_all), count));

  g_signal_emit_by_name (show_all, "clicked");
  iterate ();
  g_assert_cmpuint (count_rows (fixture->best), ==, combination->len);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (show_all)));
}

/* The pain ratings are on the results page, built when it first shows and
 * following the session from then on */
static void
test_ratings_with_results (Fixture       *fixture,
                           gconstpointer  data)
{
  MyoPainRatings *ratings;

  rematch (fixture);
  g_assert_null (_myo_candidates_panel_get_ratings (fixture->panel));

  mark_left (fixture, "back-knee", NULL);
  ratings = _myo_candidates_panel_get_ratings (fixture->panel);
  g_assert_nonnull (ratings);
  g_assert_true (myo_pain_ratings_get_session (ratings) == fixture->session);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (ratings)));

  /* The same widget when the match changes, and none when there is none */
  mark_left (fixture, "front-shin", NULL);
  g_assert_true (_myo_candidates_panel_get_ratings (fixture->panel) == ratings);
  myo_candidates_panel_set_match (fixture->panel, NULL);
  g_assert_null (myo_pain_ratings_get_session (ratings));
}

static int
natural_width (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* The panel's stack measures only the page it shows, so the results are
 * not laid out for the first frame. The window gives the panel 340 px
 * (myo-window.ui): neither page may want more, or the panel would widen
 * at the first click */
static void
test_width_steady (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *panel = GTK_WIDGET (fixture->panel);

  g_assert_cmpint (natural_width (panel), >, 0);
  g_assert_cmpint (natural_width (panel), <=, 340);
  mark_left (fixture, "back-knee", NULL);
  g_assert_cmpint (natural_width (panel), <=, 340);
  mark_left (fixture, "front-shin", "back-heel", "front-kneecap", "soles-arch", NULL);
  g_assert_cmpint (natural_width (panel), <=, 340);
}

/* The empty page sits in the middle of the panel's height, at its own
 * height for the panel's width; asked its width for a height, it answers
 * as for any height, and never more than the narrowest it can take: GtkStack asks as it allocates the page, and its
 * wrapped text answered with a dozen layouts (myo-center-column.c) */
static void
test_empty_centred (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *panel = GTK_WIDGET (fixture->panel);
  GtkWidget *column = find_styled (panel, MYO_TYPE_CENTER_COLUMN, NULL);
  GtkWidget *page;
  GtkStack *stack;
  graphene_rect_t bounds;
  int height, above, below, min_any, nat_any, min_short, nat_short;

  g_assert_nonnull (column);
  page = adw_bin_get_child (ADW_BIN (column));
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (gtk_widget_has_css_class (page, "empty-state"));

  g_assert_true (gtk_widget_compute_bounds (page, panel, &bounds));
  gtk_widget_measure (page, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (column), NULL, &height, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (panel), >, height + 100);
  /* The page's margins are 24 px above and below */
  g_assert_cmpfloat_with_epsilon (bounds.size.height + 48, height, 1);
  above = (int) bounds.origin.y;
  below = gtk_widget_get_height (panel) - (int) (bounds.origin.y + bounds.size.height);
  g_assert_cmpint (ABS (above - below), <=, 1);

  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, -1, &min_any, &nat_any, NULL, NULL);
  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, 60, &min_short, &nat_short, NULL, NULL);
  g_assert_cmpint (min_short, ==, min_any);
  g_assert_cmpint (nat_short, ==, nat_any);
  /* It wraps its text at the width it is given, and asks for no more */
  g_assert_cmpint (nat_any, ==, min_any);
  g_assert_cmpint (min_any, <, 340);

  /* Results replace it, and it comes back in the middle when they go */
  stack = GTK_STACK (gtk_widget_get_parent (column));
  mark_left (fixture, "back-knee", NULL);
  g_assert_true (gtk_stack_get_visible_child (stack) != column);
  myo_session_clear (fixture->session);
  rematch (fixture);
  g_assert_true (gtk_stack_get_visible_child (stack) == column);
  g_assert_true (gtk_widget_compute_bounds (page, panel, &bounds));
  g_assert_cmpint (ABS ((int) bounds.origin.y - above), <=, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/myo/candidates-panel/updated-in-place", test_updated_in_place);
  ADD ("/myo/candidates-panel/each-once", test_each_once);
  ADD ("/myo/candidates-panel/words", test_words);
  ADD ("/myo/candidates-panel/tags", test_tags);
  ADD ("/myo/candidates-panel/hover", test_hover);
  ADD ("/myo/candidates-panel/width-steady", test_width_steady);
  ADD ("/myo/candidates-panel/empty-centred", test_empty_centred);
  ADD ("/myo/candidates-panel/ratings-with-results", test_ratings_with_results);
  g_test_add ("/myo/candidates-panel/show-all", Fixture, "capped", fixture_set_up, test_show_all,
              fixture_tear_down);
  g_test_add ("/myo/candidates-panel/best-show-all", Fixture, "capped", fixture_set_up, test_best_show_all,
              fixture_tear_down);

  return g_test_run ();
}
