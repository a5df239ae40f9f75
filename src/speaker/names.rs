//! Name comparison tolerant of accents, transliteration and small
//! misspellings: "Sébastien" = "Sebastien", "Sergey" = "Sergei",
//! "Mykhailo Kovalchuk" = "Mykhaylo Kovalchuk", and a phonetic code for
//! mistranslated surnames.
//!
//! Every function takes folded words (see [`crate::text::fold`]).

/// A comparison key that ignores common transliteration differences:
/// y/i/j alike, "kh" = "h", "ph" = "f", "w" = "v", "ck" = "k", doubled
/// letters once, non-letters dropped.
///
/// ```
/// use factsheet::speaker::names::translit_key;
/// assert_eq!(translit_key("sergey"), translit_key("sergei"));
/// assert_eq!(translit_key("zelenskyy"), translit_key("zelenskiy"));
/// ```
pub fn translit_key(folded: &str) -> String {
    let mut s: Vec<u8> = Vec::with_capacity(folded.len());
    if folded.is_ascii() {
        s.extend(folded.bytes().filter(u8::is_ascii_alphanumeric));
    } else {
        let mut buf = [0u8; 4];
        for c in folded.chars().filter(|c| c.is_alphanumeric()) {
            s.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    // Each replacement in turn, left to right as `str::replace` does. The
    // patterns are ASCII, which never occurs inside a multi-byte char, and
    // no replacement is longer than its pattern, so it is done in place.
    for (from, to) in [
        (b"kh", &b"h"[..]),
        (b"ph", b"f"),
        (b"ck", b"k"),
        (b"ey", b"ei"),
        (b"iy", b"i"),
        (b"yi", b"i"),
        (b"ou", b"u"),
    ] {
        replace_in_place(&mut s, from, to);
    }
    let mut out = String::with_capacity(s.len());
    let mut last: Option<char> = None;
    let push = |c: char, out: &mut String, last: &mut Option<char>| {
        let c = match c {
            'y' | 'j' => 'i',
            'w' => 'v',
            other => other,
        };
        if *last != Some(c) {
            out.push(c);
            *last = Some(c);
        }
    };
    if s.is_ascii() {
        for &b in &s {
            push(char::from(b), &mut out, &mut last);
        }
    } else {
        for c in String::from_utf8_lossy(&s).chars() {
            push(c, &mut out, &mut last);
        }
    }
    out
}

/// Replaces every non-overlapping `from` (two bytes) in `s` with `to` (at
/// most two bytes), scanning left to right.
fn replace_in_place(s: &mut Vec<u8>, from: &[u8; 2], to: &[u8]) {
    if !s.windows(2).any(|w| w == from) {
        return;
    }
    let (mut r, mut w) = (0, 0);
    while r < s.len() {
        if r + 1 < s.len() && s[r] == from[0] && s[r + 1] == from[1] {
            s[w..w + to.len()].copy_from_slice(to);
            w += to.len();
            r += 2;
        } else {
            s[w] = s[r];
            w += 1;
            r += 1;
        }
    }
    s.truncate(w);
}

/// Levenshtein distance between two short strings, in chars; gives up (returns
/// `limit + 1`) as soon as the distance must exceed `limit`.
pub fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    if a.is_ascii() && b.is_ascii() {
        return distance(a.as_bytes(), b.as_bytes(), limit);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    distance(&a, &b, limit)
}

/// True when `edit_distance(a, b, 1) <= 1`: for ASCII words (names mostly
/// are) by one pass over the common prefix rather than the distance table.
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    if !(a.is_ascii() && b.is_ascii()) {
        return edit_distance(a, b, 1) <= 1;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // `distance` gives up on words longer than 64.
    if long.len() - short.len() > 1 || long.len() > 64 {
        return false;
    }
    let same = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if same == short.len() {
        // Equal, or one letter more at the end.
        return true;
    }
    if short.len() == long.len() {
        // One letter replaced.
        short[same + 1..] == long[same + 1..]
    } else {
        // One letter inserted.
        short[same..] == long[same + 1..]
    }
}

/// Levenshtein distance over two slices, bounded by `limit`.
fn distance<T: PartialEq>(a: &[T], b: &[T], limit: usize) -> usize {
    if a.len().abs_diff(b.len()) > limit || a.len() > 64 || b.len() > 64 {
        return limit + 1;
    }
    // Two rows of at most 65 cells, on the stack.
    let mut rows = [[0usize; 65]; 2];
    for (j, cell) in rows[0][..=b.len()].iter_mut().enumerate() {
        *cell = j;
    }
    let (mut p, mut c) = (0, 1);
    for (i, ca) in a.iter().enumerate() {
        rows[c][0] = i + 1;
        let mut row_min = rows[c][0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let v = (rows[p][j] + cost)
                .min(rows[p][j + 1] + 1)
                .min(rows[c][j] + 1);
            rows[c][j + 1] = v;
            row_min = row_min.min(v);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut p, &mut c);
    }
    rows[p][b.len()]
}

/// True when two folded name words are the same name written differently:
/// equal transliteration keys, or (for longer names) one edit apart.
///
/// ```
/// use factsheet::speaker::names::same_word;
/// assert!(same_word("sebastien", "sebastien"));
/// assert!(same_word("sergey", "sergei"));
/// assert!(same_word("zelenskyy", "zelensky"));
/// assert!(!same_word("ivan", "ilya"));
/// ```
pub fn same_word(a: &str, b: &str) -> bool {
    a == b || same_keyed(a, &translit_key(a), b, &translit_key(b))
}

/// [`same_word`] for words whose [`translit_key`]s `ka` and `kb` are known.
pub(crate) fn same_keyed(a: &str, ka: &str, b: &str, kb: &str) -> bool {
    if a == b {
        return true;
    }
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka == kb {
        return true;
    }
    let shortest = ka.chars().count().min(kb.chars().count());
    shortest >= 6 && ka.chars().next() == kb.chars().next() && within_one_edit(ka, kb)
}

/// True when a given-name word `a` is compatible with `b`: the same word, or
/// an initial of it ("j" / "j." for "john").
pub fn same_given(a: &str, b: &str) -> bool {
    let initial = |x: &str| x.trim_end_matches('.').chars().count() == 1;
    if initial(a) || initial(b) {
        return a.chars().next() == b.chars().next();
    }
    same_word(a, b)
}

/// [`same_given`] for words whose [`translit_key`]s are known.
fn same_given_keyed(a: &str, ka: &str, b: &str, kb: &str) -> bool {
    let initial = |x: &str| x.trim_end_matches('.').chars().count() == 1;
    if initial(a) || initial(b) {
        return a.chars().next() == b.chars().next();
    }
    same_keyed(a, ka, b, kb)
}

/// True when two full names (folded words, given names first, surname last)
/// can name the same person: same surname, and the given names that both
/// have agree.
///
/// ```
/// use factsheet::speaker::names::same_person;
/// let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
/// assert!(same_person(&w("sergey ivanov"), &w("sergei ivanov")));
/// assert!(same_person(&w("ivanov"), &w("sergei ivanov")));
/// assert!(!same_person(&w("anna smith"), &w("john smith")));
/// ```
pub fn same_person(a: &[String], b: &[String]) -> bool {
    let keys = |w: &[String]| w.iter().map(|x| translit_key(x)).collect::<Vec<_>>();
    same_person_keyed(a, &keys(a), b, &keys(b))
}

/// [`same_person`] for names whose words' [`translit_key`]s are known
/// (`ka[i]` is the key of `a[i]`).
pub(crate) fn same_person_keyed(a: &[String], ka: &[String], b: &[String], kb: &[String]) -> bool {
    let (Some(sa), Some(sb)) = (a.last(), b.last()) else {
        return false;
    };
    if !same_keyed(sa, &ka[a.len() - 1], sb, &kb[b.len() - 1]) {
        return false;
    }
    if a.len() >= 2 && b.len() >= 2 {
        return same_given_keyed(&a[0], &ka[0], &b[0], &kb[0]);
    }
    true
}

/// American Soundex code of a folded word ("robert" → "R163").
///
/// ```
/// use factsheet::speaker::names::soundex;
/// assert_eq!(soundex("robert"), "R163");
/// assert_eq!(soundex("rupert"), "R163");
/// assert_eq!(soundex("tymczak"), "T522");
/// ```
pub fn soundex(folded: &str) -> String {
    let code = |c: char| match c {
        'b' | 'f' | 'p' | 'v' => Some('1'),
        'c' | 'g' | 'j' | 'k' | 'q' | 's' | 'x' | 'z' => Some('2'),
        'd' | 't' => Some('3'),
        'l' => Some('4'),
        'm' | 'n' => Some('5'),
        'r' => Some('6'),
        _ => None,
    };
    let mut letters = folded.chars().filter(char::is_ascii_alphabetic);
    let Some(first) = letters.next() else {
        return String::new();
    };
    let mut out = String::new();
    out.push(first.to_ascii_uppercase());
    let mut last = code(first);
    for c in letters {
        let k = code(c);
        if let Some(d) = k {
            if k != last {
                out.push(d);
                if out.len() == 4 {
                    break;
                }
            }
        }
        // 'h' and 'w' do not separate equal codes; vowels do.
        if !matches!(c, 'h' | 'w') {
            last = k;
        }
    }
    while out.len() < 4 {
        out.push('0');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants() {
        assert!(same_word("mykhailo", "mikhailo"));
        assert!(same_word("mykhaylo", "mykhailo"));
        assert!(same_word("volodymyr", "volodimir"));
    }

    #[test]
    fn within_one_edit_is_edit_distance_one() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "abd",
            "acb",
            "abcd",
            "xabc",
            "abxc",
            "zelensky",
            "zelenskyy",
            "zelenskiy",
            "sergei",
            "sergey",
            "é",
            "ée",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    within_one_edit(a, b),
                    edit_distance(a, b, 1) <= 1,
                    "{a} {b}"
                );
            }
        }
        let long = "a".repeat(65);
        assert!(!within_one_edit(&long, &long));
    }

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(edit_distance("kitten", "sitting", 5), 3);
        assert_eq!(edit_distance("abc", "abc", 0), 0);
        assert_eq!(edit_distance("a", "abcdef", 2), 3);
    }

    #[test]
    fn mistranslation_shares_a_soundex_code() {
        assert_eq!(soundex("dupont"), soundex("dupond"));
        assert_ne!(soundex("durand"), soundex("dupont"));
    }

    #[test]
    fn initials_match_given_names() {
        assert!(same_given("j.", "john"));
        assert!(!same_given("k", "john"));
    }
}
