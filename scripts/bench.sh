#!/usr/bin/env bash
# The benchmarks: native throughput, stages and scale (benches/pipeline.rs,
# release build), then the same workloads in wasm under node and in headless
# Chromium (scripts/bench-wasm.mjs). Prints the numbers; exits non-zero when a
# target is missed (20 MB/s native, 10 MB/s wasm, 10x articles within 12x
# time), after running everything.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh >/dev/null
status=0
work=target/bench
cargo bench --bench pipeline -- --dump "$work/workloads" || status=1

scripts/build.sh >/dev/null
# A node binding of the same release module the page embeds.
rm -rf "$work/node" && mkdir -p "$work/node"
wasm-bindgen --target nodejs --out-dir "$work/node" target/wasm32-unknown-unknown/release/factsheet.wasm
node_modules/.bin/wasm-opt -Oz --low-memory-unused --converge --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$work/node/factsheet_bg.wasm" -o "$work/node/factsheet_bg.wasm"
node scripts/bench-wasm.mjs "$work/workloads" "$work/node" target/nomodules || status=1
node scripts/size-budget.mjs || status=1
exit $status
