//! Which scale a `review` or `compare` request is scored on — a built-in id, an inline
//! definition, or a modification of IPS-25 — and the `validate_scale` operation.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

mod read;

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::BoxedError;
use super::decode::{Object, number};
use super::json::Json;
use crate::definition::ScaleDefinition;
use crate::error::Error;
use crate::modified::{self, Facts, ItemKind, Modification};
use crate::rule::Rule;
use crate::scale::Scale;

/// The scale a request is scored on.
#[derive(Debug, Clone, PartialEq)]
pub enum ScaleChoice {
    /// A built-in scale, by id (`"scale": "ips-25-uk"`).
    BuiltIn(&'static Scale<'static>),
    /// An inline definition (`"scale": {"definition": {...}}`).
    Defined(Box<ScaleDefinition>),
    /// A modification of IPS-25 (`"scale": {"modification": {...}}`, or the built-in
    /// `"scale": "ips-25-uk-modified-trial"`).
    Modified(Box<Modification>),
}

/// The ids a request may name as `scale`.
pub const SCALE_IDS: &str = "ips-25-uk, ips-25-uk-modified-trial";

impl ScaleChoice {
    /// Builds the scale and calls `use_scale` with it.
    ///
    /// # Errors
    /// The validation errors of a definition or modification.
    pub fn with_scale<R>(&self, use_scale: impl FnOnce(&Scale<'_>) -> R) -> Result<R, Error> {
        match self {
            Self::BuiltIn(scale) => Ok(use_scale(scale)),
            Self::Defined(definition) => definition.with_scale(use_scale),
            Self::Modified(modification) => modification.with_scale(use_scale),
        }
    }

    /// The modification, when the scale is one.
    #[must_use]
    pub fn modification(&self) -> Option<&Modification> {
        match self {
            Self::Modified(m) => Some(m),
            Self::BuiltIn(_) | Self::Defined(_) => None,
        }
    }

    pub(super) fn to_json(&self) -> Value {
        match self {
            Self::BuiltIn(scale) => Value::from(scale.id),
            Self::Modified(m) if **m == modified::trial() => Value::from(modified::TRIAL_ID),
            Self::Defined(d) => serde_json::json!({ "definition": to_value(d.as_ref()) }),
            Self::Modified(m) => serde_json::json!({ "modification": to_value(m.as_ref()) }),
        }
    }
}

fn to_value<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Reads `scale` (and, for a modified scale, the optional `facts`) from a request root.
pub(super) fn scale_choice(root: &Object<'_>) -> Result<ScaleChoice, BoxedError> {
    let json = root.require("scale")?;
    if let Json::String(id) = json {
        return match *id {
            modified::TRIAL_ID => Ok(ScaleChoice::Modified(Box::new(modified::trial()))),
            other => Scale::by_id(other)
                .map(ScaleChoice::BuiltIn)
                .map_err(|_| Error::UnknownScale { scale: other.into(), accepted: SCALE_IDS }.into()),
        };
    }
    let obj = Object::new(json, String::from("scale"))?;
    match (obj.get("definition"), obj.get("modification")) {
        (Some(definition), None) => {
            obj.only(&["definition"])?;
            let definition = read::definition(definition, "scale.definition")?;
            definition.validate()?;
            Ok(ScaleChoice::Defined(Box::new(definition)))
        }
        (None, Some(modification)) => {
            obj.only(&["modification"])?;
            let modification = read::modification(modification, "scale.modification")?;
            modification.validate()?;
            Ok(ScaleChoice::Modified(Box::new(modification)))
        }
        (Some(_), Some(_)) => Err(Error::ConflictingEvidence {
            field: String::from("scale"),
            first: String::from("definition"),
            second: String::from("modification"),
        }.into()),
        (None, None) => Err(Error::EmptyEvidence {
            field: String::from("scale"),
            accepted: "a scale id (ips-25-uk, ips-25-uk-modified-trial), {\"definition\": {...}} or {\"modification\": {...}}",
        }.into()),
    }
}

/// Reads the `facts` of a review on a modified scale.
pub(super) fn facts(root: &Object<'_>) -> Result<Facts, BoxedError> {
    let Some(json) = root.get("facts") else { return Ok(Facts::default()) };
    let obj = Object::new(json, String::from("facts"))?;
    obj.only(&["caseload", "in_work_support_months"])?;
    let fact = |key: &str| -> Result<Option<f64>, BoxedError> {
        let Some(v) = obj.get(key) else { return Ok(None) };
        let value = number(v, obj.path_of(key))?;
        if value < 0.0 {
            return Err(Error::NegativeValue { field: obj.path_of(key), value, accepted: "a number, 0 or more" }.into());
        }
        Ok(Some(value))
    };
    Ok(Facts { caseload: fact("caseload")?, in_work_support_months: fact("in_work_support_months")? })
}

pub(super) fn facts_json(facts: &Facts) -> Option<Value> {
    let mut map = Map::new();
    if let Some(c) = facts.caseload {
        map.insert("caseload".into(), c.into());
    }
    if let Some(m) = facts.in_work_support_months {
        map.insert("in_work_support_months".into(), m.into());
    }
    (!map.is_empty()).then_some(Value::Object(map))
}

/// A modified item in a review response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ModifiedItemDoc {
    /// Item number.
    pub number: u8,
    /// Item key.
    pub key: String,
    /// What the modified item asks for.
    pub description: String,
    /// Why it is modified.
    pub rationale: String,
    /// `discrete`, `networked`, or `null` where not stated.
    pub delivery: Option<String>,
    /// How it is scored now: `rated`, `measured` or `checklist`.
    pub rule: String,
    /// Its parameters: `{parameter, limit}`.
    pub parameters: Vec<ParameterDoc>,
}

/// A parameter of a modified item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ParameterDoc {
    /// Parameter id.
    pub parameter: String,
    /// Its limit.
    pub limit: f64,
}

/// One parameter check in a review response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CheckDoc {
    /// Item number.
    pub item: u8,
    /// Parameter id.
    pub parameter: String,
    /// The fact checked: `caseload` or `in_work_support_months`.
    pub fact: String,
    /// The limit.
    pub limit: f64,
    /// The fact's value, or `null` when not given.
    pub value: Option<f64>,
    /// `within`, `flagged` (above the limit) or `not_given`.
    pub status: String,
}

/// What a modified scale changed, in a review response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ModificationDoc {
    /// The base scale id.
    pub base: String,
    /// The modified items.
    pub items: Vec<ModifiedItemDoc>,
    /// The parameter checks against the review's `facts`.
    pub checks: Vec<CheckDoc>,
}

impl ModificationDoc {
    /// The document for `modification`, checked against `facts`.
    #[must_use]
    pub fn new(modification: &Modification, facts: &Facts) -> Self {
        Self {
            base: modification.base.clone(),
            items: modification
                .items
                .iter()
                .map(|m| ModifiedItemDoc {
                    number: m.number,
                    key: crate::ips25::SCALE.item(m.number).map_or_else(String::new, |i| i.key.into()),
                    description: m.description.clone(),
                    rationale: m.rationale.clone(),
                    delivery: m.delivery.map(|d| d.id().into()),
                    rule: match &m.rule {
                        None | Some(crate::definition::RuleDefinition::Rated {}) => "rated",
                        Some(crate::definition::RuleDefinition::Measured { .. }) => "measured",
                        Some(crate::definition::RuleDefinition::Checklist { .. }) => "checklist",
                    }
                    .into(),
                    parameters: m
                        .parameters
                        .iter()
                        .map(|p| ParameterDoc { parameter: p.kind.id().into(), limit: p.value })
                        .collect(),
                })
                .collect(),
            checks: modification
                .checks(facts)
                .iter()
                .map(|c| CheckDoc {
                    item: c.item,
                    parameter: c.parameter.id().into(),
                    fact: c.parameter.fact().into(),
                    limit: c.limit,
                    value: c.value,
                    status: match c.flagged {
                        None => "not_given",
                        Some(true) => "flagged",
                        Some(false) => "within",
                    }
                    .into(),
                })
                .collect(),
        }
    }
}

/// A `validate_scale` request.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidateScaleRequest {
    /// The scale to validate (a definition or a modification).
    pub scale: ScaleChoice,
}

/// One item of a validated scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScaleItemDoc {
    /// Item number.
    pub number: u8,
    /// Item key.
    pub key: String,
    /// Title.
    pub title: String,
    /// Section key.
    pub section: String,
    /// `measured`, `checklist`, `composite` or `rated`.
    pub rule: String,
    /// `standard` or `modifiable` on a modification of IPS-25; `null` otherwise.
    pub kind: Option<String>,
}

/// One band of a validated scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BandDoc {
    /// Band id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Lowest total.
    pub min_total: u16,
    /// Highest total.
    pub max_total: u16,
}

/// The answer to `validate_scale`: the scale as the engine will score it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ValidateScaleResponse {
    /// Always `true` (an invalid scale gets an error document naming its first problem).
    pub valid: bool,
    /// Scale id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Lowest possible total.
    pub min_total: u16,
    /// Highest possible total.
    pub max_total: u16,
    /// Section keys, in order.
    pub sections: Vec<String>,
    /// The items.
    pub items: Vec<ScaleItemDoc>,
    /// The bands, as defined.
    pub bands: Vec<BandDoc>,
}

/// The bands of `scale`, as responses list them.
fn band_docs(scale: &Scale<'_>) -> Vec<BandDoc> {
    scale
        .bands
        .iter()
        .map(|b| BandDoc { id: b.id.into(), title: b.title.into(), min_total: b.min_total, max_total: b.max_total })
        .collect()
}

/// The scale of a request that takes nothing else (`validate_scale`, `describe_scale`).
fn scale_only(root: &Object<'_>) -> Result<ScaleChoice, BoxedError> {
    root.only(&["operation", "version", "scale"])?;
    scale_choice(root)
}

pub(super) fn validate_request(root: &Object<'_>) -> Result<ValidateScaleRequest, BoxedError> {
    Ok(ValidateScaleRequest { scale: scale_only(root)? })
}

impl ValidateScaleRequest {
    pub(super) fn to_json(&self) -> Value {
        serde_json::json!({ "operation": "validate_scale", "scale": self.scale.to_json() })
    }

    pub(super) fn answer(&self) -> Result<ValidateScaleResponse, Error> {
        let modified = self.scale.modification().is_some();
        self.scale.with_scale(|scale| ValidateScaleResponse {
            valid: true,
            id: scale.id.into(),
            title: scale.title.into(),
            min_total: scale.min_total(),
            max_total: scale.max_total(),
            sections: scale.sections.iter().map(|s| s.key.to_string()).collect(),
            items: scale
                .items
                .iter()
                .map(|i| ScaleItemDoc {
                    number: i.number,
                    key: i.key.into(),
                    title: i.text.title.into(),
                    section: i.section.key.into(),
                    rule: i.rule.kind().into(),
                    kind: modified.then(|| ItemKind::of(i.number).id().into()),
                })
                .collect(),
            bands: band_docs(scale),
        })
    }
}

/// A `describe_scale` request.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeScaleRequest {
    /// The scale to describe (any scale a review takes).
    pub scale: ScaleChoice,
}

/// A component (or phase) of an item, for a form's checkboxes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ComponentDoc {
    /// Stable key, as `present` evidence lists it.
    pub key: String,
    /// What it is.
    pub description: String,
}

/// What a measured item's number is, for a form's number field.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UnitDoc {
    /// Unit id, e.g. `percent`.
    pub id: String,
    /// Text after a value, e.g. `%`.
    pub suffix: String,
    /// The largest value accepted, if any (100 for a percentage).
    pub max: Option<f64>,
    /// What the field accepts, in words.
    pub accepted: String,
}

/// One item described for building a form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemDescriptionDoc {
    /// Item number.
    pub number: u8,
    /// Item key.
    pub key: String,
    /// Title.
    pub title: String,
    /// Section key.
    pub section: String,
    /// What the item asks for.
    pub description: String,
    /// `anchors[i]` describes score `i + 1`.
    pub anchors: Vec<String>,
    /// `measured`, `checklist`, `composite` or `rated`.
    pub rule: String,
    /// The evidence keys that select a form, e.g. `["rating", "value", "insufficient_data"]`.
    pub forms: Vec<String>,
    /// The forms with their companion keys, in words.
    pub accepted: String,
    /// For a measured item, its unit.
    pub unit: Option<UnitDoc>,
    /// Checklist components, or the phases of item 3.
    pub components: Vec<ComponentDoc>,
    /// `standard` or `modifiable` on a modification of IPS-25; `null` otherwise.
    pub kind: Option<String>,
}

/// A section described.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionDescriptionDoc {
    /// Section key.
    pub key: String,
    /// Title.
    pub title: String,
}

/// The answer to `describe_scale`: what a form needs to collect a review.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DescribeScaleResponse {
    /// Scale id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Lowest possible total.
    pub min_total: u16,
    /// Highest possible total.
    pub max_total: u16,
    /// Sections, in order.
    pub sections: Vec<SectionDescriptionDoc>,
    /// Items, in order.
    pub items: Vec<ItemDescriptionDoc>,
    /// Bands of the total.
    pub bands: Vec<BandDoc>,
}

pub(super) fn describe_request(root: &Object<'_>) -> Result<DescribeScaleRequest, BoxedError> {
    Ok(DescribeScaleRequest { scale: scale_only(root)? })
}

impl DescribeScaleRequest {
    pub(super) fn to_json(&self) -> Value {
        serde_json::json!({ "operation": "describe_scale", "scale": self.scale.to_json() })
    }

    pub(super) fn answer(&self) -> Result<DescribeScaleResponse, Error> {
        let modified = self.scale.modification().is_some();
        self.scale.with_scale(|scale| DescribeScaleResponse {
            id: scale.id.into(),
            title: scale.title.into(),
            min_total: scale.min_total(),
            max_total: scale.max_total(),
            sections: scale
                .sections
                .iter()
                .map(|s| SectionDescriptionDoc { key: s.key.into(), title: s.title.into() })
                .collect(),
            items: scale
                .items
                .iter()
                .map(|i| ItemDescriptionDoc {
                    number: i.number,
                    key: i.key.into(),
                    title: i.text.title.into(),
                    section: i.section.key.into(),
                    description: i.text.description.into(),
                    anchors: i.text.anchors.iter().map(|a| String::from(*a)).collect(),
                    rule: i.rule.kind().into(),
                    forms: i.forms().iter().map(|f| String::from(*f)).collect(),
                    accepted: i.accepted_forms().into(),
                    unit: match i.rule {
                        Rule::Measured(m) => Some(UnitDoc {
                            id: m.unit.id().into(),
                            suffix: m.unit.suffix().into(),
                            max: m.unit.max(),
                            accepted: m.unit.accepted().into(),
                        }),
                        _ => None,
                    },
                    components: i
                        .components()
                        .iter()
                        .map(|c| ComponentDoc { key: c.key.into(), description: c.description.into() })
                        .collect(),
                    kind: modified.then(|| ItemKind::of(i.number).id().into()),
                })
                .collect(),
            bands: band_docs(scale),
        })
    }
}
