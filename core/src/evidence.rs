//! Typed evidence for one item.
//!
//! Every item takes [`Evidence::Rating`] (a reviewer's score, which overrides
//! computation) and [`Evidence::InsufficientData`]. Measured items take
//! [`Evidence::Value`]; checklist items [`Evidence::Count`] or [`Evidence::Present`];
//! each composite item its own form (items 3, 4, 6, 17, 21).

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::component::Component;
use crate::error::Error;
use crate::score::Score;

/// What a review knows about one item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Evidence {
    /// A reviewer's score (any item). For rated items it is the anchor chosen.
    Rating(Score),
    /// A measured number (items 1, 2, 15, 16, 19, 20, 24).
    Value(Measurement),
    /// How many checklist components are present (items 5, 8, 10, 11, 13, 25).
    Count(u8),
    /// Which checklist components are present (items 5, 8, 10, 11, 13, 25).
    Present(ComponentSet),
    /// Item 3.
    VocationalRole(VocationalRole),
    /// Item 4.
    TeamAssignment(TeamAssignment),
    /// Item 6.
    GovernmentLiaison(GovernmentLiaison),
    /// Item 17.
    EmployerContacts(EmployerContacts),
    /// Item 21.
    CompetitiveJobs(CompetitiveJobs),
    /// The service has no evidence for this item. It scores 1 and is flagged, unless the
    /// review is asked to leave such items unscored.
    InsufficientData,
}

impl Evidence {
    /// A measured value with no extra condition.
    #[must_use]
    pub const fn value(value: f64) -> Self {
        Self::Value(Measurement { value, condition_met: None })
    }

    /// The name of this form in request documents (its evidence key).
    #[must_use]
    pub const fn form(&self) -> &'static str {
        match self {
            Self::Rating(_) => "rating",
            Self::Value(_) => "value",
            Self::Count(_) => "count",
            Self::Present(_) => "present",
            Self::VocationalRole(VocationalRole::ReferralOnly | VocationalRole::RefersOut) => "role",
            Self::VocationalRole(_) => "phases",
            Self::TeamAssignment(TeamAssignment::Teams { .. }) => "teams",
            Self::TeamAssignment(_) => "arrangement",
            Self::GovernmentLiaison(_) => "client_contacts",
            Self::EmployerContacts(_) => "contacts_per_week",
            Self::CompetitiveJobs(_) => "permanent_percent",
            Self::InsufficientData => "insufficient_data",
        }
    }
}

/// A measured number, with the item's extra condition when one is known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measurement {
    /// The number, in the item's unit.
    pub value: f64,
    /// The item's extra condition (item 15: the programme tracks employer contacts);
    /// `None` when not assessed. `Some(false)` caps the score as the anchor says.
    pub condition_met: Option<bool>,
}

/// A set of an item's checklist components (bit `i` is the item's `i`-th component).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ComponentSet(u8);

impl ComponentSet {
    /// The most components an item can list.
    pub const CAPACITY: usize = 8;

    /// No components.
    #[must_use]
    pub const fn empty() -> Self {
        Self(0)
    }

    /// The set from raw bits (bit `i` = component `i`).
    #[must_use]
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    #[must_use]
    pub const fn bits(self) -> u8 {
        self.0
    }

    /// How many components are in the set.
    #[must_use]
    pub const fn len(self) -> u8 {
        // A u8 has at most 8 bits set.
        self.0.count_ones() as u8
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether component `index` is present.
    #[must_use]
    pub const fn contains(self, index: usize) -> bool {
        index < Self::CAPACITY && self.0 & (1 << index) != 0
    }

    /// The set with component `index` added (indexes of 8 or more are ignored).
    #[must_use]
    pub const fn with(self, index: usize) -> Self {
        if index < Self::CAPACITY { Self(self.0 | (1 << index)) } else { self }
    }

    /// The set of `keys` among `components`; `field` names where the keys were given.
    ///
    /// # Errors
    /// [`Error::UnknownComponent`] for a key the item does not list,
    /// [`Error::DuplicateComponent`] for a key given twice.
    pub fn from_keys<'k>(
        item: u8,
        components: &[Component],
        keys: impl IntoIterator<Item = &'k str>,
        field: impl Fn() -> String,
    ) -> Result<Self, Error> {
        let mut set = Self::empty();
        for key in keys {
            let index = components.iter().position(|c| c.key == key).ok_or_else(|| Error::UnknownComponent {
                field: field(),
                item,
                component: String::from(key),
                accepted: components.iter().map(|c| c.key).collect::<Vec<_>>().join(", "),
            })?;
            if set.contains(index) {
                return Err(Error::DuplicateComponent { field: field(), component: String::from(key) });
            }
            set = set.with(index);
        }
        if components.len() > Self::CAPACITY {
            return Err(Error::ValueOutOfRange {
                field: field(),
                value: components.len() as f64,
                accepted: "at most 8 components per item",
            });
        }
        Ok(set)
    }

    /// Checks the set holds only components among the item's `components`; `form` is the
    /// evidence key the set was given under (`"present"` or `"phases"`), for the error path.
    ///
    /// # Errors
    /// [`Error::UnknownComponent`] naming the first index past the item's list.
    pub fn check_within(self, item: u8, form: &str, components: &[Component<'_>]) -> Result<(), Error> {
        match (components.len()..Self::CAPACITY).find(|&i| self.contains(i)) {
            None => Ok(()),
            Some(i) => Err(Error::UnknownComponent {
                field: field(item, form),
                item,
                component: format!("#{i}"),
                accepted: components.iter().map(|c| c.key).collect::<Vec<_>>().join(", "),
            }),
        }
    }

    /// The keys of the components in the set, in the item's order.
    pub fn keys<'c>(self, components: &'c [Component<'c>]) -> impl Iterator<Item = &'c str> + 'c {
        components.iter().enumerate().filter(move |(i, _)| self.contains(*i)).map(|(_, c)| c.key)
    }
}

/// Item 3: what part of the employment service each specialist carries out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VocationalRole {
    /// Only refers to vendors and other programmes (anchor 1).
    ReferralOnly,
    /// Keeps a caseload but refers clients elsewhere for vocational services (anchor 2).
    RefersOut,
    /// Provides this many of the six phases, 1–6 (anchors 3–5).
    Phases(u8),
    /// Provides these phases, at least one (anchors 3–5).
    PhasesProvided(ComponentSet),
}

/// Item 4: how employment specialists are attached to mental health treatment teams.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TeamAssignment {
    /// A vocational programme functioning separately from treatment (anchor 1).
    SeparateProgramme,
    /// Clients served by individual practitioners not organised into teams (anchor 2).
    IndividualPractitioners,
    /// Attached to `teams` teams (1 or more). `caseload_percent` is the share of the
    /// specialist's caseload from those teams; it is needed for one or two teams.
    Teams {
        /// Number of treatment teams the specialist is attached to.
        teams: u8,
        /// Percentage of caseload from those teams, 0–100.
        caseload_percent: Option<f64>,
    },
}

/// How often something happens, for item 6.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Frequency {
    /// Never (for contacts: the two sides do not communicate).
    Never,
    /// Less often than every quarter.
    LessThanQuarterly,
    /// At least quarterly, less than monthly.
    Quarterly,
    /// At least monthly, less than weekly.
    Monthly,
    /// At least weekly.
    Weekly,
}

impl Frequency {
    /// All frequencies, least frequent first.
    pub const ALL: [Self; 5] = [Self::Never, Self::LessThanQuarterly, Self::Quarterly, Self::Monthly, Self::Weekly];

    /// The stable id used in documents, e.g. `"less_than_quarterly"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Never => "never",
            Self::LessThanQuarterly => "less_than_quarterly",
            Self::Quarterly => "quarterly",
            Self::Monthly => "monthly",
            Self::Weekly => "weekly",
        }
    }
}

/// Item 6: contact between employment specialists and Government-funded programme staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GovernmentLiaison {
    /// How often client-related contacts (phone, e-mail, in person) happen.
    pub client_contacts: Frequency,
    /// How often scheduled face-to-face meetings happen.
    pub scheduled_meetings: Frequency,
}

/// Item 17: how the employer-contact tracking form is reviewed by the SE supervisor.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum TrackingReview {
    /// No process for tracking employer contacts (caps at 2).
    NoProcess,
    /// A tracking form reviewed less often than monthly (caps at 2).
    LessThanMonthly,
    /// A tracking form reviewed monthly (caps at 3).
    Monthly,
    /// A tracking form (records) reviewed weekly (no cap).
    Weekly,
}

impl TrackingReview {
    /// All values, weakest first.
    pub const ALL: [Self; 4] = [Self::NoProcess, Self::LessThanMonthly, Self::Monthly, Self::Weekly];

    /// The stable id used in documents, e.g. `"no_process"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::NoProcess => "no_process",
            Self::LessThanMonthly => "less_than_monthly",
            Self::Monthly => "monthly",
            Self::Weekly => "weekly",
        }
    }
}

/// Item 17: employer contacts per week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EmployerContacts {
    /// Mean face-to-face, client-specific employer contacts per specialist per week.
    pub per_week: f64,
    /// How the tracking form is reviewed, when known.
    pub tracking: Option<TrackingReview>,
    /// People on the caseload looking for work, when known (fewer than 3 allows
    /// 2 contacts per person for a 5).
    pub people_looking_for_work: Option<u32>,
}

/// Item 21: permanent competitive jobs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CompetitiveJobs {
    /// Percentage of jobs that are permanent competitive jobs, 0–100.
    pub permanent_percent: f64,
    /// How many current jobs the clients hold, when known (fewer than 10 scores 1).
    pub current_jobs: Option<u32>,
}

/// The path of a field of item `number`'s evidence, for error messages.
pub(crate) fn field(number: u8, key: &str) -> String {
    format!("evidence.{number}.{key}")
}
