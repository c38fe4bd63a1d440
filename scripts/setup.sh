#!/usr/bin/env bash
# Set Dealbook up on a fresh machine and open it.
#   bash scripts/setup.sh              install, then open the app (on the demo company when
#                                      there is no data yet)
#   bash scripts/setup.sh --dev        also install the test tools
#   bash scripts/setup.sh --no-launch  install only
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
LAUNCH=1
for arg in "$@"; do
  case "$arg" in
    --dev) DEV=1 ;;
    --no-launch) LAUNCH=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# Qt needs a few system libraries on a bare Linux; PDF checks need poppler; screenshots Xvfb;
# Chinese text needs a Chinese font (WenQuanYi Micro Hei; Noto Sans CJK is used when present).
if [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1; then
  PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 fonts-dejavu-core fonts-wqy-microhei poppler-utils xvfb xauth \
xz-utils"
  MISSING=""
  for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || MISSING="$MISSING $p"
  done
  if [ -n "$MISSING" ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system libraries:$MISSING"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $MISSING >/dev/null
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$DEV" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[dev]"
else
  .venv/bin/python -m pip install -q -e .
fi

if [ "$LAUNCH" = 1 ]; then
  DB="$(.venv/bin/python -c 'from desktop_app.paths import default_db_path; print(default_db_path())')"
  if [ -f "$DB" ]; then
    exec .venv/bin/dealbook --db "$DB"
  fi
  DEMO="$(.venv/bin/python -c 'from desktop_app.paths import demo_db_path; print(demo_db_path())')"
  [ -f "$DEMO" ] || .venv/bin/dealbook demo --db "$DEMO"
  exec .venv/bin/dealbook --db "$DEMO"
fi
