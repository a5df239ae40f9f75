//! Transcripts: `NAME: text` lines read as direct quotations of NAME.

use std::ops::Range;

use super::{Attribution, Mention};
use crate::article::Article;
use crate::lexicon::grammar::is_in;
use crate::lexicon::speech::NOT_SPEAKER_LABELS;
use crate::model::StatementKind;
use crate::text::trim_range;

/// Whether the article is a transcript: two paragraphs or more open with a
/// speaker label (`SMITH:`, `Q:`, `Jane Doe:`).
pub(super) fn is_transcript(article: &Article) -> bool {
    article
        .paragraphs
        .iter()
        .filter(|p| label(article.text, p.range.clone()).is_some())
        .take(2)
        .count()
        >= 2
}

/// The speaker label opening a paragraph, and where its text starts.
pub(super) fn label(text: &str, range: Range<usize>) -> Option<(Range<usize>, usize)> {
    let s = text.get(range.clone())?;
    let head_end = s.char_indices().nth(40).map_or(s.len(), |(i, _)| i);
    let colon = s[..head_end].find(':')?;
    let name = s[..colon].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || is_in(NOT_SPEAKER_LABELS, name) {
        return None;
    }
    let ok = words.iter().all(|w| {
        let letters = w.trim_matches(|c: char| c == '.' || c == '\'' || c == '-');
        !letters.is_empty()
            && letters
                .chars()
                .all(|c| c.is_alphabetic() || c == '.' || c == '\'' || c == '-')
            && letters.chars().next().is_some_and(char::is_uppercase)
    });
    let rest = &s[colon + 1..];
    if !ok || rest.trim().is_empty() || !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let start = range.start + s.find(name)?;
    Some((start..start + name.len(), range.start + colon + 1))
}

/// A transcript line `NAME: text` as a direct quotation of NAME.
pub(super) fn transcript_line(text: &str, range: Range<usize>) -> Option<Attribution> {
    let (name, from) = label(text, range.clone())?;
    let content = trim_range(text, from..range.end);
    if content.is_empty() {
        return None;
    }
    Some(Attribution {
        kind: StatementKind::Quote,
        direct: true,
        content,
        cue: None,
        speaker: Some(Mention { range: name }),
        via: None,
        sentence: range,
    })
}
