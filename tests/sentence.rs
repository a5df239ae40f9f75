//! Stage 2: sentence splitting cases news text needs.
#![cfg(not(target_arch = "wasm32"))]

use factsheet::sentence::split;

fn parts(s: &str) -> Vec<&str> {
    split(s, 0..s.len()).into_iter().map(|r| &s[r]).collect()
}

#[test]
fn titles_and_honorifics_do_not_end_sentences() {
    assert_eq!(
        parts("Mr. Smith and Mrs. Jones met Dr. Lee, Gen. Ray, Lt. Col. Park, Sen. Kim, Rep. Diaz, Gov. Hale and Prof. Ng. They talked."),
        [
            "Mr. Smith and Mrs. Jones met Dr. Lee, Gen. Ray, Lt. Col. Park, Sen. Kim, Rep. Diaz, Gov. Hale and Prof. Ng.",
            "They talked."
        ]
    );
}

#[test]
fn initialisms_continue_unless_a_sentence_starts() {
    assert_eq!(
        parts("U.S. officials and the U.N. envoy met in the U.K. on Monday. They left for the U.S. The talks ended."),
        [
            "U.S. officials and the U.N. envoy met in the U.K. on Monday.",
            "They left for the U.S.",
            "The talks ended."
        ]
    );
}

#[test]
fn months_numbers_and_companies() {
    assert_eq!(
        parts("On Jan. 5 and Sept. 12 the No. 2 firm, Acme Inc., paid $3.2bn, or 1.5 times more, at 10 a.m. Monday. Shares fell 2.5%."),
        [
            "On Jan. 5 and Sept. 12 the No. 2 firm, Acme Inc., paid $3.2bn, or 1.5 times more, at 10 a.m. Monday.",
            "Shares fell 2.5%."
        ]
    );
}

#[test]
fn initials_in_names() {
    assert_eq!(
        parts("J. R. R. Tolkien wrote it. St. Petersburg is far. Smith Jr. agreed."),
        [
            "J. R. R. Tolkien wrote it.",
            "St. Petersburg is far.",
            "Smith Jr. agreed."
        ]
    );
}

#[test]
fn no_is_a_word_without_a_number() {
    assert_eq!(
        parts("He said no. Then he left."),
        ["He said no.", "Then he left."]
    );
}

#[test]
fn a_quote_that_closes_in_the_paragraph_holds_its_sentences() {
    assert_eq!(
        parts("\"We are ready. We will talk,\" he said. \"A. B,\" she said."),
        [
            "\"We are ready. We will talk,\" he said.",
            "\"A. B,\" she said."
        ]
    );
    assert_eq!(
        parts(
            "“He confirmed it. He called on Russia to stop,” the ministry stated. Then it ended."
        ),
        [
            "“He confirmed it. He called on Russia to stop,” the ministry stated.",
            "Then it ended."
        ]
    );
}

#[test]
fn closing_quotes_and_brackets_belong_to_the_sentence() {
    assert_eq!(
        parts("He called it \"absurd.\" The ministry agreed. (It did.) Next."),
        [
            "He called it \"absurd.\"",
            "The ministry agreed.",
            "(It did.)",
            "Next."
        ]
    );
    assert_eq!(
        parts("« Nous partons. » Il est parti. „Wir gehen.“ Er ging."),
        [
            "« Nous partons. »",
            "Il est parti.",
            "„Wir gehen.“",
            "Er ging."
        ]
    );
}

#[test]
fn question_and_exclamation_inside_quotes() {
    assert_eq!(
        parts("\"Why now?\" he asked. \"Stop!\" she said. What next? Nobody knows!"),
        [
            "\"Why now?\" he asked.",
            "\"Stop!\" she said.",
            "What next?",
            "Nobody knows!"
        ]
    );
}

#[test]
fn single_quotes_inside_double_and_british_quotes() {
    assert_eq!(
        parts("\"They called it 'a lie. A big one' today,\" he said. 'We go. Now,' she said. It's over."),
        [
            "\"They called it 'a lie. A big one' today,\" he said.",
            "'We go. Now,' she said.",
            "It's over."
        ]
    );
}

#[test]
fn an_unclosed_quote_splits_normally() {
    assert_eq!(
        parts("\"The talks will go on. We are sure. The end"),
        ["\"The talks will go on.", "We are sure.", "The end"]
    );
}

#[test]
fn ellipses() {
    assert_eq!(
        parts("He paused… Then he spoke. We waited... and waited."),
        ["He paused…", "Then he spoke.", "We waited... and waited."]
    );
}

#[test]
fn headlines_without_full_stops_are_one_sentence() {
    assert_eq!(
        parts("France denies after phone call with Russia: “nothing like that was accepted”"),
        ["France denies after phone call with Russia: “nothing like that was accepted”"]
    );
    assert_eq!(
        parts("U.S. warns Russia over strikes"),
        ["U.S. warns Russia over strikes"]
    );
}

#[test]
fn hard_wrapped_sentences_span_lines() {
    let s = "The defence ministers of France and\nRussia held talks, Paris said.\nLecornu spoke.";
    assert_eq!(
        parts(s),
        [
            "The defence ministers of France and\nRussia held talks, Paris said.",
            "Lecornu spoke."
        ]
    );
}

#[test]
fn ranges_inside_a_larger_text() {
    let text = "xx A b. C d. yy";
    let r = split(text, 3..12);
    assert_eq!(r, [3..7, 8..12]);
    assert!(
        split(text, 5..100).is_empty(),
        "an invalid range gives nothing"
    );
}

#[test]
fn pathological_quotes_and_lines_are_linear() {
    for s in [
        "\"".repeat(100_000),
        "“a. ".repeat(50_000),
        "'x. ".repeat(50_000),
        "Mr. ".repeat(100_000),
        "a".repeat(2_000_000),
    ] {
        let t = std::time::Instant::now();
        let out = split(&s, 0..s.len());
        assert!(out.iter().all(|r| s.get(r.clone()).is_some()));
        assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
    }
}

#[test]
fn list_labels_are_not_sentences() {
    assert_eq!(
        parts("1. The first point. 2. The second one."),
        ["1. The first point.", "2. The second one."]
    );
}

#[test]
fn one_word_sentences() {
    assert_eq!(
        parts("Yes. He left. No! Why? Ok."),
        ["Yes.", "He left.", "No!", "Why?", "Ok."]
    );
}

mod bundled {
    use factsheet::article::parse;
    use factsheet::bundled::ARTICLES;
    use factsheet::sentence::sentences;
    use factsheet::text::fold_ws;

    fn sentence_texts(i: usize) -> Vec<String> {
        let a = parse(ARTICLES[i].name, ARTICLES[i].text);
        sentences(&a)
            .into_iter()
            .map(|s| fold_ws(&a.text[s.range]))
            .collect()
    }

    #[test]
    fn a_two_sentence_quote_with_its_attribution_is_one_sentence() {
        let s = sentence_texts(0);
        assert!(s.contains(&"\"Lecornu confirmed that France has no information about any connection between this terrorist attack and Ukraine. He called on Russia to stop any exploitation of this topic,\" the French Ministry of Foreign Affairs said.".to_string()));
        let s = sentence_texts(3);
        assert!(s
            .iter()
            .any(|x| x.starts_with("“The Kiev regime does not do anything")
                && x.ends_with("” Shoigu said in Moscow.")));
    }

    #[test]
    fn decimals_in_headlines_and_body() {
        let s = sentence_texts(1);
        assert_eq!(
            s[0],
            "France’s defense chief Lecornu breaks 1.5-year silence, calls Russia’s Shoigu"
        );
        assert!(s[2].contains(
            "for the first time in 1.5 years, as announced by the French Defense Ministry."
        ));
    }

    #[test]
    fn wrapped_wire_copy_sentences() {
        let s = sentence_texts(4);
        assert_eq!(s.len(), 12);
        assert_eq!(s[1], "The defence ministers of France and Russia on Wednesday held rare phone talks, their first such contact since October 2022, discussing the attack in Moscow claimed by Islamic State and Russia's war against Ukraine, Paris said.");
        assert!(s[2].ends_with("a French defence ministry statement said."));
    }

    #[test]
    fn quote_closing_after_the_period() {
        let s = sentence_texts(2);
        assert!(s.contains(&"Mykhailo Podolyak, an advisor to the head of Ukraine's President's Office, condemned Shoigu’s claims as \"absurd.\"".to_string()));
        assert!(s.contains(&"Lecornu \"also strongly condemned the war of aggression that Russia launched in Ukraine and recalled France's support for the Ukrainian people,\" Le Monde said.".to_string()));
    }
}
