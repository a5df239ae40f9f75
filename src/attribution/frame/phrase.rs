//! Speaker phrases: a name, a description or a pronoun, with an
//! appositive, up to the cue.

use std::ops::Range;

use super::super::tokens::{is_verbish, lex, Kind, Tok};
use super::lower_is;
use crate::lexicon::abbreviations;
use crate::lexicon::grammar::is_in;
use crate::lexicon::speech::Form;

/// Longest speaker phrase, in words.
const MAX_NP_WORDS: usize = 16;

/// A speaker phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Np {
    /// First token.
    pub start: usize,
    /// One past the last token of the phrase (appositive included when it
    /// is a name: "Spain's Interior Minister, Jean Dupont,").
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

/// Whether the word at `i` starts a particle speech verb ("call on").
fn is_particle_cue(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    t.is_word()
        && t.speech_forms().any(|(v, _)| {
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
                    || n.is_in(lex::DETERMINERS)
                    || n.is_in(lex::PRONOUNS)
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
        && t.speech_forms().any(|(_, f)| f == Form::Base)
        && (verb_object_follows(toks.get(k + 1))
            || (after_source_noun(toks, k) && toks[k - 1].text.ends_with('s')))
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
            w.is_word() && (w.is_in(lex::TIME_WORDS) || w.text.chars().all(|c| c.is_ascii_digit()))
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

/// Skips a participle and its adjunct after a noun phrase ("published on
/// Monday", "seen by Reuters") when a cue follows within a few words.
fn skip_reduced_relative(toks: &[Tok], k: usize) -> usize {
    let Some(t) = toks.get(k) else { return k };
    let participle = t.is_word()
        && !t.is_capitalised()
        && (t.is_in(lex::IRREGULAR_PAST) || (t.text.len() > 4 && t.text.ends_with("ed")))
        && t.speech_forms().next().is_none();
    let preposition = toks.get(k + 1).is_some_and(|n| {
        n.is_word()
            && is_in(
                &["by", "on", "in", "at", "last", "this", "earlier", "from"],
                n.text,
            )
    });
    if !participle || !preposition {
        return k;
    }
    for m in k + 2..toks.len().min(k + 10) {
        if !toks[m].is_word() {
            break;
        }
        if super::cue::cue(toks, m).is_some() {
            return m;
        }
    }
    k
}

/// Skips a short prepositional phrase after a noun phrase ("at the plant",
/// "from the region") when a cue follows right after it.
fn skip_prepositional(toks: &[Tok], k: usize) -> usize {
    if !lower_is(toks.get(k), &["at", "from", "in", "on", "with"]) {
        return k;
    }
    for m in k + 2..toks.len().min(k + 7) {
        let t = &toks[m];
        if !t.is_word() {
            break;
        }
        if super::cue::cue(toks, m).is_some() {
            return m;
        }
        if is_verbish(t) || t.is_in(lex::NP_STOPS) || t.is_in(lex::PRONOUNS) {
            break;
        }
    }
    k
}

/// Whether the word at `k` (inside a phrase) reads as a third-person speech
/// verb ("Smith warns that", "Spain denies …") rather than a plural noun
/// ("false claims about", "the reports said").
fn third_verb_here(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    if !t.is_word()
        || t.is_capitalised()
        || !t
            .speech_forms()
            .any(|(v, f)| f == Form::Third && v.particle.is_none())
    {
        return false;
    }
    let after_name = k
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is_capitalised() && !p.is_in(lex::DETERMINERS));
    after_name || after_source_noun(toks, k) || verb_object_follows(toks.get(k + 1))
}

/// Whether the word before `k` is a lower-case source noun ("owner
/// denies …", "workers describe …"): a verb form right after one is its
/// predicate, not part of a compound noun.
fn after_source_noun(toks: &[Tok], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is_word() && !p.is_capitalised() && p.is_in(lex::SOURCE_NOUNS))
}

/// Whether the "and" of a phrase joins words inside one name or title
/// ("Department for Business and Trade", "Health and Safety Minister Jane
/// Doe") rather than two speakers ("Smith and Jones").
fn and_inside_a_name(np: &[Tok]) -> bool {
    let Some(at) = np.iter().position(|t| t.is("and")) else {
        return false;
    };
    let of_before = np[..at]
        .iter()
        .any(|t| !t.is_capitalised() && is_in(&["of", "for"], t.text));
    let left = np[..at].iter().filter(|t| t.is_word()).count();
    let right = np[at + 1..].iter().filter(|t| t.is_word()).count();
    let capitals = np[at + 1..]
        .iter()
        .filter(|t| t.is_word())
        .all(|t| t.is_capitalised());
    of_before || (left == 1 && right >= 3 && capitals)
}

/// Whether a few lower-case words at `i` describe the name that follows
/// them ("transport expert Jane Doe", "union official John Smith").
fn described_name(toks: &[Tok], i: usize) -> bool {
    for k in i..toks.len().min(i + 4) {
        let t = &toks[k];
        if !t.is_word() {
            return false;
        }
        if t.is_capitalised() {
            // A name of two capitalised words, not a sentence's next start.
            return k > i
                && !t.is_in(lex::NON_SUBJECTS)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && n.is_capitalised());
        }
        if is_verbish(t)
            || t.is_in(lex::NON_SUBJECTS)
            || t.is_in(lex::NP_STOPS)
            || t.is_in(lex::PRONOUNS)
            || t.is_in(lex::DETERMINERS)
            || t.speech_forms().next().is_some()
        {
            return false;
        }
    }
    false
}

/// The speaker phrase starting at token `i`.
pub fn noun_phrase(toks: &[Tok], i: usize) -> Option<Np> {
    let first = toks.get(i)?;
    if !first.is_word() {
        return None;
    }
    if first.is_in(lex::PRONOUNS) {
        return Some(Np {
            start: i,
            end: i + 1,
            next: i + 1,
            range: first.range.clone(),
            coordinated: false,
            first_person: first.is_in(lex::FIRST_PERSON),
        });
    }
    if first.is_in(lex::NON_SUBJECTS) {
        return None;
    }
    let valid = first.is_capitalised()
        || first.is_in(lex::DETERMINERS)
        || first.is_in(lex::SOURCE_NOUNS)
        || described_name(toks, i);
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
                        || t.is_in(lex::NP_STOPS)
                        || t.is_in(lex::PRONOUNS)
                        || is_particle_cue(toks, j)
                        || base_verb_here(toks, j)
                        || third_verb_here(toks, j)
                    {
                        break;
                    }
                    if t.is("and") || t.is("nor") {
                        let next = toks.get(j + 1);
                        if next.is_some_and(|n| {
                            n.is_word() && !is_verbish(n) && !n.is_in(lex::NP_STOPS)
                        }) {
                            coordinated = true;
                        } else {
                            break;
                        }
                    }
                }
                if j > i && t.text == "And" {
                    break;
                }
                words += 1;
                if words > MAX_NP_WORDS {
                    return None;
                }
                j += 1;
            }
            Kind::Punct('(') => {
                // A short parenthesis inside a name: "Doctors Without Borders (MSF)".
                let close = (j + 1..toks.len().min(j + 6)).find(|&k| toks[k].is_punct(')'));
                match close {
                    Some(k) => j = k + 1,
                    None => break,
                }
            }
            // "the local newspaper "The Herald"": a quoted name ends it.
            Kind::Open(_) if j > i => {
                let close = (j + 1..toks.len().min(j + 7))
                    .take_while(|&k| {
                        toks[k].is_capitalised() || matches!(toks[k].kind, Kind::Close(_))
                    })
                    .find(|&k| matches!(toks[k].kind, Kind::Close(_)));
                match close {
                    Some(k) if k > j + 1 => {
                        j = k + 1;
                        break;
                    }
                    _ => break,
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
            // "Example.com", "news.co": a dot between two words, no spaces.
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
    if coordinated && and_inside_a_name(&toks[i..j]) {
        coordinated = false;
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
    // "A study published on Monday found that": a reduced relative clause.
    np.next = skip_reduced_relative(toks, np.next);
    // "The council, however, said": an interjected adverb.
    if toks.get(np.next).is_some_and(|t| t.is_punct(','))
        && lower_is(
            toks.get(np.next + 1),
            &[
                "however",
                "meanwhile",
                "though",
                "too",
                "instead",
                "likewise",
            ],
        )
        && toks.get(np.next + 2).is_some_and(|t| t.is_punct(','))
    {
        np.next += 3;
    }
    // "Workers at the plant said": a short prepositional phrase.
    np.next = skip_prepositional(toks, np.next);
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
                        && (t.is_in(lex::IRREGULAR_PAST) || (t.text.len() > 4 && t.text.ends_with("ed"))))
            });
            // "X, of the Y," / "X, chairman of the Y," / "X, spokesman for Y,".
            let role = inner
                .iter()
                .take(4)
                .position(|t| {
                    !t.is_capitalised() && is_in(&["of", "for", "at", "to", "from"], t.text)
                })
                .is_some_and(|p| {
                    inner[..p]
                        .iter()
                        .all(|t| (t.is_word() && !is_verbish(t)) || t.is_dash())
                });
            let described = described || role;
            let named = !inner.is_empty()
                && inner.iter().filter(|t| t.is_word()).count() <= 4
                && inner.iter().all(|t| t.is_capitalised() || t.is_punct('.'));
            if described || named {
                np.next = k + 1;
                if named {
                    // "The health and safety minister, Jane Doe,": one person.
                    np.coordinated = false;
                    np.end = k;
                    np.range = toks[i].range.start..toks[k - 1].range.end;
                }
            }
        }
    }
    Some(np)
}
