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

/// JSON written as it goes, pretty-printed as serde_json's
/// `to_string_pretty` does (two-space indents): serde_json's serializer
/// would add about 10 KB to the wasm module for this one export, and a tree
/// of values built first cost 1 KB more of wasm than writing straight out.
#[derive(Default)]
struct Pretty {
    out: String,
    depth: usize,
    /// Whether the next member or item is the first of its object or list.
    first: bool,
}

impl Pretty {
    fn line(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Opens an object (`{`) or a list (`[`); neither is ever left empty.
    fn open(&mut self, mark: char) {
        self.out.push(mark);
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self, mark: char) {
        self.depth -= 1;
        self.line();
        self.out.push(mark);
        self.first = false;
    }

    /// Starts the next item of a list.
    fn item(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.line();
    }

    /// Starts the next member of an object: its key and the colon.
    fn key(&mut self, key: &str) {
        self.item();
        push_json_string(&mut self.out, key);
        self.out.push_str(": ");
    }

    fn str(&mut self, s: &str) {
        push_json_string(&mut self.out, s);
    }

    fn member(&mut self, key: &str, value: &str) {
        self.key(key);
        self.str(value);
    }

    /// A list of strings (`[]` when there are none).
    fn strs(&mut self, items: &[String]) {
        if items.is_empty() {
            self.out.push_str("[]");
            return;
        }
        self.open('[');
        for item in items {
            self.item();
            self.str(item);
        }
        self.close(']');
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

fn agent(w: &mut Pretty, who: &Speaker) {
    let kind = match who.kind {
        SpeakerKind::Person => "Person",
        SpeakerKind::Organisation => "Organization",
        SpeakerKind::Media => "NewsMediaOrganization",
        SpeakerKind::Government => "GovernmentOrganization",
        _ => "Thing",
    };
    w.open('{');
    w.member("@type", kind);
    w.member("name", &who.name);
    if !who.aliases.is_empty() {
        w.key("alternateName");
        w.strs(&who.aliases);
    }
    if let Some(role) = &who.role {
        w.member("jobTitle", role);
    }
    w.close('}');
}

fn news_article(w: &mut Pretty, a: &ArticleInfo) {
    w.open('{');
    w.member("@type", "NewsArticle");
    w.member("name", &a.file);
    if let Some(title) = &a.title {
        w.member("headline", title);
    }
    if let Some(date) = &a.date {
        w.member("datePublished", date);
    }
    if let Some(outlet) = &a.outlet {
        w.key("publisher");
        w.open('{');
        w.member("@type", "NewsMediaOrganization");
        w.member("name", outlet);
        w.close('}');
    }
    if !a.authors.is_empty() {
        w.key("author");
        w.strs(&a.authors);
    }
    w.close('}');
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
    let mut w = Pretty::default();
    w.open('{');
    w.member("@context", "https://schema.org");
    w.key("@graph");
    let mut quoted = sheet
        .statements
        .iter()
        .filter(|s| s.kind != StatementKind::Narration)
        .peekable();
    let any = quoted.peek().is_some();
    if any {
        w.open('[');
    } else {
        w.out.push_str("[]");
    }
    for s in quoted {
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
        w.item();
        w.open('{');
        w.member("@type", "Quotation");
        w.member("@id", &format!("#statement-{}", s.id));
        w.member("text", &s.text);
        w.member("description", &description);
        if let Some(who) = who {
            w.key("creator");
            agent(&mut w, who);
        }
        if let Some(a) = article_of(sheet, s) {
            w.key("isPartOf");
            news_article(&mut w, a);
        }
        w.close('}');
    }
    if any {
        w.close(']');
    }
    w.close('}');
    w.out.push('\n');
    w.out
}
