//! Every entity mention of an article's running text: names with the titles
//! and appositives around them, organisations, media, governments named by
//! their capital or seat, and definite descriptions ("the ministry").

use std::ops::Range;
use std::sync::OnceLock;

use super::entity::{age_word, in_org_name};
use super::entity::{describe, Descriptor};
use super::units::{is_content, Class, Unit, Words};
use crate::lexicon::organisations::is_company_premises;
use crate::model::SpeakerKind;
use crate::text::FastSet;

/// Longest appositive read as a role, in units.
const MAX_APPOSITIVE: usize = 14;

/// Words that start sentences or headlines capitalised without being names.
#[rustfmt::skip]
const COMMON_CAPITALISED: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "with",
    "by", "of", "to", "as", "after", "before", "during", "despite", "since", "until", "while",
    "when", "where", "why", "how", "what", "who", "which", "if", "but", "and", "or", "so", "yet",
    "meanwhile", "however", "separately", "also", "only", "other", "read", "see", "though",
    "although", "according", "there", "here", "it", "its", "his", "her", "their", "our", "we", "i",
    "you", "he", "she", "they", "some", "many", "most", "all", "no", "not", "both", "each",
    "earlier", "later", "last", "next", "first", "new", "more", "over", "about", "under", "not",
    "do", "did", "does", "is", "are", "was", "were", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "can", "thank", "thanks", "authors", "author", "source",
    "photo", "updated", "published", "share", "comments", "leave", "related", "latest", "abroad",
    "world", "politics", "news", "sources", "officials", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "mon", "tue", "wed",
    "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "yes", "no", "now", "then", "today", "yesterday", "tomorrow", "still",
    "even", "just", "again", "instead", "indeed", "thus", "hence", "therefore", "moreover",
    "furthermore", "nevertheless", "nonetheless", "finally", "overall",
];

/// True for a (folded) word of [`COMMON_CAPITALISED`].
fn common_capitalised(folded: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON_CAPITALISED.iter().copied().collect())
        .contains(folded)
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

/// Every entity mention in the sentences of an article, in text order:
/// `sentences` holds their words, read in order from `text`.
/// `lowercase_seen` holds folded words the bundle writes in lower case
/// somewhere, so that a capitalised sentence opener such as "Separately" is
/// not read as a name.
pub(crate) fn scan(
    text: &str,
    sentences: &Words,
    lowercase_seen: &FastSet<String>,
) -> Vec<TextMention> {
    let mut out = Vec::new();
    for si in 0..sentences.len() {
        let mut us = sentences.units(text, si);
        // A capitalised common word opening the sentence (or following a
        // quote mark or a colon) is not a name.
        for (k, u) in us.iter_mut().enumerate() {
            let opener = k == 0 || u.break_before && !u.comma_before;
            // Only names are looked up.
            if u.class == Class::Name
                && (common_capitalised(u.folded) || opener && lowercase_seen.contains(u.folded))
            {
                u.class = Class::Other;
            }
        }
        let mut i = 0;
        // Units up to here belong to the appositive of a mention already
        // found: only organisations are taken from them.
        let mut inner_until: Option<usize> = None;
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
                // "Department for Business and Trade".
                let and_joins = n.folded == "and"
                    && us
                        .get(j + 2)
                        .is_some_and(|x| x.cap && !x.break_before && chunkable(x))
                    && in_org_name(&us[i..=j]);
                if and_joins {
                    j += 2;
                    continue;
                }
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
                // The phrase: the determiner, the chunk and the appositive
                // taken below, which follow one another in `us`.
                let first = if det_before { i - 1 } else { i };
                let mut past = j + 1;
                // An appositive after a comma: "X, an advisor to ...," or
                // "France's Defense Minister, Jean Dupont,".
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
                        past = k;
                        end = k - 1;
                    }
                }
                let mut desc = describe(text, &us[first..past]);
                read_context(&us, i, j, det_before, &mut desc);
                let in_appositive = inner_until.is_some_and(|e| i <= e);
                let keep = !in_appositive
                    || matches!(
                        desc.kind,
                        Some(SpeakerKind::Organisation | SpeakerKind::Media)
                    );
                if desc.kind.is_some() && !desc.plural && keep {
                    out.push(TextMention {
                        range: us[i].range.start..us[j].range.end,
                        sentence: si,
                        desc,
                    });
                }
                if end > j && !in_appositive {
                    // A role appositive may name a body ("X, secretary of
                    // the Y Union,"): scan it for organisations too.
                    inner_until = Some(end);
                    i = j + 1;
                } else {
                    i = end + 1;
                }
            } else {
                i = j + 1;
            }
        }
    }
    out
}

/// What the words right after a mention (units `i..=j` of `us`) say about
/// it: an age ("Jane Doe, 45," or "Jane Doe, a 45-year-old nurse") makes
/// it a person; premises ("the Acme plant", "Acme's factory") a company.
fn read_context(us: &[Unit], i: usize, j: usize, det_before: bool, desc: &mut Descriptor) {
    let next = us.get(j + 1);
    let after = us.get(j + 2);
    let age = next.and_then(|n| {
        if !n.comma_before {
            return None;
        }
        if n.folded.chars().all(|c| c.is_ascii_digit()) {
            let closes = after.is_none_or(|a| a.break_before);
            let age: u16 = n.folded.parse().ok()?;
            return ((1..=120).contains(&age) && closes).then_some(age);
        }
        if matches!(n.folded, "a" | "an") {
            return after.and_then(|a| age_word(a.folded));
        }
        None
    });
    let named = desc.name.is_some();
    if let (Some(age), true) = (age, named) {
        desc.age = Some(age);
        if matches!(desc.kind, None | Some(SpeakerKind::Unknown)) {
            desc.kind = Some(SpeakerKind::Person);
        }
    }
    let premises = next.is_some_and(|n| !n.break_before && is_company_premises(n.folded));
    if premises && named && (det_before || us[j].poss) && i <= j {
        desc.company = true;
        if desc.kind == Some(SpeakerKind::Unknown) {
            desc.kind = Some(SpeakerKind::Organisation);
        }
    }
}
