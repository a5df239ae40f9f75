//! The one data model: what the CLI prints as JSON, what JavaScript receives,
//! and what the tests assert on.
//!
//! Every id is the index of the item in its list (`articles[3].id == 3`), so
//! `statement.article`, `statement.speaker`, `statement.via`, `claim.statements`
//! and `conflict.statements` index straight into the lists of the same
//! [`FactSheet`]. Every [`Span`] is relative to the original text of the
//! article it belongs to, exactly as it was given to [`crate::build`].

use serde::{Deserialize, Serialize};

/// The fact sheet of one bundle of articles about one event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FactSheet {
    /// The articles, in input order.
    pub articles: Vec<ArticleInfo>,
    /// Canonical speakers: one per real-world entity across all articles.
    pub speakers: Vec<Speaker>,
    /// Every attributed statement (and the outlets' own narration), in
    /// article order, then text order.
    pub statements: Vec<Statement>,
    /// Statements grouped into claims across articles.
    pub claims: Vec<Claim>,
    /// Where accounts differ.
    pub conflicts: Vec<Conflict>,
}

/// A location in an article's original text.
///
/// `start..end` are byte offsets (for Rust, always on `char` boundaries);
/// `start16..end16` are the same place in UTF-16 code units (for JavaScript's
/// `String.prototype.slice`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First UTF-16 code unit.
    pub start16: usize,
    /// One past the last UTF-16 code unit.
    pub end16: usize,
}

/// One input article: where it comes from and what was read out of it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// Index in [`FactSheet::articles`].
    pub id: usize,
    /// The input's file name (or the name the reader gave it).
    pub file: String,
    /// The publishing outlet, where the text names it.
    pub outlet: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// Publication date as ISO 8601 (`2024-04-03`), where the text gives it.
    pub date: Option<String>,
    /// Bylined authors, in order.
    pub authors: Vec<String>,
    /// The body, as clean paragraphs (spans of the original text; a paragraph
    /// may cover hard-wrapped lines).
    pub paragraphs: Vec<Span>,
    /// Text that was recognised as boilerplate and left out.
    pub dropped: Vec<Dropped>,
}

/// A piece of text left out of the body, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dropped {
    /// What kind of boilerplate it is.
    pub kind: DropKind,
    /// Where it is.
    pub span: Span,
}

/// Kinds of boilerplate recognised in scraped articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DropKind {
    /// Cookie, consent and privacy notices.
    Consent,
    /// Site navigation: "Skip to content", menus, "Latest News".
    Navigation,
    /// Photo captions and credits.
    Caption,
    /// "Read more", "See also", "Other News" and similar link lists.
    Related,
    /// Donation, subscription and newsletter appeals.
    Appeal,
    /// Comment forms.
    Comments,
    /// Bylines, datelines, timestamps and other metadata lines.
    Metadata,
    /// Anything else that is not article prose.
    Other,
}

/// A canonical speaker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Index in [`FactSheet::speakers`].
    pub id: usize,
    /// The fullest proper name seen, e.g. "Jane Q. Public".
    pub name: String,
    /// Every other way the articles refer to this speaker, as written.
    pub aliases: Vec<String>,
    /// What sort of entity it is.
    pub kind: SpeakerKind,
    /// Role or title where the text gives one, e.g. "Defense Minister".
    pub role: Option<String>,
}

/// What sort of entity a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// A ministry, party, company, group or other organisation.
    Organisation,
    /// A news outlet or agency.
    Media,
    /// A government or state, often named by its capital.
    Government,
    /// The text does not say.
    Unknown,
}

/// One attributed statement (or a sentence of an outlet's own narration).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Index in [`FactSheet::statements`].
    pub id: usize,
    /// The article it is in.
    pub article: usize,
    /// Who said it: a speaker id, or `null` when the text does not let it be
    /// resolved (see `mention`).
    pub speaker: Option<usize>,
    /// Who relayed it (the agency, outlet or ministry that reported what the
    /// speaker said), or `null`.
    pub via: Option<usize>,
    /// Whether it is a quotation, reported speech, or the outlet's narration.
    pub kind: StatementKind,
    /// True when the content is quoted verbatim.
    pub direct: bool,
    /// The cue as written ("said", "according to", "told"), if any.
    pub cue: Option<String>,
    /// How the speaker is referred to at this place, as written
    /// ("the minister", "he").
    pub mention: Option<String>,
    /// The content as a reader should see it: without the attribution frame
    /// and outer quotation marks, whitespace folded.
    pub text: String,
    /// Where the content is in the original text.
    pub span: Span,
    /// The sentence or sentences the statement was found in.
    pub context: Span,
}

/// How a statement is attributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatementKind {
    /// Direct speech in quotation marks.
    Quote,
    /// Indirect (reported) speech, possibly with quoted fragments.
    Reported,
    /// The outlet's own narration: no one is quoted.
    Narration,
}

/// Statements from one or more articles that express the same proposition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Index in [`FactSheet::claims`].
    pub id: usize,
    /// A short readable summary.
    pub label: String,
    /// The speaker the claim is attributed to, when all its statements agree.
    pub speaker: Option<usize>,
    /// Statement ids, in article order.
    pub statements: Vec<usize>,
    /// Article ids that carry the claim, ascending.
    pub articles: Vec<usize>,
    /// Whether several outlets carry it, one only, or it is disputed.
    pub status: ClaimStatus,
}

/// How well a claim is carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimStatus {
    /// Carried by two or more outlets, not disputed.
    MultiSource,
    /// Carried by one outlet only.
    SingleSource,
    /// Denied or contradicted somewhere in the bundle.
    Disputed,
}

/// A place where accounts differ.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// What kind of difference it is.
    pub kind: ConflictKind,
    /// The statements involved.
    pub statements: Vec<usize>,
    /// The claims involved.
    pub claims: Vec<usize>,
    /// One line a reader understands.
    pub note: String,
}

/// Kinds of difference between accounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ConflictKind {
    /// One statement denies another.
    Denial,
    /// Two sides give different accounts of the same exchange.
    Account,
    /// Figures for the same quantity disagree.
    Number,
    /// Dates or durations for the same event disagree.
    Date,
}
