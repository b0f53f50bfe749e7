#!/usr/bin/python3
# test-a11y.py: the real binary, read through the accessibility bus
#
# Starts Myomap (with one pain point) on a private D-Bus session with the
# AT-SPI bus, as a screen reader finds it, and checks that: the main
# controls are found by their accessible names; no control is left without
# a name, with a stray mnemonic underscore or with its name said twice; the
# preferences and the help open from the main menu and are named too; Tab
# reaches the map and the keyboard alone adds and undoes a point; and a
# routine announces its steps and phases on the focused button and the
# timer, without a new announcement every second.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

TESTS = []


def tap(name):
    def register(function):
        TESTS.append((name, function))
        return function
    return register


def reexec_on_private_bus():
    # A bus of our own: the test never talks to a desktop's screen reader
    if os.environ.get("MYOMAP_A11Y_BUS") == "1":
        return
    runner = shutil.which("dbus-run-session")
    if runner is None:
        print("1..1\nnot ok 1 - dbus-run-session is missing (package dbus)")
        sys.exit(1)
    env = dict(os.environ, MYOMAP_A11Y_BUS="1")
    # The bus, its registry and this script are not under test: a warning of
    # theirs (the registry's, libatspi's) must not abort them
    env.pop("G_DEBUG", None)
    os.execvpe(runner, [runner, "--", sys.executable] + sys.argv, env)


reexec_on_private_bus()

import gi  # noqa: E402
gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402

BINARY = os.environ["MYOMAP_BINARY"]

# Roles a person operates: each must have a name a screen reader can say
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_LINK,
}


def start_bus():
    launcher = None
    for path in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
        if os.path.exists(path):
            launcher = path
    if launcher is None:
        raise RuntimeError("at-spi-bus-launcher is missing (package at-spi2-core)")
    return subprocess.Popen([launcher, "--launch-immediately"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_session(directory):
    # One point of intensity 6 in the middle of the left back-of-knee region
    with open(os.environ["MYOMAP_KB"]) as f:
        kb = json.load(f)
    region = next(r for r in kb["regions"] if r["id"] == "back-knee")
    xs = [p[0] for p in region["polygon"]]
    ys = [p[1] for p in region["polygon"]]
    session = {"schema": 1, "points": [{"view": "back", "x": sum(xs) / len(xs), "y": sum(ys) / len(ys),
                                        "intensity": 6}]}
    path = os.path.join(directory, "knee.myomap")
    with open(path, "w") as f:
        json.dump(session, f)
    return path


def start_app(data_home):
    env = dict(os.environ)
    # The other UI tests turn accessibility off; this one needs it
    for name in ("GTK_A11Y", "NO_AT_BRIDGE", "G_DEBUG"):
        env.pop(name, None)
    env["XDG_DATA_HOME"] = data_home
    env["XDG_CONFIG_HOME"] = data_home
    env["GSETTINGS_BACKEND"] = "memory"
    return subprocess.Popen([BINARY, write_session(data_home)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def find_app(proc, timeout=30):
    pid = proc.pid
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    frame = app.getChildAtIndex(0)
                    if frame is not None and frame.childCount > 0:
                        return app
            except Exception:
                pass
        time.sleep(0.25)
    return None


def walk(node, depth=0, seen=None):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def doubled(name):
    # GTK 4.8 adds a label to a button's own text: "Start Routine Start Routine"
    words = (name or "").split()
    half = len(words) // 2
    return len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


def click(node):
    # A GtkMenuButton acts through the toggle button inside it
    for target in (node, node.getChildAtIndex(0) if node.childCount else None):
        if target is None:
            continue
        action = target.queryAction()
        for i in range(action.nActions):
            if action.getName(i) == "click":
                action.doAction(i)
                return
    raise AssertionError("%s cannot be clicked" % described(node))


def open_from_menu(state, item_name, window_name, timeout=10):
    app = state["app"]
    click(named(state["nodes"], "Main Menu")[0])
    deadline = time.monotonic() + timeout
    item = None
    while item is None and time.monotonic() < deadline:
        time.sleep(0.3)
        items = [n for n in walk(app) if n.getRole() == pyatspi.ROLE_MENU_ITEM and n.name == item_name]
        item = items[0] if items else None
    assert item is not None, "the main menu has no item %r" % item_name
    click(item)
    while time.monotonic() < deadline:
        time.sleep(0.3)
        for i in range(app.childCount):
            window = app.getChildAtIndex(i)
            if window is not None and window.name == window_name and window.childCount > 0:
                time.sleep(0.5)
                nodes = list(walk(window))
                state.setdefault("opened", []).append(nodes)
                return nodes
    raise AssertionError("%r did not open %r" % (item_name, window_name))


def unnamed(node):
    # GTK 4.8 falls back to the widget's type name when nothing names it
    name = (node.name or "").strip()
    return not name or (name[:3] in ("Gtk", "Adw", "Myo") and name.isidentifier())


def described(node):
    try:
        return "%s %r" % (node.getRoleName(), node.name)
    except Exception:
        return "?"


def main():
    data_home = tempfile.mkdtemp(prefix="myomap-a11y-")
    bus = start_bus()
    app_proc = None
    results = []
    try:
        time.sleep(0.5)
        # A display busy with the clients of the tests that just ended can
        # refuse a connection for a moment: start again, a few times, only
        # when Myomap could not reach the display at all
        for attempt in range(3):
            app_proc = start_app(data_home)
            app = find_app(app_proc)
            if app is not None or app_proc.poll() is None:
                break
            stderr = app_proc.stderr.read()
            app_proc.stderr = io.BytesIO(stderr)
            if b"cannot open display" not in stderr:
                break
            print("# the display refused Myomap (attempt %d), starting it again" % (attempt + 1))
            time.sleep(2)
        if app is None:
            stderr = b""
            if app_proc.poll() is not None:
                stderr = app_proc.stderr.read()
            print("1..1\nnot ok 1 - Myomap never showed up on the accessibility bus")
            for line in stderr.decode(errors="replace").splitlines():
                print("# " + line)
            return 1

        # Let the window lay out and its accessible tree settle
        time.sleep(2)
        nodes = list(walk(app))
        state = {"nodes": nodes, "app": app, "pid": app_proc.pid}
        for name, function in TESTS:
            try:
                message = function(state)
                results.append((True, name, message))
            except Exception as error:
                message = "%s: %s" % (type(error).__name__, error)
                if app_proc.poll() is not None:
                    message += "\nMyomap exited with %d:\n%s" % (
                        app_proc.returncode, app_proc.stderr.read().decode(errors="replace"))
                results.append((False, name, message))
    finally:
        if app_proc is not None:
            app_proc.terminate()
            try:
                app_proc.wait(10)
            except subprocess.TimeoutExpired:
                app_proc.kill()
        bus.terminate()
        bus.wait(10)
        shutil.rmtree(data_home, ignore_errors=True)

    print("1..%d" % len(results))
    failed = 0
    for number, (ok, name, message) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", number, name))
        for line in (message or "").splitlines():
            print("# " + line)
        failed += not ok
    return 1 if failed else 0


BUTTON_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}


def named(nodes, name):
    return [n for n in nodes if n.getRole() in BUTTON_ROLES and n.name == name]


def inner_part(node):
    # The button inside a GtkDropDown or a GtkMenuButton is GTK's own: the
    # combo box or menu button around it carries the name
    parent = node.parent
    try:
        return parent is not None and (parent.getRole() == pyatspi.ROLE_COMBO_BOX or
                                       (parent.getRole() in BUTTON_ROLES and not unnamed(parent)))
    except Exception:
        return False


@tap("the main controls are found by their names")
def main_controls(state):
    nodes = state["nodes"]
    # GTK 4.8 gives toggle buttons the push button role
    # (the routine panel's are checked once a routine has built it)
    wanted = ["Pain History", "Undo", "Redo", "Main Menu", "Back", "Front",
              "Soles", "Inner side", "Outer side", "Start Routine"]
    missing = [name for name in wanted if not named(nodes, name)]
    assert not missing, "not found: %s\nfound: %s" % (
        ", ".join(missing),
        ", ".join(sorted({described(n) for n in nodes if n.getRole() in CONTROL_ROLES})))
    # The map: one focusable image a screen reader can name
    maps = [n for n in nodes if n.getRole() == pyatspi.ROLE_IMAGE and (n.name or "").startswith("Leg diagram")]
    assert maps, "the leg diagram has no accessible name"
    assert "back view" in maps[0].name.lower() and "1 pain point" in maps[0].name, maps[0].name
    assert maps[0].getState().contains(pyatspi.STATE_FOCUSABLE), "the map cannot take the keyboard focus"
    return "%d accessible objects" % len(nodes)


def check_named(nodes):
    # Every control has a name, without a mnemonic underscore, said once
    controls = [n for n in nodes if n.getRole() in CONTROL_ROLES and not inner_part(n)]
    nameless = [described(n) for n in controls if unnamed(n)]
    assert not nameless, "controls without a name: %s" % ", ".join(nameless)
    mnemonic = [described(n) for n in controls if re.search(r"(^|\s)_\w", n.name or "")]
    assert not mnemonic, "names with a mnemonic underscore: %s" % ", ".join(mnemonic)
    twice = [described(n) for n in controls if doubled(n.name)]
    assert not twice, "names said twice: %s" % ", ".join(twice)
    return controls


@tap("every control has a name, without a mnemonic underscore")
def every_control_named(state):
    # Every page built so far is in the tree, shown or not (the history, the
    # atlas and the routine panel are built later: pages_named checks them)
    controls = check_named(state["nodes"])
    assert len(controls) >= 15, "only %d controls found" % len(controls)
    return "%d controls, all named" % len(controls)


@tap("the preferences, opened from the main menu, name every control")
def preferences(state):
    nodes = open_from_menu(state, "Preferences", "Preferences")
    wanted = {"Hold Length": pyatspi.ROLE_SPIN_BUTTON, "Get-Ready Time": pyatspi.ROLE_SPIN_BUTTON,
              "Go On by Itself": pyatspi.ROLE_CHECK_BOX, "Sound at the End of a Hold": pyatspi.ROLE_CHECK_BOX,
              "Intensity of a New Point": pyatspi.ROLE_SPIN_BUTTON, "First View": pyatspi.ROLE_COMBO_BOX,
              "Style": pyatspi.ROLE_COMBO_BOX}
    found = {(n.name, n.getRole()) for n in nodes}
    missing = [name for name, role in wanted.items() if (name, role) not in found]
    # libadwaita's own search entry stays hidden: search is off
    controls = [n for n in nodes if n.getRole() in CONTROL_ROLES and not inner_part(n)
                and n.name != "GtkSearchEntry"]
    nameless = [described(n) for n in controls if unnamed(n) or doubled(n.name)]
    assert not missing, "not found: %s\nfound: %s" % (", ".join(missing), ", ".join(described(n) for n in controls))
    assert not nameless, "badly named: %s" % ", ".join(nameless)
    return "%d controls" % len(controls)


@tap("the help, opened from the main menu, lists the warning signs")
def help_window(state):
    nodes = open_from_menu(state, "Help", "Myomap Help")
    texts = [n.name or "" for n in nodes if n.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_HEADING)]
    assert any("Warning Signs" in t for t in texts), "no warning signs heading"
    assert any("blood clot" in t for t in texts), "the help does not explain why the signs matter"
    assert sum(1 for n in nodes if n.getRole() == pyatspi.ROLE_HEADING) >= 4, "the help has no headings"


@tap("the self-care note is readable")
def disclaimer(state):
    texts = [n.name for n in state["nodes"] if n.getRole() == pyatspi.ROLE_LABEL]
    assert any("not a diagnosis" in (t or "") for t in texts), "no label says 'not a diagnosis'"


def close_opened(state):
    # Fewer windows to walk through: close what the menu opened
    for nodes in state.pop("opened", []):
        buttons = [n for n in nodes if n.getRole() in BUTTON_ROLES and n.name == "Close"]
        if buttons:
            click(buttons[0])
    time.sleep(0.5)


@tap("the map works from the keyboard alone")
def keyboard_map(state):
    close_opened(state)
    app = state["app"]
    state["frame"] = next(app.getChildAtIndex(i) for i in range(app.childCount)
                          if app.getChildAtIndex(i).name.endswith("— Myomap"))
    the_map = wait_for(state, lambda n: n.getRole() == pyatspi.ROLE_IMAGE and n.name.startswith("Leg diagram"),
                       "the map")
    window = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(state["pid"]), "--name", "Myomap"],
                            capture_output=True, text=True).stdout.split()
    assert window, "no X window for Myomap"
    subprocess.run(["xdotool", "windowfocus", "--sync", window[0]], check=False)
    # Tab to the map, as a person without a mouse would
    for _ in range(60):
        if the_map.getState().contains(pyatspi.STATE_FOCUSED):
            break
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        time.sleep(0.15)
    assert the_map.getState().contains(pyatspi.STATE_FOCUSED), "Tab never reached the map"
    # The cursor starts inside the first region of the view: Enter adds a point there
    subprocess.run(["xdotool", "key", "--delay", "150", "Down", "Down", "Return"], check=True)
    wait_for(state, lambda n: n.getRole() == pyatspi.ROLE_IMAGE and "2 pain points" in (n.name or ""),
             "a second point added with the keyboard", timeout=10)
    subprocess.run(["xdotool", "key", "ctrl+z"], check=True)
    wait_for(state, lambda n: n.getRole() == pyatspi.ROLE_IMAGE and "1 pain point:" in (n.name or ""),
             "the point undone with Ctrl+Z", timeout=10)


def wait_for(state, predicate, what, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for node in walk(state["frame"]):
            try:
                if predicate(node):
                    return node
            except Exception:
                pass
        time.sleep(0.3)
    said = sorted({"%s: %r" % (described(n), n.description) for n in walk(state["frame"])
                   if n.getRole() in BUTTON_ROLES and n.description})
    raise AssertionError("never found %s; the buttons say:\n%s" % (what, "\n".join(said)))


@tap("the routine announces each step and phase on the focused button, not every second")
def routine(state):
    def button_said(text):
        return lambda n: n.getRole() in BUTTON_ROLES and text in (n.description or "")

    close_opened(state)
    app = state["app"]
    # The main window is titled after the session file: "knee.myomap — Myomap"
    state["frame"] = next(app.getChildAtIndex(i) for i in range(app.childCount)
                          if app.getChildAtIndex(i).name.endswith("— Myomap"))

    click(wait_for(state, lambda n: n.getRole() in BUTTON_ROLES and n.name == "Start Routine", "Start Routine"))
    gate = wait_for(state, lambda n: n.getRole() in BUTTON_ROLES and n.name == "None of these apply — continue",
                    "the red-flag gate")
    # A button still sliding in with the panel does not take a click
    time.sleep(1.5)
    focused = [described(n) for n in walk(state["frame"]) if n.getState().contains(pyatspi.STATE_FOCUSED)]
    assert focused and focused[0].startswith("check box"), "the gate's first question is not focused: %s" % focused
    questions = [n for n in walk(state["frame"]) if n.getRole() == pyatspi.ROLE_CHECK_BOX and "?" in (n.name or "")]
    assert len(questions) >= 5, "the red-flag questions do not name their check boxes"
    assert not [q for q in questions if q.description and q.description in q.name], "a question is read twice"
    click(gate)
    first = wait_for(state, button_said("Step 1 of"), "the first step announced")
    # The routine panel is built when the first routine starts: its controls
    # are named once it is
    for name in ("Previous step", "Restart the routine"):
        wait_for(state, lambda n: n.getRole() in BUTTON_ROLES and n.name == name, name, timeout=10)
    assert first.name == "Yes", "the first step is announced on %s" % described(first)

    click(first)
    start = wait_for(state, button_said("Step 2 of"), "the second step announced")
    # (a timed step has a Skip)
    wait_for(state, lambda n: n.getRole() in BUTTON_ROLES and n.name == "Skip this step", "Skip this step", timeout=10)
    said, name = start.description, start.name
    assert "Hold 30 seconds" in said and name == "Start", "%r on %r" % (said, name)

    click(start)
    wait_for(state, button_said("Get ready: 5 seconds"), "the lead-in announced")
    timer = wait_for(state, lambda n: n.getRole() == pyatspi.ROLE_TIMER, "the countdown")
    # Walking the tree takes a while: the lead-in may be over already
    assert timer.name in ("Get ready: 5 seconds", "Hold: 30 seconds"), timer.name
    wait_for(state, lambda n: n.getRole() == pyatspi.ROLE_TIMER and n.name == "Hold: 30 seconds",
             "the hold announced")

    # The hold runs on; what a screen reader hears stays put
    names = set()
    for _ in range(8):
        names.add(timer.name)
        time.sleep(0.4)
    assert names == {"Hold: 30 seconds"}, "the countdown changed its name during the hold: %s" % names



@tap("the pages built when first shown (history, atlas, routine) name every control")
def pages_named(state):
    def showing(name):
        return lambda n: n.getRole() in BUTTON_ROLES and n.name == name

    # The history and the atlas are built the first time they are shown
    for page in ("Pain History", "Trigger-Point Atlas"):
        click(wait_for(state, showing(page), page))
        click(wait_for(state, showing("Back to the Map"), "the way back from %s" % page))
    time.sleep(1)
    controls = check_named(walk(state["frame"]))
    return "%d controls, all named" % len(controls)


if __name__ == "__main__":
    sys.exit(main())
