//! British and American spelling variants, folded to one form so that
//! "defence" and "defense", "instrumentalisation" and "instrumentalization"
//! compare equal.
//!
//! The folding only has to be *consistent*, not correct: both spellings of a
//! word go through the same rules, so a rule that also rewrites a word spelt
//! the same in both dialects ("revise" → "revize") is harmless as long as it
//! makes no two different words equal. Rules that would (`-our` → `-or` turns
//! "four" into "for") are replaced by the explicit [`VARIANTS`] table.

use std::borrow::Cow;

/// Irregular pairs, British first, American second. Words are folded
/// (lower case, no accents). Sorted by the British form: [`american`] finds
/// a word by binary search (no map to build and hash into, and none linked
/// into the wasm).
pub const VARIANTS: &[(&str, &str)] = &[
    ("acknowledgement", "acknowledgment"),
    ("ageing", "aging"),
    ("aluminium", "aluminum"),
    ("amongst", "among"),
    ("analogue", "analog"),
    ("armour", "armor"),
    ("armoured", "armored"),
    ("behaviour", "behavior"),
    ("catalogue", "catalog"),
    ("cheque", "check"),
    ("colour", "color"),
    ("colours", "colors"),
    ("defence", "defense"),
    ("defences", "defenses"),
    ("dialogue", "dialog"),
    ("endeavour", "endeavor"),
    ("enrol", "enroll"),
    ("favour", "favor"),
    ("favourable", "favorable"),
    ("favoured", "favored"),
    ("favours", "favors"),
    ("foetus", "fetus"),
    ("fulfil", "fulfill"),
    ("grey", "gray"),
    ("haemorrhage", "hemorrhage"),
    ("harbour", "harbor"),
    ("honour", "honor"),
    ("honoured", "honored"),
    ("instil", "instill"),
    ("jewellery", "jewelry"),
    ("judgement", "judgment"),
    ("kerb", "curb"),
    ("labour", "labor"),
    ("licence", "license"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("mould", "mold"),
    ("neighbour", "neighbor"),
    ("neighbouring", "neighboring"),
    ("neighbours", "neighbors"),
    ("oestrogen", "estrogen"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("paediatric", "pediatric"),
    ("plough", "plow"),
    ("pretence", "pretense"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("pyjamas", "pajamas"),
    ("rumour", "rumor"),
    ("rumours", "rumors"),
    ("saviour", "savior"),
    ("sceptic", "skeptic"),
    ("sceptical", "skeptical"),
    ("storey", "story"),
    ("towards", "toward"),
    ("tyre", "tire"),
    ("vigour", "vigor"),
    ("whilst", "while"),
];

/// `word` (folded) in its American form: first the [`VARIANTS`] table, then
/// the regular rules `-isation` → `-ization`, `-ise` → `-ize`, `-yse` →
/// `-yze`, `-tre` → `-ter` and doubled `l` before `-ed`/`-ing`.
///
/// ```
/// use factsheet::lexicon::spelling::american;
/// assert_eq!(american("instrumentalisation"), "instrumentalization");
/// assert_eq!(american("defence"), "defense");
/// assert_eq!(american("four"), "four");
/// ```
pub fn american(word: &str) -> Cow<'_, str> {
    if let Ok(i) = VARIANTS.binary_search_by(|(uk, _)| (*uk).cmp(word)) {
        return Cow::Borrowed(VARIANTS[i].1);
    }
    if word.len() < 6 || !word.is_ascii() {
        return Cow::Borrowed(word);
    }
    for (uk, us) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
        ("tre", "ter"),
        ("tres", "ters"),
    ] {
        if let Some(stem) = word.strip_suffix(uk) {
            return Cow::Owned(with_suffix(stem, us));
        }
    }
    for (uk, us) in [("lled", "led"), ("lling", "ling")] {
        if let Some(stem) = word.strip_suffix(uk) {
            let vowel_before = stem.ends_with(['a', 'e', 'i', 'o', 'u']);
            if word.len() >= 8 && vowel_before {
                return Cow::Owned(with_suffix(stem, us));
            }
        }
    }
    Cow::Borrowed(word)
}

/// `stem` followed by `suffix` (without `format!`'s machinery).
fn with_suffix(stem: &str, suffix: &str) -> String {
    let mut word = String::with_capacity(stem.len() + suffix.len());
    word.push_str(stem);
    word.push_str(suffix);
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_sorted_by_the_british_form_without_duplicates() {
        for pair in VARIANTS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?} before {:?}", pair[0], pair[1]);
        }
    }

    #[test]
    fn table_pairs_fold_to_the_american_form() {
        for (uk, us) in VARIANTS {
            assert_eq!(american(uk), american(us), "{uk} / {us}");
        }
    }

    #[test]
    fn suffix_rules_fold_both_spellings_alike() {
        for (uk, us) in [
            ("instrumentalisation", "instrumentalization"),
            ("organised", "organized"),
            ("recognising", "recognizing"),
            ("analyse", "analyze"),
            ("centre", "center"),
            ("travelled", "traveled"),
            ("cancelling", "canceling"),
        ] {
            assert_eq!(american(uk), american(us), "{uk} / {us}");
        }
    }

    #[test]
    fn short_and_unrelated_words_are_left_alone() {
        for w in ["four", "hour", "rise", "killed", "called", "tour"] {
            assert_eq!(american(w), w);
        }
    }
}
