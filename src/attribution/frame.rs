//! The attribution frame inside a clause: the speaker phrase, the cue, and
//! where the content starts; and the split of a predicate into the several
//! speech acts it may coordinate ("condemned X, expressed Y and stressed Z",
//! "…, calling on Y to …").
//!
//! Every function works on a token slice and returns token indices; none
//! looks further than a few dozen tokens from where it starts, so the stage
//! stays linear on any input.

use std::ops::Range;

use super::tokens::{is_adverb, is_verbish, Kind, Tok};
use crate::lexicon::abbreviations;
use crate::lexicon::grammar::{
    is_in, ADJUNCT_PREPOSITIONS, AUXILIARIES, DETERMINERS, FIRST_PERSON, IRREGULAR_PAST, NEGATIONS,
    NON_SUBJECTS, NP_STOPS, PASSIVE_AUXILIARIES, PRONOUNS, TIME_WORDS, WH_WORDS,
};
use crate::lexicon::speech::{self, is_source_noun, Form, Frame, SpeechVerb, OCCASION_NOUNS};

/// Longest speaker phrase, in words.
const MAX_NP_WORDS: usize = 12;

/// A speaker phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Np {
    /// First token.
    pub start: usize,
    /// One past the last token of the phrase (appositive included when it
    /// is a name: "France's Defense Minister, Jean Dupont,").
    pub end: usize,
    /// Where the cue may start (after an appositive and its comma).
    pub next: usize,
    /// The mention's text range.
    pub range: Range<usize>,
    /// "X and Y": two speakers.
    pub coordinated: bool,
    /// "I", "we".
    pub first_person: bool,
}

/// A cue: the speech verb (with "tried to" and particles) and what follows.
#[derive(Clone, Debug)]
pub struct Cue {
    /// First token of the cue ("tried" in "tried to convince").
    pub start: usize,
    /// One past the last token of the cue (the particle included).
    pub next: usize,
    /// The cue's text range.
    pub range: Range<usize>,
    /// The verb.
    pub verb: &'static SpeechVerb,
}

fn lower_is(tok: Option<&Tok>, table: &[&str]) -> bool {
    tok.is_some_and(|t| t.is_word() && !t.is_capitalised() && is_in(table, t.text))
}

/// Whether the word at `i` starts a particle speech verb ("call on").
fn is_particle_cue(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    t.is_word()
        && speech::lookup(t.text).any(|(v, _)| {
            v.particle
                .is_some_and(|p| toks.get(i + 1).is_some_and(|n| n.is(p)))
        })
}

/// Whether `next` is what a speech verb takes: "that", a determiner, a
/// pronoun, a name, a quotation, a colon or a particle.
fn verb_object_follows(next: Option<&Tok>) -> bool {
    match next {
        None => false,
        Some(n) => match n.kind {
            Kind::Open(_) | Kind::Punct(':') => true,
            Kind::Word => {
                n.is_capitalised()
                    || is_in(DETERMINERS, n.text)
                    || is_in(PRONOUNS, n.text)
                    || is_in(
                        &[
                            "that",
                            "on",
                            "upon",
                            "for",
                            "to",
                            "out",
                            "allegations",
                            "claims",
                        ],
                        n.text,
                    )
            }
            _ => false,
        },
    }
}

/// Whether the word at `k` reads as a base-form speech verb here: followed
/// by what a verb takes ("officials say the …", "experts warn that …"),
/// not by a noun ("state news agency").
pub fn base_verb_here(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    t.is_word()
        && !t.is_capitalised()
        && speech::lookup(t.text).any(|(_, f)| f == Form::Base)
        && verb_object_follows(toks.get(k + 1))
}

/// Skips `on Thursday`, `last week`, `in March 2023` at `k`.
fn skip_time_adjunct(toks: &[Tok], k: usize) -> usize {
    let Some(t) = toks.get(k) else { return k };
    if !lower_is(
        Some(t),
        &[
            "on", "in", "last", "this", "late", "early", "earlier", "next",
        ],
    ) {
        return k;
    }
    let mut m = k + 1;
    while m < k + 4
        && toks.get(m).is_some_and(|w| {
            w.is_word() && (is_in(TIME_WORDS, w.text) || w.text.chars().all(|c| c.is_ascii_digit()))
        })
    {
        m += 1;
    }
    if m > k + 1 {
        m
    } else {
        k
    }
}

/// Whether the word at `k` (inside a phrase) reads as a third-person speech
/// verb ("Namah warns that", "France denies …") rather than a plural noun
/// ("false claims about", "the reports said").
fn third_verb_here(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    if !t.is_word()
        || t.is_capitalised()
        || !speech::lookup(t.text).any(|(v, f)| f == Form::Third && v.particle.is_none())
    {
        return false;
    }
    let after_name = k
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is_capitalised() && !is_in(DETERMINERS, p.text));
    after_name || verb_object_follows(toks.get(k + 1))
}

/// The speaker phrase starting at token `i`.
pub fn noun_phrase(toks: &[Tok], i: usize) -> Option<Np> {
    let first = toks.get(i)?;
    if !first.is_word() {
        return None;
    }
    if is_in(PRONOUNS, first.text) {
        return Some(Np {
            start: i,
            end: i + 1,
            next: i + 1,
            range: first.range.clone(),
            coordinated: false,
            first_person: is_in(FIRST_PERSON, first.text),
        });
    }
    if is_in(NON_SUBJECTS, first.text) {
        return None;
    }
    let valid =
        first.is_capitalised() || is_in(DETERMINERS, first.text) || is_source_noun(first.text);
    if !valid || is_verbish(first) {
        return None;
    }
    let mut j = i;
    let mut words = 0;
    let mut coordinated = false;
    while let Some(t) = toks.get(j) {
        match t.kind {
            Kind::Word => {
                if j > i && !t.is_capitalised() {
                    if is_verbish(t)
                        || is_in(NP_STOPS, t.text)
                        || is_in(PRONOUNS, t.text)
                        || is_particle_cue(toks, j)
                        || base_verb_here(toks, j)
                        || third_verb_here(toks, j)
                    {
                        break;
                    }
                    if t.is("and") || t.is("nor") {
                        let next = toks.get(j + 1);
                        if next.is_some_and(|n| {
                            n.is_word() && !is_verbish(n) && !is_in(NP_STOPS, n.text)
                        }) {
                            coordinated = true;
                        } else {
                            break;
                        }
                    }
                }
                if j > i && t.is("And") {
                    break;
                }
                words += 1;
                if words > MAX_NP_WORDS {
                    return None;
                }
                j += 1;
            }
            Kind::Punct('(') => {
                // A short parenthesis inside a name: "Islamic State (IS)".
                let close = (j + 1..toks.len().min(j + 6)).find(|&k| toks[k].is_punct(')'));
                match close {
                    Some(k) => j = k + 1,
                    None => break,
                }
            }
            Kind::Punct('&') => j += 1,
            // "Dr. Jane Smith", "the U.S. envoy": an abbreviation's dot.
            Kind::Punct('.')
                if j > i
                    && abbreviations::lookup(toks[j - 1].text).is_some()
                    && toks.get(j + 1).is_some_and(|n| n.is_word()) =>
            {
                j += 1
            }
            // Plural possessive: "the workers' union".
            Kind::Punct('\'' | '’')
                if j > i
                    && toks[j - 1].range.end == t.range.start
                    && toks[j - 1].text.ends_with(['s', 'S'])
                    && toks.get(j + 1).is_some_and(|n| n.is_word()) =>
            {
                j += 1
            }
            // "OBOZ.UA", "news.com": a dot between two words, no spaces.
            Kind::Punct('.')
                if j > i
                    && toks[j - 1].range.end == t.range.start
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.is_word() && n.range.start == t.range.end) =>
            {
                j += 1
            }
            _ => break,
        }
    }
    if j == i {
        return None;
    }
    let mut np = Np {
        start: i,
        end: j,
        next: j,
        range: toks[i].range.start..toks[j - 1].range.end,
        coordinated,
        first_person: false,
    };
    // "The mayor on Thursday said": a time adjunct before the verb.
    np.next = skip_time_adjunct(toks, np.next);
    // Appositive: "X, an adviser to Y, said" / "Minister, Jean Dupont, said".
    if toks.get(j).is_some_and(|t| t.is_punct(',')) {
        let close = (j + 1..toks.len().min(j + 22))
            .take_while(|&k| {
                !matches!(
                    toks[k].kind,
                    Kind::Open(_) | Kind::Close(_) | Kind::Punct('.' | ';' | ':')
                )
            })
            .find(|&k| toks[k].is_punct(','));
        if let Some(k) = close {
            let inner = &toks[j + 1..k];
            let described = inner.first().is_some_and(|t| {
                (!t.is_capitalised()
                    && (is_in(
                        &[
                            "a", "an", "the", "his", "her", "its", "their", "who", "whose",
                        ],
                        t.text,
                    ) || (t.text.len() > 5 && t.text.ends_with("ing"))))
                    || (inner.len() <= 2 && t.text.chars().all(|c| c.is_ascii_digit()))
                    || (t.is_capitalised() && (t.text.ends_with("'s") || t.text.ends_with("’s")))
                    // "The statement, signed by 20 countries, said"
                    || (!t.is_capitalised()
                        && (is_in(IRREGULAR_PAST, t.text) || (t.text.len() > 4 && t.text.ends_with("ed"))))
            });
            let named = !inner.is_empty()
                && inner.iter().filter(|t| t.is_word()).count() <= 4
                && inner.iter().all(|t| t.is_capitalised() || t.is_punct('.'));
            if described || named {
                np.next = k + 1;
                if named {
                    np.end = k;
                    np.range = toks[i].range.start..toks[k - 1].range.end;
                }
            }
        }
    }
    Some(np)
}

/// The cue after a speaker phrase, starting at token `j`: adverbs,
/// auxiliaries, "tried to", and an opening quote mark may come first.
/// Negated and passive verbs are no cue.
pub fn cue(toks: &[Tok], j: usize) -> Option<Cue> {
    let mut k = j;
    let mut aux: Option<&str> = None;
    let mut tried: Option<usize> = None;
    for _ in 0..8 {
        let t = toks.get(k)?;
        match t.kind {
            Kind::Open(_) => {
                k += 1;
                continue;
            }
            Kind::Word => {}
            _ => return None,
        }
        if t.is_capitalised() {
            return None;
        }
        if is_in(NEGATIONS, t.text) {
            return None;
        }
        if is_in(AUXILIARIES, t.text) {
            aux = Some(t.text);
            k += 1;
            continue;
        }
        if is_in(
            &[
                "tried",
                "tries",
                "try",
                "sought",
                "seeks",
                "attempted",
                "attempts",
            ],
            t.text,
        ) && toks.get(k + 1).is_some_and(|n| n.is("to"))
        {
            tried = Some(k);
            k += 2;
            continue;
        }
        if is_adverb(t) {
            k += 1;
            continue;
        }
        break;
    }
    let t = toks.get(k)?;
    if !t.is_word() || t.is_capitalised() {
        return None;
    }
    let passive = aux.is_some_and(|a| is_in(PASSIVE_AUXILIARIES, a));
    let perfect = aux.is_some_and(|a| is_in(&["has", "have", "had", "having"], a));
    // "called the figures "cold comfort"": naming something is a speech act
    // when a quotation follows the object.
    if !passive && tried.is_none() && ["called", "calls", "call"].iter().any(|w| t.is(w)) {
        if let Some(c) = call_by_name(toks, k) {
            return Some(c);
        }
    }
    for (verb, form) in speech::lookup(t.text) {
        let mut next = k + 1;
        if let Some(p) = verb.particle {
            let words: Vec<&str> = p.split(' ').collect();
            let ok = words
                .iter()
                .enumerate()
                .all(|(n, w)| toks.get(k + 1 + n).is_some_and(|x| x.is(w)));
            if !ok {
                continue;
            }
            next += words.len();
            // "called for the first time" is no call for anything.
            if p == "for" {
                let a = toks.get(next).map(|t| t.text.to_lowercase());
                let b = toks.get(next + 1).map(|t| t.text.to_lowercase());
                let c = toks.get(next + 2).map(|t| t.text.to_lowercase());
                let ordinal = |w: &Option<String>| {
                    w.as_deref().is_some_and(|w| {
                        matches!(
                            w,
                            "first" | "second" | "third" | "last" | "1st" | "2nd" | "3rd"
                        )
                    })
                };
                if (ordinal(&a) && b.as_deref() == Some("time"))
                    || (a.as_deref() == Some("the") && ordinal(&b) && c.as_deref() == Some("time"))
                {
                    continue;
                }
            }
        }
        let ok = if passive {
            false
        } else if tried.is_some() {
            form == Form::Base
        } else {
            match form {
                Form::Past | Form::Third => aux.is_none() || perfect,
                Form::Participle => perfect || aux.is_none(),
                Form::Base => match aux {
                    None => tried.is_some() || base_verb_here(toks, k) || verb.particle.is_some(),
                    Some(a) => is_in(&["do", "does", "did"], a),
                },
                Form::Gerund => false,
            }
        };
        if !ok {
            continue;
        }
        let start = tried.unwrap_or(k);
        return Some(Cue {
            start,
            next,
            range: toks[start].range.start..toks[next - 1].range.end,
            verb,
        });
    }
    None
}

/// A cue in a frame after a quotation: any [`cue`], or one of the
/// [`speech::FRAME_ONLY_VERBS`] ("the statement read", "she continued").
/// With `bare`, the verb must be at `j` itself (inverted frames: "…,"
/// continued the minister).
pub fn frame_cue(toks: &[Tok], j: usize, bare: bool) -> Option<Cue> {
    let general = if bare {
        bare_cue(toks, j, false)
    } else {
        cue(toks, j)
    };
    if general.is_some() {
        return general;
    }
    let mut k = j;
    while !bare && toks.get(k).is_some_and(is_adverb) {
        k += 1;
    }
    let t = toks.get(k)?;
    if !t.is_word() || t.is_capitalised() {
        return None;
    }
    for verb in speech::FRAME_ONLY_VERBS {
        // Third person or past only.
        if !verb.forms[1..=2].iter().any(|f| t.is(f)) {
            continue;
        }
        let mut next = k + 1;
        if let Some(p) = verb.particle {
            if !toks.get(next).is_some_and(|n| n.is(p)) {
                continue;
            }
            next += 1;
        }
        return Some(Cue {
            start: k,
            next,
            range: t.range.start..toks[next - 1].range.end,
            verb,
        });
    }
    None
}

/// "call" at `k` followed by an object and a quotation: "called the plan
/// "reckless"".
fn call_by_name(toks: &[Tok], k: usize) -> Option<Cue> {
    let t = toks.get(k)?;
    // "called on", "called for" are the directive verbs.
    if toks
        .get(k + 1)
        .is_some_and(|n| n.is("on") || n.is("upon") || n.is("for"))
    {
        return None;
    }
    let last = (k + 1..toks.len().min(k + 8))
        .take_while(|&m| toks[m].is_word() && !is_verbish(&toks[m]))
        .last()?;
    if !toks
        .get(last + 1)
        .is_some_and(|n| matches!(n.kind, Kind::Open(_)))
    {
        return None;
    }
    Some(Cue {
        start: k,
        next: k + 1,
        range: t.range.clone(),
        verb: &speech::CALL_BY_NAME,
    })
}

/// A gerund or finite cue at token `k` that opens a further speech act of
/// the same speaker ("calling on", "and stressed"); `gerund` allows the
/// "-ing" form.
pub fn bare_cue(toks: &[Tok], k: usize, gerund: bool) -> Option<Cue> {
    let t = toks.get(k)?;
    if !t.is_word() || t.is_capitalised() {
        return None;
    }
    if (gerund && t.is("calling")) || t.is("called") || t.is("calls") {
        if let Some(c) = call_by_name(toks, k) {
            return Some(c);
        }
    }
    for (verb, form) in speech::lookup(t.text) {
        let ok = match form {
            Form::Gerund => gerund,
            Form::Past | Form::Third => true,
            _ => false,
        };
        if !ok {
            continue;
        }
        let mut next = k + 1;
        if let Some(p) = verb.particle {
            if !toks.get(k + 1).is_some_and(|x| x.is(p)) {
                continue;
            }
            next += 1;
        }
        return Some(Cue {
            start: k,
            next,
            range: toks[k].range.start..toks[next - 1].range.end,
            verb,
        });
    }
    None
}

/// Skips adjuncts after a cue ("on Wednesday", "in a statement", "in
/// March", "late on Tuesday") and returns the next token.
fn skip_adjuncts(toks: &[Tok], mut k: usize, end: usize) -> usize {
    for _ in 0..4 {
        let Some(t) = toks.get(k).filter(|_| k < end) else {
            break;
        };
        if t.is_punct(',') {
            k += 1;
            continue;
        }
        if !lower_is(Some(t), ADJUNCT_PREPOSITIONS) {
            break;
        }
        let mut m = k + 1;
        let mut consumed = 0;
        while m < end && consumed < 5 {
            let w = &toks[m];
            let timeish = w.is_word()
                && (is_in(TIME_WORDS, w.text) || w.text.chars().all(|c| c.is_ascii_digit()));
            let occasion = w.is_word()
                && (is_in(OCCASION_NOUNS, w.text)
                    || (is_in(DETERMINERS, w.text)
                        && toks.get(m + 1).is_some_and(|n| {
                            n.is_word()
                                && (is_in(OCCASION_NOUNS, n.text) || is_in(TIME_WORDS, n.text))
                        })));
            let prep = lower_is(Some(w), ADJUNCT_PREPOSITIONS) && consumed > 0;
            if timeish || occasion || prep {
                m += 1;
                consumed += 1;
            } else {
                break;
            }
        }
        if consumed == 0 {
            break;
        }
        k = m;
    }
    k
}

/// The word "that" opening a complement clause within `window` words of
/// `k`, with no verb in between (so not a relative "that").
fn find_that(toks: &[Tok], k: usize, end: usize, window: usize) -> Option<usize> {
    let mut words = 0;
    for (m, t) in toks.iter().enumerate().take(end).skip(k) {
        match t.kind {
            Kind::Word => {
                if t.is("that") {
                    return Some(m);
                }
                if is_verbish(t) || is_in(WH_WORDS, t.text) {
                    return None;
                }
                words += 1;
                if words > window {
                    return None;
                }
            }
            Kind::Punct(',' | '(' | ')') => {}
            _ => return None,
        }
    }
    None
}

/// `told the paper he had seen …`: where the clause after an addressee
/// starts, when one plainly does (a pronoun, determiner or name right after
/// a short addressee).
fn addressee_then_clause(toks: &[Tok], n: usize, end: usize) -> Option<usize> {
    let t = toks.get(n)?;
    let after = if t.is_word()
        && !t.is_capitalised()
        && t.text.ends_with('s')
        && !is_in(DETERMINERS, t.text)
    {
        n + 1 // "reporters", "journalists"
    } else {
        let np = noun_phrase(toks, n)?;
        if np.end - np.start > 6 {
            return None;
        }
        np.end
    };
    let next = toks.get(after).filter(|_| after < end)?;
    let clause = next.is_word()
        && !is_verbish(next)
        && (is_in(PRONOUNS, next.text) || is_in(DETERMINERS, next.text) || next.is_capitalised());
    clause.then_some(after)
}

/// Where the content of `cue` starts, or `None` when the cue has no
/// content ("told what exactly …", "said." at the end).
pub fn content_start(toks: &[Tok], cue: &Cue, end: usize) -> Option<usize> {
    let n = cue.next;
    if n >= end {
        return None;
    }
    let wh = |k: usize| lower_is(toks.get(k), WH_WORDS) && !toks[k].is("that");
    let start = match cue.verb.frame {
        Frame::Say => {
            if let Some(t) = find_that(toks, n, end, 12) {
                t + 1
            } else {
                let mut k = skip_adjuncts(toks, n, end);
                while toks
                    .get(k)
                    .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
                {
                    k += 1;
                }
                k
            }
        }
        Frame::Tell => {
            if wh(n) {
                return None;
            }
            match find_that(toks, n, end, 20) {
                Some(t) => t + 1,
                None => addressee_then_clause(toks, n, end).unwrap_or(cue.start),
            }
        }
        Frame::That => {
            let k = skip_adjuncts(toks, n, end);
            // "stressed that …" / "stressed: the plan …"
            if toks.get(k).is_some_and(|t| t.is("that") || t.is_punct(':')) {
                k + 1
            } else {
                cue.start
            }
        }
        Frame::Act => cue.start,
    };
    if start >= end || wh(start) {
        return None;
    }
    // Content must have at least one word.
    if !toks[start..end].iter().any(Tok::is_word) {
        return None;
    }
    Some(start)
}

/// Splits the predicate `from..end` at further speech acts of the same
/// speaker: coordinated cues ("…, expressed Y, and stressed Z", "… but
/// suggested …") and participial ones ("…, calling on Y to …", "-- adding
/// that …"). Returns each act's first token and its cue (the first act's cue
/// is `None`: the caller's).
pub fn split_acts(toks: &[Tok], from: usize, end: usize) -> Vec<(usize, Option<Cue>)> {
    let mut out = vec![(from, None)];
    let mut k = from + 1;
    while k < end {
        let t = &toks[k];
        let sep_comma = t.is_punct(',') || t.is_punct(';') || t.is_dash();
        let sep_and = t.is("and") || t.is("but");
        if !(sep_comma || sep_and) {
            k += 1;
            continue;
        }
        let mut m = k + 1;
        while m < end && matches!(toks[m].kind, Kind::Close(_)) {
            m += 1;
        }
        // ", and" / ", but" / "-- then"
        while m < end
            && (toks[m].is("and") || toks[m].is("but") || toks[m].is("then") || toks[m].is_dash())
        {
            m += 1;
        }
        while m < end && is_adverb(&toks[m]) {
            m += 1;
        }
        let gerund_ok = sep_comma || sep_and;
        if let Some(c) = bare_cue(toks, m, gerund_ok).filter(|c| c.next < end) {
            // `…,” adding`: the closing mark belongs to the act before.
            let mut at = k;
            while at + 1 < m && matches!(toks[at + 1].kind, Kind::Close(_)) {
                at += 1;
            }
            if at > k {
                at += 1;
            }
            out.push((at, Some(c)));
            k = m + 1;
            continue;
        }
        k += 1;
    }
    out
}
