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
use crate::score::{Basis, Cap, Decimal, ItemScore, Score};

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

    /// Checks that `value` is finite, not negative and within [`Unit::max`].
    ///
    /// # Errors
    /// [`Error::NonFiniteValue`], [`Error::NegativeValue`], [`Error::PercentOver100`].
    pub fn check(self, value: f64, field: impl Fn() -> String) -> Result<f64, Error> {
        if !value.is_finite() {
            return Err(Error::NonFiniteValue { field: field(), value, accepted: self.accepted() });
        }
        let value = snap_to_whole(value);
        if value < 0.0 {
            return Err(Error::NegativeValue { field: field(), value, accepted: self.accepted() });
        }
        if self.max().is_some_and(|max| value > max) {
            return Err(Error::PercentOver100 { field: field(), value });
        }
        Ok(value)
    }
}

/// How close (absolute) a value must be to a whole number to be read as that number.
/// See [`crate::interpretation`], `float_noise`.
pub const WHOLE_NUMBER_TOLERANCE: f64 = 1e-9;

/// `value`, or the whole number within [`WHOLE_NUMBER_TOLERANCE`] of it, so that a
/// computed 30.000000000000004% scores as 30% (and `-0.0` reads as `0`).
#[must_use]
pub(crate) fn snap_to_whole(value: f64) -> f64 {
    // Beyond 2^53 every f64 is already whole; the casts below are exact within it.
    use crate::score::EXACT_INTEGER_LIMIT as EXACT;
    if !(-EXACT..=EXACT).contains(&value) {
        return value;
    }
    #[expect(clippy::cast_possible_truncation, reason = "|value| <= 2^53, so truncation towards zero is exact")]
    let truncated = value as i64;
    #[expect(clippy::cast_precision_loss, reason = "|truncated| <= 2^53 is exactly representable")]
    let below = truncated as f64;
    let (low, high) = if value >= 0.0 { (below, below + 1.0) } else { (below - 1.0, below) };
    if value - low <= WHOLE_NUMBER_TOLERANCE {
        low + 0.0
    } else if high - value <= WHOLE_NUMBER_TOLERANCE {
        high + 0.0
    } else {
        value
    }
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
        above && below
    }

    /// The first interval of `intervals` that holds `value`.
    #[must_use]
    pub fn find(intervals: &'s [Self], value: f64) -> Option<&'s Self> {
        intervals.iter().find(|i| i.contains(value))
    }
}

/// Mathematical notation, then the printed range: `(20, 25] (printed "21-25")`.
impl fmt::Display for ScoreInterval<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.lower {
            Bound::Unbounded => f.write_str("(-inf")?,
            Bound::Inclusive(b) => write!(f, "[{}", Decimal(b))?,
            Bound::Exclusive(b) => write!(f, "({}", Decimal(b))?,
        }
        match self.upper {
            Bound::Unbounded => f.write_str(", inf)")?,
            Bound::Inclusive(b) => write!(f, ", {}]", Decimal(b))?,
            Bound::Exclusive(b) => write!(f, ", {})", Decimal(b))?,
        }
        write!(f, " (printed \"{}\")", self.printed)
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
