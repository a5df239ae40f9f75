//! Reported speech: relays before or after the content, clause frames,
//! chains of attribution, coordinated and participial acts, and headlines
//! attributed after a colon.

use std::ops::Range;

use super::frame::{bare_cue, content_start, cue, split_acts, Cue, Np};
use super::tokens::{is_verbish, lex, speech_forms, Kind, Tok};
use super::unit::{Chain, Found, Unit};
use crate::lexicon::grammar::is_in;
use crate::lexicon::speech::{self, RELAYS};

/// Whether the verb group at `k` is negated ("did not", "has never").
fn tokens_is_negated(toks: &[Tok], k: usize) -> bool {
    toks[k..toks.len().min(k + 3)]
        .iter()
        .take_while(|t| t.is_word())
        .any(|t| t.is_in(lex::NEGATIONS))
}

/// Most commas tried for a frame in the middle of a sentence.
const MAX_MID_COMMAS: usize = 8;

impl Unit<'_, '_> {
    /// Tries to read `from..to` as `NP cue content`: a statement of NP
    /// relayed by `via`. See [`Chain`] for what each context allows.
    pub(super) fn chain(
        &self,
        from: usize,
        to: usize,
        via: Option<Range<usize>>,
        mode: Chain,
        out: &mut Vec<Found>,
    ) -> bool {
        let toks = self.toks;
        for s in self.clause_starts(from, to).into_iter().take(2) {
            // Only a short intro ("In particular,") may precede the subject.
            if s > from && toks[from..s].iter().filter(|t| t.is_word()).count() > 4 {
                break;
            }
            let Some(np) = self.np(s) else {
                continue;
            };
            if np.first_person || np.coordinated || !self.speaker_like(&np) {
                continue;
            }
            let pronoun = np.end == np.start + 1 && toks[np.start].is_in(lex::PRONOUNS);
            match mode {
                // "The ministry said it rejects …": the pronoun is the
                // speaker itself.
                Chain::Clause if pronoun => continue,
                Chain::Quote if pronoun && toks[np.start].is("it") => continue,
                _ => {}
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
            if mode == Chain::Relay {
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
    pub(super) fn acts(
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

    /// 2. `…, X said.` / `…, according to X.` / `…, said X.`
    pub(super) fn trailing_relay(&self) -> Option<Vec<Found>> {
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
                let (sp, c, m) = self.frame_after(r, r > comma + 1)?;
                let aside = toks
                    .get(m)
                    .is_some_and(|t| t.is_punct('—') || t.is_punct('–'));
                (m >= n || aside).then_some((sp, c))
            }) else {
                continue;
            };
            // The frame's cue must take a clause.
            if let Some(kind_word) = self.text.get(cue_range.clone()) {
                if speech_forms(kind_word.split_whitespace().last().unwrap_or(""))
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
            if self.chain(0, comma, Some(speaker.clone()), Chain::Relay, &mut out) {
                return Some(out);
            }
            let content = self.content(0, comma)?;
            let via = self.tail_relay(cue_range.end, n);
            out.push(Found {
                content,
                cue: Some(cue_range),
                speaker: Some(speaker),
                via,
                direct: false,
            });
            return Some(out);
        }
        None
    }

    /// `according to X [tail]` to the unit's end, from token `r`.
    pub(super) fn relay_phrase(&self, r: usize) -> Option<(Range<usize>, Range<usize>)> {
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
    pub(super) fn relay_at(&self, r: usize) -> Option<(Np, Range<usize>)> {
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
            // "according to him"
            let object = toks
                .get(after)
                .filter(|t| ["him", "her", "them"].iter().any(|w| t.is(w)));
            if let Some(t) = object {
                let np = Np {
                    start: after,
                    end: after + 1,
                    next: after + 1,
                    range: t.range.clone(),
                    coordinated: false,
                    first_person: false,
                };
                let cue_range = toks[r].range.start..toks[after - 1].range.end;
                return Some((np, cue_range));
            }
            let cue_range = toks[r].range.start..toks[after - 1].range.end;
            // "according to information from X", "according to a statement
            // by X": X is the source, the document its vehicle.
            if let Some(np) = self.source_of_document(after) {
                return Some((np, cue_range));
            }
            let np = self.np(after)?;
            if np.first_person {
                return None;
            }
            return Some((np, cue_range));
        }
        None
    }

    /// `[a] statement from X`, `information from X`, `figures released by
    /// X` at token `k`: the phrase of X.
    fn source_of_document(&self, k: usize) -> Option<Np> {
        let toks = self.toks;
        let mut m = k;
        if toks
            .get(m)
            .is_some_and(|t| !t.is_capitalised() && is_in(&["a", "an", "the"], t.text))
        {
            m += 1;
        }
        let noun = toks.get(m)?;
        if noun.is_capitalised() || !noun.is_in(lex::DOCUMENT_NOUNS) {
            return None;
        }
        m += 1;
        if toks
            .get(m)
            .is_some_and(|t| is_in(&["released", "published", "issued", "seen"], t.text))
        {
            m += 1;
        }
        if !toks
            .get(m)
            .is_some_and(|t| is_in(&["from", "by", "of"], t.text))
        {
            return None;
        }
        let np = self.np(m + 1)?;
        (!np.first_person).then_some(np)
    }

    /// 3. `According to X, …` / `As announced by X on Monday, …`
    pub(super) fn leading_relay(&self) -> Option<Vec<Found>> {
        self.as_x_said().or_else(|| self.according_to())
    }

    /// `As the minister noted, …`
    fn as_x_said(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        if !toks.first().is_some_and(|t| t.is("As")) {
            return None;
        }
        let np = self.np(1)?;
        if np.first_person || !self.speaker_like(&np) {
            return None;
        }
        let c = cue(toks, np.next)?;
        if c.verb.frame == speech::Frame::Act {
            return None;
        }
        // Only adjuncts up to the comma.
        let mut m = c.next;
        while toks.get(m).is_some_and(|t| t.is_word() && !is_verbish(t)) && m < c.next + 6 {
            m += 1;
        }
        if !toks.get(m).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let mut out = Vec::new();
        if self.chain(
            m + 1,
            toks.len(),
            Some(np.range.clone()),
            Chain::Relay,
            &mut out,
        ) {
            return Some(out);
        }
        let content = self.content(m + 1, toks.len())?;
        out.push(Found {
            content,
            cue: Some(c.range),
            speaker: Some(np.range),
            via: None,
            direct: false,
        });
        Some(out)
    }

    /// `The plan, he said, was "dead".` / `"The plan," he said, "was dead,"`
    /// — a frame between two commas inside the content: the parts before
    /// and after it are the speaker's.
    pub(super) fn mid_frame(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        let n = toks.len();
        let commas: Vec<usize> = (0..n)
            .filter(|&k| toks[k].is_punct(','))
            .take(MAX_MID_COMMAS)
            .collect();
        for comma in commas {
            if toks[..comma].iter().filter(|t| t.is_word()).count() < 2 {
                continue;
            }
            let mut r = comma + 1;
            while toks
                .get(r)
                .is_some_and(|t| matches!(t.kind, Kind::Close(_)))
            {
                r += 1;
            }
            let Some((speaker, cue_range, m)) = self.frame_after(r, r > comma + 1) else {
                continue;
            };
            if !toks.get(m).is_some_and(|t| t.is_punct(',')) || m + 1 >= n {
                continue;
            }
            let mut out = Vec::new();
            for (from, to) in [(0, comma), (m + 1, n)] {
                if let Some(content) = self.content(from, to) {
                    out.push(Found {
                        content,
                        cue: Some(cue_range.clone()),
                        speaker: Some(speaker.clone()),
                        via: None,
                        direct: false,
                    });
                }
            }
            if out.len() == 2 {
                return Some(out);
            }
        }
        None
    }

    /// `According to X, …` / `As announced by X on Monday, …`
    fn according_to(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        let (np, cue_range) = self.relay_at(0)?;
        let mut m = np.next.max(np.end);
        let mut words = 0;
        while let Some(t) = toks.get(m) {
            if t.is_punct(',') {
                break;
            }
            if t.is_word() {
                if t.is_in(lex::AUXILIARIES) || t.is_in(lex::NEGATIONS) {
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
        if self.chain(
            from,
            toks.len(),
            Some(np.range.clone()),
            Chain::Relay,
            &mut out,
        ) {
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
    pub(super) fn clause(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        let n = toks.len();
        for s in self.clause_starts(0, n) {
            let Some(np) = self.np(s) else {
                continue;
            };
            if !self.speaker_like(&np) || np.coordinated && !self.headline {
                continue;
            }
            if let Some(found) = self.quoted_as_saying(&np, n) {
                return Some(found);
            }
            let Some(c) = cue(toks, np.next) else {
                // `X defended the plan, saying …`: later acts of X.
                if let Some(found) = self.later_acts(&np, n) {
                    return Some(found);
                }
                continue;
            };
            let Some(start) = content_start(toks, &c, n) else {
                continue;
            };
            let speaker = Some(np.range.clone());
            let mut out = Vec::new();
            // `X accuses Y of … while Z says …`: a second speaker's clause.
            let second = self.contrast_clause(start, n);
            let end = second.as_ref().map_or(n, |x| x.0);
            // A clause reporting someone else: `X said Y confirmed …`.
            if c.verb.frame != speech::Frame::Act
                && start > c.start
                && self.chain(start, end, speaker.clone(), Chain::Clause, &mut out)
            {
                return Some(out);
            }
            self.acts(start, Some(c), end, speaker, None, &mut out);
            if let Some((_, np2, c2, start2)) = second {
                if !out.is_empty() {
                    self.acts(start2, Some(c2), n, Some(np2.range), None, &mut out);
                }
            }
            if !out.is_empty() {
                return Some(out);
            }
        }
        None
    }

    /// `…, with X blaming …` / `…, with X saying …`: an absolute
    /// participial clause whose subject is the speaker.
    pub(super) fn with_participle(&self) -> Option<Vec<Found>> {
        let toks = self.toks;
        let n = toks.len();
        let mut depth = 0i32;
        for k in 0..n {
            match toks[k].kind {
                Kind::Open(_) => depth += 1,
                Kind::Close(_) => depth -= 1,
                Kind::Word if depth <= 0 && toks[k].text == "with" => {
                    let Some(np) = self.np(k + 1) else {
                        continue;
                    };
                    if np.first_person || !self.speaker_like(&np) {
                        continue;
                    }
                    let Some(c) = bare_cue(toks, np.next, true) else {
                        continue;
                    };
                    if !toks[c.start].text.ends_with("ing") {
                        continue;
                    }
                    let start = if c.verb.frame == speech::Frame::Act {
                        c.start
                    } else {
                        match content_start(toks, &c, n) {
                            Some(s) => s,
                            None => continue,
                        }
                    };
                    let mut out = Vec::new();
                    self.acts(start, Some(c), n, Some(np.range.clone()), None, &mut out);
                    return (!out.is_empty()).then_some(out);
                }
                _ => {}
            }
        }
        None
    }

    /// A contrasting clause with its own speaker and cue in `from..n`
    /// (`… while Canada says …`, `… whereas the union claims …`): where it
    /// starts, its speaker, cue and content start.
    fn contrast_clause(&self, from: usize, n: usize) -> Option<(usize, Np, Cue, usize)> {
        let toks = self.toks;
        let mut depth = 0i32;
        for k in from..n {
            match toks[k].kind {
                Kind::Open(_) => depth += 1,
                Kind::Close(_) => depth -= 1,
                Kind::Word
                    if depth <= 0 && (toks[k].text == "while" || toks[k].text == "whereas") =>
                {
                    let Some(np) = self.np(k + 1) else {
                        continue;
                    };
                    if np.first_person || !self.speaker_like(&np) {
                        continue;
                    }
                    let Some(c) = cue(toks, np.next) else {
                        continue;
                    };
                    let Some(start) = content_start(toks, &c, n) else {
                        continue;
                    };
                    return Some((k, np, c, start));
                }
                _ => {}
            }
        }
        None
    }

    /// The speech acts coordinated after a first predicate that is not one:
    /// `X defended the plan, saying …`, `X held talks and urged …`.
    fn later_acts(&self, np: &Np, n: usize) -> Option<Vec<Found>> {
        let toks = self.toks;
        // The predicate must start with a finite verb right after X.
        let first = toks.get(np.next)?;
        if !is_verbish(first) || tokens_is_negated(toks, np.next) {
            return None;
        }
        let acts = split_acts(toks, np.next, n);
        let mut out = Vec::new();
        for (i, (at, c)) in acts.iter().enumerate().skip(1) {
            let Some(c) = c else { continue };
            let end = acts.get(i + 1).map_or(n, |a| a.0);
            let start = content_start(toks, c, end).unwrap_or(*at);
            if let Some(content) = self.content(start, end) {
                out.push(Found {
                    content,
                    cue: Some(c.range.clone()),
                    speaker: Some(np.range.clone()),
                    via: None,
                    direct: false,
                });
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// `X quoted Y as saying …` / `X cited Y as saying …`: Y's statement
    /// relayed by X.
    fn quoted_as_saying(&self, np: &Np, n: usize) -> Option<Vec<Found>> {
        let toks = self.toks;
        let mut k = np.next;
        while toks
            .get(k)
            .is_some_and(|t| crate::attribution::tokens::is_adverb(t))
        {
            k += 1;
        }
        let verb = toks.get(k)?;
        if !["quoted", "quotes", "cited", "cites"]
            .iter()
            .any(|w| verb.is(w))
        {
            return None;
        }
        let inner = self.np(k + 1)?;
        let mut m = inner.end;
        if !toks.get(m).is_some_and(|t| t.is("as")) {
            // "quoted Y, an official, as saying"
            m = inner.next;
            if !toks.get(m).is_some_and(|t| t.is("as")) {
                return None;
            }
        }
        let c = super::frame::bare_cue(toks, m + 1, true)?;
        let start = content_start(toks, &c, n)?;
        let mut out = Vec::new();
        self.acts(
            start,
            Some(c),
            n,
            Some(inner.range.clone()),
            Some(np.range.clone()),
            &mut out,
        );
        (!out.is_empty()).then_some(out)
    }

    /// 5. A headline attributed after a colon or dash: `Talks resume:
    /// minister`, `Plan is dead – Smith`.
    pub(super) fn headline_source(&self) -> Option<Vec<Found>> {
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
            .all(|t| t.is_capitalised() || t.is_in(lex::SOURCE_NOUNS));
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
}
