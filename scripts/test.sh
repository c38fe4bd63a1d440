#!/usr/bin/env bash
# Run every check: lint, format, layering, then the test suite (offscreen Qt).
#   bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
[ -x "$BIN/python" ] || { echo "Run 'bash scripts/setup.sh --dev --no-launch' first." >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
export PYQTGRAPH_QT_LIB=PySide6
echo "== ruff check";  "$BIN/ruff" check .
echo "== ruff format"; "$BIN/ruff" format --check .
echo "== layering";    "$BIN/lint-imports"
echo "== tests";       "$BIN/python" -m pytest -q -p no:cacheprovider "$@"
