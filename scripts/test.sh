#!/usr/bin/env bash
# Runs the test suite (services without Qt, widgets offscreen) on SQLite, then the tests of the
# areas ported to PostgreSQL (tests/pg_support.py: PG_READY) against a throwaway PostgreSQL
# cluster this run starts and stops (scripts/pg_cluster.sh).
#   scripts/test.sh                       both engines, the whole suite
#   scripts/test.sh tests/services/x      those tests on SQLite only
#   FRONTDESK_TEST_ENGINE=postgresql scripts/test.sh [paths]   on PostgreSQL only
#   FRONTDESK_TEST_ENGINE=sqlite scripts/test.sh               on SQLite only
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# the tests also read printed PDFs back as text and pictures (poppler), and run the desk under
# a real window manager on a virtual screen (tests/ui/core/test_real_window.py)
EXTRA_SYSTEM_PACKAGES="poppler-utils zbar-tools xvfb openbox xdotool" bash "$here/scripts/setup.sh"
cd "$here"
engine=${FRONTDESK_TEST_ENGINE:-}

run_on_postgresql() {
  pg_cluster_dir=$(mktemp -d /tmp/frontdesk-pg.XXXXXX)
  trap 'bash "$here/scripts/pg_cluster.sh" stop "$pg_cluster_dir"' EXIT
  local url
  url=$(bash scripts/pg_cluster.sh start "$pg_cluster_dir" | tail -n 1)
  echo "PostgreSQL run: the areas in tests/pg_support.py PG_READY, on a cluster in $pg_cluster_dir" >&2
  # one worker per core (pytest-xdist); each worker copies its own template databases
  FRONTDESK_TEST_ENGINE=postgresql FRONTDESK_TEST_PG_URL="$url" QT_QPA_PLATFORM=offscreen \
    .venv/bin/python -m pytest -n auto "$@"
}

case "$engine" in
  postgresql)
    if [ "$#" -eq 0 ]; then set -- tests/db tests/services; fi
    run_on_postgresql "$@"
    ;;
  sqlite)
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n auto "$@"
    ;;
  *)
    # one worker per core (pytest-xdist); `-n 0` after it runs everything in this process
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n auto "$@"
    if [ "$#" -eq 0 ]; then
      run_on_postgresql tests/db tests/services
    fi
    ;;
esac
