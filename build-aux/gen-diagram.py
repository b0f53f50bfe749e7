#!/usr/bin/env python3
"""Generate Myomap's leg diagrams and their hit-test geometry.

Writes
    resources/diagram/back.svg
    resources/diagram/front.svg
    resources/diagram/soles.svg
    resources/diagram/medial.svg      (inner side, legs in profile)
    resources/diagram/lateral.svg     (outer side, legs in profile)
    resources/diagram/landmarks.json
    the "views" and "regions" of resources/kb/myomap-kb.json

from ONE set of numbers, so that what the user sees is exactly what the
program tests.  Usage (from the repository root):

    python3 build-aux/gen-diagram.py [--overlay DIR]

--overlay DIR additionally writes debug SVGs (diagram + regions + trigger
point zones) into DIR; they are never meant for the repository.

How it works
------------
Every leg (or sole) outline is a list of control points.  A centripetal
Catmull-Rom spline through them is converted to cubic Bezier segments; the
SVG draws those segments and the hit-test polygons are dense samples
(<= 3 units apart) of the very same segments.  All drawing is designed for
the person's LEFT side in a "canonical" frame where the lateral (outer) side
has the smaller x; the right side is the exact mirror x' = 400 - x.  The
front view is the mirror of its canonical frame (the person faces us, so
their left leg is on the viewer's right).

The silhouette is split into a lateral and a medial chain, both strictly
monotone in y.  A region is described by a y range and two boundary
functions f(y) in [0, 1] (0 = lateral chain, 1 = medial chain, in between =
proportional split of the width).  All boundaries are sampled at the same set
of y values, so neighbouring regions share their edges vertex for vertex and
the regions tile the silhouette polygon exactly.

The medial and lateral views (800 wide) show each leg in profile, toes
pointing away from the centre line, as seen from that side of the leg: in
the lateral view the left leg is in the viewer's left half (front of the
leg = smaller x), in the medial view it is in the right half (the inner
side of the left leg is seen from the midline, toes to the viewer's
right); the other leg is always the mirror x' = 800 - x.  A profile is not monotone in y, so its silhouette is instead
cut into regions along polylines (see Partition), which tiles it just as
exactly.

Only the Python standard library is used.
"""

import argparse
import bisect
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAGRAM_DIR = os.path.join(ROOT, "resources", "diagram")
KB_DIR = os.path.join(ROOT, "resources", "kb")

WIDTH = 400.0
MID = WIDTH / 2.0
LEG_H = 900.0
SOLE_H = 520.0
SAMPLE_STEP = 3.0          # arc length between polygon samples

# Scale: hip (y = 40) to sole (y ~ 884) is ~ 90 cm of leg.
LEG_TOP = 40.0
# The back, front and outer-side views go on up to the lower back, above
# the iliac crest, so that the buttock and hip muscles and the zones they
# refer to can be drawn.  All drawing is designed in the leg's frame above
# (the hip at y = 40, so the pelvis has negative y); on output those views
# move down by Y_SHIFT.  The inner-side view ends at the groin: above it
# there is no inner surface to show.
Y_SHIFT = 160
BODY_TOP = LEG_TOP - Y_SHIFT                      # -120: the lower back
ILIAC_CREST_Y = -62.0
SHIFTED_VIEWS = ("back", "front", "lateral")


def view_shift(view):
    return Y_SHIFT if view in SHIFTED_VIEWS else 0.0


def view_top(view):
    return BODY_TOP if view in SHIFTED_VIEWS else LEG_TOP
UNITS_PER_CM = (884.0 - LEG_TOP) / 90.0          # ~ 9.4
FINGER_BREADTH = 1.8 * UNITS_PER_CM              # ~ 17 units

# Key levels of the (back / front) leg, diagram units.
KNEE_CREASE_Y = 470.0
KNEE_JOINT_Y = 476.0
BACK_KNEE_Y0 = 442.5                              # popliteal fossa region
BACK_KNEE_Y1 = 497.5
TRP4_Y = KNEE_CREASE_Y + 2 * FINGER_BREADTH       # ~ 504

# ---------------------------------------------------------------- colours
SKIN = "#ecdfd4"
MUSCLE = "#e4d3c6"
MUSCLE_DEEP = "#dcc7b7"
TENDON = "#f4ebe3"
OUTLINE = "#6e5c50"
CONTOUR = "#a48d7d"
CONTOUR_SOFT = "#bba595"
BADGE = "#5e5c64"


class CheckError(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckError(msg)


def r1(v):
    v = round(float(v), 1)
    return 0.0 if v == 0 else v


# ------------------------------------------------------------------ curves
def _dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def catmull_rom(points, closed=False, alpha=0.5):
    """Centripetal Catmull-Rom through points -> list of cubic Beziers."""
    pts = [tuple(map(float, p)) for p in points]
    n = len(pts)
    if closed:
        ext = [pts[-1]] + pts + [pts[0], pts[1]]
        count = n
    else:
        first = (2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])
        last = (2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1])
        ext = [first] + pts + [last]
        count = n - 1
    segs = []
    for i in range(count):
        p0, p1, p2, p3 = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]
        d1 = max(_dist(p0, p1), 1e-6) ** alpha
        d2 = max(_dist(p1, p2), 1e-6) ** alpha
        d3 = max(_dist(p2, p3), 1e-6) ** alpha
        b1 = tuple((d1 * d1 * p2[k] - d2 * d2 * p0[k]
                    + (2 * d1 * d1 + 3 * d1 * d2 + d2 * d2) * p1[k])
                   / (3 * d1 * (d1 + d2)) for k in (0, 1))
        b2 = tuple((d3 * d3 * p1[k] - d2 * d2 * p3[k]
                    + (2 * d3 * d3 + 3 * d3 * d2 + d2 * d2) * p2[k])
                   / (3 * d3 * (d3 + d2)) for k in (0, 1))
        segs.append((p1, b1, b2, p2))
    return segs


def bez_pt(seg, t):
    p0, p1, p2, p3 = seg
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
            a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])


def sample_segs(segs, step=SAMPLE_STEP):
    out = [segs[0][0]]
    for seg in segs:
        approx = sum(_dist(seg[k], seg[k + 1]) for k in range(3))
        n = max(2, int(math.ceil(approx / step)))
        for i in range(1, n + 1):
            out.append(bez_pt(seg, i / n))
    return out


def fmt(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def segs_d(segs, closed=False):
    parts = ["M%s,%s" % (fmt(segs[0][0][0]), fmt(segs[0][0][1]))]
    for _, c1, c2, p in segs:
        parts.append("C%s,%s %s,%s %s,%s" % tuple(
            fmt(v) for v in (c1[0], c1[1], c2[0], c2[1], p[0], p[1])))
    if closed:
        parts.append("Z")
    return " ".join(parts)


def poly_d(pts, closed=True):
    d = "M" + " L".join("%s,%s" % (fmt(x), fmt(y)) for x, y in pts)
    return d + (" Z" if closed else "")


def mirror_pt(p, width=WIDTH):
    return (width - p[0], p[1])


def mirror_segs(segs, width=WIDTH):
    return [tuple(mirror_pt(p, width) for p in s) for s in segs]


def ellipse(cx, cy, rx, ry, n=16, rot=0.0):
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((r1(cx + x * c - y * s), r1(cy + x * s + y * c)))
    return pts


def fellipse(o, fc, yc, fr, yr, n=16):
    """Ellipse in (width fraction, y) space of an outline -> xy polygon."""
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        pts.append(o.at(fc + fr * math.cos(a), yc + yr * math.sin(a)))
    return [(r1(x), r1(y)) for x, y in pts]


# ---------------------------------------------------------------- geometry
def pip(pt, poly):
    """Even-odd point in polygon (PNPOLY)."""
    x, y = pt
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y):
            if x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
        j = i
    return inside


def scan_crossings(poly, y):
    xs = []
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y):
            xs.append((xj - xi) * (y - yi) / (yj - yi) + xi)
        j = i
    xs.sort()
    return xs


def _orient(a, b, c):
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (v > 1e-12) - (v < -1e-12)


def _on_seg(a, b, c):
    return (min(a[0], b[0]) - 1e-12 <= c[0] <= max(a[0], b[0]) + 1e-12 and
            min(a[1], b[1]) - 1e-12 <= c[1] <= max(a[1], b[1]) + 1e-12)


def seg_intersect(a, b, c, d):
    o1, o2, o3, o4 = _orient(a, b, c), _orient(a, b, d), \
        _orient(c, d, a), _orient(c, d, b)
    if o1 != o2 and o3 != o4:
        return True
    if o1 == 0 and _on_seg(a, b, c):
        return True
    if o2 == 0 and _on_seg(a, b, d):
        return True
    if o3 == 0 and _on_seg(c, d, a):
        return True
    if o4 == 0 and _on_seg(c, d, b):
        return True
    return False


def is_simple(poly, cell=8.0):
    n = len(poly)
    if n < 3:
        return False
    for i in range(n):
        if poly[i] == poly[(i + 1) % n]:
            return False
    buckets = {}
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        for gx in range(int(min(a[0], b[0]) // cell), int(max(a[0], b[0]) // cell) + 1):
            for gy in range(int(min(a[1], b[1]) // cell), int(max(a[1], b[1]) // cell) + 1):
                buckets.setdefault((gx, gy), []).append(i)
    seen = set()
    for segs in buckets.values():
        for ii in range(len(segs)):
            for jj in range(ii + 1, len(segs)):
                i, j = segs[ii], segs[jj]
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                a, b = poly[i], poly[(i + 1) % n]
                c, d = poly[j], poly[(j + 1) % n]
                if (j - i) % n == 1 or (i - j) % n == 1:
                    # adjacent: only a fold-back (collinear overlap) is bad
                    shared = b if (j - i) % n == 1 else a
                    other1 = a if shared == b else b
                    other2 = d if shared == c else c
                    if _orient(shared, other1, other2) == 0 and \
                       (other1[0] - shared[0]) * (other2[0] - shared[0]) + \
                       (other1[1] - shared[1]) * (other2[1] - shared[1]) > 0:
                        return False
                    continue
                if seg_intersect(a, b, c, d):
                    return False
    return True


def centroid(poly):
    a = cx = cy = 0.0
    n = len(poly)
    for i in range(n):
        x0, y0 = poly[i]
        x1, y1 = poly[(i + 1) % n]
        cr = x0 * y1 - x1 * y0
        a += cr
        cx += (x0 + x1) * cr
        cy += (y0 + y1) * cr
    a *= 0.5
    return (cx / (6 * a), cy / (6 * a))


def bbox(poly):
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    return min(xs), min(ys), max(xs), max(ys)


def hull_path(run):
    """Outer convex-hull path from run[0] to run[-1] (a subset of run)."""
    pts = sorted(set(run))
    cross = lambda o, a, b: (a[0] - o[0]) * (b[1] - o[1]) - \
        (a[1] - o[1]) * (b[0] - o[0])
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    a, b = run[0], run[-1]
    check(a in hull and b in hull, "free run ends not on its convex hull")
    i = hull.index(a)
    hull = hull[i:] + hull[:i]
    k = hull.index(b)
    p1 = hull[:k + 1]
    p2 = [hull[0]] + hull[k:][::-1]
    path = p1 if len(p1) > len(p2) else p2
    # keep the run's order of traversal
    pos = {p: n for n, p in enumerate(run)}
    check(all(pos[p] < pos[q] for p, q in zip(path, path[1:])),
          "hull path out of order")
    return path


# -------------------------------------------------------------- silhouette
class Outline:
    """A leg/sole outline: spline, dense polygon, lateral & medial chains."""

    def __init__(self, ctrl, closed, xmax=None, free_runs=()):
        """free_runs: (a, b) control-point index pairs delimiting stretches
        (toes) that need not be monotone in y.  The chains use the convex
        hull of such a stretch; the polygons then get the true stretch
        spliced back in (it lies entirely inside one region)."""
        self.ctrl = [tuple(map(float, p)) for p in ctrl]
        self.closed = closed
        self.segs = catmull_rom(self.ctrl, closed)
        dense, cidx = [self.segs[0][0]], [0]
        for seg in self.segs:
            part = sample_segs([seg])[1:]
            dense += part
            cidx.append(len(dense) - 1)
        if closed:
            dense = dense[:-1]
            cidx[-1] = 0
        if xmax is not None:
            dense = [(min(x, xmax), y) for x, y in dense]
        self.dense = dense
        self.splices = []
        env = list(dense)
        for a, b in free_runs:
            ia, ib = cidx[a], cidx[b]
            check(ia < ib, "free run must not wrap the sample list start")
            run = dense[ia:ib + 1]
            path = hull_path(run)
            env = env[:ia] + [None] * (ib + 1 - ia) + env[ib + 1:]
            env[ia:ia + len(path)] = path
            inner = []
            for p in run[1:-1]:
                q = (r1(p[0]), r1(p[1]))
                if q != (r1(run[0][0]), r1(run[0][1])) and \
                   (not inner or inner[-1] != q):
                    inner.append(q)
            while inner and inner[-1] == (r1(run[-1][0]), r1(run[-1][1])):
                inner.pop()
            self.splices.append([(r1(run[0][0]), r1(run[0][1])),
                                 (r1(run[-1][0]), r1(run[-1][1])), inner,
                                 set((r1(x), r1(y)) for x, y in path)])
        dense = [p for p in env if p is not None]
        if closed:
            itop = min(range(len(dense)), key=lambda i: (dense[i][1], i))
            dense = dense[itop:] + dense[:itop]
        ibot = max(range(len(dense)), key=lambda i: (dense[i][1], -i))
        a = dense[:ibot + 1]
        b = dense[ibot:] + ([dense[0]] if closed else [])
        b = b[::-1]
        if sum(p[0] for p in a) / len(a) > sum(p[0] for p in b) / len(b):
            a, b = b, a
        self.lat = self._monotone(a)
        self.med = self._monotone(b)
        check(self.lat[-1] == self.med[-1], "chains do not share the bottom")
        self.ytop = max(self.lat[0][1], self.med[0][1])
        check(self.lat[0][1] == self.med[0][1], "chains start at different y")
        self.ybot = self.lat[-1][1]
        self.lat_y = [p[1] for p in self.lat]
        self.med_y = [p[1] for p in self.med]
        self.extra_y = set()
        verts = set(self.lat) | set(self.med)
        for sp in self.splices:
            check(sp[0] in verts and sp[1] in verts,
                  "free run ends %r %r are not chain vertices" % (sp[0], sp[1]))
            ext = [e for e in (self.lat[0], self.lat[-1]) if e in sp[3]]
            check(len(ext) == 1, "free run must contain the top or the bottom")
            sp[3] = ext[0]

    def _splice(self, poly):
        for ja, jb, inner, ext in self.splices:
            if ja not in poly or jb not in poly or ext not in poly:
                continue
            i = poly.index(ja)
            rot = poly[i:] + poly[:i]
            k = rot.index(jb)
            if ext in rot[1:k]:
                poly = [ja] + inner + rot[k:]
            else:
                poly = rot[:k + 1] + inner[::-1]
            check(is_simple(poly), "spliced polygon not simple")
        return poly

    @staticmethod
    def _monotone(chain):
        pts = [(r1(x), r1(y)) for x, y in chain]
        out = [pts[0]]
        for p in pts[1:-1]:
            if p[1] > out[-1][1]:
                out.append(p)
        last = pts[-1]
        if last[1] > out[-1][1]:
            out.append(last)
        else:
            out[-1] = last
        check(len(out) > 10, "degenerate chain")
        for p, q in zip(out, out[1:]):
            check(q[1] > p[1], "chain not monotone in y at %r" % (p,))
        return out

    @staticmethod
    def _x_at(chain, ys, y):
        if y <= ys[0]:
            return chain[0][0]
        if y >= ys[-1]:
            return chain[-1][0]
        i = bisect.bisect_left(ys, y)
        if ys[i] == y:
            return chain[i][0]
        (x0, y0), (x1, y1) = chain[i - 1], chain[i]
        return x0 + (x1 - x0) * (y - y0) / (y1 - y0)

    def xl(self, y):
        return self._x_at(self.lat, self.lat_y, y)

    def xm(self, y):
        return self._x_at(self.med, self.med_y, y)

    def at(self, f, y):
        """Point at fraction f of the width (0 lateral, 1 medial), level y."""
        a, b = self.xl(y), self.xm(y)
        return (a + f * (b - a), float(y))

    def pts(self, fy_list):
        return [self.at(f, y) for f, y in fy_list]

    def add_levels(self, *ys):
        for y in ys:
            self.extra_y.add(r1(y))

    def levels(self):
        ys = set(self.lat_y) | set(self.med_y) | self.extra_y
        return sorted(y for y in ys if self.ytop <= y <= self.ybot)

    def _bx(self, f, y):
        a, b = self.xl(y), self.xm(y)
        if f <= 0.0:
            return r1(a)
        if f >= 1.0:
            return r1(b)
        return r1(a + f * (b - a))

    def strip(self, y0, y1, fl, fr):
        ys = [y for y in self.levels() if y0 <= y <= y1]
        check(ys and ys[0] == r1(y0) and ys[-1] == r1(y1),
              "strip bounds %s..%s not on sample levels" % (y0, y1))
        left = [(self._bx(fl(y), y), y) for y in ys]
        right = [(self._bx(fr(y), y), y) for y in ys]
        for (xa, y), (xb, _) in zip(left, right):
            check(xa <= xb, "strip boundaries cross at y=%s" % y)
        poly = left + right[::-1]
        out = []
        for p in poly:
            if not out or out[-1] != p:
                out.append(p)
        while len(out) > 1 and out[0] == out[-1]:
            out.pop()
        return self._splice(out)

    def polygon(self):
        return self.strip(self.ytop, self.ybot, const(0.0), const(1.0))


def edge(f, y0, y1, n):
    """n (f, y) points at constant width fraction f from y0 to y1."""
    return [(f, y0 + (y1 - y0) * i / (n - 1)) for i in range(n)]


def const(c):
    return lambda y: c


def lin(y0, f0, y1, f1):
    def fn(y):
        if y <= y0:
            return f0
        if y >= y1:
            return f1
        return f0 + (f1 - f0) * (y - y0) / (y1 - y0)
    return fn


def knots(*kn):
    """Piecewise linear f(y) through (y, f) knots."""
    ys = [k[0] for k in kn]

    def fn(y):
        if y <= ys[0]:
            return kn[0][1]
        if y >= ys[-1]:
            return kn[-1][1]
        i = bisect.bisect_right(ys, y)
        (ya, fa), (yb, fb) = kn[i - 1], kn[i]
        return fa + (fb - fa) * (y - ya) / (yb - ya)
    return fn


def until(y_split, fn_a, fn_b):
    return lambda y: fn_a(y) if y <= y_split else fn_b(y)


# --------------------------------------------------------------- drawings
class Item:
    """A drawn element in the canonical (left, lateral = small x) frame."""

    def __init__(self, ident, segs, closed, fill=None, stroke=None,
                 width=1.0, stroke_segs=None, opacity=None, dash=None):
        self.ident = ident
        self.segs = segs
        self.closed = closed
        self.fill = fill
        self.stroke = stroke
        self.width = width
        self.stroke_segs = stroke_segs      # list of (i, j) half-open ranges
        self.opacity = opacity
        self.dash = dash


def shape(ident, pts, fill=None, stroke=None, width=1.0, stroke_ranges=None,
          opacity=None):
    segs = catmull_rom(pts, closed=True)
    sub = None
    if stroke_ranges is not None:
        sub = []
        n = len(segs)
        for i, j in stroke_ranges:
            count = (j - i) % n or n
            sub.append([segs[(i + t) % n] for t in range(count)])
    return Item(ident, segs, True, fill, stroke, width, sub, opacity)


def line(ident, pts, stroke=CONTOUR, width=1.2, opacity=None):
    return Item(ident, catmull_rom(pts, closed=False), False, None, stroke,
                width, None, opacity)


def render_items(items, side, xf):
    out = []
    for it in items:
        segs = [tuple(xf(p) for p in s) for s in it.segs]
        ident = "%s-%s" % (side, it.ident) if it.ident else None
        idattr = ' id="%s"' % ident if ident else ""
        op = ' opacity="%s"' % it.opacity if it.opacity is not None else ""
        if it.fill and it.stroke and it.stroke_segs is None:
            out.append('<path%s d="%s" fill="%s" stroke="%s" stroke-width="%s"'
                       ' stroke-linejoin="round"%s/>'
                       % (idattr, segs_d(segs, it.closed), it.fill, it.stroke,
                          fmt(it.width), op))
            continue
        if it.fill:
            out.append('<path%s d="%s" fill="%s" stroke="none"%s/>'
                       % (idattr, segs_d(segs, True), it.fill, op))
        if it.stroke:
            if it.stroke_segs is None:
                ds = [segs_d(segs, it.closed)]
            else:
                ds = [segs_d([tuple(xf(p) for p in s) for s in part])
                      for part in it.stroke_segs if part]
            lid = ident if not it.fill else (ident + "-line" if ident else None)
            out.append('<path%s d="%s" fill="none" stroke="%s" stroke-width="%s"'
                       ' stroke-linecap="round" stroke-linejoin="round"%s/>'
                       % (' id="%s"' % lid if lid else "", " ".join(ds),
                          it.stroke, fmt(it.width), op))
    return out


def badge(x, y, letter, ident):
    return ('<g id="%s"><circle cx="%s" cy="%s" r="15" fill="%s" '
            'stroke="#ffffff" stroke-opacity="0.55" stroke-width="1.5"/>'
            '<text x="%s" y="%s" text-anchor="middle" font-family="Cantarell, sans-serif" '
            'font-size="17" font-weight="bold" fill="#ffffff">%s</text></g>'
            % (ident, fmt(x), fmt(y), BADGE, fmt(x), fmt(y + 6), letter))


# ================================================================ the legs
# Canonical left leg (viewed so that lateral = small x, medial toward 200).
LEG_LATERAL = [
    (74, -120), (69, -92), (61, -62), (54, -32), (49, 0), (47, 38), (46, 78), (45, 115), (49, 160), (56, 220), (64, 290), (73, 355),
    (83, 408), (92, 446), (97, 474), (96, 502), (92, 532), (90, 562),
    (92, 602), (99, 652), (108, 702), (115, 748), (119, 784),
]
LEG_MEDIAL = [     # top -> down
    (200, -120), (200, -80), (200, -40), (200, 0), (200, 40), (200, 92), (200, 142), (196.5, 178), (193, 218), (190, 270),
    (188, 340), (188, 400), (190, 440), (190.5, 470), (188.5, 500),
    (191, 540), (192.5, 578), (190, 615), (183, 655), (175, 700),
    (170.5, 748), (170, 778),
]
BACK_FOOT = [      # lateral malleolus -> heel/sole -> medial malleolus
    (115.5, 811), (118, 834), (118.5, 856), (120.5, 873), (132, 882),
    (148, 884.5), (164, 882.5), (176, 875), (180, 861), (178, 843),
    (173, 825), (174.5, 801),
]
FRONT_FOOT = [     # lateral malleolus -> toes -> medial malleolus
    (115, 810), (112, 830), (107, 848), (104, 862),
    # toes seen end-on: little toe ... big toe, with the clefts between them
    (105.5, 871), (110, 877.5), (115.5, 877.5), (118.5, 871.5),
    (121, 878), (125.5, 882), (130, 880.5), (131.5, 875.5),
    (134, 882.5), (138.5, 886), (142.5, 884.5), (144, 879.5),
    (146.5, 887.5), (151.5, 890.5), (156, 889), (157.5, 883.5),
    (160.5, 890.5), (167.5, 894), (176, 893), (182.5, 887.5), (186, 874),
    (185.5, 858), (181.5, 840), (177, 822), (174, 802),
]
FRONT_TOE_CLEFTS = [(118.5, 871.5), (131.5, 875.5), (144, 879.5),
                    (157.5, 883.5)]


def leg_outline(foot, free_run=None):
    ctrl = LEG_LATERAL + foot + LEG_MEDIAL[::-1]
    runs = ()
    if free_run:
        fc = [tuple(map(float, c)) for c in ctrl]
        a, b = (fc.index(tuple(map(float, p))) for p in free_run)
        runs = ((a, b),)
    return Outline(ctrl, closed=False, xmax=MID, free_runs=runs), ctrl


# ------------------------------------------------------------------ back
def build_back():
    o, ctrl = leg_outline(BACK_FOOT)
    P = o.at

    # gluteal fold: lateral end high, medial end low (f along the fold)
    fold = knots((128.0, 0.0), (142.0, 0.3), (152.0, 0.6), (160.0, 1.0))
    RAPHE = 0.47          # groove between the heads (medial head is bigger)
    o.add_levels(128, 142, 152, 160, 400, BACK_KNEE_Y0, BACK_KNEE_Y1, 625.5,
                 737.5, 834.5, ILIAC_CREST_Y, LEG_TOP)

    # y where the fold reaches f = 0.5: the inner back of thigh starts there
    y_half = 142.0 + (0.5 - 0.3) / 0.3 * 10.0
    o.add_levels(y_half)
    fold_or_half = lambda y: min(fold(y), 0.5) if y <= 160.0 else 0.5
    regions = [
        ("back-buttock", "lower buttock", LEG_TOP, 160.0,
         until(128.0, const(0.0), fold), const(1.0)),
        ("back-thigh-outer", "outer back of thigh", 128.0, BACK_KNEE_Y0,
         const(0.0), fold_or_half),
        ("back-thigh-inner", "inner back of thigh", r1(y_half), BACK_KNEE_Y0,
         const(0.5), until(160.0, fold, const(1.0))),
        ("back-knee", "back of knee", BACK_KNEE_Y0, BACK_KNEE_Y1,
         const(0.0), const(1.0)),
        ("back-calf-outer", "outer upper calf", BACK_KNEE_Y1, 625.5,
         const(0.0), const(RAPHE)),
        ("back-calf-inner", "inner upper calf", BACK_KNEE_Y1, 625.5,
         const(RAPHE), const(1.0)),
        ("back-lower-calf", "lower calf", 625.5, 737.5, const(0.0), const(1.0)),
        ("back-achilles", "Achilles tendon", 737.5, 834.5,
         const(0.0), const(1.0)),
        ("back-heel", "back of heel", 834.5, o.ybot, const(0.0), const(1.0)),
        ("back-lower-back", "lower back", BODY_TOP, ILIAC_CREST_Y,
         const(0.0), const(1.0)),
        ("back-hip-outer", "outer hip", ILIAC_CREST_Y, LEG_TOP,
         const(0.0), const(0.3)),
        ("back-upper-buttock", "upper buttock", ILIAC_CREST_Y, LEG_TOP,
         const(0.3), const(1.0)),
    ]

    # ---- drawing
    items = []
    # soleus: visible on both sides below / beside the gastrocnemius
    soleus = ([(0.25, 585)] + edge(0.0, 596, 662, 11) +
              [(0.12, 708), (0.27, 746), (0.4, 770), (0.5, 775), (0.6, 770),
               (0.73, 746), (0.88, 708)] + edge(1.0, 662, 596, 11) +
              [(0.75, 585)])
    items.append(shape("soleus", o.pts(soleus), fill=MUSCLE))
    items.append(line("soleus-lateral-border", o.pts(
        [(0.02, 668), (0.12, 708), (0.27, 746), (0.4, 770)]), CONTOUR_SOFT, 1.1))
    items.append(line("soleus-medial-border", o.pts(
        [(0.98, 668), (0.88, 708), (0.73, 746), (0.6, 770)]), CONTOUR_SOFT, 1.1))
    # gastrocnemius: heads arise from the femoral condyles, frame the lower
    # half of the popliteal fossa and meet at the midline raphe; the medial
    # head is the bigger one and reaches lower.
    med_head = [(0.86, 456), (0.7, 469), (0.56, 488), (0.49, 515),
                (0.48, 575), (0.5, 635), (0.56, 674), (0.65, 692),
                (0.77, 680), (0.89, 650), (0.97, 606), (0.995, 555),
                (0.985, 505), (0.95, 470)]
    lat_head = [(0.13, 456), (0.25, 469), (0.36, 488), (0.44, 515),
                (0.46, 575), (0.445, 622), (0.4, 648), (0.33, 658),
                (0.23, 650), (0.12, 626), (0.04, 590), (0.008, 545),
                (0.012, 500), (0.05, 468)]
    items.append(shape("gastrocnemius-medial", o.pts(med_head),
                       fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.3,
                       stroke_ranges=[(0, 10)]))
    items.append(shape("gastrocnemius-lateral", o.pts(lat_head),
                       fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.3,
                       stroke_ranges=[(0, 10)]))
    # Achilles tendon: aponeurosis below the heads, narrowest above the heel
    ach_l = [(0.435, 706), (0.42, 740), (0.41, 785), (0.405, 815),
             (0.375, 841)]
    ach_m = [(0.565, 706), (0.58, 740), (0.59, 785), (0.595, 815),
             (0.625, 841)]
    items.append(shape("achilles-tendon", o.pts(
        [(0.5, 699)] + ach_l + [(0.5, 846)] + ach_m[::-1]), fill=TENDON))
    items.append(line("achilles-tendon-lateral", o.pts(ach_l), CONTOUR, 1.2))
    items.append(line("achilles-tendon-medial", o.pts(ach_m), CONTOUR, 1.2))
    # heel (calcaneus)
    items.append(line("heel", o.pts([(0.16, 838), (0.15, 856), (0.27, 872),
                                     (0.5, 877), (0.73, 872), (0.85, 856),
                                     (0.84, 838)]), CONTOUR_SOFT, 1.2))
    # malleoli (medial higher than lateral)
    items.append(line("malleolus-lateral", o.pts(
        [(0.04, 799), (0.1, 811), (0.05, 824)]), CONTOUR_SOFT, 1.1))
    items.append(line("malleolus-medial", o.pts(
        [(0.96, 788), (0.9, 800), (0.95, 812)]), CONTOUR_SOFT, 1.1))
    # knee crease
    items.append(line("knee-crease", o.pts(
        [(0.26, 466.5), (0.38, 469.2), (0.5, KNEE_CREASE_Y), (0.62, 469.2),
         (0.74, 466.5)]), CONTOUR, 1.3))
    # hamstrings framing the upper half of the popliteal fossa
    items.append(line("hamstring-groove", o.pts(
        [(0.52, 215), (0.52, 260), (0.525, 300)]), CONTOUR_SOFT, 1.1))
    items.append(line("semitendinosus", o.pts(
        [(0.53, 300), (0.6, 350), (0.72, 400), (0.83, 440), (0.88, 464)]),
        CONTOUR, 1.2))
    items.append(line("semimembranosus", o.pts(
        [(0.8, 350), (0.88, 400), (0.94, 445), (0.96, 468)]),
        CONTOUR_SOFT, 1.1))
    items.append(line("biceps-femoris", o.pts(
        [(0.52, 300), (0.44, 350), (0.31, 400), (0.19, 440), (0.13, 464)]),
        CONTOUR, 1.2))
    items.append(line("biceps-femoris-tendon", o.pts(
        [(0.14, 380), (0.08, 425), (0.05, 462)]), CONTOUR_SOFT, 1.1))
    items.append(line("iliotibial-band", o.pts(
        [(0.1, 210), (0.1, 290), (0.08, 360)]), CONTOUR_SOFT, 1.0, 0.7))
    items.append(line("adductors", o.pts(
        [(0.86, 185), (0.84, 240), (0.86, 300)]), CONTOUR_SOFT, 1.0, 0.7))
    # pelvis from behind: gluteus medius under the iliac crest, gluteus
    # maximus below it down to the fold, the sacrum between the dimples
    # over the posterior superior iliac spines, the lumbar muscles above
    items.append(shape("gluteus-medius", o.pts(
        [(0.03, -50), (0.2, -63), (0.45, -70), (0.68, -64), (0.8, -48),
         (0.62, -24), (0.38, 0), (0.18, 24), (0.05, 30), (0.01, -15)]),
        fill=MUSCLE, stroke=CONTOUR_SOFT, width=1.1,
        stroke_ranges=[(4, 9)]))
    items.append(line("gluteus-maximus-upper-border", o.pts(
        [(0.86, -40), (0.62, -24), (0.38, 0), (0.18, 24), (0.06, 48),
         (0.02, 70)]), CONTOUR, 1.2))
    items.append(line("iliac-crest", o.pts(
        [(0.02, -52), (0.2, -64), (0.45, -71), (0.66, -66), (0.8, -52)]),
        CONTOUR, 1.3))
    items.append(line("sacrum-border", o.pts(
        [(0.8, -48), (0.84, -20), (0.9, 10), (0.97, 38)]), CONTOUR_SOFT, 1.1))
    items.append(shape("psis-dimple", ellipse(*o.at(0.82, -44), 4.0, 3.0,
                                              n=10), fill=MUSCLE_DEEP))
    items.append(line("erector-spinae", o.pts(
        [(0.68, -120), (0.7, -100), (0.74, -80), (0.8, -58)]),
        CONTOUR_SOFT, 1.1))
    # gluteal fold (follows the buttock / thigh region boundary)
    items.append(line("gluteal-fold", o.pts(
        [(0.18, 134), (0.3, 142), (0.6, 152), (0.85, 157.6),
         (0.99, 159.9)]), CONTOUR, 1.3))

    # ---- landmarks (canonical == output for the back view)
    lm = {
        "lower-back": P(0.6, -95),
        "iliac-crest": P(0.45, -66),
        "posterior-superior-iliac-spine": P(0.82, -44),
        "sacroiliac-joint": P(0.86, -25),
        "gluteus-medius": P(0.35, -35),
        "gluteus-minimus-posterior": P(0.28, -5),
        "piriformis": P(0.5, 10),
        "gluteus-maximus": P(0.62, 60),
        "greater-trochanter": P(0.06, 62),
        "ischial-tuberosity": P(0.7, 120),
        "coccyx": P(0.95, 55),
        "gluteal-fold-centre": P(0.6, 152.5),
        "mid-back-thigh": P(0.5, 300),
        "semitendinosus-tendon": P(0.84, 445),
        "biceps-femoris-tendon": P(0.1, 445),
        "medial-femoral-condyle": P(0.88, 458),
        "lateral-femoral-condyle": P(0.12, 458),
        "popliteal-fossa-centre": P(0.5, 464),
        "knee-crease": P(0.5, KNEE_CREASE_Y),
        "knee-joint-line": P(0.5, KNEE_JOINT_Y),
        "fibular-head": P(0.06, 494),
        "gastrocnemius-medial-head-centre": P(0.74, 575),
        "gastrocnemius-lateral-head-centre": P(0.23, 556),
        "gastrocnemius-medial-head-lower-end": P(0.65, 686),
        "gastrocnemius-lateral-head-lower-end": P(0.33, 652),
        "gastrocnemius-raphe": P(RAPHE, 580),
        "soleus-lateral": P(0.07, 672),
        "soleus-medial": P(0.93, 676),
        "musculotendinous-junction": P(0.5, 692),
        "achilles-tendon": P(0.5, 775),
        "achilles-insertion": P(0.5, 838),
        "medial-malleolus": P(0.93, 800),
        "lateral-malleolus": P(0.07, 812),
        "heel-centre": P(0.5, 860),
    }
    draw = dict(outline=o, ctrl=ctrl, items=items, stroke_range=None,
                fade=True, labels=((42, 640), (WIDTH - 42, 640)))
    return o, regions, lm, draw


# ------------------------------------------------------------------ front
def build_front():
    o, ctrl = leg_outline(FRONT_FOOT, free_run=((104, 862), (186, 874)))
    P = o.at
    KNEE0, KNEE1, ANKLE0, FOOT0 = 408.5, 492.5, 785.5, 830.5
    TOES_LAT, TOES_MED = 858.5, 872.5
    o.add_levels(120.5, KNEE0, KNEE1, ANKLE0, FOOT0, TOES_LAT, TOES_MED,
                 -40.0, LEG_TOP)
    toe_line = lin(TOES_LAT, 0.0, TOES_MED, 1.0)
    regions = [
        ("front-hip", "hip and groin", LEG_TOP, 120.5, const(0.0), const(1.0)),
        ("front-thigh-outer", "outer thigh", 120.5, KNEE0,
         const(0.0), const(0.28)),
        ("front-thigh", "front of thigh", 120.5, KNEE0,
         const(0.28), const(0.74)),
        ("front-thigh-inner", "inner thigh", 120.5, KNEE0,
         const(0.74), const(1.0)),
        ("front-knee-outer", "outer knee", KNEE0, KNEE1, const(0.0), const(0.3)),
        ("front-kneecap", "kneecap", KNEE0, KNEE1, const(0.3), const(0.74)),
        ("front-knee-inner", "inner knee", KNEE0, KNEE1, const(0.74), const(1.0)),
        ("front-lower-leg-outer", "outer lower leg", KNEE1, ANKLE0,
         const(0.0), const(0.3)),
        ("front-shin", "shin", KNEE1, ANKLE0, const(0.3), const(0.72)),
        ("front-shin-inner", "inner shin", KNEE1, ANKLE0,
         const(0.72), const(1.0)),
        ("front-ankle", "front of ankle", ANKLE0, FOOT0, const(0.0), const(1.0)),
        ("front-foot", "top of foot", FOOT0, TOES_MED,
         until(TOES_LAT, const(0.0), toe_line), const(1.0)),
        ("front-toes", "toes", TOES_LAT, o.ybot,
         const(0.0), until(TOES_MED, toe_line, const(1.0))),
        ("front-lower-belly", "lower belly", BODY_TOP, -40.0,
         const(0.0), const(1.0)),
        ("front-hip-bone", "front of the hip bone", -40.0, LEG_TOP,
         const(0.0), const(0.5)),
        ("front-above-groin", "above the groin", -40.0, LEG_TOP,
         const(0.5), const(1.0)),
    ]

    items = []
    # quadriceps: vastus lateralis (outer), rectus femoris (centre),
    # vastus medialis (inner teardrop); sartorius crossing obliquely
    items.append(shape("vastus-lateralis", o.pts(
        [(0.3, 175), (0.3, 250), (0.33, 330), (0.385, 392), (0.37, 414),
         (0.27, 416), (0.13, 404)] + edge(0.01, 385, 165, 8) +
        [(0.08, 145), (0.2, 152)]),
        fill=MUSCLE, stroke=CONTOUR, width=1.2, stroke_ranges=[(0, 7)]))
    items.append(shape("vastus-medialis", o.pts(
        [(0.7, 318), (0.82, 348), (0.91, 385), (0.92, 415), (0.84, 432),
         (0.72, 430), (0.655, 405), (0.655, 360)]),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.2))
    items.append(line("rectus-femoris-lateral", o.pts(
        [(0.34, 150), (0.36, 250), (0.42, 340), (0.44, 396)]),
        CONTOUR_SOFT, 1.1))
    items.append(line("rectus-femoris-medial", o.pts(
        [(0.5, 170), (0.6, 250), (0.63, 320), (0.6, 396)]),
        CONTOUR_SOFT, 1.1))
    # pelvis: the iliac crest ends in front at the anterior superior iliac
    # spine; tensor fasciae latae hangs from it on the outside, sartorius
    # starts on it, the inguinal ligament runs from it to the pubis
    items.append(line("iliac-crest", o.pts(
        [(0.0, -66), (0.08, -58), (0.17, -44), (0.22, -28)]), CONTOUR, 1.3))
    items.append(shape("tensor-fasciae-latae", o.pts(
        [(0.18, -20), (0.22, 0), (0.21, 40), (0.16, 85), (0.1, 100),
         (0.05, 80), (0.04, 30), (0.08, -8)]),
        fill=MUSCLE, stroke=CONTOUR_SOFT, width=1.1))
    items.append(line("inguinal-ligament", o.pts(
        [(0.24, -24), (0.45, 0), (0.68, 22), (0.86, 42)]),
        CONTOUR_SOFT, 1.1, 0.9))
    items.append(line("sartorius", o.pts(
        [(0.22, -22), (0.24, 20), (0.26, 70), (0.3, 130), (0.48, 215), (0.68, 300), (0.86, 375),
         (0.95, 430), (0.95, 488)]), CONTOUR, 1.2))
    items.append(line("inguinal-crease", o.pts(
        [(0.5, 88), (0.7, 110), (0.86, 128), (0.95, 138)]),
        CONTOUR_SOFT, 1.1, 0.8))
    # patella and patellar tendon
    pc = P(0.52, 440)
    cx, cy = pc
    patella = [(cx, 415), (cx + 14, 419), (cx + 19.5, 434), (cx + 15, 451),
               (cx + 6, 462), (cx, 465), (cx - 6, 462), (cx - 15, 451),
               (cx - 19.5, 434), (cx - 14, 419)]
    items.append(shape("patella", patella, fill=TENDON, stroke=CONTOUR,
                       width=1.3))
    items.append(line("patellar-tendon-lateral",
                      [(cx - 6.5, 463), (cx - 5.5, 485), (cx - 5, 503)],
                      CONTOUR_SOFT, 1.1))
    items.append(line("patellar-tendon-medial",
                      [(cx + 6.5, 463), (cx + 5.5, 485), (cx + 5, 503)],
                      CONTOUR_SOFT, 1.1))
    items.append(line("tibial-tuberosity",
                      [(cx - 8, 505), (cx, 509), (cx + 8, 505)], CONTOUR, 1.2))
    items.append(line("quadriceps-tendon",
                      [(cx - 13, 400), (cx - 5, 408), (cx, 413), (cx + 5, 408),
                       (cx + 13, 400)], CONTOUR_SOFT, 1.0))
    # knee joint line hints
    items.append(line("knee-joint-lateral", o.pts(
        [(0.03, 473), (0.09, 477), (0.15, 476)]), CONTOUR_SOFT, 1.0))
    items.append(line("knee-joint-medial", o.pts(
        [(0.97, 473), (0.91, 477), (0.85, 476)]), CONTOUR_SOFT, 1.0))
    # lower leg: tibialis anterior beside the shin crest, peroneals outside
    items.append(shape("tibialis-anterior", o.pts(
        [(0.515, 514), (0.55, 580), (0.59, 660), (0.62, 720), (0.66, 775),
         (0.72, 808), (0.68, 812), (0.6, 785), (0.51, 735), (0.41, 670),
         (0.33, 590), (0.34, 530), (0.42, 508)]),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.2,
        stroke_ranges=[(6, 13)]))
    items.append(shape("peroneals", o.pts(
        [(0.07, 497), (0.17, 530), (0.21, 600), (0.2, 680), (0.16, 750),
         (0.1, 796)] + edge(0.0, 770, 520, 6)),
        fill=MUSCLE, stroke=CONTOUR, width=1.2, stroke_ranges=[(0, 5)]))
    items.append(line("tibia", o.pts(
        [(0.52, 512), (0.55, 580), (0.59, 660), (0.63, 730), (0.7, 775),
         (0.8, 792)]), CONTOUR, 1.3))
    items.append(line("tibia-medial-border", o.pts(
        [(0.88, 520), (0.85, 590), (0.85, 660), (0.88, 730)]),
        CONTOUR_SOFT, 1.0))
    # malleoli and ankle
    items.append(line("malleolus-lateral", o.pts(
        [(0.05, 800), (0.13, 812), (0.06, 826)]), CONTOUR_SOFT, 1.1))
    items.append(line("malleolus-medial", o.pts(
        [(0.95, 788), (0.87, 800), (0.94, 813)]), CONTOUR_SOFT, 1.1))
    items.append(line("ankle-crease", o.pts(
        [(0.28, 817), (0.5, 821), (0.72, 817)]), CONTOUR_SOFT, 1.0, 0.7))

    # toes: separation lines end on the toe-tip envelope (lateral chain)
    def env_y(x):
        best = None
        for (x0, y0), (x1, y1) in list(zip(o.lat, o.lat[1:])) + \
                list(zip(o.med, o.med[1:])):
            if y0 < 860:
                continue
            if min(x0, x1) <= x <= max(x0, x1) and x1 != x0:
                y = y0 + (y1 - y0) * (x - x0) / (x1 - x0)
                best = y if best is None else max(best, y)
        return best

    gaps = tuple(x for x, _ in FRONT_TOE_CLEFTS)
    for k, (x, y) in enumerate(FRONT_TOE_CLEFTS):
        items.append(line("toe-cleft-%d" % (k + 1),
                          [(x, y - 0.5), (x + 0.1, y - 6), (x + 0.5, y - 12)],
                          CONTOUR, 1.1))
    # toe nails (little toe ... big toe)
    edges = (106.0,) + gaps + (184.0,)
    for k in range(5):
        xa, xb = edges[k], edges[k + 1]
        xc = (xa + xb) / 2 + (1.0 if k == 4 else 0.0)
        hw = (xb - xa) * (0.3 if k == 4 else 0.3)
        hh = hw * (0.8 if k == 4 else 0.85)
        yb = env_y(xc) - (3.0 if k == 4 else 2.4)
        nail = [(xc - hw, yb - hh * 0.35), (xc - hw * 0.8, yb - hh),
                (xc, yb - hh * 1.2), (xc + hw * 0.8, yb - hh),
                (xc + hw, yb - hh * 0.35), (xc, yb)]
        items.append(shape("toe-nail-%d" % (5 - k), nail, fill=TENDON,
                           stroke=CONTOUR_SOFT, width=0.9))
    # tendons on the top of the foot: extensor hallucis to the big toe,
    # extensor digitorum fanning to the lesser toes
    items.append(line("extensor-hallucis-tendon",
                      [(151, 818), (160, 842), (168, 866)], CONTOUR_SOFT, 1.0, 0.8))
    for k, xb in enumerate((150.0, 137.5, 125.0, 113.0)):
        items.append(line("extensor-digitorum-tendon-%d" % (k + 1),
                          [(140 - 2 * k, 822), ((140 - 2 * k + xb) / 2, 845),
                           (xb, env_y(xb) - 16)], CONTOUR_SOFT, 0.9, 0.6))

    lm = {
        "lower-belly": P(0.55, -90),
        "anterior-superior-iliac-spine": P(0.22, -28),
        "tensor-fasciae-latae": P(0.15, 40),
        "iliopsoas": P(0.62, 80),
        "pectineus": P(0.85, 110),
        "greater-trochanter": P(0.03, 70),
        "groin": P(0.9, 132),
        "vastus-lateralis": P(0.16, 320),
        "rectus-femoris": P(0.45, 300),
        "vastus-medialis": P(0.82, 395),
        "patella-top": (cx, 413.0),
        "patella-centre": pc,
        "patella-apex": (cx, 467.0),
        "knee-joint-line": P(0.5, KNEE_JOINT_Y),
        "medial-joint-line": P(0.9, KNEE_JOINT_Y),
        "lateral-joint-line": P(0.1, KNEE_JOINT_Y),
        "fibular-head": P(0.07, 496),
        "tibial-tuberosity": (cx, 507.0),
        "tibialis-anterior-belly": P(0.47, 600),
        "peroneus-longus-belly": P(0.12, 580),
        "shin-crest-mid": P(0.6, 650),
        "medial-tibia-mid": P(0.8, 650),
        "medial-malleolus": P(0.93, 800),
        "lateral-malleolus": P(0.07, 812),
        "ankle-front-centre": P(0.5, 815),
        "dorsum-of-foot": P(0.5, 846),
        "big-toe": (170.0, 884.0),
        "second-toe": (151.0, 880.0),
        "little-toe": (111.0, 873.0),
    }
    draw = dict(outline=o, ctrl=ctrl, items=items,
                stroke_range=(0, len(LEG_LATERAL) + len(FRONT_FOOT) + 15),
                fade=True, labels=((42, 640), (WIDTH - 42, 640)))
    return o, regions, lm, draw


# ------------------------------------------------------------------ soles
SOLE = [   # canonical left sole seen from below; toes up, big toe medial
    (121, 482), (147, 475), (165, 454), (173, 420), (174, 382), (171, 338),
    (171, 300), (175, 262), (183, 225), (189.5, 188), (190, 150),
    (187, 112),                                   # medial end of the toes
    (185, 80), (178.5, 52), (170, 39), (160, 34.5), (149, 37.5),
    (142.5, 48), (140, 58), (138.5, 66),          # big toe | cleft
    (135.5, 54), (128.5, 45.5), (121, 48), (117.5, 57), (115.5, 72),
    (113, 62), (105.5, 58.5), (98.5, 63), (96, 80),
    (93, 73), (86, 74.5), (80, 79), (76.5, 96),
    (73, 91), (66, 94.5), (59, 100), (53.5, 111), (49, 128),
    (46, 148),                                    # lateral end of the toes
    (39, 182), (38, 220), (42, 270), (50, 325), (58, 375), (64, 420),
    (74, 452), (95, 474),
]
SOLE_TOES = (SOLE.index((187, 112)), SOLE.index((46, 148)))
SOLE_TOE_PADS = [   # centre x, centre y, rx, ry, rotation
    (162.5, 66, 16.5, 23, 0), (127.5, 63, 8.5, 12, -4), (105, 75, 7.5, 10.5, -8),
    (85.5, 90, 7, 9.5, -12), (65.5, 108, 7.5, 9, -18),
]


def build_soles():
    o = Outline(SOLE, closed=True, free_runs=(SOLE_TOES,))
    P = o.at
    TOE_MED, TOE_LAT, BALL1, HEEL0 = 116.5, 152.5, 228.5, 372.5
    o.add_levels(TOE_MED, TOE_LAT, BALL1, HEEL0, 250.5, 300.5, 350.5)
    crease = lin(TOE_MED, 1.0, TOE_LAT, 0.0)
    arch = knots((BALL1, 0.9), (240.5, 0.76), (255.5, 0.67), (275.5, 0.61),
                 (300.5, 0.585), (325.5, 0.6), (345.5, 0.66),
                 (360.5, 0.75), (HEEL0, 0.9))
    regions = [
        ("soles-toes", "underside of toes", o.ytop, TOE_LAT,
         const(0.0), until(TOE_MED, const(1.0), crease)),
        ("soles-ball", "ball of foot", TOE_MED, BALL1,
         until(TOE_LAT, crease, const(0.0)), const(1.0)),
        ("soles-outer", "outer sole", BALL1, HEEL0, const(0.0), arch),
        ("soles-arch", "arch (instep)", BALL1, HEEL0, arch, const(1.0)),
        ("soles-heel", "heel pad", HEEL0, o.ybot, const(0.0), const(1.0)),
    ]

    items = []
    # arch: the non weight-bearing medial part of the midfoot
    # drawn along the boundary of the "arch (instep)" region
    arch_ys = [BALL1 + 1, 240.5, 255.5, 275.5, 300.5, 325.5, 345.5, 360.5,
               HEEL0 - 1]
    arch_pts = o.pts([(arch(y), y) for y in arch_ys] +
                     edge(0.985, HEEL0 - 4, BALL1 + 4, 7))
    items.append(shape("arch", arch_pts, fill=TENDON, stroke=CONTOUR,
                       width=1.2, stroke_ranges=[(0, len(arch_ys) - 1)]))
    # toes: the outline itself shows the toes and clefts; pads inside
    def toe_base_y(x):            # the toes / ball boundary
        x_med, x_lat = o.xm(TOE_MED), o.xl(TOE_LAT)
        return TOE_MED + (x_med - x) * (TOE_LAT - TOE_MED) / (x_med - x_lat)

    toe_lm = {}
    for k, (x, y, rx, ry, rot) in enumerate(SOLE_TOE_PADS):
        items.append(shape("toe-pad-%d" % (k + 1),
                           ellipse(x, y, rx, ry, n=12, rot=rot),
                           fill=MUSCLE, stroke=CONTOUR_SOFT, width=1.0))
        toe_lm[k] = (x, y)
    items.append(line("toe-crease", [
        (o.xl(TOE_LAT) + 8, toe_base_y(o.xl(TOE_LAT) + 8) - 3),
        (80, toe_base_y(80) - 4), (115, toe_base_y(115) - 4.5),
        (150, toe_base_y(150) - 4.5), (o.xm(TOE_MED) - 6,
                                       toe_base_y(o.xm(TOE_MED) - 6) - 3)],
        CONTOUR_SOFT, 1.1))
    # ball of foot: metatarsal heads
    mt = [(166, 176, 13, 10), (140, 168, 9, 8), (117, 172, 8.5, 7.5),
          (95, 180, 8, 7), (73, 192, 8, 7)]
    for k, (x, y, rx, ry) in enumerate(mt):
        items.append(shape("metatarsal-head-%d" % (k + 1),
                           ellipse(x, y, rx, ry, n=12, rot=-12),
                           stroke=CONTOUR_SOFT, width=1.0))
    items.append(line("ball-crease", o.pts(
        [(0.06, 222), (0.3, 214), (0.6, 210), (0.8, 212)]),
        CONTOUR_SOFT, 1.0, 0.8))
    items.append(line("lateral-border", o.pts(
        [(0.1, 240), (0.12, 300), (0.13, 360)]), CONTOUR_SOFT, 1.0, 0.8))
    hc = P(0.5, 428)
    items.append(shape("heel-pad", ellipse(hc[0], hc[1], 38, 36, n=14),
                       fill=MUSCLE, stroke=CONTOUR, width=1.1, opacity=0.85))

    lm = {
        "big-toe-pad": toe_lm[0],
        "second-toe-pad": toe_lm[1],
        "little-toe-pad": toe_lm[4],
        "first-metatarsal-head": (166.0, 176.0),
        "fifth-metatarsal-head": (73.0, 192.0),
        "ball-centre": (118.0, 184.0),
        "medial-arch-centre": P(0.8, 300),
        "navicular": P(0.9, 335),
        "lateral-border-mid": P(0.1, 300),
        "fifth-metatarsal-base": P(0.06, 330),
        "heel-centre": hc,
    }
    draw = dict(outline=o, ctrl=SOLE, items=items, stroke_range=None,
                fade=False, labels=((30, 470), (WIDTH - 30, 470)))
    return o, regions, lm, draw


# ------------------------------------------------------------ side views
# The medial ("inner side") and lateral ("outer side") views show each leg in
# profile, standing, toes pointing away from the centre line.  The views are
# twice as wide as the others: the person's left leg is drawn directly in
# the viewer's left half (toes towards x = 0, so the front of the leg has the
# smaller x) and the right leg is its mirror x' = SIDE_W - x.
#
# A profile is not monotone in y (the foot sticks out forwards), so these
# views do not use the lateral / medial chains of Outline.  Instead the
# silhouette polygon is cut into regions by polylines (Partition): every
# intersection point is inserted into every polygon sharing the cut edge,
# so neighbouring regions share their edges vertex for vertex and the
# regions tile the silhouette exactly.  For drawing, Profile.at(f, y)
# gives the point at fraction f of the depth at level y (0 = front of the
# leg, 1 = back).

SIDE_W = 800.0
SIDE_MID = SIDE_W / 2.0

# Key levels of the side views (same scale as the back view)
SIDE_KNEE0, SIDE_KNEE1 = 405.0, 528.0
PATELLA_Y = 440.0


class Profile:
    """A leg in profile: one open outline from the front of the hip, down
    the front of the leg, round the toes, the sole and the heel and up the
    back to the back of the hip.  The top edge y = LEG_TOP closes it."""

    closed = False

    def __init__(self, ctrl, top=LEG_TOP):
        self.ctrl = [tuple(map(float, p)) for p in ctrl]
        check(self.ctrl[0][1] == top and self.ctrl[-1][1] == top,
              "profile must start and end at the top edge")
        self.segs = catmull_rom(self.ctrl, closed=False)
        poly = []
        for x, y in sample_segs(self.segs):
            q = (r1(x), r1(y))
            if not poly or poly[-1] != q:
                poly.append(q)
        check(all(y >= top for _, y in poly), "profile rises above the top")
        check(is_simple(poly), "profile outline is not simple")
        self.poly = poly

    def polygon(self):
        return list(self.poly)

    def span(self, y):
        xs = scan_crossings(self.poly, y)
        check(len(xs) >= 2, "no leg at y=%s" % y)
        return xs[0], xs[-1]

    def at(self, f, y):
        """Point at fraction f of the depth (0 front, 1 back), level y."""
        a, b = self.span(y)
        return (a + f * (b - a), float(y))

    def pts(self, fy_list):
        return [self.at(f, y) for f, y in fy_list]

    def foot(self, x):
        """(dorsum y, sole y) of the foot at x; dorsum None behind the
        front of the ankle."""
        ys = [y for y in scan_crossings([(b, a) for a, b in self.poly], x)
              if y > 790]
        check(len(ys) >= 1, "no foot at x=%s" % x)
        return (ys[0] if len(ys) > 1 else None), ys[-1]


def _seg_hit(p, q, a, b):
    """Crossing of p-q with a-b as (t along p-q, point); a-b half open."""
    rx, ry = q[0] - p[0], q[1] - p[1]
    sx, sy = b[0] - a[0], b[1] - a[1]
    den = rx * sy - ry * sx
    if abs(den) < 1e-12:
        return None
    t = ((a[0] - p[0]) * sy - (a[1] - p[1]) * sx) / den
    u = ((a[0] - p[0]) * ry - (a[1] - p[1]) * rx) / den
    if 0.0 <= t <= 1.0 and 0.0 <= u < 1.0:
        return t, (p[0] + t * rx, p[1] + t * ry)
    return None


def _pt_seg_dist(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, (
        (p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ll))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


class Partition:
    """Cuts a silhouette polygon into regions that tile it exactly."""

    def __init__(self, boundary):
        self.sil = list(boundary)
        self.pieces = {"*": list(boundary)}

    def _polys(self):
        return [self.sil] + list(self.pieces.values())

    def _insert(self, x):
        polys = self._polys()
        if any(x in poly for poly in polys if poly is not self.sil) or \
                x in self.sil:
            return
        best = None
        for poly in polys:
            n = len(poly)
            for i in range(n):
                a, b = poly[i], poly[(i + 1) % n]
                d = _pt_seg_dist(x, a, b)
                if best is None or d < best[0]:
                    best = (d, a, b)
        check(best[0] < 0.08, "cut point %r is off every edge" % (x,))
        a, b = best[1], best[2]
        for poly in polys:
            n = len(poly)
            for i in range(n):
                if (poly[i], poly[(i + 1) % n]) in ((a, b), (b, a)):
                    poly.insert(i + 1, x)
                    break

    def cut(self, name, line, first, second, probe):
        """Split piece `name` along polyline `line` (which must cross its
        boundary exactly twice); the part containing `probe` is called
        `first`, the other one `second`."""
        piece = self.pieces[name]
        n = len(piece)
        hits = []
        for k in range(len(line) - 1):
            p, q = line[k], line[k + 1]
            for i in range(n):
                h = _seg_hit(p, q, piece[i], piece[(i + 1) % n])
                if h and (h[0] < 1.0 or k == len(line) - 2):
                    hits.append((k + h[0], (r1(h[1][0]), r1(h[1][1]))))
        check(len(hits) == 2, "cut of %s into %s / %s crosses its boundary "
              "%d times" % (name, first, second, len(hits)))
        hits.sort()
        (t1, x1), (t2, x2) = hits
        chord = [x1]
        for j in range(len(line)):
            if t1 < j < t2:
                v = (r1(line[j][0]), r1(line[j][1]))
                if v != chord[-1]:
                    chord.append(v)
        if chord[-1] != x2:
            chord.append(x2)
        self._insert(x1)
        self._insert(x2)
        i1 = piece.index(x1)
        rot = piece[i1:] + piece[:i1]
        k = rot.index(x2)
        inner = chord[1:-1]
        a = rot[:k + 1] + inner[::-1]
        b = rot[k:] + [rot[0]] + inner
        for poly in (a, b):
            check(is_simple(poly), "cut of %s gives a polygon that is not "
                  "simple" % name)
        ina, inb = pip(probe, a), pip(probe, b)
        check(ina != inb, "probe of %s is ambiguous" % first)
        del self.pieces[name]
        self.pieces[first], self.pieces[second] = (a, b) if ina else (b, a)

    def hcut(self, name, y, above, below):
        """Horizontal cut at level y."""
        xs = scan_crossings(self.pieces[name], y - 0.5)
        check(len(xs) >= 2, "nothing of %s above y=%s" % (name, y))
        self.cut(name, [(-1.0, y), (SIDE_W + 1.0, y)], above, below,
                 ((xs[0] + xs[1]) / 2, y - 0.5))


# Canonical left leg in profile, front (toes) towards x = 0.
SIDE_FRONT = [     # front of the hip -> front of the ankle
    (170, 40), (165.5, 80), (160, 130), (156.5, 200), (156.5, 260),
    (160, 320), (166.5, 370), (173.5, 403), (176, 423), (175.5, 442),
    (178, 458), (182.5, 472), (185.5, 488), (186, 503), (188.5, 520),
    (191.5, 550), (194, 610), (197.5, 680), (202.5, 745), (205.5, 777),
]
SIDE_DORSUM = [    # front of the ankle -> tip of the big toe
    (206, 793), (203, 804.5), (196, 812.5), (185, 818.5), (170, 824),
    (155, 829.5),
    (130, 840), (110, 848.5), (90, 855), (72, 859.5), (59, 864.5),
    (52, 872),
]
SIDE_HEEL = [      # back of the heel
    (290, 882), (300, 872), (303, 858), (299.5, 842),
]
SIDE_BACK = [      # Achilles tendon -> back of the hip
    (292.5, 830), (287.5, 815), (284.5, 795), (284, 765), (288, 735),
    (298, 698), (309, 655), (316, 612), (317.5, 578), (313, 543),
    (304, 512), (296, 488), (293, 465), (295, 430), (301, 390), (309, 335),
    (317, 270), (324, 215), (330, 178), (340, 156), (352, 136), (360, 110),
    (363, 75), (361, 40),
]
MEDIAL_SOLE = [    # big toe pad -> heel; the medial arch rises off the floor
    (53, 880), (60, 884.5), (75, 885), (92, 883), (110, 885), (125, 885.5),
    (148, 882), (177, 873.5), (207, 869.5), (235, 874), (256, 881.5),
    (272, 885.5),
]
LATERAL_SOLE = [   # toe pads -> heel; the outer border rests on the floor
    (53, 880), (60, 884.5), (75, 885), (92, 884), (120, 885.5), (170, 885),
    (220, 885.5), (260, 885.5), (272, 885.5),
]


# The outer-side view goes on up to the lower back (see Y_SHIFT)
SIDE_FRONT_PELVIS = [(170, -120), (165, -85), (160, -50), (162, -15),
                     (167, 12)]
SIDE_BACK_PELVIS = [(357, 5), (349, -35), (339, -75), (335, -120)]


def side_profile(sole, pelvis=False):
    if pelvis:
        return Profile(SIDE_FRONT_PELVIS + SIDE_FRONT + SIDE_DORSUM + sole +
                       SIDE_HEEL + SIDE_BACK + SIDE_BACK_PELVIS, BODY_TOP)
    return Profile(SIDE_FRONT + SIDE_DORSUM + sole + SIDE_HEEL + SIDE_BACK)


def tib_border(y):
    """Medial border of the tibia in the medial view (depth fraction)."""
    return knots((SIDE_KNEE1, 0.42), (600, 0.37), (700, 0.36), (760, 0.42),
                 (768, 0.45))(y)


SIDE_LANDMARKS = {
    "medial": ("medial-malleolus", "navicular", "medial-arch-centre",
               "first-metatarsal-head", "big-toe", "medial-tibia-mid",
               "medial-gastrocnemius", "soleus-medial", "achilles", "heel",
               "vastus-medialis", "adductor-longus-region",
               "medial-joint-line", "pes-anserinus", "semitendinosus-tendon",
               "patella-centre"),
    "lateral": ("fibular-head", "lateral-malleolus", "fifth-metatarsal-base",
                "peroneus-longus-belly", "peroneus-brevis-belly",
                "tibialis-anterior-belly", "extensor-digitorum-longus-belly",
                "lateral-gastrocnemius", "soleus-lateral",
                "biceps-femoris-tendon", "vastus-lateralis",
                "knee-joint-line", "patella-centre"),
}


def dense_levels(y0, y1, step=6.0):
    n = max(1, int(math.ceil((y1 - y0) / step)))
    return [y0 + (y1 - y0) * i / n for i in range(n + 1)]


FIBULA_F = 0.63        # depth fraction of the fibular head (lateral view)


def side_knee(o):
    """Patella in profile with its tendons (both side views)."""
    pat = o.pts([(0.015, 417), (0.01, 430), (0.01, 448), (0.02, 462),
                 (0.07, 466), (0.14, 455), (0.16, 438), (0.13, 421),
                 (0.07, 414)])
    return [
        shape("patella", pat, fill=TENDON, stroke=CONTOUR, width=1.3),
        line("quadriceps-tendon", o.pts([(0.04, 392), (0.08, 404),
                                         (0.1, 415)]), CONTOUR_SOFT, 1.0),
        line("patellar-tendon", o.pts([(0.11, 465), (0.12, 482),
                                       (0.11, 496), (0.08, 506)]),
             CONTOUR_SOFT, 1.1),
        line("tibial-tuberosity", o.pts([(0.03, 499), (0.07, 506),
                                         (0.05, 514)]), CONTOUR_SOFT, 1.0),
    ]


def build_medial():
    o = side_profile(MEDIAL_SOLE)
    P = o.at
    part = Partition(o.polygon())
    part.hcut("*", 120.0, "medial-groin", "rest")
    part.hcut("rest", SIDE_KNEE0, "medial-thigh", "rest")
    part.hcut("rest", SIDE_KNEE1, "medial-knee", "rest")
    part.hcut("rest", 760.0, "leg", "rest")
    border = [(tib_border(y), y) for y in dense_levels(SIDE_KNEE1 - 8, 768)]
    part.cut("leg", o.pts(border), "medial-shin", "medial-calf", P(0.1, 650))
    part.cut("rest", [(150, 790), (205, 826), (240, 836), (275, 838),
                      (330, 832)], "medial-ankle", "foot", P(0.5, 780))
    part.cut("foot", [(245, 830), (240, 860), (236, 900)], "medial-heel",
             "foot", (280, 860))
    part.cut("foot", [(142, 815), (130, 860), (124, 900)], "medial-big-toe",
             "medial-arch", (80, 875))
    names = [
        ("medial-groin", "groin"),
        ("medial-thigh", "inner thigh"),
        ("medial-knee", "inner knee"),
        ("medial-shin", "inner shin"),
        ("medial-calf", "inner calf"),
        ("medial-ankle", "inner ankle"),
        ("medial-arch", "instep (arch)"),
        ("medial-heel", "inner heel"),
        ("medial-big-toe", "big toe"),
    ]
    check(sorted(part.pieces) == sorted(r for r, _ in names),
          "medial: unexpected pieces %r" % sorted(part.pieces))
    regions = [(rid, name, part.pieces[rid]) for rid, name in names]
    # ---- drawing
    items = []
    # thigh: adductors filling the inner thigh between the sartorius and
    # the gracilis; medial hamstrings behind; vastus medialis above the knee
    items.append(shape("adductors", o.pts(
        [(0.14, 44), (0.3, 43.5), (0.45, 43.5), (0.6, 43.5), (0.72, 44),
         (0.8, 100), (0.8, 170),
         (0.78, 240), (0.72, 320), (0.66, 380), (0.6, 410), (0.56, 395),
         (0.5, 340), (0.42, 280), (0.34, 215), (0.26, 150), (0.18, 95),
         (0.14, 60)]),
        fill=MUSCLE))
    items.append(shape("hamstrings-medial", o.pts(
        [(0.82, 160), (0.97, 165)] + edge(0.985, 200, 380, 7) +
        [(0.95, 420), (0.9, 445), (0.86, 430), (0.84, 360), (0.83, 260)]),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.2,
        stroke_ranges=[(len(edge(0, 0, 1, 7)) + 2, 12)]))
    items.append(shape("vastus-medialis", o.pts(
        [(0.05, 285), (0.16, 305), (0.3, 345), (0.42, 385), (0.46, 415),
         (0.38, 440), (0.24, 446), (0.13, 432), (0.06, 405)] +
        edge(0.015, 380, 300, 4)),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.2, stroke_ranges=[(0, 9)]))
    items.append(line("adductor-longus", o.pts(
        [(0.24, 62), (0.32, 130), (0.42, 215), (0.5, 270)]), CONTOUR_SOFT,
        1.1))
    items.append(line("gracilis", o.pts(
        [(0.72, 70), (0.78, 160), (0.77, 250), (0.72, 330), (0.66, 395),
         (0.6, 440), (0.5, 482), (0.36, 512), (0.3, 520)]), CONTOUR_SOFT,
        1.1))
    items.append(line("sartorius", o.pts(
        [(0.04, 48), (0.12, 100), (0.22, 160), (0.34, 235), (0.46, 310),
         (0.55, 370), (0.6, 420), (0.57, 465), (0.45, 500), (0.3, 522)]),
        CONTOUR, 1.2))
    items.append(line("semitendinosus", o.pts(
        [(0.9, 300), (0.88, 380), (0.85, 430), (0.78, 470), (0.62, 500),
         (0.44, 518), (0.32, 526)]), CONTOUR, 1.2))
    items.append(line("semimembranosus", o.pts(
        [(0.95, 360), (0.94, 420), (0.9, 458), (0.8, 488)]),
        CONTOUR_SOFT, 1.1))
    # knee: patella in profile, patellar tendon, joint line, tuberosity
    items += side_knee(o)
    items.append(line("knee-joint-medial", o.pts(
        [(0.2, 475), (0.35, 477.5), (0.5, 477)]), CONTOUR_SOFT, 1.0))
    items.append(line("pes-anserinus", o.pts(
        [(0.22, 514), (0.3, 520), (0.36, 530)]), CONTOUR_SOFT, 1.0, 0.8))
    # lower leg: bare medial surface of the tibia in front of its medial
    # border; soleus just behind it; medial gastrocnemius head (bigger,
    # reaching lower than the lateral one); Achilles tendon
    items.append(shape("soleus", o.pts(
        [(0.5, 530), (0.47, 545)] + [(tib_border(y) + 0.03, y)
                                     for y in (560, 600, 650, 700)] +
        [(0.5, 745), (0.6, 770), (0.7, 775), (0.8, 760), (0.9, 735),
         (0.97, 700), (0.97, 660), (0.8, 600), (0.65, 550)]),
        fill=MUSCLE))
    items.append(line("soleus-border", o.pts(
        [(0.46, 712), (0.5, 745), (0.6, 770), (0.7, 775)]), CONTOUR_SOFT,
        1.1))
    gm = ([(0.88, 462), (0.72, 478), (0.6, 505), (0.52, 545), (0.5, 590),
           (0.53, 640), (0.6, 675), (0.7, 697), (0.82, 700), (0.93, 690)] +
          edge(0.99, 660, 490, 6))
    items.append(shape("gastrocnemius-medial", o.pts(gm), fill=MUSCLE_DEEP,
                       stroke=CONTOUR, width=1.3, stroke_ranges=[(0, 9)]))
    items.append(line("tibia-medial-border", o.pts(
        [(tib_border(y), y) for y in (535, 560, 600, 650, 700, 740, 760)]),
        CONTOUR, 1.2))
    items.append(line("tibial-condyle", o.pts(
        [(0.44, 505), (0.44, 520), (0.42, 535)]), CONTOUR_SOFT, 1.0, 0.7))
    ach = o.pts([(0.8, 712), (0.78, 740), (0.77, 770), (0.77, 795)]) + \
        [(281, 815), (284, 831), (288, 838)]
    ach_back = [(294.5, 838), (290, 826)] + \
        o.pts([(0.985, 800), (0.98, 770), (0.97, 740), (0.95, 712)])
    items.append(shape("achilles-tendon", ach + ach_back + [o.at(0.88, 705)],
                       fill=TENDON))
    items.append(line("achilles-tendon-front", ach, CONTOUR, 1.2))
    # ankle: medial malleolus, tendons behind it to the navicular
    items.append(shape("malleolus-medial", ellipse(240, 800, 10, 11.5, n=12),
                       fill=TENDON, stroke=CONTOUR_SOFT, width=1.1))
    items.append(line("tibialis-posterior-tendon",
                      [(255, 776), (254, 800), (248, 816), (232, 829),
                       (212, 838)], CONTOUR_SOFT, 1.0, 0.8))
    items.append(line("tibialis-anterior-tendon",
                      o.pts([(0.08, 745), (0.06, 780)]) +
                      [(211, 805), (204, 820), (191, 832), (177, 845)],
                      CONTOUR_SOFT, 1.0, 0.8))
    # foot: navicular, the medial arch with abductor hallucis under it,
    # first metatarsal, big toe with its nail
    abd_top = [(x, o.foot(x)[1] - t) for x, t in
               ((258, 3), (245, 12), (225, 15), (200, 15), (175, 13),
                (150, 10), (132, 6))]
    abd_bot = [(x, o.foot(x)[1] - 1.5) for x in (140, 165, 190, 215, 240)]
    items.append(shape("abductor-hallucis", abd_top + abd_bot,
                       fill=MUSCLE, stroke=CONTOUR, width=1.1,
                       stroke_ranges=[(0, 6)]))
    items.append(shape("navicular", ellipse(208, 840, 7, 5, n=10, rot=-15),
                       stroke=CONTOUR_SOFT, width=1.0))
    items.append(shape("first-metatarsal-head",
                       ellipse(122, 871, 8.5, 7.5, n=10), stroke=CONTOUR_SOFT,
                       width=1.0))
    items.append(line("heel", [(262, 884), (256, 871), (262, 857),
                               (278, 848), (296, 850)], CONTOUR_SOFT, 1.1))
    items.append(line("toe-crease", [(99, 884), (98, 877), (101, 871)],
                      CONTOUR_SOFT, 1.0))
    items.append(shape("toe-nail-1", [(59, 866), (67, 862.5), (78, 861),
                                      (80, 864.5), (69, 867), (61, 869)],
                       fill=TENDON, stroke=CONTOUR_SOFT, width=0.9))
    items.append(line("extensor-hallucis-tendon",
                      [(201, 823), (160, 836), (120, 851), (92, 860)],
                      CONTOUR_SOFT, 0.9, 0.6))

    lm = {
        "groin": P(0.12, 100),
        "adductor-longus-region": P(0.38, 170),
        "adductor-magnus": P(0.62, 300),
        "gracilis": P(0.76, 220),
        "sartorius": P(0.4, 270),
        "medial-hamstrings": P(0.92, 300),
        "vastus-medialis": P(0.27, 400),
        "patella-centre": P(0.07, PATELLA_Y),
        "medial-femoral-condyle": P(0.45, 455),
        "semitendinosus-tendon": P(0.84, 450),
        "semimembranosus-tendon": P(0.86, 480),
        "knee-joint-line": P(0.5, KNEE_JOINT_Y),
        "medial-joint-line": P(0.35, KNEE_JOINT_Y),
        "pes-anserinus": P(0.3, 522),
        "tibial-tuberosity": P(0.05, 506),
        "medial-tibia-mid": P(tib_border(650) - 0.04, 650),
        "shin-medial-surface": P(0.18, 620),
        "medial-gastrocnemius": P(0.75, 580),
        "soleus-medial": P(0.5, 690),
        "achilles": P(0.84, 775),
        "medial-malleolus": (240.0, 800.0),
        "tibialis-posterior-tendon": (249.0, 814.0),
        "navicular": (208.0, 840.0),
        "medial-arch-centre": (190.0, 858.0),
        "abductor-hallucis": (215.0, 864.0),
        "first-metatarsal-head": (122.0, 871.0),
        "big-toe": (72.0, 872.0),
        "heel": (278.0, 866.0),
    }
    draw = dict(outline=o, ctrl=o.ctrl, items=items, stroke_range=None,
                fade=True, mask_top=True,
                labels=((60, 640), (SIDE_W - 60, 640)))
    return o, regions, lm, draw, part.sil


def build_lateral():
    o = side_profile(LATERAL_SOLE, pelvis=True)
    P = o.at
    part = Partition(o.polygon())
    part.hcut("*", ILIAC_CREST_Y, "lateral-waist", "*")
    part.hcut("*", LEG_TOP, "lateral-pelvis", "*")
    part.hcut("*", 120.0, "lateral-hip", "rest")
    part.hcut("rest", SIDE_KNEE0, "lateral-thigh", "rest")
    part.hcut("rest", SIDE_KNEE1, "lateral-knee", "rest")
    part.hcut("rest", 765.0, "leg", "rest")
    # anterior and posterior intermuscular septa: the peroneal strip lies
    # over the fibula between them
    ant = knots((SIDE_KNEE1 - 8, 0.47), (SIDE_KNEE1, 0.45), (600, 0.42),
                (680, 0.40), (765, 0.42), (772, 0.43))
    post = knots((SIDE_KNEE1 - 8, 0.71), (SIDE_KNEE1, 0.7), (600, 0.68),
                 (680, 0.64), (765, 0.62), (772, 0.62))
    ant = [(ant(y), y) for y in dense_levels(SIDE_KNEE1 - 8, 772)]
    post = [(post(y), y) for y in dense_levels(SIDE_KNEE1 - 8, 772)]
    part.cut("leg", o.pts(ant), "lateral-shin", "leg", P(0.1, 650))
    part.cut("leg", o.pts(post), "lateral-lower-leg", "lateral-calf",
             P(0.5, 650))
    part.cut("rest", [(150, 790), (205, 830), (245, 846), (280, 846),
                      (330, 838)], "lateral-ankle", "foot", P(0.5, 790))
    part.cut("foot", [(250, 840), (246, 870), (244, 900)], "lateral-heel",
             "foot", (280, 865))
    part.cut("foot", [(152, 815), (140, 870), (136, 900)], "lateral-toes",
             "foot", (80, 875))
    part.cut("foot", [(120, 857), (185, 862), (265, 868)], "lateral-foot-top",
             "lateral-foot-edge", (190, 850))
    names = [
        ("lateral-hip", "outer hip"),
        ("lateral-thigh", "outer thigh"),
        ("lateral-knee", "outer knee"),
        ("lateral-shin", "outer shin"),
        ("lateral-lower-leg", "outer lower leg"),
        ("lateral-calf", "outer calf"),
        ("lateral-ankle", "outer ankle"),
        ("lateral-foot-top", "top of foot"),
        ("lateral-foot-edge", "outer edge of the foot"),
        ("lateral-heel", "outer heel"),
        ("lateral-toes", "little toes"),
        ("lateral-waist", "side of the waist"),
        ("lateral-pelvis", "side of the pelvis"),
    ]
    check(sorted(part.pieces) == sorted(r for r, _ in names),
          "lateral: unexpected pieces %r" % sorted(part.pieces))
    regions = [(rid, name, part.pieces[rid]) for rid, name in names]
    # ---- drawing
    items = []
    # thigh: vastus lateralis under the iliotibial band, tensor fasciae
    # latae in front at the top, gluteus maximus behind, biceps femoris
    # at the back down to the fibular head
    items.append(shape("vastus-lateralis", o.pts(
        [(0.1, 140), (0.35, 128), (0.62, 150), (0.74, 220), (0.76, 300),
         (0.7, 365), (0.58, 405), (0.4, 425), (0.22, 420), (0.1, 400),
         (0.04, 350)] + edge(0.015, 300, 180, 4)),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.2, stroke_ranges=[(1, 10)]))
    items.append(shape("biceps-femoris", o.pts(
        [(0.8, 165), (0.97, 168)] + edge(0.985, 200, 390, 7) +
        [(0.95, 425), (0.88, 445), (0.82, 420), (0.79, 340), (0.78, 250)]),
        fill=MUSCLE, stroke=CONTOUR, width=1.2, stroke_ranges=[(9, 14)]))
    itb_f = [(0.33, 44), (0.36, 120), (0.39, 200), (0.36, 300), (0.28, 400),
             (0.24, 450), (0.22, 490), (0.2, 508)]
    itb_b = [(0.6, 44), (0.6, 120), (0.57, 200), (0.5, 300), (0.4, 400),
             (0.35, 450), (0.31, 490), (0.27, 508)]
    items.append(shape("iliotibial-band", o.pts(itb_f + itb_b[::-1] +
                                                [(0.46, 43.5)]),
                       fill=TENDON, opacity=0.85))
    items.append(line("iliotibial-band-front", o.pts(itb_f[1:]),
                      CONTOUR_SOFT, 1.1))
    items.append(line("iliotibial-band-back", o.pts(itb_b[1:]),
                      CONTOUR_SOFT, 1.1))
    # tensor fasciae latae (front) and gluteus maximus (back) both end in
    # the band below the greater trochanter
    # pelvis from the side: gluteus medius fans down from the iliac crest
    # to the greater trochanter between tensor fasciae latae in front and
    # gluteus maximus behind
    items.append(shape("gluteus-medius", o.pts(
        [(0.16, -42), (0.4, -62), (0.66, -64), (0.86, -50), (0.8, -20),
         (0.66, 15), (0.56, 44), (0.45, 50), (0.36, 30), (0.26, -5)]),
        fill=MUSCLE, stroke=CONTOUR_SOFT, width=1.1))
    items.append(shape("tensor-fasciae-latae", o.pts(
        [(0.16, -40), (0.27, -8), (0.36, 30), (0.38, 95), (0.34, 125),
         (0.26, 148), (0.17, 140), (0.1, 110), (0.06, 75), (0.05, 20),
         (0.07, -20)]),
        fill=MUSCLE, stroke=CONTOUR_SOFT, width=1.1))
    items.append(shape("gluteus-maximus", o.pts(
        [(0.86, -48), (0.8, -20), (0.66, 15), (0.56, 44), (0.56, 70),
         (0.57, 100), (0.61, 125), (0.7, 142), (0.82, 149), (0.93, 151)] +
        edge(0.985, 135, -20, 6) + [(0.95, -40)]),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.2, stroke_ranges=[(0, 10)]))
    items.append(line("iliac-crest", o.pts(
        [(0.1, -40), (0.3, -58), (0.55, -66), (0.78, -60), (0.92, -46)]),
        CONTOUR, 1.3))
    items.append(line("biceps-femoris-tendon", o.pts(
        [(0.88, 400), (0.85, 440), (0.78, 470), (0.7, 490)]), CONTOUR, 1.2))
    # knee: patella in profile, joint line, fibular head
    items += side_knee(o)
    items.append(line("knee-joint-lateral", o.pts(
        [(0.2, 475), (0.35, 477.5), (0.5, 477)]), CONTOUR_SOFT, 1.0))
    fh = P(FIBULA_F, 494)
    items.append(shape("fibular-head", ellipse(fh[0], fh[1], 8.5, 7.5, n=12),
                       fill=TENDON, stroke=CONTOUR_SOFT, width=1.1))
    # lower leg, front to back: tibialis anterior, extensor digitorum
    # longus, peroneus longus over peroneus brevis, soleus, lateral
    # gastrocnemius head (shorter than the medial one), Achilles tendon
    items.append(shape("soleus", o.pts(
        [(0.66, 540), (0.7, 600), (0.68, 650), (0.64, 700), (0.64, 740),
         (0.72, 765), (0.82, 760), (0.92, 730), (0.97, 690), (0.97, 640),
         (0.85, 590), (0.75, 545)]),
        fill=MUSCLE))
    items.append(line("soleus-border", o.pts(
        [(0.64, 730), (0.72, 765), (0.82, 760)]), CONTOUR_SOFT, 1.1))
    items.append(shape("gastrocnemius-lateral", o.pts(
        [(0.9, 468), (0.76, 490), (0.68, 530), (0.67, 580), (0.72, 625),
         (0.8, 652), (0.9, 655)] + edge(0.99, 630, 490, 5)),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.3, stroke_ranges=[(0, 7)]))
    items.append(shape("peroneus-brevis", o.pts(
        [(0.52, 610), (0.6, 640), (0.63, 690), (0.64, 740), (0.6, 772),
         (0.54, 768), (0.48, 730), (0.46, 680), (0.47, 640)]),
        fill=MUSCLE, stroke=CONTOUR_SOFT, width=1.1))
    items.append(shape("peroneus-longus", o.pts(
        [(FIBULA_F - 0.03, 503), (0.66, 530), (0.69, 580), (0.66, 640),
         (0.6, 690), (0.57, 715), (0.55, 712), (0.5, 660), (0.47, 600),
         (0.46, 550), (0.5, 515)]),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.2))
    items.append(line("peroneus-longus-tendon", o.pts(
        [(0.56, 712), (0.6, 750), (0.64, 780)]), CONTOUR_SOFT, 1.0))
    items.append(shape("extensor-digitorum-longus", o.pts(
        [(0.43, 525), (0.45, 560), (0.44, 620), (0.41, 690), (0.38, 740),
         (0.33, 760), (0.3, 700), (0.29, 620), (0.31, 550)]),
        fill=MUSCLE, stroke=CONTOUR_SOFT, width=1.1))
    items.append(shape("tibialis-anterior", o.pts(
        [(0.1, 515), (0.3, 530), (0.29, 600), (0.27, 660), (0.2, 710),
         (0.1, 740)] + edge(0.015, 700, 540, 5)),
        fill=MUSCLE_DEEP, stroke=CONTOUR, width=1.2, stroke_ranges=[(0, 6)]))
    items.append(line("extensor-tendons", o.pts(
        [(0.2, 715), (0.12, 760), (0.07, 790)]), CONTOUR_SOFT, 1.0, 0.8))
    ach = o.pts([(0.8, 690), (0.78, 740), (0.77, 770), (0.77, 795)]) + \
        [(281, 815), (284, 831), (288, 838)]
    ach_back = [(294.5, 838), (290, 826)] + \
        o.pts([(0.985, 800), (0.98, 770), (0.97, 740), (0.96, 690)])
    items.append(shape("achilles-tendon", ach + ach_back + [o.at(0.88, 684)],
                       fill=TENDON))
    items.append(line("achilles-tendon-front", ach, CONTOUR, 1.2))
    # ankle: lateral malleolus (lower and further back than the medial
    # one), peroneal tendons round behind it to the fifth metatarsal base
    items.append(line("peroneal-tendons",
                      [o.at(0.64, 770), (265, 800), (265, 820), (255, 834),
                       (225, 850), (190, 864), (178, 868)],
                      CONTOUR_SOFT, 1.1))
    items.append(shape("malleolus-lateral", ellipse(252, 812, 10.5, 13, n=12),
                       fill=TENDON, stroke=CONTOUR_SOFT, width=1.1))
    # foot: extensor digitorum brevis, fifth metatarsal, little toe
    items.append(shape("extensor-digitorum-brevis",
                       ellipse(203, 840, 19, 7, n=12, rot=-14),
                       fill=MUSCLE, stroke=CONTOUR_SOFT, width=1.0))
    for k, (x0, y0) in enumerate([(198, 822), (196, 825), (194, 828)]):
        xt = 118 - 10 * k
        items.append(line("extensor-digitorum-tendon-%d" % (k + 1),
                          [(x0, y0), ((x0 + xt) / 2, (y0 + 858) / 2 - 3),
                           (xt, 858 + 2 * k)], CONTOUR_SOFT, 0.9, 0.6))
    items.append(line("fifth-metatarsal",
                      [(181, 873), (165, 874), (148, 875)], CONTOUR_SOFT, 1.0))
    items.append(shape("fifth-metatarsal-base", ellipse(180, 872, 6, 5, n=10),
                       fill=TENDON, stroke=CONTOUR_SOFT, width=1.0))
    items.append(line("lateral-border", [(250, 878), (215, 879), (190, 878)],
                      CONTOUR_SOFT, 1.0, 0.7))
    items.append(shape("little-toe",
                       [(146, 867), (128, 866.5), (112, 868.5), (104, 874),
                        (103.5, 880), (109, 884), (125, 884.5)],
                       stroke=CONTOUR, width=1.1, stroke_ranges=[(0, 5)]))
    items.append(shape("toe-nail-5", [(107.5, 871), (113, 868.6),
                                      (119, 869.2), (114, 872.2)],
                       fill=TENDON, stroke=CONTOUR_SOFT, width=0.8))
    items.append(line("fourth-toe", [(112, 864.5), (99, 866.5), (92, 871)],
                      CONTOUR_SOFT, 1.0))
    items.append(shape("toe-nail-1", [(59, 866), (67, 862.5), (78, 861),
                                      (80, 864.5), (69, 867), (61, 869)],
                       fill=TENDON, stroke=CONTOUR_SOFT, width=0.9))
    items.append(line("heel", [(262, 884), (258, 870), (266, 856),
                               (282, 848), (296, 850)], CONTOUR_SOFT, 1.1))

    lm = {
        "waist": P(0.5, -95),
        "iliac-crest": P(0.55, -64),
        "gluteus-medius": P(0.5, -30),
        "gluteus-minimus-anterior": P(0.32, -5),
        "anterior-superior-iliac-spine": P(0.1, -38),
        "greater-trochanter": P(0.5, 55),
        "tensor-fasciae-latae": P(0.2, 90),
        "iliotibial-band": P(0.44, 260),
        "vastus-lateralis": P(0.2, 320),
        "biceps-femoris": P(0.9, 300),
        "biceps-femoris-tendon": P(0.82, 450),
        "patella-centre": P(0.07, PATELLA_Y),
        "knee-joint-line": P(0.5, KNEE_JOINT_Y),
        "lateral-joint-line": P(0.35, KNEE_JOINT_Y),
        "gerdys-tubercle": P(0.22, 505),
        "fibular-head": fh,
        "tibialis-anterior-belly": P(0.15, 590),
        "extensor-digitorum-longus-belly": P(0.37, 600),
        "peroneus-longus-belly": P(0.57, 575),
        "peroneus-brevis-belly": P(0.56, 715),
        "lateral-gastrocnemius": P(0.82, 560),
        "soleus-lateral": P(0.75, 700),
        "achilles": P(0.86, 775),
        "lateral-malleolus": (252.0, 812.0),
        "extensor-digitorum-brevis": (203.0, 840.0),
        "fifth-metatarsal-base": (180.0, 872.0),
        "fifth-metatarsal-head": (146.0, 874.0),
        "little-toe": (112.0, 875.0),
        "heel": (278.0, 866.0),
    }
    draw = dict(outline=o, ctrl=o.ctrl, items=items, stroke_range=None,
                fade=True, mask_top=True,
                labels=((60, 640), (SIDE_W - 60, 640)))
    return o, regions, lm, draw, part.sil


# =============================================================== SVG output
def leg_svg(view, height, title, draw, left_is_canonical, width=WIDTH):
    o = draw["outline"]
    dy = view_shift(view)
    ident = lambda p: (p[0], p[1] + dy)
    mirror = lambda p: mirror_pt((p[0], p[1] + dy), width)
    xf_left = ident if left_is_canonical else mirror
    xf_right = mirror if left_is_canonical else ident
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!-- Generated by build-aux/gen-diagram.py; do not edit. -->',
           '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
           'width="%d" height="%d" viewBox="0 0 %d %d">'
           % (width, height, width, height),
           '<title>%s</title>' % title]
    if draw["fade"]:
        out += ['<defs>',
                '<linearGradient id="skin-fade" gradientUnits="userSpaceOnUse" '
                'x1="0" y1="%s" x2="0" y2="%s">' % (fmt(LEG_TOP), fmt(LEG_TOP + 22)),
                '<stop offset="0" stop-color="%s" stop-opacity="0"/>' % SKIN,
                '<stop offset="1" stop-color="%s" stop-opacity="1"/>' % SKIN,
                '</linearGradient>',
                '<linearGradient id="line-fade" gradientUnits="userSpaceOnUse" '
                'x1="0" y1="%s" x2="0" y2="%s">' % (fmt(LEG_TOP), fmt(LEG_TOP + 22)),
                '<stop offset="0" stop-color="%s" stop-opacity="0"/>' % OUTLINE,
                '<stop offset="1" stop-color="%s" stop-opacity="1"/>' % OUTLINE,
                '</linearGradient>']
        if draw.get("mask_top"):
            # muscles cut by the top edge fade out with the skin
            out += ['<linearGradient id="muscle-fade-ramp" '
                    'gradientUnits="userSpaceOnUse" x1="0" y1="%s" x2="0" '
                    'y2="%s">' % (fmt(LEG_TOP), fmt(LEG_TOP + 30)),
                    '<stop offset="0" stop-color="#000000"/>',
                    '<stop offset="1" stop-color="#ffffff"/>',
                    '</linearGradient>',
                    '<mask id="muscle-fade" maskUnits="userSpaceOnUse" x="0" '
                    'y="0" width="%d" height="%d">' % (width, height),
                    '<rect x="0" y="0" width="%d" height="%d" '
                    'fill="url(#muscle-fade-ramp)"/>' % (width, height),
                    '</mask>']
        out.append('</defs>')
        fill, stroke = "url(#skin-fade)", "url(#line-fade)"
    else:
        fill, stroke = SKIN, OUTLINE
    for side, xf in (("left", xf_left), ("right", xf_right)):
        segs = [tuple(xf(p) for p in s) for s in o.segs]
        out.append('<g id="%s-%s">' % (side, "foot" if view == "soles" else "leg"))
        out.append('<path id="%s-silhouette" d="%s" fill="%s" stroke="none"/>'
                   % (side, segs_d(segs, True), fill))
        out.append('<g id="%s-muscles"%s>' % (
            side, ' mask="url(#muscle-fade)"' if draw.get("mask_top") else ""))
        out += render_items(draw["items"], side, xf)
        out.append('</g>')
        rng = draw["stroke_range"]
        ssegs = segs if rng is None else segs[rng[0]:rng[1]]
        out.append('<path id="%s-outline" d="%s" fill="none" stroke="%s" '
                   'stroke-width="2" stroke-linecap="round" '
                   'stroke-linejoin="round"/>'
                   % (side, segs_d(ssegs, o.closed and rng is None), stroke))
        out.append('</g>')
    (lx, ly), (rx, ry) = draw["labels"]
    ly, ry = ly + dy, ry + dy
    if not left_is_canonical:
        lx, rx = width - lx, width - rx
    out.append('<g id="labels">')
    out.append(badge(lx, ly, "L", "label-left"))
    out.append(badge(rx, ry, "R", "label-right"))
    out.append('</g>')
    out.append('</svg>')
    return "\n".join(out) + "\n"


# ============================================================== JSON output
def to_json(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = ['%s  %s: %s' % (pad, json.dumps(k), to_json(v, indent + 1))
                 for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if all(isinstance(v, (int, float)) for v in obj):
            return "[" + ", ".join(json.dumps(v) for v in obj) + "]"
        if all(isinstance(v, (list, tuple)) and
               all(isinstance(w, (int, float)) for w in v) for v in obj):
            return "[" + ", ".join(to_json(v) for v in obj) + "]"
        items = [pad + "  " + to_json(v, indent + 1) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(obj)


def pt1(p):
    return [r1(p[0]), r1(p[1])]


# =================================================================== checks
def grid_check(view, w, h, sil, polys, step=1.0):
    """Every grid point: inside silhouette <=> in exactly one region."""
    bad = []
    y = 0.0
    while y <= h:
        sx = scan_crossings(sil, y)
        rx = [scan_crossings(p, y) for p in polys]
        x = 0.0
        while x <= w:
            ins = sum(1 for c in sx if x < c) % 2 == 1
            cnt = sum(1 for cs in rx if sum(1 for c in cs if x < c) % 2 == 1)
            if (ins and cnt != 1) or (not ins and cnt != 0):
                bad.append((x, y, ins, cnt))
            x += step
        y += step
    check(not bad, "%s: tiling broken at %d grid points, e.g. %r"
          % (view, len(bad), bad[:5]))


def deviation_check(view, o, sil, clamp=MID):
    """Polygon vs drawn smooth outline: < 1 unit everywhere."""
    worst = 0.0
    edges = list(zip(sil, sil[1:] + sil[:1]))
    index = {}
    for e in edges:
        for gy in range(int(min(e[0][1], e[1][1]) // 10) - 1,
                        int(max(e[0][1], e[1][1]) // 10) + 2):
            index.setdefault(gy, []).append(e)
    for seg in o.segs:
        for i in range(0, 41):
            p = bez_pt(seg, i / 40.0)
            if o.closed is False and clamp is not None and p[0] > clamp:
                p = (clamp, p[1])
            best = 1e9
            for a, b in index.get(int(p[1] // 10), []):
                dx, dy = b[0] - a[0], b[1] - a[1]
                ll = dx * dx + dy * dy
                t = 0.0 if ll == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ll))
                best = min(best, math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy))
            worst = max(worst, best)
    check(worst < 1.0, "%s: polygon deviates %.2f from the outline" % (view, worst))
    return worst


class EdgeIndex:
    """Distance from points to a polygon's boundary (bucketed by y)."""

    def __init__(self, poly, cell=10.0):
        self.cell = cell
        self.poly = poly
        self.index = {}
        for a, b in zip(poly, poly[1:] + poly[:1]):
            for gy in range(int(min(a[1], b[1]) // cell) - 1,
                            int(max(a[1], b[1]) // cell) + 2):
                self.index.setdefault(gy, []).append((a, b))

    def dist(self, p):
        best = 1e9
        for a, b in self.index.get(int(p[1] // self.cell), []):
            dx, dy = b[0] - a[0], b[1] - a[1]
            ll = dx * dx + dy * dy
            t = 0.0 if ll == 0 else max(0.0, min(1.0, (
                (p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ll))
            best = min(best, math.hypot(p[0] - a[0] - t * dx,
                                        p[1] - a[1] - t * dy))
        return best


def drawing_check(view, o, items):
    """Muscle fills and contour lines must stay inside the silhouette
    (up to 0.8 units, hidden under the 2-unit outline stroke)."""
    poly = o.polygon()
    idx = EdgeIndex(poly)
    leaks = []
    for it in items:
        worst = (0.0, None)
        for p in sample_segs(it.segs, 1.0):
            if not pip(p, poly):
                d = idx.dist(p)
                if d > worst[0]:
                    worst = (d, p)
        if worst[0] >= 0.8:
            leaks.append("'%s' by %.1f at (%.1f, %.1f)"
                         % (it.ident, worst[0], worst[1][0], worst[1][1]))
    check(not leaks, "%s: drawings leak outside the silhouette: %s"
          % (view, "; ".join(leaks)))


def run_checks(views, regions, landmarks, tps, sils, extra):
    box = {v["id"]: (v["width"], v["height"]) for v in views}
    ids = [r["id"] for r in regions]
    check(len(ids) == len(set(ids)), "duplicate region ids")
    for r in regions:
        check(r["id"].startswith(r["view"] + "-"), "bad prefix %s" % r["id"])
    allpolys = [(r["id"], r["view"], r["polygon"]) for r in regions]
    for tid, tp in tps.items():
        for kind in ("essential", "spillover"):
            for z in tp[kind]:
                allpolys.append(("%s/%s" % (tid, kind), z["view"], z["polygon"]))
    for name, view, poly in allpolys:
        w, h = box[view]
        check(len(poly) >= 3, "%s: < 3 points" % name)
        for x, y in poly:
            check(0 <= x <= w and 0 <= y <= h, "%s: point outside view box" % name)
        check(is_simple([tuple(p) for p in poly]), "%s: not simple" % name)
    for view, sil in sils.items():
        w, h = box[view]
        side = [x <= w / 2 for x, _ in sil] if extra[view]["left_canonical"] \
            else [x >= w / 2 for x, _ in sil]
        check(all(side), "%s: left silhouette crosses the midline" % view)
        polys = [[tuple(p) for p in r["polygon"]] for r in regions if r["view"] == view]
        grid_check(view, w, h, [tuple(p) for p in sil], polys)
    for view, pts in landmarks.items():
        for name, (x, y) in pts.items():
            check(pip((x, y), sils[view]), "landmark %s/%s outside" % (view, name))
    # profiles: the left leg strictly in its half, named landmarks
    for view, need in SIDE_LANDMARKS.items():
        xs = [x for x, _ in sils[view]]
        check(max(xs) < box[view][0] / 2 if extra[view]["left_canonical"]
              else min(xs) > box[view][0] / 2,
              "%s: left leg reaches the centre line" % view)
        missing = [n for n in need if n not in landmarks[view]]
        check(not missing, "%s: landmarks missing: %s" % (view, missing))
    # zones inside the silhouette
    for tid, tp in tps.items():
        loc = tp["location"]
        check(pip(tuple(loc["point"]), sils[loc["view"]]), "%s outside leg" % tid)
        for kind in ("essential", "spillover"):
            for z in tp[kind]:
                check(8 <= len(z["polygon"]) <= 24, "%s zone point count" % tid)
                for p in z["polygon"]:
                    check(pip(tuple(p), sils[z["view"]]),
                          "%s %s zone leaves the silhouette at %r" % (tid, kind, p))
    # trigger point constraints
    reg = {r["id"]: [tuple(p) for p in r["polygon"]] for r in regions}
    t1, t2, t3, t4 = (tps[k] for k in ("gastrocnemius-medial-1",
                                        "gastrocnemius-lateral-2",
                                        "gastrocnemius-medial-3",
                                        "gastrocnemius-lateral-4"))
    p4 = tuple(t4["location"]["point"])
    knee_c = extra["back"]["knee_centre"]
    check(pip(p4, reg["back-calf-outer"]), "TrP4 not in upper outer calf")
    check(not pip(p4, reg["back-knee"]), "TrP4 inside back of knee")
    for other in (t1, t2, t3):
        for kind in ("essential", "spillover"):
            for z in other[kind]:
                if z["view"] == "back":
                    check(not pip(p4, [tuple(p) for p in z["polygon"]]),
                          "TrP4 inside another trigger point's zone")
    for t in (t3, t4):
        check(any(z["view"] == "back" and pip(knee_c, [tuple(p) for p in z["polygon"]])
                  for z in t["essential"]), "knee zone misses back-knee centre")
    z2 = t2["essential"][0]
    check(z2["view"] == "back" and pip(tuple(t2["location"]["point"]),
                                       [tuple(p) for p in z2["polygon"]]),
          "TrP2 zone does not contain TrP2")
    x0, y0, x1, y1 = bbox(z2["polygon"])
    check(30 <= x1 - x0 <= 50 and 50 <= y1 - y0 <= 70, "TrP2 zone size")
    z1 = t1["essential"][0]
    check(z1["view"] == "soles" and pip(centroid(z1["polygon"]), reg["soles-arch"]),
          "TrP1 essential zone is not on the arch")
    heads = extra["back"]["heads"]
    for t, head in ((t1, "medial"), (t3, "medial"), (t2, "lateral"), (t4, "lateral")):
        check(pip(tuple(t["location"]["point"]), heads[head]),
              "trigger point not on the %s head" % head)
    y3 = t3["location"]["point"][1]
    check(KNEE_CREASE_Y + Y_SHIFT < y3 < KNEE_CREASE_Y + Y_SHIFT + 25,
          "TrP3 not just below crease")
    check(heads["medial_tip"] > heads["lateral_tip"] + 15,
          "medial head must extend lower than the lateral head")


# ===================================================================== main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--overlay", metavar="DIR",
                    help="also write debug overlay SVGs into DIR")
    args = ap.parse_args()

    built = {"back": build_back(), "front": build_front(), "soles": build_soles(),
             "medial": build_medial(), "lateral": build_lateral()}
    views = [
        {"id": "back", "label": "Back", "file": "back.svg", "width": 400,
         "height": 900 + Y_SHIFT, "left_on_viewer_left": True},
        {"id": "front", "label": "Front", "file": "front.svg", "width": 400,
         "height": 900 + Y_SHIFT, "left_on_viewer_left": False},
        {"id": "soles", "label": "Soles", "file": "soles.svg", "width": 400,
         "height": 520, "left_on_viewer_left": True},
        {"id": "medial", "label": "Inner side", "file": "medial.svg",
         "width": 800, "height": 900, "left_on_viewer_left": False},
        {"id": "lateral", "label": "Outer side", "file": "lateral.svg",
         "width": 800, "height": 900 + Y_SHIFT, "left_on_viewer_left": True},
    ]
    # The inner side of the left leg faces the body's midline: seen from
    # there its toes point to the viewer's right, so the left leg is drawn
    # in the right half, mirrored from its canonical profile (toes left).
    canonical_left = {"back": True, "front": False, "soles": True,
                      "medial": False, "lateral": True}
    regions, landmarks, sils, extra = [], {}, {}, {}
    for v in views:
        vid = v["id"]
        width = v["width"]
        dy = view_shift(vid)
        xf = ((lambda p, dy=dy: (p[0], p[1] + dy)) if canonical_left[vid]
              else (lambda p, w=width, dy=dy: mirror_pt((p[0], p[1] + dy), w)))
        if vid in ("medial", "lateral"):
            # profiles: regions come ready-cut in the canonical frame
            o, regs, lm, draw, sil = built[vid]
            for rid, name, poly in regs:
                regions.append({"id": rid, "name": name, "view": vid,
                                "polygon": [pt1(xf(p)) for p in poly]})
            sils[vid] = [tuple(pt1(xf(p))) for p in sil]
            clamp, canon = None, [tuple(pt1(p)) for p in sil]
        else:
            o, regs, lm, draw = built[vid]
            for rid, name, y0, y1, fl, fr in regs:
                poly = o.strip(y0, y1, fl, fr)
                regions.append({"id": rid, "name": name, "view": vid,
                                "polygon": [pt1(xf(p)) for p in poly]})
            sils[vid] = [tuple(pt1(xf(p))) for p in o.polygon()]
            clamp, canon = MID, o.polygon()
        landmarks[vid] = {k: pt1(xf(p)) for k, p in lm.items()}
        drawing_check(vid, o, draw["items"])
        extra[vid] = {"left_canonical": canonical_left[vid],
                      "deviation": deviation_check(vid, o, canon, clamp)}

    # ---------------------------------------------- gastrocnemius TrPs
    ob = built["back"][0]
    os_ = built["soles"][0]
    back_knee = next(r for r in regions if r["id"] == "back-knee")
    kc = centroid([tuple(p) for p in back_knee["polygon"]])
    knee_centre = (r1(kc[0]), r1(kc[1] - Y_SHIFT))      # in the leg's frame
    P = ob.at
    trp1 = P(0.86, 555)
    trp2 = P(0.23, 545)
    trp3 = P(0.8, 484)
    trp4 = P(0.2, TRP4_Y)

    def zone(view, pts):
        dy = view_shift(view)
        return {"view": view, "polygon": [pt1((x, y + dy)) for x, y in pts]}

    def spot(view, p):
        return {"view": view, "point": pt1((p[0], p[1] + view_shift(view)))}

    tps = {
        "gastrocnemius-medial-1": {
            "location": spot("back", trp1),
            "essential": [zone("soles", fellipse(os_, 0.81, 300, 0.14, 55,
                                                 n=18))],
            "spillover": [
                zone("back", fellipse(ob, 0.66, 446, 0.27, 40, n=16)),
                zone("back", fellipse(ob, 0.8, 605, 0.15, 68, n=18)),
                zone("back", fellipse(ob, 0.5, 798, 0.3, 32, n=14)),
            ],
        },
        "gastrocnemius-lateral-2": {
            "location": spot("back", trp2),
            "essential": [zone("back", ellipse(trp2[0] + 2, trp2[1] + 2,
                                               20, 30, n=16))],
            "spillover": [],
        },
        "gastrocnemius-medial-3": {
            "location": spot("back", trp3),
            "essential": [zone("back", ellipse(knee_centre[0], knee_centre[1],
                                               28, 21, n=16))],
            "spillover": [],
        },
        "gastrocnemius-lateral-4": {
            "location": spot("back", trp4),
            "essential": [zone("back", ellipse(knee_centre[0] - 3,
                                               knee_centre[1] - 12, 30, 26,
                                               n=16))],
            "spillover": [],
        },
    }
    items = {it.ident: it for it in built["back"][3]["items"]}
    heads = {}
    for head in ("medial", "lateral"):
        poly = [(x, y + Y_SHIFT) for x, y in
                sample_segs(items["gastrocnemius-" + head].segs, 3.0)]
        heads[head] = poly
        heads[head + "_tip"] = max(p[1] for p in poly)
    extra["back"]["heads"] = heads
    extra["back"]["knee_centre"] = (knee_centre[0], knee_centre[1] + Y_SHIFT)

    run_checks(views, regions, landmarks, tps, sils, extra)

    geometry = {"views": views, "regions": regions, "landmarks": landmarks,
                "trigger_points": tps}

    os.makedirs(DIAGRAM_DIR, exist_ok=True)
    os.makedirs(KB_DIR, exist_ok=True)
    svgs = {
        "back": leg_svg("back", 900 + Y_SHIFT, "Myomap: legs seen from behind",
                        built["back"][3], True),
        "front": leg_svg("front", 900 + Y_SHIFT, "Myomap: legs seen from the front",
                         built["front"][3], False),
        "soles": leg_svg("soles", 520, "Myomap: soles of the feet",
                         built["soles"][3], True),
        "medial": leg_svg("medial", 900, "Myomap: legs seen from the inner "
                          "side", built["medial"][3], False, SIDE_W),
        "lateral": leg_svg("lateral", 900 + Y_SHIFT, "Myomap: legs seen from the outer "
                           "side", built["lateral"][3], True, SIDE_W),
    }
    for vid, text in svgs.items():
        with open(os.path.join(DIAGRAM_DIR, vid + ".svg"), "w") as f:
            f.write(text)
    # The knowledge base owns everything else; only its views and regions
    # come from here. Trigger-point zones are edited in the knowledge base,
    # placed with the landmarks written beside the diagrams.
    kb_path = os.path.join(KB_DIR, "myomap-kb.json")
    with open(kb_path) as f:
        kb = json.load(f)
    # regions the knowledge base already has keep their places; new ones
    # are appended, so that the file's history stays readable
    known = {r["id"]: i for i, r in enumerate(kb["regions"])}
    regions.sort(key=lambda r: known.get(r["id"], len(known)))
    kb["views"] = views
    kb["regions"] = regions
    with open(kb_path, "w") as f:
        f.write(to_json(kb) + "\n")
    with open(os.path.join(DIAGRAM_DIR, "landmarks.json"), "w") as f:
        f.write(to_json({"note": "Named points of each view, for the person's "
                                 "left side, in the view's coordinates. "
                                 "Written by build-aux/gen-diagram.py.",
                         "landmarks": landmarks,
                         "suggested_trigger_points": tps}) + "\n")

    if args.overlay:
        write_overlays(args.overlay, svgs, regions, tps, landmarks,
                       {v["id"]: v["width"] for v in views})

    print("gen-diagram: wrote %d regions; back-knee centre %s; TrP4 %s; "
          "max outline deviation %s"
          % (len(regions), list(extra["back"]["knee_centre"]),
             spot("back", trp4)["point"],
             ", ".join("%s %.2f" % (k, extra[k]["deviation"]) for k in extra)))
    return 0


def write_overlays(outdir, svgs, regions, tps, landmarks, widths):
    os.makedirs(outdir, exist_ok=True)
    palette = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4",
               "#46f0f0", "#f032e6", "#bcf60c", "#008080", "#9a6324",
               "#800000", "#808000", "#000075"]
    for vid, text in svgs.items():
        add = []
        k = 0
        for r in regions:
            if r["view"] != vid:
                continue
            c = palette[k % len(palette)]
            k += 1
            for poly in (r["polygon"], [list(mirror_pt(p, widths[vid]))
                                        for p in r["polygon"]]):
                add.append('<path d="%s" fill="%s" fill-opacity="0.28" stroke="%s" '
                           'stroke-width="0.6"/>' % (poly_d(poly), c, c))
            cx, cy = centroid([tuple(p) for p in r["polygon"]])
            add.append('<text x="%s" y="%s" font-size="7" text-anchor="middle" '
                       'fill="#000">%s</text>' % (fmt(cx), fmt(cy), r["id"]))
        for tid, tp in tps.items():
            for kind, col in (("essential", "#d00000"), ("spillover", "#0050d0")):
                for z in tp[kind]:
                    if z["view"] == vid:
                        add.append('<path d="%s" fill="none" stroke="%s" '
                                   'stroke-width="1.2" stroke-dasharray="3,2"/>'
                                   % (poly_d(z["polygon"]), col))
            loc = tp["location"]
            if loc["view"] == vid:
                x, y = loc["point"]
                add.append('<circle cx="%s" cy="%s" r="3" fill="#000"/>'
                           '<text x="%s" y="%s" font-size="8">%s</text>'
                           % (x, y, x + 4, y - 3, tid.split("-")[-1]))
        for name, (x, y) in landmarks[vid].items():
            add.append('<circle cx="%s" cy="%s" r="1.6" fill="#0a0"/>' % (x, y))
            add.append('<text x="%s" y="%s" font-size="4.5" fill="#060">%s</text>'
                       % (x + 2, y - 1.5, name))
        out = text.replace("</svg>", "\n".join(add) + "\n</svg>")
        with open(os.path.join(outdir, vid + "-overlay.svg"), "w") as f:
            f.write(out)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CheckError as e:
        sys.stderr.write("gen-diagram: CHECK FAILED: %s\n" % e)
        sys.exit(1)
