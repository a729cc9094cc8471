//! The `frameworks` operation of the document API: the qualitative frameworks of the evidence
//! synthesis ([`crate::frameworks`]) as data, and a review of a service against one of them.
//!
//! Three forms:
//! - `{"operation": "frameworks"}` → every framework ([`FrameworkListDoc`]);
//! - `{"operation": "frameworks", "framework": "programme_elements"}` → that one ([`FrameworkDoc`]);
//! - `{"operation": "frameworks", "framework": "programme_elements", "marks": {"practical":
//!   "evidenced", "trust": {"mark": "partly", "note": "…"}}}` → the review's coverage
//!   ([`FrameworkReviewDoc`]). A mark is an id (`evidenced`, `partly`, `not_evidenced`,
//!   `not_applicable`) or an object with `mark` and an optional string `note`.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::fields::SourceDoc;
use super::fields::{Entries, join};
use crate::error::Error;
use crate::frameworks::{Coverage, Element, FRAMEWORKS, Framework, FrameworkReview, Mark, MarkCounts};

// ---------------------------------------------------------------------------------------
// Request

/// A `frameworks` request: nothing (every framework), a `framework` (that one), or a
/// `framework` and its `marks` (a review against it).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct FrameworksRequest {
    /// `programme_elements`, `influencing_factors` or `effects`.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub framework: Option<String>,
    /// A contract review's marks, by element key.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<std::collections::HashMap<String, MarkDoc>>"))]
    pub marks: Option<Entries<MarkDoc>>,
}

/// One element's mark: an id (`evidenced`, `partly`, `not_evidenced`, `not_applicable`), or
/// an object with the id and a note.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum MarkDoc {
    /// The mark's id.
    Id(String),
    /// The mark with a note.
    Noted(NotedMark),
}

/// A mark with a note.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct NotedMark {
    /// The mark's id.
    pub mark: String,
    /// What the reviewer noted.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub note: Option<String>,
}

impl<'de> Deserialize<'de> for MarkDoc {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MarkVisitor;
        impl<'de> Visitor<'de> for MarkVisitor {
            type Value = MarkDoc;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mark (evidenced, partly, not_evidenced, not_applicable) or an object with mark and note")
            }
            fn visit_str<E>(self, v: &str) -> Result<MarkDoc, E> {
                Ok(MarkDoc::Id(String::from(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<MarkDoc, A::Error> {
                NotedMark::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(MarkDoc::Noted)
            }
        }
        deserializer.deserialize_any(MarkVisitor)
    }
}

impl FrameworksRequest {
    /// The review the marks make, on `framework`.
    fn review(framework: &'static Framework, marks: &Entries<MarkDoc>) -> Result<FrameworkReview, Error> {
        if let Some(key) = marks.repeated() {
            return Err(Error::DuplicateField { field: join("marks", key) });
        }
        let mut review = FrameworkReview::new(framework);
        for (key, value) in marks.iter() {
            let field = join("marks", key);
            // The key first: an unknown element is reported before anything about its mark.
            if framework.element(key).is_none() {
                return Err(Error::UnknownValue {
                    field,
                    value: String::from(key),
                    accepted: framework.element_keys(),
                });
            }
            let (mark, note) = match value {
                MarkDoc::Id(id) => (Mark::from_id(id, &field)?, None),
                MarkDoc::Noted(noted) => (Mark::from_id(&noted.mark, &join(&field, "mark"))?, noted.note.as_deref()),
            };
            review.mark(key, mark, note)?;
        }
        Ok(review)
    }

    /// The request for a review.
    #[must_use]
    pub fn of(review: &FrameworkReview) -> Self {
        let marks = review
            .marks()
            .iter()
            .map(|m| {
                let mark = String::from(m.mark.id());
                let doc = match &m.note {
                    None => MarkDoc::Id(mark),
                    Some(note) => MarkDoc::Noted(NotedMark { mark, note: Some(note.clone()) }),
                };
                (String::from(m.element.key), doc)
            })
            .collect();
        Self { framework: Some(String::from(review.framework().key)), marks: Some(Entries(marks)) }
    }

    /// Answers the request.
    ///
    /// # Errors
    /// An unknown framework, marks without a framework, a repeated or unknown element, an
    /// unknown mark.
    pub fn answer(&self) -> Result<FrameworksResponse, Error> {
        let framework = self.framework.as_deref().map(|key| Framework::by_key(key, "framework")).transpose()?;
        Ok(match (framework, &self.marks) {
            (None, None) => FrameworksResponse::All(FrameworkListDoc {
                frameworks: FRAMEWORKS.iter().map(|f| FrameworkDoc::from(*f)).collect(),
            }),
            (Some(framework), None) => FrameworksResponse::One(FrameworkDoc::from(framework)),
            (Some(framework), Some(marks)) => {
                FrameworksResponse::Review(FrameworkReviewDoc::new(&Self::review(framework, marks)?))
            }
            // Marks belong to one framework: say which.
            (None, Some(_)) => return Err(Error::MissingField { field: String::from("framework") }),
        })
    }
}

// ---------------------------------------------------------------------------------------
// Responses

/// One element of a framework in a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ElementDoc {
    /// Stable key, unique within the framework.
    pub key: String,
    /// Name as printed.
    pub name: String,
    /// Our own concise summary of the finding (a paraphrase, not the printed text).
    pub summary: String,
    /// Where the element is printed.
    pub source: SourceDoc,
}

impl From<&Element> for ElementDoc {
    fn from(e: &Element) -> Self {
        Self { key: e.key.into(), name: e.name.into(), summary: e.summary.into(), source: e.provenance.into() }
    }
}

/// One domain of a framework, with its elements, in a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DomainDoc {
    /// Stable key, unique within the framework.
    pub key: String,
    /// Name as printed.
    pub name: String,
    /// The domain's elements, in printed order.
    pub elements: Vec<ElementDoc>,
}

/// One framework as data: the answer to `{"operation": "frameworks", "framework": key}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FrameworkDoc {
    /// `programme_elements`, `influencing_factors` or `effects`.
    pub key: String,
    /// Title.
    pub title: String,
    /// The printed heading of the domain column (`Domain` or `Timeline`).
    pub domain_heading: String,
    /// The printed heading of the element column (`Domain elements` or `Outcome`).
    pub element_heading: String,
    /// Where the table is printed.
    pub source: SourceDoc,
    /// Domains in printed order, each with its elements.
    pub domains: Vec<DomainDoc>,
}

impl From<&Framework> for FrameworkDoc {
    fn from(f: &Framework) -> Self {
        Self {
            key: f.key.into(),
            title: f.title.into(),
            domain_heading: f.domain_heading.into(),
            element_heading: f.element_heading.into(),
            source: f.provenance.into(),
            domains: f
                .domains
                .iter()
                .map(|d| DomainDoc {
                    key: d.key.into(),
                    name: d.name.into(),
                    elements: f.elements_in(d.key).map(ElementDoc::from).collect(),
                })
                .collect(),
        }
    }
}

/// Every framework: the answer to `{"operation": "frameworks"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FrameworkListDoc {
    /// The three frameworks, in table order.
    pub frameworks: Vec<FrameworkDoc>,
}

/// The number of elements with each mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MarkCountsDoc {
    /// Marked `evidenced`.
    pub evidenced: u32,
    /// Marked `partly`.
    pub partly: u32,
    /// Marked `not_evidenced`.
    pub not_evidenced: u32,
    /// Marked `not_applicable`.
    pub not_applicable: u32,
    /// Not marked.
    pub unmarked: u32,
}

impl From<MarkCounts> for MarkCountsDoc {
    fn from(c: MarkCounts) -> Self {
        Self {
            evidenced: c.evidenced,
            partly: c.partly,
            not_evidenced: c.not_evidenced,
            not_applicable: c.not_applicable,
            unmarked: c.unmarked,
        }
    }
}

/// Shares (fractions 0–1, rounded to 9 decimal places) of the applicable elements; no weighted
/// total, as the source gives no scoring rule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SharesDoc {
    /// Evidenced.
    pub evidenced: f64,
    /// Partly evidenced.
    pub partly: f64,
    /// Not evidenced.
    pub not_evidenced: f64,
}

impl SharesDoc {
    /// The shares, or `None` when no element is marked applicable.
    fn of(c: MarkCounts) -> Option<Self> {
        Some(Self {
            evidenced: super::fields::round_for_output(c.evidenced_share()?),
            partly: super::fields::round_for_output(c.partly_share()?),
            not_evidenced: super::fields::round_for_output(c.not_evidenced_share()?),
        })
    }
}

/// One domain's coverage in a review response.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DomainCoverageDoc {
    /// Domain key.
    pub key: String,
    /// Domain name as printed.
    pub name: String,
    /// Elements in the domain.
    pub elements: u32,
    /// Elements marked `evidenced`, `partly` or `not_evidenced`.
    pub applicable: u32,
    /// Count of each mark.
    pub counts: MarkCountsDoc,
    /// Shares of the applicable elements, or `null` when none is applicable.
    pub shares: Option<SharesDoc>,
}

/// One element and its mark in a review response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MarkedElementDoc {
    /// Element key.
    pub key: String,
    /// Element name as printed.
    pub name: String,
    /// Domain key.
    pub domain: String,
    /// The mark id, or `null` when not marked.
    pub mark: Option<String>,
    /// The reviewer's note, or `null`.
    pub note: Option<String>,
}

/// The coverage of a review: the answer to a `frameworks` request with `marks`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FrameworkReviewDoc {
    /// Framework key.
    pub framework: String,
    /// Framework title.
    pub title: String,
    /// Whether every element is marked.
    pub complete: bool,
    /// Elements in the framework.
    pub elements: u32,
    /// Elements marked `evidenced`, `partly` or `not_evidenced`.
    pub applicable: u32,
    /// Count of each mark over the framework.
    pub counts: MarkCountsDoc,
    /// Shares of the applicable elements, or `null` when none is applicable.
    pub shares: Option<SharesDoc>,
    /// Keys of the elements not yet marked, in printed order.
    pub unmarked: Vec<String>,
    /// Coverage per domain, in printed order.
    pub domains: Vec<DomainCoverageDoc>,
    /// Every element with its mark, in printed order.
    pub marks: Vec<MarkedElementDoc>,
}

impl FrameworkReviewDoc {
    fn new(review: &FrameworkReview) -> Self {
        let f = review.framework();
        let coverage: Coverage = review.coverage();
        Self {
            framework: f.key.into(),
            title: f.title.into(),
            complete: coverage.is_complete(),
            elements: coverage.counts.elements(),
            applicable: coverage.counts.applicable(),
            counts: coverage.counts.into(),
            shares: SharesDoc::of(coverage.counts),
            unmarked: coverage.unmarked.iter().map(|e| String::from(e.key)).collect(),
            domains: coverage
                .domains
                .iter()
                .map(|d| DomainCoverageDoc {
                    key: d.domain.key.into(),
                    name: d.domain.name.into(),
                    elements: d.counts.elements(),
                    applicable: d.counts.applicable(),
                    counts: d.counts.into(),
                    shares: SharesDoc::of(d.counts),
                })
                .collect(),
            marks: f
                .elements
                .iter()
                .map(|e| {
                    let marked = review.mark_of(e.key);
                    MarkedElementDoc {
                        key: e.key.into(),
                        name: e.name.into(),
                        domain: e.domain.key.into(),
                        mark: marked.map(|m| m.mark.id().into()),
                        note: marked.and_then(|m| m.note.clone()),
                    }
                })
                .collect(),
        }
    }
}

/// The answer to a `frameworks` request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum FrameworksResponse {
    /// Every framework.
    All(FrameworkListDoc),
    /// One framework.
    One(FrameworkDoc),
    /// A review's coverage.
    Review(FrameworkReviewDoc),
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    use serde_json::{Value, json};

    fn decode(text: &str) -> Result<FrameworksRequest, Error> {
        match super::super::parse_request(text)? {
            super::super::Request::Frameworks(request) => Ok(request),
            other => Err(Error::Internal { detail: alloc::format!("not a frameworks request: {other:?}") }),
        }
    }

    fn answer(text: &str) -> Value {
        let response = decode(text).unwrap().answer().unwrap();
        serde_json::to_value(&response).unwrap()
    }

    fn round_trips(text: &str) {
        let request = decode(text).unwrap();
        let json = super::super::Request::Frameworks(request.clone()).to_json().unwrap();
        assert_eq!(decode(&json).unwrap(), request, "{text}");
    }

    #[test]
    fn all_frameworks_as_data() {
        let v = answer(r#"{"operation":"frameworks"}"#);
        let frameworks = v["frameworks"].as_array().unwrap();
        let keys: Vec<_> = frameworks.iter().map(|f| f["key"].as_str().unwrap()).collect();
        assert_eq!(keys, ["programme_elements", "influencing_factors", "effects"]);
        let counts: Vec<usize> = frameworks
            .iter()
            .map(|f| f["domains"].as_array().unwrap().iter().map(|d| d["elements"].as_array().unwrap().len()).sum())
            .collect();
        assert_eq!(counts, [10, 15, 10]);
        assert_eq!(frameworks[2]["domain_heading"], "Timeline");
        round_trips(r#"{"operation":"frameworks"}"#);
        let written =
            super::super::Request::Frameworks(decode(r#"{"operation":"frameworks"}"#).unwrap()).to_json().unwrap();
        assert_eq!(written, r#"{"operation":"frameworks"}"#);
    }

    #[test]
    fn one_framework_as_data() {
        let v = answer(r#"{"operation":"frameworks","framework":"programme_elements"}"#);
        assert_eq!(v["key"], "programme_elements");
        assert_eq!(v["title"], "Key programme elements");
        assert_eq!(v["source"], json!({"document": "qualitative_synthesis", "seed": "002", "locator": "Table 1"}));
        let domains: Vec<_> = v["domains"].as_array().unwrap().iter().map(|d| d["key"].as_str().unwrap()).collect();
        assert_eq!(domains, ["nature_of_support", "practitioner", "employment"]);
        let first = &v["domains"][0]["elements"][0];
        assert_eq!(first["key"], "practical");
        assert_eq!(first["name"], "Practical");
        assert!(!first["summary"].as_str().unwrap().is_empty());
        assert_eq!(first["source"]["locator"], "Table 1, The nature of support, Practical");

        let v = answer(r#"{"operation":"frameworks","framework":"influencing_factors"}"#);
        let sizes: Vec<_> =
            v["domains"].as_array().unwrap().iter().map(|d| d["elements"].as_array().unwrap().len()).collect();
        assert_eq!(sizes, [6, 3, 4, 2]);
        let v = answer(r#"{"operation":"frameworks","framework":"effects","version":1}"#);
        assert_eq!(v["domains"][1]["name"], "Long-term effects");
        assert_eq!(v["domains"][1]["elements"][0]["key"], "long_term_employment");
        round_trips(r#"{"operation":"frameworks","framework":"effects"}"#);
    }

    #[test]
    fn review_coverage() {
        let text = r#"{"operation":"frameworks","framework":"programme_elements","marks":{
            "trust":{"mark":"partly","note":"relationship not yet discussed in supervision"},
            "practical":"evidenced","integrated":{"mark":"evidenced"},"expertise":"not_evidenced",
            "service_user_views":"not_applicable"}}"#;
        let v = answer(text);
        assert_eq!(v["framework"], "programme_elements");
        assert_eq!(v["complete"], false);
        assert_eq!((v["elements"].as_u64(), v["applicable"].as_u64()), (Some(10), Some(4)));
        assert_eq!(
            v["counts"],
            json!({"evidenced": 2, "partly": 1, "not_evidenced": 1, "not_applicable": 1, "unmarked": 5})
        );
        assert_eq!(v["shares"], json!({"evidenced": 0.5, "partly": 0.25, "not_evidenced": 0.25}));
        assert_eq!(
            v["unmarked"],
            json!([
                "individualised",
                "intensity_pace_duration",
                "understanding",
                "employer_view",
                "permanent_competitive_employment"
            ])
        );
        assert_eq!(
            v["domains"][0],
            json!({"key": "nature_of_support", "name": "The nature of support", "elements": 4, "applicable": 2,
                   "counts": {"evidenced": 2, "partly": 0, "not_evidenced": 0, "not_applicable": 0, "unmarked": 2},
                   "shares": {"evidenced": 1.0, "partly": 0.0, "not_evidenced": 0.0}})
        );
        assert_eq!(v["domains"][2]["shares"], Value::Null);
        assert_eq!(v["domains"][2]["applicable"], 0);
        let marks = v["marks"].as_array().unwrap();
        assert_eq!(marks.len(), 10);
        assert_eq!(
            marks[6],
            json!({"key": "trust", "name": "Trust", "domain": "practitioner", "mark": "partly",
                   "note": "relationship not yet discussed in supervision"})
        );
        assert_eq!(
            marks[2],
            json!({"key": "individualised", "name": "Individualised and person-centred",
                   "domain": "nature_of_support", "mark": null, "note": null})
        );
        round_trips(text);
        // Marks are written as given: a bare id, or an object.
        let written: Value = serde_json::to_value(decode(text).unwrap()).unwrap();
        assert_eq!(written["marks"]["integrated"], json!({"mark": "evidenced"}));
        assert_eq!(written["marks"]["trust"]["note"], "relationship not yet discussed in supervision");
    }

    #[test]
    fn shares_are_rounded_and_null_without_applicable_elements() {
        let v = answer(
            r#"{"operation":"frameworks","framework":"effects","marks":{"wellbeing":"evidenced","security":"partly","job_readiness":"not_evidenced"}}"#,
        );
        assert_eq!(v["shares"], json!({"evidenced": 0.333333333, "partly": 0.333333333, "not_evidenced": 0.333333333}));
        let v = answer(r#"{"operation":"frameworks","framework":"effects","marks":{}}"#);
        assert_eq!(v["shares"], Value::Null);
        assert_eq!(v["counts"]["unmarked"], 10);
        assert_eq!(v["unmarked"].as_array().unwrap().len(), 10);
        assert_eq!(super::super::fields::round_for_output(2.0 / 3.0), 0.666666667);
        assert_eq!(super::super::fields::round_for_output(1.0), 1.0);
        assert_eq!(super::super::fields::round_for_output(0.0), 0.0);
    }

    #[test]
    fn complete_review_of_table_2() {
        let marks: Vec<_> = crate::frameworks::INFLUENCING_FACTORS
            .elements
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mark = ["evidenced", "partly", "not_evidenced", "not_applicable", "evidenced"][i % 5];
                alloc::format!("\"{}\":\"{mark}\"", e.key)
            })
            .collect();
        let text = alloc::format!(
            r#"{{"operation":"frameworks","framework":"influencing_factors","marks":{{{}}}}}"#,
            marks.join(",")
        );
        let v = answer(&text);
        assert_eq!(v["complete"], true);
        assert_eq!(v["unmarked"], json!([]));
        assert_eq!(
            v["counts"],
            json!({"evidenced": 6, "partly": 3, "not_evidenced": 3, "not_applicable": 3, "unmarked": 0})
        );
        assert_eq!(v["shares"], json!({"evidenced": 0.5, "partly": 0.25, "not_evidenced": 0.25}));
        round_trips(&text);
    }

    #[test]
    fn errors() {
        let err = |text: &str| super::super::handle(text).unwrap_err();
        assert_eq!(
            err(r#"{"operation":"frameworks","framework":"table_4"}"#),
            Error::UnknownValue {
                field: "framework".into(),
                value: "table_4".into(),
                accepted: "programme_elements, influencing_factors, effects".into(),
            }
        );
        assert_eq!(
            err(r#"{"operation":"frameworks","framework":1}"#),
            Error::WrongType { field: "framework".into(), expected: "a string".into(), found: "the number 1".into() }
        );
        // A mark of the wrong type is a fault of shape, found as the request is read.
        let number = err(r#"{"operation":"frameworks","framework":"programme_elements","marks":{"motivation":7}}"#);
        assert_eq!((number.code(), number.field()), (crate::ErrorCode::WrongType, Some("marks.motivation")));
        let unknown =
            err(r#"{"operation":"frameworks","framework":"programme_elements","marks":{"motivation":"yes"}}"#);
        assert_eq!(
            unknown,
            Error::UnknownValue {
                field: "marks.motivation".into(),
                value: "motivation".into(),
                accepted: crate::frameworks::PROGRAMME_ELEMENTS.element_keys(),
            }
        );
        assert_eq!(
            err(r#"{"operation":"frameworks","framework":"programme_elements","marks":{"trust":"yes"}}"#),
            Error::UnknownValue {
                field: "marks.trust".into(),
                value: "yes".into(),
                accepted: "evidenced, partly, not_evidenced, not_applicable".into(),
            }
        );
        assert_eq!(
            err(r#"{"operation":"frameworks","framework":"programme_elements","marks":{"trust":{"mark":"maybe"}}}"#)
                .field(),
            Some("marks.trust.mark")
        );
        assert_eq!(
            err(r#"{"operation":"frameworks","framework":"programme_elements","marks":{"trust":{"note":"x"}}}"#),
            Error::MissingField { field: "marks.trust.mark".into() }
        );
        assert_eq!(
            err(
                r#"{"operation":"frameworks","framework":"programme_elements","marks":{"trust":{"mark":"partly","note":3}}}"#
            ),
            Error::WrongType {
                field: "marks.trust.note".into(),
                expected: "a string".into(),
                found: "the number 3".into()
            }
        );
        assert_eq!(
            err(
                r#"{"operation":"frameworks","framework":"programme_elements","marks":{"trust":{"mark":"partly","by":"x"}}}"#
            ),
            Error::UnknownField { field: "marks.trust.by".into(), accepted: "mark, note".into() }
        );
        assert!(matches!(
            err(r#"{"operation":"frameworks","framework":"programme_elements","marks":{"trust":true}}"#),
            Error::WrongType { ref field, ref found, .. } if field == "marks.trust" && found == "true"
        ));
        assert_eq!(
            err(r#"{"operation":"frameworks","framework":"programme_elements","marks":["trust"]}"#),
            Error::WrongType { field: "marks".into(), expected: "an object".into(), found: "an array".into() }
        );
        assert_eq!(
            err(r#"{"operation":"frameworks","marks":{"trust":"evidenced"}}"#),
            Error::MissingField { field: "framework".into() }
        );
        assert_eq!(
            err(r#"{"operation":"frameworks","framework":"effects","mark":{}}"#),
            Error::UnknownField { field: "mark".into(), accepted: "operation, version, framework, marks".into() }
        );
        // A repeated element is a repeated JSON key, refused before the review sees it.
        assert_eq!(
            err(
                r#"{"operation":"frameworks","framework":"effects","marks":{"security":"partly","security":"evidenced"}}"#
            ),
            Error::DuplicateField { field: "marks.security".into() }
        );
        // Every error names its field.
        assert_eq!(unknown.to_string().split(':').next(), Some("marks.motivation"));
    }
}
