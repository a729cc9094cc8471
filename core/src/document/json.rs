//! A JSON tree that keeps every key of an object, so duplicates can be reported, and
//! the size and depth limits checked before parsing. The tree borrows: strings from the
//! request text, arrays and objects from an [`Arena`] the caller keeps while it reads it.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::Error;

use super::{MAX_DEPTH, MAX_INPUT_BYTES};

mod float;

/// A parsed JSON value; objects keep their keys in order, duplicates included. Strings and
/// keys borrow from the request text, or from the [`Arena`] when they hold escapes; arrays
/// and objects are slices in the arena. Nothing is owned, so nothing is dropped node by node.
#[derive(Debug, Clone, Copy, PartialEq)]
// A whole word for the variant (not a byte next to the payload): values are copied into the
// parser's field stack in 16-byte moves, and a move that reads a byte just stored on its
// own stalls the processor (store forwarding fails); ~4 % of a review request's time.
#[repr(u64)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    Number(f64),
    String(&'a str),
    Array(&'a [Json<'a>]),
    Object(&'a [(&'a str, Json<'a>)]),
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

/// Room on the parser's field stack for a review request's fields at their deepest (the
/// request's own three, the evidence's 25 items, an item's one or two): read without
/// growing the stack.
const FIELDS_CAPACITY: usize = 32;

/// Where a parsed document's arrays, objects and escaped strings (written out) live: one region,
/// allocated in a few large pieces and freed at once, instead of a vector per object (a
/// review request has 27) allocated, walked and freed one by one.
pub(crate) struct Arena(bumpalo::Bump);

impl Arena {
    /// An arena with room for the document of `input` in the usual case (about four bytes
    /// per byte of input; it grows when that is not enough).
    pub(crate) fn for_input(input: &str) -> Self {
        Self(bumpalo::Bump::with_capacity(input.len().saturating_mul(4).min(ARENA_FIRST_PIECE_LIMIT)))
    }
}

/// The most [`Arena::for_input`] sets aside before reading (64 KiB); larger documents grow
/// the arena as they are read.
const ARENA_FIRST_PIECE_LIMIT: usize = 64 * 1024;

/// Parses `input` after checking [`MAX_INPUT_BYTES`]; input nested deeper than
/// [`MAX_DEPTH`] is refused as such, even when it is also malformed.
///
/// A malformed document is reported as `serde_json` reports it (same message, line and
/// column; the tests compare the two): at the byte where the problem was found, or at the
/// last byte when the text stops early; columns count bytes from 1.
pub(crate) fn parse<'a>(input: &'a str, arena: &'a Arena) -> Result<Json<'a>, Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::InputTooLarge { size: input.len(), limit: MAX_INPUT_BYTES });
    }
    let mut parser = Parser {
        text: input,
        bytes: input.as_bytes(),
        pos: 0,
        depth: 0,
        arena: &arena.0,
        fields: Vec::with_capacity(FIELDS_CAPACITY),
        items: Vec::new(),
    };
    match parser.document() {
        Ok(value) => Ok(value),
        Err(Fail::TooDeep) => Err(Error::NestingTooDeep { limit: MAX_DEPTH }),
        // The depth is counted as the reader goes (a pass of its own over every request
        // cost a tenth of reading one); only a malformed document, which the reader leaves
        // part unread, has the rest of its nesting checked.
        Err(Fail::Malformed { end, detail }) => {
            check_depth(input.as_bytes())?;
            Err(malformed(input.as_bytes(), end, detail))
        }
    }
}

/// [`parse`] in an arena of its own, left for the rest of the test (tests only: it leaks).
#[cfg(test)]
pub(crate) fn parse_leaked(input: &str) -> Result<Json<'_>, Error> {
    parse(input, alloc::boxed::Box::leak(alloc::boxed::Box::new(Arena::for_input(input))))
}

/// Why the reader stopped: small, so that the reader's results stay small as they are
/// passed up (an [`Error`] in each would be copied at every level); [`parse`] turns it
/// into the error.
#[derive(Debug, Clone, Copy)]
enum Fail {
    /// Malformed JSON, found in the first `end` bytes.
    Malformed { end: usize, detail: &'static str },
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// The error with the line and column `serde_json` gives for the first `end` bytes of
/// `bytes`: the line, and the column of the last of those bytes (1-based, in bytes; at
/// least 1).
fn malformed(bytes: &[u8], end: usize, detail: &str) -> Error {
    let before = bytes.get(..end).unwrap_or(bytes);
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let lines = before.get(..line_start).unwrap_or_default().iter().filter(|&&b| b == b'\n').count();
    Error::MalformedJson { line: 1 + lines, column: (end - line_start).max(1), detail: String::from(detail) }
}

/// A recursive-descent reader of RFC 8259 JSON over the request text. Strings without
/// escapes are borrowed; nesting is bounded by [`MAX_DEPTH`], counted as it reads.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Arrays and objects open at the reader.
    depth: usize,
    /// Where finished arrays, objects and escaped strings go.
    arena: &'a bumpalo::Bump,
    /// The fields of the objects open at the reader, innermost last: an object's fields
    /// are gathered here and moved into the arena, as a slice of their exact number, when
    /// it closes.
    fields: Vec<(&'a str, Json<'a>)>,
    /// The items of the arrays open at the reader, likewise.
    items: Vec<Json<'a>>,
}

impl<'a> Parser<'a> {
    /// The whole text as one value, with nothing but whitespace around it.
    fn document(&mut self) -> Result<Json<'a>, Fail> {
        self.skip_whitespace();
        let value = self.value()?;
        self.skip_whitespace();
        if self.pos < self.bytes.len() {
            return Err(self.fail("trailing characters"));
        }
        Ok(value)
    }

    /// Enters an array or object: refused past [`MAX_DEPTH`], as [`check_depth`] refuses it.
    fn enter(&mut self) -> Result<(), Fail> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Fail::TooDeep);
        }
        Ok(())
    }

    /// A malformed-JSON error about the byte at the reader (or the end of the text).
    fn fail(&self, detail: &'static str) -> Fail {
        self.error_at(self.pos.saturating_add(1).min(self.bytes.len()), detail)
    }

    /// A malformed-JSON error about what the reader has just read (a number).
    fn fail_read(&self, detail: &'static str) -> Fail {
        self.error_at(self.pos, detail)
    }

    /// A malformed-JSON error about the first `end` bytes.
    const fn error_at(&self, end: usize, detail: &'static str) -> Fail {
        Fail::Malformed { end, detail }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline(always)]
    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.pos += 1;
        }
    }

    /// The text from `start` to the current position (both on character boundaries: the
    /// reader only stops at ASCII bytes).
    fn slice(&self, start: usize) -> Result<&'a str, Fail> {
        self.text.get(start..self.pos).ok_or_else(|| self.fail("invalid UTF-8"))
    }

    fn value(&mut self) -> Result<Json<'a>, Fail> {
        match self.peek() {
            None => Err(self.fail("EOF while parsing a value")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Number),
            Some(_) => Err(self.fail("expected value")),
        }
    }

    fn word(&mut self, word: &str, value: Json<'a>) -> Result<Json<'a>, Fail> {
        let rest = self.bytes.get(self.pos..).unwrap_or_default();
        if rest.starts_with(word.as_bytes()) {
            self.pos += word.len();
            return Ok(value);
        }
        // Stop at the first byte that differs, or at the end.
        let matching = rest.iter().zip(word.as_bytes()).take_while(|(a, b)| a == b).count();
        self.pos += matching;
        Err(self.fail(if self.pos == self.bytes.len() { "EOF while parsing a value" } else { "expected ident" }))
    }

    fn object(&mut self) -> Result<Json<'a>, Fail> {
        self.enter()?;
        let object = self.object_fields();
        self.depth -= 1;
        object
    }

    fn object_fields(&mut self) -> Result<Json<'a>, Fail> {
        self.pos += 1;
        let mark = self.fields.len();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(&[]));
        }
        let mut first = true;
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.fail("trailing comma")),
                None if first => return Err(self.fail("EOF while parsing an object")),
                None => return Err(self.fail("EOF while parsing a value")),
                Some(_) => return Err(self.fail("key must be a string")),
            }
            first = false;
            let key = self.string()?;
            self.skip_whitespace();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.fail("EOF while parsing an object")),
                Some(_) => return Err(self.fail("expected `:`")),
            }
            self.skip_whitespace();
            // Strings and numbers (most values) are read here rather than through a call
            // to `value`, whose result is copied through memory before it is stored.
            let value = match self.peek() {
                Some(b'"') => Json::String(self.string()?),
                Some(b'-' | b'0'..=b'9') => Json::Number(self.number()?),
                _ => self.value()?,
            };
            self.fields.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    let fields = self.arena.alloc_slice_fill_iter(self.fields.drain(mark..));
                    return Ok(Json::Object(fields));
                }
                None => return Err(self.fail("EOF while parsing an object")),
                Some(_) => return Err(self.fail("expected `,` or `}`")),
            }
        }
    }

    fn array(&mut self) -> Result<Json<'a>, Fail> {
        self.enter()?;
        let array = self.array_items();
        self.depth -= 1;
        array
    }

    fn array_items(&mut self) -> Result<Json<'a>, Fail> {
        self.pos += 1;
        let mark = self.items.len();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(&[]));
        }
        let mut first = true;
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b']') => return Err(self.fail("trailing comma")),
                None if first => return Err(self.fail("EOF while parsing a list")),
                _ => {}
            }
            first = false;
            let item = self.value()?;
            self.items.push(item);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(self.arena.alloc_slice_fill_iter(self.items.drain(mark..))));
                }
                None => return Err(self.fail("EOF while parsing a list")),
                Some(_) => return Err(self.fail("expected `,` or `]`")),
            }
        }
    }

    /// A string, the reader at its opening quote: borrowed from the text when it has no
    /// escapes, else written out and moved into the arena.
    fn string(&mut self) -> Result<&'a str, Fail> {
        self.pos += 1;
        let start = self.pos;
        // The plain run up to the first quote, backslash or control character, found in one
        // scan of the bytes.
        let rest = self.bytes.get(start..).unwrap_or_default();
        self.pos += rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(rest.len());
        match self.peek() {
            None => return Err(self.fail("EOF while parsing a string")),
            Some(b'"') => {
                let text = self.slice(start)?;
                self.pos += 1;
                return Ok(text);
            }
            Some(b'\\') => {}
            Some(_) => return Err(self.fail(CONTROL_IN_STRING)),
        }
        let mut owned = String::from(self.slice(start)?);
        loop {
            let run = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            owned.push_str(self.slice(run)?);
            match self.peek() {
                None => return Err(self.fail("EOF while parsing a string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(self.arena.alloc_str(&owned));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    owned.push(self.escape()?);
                }
                Some(_) => return Err(self.fail(CONTROL_IN_STRING)),
            }
        }
    }

    /// The character of an escape, the reader just past its backslash. Errors are placed
    /// as `serde_json` places them: after the bytes read so far.
    fn escape(&mut self) -> Result<char, Fail> {
        let Some(kind) = self.peek() else { return Err(self.fail_read("EOF while parsing a string")) };
        self.pos += 1;
        match kind {
            b'"' => Ok('"'),
            b'\\' => Ok('\\'),
            b'/' => Ok('/'),
            b'b' => Ok('\u{8}'),
            b'f' => Ok('\u{c}'),
            b'n' => Ok('\n'),
            b'r' => Ok('\r'),
            b't' => Ok('\t'),
            b'u' => self.unicode_escape(),
            _ => Err(self.fail_read("invalid escape")),
        }
    }

    /// The character of a `\u` escape, the reader just past the `u`: a code unit outside
    /// the surrogates, or a leading surrogate followed by `\u` and a trailing one.
    fn unicode_escape(&mut self) -> Result<char, Fail> {
        let lead = self.hex4()?;
        if (0xdc00..=0xdfff).contains(&lead) {
            return Err(self.fail_read("lone leading surrogate in hex escape"));
        }
        if !(0xd800..=0xdbff).contains(&lead) {
            return char::from_u32(lead).ok_or_else(|| self.fail_read("invalid unicode code point"));
        }
        for expected in [b'\\', b'u'] {
            match self.peek() {
                None => return Err(self.fail_read("EOF while parsing a string")),
                Some(b) => {
                    self.pos += 1;
                    if b != expected {
                        return Err(self.fail_read("unexpected end of hex escape"));
                    }
                }
            }
        }
        let trail = self.hex4()?;
        if !(0xdc00..=0xdfff).contains(&trail) {
            return Err(self.fail_read("lone leading surrogate in hex escape"));
        }
        let code = 0x10000 + ((lead - 0xd800) << 10) + (trail - 0xdc00);
        char::from_u32(code).ok_or_else(|| self.fail_read("invalid unicode code point"))
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, Fail> {
        let Some(digits) = self.bytes.get(self.pos..self.pos + 4) else {
            self.pos = self.bytes.len();
            return Err(self.fail_read("EOF while parsing a string"));
        };
        self.pos += 4;
        digits.iter().try_fold(0, |unit, &b| {
            char::from(b).to_digit(16).map(|d| unit * 16 + d).ok_or_else(|| self.fail_read("invalid escape"))
        })
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, read as the
    /// nearest `f64` (`-0` keeps its sign, as `serde_json` reads it).
    fn number(&mut self) -> Result<f64, Fail> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                // A leading zero stands alone.
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.fail("invalid number"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            None => return Err(self.fail("EOF while parsing a value")),
            Some(_) => return Err(self.fail("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            let positive = match self.peek() {
                Some(b'-') => {
                    self.pos += 1;
                    false
                }
                Some(b'+') => {
                    self.pos += 1;
                    true
                }
                _ => true,
            };
            let digits_start = self.pos;
            self.required_digits()?;
            // An exponent past i32 on a non-zero number is out of range where its digits
            // overflow, as `serde_json` reports it.
            let mantissa = self.bytes.get(start..digits_start).unwrap_or_default();
            if positive && mantissa.iter().any(|b| matches!(b, b'1'..=b'9')) {
                if let Some(at) = i32_overflow(self.bytes.get(digits_start..self.pos).unwrap_or_default()) {
                    return Err(self.error_at(digits_start + at + 1, "number out of range"));
                }
            }
        }
        let text = self.slice(start)?;
        let value = match short_decimal(text) {
            Some(value) => value,
            None => float::parse(text),
        };
        if !value.is_finite() {
            return Err(self.fail_read("number out of range"));
        }
        Ok(value)
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    fn required_digits(&mut self) -> Result<(), Fail> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            None => Err(self.fail("EOF while parsing a value")),
            Some(_) => Err(self.fail("invalid number")),
        }
    }
}

/// A number of at most 15 digits and no exponent (what requests mostly hold: `22.5`, `4`),
/// read without the general reader: its digits as an integer, exact in an `f64`, divided
/// by a power of ten, also exact, gives the correctly rounded value, as `parse` does.
/// `None` for any other number. `text` is a number the reader has already checked.
fn short_decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mut mantissa, mut count, mut decimals, mut after_point) = (0u64, 0usize, 0usize, false);
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' if count < 15 => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                count += 1;
                decimals += usize::from(after_point);
            }
            b'.' => after_point = true,
            _ => return None,
        }
    }
    #[expect(clippy::cast_precision_loss, reason = "at most 15 digits: below 2^53, exact")]
    let value = mantissa as f64 / *float::POWERS.get(decimals)?;
    Some(if negative { -value } else { value })
}

/// The index of the digit at which `digits` (ASCII digits) exceed `i32::MAX`, if they do.
fn i32_overflow(digits: &[u8]) -> Option<usize> {
    let mut value: i32 = 0;
    for (i, &b) in digits.iter().enumerate() {
        match value.checked_mul(10).and_then(|v| v.checked_add(i32::from(b.wrapping_sub(b'0')))) {
            Some(next) => value = next,
            None => return Some(i),
        }
    }
    None
}

const CONTROL_IN_STRING: &str = "control character (\\u0000-\\u001F) found while parsing a string";

/// Rejects input whose arrays and objects nest deeper than [`MAX_DEPTH`], without parsing
/// (counting brackets outside strings, so it reaches past where a malformed document
/// stopped the reader).
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

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    use super::parse_leaked as parse;

    #[test]
    fn duplicates_are_kept() {
        let j = parse(r#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(j, Json::Object(&[("a", Json::Number(1.0)), ("a", Json::Number(2.0))]));
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
    fn nesting_too_deep_is_found_past_a_malformed_part() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&format!("{{\"a\": x, \"b\": {deep}}}")), Err(Error::NestingTooDeep { limit: MAX_DEPTH }));
        assert_eq!(parse(&format!("[1]{deep}")), Err(Error::NestingTooDeep { limit: MAX_DEPTH }));
        assert!(matches!(parse(&format!("[x{}", "]".repeat(MAX_DEPTH + 1))), Err(Error::MalformedJson { .. })));
    }

    proptest::proptest! {
        /// Short decimals are read as `parse` reads them, to the bit.
        #[test]
        fn short_decimals_are_read_as_parse_reads_them(digits in "-?[0-9]{1,16}(\\.[0-9]{1,16})?") {
            if let Some(value) = short_decimal(&digits) {
                proptest::prop_assert_eq!(value.to_bits(), digits.parse::<f64>().unwrap().to_bits(), "{}", digits);
            }
        }
    }

    #[test]
    fn size_limit() {
        let big = format!("\"{}\"", "x".repeat(MAX_INPUT_BYTES));
        assert!(matches!(parse(&big), Err(Error::InputTooLarge { .. })));
    }

    /// Whether our tree and `serde_json`'s value hold the same data (numbers compared as
    /// `f64`; of duplicate keys, the last counts, as `serde_json` keeps only the last).
    fn same(ours: &Json<'_>, theirs: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(a), Value::Number(b)) => b.as_f64().is_some_and(|b| a.to_bits() == b.to_bits()),
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Json::Object(a), Value::Object(b)) => {
                let last = |key: &str| a.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v);
                let keys: alloc::collections::BTreeSet<&str> = a.iter().map(|(k, _)| k.as_ref()).collect();
                keys.len() == b.len() && b.iter().all(|(k, w)| last(k).is_some_and(|v| same(v, w)))
            }
            _ => false,
        }
    }

    /// Pieces that make JSON, near-JSON and broken JSON when strung together.
    const PIECES: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"a\"",
        "\"k\":",
        " ",
        "\n",
        "\t",
        "0",
        "1",
        "-",
        ".",
        "5",
        "e",
        "E+",
        "e-3",
        "-0",
        "0.5",
        "1e400",
        "1e-400",
        "18446744073709551617",
        "9007199254740993",
        "true",
        "tru",
        "false",
        "null",
        "nul",
        "x",
        "\\",
        "\\u00e9",
        "\\ud83d\\ude00",
        "\\ud83d",
        "\\udc00",
        "\\u12",
        "\\q",
        "\\n",
        "é",
        "\u{1}",
        "/",
        "e2147483648",
        "e2147483647",
        "0.0",
        "e99999999999",
        "\\u0041",
        "\r\n",
        "{\"a\":1}",
        "[1,2]",
    ];

    proptest::proptest! {
        // Short inputs run fast: many cases, so the rare paths (surrogates, exponents past
        // i32, EOF after a comma) are met on every run.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]

        /// Same value, or the same error message, line and column, as `serde_json`.
        #[test]
        fn reads_what_serde_json_reads(pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..14)) {
            let text = pieces.concat();
            let ours = parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            match (&ours, &theirs) {
                (Ok(ours), Ok(theirs)) => proptest::prop_assert!(same(ours, theirs), "{:?}: {:?} vs {:?}", text, ours, theirs),
                (Err(Error::MalformedJson { line, column, detail }), Err(e)) => {
                    let message = alloc::string::ToString::to_string(e);
                    let expected = message.split(" at line ").next().unwrap_or_default();
                    proptest::prop_assert_eq!(
                        (*line, *column, detail.as_str()),
                        (e.line().max(1), e.column().max(1), expected),
                        "{:?}", text
                    );
                }
                _ => proptest::prop_assert!(false, "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs),
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn reads_every_json_value_serde_json_writes(value in json_value()) {
            let text = serde_json::to_string(&value).unwrap();
            let ours = parse(&text);
            proptest::prop_assert!(ours.as_ref().is_ok_and(|ours| same(ours, &value)), "{:?}: {:?}", text, ours);
        }
    }

    fn json_value() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
            any::<String>().prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
                proptest::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    #[test]
    fn malformed_json_reports_position() {
        let e = parse("{\n  \"a\": }").unwrap_err();
        assert!(matches!(e, Error::MalformedJson { line: 2, .. }), "{e:?}");
    }
}
