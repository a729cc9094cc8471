//! Field helpers the operations share: whole numbers read from JSON numbers, paths,
//! [`Entries`], an object whose keys are data (item numbers, element ids) and may repeat, and
//! [`SourceDoc`], where a value is printed.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;
use crate::number::is_whole;
use crate::source::Provenance;

/// `parent.key`, or `key` at the top.
pub(super) fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { String::from(key) } else { format!("{parent}.{key}") }
}

/// Reads an optional field that, when given, must hold a value: `null` is refused as the wrong
/// type, naming the field (`evidence.7.rating: expected a number, found null`). serde reads
/// `null` in an `Option` field as absent, which would answer `{"rating": null}` (what
/// JavaScript's `JSON.stringify` makes of `NaN`) as if the rating were not there. The few
/// fields that take `null` (a record's dates and SWEMWBS totals, a client's end questionnaire)
/// say so and use serde's reading.
///
/// # Errors
/// Whatever reading a `T` gives, `null` included.
pub(crate) fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// The JSON Schema of a field read by [`present`]: its `Option`'s schema without `null`.
#[cfg(feature = "schema")]
pub(crate) fn not_null(schema: &mut schemars::Schema) {
    use serde_json::Value;
    let Some(object) = schema.as_object_mut() else { return };
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            object.insert(String::from("type"), only);
        }
    }
    let Some(Value::Array(any_of)) = object.get("anyOf") else { return };
    let rest: Vec<Value> =
        any_of.iter().filter(|s| s.get("type").and_then(Value::as_str) != Some("null")).cloned().collect();
    if let [Value::Object(only)] = rest.as_slice() {
        let only = only.clone();
        object.remove("anyOf");
        for (key, value) in only {
            object.entry(key).or_insert(value);
        }
    } else {
        object.insert(String::from("anyOf"), Value::Array(rest));
    }
}

/// A whole number from 0 to `max`, read from a JSON number.
///
/// # Errors
/// [`Error::NegativeValue`], [`Error::ValueOutOfRange`] or [`Error::NotWholeNumber`], naming
/// `field` and `accepted`.
pub(super) fn whole(
    value: f64,
    field: impl FnOnce() -> String,
    accepted: &'static str,
    max: u32,
) -> Result<u32, Error> {
    if value < 0.0 {
        return Err(Error::NegativeValue { field: field(), value, accepted });
    }
    if value > f64::from(max) {
        return Err(Error::ValueOutOfRange { field: field(), value, accepted });
    }
    if !is_whole(value) {
        return Err(Error::NotWholeNumber { field: field(), value, accepted });
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "value is a whole number within 0..=max, so the conversion is exact"
    )]
    Ok(value as u32)
}

/// A whole number from 0 to 255, read from a JSON number.
///
/// # Errors
/// As [`whole`].
pub(super) fn small(value: f64, field: impl FnOnce() -> String, accepted: &'static str) -> Result<u8, Error> {
    let n = whole(value, field, accepted, u32::from(u8::MAX))?;
    u8::try_from(n).map_err(|_| Error::Internal { detail: format!("{n} passed a check for 0 to 255") })
}

pub(crate) use crate::number::round_for_output;

/// A JSON object whose keys are data, kept as given: in order, and with any key given twice
/// kept twice, so that the operation refuses the repeat with its own error (a repeated item
/// is `duplicate_item`, naming the item). serde's maps would keep only the last.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entries<V>(pub Vec<(String, V)>);

impl<V> Entries<V> {
    /// The entries, in request order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The first key given twice, if any.
    #[must_use]
    pub fn repeated(&self) -> Option<&str> {
        self.0
            .iter()
            .enumerate()
            .find(|(i, (key, _))| self.0.iter().take(*i).any(|(earlier, _)| earlier == key))
            .map(|(_, (key, _))| key.as_str())
    }
}

impl<V: Serialize> Serialize for Entries<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<V> {
            type Value = Entries<V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<V>, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

#[cfg(feature = "schema")]
impl<V: schemars::JsonSchema> schemars::JsonSchema for Entries<V> {
    fn schema_name() -> alloc::borrow::Cow<'static, str> {
        format!("Entries_of_{}", V::schema_name()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "object", "additionalProperties": generator.subschema_for::<V>() })
    }
}

/// Where a value is printed: the document's id and seed, and the place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// What produced a response, so that a stored result can be traced: the library, its version
/// and, where the operation used a scale, that scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ProducedBy {
    /// `sefidelity`.
    pub library: alloc::borrow::Cow<'static, str>,
    /// The library's version, e.g. `0.1.0`.
    pub version: alloc::borrow::Cow<'static, str>,
    /// The scale used, where one was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub scale: Option<ScaleUsedDoc>,
}

/// The scale an answer used: its id, title and where it is published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ScaleUsedDoc {
    /// The scale's id, e.g. `ips-25-uk`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Where it is published (`user_defined` for a definition given in the request).
    pub source: SourceDoc,
}

impl ProducedBy {
    /// This library, with no scale.
    #[must_use]
    pub const fn library() -> Self {
        Self {
            library: alloc::borrow::Cow::Borrowed(env!("CARGO_PKG_NAME")),
            version: alloc::borrow::Cow::Borrowed(env!("CARGO_PKG_VERSION")),
            scale: None,
        }
    }

    /// This library, using `scale`.
    #[must_use]
    pub fn with_scale(scale: &crate::scale::Scale<'_>) -> Self {
        let scale = ScaleUsedDoc { id: scale.id.into(), title: scale.title.into(), source: scale.provenance.into() };
        Self { scale: Some(scale), ..Self::library() }
    }
}

/// A period: its first and last day, `YYYY-MM-DD`, both included, at most ten years apart.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct PeriodDoc {
    /// The first day.
    pub from: String,
    /// The last day.
    pub to: String,
}

impl PeriodDoc {
    /// The period, its dates checked ([`crate::records::Period::new`]); errors name
    /// `period.from` and `period.to`.
    ///
    /// # Errors
    /// [`Error::InvalidDate`], and the errors of [`crate::records::Period::new`].
    pub fn period(&self) -> Result<crate::records::Period, Error> {
        let from = crate::commissioning::parse_date(&self.from, "period.from")?;
        let to = crate::commissioning::parse_date(&self.to, "period.to")?;
        crate::records::Period::new(from, to)
    }
}
