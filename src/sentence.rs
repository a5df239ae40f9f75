//! Stage 2: sentences of a paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and
//! brackets after it) followed by white space and something that can start
//! a sentence (not a lower-case letter). It does not end:
//! - after a title ("Mr.", "Gen.", "Sen.") or an initial ("J. R. R. Tolkien");
//! - after a common abbreviation ("U.S.", "Inc.", "a.m.", "Jan.") unless a
//!   word that usually opens a sentence follows ("… in the U.S. The next");
//! - after "No." or "Art." before a number;
//! - inside a number ("1.5", "$3.2bn"), which has no space after its point;
//! - inside a quotation that closes within the paragraph: `"A. B," he
//!   said.` is one sentence. A quotation that never closes in the paragraph
//!   is split normally.
//!
//! Quotation marks may be straight or curly, `« »`, `„ “`, or single quotes
//! (inside double ones, or British style). Everything is linear in the
//! length of the paragraph.
//!
//! Contract: sentences are trimmed, non-empty, in order, non-overlapping,
//! on `char` boundaries, and lie inside the paragraph they were split from.
//!
//! ```
//! let text = "Mr. Smith met Gen. J. R. Jones in the U.S. on Jan. 5. \"We agree. We will talk,\" he said. Costs rose 1.5%.";
//! let s: Vec<_> = factsheet::sentence::split(text, 0..text.len())
//!     .into_iter()
//!     .map(|r| &text[r])
//!     .collect();
//! assert_eq!(s, [
//!     "Mr. Smith met Gen. J. R. Jones in the U.S. on Jan. 5.",
//!     "\"We agree. We will talk,\" he said.",
//!     "Costs rose 1.5%.",
//! ]);
//! ```

use std::ops::Range;

use crate::article::{trim_span, Article, Role};
use crate::lexicon::abbreviations::{is_sentence_starter, lookup, Abbreviation};

/// A sentence of an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is in the article's text.
    pub range: Range<usize>,
    /// Index of its paragraph in [`Article::paragraphs`].
    pub paragraph: usize,
}

/// Deepest nesting of quotations tracked; deeper marks are ignored.
const MAX_QUOTE_DEPTH: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Quote {
    /// `"…"`
    Straight,
    /// `“…”`
    Curly,
    /// `„…“` or `„…”`
    Low,
    /// `«…»`
    Guillemet,
    /// `'…'` or `‘…’`
    Single,
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'
        )
}

/// True when a quotation mark between `prev` and `next` opens a quotation:
/// nothing or space or an opening bracket before, a non-space after.
fn opens(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_none_or(|p| {
        is_space(p) || matches!(p, '(' | '[' | '—' | '–' | '-' | '“' | '"' | '«' | '„' | ':')
    }) && next.is_some_and(|n| !is_space(n))
}

/// The quotations of `s` that close inside it and are not inside another
/// such quotation, as byte ranges (opening mark through closing mark).
fn quotations(s: &str) -> Vec<Range<usize>> {
    let mut stack: Vec<(Quote, usize)> = Vec::new();
    let mut pairs: Vec<Range<usize>> = Vec::new();
    // Only quote marks matter: they are `"`, `'`, or start with the bytes
    // 0xC2 (« ») or 0xE2 (“ ” „ ‘ ’); everything else is skipped by bytes.
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(skip) = crate::text::find_any_byte(&bytes[from..], [b'"', b'\'', 0xC2, 0xE2]) {
        let i = from + skip;
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let end = i + c.len_utf8();
        from = end;
        if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '\'' | '’') {
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[end..].chars().next();
        let open_ctx = opens(prev, next);
        let on_stack = |q: Quote| stack.iter().rposition(|&(k, _)| k == q);
        let mut close = |stack: &mut Vec<(Quote, usize)>, at: usize| {
            pairs.push(stack[at].1..end);
            stack.truncate(at);
        };
        let open = |stack: &mut Vec<(Quote, usize)>, q: Quote| {
            if stack.len() < MAX_QUOTE_DEPTH {
                stack.push((q, i));
            }
        };
        match c {
            '"' => match on_stack(Quote::Straight) {
                Some(at) if !open_ctx || stack.last().map(|t| t.0) == Some(Quote::Straight) => {
                    close(&mut stack, at)
                }
                _ if open_ctx => open(&mut stack, Quote::Straight),
                Some(at) => close(&mut stack, at),
                None => {}
            },
            '“' => match on_stack(Quote::Low) {
                Some(at) => close(&mut stack, at),
                None => match on_stack(Quote::Curly) {
                    Some(at) if !open_ctx => close(&mut stack, at),
                    _ => open(&mut stack, Quote::Curly),
                },
            },
            '”' => match on_stack(Quote::Curly).max(on_stack(Quote::Low)) {
                Some(at) => close(&mut stack, at),
                None if open_ctx => open(&mut stack, Quote::Curly),
                None => {}
            },
            '„' => open(&mut stack, Quote::Low),
            '«' => open(&mut stack, Quote::Guillemet),
            '»' => {
                if let Some(at) = on_stack(Quote::Guillemet) {
                    close(&mut stack, at)
                }
            }
            '‘' => open(&mut stack, Quote::Single),
            '\'' | '’' => {
                let apostrophe = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                match on_stack(Quote::Single) {
                    Some(at) if !apostrophe && !open_ctx => close(&mut stack, at),
                    _ if c == '\'' && open_ctx && !apostrophe => open(&mut stack, Quote::Single),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    // Keep the outermost pairs.
    crate::order::sort_by_key(&mut pairs, |r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<Range<usize>> = Vec::new();
    for p in pairs {
        if out.last().is_none_or(|last| p.start >= last.end) {
            out.push(p);
        }
    }
    out
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '“' | ')' | ']')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '„' | '(' | '[')
}

/// The word just before byte `at` of `s`: letters, digits and inner
/// periods ("U.S", "a.m"), at most 24 bytes.
fn word_before(s: &str, at: usize) -> &str {
    let head = &s[..at];
    let mut start = at;
    for (i, c) in head.char_indices().rev() {
        if at - i > 24 || !(c.is_alphanumeric() || c == '.' || c == '-') {
            break;
        }
        start = i;
    }
    head[start..].trim_start_matches(['.', '-'])
}

/// The word starting at byte `at` of `s` (after any opening marks).
fn word_at(s: &str, at: usize) -> &str {
    let rest = s[at..].trim_start_matches(is_opener);
    let end = rest
        .char_indices()
        .find(|&(i, c)| !c.is_alphanumeric() || i > 24)
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// Whether the period at `dot` of `s` ends the sentence, given that `next`
/// (at byte `k`) follows it after white space.
fn period_ends(s: &str, dot: usize, k: usize) -> bool {
    let word = word_before(s, dot);
    let next = word_at(s, k);
    let starter = is_sentence_starter(next);
    let next_digit = next.starts_with(|c: char| c.is_ascii_digit());
    if word.is_empty() {
        return true;
    }
    // An initial: "J. R. R. Tolkien", "Gen. A. Smith".
    let mut letters = word.chars();
    if let (Some(l), None) = (letters.next(), letters.next()) {
        if l.is_uppercase() {
            return starter;
        }
    }
    match lookup(word) {
        Some(Abbreviation::Title) => false,
        Some(Abbreviation::BeforeNumber) => !next_digit,
        Some(Abbreviation::Common) => starter && !next_digit,
        None if word.contains('.') && word.split('.').all(|p| p.chars().count() == 1) => starter,
        None => true,
    }
}

/// Splits `range` of `text` into sentence ranges. A range that is not a
/// valid slice of `text` gives no sentences.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(s) = text.get(range.clone()) else {
        return Vec::new();
    };
    let base = range.start;
    let quotes = quotations(s);
    let mut q = 0;
    let mut out = Vec::new();
    let mut push = |r: Range<usize>| {
        let r = trim_span(text, base + r.start..base + r.end);
        if !r.is_empty() {
            out.push(r);
        }
    };
    let mut start = 0;
    let mut skip_to = 0;
    // Terminal marks are `.`, `!`, `?`, or `…` (which starts with 0xE2):
    // found by bytes, without decoding the text between them.
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(skip) = crate::text::find_any_byte(&bytes[from..], [b'.', b'!', b'?', 0xE2]) {
        let i = from + skip;
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        if i < skip_to || !is_terminal(c) {
            continue;
        }
        // The end of the candidate: more terminal marks, then closers.
        let mut j = i + c.len_utf8();
        let tail = &s[j..];
        let run = tail.len() - tail.trim_start_matches(is_terminal).len();
        j += run;
        // French spacing puts a (narrow) space before the closing "»".
        let tail = &s[j..];
        let spaced = tail.trim_start_matches(is_space);
        if spaced.starts_with('»') && tail.len() - spaced.len() <= 6 {
            j += tail.len() - spaced.len();
        }
        let tail = &s[j..];
        j += tail.len() - tail.trim_start_matches(is_closer).len();
        skip_to = j;
        // Inside a quotation that closes later in the paragraph?
        while q < quotes.len() && quotes[q].end <= i {
            q += 1;
        }
        if let Some(quote) = quotes.get(q) {
            if quote.start < i && j < quote.end {
                continue;
            }
        }
        let after = &s[j..];
        let ws = after.len() - after.trim_start_matches(is_space).len();
        if ws == 0 {
            continue;
        }
        let k = j + ws;
        let Some(n) = s[k..].chars().next() else {
            continue;
        };
        let can_start = !n.is_lowercase() && (n.is_alphanumeric() || is_opener(n));
        // "1." or "a." opening a list item is not a sentence.
        let before = &s[start..i];
        let label = c == '.'
            && ((1..=2).contains(&before.len()) && before.bytes().all(|b| b.is_ascii_digit())
                || before.chars().count() == 1 && before.chars().all(char::is_alphabetic));
        let ends = can_start && !label && (c != '.' || run > 0 || period_ends(s, i, k));
        if ends {
            push(start..j);
            start = k;
        }
    }
    push(start..s.len());
    out
}

/// Every sentence of the article's paragraphs, in order. A headline is
/// split only where each part has two words or more ("Talks fail.
/// Ministers leave" is two sentences, "Breaking! Talks fail" one).
pub fn sentences(article: &Article) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (p, para) in article.paragraphs.iter().enumerate() {
        let mut pieces = split(article.text, para.range.clone());
        if para.role == Role::Headline {
            pieces = merge_short(article.text, pieces);
        }
        out.extend(pieces.into_iter().map(|range| Sentence {
            range,
            paragraph: p,
        }));
    }
    out
}

/// `pieces` with every piece of fewer than two words joined to its
/// neighbour.
fn merge_short(text: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let short = |r: &Range<usize>| text[r.clone()].split_whitespace().nth(1).is_none();
    let mut out: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    // A short piece waiting to be joined to the next one.
    let mut pending: Option<Range<usize>> = None;
    for r in pieces {
        let r = match pending.take() {
            Some(p) => p.start..r.end,
            None => r,
        };
        if short(&r) {
            pending = Some(r);
        } else {
            out.push(r);
        }
    }
    if let Some(p) = pending {
        match out.last_mut() {
            Some(last) => last.end = p.end,
            None => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The splitter before its byte scans, as the reference the fast one
    /// must agree with.
    #[cfg(not(target_arch = "wasm32"))]
    mod by_chars {
        use super::super::*;

        fn quotations(s: &str) -> Vec<Range<usize>> {
            let mut stack: Vec<(Quote, usize)> = Vec::new();
            let mut pairs: Vec<Range<usize>> = Vec::new();
            let mut prev: Option<char> = None;
            let mut chars = s.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let next = chars.peek().map(|&(_, n)| n);
                let end = i + c.len_utf8();
                let open_ctx = opens(prev, next);
                let on_stack = |q: Quote| stack.iter().rposition(|&(k, _)| k == q);
                let mut close = |stack: &mut Vec<(Quote, usize)>, at: usize| {
                    pairs.push(stack[at].1..end);
                    stack.truncate(at);
                };
                let open = |stack: &mut Vec<(Quote, usize)>, q: Quote| {
                    if stack.len() < MAX_QUOTE_DEPTH {
                        stack.push((q, i));
                    }
                };
                match c {
                    '"' => match on_stack(Quote::Straight) {
                        Some(at)
                            if !open_ctx || stack.last().map(|t| t.0) == Some(Quote::Straight) =>
                        {
                            close(&mut stack, at)
                        }
                        _ if open_ctx => open(&mut stack, Quote::Straight),
                        Some(at) => close(&mut stack, at),
                        None => {}
                    },
                    '“' => match on_stack(Quote::Low) {
                        Some(at) => close(&mut stack, at),
                        None => match on_stack(Quote::Curly) {
                            Some(at) if !open_ctx => close(&mut stack, at),
                            _ => open(&mut stack, Quote::Curly),
                        },
                    },
                    '”' => match on_stack(Quote::Curly).max(on_stack(Quote::Low)) {
                        Some(at) => close(&mut stack, at),
                        None if open_ctx => open(&mut stack, Quote::Curly),
                        None => {}
                    },
                    '„' => open(&mut stack, Quote::Low),
                    '«' => open(&mut stack, Quote::Guillemet),
                    '»' => {
                        if let Some(at) = on_stack(Quote::Guillemet) {
                            close(&mut stack, at)
                        }
                    }
                    '‘' => open(&mut stack, Quote::Single),
                    '\'' | '’' => {
                        let apostrophe = prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(char::is_alphanumeric);
                        match on_stack(Quote::Single) {
                            Some(at) if !apostrophe && !open_ctx => close(&mut stack, at),
                            _ if c == '\'' && open_ctx && !apostrophe => {
                                open(&mut stack, Quote::Single)
                            }
                            _ => {}
                        }
                    }
                    _ => {}
                }
                prev = Some(c);
            }
            // Keep the outermost pairs.
            crate::order::sort_by_key(&mut pairs, |r| (r.start, std::cmp::Reverse(r.end)));
            let mut out: Vec<Range<usize>> = Vec::new();
            for p in pairs {
                if out.last().is_none_or(|last| p.start >= last.end) {
                    out.push(p);
                }
            }
            out
        }

        pub(super) fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
            let Some(s) = text.get(range.clone()) else {
                return Vec::new();
            };
            let base = range.start;
            let quotes = quotations(s);
            let mut q = 0;
            let mut out = Vec::new();
            let mut push = |r: Range<usize>| {
                let r = trim_span(text, base + r.start..base + r.end);
                if !r.is_empty() {
                    out.push(r);
                }
            };
            let mut start = 0;
            let mut skip_to = 0;
            for (i, c) in s.char_indices() {
                if i < skip_to || !is_terminal(c) {
                    continue;
                }
                // The end of the candidate: more terminal marks, then closers.
                let mut j = i + c.len_utf8();
                let tail = &s[j..];
                let run = tail.len() - tail.trim_start_matches(is_terminal).len();
                j += run;
                // French spacing puts a (narrow) space before the closing "»".
                let tail = &s[j..];
                let spaced = tail.trim_start_matches(is_space);
                if spaced.starts_with('»') && tail.len() - spaced.len() <= 6 {
                    j += tail.len() - spaced.len();
                }
                let tail = &s[j..];
                j += tail.len() - tail.trim_start_matches(is_closer).len();
                skip_to = j;
                // Inside a quotation that closes later in the paragraph?
                while q < quotes.len() && quotes[q].end <= i {
                    q += 1;
                }
                if let Some(quote) = quotes.get(q) {
                    if quote.start < i && j < quote.end {
                        continue;
                    }
                }
                let after = &s[j..];
                let ws = after.len() - after.trim_start_matches(is_space).len();
                if ws == 0 {
                    continue;
                }
                let k = j + ws;
                let Some(n) = s[k..].chars().next() else {
                    continue;
                };
                let can_start = !n.is_lowercase() && (n.is_alphanumeric() || is_opener(n));
                // "1." or "a." opening a list item is not a sentence.
                let before = &s[start..i];
                let label = c == '.'
                    && ((1..=2).contains(&before.len())
                        && before.bytes().all(|b| b.is_ascii_digit())
                        || before.chars().count() == 1 && before.chars().all(char::is_alphabetic));
                let ends = can_start && !label && (c != '.' || run > 0 || period_ends(s, i, k));
                if ends {
                    push(start..j);
                    start = k;
                }
            }
            push(start..s.len());
            out
        }
    }

    // proptest is a native-only dev-dependency (not built for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]
        #[test]
        fn byte_scans_split_as_before(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "\"", "“", "”", "‘", "’", "«", "»", "„", "'", " ", "  ", "\n", ".", "!", "?", "…",
                "...", "Mr.", "U.S.", "He said", "a", "é", "—", "(", ")", "1.5", "3", "\u{a0}",
                "\u{200b}", "😀", "»\u{a0}", "Ã", "â", "Â",
            ][..]), 0..40)
        ) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(split(&text, 0..text.len()), by_chars::split(&text, 0..text.len()));
        }
    }

    fn parts(s: &str) -> Vec<&str> {
        split(s, 0..s.len()).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn quotations_pair_up() {
        let s = "a \"b. c\" d “e” f „g“ «h» 'i' don't";
        let q: Vec<_> = quotations(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(q, ["\"b. c\"", "“e”", "„g“", "«h»", "'i'"]);
    }

    #[test]
    fn unclosed_quote_splits_normally() {
        assert_eq!(
            parts("“We go. They stay. Fine."),
            ["“We go.", "They stay.", "Fine."]
        );
    }

    #[test]
    fn short_headline_pieces_join() {
        let t = "Breaking! Talks fail. Ministers leave. Why?";
        let parts: Vec<_> = merge_short(t, split(t, 0..t.len()))
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(parts, ["Breaking! Talks fail.", "Ministers leave. Why?"]);
    }

    #[test]
    fn ellipsis_and_question() {
        assert_eq!(
            parts("Wait... What? Yes! ok."),
            ["Wait...", "What?", "Yes! ok."]
        );
    }
}
