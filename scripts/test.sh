#!/usr/bin/env bash
# The one test command: installs what it needs (first run, or when pyproject.toml changed),
# then lint, format, layering and the whole test suite on the offscreen Qt platform.
#   bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
MARK=.venv/.dealbook-dev-installed
if [ ! -x "$BIN/pytest" ] || [ ! -f "$MARK" ] || [ pyproject.toml -nt "$MARK" ]; then
  bash scripts/setup.sh --dev --no-launch
  touch "$MARK"
fi
export QT_QPA_PLATFORM=offscreen
export PYQTGRAPH_QT_LIB=PySide6
echo "== ruff check";  "$BIN/ruff" check .
echo "== ruff format"; "$BIN/ruff" format --check .
echo "== layering";    "$BIN/lint-imports"
echo "== types";       "$BIN/mypy"
echo "== tests";       "$BIN/python" -m pytest -q -p no:cacheprovider "$@"
