#!/usr/bin/env bash
# Builds the widget: one release cargo build for wasm32, then
#   pkg/               wasm-pack's --target web package (ES module + .wasm), and
#   www/dist/          the page's classic scripts (wasm embedded as base64, so
#                      the page runs from file:// as well as over http).
# Usage: scripts/build.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
[ "${1:-}" = "--dev" ] && profile=dev
# The native release profile is tuned for speed (opt-level 3); the widget's
# wasm for size. Measured (wasm-opt -Oz, gzip -9): opt-level "z" 99.8 KB,
# "s" 108.1 KB, 3 108.2 KB, with no speed lost in wasm. See README.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
wasm_opt=node_modules/.bin/wasm-opt
# wasm-opt 132 needs the features spelled out once the target_features
# section is gone.
opt_flags=(-Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types)

if [ "$profile" = release ]; then
  wasm-pack build --release --target web --out-dir pkg --no-pack 2>&1 | grep -v '^\[INFO\]' || true
  [ -f pkg/factsheet_bg.wasm ] || { echo "build: wasm-pack produced no pkg/factsheet_bg.wasm" >&2; exit 1; }
  "$wasm_opt" "${opt_flags[@]}" pkg/factsheet_bg.wasm -o pkg/factsheet_bg.wasm
  raw=target/wasm32-unknown-unknown/release/factsheet.wasm
else
  wasm-pack build --dev --target web --out-dir pkg --no-pack 2>&1 | grep -v '^\[INFO\]' || true
  raw=target/wasm32-unknown-unknown/debug/factsheet.wasm
fi

# The same module, bound for classic scripts (file:// refuses ES modules).
rm -rf target/nomodules && mkdir -p target/nomodules
wasm-bindgen --target no-modules --out-dir target/nomodules "$raw"
if [ "$profile" = release ]; then
  "$wasm_opt" "${opt_flags[@]}" target/nomodules/factsheet_bg.wasm -o target/nomodules/factsheet_bg.wasm
fi
node www/build.mjs target/nomodules
