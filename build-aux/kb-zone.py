#!/usr/bin/env python3
"""Trace a referral zone on the leg diagram, for the knowledge base.

Prints one zone, {"view": ..., "polygon": [...]}, in the knowledge base's
coordinates (the person's left side, the view's viewBox units), traced on
the same outlines build-aux/gen-diagram.py draws, so that a zone follows
the leg the way the referral charts shade it instead of being a circle
round a dot.  Usage (from the repository root):

    python3 build-aux/kb-zone.py VIEW band Y0 Y1 F0 F1
        the leg between the width fractions F0 and F1 (0 = the outer edge,
        1 = the inner edge; on the side views 0 = front, 1 = back) from
        level Y0 down to Y1.  F0 and F1 may be "y:f,y:f,..." to vary with
        the level, e.g. a strip that narrows towards the ankle.

    python3 build-aux/kb-zone.py VIEW blob F,Y F,Y ...
        a smooth closed shape through points given as (width fraction,
        level).

Levels are in the leg's own frame, the same on the back, front and side
views: the hip at 40, the iliac crest at -62, the knee crease at 470, the
ankle near 800 (see the constants at the top of gen-diagram.py).  On the
soles view y runs from the toes (35) to the heel (482).

Only the Python standard library is used.
"""

import importlib.util
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location(
    "gen_diagram", os.path.join(ROOT, "build-aux", "gen-diagram.py"))
gd = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gd)

BUILD = {"back": gd.build_back, "front": gd.build_front,
         "soles": gd.build_soles, "medial": gd.build_medial,
         "lateral": gd.build_lateral}
WIDTH = {"back": 400, "front": 400, "soles": 400, "medial": 800,
         "lateral": 800}
# Views drawn with the left leg mirrored from its canonical frame
MIRRORED = ("front", "medial")


def function_of(text):
    if ":" not in text:
        value = float(text)
        return lambda y: value
    knots = [tuple(float(v) for v in pair.split(":"))
             for pair in text.split(",")]
    return gd.knots(*knots)


class Tracer:
    def __init__(self, view):
        self.view = view
        self.outline = BUILD[view]()[0]
        self.silhouette = self.outline.polygon()

    def at(self, f, y):
        return self.outline.at(min(max(f, 0.015), 0.985), y)

    def output(self, points):
        """Canonical points -> the knowledge base's coordinates; points the
        spline pushed off the leg are drawn back in towards the centre."""
        centre = gd.centroid(points)
        out = []
        for p in points:
            for _ in range(60):
                if gd.pip(p, self.silhouette):
                    break
                p = (p[0] + (centre[0] - p[0]) * 0.04,
                     p[1] + (centre[1] - p[1]) * 0.04)
            gd.check(gd.pip(p, self.silhouette), "%r stays off the leg" % (p,))
            x, y = p[0], p[1] + gd.view_shift(self.view)
            if self.view in MIRRORED:
                x = WIDTH[self.view] - x
            q = [gd.r1(x), gd.r1(y)]
            if not out or out[-1] != q:
                out.append(q)
        if out[0] == out[-1]:
            out.pop()
        gd.check(gd.is_simple([tuple(p) for p in out]), "the outline crosses itself")
        return {"view": self.view, "polygon": out}

    def band(self, y0, y1, f0, f1, step=12.0):
        a, b = function_of(f0), function_of(f1)
        n = max(2, int(math.ceil((y1 - y0) / step)))
        ys = [y0 + (y1 - y0) * i / n for i in range(n + 1)]
        return self.output([self.at(a(y), y) for y in ys] +
                           [self.at(b(y), y) for y in ys[::-1]])

    def blob(self, fys, step=7.0):
        segs = gd.catmull_rom([self.at(f, y) for f, y in fys], closed=True)
        return self.output(gd.sample_segs(segs, step)[:-1])


def main(argv):
    if len(argv) < 3 or argv[1] not in BUILD or argv[2] not in ("band", "blob"):
        sys.stderr.write(__doc__)
        return 64
    tracer = Tracer(argv[1])
    if argv[2] == "band":
        if len(argv) != 7:
            sys.stderr.write("band needs Y0 Y1 F0 F1\n")
            return 64
        zone = tracer.band(float(argv[3]), float(argv[4]), argv[5], argv[6])
    else:
        points = [tuple(float(v) for v in pair.split(",")) for pair in argv[3:]]
        if len(points) < 3:
            sys.stderr.write("blob needs at least three F,Y points\n")
            return 64
        zone = tracer.blob(points)
    print('{"view": %s, "polygon": %s}' % (json.dumps(zone["view"]),
                                           gd.to_json(zone["polygon"])))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except gd.CheckError as e:
        sys.stderr.write("kb-zone: %s\n" % e)
        sys.exit(1)
