/* myo-countdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>

#include "myo-countdown.h"
#include "myo-draw.h"

#define MIN_SIZE           160
#define NATURAL_SIZE       260
#define FLASH_DURATION_MS  900
#define FLASH_FALLBACK_MS  600
/* Proportions of the ring's diameter: big enough to read from two metres */
#define DIGITS_SCALE       0.28
#define CAPTION_SCALE      0.075
#define LINE_SCALE         0.07
/* Large, to be read across the room: bigger digits and phase word, a
 * thinner ring */
#define LARGE_DIGITS_SCALE  0.44
#define LARGE_CAPTION_SCALE 0.095
#define LARGE_LINE_SCALE    0.045
#define LARGE_NATURAL_SIZE  4096
/* Screen readers hear this once in a hold: often enough to get ready to
 * let go, rarely enough not to talk over the person's breathing */
#define WARN_SECONDS       10

struct _MyoCountdown
{
  GtkWidget          parent_instance;

  /* Owned */
  char              *caption;
  AdwAnimation      *flash_animation;
  guint              flash_source;

  gint64             remaining_ms;
  gint64             total_ms;
  MyoCountdownPhase  phase;
  double             flash;  /* 1 at the start of a flash, 0 without one */
  char              *announcement;   /* the accessible label */
  guint              n_announcements;
  gboolean           warned;         /* "10 seconds left" said in this phase */
  gboolean           large;
  guint              freeze;         /* inside myo_countdown_update() */
};

enum {
  PROP_0,
  PROP_REMAINING_MS,
  PROP_TOTAL_MS,
  PROP_CAPTION,
  PROP_PHASE,
  PROP_ANNOUNCEMENT,
  PROP_LARGE,
  N_PROPS
};

enum {
  ANNOUNCE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_ENUM_TYPE (MyoCountdownPhase, myo_countdown_phase,
                    G_DEFINE_ENUM_VALUE (MYO_COUNTDOWN_PHASE_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (MYO_COUNTDOWN_PHASE_LEAD_IN, "lead-in"),
                    G_DEFINE_ENUM_VALUE (MYO_COUNTDOWN_PHASE_HOLD, "hold"),
                    G_DEFINE_ENUM_VALUE (MYO_COUNTDOWN_PHASE_PAUSED, "paused"),
                    G_DEFINE_ENUM_VALUE (MYO_COUNTDOWN_PHASE_DONE, "done"))

G_DEFINE_FINAL_TYPE (MyoCountdown, myo_countdown, GTK_TYPE_WIDGET)

static gint64
remaining_seconds (MyoCountdown *self)
{
  /* Round up, so "1" is on screen for the last second and "0" means done */
  return (MAX (self->remaining_ms, 0) + 999) / 1000;
}

static char *
format_digits (MyoCountdown *self)
{
  gint64 seconds = remaining_seconds (self);

  /* Holds of a minute or more show minutes throughout, so the digits do
   * not jump from "1:00" to "59" */
  if (self->total_ms >= 60 * 1000 || seconds >= 60)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));

  return g_strdup_printf ("%" G_GINT64_FORMAT, seconds);
}

/* GTK 4.8 has no way to announce a message to a screen reader, and no
 * aria-live. The timer's accessible label is therefore the live region: it
 * changes only when something is worth saying (a new phase with its length,
 * "10 seconds left", done) instead of every second, and each change is also
 * handed to the panel ("announce"), which puts it on the focused button
 * where Orca reads a changed description out. */
static void
announce (MyoCountdown *self,
          const char   *text)
{
  if (g_strcmp0 (self->announcement, text) == 0)
    return;

  g_free (self->announcement);
  self->announcement = g_strdup (text);
  self->n_announcements++;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOUNCEMENT]);
  g_signal_emit (self, signals[ANNOUNCE], 0, text);
}

static void
announce_phase (MyoCountdown *self)
{
  gint64 seconds = remaining_seconds (self);
  g_autofree char *text = NULL;
  g_autofree char *left = NULL;
  const char *caption = self->caption != NULL ? self->caption : "";

  if (self->freeze > 0)
    return;

  /* Translators: the countdown, as a screen reader reads it out */
  left = g_strdup_printf (ngettext ("%d second", "%d seconds", (gulong) seconds), (int) seconds);

  /* A hold resumed with less than the warning left has just said so */
  self->warned = self->phase == MYO_COUNTDOWN_PHASE_HOLD && seconds <= WARN_SECONDS;

  switch (self->phase)
    {
    case MYO_COUNTDOWN_PHASE_DONE:
      text = g_strdup (caption[0] != '\0' ? caption : _("Done"));
      break;

    case MYO_COUNTDOWN_PHASE_PAUSED:
      /* Translators: "Paused, 18 seconds left" */
      text = g_strdup_printf (_("%s, %s left"), caption, left);
      break;

    case MYO_COUNTDOWN_PHASE_IDLE:
    case MYO_COUNTDOWN_PHASE_LEAD_IN:
    case MYO_COUNTDOWN_PHASE_HOLD:
    default:
      /* Translators: the phase and its length, "Hold: 30 seconds" */
      text = g_strdup_printf (_("%s: %s"), caption, left);
      break;
    }

  announce (self, text);
}

static void
check_warning (MyoCountdown *self)
{
  gint64 seconds = remaining_seconds (self);
  g_autofree char *text = NULL;

  /* Only a hold longer than the warning gets one, once, as it crosses */
  if (self->freeze > 0 || self->phase != MYO_COUNTDOWN_PHASE_HOLD || self->warned ||
      self->total_ms <= WARN_SECONDS * 1000 || seconds > WARN_SECONDS || seconds == 0)
    return;

  self->warned = TRUE;
  text = g_strdup_printf (ngettext ("%d second left", "%d seconds left", WARN_SECONDS), WARN_SECONDS);
  announce (self, text);
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static PangoLayout *
create_layout (GtkWidget   *widget,
               const char  *text,
               double       font_size,
               PangoWeight  weight,
               gboolean     tabular)
{
  PangoLayout *layout = myo_draw_create_layout (widget, text, font_size, weight);
  PangoAttrList *attrs;

  if (tabular)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

/* @font_size, made smaller when @text would be wider than @room */
static double
fit_font_size (MyoCountdown *self,
               const char   *text,
               double        font_size,
               double        room,
               PangoWeight   weight,
               gboolean      tabular)
{
  g_autoptr(PangoLayout) layout = create_layout (GTK_WIDGET (self), text, font_size, weight, tabular);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (logical.width > room && logical.width > 0)
    font_size *= room / logical.width;

  return font_size;
}

/* The digits' font size for a ring @size wide: a share of it, made smaller
 * when "1:00" would not fit inside the ring */
static double
digits_font_size (MyoCountdown *self,
                  const char   *digits,
                  double        size)
{
  return fit_font_size (self, digits, size * (self->large ? LARGE_DIGITS_SCALE : DIGITS_SCALE),
                        size * (self->large ? 0.78 : 0.8), PANGO_WEIGHT_BOLD, TRUE);
}

static void
append_text (GtkSnapshot     *snapshot,
             GtkWidget       *widget,
             const char      *text,
             double           font_size,
             PangoWeight      weight,
             gboolean         tabular,
             double           cx,
             double           y,
             gboolean         center_on_ink,
             const GdkRGBA   *color)
{
  g_autoptr(PangoLayout) layout = create_layout (widget, text, font_size, weight, tabular);
  PangoRectangle ink, logical;
  double top;

  pango_layout_get_pixel_extents (layout, &ink, &logical);

  /* Digits are centred on their ink so they sit in the middle of the ring
   * whatever the font's line height; the caption hangs from @y. */
  if (center_on_ink)
    top = y - ink.y - ink.height / 2.0;
  else
    top = y - logical.y;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (cx - logical.width / 2.0), round (top)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
flash_value_cb (double   value,
                gpointer user_data)
{
  MyoCountdown *self = user_data;

  self->flash = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
flash_done_cb (MyoCountdown *self)
{
  self->flash = 0;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "flash");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
flash_timeout_cb (gpointer user_data)
{
  MyoCountdown *self = user_data;

  self->flash_source = 0;
  flash_done_cb (self);
}

static GtkSizeRequestMode
myo_countdown_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The ring is round: as tall as it is wide. Asking for the height of the
 * width given keeps it from shrinking to its minimum inside a scrolled
 * window, which hands out minimum heights. */
static void
myo_countdown_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MyoCountdown *self = MYO_COUNTDOWN (widget);

  /* Large, it takes whatever room it is given */
  if (self->large)
    {
      *minimum = MIN_SIZE;
      *natural = for_size >= 0 ? MAX (for_size, MIN_SIZE) : MIN_SIZE;
      return;
    }

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0)
    {
      *minimum = *natural = CLAMP (for_size, MIN_SIZE, NATURAL_SIZE);
      return;
    }

  *minimum = MIN_SIZE;
  *natural = NATURAL_SIZE;
}

static void
myo_countdown_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MyoCountdown *self = MYO_COUNTDOWN (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double line = MAX (8.0, size * (self->large ? LARGE_LINE_SCALE : LINE_SCALE));
  double radius = (size - line) / 2.0;
  double cx = width / 2.0;
  double cy = height / 2.0;
  double fraction;
  g_autofree char *digits = NULL;
  GdkRGBA fg, track, ring, text;
  cairo_t *cr;

  if (size <= line * 2)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  track = fg;
  track.alpha *= 0.12;
  text = fg;

  switch (self->phase)
    {
    case MYO_COUNTDOWN_PHASE_LEAD_IN:
      lookup_color (widget, "accent_color", "#1c71d8", &ring);
      break;

    case MYO_COUNTDOWN_PHASE_HOLD:
    case MYO_COUNTDOWN_PHASE_DONE:
      lookup_color (widget, "success_color", "#2ec27e", &ring);
      break;

    case MYO_COUNTDOWN_PHASE_PAUSED:
      ring = fg;
      ring.alpha *= 0.4;
      text.alpha *= 0.55;
      break;

    case MYO_COUNTDOWN_PHASE_IDLE:
    default:
      ring = fg;
      ring.alpha *= 0.3;
      break;
    }

  if (self->phase == MYO_COUNTDOWN_PHASE_DONE || self->total_ms <= 0)
    fraction = 1.0;
  else
    fraction = CLAMP ((double) self->remaining_ms / self->total_ms, 0.0, 1.0);

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (cx - size / 2.0, cy - size / 2.0, size, size));
  cairo_set_line_width (cr, line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (self->flash > 0)
    {
      GdkRGBA glow;

      lookup_color (widget, "success_color", "#2ec27e", &glow);
      glow.alpha *= 0.35 * self->flash;
      gdk_cairo_set_source_rgba (cr, &glow);
      cairo_arc (cr, cx, cy, radius + line / 2.0, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  gdk_cairo_set_source_rgba (cr, &track);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  /* The ring empties clockwise from twelve o'clock, like a clock hand
   * sweeping away what has passed */
  if (fraction > 0)
    {
      gdk_cairo_set_source_rgba (cr, &ring);
      if (fraction >= 1.0)
        cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
      else
        cairo_arc (cr, cx, cy, radius, -G_PI / 2 + (1 - fraction) * 2 * G_PI, 3 * G_PI / 2);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);

  digits = format_digits (self);
  append_text (snapshot, widget, digits, digits_font_size (self, digits, size), PANGO_WEIGHT_BOLD, TRUE,
               cx, cy - size * (self->large ? 0.05 : 0.03), TRUE, &text);

  if (self->caption != NULL && self->caption[0] != '\0')
    {
      GdkRGBA caption = text;

      caption.alpha *= self->large ? 0.85 : 0.75;
      /* A long phase word ("Ready when you are") stays inside the ring */
      append_text (snapshot, widget, self->caption,
                   fit_font_size (self, self->caption,
                                  size * (self->large ? LARGE_CAPTION_SCALE : CAPTION_SCALE),
                                  size * 0.72, PANGO_WEIGHT_SEMIBOLD, FALSE),
                   PANGO_WEIGHT_SEMIBOLD, FALSE,
                   cx, cy + size * (self->large ? 0.17 : 0.14), FALSE, &caption);
    }
}

static void
myo_countdown_dispose (GObject *object)
{
  MyoCountdown *self = (MyoCountdown *) object;

  if (self->flash_animation != NULL)
    adw_animation_skip (self->flash_animation);
  g_clear_object (&self->flash_animation);
  g_clear_handle_id (&self->flash_source, g_source_remove);

  G_OBJECT_CLASS (myo_countdown_parent_class)->dispose (object);
}

static void
myo_countdown_finalize (GObject *object)
{
  MyoCountdown *self = (MyoCountdown *) object;

  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->announcement, g_free);

  G_OBJECT_CLASS (myo_countdown_parent_class)->finalize (object);
}

static void
myo_countdown_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MyoCountdown *self = MYO_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_REMAINING_MS:
      g_value_set_int64 (value, self->remaining_ms);
      break;

    case PROP_TOTAL_MS:
      g_value_set_int64 (value, self->total_ms);
      break;

    case PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;

    case PROP_LARGE:
      g_value_set_boolean (value, self->large);
      break;

    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;

    case PROP_ANNOUNCEMENT:
      g_value_set_string (value, self->announcement);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_countdown_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MyoCountdown *self = MYO_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_REMAINING_MS:
      myo_countdown_set_remaining_ms (self, g_value_get_int64 (value));
      break;

    case PROP_TOTAL_MS:
      myo_countdown_set_total_ms (self, g_value_get_int64 (value));
      break;

    case PROP_CAPTION:
      myo_countdown_set_caption (self, g_value_get_string (value));
      break;

    case PROP_LARGE:
      myo_countdown_set_large (self, g_value_get_boolean (value));
      break;

    case PROP_PHASE:
      myo_countdown_set_phase (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
myo_countdown_class_init (MyoCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = myo_countdown_dispose;
  object_class->finalize = myo_countdown_finalize;
  object_class->get_property = myo_countdown_get_property;
  object_class->set_property = myo_countdown_set_property;

  widget_class->get_request_mode = myo_countdown_get_request_mode;
  widget_class->measure = myo_countdown_measure;
  widget_class->snapshot = myo_countdown_snapshot;

  properties[PROP_REMAINING_MS] =
    g_param_spec_int64 ("remaining-ms", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOTAL_MS] =
    g_param_spec_int64 ("total-ms", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAPTION] =
    g_param_spec_string ("caption", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       MYO_TYPE_COUNTDOWN_PHASE,
                       MYO_COUNTDOWN_PHASE_IDLE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoCountdown:announcement:
   *
   * What a screen reader is told, also the timer's accessible label: the
   * phase and its length, "10 seconds left", done. It changes a few times
   * per hold, never every second.
   */
  properties[PROP_ANNOUNCEMENT] =
    g_param_spec_string ("announcement", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MyoCountdown:large:
   *
   * Drawn to be read across the room: it fills the room it is given, with
   * larger digits and phase word.
   */
  properties[PROP_LARGE] =
    g_param_spec_boolean ("large", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MyoCountdown::announce:
   * @text: what to say
   *
   * The #MyoCountdown:announcement changed.
   */
  signals[ANNOUNCE] =
    g_signal_new ("announce",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "countdown");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
}

static void
myo_countdown_init (MyoCountdown *self)
{
  AdwAnimationTarget *target;

  target = adw_callback_animation_target_new (flash_value_cb, self, NULL);
  self->flash_animation = adw_timed_animation_new (GTK_WIDGET (self), 1.0, 0.0, FLASH_DURATION_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->flash_animation), ADW_EASE_IN_QUAD);
  g_signal_connect_swapped (self->flash_animation, "done", G_CALLBACK (flash_done_cb), self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Countdown"),
                                  -1);
}

GtkWidget *
myo_countdown_new (void)
{
  return g_object_new (MYO_TYPE_COUNTDOWN, NULL);
}

gint64
myo_countdown_get_remaining_ms (MyoCountdown *self)
{
  g_return_val_if_fail (MYO_IS_COUNTDOWN (self), 0);
  return self->remaining_ms;
}

void
myo_countdown_set_remaining_ms (MyoCountdown *self,
                                gint64        remaining_ms)
{
  g_return_if_fail (MYO_IS_COUNTDOWN (self));

  remaining_ms = MAX (remaining_ms, 0);
  if (self->remaining_ms == remaining_ms)
    return;

  self->remaining_ms = remaining_ms;
  check_warning (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_MS]);
}

gint64
myo_countdown_get_total_ms (MyoCountdown *self)
{
  g_return_val_if_fail (MYO_IS_COUNTDOWN (self), 0);
  return self->total_ms;
}

void
myo_countdown_set_total_ms (MyoCountdown *self,
                            gint64        total_ms)
{
  g_return_if_fail (MYO_IS_COUNTDOWN (self));

  total_ms = MAX (total_ms, 0);
  if (self->total_ms == total_ms)
    return;

  self->total_ms = total_ms;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_MS]);
}

const char *
myo_countdown_get_caption (MyoCountdown *self)
{
  g_return_val_if_fail (MYO_IS_COUNTDOWN (self), NULL);
  return self->caption;
}

void
myo_countdown_set_caption (MyoCountdown *self,
                           const char   *caption)
{
  g_return_if_fail (MYO_IS_COUNTDOWN (self));

  if (g_strcmp0 (self->caption, caption) == 0)
    return;

  g_free (self->caption);
  self->caption = g_strdup (caption);
  /* "Hold · 2 of 3" starts a new hold as much as a new phase does */
  announce_phase (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
}

MyoCountdownPhase
myo_countdown_get_phase (MyoCountdown *self)
{
  g_return_val_if_fail (MYO_IS_COUNTDOWN (self), MYO_COUNTDOWN_PHASE_IDLE);
  return self->phase;
}

void
myo_countdown_set_phase (MyoCountdown      *self,
                         MyoCountdownPhase  phase)
{
  g_return_if_fail (MYO_IS_COUNTDOWN (self));
  g_return_if_fail (phase <= MYO_COUNTDOWN_PHASE_DONE);

  if (self->phase == phase)
    return;

  self->phase = phase;
  announce_phase (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

/**
 * myo_countdown_flash:
 *
 * Marks the end of a hold with a short green glow, for someone who cannot
 * hear the bell or is not looking closely. The "flash" style class is set
 * while it lasts.
 */
void
myo_countdown_flash (MyoCountdown *self)
{
  g_return_if_fail (MYO_IS_COUNTDOWN (self));

  gtk_widget_add_css_class (GTK_WIDGET (self), "flash");

  /* With animations turned off (or the widget hidden) a timed animation
   * jumps to its end at once; the cue must still be seen, so hold a plain
   * flash for a moment instead of fading it. */
  if (adw_get_enable_animations (GTK_WIDGET (self)) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_clear_handle_id (&self->flash_source, g_source_remove);
      adw_animation_reset (self->flash_animation);
      adw_animation_play (self->flash_animation);
    }
  else
    {
      self->flash = 1.0;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_clear_handle_id (&self->flash_source, g_source_remove);
      self->flash_source = g_timeout_add_once (FLASH_FALLBACK_MS, flash_timeout_cb, self);
    }
}

/**
 * myo_countdown_get_announcement:
 *
 * Returns: (nullable): what a screen reader was last told
 */
const char *
myo_countdown_get_announcement (MyoCountdown *self)
{
  g_return_val_if_fail (MYO_IS_COUNTDOWN (self), NULL);
  return self->announcement;
}

gboolean
myo_countdown_get_large (MyoCountdown *self)
{
  g_return_val_if_fail (MYO_IS_COUNTDOWN (self), FALSE);
  return self->large;
}

void
myo_countdown_set_large (MyoCountdown *self,
                         gboolean      large)
{
  g_return_if_fail (MYO_IS_COUNTDOWN (self));

  large = !!large;
  if (self->large == large)
    return;

  self->large = large;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE]);
}

/**
 * myo_countdown_get_digits_height:
 *
 * Returns: how tall the digits are drawn at the current size, in pixels
 *   (their ink, from the top of the tallest digit to the baseline)
 */
int
myo_countdown_get_digits_height (MyoCountdown *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double size;
  g_autofree char *digits = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle ink;

  g_return_val_if_fail (MYO_IS_COUNTDOWN (self), 0);

  size = MIN (gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  if (size <= 0)
    return 0;

  digits = format_digits (self);
  layout = create_layout (widget, digits, digits_font_size (self, digits, size), PANGO_WEIGHT_BOLD, TRUE);
  pango_layout_get_pixel_extents (layout, &ink, NULL);

  return ink.height;
}

/**
 * myo_countdown_get_n_announcements:
 *
 * Returns: how often the announcement changed, to prove it does not flood
 */
guint
myo_countdown_get_n_announcements (MyoCountdown *self)
{
  g_return_val_if_fail (MYO_IS_COUNTDOWN (self), 0);
  return self->n_announcements;
}

/**
 * myo_countdown_update:
 * @phase: the phase
 * @caption: (nullable): the text under the digits
 * @remaining_ms: what is left
 * @total_ms: the length of the phase
 *
 * Sets everything at once, so a change of phase is announced once, with
 * its new caption and length.
 */
void
myo_countdown_update (MyoCountdown      *self,
                      MyoCountdownPhase  phase,
                      const char        *caption,
                      gint64             remaining_ms,
                      gint64             total_ms)
{
  gboolean changed;

  g_return_if_fail (MYO_IS_COUNTDOWN (self));

  changed = self->phase != phase || g_strcmp0 (self->caption, caption) != 0;

  self->freeze++;
  myo_countdown_set_total_ms (self, total_ms);
  myo_countdown_set_remaining_ms (self, remaining_ms);
  myo_countdown_set_phase (self, phase);
  myo_countdown_set_caption (self, caption);
  self->freeze--;

  if (changed)
    announce_phase (self);
  else
    check_warning (self);
}
