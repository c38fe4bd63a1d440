#!/usr/bin/env bash
# Collect every tr() string of the window and the reports, and every QT_TRANSLATE_NOOP word of
# the presentation table and of the record declarations (desktop_app/store/kinds.py), into resources/translations/*.ts
# (Qt Linguist sources), then compile the .qm files the app loads at start.
#   bash scripts/update_translations.sh            update dealbook_de.ts and dealbook_fr.ts
#   bash scripts/update_translations.sh es it      also start Spanish and Italian
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${DEALBOOK_BIN:-.venv/bin}
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v python3)")"
LANGS=(de fr "$@")
mapfile -t SOURCES < <(find desktop_app/ui desktop_app/reports desktop_app/charts desktop_app/presentation desktop_app/store/kinds.py -name '*.py' | sort)
for lang in "${LANGS[@]}"; do
  "$BIN/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts "resources/translations/dealbook_${lang}.ts"
  "$BIN/pyside6-lrelease" -silent "resources/translations/dealbook_${lang}.ts" \
    -qm "resources/translations/dealbook_${lang}.qm"
done
