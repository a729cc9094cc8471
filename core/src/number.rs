//! Numbers: whether an `f64` is whole ([`is_whole`]), and numbers as text, exactly as Rust's
//! own formatting writes them, through one small shortest-digits algorithm (`zmij`, which the
//! response writer uses too). The bottom of the crate: it imports no module of ours.
//!
//! `core`'s float formatting (`{}`, `{:e}`, `{:.6}` on an `f64`) carries two algorithms each
//! for the shortest and the fixed-precision forms (Grisu with a Dragon4 fallback), some
//! 26 KB of code in the WebAssembly module. Every message and basis number goes through
//! here instead: [`write_plain`] writes what `{}` writes, [`Exponent`] what `{:e}` writes, and
//! [`fixed`] rounds to a number of decimals. Property tests hold them to `core`'s text: the
//! same for numbers as people write them (up to six decimals); for a value lying exactly
//! halfway between its two nearest shortest forms (`215708618501.265625`: a binary fraction
//! whose exact decimal is one digit longer than needed), the other form may be written, of
//! the same length and read back as the same value.

use core::fmt::{self, Write as _};

/// 2^53: every integer up to this magnitude is exact in an `f64`, and every `f64` beyond it
/// is already whole.
pub(crate) const EXACT_INTEGER_LIMIT: f64 = 9_007_199_254_740_992.0;

/// Whether `value` is a whole number. Only meaningful for values within ±2^53, which
/// every caller checks first; `core` has no `f64::fract`.
#[must_use]
pub(crate) fn is_whole(value: f64) -> bool {
    #[expect(clippy::cast_possible_truncation, reason = "a round trip through i64 is the test itself")]
    let truncated = value as i64;
    #[expect(clippy::cast_precision_loss, reason = "exact for every |value| below 2^53")]
    let back = truncated as f64;
    back == value
}

/// Where words and numbers are written: any [`fmt::Write`] (a `Formatter`, a `String`), or
/// the response writer, which escapes text for JSON and copies the rest as it is.
pub(crate) trait TextSink {
    /// Text that may hold characters to escape.
    ///
    /// # Errors
    /// The destination's.
    fn text(&mut self, text: &str) -> fmt::Result;

    /// ASCII with nothing to escape (digits, signs, points, fixed wording).
    ///
    /// # Errors
    /// The destination's.
    fn ascii(&mut self, bytes: &[u8]) -> fmt::Result;

    /// A double quote, which JSON escapes.
    ///
    /// # Errors
    /// The destination's.
    fn quote(&mut self) -> fmt::Result;
}

impl<W: fmt::Write> TextSink for W {
    fn text(&mut self, text: &str) -> fmt::Result {
        self.write_str(text)
    }

    fn ascii(&mut self, bytes: &[u8]) -> fmt::Result {
        self.write_str(core::str::from_utf8(bytes).map_err(|_| fmt::Error)?)
    }

    fn quote(&mut self) -> fmt::Result {
        self.write_char('"')
    }
}

/// The shortest decimal digits that read back as a finite, non-zero `f64`: the value is
/// `0.d₁d₂…dₙ × 10^point`, digits without leading or trailing zeros.
struct Digits {
    negative: bool,
    digits: [u8; 24],
    len: usize,
    point: i32,
}

impl Digits {
    /// The digits of `value`, which must be finite (zero gives no digits).
    fn of(value: f64) -> Self {
        let mut out = Self { negative: value.is_sign_negative(), digits: [0; 24], len: 0, point: 0 };
        let mut buffer = zmij::Buffer::new();
        let mut bytes = buffer.format_finite(value).bytes();
        // The mantissa, up to an exponent if there is one (read by hand: `str::find` and
        // `str::parse` would bring their general code into the WebAssembly module).
        let mut point = 0i32;
        let mut seen_point = false;
        for byte in bytes.by_ref() {
            match byte {
                b'e' | b'E' => break,
                b'.' => seen_point = true,
                b'0'..=b'9' => {
                    if out.len == 0 && byte == b'0' {
                        // A leading zero: after the point it moves the point left.
                        if seen_point {
                            point -= 1;
                        }
                        continue;
                    }
                    if let Some(slot) = out.digits.get_mut(out.len) {
                        *slot = byte;
                        out.len += 1;
                    }
                    if !seen_point {
                        point += 1;
                    }
                }
                _ => {}
            }
        }
        // The exponent: an optional sign and at most three digits.
        let (mut exponent, mut negative) = (0i32, false);
        for byte in bytes {
            match byte {
                b'-' => negative = true,
                b'0'..=b'9' => exponent = exponent * 10 + i32::from(byte - b'0'),
                _ => {}
            }
        }
        point += if negative { -exponent } else { exponent };
        while out.len > 0 && out.digits.get(out.len - 1) == Some(&b'0') {
            out.len -= 1;
        }
        out.point = point;
        out
    }

    fn digits(&self) -> &[u8] {
        self.digits.get(..self.len).unwrap_or_default()
    }
}

/// Writes `count` zeros.
fn zeros(f: &mut impl fmt::Write, count: i32) -> fmt::Result {
    for _ in 0..count {
        f.write_char('0')?;
    }
    Ok(())
}

/// Writes ASCII digits.
fn ascii(f: &mut impl fmt::Write, digits: &[u8]) -> fmt::Result {
    digits.iter().try_for_each(|&d| f.write_char(char::from(d)))
}

/// Writes what `{}` writes for anything but a finite non-zero value.
fn special(f: &mut impl fmt::Write, value: f64) -> Option<fmt::Result> {
    if value.is_nan() {
        Some(f.write_str("NaN"))
    } else if value.is_infinite() {
        Some(f.write_str(if value < 0.0 { "-inf" } else { "inf" }))
    } else if value == 0.0 {
        Some(f.write_str(if value.is_sign_negative() { "-0" } else { "0" }))
    } else {
        None
    }
}

/// An `f64` as `{}` writes it: the shortest digits that read back as the value, in plain
/// notation (`1e21` as `1000000000000000000000`, `1e-7` as `0.0000001`, `1.0` as `1`); see
/// the module docs for values exactly halfway between two shortest forms.
pub(crate) fn write_plain(f: &mut impl TextSink, value: f64) -> fmt::Result {
    if value.is_finite() {
        let mut buffer = zmij::Buffer::new();
        let shortest = buffer.format_finite(value);
        // Without an exponent zmij writes the digits as `{}` does (a whole number would end
        // in `.0`, which `{}` leaves out).
        if !shortest.bytes().any(|b| b == b'e' || b == b'E') && !shortest.ends_with(".0") {
            return f.ascii(shortest.as_bytes());
        }
    }
    // Gathered first and written in one piece: each write to the response costs a bounds
    // check and a copy.
    let mut text = Text { bytes: [0; TEXT_CAPACITY], len: 0 };
    plain_into(&mut text, value)?;
    f.ascii(text.bytes.get(..text.len).unwrap_or_default())
}

/// Longer than any `f64` in plain notation (`-` and 309 digits for `-f64::MAX`; `0.`, 323
/// zeros and `5` for the smallest subnormal).
const TEXT_CAPACITY: usize = 340;

/// Text gathered on the stack.
struct Text {
    bytes: [u8; TEXT_CAPACITY],
    len: usize,
}

impl fmt::Write for Text {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// A whole number, as `{}` writes an `i64`.
pub(crate) fn write_integer(f: &mut impl TextSink, value: i64) -> fmt::Result {
    // 19 digits and a sign for i64::MIN.
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = value.unsigned_abs();
    loop {
        at -= 1;
        if let Some(slot) = digits.get_mut(at) {
            *slot = b'0' + u8::try_from(rest % 10).unwrap_or(0);
        }
        rest /= 10;
        if rest == 0 || at == 0 {
            break;
        }
    }
    if value < 0 {
        // There is room: 19 digits at most, in 20 places.
        at = at.saturating_sub(1);
        if let Some(slot) = digits.get_mut(at) {
            *slot = b'-';
        }
    }
    f.ascii(digits.get(at..).unwrap_or_default())
}

/// A number as `{}` writes an `f64`, whole numbers (within ±2^53, not `-0`) through
/// [`write_integer`]: the usual case for bounds and counts, and the quicker one.
pub(crate) fn write_decimal(f: &mut impl TextSink, value: f64) -> fmt::Result {
    let negative_zero = value == 0.0 && value.is_sign_negative();
    if (-EXACT_INTEGER_LIMIT..=EXACT_INTEGER_LIMIT).contains(&value) && is_whole(value) && !negative_zero {
        #[expect(clippy::cast_possible_truncation, reason = "a whole number within 2^53 converts exactly")]
        return write_integer(f, value as i64);
    }
    // One decimal place (40.2, 5.5: the usual measured value). When the tenths divided by
    // ten give the value back, reading the text `whole.tenth` gives it too (both are the
    // nearest f64 to the same quotient), and no shorter text does: without the tenth the
    // number would be whole, and whole values were written above (so the tenth is never 0;
    // keep that order). Below 2^40 an f64 is far finer than a tenth.
    if (-TENTHS_LIMIT..=TENTHS_LIMIT).contains(&value) && !negative_zero {
        // Ten times the value, rounded half away from zero (the cast truncates).
        #[expect(clippy::cast_possible_truncation, reason = "within ±2^44: the cast only drops the fraction")]
        let tenths = (value * 10.0 + 0.5_f64.copysign(value)) as i64;
        #[expect(clippy::cast_precision_loss, reason = "within ±2^44: exact")]
        if tenths as f64 / 10.0 == value {
            return write_tenths(f, tenths);
        }
    }
    write_plain(f, value)
}

/// Where [`write_decimal`] writes values with one decimal place itself: 2^40.
const TENTHS_LIMIT: f64 = 1_099_511_627_776.0;

/// `tenths / 10` written with its one decimal place: `40.2`, `-0.5`.
fn write_tenths(f: &mut impl TextSink, tenths: i64) -> fmt::Result {
    // A sign, up to 19 digits and a point.
    let mut text = [0u8; 21];
    let mut at = text.len();
    let mut rest = tenths.unsigned_abs();
    let mut put = |at: &mut usize, byte: u8| {
        *at -= 1;
        if let Some(slot) = text.get_mut(*at) {
            *slot = byte;
        }
    };
    put(&mut at, b'0' + u8::try_from(rest % 10).unwrap_or(0));
    put(&mut at, b'.');
    rest /= 10;
    loop {
        put(&mut at, b'0' + u8::try_from(rest % 10).unwrap_or(0));
        rest /= 10;
        if rest == 0 || at <= 1 {
            break;
        }
    }
    if tenths < 0 {
        put(&mut at, b'-');
    }
    f.ascii(text.get(at..).unwrap_or_default())
}

/// [`write_plain`], piece by piece.
fn plain_into(f: &mut impl fmt::Write, value: f64) -> fmt::Result {
    if let Some(result) = special(f, value) {
        return result;
    }
    let d = Digits::of(value);
    if d.negative {
        f.write_char('-')?;
    }
    let digits = d.digits();
    let len = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    if d.point <= 0 {
        f.write_str("0.")?;
        zeros(f, -d.point)?;
        ascii(f, digits)
    } else if d.point >= len {
        ascii(f, digits)?;
        zeros(f, d.point - len)
    } else {
        let (whole, fraction) = digits.split_at(usize::try_from(d.point).unwrap_or(0));
        ascii(f, whole)?;
        f.write_char('.')?;
        ascii(f, fraction)
    }
}

/// An `f64` as `{:e}` writes it: `1.5e-7`, `1e21`, `1.23e2`, `0e0`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Exponent(pub(crate) f64);

impl fmt::Display for Exponent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.0;
        if value.is_nan() || value.is_infinite() {
            return write_plain(f, value);
        }
        if value == 0.0 {
            return f.write_str(if value.is_sign_negative() { "-0e0" } else { "0e0" });
        }
        let d = Digits::of(value);
        if d.negative {
            f.write_char('-')?;
        }
        let (first, rest) = d.digits().split_first().unwrap_or((&b'0', &[]));
        f.write_char(char::from(*first))?;
        if !rest.is_empty() {
            f.write_char('.')?;
            ascii(f, rest)?;
        }
        write!(f, "e{}", d.point - 1)
    }
}

/// `value` rounded to `decimals` places, trailing zeros and a bare point dropped, `-0` as
/// `0`. The rounding starts from the shortest digits that read back as the value (the number
/// as written), a half rounding away from zero. That is what `{:.N}` writes, then trimmed,
/// except where `{:.N}` rounds the exact binary value instead: on a half in the shortest
/// digits, whose binary value may lie just below it (`0.0000005` to six places gives
/// `0.000001` here, `0.000000` there), and from 2^33 up, where an `f64`'s steps exceed a
/// millionth and `{:.6}` writes binary digits the number never had (`8589934592.3` here,
/// `8589934592.299999` there).
pub(crate) fn fixed(f: &mut impl fmt::Write, value: f64, decimals: u8) -> fmt::Result {
    if !value.is_finite() {
        return write_plain(f, value);
    }
    if value == 0.0 {
        return f.write_char('0');
    }
    let d = Digits::of(value);
    let digits = d.digits();
    // Digits kept: those before the point plus `decimals` after it.
    let keep = d.point + i32::from(decimals);
    let len = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let mut kept = [0u8; 48];
    let mut count = 0usize;
    let mut point = d.point;
    if keep >= len {
        for &digit in digits {
            if let Some(slot) = kept.get_mut(count) {
                *slot = digit;
                count += 1;
            }
        }
    } else if keep >= 0 {
        let keep = usize::try_from(keep).unwrap_or(0);
        let (head, tail) = digits.split_at(keep.min(digits.len()));
        for &digit in head {
            if let Some(slot) = kept.get_mut(count) {
                *slot = digit;
                count += 1;
            }
        }
        let round_up = match tail.split_first() {
            Some((&first, _)) if first > b'5' => true,
            Some((&b'5', rest)) if !rest.is_empty() => true,
            Some((&b'5', _)) => true,
            _ => false,
        };
        if round_up {
            // Carry from the last kept digit; a carry out of the first adds a digit.
            let mut at = count;
            loop {
                if at == 0 {
                    kept.copy_within(0..count, 1);
                    if let Some(first) = kept.first_mut() {
                        *first = b'1';
                    }
                    count += 1;
                    point += 1;
                    break;
                }
                at -= 1;
                match kept.get_mut(at) {
                    Some(digit) if *digit == b'9' => *digit = b'0',
                    Some(digit) => {
                        *digit += 1;
                        break;
                    }
                    None => break,
                }
            }
        }
    }
    // Trailing zeros go.
    while count > 0 && kept.get(count - 1) == Some(&b'0') {
        count -= 1;
    }
    let kept = kept.get(..count).unwrap_or_default();
    if kept.is_empty() {
        return f.write_char('0');
    }
    if d.negative {
        f.write_char('-')?;
    }
    let digits_len = i32::try_from(kept.len()).unwrap_or(i32::MAX);
    if point <= 0 {
        f.write_str("0.")?;
        zeros(f, -point)?;
        ascii(f, kept)
    } else if point >= digits_len {
        ascii(f, kept)?;
        zeros(f, point - digits_len)
    } else {
        let (whole, fraction) = kept.split_at(usize::try_from(point).unwrap_or(0));
        ascii(f, whole)?;
        f.write_char('.')?;
        ascii(f, fraction)
    }
}

#[cfg(test)]
mod tests {
    use super::{Exponent, fixed, write_plain};
    use alloc::format;
    use alloc::string::String;
    use proptest::prelude::*;

    /// What [`write_plain`] writes.
    fn plain(value: f64) -> String {
        let mut out = String::new();
        write_plain(&mut out, value).unwrap();
        out
    }

    fn fixed6(value: f64) -> String {
        let mut out = String::new();
        fixed(&mut out, value, 6).unwrap();
        out
    }

    /// What `{:.6}` writes, trimmed as [`fixed`] trims it.
    fn core_fixed6(value: f64) -> String {
        let text = format!("{value:.6}");
        let trimmed = text.trim_end_matches('0').trim_end_matches('.');
        if trimmed == "-0" { String::from("0") } else { String::from(trimmed) }
    }

    #[test]
    fn plain_and_exponent_write_what_core_writes() {
        for value in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.3,
            1e21,
            1e-7,
            123.456,
            1e15,
            1e16,
            2.5e-5,
            65.00000000000001,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            30.0,
            100.0,
            0.05,
        ] {
            assert_eq!(plain(value), format!("{value}"), "{value:?}");
            assert_eq!(format!("{}", Exponent(value)), format!("{value:e}"), "{value:?}");
        }
    }

    #[test]
    fn integers_and_decimals_write_what_core_writes() {
        for value in [0, 7, -7, 10, 255, 1_000_000, i64::MAX, i64::MIN] {
            let mut out = String::new();
            super::write_integer(&mut out, value).unwrap();
            assert_eq!(out, format!("{value}"));
        }
        for value in [
            0.0,
            -0.0,
            40.0,
            40.2,
            -3.0,
            0.5,
            -0.5,
            5.5,
            1.1,
            -0.04,
            0.05,
            94.9,
            1_099_511_627_775.9,
            1_099_511_627_776.5,
            9_007_199_254_740_992.0,
            1e300,
            f64::NAN,
        ] {
            let mut out = String::new();
            super::write_decimal(&mut out, value).unwrap();
            assert_eq!(out, format!("{value}"), "{value:?}");
        }
    }

    #[test]
    fn fixed_rounds_to_six_places() {
        assert_eq!(fixed6(0.1 * 3.0 * 100.0), "30");
        assert_eq!(fixed6(0.333_333_333_3), "0.333333");
        assert_eq!(fixed6(0.666_666_666_6), "0.666667");
        assert_eq!(fixed6(2_000.5), "2000.5");
        assert_eq!(fixed6(0.999_999_9), "1");
        assert_eq!(fixed6(-0.000_000_1), "0");
        assert_eq!(fixed6(-1.000_000_4), "-1");
        // A half in the shortest digits rounds away from zero, as the written number would.
        assert_eq!(fixed6(0.000_000_5), "0.000001");
        assert_eq!(fixed6(0.000_001_5), "0.000002");
        assert_eq!(fixed6(1.000_000_5), "1.000001");
        assert_eq!(fixed6(-0.000_002_5), "-0.000003");
        // From 2^33 up the shortest digits, not the binary value's.
        assert_eq!(fixed6(8_589_934_592.3), "8589934592.3");
        assert_eq!(fixed6(999_999_999_999_999.9), "999999999999999.9");
        assert_eq!(fixed6(9.999_999_5), "10");
        assert_eq!(fixed6(123_456_789.0), "123456789");
        assert_eq!(fixed6(1e14), "100000000000000");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Numbers as people write them (up to six decimals) come out exactly as core writes them.
        #[test]
        fn plain_and_exponent_match_core_on_written_decimals(n in -1_000_000_000_000_000i64..1_000_000_000_000_000, places in 0u32..7) {
            #[expect(clippy::cast_precision_loss, reason = "the nearest f64 is what a reader would make of the text")]
            let value = n as f64 / 10f64.powi(places.cast_signed());
            prop_assert_eq!(plain(value), format!("{value}"));
            prop_assert_eq!(format!("{}", Exponent(value)), format!("{value:e}"));
        }

        /// Bounds, counts and measured values as bases show them.
        #[test]
        fn decimals_match_core(
            x in proptest::num::f64::ANY,
            whole in -1_000_000i64..1_000_000,
            tenths in -1_000_000i64..1_000_000,
            large_tenths in -(1i64 << 45)..(1i64 << 45),
        ) {
            #[expect(clippy::cast_precision_loss, reason = "exact below 2^53")]
            for value in [whole as f64, tenths as f64 / 10.0, large_tenths as f64 / 10.0, x.trunc()] {
                let mut out = String::new();
                super::write_decimal(&mut out, value).unwrap();
                prop_assert_eq!(out, format!("{value}"));
            }
        }

        /// Any value: as short as core's text and read back as the same value. Where the value
        /// lies exactly halfway between its two nearest shortest forms (-631202621650502.25,
        /// 215708618501.265625), the other of the two may be written.
        #[test]
        fn plain_and_exponent_are_as_short_as_core_and_exact(value in proptest::num::f64::ANY) {
            for (ours, theirs) in [
                (plain(value), format!("{value}")),
                (format!("{}", Exponent(value)), format!("{value:e}")),
            ] {
                prop_assert_eq!(ours.len(), theirs.len(), "{} vs {}", ours, theirs);
                let (a, b) = (ours.parse::<f64>().unwrap(), theirs.parse::<f64>().unwrap());
                prop_assert!(a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()), "{} vs {}", ours, theirs);
            }
        }

        /// Away from halves in the shortest digits, rounding matches `{:.6}` exactly.
        #[test]
        fn fixed_matches_core_away_from_halves(value in -1e9f64..1e9) {
            let shortest = format!("{value}");
            let decimals = shortest.split('.').nth(1).unwrap_or("");
            let half = decimals.len() == 7 && decimals.ends_with('5');
            if !half {
                prop_assert_eq!(fixed6(value), core_fixed6(value));
            }
        }

        /// From 2^33 up an f64 has at most six decimals in its shortest digits: they are kept.
        #[test]
        fn fixed_keeps_the_shortest_digits_of_large_values(value in 8_589_934_592.0f64..1e15) {
            let shortest = plain(value);
            let decimals = shortest.split('.').nth(1).map_or(0, str::len);
            prop_assert!(decimals <= 6, "{}", shortest);
            prop_assert_eq!(fixed6(value), shortest);
        }

        #[test]
        fn fixed_matches_core_on_money_and_rates(cents in 0u32..100_000_000, rate in 0u32..1_000_000) {
            let money = f64::from(cents) / 100.0;
            prop_assert_eq!(fixed6(money), core_fixed6(money));
            let percent = f64::from(rate) / 1_000_000.0 * 100.0;
            prop_assert_eq!(fixed6(percent), core_fixed6(percent));
        }
    }
}
