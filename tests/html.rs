//! HTML to text for readers' dropped `.html` files.
#![cfg(not(target_arch = "wasm32"))]

use factsheet::html::to_text;

#[test]
fn scripts_styles_and_event_handlers_are_dropped() {
    let html = r#"<!doctype html><html><head><title>Ignored when h1</title>
<style>p { color: red }</style><script>alert("x</p>")</script></head>
<body><noscript>Enable JS</noscript><template><p>hidden</p></template>
<h1>Ministers meet</h1>
<p>First <b>bold</b> paragraph.<img src="x" onerror="alert('>boom')"></p>
<!-- a comment with <p>markup</p> --><![CDATA[ raw ]]>
<p onclick='evil(">")'>Second paragraph.</p>
<script type="text/javascript">document.write("<p>no</p>")</script>
</body></html>"#;
    assert_eq!(
        to_text(html),
        "Ministers meet\n\nFirst bold paragraph.\n\nSecond paragraph."
    );
}

#[test]
fn entities_are_decoded() {
    assert_eq!(
        to_text("<p>Fish &amp; chips &lt;b&gt; &quot;q&quot; &#8220;x&#8221; &#x2014; caf&eacute; &nbsp;a&nbsp;b &unknown; &#150; &#0;</p>"),
        "Fish & chips <b> \"q\" “x” — café a b &unknown; – \u{fffd}"
    );
}

#[test]
fn blocks_become_paragraphs_and_br_a_line() {
    let html = "<div>One<div>Two</div></div><ul><li>a</li><li>b</li></ul>Line<br>break<section><h2>Sub</h2><blockquote>Q</blockquote></section><table><tr><td>c1</td><td>c2</td></tr><tr><td>c3</td></tr></table>";
    assert_eq!(
        to_text(html),
        "One\n\nTwo\n\na\n\nb\n\nLine\nbreak\n\nSub\n\nQ\n\nc1 c2\nc3"
    );
}

#[test]
fn title_first_when_there_is_no_h1() {
    let html = "<html><head><title>Talks &amp; more</title><meta charset=utf-8></head><body><p>Body   text\n here.</p></body></html>";
    assert_eq!(to_text(html), "Talks & more\n\nBody text here.");
}

#[test]
fn h1_moves_to_the_front() {
    let html = "<p>Skip to content</p><h1>The headline</h1><p>Text.</p>";
    assert_eq!(to_text(html), "The headline\n\nSkip to content\n\nText.");
}

#[test]
fn navigation_and_asides_are_dropped() {
    let html = "<nav><ul><li>Home</li><li><nav>Inner</nav>World</li></ul></nav><p>Story.</p><aside><p>Read more</p></aside><p>End.</p>";
    assert_eq!(to_text(html), "Story.\n\nEnd.");
}

#[test]
fn pre_keeps_its_lines() {
    assert_eq!(to_text("<pre>a\n  b\nc</pre><p>d</p>"), "a\nb\nc\n\nd");
}

#[test]
fn malformed_markup_does_not_panic() {
    for html in [
        "",
        "<",
        "<<<>>>",
        "<p",
        "<p class=\"unterminated>text",
        "</",
        "</>",
        "<!--",
        "<![CDATA[",
        "<script>",
        "<title>",
        "<title>x",
        "&",
        "&#",
        "&#x;",
        "&#99999999999;",
        "&#xD800;",
        "a < b and c > d",
        "<é>ü</é>",
        "<p>😀&amp</p>",
        "<a href='x>y'>link</a>",
    ] {
        let _ = to_text(html);
    }
    assert_eq!(to_text("a < b and c > d"), "a < b and c > d");
    assert_eq!(to_text("<a href='x>y'>link</a>"), "link");
}

#[test]
fn pathological_input_is_linear() {
    let cases = [
        "<".repeat(200_000),
        "<a x=\"".repeat(100_000),
        "<script>".repeat(100_000),
        "<title>".repeat(100_000),
        "&amp;".repeat(200_000),
        "<p>".repeat(200_000),
        "</".repeat(200_000),
        "<!--".repeat(100_000),
    ];
    for html in &cases {
        let t = std::time::Instant::now();
        let _ = to_text(html);
        assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
    }
}

#[test]
fn an_unclosed_head_ends_at_the_first_body_element() {
    assert_eq!(
        to_text("<head><title>T</title><meta x><p>Text here."),
        "T\n\nText here."
    );
}

#[test]
fn machine_dates_are_kept() {
    let html = r#"<h1>Talks</h1><p>By Ann Lee <time datetime="2024-04-03T22:59:00Z">3 hours ago</time></p><p>Text.</p>"#;
    assert_eq!(
        to_text(html),
        "Talks\n\nBy Ann Lee 2024-04-03 3 hours ago\n\nText."
    );
    let html = r#"<head><meta property="article:published_time" content="2024-04-03T10:00:00+02:00"><meta name=author content='x>y'></head><h1>Talks</h1><p>Text.</p>"#;
    assert_eq!(to_text(html), "Talks\n\n2024-04-03\n\nText.");
    let text = to_text(html);
    let a = factsheet::article::parse("x.html", &text);
    assert_eq!(a.date.as_deref(), Some("2024-04-03"));
}

#[test]
fn attributes_of_every_shape() {
    assert_eq!(
        to_text(r#"<p data-x=a c="d>e" f='g>h' i = "j" k/>b</p><p =x>m</p><a x=">"y>n</a>"#),
        "b\n\nm\n\nn"
    );
}

/// A news page as saved from a browser: head metadata, site header and
/// menu, kicker, standfirst, byline with a machine date, figure, related
/// aside, newsletter box, footer.
const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ministers agree to resume talks | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>
<style>.a{}</style></head>
<body>
<header><a href="#main">Skip to content</a><div class="logo">The Daily Planet</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main id="main"><article>
<div class="kicker">Diplomacy</div>
<h1>Ministers agree to resume talks next month</h1>
<p class="standfirst">The two sides will meet in Vienna, officials said, after weeks of silence.</p>
<div class="byline">By <a href="/a/ann">Ann Lee</a> &middot; <time datetime="2024-05-02T08:00:00Z">2 May 2024</time></div>
<figure><img src="a.jpg" alt="Ministers"><figcaption>The ministers in 2023. Photo: Someone/Agency</figcaption></figure>
<p>The foreign ministers of both countries agreed on Thursday to resume talks in Vienna next month, officials said.</p>
<p>&ldquo;We have agreed to meet. It is a first step,&rdquo; one minister told reporters. &ldquo;Nothing more.&rdquo;</p>
<aside class="related"><h3>Read more</h3><ul><li><a href="/x">Earlier talks collapsed</a></li></ul></aside>
<p>The other side did not comment.</p>
<div class="newsletter">Sign up for our daily newsletter<form><input type="email"><button>Subscribe</button></form></div>
</article></main>
<footer><p>&copy; 2024 The Daily Planet. All rights reserved.</p></footer>
</body></html>
"##;

#[test]
fn a_saved_news_page_reads_as_an_article() {
    use factsheet::article::{parse, Role};
    use factsheet::text::fold_ws;
    use factsheet::DropKind;
    let text = to_text(PAGE);
    assert!(!text.contains('<') && !text.contains("NewsArticle") && !text.contains(".a{}"));
    let a = parse("page.html", &text);
    assert_eq!(
        a.title.clone().map(|r| &text[r]),
        Some("Ministers agree to resume talks next month")
    );
    assert_eq!(a.date.as_deref(), Some("2024-05-02"));
    assert_eq!(a.authors, ["Ann Lee"]);
    assert_eq!(a.outlet.as_deref(), Some("The Daily Planet"));
    let body: Vec<String> = a
        .paragraphs
        .iter()
        .filter(|p| p.role == Role::Body)
        .map(|p| fold_ws(&text[p.range.clone()]))
        .collect();
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[2].starts_with("“We have agreed to meet. It is a first step,” one minister"));
    assert_eq!(body[3], "The other side did not comment.");
    let kinds: Vec<DropKind> = a.dropped.iter().map(|d| d.0).collect();
    for k in [
        DropKind::Navigation,
        DropKind::Caption,
        DropKind::Appeal,
        DropKind::Metadata,
        DropKind::Other,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing from {kinds:?}");
    }
    assert!(
        !text.contains("Earlier talks collapsed"),
        "the related aside is dropped"
    );
}
