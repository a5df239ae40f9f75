//! Candidate pairs without comparing every statement with every other: an
//! inverted index from key term to the statements that use it.
//!
//! Each statement looks up only its [`RARE_TERMS`] rarest terms, and in each
//! posting list only the [`NEIGHBOURS`] statements just before it. A term
//! shared by thousands of statements ("minister") thus costs a bounded scan,
//! and the work is `O(statements × RARE_TERMS × NEIGHBOURS)`: linear in the
//! bundle. Union-find makes groups transitive, so a statement need not meet
//! every member of its claim, only one.

use super::profile::Lists;

/// Rarest terms of a statement used to look up candidates.
pub const RARE_TERMS: usize = 6;
/// Statements looked at per posting list, the nearest before the statement.
pub const NEIGHBOURS: usize = 32;

/// The inverted index of the statements' key terms.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// `postings.get(t)`: statements (indices) using term `t`, ascending.
    pub postings: Lists,
}

impl Index {
    /// Builds the index of `sets` (sorted, unique term ids per statement)
    /// over `vocabulary` terms.
    pub fn new(sets: &Lists, vocabulary: usize) -> Index {
        Index {
            postings: sets.invert(vocabulary),
        }
    }

    /// Statements that use term `t`.
    pub fn df(&self, t: u32) -> usize {
        let t = t as usize;
        if t < self.postings.len() {
            self.postings.get(t).len()
        } else {
            0
        }
    }

    /// The [`RARE_TERMS`] rarest terms of `set` used elsewhere, ascending
    /// by (statements using it, id), and how many there are.
    fn rare_terms(&self, set: &[u32]) -> ([(usize, u32); RARE_TERMS], usize) {
        // Kept sorted by insertion, no sort.
        let mut rare = [(usize::MAX, u32::MAX); RARE_TERMS];
        let mut count = 0;
        for &t in set {
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
        (rare, count)
    }

    /// The statements before statement `i` looked at for term `t`: the
    /// [`NEIGHBOURS`] nearest, nearest first.
    fn window(&self, t: u32, i: usize) -> impl Iterator<Item = u32> + '_ {
        let list = self.postings.get(t as usize);
        let pos = list.partition_point(|&j| (j as usize) < i);
        list[pos.saturating_sub(NEIGHBOURS)..pos]
            .iter()
            .rev()
            .copied()
    }

    /// Candidate partners of statement `i` (all with a smaller index), each
    /// once, in order of first appearance, into `out` (cleared first);
    /// `set` is its terms. `seen` must be all zero and as long as the
    /// statements; it is left all zero.
    pub fn candidates_into(&self, set: &[u32], i: usize, seen: &mut [u8], out: &mut Vec<u32>) {
        out.clear();
        let (rare, count) = self.rare_terms(set);
        for &(_, t) in &rare[..count] {
            for j in self.window(t, i) {
                if std::mem::replace(&mut seen[j as usize], 1) == 0 {
                    out.push(j);
                }
            }
        }
        for &j in out.iter() {
            seen[j as usize] = 0;
        }
    }

    /// The candidate partners of statement `i` ([`Index::candidates`]) met
    /// through at least two of its looked-up rare terms, added to `out`
    /// each once, in no particular order. `stamps` is as long as the
    /// statements; start it all zero and ask for each `i` once, in
    /// ascending order: it holds, per statement, `4 × (i + 1)` of the last
    /// `i` that met it plus 1 when met once, 2 when twice or more (so it
    /// need not be cleared; fewer than 2^30 statements).
    pub fn strong_candidates(&self, set: &[u32], i: usize, stamps: &mut [u32], out: &mut Lists) {
        let tag = (i as u32 + 1) << 2;
        let (rare, count) = self.rare_terms(set);
        for &(_, t) in &rare[..count] {
            for j in self.window(t, i) {
                let stamp = &mut stamps[j as usize];
                if *stamp < tag {
                    *stamp = tag | 1;
                } else if *stamp == tag | 1 {
                    *stamp = tag | 2;
                    out.add(j);
                }
            }
        }
    }
}

/// Union-find over statement indices, with the articles of every group kept
/// sorted at its root (merged small into large). A statement alone is a
/// group of its own article, kept without a list of its own.
#[derive(Clone, Debug)]
pub struct Groups {
    parent: Vec<u32>,
    /// The article of each statement.
    article: Vec<u32>,
    /// Per root of a group of several statements, its articles; empty for
    /// a statement alone.
    articles: Vec<Vec<u32>>,
}

impl Groups {
    /// One group per statement; `articles[i]` is the article of statement `i`.
    pub fn new(articles: impl IntoIterator<Item = usize>) -> Groups {
        let article: Vec<u32> = articles.into_iter().map(|a| a as u32).collect();
        Groups {
            parent: (0..article.len() as u32).collect(),
            articles: vec![Vec::new(); article.len()],
            article,
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

    /// The articles of the group of root `a`, ascending.
    fn articles(&self, a: usize) -> &[u32] {
        match &self.articles[a] {
            list if list.is_empty() => std::slice::from_ref(&self.article[a]),
            list => list,
        }
    }

    /// True when the groups of roots `a` and `b` both hold a statement of the
    /// same article.
    pub fn share_article(&self, a: usize, b: usize) -> bool {
        let (a, b) = (self.articles(a), self.articles(b));
        let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        small.iter().any(|x| large.binary_search(x).is_ok())
    }

    /// Merges the groups of roots `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        if a == b {
            return;
        }
        let (big, small) = if self.articles(a).len() >= self.articles(b).len() {
            (a, b)
        } else {
            (b, a)
        };
        let moved = match std::mem::take(&mut self.articles[small]) {
            list if list.is_empty() => vec![self.article[small]],
            list => list,
        };
        if self.articles[big].is_empty() {
            self.articles[big].push(self.article[big]);
        }
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
        let mut sets = Lists::default();
        for set in [&[0, 1][..], &[1, 2], &[3], &[0, 2], &[0, 1, 2]] {
            sets.push(set);
        }
        let index = Index::new(&sets, 4);
        let (mut scratch, mut c) = (vec![0; sets.len()], Vec::new());
        index.candidates_into(sets.get(3), 3, &mut scratch, &mut c);
        c.sort();
        assert_eq!(c, [0, 1]);
        assert!(scratch.iter().all(|&x| x == 0));
        index.candidates_into(sets.get(2), 2, &mut scratch, &mut c);
        assert!(c.is_empty());
        // Met through two rare terms: only 0, 1 and 3 share two with 4.
        let (mut stamps, mut strong) = (vec![0; sets.len()], Lists::default());
        for i in 0..sets.len() {
            index.strong_candidates(sets.get(i), i, &mut stamps, &mut strong);
            strong.end_list();
        }
        let mut last = strong.get(4).to_vec();
        last.sort();
        assert_eq!(last, [0, 1, 3]);
        assert!(strong.get(3).is_empty());
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
