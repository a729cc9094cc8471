//! A JSON tree that keeps every key of an object, so duplicates can be reported, and
//! the size and depth limits checked before parsing.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::Error;

use super::{MAX_DEPTH, MAX_INPUT_BYTES};

/// A parsed JSON value; objects keep their keys in order, duplicates included. Strings and
/// keys borrow from the request text unless they hold escapes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    Number(f64),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl Json<'_> {
    /// The JSON type name, for messages.
    pub(crate) const fn type_name(&self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool(_) => "a boolean",
            Self::Number(_) => "a number",
            Self::String(_) => "a string",
            Self::Array(_) => "an array",
            Self::Object(_) => "an object",
        }
    }
}

/// Parses `input` after checking [`MAX_INPUT_BYTES`] and [`MAX_DEPTH`].
pub(crate) fn parse(input: &str) -> Result<Json<'_>, Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::InputTooLarge { size: input.len(), limit: MAX_INPUT_BYTES });
    }
    check_depth(input.as_bytes())?;
    serde_json::from_str(input).map_err(|e| {
        // serde_json appends " at line L column C"; the error states the position itself.
        let mut detail = e.to_string();
        if let Some(at) = detail.rfind(" at line ") {
            detail.truncate(at);
        }
        // An empty request ends before its first column; positions are 1-based.
        Error::MalformedJson { line: e.line().max(1), column: e.column().max(1), detail }
    })
}

/// Rejects input whose arrays and objects nest deeper than [`MAX_DEPTH`], without parsing.
fn check_depth(bytes: &[u8]) -> Result<(), Error> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
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

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(v))
    }

    #[expect(clippy::cast_precision_loss, reason = "JSON numbers are read as f64; every accepted number is small")]
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v as f64))
    }

    #[expect(clippy::cast_precision_loss, reason = "JSON numbers are read as f64; every accepted number is small")]
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(String::from(v))))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut fields = Vec::new();
        while let Some(Key(key)) = map.next_key()? {
            fields.push((key, map.next_value()?));
        }
        Ok(Json::Object(fields))
    }
}

/// An object key: borrowed from the request text unless it holds escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(String::from(v))))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    #[test]
    fn duplicates_are_kept() {
        let j = parse(r#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(j, Json::Object(alloc::vec![("a".into(), Json::Number(1.0)), ("a".into(), Json::Number(2.0))]));
    }

    #[test]
    fn depth_limit_is_exact_and_ignores_brackets_in_strings() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deep), Err(Error::NestingTooDeep { limit: MAX_DEPTH }));
        let quoted = format!("\"{}\\\"{}\"", "[".repeat(100), "{".repeat(100));
        assert!(parse(&quoted).is_ok());
    }

    #[test]
    fn size_limit() {
        let big = format!("\"{}\"", "x".repeat(MAX_INPUT_BYTES));
        assert!(matches!(parse(&big), Err(Error::InputTooLarge { .. })));
    }

    #[test]
    fn malformed_json_reports_position() {
        let e = parse("{\n  \"a\": }").unwrap_err();
        assert!(matches!(e, Error::MalformedJson { line: 2, .. }), "{e:?}");
    }
}
