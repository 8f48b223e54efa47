#!/usr/bin/env bash
# Starts Front Desk (on the default database unless --db PATH is given).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/setup.sh"
exec "$here/.venv/bin/python" "$here/main.py" "$@"
