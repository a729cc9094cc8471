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

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::BoxedError;
use super::SourceDoc;
use super::decode::{Object, number, string};
use super::json::Json;
use crate::error::Error;
use crate::score::is_whole;
use crate::wellbeing::{self, ITEMS, PROVENANCE, RESPONSE_MAX, RESPONSE_MIN, Swemwbs};

// ---------------------------------------------------------------------------------------
// Requests

/// A `swemwbs` request: one questionnaire, or clients' start and end questionnaires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SwemwbsRequest {
    /// `"responses": [7 answers]`: score one questionnaire.
    Score(Swemwbs),
    /// `"clients": [...]`: each client's change and the service's mean change.
    Clients(Vec<SwemwbsClient>),
}

/// One client of a `swemwbs` request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwemwbsClient {
    /// The client's id, unique in the request.
    pub id: String,
    /// The questionnaire at the start of support.
    pub start: Swemwbs,
    /// The questionnaire at the end, if taken.
    pub end: Option<Swemwbs>,
}

/// What one answer accepts.
const ANSWER: &str = "a whole number from 1 to 5";

/// Decodes a `swemwbs` request (the root object, whose `operation` is `swemwbs`).
pub(super) fn request(root: &Object<'_>) -> Result<SwemwbsRequest, BoxedError> {
    match (root.get("responses"), root.get("clients")) {
        (Some(responses), None) => {
            root.only(&["operation", "version", "responses"])?;
            Ok(SwemwbsRequest::Score(questionnaire(responses, &root.path_of("responses"))?))
        }
        (None, Some(clients)) => {
            root.only(&["operation", "version", "clients"])?;
            let Json::Array(list) = clients else {
                return Err(Error::WrongType {
                    field: root.path_of("clients"),
                    expected: "an array of clients",
                    found: clients.type_name(),
                }
                .into());
            };
            let mut out: Vec<SwemwbsClient> = Vec::with_capacity(list.len());
            for (i, json) in list.iter().enumerate() {
                let c = client(i, json)?;
                if out.iter().any(|o| o.id == c.id) {
                    return Err(Error::DuplicateRecord { field: format!("clients[{}].id", c.id), id: c.id }.into());
                }
                out.push(c);
            }
            Ok(SwemwbsRequest::Clients(out))
        }
        (Some(_), Some(_)) => Err(Error::ConflictingEvidence {
            field: String::from("request"),
            first: String::from("responses"),
            second: String::from("clients"),
        }
        .into()),
        (None, None) => Err(Error::EmptyEvidence {
            field: String::from("request"),
            accepted: "responses (7 answers), or clients (each with id, start and optional end)",
        }
        .into()),
    }
}

fn client(index: usize, json: &Json) -> Result<SwemwbsClient, BoxedError> {
    // Until the id is read, the client is named by its position.
    let obj = Object::new(json, format!("clients[{index}]"))?;
    let id = string(obj.require("id")?, obj.path_of("id"))?;
    if id.is_empty() {
        return Err(Error::ValueOutOfRange { field: obj.path_of("id"), value: 0.0, accepted: "a non-empty id" }.into());
    }
    let obj = Object { path: format!("clients[{id}]").into(), ..obj };
    obj.only(&["id", "start", "end"])?;
    let start = questionnaire(obj.require("start")?, &obj.path_of("start"))?;
    let end = match obj.get("end") {
        None | Some(Json::Null) => None,
        Some(end) => Some(questionnaire(end, &obj.path_of("end"))?),
    };
    Ok(SwemwbsClient { id: String::from(id), start, end })
}

/// Exactly seven answers: too few is a missing answer (`path[k]`), too many an unknown one.
fn questionnaire(json: &Json, path: &str) -> Result<Swemwbs, BoxedError> {
    let Json::Array(values) = json else {
        return Err(Error::WrongType {
            field: String::from(path),
            expected: "an array of 7 answers",
            found: json.type_name(),
        }
        .into());
    };
    if values.len() < ITEMS {
        return Err(Error::MissingField { field: format!("{path}[{}]", values.len()) }.into());
    }
    if values.len() > ITEMS {
        return Err(Error::UnknownField {
            field: format!("{path}[{ITEMS}]"),
            accepted: format!("exactly {ITEMS} answers, {path}[0] to {path}[{}]", ITEMS - 1),
        }
        .into());
    }
    let mut answers = [RESPONSE_MIN; ITEMS];
    for ((i, json), slot) in values.iter().enumerate().zip(answers.iter_mut()) {
        let field = || format!("{path}[{i}]");
        let value = number(json, field())?;
        if !(f64::from(RESPONSE_MIN)..=f64::from(RESPONSE_MAX)).contains(&value) {
            return Err(Error::ValueOutOfRange { field: field(), value, accepted: ANSWER }.into());
        }
        if !is_whole(value) {
            return Err(Error::NotWholeNumber { field: field(), value, accepted: ANSWER }.into());
        }
        // 1.0..=5.0 and whole: exactly one of 1–5.
        *slot = (RESPONSE_MIN..=RESPONSE_MAX)
            .find(|n| f64::from(*n) == value)
            .ok_or_else(|| Error::ValueOutOfRange { field: field(), value, accepted: ANSWER })?;
    }
    Ok(Swemwbs::new(answers)?)
}

impl SwemwbsRequest {
    /// The request as a JSON document, which decodes back unchanged.
    pub(super) fn to_json(&self) -> Value {
        match self {
            Self::Score(s) => json!({ "operation": "swemwbs", "responses": s.responses() }),
            Self::Clients(clients) => {
                let clients: Vec<Value> = clients
                    .iter()
                    .map(|c| {
                        let mut m = Map::new();
                        m.insert("id".into(), c.id.clone().into());
                        m.insert("start".into(), json!(c.start.responses()));
                        if let Some(end) = c.end {
                            m.insert("end".into(), json!(end.responses()));
                        }
                        Value::Object(m)
                    })
                    .collect();
                json!({ "operation": "swemwbs", "clients": clients })
            }
        }
    }

    /// Answers the request (it was validated when decoded, so it cannot fail).
    pub(super) fn answer(&self) -> SwemwbsResponse {
        match self {
            Self::Score(s) => SwemwbsResponse::Score(SwemwbsScoreDoc { raw: s.raw(), metric: s.metric().get() }),
            Self::Clients(clients) => {
                let docs = clients
                    .iter()
                    .map(|c| {
                        let change = c.end.map(|end| c.start.change_to(&end));
                        SwemwbsClientDoc {
                            id: c.id.clone(),
                            raw_start: c.start.raw(),
                            raw_end: c.end.map(|e| e.raw()),
                            metric_start: c.start.metric().get(),
                            metric_end: c.end.map(|e| e.metric().get()),
                            metric_change: change.map(|ch| ch.metric_change.get()),
                        }
                    })
                    .collect();
                let changes = || clients.iter().filter_map(|c| c.end.map(|end| c.start.change_to(&end)));
                SwemwbsResponse::Changes(SwemwbsChangesDoc {
                    clients: docs,
                    clients_with_change: u32::try_from(changes().count()).unwrap_or(u32::MAX),
                    mean_metric_change: wellbeing::mean_metric_change(changes()),
                    source: PROVENANCE.into(),
                })
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

    fn decode(text: &str) -> Result<SwemwbsRequest, Error> {
        let arena = super::super::json::Arena::for_input(text);
        let json = super::super::json::parse(text, &arena)?;
        Object::new(&json, String::new()).and_then(|root| super::request(&root)).map_err(|e| *e)
    }

    fn answer(text: &str) -> Value {
        let request = decode(text).unwrap();
        // Requests round-trip through their JSON.
        assert_eq!(decode(&request.to_json().to_string()).unwrap(), request);
        serde_json::to_value(request.answer()).unwrap()
    }

    fn error(text: &str) -> (ErrorCode, Option<String>) {
        let e = decode(text).unwrap_err();
        (e.code(), e.field().map(String::from))
    }

    #[test]
    fn the_design_example_scores_27_and_24_11() {
        let text = r#"{"operation":"swemwbs","responses":[5,4,3,4,4,3,4]}"#;
        assert_eq!(answer(text), json!({ "raw": 27, "metric": 24.11 }));
        let response = serde_json::to_string(&decode(text).unwrap().answer()).unwrap();
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
        let e = decode(r#"{"operation":"swemwbs","responses":[5,4,2.5,4,4,3,4]}"#).unwrap_err();
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
