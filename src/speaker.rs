//! Stage 4: mentions resolved to canonical speakers across all articles.
//!
//! Contract: returns one [`Speaker`] per real-world entity and, for every
//! attribution of every article, the ids of its speaker and via (or `None`
//! where the text does not let it be resolved).

use std::collections::HashMap;

use crate::article::Article;
use crate::attribution::{Attribution, Mention};
use crate::model::{Speaker, SpeakerKind, StatementKind};
use crate::text::{fold, fold_ws};

/// Speaker and via ids of one attribution.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Link {
    /// Who said it.
    pub speaker: Option<usize>,
    /// Who relayed it.
    pub via: Option<usize>,
}

/// The canonical speakers and, per article and attribution, its [`Link`].
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Canonical speakers; `speakers[i].id == i`.
    pub speakers: Vec<Speaker>,
    /// `links[a][k]` belongs to `attributions[a][k]`.
    pub links: Vec<Vec<Link>>,
}

/// Resolves the speakers of `attributions` (one list per article).
pub fn resolve(articles: &[Article], attributions: &[Vec<Attribution>]) -> Resolved {
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut intern = |name: String, kind: SpeakerKind, speakers: &mut Vec<Speaker>| -> usize {
        let key = fold(&name);
        *by_key.entry(key).or_insert_with(|| {
            speakers.push(Speaker {
                id: speakers.len(),
                name,
                aliases: Vec::new(),
                kind,
                role: None,
            });
            speakers.len() - 1
        })
    };
    let mut links = Vec::with_capacity(articles.len());
    for (article, found) in articles.iter().zip(attributions) {
        let mention =
            |m: &Option<Mention>| m.as_ref().map(|m| fold_ws(&article.text[m.range.clone()]));
        let mut article_links = Vec::with_capacity(found.len());
        for a in found {
            let link = if a.kind == StatementKind::Narration {
                Link {
                    speaker: article
                        .outlet
                        .clone()
                        .map(|o| intern(o, SpeakerKind::Media, &mut speakers)),
                    via: None,
                }
            } else {
                Link {
                    speaker: mention(&a.speaker)
                        .map(|n| intern(n, SpeakerKind::Unknown, &mut speakers)),
                    via: mention(&a.via).map(|n| intern(n, SpeakerKind::Unknown, &mut speakers)),
                }
            };
            article_links.push(link);
        }
        links.push(article_links);
    }
    Resolved { speakers, links }
}
