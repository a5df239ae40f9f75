//! Quotations with their frame outside them, and quotations that continue
//! the previous speaker.

use std::ops::Range;

use super::frame::{bare_cue, cue, frame_cue, Cue, Np};
use super::tokens::{self, is_verbish, lex, tokenize, Kind};
use super::unit::{Chain, Found, Frame, Unit, MAX_TAIL_WORDS};
use super::{Attribution, Mention};
use crate::lexicon::grammar::is_in;
use crate::lexicon::speech::NOT_SPEAKER_LABELS;
use crate::text::trim_range;

impl Unit<'_, '_> {
    /// [`Self::read_frame_after`], memoised: the readings of a unit try the
    /// same commas again.
    pub(super) fn frame_after(&self, k: usize, after_quote: bool) -> Option<Frame> {
        if let Some(f) = self
            .frames
            .borrow()
            .iter()
            .find(|f| f.0 == (k, after_quote))
        {
            return f.1.clone();
        }
        let found = self.read_frame_after(k, after_quote);
        self.frames
            .borrow_mut()
            .push(((k, after_quote), found.clone()));
        found
    }

    /// A frame after a quotation or comma at token `k`: `[,] NP cue tail`
    /// or `[,] cue NP tail`. Returns (speaker, cue, index after the tail).
    fn read_frame_after(&self, k: usize, after_quote: bool) -> Option<Frame> {
        let toks = self.toks;
        let mut k = k;
        while toks.get(k).is_some_and(|t| t.is_punct(',') || t.is_dash()) {
            k += 1;
        }
        // NP cue
        let np_cue = self.np(k).and_then(|np| {
            if np.first_person || !self.speaker_like(&np) {
                return None;
            }
            if let Some(c) = frame_cue(toks, np.next, false) {
                return Some((np.range.clone(), c));
            }
            // "…, the air force reports.": the phrase swallowed the verb.
            let last = np.end.checked_sub(1)?;
            if last <= np.start || np.next != np.end {
                return None;
            }
            let c = frame_cue(toks, last, true)?;
            Some((toks[np.start].range.start..toks[last - 1].range.end, c))
        });
        // cue NP
        let (speaker, c, mut m) = match np_cue {
            Some((sp, c)) => {
                let m = c.next;
                (sp, c, m)
            }
            None => {
                let c = frame_cue(toks, k, true)?;
                // "…, wrote a book about …" is no inverted frame.
                if !after_quote && crate::lexicon::speech::needs_clause(c.verb) {
                    return None;
                }
                let np = self.np(c.next)?;
                if np.first_person || !self.speaker_like(&np) {
                    return None;
                }
                let m = np.next.max(np.end);
                (np.range.clone(), c, m)
            }
        };
        // `said Jane Doe, 41, who …`: a relative clause right after the
        // speaker's appositive closes the frame.
        if m > 0
            && toks[m - 1].is_punct(',')
            && toks
                .get(m)
                .is_some_and(|n| n.is("who") || n.is("whose") || n.is("which"))
        {
            return Some((speaker, c.range, toks.len()));
        }
        // Tail: a few words of adjunct, no verb, no "that". After a comma,
        // anything else (`said from his bed, his arms bandaged`) is a
        // detached phrase about the speaker: the frame ends at the comma.
        let mut words = 0;
        let mut comma: Option<usize> = None;
        while let Some(t) = toks.get(m) {
            match t.kind {
                Kind::Word => {
                    if t.is("that")
                        || t.is_in(lex::WH_WORDS)
                        || (is_verbish(t) && !tokens::is_adverb(t))
                    {
                        return comma.map(|k| (speaker, c.range, k));
                    }
                    words += 1;
                    if words > MAX_TAIL_WORDS {
                        return comma.map(|k| (speaker, c.range, k));
                    }
                }
                Kind::Punct(',') => {
                    // `, who has led …`: a relative clause about the
                    // speaker closes the frame.
                    if toks
                        .get(m + 1)
                        .is_some_and(|n| n.is("who") || n.is("whose") || n.is("which"))
                    {
                        m = toks.len();
                        break;
                    }
                    // `, adding that …`, `, "…"` or `, was …` (the rest of
                    // a sentence the frame interrupted) ends the tail.
                    if bare_cue(toks, m + 1, true).is_some()
                        || toks.get(m + 1).is_some_and(is_verbish)
                        || toks
                            .get(m + 1)
                            .is_some_and(|n| matches!(n.kind, Kind::Open(_)))
                    {
                        break;
                    }
                    if after_quote {
                        comma.get_or_insert(m);
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
                // `…, X claimed – three more than …`: an aside closes the frame.
                Kind::Punct('—' | '–') => break,
                Kind::Punct('(' | ')' | '\'' | '’') => {}
                _ => return comma.map(|k| (speaker, c.range, k)),
            }
            m += 1;
        }
        Some((speaker, c.range, m))
    }

    /// Statements after a frame, from token `m`: a second quotation (`, "…"`)
    /// and participial acts (`, adding that …`).
    pub(super) fn after_frame(&self, m: usize, speaker: &Range<usize>, out: &mut Vec<Found>) {
        let toks = self.toks;
        let mut m = m;
        loop {
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
                match close {
                    Some(c) => m = c + 1,
                    None => return,
                }
                continue;
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
            return;
        }
    }

    /// 1. A quotation with its frame outside it.
    pub(super) fn quote_with_frame(&self) -> Option<Vec<Found>> {
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
            if let Some(out) = self.quoted_passive(first, close) {
                return Some(out);
            }
            let (speaker, cue_range, m) = self.frame_after(close + 1, true)?;
            let inner = self.quote_inner(first, Some(close))?;
            let mut out = Vec::new();
            let via = self.tail_relay(cue_range.end, m);
            let before = out.len();
            self.quoted_with_cue(inner, Some(speaker.clone()), Some(cue_range), &mut out);
            if via.is_some() {
                for f in &mut out[before..] {
                    if f.via.is_none() && f.speaker.as_ref() == Some(&speaker) {
                        f.via = via.clone();
                    }
                }
            }
            self.after_frame(m, &speaker, &mut out);
            return (!out.is_empty()).then_some(out);
        }
        // `X said: "…"` / `Spain denies – "…"`: the quotation ends the unit.
        let sep = (1..toks.len()).rev().take(40).find(|&k| {
            (toks[k - 1].is_punct(':') || toks[k - 1].is_dash() || toks[k - 1].is_punct(','))
                && matches!(toks[k].kind, Kind::Open(0))
                && self.whole_quote(k, toks.len()).is_some()
        })?;
        let pre_end = sep - 1;
        if let Some((np, c)) = self.cued_speaker_before(pre_end) {
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
        // `Minister: "We will win"` (a headline), `Jane Smith: "…"` (a
        // name anywhere): a bare speaker before a colon.
        if toks[pre_end].is_punct(':') {
            let np = self.np(0)?;
            let name = toks[np.start..np.end]
                .iter()
                .all(|t| t.is_capitalised() || !t.is_word())
                && !is_in(NOT_SPEAKER_LABELS, &self.text[np.range.clone()]);
            if np.end == pre_end
                && (self.headline || name)
                && self.speaker_like(&np)
                && !np.first_person
            {
                let inner = self.whole_quote(sep, toks.len())?;
                let mut out = Vec::new();
                self.quoted(inner, Some(np.range.clone()), None, &mut out);
                return Some(out);
            }
        }
        None
    }

    /// `"…," she was quoted by the agency as saying.`: the quotation is
    /// the speaker's, relayed by whoever quoted her.
    fn quoted_passive(&self, open: usize, close: usize) -> Option<Vec<Found>> {
        let toks = self.toks;
        let mut k = close + 1;
        while toks.get(k).is_some_and(|t| t.is_punct(',') || t.is_dash()) {
            k += 1;
        }
        let np = self.np(k)?;
        if np.first_person || !self.speaker_like(&np) {
            return None;
        }
        let mut m = np.next;
        if !toks
            .get(m)
            .is_some_and(|t| ["was", "is", "were", "has been"].iter().any(|w| t.is(w)))
        {
            return None;
        }
        m += 1;
        let quoted = toks.get(m)?;
        if !(quoted.is("quoted") || quoted.is("cited")) {
            return None;
        }
        let cue_start = quoted.range.start;
        m += 1;
        let mut via = None;
        if toks.get(m).is_some_and(|t| t.is("by")) {
            let by = self.np(m + 1)?;
            via = Some(by.range.clone());
            m = by.end;
        }
        if !toks.get(m).is_some_and(|t| t.is("as")) {
            return None;
        }
        let saying = toks.get(m + 1)?;
        if !(saying.is("saying") || saying.is("having")) {
            return None;
        }
        let cue_end = saying.range.end;
        let inner = self.quote_inner(open, Some(close))?;
        let mut out = Vec::new();
        let before = out.len();
        self.quoted(inner, Some(np.range.clone()), via, &mut out);
        for f in &mut out[before..] {
            f.cue.get_or_insert(cue_start..cue_end);
        }
        (!out.is_empty()).then_some(out)
    }

    /// A relay in the tail of a frame (`the minister said, according to
    /// the news agency X`): who relayed the statement.
    pub(super) fn tail_relay(&self, cue_end: usize, m: usize) -> Option<Range<usize>> {
        let toks = self.toks;
        let from = toks.partition_point(|t| t.range.start < cue_end);
        (from..m.min(toks.len())).find_map(|r| {
            if !toks[r].is("according") {
                return None;
            }
            let (np, _) = self.relay_at(r)?;
            Some(np.range)
        })
    }

    pub(super) fn quoted_with_cue(
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
    pub(super) fn quoted(
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
            let toks = tokenize(self.text, s.clone(), self.marks);
            let sub = Unit::new(self.text, &toks, s.clone(), self.marks, false);
            let mut chained = Vec::new();
            if speaker.is_some()
                && sub.chain(0, toks.len(), speaker.clone(), Chain::Quote, &mut chained)
            {
                flush(&mut direct_from, direct_to, out);
                out.extend(chained);
            } else {
                direct_from.get_or_insert(s.start);
                direct_to = s.end;
            }
        }
        flush(&mut direct_from, direct_to, out);
    }

    /// `The mayor said:` ending a unit: the speaker of the quotation that
    /// follows in the next paragraph.
    pub(super) fn colon_intro(&self) -> Option<Mention> {
        let toks = self.toks;
        let colon = toks.len().checked_sub(1)?;
        if !toks[colon].is_punct(':') {
            return None;
        }
        self.cued_speaker_before(colon)
            .map(|(np, _)| Mention { range: np.range })
    }

    /// The first clause before token `end` that opens with a speaker-like
    /// noun phrase and a cue, followed by at most 8 words and no further verb
    /// or "that" before `end` (`X said:`, `X told reporters –`).
    fn cued_speaker_before(&self, end: usize) -> Option<(Np, Cue)> {
        let toks = self.toks;
        for s in self.clause_starts(0, end) {
            let Some(np) = self.np(s) else {
                continue;
            };
            if np.first_person || np.coordinated || !self.speaker_like(&np) {
                continue;
            }
            let Some(c) = cue(toks, np.next) else {
                continue;
            };
            let tail = &toks[c.next.min(end)..end];
            let words = tail.iter().filter(|t| t.is_word()).count();
            if words > 8
                || tail
                    .iter()
                    .any(|t| t.is("that") || (is_verbish(t) && !tokens::is_adverb(t)))
            {
                continue;
            }
            return Some((np, c));
        }
        None
    }

    /// The quoted text when the unit is only a quotation left open at its
    /// paragraph's end.
    pub(super) fn open_quote(&self) -> Option<Range<usize>> {
        let first = self.toks.first()?;
        if !matches!(first.kind, Kind::Open(0)) || self.close_of(0).is_some() {
            return None;
        }
        self.whole_quote(0, self.toks.len())
    }

    /// 6. A unit that is only a quotation continues the previous speaker.
    pub(super) fn continuation(
        &self,
        speaker: Option<Mention>,
        via: Option<Mention>,
    ) -> Vec<Attribution> {
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
        let mut found = Vec::new();
        self.quoted(
            inner,
            speaker.map(|m| m.range),
            via.map(|m| m.range),
            &mut found,
        );
        found.into_iter().map(|f| self.attribution(f)).collect()
    }
}
