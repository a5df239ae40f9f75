//! HTML to plain text, for articles a reader drops in as `.html` files.
//!
//! Markup is never executed or kept: the contents of `<script>`, `<style>`,
//! `<noscript>`, `<template>`, `<iframe>`, `<svg>`, `<head>` (except the
//! title), `<nav>` and `<aside>` are dropped, as are comments, CDATA and
//! processing instructions; tags are removed (attributes too, even with `>`
//! inside quotes); named and numeric character references are decoded.
//! Block elements (`p`, `div`, `li`, `h1`…`h6`, `section`, `blockquote`, …)
//! become paragraphs separated by a blank line, `<br>` a line break, table
//! cells a space. Runs of white space fold to one space except in `<pre>`.
//!
//! The headline comes first: the first `<h1>`, or else the `<title>`.
//! The result is trimmed. Works on any input (malformed markup included) in
//! time linear in its length, and never panics.
//!
//! ```
//! let html = r#"<html><head><title>T</title><script>alert(1)</script></head>
//! <body><nav>Home</nav><h1>Talks&nbsp;resume</h1><p>He said &ldquo;yes&rdquo; &amp; left.<img src=x onerror="alert('>')"></p></body></html>"#;
//! assert_eq!(factsheet::html::to_text(html), "Talks resume\n\nHe said “yes” & left.");
//! ```

mod entities;

use entities::{named, numeric};

/// Elements whose contents are not text and are skipped whole (up to their
/// end tag, without parsing markup inside).
const RAW: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object",
    "textarea", "select", "button", "xmp", "noembed", "noframes",
];

/// Elements whose contents are page furniture, skipped with their nested
/// markup.
const FURNITURE: &[&str] = &["nav", "aside"];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "ul",
    "caption",
    "option",
];

/// The readable text of an HTML document.
pub fn to_text(html: &str) -> String {
    let mut r = Reader::new(html);
    r.run();
    r.finish()
}

/// Where a pending break between pieces of text is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    Paragraph,
}

struct Reader<'a> {
    html: &'a str,
    pos: usize,
    out: String,
    gap: Gap,
    /// Last index of `"` and `'` in the input: a quote there never closes.
    last_quote: [Option<usize>; 2],
    in_head: bool,
    furniture: usize,
    pre: usize,
    title: Option<String>,
    /// Where the first `<h1>` starts in `out`, and ends once closed.
    h1: Option<(usize, Option<usize>)>,
    /// The publication date of the page's metadata (`<meta>`), ISO.
    published: Option<String>,
    /// A `<time datetime>` date was written into the text.
    dated: bool,
}

/// A tag as read: its name, the attributes asked for, and where it ends.
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    end: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// `<meta>` names of a page's publication date.
const PUBLISHED: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
];

/// The `yyyy-mm-dd` a machine-readable date starts with, if it does.
fn iso_date(value: &str) -> Option<&str> {
    let v = value.trim().get(..10)?;
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)).then_some(v)
}

impl<'a> Reader<'a> {
    fn new(html: &'a str) -> Self {
        let b = html.as_bytes();
        Reader {
            html,
            pos: 0,
            out: String::with_capacity(html.len() / 2),
            gap: Gap::None,
            last_quote: [
                b.iter().rposition(|&c| c == b'"'),
                b.iter().rposition(|&c| c == b'\''),
            ],
            in_head: false,
            furniture: 0,
            pre: 0,
            title: None,
            h1: None,
            published: None,
            dated: false,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.html.as_bytes()
    }

    /// Byte offset of `pat` at or after `from`, if any.
    fn find(&self, from: usize, pat: &str) -> Option<usize> {
        self.html.get(from..)?.find(pat).map(|i| from + i)
    }

    fn run(&mut self) {
        while self.pos < self.html.len() {
            let next_tag = self.find(self.pos, "<").unwrap_or(self.html.len());
            if next_tag > self.pos {
                let text = &self.html[self.pos..next_tag];
                if !self.in_head && self.furniture == 0 {
                    self.text(text);
                }
                self.pos = next_tag;
            }
            if self.pos < self.html.len() {
                self.markup();
            }
        }
    }

    /// Handles the markup at `self.pos` (a `<`).
    fn markup(&mut self) {
        let b = self.bytes();
        let at = self.pos;
        let rest = &self.html[at..];
        if rest.starts_with("<!--") {
            self.pos = self.find(at + 4, "-->").map_or(b.len(), |i| i + 3);
            return;
        }
        if rest.len() >= 9 && rest.as_bytes()[..9].eq_ignore_ascii_case(b"<![cdata[") {
            self.pos = self.find(at + 9, "]]>").map_or(b.len(), |i| i + 3);
            return;
        }
        match b.get(at + 1) {
            Some(b'!' | b'?') => {
                self.pos = self.find(at + 1, ">").map_or(b.len(), |i| i + 1);
            }
            Some(b'/') => {
                let tag = self.tag(at + 2, &[]);
                self.pos = tag.end;
                if !tag.name.is_empty() {
                    self.close(&tag.name);
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let tag = self.tag(
                    at + 1,
                    &["datetime", "property", "name", "itemprop", "content"],
                );
                self.pos = tag.end;
                self.open(&tag);
            }
            _ => {
                // A lone '<' is text.
                if !self.in_head && self.furniture == 0 {
                    self.text("<");
                }
                self.pos = at + 1;
            }
        }
    }

    /// Reads a tag's name from `from` and its attributes; gives the
    /// lower-case name, the attributes whose names are in `keep` (lower-case
    /// name, raw value) and the offset just past the tag.
    fn tag(&self, from: usize, keep: &[&str]) -> Tag {
        let b = self.bytes();
        let n = b.len();
        let mut j = from;
        while j < n && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'-' | b':' | b'_')) {
            j += 1;
        }
        let name = self.html[from..j].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while j < n && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                j += 1;
            }
            if j >= n {
                return Tag {
                    name,
                    attrs,
                    end: n,
                };
            }
            if b[j] == b'>' {
                return Tag {
                    name,
                    attrs,
                    end: j + 1,
                };
            }
            let name_start = j;
            while j < n && !(b[j].is_ascii_whitespace() || matches!(b[j], b'=' | b'>' | b'/')) {
                j += 1;
            }
            let attr = &self.html[name_start..j];
            while j < n && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j >= n || b[j] != b'=' {
                if j == name_start {
                    j += 1; // a stray '=' or the like: step over it
                }
                continue;
            }
            j += 1;
            while j < n && b[j].is_ascii_whitespace() {
                j += 1;
            }
            let value = match b.get(j) {
                Some(&q @ (b'"' | b'\'')) => {
                    let last = self.last_quote[usize::from(q == b'\'')];
                    let close = last
                        .filter(|&l| l > j)
                        .and_then(|_| self.find(j + 1, if q == b'"' { "\"" } else { "'" }));
                    match close {
                        Some(k) => {
                            let v = &self.html[j + 1..k];
                            j = k + 1;
                            v
                        }
                        None => {
                            j += 1;
                            ""
                        }
                    }
                }
                _ => {
                    let v = j;
                    while j < n && !(b[j].is_ascii_whitespace() || b[j] == b'>') {
                        j += 1;
                    }
                    &self.html[v..j]
                }
            };
            if keep.iter().any(|k| attr.eq_ignore_ascii_case(k)) {
                attrs.push((attr.to_ascii_lowercase(), value.to_string()));
            }
        }
    }

    fn open(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        // Any element that cannot be in <head> starts the body.
        if !matches!(
            name,
            "head"
                | "html"
                | "title"
                | "meta"
                | "link"
                | "base"
                | "style"
                | "script"
                | "noscript"
                | "template"
        ) {
            self.in_head = false;
        }
        if RAW.contains(&name) {
            self.pos = self.close_tag_at(name).map_or(self.html.len(), |t| t.1);
            return;
        }
        match name {
            "head" => self.in_head = true,
            "body" => self.in_head = false,
            "title" => {
                let (inner_end, end) = self
                    .close_tag_at(name)
                    .unwrap_or((self.html.len(), self.html.len()));
                if self.title.is_none() {
                    let inner = &self.html[self.pos..inner_end];
                    self.title = Some(crate::text::fold_ws(&decode(inner)));
                }
                self.pos = end;
            }
            "br" => self.gap(Gap::Line),
            "td" | "th" => self.gap(Gap::Space),
            "tr" => self.gap(Gap::Line),
            "time" if self.furniture == 0 && !self.in_head => {
                // A machine-readable date shown as "3 hours ago": keep the date.
                if let Some(date) = tag.attr("datetime").and_then(iso_date) {
                    self.text(date);
                    self.gap(Gap::Space);
                    self.dated = true;
                }
            }
            "meta" => {
                let key = tag
                    .attr("property")
                    .or(tag.attr("name"))
                    .or(tag.attr("itemprop"));
                let published =
                    key.is_some_and(|k| PUBLISHED.iter().any(|p| k.eq_ignore_ascii_case(p)));
                if published && self.published.is_none() {
                    self.published = tag.attr("content").and_then(iso_date).map(str::to_string);
                }
            }
            "pre" => {
                self.pre += 1;
                self.gap(Gap::Paragraph);
            }
            "h1" if self.h1.is_none() && self.furniture == 0 && !self.in_head => {
                self.gap(Gap::Paragraph);
                self.flush_gap();
                self.h1 = Some((self.out.len(), None));
            }
            _ if FURNITURE.contains(&name) => self.furniture += 1,
            _ if BLOCKS.contains(&name) => self.gap(Gap::Paragraph),
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "head" => self.in_head = false,
            "pre" => {
                self.pre = self.pre.saturating_sub(1);
                self.gap(Gap::Paragraph);
            }
            "h1" => {
                if let Some((start, None)) = self.h1 {
                    self.h1 = Some((start, Some(self.out.len())));
                }
                self.gap(Gap::Paragraph);
            }
            "td" | "th" => self.gap(Gap::Space),
            "tr" | "br" => self.gap(Gap::Line),
            _ if FURNITURE.contains(&name) => self.furniture = self.furniture.saturating_sub(1),
            _ if BLOCKS.contains(&name) => self.gap(Gap::Paragraph),
            _ => {}
        }
    }

    /// Where the end tag `</name …>` at or after `self.pos` starts, and the
    /// offset just past it.
    fn close_tag_at(&self, name: &str) -> Option<(usize, usize)> {
        let b = self.bytes();
        let mut from = self.pos;
        while let Some(i) = self.find(from, "</") {
            let n = i + 2;
            let end = n + name.len();
            if b.get(n..end)
                .is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()))
                && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric())
            {
                return Some((i, self.find(end, ">").map_or(b.len(), |g| g + 1)));
            }
            from = n;
        }
        None
    }

    fn gap(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    /// Writes the pending break (nothing at the very start).
    fn flush_gap(&mut self) {
        if self.out.is_empty() {
            self.gap = Gap::None;
            return;
        }
        match self.gap {
            Gap::None => {}
            Gap::Space => self.out.push(' '),
            Gap::Line => {
                trim_end_spaces(&mut self.out);
                self.out.push('\n');
            }
            Gap::Paragraph => {
                trim_end_spaces(&mut self.out);
                self.out.push_str("\n\n");
            }
        }
        self.gap = Gap::None;
    }

    /// Writes a run of text (entities not yet decoded).
    fn text(&mut self, raw: &str) {
        let decoded = decode(raw);
        for c in decoded.chars() {
            if self.pre > 0 && (c == '\n' || c == '\r') {
                if c == '\n' {
                    self.gap(Gap::Line);
                }
            } else if c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' {
                self.gap(Gap::Space);
            } else {
                self.flush_gap();
                self.out.push(c);
            }
        }
    }

    fn finish(self) -> String {
        let Reader {
            out,
            title,
            h1,
            published,
            dated,
            ..
        } = self;
        // The metadata's publication date, as a line of its own under the
        // headline, when the page shows none.
        let published = published.filter(|_| !dated);
        // The first <h1>, moved to the front (its span of `out` only grows,
        // but a range that is not a valid slice is simply not moved).
        let heading = h1
            .and_then(|(s, e)| Some((s, e?)))
            .and_then(|(s, e)| Some((out.get(s..e)?.trim(), s, e)))
            .filter(|(h, _, _)| !h.is_empty());
        let (head, body) = match heading {
            Some((h, s, e)) => {
                let (before, after) = (out[..s].trim_end(), out[e..].trim_start());
                let mut rest = String::with_capacity(out.len());
                rest.push_str(before);
                if !before.is_empty() && !after.is_empty() {
                    rest.push_str("\n\n");
                }
                rest.push_str(after);
                (Some(h.to_string()), rest)
            }
            None => (title, out),
        };
        let body = body.trim();
        [
            head.filter(|h| !h.is_empty()),
            published,
            Some(body.to_string()),
        ]
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
    }
}

fn trim_end_spaces(s: &mut String) {
    let keep = s.trim_end_matches([' ', '\t']).len();
    s.truncate(keep);
}

/// Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`) in `s`.
/// Unknown or malformed references are kept as written.
///
/// ```
/// assert_eq!(factsheet::html::decode("a &amp; b &#8217; &#x2014; &bogus; &amp"), "a & b ’ — &bogus; &amp");
/// ```
pub fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match reference(rest) {
            Some((text, len)) => {
                out.push_str(&text);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The reference at the start of `s` (which starts with '&') and its length.
fn reference(s: &str) -> Option<(std::borrow::Cow<'static, str>, usize)> {
    let b = s.as_bytes();
    let semi = b.iter().take(34).position(|&c| c == b';')?;
    let body = &s[1..semi];
    let decoded = if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.len() <= 8 => u32::from_str_radix(hex, 16).ok()?,
            None if !num.is_empty() && num.len() <= 10 => num.parse::<u32>().ok()?,
            _ => return None,
        };
        numeric(n).to_string().into()
    } else {
        named(body)?.into()
    };
    Some((decoded, semi + 1))
}
