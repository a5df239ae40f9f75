//! Units of analysis: sentences regrouped around quotations, and datelines.

use std::ops::Range;

use super::quotes::Quote;
use crate::text::trim_range;

/// Sentences of one paragraph grouped so that no outer quotation crosses a
/// unit's edge, then split again after a closing quotation mark that ends a
/// sentence (`…," he said. "Next …` is already split; `… end." Next` may not
/// be).
pub(super) fn units(text: &str, sentences: &[Range<usize>], qs: &[Quote]) -> Vec<Range<usize>> {
    let outer: Vec<&Quote> = qs.iter().filter(|q| q.depth == 0).collect();
    let mut merged: Vec<Range<usize>> = Vec::new();
    let mut qi = 0;
    let mut reach = 0;
    for s in sentences {
        let extend = merged
            .last()
            .is_some_and(|m| reach > m.end && s.start < reach);
        if extend {
            if let Some(m) = merged.last_mut() {
                m.end = m.end.max(s.end);
            }
        } else {
            merged.push(s.clone());
        }
        while qi < outer.len() && outer[qi].open.start < s.end {
            if outer[qi].open.start >= s.start || extend {
                reach = reach.max(outer[qi].outer().end);
            }
            qi += 1;
        }
    }
    // Split after `."` + space + capital or opening mark.
    let mut out = Vec::with_capacity(merged.len());
    let mut closes = outer
        .iter()
        .map(|q| q.close.clone())
        .filter(|c| !c.is_empty())
        .peekable();
    for m in merged {
        let mut start = m.start;
        while let Some(c) = closes.peek().cloned() {
            if c.end > m.end {
                break;
            }
            closes.next();
            if c.start <= start || c.end >= m.end {
                continue;
            }
            let before = text[..c.start].chars().next_back();
            let after = &text[c.end..m.end];
            let gap = after.len() - after.trim_start().len();
            let next = after.trim_start().chars().next();
            if gap > 0
                && before.is_some_and(|b| matches!(b, '.' | '!' | '?'))
                && next
                    .is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '«' | '„' | '‘'))
            {
                out.push(trim_range(text, start..c.end));
                start = c.end;
            }
        }
        let r = trim_range(text, start..m.end);
        if !r.is_empty() {
            out.push(r);
        }
    }
    out
}

/// `unit` without a leading dateline such as `LISBON, May 7, 2021 (Reuters) -`
/// or `MOSCOW (Reuters) —`.
pub(super) fn skip_dateline(text: &str, unit: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(unit.clone()) else {
        return unit;
    };
    let head_end = s.char_indices().nth(120).map_or(s.len(), |(i, _)| i);
    let head = &s[..head_end];
    // The first place a separator starts (the shortest one there), found
    // in one pass over the spaces of the head.
    let sep = head.match_indices(' ').find_map(|(i, _)| {
        let rest = &head[i..];
        [" - ", " -- ", " — ", " – ", " —", " –"]
            .iter()
            .filter(|sep| rest.starts_with(**sep))
            .map(|sep| (i, sep.len()))
            .min()
    });
    let Some((at, len)) = sep else {
        return unit;
    };
    let prefix = &head[..at];
    let mut words = prefix
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '/'))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return unit;
    };
    let caps = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first.chars().any(char::is_lowercase);
    let rest_ok = words.all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    if caps && rest_ok && !prefix.contains(['.', '!', '?', ':']) {
        trim_range(text, unit.start + at + len..unit.end)
    } else {
        unit
    }
}
