//! Numbers as text, byte for byte as Lua 5.1 on x86_64 glibc shows and reads them.
//!
//! * [`format_number`]: `tostring(n)` / `print(n)` / concatenation, i.e. C's `"%.14g"`.
//! * [`parse_number`]: `tonumber(s)` and string-to-number coercion (`luaO_str2d`, which is
//!   glibc `strtod` plus surrounding whitespace).
//! * [`parse_number_base`]: `tonumber(s, base)` (`strtoul` semantics).
//! * [`format_float`]: one `%e %E %f %g %G` printf conversion with flags, width and precision,
//!   used by `string.format`.
//!
//! Rust's float formatting and parsing are correctly rounded (ties to even), exactly like
//! glibc's, so digits come from the standard library and this module only arranges them the
//! way C's printf does (exponent sign and width, trailing-zero removal, padding, `-nan`).

use std::fmt::Write as _;
use std::io::Write as _;

/// Significant digits of `LUA_NUMBER_FMT` (`"%.14g"`).
const LUA_NUMBER_DIGITS: usize = 14;

/// Flags, width and precision of one printf conversion (`%-+ #0<width>.<precision>X`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PrintfSpec {
    /// `-`: pad on the right instead of the left.
    pub left_align: bool,
    /// `+`: always print a sign for signed conversions.
    pub force_sign: bool,
    /// ` `: print a space where a `+` sign would go (ignored when `force_sign`).
    pub space_sign: bool,
    /// `#`: alternate form (`0x` prefix, forced decimal point, kept trailing zeros).
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign instead of spaces before it.
    pub zero_pad: bool,
    /// Minimum field width (0 = none).
    pub width: usize,
    /// Precision after `.` (`Some(0)` for a bare `.`).
    pub precision: Option<usize>,
}

impl PrintfSpec {
    /// The sign printf writes before a signed number's digits.
    pub(crate) fn sign(&self, negative: bool) -> &'static [u8] {
        if negative {
            b"-"
        } else if self.force_sign {
            b"+"
        } else if self.space_sign {
            b" "
        } else {
            b""
        }
    }
}

/// Which floating-point conversion [`format_float`] performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `%e` (`upper`: `%E`).
    Exponent { upper: bool },
    /// `%f`.
    Fixed,
    /// `%g` (`upper`: `%G`).
    General { upper: bool },
}

/// Appends `n` as C's `printf("%.14g", n)` prints it with glibc: what Lua 5.1 shows for a
/// number (`1e+15`, `0.1`, `-0`, `inf`, `-nan`, `1.2345678901234e+15`, ...).
///
/// Allocates nothing except growth of `out`.
pub fn format_number(n: f64, out: &mut Vec<u8>) {
    // Integers below 10^14 print all their digits under %.14g; they are the common case
    // in concatenation, so they skip float formatting.
    if n.fract() == 0.0 && n.abs() < 1e14 {
        if n == 0.0 && n.is_sign_negative() {
            out.extend_from_slice(b"-0");
        } else {
            write_integer(n as i64, out);
        }
        return;
    }
    if !n.is_finite() {
        out.extend_from_slice(non_finite_text(n, false));
        return;
    }
    if n < 0.0 {
        out.push(b'-');
    }
    write_general(n.abs(), LUA_NUMBER_DIGITS, false, false, out);
}

/// Decimal digits of an integer, without allocating.
fn write_integer(value: i64, out: &mut Vec<u8>) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut magnitude = value.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    if value < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&digits[at..]);
}

/// glibc's text for infinities and NaNs, sign included: a NaN with its sign bit set
/// prints as `-nan` (x86's `0/0` produces exactly that NaN).
fn non_finite_text(n: f64, upper: bool) -> &'static [u8] {
    match (n.is_nan(), n.is_sign_negative(), upper) {
        (true, false, false) => b"nan",
        (true, true, false) => b"-nan",
        (true, false, true) => b"NAN",
        (true, true, true) => b"-NAN",
        (false, false, false) => b"inf",
        (false, true, false) => b"-inf",
        (false, false, true) => b"INF",
        (false, true, true) => b"-INF",
    }
}

/// A fixed-size byte buffer on the stack that `write!` can fill.
struct StackText<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> StackText<N> {
    fn new() -> Self {
        StackText {
            bytes: [0; N],
            len: 0,
        }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

impl<const N: usize> std::fmt::Write for StackText<N> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > N {
            return Err(std::fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Largest precision string.format can ask for (two digits).
const MAX_PRECISION: usize = 99;

/// `significant` digits of a finite non-negative `magnitude`, correctly rounded, and the
/// decimal exponent of the first one: what `%.{significant-1}e` computes.
/// Returns the digits in a stack buffer (no decimal point) and the exponent.
fn scientific_digits(magnitude: f64, significant: usize) -> (StackText<128>, i32) {
    let significant = significant.clamp(1, MAX_PRECISION + 3);
    let mut text = StackText::<128>::new();
    // Cannot fail: at most 1 + 1 + 101 digits + "e-324" fit in 128 bytes.
    let _ = write!(text, "{:.*e}", significant - 1, magnitude);
    split_scientific(text.as_bytes())
}

/// Splits Rust's `{:e}` text (`1.25e-7`) into its digits and decimal exponent.
fn split_scientific(rendered: &[u8]) -> (StackText<128>, i32) {
    let e_at = rendered
        .iter()
        .position(|&b| b == b'e')
        .unwrap_or(rendered.len());
    let exponent = parse_small_exponent(rendered.get(e_at + 1..).unwrap_or_default());
    let mut digits = StackText::<128>::new();
    for &b in &rendered[..e_at] {
        if b != b'.' {
            digits.bytes[digits.len] = b;
            digits.len += 1;
        }
    }
    (digits, exponent)
}

/// Reads the exponent Rust's `{:e}` wrote (`-5`, `300`).
fn parse_small_exponent(text: &[u8]) -> i32 {
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    let magnitude = digits
        .iter()
        .fold(0i32, |acc, &d| acc * 10 + i32::from(d.wrapping_sub(b'0')));
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// C's exponent suffix: `e`, sign, at least two digits.
fn write_exponent(exponent: i32, upper: bool, out: &mut Vec<u8>) {
    out.push(if upper { b'E' } else { b'e' });
    out.push(if exponent < 0 { b'-' } else { b'+' });
    let magnitude = exponent.unsigned_abs();
    if magnitude < 10 {
        out.push(b'0');
    }
    write_integer(i64::from(magnitude), out);
}

/// `%.{precision}g` of a finite non-negative `magnitude`, without sign or padding.
fn write_general(
    magnitude: f64,
    precision: usize,
    alternate: bool,
    upper: bool,
    out: &mut Vec<u8>,
) {
    let significant = precision.max(1);
    let (digits, exponent) = scientific_digits(magnitude, significant);
    let digits = digits.as_bytes();
    // Unless `#`, trailing zeros of the fraction go, and the point with them.
    let kept = if alternate {
        digits.len()
    } else {
        digits
            .iter()
            .rposition(|&d| d != b'0')
            .map_or(1, |last| last + 1)
    };
    if alternate && exponent == significant as i32 && carried_into_new_digit(magnitude, significant)
    {
        // glibc quirk: it picks the fixed style from the unrounded exponent, with no
        // fraction digits; when rounding then carries into a new digit (999.5 with %#.3g)
        // it switches to the exponent style but keeps zero fraction digits: "1.e+03".
        out.extend_from_slice(&digits[..1]);
        out.push(b'.');
        write_exponent(exponent, upper, out);
        return;
    }
    let uses_fixed = exponent >= -4 && exponent < significant as i32;
    if uses_fixed {
        if exponent >= 0 {
            let integer_len = exponent as usize + 1;
            out.extend_from_slice(&digits[..integer_len]);
            if kept > integer_len || alternate {
                out.push(b'.');
                out.extend_from_slice(&digits[integer_len..kept.max(integer_len)]);
            }
        } else {
            out.extend_from_slice(b"0.");
            out.extend(std::iter::repeat_n(b'0', (-exponent - 1) as usize));
            out.extend_from_slice(&digits[..kept]);
        }
    } else {
        out.push(digits[0]);
        if kept > 1 || alternate {
            out.push(b'.');
            out.extend_from_slice(&digits[1..kept]);
        }
        write_exponent(exponent, upper, out);
    }
}

/// Whether `magnitude`, which rounds to `10^significant` at `significant` digits, is
/// below that power of ten before rounding.
fn carried_into_new_digit(magnitude: f64, significant: usize) -> bool {
    if significant <= 22 {
        // Powers of ten up to 10^22 are exact doubles.
        let power = (0..significant).fold(1.0, |acc, _| acc * 10.0);
        magnitude < power
    } else {
        // Here the magnitude is an integer, so two extra digits cannot carry again.
        scientific_digits(magnitude, significant + 2).1 < significant as i32
    }
}

/// `%.{precision}e` of a finite non-negative `magnitude`, without sign or padding.
fn write_exponent_style(
    magnitude: f64,
    precision: usize,
    alternate: bool,
    upper: bool,
    out: &mut Vec<u8>,
) {
    let (digits, exponent) = scientific_digits(magnitude, precision + 1);
    let digits = digits.as_bytes();
    out.push(digits[0]);
    if precision > 0 || alternate {
        out.push(b'.');
    }
    out.extend_from_slice(&digits[1..]);
    write_exponent(exponent, upper, out);
}

/// `%.{precision}f` of a finite non-negative `magnitude`, without sign or padding.
fn write_fixed(magnitude: f64, precision: usize, alternate: bool, out: &mut Vec<u8>) {
    // Writing to a Vec cannot fail.
    let _ = write!(out, "{:.*}", precision, magnitude);
    if precision == 0 && alternate {
        out.push(b'.');
    }
}

/// Appends one `%e %E %f %g %G` conversion of `n` exactly as glibc's printf writes it,
/// honouring every flag, the width and the precision (default 6) of `spec`.
pub fn format_float(spec: &PrintfSpec, style: FloatStyle, n: f64, out: &mut Vec<u8>) {
    let upper = matches!(
        style,
        FloatStyle::Exponent { upper: true } | FloatStyle::General { upper: true }
    );
    if !n.is_finite() {
        // glibc writes inf/nan with their sign (and `+`/` `), never zero-padded.
        let text = non_finite_text(n, upper);
        let (sign, word) = match text.split_first() {
            Some((b'-', word)) => (&b"-"[..], word),
            _ => (spec.sign(false), text),
        };
        let start = out.len();
        out.extend_from_slice(sign);
        out.extend_from_slice(word);
        pad_field(out, start, sign.len(), spec, false);
        return;
    }
    let start = out.len();
    out.extend_from_slice(spec.sign(n.is_sign_negative()));
    let sign_len = out.len() - start;
    let precision = spec.precision.unwrap_or(6).min(MAX_PRECISION);
    match style {
        FloatStyle::Exponent { upper } => {
            write_exponent_style(n.abs(), precision, spec.alternate, upper, out)
        }
        FloatStyle::Fixed => write_fixed(n.abs(), precision, spec.alternate, out),
        FloatStyle::General { upper } => {
            write_general(n.abs(), precision, spec.alternate, upper, out)
        }
    }
    pad_field(out, start, sign_len, spec, spec.zero_pad);
}

/// Pads the printf field `out[start..]` to `spec.width`: spaces after it (`-`), zeros
/// between its `prefix_len` sign/prefix bytes and its digits (`zero_fill`, unless `-`), or
/// spaces before it.
pub(crate) fn pad_field(
    out: &mut Vec<u8>,
    start: usize,
    prefix_len: usize,
    spec: &PrintfSpec,
    zero_fill: bool,
) {
    let len = out.len() - start;
    if len >= spec.width {
        return;
    }
    let missing = spec.width - len;
    if spec.left_align {
        out.resize(out.len() + missing, b' ');
        return;
    }
    let (fill, at) = if zero_fill {
        (b'0', start + prefix_len)
    } else {
        (b' ', start)
    };
    let old_end = out.len();
    out.resize(old_end + missing, fill);
    out.copy_within(at..old_end, at + missing);
    out[at..at + missing].fill(fill);
}

/// C-locale `isspace`: the whitespace `strtod`, `strtoul` and Lua 5.1 skip.
pub fn is_c_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The part of `s` a C function sees: 5.1 hands strings to `strtod`/`strtoul` as C
/// strings, so an embedded zero ends them (`tonumber("1\0x")` is 1).
fn c_string(s: &[u8]) -> &[u8] {
    s.iter().position(|&b| b == 0).map_or(s, |nul| &s[..nul])
}

fn skip_spaces(s: &[u8], mut at: usize) -> usize {
    while s.get(at).is_some_and(|&b| is_c_space(b)) {
        at += 1;
    }
    at
}

/// Reads an optional `+`/`-` at `at`; returns whether it was `-` and the next position.
fn read_sign(s: &[u8], at: usize) -> (bool, usize) {
    match s.get(at) {
        Some(b'-') => (true, at + 1),
        Some(b'+') => (false, at + 1),
        _ => (false, at),
    }
}

fn count_while(s: &[u8], at: usize, accept: impl Fn(u8) -> bool) -> usize {
    s.get(at..)
        .map_or(0, |rest| rest.iter().take_while(|&&b| accept(b)).count())
}

/// Lua 5.1's `luaO_str2d`: the number `s` denotes as `tonumber(s)` reads it, or `None`.
///
/// That is glibc `strtod` (decimal with optional exponent, hexadecimal `0x1A`/`0x1.8p3`,
/// `inf`/`infinity`/`nan`/`nan(...)` in any case, optional sign, correctly rounded,
/// overflow to `±inf`) over the whole string except surrounding C whitespace. Text after
/// an embedded zero byte is ignored, as C would.
pub fn parse_number(s: &[u8]) -> Option<f64> {
    let s = c_string(s);
    let (value, end) = strtod_prefix(s)?;
    let rest = skip_spaces(s, end);
    (rest == s.len()).then_some(value)
}

/// `strtod` on the longest valid prefix of `s`: the value and where parsing stopped.
pub fn strtod_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let start = skip_spaces(s, 0);
    let (negative, at) = read_sign(s, start);
    let rest = &s[at..];
    let signed = |magnitude: f64| if negative { -magnitude } else { magnitude };
    if starts_with_ignore_case(rest, b"inf") {
        let len = if starts_with_ignore_case(rest, b"infinity") {
            8
        } else {
            3
        };
        return Some((signed(f64::INFINITY), at + len));
    }
    if starts_with_ignore_case(rest, b"nan") {
        let mut len = 3;
        if rest.get(3) == Some(&b'(') {
            let inner = count_while(rest, 4, |b| b.is_ascii_alphanumeric() || b == b'_');
            if rest.get(4 + inner) == Some(&b')') {
                len = 5 + inner;
            }
        }
        return Some((signed(f64::NAN), at + len));
    }
    if rest.len() > 2 && rest[0] == b'0' && (rest[1] | 0x20) == b'x' {
        if let Some((magnitude, len)) = parse_hex_float(&rest[2..]) {
            return Some((signed(magnitude), at + 2 + len));
        }
    }
    let end = at + decimal_len(rest)?;
    // The slice is ASCII digits, sign, point and exponent, which Rust parses (correctly
    // rounded) with exactly strtod's meaning.
    let text = std::str::from_utf8(&s[start..end]).ok()?;
    text.parse::<f64>().ok().map(|value| (value, end))
}

fn starts_with_ignore_case(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Length of the decimal numeral at the start of `s` (`12`, `1.5`, `.5`, `5.`, `1e-3`), or
/// `None` without a digit. An `e` not followed by exponent digits is not part of it.
fn decimal_len(s: &[u8]) -> Option<usize> {
    let integer = count_while(s, 0, |b| b.is_ascii_digit());
    let mut len = integer;
    let mut fraction = 0;
    if s.get(len) == Some(&b'.') {
        fraction = count_while(s, len + 1, |b| b.is_ascii_digit());
        len += 1 + fraction;
    }
    if integer + fraction == 0 {
        return None;
    }
    if s.get(len).is_some_and(|&b| b | 0x20 == b'e') {
        let (_, digits_at) = read_sign(s, len + 1);
        let exponent_digits = count_while(s, digits_at, |b| b.is_ascii_digit());
        if exponent_digits > 0 {
            len = digits_at + exponent_digits;
        }
    }
    Some(len)
}

/// A hexadecimal float after its `0x` (`1A`, `1.8`, `.8p1`, `1p-3`): the magnitude and
/// the length read, or `None` without a hex digit (strtod then reads just the `0`).
fn parse_hex_float(s: &[u8]) -> Option<(f64, usize)> {
    // Up to 16 significant hex digits fill the u64 mantissa; later ones only matter
    // through whether any is non-zero (for rounding) and their count (for the exponent).
    let mut mantissa: u64 = 0;
    let mut significant = 0usize;
    let mut binary_exponent: i64 = 0;
    let mut sticky = false;
    let mut digits = 0usize;
    let mut at = 0;
    let mut seen_point = false;
    while let Some(&b) = s.get(at) {
        if b == b'.' && !seen_point {
            seen_point = true;
            at += 1;
            continue;
        }
        let Some(value) = (b as char).to_digit(16) else {
            break;
        };
        digits += 1;
        at += 1;
        if mantissa == 0 && value == 0 {
            if seen_point {
                binary_exponent -= 4;
            }
            continue;
        }
        if significant < 16 {
            mantissa = mantissa << 4 | u64::from(value);
            significant += 1;
            if seen_point {
                binary_exponent -= 4;
            }
        } else {
            sticky |= value != 0;
            if !seen_point {
                binary_exponent += 4;
            }
        }
    }
    if digits == 0 {
        return None;
    }
    if s.get(at).is_some_and(|&b| b | 0x20 == b'p') {
        let (negative, digits_at) = read_sign(s, at + 1);
        let count = count_while(s, digits_at, |b| b.is_ascii_digit());
        if count > 0 {
            // Saturate: anything this large is already ±inf or 0.
            let magnitude = s[digits_at..digits_at + count]
                .iter()
                .fold(0i64, |acc, &d| {
                    (acc * 10 + i64::from(d - b'0')).min(1 << 20)
                });
            binary_exponent += if negative { -magnitude } else { magnitude };
            at = digits_at + count;
        }
    }
    Some((round_binary(mantissa, binary_exponent, sticky), at))
}

/// `mantissa * 2^exponent` (plus a little more when `sticky`) rounded to the nearest
/// double, ties to even, with gradual underflow and overflow to infinity.
fn round_binary(mantissa: u64, exponent: i64, sticky: bool) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let shift = mantissa.leading_zeros();
    let normalized = mantissa << shift;
    let exponent = exponent - i64::from(shift);
    let leading = exponent + 63; // exponent of the leading bit
    if leading > 1023 {
        return f64::INFINITY;
    }
    // Bits of precision available at this magnitude (53, fewer for subnormals).
    let bits = if leading >= -1022 {
        53
    } else {
        53 - (-1022 - leading)
    };
    if bits < 0 {
        return 0.0;
    }
    let dropped = (64 - bits) as u32;
    let (kept, remainder) = if dropped == 64 {
        (0, normalized)
    } else {
        (normalized >> dropped, normalized & ((1u64 << dropped) - 1))
    };
    let half = 1u64 << (dropped - 1);
    let round_up = remainder > half || (remainder == half && (sticky || kept & 1 == 1));
    let kept = kept + u64::from(round_up);
    // kept <= 2^53 and the scale is the result's unit in the last place, so this
    // product is exact (or overflows to infinity when rounding carried past 2^1024).
    kept as f64 * power_of_two(exponent + i64::from(dropped))
}

/// 2^k for k in the range of finite doubles, subnormals included.
fn power_of_two(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// `tonumber(s, base)` as Lua 5.1 computes it, or `None` where it gives nil.
///
/// Base 10 is `tonumber(s)` ([`parse_number`]), because 5.1 special-cases it. Other bases
/// (2..=36; `None` outside, the caller raises "base out of range" first) use C `strtoul`
/// over the whole string except surrounding whitespace: optional sign, optional `0x` in
/// base 16, digits and letters in either case; a `-` negates modulo 2^64 and values past
/// 2^64-1 saturate to it, then the result converts to a double.
pub fn parse_number_base(s: &[u8], base: u32) -> Option<f64> {
    if base == 10 {
        return parse_number(s);
    }
    if !(2..=36).contains(&base) {
        return None;
    }
    let s = c_string(s);
    let (negative, mut at) = read_sign(s, skip_spaces(s, 0));
    let is_digit = |b: u8| (b as char).is_digit(base);
    if base == 16
        && s.get(at) == Some(&b'0')
        && s.get(at + 1).is_some_and(|&b| b | 0x20 == b'x')
        && s.get(at + 2).is_some_and(|&b| is_digit(b))
    {
        at += 2;
    }
    let count = count_while(s, at, is_digit);
    if count == 0 {
        return None;
    }
    let mut value: u64 = 0;
    let mut overflow = false;
    for &b in &s[at..at + count] {
        let digit = (b as char).to_digit(base).map_or(0, u64::from);
        match value
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(digit))
        {
            Some(next) => value = next,
            None => overflow = true,
        }
    }
    if skip_spaces(s, at + count) != s.len() {
        return None;
    }
    let value = if overflow {
        u64::MAX
    } else if negative {
        value.wrapping_neg()
    } else {
        value
    };
    Some(value as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(n: f64) -> String {
        let mut out = Vec::new();
        format_number(n, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn format_number_named_cases() {
        let cases: &[(f64, &str)] = &[
            (1e15, "1e+15"),
            (0.1, "0.1"),
            (-0.0, "-0"),
            (0.0, "0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (-f64::NAN, "-nan"),
            (f64::NAN, "nan"),
            (1e100, "1e+100"),
            (123456789012345.0, "1.2345678901234e+14"),
            (99999999999999.0, "99999999999999"),
            (1.2345678901234e15, "1.2345678901234e+15"),
            (5e-324, "4.9406564584125e-324"),
            (2f64.powi(63), "9.2233720368548e+18"),
            (1e14, "1e+14"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-3.25, "-3.25"),
            (1.0 / 3.0, "0.33333333333333"),
            (100.0, "100"),
            (-7.0, "-7"),
        ];
        for &(n, expected) in cases {
            assert_eq!(shown(n), expected, "format_number({n:?})");
        }
    }

    /// 2000 doubles (random bit patterns, decimals, integers, subnormals, rounding
    /// boundaries) with the text lua5.1 printed for each.
    #[test]
    fn format_number_matches_lua51_on_recorded_doubles() {
        let data = include_str!("../testdata/number_format.txt");
        let mut checked = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let (bits, expected) = line.split_once(' ').unwrap();
            let n = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
            assert_eq!(shown(n), expected, "format_number({n:?})");
            checked += 1;
        }
        assert_eq!(checked, 2020);
    }

    /// Parses the printf specs used in the recorded data (`%-+12.3g`).
    fn parse_spec(spec: &str) -> (PrintfSpec, FloatStyle, &str) {
        let bytes = spec.as_bytes();
        let mut parsed = PrintfSpec::default();
        let mut at = 1;
        loop {
            match bytes[at] {
                b'-' => parsed.left_align = true,
                b'+' => parsed.force_sign = true,
                b' ' => parsed.space_sign = true,
                b'#' => parsed.alternate = true,
                b'0' => parsed.zero_pad = true,
                _ => break,
            }
            at += 1;
        }
        while bytes[at].is_ascii_digit() {
            parsed.width = parsed.width * 10 + usize::from(bytes[at] - b'0');
            at += 1;
        }
        if bytes[at] == b'.' {
            at += 1;
            let mut precision = 0;
            while bytes[at].is_ascii_digit() {
                precision = precision * 10 + usize::from(bytes[at] - b'0');
                at += 1;
            }
            parsed.precision = Some(precision);
        }
        let style = match bytes[at] {
            b'e' => FloatStyle::Exponent { upper: false },
            b'E' => FloatStyle::Exponent { upper: true },
            b'f' => FloatStyle::Fixed,
            b'g' => FloatStyle::General { upper: false },
            b'G' => FloatStyle::General { upper: true },
            other => panic!("unexpected conversion {other}"),
        };
        (parsed, style, &spec[at + 1..])
    }

    /// 8748 conversions (27 specs over ~320 doubles and the non-finite values) as lua5.1's
    /// string.format wrote them.
    #[test]
    fn format_float_matches_lua51_on_recorded_conversions() {
        let data = include_str!("../testdata/float_format.txt");
        let mut checked = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.splitn(3, '\t');
            let (bits, spec, expected) = (
                fields.next().unwrap(),
                fields.next().unwrap(),
                fields.next().unwrap(),
            );
            let n = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
            let (parsed, style, suffix) = parse_spec(spec);
            let mut out = Vec::new();
            format_float(&parsed, style, n, &mut out);
            out.extend_from_slice(suffix.as_bytes());
            assert_eq!(
                String::from_utf8(out).unwrap(),
                expected,
                "format({spec:?}, {n:?})"
            );
            checked += 1;
        }
        assert_eq!(checked, 8748);
    }

    fn assert_parsed(input: &[u8], got: Option<f64>, expected: Option<&str>) {
        match (got, expected) {
            (None, None) => {}
            (Some(value), Some("nan")) => assert!(value.is_nan() && value.is_sign_positive()),
            (Some(value), Some("-nan")) => assert!(value.is_nan() && value.is_sign_negative()),
            (Some(value), Some(text)) => {
                let expected: f64 = text.parse().unwrap();
                assert_eq!(
                    value.to_bits(),
                    expected.to_bits(),
                    "{:?}",
                    input.escape_ascii().to_string()
                );
            }
            _ => panic!(
                "{:?}: got {got:?}, lua5.1 gives {expected:?}",
                input.escape_ascii().to_string()
            ),
        }
    }

    /// `tonumber(s)` results from lua5.1 (as `%.17g`).
    #[test]
    fn parse_number_matches_lua51_tonumber() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"1e5", Some("100000")),
            (b".5", Some("0.5")),
            (b"5.", Some("5")),
            (b"  0x1A  ", Some("26")),
            (b"inf", Some("inf")),
            (b"nan", Some("nan")),
            (b"INF", Some("inf")),
            (b"-inf", Some("-inf")),
            (b"1e400", Some("inf")),
            (b"1e", None),
            (b"0x", None),
            (b"1 2", None),
            (b"", None),
            (b" ", None),
            (b"-", None),
            (b"+", None),
            (b".", None),
            (b"+.5", Some("0.5")),
            (b"-.5e-3", Some("-0.00050000000000000001")),
            (b"1e+", None),
            (b"1e+5", Some("100000")),
            (b"1E-5", Some("1.0000000000000001e-05")),
            (b"1e5x", None),
            (b"0x1p4", Some("16")),
            (b"0x1.8", Some("1.5")),
            (b"0X.8p1", Some("1")),
            (b"0x1P-2", Some("0.25")),
            (b"0x1p", None),
            (b"0x1p+", None),
            (b"0xg", None),
            (b"0x.", None),
            (b"0x.8", Some("0.5")),
            (b"-0x10", Some("-16")),
            (b"+0x10", Some("16")),
            (b"0x1e5", Some("485")),
            (b"0xFFFFFFFFFFFFFFFF", Some("1.8446744073709552e+19")),
            (b"0x1ffffffffffffffff", Some("3.6893488147419103e+19")),
            (b"0x1fffffffffffff8", Some("1.4411518807585587e+17")),
            (b"0x1fffffffffffff7", Some("1.4411518807585586e+17")),
            (b"0x1fffffffffffff9", Some("1.4411518807585587e+17")),
            (b"0x1p-1074", Some("4.9406564584124654e-324")),
            (b"0x1p-1075", Some("0")),
            (b"0x1.8p-1075", Some("4.9406564584124654e-324")),
            (b"0x1p-1076", Some("0")),
            (b"0x1p1023", Some("8.9884656743115795e+307")),
            (b"0x1p1024", Some("inf")),
            (b"0x1.fffffffffffffp1023", Some("1.7976931348623157e+308")),
            (b"0x1.fffffffffffff8p1023", Some("inf")),
            (b"0x0.0000000000001p-1022", Some("4.9406564584124654e-324")),
            (
                b"0x123456789abcdef123456789",
                Some("5.6340026676810196e+27"),
            ),
            (b"0x00000000000000000000001", Some("1")),
            (b"0x.000000000000000000001p100", Some("65536")),
            (b"1\x00x", Some("1")),
            (b"\x00", None),
            (b"5\x00", Some("5")),
            (b"infinity", Some("inf")),
            (b"INFINITY", Some("inf")),
            (b"infin", None),
            (b"inf x", None),
            (b"-nan", Some("-nan")),
            (b"nan(", None),
            (b"nan()", Some("nan")),
            (b"nan(_a1)", Some("nan")),
            (b"nan(a b)", None),
            (b"nanx", None),
            (b"Inf5", None),
            (b"\x09\x0a\x0b\x0c\x0d 5 \x09\x0a\x0b\x0c\x0d", Some("5")),
            (b"5 x", None),
            (b"1e-400", Some("0")),
            (b"2.4703282292062328e-324", Some("4.9406564584124654e-324")),
            (b"2.4703282292062327e-324", Some("0")),
            (b"4.9406564584124654e-324", Some("4.9406564584124654e-324")),
            (b"1.7976931348623157e308", Some("1.7976931348623157e+308")),
            (b"1.7976931348623158e308", Some("1.7976931348623157e+308")),
            (b"1.7976931348623159e308", Some("inf")),
            (b"0.1", Some("0.10000000000000001")),
            (
                b"123456789012345678901234567890",
                Some("1.2345678901234568e+29"),
            ),
            (b"00012", Some("12")),
            (b"1..2", None),
            (b"1.2.3", None),
            (b"--1", None),
            (b"+-1", None),
            (b"- 1", None),
            (b"1e5.5", None),
            (b"1e05", Some("100000")),
            (b"9007199254740993", Some("9007199254740992")),
            (b"9007199254740993.0000000001", Some("9007199254740994")),
            (b"0.30000000000000004", Some("0.30000000000000004")),
            (b"1_000", None),
            (b"\xef\xbc\x91", None),
            (b"0b101", None),
            (b"1f", None),
            (b"1d", None),
            (b"0x1.p1", Some("2")),
            (b"0x.p1", None),
            (b"  -0  ", Some("-0")),
            (b"-0.0", Some("-0")),
            (b"0e0", Some("0")),
            (b".e1", None),
            (b"e1", None),
            (b"1.e1", Some("10")),
        ];
        for &(input, expected) in cases {
            assert_parsed(input, parse_number(input), expected);
        }
        assert_eq!(cases.len(), 101);
    }

    /// `tonumber(s, base)` results from lua5.1 (as `%.17g`).
    #[test]
    fn parse_number_base_matches_lua51_tonumber() {
        let cases: &[(&[u8], u32, Option<&str>)] = &[
            (b"10", 2, Some("2")),
            (b"2", 2, None),
            (b"z", 36, Some("35")),
            (b"Z", 36, Some("35")),
            (b"", 16, None),
            (b" ", 16, None),
            (b"+", 16, None),
            (b"-0", 16, Some("0")),
            (b"0x", 16, None),
            (b"0x1", 16, Some("1")),
            (b"0x1", 17, None),
            (b"0X1f", 16, Some("31")),
            (b"1 ", 2, Some("1")),
            (b" 1", 2, Some("1")),
            (b"- 1", 16, None),
            (b"-1", 16, Some("1.8446744073709552e+19")),
            (b"ff", 16, Some("255")),
            (b"0xff", 16, Some("255")),
            (b" -ff ", 16, Some("1.8446744073709552e+19")),
            (b"99999999999999999999", 16, Some("1.8446744073709552e+19")),
            (b"-99999999999999999999", 16, Some("1.8446744073709552e+19")),
            (b"1\x00", 16, Some("1")),
            (b"18446744073709551615", 16, Some("1.8446744073709552e+19")),
            (b"ffffffffffffffff", 16, Some("1.8446744073709552e+19")),
            (b"10000000000000000", 16, Some("1.8446744073709552e+19")),
            (b"-ffffffffffffffff", 16, Some("1")),
            (b"777", 8, Some("511")),
            (b"8", 8, None),
            (b"1e", 16, Some("30")),
            (b"1e", 15, Some("29")),
            (b"1e", 14, None),
            (b"+1e", 16, Some("30")),
            (b"zz", 35, None),
            (b"zz", 36, Some("1295")),
            (b"101", 2, Some("5")),
            (b"1.5", 16, None),
            (b"0x0x1", 16, None),
            (
                b"1111111111111111111111111111111111111111111111111111111111111111",
                2,
                Some("1.8446744073709552e+19"),
            ),
            (
                b"11111111111111111111111111111111111111111111111111111111111111111",
                2,
                Some("1.8446744073709552e+19"),
            ),
            (b"\x0912\x0a", 7, Some("9")),
            (b"12\x0b", 3, Some("5")),
            (b"9", 9, None),
            (b"abc", 12, None),
            (b"ABC", 13, Some("1845")),
            (b"0x", 36, Some("33")),
            (b"0x1", 36, Some("1189")),
            (b"-", 2, None),
            (b"--1", 2, None),
            (b"-+1", 2, None),
            (b"1 1", 2, None),
            (b"fffffffffffff801", 16, Some("1.844674407370955e+19")),
            (b"fffffffffffffc01", 16, Some("1.8446744073709552e+19")),
        ];
        for &(input, base, expected) in cases {
            assert_parsed(input, parse_number_base(input, base), expected);
        }
        assert_eq!(cases.len(), 52);
        assert_eq!(parse_number_base(b"10", 10), Some(10.0));
        assert_eq!(
            parse_number_base(b"0x10", 10),
            Some(16.0),
            "base 10 is tonumber(s)"
        );
        assert_eq!(parse_number_base(b"1", 1), None);
        assert_eq!(parse_number_base(b"1", 37), None);
    }

    #[test]
    fn shown_numbers_read_back() {
        for line in include_str!("../testdata/number_format.txt")
            .lines()
            .skip(1)
        {
            let (_, text) = line.split_once(' ').unwrap();
            let value = parse_number(text.as_bytes()).unwrap();
            let mut again = Vec::new();
            format_number(value, &mut again);
            assert_eq!(again, text.as_bytes());
        }
    }

    #[test]
    fn glibc_alternate_general_keeps_no_digits_after_a_carry() {
        let spec = |precision| PrintfSpec {
            alternate: true,
            precision: Some(precision),
            ..PrintfSpec::default()
        };
        let cases: &[(f64, usize, &str)] = &[
            (999.5, 3, "1.e+03"),
            (-99999.5, 5, "-1.e+05"),
            (9999.5, 4, "1.e+04"),
            (1000.0, 3, "1.00e+03"),
            (99.95, 3, "100."),
            (99999.95, 3, "1.00e+05"),
            (1e23, 23, "99999999999999991611392."),
        ];
        for &(n, precision, expected) in cases {
            let mut out = Vec::new();
            format_float(
                &spec(precision),
                FloatStyle::General { upper: false },
                n,
                &mut out,
            );
            assert_eq!(
                String::from_utf8(out).unwrap(),
                expected,
                "%#.{precision}g of {n}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]

        #[test]
        fn parsers_never_panic(bytes in proptest::collection::vec(proptest::prop_oneof![
            proptest::sample::select(b"0123456789abcdefxXpPeEinfINFtyYnN.+-() \t".to_vec()),
            proptest::num::u8::ANY,
        ], 0..30), base in 0u32..40) {
            let _ = parse_number(&bytes);
            let _ = parse_number_base(&bytes, base);
        }

        /// Every double reads back exactly from its %.17g-precision general form, and the
        /// %.14g form always parses.
        #[test]
        fn formatted_numbers_parse_back(n in proptest::num::f64::ANY) {
            let spec = PrintfSpec { precision: Some(17), ..PrintfSpec::default() };
            let mut out = Vec::new();
            format_float(&spec, FloatStyle::General { upper: false }, n, &mut out);
            let back = parse_number(&out).unwrap();
            proptest::prop_assert!(back.to_bits() == n.to_bits() || (n.is_nan() && back.is_nan()));
            out.clear();
            format_number(n, &mut out);
            proptest::prop_assert!(parse_number(&out).is_some());
        }
    }
}
