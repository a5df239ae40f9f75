//! Quotation spans of one paragraph: which quote marks open, which close,
//! and what they enclose.
//!
//! Handles straight and curly double quotes, single quotes nested inside
//! them (or used as the outer marks, British style), « », and „ “. Apostrophes
//! inside words ("Spain’s") and after plurals ("ministers’") are not quote
//! marks. An outer double quote left open at the end of a paragraph runs to
//! the paragraph's end (the convention for quotations over several
//! paragraphs). Linear time; nesting deeper than [`MAX_DEPTH`] is ignored.

use std::ops::Range;

/// Deepest nesting followed.
pub const MAX_DEPTH: usize = 4;

/// One quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The opening mark.
    pub open: Range<usize>,
    /// The closing mark; empty (at the paragraph end) when the quotation is
    /// left open.
    pub close: Range<usize>,
    /// Nesting depth: 0 for outer quotations.
    pub depth: usize,
}

impl Quote {
    /// The quoted text, without the marks.
    pub fn inner(&self) -> Range<usize> {
        self.open.end..self.close.start
    }

    /// The quotation with its marks.
    pub fn outer(&self) -> Range<usize> {
        self.open.start..self.close.end
    }

    /// Whether the quotation was left open at the paragraph's end.
    pub fn unclosed(&self) -> bool {
        self.close.is_empty()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    Low,
}

/// What a mark can do, given its neighbours.
fn family(c: char) -> Option<Family> {
    Some(match c {
        '"' | '“' | '”' | '‟' => Family::Double,
        '\'' | '‘' | '’' => Family::Single,
        '«' | '»' => Family::Guillemet,
        '„' => Family::Low,
        _ => return None,
    })
}

fn is_boundary_before(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | ':' | '/')
            || family(p).is_some()
    })
}

/// The quotations in `range` of `text`, in order of their opening marks.
pub fn quotes(text: &str, range: Range<usize>) -> Vec<Quote> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    // (mark family, opening range, depth index in out)
    let mut stack: Vec<(Family, Range<usize>)> = Vec::new();
    let mut out: Vec<Quote> = Vec::new();
    // Quote marks are `"`, `'`, or start with the bytes 0xC2 (« ») or
    // 0xE2 (“ ” ‟ „ ‘ ’): only those places are decoded.
    let bytes = slice.as_bytes();
    let mut from = 0;
    while let Some(skip) = crate::text::find_any_byte(&bytes[from..], [b'"', b'\'', 0xC2, 0xE2]) {
        let i = from + skip;
        let Some(c) = slice[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        let Some(fam) = family(c) else {
            continue;
        };
        let prev = slice[..i].chars().next_back();
        let next = slice[from..].chars().next();
        let at = range.start + i..range.start + from;
        let top = stack.last().map(|(f, _)| *f);
        let open_ok = is_boundary_before(prev) && next.is_some_and(|n| !n.is_whitespace());
        let close_ok = prev.is_some_and(|p| !p.is_whitespace())
            || next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
        let in_word =
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        enum Act {
            Open,
            Close(Family),
            Skip,
        }
        let act = match c {
            '„' | '«' | '‘' if !in_word => Act::Open,
            '»' if top == Some(Family::Guillemet) => Act::Close(Family::Guillemet),
            '“' if top == Some(Family::Low) => Act::Close(Family::Low),
            '“' | '‟' => Act::Open,
            '”' if stack
                .iter()
                .any(|(f, _)| matches!(f, Family::Double | Family::Low)) =>
            {
                Act::Close(Family::Double)
            }
            '”' if open_ok => Act::Open,
            '"' if open_ok && !stack.iter().any(|(f, _)| *f == Family::Double) => Act::Open,
            '"' if stack.iter().any(|(f, _)| *f == Family::Double) && close_ok => {
                Act::Close(Family::Double)
            }
            '"' if open_ok => Act::Open,
            '’' | '\'' if in_word => Act::Skip,
            '’' | '\''
                if top == Some(Family::Single)
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(|n| !n.is_alphanumeric()) =>
            {
                Act::Close(Family::Single)
            }
            '\'' if open_ok && next.is_some_and(char::is_alphanumeric) => Act::Open,
            _ => Act::Skip,
        };
        match act {
            Act::Open if stack.len() < MAX_DEPTH => stack.push((fam, at)),
            Act::Close(f) => {
                // Pop to the matching opener; inner openers left open are
                // dropped.
                let want = |g: Family| match f {
                    Family::Double | Family::Low => matches!(g, Family::Double | Family::Low),
                    other => g == other,
                };
                if let Some(pos) = stack.iter().rposition(|(g, _)| want(*g)) {
                    stack.truncate(pos + 1);
                    if let Some((_, open)) = stack.pop() {
                        out.push(Quote {
                            open,
                            close: at,
                            depth: stack.len(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    // An outer double quotation left open runs to the paragraph's end.
    if let Some((fam, open)) = stack.first().cloned() {
        if matches!(fam, Family::Double | Family::Low | Family::Guillemet) {
            out.push(Quote {
                open,
                close: range.end..range.end,
                depth: 0,
            });
        }
    }
    crate::order::sort_by_key(&mut out, |q| q.open.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quote finder before its byte scan, as the reference the fast
    /// one must agree with.
    #[cfg(not(target_arch = "wasm32"))]
    mod by_chars {
        use super::super::*;

        pub(super) fn quotes(text: &str, range: Range<usize>) -> Vec<Quote> {
            let Some(slice) = text.get(range.clone()) else {
                return Vec::new();
            };
            // (mark family, opening range, depth index in out)
            let mut stack: Vec<(Family, Range<usize>)> = Vec::new();
            let mut out: Vec<Quote> = Vec::new();
            let mut prev: Option<char> = None;
            let mut iter = slice.char_indices().peekable();
            while let Some((i, c)) = iter.next() {
                let next = iter.peek().map(|&(_, n)| n);
                let at = range.start + i..range.start + i + c.len_utf8();
                let Some(fam) = family(c) else {
                    prev = Some(c);
                    continue;
                };
                let top = stack.last().map(|(f, _)| *f);
                let open_ok = is_boundary_before(prev) && next.is_some_and(|n| !n.is_whitespace());
                let close_ok = prev.is_some_and(|p| !p.is_whitespace())
                    || next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
                let in_word = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                enum Act {
                    Open,
                    Close(Family),
                    Skip,
                }
                let act = match c {
                    '„' | '«' | '‘' if !in_word => Act::Open,
                    '»' if top == Some(Family::Guillemet) => Act::Close(Family::Guillemet),
                    '“' if top == Some(Family::Low) => Act::Close(Family::Low),
                    '“' | '‟' => Act::Open,
                    '”' if stack
                        .iter()
                        .any(|(f, _)| matches!(f, Family::Double | Family::Low)) =>
                    {
                        Act::Close(Family::Double)
                    }
                    '”' if open_ok => Act::Open,
                    '"' if open_ok && !stack.iter().any(|(f, _)| *f == Family::Double) => Act::Open,
                    '"' if stack.iter().any(|(f, _)| *f == Family::Double) && close_ok => {
                        Act::Close(Family::Double)
                    }
                    '"' if open_ok => Act::Open,
                    '’' | '\'' if in_word => Act::Skip,
                    '’' | '\''
                        if top == Some(Family::Single)
                            && prev.is_some_and(|p| !p.is_whitespace())
                            && next.is_none_or(|n| !n.is_alphanumeric()) =>
                    {
                        Act::Close(Family::Single)
                    }
                    '\'' if open_ok && next.is_some_and(char::is_alphanumeric) => Act::Open,
                    _ => Act::Skip,
                };
                match act {
                    Act::Open if stack.len() < MAX_DEPTH => stack.push((fam, at)),
                    Act::Close(f) => {
                        // Pop to the matching opener; inner openers left open are
                        // dropped.
                        let want = |g: Family| match f {
                            Family::Double | Family::Low => {
                                matches!(g, Family::Double | Family::Low)
                            }
                            other => g == other,
                        };
                        if let Some(pos) = stack.iter().rposition(|(g, _)| want(*g)) {
                            stack.truncate(pos + 1);
                            if let Some((_, open)) = stack.pop() {
                                out.push(Quote {
                                    open,
                                    close: at,
                                    depth: stack.len(),
                                });
                            }
                        }
                    }
                    _ => {}
                }
                prev = Some(c);
            }
            // An outer double quotation left open runs to the paragraph's end.
            if let Some((fam, open)) = stack.first().cloned() {
                if matches!(fam, Family::Double | Family::Low | Family::Guillemet) {
                    out.push(Quote {
                        open,
                        close: range.end..range.end,
                        depth: 0,
                    });
                }
            }
            crate::order::sort_by_key(&mut out, |q| q.open.start);
            out
        }
    }

    // proptest is a native-only dev-dependency (not built for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]
        #[test]
        fn byte_scan_finds_the_quotes_as_before(
            pieces in proptest::collection::vec(proptest::sample::select(&[
                "\"", "“", "”", "‟", "‘", "’", "«", "»", "„", "'", " ", "\n", ".", ",", "-",
                "(", "word", "s", "é", "—", "\u{a0}", "😀", "Â", "â",
            ][..]), 0..40)
        ) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(quotes(&text, 0..text.len()), by_chars::quotes(&text, 0..text.len()));
        }
    }

    fn inner(text: &str) -> Vec<(&str, usize)> {
        quotes(text, 0..text.len())
            .into_iter()
            .map(|q| (&text[q.inner()], q.depth))
            .collect()
    }

    #[test]
    fn straight_and_curly_doubles() {
        assert_eq!(inner(r#""We are ready," he said."#), [("We are ready,", 0)]);
        assert_eq!(inner("“We are ready,” he said."), [("We are ready,", 0)]);
        assert_eq!(
            inner(r#"a "peace plan" or a "road map""#),
            [("peace plan", 0), ("road map", 0)]
        );
    }

    #[test]
    fn nested_singles_and_apostrophes() {
        assert_eq!(
            inner("“He called it ‘absurd’ and Spain’s claim false,” she said."),
            [
                ("He called it ‘absurd’ and Spain’s claim false,", 0),
                ("absurd", 1)
            ]
        );
        assert_eq!(inner("'We will fight,' he said."), [("We will fight,", 0)]);
        assert_eq!(inner("the ministers’ meeting and Spain's budget"), []);
    }

    #[test]
    fn guillemets_and_low_quotes() {
        assert_eq!(
            inner("« Nous sommes prêts », a-t-il dit."),
            [(" Nous sommes prêts ", 0)]
        );
        assert_eq!(
            inner("„Wir sind bereit“, sagte er."),
            [("Wir sind bereit", 0)]
        );
    }

    #[test]
    fn open_quote_runs_to_paragraph_end() {
        let q = quotes("He said: \"We will go on", 0..23);
        assert_eq!(q.len(), 1);
        assert!(q[0].unclosed());
        assert_eq!(q[0].inner(), 10..23);
    }

    #[test]
    fn many_marks_are_linear_and_safe() {
        let text = "\"".repeat(100_000);
        let q = quotes(&text, 0..text.len());
        assert!(q.len() <= 50_001);
        let text = "“‘«„".repeat(10_000);
        let _ = quotes(&text, 0..text.len());
    }
}
