//! Mentions of entities as written: a phrase ("French Defense Minister
//! Jean Dupont", "the ministry", "Chinese state news agency Xinhua",
//! "Paris", "he") read into a [`Descriptor`].

use super::units::{is_plural_det, Class, Unit, NAME_PARTICLES};
use crate::lexicon::organisations::{is_circle_noun, is_company_suffix, is_company_word};
use crate::lexicon::pronouns::Pronoun;
use crate::lexicon::titles::{canonical_title, Gender};
use crate::model::SpeakerKind;
use crate::text::fold_ws;

/// What a phrase says about the entity it mentions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Descriptor {
    /// Person, organisation, media, government, or unknown.
    pub kind: Option<SpeakerKind>,
    /// The proper name as written, white space folded ("Jean Dupont").
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
    /// The name is a company's (a legal form or line of business in it,
    /// "the Acme plant"), or the phrase describes one ("the firm").
    pub company: bool,
    /// The age the phrase gives ("Jane Doe, 45", "the 45-year-old").
    pub age: Option<u16>,
    /// For an unnamed spokesperson: the body they speak for ("a company
    /// spokesman", "a spokeswoman for the ministry").
    pub body: Option<Box<Descriptor>>,
    /// The plural noun of a plural phrase ("officials").
    pub plural_head: Option<String>,
}

/// True when `before` ends inside the tail of an organisation's name: an
/// organisation head, then a connector ("Ministry of ...", "Department for
/// ..."), so that an "and" next joins two words of one name.
pub(crate) fn in_org_name(before: &[Unit]) -> bool {
    let Some(h) = before.iter().rposition(|u| u.class == Class::OrgHead) else {
        return false;
    };
    before[h + 1..]
        .first()
        .is_some_and(|u| u.class == Class::Connector)
        && before[h + 1..]
            .iter()
            .all(|u| u.class != Class::TitleHead && !u.break_before)
}

/// The age in a word such as "45-year-old" (folded).
pub(crate) fn age_word(folded: &str) -> Option<u16> {
    let n = folded.strip_suffix("-year-old")?;
    let age: u16 = n.parse().ok()?;
    (1..=120).contains(&age).then_some(age)
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
                d.plural |= is_plural_det(u.folded);
                start += 1;
            }
            _ => break,
        }
    }
    let units = &units[start..];
    let (Some(first), Some(last)) = (units.first(), units.last()) else {
        return d;
    };
    // "the 45-year-old", "Jane Doe, a 45-year-old nurse".
    d.age = units.iter().find_map(|u| age_word(u.folded));
    // "France's defense minister": a possessive determines like "the".
    d.definite |= first.poss;
    // "X and Y": two speakers, not one; but "Department for Business and
    // Trade" is one body.
    if units.len() > 2
        && units[1..units.len() - 1].iter().enumerate().any(|(k, u)| {
            (u.folded == "and" || u.folded == "&" && u.break_before)
                && !in_org_name(&units[..k + 1])
        })
    {
        d.plural = true;
    }
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
    d.surface = fold_ws(&text[from..last.range.end]);
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
    // "France's Defense Minister, Jean Dupont".
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
        let dets = appositive
            .iter()
            .take_while(|u| matches!(u.class, Class::Det { .. }))
            .count();
        let app = &appositive[dets..];
        read_part(text, app, &mut a);
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
            d.role = Some(fold_ws(&text[f.range.start..l.range.end]));
            d.title_heads.extend(a.title_heads);
            d.country = d.country.or(a.country);
            d.kind = Some(SpeakerKind::Person);
        } else if d.name.is_some() && a.kind == Some(SpeakerKind::Media) && a.name.is_none() {
            d.kind = Some(SpeakerKind::Media);
        }
    }
    if d.name.is_none() && d.title_heads.iter().any(|h| h == "spokesperson") {
        d.body = spokesperson_body(text, units).map(Box::new);
    }
    d
}

/// The body an unnamed spokesperson speaks for: what the phrase says
/// besides the title ("company" in "a company spokesman", "the ministry" in
/// "a spokeswoman for the ministry"), when that reads as an organisation,
/// a government, an outlet or a name.
fn spokesperson_body(text: &str, units: &[Unit]) -> Option<Descriptor> {
    let is_title = |u: &Unit| {
        matches!(u.class, Class::TitleHead | Class::TitleMod)
            && !matches!(u.folded, "state" | "press" | "national")
    };
    let rest: Vec<Unit> = units
        .iter()
        .filter(|u| !is_title(u))
        .skip_while(|u| matches!(u.class, Class::Det { .. } | Class::Connector))
        .cloned()
        .collect();
    if rest.is_empty() {
        return None;
    }
    let b = describe(text, &rest);
    let fits = match b.kind {
        Some(SpeakerKind::Organisation | SpeakerKind::Government | SpeakerKind::Media) => true,
        Some(SpeakerKind::Unknown) => b.name.is_some(),
        _ => false,
    };
    (fits && !b.plural && b.pronoun.is_none() && b.body.is_none()).then_some(b)
}

/// True for a (folded) name particle ([`NAME_PARTICLES`]); none is longer
/// than five bytes, which settles most words at once.
fn is_particle(w: &str) -> bool {
    w.len() <= 5 && NAME_PARTICLES.contains(&w)
}

/// When `units[from..]` is a run of lower-case name particles ("von der")
/// followed by a name word, the index of that name word.
fn particles_then_name(units: &[Unit], from: usize) -> Option<usize> {
    let mut k = from;
    while units
        .get(k)
        .is_some_and(|u| u.class == Class::Connector && !u.break_before && is_particle(u.folded))
    {
        k += 1;
    }
    let name = units.get(k)?;
    (k > from && name.class == Class::Name && !name.break_before).then_some(k)
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
    let mut name_runs: Vec<(usize, usize)> = Vec::new();
    let mut last_title_head: Option<usize> = None;
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
            Class::Name => {
                {
                    let mut j = i;
                    while j + 1 < units.len() && !units[j].poss {
                        let next = &units[j + 1];
                        let nc = class(next);
                        if nc == Class::Name && !next.break_before {
                            j += 1;
                        } else if let Some(p) = particles_then_name(units, j + 1) {
                            // "Ursula von der Leyen", "Charles de Gaulle".
                            j = p;
                        } else {
                            break;
                        }
                    }
                    name_runs.push((i, j));
                    // "Dupont's immediate entourage".
                    if units[j].poss && d.circle.is_none() {
                        if let Some(k) =
                            units[j + 1..].iter().position(|x| is_circle_noun(x.folded))
                        {
                            let cu = &units[j + 1 + k];
                            d.circle = Some(fold_ws(&text[cu.range.clone()]));
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
                let heads = || (i..=j).filter(|&k| class(&units[k]) == Class::TitleHead);
                let next_org = units.get(j + 1).is_some_and(|n| {
                    matches!(class(n), Class::OrgHead | Class::Media) && !n.break_before
                });
                if let (Some(h), false) = (heads().next_back(), next_org) {
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
                                // "spokeswoman for the European Commission",
                                // "adviser to Volodymyr Zelenskyy": a name
                                // after "the" or "to", or naming a body, is
                                // part of the role, not the speaker's name.
                                Class::Name
                                    if matches!(class(&units[k]), Class::Det { .. })
                                        || units[k].folded == "to"
                                        || units[k + 1..].iter().any(|u| {
                                            class(u) == Class::OrgHead && !u.break_before
                                        }) && class(&units[k]) == Class::Connector =>
                                {
                                    let mut m = k + 1;
                                    while m + 1 < units.len()
                                        && !units[m + 1].break_before
                                        && matches!(
                                            class(&units[m + 1]),
                                            Class::Name | Class::OrgHead
                                        )
                                        && !units[m].poss
                                    {
                                        m += 1;
                                    }
                                    end = m;
                                    k = m;
                                }
                                _ => break,
                            }
                        }
                        // Only what ends in a title word or portfolio is role.
                        consumed = consumed.max(end);
                        if k > end {
                            consumed = consumed.max(k);
                        }
                    }
                    for k in heads() {
                        let f = canonical_title(units[k].folded).to_string();
                        if !d.title_heads.contains(&f) {
                            d.title_heads.push(f);
                        }
                    }
                    if units[i..=end].iter().any(|x| class(x) == Class::TitleHead) {
                        // "Kremlin spokesman", "European Commission
                        // President": the body before the title is part of
                        // the role.
                        let mut from = i;
                        if i > 0
                            && !units[i].break_before
                            && matches!(class(&units[i - 1]), Class::OrgHead | Class::Seat(_))
                        {
                            from = i - 1;
                            while from > 0
                                && !units[from].break_before
                                && matches!(
                                    class(&units[from - 1]),
                                    Class::Name | Class::OrgHead | Class::Portfolio(_)
                                )
                            {
                                from -= 1;
                            }
                            name_runs.retain(|&(_, e)| e < from);
                        }
                        role = Some(match role {
                            Some((s, _)) => (s, end),
                            None => (from, end),
                        });
                        last_title_head = Some(h);
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
            Class::Plural => {
                d.plural = true;
                d.plural_head = Some(u.folded.to_string());
            }
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
    // The person's name follows the title ("Minister Sergei Ivanov"); a
    // name before it belongs to something else.
    let name_run = match last_title_head {
        Some(h) => name_runs
            .iter()
            .copied()
            .find(|&(s, _)| s > h)
            .or_else(|| name_runs.first().copied()),
        None => name_runs.first().copied(),
    };
    // "The Toronto Beacon newspaper": a city before an outlet's name is
    // part of it.
    let name_run = name_run.map(|(s, e)| {
        let city = s > 0
            && media
            && !units[s].break_before
            && !units[s - 1].poss
            && matches!(units[s - 1].class, Class::Capital(_));
        (if city { s - 1 } else { s }, e)
    });
    if let Some((s, e)) = name_run {
        let words = &units[s..=e];
        d.name = Some(fold_ws(
            &text[words[0].range.start..words[words.len() - 1].range.end],
        ));
        // Particles are left out of the words compared, whatever their case
        // ("Von der Leyen" = "Ursula von der Leyen"), unless that is all.
        let all = || words.iter().flat_map(|u| u.folded.split(' '));
        let kept: Vec<String> = all()
            .filter(|w| !is_particle(w))
            .map(str::to_string)
            .collect();
        d.name_words = if kept.is_empty() {
            all().map(str::to_string).collect()
        } else {
            kept
        };
        // "Acme Plastics Ltd": a company; compared without its legal form.
        d.company |= d.name_words.iter().any(|w| is_company_word(w));
        let legal = words
            .iter()
            .rposition(|u| !is_company_suffix(u.folded))
            .filter(|&k| k + 1 < words.len());
        if let Some(k) = legal {
            d.name = Some(fold_ws(&text[words[0].range.start..words[k].range.end]));
            while d
                .name_words
                .last()
                .is_some_and(|w| is_company_suffix(w) && d.name_words.len() > 1)
            {
                d.name_words.pop();
            }
        }
    }
    if let Some((s, e)) = role {
        d.role = Some(fold_ws(&text[units[s].range.start..units[e].range.end]));
    }
    let only_place = d.name.is_none() && role.is_none() && org_head.is_none() && !media;
    if let Some(h) = org_head {
        let head = match units[h].folded {
            "department" => "ministry".to_string(),
            other => other.to_string(),
        };
        if d.kind == Some(SpeakerKind::Person) && role.is_some() {
            // The organisation is where the person works ("Kremlin
            // spokesman", "Commission President").
        } else {
            d.org = Some((head, portfolio_seen));
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
    if d.company && d.kind == Some(SpeakerKind::Unknown) {
        d.kind = Some(SpeakerKind::Organisation);
    }
    if d.age.is_some() && matches!(d.kind, None | Some(SpeakerKind::Unknown)) {
        d.kind = Some(SpeakerKind::Person);
    }
    if d.title_heads.is_empty() && units.iter().any(|u| u.class == Class::Relational) {
        d.kind = d.kind.or(Some(SpeakerKind::Person));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speaker::units::{units, Words};

    fn d(phrase: &str) -> Descriptor {
        describe(
            phrase,
            &units(phrase, 0..phrase.len(), &mut Words::default()),
        )
    }

    #[test]
    fn particles_are_short() {
        // `is_particle` looks only at words of five bytes or fewer.
        assert!(NAME_PARTICLES.iter().all(|p| p.len() <= 5));
        assert!(is_particle("von") && !is_particle("vonn"));
    }

    #[test]
    fn titled_names() {
        let x = d("French Defense Minister Jean Dupont");
        assert_eq!(x.name.as_deref(), Some("Jean Dupont"));
        assert_eq!(x.role.as_deref(), Some("Defense Minister"));
        assert_eq!(x.country, Some("France"));
        assert_eq!(x.kind, Some(SpeakerKind::Person));
        let x = d("Sergei Ivanov, Minister of Defense of Russia");
        assert_eq!(x.role.as_deref(), Some("Minister of Defense"));
        assert_eq!(x.country, Some("Russia"));
        let x = d("France's Defense Minister, Jean Dupont");
        assert_eq!(x.name.as_deref(), Some("Jean Dupont"));
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
        let x = d("Chinese state news agency Xinhua");
        assert_eq!(
            (x.kind, x.name.as_deref()),
            (Some(SpeakerKind::Media), Some("Xinhua"))
        );
        assert_eq!(d("Paris").kind, Some(SpeakerKind::Government));
        assert_eq!(d("the Kremlin").country, Some("Russia"));
        assert_eq!(d("He").pronoun, Some(Pronoun::Male));
        assert_eq!(d("Islamic State").name.as_deref(), Some("Islamic State"));
        let x = d("Dupont's immediate entourage");
        assert_eq!(x.circle.as_deref(), Some("entourage"));
        assert_eq!(x.name.as_deref(), Some("Dupont"));
    }
}
