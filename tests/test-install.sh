#!/bin/sh
# test-install.sh BUILD_DIR: install into a staging directory and start the
# installed app from its desktop file, as the desktop menu would
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

build_dir="$1"
app_id=io.github.myomap.Myomap
n=0
failed=0

check () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    failed=$((failed + 1))
  fi
}

echo "1..9"

stage=$(mktemp -d "${TMPDIR:-/tmp}/myomap-install-XXXXXX")
app_pid=""
cleanup () {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  rm -rf "$stage"
}
trap cleanup EXIT

meson install -C "$build_dir" --no-rebuild --quiet --destdir "$stage" >"$stage.log" 2>&1
status=$?
sed 's/^/# /' "$stage.log"; rm -f "$stage.log"
check $status "meson install --destdir"

prefix=$(meson introspect "$build_dir" --buildoptions |
         /usr/bin/python3 -c 'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root="$stage$prefix"

missing=""
for file in bin/myomap \
            share/applications/$app_id.desktop \
            share/metainfo/$app_id.metainfo.xml \
            share/glib-2.0/schemas/$app_id.gschema.xml \
            share/mime/packages/$app_id.mime.xml \
            share/icons/hicolor/scalable/apps/$app_id.svg \
            share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
            share/man/man1/myomap.1; do
  [ -e "$root/$file" ] || missing="$missing $file"
done
[ -z "$missing" ] || echo "# missing:$missing"
check "$([ -z "$missing" ]; echo $?)" "binary, desktop file, metainfo, schema, MIME type, icons and manual page installed"

desktop-file-validate "$root/share/applications/$app_id.desktop" 2>&1 | sed 's/^/# /'
check "$(desktop-file-validate "$root/share/applications/$app_id.desktop" >/dev/null 2>&1; echo $?)" \
  "the installed desktop file is valid"

appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml" >/dev/null 2>&1
check $? "the installed metainfo is valid"

# What a distribution's trigger does after unpacking the package
glib-compile-schemas --strict "$root/share/glib-2.0/schemas"
check $? "the installed schema compiles"

# The desktop file starts what it names, found on PATH as a menu would
exec_line=$(sed -n 's/^Exec=//p' "$root/share/applications/$app_id.desktop" | head -n 1)
command=$(echo "$exec_line" | sed 's/ %[fFuU]//g')
icon=$(sed -n 's/^Icon=//p' "$root/share/applications/$app_id.desktop")
[ "$command" = myomap ] && [ -e "$root/share/icons/hicolor/scalable/apps/$icon.svg" ]
check $? "Exec=$exec_line and Icon=$icon point at installed files"

data_home="$stage/home"
mkdir -p "$data_home"
(
  # Nothing from the build tree: the schema, icons and binary come from the prefix
  unset GSETTINGS_SCHEMA_DIR MYOMAP_KB G_DEBUG
  export PATH="$root/bin:$PATH"
  export XDG_DATA_DIRS="$root/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
  export XDG_DATA_HOME="$data_home" XDG_CONFIG_HOME="$data_home"
  cd "$data_home" && exec $command >"$stage/app.log" 2>&1
) &
app_pid=$!

window=""
for _ in $(seq 1 100); do
  window=$(xdotool search --onlyvisible --pid "$app_pid" --name '^Myomap$' 2>/dev/null | head -n 1)
  [ -n "$window" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.2
done
[ -n "$window" ]
status=$?
[ $status = 0 ] || sed 's/^/# /' "$stage/app.log"
check $status "the installed app's window appears"

# It found its settings in the prefix, not the build tree
! grep -q "settings schema" "$stage/app.log"
check $? "the installed app found its settings schema"

# A clean quit on Ctrl+Q
if [ -n "$window" ]; then
  xdotool windowactivate --sync "$window" key --clearmodifiers ctrl+q 2>/dev/null ||
    xdotool key --window "$window" ctrl+q
fi
for _ in $(seq 1 50); do
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.2
done
! kill -0 "$app_pid" 2>/dev/null
status=$?
[ $status = 0 ] && app_pid=""
check $status "Ctrl+Q quits the installed app"

exit $((failed > 0))
