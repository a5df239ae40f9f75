//! Stage 1: an article's metadata, clean body paragraphs, and the boilerplate
//! left out, all as ranges of the original text.
//!
//! Contract: every range lies on `char` boundaries inside the input;
//! paragraphs are in text order and do not overlap each other or `dropped`.

use std::ops::Range;

use crate::model::DropKind;
use crate::text::trim_range;

/// One article as read from its text. Ranges are byte offsets into `text`.
#[derive(Clone, Debug)]
pub struct Article<'a> {
    /// The input's file name.
    pub name: &'a str,
    /// The original text, unchanged.
    pub text: &'a str,
    /// The headline.
    pub title: Option<Range<usize>>,
    /// The outlet, where the text names it.
    pub outlet: Option<String>,
    /// Publication date, ISO 8601.
    pub date: Option<String>,
    /// Bylined authors.
    pub authors: Vec<String>,
    /// Headline(s) and body paragraphs, in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Boilerplate left out.
    pub dropped: Vec<(DropKind, Range<usize>)>,
}

/// A paragraph of the article: one or more (possibly hard-wrapped) lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Where it is; may span line breaks of hard-wrapped text.
    pub range: Range<usize>,
    /// What part of the article it is.
    pub role: Role,
}

/// The part of the article a paragraph plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The headline, a second headline, or a standfirst.
    Headline,
    /// Body text.
    Body,
}

/// Reads `text` (the file `name`) into an [`Article`].
pub fn parse<'a>(name: &'a str, text: &'a str) -> Article<'a> {
    let mut paragraphs = Vec::new();
    let mut start = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let end = pos + line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                paragraphs.push(trim_range(text, s..pos));
            }
        } else if start.is_none() {
            start = Some(pos);
        }
        pos = end;
    }
    if let Some(s) = start {
        paragraphs.push(trim_range(text, s..text.len()));
    }
    let title = paragraphs.first().cloned();
    let paragraphs = paragraphs
        .into_iter()
        .enumerate()
        .map(|(i, range)| Paragraph {
            range,
            role: if i == 0 { Role::Headline } else { Role::Body },
        })
        .collect();
    Article {
        name,
        text,
        title,
        outlet: None,
        date: None,
        authors: Vec::new(),
        paragraphs,
        dropped: Vec::new(),
    }
}
