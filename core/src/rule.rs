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
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
    pub fn check(self, value: f64, field: impl Fn() -> String) -> Result<f64, Error> {
        let snapped = snap_to_whole(value);
        if self.accepts(snapped) { Ok(snapped) } else { Err(self.rejection(value, field())) }
    }

    /// Whether `snapped` (a value after [`snap_to_whole`]) is finite, not negative and within
    /// [`Unit::max`]: what [`Unit::check`] accepts. Snapping keeps a value finite or not (it
    /// moves it by at most [`WHOLE_NUMBER_TOLERANCE`]), so one comparison each way covers the
    /// finite test: `NaN` fails both, infinities fail one.
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
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
#[cfg_attr(not(target_family = "wasm"), inline(always))]
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

impl Bound {
    /// Whether `value` is on the interval's side of this bound as its lower end.
    #[must_use]
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
    pub fn admits_from_below(self, value: f64) -> bool {
        match self {
            Self::Unbounded => true,
            Self::Inclusive(b) => value >= b,
            Self::Exclusive(b) => value > b,
        }
    }

    /// Whether `value` is on the interval's side of this bound as its upper end.
    #[must_use]
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
    pub fn admits_from_above(self, value: f64) -> bool {
        match self {
            Self::Unbounded => true,
            Self::Inclusive(b) => value <= b,
            Self::Exclusive(b) => value < b,
        }
    }
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
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
    pub fn contains(&self, value: f64) -> bool {
        // `&`, not `&&`: both ends are tested, with no branch between them.
        self.lower.admits_from_below(value) & self.upper.admits_from_above(value)
    }

    /// The first interval of `intervals` that holds `value`.
    #[must_use]
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
    pub fn find(intervals: &'s [Self], value: f64) -> Option<&'s Self> {
        // Every interval is tested, none by branching on the value: where the intervals are
        // known at compile time (`Review` on the built-in scale) this is a few comparisons
        // and additions, cheaper than the mispredicted branches of a search. Valid
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
    /// The score of `value` on intervals laid end to end, each starting where the one
    /// before it ends (one end inclusive, the other exclusive, at the same value), in
    /// either order, each with its lower end below its upper: the score
    /// [`ScoreInterval::find`] gives, without a search. `None` when `value` is outside them
    /// all or NaN, or when the intervals are not so laid out (the caller then searches).
    ///
    /// The score is that of the last interval, from the lowest up, whose lower bound `value`
    /// passes; where the intervals are known at compile time (the fast path,
    /// [`crate::ips25::score_items`]) the layout test folds away and this is one comparison
    /// and one addition per interval.
    #[must_use]
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
    pub(crate) fn ladder_score(intervals: &[Self], value: f64) -> Option<Score> {
        let meets = |upper: Bound, lower: Bound| match (upper, lower) {
            (Bound::Inclusive(a), Bound::Exclusive(b)) | (Bound::Exclusive(a), Bound::Inclusive(b)) => a == b,
            _ => false,
        };
        let rising = |i: &Self| match (i.lower, i.upper) {
            (Bound::Inclusive(a) | Bound::Exclusive(a), Bound::Inclusive(b) | Bound::Exclusive(b)) => a < b,
            _ => true,
        };
        let laid = intervals.iter().all(rising);
        let ascending = laid && intervals.windows(2).all(|w| matches!(w, [a, b] if meets(a.upper, b.lower)));
        let descending = laid && intervals.windows(2).all(|w| matches!(w, [a, b] if meets(b.upper, a.lower)));
        let (lowest, highest) = match (intervals.first(), intervals.last()) {
            (Some(first), Some(last)) if ascending => (first, last),
            (Some(first), Some(last)) if descending => (last, first),
            _ => return None,
        };
        // NaN passes an unbounded end, so it is turned away by name.
        if value.is_nan() || !(lowest.lower.admits_from_below(value) && highest.upper.admits_from_above(value)) {
            return None;
        }
        // Lower bounds rise strictly from `lowest` up, so those `value` passes are a run from
        // the start, and the last of them is the interval holding `value`. Each one passed
        // adds the step from the score below it, so the steps add up to that interval's
        // score: additions with no dependence between the tests, which measured ~2 ns a
        // review faster on the fast path than selecting the score interval by interval.
        let mut score = lowest.score.get();
        let mut below = score;
        let mut climb = |interval: &Self| {
            let step = interval.score.get().wrapping_sub(below);
            below = interval.score.get();
            score = score.wrapping_add(u8::from(interval.lower.admits_from_below(value)).wrapping_mul(step));
        };
        // `for` loops over the slices above `lowest`: a `skip` adapter's `fold` is not
        // always inlined.
        if ascending {
            for interval in intervals.split_first().map_or(&[][..], |(_, above)| above) {
                climb(interval);
            }
        } else {
            for interval in intervals.split_last().map_or(&[][..], |(_, above)| above).iter().rev() {
                climb(interval);
            }
        }
        Score::new(score)
    }

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
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
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
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
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
    use super::{Bound, ScoreInterval, WHOLE_NUMBER_TOLERANCE, snap_to_whole};
    use crate::score::Score;
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

    /// Every interval set of the built-in scale, measured items' and composites'.
    fn builtin_interval_sets() -> [&'static [ScoreInterval<'static>]; 9] {
        use crate::ips25 as i;
        [
            &i::CASELOAD_INTERVALS,
            &i::EMPLOYMENT_TIME_INTERVALS,
            &i::TEAM_CASELOAD_INTERVALS,
            &i::RAPID_SEARCH_INTERVALS,
            &i::INDIVIDUALISED_SEARCH_INTERVALS,
            &i::EMPLOYER_CONTACT_INTERVALS,
            &i::DIVERSITY_INTERVALS,
            &i::COMPETITIVE_JOBS_INTERVALS,
            &i::COMMUNITY_INTERVALS,
        ]
    }

    /// The built-in intervals are laid end to end, so climbing gives the score the search
    /// gives, on each bound, a step either side of it, and outside the intervals.
    #[test]
    fn climbing_gives_the_search_s_score_on_every_bound() {
        for intervals in builtin_interval_sets() {
            for interval in intervals {
                for bound in [interval.lower, interval.upper] {
                    let (Bound::Inclusive(b) | Bound::Exclusive(b)) = bound else { continue };
                    // The doubles either side of `b` (bounds are 0 or more).
                    let above = f64::from_bits(b.to_bits() + 1);
                    let under = if b > 0.0 { f64::from_bits(b.to_bits() - 1) } else { -f64::from_bits(1) };
                    for value in [b, above, under, b - 0.5, b + 0.5, -1.0, 1e300, f64::NAN] {
                        let found = ScoreInterval::find(intervals, value).map(|i| i.score);
                        assert_eq!(ScoreInterval::ladder_score(intervals, value), found, "{value} in {intervals:?}");
                    }
                }
            }
        }
        // Both orders: item 1 lists its intervals from 41+ down to 0-20, item 2 upwards.
        assert_eq!(ScoreInterval::ladder_score(&crate::ips25::CASELOAD_INTERVALS, 20.0), Some(Score::FIVE));
        assert_eq!(ScoreInterval::ladder_score(&crate::ips25::CASELOAD_INTERVALS, 20.5), Some(Score::FOUR));
        assert_eq!(ScoreInterval::ladder_score(&crate::ips25::CASELOAD_INTERVALS, 1e9), Some(Score::ONE));
        assert_eq!(ScoreInterval::ladder_score(&crate::ips25::EMPLOYMENT_TIME_INTERVALS, 96.0), Some(Score::FIVE));
        assert_eq!(ScoreInterval::ladder_score(&crate::ips25::EMPLOYMENT_TIME_INTERVALS, 95.9), Some(Score::FOUR));
        assert_eq!(ScoreInterval::ladder_score(&crate::ips25::EMPLOYMENT_TIME_INTERVALS, 100.5), None);
    }

    /// Intervals with a gap, an overlap, an empty one or a shared inclusive end are not a
    /// ladder: climbing declines them (the fast path then takes the search).
    #[test]
    fn climbing_declines_intervals_not_laid_end_to_end() {
        let i =
            |score: u8, lower, upper| ScoreInterval { score: Score::new(score).unwrap(), lower, upper, printed: "" };
        let (a, b) = (Bound::Inclusive, Bound::Exclusive);
        let declined: [&[ScoreInterval]; 5] = [
            &[i(1, a(0.0), b(10.0)), i(2, a(11.0), a(20.0))], // gap
            &[i(1, a(0.0), a(10.0)), i(2, a(10.0), a(20.0))], // both ends hold 10
            &[i(1, a(0.0), b(10.0)), i(2, b(10.0), a(20.0))], // 10 held by neither
            &[i(1, a(0.0), b(10.0)), i(2, a(10.0), b(10.0)), i(3, a(10.0), a(20.0))], // empty
            &[i(1, a(0.0), b(10.0)), i(2, a(5.0), a(20.0))],  // overlap
        ];
        for intervals in declined {
            assert_eq!(ScoreInterval::ladder_score(intervals, 7.0), None, "{intervals:?}");
        }
        // A one-point interval is declined too (its ends do not rise); `find` takes it.
        let point: [ScoreInterval; 2] = [i(1, a(0.0), a(0.0)), i(2, b(0.0), a(20.0))];
        assert_eq!(ScoreInterval::ladder_score(&point, 0.0), None);
        assert_eq!(ScoreInterval::find(&point, 0.0).map(|i| i.score), Some(Score::ONE));
        // NaN passes an unbounded end but holds in no interval.
        let open = [i(1, Bound::Unbounded, b(10.0)), i(2, a(10.0), Bound::Unbounded)];
        assert_eq!(ScoreInterval::ladder_score(&open, f64::NAN), None);
        assert_eq!(ScoreInterval::find(&open, f64::NAN), None);
        assert_eq!(ScoreInterval::ladder_score(&open, -1e300), Some(Score::ONE));
        assert_eq!(ScoreInterval::ladder_score(&open, 10.0), Some(Score::TWO));
        let laid = [i(3, a(10.0), a(20.0)), i(1, a(0.0), b(10.0))];
        assert_eq!(ScoreInterval::ladder_score(&laid, 10.0), Some(Score::THREE));
        assert_eq!(ScoreInterval::ladder_score(&laid, 9.5), Some(Score::ONE));
        assert_eq!(ScoreInterval::ladder_score(&[], 1.0), None);
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
