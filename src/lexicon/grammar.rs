//! English function words the attribution stage needs to find the edges of
//! a speaker phrase and of a cue: determiners, pronouns, auxiliaries,
//! negations, frame adverbs, common irregular past tenses, prepositions that
//! end a noun phrase, wh-words, and words of time.
//!
//! All entries are lower case; compare with [`is_in`].

/// Whether `word` is in `table`, ignoring ASCII case.
///
/// ```
/// use factsheet::lexicon::grammar::{is_in, DETERMINERS};
/// assert!(is_in(DETERMINERS, "The"));
/// ```
pub fn is_in(table: &[&str], word: &str) -> bool {
    table.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words that may open a noun phrase.
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one", "two", "three",
    "several", "some", "many", "both", "other", "another",
];

/// Personal pronouns that can be speakers on their own.
#[rustfmt::skip]
pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you",
];

/// First-person pronouns: a quotation whose sentence starts with one is the
/// quoted speaker's own words, not a report of someone else's.
#[rustfmt::skip]
pub const FIRST_PERSON: &[&str] = &[
    "i", "we", "our", "my", "us",
];

/// Words that cannot start a speaker phrase even when capitalised.
#[rustfmt::skip]
pub const NON_SUBJECTS: &[&str] = &[
    "this", "that", "these", "those", "there", "here", "which", "what", "who", "whom", "whose",
    "where", "when", "why", "how", "however", "meanwhile", "but", "and", "or", "so", "yet", "if",
    "as", "while", "although", "though", "because", "since", "despite", "after", "before",
    "during", "in", "on", "at", "for", "with", "by", "from", "to", "of", "then", "now", "also",
    "separately", "still", "nor", "not", "such", "all", "each", "every", "any", "no", "none",
    "only", "even", "just", "thus", "therefore", "instead", "indeed", "nobody", "nothing",
];

/// Auxiliary and modal verbs.
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
    "did", "'s", "'ve", "'d", "'ll",
];

/// Auxiliaries after which a participle is passive ("was told").
#[rustfmt::skip]
pub const PASSIVE_AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am",
];

/// Negations: a negated cue reports no statement ("did not say").
#[rustfmt::skip]
pub const NEGATIONS: &[&str] = &[
    "not", "never", "n't", "neither", "nor", "no longer",
];

/// Adverbs that may sit between a speaker phrase and its cue ("also said",
/// "later denied") besides any "-ly" adverb.
#[rustfmt::skip]
pub const FRAME_ADVERBS: &[&str] = &[
    "also", "later", "then", "now", "again", "still", "already", "further", "once", "earlier",
    "previously", "recently", "reportedly", "allegedly", "subsequently", "too", "first", "even",
    "soon", "quickly", "often", "always", "long", "twice",
];

/// Common irregular past tenses and participles that end a noun phrase ("Smith held a
/// call"); regular ones end in "-ed".
#[rustfmt::skip]
pub const IRREGULAR_PAST: &[&str] = &[
    "held", "made", "told", "said", "spoke", "met", "took", "gave", "sent", "kept", "left", "went",
    "came", "saw", "knew", "thought", "found", "became", "began", "brought", "built", "bought",
    "caught", "chose", "drew", "drove", "fell", "felt", "fought", "flew", "forgot", "got", "grew",
    "hid", "hit", "hurt", "led", "lost", "meant", "paid", "put", "ran", "rose", "sat", "set",
    "shot", "shut", "sold", "stood", "struck", "swore", "taught", "threw", "understood", "won",
    "wrote", "sought", "heard", "beat", "broke", "cut", "let", "read", "spent", "wore", "withdrew",
    "overtook", "undertook", "oversaw", "upheld", "forbade",
    "seen", "given", "taken", "known", "done", "gone", "begun", "chosen", "drawn", "driven",
    "fallen", "flown", "forgotten", "hidden", "risen", "spoken", "stolen", "sworn", "thrown",
    "broken", "frozen", "beaten", "held", "brought", "kept",
];

/// Present-tense verbs common enough in news to end a noun phrase.
#[rustfmt::skip]
pub const COMMON_VERBS: &[&str] = &[
    "believes", "believe", "thinks", "think", "wants", "want", "seeks", "seek", "needs", "need",
    "hopes", "hope", "plans", "knows", "know", "refers", "means", "seems", "appears", "remains",
    "tried", "tries", "try", "sought", "attempted", "attempts", "continues", "continue", "gets",
    "goes", "makes", "takes", "gives", "holds", "keeps", "breaks", "calls",
];

/// Prepositions and conjunctions that end a speaker phrase ("the minister on
/// Wednesday said").
#[rustfmt::skip]
pub const NP_STOPS: &[&str] = &[
    "on", "at", "during", "after", "before", "since", "with", "by", "as", "from", "that",
    "who", "which", "whom", "whose", "when", "where", "while", "if", "because", "but", "or",
    "than", "into", "about", "over", "against", "without", "under", "via", "until", "whether",
];

/// Words that open an indirect question: "told what exactly …" reports no
/// content.
#[rustfmt::skip]
pub const WH_WORDS: &[&str] = &[
    "what", "whether", "how", "why", "when", "where", "who", "whom", "which", "if",
];

/// Prepositions that open an adjunct between a cue and its content ("said on
/// Wednesday that", "said in a statement").
#[rustfmt::skip]
pub const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "during", "late", "early", "last", "this", "earlier", "after", "before",
    "through", "via", "to", "from", "over",
];

/// Words of time: months (full and short), weekdays and relative times.
#[rustfmt::skip]
pub const TIME_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon",
    "evening", "night", "week", "weekend", "month", "year", "day", "days", "weeks", "months",
    "years", "time", "hours", "minutes", "ago", "earlier", "later", "recently",
];

/// Lower-case words that end in "-ly" but are not adverbs.
#[rustfmt::skip]
pub const LY_NOUNS: &[&str] = &[
    "family", "ally", "rally", "supply", "reply", "assembly", "italy", "july", "anomaly",
    "monopoly", "bully", "belly", "jelly", "lily", "holy", "only", "early", "daily", "weekly",
    "monthly", "yearly", "elderly", "friendly", "likely", "costly", "deadly", "lonely",
];

/// Lower-case words in "-ed" that are adjectives inside noun phrases ("the
/// armed forces", "a retired general").
#[rustfmt::skip]
pub const ED_ADJECTIVES: &[&str] = &[
    "armed", "united", "advanced", "limited", "based", "related", "detailed", "concerned",
    "unnamed", "unidentified", "masked", "wounded", "retired", "elected", "appointed",
    "designated", "accused", "injured", "embattled", "besieged", "exiled", "jailed", "detained",
    "respected", "renowned", "celebrated", "disgraced", "indicted", "unnamed", "named",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_lower_case() {
        for table in [
            DETERMINERS,
            PRONOUNS,
            FIRST_PERSON,
            NON_SUBJECTS,
            AUXILIARIES,
            PASSIVE_AUXILIARIES,
            NEGATIONS,
            FRAME_ADVERBS,
            IRREGULAR_PAST,
            COMMON_VERBS,
            NP_STOPS,
            WH_WORDS,
            ADJUNCT_PREPOSITIONS,
            TIME_WORDS,
            LY_NOUNS,
            ED_ADJECTIVES,
        ] {
            for w in table {
                assert_eq!(*w, w.to_lowercase());
            }
        }
    }

    #[test]
    fn determiners_pronouns_and_stops() {
        assert!(is_in(DETERMINERS, "His"));
        assert!(is_in(PRONOUNS, "She"));
        assert!(is_in(NON_SUBJECTS, "However"));
        assert!(is_in(NP_STOPS, "on"));
        assert!(!is_in(NP_STOPS, "of"));
    }

    #[test]
    fn verbs_adverbs_and_time() {
        assert!(is_in(AUXILIARIES, "has"));
        assert!(is_in(NEGATIONS, "not"));
        assert!(is_in(FRAME_ADVERBS, "later"));
        assert!(is_in(IRREGULAR_PAST, "held"));
        assert!(is_in(TIME_WORDS, "March"));
        assert!(is_in(WH_WORDS, "whether"));
        assert!(is_in(LY_NOUNS, "family"));
    }
}
