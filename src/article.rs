//! Stage 1: an article's metadata, clean body paragraphs, and the boilerplate
//! left out, all as ranges of the original text.
//!
//! Reading goes in three steps:
//! 1. lines are grouped into paragraph units (`article/lines.rs`): blank
//!    lines separate; hard-wrapped lines of fixed-width copy are joined
//!    (a line joins the next when the next one's first word would not have
//!    fitted on it, or the next starts in lower case; an indented line
//!    starts a new paragraph); text with one paragraph per line stays one
//!    paragraph per line;
//! 2. boilerplate units are recognised (`article/boilerplate.rs`, with the
//!    tables of [`crate::lexicon::boilerplate`]) and reported in
//!    [`Article::dropped`] with their [`DropKind`];
//! 3. the header (what comes before the first paragraph of prose) gives the
//!    title and further headlines, short labels before the title are
//!    navigation, a standfirst restated later is a headline, a wire dateline
//!    (`PARIS, April 3, 2024 (AFP) - `) is cut off the first body paragraph
//!    and dropped as metadata, and the date, authors and outlet are read
//!    from bylines, timestamps, datelines and the outlet's references to
//!    itself (`article/dates.rs`, `article/meta.rs`).
//!
//! [`Role::Headline`] marks the title, second headlines, standfirsts and
//! subheadings; everything else kept is [`Role::Body`].
//!
//! Contract: every range lies on `char` boundaries inside the input and is
//! trimmed; paragraphs are in text order and overlap neither each other nor
//! any dropped range; dropped ranges are in text order and do not overlap.
//!
//! ```
//! let text = "Talks resume\n\nBy Ann Lee, 3 April 2024\n\nThe talks resumed, the minister said.\n\nRead more:\n\nOther story";
//! let a = factsheet::article::parse("a.txt", text);
//! assert_eq!(&text[a.title.clone().unwrap()], "Talks resume");
//! assert_eq!(a.date.as_deref(), Some("2024-04-03"));
//! assert_eq!(a.authors, ["Ann Lee"]);
//! assert_eq!(a.paragraphs.len(), 2);
//! assert_eq!(a.dropped.len(), 3);
//! ```

mod boilerplate;
mod dates;
mod lines;
mod meta;

use std::ops::Range;

pub use dates::find_date;
pub(crate) use lines::trim as trim_span;
pub use meta::byline;

use crate::model::DropKind;
use boilerplate::Features;

/// One article as read from its text. Ranges are byte offsets into `text`.
#[derive(Clone, Debug)]
pub struct Article<'a> {
    /// The input's file name.
    pub name: &'a str,
    /// The original text, unchanged.
    pub text: &'a str,
    /// The headline.
    pub title: Option<Range<usize>>,
    /// The outlet, where the text names it.
    pub outlet: Option<String>,
    /// Publication date, ISO 8601.
    pub date: Option<String>,
    /// Bylined authors.
    pub authors: Vec<String>,
    /// Headline(s) and body paragraphs, in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Boilerplate left out, in text order.
    pub dropped: Vec<(DropKind, Range<usize>)>,
}

/// A paragraph of the article: one or more (possibly hard-wrapped) lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Where it is; may span line breaks of hard-wrapped text.
    pub range: Range<usize>,
    /// What part of the article it is.
    pub role: Role,
}

/// The part of the article a paragraph plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The headline, a second headline, a standfirst, or a subheading.
    Headline,
    /// Body text.
    Body,
}

/// Longest title accepted, in characters.
const MAX_TITLE_CHARS: usize = 300;

/// Reads `text` (the file `name`) into an [`Article`].
pub fn parse<'a>(name: &'a str, text: &'a str) -> Article<'a> {
    let units = lines::units(text);
    let features: Vec<Features> = units.iter().map(|u| Features::new(text, u)).collect();
    let mut kinds = boilerplate::classify(&features);
    let kept: Vec<usize> = (0..units.len()).filter(|&i| kinds[i].is_none()).collect();

    // The header: what is left before the first paragraph of prose (a
    // question or exclamation may still be the headline).
    let mut roles: Vec<Option<Role>> = vec![None; units.len()];
    let header_len = kept
        .iter()
        .enumerate()
        .position(|(n, &i)| {
            let f = &features[i];
            (f.is_prose() && !(n == 0 && f.words <= 25 && f.flat.ends_with(['?', '!'])))
                || (n > 0 && is_turn(&f.flat))
        })
        .unwrap_or(kept.len());
    let header = &kept[..header_len];
    // The title: the first header unit of five words or more (else of
    // three or more, else the last one); shorter ones before it are section
    // labels and kickers ("World", "War in Ukraine").
    let titled = |&&i: &&usize| {
        let f = &features[i];
        !f.big && !f.bullet && f.flat.chars().count() <= MAX_TITLE_CHARS
    };
    let long_enough = |words: usize| {
        header
            .iter()
            .position(|i| titled(&i) && features[*i].words >= words)
    };
    let title_at = long_enough(5)
        .filter(|&t| header[..t].iter().all(|&i| features[i].words <= 4))
        .or_else(|| long_enough(3))
        .or_else(|| header.iter().rposition(|i| titled(&i)));
    let mut title = None;
    if let Some(t) = title_at {
        for &i in &header[..t] {
            kinds[i] = Some(DropKind::Navigation);
        }
        title = Some(units[header[t]].range.clone());
        roles[header[t]] = Some(Role::Headline);
    }
    let rest = &kept[title_at.map_or(0, |t| t + 1)..];
    let body_start = header_len - title_at.map_or(0, |t| t + 1);
    // Header units after the title: further headlines, or kickers.
    for &i in &rest[..body_start] {
        let f = &features[i];
        if meta::located_byline(&f.flat).is_some() {
            kinds[i] = Some(DropKind::Metadata);
        } else if f.words <= 5 && !f.flat.contains(['"', '“', '”', '«', '„']) && title.is_some()
        {
            kinds[i] = Some(DropKind::Navigation);
        } else {
            roles[i] = Some(Role::Headline);
        }
    }
    let body = &rest[body_start..];
    // A standfirst: one sentence right after the title that a later
    // paragraph restates.
    if let (Some(&first), Some(t)) = (body.first(), title.as_ref()) {
        let next_to_title = units.get(first.wrapping_sub(1)).map(|u| u.range.end) == Some(t.end);
        if next_to_title && is_standfirst(text, &units, &features, first, &body[1..]) {
            roles[first] = Some(Role::Headline);
        }
    }
    // Body paragraphs; short lines without sentence punctuation are
    // subheadings.
    for &i in body {
        if roles[i].is_none() {
            let f = &features[i];
            let subhead = !f.terminal
                && !f.bullet
                && f.words <= 12
                && !f.flat.contains(['"', '“', '”', '«', '„'])
                && f.flat.chars().next().is_some_and(char::is_uppercase);
            roles[i] = Some(if subhead { Role::Headline } else { Role::Body });
        }
    }

    // A wire dateline opening the body.
    let mut dropped = Vec::new();
    let mut ranges: Vec<Range<usize>> = units.iter().map(|u| u.range.clone()).collect();
    let mut dateline = None;
    if let Some(&i) = body.iter().find(|&&i| roles[i] == Some(Role::Body)) {
        let r = ranges[i].clone();
        if let Some(d) = meta::dateline(&text[r.clone()]) {
            let cut = r.start + d.len;
            if cut < r.end {
                dropped.push((i, DropKind::Metadata, lines::trim(text, r.start..cut)));
                ranges[i] = cut..r.end;
                dateline = Some(d);
            }
        }
    }

    // A site name after the headline: "Talks collapse | The Daily".
    let mut site = None;
    if let (Some(t), Some(at)) = (title.clone(), title_at) {
        if let Some((head, tail)) = meta::site_suffix(&text[t.clone()]) {
            let i = header[at];
            let rest = lines::trim(text, t.start + head..t.end);
            dropped.push((i, DropKind::Metadata, rest));
            ranges[i] = t.start..t.start + head;
            title = Some(ranges[i].clone());
            site = Some(text[t.start + tail.start..t.start + tail.end].to_string());
        }
    }

    // "Source: Agency" right after the story's prose credits the story,
    // not a photo: metadata, and the outlet if nothing better names one.
    let mut credit = None;
    let after_body = body.first().map_or(units.len(), |&b| b + 1);
    for i in after_body..units.len() {
        let f = &features[i];
        let after_prose = kinds[i - 1].is_none() && roles[i - 1] == Some(Role::Body);
        if kinds[i] == Some(DropKind::Caption) && after_prose && f.norm.starts_with("source:") {
            kinds[i] = Some(DropKind::Metadata);
            let name = f.flat.get("source:".len()..).unwrap_or("");
            let name = name.trim_matches(|c: char| !c.is_alphanumeric());
            if credit.is_none() && !name.is_empty() && name.split_whitespace().count() <= 4 {
                credit = Some(name.to_string());
            }
        }
    }

    let mut paragraphs = Vec::new();
    for i in 0..units.len() {
        match (kinds[i], roles[i]) {
            (Some(kind), _) => dropped.push((i, kind, ranges[i].clone())),
            (None, Some(role)) => paragraphs.push(Paragraph {
                range: ranges[i].clone(),
                role,
            }),
            (None, None) => {}
        }
    }
    crate::order::sort_by_key(&mut dropped, |d| (d.2.start, d.0));

    let first_body = body.first().copied().unwrap_or(units.len());
    let meta = Meta::read(
        text,
        &units,
        &features,
        &kinds,
        first_body,
        dateline.as_ref(),
    );
    Article {
        name,
        text,
        title,
        outlet: meta.outlet.or(site).or(credit),
        date: meta.date,
        authors: meta.authors,
        paragraphs,
        dropped: dropped.into_iter().map(|(_, k, r)| (k, r)).collect(),
    }
}

/// Content words of `s`: lower-case words of four letters or more.
/// Whether a line is a turn of a transcript: a short speaker label, a
/// colon, and a sentence (`Q: Will you resign?`, `SMITH: No.`). Such lines
/// open the body however short they are.
fn is_turn(flat: &str) -> bool {
    let Some((label, rest)) = flat.split_once(": ") else {
        return false;
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && !crate::lexicon::grammar::is_in(crate::lexicon::speech::NOT_SPEAKER_LABELS, label)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
        })
        && rest.split_whitespace().count() >= 1
        && lines::ends_sentence(rest)
}

fn content_words(s: &str) -> crate::text::FastSet<String> {
    crate::text::words(s)
        .filter(|w| w.text.chars().count() >= 4)
        .map(|w| crate::text::fold(w.text))
        .collect()
}

/// True when unit `i` is one sentence without quotations, and one of the
/// `later` units restates most of its words.
fn is_standfirst(
    text: &str,
    units: &[lines::Unit],
    features: &[Features],
    i: usize,
    later: &[usize],
) -> bool {
    let f = &features[i];
    let r = units[i].range.clone();
    if f.big
        || f.words > 45
        || f.flat.contains(['"', '“', '”', '«', '„'])
        || crate::sentence::split(text, r.clone()).len() != 1
    {
        return false;
    }
    let mine = content_words(&text[r]);
    if mine.len() < 4 {
        return false;
    }
    // How many of `mine` a later unit has: its words are looked up in
    // `mine` (no set of its own is built), each of `mine` counted once.
    let mut seen: crate::text::FastSet<&str> = crate::text::FastSet::default();
    let mut buf = String::new();
    later.iter().take(20).any(|&j| {
        if features[j].big {
            return false;
        }
        seen.clear();
        for w in crate::text::words(&text[units[j].range.clone()]) {
            if w.text.chars().count() < 4 {
                continue;
            }
            // `fold` of an ASCII word only lower-cases: done in `buf`.
            let folded = if w.text.is_ascii() {
                buf.clear();
                buf.push_str(w.text);
                buf.make_ascii_lowercase();
                mine.get(buf.as_str())
            } else {
                mine.get(crate::text::fold(w.text).as_str())
            };
            if let Some(m) = folded {
                seen.insert(m.as_str());
            }
        }
        seen.len() * 10 >= mine.len() * 6
    })
}

/// Metadata read from the text.
struct Meta {
    outlet: Option<String>,
    date: Option<String>,
    authors: Vec<String>,
}

impl Meta {
    fn read(
        text: &str,
        units: &[lines::Unit],
        features: &[Features],
        kinds: &[Option<DropKind>],
        first_body: usize,
        dateline: Option<&meta::Dateline>,
    ) -> Meta {
        let is_meta = |i: usize| {
            matches!(
                kinds[i],
                Some(DropKind::Metadata | DropKind::Navigation | DropKind::Other)
            )
        };
        let small = |i: usize| units[i].range.len() <= 4000;
        let unit = |i: usize| &text[units[i].range.clone()];

        // Date: the header's metadata first, then the dateline, then any
        // metadata line.
        let header_date = (0..first_body.min(units.len()))
            .filter(|&i| is_meta(i) && small(i))
            .find_map(|i| dates::find_date(unit(i)).map(|d| d.0));
        let date = header_date
            .or_else(|| dateline.and_then(|d| d.date.clone()))
            .or_else(|| {
                (0..units.len())
                    .filter(|&i| kinds[i] == Some(DropKind::Metadata) && small(i))
                    .find_map(|i| dates::find_date(unit(i)).map(|d| d.0))
            });

        // Authors: bylines, then names glued to a section.
        let mut authors: Vec<String> = Vec::new();
        for i in (0..units.len()).filter(|&i| kinds[i] == Some(DropKind::Metadata) && small(i)) {
            let flat = &features[i].flat;
            let found = meta::byline(flat)
                .or_else(|| meta::glued_byline(flat).map(|n| vec![n]))
                .or_else(|| meta::located_byline(flat))
                .unwrap_or_default();
            for a in found {
                if !authors.iter().any(|b| b.eq_ignore_ascii_case(&a)) {
                    authors.push(a);
                }
            }
        }

        // Outlet: weighted evidence, the strongest wins.
        let mut votes: Vec<(String, u32)> = Vec::new();
        let mut vote = |name: String, weight: u32| {
            let name = name
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string();
            if name.is_empty() || name.len() > 60 {
                return;
            }
            match votes.iter_mut().find(|v| v.0.eq_ignore_ascii_case(&name)) {
                Some(v) => v.1 += weight,
                None => votes.push((name, weight)),
            }
        };
        for a in &authors {
            if let Some(o) = meta::desk_outlet(a) {
                vote(o, 3);
            }
        }
        if let Some(agency) = dateline.and_then(|d| d.agency.clone()) {
            vote(agency, 3);
        }
        for i in (0..units.len()).filter(|&i| small(i)) {
            let flat = &features[i].flat;
            if matches!(kinds[i], Some(DropKind::Appeal | DropKind::Other)) {
                for name in meta::self_names(flat) {
                    vote(name, 3);
                }
            }
            if kinds[i].is_none() {
                if let Some(name) = meta::reported_by_self(flat) {
                    vote(name, 2);
                }
            }
            if kinds[i] == Some(DropKind::Metadata) {
                if let Some(name) = meta::journalist_role(flat) {
                    vote(name, 2);
                }
            }
            if kinds[i] == Some(DropKind::Other) {
                if let Some(name) = meta::copyright_holder(flat) {
                    vote(name, 1);
                }
            }
        }
        let outlet = votes
            .into_iter()
            .enumerate()
            .max_by_key(|(n, v)| (v.1, std::cmp::Reverse(*n)))
            .map(|(_, v)| v.0);
        Meta {
            outlet,
            date,
            authors,
        }
    }
}
