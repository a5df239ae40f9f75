//! Tokens of one unit of text: words, quote marks (knowing whether they open
//! or close a quotation) and punctuation, each with its byte range in the
//! article's text.

use std::cell::{Cell, OnceCell};
use std::ops::Range;
use std::sync::OnceLock;

use super::quotes::Quote;
use crate::lexicon::speech::{self, Form, SpeechVerb};
use crate::text::{words, FastMap};

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
    /// What the lexicon knows of the text, once asked.
    lex: OnceCell<&'static Lex>,
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
            lex: OnceCell::new(),
        }
    }

    /// What the lexicon knows of the token's text, looked up once.
    fn lex(&self) -> &'static Lex {
        self.lex.get_or_init(|| lex_of(self.text))
    }

    /// [`speech_forms`] of the token's text.
    pub fn speech_forms(&self) -> impl Iterator<Item = (&'static SpeechVerb, Form)> {
        self.lex().forms.iter().copied()
    }

    /// Whether the token's text is in one of the lexicon tables of `tables`
    /// (bits of [`lex`]), ignoring ASCII case: what
    /// [`is_in`](crate::lexicon::grammar::is_in)`(TABLE, tok.text)` answers,
    /// with one hash look-up per token instead of a scan per question.
    pub fn is_in(&self, tables: u32) -> bool {
        self.lex().tables & tables != 0
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
        // Most gaps are one space.
        if gap == " " {
            return;
        }
        for (i, c) in gap.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            let r = from + i..from + i + c.len_utf8();
            // Only quote marks can be marks (no search for other chars).
            let quote = matches!(
                c,
                '"' | '\'' | '“' | '”' | '‟' | '‘' | '’' | '«' | '»' | '„'
            );
            let mark = if quote { mark_at(r.start) } else { None };
            let kind = mark.unwrap_or(Kind::Punct(c));
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
    tok.is_in(lex::AUXILIARIES | lex::IRREGULAR_PAST | lex::COMMON_VERBS | lex::NEGATIONS)
        || is_adverb(tok)
        || tok.speech_forms().any(|(v, f)| {
            v.particle.is_none() && !matches!(f, speech::Form::Base | speech::Form::Third)
        })
        || (w.len() >= 5 && w.ends_with("ed") && !tok.is_in(lex::ED_ADJECTIVES))
}

/// Whether a word is an adverb that may stand between a speaker and a cue.
pub fn is_adverb(tok: &Tok) -> bool {
    tok.is_word()
        && !tok.is_capitalised()
        && (tok.is_in(lex::FRAME_ADVERBS)
            || (tok.text.len() >= 4 && tok.text.ends_with("ly") && !tok.is_in(lex::LY_NOUNS)))
}

/// [`speech::lookup`], from a table built once: the speech verbs and forms
/// `word` (any case) can be, in the same order.
pub(super) fn speech_forms(word: &str) -> impl Iterator<Item = (&'static SpeechVerb, Form)> {
    lex_of(word).forms.iter().copied()
}

/// The lexicon tables a token is looked up in ([`Tok::is_in`]), one bit
/// each, named after the table.
pub mod lex {
    use crate::lexicon::grammar as g;
    use crate::lexicon::speech as s;

    pub const DETERMINERS: u32 = 1;
    pub const PRONOUNS: u32 = 1 << 1;
    pub const FIRST_PERSON: u32 = 1 << 2;
    pub const NON_SUBJECTS: u32 = 1 << 3;
    pub const AUXILIARIES: u32 = 1 << 4;
    pub const NEGATIONS: u32 = 1 << 5;
    pub const FRAME_ADVERBS: u32 = 1 << 6;
    pub const IRREGULAR_PAST: u32 = 1 << 7;
    pub const COMMON_VERBS: u32 = 1 << 8;
    pub const NP_STOPS: u32 = 1 << 9;
    pub const WH_WORDS: u32 = 1 << 10;
    pub const ADJUNCT_PREPOSITIONS: u32 = 1 << 11;
    pub const TIME_WORDS: u32 = 1 << 12;
    pub const LY_NOUNS: u32 = 1 << 13;
    pub const ED_ADJECTIVES: u32 = 1 << 14;
    pub const SOURCE_NOUNS: u32 = 1 << 15;
    pub const OCCASION_NOUNS: u32 = 1 << 16;
    pub const DOCUMENT_NOUNS: u32 = 1 << 17;

    /// Every table with its bit.
    pub(super) const TABLES: [(u32, &[&str]); 18] = [
        (DETERMINERS, g::DETERMINERS),
        (PRONOUNS, g::PRONOUNS),
        (FIRST_PERSON, g::FIRST_PERSON),
        (NON_SUBJECTS, g::NON_SUBJECTS),
        (AUXILIARIES, g::AUXILIARIES),
        (NEGATIONS, g::NEGATIONS),
        (FRAME_ADVERBS, g::FRAME_ADVERBS),
        (IRREGULAR_PAST, g::IRREGULAR_PAST),
        (COMMON_VERBS, g::COMMON_VERBS),
        (NP_STOPS, g::NP_STOPS),
        (WH_WORDS, g::WH_WORDS),
        (ADJUNCT_PREPOSITIONS, g::ADJUNCT_PREPOSITIONS),
        (TIME_WORDS, g::TIME_WORDS),
        (LY_NOUNS, g::LY_NOUNS),
        (ED_ADJECTIVES, g::ED_ADJECTIVES),
        (SOURCE_NOUNS, s::SOURCE_NOUNS),
        (OCCASION_NOUNS, s::OCCASION_NOUNS),
        (DOCUMENT_NOUNS, s::DOCUMENT_NOUNS),
    ];
}

/// What the lexicon knows of one word.
#[derive(Debug, Default)]
struct Lex {
    /// The [`lex`] tables it is in.
    tables: u32,
    /// The speech verbs and forms it can be ([`speech::lookup`]).
    forms: Vec<(&'static SpeechVerb, Form)>,
}

/// What the lexicon knows of `word` (any case), from a map built once over
/// the [`lex`] tables and the speech verbs' forms, keyed in ASCII lower case
/// (`eq_ignore_ascii_case` is equality after ASCII lower-casing).
fn lex_of(word: &str) -> &'static Lex {
    static NOTHING: Lex = Lex {
        tables: 0,
        forms: Vec::new(),
    };
    static LEX: OnceLock<(FastMap<Vec<u8>, Lex>, usize)> = OnceLock::new();
    let (map, longest) = LEX.get_or_init(|| {
        let mut map: FastMap<Vec<u8>, Lex> = FastMap::default();
        for (bit, table) in lex::TABLES {
            for w in table {
                let key = w.to_ascii_lowercase().into_bytes();
                map.entry(key).or_default().tables |= bit;
            }
        }
        // `lookup` folds ASCII case and knows only ASCII words; the forms
        // are lower case.
        for form in speech::VERBS.iter().flat_map(|v| v.forms) {
            let key = form.as_bytes().to_vec();
            map.entry(key).or_default().forms = speech::lookup(form).collect();
        }
        let longest = map.keys().map(Vec::len).max().unwrap_or(0);
        (map, longest)
    });
    if word.len() > *longest {
        return &NOTHING;
    }
    let mut buf = [0u8; 32];
    let found = match buf.get_mut(..word.len()) {
        Some(lower) => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            map.get(&lower[..])
        }
        None => map.get(word.to_ascii_lowercase().as_bytes()),
    };
    found.unwrap_or(&NOTHING)
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
    fn lex_bits_agree_with_the_tables() {
        use crate::lexicon::grammar::is_in;
        let mut words: Vec<String> = lex::TABLES
            .iter()
            .flat_map(|(_, t)| t.iter())
            .chain(speech::VERBS.iter().flat_map(|v| v.forms.iter()))
            .flat_map(|w| [w.to_string(), w.to_ascii_uppercase(), format!("{w}s")])
            .collect();
        words.extend(["", "x", "Ünited", "naïve", "the’"].map(String::from));
        for w in &words {
            let t = Tok::new(w, 0..w.len(), Kind::Word);
            for (bit, table) in lex::TABLES {
                assert_eq!(t.is_in(bit), is_in(table, w), "{w} {bit}");
            }
            let slow: Vec<_> = if w.len() <= 16 && w.is_ascii() {
                speech::lookup(w).collect()
            } else {
                Vec::new()
            };
            let fast: Vec<_> = t.speech_forms().collect();
            assert_eq!(fast.len(), slow.len(), "{w}");
            for (a, b) in fast.iter().zip(&slow) {
                assert!(std::ptr::eq(a.0, b.0) && a.1 == b.1, "{w}");
            }
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
