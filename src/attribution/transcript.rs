//! Transcripts: `NAME: text` lines read as direct quotations of NAME.
//!
//! The questions of an interviewer (`Q:`, `HOST:`, or a label whose every
//! turn is a question) are not statements; answers under `A:` are the
//! guest's, named in a `Guest: Jane Doe, …` line where there is one.

use std::ops::Range;

use super::{Attribution, Mention};
use crate::article::Article;
use crate::lexicon::grammar::is_in;
use crate::lexicon::speech::{ANSWER_LABELS, GUEST_LABELS, INTERVIEWER_LABELS, NOT_SPEAKER_LABELS};
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

/// What a transcript knows beyond single lines: who answers under `A:`,
/// and which labels only ask questions.
pub(super) struct Transcript {
    guest: Option<Range<usize>>,
    askers: Vec<String>,
}

impl Transcript {
    /// Reads the labels of every paragraph of `article`.
    pub(super) fn new(article: &Article) -> Transcript {
        let text = article.text;
        let mut guest = None;
        // label -> (turns, questions)
        let mut turns: Vec<(String, usize, usize)> = Vec::new();
        for p in &article.paragraphs {
            let Some((name, from)) = raw_label(text, p.range.clone()) else {
                continue;
            };
            let key = text[name].to_lowercase();
            let rest = trim_range(text, from..p.range.end);
            if guest.is_none() && is_in(GUEST_LABELS, &key) {
                // `Guest: Jane Doe, captain of …`: the name up to a comma.
                let s = &text[rest.clone()];
                let end = s.find([',', '(', ';']).unwrap_or(s.len());
                let r = trim_range(text, rest.start..rest.start + end);
                if !r.is_empty() {
                    guest = Some(r);
                }
                continue;
            }
            let question = text[rest].trim_end().ends_with('?');
            match turns.iter_mut().find(|t| t.0 == key) {
                Some(t) => {
                    t.1 += 1;
                    t.2 += usize::from(question);
                }
                None => turns.push((key, 1, usize::from(question))),
            }
        }
        let askers = turns
            .into_iter()
            .filter(|(k, n, q)| is_in(INTERVIEWER_LABELS, k) || (*n >= 2 && q == n))
            .map(|t| t.0)
            .collect();
        Transcript { guest, askers }
    }

    /// A paragraph of the transcript: `Some(None)` for a turn that is no
    /// statement (a question, metadata), `Some(Some(a))` for an answer,
    /// `None` when the paragraph is no turn.
    pub(super) fn turn(&self, text: &str, range: Range<usize>) -> Option<Option<Attribution>> {
        let (name, from) = raw_label(text, range.clone())?;
        let key = text.get(name.clone())?.to_lowercase();
        if is_in(GUEST_LABELS, &key) || self.askers.contains(&key) {
            return Some(None);
        }
        if is_in(NOT_SPEAKER_LABELS, &key) {
            return None;
        }
        let content = trim_range(text, from..range.end);
        if content.is_empty() {
            return None;
        }
        let speaker = match &self.guest {
            Some(g) if is_in(ANSWER_LABELS, &key) => g.clone(),
            _ => name,
        };
        Some(Some(Attribution {
            kind: StatementKind::Quote,
            direct: true,
            content,
            cue: None,
            speaker: Some(Mention { range: speaker }),
            via: None,
            sentence: range,
        }))
    }
}

/// The speaker label opening a paragraph, and where its text starts.
pub(super) fn label(text: &str, range: Range<usize>) -> Option<(Range<usize>, usize)> {
    let (name, from) = raw_label(text, range)?;
    if is_in(NOT_SPEAKER_LABELS, text.get(name.clone())?) {
        return None;
    }
    Some((name, from))
}

/// A label of a few capitalised words before a colon, whatever it names.
fn raw_label(text: &str, range: Range<usize>) -> Option<(Range<usize>, usize)> {
    let s = text.get(range.clone())?;
    // The first colon, if it is one of the first 40 chars.
    let colon = s.find(':')?;
    if colon >= 40 && s[..colon].chars().nth(39).is_some() {
        return None;
    }
    let name = s[..colon].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
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
