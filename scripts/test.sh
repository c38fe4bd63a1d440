#!/usr/bin/env bash
# The one test command: installs what it needs (first run, or when pyproject.toml changed),
# then lint, format, layering and the whole test suite on the offscreen Qt platform, the
# team-database tests against a real PostgreSQL server it starts (scripts/pg_test_server.sh).
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
# a real PostgreSQL server for the team-database tests: a throwaway cluster in a temporary
# folder, stopped and deleted when this script ends, even when a test fails
# (DEALBOOK_TEST_PG_URL set already: that server is used; DEALBOOK_TEST_NO_PG=1: none)
if [ -z "${DEALBOOK_TEST_PG_URL:-}" ] && [ "${DEALBOOK_TEST_NO_PG:-0}" != 1 ]; then
  echo "== PostgreSQL test server"
  eval "$(bash scripts/pg_test_server.sh start)"
  trap 'bash scripts/pg_test_server.sh stop "$DEALBOOK_TEST_PG_DIR"' EXIT
fi
echo "== tests";       "$BIN/python" -m pytest -q -p no:cacheprovider "$@"
