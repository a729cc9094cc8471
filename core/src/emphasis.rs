//! The seeds' emphasis on some fidelity items, used to break ties in an action plan.
//!
//! The IPS and SEQF scales weight their items equally, but the fidelity guidance
//! (`000`, "Boiling down Supported Employment's quantitative and qualitative USPs")
//! reports what services found most distinctive and powerful. When two items are
//! equally far below 5, the action plan puts the emphasised one first, in this order.

use crate::source::Provenance;

/// An emphasis named in the fidelity guidance, in tie-break order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Emphasis {
    /// "increased resources and lower caseload sizes" (item 1).
    Caseload,
    /// "support personalisation, client preferences and client agency – for example,
    /// individualised job search, personalised follow-on supports, and fidelity items
    /// around employment diversity and job matching" (items 16, 19, 20, 22).
    PersonCentred,
    /// "proactive and personalised employer engagement and support" (items 17, 18).
    EmployerEngagement,
    /// "clinical integration (in IPS)" (items 4, 5).
    Integration,
    /// "on-going in-work support for clients and employers" (item 23).
    InWorkSupport,
}

impl Emphasis {
    /// How many emphases there are (the rank of "no emphasis" in a tie-break).
    pub const COUNT: u8 = 5;

    /// The tie-break rank: 0 for the first emphasis.
    #[must_use]
    pub const fn rank(self) -> u8 {
        self as u8
    }

    /// Stable id, e.g. `"person_centred"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Caseload => "caseload",
            Self::PersonCentred => "person_centred",
            Self::EmployerEngagement => "employer_engagement",
            Self::Integration => "integration",
            Self::InWorkSupport => "in_work_support",
        }
    }

    /// Where the emphasis is stated.
    #[must_use]
    pub const fn provenance(self) -> Provenance {
        Provenance {
            source: crate::source::Source::FidelityGuidance2024,
            locator: "Boiling down Supported Employment's quantitative and qualitative USPs",
        }
    }

    /// The emphasis of an item of the UK IPS scale, by item number.
    #[must_use]
    pub const fn of_ips25_item(number: u8) -> Option<Self> {
        match number {
            1 => Some(Self::Caseload),
            16 | 19 | 20 | 22 => Some(Self::PersonCentred),
            17 | 18 => Some(Self::EmployerEngagement),
            4 | 5 => Some(Self::Integration),
            23 => Some(Self::InWorkSupport),
            _ => None,
        }
    }
}
