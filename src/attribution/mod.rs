//! Stage 3: who said what inside one article.
//!
//! Finds direct quotes and reported speech with their cue, the mention of the
//! speaker as written, and the relaying source (`via`) where there is one.
//! Sentences with no attribution become the outlet's own narration.
//!
//! The work is done per *unit*: a sentence, or several when a quotation runs
//! over them. In each unit, in this order:
//! 1. a quotation with its frame outside it (`"…," the minister said.`,
//!    `X said: "…"`, `"…," he said, "…"`, `"…," said X.`);
//! 2. a trailing relay (`…, Le Soir reported.`, `…, according to X.`,
//!    `…, as announced by X.`);
//! 3. a leading relay (`According to X, …`, `As announced by X, …`);
//! 4. a clause frame (`X said (that) …`, `X told Y that …`, `X condemned …`,
//!    `X "reminded Y of …"`), with its coordinated and participial acts
//!    (`…, expressed …, and stressed …`, `…, calling on Y to …`);
//! 5. a headline attributed after a colon (`Talks resume: minister`);
//! 6. a quotation with no frame continuing the previous speaker.
//!
//! Relayed content is searched for the speaker it relays (chains:
//! `"He confirmed …," the statement said` → speaker "He", via "the
//! statement"). Transcripts (`NAME: text` lines) are read line by line.
//!
//! Contract: every range lies inside the article's text on `char`
//! boundaries; `content` lies inside `sentence`; statements of one article
//! do not overlap; the stage is linear in the text's length.
//!
//! ```
//! use factsheet::{article, attribution, sentence};
//! let text = "Talks\n\n\"We are ready,\" the minister said.";
//! let a = article::parse("t.txt", text);
//! let found = attribution::extract(&a, &sentence::sentences(&a));
//! let q = &found[0];
//! assert_eq!(&text[q.content.clone()], "We are ready");
//! assert_eq!(&text[q.speaker.as_ref().unwrap().range.clone()], "the minister");
//! ```

mod direct;
mod frame;
pub mod quotes;
mod reported;
mod tokens;
mod transcript;
mod unit;
mod units;

use std::ops::Range;

use crate::article::{Article, Role};
use crate::model::StatementKind;
use crate::sentence::Sentence;
use tokens::tokenize_into;
use transcript::{is_transcript, Transcript};
use unit::Unit;
use units::{skip_dateline, units};

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
    let mut out: Vec<Attribution> = Vec::new();
    let transcript = is_transcript(article).then(|| Transcript::new(article));
    // The speaker of the last attribution, while no narration intervenes.
    let mut last: Option<(Option<Mention>, Option<Mention>, usize)> = None;
    // Narration units that are a quotation left open at their paragraph's
    // end: (index in `out`, paragraph, quoted text).
    let mut pending: Vec<(usize, usize, Range<usize>)> = Vec::new();
    // One token buffer for every unit.
    let mut toks = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        let p = sentences[i].paragraph;
        let mut j = i;
        while j < sentences.len() && sentences[j].paragraph == p {
            j += 1;
        }
        let group: Vec<Range<usize>> = sentences[i..j].iter().map(|s| s.range.clone()).collect();
        i = j;
        let Some(para) = article.paragraphs.get(p) else {
            continue;
        };
        if text.get(para.range.clone()).is_none() {
            continue;
        }
        let body = para.role == Role::Body;
        if let Some(t) = transcript.as_ref().filter(|_| para.role == Role::Body) {
            match t.turn(text, para.range.clone()) {
                Some(Some(a)) => {
                    last = Some((a.speaker.clone(), None, p));
                    out.push(a);
                    continue;
                }
                // A question or a metadata line: no statement.
                Some(None) => {
                    last = None;
                    continue;
                }
                None => {}
            }
        }
        let qs = quotes::quotes(text, para.range.clone());
        let marks = tokens::Marks::new(&qs);
        for (u, unit) in units(text, &group, &qs).into_iter().enumerate() {
            let unit = if u == 0 {
                skip_dateline(text, unit)
            } else {
                unit
            };
            if unit.is_empty() {
                continue;
            }
            tokenize_into(text, unit.clone(), &marks, &mut toks);
            let headline = !body || !ends_sentence(text, &unit);
            let ctx = Unit::new(text, &toks, unit.clone(), &marks, headline);
            let mut found = ctx.analyze();
            if found.is_empty() {
                if let Some((speaker, via, lp)) = &last {
                    if *lp + 1 >= p {
                        found = ctx.continuation(speaker.clone(), via.clone());
                    }
                }
            }
            // A short `The mayor said:` line may read as a subheading.
            let titled = article.title.as_ref() == Some(&para.range);
            if found.is_empty() && !titled {
                // `The mayor said:` — the quotation follows.
                if let Some(speaker) = ctx.colon_intro() {
                    last = Some((Some(speaker), None, p));
                    pending.clear();
                    continue;
                }
            }
            if found.is_empty() {
                if body && toks.iter().filter(|t| t.is_word()).count() >= 2 {
                    // A quotation left open at the paragraph's end may get
                    // its speaker from the next paragraph's frame.
                    match ctx.open_quote() {
                        Some(inner) if pending.last().is_none_or(|x| x.1 + 1 == p) => {
                            pending.push((out.len(), p, inner));
                        }
                        _ => pending.clear(),
                    }
                    out.push(Attribution {
                        kind: StatementKind::Narration,
                        direct: false,
                        content: unit.clone(),
                        cue: None,
                        speaker: None,
                        via: None,
                        sentence: unit,
                    });
                    last = None;
                }
                continue;
            }
            if let Some(a) = found.first() {
                let follows = pending.last().is_some_and(|x| x.1 + 1 == p) && u == 0;
                if follows && a.kind == StatementKind::Quote && a.speaker.is_some() {
                    for (idx, _, inner) in pending.drain(..) {
                        if let Some(n) = out.get_mut(idx) {
                            n.kind = StatementKind::Quote;
                            n.direct = true;
                            n.content = inner;
                            n.speaker = a.speaker.clone();
                            n.via = a.via.clone();
                        }
                    }
                }
                pending.clear();
            }
            if let Some(a) = found.last() {
                last = Some((a.speaker.clone(), a.via.clone(), p));
            }
            out.extend(found);
        }
    }
    remove_overlaps(out)
}

/// Keeps statements in text order and drops any that would overlap an
/// earlier one (a safety net; the analysis does not produce overlaps).
fn remove_overlaps(mut v: Vec<Attribution>) -> Vec<Attribution> {
    crate::order::sort_by_key(&mut v, |a| (a.content.start, a.content.end));
    let mut out: Vec<Attribution> = Vec::with_capacity(v.len());
    for a in v {
        if a.content.is_empty() {
            continue;
        }
        if out.last().is_some_and(|b| b.content.end > a.content.start) {
            continue;
        }
        out.push(a);
    }
    out
}

fn ends_sentence(text: &str, unit: &Range<usize>) -> bool {
    text.get(unit.clone())
        .and_then(|s| s.trim_end().chars().next_back())
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '»' | '…' | ')'))
}
