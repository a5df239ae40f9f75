//! The wasm API as JavaScript sees it, run under node
//! (`wasm-pack test --node -- --test wasm`). The same checks run in headless
//! Chromium from `wasm_browser.rs`.
#![cfg(target_arch = "wasm32")]

mod wasm_common;
