//! Fidelity evidence derived from the records a case-management system keeps, every record
//! accounted for.
//!
//! [`Records`] holds a service's records over a review [`Period`]: employment specialists,
//! clients, employer contacts, jobs and specialists' scheduled weeks, each part optional.
//! [`Records::derive`] checks them ([`Finding`]s on the records themselves, which never stop
//! the items) and derives the evidence of every item of the UK IPS scale (`003`) the records
//! can measure ([`Derived`]): 1, 2, 4, 15, 16, 17, 19, 20, 21 and 24, each only when the
//! records it needs are present. Each derived item names the records it counted and those it
//! left out, with the reason ([`Reason`]). How the scale's wording becomes a count where it
//! leaves the counting open is set out once, in [`crate::interpretation`] (the `records_*`
//! rows).

mod derive;

use alloc::string::String;
use alloc::vec::Vec;

use crate::commissioning::Date;
pub use crate::commissioning::Period;
use crate::error::Error;
use crate::evidence::Evidence;

pub use derive::closest_point;

/// The most a specialist's full-time equivalent may be.
pub const MAX_FTE: f64 = 1.0;

/// `value` as a specialist's full-time equivalent: from 0 to [`MAX_FTE`].
///
/// # Errors
/// [`Error::NegativeValue`] or [`Error::ValueOutOfRange`], naming `field`.
pub fn full_time_equivalent(value: f64, field: impl FnOnce() -> String) -> Result<f64, Error> {
    crate::error::from_zero_to(value, MAX_FTE, "a full-time equivalent from 0 to 1").map_err(|e| e.at(field()))
}

/// An employment specialist.
#[derive(Debug, Clone, PartialEq)]
pub struct Specialist {
    /// The record's id.
    pub id: String,
    /// Full-time equivalent, e.g. 1 or 0.6.
    pub fte: f64,
    /// The mental health treatment teams the specialist is attached to, when recorded
    /// (item 4).
    pub teams: Option<Vec<String>>,
}

/// A client of the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    /// The record's id.
    pub id: String,
    /// The client's employment specialist, if one is assigned.
    pub specialist: Option<String>,
    /// The treatment team that referred the client, if recorded.
    pub team: Option<String>,
    /// The day the client entered the programme.
    pub entry: Option<Date>,
    /// The client's last day in the programme, while it is not over `None`.
    pub exit: Option<Date>,
}

/// An employer contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// The record's id.
    pub id: String,
    /// The specialist who made it.
    pub specialist: Option<String>,
    /// The client it was about, when client-specific.
    pub client: Option<String>,
    /// When it happened.
    pub date: Option<Date>,
    /// Whether it was face to face.
    pub face_to_face: bool,
    /// Whether it was based on the client's preferences (item 16), when recorded.
    pub client_preferences: Option<bool>,
    /// Whether it was about a competitive job (item 15); `true` unless recorded otherwise.
    pub competitive_job: bool,
}

/// A job a client held.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The record's id.
    pub id: String,
    /// The client who held it.
    pub client: Option<String>,
    /// The employer's id.
    pub employer: Option<String>,
    /// The type of job, as the service codes it.
    pub job_type: Option<String>,
    /// The first day.
    pub start: Option<Date>,
    /// The last day, while it lasts `None`.
    pub end: Option<Date>,
    /// Whether it is permanent, when recorded.
    pub permanent: Option<bool>,
    /// Whether it is competitive, when recorded.
    pub competitive: Option<bool>,
    /// Hours a week, when recorded.
    pub hours_per_week: Option<f64>,
}

/// A specialist's scheduled week.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    /// The record's id.
    pub id: String,
    /// The specialist.
    pub specialist: Option<String>,
    /// The week's first day.
    pub week: Option<Date>,
    /// Hours scheduled.
    pub scheduled: f64,
    /// Of those, hours in the community (item 24).
    pub community: Option<f64>,
    /// Of those, hours on employment services (item 2).
    pub employment_services: Option<f64>,
}

/// A service's records over a review period. A part left `None` was not given: the items that
/// need it are not derived. A part given empty is derived from nothing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Records {
    /// Employment specialists.
    pub specialists: Option<Vec<Specialist>>,
    /// Clients.
    pub clients: Option<Vec<Client>>,
    /// Employer contacts.
    pub contacts: Option<Vec<Contact>>,
    /// Jobs.
    pub jobs: Option<Vec<Job>>,
    /// Specialists' scheduled weeks.
    pub weeks: Option<Vec<Week>>,
}

/// The kinds of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// An employment specialist.
    Specialist,
    /// A client.
    Client,
    /// An employer contact.
    Contact,
    /// A job.
    Job,
    /// A scheduled week.
    Week,
}

impl Kind {
    /// The stable id: the request's part, singular (`client`).
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Specialist => "specialist",
            Self::Client => "client",
            Self::Contact => "contact",
            Self::Job => "job",
            Self::Week => "week",
        }
    }
}

/// One record, by kind and id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RecordRef {
    /// Its kind.
    pub kind: Kind,
    /// Its id.
    pub id: String,
}

/// Why a record was left out of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Another record of its kind has its id.
    DuplicateId,
    /// A date the item needs is missing.
    MissingDate,
    /// Its dates are out of order (an exit or end before the entry or start).
    DatesOutOfOrder,
    /// It names a specialist the records do not have.
    UnknownSpecialist,
    /// It names a client the records do not have.
    UnknownClient,
    /// The client has no specialist assigned.
    NoSpecialist,
    /// The client is not active on the period's last day: entered later, or left before.
    NotActiveAtPeriodEnd,
    /// Its date is outside the period.
    OutsidePeriod,
    /// The client entered the programme outside the period.
    EntryOutsidePeriod,
    /// No face-to-face employer contact about a competitive job by the period's end.
    NoQualifyingContact,
    /// The contact was not face to face.
    NotFaceToFace,
    /// The contact was not about a client.
    NotClientSpecific,
    /// Whether the contact was based on the client's preferences is not recorded.
    PreferencesNotRecorded,
    /// The contact falls in a part week at either end of the period (item 17 rates whole
    /// weeks).
    InPartWeek,
    /// The specialist's teams are not recorded.
    TeamsNotRecorded,
    /// The job was not held during the period.
    NotHeldInPeriod,
    /// The job is not held on the period's last day.
    NotCurrent,
    /// The job's type is not recorded.
    JobTypeNotRecorded,
    /// The job's employer is not recorded.
    EmployerNotRecorded,
    /// Whether the job is permanent and competitive is not recorded.
    PermanenceNotRecorded,
    /// The week has no scheduled hours.
    NoScheduledHours,
    /// The hours the item needs are not recorded.
    HoursNotRecorded,
    /// A part of the week's hours is more than its scheduled hours.
    HoursOverScheduled,
    /// A specialist none of whose weeks counted for the item (none in the period, or none
    /// with the hours it needs).
    NoWeeksCounted,
}

impl Reason {
    /// The stable id, e.g. `not_active_at_period_end`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::DuplicateId => "duplicate_id",
            Self::MissingDate => "missing_date",
            Self::DatesOutOfOrder => "dates_out_of_order",
            Self::UnknownSpecialist => "unknown_specialist",
            Self::UnknownClient => "unknown_client",
            Self::NoSpecialist => "no_specialist",
            Self::NotActiveAtPeriodEnd => "not_active_at_period_end",
            Self::OutsidePeriod => "outside_period",
            Self::EntryOutsidePeriod => "entry_outside_period",
            Self::NoQualifyingContact => "no_qualifying_contact",
            Self::NotFaceToFace => "not_face_to_face",
            Self::NotClientSpecific => "not_client_specific",
            Self::PreferencesNotRecorded => "preferences_not_recorded",
            Self::InPartWeek => "in_part_week",
            Self::TeamsNotRecorded => "teams_not_recorded",
            Self::NotHeldInPeriod => "not_held_in_period",
            Self::NotCurrent => "not_current",
            Self::JobTypeNotRecorded => "job_type_not_recorded",
            Self::EmployerNotRecorded => "employer_not_recorded",
            Self::PermanenceNotRecorded => "permanence_not_recorded",
            Self::NoScheduledHours => "no_scheduled_hours",
            Self::HoursNotRecorded => "hours_not_recorded",
            Self::HoursOverScheduled => "hours_over_scheduled",
            Self::NoWeeksCounted => "no_weeks_counted",
        }
    }
}

/// A record left out of an item, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The record.
    pub record: RecordRef,
    /// Why.
    pub reason: Reason,
}

/// One item's evidence, derived from the records.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// The item number on the UK IPS scale.
    pub item: u8,
    /// The evidence, in the form a review takes; `None` when the records counted give no
    /// figure (nothing to count, or no full-time equivalent to divide by).
    pub evidence: Option<Evidence>,
    /// The item's figure, in its unit (a mean rating for items 17 and 24).
    pub figure: Option<f64>,
    /// What was counted over what, e.g. active clients over full-time equivalents.
    pub numerator: f64,
    /// The denominator.
    pub denominator: f64,
    /// How the figure is computed, in words.
    pub method: &'static str,
    /// The records counted.
    pub counted: Vec<RecordRef>,
    /// The records left out, with the reason.
    pub left_out: Vec<LeftOut>,
    /// For items rated part by part (17 by week, 24 by specialist): each part's figure and
    /// rating.
    pub breakdown: Vec<Breakdown>,
}

/// One part of an item rated part by part: a week (item 17) or a specialist (item 24).
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// The week's first day, or the specialist's id.
    pub label: String,
    /// The part's figure: contacts per full-time equivalent specialist that week, or the
    /// specialist's share of scheduled hours in the community.
    pub figure: f64,
    /// Its rating through the item's rule.
    pub score: crate::score::Score,
}

/// What is wrong with a record itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Problem {
    /// Another record of its kind has its id; every such record is left out everywhere.
    DuplicateId,
    /// A date is missing.
    MissingDate,
    /// An exit or end is before the entry or start.
    DatesOutOfOrder,
    /// It names a specialist the records do not have.
    UnknownSpecialist,
    /// It names a client the records do not have.
    UnknownClient,
    /// Its date is outside the period: a contact or a week dated outside it, or a job not held
    /// during it.
    OutsidePeriod,
    /// A part of a week's hours is more than its scheduled hours.
    HoursOverScheduled,
}

impl Problem {
    /// The stable id.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::DuplicateId => "duplicate_id",
            Self::MissingDate => "missing_date",
            Self::DatesOutOfOrder => "dates_out_of_order",
            Self::UnknownSpecialist => "unknown_specialist",
            Self::UnknownClient => "unknown_client",
            Self::OutsidePeriod => "outside_period",
            Self::HoursOverScheduled => "hours_over_scheduled",
        }
    }
}

/// A finding on a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The record.
    pub record: RecordRef,
    /// Its field, e.g. `exit`.
    pub field: &'static str,
    /// What is wrong.
    pub problem: Problem,
}

/// Says what is wrong, naming the record and the field: `client c8: entry is missing`.
impl core::fmt::Display for Finding {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let (kind, id, field) = (self.record.kind.id(), &self.record.id, self.field);
        match self.problem {
            Problem::DuplicateId => {
                write!(f, "{kind} {id}: another {kind} has the same id; both are left out of every item")
            }
            Problem::MissingDate => write!(f, "{kind} {id}: {field} is missing"),
            Problem::DatesOutOfOrder => {
                let first = if self.record.kind == Kind::Client { "entry" } else { "start" };
                write!(f, "{kind} {id}: {field} is before the {first}")
            }
            Problem::UnknownSpecialist | Problem::UnknownClient => {
                write!(f, "{kind} {id}: its {field} is not among the records' {field}s")
            }
            Problem::OutsidePeriod => write!(f, "{kind} {id}: {field} is outside the period"),
            Problem::HoursOverScheduled => write!(f, "{kind} {id}: {field} is more than the week's scheduled hours"),
        }
    }
}

/// The evidence derived from a service's records, and what was found on them.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordsReport {
    /// The period.
    pub period: Period,
    /// Each item the records could measure, in item order.
    pub items: Vec<Derived>,
    /// The items not derived, each with the parts of the records it needs.
    pub not_derived: Vec<(u8, &'static str)>,
    /// Findings on the records, in the order of the parts and the records.
    pub findings: Vec<Finding>,
}

impl Records {
    /// The evidence the records give over `period`, and the findings on them.
    #[must_use]
    pub fn derive(&self, period: Period) -> RecordsReport {
        derive::derive(self, period)
    }
}

/// Records' positions by a key of theirs (an id, a client's id, a specialist's id): pairs of
/// the key and the position, sorted by key, records with the same key in their order. A sorted
/// list serves every kind of record with one compiled sort and search, where a map per kind
/// would compile its code once per kind.
#[derive(Debug, Default)]
struct Keyed<'r>(Vec<(&'r str, usize)>);

impl<'r> Keyed<'r> {
    /// The pairs, sorted (stably, so that equal keys keep their order).
    fn new(mut pairs: Vec<(&'r str, usize)>) -> Self {
        pairs.sort_by(|a, b| a.0.cmp(b.0));
        Self(pairs)
    }

    /// The pairs with `key`, in the records' order.
    fn with_key(&self, key: &str) -> &[(&'r str, usize)] {
        let start = self.0.partition_point(|(k, _)| *k < key);
        let end = start + self.0.get(start..).map_or(0, |rest| rest.partition_point(|(k, _)| *k == key));
        self.0.get(start..end).unwrap_or_default()
    }

    /// The pairs, runs of one key at a time, in key order.
    fn runs(&self) -> impl Iterator<Item = &[(&'r str, usize)]> {
        self.0.chunk_by(|a, b| a.0 == b.0)
    }
}

/// The records of one kind whose id no other record of the kind has, by id.
#[derive(Debug)]
pub(crate) struct ById<'r, T> {
    records: &'r [T],
    /// Each id with its record's position, in id order.
    ids: Keyed<'r>,
}

impl<'r, T> ById<'r, T> {
    /// The record with `id`.
    fn get(&self, id: &str) -> Option<&'r T> {
        self.ids.with_key(id).first().and_then(|(_, at)| self.records.get(*at))
    }

    fn contains_key(&self, id: &str) -> bool {
        !self.ids.with_key(id).is_empty()
    }

    /// Each id with its record, in id order.
    fn iter(&self) -> impl Iterator<Item = (&'r str, &'r T)> + '_ {
        self.ids.0.iter().filter_map(|(id, at)| Some((*id, self.records.get(*at)?)))
    }

    fn keys(&self) -> impl Iterator<Item = &'r str> + '_ {
        self.ids.0.iter().map(|(id, _)| *id)
    }

    fn values(&self) -> impl Iterator<Item = &'r T> + '_ {
        self.iter().map(|(_, record)| record)
    }
}

/// The records of one kind by id, those whose id no other record of the kind has; every record
/// sharing an id is left out, with a finding for each, so that the result does not depend on
/// which came first.
fn by_unique_id<'r, T>(
    records: &'r [T],
    kind: Kind,
    id: impl Fn(&T) -> &str,
    findings: &mut Vec<Finding>,
) -> (ById<'r, T>, Vec<LeftOut>) {
    let all = Keyed::new(records.iter().enumerate().map(|(at, record)| (id(record), at)).collect());
    let mut unique = Vec::with_capacity(all.0.len());
    let mut shared = alloc::vec![false; records.len()];
    for run in all.runs() {
        match run {
            [one] => unique.push(*one),
            _ => {
                for (_, at) in run {
                    if let Some(shared) = shared.get_mut(*at) {
                        *shared = true;
                    }
                }
            }
        }
    }
    // Findings and exclusions in the records' order.
    let mut repeats = Vec::new();
    for (record, _) in records.iter().zip(&shared).filter(|(_, shared)| **shared) {
        let record = RecordRef { kind, id: String::from(id(record)) };
        findings.push(Finding { record: record.clone(), field: "id", problem: Problem::DuplicateId });
        repeats.push(LeftOut { record, reason: Reason::DuplicateId });
    }
    (ById { records, ids: Keyed(unique) }, repeats)
}

#[cfg(test)]
mod tests;
