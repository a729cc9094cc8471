//! Compact JSON output for responses: a `serde` serializer that writes exactly what
//! `serde_json::to_string` writes (same escapes, same number formatting: `itoa` for
//! integers, `zmij` for floats, `null` for non-finite floats), straight into the response
//! text.
//!
//! Why not `serde_json::to_string`: it tests every byte of every string against its escape
//! table and grows its output as it goes, through calls that stay calls in the size-optimised
//! WebAssembly build. Here strings are checked eight bytes at a time and copied into a buffer
//! sized for a whole review response, with copies the compiler inlines: the WebAssembly
//! document path writes its response about a quarter faster (natively the two are even).
//! The conformance vectors check the output byte for byte against `serde_json`.

use alloc::string::{String, ToString};
#[cfg(target_family = "wasm")]
use alloc::vec::Vec;
use core::fmt::{self, Display, Write as _};

use serde::ser::{self, Serialize};

/// Room for a full review response (5–7 KB): written without growing the buffer.
pub(crate) const RESPONSE_CAPACITY: usize = 8 * 1024;

/// A value as compact JSON text, in a buffer of `capacity` bytes to start with.
///
/// # Errors
/// A value's own `Serialize` error, or a map key that is not a string, number, boolean or
/// character (JSON object keys are strings).
pub(crate) fn to_string<T: ?Sized + Serialize>(value: &T, capacity: usize) -> Result<String, WriteError> {
    let mut writer = Writer::new(capacity);
    writer.value(value)?;
    writer.finish()
}

/// Why a value could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WriteError(String);

impl Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl core::error::Error for WriteError {}

impl ser::Error for WriteError {
    fn custom<T: Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

/// JSON text being written: by a value's `Serialize` implementation, or piece by piece by
/// a response written by hand ([`super::report_view`]).
pub(crate) struct Writer {
    out: Output,
}

/// The output text.
///
/// In WebAssembly, a zero-filled byte buffer and how much of it is written: writing is a
/// bounds check and a plain copy loop, where `Vec::push` and `Vec::extend_from_slice` stay
/// calls in the size-optimised build; the bytes are checked as UTF-8 once at the end. The
/// compiler inlines these where it chooses: forcing them inline everywhere made the module
/// 4 KB (gzipped) larger for 2 % of speed. Elsewhere a `String` from the start, written by
/// `push_str`, whose copies the compiler inlines (no zero-filling first, and no UTF-8 pass
/// over the response at the end: about 3 % of a review request).
struct Output {
    #[cfg(target_family = "wasm")]
    buf: Vec<u8>,
    #[cfg(target_family = "wasm")]
    len: usize,
    #[cfg(not(target_family = "wasm"))]
    buf: String,
}

#[cfg(target_family = "wasm")]
impl Output {
    fn with_capacity(capacity: usize) -> Self {
        Self { buf: alloc::vec![0; capacity], len: 0 }
    }

    fn text(&mut self, text: &str) {
        self.bytes(text.as_bytes());
    }

    /// ASCII bytes (digits, fixed wording), copied as they are.
    fn ascii(&mut self, bytes: &[u8]) {
        self.bytes(bytes);
    }

    fn byte(&mut self, byte: u8) {
        if self.len == self.buf.len() {
            self.grow(self.len + 1);
        }
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = byte;
            self.len += 1;
        }
    }

    /// Whole UTF-8 text or ASCII ([`Output::text`], [`Output::ascii`]).
    fn bytes(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if end > self.buf.len() {
            self.grow(end);
        }
        if let Some(dst) = self.buf.get_mut(self.len..end) {
            // A plain loop, which the size-optimised build turns into a `memory.copy` in
            // place, where `copy_from_slice` stays a call.
            for (d, s) in dst.iter_mut().zip(bytes) {
                *d = *s;
            }
            self.len = end;
        }
    }

    #[cold]
    fn grow(&mut self, needed: usize) {
        self.buf.resize(needed.max(2 * self.buf.len()), 0);
    }

    /// The text written (only whole strings and ASCII are written, so it is UTF-8).
    fn finish(mut self) -> Result<String, WriteError> {
        self.buf.truncate(self.len);
        String::from_utf8(self.buf).map_err(|_| WriteError(String::from("the response is not UTF-8")))
    }
}

#[cfg(not(target_family = "wasm"))]
impl Output {
    fn with_capacity(capacity: usize) -> Self {
        Self { buf: String::with_capacity(capacity) }
    }

    #[inline(always)]
    fn text(&mut self, text: &str) {
        self.buf.push_str(text);
    }

    #[inline(always)]
    fn byte(&mut self, byte: u8) {
        debug_assert!(byte.is_ascii(), "only ASCII is written a byte at a time");
        self.buf.push(char::from(byte));
    }

    /// ASCII bytes (digits, fixed wording), a byte at a time: a `String` takes no bytes
    /// unchecked, and these runs are short (checking them as UTF-8 first was slower).
    #[inline(always)]
    fn ascii(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.byte(byte);
        }
    }

    /// The text written: natively it is a `String` all along, so nothing is checked.
    #[expect(clippy::unnecessary_wraps, reason = "the WebAssembly build's check can fail")]
    fn finish(self) -> Result<String, WriteError> {
        Ok(self.buf)
    }
}

/// Whether `byte` must be escaped inside a JSON string (as `serde_json` escapes).
const fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// Whether any byte of `text` must be escaped, eight bytes at a time (the usual bit tricks:
/// a byte of `x` is below `n` when `(x - n·0x01…) & !x & 0x80…` has its high bit; a byte
/// equals `c` when `x ^ c·0x01…` has a zero byte).
#[cfg_attr(not(target_family = "wasm"), inline)]
fn any_needs_escape(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS;
    let escapes = |chunk: &[u8]| {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        below(x, 0x20) | below(x ^ (ONES * 0x22), 1) | below(x ^ (ONES * 0x5c), 1) != 0
    };
    let bytes = text.as_bytes();
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    for chunk in chunks {
        if escapes(chunk) {
            return true;
        }
    }
    // The last bytes: as one word ending at the end of the text when it is that long (some
    // bytes checked twice), so that no byte is checked alone.
    match bytes.len().checked_sub(8).and_then(|start| bytes.get(start..)) {
        Some(last) if !rest.is_empty() => escapes(last),
        _ => rest.iter().any(|&b| needs_escape(b)),
    }
}

/// Appends the contents of a JSON string (no quotes), escaping as `serde_json` does:
/// `\"`, `\\`, `\b`, `\t`, `\n`, `\f`, `\r`, other control characters as `\u00XX`.
/// Small enough to inline: nearly every string has nothing to escape, and a response
/// writes hundreds of short ones, so the call and the escaping loop stay off their path
/// (natively: in WebAssembly, size comes first).
#[cfg_attr(not(target_family = "wasm"), inline)]
fn push_escaped(out: &mut Output, text: &str) {
    if any_needs_escape(text) {
        push_with_escapes(out, text);
    } else {
        out.text(text);
    }
}

/// [`push_escaped`] for text that has something to escape. Runs between escapes are
/// copied whole; escapes are ASCII, so runs stay whole UTF-8.
#[inline(never)]
fn push_with_escapes(out: &mut Output, text: &str) {
    let bytes = text.as_bytes();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut run_start = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        if !needs_escape(byte) {
            continue;
        }
        out.text(text.get(run_start..i).unwrap_or_default());
        run_start = i + 1;
        match byte {
            b'"' => out.text("\\\""),
            b'\\' => out.text("\\\\"),
            0x08 => out.text("\\b"),
            b'\t' => out.text("\\t"),
            b'\n' => out.text("\\n"),
            0x0c => out.text("\\f"),
            b'\r' => out.text("\\r"),
            control => {
                out.text("\\u00");
                for nibble in [control >> 4, control & 0xf] {
                    out.byte(HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'));
                }
            }
        }
    }
    out.text(text.get(run_start..).unwrap_or_default());
}

impl Writer {
    /// An empty text, in a buffer of `capacity` bytes to start with.
    pub(crate) fn new(capacity: usize) -> Self {
        Self { out: Output::with_capacity(capacity) }
    }

    /// The text written.
    ///
    /// # Errors
    /// Never in practice: only whole strings and ASCII are written, so the text is UTF-8.
    pub(crate) fn finish(self) -> Result<String, WriteError> {
        self.out.finish()
    }

    /// Appends `value` as JSON.
    ///
    /// # Errors
    /// As [`to_string`].
    pub(crate) fn value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }

    /// Appends text that is already JSON (punctuation, quoted field names, numbers).
    #[inline(always)]
    pub(crate) fn raw(&mut self, text: &str) {
        self.out.text(text);
    }

    /// Appends `text` as a JSON string.
    #[inline(always)]
    pub(crate) fn string(&mut self, text: &str) {
        self.out.byte(b'"');
        push_escaped(&mut self.out, text);
        self.out.byte(b'"');
    }

    /// A struct field's name, quoted. Names are Rust identifiers (or `serde` renames of
    /// them), short and free of anything to escape: a byte-wise check is cheaper for them
    /// than the general string path, and a name that does need escapes still gets them.
    /// Inlined natively only: in every `Serialize` of every struct it would grow the
    /// WebAssembly module.
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
    fn field_name(&mut self, name: &'static str) {
        if name.bytes().any(needs_escape) {
            self.string(name);
        } else {
            self.out.byte(b'"');
            self.out.text(name);
            self.out.byte(b'"');
        }
    }

    /// Appends an integer. In WebAssembly every width up to 64 bits is first widened to `u64`
    /// or `i64`, so that two digit writers serve them all (a smaller module); natively each
    /// width keeps its own, faster for the small numbers responses hold (measured: the typed
    /// review response is written 9% slower through `u64`).
    pub(crate) fn integer<I: Widen>(&mut self, value: I) {
        #[cfg(target_family = "wasm")]
        let value = I::Wide::from(value);
        self.raw(itoa::Buffer::new().format(value));
    }

    fn float<F: zmij::Float>(&mut self, value: F, finite: bool) {
        if finite {
            self.raw(zmij::Buffer::new().format_finite(value));
        } else {
            self.raw("null");
        }
    }
}

impl Writer {
    /// Appends `value`'s `Display` output as a JSON string, formatted straight into the text.
    ///
    /// # Errors
    /// When `value`'s `Display` implementation fails.
    pub(crate) fn display<T: ?Sized + Display>(&mut self, value: &T) -> Result<(), WriteError> {
        self.out.byte(b'"');
        self.display_contents(value)?;
        self.out.byte(b'"');
        Ok(())
    }

    /// Appends `value`'s `Display` output as part of a JSON string's contents (escaped, no
    /// quotes).
    ///
    /// # Errors
    /// When `value`'s `Display` implementation fails.
    pub(crate) fn display_contents<T: ?Sized + Display>(&mut self, value: &T) -> Result<(), WriteError> {
        write!(Escaping(&mut self.out), "{value}")
            .map_err(|_| WriteError(String::from("a value could not be displayed")))
    }

    /// A writer of a JSON string's contents (no quotes), for words and numbers written piece
    /// by piece: text escaped, ASCII copied as it is.
    pub(crate) fn contents(&mut self) -> StringContents<'_> {
        StringContents(&mut self.out)
    }
}

/// Writes `Display` output as the contents of a JSON string.
struct Escaping<'a>(&'a mut Output);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        push_escaped(self.0, s);
        Ok(())
    }
}

/// The contents of a JSON string being written (see [`Writer::contents`]).
pub(crate) struct StringContents<'a>(&'a mut Output);

impl crate::number::TextSink for StringContents<'_> {
    fn text(&mut self, text: &str) -> fmt::Result {
        push_escaped(self.0, text);
        Ok(())
    }

    fn ascii(&mut self, bytes: &[u8]) -> fmt::Result {
        debug_assert!(bytes.iter().all(|&b| b.is_ascii() && !needs_escape(b)), "ascii() given text to escape");
        self.0.ascii(bytes);
        Ok(())
    }

    fn quote(&mut self) -> fmt::Result {
        self.0.text("\\\"");
        Ok(())
    }
}

/// A sequence or object being written: whether the next element is the first.
pub(crate) struct Compound<'a> {
    writer: &'a mut Writer,
    first: bool,
    /// The closing text: `]`, `}`, or `]}` / `}}` for a variant's contents.
    close: &'static str,
}

impl Compound<'_> {
    #[inline(always)]
    fn separate(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.writer.out.byte(b',');
        }
    }

    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.separate();
        value.serialize(&mut *self.writer)
    }

    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), WriteError> {
        self.separate();
        self.writer.field_name(key);
        self.writer.out.byte(b':');
        value.serialize(&mut *self.writer)
    }

    fn end(self) {
        self.writer.raw(self.close);
    }
}

/// The ten `serialize_{i,u}{8,16,32,64,128}` methods of a `Serializer`, each running `$body`
/// with `$writer` bound to `self` and `$v` to the integer.
macro_rules! integer_methods {
    (|$writer:ident, $v:ident| $body:expr) => {
        integer_methods!(@each $writer $v $body;
            serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64, serialize_i128: i128,
            serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64, serialize_u128: u128);
    };
    (@each $writer:ident $v:ident $body:expr; $($name:ident: $ty:ty),*) => {
        $(
            fn $name(self, $v: $ty) -> Result<(), WriteError> {
                let $writer = self;
                $body
            }
        )*
    };
}

/// An integer type and the type it is widened to before [`Writer::integer`] writes it in
/// WebAssembly: `u64` or `i64` for the fixed widths up to 64 bits; 128-bit and pointer-sized
/// types keep their own.
pub(crate) trait Widen: itoa::Integer {
    /// The wider type.
    type Wide: itoa::Integer + From<Self>;
}

/// [`Widen`] for each `type => wider type`.
macro_rules! widen {
    ($($ty:ty => $wide:ty),*) => {
        $(impl Widen for $ty {
            type Wide = $wide;
        })*
    };
}

widen!(u8 => u64, u16 => u64, u32 => u64, u64 => u64, usize => usize, u128 => u128,
       i8 => i64, i16 => i64, i32 => i64, i64 => i64, isize => isize, i128 => i128);

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.raw(if v { "true" } else { "false" });
        Ok(())
    }

    integer_methods!(|writer, v| {
        writer.integer(v);
        Ok(())
    });

    fn serialize_f32(self, v: f32) -> Result<(), WriteError> {
        self.float(v, v.is_finite());
        Ok(())
    }

    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        self.float(v, v.is_finite());
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.string(v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), WriteError> {
        let mut seq = Compound { writer: self, first: true, close: "]" };
        seq.writer.out.byte(b'[');
        for byte in v {
            seq.element(byte)?;
        }
        seq.end();
        Ok(())
    }

    fn serialize_none(self) -> Result<(), WriteError> {
        self.serialize_unit()
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), WriteError> {
        self.raw("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), WriteError> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), WriteError> {
        self.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _name: &'static str, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.out.byte(b'{');
        self.string(variant);
        self.out.byte(b':');
        value.serialize(&mut *self)?;
        self.out.byte(b'}');
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, WriteError> {
        self.out.byte(b'[');
        Ok(Compound { writer: self, first: true, close: "]" })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, WriteError> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, WriteError> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, WriteError> {
        self.out.byte(b'{');
        self.string(variant);
        self.raw(":[");
        Ok(Compound { writer: self, first: true, close: "]}" })
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, WriteError> {
        self.out.byte(b'{');
        Ok(Compound { writer: self, first: true, close: "}" })
    }

    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, WriteError> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, WriteError> {
        self.out.byte(b'{');
        self.string(variant);
        self.raw(":{");
        Ok(Compound { writer: self, first: true, close: "}}" })
    }

    fn collect_str<T: ?Sized + Display>(self, value: &T) -> Result<(), WriteError> {
        self.display(value)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }

    fn end(self) -> Result<(), WriteError> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }

    fn end(self) -> Result<(), WriteError> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }

    fn end(self) -> Result<(), WriteError> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }

    fn end(self) -> Result<(), WriteError> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), WriteError> {
        self.separate();
        key.serialize(KeyWriter(&mut *self.writer))?;
        self.writer.out.byte(b':');
        Ok(())
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), WriteError> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), WriteError> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), WriteError> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), WriteError> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), WriteError> {
        Compound::end(self);
        Ok(())
    }
}

/// Writes a map key: strings as they are; integers, finite floats and booleans quoted (as
/// `serde_json` does); anything else is an error.
struct KeyWriter<'a>(&'a mut Writer);

impl KeyWriter<'_> {
    fn quoted(self, write: impl FnOnce(&mut Writer)) -> Result<(), WriteError> {
        self.0.out.byte(b'"');
        write(self.0);
        self.0.out.byte(b'"');
        Ok(())
    }
}

fn key_must_be_a_string() -> WriteError {
    WriteError(String::from("a map key must be a string"))
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = ser::Impossible<(), WriteError>;
    type SerializeTuple = ser::Impossible<(), WriteError>;
    type SerializeTupleStruct = ser::Impossible<(), WriteError>;
    type SerializeTupleVariant = ser::Impossible<(), WriteError>;
    type SerializeMap = ser::Impossible<(), WriteError>;
    type SerializeStruct = ser::Impossible<(), WriteError>;
    type SerializeStructVariant = ser::Impossible<(), WriteError>;

    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.quoted(|w| w.raw(if v { "true" } else { "false" }))
    }

    integer_methods!(|writer, v| writer.quoted(|w| w.integer(v)));

    fn serialize_f32(self, v: f32) -> Result<(), WriteError> {
        if !v.is_finite() {
            return Err(key_must_be_a_string());
        }
        self.quoted(|w| w.float(v, true))
    }

    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        if !v.is_finite() {
            return Err(key_must_be_a_string());
        }
        self.quoted(|w| w.float(v, true))
    }

    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        self.0.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.0.string(v);
        Ok(())
    }

    fn serialize_bytes(self, _v: &[u8]) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_none(self) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), WriteError> {
        self.0.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _name: &'static str, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct, WriteError> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, WriteError> {
        Err(key_must_be_a_string())
    }

    fn collect_str<T: ?Sized + Display>(self, value: &T) -> Result<(), WriteError> {
        // A key written from `Display` is a string, as a value is.
        ser::Serializer::collect_str(self.0, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::collections::BTreeMap;
    use alloc::vec;
    use alloc::vec::Vec;

    use proptest::prelude::*;
    use serde::Serialize;

    #[derive(Serialize)]
    enum Shape {
        Unit,
        New(u8),
        Tuple(u8, i32),
        Struct { a: Option<f64>, b: &'static str },
    }

    #[derive(Serialize)]
    struct Sample {
        text: String,
        n: u16,
        neg: i64,
        x: f64,
        nan: f64,
        inf: f32,
        none: Option<u8>,
        list: Vec<Shape>,
        map: BTreeMap<u8, bool>,
        names: BTreeMap<String, ()>,
        c: char,
        bytes: &'static [u8],
    }

    fn same_as_serde_json<T: Serialize>(value: &T) {
        let ours = to_string(value, 16).unwrap();
        let theirs = serde_json::to_string(value).unwrap();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let sample = Sample {
            text: String::from("quote \" backslash \\ tab \t newline \n nul \0 bell \u{7} del \u{7f} é ✓ /"),
            n: 65535,
            neg: i64::MIN,
            x: 0.1 + 0.2,
            nan: f64::NAN,
            inf: f32::INFINITY,
            none: None,
            list: vec![Shape::Unit, Shape::New(7), Shape::Tuple(1, -2), Shape::Struct { a: Some(1e21), b: "b" }],
            map: [(1, true), (200, false)].into_iter().collect(),
            names: [(String::from("k\"ey"), ())].into_iter().collect(),
            c: '"',
            bytes: &[0, 255],
        };
        same_as_serde_json(&sample);
        same_as_serde_json(&Vec::<u8>::new());
        same_as_serde_json(&BTreeMap::<String, u8>::new());
        same_as_serde_json(&serde_json::json!({"a": [1.5, -0.0, 1e-7, 123456789012345680.0], "b": {"c": null}}));
    }

    #[test]
    fn scalar_keys_are_quoted_and_others_refused() {
        let map: BTreeMap<i8, u8> = [(1, 2)].into_iter().collect();
        assert_eq!(to_string(&map, 0).unwrap(), r#"{"1":2}"#);
        same_as_serde_json(&[(true, 1u8)].into_iter().collect::<BTreeMap<_, _>>());
        same_as_serde_json(&[(Some('x'), 1u8)].into_iter().collect::<BTreeMap<_, _>>());
        assert!(to_string(&[(vec![1u8], 2u8)].into_iter().collect::<BTreeMap<_, _>>(), 16).is_err());
    }

    #[test]
    fn the_word_at_a_time_check_finds_every_byte_that_needs_an_escape() {
        for byte in 0u8..=0x7f {
            for at in 0..20 {
                let mut text = alloc::vec![b'a'; 20];
                text[at] = byte;
                let text = core::str::from_utf8(&text).unwrap();
                assert_eq!(any_needs_escape(text), needs_escape(byte), "{byte:#x} at {at}");
            }
        }
        assert!(!any_needs_escape("é ✓ \u{7f} plain text that is long enough"));
    }

    proptest! {
        #[test]
        fn any_string_and_number_is_written_as_serde_json_writes_it(s in any::<String>(), x in any::<f64>(), i in any::<i64>()) {
            let value = (s.clone(), x, i, [(s, x)].into_iter().collect::<BTreeMap<_, _>>());
            prop_assert_eq!(to_string(&value, 64).unwrap(), serde_json::to_string(&value).unwrap());
        }
    }
}
