//! Candidate pairs without comparing every statement with every other: an
//! inverted index from key term to the statements that use it.
//!
//! Each statement looks up only its [`RARE_TERMS`] rarest terms, and in each
//! posting list only the [`NEIGHBOURS`] statements just before it. A term
//! shared by thousands of statements ("minister") thus costs a bounded scan,
//! and the work is `O(statements × RARE_TERMS × NEIGHBOURS)`: linear in the
//! bundle. Union-find makes groups transitive, so a statement need not meet
//! every member of its claim, only one.

/// Rarest terms of a statement used to look up candidates.
pub const RARE_TERMS: usize = 6;
/// Statements looked at per posting list, the nearest before the statement.
pub const NEIGHBOURS: usize = 32;

/// Term ids per statement (sorted, unique) and how many statements use each
/// term.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// `postings[t]`: statements (indices) using term `t`, ascending.
    pub postings: Vec<Vec<u32>>,
}

impl Index {
    /// Builds the index of `sets` (term ids per statement) over `vocabulary`
    /// terms.
    pub fn new(sets: &[Vec<u32>], vocabulary: usize) -> Index {
        let mut postings = vec![Vec::new(); vocabulary];
        for (i, set) in sets.iter().enumerate() {
            for &t in set {
                postings[t as usize].push(i as u32);
            }
        }
        Index { postings }
    }

    /// Statements that use term `t`.
    pub fn df(&self, t: u32) -> usize {
        self.postings.get(t as usize).map_or(0, Vec::len)
    }

    /// Candidate partners of statement `i` (all with a smaller index), each
    /// with how many of the looked-up rare terms it shares. `scratch` must be
    /// all zero and as long as `sets`; it is left all zero.
    pub fn candidates(&self, sets: &[Vec<u32>], i: usize, scratch: &mut [u8]) -> Vec<(u32, u8)> {
        let mut out = Vec::new();
        self.candidates_into(sets, i, scratch, &mut out);
        out
    }

    /// Like [`Index::candidates`], into `out` (cleared first), so that a
    /// loop over every statement reuses one buffer.
    pub fn candidates_into(
        &self,
        sets: &[Vec<u32>],
        i: usize,
        scratch: &mut [u8],
        out: &mut Vec<(u32, u8)>,
    ) {
        out.clear();
        // The RARE_TERMS rarest terms used elsewhere, ascending by
        // (statements using it, id): kept sorted by insertion, no sort.
        let mut rare = [(usize::MAX, u32::MAX); RARE_TERMS];
        let mut count = 0;
        for &t in &sets[i] {
            let key = (self.df(t), t);
            if key.0 <= 1 || (count == RARE_TERMS && key >= rare[RARE_TERMS - 1]) {
                continue;
            }
            let mut k = count.min(RARE_TERMS - 1);
            count = (count + 1).min(RARE_TERMS);
            while k > 0 && rare[k - 1] > key {
                rare[k] = rare[k - 1];
                k -= 1;
            }
            rare[k] = key;
        }
        for &(_, t) in &rare[..count] {
            let list = &self.postings[t as usize];
            let pos = list.partition_point(|&j| (j as usize) < i);
            for &j in list[..pos].iter().rev().take(NEIGHBOURS) {
                let c = &mut scratch[j as usize];
                if *c == 0 {
                    out.push((j, 0));
                }
                *c = c.saturating_add(1);
            }
        }
        for (j, hits) in out.iter_mut() {
            *hits = std::mem::take(&mut scratch[*j as usize]);
        }
    }
}

/// Union-find over statement indices, with the articles of every group kept
/// sorted at its root (merged small into large).
#[derive(Clone, Debug)]
pub struct Groups {
    parent: Vec<u32>,
    articles: Vec<Vec<u32>>,
}

impl Groups {
    /// One group per statement; `articles[i]` is the article of statement `i`.
    pub fn new(articles: impl IntoIterator<Item = usize>) -> Groups {
        let articles: Vec<Vec<u32>> = articles.into_iter().map(|a| vec![a as u32]).collect();
        Groups {
            parent: (0..articles.len() as u32).collect(),
            articles,
        }
    }

    /// The root of `i`'s group (with path halving).
    pub fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] as usize != i {
            let p = self.parent[i] as usize;
            self.parent[i] = self.parent[p];
            i = p;
        }
        i
    }

    /// True when the groups of roots `a` and `b` both hold a statement of the
    /// same article.
    pub fn share_article(&self, a: usize, b: usize) -> bool {
        let (small, large) = if self.articles[a].len() <= self.articles[b].len() {
            (&self.articles[a], &self.articles[b])
        } else {
            (&self.articles[b], &self.articles[a])
        };
        small.iter().any(|x| large.binary_search(x).is_ok())
    }

    /// Merges the groups of roots `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        if a == b {
            return;
        }
        let (big, small) = if self.articles[a].len() >= self.articles[b].len() {
            (a, b)
        } else {
            (b, a)
        };
        let moved = std::mem::take(&mut self.articles[small]);
        let target = &mut self.articles[big];
        for x in moved {
            if let Err(pos) = target.binary_search(&x) {
                target.insert(pos, x);
            }
        }
        self.parent[small] = big as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_share_a_rare_term() {
        let sets = vec![vec![0, 1], vec![1, 2], vec![3], vec![0, 2]];
        let index = Index::new(&sets, 4);
        let mut scratch = vec![0; sets.len()];
        let mut c = index.candidates(&sets, 3, &mut scratch);
        c.sort();
        assert_eq!(c, [(0, 1), (1, 1)]);
        assert!(scratch.iter().all(|&x| x == 0));
        assert!(index.candidates(&sets, 2, &mut scratch).is_empty());
    }

    #[test]
    fn groups_track_articles() {
        let mut g = Groups::new([0, 1, 0]);
        let (a, b) = (g.find(0), g.find(1));
        assert!(!g.share_article(a, b));
        g.union(a, b);
        let (a, c) = (g.find(0), g.find(2));
        assert!(g.share_article(a, c));
        assert_eq!(g.find(1), g.find(0));
    }
}
