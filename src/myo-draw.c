/* myo-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-draw.h"

/**
 * myo_draw_create_layout:
 * @text: (nullable): the text, or %NULL to set it later
 * @font_size: in widget pixels, whatever the text scale
 *
 * Returns: (transfer full): a layout in @widget's font at @font_size and
 *   @weight, for numbers drawn on a map or a dial
 */
PangoLayout *
myo_draw_create_layout (GtkWidget   *widget,
                        const char  *text,
                        double       font_size,
                        PangoWeight  weight)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  g_autoptr(PangoFontDescription) font = NULL;

  font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  pango_font_description_set_absolute_size (font, font_size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);

  return layout;
}
