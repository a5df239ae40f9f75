//! The JavaScript boundary: a few coarse calls that take and return plain
//! data. Core errors become `JsError`s with a message for the reader.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{bundled, export, html, Error, ErrorKind, FactSheet, Source};

/// An article as JavaScript hands it over: `{ name, text }`.
#[derive(Deserialize, Serialize)]
struct JsArticle {
    name: String,
    text: String,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Installs the panic hook when the `panic-hook` feature is on.
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "panic-hook")]
    console_error_panic_hook::set_once();
}

/// The bundled articles, as `[{ name, text }]`.
#[wasm_bindgen(js_name = bundledArticles)]
pub fn bundled_articles() -> Result<JsValue, JsError> {
    let list: Vec<JsArticle> = bundled::ARTICLES
        .iter()
        .map(|s| JsArticle {
            name: s.name.to_string(),
            text: s.text.to_string(),
        })
        .collect();
    to_js(&list)
}

/// Builds the fact sheet of `articles` (`[{ name, text }]`); throws an `Error`
/// whose message says what was wrong with the input.
#[wasm_bindgen(js_name = buildSheet)]
pub fn build_sheet(articles: JsValue) -> Result<JsValue, JsError> {
    let list: Vec<JsArticle> = serde_wasm_bindgen::from_value(articles).map_err(|e| {
        JsError::from(Error::new(ErrorKind::BadInput(format!(
            "expected a list of {{ name, text }} articles: {e}"
        ))))
    })?;
    let sources: Vec<Source> = list
        .iter()
        .map(|a| Source {
            name: &a.name,
            text: &a.text,
        })
        .collect();
    to_js(&crate::build(&sources)?)
}

/// The readable text of an HTML document (markup dropped, never executed).
#[wasm_bindgen(js_name = htmlToText)]
pub fn html_to_text(html: &str) -> String {
    html::to_text(html)
}

fn sheet_from_js(sheet: JsValue) -> Result<FactSheet, JsError> {
    serde_wasm_bindgen::from_value(sheet).map_err(|e| {
        JsError::from(Error::new(ErrorKind::BadInput(format!(
            "not a fact sheet: {e}"
        ))))
    })
}

/// A fact sheet (as returned by `buildSheet`) rendered as Markdown.
#[wasm_bindgen(js_name = sheetToMarkdown)]
pub fn sheet_to_markdown(sheet: JsValue) -> Result<String, JsError> {
    Ok(export::markdown(&sheet_from_js(sheet)?))
}

/// A fact sheet rendered as CSV, one row per statement.
#[wasm_bindgen(js_name = sheetToCsv)]
pub fn sheet_to_csv(sheet: JsValue) -> Result<String, JsError> {
    Ok(export::csv(&sheet_from_js(sheet)?))
}

/// A fact sheet's attributed statements as schema.org `Quotation` JSON-LD.
#[wasm_bindgen(js_name = sheetToJsonLd)]
pub fn sheet_to_json_ld(sheet: JsValue) -> Result<String, JsError> {
    Ok(export::json_ld(&sheet_from_js(sheet)?))
}
