//! Stage 5: statements grouped into claims across articles.
//!
//! A claim is one proposition as carried by one or more outlets: the
//! statements of different articles that say the same thing, by the same
//! speaker or side. The outlets' own narration forms claims too (aligned
//! only with narration), so background facts sit side by side.
//!
//! # Method
//!
//! 1. **Key terms** ([`terms`]): each statement's words are folded (case,
//!    accents, British/American spelling, country names and adjectives,
//!    light stemming, near-synonym classes, multi-word expressions such as
//!    "called on" and idioms such as "walked out" = "left the table"),
//!    stopwords and speech-frame verbs dropped, numbers normalised, and a
//!    quantity term per figure (what it counts).
//!    Each term is weighted by its rarity in the bundle (`1 + ln(n / df)`).
//! 2. **Candidates** ([`index`]): an inverted index from term to statements.
//!    Each statement looks up its [`index::RARE_TERMS`] rarest terms and, in
//!    each posting list, at most [`index::NEIGHBOURS`] statements before it;
//!    no all-pairs comparison. Only candidates sharing two of those rare
//!    terms are scored. Work is linear in the number of statements: about
//!    10 µs per statement natively, 1,000 articles (9,000 statements) in
//!    about 0.1 s of CPU time (`benches/align.rs`).
//! 3. **Score**: for each candidate pair, the weight of the shared terms over
//!    the geometric mean of both statements' weights (a weighted Ochiai
//!    coefficient, 0..1). A pair must share at least two terms, two of them
//!    written in lower case (names and titles shared by two different
//!    statements about the same people do not make one proposition), agree
//!    in polarity (both negated or neither), and reach [`SAME_SIDE`] when the
//!    speakers are compatible (same speaker, one's speaker is the other's
//!    relay, or either unknown; narration with narration), or
//!    [`OTHER_SIDE`] otherwise. Same-side paraphrases that add a clause
//!    also pass at a lower score when the shorter statement's predicate
//!    (its lower-case terms, not names and titles) is contained in the
//!    other. Narration never pairs with attributed speech.
//!
//!    Polarity is scoped: a negator covers the [`NEGATION_SCOPE`] words
//!    after it, and two statements are opposed only when one negates a
//!    term they share and the other does not ("have not found evidence" /
//!    "have found evidence"); "a warehouse it did not own" does not oppose
//!    "the fire began in a neighbouring building".
//!
//!    Same-side pairs of different articles also pass on what they share
//!    rather than on raw counts: an **anchored** pair shares two predicate
//!    terms, one of them rare in the bundle (used by at most
//!    [`ANCHOR_SHARE`] of the statements: "walked out", "briefed", not the
//!    event's topic words), with a score of [`ANCHORED`] and most of the
//!    shorter predicate contained; and the **same speaker counting the same
//!    thing** ("14 bodies" / "12 bodies": each figure adds a quantity term
//!    `=noun` whatever its value) aligns from [`SAME_COUNT`], so the figures
//!    that disagree show within one claim.
//! 4. **Groups**: edges are merged best first with union-find. Two groups
//!    that both hold a statement from the same article are merged only for a
//!    near-repeat ([`REPEAT`]): an article says a proposition once, so two of
//!    its statements in one group mean two propositions were chained
//!    together through a third statement that combines them.
//! 5. **Claims**: each group gets a [`label`] (from its most central
//!    statement, shortest first), its articles, a speaker when the known
//!    speakers agree, and a status (several articles: multi-source). Claims
//!    carried by several outlets come first, then by first appearance;
//!    [`crate::conflict::detect`] marks disputed claims and re-sorts.

pub mod dates;
pub mod index;
pub mod label;
pub mod numbers;
pub mod terms;

use std::cell::{OnceCell, RefCell};

use crate::model::{Claim, ClaimStatus, Statement, StatementKind};
use crate::text::FastMap as FxHashMap;
use index::{Groups, Index};

/// Least score for statements of compatible speakers to align.
pub const SAME_SIDE: f32 = 0.5;
/// Least score for statements of unrelated speakers to align.
pub const OTHER_SIDE: f32 = 0.72;
/// Least score for two statements of one article to share a claim.
pub const REPEAT: f32 = 0.85;
/// Least share of the shorter statement's predicate found in the longer one
/// for a paraphrase that adds a clause ([`Profiles::containment`]).
pub const CONTAINED: f32 = 0.7;
/// Such a paraphrase needs at least this fraction of the usual score.
pub const CONTAINED_FACTOR: f32 = 0.7;
/// A term used by at most this share of the statements is rare: sharing one
/// in the predicate anchors a same-side pair ([`Profiles::anchored`]).
pub const ANCHOR_SHARE: f32 = 0.06;
/// Least score for an anchored same-side pair of different articles.
pub const ANCHORED: f32 = 0.3;
/// Least predicate containment for an anchored pair.
pub const ANCHORED_CONTAINED: f32 = 0.5;
/// Least score for two statements of the same known speaker, in different
/// articles, that count the same thing (the figures may differ).
pub const SAME_COUNT: f32 = 0.15;

/// Key terms of every statement as interned ids, with their weights.
#[derive(Clone, Debug, Default)]
pub struct Profiles {
    /// Sorted, unique term ids per statement.
    pub sets: Vec<Vec<u32>>,
    /// Weight per term id.
    pub weights: Vec<f32>,
    /// Sum of term weights per statement.
    pub totals: Vec<f32>,
    /// Term text per id.
    pub vocabulary: Vec<String>,
    /// Whether each statement is negative ("has no information").
    pub negative: Vec<bool>,
    /// Sorted, unique ids of the terms each statement writes in lower case:
    /// its predicate rather than its names and titles.
    pub predicates: Vec<Vec<u32>>,
    /// Per statement, the sorted ids of the terms within [`NEGATION_SCOPE`]
    /// words after a negator ("did not *own the building*"): what the
    /// negation is about. `None` when the whole statement is negated (its
    /// cue denies).
    pub negated: Vec<Option<Vec<u32>>>,
    /// The folded words of each statement ([`terms::folded_words`]), read
    /// once here for every later use (denials, silence, dates, initiatives).
    pub words: Vec<FoldedWords>,
    /// The figures of each statement ([`numbers::figures`]).
    pub figures: Vec<Vec<numbers::Figure>>,
    /// How many key terms each statement has, repeats counted: the length
    /// of [`terms::key_terms`] of its text.
    pub term_counts: Vec<usize>,
    /// The inverted index of `sets` (candidate pairs).
    pub index: Index,
    /// Term id per term text (the inverse of `vocabulary`).
    term_ids: FxHashMap<String, u32>,
    /// What is known of each folded word seen (words repeat a lot).
    seen: FxHashMap<String, WordInfo>,
    /// Whether each statement's cue denies ([`terms::is_denial`]); all
    /// false unless built by [`Profiles::of`].
    pub cue_denies: Vec<bool>,
    /// Key terms of words no statement uses, found when first asked for
    /// ([`Profiles::key_term_ids`]): whether a phrase may start there, and
    /// the term's id.
    unseen: RefCell<FxHashMap<String, (bool, Option<u32>)>>,
    /// Ids of terms no statement uses, numbered after the vocabulary.
    extra_ids: RefCell<FxHashMap<String, u32>>,
    /// [`Profiles::pairs`], found when first asked for.
    pairs: OnceCell<Pairs>,
}

/// The candidate partners of every statement ([`Profiles::pairs`]), kept in
/// one list.
#[derive(Clone, Debug, Default)]
pub struct Pairs {
    /// Where each statement's partners start in `partners` (one more entry
    /// than statements).
    starts: Vec<usize>,
    partners: Vec<u32>,
}

impl Pairs {
    /// The partners of statement `i`, in candidate order.
    pub fn of(&self, i: usize) -> &[u32] {
        &self.partners[self.starts[i]..self.starts[i + 1]]
    }
}

/// The folded words of a statement ([`terms::folded_words`]), kept back to
/// back in one string rather than one string each.
#[derive(Clone, Debug, Default)]
pub struct FoldedWords {
    text: String,
    /// Where each word ends in `text`.
    ends: Vec<u32>,
}

impl FoldedWords {
    /// The folded words of `text`, with whether each was written with a
    /// capital letter (pushed to `capitals`).
    fn new(text: &str, capitals: &mut Vec<bool>) -> FoldedWords {
        let mut folded = FoldedWords {
            text: String::with_capacity(text.len()),
            ends: Vec::with_capacity(terms::expected_words(text)),
        };
        let ends = &mut folded.ends;
        terms::fold_words_into(text, &mut folded.text, |end, capital| {
            ends.push(end as u32);
            capitals.push(capital);
        });
        folded
    }

    /// The words, in order.
    pub fn get(&self) -> Vec<&str> {
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let w = &self.text[start..end as usize];
                start = end as usize;
                w
            })
            .collect()
    }
}

/// What [`Profiles`] remembers of a folded word.
#[derive(Clone, Copy, Debug)]
struct WordInfo {
    /// Its key term's id: `Some(None)` for a stopword, `None` while not yet
    /// looked up (terms are numbered in order of first use).
    term: Option<Option<u32>>,
    /// Whether a multi-word expression may start with it
    /// ([`terms::may_start_phrase`]).
    phrase: bool,
    /// Whether it negates ([`terms::is_negator`]).
    negator: bool,
}

impl WordInfo {
    fn of(word: &str) -> WordInfo {
        WordInfo {
            term: None,
            phrase: terms::may_start_phrase(word),
            negator: terms::is_negator(word),
        }
    }
}

/// Words after a negator that it is taken to negate.
pub const NEGATION_SCOPE: usize = 5;

impl Profiles {
    /// Builds the profiles of `texts`.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Profiles {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut seen: FxHashMap<String, WordInfo> = FxHashMap::default();
        let mut vocabulary: Vec<String> = Vec::new();
        let mut intern = |t: &str, vocabulary: &mut Vec<String>| -> u32 {
            if let Some(&id) = ids.get(t) {
                return id;
            }
            vocabulary.push(t.to_string());
            let id = (vocabulary.len() - 1) as u32;
            ids.insert(t.to_string(), id);
            id
        };
        let mut sets = Vec::new();
        let mut predicates = Vec::new();
        let mut negative = Vec::new();
        let mut negated = Vec::new();
        let mut all_words = Vec::new();
        let mut all_figures = Vec::new();
        let mut term_counts = Vec::new();
        let mut infos: Vec<WordInfo> = Vec::new();
        let mut capitals: Vec<bool> = Vec::new();
        for text in texts {
            capitals.clear();
            let folded = FoldedWords::new(text, &mut capitals);
            let words = folded.get();
            infos.clear();
            for &w in &words {
                let info = match seen.get(w) {
                    Some(&info) => info,
                    None => *seen.entry(w.to_string()).or_insert_with(|| WordInfo::of(w)),
                };
                infos.push(info);
            }
            negative.push(infos.iter().any(|w| w.negator));
            let mut set: Vec<u32> = Vec::with_capacity(words.len() + 2);
            // Terms of words written in lower case (or first in the text):
            // what is said rather than who or where.
            let mut predicate: Vec<u32> = Vec::with_capacity(words.len() + 2);
            // Terms within the scope of a negator.
            let mut scope: Vec<u32> = Vec::new();
            let mut scope_end = 0;
            let mut i = 0;
            while i < words.len() {
                if infos[i].negator {
                    scope_end = i + 1 + NEGATION_SCOPE;
                }
                if let Some((class, len)) = infos[i]
                    .phrase
                    .then(|| terms::phrase_at(&words, i))
                    .flatten()
                {
                    let id = intern(class, &mut vocabulary);
                    set.push(id);
                    predicate.push(id);
                    if i < scope_end {
                        scope.push(id);
                    }
                    i += len;
                    continue;
                }
                let id = match infos[i].term {
                    Some(id) => id,
                    None => {
                        let id = terms::term(words[i]).map(|t| intern(&t, &mut vocabulary));
                        if let Some(info) = seen.get_mut(words[i]) {
                            info.term = Some(id);
                        }
                        id
                    }
                };
                set.extend(id);
                if i == 0 || !capitals[i] {
                    predicate.extend(id);
                }
                if i < scope_end {
                    scope.extend(id);
                }
                i += 1;
            }
            term_counts.push(set.len());
            // What each figure counts, whatever its value ("14 bodies" and
            // "12 bodies" are one quantity), so that accounts that disagree
            // on a number still align and the difference shows in one claim.
            let figures = numbers::figures_in(&words);
            for f in &figures {
                let id = intern(&format!("={}", f.quantity), &mut vocabulary);
                set.push(id);
                predicate.push(id);
            }
            all_figures.push(figures);
            drop(words);
            all_words.push(folded);
            // Term ids: a total order, so the unstable sort is exact.
            scope.sort_unstable();
            scope.dedup();
            negated.push(Some(scope));
            set.sort_unstable();
            set.dedup();
            sets.push(set);
            predicate.sort_unstable();
            predicate.dedup();
            predicates.push(predicate);
        }
        let mut df = vec![0u32; vocabulary.len()];
        for set in &sets {
            for &t in set {
                df[t as usize] += 1;
            }
        }
        let n = sets.len().max(1) as f32;
        let weights: Vec<f32> = df
            .iter()
            .map(|&d| 1.0 + (n / d.max(1) as f32).ln())
            .collect();
        let totals = sets
            .iter()
            .map(|s| s.iter().map(|&t| weights[t as usize]).sum())
            .collect();
        let index = Index::new(&sets, vocabulary.len());
        Profiles {
            sets,
            weights,
            totals,
            vocabulary,
            negative,
            predicates,
            negated,
            words: all_words,
            figures: all_figures,
            term_counts,
            index,
            term_ids: ids,
            seen,
            cue_denies: Vec::new(),
            unseen: RefCell::default(),
            extra_ids: RefCell::default(),
            pairs: OnceCell::new(),
        }
    }

    /// Per statement, its candidate partners ([`Index::candidates`]) that
    /// share at least two of its looked-up rare terms, in candidate order:
    /// the pairs worth scoring (claim alignment and contradictions both
    /// walk them). Found once, when first asked for.
    pub fn pairs(&self) -> &Pairs {
        self.pairs.get_or_init(|| {
            let n = self.sets.len();
            let mut scratch = vec![0u8; n];
            let mut candidates = Vec::new();
            let mut pairs = Pairs {
                starts: Vec::with_capacity(n + 1),
                partners: Vec::new(),
            };
            pairs.starts.push(0);
            for i in 0..n {
                self.index
                    .candidates_into(&self.sets, i, &mut scratch, &mut candidates);
                let strong = candidates.iter().filter(|&&(_, hits)| hits >= 2);
                pairs.partners.extend(strong.map(|&(j, _)| j));
                pairs.starts.push(pairs.partners.len());
            }
            pairs
        })
    }

    /// The id of key term `term`, if a statement uses it.
    pub fn term_id(&self, term: &str) -> Option<u32> {
        self.term_ids.get(term).copied()
    }

    /// The id of key term `term`: its vocabulary id, or for a term no
    /// statement uses, one of its own after the vocabulary.
    pub(crate) fn any_term_id(&self, term: &str) -> u32 {
        if let Some(id) = self.term_id(term) {
            return id;
        }
        let mut extra = self.extra_ids.borrow_mut();
        let next = (self.vocabulary.len() + extra.len()) as u32;
        *extra.entry(term.to_string()).or_insert(next)
    }

    /// The key terms of `text` as ids: [`terms::key_terms`] of it, each
    /// term replaced by its id (one id per term text, so that comparing
    /// ids compares the terms), looked up in what the profiles already know
    /// of its words.
    pub fn key_term_ids(&self, text: &str) -> Vec<u32> {
        let words = terms::folded_words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_str();
            let info = self.seen.get(w).copied();
            let known = self.unseen.borrow().get(w).copied();
            let (phrase, unseen_term) = match (info, known) {
                (Some(info), _) => (info.phrase, None),
                (None, Some(known)) => known,
                (None, None) => {
                    let phrase = terms::may_start_phrase(w);
                    let id = terms::term(w).map(|t| self.any_term_id(&t));
                    self.unseen.borrow_mut().insert(w.to_string(), (phrase, id));
                    (phrase, id)
                }
            };
            if phrase {
                if let Some((class, len)) = terms::phrase_at(&words, i) {
                    out.push(self.any_term_id(class));
                    i += len;
                    continue;
                }
            }
            match info.map(|w| w.term) {
                Some(Some(id)) => out.extend(id),
                Some(None) => out.extend(terms::term(w).map(|t| self.any_term_id(&t))),
                None => out.extend(unseen_term),
            }
            i += 1;
        }
        out
    }

    /// The profiles of `statements`; a statement whose cue denies ("denied
    /// that …") counts as negative, like one whose text does.
    pub fn of(statements: &[Statement]) -> Profiles {
        let mut p = Profiles::new(statements.iter().map(|s| s.text.as_str()));
        p.cue_denies = statements
            .iter()
            .map(|s| s.cue.as_deref().is_some_and(terms::is_denial))
            .collect();
        for ((flag, scope), &denies) in p.negative.iter_mut().zip(&mut p.negated).zip(&p.cue_denies)
        {
            if denies {
                *flag = true;
                *scope = None;
            }
        }
        p
    }

    /// How alike statements `a` and `b` are (0..1), and how many terms they
    /// share: the weight of the shared terms over the geometric mean of both
    /// statements' weights.
    pub fn score(&self, a: usize, b: usize) -> (f32, usize) {
        let (s, count) = self.shared(a, b);
        (self.score_of(a, b, s), count)
    }

    /// The score of `a` and `b` given the weight of the terms they share.
    fn score_of(&self, a: usize, b: usize, s: f32) -> f32 {
        let denom = (self.totals[a] * self.totals[b]).sqrt();
        if denom <= 0.0 {
            0.0
        } else {
            (s / denom).min(1.0)
        }
    }

    /// How much of the shorter statement's predicate (its lower-case terms,
    /// by weight) the other repeats (0..1). Names and titles do not count:
    /// two different things said by or about the same people share those.
    pub fn containment(&self, a: usize, b: usize) -> f32 {
        let weight = |set: &[u32]| -> f32 { set.iter().map(|&t| self.weights[t as usize]).sum() };
        let (x, y) = (&self.predicates[a], &self.predicates[b]);
        let shared: f32 = x
            .iter()
            .filter(|t| y.binary_search(t).is_ok())
            .map(|&t| self.weights[t as usize])
            .sum();
        let denom = weight(x).min(weight(y));
        if denom <= 0.0 {
            0.0
        } else {
            (shared / denom).min(1.0)
        }
    }

    /// Whether statements `a` and `b` are alike enough to align, with the
    /// score the pair ranks by. `least` is the score required; with
    /// `paraphrase`, a lower score will do when the shorter statement's
    /// predicate is contained in the other (a paraphrase adding a clause).
    pub fn matches(&self, a: usize, b: usize, least: f32, paraphrase: bool) -> Option<f32> {
        self.matches_by(
            a,
            b,
            least,
            paraphrase,
            || self.shared(a, b),
            || {
                let pb = &self.predicates[b];
                self.predicates[a]
                    .iter()
                    .filter(|t| pb.binary_search(t).is_ok())
                    .count()
            },
        )
    }

    /// [`Profiles::matches`], given how to find the shared terms' weight and
    /// count and the number of shared predicate terms.
    fn matches_by(
        &self,
        a: usize,
        b: usize,
        least: f32,
        paraphrase: bool,
        shared: impl FnOnce() -> (f32, usize),
        common: impl FnOnce() -> usize,
    ) -> Option<f32> {
        if self.opposed(a, b) {
            return None;
        }
        let (shared, count) = shared();
        let (ta, tb) = (self.totals[a], self.totals[b]);
        if count < 2 || ta <= 0.0 || tb <= 0.0 {
            return None;
        }
        // The same names and titles are not the same proposition: two
        // lower-case terms in common too, where both have that many.
        if self.predicates[a].len() >= 2 && self.predicates[b].len() >= 2 && common() < 2 {
            return None;
        }
        let score = (shared / (ta * tb).sqrt()).min(1.0);
        if score >= least {
            return Some(score);
        }
        // A paraphrase that adds a clause: most of the shorter statement's
        // predicate is in the longer one, with several terms in common.
        (paraphrase
            && count >= 4
            && score >= least * CONTAINED_FACTOR
            && self.containment(a, b) >= CONTAINED)
            .then_some(score)
    }

    /// True when one of `a` and `b` negates what the other affirms: one
    /// negates a term they share ("have *not found* evidence" / "have found
    /// evidence") while the other negates none of them, or one is denied as
    /// a whole (its cue denies) and the other is not. A negation about
    /// something else ("a warehouse the company did not own") does not
    /// oppose them.
    pub fn opposed(&self, a: usize, b: usize) -> bool {
        let (sa, sb) = match (&self.negated[a], &self.negated[b]) {
            (None, None) => return false,
            (Some(sa), Some(sb)) => (sa, sb),
            _ => return true,
        };
        let shared = |scope: &[u32]| {
            scope.iter().any(|t| {
                self.sets[a].binary_search(t).is_ok() && self.sets[b].binary_search(t).is_ok()
            })
        };
        shared(sa) != shared(sb)
    }

    /// True when `a` and `b` share a rare predicate term: one used by at
    /// most [`ANCHOR_SHARE`] of the statements (and by at least two). Topic
    /// words of the event are common; a rare shared term ("walked out",
    /// "briefed") marks the same proposition.
    pub fn anchored(&self, a: usize, b: usize, df: &[u32]) -> bool {
        let limit = ((self.sets.len() as f32 * ANCHOR_SHARE) as u32).max(2);
        let (pa, pb) = (&self.predicates[a], &self.predicates[b]);
        pa.iter()
            .any(|t| df[*t as usize] <= limit && pb.binary_search(t).is_ok())
    }

    /// True when `a` and `b` count the same thing ("14 bodies", "12
    /// bodies"), whatever the figure.
    pub fn same_quantity(&self, a: usize, b: usize) -> bool {
        let (pa, pb) = (&self.predicates[a], &self.predicates[b]);
        pa.iter()
            .any(|t| self.vocabulary[*t as usize].starts_with('=') && pb.binary_search(t).is_ok())
    }

    /// Statements using each term.
    pub fn document_frequencies(&self) -> Vec<u32> {
        let mut df = vec![0u32; self.vocabulary.len()];
        for set in &self.sets {
            for &t in set {
                df[t as usize] += 1;
            }
        }
        df
    }

    /// Weight and number of the terms `a` and `b` share.
    fn shared(&self, a: usize, b: usize) -> (f32, usize) {
        let (x, y) = (&self.sets[a], &self.sets[b]);
        let (mut i, mut j, mut shared, mut count) = (0, 0, 0.0, 0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += self.weights[x[i] as usize];
                    count += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        (shared, count)
    }
}

/// One statement set up to be compared with many others: its terms marked
/// in a table over the vocabulary, so that what another statement shares
/// with it is found by one pass over that statement's terms rather than a
/// merge of both lists. Sums run in ascending term order, as in a merge, so
/// scores are exactly [`Profiles::score`]'s.
pub(crate) struct Focus<'p> {
    profiles: &'p Profiles,
    /// The statement marked, if any.
    at: Option<usize>,
    /// Per term id: bit 1 in the statement's terms, bit 2 in its predicate.
    mark: Vec<u8>,
}

impl<'p> Focus<'p> {
    pub(crate) fn new(profiles: &'p Profiles) -> Focus<'p> {
        Focus {
            profiles,
            at: None,
            mark: vec![0; profiles.vocabulary.len()],
        }
    }

    /// Marks statement `a` (and unmarks the previous one).
    pub(crate) fn set(&mut self, a: usize) {
        let p = self.profiles;
        if let Some(old) = self.at.replace(a) {
            for &t in p.sets[old].iter().chain(&p.predicates[old]) {
                self.mark[t as usize] = 0;
            }
        }
        for &t in &p.sets[a] {
            self.mark[t as usize] |= 1;
        }
        for &t in &p.predicates[a] {
            self.mark[t as usize] |= 2;
        }
    }

    /// [`Profiles::shared`] of the marked statement and `b`.
    fn shared(&self, b: usize) -> (f32, usize) {
        let p = self.profiles;
        let (mut shared, mut count) = (0.0, 0);
        for &t in &p.sets[b] {
            if self.mark[t as usize] & 1 != 0 {
                shared += p.weights[t as usize];
                count += 1;
            }
        }
        (shared, count)
    }

    /// [`Profiles::score`] of the marked statement and `b`.
    pub(crate) fn score(&self, b: usize) -> (f32, usize) {
        let (s, count) = self.shared(b);
        let a = self.at.unwrap_or_default();
        (self.profiles.score_of(a, b, s), count)
    }

    /// How many predicate terms the marked statement and `b` share.
    fn common(&self, b: usize) -> usize {
        self.profiles.predicates[b]
            .iter()
            .filter(|&&t| self.mark[t as usize] & 2 != 0)
            .count()
    }

    /// [`Profiles::matches`] of the marked statement and `b`.
    fn matches(&self, b: usize, least: f32, paraphrase: bool) -> Option<f32> {
        let a = self.at.unwrap_or_default();
        self.profiles.matches_by(
            a,
            b,
            least,
            paraphrase,
            || self.shared(b),
            || self.common(b),
        )
    }
}

/// True when `a` and `b` may be the same side's words: the same speaker,
/// one relayed by the other, an unknown speaker, or both narration.
pub fn compatible(a: &Statement, b: &Statement) -> bool {
    if a.kind == StatementKind::Narration || b.kind == StatementKind::Narration {
        return a.kind == b.kind;
    }
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => {
            x == y || a.via == Some(y) || b.via == Some(x) || (a.via.is_some() && a.via == b.via)
        }
        _ => true,
    }
}

/// True when `a` and `b` have the same known speaker, or one relays the
/// other.
fn same_speaker(a: &Statement, b: &Statement) -> bool {
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => x == y || a.via == Some(y) || b.via == Some(x),
        _ => false,
    }
}

/// Groups `statements` into claims. Every statement (narration included)
/// belongs to exactly one claim; `claims[i].id == i`.
///
/// ```
/// use factsheet::model::{Span, Statement, StatementKind};
/// let s = |id, article, text: &str| Statement {
///     id, article, speaker: Some(0), via: None, kind: StatementKind::Reported,
///     direct: false, cue: None, mention: None, text: text.into(),
///     span: Span::default(), context: Span::default(),
/// };
/// let claims = factsheet::claim::align(&[
///     s(0, 0, "Spain will continue to support the refugees"),
///     s(1, 1, "Spain would continue supporting refugees"),
/// ]);
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].articles, [0, 1]);
/// ```
pub fn align(statements: &[Statement]) -> Vec<Claim> {
    align_with(statements, &Profiles::of(statements))
}

/// Like [`align`], with the `profiles` of `statements` ([`Profiles::of`])
/// already built (the conflict stage uses them too).
pub fn align_with(statements: &[Statement], profiles: &Profiles) -> Vec<Claim> {
    let groups = group(statements, profiles);
    let mut claims: Vec<Claim> = groups
        .into_iter()
        .enumerate()
        .map(|(id, members)| Claim {
            id,
            ..make_claim(statements, profiles, members)
        })
        .collect();
    sort(&mut claims, statements);
    claims
}

/// Groups statement indices (see the module docs, steps 2 to 4).
fn group(statements: &[Statement], profiles: &Profiles) -> Vec<Vec<usize>> {
    let n = statements.len();
    let df = profiles.document_frequencies();
    let mut edges: Vec<(f32, u32, u32)> = Vec::new();
    let mut focus = Focus::new(profiles);
    // A match shares at least two terms, and the rare ones carry the score:
    // a pair sharing fewer than two of the looked-up rarest terms cannot
    // reach it (exactly so for short statements, whose terms are all looked
    // up), so only the pairs are scored.
    for i in 0..n {
        let pairs = profiles.pairs().of(i);
        if !pairs.is_empty() {
            focus.set(i);
        }
        for &j in pairs {
            let (a, b) = (&statements[i], &statements[j as usize]);
            if (a.kind == StatementKind::Narration) != (b.kind == StatementKind::Narration) {
                continue;
            }
            let same_side = compatible(a, b);
            let least = if same_side { SAME_SIDE } else { OTHER_SIDE };
            let least = if a.article == b.article {
                least.max(REPEAT)
            } else {
                least
            };
            let j = j as usize;
            if let Some(score) = focus.matches(j, least, same_side) {
                edges.push((score, j as u32, i as u32));
            } else if same_side && a.article != b.article && !profiles.opposed(i, j) {
                // Thresholds from what is shared rather than from raw
                // counts: a rare shared predicate term, or the same
                // speaker counting the same thing.
                let score = profiles.score_of(i, j, focus.shared(j).0);
                let common = focus.common(j);
                let anchored = common >= 2
                    && score >= ANCHORED
                    && profiles.containment(i, j) >= ANCHORED_CONTAINED
                    && profiles.anchored(i, j, &df);
                let counted = a.speaker.is_some()
                    && same_speaker(a, b)
                    && score >= SAME_COUNT
                    && profiles.same_quantity(i, j)
                    && profiles.anchored(i, j, &df);
                if anchored || counted {
                    edges.push((score, j as u32, i as u32));
                }
            }
        }
    }
    sort_edges(&mut edges);
    let mut groups = Groups::new(statements.iter().map(|s| s.article));
    for (score, a, b) in edges {
        let (ra, rb) = (groups.find(a as usize), groups.find(b as usize));
        if ra == rb || (score < REPEAT && groups.share_article(ra, rb)) {
            continue;
        }
        groups.union(ra, rb);
    }
    // Group slot per root, in order of first member.
    let mut by_root: Vec<usize> = vec![usize::MAX; n];
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        let root = groups.find(i);
        if by_root[root] == usize::MAX {
            by_root[root] = out.len();
            out.push(Vec::new());
        }
        out[by_root[root]].push(i);
    }
    out
}

/// Sorts `edges` best first, then by statements: the one hot sort (every
/// candidate pair of a large bundle), the standard sort of its own, not the
/// shared index sort of crate::order. Each pair is pushed once, so this is a
/// total order and an unstable sort is exact. Scores are positive, so their
/// bits order them as `total_cmp` does: while statement indices fit in 16
/// bits, each edge sorts as one `u64` (score bits inverted, `a`, `b`).
fn sort_edges(edges: &mut [(f32, u32, u32)]) {
    let small = edges
        .iter()
        .all(|&(s, a, b)| s.is_sign_positive() && a <= 0xffff && b <= 0xffff);
    if !small {
        edges.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
        return;
    }
    let mut keys: Vec<u64> = edges
        .iter()
        .map(|&(s, a, b)| (u64::from(!s.to_bits()) << 32) | (u64::from(a) << 16) | u64::from(b))
        .collect();
    keys.sort_unstable();
    for (e, k) in edges.iter_mut().zip(keys) {
        *e = (
            f32::from_bits(!((k >> 32) as u32)),
            ((k >> 16) & 0xffff) as u32,
            (k & 0xffff) as u32,
        );
    }
}

/// Most statements compared when choosing a claim's label.
const LABEL_PEERS: usize = 16;

/// One claim from the statement indices of a group (ascending).
fn make_claim(statements: &[Statement], profiles: &Profiles, members: Vec<usize>) -> Claim {
    let mut articles: Vec<usize> = members.iter().map(|&i| statements[i].article).collect();
    crate::order::sort(&mut articles);
    articles.dedup();
    let mut known = members.iter().filter_map(|&i| statements[i].speaker);
    let speaker = known.next().filter(|&first| known.all(|s| s == first));
    // The most central statement (mean score to the others), preferring the
    // shortest of those nearly as central.
    let peers = &members[..members.len().min(LABEL_PEERS)];
    let centrality: Vec<f32> = peers
        .iter()
        .map(|&i| {
            peers
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| profiles.score(i, j).0)
                .sum()
        })
        .collect();
    let best = centrality.iter().copied().fold(0.0f32, f32::max);
    let chosen = peers
        .iter()
        .zip(&centrality)
        .filter(|(&i, &c)| {
            c >= best * 0.8 && statements[i].text.split_whitespace().nth(2).is_some()
        })
        .min_by_key(|(&i, _)| (!complete(&statements[i].text), statements[i].text.len()))
        .map_or(peers[0], |(&i, _)| i);
    Claim {
        id: 0,
        label: label::label(&statements[chosen].text),
        speaker,
        statements: members.iter().map(|&i| statements[i].id).collect(),
        status: if articles.len() > 1 {
            ClaimStatus::MultiSource
        } else {
            ClaimStatus::SingleSource
        },
        articles,
    }
}

/// True when `text` reads as a sentence of its own (starts upper case,
/// after any opening quote), not a fragment of a reported-speech frame.
fn complete(text: &str) -> bool {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Sorts `claims` (disputed, then multi-source, then single-source; attributed
/// before narration; then by first appearance) and renumbers their ids.
/// Returns `old id → new id`.
pub fn sort(claims: &mut [Claim], statements: &[Statement]) -> Vec<usize> {
    let rank = |c: &Claim| {
        let status = match c.status {
            ClaimStatus::Disputed => 0,
            ClaimStatus::MultiSource => 1,
            ClaimStatus::SingleSource => 2,
        };
        let first = c.statements.iter().copied().min().unwrap_or(usize::MAX);
        let narration = statements
            .get(first)
            .is_some_and(|s| s.kind == StatementKind::Narration);
        (status, narration, first)
    };
    crate::order::sort_by_key(claims, rank);
    let mut remap = vec![0; claims.len()];
    for (new, c) in claims.iter_mut().enumerate() {
        if let Some(slot) = remap.get_mut(c.id) {
            *slot = new;
        }
        c.id = new;
    }
    remap
}
