//! Word units of a phrase: a word, or several words that the lexicons know
//! as one ("armed forces", "news agency", "United States of America"), each
//! classified (name, title, organisation head, country, pronoun...).

use std::ops::Range;
use std::sync::OnceLock;

use crate::lexicon::organisations::{
    CIRCLE_NOUNS, MEDIA_NOUNS, ORG_HEADS, PORTFOLIOS, STATEMENT_NOUNS,
};
use crate::lexicon::places::{COUNTRIES, SEATS};
use crate::lexicon::pronouns::{pronoun, Pronoun, PRONOUNS};
use crate::lexicon::titles::{
    Gender, HONORIFICS, LEADER_TITLES, RELATIONAL, TITLE_HEADS, TITLE_MODIFIERS,
};
use crate::text::{fold, words, FastMap};

/// Longest multi-word lexicon entry, in words.
const MAX_UNIT_WORDS: usize = 4;

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
pub(crate) struct Unit<'a> {
    /// Where it is in the article text (without a possessive 's).
    pub range: Range<usize>,
    /// Folded text (accents and case), words joined by one space.
    pub folded: &'a str,
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

/// Lower-case particles inside names ("Charles de Gaulle", "bin Salman").
pub(crate) const NAME_PARTICLES: &[&str] = &[
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
const DETERMINERS: &[(&str, bool)] = &[
    ("the", true),
    ("this", true),
    ("that", true),
    ("these", true),
    ("those", true),
    ("a", false),
    ("an", false),
    ("another", false),
    ("one", false),
    ("two", false),
    ("three", false),
    ("several", false),
    ("some", false),
    ("both", false),
    ("many", false),
    ("all", false),
];

/// Possessive determiners, read as definite ones.
const POSSESSIVE_DETERMINERS: &[&str] = &["his", "her", "its", "their"];

/// True for "two", "three", "both"...: the phrase means several entities.
pub(crate) fn is_plural_det(folded: &str) -> bool {
    matches!(
        folded,
        "two" | "three" | "four" | "both" | "several" | "some" | "these" | "those" | "many"
    )
}

/// The words of one or more ranges of a text (a phrase, or every sentence
/// of an article), read once and kept for [`Words::units`]: where each word
/// is, and its folded form.
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// The words' folded forms one after another, one space apart, so that
    /// a multi-word unit's is one slice.
    folded: String,
    /// Each word: where it is (without a possessive), whether it has a
    /// possessive, where its folded form is in `folded`, and where it ends
    /// with its possessive (as [`words`] gives it).
    words: Vec<(Range<usize>, bool, Range<usize>, usize)>,
    /// Each range read, and its words (indices into `words`).
    ranges: Vec<(Range<usize>, Range<usize>)>,
}

impl Words {
    /// No words yet, with room for those of about `bytes` bytes of text
    /// (about one word in eight bytes of news copy; folded, the words take
    /// about as many bytes as the text).
    pub fn with_capacity(bytes: usize) -> Words {
        Words {
            folded: String::with_capacity(bytes),
            words: Vec::with_capacity(bytes / 8),
            ranges: Vec::new(),
        }
    }

    /// Reads the words of `range` of `text` after those read so far.
    pub fn read(&mut self, text: &str, range: Range<usize>) {
        let first = self.words.len();
        if let Some(slice) = text.get(range.clone()) {
            for w in words(slice) {
                let r = range.start + w.range.start..range.start + w.range.end;
                let end = r.end;
                let (r, poss) = strip_possessive(text, r);
                if self.words.len() > first {
                    self.folded.push(' ');
                }
                let from = self.folded.len();
                fold_into(&text[r.clone()], &mut self.folded);
                self.words.push((r, poss, from..self.folded.len(), end));
            }
        }
        self.ranges.push((range, first..self.words.len()));
    }

    /// How many ranges were read.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// Every word read, as [`words`] gives it (with its possessive), and
    /// its folded form ([`fold`]) unless a possessive was cut off it.
    pub fn each_word<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (&'a str, Option<&'a str>)> + 'a {
        self.words.iter().map(move |w| {
            let folded = (w.0.end == w.3).then(|| &self.folded[w.2.clone()]);
            (&text[w.0.start..w.3], folded)
        })
    }

    /// The classified units of the `k`th range read (`text` is the text
    /// read).
    pub fn units<'a>(&'a self, text: &str, k: usize) -> Vec<Unit<'a>> {
        let Some((range, ws)) = self.ranges.get(k) else {
            return Vec::new();
        };
        units_of(text, range.start, &self.folded, &self.words[ws.clone()])
    }
}

/// Splits `range` of `text` into classified units, reading its words into
/// `words` (cleared first, so that one buffer serves many phrases).
pub(crate) fn units<'a>(text: &str, range: Range<usize>, words: &'a mut Words) -> Vec<Unit<'a>> {
    words.folded.clear();
    words.words.clear();
    words.ranges.clear();
    words.read(text, range);
    words.units(text, 0)
}

/// The units of the words `ws` of a range of `text` that starts at byte
/// `start`; `buf` holds the words' folded forms.
fn units_of<'a>(
    text: &str,
    start: usize,
    buf: &'a str,
    ws: &[(Range<usize>, bool, Range<usize>, usize)],
) -> Vec<Unit<'a>> {
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    let mut prev_end = start;
    while i < ws.len() {
        // A name-internal mark with no space ("NEWS.UA", "BSS/AFP", "AT&T")
        // does not break a name. (One space, the usual gap, breaks nothing;
        // it is checked on the bytes.)
        let (break_before, comma_before) =
            if text.as_bytes().get(prev_end..ws[i].0.start) == Some(b" ") {
                (false, false)
            } else {
                let gap = text.get(prev_end..ws[i].0.start).unwrap_or("");
                let joined_before =
                    !gap.is_empty() && gap.chars().all(|c| matches!(c, '.' | '/' | '&' | '-'));
                let break_before = gap.chars().any(|c| !c.is_whitespace()) && !joined_before;
                (break_before, gap.contains(','))
            };
        // Longest multi-word lexicon entry first; units never span a
        // possessive or punctuation.
        let mut best: Option<(usize, Class)> = None;
        let folded_i = &buf[ws[i].2.clone()];
        // Only a word some multi-word entry starts with can open one, and
        // no longer than the longest such entry.
        let entry = known(folded_i);
        let max_words = usize::from(entry.opens)
            .min(MAX_UNIT_WORDS)
            .min(ws.len() - i);
        for n in (2..=max_words).rev() {
            let inner_ok = (i..i + n - 1).all(|k| {
                !ws[k].1
                    && text
                        .get(ws[k].0.end..ws[k + 1].0.start)
                        .is_some_and(|g| g.chars().all(char::is_whitespace))
            });
            if !inner_ok {
                continue;
            }
            // The words' folded forms, one space apart.
            let joined = &buf[ws[i].2.start..ws[i + n - 1].2.end];
            if let Some(class) = known(joined).class {
                best = Some((n, class));
                break;
            }
        }
        let first = &text[ws[i].0.clone()];
        let (n, class) = best.unwrap_or_else(|| (1, word_class(first, entry)));
        let last = &ws[i + n - 1];
        out.push(Unit {
            range: ws[i].0.start..last.0.end,
            folded: &buf[ws[i].2.start..last.2.end],
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

/// Appends the folded form of `word` ([`fold`]) to `buf`.
fn fold_into(word: &str, buf: &mut String) {
    if word.is_ascii() {
        let from = buf.len();
        buf.push_str(word);
        buf[from..].make_ascii_lowercase();
    } else {
        buf.push_str(&fold(word));
    }
}

/// `r` without a trailing possessive, and whether there was one.
fn strip_possessive(text: &str, r: Range<usize>) -> (Range<usize>, bool) {
    let w = &text[r.clone()];
    // Every possessive ends in "s" (most words do not).
    if !(w.ends_with('s') || w.ends_with('S')) {
        return (r, false);
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if w.len() > suffix.len() && w.ends_with(suffix) {
            return (r.start..r.end - suffix.len(), true);
        }
    }
    // "Forces'": the apostrophe is not part of the word.
    let after = text.get(r.end..).unwrap_or("");
    let poss = (after.starts_with('\'') || after.starts_with('’'))
        && !after.chars().nth(1).is_some_and(char::is_alphanumeric);
    (r, poss)
}

/// Bytes of a possessive mark at the start of `rest` ("'s", "’s", "'").
fn possessive_len(rest: &str) -> usize {
    // Both apostrophes start with one of these bytes.
    if !matches!(rest.as_bytes().first(), Some(b'\'' | 0xE2)) {
        return 0;
    }
    for p in ["'s", "’s", "'S", "’S"] {
        if rest.starts_with(p) {
            return p.len();
        }
    }
    0
}

/// Every lexicon entry (folded) with its class, in table order; an entry in
/// several tables comes once per table, and the first class listed here
/// wins ([`known`]). A list, not a map: one less hash map type in the wasm.
fn lexicon() -> Vec<(String, Class)> {
    let mut map: Vec<(String, Class)> = Vec::new();
    let mut add = |k: &str, c: Class| {
        map.push((k.to_string(), c));
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
    let heads: [(&[&str], Class); 5] = [
        (TITLE_HEADS, Class::TitleHead),
        (LEADER_TITLES, Class::TitleHead),
        (GOV_HEADS, Class::GovHead),
        (ORG_HEADS, Class::OrgHead),
        (MEDIA_NOUNS, Class::Media),
    ];
    for (table, class) in heads {
        for w in table {
            add(w, class);
        }
    }
    for family in PORTFOLIOS {
        for p in family.iter() {
            add(p, Class::Portfolio(family[0]));
        }
    }
    let nouns: [(&[&str], Class); 4] = [
        (TITLE_MODIFIERS, Class::TitleMod),
        (STATEMENT_NOUNS, Class::Statement),
        (CIRCLE_NOUNS, Class::Circle),
        (RELATIONAL, Class::Relational),
    ];
    for (table, class) in nouns {
        for w in table {
            add(w, class);
        }
    }
    add("country", Class::CountryNoun);
    add("nation", Class::CountryNoun);
    map
}

/// What the lexicons say about one folded word, found with one look-up.
#[derive(Clone, Copy, Debug, Default)]
struct Known {
    /// Its class as a lexicon entry of its own.
    class: Option<Class>,
    /// The most words of a multi-word entry that starts with it (0 when
    /// none does).
    opens: u8,
    /// It is a personal pronoun ([`pronoun`]; folded words are lower case,
    /// so an exact match is the same).
    pronoun: Option<Pronoun>,
    /// It is a connector or a name particle ([`CONNECTORS`],
    /// [`NAME_PARTICLES`]).
    connector: bool,
    /// It is the plural ("-s" or "-es") of a title head, organisation head
    /// or demonym.
    plural: bool,
    /// It is a determiner ([`DETERMINERS`]): whether definite.
    det: Option<bool>,
    /// It is a possessive determiner ([`POSSESSIVE_DETERMINERS`]).
    possessive_det: bool,
}

/// [`Known`] for the word `folded`.
fn known(folded: &str) -> Known {
    static TABLE: OnceLock<FastMap<String, Known>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let map = lexicon();
        let mut table: FastMap<String, Known> = FastMap::default();
        for (k, c) in &map {
            let known = table.entry(k.clone()).or_default();
            if known.class.is_none() {
                known.class = Some(*c);
            }
        }
        for (k, _) in &map {
            if let Some((first, _)) = k.split_once(' ') {
                let n = u8::try_from(k.split(' ').count()).unwrap_or(u8::MAX);
                let opens = &mut table.entry(first.to_string()).or_default().opens;
                *opens = (*opens).max(n);
            }
        }
        for (p, c) in PRONOUNS {
            table.entry(p.to_string()).or_default().pronoun = Some(*c);
        }
        for w in CONNECTORS.iter().chain(NAME_PARTICLES) {
            table.entry(w.to_string()).or_default().connector = true;
        }
        for (w, definite) in DETERMINERS {
            table.entry(w.to_string()).or_default().det = Some(*definite);
        }
        for w in POSSESSIVE_DETERMINERS {
            table.entry(w.to_string()).or_default().possessive_det = true;
        }
        for (k, _) in map {
            // The class that won, not every table the entry is in.
            let c = table.get(&k).and_then(|known| known.class);
            if matches!(
                c,
                Some(Class::TitleHead | Class::OrgHead | Class::Demonym(_))
            ) {
                for suffix in ["s", "es"] {
                    table.entry(format!("{k}{suffix}")).or_default().plural = true;
                }
            }
        }
        table
    });
    let k = table.get(folded).copied().unwrap_or_default();
    debug_assert_eq!(k.pronoun, pronoun(folded));
    k
}

/// The class of a single word (`entry` is what the lexicons say about its
/// folded form).
fn word_class(word: &str, entry: Known) -> Class {
    let acronym = || {
        word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && word.chars().all(|c| !c.is_lowercase())
    };
    if let Some(p) = entry.pronoun {
        if !acronym() {
            return Class::Pronoun(p);
        }
    }
    if let Some(definite) = entry.det {
        if !acronym() {
            return Class::Det { definite };
        }
    }
    if entry.possessive_det {
        return Class::Det { definite: true };
    }
    let known = entry.class;
    if let Some(c @ Class::Seat(_)) = known {
        return c;
    }
    // The plural of a title, organisation head or demonym ("ministers",
    // "Russians"), itself no entry.
    if known.is_none() && entry.plural {
        return Class::Plural;
    }
    if let Some(c) = known {
        return c;
    }
    if entry.connector && word.chars().next().is_some_and(char::is_lowercase) {
        return Class::Connector;
    }
    if word.chars().next().is_some_and(char::is_uppercase) {
        return Class::Name;
    }
    Class::Other
}

/// True for units that name or head an entity (not modifiers).
pub(crate) fn is_content(c: Class) -> bool {
    !matches!(c, Class::Det { .. } | Class::Connector | Class::Other)
}
