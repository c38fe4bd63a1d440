#!/usr/bin/env bash
# Build the Linux bundle of Dealbook from a fresh clone and check it.
#
#   bash installers/build_linux.sh            build, archive, frozen self-test, sizes
#   bash installers/build_linux.sh --measure  also time the first paint, frozen vs source
#   bash installers/build_linux.sh --no-archive  bundle and frozen self-test only (CI)
#
# Environment:
#   PYTHON               interpreter for the build venv (default: python3, must be 3.11+)
#   DEALBOOK_BUILD_VENV  build venv folder (default: build/venv; created when missing).
#                        A separate venv, so the non-editable install never replaces the
#                        editable one of .venv that the tests use.
#
# Output: dist/dealbook/ (the ONEDIR bundle) and dist/dealbook-<version>-linux-<arch>.tar.xz.
# Exit status is non-zero when any step, the frozen self-test included, fails.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

MEASURE=0
ARCHIVE_IT=1
for arg in "$@"; do
  case "$arg" in
    --measure) MEASURE=1 ;;
    --no-archive) ARCHIVE_IT=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

VENV="${DEALBOOK_BUILD_VENV:-build/venv}"
PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating build venv $VENV"
  "$PY" -m venv "$VENV"
fi
VPY="$VENV/bin/python"

echo "== installing dealbook and PyInstaller into $VENV"
"$VPY" -m pip install -q --upgrade pip
# Not editable: the bundle must contain what a user gets, with installed metadata.
# setuptools' in-tree build/lib can hold files of deleted modules: start it clean.
rm -rf build/lib build/bdist.*
"$VPY" -m pip install -q --upgrade ".[build]"

VERSION="$("$VPY" -c 'import importlib.metadata as m; print(m.version("dealbook"))')"
ARCH="$(uname -m)"
ARCHIVE="dist/dealbook-${VERSION}-linux-${ARCH}.tar.xz"
echo "== Dealbook $VERSION ($ARCH)"

if [ ! -f resources/icons/dealbook.ico ] || [ ! -f resources/icons/dealbook.icns ]; then
  echo "== rendering icons"
  QT_QPA_PLATFORM=offscreen "$VPY" scripts/make_icons.py
fi

echo "== PyInstaller"
rm -rf dist/dealbook "$ARCHIVE" build/pyinstaller
START=$(date +%s)
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/dealbook.spec
echo "   PyInstaller took $(( $(date +%s) - START )) s"

echo "== frozen self-test"
# A clean environment for the check: no database override, the offscreen platform.
env -u DEALBOOK_DB -u DEALBOOK_HOME QT_QPA_PLATFORM=offscreen \
  dist/dealbook/dealbook --self-test

if [ "$ARCHIVE_IT" = 0 ]; then
  echo "== bundle dist/dealbook/ $(du -sh dist/dealbook | cut -f1); archive skipped (--no-archive)"
  exit 0
fi

echo "== archive"
tar -C dist -cf - dealbook | xz -T0 -6 > "$ARCHIVE"

BUNDLE_BYTES=$(du -sb dist/dealbook | cut -f1)
ARCHIVE_BYTES=$(stat -c %s "$ARCHIVE")
FILES=$(find dist/dealbook -type f | wc -l)
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
echo "== sizes"
echo "   bundle  dist/dealbook/   $(mb "$BUNDLE_BYTES") ($BUNDLE_BYTES bytes, $FILES files; target < 250 MB)"
echo "   archive $ARCHIVE   $(mb "$ARCHIVE_BYTES") ($ARCHIVE_BYTES bytes; target < 90 MB)"
STATUS=0
if [ "$BUNDLE_BYTES" -ge 250000000 ]; then echo "   bundle is over the 250 MB target" >&2; STATUS=1; fi
if [ "$ARCHIVE_BYTES" -ge 90000000 ]; then echo "   archive is over the 90 MB target" >&2; STATUS=1; fi

if [ "$MEASURE" = 1 ]; then
  echo "== first paint, frozen vs source"
  "$VPY" installers/measure_startup.py --frozen dist/dealbook/dealbook --source "$VPY"
fi
echo "== done: $ROOT/dist/dealbook and $ROOT/$ARCHIVE"
exit $STATUS
