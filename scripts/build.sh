#!/usr/bin/env bash
# Builds the widget: one cargo build of the library for wasm32, then
#   pkg/               wasm-bindgen's --target web package (ES module + .wasm), and
#   www/dist/          the page's classic scripts (wasm embedded as base64, so
#                      the page runs from file:// as well as over http).
# Usage: scripts/build.sh [--dev]
#
# The release wasm is built with the pinned nightly of scripts/wasm-nightly.sh
# when it is installed (scripts/setup.sh installs it): std is compiled from
# source for size (-Z build-std, optimize_for_size) and a panic is a bare
# `unreachable` trap (-C panic=immediate-abort: no panic messages, locations
# or formatting code in the module; JavaScript sees the same
# WebAssembly.RuntimeError as before, www/src/engine.js). Payload 195.9 KB ->
# 174.5 KB (README, Payload). Without that nightly, stable builds the same
# code into a larger module, with the same output. FACTSHEET_WASM_STABLE=1
# forces the stable build.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
[ "${1:-}" = "--dev" ] && profile=dev
# The native release profile is tuned for speed (opt-level 3); the widget's
# wasm for size. Measured with the nightly build below (payload, 2026-11-22):
# opt-level "z" 174.6 KB, "s" 193.8 KB (+19.2 KB) and faster (100 articles:
# node 78 -> 50 ms, Chromium 56 -> 43 ms). See README, Performance.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z
wasm_opt=node_modules/.bin/wasm-opt
# wasm-opt 132 needs the features spelled out once the target_features
# section is gone. Beyond -Oz (measured on the payload, gzip of the LZMA'd
# module): --low-memory-unused -0.6 KB (Rust's data starts at 1 MB and
# its stack never reaches the first 1 KB before overflowing anyway; emscripten
# passes it by default), --converge -0.4 KB (+10 s). Not used: -Oz -Oz
# (-0.3 KB, what --converge already gets), --zero-filled-memory and --gufa
# (nothing), -O4 -Oz (+1.1 KB), --ignore-implicit-traps and
# --traps-never-happen (would let wasm-opt drop or move the `unreachable` a
# panic now is, so a panic could run on instead of trapping).
opt_flags=(-Oz --low-memory-unused --converge --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types)

target=wasm32-unknown-unknown
cargo_build=(cargo build --lib --target "$target")
if [ "$profile" = release ]; then
  cargo_build+=(--release)
  raw=target/$target/release/factsheet.wasm
  # shellcheck source=scripts/wasm-nightly.sh
  . scripts/wasm-nightly.sh
  if [ -n "${FACTSHEET_WASM_STABLE:-}" ]; then
    echo "build: FACTSHEET_WASM_STABLE is set: building the wasm with stable" >&2
  elif wasm_nightly_ready; then
    echo "build: wasm with $WASM_NIGHTLY, std built for size (-Z build-std), panic=immediate-abort" >&2
    cargo_build=(cargo "+$WASM_NIGHTLY" build --lib --release --target "$target"
      -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size)
    export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
  else
    echo "build: $WASM_NIGHTLY with rust-src is not installed (scripts/setup.sh installs it):" \
      "building the wasm with stable instead (same output, about 21 KB more payload)" >&2
  fi
else
  raw=target/$target/debug/factsheet.wasm
fi
"${cargo_build[@]}"
unset RUSTFLAGS

# The ES module package (for bundlers and http pages).
rm -rf pkg
wasm-bindgen --target web --out-dir pkg "$raw"
echo '{ "type": "module" }' >pkg/package.json
if [ "$profile" = release ]; then
  "$wasm_opt" "${opt_flags[@]}" pkg/factsheet_bg.wasm -o pkg/factsheet_bg.wasm
fi

# The same module, bound for classic scripts (file:// refuses ES modules).
rm -rf target/nomodules && mkdir -p target/nomodules
wasm-bindgen --target no-modules --out-dir target/nomodules "$raw"
if [ "$profile" = release ]; then
  "$wasm_opt" "${opt_flags[@]}" target/nomodules/factsheet_bg.wasm -o target/nomodules/factsheet_bg.wasm
fi
node www/build.mjs target/nomodules
