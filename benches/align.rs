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
//! Run: `cargo bench --bench align` (the release profile: opt-level 3,
//! LTO).

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

/// CPU time this thread has run, where the system tells it (Linux), so
/// that timings hold on a busy machine; wall-clock time otherwise.
fn cpu_now() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Median of `runs` timings of `f`, each the mean of `batch` calls (so that
/// short runs are long enough to time): (CPU time, wall time).
fn median(runs: usize, batch: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut cpu = Vec::new();
    let mut wall = Vec::new();
    let batch = batch.max(1);
    for _ in 0..runs {
        let (c0, w0) = (cpu_now(), Instant::now());
        for _ in 0..batch {
            f();
        }
        let w = w0.elapsed() / batch as u32;
        wall.push(w);
        cpu.push(match (c0, cpu_now()) {
            (Some(a), Some(b)) => b.saturating_sub(a) / batch as u32,
            _ => w,
        });
    }
    cpu.sort();
    wall.sort();
    (cpu[runs / 2], wall[runs / 2])
}

fn main() {
    println!("CPU time (wall time in brackets), median of several runs");
    println!(
        "articles  statements  claims  align                   detect                  align/stmt"
    );
    let mut per_statement = Vec::new();
    for articles in [10, 100, 1000] {
        let statements = generate(articles);
        let runs = if articles >= 1000 { 5 } else { 11 };
        let mut claims = claim::align(&statements);
        let count = claims.len();
        let batch = 1000 / articles;
        let (align, align_wall) = median(runs, batch, || {
            std::hint::black_box(claim::align(std::hint::black_box(&statements)));
        });
        let (detect, detect_wall) = median(runs, batch, || {
            let mut c = claims.clone();
            std::hint::black_box(conflict::detect(&statements, &mut c));
        });
        let _ = conflict::detect(&statements, &mut claims);
        let each = align.as_secs_f64() / statements.len() as f64;
        per_statement.push(each);
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "{articles:>8}  {:>10}  {count:>6}  {:>8.2} ms ({:>8.2} ms)  {:>8.2} ms ({:>8.2} ms)  {:>6.2} µs",
            statements.len(),
            ms(align),
            ms(align_wall),
            ms(detect),
            ms(detect_wall),
            each * 1e6,
        );
        if articles == 1000 {
            assert!(
                align < Duration::from_millis(500),
                "1,000 articles took {align:?} of CPU time to align"
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
