//! Sorting through one compiled sort. Each `slice::sort*` call on a new
//! element type or comparison compiles its own copy of the standard sort
//! (about 4 KB of wasm each; 125 copies of its functions were 63 KB of the
//! module). These helpers sort a list of indices with a `dyn` comparison, so
//! the crate holds one copy, then move the elements into place.
//!
//! The result is exactly the standard stable sort's: equal elements keep
//! their order. For `sort` on a total order (`Ord` where equal means
//! identical, as for numbers, strings and tuples of them) that is also what
//! `sort_unstable` gives.
//!
//! [`entry`] keeps a small map as a sorted list of pairs, for the same
//! reason: one `BTreeMap<K, V>` type compiles kilobytes of B-tree code.

use std::cmp::Ordering;

/// Sorts `v` stably by `compare`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    // Already in order (the common case: lists built in text order): one
    // pass, no allocation. A stable sort leaves such a list as it is.
    if v.windows(2)
        .all(|w| compare(&w[0], &w[1]) != Ordering::Greater)
    {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &mut |a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by `key`, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably by `key`, computing each element's key once, like
/// `slice::sort_by_cached_key` (for keys that take work to find).
pub fn sort_by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &mut |a, b| keys[a].cmp(&keys[b]));
    permute(v, order);
}

/// Sorts `v` in its natural order, like `slice::sort` (and, for a total
/// order, `slice::sort_unstable`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The value under `key` in `map`, a list of `(key, value)` pairs kept
/// sorted by key, inserted as `V::default()` when missing: a small ordered
/// map (iterated in key order, like a `BTreeMap`) without the B-tree's code
/// (each `BTreeMap<K, V>` type compiled about 2–6 KB of wasm). An insertion
/// moves the later pairs, so it is for maps of a few hundred keys at most.
pub fn entry<K: Ord, V: Default>(map: &mut Vec<(K, V)>, key: K) -> &mut V {
    let at = match map.binary_search_by(|(k, _)| k.cmp(&key)) {
        Ok(at) => at,
        Err(at) => {
            map.insert(at, (key, V::default()));
            at
        }
    };
    &mut map[at].1
}

/// The one instance of the standard sort.
#[inline(never)]
fn sort_indices(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Puts `v[order[i]]` at `i` for every `i`, in place, following each cycle
/// of the permutation once (`order` is consumed as the visited marks).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while let Some(&from) = order.get(at).filter(|&&f| f != DONE) {
            order[at] = DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        let mut seed = 7u64;
        for len in [0usize, 1, 2, 3, 5, 17, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            // By key only: ties must keep their order (the second field).
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
            let (mut ours, mut std) = (v.clone(), v.clone());
            let odd_first = |a: &(u8, usize), b: &(u8, usize)| (b.0 % 2).cmp(&(a.0 % 2));
            sort_by(&mut ours, odd_first);
            std.sort_by(odd_first);
            assert_eq!(ours, std);
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort_by_cached_key(&mut ours, |x| x.0 / 2);
            std.sort_by_key(|x| x.0 / 2);
            assert_eq!(ours, std);
            let (mut ours, mut std) = (v.clone(), v);
            sort(&mut ours);
            std.sort_unstable();
            assert_eq!(ours, std);
        }
        let mut words = vec!["b".to_string(), "a".into(), "c".into(), "a".into()];
        sort(&mut words);
        assert_eq!(words, ["a", "a", "b", "c"]);
    }
}
