//! Whether an `f64` is whole ([`is_whole`]), for every number the library must read as a
//! whole number, and numbers rounded for output ([`round_for_output`]). The bottom of the crate: it imports no module of ours. Numbers are written as
//! text by `core`'s own formatting (`{}`, `{:e}`, `{:.6}`).

/// 2^53: every integer up to this magnitude is exact in an `f64`, and every `f64` beyond it
/// is already whole.
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

/// A number for output: rounded to 9 decimal places (half away from zero), so that
/// 0.75 − 0.70 reads 0.05 rather than 0.050000000000000044 and 1/3 reads 0.333333333.
pub(crate) fn round_for_output(x: f64) -> f64 {
    const SCALE: f64 = 1e9;
    let scaled = x * SCALE;
    // Beyond 2^53 a double has no fractional part to round.
    if !(-EXACT_INTEGER_LIMIT..=EXACT_INTEGER_LIMIT).contains(&scaled) {
        return x;
    }
    let half = if scaled < 0.0 { -0.5 } else { 0.5 };
    #[expect(clippy::cast_possible_truncation, reason = "|scaled| <= 2^53, so truncation is exact")]
    let rounded = (scaled + half) as i64;
    #[expect(clippy::cast_precision_loss, reason = "|rounded| <= 2^53 + 1 is exact in f64")]
    let back = rounded as f64;
    back / SCALE + 0.0
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
