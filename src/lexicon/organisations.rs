//! Organisation vocabulary: head nouns of organisation names ("ministry",
//! "agency"), the portfolios ministries are named after with their synonyms
//! (defence = armed forces = military), media nouns ("news agency",
//! "newspaper"), nouns for documents that stand in for the body that issued
//! them ("the statement", "the communiqué"), and nouns for the circle around
//! a person ("his entourage", "her aides").
//!
//! Every entry is lower case and accent-free (see [`crate::text::fold`]).

/// Nouns that head the name of an organisation ("Ministry of Defence",
/// "Foreign Intelligence Service").
pub const ORG_HEADS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "office",
    "service",
    "services",
    "directorate",
    "committee",
    "council",
    "commission",
    "government",
    "administration",
    "cabinet",
    "parliament",
    "army",
    "navy",
    "police",
    "authority",
    "bureau",
    "court",
    "embassy",
    "party",
    "union",
    "company",
    "firm",
    "corporation",
    "staff",
    "command",
    "headquarters",
    "institute",
    "foundation",
    "organisation",
    "organization",
    "federation",
    "alliance",
    "bank",
    "secretariat",
    "prosecutor's office",
    "presidency",
    "guard",
    "forces",
    // The same heads in the languages whose names news often leaves
    // untranslated.
    "ministere",
    "ministerio",
    "ministero",
    "ministerium",
    "ministerstvo",
];

/// Nouns that describe a business ("the company said", "the firm
/// denied"): they pick up the latest company named before.
pub const COMPANY_NOUNS: &[&str] = &["company", "firm", "corporation"];

/// Legal-form suffixes of company names ("Acme Ltd", "Globex Inc"): left
/// out when names are compared, and evidence that the name is a company's.
pub const COMPANY_SUFFIXES: &[&str] = &[
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "plc",
    "corp",
    "llc",
    "gmbh",
    "ag",
    "nv",
    "bv",
    "spa",
    "pty",
    "co",
];

/// Last words of company names that name a line of business ("Acme
/// Plastics", "Globex Airlines"): evidence that the name is a company's.
pub const COMPANY_SECTORS: &[&str] = &[
    "plastics",
    "motors",
    "airlines",
    "airways",
    "industries",
    "technologies",
    "pharmaceuticals",
    "foods",
    "mining",
    "steel",
    "chemicals",
    "textiles",
    "logistics",
    "petroleum",
    "insurance",
    "electronics",
    "breweries",
    "brewery",
    "cement",
    "construction",
    "engineering",
    "manufacturing",
    "enterprises",
    "holdings",
    "group",
    "automotive",
    "semiconductor",
    "semiconductors",
];

/// Premises and assets that only a business has: "the Acme plant" says
/// that Acme is a company.
pub const COMPANY_PREMISES: &[&str] = &[
    "plant",
    "factory",
    "mill",
    "refinery",
    "warehouse",
    "smelter",
    "shareholders",
    "workforce",
];

/// Portfolios and their synonyms: the first entry of each family is the
/// canonical portfolio, the rest are ways outlets name the same thing.
pub const PORTFOLIOS: &[&[&str]] = &[
    &[
        "defence",
        "defense",
        "armed forces",
        "armies",
        "military",
        "armees",
        "defense nationale",
        "defensa",
        "difesa",
        "verteidigung",
    ],
    &[
        "foreign affairs",
        "foreign",
        "external affairs",
        "europe and foreign affairs",
        "foreign and commonwealth",
        "state",
        "affaires etrangeres",
        "europe et affaires etrangeres",
        "asuntos exteriores",
        "auswartiges",
    ],
    &["interior", "home affairs", "internal affairs", "home"],
    &[
        "finance",
        "finances",
        "treasury",
        "economy",
        "economic affairs",
    ],
    &["justice"],
    &["health", "public health"],
    &["education", "national education"],
    &["emergency situations", "emergencies"],
    &["intelligence", "foreign intelligence", "security"],
    &["energy"],
    &["agriculture"],
    &["transport"],
    &["culture"],
    &["trade", "commerce"],
    &["labour", "labor", "employment"],
    &["environment", "ecology"],
];

/// Nouns for news media; "agency" counts as media only after "news" or
/// "press".
pub const MEDIA_NOUNS: &[&str] = &[
    "news agency",
    "press agency",
    "state news agency",
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "tabloid",
    "broadsheet",
    "magazine",
    "channel",
    "tv channel",
    "broadcaster",
    "network",
    "radio",
    "television",
    "tv",
    "station",
    "outlet",
    "media outlet",
    "website",
    "news site",
    "news website",
    "wire service",
    "publication",
    "news portal",
    "agency",
];

/// Documents that stand in for the body that issued them ("the statement
/// said").
pub const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "communique",
    "press release",
    "release",
    "readout",
    "announcement",
    "declaration",
    "bulletin",
    "briefing",
    "note",
    "report",
    "letter",
    "post",
    "message",
];

/// Nouns for the people around someone who speak for them ("Dupont's
/// entourage"-style possessives).
pub const CIRCLE_NOUNS: &[&str] = &[
    "entourage",
    "aides",
    "aide",
    "team",
    "staff",
    "camp",
    "circle",
    "inner circle",
    "office",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "press service",
    "press office",
    "lawyer",
    "lawyers",
    "representatives",
    "allies",
    "supporters",
    "associates",
];

/// The canonical portfolio of `folded` ("armed forces" → "defence").
///
/// ```
/// use factsheet::lexicon::organisations::portfolio;
/// assert_eq!(portfolio("armed forces"), Some("defence"));
/// assert_eq!(portfolio("defense"), Some("defence"));
/// assert_eq!(portfolio("foreign affairs"), Some("foreign affairs"));
/// assert_eq!(portfolio("weather"), None);
/// ```
pub fn portfolio(folded: &str) -> Option<&'static str> {
    PORTFOLIOS
        .iter()
        .find(|family| family.contains(&folded))
        .map(|family| family[0])
}

/// True when `folded` heads an organisation's name.
pub fn is_org_head(folded: &str) -> bool {
    ORG_HEADS.contains(&folded)
}

/// True when `folded` describes a business ("company", "firm").
pub fn is_company_noun(folded: &str) -> bool {
    COMPANY_NOUNS.contains(&folded)
}

/// True when the folded name word `folded` says the name is a company's:
/// a legal form ("ltd") or a line of business ("plastics").
pub fn is_company_word(folded: &str) -> bool {
    let w = folded.trim_end_matches('.');
    COMPANY_SUFFIXES.contains(&w) || COMPANY_SECTORS.contains(&w)
}

/// True when `folded` is a legal-form suffix ("ltd", "inc.").
pub fn is_company_suffix(folded: &str) -> bool {
    COMPANY_SUFFIXES.contains(&folded.trim_end_matches('.'))
}

/// True when `folded` names premises only a business has ("plant").
pub fn is_company_premises(folded: &str) -> bool {
    COMPANY_PREMISES.contains(&folded)
}

/// True when `folded` is a media noun ("newspaper", "news agency").
pub fn is_media_noun(folded: &str) -> bool {
    MEDIA_NOUNS.contains(&folded)
}

/// True when `folded` is a document standing in for its issuer.
pub fn is_statement_noun(folded: &str) -> bool {
    STATEMENT_NOUNS.contains(&folded)
}

/// True when `folded` names the circle around a person.
pub fn is_circle_noun(folded: &str) -> bool {
    CIRCLE_NOUNS.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defence_synonyms_are_one_portfolio() {
        for s in ["defence", "defense", "armed forces", "armies", "military"] {
            assert_eq!(portfolio(s), Some("defence"), "{s}");
        }
        assert_eq!(portfolio("foreign"), Some("foreign affairs"));
        assert_eq!(portfolio("home affairs"), Some("interior"));
        assert_ne!(portfolio("foreign affairs"), portfolio("defence"));
    }

    #[test]
    fn noun_families() {
        assert!(is_org_head("ministry") && is_org_head("agency") && is_org_head("office"));
        assert!(is_media_noun("news agency") && is_media_noun("newspaper"));
        assert!(is_statement_noun("communique") && is_statement_noun("statement"));
        assert!(is_circle_noun("entourage") && is_circle_noun("aides"));
        assert!(!is_org_head("minister"));
        assert!(is_company_noun("firm") && is_company_noun("company"));
        assert!(is_company_word("ltd.") && is_company_word("plastics"));
        assert!(is_company_suffix("inc") && !is_company_suffix("plastics"));
        assert!(is_company_premises("plant") && !is_company_premises("town"));
    }

    #[test]
    fn entries_are_folded() {
        let families = PORTFOLIOS.iter().flat_map(|f| f.iter());
        for e in families
            .chain(ORG_HEADS)
            .chain(MEDIA_NOUNS)
            .chain(STATEMENT_NOUNS)
            .chain(CIRCLE_NOUNS)
            .chain(COMPANY_NOUNS)
            .chain(COMPANY_SUFFIXES)
            .chain(COMPANY_SECTORS)
            .chain(COMPANY_PREMISES)
        {
            assert_eq!(crate::text::fold(e), *e);
        }
    }
}
