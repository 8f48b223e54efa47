#!/usr/bin/env bash
# Re-reads every marked string into resources/i18n/frontdesk_zh_CN.ts (keeps existing translations).
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files -co --exclude-standard -- 'main.py' 'ui/*.py' 'services/*.py' | sort -u)
.venv/bin/pyside6-lupdate -no-obsolete -locations none -target-language zh_CN $files -ts resources/i18n/frontdesk_zh_CN.ts
