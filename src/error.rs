//! The crate's one error type.

use std::fmt;

/// Why a bundle of articles could not be turned into a fact sheet.
///
/// Errors are values, never panics: the CLI prints them on stderr and exits
/// non-zero, the page shows them to the reader and keeps what it showed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Box<ErrorInner>);

#[derive(Clone, Debug, PartialEq, Eq)]
struct ErrorInner {
    kind: ErrorKind,
    article: Option<String>,
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No articles were given.
    NoArticles,
    /// More articles than the limit.
    TooManyArticles {
        /// How many were given.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// An article has no text (empty or only white space).
    Empty,
    /// An article is larger than the limit.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// An article is not text (control bytes, NUL, or not UTF-8).
    NotText,
    /// The input could not be read as the expected shape (wasm boundary,
    /// CLI arguments).
    BadInput(String),
}

impl Error {
    /// A new error of `kind`, not tied to one article.
    pub fn new(kind: ErrorKind) -> Error {
        Error(Box::new(ErrorInner {
            kind,
            article: None,
        }))
    }

    /// The same error, naming the article (file name) it concerns.
    pub fn in_article(mut self, name: &str) -> Error {
        self.0.article = Some(name.to_string());
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// The article it concerns, if any.
    pub fn article(&self) -> Option<&str> {
        self.0.article.as_deref()
    }
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(name) = &self.0.article {
            write!(f, "{name}: ")?;
        }
        match &self.0.kind {
            ErrorKind::NoArticles => write!(f, "no articles to read"),
            ErrorKind::TooManyArticles { count, limit } => {
                write!(f, "{count} articles is more than the limit of {limit}")
            }
            ErrorKind::Empty => write!(f, "the article has no text"),
            ErrorKind::TooLarge { bytes, limit } => write!(
                f,
                "the article is {}, more than the limit of {}",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            ErrorKind::NotText => write!(
                f,
                "this is not plain text (it holds binary data); give a .txt or .html article"
            ),
            ErrorKind::BadInput(why) => write!(f, "{why}"),
        }
    }
}

impl std::error::Error for Error {}
