//! Accounts that differ between sides, beyond denials and silence:
//! contradictions (one side affirms what the other negates) and who took
//! the initiative (who asked for the call).

use super::{join, Finder};
use crate::claim::label::label;
use crate::claim::terms::{key_terms, stem};
use crate::lexicon::synonyms::DEMONYMS;
use crate::model::{Conflict, ConflictKind, Statement, StatementKind};

/// Least score for an affirmed and a negated statement to contradict.
const CONTRADICTION: f32 = 0.55;

/// True when both speakers are known and differ, and neither relays the
/// other: two sides, not one side's two wordings.
fn known_sides(a: &Statement, b: &Statement) -> bool {
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => x != y && a.via != Some(y) && b.via != Some(x),
        _ => false,
    }
}

impl Finder<'_> {
    /// Pairs of statements by two known sides that say the same thing, one
    /// affirmed and one negated ("the army was involved" / "the army was not
    /// involved"). Denials are left to [`Finder::denials`].
    pub(super) fn contradictions(&self) -> Vec<Conflict> {
        let st = self.statements;
        let p = &self.profiles;

        // (claim, claim) -> statements
        let mut found: Vec<((usize, usize), Vec<usize>)> = Vec::new();
        for i in 0..st.len() {
            if st[i].kind == StatementKind::Narration || self.denial[i].is_some() {
                continue;
            }
            // Pairs sharing two looked-up rare terms (Profiles::pairs).
            for &j in p.pairs().get(i) {
                let j = j as usize;
                if st[j].kind == StatementKind::Narration
                    || self.denial[j].is_some()
                    || p.negative[i] == p.negative[j]
                    || !known_sides(&st[i], &st[j])
                    || self.claim(i) == self.claim(j)
                {
                    continue;
                }
                let (score, shared) = p.score(i, j);
                if shared >= 3 && score >= CONTRADICTION {
                    let key = (
                        self.claim(j).min(self.claim(i)),
                        self.claim(j).max(self.claim(i)),
                    );
                    let list = crate::order::entry(&mut found, key);
                    list.push(st[j].id);
                    list.push(st[i].id);
                }
            }
        }
        found
            .into_iter()
            .map(|((a, b), mut statements)| {
                crate::order::sort(&mut statements);
                statements.dedup();
                let first = &st[statements[0]];
                let other = statements
                    .iter()
                    .map(|&s| &st[s])
                    .find(|s| self.claim(s.id) != self.claim(first.id))
                    .unwrap_or(first);
                let side = |s: &Statement| {
                    format!(
                        "{} ({}): “{}”",
                        self.who(s),
                        self.outlet(s.article),
                        label(&s.text)
                    )
                };
                Conflict {
                    kind: ConflictKind::Account,
                    note: format!("Accounts contradict: {}; but {}", side(first), side(other)),
                    statements,
                    claims: vec![a, b],
                }
            })
            .collect()
    }

    /// Statements that say who asked for something ("at the request of the
    /// Spanish side", "at Lima's initiative", "Chile requested the call"),
    /// compared across articles: different countries named is an account
    /// conflict.
    pub(super) fn initiatives(&self) -> Vec<Conflict> {
        let st = self.statements;
        let mut asked: Vec<(usize, Vec<String>)> = Vec::new();
        for i in 0..st.len() {
            if self.cues[i] & super::cues::ASKED == 0 {
                continue;
            }
            if let Some(side) = initiator(&self.profiles.words_of(i)) {
                asked.push((i, side));
            }
            if asked.len() >= super::GROUP_CAP {
                break;
            }
        }
        let ids: Vec<usize> = asked.iter().map(|(i, _)| *i).collect();
        let mut out = Vec::new();
        for group in self.topic_groups(&ids, 1) {
            let members: Vec<&(usize, Vec<String>)> =
                asked.iter().filter(|(i, _)| group.contains(i)).collect();
            let mut sides: Vec<&Vec<String>> = members.iter().map(|(_, s)| s).collect();
            crate::order::sort(&mut sides);
            sides.dedup();
            let mut articles: Vec<usize> = members.iter().map(|(i, _)| st[*i].article).collect();
            crate::order::sort(&mut articles);
            articles.dedup();
            if sides.len() < 2 || articles.len() < 2 {
                continue;
            }
            let parts: Vec<String> = members
                .iter()
                .map(|(i, side)| {
                    format!(
                        "{} ({}, {})",
                        side.join(" and "),
                        self.who(&st[*i]),
                        self.outlet(st[*i].article)
                    )
                })
                .collect();
            let mut claims: Vec<usize> = members.iter().map(|(i, _)| self.claim(*i)).collect();
            crate::order::sort(&mut claims);
            claims.dedup();
            out.push(Conflict {
                kind: ConflictKind::Account,
                statements: members.iter().map(|(i, _)| st[*i].id).collect(),
                claims,
                note: format!("Who asked for it differs: {}", join(&parts)),
            });
        }
        out
    }
}

/// True when [`initiator`] looks around folded `word`: a word of asking
/// ("request", "sought"); a statement with none of them names no one.
pub(super) fn asks(word: &str) -> bool {
    matches!(
        word,
        "request" | "initiative" | "behest" | "requested" | "initiated" | "sought"
    )
}

/// The countries named as having asked ("at the request of the Spanish
/// side" → `france`), from folded words.
fn initiator(words: &[&str]) -> Option<Vec<String>> {
    let get = |k: usize| words.get(k).copied();
    for (k, w) in words.iter().enumerate() {
        let named: &[&str] = match *w {
            // "at the (urgent) request of|at|from X", "on the initiative of X"
            "request" | "initiative" | "behest" => {
                let before_ok = (1..=3).any(|d| {
                    k >= d && matches!(get(k - d), Some("at" | "on")) && get(k - d + 1) != Some(w)
                });
                if !before_ok {
                    continue;
                }
                if matches!(get(k + 1), Some("of" | "at" | "from" | "by")) {
                    &words[(k + 2).min(words.len())..(k + 6).min(words.len())]
                } else {
                    // "at Chile's request": the word before.
                    &words[k.saturating_sub(2)..k]
                }
            }
            // "X requested / initiated / asked for the call"
            "requested" | "initiated" | "sought" => &words[k.saturating_sub(3)..k],
            _ => continue,
        };
        let countries = country_terms(named);
        if !countries.is_empty() {
            return Some(countries);
        }
    }
    None
}

/// The country terms among `words` (country names and adjectives).
fn country_terms(words: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = key_terms(&words.join(" "))
        .into_iter()
        .filter(|t| DEMONYMS.iter().any(|(_, country)| stem(country) == *t))
        .collect();
    crate::order::sort(&mut out);
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::terms::folded_words;

    fn side(text: &str) -> Option<Vec<String>> {
        let words = folded_words(text);
        initiator(&words.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn who_asked() {
        assert_eq!(
            side("the call was made \"at the urgent request of the Spanish side.\""),
            Some(vec![stem("spain")])
        );
        assert_eq!(
            side("talks were held at Germany's request"),
            Some(vec![stem("germany")])
        );
        assert_eq!(
            side("the Peruvian side requested the meeting"),
            Some(vec![stem("peru")])
        );
        assert_eq!(side("he made a request for more funds"), None);
        assert_eq!(side("at the request of the mayor"), None);
    }
}
