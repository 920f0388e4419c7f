#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; every step
# is skipped when its tool is already there, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
# cargo install puts wasm-bindgen here; a fresh shell may not have it on PATH.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

command -v cargo >/dev/null || { say "cargo not found: install Rust from rustup first"; exit 1; }
command -v node >/dev/null || { say "node not found: install Node.js 20+ first"; exit 1; }

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at exactly the version Cargo.lock pins.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ -z "$want" ]; then say "Cargo.lock has no wasm-bindgen entry"; exit 1; fi
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found '${have:-none}'); this takes a few minutes"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# 3. Browsers for the tests, the fonts readers see, and faketime (Debian packages).
# MEETINGS_SETUP=build (the Pages workflow) needs no browser.
missing=()
if [ "${MEETINGS_SETUP:-all}" != build ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -e /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing+=(fonts-noto-core)
  # The no-clock test runs the extractor under two faked system dates.
  command -v faketime >/dev/null || missing+=(faketime)
fi
# The spreadsheet test opens the download in LibreOffice, headless; without
# its recommends it is about 200 MB and 20 s.
office=()
if [ "${MEETINGS_SETUP:-all}" != build ] && ! command -v soffice >/dev/null; then office=(libreoffice-calc-nogui); fi
if [ "${#missing[@]}" -gt 0 ] || [ "${#office[@]}" -gt 0 ]; then
  as_root apt-get update -qq
fi
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${#office[@]}" -gt 0 ]; then
  say "installing ${office[*]}"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${office[@]}" >/dev/null
fi

# 4. npm packages, exactly as package-lock.json has them.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
