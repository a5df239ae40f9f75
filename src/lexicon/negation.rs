//! Cues of denial, rejection and silence: how news English says that a
//! statement is not true, or that a side has not said something.
//!
//! Words are folded (lower case, no accents), in text order. The conflict
//! stage matches them on word boundaries.

/// Verbs (any form listed) that deny or reject what someone else said.
pub const DENIAL_VERBS: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "denial",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "refute",
    "refutes",
    "refuted",
    "refuting",
    "rebut",
    "rebuts",
    "rebutted",
    "dismiss",
    "dismisses",
    "dismissed",
    "disputed",
    "disputes",
    "contradicted",
    "contradicts",
];

/// Phrases that deny a proposition ("not true", "nothing of the sort").
pub const DENIAL_PHRASES: &[&[&str]] = &[
    &["not", "true"],
    &["untrue"],
    &["not", "the", "case"],
    &["is", "false"],
    &["are", "false"],
    &["was", "false"],
    &["nothing", "of", "the", "sort"],
    &["nothing", "of", "the", "kind"],
    &["nothing", "like", "that"],
    &["no", "such"],
    &["never", "happened"],
    &["baseless"],
    &["groundless"],
    &["no", "basis"],
    &["fabricated"],
    &["fabrication"],
];

/// Weak denials: a side says it knows of nothing to support a claim.
/// They count only against a matching claim by another speaker.
pub const WEAK_DENIAL_PHRASES: &[&[&str]] = &[
    &["no", "information"],
    &["no", "evidence"],
    &["no", "indication"],
    &["no", "proof"],
];

/// "Neither … nor": both words must occur, in this order.
pub const NEITHER_NOR: (&str, &str) = ("neither", "nor");

/// Pronouns that point back to what was said just before ("denied
/// *this*", "nothing of *the sort*").
pub const ANAPHORS: &[&str] = &[
    "this", "that", "it", "these", "those", "such", "sort", "kind",
];

/// Nouns that describe what is denied without quoting it ("denied *the
/// Peruvian account*").
pub const REFERENCES: &[&str] = &[
    "claim",
    "claims",
    "report",
    "reports",
    "account",
    "accounts",
    "version",
    "statement",
    "statements",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "assertion",
    "assertions",
];

/// "X has not reported …": a side's silence. Matched with the adverbs in
/// [`SKIPPABLE`] allowed in between.
pub const SILENCE_PHRASES: &[&[&str]] = &[
    &["not", "reported"],
    &["not", "report"],
    &["not", "commented"],
    &["not", "comment"],
    &["not", "confirmed"],
    &["not", "confirm"],
    &["not", "mentioned"],
    &["not", "mention"],
    &["not", "announced"],
    &["no", "mention"],
    &["no", "comment"],
    &["declined", "to", "comment"],
    &["silent", "on"],
];

/// Adverbs that may sit inside a silence phrase ("has not *yet officially*
/// reported").
pub const SKIPPABLE: &[&str] = &[
    "yet",
    "officially",
    "publicly",
    "formally",
    "immediately",
    "even",
    "so",
    "far",
    "still",
    "itself",
];

/// Words whose presence turns a statement negative (used to keep "has
/// information" and "has no information" apart).
pub const NEGATORS: &[&str] = &[
    "not", "no", "never", "neither", "nor", "nothing", "none", "nobody", "without", "n't",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(w: &str) -> bool {
        w == w.to_lowercase() && !w.contains(' ')
    }

    #[test]
    fn every_entry_is_folded_words() {
        let phrases = DENIAL_PHRASES
            .iter()
            .chain(WEAK_DENIAL_PHRASES)
            .chain(SILENCE_PHRASES);
        for p in phrases {
            assert!(!p.is_empty());
            assert!(p.iter().all(|w| folded(w)), "{p:?}");
        }
        for w in DENIAL_VERBS
            .iter()
            .chain(ANAPHORS)
            .chain(SKIPPABLE)
            .chain(NEGATORS)
        {
            assert!(folded(w), "{w}");
        }
    }

    #[test]
    fn denial_verbs_cover_their_forms() {
        for stem in ["deni", "reject", "refut", "dismiss"] {
            let forms = DENIAL_VERBS.iter().filter(|w| w.starts_with(stem)).count();
            assert!(forms >= 2, "{stem} has {forms} forms");
        }
    }

    #[test]
    fn silence_is_not_denial() {
        for p in SILENCE_PHRASES {
            assert!(!DENIAL_PHRASES.contains(p), "{p:?}");
        }
    }
}
