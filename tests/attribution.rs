//! Attribution: the promises of the stage on short fixtures written after
//! the patterns of news copy, and its invariants on any input.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest, files, timing

use std::ops::Range;
use std::time::Instant;

use factsheet::attribution::{self, Attribution};
use factsheet::text::fold_ws;
use factsheet::{article, sentence, StatementKind};
use proptest::prelude::*;

fn extract(text: &str) -> Vec<Attribution> {
    let a = article::parse("fixture.txt", text);
    attribution::extract(&a, &sentence::sentences(&a))
}

/// (speaker, via, text, direct) of every non-narration statement.
fn statements(text: &str) -> Vec<(String, String, String, bool)> {
    let m = |r: &Option<attribution::Mention>| {
        r.as_ref()
            .map_or(String::new(), |m| fold_ws(&text[m.range.clone()]))
    };
    extract(text)
        .iter()
        .filter(|a| a.kind != StatementKind::Narration)
        .map(|a| {
            (
                m(&a.speaker),
                m(&a.via),
                fold_ws(&text[a.content.clone()]),
                a.direct,
            )
        })
        .collect()
}

fn s(speaker: &str, via: &str, text: &str, direct: bool) -> (String, String, String, bool) {
    (speaker.into(), via.into(), text.into(), direct)
}

/// Checks the stage's contract on `text`.
fn check_invariants(text: &str) {
    let a = article::parse("any.txt", text);
    let found = attribution::extract(&a, &sentence::sentences(&a));
    let ok =
        |r: &Range<usize>| r.start <= r.end && r.end <= text.len() && text.get(r.clone()).is_some();
    let mut last_end = 0;
    for f in &found {
        assert!(ok(&f.content), "content {:?}", f.content);
        assert!(ok(&f.sentence), "sentence {:?}", f.sentence);
        assert!(!f.content.is_empty());
        assert!(
            f.sentence.start <= f.content.start && f.content.end <= f.sentence.end,
            "content {:?} outside sentence {:?}",
            f.content,
            f.sentence
        );
        for r in [
            &f.cue,
            &f.speaker.as_ref().map(|m| m.range.clone()),
            &f.via.as_ref().map(|m| m.range.clone()),
        ]
        .into_iter()
        .flatten()
        {
            assert!(ok(r), "range {r:?}");
        }
        assert!(
            f.content.start >= last_end,
            "statements overlap at {:?}",
            f.content
        );
        last_end = f.content.end;
        for (_, d) in &a.dropped {
            assert!(
                f.content.end <= d.start || d.end <= f.content.start,
                "statement {:?} overlaps boilerplate {d:?}",
                f.content
            );
        }
        if f.kind == StatementKind::Narration {
            assert!(f.speaker.is_none() && f.via.is_none());
        }
    }
}

// ------------------------------------------------- patterns of the articles

#[test]
fn relayed_quote_with_two_reported_sentences() {
    let text = "Talks\n\n\"Dupont confirmed that the army has no such plan. He called on the rebels to stop any escalation,\" the defence ministry said.";
    assert_eq!(
        statements(text),
        [
            s(
                "Dupont",
                "the defence ministry",
                "the army has no such plan.",
                false
            ),
            s(
                "He",
                "the defence ministry",
                "called on the rebels to stop any escalation",
                false
            ),
        ]
    );
}

#[test]
fn partial_quote_after_subject_keeps_the_whole_clause() {
    let text = "Talks\n\nIn particular, the minister \"reminded his counterpart of the strong condemnation of the attacks.\" This refers to last week.";
    assert_eq!(
        statements(text),
        [s(
            "the minister",
            "",
            "reminded his counterpart of the strong condemnation of the attacks.",
            false
        )]
    );
}

#[test]
fn partial_quote_with_coordinated_recall_then_trailing_frame() {
    let text = "Talks\n\nSeparately, Dupont \"condemned the invasion and recalled that the country will support its ally as long as necessary.\" The aim is peace, the ministry added.";
    assert_eq!(
        statements(text),
        [
            s("Dupont", "", "condemned the invasion", false),
            s(
                "Dupont",
                "",
                "the country will support its ally as long as necessary.",
                false
            ),
            s("the ministry", "", "The aim is peace", false),
        ]
    );
}

#[test]
fn ministry_said_person_did_three_things() {
    let text = "Talks\n\nThe Defence Ministry said Dupont condemned the shooting, expressed solidarity with victims, and stressed the country's support for its ally.";
    assert_eq!(
        statements(text),
        [
            s(
                "Dupont",
                "The Defence Ministry",
                "condemned the shooting",
                false
            ),
            s(
                "Dupont",
                "The Defence Ministry",
                "expressed solidarity with victims",
                false
            ),
            s(
                "Dupont",
                "The Defence Ministry",
                "stressed the country's support for its ally.",
                false
            ),
        ]
    );
}

#[test]
fn outlet_reported_at_the_end_relays_the_inner_speaker() {
    let text = "Talks\n\nDefence Minister Jean Dupont held a call with his counterpart, and expressed \"solidarity with the victims\" of the shooting, Le Soir reported on Monday.";
    assert_eq!(
        statements(text),
        [s(
            "Defence Minister Jean Dupont",
            "Le Soir",
            "held a call with his counterpart, and expressed \"solidarity with the victims\" of the shooting",
            false
        )]
    );
}

#[test]
fn agency_claimed_with_and_without_inner_speaker() {
    let text = "Talks\n\nState news agency KNA claimed that the call was made \"at the urgent request of the other side.\"\n\nDupont \"tried to convince his counterpart that the rebels were not involved,\" and that a militia was responsible, KNA claimed.";
    assert_eq!(
        statements(text),
        [
            s(
                "State news agency KNA",
                "",
                "the call was made \"at the urgent request of the other side.\"",
                false
            ),
            s(
                "Dupont",
                "KNA",
                "the rebels were not involved,\" and that a militia was responsible",
                false
            ),
        ]
    );
}

#[test]
fn made_allegations_and_condemned_as() {
    let text = "Talks\n\nDuring the last call in May, Petrov made allegations that the rebels were planning to use a \"dirty bomb\" on the front.\n\nAnna Berg, an adviser to the president, condemned Petrov's claims as \"absurd.\"";
    assert_eq!(
        statements(text),
        [
            s(
                "Petrov",
                "",
                "the rebels were planning to use a \"dirty bomb\" on the front.",
                false
            ),
            s(
                "Anna Berg",
                "",
                "condemned Petrov's claims as \"absurd.\"",
                false
            ),
        ]
    );
}

#[test]
fn headline_denial_with_quote() {
    let text = "Capital denies after call: \u{201c}nothing like that was agreed\u{201d}\n\nThe ministers spoke on Wednesday.";
    assert_eq!(
        statements(text),
        [s("Capital", "", "nothing like that was agreed", true)]
    );
}

#[test]
fn as_announced_by_before_and_after() {
    let text = "Talks\n\nAs announced by the Ministry of Defence in Rome on Wednesday evening, Rossi condemned the attack and recalled the country's wish to cooperate.\n\nRossi called his counterpart for the first time in a year, as announced by the ministry.";
    assert_eq!(
        statements(text),
        [
            s(
                "Rossi",
                "the Ministry of Defence in Rome",
                "condemned the attack",
                false
            ),
            s(
                "Rossi",
                "the Ministry of Defence in Rome",
                "recalled the country's wish to cooperate.",
                false
            ),
            s(
                "the ministry",
                "",
                "Rossi called his counterpart for the first time in a year",
                false
            ),
        ]
    );
}

#[test]
fn according_to_capital_relays_the_minister() {
    let text = "Talks\n\nAccording to Rome, the country's defence minister has also unreservedly condemned the invasion.";
    assert_eq!(
        statements(text),
        [s(
            "the country's defence minister",
            "Rome",
            "condemned the invasion.",
            false
        )]
    );
}

#[test]
fn coordinated_subjects_stay_with_the_outer_speaker() {
    let text = "Talks\n\nThe Defence Ministry also said that Minister Ivan Petrov and his counterpart Jean Dupont \u{201c}expressed their willingness to talk\u{201d}. The ministry later denied this.";
    assert_eq!(
        statements(text),
        [
            s("The Defence Ministry", "", "Minister Ivan Petrov and his counterpart Jean Dupont \u{201c}expressed their willingness to talk\u{201d}.", false),
            s("The ministry", "", "denied this.", false),
        ]
    );
}

#[test]
fn acknowledged_but_suggested_is_two_statements() {
    let text = "Talks\n\nPresident Ivan Petrov has acknowledged that \"radical groups\" carried out the assault, but suggested they were linked to the rebels.";
    assert_eq!(
        statements(text),
        [
            s(
                "President Ivan Petrov",
                "",
                "\"radical groups\" carried out the assault",
                false
            ),
            s(
                "President Ivan Petrov",
                "",
                "they were linked to the rebels.",
                false
            ),
        ]
    );
}

#[test]
fn said_in_month_then_dash_adding() {
    let text = "Talks\n\nPresident Marie Leclerc said in March Rome had offered \"increased cooperation\" -- adding that there would be contact on a \"technical level\".";
    assert_eq!(
        statements(text),
        [
            s(
                "President Marie Leclerc",
                "",
                "Rome had offered \"increased cooperation\"",
                false
            ),
            s(
                "President Marie Leclerc",
                "",
                "there would be contact on a \"technical level\".",
                false
            ),
        ]
    );
}

#[test]
fn hard_wrapped_wire_paragraph_with_dateline() {
    let text = "Talks: Rome\n\n      ROME, May  3, 2024 (XYZ/AFP) - The defence ministers of the two countries\non Wednesday held rare talks, their first since 2022, Rome said.";
    assert_eq!(
        statements(text),
        [s(
            "Rome",
            "",
            "The defence ministers of the two countries on Wednesday held rare talks, their first since 2022",
            false
        )]
    );
}

#[test]
fn statement_said_and_added() {
    let text = "Talks\n\n\"The minister also condemned the invasion,\" the statement said.\n\n\"We will continue to help as long as necessary,\" the statement added.";
    assert_eq!(
        statements(text),
        [
            s(
                "The minister",
                "the statement",
                "condemned the invasion",
                false
            ),
            s(
                "the statement",
                "",
                "We will continue to help as long as necessary",
                true
            ),
        ]
    );
}

#[test]
fn other_stories_headlines_with_no_speaker_are_not_statements() {
    let text = "Talks\n\n'For the state not to waste time': law expert explains whether citizens abroad should worry";
    assert!(statements(text).is_empty(), "{:?}", statements(text));
}

// ------------------------------------------------------------ robustness

#[test]
fn hundred_thousand_quote_marks() {
    for mark in ["\"", "“", "'", "«", "„", "” "] {
        let text = format!("Title\n\n{}", mark.repeat(100_000));
        let t = Instant::now();
        check_invariants(&text);
        assert!(t.elapsed().as_secs() < 20, "{mark}: {:?}", t.elapsed());
    }
}

#[test]
fn unbalanced_quotes_and_odd_marks() {
    for text in [
        "T\n\n\"He said,\" \"",
        "T\n\n“ ” ‘ ’ « » „ “",
        "T\n\n, said he.",
        "T\n\n\"",
        "T\n\nAccording to",
        "T\n\nQ:\n\nA:",
        "T\n\nSMITH: \n\nJONES:",
        "\"\n\n\"said\" said, \"said\"",
        "T\n\nPARIS - ",
        "T\n\nHe said: \"",
        "T\n\n\"a\", said",
        "T\n\n'",
        "T\n\n—“He”—",
    ] {
        check_invariants(text);
    }
}

/// A 20 MB single line: no panic, every invariant holds.
#[test]
fn twenty_megabyte_line() {
    let text = format!(
        "Title\n\n{}",
        LINE_UNIT.repeat(20_000_000 / LINE_UNIT.len())
    );
    check_invariants(&text);
}

/// A 2 MB single line in well under the time a quadratic pass would take
/// (a generous bound: debug build, shared machine).
#[test]
fn two_megabyte_line_is_linear() {
    let text = format!("Title\n\n{}", LINE_UNIT.repeat(2_000_000 / LINE_UNIT.len()));
    let t = Instant::now();
    check_invariants(&text);
    assert!(t.elapsed().as_secs() < 30, "took {:?}", t.elapsed());
}

const LINE_UNIT: &str = "Officials said \"the minister, who \u{e9}t\u{e9} told reporters that, according to sources, \u{201c}it\u{2019}s fine\u{201d}\" and added ";

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "\"",
        "“",
        "”",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        " said",
        " told",
        " according to",
        " Smith",
        " the minister",
        ",",
        ".",
        ":",
        " ",
        "\n",
        "\n\n",
        " that",
        " é",
        "😀",
        " -",
        " --",
        " (AFP)",
        "PARIS",
        "Q:",
        " and",
        " condemned",
        " called on",
        " He",
        " denied",
        " as announced by",
        " Le Monde reported",
        " tried to convince",
        "\t",
        "SMITH:",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn invariants_on_news_like_noise(pieces in prop::collection::vec(piece(), 0..80)) {
        let text: String = pieces.concat();
        check_invariants(&text);
    }

    #[test]
    fn invariants_on_any_text(text in "\\PC{0,300}") {
        check_invariants(&text);
    }
}

#[test]
fn cues_keep_their_particles_and_kinds() {
    use factsheet::lexicon::speech::{cue_kind, CueKind};
    let text = "Talks\n\nDupont said that the country had no information, calling on the rebels \"to stop all escalation\" of the conflict, the ministry said.\n\nThe ministry later denied the report.";
    let cues: Vec<(String, Option<CueKind>)> = extract(text)
        .iter()
        .filter(|a| a.kind != StatementKind::Narration)
        .filter_map(|a| a.cue.clone())
        .map(|r| (text[r.clone()].to_string(), cue_kind(&text[r])))
        .collect();
    assert_eq!(
        cues,
        [
            ("said".to_string(), Some(CueKind::Neutral)),
            ("calling on".to_string(), Some(CueKind::Directive)),
            ("denied".to_string(), Some(CueKind::Negative)),
        ]
    );
}

#[test]
fn many_quotations_after_one_frame_do_not_recurse() {
    let text = format!(
        "Title\n\n\"We are ready,\" he said, {}",
        "\"and more,\" ".repeat(200_000)
    );
    check_invariants(&text);
}

#[test]
fn pathological_frames_stay_fast() {
    for unit in [
        "He said, ",
        "\"a,\" he said, ",
        "According to him, ",
        "X condemned Y, expressed Z and stressed ",
        ", , , : - ",
        "said said said that that ",
    ] {
        let text = format!("Title\n\n{}", unit.repeat(300_000 / unit.len()));
        let t = Instant::now();
        check_invariants(&text);
        assert!(t.elapsed().as_secs() < 20, "{unit:?}: {:?}", t.elapsed());
    }
}
