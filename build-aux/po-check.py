#!/usr/bin/env python3
# build-aux/po-check.py: checks on the translations, run by meson test
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   po-check.py potfiles SRCDIR   every source with a translatable string is
#                                 in po/POTFILES.in, and every listed file exists
#   po-check.py complete FILE.po  msgfmt --check --statistics: no fuzzy and no
#                                 untranslated entries

import os
import re
import subprocess
import sys

# What marks a string for translation in each kind of file
MARKERS = {
    ".c": re.compile(r'\b(?:_|N_|C_|NC_|Q_|g_dngettext|g_dpgettext2?|ngettext)\s*\('),
    ".ui": re.compile(r'translatable="yes"'),
    ".in": re.compile(r'.'),  # .desktop.in and .metainfo.xml.in always have text
}
SCANNED = ["src", "resources", "data"]


def check_potfiles(srcdir):
    with open(os.path.join(srcdir, "po", "POTFILES.in"), encoding="utf-8") as f:
        listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

    problems = []
    for path in sorted(listed):
        if not os.path.isfile(os.path.join(srcdir, path)):
            problems.append(f"po/POTFILES.in: {path} does not exist; remove it from the list")

    for top in SCANNED:
        for root, dirs, files in os.walk(os.path.join(srcdir, top)):
            dirs.sort()
            for name in sorted(files):
                ext = os.path.splitext(name)[1]
                if ext not in MARKERS:
                    continue
                path = os.path.relpath(os.path.join(root, name), srcdir)
                with open(os.path.join(srcdir, path), encoding="utf-8") as f:
                    text = f.read()
                if MARKERS[ext].search(text) and path not in listed:
                    problems.append(f"{path}: has translatable strings but is not in "
                                    "po/POTFILES.in; add it there")

    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"ok: po/POTFILES.in lists all {len(listed)} sources with translatable strings")
    return 1 if problems else 0


def check_complete(po):
    result = subprocess.run(["msgfmt", "--check", "--check-format", "--statistics",
                             "-o", os.devnull, po],
                            capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    print(f"{po}: {output}")
    if result.returncode != 0:
        return 1

    fuzzy = re.search(r"(\d+) fuzzy", output)
    untranslated = re.search(r"(\d+) untranslated", output)
    translated = re.search(r"(\d+) translated", output)
    if fuzzy or untranslated or not translated:
        print(f"{po}: every entry must be translated and none fuzzy; translate the "
              "entries msgfmt counts above (look for msgstr \"\" and #, fuzzy)",
              file=sys.stderr)
        return 1
    return 0


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("potfiles", "complete"):
        print("usage: po-check.py potfiles SRCDIR | complete FILE.po", file=sys.stderr)
        return 64
    if sys.argv[1] == "potfiles":
        return check_potfiles(sys.argv[2])
    return check_complete(sys.argv[2])


if __name__ == "__main__":
    sys.exit(main())
