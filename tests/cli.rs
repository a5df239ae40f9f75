//! The `factsheet` binary as a shell user meets it: exit status 0 with the
//! sheet on stdout, or exit status 1 with one clear message on stderr and
//! nothing on stdout.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

/// A scratch directory of this test process, emptied first.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factsheet-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factsheet"))
        .args(args)
        .output()
        .expect("run factsheet")
}

/// Runs and expects failure: exit status 1, nothing on stdout, and the
/// message on stderr, which it returns.
fn fails(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "factsheet {args:?} should exit 1"
    );
    assert!(out.stdout.is_empty(), "nothing on stdout when failing");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("factsheet: "),
        "message names the program: {err:?}"
    );
    assert!(
        err.lines().count() <= 3,
        "one short message (and the usage): {err:?}"
    );
    err
}

fn succeeds(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "factsheet {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn help_prints_usage_and_succeeds() {
    let out = succeeds(&["--help"]);
    assert!(
        out.starts_with("usage: factsheet [--format json|markdown] [FILE ...]"),
        "{out}"
    );
}

#[test]
fn unknown_flag_is_an_error_with_usage() {
    let err = fails(&["--frobnicate"]);
    assert!(err.contains("unknown option '--frobnicate'"), "{err}");
    assert!(err.contains("usage: factsheet"), "{err}");
}

#[test]
fn bad_format_values_are_errors() {
    assert!(fails(&["--format", "xml"]).contains("unknown format 'xml'"));
    assert!(fails(&["--format"]).contains("--format needs a value"));
}

#[test]
fn missing_file_is_an_error_naming_it() {
    let err = fails(&["no/such/article.txt"]);
    assert!(err.contains("no/such/article.txt: cannot read"), "{err}");
}

#[test]
fn invalid_utf8_is_an_error_with_the_offset() {
    let dir = scratch("utf8");
    let path = write(
        &dir,
        "latin1.txt",
        b"Caf\xe9 talks\n\nThe minister said no.",
    );
    let err = fails(&[&path]);
    assert!(
        err.contains("latin1.txt: not UTF-8 text (invalid byte at offset 3)"),
        "{err}"
    );
}

#[test]
fn empty_and_blank_files_are_errors_naming_them() {
    let dir = scratch("empty");
    let empty = write(&dir, "empty.txt", b"");
    let err = fails(&[&empty]);
    assert!(err.contains("empty.txt: the article has no text"), "{err}");
    let blank = write(&dir, "blank.txt", b" \r\n\t\n  ");
    assert!(fails(&[&blank]).contains("blank.txt: the article has no text"));
}

#[test]
fn binary_file_is_an_error() {
    let dir = scratch("binary");
    // A PNG signature and header: NUL bytes, but valid UTF-8 up to them.
    let png = write(&dir, "photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert!(fails(&[&png]).contains("photo.txt: not UTF-8 text"));
    let nul = write(&dir, "nul.txt", b"Headline\n\0\0\0\x01\x02 body");
    assert!(fails(&[&nul]).contains("nul.txt: this is not plain text"));
}

#[test]
fn one_bad_file_fails_the_whole_run() {
    let dir = scratch("mixed");
    let good = write(
        &dir,
        "good.txt",
        b"Talks\n\n\"We are ready,\" the minister said.",
    );
    let bad = write(&dir, "bad.txt", b"");
    assert!(fails(&[&good, &bad]).contains("bad.txt"));
}

#[test]
fn html_input_is_read_as_text() {
    let dir = scratch("html");
    let page = write(
        &dir,
        "page.HTML",
        b"<!doctype html><html><head><title>t</title></head><body>\
          <h1>Talks resume</h1>\
          <p>\"We are ready to talk,\" the <b>minister</b> said.</p>\
          <p>Officials met on Monday.</p></body></html>",
    );
    let out = succeeds(&["--format", "json", &page]);
    let sheet: factsheet::FactSheet = serde_json::from_str(&out).unwrap();
    assert_eq!(sheet.articles[0].file, "page.HTML");
    assert!(
        !sheet.statements.is_empty(),
        "the paragraphs give statements"
    );
    for st in &sheet.statements {
        assert!(
            !st.text.contains('<') && !st.text.contains('>'),
            "markup in {:?}",
            st.text
        );
    }
    assert!(sheet
        .statements
        .iter()
        .any(|s| s.text.contains("ready to talk")));
}

#[test]
fn markdown_and_json_formats() {
    let md = succeeds(&["--format", "markdown"]);
    assert!(md.starts_with("# Who said what\n"), "{md}");
    let md_short = succeeds(&["-f", "md"]);
    assert_eq!(md, md_short);
    let json = succeeds(&[]);
    assert_eq!(json, succeeds(&["--format", "json"]), "JSON is the default");
    assert!(json.ends_with("}\n"));
}

#[test]
fn closed_stdout_is_not_a_crash() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_factsheet"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.code().is_some(), "exited, not killed by a signal");
}
