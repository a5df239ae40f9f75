//! Each statement's claim profile, built once and shared by claim alignment
//! and conflict detection: its folded words, its key terms as ids (with
//! their weights), its predicate, what its negations cover, its figures,
//! and the index of candidate pairs.
//!
//! Per-statement lists are kept back to back in [`Lists`] (one buffer each,
//! not one vector per statement), and each distinct folded word is read
//! against the lexicons once (its key term, whether a phrase or a figure
//! may start there, whether it negates) however often it recurs. Words are
//! kept as ids into that table ([`Profiles::word`]).

use std::cell::{OnceCell, RefCell};

use super::index::Index;
use super::{numbers, terms};
use crate::model::Statement;
use crate::text::FastMap;

use super::{ANCHOR_SHARE, CONTAINED, CONTAINED_FACTOR, NEGATION_SCOPE};

/// One list of ids per item (statement, term), stored back to back.
#[derive(Clone, Debug)]
pub struct Lists {
    /// Where each list starts in `items`, then where the last one ends.
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Default for Lists {
    fn default() -> Lists {
        Lists {
            starts: vec![0],
            items: Vec::new(),
        }
    }
}

impl Lists {
    /// List `i`.
    pub fn get(&self, i: usize) -> &[u32] {
        &self.items[self.range(i)]
    }

    /// Where list `i` lies in the buffer of all lists.
    fn range(&self, i: usize) -> std::ops::Range<usize> {
        self.starts[i] as usize..self.starts[i + 1] as usize
    }

    /// How many lists there are.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// True when there are no lists.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds `id` to the list being built (the one after the last ended).
    pub(crate) fn add(&mut self, id: u32) {
        self.items.push(id);
    }

    /// Ends the list being built: what was added since the last end.
    pub(crate) fn end_list(&mut self) {
        self.starts.push(self.items.len() as u32);
    }

    /// Appends `list` as one list.
    pub(crate) fn push(&mut self, list: &[u32]) {
        self.items.extend_from_slice(list);
        self.end_list();
    }

    /// The inverse lists: for each id below `ids`, the (ascending) numbers
    /// of the lists that hold it. Every id held must be below `ids`.
    pub fn invert(&self, ids: usize) -> Lists {
        let mut starts = vec![0u32; ids + 1];
        for &t in &self.items {
            starts[t as usize + 1] += 1;
        }
        for k in 1..=ids {
            starts[k] += starts[k - 1];
        }
        let mut next = starts[..ids].to_vec();
        let mut items = vec![0u32; self.items.len()];
        for i in 0..self.len() {
            for &t in self.get(i) {
                let slot = &mut next[t as usize];
                items[*slot as usize] = i as u32;
                *slot += 1;
            }
        }
        Lists { starts, items }
    }
}

/// What [`Profiles`] knows of a distinct folded word.
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
    /// Whether a figure may start with it ([`numbers::may_start_number`]).
    numeric: bool,
}

impl WordInfo {
    fn of(word: &str) -> WordInfo {
        WordInfo {
            term: None,
            phrase: terms::may_start_phrase(word),
            negator: terms::is_negator(word),
            numeric: numbers::may_start_number(word),
        }
    }
}

/// Key terms of every statement as interned ids, with their weights.
#[derive(Clone, Debug, Default)]
pub struct Profiles {
    /// Sorted, unique term ids per statement.
    pub sets: Lists,
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
    pub predicates: Lists,
    /// For each term of `sets` (in the same places): whether it is in the
    /// statement's predicate too.
    in_predicate: Vec<bool>,
    /// Per statement, the sorted ids of the terms within [`NEGATION_SCOPE`]
    /// words after a negator ("did not *own the building*"): what the
    /// negation is about. Not used for a statement whose cue denies
    /// ([`Profiles::cue_denies`]): it is negated as a whole.
    pub scopes: Lists,
    /// The folded words of each statement ([`terms::folded_words`]) as word
    /// ids ([`Profiles::word`]), read once here for every later use
    /// (denials, silence, dates, initiatives).
    pub words: Lists,
    /// The figures of each statement ([`numbers::figures`]).
    pub figures: Vec<Vec<numbers::Figure>>,
    /// How many key terms each statement has, repeats counted: the length
    /// of [`terms::key_terms`] of its text.
    pub term_counts: Vec<usize>,
    /// The inverted index of `sets` (candidate pairs).
    pub index: Index,
    /// Whether each statement's cue denies ([`terms::is_denial`]); all
    /// false unless built by [`Profiles::of`].
    pub cue_denies: Vec<bool>,
    /// Term id per term text (the inverse of `vocabulary`).
    term_ids: FastMap<String, u32>,
    /// Word id per distinct folded word of the statements.
    word_ids: FastMap<String, u32>,
    /// The distinct words back to back, and where each ends.
    word_text: String,
    word_ends: Vec<u32>,
    /// What is known of each word, by word id.
    word_info: Vec<WordInfo>,
    /// Key terms of words no statement uses, found when first asked for
    /// ([`Profiles::key_term_ids`]): whether a phrase may start there, and
    /// the term's id.
    unseen: RefCell<FastMap<String, (bool, Option<u32>)>>,
    /// Ids of terms no statement uses, numbered after the vocabulary.
    extra_ids: RefCell<FastMap<String, u32>>,
    /// [`Profiles::pairs`], found when first asked for.
    pairs: OnceCell<Lists>,
    /// Buffers [`Profiles::key_term_ids`] reuses: the folded words back to
    /// back, where each ends, and one word being folded.
    scratch: RefCell<(String, Vec<u32>, String)>,
}

/// The id of `t` in `vocabulary` (`ids` is its inverse), added if new.
fn intern(ids: &mut FastMap<String, u32>, vocabulary: &mut Vec<String>, t: &str) -> u32 {
    if let Some(&id) = ids.get(t) {
        return id;
    }
    let id = vocabulary.len() as u32;
    vocabulary.push(t.to_string());
    ids.insert(t.to_string(), id);
    id
}

impl Profiles {
    /// Builds the profiles of `texts`.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Profiles {
        let mut p = Profiles::default();
        // Every statement's folded words as word ids, each distinct word
        // looked up once; and whether each was written with a capital.
        // Also whether each statement has a negator and a word a figure may
        // start with.
        let mut buf = String::new();
        let mut capitals: Vec<bool> = Vec::new();
        let mut numeric: Vec<bool> = Vec::new();
        for text in texts {
            let (mut negator, mut number) = (false, false);
            terms::each_folded_in(text, &mut buf, |w, capital| {
                let id = p.intern_word(w);
                let info = p.word_info[id as usize];
                negator |= info.negator;
                number |= info.numeric;
                p.words.add(id);
                capitals.push(capital);
            });
            p.words.end_list();
            p.negative.push(negator);
            numeric.push(number);
        }
        let n = p.words.len();
        let Profiles {
            sets,
            predicates,
            scopes,
            words,
            vocabulary,
            term_ids,
            word_info,
            word_text,
            word_ends,
            figures,
            term_counts,
            in_predicate,
            ..
        } = &mut p;
        let word = |id: u32| word_at(word_text, word_ends, id);
        let mut view: Vec<&str> = Vec::new();
        let mut set: Vec<u32> = Vec::new();
        // Terms of words written in lower case (or first in the text): what
        // is said rather than who or where.
        let mut predicate: Vec<u32> = Vec::new();
        // Terms within the scope of a negator.
        let mut scope: Vec<u32> = Vec::new();
        for s in 0..n {
            let ids = words.get(s);
            let caps = &capitals[words.starts[s] as usize..];
            view.clear();
            view.extend(ids.iter().map(|&w| word(w)));
            set.clear();
            predicate.clear();
            scope.clear();
            let mut scope_end = 0;
            let mut i = 0;
            while i < ids.len() {
                let info = word_info[ids[i] as usize];
                if info.negator {
                    scope_end = i + 1 + NEGATION_SCOPE;
                }
                if let Some((class, len)) =
                    info.phrase.then(|| terms::phrase_at(&view, i)).flatten()
                {
                    let id = intern(term_ids, vocabulary, class);
                    set.push(id);
                    predicate.push(id);
                    if i < scope_end {
                        scope.push(id);
                    }
                    i += len;
                    continue;
                }
                let id = match info.term {
                    Some(id) => id,
                    None => {
                        let id = terms::term(view[i]).map(|t| intern(term_ids, vocabulary, &t));
                        word_info[ids[i] as usize].term = Some(id);
                        id
                    }
                };
                set.extend(id);
                if i == 0 || !caps[i] {
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
            // A statement with no word a figure may start with has none.
            let found = if numeric[s] {
                numbers::figures_in(&view)
            } else {
                Vec::new()
            };
            for f in &found {
                let id = intern(term_ids, vocabulary, &format!("={}", f.quantity));
                set.push(id);
                predicate.push(id);
            }
            figures.push(found);
            // Term ids: a total order, so the unstable sort is exact.
            let lists = [
                (&mut scope, &mut *scopes),
                (&mut set, &mut *sets),
                (&mut predicate, &mut *predicates),
            ];
            for (list, out) in lists {
                list.sort_unstable();
                list.dedup();
                out.push(list);
            }
            // Both sorted, the predicate within the set: one merge.
            let mut k = 0;
            in_predicate.extend(set.iter().map(|&t| {
                while predicate.get(k).is_some_and(|&x| x < t) {
                    k += 1;
                }
                predicate.get(k) == Some(&t)
            }));
        }
        p.index = Index::new(&p.sets, p.vocabulary.len());
        let count = n.max(1) as f32;
        p.weights = (0..p.vocabulary.len())
            .map(|t| 1.0 + (count / p.index.df(t as u32).max(1) as f32).ln())
            .collect();
        p.totals = (0..n)
            .map(|s| p.sets.get(s).iter().map(|&t| p.weights[t as usize]).sum())
            .collect();
        p.cue_denies = vec![false; n];
        p
    }

    /// The id of folded word `w`, added if new.
    fn intern_word(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.word_ids.get(w) {
            return id;
        }
        let id = self.word_info.len() as u32;
        self.word_info.push(WordInfo::of(w));
        self.word_text.push_str(w);
        self.word_ends.push(self.word_text.len() as u32);
        self.word_ids.insert(w.to_string(), id);
        id
    }

    /// The folded word of word id `id` (from [`Profiles::words`]).
    pub fn word(&self, id: u32) -> &str {
        word_at(&self.word_text, &self.word_ends, id)
    }

    /// How many distinct folded words the statements use (word ids are
    /// below it).
    pub fn word_count(&self) -> usize {
        self.word_info.len()
    }

    /// The folded words of statement `i`, in order.
    pub fn words_of(&self, i: usize) -> Vec<&str> {
        self.words.get(i).iter().map(|&w| self.word(w)).collect()
    }

    /// Per statement, its candidate partners ([`Index::strong_candidates`]):
    /// those before it sharing at least two of its looked-up rare terms,
    /// the pairs worth scoring (claim alignment and contradictions both
    /// walk them, in any order). Found once, when first asked for.
    pub fn pairs(&self) -> &Lists {
        self.pairs.get_or_init(|| {
            let n = self.sets.len();
            let mut stamps = vec![0u32; n];
            let mut pairs = Lists::default();
            for i in 0..n {
                self.index
                    .strong_candidates(self.sets.get(i), i, &mut stamps, &mut pairs);
                pairs.end_list();
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
        let mut scratch = self.scratch.borrow_mut();
        let (all, ends, buf) = &mut *scratch;
        all.clear();
        ends.clear();
        terms::each_folded_in(text, buf, |w, _| {
            all.push_str(w);
            ends.push(all.len() as u32);
        });
        let mut words: Vec<&str> = Vec::with_capacity(ends.len());
        words.extend((0..ends.len() as u32).map(|k| word_at(all, ends, k)));
        self.key_term_ids_in(&words)
    }

    /// [`Profiles::key_term_ids`] of the text of folded `words`.
    fn key_term_ids_in(&self, words: &[&str]) -> Vec<u32> {
        let mut out = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let info = self.word_ids.get(w).map(|&id| self.word_info[id as usize]);
            let known = || self.unseen.borrow().get(w).copied();
            let (phrase, unseen_term) =
                match info.map_or_else(|| (None, known()), |i| (Some(i), None)) {
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
                if let Some((class, len)) = terms::phrase_at(words, i) {
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
        for ((denies, negative), s) in p.cue_denies.iter_mut().zip(&mut p.negative).zip(statements)
        {
            *denies = s.cue.as_deref().is_some_and(terms::is_denial);
            *negative |= *denies;
        }
        p
    }

    /// Whether statement `i`'s cue denies ([`Profiles::cue_denies`]).
    pub(crate) fn denied(&self, i: usize) -> bool {
        self.cue_denies.get(i).copied().unwrap_or(false)
    }

    /// How alike statements `a` and `b` are (0..1), and how many terms they
    /// share: the weight of the shared terms over the geometric mean of both
    /// statements' weights.
    pub fn score(&self, a: usize, b: usize) -> (f32, usize) {
        let (s, count) = self.shared(a, b);
        (self.score_of(a, b, s), count)
    }

    /// The score of `a` and `b` given the weight of the terms they share.
    pub(crate) fn score_of(&self, a: usize, b: usize, s: f32) -> f32 {
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
        let (x, y) = (self.predicates.get(a), self.predicates.get(b));
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
        let common = || {
            let pb = self.predicates.get(b);
            self.predicates
                .get(a)
                .iter()
                .filter(|t| pb.binary_search(t).is_ok())
                .count()
        };
        if self.opposed(a, b) {
            return None;
        }
        self.matches_by(a, b, least, paraphrase, self.shared(a, b), common)
    }

    /// [`Profiles::matches`] of two statements that are not
    /// [`Profiles::opposed`], given the shared terms' weight and count and
    /// how to find the number of shared predicate terms.
    pub(crate) fn matches_by(
        &self,
        a: usize,
        b: usize,
        least: f32,
        paraphrase: bool,
        (shared, count): (f32, usize),
        common: impl FnOnce() -> usize,
    ) -> Option<f32> {
        let (ta, tb) = (self.totals[a], self.totals[b]);
        if count < 2 || ta <= 0.0 || tb <= 0.0 {
            return None;
        }
        // The same names and titles are not the same proposition: two
        // lower-case terms in common too, where both have that many.
        if self.predicates.get(a).len() >= 2 && self.predicates.get(b).len() >= 2 && common() < 2 {
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
        let (da, db) = (self.denied(a), self.denied(b));
        if da || db {
            return da != db;
        }
        let (sa, sb) = (self.scopes.get(a), self.scopes.get(b));
        if sa.is_empty() && sb.is_empty() {
            return false;
        }
        let (xa, xb) = (self.sets.get(a), self.sets.get(b));
        let shared = |scope: &[u32]| {
            scope
                .iter()
                .any(|t| xa.binary_search(t).is_ok() && xb.binary_search(t).is_ok())
        };
        shared(sa) != shared(sb)
    }

    /// True when `a` and `b` share a rare predicate term: one used by at
    /// most [`ANCHOR_SHARE`] of the statements (and by at least two). Topic
    /// words of the event are common; a rare shared term ("walked out",
    /// "briefed") marks the same proposition.
    pub fn anchored(&self, a: usize, b: usize) -> bool {
        let limit = ((self.sets.len() as f32 * ANCHOR_SHARE) as u32).max(2) as usize;
        let (pa, pb) = (self.predicates.get(a), self.predicates.get(b));
        pa.iter()
            .any(|&t| self.index.df(t) <= limit && pb.binary_search(&t).is_ok())
    }

    /// True when `a` and `b` count the same thing ("14 bodies", "12
    /// bodies"), whatever the figure.
    pub fn same_quantity(&self, a: usize, b: usize) -> bool {
        let (pa, pb) = (self.predicates.get(a), self.predicates.get(b));
        pa.iter()
            .any(|t| self.vocabulary[*t as usize].starts_with('=') && pb.binary_search(t).is_ok())
    }

    /// Weight and number of the terms `a` and `b` share.
    fn shared(&self, a: usize, b: usize) -> (f32, usize) {
        let (x, y) = (self.sets.get(a), self.sets.get(b));
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

/// Word `id` of words stored back to back in `text`, each ending at
/// `ends[id]`.
fn word_at<'t>(text: &'t str, ends: &[u32], id: u32) -> &'t str {
    let id = id as usize;
    let start = if id == 0 { 0 } else { ends[id - 1] as usize };
    &text[start..ends[id] as usize]
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
    /// Per term id: bit 1 in the statement's terms, bit 2 in its predicate,
    /// bit 4 in its negation scope.
    mark: Vec<u8>,
}

/// What the statement marked in a [`Focus`] shares with another.
pub(crate) struct Overlap {
    /// The weight of the shared terms.
    pub weight: f32,
    /// How many terms they share.
    pub count: usize,
    /// How many predicate terms they share.
    pub common: usize,
    /// Whether they are [`Profiles::opposed`].
    pub opposed: bool,
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
        // The predicate and the scope are terms of the statement too, so
        // unmarking its terms unmarks everything.
        if let Some(old) = self.at.replace(a) {
            for &t in p.sets.get(old) {
                self.mark[t as usize] = 0;
            }
        }
        for (list, bit) in [(&p.sets, 1), (&p.predicates, 2), (&p.scopes, 4)] {
            for &t in list.get(a) {
                self.mark[t as usize] |= bit;
            }
        }
    }

    /// What the marked statement and `b` share, in one pass over `b`'s
    /// terms: [`Focus::shared`] and [`Profiles::opposed`].
    pub(crate) fn overlap(&self, b: usize) -> Overlap {
        let p = self.profiles;
        let a = self.at.unwrap_or_default();
        let (mut weight, mut count, mut common, mut in_scope) = (0.0, 0, 0, false);
        let range = p.sets.range(b);
        let terms = p.sets.items[range.clone()].iter();
        for (&t, &own) in terms.zip(&p.in_predicate[range]) {
            let m = self.mark[t as usize];
            if m & 1 != 0 {
                weight += p.weights[t as usize];
                count += 1;
                common += usize::from(own && m & 2 != 0);
                in_scope |= m & 4 != 0;
            }
        }
        // As in `Profiles::opposed`: whether each negates a shared term.
        let opposed = match (p.denied(a), p.denied(b)) {
            (false, false) => {
                let scope = p.scopes.get(b);
                in_scope != scope.iter().any(|&t| self.mark[t as usize] & 1 != 0)
            }
            (da, db) => da != db,
        };
        Overlap {
            weight,
            count,
            common,
            opposed,
        }
    }

    /// [`Profiles::shared`] of the marked statement and `b`.
    pub(crate) fn shared(&self, b: usize) -> (f32, usize) {
        let p = self.profiles;
        let (mut shared, mut count) = (0.0, 0);
        for &t in p.sets.get(b) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_invert() {
        let mut l = Lists::default();
        l.push(&[0, 2]);
        l.push(&[]);
        l.push(&[2, 1]);
        assert_eq!((l.len(), l.get(1)), (3, &[][..]));
        let inv = l.invert(4);
        assert_eq!(inv.len(), 4);
        assert_eq!(
            [inv.get(0), inv.get(1), inv.get(2), inv.get(3)],
            [&[0][..], &[2], &[0, 2], &[]]
        );
    }

    #[test]
    fn words_are_interned_once() {
        let p = Profiles::new(["The talks resumed", "talks, talks"]);
        assert_eq!(p.words_of(0), ["the", "talks", "resumed"]);
        assert_eq!(p.words_of(1), ["talks", "talks"]);
        assert_eq!(p.word_count(), 3);
        assert_eq!(p.words.get(1), [1, 1]);
    }
}
