//! Personal pronouns that can stand for a speaker, with what they can refer to.

/// What a pronoun can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he, him, his: one person, male or of unknown gender.
    Male,
    /// she, her, hers: one person, female or of unknown gender.
    Female,
    /// it, its: an organisation, outlet, government or document.
    Neuter,
    /// they, them, their: a group, an organisation, or several speakers.
    Plural,
    /// I, we, me, us: the speaker of the surrounding quote, never resolvable
    /// from the attribution alone.
    First,
}

/// Pronouns, lower case, with their class.
pub const PRONOUNS: &[(&str, Pronoun)] = &[
    ("he", Pronoun::Male),
    ("him", Pronoun::Male),
    ("his", Pronoun::Male),
    ("himself", Pronoun::Male),
    ("she", Pronoun::Female),
    ("her", Pronoun::Female),
    ("hers", Pronoun::Female),
    ("herself", Pronoun::Female),
    ("it", Pronoun::Neuter),
    ("its", Pronoun::Neuter),
    ("itself", Pronoun::Neuter),
    ("they", Pronoun::Plural),
    ("them", Pronoun::Plural),
    ("their", Pronoun::Plural),
    ("themselves", Pronoun::Plural),
    ("i", Pronoun::First),
    ("me", Pronoun::First),
    ("we", Pronoun::First),
    ("us", Pronoun::First),
];

/// The class of `word` (any case) if it is a personal pronoun.
///
/// ```
/// use factsheet::lexicon::pronouns::{pronoun, Pronoun};
/// assert_eq!(pronoun("She"), Some(Pronoun::Female));
/// assert_eq!(pronoun("minister"), None);
/// ```
pub fn pronoun(word: &str) -> Option<Pronoun> {
    // ASCII words (nearly all) compare in place, without lower-casing a copy.
    if word.is_ascii() {
        return PRONOUNS
            .iter()
            .find(|(p, _)| p.eq_ignore_ascii_case(word))
            .map(|&(_, c)| c);
    }
    let w = word.to_lowercase();
    PRONOUNS.iter().find(|(p, _)| *p == w).map(|&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_family() {
        assert_eq!(pronoun("He"), Some(Pronoun::Male));
        assert_eq!(pronoun("her"), Some(Pronoun::Female));
        assert_eq!(pronoun("It"), Some(Pronoun::Neuter));
        assert_eq!(pronoun("they"), Some(Pronoun::Plural));
        assert_eq!(pronoun("We"), Some(Pronoun::First));
        assert_eq!(pronoun("Hes"), None);
    }
}
