//! One unit under analysis, and the helpers every reading of it shares.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use super::frame::{noun_phrase, Np};
use super::tokens::{lex, Kind, Marks, Tok};
use super::{Attribution, Mention};
use crate::model::StatementKind;
use crate::text::trim_range;

/// Where a chained statement is looked for, which decides what its inner
/// speaker may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Chain {
    /// The content of `X said (that) …`: a pronoun there is X itself, and
    /// the first verb must be a cue (`X said Y denied …`).
    Clause,
    /// A sentence inside a quotation (`"He confirmed …," the statement
    /// said`): "he", "she", "they" are someone else, "it" is the source.
    Quote,
    /// The content of a relay (`…, X reported`, `According to X, …`): any
    /// third-person speaker, and a later coordinated cue will do (`Y held
    /// talks and expressed …, X reported`).
    Relay,
}

/// Longest tail after a cue in a frame ("said in Lisbon on Wednesday").
pub(super) const MAX_TAIL_WORDS: usize = 10;
/// Most clause starts tried per unit.
const MAX_CLAUSE_STARTS: usize = 16;

/// One unit under analysis.
pub(super) struct Unit<'a, 't> {
    pub(super) text: &'a str,
    pub(super) toks: &'t [Tok<'a>],
    pub(super) range: Range<usize>,
    pub(super) marks: &'t Marks,
    pub(super) headline: bool,
    /// [`noun_phrase`] at each token, computed when first asked for: the
    /// readings of a unit try the same starts again and again.
    pub(super) nps: Vec<OnceCell<Option<Np>>>,
    /// `frame_after` answers so far, by (token, after a quote).
    pub(super) frames: RefCell<Vec<FrameAnswer>>,
}

/// A frame after a quotation or comma: the speaker's range, the cue's
/// range, and the token where the frame ends.
pub(super) type Frame = (Range<usize>, Range<usize>, usize);

/// A remembered `frame_after` answer: (token, after a quote) and the frame.
pub(super) type FrameAnswer = ((usize, bool), Option<Frame>);

/// A speaker, cue and content found in a unit, before it becomes an
/// [`Attribution`].
pub(super) struct Found {
    pub(super) content: Range<usize>,
    pub(super) cue: Option<Range<usize>>,
    pub(super) speaker: Option<Range<usize>>,
    pub(super) via: Option<Range<usize>>,
    pub(super) direct: bool,
}

impl<'a, 't> Unit<'a, 't> {
    /// The unit `range` of `text`, tokenized as `toks`.
    pub(super) fn new(
        text: &'a str,
        toks: &'t [Tok<'a>],
        range: Range<usize>,
        marks: &'t Marks,
        headline: bool,
    ) -> Self {
        Unit {
            text,
            toks,
            range,
            marks,
            headline,
            nps: vec![OnceCell::new(); toks.len()],
            frames: RefCell::new(Vec::new()),
        }
    }

    /// [`noun_phrase`]`(self.toks, i)`, memoised.
    pub(super) fn np(&self, i: usize) -> Option<Np> {
        let cell = self.nps.get(i)?;
        cell.get_or_init(|| noun_phrase(self.toks, i)).clone()
    }

    pub(super) fn attribution(&self, f: Found) -> Attribution {
        Attribution {
            kind: if f.direct {
                StatementKind::Quote
            } else {
                StatementKind::Reported
            },
            direct: f.direct,
            content: f.content,
            cue: f.cue,
            speaker: f.speaker.map(|range| Mention { range }),
            via: f.via.map(|range| Mention { range }),
            sentence: self.range.clone(),
        }
    }

    pub(super) fn analyze(&self) -> Vec<Attribution> {
        let found = self
            .quote_with_frame()
            .or_else(|| self.trailing_relay())
            .or_else(|| self.mid_frame())
            .or_else(|| self.leading_relay())
            .or_else(|| self.clause())
            .or_else(|| self.with_participle())
            .or_else(|| self.headline_source())
            .unwrap_or_default();
        found.into_iter().map(|f| self.attribution(f)).collect()
    }

    /// The index of the token closing the quotation opened at `open`, or
    /// `None` when it stays open to the unit's end.
    pub(super) fn close_of(&self, open: usize) -> Option<usize> {
        let Kind::Open(d) = self.toks.get(open)?.kind else {
            return None;
        };
        let mut depth_seen = 0usize;
        for (k, t) in self.toks.iter().enumerate().skip(open + 1) {
            match t.kind {
                Kind::Open(e) if e == d => depth_seen += 1,
                Kind::Close(e) if e == d => {
                    if depth_seen == 0 {
                        return Some(k);
                    }
                    depth_seen -= 1;
                }
                _ => {}
            }
        }
        None
    }

    /// The text between two token indices (`from` inclusive, `to`
    /// exclusive), trimmed of edge punctuation; quote marks kept balanced.
    pub(super) fn content(&self, from: usize, to: usize) -> Option<Range<usize>> {
        let toks = self.toks;
        let mut s = from;
        let mut e = to.min(toks.len());
        let edge = |t: &Tok| {
            matches!(t.kind, Kind::Punct(',' | ';' | ':' | '-' | '—' | '–'))
                || t.is("and")
                || t.is("but")
        };
        while s < e && (edge(&toks[s]) || matches!(toks[s].kind, Kind::Close(_))) {
            s += 1;
        }
        while e > s && edge(&toks[e - 1]) {
            e -= 1;
        }
        if s >= e || !toks[s..e].iter().any(Tok::is_word) {
            return None;
        }
        // Balance quote marks at the edges.
        let opens = toks[s..e]
            .iter()
            .filter(|t| matches!(t.kind, Kind::Open(_)))
            .count();
        let closes = toks[s..e]
            .iter()
            .filter(|t| matches!(t.kind, Kind::Close(_)))
            .count();
        let mut end = toks[e - 1].range.end;
        if opens > closes {
            // Include a closing mark right after (`…possible,"`).
            let mut k = e;
            while k < toks.len() && k < e + 2 && matches!(toks[k].kind, Kind::Punct(',' | '.')) {
                k += 1;
            }
            if toks
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Close(_)))
            {
                end = toks[k].range.end;
            }
        } else if closes > opens && matches!(toks[e - 1].kind, Kind::Close(_)) {
            e -= 1;
            while e > s && edge(&toks[e - 1]) {
                e -= 1;
            }
            if s >= e {
                return None;
            }
            end = toks[e - 1].range.end;
        }
        let r = toks[s].range.start..end;
        (!r.is_empty()).then_some(r)
    }

    /// Quotation covering exactly `from..to`? Returns its inner range.
    pub(super) fn whole_quote(&self, from: usize, to: usize) -> Option<Range<usize>> {
        let first = self.toks.get(from)?;
        if !matches!(first.kind, Kind::Open(_)) {
            return None;
        }
        let mut last = to.checked_sub(1)?;
        while last > from && matches!(self.toks[last].kind, Kind::Punct('.' | ',' | '!' | '?')) {
            last -= 1;
        }
        match self.close_of(from) {
            Some(c) if c == last => self.quote_inner(from, Some(c)),
            None if to >= self.toks.len() => self.quote_inner(from, None),
            _ => None,
        }
    }

    /// The inner text of the quotation opened at token `open`, trimmed of a
    /// trailing comma.
    pub(super) fn quote_inner(&self, open: usize, close: Option<usize>) -> Option<Range<usize>> {
        let start = self.toks[open].range.end;
        let end = close.map_or(self.range.end, |c| self.toks[c].range.start);
        let r = trim_range(self.text, start..end);
        let s = self.text.get(r.clone())?;
        let t = s.trim_end_matches([',', ';', ':', ' ']);
        let r = r.start..r.start + t.len();
        let r = trim_range(self.text, r);
        (!r.is_empty()).then_some(r)
    }

    /// A speaker phrase must name someone: a pronoun, a capitalised name, a
    /// determiner with a noun, or a source noun; not only determiners.
    pub(super) fn speaker_like(&self, np: &Np) -> bool {
        let mut words = self.toks[np.start..np.end]
            .iter()
            .filter(|t| t.is_word())
            .peekable();
        words.peek().is_some() && !words.all(|t| t.is_in(lex::DETERMINERS))
    }

    /// Token indices where a clause may start in `from..to`: `from`, and
    /// after each comma, semicolon, colon or dash outside quotations.
    pub(super) fn clause_starts(&self, from: usize, to: usize) -> Vec<usize> {
        let mut v = vec![from];
        // "And he blasted …": a sentence opened by a conjunction.
        if self
            .toks
            .get(from)
            .is_some_and(|t| ["And", "But", "Yet", "So", "Now"].contains(&t.text))
        {
            v.push(from + 1);
        }
        let mut depth = 0i32;
        for k in from..to.min(self.toks.len()) {
            match self.toks[k].kind {
                Kind::Open(_) => depth += 1,
                Kind::Close(_) => depth -= 1,
                Kind::Punct(',' | ';' | ':' | '—' | '–') if depth <= 0 && k + 1 < to => {
                    v.push(k + 1);
                    // "…, but campaigners say …"
                    if k + 2 < to
                        && self.toks[k + 1].is_word()
                        && ["but", "and", "yet"].contains(&self.toks[k + 1].text)
                    {
                        v.push(k + 2);
                    }
                }
                // A headline's second clause: "Twelve dead as workers describe …".
                Kind::Word
                    if self.headline
                        && depth <= 0
                        && k > from
                        && k + 1 < to
                        && ["as", "while"].contains(&self.toks[k].text) =>
                {
                    v.push(k + 1)
                }
                _ => {}
            }
            if v.len() >= MAX_CLAUSE_STARTS {
                break;
            }
        }
        v
    }
}
