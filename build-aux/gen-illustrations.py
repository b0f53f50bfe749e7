#!/usr/bin/env python3
"""Generate Myomap's pictures of every routine position.

Writes resources/illustrations/NAME.svg for every NAME in POSES, from one
small parametric figure, so that all pictures share their proportions,
palette and line weights (the palette is the leg diagram's, see
build-aux/gen-diagram.py).  Usage (from the repository root):

    python3 build-aux/gen-illustrations.py [--check] [--list]

--check  fails (exit 1) when a checked-in picture differs from what this
         script would write, or when one is missing or extra.
--list   prints the names, one a line.

How it works
------------
A person is drawn from a handful of joints.  The pelvis point, the torso's
angle and, for each limb, where its end (ankle or hand) should be; a two-bone
inverse kinematics step puts the knee or elbow in between with fixed segment
lengths, bent to the side the pose asks for.  Every segment is a rounded
capsule (a thick outline stroke under a slightly thinner fill stroke), far
limbs darker than near ones.  Props (floor, wall, chair, ball, pillow,
strap) are drawn around the figure.  The area being worked is tinted with
the app's accent colour and marked: a dashed ring where to search (locate
steps), a filled ring with a pressure arrow where to press (releases); a
stretch tints the limb that stretches.  Pictures that depend on which way
the foot turns (the wall lunges) carry a small top-down inset of the feet.

Angles are in degrees in SVG's frame: 0 points right, 90 points down.

Only the Python standard library is used.
"""

import argparse
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "resources", "illustrations")

W, H = 240.0, 180.0
FLOOR = 166.0

# ---------------------------------------------------------------- colours
# The leg diagram's palette; the accent is libadwaita's default blue.  Fills
# are light and outlines mid-dark so the figure reads on a light and a dark
# background alike.
SKIN = "#ecdfd4"
SKIN_FAR = "#d9c6b7"
OUTLINE = "#6e5c50"
HAIR = "#8f7a6c"
ACCENT = "#3584e4"
PROP = "#c0bfbc"
PROP_LIGHT = "#deddda"
PROP_LINE = "#77767b"
BALL = "#f6d32d"
BALL_LINE = "#b5835a"
STRAP = "#986a44"

# ---------------------------------------------------------------- figure
TORSO = 46.0
NECK = 5.0
HEAD_R = 9.5
THIGH = 40.0
SHIN = 38.0
FOOT = 14.0
HEEL = 3.0
UPPER = 26.0
FORE = 25.0

TORSO_W = 21.0
THIGH_W = 13.0
SHIN_W = 10.0
FOOT_W = 6.0
UPPER_W = 8.0
FORE_W = 7.0
OUTLINE_W = 1.6

ANKLE_UP = FOOT_W / 2.0   # ankle height over the floor, foot flat


def fmt(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def pt(p):
    return "%s,%s" % (fmt(p[0]), fmt(p[1]))


def polar(p, angle, length):
    a = math.radians(angle)
    return (p[0] + length * math.cos(a), p[1] + length * math.sin(a))


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def angle_of(a, b):
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def two_bone(root, target, l1, l2, bend):
    """Knee or elbow between root and target; bend = +1 or -1 picks the side
    (+1: to the left of the root->target direction as seen on screen, i.e.
    the direction rotated by -90 degrees; a knee forward for a person facing
    right)."""
    dx, dy = target[0] - root[0], target[1] - root[1]
    d = math.hypot(dx, dy)
    d = min(max(d, abs(l1 - l2) + 1e-3), l1 + l2 - 1e-3)
    base = math.atan2(dy, dx)
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    a = math.acos(max(-1.0, min(1.0, cos_a)))
    mid_angle = base - bend * a
    mid = (root[0] + l1 * math.cos(mid_angle), root[1] + l1 * math.sin(mid_angle))
    end = polar(mid, math.degrees(math.atan2(target[1] - mid[1], target[0] - mid[0])), l2)
    return mid, end


class Person:
    """A person in profile (or, with front=True, seen from the front).

    pelvis: the hip joint; torso: angle from pelvis to shoulders;
    legs/arms: dicts name -> (target, bend[, foot angle]) for 'near' and
    'far'; face: the angle the face looks to (hair goes opposite)."""

    def __init__(self, pelvis, torso, face, legs, arms, head_tilt=0.0,
                 front=False):
        self.pelvis = pelvis
        self.torso = torso
        self.face = face
        self.front = front
        self.shoulder = polar(pelvis, torso, TORSO)
        self.head = polar(self.shoulder, torso + head_tilt, NECK + HEAD_R)
        self.seg = {}
        self.seg["torso"] = (pelvis, self.shoulder)
        perp = torso + 90
        for name, spec in legs.items():
            target, bend = spec[0], spec[1]
            foot_angle = spec[2] if len(spec) > 2 else 0.0
            hip = pelvis
            if front:
                hip = polar(pelvis, perp, 7.0 if name == "near" else -7.0)
            knee, ankle = two_bone(hip, target, THIGH, SHIN, bend)
            self.seg[name + ".thigh"] = (hip, knee)
            self.seg[name + ".shin"] = (knee, ankle)
            self.seg[name + ".foot"] = (polar(ankle, foot_angle + 180, HEEL),
                                        polar(ankle, foot_angle, FOOT))
        for name, (target, bend) in arms.items():
            sh = self.shoulder
            if front:
                sh = polar(sh, perp, 11.0 if name == "near" else -11.0)
            elbow, hand = two_bone(sh, target, UPPER, FORE, bend)
            self.seg[name + ".upper"] = (sh, elbow)
            self.seg[name + ".fore"] = (elbow, hand)

    def set_leg(self, name, knee, ankle, foot_angle=0.0):
        """Place a leg by hand: a limb seen foreshortened (turned towards or
        away from the viewer) looks shorter than its length."""
        hip = self.seg[name + ".thigh"][0]
        self.seg[name + ".thigh"] = (hip, knee)
        self.seg[name + ".shin"] = (knee, ankle)
        self.seg[name + ".foot"] = (polar(ankle, foot_angle + 180, HEEL),
                                    polar(ankle, foot_angle, FOOT))

    def set_arm(self, name, elbow, hand):
        sh = self.seg[name + ".upper"][0]
        self.seg[name + ".upper"] = (sh, elbow)
        self.seg[name + ".fore"] = (elbow, hand)

    def at(self, seg, t, off=0.0):
        """A point on a segment, off units to the left of its direction."""
        a, b = self.seg[seg]
        p = lerp(a, b, t)
        return polar(p, angle_of(a, b) - 90, off)


WIDTHS = {"thigh": THIGH_W, "shin": SHIN_W, "foot": FOOT_W,
          "upper": UPPER_W, "fore": FORE_W, "torso": TORSO_W}


def width_of(seg):
    return WIDTHS[seg.split(".")[-1]]


def capsule(chain, width, fill, opacity=None):
    d = "M" + " L".join(pt(p) for p in chain)
    op = ' stroke-opacity="%s"' % fmt(opacity) if opacity is not None else ""
    return ('<path d="%s" fill="none" stroke="%s" stroke-width="%s"'
            ' stroke-linecap="round" stroke-linejoin="round"%s/>'
            % (d, fill, fmt(width), op))


def outlined(chain, width, fill):
    return [capsule(chain, width + 2 * OUTLINE_W, OUTLINE),
            capsule(chain, width, fill)]


def draw_limb(person, name, kind, fill, work):
    parts = ("thigh", "shin", "foot") if kind == "leg" else ("upper", "fore")
    out = []
    for part in parts:
        key = name + "." + part
        a, b = person.seg[key]
        out += outlined([a, b], WIDTHS[part], fill)
    # the joints again without outline, so segments merge smoothly
    for part in parts[1:]:
        a, b = person.seg[name + "." + part]
        out.append(capsule([a, lerp(a, b, 0.01)], WIDTHS[part], fill))
    for part in parts:
        key = name + "." + part
        if key in work:
            a, b = person.seg[key]
            out.append(capsule([a, b], WIDTHS[part] - 1.0, ACCENT, 0.55))
    return out


def draw_person(p, work=(), skip_far_arm=False, near_arm_behind=False,
                leg_over_arm=False):
    out = ['<g class="person">']
    if "far" in dict.fromkeys(k.split(".")[0] for k in p.seg):
        if "far.thigh" in p.seg:
            out += draw_limb(p, "far", "leg", SKIN_FAR, work)
        if "far.upper" in p.seg and not skip_far_arm:
            out += draw_limb(p, "far", "arm", SKIN_FAR, work)
    if near_arm_behind and "near.upper" in p.seg:
        out += draw_limb(p, "near", "arm", SKIN, work)
    # torso: a capsule from a little below the hip to the shoulder
    low = polar(p.pelvis, p.torso + 180, 3.0)
    out += outlined([low, p.shoulder], TORSO_W, SKIN)
    if "torso" in work:
        out.append(capsule([low, p.shoulder], TORSO_W - 1.0, ACCENT, 0.55))
    # head with its hair on the back, so the face's direction reads
    hx, hy = p.head
    out.append('<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" '
               'stroke-width="%s"/>' % (fmt(hx), fmt(hy), fmt(HEAD_R), SKIN,
                                        OUTLINE, fmt(OUTLINE_W)))
    if p.front:
        a0, a1 = -180.0, 0.0
        hair = arc_path(p.head, HEAD_R, p.torso - 80, p.torso + 80)
    else:
        hair = arc_path(p.head, HEAD_R, p.face + 110, p.face + 250)
    out.append('<path d="%s" fill="%s" stroke="%s" stroke-width="%s" '
               'stroke-linejoin="round"/>' % (hair, HAIR, OUTLINE,
                                              fmt(OUTLINE_W)))
    if leg_over_arm and "near.upper" in p.seg and not near_arm_behind:
        out += draw_limb(p, "near", "arm", SKIN, work)
    if "near.thigh" in p.seg:
        out += draw_limb(p, "near", "leg", SKIN, work)
    if "near.upper" in p.seg and not near_arm_behind and not leg_over_arm:
        out += draw_limb(p, "near", "arm", SKIN, work)
    out.append("</g>")
    return out


def arc_path(c, r, a0, a1):
    p0 = polar(c, a0, r)
    p1 = polar(c, a1, r)
    large = 1 if (a1 - a0) % 360 > 180 else 0
    return "M%s A%s,%s 0 %d 1 %s Z" % (pt(p0), fmt(r), fmt(r), large, pt(p1))


# ------------------------------------------------------------------ props
def floor():
    return ['<path d="M8,%s H232" stroke="%s" stroke-width="2" '
            'stroke-linecap="round"/>' % (fmt(FLOOR), PROP_LINE)]


def mat(x0, x1):
    return ['<rect x="%s" y="%s" width="%s" height="4" rx="2" fill="%s" '
            'stroke="%s" stroke-width="1"/>'
            % (fmt(x0), fmt(FLOOR - 4), fmt(x1 - x0), PROP_LIGHT, PROP_LINE)]


def wall(x):
    out = ['<rect x="%s" y="14" width="14" height="%s" fill="%s" '
           'stroke="%s" stroke-width="1.2"/>' % (fmt(x), fmt(FLOOR - 14),
                                                 PROP_LIGHT, PROP_LINE)]
    for y in range(22, int(FLOOR), 14):
        out.append('<path d="M%s,%d l10,-8" stroke="%s" stroke-width="0.8"/>'
                   % (fmt(x + 2), y + 8, PROP))
    return out


def chair(x, seat_y, facing=1, back=True):
    """A chair whose seat front edge is at x (facing +1: the sitter looks
    right)."""
    depth = 40.0
    x0 = x - depth if facing > 0 else x
    x1 = x0 + depth
    out = ['<rect x="%s" y="%s" width="%s" height="5" rx="2" fill="%s" '
           'stroke="%s" stroke-width="1.2"/>' % (fmt(x0), fmt(seat_y),
                                                 fmt(depth), PROP, PROP_LINE)]
    for lx in (x0 + 3, x1 - 3):
        out.append('<path d="M%s,%s V%s" stroke="%s" stroke-width="3" '
                   'stroke-linecap="round"/>' % (fmt(lx), fmt(seat_y + 5),
                                                 fmt(FLOOR), PROP_LINE))
    if back:
        bx = x0 + 3 if facing > 0 else x1 - 3
        out.append('<path d="M%s,%s V%s" stroke="%s" stroke-width="3.5" '
                   'stroke-linecap="round"/>' % (fmt(bx), fmt(seat_y),
                                                 fmt(seat_y - 46), PROP_LINE))
    return out


def ball(c, r=9.0):
    x, y = c
    return ['<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" '
            'stroke-width="1.4"/>' % (fmt(x), fmt(y), fmt(r), BALL, BALL_LINE),
            '<path d="M%s,%s q%s,%s 0,%s" fill="none" stroke="%s" '
            'stroke-width="1"/>' % (fmt(x - r * 0.45), fmt(y - r * 0.85),
                                    fmt(r * 0.6), fmt(r * 0.85),
                                    fmt(r * 1.7), BALL_LINE)]


def pillow(x, y, w=26.0, h=8.0):
    return ['<rect x="%s" y="%s" width="%s" height="%s" rx="4" fill="%s" '
            'stroke="%s" stroke-width="1"/>' % (fmt(x), fmt(y), fmt(w), fmt(h),
                                                PROP_LIGHT, PROP_LINE)]


def strap(points):
    d = "M" + " L".join(pt(p) for p in points)
    return ['<path d="%s" fill="none" stroke="%s" stroke-width="2.4" '
            'stroke-linecap="round" stroke-linejoin="round"/>' % (d, STRAP)]


def search_mark(c):
    """Where to search: a dashed accent ring."""
    return ['<circle cx="%s" cy="%s" r="9" fill="%s" fill-opacity="0.18" '
            'stroke="%s" stroke-width="2" stroke-dasharray="3.5 2.5"/>'
            % (fmt(c[0]), fmt(c[1]), ACCENT, ACCENT)]


def press_mark(c, angle):
    """Where to press: a filled accent ring and an arrow pointing in at
    angle (the direction of the pressure)."""
    tail = polar(c, angle + 180, 25)
    tip = polar(c, angle + 180, 11)
    head_l = polar(tip, angle + 180 + 30, 6)
    head_r = polar(tip, angle + 180 - 30, 6)
    return ['<circle cx="%s" cy="%s" r="6" fill="%s" fill-opacity="0.45" '
            'stroke="%s" stroke-width="1.6"/>' % (fmt(c[0]), fmt(c[1]),
                                                  ACCENT, ACCENT),
            '<path d="M%s L%s M%s L%s L%s" fill="none" stroke="%s" '
            'stroke-width="2.2" stroke-linecap="round" '
            'stroke-linejoin="round"/>' % (pt(tail), pt(tip), pt(head_l),
                                           pt(tip), pt(head_r), ACCENT)]


def contact_mark(c):
    """Where a ball presses: a filled accent ring (the ball shows the
    direction of the pressure)."""
    return ['<circle cx="%s" cy="%s" r="5" fill="%s" fill-opacity="0.5" '
            'stroke="%s" stroke-width="1.6"/>' % (fmt(c[0]), fmt(c[1]),
                                                  ACCENT, ACCENT)]


def stretch_mark(a, b):
    """A double-headed accent arrow alongside a stretching segment."""
    ang = angle_of(a, b)
    out = ['<path d="M%s L%s" fill="none" stroke="%s" stroke-width="2" '
           'stroke-linecap="round"/>' % (pt(a), pt(b), ACCENT)]
    for tip, direction in ((a, ang + 180), (b, ang)):
        l = polar(tip, direction + 180 + 32, 5.5)
        r = polar(tip, direction + 180 - 32, 5.5)
        out.append('<path d="M%s L%s L%s" fill="none" stroke="%s" '
                   'stroke-width="2" stroke-linecap="round" '
                   'stroke-linejoin="round"/>' % (pt(l), pt(tip), pt(r), ACCENT))
    return out


def feet_inset(turn):
    """Top view of both feet facing the wall (at the top), the back (working)
    foot turned by `turn` degrees: negative = toes in, positive = out."""
    x, y, w, h = 6.0, 6.0, 64.0, 74.0
    out = ['<rect x="%s" y="%s" width="%s" height="%s" rx="8" fill="%s" '
           'stroke="%s" stroke-width="1.2"/>'
           % (fmt(x), fmt(y), fmt(w), fmt(h), PROP_LIGHT, PROP_LINE),
           '<path d="M%s,%s H%s" stroke="%s" stroke-width="3.5" '
           'stroke-linecap="round"/>' % (fmt(x + 8), fmt(y + 8),
                                         fmt(x + w - 8), PROP_LINE)]

    def footprint(cx, cy, rot, fill, stroke, width, left):
        # a left foot seen from above has its big toe on the right
        m = -1 if left else 1
        toes = "".join('<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" '
                       'stroke-width="1"/>' % (fmt(m * tx), fmt(ty), fmt(tr), fill,
                                               stroke)
                       for tx, ty, tr in ((-3.6, -14.5, 2.4), (0.6, -15.2, 1.9),
                                          (3.9, -13.8, 1.7), (6.2, -11.6, 1.5)))
        return ('<g transform="translate(%s,%s) rotate(%s)">'
                '<path d="M-5,-10 C-7,-4 -5,6 -4,10 C-3,14 4,14 5,10 '
                'C6,4 8,-4 6,-10 C5,-13 -4,-13 -5,-10 Z" fill="%s" stroke="%s" '
                'stroke-width="%s" transform="scale(%d,1)"/>%s</g>'
                % (fmt(cx), fmt(cy), fmt(rot), fill, stroke, fmt(width), m,
                   toes))

    # the left (working) foot behind on the left, the other in front on the
    # right; toes in turns the left foot clockwise (towards the midline)
    out.append(footprint(x + 44, y + 30, 0, SKIN_FAR, OUTLINE, 1.2, False))
    c = (x + 22, y + 54)
    out.append(footprint(c[0], c[1], -turn, SKIN, ACCENT, 2.0, True))
    if turn:
        # a curved arrow from straight ahead to where the toes point
        a0, a1 = -90.0, -90.0 - turn
        p0 = polar(c, a0, 21)
        p1 = polar(c, a1, 21)
        sweep = 0 if turn > 0 else 1
        out.append('<path d="M%s A21,21 0 0 %d %s" fill="none" stroke="%s" '
                   'stroke-width="2" stroke-linecap="round"/>'
                   % (pt(p0), sweep, pt(p1), ACCENT))
        tip_dir = a1 + (-90 if turn > 0 else 90)
        l = polar(p1, tip_dir + 180 + 35, 5)
        r = polar(p1, tip_dir + 180 - 35, 5)
        out.append('<path d="M%s L%s L%s" fill="none" stroke="%s" '
                   'stroke-width="2" stroke-linecap="round" '
                   'stroke-linejoin="round"/>' % (pt(l), pt(p1), pt(r), ACCENT))
    return out


# ------------------------------------------------------------------ poses
def on_floor(x):
    return (x, FLOOR - ANKLE_UP)


def seated_chair(hand_near, hand_far, near_ankle=None, lean=-80, x=92.0,
                 seat=118.0, near_foot=0.0, far_ankle=None, near_bend=1):
    """Sitting on a chair facing right, the seat's front edge at x."""
    pelvis = (x - 12, seat - 6)
    legs = {"far": (far_ankle or on_floor(x + 18), 1, 0.0),
            "near": (near_ankle or on_floor(x + 24), near_bend, near_foot)}
    arms = {"far": (hand_far, 1), "near": (hand_near, 1)}
    return Person(pelvis, lean, 0, legs, arms), chair(x, seat)


def sitting_floor(lean, near_ankle, far_ankle, hand_near, hand_far, x=70.0,
                  near_foot=-80.0, far_foot=-80.0, far_bend=1, near_bend=1):
    pelvis = (x, FLOOR - 11)
    legs = {"far": (far_ankle, far_bend, far_foot),
            "near": (near_ankle, near_bend, near_foot)}
    arms = {"far": (hand_far, 1), "near": (hand_near, 1)}
    return Person(pelvis, lean, 0, legs, arms)


def standing(x, near_ankle=None, far_ankle=None, lean=-90, hand_near=None,
             hand_far=None, near_foot=0.0, far_foot=0.0, near_bend=1,
             far_bend=1, pelvis=None):
    pelvis = pelvis or (x, FLOOR - ANKLE_UP - THIGH - SHIN + 1)
    legs = {"far": (far_ankle or on_floor(x + 2), far_bend, far_foot),
            "near": (near_ankle or on_floor(x - 2), near_bend, near_foot)}
    shoulder = polar(pelvis, lean, TORSO)
    arms = {"far": (hand_far or (shoulder[0] + 4, shoulder[1] + 48), 1),
            "near": (hand_near or (shoulder[0] + 2, shoulder[1] + 49), 1)}
    return Person(pelvis, lean, 0, legs, arms)


def supine(x, near_ankle, far_ankle, hand_near, hand_far, near_foot=-70.0,
           far_foot=-70.0, pelvis_y=None, head_tilt=-8.0, near_bend=1,
           far_bend=1):
    """Lying on the back, head to the left, feet to the right."""
    pelvis = (x, pelvis_y if pelvis_y is not None else FLOOR - 4 - TORSO_W / 2)
    legs = {"far": (far_ankle, far_bend, far_foot),
            "near": (near_ankle, near_bend, near_foot)}
    arms = {"far": (hand_far, -1), "near": (hand_near, -1)}
    return Person(pelvis, 180, -90, legs, arms, head_tilt=head_tilt)


def pose_locate(area):
    if area == "calf":
        p, props = seated_chair((0, 0), (0, 0))
        spot = p.at("near.shin", 0.35, -4)
        p, props = seated_chair(polar(spot, 180, 2), polar(spot, 200, 3),
                                lean=-55)
        spot = p.at("near.shin", 0.35, -4)
        return props + draw_person(p, ("near.shin",)) + search_mark(spot)
    if area == "shin":
        p, _ = seated_chair((0, 0), (0, 0))
        spot = p.at("near.shin", 0.4, 4)
        p, props = seated_chair(polar(spot, 0, 3), polar(spot, -20, 3),
                                lean=-60)
        spot = p.at("near.shin", 0.4, 4)
        return props + draw_person(p, ("near.shin",)) + search_mark(spot)
    if area == "thigh":
        p, _ = seated_chair((0, 0), (0, 0))
        spot = p.at("near.thigh", 0.6, 5)
        p, props = seated_chair(polar(spot, -60, 2), polar(spot, -40, 3),
                                lean=-72)
        spot = p.at("near.thigh", 0.6, 5)
        return props + draw_person(p, ("near.thigh",)) + search_mark(spot)
    if area == "hip":
        x = 120.0
        p = standing(x)
        spot = polar(p.pelvis, 180, 9)
        p = standing(x, hand_near=polar(spot, 180, 2), hand_far=polar(spot, -20, 10),
                     lean=-86)
        spot = polar(p.pelvis, 170, 10)
        return floor() + draw_person(p, ("torso",)) + search_mark(spot)
    if area == "foot":
        p, props = pose_ankle_on_knee(lambda p: p.at("near.foot", 0.5, 5))
        spot = p.at("near.foot", 0.5, -2)
        return props + draw_person(p, ("near.foot",), leg_over_arm=True) + search_mark(spot)
    raise KeyError(area)


def chair_front(cx, seat_y):
    """A chair seen from the front, its back behind the sitter."""
    half = 30.0
    return ['<rect x="%s" y="%s" width="%s" height="46" rx="3" fill="%s" '
            'stroke="%s" stroke-width="1.2"/>' % (fmt(cx - 24), fmt(seat_y - 46), fmt(48),
                                                  PROP_LIGHT, PROP_LINE),
            '<rect x="%s" y="%s" width="%s" height="6" rx="2" fill="%s" '
            'stroke="%s" stroke-width="1.2"/>' % (fmt(cx - half), fmt(seat_y), fmt(2 * half),
                                                  PROP, PROP_LINE)] + [
        '<path d="M%s,%s V%s" stroke="%s" stroke-width="3" stroke-linecap="round"/>'
        % (fmt(x), fmt(seat_y + 6), fmt(FLOOR), PROP_LINE)
        for x in (cx - half + 3, cx + half - 3)]


def pose_ankle_on_knee(hand_at, tilt=0.0):
    """Seen from the front, seated on a chair with this (the left) ankle
    resting on the other knee, the knee dropped out to the side: the figure
    four that a profile cannot show.  tilt > 0 points the toes down, < 0
    draws them up."""
    seat = 112.0
    pelvis = (120.0, seat - 4)

    def make(hand):
        p = front_person(pelvis, -90, (0, 0), (0, 0), (0, 0), (0, 0))
        # the other leg: the thigh comes towards us (short), the shin down
        far_hip = p.seg["far.thigh"][0]
        far_knee = (far_hip[0] - 5, seat + 8)
        # its foot points at us: drawn short, straight down to the floor
        p.set_leg("far", far_knee, (far_knee[0] - 1, FLOOR - FOOT - 1), 90)
        # this leg: the knee out to the side, the shin across the other knee
        near_hip = p.seg["near.thigh"][0]
        knee = (near_hip[0] + 30, seat - 4)
        ankle = (far_knee[0] + 4, far_knee[1] - THIGH_W / 2 - SHIN_W / 2 + 2)
        p.set_leg("near", knee, ankle, 180 - tilt)
        for name, target in (("near", hand), ("far", (hand[0] - 6, hand[1] + 3))):
            sh = p.seg[name + ".upper"][0]
            elbow, end = two_bone(sh, target, UPPER, FORE, 1 if name == "near" else -1)
            p.set_arm(name, elbow, end)
        return p

    p = make((pelvis[0], pelvis[1]))
    p = make(hand_at(p))
    return p, floor() + chair_front(pelvis[0], seat)


def pose_ball_calf_lying():
    r = 10.0
    ankle = (196.0, FLOOR - 4 - 2 * r - 1)
    p = supine(112.0, ankle, (176.0, FLOOR - ANKLE_UP - 4), (116, FLOOR - 8),
               (108, FLOOR - 8), far_bend=1, near_foot=-80)
    c = p.at("near.shin", 0.45, 0)
    bc = (c[0], FLOOR - 4 - r)
    # lift the near leg so the calf rests on the ball
    return (mat(20, 226) + pillow(24, FLOOR - 12) + ball(bc, r)
            + draw_person(p, ("near.shin",))
            + contact_mark((c[0], c[1] + SHIN_W / 2 + 1)))


def pose_kneel_on_calf():
    """Kneeling on this shin, the other shin laid across this calf, sitting
    back so the body's weight presses the calf."""
    knee = (132.0, FLOOR - SHIN_W / 2)
    ankle = (knee[0] - SHIN + 1, FLOOR - FOOT_W / 2)
    calf = lerp(knee, ankle, 0.45)
    pelvis = (ankle[0] + 8, FLOOR - 40)
    p = Person(pelvis, -70, 0, {"near": ((0, 0), 1, 180), "far": ((0, 0), 1, 180)},
               {"near": ((156, FLOOR - 4), 1), "far": ((160, FLOOR - 4), 1)})
    p.set_leg("near", knee, ankle, 180)
    # the other leg: its knee out to the side in front, its shin crossing
    # over this calf (seen end-on from the side, so short)
    far_knee = (knee[0] + 4, FLOOR - SHIN_W - THIGH_W / 2 - 4)
    far_ankle = (calf[0] - 2, calf[1] - SHIN_W / 2 - SHIN_W / 2 - 1)
    p.set_leg("far", far_knee, far_ankle, 150)
    spot = (calf[0] + 2, calf[1])
    return (mat(40, 210) + draw_person(p, ("near.shin",))
            + press_mark(spot, 90))


def pose_ball_shin_kneeling():
    r = 7.5
    knee = (110.0, FLOOR - SHIN_W / 2)
    ankle = (knee[0] - SHIN + 4, FLOOR - 2 * r - SHIN_W / 2 + 2)
    pelvis = (knee[0] - 2, knee[1] - THIGH + 2)
    p = Person(pelvis, 0, 60,
               {"near": (ankle, 1, 180), "far": ((ankle[0] + 2, FLOOR - FOOT_W / 2), 1, 180)},
               {"near": ((160, FLOOR - 3), -1), "far": ((164, FLOOR - 3), -1)},
               head_tilt=25)
    c = p.at("near.shin", 0.55, 0)
    bc = (c[0], FLOOR - r)
    return (floor() + ball(bc, r) + draw_person(p, ("near.shin",))
            + contact_mark((c[0], c[1] + SHIN_W / 2)))


def side_lying(ankle_near, ankle_far, near_foot=0.0, far_foot=0.0,
               pelvis_y=None, work=(), near_bend=-1, far_bend=-1):
    """Lying on the side, propped on the elbow, head to the left.  The
    'near' leg is the lower one here."""
    pelvis = (136.0, pelvis_y if pelvis_y is not None else FLOOR - 12)
    p = Person(pelvis, 198, -90,
               {"near": (ankle_near, near_bend, near_foot),
                "far": (ankle_far, far_bend, far_foot)},
               {"near": ((0, 0), 1), "far": ((0, 0), 1)}, head_tilt=50)
    sh = p.shoulder
    elbow = (sh[0] + 2, FLOOR - UPPER_W / 2 - 1)
    p.set_arm("near", elbow, (elbow[0] - FORE, FLOOR - FORE_W / 2 - 1))
    p.set_arm("far", polar(sh, 60, UPPER - 4), (sh[0] + 30, FLOOR - 6))
    return p


def pose_ball_outer_leg_sidelying():
    r = 7.5
    ankle_near = (214.0, FLOOR - 2 * r - 2)
    p = side_lying(ankle_near, (210.0, FLOOR - 26), near_foot=-10,
                   far_foot=-10)
    c = p.at("near.shin", 0.5, 0)
    bc = (c[0], FLOOR - r)
    return (floor() + ball(bc, r)
            + draw_person(p, ("near.shin",), near_arm_behind=False)
            + contact_mark((c[0], c[1] + SHIN_W / 2)))


def pose_ball_outer_thigh_sidelying():
    r = 8.0
    p = side_lying((214.0, FLOOR - 6), (208.0, FLOOR - 24),
                   pelvis_y=FLOOR - 2 * r - 8, near_foot=-20, far_foot=-20)
    c = p.at("near.thigh", 0.5, 0)
    bc = (c[0], FLOOR - r)
    return (floor() + ball(bc, r) + draw_person(p, ("near.thigh",))
            + contact_mark((c[0], c[1] + THIGH_W / 2)))


def prone(near_ankle, far_ankle, pelvis_y, near_bend=-1, far_bend=-1,
          near_foot=90.0, far_foot=90.0):
    """Face down, propped on the forearms, head to the left."""
    pelvis = (124.0, pelvis_y)
    p = Person(pelvis, 188, 150,
               {"near": (near_ankle, near_bend, near_foot),
                "far": (far_ankle, far_bend, far_foot)},
               {"near": ((52.0 + FORE, FLOOR - 4), 1),
                "far": ((56.0 + FORE, FLOOR - 4), 1)}, head_tilt=-20)
    return p


def pose_ball_thigh_front_prone():
    r = 8.0
    p = prone((204.0, FLOOR - 8), (204.0, FLOOR - 5), FLOOR - 2 * r - 8)
    c = p.at("near.thigh", 0.5, 0)
    bc = (c[0], FLOOR - r)
    return (floor() + ball(bc, r) + draw_person(p, ("near.thigh",))
            + contact_mark((c[0], c[1] + THIGH_W / 2)))


def pose_ball_inner_thigh_prone():
    r = 8.0
    # the near leg bent out to the side (frog): seen from the side the thigh
    # looks shorter and the knee is bent
    p = prone((0, 0), (204.0, FLOOR - 5), FLOOR - 2 * r - 8)
    hip = p.seg["near.thigh"][0]
    # the knee drawn up on the floor towards the chest, the shin back along
    # the floor: the thigh turned out, foreshortened
    knee = (hip[0] + 24, FLOOR - 2 * r - 2)
    ankle = (knee[0] + SHIN - 4, FLOOR - SHIN_W / 2 - 1)
    p.set_leg("near", knee, ankle, 0)
    c = p.at("near.thigh", 0.55, 0)
    bc = (c[0], FLOOR - r)
    return (floor() + ball(bc, r) + draw_person(p, ("near.thigh",))
            + contact_mark((c[0], c[1] + THIGH_W / 2)))


def pose_ball_thigh_back_seated():
    r = 7.5
    seat = 118.0
    p, props = seated_chair((88, seat - 18), (90, seat - 20), seat=seat,
                            lean=-84)
    hip = p.seg["near.thigh"][0]
    knee = polar(hip, -9, THIGH)
    ankle = polar(knee, 96, SHIN)
    ankle = (ankle[0], min(ankle[1], FLOOR - ANKLE_UP))
    p.set_leg("near", knee, ankle, 0)
    c = lerp(hip, knee, 0.55)
    bc = (c[0], c[1] + THIGH_W / 2 + r - 1)
    return (props + ball(bc, r) + draw_person(p, ("near.thigh",))
            + contact_mark((c[0], c[1] + THIGH_W / 2)))


def pose_ball_thigh_back_lying():
    r = 8.0
    hip = (112.0, FLOOR - 4 - TORSO_W / 2)
    p = supine(hip[0], (0, 0), (166.0, FLOOR - ANKLE_UP - 4), (124, FLOOR - 8), (118, FLOOR - 8),
               far_foot=-70, pelvis_y=hip[1])
    # this leg straight, its thigh lifted by the ball
    knee = (hip[0] + THIGH - 1, FLOOR - 4 - 2 * r - THIGH_W / 2 + 3)
    ankle = polar(knee, angle_of(hip, knee) + 8, SHIN)
    p.set_leg("near", knee, ankle, -80)
    c = p.at("near.thigh", 0.6, 0)
    return (mat(20, 226) + pillow(24, FLOOR - 12) + ball((c[0], FLOOR - 4 - r), r)
            + draw_person(p, ("near.thigh",)) + contact_mark((c[0], c[1] + THIGH_W / 2)))


def pose_stretch_adductor_butterfly():
    """Seen from the front: sitting, soles together, knees dropped out."""
    pelvis = (120.0, FLOOR - 14)
    p = front_person(pelvis, -90, (0, 0), (0, 0), (0, 0), (0, 0))
    feet = (pelvis[0], FLOOR - 5)
    for name, sign in (("near", 1), ("far", -1)):
        hip = p.seg[name + ".thigh"][0]
        knee = (pelvis[0] + sign * 42, FLOOR - 26)
        ankle = (feet[0] + sign * 5, feet[1])
        p.set_leg(name, knee, ankle, 90 - sign * 70)
    # the hands hold the feet, the elbows out
    for name, sign in (("near", 1), ("far", -1)):
        sh = p.seg[name + ".upper"][0]
        hand = (feet[0] + sign * 4, feet[1] - 8)
        elbow = (sh[0] + sign * 16, sh[1] + 20)
        p.set_arm(name, elbow, hand)
    a, b = p.seg["near.thigh"]
    return (mat(40, 200) + draw_person(p, ("near.thigh",))
            + stretch_mark(polar(lerp(a, b, 0.15), angle_of(a, b) - 90, 11),
                           polar(lerp(a, b, 0.9), angle_of(a, b) - 90, 11)))


def pose_ball_buttock_lying():
    r = 8.0
    p = supine(112.0, (170.0, FLOOR - ANKLE_UP - 4), (166.0, FLOOR - ANKLE_UP - 4),
               (124, FLOOR - 8), (118, FLOOR - 8), pelvis_y=FLOOR - 4 - 2 * r - 4,
               near_foot=0, far_foot=0, near_bend=1, far_bend=1)
    c = polar(p.pelvis, 90, TORSO_W / 2 - 2)
    return (mat(20, 226) + pillow(24, FLOOR - 12) + ball((c[0] + 2, FLOOR - 4 - r), r)
            + draw_person(p, ("torso",)) + contact_mark((c[0] + 2, c[1])))


def pose_ball_lower_back_lying():
    r = 8.0
    p = supine(112.0, (170.0, FLOOR - ANKLE_UP - 4), (166.0, FLOOR - ANKLE_UP - 4),
               (100, FLOOR - 8), (94, FLOOR - 8), pelvis_y=FLOOR - 4 - TORSO_W / 2 - 3,
               near_foot=0, far_foot=0)
    c = p.at("torso", 0.22, 0)
    c = (c[0], FLOOR - 4 - r)
    return (mat(20, 226) + pillow(24, FLOOR - 12) + ball(c, r)
            + draw_person(p, ("torso",))
            + contact_mark((c[0], c[1] - r + 1)))


def pose_fingers_groin_lying():
    p = supine(112.0, (164.0, FLOOR - ANKLE_UP - 4), (190.0, FLOOR - ANKLE_UP - 4),
               (0, 0), (0, 0), near_foot=0)
    spot = p.at("near.thigh", 0.12, 6)
    p = supine(112.0, (164.0, FLOOR - ANKLE_UP - 4), (190.0, FLOOR - ANKLE_UP - 4),
               polar(spot, -90, 3), polar(spot, -60, 5), near_foot=0,
               far_foot=-80)
    spot = p.at("near.thigh", 0.12, 6)
    return (mat(20, 226) + pillow(24, FLOOR - 12) + draw_person(p, ("near.thigh",))
            + press_mark(spot, 90))


def pose_ball_foot_standing():
    r = 7.0
    x = 140.0
    ankle = (x + 8, FLOOR - 2 * r - 1)
    p = standing(x, near_ankle=ankle, far_ankle=on_floor(x - 4), near_foot=-5,
                 hand_near=(178, 82), hand_far=(180, 80), lean=-86)
    foot = p.seg["near.foot"]
    c = lerp(foot[0], foot[1], 0.5)
    return (floor() + wall(186) + ball((c[0], FLOOR - r), r)
            + draw_person(p, ("near.foot",))
            + contact_mark((c[0], c[1] + FOOT_W / 2)))


def pose_ball_foot_seated():
    r = 7.0
    x = 92.0
    p, props = seated_chair((96, 118), (100, 117), x=x,
                            near_ankle=(x + 30, FLOOR - 2 * r - 1),
                            near_foot=-5, lean=-85)
    foot = p.seg["near.foot"]
    c = lerp(foot[0], foot[1], 0.5)
    return (props + ball((c[0], FLOOR - r), r) + draw_person(p, ("near.foot",))
            + contact_mark((c[0], c[1] + FOOT_W / 2)))


def pose_fingers_foot_seated():
    p, props = pose_ankle_on_knee(lambda p: p.at("near.foot", 0.55, 6))
    spot = p.at("near.foot", 0.55, -2)
    return props + draw_person(p, ("near.foot",), leg_over_arm=True) + press_mark(spot, -90)


def pose_fingers_calf_seated():
    p, _ = seated_chair((0, 0), (0, 0))
    spot = p.at("near.shin", 0.22, -4)
    p, props = seated_chair(polar(spot, 180, 3), polar(spot, 200, 4), lean=-55)
    spot = p.at("near.shin", 0.22, -4)
    return props + draw_person(p, ("near.shin",)) + press_mark(spot, 0)


def pose_fingers_leg_ankle_on_knee():
    p, props = pose_ankle_on_knee(lambda p: p.at("near.shin", 0.45, -7))
    spot = p.at("near.shin", 0.45, -4)
    return props + draw_person(p, ("near.shin",), leg_over_arm=True) + press_mark(spot, 90)


def pose_fingers_shin_seated():
    p, _ = seated_chair((0, 0), (0, 0))
    spot = p.at("near.shin", 0.35, 4)
    p, props = seated_chair(polar(spot, -20, 4), polar(spot, -40, 5), lean=-58)
    spot = p.at("near.shin", 0.35, 4)
    return props + draw_person(p, ("near.shin",)) + press_mark(spot, 180)


def pose_hand_thigh_seated():
    p, _ = seated_chair((0, 0), (0, 0))
    spot = p.at("near.thigh", 0.6, 5)
    p, props = seated_chair(polar(spot, -90, 5), polar(spot, -70, 7), lean=-75)
    spot = p.at("near.thigh", 0.6, 5)
    return props + draw_person(p, ("near.thigh",)) + press_mark(spot, 90)


def pose_ball_calf_seated():
    r = 7.5
    ankle = (150.0, FLOOR - 2 * r - 3)
    p = sitting_floor(-70, ankle, (118.0, FLOOR - ANKLE_UP), (72, FLOOR - 3),
                      (68, FLOOR - 3), near_foot=-80, far_foot=0)
    c = p.at("near.shin", 0.7, 0)
    return (floor() + ball((c[0], FLOOR - r), r) + draw_person(p, ("near.shin",))
            + contact_mark((c[0], c[1] + SHIN_W / 2)))


def pose_wall_lunge(turn, bent):
    x = 112.0
    front = on_floor(x + 22)
    back = on_floor(x - (28 if bent else 46))
    pelvis = (x - 4, FLOOR - ANKLE_UP - (62 if bent else 68))
    p = standing(x, near_ankle=back, far_ankle=front, lean=-68,
                 hand_near=(174, 78), hand_far=(176, 74), near_foot=0,
                 far_foot=0, pelvis=pelvis)
    work = ("near.shin",)
    out = floor() + wall(180) + draw_person(p, work)
    a, b = p.seg["near.shin"]
    out += stretch_mark(polar(lerp(a, b, 0.1), angle_of(a, b) + 90, 10),
                        polar(lerp(a, b, 0.9), angle_of(a, b) + 90, 10))
    if not bent:
        out += feet_inset(turn)
    return out


def pose_stretch_hamstring_seated():
    ankle = (158.0, FLOOR - ANKLE_UP)
    p = sitting_floor(-48, ankle, (112.0, FLOOR - ANKLE_UP), (0, 0), (0, 0),
                      near_foot=-80, far_foot=0)
    toe = p.seg["near.foot"][1]
    p = sitting_floor(-48, ankle, (112.0, FLOOR - ANKLE_UP), polar(toe, 180, 8),
                      polar(toe, 190, 10), near_foot=-80, far_foot=0)
    a, b = p.seg["near.thigh"]
    return (floor() + draw_person(p, ("near.thigh",))
            + stretch_mark(polar(lerp(a, b, 0.1), 90, 12),
                           polar(lerp(a, b, 0.95), 90, 12)))


def pose_stretch_hamstring_lying_strap():
    hip = (112.0, FLOOR - 4 - TORSO_W / 2)
    # the leg straight, raised towards the ceiling
    knee = polar(hip, -70, THIGH)
    ankle = polar(knee, -70, SHIN)
    hand = (92.0, FLOOR - 46)
    p = supine(hip[0], (0, 0), (160.0, FLOOR - ANKLE_UP - 4), hand,
               (hand[0] + 2, hand[1] + 2), far_foot=0, pelvis_y=hip[1])
    p.set_leg("near", knee, ankle, -160)
    foot = p.seg["near.foot"]
    sole = polar(lerp(foot[0], foot[1], 0.5), angle_of(foot[0], foot[1]) + 90, 4)
    a, b = p.seg["near.thigh"]
    return (mat(20, 226) + pillow(24, FLOOR - 12)
            + strap([hand, sole]) + draw_person(p, ("near.thigh",))
            + strap([sole, (hand[0] + 2, hand[1] + 2)])
            + stretch_mark(polar(lerp(a, b, 0.1), angle_of(a, b) + 90, 12),
                           polar(lerp(a, b, 0.95), angle_of(a, b) + 90, 12)))


def pose_stretch_quad_standing():
    x = 120.0
    p = standing(x, near_ankle=(x - 20, FLOOR - 64),
                 far_ankle=on_floor(x), hand_near=(0, 0), hand_far=(176, 88),
                 near_foot=-110)
    ankle = p.seg["near.shin"][1]
    p = standing(x, near_ankle=(x - 20, FLOOR - 64),
                 far_ankle=on_floor(x), hand_near=polar(ankle, 0, 4),
                 hand_far=(176, 88), near_foot=-110)
    a, b = p.seg["near.thigh"]
    return (floor() + wall(182) + draw_person(p, ("near.thigh",))
            + stretch_mark(polar(lerp(a, b, 0.1), angle_of(a, b) - 90, 12),
                           polar(lerp(a, b, 0.95), angle_of(a, b) - 90, 12)))


def pose_stretch_hip_flexor_kneeling():
    pelvis = (112.0, FLOOR - 46)
    p = Person(pelvis, -92, 0,
               {"near": ((0, 0), 1, 180), "far": (on_floor(152), 1, 0)},
               {"near": ((146, FLOOR - 64), 1), "far": ((148, FLOOR - 62), 1)})
    knee = (100.0, FLOOR - SHIN_W / 2)
    p.set_leg("near", knee, (knee[0] - SHIN + 1, FLOOR - FOOT_W / 2), 180)
    a, b = p.seg["near.thigh"]
    return (mat(20, 226) + draw_person(p, ("near.thigh",))
            + stretch_mark(polar(lerp(a, b, 0.05), angle_of(a, b) + 90, 12),
                           polar(lerp(a, b, 0.9), angle_of(a, b) + 90, 12)))


def pose_stretch_piriformis_lying():
    hip = (116.0, FLOOR - 4 - TORSO_W / 2)
    far_ankle = (158.0, FLOOR - ANKLE_UP - 4)
    p = supine(hip[0], (0, 0), far_ankle, (0, 0), (0, 0), far_foot=0,
               pelvis_y=hip[1])
    far_knee = p.seg["far.thigh"][1]
    # figure four: this ankle rests on the other knee, this knee turned out
    knee = polar(hip, -62, THIGH - 16)
    ankle = (far_knee[0] + 2, far_knee[1] - (THIGH_W + SHIN_W) / 2 + 2)
    hands = (far_knee[0] - 12, far_knee[1] + 10)
    p = supine(hip[0], (0, 0), far_ankle, hands, (hands[0] + 4, hands[1] + 4),
               far_foot=0, pelvis_y=hip[1])
    p.set_leg("near", knee, ankle, -20)
    return (mat(20, 226) + pillow(16, FLOOR - 12)
            + draw_person(p, ("torso", "near.thigh")))


def pose_stretch_glute_knee_to_chest():
    hip = (120.0, FLOOR - 4 - TORSO_W / 2)
    p = supine(hip[0], (0, 0), (196.0, FLOOR - ANKLE_UP - 4), (0, 0), (0, 0),
               far_foot=-80, pelvis_y=hip[1])
    knee = polar(hip, -128, THIGH - 4)
    ankle = polar(knee, 8, SHIN - 4)
    p.set_leg("near", knee, ankle, -60)
    p2 = supine(hip[0], (0, 0), (196.0, FLOOR - ANKLE_UP - 4),
                p.at("near.shin", 0.25, 6), p.at("near.shin", 0.3, 8),
                far_foot=-80, pelvis_y=hip[1])
    p2.set_leg("near", knee, ankle, -60)
    return (mat(20, 226) + pillow(16, FLOOR - 12)
            + draw_person(p2, ("torso", "near.thigh")))


def front_person(pelvis, torso, near_ankle, far_ankle, hand_near, hand_far,
                 near_bend=1, far_bend=-1, head_tilt=0.0):
    """Seen from the front; 'near' is the person's left (viewer's right)."""
    return Person(pelvis, torso, 90,
                  {"near": (near_ankle, near_bend, 20),
                   "far": (far_ankle, far_bend, 160)},
                  {"near": (hand_near, -1), "far": (hand_far, 1)},
                  head_tilt=head_tilt, front=True)


def pose_stretch_adductor_side_lunge():
    pelvis = (100.0, FLOOR - 66)
    p = front_person(pelvis, -92, on_floor(168), on_floor(70),
                     (112, FLOOR - 58), (86, FLOOR - 60), near_bend=1,
                     far_bend=-1)
    a, b = p.seg["near.thigh"]
    return (floor() + draw_person(p, ("near.thigh",))
            + stretch_mark(polar(lerp(a, b, 0.1), angle_of(a, b) - 90, 11),
                           polar(lerp(a, b, 0.9), angle_of(a, b) - 90, 11)))


def pose_stretch_tfl_standing_cross():
    pelvis = (118.0, FLOOR - ANKLE_UP - THIGH - SHIN + 3)
    # this (left) leg crosses behind the other one; the hip pushes out to the
    # left (viewer's right) and the body leans the other way
    p = front_person((pelvis[0] + 4, pelvis[1]), -104, on_floor(100),
                     on_floor(124), (96, 34), (96, 114),
                     near_bend=1, far_bend=-1, head_tilt=-4)
    a, b = p.seg["near.thigh"]
    return (floor() + wall(42) + draw_person(p, ("near.thigh", "torso"))
            + stretch_mark(polar(lerp(a, b, 0.0), angle_of(a, b) - 90, 12),
                           polar(lerp(a, b, 0.9), angle_of(a, b) - 90, 12)))


def pose_stretch_ql_side_bend():
    pelvis = (120.0, FLOOR - ANKLE_UP - THIGH - SHIN + 1)
    p = front_person(pelvis, -112, on_floor(132), on_floor(108),
                     (70, 30), (98, 112), near_bend=1, far_bend=-1,
                     head_tilt=-8)
    a, b = p.seg["torso"]
    return (floor() + draw_person(p, ("torso",))
            + stretch_mark(polar(lerp(a, b, 0.05), angle_of(a, b) + 90, 15),
                           polar(lerp(a, b, 0.95), angle_of(a, b) + 90, 15)))


def pose_stretch_shin(kneeling):
    if kneeling:
        # kneeling, sitting back on the heels, the tops of the feet flat
        knee = (140.0, FLOOR - SHIN_W / 2)
        ankle = (knee[0] - SHIN + 1, FLOOR - FOOT_W / 2)
        pelvis = (ankle[0] + 3, FLOOR - SHIN_W - THIGH_W / 2 - 1)
        p = Person(pelvis, -86, 0,
                   {"near": ((0, 0), 1, 180), "far": ((0, 0), 1, 180)},
                   {"near": ((knee[0] - 10, knee[1] - 14), 1),
                    "far": ((knee[0] - 6, knee[1] - 15), 1)})
        # the shins flat on the floor, the thighs resting on them
        p.set_leg("far", (knee[0] + 2, knee[1] - 1), (ankle[0] + 2, ankle[1]), 180)
        p.set_leg("near", (knee[0], knee[1]), ankle, 180)
        p.seg["near.thigh"] = (pelvis, (knee[0] + 1, knee[1] - THIGH_W / 2 - 1))
        p.seg["far.thigh"] = (pelvis, (knee[0] + 3, knee[1] - THIGH_W / 2 - 2))
        a, b = p.seg["near.shin"]
        return (mat(40, 210) + draw_person(p, ("near.shin", "near.foot"))
                + stretch_mark(polar(lerp(a, b, 0.05), -90, 12),
                               polar(lerp(a, b, 0.95), -90, 12)))
    x = 138.0
    ankle = (x - 30, FLOOR - 10)
    p = standing(x, near_ankle=ankle, far_ankle=on_floor(x + 4), near_foot=110,
                 hand_far=(176, 92), hand_near=(174, 94))
    a, b = p.seg["near.shin"]
    return (floor() + chair(176, 118, facing=-1)
            + draw_person(p, ("near.shin", "near.foot"))
            + stretch_mark(polar(lerp(a, b, 0.1), angle_of(a, b) - 90, 11),
                           polar(lerp(a, b, 0.95), angle_of(a, b) - 90, 11)))


def pose_stretch_foot_up_ankle_on_knee():
    p, props = pose_ankle_on_knee(lambda p: p.at("near.foot", 0.8, 5), tilt=-45)
    a, b = p.seg["near.shin"]
    return (props + draw_person(p, ("near.shin", "near.foot"), leg_over_arm=True)
            + stretch_mark(polar(lerp(a, b, 0.1), angle_of(a, b) + 90, 10),
                           polar(lerp(a, b, 0.9), angle_of(a, b) + 90, 10)))


def pose_stretch_toes(up):
    if up:
        ankle = (160.0, FLOOR - ANKLE_UP)
        p = sitting_floor(-72, ankle, (112.0, FLOOR - ANKLE_UP), (0, 0), (0, 0),
                          near_foot=-100, far_foot=0)
        toe = p.seg["near.foot"][1]
        hand = (108.0, FLOOR - 44)
        p = sitting_floor(-72, ankle, (112.0, FLOOR - ANKLE_UP), hand,
                          (hand[0] + 2, hand[1] + 2), near_foot=-100, far_foot=0)
        foot = p.seg["near.foot"]
        loop = polar(lerp(foot[0], foot[1], 0.8), angle_of(*foot) + 90, 4)
        a, b = p.seg["near.shin"]
        return (floor() + strap([hand, loop]) + draw_person(p, ("near.shin", "near.foot"))
                + strap([loop, (hand[0] + 2, hand[1] + 2)])
                + stretch_mark(polar(lerp(a, b, 0.1), angle_of(a, b) + 90, 10),
                               polar(lerp(a, b, 0.95), angle_of(a, b) + 90, 10)))
    p, props = pose_ankle_on_knee(lambda p: p.at("near.foot", 0.7, -5), tilt=40)
    a, b = p.seg["near.shin"]
    return (props + draw_person(p, ("near.shin", "near.foot"), leg_over_arm=True)
            + stretch_mark(polar(lerp(a, b, 0.1), angle_of(a, b) - 90, 10),
                           polar(lerp(a, b, 0.9), angle_of(a, b) - 90, 10)))


POSES = {
    # finding the point
    "locate-calf": (lambda: pose_locate("calf"), "Finding a point in the calf, seated"),
    "locate-shin": (lambda: pose_locate("shin"), "Finding a point on the shin, seated"),
    "locate-thigh": (lambda: pose_locate("thigh"), "Finding a point on the thigh, seated"),
    "locate-hip": (lambda: pose_locate("hip"), "Finding a point at the hip, standing"),
    "locate-foot": (lambda: pose_locate("foot"), "Finding a point in the sole, ankle on the other knee"),
    # releases
    "ball-calf-lying": (pose_ball_calf_lying, "Lying on the back, a ball under the calf"),
    "ball-calf-seated": (pose_ball_calf_seated, "Sitting on the floor, a ball under the calf"),
    "kneel-on-calf": (pose_kneel_on_calf, "Kneeling, the other knee pressing into the calf"),
    "ball-shin-kneeling": (pose_ball_shin_kneeling, "On hands and knees, a ball under the front of the shin"),
    "ball-outer-leg-sidelying": (pose_ball_outer_leg_sidelying, "Lying on the side, a ball under the outer lower leg"),
    "ball-thigh-front-prone": (pose_ball_thigh_front_prone, "Lying face down, a ball under the front of the thigh"),
    "ball-thigh-back-seated": (pose_ball_thigh_back_seated, "Sitting on a chair, a ball under the back of the thigh"),
    "ball-inner-thigh-prone": (pose_ball_inner_thigh_prone, "Lying face down, the knee out to the side, a ball under the inner thigh"),
    "ball-outer-thigh-sidelying": (pose_ball_outer_thigh_sidelying, "Lying on the side, a ball under the outer thigh"),
    "ball-thigh-back-lying": (pose_ball_thigh_back_lying, "Lying on the back, this leg straight, a ball under the back of the thigh"),
    "ball-buttock-lying": (pose_ball_buttock_lying, "Lying on the back, knees bent, a ball under the buttock"),
    "ball-lower-back-lying": (pose_ball_lower_back_lying, "Lying on the back, knees bent, a ball under the lower back"),
    "fingers-groin-lying": (pose_fingers_groin_lying, "Lying on the back, fingers pressing at the front of the hip"),
    "ball-foot-standing": (pose_ball_foot_standing, "Standing at a wall, a ball under the sole"),
    "ball-foot-seated": (pose_ball_foot_seated, "Sitting on a chair, a ball under the sole"),
    "fingers-foot-seated": (pose_fingers_foot_seated, "Seated, ankle on the other knee, thumbs pressing the sole"),
    "fingers-calf-seated": (pose_fingers_calf_seated, "Seated, fingers pressing the back of the upper calf"),
    "fingers-shin-seated": (pose_fingers_shin_seated, "Seated, thumbs pressing the front of the shin"),
    "fingers-leg-ankle-on-knee": (pose_fingers_leg_ankle_on_knee, "Seated, ankle on the other knee, thumbs pressing the lower leg"),
    "hand-thigh-seated": (pose_hand_thigh_seated, "Seated, the hand pressing the thigh"),
    # stretches
    "wall-lunge": (lambda: pose_wall_lunge(0, False), "Wall lunge, back leg straight, toes forward"),
    "wall-lunge-toes-in": (lambda: pose_wall_lunge(-30, False), "Wall lunge, back leg straight, toes turned in"),
    "wall-lunge-toes-out": (lambda: pose_wall_lunge(30, False), "Wall lunge, back leg straight, toes turned out"),
    "wall-lunge-bent-knee": (lambda: pose_wall_lunge(0, True), "Wall lunge, back knee bent"),
    "stretch-hamstring-seated": (pose_stretch_hamstring_seated, "Sitting on the floor, leg straight, reaching for the toes"),
    "stretch-hamstring-lying-strap": (pose_stretch_hamstring_lying_strap, "Lying on the back, the straight leg raised with a strap"),
    "stretch-quad-standing": (pose_stretch_quad_standing, "Standing, holding the ankle behind, a hand on the wall"),
    "stretch-hip-flexor-kneeling": (pose_stretch_hip_flexor_kneeling, "Half kneeling, the hip pushed forward"),
    "stretch-piriformis-lying": (pose_stretch_piriformis_lying, "Lying on the back, the ankle across the other knee"),
    "stretch-glute-knee-to-chest": (pose_stretch_glute_knee_to_chest, "Lying on the back, hugging the knee to the chest"),
    "stretch-adductor-butterfly": (pose_stretch_adductor_butterfly, "Seen from the front: sitting, the soles together, the knees dropped out"),
    "stretch-adductor-side-lunge": (pose_stretch_adductor_side_lunge, "Side lunge seen from the front, this leg straight"),
    "stretch-tfl-standing-cross": (pose_stretch_tfl_standing_cross, "Standing, this leg crossed behind, the hip pushed out"),
    "stretch-shin-kneeling": (lambda: pose_stretch_shin(True), "Kneeling, sitting back on the heels"),
    "stretch-shin-standing": (lambda: pose_stretch_shin(False), "Standing, this foot behind on the tops of the toes"),
    "stretch-toes-up": (lambda: pose_stretch_toes(True), "Sitting on the floor, a towel drawing the toes up"),
    "stretch-toes-down": (lambda: pose_stretch_toes(False), "Seated, ankle on the other knee, the foot pointed down"),
    "stretch-foot-up-ankle-on-knee": (pose_stretch_foot_up_ankle_on_knee, "Seated, ankle on the other knee, the foot drawn up and the sole turned in"),
    "stretch-ql-side-bend": (pose_stretch_ql_side_bend, "Standing side bend, arm over the head"),
}


def render(name):
    func, title = POSES[name]
    body = func()
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!-- Generated by build-aux/gen-illustrations.py; do not edit. -->\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
            "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n"
            "<title>%s</title>\n%s\n</svg>\n"
            % (W, H, W, H, title, "\n".join(body)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()

    if args.list:
        for name in sorted(POSES):
            print(name)
        return 0

    if args.check:
        bad = []
        for name in sorted(POSES):
            path = os.path.join(OUT_DIR, name + ".svg")
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != render(name):
                        bad.append(name + ": stale")
            except FileNotFoundError:
                bad.append(name + ": missing")
        extra = sorted(f[:-4] for f in os.listdir(OUT_DIR)
                       if f.endswith(".svg") and f[:-4] not in POSES)
        bad += [e + ": not made by the generator" for e in extra]
        for b in bad:
            print(b, file=sys.stderr)
        return 1 if bad else 0

    os.makedirs(OUT_DIR, exist_ok=True)
    for name in sorted(POSES):
        with open(os.path.join(OUT_DIR, name + ".svg"), "w", encoding="utf-8") as f:
            f.write(render(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
