//! Figures in statements: a number with its qualifier ("over", "at least",
//! "nearly") and the quantity it counts ("killed", "dead", "people"), read as
//! an interval so that figures can be compared: "over 140" and "144" agree,
//! "12" and "30" do not.

use crate::claim::terms::{digits, folded_words, term};

/// How a figure is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// A bare figure.
    Exact,
    /// "at least", "no fewer than".
    AtLeast,
    /// "over", "more than".
    MoreThan,
    /// "nearly", "almost".
    Nearly,
    /// "about", "around", "some", "roughly".
    About,
    /// "up to", "at most", "fewer than", "less than", "under".
    AtMost,
}

/// Qualifier phrases (folded words) and what they mean, longest first.
pub const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["at", "least"], Qualifier::AtLeast),
    (&["more", "than"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["up", "to"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["fewer", "than"], Qualifier::AtMost),
    (&["less", "than"], Qualifier::AtMost),
    (&["under"], Qualifier::AtMost),
];

/// Number words and their values.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("thousand", 1000.0),
    ("dozen", 12.0),
];

/// Multipliers after a number ("1.5 million").
const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("m", 1e6),
];

/// Units of time: figures of these are durations (see
/// [`crate::claim::dates`]), not counts.
pub const TIME_UNITS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
    "minutes", "min", "second", "seconds", "decade", "decades", "am", "pm", "gmt", "utc",
];

/// True when folded `word` is a month name or abbreviation
/// ([`crate::lexicon::dates::MONTHS`]).
pub fn is_month(word: &str) -> bool {
    crate::lexicon::dates::MONTHS
        .iter()
        .any(|(m, _)| *m == word)
}

/// One figure found in a statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The value as a number.
    pub value: f64,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// What it counts: `deaths`, `injuries`, or the key term of the noun
    /// that follows ("minister").
    pub quantity: String,
    /// The figure as a reader should see it ("over 140").
    pub text: String,
}

/// Whether `v` is an exact multiple of ten: the same answer as
/// `v % 10.0 == 0.0` (the remainder of floats is exact) for every `v`,
/// without linking `fmod` into the wasm module (about 2 KB).
///
/// Below 2^63 a whole `v` converts to `u64` exactly. From 2^53 on every
/// float is whole, `mantissa * 2^exponent` with `exponent >= 1`, hence even,
/// and a multiple of ten exactly when it is one of five, that is when the
/// mantissa is (a power of two is never one of five). Infinities and NaN
/// give a NaN remainder: `false`.
fn is_multiple_of_ten(v: f64) -> bool {
    let v = v.abs();
    if !v.is_finite() {
        false
    } else if v < 9_223_372_036_854_775_808.0 {
        v.fract() == 0.0 && (v as u64) % 10 == 0
    } else {
        let mantissa = (v.to_bits() & ((1 << 52) - 1)) | (1 << 52);
        mantissa % 5 == 0
    }
}

impl Figure {
    /// The values the figure allows, `low..=high`. A bare round figure (a
    /// multiple of ten, 100 or more) is taken as rounded to within 5%.
    pub fn interval(&self) -> (f64, f64) {
        let v = self.value;
        match self.qualifier {
            Qualifier::Exact if v >= 100.0 && is_multiple_of_ten(v) => (v * 0.95, v * 1.05),
            Qualifier::Exact => (v, v),
            Qualifier::AtLeast | Qualifier::MoreThan => (v, f64::INFINITY),
            Qualifier::Nearly => (v * 0.9, v),
            Qualifier::About => (v * 0.9, v * 1.1),
            Qualifier::AtMost => (0.0, v),
        }
    }
}

/// The key term a casualty word maps to, and the quantity it names.
const CASUALTIES: &[(&str, &str)] = &[("kill", "deaths"), ("injure", "injuries")];

/// The figures in `text` that count something (years, dates, times and
/// durations are left out).
///
/// ```
/// use factsheet::claim::numbers::{figures, Qualifier};
/// let f = figures("the attack, which killed over 140 people");
/// assert_eq!(f.len(), 1);
/// assert_eq!((f[0].value, f[0].qualifier), (140.0, Qualifier::MoreThan));
/// assert_eq!(f[0].quantity, "deaths");
/// assert_eq!(f[0].text, "over 140");
/// ```
pub fn figures(text: &str) -> Vec<Figure> {
    let words = folded_words(text);
    figures_in(&words.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Like [`figures`], from the folded words of a text
/// ([`crate::claim::terms::folded_words`]), when they are at hand.
pub fn figures_in(words: &[&str]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((value, used)) = number_at(words, i) else {
            i += 1;
            continue;
        };
        let next = i + used;
        let written = words[i];
        let follows = words.get(next).copied();
        let before = i.checked_sub(1).map(|p| words[p]);
        let year_like = value.fract() == 0.0
            && (1800.0..=2100.0).contains(&value)
            && !written.contains(',')
            && used == 1;
        let date_like = follows.is_some_and(is_month) || before.is_some_and(is_month);
        let time_like = follows.is_some_and(|w| TIME_UNITS.contains(&w) || w == "percent");
        if year_like || date_like || time_like {
            i = next;
            continue;
        }
        let (qualifier, qual_len) = qualifier_before(words, i);
        let quantity = quantity_around(words, i.saturating_sub(qual_len), next);
        if let Some(quantity) = quantity {
            let mut shown: Vec<&str> = words[i - qual_len..next].to_vec();
            if shown.is_empty() {
                shown.push(written);
            }
            out.push(Figure {
                value,
                qualifier,
                quantity,
                text: shown.join(" "),
            });
        }
        i = next;
    }
    out
}

/// True when a figure may start with folded `word` (a digit or a number
/// word): when it is false, [`figures_in`] reads no number there.
pub fn may_start_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || NUMBER_WORDS.iter().any(|(n, _)| *n == word)
}

/// The number starting at `words[i]` and how many words it takes.
fn number_at(words: &[&str], i: usize) -> Option<(f64, usize)> {
    let w = words[i];
    let base = if w.starts_with(|c: char| c.is_ascii_digit()) && !w.contains(',') {
        // `digits` without the copy: nothing to take out.
        if !w.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return None;
        }
        crate::text::parse_decimal(w)?
    } else {
        match digits(w) {
            Some(d) => crate::text::parse_decimal(&d)?,
            None => NUMBER_WORDS.iter().find(|(n, _)| *n == w)?.1,
        }
    };
    match words
        .get(i + 1)
        .and_then(|m| MULTIPLIERS.iter().find(|(x, _)| x == m))
    {
        Some((_, f)) => Some((base * f, 2)),
        None => Some((base, 1)),
    }
}

/// The qualifier just before `words[i]`, and how many words it takes.
fn qualifier_before(words: &[&str], i: usize) -> (Qualifier, usize) {
    for (phrase, q) in QUALIFIERS {
        let n = phrase.len();
        if i >= n && words[i - n..i].iter().zip(*phrase).all(|(a, b)| a == b) {
            return (*q, n);
        }
    }
    (Qualifier::Exact, 0)
}

/// What the number at `start..end` counts: a casualty word within three
/// words either side, else the first content word after it.
fn quantity_around(words: &[&str], start: usize, end: usize) -> Option<String> {
    let window = words[start.saturating_sub(3)..start]
        .iter()
        .chain(words[end..(end + 3).min(words.len())].iter());
    for w in window {
        if let Some(t) = term(w) {
            if let Some((_, q)) = CASUALTIES.iter().find(|(k, _)| *k == t) {
                return Some((*q).to_string());
            }
        }
    }
    words[end..(end + 2).min(words.len())]
        .iter()
        .filter_map(|w| term(w))
        .find(|t| !t.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casualty_figures_with_qualifiers() {
        let f = figures("the concert hall attack that killed 144, warning the government");
        assert_eq!(f[0].value, 144.0);
        assert_eq!(f[0].qualifier, Qualifier::Exact);
        assert_eq!(f[0].quantity, "deaths");
        let f = figures("the bloody assault that left at least 144 people dead");
        assert_eq!(f[0].qualifier, Qualifier::AtLeast);
        assert_eq!(f[0].quantity, "deaths");
        assert_eq!(f[0].text, "at least 144");
    }

    #[test]
    fn years_dates_and_durations_are_not_counts() {
        assert!(figures("since October 2022").is_empty());
        assert!(figures("on 22 March").is_empty());
        assert!(figures("for the first time in 1.5 years").is_empty());
        assert!(figures("more than two weeks before").is_empty());
    }

    #[test]
    fn word_numbers_and_multipliers() {
        let f = figures("nearly 1.5 million people fled");
        assert_eq!(f[0].value, 1_500_000.0);
        assert_eq!(f[0].qualifier, Qualifier::Nearly);
        let f = figures("two ministers");
        assert_eq!((f[0].value, f[0].quantity.as_str()), (2.0, "minister"));
    }

    #[test]
    fn intervals_tell_rounding_from_disagreement() {
        let f = |t: &str| figures(t).remove(0).interval();
        let overlap = |a: (f64, f64), b: (f64, f64)| a.0.max(b.0) <= a.1.min(b.1);
        assert!(overlap(f("killed 144"), f("killed over 140 people")));
        assert!(overlap(f("killed 144"), f("at least 144 dead")));
        assert!(overlap(f("killed 144"), f("killed 140")));
        assert!(!overlap(f("killed 12"), f("killed 30")));
        assert!(!overlap(f("killed 144"), f("killed 133")));
    }
    #[test]
    fn multiple_of_ten_is_the_float_remainder() {
        let mut values = vec![
            0.0,
            -0.0,
            5.0,
            10.0,
            -10.0,
            100.0,
            105.0,
            110.0,
            140.5,
            1e15,
            1e15 + 2.0,
            1e22,
            1e300,
            2f64.powi(53),
            2f64.powi(63),
            2f64.powi(64),
            9.007_199_254_740_993e15,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            values.push(f64::from_bits(seed));
            values.push((seed % 100_000) as f64 * 10f64.powi((seed >> 40) as i32 % 25));
        }
        for v in values {
            assert_eq!(is_multiple_of_ten(v), v % 10.0 == 0.0, "{v:e}");
        }
    }
}
