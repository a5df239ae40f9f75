//! The export formats on real sheets: CSV parses back to one row per
//! statement, JSON-LD is valid JSON with one Quotation per attributed
//! statement, and hand-made sheets with dangling ids do not panic.
#![cfg(not(target_arch = "wasm32"))]

use factsheet::export::{csv, json_ld, markdown, CSV_HEADER};
use factsheet::{
    bundled, ArticleInfo, Claim, ClaimStatus, Conflict, ConflictKind, FactSheet, Span, Speaker,
    SpeakerKind, Statement, StatementKind,
};

/// Splits RFC 4180 CSV into records of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "CSV must end with a line end"
    );
    rows
}

fn span(start: usize, end: usize) -> Span {
    Span {
        start,
        end,
        start16: start,
        end16: end,
    }
}

/// A small sheet with every feature the exports render: a person with an
/// alias and role, a relay, a quote with commas and quotes in it, a claim, a
/// conflict, and narration.
fn sample() -> FactSheet {
    let article = |id: usize, outlet: &str| ArticleInfo {
        id,
        file: format!("{id}.txt"),
        outlet: Some(outlet.to_string()),
        title: Some(format!("Headline {id}")),
        date: Some("2024-04-03".into()),
        authors: vec!["A. Writer".into()],
        paragraphs: vec![span(0, 10)],
        dropped: vec![],
    };
    let statement = |id, article, speaker, kind, text: &str| Statement {
        id,
        article,
        speaker,
        via: None,
        kind,
        direct: kind == StatementKind::Quote,
        cue: Some("said".into()),
        mention: None,
        text: text.to_string(),
        span: span(0, text.len()),
        context: span(0, text.len()),
    };
    let mut quote = statement(
        0,
        0,
        Some(0),
        StatementKind::Quote,
        "We said \"no\", twice,\nand meant it",
    );
    quote.via = Some(1);
    FactSheet {
        articles: vec![article(0, "Daily Example"), article(1, "Example Wire")],
        speakers: vec![
            Speaker {
                id: 0,
                name: "Jane Roe".into(),
                aliases: vec!["Roe".into()],
                kind: SpeakerKind::Person,
                role: Some("Foreign Minister".into()),
            },
            Speaker {
                id: 1,
                name: "Example Ministry".into(),
                aliases: vec![],
                kind: SpeakerKind::Government,
                role: None,
            },
        ],
        statements: vec![
            quote,
            statement(
                1,
                1,
                Some(0),
                StatementKind::Reported,
                "=SUM(A1:A2) is not a formula",
            ),
            statement(
                2,
                1,
                None,
                StatementKind::Narration,
                "The talks lasted an hour.",
            ),
        ],
        claims: vec![Claim {
            id: 0,
            label: "Roe refused, twice".into(),
            speaker: Some(0),
            statements: vec![0, 1],
            articles: vec![0, 1],
            status: ClaimStatus::Disputed,
        }],
        conflicts: vec![Conflict {
            kind: ConflictKind::Denial,
            statements: vec![1],
            claims: vec![0],
            note: "Example Wire says she later denied it".into(),
        }],
    }
}

#[test]
fn csv_has_a_header_and_one_row_per_statement_that_parse_back() {
    let sheet = sample();
    let rows = parse_csv(&csv(&sheet));
    assert_eq!(rows[0].join(","), CSV_HEADER);
    assert_eq!(rows.len(), 4);
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let quote = &rows[1];
    assert_eq!(quote[col("text")], "We said \"no\", twice,\nand meant it");
    assert_eq!(quote[col("speaker")], "Jane Roe");
    assert_eq!(quote[col("speaker_kind")], "person");
    assert_eq!(quote[col("via")], "Example Ministry");
    assert_eq!(quote[col("kind")], "quote");
    assert_eq!(quote[col("claim_status")], "disputed");
    assert_eq!(quote[col("outlet")], "Daily Example");
    assert_eq!(quote[col("conflicts")], "");
    let reported = &rows[2];
    assert_eq!(reported[col("text")], "'=SUM(A1:A2) is not a formula");
    assert_eq!(
        reported[col("conflicts")],
        "Example Wire says she later denied it"
    );
    let narration = &rows[3];
    assert_eq!(narration[col("claim")], "");
    assert_eq!(narration[col("speaker")], "");
    assert_eq!(narration[col("kind")], "narration");
}

#[test]
fn csv_of_the_bundled_sheet_has_one_row_per_statement() {
    let sheet = factsheet::build(bundled::ARTICLES).unwrap();
    let rows = parse_csv(&csv(&sheet));
    assert_eq!(rows.len(), sheet.statements.len() + 1);
    for (row, s) in rows[1..].iter().zip(&sheet.statements) {
        assert_eq!(row[0], s.id.to_string());
        assert_eq!(row[14], s.span.start16.to_string());
    }
}

#[test]
fn json_ld_is_one_quotation_per_attributed_statement() {
    let sheet = sample();
    let doc: serde_json::Value = serde_json::from_str(&json_ld(&sheet)).unwrap();
    assert_eq!(doc["@context"], "https://schema.org");
    let graph = doc["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 2, "narration is not a quotation");
    let q = &graph[0];
    assert_eq!(q["@type"], "Quotation");
    assert_eq!(q["@id"], "#statement-0");
    assert_eq!(q["text"], "We said \"no\", twice,\nand meant it");
    assert_eq!(q["creator"]["@type"], "Person");
    assert_eq!(q["creator"]["name"], "Jane Roe");
    assert_eq!(q["creator"]["alternateName"][0], "Roe");
    assert_eq!(q["creator"]["jobTitle"], "Foreign Minister");
    assert_eq!(q["isPartOf"]["@type"], "NewsArticle");
    assert_eq!(q["isPartOf"]["headline"], "Headline 0");
    assert_eq!(q["isPartOf"]["datePublished"], "2024-04-03");
    assert_eq!(q["isPartOf"]["publisher"]["name"], "Daily Example");
    let description = q["description"].as_str().unwrap();
    assert!(description.starts_with("Direct quote of Jane Roe"));
    assert!(description.contains("via Example Ministry"));
    assert!(graph[1]["description"]
        .as_str()
        .unwrap()
        .starts_with("Reported speech"));
}

#[test]
fn json_ld_of_the_bundled_sheet_parses() {
    let sheet = factsheet::build(bundled::ARTICLES).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&json_ld(&sheet)).unwrap();
    let attributed = sheet
        .statements
        .iter()
        .filter(|s| s.kind != StatementKind::Narration)
        .count();
    assert_eq!(doc["@graph"].as_array().unwrap().len(), attributed);
}

#[test]
fn markdown_lists_speakers_and_conflicts() {
    let md = markdown(&sample());
    assert!(md.contains("## Jane Roe"));
    assert!(md.contains("- “We said \"no\", twice,\nand meant it” — *Daily Example*"));
    assert!(md.contains("## Where accounts differ\n\n- Example Wire says she later denied it"));
}

#[test]
fn dangling_ids_from_outside_do_not_panic() {
    let mut sheet = sample();
    sheet.statements[0].article = 99;
    sheet.statements[1].speaker = Some(42);
    sheet.statements[1].via = Some(7);
    sheet.claims[0].statements.push(1000);
    sheet.conflicts[0].statements.push(5000);
    let rows = parse_csv(&csv(&sheet));
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1][11], "", "no outlet for a missing article");
    assert_eq!(rows[2][4], "", "no speaker for a missing speaker id");
    assert!(json_ld(&sheet).contains("#statement-0"));
    assert!(markdown(&sheet).contains("— *?*"));
}

#[test]
fn json_ld_escapes_what_json_must_escape() {
    let mut sheet = sample();
    sheet.statements[0].text = "tab\there \"q\" back\\slash \u{1} line\u{2028}end".into();
    let doc: serde_json::Value = serde_json::from_str(&json_ld(&sheet)).unwrap();
    assert_eq!(
        doc["@graph"][0]["text"],
        "tab\there \"q\" back\\slash \u{1} line\u{2028}end"
    );
}
