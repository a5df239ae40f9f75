//! Stage 3: who said what inside one article.
//!
//! Finds direct quotes and reported speech with their cue, the mention of the
//! speaker as written, and the relaying source (`via`) where there is one.
//! Sentences with no attribution become the outlet's own narration.
//!
//! Contract: every range lies inside the article's text; `content` lies
//! inside `sentence`; statements of one article do not overlap.

use std::ops::Range;

use crate::article::{Article, Role};
use crate::model::StatementKind;
use crate::sentence::Sentence;
use crate::text::{trim_range, words};

/// A mention of a speaker as written at one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Where it is in the article's text.
    pub range: Range<usize>,
}

/// One attribution found in an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Quote, reported speech or narration.
    pub kind: StatementKind,
    /// True when the content is quoted verbatim.
    pub direct: bool,
    /// The content: without the attribution frame and outer quote marks.
    pub content: Range<usize>,
    /// The cue (verb or phrase such as "according to"), where there is one.
    pub cue: Option<Range<usize>>,
    /// Who said it, as mentioned here.
    pub speaker: Option<Mention>,
    /// Who relayed it, as mentioned here.
    pub via: Option<Mention>,
    /// The sentence(s) it was found in.
    pub sentence: Range<usize>,
}

/// Finds the attributions in `article`, whose sentences are `sentences`.
pub fn extract(article: &Article, sentences: &[Sentence]) -> Vec<Attribution> {
    let text = article.text;
    let mut out = Vec::new();
    for s in sentences {
        let sentence = &text[s.range.clone()];
        let found = quote_then_said(text, s.range.clone());
        match found {
            Some(a) => out.push(a),
            None if article.paragraphs[s.paragraph].role == Role::Body && !sentence.is_empty() => {
                out.push(Attribution {
                    kind: StatementKind::Narration,
                    direct: false,
                    content: s.range.clone(),
                    cue: None,
                    speaker: None,
                    via: None,
                    sentence: s.range.clone(),
                })
            }
            None => {}
        }
    }
    out
}

/// `"…," X said.`
fn quote_then_said(text: &str, range: Range<usize>) -> Option<Attribution> {
    let s = &text[range.clone()];
    let open = s.find(['"', '“'])?;
    let open_len = s[open..].chars().next()?.len_utf8();
    let close = s[open + open_len..].find(['"', '”'])? + open + open_len;
    let close_len = s[close..].chars().next()?.len_utf8();
    let after = &s[close + close_len..];
    let said = words(after).find(|w| w.text == "said")?;
    let speaker = trim_range(
        text,
        range.start + close + close_len + 1..range.start + close + close_len + said.range.start,
    );
    if speaker.is_empty() {
        return None;
    }
    let abs = |r: Range<usize>| {
        range.start + close + close_len + r.start..range.start + close + close_len + r.end
    };
    let content = trim_range(text, range.start + open + open_len..range.start + close);
    let content_text = &text[content.clone()];
    let content = content.start..content.start + content_text.trim_end_matches(',').len();
    Some(Attribution {
        kind: StatementKind::Quote,
        direct: true,
        content,
        cue: Some(abs(said.range)),
        speaker: Some(Mention { range: speaker }),
        via: None,
        sentence: range,
    })
}
