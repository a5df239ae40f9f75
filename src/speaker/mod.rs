//! Stage 4: mentions resolved to canonical speakers across all articles.
//!
//! Contract: returns one [`Speaker`] per real-world entity that speaks or
//! relays in some article and, for every attribution of every article, the
//! ids of its speaker and via (or `None` where the text does not let it be
//! resolved). Speaker ids are indices into [`Resolved::speakers`], in order
//! of first use.
//!
//! How it works, in four steps:
//! 1. `scan` finds every entity mention of each article's running text
//!    (names with their titles and appositives, organisations, media,
//!    governments named by their capital or seat); `entity` reads each of
//!    them, and each attribution's speaker and via phrase, into a
//!    descriptor (over word units classified by `units`).
//! 2. `canon` merges the named mentions of all articles into entities:
//!    people by a name comparison tolerant of accents, transliteration and
//!    small misspellings ([`names`]), then one-off surnames that sound like a
//!    person of the same article (a mistranslated name); organisations by
//!    country, head noun and portfolio (so "Ministry of the Armed Forces" and
//!    "Defense Ministry" of one country are one body, and its foreign
//!    ministry another); governments by country.
//! 3. `coref` resolves, article by article and in text order, what names
//!    no one: pronouns, "the minister", "the ministry", "the statement".
//! 4. The entities used by some attribution become [`Speaker`]s: the fullest
//!    name, every other surface as an alias, kind and role.
//!
//! A possessive circle ("X's entourage", "X's aides") is its own speaker,
//! named after its owner ("Jean Dupont's entourage"), so that a
//! statement by someone's entourage is not put in that person's mouth.

mod canon;
mod coref;
mod entity;
pub mod names;
mod scan;
mod units;

use std::ops::Range;

use crate::article::Article;
use crate::attribution::{Attribution, Mention};
use crate::model::{Speaker, SpeakerKind, StatementKind};
use crate::text::{fold, words, FastMap, FastSet};

use canon::Registry;
use coref::{Entry, Timeline};
use entity::{describe, Descriptor};
use scan::{scan, TextMention};
use units::{units, Words};

/// Speaker and via ids of one attribution.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Link {
    /// Who said it.
    pub speaker: Option<usize>,
    /// Who relayed it.
    pub via: Option<usize>,
}

/// The canonical speakers and, per article and attribution, its [`Link`].
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Canonical speakers; `speakers[i].id == i`.
    pub speakers: Vec<Speaker>,
    /// `links[a][k]` belongs to `attributions[a][k]`.
    pub links: Vec<Vec<Link>>,
}

/// A mention of an attribution, read.
struct Phrase {
    range: Range<usize>,
    desc: Descriptor,
}

/// Everything read out of one article.
struct Work {
    sentences: Vec<Range<usize>>,
    mentions: Vec<TextMention>,
    /// Per attribution: speaker and via phrases.
    phrases: Vec<(Option<Phrase>, Option<Phrase>)>,
}

impl Work {
    fn sentence_of(&self, at: usize) -> usize {
        self.sentences
            .partition_point(|r| r.end <= at)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// Resolves the speakers of `attributions` (one list per article).
///
/// ```
/// use factsheet::{article, attribution::{Attribution, Mention}, speaker, StatementKind};
/// let text = "Talks\n\nDefence Minister Jane Doe spoke. \"We are ready,\" Doe said.";
/// let a = article::parse("wire.txt", text);
/// let at = text.find("Doe said").unwrap();
/// let said = Attribution {
///     kind: StatementKind::Quote,
///     direct: true,
///     content: text.find("We").unwrap()..text.find(",\"").unwrap(),
///     cue: Some(at + 4..at + 8),
///     speaker: Some(Mention { range: at..at + 3 }),
///     via: None,
///     sentence: text.find('"').unwrap()..text.len(),
/// };
/// let r = speaker::resolve(&[a], &[vec![said]]);
/// let s = &r.speakers[r.links[0][0].speaker.unwrap()];
/// assert_eq!(s.name, "Jane Doe");
/// assert_eq!(s.role.as_deref(), Some("Defence Minister"));
/// ```
pub fn resolve(articles: &[Article], attributions: &[Vec<Attribution>]) -> Resolved {
    let sentences: Vec<_> = articles.iter().map(crate::sentence::sentences).collect();
    resolve_with(articles, &sentences, attributions)
}

/// [`resolve`] for callers that have already split the articles into
/// sentences (`sentences[a]` are the sentences of `articles[a]`, as
/// [`crate::sentence::sentences`] gives them), so the split is not done twice.
pub fn resolve_with(
    articles: &[Article],
    sentences: &[Vec<crate::sentence::Sentence>],
    attributions: &[Vec<Attribution>],
) -> Resolved {
    let sentences_of = |a: usize| sentences.get(a).map_or(&[][..], Vec::as_slice);
    // Every article's sentences, read into words once: for the words the
    // bundle writes in lower case, then for the mentions.
    let read: Vec<Words> = articles
        .iter()
        .enumerate()
        .map(|(a, article)| {
            let mut w = Words::with_capacity(article.text.len());
            for s in sentences_of(a) {
                w.read(article.text, s.range.clone());
            }
            w
        })
        .collect();
    let lowercase_seen = lowercase_words(articles, &read);
    let mut reg = Registry::default();
    let mut scratch = Words::default();
    let mut read_phrase = |article: &Article, m: &Option<Mention>| {
        let m = m.as_ref()?;
        let range = m.range.clone();
        article.text.get(range.clone())?;
        let desc = describe(
            article.text,
            &units(article.text, range.clone(), &mut scratch),
        );
        Some(Phrase { range, desc })
    };
    let mut work: Vec<Work> = Vec::with_capacity(articles.len());
    // Each article's words are dropped once scanned (they are most of the
    // memory here).
    for (a, (article, words)) in articles.iter().zip(read).enumerate() {
        let sentences: Vec<Range<usize>> =
            sentences_of(a).iter().map(|s| s.range.clone()).collect();
        let mentions = scan(article.text, &words, &lowercase_seen);
        let phrases = attributions
            .get(a)
            .map(|found| {
                found
                    .iter()
                    .map(|at| {
                        (
                            read_phrase(article, &at.speaker),
                            read_phrase(article, &at.via),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        work.push(Work {
            sentences,
            mentions,
            phrases,
        });
    }

    // Step 2: named mentions of all articles into entities, longest person
    // names first so that surnames find their full name; then by article
    // and start.
    let named = by_rank(&work);
    let mut assigned: FastMap<(usize, usize, usize), usize> = FastMap::default();
    let mut counts: Vec<usize> = Vec::new();
    for &(a, ref range, d) in &named {
        let Some(id) = named_entity(&mut reg, d, a) else {
            continue;
        };
        reg.note(id, d, a);
        counts.resize(reg.entities.len(), 0);
        // A phrase found both in the text and as an attribution's mention
        // is one mention.
        if assigned.insert((a, range.start, range.end), id).is_none() {
            counts[id] += 1;
        }
    }
    counts.resize(reg.entities.len(), 0);
    reg.merge_misspellings(&counts);

    // Step 3: descriptions and pronouns, article by article.
    let mut entity_links: Vec<Vec<(Option<usize>, Option<usize>)>> = Vec::new();
    for (a, (article, w)) in articles.iter().zip(&work).enumerate() {
        let mut timeline = Timeline::default();
        for m in &w.mentions {
            let key = (a, m.range.start, m.range.end);
            let id = match assigned.get(&key) {
                Some(&id) => Some(reg.find(id)),
                None => {
                    let found =
                        coref::antecedent(&reg, &timeline, &m.desc, m.range.start, m.sentence);
                    if let Some(id) = found {
                        reg.note(id, &m.desc, a);
                    }
                    found
                }
            };
            if let Some(entity) = id {
                timeline.push(Entry {
                    at: m.range.start,
                    sentence: m.sentence,
                    entity,
                    attribution: false,
                });
            }
        }
        // Attributions in text order of their speaker mention.
        let found = attributions.get(a).map(Vec::as_slice).unwrap_or(&[]);
        let mut order: Vec<usize> = (0..found.len()).collect();
        let pos = |k: usize| {
            let (s, v) = &w.phrases[k];
            s.as_ref()
                .or(v.as_ref())
                .map_or(found[k].sentence.start, |p| p.range.start)
        };
        crate::order::sort_by_key(&mut order, |&k| pos(k));
        let mut links = vec![(None, None); found.len()];
        for k in order {
            let attribution = &found[k];
            if attribution.kind == StatementKind::Narration {
                links[k] = (outlet_entity(&mut reg, article, a), None);
                continue;
            }
            let (s, v) = &w.phrases[k];
            let mut resolve_one = |p: &Option<Phrase>, reg: &mut Registry| {
                let p = p.as_ref()?;
                let sentence = w.sentence_of(p.range.start);
                let key = (a, p.range.start, p.range.end);
                let id = match assigned.get(&key) {
                    Some(&id) => Some(reg.find(id)),
                    None => {
                        let issuer = p
                            .desc
                            .statement
                            .then(|| issuer_after(article.text, p.range.end))
                            .flatten();
                        let id = match issuer {
                            // "a statement from the ministry": the ministry.
                            Some(range) => {
                                let d = describe(
                                    article.text,
                                    &units(article.text, range, &mut Words::default()),
                                );
                                named_entity(reg, &d, a).or_else(|| {
                                    circle_or_description(reg, &timeline, &d, p, sentence, a)
                                })
                            }
                            // "A statement" with no issuer names no one.
                            None if p.desc.statement && !p.desc.definite => None,
                            None => circle_or_description(reg, &timeline, &p.desc, p, sentence, a),
                        };
                        if let Some(id) = id {
                            reg.note(id, &p.desc, a);
                        }
                        id
                    }
                };
                if let Some(entity) = id {
                    timeline.push(Entry {
                        at: p.range.start,
                        sentence,
                        entity,
                        attribution: true,
                    });
                }
                id
            };
            let speaker = resolve_one(s, &mut reg);
            let via = resolve_one(v, &mut reg);
            // An unknown name that reports, or relays, is a news outlet.
            let reports = attribution
                .cue
                .as_ref()
                .and_then(|c| article.text.get(c.clone()))
                .is_some_and(|c| fold(c).starts_with("report"));
            for (id, relays) in [(speaker, reports), (via, true)] {
                if let (Some(id), true) = (id, relays) {
                    let e = &mut reg.entities[id];
                    if e.kind == SpeakerKind::Unknown && e.circle.is_none() && !e.names.is_empty() {
                        e.kind = SpeakerKind::Media;
                    }
                }
            }
            links[k] = (speaker, via);
        }
        entity_links.push(links);
    }

    // Step 4: speakers, in order of first use. `ids[entity]` is its
    // speaker id, `usize::MAX` until it has one (a list, not a hash map:
    // no hash table code for this type in the wasm).
    let mut ids: Vec<usize> = vec![usize::MAX; reg.entities.len()];
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut speaker_of = |id: Option<usize>, reg: &Registry| -> Option<usize> {
        let id = reg.find(id?);
        if let Some(&s) = ids.get(id).filter(|&&s| s != usize::MAX) {
            return Some(s);
        }
        let e = &reg.entities[id];
        let name = canon::canonical_name(reg, e)?;
        let sid = speakers.len();
        speakers.push(Speaker {
            id: sid,
            aliases: canon::aliases(e, &name),
            name,
            kind: e.kind,
            role: canon::canonical_role(reg, e),
        });
        if let Some(slot) = ids.get_mut(id) {
            *slot = sid;
        }
        Some(sid)
    };
    let links = entity_links
        .into_iter()
        .map(|links| {
            links
                .into_iter()
                .map(|(s, v)| Link {
                    speaker: speaker_of(s, &reg),
                    via: speaker_of(v, &reg),
                })
                .collect()
        })
        .collect();
    Resolved { speakers, links }
}

/// Every mention and phrase of every article (article, range, descriptor),
/// ordered as a stable sort by (more name words, person first, article,
/// start) orders them, without comparing: each article's list is put in
/// text order (mentions already are; phrases are merged in after mentions
/// that start where they do), then the lists are spread, in order, over
/// one bucket per (name words, person).
fn by_rank(work: &[Work]) -> Vec<(usize, Range<usize>, &Descriptor)> {
    let mut in_text: Vec<(usize, Range<usize>, &Descriptor)> = Vec::new();
    let mut phrases: Vec<(usize, Range<usize>, &Descriptor)> = Vec::new();
    for (a, w) in work.iter().enumerate() {
        phrases.clear();
        for (s, v) in &w.phrases {
            for p in [s, v].into_iter().flatten() {
                phrases.push((a, p.range.clone(), &p.desc));
            }
        }
        crate::order::sort_by_key(&mut phrases, |(_, r, _)| r.start);
        let mut next = phrases.iter().peekable();
        for m in &w.mentions {
            while let Some(p) = next.next_if(|p| p.1.start < m.range.start) {
                in_text.push(p.clone());
            }
            in_text.push((a, m.range.clone(), &m.desc));
        }
        in_text.extend(next.cloned());
    }
    // Bucket 0: the most name words, a person; then not a person; then
    // one word fewer...
    let most = in_text.iter().map(|(_, _, d)| d.name_words.len()).max();
    let bucket = |d: &Descriptor| {
        let person = d.kind == Some(SpeakerKind::Person);
        (most.unwrap_or(0) - d.name_words.len()) * 2 + usize::from(!person)
    };
    let mut starts = vec![0; most.map_or(0, |m| 2 * m + 3)];
    for (_, _, d) in &in_text {
        starts[bucket(d) + 1] += 1;
    }
    for k in 1..starts.len() {
        starts[k] += starts[k - 1];
    }
    let mut slots: Vec<Option<(usize, Range<usize>, &Descriptor)>> = vec![None; in_text.len()];
    for e in in_text {
        let b = bucket(e.2);
        slots[starts[b]] = Some(e);
        starts[b] += 1;
    }
    slots.into_iter().flatten().collect()
}

/// The entity a mention names outright (a name, an organisation of a known
/// country, a government), or `None` for pronouns, descriptions and
/// circles, which depend on context.
fn named_entity(reg: &mut Registry, d: &Descriptor, article: usize) -> Option<usize> {
    if d.circle.is_some() || d.pronoun.is_some() || d.plural {
        return None;
    }
    if let Some((head, portfolio)) = &d.org {
        if d.kind == Some(SpeakerKind::Organisation) {
            return match (d.country, &d.name) {
                (Some(c), _) => Some(reg.org((Some(c), head.clone(), *portfolio))),
                (None, Some(_)) => {
                    let by_surface: Vec<String> = fold(&d.surface)
                        .split_whitespace()
                        .map(String::from)
                        .collect();
                    let id = reg.named_as(d, &by_surface, article);
                    // So that "the council" finds "the Dairy Council".
                    let e = &mut reg.entities[id];
                    if e.org.is_none() && e.circle.is_none() {
                        e.org = Some((None, head.clone(), *portfolio));
                    }
                    Some(id)
                }
                (None, None) => None,
            };
        }
    }
    if d.kind == Some(SpeakerKind::Government) {
        return d.country.map(|c| reg.government(c));
    }
    if d.name.is_some() {
        return Some(reg.named(d, article));
    }
    None
}

/// Resolves a phrase that names no one outright: a circle ("X's
/// entourage"), a pronoun or a description; an organisation with a proper
/// name but no country and no antecedent becomes its own entity.
fn circle_or_description(
    reg: &mut Registry,
    timeline: &Timeline,
    d: &Descriptor,
    p: &Phrase,
    sentence: usize,
    article: usize,
) -> Option<usize> {
    if let Some(noun) = &d.circle {
        let mut owner = d.clone();
        owner.circle = None;
        owner.role = None;
        owner.kind = Some(SpeakerKind::Unknown);
        owner.surface = owner.name.clone().unwrap_or_default();
        let id = reg.named(&owner, article);
        reg.note(id, &owner, article);
        return Some(reg.circle(id, noun));
    }
    // "A company spokesman", "a spokeswoman for the ministry": the body.
    if let Some(body) = &d.body {
        let id = named_entity(reg, body, article)
            .or_else(|| circle_or_description(reg, timeline, body, p, sentence, article));
        if let Some(id) = id {
            reg.note(id, body, article);
            return Some(id);
        }
    }
    // "Dutch officials", "the French authorities": the government.
    let officials = d
        .plural_head
        .as_deref()
        .is_some_and(|h| matches!(h, "officials" | "authorities" | "diplomats"));
    if officials && d.name.is_none() && d.org.is_none() {
        return d.country.map(|c| reg.government(c));
    }
    if d.country_noun && d.name.is_none() && d.org.is_none() {
        let country = d
            .country
            .or_else(|| coref::country_in_context(reg, timeline, p.range.start, sentence));
        return country.map(|c| reg.government(c));
    }
    if let Some(id) = coref::antecedent(reg, timeline, d, p.range.start, sentence) {
        return Some(id);
    }
    let mut surface = d.surface.split_whitespace();
    let first = match surface.next() {
        Some(w) if matches!(fold(w).as_str(), "the" | "a" | "an") => surface.next(),
        w => w,
    };
    let proper = first.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    // "police said": a bare head noun stands for the body itself.
    let bare = d.surface.split_whitespace().count() == 1 && !d.definite && !d.plural;
    match &d.org {
        Some((head, portfolio)) if (proper || bare) && d.country.is_none() => {
            Some(reg.org((None, head.clone(), *portfolio)))
        }
        _ => None,
    }
}

/// Longest issuer phrase read after a document, in bytes.
const MAX_ISSUER: usize = 80;

/// The issuer named right after a document mention ending at byte `end`:
/// "a statement from the ministry", "a report by the agency".
fn issuer_after(text: &str, end: usize) -> Option<Range<usize>> {
    let rest = text.get(end..)?;
    let lead = rest.len() - rest.trim_start().len();
    let after = &rest[lead..];
    let prep = ["from ", "by ", "issued by "]
        .into_iter()
        .find(|p| after.starts_with(p))?;
    let start = end + lead + prep.len();
    let tail = text.get(start..)?;
    let mut len = tail
        .find(|c: char| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '"' | '“' | '”' | '«' | '»' | '(' | '\n'
            )
        })
        .unwrap_or(tail.len())
        .min(MAX_ISSUER);
    while !tail.is_char_boundary(len) {
        len -= 1;
    }
    let phrase = tail[..len].trim_end();
    (!phrase.is_empty()).then(|| start..start + phrase.len())
}

/// The media entity of the article's outlet.
fn outlet_entity(reg: &mut Registry, article: &Article, a: usize) -> Option<usize> {
    let outlet = article.outlet.as_ref()?;
    let d = Descriptor {
        kind: Some(SpeakerKind::Media),
        name: Some(outlet.clone()),
        // Split as mentions are ("NEWS.UA" → news, ua) so that the outlet
        // and mentions of it are one speaker.
        name_words: words(&fold(outlet)).map(|w| w.text.to_string()).collect(),
        surface: outlet.clone(),
        ..Descriptor::default()
    };
    let id = reg.named(&d, a);
    let e = &mut reg.entities[id];
    if e.names.is_empty() {
        reg.note(id, &d, a);
    }
    Some(reg.find(id))
}

/// Folded words the articles write in lower case somewhere: `read[a]` holds
/// the words of the sentences of `articles[a]`, which are the words of its
/// paragraphs (sentences split paragraphs at white space only).
fn lowercase_words(articles: &[Article], read: &[Words]) -> FastSet<String> {
    let mut seen = FastSet::default();
    for (article, words) in articles.iter().zip(read) {
        for (w, folded) in words.each_word(article.text) {
            if w.chars().next().is_some_and(char::is_lowercase) {
                // Most words are in already: no copy for those.
                match folded {
                    Some(f) if seen.contains(f) => {}
                    Some(f) => {
                        seen.insert(f.to_string());
                    }
                    None => {
                        seen.insert(fold(w));
                    }
                }
            }
        }
    }
    seen
}
