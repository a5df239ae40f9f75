//! Small text helpers shared by every stage: white space, UTF-16 offsets,
//! accent folding, word tokens and a fast hasher for internal maps.
//!
//! All ranges are byte ranges into the text they were computed on and always
//! lie on `char` boundaries.

use std::ops::Range;

use crate::model::Span;

/// The text of `range` with every run of white space (including line breaks
/// of hard-wrapped text) folded to one space, trimmed.
///
/// ```
/// assert_eq!(factsheet::text::fold_ws("  a\n   b  c "), "a b c");
/// ```
pub fn fold_ws(text: &str) -> String {
    // Most text (one paragraph of prose) is folded already: copied as is.
    if is_folded(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// True when `text` is non-empty and its white space is single ASCII
/// spaces between words: what [`fold_ws`] would give back unchanged. Bytes
/// are scanned without decoding, except the lead bytes of the non-ASCII
/// white space chars (U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000).
fn is_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    // A space before the first word counts as a doubled space.
    let mut after_space = true;
    for (i, &b) in bytes.iter().enumerate() {
        let space = match b {
            b' ' => true,
            b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => return false,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => text[i..].chars().next().is_some_and(char::is_whitespace),
            _ => false,
        };
        if space {
            if after_space {
                return false;
            }
            if b != b' ' {
                return false;
            }
        }
        after_space = space;
    }
    !after_space
}

/// Where the first of the bytes `needles` is in `bytes`, or `None`: the
/// scan the quote and sentence finders run over every paragraph, eight
/// bytes at a time (a byte equal to a needle is a zero byte of the word
/// XORed with that needle; the lowest flagged byte is always a true one).
pub(crate) fn find_any_byte(bytes: &[u8], needles: [u8; 4]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        let mut hits = 0;
        for n in needles {
            let x = word ^ (ONES * u64::from(n));
            hits |= x.wrapping_sub(ONES) & !x & HIGHS;
        }
        if hits != 0 {
            return Some(at + hits.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|b| needles.contains(b))
        .map(|p| at + p)
}

/// `range` shrunk so that it neither starts nor ends with white space.
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    if start >= end {
        range.start..range.start
    } else {
        start..end
    }
}

/// Maps byte offsets of one text to UTF-16 offsets, in O(log n) per lookup.
#[derive(Clone, Debug)]
pub struct Utf16Map {
    /// (byte offset, UTF-16 offset) at the start and just after every
    /// non-ASCII char; between two marks every char is ASCII.
    marks: Vec<(usize, usize)>,
}

impl Utf16Map {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Utf16Map {
        let bytes = text.as_bytes();
        let mut marks = vec![(0, 0)];
        // Bytes so far minus UTF-16 units so far: a char of 2 or 3 bytes is
        // one unit, a char of 4 bytes two. ASCII runs are skipped by bytes.
        let mut fewer = 0;
        let mut i = 0;
        while let Some(skip) = bytes[i..].iter().position(|b| !b.is_ascii()) {
            let lead = bytes[i + skip];
            let (len, units) = match lead {
                0xF0.. => (4, 2),
                0xE0.. => (3, 1),
                _ => (2, 1),
            };
            fewer += len - units;
            i += skip + len;
            marks.push((i, i - fewer));
        }
        Utf16Map { marks }
    }

    /// The UTF-16 offset of byte offset `byte` (a char boundary of the text).
    pub fn utf16(&self, byte: usize) -> usize {
        let i = self.marks.partition_point(|&(b, _)| b <= byte);
        let (b, u) = self.marks[i.saturating_sub(1)];
        u + (byte - b)
    }

    /// A [`Span`] for `range`.
    pub fn span(&self, range: Range<usize>) -> Span {
        Span {
            start: range.start,
            end: range.end,
            start16: self.utf16(range.start),
            end16: self.utf16(range.end),
        }
    }
}

/// Folds accents and typographic variants so that "Sébastien" and
/// "Sebastien", or ’ and ', compare equal. Lower-cases too.
///
/// ```
/// assert_eq!(factsheet::text::fold("Sébastien’s"), "sebastien's");
/// ```
pub fn fold(text: &str) -> String {
    // ASCII (most words of news copy) only lower-cases.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of ASCII is only lower-cased, without decoding.
        let run = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(bytes.len() - i);
        if run > 0 {
            let start = out.len();
            out.push_str(&text[i..i + run]);
            out[start..].make_ascii_lowercase();
            i += run;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None => out.extend(c.to_lowercase()),
        }
        i += c.len_utf8();
    }
    out
}

/// The ASCII stand-in for a letter with a diacritic or a typographic mark,
/// lower case.
fn fold_char(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' => "c",
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => "e",
        'Ğ' | 'ğ' | 'Ģ' | 'ģ' => "g",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' => "i",
        'Ķ' | 'ķ' => "k",
        'Ł' | 'ł' | 'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' | 'Ņ' | 'ņ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ř' | 'ř' | 'Ŕ' | 'ŕ' => "r",
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ť' | 'ť' | 'Ţ' | 'ţ' | 'Ț' | 'ț' => "t",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => "u",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        'Þ' | 'þ' => "th",
        '‘' | '’' | '‚' | '‛' | '′' => "'",
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' => "\"",
        '–' | '—' | '‐' | '‑' | '‒' | '−' => "-",
        '\u{a0}' | '\u{2009}' | '\u{202f}' => " ",
        _ => return None,
    })
}

/// A word of running text: letters, digits, and word-internal apostrophes,
/// hyphens and periods ("U.S.", "1.5", "Sébastien's", "co-operation").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Where it is (byte offsets into the text given to [`words`]).
    pub range: Range<usize>,
}

/// The words of `text`, in order, with their ranges. Punctuation and white
/// space between words are skipped.
///
/// ```
/// let w: Vec<_> = factsheet::text::words("Mr. Smith's co-op, 1.5 bn.").map(|w| w.text).collect();
/// assert_eq!(w, ["Mr", "Smith's", "co-op", "1.5", "bn"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let range = next_word(text, &mut pos)?;
        Some(Word {
            text: &text[range.clone()],
            range,
        })
    })
}

/// The range of the next word of `text` at or after byte `*pos` (a char
/// boundary), moving `*pos` to its end; `None` when no word is left.
///
/// ASCII is decided byte by byte: the word's bytes, and at its end the byte
/// after it and the one after that (a joiner and what follows it). The first
/// non-ASCII byte met at a decision hands the rest of the word to
/// [`extend_word`], which decodes chars and gives the same boundaries.
#[inline]
fn next_word(text: &str, pos: &mut usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    // Skip to the next alphanumeric char.
    let start = loop {
        let &b = bytes.get(*pos)?;
        if is_word_byte(b) {
            break *pos;
        }
        if b.is_ascii() {
            *pos += 1;
            continue;
        }
        let (c, len) = char_at(text, *pos)?;
        if is_alphanumeric(c) {
            break *pos;
        }
        *pos += len;
    };
    let mut end = start;
    loop {
        while bytes.get(end).is_some_and(|&b| is_word_byte(b)) {
            end += 1;
        }
        // At the end of the text, or a char that is not an ASCII letter or
        // digit: a joiner continues the word only before an alphanumeric
        // char, so the end of the text after it ends the word too.
        let (Some(&c), Some(&next)) = (bytes.get(end), bytes.get(end + 1)) else {
            break;
        };
        if !c.is_ascii() || !next.is_ascii() {
            end = extend_word(text, start, end);
            break;
        }
        if !is_word_byte(next) {
            break;
        }
        // `end > start` and the byte before is ASCII: the word began with an
        // ASCII letter or digit (a non-ASCII one went to `extend_word`).
        let prev_digit = || bytes[end - 1].is_ascii_digit();
        let ok = match c {
            b'\'' | b'-' => true,
            b',' => prev_digit() && next.is_ascii_digit(),
            b'.' => prev_digit() || is_initialism_dot(text, start, end),
            _ => false,
        };
        if !ok {
            break;
        }
        end += 2;
    }
    *pos = end;
    Some(start..end)
}

/// The end of the word that starts at `start` and runs at least to `pos`
/// (char boundaries), decoding chars: letters and digits of any script, and
/// the joiners `'`, `’`, `-`, `‑` and `.` before an alphanumeric char (`.`
/// only after a digit or in an initialism) and `,` between digits.
fn extend_word(text: &str, start: usize, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while bytes.get(pos).is_some_and(|&b| is_word_byte(b)) {
            pos += 1;
        }
        let Some((c, len)) = char_at(text, pos) else {
            break;
        };
        if is_alphanumeric(c) {
            pos += len;
            continue;
        }
        if !matches!(c, '\'' | '’' | '-' | '‑' | '.' | ',') {
            break;
        }
        // Joiner: keep only when followed by an alphanumeric char (and,
        // for ',', only between digits: "1,500").
        let Some((next, _)) = char_at(text, pos + len) else {
            break;
        };
        // The byte before is a whole char when it is ASCII.
        let prev_digit = bytes[pos - 1].is_ascii_digit();
        let ok = match c {
            ',' => prev_digit && next.is_ascii_digit(),
            '.' => is_alphanumeric(next) && (prev_digit || is_initialism_dot(text, start, pos)),
            _ => is_alphanumeric(next),
        };
        if !ok {
            break;
        }
        pos += len;
    }
    pos
}

/// ASCII letters and digits, by byte.
const WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether byte `b` is an ASCII letter or digit (one table look-up).
#[inline]
fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`char::is_alphanumeric`], answered without the Unicode tables for
/// ASCII and for the General Punctuation block (curly quotes, dashes and
/// special spaces: U+2000 to U+206F, none alphanumeric), the non-ASCII
/// chars news copy has most.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
    }
}

/// The char at byte `at` of `text` (a char boundary) and its length in
/// bytes, or `None` at the end; ASCII without decoding.
#[inline]
fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(at)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text[at..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// True when the '.' at `dot` continues an initialism like "U.S" (single
/// letters separated by dots).
fn is_initialism_dot(text: &str, word_start: usize, dot: usize) -> bool {
    let seg = &text[word_start..dot];
    let last = seg.rsplit('.').next().unwrap_or(seg);
    last.chars().count() == 1
        && text[dot + 1..]
            .chars()
            .nth(1)
            .is_none_or(|c| !c.is_alphanumeric() || c == '.')
}

/// The value of a decimal number written `digits` or `digits.digits`
/// (`"144"`, `"1.5"`, `"3."`), or `None` for anything else: the same value
/// `str::parse::<f64>` gives for such text, without linking the general float
/// parser into the wasm module (about 20 KB of code and tables).
///
/// Exact (correctly rounded) whenever the significant digits fit in 2^53 and
/// the decimal exponent in ±22, which covers every figure a news article
/// writes; beyond that (more than 15 significant digits) within an ulp or two.
pub fn parse_decimal(text: &str) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let fraction = fraction.trim_end_matches('0');
    let digit = |b: &u8| b.is_ascii_digit();
    if whole.is_empty()
        || !whole.as_bytes().iter().all(digit)
        || !fraction.as_bytes().iter().all(digit)
    {
        return None;
    }
    // value = mantissa * 10^exponent; digits beyond 19 only move the exponent.
    let (mut mantissa, mut exponent) = (0u64, 0i32);
    for (i, b) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let in_fraction = i >= whole.len();
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            exponent -= i32::from(in_fraction);
        } else {
            exponent += i32::from(!in_fraction);
        }
    }
    let m = mantissa as f64;
    let power = |e: i32| POW10.get(e.unsigned_abs() as usize).copied();
    Some(match power(exponent) {
        Some(p) if mantissa <= 1 << 53 && exponent < 0 => m / p,
        Some(p) if mantissa <= 1 << 53 => m * p,
        _ => m * 10f64.powi(exponent),
    })
}

/// A fast, non-cryptographic hasher (the Fx hash of rustc and Firefox) for
/// the crate's internal maps, whose keys are short strings and integers:
/// SipHash, the standard library's default, costs several times more per
/// key.
///
/// It does not resist chosen collisions. Keys come from article text, which
/// is untrusted, so a hostile input could make many keys collide and slow a
/// map down; inputs are bounded ([`crate::MAX_ARTICLE_BYTES`],
/// [`crate::MAX_ARTICLES`]), and nothing depends on a map's
/// iteration order, so the worst case is slower, never wrong.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The same little-endian, zero-padded word as copying the tail
            // into a `[0u8; 8]`, assembled byte by byte: a copy of a
            // variable length calls `memcpy` on every string hashed.
            let mut word = 0u64;
            for (i, &b) in rest.iter().enumerate() {
                word |= u64::from(b) << (8 * i);
            }
            self.add(word);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The word splitter before its ASCII fast path, char by char at every
    /// decision: the oracle for [`words`].
    #[cfg(not(target_arch = "wasm32"))]
    fn words_oracle(text: &str) -> impl Iterator<Item = Word<'_>> + '_ {
        let bytes = text.as_bytes();
        let mut pos = 0;
        std::iter::from_fn(move || {
            // Skip to the next alphanumeric char (ASCII bytes without decoding).
            let start = loop {
                let &b = bytes.get(pos)?;
                if b.is_ascii() {
                    pos += 1;
                    if is_word_byte(b) {
                        break pos - 1;
                    }
                    continue;
                }
                let (c, len) = char_at(text, pos)?;
                pos += len;
                if is_alphanumeric(c) {
                    break pos - len;
                }
            };
            // Then char by char at every step (what `words` falls back to
            // at the first non-ASCII byte).
            pos = extend_word(text, start, pos);
            Some(Word {
                text: &text[start..pos],
                range: start..pos,
            })
        })
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2048, ..Default::default() })]
        /// The ASCII fast path of `words` gives the words the char-by-char
        /// splitter gives, on ASCII, mixed and non-ASCII text.
        #[test]
        fn words_match_the_char_by_char_splitter(
            text in "[a-zA-Z0-9 .,'’‑“é1ÉıΣ😀\u{a0}\u{2014}-]{0,40}|[aA1 .,'-]{0,40}|[a-zA-Z0-9 .,'-]{0,60}"
        ) {
            let fast: Vec<_> = words(&text).collect();
            let slow: Vec<_> = words_oracle(&text).collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    // proptest is a native-only dev-dependency (not built for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]
        /// `fold` with its ASCII runs lower-cased in bulk gives what folding
        /// char by char gives.
        #[test]
        fn fold_is_fold_char_by_char(text in "[a-zA-Z0-9 .,'’“”éÉßÆİıΣσ😀\u{a0}-]{0,40}") {
            let mut slow = String::new();
            for c in text.chars() {
                match fold_char(c) {
                    Some(s) => slow.push_str(s),
                    None => slow.extend(c.to_lowercase()),
                }
            }
            proptest::prop_assert_eq!(fold(&text), slow);
        }
    }

    #[test]
    fn utf16_offsets_match_javascript() {
        let text = "a é 😀 b";
        let map = Utf16Map::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected: usize = text[..i].chars().map(char::len_utf16).sum();
            assert_eq!(map.utf16(i), expected, "at byte {i}");
        }
    }

    #[test]
    fn fold_ws_copies_folded_text() {
        for t in [
            "a b",
            "a  b",
            " a",
            "a ",
            "",
            " ",
            "a\tb",
            "a\nb",
            "a\u{a0}b",
            "a \u{a0}b",
            "“a” — b’s",
            "a\u{2009}b",
            "a\u{3000}",
            "\u{85}a",
            "é b",
        ] {
            let slow = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(fold_ws(t), slow, "{t:?}");
            assert_eq!(is_folded(t), !t.is_empty() && slow == t, "{t:?}");
        }
    }

    #[test]
    fn find_any_byte_finds_the_first() {
        let mut x = 7u64;
        for _ in 0..3000 {
            let len = (x >> 40) as usize % 40;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    [b'a', b'"', b'.', 0xC2, 0xE2, 0x80, 0x01, 0xFF][(x >> 61) as usize]
                })
                .collect();
            for needles in [[b'"', b'\'', 0xC2, 0xE2], [b'.', b'!', b'?', 0xE2]] {
                let slow = bytes.iter().position(|b| needles.contains(b));
                assert_eq!(find_any_byte(&bytes, needles), slow, "{bytes:?}");
            }
        }
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in ['a', 'Z', '0', 'é', 'Σ', '٣', 'ⁱ', '’', ' ', '.'] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words_keep_initialisms_and_decimals() {
        let w: Vec<_> = words("the U.S. said 1.5 years, 1,500 dead. End")
            .map(|w| w.text)
            .collect();
        assert_eq!(
            w,
            ["the", "U.S", "said", "1.5", "years", "1,500", "dead", "End"]
        );
    }

    #[test]
    fn parse_decimal_agrees_with_the_float_parser() {
        for t in [
            "0",
            "7",
            "144",
            "1.5",
            "3.",
            "0.1",
            "0.3",
            "1.05",
            "2.675",
            "1000000",
            "007",
            "123456789012345",
            "9007199254740993",
            "1.50000000000000000000000000",
            "0.000000000000000000001",
            "3.14159265358979",
        ] {
            assert_eq!(parse_decimal(t), t.parse::<f64>().ok(), "{t}");
        }
        // Beyond 19 digits: within an ulp or two.
        let big = parse_decimal("99999999999999999999999.5").unwrap_or(0.0);
        assert!((big / 1e23 - 1.0).abs() < 1e-15, "{big}");
        for t in ["", ".5", "1.2.3", "1,000", "1e5", "-1", "+1", "1 ", "٣"] {
            assert_eq!(parse_decimal(t), None, "{t}");
        }
        // A spread of figures with up to 15 significant digits: bit-identical.
        let mut x = 1u64;
        for _ in 0..2000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let digits = (x >> 14) % 1_000_000_000_000_000;
            let point = ((x >> 4) % 16) as usize;
            let s = digits.to_string();
            let t = if point < s.len() {
                format!("{}.{}", &s[..s.len() - point], &s[s.len() - point..])
            } else {
                s
            };
            assert_eq!(parse_decimal(&t), t.parse::<f64>().ok(), "{t}");
        }
    }
}
