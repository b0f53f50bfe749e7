/* myo-window-private.h: what the window's action file and the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-atlas-page.h"
#include "myo-banner.h"
#include "myo-body-map.h"
#include "myo-export.h"
#include "myo-journal.h"
#include "myo-candidates-panel.h"
#include "myo-history-page.h"
#include "myo-routine-hero.h"
#include "myo-routine-panel.h"
#include "myo-window.h"

G_BEGIN_DECLS

struct _MyoWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *flap;
  GtkStack             *main_stack;
  GtkToggleButton      *history_button;
  GtkToggleButton      *atlas_button;
  GtkWidget            *leave_presentation_button;
  AdwBin               *history_bin;
  AdwBin               *atlas_bin;
  GtkBox               *view_switcher;
  GtkBox               *view_switcher_bar;
  MyoBodyMap           *map;
  GtkOverlay           *map_overlay;
  GtkBox               *map_tools;
  GtkWidget            *brush_scale;  /* nullable: built when a brush is first chosen */
  GtkWidget            *hint;
  GtkBox               *legend;
  GtkStack             *panel_stack;
  MyoCandidatesPanel   *candidates;
  AdwBin               *routine_bin;
  GtkWidget            *back_button;
  GtkWidget            *undo_box;
  GtkWidget            *results_button;
  AdwWindowTitle       *window_title;
  GtkWidget            *header_bar;
  GtkWidget            *switcher_scroller;
  AdwSqueezer          *view_squeezer;
  GtkDropDown          *view_dropdown;  /* nullable: built when the views first go below the map */
  GtkWidget            *results_bar;
  GtkLabel             *results_label;
  GtkWidget            *place_label;
  GtkWidget            *examples_button;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  GMenuModel           *examples_menu;
  GMenu                *examples_section;
  GMenu                *examples_menu_section;
  MyoBanner            *autosave_banner;
  MyoBanner            *journal_banner;
  GMenu                *recent_section;
  MyoRoutineHero       *routine_hero;  /* nullable: built with the routine panel */

  /* Owned */
  MyoKb                *kb;
  GSettings            *settings;
  MyoStore             *store;
  MyoSession           *session;
  GSignalGroup         *session_signals;  /* follow session */
  MyoJournal           *journal;  /* NULL until loaded, off the main thread */
  GPtrArray            *deleted_entries;  /* until the toast's Undo is gone */
  MyoSession           *previous_session;  /* put away by New Session, for Undo */
  GFile                *previous_file;
  MyoMatch             *match;
  GFile                *file;
  char                 *view_id;
  GtkWidget            *point_popover;
  GtkWindow            *shortcuts_window;  /* NULL until first shown */
  char                 *example_title;  /* of the example the session came from */

  /* Borrowed */
  AdwToast             *delete_toast;
  MyoHistoryPage       *history;  /* NULL until first shown, in history_bin */
  MyoAtlasPage         *atlas;  /* NULL until first shown, in atlas_bin */
  MyoRoutinePanel      *routine_panel;  /* NULL until a routine starts, in routine_bin */

  gulong                first_paint_handler;
  guint                 journal_fallback_id;
  guint                 inhibit_cookie;
  guint                 header_idle_id;
  int                   flap_natural_width;  /* measured once, before the first allocation */
  GHashTable           *actions_enabled;  /* interned action name -> whether enabled */
  guint                 dirty : 1;
  guint                 closing : 1;
  guint                 journal_requested : 1;
  guint                 presentation : 1;
  guint                 syncing_views : 1;
  guint                 autosave_off : 1;  /* an unreadable autosave could not be moved aside */
};

typedef struct
{
  const char           *title;
  GtkFileChooserAction  action;
  const char           *accept;
  const char           *name;  /* (nullable): the file name offered */
  const char           *filter_name;
  const char           *pattern;
  const char           *mime_type;
} MyoFileChoice;

typedef void (*MyoFileChosen) (MyoWindow *self,
                               GFile     *file,
                               gpointer   user_data);

void     _myo_window_choose_file        (MyoWindow           *self,
                                         const MyoFileChoice *choice,
                                         MyoFileChosen        chosen,
                                         gpointer             user_data);
void     _myo_window_class_actions_init (MyoWindowClass *klass);

/* myo-window-session.c: the session shown */
void     _myo_window_follow_session_init (MyoWindow     *self);
void     _myo_window_restore_session     (MyoWindow     *self);
void     _myo_window_autosave            (MyoWindow     *self);

/* myo-window-journal.c: the journal and the history page */
void     _myo_window_journal_init        (MyoWindow     *self);
void     _myo_window_journal_realize     (MyoWindow     *self);
void     _myo_window_journal_unrealize   (MyoWindow     *self);
void     _myo_window_show_journal_problem (MyoWindow    *self,
                                           const char   *title,
                                           const GError *error);

void     _myo_window_show_candidates    (MyoWindow      *self);
void     _myo_window_class_chrome_init  (MyoWindowClass *klass);
void     _myo_window_chrome_init        (MyoWindow      *self);
void     _myo_window_update_header      (MyoWindow      *self);
void     _myo_window_update_title       (MyoWindow      *self);
void     _myo_window_update_results_bar (MyoWindow      *self);
char    *_myo_window_dup_session_name   (MyoWindow      *self);
char    *_myo_window_dup_results_text   (MyoWindow      *self);
gboolean _myo_window_open_example       (MyoWindow      *self,
                                         const char     *id);
void     _myo_window_routine_init       (MyoWindow      *self);
MyoRoutinePanel *_myo_window_get_routine_panel (MyoWindow *self);
void     _myo_window_begin_routine      (MyoWindow      *self,
                                         MyoRoutine     *routine);
void     _myo_window_update_actions     (MyoWindow      *self);
void     _myo_window_set_action_enabled (MyoWindow      *self,
                                         const char     *action_name,
                                         gboolean        enabled);
void     _myo_window_set_session        (MyoWindow      *self,
                                         MyoSession     *session,
                                         GFile          *file);
gboolean _myo_window_save               (MyoWindow      *self,
                                         GFile          *file,
                                         GError        **error);
void     _myo_window_toast              (MyoWindow      *self,
                                         const char     *message,
                                         gboolean        with_undo);
void     _myo_window_start_routine      (MyoWindow      *self,
                                         const MyoCandidate *candidate);
MyoHistoryPage *_myo_window_get_history (MyoWindow  *self);
MyoAtlasPage   *_myo_window_get_atlas   (MyoWindow  *self);
void     _myo_window_set_presentation   (MyoWindow      *self,
                                         gboolean        presentation);
void     _myo_window_put_aside          (MyoWindow      *self);
void     _myo_window_report_error       (MyoWindow      *self,
                                         const char     *what,
                                         const GError   *error);
void     _myo_window_update_recent      (MyoWindow      *self);
void     _myo_window_undo_delete        (MyoWindow      *self);
void     _myo_window_record             (MyoWindow      *self,
                                         const char     *note,
                                         const char * const *routines_done);

/* myo-window-export.c: printing and exporting */
void     _myo_window_class_export_actions_init (MyoWindowClass *klass);
void     _myo_window_update_export_actions     (MyoWindow      *self);
gboolean _myo_window_print                     (MyoWindow      *self,
                                                MyoExportKind   kind,
                                                const char     *export_path,
                                                GError        **error);
gboolean _myo_window_print_export              (MyoWindow      *self,
                                                MyoExport      *export,
                                                const char     *export_path,
                                                GError        **error);
gboolean _myo_window_export_pdf                (MyoWindow      *self,
                                                MyoExportKind   kind,
                                                const char     *path,
                                                GError        **error);
gboolean _myo_window_export_map                (MyoWindow      *self,
                                                const char     *path,
                                                gboolean        as_svg,
                                                GError        **error);

G_END_DECLS
