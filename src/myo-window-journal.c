/* myo-window-journal.c: the pain journal in the window: read after the
 * first frame, sessions kept in it, deleted with one Undo, and the history
 * page, built when first shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "myo-window-private.h"

void
_myo_window_show_journal_problem (MyoWindow    *self,
                                  const char   *title,
                                  const GError *error)
{
  myo_banner_show (self->journal_banner, title, error->message,
                   _("_Try Again"), "win.retry-journal", _("_Open Folder"), "win.open-data-folder");
}


static void
history_entry_activated_cb (MyoWindow       *self,
                            MyoJournalEntry *entry,
                            MyoHistoryPage  *page)
{
  g_autoptr(MyoSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = myo_journal_entry_to_session (entry, self->kb, &error);
  if (session == NULL)
    {
      _myo_window_toast (self, error->message, FALSE);
      return;
    }

  _myo_window_set_session (self, session, NULL);
  myo_window_set_page (self, "map");
}

static void
delete_toast_dismissed_cb (MyoWindow *self,
                           AdwToast  *toast)
{
  if (self->delete_toast == toast)
    {
      self->delete_toast = NULL;
      if (self->deleted_entries != NULL)
        g_ptr_array_set_size (self->deleted_entries, 0);
    }
}

static void
history_delete_requested_cb (MyoWindow       *self,
                             MyoJournalEntry *entry,
                             MyoHistoryPage  *page)
{
  g_autoptr(MyoJournalEntry) deleted = g_object_ref (entry);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!myo_store_remove (self->store, myo_journal_entry_get_id (entry), &error))
    {
      _myo_window_show_journal_problem (self, _("The session could not be deleted"), error);
      return;
    }

  /* One toast for the deletions in a row, and its Undo brings back every
   * one of them */
  if (self->delete_toast != NULL)
    {
      toast = g_steal_pointer (&self->delete_toast);
      g_signal_handlers_disconnect_by_data (toast, self);
      adw_toast_dismiss (toast);
    }
  else
    {
      g_ptr_array_set_size (self->deleted_entries, 0);
    }
  g_ptr_array_add (self->deleted_entries, g_steal_pointer (&deleted));

  if (self->deleted_entries->len == 1)
    title = g_strdup (_("Session deleted from the journal"));
  else
    title = g_strdup_printf (ngettext ("%u session deleted", "%u sessions deleted",
                                       self->deleted_entries->len),
                             self->deleted_entries->len);

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (delete_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->delete_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * _myo_window_undo_delete:
 *
 * Brings back every session deleted since the last toast went.
 */
void
_myo_window_undo_delete (MyoWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->deleted_entries->len == 0)
    return;

  if (!myo_store_add_all (self->store, self->deleted_entries, &error))
    {
      _myo_window_show_journal_problem (self, _("The deleted sessions could not be brought back"), error);
      return;
    }

  g_ptr_array_set_size (self->deleted_entries, 0);
  if (self->delete_toast != NULL)
    adw_toast_dismiss (self->delete_toast);
}


/* The history page is built when first shown, so the first frame does
 * not pay for it; what the window told nobody before is given to it then,
 * and as it changes after */
MyoHistoryPage *
_myo_window_get_history (MyoWindow *self)
{
  const GError *error;

  if (self->history != NULL)
    return self->history;

  self->history = MYO_HISTORY_PAGE (myo_history_page_new ());
  g_signal_connect_object (self->history, "entry-activated", G_CALLBACK (history_entry_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "delete-requested", G_CALLBACK (history_delete_requested_cb),
                           self, G_CONNECT_SWAPPED);
  myo_history_page_set_kb (self->history, self->kb);
  if (self->journal != NULL)
    myo_history_page_set_journal (self->history, self->journal);
  error = myo_store_get_journal_error (self->store);
  myo_history_page_set_journal_error (self->history, error != NULL ? error->message : NULL);
  adw_bin_set_child (self->history_bin, GTK_WIDGET (self->history));

  return self->history;
}


static void
journal_changed_cb (MyoWindow  *self,
                    GParamSpec *pspec,
                    MyoStore   *store)
{
  MyoJournal *journal = myo_store_get_journal (store);

  if (journal == NULL || !g_set_object (&self->journal, journal))
    return;

  if (self->history != NULL)
    myo_history_page_set_journal (self->history, journal);
  if (myo_journal_get_moved_aside (journal) != NULL)
    {
      g_autofree char *body =
        g_strdup_printf (_("The file as it was is kept as %s. The sessions that could be read are "
                           "in your history."), myo_journal_get_moved_aside (journal));

      myo_banner_show (self->journal_banner, _("Part of the pain journal could not be read"), body,
                       _("_Dismiss"), "win.dismiss-journal-banner",
                       _("_Open Folder"), "win.open-data-folder");
    }
}

static void
journal_error_changed_cb (MyoWindow  *self,
                          GParamSpec *pspec,
                          MyoStore   *store)
{
  const GError *error = myo_store_get_journal_error (store);

  if (self->history != NULL)
    myo_history_page_set_journal_error (self->history, error != NULL ? error->message : NULL);
  if (error != NULL)
    _myo_window_show_journal_problem (self, _("The pain journal could not be read"), error);
  else
    myo_banner_hide (self->journal_banner);
}

static void
load_journal (MyoWindow *self)
{
  if (self->journal_requested)
    return;
  self->journal_requested = TRUE;
  g_clear_handle_id (&self->journal_fallback_id, g_source_remove);
  if (self->first_paint_handler != 0)
    g_clear_signal_handler (&self->first_paint_handler, gtk_widget_get_frame_clock (GTK_WIDGET (self)));

  /* Read once per process, in a thread, so start-up does not wait for it */
  myo_store_ensure_journal (self->store);
}

/* A window that is never drawn (hidden at once, or not presented) still
 * gets its journal; a drawn one gets it just after its first frame */
static gboolean
journal_fallback_cb (gpointer data)
{
  MyoWindow *self = data;

  self->journal_fallback_id = 0;
  load_journal (self);

  return G_SOURCE_REMOVE;
}

/* The journal loads once the window has shown its first frame: on two
 * cores a large journal's thread would otherwise slow that frame down
 * (tests/bench measures start-up with 10,000 sessions). Not at once when
 * the frame is painted: the X server, and with GL the renderer's threads,
 * are still putting it on screen then, and the journal's thread took
 * their core */
#define JOURNAL_AFTER_FIRST_FRAME_MS 50

static void
first_painted_cb (GdkFrameClock *clock,
                  MyoWindow     *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  /* Frame clock cycles before the window is on screen paint nothing */
  if (surface == NULL || !gdk_surface_get_mapped (surface))
    return;

  g_clear_signal_handler (&self->first_paint_handler, clock);
  g_clear_handle_id (&self->journal_fallback_id, g_source_remove);
  self->journal_fallback_id = g_timeout_add (JOURNAL_AFTER_FIRST_FRAME_MS, journal_fallback_cb, self);
}

/**
 * _myo_window_record:
 * @note: (nullable): the person's note
 * @routines_done: (nullable): "trigger-point:side" of the points treated
 *
 * Keeps the current session in the pain journal.
 */
void
_myo_window_record (MyoWindow          *self,
                    const char         *note,
                    const char * const *routines_done)
{
  g_autoptr(MyoJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  /* Kept even before the journal has been read: the store reads it first */
  entry = myo_journal_entry_new_from_session (self->session, self->match, NULL, note);
  myo_journal_entry_set_routines_done (entry, routines_done);
  if (!myo_store_add (self->store, entry, &error))
    {
      _myo_window_show_journal_problem (self, _("The session could not be kept in the journal; it stays in its autosave"),
                            error);
      return;
    }

  _myo_window_toast (self, _("Kept in your pain journal"), FALSE);
}

/**
 * _myo_window_journal_init:
 *
 * Follows the store's journal and its error.
 */
void
_myo_window_journal_init (MyoWindow *self)
{
  g_signal_connect_object (self->store, "notify::journal",
                           G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::journal-error",
                           G_CALLBACK (journal_error_changed_cb), self, G_CONNECT_SWAPPED);

  /* Another window of this process may have read the journal already */
  journal_changed_cb (self, NULL, self->store);
  if (myo_store_get_journal_error (self->store) != NULL)
    journal_error_changed_cb (self, NULL, self->store);
  self->journal_fallback_id = g_timeout_add_seconds (2, journal_fallback_cb, self);
}

void
_myo_window_journal_realize (MyoWindow *self)
{
  if (!self->journal_requested && self->first_paint_handler == 0)
    self->first_paint_handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                                                  G_CALLBACK (first_painted_cb), self);
}

void
_myo_window_journal_unrealize (MyoWindow *self)
{
  if (self->first_paint_handler != 0)
    g_clear_signal_handler (&self->first_paint_handler, gtk_widget_get_frame_clock (GTK_WIDGET (self)));
}
