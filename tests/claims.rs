//! Claims: the same proposition aligned across outlets, different ones kept
//! apart. Fixtures are verbatim statements of the bundled articles.
#![cfg(not(target_arch = "wasm32"))]

mod fixtures;

use factsheet::claim::align;
use factsheet::model::{Claim, ClaimStatus, Statement};
use fixtures::*;

fn claim_of(claims: &[Claim], statement: usize) -> &Claim {
    let found: Vec<_> = claims
        .iter()
        .filter(|c| c.statements.contains(&statement))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "statement {statement} is in {} claims",
        found.len()
    );
    found[0]
}

fn together(claims: &[Claim], statements: &[Statement], ids: &[usize]) {
    let first = claim_of(claims, ids[0]);
    for &i in ids {
        assert_eq!(
            claim_of(claims, i).id,
            first.id,
            "{:?} and {:?} should be one claim",
            statements[ids[0]].text,
            statements[i].text
        );
    }
}

fn apart(claims: &[Claim], statements: &[Statement], a: usize, b: usize) {
    assert_ne!(
        claim_of(claims, a).id,
        claim_of(claims, b).id,
        "{:?} and {:?} should be different claims",
        statements[a].text,
        statements[b].text
    );
}

#[test]
fn the_four_outlets_no_information_about_a_link_is_one_claim() {
    let (statements, ids) = bundle();
    let claims = align(&statements);
    together(&claims, &statements, &ids.link);
    let c = claim_of(&claims, ids.link[0]);
    assert_eq!(c.articles, [0, 1, 3, 4]);
    assert_eq!(c.status, ClaimStatus::MultiSource);
    assert!(c.label.contains("no information"), "{}", c.label);
}

#[test]
fn exploitation_and_instrumentalisation_are_one_claim() {
    let (statements, ids) = bundle();
    let claims = align(&statements);
    together(&claims, &statements, &ids.exploit);
}

#[test]
fn unequivocally_strongly_unreservedly_condemned_is_one_claim() {
    let (statements, ids) = bundle();
    let claims = align(&statements);
    together(&claims, &statements, &ids.condemn);
    assert_eq!(claim_of(&claims, ids.condemn[0]).articles, [0, 2, 3, 4]);
}

#[test]
fn support_for_ukraine_is_one_claim() {
    let (statements, ids) = bundle();
    let claims = align(&statements);
    together(&claims, &statements, &ids.support);
}

#[test]
fn statements_sharing_topic_words_stay_apart() {
    let (statements, ids) = bundle();
    let claims = align(&statements);
    // Two different statements of the same speaker in the same article.
    apart(&claims, &statements, ids.condemn[0], ids.link[0]);
    apart(&claims, &statements, ids.support[0], ids.condemn[0]);
    apart(&claims, &statements, ids.link[0], ids.exploit[0]);
    // The combined statement (link + instrumentalisation) joins one claim
    // only: it may not chain the two together.
    apart(&claims, &statements, ids.link[3], ids.exploit[0]);
    // The Russian account and the French denial.
    apart(&claims, &statements, ids.ru_dialogue, ids.neither_nor);
    // "not reported" is not "first contact since".
    apart(
        &claims,
        &statements,
        ids.not_reported[1],
        ids.first_since[0],
    );
    // The presidents' last call is not the ministers' last call.
    apart(&claims, &statements, ids.presidents, ids.last_spoke[1]);
}

#[test]
fn narration_aligns_across_outlets() {
    let (statements, ids) = bundle();
    let claims = align(&statements);
    together(&claims, &statements, &ids.first_since);
    together(&claims, &statements, &ids.last_spoke);
    let c = claim_of(&claims, ids.last_spoke[0]);
    assert_eq!(
        c.speaker, None,
        "narration of two outlets has no one speaker"
    );
    // Narration never joins attributed speech.
    for c in &claims {
        let kinds: std::collections::HashSet<_> = c
            .statements
            .iter()
            .map(|&i| statements[i].kind == factsheet::StatementKind::Narration)
            .collect();
        assert_eq!(
            kinds.len(),
            1,
            "claim {:?} mixes narration and speech",
            c.label
        );
    }
}

#[test]
fn paraphrase_with_an_added_clause_aligns() {
    let (statements, ids) = bundle();
    let claims = align(&statements);
    together(&claims, &statements, &ids.convince);
    together(&claims, &statements, &[ids.in_years, ids.year_and_half]);
}

#[test]
fn every_statement_is_in_exactly_one_claim_and_ids_are_indices() {
    let (statements, _) = bundle();
    let claims = align(&statements);
    let mut seen = vec![0; statements.len()];
    for (i, c) in claims.iter().enumerate() {
        assert_eq!(c.id, i);
        assert!(
            !c.label.is_empty() && c.label.chars().count() <= 91,
            "{:?}",
            c.label
        );
        let mut articles: Vec<_> = c
            .statements
            .iter()
            .map(|&s| statements[s].article)
            .collect();
        articles.sort();
        articles.dedup();
        assert_eq!(c.articles, articles);
        for &s in &c.statements {
            seen[s] += 1;
        }
    }
    assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
    // Multi-source claims come first.
    let first_single = claims
        .iter()
        .position(|c| c.status == ClaimStatus::SingleSource)
        .unwrap();
    assert!(claims[first_single..]
        .iter()
        .all(|c| c.status == ClaimStatus::SingleSource));
}

#[test]
fn british_and_american_spelling_align() {
    let mut b = Bundle::new();
    let a = b.said(0, 1, None, "The defence minister said the organisation's programme had been cancelled to honour the labour agreement.");
    let c = b.said(1, 1, None, "the defense minister says the organization's program was canceled to honor the labor agreement");
    let d = b.said(
        2,
        1,
        None,
        "The minister said the harvest festival would go ahead in the centre of town.",
    );
    let claims = align(&b.statements);
    together(&claims, &b.statements, &[a, c]);
    apart(&claims, &b.statements, a, d);
}

#[test]
fn reported_speech_shifts_and_synonyms_align() {
    let mut b = Bundle::new();
    let a = b.quote(
        0,
        2,
        None,
        "We will urge the company to halt the layoffs at the plant",
    );
    let c = b.said(
        1,
        2,
        None,
        "the union would call on the company to stop layoffs at its plant",
    );
    let d = b.said(
        2,
        2,
        None,
        "the union had denounced the closure of the plant",
    );
    let e = b.said(3, 2, None, "the union has condemned the plant closure");
    let claims = align(&b.statements);
    together(&claims, &b.statements, &[a, c]);
    together(&claims, &b.statements, &[d, e]);
    apart(&claims, &b.statements, a, d);
}

#[test]
fn different_speakers_need_more_than_topic_words() {
    let mut b = Bundle::new();
    let a = b.said(
        0,
        1,
        None,
        "the mayor said the flood barriers held overnight",
    );
    let c = b.said(
        1,
        2,
        None,
        "residents said the flood barriers failed overnight in the east",
    );
    let claims = align(&b.statements);
    apart(&claims, &b.statements, a, c);
}

#[test]
fn negated_and_affirmed_stay_apart() {
    let mut b = Bundle::new();
    let a = b.said(
        0,
        1,
        None,
        "police have found evidence linking the suspect to the fire",
    );
    let c = b.said(
        1,
        1,
        None,
        "police have not found evidence linking the suspect to the fire",
    );
    let claims = align(&b.statements);
    apart(&claims, &b.statements, a, c);
}

#[test]
fn empty_and_odd_input_do_not_panic() {
    assert!(align(&[]).is_empty());
    let mut b = Bundle::new();
    b.said(0, 1, None, "");
    b.said(0, 1, None, "\"\"\"");
    b.narration(1, &"é".repeat(1000));
    b.narration(2, &"the the the ".repeat(1000));
    let claims = align(&b.statements);
    assert_eq!(claims.iter().map(|c| c.statements.len()).sum::<usize>(), 4);
}

#[test]
fn the_bundled_sheet_keeps_the_claim_invariants() {
    let sheet = factsheet::build(factsheet::bundled::ARTICLES).unwrap();
    let mut seen = vec![0; sheet.statements.len()];
    for (i, c) in sheet.claims.iter().enumerate() {
        assert_eq!(c.id, i);
        assert!(!c.statements.is_empty());
        assert!(
            !c.label.is_empty()
                || c.statements
                    .iter()
                    .all(|&s| sheet.statements[s].text.is_empty())
        );
        let mut articles: Vec<_> = c
            .statements
            .iter()
            .map(|&s| sheet.statements[s].article)
            .collect();
        articles.sort();
        articles.dedup();
        assert_eq!(c.articles, articles, "claim {i}");
        let disputed = sheet.conflicts.iter().any(|x| {
            x.claims.contains(&i)
                && matches!(
                    x.kind,
                    factsheet::ConflictKind::Denial | factsheet::ConflictKind::Account
                )
        });
        match c.status {
            ClaimStatus::Disputed => {
                assert!(
                    sheet.conflicts.iter().any(|x| x.claims.contains(&i)),
                    "claim {i} disputed by nothing"
                )
            }
            ClaimStatus::MultiSource => {
                assert!(articles.len() > 1);
                assert!(!disputed);
            }
            ClaimStatus::SingleSource => {
                assert_eq!(articles.len(), 1);
                assert!(!disputed);
            }
        }
        for &s in &c.statements {
            seen[s] += 1;
        }
    }
    for (s, n) in seen.iter().enumerate() {
        assert_eq!(*n, 1, "statement {s} is in {n} claims");
    }
    for x in &sheet.conflicts {
        assert!(!x.note.is_empty());
        assert!(x.statements.iter().all(|&s| s < sheet.statements.len()));
        assert!(x.claims.iter().all(|&c| c < sheet.claims.len()));
        for &s in &x.statements {
            let owner = sheet
                .claims
                .iter()
                .find(|c| c.statements.contains(&s))
                .unwrap();
            assert!(
                x.claims.contains(&owner.id),
                "conflict {:?} misses the claim of {s}",
                x.note
            );
        }
    }
}

#[test]
fn the_same_names_do_not_make_the_same_claim() {
    let mut b = Bundle::new();
    let call = b.narration(0, "French Defense Minister Sébastien Lecornu had a telephone conversation with his Russian counterpart Sergey Shoigu.");
    let dialogue = b.narration(3, "The Russian Defense Ministry also said that Minister Sergei Shoigu and his French counterpart Sébastien Lecornu “expressed their willingness to engage in dialogue on Ukraine”.");
    let paraphrase = b.narration(1, "France’s Defense Minister, Sébastien Lecornu, made a phone call to his Russian counterpart, Sergei Shoigu, for the first time in 1.5 years, as announced by the French Defense Ministry.");
    let claims = align(&b.statements);
    apart(&claims, &b.statements, call, dialogue);
    apart(&claims, &b.statements, paraphrase, dialogue);
    together(&claims, &b.statements, &[call, paraphrase]);
}
