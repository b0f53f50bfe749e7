/* myo-point-editor.h: the intensity and quality of one pain point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "myo-session.h"

G_BEGIN_DECLS

#define MYO_TYPE_POINT_EDITOR (myo_point_editor_get_type ())

G_DECLARE_FINAL_TYPE (MyoPointEditor, myo_point_editor, MYO, POINT_EDITOR, GtkWidget)

GtkWidget  *myo_point_editor_new          (MyoSession     *session,
                                           guint           point_id);
MyoSession *myo_point_editor_get_session  (MyoPointEditor *self);
guint       myo_point_editor_get_point_id (MyoPointEditor *self);

G_END_DECLS
