#!/usr/bin/env bash
# Every test: Rust unit and fixture tests natively, the web layer's tests in
# headless Chromium (wasm-bindgen-test), then the built page end to end from
# file:// in Chromium with Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
# cargo install puts wasm-bindgen here; a fresh shell may not have it on PATH.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
bash scripts/setup.sh

echo "== cargo test (native)"
cargo test --features cli

echo "== wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web

echo "== build"
node scripts/build.mjs

echo "== end-to-end: Chromium (Playwright) and Firefox (puppeteer-core)"
node --test --test-concurrency=1 tests/e2e/
