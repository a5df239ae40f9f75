//! Stage 5: statements grouped into claims across articles.

use crate::model::{Claim, ClaimStatus, Statement, StatementKind};

/// Groups `statements` into claims. Every non-narration statement belongs to
/// exactly one claim.
pub fn align(statements: &[Statement]) -> Vec<Claim> {
    statements
        .iter()
        .filter(|s| s.kind != StatementKind::Narration)
        .enumerate()
        .map(|(id, s)| Claim {
            id,
            label: s.text.chars().take(80).collect(),
            speaker: s.speaker,
            statements: vec![s.id],
            articles: vec![s.article],
            status: ClaimStatus::SingleSource,
        })
        .collect()
}
