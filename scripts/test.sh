#!/usr/bin/env bash
# Runs the whole test suite (services without Qt, widgets offscreen).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# the tests also read printed PDFs back as text and pictures (poppler)
EXTRA_SYSTEM_PACKAGES="poppler-utils zbar-tools" bash "$here/scripts/setup.sh"
cd "$here"
# one worker per core (pytest-xdist); `-n 0` after it runs everything in this process
QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest -n auto "$@"
