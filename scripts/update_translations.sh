#!/usr/bin/env bash
# Collect every translatable word of Dealbook into resources/translations/dealbook_<lang>.ts
# (Qt Linguist sources) and compile the .qm files the app and the command line load.
#
# Collected: tr()/translate() calls and QT_TRANSLATE_NOOP words of the window, the reports,
# the charts, the presentation table, the record declarations (desktop_app/store/kinds.py),
# the command line (desktop_app/cli.py, commands, errors, output files), the store's refusals
# (backups, demo, export, undoing an import) and the import's messages, plus the
# words given to the modules' one-line helpers (scripts/tr_helpers.py).
#   bash scripts/update_translations.sh            update dealbook_zh_CN.ts and dealbook_zh_TW.ts
#   bash scripts/update_translations.sh ja         also start Japanese
# The .qm files are committed next to the .ts files; tests/i18n checks that they are current.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${DEALBOOK_BIN:-.venv/bin}
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v python3)")"
PY="$BIN/python"
[ -x "$PY" ] || PY=python3
LANGS=(zh_CN zh_TW "$@")
OUT=${DEALBOOK_TS_DIR:-resources/translations}
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$PY" scripts/tr_helpers.py desktop_app >"$TMP/helper_words.py"
mapfile -t SOURCES < <(find desktop_app/ui desktop_app/reports desktop_app/charts \
  desktop_app/presentation desktop_app/commands desktop_app/importing desktop_app/licensing \
  desktop_app/store/kinds.py desktop_app/store/backup.py desktop_app/store/demo.py \
  desktop_app/store/export.py desktop_app/store/import_batches.py desktop_app/output_files.py \
  desktop_app/store/team_faults.py desktop_app/store/team_admin.py desktop_app/store/team_push.py \
  desktop_app/store/conflicts.py \
  desktop_app/cli.py desktop_app/errors.py -name '*.py' | sort)
for lang in "${LANGS[@]}"; do
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -target-language "$lang" \
    "${SOURCES[@]}" "$TMP/helper_words.py" -ts "$OUT/dealbook_${lang}.ts"
  "$BIN/pyside6-lrelease" -silent "$OUT/dealbook_${lang}.ts" -qm "$OUT/dealbook_${lang}.qm"
done
