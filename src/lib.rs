//! # factsheet: who said what, across news articles
//!
//! Reads a bundle of plain-text news articles about one event (as scraped from
//! the web, boilerplate and all) and builds a [`FactSheet`]: every attributed
//! statement with its speaker resolved to one canonical [`Speaker`] across all
//! articles, the chain of attribution (`via`), statements grouped into
//! [`Claim`]s across outlets, and the [`Conflict`]s where accounts differ.
//!
//! The pipeline runs one way; each stage is a pure function over `&str` that
//! carries byte ranges back into the original text:
//!
//! ```text
//! article text ─▶ article ─▶ sentence ─▶ attribution ─▶ speaker ─▶ claim ─▶ conflict ─▶ FactSheet
//! ```
//!
//! ```
//! let sheet = factsheet::build(factsheet::bundled::ARTICLES).unwrap();
//! assert_eq!(sheet.articles.len(), 5);
//! ```
//!
//! The same [`FactSheet`] (serde) is what the `factsheet` CLI prints as JSON,
//! what the wasm module hands to JavaScript, and what the tests check.
#![deny(missing_docs)]

pub mod article;
pub mod attribution;
pub mod bundled;
pub mod claim;
pub mod conflict;
mod error;
pub mod export;
pub mod html;
pub mod lexicon;
pub mod model;
mod order;
pub mod sentence;
mod sheet;
pub mod speaker;
pub mod text;
pub mod wasm;

pub use error::{Error, ErrorKind};
pub use model::{
    ArticleInfo, Claim, ClaimStatus, Conflict, ConflictKind, DropKind, Dropped, FactSheet, Span,
    Speaker, SpeakerKind, Statement, StatementKind,
};
pub use sheet::{build, Source, MAX_ARTICLES, MAX_ARTICLE_BYTES};
