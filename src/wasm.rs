//! The JavaScript boundary: a few coarse calls that take and return plain
//! data as JSON text. Core errors become `JsError`s with a message for the
//! reader.
//!
//! JavaScript (`www/src/engine.js`) hands the articles and sheets in as
//! `JSON.stringify` text and `JSON.parse`s the sheet it gets back. Both are
//! faster than building or reading a JavaScript object one property at a time
//! across the boundary, and keep the module small: the sheet is written by
//! [`FactSheet::to_json`] and what comes in is read by a small JSON reader
//! ([`json`]) with the rules serde has for the JSON contract, so neither
//! serde's (de)serializers nor `js-sys` are linked into the module.

mod json;

use std::cell::Cell;

use wasm_bindgen::prelude::*;

use crate::model::{
    ArticleInfo, Claim, ClaimStatus, Conflict, ConflictKind, DropKind, Dropped, JsonWriter, Span,
    Speaker, SpeakerKind, Statement, StatementKind,
};
use crate::{bundled, export, html, Error, ErrorKind, FactSheet, Source};
use json::Value;

/// Installs the panic hook when the `panic-hook` feature is on.
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "panic-hook")]
    console_error_panic_hook::set_once();
}

/// The bundled articles, as the JSON text of `[{ name, text }]`.
#[wasm_bindgen(js_name = bundledArticles)]
pub fn bundled_articles() -> String {
    let mut w = JsonWriter::default();
    w.list(bundled::ARTICLES, |w, a| {
        w.obj(|w| {
            w.key("name");
            w.str(a.name);
            w.key("text");
            w.str(a.text);
        })
    });
    w.out
}

/// Builds the fact sheet of `articles` (the JSON text of `[{ name, text }]`)
/// and returns it as JSON text; throws an `Error` whose message says what was
/// wrong with the input.
#[wasm_bindgen(js_name = buildSheet)]
pub fn build_sheet(articles: &str) -> Result<String, JsError> {
    let expected =
        |e: String| bad_input(format!("expected a list of {{ name, text }} articles: {e}"));
    let value = json::parse(articles).map_err(expected)?;
    let sources = read(&value, |input| {
        input.list(|a| Source {
            name: a.str("name"),
            text: a.str("text"),
        })
    })
    .map_err(expected)?;
    Ok(crate::build(&sources)?.to_json())
}

/// The readable text of an HTML document (markup dropped, never executed).
#[wasm_bindgen(js_name = htmlToText)]
pub fn html_to_text(html: &str) -> String {
    html::to_text(html)
}

fn bad_input(message: String) -> JsError {
    JsError::from(Error::new(ErrorKind::BadInput(message)))
}

fn sheet_from_json(sheet: &str) -> Result<FactSheet, JsError> {
    json::parse(sheet)
        .and_then(|v| read(&v, read_sheet))
        .map_err(|e| bad_input(format!("not a fact sheet: {e}")))
}

/// A fact sheet (the JSON text of what `buildSheet` returns) rendered as
/// Markdown.
#[wasm_bindgen(js_name = sheetToMarkdown)]
pub fn sheet_to_markdown(sheet: &str) -> Result<String, JsError> {
    Ok(export::markdown(&sheet_from_json(sheet)?))
}

/// A fact sheet rendered as CSV, one row per statement.
#[wasm_bindgen(js_name = sheetToCsv)]
pub fn sheet_to_csv(sheet: &str) -> Result<String, JsError> {
    Ok(export::csv(&sheet_from_json(sheet)?))
}

/// A fact sheet's attributed statements as schema.org `Quotation` JSON-LD.
#[wasm_bindgen(js_name = sheetToJsonLd)]
pub fn sheet_to_json_ld(sheet: &str) -> Result<String, JsError> {
    Ok(export::json_ld(&sheet_from_json(sheet)?))
}

/// The first property found wrong while reading: its name and what it
/// should have been (`"is missing or not a string"`).
type Wrong = Option<(&'static str, &'static str)>;

/// Reads `value` with `what`; `Err` names the first property found wrong.
///
/// Reading never stops early: a wrong property is noted (only the first one
/// is kept) and read as an empty value, and reading goes on in the same
/// order as before, so the error names the same property a `?` at every
/// field would have. Without an early return at every field, the compiler
/// does not emit code to drop each half-built value: the sheet reader went
/// from 8.8 KB of wasm to 4.5 KB (same values, same messages).
fn read<'a, T>(value: &'a Value, what: impl FnOnce(Get<'a, '_>) -> T) -> Result<T, String> {
    let wrong = Cell::new(None);
    let read = what(Get {
        value,
        wrong: &wrong,
    });
    match wrong.get() {
        None => Ok(read),
        Some((key, why)) => Err(format!("`{key}` {why}")),
    }
}

/// A parsed JSON value read as model data, one property at a time; the
/// rules are serde's for the JSON contract (`null` or a missing property is
/// `None` for optional fields, ids are non-negative integers).
#[derive(Clone, Copy)]
struct Get<'a, 'w> {
    value: &'a Value,
    wrong: &'w Cell<Wrong>,
}

impl<'a, 'w> Get<'a, 'w> {
    fn at(self, value: &'a Value) -> Self {
        Get { value, ..self }
    }

    /// Notes that `key` is wrong (unless something before it was), and
    /// gives `empty` to read on with.
    #[inline(never)]
    fn wrong<T>(self, key: &'static str, why: &'static str, empty: T) -> T {
        if self.wrong.get().is_none() {
            self.wrong.set(Some((key, why)));
        }
        empty
    }

    fn get(self, key: &str) -> &'a Value {
        match self.value {
            Value::Obj(members) => members
                .iter()
                .find(|(k, _)| k == key)
                .map_or(&Value::Null, |(_, v)| v),
            _ => &Value::Null,
        }
    }

    fn each<T>(self, value: &'a Value, key: &'static str, item: impl Fn(Self) -> T) -> Vec<T> {
        let Value::List(items) = value else {
            return self.wrong(key, "is not a list", Vec::new());
        };
        // A plain loop: `collect` compiles to a larger adapter for each item
        // type.
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            out.push(item(self.at(v)));
        }
        out
    }

    /// This value as a list.
    fn list<T>(self, item: impl Fn(Self) -> T) -> Vec<T> {
        self.each(self.value, "the input", item)
    }

    fn items<T>(self, key: &'static str, item: impl Fn(Self) -> T) -> Vec<T> {
        self.each(self.get(key), key, item)
    }

    fn str(self, key: &'static str) -> &'a str {
        match self.get(key) {
            Value::Str(s) => s,
            _ => self.wrong(key, "is missing or not a string", ""),
        }
    }

    fn text(self, key: &'static str) -> String {
        self.str(key).to_string()
    }

    fn texts(self, key: &'static str) -> Vec<String> {
        self.items(key, |v| match v.value {
            Value::Str(s) => s.clone(),
            _ => v.wrong(key, "holds a non-string", String::new()),
        })
    }

    fn optional(self, key: &str) -> Option<&'a Value> {
        Some(self.get(key)).filter(|v| !matches!(v, Value::Null))
    }

    fn opt_text(self, key: &'static str) -> Option<String> {
        self.optional(key).map(|v| match v {
            Value::Str(s) => s.clone(),
            _ => self.wrong(key, "is not a string", String::new()),
        })
    }

    fn id_of(self, value: &Value, key: &'static str) -> usize {
        match value {
            Value::Num(Some(n)) => *n,
            _ => self.wrong(key, "is missing or not an index", 0),
        }
    }

    fn id(self, key: &'static str) -> usize {
        self.id_of(self.get(key), key)
    }

    fn opt_id(self, key: &'static str) -> Option<usize> {
        self.optional(key).map(|v| self.id_of(v, key))
    }

    fn ids(self, key: &'static str) -> Vec<usize> {
        self.items(key, |v| v.id_of(v.value, key))
    }

    fn flag(self, key: &'static str) -> bool {
        match self.get(key) {
            Value::Bool(b) => *b,
            _ => self.wrong(key, "is missing or not true/false", false),
        }
    }

    /// A unit enum serialized as its kebab-case name (`empty` to read on
    /// with when it is not one).
    fn name<T>(self, key: &'static str, parse: fn(&str) -> Option<T>, empty: T) -> T {
        match self.get(key) {
            Value::Str(s) => parse(s),
            _ => None,
        }
        .unwrap_or_else(|| self.wrong(key, "is missing or not a known name", empty))
    }

    fn span(self, key: &'static str) -> Span {
        self.at(self.get(key)).span_here()
    }

    fn span_here(self) -> Span {
        Span {
            start: self.id("start"),
            end: self.id("end"),
            start16: self.id("start16"),
            end16: self.id("end16"),
        }
    }
}

fn read_sheet(sheet: Get) -> FactSheet {
    FactSheet {
        articles: sheet.items("articles", |a| ArticleInfo {
            id: a.id("id"),
            file: a.text("file"),
            outlet: a.opt_text("outlet"),
            title: a.opt_text("title"),
            date: a.opt_text("date"),
            authors: a.texts("authors"),
            paragraphs: a.items("paragraphs", Get::span_here),
            dropped: a.items("dropped", |d| Dropped {
                kind: d.name("kind", drop_kind, DropKind::Other),
                span: d.span("span"),
            }),
        }),
        speakers: sheet.items("speakers", |s| Speaker {
            id: s.id("id"),
            name: s.text("name"),
            aliases: s.texts("aliases"),
            kind: s.name("kind", speaker_kind, SpeakerKind::Unknown),
            role: s.opt_text("role"),
        }),
        statements: sheet.items("statements", |s| Statement {
            id: s.id("id"),
            article: s.id("article"),
            speaker: s.opt_id("speaker"),
            via: s.opt_id("via"),
            kind: s.name("kind", statement_kind, StatementKind::Narration),
            direct: s.flag("direct"),
            cue: s.opt_text("cue"),
            mention: s.opt_text("mention"),
            text: s.text("text"),
            span: s.span("span"),
            context: s.span("context"),
        }),
        claims: sheet.items("claims", |c| Claim {
            id: c.id("id"),
            label: c.text("label"),
            speaker: c.opt_id("speaker"),
            statements: c.ids("statements"),
            articles: c.ids("articles"),
            status: c.name("status", claim_status, ClaimStatus::SingleSource),
        }),
        conflicts: sheet.items("conflicts", |c| Conflict {
            kind: c.name("kind", conflict_kind, ConflictKind::Account),
            statements: c.ids("statements"),
            claims: c.ids("claims"),
            note: c.text("note"),
        }),
    }
}

// The enums' names as model.rs serializes them (kebab-case); the tests
// below check every variant against serde.

fn drop_kind(name: &str) -> Option<DropKind> {
    Some(match name {
        "consent" => DropKind::Consent,
        "navigation" => DropKind::Navigation,
        "caption" => DropKind::Caption,
        "related" => DropKind::Related,
        "appeal" => DropKind::Appeal,
        "comments" => DropKind::Comments,
        "metadata" => DropKind::Metadata,
        "other" => DropKind::Other,
        _ => return None,
    })
}

fn speaker_kind(name: &str) -> Option<SpeakerKind> {
    Some(match name {
        "person" => SpeakerKind::Person,
        "organisation" => SpeakerKind::Organisation,
        "media" => SpeakerKind::Media,
        "government" => SpeakerKind::Government,
        "unknown" => SpeakerKind::Unknown,
        _ => return None,
    })
}

fn statement_kind(name: &str) -> Option<StatementKind> {
    Some(match name {
        "quote" => StatementKind::Quote,
        "reported" => StatementKind::Reported,
        "narration" => StatementKind::Narration,
        _ => return None,
    })
}

fn claim_status(name: &str) -> Option<ClaimStatus> {
    Some(match name {
        "multi-source" => ClaimStatus::MultiSource,
        "single-source" => ClaimStatus::SingleSource,
        "disputed" => ClaimStatus::Disputed,
        _ => return None,
    })
}

fn conflict_kind(name: &str) -> Option<ConflictKind> {
    Some(match name {
        "denial" => ConflictKind::Denial,
        "account" => ConflictKind::Account,
        "number" => ConflictKind::Number,
        "date" => ConflictKind::Date,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// Every variant's serde name reads back as that variant. The matches
    /// have no wildcard arm: a new variant fails to compile here until it
    /// is added to the readers above.
    #[test]
    fn enum_names_read_back_as_serde_writes_them() {
        fn check<T: Serialize + PartialEq + std::fmt::Debug>(v: T, parse: fn(&str) -> Option<T>) {
            let name = serde_json::to_value(&v).unwrap();
            assert_eq!(parse(name.as_str().unwrap()), Some(v));
        }
        for v in [
            DropKind::Consent,
            DropKind::Navigation,
            DropKind::Caption,
            DropKind::Related,
            DropKind::Appeal,
            DropKind::Comments,
            DropKind::Metadata,
            DropKind::Other,
        ] {
            match v {
                DropKind::Consent
                | DropKind::Navigation
                | DropKind::Caption
                | DropKind::Related
                | DropKind::Appeal
                | DropKind::Comments
                | DropKind::Metadata
                | DropKind::Other => check(v, drop_kind),
            }
        }
        for v in [
            SpeakerKind::Person,
            SpeakerKind::Organisation,
            SpeakerKind::Media,
            SpeakerKind::Government,
            SpeakerKind::Unknown,
        ] {
            match v {
                SpeakerKind::Person
                | SpeakerKind::Organisation
                | SpeakerKind::Media
                | SpeakerKind::Government
                | SpeakerKind::Unknown => check(v, speaker_kind),
            }
        }
        for v in [
            StatementKind::Quote,
            StatementKind::Reported,
            StatementKind::Narration,
        ] {
            match v {
                StatementKind::Quote | StatementKind::Reported | StatementKind::Narration => {
                    check(v, statement_kind)
                }
            }
        }
        for v in [
            ClaimStatus::MultiSource,
            ClaimStatus::SingleSource,
            ClaimStatus::Disputed,
        ] {
            match v {
                ClaimStatus::MultiSource | ClaimStatus::SingleSource | ClaimStatus::Disputed => {
                    check(v, claim_status)
                }
            }
        }
        for v in [
            ConflictKind::Denial,
            ConflictKind::Account,
            ConflictKind::Number,
            ConflictKind::Date,
        ] {
            match v {
                ConflictKind::Denial
                | ConflictKind::Account
                | ConflictKind::Number
                | ConflictKind::Date => check(v, conflict_kind),
            }
        }
        assert_eq!(statement_kind("Quote"), None);
    }
}
