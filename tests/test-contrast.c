/* test-contrast.c: WCAG contrast of what the map and the countdown draw,
 * against the diagram and the light and dark styles' backgrounds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "myo-body-map-private.h"
#include "myo-countdown.h"
#include "myo-kb.h"
#include "myo-test-ui.h"

/* WCAG 2.1: 3:1 for graphics one must see (1.4.11), 4.5:1 for small text
 * (1.4.3) */
#define GRAPHIC_MIN 3.0
#define TEXT_MIN    4.5

typedef struct
{
  double r, g, b;
} Rgb;

static Rgb
from_hex (guint32 hex)
{
  return (Rgb) { ((hex >> 16) & 0xff) / 255., ((hex >> 8) & 0xff) / 255., (hex & 0xff) / 255. };
}

static Rgb
from_rgba (const GdkRGBA *rgba,
           Rgb            under)
{
  return (Rgb) {
    rgba->red * rgba->alpha + under.r * (1 - rgba->alpha),
    rgba->green * rgba->alpha + under.g * (1 - rgba->alpha),
    rgba->blue * rgba->alpha + under.b * (1 - rgba->alpha),
  };
}

/* @top drawn at @alpha over @under */
static Rgb
over (guint32 top,
      double  alpha,
      Rgb     under)
{
  Rgb c = from_hex (top);

  return (Rgb) {
    c.r * alpha + under.r * (1 - alpha),
    c.g * alpha + under.g * (1 - alpha),
    c.b * alpha + under.b * (1 - alpha),
  };
}

static double
channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (Rgb c)
{
  return 0.2126 * channel (c.r) + 0.7152 * channel (c.g) + 0.0722 * channel (c.b);
}

static double
contrast (Rgb a,
          Rgb b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
check (const char *what,
       const char *on,
       double      ratio,
       double      minimum)
{
  g_test_message ("%-46s on %-22s %5.2f:1 (at least %.1f)", what, on, ratio, minimum);
  if (ratio < minimum)
    g_error ("%s on %s: contrast %.2f:1, needs %.1f:1", what, on, ratio, minimum);
}

/* The fills of the leg diagrams: every colour a point or zone can sit on
 * (the dark "L"/"R" badges and their white letters are not the leg) */
static GArray *
collect_leg_fills (void)
{
  g_autoptr(MyoKb) kb = myo_kb_get_default ();
  g_autoptr(GRegex) regex = g_regex_new ("fill=\"#([0-9a-fA-F]{6})\"", 0, 0, NULL);
  GPtrArray *views = myo_kb_get_views (kb);
  GArray *fills = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < views->len; i++)
    {
      const MyoView *view = g_ptr_array_index (views, i);
      g_autofree char *path = g_strconcat ("/io/github/myomap/Myomap/diagram/", view->file, NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *text = NULL;

      g_assert_nonnull (bytes);
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *hex = g_match_info_fetch (match, 1);
          guint32 value = (guint32) g_ascii_strtoull (hex, NULL, 16);
          gboolean known = value == 0x5e5c64 || value == 0xffffff;

          for (guint j = 0; !known && j < fills->len; j++)
            known = g_array_index (fills, guint32, j) == value;
          if (!known)
            g_array_append_val (fills, value);
        }
    }

  g_assert_cmpuint (fills->len, >=, 3);
  return fills;
}

/* Points, zones and the hovered region lie on the leg, whose colours are
 * the same in both styles */
static void
test_on_the_leg (void)
{
  g_autoptr(GArray) fills = collect_leg_fills ();
  static const int intensities[] = { 2, 5, 8 };

  for (guint i = 0; i < fills->len; i++)
    {
      Rgb skin = from_hex (g_array_index (fills, guint32, i));
      g_autofree char *on = g_strdup_printf ("leg #%06x", g_array_index (fills, guint32, i));

      check ("point outline", on, contrast (over (MYO_MAP_INK, MYO_MAP_INK_ALPHA, skin), skin), GRAPHIC_MIN);
      check ("essential zone outline", on,
             contrast (over (MYO_MAP_ZONE_LINE, MYO_MAP_ESSENTIAL_LINE_ALPHA,
                             over (MYO_MAP_ZONE, MYO_MAP_ESSENTIAL_ALPHA, skin)), skin),
             GRAPHIC_MIN);
      check ("spillover zone outline", on,
             contrast (over (MYO_MAP_ZONE_LINE, MYO_MAP_SPILLOVER_LINE_ALPHA,
                             over (MYO_MAP_ZONE, MYO_MAP_SPILLOVER_ALPHA, skin)), skin),
             GRAPHIC_MIN);
      check ("hovered region outline", on, contrast (from_hex (MYO_MAP_CURSOR), skin), GRAPHIC_MIN);
    }

  /* The number on each point, so intensity never rests on colour alone */
  for (guint i = 0; i < G_N_ELEMENTS (intensities); i++)
    {
      GdkRGBA rgba;
      Rgb fill;
      guint32 ink = intensities[i] >= MYO_MAP_LIGHT_NUMBER_FROM ? MYO_MAP_HALO : MYO_MAP_INK;
      g_autofree char *what = g_strdup_printf ("number on a point of intensity %d", intensities[i]);

      myo_body_map_intensity_color (intensities[i], &rgba);
      fill = from_rgba (&rgba, from_hex (0));
      check (what, "its fill", contrast (from_hex (ink), fill), TEXT_MIN);
    }
}

/* Hue in degrees, 0 to 360 */
static double
hue (Rgb c)
{
  double max = MAX (c.r, MAX (c.g, c.b));
  double min = MIN (c.r, MIN (c.g, c.b));
  double h;

  if (max - min < 1e-6)
    return 0;
  if (max == c.r)
    h = fmod ((c.g - c.b) / (max - min), 6);
  else if (max == c.g)
    h = (c.b - c.r) / (max - min) + 2;
  else
    h = (c.r - c.g) / (max - min) + 4;

  h *= 60;
  return h < 0 ? h + 360 : h;
}

static double
hue_distance (Rgb a,
              Rgb b)
{
  double d = fabs (hue (a) - hue (b));

  return MIN (d, 360 - d);
}

/* A zone and a pain point must never be told apart by shade alone: the
 * zones' colour is a hue of its own, far from every intensity's (yellow,
 * orange, red) and from the keyboard cursor's blue */
static void
test_zones_apart_from_intensities (void)
{
  Rgb zone = from_hex (MYO_MAP_ZONE);
  Rgb zone_line = from_hex (MYO_MAP_ZONE_LINE);

  for (int intensity = 1; intensity <= 10; intensity++)
    {
      GdkRGBA rgba;
      Rgb point;

      myo_body_map_intensity_color (intensity, &rgba);
      point = from_rgba (&rgba, from_hex (0));
      g_test_message ("intensity %d: hue %.0f°, zone %.0f°", intensity, hue (point), hue (zone));
      g_assert_cmpfloat (hue_distance (zone, point), >=, 60);
      g_assert_cmpfloat (hue_distance (zone_line, point), >=, 60);
    }

  g_assert_cmpfloat (hue_distance (zone, from_hex (MYO_MAP_CURSOR)), >=, 45);
}

static void
lookup (GtkWidget  *widget,
        const char *name,
        GdkRGBA    *rgba)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, rgba))
    g_error ("The style has no colour %s", name);
}

/* The keyboard cursor and the ✕ of a trigger point can sit outside the
 * legs, on the window's background: the core line or its halo must stand
 * out there, in each style; the countdown's ring and digits too */
static void
check_style (AdwColorScheme  scheme,
             const char     *style)
{
  g_autoptr(GArray) fills = collect_leg_fills ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *countdown = myo_countdown_new ();
  GdkRGBA bg_rgba, fg_rgba, accent, success;
  Rgb bg, fg;
  g_autofree char *on_bg = g_strdup_printf ("the %s background", style);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  g_assert_cmpint (adw_style_manager_get_dark (adw_style_manager_get_default ()), ==,
                   scheme == ADW_COLOR_SCHEME_FORCE_DARK);

  gtk_window_set_child (GTK_WINDOW (window), countdown);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  lookup (countdown, "window_bg_color", &bg_rgba);
  lookup (countdown, "window_fg_color", &fg_rgba);
  lookup (countdown, "accent_color", &accent);
  lookup (countdown, "success_color", &success);
  bg = from_rgba (&bg_rgba, from_hex (0));
  fg = from_rgba (&fg_rgba, bg);

  for (guint i = 0; i <= fills->len; i++)
    {
      Rgb under = i < fills->len ? from_hex (g_array_index (fills, guint32, i)) : bg;
      g_autofree char *on = i < fills->len
        ? g_strdup_printf ("leg #%06x", g_array_index (fills, guint32, i))
        : g_strdup (on_bg);
      Rgb halo = over (MYO_MAP_HALO, MYO_MAP_HALO_ALPHA, under);

      check ("keyboard cursor (line or halo)", on,
             MAX (contrast (from_hex (MYO_MAP_CURSOR), under), contrast (halo, under)), GRAPHIC_MIN);
      check ("trigger point ✕ (line or halo)", on,
             MAX (contrast (from_hex (MYO_MAP_INK), under), contrast (halo, under)), GRAPHIC_MIN);
      /* The line must show on its own halo wherever it is */
      check ("keyboard cursor line", "its halo", contrast (from_hex (MYO_MAP_CURSOR), halo), GRAPHIC_MIN);
      check ("trigger point ✕ line", "its halo", contrast (from_hex (MYO_MAP_INK), halo), GRAPHIC_MIN);
    }

  check ("countdown digits", on_bg, contrast (fg, bg), TEXT_MIN);
  {
    GdkRGBA caption = fg_rgba;

    caption.alpha *= 0.75;
    check ("countdown caption", on_bg, contrast (from_rgba (&caption, bg), bg), TEXT_MIN);
  }
  check ("countdown ring, get ready", on_bg, contrast (from_rgba (&accent, bg), bg), GRAPHIC_MIN);
  check ("countdown ring, hold", on_bg, contrast (from_rgba (&success, bg), bg), GRAPHIC_MIN);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_light (void)
{
  check_style (ADW_COLOR_SCHEME_FORCE_LIGHT, "light");
}

static void
test_dark (void)
{
  check_style (ADW_COLOR_SCHEME_FORCE_DARK, "dark");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/myo/contrast/on-the-leg", test_on_the_leg);
  g_test_add_func ("/myo/contrast/zones-apart-from-intensities", test_zones_apart_from_intensities);
  g_test_add_func ("/myo/contrast/light", test_light);
  g_test_add_func ("/myo/contrast/dark", test_dark);

  return g_test_run ();
}
