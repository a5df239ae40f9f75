//! Stage 5: statements grouped into claims across articles.
//!
//! A claim is one proposition as carried by one or more outlets: the
//! statements of different articles that say the same thing, by the same
//! speaker or side. The outlets' own narration forms claims too (aligned
//! only with narration), so background facts sit side by side.
//!
//! # Method
//!
//! 1. **Key terms** ([`terms`]): each statement's words are folded (case,
//!    accents, British/American spelling, country names and adjectives,
//!    light stemming, near-synonym classes, multi-word expressions such as
//!    "called on" and idioms such as "walked out" = "left the table"),
//!    stopwords and speech-frame verbs dropped, numbers normalised, and a
//!    quantity term per figure (what it counts).
//!    Each term is weighted by its rarity in the bundle (`1 + ln(n / df)`).
//!    All of this is read once per statement into its [`Profiles`] entry
//!    (lists kept back to back, each distinct word looked up once), which
//!    conflict detection shares.
//! 2. **Candidates** ([`index`]): an inverted index from term to statements.
//!    Each statement looks up its [`index::RARE_TERMS`] rarest terms and, in
//!    each posting list, at most [`index::NEIGHBOURS`] statements before it;
//!    no all-pairs comparison. Only candidates sharing two of those rare
//!    terms are scored. Work is linear in the number of statements: about
//!    10 µs per statement natively, 1,000 articles (9,000 statements) in
//!    about 0.1 s of CPU time (`benches/align.rs`).
//! 3. **Score**: for each candidate pair, the weight of the shared terms over
//!    the geometric mean of both statements' weights (a weighted Ochiai
//!    coefficient, 0..1). A pair must share at least two terms, two of them
//!    written in lower case (names and titles shared by two different
//!    statements about the same people do not make one proposition), agree
//!    in polarity (both negated or neither), and reach [`SAME_SIDE`] when the
//!    speakers are compatible (same speaker, one's speaker is the other's
//!    relay, or either unknown; narration with narration), or
//!    [`OTHER_SIDE`] otherwise. Same-side paraphrases that add a clause
//!    also pass at a lower score when the shorter statement's predicate
//!    (its lower-case terms, not names and titles) is contained in the
//!    other. Narration never pairs with attributed speech.
//!
//!    Polarity is scoped: a negator covers the [`NEGATION_SCOPE`] words
//!    after it, and two statements are opposed only when one negates a
//!    term they share and the other does not ("have not found evidence" /
//!    "have found evidence"); "a warehouse it did not own" does not oppose
//!    "the fire began in a neighbouring building".
//!
//!    Same-side pairs of different articles also pass on what they share
//!    rather than on raw counts: an **anchored** pair shares two predicate
//!    terms, one of them rare in the bundle (used by at most
//!    [`ANCHOR_SHARE`] of the statements: "walked out", "briefed", not the
//!    event's topic words), with a score of [`ANCHORED`] and most of the
//!    shorter predicate contained; and the **same speaker counting the same
//!    thing** ("14 bodies" / "12 bodies": each figure adds a quantity term
//!    `=noun` whatever its value) aligns from [`SAME_COUNT`], so the figures
//!    that disagree show within one claim.
//! 4. **Groups**: edges are sorted best first (a radix sort: linear in the
//!    number of edges) and merged with union-find. Two groups
//!    that both hold a statement from the same article are merged only for a
//!    near-repeat ([`REPEAT`]): an article says a proposition once, so two of
//!    its statements in one group mean two propositions were chained
//!    together through a third statement that combines them.
//! 5. **Claims**: each group gets a [`label`] (from its most central
//!    statement, shortest first), its articles, a speaker when the known
//!    speakers agree, and a status (several articles: multi-source). Claims
//!    carried by several outlets come first, then by first appearance;
//!    [`crate::conflict::detect`] marks disputed claims and re-sorts.

pub mod dates;
pub mod index;
pub mod label;
pub mod numbers;
mod profile;
pub mod terms;

use crate::model::{Claim, ClaimStatus, Statement, StatementKind};
use index::Groups;
pub(crate) use profile::Focus;
pub use profile::{Lists, Profiles};

/// Least score for statements of compatible speakers to align.
pub const SAME_SIDE: f32 = 0.5;
/// Least score for statements of unrelated speakers to align.
pub const OTHER_SIDE: f32 = 0.72;
/// Least score for two statements of one article to share a claim.
pub const REPEAT: f32 = 0.85;
/// Least share of the shorter statement's predicate found in the longer one
/// for a paraphrase that adds a clause ([`Profiles::containment`]).
pub const CONTAINED: f32 = 0.7;
/// Such a paraphrase needs at least this fraction of the usual score.
pub const CONTAINED_FACTOR: f32 = 0.7;
/// A term used by at most this share of the statements is rare: sharing one
/// in the predicate anchors a same-side pair ([`Profiles::anchored`]).
pub const ANCHOR_SHARE: f32 = 0.06;
/// Least score for an anchored same-side pair of different articles.
pub const ANCHORED: f32 = 0.3;
/// Least predicate containment for an anchored pair.
pub const ANCHORED_CONTAINED: f32 = 0.5;
/// Least score for two statements of the same known speaker, in different
/// articles, that count the same thing (the figures may differ).
pub const SAME_COUNT: f32 = 0.15;

/// Words after a negator that it is taken to negate.
pub const NEGATION_SCOPE: usize = 5;

/// True when `a` and `b` may be the same side's words: the same speaker,
/// one relayed by the other, an unknown speaker, or both narration.
pub fn compatible(a: &Statement, b: &Statement) -> bool {
    if a.kind == StatementKind::Narration || b.kind == StatementKind::Narration {
        return a.kind == b.kind;
    }
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => {
            x == y || a.via == Some(y) || b.via == Some(x) || (a.via.is_some() && a.via == b.via)
        }
        _ => true,
    }
}

/// True when `a` and `b` have the same known speaker, or one relays the
/// other.
fn same_speaker(a: &Statement, b: &Statement) -> bool {
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => x == y || a.via == Some(y) || b.via == Some(x),
        _ => false,
    }
}

/// Groups `statements` into claims. Every statement (narration included)
/// belongs to exactly one claim; `claims[i].id == i`.
///
/// ```
/// use factsheet::model::{Span, Statement, StatementKind};
/// let s = |id, article, text: &str| Statement {
///     id, article, speaker: Some(0), via: None, kind: StatementKind::Reported,
///     direct: false, cue: None, mention: None, text: text.into(),
///     span: Span::default(), context: Span::default(),
/// };
/// let claims = factsheet::claim::align(&[
///     s(0, 0, "Spain will continue to support the refugees"),
///     s(1, 1, "Spain would continue supporting refugees"),
/// ]);
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].articles, [0, 1]);
/// ```
pub fn align(statements: &[Statement]) -> Vec<Claim> {
    align_with(statements, &Profiles::of(statements))
}

/// Like [`align`], with the `profiles` of `statements` ([`Profiles::of`])
/// already built (the conflict stage uses them too).
pub fn align_with(statements: &[Statement], profiles: &Profiles) -> Vec<Claim> {
    let groups = group(statements, profiles);
    let mut focus = Focus::new(profiles);
    let mut claims: Vec<Claim> = (0..groups.len())
        .map(|id| Claim {
            id,
            ..make_claim(statements, &mut focus, groups.get(id))
        })
        .collect();
    sort(&mut claims, statements);
    claims
}

/// The least score any aligned pair has ([`group`]): below it, a pair is
/// not looked at further.
const LEAST_EDGE: f32 = SAME_COUNT;
const _: () = assert!(
    LEAST_EDGE <= ANCHORED
        && LEAST_EDGE <= SAME_SIDE * CONTAINED_FACTOR
        && SAME_SIDE <= OTHER_SIDE
        && SAME_SIDE <= REPEAT
);

/// Groups statement indices (see the module docs, steps 2 to 4): the
/// members of each group, ascending, groups in order of first member.
fn group(statements: &[Statement], profiles: &Profiles) -> Lists {
    let n = statements.len();
    let mut edges: Vec<(f32, u32, u32)> = Vec::new();
    let mut focus = Focus::new(profiles);
    // A match shares at least two terms, and the rare ones carry the score:
    // a pair sharing fewer than two of the looked-up rarest terms cannot
    // reach it (exactly so for short statements, whose terms are all looked
    // up), so only the pairs are scored.
    for i in 0..n {
        let pairs = profiles.pairs().get(i);
        if !pairs.is_empty() {
            focus.set(i);
        }
        for &j in pairs {
            let (a, b) = (&statements[i], &statements[j as usize]);
            if (a.kind == StatementKind::Narration) != (b.kind == StatementKind::Narration) {
                continue;
            }
            let j = j as usize;
            // Most pairs share too little for any of the tests below, and
            // statements opposed in polarity never align.
            let overlap = focus.overlap(j);
            let score = profiles.score_of(i, j, overlap.weight);
            if score < LEAST_EDGE || overlap.opposed {
                continue;
            }
            let shared = (overlap.weight, overlap.count);
            let same_side = compatible(a, b);
            let least = if same_side { SAME_SIDE } else { OTHER_SIDE };
            let least = if a.article == b.article {
                least.max(REPEAT)
            } else {
                least
            };
            if let Some(score) =
                profiles.matches_by(i, j, least, same_side, shared, || overlap.common)
            {
                edges.push((score, j as u32, i as u32));
            } else if same_side && a.article != b.article {
                // Thresholds from what is shared rather than from raw
                // counts: a rare shared predicate term, or the same
                // speaker counting the same thing.
                let anchored = score >= ANCHORED
                    && overlap.common >= 2
                    && profiles.containment(i, j) >= ANCHORED_CONTAINED
                    && profiles.anchored(i, j);
                let counted = a.speaker.is_some()
                    && same_speaker(a, b)
                    && score >= SAME_COUNT
                    && profiles.same_quantity(i, j)
                    && profiles.anchored(i, j);
                if anchored || counted {
                    edges.push((score, j as u32, i as u32));
                }
            }
        }
    }
    sort_edges(&mut edges);
    let mut groups = Groups::new(statements.iter().map(|s| s.article));
    for (score, a, b) in edges {
        let (ra, rb) = (groups.find(a as usize), groups.find(b as usize));
        if ra == rb || (score < REPEAT && groups.share_article(ra, rb)) {
            continue;
        }
        groups.union(ra, rb);
    }
    // Group number per root, in order of first member; then the members of
    // each group (the inverse).
    let mut by_root: Vec<u32> = vec![u32::MAX; n];
    let mut of = Lists::default();
    let mut count = 0;
    for i in 0..n {
        let root = groups.find(i);
        if by_root[root] == u32::MAX {
            by_root[root] = count;
            count += 1;
        }
        of.push(&[by_root[root]]);
    }
    of.invert(count as usize)
}

/// Sorts `edges` best first, then by statements: the one hot sort (every
/// candidate pair of a large bundle). Each pair is pushed once, so this is a
/// total order and an unstable sort is exact. Scores are positive, so their
/// bits order them as `total_cmp` does: while statement indices fit in 16
/// bits, each edge sorts as one `u64` (score bits inverted, `a`, `b`), by
/// [`radix_sort`].
fn sort_edges(edges: &mut [(f32, u32, u32)]) {
    let small = edges
        .iter()
        .all(|&(s, a, b)| s.is_sign_positive() && a <= 0xffff && b <= 0xffff);
    if !small {
        edges.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
        return;
    }
    let mut keys: Vec<u64> = edges
        .iter()
        .map(|&(s, a, b)| (u64::from(!s.to_bits()) << 32) | (u64::from(a) << 16) | u64::from(b))
        .collect();
    radix_sort(&mut keys);
    for (e, k) in edges.iter_mut().zip(keys) {
        *e = (
            f32::from_bits(!((k >> 32) as u32)),
            ((k >> 16) & 0xffff) as u32,
            (k & 0xffff) as u32,
        );
    }
}

/// Sorts `keys` ascending, a byte at a time from the lowest (LSD radix
/// sort): linear in the number of keys, where comparison sorts take
/// `n log n`. A byte that every key has alike is skipped (the score's high
/// bits, the top of small indices).
fn radix_sort(keys: &mut Vec<u64>) {
    let mut counts = [[0usize; 256]; 8];
    for &k in keys.iter() {
        for (byte, count) in counts.iter_mut().enumerate() {
            count[(k >> (8 * byte)) as usize & 0xff] += 1;
        }
    }
    let mut other = vec![0u64; keys.len()];
    for (byte, count) in counts.iter_mut().enumerate() {
        if count.contains(&keys.len()) {
            continue;
        }
        // Where each digit's keys start.
        let mut at = 0;
        for c in count.iter_mut() {
            at += std::mem::replace(c, at);
        }
        for &k in keys.iter() {
            let slot = &mut count[(k >> (8 * byte)) as usize & 0xff];
            other[*slot] = k;
            *slot += 1;
        }
        std::mem::swap(keys, &mut other);
    }
}
/// Most statements compared when choosing a claim's label.
const LABEL_PEERS: usize = 16;

/// One claim from the statement indices of a group (ascending).
fn make_claim(statements: &[Statement], focus: &mut Focus, members: &[u32]) -> Claim {
    let of = |i: u32| &statements[i as usize];
    let mut articles: Vec<usize> = members.iter().map(|&i| of(i).article).collect();
    crate::order::sort(&mut articles);
    articles.dedup();
    let mut known = members.iter().filter_map(|&i| of(i).speaker);
    let speaker = known.next().filter(|&first| known.all(|s| s == first));
    // The most central statement (mean score to the others), preferring the
    // shortest of those nearly as central.
    let peers = &members[..members.len().min(LABEL_PEERS)];
    // Scores are symmetric: each pair is scored once.
    let mut scores = [[0.0f32; LABEL_PEERS]; LABEL_PEERS];
    for (x, &i) in peers.iter().enumerate() {
        focus.set(i as usize);
        for (y, &j) in peers.iter().enumerate().skip(x + 1) {
            let score = focus.score(j as usize).0;
            scores[x][y] = score;
            scores[y][x] = score;
        }
    }
    let mut centrality = [0.0f32; LABEL_PEERS];
    for (x, c) in centrality.iter_mut().enumerate().take(peers.len()) {
        let others = (0..peers.len()).filter(|&y| y != x);
        *c = others.map(|y| scores[x][y]).sum();
    }
    let centrality = &centrality[..peers.len()];
    let best = centrality.iter().copied().fold(0.0f32, f32::max);
    let chosen = peers
        .iter()
        .zip(centrality)
        .filter(|(&i, &c)| c >= best * 0.8 && of(i).text.split_whitespace().nth(2).is_some())
        .min_by_key(|(&i, _)| (!complete(&of(i).text), of(i).text.len()))
        .map_or(peers[0], |(&i, _)| i);
    Claim {
        id: 0,
        label: label::label(&of(chosen).text),
        speaker,
        statements: members.iter().map(|&i| of(i).id).collect(),
        status: if articles.len() > 1 {
            ClaimStatus::MultiSource
        } else {
            ClaimStatus::SingleSource
        },
        articles,
    }
}

/// True when `text` reads as a sentence of its own (starts upper case,
/// after any opening quote), not a fragment of a reported-speech frame.
fn complete(text: &str) -> bool {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Sorts `claims` (disputed, then multi-source, then single-source; attributed
/// before narration; then by first appearance) and renumbers their ids.
/// Returns `old id → new id`.
pub fn sort(claims: &mut [Claim], statements: &[Statement]) -> Vec<usize> {
    let rank = |c: &Claim| {
        let status = match c.status {
            ClaimStatus::Disputed => 0,
            ClaimStatus::MultiSource => 1,
            ClaimStatus::SingleSource => 2,
        };
        let first = c.statements.iter().copied().min().unwrap_or(usize::MAX);
        let narration = statements
            .get(first)
            .is_some_and(|s| s.kind == StatementKind::Narration);
        (status, narration, first)
    };
    crate::order::sort_by_cached_key(claims, rank);
    let mut remap = vec![0; claims.len()];
    for (new, c) in claims.iter_mut().enumerate() {
        if let Some(slot) = remap.get_mut(c.id) {
            *slot = new;
        }
        c.id = new;
    }
    remap
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_sort_best_first_as_the_comparison_sort_does() {
        let mut seed = 3u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            (seed >> 33) % n
        };
        for len in [0usize, 1, 2, 10, 300, 3000] {
            let mut edges: Vec<(f32, u32, u32)> = (0..len)
                .map(|_| {
                    let score =
                        [0.15, 0.3, 0.5, 0.85, 1.0][next(5) as usize] + next(3) as f32 * 0.01;
                    (score, next(700) as u32, next(70_000) as u32)
                })
                .collect();
            let mut expected = edges.clone();
            expected.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
            sort_edges(&mut edges);
            assert_eq!(edges, expected);
            // Indices of 16 bits: the radix sort.
            let mut small: Vec<(f32, u32, u32)> = expected
                .iter()
                .rev()
                .map(|&(s, a, b)| (s, a, b & 0xffff))
                .collect();
            let mut expected = small.clone();
            expected.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
            sort_edges(&mut small);
            assert_eq!(small, expected);
        }
    }
}
