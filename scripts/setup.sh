#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there:
# the wasm32 target, the pinned nightly with rust-src that builds the release
# wasm (scripts/wasm-nightly.sh), wasm-bindgen-cli (pinned to Cargo.lock), wasm-pack,
# Debian's chromium + chromedriver, and the npm packages (wasm-opt, playwright-core,
# and the widget build's lzma, terser, esbuild).
# Nothing is downloaded except from the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm's nightly (scripts/build.sh falls back to stable without it).
# shellcheck source=scripts/wasm-nightly.sh
. scripts/wasm-nightly.sh
if ! wasm_nightly_ready; then
  log "installing $WASM_NIGHTLY with rust-src (the widget's size-optimized wasm build; seconds)"
  rustup toolchain install "$WASM_NIGHTLY" --profile minimal --component rust-src ||
    log "could not install $WASM_NIGHTLY: scripts/build.sh will build the wasm with stable (a larger payload)"
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly, or
# wasm-pack goes off to install its own.
[ -f Cargo.lock ] || cargo generate-lockfile
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  log "installing wasm-bindgen-cli $wb_version (a few minutes)"
  # Not --locked: its lockfile pins a crate release the registry does not serve.
  cargo install wasm-bindgen-cli --version "=$wb_version"
fi

if ! command -v wasm-pack >/dev/null || [ "$(wasm-pack --version | awk '{print $2}')" != "0.15.1" ]; then
  log "installing wasm-pack 0.15.1 (a few minutes)"
  cargo install --locked wasm-pack --version =0.15.1
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing Debian's chromium and chromium-driver"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] ||
  [ ! -d node_modules/lzma ] || [ ! -d node_modules/terser ] || [ ! -d node_modules/esbuild ]; then
  log "installing npm packages (binaryen's wasm-opt, playwright-core, lzma, terser, esbuild)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
log "ready"
