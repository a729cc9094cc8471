//! Whether an `f64` is whole ([`is_whole`]), for every number the library must read as a
//! whole number. The bottom of the crate: it imports no module of ours. Numbers are written as
//! text by `core`'s own formatting (`{}`, `{:e}`, `{:.6}`).

/// 2^53: every integer up to this magnitude is exact in an `f64`, and every `f64` beyond it
/// is already whole.
#[cfg(any(feature = "serde", test))]
pub(crate) const EXACT_INTEGER_LIMIT: f64 = 9_007_199_254_740_992.0;

/// Whether `value` is a whole number. Only meaningful for values within ±2^53, which
/// every caller checks first; `core` has no `f64::fract`.
#[must_use]
pub(crate) fn is_whole(value: f64) -> bool {
    #[expect(clippy::cast_possible_truncation, reason = "a round trip through i64 is the test itself")]
    let truncated = value as i64;
    #[expect(clippy::cast_precision_loss, reason = "exact for every |value| below 2^53")]
    let back = truncated as f64;
    back == value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_within_two_to_the_53() {
        assert!(is_whole(0.0) && is_whole(-0.0) && is_whole(25.0) && is_whole(-3.0));
        assert!(is_whole(EXACT_INTEGER_LIMIT) && is_whole(-EXACT_INTEGER_LIMIT));
        assert!(!is_whole(2.5) && !is_whole(-0.1) && !is_whole(30.000_000_000_000_004));
    }
}
