//! Measures attribution against the hand-written gold in `tests/gold/`.
//!
//! Run with `cargo test --test eval -- --nocapture` to see the table.
//!
//! # Gold
//! `tests/gold/<article file stem>.json` lists every attributed statement of
//! one bundled article (narration is not listed): `speaker` and `via` are
//! canonical entity names from `tests/gold/entities.json` (`via` may be
//! null), `text` is the content as it should read, `direct` says whether it
//! is a verbatim quotation of the speaker. Optional `aliases` and
//! `via_aliases` name other canonical entities that are also accepted for
//! that one statement (where the article itself is ambiguous, e.g. "Paris"
//! standing for the ministry or for the government).
//!
//! # Matching
//! Per article, predicted statements are the sheet's statements of kind
//! `quote` or `reported`. Text similarity is the F1 of the two bags of words
//! (`text::words` over `text::fold`: accents, case and typographic quotes
//! folded). Pairs with F1 ≥ 0.6 are matched one-to-one, greedily, best F1
//! first. Precision = matched / predicted, recall = matched / gold.
//!
//! # Speaker and via correctness
//! Every canonical entity of `entities.json` has keys: its name and its
//! aliases, each as a folded word sequence. The *reading* of a string is the
//! entity with the longest key that occurs in the string's folded words as a
//! contiguous run of whole words ("French Defence Minister Sebastien Lecornu"
//! reads as "Sébastien Lecornu"; "Lecornu's immediate entourage" reads as the
//! entourage, not as Lecornu, because "lecornu's" is not the word "lecornu").
//! A predicted speaker is right when the reading of its canonical `name` is
//! the gold entity (or one of the statement's accepted `aliases`); when its
//! name reads as no entity at all, it is right when at least one of its
//! `aliases` reads as an accepted entity and none reads as another entity.
//! A missing predicted speaker is wrong. `via` is scored the same way, and a
//! null gold `via` is right only when no via was predicted.
//! Speaker, via and direct accuracy are over matched pairs.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest, files, timing

use std::collections::BTreeMap;

use factsheet::text::{fold, words};
use factsheet::{build, bundled, FactSheet, Speaker, StatementKind};
use serde::Deserialize;

const GOLD_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold");
const MIN_F1: f64 = 0.6;

#[derive(Debug, Deserialize)]
struct GoldFile {
    article: String,
    statements: Vec<GoldStatement>,
}

#[derive(Debug, Deserialize)]
struct GoldStatement {
    speaker: String,
    #[serde(default)]
    aliases: Vec<String>,
    via: Option<String>,
    #[serde(default)]
    via_aliases: Vec<String>,
    text: String,
    direct: bool,
}

/// Canonical entities and their keys (folded word sequences).
struct Registry {
    keys: Vec<(String, Vec<String>)>,
}

impl Registry {
    fn load() -> Registry {
        let raw = std::fs::read_to_string(format!("{GOLD_DIR}/entities.json")).unwrap();
        let map: BTreeMap<String, serde_json::Value> = serde_json::from_str(&raw).unwrap();
        let mut keys = Vec::new();
        for (name, aliases) in map {
            if name.starts_with('_') {
                continue;
            }
            keys.push((name.clone(), folded_words(&name)));
            for a in aliases.as_array().expect("aliases are a list") {
                keys.push((name.clone(), folded_words(a.as_str().unwrap())));
            }
        }
        Registry { keys }
    }

    fn has(&self, entity: &str) -> bool {
        self.keys.iter().any(|(e, _)| e == entity)
    }

    /// The entity whose longest key occurs in `s` as whole words.
    fn reading(&self, s: &str) -> Option<&str> {
        let w = folded_words(s);
        self.keys
            .iter()
            .filter(|(_, k)| !k.is_empty() && w.windows(k.len()).any(|win| win == k.as_slice()))
            .max_by_key(|(_, k)| k.len())
            .map(|(e, _)| e.as_str())
    }

    /// Whether `speaker` is one of the `accepted` entities (see the module doc).
    fn is_right(&self, speaker: &Speaker, accepted: &[&str]) -> bool {
        if let Some(r) = self.reading(&speaker.name) {
            return accepted.contains(&r);
        }
        let readings: Vec<&str> = speaker
            .aliases
            .iter()
            .filter_map(|a| self.reading(a))
            .collect();
        !readings.is_empty() && readings.iter().all(|r| accepted.contains(r))
    }
}

fn folded_words(s: &str) -> Vec<String> {
    let f = fold(s);
    words(&f).map(|w| w.text.to_string()).collect()
}

/// F1 of the two bags of folded words.
fn f1(a: &str, b: &str) -> f64 {
    let (a, b) = (folded_words(a), folded_words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut bag: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &b {
        *bag.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in &a {
        if let Some(n) = bag.get_mut(w.as_str()) {
            if *n > 0 {
                *n -= 1;
                common += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

#[derive(Default, Clone, Copy)]
struct Row {
    gold: usize,
    predicted: usize,
    matched: usize,
    speaker_right: usize,
    via_right: usize,
    direct_right: usize,
}

impl Row {
    fn add(&mut self, o: Row) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
        self.speaker_right += o.speaker_right;
        self.via_right += o.via_right;
        self.direct_right += o.direct_right;
    }
    fn ratio(n: usize, d: usize) -> f64 {
        if d == 0 {
            1.0
        } else {
            n as f64 / d as f64
        }
    }
    fn precision(&self) -> f64 {
        Row::ratio(self.matched, self.predicted)
    }
    fn recall(&self) -> f64 {
        Row::ratio(self.matched, self.gold)
    }
    fn speaker(&self) -> f64 {
        Row::ratio(self.speaker_right, self.matched)
    }
    fn via(&self) -> f64 {
        Row::ratio(self.via_right, self.matched)
    }
    fn direct(&self) -> f64 {
        Row::ratio(self.direct_right, self.matched)
    }
}

struct Report {
    rows: Vec<(String, Row)>,
    total: Row,
}

fn name_of(sheet: &FactSheet, id: Option<usize>) -> String {
    id.and_then(|i| sheet.speakers.get(i))
        .map_or("-".to_string(), |s| s.name.clone())
}

fn evaluate() -> Report {
    let registry = Registry::load();
    let sheet = build(bundled::ARTICLES).expect("bundled articles build");
    let mut rows = Vec::new();
    let mut total = Row::default();
    for article in &sheet.articles {
        let stem = article.file.trim_end_matches(".txt");
        let raw = std::fs::read_to_string(format!("{GOLD_DIR}/{stem}.json"))
            .unwrap_or_else(|e| panic!("gold for {stem}: {e}"));
        let gold: GoldFile = serde_json::from_str(&raw).unwrap();
        assert_eq!(gold.article, article.file);
        for g in &gold.statements {
            for e in std::iter::once(&g.speaker)
                .chain(&g.aliases)
                .chain(&g.via)
                .chain(&g.via_aliases)
            {
                assert!(registry.has(e), "{stem}: unknown gold entity {e:?}");
            }
        }
        let predicted: Vec<_> = sheet
            .statements
            .iter()
            .filter(|s| s.article == article.id && s.kind != StatementKind::Narration)
            .collect();

        let mut pairs = Vec::new();
        for (gi, g) in gold.statements.iter().enumerate() {
            for (pi, p) in predicted.iter().enumerate() {
                let score = f1(&g.text, &p.text);
                if score >= MIN_F1 {
                    pairs.push((score, gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut gold_match = vec![None; gold.statements.len()];
        let mut pred_used = vec![false; predicted.len()];
        for (_, gi, pi) in pairs {
            if gold_match[gi].is_none() && !pred_used[pi] {
                gold_match[gi] = Some(pi);
                pred_used[pi] = true;
            }
        }

        let mut row = Row {
            gold: gold.statements.len(),
            predicted: predicted.len(),
            ..Row::default()
        };
        println!("\n== {stem}");
        for (g, m) in gold.statements.iter().zip(&gold_match) {
            let Some(pi) = *m else {
                println!("  MISS  [{}] {}", g.speaker, g.text);
                continue;
            };
            let p = predicted[pi];
            row.matched += 1;
            let mut accepted: Vec<&str> = vec![g.speaker.as_str()];
            accepted.extend(g.aliases.iter().map(String::as_str));
            let speaker_ok = p
                .speaker
                .and_then(|i| sheet.speakers.get(i))
                .is_some_and(|s| registry.is_right(s, &accepted));
            let via_ok = match (&g.via, p.via.and_then(|i| sheet.speakers.get(i))) {
                (None, None) => true,
                (Some(v), Some(s)) => {
                    let mut accepted: Vec<&str> = vec![v.as_str()];
                    accepted.extend(g.via_aliases.iter().map(String::as_str));
                    registry.is_right(s, &accepted)
                }
                _ => false,
            };
            row.speaker_right += usize::from(speaker_ok);
            row.via_right += usize::from(via_ok);
            row.direct_right += usize::from(g.direct == p.direct);
            if !speaker_ok || !via_ok {
                println!(
                    "  WHO   gold [{} via {:?}] got [{} via {}] {}",
                    g.speaker,
                    g.via,
                    name_of(&sheet, p.speaker),
                    name_of(&sheet, p.via),
                    p.text
                );
            }
        }
        for (p, used) in predicted.iter().zip(&pred_used) {
            if !used {
                println!(
                    "  EXTRA [{} via {}] {}",
                    name_of(&sheet, p.speaker),
                    name_of(&sheet, p.via),
                    p.text
                );
            }
        }
        total.add(row);
        rows.push((stem.to_string(), row));
    }
    let report = Report { rows, total };
    print_table(&report);
    report
}

fn print_table(report: &Report) {
    println!(
        "\n{:<22} {:>5} {:>5} {:>7} {:>9} {:>6} {:>7} {:>5} {:>6}",
        "article", "gold", "pred", "matched", "precision", "recall", "speaker", "via", "direct"
    );
    let line = |name: &str, r: &Row| {
        println!(
            "{:<22} {:>5} {:>5} {:>7} {:>9.3} {:>6.3} {:>7.3} {:>5.3} {:>6.3}",
            name,
            r.gold,
            r.predicted,
            r.matched,
            r.precision(),
            r.recall(),
            r.speaker(),
            r.via(),
            r.direct()
        )
    };
    for (name, r) in &report.rows {
        line(name, r);
    }
    line("TOTAL", &report.total);
}

#[test]
fn text_precision_and_recall_at_least_090() {
    let r = evaluate();
    assert!(
        r.total.precision() >= 0.90,
        "precision {:.3} < 0.90",
        r.total.precision()
    );
    assert!(
        r.total.recall() >= 0.90,
        "recall {:.3} < 0.90",
        r.total.recall()
    );
}

/// Speakers must be resolved to the right canonical entity.
#[test]
fn speaker_accuracy_at_least_090() {
    let r = evaluate();
    assert!(
        r.total.speaker() >= 0.90,
        "speaker accuracy {:.3} < 0.90",
        r.total.speaker()
    );
}

/// Relays (`via`) must be resolved to the right canonical entity.
#[test]
fn via_accuracy_at_least_090() {
    let r = evaluate();
    assert!(
        r.total.via() >= 0.90,
        "via accuracy {:.3} < 0.90",
        r.total.via()
    );
}

#[test]
fn scoring_helpers_behave() {
    assert!((f1("France has no information", "france has no information.") - 1.0).abs() < 1e-9);
    assert_eq!(f1("", "a"), 0.0);
    let reg = Registry::load();
    assert_eq!(
        reg.reading("French Defence Minister Sebastien Lecornu"),
        Some("Sébastien Lecornu")
    );
    assert_eq!(
        reg.reading("Lecornu's immediate entourage"),
        Some("Sébastien Lecornu's entourage")
    );
    assert_eq!(
        reg.reading("the Ministry of Defense in Paris"),
        Some("French Ministry of the Armed Forces")
    );
    assert_eq!(reg.reading("the communiqué"), None);
    let sp = |name: &str, aliases: &[&str]| Speaker {
        id: 0,
        name: name.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        kind: factsheet::SpeakerKind::Unknown,
        role: None,
    };
    assert!(reg.is_right(&sp("Sébastien Lecornu", &["he"]), &["Sébastien Lecornu"]));
    assert!(!reg.is_right(
        &sp("the communiqué", &[]),
        &["French Ministry of the Armed Forces"]
    ));
    assert!(reg.is_right(
        &sp("the communiqué", &["French Defense Ministry"]),
        &["French Ministry of the Armed Forces"]
    ));
    assert!(!reg.is_right(&sp("Sergei Shoigu", &["Lecornu"]), &["Sébastien Lecornu"]));
}
