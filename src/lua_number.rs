//! Lua 5.1's number-to-string conversion (`LUA_NUMBER_FMT`, C's `%.14g`), written in Rust so
//! that every engine formats error values and reports numbers the same way.

/// Significant digits of `%.14g`.
const PRECISION: i32 = 14;

/// Formats `n` exactly as C's `printf("%.14g", n)` does with glibc, which is what Lua 5.1's
/// `tostring` prints: `nan`/`-nan` and `inf`/`-inf` keep their sign, and `-0` stays `-0`.
pub fn format_lua_number(n: f64) -> String {
    let sign = if n.is_sign_negative() { "-" } else { "" };
    if n.is_nan() {
        return format!("{sign}nan");
    }
    if n.is_infinite() {
        return format!("{sign}inf");
    }
    if n == 0.0 {
        return format!("{sign}0");
    }
    // Round to the precision first: the exponent of the rounded value decides the style.
    let scientific = format!("{:.*e}", (PRECISION - 1) as usize, n.abs());
    let Some((mantissa, exponent)) = scientific.split_once('e') else {
        return scientific;
    };
    let exponent: i32 = exponent.parse().unwrap_or(0);
    if (-4..PRECISION).contains(&exponent) {
        let decimals = (PRECISION - 1 - exponent).max(0) as usize;
        let fixed = format!("{:.*}", decimals, n.abs());
        format!("{sign}{}", strip_trailing_zeros(&fixed))
    } else {
        let exponent_sign = if exponent < 0 { '-' } else { '+' };
        format!(
            "{sign}{}e{exponent_sign}{:02}",
            strip_trailing_zeros(mantissa),
            exponent.abs()
        )
    }
}

/// `%g` drops trailing zeros of the fraction, and the point when nothing follows it.
fn strip_trailing_zeros(digits: &str) -> &str {
    if digits.contains('.') {
        digits.trim_end_matches('0').trim_end_matches('.')
    } else {
        digits
    }
}

#[cfg(test)]
mod tests {
    use super::format_lua_number;

    #[test]
    fn matches_printf_on_known_values() {
        let cases: [(f64, &str); 16] = [
            (1.0, "1"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (1e15, "1e+15"),
            (1e14, "1e+14"),
            (123456789012345.0, "1.2345678901234e+14"),
            (12345678901234.0, "12345678901234"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.0 / 3.0, "0.33333333333333"),
            (2f64.powi(53), "9.007199254741e+15"),
            (-0.0, "-0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (1e300, "1e+300"),
            (99999999999999.5, "1e+14"),
        ];
        for (value, expected) in cases {
            assert_eq!(format_lua_number(value), expected, "formatting {value:?}");
        }
        assert_eq!(format_lua_number(f64::NAN), "nan");
        assert_eq!(format_lua_number(-f64::NAN), "-nan");
    }
}
