#!/usr/bin/env bash
# Runs the real start command under Xvfb on a new database and drives it like a person with
# xdotool: first-run wizard, sign-in, main window; screenshots go to docs/screenshots/ as
# walkthrough-<step>-<lang>.png (scripts/screenshots.py takes the offscreen ones).
# usage: scripts/walkthrough.sh en|zh_CN      (needs: apt-get install xvfb xdotool imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
lang=${1:-en}
out=docs/screenshots
mkdir -p "$out"
db=$(mktemp -d)/walkthrough.db
export DISPLAY=:77 QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$(mktemp -d)
Xvfb :77 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
.venv/bin/python main.py --db "$db" --lang "$lang" > /tmp/walkthrough-app.log 2>&1 & app=$!
shot() { sleep 1.2; import -window root "$out/walkthrough-$1-$lang.png"; }
type_tab() { xdotool type --delay 40 "$1"; xdotool key Tab; }
focus() { xdotool search --sync --onlyvisible --pid "$app" | tail -1 | xargs -r xdotool windowfocus --sync; }
sleep 4
focus
shot 1-first-run
# the language list has the focus: Tab to site kind, then the site name
xdotool key Tab Tab
type_tab "Starlight Plaza 星光广场"
type_tab "1888 Century Avenue, Shanghai"
xdotool key Return
sleep 1
xdotool key ctrl+a; xdotool key BackSpace
type_tab "boss"
type_tab "Boss Wang"
type_tab "walk-pass-1"
xdotool type --delay 40 "walk-pass-1"
shot 2-first-admin
xdotool key Return
sleep 3
focus
shot 3-sign-in
xdotool type --delay 40 "boss"; xdotool key Tab
xdotool type --delay 40 "walk-pass-1"; xdotool key Return
sleep 3
focus
shot 4-main-window
echo "screenshots in $out"
