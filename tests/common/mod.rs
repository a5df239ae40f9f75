//! Invariants every fact sheet keeps, whatever the input: checked by the
//! contract, hostile-input and property tests.
#![allow(dead_code)]

use factsheet::{FactSheet, Source, Span, SpeakerKind, StatementKind};

/// Checks that `span` lies inside `text`, on char boundaries, with UTF-16
/// offsets that match its byte offsets. (One span: O(text); use
/// [`Spans`] for many.)
pub fn check_span(text: &str, span: &Span, what: &str) {
    let mut spans = Spans::default();
    spans.add(span, what);
    spans.check(text);
}

/// Spans of one text, checked together in one pass over the text.
#[derive(Default)]
pub struct Spans {
    /// (byte offset, claimed UTF-16 offset, what)
    marks: Vec<(usize, usize, String)>,
}

impl Spans {
    /// Queues `span` (its bounds are checked against each other now).
    pub fn add(&mut self, span: &Span, what: &str) {
        assert!(
            span.start <= span.end,
            "{what}: {span:?} ends before it starts"
        );
        assert!(
            span.start16 <= span.end16,
            "{what}: {span:?} UTF-16 ends before it starts"
        );
        let what = format!("{what} {span:?}");
        self.marks.push((span.start, span.start16, what.clone()));
        self.marks.push((span.end, span.end16, what));
    }

    /// Checks every queued offset against `text`: inside it, on a char
    /// boundary, and at the claimed UTF-16 offset.
    pub fn check(mut self, text: &str) {
        self.marks.sort_unstable_by_key(|m| m.0);
        let mut byte = 0;
        let mut utf16 = 0;
        let mut chars = text.chars();
        for (at, claimed16, what) in &self.marks {
            assert!(
                *at <= text.len(),
                "{what}: outside a text of {} bytes",
                text.len()
            );
            assert!(text.is_char_boundary(*at), "{what}: not on a char boundary");
            while byte < *at {
                let c = chars.next().expect("inside the text");
                byte += c.len_utf8();
                utf16 += c.len_utf16();
            }
            assert_eq!(*claimed16, utf16, "{what}: UTF-16 offset of byte {at}");
        }
    }
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Checks every invariant of the data model on the sheet built from `sources`.
pub fn check_sheet(sources: &[Source], sheet: &FactSheet) {
    assert_eq!(
        sheet.articles.len(),
        sources.len(),
        "one article per source"
    );
    for (i, (a, source)) in sheet.articles.iter().zip(sources).enumerate() {
        assert_eq!(a.id, i, "article ids are indices");
        assert_eq!(a.file, source.name, "article {i} keeps its file name");
        let mut spans = Spans::default();
        for p in &a.paragraphs {
            spans.add(p, "paragraph");
        }
        for d in &a.dropped {
            spans.add(&d.span, "dropped");
            for p in &a.paragraphs {
                assert!(
                    !overlaps(p, &d.span) || p.start == p.end || d.span.start == d.span.end,
                    "article {i}: paragraph {p:?} overlaps dropped {:?}",
                    d.span
                );
            }
        }
        spans.check(source.text);
        for (k, p) in a.paragraphs.iter().enumerate().skip(1) {
            assert!(
                a.paragraphs[k - 1].end <= p.start,
                "article {i}: paragraphs out of order or overlapping"
            );
        }
    }
    for (i, s) in sheet.speakers.iter().enumerate() {
        assert_eq!(s.id, i, "speaker ids are indices");
        assert!(!s.name.trim().is_empty(), "speaker {i} has a name");
    }
    let mut spans: Vec<Spans> = sources.iter().map(|_| Spans::default()).collect();
    let mut last: Option<(usize, usize)> = None;
    for (i, st) in sheet.statements.iter().enumerate() {
        assert_eq!(st.id, i, "statement ids are indices");
        assert!(
            st.article < sheet.articles.len(),
            "statement {i}: article id"
        );
        assert!(
            (st.article, st.span.start) >= last.unwrap_or((0, 0)),
            "statement {i}: not in article order, then text order"
        );
        last = Some((st.article, st.span.start));
        for id in [st.speaker, st.via].into_iter().flatten() {
            assert!(id < sheet.speakers.len(), "statement {i}: speaker id {id}");
        }
        if st.kind == StatementKind::Narration {
            assert!(!st.direct, "statement {i}: narration is never a quotation");
            if let Some(id) = st.speaker {
                assert_eq!(
                    sheet.speakers[id].kind,
                    SpeakerKind::Media,
                    "statement {i}: narration belongs to the outlet"
                );
            }
        }
        spans[st.article].add(&st.span, "statement span");
        spans[st.article].add(&st.context, "statement context");
        assert!(
            st.context.start <= st.span.start && st.span.end <= st.context.end,
            "statement {i}: span outside its context"
        );
        assert_eq!(st.text, st.text.trim(), "statement {i}: text is trimmed");
        for d in &sheet.articles[st.article].dropped {
            assert!(
                !overlaps(&st.span, &d.span),
                "statement {i} {:?} overlaps dropped {:?} {:?}",
                st.span,
                d.kind,
                d.span
            );
        }
    }
    for (article, spans) in spans.into_iter().enumerate() {
        spans.check(sources[article].text);
    }
    for pair in sheet.statements.windows(2) {
        if pair[0].article == pair[1].article {
            assert!(
                !overlaps(&pair[0].span, &pair[1].span),
                "statements {} and {} overlap",
                pair[0].id,
                pair[1].id
            );
        }
    }
    for (i, c) in sheet.claims.iter().enumerate() {
        assert_eq!(c.id, i, "claim ids are indices");
        assert!(!c.statements.is_empty(), "claim {i} has statements");
        let mut articles: Vec<usize> = Vec::new();
        for &s in &c.statements {
            assert!(s < sheet.statements.len(), "claim {i}: statement id {s}");
            articles.push(sheet.statements[s].article);
        }
        articles.sort_unstable();
        articles.dedup();
        assert_eq!(
            c.articles, articles,
            "claim {i}: articles of its statements, ascending"
        );
        if let Some(id) = c.speaker {
            assert!(id < sheet.speakers.len(), "claim {i}: speaker id");
        }
    }
    for (i, c) in sheet.conflicts.iter().enumerate() {
        assert!(!c.statements.is_empty(), "conflict {i} names statements");
        assert!(c.statements.iter().all(|&s| s < sheet.statements.len()));
        assert!(c.claims.iter().all(|&s| s < sheet.claims.len()));
        assert!(!c.note.trim().is_empty(), "conflict {i} has a note");
    }
}

/// The sheet as the CLI prints it.
pub fn json(sheet: &FactSheet) -> String {
    serde_json::to_string_pretty(sheet).expect("a sheet serializes")
}
