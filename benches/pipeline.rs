//! Speed and scale of the whole pipeline, natively (`cargo bench`; also run
//! by `scripts/bench.sh`, which then times the same workload in wasm).
//!
//! Prints:
//! - throughput in MB/s of article text for `build` (and `build` + JSON) on
//!   the bundled articles and on a generated bundle of 100 articles;
//! - for bundles of 10, 100 and 1,000 generated articles, the time and the
//!   peak heap memory (a counting global allocator), and checks that ten
//!   times the articles cost at most twelve times the time (exit status 1
//!   otherwise).
//!
//! The generated articles combine and vary the real bundled text: paragraphs
//! shuffled across articles, capitalised names swapped, numbers changed.
//!
//! `--dump DIR` also writes the workloads as `[{ name, text }]` JSON files
//! for the wasm benchmarks (`scripts/bench-wasm.mjs`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use factsheet::{build, bundled, Source};

/// The system allocator, counting live and peak bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = System.realloc(p, layout, new_size);
        if !q.is_null() {
            if new_size > layout.size() {
                let now =
                    LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A small deterministic PRNG (xorshift64*), so every run sees the same bundles.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Blank-line separated blocks of `text`, trimmed, non-empty.
fn blocks(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .collect()
}

/// `count` articles made from the bundled ones: each takes the head of one
/// real article, then paragraphs drawn from all of them, with capitalised
/// names swapped for others of the corpus and numbers changed.
fn generate(count: usize, seed: u64) -> Vec<(String, String)> {
    let per_article: Vec<Vec<&str>> = bundled::ARTICLES.iter().map(|a| blocks(a.text)).collect();
    let pool: Vec<&str> = per_article
        .iter()
        .flat_map(|b| b.iter().skip(1).copied())
        .collect();
    let mut names: Vec<&str> = bundled::ARTICLES
        .iter()
        .flat_map(|a| a.text.split(|c: char| !c.is_alphabetic()))
        .filter(|w| {
            w.len() >= 4
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut rng = Rng(seed | 1);
    (0..count)
        .map(|i| {
            let head = per_article[i % per_article.len()][0];
            let mut parts = vec![head.to_string()];
            for _ in 0..4 + rng.below(8) {
                parts.push(pool[rng.below(pool.len())].to_string());
            }
            let text = vary(&parts.join("\n\n"), &names, &mut rng);
            (format!("gen_{i:05}.txt"), text)
        })
        .collect()
}

/// Swaps about a third of the capitalised names and changes every number.
fn vary(text: &str, names: &[&str], rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, rng: &mut Rng| {
        if word.is_empty() {
            return;
        }
        if word.bytes().all(|b| b.is_ascii_digit()) {
            let first = if word.len() > 1 {
                1 + rng.below(9)
            } else {
                rng.below(10)
            };
            out.push(char::from(b'0' + first as u8));
            for _ in 1..word.len() {
                out.push(char::from(b'0' + rng.below(10) as u8));
            }
        } else if names.binary_search(&word.as_str()).is_ok() && rng.below(3) == 0 {
            out.push_str(names[rng.below(names.len())]);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            if !word.is_empty()
                && word.chars().next().is_some_and(|w| w.is_ascii_digit()) != c.is_ascii_digit()
            {
                flush(&mut word, &mut out, rng);
            }
            word.push(c);
        } else {
            flush(&mut word, &mut out, rng);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, rng);
    out
}

fn sources(bundle: &[(String, String)]) -> Vec<Source<'_>> {
    bundle
        .iter()
        .map(|(name, text)| Source { name, text })
        .collect()
}

fn bytes(sources: &[Source]) -> usize {
    sources.iter().map(|s| s.text.len()).sum()
}

/// CPU time of this thread: what the pipeline cost, whatever else the
/// machine is doing (the wall clock is reported beside it).
fn cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Runs `f` repeatedly for at least `budget` (and at least 3 times); returns
/// the fastest run in CPU time and the peak heap growth over the live heap
/// before it.
fn measure(budget: Duration, mut f: impl FnMut()) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut peak = 0;
    let started = Instant::now();
    let mut runs = 0;
    while runs < 3 || started.elapsed() < budget {
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let t = cpu_time();
        f();
        best = best.min(cpu_time() - t);
        peak = peak.max(PEAK.load(Relaxed) - base);
        runs += 1;
    }
    (best, peak)
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

/// Where the time goes: each public stage timed on its own.
fn stages(workload: &[Source], budget: Duration) {
    use factsheet::{article, attribution, sentence, speaker};
    let size = bytes(workload);
    let articles: Vec<_> = workload
        .iter()
        .map(|s| article::parse(s.name, s.text))
        .collect();
    let sentences: Vec<_> = articles.iter().map(sentence::sentences).collect();
    let found: Vec<_> = articles
        .iter()
        .zip(&sentences)
        .map(|(a, s)| attribution::extract(a, s))
        .collect();
    let (total, _) = measure(budget, || {
        std::hint::black_box(build(workload).unwrap());
    });
    let timed: [(&str, Duration); 4] = [
        (
            "article::parse",
            measure(budget, || {
                for s in workload {
                    std::hint::black_box(article::parse(s.name, s.text));
                }
            })
            .0,
        ),
        (
            "sentence::sentences",
            measure(budget, || {
                for a in &articles {
                    std::hint::black_box(sentence::sentences(a));
                }
            })
            .0,
        ),
        (
            "attribution::extract",
            measure(budget, || {
                for (a, s) in articles.iter().zip(&sentences) {
                    std::hint::black_box(attribution::extract(a, s));
                }
            })
            .0,
        ),
        (
            "speaker::resolve",
            measure(budget, || {
                std::hint::black_box(speaker::resolve(&articles, &found));
            })
            .0,
        ),
    ];
    let mut rest = total;
    for (stage, t) in timed {
        rest = rest.saturating_sub(t);
        println!(
            "  {stage:<22} {:>8.2} ms {:>8.1} MB/s",
            t.as_secs_f64() * 1e3,
            mb_per_s(size, t)
        );
    }
    println!(
        "  {:<22} {:>8.2} ms (claims, conflicts, assembly)",
        "the rest",
        rest.as_secs_f64() * 1e3
    );
}

fn write_json(dir: &str, file: &str, bundle: &[Source]) {
    #[derive(serde::Serialize)]
    struct Article<'a> {
        name: &'a str,
        text: &'a str,
    }
    let list: Vec<Article> = bundle
        .iter()
        .map(|s| Article {
            name: s.name,
            text: s.text,
        })
        .collect();
    std::fs::create_dir_all(dir).expect("create the dump directory");
    let path = format!("{dir}/{file}");
    std::fs::write(&path, serde_json::to_vec(&list).unwrap()).expect("write a workload");
    println!("wrote {path}");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let budget = Duration::from_millis(1500);

    let bundle100 = generate(100, 100);
    let workloads: [(&str, Vec<Source>); 2] = [
        ("bundled (5 articles)", bundled::ARTICLES.to_vec()),
        ("generated (100 articles)", sources(&bundle100)),
    ];
    println!(
        "factsheet pipeline, native ({} build)",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    println!("\nthroughput (fastest of repeated runs, thread CPU time)");
    let mut slowest = f64::MAX;
    for (label, workload) in &workloads {
        let size = bytes(workload);
        let (t, _) = measure(budget, || {
            std::hint::black_box(build(std::hint::black_box(workload)).unwrap());
        });
        let (tj, _) = measure(budget, || {
            let sheet = build(std::hint::black_box(workload)).unwrap();
            std::hint::black_box(serde_json::to_string(&sheet).unwrap());
        });
        slowest = slowest.min(mb_per_s(size, t));
        println!(
            "  {label:<26} {:>8.1} KB  build {:>7.2} ms {:>7.1} MB/s   build+JSON {:>7.2} ms {:>7.1} MB/s",
            size as f64 / 1e3,
            t.as_secs_f64() * 1e3,
            mb_per_s(size, t),
            tj.as_secs_f64() * 1e3,
            mb_per_s(size, tj)
        );
    }

    println!("\nstages on the generated 100 articles (CPU time)");
    stages(&workloads[1].1, budget);

    println!("\nscale (fastest run, CPU time; peak heap above the live heap before the run)");
    let mut times = Vec::new();
    let mut bundles = Vec::new();
    for n in [10usize, 100, 1000] {
        let bundle = generate(n, n as u64);
        let workload = sources(&bundle);
        let size = bytes(&workload);
        let (t, peak) = measure(budget, || {
            std::hint::black_box(build(std::hint::black_box(&workload)).unwrap());
        });
        println!(
            "  {n:>5} articles {:>9.1} KB  {:>9.2} ms  {:>7.1} MB/s  peak heap {:>8.1} MB",
            size as f64 / 1e3,
            t.as_secs_f64() * 1e3,
            mb_per_s(size, t),
            peak as f64 / 1e6
        );
        times.push((n, size, t));
        bundles.push((n, bundle));
    }
    let mut ok = true;
    for pair in times.windows(2) {
        let (n0, b0, t0) = pair[0];
        let (n1, b1, t1) = pair[1];
        // Time per byte, so that the bundles' slightly different sizes don't count.
        let ratio = (t1.as_secs_f64() / b1 as f64) / (t0.as_secs_f64() / b0 as f64)
            * (n1 as f64 / n0 as f64);
        let verdict = if ratio <= 12.0 {
            "ok"
        } else {
            ok = false;
            "TOO SLOW"
        };
        println!("  {n0} -> {n1} articles: {ratio:.1}x the time for 10x the articles (limit 12x) {verdict}");
    }
    println!(
        "\nnative throughput target 20 MB/s: slowest {slowest:.1} MB/s {}",
        if slowest >= 20.0 {
            "ok"
        } else {
            "BELOW TARGET"
        }
    );

    if let Some(dir) = dump {
        write_json(&dir, "bundled.json", bundled::ARTICLES);
        write_json(&dir, "generated-100.json", &sources(&bundle100));
        for (n, bundle) in &bundles {
            write_json(&dir, &format!("generated-{n}.json"), &sources(bundle));
        }
    }
    if !ok || slowest < 20.0 {
        std::process::exit(1);
    }
}
