//! Cues: the speech verb after a speaker phrase, with its auxiliaries,
//! adverbs, "tried to" and particles.

use std::ops::Range;

use super::super::tokens::{is_adverb, is_verbish, lex, Kind, Tok};
use super::phrase::base_verb_here;
use crate::lexicon::grammar::{is_in, PASSIVE_AUXILIARIES};
use crate::lexicon::speech::{self, Form, SpeechVerb};

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
        if t.is_in(lex::NEGATIONS) {
            return None;
        }
        if t.is_in(lex::AUXILIARIES) {
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
    for (verb, form) in t.speech_forms() {
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
    for (verb, form) in t.speech_forms() {
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
