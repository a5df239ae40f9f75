//! Where the content of a cue starts, and the further speech acts a
//! predicate coordinates.

use super::super::tokens::{is_adverb, is_verbish, lex, Kind, Tok};
use super::cue::{bare_cue, Cue};
use super::lower_in;
use super::phrase::noun_phrase;
use crate::lexicon::speech::{self, Frame};

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
        if !lower_in(Some(t), lex::ADJUNCT_PREPOSITIONS) {
            break;
        }
        let mut m = k + 1;
        let mut consumed = 0;
        while m < end && consumed < 5 {
            let w = &toks[m];
            let timeish = w.is_word()
                && (w.is_in(lex::TIME_WORDS) || w.text.chars().all(|c| c.is_ascii_digit()));
            let occasion = w.is_word()
                && (w.is_in(lex::OCCASION_NOUNS)
                    || (w.is_in(lex::DETERMINERS)
                        && toks.get(m + 1).is_some_and(|n| {
                            n.is_word()
                                && (n.is_in(lex::OCCASION_NOUNS) || n.is_in(lex::TIME_WORDS))
                        })));
            let prep = lower_in(Some(w), lex::ADJUNCT_PREPOSITIONS) && consumed > 0;
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
                if is_verbish(t) || t.is_in(lex::WH_WORDS) {
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
        && !t.is_in(lex::DETERMINERS)
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
        && (next.is_in(lex::PRONOUNS) || next.is_in(lex::DETERMINERS) || next.is_capitalised());
    clause.then_some(after)
}

/// Where the content of `cue` starts, or `None` when the cue has no
/// content ("told what exactly …", "said." at the end).
pub fn content_start(toks: &[Tok], cue: &Cue, end: usize) -> Option<usize> {
    let n = cue.next;
    if n >= end {
        return None;
    }
    let wh = |k: usize| lower_in(toks.get(k), lex::WH_WORDS) && !toks[k].is("that");
    let start = match cue.verb.frame {
        Frame::Say => {
            if let Some(t) = find_that(toks, n, end, 12) {
                t + 1
            } else {
                let mut k = skip_adjuncts(toks, n, end);
                let mut marked = false;
                while toks
                    .get(k)
                    .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
                {
                    marked = true;
                    k += 1;
                }
                // "said this on Telegram": the content was elsewhere.
                if !marked
                    && toks.get(k).is_some_and(|t| t.is("this") || t.is("so"))
                    && toks
                        .get(k + 1)
                        .is_none_or(|n| !n.is_word() || n.is_in(lex::ADJUNCT_PREPOSITIONS))
                {
                    return None;
                }
                // "wrote a book", "answered questions": no content unless
                // a colon or a quotation introduces it.
                let opens = toks.get(k).is_some_and(|t| matches!(t.kind, Kind::Open(_)));
                if speech::needs_clause(cue.verb) && !marked && !opens {
                    return None;
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
                None => match addressee_then_clause(toks, n, end) {
                    Some(k) => k,
                    // "told the story of …", "informed the court": no
                    // content; "warned drivers against …": the act itself.
                    None if speech::needs_clause(cue.verb) => return None,
                    None => cue.start,
                },
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
