//! Speaker resolution on real sentences of the bundled articles and on
//! synthetic news in other styles.
//!
//! Each case hand-builds the attribution that the attribution stage should
//! find (the speaker and via phrases as written, located with `find`) and
//! asserts which canonical speaker they resolve to. `resolution_figures`
//! prints how many of the bundled cases resolve right.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest, files, timing

use factsheet::article::{self, Article};
use factsheet::attribution::{Attribution, Mention};
use factsheet::speaker::{self, Resolved};
use factsheet::{bundled, Speaker, SpeakerKind, StatementKind};

/// A phrase of an article: `phrase` at or after the first occurrence of
/// `anchor` (which must be unique enough to find the right place).
#[derive(Clone, Copy, Debug)]
struct At {
    anchor: &'static str,
    phrase: &'static str,
}

const fn at(anchor: &'static str, phrase: &'static str) -> At {
    At { anchor, phrase }
}

/// One attribution to build and the speaker and via names it should
/// resolve to (`None`: must stay unresolved).
#[derive(Clone, Copy, Debug)]
struct Case {
    article: usize,
    speaker: Option<At>,
    via: Option<At>,
    /// The cue word, e.g. "reported", found after the speaker phrase.
    cue: Option<&'static str>,
    expect_speaker: Option<&'static str>,
    expect_via: Option<&'static str>,
}

const LECORNU: &str = "Sébastien Lecornu";
const SHOIGU: &str = "Sergei Shoigu";
const MACRON: &str = "Emmanuel Macron";
const ARMED_FORCES: &str = "French Ministry of the Armed Forces";
const FOREIGN_AFFAIRS: &str = "French Ministry of Foreign Affairs";
const RU_MINISTRY: &str = "Russian Defense Ministry";
const FRANCE: &str = "Government of France";
const RUSSIA: &str = "Government of Russia";
const ENTOURAGE: &str = "Sébastien Lecornu's entourage";

const fn case(
    article: usize,
    speaker: Option<At>,
    via: Option<At>,
    expect_speaker: Option<&'static str>,
    expect_via: Option<&'static str>,
) -> Case {
    Case {
        article,
        speaker,
        via,
        cue: None,
        expect_speaker,
        expect_via,
    }
}

/// Every attributed statement of the bundled articles, as the attribution
/// stage should report its speaker and via, with the expected resolution.
const BUNDLED: &[Case] = &[
    // 000
    case(
        0,
        Some(at(
            "In particular, the French minister",
            "the French minister",
        )),
        None,
        Some(LECORNU),
        None,
    ),
    case(
        0,
        Some(at("\"Lecornu confirmed", "Lecornu")),
        Some(at(
            "topic,\" the French",
            "the French Ministry of Foreign Affairs",
        )),
        Some(LECORNU),
        Some(FOREIGN_AFFAIRS),
    ),
    case(
        0,
        Some(at("He called on Russia to stop any exploitation", "He")),
        Some(at(
            "topic,\" the French",
            "the French Ministry of Foreign Affairs",
        )),
        Some(LECORNU),
        Some(FOREIGN_AFFAIRS),
    ),
    case(
        0,
        Some(at("Separately, Lecornu", "Lecornu")),
        None,
        Some(LECORNU),
        None,
    ),
    // "the ministry" is the ministry named last, the foreign ministry here.
    case(
        0,
        Some(at("the ministry added", "the ministry")),
        None,
        Some(FOREIGN_AFFAIRS),
        None,
    ),
    case(
        0,
        Some(at("OBOZ.UA, the United", "the United States of America")),
        Some(at("As reported by OBOZ.UA", "OBOZ.UA")),
        Some("Government of the United States"),
        Some("OBOZ.UA"),
    ),
    case(
        0,
        Some(at("The aggressor country", "The aggressor country")),
        None,
        Some(RUSSIA),
        None,
    ),
    // 001
    case(
        1,
        Some(at(
            "as announced by the French Defense Ministry",
            "the French Defense Ministry",
        )),
        None,
        Some(ARMED_FORCES),
        None,
    ),
    case(
        1,
        Some(at("said Lecornu condemned", "Lecornu")),
        Some(at(
            "The French Defense Ministry said",
            "The French Defense Ministry",
        )),
        Some(LECORNU),
        Some(ARMED_FORCES),
    ),
    case(
        1,
        Some(at("“He confirmed", "He")),
        Some(at("the communiqué stated", "the communiqué")),
        Some(LECORNU),
        Some(ARMED_FORCES),
    ),
    case(
        1,
        Some(at(
            "Meanwhile, President Emmanuel Macron",
            "President Emmanuel Macron",
        )),
        None,
        Some(MACRON),
        None,
    ),
    // 002
    Case {
        article: 2,
        speaker: Some(at(
            "French Defense Minister Sebastien Lecornu held",
            "French Defense Minister Sebastien Lecornu",
        )),
        via: Some(at("Le Monde reported", "Le Monde")),
        cue: Some("reported"),
        expect_speaker: Some(LECORNU),
        expect_via: Some("Le Monde"),
    },
    case(
        2,
        Some(at("Lecornu \"also strongly", "Lecornu")),
        Some(at("Le Monde said", "Le Monde")),
        Some(LECORNU),
        Some("Le Monde"),
    ),
    case(
        2,
        Some(at(
            "Russian state news agency TASS claimed",
            "Russian state news agency TASS",
        )),
        None,
        Some("TASS"),
        None,
    ),
    case(
        2,
        Some(at("Lecornu \"tried", "Lecornu")),
        Some(at("TASS claimed.", "TASS")),
        Some(LECORNU),
        Some("TASS"),
    ),
    case(
        2,
        Some(at("\"Shoigu stressed", "Shoigu")),
        Some(at("TASS said", "TASS")),
        Some(SHOIGU),
        Some("TASS"),
    ),
    case(
        2,
        Some(at(
            "French President Emmanuel Macron said on March 25",
            "French President Emmanuel Macron",
        )),
        None,
        Some(MACRON),
        None,
    ),
    case(
        2,
        Some(at("Shoigu made allegations", "Shoigu")),
        None,
        Some(SHOIGU),
        None,
    ),
    case(
        2,
        Some(at(
            "Mykhailo Podolyak, an advisor",
            "Mykhailo Podolyak, an advisor to the head of Ukraine's President's Office",
        )),
        None,
        Some("Mykhailo Podolyak"),
        None,
    ),
    // 003
    case(
        3,
        Some(at("France denies after", "France")),
        None,
        Some(FRANCE),
        None,
    ),
    case(
        3,
        Some(at("Shortly afterwards, France denied", "France")),
        None,
        Some(FRANCE),
        None,
    ),
    case(
        3,
        Some(at("Lecornu condemned the Islamist", "Lecornu")),
        Some(at(
            "As announced by the Ministry of Defense in Paris",
            "the Ministry of Defense in Paris",
        )),
        Some(LECORNU),
        Some(ARMED_FORCES),
    ),
    case(
        3,
        Some(at("Lecornu insisted", "Lecornu")),
        None,
        Some(LECORNU),
        None,
    ),
    case(
        3,
        Some(at("The minister appealed", "The minister")),
        None,
        Some(LECORNU),
        None,
    ),
    case(
        3,
        Some(at(
            "France's defense minister has also",
            "France's defense minister",
        )),
        Some(at("According to Paris", "Paris")),
        Some(LECORNU),
        Some(FRANCE),
    ),
    case(
        3,
        Some(at("Moscow said Leghorn", "Leghorn")),
        Some(at("Moscow said Leghorn", "Moscow")),
        Some(LECORNU),
        Some(RUSSIA),
    ),
    case(
        3,
        Some(at("Shoigu insisted", "Shoigu")),
        None,
        Some(SHOIGU),
        None,
    ),
    case(
        3,
        Some(at("Shoigu said in Moscow", "Shoigu")),
        None,
        Some(SHOIGU),
        None,
    ),
    case(
        3,
        Some(at(
            "The Russian Defense Ministry also said",
            "The Russian Defense Ministry",
        )),
        None,
        Some(RU_MINISTRY),
        None,
    ),
    case(
        3,
        Some(at(
            "The French Ministry of Defense later",
            "The French Ministry of Defense",
        )),
        None,
        Some(ARMED_FORCES),
        None,
    ),
    case(
        3,
        Some(at(
            "Lecornu's immediate entourage",
            "Lecornu's immediate entourage",
        )),
        None,
        Some(ENTOURAGE),
        None,
    ),
    case(
        3,
        Some(at(
            "The Russian Defense Ministry previously",
            "The Russian Defense Ministry",
        )),
        None,
        Some(RU_MINISTRY),
        None,
    ),
    case(
        3,
        Some(at("Shoigu explained", "Shoigu")),
        None,
        Some(SHOIGU),
        None,
    ),
    // 004
    case(
        4,
        Some(at("telephone talks: Paris", "Paris")),
        None,
        Some(FRANCE),
        None,
    ),
    case(
        4,
        Some(at("Paris said.", "Paris")),
        None,
        Some(FRANCE),
        None,
    ),
    case(
        4,
        Some(at(
            "French Defence Minister Sebastien Lecornu told",
            "French Defence Minister Sebastien Lecornu",
        )),
        Some(at(
            "a French defence ministry statement said",
            "a French defence ministry statement",
        )),
        Some(LECORNU),
        Some(ARMED_FORCES),
    ),
    case(
        4,
        Some(at(
            "Russian President Vladimir Putin has",
            "Russian President Vladimir Putin",
        )),
        None,
        Some("Vladimir Putin"),
        None,
    ),
    case(
        4,
        Some(at("Lecornu said that France", "Lecornu")),
        Some(at("of the attack, the defence", "the defence ministry")),
        Some(LECORNU),
        Some(ARMED_FORCES),
    ),
    case(
        4,
        Some(at("\"The minister also", "The minister")),
        Some(at("the statement said", "the statement")),
        Some(LECORNU),
        Some(ARMED_FORCES),
    ),
    case(
        4,
        Some(at("the statement added", "the statement")),
        None,
        Some(ARMED_FORCES),
        None,
    ),
    case(
        4,
        Some(at(
            "French President Emmanuel Macron said in March",
            "French President Emmanuel Macron",
        )),
        None,
        Some(MACRON),
        None,
    ),
];

/// The byte range of `a` in `text`; white space in the anchor and phrase
/// matches any run of white space (hard-wrapped text, no-break spaces).
fn locate(text: &str, a: At) -> std::ops::Range<usize> {
    let base = find_ws(text, 0, a.anchor)
        .unwrap_or_else(|| panic!("anchor {:?} not found", a.anchor))
        .start;
    find_ws(text, base, a.phrase)
        .unwrap_or_else(|| panic!("phrase {:?} not after {:?}", a.phrase, a.anchor))
}

/// The first match of `pattern` in `text` from byte `from`, white space
/// matching any white space.
fn find_ws(text: &str, from: usize, pattern: &str) -> Option<std::ops::Range<usize>> {
    let parts: Vec<&str> = pattern.split_whitespace().collect();
    let first = *parts.first()?;
    let mut start = from;
    while let Some(off) = text[start..].find(first) {
        let s = start + off;
        let mut end = s + first.len();
        let ok = parts[1..].iter().all(|p| {
            let rest = &text[end..];
            let ws = rest.len() - rest.trim_start().len();
            if ws == 0 || !rest[ws..].starts_with(p) {
                return false;
            }
            end += ws + p.len();
            true
        });
        if ok {
            return Some(s..end);
        }
        start = s + first.len();
    }
    None
}

/// An attribution of `text` with the given speaker and via phrases.
fn attribution(text: &str, c: &Case) -> Attribution {
    let speaker = c.speaker.map(|a| locate(text, a));
    let via = c.via.map(|a| locate(text, a));
    let here = speaker.clone().or(via.clone()).unwrap_or(0..0);
    let cue = c.cue.and_then(|w| {
        text[here.end..]
            .find(w)
            .map(|o| here.end + o..here.end + o + w.len())
    });
    Attribution {
        kind: StatementKind::Reported,
        direct: false,
        content: here.clone(),
        cue,
        speaker: speaker.map(|range| Mention { range }),
        via: via.map(|range| Mention { range }),
        sentence: here,
    }
}

/// Parses the texts and resolves `cases` (attributions of article
/// `case.article`), returning the resolution and, per case, its position in
/// its article's attribution list.
fn run(texts: &[&'static str], cases: &[Case]) -> (Vec<Article<'static>>, Resolved, Vec<usize>) {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| article::parse(["a", "b", "c", "d", "e", "f"][i % 6], t))
        .collect();
    let mut per: Vec<Vec<Attribution>> = vec![Vec::new(); articles.len()];
    let mut index = Vec::new();
    for c in cases {
        index.push(per[c.article].len());
        per[c.article].push(attribution(texts[c.article], c));
    }
    let resolved = speaker::resolve(&articles, &per);
    (articles, resolved, index)
}

fn bundled_texts() -> Vec<&'static str> {
    bundled::ARTICLES.iter().map(|s| s.text).collect()
}

fn name_of(r: &Resolved, id: Option<usize>) -> Option<&str> {
    id.map(|i| r.speakers[i].name.as_str())
}

fn speaker_named<'r>(r: &'r Resolved, name: &str) -> &'r Speaker {
    r.speakers
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no speaker {name:?} in {:#?}", r.speakers))
}

/// Checks every case; returns (right, total) over speaker and via mentions
/// and the list of failures.
fn score(cases: &[Case], texts: &[&'static str]) -> (usize, usize, Vec<String>, Resolved) {
    let (_, r, index) = run(texts, cases);
    let (mut right, mut total, mut failures) = (0, 0, Vec::new());
    for (c, &k) in cases.iter().zip(&index) {
        let link = r.links[c.article][k];
        for (what, got, want, phrase) in [
            ("speaker", link.speaker, c.expect_speaker, c.speaker),
            ("via", link.via, c.expect_via, c.via),
        ] {
            if phrase.is_none() && want.is_none() {
                continue;
            }
            total += 1;
            if name_of(&r, got) == want {
                right += 1;
            } else {
                failures.push(format!(
                    "article {} {what} {:?}: got {:?}, want {want:?}",
                    c.article,
                    phrase.map(|p| p.phrase),
                    name_of(&r, got)
                ));
            }
        }
    }
    (right, total, failures, r)
}

#[test]
fn resolution_figures() {
    let (right, total, failures, r) = score(BUNDLED, &bundled_texts());
    println!("speaker/via mentions resolved right: {right}/{total}");
    for s in &r.speakers {
        println!(
            "  {:?} {:?} role={:?} aliases={:?}",
            s.kind, s.name, s.role, s.aliases
        );
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn one_speaker_per_entity_across_articles() {
    let (_, r, _) = run(&bundled_texts(), BUNDLED);
    let mut names: Vec<&str> = r.speakers.iter().map(|s| s.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "duplicate speaker names: {names:?}");
    for (i, s) in r.speakers.iter().enumerate() {
        assert_eq!(s.id, i);
    }
}

#[test]
fn person_aliases_kind_and_role() {
    let (_, r, _) = run(&bundled_texts(), BUNDLED);
    let lecornu = speaker_named(&r, LECORNU);
    assert_eq!(lecornu.kind, SpeakerKind::Person);
    assert_eq!(lecornu.role.as_deref(), Some("Defense Minister"));
    for alias in [
        "Lecornu",
        "Sebastien Lecornu",
        "Leghorn",
        "He",
        "The minister",
    ] {
        assert!(
            lecornu.aliases.iter().any(|a| a == alias),
            "{alias:?} not in {:?}",
            lecornu.aliases
        );
    }
    let shoigu = speaker_named(&r, SHOIGU);
    for alias in ["Sergey Shoigu", "Shoigu"] {
        assert!(shoigu.aliases.iter().any(|a| a == alias), "{alias:?}");
    }
    assert_eq!(shoigu.kind, SpeakerKind::Person);
    let podolyak = speaker_named(&r, "Mykhailo Podolyak");
    assert_eq!(
        podolyak.role.as_deref(),
        Some("advisor to the head of Ukraine's President's Office")
    );
    let macron = speaker_named(&r, MACRON);
    assert_eq!(macron.role.as_deref(), Some("President"));
}

#[test]
fn ministries_merge_by_country_and_portfolio_but_not_across() {
    let (_, r, _) = run(&bundled_texts(), BUNDLED);
    let armed = speaker_named(&r, ARMED_FORCES);
    assert_eq!(armed.kind, SpeakerKind::Organisation);
    for alias in [
        "French Defense Ministry",
        "Ministry of Defense in Paris",
        "French Ministry of Defense",
        "a French defence ministry statement",
        "the communiqué",
    ] {
        assert!(
            armed.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias)),
            "{alias:?} not in {:?}",
            armed.aliases
        );
    }
    let foreign = speaker_named(&r, FOREIGN_AFFAIRS);
    assert_ne!(foreign.id, armed.id);
    let russian = speaker_named(&r, RU_MINISTRY);
    assert_ne!(russian.id, armed.id);
}

#[test]
fn media_and_governments() {
    let (_, r, _) = run(&bundled_texts(), BUNDLED);
    let tass = speaker_named(&r, "TASS");
    assert_eq!(tass.kind, SpeakerKind::Media);
    assert!(tass
        .aliases
        .iter()
        .any(|a| a == "Russian state news agency TASS"));
    assert_eq!(speaker_named(&r, "Le Monde").kind, SpeakerKind::Media);
    let france = speaker_named(&r, FRANCE);
    assert_eq!(france.kind, SpeakerKind::Government);
    assert!(france.aliases.iter().any(|a| a == "Paris"));
    assert!(france.aliases.iter().any(|a| a == "France"));
    let russia = speaker_named(&r, RUSSIA);
    assert!(russia.aliases.iter().any(|a| a == "Moscow"));
}

#[test]
fn the_kremlin_and_unresolvable_mentions() {
    let texts = bundled_texts();
    let cases = [
        case(
            2,
            Some(at("the Kremlin is attempting", "the Kremlin")),
            None,
            Some(RUSSIA),
            None,
        ),
        // Several people: not one speaker.
        case(
            2,
            Some(at("The two ministers", "The two ministers")),
            None,
            None,
            None,
        ),
        // No spokesperson was ever named.
        case(
            4,
            Some(at("The French leader", "The French leader")),
            None,
            Some(MACRON),
            None,
        ),
        case(4, Some(at("He kept up", "He")), None, Some(MACRON), None),
    ];
    let (right, total, failures, _) = score(&cases, &texts);
    assert_eq!((right, total), (4, 4), "{failures:#?}");
}

#[test]
fn pronouns_never_cross_articles() {
    // "He" opens article 001's quote; if article 000 were the only context
    // it would still resolve, but only from 001's own mentions.
    let texts = ["Talks held\n\nThe weather was cold.", bundled_texts()[1]];
    let cases = [
        case(0, Some(at("The weather", "The weather")), None, None, None),
        case(
            1,
            Some(at("“He confirmed", "He")),
            None,
            Some("Sébastien Lecornu"),
            None,
        ),
    ];
    let (right, total, failures, _) = score(&cases, &texts);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
    // A pronoun with no person before it in its own article stays unresolved.
    let texts = ["Call\n\nHe said the call went well.", bundled_texts()[1]];
    let cases = [case(0, Some(at("He said", "He")), None, None, None)];
    let (right, total, failures, _) = score(&cases, &texts);
    assert_eq!((right, total), (1, 1), "{failures:#?}");
}

const BRITISH: &str = "Sunak defends plan\n\n\
Prime Minister Rishi Sunak defended the plan on Tuesday. \"We will not back down,\" the Prime Minister said.\n\n\
Downing Street said the policy would stand. Home Secretary Suella Braverman met Mr Sunak later. \"The law is clear,\" she said.\n\n\
Mrs Braverman then met Mr Sunak again. He said the talks were useful, according to a government spokesman.\n\n\
Labour leader Keir Starmer said the plan was \"unworkable\". Starmer told the BBC that he would scrap it.";

const AMERICAN: &str = "Blinken in Kyiv\n\n\
Secretary of State Antony Blinken arrived in Kyiv on Wednesday. The secretary told reporters that aid would continue.\n\n\
The White House said the visit had been planned for weeks. Blinken, who met President Volodymyr Zelenskyy, said: \"We are with you.\" \
The Ukrainian leader thanked him, his office said.";

#[test]
fn british_politics() {
    let cases = [
        case(
            0,
            Some(at("the Prime Minister said", "the Prime Minister")),
            None,
            Some("Rishi Sunak"),
            None,
        ),
        case(
            0,
            Some(at("Downing Street said", "Downing Street")),
            None,
            Some("Government of the United Kingdom"),
            None,
        ),
        case(
            0,
            Some(at("\"The law is clear,\" she", "she")),
            None,
            Some("Suella Braverman"),
            None,
        ),
        // "Mrs Braverman" is female: "He" is Mr Sunak.
        case(
            0,
            Some(at("He said the talks", "He")),
            None,
            Some("Rishi Sunak"),
            None,
        ),
        case(
            0,
            Some(at("Starmer told", "Starmer")),
            None,
            Some("Keir Starmer"),
            None,
        ),
        case(
            0,
            Some(at("Starmer told", "the BBC")),
            None,
            Some("BBC"),
            None,
        ),
        // Indefinite: someone new and unnamed, not the Prime Minister.
        case(
            0,
            Some(at("according to a government", "a government spokesman")),
            None,
            None,
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[BRITISH]);
    assert_eq!((right, total), (7, 7), "{failures:#?}");
    assert_eq!(
        speaker_named(&r, "Rishi Sunak").role.as_deref(),
        Some("Prime Minister")
    );
    assert_eq!(
        speaker_named(&r, "Suella Braverman").role.as_deref(),
        Some("Home Secretary")
    );
    assert_eq!(
        speaker_named(&r, "Keir Starmer").role.as_deref(),
        Some("Labour leader")
    );
}

#[test]
fn american_politics() {
    let cases = [
        case(
            0,
            Some(at("The secretary told", "The secretary")),
            None,
            Some("Antony Blinken"),
            None,
        ),
        case(
            0,
            Some(at("The White House said", "The White House")),
            None,
            Some("Government of the United States"),
            None,
        ),
        case(
            0,
            Some(at("Blinken, who met", "Blinken")),
            None,
            Some("Antony Blinken"),
            None,
        ),
        case(
            0,
            Some(at("The Ukrainian leader", "The Ukrainian leader")),
            None,
            Some("Volodymyr Zelenskyy"),
            None,
        ),
        // "his office": a circle with no named owner in the phrase stays
        // unresolved rather than guessed.
        case(
            0,
            Some(at("his office said", "his office")),
            None,
            None,
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[AMERICAN]);
    assert_eq!((right, total), (5, 5), "{failures:#?}");
    assert_eq!(
        speaker_named(&r, "Antony Blinken").role.as_deref(),
        Some("Secretary of State")
    );
}

#[test]
fn names_merge_across_spelling_variants() {
    let a = "One\n\nUkrainian adviser Mykhaylo Podoliak said talks failed.";
    let b = "Two\n\nMykhailo Podolyak, an adviser to the presidential office, said more.";
    let cases = [
        case(
            0,
            Some(at("Mykhaylo Podoliak said", "Mykhaylo Podoliak")),
            None,
            Some("Mykhaylo Podoliak"),
            None,
        ),
        case(
            1,
            Some(at("Mykhailo Podolyak,", "Mykhailo Podolyak")),
            None,
            Some("Mykhaylo Podoliak"),
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[a, b]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
    assert_eq!(r.speakers.len(), 1);
}

#[test]
fn a_one_off_sound_alike_needs_a_person_in_its_article() {
    // "Leghorn" in an article that never mentions anyone called L..., with
    // Lecornu only in another article: left alone.
    let a = "One\n\nFrench Defence Minister Sebastien Lecornu spoke.";
    let b = "Two\n\nMoscow said Leghorn tried to convince the Russian side.";
    let cases = [
        case(
            0,
            Some(at("Sebastien Lecornu", "Sebastien Lecornu")),
            None,
            Some("Sebastien Lecornu"),
            None,
        ),
        case(
            1,
            Some(at("Leghorn", "Leghorn")),
            None,
            Some("Leghorn"),
            None,
        ),
    ];
    let (right, total, failures, _) = score(&cases, &[a, b]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
}

#[test]
// The reversed range is the point: a buggy upstream range must not panic.
#[allow(clippy::reversed_empty_ranges)]
fn narration_goes_to_the_outlet_and_bad_ranges_do_not_panic() {
    let text = "Headline\n\nSomething happened.";
    let mut a = article::parse("x.txt", text);
    a.outlet = Some("Daily Example".into());
    let narration = Attribution {
        kind: StatementKind::Narration,
        direct: false,
        content: 10..text.len(),
        cue: None,
        speaker: None,
        via: None,
        sentence: 10..text.len(),
    };
    let broken = Attribution {
        kind: StatementKind::Reported,
        speaker: Some(Mention { range: 5..900 }),
        via: Some(Mention { range: 3..1 }),
        ..narration.clone()
    };
    let r = speaker::resolve(&[a], &[vec![narration, broken]]);
    let outlet = &r.speakers[r.links[0][0].speaker.unwrap()];
    assert_eq!(
        (outlet.name.as_str(), outlet.kind),
        ("Daily Example", SpeakerKind::Media)
    );
    assert_eq!(r.links[0][1], speaker::Link::default());
}

/// Attributions over arbitrary ranges of `text` (snapped to char
/// boundaries), one per pair of numbers.
fn arbitrary_attributions(text: &str, cuts: &[(usize, usize)]) -> Vec<Attribution> {
    let snap = |mut i: usize| {
        i %= text.len() + 1;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    cuts.iter()
        .map(|&(a, b)| {
            let (a, b) = (snap(a), snap(b));
            let r = a.min(b)..a.max(b);
            Attribution {
                kind: StatementKind::Reported,
                direct: false,
                content: r.clone(),
                cue: None,
                speaker: Some(Mention { range: r.clone() }),
                via: Some(Mention {
                    range: r.start..r.start,
                }),
                sentence: r,
            }
        })
        .collect()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    #[test]
    fn any_input_resolves_without_panic(
        text in "(\\PC|[A-Z][a-z]+ |the |He |'s |, |\\. |\\n)*",
        cuts in proptest::collection::vec((0usize..400, 0usize..400), 0..8),
    ) {
        let a = article::parse("p.txt", &text);
        let found = arbitrary_attributions(&text, &cuts);
        let r = speaker::resolve(&[a], std::slice::from_ref(&found));
        proptest::prop_assert_eq!(r.links.len(), 1);
        proptest::prop_assert_eq!(r.links[0].len(), found.len());
        for link in &r.links[0] {
            for id in [link.speaker, link.via].into_iter().flatten() {
                proptest::prop_assert!(id < r.speakers.len());
            }
        }
        for (i, s) in r.speakers.iter().enumerate() {
            proptest::prop_assert_eq!(s.id, i);
            proptest::prop_assert!(!s.name.is_empty());
        }
    }
}

#[test]
fn pathological_input_stays_fast() {
    // 20,000 distinct capitalised names and titles on one line, and as many
    // pronoun and description mentions: must stay near linear.
    let mut text = String::from("Headline\n\n");
    for i in 0..20_000 {
        let name = format!("Minister Zq{i}x Wy{i}v said the ministry and he spoke. ");
        text.push_str(&name);
    }
    let a = article::parse("big.txt", &text);
    let mut found = Vec::new();
    for (at, _) in text.match_indices(" he ") {
        found.push(Attribution {
            kind: StatementKind::Reported,
            direct: false,
            content: at + 1..at + 3,
            cue: None,
            speaker: Some(Mention {
                range: at + 1..at + 3,
            }),
            via: None,
            sentence: at + 1..at + 3,
        });
    }
    let start = std::time::Instant::now();
    let r = speaker::resolve(&[a], &[found]);
    let took = start.elapsed();
    // Quadratic work would take minutes here; linear takes seconds.
    assert!(took.as_secs() < 60, "took {took:?}");
    assert!(r.links[0].iter().all(|l| l.speaker.is_some()));
}

#[test]
fn family_name_first_with_a_title() {
    let text = "Summit\n\nChinese President Xi Jinping met the delegation. \
President Xi said ties were strong. Xi added that trade would grow.";
    let cases = [
        case(
            0,
            Some(at(
                "Chinese President Xi Jinping",
                "Chinese President Xi Jinping",
            )),
            None,
            Some("Xi Jinping"),
            None,
        ),
        case(
            0,
            Some(at("President Xi said", "President Xi")),
            None,
            Some("Xi Jinping"),
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[text]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
    assert_eq!(
        speaker_named(&r, "Xi Jinping").role.as_deref(),
        Some("President")
    );
}

#[test]
fn the_outlet_and_mentions_of_it_are_one_speaker() {
    let text = "Report\n\nAs reported by NEWS.UA, officials met. Officials met again.";
    let mut a = article::parse("x.txt", text);
    a.outlet = Some("NEWS.UA".into());
    let via = text.find("NEWS.UA").unwrap();
    let sentence = text.find("Officials met again").unwrap();
    let reported = Attribution {
        kind: StatementKind::Reported,
        direct: false,
        content: via..via + 7,
        cue: None,
        speaker: None,
        via: Some(Mention {
            range: via..via + 7,
        }),
        sentence: via..via + 7,
    };
    let narration = Attribution {
        kind: StatementKind::Narration,
        speaker: None,
        via: None,
        content: sentence..text.len(),
        sentence: sentence..text.len(),
        ..reported.clone()
    };
    let r = speaker::resolve(&[a], &[vec![reported, narration]]);
    assert_eq!(r.links[0][0].via, r.links[0][1].speaker);
    assert_eq!(r.speakers.len(), 1);
    assert_eq!(r.speakers[0].kind, SpeakerKind::Media);
}

const WIRE: &str = "Kremlin rejects claims\n\n\
MOSCOW, March 4 (Wire) - Russia's foreign ministry said on Monday that the talks were over. \
Kremlin spokesman Dmitry Peskov told reporters the claims were false. \"There is nothing to discuss,\" the spokesperson added.\n\n\
A spokesperson for the US State Department said Washington was watching. \
German Chancellor Olaf Scholz urged calm, and Scholz's office said he would call Moscow. \
The PM's office was not available.";

#[test]
fn wire_copy() {
    let cases = [
        case(
            0,
            Some(at(
                "Russia's foreign ministry said",
                "Russia's foreign ministry",
            )),
            None,
            Some("Russia's foreign ministry"),
            None,
        ),
        case(
            0,
            Some(at(
                "Kremlin spokesman Dmitry Peskov",
                "Kremlin spokesman Dmitry Peskov",
            )),
            None,
            Some("Dmitry Peskov"),
            None,
        ),
        // "spokesman" and "spokesperson" are the same title.
        case(
            0,
            Some(at("the spokesperson added", "the spokesperson")),
            None,
            Some("Dmitry Peskov"),
            None,
        ),
        case(
            0,
            Some(at(
                "the US State Department said",
                "the US State Department",
            )),
            None,
            Some("US State Department"),
            None,
        ),
        case(
            0,
            Some(at("Scholz's office said", "Scholz's office")),
            None,
            Some("Olaf Scholz's office"),
            None,
        ),
        case(
            0,
            Some(at("Washington was watching", "Washington")),
            None,
            Some("Government of the United States"),
            None,
        ),
        // No prime minister is named in this story.
        case(0, Some(at("The PM's office", "The PM")), None, None, None),
    ];
    let (right, total, failures, r) = score(&cases, &[WIRE]);
    assert_eq!((right, total), (7, 7), "{failures:#?}");
    assert_eq!(
        speaker_named(&r, "Dmitry Peskov").role.as_deref(),
        Some("Kremlin spokesman")
    );
    assert_eq!(
        speaker_named(&r, "Olaf Scholz's office").kind,
        SpeakerKind::Organisation
    );
    assert_eq!(
        speaker_named(&r, "Russia's foreign ministry").kind,
        SpeakerKind::Organisation
    );
}

#[test]
fn definite_descriptions_pick_up_indefinite_ones_do_not() {
    let text = "Plan\n\nGovernment spokesman Max Blain said the plan was on track. \
Later a spokesman said it was dead. The spokesman then said it was alive.";
    let cases = [
        case(
            0,
            Some(at("Later a spokesman", "a spokesman")),
            None,
            None,
            None,
        ),
        case(
            0,
            Some(at("The spokesman then", "The spokesman")),
            None,
            Some("Max Blain"),
            None,
        ),
    ];
    let (right, total, failures, _) = score(&cases, &[text]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
}

#[test]
fn particles_and_transcripts() {
    let text = "Interview\n\nHost Jane Doe spoke with European Commission President \
Ursula von der Leyen.\n\nDOE: Will you act?\n\nVON DER LEYEN: We will.\n\n\
Von der Leyen later said the plan stood. Doe said it would not.";
    let cases = [
        case(0, Some(at("DOE:", "DOE")), None, Some("Jane Doe"), None),
        case(
            0,
            Some(at("Von der Leyen later", "Von der Leyen")),
            None,
            Some("Ursula von der Leyen"),
            None,
        ),
        case(0, Some(at("Doe said", "Doe")), None, Some("Jane Doe"), None),
    ];
    let (right, total, failures, r) = score(&cases, &[text]);
    assert_eq!((right, total), (3, 3), "{failures:#?}");
    assert_eq!(
        speaker_named(&r, "Ursula von der Leyen").role.as_deref(),
        Some("European Commission President")
    );
}

#[test]
fn a_shared_surname_goes_to_the_person_of_the_same_article() {
    let a = "One\n\nPolice chief John Smith said the road was closed. Smith said more.";
    let b = "Two\n\nEconomist Anna Smith said prices rose. Smith added that wages lagged.";
    let cases = [
        case(
            0,
            Some(at("Smith said more", "Smith")),
            None,
            Some("John Smith"),
            None,
        ),
        case(
            1,
            Some(at("Smith added", "Smith")),
            None,
            Some("Anna Smith"),
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[a, b]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
    assert_eq!(
        speaker_named(&r, "Anna Smith").role.as_deref(),
        Some("Economist")
    );
}

#[test]
fn two_speakers_in_one_phrase_are_not_one_speaker() {
    let text = "Talks\n\nMinister Jean Dupont and Minister Sergei Ivanov said talks would go on. \
Dupont said more.";
    let cases = [
        case(
            0,
            Some(at(
                "Minister Jean Dupont and",
                "Minister Jean Dupont and Minister Sergei Ivanov",
            )),
            None,
            None,
            None,
        ),
        case(
            0,
            Some(at("Dupont said more", "Dupont")),
            None,
            Some("Jean Dupont"),
            None,
        ),
    ];
    let (right, total, failures, _) = score(&cases, &[text]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
}

#[test]
fn a_body_or_person_after_the_title_is_part_of_the_role() {
    let text = "Border\n\nPolish Prime Minister Donald Tusk spoke. \
A spokeswoman for the European Commission said Brussels was watching. \
An adviser to Donald Tusk said the talks were over.";
    let cases = [
        // An unnamed spokeswoman speaks for the body: not "European", not
        // Tusk.
        case(
            0,
            Some(at(
                "A spokeswoman for",
                "A spokeswoman for the European Commission",
            )),
            None,
            Some("European Commission"),
            None,
        ),
        case(
            0,
            Some(at("An adviser to", "An adviser to Donald Tusk")),
            None,
            None,
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[text]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
    assert_eq!(r.speakers.len(), 1, "{:?}", r.speakers);
}

#[test]
fn the_company_is_the_latest_company_named() {
    // A legal form ("Ltd") or line of business ("Plastics") in a name, or
    // premises ("the Baltrow plant"), make it a company; "the company" and
    // "the firm" pick up the latest one, never a person in between.
    let a = "Blaze\n\nFire gutted the Norvex Plastics Ltd. warehouse. Norvex Plastics denied \
wrongdoing. Worker Ann Lee said the doors were locked. The company said they were open. \
Later the firm said it would pay.";
    let b = "Strike\n\nWorkers at the Baltrow plant walked out on Friday. Union leader Tom Reed \
spoke to them. The company said talks would resume.";
    let cases = [
        case(
            0,
            Some(at("The company said", "The company")),
            None,
            Some("Norvex Plastics"),
            None,
        ),
        case(
            0,
            Some(at("the firm said", "the firm")),
            None,
            Some("Norvex Plastics"),
            None,
        ),
        case(
            1,
            Some(at("The company said", "The company")),
            None,
            Some("Baltrow"),
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[a, b]);
    assert_eq!((right, total), (3, 3), "{failures:#?}");
    assert_eq!(
        speaker_named(&r, "Norvex Plastics").kind,
        SpeakerKind::Organisation
    );
}

#[test]
fn a_description_may_announce_the_name_that_follows() {
    let text = "Docks\n\nThe union said the strike would go ahead. Tom Reed, of the Harbour \
Dockers Union, said pay had fallen for years. The union later said it would talk.";
    let cases = [
        case(
            0,
            Some(at("The union said", "The union")),
            None,
            Some("Harbour Dockers Union"),
            None,
        ),
        case(
            0,
            Some(at("The union later", "The union")),
            None,
            Some("Harbour Dockers Union"),
            None,
        ),
    ];
    let (right, total, failures, _) = score(&cases, &[text]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
}

#[test]
fn the_agency_and_the_newspaper_are_the_latest_outlet() {
    let text = "Talks\n\nTalks stalled, the news agency Tidewire reported. The agency quoted an \
aide as saying the deal was dead. The newspaper added that a vote was due.";
    let cases = [
        case(
            0,
            Some(at("The agency quoted", "The agency")),
            None,
            Some("Tidewire"),
            None,
        ),
        case(
            0,
            Some(at("The newspaper added", "The newspaper")),
            None,
            Some("Tidewire"),
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[text]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
    assert_eq!(speaker_named(&r, "Tidewire").kind, SpeakerKind::Media);
}

#[test]
fn unnamed_spokespeople_speak_for_their_body() {
    let text = "Dykes\n\nThe Norvex Plastics factory closed. A company spokesman said it \
would reopen. A Dutch government spokesperson said inspectors were on site. A spokeswoman \
for the Harbour Authority said ships were waiting. Dutch officials said more. A spokesman \
said nothing.";
    let cases = [
        case(
            0,
            Some(at("A company spokesman", "A company spokesman")),
            None,
            Some("Norvex Plastics"),
            None,
        ),
        case(
            0,
            Some(at("A Dutch government", "A Dutch government spokesperson")),
            None,
            Some("Government of the Netherlands"),
            None,
        ),
        case(
            0,
            Some(at(
                "A spokeswoman for",
                "A spokeswoman for the Harbour Authority",
            )),
            None,
            Some("Harbour Authority"),
            None,
        ),
        // Officials of a country speak for its government.
        case(
            0,
            Some(at("Dutch officials said", "Dutch officials")),
            None,
            Some("Government of the Netherlands"),
            None,
        ),
        // No body: someone new and unnamed.
        case(
            0,
            Some(at("A spokesman said nothing", "A spokesman")),
            None,
            None,
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[text]);
    assert_eq!((right, total), (5, 5), "{failures:#?}");
    // The spokesperson's words are not aliases of the body.
    let gov = speaker_named(&r, "Government of the Netherlands");
    assert!(
        gov.aliases.iter().all(|a| !a.contains("spokesperson")),
        "{:?}",
        gov.aliases
    );
}

#[test]
fn ages_make_people_and_age_descriptions_find_them() {
    let text = "Flood\n\nMaria Lopez, 54, lost her shop. \"It was all we had,\" she said. \
Her neighbour Tom Okafor, a 61-year-old, lost his car. The 61-year-old said the \
water came fast. The 54-year-old said she would rebuild.";
    let cases = [
        case(
            0,
            Some(at("she said", "she")),
            None,
            Some("Maria Lopez"),
            None,
        ),
        case(
            0,
            Some(at("The 61-year-old said", "The 61-year-old")),
            None,
            Some("Tom Okafor"),
            None,
        ),
        case(
            0,
            Some(at("The 54-year-old said", "The 54-year-old")),
            None,
            Some("Maria Lopez"),
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[text]);
    assert_eq!((right, total), (3, 3), "{failures:#?}");
    assert_eq!(speaker_named(&r, "Maria Lopez").kind, SpeakerKind::Person);
}

#[test]
fn a_pronoun_takes_the_nearest_fitting_sentence() {
    // The subject of the previous sentence is nearer than the speaker of
    // an attribution two sentences back.
    let text = "Market\n\nPolice chief John Smith said the road was closed. Mr Cole, who runs \
the bakery, was there all night. \"It was chaos,\" he said.";
    let cases = [
        case(
            0,
            Some(at("Police chief", "Police chief John Smith")),
            None,
            Some("John Smith"),
            None,
        ),
        case(0, Some(at("he said", "he")), None, Some("Cole"), None),
    ];
    let (right, total, failures, _) = score(&cases, &[text]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
}

#[test]
fn bare_bodies_plural_subjects_and_informal_titles() {
    let text = "Crash\n\nTwo cars collided, police said. Police said later that one driver \
died. Both governments confirmed the talks. Opposition health critic Jane Roe said the \
road was unsafe. Union boss Sam Hill said the same.";
    let cases = [
        // One body, however it is capitalised.
        case(
            0,
            Some(at("collided, police", "police")),
            None,
            Some("Police"),
            None,
        ),
        case(
            0,
            Some(at("Police said later", "Police")),
            None,
            Some("Police"),
            None,
        ),
        case(
            0,
            Some(at("Both governments", "Both governments")),
            None,
            None,
            None,
        ),
        case(
            0,
            Some(at("Opposition health", "Opposition health critic Jane Roe")),
            None,
            Some("Jane Roe"),
            None,
        ),
        case(
            0,
            Some(at("Union boss", "Union boss Sam Hill")),
            None,
            Some("Sam Hill"),
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[text]);
    assert_eq!((right, total), (5, 5), "{failures:#?}");
    assert_eq!(speaker_named(&r, "Sam Hill").kind, SpeakerKind::Person);
}

#[test]
fn a_statement_from_a_body_and_and_inside_a_name() {
    // "and" after "Department for ..." joins one name; "a statement from
    // X" is X's; a bare "a statement" names no one.
    let text = "Ports\n\nThe Harbour Authority spoke first. Later the Department for Transport \
and Maritime Affairs said ships were late, the wire reported, citing a statement from the \
department. A separate body said more, quoting a statement.";
    let cases = [
        case(
            0,
            Some(at("citing a statement", "a statement")),
            None,
            Some("Department for Transport and Maritime Affairs"),
            None,
        ),
        case(
            0,
            Some(at("quoting a statement", "a statement")),
            None,
            None,
            None,
        ),
    ];
    let (right, total, failures, _) = score(&cases, &[text]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
}

#[test]
fn a_newspaper_named_with_and_without_its_city() {
    let a = "Budget\n\nThe Toronto Beacon newspaper reported that the budget was late.";
    let b = "Budget\n\nThe budget was late, the Beacon reported.";
    let cases = [
        case(
            0,
            Some(at("The Toronto Beacon", "The Toronto Beacon newspaper")),
            None,
            Some("Toronto Beacon"),
            None,
        ),
        case(
            1,
            Some(at("the Beacon reported", "the Beacon")),
            None,
            Some("Toronto Beacon"),
            None,
        ),
    ];
    let (right, total, failures, r) = score(&cases, &[a, b]);
    assert_eq!((right, total), (2, 2), "{failures:#?}");
    assert_eq!(speaker_named(&r, "Toronto Beacon").kind, SpeakerKind::Media);
}

/// The speakers of a one-article sheet: (name, role) each.
fn sheet_speakers(text: &str) -> Vec<(String, Option<String>)> {
    let sheet = factsheet::build(&[factsheet::Source {
        name: "a.txt",
        text,
    }])
    .expect("a sheet");
    assert!(
        sheet.statements.iter().all(|s| s.speaker.is_some()),
        "{:?}",
        sheet.statements
    );
    sheet
        .speakers
        .into_iter()
        .map(|s| (s.name, s.role))
        .collect()
}

#[test]
fn religious_and_sporting_titles_are_roles_not_part_of_the_name() {
    // A title the lexicon did not know was read as a first name ("Rabbi
    // Ephraim Marcus"), which split the person into three speakers.
    let speakers = sheet_speakers(
        "Faith leaders meet\n\nChief Rabbi Ephraim Marcus said the meeting was \"a step forward\". \
         Ephraim Marcus told reporters that more talks would follow. Marcus added that he was \
         hopeful. Coach Gareth Hollins told reporters the team was ready.\n",
    );
    assert_eq!(
        speakers,
        [
            (
                "Ephraim Marcus".to_string(),
                Some("Chief Rabbi".to_string())
            ),
            ("Gareth Hollins".to_string(), Some("Coach".to_string())),
        ]
    );
}

#[test]
fn surnames_that_are_also_titles_stay_names() {
    let speakers = sheet_speakers(
        "Talks\n\nForeign Minister Julia Bishop said the talks were \"useful\". Bishop added \
         that more would follow. Dean Carter, a local farmer, said the rain was late.\n",
    );
    assert_eq!(
        speakers[0],
        (
            "Julia Bishop".to_string(),
            Some("Foreign Minister".to_string())
        )
    );
    assert_eq!(speakers[1].0, "Dean Carter");
    assert_eq!(speakers.len(), 2, "{speakers:?}");
}
