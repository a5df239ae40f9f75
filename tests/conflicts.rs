//! Conflicts: denials linked to what they deny, differing accounts, and
//! figures and dates that differ, with a note saying whether they disagree.
#![cfg(not(target_arch = "wasm32"))]

mod fixtures;

use factsheet::claim::align;
use factsheet::conflict::{detect, detect_in, Context};
use factsheet::model::{Claim, ClaimStatus, Conflict, ConflictKind, Statement};
use fixtures::*;

fn run(statements: &[Statement]) -> (Vec<Claim>, Vec<Conflict>) {
    let infos = articles();
    let speakers = speakers();
    let mut claims = align(statements);
    let conflicts = detect_in(
        statements,
        Context {
            articles: &infos,
            speakers: &speakers,
        },
        &mut claims,
    );
    (claims, conflicts)
}

fn of_kind(conflicts: &[Conflict], kind: ConflictKind) -> Vec<&Conflict> {
    conflicts.iter().filter(|c| c.kind == kind).collect()
}

fn claim_of(claims: &[Claim], statement: usize) -> &Claim {
    claims
        .iter()
        .find(|c| c.statements.contains(&statement))
        .expect("every statement has a claim")
}

#[test]
fn the_welt_denial_is_linked_to_the_russian_account() {
    let (statements, ids) = bundle();
    let (claims, conflicts) = run(&statements);
    let denial = of_kind(&conflicts, ConflictKind::Denial)
        .into_iter()
        .find(|c| c.statements.contains(&ids.ru_dialogue))
        .expect("the Russian account is denied");
    assert!(denial.statements.contains(&ids.denied_this));
    assert!(denial.statements.contains(&ids.neither_nor));
    for s in [ids.ru_dialogue, ids.denied_this, ids.neither_nor] {
        let c = claim_of(&claims, s);
        assert_eq!(c.status, ClaimStatus::Disputed, "{}", c.label);
        assert!(denial.claims.contains(&c.id));
    }
    assert!(denial.note.contains("denied"), "{}", denial.note);
    assert!(
        denial.note.contains("Russian Defense Ministry"),
        "{}",
        denial.note
    );
    assert!(denial.note.contains("willingness"), "{}", denial.note);
}

#[test]
fn a_denial_is_not_linked_to_its_own_side() {
    let (statements, ids) = bundle();
    let (_, conflicts) = run(&statements);
    for c in of_kind(&conflicts, ConflictKind::Denial) {
        // The French denial never points at the French minister's words.
        for s in ids.link.iter().chain(&ids.condemn).chain(&ids.support) {
            if c.statements.contains(&ids.neither_nor) {
                assert!(!c.statements.contains(s), "{}", c.note);
            }
        }
        // Nor at Shoigu's "investigation launched in connection with".
        assert!(!c.statements.contains(&ids.investigation[0]), "{}", c.note);
    }
}

#[test]
fn casualty_figures_differ_by_rounding_only() {
    let (statements, ids) = bundle();
    let (claims, conflicts) = run(&statements);
    let numbers = of_kind(&conflicts, ConflictKind::Number);
    assert_eq!(numbers.len(), 1, "{numbers:?}");
    let n = numbers[0];
    let mut got = n.statements.clone();
    got.sort();
    assert_eq!(got, ids.killed);
    assert!(n.note.contains("144 (Euromaidan Press)"), "{}", n.note);
    assert!(
        n.note.contains("over 140 (The Kyiv Independent)"),
        "{}",
        n.note
    );
    assert!(n.note.contains("at least 144 (BSS)"), "{}", n.note);
    assert!(n.note.contains("consistent"), "{}", n.note);
    // Rounding disputes nothing (article 004's figure is in a claim denied
    // for another reason, so check the other two).
    for s in &ids.killed[..2] {
        assert_ne!(claim_of(&claims, *s).status, ClaimStatus::Disputed);
    }
}

#[test]
fn the_time_since_the_last_contact_agrees() {
    let (statements, ids) = bundle();
    let (_, conflicts) = run(&statements);
    let dates = of_kind(&conflicts, ConflictKind::Date);
    assert_eq!(dates.len(), 1, "{dates:?}");
    let d = dates[0];
    for s in [ids.since_oct, ids.in_years, ids.year_and_half] {
        assert!(d.statements.contains(&s), "{s} missing: {}", d.note);
    }
    assert!(!d.statements.contains(&ids.presidents), "{}", d.note);
    assert!(
        d.note.contains("“since October 2022” (OBOZ.UA)"),
        "{}",
        d.note
    );
    assert!(d.note.contains("“in 1.5 years”"), "{}", d.note);
    assert!(d.note.contains("nearly a year and a half"), "{}", d.note);
    assert!(d.note.contains("consistent"), "{}", d.note);
    assert!(d.note.contains("October 2022"), "{}", d.note);
}

#[test]
fn not_reported_against_a_reported_russian_account() {
    let (statements, ids) = bundle();
    let (claims, conflicts) = run(&statements);
    let accounts = of_kind(&conflicts, ConflictKind::Account);
    let c = accounts
        .iter()
        .find(|c| c.statements.contains(&ids.not_reported[0]))
        .expect("OBOZ.UA's 'not reported' is an account conflict");
    assert!(c.statements.contains(&ids.ru_dialogue), "{}", c.note);
    assert!(
        c.note.contains("not reported") && c.note.contains("WELT"),
        "{}",
        c.note
    );
    assert_eq!(
        claim_of(&claims, ids.not_reported[0]).status,
        ClaimStatus::Disputed
    );
    // Statements by the French side are not the Russian account.
    for s in ids.link.iter().chain(&ids.support) {
        assert!(!c.statements.contains(s), "{}", c.note);
    }
}

#[test]
fn numbers_that_really_disagree_dispute_their_claims() {
    let mut b = Bundle::new();
    let a = b.said(
        0,
        1,
        None,
        "The earthquake killed 12 people in the mountain villages.",
    );
    let c = b.narration(
        1,
        "The earthquake in the mountain villages killed 30, officials said.",
    );
    let d = b.narration(2, "About 200 homes were destroyed.");
    let mut claims = align(&b.statements);
    let conflicts = detect(&b.statements, &mut claims);
    let numbers = of_kind(&conflicts, ConflictKind::Number);
    assert_eq!(numbers.len(), 1, "{conflicts:?}");
    assert_eq!(numbers[0].statements, [a, c]);
    assert!(
        numbers[0].note.contains("12 (article 1)"),
        "{}",
        numbers[0].note
    );
    assert!(
        numbers[0].note.ends_with("they disagree"),
        "{}",
        numbers[0].note
    );
    for s in [a, c] {
        assert_eq!(claim_of(&claims, s).status, ClaimStatus::Disputed);
    }
    assert_ne!(claim_of(&claims, d).status, ClaimStatus::Disputed);
    // Disputed claims come first.
    assert_eq!(claims[0].status, ClaimStatus::Disputed);
}

#[test]
fn same_figure_everywhere_is_no_conflict() {
    let mut b = Bundle::new();
    b.said(0, 1, None, "The storm killed 7 people.");
    b.said(1, 1, None, "the storm had killed 7 people");
    let mut claims = align(&b.statements);
    assert!(detect(&b.statements, &mut claims).is_empty());
}

#[test]
fn an_explicit_denial_finds_its_claim_across_articles() {
    let mut b = Bundle::new();
    let claim = b.said(
        0,
        1,
        None,
        "the army shelled the hospital in the northern district overnight",
    );
    b.said(0, 3, None, "aid convoys reached the city on Monday");
    let denial = b.cued(
        1,
        2,
        "denied",
        "that its troops had shelled the hospital in the northern district",
    );
    let mut claims = align(&b.statements);
    let conflicts = detect(&b.statements, &mut claims);
    let d = of_kind(&conflicts, ConflictKind::Denial);
    assert_eq!(d.len(), 1, "{conflicts:?}");
    assert_eq!(d[0].statements, [claim, denial]);
    assert_eq!(claim_of(&claims, claim).status, ClaimStatus::Disputed);
}

#[test]
fn a_later_denial_of_this_points_back() {
    let mut b = Bundle::new();
    b.said(0, 1, None, "talks on a ceasefire had made progress");
    let claim = b.said(
        0,
        2,
        None,
        "the rebels had agreed to withdraw from the port",
    );
    let denial = b.narration(0, "A rebel spokesman later rejected this as \"not true\".");
    let mut claims = align(&b.statements);
    let conflicts = detect(&b.statements, &mut claims);
    let d = of_kind(&conflicts, ConflictKind::Denial);
    assert_eq!(d.len(), 1, "{conflicts:?}");
    assert_eq!(d[0].statements, [claim, denial]);
}

#[test]
fn dates_that_disagree_are_flagged() {
    let mut b = Bundle::new();
    let a = b.narration(
        2,
        "It was the first meeting of the two leaders since June 2019.",
    );
    let c = b.narration(4, "The leaders met for the first time in two years.");
    let infos = articles();
    let mut claims = align(&b.statements);
    let conflicts = detect_in(
        &b.statements,
        Context {
            articles: &infos,
            speakers: &[],
        },
        &mut claims,
    );
    let d = of_kind(&conflicts, ConflictKind::Date);
    assert_eq!(d.len(), 1, "{conflicts:?}");
    assert_eq!(d[0].statements, [a, c]);
    assert!(d[0].note.ends_with("they disagree"), "{}", d[0].note);
}

#[test]
fn odd_input_does_not_panic() {
    let mut b = Bundle::new();
    b.narration(0, "");
    b.narration(0, "denied");
    b.cued(1, 1, "denied", "");
    b.narration(1, "first since since since 2022 2022 last in in");
    b.narration(2, &"not reported ".repeat(200));
    b.narration(3, &"over 140 killed ".repeat(200));
    let mut claims = align(&b.statements);
    let _ = detect(&b.statements, &mut claims);
    assert_eq!(claims.iter().map(|c| c.statements.len()).sum::<usize>(), 6);
}

#[test]
fn two_sides_affirming_and_negating_the_same_thing_are_an_account_conflict() {
    let mut b = Bundle::new();
    let a = b.said(
        0,
        1,
        None,
        "the factory's waste water contaminated the river downstream of the plant",
    );
    let c = b.said(
        1,
        2,
        None,
        "the factory's waste water did not contaminate the river downstream of the plant",
    );
    let same_side = b.said(
        2,
        1,
        None,
        "the factory's waste water never contaminated the river downstream of the plant",
    );
    let mut claims = align(&b.statements);
    let conflicts = detect(&b.statements, &mut claims);
    let accounts = of_kind(&conflicts, ConflictKind::Account);
    assert_eq!(accounts.len(), 1, "{conflicts:?}");
    assert!(accounts[0].statements.contains(&a) && accounts[0].statements.contains(&c));
    assert!(
        accounts[0].note.starts_with("Accounts contradict"),
        "{}",
        accounts[0].note
    );
    // Speaker 1's own negated wording is not a contradiction of speaker 1.
    let pair_with_self =
        accounts[0].statements.contains(&same_side) && !accounts[0].statements.contains(&c);
    assert!(!pair_with_self);
    assert_eq!(claim_of(&claims, a).status, ClaimStatus::Disputed);
}

#[test]
fn who_asked_for_the_meeting_differs() {
    let mut b = Bundle::new();
    let a = b.said(
        0,
        1,
        None,
        "the meeting of the two foreign ministers was held at the request of the German side",
    );
    let c = b.said(
        1,
        2,
        None,
        "the Polish side requested the meeting of the foreign ministers",
    );
    let d = b.said(
        2,
        3,
        None,
        "the foreign ministers discussed trade at the meeting",
    );
    let mut claims = align(&b.statements);
    let conflicts = detect(&b.statements, &mut claims);
    let accounts = of_kind(&conflicts, ConflictKind::Account);
    assert_eq!(accounts.len(), 1, "{conflicts:?}");
    assert_eq!(accounts[0].statements, [a, c]);
    assert!(
        accounts[0].note.contains("germany") && accounts[0].note.contains("poland"),
        "{}",
        accounts[0].note
    );
    assert_ne!(claim_of(&claims, d).status, ClaimStatus::Disputed);
}

#[test]
fn the_bundle_has_no_spurious_account_conflicts() {
    let (statements, _) = bundle();
    let (_, conflicts) = run(&statements);
    for c in of_kind(&conflicts, ConflictKind::Account) {
        assert!(c.note.contains("not reported"), "{}", c.note);
    }
    assert_eq!(
        of_kind(&conflicts, ConflictKind::Denial).len(),
        2,
        "{conflicts:?}"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn statement_text() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "denied",
            "this",
            "not",
            "reported",
            "killed",
            "over",
            "144",
            "at",
            "least",
            "first",
            "since",
            "October",
            "2022",
            "in",
            "1.5",
            "years",
            "nearly",
            "a",
            "year",
            "and",
            "half",
            "no",
            "information",
            "neither",
            "nor",
            "“",
            "”",
            "\"",
            "é",
            "Ünïcödé",
            "link",
            "called",
            "on",
            "last",
            "9999999999999999999999",
            "0.000",
            ".",
            ",",
            "Mr.",
            "U.S.",
            "—",
        ]);
        prop_oneof![
            prop::collection::vec(words, 0..40).prop_map(|w| w.join(" ")),
            ".{0,80}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_statements_align_and_detect_without_panic(
            texts in prop::collection::vec((statement_text(), 0usize..4, 0usize..3, any::<bool>()), 0..24)
        ) {
            let mut b = Bundle::new();
            for (text, article, speaker, narration) in &texts {
                if *narration {
                    b.narration(*article, text);
                } else {
                    b.said(*article, *speaker, None, text);
                }
            }
            let (claims, conflicts) = run(&b.statements);
            let mut seen = vec![0; b.statements.len()];
            for (i, c) in claims.iter().enumerate() {
                prop_assert_eq!(c.id, i);
                for &s in &c.statements {
                    seen[s] += 1;
                }
            }
            prop_assert!(seen.iter().all(|&n| n == 1));
            for x in &conflicts {
                prop_assert!(x.claims.iter().all(|&c| c < claims.len()));
                prop_assert!(x.statements.iter().all(|&s| s < b.statements.len()));
                prop_assert!(!x.note.is_empty());
            }
        }
    }
}

#[test]
fn a_silence_disputes_only_what_it_says_went_unreported() {
    let (statements, ids) = bundle();
    let (claims, conflicts) = run(&statements);
    let c = of_kind(&conflicts, ConflictKind::Account)
        .into_iter()
        .find(|c| c.statements.contains(&ids.not_reported[0]))
        .expect("OBOZ.UA's 'not reported' is an account conflict");
    // The side's account is listed in full...
    assert!(c.statements.contains(&ids.investigation[0]), "{}", c.note);
    // ...but what that side said about something else is not disputed by
    // the silence.
    let other = claim_of(&claims, ids.investigation[0]);
    assert_ne!(other.status, ClaimStatus::Disputed, "{}", other.label);
    assert!(c
        .claims
        .contains(&claim_of(&claims, ids.not_reported[0]).id));
}

#[test]
fn anaphoric_denials_are_labelled_with_what_they_deny() {
    let mut b = Bundle::new();
    b.said(
        0,
        1,
        None,
        "the harbour authority had reopened the northern pier",
    );
    let claim = b.said(
        0,
        2,
        None,
        "the ferry operator had doubled the number of crossings",
    );
    let denial = b.cued(0, 3, "later denied", "this");
    let stated = b.cued(1, 3, "denied", "any crossing had been cancelled");
    let (claims, _) = run(&b.statements);
    assert_eq!(
        claim_of(&claims, denial).label,
        format!("Denies: {}", claim_of(&claims, claim).label)
    );
    // A cue that denies what follows: the text is what is denied.
    assert_eq!(
        claim_of(&claims, stated).label,
        "Denies: Any crossing had been cancelled"
    );
}

#[test]
fn every_silence_over_the_same_accounts_joins_one_conflict() {
    // Three statements in one article say the same side was silent; the
    // side's account is in another article. One conflict lists them all
    // (a third silence once started a conflict of its own).
    let mut b = Bundle::new();
    let silences = [
        b.narration(
            0,
            "Russia has not officially reported the call from France.",
        ),
        b.narration(
            0,
            "The Russian Defense Ministry did not report on the call.",
        ),
        b.narration(0, "Moscow has not officially reported the call."),
    ];
    let account = b.said(3, RU_MINISTRY, None, "Minister Sergei Shoigu and his French counterpart Sébastien Lecornu “expressed their willingness to engage in dialogue on Ukraine”.");
    let (_, conflicts) = run(&b.statements);
    let accounts = of_kind(&conflicts, ConflictKind::Account);
    assert_eq!(accounts.len(), 1, "{conflicts:?}");
    assert!(accounts[0].statements.contains(&account), "{conflicts:?}");
    for s in silences {
        assert!(accounts[0].statements.contains(&s), "{s}: {conflicts:?}");
    }
}
