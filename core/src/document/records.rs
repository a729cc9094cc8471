//! The `evidence_from_records` operation: fidelity evidence derived from a service's case
//! records over a review period ([`crate::records`]).

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::fields::{Entries, PeriodDoc, round_for_output};
use super::review::{EvidenceDoc, ReviewResponse, build, evidence_doc, typed_evidence};
use crate::commissioning::{Date, date_text, hours_a_week, parse_date};
use crate::error::Error;
use crate::ips25;
use crate::records::{
    Client, Contact, Derived, Finding, Job, LeftOut, RecordRef, Records, Specialist, Week, full_time_equivalent,
};
use crate::review::ReviewOptions;

/// An `evidence_from_records` request: a review period and the service's records, each part
/// optional (an item is derived only when the parts it needs are given).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct EvidenceFromRecordsRequest {
    /// The review period.
    pub period: PeriodDoc,
    /// Employment specialists.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub specialists: Option<Vec<SpecialistDoc>>,
    /// Clients.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub clients: Option<Vec<ClientDoc>>,
    /// Employer contacts.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub contacts: Option<Vec<ContactDoc>>,
    /// Jobs.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub jobs: Option<Vec<JobRecordDoc>>,
    /// Specialists' scheduled weeks.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub weeks: Option<Vec<WeekDoc>>,
    /// `true`: also review the derived evidence on the UK IPS scale, in the response.
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<bool>"))]
    pub review: bool,
}

/// An employment specialist.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SpecialistDoc {
    /// The record's id.
    pub id: String,
    /// Full-time equivalent, from 0 to 1 (1 for full time).
    pub fte: f64,
    /// The ids of the treatment teams the specialist is attached to (item 4).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub teams: Option<Vec<String>>,
}

/// A client.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ClientDoc {
    /// The record's id.
    pub id: String,
    /// The id of the client's employment specialist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub specialist: Option<String>,
    /// The id of the team that referred the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub team: Option<String>,
    /// Programme entry, `YYYY-MM-DD` (missing: a data-quality finding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub entry: Option<String>,
    /// The last day in the programme, or `null` while in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub exit: Option<String>,
}

/// An employer contact.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ContactDoc {
    /// The record's id.
    pub id: String,
    /// The id of the specialist who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub specialist: Option<String>,
    /// The id of the client it was about, when client-specific.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub client: Option<String>,
    /// When, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub date: Option<String>,
    /// Whether it was face to face.
    pub face_to_face: bool,
    /// Whether it was based on the client's preferences (item 16), when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub client_preferences: Option<bool>,
    /// Whether it was about a competitive job (item 15); `true` when left out.
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<bool>"))]
    pub competitive_job: bool,
}

const fn yes() -> bool {
    true
}

/// A job a client held.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct JobRecordDoc {
    /// The record's id.
    pub id: String,
    /// The id of the client who held it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub client: Option<String>,
    /// The employer's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub employer: Option<String>,
    /// The job's type, as the service codes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub job_type: Option<String>,
    /// The first day, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub start: Option<String>,
    /// The last day, or `null` while it lasts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub end: Option<String>,
    /// Whether it is permanent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub permanent: Option<bool>,
    /// Whether it is competitive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub competitive: Option<bool>,
    /// Hours a week, 0 to 168.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub hours_per_week: Option<f64>,
}

/// A specialist's scheduled week.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct WeekDoc {
    /// The record's id.
    pub id: String,
    /// The specialist's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub specialist: Option<String>,
    /// The week's first day, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub week: Option<String>,
    /// Hours scheduled, 0 to 168.
    pub scheduled: f64,
    /// Of those, hours in the community (item 24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub community: Option<f64>,
    /// Of those, hours on employment services (item 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub employment_services: Option<f64>,
}

/// A date of a record, when given; errors name `part[id].field`.
fn record_date(text: Option<&String>, part: &str, id: &str, field: &str) -> Result<Option<Date>, Error> {
    text.map(|t| parse_date(t, &format!("{part}[{id}].{field}"))).transpose()
}

/// Hours a week of a record, when given ([`hours_a_week`]); errors name `part[id].field`.
fn record_hours(value: Option<f64>, part: &str, id: &str, field: &str) -> Result<Option<f64>, Error> {
    value.map(|h| hours_a_week(h, || format!("{part}[{id}].{field}"))).transpose()
}

/// Each record of a part given, typed; `None` for a part not given.
fn each<D, T>(part: Option<&Vec<D>>, typed: fn(&D) -> Result<T, Error>) -> Result<Option<Vec<T>>, Error> {
    part.map(|list| list.iter().map(typed).collect()).transpose()
}

impl SpecialistDoc {
    fn typed(&self) -> Result<Specialist, Error> {
        let fte = full_time_equivalent(self.fte, || format!("specialists[{}].fte", self.id))?;
        Ok(Specialist { id: self.id.clone(), fte, teams: self.teams.clone() })
    }
}

impl ClientDoc {
    fn typed(&self) -> Result<Client, Error> {
        Ok(Client {
            id: self.id.clone(),
            specialist: self.specialist.clone(),
            team: self.team.clone(),
            entry: record_date(self.entry.as_ref(), "clients", &self.id, "entry")?,
            exit: record_date(self.exit.as_ref(), "clients", &self.id, "exit")?,
        })
    }
}

impl ContactDoc {
    fn typed(&self) -> Result<Contact, Error> {
        Ok(Contact {
            id: self.id.clone(),
            specialist: self.specialist.clone(),
            client: self.client.clone(),
            date: record_date(self.date.as_ref(), "contacts", &self.id, "date")?,
            face_to_face: self.face_to_face,
            client_preferences: self.client_preferences,
            competitive_job: self.competitive_job,
        })
    }
}

impl JobRecordDoc {
    fn typed(&self) -> Result<Job, Error> {
        Ok(Job {
            id: self.id.clone(),
            client: self.client.clone(),
            employer: self.employer.clone(),
            job_type: self.job_type.clone(),
            start: record_date(self.start.as_ref(), "jobs", &self.id, "start")?,
            end: record_date(self.end.as_ref(), "jobs", &self.id, "end")?,
            permanent: self.permanent,
            competitive: self.competitive,
            hours_per_week: record_hours(self.hours_per_week, "jobs", &self.id, "hours_per_week")?,
        })
    }
}

impl WeekDoc {
    fn typed(&self) -> Result<Week, Error> {
        let id = &self.id;
        Ok(Week {
            id: id.clone(),
            specialist: self.specialist.clone(),
            week: record_date(self.week.as_ref(), "weeks", id, "week")?,
            scheduled: hours_a_week(self.scheduled, || format!("weeks[{id}].scheduled"))?,
            community: record_hours(self.community, "weeks", id, "community")?,
            employment_services: record_hours(self.employment_services, "weeks", id, "employment_services")?,
        })
    }
}

impl EvidenceFromRecordsRequest {
    /// The typed records.
    ///
    /// # Errors
    /// A date that is not a calendar date, a negative number; each naming its record
    /// (`clients[c1].entry`).
    pub fn records(&self) -> Result<Records, Error> {
        Ok(Records {
            specialists: each(self.specialists.as_ref(), SpecialistDoc::typed)?,
            clients: each(self.clients.as_ref(), ClientDoc::typed)?,
            contacts: each(self.contacts.as_ref(), ContactDoc::typed)?,
            jobs: each(self.jobs.as_ref(), JobRecordDoc::typed)?,
            weeks: each(self.weeks.as_ref(), WeekDoc::typed)?,
        })
    }

    /// Answers the request.
    ///
    /// # Errors
    /// A period or record date that is not a calendar date, a period that ends before it
    /// starts, a negative number.
    pub fn answer(&self) -> Result<EvidenceFromRecordsResponse, Error> {
        let period = self.period.period()?;
        let report = self.records()?.derive(period);
        let scale = &ips25::SCALE;
        let typed: Vec<_> = report.items.iter().filter_map(|d| Some((d.item, d.evidence?))).collect();
        let evidence = rounded(evidence_doc(scale, &typed));
        // The review is of the evidence as the response gives it, so that sending `evidence` to
        // `review` answers exactly as this does.
        let review = if self.review {
            let given = typed_evidence(scale, &evidence, "evidence")?;
            Some(ReviewResponse::from_static_report(
                &build(scale, &given, "evidence")?.report(ReviewOptions::default()),
            ))
        } else {
            None
        };
        Ok(EvidenceFromRecordsResponse {
            period: PeriodDoc { from: date_text(period.from), to: date_text(period.to) },
            evidence,
            items: report.items.iter().map(|d| DerivedDoc::new(d, scale)).collect(),
            not_derived: report
                .not_derived
                .iter()
                .map(|(item, needs)| NotDerivedDoc { item: *item, needs: Cow::Borrowed(needs) })
                .collect(),
            data_quality: report.findings.iter().map(DataQualityDoc::from).collect(),
            review,
        })
    }
}

/// The evidence with its numbers rounded as responses write numbers (9 decimal places).
fn rounded(mut evidence: Entries<EvidenceDoc>) -> Entries<EvidenceDoc> {
    for (_, doc) in &mut evidence.0 {
        round_numbers(doc);
    }
    evidence
}

/// Rounds the numbers derived evidence may hold, as responses write numbers.
fn round_numbers(doc: &mut EvidenceDoc) {
    for number in [&mut doc.value, &mut doc.caseload_percent, &mut doc.permanent_percent] {
        *number = number.map(round_for_output);
    }
}

/// A record in a response: its kind and id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecordRefDoc {
    /// `specialist`, `client`, `contact`, `job` or `week`.
    pub kind: Cow<'static, str>,
    /// The record's id.
    pub id: String,
}

impl From<&RecordRef> for RecordRefDoc {
    fn from(r: &RecordRef) -> Self {
        Self { kind: Cow::Borrowed(r.kind.id()), id: r.id.clone() }
    }
}

/// A record left out of an item, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LeftOutDoc {
    /// The record's kind.
    pub kind: Cow<'static, str>,
    /// The record's id.
    pub id: String,
    /// Why, e.g. `not_active_at_period_end`.
    pub reason: Cow<'static, str>,
}

impl From<&LeftOut> for LeftOutDoc {
    fn from(l: &LeftOut) -> Self {
        Self { kind: Cow::Borrowed(l.record.kind.id()), id: l.record.id.clone(), reason: Cow::Borrowed(l.reason.id()) }
    }
}

/// One part of an item rated part by part (item 17 by week, item 24 by specialist).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BreakdownDoc {
    /// The week's first day, or the specialist's id.
    pub part: String,
    /// Its figure.
    pub figure: f64,
    /// Its rating through the item's rule.
    pub score: u8,
}

/// One item derived from the records.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DerivedDoc {
    /// The item number on the UK IPS scale.
    pub item: u8,
    /// The item's key.
    pub key: Cow<'static, str>,
    /// The item's figure, in its unit; `null` when nothing could be counted.
    pub figure: Option<f64>,
    /// The numerator.
    pub numerator: f64,
    /// The denominator.
    pub denominator: f64,
    /// How the figure is computed.
    pub method: Cow<'static, str>,
    /// The evidence, in the `review` request's form; `null` with no figure.
    pub evidence: Option<EvidenceDoc>,
    /// The records counted.
    pub counted: Vec<RecordRefDoc>,
    /// The records left out, with the reason.
    pub left_out: Vec<LeftOutDoc>,
    /// For items 17 and 24: each week's or specialist's figure and rating.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Vec<BreakdownDoc>>"))]
    pub breakdown: Vec<BreakdownDoc>,
}

impl DerivedDoc {
    fn new(d: &Derived, scale: &crate::scale::Scale<'static>) -> Self {
        let item = scale.item(d.item);
        Self {
            item: d.item,
            key: Cow::Borrowed(item.map_or("", |i| i.key)),
            figure: d.figure.map(round_for_output),
            numerator: round_for_output(d.numerator),
            denominator: round_for_output(d.denominator),
            method: Cow::Borrowed(d.method),
            evidence: d.evidence.map(|e| {
                let mut doc = EvidenceDoc::of(&e, item);
                round_numbers(&mut doc);
                doc
            }),
            counted: d.counted.iter().map(RecordRefDoc::from).collect(),
            left_out: d.left_out.iter().map(LeftOutDoc::from).collect(),
            breakdown: d
                .breakdown
                .iter()
                .map(|b| BreakdownDoc {
                    part: b.label.clone(),
                    figure: round_for_output(b.figure),
                    score: b.score.get(),
                })
                .collect(),
        }
    }
}

/// An item the records could measure but whose records were not given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NotDerivedDoc {
    /// The item number.
    pub item: u8,
    /// The parts of the records it needs.
    pub needs: Cow<'static, str>,
}

/// A finding on a record itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DataQualityDoc {
    /// The record's kind.
    pub kind: Cow<'static, str>,
    /// The record's id.
    pub id: String,
    /// The field concerned.
    pub field: Cow<'static, str>,
    /// What is wrong: `duplicate_id`, `missing_date`, `dates_out_of_order`,
    /// `unknown_specialist`, `unknown_client`, `outside_period` or `hours_over_scheduled`.
    pub finding: Cow<'static, str>,
    /// The same, in words.
    pub message: String,
}

impl From<&Finding> for DataQualityDoc {
    fn from(f: &Finding) -> Self {
        Self {
            kind: Cow::Borrowed(f.record.kind.id()),
            id: f.record.id.clone(),
            field: Cow::Borrowed(f.field),
            finding: Cow::Borrowed(f.problem.id()),
            message: f.to_string(),
        }
    }
}

/// The answer to an `evidence_from_records` request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EvidenceFromRecordsResponse {
    /// The period.
    pub period: PeriodDoc,
    /// The derived evidence by item number, as a `review` request takes it.
    #[cfg_attr(feature = "ts", ts(as = "std::collections::HashMap<String, EvidenceDoc>"))]
    pub evidence: Entries<EvidenceDoc>,
    /// Each item the records could measure, in item order.
    pub items: Vec<DerivedDoc>,
    /// The items whose records were not given.
    pub not_derived: Vec<NotDerivedDoc>,
    /// Findings on the records themselves; none stops an item being derived.
    pub data_quality: Vec<DataQualityDoc>,
    /// With `"review": true`: the review of the evidence on the UK IPS scale.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub review: Option<ReviewResponse>,
}
