/* myo-window-session.c: the session the window shows: following it,
 * autosaving it and restoring it at start, saving, opening, putting it
 * aside, and the Recent Sessions menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "myo-file.h"
#include "myo-json.h"
#include "myo-window-private.h"

/* The session a person is marking is never lost: the store writes it a
 * second after the last change (and at once on close and quit), atomically,
 * to the user data directory, and it is restored at start. A named session
 * is also saved to its own file only when asked. */
void
_myo_window_autosave (MyoWindow *self)
{
  if (self->autosave_off)
    return;

  myo_store_autosave_session (self->store, self->session);
}

/* Stays on screen until an autosave succeeds again */
static void
autosave_error_changed_cb (MyoWindow  *self,
                           GParamSpec *pspec,
                           MyoStore   *store)
{
  const GError *error = myo_store_get_autosave_error (store);
  const char *reason;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (error == NULL)
    {
      myo_banner_hide (self->autosave_banner);
      return;
    }

  reason = myo_file_error_reason (error);
  title = reason != NULL ? g_strdup_printf (_("Changes are not being saved: %s"), reason)
                         : g_strdup (_("Changes are not being saved"));
  body = g_strdup_printf (_("%s. The copy saved before is kept as it was; free some space or "
                            "fix the folder, then try again."), error->message);
  myo_banner_show (self->autosave_banner, title, body,
                   _("_Try Again"), "win.retry-autosave", _("_Open Folder"), "win.open-data-folder");
}


static void
update_match (MyoWindow *self)
{
  g_clear_object (&self->match);
  self->match = myo_match_new (self->session);

  myo_body_map_set_match (self->map, self->match);
  myo_candidates_panel_set_match (self->candidates, self->match);
  gtk_widget_set_visible (self->hint, myo_session_is_empty (self->session));
  _myo_window_update_results_bar (self);
}

static void
session_changed_cb (MyoWindow  *self,
                    MyoSession *session)
{
  self->dirty = TRUE;
  update_match (self);
  _myo_window_update_title (self);
  _myo_window_autosave (self);
  _myo_window_update_actions (self);
}


/* An autosave that cannot be read is set aside for the person to look at,
 * never written over */
static MyoSession *
restore_autosave (MyoWindow *self)
{
  const char *path = myo_store_get_autosave_path (self->store);
  g_autoptr(MyoSession) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *body = NULL;

  restored = myo_session_new_from_file (self->kb, path, &error);
  if (restored != NULL)
    return g_steal_pointer (&restored);

  aside = myo_file_move_aside (path, "unreadable", &move_error);
  if (aside != NULL)
    {
      body = g_strdup_printf (_("%s. It was kept as %s."), error->message, aside);
      myo_banner_show (self->autosave_banner, _("The last session could not be restored"), body,
                       _("_Dismiss"), "win.dismiss-autosave-banner",
                       _("_Open Folder"), "win.open-data-folder");
    }
  else
    {
      /* Nothing is written over the file while it is still there */
      self->autosave_off = TRUE;
      body = g_strdup_printf (_("%s. It could not be moved aside either (%s), so changes are not "
                                "saved until it is moved or removed."),
                              error->message, move_error->message);
      myo_banner_show (self->autosave_banner, _("The last session could not be restored"), body,
                       NULL, NULL, _("_Open Folder"), "win.open-data-folder");
    }

  return NULL;
}


void
myo_window_open_file (MyoWindow *self,
                      GFile     *file)
{
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (MYO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      _myo_window_toast (self, _("Only files on this computer can be opened"), FALSE);
      return;
    }

  session = myo_session_new_from_file (self->kb, path, &error);
  if (session == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the Session"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  _myo_window_put_aside (self);
  _myo_window_set_session (self, session, file);

  /* The rest of the file opened; say what was left out */
  if (myo_session_get_load_warnings (session)->len > 0)
    {
      guint n = myo_session_get_load_warnings (session)->len;
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u point of this file is not on a leg and was left out",
                                                               "%u points of this file are not on a leg and were left out",
                                                               n), n);

      _myo_window_toast (self, message, FALSE);
    }
}

/**
 * _myo_window_update_recent:
 *
 * Lists the sessions put away, newest first, under Recent Sessions in the
 * main menu.
 */
void
_myo_window_update_recent (MyoWindow *self)
{
  g_autoptr(GPtrArray) recent = myo_store_list_recent (self->store);

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; i < recent->len; i++)
    {
      const char *path = g_ptr_array_index (recent, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autoptr(GDateTime) when = NULL;
      g_autoptr(json_object) root = NULL;
      g_autofree char *date = NULL;
      g_autofree char *label = NULL;
      json_object *points;
      GStatBuf st;

      if (g_stat (path, &st) != 0)
        continue;

      when = g_date_time_new_from_unix_local (st.st_mtime);
      date = g_date_time_format (when, _("%a %-d %b %Y, %H:%M:%S"));
      root = myo_json_parse_file (path, NULL);
      if (root != NULL && json_object_object_get_ex (root, "points", &points) &&
          json_object_is_type (points, json_type_array))
        {
          guint n = json_object_array_length (points);

          /* TRANSLATORS: a session put away: its date, and how many points it has */
          label = g_strdup_printf (ngettext ("%s · %u point", "%s · %u points", n), date, n);
        }
      else
        {
          label = g_strdup (date);
        }
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (path));
      g_menu_append_item (self->recent_section, item);
    }

  if (g_menu_model_get_n_items (G_MENU_MODEL (self->recent_section)) == 0)
    g_menu_append (self->recent_section, _("No sessions put away"), "win.no-recent");
}

/**
 * _myo_window_put_aside:
 *
 * Before the session on the map is replaced (New Session, opening a file):
 * one with points is kept among the recent sessions on disk and can be
 * brought back with win.undo-new, the toast's Undo.
 */
void
_myo_window_put_aside (MyoWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *kept = NULL;
  AdwToast *toast;

  /* Painted areas alone are worth keeping too */
  if (self->session == NULL || myo_session_is_empty (self->session))
    return;

  g_set_object (&self->previous_session, self->session);
  g_set_object (&self->previous_file, self->file);
  data = myo_session_to_data (self->session);
  kept = myo_store_keep_recent (self->store, data, strlen (data), &error);
  if (kept == NULL)
    _myo_window_show_journal_problem (self, _("The previous session could not be kept among the recent ones"), error);
  _myo_window_update_recent (self);

  toast = adw_toast_new (_("The previous session was put away"));
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-new");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  _myo_window_update_actions (self);
}

void
_myo_window_set_session (MyoWindow  *self,
                         MyoSession *session,
                         GFile      *file)
{
  g_autoptr(MyoSession) fresh = NULL;

  if (session == NULL)
    session = fresh = myo_session_new (self->kb);

  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->example_title, g_free);
  self->dirty = FALSE;

  myo_body_map_set_session (self->map, session);
  _myo_window_show_candidates (self);
  update_match (self);
  _myo_window_update_title (self);
  _myo_window_autosave (self);
  _myo_window_update_actions (self);
}

gboolean
_myo_window_save (MyoWindow  *self,
                  GFile      *file,
                  GError    **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Sessions can only be saved on this computer"));
      return FALSE;
    }

  if (!myo_session_save_to_file (self->session, path, error))
    return FALSE;

  g_set_object (&self->file, file);
  self->dirty = FALSE;
  _myo_window_update_title (self);

  return TRUE;
}

/**
 * _myo_window_follow_session_init:
 *
 * Whichever session the window shows, its changes reach the window:
 * replacing it moves the handlers.
 */
void
_myo_window_follow_session_init (MyoWindow *self)
{
  self->session_signals = g_signal_group_new (MYO_TYPE_SESSION);
  g_signal_group_connect_object (self->session_signals, "changed", G_CALLBACK (session_changed_cb),
                                 self, G_CONNECT_SWAPPED);
}

/**
 * _myo_window_restore_session:
 *
 * At start: the autosaved session, or a new one.
 */
void
_myo_window_restore_session (MyoWindow *self)
{
  g_autoptr(MyoSession) restored = NULL;

  g_signal_connect_object (self->store, "notify::autosave-error",
                           G_CALLBACK (autosave_error_changed_cb), self, G_CONNECT_SWAPPED);

  if (g_file_test (myo_store_get_autosave_path (self->store), G_FILE_TEST_EXISTS))
    restored = restore_autosave (self);

  _myo_window_set_session (self, restored, NULL);
  _myo_window_update_recent (self);
}
