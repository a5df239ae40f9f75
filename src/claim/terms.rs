//! Key terms of a statement: the words that carry its proposition, folded so
//! that paraphrases across outlets share them.
//!
//! Per word: accents and case folded ([`crate::text::fold`]), possessive
//! `'s` dropped, stopwords removed ([`crate::lexicon::stopwords`]), British
//! spelling folded to American ([`crate::lexicon::spelling`]), country
//! adjectives folded to the country ([`crate::lexicon::synonyms::DEMONYMS`]),
//! a light suffix stemmer (plural `-s`, `-ed`, `-ing`, `-ly`, final `-e`), and
//! near-synonyms folded to their class ([`crate::lexicon::synonyms`]).
//! Multi-word expressions ("called on" = "urge") are matched first. Numbers
//! become `#` and their digits (`1,500` → `#1500`).

use std::sync::OnceLock;

use crate::text::{FastMap as HashMap, FastSet as HashSet};

use crate::lexicon::{places, spelling, stopwords, synonyms};
use crate::text::{fold, words};

/// The tables the normaliser needs, built once.
struct Tables {
    stop: HashSet<String>,
    // `classes` and `demonyms` hold owned strings, the type of `countries`:
    // each distinct map type compiles its own hash table code into the wasm.
    classes: HashMap<String, String>,
    demonyms: HashMap<String, String>,
    /// Multi-word expressions by their first word.
    phrases: HashMap<&'static str, Vec<(&'static [&'static str], &'static str)>>,
    /// Country names of one or two words ("uk", "great britain") to the
    /// term of the country (as its demonym gives it).
    countries: HashMap<String, String>,
    /// The two-word names in `countries` by their first word: each second
    /// word with the term of the country.
    country_pairs: HashMap<String, Vec<(String, String)>>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut stop: HashSet<String> =
            stopwords::STOPWORDS.iter().map(|w| w.to_string()).collect();
        stop.extend(stopwords::STOPWORDS.iter().map(|w| stem(w)));
        let mut classes = HashMap::default();
        for class in synonyms::CLASSES {
            for w in *class {
                classes.insert(stem(&spelling::american(w)), class[0].to_string());
            }
        }
        let demonyms: HashMap<String, String> = synonyms::DEMONYMS
            .iter()
            .map(|&(d, c)| (d.to_string(), c.to_string()))
            .collect();
        let mut phrases: HashMap<_, Vec<_>> = HashMap::default();
        for &(words, class) in synonyms::PHRASES {
            if let Some(first) = words.first() {
                phrases.entry(*first).or_default().push((words, class));
            }
        }
        let mut countries = HashMap::default();
        for c in places::COUNTRIES {
            let canonical = c
                .demonyms
                .iter()
                .find_map(|&d| demonyms.get(d).map(String::as_str))
                .map_or_else(|| stem(&fold(c.name)), stem);
            for name in
                std::iter::once(fold(c.name)).chain(c.other_names.iter().map(|n| n.to_string()))
            {
                if name.split(' ').count() <= 2 {
                    countries.insert(name, canonical.clone());
                }
            }
        }
        let mut country_pairs: HashMap<String, Vec<(String, String)>> = HashMap::default();
        for (name, term) in &countries {
            if let Some((a, b)) = name.split_once(' ') {
                let seconds = country_pairs.entry(a.to_string()).or_default();
                seconds.push((b.to_string(), term.clone()));
            }
        }
        Tables {
            stop,
            classes,
            demonyms,
            phrases,
            countries,
            country_pairs,
        }
    })
}

/// Light suffix stemmer: strips plural `-s`, `-ly`, `-ing`, `-ed` and a final
/// `-e`, so that "condemned" / "condemns" / "condemn" and "continue" /
/// "continued" agree. Only consistency matters: both sides of a comparison
/// are stemmed alike.
///
/// ```
/// use factsheet::claim::terms::stem;
/// assert_eq!(stem("condemned"), stem("condemns"));
/// assert_eq!(stem("continued"), stem("continue"));
/// assert_eq!(stem("ministries"), "ministry");
/// ```
pub fn stem(word: &str) -> String {
    let mut s = word.to_string();
    if !s.is_ascii() {
        return s;
    }
    let n = s.len();
    if n > 4 && s.ends_with("ies") {
        s.truncate(n - 3);
        s.push('y');
    } else if s.ends_with("sses") {
        s.truncate(n - 2);
    } else if n > 3
        && s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("us")
        && !s.ends_with("is")
    {
        s.truncate(n - 1);
    }
    let n = s.len();
    if n > 5 && s.ends_with("ly") {
        s.truncate(n - 2);
    }
    let n = s.len();
    if n > 5 && s.ends_with("ing") {
        s.truncate(n - 3);
        undouble(&mut s);
    } else if n > 4 && s.ends_with("ied") {
        s.truncate(n - 3);
        s.push('y');
    } else if n > 4 && s.ends_with("ed") {
        s.truncate(n - 2);
        undouble(&mut s);
    }
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    s
}

/// "stopp" → "stop", but "kill" and "pass" stay.
fn undouble(s: &mut String) {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o') {
        s.pop();
    }
}

/// The folded words of `text`, possessives dropped, in order.
pub fn folded_words(text: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(expected_words(text));
    each_folded_word(text, |w, _| out.push(w));
    out
}

/// Like [`folded_words`], each word with whether it was written with a
/// capital letter (a name or title, unless it starts the text).
pub fn cased_words(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::with_capacity(expected_words(text));
    each_folded_word(text, |w, capital| out.push((w, capital)));
    out
}

/// A guess at the number of words in `text` (about one per six bytes),
/// bounded so that a huge text does not reserve much up front.
pub(crate) fn expected_words(text: &str) -> usize {
    (text.len() / 6 + 1).min(256)
}

/// Calls `f` with each folded word of `text` (possessive dropped, empty
/// words skipped) and whether it was written with a capital letter.
pub fn each_folded_word(text: &str, mut f: impl FnMut(String, bool)) {
    let mut buf = String::new();
    each_folded_in(text, &mut buf, |w, capital| f(w.to_string(), capital));
}

/// Calls `f` with each folded word of `text`, exactly the words
/// [`folded_words`] gives, and whether it was written with a capital
/// letter. Each word is folded in `buf`, a scratch buffer, so that no word
/// is allocated.
pub fn each_folded_in(text: &str, buf: &mut String, mut f: impl FnMut(&str, bool)) {
    if text.is_ascii() {
        // Most news copy: the same words, split on bytes.
        ascii_words(text, |w| {
            // A word in lower case with no apostrophe is its own folding.
            if !w.bytes().any(|b| b.is_ascii_uppercase() || b == b'\'') {
                return f(w, false);
            }
            buf.clear();
            buf.push_str(w);
            buf.make_ascii_lowercase();
            drop_possessive(buf);
            if !buf.is_empty() {
                f(buf, w.as_bytes()[0].is_ascii_uppercase());
            }
        });
        return;
    }
    each_folded_text_word(text, |w, capital| f(&w, capital));
}

/// Drops a final possessive `'s` or `'` from folded `word`, in place.
fn drop_possessive(word: &mut String) {
    let keep = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix('\''))
        .map_or(word.len(), str::len);
    word.truncate(keep);
}

/// Calls `f` with each word of ASCII `text`: exactly the words of
/// [`crate::text::words`] (which this follows rule for rule), found on bytes
/// rather than chars.
fn ascii_words(text: &str, mut f: impl FnMut(&str)) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < n {
            let c = b[i];
            if c.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let joins = match (c, b.get(i + 1)) {
                (b',', Some(&next)) => b[i - 1].is_ascii_digit() && next.is_ascii_digit(),
                (b'.', Some(&next)) => {
                    next.is_ascii_alphanumeric()
                        && (b[i - 1].is_ascii_digit() || ascii_initialism_dot(b, start, i))
                }
                (b'\'' | b'-', Some(&next)) => next.is_ascii_alphanumeric(),
                _ => false,
            };
            if !joins {
                break;
            }
            i += 1;
        }
        f(&text[start..i]);
    }
}

/// `text::is_initialism_dot` on bytes: the '.' at `dot` continues an
/// initialism like "U.S" (single letters separated by dots).
fn ascii_initialism_dot(b: &[u8], word_start: usize, dot: usize) -> bool {
    let seg = &b[word_start..dot];
    let last = match seg.iter().rposition(|&c| c == b'.') {
        Some(p) => &seg[p + 1..],
        None => seg,
    };
    last.len() == 1
        && b.get(dot + 2)
            .is_none_or(|&c| !c.is_ascii_alphanumeric() || c == b'.')
}

/// [`each_folded_word`] over [`words`], for any text: its path for text that
/// is not all ASCII, and what its ASCII path must match (tested).
fn each_folded_text_word(text: &str, mut f: impl FnMut(String, bool)) {
    for w in words(text) {
        let capital = w.text.chars().next().is_some_and(char::is_uppercase);
        let mut folded = if w.text.is_ascii() {
            w.text.to_ascii_lowercase()
        } else {
            fold(w.text)
        };
        drop_possessive(&mut folded);
        if !folded.is_empty() {
            f(folded, capital);
        }
    }
}

/// A number written in digits, normalised: `1,500` → `1500`; `None` when
/// `word` is not one.
pub fn digits(word: &str) -> Option<String> {
    let first = word.chars().next()?;
    if !first.is_ascii_digit() {
        return None;
    }
    let out: String = word.chars().filter(|c| *c != ',').collect();
    out.chars()
        .all(|c| c.is_ascii_digit() || c == '.')
        .then_some(out)
}

/// The normalised key term of one folded word, or `None` for a stopword.
pub fn term(word: &str) -> Option<String> {
    let t = tables();
    if let Some(d) = digits(word) {
        return Some(format!("#{d}"));
    }
    if word.len() < 2 || t.stop.contains(word) {
        return None;
    }
    if let Some(country) = t.countries.get(word) {
        return Some(country.clone());
    }
    let us = spelling::american(word);
    if let Some(country) = t.demonyms.get(us.as_ref()) {
        // Stemmed like the country's own name ("Chile" → "chil").
        return Some(stem(country));
    }
    let s = stem(&us);
    if t.stop.contains(&s) {
        return None;
    }
    if let Some(class) = t.classes.get(&s) {
        return Some(class.clone());
    }
    Some(s)
}

/// True when `text` is negated: it holds a negator ("not", "no",
/// "neither", "never", "n't", ...; see [`crate::lexicon::negation::NEGATORS`]).
///
/// ```
/// use factsheet::claim::terms::is_negative;
/// assert!(is_negative("Spain has no information"));
/// assert!(is_negative("Lima didn't report it"));
/// assert!(!is_negative("Spain knows"));
/// ```
pub fn is_negative(text: &str) -> bool {
    folded_words(text)
        .iter()
        .any(|w| crate::lexicon::negation::NEGATORS.contains(&w.as_str()) || w.ends_with("n't"))
}

/// True when `text` (a cue such as "later denied") holds a denial verb
/// ([`crate::lexicon::negation::DENIAL_VERBS`]).
pub fn is_denial(text: &str) -> bool {
    let (mut denies, mut buf) = (false, String::new());
    each_folded_in(text, &mut buf, |w, _| {
        denies |= crate::lexicon::negation::DENIAL_VERBS.contains(&w);
    });
    denies
}

/// The key terms of `text`, in order of appearance, repeats kept.
///
/// ```
/// use factsheet::claim::terms::key_terms;
/// assert_eq!(
///     key_terms("He called on Peru to stop any instrumentalisation"),
///     key_terms("He urged Peru to end any exploitation"),
/// );
/// ```
pub fn key_terms(text: &str) -> Vec<String> {
    let words = folded_words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((class, len)) = phrase_at(&words, i) {
            out.push(class.to_string());
            i += len;
            continue;
        }
        if let Some(t) = term(&words[i]) {
            out.push(t);
        }
        i += 1;
    }
    out
}

/// The class of the multi-word expression starting at `words[i]` ("called
/// on" → "urge") and how many words it takes.
pub fn phrase_at<S: AsRef<str>>(words: &[S], i: usize) -> Option<(&'static str, usize)> {
    let t = tables();
    let first = words.get(i)?.as_ref();
    if let Some(starting) = t.phrases.get(first) {
        let found = starting.iter().find_map(|(phrase, class)| {
            let n = phrase.len();
            (words.len() - i >= n
                && words[i..i + n]
                    .iter()
                    .zip(*phrase)
                    .all(|(a, b)| a.as_ref() == *b))
            .then_some((*class, n))
        });
        if found.is_some() {
            return found;
        }
    }
    // A country's two-word name ("great britain", "united kingdom").
    let second = words.get(i + 1)?.as_ref();
    let seconds = t.country_pairs.get(first)?;
    seconds
        .iter()
        .find(|(s, _)| s == second)
        .map(|(_, c)| (c.as_str(), 2))
}

/// True when a multi-word expression ([`phrase_at`]) may start with folded
/// `word`: when it is false, `phrase_at` finds none there.
pub fn may_start_phrase(word: &str) -> bool {
    let t = tables();
    t.phrases.contains_key(word) || t.country_pairs.contains_key(word)
}

/// True when folded `word` negates ("not", "no", "n't", ...).
pub fn is_negator(word: &str) -> bool {
    crate::lexicon::negation::NEGATORS.contains(&word) || word.ends_with("n't")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_and_synonyms_fold_together() {
        assert_eq!(key_terms("defence ministry"), key_terms("Defense Ministry"));
        assert_eq!(
            key_terms("unequivocally condemned"),
            key_terms("unreservedly denounces")
        );
        assert_eq!(key_terms("Spain's war"), key_terms("the Spanish war"));
        assert_eq!(key_terms("Norway’s aid"), key_terms("Norwegian aid"));
        assert_eq!(key_terms("Syria"), key_terms("Syrian"));
        assert_eq!(key_terms("1,500 killed"), ["#1500", "kill"]);
    }

    #[test]
    fn tense_shifts_do_not_matter() {
        assert_eq!(
            key_terms("Spain has no information"),
            key_terms("Spain had no information")
        );
        assert_eq!(
            key_terms("Spain will continue to support"),
            key_terms("Spain would continue supporting")
        );
    }

    #[test]
    fn country_names_of_two_words_and_idioms_fold() {
        assert_eq!(key_terms("Great Britain"), key_terms("Britain's"));
        assert_eq!(key_terms("the United Kingdom"), key_terms("the UK"));
        assert_eq!(
            key_terms("walked out"),
            key_terms("left the negotiating table")
        );
        assert_eq!(key_terms("broke out"), key_terms("began"));
        assert_eq!(key_terms("exits"), key_terms("door"));
        assert_eq!(key_terms("recovered bodies"), key_terms("recover body"));
        assert_ne!(key_terms("walked"), key_terms("walked out"));
    }

    #[test]
    fn ascii_words_are_the_text_words() {
        let mut seed = 11u64;
        let alphabet = b"aB9 .,'-\"x0";
        for len in 0..40 {
            for _ in 0..300 {
                let t: String = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                        alphabet[(seed >> 33) as usize % alphabet.len()] as char
                    })
                    .collect();
                let (mut fast, mut slow) = (Vec::new(), Vec::new());
                each_folded_word(&t, |w, c| fast.push((w, c)));
                each_folded_text_word(&t, |w, c| slow.push((w, c)));
                assert_eq!(fast, slow, "{t:?}");
            }
        }
        for t in [
            "U.S. aid",
            "1,500.5 m",
            "co-op's",
            "A.B.C.D",
            "x.y.",
            "Mr. X's 3.5",
        ] {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            each_folded_word(t, |w, c| fast.push((w, c)));
            each_folded_text_word(t, |w, c| slow.push((w, c)));
            assert_eq!(fast, slow, "{t:?}");
        }
    }

    #[test]
    fn a_phone_call_is_not_a_call_on() {
        assert_ne!(key_terms("a phone call"), key_terms("called on"));
    }
}
