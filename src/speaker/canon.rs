//! Canonical entities across all articles: the registry that mentions are
//! merged into (persons by tolerant name matching, organisations by country,
//! head noun and portfolio, governments by country, media and other names by
//! their folded name), and the choice of each entity's name, role and
//! aliases.

use super::entity::Descriptor;
use super::names::{same_keyed, same_person_keyed, soundex, translit_key, within_one_edit};
use crate::lexicon::titles::Gender;
use crate::model::SpeakerKind;
use crate::text::{fold, FastMap, FastSet};

/// How many known people a name is compared with by edit distance.
const MAX_FUZZY: usize = 32;

/// What identifies an organisation: country, head noun, portfolio.
pub(crate) type OrgKey = (Option<&'static str>, String, Option<&'static str>);

/// One real-world entity, with everything the articles say about it.
#[derive(Clone, Debug)]
pub(crate) struct Entity {
    /// What sort of entity it is.
    pub kind: SpeakerKind,
    /// Names as written with their folded words and how often each is seen.
    pub names: Vec<(String, Vec<String>, usize)>,
    /// The folded words of the longest name.
    pub full: Vec<String>,
    /// The transliteration keys of those words, in order.
    pub full_keys: Vec<String>,
    /// Every surface seen, as written.
    pub surfaces: Vec<String>,
    /// Roles as written.
    pub roles: Vec<String>,
    /// Folded title heads of every role.
    pub title_heads: Vec<String>,
    /// Countries the mentions tie it to, each with how many mentions do,
    /// in order of first mention.
    pub countries: Vec<(&'static str, usize)>,
    /// For organisations.
    pub org: Option<OrgKey>,
    /// For governments: the country.
    pub government: Option<&'static str>,
    /// For a circle around a person: (owner entity, circle noun).
    pub circle: Option<(usize, String)>,
    /// Gender, from honorifics.
    pub gender: Option<Gender>,
    /// Articles that mention it, in order of first mention.
    pub articles: Vec<usize>,
    /// The same articles, for look-ups.
    article_set: FastSet<usize>,
    /// Transliteration keys it is filed under in the surname index.
    surname_keys: Vec<String>,
    /// Transliteration keys it is filed under in the given-name index.
    given_keys: Vec<String>,
    /// Ids of the surname keys it, or an entity merged into it, is filed
    /// under in `by_surname` (see [`Registry::file_key`]).
    reach_keys: Vec<u32>,
    /// Given-name tags of its fullest names so far (see [`Given`]).
    tags: Vec<Given>,
    /// Set when merged into another entity.
    pub merged_into: Option<usize>,
    /// A company (see [`Descriptor::company`]).
    pub company: bool,
    /// Ages the mentions give.
    pub ages: Vec<u16>,
}

impl Entity {
    fn new(kind: SpeakerKind) -> Entity {
        Entity {
            kind,
            names: Vec::new(),
            full: Vec::new(),
            full_keys: Vec::new(),
            surfaces: Vec::new(),
            roles: Vec::new(),
            title_heads: Vec::new(),
            countries: Vec::new(),
            org: None,
            government: None,
            circle: None,
            gender: None,
            articles: Vec::new(),
            article_set: FastSet::default(),
            surname_keys: Vec::new(),
            given_keys: Vec::new(),
            reach_keys: Vec::new(),
            tags: Vec::new(),
            merged_into: None,
            company: false,
            ages: Vec::new(),
        }
    }

    /// The country most mentions tie it to.
    pub fn country(&self) -> Option<&'static str> {
        // The most mentioned, the first mentioned on ties.
        let best = self.countries.iter().map(|&(_, n)| n).max();
        best.and_then(|b| self.countries.iter().find(|&&(_, n)| n == b))
            .map(|&(c, _)| c)
            .or(self.government)
            .or(self.org.as_ref().and_then(|o| o.0))
    }

    /// Adds `n` mentions tying it to `country`.
    fn count_country(&mut self, country: &'static str, n: usize) {
        match self.countries.iter_mut().find(|(c, _)| *c == country) {
            Some((_, count)) => *count += n,
            None => self.countries.push((country, n)),
        }
    }

    /// True when it holds (or held) a head of state or government title.
    pub fn is_leader(&self) -> bool {
        self.title_heads
            .iter()
            .any(|h| crate::lexicon::titles::is_leader(h))
    }
}

/// The most frequent item, the first seen on ties.
fn most_frequent<T: PartialEq>(items: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for it in items {
        match counts.iter_mut().find(|(x, _)| *x == it) {
            Some((_, n)) => *n += 1,
            None => counts.push((it, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(x, _)| x)
}

/// All entities of a bundle.
#[derive(Clone, Debug, Default)]
pub(crate) struct Registry {
    /// Entities; merged ones point at their survivor.
    pub entities: Vec<Entity>,
    by_org: FastMap<OrgKey, usize>,
    by_government: FastMap<&'static str, usize>,
    /// Ids as `u32`, the value type of `key_ids` (one less hash map type in
    /// the wasm).
    by_name: FastMap<String, u32>,
    /// Entities by the transliteration key of each name's last word.
    by_surname: FastMap<String, Vec<usize>>,
    /// Entities known to be people, in order.
    persons: Vec<usize>,
    /// Entities by the transliteration key of the first word of each
    /// name of two words or more.
    by_given: FastMap<String, Vec<usize>>,
    /// People by the first letter (as a `u32`, so the map is the same type
    /// as `by_key_article`: one less hash map compiled into the wasm) and
    /// length of each surname's key.
    by_shape: FastMap<(u32, usize), Vec<usize>>,
    /// Surname keys (of `by_surname`) as small ids.
    key_ids: FastMap<String, u32>,
    /// Entities by (surname key id, article): every entity of a
    /// `by_surname` bucket that the article mentions is found here (through
    /// [`Registry::find`]), so a look-up reads only the article's people.
    by_key_article: FastMap<(u32, usize), Vec<usize>>,
    /// Entities by (surname key id, given-name tag): every entity of a
    /// `by_surname` bucket is here under each tag it ever had; entries may
    /// be stale (a fuller name came later) and are checked again.
    by_key_given: FastMap<(u32, Given), Vec<usize>>,
    /// Transliteration keys of the name words seen (see
    /// [`Registry::translit`]).
    translit: FastMap<String, String>,
    /// Surname key ids whose `by_surname` bucket holds a person (a person
    /// stays one and is never merged away, so this only grows). Held as
    /// `usize`, the type of `Entity::article_set`: one less hash set type in
    /// the wasm.
    person_keys: FastSet<usize>,
    /// The transliteration keys of the name being looked up, kept between
    /// look-ups so that their strings are reused.
    keys: Vec<String>,
}

/// What a name's first word must be like for a two-word name to match it
/// (see [`Registry::person_like`] and `same_given_keyed` in [`super::names`]):
/// a one-word name matches any given name; an initial matches the given
/// names with its letter; other given names match by the same key, or
/// (six letters or more) by a key one edit away, which has the same first
/// letter and a length one apart at most.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Given {
    /// The fullest name has one word.
    Solo,
    /// First char of the given name as folded (for initials asked about).
    Letter(Option<char>),
    /// The given name is an initial: its first char.
    Initial(Option<char>),
    /// The id of the given name's transliteration key.
    Key(u32),
    /// First char and length in chars of a key of six chars or more.
    Shape(Option<char>, usize),
}

/// True for an initial ("j", "j.").
fn is_initial(w: &str) -> bool {
    w.trim_end_matches('.').chars().count() == 1
}

impl Registry {
    /// The surviving entity for `id`.
    pub fn find(&self, mut id: usize) -> usize {
        while let Some(next) = self.entities[id].merged_into {
            id = next;
        }
        id
    }

    fn push(&mut self, e: Entity) -> usize {
        self.entities.push(e);
        self.entities.len() - 1
    }

    /// Records that `article` mentions entity `id` (a survivor), filing it
    /// under (key, article) for each of its surname keys.
    fn add_article(&mut self, id: usize, article: usize) {
        let e = &mut self.entities[id];
        // The latest article is in the set: no need to hash it again.
        if e.articles.last() != Some(&article) && e.article_set.insert(article) {
            e.articles.push(article);
            for &k in &e.reach_keys {
                self.by_key_article
                    .entry((k, article))
                    .or_default()
                    .push(id);
            }
        }
    }

    /// Files entity `id` (a survivor) under surname key id `k` in the
    /// (key, article) and (key, given-name tag) indexes.
    fn file_key(&mut self, id: usize, k: u32) {
        let e = &mut self.entities[id];
        if e.reach_keys.contains(&k) {
            return;
        }
        e.reach_keys.push(k);
        for &a in &e.articles {
            self.by_key_article.entry((k, a)).or_default().push(id);
        }
        for &t in &e.tags {
            self.by_key_given.entry((k, t)).or_default().push(id);
        }
        if e.kind == SpeakerKind::Person {
            self.person_keys.insert(k as usize);
        }
    }

    /// Files entity `id` (a survivor) under the given-name tags of its
    /// fullest name, after that name changed.
    fn file_full(&mut self, id: usize) {
        let mut tags: Vec<Given> = Vec::new();
        match (
            &self.entities[id].full[..],
            &self.entities[id].full_keys[..],
        ) {
            ([_], _) => tags.push(Given::Solo),
            ([g, _, ..], [k, ..]) => {
                let first = g.chars().next();
                tags.push(Given::Letter(first));
                if is_initial(g) {
                    tags.push(Given::Initial(first));
                }
                let len = k.chars().count();
                if len >= 6 {
                    tags.push(Given::Shape(k.chars().next(), len));
                }
                if !k.is_empty() {
                    let k = k.clone();
                    tags.push(Given::Key(self.key_id(&k)));
                }
            }
            _ => {}
        }
        let e = &mut self.entities[id];
        for t in tags {
            if e.tags.contains(&t) {
                continue;
            }
            e.tags.push(t);
            for &k in &e.reach_keys {
                self.by_key_given.entry((k, t)).or_default().push(id);
            }
        }
    }

    /// The transliteration key of name word `w` ([`translit_key`]),
    /// memoised: names recur.
    fn translit(&mut self, w: &str) -> String {
        if let Some(k) = self.translit.get(w) {
            return k.clone();
        }
        let k = translit_key(w);
        self.translit.insert(w.to_string(), k.clone());
        k
    }

    /// The transliteration keys of `words` ([`Registry::translit`]) into
    /// `keys`, reusing its strings.
    fn translit_all(&mut self, words: &[String], keys: &mut Vec<String>) {
        keys.truncate(words.len());
        for (i, w) in words.iter().enumerate() {
            let found = self.translit.get(w.as_str());
            let made = match found {
                Some(_) => None,
                None => Some(translit_key(w)),
            };
            let k = found.map_or_else(|| made.as_deref().unwrap_or(""), String::as_str);
            match keys.get_mut(i) {
                Some(slot) => {
                    slot.clear();
                    slot.push_str(k);
                }
                None => keys.push(k.to_string()),
            }
            if let Some(k) = made {
                self.translit.insert(w.clone(), k);
            }
        }
    }

    /// The id of surname key `key`, made if new.
    fn key_id(&mut self, key: &str) -> u32 {
        if let Some(&k) = self.key_ids.get(key) {
            return k;
        }
        let k = self.key_ids.len() as u32;
        self.key_ids.insert(key.to_string(), k);
        k
    }

    /// Records what `desc` (seen in `article`) says about entity `id`.
    pub fn note(&mut self, id: usize, desc: &Descriptor, article: usize) {
        let id = self.find(id);
        if desc.body.is_some() {
            // An unnamed spokesperson standing for a body says nothing
            // about the body's names.
            self.add_article(id, article);
            return;
        }
        let e = &mut self.entities[id];
        if let Some(name) = &desc.name {
            if desc.circle.is_none() && e.circle.is_none() {
                match e.names.iter_mut().find(|(n, _, _)| n == name) {
                    Some((_, _, count)) => *count += 1,
                    None => {
                        e.names.push((name.clone(), desc.name_words.clone(), 1));
                        let longer = desc.name_words.len() > e.full.len();
                        let keys: Vec<String> =
                            desc.name_words.iter().map(|w| self.translit(w)).collect();
                        if longer {
                            let e = &mut self.entities[id];
                            e.full = desc.name_words.clone();
                            e.full_keys = keys.clone();
                            self.file_full(id);
                        }
                        if let Some(key) = keys.last() {
                            let key = key.clone();
                            let shape = (
                                key.chars().next().unwrap_or(' ') as u32,
                                key.chars().count(),
                            );
                            // Filed once per key (the entity's own list
                            // is short; the bucket may be long).
                            let e = &mut self.entities[id];
                            if !e.surname_keys.contains(&key) {
                                e.surname_keys.push(key.clone());
                                let k = self.key_id(&key);
                                self.by_surname.entry(key).or_default().push(id);
                                self.file_key(id, k);
                            }
                            let bucket = self.by_shape.entry(shape).or_default();
                            if bucket.last() != Some(&id) {
                                bucket.push(id);
                            }
                        }
                        if let [key, _, ..] = keys.as_slice() {
                            let key = key.clone();
                            let e = &mut self.entities[id];
                            if !e.given_keys.contains(&key) {
                                e.given_keys.push(key.clone());
                                self.by_given.entry(key).or_default().push(id);
                            }
                        }
                    }
                }
            }
        }
        let e = &mut self.entities[id];
        if !desc.surface.is_empty() {
            e.surfaces.push(desc.surface.clone());
        }
        // Roles come from introductions ("Defense Minister X"), not from
        // later descriptions ("the minister").
        if let (Some(role), Some(_)) = (&desc.role, &desc.name) {
            e.roles.push(role.clone());
        }
        for h in &desc.title_heads {
            if !e.title_heads.contains(h) {
                e.title_heads.push(h.clone());
            }
        }
        if let Some(c) = desc.country {
            if e.kind == SpeakerKind::Person || e.kind == SpeakerKind::Unknown {
                e.count_country(c, 1);
            }
        }
        if desc.gender.is_some() && desc.gender != Some(Gender::Unknown) {
            e.gender = desc.gender;
        }
        if desc.kind == Some(SpeakerKind::Person) && e.kind == SpeakerKind::Unknown {
            e.kind = SpeakerKind::Person;
            self.persons.push(id);
            self.person_keys
                .extend(e.reach_keys.iter().map(|&k| k as usize));
        }
        if desc.kind == Some(SpeakerKind::Media) && e.kind == SpeakerKind::Unknown {
            e.kind = SpeakerKind::Media;
        }
        if desc.company && desc.name.is_some() && e.circle.is_none() {
            e.company = true;
            if e.kind == SpeakerKind::Unknown {
                e.kind = SpeakerKind::Organisation;
            }
        }
        if let Some(age) = desc.age {
            if !e.ages.contains(&age) {
                e.ages.push(age);
            }
        }
        self.add_article(id, article);
    }

    /// The entity of the organisation `key`, created if new.
    pub fn org(&mut self, key: OrgKey) -> usize {
        if let Some(&id) = self.by_org.get(&key) {
            return self.find(id);
        }
        let mut e = Entity::new(SpeakerKind::Organisation);
        e.org = Some(key.clone());
        let id = self.push(e);
        self.by_org.insert(key, id);
        id
    }

    /// The entity of the government of `country`, created if new.
    pub fn government(&mut self, country: &'static str) -> usize {
        if let Some(&id) = self.by_government.get(country) {
            return self.find(id);
        }
        let mut e = Entity::new(SpeakerKind::Government);
        e.government = Some(country);
        let id = self.push(e);
        self.by_government.insert(country, id);
        id
    }

    /// The circle (`noun`, e.g. "entourage") around entity `owner`.
    pub fn circle(&mut self, owner: usize, noun: &str) -> usize {
        let owner = self.find(owner);
        let key = format!("\u{0}circle:{owner}:{}", fold(noun));
        if let Some(&id) = self.by_name.get(&key) {
            return self.find(id as usize);
        }
        let mut e = Entity::new(SpeakerKind::Organisation);
        e.circle = Some((owner, noun.to_string()));
        let id = self.push(e);
        self.by_name.insert(key, id as u32);
        id
    }

    /// The entity named by `desc` (which has a name), seen in `article`:
    /// a person matched by tolerant name comparison, or any other entity by
    /// its folded name; created if new.
    pub fn named(&mut self, desc: &Descriptor, article: usize) -> usize {
        self.named_as(desc, &desc.name_words, article)
    }

    /// [`Registry::named`] for the name words `words` in place of
    /// `desc.name_words`.
    pub fn named_as(&mut self, desc: &Descriptor, words: &[String], article: usize) -> usize {
        let mut keys = std::mem::take(&mut self.keys);
        self.translit_all(words, &mut keys);
        let id = self.named_keyed(desc, words, &keys, article);
        self.keys = keys;
        id
    }

    /// [`Registry::named_as`] with the transliteration keys of `words`.
    fn named_keyed(
        &mut self,
        desc: &Descriptor,
        words: &[String],
        keys: &[String],
        article: usize,
    ) -> usize {
        let personish = matches!(
            desc.kind,
            Some(SpeakerKind::Person) | Some(SpeakerKind::Unknown) | None
        );
        if personish && !words.is_empty() {
            if let Some(id) = self.person_like(words, keys, article) {
                return id;
            }
            // "President Xi" after "Xi Jinping": a titled single name that
            // is no one's surname but exactly one person's first name is
            // that person (family name first). Untitled first names are
            // left alone: English news does not call people by given name.
            let titled = !desc.title_heads.is_empty() || desc.gender.is_some();
            if let ([_], true) = (words, titled) {
                let people: Vec<usize> = self
                    .by_given
                    .get(&keys[0])
                    .into_iter()
                    .flatten()
                    .map(|&id| self.find(id))
                    .filter(|&id| self.entities[id].kind == SpeakerKind::Person)
                    .collect();
                if let [only] = people.as_slice() {
                    return *only;
                }
            }
        }
        let key = words.join(" ");
        if let Some(&id) = self.by_name.get(&key) {
            return self.find(id as usize);
        }
        // "the Beacon" after "the Toronto Beacon": an outlet named without
        // its city, when one outlet only fits.
        if matches!(desc.kind, Some(SpeakerKind::Media | SpeakerKind::Unknown)) && !words.is_empty()
        {
            let fits: Vec<usize> = self
                .by_surname
                .get(&keys[words.len() - 1])
                .into_iter()
                .flatten()
                .map(|&id| self.find(id))
                .filter(|&id| {
                    let e = &self.entities[id];
                    e.kind == SpeakerKind::Media
                        && e.full.len() > words.len()
                        && e.full.ends_with(words)
                })
                .collect();
            if let [only] = fits.as_slice() {
                return *only;
            }
        }
        let kind = desc.kind.unwrap_or(SpeakerKind::Unknown);
        let id = self.push(Entity::new(kind));
        if kind == SpeakerKind::Person {
            self.persons.push(id);
        }
        self.by_name.insert(key, id as u32);
        id
    }

    /// A person (or not-yet-typed name) whose name matches `words`. A single
    /// word matching several people prefers the one `article` mentions.
    /// `keys` are the words' transliteration keys.
    fn person_like(&self, words: &[String], keys: &[String], article: usize) -> Option<usize> {
        let last = keys.last()?;
        // Same surname key, plus (for long surnames) people whose surname is
        // one edit away; the fuzzy scan is bounded for pathological input.
        // The candidates are the surviving entities of the surname's
        // `by_surname` bucket and of the fuzzy lists; the indexes by
        // (key, article) and (key, given name) give the ones that can hit.
        let kid = self.key_ids.get(last.as_str()).copied();
        let len = last.chars().count();
        let exact_person = kid.is_some_and(|k| self.person_keys.contains(&(k as usize)));
        let mut fuzzy: Vec<usize> = Vec::new();
        if len >= 6 && !exact_person {
            let first = last.chars().next().unwrap_or(' ');
            for l in len - 1..=len + 1 {
                if let Some(list) = self.by_shape.get(&(first as u32, l)) {
                    fuzzy.extend(list.iter().take(MAX_FUZZY).map(|&id| self.find(id)));
                }
            }
        }
        let is_hit = |id: usize| {
            let e = &self.entities[id];
            if !matches!(e.kind, SpeakerKind::Person | SpeakerKind::Unknown)
                || e.circle.is_some()
                || e.full.is_empty()
            {
                return false;
            }
            // A single word already seen alone for this person ("Xi" once
            // "President Xi" was resolved to "Xi Jinping").
            if let [w] = words {
                if e.kind == SpeakerKind::Person
                    && e.names.iter().any(|(_, n, _)| n.len() == 1 && n[0] == *w)
                {
                    return true;
                }
            }
            // Cheap test on the surname keys before the full comparison.
            let full_key = e.full_keys.last().map_or("", String::as_str);
            let near = full_key == last
                || len >= 6
                    && full_key.chars().next() == last.chars().next()
                    && within_one_edit(full_key, last);
            if !near {
                return false;
            }
            let (fw, fk) = (&e.full, &e.full_keys);
            // Unknown entities match only by the same full name, persons by
            // tolerant comparison.
            if e.kind == SpeakerKind::Person {
                same_person_keyed(words, keys, fw, fk)
                    && (words.len() > 1
                        || fw.len() > 1
                        || same_keyed(&words[0], &keys[0], &fw[0], &fk[0]))
            } else {
                words.len() == fw.len()
                    && (0..words.len()).all(|i| same_keyed(&words[i], &keys[i], &fw[i], &fk[i]))
                    || words.len() == 1 && fw.len() > 1 && same_person_keyed(words, keys, fw, fk)
            }
        };
        // The answer: the only hit; among several, the only one `article`
        // mentions; else none. So the hits `article` mentions are looked
        // at first (two of them settle it), and the others only when there
        // are none, up to the second (which settles it too): a common
        // surname shared by many people is not compared with all of them.
        // `distinct_hits` returns true on a second distinct hit.
        let distinct_hits = |ids: &mut dyn Iterator<Item = usize>, hit: &mut Option<usize>| {
            for id in ids {
                let id = self.find(id);
                if *hit == Some(id) || !is_hit(id) {
                    continue;
                }
                if hit.is_some() {
                    return true;
                }
                *hit = Some(id);
            }
            false
        };
        let list = |key: Option<(u32, usize)>| {
            key.and_then(|k| self.by_key_article.get(&k))
                .into_iter()
                .flatten()
                .copied()
        };
        let mut hit = None;
        let mut here = list(kid.map(|k| (k, article))).chain(
            fuzzy
                .iter()
                .copied()
                .filter(|&id| self.entities[id].article_set.contains(&article)),
        );
        if distinct_hits(&mut here, &mut hit) {
            return None;
        }
        if hit.is_some() {
            return hit;
        }
        // No hit in `article`: any hit is elsewhere. A name of two words or
        // more can only match a one-word name or a compatible given name
        // ([`Given`]).
        let mut elsewhere: Box<dyn Iterator<Item = usize>> = if words.len() > 1 {
            let (w, k) = (&words[0], &keys[0]);
            let first = w.chars().next();
            let mut tags = vec![Given::Solo];
            // An initial matches by its letter; an unknown entity's name
            // word only by `same_keyed`, even when it is an initial.
            if is_initial(w) {
                tags.push(Given::Letter(first));
            } else {
                tags.push(Given::Initial(first));
                if k.is_empty() {
                    // Equal words with no key.
                    tags.push(Given::Letter(first));
                }
            }
            if let Some(&id) = self.key_ids.get(k.as_str()) {
                tags.push(Given::Key(id));
            }
            let len = k.chars().count();
            if len >= 6 {
                for l in len - 1..=len + 1 {
                    tags.push(Given::Shape(k.chars().next(), l));
                }
            }
            Box::new(tags.into_iter().flat_map(move |t| {
                kid.and_then(|kid| self.by_key_given.get(&(kid, t)))
                    .into_iter()
                    .flatten()
                    .copied()
            }))
        } else {
            Box::new(self.by_surname.get(last).into_iter().flatten().copied())
        };
        if distinct_hits(
            &mut elsewhere.by_ref().chain(fuzzy.iter().copied()),
            &mut hit,
        ) {
            return None;
        }
        hit
    }

    /// Merges entity `from` into `into`.
    pub fn merge(&mut self, from: usize, into: usize) {
        let (from, into) = (self.find(from), self.find(into));
        if from == into {
            return;
        }
        let f = std::mem::replace(&mut self.entities[from], Entity::new(SpeakerKind::Unknown));
        self.entities[from].merged_into = Some(into);
        let e = &mut self.entities[into];
        for (n, w, c) in f.names {
            match e.names.iter_mut().find(|(x, _, _)| *x == n) {
                Some((_, _, count)) => *count += c,
                None => {
                    if w.len() > e.full.len() {
                        e.full = w.clone();
                        e.full_keys = e.full.iter().map(|x| translit_key(x)).collect();
                    }
                    e.names.push((n, w, c));
                }
            }
        }
        e.surfaces.extend(f.surfaces);
        e.roles.extend(f.roles);
        for h in f.title_heads {
            if !e.title_heads.contains(&h) {
                e.title_heads.push(h);
            }
        }
        for (c, n) in f.countries {
            e.count_country(c, n);
        }
        e.company |= f.company;
        for a in f.ages {
            if !e.ages.contains(&a) {
                e.ages.push(a);
            }
        }
        // Its names, surname keys and articles are now `into`'s, in the
        // indexes too.
        self.file_full(into);
        for k in f.reach_keys {
            self.file_key(into, k);
        }
        for a in f.articles {
            self.add_article(into, a);
        }
    }

    /// Merges one-off single-word names into a person of the same article
    /// whose surname they could be a misspelling or mistranslation of: same
    /// first letter, same Soundex code, and one person only fits.
    /// `mentions[id]` counts the mentions of each entity.
    pub fn merge_misspellings(&mut self, mentions: &[usize]) {
        // People by (article, soundex code of a surname), with the surname.
        let mut sounds: FastMap<(usize, String), Vec<(usize, String)>> = FastMap::default();
        for &p in &self.persons {
            let pe = &self.entities[p];
            if pe.merged_into.is_some() {
                continue;
            }
            for (_, w, _) in &pe.names {
                let Some(surname) = w.last() else { continue };
                for &a in &pe.articles {
                    let list = sounds.entry((a, soundex(surname))).or_default();
                    if !list.iter().any(|(q, _)| *q == p) {
                        list.push((p, surname.clone()));
                    }
                }
            }
        }
        for id in 0..self.entities.len() {
            let e = &self.entities[id];
            if e.merged_into.is_some()
                || e.kind != SpeakerKind::Unknown
                || e.circle.is_some()
                || mentions.get(id).copied().unwrap_or(0) != 1
                || e.articles.len() != 1
            {
                continue;
            }
            let Some((written, words, _)) = e.names.first() else {
                continue;
            };
            let [word] = words.as_slice() else { continue };
            let acronym = written.chars().all(|c| !c.is_lowercase());
            if acronym || word.chars().count() < 4 {
                continue;
            }
            let Some(people) = sounds.get(&(e.articles[0], soundex(word))) else {
                continue;
            };
            let fits: Vec<usize> = people
                .iter()
                .filter(|(_, s)| s != word && s.chars().next() == word.chars().next())
                .map(|(p, _)| *p)
                .collect();
            if let [p] = fits.as_slice() {
                self.merge(id, *p);
            }
        }
    }
}

/// The canonical name of entity `e` (see the module docs): the fullest
/// proper name for people and named bodies, the most official-looking
/// surface for organisations, the country for governments.
pub(crate) fn canonical_name(reg: &Registry, e: &Entity) -> Option<String> {
    if let Some(c) = e.government {
        return Some(government_name(c));
    }
    if let Some((owner, noun)) = &e.circle {
        let owner = &reg.entities[reg.find(*owner)];
        let name = canonical_name(reg, owner)?;
        return Some(format!("{name}'s {noun}"));
    }
    let named_body = e.kind == SpeakerKind::Organisation && !e.company;
    if e.org.is_some() && (e.names.is_empty() || named_body) {
        // The surface with the most capitalised words ("French Ministry of
        // the Armed Forces" over "French defence ministry").
        let caps = |s: &str| {
            s.split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count()
        };
        return e
            .surfaces
            .iter()
            .filter(|s| !s.is_empty())
            .max_by(|a, b| caps(a).cmp(&caps(b)).then(b.len().cmp(&a.len()).reverse()))
            .map(|s| s.trim_start_matches("the ").to_string())
            .or_else(|| e.org.as_ref().map(|(c, h, p)| describe_org(*c, h, *p)));
    }
    // Most words, then most accented letters, then most frequent; ties go
    // to the first seen.
    let accents = |s: &str| s.chars().filter(|c| !c.is_ascii()).count();
    e.names
        .iter()
        .rev()
        .max_by(|(a, aw, ac), (b, bw, bc)| {
            aw.len()
                .cmp(&bw.len())
                .then(accents(a).cmp(&accents(b)))
                .then(ac.cmp(bc))
        })
        .map(|(n, _, _)| n.clone())
}

/// "Government of France", "Government of the United States".
pub(crate) fn government_name(country: &str) -> String {
    let the =
        country.starts_with("United") || country.ends_with("Republic") || country == "Netherlands";
    format!("Government of {}{country}", if the { "the " } else { "" })
}

/// A readable name for an organisation known only by its key.
fn describe_org(country: Option<&str>, head: &str, portfolio: Option<&str>) -> String {
    let mut s = String::new();
    if let Some(c) = country {
        s.push_str(c);
        s.push(' ');
    }
    if let Some(p) = portfolio {
        s.push_str(p);
        s.push(' ');
    }
    s.push_str(head);
    s
}

/// The most frequent role as written; for a circle, whose circle it is
/// ("entourage of Jean Dupont").
pub(crate) fn canonical_role(reg: &Registry, e: &Entity) -> Option<String> {
    if let Some((owner, noun)) = &e.circle {
        let owner = &reg.entities[reg.find(*owner)];
        return Some(match canonical_name(reg, owner) {
            Some(name) => format!("{noun} of {name}"),
            None => noun.clone(),
        });
    }
    most_frequent(e.roles.iter()).cloned()
}

/// Every other form of the name, then every surface, but the name itself;
/// deduplicated without regard to case.
pub(crate) fn aliases(e: &Entity, name: &str) -> Vec<String> {
    // FxHash over article text: a hostile text could make collisions, but
    // bundles are bounded in size, so the cost stays bounded too.
    let mut lower: FastSet<String> = FastSet::default();
    lower.insert(name.to_lowercase());
    // A form written exactly as an earlier one was settled by it (surfaces
    // repeat a lot), without lower-casing it again.
    let mut written: FastSet<&str> = FastSet::default();
    let names = e.names.iter().map(|(n, _, _)| n);
    names
        .chain(&e.surfaces)
        .filter(|s| !s.is_empty() && written.insert(s) && lower.insert(s.to_lowercase()))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Descriptor {
        Descriptor {
            kind: Some(SpeakerKind::Person),
            name: Some(name.into()),
            name_words: fold(name).split(' ').map(String::from).collect(),
            surface: name.into(),
            ..Descriptor::default()
        }
    }

    #[test]
    fn full_names_and_surnames_merge() {
        let mut r = Registry::default();
        let a = r.named(&person("Sergey Ivanov"), 0);
        r.note(a, &person("Sergey Ivanov"), 0);
        let b = r.named(&person("Sergei Ivanov"), 1);
        let c = r.named(&person("Ivanov"), 2);
        assert_eq!((a, a), (b, c));
        let d = r.named(&person("Anna Ivanov"), 0);
        assert_ne!(a, d);
    }
}
