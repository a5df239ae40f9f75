//! Metadata written into the text: bylines, datelines and the outlet's
//! references to itself.

use super::dates::find_date;
use super::lines::is_space;
use crate::lexicon::boilerplate::{DESK_SUFFIXES, JOURNALIST_ROLES, NETWORKS, OWN_MEDIA, SECTIONS};

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

/// Byline openings that name the authors.
const AUTHOR_PREFIXES: &[&str] = &[
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

/// Credit openings that name people who are not the authors.
const CREDIT_PREFIXES: &[&str] = &[
    "editing by",
    "edited by",
    "additional reporting by",
    "writing by",
    "compiled by",
    "produced by",
    "graphics by",
    "fact-checked by",
];

/// The authors named by a byline such as `by A and B April 3, 2024 2 min
/// read`, `Authors: A, B` or `Reporting by A; Editing by B`; `None` when
/// `s` is not a byline.
///
/// ```
/// use factsheet::article::byline;
/// assert_eq!(byline("By Jane Doe and John Roe, 3 April 2024").unwrap(), ["Jane Doe", "John Roe"]);
/// assert_eq!(byline("Reporting by Jane Doe; Editing by Max Poe").unwrap(), ["Jane Doe"]);
/// assert_eq!(byline("By the end of the day, talks had failed."), None);
/// ```
pub fn byline(s: &str) -> Option<Vec<String>> {
    let s = s.trim_matches(is_space);
    // The first segment opens with a credit or author prefix, or this is
    // no byline (checked before any copy is made).
    let first = s.split(';').next().unwrap_or("").trim_matches(is_space);
    // Every prefix starts with an ASCII letter: compared first.
    let initial = first.as_bytes().first().map(u8::to_ascii_lowercase);
    let opens = |p: &&str| {
        initial == p.as_bytes().first().copied()
            && first
                .as_bytes()
                .get(..p.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    if !CREDIT_PREFIXES.iter().any(opens) && !AUTHOR_PREFIXES.iter().any(opens) {
        return None;
    }
    if s.len() > 300 || s.split_whitespace().nth(30).is_some() {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut any = false;
    for segment in s.split(';') {
        let segment = segment.trim_matches(is_space);
        let lower = segment.to_ascii_lowercase();
        if let Some(p) = CREDIT_PREFIXES.iter().find(|p| lower.starts_with(**p)) {
            names(&segment[p.len()..])?;
            any = true;
            continue;
        }
        let p = AUTHOR_PREFIXES.iter().find(|p| lower.starts_with(**p))?;
        for name in names(&segment[p.len()..])? {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(&name)) {
                out.push(name);
            }
        }
        any = true;
    }
    any.then_some(out)
}

/// The names listed in the rest of a byline, up to a date, digit or
/// separator; `None` when something else than names is listed.
fn names(rest: &str) -> Option<Vec<String>> {
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
        "·",
        " / ",
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
    let mut out = Vec::new();
    for part in rest[..end].split([',', '&']).flat_map(|p| p.split(" and ")) {
        let name = part.trim_matches(|c: char| is_space(c) || matches!(c, '.' | ':' | ','));
        if name.is_empty() {
            continue;
        }
        if !is_name(name) {
            return None;
        }
        out.push(crate::text::fold_ws(name));
    }
    (!out.is_empty()).then_some(out)
}

/// A byline without "by" that says where the reporter is: "Ann Lee in
/// Paris", "Ann Lee and Bo Chan in Rome". Gives the names.
pub(crate) fn located_byline(s: &str) -> Option<Vec<String>> {
    if s.split_whitespace().count() > 9 {
        return None;
    }
    let (who, place) = s.rsplit_once(" in ")?;
    let people = names(who)?;
    let place = place.trim_matches(|c: char| is_space(c) || c == '.');
    (people
        .iter()
        .all(|p| (2..=4).contains(&p.split(' ').count()))
        && is_name(place)
        && place.split_whitespace().count() <= 3)
        .then_some(people)
}

/// A site name after a headline, "Talks collapse | The Daily" (or
/// "Talks collapse | World | The Daily"): gives the length of the headline
/// and the range of the last part, the site. `None` unless every part after
/// the first bar is a short name.
pub(crate) fn site_suffix(title: &str) -> Option<(usize, std::ops::Range<usize>)> {
    let bar = title.find(" | ")?;
    let head = title[..bar].trim_end_matches(is_space);
    if head.split_whitespace().count() < 2 {
        return None;
    }
    let parts = title[bar + 3..].split(" | ");
    let mut last = None;
    let mut offset = bar + 3;
    for part in parts {
        let name = part.trim_matches(is_space);
        if !is_name(name) || name.split_whitespace().count() > 5 {
            return None;
        }
        let lead = part.len() - part.trim_start_matches(is_space).len();
        last = Some(offset + lead..offset + lead + name.len());
        offset += part.len() + 3;
    }
    Some((head.len(), last?))
}

/// A journalist's job line under a byline, "Political reporter, Outlet":
/// gives the outlet.
pub(crate) fn journalist_role(s: &str) -> Option<String> {
    let (role, outlet) = s.rsplit_once(',')?;
    let outlet = outlet.trim_matches(|c: char| is_space(c) || c == '.');
    // A name starts with a capital (checked first: it is cheap).
    if !outlet.chars().next().is_some_and(char::is_uppercase)
        || s.split_whitespace().nth(8).is_some()
    {
        return None;
    }
    let role = role.to_ascii_lowercase();
    (JOURNALIST_ROLES.iter().any(|r| role.contains(r)) && is_name(outlet) && !outlet.is_empty())
        .then(|| outlet.to_string())
}

/// The holder of a copyright notice, "Copyright 2024 The Outlet. All
/// rights reserved." gives "The Outlet".
pub(crate) fn copyright_holder(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    let (i, len) = match lower.find("copyright") {
        Some(i) => (i, "copyright".len()),
        None => (s.find('©')?, '©'.len_utf8()),
    };
    let rest = s[i + len..].trim_start_matches(|c: char| {
        is_space(c) || c.is_ascii_digit() || matches!(c, '©' | '(' | ')' | '-' | '–' | ':')
    });
    let holder = rest.split(['.', ',', '|']).next()?.trim_matches(is_space);
    is_name(holder).then(|| holder.to_string())
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
    // Counted before anything is collected: most lines have more words.
    if !(2..=4).contains(&s.split(is_space).filter(|w| !w.is_empty()).take(5).count()) {
        return None;
    }
    let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
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
    // The first dash (the shortest where several start at one place),
    // found in one pass over the places a dash can start: a space or the
    // lead byte of a no-break space.
    let dashes = [
        " - ",
        " – ",
        " — ",
        " -- ",
        "\u{a0}- ",
        " —\u{a0}",
        " -\u{a0}",
    ];
    let bytes = head.as_bytes();
    let dash = (0..bytes.len())
        .filter(|&i| matches!(bytes[i], b' ' | 0xC2))
        .find_map(|i| {
            dashes
                .iter()
                .filter(|d| bytes[i..].starts_with(d.as_bytes()))
                .map(|d| (i, d.len()))
                .min()
        })?;
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
    // " {net}{suffix}": found from where the suffix occurs (the first
    // such place is the first place of the whole needle), with no copy of
    // the needle made.
    let suffixes = [" channel", " page", " account"];
    let places: [Vec<usize>; 3] =
        suffixes.map(|suffix| lower.match_indices(suffix).map(|(j, _)| j).collect());
    if places.iter().all(Vec::is_empty) {
        return out;
    }
    for net in NETWORKS {
        for at in &places {
            let found = at.iter().find_map(|&j| {
                let head = lower[..j].strip_suffix(net)?;
                head.ends_with(' ').then(|| head.len() - 1)
            });
            if let Some(i) = found {
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
    // Found ignoring ASCII case, without a lower-case copy.
    let needle = b"as reported by ";
    let i = s
        .as_bytes()
        .windows(needle.len())
        .position(|w| w[0] | 0x20 == b'a' && w.eq_ignore_ascii_case(needle))?;
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
        assert_eq!(
            byline("By Ann Lee · 2024-05-02 2 May 2024").unwrap(),
            ["Ann Lee"]
        );
        assert_eq!(byline("by car"), None);
    }

    #[test]
    fn site_names_after_headlines() {
        let t = "Talks collapse in Geneva | World | The Daily";
        let (head, site) = site_suffix(t).unwrap();
        assert_eq!(&t[..head], "Talks collapse in Geneva");
        assert_eq!(&t[site], "The Daily");
        assert_eq!(site_suffix("Talks | The Daily"), None);
        assert_eq!(site_suffix("A | b c d e f g"), None);
    }

    #[test]
    fn located_bylines() {
        assert_eq!(located_byline("Ann Lee in Paris").unwrap(), ["Ann Lee"]);
        assert_eq!(
            located_byline("Ann Lee and Bo Chan in New York").unwrap(),
            ["Ann Lee", "Bo Chan"]
        );
        assert_eq!(located_byline("Protests in Paris"), None);
        assert_eq!(located_byline("Rain falls in Paris"), None);
    }

    #[test]
    fn role_lines_and_copyright() {
        assert_eq!(
            journalist_role("Political reporter, Daily Planet").as_deref(),
            Some("Daily Planet")
        );
        assert_eq!(journalist_role("He said, Daily Planet"), None);
        assert_eq!(
            copyright_holder("Copyright 2024 The Wire Service. All rights reserved.").as_deref(),
            Some("The Wire Service")
        );
        assert_eq!(
            copyright_holder("© 2023 Daily Planet, all rights").as_deref(),
            Some("Daily Planet")
        );
        assert_eq!(copyright_holder("the copyright law was passed"), None);
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
