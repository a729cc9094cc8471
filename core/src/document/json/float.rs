//! A JSON number's text read as the correctly rounded `f64` (the nearest, ties to even), as
//! `str::parse` reads it, without the standard library's reader: its 10 KB table of powers of
//! five, which barely compresses, was a tenth of the gzipped WebAssembly module. (The one
//! difference: `str::parse` stops reading an exponent's digits past 65 536 and so misreads
//! numbers of over ~650 KB, such as `1` with 655 360 zeros and `e-655360`; requests are
//! limited to 256 KiB.)
//!
//! Only numbers the reader's short path does not take come here (more than 15 digits, or an
//! exponent), and requests seldom hold them, so exactness comes first, then speed. In turn:
//! one rounding of exact doubles (Clinger's fast path: up to 2^53 times a power of ten up to
//! 10^22); native 128-bit integers (up to 19 digits, `|E| <= 27`: doubles printed in full,
//! such as `0.30000000000000004`, ~0.2 µs); big integers for the rest (~1–3 µs, ~12 µs at
//! 800 digits). Their decimal `D × 10^E` is `D × 5^E × 2^E`, so the power of two goes to the
//! exponent and only `D × 5^E` (or `D / 5^-E`) is divided, to 55 or 56 bits, and rounded to
//! 53 on the bits below and the remainder.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Significant digits kept. Every double, and every midpoint between neighbouring doubles,
/// has an exact decimal expansion of at most 767 significant digits, so digits after the
/// 800th matter only through whether one of them is non-zero; that is kept as one digit 1
/// after the 800th.
const MAX_DIGITS: usize = 800;

/// The powers of ten up to 10^22, each exact in an `f64` (the reader's short path divides
/// by them too).
pub(super) const POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The correctly rounded `f64` of `text`, a number in JSON's grammar
/// (`-?int(.frac)?([eE][+-]?exp)?`, already checked by the reader); infinite past the
/// largest double, as `str::parse` is.
pub(super) fn parse(text: &str) -> f64 {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    // A byte search: `str::find` with a char pattern brings its general searcher.
    let (mantissa, exponent) = match text.bytes().position(|b| b == b'e' || b == b'E') {
        Some(at) => (text.get(..at).unwrap_or_default(), text.get(at + 1..).unwrap_or_default()),
        None => (text, ""),
    };
    let magnitude = Decimal::read(mantissa, exponent).map_or(0.0, |decimal| decimal.nearest());
    if negative { -magnitude } else { magnitude }
}

/// A positive decimal `digits × 10^exponent`: `digits` as digit values 0–9, the first and
/// last non-zero.
struct Decimal {
    digits: Vec<u8>,
    exponent: i64,
}

impl Decimal {
    /// The decimal that `mantissa` (`int(.frac)?`) and `exponent` (`[+-]?digits`, or empty)
    /// write, or `None` when it is zero.
    fn read(mantissa: &str, exponent: &str) -> Option<Self> {
        let (mut digits, mut after_point, mut point, mut dropped_non_zero) = (Vec::new(), 0i64, false, false);
        // Digits dropped from the end, each a power of ten on the exponent.
        let mut dropped = 0i64;
        for b in mantissa.bytes() {
            if b == b'.' {
                point = true;
                continue;
            }
            let digit = b.wrapping_sub(b'0');
            after_point += i64::from(point);
            if digits.is_empty() && digit == 0 {
                continue; // a leading zero
            }
            if digits.len() < MAX_DIGITS {
                digits.push(digit);
            } else {
                dropped += 1;
                dropped_non_zero |= digit != 0;
            }
        }
        if dropped_non_zero {
            digits.push(1);
            dropped -= 1;
        }
        while digits.last() == Some(&0) {
            digits.pop();
            dropped += 1;
        }
        if digits.is_empty() {
            return None;
        }
        // Saturating: an exponent far past ±10^18 is infinite or zero all the same.
        let (sign, exponent_digits) = match exponent.as_bytes().first() {
            Some(b'-') => (-1, exponent.get(1..).unwrap_or_default()),
            Some(b'+') => (1, exponent.get(1..).unwrap_or_default()),
            _ => (1, exponent),
        };
        let written = exponent_digits
            .bytes()
            .fold(0i64, |e, b| e.saturating_mul(10).saturating_add(i64::from(b.wrapping_sub(b'0'))));
        let exponent = (sign * written).saturating_sub(after_point).saturating_add(dropped);
        Some(Self { digits, exponent })
    }

    /// The nearest `f64`, ties to even.
    fn nearest(&self) -> f64 {
        let count = i64::try_from(self.digits.len()).unwrap_or(i64::MAX);
        // The value lies in [10^(count - 1 + exponent), 10^(count + exponent)).
        if count.saturating_sub(1).saturating_add(self.exponent) >= 309 {
            return f64::INFINITY; // at least 10^309, past the largest double (1.8 × 10^308)
        }
        if count.saturating_add(self.exponent) <= -324 {
            return 0.0; // below 10^-324, under half the smallest double (4.9 × 10^-324)
        }
        // From here `exponent` lies within -1124..=308 (at most 801 digits).
        if let Some(value) = self.exact_in_doubles() {
            return value;
        }
        let exponent = i32::try_from(self.exponent).unwrap_or_default();
        self.in_u128(exponent).unwrap_or_else(|| self.in_big(exponent))
    }

    /// The value by one rounding of exact doubles (Clinger's fast path), when the digits
    /// fit 53 bits and the power of ten is exact: `digits × 10^e` or `digits / 10^-e`, for
    /// `|e| <= 22`.
    fn exact_in_doubles(&self) -> Option<f64> {
        if self.digits.len() > 16 {
            return None;
        }
        let integer = self.digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d));
        if integer > 1 << 53 {
            return None;
        }
        #[expect(clippy::cast_precision_loss, reason = "at most 2^53: exact")]
        let integer = integer as f64;
        let power = *POWERS.get(usize::try_from(self.exponent.unsigned_abs()).ok()?)?;
        Some(if self.exponent >= 0 { integer * power } else { integer / power })
    }

    /// The value with native 128-bit integers, when the digits and the power of five fit
    /// them (at most 19 digits, `|exponent| <= 27`: what doubles printed in full, such as
    /// `0.30000000000000004`, look like); `None` otherwise.
    fn in_u128(&self, exponent: i32) -> Option<f64> {
        if self.digits.len() > 19 || exponent.unsigned_abs() > 27 {
            return None;
        }
        // Below 10^19 < 2^64, and 5^27 < 2^63: the product stays below 2^127.
        let integer = self.digits.iter().fold(0u128, |n, &d| n * 10 + u128::from(d));
        let power = 5u128.pow(exponent.unsigned_abs());
        let (numerator, denominator) = if exponent >= 0 { (integer * power, 1) } else { (integer, power) };
        nearest_of_ratio(&numerator, &denominator, exponent)
    }

    /// The value with big integers: any decimal past the quick bounds (`exponent` within
    /// -1124..=308).
    fn in_big(&self, exponent: i32) -> f64 {
        let mut numerator = Big::from_digits(&self.digits);
        let mut denominator = Big::from(1);
        if exponent >= 0 {
            numerator.multiply_by_power_of_five(exponent.unsigned_abs());
        } else {
            denominator.multiply_by_power_of_five(exponent.unsigned_abs());
        }
        // `Big` holds any division, so there is always a value.
        nearest_of_ratio(&numerator, &denominator, exponent).unwrap_or_default()
    }
}

/// What [`nearest_of_ratio`] needs of an integer type: `u128`, and [`Big`] for the rest.
trait Magnitude {
    /// The number of bits up to the highest one (0 for zero).
    fn bit_length(&self) -> u32;

    /// The quotient of `self × 2^shift / divisor` (a negative shift scales the divisor
    /// instead), below 2^56, and whether the division leaves a remainder; `None` when the
    /// type cannot hold the scaled operands.
    fn divide(&self, divisor: &Self, shift: i32) -> Option<(u64, bool)>;
}

/// The nearest `f64` to `numerator / denominator × 2^exponent` (both positive), ties to
/// even, infinite past the largest double; `None` when `M` cannot hold the division.
fn nearest_of_ratio<M: Magnitude>(numerator: &M, denominator: &M, exponent: i32) -> Option<f64> {
    const HIDDEN_BIT: u64 = 1 << 52;
    // The ratio lies in (2^(difference - 1), 2^(difference + 1)), so scaled by
    // 2^(55 - difference) its quotient has 55 or 56 bits: the 53 of a double, and at least
    // two below them to round on, with the remainder.
    let difference = i64::from(numerator.bit_length()) - i64::from(denominator.bit_length());
    let shift = i32::try_from(55 - difference).ok()?;
    let (quotient, remainder) = numerator.divide(denominator, shift)?;
    // Bits dropped from the quotient: down to 53, and further where the double is
    // subnormal (its unit would be below 2^-1074).
    let mut dropped = (64 - quotient.leading_zeros()).checked_sub(53)?;
    let mut binary_exponent = exponent - shift + i32::try_from(dropped).ok()?;
    if binary_exponent < -1074 {
        dropped += (-1074 - binary_exponent).unsigned_abs();
        binary_exponent = -1074;
    }
    if dropped >= 64 {
        return Some(0.0); // under 2^-1082: the quick bounds keep such values from here
    }
    let mut mantissa = quotient >> dropped;
    // Round on the dropped bits and the remainder: above half up, below down, a tie to even.
    let (rest, half) = (quotient & ((1 << dropped) - 1), 1u64 << (dropped - 1));
    let round_up = rest > half || (rest == half && (remainder || mantissa & 1 == 1));
    if round_up {
        mantissa += 1;
        if mantissa == HIDDEN_BIT << 1 {
            mantissa = HIDDEN_BIT;
            binary_exponent += 1;
        }
    }
    if mantissa < HIDDEN_BIT {
        return Some(f64::from_bits(mantissa)); // subnormal (binary exponent -1074), or zero
    }
    // Normal: mantissa × 2^e = (1 + fraction / 2^52) × 2^(e + 52), biased by 1023.
    let biased = u64::try_from(binary_exponent + 1075).ok()?;
    if biased >= 0x7ff {
        return Some(f64::INFINITY);
    }
    Some(f64::from_bits(biased << 52 | (mantissa - HIDDEN_BIT)))
}

impl Magnitude for u128 {
    fn bit_length(&self) -> u32 {
        128 - self.leading_zeros()
    }

    fn divide(&self, divisor: &Self, shift: i32) -> Option<(u64, bool)> {
        // Each operand is shifted only as far as its leading zeros allow.
        let scale = |value: Self, bits: u32| value.checked_shl(bits).filter(|_| bits <= value.leading_zeros());
        let numerator = scale(*self, shift.max(0).unsigned_abs())?;
        let divisor = scale(*divisor, shift.min(0).unsigned_abs())?;
        let quotient = numerator.checked_div(divisor)?;
        Some((u64::try_from(quotient).ok()?, numerator % divisor != 0))
    }
}

impl Magnitude for Big {
    fn bit_length(&self) -> u32 {
        self.0.last().map_or(0, |top| {
            let below = u32::try_from(self.0.len() - 1).unwrap_or(u32::MAX);
            below.saturating_mul(32).saturating_add(32 - top.leading_zeros())
        })
    }

    fn divide(&self, divisor: &Self, shift: i32) -> Option<(u64, bool)> {
        let mut remainder = self.shifted_left(shift.max(0).unsigned_abs());
        let divisor = divisor.shifted_left(shift.min(0).unsigned_abs());
        // Long division, a bit at a time: the quotient has at most 56 bits.
        let mut quotient = 0u64;
        let mut step = divisor.shifted_left(55);
        for bit in (0..=55).rev() {
            if remainder >= step {
                remainder.subtract(&step);
                quotient |= 1 << bit;
            }
            step.halve();
        }
        Some((quotient, !remainder.0.is_empty()))
    }
}

/// A non-negative big integer: 32-bit limbs, least significant first, no zero limb on top.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl From<u32> for Big {
    fn from(value: u32) -> Self {
        let mut big = Self(vec![value]);
        big.trim();
        big
    }
}

impl Big {
    /// The integer the decimal digits write.
    fn from_digits(digits: &[u8]) -> Self {
        let mut big = Self(Vec::with_capacity(digits.len() / 9 + 1));
        // Nine digits at a time: 10^9 < 2^32.
        for chunk in digits.chunks(9) {
            let (scale, value) = chunk.iter().fold((1u32, 0u32), |(s, v), &d| (s * 10, v * 10 + u32::from(d)));
            big.multiply_add(scale, value);
        }
        big
    }

    /// `self × 5^power`.
    fn multiply_by_power_of_five(&mut self, mut power: u32) {
        // 5^13 is the largest power of five below 2^32.
        const FIVE_13: u32 = 1_220_703_125;
        while power >= 13 {
            self.multiply_add(FIVE_13, 0);
            power -= 13;
        }
        self.multiply_add(5u32.pow(power), 0);
    }

    /// `self × factor + addend`.
    fn multiply_add(&mut self, factor: u32, addend: u32) {
        let mut carry = u64::from(addend);
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    /// `self × 2^bits`.
    fn shifted_left(&self, bits: u32) -> Self {
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        let mut shifted = vec![0; limbs];
        shifted.reserve(self.0.len() + 1);
        let mut carry = 0u32;
        for &limb in &self.0 {
            let wide = u64::from(limb) << bits;
            shifted.push(wide as u32 | carry);
            carry = (wide >> 32) as u32;
        }
        shifted.push(carry);
        let mut big = Self(shifted);
        big.trim();
        big
    }

    /// `self / 2`, rounded down.
    fn halve(&mut self) {
        let mut carry = 0u32;
        for limb in self.0.iter_mut().rev() {
            let next = *limb & 1;
            *limb = *limb >> 1 | carry << 31;
            carry = next;
        }
        self.trim();
    }

    /// `self − other`, for `other <= self`.
    fn subtract(&mut self, other: &Self) {
        let mut borrow = false;
        let mut other = other.0.iter();
        for limb in &mut self.0 {
            let (difference, under) = limb.overflowing_sub(other.next().copied().unwrap_or(0));
            let (difference, under_again) = difference.overflowing_sub(u32::from(borrow));
            *limb = difference;
            borrow = under | under_again;
        }
        self.trim();
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use alloc::format;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;
    use proptest::prelude::*;

    /// `text` read here and by `str::parse`, to the bit.
    fn check(text: &str) {
        let ours = parse(text);
        let theirs: f64 = text.parse().unwrap();
        assert_eq!(ours.to_bits(), theirs.to_bits(), "{text}: {ours:e} against {theirs:e}");
    }

    #[test]
    fn edges_of_the_doubles() {
        for text in [
            "0",
            "-0",
            "0.000",
            "0e999999999999999999999",
            "1",
            "-1.5",
            "1e0",
            "1E+2",
            "25e-1",
            "9007199254740992",
            "9007199254740993", // 2^53 + 1: a tie, to the even 2^53
            "9007199254740993.000000000000000000000000001",
            "9007199254740995", // a tie, to the even 2^53 + 4
            "123456789012345678901234567890",
            "0.1",
            "0.30000000000000004",
            "89.99999999999999",
            "30.000000000000004",
            "1e22",
            "1e23",
            "8.98846567431158e307",
            "1.7976931348623157e308", // the largest double
            "1.7976931348623158e308", // below the midpoint to 2^1024: the largest double
            "1.7976931348623159e308", // above it: infinite
            "1e309",
            "1e999",
            "-1e+300",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308", // the smallest normal double
            "4.9406564584124654e-324", // the smallest double
            "2.4703282292062327e-324", // under half of it: zero
            "2.4703282292062328e-324", // over half of it: the smallest double
            "1e-320",
            "1e-400",
            "1e-99999999999999999999999",
            "0.000000000000000000000000000000000000000001e30",
        ] {
            check(text);
        }
    }

    #[test]
    fn long_numbers_keep_their_far_digits() {
        // 2^53 + 1 is a tie; a non-zero digit far down breaks it upwards.
        let tie = "9007199254740993";
        check(&format!("{tie}.{}", "0".repeat(1_200)));
        check(&format!("{tie}.{}1", "0".repeat(1_200)));
        check(&format!("{}e-1000", "1".repeat(1_500)));
        check(&format!("0.{}{}", "0".repeat(300), "7".repeat(900)));
    }

    /// The exact decimal of `mantissa × 2^power` as `digits e exponent` text (test-only
    /// big decimal arithmetic, independent of the code under test).
    fn exact(mantissa: u64, power: i32) -> String {
        // Little-endian decimal digits.
        let mut digits: Vec<u32> = mantissa.to_string().bytes().rev().map(|b| u32::from(b - b'0')).collect();
        let factor = if power >= 0 { 2 } else { 5 };
        for _ in 0..power.unsigned_abs() {
            let mut carry = 0;
            for d in &mut digits {
                let v = *d * factor + carry;
                *d = v % 10;
                carry = v / 10;
            }
            while carry > 0 {
                digits.push(carry % 10);
                carry /= 10;
            }
        }
        let text: String = digits.iter().rev().map(|d| char::from(b'0' + *d as u8)).collect();
        // m × 2^-p = m × 5^p / 10^p.
        if power >= 0 { text } else { format!("{text}e-{}", power.unsigned_abs()) }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1_000))]

        /// Every double, written shortest, in full, and to a few digits.
        #[test]
        fn doubles_as_written(bits in any::<u64>(), precision in 0usize..30) {
            let x = f64::from_bits(bits).abs();
            prop_assume!(x.is_finite());
            check(&format!("{x:e}"));
            check(&format!("{x:.precision$e}"));
            check(&format!("{x:?}").replace("inf", "1e999"));
        }

        /// Decimals of any length and exponent.
        #[test]
        fn any_decimal(int in "[0-9]{1,30}", frac in proptest::option::of("[0-9]{1,30}"), exponent in proptest::option::of(-400i32..400)) {
            let mut text = int;
            if let Some(frac) = frac {
                text = format!("{text}.{frac}");
            }
            if let Some(e) = exponent {
                text = format!("{text}e{e}");
            }
            check(&text);
        }

        /// The native and the big-integer division agree wherever both apply.
        #[test]
        fn u128_and_big_integers_agree(digits in "[1-9][0-9]{0,18}", exponent in -27i32..=27) {
            let decimal = super::Decimal::read(&digits, &exponent.to_string()).unwrap();
            let exponent = i32::try_from(decimal.exponent).unwrap();
            if let Some(native) = decimal.in_u128(exponent) {
                prop_assert_eq!(native.to_bits(), decimal.in_big(exponent).to_bits(), "{}e{}", digits, exponent);
            }
        }

        /// Midpoints between neighbouring doubles, exactly (ties go to the even one), and
        /// just above and below them.
        #[test]
        fn midpoints(bits in 0u64..=0x7fef_ffff_ffff_ffff) {
            let (raw_exponent, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
            let (mantissa, power) = if raw_exponent == 0 { (fraction, -1074) } else { (fraction | 1 << 52, raw_exponent - 1075) };
            // The midpoint to the next double up: (2m + 1) × 2^(power - 1).
            let midpoint = exact(2 * mantissa + 1, power - 1);
            check(&midpoint);
            let (digits, exponent) = midpoint.split_once('e').map_or((midpoint.as_str(), 0i64), |(d, e)| (d, e.parse().unwrap()));
            check(&format!("{digits}1e{}", exponent - 1)); // just above
            // A quarter of the gap above the double reads as it, three quarters as the next.
            let (quarter, three_quarters) = (exact(4 * mantissa + 1, power - 2), exact(4 * mantissa + 3, power - 2));
            check(&quarter);
            check(&three_quarters);
            prop_assert_eq!(parse(&quarter).to_bits(), bits);
            prop_assert_eq!(parse(&three_quarters).to_bits(), bits + 1);
        }
    }
}
