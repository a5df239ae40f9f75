//! Stage 5b: where accounts differ.
//!
//! Four kinds of difference are found, each as a [`Conflict`] naming its
//! statements, their claims and a one-line note:
//!
//! - **Denial**: a statement with a denial cue ([`crate::lexicon::negation`]:
//!   "denied", "rejected", "not true", "neither … nor", "nothing of the
//!   sort") is linked to what it denies. An anaphoric denial ("denied
//!   *this*", "anything *of the sort*") denies the nearest statement before
//!   it in the same article by another speaker; an explicit one ("denied
//!   that the troops shelled the town") the best-matching statement by key
//!   terms anywhere. Weak denials ("no information", "no evidence") count
//!   only against a matching affirmative statement by another speaker.
//! - **Account**: one outlet says a side has not reported or commented
//!   ("Peru has not officially reported the call") while another article
//!   carries that side's account (a statement it made or relayed).
//!   Also an account: statements by two known sides that say the same
//!   thing, one affirmed and one negated, and statements naming different
//!   countries as the one who asked for the exchange ("at the request of
//!   the Spanish side").
//! - **Number**: figures for the same quantity (deaths, injuries, or the
//!   noun counted) in statements about the same thing in different articles.
//!   Each figure is read with its qualifier as an interval; when the
//!   intervals overlap the note says the difference is rounding or a
//!   qualifier, otherwise that the figures disagree.
//! - **Date**: "first since October 2022", "first in 1.5 years", "last
//!   spoke in October 2022": each is turned into the range of days the
//!   previous occurrence may lie in, relative to the article's date (or the
//!   bundle's latest known date), and compared the same way.
//!
//! Denials and accounts make every claim involved `disputed`, with one
//! limit for silence: a "not reported" account lists all the statements
//! (and claims) of the side's account, but disputes only the "not
//! reported" claim and the claims that carry what it says went
//! unreported (every key term of "the call from France" when it has one or
//! two, two thirds of more); the rest of what that side said is not
//! contradicted by the silence. Numbers and
//! dates do only when they really disagree: a rounding or qualifier
//! difference ("144" / "over 140") is reported but disputes nothing.
//! Afterwards the claims are re-sorted (disputed first) and renumbered.

mod sides;

use std::cell::OnceCell;
use std::sync::OnceLock;

use crate::claim::dates::{elapsed_in, month_name, parse_iso};
use crate::claim::terms::key_terms;
use crate::claim::{self, Focus, Profiles};
use crate::lexicon::negation;
use crate::model::{
    ArticleInfo, Claim, ClaimStatus, Conflict, ConflictKind, Speaker, Statement, StatementKind,
};
use crate::text::FastMap;

/// What the conflict stage may know besides the statements: the articles
/// (outlets for the notes, dates for durations) and the speakers (names for
/// the notes, and to tell whose account a statement is). Either may be
/// empty.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// The articles, indexed by `Statement::article`.
    pub articles: &'a [ArticleInfo],
    /// The speakers, indexed by `Statement::speaker` and `Statement::via`.
    pub speakers: &'a [Speaker],
}

/// Finds conflicts among `statements` grouped as `claims`, and marks the
/// claims involved as disputed. Same as [`detect_in`] without context.
pub fn detect(statements: &[Statement], claims: &mut [Claim]) -> Vec<Conflict> {
    detect_in(statements, Context::default(), claims)
}

/// Finds conflicts among `statements` grouped as `claims`, marks the claims
/// involved as disputed, and re-sorts `claims` (disputed first; ids
/// renumbered, conflicts updated).
pub fn detect_in(statements: &[Statement], ctx: Context, claims: &mut [Claim]) -> Vec<Conflict> {
    detect_with(statements, ctx, claims, &Profiles::of(statements))
}

/// Like [`detect_in`], with the `profiles` of `statements`
/// ([`Profiles::of`]) already built (claim alignment uses them too).
pub fn detect_with(
    statements: &[Statement],
    ctx: Context,
    claims: &mut [Claim],
    profiles: &Profiles,
) -> Vec<Conflict> {
    // What each statement's words may signal ([`cues`]): most statements
    // hold no word that starts a denial, a silence, a "first since" or a
    // request, and are skipped by those scans at once.
    let marks = word_cues(profiles);
    let cues: Vec<u8> = (0..statements.len())
        .map(|i| {
            let words = profiles.words.get(i).iter();
            words.fold(0, |m, &w| m | marks[w as usize])
        })
        .collect();
    let mut claim_of = vec![usize::MAX; statements.len()];
    for c in claims.iter() {
        for &s in &c.statements {
            if let Some(slot) = claim_of.get_mut(s) {
                *slot = c.id;
            }
        }
    }
    let finder = Finder {
        statements,
        ctx,
        claim_of,
        profiles,
        denial: (0..statements.len())
            .map(|i| {
                let cue_denies = profiles.cue_denies.get(i).copied().unwrap_or(false);
                let c = cues[i];
                // A denial verb or one-word phrase, or a phrase's first and
                // a later word; without them, only a denying cue denies.
                let may = c & cues::DENIAL != 0
                    || (c & cues::DENIAL_HEAD != 0 && c & cues::DENIAL_TAIL != 0);
                let words = (cue_denies || may).then(|| profiles.words_of(i))?;
                denial_kind(&words, profiles.term_counts[i], cue_denies)
            })
            .collect(),
        outlets: vec![OnceCell::new(); ctx.articles.len()],
        silent: (0..statements.len())
            .map(|i| {
                let words = (cues[i] & cues::SILENCE != 0).then(|| profiles.words_of(i))?;
                silent_side(profiles, &words)
            })
            .collect(),
        speaker_names: vec![OnceCell::new(); ctx.speakers.len()],
        cues,
    };
    let mut conflicts = Vec::new();
    let (denials, relabel) = finder.denials();
    conflicts.extend(denials);
    // The claims each conflict disputes: all of them, but for a silence
    // only some (see the module docs), and for figures only when they
    // really disagree.
    let mut disputed: Vec<Vec<usize>> = conflicts.iter().map(|c| c.claims.clone()).collect();
    for (c, d) in finder.accounts() {
        conflicts.push(c);
        disputed.push(d);
    }
    conflicts.extend(finder.contradictions());
    conflicts.extend(finder.initiatives());
    conflicts.extend(finder.numbers());
    conflicts.extend(finder.dates());
    for c in &conflicts[disputed.len()..] {
        let disputes = match c.kind {
            ConflictKind::Denial | ConflictKind::Account => true,
            _ => c.note.ends_with(DISAGREE),
        };
        disputed.push(if disputes {
            c.claims.clone()
        } else {
            Vec::new()
        });
    }
    for &id in disputed.iter().flatten() {
        if let Some(claim) = claims.get_mut(id).filter(|x| x.id == id) {
            claim.status = ClaimStatus::Disputed;
        }
    }
    // An anaphoric denial ("denied this") reads as what it denies.
    for (denier, label, drawn_from) in relabel {
        if let Some(c) = claims.get_mut(denier).filter(|c| c.id == denier) {
            let applies = match drawn_from {
                Some(own) => c.label == own,
                None => key_terms(&c.label).len() <= ANAPHORIC_LABEL_TERMS,
            };
            if applies {
                c.label = label;
            }
        }
    }
    let remap = claim::sort(claims, statements);
    for c in &mut conflicts {
        for id in &mut c.claims {
            *id = remap.get(*id).copied().unwrap_or(*id);
        }
        crate::order::sort(&mut c.claims);
        c.claims.dedup();
    }
    conflicts
}

/// One "not reported" conflict being gathered ([`Finder::accounts`]).
struct Accounts {
    /// The statements that say the side is silent, in order found.
    silent: Vec<usize>,
    /// The statements (ids) of the side's account, ascending.
    targets: Vec<usize>,
    /// [`fingerprint`] of `targets`.
    key: u64,
    /// The claims involved, and those disputed (repeats allowed).
    claims: Vec<usize>,
    disputed: Vec<usize>,
}

/// A hash of `ids`, to tell most unequal lists apart without comparing
/// them.
fn fingerprint(ids: &[usize]) -> u64 {
    ids.iter().fold(ids.len() as u64, |h, &x| {
        (h.rotate_left(5) ^ x as u64).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

/// Who a statement is by, as far as naming a side goes: its speaker, its
/// relay and its mention (an index into the distinct mentions).
type Voice = (Option<usize>, Option<usize>, Option<usize>);

/// The end of a note for figures or dates that really disagree.
pub const DISAGREE: &str = "they disagree";
/// The end of a note for figures or dates that differ only in wording.
pub const CONSISTENT: &str = "consistent (rounding or qualifier)";

/// A denying claim's new label: the claim, the label, and the label it must
/// still have to be replaced (`None`: any label of at most
/// [`ANAPHORIC_LABEL_TERMS`] key terms, such as "Denied this").
type Relabel = (usize, String, Option<String>);

/// Most key terms in the label of a denying claim relabelled with what it
/// denies ("Denied this" → "Denies: …").
const ANAPHORIC_LABEL_TERMS: usize = 2;
/// How far back an anaphoric denial looks for what it denies.
const LOOKBACK: usize = 4;
/// Least score for a denial to be linked by key terms.
const DENIAL_MATCH: f32 = 0.3;
/// Most statements compared per quantity or date group.
const GROUP_CAP: usize = 64;

/// What [`Finder::best_match`] reuses from one denial to the next.
struct Search<'p> {
    /// The denial's terms marked.
    focus: Focus<'p>,
    /// One mark per statement, all zero between searches.
    seen: Vec<u8>,
    /// The candidates before the denial and after it.
    back: Vec<u32>,
    ahead: Vec<u32>,
}

struct Finder<'a> {
    statements: &'a [Statement],
    ctx: Context<'a>,
    claim_of: Vec<usize>,
    profiles: &'a Profiles,
    /// What the words of each statement may signal ([`cues`]).
    cues: Vec<u8>,
    /// Each article's outlet as the notes name it, found when first needed.
    outlets: Vec<OnceCell<String>>,
    /// How each statement denies, if it does.
    denial: Vec<Option<Denial>>,
    /// For each statement that says a side is silent ("has not reported"),
    /// the key terms of that side.
    silent: Vec<Option<Vec<u32>>>,
    /// Key terms of each speaker's name, aliases and role.
    /// Found when first needed ([`Finder::speaker_names`]).
    speaker_names: Vec<OnceCell<Vec<Vec<u32>>>>,
}

/// How a statement denies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Denial {
    /// Points back: "denied this", "nothing of the sort".
    Anaphoric,
    /// Names what it denies: "denied that …".
    Explicit,
    /// Describes what it denies: "denied the Peruvian account".
    Described,
    /// "no information", "no evidence".
    Weak,
}

/// Bits for what a word may signal, so that a scan can skip the statements
/// none of whose words may start what it looks for ([`word_cues`]).
mod cues {
    /// A denial verb, a denial phrase of one word, or "neither"
    /// ([`super::lexicon_cues`]).
    pub const DENIAL: u8 = 1;
    /// The first word of a denial phrase of several words.
    pub const DENIAL_HEAD: u8 = 16;
    /// A later word of a denial phrase of several words.
    pub const DENIAL_TAIL: u8 = 32;
    /// The first word of a silence phrase ([`super::silence_firsts`]).
    pub const SILENCE: u8 = 2;
    /// "first" or "last" ([`crate::claim::dates::may_start_elapsed`]).
    pub const ELAPSED: u8 = 4;
    /// A word of asking ([`super::sides::asks`]).
    pub const ASKED: u8 = 8;
}

/// The [`cues`] of each distinct word of the statements, by word id
/// ([`Profiles::word`]).
fn word_cues(profiles: &Profiles) -> Vec<u8> {
    let lexicon = lexicon_cues();
    (0..profiles.word_count() as u32)
        .map(|id| {
            let w = profiles.word(id);
            let bit = |yes: bool, bit: u8| if yes { bit } else { 0 };
            lexicon.get(w).map_or(0, |&bits| bits as u8)
                | bit(crate::claim::dates::may_start_elapsed(w), cues::ELAPSED)
                | bit(sides::asks(w), cues::ASKED)
        })
        .collect()
}

/// The [`cues`] of the words of the denial and silence lexicons
/// ([`crate::lexicon::negation`]).
fn lexicon_cues() -> FastMap<&'static str, usize> {
    let mut bits: FastMap<&str, usize> = FastMap::default();
    let mut mark = |w: &'static str, bit: u8| *bits.entry(w).or_default() |= usize::from(bit);
    for &verb in negation::DENIAL_VERBS {
        mark(verb, cues::DENIAL);
    }
    mark(negation::NEITHER_NOR.0, cues::DENIAL);
    let denials = negation::DENIAL_PHRASES.iter();
    for phrase in denials.chain(negation::WEAK_DENIAL_PHRASES) {
        match phrase {
            [one] => mark(one, cues::DENIAL),
            [first, rest @ ..] => {
                mark(first, cues::DENIAL_HEAD);
                rest.iter().for_each(|w| mark(w, cues::DENIAL_TAIL));
            }
            [] => {}
        }
    }
    for &first in silence_firsts() {
        mark(first, cues::SILENCE);
    }
    bits
}

fn has_phrase(words: &[&str], phrase: &[&str]) -> bool {
    phrase.len() <= words.len()
        && words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
}

/// Whether and how a statement denies something, from its folded `words`,
/// the number of its key terms (`key_terms`, repeats counted) and whether
/// its cue denies ([`Profiles::cue_denies`]). Most statements hold none of
/// the words it looks for ([`cues`]) and are not asked.
fn denial_kind(words: &[&str], key_terms: usize, cue_denies: bool) -> Option<Denial> {
    let verb_at = words
        .iter()
        .position(|w| negation::DENIAL_VERBS.contains(w));
    let phrase = negation::DENIAL_PHRASES
        .iter()
        .any(|p| has_phrase(words, p));
    let (neither, nor) = negation::NEITHER_NOR;
    let neither_nor = words
        .iter()
        .position(|w| *w == neither)
        .is_some_and(|i| words[i..].contains(&nor));
    // "this", "it" right after the verb; "that" only when it ends the
    // clause ("denied that."), not as "denied that X did Y".
    let anaphor_near = |from: usize| {
        let from = from.min(words.len());
        words[from..(from + 2).min(words.len())]
            .iter()
            .enumerate()
            .any(|(k, w)| {
                negation::ANAPHORS.contains(w) && (*w != "that" || words.len() <= from + k + 2)
            })
    };
    let described_near = |from: usize| {
        let from = from.min(words.len());
        words[from..(from + 4).min(words.len())]
            .iter()
            .any(|w| negation::REFERENCES.contains(w))
    };
    if cue_denies {
        let content = key_terms;
        return Some(if content <= 2 || (content <= 3 && anaphor_near(0)) {
            Denial::Anaphoric
        } else {
            Denial::Explicit
        });
    }
    if let Some(i) = verb_at {
        return Some(if anaphor_near(i + 1) || words.len() <= i + 2 {
            Denial::Anaphoric
        } else if described_near(i + 1) {
            Denial::Described
        } else {
            Denial::Explicit
        });
    }
    if phrase || neither_nor {
        let tail = words
            .iter()
            .any(|w| matches!(*w, "sort" | "kind" | "such" | "that" | "this" | "it"));
        return Some(if tail {
            Denial::Anaphoric
        } else {
            Denial::Explicit
        });
    }
    if negation::WEAK_DENIAL_PHRASES
        .iter()
        .any(|p| has_phrase(words, p))
    {
        return Some(Denial::Weak);
    }
    None
}

/// True when a statement is the content of a denial cue that states what is
/// denied ("denied [that] any exit had been locked"), rather than a denial
/// in its own words ("rejected those claims", "denied this"). `words` are
/// its folded words, `key_terms` the number of its key terms, `cue_denies`
/// whether its cue denies.
fn states_denied(words: &[&str], key_terms: usize, cue_denies: bool) -> bool {
    cue_denies
        && key_terms >= 2
        && !words.iter().any(|w| {
            negation::DENIAL_VERBS.contains(w)
                || negation::ANAPHORS.contains(w)
                || negation::REFERENCES.contains(w)
        })
}

/// True when `a` and `b` are known to be different sides: both speakers
/// known, not the same, and neither relays the other. Unknown speakers
/// count as another side only for narration.
fn other_side(a: &Statement, b: &Statement) -> bool {
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => x != y && a.via != Some(y) && b.via != Some(x),
        _ => true,
    }
}

impl Finder<'_> {
    /// [`states_denied`] of statement `i`.
    fn states_denied(&self, i: usize) -> bool {
        let p = self.profiles;
        let cue_denies = p.cue_denies.get(i).copied().unwrap_or(false);
        states_denied(&p.words_of(i), p.term_counts[i], cue_denies)
    }

    fn outlet(&self, article: usize) -> String {
        match (self.ctx.articles.get(article), self.outlets.get(article)) {
            (Some(a), Some(cell)) => cell
                .get_or_init(|| {
                    a.outlet
                        .clone()
                        .or_else(|| a.title.as_deref().map(|t| short(t, 40)))
                        .unwrap_or_else(|| a.file.clone())
                })
                .clone(),
            _ => format!("article {}", article + 1),
        }
    }

    fn who(&self, s: &Statement) -> String {
        let name = s
            .speaker
            .and_then(|id| self.ctx.speakers.get(id))
            .map(|sp| sp.name.clone())
            .or_else(|| s.mention.clone());
        match (s.kind, name) {
            (StatementKind::Narration, _) | (_, None) => self.outlet(s.article),
            (_, Some(n)) => n,
        }
    }

    fn claim(&self, s: usize) -> usize {
        self.claim_of.get(s).copied().unwrap_or(usize::MAX)
    }

    /// Denials linked to what they deny; one conflict per (denied claim,
    /// denying claim) pair. Also the new labels of denying claims
    /// ([`Relabel`]).
    fn denials(&self) -> (Vec<Conflict>, Vec<Relabel>) {
        let st = self.statements;
        let mut search = Search {
            focus: Focus::new(self.profiles),
            seen: vec![0u8; st.len()],
            back: Vec::new(),
            ahead: Vec::new(),
        };
        // denied claim -> (denied statements, denying statements), sorted
        // by claim (order::entry)
        type Denied = (Vec<usize>, Vec<usize>);
        let mut found: Vec<(usize, Denied)> = Vec::new();
        let mut unlinked: Vec<usize> = Vec::new();
        let mut weak: Vec<bool> = vec![false; st.len()];
        for (i, s) in st.iter().enumerate() {
            let Some(kind) = self.denial[i] else { continue };
            weak[i] = kind == Denial::Weak;
            let target = match kind {
                Denial::Anaphoric => (1..=LOOKBACK)
                    .filter_map(|k| i.checked_sub(k))
                    .take_while(|&j| st[j].article == s.article)
                    .find(|&j| {
                        self.denial[j].is_none()
                            && (st[j].kind == StatementKind::Narration || other_side(s, &st[j]))
                    })
                    .map(|j| st[j].id),
                // Matched after the others (it joins its article's denial).
                Denial::Described => None,
                Denial::Explicit | Denial::Weak => {
                    self.best_match(&mut search, i, kind == Denial::Weak)
                }
            };
            match target {
                Some(t) if self.claim(t) != self.claim(i) => {
                    let entry = crate::order::entry(&mut found, self.claim(t));
                    entry.0.push(t);
                    entry.1.push(i);
                }
                Some(_) => {}
                None if kind == Denial::Described => unlinked.push(i),
                None if kind == Denial::Anaphoric => {
                    // Nothing just before: it may name its object after all.
                    match self.best_match(&mut search, i, false) {
                        Some(t) if self.claim(t) != self.claim(i) => {
                            let entry = crate::order::entry(&mut found, self.claim(t));
                            entry.0.push(t);
                            entry.1.push(i);
                        }
                        _ => unlinked.push(i),
                    }
                }
                None => {}
            }
        }
        // A denial that describes its target ("Spain denied the Peruvian
        // account") joins its article's other denial, or failing that the
        // best match by key terms.
        for i in unlinked {
            let same_article = found
                .iter_mut()
                .map(|(_, v)| v)
                .find(|(_, d)| d.iter().any(|&x| st[x].article == st[i].article));
            if let Some((_, d)) = same_article {
                d.push(i);
            } else if let Some(t) = self.best_match(&mut search, i, false) {
                if self.claim(t) != self.claim(i) {
                    let entry = crate::order::entry(&mut found, self.claim(t));
                    entry.0.push(t);
                    entry.1.push(i);
                }
            }
        }
        let mut relabel = Vec::new();
        // "denied [that] any exit had been locked": the text is what is
        // denied, not what the speaker asserts, linked or not.
        for (d, s) in st.iter().enumerate() {
            if self.denial[d].is_some() && self.states_denied(d) {
                let own = crate::claim::label::label(&s.text);
                relabel.push((self.claim(d), format!("Denies: {own}"), Some(own)));
            }
        }
        for &(tc, (ref targets, ref deniers)) in &found {
            let Some(&first) = targets.iter().min() else {
                continue;
            };
            for &d in deniers {
                if self.claim(d) == tc || self.states_denied(d) {
                    continue;
                }
                if self.denial[d] == Some(Denial::Anaphoric) {
                    let what = crate::claim::label::label(core(&st[first].text));
                    relabel.push((self.claim(d), format!("Denies: {what}"), None));
                }
            }
        }
        let conflicts = found
            .into_iter()
            .map(|(tc, (mut targets, mut deniers))| {
                crate::order::sort(&mut targets);
                targets.dedup();
                crate::order::sort(&mut deniers);
                deniers.dedup();
                let mut claims = vec![tc];
                for &d in &deniers {
                    claims.push(self.claim(d));
                }
                crate::order::sort(&mut claims);
                claims.dedup();
                let denied = &st[targets[0]];
                // Name the speakers who deny; an outlet's narration only
                // when no one else does.
                let mut by: Vec<String> = Vec::new();
                let attributed = deniers
                    .iter()
                    .any(|&d| st[d].kind != StatementKind::Narration);
                for &d in &deniers {
                    if attributed && st[d].kind == StatementKind::Narration {
                        continue;
                    }
                    let w = self.who(&st[d]);
                    if !by.contains(&w) {
                        by.push(w);
                    }
                }
                let label = crate::claim::label::label(core(&denied.text));
                let outlet = self.outlet(denied.article);
                let source = if denied.kind == StatementKind::Narration {
                    outlet
                } else {
                    format!("{}, {outlet}", self.who(denied))
                };
                let by = join(&by);
                let note = match (deniers.iter().all(|&d| weak[d]), attributed) {
                    (true, true) => format!("No evidence for “{label}” ({source}), says {by}"),
                    (true, false) => format!("No evidence for “{label}” ({source}), reports {by}"),
                    (false, true) => format!("Denied: “{label}” ({source}); denied by {by}"),
                    (false, false) => {
                        format!("Denied: “{label}” ({source}); the denial is reported by {by}")
                    }
                };
                let mut statements = targets;
                statements.extend(deniers);
                Conflict {
                    kind: ConflictKind::Denial,
                    statements,
                    claims,
                    note,
                }
            })
            .collect();
        (conflicts, relabel)
    }

    /// The statement that denial `i` most likely denies, by key terms: by
    /// another side, not itself negative, not narration for a weak denial.
    fn best_match(&self, search: &mut Search, i: usize, weak: bool) -> Option<usize> {
        let index = &self.profiles.index;
        search.focus.set(i);
        let Search {
            focus,
            seen,
            back,
            ahead,
        } = search;
        let focus = &*focus;
        let st = self.statements;
        let s = &st[i];
        let object = if weak {
            weak_object(self.profiles, &self.profiles.words_of(i))
        } else {
            Vec::new()
        };
        // A weak denial is matched by its object, of three terms or more.
        if weak && object.len() < 3 {
            return None;
        }
        let mut best: Option<(f32, usize)> = None;
        let mut consider = |j: usize| {
            let t = &st[j];
            if j == i
                || self.profiles.negative[j]
                || self.denial[j].is_some()
                || !other_side(s, t)
                || (weak && t.kind == StatementKind::Narration)
                || self.claim(j) == self.claim(i)
            {
                return;
            }
            if weak && !covers(self.profiles, j, &object) {
                return;
            }
            let (score, shared) = focus.score(j);
            // A weak denial is matched by its object (all of it) instead.
            let least = if weak { 0.0 } else { DENIAL_MATCH };
            if shared >= 2 && score >= least && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, j));
            }
        };
        // Candidates before and after `i` (the index looks backwards only).
        index.candidates_into(self.profiles.sets.get(i), i, seen, back);
        for &j in back.iter() {
            consider(j as usize);
        }
        // A statement after `i` found again through another term cannot
        // change the choice (the same score does not beat itself): each is
        // considered once, marked in `seen` (all zero again after).
        ahead.clear();
        for &t in self.profiles.sets.get(i) {
            let list = index.postings.get(t as usize);
            let pos = list.partition_point(|&j| (j as usize) <= i);
            for &j in list[pos..].iter().take(claim::index::NEIGHBOURS) {
                if std::mem::replace(&mut seen[j as usize], 1) == 0 {
                    ahead.push(j);
                    consider(j as usize);
                }
            }
        }
        for &j in ahead.iter() {
            seen[j as usize] = 0;
        }
        best.map(|(_, j)| st[j].id)
    }

    /// "X has not reported it" in one article against X's account in another,
    /// each with the claims it disputes.
    fn accounts(&self) -> Vec<(Conflict, Vec<usize>)> {
        let st = self.statements;
        // The accounts of each silent side, found once per side.
        let mut accounts_of: FastMap<&[u32], Vec<usize>> = FastMap::default();
        // The key terms of each statement's mention as written, found once
        // (every silent side is checked against every statement).
        // Mentions repeat ("the minister"): each text's terms found once.
        let mut mentions: Vec<Vec<u32>> = Vec::new();
        let mention_terms: Vec<Option<usize>> = if self.silent.iter().any(Option::is_some) {
            let mut by_text: FastMap<&str, usize> = FastMap::default();
            st.iter()
                .map(|t| {
                    let m = t.mention.as_deref()?;
                    Some(*by_text.entry(m).or_insert_with(|| {
                        mentions.push(self.profiles.key_term_ids(m));
                        mentions.len() - 1
                    }))
                })
                .collect()
        } else {
            Vec::new()
        };
        // Whether a side names a statement's speaker depends only on its
        // speaker, relay and mention: the statements that may carry an
        // account (attributed, not silent themselves), each with the
        // (speaker, relay, mention) it shares with others, judged once per
        // side.
        let mut who: Vec<(usize, usize)> = Vec::new();
        let mut kinds: Vec<Voice> = Vec::new();
        if !mention_terms.is_empty() {
            let mut kind_ids: FastMap<Voice, usize> = FastMap::default();
            for (j, t) in st.iter().enumerate() {
                if t.kind == StatementKind::Narration || self.silent[j].is_some() {
                    continue;
                }
                let key = (t.speaker, t.via, mention_terms.get(j).copied().flatten());
                let k = *kind_ids.entry(key).or_insert_with(|| {
                    kinds.push(key);
                    kinds.len() - 1
                });
                who.push((j, k));
            }
        }
        // One conflict per list of accounts: the silent statements that
        // lead to it, in order found.
        let mut found: Vec<Accounts> = Vec::new();
        for (i, s) in st.iter().enumerate() {
            let Some(subject) = self.silent[i].as_deref() else {
                continue;
            };
            if !accounts_of.contains_key(subject) && accounts_of.len() >= GROUP_CAP {
                continue;
            }
            let all = accounts_of.entry(subject).or_insert_with(|| {
                let mut named = vec![None; self.speaker_names.len()];
                // Whether the subject names each mention, each once.
                let covers = |terms: &Vec<u32>| subject.iter().all(|x| terms.contains(x));
                let by_mention: Vec<bool> = mentions.iter().map(covers).collect();
                let verdicts: Vec<bool> = kinds
                    .iter()
                    .map(|&(speaker, via, mention)| {
                        mention.is_some_and(|m| by_mention[m])
                            || self.names(speaker, via, subject, &mut named)
                    })
                    .collect();
                who.iter()
                    .filter(|&&(_, k)| verdicts[k])
                    .map(|&(j, _)| j)
                    .collect()
            });
            let mut targets: Vec<usize> = all
                .iter()
                .filter(|&&j| st[j].article != s.article)
                .map(|&j| st[j].id)
                .take(GROUP_CAP)
                .collect();
            if targets.is_empty() {
                continue;
            }
            crate::order::sort(&mut targets);
            // Disputed: the silence and the accounts that report the very
            // thing said to be unreported, not everything the side said.
            let carrying = self.carrying(i, &targets);
            let key = fingerprint(&targets);
            // Every silence over the same accounts joins one conflict.
            let at = match found
                .iter()
                .position(|f| f.key == key && f.targets == targets)
            {
                Some(at) => at,
                None => {
                    let claims = targets.iter().map(|&t| self.claim(t)).collect();
                    found.push(Accounts {
                        silent: Vec::new(),
                        targets,
                        key,
                        claims,
                        disputed: Vec::new(),
                    });
                    found.len() - 1
                }
            };
            let f = &mut found[at];
            f.silent.push(i);
            f.claims.push(self.claim(i));
            f.disputed.extend(carrying);
            f.disputed.push(self.claim(i));
        }
        found
            .into_iter()
            .map(|mut f| {
                // The silent statements last found first, then the accounts.
                let mut statements = f.silent;
                statements.reverse();
                statements.extend(&f.targets);
                crate::order::sort(&mut f.claims);
                f.claims.dedup();
                crate::order::sort(&mut f.disputed);
                f.disputed.dedup();
                let conflict = Conflict {
                    kind: ConflictKind::Account,
                    note: self.account_note(&statements, f.targets.len()),
                    statements,
                    claims: f.claims,
                };
                (conflict, f.disputed)
            })
            .collect()
    }

    /// The claims of those `targets` (statement ids of the silent side's
    /// accounts) that carry what statement `i` says was not reported: the
    /// key terms after its silence phrase ("the call from France"), all of
    /// them when there are one or two, two thirds otherwise. A silence
    /// with no object ("has not commented") is contradicted by none.
    fn carrying(&self, i: usize, targets: &[usize]) -> Vec<usize> {
        let object = silence_object(self.profiles, &self.profiles.words_of(i));
        if object.is_empty() {
            return Vec::new();
        }
        let p = &self.profiles;
        targets
            .iter()
            .filter(|&&j| {
                let has = object
                    .iter()
                    .filter(|t| {
                        t.is_some_and(|t| {
                            j < p.sets.len() && p.sets.get(j).binary_search(&t).is_ok()
                        })
                    })
                    .count();
                if object.len() <= 2 {
                    has == object.len()
                } else {
                    has * 3 >= object.len() * 2
                }
            })
            .map(|&j| self.claim(j))
            .collect()
    }

    fn account_note(&self, statements: &[usize], accounts: usize) -> String {
        let st = self.statements;
        let silent = &statements[..statements.len() - accounts];
        let reported = &statements[statements.len() - accounts..];
        let mut says: Vec<String> = Vec::new();
        for &i in silent {
            let o = self.outlet(st[i].article);
            if !says.contains(&o) {
                says.push(o);
            }
        }
        let mut whose: Vec<String> = Vec::new();
        let mut where_: Vec<String> = Vec::new();
        for &i in reported {
            let t = &st[i];
            let w = t
                .via
                .and_then(|v| self.ctx.speakers.get(v))
                .map(|sp| sp.name.clone())
                .unwrap_or_else(|| self.who(t));
            if !whose.contains(&w) {
                whose.push(w);
            }
            let o = self.outlet(t.article);
            if !where_.contains(&o) {
                where_.push(o);
            }
        }
        format!(
            "{} {} it was not reported (“{}”), but {} {} the account of {}",
            join(&says),
            if says.len() > 1 { "say" } else { "says" },
            crate::claim::label::label(&st[silent[0]].text),
            join(&where_),
            if where_.len() > 1 { "carry" } else { "carries" },
            join(&whose)
        )
    }

    /// The key terms of speaker `id`'s name, aliases and role (those that
    /// have any), found once.
    fn speaker_names(&self, id: usize) -> &[Vec<u32>] {
        let (Some(cell), Some(sp)) = (self.speaker_names.get(id), self.ctx.speakers.get(id)) else {
            return &[];
        };
        cell.get_or_init(|| {
            std::iter::once(sp.name.as_str())
                .chain(sp.aliases.iter().map(String::as_str))
                .chain(sp.role.as_deref())
                .map(|t| self.profiles.key_term_ids(t))
                .filter(|t| !t.is_empty())
                .collect()
        })
    }

    /// True when a statement's speaker or relay (`speaker`, `via`) is named
    /// by `subject` (key term ids): every subject term is in the name or an
    /// alias. `named` remembers, per speaker id, whether `subject` names
    /// them (one vector per subject: speakers recur across many
    /// statements).
    fn names(
        &self,
        speaker: Option<usize>,
        via: Option<usize>,
        subject: &[u32],
        named: &mut [Option<bool>],
    ) -> bool {
        let covers = |terms: &[u32]| subject.iter().all(|x| terms.contains(x));
        let mut by_id = |id: Option<usize>| {
            let Some(i) = id.filter(|&i| i < self.speaker_names.len()) else {
                return false;
            };
            if let Some(known) = named.get(i).copied().flatten() {
                return known;
            }
            let found = self.speaker_names(i).iter().any(|n| covers(n));
            if let Some(slot) = named.get_mut(i) {
                *slot = Some(found);
            }
            found
        };
        by_id(speaker) || by_id(via)
    }

    /// Figures for the same quantity that differ across articles.
    fn numbers(&self) -> Vec<Conflict> {
        let st = self.statements;
        // quantity -> [(statement, figure)]
        let mut by_quantity: Vec<(&str, Vec<(usize, &crate::claim::numbers::Figure)>)> = Vec::new();
        for (i, figures) in self.profiles.figures.iter().enumerate() {
            for f in figures {
                let list = crate::order::entry(&mut by_quantity, f.quantity.as_str());
                if list.len() < GROUP_CAP {
                    list.push((i, f));
                }
            }
        }
        let mut out = Vec::new();
        for (quantity, list) in by_quantity {
            let ids: Vec<usize> = list.iter().map(|(i, _)| *i).collect();
            for group in self.topic_groups(&ids, 1) {
                let members: Vec<&(usize, _)> =
                    list.iter().filter(|(i, _)| group.contains(i)).collect();
                let mut articles: Vec<usize> =
                    members.iter().map(|(i, _)| st[*i].article).collect();
                crate::order::sort(&mut articles);
                articles.dedup();
                let mut shown: Vec<&str> = members.iter().map(|(_, f)| f.text.as_str()).collect();
                crate::order::sort(&mut shown);
                shown.dedup();
                if articles.len() < 2 || shown.len() < 2 {
                    continue;
                }
                let lo = members
                    .iter()
                    .map(|(_, f)| f.interval().0)
                    .fold(f64::MIN, f64::max);
                let hi = members
                    .iter()
                    .map(|(_, f)| f.interval().1)
                    .fold(f64::MAX, f64::min);
                let verdict = if lo <= hi { CONSISTENT } else { DISAGREE };
                let mut parts: Vec<String> = Vec::new();
                for (i, f) in &members {
                    let p = format!("{} ({})", f.text, self.outlet(st[*i].article));
                    if !parts.contains(&p) {
                        parts.push(p);
                    }
                }
                let what = match quantity {
                    "deaths" => "Death tolls differ".to_string(),
                    "injuries" => "Injury counts differ".to_string(),
                    q => format!("Figures for “{q}” differ"),
                };
                let mut statements: Vec<usize> = members.iter().map(|(i, _)| st[*i].id).collect();
                statements.dedup();
                let mut claims: Vec<usize> = members.iter().map(|(i, _)| self.claim(*i)).collect();
                crate::order::sort(&mut claims);
                claims.dedup();
                out.push(Conflict {
                    kind: ConflictKind::Number,
                    statements,
                    claims,
                    note: format!("{what}: {}: {verdict}", parts.join(", ")),
                });
            }
        }
        out
    }

    /// Groups of `ids` about the same thing: statements of one claim, or
    /// sharing `min_shared` key terms besides figures, month names,
    /// quantity and time words (union-find over the pairs).
    fn topic_groups(&self, ids: &[usize], min_shared: usize) -> Vec<Vec<usize>> {
        let ignore = ["kill", "injure", "people", "first", "last", "time"];
        let topics: Vec<Vec<u32>> = ids
            .iter()
            .map(|&i| {
                self.profiles
                    .sets
                    .get(i)
                    .iter()
                    .copied()
                    .filter(|&t| {
                        let t = self.profiles.vocabulary[t as usize].as_str();
                        !t.starts_with('#')
                            && !t.starts_with('=')
                            && !ignore.contains(&t)
                            && crate::claim::dates::month_number(t).is_none()
                    })
                    .collect()
            })
            .collect();
        let mut parent: Vec<usize> = (0..ids.len()).collect();
        fn find(p: &mut [usize], mut i: usize) -> usize {
            while p[i] != i {
                p[i] = p[p[i]];
                i = p[i];
            }
            i
        }
        for a in 0..ids.len() {
            for b in a + 1..ids.len() {
                // Already one group: nothing to learn from this pair.
                if find(&mut parent, a) == find(&mut parent, b) {
                    continue;
                }
                let same = self.claim(ids[a]) == self.claim(ids[b])
                    || topics[b]
                        .iter()
                        .filter(|t| topics[a].binary_search(t).is_ok())
                        .count()
                        >= min_shared;
                if same {
                    let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                    parent[ra] = rb;
                }
            }
        }
        // By root (a root is an index of `ids`): a list, not a hash map.
        let mut groups: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
        for (k, &i) in ids.iter().enumerate() {
            let r = find(&mut parent, k);
            groups[r].push(i);
        }
        let mut out: Vec<Vec<usize>> = groups.into_iter().filter(|g| !g.is_empty()).collect();
        crate::order::sort(&mut out);
        out
    }

    /// "First since …" / "last … in …" statements that place the previous
    /// occurrence differently.
    fn dates(&self) -> Vec<Conflict> {
        let st = self.statements;
        let published: Vec<Option<i64>> = (0..self.ctx.articles.len())
            .map(|a| self.ctx.articles[a].date.as_deref().and_then(parse_iso))
            .collect();
        let bundle_date = published.iter().flatten().copied().max();
        let mut found: Vec<(usize, String, (i64, i64), bool)> = Vec::new();
        for (i, s) in st.iter().enumerate() {
            if self.cues[i] & cues::ELAPSED == 0 {
                continue;
            }
            for e in elapsed_in(&self.profiles.words_of(i)) {
                let own = published.get(s.article).copied().flatten();
                let reference = own.or(bundle_date);
                if let Some(days) = e.days(reference) {
                    let dated_by_bundle = own.is_none()
                        && matches!(e.anchor, crate::claim::dates::Anchor::Months(..));
                    found.push((i, e.text.clone(), days, dated_by_bundle));
                }
                if found.len() >= GROUP_CAP {
                    break;
                }
            }
        }
        let ids: Vec<usize> = found.iter().map(|f| f.0).collect();
        let mut out = Vec::new();
        // Two shared terms: "first since" is said of many things.
        for group in self.topic_groups(&ids, 2) {
            let members: Vec<_> = found.iter().filter(|f| group.contains(&f.0)).collect();
            let mut articles: Vec<usize> = members.iter().map(|f| st[f.0].article).collect();
            crate::order::sort(&mut articles);
            articles.dedup();
            let mut shown: Vec<String> = members.iter().map(|f| f.1.to_lowercase()).collect();
            crate::order::sort(&mut shown);
            shown.dedup();
            if articles.len() < 2 || shown.len() < 2 {
                continue;
            }
            let lo = members.iter().map(|f| f.2 .0).max().unwrap_or(0);
            let hi = members.iter().map(|f| f.2 .1).min().unwrap_or(0);
            let verdict = if lo <= hi {
                format!(
                    "{CONSISTENT}, all point to {}",
                    month_name(lo + (hi - lo) / 2)
                )
            } else {
                DISAGREE.to_string()
            };
            let mut parts: Vec<String> = Vec::new();
            for f in &members {
                let mut p = format!("“{}” ({}", f.1, self.outlet(st[f.0].article));
                if f.3 {
                    p.push_str(", undated: bundle date used");
                }
                p.push(')');
                if !parts.contains(&p) {
                    parts.push(p);
                }
            }
            let mut statements: Vec<usize> = members.iter().map(|f| st[f.0].id).collect();
            statements.dedup();
            let mut claims: Vec<usize> = members.iter().map(|f| self.claim(f.0)).collect();
            crate::order::sort(&mut claims);
            claims.dedup();
            out.push(Conflict {
                kind: ConflictKind::Date,
                statements,
                claims,
                note: format!("When it last happened: {}: {verdict}", parts.join(", ")),
            });
        }
        out
    }
}

/// The key terms of what a weak denial says there is no sign of: the words
/// after "no information" ("about any connection between the attack and
/// the group"), from the statement's folded `words`; each once, as its id
/// (`None` for a term no statement uses).
fn weak_object(profiles: &Profiles, words: &[&str]) -> Vec<Option<u32>> {
    for p in negation::WEAK_DENIAL_PHRASES {
        let n = p.len();
        if let Some(at) = (0..=words.len().saturating_sub(n))
            .find(|&k| words.len() >= k + n && words[k..k + n].iter().zip(*p).all(|(a, b)| a == b))
        {
            return used_terms(profiles, profiles.key_term_ids(&words[at + n..].join(" ")));
        }
    }
    Vec::new()
}

/// True when statement `j` holds the `object` terms of a weak denial (their
/// ids; `None` for a term no statement uses): all of up to four, three
/// quarters of more.
fn covers(profiles: &Profiles, j: usize, object: &[Option<u32>]) -> bool {
    if object.len() < 3 {
        return false;
    }
    // All of them, or for more than four at least three quarters: the
    // misses allowed, stopping at the first one too many.
    let n = object.len();
    let allowed = if n > 4 { n - (3 * n).div_ceil(4) } else { 0 };
    let set = profiles.sets.get(j);
    let mut misses = 0;
    for t in object {
        if !t.is_some_and(|t| set.binary_search(&t).is_ok()) {
            misses += 1;
            if misses > allowed {
                return false;
            }
        }
    }
    true
}

/// The key terms of the side a statement says is silent ("*Peru* has not
/// officially reported the call"), if it says so; from its folded `words`.
fn silent_side(profiles: &Profiles, words: &[&str]) -> Option<Vec<u32>> {
    let at = silence_at(words)?;
    let subject = profiles.key_term_ids(&words[..at].join(" "));
    (!subject.is_empty()).then_some(subject)
}

/// The key terms of what a statement says was not reported ("has not
/// reported *the call from France*"), the silence phrase's own words left
/// out; from the statement's folded `words`, each term once, as its id
/// (`None` for a term no statement uses).
fn silence_object(profiles: &Profiles, words: &[&str]) -> Vec<Option<u32>> {
    let Some(at) = silence_at(words) else {
        return Vec::new();
    };
    static OWN: OnceLock<Vec<String>> = OnceLock::new();
    let own = OWN.get_or_init(|| {
        negation::SILENCE_PHRASES
            .iter()
            .chain(std::iter::once(&negation::SKIPPABLE))
            .flat_map(|p| p.iter().filter_map(|w| crate::claim::terms::term(w)))
            .collect()
    });
    let own: Vec<u32> = own.iter().map(|t| profiles.any_term_id(t)).collect();
    let mut object = profiles.key_term_ids(&words[at..].join(" "));
    object.retain(|t| !own.contains(t));
    used_terms(profiles, object)
}

/// Term ids `terms` each once (ids stand for term texts one to one), those
/// no statement uses as `None`.
fn used_terms(profiles: &Profiles, mut terms: Vec<u32>) -> Vec<Option<u32>> {
    terms.sort_unstable();
    terms.dedup();
    let known = profiles.vocabulary.len();
    terms
        .into_iter()
        .map(|t| ((t as usize) < known).then_some(t))
        .collect()
}

/// The silence phrases' first words, each once: most words are none of
/// them, and a statement with none of them says no side is silent.
fn silence_firsts() -> &'static [&'static str] {
    static FIRSTS: OnceLock<Vec<&'static str>> = OnceLock::new();
    FIRSTS.get_or_init(|| {
        let mut firsts: Vec<&str> = Vec::new();
        for p in negation::SILENCE_PHRASES {
            if let Some(&f) = p.first().filter(|f| !firsts.contains(f)) {
                firsts.push(f);
            }
        }
        firsts
    })
}

/// Where a silence phrase ("has not officially reported") starts in
/// `words`, adverbs allowed inside.
fn silence_at(words: &[&str]) -> Option<usize> {
    let firsts = silence_firsts();
    for (start, first) in words.iter().enumerate() {
        if !firsts.contains(first) {
            continue;
        }
        for phrase in negation::SILENCE_PHRASES {
            if phrase.first() != Some(first) {
                continue;
            }
            let mut k = start;
            let mut ok = true;
            for (n, p) in phrase.iter().enumerate() {
                if n > 0 {
                    // At most three adverbs ("not yet officially").
                    for _ in 0..3 {
                        if words
                            .get(k)
                            .is_some_and(|w| negation::SKIPPABLE.contains(w))
                        {
                            k += 1;
                        }
                    }
                }
                if words.get(k).copied() != Some(*p) {
                    ok = false;
                    break;
                }
                k += 1;
            }
            if ok {
                return Some(start);
            }
        }
    }
    None
}

/// The quoted fragment of a reported statement when it has one of four
/// words or more (“expressed their willingness to engage in dialogue”): the
/// words the denial is about. Otherwise the whole text.
fn core(text: &str) -> &str {
    for (open, close) in [('“', '”'), ('"', '"')] {
        if let Some(a) = text.find(open) {
            let start = a + open.len_utf8();
            if let Some(len) = text[start..].find(close) {
                let inner = &text[start..start + len];
                if inner.split_whitespace().count() >= 4 && inner.len() + 10 < text.len() {
                    return inner;
                }
            }
        }
    }
    text
}

/// "A", "A and B", "A, B and C".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `text` cut to `max` chars on a word boundary.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for w in text.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push('…');
    out
}
