//! `factsheet`: the command-line front end over the same core as the widget.
//!
//! ```text
//! factsheet [--format json|markdown] [FILE ...]
//! ```
//! With no FILE it reads the bundled articles. `.html`/`.htm` files are turned
//! into text first. Unusable input: a message on stderr and exit status 1.

use std::process::ExitCode;

use factsheet::{bundled, export, html, Source};

const USAGE: &str = "usage: factsheet [--format json|markdown] [FILE ...]\n\
With no FILE, reads the bundled articles.";

enum Format {
    Json,
    Markdown,
}

fn run(args: &[String]) -> Result<String, String> {
    let mut format = Format::Json;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            "--format" | "-f" => {
                format = match it.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("markdown" | "md") => Format::Markdown,
                    Some(other) => {
                        return Err(format!("unknown format '{other}': use json or markdown"))
                    }
                    None => return Err("--format needs a value: json or markdown".into()),
                }
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option '{flag}'\n{USAGE}"))
            }
            file => files.push(file.to_string()),
        }
    }

    let mut texts = Vec::with_capacity(files.len());
    for path in &files {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "{path}: not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
                e.utf8_error().valid_up_to()
            )
        })?;
        let lower = path.to_ascii_lowercase();
        let text = if lower.ends_with(".html") || lower.ends_with(".htm") {
            html::to_text(&text)
        } else {
            text
        };
        let name = std::path::Path::new(path)
            .file_name()
            .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
        texts.push((name, text));
    }
    let sources: Vec<Source> = if files.is_empty() {
        bundled::ARTICLES.to_vec()
    } else {
        texts
            .iter()
            .map(|(name, text)| Source { name, text })
            .collect()
    };

    let sheet = factsheet::build(&sources).map_err(|e| e.to_string())?;
    Ok(match format {
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&sheet).map_err(|e| e.to_string())?;
            json.push('\n');
            json
        }
        Format::Markdown => export::markdown(&sheet),
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`factsheet | head`) is not an error worth a panic.
            let _ = stdout.write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("factsheet: {message}");
            ExitCode::FAILURE
        }
    }
}
