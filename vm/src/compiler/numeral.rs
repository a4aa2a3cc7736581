//! Lua 5.1 numerals: text to number as `luaO_str2d` does it (C `strtod` as glibc implements
//! it, then only trailing white space allowed) and number to text as `"%.14g"` prints it.
//!
//! Both directions are byte-exact with PUC-Rio Lua 5.1 on x86_64 Linux, because listings,
//! `tostring` and `tonumber` results are compared with the reference implementation.

/// C's `isspace` in the "C" locale.
pub fn is_c_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Converts `text` as `luaO_str2d` does: the whole text (up to the first NUL byte, since
/// the C function sees a C string) must be a numeral, with optional surrounding white space.
/// Accepts decimal and hexadecimal numerals, `inf`/`nan` spellings, and hexadecimal
/// floating-point (`0x1p4`), because glibc's `strtod` does.
pub fn str_to_number(text: &[u8]) -> Option<f64> {
    let text = match text.iter().position(|&b| b == 0) {
        Some(nul) => &text[..nul],
        None => text,
    };
    let (value, consumed) = strtod(text)?;
    // luaO_str2d retries with strtoul when strtod stops at an 'x'; with glibc's strtod that
    // retry can never reach the end of the text (strtod already reads every hexadecimal
    // form strtoul would), so the retry is not modelled.
    if text[consumed..].iter().all(|&b| is_c_space(b)) {
        Some(value)
    } else {
        None
    }
}

/// The longest prefix of `text` that glibc's `strtod` converts: `(value, bytes consumed)`,
/// or `None` when no conversion can be performed.
fn strtod(text: &[u8]) -> Option<(f64, usize)> {
    let mut pos = 0;
    while pos < text.len() && is_c_space(text[pos]) {
        pos += 1;
    }
    let negative = match text.get(pos) {
        Some(b'-') => {
            pos += 1;
            true
        }
        Some(b'+') => {
            pos += 1;
            false
        }
        _ => false,
    };
    let (magnitude, end) = parse_unsigned(text, pos)?;
    Some((if negative { -magnitude } else { magnitude }, end))
}

fn starts_with_ignore_case(text: &[u8], at: usize, word: &[u8]) -> bool {
    text.len() >= at + word.len() && text[at..at + word.len()].eq_ignore_ascii_case(word)
}

fn parse_unsigned(text: &[u8], start: usize) -> Option<(f64, usize)> {
    if starts_with_ignore_case(text, start, b"infinity") {
        return Some((f64::INFINITY, start + 8));
    }
    if starts_with_ignore_case(text, start, b"inf") {
        return Some((f64::INFINITY, start + 3));
    }
    if starts_with_ignore_case(text, start, b"nan") {
        let mut end = start + 3;
        // "nan(chars)" consumes the parenthesised part only when it is well formed.
        if text.get(end) == Some(&b'(') {
            let mut probe = end + 1;
            while probe < text.len() && (text[probe].is_ascii_alphanumeric() || text[probe] == b'_')
            {
                probe += 1;
            }
            if text.get(probe) == Some(&b')') {
                end = probe + 1;
            }
        }
        return Some((f64::NAN, end));
    }
    if text.get(start) == Some(&b'0') && matches!(text.get(start + 1), Some(b'x' | b'X')) {
        if let Some(hex) = parse_hex(text, start + 2) {
            return Some(hex);
        }
        // "0x" without hexadecimal digits: only the "0" is a numeral.
        return Some((0.0, start + 1));
    }
    parse_decimal(text, start)
}

fn parse_decimal(text: &[u8], start: usize) -> Option<(f64, usize)> {
    let mut pos = start;
    let mut digits = 0;
    while pos < text.len() && text[pos].is_ascii_digit() {
        pos += 1;
        digits += 1;
    }
    if text.get(pos) == Some(&b'.') {
        pos += 1;
        while pos < text.len() && text[pos].is_ascii_digit() {
            pos += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if matches!(text.get(pos), Some(b'e' | b'E')) {
        let mut probe = pos + 1;
        if matches!(text.get(probe), Some(b'+' | b'-')) {
            probe += 1;
        }
        if text.get(probe).is_some_and(|b| b.is_ascii_digit()) {
            while probe < text.len() && text[probe].is_ascii_digit() {
                probe += 1;
            }
            pos = probe;
        }
    }
    // The accepted prefix is plain ASCII in a grammar Rust's parser also accepts, and Rust
    // rounds correctly, as glibc does.
    let literal = std::str::from_utf8(&text[start..pos]).ok()?;
    let value = literal.parse::<f64>().ok()?;
    Some((value, pos))
}

/// Hexadecimal significand after "0x", with optional fraction and binary exponent `p`.
fn parse_hex(text: &[u8], start: usize) -> Option<(f64, usize)> {
    const KEEP_LIMIT: u64 = 1 << 60;
    let mut pos = start;
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut sticky = false;
    let mut digits = 0;
    let mut push_digit = |digit: u64, fractional: bool, mantissa: &mut u64, exponent: &mut i64| {
        if *mantissa < KEEP_LIMIT {
            *mantissa = *mantissa * 16 + digit;
            if fractional {
                *exponent -= 4;
            }
        } else {
            sticky |= digit != 0;
            if !fractional {
                *exponent += 4;
            }
        }
    };
    while let Some(digit) = text.get(pos).and_then(|b| (*b as char).to_digit(16)) {
        push_digit(u64::from(digit), false, &mut mantissa, &mut exponent);
        pos += 1;
        digits += 1;
    }
    if text.get(pos) == Some(&b'.') {
        let mut probe = pos + 1;
        let mut fraction_digits = 0;
        while let Some(digit) = text.get(probe).and_then(|b| (*b as char).to_digit(16)) {
            push_digit(u64::from(digit), true, &mut mantissa, &mut exponent);
            probe += 1;
            fraction_digits += 1;
        }
        if digits + fraction_digits > 0 {
            pos = probe;
            digits += fraction_digits;
        }
    }
    if digits == 0 {
        return None;
    }
    if matches!(text.get(pos), Some(b'p' | b'P')) {
        let mut probe = pos + 1;
        let negative = match text.get(probe) {
            Some(b'-') => {
                probe += 1;
                true
            }
            Some(b'+') => {
                probe += 1;
                false
            }
            _ => false,
        };
        if text.get(probe).is_some_and(|b| b.is_ascii_digit()) {
            let mut value: i64 = 0;
            while let Some(b) = text.get(probe).filter(|b| b.is_ascii_digit()) {
                // Saturate: anything beyond this range is already infinity or zero.
                value = (value * 10 + i64::from(b - b'0')).min(1 << 40);
                probe += 1;
            }
            exponent += if negative { -value } else { value };
            pos = probe;
        }
    }
    Some((compose_binary(mantissa, exponent, sticky), pos))
}

/// `mantissa * 2^exponent` (plus a nonzero tail below the mantissa when `sticky`), rounded
/// to nearest-even as an IEEE double.
fn compose_binary(mantissa: u64, exponent: i64, sticky: bool) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let width = 64 - i64::from(mantissa.leading_zeros());
    let top = exponent + width - 1;
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exponent;
    let mut significand = if shift <= 0 {
        // A normal result keeps 53 bits, so at most 52 bits of left shift are needed.
        mantissa << (-shift)
    } else if shift > 64 {
        // The whole mantissa lies below half of the smallest representable step.
        0
    } else {
        let wide = u128::from(mantissa);
        let kept = (wide >> shift) as u64;
        let dropped = wide & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let round_up = dropped > half || (dropped == half && (sticky || kept & 1 == 1));
        kept + u64::from(round_up)
    };
    let mut lsb = lsb;
    if significand == 1 << 53 {
        significand >>= 1;
        lsb += 1;
    }
    if lsb + 52 > 1023 {
        return f64::INFINITY;
    }
    if significand < 1 << 52 {
        // Subnormal (only reachable with lsb == -1074): the exponent field is zero.
        return f64::from_bits(significand);
    }
    let biased = (lsb + 52 + 1023) as u64;
    f64::from_bits((biased << 52) | (significand & ((1u64 << 52) - 1)))
}

/// Formats `value` as C's `printf("%.14g", value)` does (Lua 5.1's `LUA_NUMBER_FMT`).
pub fn format_number(value: f64) -> String {
    if value.is_nan() {
        return if value.is_sign_negative() {
            "-nan"
        } else {
            "nan"
        }
        .to_string();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    if value == 0.0 {
        return if value.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    const PRECISION: i32 = 14;
    let scientific = format!("{:.*e}", (PRECISION - 1) as usize, value);
    let (mantissa, exponent) = match scientific.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (scientific.as_str(), 0),
    };
    if !(-4..PRECISION).contains(&exponent) {
        let mantissa = trim_fraction_zeros(mantissa);
        let sign = if exponent < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", mantissa, sign, exponent.abs())
    } else {
        let decimals = (PRECISION - 1 - exponent) as usize;
        trim_fraction_zeros(&format!("{:.*}", decimals, value)).to_string()
    }
}

fn trim_fraction_zeros(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_forms() {
        assert_eq!(str_to_number(b"10"), Some(10.0));
        assert_eq!(str_to_number(b" 1.5e3 "), Some(1500.0));
        assert_eq!(str_to_number(b".5"), Some(0.5));
        assert_eq!(str_to_number(b"5."), Some(5.0));
        assert_eq!(str_to_number(b"1e"), None);
        assert_eq!(str_to_number(b"3x"), None);
        assert_eq!(str_to_number(b"1..2"), None);
        assert_eq!(str_to_number(b""), None);
        assert_eq!(str_to_number(b"  "), None);
        assert_eq!(str_to_number(b"1e999"), Some(f64::INFINITY));
        assert_eq!(str_to_number(b"-inf"), Some(f64::NEG_INFINITY));
        assert!(str_to_number(b"nan").is_some_and(f64::is_nan));
        assert_eq!(str_to_number(b"1\0garbage"), Some(1.0));
    }

    #[test]
    fn hexadecimal_forms() {
        assert_eq!(str_to_number(b"0x10"), Some(16.0));
        assert_eq!(str_to_number(b"0XfF"), Some(255.0));
        assert_eq!(str_to_number(b"0x"), None);
        assert_eq!(str_to_number(b"0x1p4"), Some(16.0));
        assert_eq!(str_to_number(b"0x1.8"), Some(1.5));
        assert_eq!(str_to_number(b"0x1p-1074"), Some(f64::from_bits(1)));
        assert_eq!(str_to_number(b"0x1p1024"), Some(f64::INFINITY));
        assert_eq!(str_to_number(b"0xfffffffffffffffff"), Some(2.0f64.powi(68)));
        assert_eq!(str_to_number(b"0x1fffffffffffff"), Some(9007199254740991.0));
        // Ties round to even: 2^53 + 1 is halfway between 2^53 and 2^53 + 2.
        assert_eq!(str_to_number(b"0x20000000000001"), Some(9007199254740992.0));
        assert_eq!(str_to_number(b"0x20000000000003"), Some(9007199254740996.0));
    }

    #[test]
    fn percent_14g() {
        assert_eq!(format_number(1.0), "1");
        assert_eq!(format_number(-0.0), "-0");
        assert_eq!(format_number(0.1), "0.1");
        assert_eq!(format_number(1e15), "1e+15");
        assert_eq!(format_number(123456789012345.0), "1.2345678901234e+14");
        assert_eq!(format_number(12345678901234.0), "12345678901234");
        assert_eq!(format_number(1e-5), "1e-05");
        assert_eq!(format_number(0.0001), "0.0001");
        assert_eq!(format_number(1.0 / 3.0), "0.33333333333333");
        assert_eq!(format_number(f64::INFINITY), "inf");
        assert_eq!(format_number(2.0f64.powi(63)), "9.2233720368548e+18");
    }
}
