#!/usr/bin/env bash
# Build Dealbook.app and a .dmg on macOS; sign and notarise when credentials are given.
#
#   bash installers/macos/build_macos.sh
#
# Build on the architecture you ship: an arm64 runner (macos-14) makes the Apple-silicon
# build, an Intel runner (macos-13) the x86_64 build. Each build bundles the wheels pip chose
# for that machine (PySide6, numpy and pandas ship per-architecture binaries), so a single
# universal2 .app would need universal2 wheels of every compiled dependency, which numpy and
# pandas do not publish; two .dmg files (…-macos-arm64.dmg, …-macos-x86_64.dmg) are simpler
# and smaller. PyInstaller's target_arch is left unset in the spec for that reason.
#
# Environment:
#   PYTHON                     python3.11 to create the build venv with (default: python3)
#   DEALBOOK_BUILD_VENV        build venv folder (default: build/venv-mac)
# Signing (all optional; without DEALBOOK_CODESIGN_IDENTITY the app is ad-hoc signed only,
# which runs on the build machine but is blocked by Gatekeeper elsewhere):
#   DEALBOOK_CODESIGN_IDENTITY "Developer ID Application: Name (TEAMID)" in the keychain
#   DEALBOOK_KEYCHAIN          keychain holding it (optional; CI imports a .p12 into one)
# Notarisation (only when signing, and all three are set):
#   DEALBOOK_NOTARY_APPLE_ID, DEALBOOK_NOTARY_PASSWORD (an app-specific password),
#   DEALBOOK_NOTARY_TEAM_ID
# (bash 3.2, the macOS default, treats an empty "${arr[@]}" as unbound under set -u: hence the
# ${arr[@]+"${arr[@]}"} form below)
set -euo pipefail
cd "$(dirname "$0")/../.."
KEYCHAIN_ARGS=()

VENV="${DEALBOOK_BUILD_VENV:-build/venv-mac}"
PY="${PYTHON:-python3}"
ENTITLEMENTS="installers/macos/entitlements.plist"

if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating build venv $VENV"
  "$PY" -m venv "$VENV"
fi
VPY="$VENV/bin/python"
"$VPY" -m pip install -q --upgrade pip
rm -rf build/lib build/bdist.*
"$VPY" -m pip install -q --upgrade ".[build]"
VERSION="$("$VPY" -c 'import importlib.metadata as m; print(m.version("dealbook"))')"
ARCH="$(uname -m)"   # arm64 or x86_64
echo "== Dealbook $VERSION ($ARCH)"

if [ ! -f resources/icons/dealbook.icns ]; then
  QT_QPA_PLATFORM=offscreen "$VPY" scripts/make_icons.py
fi

echo "== PyInstaller"
rm -rf dist/dealbook dist/Dealbook.app build/pyinstaller
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/dealbook.spec
APP="dist/Dealbook.app"
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist"

echo "== frozen self-test"
env -u DEALBOOK_DB -u DEALBOOK_HOME QT_QPA_PLATFORM=offscreen \
  "$APP/Contents/MacOS/dealbook" --self-test

# --- signing: every Mach-O inside first, then the bundle, with the hardened runtime --------
if [ -n "${DEALBOOK_CODESIGN_IDENTITY:-}" ]; then
  echo "== codesign ($DEALBOOK_CODESIGN_IDENTITY)"
  [ -n "${DEALBOOK_KEYCHAIN:-}" ] && KEYCHAIN_ARGS=(--keychain "$DEALBOOK_KEYCHAIN")
  SIGN=(codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS"
        --sign "$DEALBOOK_CODESIGN_IDENTITY" ${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"})
  # nested code (dylibs, .so, Qt frameworks' binaries) before the app itself
  find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) \
       ! -path "*/Contents/MacOS/dealbook" -print0 |
    while IFS= read -r -d '' f; do
      if file "$f" | grep -q "Mach-O"; then "${SIGN[@]}" "$f"; fi
    done
  "${SIGN[@]}" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
  # the signed app must still pass (the hardened runtime can break library loading)
  env -u DEALBOOK_DB -u DEALBOOK_HOME QT_QPA_PLATFORM=offscreen \
    "$APP/Contents/MacOS/dealbook" --self-test
else
  echo "== not signing (DEALBOOK_CODESIGN_IDENTITY is not set; PyInstaller's ad-hoc signature only)"
fi

# --- disk image ----------------------------------------------------------------------------
DMG="dist/dealbook-${VERSION}-macos-${ARCH}.dmg"
STAGE="build/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
echo "== hdiutil $DMG"
hdiutil create -volname "Dealbook $VERSION" -srcfolder "$STAGE" -ov -format UDZO \
  -fs HFS+ "$DMG"
if [ -n "${DEALBOOK_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$DEALBOOK_CODESIGN_IDENTITY" ${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"} "$DMG"
fi

# --- notarisation ----------------------------------------------------------------------------
if [ -n "${DEALBOOK_CODESIGN_IDENTITY:-}" ] && [ -n "${DEALBOOK_NOTARY_APPLE_ID:-}" ] \
   && [ -n "${DEALBOOK_NOTARY_PASSWORD:-}" ] && [ -n "${DEALBOOK_NOTARY_TEAM_ID:-}" ]; then
  echo "== notarytool submit (waits for Apple's answer)"
  xcrun notarytool submit "$DMG" --wait \
    --apple-id "$DEALBOOK_NOTARY_APPLE_ID" \
    --password "$DEALBOOK_NOTARY_PASSWORD" \
    --team-id "$DEALBOOK_NOTARY_TEAM_ID"
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG" || true
else
  echo "== not notarising (needs the signing identity and DEALBOOK_NOTARY_* credentials)"
fi

echo "== sizes"
du -sh "$APP"
ls -lh "$DMG"
echo "== done: $DMG"
