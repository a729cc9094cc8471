//! Which scale a `review` or `compare` request is scored on — a built-in id, an inline
//! definition, or a modification of IPS-25 — and the `validate_scale` operation.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::definition::ScaleDefinition;
use crate::error::Error;
use crate::modified::{self, Facts, ItemKind, Modification};
use crate::rule::Rule;
use crate::scale::Scale;

/// The ids a request may name as `scale`.
pub const SCALE_IDS: &str = "ips-25-uk, ips-25-uk-modified-trial";

/// A request's `scale`, as given: a built-in id, or an object holding a definition or a
/// modification.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum ScaleRef {
    /// A built-in scale's id: `ips-25-uk` or `ips-25-uk-modified-trial`.
    Id(String),
    /// `{"definition": {...}}` or `{"modification": {...}}`.
    Object(ScaleObject),
}

/// A scale given in the request: exactly one of a definition and a modification.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ScaleObject {
    /// A user-defined scale ([`ScaleDefinition`]; `schema/scale-definition.schema.json`).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<ScaleDefinition>"))]
    pub definition: Option<Box<ScaleDefinition>>,
    /// A modification of IPS-25 ([`Modification`]; `schema/modification.schema.json`).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Modification>"))]
    pub modification: Option<Box<Modification>>,
}

impl<'de> Deserialize<'de> for ScaleRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScaleVisitor;
        impl<'de> Visitor<'de> for ScaleVisitor {
            type Value = ScaleRef;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a scale id or an object")
            }
            fn visit_str<E>(self, v: &str) -> Result<ScaleRef, E> {
                Ok(ScaleRef::Id(String::from(v)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ScaleRef, A::Error> {
                ScaleObject::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(ScaleRef::Object)
            }
        }
        deserializer.deserialize_any(ScaleVisitor)
    }
}

impl ScaleRef {
    /// A built-in scale by id.
    #[must_use]
    pub fn id(id: &str) -> Self {
        Self::Id(String::from(id))
    }
}

/// The scale a request is scored on, built and validated.
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

impl ScaleChoice {
    /// The scale a request's `scale` names, validated.
    ///
    /// # Errors
    /// An unknown id ([`Error::UnknownScale`]), an object with both or neither of a definition
    /// and a modification, or the first problem of the definition or modification.
    pub fn from_ref(scale: &ScaleRef) -> Result<Self, Error> {
        match scale {
            ScaleRef::Id(id) if id == modified::TRIAL_ID => Ok(Self::Modified(Box::new(modified::trial()))),
            ScaleRef::Id(id) => Scale::by_id(id)
                .map(Self::BuiltIn)
                .map_err(|_| Error::UnknownScale { scale: id.clone(), accepted: SCALE_IDS }),
            ScaleRef::Object(ScaleObject { definition: Some(definition), modification: None }) => {
                definition.validate()?;
                Ok(Self::Defined(definition.clone()))
            }
            ScaleRef::Object(ScaleObject { definition: None, modification: Some(modification) }) => {
                modification.validate()?;
                Ok(Self::Modified(modification.clone()))
            }
            ScaleRef::Object(ScaleObject { definition: Some(_), modification: Some(_) }) => {
                Err(Error::ConflictingEvidence {
                    field: String::from("scale"),
                    first: String::from("definition"),
                    second: String::from("modification"),
                })
            }
            ScaleRef::Object(ScaleObject { definition: None, modification: None }) => Err(Error::EmptyEvidence {
                field: String::from("scale"),
                accepted: "a scale id (ips-25-uk, ips-25-uk-modified-trial), {\"definition\": {...}} or {\"modification\": {...}}",
            }),
        }
    }

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
    /// Where the bands of the total come from: `004` prints none for a modified scale, so the
    /// base scale's are kept (`modified_scale_bands` in the interpretation table).
    pub bands: String,
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
            bands: String::from(crate::modified::BANDS_KEPT),
        }
    }
}

/// A `validate_scale` request.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ValidateScaleRequest {
    /// The scale to validate: `{"definition": {...}}` or `{"modification": {...}}` (a
    /// built-in id is valid too).
    pub scale: ScaleRef,
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

impl ValidateScaleRequest {
    /// Answers the request.
    ///
    /// # Errors
    /// The scale's first problem.
    pub fn answer(&self) -> Result<ValidateScaleResponse, Error> {
        let choice = ScaleChoice::from_ref(&self.scale)?;
        let modified = choice.modification().is_some();
        choice.with_scale(|scale| ValidateScaleResponse {
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct DescribeScaleRequest {
    /// The scale to describe (any scale a review takes).
    pub scale: ScaleRef,
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

impl DescribeScaleRequest {
    /// Answers the request.
    ///
    /// # Errors
    /// The scale's first problem.
    pub fn answer(&self) -> Result<DescribeScaleResponse, Error> {
        let choice = ScaleChoice::from_ref(&self.scale)?;
        let modified = choice.modification().is_some();
        choice.with_scale(|scale| DescribeScaleResponse {
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
