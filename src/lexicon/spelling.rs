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
use std::collections::HashMap;
use std::sync::OnceLock;

/// Irregular pairs, British first, American second. Words are folded
/// (lower case, no accents).
pub const VARIANTS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("colour", "color"),
    ("colours", "colors"),
    ("favour", "favor"),
    ("favours", "favors"),
    ("favoured", "favored"),
    ("favourable", "favorable"),
    ("honour", "honor"),
    ("honoured", "honored"),
    ("labour", "labor"),
    ("behaviour", "behavior"),
    ("neighbour", "neighbor"),
    ("neighbours", "neighbors"),
    ("neighbouring", "neighboring"),
    ("harbour", "harbor"),
    ("rumour", "rumor"),
    ("rumours", "rumors"),
    ("endeavour", "endeavor"),
    ("armour", "armor"),
    ("armoured", "armored"),
    ("vigour", "vigor"),
    ("saviour", "savior"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("analogue", "analog"),
    ("cheque", "check"),
    ("grey", "gray"),
    ("tyre", "tire"),
    ("kerb", "curb"),
    ("aluminium", "aluminum"),
    ("mould", "mold"),
    ("plough", "plow"),
    ("sceptic", "skeptic"),
    ("sceptical", "skeptical"),
    ("judgement", "judgment"),
    ("acknowledgement", "acknowledgment"),
    ("ageing", "aging"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("paediatric", "pediatric"),
    ("haemorrhage", "hemorrhage"),
    ("oestrogen", "estrogen"),
    ("foetus", "fetus"),
    ("enrol", "enroll"),
    ("fulfil", "fulfill"),
    ("instil", "instill"),
    ("jewellery", "jewelry"),
    ("pyjamas", "pajamas"),
    ("storey", "story"),
    ("towards", "toward"),
    ("whilst", "while"),
    ("amongst", "among"),
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
    static TABLE: OnceLock<HashMap<&str, &str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| VARIANTS.iter().copied().collect());
    if let Some(us) = table.get(word) {
        return Cow::Borrowed(us);
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
            return Cow::Owned(format!("{stem}{us}"));
        }
    }
    for (uk, us) in [("lled", "led"), ("lling", "ling")] {
        if let Some(stem) = word.strip_suffix(uk) {
            let vowel_before = stem.ends_with(['a', 'e', 'i', 'o', 'u']);
            if word.len() >= 8 && vowel_before {
                return Cow::Owned(format!("{stem}{us}"));
            }
        }
    }
    Cow::Borrowed(word)
}

#[cfg(test)]
mod tests {
    use super::*;

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
