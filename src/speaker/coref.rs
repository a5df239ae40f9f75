//! Pronouns and descriptions resolved inside one article: "he" to the most
//! recent fitting person (preferring the subject of the sentence or the
//! speaker of the previous attribution), "the minister" to the most recent
//! person with that title, "the ministry" to the most recent ministry,
//! "the statement" to the body that issued the most recent statement.
//! Resolution never crosses into another article and never guesses: when
//! nothing fits, the answer is `None`.

use super::canon::Registry;
use super::entity::Descriptor;
use crate::lexicon::organisations::is_company_noun;
use crate::lexicon::pronouns::Pronoun;
use crate::lexicon::titles::Gender;
use crate::model::SpeakerKind;

/// How many sentences back a pronoun may reach.
const PRONOUN_REACH: usize = 3;
/// How many earlier mentions a description looks at: antecedents are near,
/// and this bounds the work on pathological input.
const MAX_LOOKBACK: usize = 400;

/// One resolved mention of an article, in text order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    /// Byte offset of the mention.
    pub at: usize,
    /// Its sentence.
    pub sentence: usize,
    /// The (surviving) entity.
    pub entity: usize,
    /// True for the speaker or via of an attribution (rather than a mention
    /// in passing).
    pub attribution: bool,
}

/// The resolved mentions of one article so far: mentions in passing and
/// attribution mentions, each list in text order (both are added in text
/// order, so adding is constant time).
#[derive(Clone, Debug, Default)]
pub(crate) struct Timeline {
    text: Vec<Entry>,
    attributions: Vec<Entry>,
}

impl Timeline {
    /// Adds an entry.
    pub fn push(&mut self, e: Entry) {
        let list = if e.attribution {
            &mut self.attributions
        } else {
            &mut self.text
        };
        let pos = list.partition_point(|x| x.at <= e.at);
        list.insert(pos, e);
    }

    /// Mentions in passing after byte `at` and no later than sentence
    /// `last`, in text order: for a description that comes before the name
    /// it stands for ("The union said ... Jane Doe, of the Acme Workers
    /// Union, said").
    fn after(&self, at: usize, last: usize) -> impl Iterator<Item = &Entry> {
        let from = self.text.partition_point(|x| x.at <= at);
        self.text[from..]
            .iter()
            .take_while(move |e| e.sentence <= last)
            .take(MAX_LOOKBACK)
    }

    /// Up to [`MAX_LOOKBACK`] entries before byte `at`, most recent first.
    fn before(&self, at: usize) -> impl Iterator<Item = &Entry> {
        let a = &self.text[..self.text.partition_point(|x| x.at < at)];
        let b = &self.attributions[..self.attributions.partition_point(|x| x.at < at)];
        let (mut a, mut b) = (a.iter().rev().peekable(), b.iter().rev().peekable());
        std::iter::from_fn(move || match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.at >= y.at => a.next(),
            (Some(_), None) => a.next(),
            _ => b.next(),
        })
        .take(MAX_LOOKBACK)
    }
}

/// Resolves a mention that names no one (pronoun, description, document)
/// at byte `at` of sentence `sentence`, from what came before it.
pub(crate) fn antecedent(
    reg: &Registry,
    timeline: &Timeline,
    desc: &Descriptor,
    at: usize,
    sentence: usize,
) -> Option<usize> {
    if let Some(p) = desc.pronoun {
        return pronoun(reg, timeline, p, at, sentence);
    }
    if let Some((head, portfolio)) = &desc.org {
        if desc.country.is_none() && desc.name.is_none() {
            // "The company" is the latest company; "the agency" may be a
            // news agency; "the union" the latest union.
            let company = is_company_noun(head);
            let fits = |id: usize| {
                let e = &reg.entities[id];
                let org_ok = e.org.as_ref().is_some_and(|(_, h, p)| {
                    (h == head || company && is_company_noun(h))
                        && (portfolio.is_none() || p == portfolio)
                });
                org_ok
                    || company && e.company
                    || head == "agency" && e.kind == SpeakerKind::Media && e.circle.is_none()
            };
            let back = timeline
                .before(at)
                .map(|e| reg.find(e.entity))
                .find(|&id| fits(id));
            // A definite description with nothing before it may announce a
            // name in the same or the next sentence.
            return back.or_else(|| {
                if !desc.definite {
                    return None;
                }
                timeline
                    .after(at, sentence + 1)
                    .map(|e| reg.find(e.entity))
                    .find(|&id| fits(id) && !reg.entities[id].names.is_empty())
            });
        }
    }
    // "The newspaper", "the broadcaster": the latest outlet.
    if desc.kind == Some(SpeakerKind::Media)
        && desc.name.is_none()
        && desc.definite
        && desc.country.is_none()
    {
        return timeline
            .before(at)
            .map(|e| reg.find(e.entity))
            .find(|&id| reg.entities[id].kind == SpeakerKind::Media);
    }
    // "The 45-year-old": the person introduced with that age.
    if let (Some(age), None) = (desc.age, &desc.name) {
        if desc.definite {
            return timeline
                .before(at)
                .map(|e| reg.find(e.entity))
                .find(|&id| reg.entities[id].ages.contains(&age));
        }
    }
    if desc.statement && desc.org.is_none() && desc.name.is_none() {
        // The body that issued the latest statement: the latest
        // organisation or government speaking, else the latest organisation
        // mentioned (countries are mentioned in passing too often to count).
        let kind = |id: usize| reg.entities[id].kind;
        return timeline
            .before(at)
            .filter(|e| e.attribution)
            .map(|e| reg.find(e.entity))
            .find(|&id| {
                matches!(
                    kind(id),
                    SpeakerKind::Organisation | SpeakerKind::Government
                )
            })
            .or_else(|| {
                timeline
                    .before(at)
                    .map(|e| reg.find(e.entity))
                    .find(|&id| kind(id) == SpeakerKind::Organisation)
            });
    }
    // "The minister" picks up someone named before; "a minister" or "a
    // government spokesman" introduces someone new, who stays unnamed.
    if !desc.title_heads.is_empty() && desc.name.is_none() && !desc.plural && desc.definite {
        let wants_leader = desc.title_heads.iter().any(|h| h == "leader");
        let fits = |id: usize, strict: bool| {
            let e = &reg.entities[id];
            let title_ok = if wants_leader {
                e.is_leader()
            } else {
                desc.title_heads.iter().all(|h| e.title_heads.contains(h))
            };
            // "the French leader": a French leader, or failing that a
            // leader whose country the text never gives.
            let country_ok = desc.country.is_none_or(|c| match e.country() {
                Some(ec) => ec == c,
                None => !strict,
            });
            e.kind == SpeakerKind::Person && title_ok && country_ok
        };
        let found = |strict: bool| {
            timeline
                .before(at)
                .map(|e| reg.find(e.entity))
                .find(|&id| fits(id, strict))
        };
        return found(true).or_else(|| found(false));
    }
    None
}

/// The country of the nearest entity before byte `at` that has one: in this
/// sentence the first such mention, else in the previous sentences (nearest
/// first) the first such mention of the sentence, its subject. For "the
/// country", "the aggressor nation".
pub(crate) fn country_in_context(
    reg: &Registry,
    timeline: &Timeline,
    at: usize,
    sentence: usize,
) -> Option<&'static str> {
    let reach = sentence.saturating_sub(PRONOUN_REACH);
    let recent: Vec<&Entry> = timeline
        .before(at)
        .take_while(|e| e.sentence >= reach)
        .collect();
    (reach..=sentence).rev().find_map(|s| {
        recent
            .iter()
            .rev()
            .filter(|e| e.sentence == s)
            .find_map(|e| reg.entities[reg.find(e.entity)].country())
    })
}

/// Resolves a personal pronoun.
fn pronoun(
    reg: &Registry,
    timeline: &Timeline,
    p: Pronoun,
    at: usize,
    sentence: usize,
) -> Option<usize> {
    let fits = |id: usize| {
        let e = &reg.entities[id];
        match p {
            Pronoun::Male => {
                e.kind == SpeakerKind::Person && e.gender.is_none_or(|g| g != Gender::Female)
            }
            Pronoun::Female => {
                e.kind == SpeakerKind::Person && e.gender.is_none_or(|g| g != Gender::Male)
            }
            Pronoun::Neuter | Pronoun::Plural => matches!(
                e.kind,
                SpeakerKind::Organisation | SpeakerKind::Government | SpeakerKind::Media
            ),
            Pronoun::First => false,
        }
    };
    if p == Pronoun::First {
        return None;
    }
    let reach = sentence.saturating_sub(PRONOUN_REACH);
    let recent: Vec<&Entry> = timeline
        .before(at)
        .take_while(|e| e.sentence >= reach)
        .collect();
    // 1. The subject of this sentence, before the pronoun.
    let subject_of = |s: usize| {
        recent
            .iter()
            .rev()
            .filter(|e| e.sentence == s)
            .map(|e| reg.find(e.entity))
            .find(|&id| fits(id))
    };
    if let Some(id) = subject_of(sentence) {
        return Some(id);
    }
    // 2. Earlier sentences, nearest first: in each, the speaker of its
    // latest attribution, else its subject. "They" picks up a subject only
    // one sentence back: groups are rarely picked up later.
    let floor = if p == Pronoun::Plural {
        sentence.saturating_sub(1)
    } else {
        reach
    };
    (reach..sentence).rev().find_map(|s| {
        recent
            .iter()
            .filter(|e| e.attribution && e.sentence == s)
            .map(|e| reg.find(e.entity))
            .find(|&id| fits(id))
            .or_else(|| if s >= floor { subject_of(s) } else { None })
    })
}
