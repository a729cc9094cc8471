//! The first repeated key of a list, found by sorting: O(n log n) whatever the keys, with no
//! set type (whose code would be one more thing in every binding's build).

use alloc::vec::Vec;

/// The position of the first key that an earlier key equals (of all second occurrences, the
/// one that comes first), or `None` when the keys all differ.
pub(crate) fn first_repeat<'k>(keys: impl Iterator<Item = &'k str>) -> Option<usize> {
    // Sorted by key, then position: equal keys sit together, first occurrence first.
    let mut order: Vec<(&str, usize)> = keys.zip(0..).collect();
    order.sort_unstable();
    order
        .windows(2)
        .filter_map(|pair| match pair {
            [(a, _), (b, later)] if a == b => Some(*later),
            _ => None,
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_second_occurrence_is_found() {
        let cases: [(&[&str], Option<usize>); 6] = [
            (&[], None),
            (&["a"], None),
            (&["a", "b", "c"], None),
            (&["a", "b", "a"], Some(2)),
            (&["a", "b", "b", "a"], Some(2)),
            (&["x", "y", "z", "y", "x", "z"], Some(3)),
        ];
        for (keys, expected) in cases {
            assert_eq!(first_repeat(keys.iter().copied()), expected, "{keys:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_comparing_every_pair(keys in proptest::collection::vec("[a-d]{0,2}", 0..40)) {
            let naive = (0..keys.len()).find(|&i| keys.iter().take(i).any(|k| *k == keys[i]));
            proptest::prop_assert_eq!(first_repeat(keys.iter().map(alloc::string::String::as_str)), naive);
        }
    }
}
