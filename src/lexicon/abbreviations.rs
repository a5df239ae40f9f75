//! Abbreviations that end with a period without ending the sentence.

/// Titles and honorifics written before a name: never the end of a
/// sentence ("Gen. Smith", "Mr. Jones").
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col", "maj", "capt",
    "cpt", "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "cdr", "gens", "sen", "sens", "rep", "reps",
    "gov", "govs", "pres", "amb", "hon", "rev", "fr", "insp", "supt", "det", "atty", "sr", "mt",
    "ft", "lieut", "comdr", "gov-gen", "lt-gen", "maj-gen", "lt-col",
];

/// Abbreviations that usually continue the sentence but may also end it
/// ("the U.S. said" / "moved to the U.S. The next day"). Written without
/// their final period, lower case.
pub const COMMON: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.a.e", "d.c", "n.y", "l.a", "a.m", "p.m", "e.g", "i.e",
    "etc", "vs", "v", "inc", "ltd", "co", "corp", "jr", "st", "ave", "blvd", "rd", "dept", "est",
    "approx", "no", "nos", "vol", "fig", "pp", "ca", "cf", "al", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "bn", "mln", "mn", "tn", "intl", "govt", "min", "max", "ph.d",
    "b.a", "m.a", "op", "ed", "eds", "univ", "assn",
];

/// Abbreviations that only count as such before a number ("No. 5",
/// "Art. 49"); elsewhere "No." is a word that may end a sentence.
pub const BEFORE_NUMBER: &[&str] = &["no", "nos", "art", "vol", "p", "pp", "fig", "para"];

/// Words that commonly open a sentence: after an ambiguous abbreviation
/// ("U.S.", "Inc.", "a.m.") one of these means the sentence did end.
pub const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "so",
    "yet",
    "however",
    "meanwhile",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "what",
    "why",
    "how",
    "who",
    "some",
    "many",
    "most",
    "no",
    "not",
    "both",
    "other",
    "one",
    "two",
    "three",
    "earlier",
    "later",
    "since",
    "then",
    "also",
    "still",
    "according",
    "last",
    "for",
    "from",
    "by",
    "with",
    "during",
    "despite",
    "although",
    "though",
    "officials",
];

/// The kind of abbreviation `word` (lower case, without its final period)
/// is, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbreviation {
    /// A title before a name: never ends a sentence.
    Title,
    /// Usually inside a sentence; ends one only before a sentence starter.
    Common,
    /// An abbreviation only before a number.
    BeforeNumber,
}

/// Looks up `word` (any case, without its final period).
///
/// ```
/// use factsheet::lexicon::abbreviations::{lookup, Abbreviation};
/// assert_eq!(lookup("Gen"), Some(Abbreviation::Title));
/// assert_eq!(lookup("U.S"), Some(Abbreviation::Common));
/// assert_eq!(lookup("house"), None);
/// ```
pub fn lookup(word: &str) -> Option<Abbreviation> {
    if word.len() > 8 {
        return None;
    }
    if contains_any_case(TITLES, word) {
        Some(Abbreviation::Title)
    } else if contains_any_case(BEFORE_NUMBER, word) {
        Some(Abbreviation::BeforeNumber)
    } else if contains_any_case(COMMON, word) {
        Some(Abbreviation::Common)
    } else {
        None
    }
}

/// True when `word` (any case) commonly opens a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    word.len() <= 12 && contains_any_case(SENTENCE_STARTERS, word)
}

/// Whether the lower-case `table` holds `word` in any ASCII case: the same
/// answer as looking up `word.to_ascii_lowercase()`, without allocating it.
pub(crate) fn contains_any_case(table: &[&str], word: &str) -> bool {
    table.iter().any(|t| t.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_never_end_sentences() {
        for t in [
            "Mr", "Mrs", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof",
        ] {
            assert_eq!(lookup(t), Some(Abbreviation::Title), "{t}");
        }
    }

    #[test]
    fn common_abbreviations_and_months() {
        for t in [
            "U.S", "U.K", "U.N", "a.m", "p.m", "etc", "Inc", "Ltd", "Co", "Jr", "St", "vs", "Jan",
            "Feb", "Sept", "Dec",
        ] {
            assert_eq!(lookup(t), Some(Abbreviation::Common), "{t}");
        }
    }

    #[test]
    fn number_abbreviations() {
        assert_eq!(lookup("No"), Some(Abbreviation::BeforeNumber));
        assert_eq!(lookup("Art"), Some(Abbreviation::BeforeNumber));
    }

    #[test]
    fn tables_are_lower_case_without_periods_at_the_end() {
        for w in TITLES.iter().chain(COMMON).chain(BEFORE_NUMBER) {
            assert_eq!(*w, w.to_ascii_lowercase());
            assert!(!w.ends_with('.'), "{w}");
        }
    }

    #[test]
    fn starters() {
        assert!(is_sentence_starter("The"));
        assert!(!is_sentence_starter("Tolkien"));
    }
}
