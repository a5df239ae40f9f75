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
        assert!(t.elapsed().as_secs() < 5, "took {:?}", t.elapsed());
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
