//! Stage 2: sentences of a paragraph.
//!
//! Contract: sentences are trimmed, non-empty, in order, non-overlapping, and
//! lie inside the paragraph they were split from.

use std::ops::Range;

use crate::article::Article;
use crate::text::trim_range;

/// A sentence of an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is in the article's text.
    pub range: Range<usize>,
    /// Index of its paragraph in [`Article::paragraphs`].
    pub paragraph: usize,
}

/// Splits `range` of `text` into sentence ranges.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let slice = &text[range.clone()];
    for (i, c) in slice.char_indices() {
        let at = range.start + i;
        if matches!(c, '.' | '!' | '?') {
            let next = text[at + 1..range.end].chars().next();
            if next.is_none_or(char::is_whitespace) {
                let r = trim_range(text, start..at + 1);
                if !r.is_empty() {
                    out.push(r);
                }
                start = at + 1;
            }
        }
    }
    let r = trim_range(text, start..range.end);
    if !r.is_empty() {
        out.push(r);
    }
    out
}

/// Every sentence of the article's paragraphs, in order.
pub fn sentences(article: &Article) -> Vec<Sentence> {
    article
        .paragraphs
        .iter()
        .enumerate()
        .flat_map(|(p, para)| {
            split(article.text, para.range.clone())
                .into_iter()
                .map(move |range| Sentence {
                    range,
                    paragraph: p,
                })
        })
        .collect()
}
