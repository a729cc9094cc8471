//! Request text → a request type, through serde_json, with every fault turned into the core's
//! [`Error`]: its stable code and the path of the field it concerns (`evidence.7.rating`).
//!
//! A request is read in steps: a scan of the raw text for nesting deeper than [`MAX_DEPTH`]
//! ([`check_depth`]); serde_json reads the text into a [`Node`] tree ([`parse`]), so that
//! malformed JSON is refused as such wherever it is, before anything about its shape; a head
//! pass ([`Head`]) reads `operation` and `version` from the tree; and the typed pass ([`read`])
//! reads the operation's own request type from the tree, with `operation` and `version`
//! skipped. One type per operation, with `deny_unknown_fields`, keeps each error's path exact:
//! an internally tagged enum would read the request into serde's private buffer first, whose
//! errors carry no path.
//!
//! The tree is read by [`De`], a deserializer of ours that knows where each value sits and
//! whose error type, [`DeError`], keeps what went wrong as data: serde's derives report faults
//! through the hooks of `serde::de::Error` (invalid type, unknown field, missing field …), and
//! the first [`De`] an error leaves names its path. serde_json's own `Value` cannot stand in
//! for the tree: its objects keep one entry per key, in key order, so a field given twice
//! could not be refused and the first fault would not be the first in the text.
//!
//! Reading through the tree, rather than through a deserializer wrapped around serde_json's
//! reader, instantiates serde_json's reader once (for [`Node`]) instead of once per request
//! type, and each type's visitor is driven by [`De`]'s small match: that keeps the
//! WebAssembly module within its size ceiling as request shapes are added.

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::cell::RefCell;
use core::fmt::{self, Display};
use core::slice;

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};

use super::fields::join;
use crate::error::Error;

/// The largest request accepted, in bytes, but for the operations on a service's records.
pub const MAX_INPUT_BYTES: usize = 256 * 1024;
/// The largest request accepted by the operations on a service's records
/// (`evidence_from_records`, `kpis`), in bytes: a year of a large service's records.
///
/// A request is read whole, into its tree, before its operation is known, so reading one
/// holds up to about 16 bytes per byte of the densest JSON (an array of one-digit numbers, one
/// 32-byte node for every two bytes): some 512 MiB at this limit on a 64-bit target, half that
/// in WebAssembly, until the request is refused or read.
pub const MAX_RECORDS_INPUT_BYTES: usize = 32 * 1024 * 1024;
/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 32;

/// Which top-level fields a pass reads.
#[derive(Debug, Clone, Copy)]
pub(super) enum Keys {
    /// All but these (read by the first pass), each refused if given twice.
    Skip(&'static [&'static str]),
    /// Only these: the others are passed over (the whole text is JSON by then: [`parse`]).
    Only(&'static [&'static str]),
}

/// A request's JSON as serde_json read it: every value as found, and each object's entries in
/// the text's order, every one kept (a key given twice is there twice).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Node<'de> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number serde_json read as a whole number from 0 up.
    U64(u64),
    /// A number serde_json read as a negative whole number.
    I64(i64),
    /// Any other number.
    F64(f64),
    /// A string: borrowed from the text unless it had escapes.
    Str(Cow<'de, str>),
    /// An array.
    Array(Vec<Node<'de>>),
    /// An object's entries, in order.
    Object(Vec<(Cow<'de, str>, Node<'de>)>),
}

/// Reads `text` as one JSON value, and nothing else.
///
/// # Errors
/// [`Error::MalformedJson`] with serde_json's line, column and words.
pub(super) fn parse(text: &str) -> Result<Node<'_>, Error> {
    let mut json = serde_json::Deserializer::from_str(text);
    let node = de::Deserialize::deserialize(&mut json).and_then(|node| json.end().map(|()| node));
    node.map_err(|e| DeError::from_json(&e).into_error())
}

/// Reads a `T` from `node`, the request's tree, the top-level fields as `keys` says.
///
/// # Errors
/// The first fault of the request's shape, in the text's order, as an [`Error`].
pub(super) fn read<'de, T: de::Deserialize<'de>>(node: &Node<'de>, keys: Keys) -> Result<T, Error> {
    T::deserialize(De { node, at: At::Root, skip: Some(keys) }).map_err(DeError::into_error)
}

impl<'de> de::Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// The visitor of [`Node`]: what serde_json finds, kept as found.
struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node<'de>, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node<'de>, E> {
        Ok(Node::I64(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node<'de>, E> {
        Ok(Node::U64(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node<'de>, E> {
        Ok(Node::F64(v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Owned(String::from(v))))
    }
    fn visit_string<E>(self, v: String) -> Result<Node<'de>, E> {
        Ok(Node::Str(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            entries.push((key, map.next_value()?));
        }
        Ok(Node::Object(entries))
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
            // The tree needs no reading to the end: an array or object is named, not read.
            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Version, A::Error> {
                Ok(Version::Other(String::from("an array")))
            }
            fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Version, A::Error> {
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

/// What a [`Node`] is, as serde's errors name it.
fn unexpected<'a>(node: &'a Node<'_>) -> Unexpected<'a> {
    match node {
        Node::Null => Unexpected::Unit,
        Node::Bool(b) => Unexpected::Bool(*b),
        Node::U64(n) => Unexpected::Unsigned(*n),
        Node::I64(n) => Unexpected::Signed(*n),
        Node::F64(x) => Unexpected::Float(*x),
        Node::Str(s) => Unexpected::Str(s),
        Node::Array(_) => Unexpected::Seq,
        Node::Object(_) => Unexpected::Map,
    }
}

/// A deserializer for one value of the request's tree: the value, and where it sits.
struct De<'a, 'de> {
    node: &'a Node<'de>,
    at: At<'a>,
    /// Which top-level fields to read (only at the root).
    skip: Option<Keys>,
}

impl<'a, 'de> De<'a, 'de> {
    /// Reads the value with `visitor`, as `shape`; `expected` names the JSON type asked for.
    fn run<V: Visitor<'de>>(
        self,
        shape: Shape,
        expected: Option<&'static str>,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let at = self.at;
        self.visit(shape, visitor).map_err(|e| e.locate(&at, expected))
    }

    /// Hands the value to `visitor` as serde_json found it: a string to `visit_enum` when an
    /// enum was asked for, and noted as its element's id when it is one ([`At::note_id`]).
    fn visit<V: Visitor<'de>>(self, shape: Shape, visitor: V) -> Result<V::Value, DeError> {
        match self.node {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::U64(n) => visitor.visit_u64(*n),
            Node::I64(n) => visitor.visit_i64(*n),
            Node::F64(x) => visitor.visit_f64(*x),
            Node::Str(s) => {
                self.at.note_id(s);
                match s {
                    _ if shape == Shape::Enum => visitor.visit_enum(StrDeserializer::<DeError>::new(s)),
                    Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
                    Cow::Owned(s) => visitor.visit_str(s),
                }
            }
            Node::Array(items) => visitor.visit_seq(Seq { items: items.iter(), at: self.at, index: 0 }),
            Node::Object(entries) => visitor.visit_map(Map::new(entries, self.at, self.skip)),
        }
    }

    /// Reads a fixed-size array or tuple: as any value, but elements the visitor leaves unread
    /// are refused, as serde_json's reader refused them (a sequence of any length, such as a
    /// `Vec`, is read to its end by its visitor).
    fn tuple<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let at = self.at;
        let Node::Array(items) = self.node else { return self.run(Shape::Any, Some("an array"), visitor) };
        let mut seq = Seq { items: items.iter(), at, index: 0 };
        let value = visitor.visit_seq(&mut seq).map_err(|e| e.locate(&at, Some("an array")))?;
        seq.end()?;
        Ok(value)
    }

    /// The same value, read again by another deserializer (an option's or a newtype's).
    const fn inner(&self) -> Self {
        Self { node: self.node, at: self.at, skip: None }
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

impl<'de> Deserializer<'de> for De<'_, 'de> {
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
        self.tuple(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.tuple(visitor)
    }

    /// A struct is read only from an object: anything else is refused here as the wrong type,
    /// so the struct's visitor is asked for nothing but a map (serde derives a struct visitor
    /// that also reads arrays; leaving that path unused keeps it out of the compiled library).
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let at = self.at;
        let Node::Object(entries) = self.node else { return Err(not_an_object(self.node, &at)) };
        visitor.visit_map(Map::new(entries, at, self.skip)).map_err(|e| e.locate(&at, Some("an object")))
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
        let at = self.at;
        let value = match self.node {
            Node::Null => visitor.visit_none(),
            _ => visitor.visit_some(self.inner()),
        };
        value.map_err(|e| e.locate(&at, None))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, DeError> {
        let at = self.at;
        visitor.visit_newtype_struct(self.inner()).map_err(|e| e.locate(&at, None))
    }
}

/// The error for `node`, at `at`, where an object is expected. Compiled once, not once per
/// struct read.
#[cold]
#[inline(never)]
fn not_an_object(node: &Node<'_>, at: &At<'_>) -> DeError {
    <DeError as de::Error>::invalid_type(unexpected(node), &"an object").locate(at, Some("an object"))
}

/// The elements of an array, each read by a [`De`] that knows its index.
struct Seq<'a, 'de> {
    items: slice::Iter<'a, Node<'de>>,
    at: At<'a>,
    index: usize,
}

impl Seq<'_, '_> {
    /// Refuses elements the visitor left unread (a fixed-size array or tuple given more).
    fn end(&self) -> Result<(), DeError> {
        match self.items.len() {
            0 => Ok(()),
            more => Err(DeError::new(Kind::InvalidLength {
                length: self.index + more,
                expected: format!("an array of {}", self.index),
            })
            .locate(&self.at, None)),
        }
    }
}

impl<'de> SeqAccess<'de> for Seq<'_, 'de> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        let Some(node) = self.items.next() else { return Ok(None) };
        let id = RefCell::new(None);
        let at = At::Index(&self.at, self.index, &id);
        self.index += 1;
        seed.deserialize(De { node, at, skip: None }).map(Some).map_err(|e| e.locate(&at, None))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of an object, each value read by a [`De`] that knows its key.
struct Map<'a, 'de> {
    entries: slice::Iter<'a, (Cow<'de, str>, Node<'de>)>,
    at: At<'a>,
    /// The entry whose value is to be read next.
    entry: Option<&'a (Cow<'de, str>, Node<'de>)>,
    /// Which top-level fields to read (only at the root).
    skip: Option<Keys>,
    /// Which of the skipped fields were met, so that one given twice is refused.
    skipped: [bool; 2],
}

impl<'a, 'de> Map<'a, 'de> {
    fn new(entries: &'a [(Cow<'de, str>, Node<'de>)], at: At<'a>, skip: Option<Keys>) -> Self {
        Self { entries: entries.iter(), at, entry: None, skip, skipped: [false; 2] }
    }

    /// The next entry to hand to the request type, past the top-level fields it skips, or
    /// `None` at the end. Apart from the key seed, so that it is compiled once rather than
    /// once per struct.
    #[inline(never)]
    fn next_entry(&mut self) -> Result<Option<&'a (Cow<'de, str>, Node<'de>)>, DeError> {
        for entry in self.entries.by_ref() {
            let key = &*entry.0;
            match self.skip {
                Some(Keys::Only(read)) if !read.contains(&key) => continue,
                Some(Keys::Skip(skip)) => {
                    if let Some(at) = skip.iter().position(|s| *s == key) {
                        match self.skipped.get_mut(at) {
                            Some(seen) if *seen => {
                                let field = skip.get(at).copied().unwrap_or_default();
                                return Err(DeError::new(Kind::DuplicateField { field }).locate(&self.at, None));
                            }
                            Some(seen) => *seen = true,
                            None => {}
                        }
                        continue;
                    }
                }
                _ => {}
            }
            return Ok(Some(entry));
        }
        Ok(None)
    }
}

impl<'de> MapAccess<'de> for Map<'_, 'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        let Some(entry) = self.next_entry()? else { return Ok(None) };
        self.entry = Some(entry);
        let key = seed.deserialize(StrDeserializer::<DeError>::new(&entry.0)).map_err(|e| e.locate(&self.at, None))?;
        Ok(Some(key))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, DeError> {
        let Some((key, node)) = self.entry.take() else {
            return Err(DeError::new(Kind::Other(String::from("a value was read before its key"))));
        };
        let at = At::Key(&self.at, key);
        seed.deserialize(De { node, at, skip: None }).map_err(|e| e.locate(&at, None))
    }

    fn size_hint(&self) -> Option<usize> {
        // Exact but at the top level, where skipped fields are among the entries left.
        self.skip.is_none().then(|| self.entries.len())
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

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;
    use alloc::vec::Vec;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        records: Vec<Inner>,
        #[serde(default)]
        note: Option<String>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        id: String,
        hours: f64,
    }

    const SKIP: Keys = Keys::Skip(&["operation", "version"]);

    fn read_text(text: &str) -> Result<Outer, Error> {
        read(&parse(text)?, SKIP)
    }

    fn fault(text: &str) -> (crate::ErrorCode, String) {
        let error = read_text(text).unwrap_err();
        (error.code(), error.field().map(String::from).unwrap_or_default())
    }

    #[test]
    fn the_tree_keeps_every_entry_in_the_texts_order() {
        let tree = parse(r#"{"b": 1, "a": [true, null, -2, 2.5, "x\n"], "b": "y"}"#).unwrap();
        let expected = Node::Object(vec![
            (Cow::Borrowed("b"), Node::U64(1)),
            (
                Cow::Borrowed("a"),
                Node::Array(vec![
                    Node::Bool(true),
                    Node::Null,
                    Node::I64(-2),
                    Node::F64(2.5),
                    Node::Str(Cow::Owned(String::from("x\n"))),
                ]),
            ),
            (Cow::Borrowed("b"), Node::Str(Cow::Borrowed("y"))),
        ]);
        assert_eq!(tree, expected);
    }

    #[test]
    fn malformed_text_is_refused_with_its_line_and_column() {
        let error = parse("{\n  \"records\": [1,]\n}").unwrap_err();
        let Error::MalformedJson { line, column, detail } = error else { panic!("{error:?}") };
        assert_eq!((line, column, detail.as_str()), (2, 17, "trailing comma"));
        assert!(matches!(parse("{} {}").unwrap_err(), Error::MalformedJson { .. }));
    }

    #[test]
    fn a_request_type_reads_from_the_tree_with_escaped_and_plain_strings() {
        let outer =
            read_text(r#"{"operation": "x", "records": [{"id": "c\u0031", "hours": 3}], "note": "n"}"#).unwrap();
        assert_eq!(outer.records, vec![Inner { id: String::from("c1"), hours: 3.0 }]);
        assert_eq!(outer.note.as_deref(), Some("n"));
    }

    #[test]
    fn a_field_given_twice_is_refused_even_one_the_pass_skips() {
        assert_eq!(fault(r#"{"records": [], "records": []}"#), (crate::ErrorCode::DuplicateField, "records".into()));
        assert_eq!(
            fault(r#"{"version": 1, "records": [], "version": 1}"#),
            (crate::ErrorCode::DuplicateField, "version".into())
        );
    }

    #[test]
    fn the_first_fault_in_the_text_is_the_one_reported() {
        let text = r#"{"records": [{"id": "c1", "hours": "3"}], "nothing": 1}"#;
        assert_eq!(fault(text), (crate::ErrorCode::WrongType, "records[c1].hours".into()));
        let text = r#"{"nothing": 1, "records": [{"id": "c1", "hours": "3"}]}"#;
        assert_eq!(fault(text), (crate::ErrorCode::UnknownField, "nothing".into()));
    }

    #[test]
    fn an_element_is_named_by_its_id_once_read_and_by_its_index_before() {
        let text = r#"{"records": [{"id": "c1", "hours": 1}, {"hours": "x", "id": "c2"}]}"#;
        assert_eq!(fault(text), (crate::ErrorCode::WrongType, "records[1].hours".into()));
        let text = r#"{"records": [{"id": "c1", "hours": 1}, {"id": "c2", "hours": -1, "extra": 0}]}"#;
        assert_eq!(fault(text), (crate::ErrorCode::UnknownField, "records[c2].extra".into()));
        assert_eq!(
            fault(r#"{"records": [{"id": "c1"}]}"#),
            (crate::ErrorCode::MissingField, "records[c1].hours".into())
        );
    }

    #[test]
    fn an_array_longer_than_its_type_is_refused() {
        #[derive(Debug, serde::Deserialize)]
        struct Pair {
            #[expect(dead_code, reason = "read only to be refused")]
            pair: [u8; 2],
        }
        let error = read::<Pair>(&parse(r#"{"pair": [1, 2, 3]}"#).unwrap(), SKIP).unwrap_err();
        assert_eq!(error.to_string(), r#"pair: "an array of 3" is not accepted; accepted: an array of 2"#);
        assert!(read::<Pair>(&parse(r#"{"pair": [1, 2]}"#).unwrap(), SKIP).is_ok());
    }

    #[test]
    fn a_struct_is_read_only_from_an_object() {
        let error = read_text(r#"{"records": [[]]}"#).unwrap_err();
        assert_eq!(error.to_string(), "records[0]: expected an object, found an array");
        let error = read_text("[1]").unwrap_err();
        assert_eq!((error.code(), error.field()), (crate::ErrorCode::WrongType, Some("request")));
    }
}
