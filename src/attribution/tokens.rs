//! Tokens of one unit of text: words, quote marks (knowing whether they open
//! or close a quotation) and punctuation, each with its byte range in the
//! article's text.

use std::cell::{Cell, OnceCell};
use std::ops::Range;
use std::sync::OnceLock;

use super::quotes::Quote;
use crate::lexicon::grammar::{
    is_in, AUXILIARIES, COMMON_VERBS, ED_ADJECTIVES, FRAME_ADVERBS, IRREGULAR_PAST, LY_NOUNS,
    NEGATIONS,
};
use crate::lexicon::speech::{self, Form, SpeechVerb};
use crate::text::{words, FastMap, FastSet};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A word (letters, digits, word-internal apostrophes and hyphens).
    Word,
    /// A quote mark opening a quotation at this depth.
    Open(usize),
    /// A quote mark closing a quotation at this depth.
    Close(usize),
    /// Any other mark: `,` `.` `:` `;` `-` `(` …
    Punct(char),
}

/// One token.
#[derive(Clone, Debug)]
pub struct Tok<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Where it is in the article's text.
    pub range: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// [`is_verbish`] once asked: 0 not yet, 1 no, 2 yes (the readings of
    /// a unit ask again and again).
    verbish: Cell<u8>,
    /// [`speech_forms`] of the text, once asked.
    forms: OnceCell<&'static [(&'static SpeechVerb, Form)]>,
}

/// Tokens are equal when they are the same text at the same place, of the
/// same kind (what is cached does not count).
impl PartialEq for Tok<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.range == other.range && self.kind == other.kind
    }
}

impl Eq for Tok<'_> {}

impl<'a> Tok<'a> {
    /// A token of `kind`, `text` at `range`.
    pub fn new(text: &'a str, range: Range<usize>, kind: Kind) -> Tok<'a> {
        Tok {
            text,
            range,
            kind,
            verbish: Cell::new(0),
            forms: OnceCell::new(),
        }
    }

    /// [`speech_forms`] of the token's text, looked up once.
    pub fn speech_forms(&self) -> impl Iterator<Item = (&'static SpeechVerb, Form)> {
        self.forms
            .get_or_init(|| forms_of(self.text))
            .iter()
            .copied()
    }
}

impl Tok<'_> {
    /// Whether it is a word equal to `w`, ignoring ASCII case.
    pub fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }

    /// Whether it is the punctuation mark `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether it is a word.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether it is a word starting with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether it is a dash used as punctuation (` - `, ` -- `, ` — `).
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, Kind::Punct('-' | '—' | '–'))
    }
}

/// The quote marks of a paragraph by position, built once and looked up in
/// O(log n) per mark.
#[derive(Clone, Debug, Default)]
pub struct Marks(Vec<(usize, Kind)>);

impl Marks {
    /// The opening and closing marks of `quotes`.
    pub fn new(quotes: &[Quote]) -> Marks {
        let mut marks: Vec<(usize, Kind)> = Vec::with_capacity(quotes.len() * 2);
        for q in quotes {
            marks.push((q.open.start, Kind::Open(q.depth)));
            if !q.close.is_empty() {
                marks.push((q.close.start, Kind::Close(q.depth)));
            }
        }
        crate::order::sort_by_key(&mut marks, |m| m.0);
        Marks(marks)
    }

    fn at(&self, pos: usize) -> Option<Kind> {
        self.0
            .binary_search_by_key(&pos, |m| m.0)
            .ok()
            .map(|i| self.0[i].1)
    }
}

/// Tokenizes `range` of `text`; `marks` are the quote marks of the
/// paragraph around it.
pub fn tokenize<'a>(text: &'a str, range: Range<usize>, marks: &Marks) -> Vec<Tok<'a>> {
    let mut out = Vec::new();
    tokenize_into(text, range, marks, &mut out);
    out
}

/// [`tokenize`] into `out` (cleared first), so that one buffer serves a
/// paragraph's units.
pub fn tokenize_into<'a>(
    text: &'a str,
    range: Range<usize>,
    marks: &Marks,
    out: &mut Vec<Tok<'a>>,
) {
    out.clear();
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let mark_at = |pos: usize| marks.at(pos);
    // About one token per four bytes of news copy.
    out.reserve(slice.len() / 4 + 4);
    let push_gap = |out: &mut Vec<Tok<'a>>, from: usize, to: usize| {
        let Some(gap) = text.get(from..to) else {
            return;
        };
        for (i, c) in gap.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            let r = from + i..from + i + c.len_utf8();
            let kind = mark_at(r.start).unwrap_or(Kind::Punct(c));
            out.push(Tok::new(&text[r.clone()], r, kind));
        }
    };
    let mut pos = range.start;
    for w in words(slice) {
        let r = range.start + w.range.start..range.start + w.range.end;
        push_gap(out, pos, r.start);
        out.push(Tok::new(&text[r.clone()], r.clone(), Kind::Word));
        pos = r.end;
    }
    push_gap(out, pos, range.end);
}

/// Whether a lower-case word looks like a verb (or an adverb) that ends a
/// noun phrase: an auxiliary, a speech verb, a common or irregular verb, a
/// negation, a regular past tense in "-ed", or an adverb.
pub fn is_verbish(tok: &Tok) -> bool {
    match tok.verbish.get() {
        1 => return false,
        2 => return true,
        _ => {}
    }
    let answer = read_verbish(tok);
    tok.verbish.set(if answer { 2 } else { 1 });
    answer
}

fn read_verbish(tok: &Tok) -> bool {
    if !tok.is_word() || tok.is_capitalised() {
        return false;
    }
    let w = tok.text;
    static VERBISH: OnceLock<WordSet> = OnceLock::new();
    let verbish = VERBISH
        .get_or_init(|| WordSet::new(&[AUXILIARIES, IRREGULAR_PAST, COMMON_VERBS, NEGATIONS]));
    verbish.has(w)
        || is_adverb(tok)
        || tok.speech_forms().any(|(v, f)| {
            v.particle.is_none() && !matches!(f, speech::Form::Base | speech::Form::Third)
        })
        || (w.len() >= 5 && w.ends_with("ed") && !is_in(ED_ADJECTIVES, w))
}

static FRAME_ADVERB_SET: OnceLock<WordSet> = OnceLock::new();

/// Whether a word is an adverb that may stand between a speaker and a cue.
pub fn is_adverb(tok: &Tok) -> bool {
    tok.is_word()
        && !tok.is_capitalised()
        && (in_table(&FRAME_ADVERB_SET, FRAME_ADVERBS, tok.text)
            || (tok.text.len() >= 4 && tok.text.ends_with("ly") && !is_in(LY_NOUNS, tok.text)))
}

/// [`speech::lookup`], from a table built once: the speech verbs and forms
/// `word` (any case) can be, in the same order.
pub(super) fn speech_forms(word: &str) -> impl Iterator<Item = (&'static SpeechVerb, Form)> {
    forms_of(word).iter().copied()
}

/// The table [`speech_forms`] reads, as a slice.
fn forms_of(word: &str) -> &'static [(&'static SpeechVerb, Form)] {
    type Forms = Vec<(&'static SpeechVerb, Form)>;
    static FORMS: OnceLock<FastMap<&'static str, Forms>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        speech::VERBS
            .iter()
            .flat_map(|v| v.forms)
            .map(|f| (f, speech::lookup(f).collect()))
            .collect()
    });
    // `lookup` folds ASCII case and knows no word longer than 16 bytes.
    let mut buf = [0u8; 16];
    let found = (word.len() <= buf.len() && word.is_ascii())
        .then(|| {
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).ok().and_then(|l| forms.get(l))
        })
        .flatten();
    found.map_or(&[][..], Vec::as_slice)
}

/// Words of lexicon tables, in ASCII lower case, for [`is_in`] by hash:
/// `eq_ignore_ascii_case` is equality after ASCII lower-casing.
pub(super) struct WordSet {
    words: FastSet<Vec<u8>>,
    longest: usize,
}

impl WordSet {
    /// The words of every table of `tables`.
    pub(super) fn new(tables: &[&[&str]]) -> WordSet {
        let words: FastSet<Vec<u8>> = tables
            .iter()
            .flat_map(|t| t.iter())
            .map(|w| w.to_ascii_lowercase().into_bytes())
            .collect();
        let longest = words.iter().map(Vec::len).max().unwrap_or(0);
        WordSet { words, longest }
    }

    /// Whether `word` is one of the words, ignoring ASCII case.
    pub(super) fn has(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        if word.len() > self.longest {
            return false;
        }
        if word.len() > buf.len() {
            return self.words.contains(word.to_ascii_lowercase().as_bytes());
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.words.contains(&lower[..])
    }
}

/// [`is_in`]`(table, word)`, by a set built once in `cell`.
pub(super) fn in_table(cell: &OnceLock<WordSet>, table: &[&str], word: &str) -> bool {
    cell.get_or_init(|| WordSet::new(&[table])).has(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::quotes::quotes;

    #[test]
    fn tokens_cover_words_marks_and_punctuation() {
        let text = "“Yes,” he said.";
        let q = quotes(text, 0..text.len());
        let t = tokenize(text, 0..text.len(), &Marks::new(&q));
        let kinds: Vec<_> = t.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Open(0),
                Kind::Word,
                Kind::Punct(','),
                Kind::Close(0),
                Kind::Word,
                Kind::Word,
                Kind::Punct('.')
            ]
        );
        for tok in &t {
            assert_eq!(&text[tok.range.clone()], tok.text);
        }
    }

    #[test]
    fn verbish_words() {
        let w = |s: &'static str| Tok::new(s, 0..s.len(), Kind::Word);
        assert!(is_verbish(&w("held")));
        assert!(is_verbish(&w("reported")));
        assert!(is_verbish(&w("unequivocally")));
        assert!(!is_verbish(&w("minister")));
        assert!(!is_verbish(&w("family")));
        assert!(!is_verbish(&w("Ted")));
    }
}
