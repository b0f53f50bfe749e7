/* test-window-dialogs.c: the window's choose-which-points and
 * keep-in-journal dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-keep-dialog.h"
#include "myo-routine-panel-private.h"
#include "myo-test-ui.h"
#include "myo-test-utils.h"
#include "myo-treat-dialog.h"
#include "myo-window-private.h"

static MyoApplication *app;

static MyoWindow *
create_window (void)
{
  MyoWindow *window = myo_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_true (myo_session_is_empty (myo_window_get_session (window)));

  return window;
}

/* The dialog of @type the window has open */
static GtkWidget *
find_dialog (MyoWindow *window,
             GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return GTK_WIDGET (toplevel);
    }

  return NULL;
}

/* More trigger points than one session treats: the first ones ticked,
 * never more than the cap, at least one, and Start runs the routine for
 * the ones ticked */
static void
test_treat_dialog (void)
{
  static const char * const regions[] = {
    "back-knee", "soles-arch", "front-shin", "back-buttock", "back-thigh-inner", "front-thigh", "back-heel",
  };
  MyoWindow *window = create_window ();
  MyoSession *session = myo_window_get_session (window);
  GPtrArray *combination;
  MyoTreatDialog *dialog;
  MyoRoutine *routine;
  const MyoCandidate *second, *fourth;
  guint n_notified = 0;

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    add_in_region (session, regions[i], MYO_SIDE_LEFT, 7);
  combination = myo_match_get_combination (window->match);
  g_assert_cmpuint (combination->len, >, MYO_ROUTINE_MAX_TRIGGER_POINTS);
  second = g_ptr_array_index (combination, 1);
  fourth = g_ptr_array_index (combination, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  dialog = MYO_TREAT_DIALOG (find_dialog (window, MYO_TYPE_TREAT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->panel_stack), ==, "candidates");
  g_assert_cmpuint (myo_treat_dialog_get_n_selected (dialog), ==, MYO_ROUTINE_MAX_TRIGGER_POINTS);
  g_signal_connect (dialog, "notify::n-selected", G_CALLBACK (count_notify_cb), &n_notified);

  /* At the cap, a fourth cannot be ticked */
  myo_treat_dialog_set_selected (dialog, 3, TRUE);
  g_assert_cmpuint (myo_treat_dialog_get_n_selected (dialog), ==, MYO_ROUTINE_MAX_TRIGGER_POINTS);
  g_assert_cmpuint (n_notified, ==, 0);

  /* None ticked, no start */
  for (guint i = 0; i < MYO_ROUTINE_MAX_TRIGGER_POINTS; i++)
    myo_treat_dialog_set_selected (dialog, i, FALSE);
  g_assert_cmpuint (myo_treat_dialog_get_n_selected (dialog), ==, 0);
  g_assert_cmpuint (n_notified, ==, MYO_ROUTINE_MAX_TRIGGER_POINTS);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "start"));

  myo_treat_dialog_set_selected (dialog, 1, TRUE);
  myo_treat_dialog_set_selected (dialog, 3, TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "start"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "start");
  iterate ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->panel_stack), ==, "routine");
  routine = myo_routine_panel_get_routine (window->routine_panel);
  g_assert_nonnull (routine);
  g_assert_true (myo_routine_has_trigger_point (routine, second->trp, second->side));
  g_assert_true (myo_routine_has_trigger_point (routine, fourth->trp, fourth->side));

  destroy_window (window);
}

/* Cancel starts nothing */
static void
test_treat_dialog_cancel (void)
{
  static const char * const regions[] = {
    "back-knee", "soles-arch", "front-shin", "back-buttock", "back-thigh-inner", "front-thigh", "back-heel",
  };
  MyoWindow *window = create_window ();
  GtkWidget *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    add_in_region (myo_window_get_session (window), regions[i], MYO_SIDE_LEFT, 7);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", NULL));
  dialog = find_dialog (window, MYO_TYPE_TREAT_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->panel_stack), ==, "candidates");

  destroy_window (window);
}

/* win.record asks for a note, and Keep keeps the session with it */
static void
test_keep_dialog (void)
{
  MyoWindow *window = create_window ();
  MyoKeepDialog *dialog;
  g_autoptr(MyoJournalEntry) entry = NULL;
  g_autofree char *note = NULL;
  guint n_before, n_notified = 0;

  wait_until_set ((gpointer *) &window->journal);
  g_assert_nonnull (window->journal);
  n_before = g_list_model_get_n_items (G_LIST_MODEL (window->journal));

  add_in_region (myo_window_get_session (window), "back-knee", MYO_SIDE_LEFT, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.record", NULL));
  dialog = MYO_KEEP_DIALOG (find_dialog (window, MYO_TYPE_KEEP_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (myo_keep_dialog_get_note (dialog), ==, "");

  g_signal_connect (dialog, "notify::note", G_CALLBACK (count_notify_cb), &n_notified);
  g_object_set (dialog, "note", "after the run", NULL);
  g_assert_cmpuint (n_notified, ==, 1);
  g_object_get (dialog, "note", &note, NULL);
  g_assert_cmpstr (note, ==, "after the run");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->journal)), ==, n_before + 1);
  entry = g_list_model_get_item (G_LIST_MODEL (window->journal), 0);
  g_assert_cmpstr (myo_journal_entry_get_note (entry), ==, "after the run");

  /* Cancel keeps nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.record", NULL));
  dialog = MYO_KEEP_DIALOG (find_dialog (window, MYO_TYPE_KEEP_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->journal)), ==, n_before + 1);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  app = test_app_new (&argc, &argv);

  g_test_add_func ("/myo/window-dialogs/treat", test_treat_dialog);
  g_test_add_func ("/myo/window-dialogs/treat-cancel", test_treat_dialog_cancel);
  g_test_add_func ("/myo/window-dialogs/keep", test_keep_dialog);

  return test_app_run (&app);
}
