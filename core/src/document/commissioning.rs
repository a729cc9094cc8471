//! The commissioning operations of the document API: `kpis`, `schedule`,
//! `recommend_model` and `check_contract` — requests, their decoding, and responses.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::fields::{PeriodDoc, SourceDoc, join, whole};
use crate::commissioning::contract::{
    AwardBasis, ContractReport, ContractSpec, PaymentModel, Severity, TrainingCadence, check_contract,
};
use crate::commissioning::kpi::{
    ClientRecord, Counts, Job, KpiReport, ServiceFigures, Target, kpis_from_counts, kpis_from_records,
};
use crate::commissioning::model_choice::{Cohort, Integration, Need, PopulationGroup, Recommendation, recommend};
use crate::commissioning::returns::{Account, Definition, Denominator, PeriodReturn, SustainedRule, period_return};
use crate::commissioning::schedule::{
    ExternalReview, InternalAssessment, NextReview, ReviewHistory, ReviewOutcome, Schedule,
};
use crate::commissioning::{BenchmarkSetId, Date, Model, date_text, hours_a_week, parse_date};
use crate::error::Error;

// ---------------------------------------------------------------------------------------
// Requests

/// A `kpis` request: counts, or client records read as of a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct KpisRequest {
    /// `ips` or `seqf`.
    pub model: String,
    /// `commissioning_guide_2024` or `fidelity_guidance_2024`.
    pub benchmarks: String,
    /// The counts, when computed from counts.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub counts: Option<CountsDoc>,
    /// The date the records are read as of (`YYYY-MM-DD`), with `records`.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub as_of: Option<String>,
    /// The client records, when computed from records.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub records: Option<Vec<RecordDoc>>,
    /// Caseloads and unit cost, with `records`.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub figures: Option<FiguresDoc>,
    /// With `records`, instead of `as_of`: a reporting period, whose events the KPIs count
    /// ([`crate::commissioning::returns`]).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub period: Option<PeriodDoc>,
    /// With `period`: the outcome definitions (default: the benchmark set's).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub definition: Option<DefinitionDoc>,
}

/// A period return's outcome definitions: a preset, and any of its parts changed.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct DefinitionDoc {
    /// The definitions to start from: `commissioning_guide_2024` or `fidelity_guidance_2024`
    /// (default: the request's `benchmarks`): all starters, any paid work, still in work at
    /// the set's sustainment horizon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub preset: Option<String>,
    /// Who is in the job entry denominator: `all_starters` or `out_of_work_at_start`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub denominator: Option<String>,
    /// The least hours a week of a job that counts as a job entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub job_entry_min_hours: Option<f64>,
    /// Sustained: in work this many weeks after the job entry (alone), or for this many of
    /// `sustained_of_weeks` weeks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub sustained_weeks: Option<f64>,
    /// With `sustained_weeks`: the weeks after the job entry looked at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub sustained_of_weeks: Option<f64>,
}

impl DefinitionDoc {
    /// The definitions: the preset's (or `set`'s), with the parts given changed.
    ///
    /// # Errors
    /// An unknown preset or denominator, hours below 0, weeks that are not whole numbers from
    /// 1 to 520 or more than the weeks looked at; fields named under `definition`.
    pub fn definition(&self, set: BenchmarkSetId, model: Model) -> Result<Definition, Error> {
        let preset = match &self.preset {
            Some(id) => BenchmarkSetId::from_id(id, "definition.preset")?,
            None => set,
        };
        let mut definition = Definition::preset(preset, model);
        if let Some(id) = &self.denominator {
            definition.denominator = Denominator::from_id(id, "definition.denominator")?;
        }
        definition.job_entry_min_hours = self.job_entry_min_hours.or(definition.job_entry_min_hours);
        let weeks = |value: f64, key: &str| {
            let n = whole(value, || join("definition", key), "a whole number of weeks from 1 to 520", 520)?;
            u16::try_from(n).map_err(|_| Error::Internal { detail: format!("{n} passed a check for 0 to 520") })
        };
        definition.sustained = match (self.sustained_weeks, self.sustained_of_weeks) {
            (Some(w), None) => SustainedRule::StillInWorkAfter { weeks: weeks(w, "sustained_weeks")? },
            (Some(w), Some(of)) => SustainedRule::InWorkWeeksOf {
                weeks: weeks(w, "sustained_weeks")?,
                of: weeks(of, "sustained_of_weeks")?,
            },
            (None, Some(_)) => return Err(Error::MissingField { field: String::from("definition.sustained_weeks") }),
            (None, None) => definition.sustained,
        };
        definition.validate("definition")?;
        Ok(definition)
    }
}

/// A `kpis` request's counts (whole numbers of people, nested: sustained ≤ entrants past
/// the horizon ≤ job entries ≤ starts ≤ referrals), and optional service figures.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CountsDoc {
    /// People referred.
    pub referrals: f64,
    /// People who started.
    pub starts: f64,
    /// Starters who entered paid work.
    pub job_entries: f64,
    /// Job entrants whose job began at least the set's horizon ago (defaults to `job_entries`).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub entrants_past_horizon: Option<f64>,
    /// Job entrants still in work past the horizon.
    pub sustained: f64,
    /// Active caseload per employment specialist.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub caseload: Option<f64>,
    /// Active caseload per senior employment specialist.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub senior_caseload: Option<f64>,
    /// Cost per participant, in pounds.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub unit_cost: Option<f64>,
}

/// A `kpis` request's service figures, with records.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct FiguresDoc {
    /// Active caseload per employment specialist.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub caseload: Option<f64>,
    /// Active caseload per senior employment specialist.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub senior_caseload: Option<f64>,
    /// Cost per participant, in pounds.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub unit_cost: Option<f64>,
}

/// One client's record.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct RecordDoc {
    /// The record's id, unique within the request.
    pub id: String,
    /// Date of referral.
    pub referral: String,
    /// Date the client started, or `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub start: Option<String>,
    /// Paid jobs since the start.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Vec<JobDoc>>"))]
    pub jobs: Vec<JobDoc>,
    /// Raw SWEMWBS total (7–35) at the start of support, or `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub swemwbs_start: Option<f64>,
    /// Raw SWEMWBS total (7–35) at the end of support, or `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub swemwbs_end: Option<f64>,
    /// Whether the client was out of work at the start (a period return may count only them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub out_of_work_at_start: Option<bool>,
}

/// One paid job in a record.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct JobDoc {
    /// The job's first day.
    pub start: String,
    /// Its last day, or `null` while it lasts.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub end: Option<String>,
    /// Hours a week, 0 or more (a period return may count only jobs of some hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub hours_per_week: Option<f64>,
}

/// A `schedule` request: a service's review history, read on a date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ScheduleRequest {
    /// `ips` or `seqf`.
    pub model: String,
    /// The date the service started.
    pub service_start: String,
    /// The date to read the schedule on.
    pub as_of: String,
    /// External fidelity reviews.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Vec<ExternalReviewEntry>>"))]
    pub external_reviews: Vec<ExternalReviewEntry>,
    /// Internal self-assessments.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Vec<InternalAssessmentEntry>>"))]
    pub internal_assessments: Vec<InternalAssessmentEntry>,
}

/// An external review in a `schedule` request.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ExternalReviewEntry {
    /// The review's date.
    pub date: String,
    /// An IPS band (`exemplary`, `good`, `fair`, `not_supported_employment`) or an SEQF level
    /// (`excellent`, `good`, `not_accredited`).
    pub outcome: String,
}

/// An internal self-assessment in a `schedule` request.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct InternalAssessmentEntry {
    /// The assessment's date.
    pub date: String,
    /// Whether it was scored.
    pub scored: bool,
    /// Whether it gave an action plan.
    pub action_plan: bool,
}

/// A `recommend_model` request.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct RecommendModelRequest {
    /// The cohort's groups: `severe_mental_illness`, `mental_health`, `physical_health`,
    /// `learning_disability`, `autism`, `substance_misuse`, `housing_insecurity`, `ex_offenders`.
    pub groups: Vec<String>,
    /// `needed_and_possible`, `possible_not_needed`, `not_necessary` or `not_possible`.
    pub integration: String,
    /// `low`, `moderate` or `high`.
    pub need: String,
}

/// A `check_contract` request.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ContractRequest {
    /// The benchmark set to check against.
    pub benchmarks: String,
    /// The draft specification.
    pub contract: ContractDoc,
}

/// A draft contract specification: every field but `model` optional; rates are fractions
/// from 0 to 1 (see [`ContractSpec`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ContractDoc {
    /// `ips` or `seqf`.
    pub model: String,
    /// Contract length in months.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub length_months: Option<f64>,
    /// Whether it may be extended.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub extension_option: Option<bool>,
    /// Cost per participant, in pounds.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub unit_cost: Option<f64>,
    /// The most clients per employment specialist.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub caseload_max: Option<f64>,
    /// The most clients per senior employment specialist.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub senior_caseload_max: Option<f64>,
    /// Months of support out of work.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub out_of_work_support_months: Option<f64>,
    /// Months of support in work.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub in_work_support_months: Option<f64>,
    /// Target share of referrals who start.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub access_target: Option<f64>,
    /// Target share of starters who enter paid work.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub job_entry_target: Option<f64>,
    /// Target share of job entrants still in work past the horizon.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub sustainment_target: Option<f64>,
    /// The sustainment horizon in weeks.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub sustainment_weeks: Option<f64>,
    /// Whether each client's wellbeing is measured at the start and end of support (SWEMWBS).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub wellbeing_measured: Option<bool>,
    /// `block`, `mixed` or `outcome_based`.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub payment_model: Option<String>,
    /// `quality`, `quality_and_price` or `price`.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub award_basis: Option<String>,
    /// Whether bids may discount the price.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub price_discounting: Option<bool>,
    /// Whether the procurement has a dialogue stage.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dialogue_stage: Option<bool>,
    /// Whether there is a steering group.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub steering_group: Option<bool>,
    /// Whether people with lived experience sit on it.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub lived_experience_on_steering_group: Option<bool>,
    /// Months from the start to the first external review.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub first_external_review_months: Option<f64>,
    /// Months between external reviews.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub external_review_interval_months: Option<f64>,
    /// Months between internal self-assessments.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub internal_assessment_interval_months: Option<f64>,
    /// How often staff are trained: `weekly`, `monthly`, `quarterly`, `six_monthly`,
    /// `annually` or `none`.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub training: Option<String>,
}

const PEOPLE: &str = "a whole number of people, 0 or more";

fn date(text: &str, field: &str) -> Result<Date, Error> {
    parse_date(text, field)
}

fn optional_date(text: Option<&String>, field: impl FnOnce() -> String) -> Result<Option<Date>, Error> {
    text.map(|t| date(t, &field())).transpose()
}

impl CountsDoc {
    fn counts(&self) -> Result<Counts, Error> {
        let count = |value: f64, key: &str| whole(value, || join("counts", key), PEOPLE, u32::MAX);
        Ok(Counts {
            referrals: count(self.referrals, "referrals")?,
            starts: count(self.starts, "starts")?,
            job_entries: count(self.job_entries, "job_entries")?,
            entrants_past_horizon: self.entrants_past_horizon.map(|v| count(v, "entrants_past_horizon")).transpose()?,
            sustained: count(self.sustained, "sustained")?,
            caseload: self.caseload,
            senior_caseload: self.senior_caseload,
            unit_cost: self.unit_cost,
        })
    }
}

impl RecordDoc {
    /// Every record, typed ([`RecordDoc::record`]).
    fn typed(records: &[Self]) -> Result<Vec<ClientRecord>, Error> {
        let mut typed = Vec::with_capacity(records.len());
        for (i, r) in records.iter().enumerate() {
            typed.push(r.record(i)?);
        }
        Ok(typed)
    }

    /// The typed record; errors name it by id (`records[c01].jobs[0].end`), or by position
    /// (`records[3].id`) when its id is empty.
    fn record(&self, index: usize) -> Result<ClientRecord, Error> {
        if self.id.is_empty() {
            return Err(Error::ValueOutOfRange {
                field: format!("records[{index}].id"),
                value: 0.0,
                accepted: "a non-empty id",
            });
        }
        let at = format!("records[{}]", self.id);
        let field = |key: &str| join(&at, key);
        let swemwbs = |value: Option<f64>, key: &str| -> Result<Option<u8>, Error> {
            value
                .map(|v| whole(v, || field(key), "a raw SWEMWBS total, a whole number from 7 to 35", 35))
                .transpose()
                .map(|v| v.and_then(|n| u8::try_from(n).ok()))
        };
        let referral = date(&self.referral, &field("referral"))?;
        let start = optional_date(self.start.as_ref(), || field("start"))?;
        let mut jobs = Vec::with_capacity(self.jobs.len());
        for (j, job) in self.jobs.iter().enumerate() {
            let job_at = format!("{at}.jobs[{j}]");
            jobs.push(Job {
                start: date(&job.start, &join(&job_at, "start"))?,
                end: optional_date(job.end.as_ref(), || join(&job_at, "end"))?,
                hours_per_week: job
                    .hours_per_week
                    .map(|h| hours_a_week(h, || join(&job_at, "hours_per_week")))
                    .transpose()?,
            });
        }
        Ok(ClientRecord {
            id: self.id.clone(),
            referral,
            start,
            jobs,
            swemwbs_start: swemwbs(self.swemwbs_start, "swemwbs_start")?,
            swemwbs_end: swemwbs(self.swemwbs_end, "swemwbs_end")?,
            out_of_work_at_start: self.out_of_work_at_start,
        })
    }
}

impl FiguresDoc {
    const fn figures(self) -> ServiceFigures {
        ServiceFigures { caseload: self.caseload, senior_caseload: self.senior_caseload, unit_cost: self.unit_cost }
    }
}

impl KpisRequest {
    /// Answers the request.
    ///
    /// # Errors
    /// An unknown model or benchmark set; counts and records together or neither; every
    /// fault of the counts or records, naming its field.
    pub fn answer(&self) -> Result<KpisResponse, Error> {
        let model = Model::from_id(&self.model, "model")?;
        let benchmarks = BenchmarkSetId::from_id(&self.benchmarks, "benchmarks")?;
        let report = match (&self.counts, &self.records, &self.period) {
            (Some(counts), None, _) => {
                if let Some(key) = [
                    ("as_of", self.as_of.is_some()),
                    ("figures", self.figures.is_some()),
                    ("period", self.period.is_some()),
                    ("definition", self.definition.is_some()),
                ]
                .into_iter()
                .find_map(|(key, given)| given.then_some(key))
                {
                    return Err(Error::UnknownField {
                        field: String::from(key),
                        accepted: String::from("operation, version, model, benchmarks, counts"),
                    });
                }
                kpis_from_counts(benchmarks, model, &counts.counts()?)?
            }
            (None, Some(records), Some(period)) => {
                if self.as_of.is_some() {
                    return Err(Error::ConflictingEvidence {
                        field: String::from("request"),
                        first: String::from("as_of"),
                        second: String::from("period"),
                    });
                }
                let period = period.period()?;
                let definition = match &self.definition {
                    Some(doc) => doc.definition(benchmarks, model)?,
                    None => Definition::preset(benchmarks, model),
                };
                let figures = self.figures.unwrap_or_default().figures();
                let typed = RecordDoc::typed(records)?;
                let returned = period_return(benchmarks, model, period.from, period.to, &typed, &definition, &figures)?;
                return Ok(KpisResponse::from_period_return(&returned));
            }
            (None, Some(records), None) => {
                if self.definition.is_some() {
                    return Err(Error::UnknownField {
                        field: String::from("definition"),
                        accepted: String::from("definition only with period"),
                    });
                }
                let Some(as_of) = &self.as_of else {
                    return Err(Error::MissingField { field: String::from("as_of") });
                };
                let as_of = date(as_of, "as_of")?;
                let figures = self.figures.unwrap_or_default().figures();
                let typed = RecordDoc::typed(records)?;
                kpis_from_records(benchmarks, model, as_of, &typed, &figures)?
            }
            (Some(_), Some(_), _) => {
                return Err(Error::ConflictingEvidence {
                    field: String::from("request"),
                    first: String::from("counts"),
                    second: String::from("records"),
                });
            }
            (None, None, _) => {
                return Err(Error::EmptyEvidence {
                    field: String::from("request"),
                    accepted: "counts, or records with as_of or with period (and optional figures)",
                });
            }
        };
        Ok(KpisResponse::from_report(&report))
    }
}

impl ScheduleRequest {
    /// Answers the request.
    ///
    /// # Errors
    /// An unknown model, a date that is not a calendar date, an outcome of another model,
    /// dates out of order.
    pub fn answer(&self) -> Result<ScheduleResponse, Error> {
        let model = Model::from_id(&self.model, "model")?;
        let service_start = date(&self.service_start, "service_start")?;
        let as_of = date(&self.as_of, "as_of")?;
        let mut external = Vec::with_capacity(self.external_reviews.len());
        for (i, r) in self.external_reviews.iter().enumerate() {
            let at = format!("external_reviews[{i}]");
            external.push(ExternalReview {
                date: date(&r.date, &join(&at, "date"))?,
                outcome: ReviewOutcome::from_id(model, &r.outcome, &join(&at, "outcome"))?,
            });
        }
        let mut internal = Vec::with_capacity(self.internal_assessments.len());
        for (i, a) in self.internal_assessments.iter().enumerate() {
            internal.push(InternalAssessment {
                date: date(&a.date, &format!("internal_assessments[{i}].date"))?,
                scored: a.scored,
                action_plan: a.action_plan,
            });
        }
        let history = ReviewHistory { model, service_start, external, internal };
        Ok(ScheduleResponse::from_schedule(&history.schedule(as_of)?))
    }
}

/// One of a fixed set of ids, as `all` lists them.
fn choice<T: Copy>(
    given: &str,
    field: impl FnOnce() -> String,
    all: &[T],
    id: fn(T) -> &'static str,
) -> Result<T, Error> {
    all.iter().copied().find(|v| id(*v) == given).ok_or_else(|| Error::UnknownValue {
        field: field(),
        value: String::from(given),
        accepted: all.iter().map(|v| id(*v)).collect::<Vec<_>>().join(", "),
    })
}

impl RecommendModelRequest {
    /// The cohort.
    ///
    /// # Errors
    /// No groups, an unknown or repeated group, an unknown integration or need.
    pub fn cohort(&self) -> Result<Cohort, Error> {
        if self.groups.is_empty() {
            return Err(Error::EmptyEvidence {
                field: String::from("groups"),
                accepted: "at least one of severe_mental_illness, mental_health, physical_health, learning_disability, \
                           autism, substance_misuse, housing_insecurity, ex_offenders",
            });
        }
        let mut groups = Vec::with_capacity(self.groups.len());
        for (i, g) in self.groups.iter().enumerate() {
            let group = choice(g, || format!("groups[{i}]"), &PopulationGroup::ALL, PopulationGroup::id)?;
            if groups.contains(&group) {
                return Err(Error::DuplicateComponent { field: format!("groups[{i}]"), component: group.id().into() });
            }
            groups.push(group);
        }
        Ok(Cohort {
            groups,
            integration: choice(&self.integration, || String::from("integration"), &Integration::ALL, Integration::id)?,
            need: choice(&self.need, || String::from("need"), &Need::ALL, Need::id)?,
        })
    }

    /// Answers the request.
    ///
    /// # Errors
    /// As [`RecommendModelRequest::cohort`].
    pub fn answer(&self) -> Result<RecommendationResponse, Error> {
        Ok((&recommend(&self.cohort()?)).into())
    }

    /// The request for a cohort.
    #[must_use]
    pub fn of(cohort: &Cohort) -> Self {
        Self {
            groups: cohort.groups.iter().map(|g| String::from(g.id())).collect(),
            integration: String::from(cohort.integration.id()),
            need: String::from(cohort.need.id()),
        }
    }
}

impl ContractDoc {
    /// The typed specification.
    ///
    /// # Errors
    /// Every value out of its range, naming its field (`contract.unit_cost`).
    pub fn spec(&self) -> Result<ContractSpec, Error> {
        const RATE: &str = "a fraction from 0 to 1 (0.7 for 70%)";
        const WEEKS: &str = "a whole number of weeks from 1 to 520";
        let field = |key: &str| join("contract", key);
        let months = |v: Option<f64>, key: &str| -> Result<Option<u16>, Error> {
            v.map(|v| whole(v, || field(key), "a whole number of months from 0 to 600", 600))
                .transpose()
                .map(|v| v.and_then(|n| u16::try_from(n).ok()))
        };
        let small_months = |v: Option<f64>, key: &str| -> Result<Option<u8>, Error> {
            v.map(|v| whole(v, || field(key), "a whole number of months from 0 to 120", 120))
                .transpose()
                .map(|v| v.and_then(|n| u8::try_from(n).ok()))
        };
        let rate = |v: Option<f64>, key: &str| -> Result<Option<f64>, Error> {
            v.map(|value| crate::error::from_zero_to(value, 1.0, RATE).map_err(|e| e.at(field(key)))).transpose()
        };
        let amount = |v: Option<f64>, key: &str, accepted: &'static str| -> Result<Option<f64>, Error> {
            match v {
                Some(value) if value < 0.0 => Err(Error::NegativeValue { field: field(key), value, accepted }),
                other => Ok(other),
            }
        };
        let weeks = match self.sustainment_weeks {
            None => None,
            Some(v) => match whole(v, || field("sustainment_weeks"), WEEKS, 520)? {
                0 => {
                    return Err(Error::ValueOutOfRange {
                        field: field("sustainment_weeks"),
                        value: 0.0,
                        accepted: WEEKS,
                    });
                }
                n => u16::try_from(n).ok(),
            },
        };
        Ok(ContractSpec {
            model: Model::from_id(&self.model, &field("model"))?,
            length_months: months(self.length_months, "length_months")?,
            extension_option: self.extension_option,
            unit_cost: amount(self.unit_cost, "unit_cost", "a cost per participant in pounds, 0 or more")?,
            caseload_max: amount(self.caseload_max, "caseload_max", "a caseload, 0 or more clients")?,
            senior_caseload_max: amount(
                self.senior_caseload_max,
                "senior_caseload_max",
                "a caseload, 0 or more clients",
            )?,
            out_of_work_support_months: small_months(self.out_of_work_support_months, "out_of_work_support_months")?,
            in_work_support_months: small_months(self.in_work_support_months, "in_work_support_months")?,
            access_target: rate(self.access_target, "access_target")?,
            job_entry_target: rate(self.job_entry_target, "job_entry_target")?,
            sustainment_target: rate(self.sustainment_target, "sustainment_target")?,
            sustainment_weeks: weeks,
            wellbeing_measured: self.wellbeing_measured,
            payment_model: self
                .payment_model
                .as_deref()
                .map(|s| PaymentModel::from_id(s, &field("payment_model")))
                .transpose()?,
            award_basis: self
                .award_basis
                .as_deref()
                .map(|s| AwardBasis::from_id(s, &field("award_basis")))
                .transpose()?,
            price_discounting: self.price_discounting,
            dialogue_stage: self.dialogue_stage,
            steering_group: self.steering_group,
            lived_experience_on_steering_group: self.lived_experience_on_steering_group,
            first_external_review_months: months(self.first_external_review_months, "first_external_review_months")?,
            external_review_interval_months: months(
                self.external_review_interval_months,
                "external_review_interval_months",
            )?,
            internal_assessment_interval_months: months(
                self.internal_assessment_interval_months,
                "internal_assessment_interval_months",
            )?,
            training: self.training.as_deref().map(|s| TrainingCadence::from_id(s, &field("training"))).transpose()?,
        })
    }
}

impl ContractRequest {
    /// Answers the request.
    ///
    /// # Errors
    /// An unknown benchmark set, and every fault of the specification.
    pub fn answer(&self) -> Result<ContractResponse, Error> {
        let benchmarks = BenchmarkSetId::from_id(&self.benchmarks, "benchmarks")?;
        Ok((&check_contract(&self.contract.spec()?, benchmarks)).into())
    }
}

// ---------------------------------------------------------------------------------------
// Responses

/// One KPI in a response.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct KpiDoc {
    /// KPI id.
    pub kpi: String,
    /// The value (rates as fractions), or `null` when not measurable.
    pub value: Option<f64>,
    /// Count over the denominator, for rates.
    pub numerator: Option<u32>,
    /// Denominator, for rates.
    pub denominator: Option<u32>,
    /// `at_least`, `at_most`, `between` or `around`; `null` without a target.
    pub comparison: Option<String>,
    /// The target (the lower end for `between`).
    pub target: Option<f64>,
    /// The upper end for `between`.
    pub target_max: Option<f64>,
    /// `met`, `not_met`, `not_measurable` or `not_judged`.
    pub status: String,
    /// Whether the target is met; `null` when not judged or not measurable.
    pub met: Option<bool>,
    /// How far on the good side of the target (negative when short).
    pub margin: Option<f64>,
    /// Where the target is printed.
    pub source: Option<SourceDoc>,
}

/// Counts derived from client records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecordSummaryDoc {
    /// The date the records were read as of.
    pub as_of: String,
    /// Records.
    pub referrals: u32,
    /// Records with a start date.
    pub starts: u32,
    /// Records with at least one job.
    pub job_entries: u32,
    /// Job entrants whose horizon has passed.
    pub entrants_past_horizon: u32,
    /// Of those, in work past the horizon.
    pub sustained: u32,
    /// Job entrants excluded: horizon not yet passed.
    pub awaiting_horizon: u32,
}

/// The answer to `kpis`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct KpisResponse {
    /// The model.
    pub model: String,
    /// The benchmark set used.
    pub benchmarks: String,
    /// The set's sustainment horizon in weeks.
    pub horizon_weeks: u16,
    /// The KPIs.
    pub kpis: Vec<KpiDoc>,
    /// Counts derived from records, when given records and `as_of`.
    pub records: Option<RecordSummaryDoc>,
    /// With a reporting period: the period.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub period: Option<PeriodDoc>,
    /// With a reporting period: the outcome definitions used.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub definition: Option<DefinitionUsedDoc>,
    /// With a reporting period: the records behind `access`, `job_entry`, `sustainment`,
    /// `wellbeing_measured_at_start` and `wellbeing_change`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub accounts: Option<Vec<AccountDoc>>,
}

/// The outcome definitions a period return used.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DefinitionUsedDoc {
    /// Whether they are the benchmark set's own (both presets are, for a model): only then
    /// are the job entry and sustainment rates judged against its targets.
    pub as_benchmarks: bool,
    /// `all_starters` or `out_of_work_at_start`.
    pub denominator: String,
    /// The least hours a week of a job entry, or `null` for any paid work.
    pub job_entry_min_hours: Option<f64>,
    /// `still_in_work_after` (in work `sustained_weeks` after the job entry) or
    /// `in_work_weeks_of` (in work `sustained_weeks` of `sustained_of_weeks`).
    pub sustained: String,
    /// The weeks in work.
    pub sustained_weeks: u16,
    /// The weeks looked at.
    pub sustained_of_weeks: u16,
}

/// The records behind one KPI of a period return. For `wellbeing_change`, a mean, the
/// denominator is the records averaged and the numerator is empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AccountDoc {
    /// The KPI.
    pub kpi: String,
    /// The ids of the records in the numerator.
    pub numerator: Vec<String>,
    /// The ids of the records in the denominator.
    pub denominator: Vec<String>,
    /// The records in neither, each with the reason.
    pub left_out: Vec<AccountLeftOutDoc>,
}

/// A record in neither the numerator nor the denominator of a KPI, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AccountLeftOutDoc {
    /// The record's id.
    pub id: String,
    /// Why, e.g. `start_outside_period`.
    pub reason: String,
}

impl KpisResponse {
    /// The response for a period return.
    #[must_use]
    pub fn from_period_return(r: &PeriodReturn<'_>) -> Self {
        let (weeks, of) = match r.definition.sustained {
            SustainedRule::StillInWorkAfter { weeks } => (weeks, weeks),
            SustainedRule::InWorkWeeksOf { weeks, of } => (weeks, of),
        };
        let account = |a: &Account<'_>| AccountDoc {
            kpi: a.kpi.id().into(),
            numerator: a.numerator.iter().map(|id| String::from(*id)).collect(),
            denominator: a.denominator.iter().map(|id| String::from(*id)).collect(),
            left_out: a
                .left_out
                .iter()
                .map(|(id, reason)| AccountLeftOutDoc { id: String::from(*id), reason: reason.id().into() })
                .collect(),
        };
        Self {
            period: Some(PeriodDoc { from: date_text(r.from), to: date_text(r.to) }),
            definition: Some(DefinitionUsedDoc {
                as_benchmarks: r.definition == Definition::preset(r.report.set.id, r.report.set.model),
                denominator: r.definition.denominator.id().into(),
                job_entry_min_hours: r.definition.job_entry_min_hours,
                sustained: r.definition.sustained.id().into(),
                sustained_weeks: weeks,
                sustained_of_weeks: of,
            }),
            accounts: Some(r.accounts.iter().map(account).collect()),
            ..Self::from_report(&r.report)
        }
    }
}

impl KpisResponse {
    /// The response for a report.
    #[must_use]
    pub fn from_report(report: &KpiReport) -> Self {
        let kpis = report
            .kpis
            .iter()
            .map(|k| {
                let (comparison, target, target_max) = match k.target {
                    None => (None, None, None),
                    Some(t @ (Target::AtLeast(v) | Target::AtMost(v) | Target::Around(v))) => {
                        (Some(t.comparison().into()), Some(v), None)
                    }
                    Some(t @ Target::Between(lo, hi)) => (Some(t.comparison().into()), Some(lo), Some(hi)),
                };
                KpiDoc {
                    kpi: k.id.id().into(),
                    value: k.value.map(super::fields::round_for_output),
                    numerator: k.numerator,
                    denominator: k.denominator,
                    comparison,
                    target,
                    target_max,
                    status: k.status.id().into(),
                    met: match k.status {
                        crate::commissioning::kpi::KpiStatus::Met => Some(true),
                        crate::commissioning::kpi::KpiStatus::NotMet => Some(false),
                        _ => None,
                    },
                    margin: k.margin.map(super::fields::round_for_output),
                    source: k.provenance.map(SourceDoc::from),
                }
            })
            .collect();
        Self {
            model: report.set.model.id().into(),
            benchmarks: report.set.id.id().into(),
            horizon_weeks: report.set.sustainment.value.horizon_weeks,
            kpis,
            records: report.records.map(|s| RecordSummaryDoc {
                as_of: date_text(s.as_of),
                referrals: s.referrals,
                starts: s.starts,
                job_entries: s.job_entries,
                entrants_past_horizon: s.entrants_past_horizon,
                sustained: s.sustained,
                awaiting_horizon: s.awaiting_horizon,
            }),
            period: None,
            definition: None,
            accounts: None,
        }
    }
}

/// One next review in a `schedule` response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NextReviewDoc {
    /// `external` or `internal`.
    pub kind: String,
    /// The due date, or `null` where the sources set none.
    pub due: Option<String>,
    /// Whether it is overdue on `as_of`.
    pub overdue: bool,
    /// Days past due on `as_of`.
    pub days_overdue: i32,
    /// Why, in words.
    pub reason: String,
    /// Where the rule is printed.
    pub source: SourceDoc,
}

impl From<&NextReview> for NextReviewDoc {
    fn from(r: &NextReview) -> Self {
        Self {
            kind: r.kind.id().into(),
            due: r.due.map(date_text),
            overdue: r.is_overdue(),
            days_overdue: r.days_overdue,
            reason: r.reason.into(),
            source: r.provenance.into(),
        }
    }
}

/// The latest external review in a `schedule` response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExternalReviewDoc {
    /// Its date.
    pub date: String,
    /// Its outcome id.
    pub outcome: String,
}

/// The answer to `schedule`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScheduleResponse {
    /// The model.
    pub model: String,
    /// The date read on.
    pub as_of: String,
    /// The latest external review, if any.
    pub latest_external: Option<ExternalReviewDoc>,
    /// The next external review.
    pub next_external: NextReviewDoc,
    /// The next internal self-assessment.
    pub next_internal: NextReviewDoc,
    /// The next quality-assurance review of the Trust's own (IPS; `003`, item 11).
    pub next_trust_quality_assurance: NextReviewDoc,
    /// Kinds overdue on `as_of`.
    pub overdue: Vec<String>,
    /// Dates of internal self-assessments that do not count (not scored or no action plan).
    pub not_counted: Vec<String>,
}

impl ScheduleResponse {
    /// The response for a schedule.
    #[must_use]
    pub fn from_schedule(s: &Schedule) -> Self {
        Self {
            model: s.model.id().into(),
            as_of: date_text(s.as_of),
            latest_external: s
                .latest_external
                .map(|r| ExternalReviewDoc { date: date_text(r.date), outcome: r.outcome.id().into() }),
            next_external: (&s.next_external).into(),
            next_internal: (&s.next_internal).into(),
            next_trust_quality_assurance: (&s.next_trust_quality_assurance).into(),
            overdue: s.overdue().map(|r| r.kind.id().into()).collect(),
            not_counted: s.not_counted.iter().map(|d| date_text(*d)).collect(),
        }
    }
}

/// One reason in a `recommend_model` response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReasonDoc {
    /// The reason.
    pub text: String,
    /// Where the sources say it; `null` for this library's own note where they are silent.
    pub source: Option<SourceDoc>,
}

/// The answer to `recommend_model`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecommendationResponse {
    /// `ips`, `seqf`, or `null` where the sources name no model.
    pub model: Option<String>,
    /// `right_model`, `might_be_considered` or `no_rule`.
    pub strength: String,
    /// Why.
    pub reasons: Vec<ReasonDoc>,
}

impl From<&Recommendation> for RecommendationResponse {
    fn from(r: &Recommendation) -> Self {
        Self {
            model: r.model.map(|m| m.id().into()),
            strength: r.strength.id().into(),
            reasons: r
                .reasons
                .iter()
                .map(|x| ReasonDoc { text: x.text.into(), source: x.provenance.map(SourceDoc::from) })
                .collect(),
        }
    }
}

/// One finding in a `check_contract` response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FindingDoc {
    /// Stable rule id.
    pub rule: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// The contract field concerned.
    pub field: String,
    /// What was found.
    pub message: String,
    /// Where the rule is printed.
    pub source: SourceDoc,
}

/// The number of findings of each severity in a `check_contract` answer. The fields are in
/// alphabetical order, the order the response has always listed them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SeverityCountsDoc {
    /// `error` findings.
    pub error: usize,
    /// `info` findings.
    pub info: usize,
    /// `warning` findings.
    pub warning: usize,
}

/// The answer to `check_contract`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ContractResponse {
    /// The model.
    pub model: String,
    /// The benchmark set used.
    pub benchmarks: String,
    /// Findings, most severe first.
    pub findings: Vec<FindingDoc>,
    /// Number of findings of each severity: `error`, `warning`, `info`.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, number>"))]
    pub counts: SeverityCountsDoc,
    /// Contract fields not stated, whose rules did not run.
    pub not_checked: Vec<String>,
}

impl From<&ContractReport> for ContractResponse {
    fn from(r: &ContractReport) -> Self {
        let count = |severity: Severity| r.findings.iter().filter(|f| f.severity == severity).count();
        let counts = SeverityCountsDoc {
            error: count(Severity::Error),
            info: count(Severity::Info),
            warning: count(Severity::Warning),
        };
        Self {
            model: r.model.id().into(),
            benchmarks: r.set.id().into(),
            findings: r
                .findings
                .iter()
                .map(|f| FindingDoc {
                    rule: f.rule.into(),
                    severity: f.severity.id().into(),
                    field: f.field.into(),
                    message: f.message.to_string(),
                    source: f.provenance.into(),
                })
                .collect(),
            counts,
            not_checked: r.not_checked.iter().map(|f| String::from(*f)).collect(),
        }
    }
}
