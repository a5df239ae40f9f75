//! Metadata written into the text: dates, timestamps, bylines, datelines
//! and the outlet's references to itself.

use std::ops::Range;

use super::lines::is_space;
use crate::lexicon::boilerplate::{DESK_SUFFIXES, NETWORKS, OWN_MEDIA, SECTIONS};
use crate::lexicon::dates::{is_weekday, month, TIMESTAMP_WORDS};

/// Runs of alphanumeric characters of `s`, as byte ranges.
fn tokens(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(st..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(st..s.len());
    }
    out
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
    let t = tokens(s);
    let tok = |i: usize| t.get(i).map(|r| &s[r.clone()]);
    let gap = |i: usize| t.get(i + 1).map(|r| &s[t[i].end..r.start]);
    for i in 0..t.len() {
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
        // April 3, 2024
        if let (Some(m), Some(d), Some(y)) = (month(a), tok(i + 1).and_then(day), tok(i + 2)) {
            if gap(i).is_some_and(date_gap) && gap(i + 1).is_some_and(date_gap) {
                if let Some(found) = year(y).and_then(|y| iso(y, m, d)) {
                    return Some((found, t[i].start..t[i + 2].end));
                }
            }
        }
        // 3 April 2024
        if let (Some(d), Some(m), Some(y)) = (day(a), tok(i + 1).and_then(month), tok(i + 2)) {
            if gap(i).is_some_and(date_gap) && gap(i + 1).is_some_and(date_gap) {
                if let Some(found) = year(y).and_then(|y| iso(y, m, d)) {
                    return Some((found, t[i].start..t[i + 2].end));
                }
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
    tokens(s)
        .into_iter()
        .filter(|r| r.start >= skip.end || r.end <= skip.start)
        .all(|r| {
            let w = &s[r];
            let lw = w.to_ascii_lowercase();
            (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
                || TIMESTAMP_WORDS.contains(&lw.as_str())
                || is_weekday(w)
                || month(w).is_some()
        })
}

/// Lower-case words allowed inside a name in a byline.
const NAME_PARTICLES: &[&str] = &[
    "de",
    "da",
    "del",
    "della",
    "di",
    "du",
    "van",
    "von",
    "der",
    "den",
    "al",
    "el",
    "bin",
    "ibn",
    "la",
    "le",
    "news",
    "desk",
    "staff",
    "team",
    "of",
    "the",
    "newsroom",
    "editorial",
    "and",
    "y",
];

/// True when `s` reads like a person's or desk's name: 1 to 8 words, each
/// capitalised or a name particle, the first capitalised.
fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
    !words.is_empty()
        && words.len() <= 8
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
        })
        && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

const BYLINE_PREFIXES: &[&str] = &[
    "authors:",
    "author:",
    "written by",
    "reporting by",
    "reported by",
    "words by",
    "story by",
    "text by",
    "by:",
    "by ",
];

/// The authors named by a byline such as `by A and B April 3, 2024 2 min
/// read` or `Authors: A, B`; `None` when `s` is not a byline.
///
/// ```
/// use factsheet::article::byline;
/// assert_eq!(byline("By Jane Doe and John Roe, 3 April 2024").unwrap(), ["Jane Doe", "John Roe"]);
/// assert_eq!(byline("By the end of the day, talks had failed."), None);
/// ```
pub fn byline(s: &str) -> Option<Vec<String>> {
    let s = s.trim_matches(is_space);
    if s.len() > 300 || s.split_whitespace().count() > 30 {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let prefix = BYLINE_PREFIXES.iter().find(|p| lower.starts_with(**p))?;
    let rest = &s[prefix.len()..];
    // Where the names end: a date, a digit, a separator, a timestamp word.
    let mut end = rest.len();
    if let Some((_, r)) = find_date(rest) {
        end = end.min(r.start);
    }
    let lrest = rest.to_ascii_lowercase();
    for stop in [
        " | ",
        " - ",
        " – ",
        " — ",
        "•",
        "(",
        "published",
        "updated",
        "posted",
    ] {
        if let Some(i) = lrest.find(stop) {
            end = end.min(i);
        }
    }
    if let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        end = end.min(i);
    }
    let names = &rest[..end];
    let mut out: Vec<String> = Vec::new();
    for part in names.split([',', ';', '&']).flat_map(|p| p.split(" and ")) {
        let name = part.trim_matches(|c: char| is_space(c) || matches!(c, '.' | ':' | ','));
        if name.is_empty() {
            continue;
        }
        if !is_name(name) {
            return None;
        }
        let name = crate::text::fold_ws(name);
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&name)) {
            out.push(name);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The outlet behind a staff byline: "The X news desk" gives "The X".
pub(crate) fn desk_outlet(author: &str) -> Option<String> {
    let lower = author.to_ascii_lowercase();
    DESK_SUFFIXES.iter().find_map(|suffix| {
        let cut = lower.strip_suffix(suffix)?;
        let name = author[..cut.len()].trim_matches(is_space);
        (!name.is_empty() && cut.ends_with(' ')).then(|| name.to_string())
    })
}

/// A byline glued to a section name by a scraper: "Jane DoeWorld" gives
/// "Jane Doe".
pub(crate) fn glued_byline(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
    if !(2..=4).contains(&words.len()) {
        return None;
    }
    let last = words.last()?;
    let section = SECTIONS.iter().find(|sec| {
        last.len() > sec.len()
            && last.ends_with(**sec)
            && last[..last.len() - sec.len()]
                .chars()
                .last()
                .is_some_and(char::is_lowercase)
    })?;
    let name = format!(
        "{} {}",
        words[..words.len() - 1].join(" "),
        &last[..last.len() - section.len()]
    );
    is_name(&name).then_some(name)
}

/// A wire dateline at the start of a paragraph: `PARIS, April 3, 2024
/// (BSS/AFP) - `. Gives the length of the dateline (through the dash and
/// the space after it), the agency in brackets and the date.
pub(crate) struct Dateline {
    /// Bytes from the paragraph start to the first word after the dash.
    pub len: usize,
    /// What the brackets name, e.g. "AFP".
    pub agency: Option<String>,
    /// The date, ISO.
    pub date: Option<String>,
}

/// Reads the dateline at the start of `s`, if there is one.
pub(crate) fn dateline(s: &str) -> Option<Dateline> {
    let mut cut = s.len().min(160);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let dash = [
        " - ",
        " – ",
        " — ",
        " -- ",
        "\u{a0}- ",
        " —\u{a0}",
        " -\u{a0}",
    ]
    .iter()
    .filter_map(|d| head.find(d).map(|i| (i, d.len())))
    .min()?;
    let prefix = &head[..dash.0];
    // It opens with a place in capitals: "PARIS", "NEW YORK", "KYIV".
    let place_end = prefix.find([',', '(']).unwrap_or(prefix.len());
    let place = prefix[..place_end].trim_matches(is_space);
    let caps = place.chars().filter(|c| c.is_uppercase()).count();
    if caps < 3
        || place.chars().any(char::is_lowercase)
        || !place
            .chars()
            .all(|c| c.is_uppercase() || is_space(c) || matches!(c, '.' | '\'' | '-' | '’'))
    {
        return None;
    }
    // Not a sentence: no full stop followed by a space inside.
    if prefix.contains(". ") && !prefix.contains("(") {
        return None;
    }
    let agency = match (prefix.rfind('('), prefix.rfind(')')) {
        (Some(o), Some(c)) if o < c => Some(prefix[o + 1..c].trim_matches(is_space).to_string()),
        _ => None,
    }
    .filter(|a| !a.is_empty() && a.len() <= 40);
    let date = find_date(prefix).map(|d| d.0);
    if agency.is_none() && date.is_none() {
        return None;
    }
    let after = &s[dash.0 + dash.1..];
    let len = dash.0 + dash.1 + (after.len() - after.trim_start_matches(is_space).len());
    Some(Dateline { len, agency, date })
}

/// The capitalised words (1 to 3) of `s` just before byte `at`, as written.
fn name_before(s: &str, at: usize) -> Option<String> {
    let words: Vec<&str> = s[..at].split(is_space).filter(|w| !w.is_empty()).collect();
    let mut take = Vec::new();
    for w in words.iter().rev().take(3) {
        let lw = w.to_ascii_lowercase();
        if matches!(lw.as_str(), "the" | "our" | "on" | "in" | "to" | "at")
            || !w.chars().next().is_some_and(char::is_uppercase)
        {
            break;
        }
        take.push(*w);
    }
    take.reverse();
    (!take.is_empty()).then(|| take.join(" "))
}

/// The capitalised words (1 to 3) of `s` from byte `at`, up to a word in
/// `stop` (lower case).
fn name_after(s: &str, at: usize, stop: &[&str]) -> Option<String> {
    let mut take = Vec::new();
    for w in s[at..].split(is_space).filter(|w| !w.is_empty()).take(4) {
        let core = w.trim_end_matches([',', '.', ':', ';']);
        if stop.contains(&core.to_ascii_lowercase().as_str()) {
            return (!take.is_empty()).then(|| take.join(" "));
        }
        if !core.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        take.push(core);
        if core.len() != w.len() {
            return None;
        }
    }
    None
}

/// Names an outlet gives itself in `s`: "our X podcasts", "the X Telegram
/// channel". Strong evidence.
pub(crate) fn self_names(s: &str) -> Vec<String> {
    let lower = s.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find("our ") {
        let at = from + i + 4;
        let boundary = from + i == 0 || !lower.as_bytes()[from + i - 1].is_ascii_alphanumeric();
        if boundary {
            if let Some(name) = name_after(s, at, OWN_MEDIA) {
                out.push(name);
            }
        }
        from = at;
    }
    for net in NETWORKS {
        for suffix in [" channel", " page", " account"] {
            let needle = format!(" {net}{suffix}");
            if let Some(i) = lower.find(&needle) {
                if let Some(name) = name_before(s, i) {
                    out.push(name);
                }
            }
        }
    }
    out
}

/// "As reported by X," with X written like a site name (capitals and a
/// dot, e.g. "NEWS.COM"): an outlet citing its own reporting.
pub(crate) fn reported_by_self(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    let i = lower.find("as reported by ")?;
    let rest = &s[i + "as reported by ".len()..];
    let word = rest.split([',', ' ']).next()?;
    let word = word.trim_end_matches('.');
    (word.contains('.')
        && word.len() >= 4
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-')))
    .then(|| word.to_string())
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
    fn bylines() {
        assert_eq!(
            byline("by Ann Lee and The Daily Planet news desk April 3, 2024 10:59 PM 2 min read")
                .unwrap(),
            ["Ann Lee", "The Daily Planet news desk"]
        );
        assert_eq!(
            byline("Authors: Ann Lee, Bo Chan").unwrap(),
            ["Ann Lee", "Bo Chan"]
        );
        assert_eq!(byline("By Tuesday the talks had failed."), None);
        assert_eq!(byline("by car"), None);
    }

    #[test]
    fn desks_and_glued_bylines() {
        assert_eq!(
            desk_outlet("The Daily Planet news desk").as_deref(),
            Some("The Daily Planet")
        );
        assert_eq!(desk_outlet("Ann Lee"), None);
        assert_eq!(glued_byline("Ann LeeWorld").as_deref(), Some("Ann Lee"));
        assert_eq!(glued_byline("Ann Lee"), None);
        assert_eq!(glued_byline("McDonald"), None);
    }

    #[test]
    fn datelines() {
        let d = dateline("PARIS, April\u{a0} 3, 2024 (ABC/XYZ) - The talks").unwrap();
        assert_eq!(d.agency.as_deref(), Some("ABC/XYZ"));
        assert_eq!(d.date.as_deref(), Some("2024-04-03"));
        assert_eq!(
            &"PARIS, April\u{a0} 3, 2024 (ABC/XYZ) - The talks"[d.len..],
            "The talks"
        );
        assert!(dateline("LONDON (Wire) — Prices rose").is_some());
        assert!(dateline("NATO - the alliance said").is_none());
        assert!(dateline("The minister said - nothing").is_none());
    }

    #[test]
    fn self_references() {
        assert_eq!(
            self_names("You can listen to our NEWS podcasts here"),
            ["NEWS"]
        );
        assert_eq!(
            self_names("Only on the DAILY.X Telegram channel and Viber."),
            ["DAILY.X"]
        );
        assert!(self_names("our reporters said").is_empty());
        assert_eq!(
            reported_by_self("As reported by DAILY.X, the").as_deref(),
            Some("DAILY.X")
        );
        assert_eq!(reported_by_self("As reported by Reuters, the"), None);
    }
}
