//! Mentions of entities as written: a phrase ("French Defense Minister
//! Sébastien Lecornu", "the ministry", "Russian state news agency TASS",
//! "Paris", "he") read into a [`Descriptor`], and every such mention found in
//! an article's running text.
//!
//! Works on word units: a word, or several words that the lexicons know as
//! one ("armed forces", "news agency", "United States of America").

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use crate::lexicon::organisations::{
    is_circle_noun, CIRCLE_NOUNS, MEDIA_NOUNS, ORG_HEADS, PORTFOLIOS, STATEMENT_NOUNS,
};
use crate::lexicon::places::{COUNTRIES, SEATS};
use crate::lexicon::pronouns::{pronoun, Pronoun};
use crate::lexicon::titles::{
    canonical_title, Gender, HONORIFICS, LEADER_TITLES, RELATIONAL, TITLE_HEADS, TITLE_MODIFIERS,
};
use crate::model::SpeakerKind;
use crate::text::{fold, words};

/// Longest multi-word lexicon entry, in words.
const MAX_UNIT_WORDS: usize = 4;
/// Longest appositive read as a role, in units.
const MAX_APPOSITIVE: usize = 14;

/// What one unit of a phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// the, a, an, this, his...: `definite` for the/this/that.
    Det { definite: bool },
    /// A personal pronoun.
    Pronoun(Pronoun),
    /// A country's name ("France", "the United States").
    Country(&'static str),
    /// A capital ("Paris").
    Capital(&'static str),
    /// A seat of government ("Kremlin").
    Seat(&'static str),
    /// A demonym ("French").
    Demonym(&'static str),
    /// Mr, Mrs, Dr...
    Honorific(Gender),
    /// minister, president, spokesperson...
    TitleHead,
    /// deputy, former...
    TitleMod,
    /// A portfolio (canonical): defence, foreign affairs...
    Portfolio(&'static str),
    /// ministry, agency, office...
    OrgHead,
    /// government, authorities, side: the country's government itself.
    GovHead,
    /// news agency, newspaper...
    Media,
    /// statement, communiqué...
    Statement,
    /// entourage, aides...
    Circle,
    /// counterpart, colleague...
    Relational,
    /// of, for, in, to, and name particles.
    Connector,
    /// A capitalised word the lexicons do not know: part of a name.
    Name,
    /// A plural title or organisation noun ("ministers"), or a plural
    /// demonym ("Russians"): several entities.
    Plural,
    /// country, nation: "the aggressor country" means a country's
    /// government.
    CountryNoun,
    /// Anything else.
    Other,
}

/// One word, or several words known as one.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    /// Where it is in the article text (without a possessive 's).
    pub range: Range<usize>,
    /// Folded text (accents and case), words joined by one space.
    pub folded: String,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Written with 's (or ’s, or s').
    pub poss: bool,
    /// What it is.
    pub class: Class,
    /// The text between the previous unit and this one contains punctuation
    /// other than white space (a comma, a quote mark, a dash...).
    pub break_before: bool,
    /// That text contains a comma.
    pub comma_before: bool,
}

/// What a phrase says about the entity it mentions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Descriptor {
    /// Person, organisation, media, government, or unknown.
    pub kind: Option<SpeakerKind>,
    /// The proper name as written, white space folded ("Sébastien Lecornu").
    pub name: Option<String>,
    /// Folded name words, for matching.
    pub name_words: Vec<String>,
    /// The role or title as written ("Defense Minister").
    pub role: Option<String>,
    /// Folded title heads ("minister", "president", "prime minister").
    pub title_heads: Vec<String>,
    /// The country the phrase ties the entity to.
    pub country: Option<&'static str>,
    /// For organisations: (head, portfolio), folded ("ministry", "defence").
    pub org: Option<(String, Option<&'static str>)>,
    /// A document standing for its issuer ("the statement").
    pub statement: bool,
    /// A pronoun.
    pub pronoun: Option<Pronoun>,
    /// Gender from an honorific.
    pub gender: Option<Gender>,
    /// The circle around a named owner ("X's entourage"): the circle noun as
    /// written.
    pub circle: Option<String>,
    /// Starts with the/this/that.
    pub definite: bool,
    /// Headed by "country" or "nation".
    pub country_noun: bool,
    /// Several entities ("the two ministers", "they").
    pub plural: bool,
    /// The phrase as written, white space folded, without a leading
    /// determiner.
    pub surface: String,
}

/// Words that start sentences or headlines capitalised without being names.
const COMMON_CAPITALISED: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
    "of",
    "to",
    "as",
    "after",
    "before",
    "during",
    "despite",
    "since",
    "until",
    "while",
    "when",
    "where",
    "why",
    "how",
    "what",
    "who",
    "which",
    "if",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "meanwhile",
    "however",
    "separately",
    "also",
    "only",
    "other",
    "read",
    "see",
    "though",
    "although",
    "according",
    "there",
    "here",
    "it",
    "its",
    "his",
    "her",
    "their",
    "our",
    "we",
    "i",
    "you",
    "he",
    "she",
    "they",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "both",
    "each",
    "earlier",
    "later",
    "last",
    "next",
    "first",
    "new",
    "more",
    "over",
    "about",
    "under",
    "not",
    "do",
    "did",
    "does",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "thank",
    "thanks",
    "authors",
    "author",
    "source",
    "photo",
    "updated",
    "published",
    "share",
    "comments",
    "leave",
    "related",
    "latest",
    "abroad",
    "world",
    "politics",
    "news",
    "sources",
    "officials",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "yes",
    "no",
    "now",
    "then",
    "today",
    "yesterday",
    "tomorrow",
    "still",
    "even",
    "just",
    "again",
    "instead",
    "indeed",
    "thus",
    "hence",
    "therefore",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "finally",
    "overall",
];

/// Lower-case particles inside names ("Charles de Gaulle", "bin Salman").
const NAME_PARTICLES: &[&str] = &[
    "de", "des", "du", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al",
    "el", "le", "la", "ter", "zu",
];

/// Connectors that may sit inside a mention.
const CONNECTORS: &[&str] = &["of", "for", "in", "to", "at", "on"];

/// Nouns that, after a country word, mean the country's government.
const GOV_HEADS: &[&str] = &[
    "government",
    "authorities",
    "side",
    "leadership",
    "regime",
    "administration",
];

/// Determiners (folded) and whether they are definite.
fn determiner(folded: &str) -> Option<bool> {
    match folded {
        "the" | "this" | "that" | "these" | "those" => Some(true),
        "a" | "an" | "another" | "one" | "two" | "three" | "several" | "some" => Some(false),
        _ => None,
    }
}

/// True for "two", "three", "both"...: the phrase means several entities.
fn is_plural_det(folded: &str) -> bool {
    matches!(
        folded,
        "two" | "three" | "four" | "both" | "several" | "some" | "these" | "those" | "many"
    )
}

/// Splits `range` of `text` into classified units.
pub(crate) fn units(text: &str, range: Range<usize>) -> Vec<Unit> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let ws: Vec<(Range<usize>, bool)> = words(slice)
        .map(|w| {
            let r = range.start + w.range.start..range.start + w.range.end;
            strip_possessive(text, r)
        })
        .collect();
    let folded: Vec<String> = ws.iter().map(|(r, _)| fold(&text[r.clone()])).collect();
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    let mut prev_end = range.start;
    while i < ws.len() {
        let gap = text.get(prev_end..ws[i].0.start).unwrap_or("");
        // A name-internal mark with no space ("OBOZ.UA", "BSS/AFP", "AT&T")
        // does not break a name.
        let joined_before =
            !gap.is_empty() && gap.chars().all(|c| matches!(c, '.' | '/' | '&' | '-'));
        let break_before = gap.chars().any(|c| !c.is_whitespace()) && !joined_before;
        let comma_before = gap.contains(',');
        // Longest multi-word lexicon entry first; units never span a
        // possessive or punctuation.
        let mut best: Option<(usize, Class)> = None;
        for n in (2..=MAX_UNIT_WORDS.min(ws.len() - i)).rev() {
            let inner_ok = (i..i + n - 1).all(|k| {
                !ws[k].1
                    && text
                        .get(ws[k].0.end..ws[k + 1].0.start)
                        .is_some_and(|g| g.chars().all(char::is_whitespace))
            });
            if !inner_ok {
                continue;
            }
            if !starts_entry(&folded[i]) {
                break;
            }
            let joined = folded[i..i + n].join(" ");
            if let Some(class) = multi_class(&joined) {
                best = Some((n, class));
                break;
            }
        }
        let (n, class) =
            best.unwrap_or_else(|| (1, word_class(&text[ws[i].0.clone()], &folded[i])));
        let first = &text[ws[i].0.clone()];
        let last = &ws[i + n - 1];
        out.push(Unit {
            range: ws[i].0.start..last.0.end,
            folded: folded[i..i + n].join(" "),
            cap: first.chars().next().is_some_and(char::is_uppercase),
            poss: last.1,
            class,
            break_before,
            comma_before,
        });
        prev_end = text
            .get(last.0.end..)
            .map_or(last.0.end, |rest| last.0.end + possessive_len(rest));
        i += n;
    }
    out
}

/// `r` without a trailing possessive, and whether there was one.
fn strip_possessive(text: &str, r: Range<usize>) -> (Range<usize>, bool) {
    let w = &text[r.clone()];
    for suffix in ["'s", "’s", "'S", "’S"] {
        if w.len() > suffix.len() && w.ends_with(suffix) {
            return (r.start..r.end - suffix.len(), true);
        }
    }
    // "Forces'": the apostrophe is not part of the word.
    let after = text.get(r.end..).unwrap_or("");
    let poss = (w.ends_with('s') || w.ends_with('S'))
        && (after.starts_with('\'') || after.starts_with('’'))
        && !after.chars().nth(1).is_some_and(char::is_alphanumeric);
    (r, poss)
}

/// Bytes of a possessive mark at the start of `rest` ("'s", "’s", "'").
fn possessive_len(rest: &str) -> usize {
    for p in ["'s", "’s", "'S", "’S"] {
        if rest.starts_with(p) {
            return p.len();
        }
    }
    0
}

/// Every lexicon entry (folded) with its class, built once; where an entry
/// is in several tables the first class listed here wins. Also the set of
/// first words of multi-word entries.
fn lexicon() -> &'static (HashMap<String, Class>, HashSet<String>) {
    static LEXICON: OnceLock<(HashMap<String, Class>, HashSet<String>)> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map: HashMap<String, Class> = HashMap::new();
        let mut add = |k: &str, c: Class| {
            map.entry(k.to_string()).or_insert(c);
        };
        for (seat, country) in SEATS {
            add(seat, Class::Seat(country));
        }
        for c in COUNTRIES {
            add(&fold(c.name), Class::Country(c.name));
            for o in c.other_names {
                add(o, Class::Country(c.name));
            }
        }
        for c in COUNTRIES {
            for k in c.capitals {
                add(k, Class::Capital(c.name));
            }
        }
        for c in COUNTRIES {
            for k in c.demonyms {
                add(k, Class::Demonym(c.name));
            }
        }
        for (h, g) in HONORIFICS {
            add(h, Class::Honorific(*g));
        }
        for t in TITLE_HEADS {
            add(t, Class::TitleHead);
        }
        for t in LEADER_TITLES {
            add(t, Class::TitleHead);
        }
        for g in GOV_HEADS {
            add(g, Class::GovHead);
        }
        for o in ORG_HEADS {
            add(o, Class::OrgHead);
        }
        for m in MEDIA_NOUNS {
            add(m, Class::Media);
        }
        for family in PORTFOLIOS {
            for p in family.iter() {
                add(p, Class::Portfolio(family[0]));
            }
        }
        for t in TITLE_MODIFIERS {
            add(t, Class::TitleMod);
        }
        for t in STATEMENT_NOUNS {
            add(t, Class::Statement);
        }
        for t in CIRCLE_NOUNS {
            add(t, Class::Circle);
        }
        for t in RELATIONAL {
            add(t, Class::Relational);
        }
        add("country", Class::CountryNoun);
        add("nation", Class::CountryNoun);
        let prefixes = map
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        (map, prefixes)
    })
}

/// The class of a multi-word entry, if the lexicons know it.
fn multi_class(joined: &str) -> Option<Class> {
    lexicon().0.get(joined).copied()
}

/// True when some multi-word entry starts with the word `folded`.
fn starts_entry(folded: &str) -> bool {
    lexicon().1.contains(folded)
}

/// The class of a single word (`folded` is its folded form).
fn word_class(word: &str, folded: &str) -> Class {
    let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_lowercase());
    if !acronym {
        if let Some(p) = pronoun(folded) {
            return Class::Pronoun(p);
        }
        if let Some(definite) = determiner(folded) {
            return Class::Det { definite };
        }
    }
    if matches!(folded, "his" | "her" | "its" | "their") {
        return Class::Det { definite: true };
    }
    let known = lexicon().0.get(folded).copied();
    if let Some(c @ Class::Seat(_)) = known {
        return c;
    }
    if let Some(stem) = folded.strip_suffix('s') {
        let plural_of = |w: &str| {
            matches!(
                lexicon().0.get(w),
                Some(Class::TitleHead | Class::OrgHead | Class::Demonym(_))
            )
        };
        if known.is_none() && (plural_of(stem) || stem.strip_suffix('e').is_some_and(plural_of)) {
            return Class::Plural;
        }
    }
    if let Some(c) = known {
        return c;
    }
    if (CONNECTORS.contains(&folded) || NAME_PARTICLES.contains(&folded))
        && word.chars().next().is_some_and(char::is_lowercase)
    {
        return Class::Connector;
    }
    if word.chars().next().is_some_and(char::is_uppercase) {
        return Class::Name;
    }
    Class::Other
}

/// True for units that name or head an entity (not modifiers).
fn is_content(c: Class) -> bool {
    !matches!(c, Class::Det { .. } | Class::Connector | Class::Other)
}

/// Reads the units of one phrase (a mention as written) into a
/// [`Descriptor`]. `text` is the article text the units point into.
pub(crate) fn describe(text: &str, units: &[Unit]) -> Descriptor {
    let units_all = units;
    let mut d = Descriptor::default();
    let mut start = 0;
    while let Some(u) = units.get(start) {
        match u.class {
            Class::Det { definite } => {
                d.definite |= definite;
                d.plural |= is_plural_det(&u.folded);
                start += 1;
            }
            _ => break,
        }
    }
    let units = &units[start..];
    let (Some(first), Some(last)) = (units.first(), units.last()) else {
        return d;
    };
    // A description keeps its determiner ("the minister", "a French defence
    // ministry statement"); a name drops it ("French Ministry of Defense").
    let proper = units.iter().any(|u| {
        u.cap
            && !matches!(
                u.class,
                Class::Demonym(_) | Class::Country(_) | Class::Det { .. }
            )
    });
    let from = match (proper, start) {
        (false, 1..) => units_all[0].range.start,
        _ => first.range.start,
    };
    d.surface = crate::text::fold_ws(&text[from..last.range.end]);
    if units.len() == 1 {
        if let Class::Pronoun(p) = first.class {
            d.pronoun = Some(p);
            d.plural = p == Pronoun::Plural;
            d.kind = Some(match p {
                Pronoun::Male | Pronoun::Female => SpeakerKind::Person,
                _ => SpeakerKind::Unknown,
            });
            return d;
        }
    }
    // Head part and first appositive: "X, an advisor to ..., " or
    // "France's Defense Minister, Sébastien Lecornu".
    let split = units
        .iter()
        .skip(1)
        .position(|u| u.comma_before)
        .map(|p| p + 1);
    let (head, appositive) = match split {
        Some(s) => {
            let rest = &units[s..];
            let end = rest
                .iter()
                .skip(1)
                .position(|u| u.comma_before)
                .map_or(rest.len(), |p| p + 1);
            (&units[..s], &rest[..end])
        }
        None => (units, &units[..0]),
    };
    read_part(text, head, &mut d);
    if !appositive.is_empty() {
        let mut a = Descriptor::default();
        let app: Vec<Unit> = appositive
            .iter()
            .skip_while(|u| matches!(u.class, Class::Det { .. }))
            .cloned()
            .collect();
        read_part(text, &app, &mut a);
        if d.name.is_none() && a.name.is_some() && a.org.is_none() {
            d.name = a.name;
            d.name_words = a.name_words;
            if d.kind.is_none() || d.kind == Some(SpeakerKind::Unknown) {
                d.kind = a.kind.or(Some(SpeakerKind::Person));
            }
            if d.role.is_some() {
                d.kind = Some(SpeakerKind::Person);
            }
        } else if d.name.is_some() && a.role.is_some() && a.name.is_none() {
            // "Minister of Defense of Russia": the country is not the role.
            let mut app_end = app.len();
            if app_end >= 3
                && matches!(app[app_end - 1].class, Class::Country(_))
                && app[app_end - 2].class == Class::Connector
            {
                app_end -= 2;
            }
            let (Some(f), Some(l)) = (app.first(), app[..app_end].last()) else {
                return d;
            };
            d.role = Some(crate::text::fold_ws(&text[f.range.start..l.range.end]));
            d.title_heads.extend(a.title_heads);
            d.country = d.country.or(a.country);
            d.kind = Some(SpeakerKind::Person);
        } else if d.name.is_some() && a.kind == Some(SpeakerKind::Media) && a.name.is_none() {
            d.kind = Some(SpeakerKind::Media);
        }
    }
    d
}

/// Reads one comma-free part of a phrase into `d`.
fn read_part(text: &str, units: &[Unit], d: &mut Descriptor) {
    let has_head = units.iter().any(|u| {
        matches!(
            u.class,
            Class::TitleHead | Class::OrgHead | Class::Media | Class::GovHead
        )
    });
    // Capitalised portfolio words without a head noun are names ("Islamic
    // State", "Foreign Policy").
    let class = |u: &Unit| match u.class {
        Class::Portfolio(_) | Class::TitleMod | Class::Statement | Class::Circle
            if !has_head && u.cap =>
        {
            Class::Name
        }
        c => c,
    };
    let mut name_run: Option<(usize, usize)> = None;
    let mut role: Option<(usize, usize)> = None;
    let mut org_head: Option<usize> = None;
    let mut portfolio_seen: Option<&'static str> = None;
    let mut media = false;
    let mut gov = false;
    let mut place: Option<&'static str> = None;
    let mut i = 0;
    while i < units.len() {
        let u = &units[i];
        let c = class(u);
        match c {
            Class::Name if name_run.is_none() => {
                {
                    let mut j = i;
                    while j + 1 < units.len() && !units[j].poss {
                        let next = &units[j + 1];
                        let nc = class(next);
                        if nc == Class::Name && !next.break_before {
                            j += 1;
                        } else if nc == Class::Connector
                            && NAME_PARTICLES.contains(&next.folded.as_str())
                            && units.get(j + 2).is_some_and(|n| class(n) == Class::Name)
                        {
                            j += 2;
                        } else {
                            break;
                        }
                    }
                    name_run = Some((i, j));
                    // "Lecornu's immediate entourage".
                    if units[j].poss {
                        if let Some(k) = units[j + 1..]
                            .iter()
                            .position(|x| is_circle_noun(&x.folded))
                        {
                            let cu = &units[j + 1 + k];
                            d.circle = Some(crate::text::fold_ws(&text[cu.range.clone()]));
                        }
                    }
                    i = j;
                }
            }
            Class::Honorific(g) => {
                d.gender = Some(g);
                d.kind = Some(SpeakerKind::Person);
            }
            Class::TitleHead | Class::TitleMod | Class::Portfolio(_) => {
                // A title run: modifiers and heads, e.g. "Deputy Prime Minister".
                let mut j = i;
                while j + 1 < units.len()
                    && !units[j].poss
                    && !units[j + 1].break_before
                    && matches!(
                        class(&units[j + 1]),
                        Class::TitleHead | Class::TitleMod | Class::Portfolio(_)
                    )
                {
                    j += 1;
                }
                let heads: Vec<usize> = (i..=j)
                    .filter(|&k| class(&units[k]) == Class::TitleHead)
                    .collect();
                let next_org = units.get(j + 1).is_some_and(|n| {
                    matches!(class(n), Class::OrgHead | Class::Media) && !n.break_before
                });
                if let (Some(&h), false) = (heads.last(), next_org) {
                    let mut end = h;
                    let mut consumed = j.max(h);
                    // "Minister of Defense (of Russia)", "Secretary of State",
                    // "advisor to the head of Ukraine's President's Office".
                    if units
                        .get(h + 1)
                        .is_some_and(|n| n.class == Class::Connector)
                    {
                        let mut k = h + 1;
                        while k + 1 < units.len() && !units[k + 1].break_before {
                            match class(&units[k + 1]) {
                                Class::Portfolio(_)
                                | Class::TitleHead
                                | Class::TitleMod
                                | Class::OrgHead => {
                                    end = k + 1;
                                    k += 1;
                                }
                                Class::Country(c) | Class::Demonym(c) | Class::Capital(c) => {
                                    d.country = d.country.or(Some(c));
                                    k += 1;
                                }
                                Class::Connector | Class::Det { .. } => k += 1,
                                _ => break,
                            }
                        }
                        // Only what ends in a title word or portfolio is role.
                        consumed = consumed.max(end);
                        if k > end {
                            consumed = consumed.max(k);
                        }
                    }
                    for &k in &heads {
                        let f = canonical_title(&units[k].folded).to_string();
                        if !d.title_heads.contains(&f) {
                            d.title_heads.push(f);
                        }
                    }
                    if units[i..=end].iter().any(|x| class(x) == Class::TitleHead) {
                        role = Some(match role {
                            Some((s, _)) => (s, end),
                            None => (i, end),
                        });
                    }
                    d.kind = Some(SpeakerKind::Person);
                    i = consumed;
                } else {
                    for x in &units[i..=j] {
                        if let Class::Portfolio(p) = class(x) {
                            portfolio_seen = portfolio_seen.or(Some(p));
                        }
                    }
                    i = j;
                }
            }
            Class::OrgHead => {
                org_head = Some(i);
                // "Ministry of (the) Armed Forces", "Ministry of Defense in Paris".
                let mut k = i + 1;
                while let Some(n) = units.get(k) {
                    match class(n) {
                        Class::Connector | Class::Det { .. } => k += 1,
                        Class::Portfolio(p) => {
                            portfolio_seen = Some(p);
                            k += 1;
                        }
                        Class::Country(c) | Class::Capital(c) => {
                            place = place.or(Some(c));
                            k += 1;
                        }
                        _ => break,
                    }
                }
                i = k.saturating_sub(1).max(i);
            }
            Class::Media => media = true,
            Class::GovHead => gov = true,
            Class::Statement => d.statement = true,
            Class::Plural => d.plural = true,
            Class::CountryNoun => d.country_noun = true,
            Class::Demonym(c) | Class::Country(c) | Class::Seat(c) => {
                d.country = d.country.or(Some(c));
            }
            Class::Capital(c) => place = place.or(Some(c)),
            _ => {}
        }
        i += 1;
    }
    d.country = d.country.or(place);
    if let Some((s, e)) = name_run {
        let words: Vec<&Unit> = units[s..=e].iter().collect();
        d.name = Some(crate::text::fold_ws(
            &text[words[0].range.start..words[words.len() - 1].range.end],
        ));
        d.name_words = words
            .iter()
            .filter(|u| u.class != Class::Connector)
            .flat_map(|u| u.folded.split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    if let Some((s, e)) = role {
        d.role = Some(crate::text::fold_ws(
            &text[units[s].range.start..units[e].range.end],
        ));
    }
    let only_place = d.name.is_none() && role.is_none() && org_head.is_none() && !media;
    if let Some(h) = org_head {
        let head = match units[h].folded.as_str() {
            "department" => "ministry".to_string(),
            other => other.to_string(),
        };
        d.org = Some((head, portfolio_seen));
        if d.kind != Some(SpeakerKind::Person) || role.is_none() {
            d.kind = Some(SpeakerKind::Organisation);
        }
    }
    if media {
        d.kind = Some(SpeakerKind::Media);
        d.org = None;
    }
    if d.circle.is_some() {
        d.kind = Some(SpeakerKind::Unknown);
    }
    let placed = units.iter().any(|u| {
        matches!(
            u.class,
            Class::Country(_) | Class::Capital(_) | Class::Seat(_)
        )
    });
    if (gov && d.country.is_some() && d.name.is_none() && role.is_none() && org_head.is_none())
        || (only_place && placed && !d.statement)
    {
        d.kind = Some(SpeakerKind::Government);
    }
    if d.kind.is_none() && d.name.is_some() {
        d.kind = Some(SpeakerKind::Unknown);
    }
    if d.title_heads.is_empty() && units.iter().any(|u| u.class == Class::Relational) {
        d.kind = d.kind.or(Some(SpeakerKind::Person));
    }
}

/// A mention found in an article's running text.
#[derive(Clone, Debug)]
pub(crate) struct TextMention {
    /// The phrase, without a leading determiner.
    pub range: Range<usize>,
    /// Index of its sentence in the article.
    pub sentence: usize,
    /// What it says.
    pub desc: Descriptor,
}

/// Units that may be part of a mention in running text.
fn chunkable(u: &Unit) -> bool {
    is_content(u.class) && !matches!(u.class, Class::Pronoun(_))
}

/// Every entity mention in the sentences `sentences` (ranges of `text`), in
/// text order. `lowercase_seen` holds folded words the bundle writes in
/// lower case somewhere, so that a capitalised sentence opener such as
/// "Separately" is not read as a name.
pub(crate) fn scan(
    text: &str,
    sentences: &[Range<usize>],
    lowercase_seen: &HashSet<String>,
) -> Vec<TextMention> {
    let mut out = Vec::new();
    for (si, range) in sentences.iter().enumerate() {
        let mut us = units(text, range.clone());
        // A capitalised common word opening the sentence (or following a
        // quote mark or a colon) is not a name.
        for (k, u) in us.iter_mut().enumerate() {
            let opener = k == 0 || u.break_before && !u.comma_before;
            let common = COMMON_CAPITALISED.contains(&u.folded.as_str());
            if u.class == Class::Name && (common || opener && lowercase_seen.contains(&u.folded)) {
                u.class = Class::Other;
            }
        }
        let mut i = 0;
        while i < us.len() {
            if !chunkable(&us[i]) || us[i].class == Class::Relational {
                i += 1;
                continue;
            }
            // Only "the" reliably opens a description in running text
            // ("that" is as often a conjunction: "said that Ukraine ...").
            let det_before = i > 0 && us[i - 1].folded == "the" && !us[i].break_before;
            let mut j = i;
            while j + 1 < us.len() && !us[j + 1].break_before {
                let n = &us[j + 1];
                if chunkable(n) && n.class != Class::Relational {
                    if us[j].poss
                        && !matches!(
                            n.class,
                            Class::Name
                                | Class::Circle
                                | Class::OrgHead
                                | Class::TitleHead
                                | Class::TitleMod
                                | Class::Portfolio(_)
                        )
                    {
                        break;
                    }
                    j += 1;
                    continue;
                }
                // "Ministry of (the) Armed Forces", "Minister of Defense of
                // Russia", "Ministry of Defense in Paris".
                if n.class == Class::Connector || n.class == (Class::Det { definite: true }) {
                    let mut k = j + 1;
                    while us.get(k).is_some_and(|x| {
                        (x.class == Class::Connector || matches!(x.class, Class::Det { .. }))
                            && !x.break_before
                    }) {
                        k += 1;
                    }
                    let ok = us.get(k).is_some_and(|x| {
                        !x.break_before
                            && x.cap
                            && chunkable(x)
                            && us[i..=j]
                                .iter()
                                .any(|y| matches!(y.class, Class::OrgHead | Class::TitleHead))
                    });
                    if ok && n.class != (Class::Det { definite: true }) {
                        j = k;
                        continue;
                    }
                }
                break;
            }
            let chunk = &us[i..=j];
            let proper = chunk.iter().any(|u| u.cap);
            let headed = chunk.iter().any(|u| {
                matches!(
                    u.class,
                    Class::TitleHead | Class::OrgHead | Class::Media | Class::Statement
                )
            });
            if proper || (det_before && headed) {
                let mut phrase: Vec<Unit> = Vec::new();
                if det_before {
                    phrase.push(us[i - 1].clone());
                }
                phrase.extend(chunk.iter().cloned());
                // An appositive after a comma: "X, an advisor to ...," or
                // "France's Defense Minister, Sébastien Lecornu,".
                let mut end = j;
                if us.get(j + 1).is_some_and(|n| n.comma_before) {
                    let mut k = j + 1;
                    while k < us.len()
                        && k - (j + 1) < MAX_APPOSITIVE
                        && (k == j + 1 || !us[k].break_before)
                    {
                        k += 1;
                    }
                    let app = &us[j + 1..k];
                    let lead = app.iter().find(|u| !matches!(u.class, Class::Det { .. }));
                    let has_name = chunk.iter().any(|u| u.class == Class::Name);
                    let has_title = chunk.iter().any(|u| u.class == Class::TitleHead);
                    let role_app = has_name
                        && lead.is_some_and(|u| {
                            matches!(
                                u.class,
                                Class::TitleHead
                                    | Class::TitleMod
                                    | Class::Portfolio(_)
                                    | Class::Demonym(_)
                                    | Class::Country(_)
                            )
                        })
                        && app.iter().any(|u| u.class == Class::TitleHead);
                    let name_app = !has_name
                        && has_title
                        && app.iter().all(|u| u.class == Class::Name)
                        && !app.is_empty();
                    let media_app = has_name
                        && app.iter().any(|u| u.class == Class::Media)
                        && !app.iter().any(|u| u.class == Class::Name);
                    if role_app || name_app || media_app {
                        phrase.extend(app.iter().cloned());
                        end = k - 1;
                    }
                }
                let desc = describe(text, &phrase);
                if desc.kind.is_some() && !desc.plural {
                    let start = if det_before { i - 1 } else { i };
                    let _ = start;
                    out.push(TextMention {
                        range: us[i].range.start..us[j].range.end,
                        sentence: si,
                        desc,
                    });
                }
                i = end + 1;
            } else {
                i = j + 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(phrase: &str) -> Descriptor {
        describe(phrase, &units(phrase, 0..phrase.len()))
    }

    #[test]
    fn titled_names() {
        let x = d("French Defense Minister Sébastien Lecornu");
        assert_eq!(x.name.as_deref(), Some("Sébastien Lecornu"));
        assert_eq!(x.role.as_deref(), Some("Defense Minister"));
        assert_eq!(x.country, Some("France"));
        assert_eq!(x.kind, Some(SpeakerKind::Person));
        let x = d("Sergei Shoigu, Minister of Defense of Russia");
        assert_eq!(x.role.as_deref(), Some("Minister of Defense"));
        assert_eq!(x.country, Some("Russia"));
        let x = d("France's Defense Minister, Sébastien Lecornu");
        assert_eq!(x.name.as_deref(), Some("Sébastien Lecornu"));
        assert_eq!(x.country, Some("France"));
    }

    #[test]
    fn organisations() {
        for p in [
            "the French Ministry of the Armed Forces",
            "French Defense Ministry",
            "the Ministry of Defense in Paris",
            "a French defence ministry statement",
        ] {
            let x = d(p);
            assert_eq!(x.kind, Some(SpeakerKind::Organisation), "{p}");
            assert_eq!(x.country, Some("France"), "{p}");
            assert_eq!(x.org, Some(("ministry".into(), Some("defence"))), "{p}");
        }
        let x = d("the French Ministry of Foreign Affairs");
        assert_eq!(x.org, Some(("ministry".into(), Some("foreign affairs"))));
    }

    #[test]
    fn media_government_pronoun() {
        let x = d("Russian state news agency TASS");
        assert_eq!(
            (x.kind, x.name.as_deref()),
            (Some(SpeakerKind::Media), Some("TASS"))
        );
        assert_eq!(d("Paris").kind, Some(SpeakerKind::Government));
        assert_eq!(d("the Kremlin").country, Some("Russia"));
        assert_eq!(d("He").pronoun, Some(Pronoun::Male));
        assert_eq!(d("Islamic State").name.as_deref(), Some("Islamic State"));
        let x = d("Lecornu's immediate entourage");
        assert_eq!(x.circle.as_deref(), Some("entourage"));
        assert_eq!(x.name.as_deref(), Some("Lecornu"));
    }
}
