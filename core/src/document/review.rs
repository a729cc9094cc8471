//! The `review` and `compare` operations: evidence by item number, scored on a scale.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::fields::{Entries, join, small, whole};
use super::scales::{ModificationDoc, ScaleChoice, ScaleRef};
use crate::compare::ReviewComparison;
use crate::error::Error;
use crate::evidence::{
    CompetitiveJobs, ComponentSet, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement,
    TeamAssignment, TrackingReview, VocationalRole,
};
use crate::item::Item;
use crate::modified::Facts;
use crate::raters::{Agreed, Consensus, RatedReview, Rater};
use crate::review::{InsufficientDataPolicy, Review, ReviewOptions, ReviewReport, SectionSubtotal};
use crate::rule::{CompositeRule, Rule};
use crate::scale::Scale;
use crate::score::{Basis, Score};

// ---------------------------------------------------------------------------------------
// Requests

/// A `review` request: a scale, the evidence of one rater (`evidence`) or of two or more
/// (`raters`, with `consensus` where they differ), options.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// The scale: a built-in id, `{"definition": …}` or `{"modification": …}`.
    pub scale: ScaleRef,
    /// One rater's evidence, by item number.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<std::collections::HashMap<String, EvidenceDoc>>"))]
    pub evidence: Option<Entries<EvidenceDoc>>,
    /// Two or more raters' evidence, by rater name, each by item number (instead of
    /// `evidence`).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(
        feature = "ts",
        ts(optional, as = "Option<std::collections::HashMap<String, std::collections::HashMap<String, EvidenceDoc>>>")
    )]
    pub raters: Option<Entries<Entries<EvidenceDoc>>>,
    /// With `raters`: the agreed score, and why, of each item the raters scored differently.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<std::collections::HashMap<String, ConsensusDoc>>"))]
    pub consensus: Option<Entries<ConsensusDoc>>,
    /// Report options.
    #[serde(default, skip_serializing_if = "OptionsDoc::is_default")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<OptionsDoc>"))]
    pub options: OptionsDoc,
    /// On a modified scale only: facts checked against its parameters.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub facts: Option<FactsDoc>,
}

/// A `compare` request: two reviews of one service on one scale.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CompareRequest {
    /// The scale.
    pub scale: ScaleRef,
    /// The earlier review.
    pub before: CompareSide,
    /// The later review.
    pub after: CompareSide,
    /// Report options (for both).
    #[serde(default, skip_serializing_if = "OptionsDoc::is_default")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<OptionsDoc>"))]
    pub options: OptionsDoc,
}

/// One side of a comparison.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CompareSide {
    /// Evidence, by item number.
    #[cfg_attr(feature = "ts", ts(as = "std::collections::HashMap<String, EvidenceDoc>"))]
    pub evidence: Entries<EvidenceDoc>,
}

/// A consensus entry: the score two or more raters agreed for an item they scored
/// differently, and why.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ConsensusDoc {
    /// The agreed score, 1–5.
    pub rating: f64,
    /// Why, in the raters' words (not empty; left out, it is refused as empty).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<String>"))]
    pub reason: String,
}

/// A review's `options`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct OptionsDoc {
    /// How items marked insufficient data are scored: `score_one` (the default) or
    /// `leave_unscored`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<InsufficientDataPolicy>"))]
    pub insufficient_data: InsufficientDataPolicy,
}

impl OptionsDoc {
    pub(super) fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// The report options.
    #[must_use]
    pub const fn options(self) -> ReviewOptions {
        ReviewOptions { insufficient_data: self.insufficient_data }
    }
}

/// The facts a review on a modified scale may give.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct FactsDoc {
    /// Active clients per full-time employment specialist.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub caseload: Option<f64>,
    /// Months of in-work support given.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub in_work_support_months: Option<f64>,
}

impl FactsDoc {
    /// The facts, each checked to be 0 or more.
    ///
    /// # Errors
    /// [`Error::NegativeValue`] naming the fact.
    pub fn facts(self) -> Result<Facts, Error> {
        let fact = |value: Option<f64>, key: &str| match value {
            Some(v) if v < 0.0 => {
                Err(Error::NegativeValue { field: join("facts", key), value: v, accepted: "a number, 0 or more" })
            }
            other => Ok(other),
        };
        Ok(Facts {
            caseload: fact(self.caseload, "caseload")?,
            in_work_support_months: fact(self.in_work_support_months, "in_work_support_months")?,
        })
    }
}

/// One item's evidence: exactly one form (`rating`, `value`, `count` …) and the fields that
/// go with it. Which forms an item takes depends on its rule; see [`crate::document`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct EvidenceDoc {
    /// The anchor a rater chose, 1–5.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub rating: Option<f64>,
    /// `true`: the service has no evidence for the item.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub insufficient_data: Option<bool>,
    /// A measured item's value.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub value: Option<f64>,
    /// Item 15: whether employer contacts are tracked.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub tracks_employer_contacts: Option<bool>,
    /// A checklist item: how many components are present.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub count: Option<f64>,
    /// A checklist item: which components are present.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub present: Option<Vec<String>>,
    /// Item 3: `referral_only` or `refers_out`.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub role: Option<RoleId>,
    /// Item 3: the number of phases provided, or their keys.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub phases: Option<Phases>,
    /// Item 4: the number of teams attached.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub teams: Option<f64>,
    /// Item 4: the share of the caseload from those teams, 0–100.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub caseload_percent: Option<f64>,
    /// Item 4: `separate_programme` or `individual_practitioners`.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub arrangement: Option<ArrangementId>,
    /// Item 6: how often client-related contacts happen.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub client_contacts: Option<Frequency>,
    /// Item 6: how often scheduled meetings happen.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub scheduled_meetings: Option<Frequency>,
    /// Item 17: employer contacts per specialist per week.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub contacts_per_week: Option<f64>,
    /// Item 17: how the tracking form is reviewed.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub tracking: Option<TrackingReview>,
    /// Item 17: how many people are looking for work.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub people_looking_for_work: Option<f64>,
    /// Item 21: the share of jobs that are permanent and competitive, 0–100.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub permanent_percent: Option<f64>,
    /// Item 21: the number of current jobs.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub current_jobs: Option<f64>,
}

/// Item 3's role, when no phases are provided.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RoleId {
    /// Vocational generalists only refer.
    ReferralOnly,
    /// They refer out for the phases they do not provide.
    RefersOut,
}

/// Item 4's arrangement, when not given as teams.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ArrangementId {
    /// Employment services are a separate programme.
    SeparateProgramme,
    /// Specialists are attached to individual practitioners.
    IndividualPractitioners,
}

/// Item 3's phases: a number of phases, or the phases' keys.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum Phases {
    /// How many phases are provided.
    Count(f64),
    /// Which phases are provided.
    Keys(Vec<String>),
}

impl<'de> Deserialize<'de> for Phases {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PhasesVisitor;
        impl<'de> Visitor<'de> for PhasesVisitor {
            type Value = Phases;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number of phases or an array of phase keys")
            }
            #[expect(clippy::cast_precision_loss, reason = "a count past 2^53 is refused as out of range anyway")]
            fn visit_u64<E>(self, v: u64) -> Result<Phases, E> {
                Ok(Phases::Count(v as f64))
            }
            #[expect(clippy::cast_precision_loss, reason = "a negative count is refused anyway")]
            fn visit_i64<E>(self, v: i64) -> Result<Phases, E> {
                Ok(Phases::Count(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Phases, E> {
                Ok(Phases::Count(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Phases, A::Error> {
                let mut keys = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(key) = seq.next_element()? {
                    keys.push(key);
                }
                Ok(Phases::Keys(keys))
            }
        }
        deserializer.deserialize_any(PhasesVisitor)
    }
}

// ---------------------------------------------------------------------------------------
// Evidence: document → typed, checked against the item's rule

/// An evidence form: the key that selects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Rating,
    InsufficientData,
    Value,
    Count,
    Present,
    Role,
    Phases,
    Teams,
    Arrangement,
    ClientContacts,
    ContactsPerWeek,
    PermanentPercent,
}

impl Form {
    /// The key that selects the form.
    const fn key(self) -> &'static str {
        match self {
            Self::Rating => "rating",
            Self::InsufficientData => "insufficient_data",
            Self::Value => "value",
            Self::Count => "count",
            Self::Present => "present",
            Self::Role => "role",
            Self::Phases => "phases",
            Self::Teams => "teams",
            Self::Arrangement => "arrangement",
            Self::ClientContacts => "client_contacts",
            Self::ContactsPerWeek => "contacts_per_week",
            Self::PermanentPercent => "permanent_percent",
        }
    }

    /// The keys that may go with the form's key.
    const fn companions(self) -> &'static [&'static str] {
        match self {
            Self::Value => &["tracks_employer_contacts"],
            Self::Teams => &["caseload_percent"],
            Self::ClientContacts => &["scheduled_meetings"],
            Self::ContactsPerWeek => &["tracking", "people_looking_for_work"],
            Self::PermanentPercent => &["current_jobs"],
            Self::Rating
            | Self::InsufficientData
            | Self::Count
            | Self::Present
            | Self::Role
            | Self::Phases
            | Self::Arrangement => &[],
        }
    }
}

impl EvidenceDoc {
    /// The forms given, in the order the forms are documented.
    fn forms(&self) -> impl Iterator<Item = Form> {
        [
            (Form::Rating, self.rating.is_some()),
            (Form::InsufficientData, self.insufficient_data.is_some()),
            (Form::Value, self.value.is_some()),
            (Form::Count, self.count.is_some()),
            (Form::Present, self.present.is_some()),
            (Form::Role, self.role.is_some()),
            (Form::Phases, self.phases.is_some()),
            (Form::Teams, self.teams.is_some()),
            (Form::Arrangement, self.arrangement.is_some()),
            (Form::ClientContacts, self.client_contacts.is_some()),
            (Form::ContactsPerWeek, self.contacts_per_week.is_some()),
            (Form::PermanentPercent, self.permanent_percent.is_some()),
        ]
        .into_iter()
        .filter_map(|(form, given)| given.then_some(form))
    }

    /// The companion keys given.
    fn companions(&self) -> impl Iterator<Item = &'static str> {
        [
            ("tracks_employer_contacts", self.tracks_employer_contacts.is_some()),
            ("caseload_percent", self.caseload_percent.is_some()),
            ("scheduled_meetings", self.scheduled_meetings.is_some()),
            ("tracking", self.tracking.is_some()),
            ("people_looking_for_work", self.people_looking_for_work.is_some()),
            ("current_jobs", self.current_jobs.is_some()),
        ]
        .into_iter()
        .filter_map(|(key, given)| given.then_some(key))
    }

    /// The typed evidence for `item`, whose evidence sits at `parent.key` (`evidence.7`).
    ///
    /// # Errors
    /// Two forms, none, a form the item does not take, a companion of another form, or a
    /// value the form refuses; each error names its field.
    pub fn evidence(&self, item: &Item<'_>, parent: &str, key: &str) -> Result<Evidence, Error> {
        // The paths are built only when an error names one.
        let path = || join(parent, key);
        let mut forms = self.forms();
        let form = match (forms.next(), forms.next()) {
            (Some(form), None) => form,
            (Some(first), Some(second)) => {
                return Err(Error::ConflictingEvidence {
                    field: path(),
                    first: String::from(first.key()),
                    second: String::from(second.key()),
                });
            }
            (None, _) => {
                let Some(key) = self.companions().next() else {
                    return Err(Error::EmptyEvidence { field: path(), accepted: item.accepted_forms() });
                };
                let owner =
                    [Form::Value, Form::Teams, Form::ClientContacts, Form::ContactsPerWeek, Form::PermanentPercent]
                        .into_iter()
                        .find(|f| f.companions().contains(&key))
                        .unwrap_or(Form::Rating);
                return Err(Error::MissingField { field: join(&path(), owner.key()) });
            }
        };
        let condition = has_condition(item);
        let takes = |key: &str| form.companions().contains(&key) && (key != "tracks_employer_contacts" || condition);
        if let Some(key) = self.companions().find(|key| !takes(key)) {
            let mut accepted: Vec<&str> = Vec::from([form.key()]);
            accepted.extend(form.companions().iter().filter(|c| **c != "tracks_employer_contacts" || condition));
            return Err(Error::UnknownField { field: join(&path(), key), accepted: accepted.join(", ") });
        }
        let field = |key: &str| join(&path(), key);
        let form_path = || field(form.key());
        let number = item.number;
        let evidence = match (form, &item.rule) {
            (Form::Rating, _) => Evidence::Rating(Score::from_rating(self.rating.unwrap_or_default(), form_path)?),
            (Form::InsufficientData, _) => {
                if self.insufficient_data != Some(true) {
                    return Err(Error::UnknownValue {
                        field: form_path(),
                        value: String::from("false"),
                        accepted: String::from("true (omit the item when there is evidence to give)"),
                    });
                }
                Evidence::InsufficientData
            }
            (Form::Value, Rule::Measured(rule)) => Evidence::Value(Measurement {
                value: self.value.unwrap_or_default(),
                condition_met: rule.condition.and(self.tracks_employer_contacts),
            }),
            (Form::Count, Rule::Checklist(rule)) => {
                let count = self.count.unwrap_or_default();
                let count = whole(count, form_path, "a whole number of components present", u32::MAX)?;
                let components = rule.components.len();
                match u8::try_from(count) {
                    Ok(count) if usize::from(count) <= components => Evidence::Count(count),
                    _ => {
                        return Err(Error::CountOverComponents {
                            field: form_path(),
                            item: number,
                            count: f64::from(count),
                            components,
                        });
                    }
                }
            }
            (Form::Present, Rule::Checklist(rule)) => {
                let keys = self.present.as_deref().unwrap_or_default();
                Evidence::Present(ComponentSet::from_keys(
                    number,
                    rule.components,
                    keys.iter().map(String::as_str),
                    form_path,
                )?)
            }
            (Form::Role, Rule::Composite(CompositeRule::VocationalGeneralists { .. })) => {
                Evidence::VocationalRole(match self.role {
                    Some(RoleId::RefersOut) => VocationalRole::RefersOut,
                    _ => VocationalRole::ReferralOnly,
                })
            }
            (Form::Phases, Rule::Composite(CompositeRule::VocationalGeneralists { phases })) => match &self.phases {
                Some(Phases::Keys(keys)) => Evidence::VocationalRole(VocationalRole::PhasesProvided(
                    ComponentSet::from_keys(number, phases, keys.iter().map(String::as_str), form_path)?,
                )),
                Some(Phases::Count(n)) => {
                    Evidence::VocationalRole(VocationalRole::Phases(small(*n, form_path, "1 to 6 phases")?))
                }
                None => return Err(Error::MissingField { field: form_path() }),
            },
            (Form::Teams, Rule::Composite(CompositeRule::TeamAssignment { .. })) => {
                let teams = small(self.teams.unwrap_or_default(), form_path, "a whole number of teams from 1 to 255")?;
                Evidence::TeamAssignment(TeamAssignment::Teams { teams, caseload_percent: self.caseload_percent })
            }
            (Form::Arrangement, Rule::Composite(CompositeRule::TeamAssignment { .. })) => {
                Evidence::TeamAssignment(match self.arrangement {
                    Some(ArrangementId::IndividualPractitioners) => TeamAssignment::IndividualPractitioners,
                    _ => TeamAssignment::SeparateProgramme,
                })
            }
            (Form::ClientContacts, Rule::Composite(CompositeRule::GovernmentLiaison)) => {
                let (Some(client_contacts), Some(scheduled_meetings)) = (self.client_contacts, self.scheduled_meetings)
                else {
                    return Err(Error::MissingField { field: field("scheduled_meetings") });
                };
                Evidence::GovernmentLiaison(GovernmentLiaison { client_contacts, scheduled_meetings })
            }
            (Form::ContactsPerWeek, Rule::Composite(CompositeRule::EmployerContacts { .. })) => {
                let people_looking_for_work = self
                    .people_looking_for_work
                    .map(|v| {
                        whole(v, || field("people_looking_for_work"), "a whole number of people, 0 or more", u32::MAX)
                    })
                    .transpose()?;
                Evidence::EmployerContacts(EmployerContacts {
                    per_week: self.contacts_per_week.unwrap_or_default(),
                    tracking: self.tracking,
                    people_looking_for_work,
                })
            }
            (Form::PermanentPercent, Rule::Composite(CompositeRule::CompetitiveJobs { .. })) => {
                let current_jobs = self
                    .current_jobs
                    .map(|v| whole(v, || field("current_jobs"), "a whole number of jobs, 0 or more", u32::MAX))
                    .transpose()?;
                Evidence::CompetitiveJobs(CompetitiveJobs {
                    permanent_percent: self.permanent_percent.unwrap_or_default(),
                    current_jobs,
                })
            }
            _ => {
                return Err(Error::FormNotAccepted {
                    field: form_path(),
                    item: number,
                    form: form.key(),
                    accepted: item.accepted_forms(),
                });
            }
        };
        Ok(evidence)
    }

    /// The document form of typed `evidence` for `item`.
    #[must_use]
    pub fn of(evidence: &Evidence, item: Option<&Item<'_>>) -> Self {
        let components = item.map_or(&[][..], Item::components);
        let keys = |set: ComponentSet| set.keys(components).map(String::from).collect::<Vec<_>>();
        let mut doc = Self::default();
        match *evidence {
            Evidence::Rating(s) => doc.rating = Some(f64::from(s.get())),
            Evidence::InsufficientData => doc.insufficient_data = Some(true),
            Evidence::Value(m) => {
                doc.value = Some(m.value);
                doc.tracks_employer_contacts = m.condition_met.filter(|_| item.is_some_and(has_condition));
            }
            Evidence::Count(n) => doc.count = Some(f64::from(n)),
            Evidence::Present(set) => doc.present = Some(keys(set)),
            Evidence::VocationalRole(VocationalRole::ReferralOnly) => doc.role = Some(RoleId::ReferralOnly),
            Evidence::VocationalRole(VocationalRole::RefersOut) => doc.role = Some(RoleId::RefersOut),
            Evidence::VocationalRole(VocationalRole::Phases(n)) => doc.phases = Some(Phases::Count(f64::from(n))),
            Evidence::VocationalRole(VocationalRole::PhasesProvided(set)) => doc.phases = Some(Phases::Keys(keys(set))),
            Evidence::TeamAssignment(TeamAssignment::SeparateProgramme) => {
                doc.arrangement = Some(ArrangementId::SeparateProgramme);
            }
            Evidence::TeamAssignment(TeamAssignment::IndividualPractitioners) => {
                doc.arrangement = Some(ArrangementId::IndividualPractitioners);
            }
            Evidence::TeamAssignment(TeamAssignment::Teams { teams, caseload_percent }) => {
                doc.teams = Some(f64::from(teams));
                doc.caseload_percent = caseload_percent;
            }
            Evidence::GovernmentLiaison(g) => {
                doc.client_contacts = Some(g.client_contacts);
                doc.scheduled_meetings = Some(g.scheduled_meetings);
            }
            Evidence::EmployerContacts(e) => {
                doc.contacts_per_week = Some(e.per_week);
                doc.tracking = e.tracking;
                doc.people_looking_for_work = e.people_looking_for_work.map(f64::from);
            }
            Evidence::CompetitiveJobs(c) => {
                doc.permanent_percent = Some(c.permanent_percent);
                doc.current_jobs = c.current_jobs.map(f64::from);
            }
        }
        doc
    }
}

fn has_condition(item: &Item<'_>) -> bool {
    matches!(item.rule, Rule::Measured(m) if m.condition.is_some())
}

/// A canonical item number: 1–255 written without sign, leading zeros or decimals.
fn item_number(key: &str) -> Option<u8> {
    if key.starts_with('0') || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse().ok()
}

/// The item of `scale` an entry's `key` names, at `path`.
fn item_of<'s>(scale: &'s Scale<'s>, key: &str, path: &str) -> Result<&'s Item<'s>, Error> {
    item_number(key).and_then(|n| scale.item(n)).ok_or_else(|| Error::UnknownItem {
        field: join(path, key),
        item: key.to_string(),
        scale: String::from(scale.id),
        last: scale.items.len(),
    })
}

/// The evidence entries at `path` (`evidence`, `before.evidence`) as typed evidence by item
/// number, in item order.
///
/// # Errors
/// An unknown item, an item given twice, or an item's evidence error.
pub fn typed_evidence(
    scale: &Scale<'_>,
    entries: &Entries<EvidenceDoc>,
    path: &str,
) -> Result<Vec<(u8, Evidence)>, Error> {
    let mut out = Vec::with_capacity(entries.0.len());
    for (key, doc) in entries.iter() {
        let item = item_of(scale, key, path)?;
        if out.iter().any(|(n, _)| *n == item.number) {
            return Err(Error::DuplicateItem { field: join(path, key), item: item.number });
        }
        out.push((item.number, doc.evidence(item, path, key)?));
    }
    out.sort_unstable_by_key(|(n, _)| *n);
    Ok(out)
}

/// The review of typed evidence on `scale`; errors name fields under `path`.
///
/// # Errors
/// Evidence the item's rule refuses (a percentage over 100, a negative value …).
pub fn build<'s>(scale: &'s Scale<'s>, evidence: &[(u8, Evidence)], path: &str) -> Result<Review<'s>, Error> {
    let mut review = Review::new(scale);
    for (number, ev) in evidence {
        review.add(*number, *ev).map_err(|e| e.rooted(path))?;
    }
    Ok(review)
}

/// One review's evidence as a request gives it: one rater's `evidence`, or `raters` with
/// their `consensus`, at `root` in the request (`""` for a review, `reviews[1]` in a history).
#[derive(Debug, Clone, Copy)]
pub(super) struct GivenEvidence<'a> {
    pub evidence: Option<&'a Entries<EvidenceDoc>>,
    pub raters: Option<&'a Entries<Entries<EvidenceDoc>>>,
    pub consensus: Option<&'a Entries<ConsensusDoc>>,
    pub root: &'a str,
}

/// A review scored from the evidence a request gives: its report (of the agreed scores, with
/// raters), and with raters what each gave.
pub(super) struct Scored<'s> {
    pub report: ReviewReport<'s>,
    pub raters: Option<RatersDoc>,
}

impl GivenEvidence<'_> {
    /// The review on `scale`, scored.
    ///
    /// # Errors
    /// Both or neither of `evidence` and `raters`, `consensus` without `raters`, and every
    /// fault of the evidence and consensus, naming its field.
    pub(super) fn score<'s>(&self, scale: &'s Scale<'s>, options: ReviewOptions) -> Result<Scored<'s>, Error> {
        let at = |key: &str| join(self.root, key);
        match (self.evidence, self.raters) {
            (Some(_), Some(_)) => Err(Error::RatersWithEvidence { field: at("raters") }),
            (None, None) => Err(Error::EmptyEvidence {
                field: at("evidence"),
                accepted: "`evidence` (one rater's, by item number) or `raters` (two or more raters' evidence)",
            }),
            (Some(_), None) if self.consensus.is_some() => Err(Error::UnknownField {
                field: at("consensus"),
                accepted: String::from("consensus only with `raters`, not with `evidence`"),
            }),
            (Some(evidence), None) => {
                let path = at("evidence");
                let typed = typed_evidence(scale, evidence, &path)?;
                Ok(Scored { report: build(scale, &typed, &path)?.report(options), raters: None })
            }
            (None, Some(raters)) => {
                let mut list = Vec::with_capacity(raters.0.len());
                for (name, evidence) in raters.iter() {
                    // A name is part of the paths errors give (`raters.A.7.rating`).
                    if name.is_empty() || name.contains(['.', '[', ']']) {
                        return Err(Error::UnknownValue {
                            field: at("raters"),
                            value: String::from(name),
                            accepted: String::from("a rater's name: not empty, without '.', '[' or ']'"),
                        });
                    }
                    let path = join(&at("raters"), name);
                    let typed = typed_evidence(scale, evidence, &path)?;
                    list.push(Rater { name, review: build(scale, &typed, &path)? });
                }
                let mut consensus = Consensus::new();
                let path = at("consensus");
                for (key, doc) in self.consensus.iter().flat_map(|c| c.iter()) {
                    let item = item_of(scale, key, &path)?;
                    let score = Score::from_rating(doc.rating, || join(&join(&path, key), "rating"))?;
                    consensus.add(item.number, score, &doc.reason).map_err(|e| e.within(self.root))?;
                }
                let rated = RatedReview::new(scale, &list, &consensus, options).map_err(|e| e.within(self.root))?;
                Ok(Scored { report: rated.report(), raters: Some(RatersDoc::new(&rated)) })
            }
        }
    }
}

/// What two or more raters gave, in a review response.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RatersDoc {
    pub rater_scores: Vec<RaterScoresDoc>,
    pub disagreements: Vec<DisagreementDoc>,
    pub awaiting_consensus: Vec<u8>,
    pub agreement: Vec<AgreementDoc>,
}

impl RatersDoc {
    fn new(rated: &RatedReview<'_, '_>) -> Self {
        let scores = |number: u8| {
            Entries(rated.rater_scores(number).map(|(name, s)| (String::from(name), s.map(Score::get))).collect())
        };
        let agreed = rated.agreed();
        let items = agreed.scale().items.iter().map(|i| i.number);
        let rounded = |share: Option<f64>| share.map(super::fields::round_for_output);
        Self {
            rater_scores: items
                .filter_map(|number| {
                    let from = match rated.status(number) {
                        Agreed::NotScored => return None,
                        Agreed::Agreed => "agreement",
                        Agreed::Consensus => "consensus",
                        Agreed::AwaitingConsensus => "awaiting_consensus",
                    };
                    Some(RaterScoresDoc {
                        number,
                        scores: scores(number),
                        agreed: agreed.score(number).map(|s| s.score.get()),
                        from: Cow::Borrowed(from),
                    })
                })
                .collect(),
            disagreements: rated
                .disagreements()
                .map(|d| DisagreementDoc {
                    number: d.number,
                    scores: scores(d.number),
                    difference: d.difference(),
                    resolved: d.is_resolved(),
                    consensus: d.consensus.map(|c| c.score.get()),
                    reason: d.consensus.map(|c| String::from(c.reason)),
                })
                .collect(),
            awaiting_consensus: rated.awaiting_consensus().collect(),
            agreement: rated
                .pairs()
                .map(|(first, second, a)| AgreementDoc {
                    raters: Vec::from([String::from(first), String::from(second)]),
                    items: a.items,
                    exact: a.exact,
                    exact_share: rounded(a.exact_share()),
                    within_one: a.within_one,
                    within_one_share: rounded(a.within_one_share()),
                    kappa: rounded(a.kappa),
                })
                .collect(),
        }
    }
}

/// The evidence document of typed evidence on `scale`.
#[must_use]
pub fn evidence_doc(scale: &Scale<'_>, evidence: &[(u8, Evidence)]) -> Entries<EvidenceDoc> {
    Entries(evidence.iter().map(|(n, ev)| (n.to_string(), EvidenceDoc::of(ev, scale.item(*n)))).collect())
}

/// The item number in the path of a field of an item's evidence: 7 in `evidence.7.ratin`,
/// `before.evidence.7.ratin`, `raters.A.7.ratin` or `reviews[1].raters.A.7.ratin`.
pub(super) fn evidence_item(field: &str) -> Option<u8> {
    let parts: Vec<&str> = field.split('.').collect();
    let (number, place) = match parts.as_slice() {
        [place @ .., number, _key] => (number, place),
        _ => return None,
    };
    let review = |prefix: &[&str]| match prefix {
        [] | ["before" | "after"] => true,
        [one] => one.starts_with("reviews["),
        _ => false,
    };
    let placed = match place {
        [prefix @ .., "evidence"] => review(prefix),
        [prefix @ .., "raters", _name] => review(prefix),
        _ => false,
    };
    if placed { number.parse().ok() } else { None }
}

/// The evidence forms item `number` of `scale` takes, if the scale builds and has the item.
pub(super) fn accepted_forms(scale: &ScaleRef, number: u8) -> Option<&'static str> {
    let choice = ScaleChoice::from_ref(scale).ok()?;
    choice.with_scale(|s| s.item(number).map(Item::accepted_forms)).ok().flatten()
}

impl ReviewRequest {
    /// Answers the request.
    ///
    /// # Errors
    /// Every fault of the scale, the facts and the evidence, naming its field.
    pub fn answer(&self) -> Result<ReviewResponse, Error> {
        let choice = ScaleChoice::from_ref(&self.scale)?;
        let facts = match (&self.facts, choice.modification()) {
            (Some(_), None) => {
                return Err(Error::UnknownField {
                    field: String::from("facts"),
                    accepted: String::from("operation, version, scale, evidence, raters, consensus, options"),
                });
            }
            (Some(f), Some(_)) => f.facts()?,
            (None, _) => Facts::default(),
        };
        let options = self.options.options();
        let given = GivenEvidence {
            evidence: self.evidence.as_ref(),
            raters: self.raters.as_ref(),
            consensus: self.consensus.as_ref(),
            root: "",
        };
        let mut response = match choice {
            ScaleChoice::BuiltIn(scale) => {
                let scored = given.score(scale, options)?;
                ReviewResponse::from_static_report(&scored.report).with_raters(scored.raters)
            }
            _ => choice.with_scale(|scale| -> Result<ReviewResponse, Error> {
                let scored = given.score(scale, options)?;
                Ok(ReviewResponse::from_report(&scored.report).with_raters(scored.raters))
            })??,
        };
        response.modification = choice.modification().map(|m| ModificationDoc::new(m, &facts));
        Ok(response)
    }
}

impl CompareRequest {
    /// Answers the request.
    ///
    /// # Errors
    /// Every fault of the scale and of either side's evidence, naming its field.
    pub fn answer(&self) -> Result<CompareResponse, Error> {
        let choice = ScaleChoice::from_ref(&self.scale)?;
        let options = self.options.options();
        choice.with_scale(|scale| -> Result<CompareResponse, Error> {
            let before = typed_evidence(scale, &self.before.evidence, "before.evidence")?;
            let after = typed_evidence(scale, &self.after.evidence, "after.evidence")?;
            let before = build(scale, &before, "before.evidence")?.report(options);
            let after = build(scale, &after, "after.evidence")?.report(options);
            let comparison = ReviewComparison::new(&before, &after)?;
            Ok(CompareResponse::new(&before, &after, &comparison))
        })?
    }
}

// ---------------------------------------------------------------------------------------
// Responses

/// One scored item in a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ItemScoreDoc {
    /// Item number.
    pub number: u8,
    /// Item key.
    pub key: Cow<'static, str>,
    /// Score, 1–5.
    pub score: u8,
    /// What produced the score, in words (with any cap).
    pub basis: Cow<'static, str>,
    /// `rating`, `anchor`, `interval`, `count`, `clause` or `insufficient_data`.
    pub basis_kind: Cow<'static, str>,
}

/// One section subtotal in a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SectionDoc {
    /// Section key.
    pub section: Cow<'static, str>,
    /// Sum of the section's scored items.
    pub total: u16,
    /// Highest possible subtotal.
    pub max: u16,
    /// Items scored.
    pub scored: u16,
    /// Items in the section.
    pub items: u16,
}

impl From<SectionSubtotal<'_>> for SectionDoc {
    fn from(s: SectionSubtotal<'_>) -> Self {
        Self { section: s.section.key.to_string().into(), total: s.total, max: s.max, scored: s.scored, items: s.items }
    }
}

/// One action-plan entry in a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ActionDoc {
    /// Item number.
    pub number: u8,
    /// Item key.
    pub key: Cow<'static, str>,
    /// Item title.
    pub title: Cow<'static, str>,
    /// Current score.
    pub score: u8,
    /// Points below 5.
    pub gap: u8,
    /// The seeds' emphasis on the item, if any.
    pub emphasis: Option<Cow<'static, str>>,
    /// What the next score takes, from the scale's anchors and rules, in words.
    pub next: String,
    /// For a number scored through ranges: how far it is from the next score's range, in the
    /// item's unit.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub distance: Option<f64>,
}

/// A printed condition a score takes as met that the evidence does not mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct AssumedConditionDoc {
    /// Item number.
    pub number: u8,
    /// The condition, in words.
    pub condition: Cow<'static, str>,
}

/// The answer to a `review` request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ReviewResponse {
    /// Scale id.
    pub scale: Cow<'static, str>,
    /// Whether every item has a score.
    pub complete: bool,
    /// Sum of the scored items.
    pub total: u16,
    /// Highest possible total.
    pub max: u16,
    /// Band id, or `null` while incomplete.
    pub band: Option<Cow<'static, str>>,
    /// Scored items, in order.
    pub items: Vec<ItemScoreDoc>,
    /// Section subtotals, in order.
    pub sections: Vec<SectionDoc>,
    /// Items with no score.
    pub missing: Vec<u8>,
    /// Items marked insufficient data.
    pub insufficient_data: Vec<u8>,
    /// Items below 5, largest gap first.
    pub action_plan: Vec<ActionDoc>,
    /// Scored items whose score takes a printed condition as met that the evidence does not
    /// mention: what a reviewer should verify.
    pub assumed_conditions: Vec<AssumedConditionDoc>,
    /// With raters only: each item any rater scored, with each rater's score, the agreed
    /// score and where it comes from.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub rater_scores: Option<Vec<RaterScoresDoc>>,
    /// With raters only: the items they scored differently, resolved by a consensus or not.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub disagreements: Option<Vec<DisagreementDoc>>,
    /// With raters only: the items still awaiting a consensus entry. While any does, the
    /// review is not complete and has no band.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub awaiting_consensus: Option<Vec<u8>>,
    /// With raters only: how each pair of raters agree over the items both scored.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub agreement: Option<Vec<AgreementDoc>>,
    /// On a modified scale only: the modified items and the parameter checks.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub modification: Option<ModificationDoc>,
}

impl ReviewResponse {
    /// The response for a report.
    #[must_use]
    pub fn from_report(report: &ReviewReport<'_>) -> Self {
        Self::build(report, |t| Cow::Owned(String::from(t)))
    }

    /// The response for a report on a built-in scale: its texts are borrowed, not copied.
    #[must_use]
    pub fn from_static_report(report: &ReviewReport<'static>) -> Self {
        Self::build(report, Cow::Borrowed)
    }

    /// The response, with `text` turning the scale's texts into the response's.
    fn build<'s>(report: &ReviewReport<'s>, text: impl Fn(&'s str) -> Cow<'static, str>) -> Self {
        Self {
            scale: text(report.scale().id),
            complete: report.is_complete(),
            total: report.total(),
            max: report.max_total(),
            band: report.band().map(|b| text(b.id)),
            items: report
                .results()
                .filter_map(|(item, r)| r.score().map(|s| (item, s)))
                .map(|(item, s)| ItemScoreDoc {
                    number: s.number,
                    key: text(item.key),
                    score: s.score.get(),
                    basis: s.basis_text(),
                    basis_kind: Cow::Borrowed(basis_kind(&s.basis)),
                })
                .collect(),
            sections: report.sections().map(SectionDoc::from).collect(),
            missing: report.missing().collect(),
            insufficient_data: report.insufficient_data().collect(),
            action_plan: report
                .action_plan()
                .map(|a| ActionDoc {
                    number: a.item.number,
                    key: text(a.item.key),
                    title: text(a.item.title()),
                    score: a.score.get(),
                    gap: a.gap,
                    emphasis: a.emphasis.map(|e| Cow::Borrowed(e.id())),
                    next: a.next.to_string(),
                    distance: match a.next.needs {
                        crate::next_score::Needs::Range { distance, .. } => {
                            Some(super::fields::round_for_output(distance))
                        }
                        _ => None,
                    },
                })
                .collect(),
            assumed_conditions: report
                .assumed_conditions()
                .map(|(number, condition)| AssumedConditionDoc { number, condition: Cow::Borrowed(condition) })
                .collect(),
            rater_scores: None,
            disagreements: None,
            awaiting_consensus: None,
            agreement: None,
            modification: None,
        }
    }

    /// The response with what the raters gave, if there were raters.
    fn with_raters(mut self, raters: Option<RatersDoc>) -> Self {
        if let Some(raters) = raters {
            self.rater_scores = Some(raters.rater_scores);
            self.disagreements = Some(raters.disagreements);
            self.awaiting_consensus = Some(raters.awaiting_consensus);
            self.agreement = Some(raters.agreement);
        }
        self
    }
}

/// One item's scores from each rater, in a review with raters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct RaterScoresDoc {
    /// Item number.
    pub number: u8,
    /// Each rater's score, by name; `null` where a rater gave no evidence for the item.
    #[cfg_attr(feature = "ts", ts(as = "std::collections::HashMap<String, Option<u8>>"))]
    pub scores: Entries<Option<u8>>,
    /// The agreed score, or `null` while it awaits consensus.
    pub agreed: Option<u8>,
    /// `agreement` (every rater who scored the item gave this score), `consensus` or
    /// `awaiting_consensus`.
    pub from: Cow<'static, str>,
}

/// An item two or more raters scored differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct DisagreementDoc {
    /// Item number.
    pub number: u8,
    /// Each rater's score, by name; `null` where a rater gave no evidence for the item.
    #[cfg_attr(feature = "ts", ts(as = "std::collections::HashMap<String, Option<u8>>"))]
    pub scores: Entries<Option<u8>>,
    /// The largest difference between two raters' scores.
    pub difference: u8,
    /// Whether a consensus entry resolves it.
    pub resolved: bool,
    /// The consensus score, once agreed.
    pub consensus: Option<u8>,
    /// The consensus's reason, once agreed.
    pub reason: Option<String>,
}

/// How two raters agree over the items both scored ([`crate::agreement`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct AgreementDoc {
    /// The two raters, in request order.
    pub raters: Vec<String>,
    /// Items both scored.
    pub items: u16,
    /// Items they gave the same score.
    pub exact: u16,
    /// `exact / items`, or `null` with no items.
    pub exact_share: Option<f64>,
    /// Items whose scores differ by at most one point.
    pub within_one: u16,
    /// `within_one / items`, or `null` with no items.
    pub within_one_share: Option<f64>,
    /// Cohen's kappa with quadratic weights over the scores 1–5; `null` where it is undefined
    /// (no items, or both raters gave every item one and the same score).
    pub kappa: Option<f64>,
}

const fn basis_kind(basis: &Basis) -> &'static str {
    match basis {
        Basis::Rating => "rating",
        Basis::Anchor => "anchor",
        Basis::Interval { .. } => "interval",
        Basis::Count { .. } => "count",
        Basis::Clause(_) => "clause",
        Basis::InsufficientData => "insufficient_data",
        Basis::Consensus => "consensus",
    }
}

/// Total and band of one side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ReviewSummary {
    /// Whether every item has a score.
    pub complete: bool,
    /// Sum of the scored items.
    pub total: u16,
    /// Band id, or `null` while incomplete.
    pub band: Option<Cow<'static, str>>,
}

/// One item's change in a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ItemChangeDoc {
    /// Item number.
    pub number: u8,
    /// Earlier score, if scored.
    pub before: Option<u8>,
    /// Later score, if scored.
    pub after: Option<u8>,
    /// `after - before`, when both are scored.
    pub change: Option<i8>,
}

/// The answer to a `compare` request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CompareResponse {
    /// Scale id.
    pub scale: Cow<'static, str>,
    /// The earlier review.
    pub before: ReviewSummary,
    /// The later review.
    pub after: ReviewSummary,
    /// `after.total - before.total`.
    pub total_change: i32,
    /// Whether the band changed (including to or from no band).
    pub band_changed: bool,
    /// Every item's change, in order.
    pub items: Vec<ItemChangeDoc>,
}

impl CompareResponse {
    fn new(before: &ReviewReport<'_>, after: &ReviewReport<'_>, c: &ReviewComparison) -> Self {
        let summary = |r: &ReviewReport<'_>| ReviewSummary {
            complete: r.is_complete(),
            total: r.total(),
            band: r.band().map(|b| Cow::Owned(String::from(b.id))),
        };
        Self {
            scale: Cow::Owned(String::from(before.scale().id)),
            before: summary(before),
            after: summary(after),
            total_change: c.total_change(),
            band_changed: c.band_changed(),
            items: c
                .items()
                .map(|i| ItemChangeDoc {
                    number: i.number,
                    before: i.before.map(|s| s.get()),
                    after: i.after.map(|s| s.get()),
                    change: i.change(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_numbers_are_canonical() {
        assert_eq!(item_number("1"), Some(1));
        assert_eq!(item_number("25"), Some(25));
        assert_eq!(item_number("01"), None);
        assert_eq!(item_number("+1"), None);
        assert_eq!(item_number("1.0"), None);
        assert_eq!(item_number("0"), None);
        assert_eq!(item_number("256"), None);
        assert_eq!(item_number(""), None);
    }
}
