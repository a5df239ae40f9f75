//! Stage 6: the whole pipeline, from article texts to one [`FactSheet`].

use crate::error::{Error, ErrorKind};
use crate::model::{ArticleInfo, Dropped, FactSheet, Statement};
use crate::text::{fold_ws, Utf16Map};
use crate::{article, attribution, claim, conflict, sentence, speaker};

/// Largest article accepted, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 25_000_000;
/// Most articles accepted in one bundle.
pub const MAX_ARTICLES: usize = 20_000;

/// One input article: a name (usually the file name) and its plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source<'a> {
    /// The file name, or the name the reader gave it.
    pub name: &'a str,
    /// The article as plain text (convert HTML first with [`crate::html::to_text`]).
    pub text: &'a str,
}

/// Checks one source before it is read.
fn validate(source: &Source) -> Result<(), Error> {
    let err = |kind| Err(Error::new(kind).in_article(source.name));
    if source.text.len() > MAX_ARTICLE_BYTES {
        return err(ErrorKind::TooLarge {
            bytes: source.text.len(),
            limit: MAX_ARTICLE_BYTES,
        });
    }
    if source
        .text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return err(ErrorKind::Empty);
    }
    if source.text.contains('\0') {
        return err(ErrorKind::NotText);
    }
    Ok(())
}

/// Reads `sources` and builds their fact sheet.
///
/// ```
/// let sheet = factsheet::build(&[factsheet::Source {
///     name: "wire.txt",
///     text: "Talks resume\n\n\"We are ready to talk,\" the minister said.",
/// }]).unwrap();
/// assert_eq!(sheet.articles.len(), 1);
/// ```
pub fn build(sources: &[Source]) -> Result<FactSheet, Error> {
    if sources.is_empty() {
        return Err(Error::new(ErrorKind::NoArticles));
    }
    if sources.len() > MAX_ARTICLES {
        return Err(Error::new(ErrorKind::TooManyArticles {
            count: sources.len(),
            limit: MAX_ARTICLES,
        }));
    }
    sources.iter().try_for_each(validate)?;

    let articles: Vec<_> = sources
        .iter()
        .map(|s| article::parse(s.name, s.text))
        .collect();
    let sentences: Vec<_> = articles.iter().map(sentence::sentences).collect();
    let found: Vec<_> = articles
        .iter()
        .zip(&sentences)
        .map(|(a, s)| attribution::extract(a, s))
        .collect();
    let resolved = speaker::resolve_with(&articles, &sentences, &found);

    let mut infos = Vec::with_capacity(articles.len());
    let mut statements = Vec::new();
    for (id, ((article, found), links)) in
        articles.iter().zip(&found).zip(&resolved.links).enumerate()
    {
        let map = Utf16Map::new(article.text);
        infos.push(ArticleInfo {
            id,
            file: article.name.to_string(),
            outlet: article.outlet.clone(),
            title: article.title.clone().map(|r| fold_ws(&article.text[r])),
            date: article.date.clone(),
            authors: article.authors.clone(),
            paragraphs: article
                .paragraphs
                .iter()
                .map(|p| map.span(p.range.clone()))
                .collect(),
            dropped: article
                .dropped
                .iter()
                .map(|(kind, r)| Dropped {
                    kind: *kind,
                    span: map.span(r.clone()),
                })
                .collect(),
        });
        for (a, link) in found.iter().zip(links) {
            statements.push(Statement {
                id: statements.len(),
                article: id,
                speaker: link.speaker,
                via: link.via,
                kind: a.kind,
                direct: a.direct,
                cue: a.cue.clone().map(|r| fold_ws(&article.text[r])),
                mention: a
                    .speaker
                    .as_ref()
                    .map(|m| fold_ws(&article.text[m.range.clone()])),
                text: fold_ws(&article.text[a.content.clone()]),
                span: map.span(a.content.clone()),
                context: map.span(a.sentence.clone()),
            });
        }
    }
    // Key terms, words and figures of every statement, read once for both
    // stages.
    let profiles = claim::Profiles::of(&statements);
    let mut claims = claim::align_with(&statements, &profiles);
    let context = conflict::Context {
        articles: &infos,
        speakers: &resolved.speakers,
    };
    let conflicts = conflict::detect_with(&statements, context, &mut claims, &profiles);
    drop(profiles);
    Ok(FactSheet {
        articles: infos,
        speakers: resolved.speakers,
        statements,
        claims,
        conflicts,
    })
}
