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
//! Any item also takes a direct rating and an insufficient-data mark; see `Item::score`,
//! in `item`, which builds on this module.

pub mod composite;

use alloc::format;
use alloc::string::String;

use crate::component::Component;
use crate::error::Error;
pub use crate::measure::{Bound, Unit, WHOLE_NUMBER_TOLERANCE};
pub use crate::score::ScoreInterval;
use crate::score::{Basis, Cap, ItemScore, Score};

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
    /// The condition as met, in words: recorded as taken as met when the evidence does not
    /// mention it and the score is above the cap.
    pub met: &'static str,
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
        let scored = ItemScore::new(number, interval.score, basis).capped(cap);
        Ok(match (condition_met, self.condition) {
            (None, Some(condition)) => scored.assuming(condition.cap_when_unmet.limit, condition.met),
            _ => scored,
        })
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
        Ok(ItemScore::new(
            number,
            score,
            Basis::Count { present: count, of, counted: "components present", which: None },
        ))
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

impl<'s> CompositeRule<'s> {
    /// The intervals a number of this rule is scored through, with the way the item improves;
    /// `None` for the rules scored by clauses or phases alone (items 3 and 6).
    #[must_use]
    pub const fn intervals(&self) -> Option<(&'s [ScoreInterval<'s>], Direction)> {
        match *self {
            Self::TeamAssignment { caseload_share } => Some((caseload_share, Direction::HigherIsBetter)),
            Self::EmployerContacts { contacts } => Some((contacts, Direction::HigherIsBetter)),
            Self::CompetitiveJobs { permanent_share, .. } => Some((permanent_share, Direction::HigherIsBetter)),
            Self::VocationalGeneralists { .. } | Self::GovernmentLiaison => None,
        }
    }
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
