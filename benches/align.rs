//! Alignment time for 10, 100 and 1,000 articles' worth of statements.
//!
//! The statements are generated from the hand-built statements of the five
//! bundled articles (`tests/fixtures`): each article is a varied copy of one
//! of them, in one of many stories (20 articles per story). A story renames
//! the proper names and shifts the figures; each copy swaps two neighbouring
//! words, changes a figure and moves the speakers, so no text is repeated
//! verbatim. Prints the median time of `claim::align` and of
//! `conflict::detect` per size, and fails unless the time per statement
//! stays near constant (growth close to linear).
//!
//! Run: `cargo bench --bench align`.

#[path = "../tests/fixtures/mod.rs"]
mod fixtures;

use std::time::{Duration, Instant};

use factsheet::model::Statement;
use factsheet::{claim, conflict};

/// Articles per generated story.
const STORY: usize = 20;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Letters naming story `n` ("qb", "qc", ...), appended to proper names.
fn tag(n: usize) -> String {
    let mut s = String::from("q");
    let mut n = n + 1;
    while n > 0 {
        s.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
    }
    s
}

/// One varied copy of `text` for `story`.
fn vary(text: &str, story: usize, rng: &mut Rng) -> String {
    let mut words: Vec<String> = text
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let upper = w.chars().next().is_some_and(char::is_uppercase);
            if let Ok(n) = w.trim_end_matches([',', '.']).parse::<u32>() {
                let shifted = if (1900..2100).contains(&n) {
                    n
                } else {
                    n + (story % 7) as u32 + if rng.below(4) == 0 { 1 } else { 0 }
                };
                format!("{shifted}{}", &w[w.trim_end_matches([',', '.']).len()..])
            } else if upper && i > 0 {
                let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                format!("{core}{}{}", tag(story), &w[core.len()..])
            } else {
                w.to_string()
            }
        })
        .collect();
    if words.len() > 3 {
        let i = 1 + rng.below(words.len() - 2);
        words.swap(i, i - 1);
    }
    words.join(" ")
}

/// Statements of `articles` generated articles.
fn generate(articles: usize) -> Vec<Statement> {
    let (base, _) = fixtures::bundle();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::new();
    for a in 0..articles {
        let story = a / STORY;
        let source = a % 5;
        for s in base.iter().filter(|s| s.article == source) {
            let mut t = s.clone();
            t.id = out.len();
            t.article = a;
            t.speaker = s.speaker.map(|x| x + story * 20 + rng.below(2) * (x % 3));
            t.via = s.via.map(|x| x + story * 20);
            t.text = vary(&s.text, story, &mut rng);
            out.push(t);
        }
    }
    out
}

/// Median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    println!("articles  statements  claims    align      detect     align/stmt");
    let mut per_statement = Vec::new();
    for articles in [10, 100, 1000] {
        let statements = generate(articles);
        let runs = if articles >= 1000 { 5 } else { 11 };
        let mut claims = claim::align(&statements);
        let count = claims.len();
        let align = median(runs, || {
            std::hint::black_box(claim::align(std::hint::black_box(&statements)));
        });
        let detect = median(runs, || {
            let mut c = claims.clone();
            std::hint::black_box(conflict::detect(&statements, &mut c));
        });
        let _ = conflict::detect(&statements, &mut claims);
        let each = align.as_secs_f64() / statements.len() as f64;
        per_statement.push(each);
        println!(
            "{articles:>8}  {:>10}  {count:>6}  {:>8.2} ms  {:>8.2} ms  {:>7.2} µs",
            statements.len(),
            align.as_secs_f64() * 1e3,
            detect.as_secs_f64() * 1e3,
            each * 1e6,
        );
        if articles == 1000 {
            assert!(
                align < Duration::from_millis(500),
                "1,000 articles took {align:?} to align"
            );
        }
    }
    // Near-linear: the time per statement at 1,000 articles is at most three
    // times that at 100 (quadratic growth would make it ten times).
    let growth = per_statement[2] / per_statement[1];
    println!("growth of time per statement, 100 → 1,000 articles: ×{growth:.2}");
    assert!(
        growth < 3.0,
        "alignment grows faster than linearly: ×{growth:.2}"
    );
}
