//! Titles, honorifics and roles that introduce a person in news writing
//! ("Defence Minister", "President", "spokesperson", "advisor to ...").
//!
//! Every entry is lower case and accent-free (see [`crate::text::fold`]).

/// The gender an honorific implies, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// Mr, Sir, Lord.
    Male,
    /// Mrs, Ms, Miss, Dame, Lady.
    Female,
    /// Dr, Prof, ranks.
    Unknown,
}

/// Honorifics and abbreviated ranks written before a name (without the dot).
pub const HONORIFICS: &[(&str, Gender)] = &[
    ("mr", Gender::Male),
    ("sir", Gender::Male),
    ("lord", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("dame", Gender::Female),
    ("lady", Gender::Female),
    ("mx", Gender::Unknown),
    ("dr", Gender::Unknown),
    ("prof", Gender::Unknown),
    ("gen", Gender::Unknown),
    ("col", Gender::Unknown),
    ("lt", Gender::Unknown),
    ("maj", Gender::Unknown),
    ("capt", Gender::Unknown),
    ("sgt", Gender::Unknown),
    ("adm", Gender::Unknown),
    ("rev", Gender::Unknown),
    ("sen", Gender::Unknown),
    ("rep", Gender::Unknown),
    ("gov", Gender::Unknown),
];

/// Nouns that head a person's title or role ("minister", "spokesperson").
pub const TITLE_HEADS: &[&str] = &[
    "minister",
    "president",
    "vice-president",
    "premier",
    "chancellor",
    "secretary",
    "secretary-general",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "advisor",
    "adviser",
    "aide",
    "ambassador",
    "envoy",
    "general",
    "commander",
    "chief",
    "head",
    "director",
    "director-general",
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "lawmaker",
    "legislator",
    "mp",
    "mep",
    "official",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "emir",
    "sultan",
    "sheikh",
    "pope",
    "leader",
    "pm",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "founder",
    "prosecutor",
    "judge",
    "attorney",
    "analyst",
    "expert",
    "professor",
    "researcher",
    "correspondent",
    "reporter",
    "editor",
    "commissioner",
    "inspector",
    "officer",
    "colonel",
    "lieutenant",
    "sergeant",
    "captain",
    "admiral",
    "marshal",
    "negotiator",
    "diplomat",
    "counsellor",
    "counselor",
    "coordinator",
    "speaker",
    "deputy",
    "manager",
    "executive",
    "economist",
    "lawyer",
    "activist",
    "witness",
    "resident",
    "scientist",
    "doctor",
    "host",
    "presenter",
    "anchor",
    "moderator",
    "interviewer",
    "journalist",
    "boss",
    "critic",
    "campaigner",
    "organiser",
    "organizer",
    // Religious offices.
    "rabbi",
    "archbishop",
    "cardinal",
    "imam",
    "mufti",
    "ayatollah",
    "cleric",
    "pastor",
    "vicar",
    "chaplain",
    "patriarch",
    // Sport, police and schools.
    "coach",
    "sheriff",
    "superintendent",
    "headteacher",
    "headmaster",
    "headmistress",
];

/// Words that qualify a title without being part of the domain ("deputy
/// prime minister", "former president").
pub const TITLE_MODIFIERS: &[&str] = &[
    "deputy",
    "vice",
    "acting",
    "former",
    "chief",
    "senior",
    "junior",
    "first",
    "prime",
    "top",
    "interim",
    "then",
    "outgoing",
    "incoming",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "home",
    "justice",
    "health",
    "state",
    "press",
    "military",
    "security",
    "national",
    "presidential",
    "general",
    "lead",
    "principal",
    "special",
    "economy",
    "energy",
    "trade",
];

/// Heads of state or government: who "the French leader" or "the country's
/// leader" can mean.
pub const LEADER_TITLES: &[&str] = &[
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sultan",
    "leader",
];

/// Relational nouns that look like titles but say nothing about the role
/// ("his Russian counterpart").
pub const RELATIONAL: &[&str] = &[
    "counterpart",
    "counterparts",
    "colleague",
    "colleagues",
    "predecessor",
    "successor",
    "ally",
    "rival",
    "opponent",
];

/// Titles written several ways, with the form they are compared in.
pub const TITLE_ALIASES: &[(&str, &str)] = &[
    ("pm", "prime minister"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("adviser", "advisor"),
    ("counselor", "counsellor"),
    ("chairwoman", "chair"),
    ("chairman", "chair"),
];

/// The form a title head (folded) is compared in: "spokesman" and
/// "spokeswoman" are both "spokesperson", "pm" is "prime minister".
///
/// ```
/// use factsheet::lexicon::titles::canonical_title;
/// assert_eq!(canonical_title("spokesman"), "spokesperson");
/// assert_eq!(canonical_title("minister"), "minister");
/// ```
pub fn canonical_title(folded: &str) -> &str {
    TITLE_ALIASES
        .iter()
        .find(|(a, _)| *a == folded)
        .map_or(folded, |&(_, c)| c)
}

/// The gender an honorific (folded, without the dot) implies.
///
/// ```
/// use factsheet::lexicon::titles::{honorific, Gender};
/// assert_eq!(honorific("mrs"), Some(Gender::Female));
/// assert_eq!(honorific("minister"), None);
/// ```
pub fn honorific(folded: &str) -> Option<Gender> {
    HONORIFICS
        .iter()
        .find(|(h, _)| *h == folded)
        .map(|&(_, g)| g)
}

/// True when `folded` heads a title ("minister", "spokeswoman").
pub fn is_title_head(folded: &str) -> bool {
    TITLE_HEADS.contains(&folded)
}

/// True when `folded` qualifies a title ("deputy", "defence").
pub fn is_title_modifier(folded: &str) -> bool {
    TITLE_MODIFIERS.contains(&folded)
}

/// True when `folded` (a title head, or "prime minister") names a head of
/// state or government.
pub fn is_leader(folded: &str) -> bool {
    LEADER_TITLES.contains(&folded)
}

/// True when `folded` is a relational noun ("counterpart").
pub fn is_relational(folded: &str) -> bool {
    RELATIONAL.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_carry_gender() {
        assert_eq!(honorific("mr"), Some(Gender::Male));
        assert_eq!(honorific("ms"), Some(Gender::Female));
        assert_eq!(honorific("dr"), Some(Gender::Unknown));
    }

    #[test]
    fn title_families() {
        for t in [
            "minister",
            "president",
            "spokeswoman",
            "advisor",
            "adviser",
            "ambassador",
        ] {
            assert!(is_title_head(t), "{t}");
        }
        for m in ["deputy", "former", "defence", "defense", "foreign"] {
            assert!(is_title_modifier(m), "{m}");
        }
        assert!(is_leader("prime minister") && is_leader("president"));
        assert!(!is_leader("minister"));
        assert!(is_relational("counterpart") && !is_title_head("counterpart"));
        assert_eq!(canonical_title("pm"), "prime minister");
        assert_eq!(canonical_title("spokeswoman"), canonical_title("spokesman"));
        for (alias, _) in TITLE_ALIASES {
            assert!(is_title_head(alias), "{alias}");
        }
    }

    #[test]
    fn entries_are_folded() {
        let all = HONORIFICS.iter().map(|(h, _)| h);
        for t in all
            .chain(TITLE_HEADS)
            .chain(TITLE_MODIFIERS)
            .chain(LEADER_TITLES)
            .chain(RELATIONAL)
        {
            assert_eq!(crate::text::fold(t), *t);
        }
    }
}
