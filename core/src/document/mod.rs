//! The JSON document API: one request in, one response out, for every operation.
//!
//! [`evaluate`] is the single entry point every binding exposes (the C library as
//! `sef_evaluate_json`, the WebAssembly module as `evaluate`). It never panics: any
//! fault comes back as an error document
//! `{"error": {"code": "...", "message": "...", "field": "..."}, "produced_by": {...}}` whose
//! `code` is a stable [`ErrorCode`](crate::ErrorCode) and whose message names the field, the
//! value and what is accepted.
//!
//! # Limits
//! A request may be at most [`MAX_INPUT_BYTES`] (256 KiB) long — for the operations on a
//! service's records, `evidence_from_records` and `kpis`, [`MAX_RECORDS_INPUT_BYTES`] (32 MiB)
//! — and nest arrays and objects at most [`MAX_DEPTH`] (32) levels deep. A number is read as
//! the nearest double (serde_json's `float_roundtrip` reading); one past the largest double
//! makes the request malformed JSON (`malformed_json`, "number out of range").
//!
//! # How a request is read
//! Each operation's request is one Rust type ([`ReviewRequest`], [`KpisRequest`] …) with
//! serde derives and `deny_unknown_fields`, read by serde_json; [`Request`] is the enum of
//! them, tagged by `operation`. Faults of shape (a wrong type, an unknown or missing field)
//! are found as the text is read, each with its path; faults of value (a rating of 6, a
//! date that is not a calendar date) are found by the core's typed constructors when the
//! request is answered. Errors inside arrays name the element by its index
//! (`external_reviews[0].date`); records with an `id` are named by it once it is read
//! (`records[c1].start`).
//!
//! # Operations (version 1)
//!
//! **`review`** scores a review on a scale:
//! ```json
//! { "operation": "review", "scale": "ips-25-uk",
//!   "evidence": { "1": {"value": 22.5}, "5": {"count": 4}, "7": {"rating": 5},
//!                 "13": {"present": ["not_required", "pros_and_cons"]},
//!                 "9": {"insufficient_data": true} },
//!   "options": { "insufficient_data": "score_one" } }
//! ```
//! Evidence keys are item numbers. Every item takes `{"rating": 1..5}` and
//! `{"insufficient_data": true}`. Measured items (1, 2, 15, 16, 19, 20, 24) take
//! `{"value": x}` (item 15 also `"tracks_employer_contacts": bool`); checklist items (5, 8,
//! 10, 11, 13, 25) `{"count": n}` or `{"present": [keys]}`; composite items:
//! - 3: `{"role": "referral_only" | "refers_out"}` or `{"phases": n | [keys]}`;
//! - 4: `{"arrangement": "separate_programme" | "individual_practitioners"}` or
//!   `{"teams": n, "caseload_percent": x}` (`caseload_percent` needed for 1–2 teams);
//! - 6: `{"client_contacts": f, "scheduled_meetings": f}`, `f` one of `never`,
//!   `less_than_quarterly`, `quarterly`, `monthly`, `weekly`;
//! - 17: `{"contacts_per_week": x, "tracking": t, "people_looking_for_work": n}`, the last
//!   two optional, `t` one of `no_process`, `less_than_monthly`, `monthly`, `weekly`;
//! - 21: `{"permanent_percent": x, "current_jobs": n}`, `current_jobs` optional.
//!
//! The response ([`ReviewResponse`]) has `scale`, `complete`, `total`, `max`, `band`
//! (`exemplary`, `good`, `fair`, `not_supported_employment`, or `null` while incomplete),
//! `items` (`number`, `key`, `score`, `basis`, `basis_kind`), `sections`, `missing`,
//! `insufficient_data`, `action_plan`, and `assumed_conditions` (`number`, `condition`: a
//! printed condition a score takes as met that the evidence leaves out, for a reviewer to
//! verify); on a modified scale also `modification`.
//!
//! **Raters and consensus.** Instead of `evidence`, a review may give two or more raters'
//! evidence and a consensus entry for each item they score differently
//! ([`crate::raters`]):
//! ```json
//! { "operation": "review", "scale": "ips-25-uk",
//!   "raters": { "A": { "1": {"value": 22}, "7": {"rating": 4} },
//!               "B": { "1": {"value": 23}, "7": {"rating": 2} } },
//!   "consensus": { "7": { "rating": 3, "reason": "agreed after reading the team's minutes" } } }
//! ```
//! The review fields are then those of the agreed scores; the response adds `rater_scores`
//! (each item any rater scored: each rater's score, the agreed score and `from`: `agreement`,
//! `consensus` or `awaiting_consensus`), `disagreements` (each rater's score, the largest
//! `difference`, `resolved`, the `consensus` and its `reason`), `awaiting_consensus` (while
//! any item is listed the review is not complete and has no band; those items are not in
//! `missing`) and `agreement` for each pair of raters (`items`, `exact`, `exact_share`,
//! `within_one`, `within_one_share`, `kappa` — Cohen's kappa with quadratic weights, `null`
//! where undefined; see [`crate::agreement`]).
//!
//! **Scales.** `scale` is a built-in id — `ips-25-uk`, or `ips-25-uk-modified-trial` (the
//! modified-IPS trial of seed `004`, [`crate::modified::trial`]) — or an object:
//! `{"definition": {...}}`, a user-defined scale in the format of
//! [`crate::definition::ScaleDefinition`] (JSON Schema: `schema/scale-definition.schema.json`),
//! or `{"modification": {...}}`, a modification of IPS-25 ([`crate::modified::Modification`],
//! `schema/modification.schema.json`). A definition or modification is validated first; the
//! first problem comes back as `invalid_scale` (or `standard_item_modified`) naming its path.
//! On a modified scale a review may give `"facts": {"caseload": x, "in_work_support_months": m}`,
//! and the response adds `modification`: the modified items (description, rationale, delivery,
//! rule, parameters) and each parameter's check (`within`, `flagged` or `not_given`).
//!
//! **`compare`** compares two reviews of one service on one scale:
//! `{"operation": "compare", "scale": "ips-25-uk", "before": {"evidence": {…}},
//! "after": {"evidence": {…}}}` → [`CompareResponse`].
//!
//! **`history`** reads a service's reviews on one scale over time ([`crate::history`]):
//! `{"operation": "history", "scale": "ips-25-uk", "reviews": [{"date": "2024-03-01",
//! "evidence": {…}}, {"date": "2025-03-10", "kind": "internal", "raters": {…}, "consensus":
//! {…}}], "service_start": "2023-06-01", "as_of": "2025-09-01"}` → [`HistoryResponse`]:
//! `reviews` in date order (each `date`, `kind`, `complete`, `total`, `max`, `band`,
//! `sections`, `awaiting_consensus`), `items` (each item's `scores` in date order and its
//! `change` from the first review to the last), `changes` between consecutive reviews and
//! `overall` (each `from`, `to`, `total_change`, `band_changed`, `items_up`, `items_down`),
//! `persistent_gaps` (items below 5 in each of the last two or more reviews, largest gap
//! first), `falls`, and `next_reviews` (`external`, `internal`, `trust_quality_assurance` as
//! in `schedule`, `overdue`, and the dates `left_out` of the schedule for want of a band).
//! `kind` is `external` (the default) or `internal`; `service_start` defaults to the first
//! review's date and `as_of` to the last's. Two reviews on one date are refused
//! (`duplicate_review_date`).
//!
//! **`evidence_from_records`** derives fidelity evidence from a service's case records over a period
//! ([`crate::records`]):
//! ```json
//! { "operation": "evidence_from_records", "period": {"from": "2025-01-01", "to": "2025-03-31"},
//!   "specialists": [ {"id": "s1", "fte": 1, "teams": ["t1", "t2"]} ],
//!   "clients": [ {"id": "c1", "specialist": "s1", "team": "t1", "entry": "2024-11-01", "exit": null} ],
//!   "contacts": [ {"id": "k1", "specialist": "s1", "client": "c1", "date": "2025-02-09",
//!                  "face_to_face": true, "client_preferences": true, "competitive_job": true} ],
//!   "jobs": [ {"id": "j1", "client": "c1", "employer": "e1", "job_type": "retail", "start": "2024-10-01",
//!              "end": null, "permanent": true, "competitive": true, "hours_per_week": 20} ],
//!   "weeks": [ {"id": "w1", "specialist": "s1", "week": "2025-01-06", "scheduled": 37.5,
//!               "community": 20, "employment_services": 36} ],
//!   "review": true }
//! ```
//! Every part is optional; an item is derived only when the parts it needs are given. Every
//! record has an `id`; dates are `YYYY-MM-DD` (a missing one is a data-quality finding, one
//! that is not a date an error naming the record, `clients[c1].entry`). The response
//! ([`EvidenceFromRecordsResponse`]) has `period`, `evidence` (by item number, in the `review`
//! request's form), `items` (each `item`, `key`, `figure`, `numerator`, `denominator`,
//! `method`, `evidence`, `counted` and `left_out` records — `kind`, `id` and, left out, the
//! `reason` — and for items 17 and 24 the `breakdown` by week or specialist), `not_derived`,
//! `data_quality` (`kind`, `id`, `field`, `finding`, `message`; a finding never stops an item)
//! and, with `"review": true`, the `review` of the evidence on `ips-25-uk`.
//!
//! **`kpis`** judges contract KPIs against a benchmark set
//! ([`crate::commissioning::kpi`]), from counts or from client records:
//! ```json
//! { "operation": "kpis", "model": "ips", "benchmarks": "commissioning_guide_2024",
//!   "counts": { "referrals": 200, "starts": 150, "job_entries": 60, "sustained": 40,
//!               "entrants_past_horizon": 60, "caseload": 24, "senior_caseload": 19, "unit_cost": 2200 } }
//! { "operation": "kpis", "model": "seqf", "benchmarks": "fidelity_guidance_2024", "as_of": "2025-08-01",
//!   "records": [ { "id": "c01", "referral": "2025-01-02", "start": "2025-01-09",
//!                  "jobs": [ {"start": "2025-02-03", "end": null} ],
//!                  "swemwbs_start": 19, "swemwbs_end": 24 } ],
//!   "figures": { "caseload": 14, "unit_cost": 5100 } }
//! ```
//! `model` is `ips` or `seqf`; `benchmarks` is `commissioning_guide_2024` or
//! `fidelity_guidance_2024`. Counts must nest (sustained ≤ entrants past the horizon ≤ job
//! entries ≤ starts ≤ referrals; `entrants_past_horizon` defaults to `job_entries`). Dates
//! are `YYYY-MM-DD`; a record's dates must be in order and not after `as_of`; errors name
//! the record by id (`records[c01].jobs[0].end`). The response ([`KpisResponse`]) has
//! `model`, `benchmarks`, `horizon_weeks`, `kpis` (each `kpi`, `value` — rates as fractions —
//! `numerator`, `denominator`, `comparison`, `target`, `target_max`, `status`, `met`,
//! `margin`, `source`) and, for records, the derived counts in `records`. Values and margins
//! are rounded to 9 decimal places.
//!
//! **Outcome returns for a reporting period** ([`crate::commissioning::returns`]): `kpis` from
//! `records` with `"period": {"from", "to"}` in place of `as_of` counts the events dated in
//! the period — referrals, starts, job entries, sustainment dates — under `"definition"`:
//! `preset` (`commissioning_guide_2024` or `fidelity_guidance_2024`; default the request's
//! `benchmarks`: all starters, any paid work, still in work at the set's horizon), and any of
//! `denominator` (`all_starters`, `out_of_work_at_start`), `job_entry_min_hours`,
//! `sustained_weeks` and `sustained_of_weeks` (in work that many of those weeks). Records may
//! give `out_of_work_at_start` and each job `hours_per_week` (0 to 168). Under definitions
//! other than the set's own the job entry and sustainment rates are `not_judged`. A period is
//! at most ten years. The response adds `period`, the `definition` used (with
//! `as_benchmarks`), and `accounts`: for `access`, `job_entry`, `sustainment`,
//! `wellbeing_measured_at_start` and `wellbeing_change` (the period's starters measured at
//! both ends: its `denominator` is the records averaged), the ids in the `numerator` and the
//! `denominator`, and every other record `left_out` with its `reason`.
//!
//! **`schedule`** ([`crate::commissioning::schedule`]):
//! `{"operation": "schedule", "model": "ips", "service_start": "2024-03-01", "as_of": "2026-06-01",
//! "external_reviews": [{"date": "2025-02-01", "outcome": "good"}],
//! "internal_assessments": [{"date": "2026-01-15", "scored": true, "action_plan": true}]}` →
//! [`ScheduleResponse`]: `next_external`, `next_internal` and, from item 11 of the UK IPS
//! scale, `next_trust_quality_assurance` (each `due` or `null`, `overdue`, `days_overdue`,
//! `reason`, `source`), `overdue`, `not_counted`. Outcomes are IPS bands
//! (`exemplary`, `good`, `fair`, `not_supported_employment`) or SEQF levels (`excellent`,
//! `good`, `not_accredited`).
//!
//! **`recommend_model`** ([`crate::commissioning::model_choice`]):
//! `{"operation": "recommend_model", "groups": ["autism"], "integration": "not_necessary",
//! "need": "high"}` → [`RecommendationResponse`] (`model` or `null`, `strength`, `reasons`).
//! Groups: `severe_mental_illness`, `mental_health`, `physical_health`, `learning_disability`,
//! `autism`, `substance_misuse`, `housing_insecurity`, `ex_offenders`; integration:
//! `needed_and_possible`, `possible_not_needed`, `not_necessary`, `not_possible`; need: `low`, `moderate`, `high`.
//!
//! **`check_contract`** ([`crate::commissioning::contract`]):
//! `{"operation": "check_contract", "benchmarks": "commissioning_guide_2024",
//! "contract": {"model": "ips", "length_months": 24, "extension_option": false, ...}}` →
//! [`ContractResponse`]: `findings` (`rule`, `severity`, `field`, `message`, `source`), most
//! severe first, `counts` by severity, and `not_checked`. The contract fields are those of
//! [`ContractSpec`](crate::commissioning::contract::ContractSpec); every one but `model` is
//! optional; rates are fractions from 0 to 1.
//!
//! **`swemwbs`** ([`crate::wellbeing`]): `{"operation": "swemwbs", "responses": [5, 4, 3, 4, 4, 3, 4]}`
//! → `{"raw": 27, "metric": 24.11}`; or `{"operation": "swemwbs", "clients": [{"id": "c1",
//! "start": [7 responses], "end": [7 responses] or null}]}` → each client's raw and metric
//! scores and change, and `mean_metric_change` over the clients with both.
//!
//! **`frameworks`** ([`crate::frameworks`]): `{"operation": "frameworks"}` → the three
//! qualitative frameworks of seed `002`; with `"framework": "programme_elements"` (or
//! `influencing_factors`, `effects`) → that one; adding `"marks": {"practical": "evidenced",
//! "trust": {"mark": "partly", "note": "..."}}` → a contract review's coverage summary. Marks
//! are `evidenced`, `partly`, `not_evidenced`, `not_applicable`.
//!
//! **`validate_scale`**: `{"operation": "validate_scale", "scale": {"definition": {...}}}` (or
//! `{"modification": {...}}`) → [`ValidateScaleResponse`]: the scale as the engine will score
//! it (items with their rules, sections, bands, total range), or the error naming its first
//! problem.
//!
//! **`describe_scale`**: `{"operation": "describe_scale", "scale": "ips-25-uk"}` (any scale a
//! review takes) → [`DescribeScaleResponse`]: what a form needs — sections, and for each item
//! its title, description, five anchors, rule, the evidence keys it takes, its unit and its
//! components — and the bands.
//!
//! **Every answer says what produced it**: beside the operation's fields, `produced_by` gives
//! `library` (`sefidelity`), `version`, and, for `review`, `compare`, `history`,
//! `validate_scale` and `describe_scale`, the `scale` used (`id`, `title` and `source`:
//! `document`, `seed`, `locator`) ([`ProducedBy`], [`Answer`]). An error document carries it
//! too, with the library and its version.
//!
//! An optional `"version": 1` may be given; other versions are refused.
//!
//! Numbers must be finite. JSON cannot write NaN or infinity, and a number too large for an
//! `f64` (such as `1e999`) is refused as `malformed_json`; the typed API refuses NaN and
//! infinities with `non_finite_value`.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

mod commissioning;
mod de;
mod fields;
mod frameworks;
mod history;
mod records;
mod review;
mod scales;
mod wellbeing;

pub use commissioning::{
    AccountDoc, AccountLeftOutDoc, ContractDoc, ContractRequest, ContractResponse, CountsDoc, DefinitionDoc,
    DefinitionUsedDoc, ExternalReviewDoc, ExternalReviewEntry, FiguresDoc, FindingDoc, InternalAssessmentEntry, JobDoc,
    KpiDoc, KpisRequest, KpisResponse, NextReviewDoc, ReasonDoc, RecommendModelRequest, RecommendationResponse,
    RecordDoc, RecordSummaryDoc, ScheduleRequest, ScheduleResponse, SeverityCountsDoc,
};
pub use fields::{Entries, PeriodDoc, ProducedBy, ScaleUsedDoc, SourceDoc};
pub use frameworks::{
    DomainCoverageDoc, DomainDoc, ElementDoc, FrameworkDoc, FrameworkListDoc, FrameworkReviewDoc, FrameworksRequest,
    FrameworksResponse, MarkCountsDoc, MarkDoc, MarkedElementDoc, NotedMark, SharesDoc,
};
pub use history::{
    FallDoc, HistoryChangeDoc, HistoryRequest, HistoryResponse, HistoryReviewDoc, HistoryReviewSummaryDoc,
    ItemSeriesDoc, NextReviewsDoc, PersistentGapDoc,
};
pub use records::{
    BreakdownDoc, ClientDoc, ContactDoc, DataQualityDoc, DerivedDoc, EvidenceFromRecordsRequest,
    EvidenceFromRecordsResponse, JobRecordDoc, LeftOutDoc, NotDerivedDoc, RecordRefDoc, SpecialistDoc, WeekDoc,
};
pub use review::{
    ActionDoc, AgreementDoc, ArrangementId, AssumedConditionDoc, CompareRequest, CompareResponse, CompareSide,
    ConsensusDoc, DisagreementDoc, EvidenceDoc, FactsDoc, ItemChangeDoc, ItemScoreDoc, OptionsDoc, Phases,
    RaterScoresDoc, ReviewRequest, ReviewResponse, ReviewSummary, RoleId, SectionDoc, build, evidence_doc,
    typed_evidence,
};
pub use scales::{
    BandDoc, CheckDoc, ComponentDoc, DescribeScaleRequest, DescribeScaleResponse, ItemDescriptionDoc, ModificationDoc,
    ModifiedItemDoc, ParameterDoc, SCALE_IDS, ScaleChoice, ScaleItemDoc, ScaleObject, ScaleRef, SectionDescriptionDoc,
    UnitDoc, ValidateScaleRequest, ValidateScaleResponse,
};
pub use wellbeing::{
    SwemwbsChangesDoc, SwemwbsClient, SwemwbsClientDoc, SwemwbsRequest, SwemwbsResponse, SwemwbsScoreDoc,
};

use alloc::boxed::Box;
use alloc::string::{String, ToString};

use serde::Serialize;

use crate::error::Error;

pub use de::{MAX_DEPTH, MAX_INPUT_BYTES, MAX_RECORDS_INPUT_BYTES};
/// The operations the document API answers.
pub const OPERATIONS: &str = "review, compare, history, evidence_from_records, kpis, schedule, recommend_model, \
                              check_contract, swemwbs, frameworks, validate_scale, describe_scale";

/// Answers one JSON request with one JSON response (or an error document). Never panics.
#[must_use]
pub fn evaluate(request: &str) -> String {
    evaluate_with_code(request).0
}

/// [`evaluate`] for raw bytes (what C and fuzzers hand over): bytes that are not UTF-8
/// are malformed JSON.
#[must_use]
pub fn evaluate_bytes(request: &[u8]) -> String {
    evaluate_bytes_with_code(request).0
}

/// [`evaluate_bytes`], also giving the error's code when the response is an error document
/// (`None` for an answer). Bindings use it to return the code without reading the JSON.
#[must_use]
pub fn evaluate_bytes_with_code(request: &[u8]) -> (String, Option<crate::ErrorCode>) {
    if let Err(error) = check_length(request.len()) {
        return failed(&error);
    }
    match core::str::from_utf8(request) {
        Ok(text) => evaluate_with_code(text),
        Err(e) => {
            let valid = request.get(..e.valid_up_to()).unwrap_or_default();
            failed(&Error::MalformedJson {
                line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
                column: 1 + valid.iter().rev().take_while(|&&b| b != b'\n').count(),
                detail: String::from("invalid UTF-8 byte"),
            })
        }
    }
}

/// [`evaluate`], also giving the error's code.
fn evaluate_with_code(request: &str) -> (String, Option<crate::ErrorCode>) {
    match handle(request).and_then(|response| response.to_json()) {
        Ok(json) => (json, None),
        Err(error) => failed(&error),
    }
}

fn failed(error: &Error) -> (String, Option<crate::ErrorCode>) {
    (error_document(error), Some(error.code()))
}

/// Checks a request's length, before it is read, against the largest any operation accepts,
/// [`MAX_RECORDS_INPUT_BYTES`] (a binding calls it with a length it has not yet turned into a
/// slice). The operation's own limit is checked once `operation` has been read: most take at
/// most [`MAX_INPUT_BYTES`].
///
/// # Errors
/// [`Error::InputTooLarge`].
pub const fn check_length(len: usize) -> Result<(), Error> {
    if len > MAX_RECORDS_INPUT_BYTES {
        return Err(Error::InputTooLarge { size: len, limit: MAX_RECORDS_INPUT_BYTES });
    }
    Ok(())
}

/// The largest request `operation` accepts: [`MAX_RECORDS_INPUT_BYTES`] for the operations on
/// a service's records, [`MAX_INPUT_BYTES`] for the others.
#[must_use]
pub fn input_limit(operation: &str) -> usize {
    match operation {
        "evidence_from_records" | "kpis" => MAX_RECORDS_INPUT_BYTES,
        _ => MAX_INPUT_BYTES,
    }
}

/// Parses and answers a request, typed.
///
/// # Errors
/// Every fault of the request, as an [`Error`].
pub fn handle(request: &str) -> Result<Answer, Error> {
    parse_request(request)?.answer()
}

/// Reads a request document into a typed request. Faults of shape are found here; faults of
/// value when the request is answered.
///
/// # Errors
/// Malformed or oversized JSON, a document that is not an object, a missing, unknown or
/// unsupported `operation` or `version`, and every fault of the operation's fields.
pub fn parse_request(request: &str) -> Result<Request, Error> {
    check_length(request.len())?;
    de::check_depth(request)?;
    let tree = de::parse(request)?;
    read_request(request.len(), &tree)
}

/// Reads a request, `size` bytes long, from its tree: `operation` and `version` first, then
/// the operation's own request type.
fn read_request(size: usize, tree: &de::Node<'_>) -> Result<Request, Error> {
    let head: de::Head = de::read(tree, de::Keys::Only(&["operation", "version"]))?;
    if let Some(version) = head.version {
        if version != de::Version::Number(1.0) {
            let version = match version {
                de::Version::Number(n) => crate::error::shown(&n).to_string(),
                de::Version::Other(text) => text,
            };
            return Err(Error::UnsupportedVersion { version });
        }
    }
    let Some(operation) = head.operation else {
        return Err(Error::MissingField { field: String::from("operation") });
    };
    let limit = input_limit(&operation);
    if size > limit {
        return Err(Error::InputTooLarge { size, limit });
    }
    const SKIP: de::Keys = de::Keys::Skip(&["operation", "version"]);
    Ok(match operation.as_str() {
        "review" => Request::Review(de::read(tree, SKIP).map_err(|e| with_item_forms(tree, e))?),
        "compare" => Request::Compare(de::read(tree, SKIP).map_err(|e| with_item_forms(tree, e))?),
        "history" => Request::History(de::read(tree, SKIP).map_err(|e| with_item_forms(tree, e))?),
        "evidence_from_records" => Request::EvidenceFromRecords(Box::new(de::read(tree, SKIP)?)),
        "kpis" => Request::Kpis(Box::new(de::read(tree, SKIP)?)),
        "schedule" => Request::Schedule(de::read(tree, SKIP)?),
        "recommend_model" => Request::RecommendModel(de::read(tree, SKIP)?),
        "check_contract" => Request::CheckContract(Box::new(de::read(tree, SKIP)?)),
        "swemwbs" => Request::Swemwbs(de::read(tree, SKIP)?),
        "frameworks" => Request::Frameworks(de::read(tree, SKIP)?),
        "validate_scale" => Request::ValidateScale(de::read(tree, SKIP)?),
        "describe_scale" => Request::DescribeScale(de::read(tree, SKIP)?),
        _ => return Err(Error::UnknownOperation { operation, accepted: OPERATIONS }),
    })
}

/// `error`, from reading a review or a comparison, with an unknown field of an item's evidence
/// answered by the forms that item takes (`accepted here: rating, insufficient_data`) when the
/// request's scale can be read. The evidence is read before the scale, so serde can only list
/// the fields of every form.
fn with_item_forms(tree: &de::Node<'_>, error: Error) -> Error {
    #[derive(serde::Deserialize)]
    struct ScaleOnly {
        scale: scales::ScaleRef,
    }
    let Error::UnknownField { field, .. } = &error else { return error };
    let Some(number) = review::evidence_item(field) else { return error };
    let Ok(ScaleOnly { scale }) = de::read(tree, de::Keys::Only(&["scale"])) else { return error };
    match review::accepted_forms(&scale, number) {
        Some(accepted) => Error::UnknownField { field: field.clone(), accepted: accepted.into() },
        None => error,
    }
}

/// The error document for `error`.
#[must_use]
pub fn error_document(error: &Error) -> String {
    let document = ErrorDocument {
        error: ErrorBody {
            code: error.code().as_str().into(),
            field: error.field().map(String::from),
            message: error.to_string(),
        },
        produced_by: ProducedBy::library(),
    };
    // Two strings and an optional string always serialise; should that ever fail, the answer
    // is still a well-formed error document.
    serde_json::to_string(&document).unwrap_or_else(|_| {
        String::from(concat!(
            r#"{"error":{"code":"internal_error","message":"internal error: the error document could not be written"},"#,
            r#""produced_by":{"library":"sefidelity","version":""#,
            env!("CARGO_PKG_VERSION"),
            r#""}}"#
        ))
    })
}

/// The answer to any request that fails: `{"error": {"code", "field"?, "message"},
/// "produced_by": {"library", "version"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErrorDocument {
    /// The failure.
    pub error: ErrorBody,
    /// What produced the answer: the library and its version.
    pub produced_by: ProducedBy,
}

/// The body of an error document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErrorBody {
    /// The stable error code, e.g. `rating_out_of_range` ([`crate::ErrorCode`]).
    pub code: String,
    /// The path of the offending field, when the error concerns one (`evidence.7.rating`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub field: Option<String>,
    /// What is wrong: the field, the value and what is accepted.
    pub message: String,
}

/// A request: one operation's request, tagged by `operation`. Written by serde_json as the
/// document [`parse_request`] reads back.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "operation", rename_all = "snake_case")]
pub enum Request {
    /// `"operation": "review"`.
    Review(ReviewRequest),
    /// `"operation": "compare"`.
    Compare(CompareRequest),
    /// `"operation": "history"`.
    History(HistoryRequest),
    /// `"operation": "evidence_from_records"`.
    EvidenceFromRecords(Box<EvidenceFromRecordsRequest>),
    /// `"operation": "kpis"`.
    Kpis(Box<KpisRequest>),
    /// `"operation": "schedule"`.
    Schedule(ScheduleRequest),
    /// `"operation": "recommend_model"`.
    RecommendModel(RecommendModelRequest),
    /// `"operation": "check_contract"`.
    CheckContract(Box<ContractRequest>),
    /// `"operation": "swemwbs"`.
    Swemwbs(SwemwbsRequest),
    /// `"operation": "frameworks"`.
    Frameworks(FrameworksRequest),
    /// `"operation": "validate_scale"`.
    ValidateScale(ValidateScaleRequest),
    /// `"operation": "describe_scale"`.
    DescribeScale(DescribeScaleRequest),
}

impl Request {
    /// Answers the request, naming what produced the answer.
    ///
    /// # Errors
    /// Every fault of the request's values, naming its field.
    pub fn answer(&self) -> Result<Answer, Error> {
        let response = match self {
            Self::Review(r) => Response::Review(r.answer()?),
            Self::Compare(c) => Response::Compare(c.answer()?),
            Self::History(h) => Response::History(Box::new(h.answer()?)),
            Self::EvidenceFromRecords(e) => Response::EvidenceFromRecords(Box::new(e.answer()?)),
            Self::Kpis(k) => Response::Kpis(k.answer()?),
            Self::Schedule(s) => Response::Schedule(Box::new(s.answer()?)),
            Self::RecommendModel(r) => Response::RecommendModel(r.answer()?),
            Self::CheckContract(c) => Response::CheckContract(c.answer()?),
            Self::Swemwbs(s) => Response::Swemwbs(s.answer()?),
            Self::Frameworks(f) => Response::Frameworks(f.answer()?),
            Self::ValidateScale(v) => Response::ValidateScale(v.answer()?),
            Self::DescribeScale(d) => Response::DescribeScale(Box::new(d.answer()?)),
        };
        let produced_by = match (self, self.scale()) {
            (Self::EvidenceFromRecords(_), _) => ProducedBy::with_scale(&crate::ips25::SCALE),
            (_, Some(scale)) => scales::ScaleChoice::from_ref(scale)?.with_scale(ProducedBy::with_scale)?,
            (_, None) => ProducedBy::library(),
        };
        Ok(Answer { response, produced_by })
    }

    /// The scale the request names, if it names one.
    #[must_use]
    pub const fn scale(&self) -> Option<&ScaleRef> {
        match self {
            Self::Review(r) => Some(&r.scale),
            Self::Compare(c) => Some(&c.scale),
            Self::History(h) => Some(&h.scale),
            Self::ValidateScale(v) => Some(&v.scale),
            Self::DescribeScale(d) => Some(&d.scale),
            // Derives the UK IPS scale's evidence, but names no scale (see `answer`).
            Self::EvidenceFromRecords(_) => None,
            Self::Kpis(_)
            | Self::Schedule(_)
            | Self::RecommendModel(_)
            | Self::CheckContract(_)
            | Self::Swemwbs(_)
            | Self::Frameworks(_) => None,
        }
    }

    /// The request as a JSON document, which [`parse_request`] reads back unchanged.
    ///
    /// # Errors
    /// [`Error::Internal`] if writing fails (it cannot for these types).
    pub fn to_json(&self) -> Result<String, Error> {
        written(self)
    }
}

/// What [`evaluate`] writes for a request answered: the operation's response, with
/// `produced_by` beside its fields (in TypeScript, `Answered<R>` of `bindings/js/index.d.ts`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    /// The operation's response.
    #[serde(flatten)]
    pub response: Response,
    /// What produced it: the library, its version, and the scale where one was used.
    pub produced_by: ProducedBy,
}

impl Answer {
    /// The answer as a JSON document.
    ///
    /// # Errors
    /// [`Error::Internal`] if serialisation fails (it cannot for these types).
    pub fn to_json(&self) -> Result<String, Error> {
        written(self)
    }
}

/// A response to any operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum Response {
    /// Answer to `review`.
    Review(ReviewResponse),
    /// Answer to `compare`.
    Compare(CompareResponse),
    /// Answer to `history`.
    History(Box<HistoryResponse>),
    /// Answer to `evidence_from_records`.
    EvidenceFromRecords(Box<EvidenceFromRecordsResponse>),
    /// Answer to `kpis`.
    Kpis(KpisResponse),
    /// Answer to `schedule`.
    Schedule(Box<ScheduleResponse>),
    /// Answer to `recommend_model`.
    RecommendModel(RecommendationResponse),
    /// Answer to `check_contract`.
    CheckContract(ContractResponse),
    /// Answer to `swemwbs`.
    Swemwbs(SwemwbsResponse),
    /// Answer to `frameworks`.
    Frameworks(FrameworksResponse),
    /// Answer to `validate_scale`.
    ValidateScale(ValidateScaleResponse),
    /// Answer to `describe_scale`.
    DescribeScale(Box<DescribeScaleResponse>),
}

impl Response {
    /// The response as a JSON document.
    ///
    /// # Errors
    /// [`Error::Internal`] if serialisation fails (it cannot for these types).
    pub fn to_json(&self) -> Result<String, Error> {
        written(self)
    }
}

/// `value` written as JSON by serde_json.
fn written<T: Serialize>(value: &T) -> Result<String, Error> {
    serde_json::to_string(value).map_err(|e| Error::Internal { detail: e.to_string() })
}

#[cfg(test)]
mod tests;
