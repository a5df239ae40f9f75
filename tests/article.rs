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
    let line = "word ".repeat(400_000);
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

    #[test]
    fn html_to_text_never_panics_and_parses(
        parts in prop::collection::vec(prop_oneof![
            Just("<p>".to_string()), Just("</p>".to_string()), Just("<script>".to_string()),
            Just("</script>".to_string()), Just("<a href=\"".to_string()), Just("'>".to_string()),
            Just("<!--".to_string()), Just("-->".to_string()), Just("&amp;".to_string()),
            Just("&#x".to_string()), Just("<h1>".to_string()), Just("<title>".to_string()),
            Just("<br>".to_string()), Just("é😀".to_string()), any::<String>(),
        ], 0..30)
    ) {
        let html = parts.concat();
        let text = factsheet::html::to_text(&html);
        prop_assert_eq!(text.trim(), text.as_str());
        check_contract(&parse("x.html", &text));
    }
}

/// A wire story as scraped from a news site: menus, glued timestamp,
/// dateline, newsletter plug, credits line.
const WIRE_PAGE: &str = "Skip to main content
Advertisement
World
Europe
Drone attack hits refinery in border region
By Ann Lee and Bo Chan
March 16, 20245:12 PM GMTUpdated 2 days ago
LONDON, March 16 (Wire) - Drones struck an oil refinery in the border region on Saturday, a security source said, in the latest of a series of attacks.
\"The service continues to hit targets,\" the source told Wire. \"We will continue.\"
The defence ministry said it had destroyed 35 drones overnight, but did not mention the refinery.
Gov. Max Poe wrote on his Telegram channel that there were no casualties.
Get a look at the day ahead in U.S. and global markets with our morning newsletter. Sign up here.
Reporting by Ann Lee; Editing by Cy Dunn
Our Standards: The Wire Trust Principles., opens new tab
";

#[test]
fn wire_page_menus_timestamp_and_credits() {
    let a = parse("wire.txt", WIRE_PAGE);
    check_contract(&a);
    assert_eq!(title(&a), "Drone attack hits refinery in border region");
    assert_eq!(a.date.as_deref(), Some("2024-03-16"));
    assert_eq!(a.outlet.as_deref(), Some("Wire"));
    assert_eq!(a.authors, ["Ann Lee", "Bo Chan"]);
    let body = paragraphs(&a, Role::Body);
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[0].starts_with("Drones struck"));
    assert!(body[3].starts_with("Gov. Max Poe wrote on his Telegram channel"));
    assert_eq!(
        dropped(&a, DropKind::Navigation),
        [
            "Skip to main content",
            "Advertisement",
            "World",
            "Europe",
            "Our Standards: The Wire Trust Principles., opens new tab"
        ]
    );
    assert!(dropped(&a, DropKind::Appeal)[0].ends_with("Sign up here."));
    assert_eq!(dropped(&a, DropKind::Metadata).len(), 4);
}

/// A broadcaster's page: share button, image credits and captions, a
/// reporter's job line, topic and story lists.
const BROADCAST_PAGE: &str = "Minister resigns over budget row

Published 12 June 2023

Share

Image source, Picture Agency
Image caption, The minister said she had \"no choice\"

By Jane Smith
Political reporter, Daily Planet

The finance minister has resigned after a row over the budget, saying she could no longer support the government's plans.

In a letter to the prime minister, she wrote: \"I cannot in good conscience continue. The plans are unaffordable.\"

Related Topics
Budget
Economy

More on this story
Budget: What you need to know
PM faces questions over spending

Top Stories
";

#[test]
fn broadcast_page_captions_role_line_and_topics() {
    let a = parse("b.txt", BROADCAST_PAGE);
    check_contract(&a);
    assert_eq!(title(&a), "Minister resigns over budget row");
    assert_eq!(a.date.as_deref(), Some("2023-06-12"));
    assert_eq!(a.outlet.as_deref(), Some("Daily Planet"));
    assert_eq!(a.authors, ["Jane Smith"]);
    assert_eq!(paragraphs(&a, Role::Body).len(), 2);
    assert_eq!(paragraphs(&a, Role::Headline).len(), 1);
    assert_eq!(dropped(&a, DropKind::Caption).len(), 2);
    assert_eq!(dropped(&a, DropKind::Related).len(), 6);
}

#[test]
fn agency_story_without_headline() {
    let text = "WASHINGTON (Wire) — The Senate voted 52-48 on Thursday to confirm the nominee, the White House said.\n\n“This is a great day,” Sen. John Doe, R-Texas, told reporters.\n\nCopyright 2024 The Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.";
    let a = parse("w.txt", text);
    check_contract(&a);
    assert_eq!(a.title, None, "a prose first paragraph is not a headline");
    assert_eq!(a.outlet.as_deref(), Some("Wire"));
    let body = paragraphs(&a, Role::Body);
    assert_eq!(body.len(), 2);
    assert!(body[0].starts_with("The Senate voted"));
    assert_eq!(dropped(&a, DropKind::Other).len(), 1);
}

/// A newspaper page: age warning, standfirst, located byline, two
/// timestamps, an advert slot and topic links.
const NEWSPAPER_PAGE: &str = "Ministers clash over aid package as talks stall
This article is more than 1 year old
Opposition says the plan is \"a fudge\" while officials insist funds will flow by summer
Anna Kowalski in Warsaw
Wed 3 Apr 2024 18.05 BST
First published on Wed 3 Apr 2024 16.40 BST
Ministers clashed on Wednesday over a proposed aid package, with the finance minister saying the country \"cannot afford\" it.
Advertisement
The prime minister's spokesperson said: \"We are confident. The funds will flow by summer.\"
Explore more on these topics
Poland
Europe
Reuse this content
Most viewed
";

#[test]
fn newspaper_page_standfirst_byline_and_topics() {
    let a = parse("n.txt", NEWSPAPER_PAGE);
    check_contract(&a);
    assert_eq!(title(&a), "Ministers clash over aid package as talks stall");
    assert_eq!(a.date.as_deref(), Some("2024-04-03"));
    assert_eq!(a.authors, ["Anna Kowalski"]);
    let heads = paragraphs(&a, Role::Headline);
    assert_eq!(heads.len(), 2);
    assert!(heads[1].starts_with("Opposition says"));
    assert_eq!(paragraphs(&a, Role::Body).len(), 2);
    assert_eq!(dropped(&a, DropKind::Metadata).len(), 3);
    assert_eq!(
        dropped(&a, DropKind::Related),
        ["Explore more on these topics", "Poland", "Europe"]
    );
    assert_eq!(dropped(&a, DropKind::Navigation).len(), 4);
}

#[test]
fn kicker_before_the_headline() {
    let text = "War in Ukraine\n\nMinisters agree to meet again next month in Vienna\n\nThe ministers agreed on Friday to meet again, officials said.";
    let a = parse("k.txt", text);
    assert_eq!(
        title(&a),
        "Ministers agree to meet again next month in Vienna"
    );
    assert_eq!(dropped(&a, DropKind::Navigation), ["War in Ukraine"]);
    let short = "Talks collapse\n\nThe talks collapsed on Friday, officials said.";
    assert_eq!(title(&parse("s.txt", short)), "Talks collapse");
}

#[test]
fn tags_embeds_and_inline_links() {
    let text = "Summit ends with joint statement on trade\n\nLeaders ended the summit on Sunday with a joint statement, the host said.\n\nREAD MORE: Leaders gather for summit\n\nNothing is agreed until everything is agreed — Jo Bloggs (@jobloggs) April 3, 2024 pic.twitter.com/abc123\n\nThe statement was welcomed by business groups, which had pushed for it.\n\nTags: Trade, Summit, Leaders";
    let a = parse("t.txt", text);
    check_contract(&a);
    assert_eq!(paragraphs(&a, Role::Body).len(), 2);
    assert_eq!(dropped(&a, DropKind::Related).len(), 2);
    assert_eq!(dropped(&a, DropKind::Other).len(), 1);
}

#[test]
fn site_name_after_the_headline() {
    let text = "Talks collapse in Geneva | World | The Daily\n\nThe talks collapsed on Friday, officials said.";
    let a = parse("s.txt", text);
    check_contract(&a);
    assert_eq!(title(&a), "Talks collapse in Geneva");
    assert_eq!(a.outlet.as_deref(), Some("The Daily"));
    assert_eq!(dropped(&a, DropKind::Metadata), ["| World | The Daily"]);
}

#[test]
fn source_line_after_the_story_credits_the_story() {
    let text = "Talks collapse in Geneva\n\nThe talks collapsed on Friday, officials said.\n\nSource: Wire Service";
    let a = parse("s.txt", text);
    check_contract(&a);
    assert_eq!(a.outlet.as_deref(), Some("Wire Service"));
    assert_eq!(dropped(&a, DropKind::Metadata), ["Source: Wire Service"]);
    // Under a photo caption it is a photo credit.
    let text = "Talks collapse in Geneva\n\nThe talks collapsed on Friday, officials said.\n\nThe ministers in Geneva (Photo by Ann Lee)\n\nSource: Wire Service\n\nMore talks are planned, officials said.";
    let a = parse("s.txt", text);
    assert_eq!(a.outlet, None);
    assert_eq!(dropped(&a, DropKind::Caption).len(), 2);
}

#[test]
fn hard_wrap_width_ignores_a_long_standalone_headline() {
    let text = "Storm floods riverside homes overnight as the river bursts its banks in three places\n\nBy Sam Hill\n\n   LEEDS (AP) - Heavy rain overnight flooded dozens of homes along the\nriver, and emergency crews worked until dawn to pump out the water\nfrom cellars and ground floors in the old mill district of town.\n   Martha Okoye, chairwoman of the Riverside Residents Association\nCommittee, said the warnings had come far too late for most families.\n";
    let a = parse("wrap.txt", text);
    let body = paragraphs(&a, Role::Body);
    assert!(
        body.iter().any(|p| p.starts_with(
            "Martha Okoye, chairwoman of the Riverside Residents Association Committee, said"
        )),
        "{body:#?}"
    );
}

#[test]
fn related_coverage_headlines_after_the_story_are_dropped() {
    let text = "Storm floods riverside homes\n\nBy Sam Hill\n\nHeavy rain overnight flooded dozens of homes along the river, and emergency crews worked until dawn to pump out the water.\n\nThe council said it would open a relief centre in the town hall on Tuesday morning for families.\n\nRELATED COVERAGE\nCity council approves new budget after a long night of debate\nRail strike halts trains across the north, union says\n";
    let a = parse("related.txt", text);
    assert!(
        !anywhere_kept(&a, "union says"),
        "{:#?}",
        paragraphs(&a, Role::Body)
    );
    assert!(!anywhere_kept(&a, "approves new budget"));
    assert!(body_has(&a, "relief centre"));
}

#[test]
fn short_transcript_turns_open_the_body() {
    let text = "Interview with the harbour master\n\nQ: Will you resign?\n\nA: No. The storm was forecast badly by everyone.\n\nQ: Who decides?\n\nA: The port board, next week.\n";
    let a = parse("turns.txt", text);
    let body = paragraphs(&a, Role::Body);
    assert_eq!(
        body.first().map(String::as_str),
        Some("Q: Will you resign?"),
        "{body:#?}"
    );
    assert_eq!(body.len(), 4, "{body:#?}");
}
