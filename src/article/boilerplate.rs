//! Which paragraph units are boilerplate, and of what kind.
//!
//! Each unit is first judged on its own (lexicons of general patterns),
//! then in sequence: a "Read more" marker makes the headline-like units
//! after it links to other stories, a comment marker makes the form after
//! it comments, an appeal makes the appeal-worded units after it more of
//! the appeal, and short lines repeated verbatim are captions.

use std::ops::Range;

use super::dates::is_timestamp;
use super::lines::{ends_sentence, is_space, Unit};
use super::meta::{byline, glued_byline, journalist_role};
use crate::lexicon::boilerplate::{
    hits, is_unit, Pairs, APPEAL_PHRASES, APPEAL_WORDS, CAPTION_LABELS, CAPTION_PHRASES,
    COMMENT_MARKERS, COMMENT_PHRASES, CONSENT_PHRASES, EMBED_PHRASES, LEGAL_PHRASES,
    NAVIGATION_PHRASES, NAVIGATION_UNITS, NETWORKS, NETWORK_APPEAL_WORDS, RELATED_MARKERS,
    RELATED_PREFIXES,
};
use crate::model::DropKind;
use crate::text::{fold, FastMap};

/// Units longer than this (bytes) are prose: no lexicon is run on them.
const MAX_BOILERPLATE_BYTES: usize = 4000;

/// In a text of more paragraph units than a page ever has, only this many
/// at each end are judged by the lexicons (boilerplate sits at the edges);
/// the rest keep to the sequence rules. Bounds the work on huge inputs.
const JUDGED_AT_EACH_END: usize = 2500;

/// What the classifier knows about one unit.
#[derive(Clone, Debug)]
pub(crate) struct Features {
    /// White space folded, as written.
    pub flat: String,
    /// [`fold`]ed: lower case, plain quotes, no accents.
    pub norm: String,
    /// Number of words.
    pub words: usize,
    /// Ends like a sentence.
    pub terminal: bool,
    /// Starts with a bullet.
    pub bullet: bool,
    /// Too long to be boilerplate.
    pub big: bool,
}

impl Features {
    pub fn new(text: &str, unit: &Unit) -> Features {
        let raw = &text[unit.range.clone()];
        let terminal = ends_sentence(raw);
        if raw.len() > MAX_BOILERPLATE_BYTES {
            return Features {
                flat: String::new(),
                norm: String::new(),
                words: usize::MAX,
                terminal,
                bullet: unit.bullet,
                big: true,
            };
        }
        // White space (and zero-width marks) folded to one space, trimmed;
        // the words with a letter or digit counted on the way. Words that
        // one plain space separates are copied as one run.
        let mut flat = String::with_capacity(raw.len());
        let mut words = 0;
        let bytes = raw.as_bytes();
        // The run of words not yet copied to `flat`.
        let mut run: Option<Range<usize>> = None;
        let mut pos = 0;
        while pos < bytes.len() {
            let (end, len) = next_space(raw, pos).unwrap_or((bytes.len(), 1));
            if end > pos {
                if raw[pos..end].chars().any(char::is_alphanumeric) {
                    words += 1;
                }
                match &mut run {
                    Some(r) if r.end + 1 == pos && bytes[r.end] == b' ' => r.end = end,
                    _ => {
                        if let Some(r) = run.replace(pos..end) {
                            push_word(&mut flat, &raw[r]);
                        }
                    }
                }
            }
            pos = end + len;
        }
        if let Some(r) = run {
            push_word(&mut flat, &raw[r]);
        }
        let norm = fold(&flat);
        Features {
            words,
            flat,
            norm,
            terminal,
            bullet: unit.bullet,
            big: false,
        }
    }

    /// A paragraph of prose: a sentence of some length, not a list item.
    pub fn is_prose(&self) -> bool {
        self.big || (!self.bullet && ((self.terminal && self.words >= 6) || self.words >= 60))
    }
}

/// The next white space char (or zero-width mark, [`is_space`]) of `raw` at
/// or after byte `from`: where it is and its length. Bytes are judged
/// without decoding except ASCII controls and the lead bytes of non-ASCII
/// space and zero-width chars (0xC2, 0xE1, 0xE2, 0xE3, 0xEF).
fn next_space(raw: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = raw.as_bytes();
    let mut i = from;
    loop {
        i += bytes
            .get(i..)?
            .iter()
            .position(|&b| b <= b' ' || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF))?;
        let b = bytes[i];
        if b.is_ascii() {
            if matches!(b, b' ' | 0x09..=0x0D) {
                return Some((i, 1));
            }
            i += 1;
            continue;
        }
        let c = raw[i..].chars().next()?;
        if is_space(c) {
            return Some((i, c.len_utf8()));
        }
        i += c.len_utf8();
    }
}

/// Appends `words` to `flat`, after a space unless `flat` is empty.
fn push_word(flat: &mut String, words: &str) {
    if !flat.is_empty() {
        flat.push(' ');
    }
    flat.push_str(words);
}

/// How a unit was judged on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Own {
    /// Announces a list of links ("Read more").
    RelatedMarker,
    /// Opens the comment section ("Leave a Reply").
    CommentMarker,
    /// Boilerplate of this kind.
    Kind(DropKind),
}

/// True when `f` opens with a link prefix ("See also", "Read more:")
/// followed by another story's headline (capitalised, not prose).
fn link_prefixed(f: &Features) -> bool {
    RELATED_PREFIXES.iter().any(|prefix| {
        let Some(rest) = f.norm.strip_prefix(prefix) else {
            return false;
        };
        let headline =
            rest.trim_start_matches(|c: char| is_space(c) || matches!(c, ':' | '-' | '|'));
        let separated = prefix.ends_with(':') || headline.len() < rest.len();
        // The folded text is lower case: look at the original's capitals.
        let skipped = f.norm[..f.norm.len() - headline.len()].chars().count();
        let capital = f
            .flat
            .chars()
            .nth(skipped)
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"'“‘«".contains(c));
        separated && capital && (!f.terminal || f.words <= 20)
    })
}

/// A credit label ("Photo:", "Source:") opening a short unit, or closing
/// it with a few words after it: a photo caption or credit.
fn credit_label(f: &Features, pairs: &Pairs) -> bool {
    if f.words > 50 {
        return false;
    }
    CAPTION_LABELS.iter().any(|label| {
        if !pairs.may_hold(label) {
            return false;
        }
        if f.norm.starts_with(label) {
            return f.words <= 12 || !f.terminal;
        }
        f.norm.rfind(label).is_some_and(|i| {
            let rest = &f.norm[i + label.len()..];
            let before = f.norm[..i].trim_end();
            rest.split_whitespace().count() <= 6
                && !ends_sentence(rest)
                && (before.ends_with(['.', '|', ')', '-', '/']) || f.words <= 12)
        })
    })
}

fn own(f: &Features) -> Option<Own> {
    if f.big {
        return None;
    }
    let n = f.norm.as_str();
    // The unit's byte pairs, once for every table.
    let pairs = Pairs::of(n);
    let hits = |table| hits_with(n, &pairs, table);
    if is_unit(n, COMMENT_MARKERS) {
        return Some(Own::CommentMarker);
    }
    if is_unit(n, RELATED_MARKERS) {
        return Some(Own::RelatedMarker);
    }
    let kind = if is_unit(n, NAVIGATION_UNITS)
        || (f.words <= 40 && hits(NAVIGATION_PHRASES).next().is_some())
    {
        DropKind::Navigation
    } else if f.words <= 80
        && (hits(LEGAL_PHRASES).next().is_some() || hits(EMBED_PHRASES).next().is_some())
    {
        DropKind::Other
    } else if hits(COMMENT_PHRASES).next().is_some() {
        DropKind::Comments
    } else if hits(CONSENT_PHRASES).count() >= if f.words <= 40 { 2 } else { 3 } {
        DropKind::Consent
    } else if (f.words <= 60 && hits(CAPTION_PHRASES).next().is_some()) || credit_label(f, &pairs) {
        DropKind::Caption
    } else if (f.words <= 150 && hits(APPEAL_PHRASES).next().is_some())
        || (f.words <= 40 && hits(NETWORK_APPEAL_WORDS).next().is_some() && names_network(n))
    {
        DropKind::Appeal
    } else if f.words <= 30
        && (is_timestamp(&f.flat)
            || byline(&f.flat).is_some()
            // (Glued bylines have 2 to 4 words, and `words` never
            // exceeds the count of space-separated pieces.)
            || (f.words <= 4 && glued_byline(&f.flat).is_some())
            || journalist_role(&f.flat).is_some())
    {
        DropKind::Metadata
    } else if link_prefixed(f) {
        DropKind::Related
    } else {
        return None;
    };
    Some(Own::Kind(kind))
}

/// [`hits`] for a unit whose byte pairs `pairs` are known.
fn hits_with<'a>(
    norm: &'a str,
    pairs: &'a Pairs,
    table: &'a [&'static str],
) -> impl Iterator<Item = &'static str> + 'a {
    table
        .iter()
        .copied()
        .filter(move |p| pairs.may_hold(p) && norm.contains(p))
}

/// True when `norm` names a social network or messenger as a word.
fn names_network(norm: &str) -> bool {
    norm.split(|c: char| !c.is_alphanumeric())
        .any(|w| w != "x" && NETWORKS.contains(&w))
}

/// True when `norm` has one of the weaker appeal words.
fn appeal_worded(norm: &str) -> bool {
    hits(norm, APPEAL_WORDS).next().is_some()
}

/// What to drop: one entry per unit, `None` for units to keep.
pub(crate) fn classify(features: &[Features]) -> Vec<Option<DropKind>> {
    let repeated = repeats(features);
    let mut out = Vec::with_capacity(features.len());
    #[derive(PartialEq)]
    enum Mode {
        Plain,
        Related,
        Comments,
        AllComments,
        Appeal,
    }
    let mut mode = Mode::Plain;
    let mut last_marker = None;
    let n = features.len();
    for (i, f) in features.iter().enumerate() {
        let judged = if i < JUDGED_AT_EACH_END || i + JUDGED_AT_EACH_END >= n {
            own(f)
        } else {
            None
        };
        if matches!(judged, Some(Own::RelatedMarker | Own::CommentMarker)) && i * 2 >= n {
            last_marker = Some(i);
        }
        let kind = match judged {
            Some(Own::RelatedMarker) => {
                mode = Mode::Related;
                Some(DropKind::Related)
            }
            Some(Own::CommentMarker) => {
                // In the second half of the text, a comment section runs to
                // the end: readers' comments are not the article.
                mode = if i * 2 >= n {
                    Mode::AllComments
                } else {
                    Mode::Comments
                };
                Some(DropKind::Comments)
            }
            Some(Own::Kind(k)) => {
                mode = match (k, mode) {
                    (DropKind::Appeal, _) => Mode::Appeal,
                    (DropKind::Comments, _) => Mode::Comments,
                    (_, Mode::Related) if !f.is_prose() => Mode::Related,
                    (_, m) if m == Mode::Comments || m == Mode::AllComments => m,
                    _ => Mode::Plain,
                };
                Some(k)
            }
            None => match mode {
                Mode::Related if !f.is_prose() || f.bullet => Some(DropKind::Related),
                Mode::Comments if !f.is_prose() || f.words < 30 => Some(DropKind::Comments),
                Mode::AllComments => Some(DropKind::Comments),
                Mode::Appeal if !f.big && appeal_worded(&f.norm) => Some(DropKind::Appeal),
                _ => {
                    mode = Mode::Plain;
                    match repeated[i] {
                        Repeat::Short => Some(DropKind::Caption),
                        Repeat::Copy => Some(DropKind::Other),
                        Repeat::No => None,
                    }
                }
            },
        };
        out.push(kind);
    }
    // After a link-list or comment marker in the second half of the text,
    // short paragraphs with no longer prose after them are the teasers of
    // other stories, not the end of this one.
    if let Some(m) = last_marker {
        let after = m + 1..n;
        let only_short = after
            .clone()
            .all(|i| out[i].is_some() || (!features[i].big && features[i].words <= 40));
        if only_short {
            for i in after {
                if out[i].is_none() {
                    out[i] = Some(out[m].unwrap_or(DropKind::Related));
                }
            }
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Repeat {
    No,
    /// A short non-prose line repeated nearby (image alt text + caption).
    Short,
    /// A later verbatim copy of a paragraph.
    Copy,
}

fn repeats(features: &[Features]) -> Vec<Repeat> {
    let mut out = vec![Repeat::No; features.len()];
    let mut seen: FastMap<&str, usize> = FastMap::default();
    seen.reserve(features.len());
    for (i, f) in features.iter().enumerate() {
        if f.big || f.norm.is_empty() {
            continue;
        }
        let key = f.norm.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(&j) = seen.get(key) {
            if f.is_prose() {
                out[i] = Repeat::Copy;
            } else if i - j <= 3 && f.words <= 40 {
                out[i] = Repeat::Short;
                out[j] = Repeat::Short;
            }
        }
        seen.insert(key, i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lines::units;
    use super::*;

    fn kinds(text: &str) -> Vec<(Option<DropKind>, String)> {
        let u = units(text);
        let f: Vec<_> = u.iter().map(|u| Features::new(text, u)).collect();
        classify(&f)
            .into_iter()
            .zip(f)
            .map(|(k, f)| (k, f.flat))
            .collect()
    }

    #[test]
    fn features_fold_white_space_and_count_words() {
        let text = "a\u{200b} b  c\u{a0}d\u{feff} – e’s\n f";
        let f = Features::new(text, &units(text)[0]);
        assert_eq!(f.flat, "a b c d – e’s f");
        assert_eq!(f.words, 6);
    }

    #[test]
    fn read_more_drops_the_link_list_and_stops_at_prose() {
        let k = kinds("Real text here, it is prose.\n\nRead more:\n\n- One headline\n\nAnother headline\n\nThe story goes on after the list, as stories do.");
        let dropped: Vec<_> = k.iter().map(|k| k.0).collect();
        assert_eq!(
            dropped,
            [
                None,
                Some(DropKind::Related),
                Some(DropKind::Related),
                Some(DropKind::Related),
                None
            ]
        );
    }

    #[test]
    fn prose_with_read_stays() {
        let k = kinds("He said he would read more of the report before he decided.");
        assert_eq!(k[0].0, None);
    }

    #[test]
    fn comment_form() {
        let k = kinds("Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nName *");
        assert!(k.iter().all(|k| k.0 == Some(DropKind::Comments)), "{k:?}");
    }

    #[test]
    fn teasers_after_a_closing_link_list() {
        let k = kinds("The story itself is here, and it is long enough.\n\nIt goes on for another paragraph of text.\n\nAnd a third paragraph, which ends the story.\n\nOther News\n\nExpert explains the new law\n\nThe new law means that men abroad must update their data.");
        assert_eq!(k[3].0, Some(DropKind::Related));
        assert_eq!(k[4].0, Some(DropKind::Related));
        assert_eq!(k[5].0, Some(DropKind::Related));
        let k = kinds("Read more\n\nA headline\n\nThe story goes on after the list, as stories do here.\n\nAnd on.");
        assert_eq!(k[2].0, None, "a marker in the first half ends at prose");
    }

    #[test]
    fn comments_at_the_end_run_to_the_end() {
        let k = kinds("The story, in one paragraph of prose.\n\nA second paragraph of the story, also prose.\n\nA third paragraph of the story, also prose.\n\nLeave a Reply\n\nJo says:\n\nThis is a long comment from a reader who has many opinions, and it goes on and on about the story above, which the reader did not like at all, for many reasons that are listed here.");
        assert_eq!(k[4].0, Some(DropKind::Comments));
        assert_eq!(k[5].0, Some(DropKind::Comments));
    }

    #[test]
    fn repeated_caption() {
        let k = kinds("Jane Doe, Minister of Things\n\nJane Doe, Minister of Things\n\nThe minister spoke at length about things today.");
        assert_eq!(k[0].0, Some(DropKind::Caption));
        assert_eq!(k[1].0, Some(DropKind::Caption));
        assert_eq!(k[2].0, None);
    }

    #[test]
    fn photo_credit_and_captions() {
        let k = kinds("Ministers meet in Paris. Source: Ministry of Things\n\nA minister in 2023. (Photo by Someone/Agency via Getty Images)\n\nThe photo by the ministry, which was published on Monday, showed a long table and two chairs in a room.");
        assert_eq!(k[0].0, Some(DropKind::Caption));
        assert_eq!(k[1].0, Some(DropKind::Caption));
        assert_eq!(k[2].0, None);
    }

    #[test]
    fn networks_in_prose_stay() {
        let k = kinds("The president wrote on his Telegram channel that the talks would go on.\n\nSubscribe to our Telegram channel.");
        assert_eq!(k[0].0, None);
        assert_eq!(k[1].0, Some(DropKind::Appeal));
    }
}
