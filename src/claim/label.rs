//! A claim's label: a short, readable version of its most representative
//! statement.

/// Longest label, in chars, before it is cut on a word boundary.
pub const MAX_CHARS: usize = 90;

/// `text` made into a label: outer quotes and a leading "that" removed, the
/// first letter upper case, the first sentence only, and anything longer than
/// [`MAX_CHARS`] cut on a word boundary with an ellipsis.
///
/// ```
/// use factsheet::claim::label::label;
/// assert_eq!(label("that Spain will help."), "Spain will help");
/// let long = label(&"word ".repeat(40));
/// assert!(long.ends_with('…') && long.chars().count() <= 91);
/// ```
pub fn label(text: &str) -> String {
    let quotes: &[char] = &['"', '“', '”', '„', '«', '»', '\'', '‘', '’'];
    let mut t = text.trim().trim_matches(quotes).trim();
    for lead in ["that ", "That "] {
        if let Some(rest) = t.strip_prefix(lead) {
            t = rest.trim_start();
        }
    }
    // The first sentence, when there are several.
    if let Some(end) = sentence_end(t) {
        t = &t[..end];
    }
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || ".,;:".contains(c));
    let t = t.trim_matches(quotes).trim();
    let t = balance_quotes(t);
    let t = t.as_str();
    let mut out = String::with_capacity(t.len().min(MAX_CHARS * 4));
    // A char takes at least a byte: a short text need not be counted.
    if t.len() <= MAX_CHARS || t.chars().count() <= MAX_CHARS {
        out.push_str(t);
    } else {
        let mut cut = 0;
        for (n, (i, c)) in t.char_indices().enumerate() {
            if n >= MAX_CHARS {
                break;
            }
            if c.is_whitespace() {
                cut = i;
            }
        }
        if cut == 0 {
            cut = t.char_indices().nth(MAX_CHARS).map_or(t.len(), |(i, _)| i);
        }
        out.push_str(
            t[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c)),
        );
        out.push('…');
    }
    let mut chars = out.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => {
            let mut upper = String::with_capacity(out.len() + 2);
            upper.extend(first.to_uppercase());
            upper.push_str(chars.as_str());
            upper
        }
        _ => out,
    }
}

/// `t` without its quotation marks when they do not pair up (a quoted
/// fragment cut by the label).
fn balance_quotes(t: &str) -> String {
    // Three searches for one char each: much faster than one for any of
    // three.
    if !(t.contains('"') || t.contains('“') || t.contains('”')) {
        return t.to_string();
    }
    let count = |c: char| t.chars().filter(|&x| x == c).count();
    let straight_odd = count('"') % 2 == 1;
    let curly_odd = count('“') != count('”');
    t.chars()
        .filter(|&c| !(straight_odd && c == '"') && !(curly_odd && (c == '“' || c == '”')))
        .collect()
}

/// The end of the first sentence of `t` when a second one follows: a `.`,
/// `!` or `?` followed by a space and an upper-case letter, after at least
/// four words.
fn sentence_end(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut word_start = 0;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_whitespace() {
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            words += 1;
            word_start = i;
        }
        if matches!(c, b'.' | b'!' | b'?') && b.get(i + 1) == Some(&b' ') {
            let next_upper = t[i + 2..].chars().next().is_some_and(char::is_uppercase);
            // "Mr." or "U.S.": a short capitalised word before the dot.
            let last = &t[word_start..i];
            let abbreviation =
                last.len() <= 3 && last.chars().next().is_some_and(char::is_uppercase);
            if next_upper && words >= 4 && !abbreviation {
                return Some(i);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_short_and_clean() {
        assert_eq!(
            label("\u{201c}Spain has no information.\u{201d}"),
            "Spain has no information"
        );
        assert_eq!(
            label("he called on Peru to stop. He also said more things here."),
            "He called on Peru to stop"
        );
        let l = label("The minister unequivocally condemned the war of aggression that the army has unleashed in the region and recalled that the country will continue");
        assert!(l.ends_with('…'), "{l}");
        assert!(l.chars().count() <= MAX_CHARS + 1);
        assert!(!l.contains("continue"));
    }

    #[test]
    fn never_panics_on_odd_text() {
        let dots = "a. B ".repeat(20_000);
        for t in [
            "",
            "\"",
            "ééééé",
            &"é".repeat(500),
            ". . .",
            "Mr. X. Y",
            &dots,
        ] {
            let _ = label(t);
        }
    }
}
