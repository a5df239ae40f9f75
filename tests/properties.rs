//! Properties over arbitrary input: whatever text comes in, the pipeline does
//! not panic, every span lies inside its article on char boundaries with
//! matching UTF-16 offsets, statements overlap neither each other nor dropped
//! boilerplate, and the same input gives byte-identical JSON.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use factsheet::{article, build, Source};
use proptest::prelude::*;

/// Pieces that reach the interesting code paths: quote marks of every kind,
/// speech cues, titles, abbreviations, numbers, line endings, boilerplate
/// markers, and non-ASCII text of every UTF-8 width.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "'",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    ".",
    ",",
    "?",
    "!",
    ":",
    ";",
    "—",
    "-",
    "(",
    ")",
    "said",
    "told",
    "according to",
    "as announced by",
    "said that",
    "he",
    "she",
    "the minister",
    "Mr.",
    "Gen.",
    "U.S.",
    "Jan.",
    "Sébastien",
    "Doe",
    "John Smith",
    "AFP",
    "1.5",
    "2024",
    "40",
    "April 3, 2024",
    "PARIS, April 3, 2024 (AFP) -",
    "By Jane Doe and John Roe",
    "Read more",
    "Accept cookies",
    "Subscribe",
    "Share",
    "Comments",
    "Photo: Reuters",
    "Source:",
    "denied",
    "not",
    "日本語",
    "🎉",
    "👩🏽‍💼",
    "\u{feff}",
    "\u{200f}",
    "é",
    "ß",
    "Ω",
    "\u{0}",
    "\u{a0}",
    "\u{2028}",
    "<p>",
    "</p>",
];

fn articleish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), articleish(), "\\PC{0,400}"]
}

fn sources<'a>(names: &'a [String], texts: &'a [String]) -> Vec<Source<'a>> {
    names
        .iter()
        .zip(texts)
        .map(|(name, text)| Source { name, text })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn article_parse_keeps_its_contract(text in any_text()) {
        let a = article::parse("p.txt", &text);
        let mut last = 0;
        for p in &a.paragraphs {
            prop_assert!(p.range.start >= last && p.range.start <= p.range.end && p.range.end <= text.len());
            prop_assert!(text.is_char_boundary(p.range.start) && text.is_char_boundary(p.range.end));
            last = p.range.end;
            for (_, d) in &a.dropped {
                prop_assert!(d.end <= p.range.start || p.range.end <= d.start || d.is_empty() || p.range.is_empty(),
                    "paragraph {:?} overlaps dropped {:?}", p.range, d);
            }
        }
        for (_, d) in &a.dropped {
            prop_assert!(d.start <= d.end && d.end <= text.len());
            prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
        }
        if let Some(t) = &a.title {
            prop_assert!(t.start <= t.end && t.end <= text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }

    #[test]
    fn any_bundle_gives_a_sound_sheet_or_an_error(texts in prop::collection::vec(any_text(), 1..5)) {
        let names: Vec<String> = (0..texts.len()).map(|i| format!("{i}.txt")).collect();
        let sources = sources(&names, &texts);
        match build(&sources) {
            Ok(sheet) => {
                common::check_sheet(&sources, &sheet);
                // The same input, byte-identical JSON.
                let again = build(&sources).expect("the same input builds again");
                prop_assert_eq!(common::json(&sheet), common::json(&again));
            }
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                prop_assert!(texts.iter().any(|t| t.trim().is_empty() || t.contains('\0')),
                    "refused a usable bundle: {}", e);
            }
        }
    }
}
