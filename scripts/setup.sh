#!/usr/bin/env bash
# Prepares everything Front Desk needs; quick and silent when all is already there.
# System libraries for Qt and a CJK font via apt (as root, or with password-less sudo);
# otherwise it prints the one command to run. Then .venv, the Python packages, and the
# compiled translations.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Front Desk needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))." >&2
  echo "On Debian/Ubuntu: sudo apt-get install -y python3 python3-venv" >&2
  exit 1
fi

# Qt's xcb/EGL libraries, a TrueType CJK font for printed documents, venv support.
SYSTEM_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
 libdbus-1-3 libfontconfig1 libcups2 fonts-wqy-microhei ${EXTRA_SYSTEM_PACKAGES:-}"
if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for pkg in $SYSTEM_PACKAGES; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  "$PYTHON" -c 'import ensurepip' 2>/dev/null || missing+=("python3-venv")
  if ((${#missing[@]})); then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "Front Desk needs some system packages. Please run:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat .venv/.setup-stamp 2>/dev/null)" != "$stamp" ]; then
  echo "Installing Front Desk's Python packages into .venv ..." >&2
  if ! .venv/bin/python -m pip install -q -e '.[dev]' > .venv/setup.log 2>&1; then
    cat .venv/setup.log >&2
    exit 1
  fi
  echo "$stamp" > .venv/.setup-stamp
fi

shopt -s nullglob
for ts in resources/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
