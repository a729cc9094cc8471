//! How evidence becomes an item's score.
//!
//! Every item has one [`Rule`]:
//! - [`Rule::Measured`]: a number mapped through explicit score intervals that cover
//!   the whole domain without overlap ([`MeasuredRule`]);
//! - [`Rule::Checklist`]: a count of components present, through a printed table
//!   ([`ChecklistRule`]);
//! - [`Rule::Composite`]: several facts combined as the printed anchors say
//!   ([`CompositeRule`], scored in [`crate::rule::composite`]);
//! - [`Rule::Rated`]: the anchor a rater chose.
//!
//! Any item also takes a direct rating and an insufficient-data mark; see
//! [`crate::Item::score`].

pub mod composite;

use alloc::format;
use alloc::string::String;
use core::fmt;

use crate::error::Error;
use crate::item::Component;
use crate::number::TextSink;
use crate::score::{Basis, Cap, ItemScore, Score};

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
        if value.is_finite() && snapped >= 0.0 && self.max().is_none_or(|max| snapped <= max) {
            Ok(snapped)
        } else {
            Err(self.rejection(value, field()))
        }
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
    // on a value is a whole number or a half, never within the tolerance of another one. This
    // needs IEEE double arithmetic in double precision (not x87's extended registers), as
    // every target the crate is built for has.
    const ROUND: f64 = 6_755_399_441_055_744.0;
    const LIMIT: f64 = 2_251_799_813_685_248.0; // 2^51
    let nearest = (value + ROUND) - ROUND;
    let within = value - nearest <= WHOLE_NUMBER_TOLERANCE && nearest - value <= WHOLE_NUMBER_TOLERANCE;
    if within && -LIMIT < value && value < LIMIT { nearest + 0.0 } else { value }
}

/// One end of a [`ScoreInterval`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// No bound on this side.
    Unbounded,
    /// The end value belongs to the interval.
    Inclusive(f64),
    /// The end value does not belong to the interval.
    Exclusive(f64),
}

/// A range of values that earns one score, with the range as the source prints it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreInterval<'s> {
    /// The score a value in this interval earns.
    pub score: Score,
    /// Lower end.
    pub lower: Bound,
    /// Upper end.
    pub upper: Bound,
    /// The range exactly as printed in the source, e.g. `"21-25"`.
    pub printed: &'s str,
}

impl<'s> ScoreInterval<'s> {
    /// Whether `value` lies in the interval.
    #[must_use]
    #[inline(always)]
    pub fn contains(&self, value: f64) -> bool {
        let above = match self.lower {
            Bound::Unbounded => true,
            Bound::Inclusive(b) => value >= b,
            Bound::Exclusive(b) => value > b,
        };
        let below = match self.upper {
            Bound::Unbounded => true,
            Bound::Inclusive(b) => value <= b,
            Bound::Exclusive(b) => value < b,
        };
        // `&`, not `&&`: both ends are tested, with no branch between them.
        above & below
    }

    /// The first interval of `intervals` that holds `value`.
    #[must_use]
    #[inline(always)]
    pub fn find(intervals: &'s [Self], value: f64) -> Option<&'s Self> {
        // Every interval is tested, none by branching on the value: where the intervals are
        // known at compile time (the fast path, `crate::ips25::score_items`) this is a few
        // comparisons and additions, cheaper than the mispredicted branches of a search. Valid
        // intervals do not overlap, so exactly one holds a value in the domain; when not
        // exactly one does, the search gives the first, or none.
        let (mut holding, mut index) = (0usize, 0usize);
        for (i, interval) in intervals.iter().enumerate() {
            let holds = usize::from(interval.contains(value));
            holding += holds;
            index += i * holds;
        }
        if holding == 1 { intervals.get(index) } else { intervals.iter().find(|i| i.contains(value)) }
    }
}

impl ScoreInterval<'_> {
    /// Writes the interval in mathematical notation, then the printed range: `(20, 25]
    /// (printed "21-25")`. The one wording of [`fmt::Display`] and of the review responses.
    pub(crate) fn write_to(&self, f: &mut impl TextSink) -> fmt::Result {
        let decimal = crate::number::write_decimal;
        match self.lower {
            Bound::Unbounded => f.ascii(b"(-inf")?,
            Bound::Inclusive(b) => {
                f.ascii(b"[")?;
                decimal(f, b)?;
            }
            Bound::Exclusive(b) => {
                f.ascii(b"(")?;
                decimal(f, b)?;
            }
        }
        match self.upper {
            Bound::Unbounded => f.ascii(b", inf)")?,
            Bound::Inclusive(b) => {
                f.ascii(b", ")?;
                decimal(f, b)?;
                f.ascii(b"]")?;
            }
            Bound::Exclusive(b) => {
                f.ascii(b", ")?;
                decimal(f, b)?;
                f.ascii(b")")?;
            }
        }
        f.ascii(b" (printed ")?;
        f.quote()?;
        f.text(self.printed)?;
        f.quote()?;
        f.ascii(b")")
    }
}

/// Mathematical notation, then the printed range: `(20, 25] (printed "21-25")`.
impl fmt::Display for ScoreInterval<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

/// Which way a measured item improves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// A smaller number scores higher (caseload, days to first employer contact).
    LowerIsBetter,
    /// A larger number scores higher (percentages).
    HigherIsBetter,
}

/// An extra yes/no condition of a measured item's anchor: when given as not met,
/// it caps the score (item 15: the programme tracks employer contacts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    /// The evidence key that carries the condition, e.g. `"tracks_employer_contacts"`.
    pub key: &'static str,
    /// The cap that applies when the condition is given as `false`.
    pub cap_when_unmet: Cap,
}

/// A number mapped to a score through explicit intervals.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeasuredRule<'s> {
    /// What the number counts.
    pub unit: Unit,
    /// Which way the item improves.
    pub direction: Direction,
    /// Intervals covering every accepted value exactly once.
    pub intervals: &'s [ScoreInterval<'s>],
    /// An optional extra condition of the anchors.
    pub condition: Option<Condition>,
}

impl<'s> MeasuredRule<'s> {
    /// Scores `value` for item `number`; `condition_met` is the optional extra condition.
    ///
    /// # Errors
    /// A value outside the unit's domain ([`Unit::check`]), or a condition given for an
    /// item that has none ([`Error::UnknownField`]).
    #[inline(always)]
    pub fn score(&self, number: u8, value: f64, condition_met: Option<bool>) -> Result<ItemScore<'s>, Error> {
        let value = self.unit.check(value, || format!("evidence.{number}.value"))?;
        let cap = match (condition_met, self.condition) {
            (None, _) => None,
            (Some(met), Some(condition)) => (!met).then_some(condition.cap_when_unmet),
            (Some(_), None) => {
                return Err(Error::UnknownField {
                    field: format!("evidence.{number}.condition_met"),
                    accepted: String::from("item has no extra condition"),
                });
            }
        };
        let interval = ScoreInterval::find(self.intervals, value).ok_or_else(|| Error::ValueOutOfRange {
            field: format!("evidence.{number}.value"),
            value,
            accepted: self.unit.accepted(),
        })?;
        let basis = Basis::Interval { value, unit: self.unit, interval };
        Ok(ItemScore::new(number, interval.score, basis).capped(cap))
    }
}

/// A count of components present, mapped through a printed table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChecklistRule<'s> {
    /// The components the source lists, in source order.
    pub components: &'s [Component<'s>],
    /// `scores[n]` is the score for `n` components present; one entry per count
    /// from 0 to `components.len()`.
    pub scores: &'s [Score],
}

impl<'s> ChecklistRule<'s> {
    /// Scores `count` components present for item `number`.
    ///
    /// # Errors
    /// [`Error::CountOverComponents`] when `count` is more than the item lists.
    #[inline(always)]
    pub fn score(&self, number: u8, count: u8) -> Result<ItemScore<'s>, Error> {
        let score = self.scores.get(usize::from(count)).copied().ok_or_else(|| Error::CountOverComponents {
            field: format!("evidence.{number}.count"),
            item: number,
            count: f64::from(count),
            components: self.components.len(),
        })?;
        let of = u8::try_from(self.components.len()).unwrap_or(u8::MAX);
        Ok(ItemScore::new(number, score, Basis::Count { present: count, of, counted: "components present" }))
    }
}

/// An item whose score combines several facts as its anchors print them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CompositeRule<'s> {
    /// Item 3: referral-only, refers out, or how many of the six phases are provided.
    VocationalGeneralists {
        /// The six phases of employment service, in source order.
        phases: &'s [Component<'s>],
    },
    /// Item 4: team arrangement, and the share of caseload from one or two teams.
    TeamAssignment {
        /// Scores 2–5 by caseload share when attached to one or two teams.
        caseload_share: &'s [ScoreInterval<'s>],
    },
    /// Item 6: client-related contact frequency and scheduled meeting frequency.
    GovernmentLiaison,
    /// Item 17: employer contacts per week (closest scale point) and how tracking is reviewed.
    EmployerContacts {
        /// Contacts per week to score, resolved to the closest printed scale point.
        contacts: &'s [ScoreInterval<'s>],
    },
    /// Item 21: % of jobs that are permanent competitive jobs, with fewer than 10 current
    /// jobs scoring 1.
    CompetitiveJobs {
        /// Scores by permanent share.
        permanent_share: &'s [ScoreInterval<'s>],
        /// Fewer current jobs than this scores 1.
        min_current_jobs: u32,
    },
}

/// How an item's evidence becomes its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule<'s> {
    /// A measured number through intervals.
    Measured(MeasuredRule<'s>),
    /// A count of components present.
    Checklist(ChecklistRule<'s>),
    /// Several facts combined.
    Composite(CompositeRule<'s>),
    /// The anchor a rater chose.
    Rated,
}

impl Rule<'_> {
    /// The kind of rule as a stable id: `measured`, `checklist`, `composite`, `rated`.
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        match self {
            Self::Measured(_) => "measured",
            Self::Checklist(_) => "checklist",
            Self::Composite(_) => "composite",
            Self::Rated => "rated",
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
