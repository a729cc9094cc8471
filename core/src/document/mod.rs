//! The JSON document API: one request in, one response out, for every operation.
//!
//! [`evaluate`] is the single entry point every binding exposes (the C library as
//! `sef_evaluate_json`, the WebAssembly module as `evaluate`). It never panics: any
//! fault comes back as an error document
//! `{"error": {"code": "...", "message": "...", "field": "..."}}` whose `code` is a
//! stable [`ErrorCode`](crate::ErrorCode) and whose message names the field, the value
//! and what is accepted.
//!
//! # Limits
//! A request may be at most [`MAX_INPUT_BYTES`] (256 KiB) long and nest arrays and
//! objects at most [`MAX_DEPTH`] (32) levels deep. A number is read as the nearest double
//! (ties to even, as `str::parse` reads it, however many digits it has); one past the
//! largest double makes the request malformed JSON (`malformed_json`, "number out of range").
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
//! `insufficient_data` and `action_plan`.
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
//! **`schedule`** ([`crate::commissioning::schedule`]):
//! `{"operation": "schedule", "model": "ips", "service_start": "2024-03-01", "as_of": "2026-06-01",
//! "external_reviews": [{"date": "2025-02-01", "outcome": "good"}],
//! "internal_assessments": [{"date": "2026-01-15", "scored": true, "action_plan": true}]}` →
//! [`ScheduleResponse`]: `next_external` and `next_internal` (`due` or `null`, `overdue`,
//! `days_overdue`, `reason`, `source`), `overdue`, `not_counted`. Outcomes are IPS bands
//! (`exemplary`, `good`, `fair`, `not_supported_employment`) or SEQF levels (`excellent`,
//! `good`, `not_accredited`).
//!
//! **`recommend_model`** ([`crate::commissioning::model_choice`]):
//! `{"operation": "recommend_model", "groups": ["autism"], "integration": "not_necessary",
//! "need": "high"}` → [`RecommendationResponse`] (`model` or `null`, `strength`, `reasons`).
//! Groups: `severe_mental_illness`, `mental_health`, `physical_health`, `learning_disability`,
//! `autism`, `substance_misuse`, `housing_insecurity`, `ex_offenders`; integration:
//! `needed_and_possible`, `not_necessary`, `not_possible`; need: `low`, `moderate`, `high`.
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
mod decode;
mod frameworks;
mod json;
mod report_view;
mod scales;
mod wellbeing;
mod write;

pub use commissioning::{
    ContractRequest, ContractResponse, ExternalReviewDoc, FindingDoc, KpiDoc, KpiInput, KpisRequest, KpisResponse,
    NextReviewDoc, ReasonDoc, RecommendationResponse, RecordSummaryDoc, ScheduleRequest, ScheduleResponse,
    SeverityCountsDoc, SourceDoc,
};
pub use frameworks::{
    DomainCoverageDoc, DomainDoc, ElementDoc, FrameworkDoc, FrameworkListDoc, FrameworkReviewDoc, FrameworksRequest,
    FrameworksResponse, MarkCountsDoc, MarkedElementDoc, SharesDoc,
};
pub use scales::{
    BandDoc, CheckDoc, ComponentDoc, DescribeScaleRequest, DescribeScaleResponse, ItemDescriptionDoc, ModificationDoc,
    ModifiedItemDoc, ParameterDoc, SCALE_IDS, ScaleChoice, ScaleItemDoc, SectionDescriptionDoc, UnitDoc,
    ValidateScaleRequest, ValidateScaleResponse,
};
pub use wellbeing::{
    SwemwbsChangesDoc, SwemwbsClient, SwemwbsClientDoc, SwemwbsRequest, SwemwbsResponse, SwemwbsScoreDoc,
};

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::compare::ReviewComparison;
use crate::error::Error;
use crate::evidence::{Evidence, TeamAssignment, VocationalRole};
use crate::review::{InsufficientDataPolicy, Review, ReviewOptions, ReviewReport};
use crate::rule::Rule;
use crate::scale::Scale;
use crate::score::Basis;

/// An [`Error`] on the heap, as the document layer's readers return it: a reader's `?` then
/// moves one pointer up to its caller rather than copying the whole error at every level,
/// which makes the WebAssembly module markedly smaller. The public functions return the
/// [`Error`] itself.
type BoxedError = alloc::boxed::Box<Error>;

/// The largest request accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 256 * 1024;
/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 32;
/// The operations the document API answers.
pub const OPERATIONS: &str = "review, compare, kpis, schedule, recommend_model, check_contract, swemwbs, frameworks, \
                              validate_scale, describe_scale";

/// Answers one JSON request with one JSON response (or an error document). Never panics.
#[must_use]
pub fn evaluate(request: &str) -> String {
    match respond(request) {
        Ok(json) => json,
        Err(error) => error_document(&error),
    }
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
    let failed = |error: Error| {
        let code = error.code();
        (error_document(&error), Some(code))
    };
    if let Err(error) = check_length(request.len()) {
        return failed(error);
    }
    let text = match core::str::from_utf8(request) {
        Ok(text) => text,
        Err(e) => {
            return failed(Error::MalformedJson {
                line: 1 + request.iter().take(e.valid_up_to()).filter(|&&b| b == b'\n').count(),
                column: 1 + request.iter().take(e.valid_up_to()).rev().take_while(|&&b| b != b'\n').count(),
                detail: String::from("invalid UTF-8 byte"),
            });
        }
    };
    match respond(text) {
        Ok(json) => (json, None),
        Err(error) => failed(*error),
    }
}

/// The response text for a request: what [`handle`] answers, written as JSON. A review is
/// scored as its evidence is read and written straight from its report
/// ([`report_view`]), rather than scored again by [`Request::answer`] and built into a
/// [`ReviewResponse`] whose items, plan and basis texts would exist only to be written. A
/// comparison's two sides are likewise scored as they are read. Every other request is
/// answered by [`Request::answer_other`].
fn respond(request: &str) -> Result<String, BoxedError> {
    let arena = json::Arena::for_input(request);
    let json = json::parse(request, &arena)?;
    match decode::read(&json)? {
        // One closure for both operations: `with_scale` is generic over its closure, so a
        // second closure would bring a second copy of the scale builders.
        decode::Read::Scored(r) => r.scale.with_scale(|scale| -> Result<String, BoxedError> {
            let decode::Scored::Review { facts } = r.operation else {
                let before = decode::compare_side(scale, &r.root, "before")?.report(r.options);
                let after = decode::compare_side(scale, &r.root, "after")?.report(r.options);
                let comparison = ReviewComparison::new(&before, &after)?;
                return Ok(written(&CompareResponse::new(&before, &after, &comparison))?);
            };
            let report = decode::review_evidence(scale, &r.root)?.report(r.options);
            let modification = r.scale.modification().map(|m| ModificationDoc::new(m, &facts));
            let mut out = write::Writer::new(write::RESPONSE_CAPACITY);
            report_view::write_review(&mut out, &report, modification.as_ref())
                .and_then(|()| out.finish())
                .map_err(|e| Error::Internal { detail: e.to_string() }.into())
        })?,
        decode::Read::Other(other) => Ok(other.answer_other::<String>()?),
    }
}

/// Checks a request's length against [`MAX_INPUT_BYTES`] before it is read (a binding calls
/// it with a length it has not yet turned into a slice).
///
/// # Errors
/// [`Error::InputTooLarge`].
pub const fn check_length(len: usize) -> Result<(), Error> {
    if len > MAX_INPUT_BYTES {
        return Err(Error::InputTooLarge { size: len, limit: MAX_INPUT_BYTES });
    }
    Ok(())
}

/// Parses and answers a request, typed.
///
/// # Errors
/// Every fault of the request, as an [`Error`].
pub fn handle(request: &str) -> Result<Response, Error> {
    parse_request(request)?.answer()
}

/// Parses a request document into a typed request, validating all of it.
///
/// # Errors
/// Every fault of the request, as an [`Error`].
pub fn parse_request(request: &str) -> Result<Request, Error> {
    let arena = json::Arena::for_input(request);
    decode::request(&json::parse(request, &arena)?).map_err(|e| *e)
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
    };
    // Two strings and an optional string always serialise; should that ever fail, the answer
    // is still a well-formed error document.
    write::to_string(&document, 256).unwrap_or_else(|_| {
        String::from(r#"{"error":{"code":"internal_error","message":"internal error: the error document could not be written"}}"#)
    })
}

/// A number for output: rounded to 9 decimal places (half away from zero), so that
/// 0.75 − 0.70 reads 0.05 rather than 0.050000000000000044 and 1/3 reads 0.333333333.
pub(crate) fn round_for_output(x: f64) -> f64 {
    const SCALE: f64 = 1e9;
    let scaled = x * SCALE;
    // Beyond 2^53 a double has no fractional part to round.
    if !(-crate::score::EXACT_INTEGER_LIMIT..=crate::score::EXACT_INTEGER_LIMIT).contains(&scaled) {
        return x;
    }
    let half = if scaled < 0.0 { -0.5 } else { 0.5 };
    #[expect(clippy::cast_possible_truncation, reason = "|scaled| <= 2^53, so truncation is exact")]
    let rounded = (scaled + half) as i64;
    #[expect(clippy::cast_precision_loss, reason = "|rounded| <= 2^53 + 1 is exact in f64")]
    let back = rounded as f64;
    back / SCALE + 0.0
}

/// The answer to any request that fails: `{"error": {"code", "field"?, "message"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErrorDocument {
    /// The failure.
    pub error: ErrorBody,
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

/// A parsed, validated request.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// `"operation": "review"`.
    Review(ReviewRequest),
    /// `"operation": "compare"`.
    Compare(CompareRequest),
    /// `"operation": "kpis"`.
    Kpis(KpisRequest),
    /// `"operation": "schedule"`.
    Schedule(ScheduleRequest),
    /// `"operation": "recommend_model"`.
    RecommendModel(crate::commissioning::model_choice::Cohort),
    /// `"operation": "check_contract"`.
    CheckContract(ContractRequest),
    /// `"operation": "swemwbs"`.
    Swemwbs(SwemwbsRequest),
    /// `"operation": "frameworks"`.
    Frameworks(FrameworksRequest),
    /// `"operation": "validate_scale"`.
    ValidateScale(ValidateScaleRequest),
    /// `"operation": "describe_scale"`.
    DescribeScale(DescribeScaleRequest),
}

/// A review request: a scale, evidence by item number, options.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRequest {
    /// The scale.
    pub scale: ScaleChoice,
    /// Evidence, by item number, in request order.
    pub evidence: Vec<(u8, Evidence)>,
    /// Report options.
    pub options: ReviewOptions,
    /// Facts checked against a modified scale's parameters.
    pub facts: crate::modified::Facts,
}

/// A comparison request: two sets of evidence on one scale.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRequest {
    /// The scale.
    pub scale: ScaleChoice,
    /// Evidence of the earlier review.
    pub before: Vec<(u8, Evidence)>,
    /// Evidence of the later review.
    pub after: Vec<(u8, Evidence)>,
    /// Report options (apply to both).
    pub options: ReviewOptions,
}

impl Request {
    /// Answers the request.
    ///
    /// # Errors
    /// Evidence that does not fit the scale (when the request was built by hand).
    pub fn answer(&self) -> Result<Response, Error> {
        match self {
            Self::Review(r) => {
                let mut response = match r.scale {
                    ScaleChoice::BuiltIn(scale) => {
                        ReviewResponse::from_static_report(&build(scale, &r.evidence, "evidence")?.report(r.options))
                    }
                    _ => r.scale.with_scale(|scale| -> Result<ReviewResponse, Error> {
                        let report = build(scale, &r.evidence, "evidence")?.report(r.options);
                        Ok(ReviewResponse::from_report(&report))
                    })??,
                };
                response.modification = r.scale.modification().map(|m| ModificationDoc::new(m, &r.facts));
                Ok(Response::Review(response))
            }
            Self::Compare(c) => c.scale.with_scale(|scale| -> Result<Response, Error> {
                let before = build(scale, &c.before, "before.evidence")?.report(c.options);
                let after = build(scale, &c.after, "after.evidence")?.report(c.options);
                let comparison = ReviewComparison::new(&before, &after)?;
                Ok(Response::Compare(CompareResponse::new(&before, &after, &comparison)))
            })?,
            other => other.answer_other(),
        }
    }

    /// Answers any request but a review or a comparison, as an `A`: the typed [`Response`]
    /// for [`Request::answer`], or the JSON text for [`respond`], written straight from the
    /// operation's own response type (no [`Response`] is built, so the code that writes the
    /// review and comparison variants stays out of the WebAssembly module). `respond` writes
    /// reviews and comparisons itself, from the reports of their evidence scored as it is
    /// read, so neither is read into evidence, scored again and built into a typed response
    /// on that path (~3.6 KB gzipped less). A review or comparison given here is refused as an
    /// internal error: `respond` never gives one, and [`Request::answer`] answers both itself.
    fn answer_other<A: Answer>(&self) -> Result<A, Error> {
        match self {
            Self::Review(_) | Self::Compare(_) => Err(Error::Internal {
                detail: String::from("a review or compare request was answered as another operation"),
            }),
            Self::ValidateScale(v) => A::of(v.answer()?, Response::ValidateScale),
            Self::DescribeScale(d) => A::of(alloc::boxed::Box::new(d.answer()?), Response::DescribeScale),
            Self::Kpis(k) => A::of(k.answer()?, Response::Kpis),
            Self::Schedule(s) => A::of(alloc::boxed::Box::new(s.answer()?), Response::Schedule),
            Self::RecommendModel(c) => A::of(commissioning::recommendation(c), Response::RecommendModel),
            Self::CheckContract(c) => A::of(c.answer(), Response::CheckContract),
            Self::Swemwbs(s) => A::of(s.answer(), Response::Swemwbs),
            Self::Frameworks(f) => A::of(f.answer()?, Response::Frameworks),
        }
    }

    /// The request as a JSON document, which [`parse_request`] reads back unchanged.
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut root = Map::new();
        let (operation, scale, options) = match self {
            Self::Kpis(k) => return k.to_json().to_string(),
            Self::Schedule(s) => return s.to_json().to_string(),
            Self::RecommendModel(c) => return commissioning::cohort_json(c).to_string(),
            Self::CheckContract(c) => return c.to_json().to_string(),
            Self::Swemwbs(s) => return s.to_json().to_string(),
            Self::Frameworks(f) => return f.to_json().to_string(),
            Self::ValidateScale(v) => return v.to_json().to_string(),
            Self::DescribeScale(d) => return d.to_json().to_string(),
            Self::Review(r) => {
                let evidence = r.scale.with_scale(|scale| evidence_json(scale, &r.evidence)).unwrap_or(Value::Null);
                root.insert("evidence".into(), evidence);
                if let Some(facts) = scales::facts_json(&r.facts) {
                    root.insert("facts".into(), facts);
                }
                ("review", &r.scale, r.options)
            }
            Self::Compare(c) => {
                let sides =
                    c.scale.with_scale(|scale| (evidence_json(scale, &c.before), evidence_json(scale, &c.after)));
                let (before, after) = sides.unwrap_or((Value::Null, Value::Null));
                root.insert("before".into(), json!({ "evidence": before }));
                root.insert("after".into(), json!({ "evidence": after }));
                ("compare", &c.scale, c.options)
            }
        };
        root.insert("operation".into(), Value::from(operation));
        root.insert("scale".into(), scale.to_json());
        if options.insufficient_data == InsufficientDataPolicy::LeaveUnscored {
            root.insert("options".into(), json!({ "insufficient_data": "leave_unscored" }));
        }
        Value::Object(root).to_string()
    }
}

fn build<'s>(scale: &'s Scale<'s>, evidence: &[(u8, Evidence)], path: &str) -> Result<Review<'s>, Error> {
    let mut review = Review::new(scale);
    for (number, ev) in evidence {
        review.add(*number, *ev).map_err(|e| decode::relocate(e, path))?;
    }
    Ok(review)
}

fn evidence_json(scale: &Scale<'_>, evidence: &[(u8, Evidence)]) -> Value {
    let mut map = Map::new();
    for (number, ev) in evidence {
        let item = scale.item(*number);
        let components = item.map_or(&[][..], crate::item::Item::components);
        let condition_key = item.and_then(|i| match i.rule {
            Rule::Measured(m) => m.condition.map(|c| c.key),
            _ => None,
        });
        let keys = |set: crate::evidence::ComponentSet| Value::from(set.keys(components).collect::<Vec<_>>());
        let mut obj = Map::new();
        let mut put = |k: &str, v: Value| {
            obj.insert(k.into(), v);
        };
        match ev {
            Evidence::Rating(s) => put("rating", s.get().into()),
            Evidence::InsufficientData => put("insufficient_data", true.into()),
            Evidence::Value(m) => {
                put("value", m.value.into());
                if let (Some(met), Some(key)) = (m.condition_met, condition_key) {
                    put(key, met.into());
                }
            }
            Evidence::Count(n) => put("count", (*n).into()),
            Evidence::Present(set) => put("present", keys(*set)),
            Evidence::VocationalRole(VocationalRole::ReferralOnly) => put("role", "referral_only".into()),
            Evidence::VocationalRole(VocationalRole::RefersOut) => put("role", "refers_out".into()),
            Evidence::VocationalRole(VocationalRole::Phases(n)) => put("phases", (*n).into()),
            Evidence::VocationalRole(VocationalRole::PhasesProvided(set)) => put("phases", keys(*set)),
            Evidence::TeamAssignment(TeamAssignment::SeparateProgramme) => {
                put("arrangement", "separate_programme".into())
            }
            Evidence::TeamAssignment(TeamAssignment::IndividualPractitioners) => {
                put("arrangement", "individual_practitioners".into());
            }
            Evidence::TeamAssignment(TeamAssignment::Teams { teams, caseload_percent }) => {
                put("teams", (*teams).into());
                if let Some(p) = caseload_percent {
                    put("caseload_percent", (*p).into());
                }
            }
            Evidence::GovernmentLiaison(g) => {
                put("client_contacts", g.client_contacts.id().into());
                put("scheduled_meetings", g.scheduled_meetings.id().into());
            }
            Evidence::EmployerContacts(e) => {
                put("contacts_per_week", e.per_week.into());
                if let Some(t) = e.tracking {
                    put("tracking", t.id().into());
                }
                if let Some(p) = e.people_looking_for_work {
                    put("people_looking_for_work", p.into());
                }
            }
            Evidence::CompetitiveJobs(c) => {
                put("permanent_percent", c.permanent_percent.into());
                if let Some(j) = c.current_jobs {
                    put("current_jobs", j.into());
                }
            }
        }
        map.insert(number.to_string(), Value::Object(obj));
    }
    Value::Object(map)
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
    /// Answer to `kpis`.
    Kpis(KpisResponse),
    /// Answer to `schedule`.
    Schedule(alloc::boxed::Box<ScheduleResponse>),
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
    DescribeScale(alloc::boxed::Box<DescribeScaleResponse>),
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

/// What [`Request::answer_other`] gives: an operation's response, typed or written.
trait Answer: Sized {
    /// The answer for `response`, whose [`Response`] variant is `typed`.
    ///
    /// # Errors
    /// [`Error::Internal`] if writing fails (it cannot for these types).
    fn of<T: Serialize>(response: T, typed: fn(T) -> Response) -> Result<Self, Error>;
}

impl Answer for Response {
    fn of<T: Serialize>(response: T, typed: fn(T) -> Response) -> Result<Self, Error> {
        Ok(typed(response))
    }
}

impl Answer for String {
    fn of<T: Serialize>(response: T, _: fn(T) -> Response) -> Result<Self, Error> {
        written(&response)
    }
}

/// A response written as JSON.
fn written<T: Serialize>(response: &T) -> Result<String, Error> {
    write::to_string(response, write::RESPONSE_CAPACITY).map_err(|e| Error::Internal { detail: e.to_string() })
}

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

/// One action-plan entry in a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// On a modified scale only: the modified items and the parameter checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modification: Option<ModificationDoc>,
}

impl ReviewResponse {
    /// The response for a report.
    #[must_use]
    pub fn from_report(report: &ReviewReport<'_>) -> Self {
        Self::build(report, |text| Cow::Owned(String::from(text)))
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
            sections: report
                .sections()
                .map(|s| SectionDoc {
                    section: text(s.section.key),
                    total: s.total,
                    max: s.max,
                    scored: s.scored,
                    items: s.items,
                })
                .collect(),
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
                })
                .collect(),
            modification: None,
        }
    }
}

const fn basis_kind(basis: &Basis) -> &'static str {
    match basis {
        Basis::Rating => "rating",
        Basis::Anchor => "anchor",
        Basis::Interval { .. } => "interval",
        Basis::Count { .. } => "count",
        Basis::Clause(_) => "clause",
        Basis::InsufficientData => "insufficient_data",
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
mod tests;
