//! The wasm API as JavaScript sees it, run in headless Chromium
//! (`wasm-pack test --headless --chrome -- --test wasm_browser`). The same
//! checks run under node from `wasm.rs`.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod wasm_common;
