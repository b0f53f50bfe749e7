/* myo-window-actions.c: every command of the window, as an action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-file.h"
#include "myo-keep-dialog.h"
#include "myo-window-private.h"

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);

  /* Eight points are never one keystroke from gone: kept on disk, and
   * the toast's Undo brings them back */
  _myo_window_put_aside (self);
  _myo_window_set_session (self, NULL, NULL);
}

static void
undo_new_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);
  g_autoptr(MyoSession) previous = g_steal_pointer (&self->previous_session);
  g_autoptr(GFile) previous_file = g_steal_pointer (&self->previous_file);

  if (previous == NULL)
    return;

  _myo_window_put_aside (self);
  _myo_window_set_session (self, previous, previous_file);
}

/* A session put away comes back as an unnamed session: saving it asks where */
static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = myo_session_new_from_file (self->kb, g_variant_get_string (param, NULL), &error);
  if (session == NULL)
    {
      _myo_window_toast (self, error->message, FALSE);
      return;
    }

  _myo_window_put_aside (self);
  _myo_window_set_session (self, session, NULL);
}

typedef struct
{
  MyoWindow     *self;
  MyoFileChosen  chosen;
  gpointer       user_data;
} Chooser;

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     Chooser         *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      chooser->chosen (chooser->self, file, chooser->user_data);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/**
 * _myo_window_choose_file:
 * @choice: the dialog's title, button, file name and file type
 * @chosen: called with the file chosen, not when cancelled
 *
 * Every file chooser of the window: modal, filtered to one type.
 */
void
_myo_window_choose_file (MyoWindow           *self,
                         const MyoFileChoice *choice,
                         MyoFileChosen        chosen,
                         gpointer             user_data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;
  Chooser *chooser = g_new0 (Chooser, 1);

  gtk_file_filter_set_name (filter, choice->filter_name);
  gtk_file_filter_add_pattern (filter, choice->pattern);
  gtk_file_filter_add_mime_type (filter, choice->mime_type);

  dialog = gtk_file_chooser_native_new (choice->title, GTK_WINDOW (self), choice->action,
                                        choice->accept, _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (choice->name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), choice->name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  chooser->self = self;
  chooser->chosen = chosen;
  chooser->user_data = user_data;
  g_signal_connect_data (dialog, "response", G_CALLBACK (chooser_response_cb), chooser,
                         (GClosureNotify) g_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
show_session_chooser (MyoWindow            *self,
                      const char           *title,
                      GtkFileChooserAction  action,
                      const char           *accept,
                      MyoFileChosen         chosen)
{
  MyoFileChoice choice = {
    title, action, accept,
    action == GTK_FILE_CHOOSER_ACTION_SAVE ? _("Pain session.myomap") : NULL,
    _("Myomap sessions"), "*.myomap", "application/x-myomap-session",
  };

  _myo_window_choose_file (self, &choice, chosen, NULL);
}

static void
open_chosen (MyoWindow *self,
             GFile     *file,
             gpointer   user_data)
{
  myo_window_open_file (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  show_session_chooser (MYO_WINDOW (widget), _("Open Session"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                        open_chosen);
}

static void
save_as_chosen (MyoWindow *self,
                GFile     *chosen,
                gpointer   user_data)
{
  g_autofree char *path = g_file_get_path (chosen);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  /* "calf-patient" is saved as "calf-patient.myomap", so it opens again
   * with Myomap */
  if (path != NULL)
    {
      g_autofree char *with_extension = myo_file_with_extension (path, ".myomap");

      file = g_file_new_for_path (with_extension);
    }
  else
    {
      file = g_object_ref (chosen);
    }

  if (!_myo_window_save (self, file, &error))
    _myo_window_report_error (self, _("The session was not saved"), error);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  show_session_chooser (MYO_WINDOW (widget), _("Save Session"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                        save_as_chosen);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->file == NULL)
    save_as_action (widget, action_name, param);
  else if (!_myo_window_save (self, self->file, &error))
    _myo_window_report_error (self, _("The session was not saved"), error);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  myo_session_undo (MYO_WINDOW (widget)->session);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  myo_session_redo (MYO_WINDOW (widget)->session);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);

  if (myo_session_is_empty (self->session))
    return;

  myo_session_clear (self->session);
  _myo_window_toast (self, _("All points cleared"), TRUE);
}

static void
start_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _myo_window_start_routine (MYO_WINDOW (widget), NULL);
}

static void
start_routine_for_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);
  const char *id;
  guint32 side;

  g_variant_get (param, "(&su)", &id, &side);
  for (guint i = 0; i < myo_match_get_n_candidates (self->match); i++)
    {
      const MyoCandidate *candidate = myo_match_get_candidate (self->match, i);

      if (g_str_equal (candidate->trp->id, id) && candidate->side == side)
        {
          _myo_window_start_routine (self, candidate);
          return;
        }
    }
}

static void
toggle_panel_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* win.show-history (Ctrl+H) and win.show-atlas (Ctrl+T) go to their page,
 * and back to the map from it */
static void
toggle_page_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);
  const char *page = g_str_equal (action_name, "win.show-history") ? "history" : "atlas";

  myo_window_set_page (self, g_str_equal (myo_window_get_page (self), page) ? "map" : page);
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  _myo_window_set_presentation (MYO_WINDOW (widget), FALSE);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _myo_window_undo_delete (MYO_WINDOW (widget));
}

static void
retry_journal_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);

  myo_banner_hide (self->journal_banner);
  myo_store_ensure_journal (self->store);
}

static void
retry_autosave_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);

  myo_store_autosave_session (self->store, self->session);
  myo_store_flush (self->store, NULL);
}

static void
open_data_folder_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);
  g_autoptr(GFile) folder = g_file_new_for_path (myo_store_get_dir (self->store));
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
dismiss_banner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MyoWindow *self = MYO_WINDOW (widget);

  myo_banner_hide (g_str_equal (action_name, "win.dismiss-autosave-banner")
                   ? self->autosave_banner : self->journal_banner);
}

static void
keep_response_cb (MyoKeepDialog *dialog,
                  const char    *response,
                  MyoWindow     *self)
{
  if (g_str_equal (response, "keep"))
    _myo_window_record (self, myo_keep_dialog_get_note (dialog), NULL);
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkWidget *dialog = myo_keep_dialog_new (GTK_WINDOW (widget));

  g_signal_connect_object (dialog, "response", G_CALLBACK (keep_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _myo_window_set_action_enabled:
 *
 * Enables or disables one of the window's actions when that changes.
 * GTK 4.8 passes every call on to every action observer in the window,
 * changed or not (about 1.4 M instructions a call with the window's
 * widgets, half of what a click cost): only changes are passed on.
 */
void
_myo_window_set_action_enabled (MyoWindow  *self,
                                const char *action_name,
                                gboolean    enabled)
{
  gpointer key = (gpointer) g_intern_string (action_name);
  /* 2 and 1, not TRUE and FALSE: a lookup's NULL is "never set" */
  gpointer value = GINT_TO_POINTER (enabled ? 2 : 1);

  if (self->actions_enabled == NULL)
    self->actions_enabled = g_hash_table_new (NULL, NULL);
  else if (g_hash_table_lookup (self->actions_enabled, key) == value)
    return;

  g_hash_table_insert (self->actions_enabled, key, value);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action_name, enabled);
}

void
_myo_window_update_actions (MyoWindow *self)
{
  gboolean has_points = self->session != NULL && !myo_session_is_empty (self->session);
  gboolean in_routine = g_strcmp0 (gtk_stack_get_visible_child_name (self->panel_stack), "routine") == 0;
  gboolean can_start = self->match != NULL && myo_match_get_combination (self->match)->len > 0;

  _myo_window_set_action_enabled (self, "win.undo",
                                  self->session != NULL && myo_session_get_can_undo (self->session));
  _myo_window_set_action_enabled (self, "win.redo",
                                  self->session != NULL && myo_session_get_can_redo (self->session));
  _myo_window_set_action_enabled (self, "win.clear", has_points);
  _myo_window_set_action_enabled (self, "win.undo-new", self->previous_session != NULL);
  _myo_window_set_action_enabled (self, "win.record", has_points && !self->presentation);
  _myo_window_set_action_enabled (self, "win.show-history", !self->presentation);
  _myo_window_set_action_enabled (self, "win.leave-presentation", self->presentation);
  _myo_window_set_action_enabled (self, "win.start-routine", can_start && !in_routine);
  _myo_window_set_action_enabled (self, "win.start-routine-for", can_start && !in_routine);
  _myo_window_update_export_actions (self);
}

void
_myo_window_class_actions_init (MyoWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "win.start-routine", NULL, start_routine_action);
  gtk_widget_class_install_action (widget_class, "win.start-routine-for", "(su)", start_routine_for_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-panel", NULL, toggle_panel_action);
  gtk_widget_class_install_action (widget_class, "win.show-history", NULL, toggle_page_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo-new", NULL, undo_new_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.retry-journal", NULL, retry_journal_action);
  gtk_widget_class_install_action (widget_class, "win.retry-autosave", NULL, retry_autosave_action);
  gtk_widget_class_install_action (widget_class, "win.open-data-folder", NULL, open_data_folder_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-journal-banner", NULL, dismiss_banner_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-autosave-banner", NULL, dismiss_banner_action);
  gtk_widget_class_install_action (widget_class, "win.show-atlas", NULL, toggle_page_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_action);
  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presentation");
  gtk_widget_class_install_action (widget_class, "win.record", NULL, record_action);
  gtk_widget_class_install_property_action (widget_class, "win.view", "view-id");
  gtk_widget_class_install_property_action (widget_class, "win.page", "page");
  _myo_window_class_export_actions_init (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "win.start-routine", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-panel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.show-history", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, GDK_CONTROL_MASK, "win.record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "win.show-atlas", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);

}
