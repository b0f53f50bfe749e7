#!/usr/bin/env python3
# build-aux/gen-examples.py: writes the example sessions of data/examples/
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   gen-examples.py KB.json OUTDIR
#
# Every point is placed inside a referral zone of the knowledge base (a
# point inside the zone's polygon, mirrored to the side asked for), so the
# examples land where the zones are whatever the diagram's coordinates.
# Run it again when the knowledge base's geometry changes.

import json
import os
import sys

# name: [(trigger point, zone kind, view, side, intensity, quality)]
EXAMPLES = {
    "calf-behind-knee": [
        ("popliteus-1", "essential", "back", "left", 7, "aching"),
        ("gastrocnemius-lateral-2", "essential", "back", "left", 5, "cramping"),
    ],
    "heel": [
        ("soleus-1", "essential", "soles", "right", 7, "sharp"),
        ("soleus-1", "essential", "back", "right", 6, "aching"),
    ],
    "shin": [
        ("tibialis-anterior-1", "spillover", "front", "left", 6, "aching"),
        ("tibialis-anterior-1", "essential", "front", "left", 4, None),
    ],
    "both-legs": [
        ("vastus-medialis-1", "essential", "front", "left", 6, "aching"),
        ("soleus-1", "essential", "back", "right", 5, "aching"),
        ("gastrocnemius-medial-1", "essential", "soles", "right", 4, "tingling"),
    ],
}


def contains(polygon, x, y):
    inside = False
    j = len(polygon) - 1
    for i in range(len(polygon)):
        xi, yi = polygon[i]
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def inner_point(polygon):
    cx = sum(p[0] for p in polygon) / len(polygon)
    cy = sum(p[1] for p in polygon) / len(polygon)
    if contains(polygon, cx, cy):
        return cx, cy
    for vx, vy in polygon:
        for t in (0.5, 0.4, 0.3, 0.2, 0.1):
            x, y = vx + (cx - vx) * t, vy + (cy - vy) * t
            if contains(polygon, x, y):
                return x, y
    raise SystemExit("no point inside a zone")


def main():
    kb_path, outdir = sys.argv[1], sys.argv[2]
    with open(kb_path, encoding="utf-8") as f:
        kb = json.load(f)
    views = {v["id"]: v for v in kb["views"]}
    trps = {t["id"]: t for t in kb["trigger_points"]}
    regions = kb["regions"]

    for name, spec in EXAMPLES.items():
        points = []
        for trp_id, kind, view_id, side, intensity, quality in spec:
            zones = [z for z in trps[trp_id].get(kind, []) if z["view"] == view_id]
            if not zones:
                raise SystemExit(f"{trp_id} has no {kind} zone on the {view_id} view")
            x, y = inner_point(zones[0]["polygon"])
            region = next((r["id"] for r in regions
                           if r["view"] == view_id and contains(r["polygon"], x, y)), None)
            if region is None:
                raise SystemExit(f"{name}: {trp_id}'s zone is outside every region")
            if side == "right":
                x = views[view_id]["width"] - x
            point = {"view": view_id, "x": round(x, 1), "y": round(y, 1),
                     "intensity": intensity}
            if quality:
                point["quality"] = quality
            point.update({"side": side, "region": region})
            points.append(point)
        session = {"schema": 2, "generator": "build-aux/gen-examples.py", "points": points}
        with open(os.path.join(outdir, name + ".myomap"), "w", encoding="utf-8") as f:
            json.dump(session, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
