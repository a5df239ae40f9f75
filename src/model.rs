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

impl FactSheet {
    /// The sheet as compact JSON: byte for byte what `serde_json::to_string`
    /// writes for it (the tests check), written by hand so that the wasm
    /// module links neither serde's serializer nor `core::fmt` for it.
    ///
    /// ```
    /// let sheet = factsheet::build(factsheet::bundled::ARTICLES).unwrap();
    /// assert_eq!(sheet.to_json(), serde_json::to_string(&sheet).unwrap());
    /// ```
    pub fn to_json(&self) -> String {
        let mut w = JsonWriter::default();
        w.obj(|w| {
            w.key("articles");
            w.list(&self.articles, |w, a| {
                w.obj(|w| {
                    w.key("id");
                    w.num(a.id);
                    w.key("file");
                    w.str(&a.file);
                    w.key("outlet");
                    w.opt_str(&a.outlet);
                    w.key("title");
                    w.opt_str(&a.title);
                    w.key("date");
                    w.opt_str(&a.date);
                    w.key("authors");
                    w.list(&a.authors, |w, s| w.str(s));
                    w.key("paragraphs");
                    w.list(&a.paragraphs, |w, p| w.span(p));
                    w.key("dropped");
                    w.list(&a.dropped, |w, d| {
                        w.obj(|w| {
                            w.key("kind");
                            w.str(d.kind.name());
                            w.key("span");
                            w.span(&d.span);
                        })
                    });
                })
            });
            w.key("speakers");
            w.list(&self.speakers, |w, s| {
                w.obj(|w| {
                    w.key("id");
                    w.num(s.id);
                    w.key("name");
                    w.str(&s.name);
                    w.key("aliases");
                    w.list(&s.aliases, |w, a| w.str(a));
                    w.key("kind");
                    w.str(s.kind.name());
                    w.key("role");
                    w.opt_str(&s.role);
                })
            });
            w.key("statements");
            w.list(&self.statements, |w, s| {
                w.obj(|w| {
                    w.key("id");
                    w.num(s.id);
                    w.key("article");
                    w.num(s.article);
                    w.key("speaker");
                    w.opt_num(s.speaker);
                    w.key("via");
                    w.opt_num(s.via);
                    w.key("kind");
                    w.str(s.kind.name());
                    w.key("direct");
                    w.raw(if s.direct { "true" } else { "false" });
                    w.key("cue");
                    w.opt_str(&s.cue);
                    w.key("mention");
                    w.opt_str(&s.mention);
                    w.key("text");
                    w.str(&s.text);
                    w.key("span");
                    w.span(&s.span);
                    w.key("context");
                    w.span(&s.context);
                })
            });
            w.key("claims");
            w.list(&self.claims, |w, c| {
                w.obj(|w| {
                    w.key("id");
                    w.num(c.id);
                    w.key("label");
                    w.str(&c.label);
                    w.key("speaker");
                    w.opt_num(c.speaker);
                    w.key("statements");
                    w.list(&c.statements, |w, &n| w.num(n));
                    w.key("articles");
                    w.list(&c.articles, |w, &n| w.num(n));
                    w.key("status");
                    w.str(c.status.name());
                })
            });
            w.key("conflicts");
            w.list(&self.conflicts, |w, c| {
                w.obj(|w| {
                    w.key("kind");
                    w.str(c.kind.name());
                    w.key("statements");
                    w.list(&c.statements, |w, &n| w.num(n));
                    w.key("claims");
                    w.list(&c.claims, |w, &n| w.num(n));
                    w.key("note");
                    w.str(&c.note);
                })
            });
        });
        w.out
    }
}

// The enums' names as serde writes them (kebab-case); `FactSheet::to_json`'s
// tests check them against serde.

impl DropKind {
    fn name(self) -> &'static str {
        match self {
            DropKind::Consent => "consent",
            DropKind::Navigation => "navigation",
            DropKind::Caption => "caption",
            DropKind::Related => "related",
            DropKind::Appeal => "appeal",
            DropKind::Comments => "comments",
            DropKind::Metadata => "metadata",
            DropKind::Other => "other",
        }
    }
}

impl SpeakerKind {
    fn name(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Media => "media",
            SpeakerKind::Government => "government",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

impl StatementKind {
    fn name(self) -> &'static str {
        match self {
            StatementKind::Quote => "quote",
            StatementKind::Reported => "reported",
            StatementKind::Narration => "narration",
        }
    }
}

impl ClaimStatus {
    fn name(self) -> &'static str {
        match self {
            ClaimStatus::MultiSource => "multi-source",
            ClaimStatus::SingleSource => "single-source",
            ClaimStatus::Disputed => "disputed",
        }
    }
}

impl ConflictKind {
    fn name(self) -> &'static str {
        match self {
            ConflictKind::Denial => "denial",
            ConflictKind::Account => "account",
            ConflictKind::Number => "number",
            ConflictKind::Date => "date",
        }
    }
}

/// Compact JSON, written the way `serde_json` writes it: no spaces, strings
/// escaped with `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\u00XX` for the
/// other control characters, everything else as is.
#[derive(Default)]
pub(crate) struct JsonWriter {
    /// What has been written.
    pub(crate) out: String,
    /// Whether the next member or item is the first of its object or list.
    first: bool,
}

impl JsonWriter {
    fn sep(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }

    /// Writes an object; `members` writes its members with [`Self::key`].
    pub(crate) fn obj(&mut self, members: impl FnOnce(&mut Self)) {
        self.out.push('{');
        self.first = true;
        members(self);
        self.out.push('}');
        self.first = false;
    }

    /// Starts a member: its key (which needs no escaping) and the colon.
    pub(crate) fn key(&mut self, key: &str) {
        self.sep();
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    pub(crate) fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        self.first = true;
        for it in items {
            self.sep();
            item(self, it);
        }
        self.out.push(']');
        self.first = false;
    }

    fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn num(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut n = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[i..] {
            self.out.push(char::from(d));
        }
    }

    fn opt_num(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.num(n),
            None => self.raw("null"),
        }
    }

    pub(crate) fn str(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.reserve(s.len() + 2);
        self.out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&s[start..i]);
            start = i + 1;
            if escape.is_empty() {
                self.out.push_str("\\u00");
                self.out.push(char::from(HEX[usize::from(b >> 4)]));
                self.out.push(char::from(HEX[usize::from(b & 15)]));
            } else {
                self.out.push_str(escape);
            }
        }
        self.out.push_str(&s[start..]);
        self.out.push('"');
    }

    fn opt_str(&mut self, s: &Option<String>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    fn span(&mut self, span: &Span) {
        self.obj(|w| {
            w.key("start");
            w.num(span.start);
            w.key("end");
            w.num(span.end);
            w.key("start16");
            w.num(span.start16);
            w.key("end16");
            w.num(span.end16);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_json_is_what_serde_json_writes() {
        let mut sheet = crate::build(crate::bundled::ARTICLES).unwrap();
        assert_eq!(sheet.to_json(), serde_json::to_string(&sheet).unwrap());

        // Every escape, non-ASCII text, every enum name, absent and present
        // optional fields.
        let all_bytes: String = (0u8..0x80).map(char::from).collect();
        sheet.articles[0].title = Some(format!("{all_bytes} é 🎉 \u{2028}\u{7f}"));
        sheet.articles[0].outlet = None;
        sheet.articles[0].dropped = [
            DropKind::Consent,
            DropKind::Navigation,
            DropKind::Caption,
            DropKind::Related,
            DropKind::Appeal,
            DropKind::Comments,
            DropKind::Metadata,
            DropKind::Other,
        ]
        .into_iter()
        .map(|kind| Dropped {
            kind,
            span: Span {
                start: usize::MAX,
                end: 0,
                start16: 10,
                end16: 1234567890,
            },
        })
        .collect();
        for (s, kind) in sheet.speakers.iter_mut().zip([
            SpeakerKind::Person,
            SpeakerKind::Organisation,
            SpeakerKind::Media,
            SpeakerKind::Government,
            SpeakerKind::Unknown,
        ]) {
            s.kind = kind;
        }
        for (s, kind) in sheet.statements.iter_mut().zip([
            StatementKind::Quote,
            StatementKind::Reported,
            StatementKind::Narration,
        ]) {
            s.kind = kind;
            s.direct = !s.direct;
            s.speaker = None;
            s.via = Some(7);
        }
        for (c, status) in sheet.claims.iter_mut().zip([
            ClaimStatus::MultiSource,
            ClaimStatus::SingleSource,
            ClaimStatus::Disputed,
        ]) {
            c.status = status;
        }
        sheet.conflicts = [
            ConflictKind::Denial,
            ConflictKind::Account,
            ConflictKind::Number,
            ConflictKind::Date,
        ]
        .into_iter()
        .map(|kind| Conflict {
            kind,
            statements: vec![1, 2],
            claims: vec![],
            note: "\"a\"\\b".into(),
        })
        .collect();
        assert_eq!(sheet.to_json(), serde_json::to_string(&sheet).unwrap());
        assert_eq!(
            FactSheet::default().to_json(),
            serde_json::to_string(&FactSheet::default()).unwrap()
        );
    }
}
