//! The `swemwbs` operation of the document API ([`crate::wellbeing`]): one questionnaire
//! scored, or each client's change from start to end with the service's mean change.
//!
//! ```json
//! { "operation": "swemwbs", "responses": [5, 4, 3, 4, 4, 3, 4] }
//! { "raw": 27, "metric": 24.11 }
//!
//! { "operation": "swemwbs",
//!   "clients": [ { "id": "c1", "start": [3, 3, 2, 3, 3, 2, 3], "end": [5, 4, 3, 4, 4, 3, 4] },
//!                { "id": "c2", "start": [2, 3, 3, 3, 3, 3, 3] } ] }
//! { "clients": [ { "id": "c1", "raw_start": 19, "raw_end": 27, "metric_start": 17.98,
//!                  "metric_end": 24.11, "metric_change": 6.13 },
//!                { "id": "c2", "raw_start": 20, "raw_end": null, "metric_start": 18.59,
//!                  "metric_end": null, "metric_change": null } ],
//!   "clients_with_change": 1, "mean_metric_change": 6.13,
//!   "source": { "document": "swemwbs", "seed": "-", "locator": "raw-to-metric conversion table" } }
//! ```
//!
//! Each questionnaire is exactly seven answers, in item order, each a whole number from 1 to
//! 5. `end` is optional (or `null`): a client without it has no change and is left out of the
//! mean, which is `null` when no client has both. Client ids are non-empty and distinct;
//! errors name the client by id (`clients[c1].end[3]`).

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::fields::SourceDoc;
use crate::error::Error;
use crate::number::is_whole;
use crate::wellbeing::{self, ITEMS, PROVENANCE, RESPONSE_MAX, RESPONSE_MIN, Swemwbs};

// ---------------------------------------------------------------------------------------
// Requests

/// A `swemwbs` request: one questionnaire (`responses`), or clients' start and end
/// questionnaires (`clients`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SwemwbsRequest {
    /// One questionnaire: seven answers, each 1–5.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub responses: Option<Vec<f64>>,
    /// Clients, each with a start questionnaire and an optional end one.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub clients: Option<Vec<SwemwbsClient>>,
}

/// One client of a `swemwbs` request.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SwemwbsClient {
    /// The client's id, unique in the request.
    pub id: String,
    /// The questionnaire at the start of support.
    pub start: Vec<f64>,
    /// The questionnaire at the end, if taken (or `null`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub end: Option<Vec<f64>>,
}

/// What one answer accepts.
const ANSWER: &str = "a whole number from 1 to 5";

/// Exactly seven answers: too few is a missing answer (`path[k]`), too many an unknown one.
fn questionnaire(values: &[f64], path: &str) -> Result<Swemwbs, Error> {
    if values.len() < ITEMS {
        return Err(Error::MissingField { field: format!("{path}[{}]", values.len()) });
    }
    if values.len() > ITEMS {
        return Err(Error::UnknownField {
            field: format!("{path}[{ITEMS}]"),
            accepted: format!("exactly {ITEMS} answers, {path}[0] to {path}[{}]", ITEMS - 1),
        });
    }
    let mut answers = [RESPONSE_MIN; ITEMS];
    for ((i, &value), slot) in values.iter().enumerate().zip(answers.iter_mut()) {
        let field = || format!("{path}[{i}]");
        if !(f64::from(RESPONSE_MIN)..=f64::from(RESPONSE_MAX)).contains(&value) {
            return Err(Error::ValueOutOfRange { field: field(), value, accepted: ANSWER });
        }
        if !is_whole(value) {
            return Err(Error::NotWholeNumber { field: field(), value, accepted: ANSWER });
        }
        // 1.0..=5.0 and whole: exactly one of 1–5.
        *slot = (RESPONSE_MIN..=RESPONSE_MAX)
            .find(|n| f64::from(*n) == value)
            .ok_or_else(|| Error::ValueOutOfRange { field: field(), value, accepted: ANSWER })?;
    }
    Swemwbs::new(answers)
}

/// A client's questionnaires, checked.
struct CheckedClient<'a> {
    id: &'a str,
    start: Swemwbs,
    end: Option<Swemwbs>,
}

impl SwemwbsRequest {
    /// The clients' questionnaires, checked; errors name the client by id (`clients[c1].end[3]`).
    fn clients<'a>(clients: &'a [SwemwbsClient]) -> Result<Vec<CheckedClient<'a>>, Error> {
        let mut out: Vec<CheckedClient<'a>> = Vec::with_capacity(clients.len());
        for (i, c) in clients.iter().enumerate() {
            if c.id.is_empty() {
                return Err(Error::ValueOutOfRange {
                    field: format!("clients[{i}].id"),
                    value: 0.0,
                    accepted: "a non-empty id",
                });
            }
            let at = format!("clients[{}]", c.id);
            let start = questionnaire(&c.start, &format!("{at}.start"))?;
            let end = c.end.as_deref().map(|end| questionnaire(end, &format!("{at}.end"))).transpose()?;
            if out.iter().any(|o| o.id == c.id) {
                return Err(Error::DuplicateRecord { field: format!("{at}.id"), id: c.id.clone() });
            }
            out.push(CheckedClient { id: &c.id, start, end });
        }
        Ok(out)
    }

    /// Answers the request.
    ///
    /// # Errors
    /// Both or neither of `responses` and `clients`; a questionnaire of other than seven
    /// answers or with an answer outside 1–5; a client id empty or repeated.
    pub fn answer(&self) -> Result<SwemwbsResponse, Error> {
        match (&self.responses, &self.clients) {
            (Some(responses), None) => {
                let s = questionnaire(responses, "responses")?;
                Ok(SwemwbsResponse::Score(SwemwbsScoreDoc { raw: s.raw(), metric: s.metric().get() }))
            }
            (Some(_), Some(_)) => Err(Error::ConflictingEvidence {
                field: String::from("request"),
                first: String::from("responses"),
                second: String::from("clients"),
            }),
            (None, None) => Err(Error::EmptyEvidence {
                field: String::from("request"),
                accepted: "responses (7 answers), or clients (each with id, start and optional end)",
            }),
            (None, Some(clients)) => {
                let clients = Self::clients(clients)?;
                let docs = clients
                    .iter()
                    .map(|c| {
                        let change = c.end.map(|end| c.start.change_to(&end));
                        SwemwbsClientDoc {
                            id: String::from(c.id),
                            raw_start: c.start.raw(),
                            raw_end: c.end.map(|e| e.raw()),
                            metric_start: c.start.metric().get(),
                            metric_end: c.end.map(|e| e.metric().get()),
                            metric_change: change.map(|ch| ch.metric_change.get()),
                        }
                    })
                    .collect();
                let changes = || clients.iter().filter_map(|c| c.end.map(|end| c.start.change_to(&end)));
                Ok(SwemwbsResponse::Changes(SwemwbsChangesDoc {
                    clients: docs,
                    clients_with_change: u32::try_from(changes().count()).unwrap_or(u32::MAX),
                    mean_metric_change: wellbeing::mean_metric_change(changes()),
                    source: PROVENANCE.into(),
                }))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Responses

/// The answer to a `swemwbs` request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum SwemwbsResponse {
    /// For `"responses"`: `{"raw": 27, "metric": 24.11}`.
    Score(SwemwbsScoreDoc),
    /// For `"clients"`: each client's change and the mean.
    Changes(SwemwbsChangesDoc),
}

/// One questionnaire's scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SwemwbsScoreDoc {
    /// Raw total, 7–35.
    pub raw: u8,
    /// Metric score by the conversion table, 7.00–35.00.
    pub metric: f64,
}

/// One client's scores and change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SwemwbsClientDoc {
    /// The client's id.
    pub id: String,
    /// Raw total at start.
    pub raw_start: u8,
    /// Raw total at end, or `null` without an end questionnaire.
    pub raw_end: Option<u8>,
    /// Metric score at start.
    pub metric_start: f64,
    /// Metric score at end, or `null`.
    pub metric_end: Option<f64>,
    /// `metric_end − metric_start`, or `null`.
    pub metric_change: Option<f64>,
}

/// The clients' changes and the service's mean change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SwemwbsChangesDoc {
    /// Every client, in request order.
    pub clients: Vec<SwemwbsClientDoc>,
    /// Clients with both a start and an end questionnaire.
    pub clients_with_change: u32,
    /// Mean metric change over those clients (the nearest `f64` to the exact mean), or `null`
    /// when there are none.
    pub mean_metric_change: Option<f64>,
    /// Where the conversion table is published.
    pub source: SourceDoc,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;
    use alloc::string::ToString;

    use serde_json::{Value, json};

    fn decode(text: &str) -> Result<SwemwbsRequest, Error> {
        match super::super::parse_request(text)? {
            super::super::Request::Swemwbs(request) => Ok(request),
            other => Err(Error::Internal { detail: alloc::format!("not a swemwbs request: {other:?}") }),
        }
    }

    fn answer(text: &str) -> Value {
        let request = decode(text).unwrap();
        // Requests round-trip through their JSON.
        let json = super::super::Request::Swemwbs(request.clone()).to_json().unwrap();
        assert_eq!(decode(&json).unwrap(), request);
        serde_json::to_value(request.answer().unwrap()).unwrap()
    }

    fn error(text: &str) -> (ErrorCode, Option<String>) {
        let e = super::super::handle(text).unwrap_err();
        (e.code(), e.field().map(String::from))
    }

    #[test]
    fn the_design_example_scores_27_and_24_11() {
        let text = r#"{"operation":"swemwbs","responses":[5,4,3,4,4,3,4]}"#;
        assert_eq!(answer(text), json!({ "raw": 27, "metric": 24.11 }));
        let response = serde_json::to_string(&decode(text).unwrap().answer().unwrap()).unwrap();
        assert_eq!(response, r#"{"raw":27,"metric":24.11}"#);
    }

    #[test]
    fn both_ends_of_the_table() {
        let low = answer(r#"{"operation":"swemwbs","version":1,"responses":[1,1,1,1,1,1,1]}"#);
        assert_eq!(low, json!({ "raw": 7, "metric": 7.0 }));
        let high = answer(r#"{"operation":"swemwbs","responses":[5,5,5,5,5,5,5.0]}"#);
        assert_eq!(high, json!({ "raw": 35, "metric": 35.0 }));
    }

    #[test]
    fn clients_change_and_the_mean_leaves_out_clients_without_end() {
        let v = answer(
            r#"{"operation":"swemwbs","clients":[
                {"id":"c1","start":[3,3,2,3,3,2,3],"end":[5,4,3,4,4,3,4]},
                {"id":"c2","start":[2,3,3,3,3,3,3]},
                {"id":"c3","start":[3,3,3,3,3,3,2],"end":[3,3,3,2,3,2,2]},
                {"id":"c4","start":[1,1,1,1,1,1,1],"end":null}]}"#,
        );
        assert_eq!(
            v["clients"][0],
            json!({"id": "c1", "raw_start": 19, "raw_end": 27, "metric_start": 17.98, "metric_end": 24.11,
                   "metric_change": 6.13})
        );
        assert_eq!(
            v["clients"][1],
            json!({"id": "c2", "raw_start": 20, "raw_end": null, "metric_start": 18.59, "metric_end": null,
                   "metric_change": null})
        );
        // c3: 20 → 18, 18.59 → 17.43.
        assert_eq!(v["clients"][2]["metric_change"], json!(-1.16));
        assert_eq!(v["clients"][3]["metric_change"], Value::Null);
        assert_eq!(v["clients_with_change"], json!(2));
        assert_eq!(v["mean_metric_change"], json!(2.485)); // (6.13 − 1.16) / 2
        assert_eq!(
            v["source"],
            json!({"document": "swemwbs", "seed": "-", "locator": "raw-to-metric conversion table"})
        );
    }

    #[test]
    fn no_client_with_an_end_gives_a_null_mean() {
        let v = answer(r#"{"operation":"swemwbs","clients":[{"id":"a","start":[3,3,3,3,3,3,3]}]}"#);
        assert_eq!(v["mean_metric_change"], Value::Null);
        assert_eq!(v["clients_with_change"], json!(0));
        let v = answer(r#"{"operation":"swemwbs","clients":[]}"#);
        assert_eq!(v["clients"], json!([]));
        assert_eq!(v["mean_metric_change"], Value::Null);
    }

    #[test]
    fn answers_outside_1_to_5_or_not_whole_are_refused() {
        let six = error(r#"{"operation":"swemwbs","responses":[5,4,3,4,4,3,6]}"#);
        assert_eq!(six, (ErrorCode::ValueOutOfRange, Some("responses[6]".into())));
        let zero = error(r#"{"operation":"swemwbs","responses":[0,4,3,4,4,3,4]}"#);
        assert_eq!(zero, (ErrorCode::ValueOutOfRange, Some("responses[0]".into())));
        let negative = error(r#"{"operation":"swemwbs","responses":[5,-1,3,4,4,3,4]}"#);
        assert_eq!(negative, (ErrorCode::ValueOutOfRange, Some("responses[1]".into())));
        let half = error(r#"{"operation":"swemwbs","responses":[5,4,2.5,4,4,3,4]}"#);
        assert_eq!(half, (ErrorCode::NotWholeNumber, Some("responses[2]".into())));
        let text = error(r#"{"operation":"swemwbs","responses":[5,4,"3",4,4,3,4]}"#);
        assert_eq!(text, (ErrorCode::WrongType, Some("responses[2]".into())));
        let e = super::super::handle(r#"{"operation":"swemwbs","responses":[5,4,2.5,4,4,3,4]}"#).unwrap_err();
        assert_eq!(e.to_string(), "responses[2]: 2.5 is not a whole number; accepted: a whole number from 1 to 5");
    }

    #[test]
    fn exactly_seven_answers() {
        let six = error(r#"{"operation":"swemwbs","responses":[5,4,3,4,4,3]}"#);
        assert_eq!(six, (ErrorCode::MissingField, Some("responses[6]".into())));
        let none = error(r#"{"operation":"swemwbs","responses":[]}"#);
        assert_eq!(none, (ErrorCode::MissingField, Some("responses[0]".into())));
        let eight = error(r#"{"operation":"swemwbs","responses":[5,4,3,4,4,3,4,4]}"#);
        assert_eq!(eight, (ErrorCode::UnknownField, Some("responses[7]".into())));
        let object = error(r#"{"operation":"swemwbs","responses":{"1":5}}"#);
        assert_eq!(object, (ErrorCode::WrongType, Some("responses".into())));
    }

    #[test]
    fn request_shape_errors() {
        let unknown = error(r#"{"operation":"swemwbs","responses":[5,4,3,4,4,3,4],"total":27}"#);
        assert_eq!(unknown, (ErrorCode::UnknownField, Some("total".into())));
        let both = error(r#"{"operation":"swemwbs","responses":[5,4,3,4,4,3,4],"clients":[]}"#);
        assert_eq!(both.0, ErrorCode::ConflictingEvidence);
        let neither = error(r#"{"operation":"swemwbs"}"#);
        assert_eq!(neither.0, ErrorCode::EmptyEvidence);
        let not_array = error(r#"{"operation":"swemwbs","clients":{}}"#);
        assert_eq!(not_array, (ErrorCode::WrongType, Some("clients".into())));
    }

    #[test]
    fn client_errors_name_the_client_by_id() {
        let bad_end =
            error(r#"{"operation":"swemwbs","clients":[{"id":"c1","start":[3,3,3,3,3,3,3],"end":[3,3,3,9,3,3,3]}]}"#);
        assert_eq!(bad_end, (ErrorCode::ValueOutOfRange, Some("clients[c1].end[3]".into())));
        let no_start = error(r#"{"operation":"swemwbs","clients":[{"id":"c1"}]}"#);
        assert_eq!(no_start, (ErrorCode::MissingField, Some("clients[c1].start".into())));
        let no_id = error(r#"{"operation":"swemwbs","clients":[{"start":[3,3,3,3,3,3,3]}]}"#);
        assert_eq!(no_id, (ErrorCode::MissingField, Some("clients[0].id".into())));
        let empty_id = error(r#"{"operation":"swemwbs","clients":[{"id":"","start":[3,3,3,3,3,3,3]}]}"#);
        assert_eq!(empty_id, (ErrorCode::ValueOutOfRange, Some("clients[0].id".into())));
        let extra = error(r#"{"operation":"swemwbs","clients":[{"id":"c1","start":[3,3,3,3,3,3,3],"raw":21}]}"#);
        assert_eq!(extra, (ErrorCode::UnknownField, Some("clients[c1].raw".into())));
        let twice = error(
            r#"{"operation":"swemwbs","clients":[{"id":"c1","start":[3,3,3,3,3,3,3]},{"id":"c1","start":[3,3,3,3,3,3,3]}]}"#,
        );
        assert_eq!(twice, (ErrorCode::DuplicateRecord, Some("clients[c1].id".into())));
    }
}
