//! The whole pipeline on any bundle: the input bytes are split into up to
//! four articles at NUL-free separators (0xFF never occurs in UTF-8), each
//! decoded lossily; `build` must not panic, its spans must lie inside their
//! articles, and the same input must give the same sheet.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let texts: Vec<String> = data
        .split(|&b| b == 0xFF)
        .take(4)
        .map(|part| String::from_utf8_lossy(part).into_owned())
        .collect();
    let names: Vec<String> = (0..texts.len()).map(|i| format!("{i}.txt")).collect();
    let sources: Vec<factsheet::Source> = names
        .iter()
        .zip(&texts)
        .map(|(name, text)| factsheet::Source { name, text })
        .collect();
    let Ok(sheet) = factsheet::build(&sources) else {
        return;
    };
    for st in &sheet.statements {
        let text = &texts[st.article];
        for span in [st.span, st.context] {
            assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
    let again = factsheet::build(&sources).expect("built once, builds again");
    assert!(sheet == again, "the same input gave a different sheet");
});
