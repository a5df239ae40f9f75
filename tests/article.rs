//! Stage 1 on the bundled articles and on arbitrary text: metadata, clean
//! paragraphs, boilerplate dropped with its kind, and the range contract.
#![cfg(not(target_arch = "wasm32"))]

use factsheet::article::{parse, Article, Role};
use factsheet::bundled::ARTICLES;
use factsheet::text::fold_ws;
use factsheet::DropKind;
use proptest::prelude::*;

fn article(i: usize) -> Article<'static> {
    parse(ARTICLES[i].name, ARTICLES[i].text)
}

fn title(a: &Article) -> String {
    fold_ws(&a.text[a.title.clone().expect("a title")])
}

fn paragraphs(a: &Article, role: Role) -> Vec<String> {
    a.paragraphs
        .iter()
        .filter(|p| p.role == role)
        .map(|p| fold_ws(&a.text[p.range.clone()]))
        .collect()
}

fn dropped(a: &Article, kind: DropKind) -> Vec<String> {
    a.dropped
        .iter()
        .filter(|d| d.0 == kind)
        .map(|d| fold_ws(&a.text[d.1.clone()]))
        .collect()
}

fn body_has(a: &Article, needle: &str) -> bool {
    paragraphs(a, Role::Body).iter().any(|p| p.contains(needle))
}

fn anywhere_kept(a: &Article, needle: &str) -> bool {
    a.paragraphs
        .iter()
        .any(|p| fold_ws(&a.text[p.range.clone()]).contains(needle))
}

/// The range contract of [`factsheet::article`].
fn check_contract(a: &Article) {
    let text = a.text;
    let mut all: Vec<_> = a
        .paragraphs
        .iter()
        .map(|p| p.range.clone())
        .chain(a.dropped.iter().map(|d| d.1.clone()))
        .collect();
    for r in &all {
        assert!(r.start < r.end, "empty range {r:?}");
        assert!(
            text.get(r.clone()).is_some(),
            "range {r:?} off char boundaries"
        );
        let s = &text[r.clone()];
        assert_eq!(s.trim(), s, "untrimmed range {r:?}");
    }
    for w in a.paragraphs.windows(2) {
        assert!(
            w[0].range.end <= w[1].range.start,
            "paragraphs out of order"
        );
    }
    for w in a.dropped.windows(2) {
        assert!(w[0].1.end <= w[1].1.start, "dropped out of order");
    }
    all.sort_by_key(|r| r.start);
    for w in all.windows(2) {
        assert!(w[0].end <= w[1].start, "{:?} overlaps {:?}", w[0], w[1]);
    }
    if let Some(t) = &a.title {
        assert!(a
            .paragraphs
            .iter()
            .any(|p| p.range == *t && p.role == Role::Headline));
    }
}

#[test]
fn every_bundled_article_keeps_the_contract() {
    for i in 0..ARTICLES.len() {
        check_contract(&article(i));
    }
}

#[test]
fn article_000_byline_caption_promo_and_other_news() {
    let a = article(0);
    assert_eq!(
        title(&a),
        "French and Russian Defense Ministers held a telephone conversation: what they discussed"
    );
    assert_eq!(a.outlet.as_deref(), Some("OBOZ.UA"));
    assert_eq!(a.date, None, "the text gives no date");
    assert_eq!(a.authors, ["Mikhail Levakin"]);
    assert_eq!(dropped(&a, DropKind::Metadata), ["Mikhail LevakinWorld"]);
    assert_eq!(
        dropped(&a, DropKind::Caption),
        ["French and Russian defense ministers have a phone conversation. Source: Ministre des Armées"]
    );
    assert!(dropped(&a, DropKind::Appeal)[0].starts_with("Only verified information"));
    let related = dropped(&a, DropKind::Related);
    assert_eq!(related.len(), 4);
    assert_eq!(related[0], "Other News");
    assert!(!anywhere_kept(&a, "law expert explains"));
    assert!(!anywhere_kept(&a, "Updating the data"));
    assert!(body_has(&a, "As reported by OBOZ.UA, the United States"));
    assert!(body_has(&a, "the French Ministry of Foreign Affairs said."));
    assert_eq!(paragraphs(&a, Role::Body).len(), 7);
}

#[test]
fn article_001_one_paragraph_per_line() {
    let a = article(1);
    assert_eq!(
        title(&a),
        "France’s defense chief Lecornu breaks 1.5-year silence, calls Russia’s Shoigu"
    );
    assert_eq!(a.outlet, None);
    assert_eq!(a.date, None);
    assert!(a.authors.is_empty());
    // The standfirst, restated later in the body, is a headline paragraph.
    let heads = paragraphs(&a, Role::Headline);
    assert_eq!(heads.len(), 2);
    assert!(heads[1].starts_with("Despite Russian officials"));
    let body = paragraphs(&a, Role::Body);
    assert_eq!(body.len(), 6, "{body:#?}");
    assert!(body[0].starts_with("France’s Defense Minister, Sébastien Lecornu"));
    assert_eq!(
        body[4],
        "The Russian Defense Ministry did not report on the call."
    );
    assert!(body[5].starts_with("Meanwhile, President Emmanuel Macron"));
    let related = dropped(&a, DropKind::Related);
    assert_eq!(related.len(), 4);
    assert_eq!(related[0], "Read more:");
    assert!(related[3].contains("by 15 Feb"));
    let appeal = dropped(&a, DropKind::Appeal);
    assert_eq!(appeal.len(), 3);
    assert!(appeal[2].ends_with("Become a patron or see other ways to support."));
}

#[test]
fn article_002_junk_line_byline_photo_and_newsletter() {
    let a = article(2);
    assert_eq!(
        title(&a),
        "Russian, French defense ministers call for first time since 2022"
    );
    assert_eq!(a.date.as_deref(), Some("2024-04-03"));
    assert_eq!(a.outlet.as_deref(), Some("The Kyiv Independent"));
    assert_eq!(a.authors, ["Elsa Court", "The Kyiv Independent news desk"]);
    assert_eq!(
        dropped(&a, DropKind::Navigation),
        ["date 2024-04-03 Skip to content"]
    );
    let meta = dropped(&a, DropKind::Metadata);
    assert_eq!(meta.len(), 2);
    assert!(meta[0].starts_with("by Elsa Court") && meta[0].ends_with("2 min read"));
    assert!(meta[1].starts_with("Authors:"));
    assert!(dropped(&a, DropKind::Caption)[0].contains("(Photo by"));
    assert!(dropped(&a, DropKind::Appeal)[0].starts_with("Thank you for signing up"));
    let body = paragraphs(&a, Role::Body);
    assert_eq!(body.len(), 9);
    assert!(body[0].starts_with("French Defense Minister Sebastien Lecornu held a call"));
    assert!(body[8].ends_with("as \"absurd.\""));
}

#[test]
fn article_003_consent_captions_read_on_and_comments() {
    let a = article(3);
    assert!(title(&a).starts_with("France denies after phone call with Russia:"));
    assert_eq!(a.outlet.as_deref(), Some("WELT"));
    let heads = paragraphs(&a, Role::Headline);
    assert_eq!(heads.len(), 2, "{heads:#?}");
    assert!(heads[1].starts_with("France denies –"));
    assert_eq!(
        dropped(&a, DropKind::Navigation),
        ["Abroad Phone call with Russia"]
    );
    assert_eq!(
        dropped(&a, DropKind::Caption),
        [
            "Sergei Shoigu, Minister of Defense of Russia",
            "Sergei Shoigu, Minister of Defense of Russia",
            "Source: dpa/—"
        ]
    );
    assert_eq!(dropped(&a, DropKind::Consent).len(), 1);
    assert!(dropped(&a, DropKind::Consent)[0].contains("GDPR"));
    let related = dropped(&a, DropKind::Related);
    for headline in [
        "President Macron joined the French aircraft carrier Charles-De-Gaulle",
        "Allied Spirit 24 Media Day at Military Training",
        "Participation of NATO countries",
    ] {
        assert!(related.iter().any(|r| r == headline), "{headline}");
        assert!(!anywhere_kept(&a, headline));
    }
    assert!(related.iter().any(|r| r.starts_with("See also")));
    assert_eq!(
        dropped(&a, DropKind::Comments),
        [
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *"
        ]
    );
    // The prose between the link lists stays.
    assert!(body_has(&a, "Moscow said Leghorn tried to convince"));
    assert!(body_has(&a, "Shoigu explained that the deployment"));
    assert!(body_has(&a, "The Russian Defense Ministry previously said"));
    assert_eq!(paragraphs(&a, Role::Body).len(), 9);
}

#[test]
fn article_004_wrapped_wire_copy_with_dateline() {
    let a = article(4);
    assert_eq!(
        title(&a),
        "French, Russian defence ministers hold telephone talks: Paris"
    );
    assert_eq!(a.date.as_deref(), Some("2024-04-03"));
    assert_eq!(a.outlet.as_deref(), Some("BSS/AFP"));
    let meta = dropped(&a, DropKind::Metadata);
    assert_eq!(
        meta,
        ["03 Apr 2024, 23:17", "PARIS, April 3, 2024 (BSS/AFP) -"]
    );
    let body = paragraphs(&a, Role::Body);
    assert_eq!(body.len(), 11);
    // Wrapped lines are joined into one paragraph, the dateline cut off.
    assert!(body[0].starts_with("The defence ministers of France and Russia on Wednesday"));
    assert!(body[0].ends_with("Paris said."));
    let first = &a.paragraphs[1];
    assert!(a.text[first.range.clone()].contains('\n'));
    assert_eq!(
        body[10],
        "Lecornu and Shoigu last held phone talks in October 2022."
    );
    assert!(body[9].ends_with("on the ground in Ukraine."));
    assert_eq!(
        dropped(&a, DropKind::Navigation),
        ["• Latest News", "• Most View"]
    );
}

#[test]
fn headline_after_timestamp_and_skip_line() {
    let text = "12 Mar 2025, 08:05\n\nTalks collapse in Geneva\n\nThe talks collapsed on Tuesday, officials said.";
    let a = parse("t.txt", text);
    assert_eq!(title(&a), "Talks collapse in Geneva");
    assert_eq!(a.date.as_deref(), Some("2025-03-12"));
    assert_eq!(paragraphs(&a, Role::Body).len(), 1);
}

#[test]
fn body_sentences_with_read_and_see_stay() {
    let text = "Budget vote delayed\n\nLawmakers said they would read the bill again before the vote.\n\nSee also the statement issued on Monday, which said the vote would go ahead as planned.\n\nRead more about it later, the speaker told reporters on Tuesday.";
    let a = parse("t.txt", text);
    assert_eq!(paragraphs(&a, Role::Body).len(), 3, "{:?}", a.dropped);
}

#[test]
fn crlf_bom_and_tabs() {
    let text = "\u{feff}Title line\r\n\r\n\tFirst paragraph of the story, with a tab.\r\n\r\nSecond paragraph here, and it ends.\r\n";
    let a = parse("t.txt", text);
    check_contract(&a);
    assert_eq!(title(&a), "Title line");
    assert_eq!(paragraphs(&a, Role::Body).len(), 2);
}

#[test]
fn pathological_inputs_are_fast() {
    let quotes = "\"".repeat(100_000);
    let line = "word ".repeat(4_000_000);
    for text in [quotes.as_str(), line.as_str()] {
        let t = std::time::Instant::now();
        let a = parse("big.txt", text);
        let s = factsheet::sentence::sentences(&a);
        check_contract(&a);
        assert!(s.len() <= 2);
        assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
    }
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r".to_string()),
        Just("\r\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{a0}".to_string()),
        Just(". ".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("Read more:".to_string()),
        Just("- ".to_string()),
        Just("• ".to_string()),
        Just("PARIS, April 3, 2024 (AFP) - ".to_string()),
        Just("by Ann Lee and Bo ".to_string()),
        Just("Source: ".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("é😀".to_string()),
        "[a-zA-Z ]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn parse_and_split_never_panic_and_keep_ranges_valid(text in arbitrary_text()) {
        let a = parse("x.txt", &text);
        check_contract(&a);
        let sentences = factsheet::sentence::sentences(&a);
        for s in &sentences {
            let p = &a.paragraphs[s.paragraph];
            prop_assert!(p.range.start <= s.range.start && s.range.end <= p.range.end);
            prop_assert!(s.range.start < s.range.end);
            prop_assert!(text.get(s.range.clone()).is_some());
        }
        for w in sentences.windows(2) {
            prop_assert!(w[0].range.end <= w[1].range.start);
        }
    }
}
