//! Measured numbers: what a number counts ([`Unit`]), how a value is checked against its
//! unit and read as a whole number when it is one but for float noise ([`snap_to_whole`]),
//! and the ends of the ranges values are scored by ([`Bound`]).

use alloc::string::String;

use crate::error::Error;

/// What a measured number counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Active clients per full-time employment specialist (item 1).
    ClientsPerSpecialist,
    /// A percentage, 0–100.
    Percent,
    /// Mean days from programme entry (item 15).
    Days,
    /// Face-to-face employer contacts per week (item 17).
    ContactsPerWeek,
    /// Any number, 0 or more (user-defined scales).
    Number,
}

impl Unit {
    /// The largest value the unit allows, if any (100 for percentages).
    #[must_use]
    pub const fn max(self) -> Option<f64> {
        match self {
            Self::Percent => Some(100.0),
            Self::ClientsPerSpecialist | Self::Days | Self::ContactsPerWeek | Self::Number => None,
        }
    }

    /// What a value in this unit may be, in words, for error messages.
    #[must_use]
    pub const fn accepted(self) -> &'static str {
        match self {
            Self::Percent => "a percentage from 0 to 100",
            Self::ClientsPerSpecialist => "a ratio of clients per employment specialist, 0 or more",
            Self::Days => "a mean number of days, 0 or more",
            Self::ContactsPerWeek => "a mean number of contacts per week, 0 or more",
            Self::Number => "a number, 0 or more",
        }
    }

    /// The stable id, e.g. `"percent"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Percent => "percent",
            Self::ClientsPerSpecialist => "clients_per_specialist",
            Self::Days => "days",
            Self::ContactsPerWeek => "contacts_per_week",
            Self::Number => "number",
        }
    }

    /// The text written after a value, e.g. `"%"` or `" days"`.
    #[must_use]
    pub const fn suffix(self) -> &'static str {
        match self {
            Self::Percent => "%",
            Self::ClientsPerSpecialist => " clients per employment specialist",
            Self::Days => " days",
            Self::ContactsPerWeek => " employer contacts per week",
            Self::Number => "",
        }
    }

    /// Checks that `value` is finite, not negative and within [`Unit::max`], and returns it
    /// snapped to a whole number when within [`WHOLE_NUMBER_TOLERANCE`] of one.
    ///
    /// # Errors
    /// [`Error::NonFiniteValue`], [`Error::NegativeValue`], [`Error::PercentOver100`].
    #[inline(always)]
    pub fn check(self, value: f64, field: impl Fn() -> String) -> Result<f64, Error> {
        let snapped = snap_to_whole(value);
        if self.accepts(snapped) { Ok(snapped) } else { Err(self.rejection(value, field())) }
    }

    /// Whether `snapped` (a value after [`snap_to_whole`]) is finite, not negative and within
    /// [`Unit::max`]: what [`Unit::check`] accepts. Snapping keeps a value finite or not (it
    /// moves it by at most [`WHOLE_NUMBER_TOLERANCE`]), so one comparison each way covers the
    /// finite test: `NaN` fails both, infinities fail one.
    #[inline(always)]
    pub(crate) fn accepts(self, snapped: f64) -> bool {
        snapped >= 0.0 && snapped <= self.max().unwrap_or(f64::MAX)
    }

    /// Why [`Unit::check`] rejects `value` (kept out of line: the check itself is inlined
    /// into every rule).
    #[cold]
    #[inline(never)]
    fn rejection(self, value: f64, field: String) -> Error {
        if !value.is_finite() {
            return Error::NonFiniteValue { field, value, accepted: self.accepted() };
        }
        let value = snap_to_whole(value);
        if value < 0.0 {
            Error::NegativeValue { field, value, accepted: self.accepted() }
        } else {
            Error::PercentOver100 { field, value }
        }
    }
}

/// How close (absolute) a value must be to a whole number to be read as that number.
/// See [`crate::interpretation`], `float_noise`.
pub const WHOLE_NUMBER_TOLERANCE: f64 = 1e-9;

/// `value`, or the whole number within [`WHOLE_NUMBER_TOLERANCE`] of it, so that a
/// computed 30.000000000000004% scores as 30% (and `-0.0` reads as `0`).
#[must_use]
#[inline(always)]
pub(crate) fn snap_to_whole(value: f64) -> f64 {
    // 1.5 × 2^52: for |value| < 2^51, `value + ROUND` falls where consecutive f64 are 1
    // apart, so the addition rounds `value` to the nearest whole number (the subtraction is
    // exact). Two instructions and no branch, where truncating casts take a dozen. From 2^51
    // on every double is a multiple of 0.5, `nearest` too, so the two are within the
    // tolerance only when equal, and `value` comes back unchanged: no range test is needed
    // (infinities and NaN fail the comparison). This needs IEEE double arithmetic in double
    // precision (not x87's extended registers), as every target the crate is built for has.
    const ROUND: f64 = 6_755_399_441_055_744.0;
    let nearest = (value + ROUND) - ROUND;
    if (-WHOLE_NUMBER_TOLERANCE..=WHOLE_NUMBER_TOLERANCE).contains(&(value - nearest)) { nearest + 0.0 } else { value }
}

/// One end of a score interval (`ScoreInterval`, in `score`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// No bound on this side.
    Unbounded,
    /// The end value belongs to the interval.
    Inclusive(f64),
    /// The end value does not belong to the interval.
    Exclusive(f64),
}

impl Bound {
    /// Whether `value` is on the interval's side of this bound as its lower end.
    #[must_use]
    #[inline(always)]
    pub fn admits_from_below(self, value: f64) -> bool {
        match self {
            Self::Unbounded => true,
            Self::Inclusive(b) => value >= b,
            Self::Exclusive(b) => value > b,
        }
    }

    /// Whether `value` is on the interval's side of this bound as its upper end.
    #[must_use]
    #[inline(always)]
    pub fn admits_from_above(self, value: f64) -> bool {
        match self {
            Self::Unbounded => true,
            Self::Inclusive(b) => value <= b,
            Self::Exclusive(b) => value < b,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{WHOLE_NUMBER_TOLERANCE, snap_to_whole};
    use proptest::prelude::*;

    /// The rule as written: the whole number below or above `value`, if within the
    /// tolerance, else `value` (truncating casts; exact below 2^53).
    #[expect(clippy::cast_possible_truncation, clippy::cast_precision_loss, reason = "|value| <= 2^53")]
    fn reference(value: f64) -> f64 {
        if !(-9_007_199_254_740_992.0..=9_007_199_254_740_992.0).contains(&value) {
            return value;
        }
        let below = value as i64 as f64;
        let (low, high) = if value >= 0.0 { (below, below + 1.0) } else { (below - 1.0, below) };
        if value - low <= WHOLE_NUMBER_TOLERANCE {
            low + 0.0
        } else if high - value <= WHOLE_NUMBER_TOLERANCE {
            high + 0.0
        } else {
            value
        }
    }

    #[test]
    fn snapping_reads_noise_as_the_whole_number() {
        assert_eq!(snap_to_whole(0.1 * 3.0 * 100.0).to_bits(), 30.0f64.to_bits());
        assert_eq!(snap_to_whole(29.999_999_999_9).to_bits(), 30.0f64.to_bits());
        assert_eq!(snap_to_whole(-0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(snap_to_whole(-1e-12).to_bits(), 0.0f64.to_bits());
        assert_eq!(snap_to_whole(30.000_001), 30.000_001);
        assert_eq!(snap_to_whole(4.5), 4.5);
        assert_eq!(snap_to_whole(2_251_799_813_685_248.5), 2_251_799_813_685_248.5);
        assert_eq!(snap_to_whole(1e300), 1e300);
        assert!(snap_to_whole(f64::NAN).is_nan());
        assert_eq!(snap_to_whole(f64::INFINITY), f64::INFINITY);
        assert_eq!(snap_to_whole(f64::NEG_INFINITY), f64::NEG_INFINITY);
        // From 2^51 on every double is a multiple of 0.5 and comes back unchanged.
        for x in [
            2_251_799_813_685_248.0,
            2_251_799_813_685_248.5,
            4_503_599_627_370_495.5,
            4_503_599_627_370_497.0,
            9_007_199_254_740_993.0,
            f64::MAX,
        ] {
            assert_eq!(snap_to_whole(x).to_bits(), x.to_bits(), "{x}");
            assert_eq!(snap_to_whole(-x).to_bits(), (-x).to_bits(), "{x}");
            assert_eq!(snap_to_whole(x).to_bits(), reference(x).to_bits(), "{x}");
        }
        assert_eq!(snap_to_whole(2_251_799_813_685_247.5), 2_251_799_813_685_247.5);
        assert_eq!(snap_to_whole(f64::MIN_POSITIVE).to_bits(), 0.0f64.to_bits());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn snapping_matches_the_rule_as_written(x in proptest::num::f64::ANY) {
            prop_assert_eq!(snap_to_whole(x).to_bits(), reference(x).to_bits());
        }

        #[test]
        fn snapping_near_whole_numbers_matches_the_rule(whole in -1_000_000_000i64..1_000_000_000, offset in -3e-9f64..3e-9) {
            #[expect(clippy::cast_precision_loss, reason = "|whole| < 2^30")]
            let x = whole as f64 + offset;
            prop_assert_eq!(snap_to_whole(x).to_bits(), reference(x).to_bits());
        }

        #[test]
        fn snapping_large_values_matches_the_rule(x in -1e17f64..1e17) {
            prop_assert_eq!(snap_to_whole(x).to_bits(), reference(x).to_bits());
        }
    }
}
