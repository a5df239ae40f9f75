//! Month and weekday names, as written in datelines, bylines and timestamps.

/// Month names and their usual abbreviations (lower case, without a
/// trailing period), each with its month number.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations (lower case).
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
];

/// Words that accompany a date in a timestamp line and carry nothing else
/// ("Published", "Updated", "GMT", "2 min read").
pub const TIMESTAMP_WORDS: &[&str] = &[
    "date",
    "first",
    "published",
    "updated",
    "posted",
    "last",
    "modified",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "est",
    "edt",
    "pst",
    "pdt",
    "msk",
    "eet",
    "eest",
    "kyiv",
    "time",
    "min",
    "mins",
    "minute",
    "minutes",
    "read",
    "ago",
    "hours",
    "hour",
    "day",
    "days",
    "week",
    "weeks",
    "today",
    "yesterday",
    "h",
];

/// The month number of `word` (any case, an optional trailing period).
///
/// ```
/// use factsheet::lexicon::dates::month;
/// assert_eq!(month("Sept."), Some(9));
/// assert_eq!(month("april"), Some(4));
/// assert_eq!(month("Mayor"), None);
/// ```
pub fn month(word: &str) -> Option<u32> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.len() > 9 {
        return None;
    }
    // The table is lower case: comparing in any ASCII case is the same as
    // comparing the lower-cased word, without allocating it.
    MONTHS
        .iter()
        .find(|(m, _)| m.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}

/// True for a weekday name or abbreviation (any case, optional period).
pub fn is_weekday(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    w.len() <= 9 && super::abbreviations::contains_any_case(WEEKDAYS, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_has_its_full_name_and_abbreviation() {
        for n in 1..=12 {
            let names: Vec<_> = MONTHS.iter().filter(|m| m.1 == n).collect();
            assert!(
                names.iter().any(|m| m.0.len() > 3) || n == 5,
                "month {n} has no full name"
            );
            assert!(
                names.iter().any(|m| m.0.len() == 3),
                "month {n} has no abbreviation"
            );
        }
    }

    #[test]
    fn months_parse_in_any_case_with_periods() {
        assert_eq!(month("JAN"), Some(1));
        assert_eq!(month("Dec."), Some(12));
        assert_eq!(month("September"), Some(9));
        assert_eq!(month("Janu"), None);
    }

    #[test]
    fn weekdays() {
        assert!(is_weekday("Wednesday"));
        assert!(is_weekday("Wed."));
        assert!(!is_weekday("Wedding"));
    }
}
