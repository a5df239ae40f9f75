//! "How long since it last happened" in statements: "the first contact
//! since October 2022", "for the first time in 1.5 years", "in nearly a year
//! and a half", "last spoke in October 2022". Each is read as the range of
//! days in which the previous occurrence may lie, so that outlets can be
//! compared: relative to the article's date for a duration, as written for
//! a date.

use crate::claim::terms::{digits, folded_words};

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of `days` since 1970-01-01: (year, month, day).
pub fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Days of an ISO 8601 date (`2024-04-03`), if it is one.
pub fn parse_iso(date: &str) -> Option<i64> {
    let mut parts = date.get(..10)?.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| days(y, m, d))
}

/// Average days per month.
const MONTH_DAYS: f64 = 30.44;

/// What a statement says about when something last happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Elapsed {
    /// The expression as a reader should see it ("since October 2022",
    /// "in nearly a year and a half").
    pub text: String,
    /// What it gives.
    pub anchor: Anchor,
}

/// The two ways of saying when something last happened.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Anchor {
    /// A date: the previous occurrence lies in these days (inclusive).
    Date(i64, i64),
    /// A duration before the article's date, in months (low, high).
    Months(f64, f64),
}

impl Elapsed {
    /// The days in which the previous occurrence lies, given the date the
    /// statement was published (needed for a duration).
    pub fn days(&self, published: Option<i64>) -> Option<(i64, i64)> {
        match self.anchor {
            Anchor::Date(a, b) => Some((a, b)),
            Anchor::Months(lo, hi) => {
                let p = published?;
                Some((
                    p.saturating_sub((hi * MONTH_DAYS).round() as i64),
                    p.saturating_sub((lo * MONTH_DAYS).round() as i64),
                ))
            }
        }
    }
}

/// Words that may sit between "first" and "since" ("the first *phone call
/// between the two defense ministers* since").
const REACH: usize = 14;

/// The "since/last" expressions of `text`.
///
/// ```
/// use factsheet::claim::dates::{elapsed, Anchor};
/// let e = elapsed("their first conversation since October 2022");
/// assert_eq!(e[0].text, "since October 2022");
/// assert!(matches!(e[0].anchor, Anchor::Date(..)));
/// let e = elapsed("for the first time in 1.5 years");
/// assert_eq!(e[0].anchor, Anchor::Months(15.0, 21.0));
/// ```
pub fn elapsed(text: &str) -> Vec<Elapsed> {
    let words = folded_words(text);
    elapsed_in(&words.iter().map(String::as_str).collect::<Vec<_>>())
}

/// True when an expression [`elapsed_in`] reads may start with folded
/// `word` ("first", "last"): a text with neither has none.
pub fn may_start_elapsed(word: &str) -> bool {
    word == "first" || word == "last"
}

/// Like [`elapsed`], from the folded words of a text
/// ([`crate::claim::terms::folded_words`]), when they are at hand.
pub fn elapsed_in(words: &[&str]) -> Vec<Elapsed> {
    let mut out = Vec::new();
    for (i, &w) in words.iter().enumerate() {
        let first = w == "first";
        if !first && w != "last" {
            continue;
        }
        for j in i + 1..(i + 1 + REACH).min(words.len()) {
            let found = match words[j] {
                "since" if first => date_at(words, j + 1).map(|(a, n)| (a, n + 1)),
                "in" | "for" if first => duration_at(words, j + 1).map(|(a, n)| (a, n + 1)),
                "in" if !first => date_at(words, j + 1).map(|(a, n)| (a, n + 1)),
                _ => None,
            };
            if let Some((anchor, n)) = found {
                let shown: Vec<String> = words[j..j + n]
                    .iter()
                    .map(|w| capitalise_month(w))
                    .collect();
                out.push(Elapsed {
                    text: shown.join(" "),
                    anchor,
                });
                break;
            }
            if words[j] == "first" || words[j] == "last" {
                break;
            }
        }
    }
    out
}

/// "october" → "October"; other words unchanged.
fn capitalise_month(w: &str) -> String {
    if month_number(w).is_none() {
        return w.to_string();
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A date at `words[i]`: "[day] Month [day,] Year" or "Year".
fn date_at(words: &[&str], i: usize) -> Option<(Anchor, usize)> {
    let mut k = i;
    let mut day: Option<u32> = None;
    if let Some(d) = words.get(k).and_then(|w| small_int(w, 31)) {
        day = Some(d);
        k += 1;
    }
    let month = words.get(k).and_then(|w| month_number(w));
    if month.is_some() {
        k += 1;
        if day.is_none() {
            if let Some(d) = words.get(k).and_then(|w| small_int(w, 31)) {
                day = Some(d);
                k += 1;
            }
        }
    }
    let year: i64 = words.get(k).and_then(|w| {
        let d = digits(w)?;
        let y: i64 = d.parse().ok()?;
        (1800..=2100).contains(&y).then_some(y)
    })?;
    k += 1;
    let anchor = match (month, day) {
        (Some(m), Some(d)) => Anchor::Date(days(year, m, d), days(year, m, d)),
        (Some(m), None) => {
            let (ny, nm) = if m == 12 {
                (year + 1, 1)
            } else {
                (year, m + 1)
            };
            Anchor::Date(days(year, m, 1), days(ny, nm, 1) - 1)
        }
        _ => Anchor::Date(days(year, 1, 1), days(year, 12, 31)),
    };
    Some((anchor, k - i))
}

/// The month (1..=12) a folded month name or abbreviation stands for
/// ([`crate::lexicon::dates::MONTHS`]).
pub fn month_number(word: &str) -> Option<u32> {
    crate::lexicon::dates::MONTHS
        .iter()
        .find(|(m, _)| *m == word)
        .map(|(_, n)| *n)
}

fn small_int(w: &str, max: u32) -> Option<u32> {
    let v: u32 = w.parse().ok()?;
    (1..=max).contains(&v).then_some(v)
}

/// A duration at `words[i]`: "[qualifier] (a|one|N|N.5) unit [and a half]"
/// or "half a year", in months, with the rounding the wording implies.
fn duration_at(words: &[&str], i: usize) -> Option<(Anchor, usize)> {
    let get = |k: usize| words.get(k).copied();
    let mut k = i;
    let qualifier = match get(k) {
        Some("nearly" | "almost") => {
            k += 1;
            "nearly"
        }
        Some("over" | "about" | "around" | "some") => {
            k += 1;
            get(k - 1).unwrap_or("")
        }
        Some("more") if get(k + 1) == Some("than") => {
            k += 2;
            "over"
        }
        _ => "",
    };
    let mut value: f64 = match get(k)? {
        "a" | "an" | "one" => 1.0,
        "half" if get(k + 1) == Some("a") => {
            k += 1;
            0.5
        }
        w => match digits(w) {
            Some(d) => crate::text::parse_decimal(&d)?,
            None => {
                crate::claim::numbers::NUMBER_WORDS
                    .iter()
                    .find(|(n, _)| *n == w)?
                    .1
            }
        },
    };
    k += 1;
    if get(k) == Some("and") && get(k + 1) == Some("a") && get(k + 2) == Some("half") {
        value += 0.5;
        k += 3;
    }
    let unit = match get(k)? {
        "year" | "years" => 12.0,
        "month" | "months" => 1.0,
        "week" | "weeks" => 12.0 / 52.0,
        "decade" | "decades" => 120.0,
        _ => return None,
    };
    k += 1;
    if get(k) == Some("and") && get(k + 1) == Some("a") && get(k + 2) == Some("half") {
        value += 0.5;
        k += 3;
    }
    let months = value * unit;
    // Rounding implied by the wording: half the unit step it was given in.
    let step = if value.fract() != 0.0 { 0.5 } else { 1.0 } * unit;
    let tol = step / 2.0;
    let (lo, hi) = match qualifier {
        "nearly" => (months - tol.max(months * 0.1), months),
        "over" => (months, months + step.max(months * 0.25)),
        "about" | "around" | "some" => (months - tol - months * 0.1, months + tol + months * 0.1),
        _ => (months - tol, months + tol),
    };
    Some((Anchor::Months(lo.max(0.0), hi), k - i))
}

/// "October 2022" for a day.
pub fn month_name(day: i64) -> String {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (y, m, _) = civil(day);
    format!("{} {y}", NAMES[(m as usize).saturating_sub(1).min(11)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        for d in [-1000, 0, 19_000, 19_816, 40_000] {
            let (y, m, dd) = civil(d);
            assert_eq!(days(y, m, dd), d);
        }
        assert_eq!(parse_iso("2024-04-03"), Some(days(2024, 4, 3)));
        assert_eq!(month_name(days(2022, 10, 15)), "October 2022");
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("jun"), Some(6));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("dece"), None);
    }

    #[test]
    fn since_in_and_last_expressions() {
        let e = elapsed("This is the first contact between Peru and Chile at the level of defense ministries since October 2022.");
        assert_eq!(e.len(), 1);
        assert_eq!(
            e[0].anchor,
            Anchor::Date(days(2022, 10, 1), days(2022, 10, 31))
        );
        let e = elapsed("In his first phone call in nearly a year and a half, the minister spoke");
        assert_eq!(e[0].text, "in nearly a year and a half");
        assert_eq!(e[0].anchor, Anchor::Months(15.0, 18.0));
        let e = elapsed("The two ministers last held phone talks in October 2022.");
        assert_eq!(e[0].text, "in October 2022");
        let e = elapsed("spoke on the phone for the first time since 2022");
        assert_eq!(
            e[0].anchor,
            Anchor::Date(days(2022, 1, 1), days(2022, 12, 31))
        );
    }

    #[test]
    fn unrelated_dates_are_not_read() {
        assert!(elapsed(
            "the last phone call between the presidents dating back to September 2022"
        )
        .is_empty());
        assert!(elapsed("the attack on March 22 in Lima").is_empty());
        assert!(elapsed("the first such meeting, held in a hotel").is_empty());
        assert!(elapsed("since October 2022").is_empty());
    }

    #[test]
    fn the_three_wordings_agree_for_an_april_2024_article() {
        let published = parse_iso("2024-04-03");
        let ranges: Vec<_> = [
            "the first contact since October 2022",
            "for the first time in 1.5 years",
            "In his first phone call in nearly a year and a half",
        ]
        .iter()
        .map(|t| elapsed(t)[0].days(published).unwrap())
        .collect();
        let lo = ranges.iter().map(|r| r.0).max().unwrap();
        let hi = ranges.iter().map(|r| r.1).min().unwrap();
        assert!(lo <= hi, "{ranges:?}");
        // A year earlier does not agree.
        let other = elapsed("the first contact since October 2021")[0]
            .days(published)
            .unwrap();
        assert!(other.1 < lo);
    }
}
