/* myo-center-column.c: a column of wrapped text, centred vertically
 *
 * A box of wrapped labels, given valign "center" or set in a GtkStack, is
 * asked how wide it must be at a height: by GTK as it aligns the box, and
 * by the stack as it allocates its page. The box passes the question on
 * to each label, and a wrapped GtkLabel answers it by laying its text out
 * at a dozen widths, in search of the narrowest that fits the height: the
 * candidates panel's empty state cost some thirty layouts in the first
 * frame that way.
 *
 * Where the width of a column never depends on its height (the panel is
 * 340 px wide), this bin answers the question as for any height, and
 * centres its child itself, at the child's height for the width given.
 * It asks for no more width than its child's minimum: it wraps its text
 * at the width it is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-center-column.h"

struct _MyoCenterColumn
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (MyoCenterColumn, myo_center_column, ADW_TYPE_BIN)

static GtkSizeRequestMode
myo_center_column_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
myo_center_column_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child == NULL || !gtk_widget_should_layout (child))
    return;

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
      return;
    }

  /* The column takes the width it is given, and wraps its text there: the
   * width of that text on one line would widen the panel. (A label's
   * max-width-chars would bound it too, at the cost of Pango's font
   * metrics, 2 M instructions, at each of its measures.) */
  gtk_widget_measure (child, orientation, -1, minimum, NULL, minimum_baseline, natural_baseline);
  *natural = *minimum;
}

static void
myo_center_column_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  int child_height;

  if (child == NULL || !gtk_widget_should_layout (child))
    return;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_height, NULL, NULL);
  child_height = MIN (child_height, height);
  gtk_widget_allocate (child, width, child_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, (height - child_height) / 2)));
}

static void
myo_center_column_class_init (MyoCenterColumnClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = myo_center_column_get_request_mode;
  widget_class->measure = myo_center_column_measure;
  widget_class->size_allocate = myo_center_column_size_allocate;
}

static void
myo_center_column_init (MyoCenterColumn *self)
{
  /* AdwBin's layout manager would pass the height on and leave the
   * centring to the child: measure and allocate here instead */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
}
