//! Dates and timestamps as news pages write them.

use std::ops::Range;

use super::lines::is_space;
use crate::lexicon::dates::{is_weekday, month, TIMESTAMP_WORDS};

/// Runs of alphanumeric characters of `s`, as byte ranges.
pub(crate) fn tokens(s: &str) -> Vec<Range<usize>> {
    token_ranges(s).collect()
}

/// [`tokens`], one at a time: callers that stop early read no further.
fn token_ranges(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = s.char_indices();
    std::iter::from_fn(move || {
        let start = chars.find(|&(_, c)| c.is_alphanumeric())?.0;
        let end = chars
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(s.len(), |(i, _)| i);
        Some(start..end)
    })
}

fn days_in(month: u32, year: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn iso(year: u32, month: u32, day: u32) -> Option<String> {
    ((1900..=2100).contains(&year) && (1..=12).contains(&month))
        .then_some(())
        .filter(|_| (1..=days_in(month, year)).contains(&day))
        .map(|_| format!("{year:04}-{month:02}-{day:02}"))
}

/// A day of the month as written: "3", "03", "3rd".
fn day(tok: &str) -> Option<u32> {
    let digits = tok.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &tok[digits..];
    if !(1..=2).contains(&digits) || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    tok[..digits].parse().ok()
}

fn year(tok: &str) -> Option<u32> {
    (tok.len() == 4 && tok.bytes().all(|b| b.is_ascii_digit()))
        .then(|| tok.parse().ok())
        .flatten()
}

/// The year opening token `i` of `s`: the whole token, or its first four
/// digits when a scraper glued the time on ("20245:12 PM" is 2024, 5:12).
/// Gives the year and where it ends.
fn year_at(s: &str, t: &[Range<usize>], i: usize) -> Option<(u32, usize)> {
    let r = t.get(i)?;
    let tok = &s[r.clone()];
    if let Some(y) = year(tok) {
        return Some((y, r.end));
    }
    let glued = (5..=6).contains(&tok.len())
        && tok.bytes().all(|b| b.is_ascii_digit())
        && s[r.end..].starts_with(':');
    glued
        .then(|| year(&tok[..4]).map(|y| (y, r.start + 4)))
        .flatten()
}

/// True when the text between two tokens of a written-out date is only
/// spaces, a comma or an abbreviation's period.
fn date_gap(s: &str) -> bool {
    s.chars().count() <= 4 && s.chars().all(|c| is_space(c) || c == ',' || c == '.')
}

/// The first date written in `s` as ISO `yyyy-mm-dd`, with where it is.
/// Reads `2024-04-03`, `April 3, 2024`, `Apr. 3rd 2024`, `3 April 2024`,
/// `03 Apr 2024`.
///
/// ```
/// use factsheet::article::find_date;
/// assert_eq!(find_date("PARIS, April\u{a0} 3, 2024 (AFP)").unwrap().0, "2024-04-03");
/// assert_eq!(find_date("03 Apr 2024, 23:17").unwrap().0, "2024-04-03");
/// assert_eq!(find_date("date 2024-04-03 x").unwrap().0, "2024-04-03");
/// assert_eq!(find_date("in 2024 or so"), None);
/// ```
pub fn find_date(s: &str) -> Option<(String, Range<usize>)> {
    // Every form has a year: four ASCII digits in a row.
    let mut run = 0;
    if !s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    }) {
        return None;
    }
    let t = tokens(s);
    let tok = |i: usize| t.get(i).map(|r| &s[r.clone()]);
    let gap = |i: usize| t.get(i + 1).map(|r| &s[t[i].end..r.start]);
    // Every form has its year (four digits, or five or six with a time
    // glued on) at its first token or two tokens on: other places are not
    // looked at.
    let yearish = |i: usize| {
        t.get(i)
            .is_some_and(|r| (4..=6).contains(&r.len()) && s.as_bytes()[r.start].is_ascii_digit())
    };
    for i in 0..t.len() {
        if !yearish(i) && !yearish(i + 2) {
            continue;
        }
        let a = tok(i)?;
        // 2024-04-03
        if let (Some(y), Some(m), Some(d)) = (year(a), tok(i + 1), tok(i + 2)) {
            let g1 = gap(i);
            let g2 = gap(i + 1);
            if g1 == g2 && matches!(g1, Some("-" | "/")) && m.len() <= 2 && d.len() <= 2 {
                let (m, d) = (m.parse().ok(), d.parse().ok());
                if let Some(found) = m.zip(d).and_then(|(m, d)| iso(y, m, d)) {
                    return Some((found, t[i].start..t[i + 2].end));
                }
            }
        }
        // April 3, 2024 or 3 April 2024
        let gaps = gap(i).is_some_and(date_gap) && gap(i + 1).is_some_and(date_gap);
        // Month names start with an ASCII letter: other tokens are not looked up.
        let name = a.as_bytes()[0].is_ascii_alphabetic();
        let month_day = match (name.then(|| month(a)).flatten(), tok(i + 1)) {
            (Some(m), Some(b)) => day(b).map(|d| (m, d)),
            _ => None,
        };
        let day_month = match (day(a), tok(i + 1)) {
            (Some(d), Some(b)) => month(b).map(|m| (m, d)),
            _ => None,
        };
        if let (true, Some((m, d)), Some((y, end))) =
            (gaps, month_day.or(day_month), year_at(s, &t, i + 2))
        {
            if let Some(found) = iso(y, m, d) {
                return Some((found, t[i].start..end));
            }
        }
    }
    None
}

/// True when `s` is only a timestamp: a date and/or time with words such
/// as "Published", "Updated", "GMT", "2 min read".
pub(crate) fn is_timestamp(s: &str) -> bool {
    if s.len() > 120 {
        return false;
    }
    // A date and a time are written with ASCII digits: without one, only
    // "min read" can make a timestamp.
    if !s.bytes().any(|b| b.is_ascii_digit()) && !has_min_read(s) {
        return false;
    }
    let date = find_date(s);
    let has_time = s
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let lower = s.to_ascii_lowercase();
    if date.is_none() && !has_time && !lower.contains("min read") {
        return false;
    }
    let skip = date.map(|d| d.1).unwrap_or(0..0);
    token_ranges(s)
        .filter(|r| r.start >= skip.end || r.end <= skip.start)
        .flat_map(|r| camel_parts(&s[r]))
        .all(|w| {
            let lw = w.to_ascii_lowercase();
            (w.len() <= 6 && w.bytes().all(|b| b.is_ascii_digit()))
                || TIMESTAMP_WORDS.contains(&lw.as_str())
                || is_weekday(w)
                || month(w).is_some()
        })
}

/// True when `s` holds "min read", ignoring ASCII case.
fn has_min_read(s: &str) -> bool {
    let needle = b"min read";
    s.as_bytes()
        .windows(needle.len())
        .any(|w| w[0] | 0x20 == b'm' && w.eq_ignore_ascii_case(needle))
}

/// `w` cut where a lower-case letter meets a capital, as in words a scraper
/// glued together ("GMTUpdated" gives "GMT", "Updated").
fn camel_parts(w: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in w.char_indices() {
        if let Some(p) = prev {
            let upper_run_ends = p.is_uppercase()
                && c.is_uppercase()
                && w[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
            if (p.is_lowercase() && c.is_uppercase()) || upper_run_ends {
                out.push(&w[start..i]);
                start = i;
            }
        }
        prev = Some(c);
    }
    out.push(&w[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_form() {
        for (s, d) in [
            ("date 2024-04-03 Skip to content", "2024-04-03"),
            ("April 3, 2024 10:59 PM", "2024-04-03"),
            ("03 Apr 2024, 23:17", "2024-04-03"),
            ("April\u{a0} 3, 2024", "2024-04-03"),
            ("3 April 2024", "2024-04-03"),
            ("Sept. 30th, 2023", "2023-09-30"),
            ("Wednesday 29 February 2024", "2024-02-29"),
        ] {
            assert_eq!(find_date(s).map(|x| x.0).as_deref(), Some(d), "{s}");
        }
        for s in [
            "31 April 2024",
            "29 February 2023",
            "May 2024",
            "2024-13-01",
            "1 1 2024",
        ] {
            assert_eq!(find_date(s), None, "{s}");
        }
    }

    #[test]
    fn timestamps() {
        assert!(is_timestamp("03 Apr 2024, 23:17"));
        assert!(is_timestamp(
            "Published: Wednesday, April 3, 2024 at 10:59 PM GMT"
        ));
        assert!(is_timestamp("2 min read"));
        assert!(!is_timestamp("Talks resumed on April 3, 2024 in Paris"));
        assert!(!is_timestamp("The minister"));
    }

    #[test]
    fn glued_times_and_words() {
        assert_eq!(
            find_date("March 16, 20245:12 PM GMTUpdated 2 days ago")
                .map(|d| d.0)
                .as_deref(),
            Some("2024-03-16")
        );
        assert!(is_timestamp("March 16, 20245:12 PM GMTUpdated 2 days ago"));
        assert_eq!(camel_parts("GMTUpdated"), ["GMT", "Updated"]);
    }
}
