//! Numbers as Redis reads and writes them: strict integer parsing (`string2ll`), double
//! parsing that refuses NaN (`getDoubleFromObject`), `%.17g` doubles (sorted-set scores).

/// Parses a 64-bit integer the way Redis's `string2ll` does: optional `-`, digits, no `+`, no
/// spaces, no leading zeros (except `0` itself), nothing after the digits.
pub(crate) fn parse_integer(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    match digits {
        [b'0'] if !negative => return Some(0),
        [b'1'..=b'9', ..] if digits.iter().all(u8::is_ascii_digit) => {}
        _ => return None,
    }
    // Accumulate negatively so that i64::MIN parses without overflow.
    let mut value: i64 = 0;
    for &digit in digits {
        value = value
            .checked_mul(10)?
            .checked_sub(i64::from(digit - b'0'))?;
    }
    if negative {
        Some(value)
    } else {
        value.checked_neg()
    }
}

/// Parses a double the way Redis reads scores and increments: what C's `strtod` accepts over
/// the whole text (`inf`, `-inf`, exponents), but no leading space and no NaN.
pub(crate) fn parse_double(text: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(text).ok()?;
    let first = text.chars().next()?;
    if first.is_whitespace() {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if unsigned.len() + 1 < lower.len() {
        return None;
    }
    let negative = lower.starts_with('-');
    let value = match unsigned {
        "inf" | "infinity" => f64::INFINITY,
        _ if unsigned.contains("nan") || unsigned.contains("inf") => return None,
        _ if unsigned.starts_with("0x") => parse_hex_float(&unsigned[2..])?,
        _ => unsigned.parse::<f64>().ok()?,
    };
    if out_of_range(unsigned, value) {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// Parses a bound of a score range as Redis's `zslParseRange` does: plain `strtod` over the
/// whole text, so leading spaces pass, overflow is infinity and the empty text is 0; NaN is
/// refused.
pub(crate) fn parse_range_double(text: &[u8]) -> Option<f64> {
    let start = text
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r'))
        .unwrap_or(text.len());
    let text = &text[start..];
    if start == 0 && text.is_empty() {
        return Some(0.0);
    }
    let lower = std::str::from_utf8(text).ok()?.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if unsigned.len() + 1 < lower.len() || unsigned.contains("nan") {
        return None;
    }
    let value = match unsigned {
        "inf" | "infinity" => f64::INFINITY,
        _ if unsigned.contains("inf") => return None,
        _ if unsigned.starts_with("0x") => parse_hex_float(&unsigned[2..])?,
        _ => unsigned.parse::<f64>().ok()?,
    };
    Some(if lower.starts_with('-') {
        -value
    } else {
        value
    })
}

/// A value `SORT` sorts by (`strtod` over the whole text, then Redis refuses `ERANGE`).
pub(crate) fn parse_sort_double(text: &[u8]) -> Option<f64> {
    let value = parse_range_double(text)?;
    let lower = String::from_utf8_lossy(text)
        .trim_start()
        .to_ascii_lowercase();
    if out_of_range(lower.trim_start_matches(['+', '-']), value) {
        return None;
    }
    Some(value)
}

/// Whether `strtod` reports `ERANGE` for the number and Redis refuses it: overflow to infinity,
/// or underflow of a nonzero number to zero.
fn out_of_range(unsigned: &str, value: f64) -> bool {
    if unsigned.starts_with("inf") {
        return false;
    }
    let mantissa = match unsigned.strip_prefix("0x") {
        Some(hex) => hex.split('p').next().unwrap_or_default(),
        None => unsigned.split('e').next().unwrap_or_default(),
    };
    let nonzero = mantissa.chars().any(|c| c.is_ascii_hexdigit() && c != '0');
    value.is_infinite() || (value == 0.0 && nonzero)
}

/// The hexadecimal floats `strtod` accepts (`0x1p3`, `0x1.8`), without the `0x`.
fn parse_hex_float(text: &str) -> Option<f64> {
    let (mantissa, exponent) = match text.split_once('p') {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut value = 0.0f64;
    for digit in whole.chars() {
        value = value * 16.0 + f64::from(digit.to_digit(16)?);
    }
    let mut scale = 1.0 / 16.0;
    for digit in fraction.chars() {
        value += f64::from(digit.to_digit(16)?) * scale;
        scale /= 16.0;
    }
    Some(value * 2f64.powi(exponent))
}

/// A double as Redis 7.0 replies it over RESP2: `%.17g`, with `inf` / `-inf`.
pub fn format_double(value: f64) -> String {
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if value.is_nan() {
        return "nan".to_string();
    }
    format_general(value, 17)
}

/// C's `%.<precision>g` for a finite double.
fn format_general(value: f64, precision: usize) -> String {
    if value == 0.0 {
        return if value.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let scientific = format!("{:.*e}", precision - 1, value);
    let (mantissa, exponent) = scientific
        .split_once('e')
        .unwrap_or((scientific.as_str(), "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let precision = i32::try_from(precision).unwrap_or(17);
    if exponent < -4 || exponent >= precision {
        let mantissa = trim_fraction(mantissa);
        let sign = if exponent < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exponent.unsigned_abs())
    } else {
        let decimals = usize::try_from(precision - 1 - exponent).unwrap_or(0);
        trim_fraction(&format!("{value:.decimals$}")).to_string()
    }
}

/// Drops trailing zeros of a fraction, and the point if nothing is left after it.
fn trim_fraction(text: &str) -> &str {
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
    fn integers_parse_strictly() {
        assert_eq!(parse_integer(b"0"), Some(0));
        assert_eq!(parse_integer(b"-12"), Some(-12));
        assert_eq!(parse_integer(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_integer(b"-9223372036854775808"), Some(i64::MIN));
        for bad in [
            &b""[..],
            b"-",
            b"+1",
            b"01",
            b"-0",
            b" 1",
            b"1 ",
            b"1.0",
            b"9223372036854775808",
            b"abc",
        ] {
            assert_eq!(
                parse_integer(bad),
                None,
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn doubles_parse_like_strtod_without_nan() {
        assert_eq!(parse_double(b"1.5"), Some(1.5));
        assert_eq!(parse_double(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_double(b"+inf"), Some(f64::INFINITY));
        assert_eq!(parse_double(b"1e3"), Some(1000.0));
        assert_eq!(parse_double(b".5"), Some(0.5));
        assert_eq!(parse_double(b"0x10"), Some(16.0));
        assert_eq!(parse_double(b"0e-500"), Some(0.0));
        assert_eq!(parse_range_double(b""), Some(0.0));
        assert_eq!(parse_range_double(b" 1e400"), Some(f64::INFINITY));
        assert_eq!(parse_range_double(b"nan"), None);
        for bad in [
            &b"nan"[..],
            b"",
            b" 1",
            b"1 ",
            b"abc",
            b"--1",
            b"1e",
            b"1e400",
            b"1e-400",
        ] {
            assert_eq!(
                parse_double(bad),
                None,
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn doubles_format_as_percent_17g() {
        assert_eq!(format_double(1.1), "1.1000000000000001");
        assert_eq!(format_double(3.0), "3");
        assert_eq!(format_double(1e20), "1e+20");
        assert_eq!(format_double(0.1), "0.10000000000000001");
        assert_eq!(format_double(-2.5), "-2.5");
        assert_eq!(format_double(1e-5), "1.0000000000000001e-05");
        assert_eq!(format_double(f64::NEG_INFINITY), "-inf");
        assert_eq!(
            format_double(123456789012345678.0),
            "1.2345678901234568e+17"
        );
    }
}
