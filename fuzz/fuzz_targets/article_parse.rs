//! The article parser on any UTF-8 text: no panic, and its ranges keep the
//! contract (inside the text, on char boundaries, paragraphs in order).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let a = factsheet::article::parse("fuzz.txt", text);
    let ok = |r: &std::ops::Range<usize>| {
        r.start <= r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    let mut last = 0;
    for p in &a.paragraphs {
        assert!(ok(&p.range), "paragraph {:?}", p.range);
        assert!(p.range.start >= last, "paragraphs out of order");
        last = p.range.end;
    }
    for (_, d) in &a.dropped {
        assert!(ok(d), "dropped {d:?}");
    }
    if let Some(t) = &a.title {
        assert!(ok(t), "title {t:?}");
    }
    let _ = factsheet::sentence::sentences(&a);
});
