//! The JSON contract: what `factsheet --format json` prints over the bundled
//! articles is exactly `model.rs` serialized, with the fields the README
//! documents, ids that index their lists, and spans that cut the right text
//! out of each article (bytes for Rust, UTF-16 for JavaScript). The same
//! input always prints byte-identical JSON.
//!
//! Adding a field to the model is a contract change: add it to the lists
//! below and to the README's contract section together.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use factsheet::{bundled, FactSheet};
use serde_json::Value;

const TOP: &[&str] = &["articles", "speakers", "statements", "claims", "conflicts"];
const ARTICLE: &[&str] = &[
    "id",
    "file",
    "outlet",
    "title",
    "date",
    "authors",
    "paragraphs",
    "dropped",
];
const DROPPED: &[&str] = &["kind", "span"];
const SPEAKER: &[&str] = &["id", "name", "aliases", "kind", "role"];
const STATEMENT: &[&str] = &[
    "id", "article", "speaker", "via", "kind", "direct", "cue", "mention", "text", "span",
    "context",
];
const CLAIM: &[&str] = &["id", "label", "speaker", "statements", "articles", "status"];
const CONFLICT: &[&str] = &["kind", "statements", "claims", "note"];
const SPAN: &[&str] = &["start", "end", "start16", "end16"];

const DROP_KINDS: &[&str] = &[
    "consent",
    "navigation",
    "caption",
    "related",
    "appeal",
    "comments",
    "metadata",
    "other",
];
const SPEAKER_KINDS: &[&str] = &["person", "organisation", "media", "government", "unknown"];
const STATEMENT_KINDS: &[&str] = &["quote", "reported", "narration"];
const CLAIM_STATUSES: &[&str] = &["multi-source", "single-source", "disputed"];
const CONFLICT_KINDS: &[&str] = &["denial", "account", "number", "date"];

fn cli(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_factsheet"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run factsheet");
    assert!(
        out.status.success(),
        "factsheet {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn bundled_json() -> (Vec<u8>, Value) {
    let bytes = cli(&["--format", "json"]);
    let value = serde_json::from_slice(&bytes).expect("the CLI prints JSON");
    (bytes, value)
}

fn keys(value: &Value, expected: &[&str], what: &str) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("{what} is an object"));
    let got: BTreeSet<&str> = object.keys().map(String::as_str).collect();
    let want: BTreeSet<&str> = expected.iter().copied().collect();
    assert_eq!(got, want, "{what}: fields differ from the contract");
}

fn list<'a>(value: &'a Value, key: &str) -> &'a Vec<Value> {
    value[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is a list"))
}

fn id(value: &Value, what: &str) -> usize {
    value
        .as_u64()
        .unwrap_or_else(|| panic!("{what} is an id, got {value}")) as usize
}

fn optional_id(value: &Value, len: usize, what: &str) {
    if !value.is_null() {
        assert!(id(value, what) < len, "{what} {value} indexes nothing");
    }
}

fn optional_string(value: &Value, what: &str) {
    assert!(
        value.is_null() || value.is_string(),
        "{what} is a string or null"
    );
}

fn strings(value: &Value, what: &str) {
    let items = value
        .as_array()
        .unwrap_or_else(|| panic!("{what} is a list"));
    assert!(items.iter().all(Value::is_string), "{what} holds strings");
}

fn one_of(value: &Value, allowed: &[&str], what: &str) {
    let s = value
        .as_str()
        .unwrap_or_else(|| panic!("{what} is a string"));
    assert!(
        allowed.contains(&s),
        "{what} '{s}' is not one of {allowed:?}"
    );
}

/// Checks a span object against its article text (bytes and UTF-16).
fn span(value: &Value, text: &str, what: &str) -> (usize, usize) {
    keys(value, SPAN, what);
    let [start, end, start16, end16] =
        ["start", "end", "start16", "end16"].map(|k| id(&value[k], what));
    assert!(
        start <= end && end <= text.len(),
        "{what}: {start}..{end} outside the text"
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: not on char boundaries"
    );
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let from16 =
        String::from_utf16(&utf16[start16..end16]).expect("UTF-16 span on code point boundaries");
    assert_eq!(
        from16,
        &text[start..end],
        "{what}: UTF-16 and byte offsets cut different text"
    );
    (start, end)
}

#[test]
fn cli_json_has_exactly_the_contract_fields() {
    let (_, sheet) = bundled_json();
    keys(&sheet, TOP, "the sheet");
    let texts: Vec<&str> = bundled::ARTICLES.iter().map(|s| s.text).collect();
    let articles = list(&sheet, "articles");
    let speakers = list(&sheet, "speakers");
    let statements = list(&sheet, "statements");
    let claims = list(&sheet, "claims");
    let conflicts = list(&sheet, "conflicts");
    assert_eq!(articles.len(), 5, "five bundled articles");

    for (i, a) in articles.iter().enumerate() {
        keys(a, ARTICLE, "article");
        assert_eq!(id(&a["id"], "article id"), i);
        assert_eq!(a["file"].as_str(), Some(bundled::ARTICLES[i].name));
        for k in ["outlet", "title", "date"] {
            optional_string(&a[k], k);
        }
        if let Some(date) = a["date"].as_str() {
            let b = date.as_bytes();
            assert!(
                b.len() == 10
                    && b[4] == b'-'
                    && b[7] == b'-'
                    && date.replace('-', "").bytes().all(|c| c.is_ascii_digit()),
                "date '{date}' is ISO 8601 (YYYY-MM-DD)"
            );
        }
        strings(&a["authors"], "authors");
        for p in list(a, "paragraphs") {
            span(p, texts[i], "paragraph");
        }
        for d in list(a, "dropped") {
            keys(d, DROPPED, "dropped");
            one_of(&d["kind"], DROP_KINDS, "dropped kind");
            span(&d["span"], texts[i], "dropped span");
        }
    }
    for (i, s) in speakers.iter().enumerate() {
        keys(s, SPEAKER, "speaker");
        assert_eq!(id(&s["id"], "speaker id"), i);
        assert!(
            s["name"].as_str().is_some_and(|n| !n.trim().is_empty()),
            "speaker name"
        );
        strings(&s["aliases"], "aliases");
        one_of(&s["kind"], SPEAKER_KINDS, "speaker kind");
        optional_string(&s["role"], "role");
    }
    assert!(!statements.is_empty(), "the bundle yields statements");
    for (i, st) in statements.iter().enumerate() {
        keys(st, STATEMENT, "statement");
        assert_eq!(id(&st["id"], "statement id"), i);
        let article = id(&st["article"], "statement article");
        assert!(article < articles.len());
        optional_id(&st["speaker"], speakers.len(), "statement speaker");
        optional_id(&st["via"], speakers.len(), "statement via");
        one_of(&st["kind"], STATEMENT_KINDS, "statement kind");
        assert!(st["direct"].is_boolean());
        optional_string(&st["cue"], "cue");
        optional_string(&st["mention"], "mention");
        let text = st["text"].as_str().expect("statement text");
        assert!(
            !text.is_empty() && text == text.trim(),
            "statement {i} text is trimmed, non-empty"
        );
        let (start, end) = span(&st["span"], texts[article], "statement span");
        let (cstart, cend) = span(&st["context"], texts[article], "statement context");
        assert!(
            cstart <= start && end <= cend,
            "statement {i}: span inside its context"
        );
        assert!(start < end, "statement {i}: span is not empty");
    }
    for (i, c) in claims.iter().enumerate() {
        keys(c, CLAIM, "claim");
        assert_eq!(id(&c["id"], "claim id"), i);
        assert!(c["label"].is_string());
        optional_id(&c["speaker"], speakers.len(), "claim speaker");
        for s in list(c, "statements") {
            assert!(id(s, "claim statement") < statements.len());
        }
        for a in list(c, "articles") {
            assert!(id(a, "claim article") < articles.len());
        }
        one_of(&c["status"], CLAIM_STATUSES, "claim status");
    }
    for c in conflicts {
        keys(c, CONFLICT, "conflict");
        one_of(&c["kind"], CONFLICT_KINDS, "conflict kind");
        for s in list(c, "statements") {
            assert!(id(s, "conflict statement") < statements.len());
        }
        for s in list(c, "claims") {
            assert!(id(s, "conflict claim") < claims.len());
        }
        assert!(c["note"].as_str().is_some_and(|n| !n.trim().is_empty()));
    }
}

#[test]
fn cli_json_is_the_model_serialized() {
    let (bytes, _) = bundled_json();
    let sheet: FactSheet =
        serde_json::from_slice(&bytes).expect("the JSON reads back as the model");
    common::check_sheet(bundled::ARTICLES, &sheet);
    let library = factsheet::build(bundled::ARTICLES).expect("the bundle builds");
    assert_eq!(sheet, library, "the CLI prints what the library builds");
    assert_eq!(
        String::from_utf8(bytes).unwrap(),
        common::json(&library) + "\n"
    );
}

#[test]
fn statement_spans_cut_their_text_out_of_the_article() {
    let sheet = factsheet::build(bundled::ARTICLES).unwrap();
    for st in &sheet.statements {
        let source = &bundled::ARTICLES[st.article].text[st.span.start..st.span.end];
        let words = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        // The reader's text is the span's wording (white space, quote marks
        // and punctuation may be tidied, words not).
        assert_eq!(
            words(&st.text),
            words(source),
            "statement {} text vs span {source:?}",
            st.id
        );
    }
}

#[test]
fn file_names_are_the_inputs_base_names() {
    let paths: Vec<String> = bundled::ARTICLES
        .iter()
        .map(|s| format!("articles/{}", s.name))
        .collect();
    let mut args = vec!["--format", "json"];
    args.extend(paths.iter().map(String::as_str));
    let from_files = cli(&args);
    let sheet: Value = serde_json::from_slice(&from_files).unwrap();
    for (a, source) in list(&sheet, "articles").iter().zip(bundled::ARTICLES) {
        assert_eq!(a["file"].as_str(), Some(source.name));
    }
    // The files are the bundled articles, so the sheet is the same one.
    assert_eq!(
        from_files,
        bundled_json().0,
        "files and bundle give the same JSON"
    );
    // An absolute path still gives the base name.
    let absolute: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "articles",
        bundled::ARTICLES[2].name,
    ]
    .iter()
    .collect();
    let one: Value = serde_json::from_slice(&cli(&[absolute.to_str().unwrap()])).unwrap();
    assert_eq!(
        list(&one, "articles")[0]["file"].as_str(),
        Some(bundled::ARTICLES[2].name)
    );
}

#[test]
fn the_same_input_prints_byte_identical_json() {
    let first = bundled_json().0;
    for _ in 0..3 {
        assert!(first == bundled_json().0, "two runs printed different JSON");
    }
    let once = common::json(&factsheet::build(bundled::ARTICLES).unwrap());
    for _ in 0..3 {
        assert_eq!(
            once,
            common::json(&factsheet::build(bundled::ARTICLES).unwrap())
        );
    }
    // The order of the inputs is the order of the articles, not a hash order.
    let mut reversed = bundled::ARTICLES.to_vec();
    reversed.reverse();
    let sheet = factsheet::build(&reversed).unwrap();
    let files: Vec<&str> = sheet.articles.iter().map(|a| a.file.as_str()).collect();
    let want: Vec<&str> = reversed.iter().map(|s| s.name).collect();
    assert_eq!(files, want);
}
