//! The commissioning operations of the document API: `kpis`, `schedule`,
//! `recommend_model` and `check_contract` — requests, their decoding, and responses.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::BoxedError;
use super::decode::{Object, boolean, choice, each, number, string, whole};
use super::json::Json;
use crate::commissioning::contract::{
    AwardBasis, ContractReport, ContractSpec, PaymentModel, Severity, TrainingCadence, check_contract,
};
use crate::commissioning::kpi::{
    ClientRecord, Counts, Job, KpiReport, ServiceFigures, Target, kpis_from_counts, kpis_from_records,
};
use crate::commissioning::model_choice::{Cohort, Integration, Need, PopulationGroup, Recommendation, recommend};
use crate::commissioning::schedule::{
    ExternalReview, InternalAssessment, NextReview, ReviewHistory, ReviewOutcome, Schedule,
};
use crate::commissioning::{BenchmarkSetId, Date, Model, date_text, parse_date};
use crate::error::Error;
use crate::source::Provenance;

// ---------------------------------------------------------------------------------------
// Requests

/// A `kpis` request: counts, or client records read as of a date.
#[derive(Debug, Clone, PartialEq)]
pub struct KpisRequest {
    /// The model.
    pub model: Model,
    /// The benchmark set.
    pub benchmarks: BenchmarkSetId,
    /// Counts or records.
    pub input: KpiInput,
}

/// What a `kpis` request is computed from.
#[derive(Debug, Clone, PartialEq)]
pub enum KpiInput {
    /// `"counts": {...}`.
    Counts(Counts),
    /// `"as_of"`, `"records": [...]` and optional `"figures"`.
    Records {
        /// The date the records are read as of.
        as_of: Date,
        /// The client records.
        records: Vec<ClientRecord>,
        /// Caseloads and unit cost.
        figures: ServiceFigures,
    },
}

/// A `schedule` request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRequest {
    /// The service's review history.
    pub history: ReviewHistory,
    /// The date to read the schedule on.
    pub as_of: Date,
}

/// A `check_contract` request.
#[derive(Debug, Clone, PartialEq)]
pub struct ContractRequest {
    /// The benchmark set to check against.
    pub benchmarks: BenchmarkSetId,
    /// The draft specification.
    pub contract: ContractSpec,
}

fn model(obj: &Object<'_>) -> Result<Model, BoxedError> {
    let path = obj.path_of("model");
    Ok(Model::from_id(string(obj.require("model")?, path.clone())?, &path)?)
}

fn benchmarks(obj: &Object<'_>) -> Result<BenchmarkSetId, BoxedError> {
    let path = obj.path_of("benchmarks");
    Ok(BenchmarkSetId::from_id(string(obj.require("benchmarks")?, path.clone())?, &path)?)
}

fn date(json: &Json, field: String) -> Result<Date, BoxedError> {
    Ok(parse_date(string(json, field.clone())?, &field)?)
}

fn optional_date(json: &Json, field: String) -> Result<Option<Date>, BoxedError> {
    match json {
        Json::Null => Ok(None),
        other => date(other, field).map(Some),
    }
}

fn count(obj: &Object<'_>, key: &str) -> Result<u32, BoxedError> {
    whole(obj.require(key)?, obj.path_of(key), "a whole number of people, 0 or more", u32::MAX)
}

fn optional_count(obj: &Object<'_>, key: &str) -> Result<Option<u32>, BoxedError> {
    obj.get(key).map(|v| whole(v, obj.path_of(key), "a whole number of people, 0 or more", u32::MAX)).transpose()
}

fn optional_number(obj: &Object<'_>, key: &str) -> Result<Option<f64>, BoxedError> {
    obj.get(key).map(|v| number(v, obj.path_of(key))).transpose()
}

fn array<'a, 'j>(json: &'a Json<'j>, field: &str) -> Result<&'a [Json<'j>], BoxedError> {
    match json {
        Json::Array(items) => Ok(items),
        other => Err(Error::WrongType { field: field.into(), expected: "an array", found: other.type_name() }.into()),
    }
}

fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> Vec<(&'static str, T)> {
    all.iter().map(|v| (id(*v), *v)).collect()
}

const FIGURES: [&str; 3] = ["caseload", "senior_caseload", "unit_cost"];

fn figures(obj: &Object<'_>) -> Result<ServiceFigures, BoxedError> {
    Ok(ServiceFigures {
        caseload: optional_number(obj, "caseload")?,
        senior_caseload: optional_number(obj, "senior_caseload")?,
        unit_cost: optional_number(obj, "unit_cost")?,
    })
}

pub(super) fn kpis(root: &Object<'_>) -> Result<KpisRequest, BoxedError> {
    let (model, benchmarks) = (model(root)?, benchmarks(root)?);
    let input = match (root.get("counts"), root.get("records")) {
        (Some(counts), None) => {
            root.only(&["operation", "version", "model", "benchmarks", "counts"])?;
            let obj = Object::new(counts, root.path_of("counts"))?;
            let mut accepted = Vec::from(["referrals", "starts", "job_entries", "entrants_past_horizon", "sustained"]);
            accepted.extend(FIGURES);
            obj.only(&accepted)?;
            let f = figures(&obj)?;
            KpiInput::Counts(Counts {
                referrals: count(&obj, "referrals")?,
                starts: count(&obj, "starts")?,
                job_entries: count(&obj, "job_entries")?,
                entrants_past_horizon: optional_count(&obj, "entrants_past_horizon")?,
                sustained: count(&obj, "sustained")?,
                caseload: f.caseload,
                senior_caseload: f.senior_caseload,
                unit_cost: f.unit_cost,
            })
        }
        (None, Some(records)) => {
            root.only(&["operation", "version", "model", "benchmarks", "as_of", "records", "figures"])?;
            let as_of = date(root.require("as_of")?, root.path_of("as_of"))?;
            let figures = match root.get("figures") {
                Some(f) => {
                    let obj = Object::new(f, root.path_of("figures"))?;
                    obj.only(&FIGURES)?;
                    figures(&obj)?
                }
                None => ServiceFigures::default(),
            };
            let records = each(array(records, "records")?, record)?;
            KpiInput::Records { as_of, records, figures }
        }
        (Some(_), Some(_)) => {
            return Err(Error::ConflictingEvidence {
                field: String::from("request"),
                first: String::from("counts"),
                second: String::from("records"),
            }
            .into());
        }
        (None, None) => {
            return Err(Error::EmptyEvidence {
                field: String::from("request"),
                accepted: "counts, or as_of and records (with optional figures)",
            }
            .into());
        }
    };
    Ok(KpisRequest { model, benchmarks, input })
}

fn record(index: usize, json: &Json) -> Result<ClientRecord, BoxedError> {
    // Until the id is read, the record is named by its position.
    let obj = Object::new(json, alloc::format!("records[{index}]"))?;
    let id = string(obj.require("id")?, obj.path_of("id"))?;
    if id.is_empty() {
        return Err(Error::ValueOutOfRange { field: obj.path_of("id"), value: 0.0, accepted: "a non-empty id" }.into());
    }
    let obj = Object { path: alloc::format!("records[{id}]").into(), ..obj };
    obj.only(&["id", "referral", "start", "jobs", "swemwbs_start", "swemwbs_end"])?;
    let swemwbs = |key: &str| {
        obj.get(key)
            .filter(|v| **v != Json::Null)
            .map(|v| whole(v, obj.path_of(key), "a raw SWEMWBS total, a whole number from 7 to 35", 35))
            .transpose()
            .map(|v| v.and_then(|n| u8::try_from(n).ok()))
    };
    let jobs = match obj.get("jobs") {
        None => Vec::new(),
        Some(jobs) => each(array(jobs, &obj.path_of("jobs"))?, |j, job| {
            let job = Object::new(job, alloc::format!("{}.jobs[{j}]", obj.path))?;
            job.only(&["start", "end"])?;
            Ok(Job {
                start: date(job.require("start")?, job.path_of("start"))?,
                end: job.get("end").map(|e| optional_date(e, job.path_of("end"))).transpose()?.flatten(),
            })
        })?,
    };
    Ok(ClientRecord {
        id: id.into(),
        referral: date(obj.require("referral")?, obj.path_of("referral"))?,
        start: obj.get("start").map(|s| optional_date(s, obj.path_of("start"))).transpose()?.flatten(),
        jobs,
        swemwbs_start: swemwbs("swemwbs_start")?,
        swemwbs_end: swemwbs("swemwbs_end")?,
    })
}

pub(super) fn schedule(root: &Object<'_>) -> Result<ScheduleRequest, BoxedError> {
    root.only(&[
        "operation",
        "version",
        "model",
        "service_start",
        "as_of",
        "external_reviews",
        "internal_assessments",
    ])?;
    let model = model(root)?;
    let service_start = date(root.require("service_start")?, root.path_of("service_start"))?;
    let as_of = date(root.require("as_of")?, root.path_of("as_of"))?;
    let entries = |key: &str| -> Result<Vec<Object<'_>>, BoxedError> {
        match root.get(key) {
            None => Ok(Vec::new()),
            Some(list) => each(array(list, key)?, |i, e| Object::new(e, alloc::format!("{key}[{i}]"))),
        }
    };
    let external = each(&entries("external_reviews")?, |_, r| {
        r.only(&["date", "outcome"])?;
        let path = r.path_of("outcome");
        Ok(ExternalReview {
            date: date(r.require("date")?, r.path_of("date"))?,
            outcome: ReviewOutcome::from_id(model, string(r.require("outcome")?, path.clone())?, &path)?,
        })
    })?;
    let internal = each(&entries("internal_assessments")?, |_, a| {
        a.only(&["date", "scored", "action_plan"])?;
        Ok(InternalAssessment {
            date: date(a.require("date")?, a.path_of("date"))?,
            scored: boolean(a.require("scored")?, a.path_of("scored"))?,
            action_plan: boolean(a.require("action_plan")?, a.path_of("action_plan"))?,
        })
    })?;
    Ok(ScheduleRequest { history: ReviewHistory { model, service_start, external, internal }, as_of })
}

pub(super) fn cohort(root: &Object<'_>) -> Result<Cohort, BoxedError> {
    root.only(&["operation", "version", "groups", "integration", "need"])?;
    let group_ids = ids(&PopulationGroup::ALL, PopulationGroup::id);
    let mut groups = Vec::new();
    let listed = array(root.require("groups")?, "groups")?;
    if listed.is_empty() {
        return Err(Error::EmptyEvidence {
            field: String::from("groups"),
            accepted: "at least one of severe_mental_illness, mental_health, physical_health, learning_disability, \
                       autism, substance_misuse, housing_insecurity, ex_offenders",
        }
        .into());
    }
    for (i, g) in listed.iter().enumerate() {
        let group = choice(g, alloc::format!("groups[{i}]"), &group_ids)?;
        // At most eight groups pass (a ninth repeats one), so the list itself is the set.
        if groups.contains(&group) {
            return Err(Error::DuplicateComponent {
                field: alloc::format!("groups[{i}]"),
                component: group.id().into(),
            }
            .into());
        }
        groups.push(group);
    }
    Ok(Cohort {
        groups,
        integration: choice(
            root.require("integration")?,
            root.path_of("integration"),
            &ids(&Integration::ALL, Integration::id),
        )?,
        need: choice(root.require("need")?, root.path_of("need"), &ids(&Need::ALL, Need::id))?,
    })
}

pub(super) fn contract(root: &Object<'_>) -> Result<ContractRequest, BoxedError> {
    root.only(&["operation", "version", "benchmarks", "contract"])?;
    let benchmarks = benchmarks(root)?;
    let c = Object::new(root.require("contract")?, root.path_of("contract"))?;
    let mut accepted = Vec::from(["model"]);
    accepted.extend(ContractSpec::FIELDS);
    c.only(&accepted)?;
    let months = |key: &str| -> Result<Option<u16>, BoxedError> {
        c.get(key)
            .map(|v| whole(v, c.path_of(key), "a whole number of months from 0 to 600", 600))
            .transpose()
            .map(|v| v.and_then(|n| u16::try_from(n).ok()))
    };
    let weeks = |key: &str| -> Result<Option<u16>, BoxedError> {
        const ACCEPTED: &str = "a whole number of weeks from 1 to 520";
        let Some(v) = c.get(key) else { return Ok(None) };
        match whole(v, c.path_of(key), ACCEPTED, 520)? {
            0 => Err(Error::ValueOutOfRange { field: c.path_of(key), value: 0.0, accepted: ACCEPTED }.into()),
            n => Ok(u16::try_from(n).ok()),
        }
    };
    let small_months = |key: &str| -> Result<Option<u8>, BoxedError> {
        c.get(key)
            .map(|v| whole(v, c.path_of(key), "a whole number of months from 0 to 120", 120))
            .transpose()
            .map(|v| v.and_then(|n| u8::try_from(n).ok()))
    };
    let flag = |key: &str| c.get(key).map(|v| boolean(v, c.path_of(key))).transpose();
    let rate = |key: &str| -> Result<Option<f64>, BoxedError> {
        let Some(v) = c.get(key) else { return Ok(None) };
        let value = number(v, c.path_of(key))?;
        if value < 0.0 {
            return Err(Error::NegativeValue {
                field: c.path_of(key),
                value,
                accepted: "a fraction from 0 to 1 (0.7 for 70%)",
            }
            .into());
        }
        if value > 1.0 {
            return Err(Error::ValueOutOfRange {
                field: c.path_of(key),
                value,
                accepted: "a fraction from 0 to 1 (0.7 for 70%)",
            }
            .into());
        }
        Ok(Some(value))
    };
    let amount = |key: &str, accepted: &'static str| -> Result<Option<f64>, BoxedError> {
        let Some(v) = c.get(key) else { return Ok(None) };
        let value = number(v, c.path_of(key))?;
        if value < 0.0 {
            return Err(Error::NegativeValue { field: c.path_of(key), value, accepted }.into());
        }
        Ok(Some(value))
    };
    let pick = |key: &str| c.get(key).map(|v| string(v, c.path_of(key)).map(|s| (s, c.path_of(key)))).transpose();
    Ok(ContractRequest {
        benchmarks,
        contract: ContractSpec {
            model: model(&c)?,
            length_months: months("length_months")?,
            extension_option: flag("extension_option")?,
            unit_cost: amount("unit_cost", "a cost per participant in pounds, 0 or more")?,
            caseload_max: amount("caseload_max", "a caseload, 0 or more clients")?,
            senior_caseload_max: amount("senior_caseload_max", "a caseload, 0 or more clients")?,
            out_of_work_support_months: small_months("out_of_work_support_months")?,
            in_work_support_months: small_months("in_work_support_months")?,
            access_target: rate("access_target")?,
            job_entry_target: rate("job_entry_target")?,
            sustainment_target: rate("sustainment_target")?,
            sustainment_weeks: weeks("sustainment_weeks")?,
            payment_model: pick("payment_model")?.map(|(s, p)| PaymentModel::from_id(s, &p)).transpose()?,
            award_basis: pick("award_basis")?.map(|(s, p)| AwardBasis::from_id(s, &p)).transpose()?,
            price_discounting: flag("price_discounting")?,
            dialogue_stage: flag("dialogue_stage")?,
            steering_group: flag("steering_group")?,
            lived_experience_on_steering_group: flag("lived_experience_on_steering_group")?,
            first_external_review_months: months("first_external_review_months")?,
            external_review_interval_months: months("external_review_interval_months")?,
            internal_assessment_interval_months: months("internal_assessment_interval_months")?,
            training: pick("training")?.map(|(s, p)| TrainingCadence::from_id(s, &p)).transpose()?,
        },
    })
}

// ---------------------------------------------------------------------------------------
// Requests back to JSON (for round trips)

fn put<T: Into<Value>>(map: &mut Map<String, Value>, key: &str, value: Option<T>) {
    if let Some(v) = value {
        map.insert(key.into(), v.into());
    }
}

impl KpisRequest {
    pub(super) fn to_json(&self) -> Value {
        let mut root = Map::new();
        root.insert("operation".into(), "kpis".into());
        root.insert("model".into(), self.model.id().into());
        root.insert("benchmarks".into(), self.benchmarks.id().into());
        match &self.input {
            KpiInput::Counts(c) => {
                let mut counts = Map::new();
                counts.insert("referrals".into(), c.referrals.into());
                counts.insert("starts".into(), c.starts.into());
                counts.insert("job_entries".into(), c.job_entries.into());
                put(&mut counts, "entrants_past_horizon", c.entrants_past_horizon);
                counts.insert("sustained".into(), c.sustained.into());
                put(&mut counts, "caseload", c.caseload);
                put(&mut counts, "senior_caseload", c.senior_caseload);
                put(&mut counts, "unit_cost", c.unit_cost);
                root.insert("counts".into(), counts.into());
            }
            KpiInput::Records { as_of, records, figures } => {
                root.insert("as_of".into(), date_text(*as_of).into());
                let mut f = Map::new();
                put(&mut f, "caseload", figures.caseload);
                put(&mut f, "senior_caseload", figures.senior_caseload);
                put(&mut f, "unit_cost", figures.unit_cost);
                if !f.is_empty() {
                    root.insert("figures".into(), f.into());
                }
                let records: Vec<Value> = records
                    .iter()
                    .map(|r| {
                        let mut m = Map::new();
                        m.insert("id".into(), r.id.clone().into());
                        m.insert("referral".into(), date_text(r.referral).into());
                        put(&mut m, "start", r.start.map(date_text));
                        let jobs: Vec<Value> = r
                            .jobs
                            .iter()
                            .map(|j| json!({ "start": date_text(j.start), "end": j.end.map(date_text) }))
                            .collect();
                        m.insert("jobs".into(), jobs.into());
                        put(&mut m, "swemwbs_start", r.swemwbs_start);
                        put(&mut m, "swemwbs_end", r.swemwbs_end);
                        Value::Object(m)
                    })
                    .collect();
                root.insert("records".into(), records.into());
            }
        }
        Value::Object(root)
    }
}

impl ScheduleRequest {
    pub(super) fn to_json(&self) -> Value {
        let h = &self.history;
        json!({
            "operation": "schedule",
            "model": h.model.id(),
            "service_start": date_text(h.service_start),
            "as_of": date_text(self.as_of),
            "external_reviews": h.external.iter().map(|r| json!({"date": date_text(r.date), "outcome": r.outcome.id()})).collect::<Vec<_>>(),
            "internal_assessments": h.internal.iter().map(|a| json!({"date": date_text(a.date), "scored": a.scored, "action_plan": a.action_plan})).collect::<Vec<_>>(),
        })
    }
}

pub(super) fn cohort_json(c: &Cohort) -> Value {
    json!({
        "operation": "recommend_model",
        "groups": c.groups.iter().map(|g| g.id()).collect::<Vec<_>>(),
        "integration": c.integration.id(),
        "need": c.need.id(),
    })
}

impl ContractRequest {
    pub(super) fn to_json(&self) -> Value {
        let s = &self.contract;
        let mut c = Map::new();
        c.insert("model".into(), s.model.id().into());
        put(&mut c, "length_months", s.length_months);
        put(&mut c, "extension_option", s.extension_option);
        put(&mut c, "unit_cost", s.unit_cost);
        put(&mut c, "caseload_max", s.caseload_max);
        put(&mut c, "senior_caseload_max", s.senior_caseload_max);
        put(&mut c, "out_of_work_support_months", s.out_of_work_support_months);
        put(&mut c, "in_work_support_months", s.in_work_support_months);
        put(&mut c, "access_target", s.access_target);
        put(&mut c, "job_entry_target", s.job_entry_target);
        put(&mut c, "sustainment_target", s.sustainment_target);
        put(&mut c, "sustainment_weeks", s.sustainment_weeks);
        put(&mut c, "payment_model", s.payment_model.map(PaymentModel::id));
        put(&mut c, "award_basis", s.award_basis.map(AwardBasis::id));
        put(&mut c, "price_discounting", s.price_discounting);
        put(&mut c, "dialogue_stage", s.dialogue_stage);
        put(&mut c, "steering_group", s.steering_group);
        put(&mut c, "lived_experience_on_steering_group", s.lived_experience_on_steering_group);
        put(&mut c, "first_external_review_months", s.first_external_review_months);
        put(&mut c, "external_review_interval_months", s.external_review_interval_months);
        put(&mut c, "internal_assessment_interval_months", s.internal_assessment_interval_months);
        put(&mut c, "training", s.training.map(TrainingCadence::id));
        json!({ "operation": "check_contract", "benchmarks": self.benchmarks.id(), "contract": c })
    }
}

// ---------------------------------------------------------------------------------------
// Responses

/// Where a value is printed: the document's id and seed, and the place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SourceDoc {
    /// The document's id, e.g. `commissioning_guide_2024`.
    pub document: String,
    /// The document's seed prefix, e.g. `001`.
    pub seed: String,
    /// The place in the document.
    pub locator: String,
}

impl From<Provenance> for SourceDoc {
    fn from(p: Provenance) -> Self {
        Self { document: p.source.id().into(), seed: p.source.seed().into(), locator: p.locator.into() }
    }
}

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
    /// Counts derived from records, when given records.
    pub records: Option<RecordSummaryDoc>,
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
                    value: k.value.map(super::round_for_output),
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
                    margin: k.margin.map(super::round_for_output),
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

// ---------------------------------------------------------------------------------------
// Answers

impl KpisRequest {
    pub(super) fn answer(&self) -> Result<KpisResponse, Error> {
        let report = match &self.input {
            KpiInput::Counts(c) => kpis_from_counts(self.benchmarks, self.model, c)?,
            KpiInput::Records { as_of, records, figures } => {
                kpis_from_records(self.benchmarks, self.model, *as_of, records, figures)?
            }
        };
        Ok(KpisResponse::from_report(&report))
    }
}

impl ScheduleRequest {
    pub(super) fn answer(&self) -> Result<ScheduleResponse, Error> {
        Ok(ScheduleResponse::from_schedule(&self.history.schedule(self.as_of)?))
    }
}

impl ContractRequest {
    pub(super) fn answer(&self) -> ContractResponse {
        (&check_contract(&self.contract, self.benchmarks)).into()
    }
}

pub(super) fn recommendation(c: &Cohort) -> RecommendationResponse {
    (&recommend(c)).into()
}
