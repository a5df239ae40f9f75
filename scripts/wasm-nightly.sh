# Sourced by scripts/build.sh and scripts/setup.sh: the dated nightly that
# builds the widget's release wasm with a size-optimized std (build.sh says
# how and what it saves). Pinned so that every machine and CI build the same
# module; a newer nightly may rename the unstable flags build.sh passes.
# The dist date is the day after rustc's commit date:
# nightly-2026-05-20 is rustc 1.97.0-nightly (e50aa6fba 2026-05-19).
WASM_NIGHTLY=nightly-2026-05-20

# Whether $WASM_NIGHTLY and its rust-src component (the std sources that
# -Z build-std compiles) are installed.
wasm_nightly_ready() {
  local sysroot
  sysroot=$(rustup run "$WASM_NIGHTLY" rustc --print sysroot 2>/dev/null) || return 1
  [ -f "$sysroot/lib/rustlib/src/rust/library/Cargo.lock" ]
}
