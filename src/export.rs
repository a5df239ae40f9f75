//! Renderings of a [`FactSheet`] for people and other tools: Markdown (the
//! CLI's `--format markdown`).

use std::fmt::Write;

use crate::model::{FactSheet, StatementKind};

/// The sheet as Markdown: one section per speaker, each statement with its
/// outlet.
pub fn markdown(sheet: &FactSheet) -> String {
    let mut out = String::from("# Who said what\n\n");
    let outlet = |a: usize| {
        let info = &sheet.articles[a];
        info.outlet.clone().unwrap_or_else(|| info.file.clone())
    };
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
            let _ = writeln!(out, "- {} — *{}*", text, outlet(s.article));
        }
        out.push('\n');
    }
    out
}
