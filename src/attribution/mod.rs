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
//! 2. a trailing relay (`…, Le Monde reported.`, `…, according to X.`,
//!    `…, as announced by X.`);
//! 3. a leading relay (`According to X, …`, `As announced by X, …`);
//! 4. a clause frame (`X said (that) …`, `X told Y that …`, `X condemned …`,
//!    `X "reminded Y of …"`), with its coordinated and participial acts
//!    (`…, expressed …, and stressed …`, `…, calling on Y to …`);
//! 5. a headline attributed after a colon (`Talks resume: minister`);
//! 6. a quotation with no frame continuing the previous speaker.
//!
//! Relayed content is searched for the speaker it relays (chains:
//! `"He confirmed …," the communiqué stated` → speaker "He", via "the
//! communiqué"). Transcripts (`NAME: text` lines) are read line by line.
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

mod frame;
pub mod quotes;
mod tokens;

use std::ops::Range;

use crate::article::{Article, Role};
use crate::lexicon::grammar::{is_in, WH_WORDS};
use crate::lexicon::speech::{self, NOT_SPEAKER_LABELS, RELAYS};
use crate::model::StatementKind;
use crate::sentence::Sentence;
use crate::text::trim_range;
use frame::{bare_cue, content_start, cue, noun_phrase, split_acts, Cue, Np};
use quotes::Quote;
use tokens::{is_verbish, tokenize, Kind, Tok};

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

/// Longest tail after a cue in a frame ("said in Moscow on Wednesday").
const MAX_TAIL_WORDS: usize = 10;
/// Most clause starts tried per unit.
const MAX_CLAUSE_STARTS: usize = 16;

/// Finds the attributions in `article`, whose sentences are `sentences`.
pub fn extract(article: &Article, sentences: &[Sentence]) -> Vec<Attribution> {
    let text = article.text;
    let mut out: Vec<Attribution> = Vec::new();
    let transcript = is_transcript(article);
    // The speaker of the last attribution, while no narration intervenes.
    let mut last: Option<(Option<Mention>, Option<Mention>, usize)> = None;
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
        if transcript {
            if let Some(a) = transcript_line(text, para.range.clone()) {
                last = Some((a.speaker.clone(), None, p));
                out.push(a);
                continue;
            }
        }
        let qs = quotes::quotes(text, para.range.clone());
        for (u, unit) in units(text, &group, &qs).into_iter().enumerate() {
            let unit = if u == 0 {
                skip_dateline(text, unit)
            } else {
                unit
            };
            if unit.is_empty() {
                continue;
            }
            let toks = tokenize(text, unit.clone(), &qs);
            let ctx = Unit {
                text,
                toks: &toks,
                range: unit.clone(),
                quotes: &qs,
                headline: !body || !ends_sentence(text, &unit),
            };
            let mut found = ctx.analyze();
            if found.is_empty() {
                if let Some((speaker, via, lp)) = &last {
                    if *lp + 1 >= p {
                        found = ctx.continuation(speaker.clone(), via.clone());
                    }
                }
            }
            if found.is_empty() {
                if body && toks.iter().filter(|t| t.is_word()).count() >= 2 {
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
    v.sort_by_key(|a| (a.content.start, a.content.end));
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

/// Sentences of one paragraph grouped so that no outer quotation crosses a
/// unit's edge, then split again after a closing quotation mark that ends a
/// sentence (`…," he said. "Next …` is already split; `… end." Next` may not
/// be).
fn units(text: &str, sentences: &[Range<usize>], qs: &[Quote]) -> Vec<Range<usize>> {
    let outer: Vec<&Quote> = qs.iter().filter(|q| q.depth == 0).collect();
    let mut merged: Vec<Range<usize>> = Vec::new();
    let mut qi = 0;
    let mut reach = 0;
    for s in sentences {
        let extend = merged
            .last()
            .is_some_and(|m| reach > m.end && s.start < reach);
        if extend {
            if let Some(m) = merged.last_mut() {
                m.end = m.end.max(s.end);
            }
        } else {
            merged.push(s.clone());
        }
        while qi < outer.len() && outer[qi].open.start < s.end {
            if outer[qi].open.start >= s.start || extend {
                reach = reach.max(outer[qi].outer().end);
            }
            qi += 1;
        }
    }
    // Split after `."` + space + capital or opening mark.
    let mut out = Vec::with_capacity(merged.len());
    let mut closes = outer
        .iter()
        .map(|q| q.close.clone())
        .filter(|c| !c.is_empty())
        .peekable();
    for m in merged {
        let mut start = m.start;
        while let Some(c) = closes.peek().cloned() {
            if c.end > m.end {
                break;
            }
            closes.next();
            if c.start <= start || c.end >= m.end {
                continue;
            }
            let before = text[..c.start].chars().next_back();
            let after = &text[c.end..m.end];
            let gap = after.len() - after.trim_start().len();
            let next = after.trim_start().chars().next();
            if gap > 0
                && before.is_some_and(|b| matches!(b, '.' | '!' | '?'))
                && next
                    .is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '«' | '„' | '‘'))
            {
                out.push(trim_range(text, start..c.end));
                start = c.end;
            }
        }
        let r = trim_range(text, start..m.end);
        if !r.is_empty() {
            out.push(r);
        }
    }
    out
}

/// `unit` without a leading dateline such as `PARIS, April 3, 2024 (AFP) -`
/// or `MOSCOW (Reuters) —`.
fn skip_dateline(text: &str, unit: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(unit.clone()) else {
        return unit;
    };
    let head_end = s.char_indices().nth(120).map_or(s.len(), |(i, _)| i);
    let head = &s[..head_end];
    let sep = [" - ", " -- ", " — ", " – ", " —", " –"]
        .iter()
        .filter_map(|sep| head.find(sep).map(|i| (i, sep.len())))
        .min();
    let Some((at, len)) = sep else {
        return unit;
    };
    let prefix = &head[..at];
    let mut words = prefix
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '/'))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return unit;
    };
    let caps = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first.chars().any(char::is_lowercase);
    let rest_ok = words.all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    if caps && rest_ok && !prefix.contains(['.', '!', '?', ':']) {
        trim_range(text, unit.start + at + len..unit.end)
    } else {
        unit
    }
}

/// Whether the article is a transcript: two paragraphs or more open with a
/// speaker label (`SMITH:`, `Q:`, `Jane Doe:`).
fn is_transcript(article: &Article) -> bool {
    article
        .paragraphs
        .iter()
        .filter(|p| label(article.text, p.range.clone()).is_some())
        .take(2)
        .count()
        >= 2
}

/// The speaker label opening a paragraph, and where its text starts.
fn label(text: &str, range: Range<usize>) -> Option<(Range<usize>, usize)> {
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
fn transcript_line(text: &str, range: Range<usize>) -> Option<Attribution> {
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

/// One unit under analysis.
struct Unit<'a, 't> {
    text: &'a str,
    toks: &'t [Tok<'a>],
    range: Range<usize>,
    quotes: &'t [Quote],
    headline: bool,
}

/// A speaker, cue and content found in a unit, before it becomes an
/// [`Attribution`].
struct Found {
    content: Range<usize>,
    cue: Option<Range<usize>>,
    speaker: Option<Range<usize>>,
    via: Option<Range<usize>>,
    direct: bool,
}

impl<'a> Unit<'a, '_> {
    fn attribution(&self, f: Found) -> Attribution {
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

    fn analyze(&self) -> Vec<Attribution> {
        let found = self
            .quote_with_frame()
            .or_else(|| self.trailing_relay())
            .or_else(|| self.leading_relay())
            .or_else(|| self.clause())
            .or_else(|| self.headline_source())
            .unwrap_or_default();
        found.into_iter().map(|f| self.attribution(f)).collect()
    }

    /// The index of the token closing the quotation opened at `open`, or
    /// `None` when it stays open to the unit's end.
    fn close_of(&self, open: usize) -> Option<usize> {
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
    fn content(&self, from: usize, to: usize) -> Option<Range<usize>> {
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
    fn whole_quote(&self, from: usize, to: usize) -> Option<Range<usize>> {
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
    fn quote_inner(&self, open: usize, close: Option<usize>) -> Option<Range<usize>> {
        let start = self.toks[open].range.end;
        let end = close.map_or(self.range.end, |c| self.toks[c].range.start);
        let r = trim_range(self.text, start..end);
        let s = self.text.get(r.clone())?;
        let t = s.trim_end_matches([',', ';', ':', ' ']);
        let r = r.start..r.start + t.len();
        let r = trim_range(self.text, r);
        (!r.is_empty()).then_some(r)
    }

    /// A frame after a quotation: `[,] NP cue tail` or `[,] cue NP tail`.
    /// Returns (speaker, cue, index after the tail).
    fn frame_after(&self, k: usize) -> Option<(Range<usize>, Range<usize>, usize)> {
        let toks = self.toks;
        let mut k = k;
        while toks.get(k).is_some_and(|t| t.is_punct(',') || t.is_dash()) {
            k += 1;
        }
        // NP cue
        let np_cue = noun_phrase(toks, k).and_then(|np| {
            if np.first_person || !self.speaker_like(&np) {
                return None;
            }
            let c = cue(toks, np.next)?;
            Some((np.range.clone(), c))
        });
        // cue NP
        let (speaker, c, mut m) = match np_cue {
            Some((sp, c)) => {
                let m = c.next;
                (sp, c, m)
            }
            None => {
                let c = bare_cue(toks, k, false)?;
                let np = noun_phrase(toks, c.next)?;
                if np.first_person || !self.speaker_like(&np) {
                    return None;
                }
                let m = np.next.max(np.end);
                (np.range.clone(), c, m)
            }
        };
        // Tail: a few words of adjunct, no verb, no "that".
        let mut words = 0;
        while let Some(t) = toks.get(m) {
            match t.kind {
                Kind::Word => {
                    if t.is("that")
                        || is_in(WH_WORDS, t.text)
                        || (is_verbish(t) && !tokens::is_adverb(t))
                    {
                        return None;
                    }
                    words += 1;
                    if words > MAX_TAIL_WORDS {
                        return None;
                    }
                }
                Kind::Punct(',') => {
                    // `, adding that …` or `, "…"` ends the tail.
                    if bare_cue(toks, m + 1, true).is_some()
                        || toks
                            .get(m + 1)
                            .is_some_and(|n| matches!(n.kind, Kind::Open(_)))
                    {
                        break;
                    }
                }
                Kind::Punct(':')
                    if toks
                        .get(m + 1)
                        .is_some_and(|n| matches!(n.kind, Kind::Open(_))) =>
                {
                    break
                }
                Kind::Punct('.' | '!' | '?') if m + 1 >= toks.len() => {}
                Kind::Open(_) => break,
                Kind::Punct('(' | ')' | '\'' | '’') => {}
                _ => return None,
            }
            m += 1;
        }
        Some((speaker, c.range, m))
    }

    /// A speaker phrase must name someone: a pronoun, a capitalised name, a
    /// determiner with a noun, or a source noun.
    fn speaker_like(&self, np: &Np) -> bool {
        let words: Vec<&Tok> = self.toks[np.start..np.end]
            .iter()
            .filter(|t| t.is_word())
            .collect();
        !words.is_empty()
            && !words
                .iter()
                .all(|t| is_in(crate::lexicon::grammar::DETERMINERS, t.text))
    }

    /// Statements after a frame: participial acts (`, adding that …`) and a
    /// second quotation (`, "…"`), from token `m`.
    fn after_frame(&self, m: usize, speaker: &Range<usize>, out: &mut Vec<Found>) {
        let toks = self.toks;
        let mut m = m;
        while toks
            .get(m)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':') || t.is_dash())
        {
            m += 1;
        }
        let Some(t) = toks.get(m) else { return };
        if matches!(t.kind, Kind::Open(_)) {
            let close = self.close_of(m);
            if let Some(inner) = self.quote_inner(m, close) {
                self.quoted(inner, Some(speaker.clone()), None, out);
            }
            if let Some(c) = close {
                self.after_frame(c + 1, speaker, out);
            }
            return;
        }
        if let Some(c) = bare_cue(toks, m, true) {
            self.acts(
                c.start,
                Some(c),
                toks.len(),
                Some(speaker.clone()),
                None,
                out,
            );
        }
    }

    /// 1. A quotation with its frame outside it.
    fn quote_with_frame(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        let mut first = 0;
        while toks
            .get(first)
            .is_some_and(|t| t.is_dash() || t.is_punct('•') || t.is_punct('*'))
        {
            first += 1;
        }
        if toks
            .get(first)
            .is_some_and(|t| matches!(t.kind, Kind::Open(0)))
        {
            // `"…," X said.` / `"…," said X, "…"`
            let close = self.close_of(first)?;
            let (speaker, cue_range, m) = self.frame_after(close + 1)?;
            let inner = self.quote_inner(first, Some(close))?;
            let mut out = Vec::new();
            self.quoted_with_cue(inner, Some(speaker.clone()), Some(cue_range), &mut out);
            self.after_frame(m, &speaker, &mut out);
            return (!out.is_empty()).then_some(out);
        }
        // `X said: "…"` / `France denies – "…"`: the quotation ends the unit.
        let sep = (1..toks.len()).rev().take(40).find(|&k| {
            (toks[k - 1].is_punct(':') || toks[k - 1].is_dash() || toks[k - 1].is_punct(','))
                && matches!(toks[k].kind, Kind::Open(0))
                && self.whole_quote(k, toks.len()).is_some()
        })?;
        let pre_end = sep - 1;
        for s in self.clause_starts(0, pre_end) {
            let Some(np) = noun_phrase(toks, s) else {
                continue;
            };
            if np.first_person || np.coordinated || !self.speaker_like(&np) {
                continue;
            }
            let Some(c) = cue(toks, np.next) else {
                continue;
            };
            let tail = &toks[c.next.min(pre_end)..pre_end];
            let words = tail.iter().filter(|t| t.is_word()).count();
            if words > 8
                || tail
                    .iter()
                    .any(|t| t.is("that") || (is_verbish(t) && !tokens::is_adverb(t)))
            {
                continue;
            }
            let inner = self.whole_quote(sep, toks.len())?;
            let mut out = Vec::new();
            self.quoted_with_cue(
                inner,
                Some(np.range.clone()),
                Some(c.range.clone()),
                &mut out,
            );
            return Some(out);
        }
        // Headline `Minister: "We will win"`: a bare name before a colon.
        if self.headline && toks[pre_end].is_punct(':') {
            let np = noun_phrase(toks, 0)?;
            if np.end == pre_end && self.speaker_like(&np) && !np.first_person {
                let inner = self.whole_quote(sep, toks.len())?;
                let mut out = Vec::new();
                self.quoted(inner, Some(np.range.clone()), None, &mut out);
                return Some(out);
            }
        }
        None
    }

    fn quoted_with_cue(
        &self,
        inner: Range<usize>,
        speaker: Option<Range<usize>>,
        cue_range: Option<Range<usize>>,
        out: &mut Vec<Found>,
    ) {
        let before = out.len();
        self.quoted(inner, speaker, None, out);
        for f in &mut out[before..] {
            if f.cue.is_none() {
                f.cue = cue_range.clone();
            }
        }
    }

    /// A quotation by `speaker`: its sentences that report someone else
    /// (`He confirmed that …`) become chained statements via `speaker`; the
    /// others stay a direct quotation of `speaker`.
    fn quoted(
        &self,
        inner: Range<usize>,
        speaker: Option<Range<usize>>,
        via: Option<Range<usize>>,
        out: &mut Vec<Found>,
    ) {
        let sentences = crate::sentence::split(self.text, inner.clone());
        let mut direct_from: Option<usize> = None;
        let mut direct_to = inner.start;
        let flush = |from: &mut Option<usize>, to: usize, out: &mut Vec<Found>| {
            if let Some(f) = from.take() {
                let s = self.text.get(f..to).unwrap_or("");
                let t = s.trim_end_matches([',', ';', ':', ' ', '\n']);
                let r = trim_range(self.text, f..f + t.len());
                if !r.is_empty() {
                    out.push(Found {
                        content: r,
                        cue: None,
                        speaker: speaker.clone(),
                        via: via.clone(),
                        direct: true,
                    });
                }
            }
        };
        for s in sentences {
            let toks = tokenize(self.text, s.clone(), self.quotes);
            let sub = Unit {
                text: self.text,
                toks: &toks,
                range: s.clone(),
                quotes: self.quotes,
                headline: false,
            };
            let mut chained = Vec::new();
            if speaker.is_some() && sub.chain(0, toks.len(), speaker.clone(), false, &mut chained) {
                flush(&mut direct_from, direct_to, out);
                out.extend(chained);
            } else {
                direct_from.get_or_insert(s.start);
                direct_to = s.end;
            }
        }
        flush(&mut direct_from, direct_to, out);
    }

    /// Tries to read `from..to` as `NP cue content` (a relayed statement of
    /// NP, `via` the relayer). With `loose`, the first verb need not be a
    /// cue if a later coordinated one is (`X held talks and expressed …`).
    fn chain(
        &self,
        from: usize,
        to: usize,
        via: Option<Range<usize>>,
        loose: bool,
        out: &mut Vec<Found>,
    ) -> bool {
        let toks = self.toks;
        for s in self.clause_starts(from, to).into_iter().take(2) {
            // Only a short intro ("In particular,") may precede the subject.
            if s > from && toks[from..s].iter().filter(|t| t.is_word()).count() > 4 {
                break;
            }
            let Some(np) = noun_phrase(toks, s) else {
                continue;
            };
            if np.first_person || np.coordinated || !self.speaker_like(&np) {
                continue;
            }
            if let Some(c) = cue(toks, np.next) {
                if let Some(start) = content_start(toks, &c, to) {
                    let before = out.len();
                    self.acts(start, Some(c), to, Some(np.range.clone()), via.clone(), out);
                    if out.len() > before {
                        return true;
                    }
                }
                continue;
            }
            if loose {
                let acts = split_acts(toks, np.next, to);
                if acts.len() > 1 {
                    // The first, non-speech predicate joins the first act.
                    let mut first = true;
                    let before = out.len();
                    for (n, (at, c)) in acts.iter().enumerate().skip(1) {
                        let Some(c) = c else { continue };
                        let end = acts.get(n + 1).map_or(to, |a| a.0);
                        let start = if first {
                            np.next
                        } else {
                            content_start(toks, c, end).unwrap_or(*at)
                        };
                        first = false;
                        if let Some(content) = self.content(start, end) {
                            out.push(Found {
                                content,
                                cue: Some(c.range.clone()),
                                speaker: Some(np.range.clone()),
                                via: via.clone(),
                                direct: false,
                            });
                        }
                    }
                    if out.len() > before {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Statements of one speaker from content start `start` (cue `c`) to
    /// `to`, split into its coordinated and participial acts.
    fn acts(
        &self,
        start: usize,
        c: Option<Cue>,
        to: usize,
        speaker: Option<Range<usize>>,
        via: Option<Range<usize>>,
        out: &mut Vec<Found>,
    ) {
        let toks = self.toks;
        let acts = split_acts(toks, start, to);
        for (n, (at, act_cue)) in acts.iter().enumerate() {
            let end = acts.get(n + 1).map_or(to, |a| a.0);
            let (from, cue_range) = match act_cue {
                None => (start, c.as_ref().map(|c| c.range.clone())),
                Some(ac) => match content_start(toks, ac, end) {
                    Some(s) => (s, Some(ac.range.clone())),
                    None => (*at, Some(ac.range.clone())),
                },
            };
            if let Some(whole) = self.whole_quote(from, end) {
                out.push(Found {
                    content: whole,
                    cue: cue_range,
                    speaker: speaker.clone(),
                    via: via.clone(),
                    direct: true,
                });
            } else if let Some(content) = self.content(from, end) {
                out.push(Found {
                    content,
                    cue: cue_range,
                    speaker: speaker.clone(),
                    via: via.clone(),
                    direct: false,
                });
            }
        }
    }

    /// Token indices where a clause may start in `from..to`: `from`, and
    /// after each comma, semicolon, colon or dash outside quotations.
    fn clause_starts(&self, from: usize, to: usize) -> Vec<usize> {
        let mut v = vec![from];
        let mut depth = 0i32;
        for k in from..to.min(self.toks.len()) {
            match self.toks[k].kind {
                Kind::Open(_) => depth += 1,
                Kind::Close(_) => depth -= 1,
                Kind::Punct(',' | ';' | ':' | '—' | '–') if depth <= 0 && k + 1 < to => {
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

    /// 2. `…, X said.` / `…, according to X.` / `…, said X.`
    fn trailing_relay(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        let n = toks.len();
        let commas: Vec<usize> = (0..n)
            .rev()
            .take(40)
            .filter(|&k| toks[k].is_punct(','))
            .take(2)
            .collect();
        for comma in commas {
            let mut r = comma + 1;
            while toks
                .get(r)
                .is_some_and(|t| matches!(t.kind, Kind::Close(_)))
            {
                r += 1;
            }
            let Some((speaker, cue_range)) = self.relay_phrase(r).or_else(|| {
                let (sp, c, m) = self.frame_after(r)?;
                (m >= n).then_some((sp, c))
            }) else {
                continue;
            };
            // The frame's cue must take a clause.
            if let Some(kind_word) = self.text.get(cue_range.clone()) {
                if speech::lookup(kind_word.split_whitespace().last().unwrap_or(""))
                    .all(|(v, _)| v.frame == speech::Frame::Act)
                    && !RELAYS
                        .iter()
                        .any(|rel| rel.join(" ").eq_ignore_ascii_case(kind_word))
                {
                    continue;
                }
            }
            if toks[..comma].iter().filter(|t| t.is_word()).count() < 3 {
                continue;
            }
            let mut out = Vec::new();
            // The content before a closing mark: a whole quotation?
            if let Some(inner) = self.whole_quote(0, r.min(n)) {
                self.quoted_with_cue(inner, Some(speaker), Some(cue_range), &mut out);
                return Some(out);
            }
            if self.chain(0, comma, Some(speaker.clone()), true, &mut out) {
                return Some(out);
            }
            let content = self.content(0, comma)?;
            out.push(Found {
                content,
                cue: Some(cue_range),
                speaker: Some(speaker),
                via: None,
                direct: false,
            });
            return Some(out);
        }
        None
    }

    /// `according to X [tail]` to the unit's end, from token `r`.
    fn relay_phrase(&self, r: usize) -> Option<(Range<usize>, Range<usize>)> {
        let toks = self.toks;
        let (np, cue_range) = self.relay_at(r)?;
        let mut m = np.next.max(np.end);
        let mut words = 0;
        while let Some(t) = toks.get(m) {
            if t.is_word() {
                if is_verbish(t) || t.is("that") {
                    return None;
                }
                words += 1;
                if words > 8 {
                    return None;
                }
            } else if !matches!(t.kind, Kind::Punct('.' | ',' | '(' | ')')) {
                return None;
            }
            m += 1;
        }
        Some((np.range, cue_range))
    }

    /// A relay phrase (`according to`, `as announced by`) at token `r`,
    /// with its noun phrase.
    fn relay_at(&self, r: usize) -> Option<(Np, Range<usize>)> {
        let toks = self.toks;
        for rel in RELAYS {
            let ok = rel
                .iter()
                .enumerate()
                .all(|(i, w)| toks.get(r + i).is_some_and(|t| t.is(w)));
            if !ok {
                continue;
            }
            let after = r + rel.len();
            let np = noun_phrase(toks, after)?;
            if np.first_person {
                return None;
            }
            let cue_range = toks[r].range.start..toks[after - 1].range.end;
            return Some((np, cue_range));
        }
        None
    }

    /// 3. `According to X, …` / `As announced by X on Monday, …`
    fn leading_relay(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        let (np, cue_range) = self.relay_at(0)?;
        let mut m = np.next.max(np.end);
        let mut words = 0;
        while let Some(t) = toks.get(m) {
            if t.is_punct(',') {
                break;
            }
            if t.is_word() {
                if is_verbish(t) {
                    return None;
                }
                words += 1;
                if words > 8 {
                    return None;
                }
            }
            m += 1;
        }
        let from = m + 1;
        if from >= toks.len() {
            return None;
        }
        let mut out = Vec::new();
        if self.chain(from, toks.len(), Some(np.range.clone()), true, &mut out) {
            return Some(out);
        }
        let content = self.content(from, toks.len())?;
        out.push(Found {
            content,
            cue: Some(cue_range),
            speaker: Some(np.range),
            via: None,
            direct: false,
        });
        Some(out)
    }

    /// 4. `X said (that) …`, `X told Y that …`, `X condemned …`.
    fn clause(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        let n = toks.len();
        for s in self.clause_starts(0, n) {
            let Some(np) = noun_phrase(toks, s) else {
                continue;
            };
            if !self.speaker_like(&np) || np.coordinated && !self.headline {
                continue;
            }
            let Some(c) = cue(toks, np.next) else {
                continue;
            };
            let Some(start) = content_start(toks, &c, n) else {
                continue;
            };
            let speaker = Some(np.range.clone());
            let mut out = Vec::new();
            // A clause reporting someone else: `X said Y confirmed …`.
            if c.verb.frame != speech::Frame::Act
                && start > c.start
                && self.chain(start, n, speaker.clone(), false, &mut out)
            {
                return Some(out);
            }
            self.acts(start, Some(c), n, speaker, None, &mut out);
            if !out.is_empty() {
                return Some(out);
            }
        }
        None
    }

    /// 5. A headline attributed after a colon or dash: `Talks resume:
    /// minister`, `Plan is dead – Smith`.
    fn headline_source(&self) -> Option<Vec<Found>> {
        if !self.headline {
            return None;
        }
        let toks = self.toks;
        let n = toks.len();
        let sep = (1..n)
            .rev()
            .take(6)
            .find(|&k| toks[k].is_punct(':') || toks[k].is_dash())?;
        let source = &toks[sep + 1..];
        if source.is_empty() || source.len() > 4 || !source.iter().all(Tok::is_word) {
            return None;
        }
        let named = source
            .iter()
            .all(|t| t.is_capitalised() || speech::is_source_noun(t.text));
        if !named || source.iter().any(is_verbish) {
            return None;
        }
        if toks[..sep].iter().filter(|t| t.is_word()).count() < 3 {
            return None;
        }
        let content = self.content(0, sep)?;
        let speaker = source[0].range.start..source[source.len() - 1].range.end;
        Some(vec![Found {
            content,
            cue: None,
            speaker: Some(speaker),
            via: None,
            direct: false,
        }])
    }

    /// 6. A unit that is only a quotation continues the previous speaker.
    fn continuation(&self, speaker: Option<Mention>, via: Option<Mention>) -> Vec<Attribution> {
        let toks = self.toks;
        if speaker.is_none()
            || !toks
                .first()
                .is_some_and(|t| matches!(t.kind, Kind::Open(0)))
        {
            return Vec::new();
        }
        let Some(inner) = self.whole_quote(0, toks.len()) else {
            return Vec::new();
        };
        vec![Attribution {
            kind: StatementKind::Quote,
            direct: true,
            content: inner,
            cue: None,
            speaker,
            via,
            sentence: self.range.clone(),
        }]
    }
}
