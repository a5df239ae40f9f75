//! Lines of the text grouped into paragraph units: blank lines separate
//! units; inside a block, hard-wrapped lines are joined and one-paragraph-
//! per-line text is kept apart.

use std::ops::Range;

/// True for white space and the invisible characters scrapes leave around
/// text (byte-order mark, zero-width spaces).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'
        )
}

/// `range` of `text` without leading and trailing [`is_space`] characters.
/// An all-space range becomes empty at its start.
pub(crate) fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let t = s.trim_start_matches(is_space);
    let start = range.start + (s.len() - t.len());
    start..start + t.trim_end_matches(is_space).len()
}

/// One line of the text.
#[derive(Clone, Debug)]
struct Line {
    /// The line's content, trimmed.
    content: Range<usize>,
    /// Leading white space, in columns (a tab counts 4).
    indent: usize,
    /// Columns from the start of the line to the end of its content.
    width: usize,
    /// Starts with a list bullet.
    bullet: bool,
}

/// A paragraph candidate: one line, or several lines joined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// Trimmed span of the original text (may contain line breaks).
    pub range: Range<usize>,
    /// Starts with a list bullet.
    pub bullet: bool,
    /// Number of lines joined into it.
    pub lines: usize,
}

/// Longest line (in columns) that still counts as hard-wrapped text.
const MAX_WRAP_WIDTH: usize = 120;

/// The raw lines of `text`: `\n`, `\r\n` and a lone `\r` end a line.
fn raw_lines(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // Without a carriage return, lines end at each `\n` (found by `memchr`).
    if !bytes.contains(&b'\r') {
        let mut out = Vec::with_capacity(bytes.len() / 64 + 1);
        let mut start = 0;
        while let Some(i) = text[start..].find('\n') {
            out.push(start..start + i);
            start += i + 1;
        }
        out.push(start..bytes.len());
        return out;
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(start..i);
                start = i + 1;
            }
            b'\r' => {
                out.push(start..i);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(start..bytes.len());
    out
}

/// The bullet marker at the start of `s` (already trimmed), if any, with
/// its length in bytes.
pub(crate) fn bullet_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, c) = chars.next()?;
    if matches!(
        c,
        '-' | '–' | '—' | '•' | '*' | '·' | '▪' | '►' | '◦' | '‣' | '●' | '■' | '→'
    ) {
        let (i, next) = chars.next()?;
        return is_space(next).then_some(i);
    }
    // "1." or "1)" followed by a space.
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &s[digits..];
        if (rest.starts_with(". ") || rest.starts_with(") ")) && !s[digits + 2..].starts_with(' ') {
            return Some(digits + 1);
        }
    }
    None
}

fn line(text: &str, raw: Range<usize>) -> Line {
    let content = trim(text, raw.clone());
    let mut indent = 0;
    for c in text[raw.start..content.start].chars() {
        indent += if c == '\t' { 4 } else { 1 };
    }
    let s = &text[content.clone()];
    let width = indent + s.chars().count();
    Line {
        bullet: bullet_len(s).is_some(),
        content,
        indent,
        width,
    }
}

/// True when the line's content ends a sentence: `.`, `!`, `?`, `…`, maybe
/// followed by closing quotes or brackets.
pub(crate) fn ends_sentence(s: &str) -> bool {
    let core = s.trim_end_matches(|c: char| is_closing(c) || is_space(c));
    core.ends_with(['.', '!', '?', '…'])
}

/// Closing quotation marks and brackets.
pub(crate) fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '“' | ')' | ']' | '}')
}

fn first_word_width(s: &str) -> usize {
    s.split(is_space).next().map_or(0, |w| w.chars().count())
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Whether the text is hard-wrapped at a fixed width (and that width):
/// almost no line is longer than a wrapping width, and most lines that run
/// on into another line are filled near that width and stop mid-sentence.
/// Text with one paragraph per line fails the second test: its lines end
/// with sentence punctuation, or are short headings.
fn wrap_width(text: &str, lines: &[Option<Line>]) -> Option<usize> {
    let mut content = 0;
    let mut long = 0;
    let mut width = 0;
    for (i, l) in lines.iter().enumerate() {
        let Some(l) = l else { continue };
        if l.width >= 30 {
            content += 1;
            // The wrapping width is measured on lines that run on into
            // another: a long headline standing alone says nothing of it.
            let runs_on = lines.get(i + 1).is_some_and(Option::is_some);
            if l.width > MAX_WRAP_WIDTH {
                long += 1;
            } else if runs_on {
                width = width.max(l.width);
            }
        }
    }
    if content < 3 || long * 5 > content {
        return None;
    }
    let mut continued = 0;
    let mut open = 0;
    for pair in lines.windows(2) {
        if let [Some(a), Some(b)] = pair {
            if a.bullet || b.bullet || a.width < 30 || a.width > MAX_WRAP_WIDTH {
                continue;
            }
            continued += 1;
            if a.width * 10 >= width * 6 && !ends_sentence(&text[a.content.clone()]) {
                open += 1;
            }
        }
    }
    (open >= 2 && open * 2 >= continued).then_some(width)
}

/// Whether line `b` continues the paragraph of line `a` (no blank line
/// between them).
fn joins(text: &str, a: &Line, b: &Line, wrap: Option<usize>) -> bool {
    if b.bullet || (b.indent > a.indent && b.indent >= 2) {
        return false;
    }
    let sa = &text[a.content.clone()];
    let sb = &text[b.content.clone()];
    if starts_lowercase(sb) && !ends_sentence(sa) && !sa.ends_with(':') {
        return true;
    }
    match wrap {
        // The next line's first word would not have fitted on this one.
        Some(w) => a.width + 1 + first_word_width(sb) + 3 > w,
        None => false,
    }
}

/// The paragraph units of `text`, in order.
pub(crate) fn units(text: &str) -> Vec<Unit> {
    let lines: Vec<Option<Line>> = raw_lines(text)
        .into_iter()
        .map(|r| {
            let l = line(text, r);
            (!l.content.is_empty()).then_some(l)
        })
        .collect();
    let wrap = wrap_width(text, &lines);
    let mut out: Vec<Unit> = Vec::new();
    let mut prev: Option<&Line> = None;
    for l in &lines {
        match l {
            None => prev = None,
            Some(l) => {
                match (prev, out.last_mut()) {
                    (Some(p), Some(unit)) if joins(text, p, l, wrap) => {
                        unit.range.end = l.content.end;
                        unit.lines += 1;
                    }
                    _ => out.push(Unit {
                        range: l.content.clone(),
                        bullet: l.bullet,
                        lines: 1,
                    }),
                }
                prev = Some(l);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        units(text).into_iter().map(|u| &text[u.range]).collect()
    }

    #[test]
    fn blank_lines_separate() {
        assert_eq!(texts("A b.\n\n  C d.\r\n\r\nE"), ["A b.", "C d.", "E"]);
    }

    #[test]
    fn one_paragraph_per_line() {
        let t = "Headline here\nFirst paragraph is long enough to be prose, and it ends here with a period.\nSecond one also goes on for a while and it is longer than any wrapped line would ever be in wire copy, which is the point.\n";
        assert_eq!(texts(t).len(), 3);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let t = "    The quick brown fox jumps over the lazy dog and keeps on running \nthrough the field until the sun goes down behind the hills in the \nwest, the farmer said.\n\n    Another paragraph starts here and goes on for quite a while too, \nuntil it ends.\n    An indented line starts a new paragraph.";
        let u = texts(t);
        assert_eq!(u.len(), 3, "{u:?}");
        assert!(u[0].starts_with("The quick") && u[0].ends_with("farmer said."));
        assert!(u[1].ends_with("until it ends."));
    }

    #[test]
    fn lowercase_continuation_joins() {
        assert_eq!(texts("He said the\nminister left.").len(), 1);
        assert_eq!(texts("Read more:\n- one\n- two").len(), 3);
    }

    #[test]
    fn bullets() {
        assert_eq!(bullet_len("- a"), Some(1));
        assert_eq!(bullet_len("• a"), Some(3));
        assert_eq!(bullet_len("12. a"), Some(3));
        assert_eq!(bullet_len("-a"), None);
        assert_eq!(bullet_len("2024. a"), None);
    }

    #[test]
    fn trims_bom_and_zero_width() {
        let t = "\u{feff} a \u{200b}";
        assert_eq!(&t[trim(t, 0..t.len())], "a");
    }
}
