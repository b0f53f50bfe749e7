/* myo-draw.h: small drawing helpers the widgets that draw themselves share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

PangoLayout *myo_draw_create_layout (GtkWidget   *widget,
                                     const char  *text,
                                     double       font_size,
                                     PangoWeight  weight);

G_END_DECLS
