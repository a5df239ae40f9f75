//! Checks on the exported functions (`bundledArticles`, `buildSheet`,
//! `htmlToText`) through the values JavaScript receives: plain objects and
//! arrays, `null` for absent ids, UTF-16 offsets that JavaScript's
//! `String.prototype.slice` can use, and `Error`s for unusable input.
//!
//! The functions take and return JSON text; like `www/src/engine.js`, the
//! helpers below hand values in with `JSON.stringify` and read what comes
//! back with `JSON.parse`, so the checks are on the values the page sees.

use factsheet::{bundled, FactSheet};
use js_sys::{Array, JsString, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// `bundledArticles()` as the engine returns it.
fn bundled_articles() -> Result<JsValue, JsValue> {
    JSON::parse(&factsheet::wasm::bundled_articles())
}

/// `buildSheet(articles)` as the engine calls it.
fn build_sheet(articles: JsValue) -> Result<JsValue, wasm_bindgen::JsError> {
    let text = JSON::stringify(&articles).expect("JSON.stringify");
    let sheet = factsheet::wasm::build_sheet(&String::from(text))?;
    Ok(JSON::parse(&sheet).expect("the sheet is JSON"))
}

/// A sheet handed back from JavaScript, read as the Rust model.
fn model_of(sheet: &JsValue) -> FactSheet {
    let text = String::from(JSON::stringify(sheet).expect("JSON.stringify"));
    serde_json::from_str(&text).expect("the object is a FactSheet")
}

fn html_to_text(html: &str) -> String {
    factsheet::wasm::html_to_text(html)
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property access")
}

fn articles(list: &[(&str, &str)]) -> JsValue {
    let array = Array::new();
    for (name, text) in list {
        let item = Object::new();
        Reflect::set(&item, &"name".into(), &(*name).into()).unwrap();
        Reflect::set(&item, &"text".into(), &(*text).into()).unwrap();
        array.push(&item);
    }
    array.into()
}

/// The message of the `Error` a call threw.
fn message(result: Result<JsValue, wasm_bindgen::JsError>) -> String {
    let err = result.expect_err("the call should have thrown");
    let value: JsValue = err.into();
    assert!(
        value.is_instance_of::<js_sys::Error>(),
        "thrown value is an Error"
    );
    String::from(value.unchecked_into::<js_sys::Error>().message())
}

#[wasm_bindgen_test]
fn bundled_articles_are_the_five_name_text_objects() {
    let list = bundled_articles().expect("bundledArticles");
    assert!(Array::is_array(&list));
    let list = Array::from(&list);
    assert_eq!(list.length(), 5);
    for (item, source) in list.iter().zip(bundled::ARTICLES) {
        assert_eq!(get(&item, "name").as_string().as_deref(), Some(source.name));
        assert_eq!(get(&item, "text").as_string().as_deref(), Some(source.text));
    }
}

#[wasm_bindgen_test]
fn build_sheet_over_the_bundle_returns_the_contract() {
    let sheet = build_sheet(bundled_articles().unwrap()).expect("buildSheet");
    for key in ["articles", "speakers", "statements", "claims", "conflicts"] {
        assert!(Array::is_array(&get(&sheet, key)), "{key} is an array");
    }
    let js_articles = Array::from(&get(&sheet, "articles"));
    assert_eq!(js_articles.length(), 5);
    for (i, (a, source)) in js_articles.iter().zip(bundled::ARTICLES).enumerate() {
        assert_eq!(get(&a, "id").as_f64(), Some(i as f64));
        assert_eq!(get(&a, "file").as_string().as_deref(), Some(source.name));
        assert!(Array::is_array(&get(&a, "authors")));
    }
    let statements = Array::from(&get(&sheet, "statements"));
    assert!(statements.length() > 0, "the bundle has statements");
    for s in statements.iter() {
        // Absent ids are null (JSON-compatible), never undefined.
        for key in ["speaker", "via"] {
            let v = get(&s, key);
            assert!(
                v.is_null() || v.as_f64().is_some(),
                "{key} is null or an id"
            );
        }
        assert!(get(&s, "text").is_string());
        assert!(get(&s, "direct").as_bool().is_some());
    }

    // The same object read back as the Rust model: every span, cut in
    // JavaScript with its UTF-16 offsets, is the text cut in Rust by bytes.
    let model = model_of(&sheet);
    assert_eq!(model.statements.len() as u32, statements.length());
    for st in &model.statements {
        let text = bundled::ARTICLES[st.article].text;
        let js_text = JsString::from(text);
        let cut = js_text.slice(st.span.start16 as u32, st.span.end16 as u32);
        assert_eq!(String::from(cut), &text[st.span.start..st.span.end]);
    }
}

#[wasm_bindgen_test]
fn utf16_offsets_hold_for_emoji_and_cjk() {
    let text = "Émoji 🎉 and 日本語 lead here.\n\n\"We are ready 🙂,\" the minister said. 東京 replied later.";
    let sheet = build_sheet(articles(&[("intl.txt", text)])).expect("buildSheet");
    let model = model_of(&sheet);
    assert!(!model.statements.is_empty());
    let js_text = JsString::from(text);
    for st in &model.statements {
        let cut = js_text.slice(st.span.start16 as u32, st.span.end16 as u32);
        assert_eq!(String::from(cut), &text[st.span.start..st.span.end]);
    }
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_with_a_reason() {
    assert!(message(build_sheet(JsValue::from_str("not a list"))).contains("expected a list"));
    assert!(message(build_sheet(JsValue::from_f64(3.0))).contains("expected a list"));
    assert!(message(build_sheet(Array::new().into())).contains("no articles"));
    let blank = message(build_sheet(articles(&[("blank.txt", " \n\t ")])));
    assert!(
        blank.contains("blank.txt") && blank.contains("no text"),
        "{blank}"
    );
    let binary = message(build_sheet(articles(&[("bin.txt", "PK\u{3}\u{4}\0\0\0")])));
    assert!(binary.contains("not plain text"), "{binary}");
    // A missing field names what was expected.
    let item = Object::new();
    Reflect::set(&item, &"name".into(), &"x.txt".into()).unwrap();
    let missing = Array::of1(&item);
    assert!(message(build_sheet(missing.into())).contains("text"));
}

#[wasm_bindgen_test]
fn html_to_text_keeps_words_and_drops_markup() {
    let text =
        html_to_text("<html><body><h1>Talks</h1><p>The <b>minister</b> spoke.</p></body></html>");
    assert!(text.contains("Talks") && text.contains("minister") && text.contains("spoke."));
    assert!(!text.contains('<') && !text.contains('>'), "{text:?}");
}
