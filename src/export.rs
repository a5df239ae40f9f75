//! Renderings of a [`FactSheet`] for people and other tools:
//!
//! - [`markdown`]: one section per speaker (the CLI's `--format markdown`);
//! - [`csv`]: one row per statement, RFC 4180 quoting, for spreadsheets;
//! - [`json_ld`]: the attributed statements as schema.org `Quotation`s, for
//!   search engines and fact-check tools.
//!
//! Every function takes any sheet, including one handed back by JavaScript
//! with ids that point nowhere: such references are left empty, never a panic.

use std::fmt::Write;

use crate::model::{
    ArticleInfo, Claim, ClaimStatus, FactSheet, Speaker, SpeakerKind, Statement, StatementKind,
};

/// The outlet's name, or the file name where the text names no outlet.
fn outlet_name(info: &ArticleInfo) -> &str {
    info.outlet.as_deref().unwrap_or(&info.file)
}

fn article_of<'a>(sheet: &'a FactSheet, s: &Statement) -> Option<&'a ArticleInfo> {
    sheet.articles.get(s.article)
}

fn speaker(sheet: &FactSheet, id: Option<usize>) -> Option<&Speaker> {
    id.and_then(|id| sheet.speakers.get(id))
}

fn kind_word(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Quote => "quote",
        StatementKind::Reported => "reported",
        StatementKind::Narration => "narration",
    }
}

fn status_word(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::MultiSource => "multi-source",
        ClaimStatus::SingleSource => "single-source",
        ClaimStatus::Disputed => "disputed",
    }
}

/// The sheet as Markdown: one section per speaker, each statement with its
/// outlet, then the places where accounts differ.
///
/// ```
/// let sheet = factsheet::build(factsheet::bundled::ARTICLES).unwrap();
/// assert!(factsheet::export::markdown(&sheet).starts_with("# Who said what"));
/// ```
pub fn markdown(sheet: &FactSheet) -> String {
    let mut out = String::from("# Who said what\n\n");
    for speaker in &sheet.speakers {
        let said: Vec<_> = sheet
            .statements
            .iter()
            .filter(|s| s.speaker == Some(speaker.id) && s.kind != StatementKind::Narration)
            .collect();
        if said.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {}\n", speaker.name);
        for s in said {
            let text = if s.direct {
                format!("“{}”", s.text)
            } else {
                s.text.clone()
            };
            let outlet = article_of(sheet, s).map_or("?", outlet_name);
            let _ = writeln!(out, "- {text} — *{outlet}*");
        }
        out.push('\n');
    }
    if !sheet.conflicts.is_empty() {
        out.push_str("## Where accounts differ\n\n");
        for c in &sheet.conflicts {
            let _ = writeln!(out, "- {}", c.note);
        }
        out.push('\n');
    }
    out
}

/// The header row of [`csv`].
pub const CSV_HEADER: &str = "statement,claim,claim_label,claim_status,speaker,speaker_kind,via,\
kind,direct,cue,text,outlet,file,date,start16,end16,conflicts";

/// The sheet as CSV (RFC 4180: comma-separated, CRLF line ends, fields with
/// commas, quotes or line breaks quoted): a header row ([`CSV_HEADER`]), then
/// one row per statement in sheet order, with its claim, speaker, outlet,
/// UTF-16 span and the notes of the conflicts it is part of (joined by
/// ` | `). A field that a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.
///
/// ```
/// let sheet = factsheet::build(factsheet::bundled::ARTICLES).unwrap();
/// let csv = factsheet::export::csv(&sheet);
/// assert_eq!(csv.lines().count(), sheet.statements.len() + 1);
/// ```
pub fn csv(sheet: &FactSheet) -> String {
    let mut claim_of: Vec<Option<&Claim>> = vec![None; sheet.statements.len()];
    for claim in &sheet.claims {
        for &s in &claim.statements {
            if let Some(slot) = claim_of.get_mut(s) {
                slot.get_or_insert(claim);
            }
        }
    }
    let mut notes: Vec<Vec<&str>> = vec![Vec::new(); sheet.statements.len()];
    for conflict in &sheet.conflicts {
        for &s in &conflict.statements {
            if let Some(list) = notes.get_mut(s) {
                list.push(&conflict.note);
            }
        }
    }

    let mut out = String::with_capacity(sheet.statements.len() * 200 + 200);
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for (i, s) in sheet.statements.iter().enumerate() {
        let claim = claim_of.get(i).copied().flatten();
        let who = speaker(sheet, s.speaker);
        let article = article_of(sheet, s);
        let fields: [String; 17] = [
            s.id.to_string(),
            claim.map_or_else(String::new, |c| c.id.to_string()),
            claim.map_or_else(String::new, |c| c.label.clone()),
            claim.map_or_else(String::new, |c| status_word(c.status).to_string()),
            who.map_or_else(String::new, |w| w.name.clone()),
            who.map_or_else(String::new, |w| kind_of_speaker(w.kind).to_string()),
            speaker(sheet, s.via).map_or_else(String::new, |w| w.name.clone()),
            kind_word(s.kind).to_string(),
            s.direct.to_string(),
            s.cue.clone().unwrap_or_default(),
            s.text.clone(),
            article.map_or_else(String::new, |a| outlet_name(a).to_string()),
            article.map_or_else(String::new, |a| a.file.clone()),
            article.and_then(|a| a.date.clone()).unwrap_or_default(),
            s.span.start16.to_string(),
            s.span.end16.to_string(),
            notes.get(i).map_or_else(String::new, |n| n.join(" | ")),
        ];
        for (n, field) in fields.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            push_csv_field(&mut out, field);
        }
        out.push_str("\r\n");
    }
    out
}

fn kind_of_speaker(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Person => "person",
        SpeakerKind::Organisation => "organisation",
        SpeakerKind::Media => "media",
        SpeakerKind::Government => "government",
        _ => "unknown",
    }
}

fn push_csv_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || field.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// A JSON value, written by hand: serde_json's serializer would add
/// about 10 KB to the wasm module for this one export.
enum Json<'a> {
    Str(&'a str),
    Owned(String),
    Obj(Vec<(&'static str, Json<'a>)>),
    List(Vec<Json<'a>>),
}

impl Json<'_> {
    /// Writes the value pretty-printed (two-space indents, as serde_json's
    /// `to_string_pretty` does).
    fn write(&self, out: &mut String, depth: usize) {
        let pad = |out: &mut String, d: usize| {
            out.push('\n');
            for _ in 0..d {
                out.push_str("  ");
            }
        };
        match self {
            Json::Str(s) => push_json_string(out, s),
            Json::Owned(s) => push_json_string(out, s),
            Json::Obj(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    pad(out, depth + 1);
                    push_json_string(out, key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                pad(out, depth);
                out.push('}');
            }
            Json::List(items) if items.is_empty() => out.push_str("[]"),
            Json::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    pad(out, depth + 1);
                    item.write(out, depth + 1);
                }
                pad(out, depth);
                out.push(']');
            }
        }
    }
}

fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn agent(who: &Speaker) -> Json<'_> {
    let kind = match who.kind {
        SpeakerKind::Person => "Person",
        SpeakerKind::Organisation => "Organization",
        SpeakerKind::Media => "NewsMediaOrganization",
        SpeakerKind::Government => "GovernmentOrganization",
        _ => "Thing",
    };
    let mut fields = vec![("@type", Json::Str(kind)), ("name", Json::Str(&who.name))];
    if !who.aliases.is_empty() {
        let names = who.aliases.iter().map(|a| Json::Str(a)).collect();
        fields.push(("alternateName", Json::List(names)));
    }
    if let Some(role) = &who.role {
        fields.push(("jobTitle", Json::Str(role)));
    }
    Json::Obj(fields)
}

fn news_article(a: &ArticleInfo) -> Json<'_> {
    let mut fields = vec![
        ("@type", Json::Str("NewsArticle")),
        ("name", Json::Str(&a.file)),
    ];
    if let Some(title) = &a.title {
        fields.push(("headline", Json::Str(title)));
    }
    if let Some(date) = &a.date {
        fields.push(("datePublished", Json::Str(date)));
    }
    if let Some(outlet) = &a.outlet {
        let publisher = vec![
            ("@type", Json::Str("NewsMediaOrganization")),
            ("name", Json::Str(outlet)),
        ];
        fields.push(("publisher", Json::Obj(publisher)));
    }
    if !a.authors.is_empty() {
        let authors = a.authors.iter().map(|n| Json::Str(n)).collect();
        fields.push(("author", Json::List(authors)));
    }
    Json::Obj(fields)
}

/// The attributed statements (quotes and reported speech; the outlets' own
/// narration is left out) as schema.org JSON-LD: a `@graph` of `Quotation`s,
/// each with its `text`, its `creator` (the speaker, as `Person`,
/// `Organization`, `GovernmentOrganization` or `NewsMediaOrganization`), the
/// `NewsArticle` it `isPartOf`, and a `description` saying whether it is a
/// direct quote or reported speech and who relayed it. `@id`s are
/// `#statement-N` with the statement's id.
///
/// ```
/// let sheet = factsheet::build(factsheet::bundled::ARTICLES).unwrap();
/// assert!(factsheet::export::json_ld(&sheet).contains("\"@type\": \"Quotation\""));
/// ```
pub fn json_ld(sheet: &FactSheet) -> String {
    let graph = sheet
        .statements
        .iter()
        .filter(|s| s.kind != StatementKind::Narration)
        .map(|s| {
            let who = speaker(sheet, s.speaker);
            let mut description = String::from(if s.direct {
                "Direct quote"
            } else {
                "Reported speech (paraphrase)"
            });
            if let Some(who) = who {
                let _ = write!(description, " of {}", who.name);
            }
            if let Some(via) = speaker(sheet, s.via) {
                let _ = write!(description, ", via {}", via.name);
            }
            if let Some(cue) = &s.cue {
                let _ = write!(description, " (“{cue}”)");
            }
            let mut fields = vec![
                ("@type", Json::Str("Quotation")),
                ("@id", Json::Owned(format!("#statement-{}", s.id))),
                ("text", Json::Str(&s.text)),
                ("description", Json::Owned(description)),
            ];
            if let Some(who) = who {
                fields.push(("creator", agent(who)));
            }
            if let Some(a) = article_of(sheet, s) {
                fields.push(("isPartOf", news_article(a)));
            }
            Json::Obj(fields)
        })
        .collect();
    let doc = Json::Obj(vec![
        ("@context", Json::Str("https://schema.org")),
        ("@graph", Json::List(graph)),
    ]);
    let mut out = String::new();
    doc.write(&mut out, 0);
    out.push('\n');
    out
}
