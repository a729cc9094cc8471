//! Request text → a request type, through serde_json, with every fault turned into the core's
//! [`Error`]: its stable code and the path of the field it concerns (`evidence.7.rating`).
//!
//! serde's derives report faults through the hooks of `serde::de::Error` (invalid type, unknown
//! field, missing field …) on the deserializer's own error type, and serde_json's error type
//! keeps only a message. So the request is read through [`De`], a thin deserializer around
//! serde_json's whose error type is [`DeError`]: the hooks keep what went wrong as data, and
//! each value's deserializer knows where it sits, so the first one an error leaves names its
//! path. This is the way `serde_path_to_error` tracks paths, with the core's error type in
//! place of the inner one.
//!
//! Where a fault leaves a value that serde_json is reading (a visitor of ours hands it back to
//! serde_json, which hands it on), it must pass as a serde_json error: it waits in the call's
//! [`Slot`] meanwhile, and the next [`De`] up takes it back. The slot lives on the stack of one
//! [`read`]: there is no shared state.
//!
//! A request is read in steps: a scan of the raw text for nesting deeper than [`MAX_DEPTH`]
//! ([`check_depth`]); a head pass ([`Head`]) that reads `operation` and `version` and passes
//! the other top-level values over; and the typed pass, which reads the operation's own request
//! type with `operation` and `version` skipped. Only when a step finds a fault is the whole text
//! checked for JSON syntax ([`check_syntax`]), so that malformed JSON is reported as such even
//! where a fault of shape comes before it in the text. One type per operation, with
//! `deny_unknown_fields`, keeps each error's path exact: an internally tagged enum would read
//! the whole request into serde's private buffer first, whose errors carry no path.

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::{String, ToString};
use core::cell::RefCell;
use core::fmt::{self, Display};

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor};

use super::fields::join;
use crate::error::Error;

/// The largest request accepted, in bytes, but for the operations on a service's records.
pub const MAX_INPUT_BYTES: usize = 256 * 1024;
/// The largest request accepted by the operations on a service's records
/// (`evidence_from_records`, `kpis`), in bytes: a year of a large service's records.
pub const MAX_RECORDS_INPUT_BYTES: usize = 32 * 1024 * 1024;
/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 32;

/// Which top-level fields a pass reads.
#[derive(Debug, Clone, Copy)]
pub(super) enum Keys {
    /// All but these (read by the first pass), each refused if given twice.
    Skip(&'static [&'static str]),
    /// Only these: the others are passed over unread (their syntax is checked apart, see
    /// [`check_syntax`]).
    Only(&'static [&'static str]),
}

/// Reads a `T` from `text`, the top-level fields as `keys` says.
///
/// # Errors
/// The first fault of the text or of its shape, as an [`Error`].
pub(super) fn read<'de, T: de::Deserialize<'de>>(text: &'de str, keys: Keys) -> Result<T, Error> {
    let slot = Slot::default();
    let mut json = serde_json::Deserializer::from_str(text);
    let de = De { inner: &mut json, at: At::Root, slot: &slot, skip: Some(keys) };
    let value = T::deserialize(de).map_err(DeError::into_error)?;
    json.end().map_err(|e| DeError::from_json(&e).into_error())?;
    Ok(value)
}

/// Checks that `text` is one well-formed JSON value, and nothing else: the first pass, so that
/// malformed JSON is refused as such wherever it is, before anything about its shape.
///
/// # Errors
/// [`Error::MalformedJson`] with serde_json's line, column and words.
pub(super) fn check_syntax(text: &str) -> Result<(), Error> {
    serde_json::from_str::<Any>(text).map(|_| ()).map_err(|e| DeError::from_json(&e).into_error())
}

/// Any JSON value, read and dropped. Unlike serde's `IgnoredAny`, which serde_json skips
/// without reading numbers or object keys closely, every part is read as a value would be, so
/// a trailing comma or a number out of range is found, with serde_json's words for it.
struct Any;

impl<'de> de::Deserialize<'de> for Any {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AnyVisitor)
    }
}

/// The visitor of [`Any`].
struct AnyVisitor;

impl<'de> Visitor<'de> for AnyVisitor {
    type Value = Any;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Any, E> {
        Ok(Any)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Any, E> {
        Ok(Any)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Any, E> {
        Ok(Any)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Any, E> {
        Ok(Any)
    }
    fn visit_str<E>(self, _: &str) -> Result<Any, E> {
        Ok(Any)
    }
    fn visit_unit<E>(self) -> Result<Any, E> {
        Ok(Any)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Any, A::Error> {
        while seq.next_element::<Any>()?.is_some() {}
        Ok(Any)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Any, A::Error> {
        while map.next_key::<Any>()?.is_some() {
            map.next_value::<Any>()?;
        }
        Ok(Any)
    }
}

/// Refuses text whose arrays and objects nest deeper than [`MAX_DEPTH`], before any parsing:
/// such a request is refused as too deep even when it is also malformed.
///
/// # Errors
/// [`Error::NestingTooDeep`].
pub(super) fn check_depth(text: &str) -> Result<(), Error> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Error::NestingTooDeep { limit: MAX_DEPTH });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// The first pass over a request: its `operation` and `version`, every other field skipped.
#[derive(Debug, serde::Deserialize)]
pub(super) struct Head {
    /// The operation, if given.
    pub(super) operation: Option<String>,
    /// The version, if given: any JSON scalar, so that a wrong one is named as given.
    pub(super) version: Option<Version>,
}

/// A request's `version` as given.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Version {
    /// A number.
    Number(f64),
    /// Anything else, as a message shows it (a string quoted).
    Other(String),
}

impl<'de> de::Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct VersionVisitor;
        impl<'de> Visitor<'de> for VersionVisitor {
            type Value = Version;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("1")
            }
            #[expect(clippy::cast_precision_loss, reason = "a version is shown as given, approximately if huge")]
            fn visit_u64<E>(self, v: u64) -> Result<Version, E> {
                Ok(Version::Number(v as f64))
            }
            #[expect(clippy::cast_precision_loss, reason = "a version is shown as given, approximately if huge")]
            fn visit_i64<E>(self, v: i64) -> Result<Version, E> {
                Ok(Version::Number(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Version, E> {
                Ok(Version::Number(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Version, E> {
                Ok(Version::Other(format!("\"{v}\"")))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Version, E> {
                Ok(Version::Other(String::from("a boolean")))
            }
            fn visit_unit<E>(self) -> Result<Version, E> {
                Ok(Version::Other(String::from("null")))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Version, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Version::Other(String::from("an array")))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Version, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Version::Other(String::from("an object")))
            }
        }
        deserializer.deserialize_any(VersionVisitor)
    }
}

/// Where a value sits in the request: a chain of keys and indexes up to the root.
#[derive(Debug, Clone, Copy)]
enum At<'a> {
    /// The request itself.
    Root,
    /// `parent.key`.
    Key(&'a At<'a>, &'a str),
    /// `parent[index]`, or `parent[id]` once the element's `id` field has been read as a
    /// non-empty string: records and clients are named by their ids (`records[c01].start`).
    Index(&'a At<'a>, usize, &'a RefCell<Option<String>>),
}

impl At<'_> {
    /// The path as errors name it (`evidence.7.rating`, `records[0].jobs[1].end`); the
    /// request itself is the empty path.
    fn path(&self) -> String {
        let mut path = String::new();
        self.write(&mut path);
        path
    }

    fn write(&self, path: &mut String) {
        match self {
            Self::Root => {}
            Self::Key(parent, key) => {
                parent.write(path);
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Self::Index(parent, index, id) => {
                parent.write(path);
                match &*id.borrow() {
                    Some(id) => path.push_str(&format!("[{id}]")),
                    None => path.push_str(&format!("[{index}]")),
                }
            }
        }
    }

    /// Notes `value` as the id of the array element this is the `id` field of, if it is one.
    fn note_id(&self, value: &str) {
        if let Self::Key(Self::Index(_, _, id), "id") = self {
            if !value.is_empty() {
                *id.borrow_mut() = Some(String::from(value));
            }
        }
    }
}

/// Where an error waits while it passes through serde_json (see the module docs).
#[derive(Default)]
struct Slot(RefCell<Option<DeError>>);

impl Slot {
    /// Keeps `error` and gives serde_json a stand-in to pass up.
    fn keep<E: de::Error>(&self, error: DeError) -> E {
        *self.0.borrow_mut() = Some(error);
        E::custom("(held in the slot)")
    }

    /// The error kept, or else `error` (one serde_json raised itself).
    fn take(&self, error: &dyn Display) -> DeError {
        self.0.borrow_mut().take().unwrap_or_else(|| DeError::new(Kind::Other(error.to_string())))
    }

    /// The fault behind `error`, which serde_json passed up from a value at `at`: the one kept,
    /// or serde_json's own, located ([`DeError::locate`]). Compiled once, not once per type read.
    #[inline(never)]
    fn fault(&self, error: &dyn Display, at: &At<'_>, expected: Option<&'static str>) -> DeError {
        self.take(error).locate(at, expected)
    }

    /// `result`, its error kept in the slot.
    fn pass<T, E: de::Error>(&self, result: Result<T, DeError>) -> Result<T, E> {
        result.map_err(|e| self.keep(e))
    }
}

/// A fault found while reading a request, and where it is.
#[derive(Debug)]
pub(super) struct DeError {
    kind: Kind,
    /// The path, set by the first [`De`] the error leaves (`None` until then).
    path: Option<String>,
}

/// What went wrong.
#[derive(Debug)]
enum Kind {
    /// The JSON itself is malformed.
    Malformed { line: usize, column: usize, detail: String },
    /// A value of the wrong JSON type.
    InvalidType { found: Cow<'static, str>, expected: Cow<'static, str> },
    /// A value of the right type that is not accepted.
    InvalidValue { found: String, expected: String },
    /// An array of the wrong length.
    InvalidLength { length: usize, expected: String },
    /// A string that is none of the accepted ones.
    UnknownVariant { value: String, accepted: &'static [&'static str] },
    /// A field the object does not take; `top` when the object is the request itself, which
    /// also takes `operation` and `version`.
    UnknownField { field: String, accepted: &'static [&'static str], top: bool },
    /// A required field that is absent.
    MissingField { field: &'static str },
    /// A field given twice.
    DuplicateField { field: &'static str },
    /// Anything else, as serde or serde_json says it.
    Other(String),
}

impl DeError {
    const fn new(kind: Kind) -> Self {
        Self { kind, path: None }
    }

    /// A serde_json error of the text itself (syntax, end of input, a number out of range).
    fn from_json(error: &serde_json::Error) -> Self {
        if error.is_syntax() || error.is_eof() {
            let text = error.to_string();
            let suffix = format!(" at line {} column {}", error.line(), error.column());
            let detail = text.strip_suffix(&suffix).unwrap_or(&text);
            // serde_json counts a fault before a line's first character as column 0; columns here
            // are 1-based.
            let column = error.column().max(1);
            return Self::new(Kind::Malformed { line: error.line(), column, detail: detail.into() });
        }
        Self::new(Kind::Other(error.to_string()))
    }

    /// Names the error's path, unless a deeper value already did; `expected` (what the
    /// value's deserializer was asked for) replaces serde's wording of a type expected.
    fn locate(mut self, at: &At<'_>, expected: Option<&'static str>) -> Self {
        if self.path.is_some() {
            return self;
        }
        let base = at.path();
        if let Kind::UnknownField { top, .. } = &mut self.kind {
            *top = matches!(at, At::Root);
        }
        self.path = Some(match &self.kind {
            Kind::UnknownField { field, .. } => join(&base, field),
            Kind::MissingField { field } | Kind::DuplicateField { field } => join(&base, field),
            _ => base,
        });
        if let (Kind::InvalidType { expected: kept, .. }, Some(word)) = (&mut self.kind, expected) {
            *kept = Cow::Borrowed(word);
        }
        self
    }

    /// The core's error for this fault. A fault inside a scale definition or modification is
    /// [`Error::InvalidScale`], as every other fault of a definition is.
    fn into_error(self) -> Error {
        let path = self.path.unwrap_or_default();
        let field = if path.is_empty() { String::from("request") } else { path };
        if field.starts_with("scale.definition") || field.starts_with("scale.modification") {
            return match self.kind {
                Kind::MissingField { .. } => {
                    Error::InvalidScale { problem: String::from("required field is missing"), field }
                }
                Kind::DuplicateField { .. } => {
                    Error::InvalidScale { problem: String::from("field appears more than once"), field }
                }
                Kind::UnknownField { accepted, .. } => Error::InvalidScale {
                    problem: format!("unknown field; accepted here: {}", accepted.join(", ")),
                    field,
                },
                Kind::InvalidType { found, expected } => {
                    Error::InvalidScale { problem: format!("found {found}; accepted: {expected}"), field }
                }
                Kind::UnknownVariant { value, accepted } => Error::InvalidScale {
                    problem: format!("\"{value}\" is not accepted; accepted: {}", accepted.join(", ")),
                    field,
                },
                Kind::Other(problem) | Kind::InvalidValue { expected: problem, .. } => {
                    Error::InvalidScale { problem, field }
                }
                kind => Self { kind, path: Some(field) }.into_error_outside_scales(),
            };
        }
        Self { kind: self.kind, path: Some(field) }.into_error_outside_scales()
    }

    fn into_error_outside_scales(self) -> Error {
        let field = self.path.unwrap_or_default();
        match self.kind {
            Kind::Malformed { line, column, detail } => Error::MalformedJson { line, column, detail },
            Kind::InvalidType { found, expected } => Error::WrongType { field, expected, found },
            Kind::UnknownVariant { value, accepted } => {
                Error::UnknownValue { field, value, accepted: accepted.join(", ") }
            }
            Kind::UnknownField { accepted, top, .. } => {
                let accepted = accepted.join(", ");
                let accepted = if top { format!("operation, version, {accepted}") } else { accepted };
                Error::UnknownField { field, accepted }
            }
            Kind::MissingField { .. } => Error::MissingField { field },
            Kind::DuplicateField { .. } => Error::DuplicateField { field },
            Kind::InvalidValue { found, expected } => Error::UnknownValue { field, value: found, accepted: expected },
            Kind::InvalidLength { length, expected } => {
                Error::UnknownValue { field, value: format!("an array of {length}"), accepted: expected }
            }
            // Not reached by the request types (their values come to serde's hooks above); kept
            // as a type fault naming what serde said.
            Kind::Other(problem) => {
                Error::WrongType { field, expected: Cow::Owned(problem), found: Cow::Borrowed("another value") }
            }
        }
    }
}

/// The longest string value a message shows whole; a longer one is cut there, with `…`.
const SHOWN_CHARS: usize = 40;

/// What serde found, as a message names it: a scalar with its value (`the string "five"`,
/// `the number 6`, `true`, `null`), an array or an object by its type.
fn found(unexpected: &Unexpected<'_>) -> Cow<'static, str> {
    let string = |s: &str| {
        let mut chars = s.chars();
        let shown: String = chars.by_ref().take(SHOWN_CHARS).collect();
        let more = if chars.next().is_some() { "…" } else { "" };
        Cow::Owned(format!("the string {shown:?}{more}"))
    };
    match *unexpected {
        Unexpected::Bool(b) => Cow::Borrowed(if b { "true" } else { "false" }),
        Unexpected::Unsigned(n) => Cow::Owned(format!("the number {n}")),
        Unexpected::Signed(n) => Cow::Owned(format!("the number {n}")),
        Unexpected::Float(x) => Cow::Owned(format!("the number {}", crate::error::shown(&x))),
        Unexpected::Char(c) => string(c.encode_utf8(&mut [0; 4])),
        Unexpected::Str(s) => string(s),
        Unexpected::Unit | Unexpected::Option => Cow::Borrowed("null"),
        Unexpected::Seq => Cow::Borrowed("an array"),
        Unexpected::Map => Cow::Borrowed("an object"),
        _ => Cow::Borrowed("another value"),
    }
}

impl Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

impl core::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: Display>(message: T) -> Self {
        Self::new(Kind::Other(message.to_string()))
    }

    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Self::new(Kind::InvalidType { found: found(&unexpected), expected: Cow::Owned(expected.to_string()) })
    }

    fn invalid_value(unexpected: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        let found = match unexpected {
            Unexpected::Str(s) => String::from(s),
            Unexpected::Float(x) => format!("{}", crate::error::shown(&x)),
            other => other.to_string(),
        };
        Self::new(Kind::InvalidValue { found, expected: expected.to_string() })
    }

    fn invalid_length(length: usize, expected: &dyn de::Expected) -> Self {
        Self::new(Kind::InvalidLength { length, expected: expected.to_string() })
    }

    fn unknown_variant(value: &str, accepted: &'static [&'static str]) -> Self {
        Self::new(Kind::UnknownVariant { value: String::from(value), accepted })
    }

    fn unknown_field(field: &str, accepted: &'static [&'static str]) -> Self {
        Self::new(Kind::UnknownField { field: String::from(field), accepted, top: false })
    }

    fn missing_field(field: &'static str) -> Self {
        Self::new(Kind::MissingField { field })
    }

    fn duplicate_field(field: &'static str) -> Self {
        Self::new(Kind::DuplicateField { field })
    }
}

/// What a [`De`] was asked to read, where that changes how it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Whatever the JSON holds.
    Any,
    /// A unit-only enum: a string naming the variant.
    Enum,
}

/// A deserializer for one value of the request: serde_json's for the value, where the value
/// sits, and the call's [`Slot`].
struct De<'a, D> {
    inner: D,
    at: At<'a>,
    slot: &'a Slot,
    /// Which top-level fields to read (only at the root).
    skip: Option<Keys>,
}

impl<'a, 'de, D: Deserializer<'de>> De<'a, D> {
    /// Reads the value with `visitor`, as `shape`; `expected` names the JSON type asked for.
    fn run<V: Visitor<'de>>(
        self,
        shape: Shape,
        expected: Option<&'static str>,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let Self { inner, at, slot, skip } = self;
        let wrapped = Wrap { visitor, at, slot, shape, skip };
        inner.deserialize_any(wrapped).map_err(|e| slot.fault(&e, &at, expected))
    }
}

/// Defines `deserialize_*` methods that read through [`De::run`].
macro_rules! forward {
    ($($method:ident $shape:ident $expected:expr;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
            self.run(Shape::$shape, $expected, visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for De<'_, D> {
    type Error = DeError;

    forward! {
        deserialize_any Any None;
        deserialize_bool Any Some("a boolean");
        deserialize_i8 Any Some("a number");
        deserialize_i16 Any Some("a number");
        deserialize_i32 Any Some("a number");
        deserialize_i64 Any Some("a number");
        deserialize_u8 Any Some("a number");
        deserialize_u16 Any Some("a number");
        deserialize_u32 Any Some("a number");
        deserialize_u64 Any Some("a number");
        deserialize_f32 Any Some("a number");
        deserialize_f64 Any Some("a number");
        deserialize_char Any Some("a string");
        deserialize_str Any Some("a string");
        deserialize_string Any Some("a string");
        deserialize_identifier Any Some("a string");
        deserialize_bytes Any None;
        deserialize_byte_buf Any None;
        deserialize_unit Any Some("null");
        deserialize_seq Any Some("an array");
        deserialize_map Any Some("an object");
        deserialize_ignored_any Any None;
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, DeError> {
        self.run(Shape::Any, Some("null"), visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, DeError> {
        self.run(Shape::Any, Some("an array"), visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.run(Shape::Any, Some("an array"), visitor)
    }

    /// A struct is read only from an object, through [`ObjectOnly`]: anything else is refused
    /// there, so the struct's visitor is asked for nothing but a map.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let Self { inner, at, slot, skip } = self;
        let wrapped = ObjectOnly(Wrap { visitor, at, slot, shape: Shape::Any, skip });
        inner.deserialize_any(wrapped).map_err(|e| slot.fault(&e, &at, Some("an object")))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.run(Shape::Enum, Some("a string"), visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let Self { inner, at, slot, skip } = self;
        let wrapped = Wrap { visitor, at, slot, shape: Shape::Any, skip };
        inner.deserialize_option(wrapped).map_err(|e| slot.fault(&e, &at, None))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, DeError> {
        let Self { inner, at, slot, skip } = self;
        let wrapped = Wrap { visitor, at, slot, shape: Shape::Any, skip };
        inner.deserialize_newtype_struct(name, wrapped).map_err(|e| slot.fault(&e, &at, None))
    }
}

/// A visitor of ours around the request type's: what serde_json finds goes to it, and its
/// errors go back through the slot.
struct Wrap<'a, V> {
    visitor: V,
    at: At<'a>,
    slot: &'a Slot,
    shape: Shape,
    skip: Option<Keys>,
}

impl<'de, V: Visitor<'de>> Wrap<'_, V> {
    /// A string: a variant's name when an enum was asked for.
    fn string<E: de::Error>(self, value: &str) -> Result<V::Value, E> {
        self.at.note_id(value);
        let slot = self.slot;
        if self.shape == Shape::Enum {
            return slot.pass(self.visitor.visit_enum(StrDeserializer::<DeError>::new(value)));
        }
        slot.pass(self.visitor.visit_str(value))
    }
}

/// Defines `visit_*` methods that hand a scalar on.
macro_rules! scalars {
    ($($method:ident $type:ty;)*) => {$(
        fn $method<E: de::Error>(self, value: $type) -> Result<V::Value, E> {
            self.slot.pass(self.visitor.$method(value))
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    scalars! {
        visit_bool bool;
        visit_i64 i64;
        visit_u64 u64;
        visit_f64 f64;
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<V::Value, E> {
        self.string(value)
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<V::Value, E> {
        if self.shape == Shape::Enum {
            return self.string(value);
        }
        self.at.note_id(value);
        self.slot.pass(self.visitor.visit_borrowed_str(value))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<V::Value, E> {
        if self.shape == Shape::Enum {
            return self.string(&value);
        }
        self.at.note_id(&value);
        self.slot.pass(self.visitor.visit_string(value))
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.slot.pass(self.visitor.visit_unit())
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.slot.pass(self.visitor.visit_none())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        let de = De { inner: deserializer, at: self.at, slot: self.slot, skip: None };
        self.slot.pass(self.visitor.visit_some(de))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        let de = De { inner: deserializer, at: self.at, slot: self.slot, skip: None };
        self.slot.pass(self.visitor.visit_newtype_struct(de))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        let seq = Seq { inner: seq, at: self.at, slot: self.slot, index: 0 };
        self.slot.pass(self.visitor.visit_seq(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        let map = Map { inner: map, at: self.at, slot: self.slot, key: None, skip: self.skip, skipped: [false; 2] };
        self.slot.pass(self.visitor.visit_map(map))
    }
}

/// The visitor of a struct ([`De::deserialize_struct`]): an object goes to the struct's
/// visitor; any other value is refused here as the wrong type, without the struct's visitor.
/// serde derives a struct visitor that also reads arrays and refuses scalars itself; leaving
/// those paths unused keeps them out of the compiled library, once per struct.
struct ObjectOnly<'a, V>(Wrap<'a, V>);

impl ObjectOnly<'_, ()> {
    /// The error for `found` where an object is expected, kept in `slot`.
    #[cold]
    #[inline(never)]
    fn refuse<E: de::Error>(slot: &Slot, found: Unexpected<'_>) -> E {
        slot.keep(<DeError as de::Error>::invalid_type(found, &"an object"))
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for ObjectOnly<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<V::Value, E> {
        Err(ObjectOnly::refuse(self.0.slot, Unexpected::Bool(value)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<V::Value, E> {
        Err(ObjectOnly::refuse(self.0.slot, Unexpected::Signed(value)))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<V::Value, E> {
        Err(ObjectOnly::refuse(self.0.slot, Unexpected::Unsigned(value)))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<V::Value, E> {
        Err(ObjectOnly::refuse(self.0.slot, Unexpected::Float(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<V::Value, E> {
        Err(ObjectOnly::refuse(self.0.slot, Unexpected::Str(value)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        Err(ObjectOnly::refuse(self.0.slot, Unexpected::Unit))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(ObjectOnly::refuse(self.0.slot, Unexpected::Seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(map)
    }
}

/// The elements of an array, each read by a [`De`] that knows its index.
struct Seq<'a, A> {
    inner: A,
    at: At<'a>,
    slot: &'a Slot,
    index: usize,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Seq<'_, A> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        let id = RefCell::new(None);
        let at = At::Index(&self.at, self.index, &id);
        self.index += 1;
        let seed = Seed { seed, at, slot: self.slot };
        self.inner.next_element_seed(seed).map_err(|e| self.slot.fault(&e, &self.at, None))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// The entries of an object, each value read by a [`De`] that knows its key.
struct Map<'a, 'de, A> {
    inner: A,
    at: At<'a>,
    slot: &'a Slot,
    /// The key of the value to read next.
    key: Option<Cow<'de, str>>,
    /// Which top-level fields to read (only at the root).
    skip: Option<Keys>,
    /// Which of the skipped fields were met, so that one given twice is refused.
    skipped: [bool; 2],
}

impl<'de, A: MapAccess<'de>> Map<'_, 'de, A> {
    /// The next key to hand to the request type, past the top-level fields it skips, or
    /// `None` at the end. Apart from the key seed, so that it is compiled once rather than
    /// once per struct.
    #[inline(never)]
    fn next_key(&mut self) -> Result<Option<Cow<'de, str>>, DeError> {
        loop {
            let key = self.inner.next_key_seed(KeySeed).map_err(|e| self.slot.fault(&e, &self.at, None))?;
            let Some(key) = key else { return Ok(None) };
            if let Some(Keys::Only(read)) = self.skip {
                if !read.contains(&&*key) {
                    self.inner.next_value::<IgnoredAny>().map_err(|e| self.slot.fault(&e, &self.at, None))?;
                    continue;
                }
            }
            let skip = match self.skip {
                Some(Keys::Skip(skip)) => skip,
                _ => &[],
            };
            if let Some(at) = skip.iter().position(|s| *s == key) {
                match self.skipped.get_mut(at) {
                    Some(seen) if *seen => {
                        let field = skip.get(at).copied().unwrap_or_default();
                        return Err(DeError::new(Kind::DuplicateField { field }).locate(&self.at, None));
                    }
                    Some(seen) => *seen = true,
                    None => {}
                }
                self.inner.next_value::<IgnoredAny>().map_err(|e| self.slot.fault(&e, &self.at, None))?;
                continue;
            }
            return Ok(Some(key));
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Map<'_, 'de, A> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        let Some(key) = self.next_key()? else { return Ok(None) };
        let value = seed.deserialize(StrDeserializer::<DeError>::new(&key)).map_err(|e| e.locate(&self.at, None));
        self.key = Some(key);
        value.map(Some)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, DeError> {
        let key = self.key.take().unwrap_or_default();
        let at = At::Key(&self.at, &key);
        let seed = Seed { seed, at, slot: self.slot };
        self.inner.next_value_seed(seed).map_err(|e| self.slot.fault(&e, &at, None))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// An object key as given: borrowed from the request unless it had escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Cow<'de, str>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Cow::Borrowed(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Cow::Owned(String::from(v)))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Cow::Owned(v))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// The request type's seed for a value, handed to serde_json: it reads the value through a
/// [`De`] at `at`.
struct Seed<'a, T> {
    seed: T,
    at: At<'a>,
    slot: &'a Slot,
}

impl<'de, T: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'_, T> {
    type Value = T::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T::Value, D::Error> {
        let de = De { inner: deserializer, at: self.at, slot: self.slot, skip: None };
        self.slot.pass(self.seed.deserialize(de))
    }
}
