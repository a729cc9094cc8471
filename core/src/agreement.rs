//! Agreement between two raters over the items both scored: the share of exact agreement, the
//! share within one point, and Cohen's kappa with quadratic weights over the categories 1–5.
//!
//! The IPS fidelity review manuals have two reviewers rate each item independently and then
//! agree a consensus; how far their own scores agreed is what this measures. The sources give
//! no agreement statistic: the three here are the usual ones for ordinal ratings, chosen by this
//! library.
//!
//! **Kappa with quadratic weights.** For `n` items scored `aᵢ` by one rater and `bᵢ` by the
//! other, with disagreement weights `(i − j)²` between categories `i` and `j`,
//!
//! ```text
//! κ = 1 − (Σᵢ (aᵢ − bᵢ)² / n) / (Σᵢ Σⱼ (aᵢ − bⱼ)² / n²)
//! ```
//!
//! the observed weighted disagreement over the disagreement expected were the two raters'
//! scores paired at random (the outer product of their marginal distributions). This is
//! Cohen's weighted kappa with weights `1 − (i − j)² / (k − 1)²` for `k = 5` categories: the
//! factor `(k − 1)²` cancels. It equals `2·cov(a, b) / (var a + var b + (mean a − mean b)²)`
//! (population moments), so it lies in `[−1, 1]`, and it is 1 when the raters agree on every
//! item and their scores vary. It is computed in whole numbers and divided once.
//!
//! **When it is undefined.** The expected disagreement is 0 only when both raters give every
//! item one and the same score (or there are no items): the ratio is then 0 / 0, and `kappa`
//! is `None`. The shares still say the raters agree on every item.

/// How two raters agree over the items both scored.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Agreement {
    /// Items both raters scored.
    pub items: u16,
    /// Items they gave the same score.
    pub exact: u16,
    /// Items whose scores differ by at most one point.
    pub within_one: u16,
    /// Cohen's kappa with quadratic weights; `None` when undefined (no items, or both raters
    /// gave every item one and the same score).
    pub kappa: Option<f64>,
}

impl Agreement {
    /// The agreement over `pairs`: each item's two scores, 1–5 (as [`crate::Score::get`]
    /// gives them), first rater first.
    #[must_use]
    pub fn of(pairs: impl IntoIterator<Item = (u8, u8)>) -> Self {
        let (mut n, mut exact, mut within_one) = (0u16, 0u16, 0u16);
        // Sums for the kappa, exact in i64 for any number of items a scale can have.
        let (mut sum_a, mut sum_b, mut sum_a2, mut sum_b2, mut sum_d2) = (0i64, 0i64, 0i64, 0i64, 0i64);
        for (a, b) in pairs {
            let (a, b) = (i64::from(a), i64::from(b));
            n = n.saturating_add(1);
            exact = exact.saturating_add(u16::from(a == b));
            within_one = within_one.saturating_add(u16::from((a - b).abs() <= 1));
            sum_a += a;
            sum_b += b;
            sum_a2 += a * a;
            sum_b2 += b * b;
            sum_d2 += (a - b) * (a - b);
        }
        let count = i64::from(n);
        // Σᵢ Σⱼ (aᵢ − bⱼ)² = n·Σa² + n·Σb² − 2·Σa·Σb.
        let expected = count * sum_a2 + count * sum_b2 - 2 * sum_a * sum_b;
        #[expect(clippy::cast_precision_loss, reason = "sums of at most 2^16 squares of at most 16 are exact in f64")]
        let kappa = (expected > 0).then(|| 1.0 - (count * sum_d2) as f64 / expected as f64);
        Self { items: n, exact, within_one, kappa }
    }

    /// The share of the items given the same score, 0–1; `None` with no items.
    #[must_use]
    pub fn exact_share(&self) -> Option<f64> {
        (self.items > 0).then(|| f64::from(self.exact) / f64::from(self.items))
    }

    /// The share of the items whose scores differ by at most one point, 0–1; `None` with no
    /// items.
    #[must_use]
    pub fn within_one_share(&self) -> Option<f64> {
        (self.items > 0).then(|| f64::from(self.within_one) / f64::from(self.items))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;
    use proptest::prelude::*;

    fn kappa(a: &[u8], b: &[u8]) -> Option<f64> {
        Agreement::of(a.iter().copied().zip(b.iter().copied())).kappa
    }

    /// The textbook definition, from the 5×5 table of observed and expected proportions with
    /// weights 1 − (i − j)² / 16, for checking the closed form.
    fn kappa_from_table(a: &[u8], b: &[u8]) -> Option<f64> {
        let n = a.len() as f64;
        let mut observed = [[0.0_f64; 5]; 5];
        let (mut row, mut col) = ([0.0_f64; 5], [0.0_f64; 5]);
        for (&x, &y) in a.iter().zip(b) {
            let (i, j) = (usize::from(x - 1), usize::from(y - 1));
            observed[i][j] += 1.0 / n;
            row[i] += 1.0 / n;
            col[j] += 1.0 / n;
        }
        let (mut po, mut pe) = (0.0, 0.0);
        for i in 0..5 {
            for j in 0..5 {
                let d = (i as f64 - j as f64).powi(2);
                let w = 1.0 - d / 16.0;
                po += w * observed[i][j];
                pe += w * row[i] * col[j];
            }
        }
        (pe < 1.0 - 1e-12).then(|| (po - pe) / (1.0 - pe))
    }

    #[test]
    fn shares_and_kappa_of_a_small_review() {
        // Two raters over five items: three the same, one a point apart, one two apart.
        let a = [4, 3, 5, 2, 4];
        let b = [4, 3, 4, 4, 4];
        let agreement = Agreement::of(a.into_iter().zip(b));
        assert_eq!((agreement.items, agreement.exact, agreement.within_one), (5, 3, 4));
        assert_eq!(agreement.exact_share(), Some(0.6));
        assert_eq!(agreement.within_one_share(), Some(0.8));
        // Σ(a−b)² = 0+0+1+4+0 = 5; n·Σa² + n·Σb² − 2·Σa·Σb = 5·70 + 5·73 − 2·18·19 = 31;
        // κ = 1 − 5·5/31 = 6/31.
        assert_eq!(agreement.kappa, Some(1.0 - 25.0 / 31.0));
        let table = kappa_from_table(&a, &b).unwrap();
        assert!((agreement.kappa.unwrap() - table).abs() < 1e-12);
    }

    #[test]
    fn kappa_is_undefined_only_for_one_shared_score() {
        assert_eq!(kappa(&[3, 3, 3], &[3, 3, 3]), None, "both raters gave every item 3");
        assert_eq!(Agreement::of([]).kappa, None);
        assert_eq!(Agreement::of([]).exact_share(), None);
        assert_eq!(kappa(&[3, 3, 3], &[4, 4, 4]), Some(0.0), "constant but different");
        assert_eq!(kappa(&[1, 5], &[5, 1]), Some(-1.0), "opposite ends");
        assert_eq!(kappa(&[1, 2, 3, 4, 5], &[1, 2, 3, 4, 5]), Some(1.0));
    }

    fn scores(len: usize) -> impl Strategy<Value = Vec<(u8, u8)>> {
        proptest::collection::vec((1u8..=5, 1u8..=5), 0..=len)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        /// Agreement does not depend on which rater is first.
        #[test]
        fn symmetric_in_the_raters(pairs in scores(40)) {
            let swapped: Vec<(u8, u8)> = pairs.iter().map(|&(a, b)| (b, a)).collect();
            prop_assert_eq!(Agreement::of(pairs), Agreement::of(swapped));
        }

        /// Kappa is within [-1, 1], agrees with the table definition, and is 1 for identical
        /// scores whenever it is defined.
        #[test]
        fn kappa_is_bounded_and_one_for_identical_scores(pairs in scores(40)) {
            let (a, b): (Vec<u8>, Vec<u8>) = pairs.iter().copied().unzip();
            if let Some(k) = kappa(&a, &b) {
                prop_assert!((-1.0..=1.0).contains(&k), "{}", k);
                let table = kappa_from_table(&a, &b);
                prop_assert!(table.is_some_and(|t| (t - k).abs() < 1e-9), "{:?} {}", table, k);
            }
            let same = kappa(&a, &a);
            let one_score = a.windows(2).all(|w| w[0] == w[1]);
            prop_assert_eq!(same, (!one_score).then_some(1.0));
            let identical = Agreement::of(a.iter().map(|&x| (x, x)));
            prop_assert_eq!((identical.exact, identical.within_one), (identical.items, identical.items));
        }
    }
}
