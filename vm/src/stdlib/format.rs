//! The engine of `string.format`, byte for byte as Lua 5.1.5 on x86_64 glibc.
//!
//! 5.1 hands each conversion to C's `sprintf` after casting the Lua number: `%d %i` to
//! `long long`, `%o %u %x %X` to `unsigned long long`, `%c` to `int`, and `%e %E %f %g %G`
//! stay doubles. Those casts are undefined in C for out-of-range values; this module
//! reproduces what the x86_64 instructions gcc emits for them give (e.g. `%d` of `1e100`
//! is `-9223372036854775808`, `%x` of `-1` is `ffffffffffffffff`, `%x` of `2^64` is `0`).
//! Because sprintf writes a C string, a conversion's output ends at a zero byte it
//! contains (`%c` of 0 adds nothing; `%s` of "a\0b" adds "a"), except `%q` and a `%s`
//! without precision of a string of 100 bytes or more, which 5.1 copies whole.
//!
//! Values come from the caller through [`FormatArgs`], which converts Lua values and
//! raises argument errors the way the library glue wants.

use std::borrow::Cow;

use crate::number::{format_float, pad_field, FloatStyle, PrintfSpec};

/// The flag characters 5.1 accepts (`FLAGS`); at most 5 of them, repeats included.
const FLAGS: &[u8] = b"-+ #0";

/// A `%s` string at least this long, without precision, is copied whole (5.1 avoids its
/// 512-byte sprintf buffer that way).
const LONG_STRING: usize = 100;

/// The format arguments, as the library glue provides them. `arg` is the 1-based index of
/// a value after the format string (Lua reports it as argument `arg + 1`). Every method
/// is called in the order 5.1 evaluates arguments, so the first error is the one 5.1 raises.
pub trait FormatArgs {
    type Error;

    /// Called once for every conversion before anything else: fails with 5.1's
    /// "bad argument #<arg+1> to 'format' (no value)" when there is no value `arg`.
    fn require(&mut self, arg: usize) -> Result<(), Self::Error>;

    /// The value as a number (`luaL_checknumber`: numbers and numeric strings).
    fn number(&mut self, arg: usize) -> Result<f64, Self::Error>;

    /// The value as a string for `%s` and `%q` (`luaL_checklstring`: strings, and numbers
    /// converted with their `tostring` text; 5.1 does not call `__tostring` here).
    fn string(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, Self::Error>;

    /// An error with this message about the format itself (e.g. "invalid option '%y' to
    /// 'format'"); 5.1 prefixes the caller's position as `luaL_error` does. The message is
    /// bytes because it quotes a byte of the format.
    fn format_error(&mut self, message: Vec<u8>) -> Self::Error;
}

/// `string.format(fmt, ...)`: formats the arguments, appending them to `out` (a reused
/// buffer).
pub fn format_into<A: FormatArgs>(
    fmt: &[u8],
    args: &mut A,
    out: &mut Vec<u8>,
) -> Result<(), A::Error> {
    let mut arg = 0;
    let mut at = 0;
    while at < fmt.len() {
        let byte = fmt[at];
        at += 1;
        if byte != b'%' {
            out.push(byte);
            continue;
        }
        if fmt.get(at) == Some(&b'%') {
            out.push(b'%');
            at += 1;
            continue;
        }
        arg += 1;
        args.require(arg)?;
        let (spec, conversion, next) =
            scan_spec(fmt, at).map_err(|message| args.format_error(message.to_vec()))?;
        at = next;
        format_one(&spec, conversion, arg, args, out)?;
    }
    Ok(())
}

/// Reads the flags, width and precision after a `%` at `at` as 5.1's `scanformat` does;
/// returns them, the conversion byte (0 at the end of the format, as C reads its
/// terminator) and the position after it.
fn scan_spec(fmt: &[u8], at: usize) -> Result<(PrintfSpec, u8, usize), &'static [u8]> {
    let byte = |i: usize| fmt.get(i).copied().unwrap_or(0);
    let mut spec = PrintfSpec::default();
    let mut at = at;
    let flags_start = at;
    while byte(at) != 0 && FLAGS.contains(&byte(at)) {
        match byte(at) {
            b'-' => spec.left_align = true,
            b'+' => spec.force_sign = true,
            b' ' => spec.space_sign = true,
            b'#' => spec.alternate = true,
            _ => spec.zero_pad = true,
        }
        at += 1;
    }
    if at - flags_start > FLAGS.len() {
        return Err(b"invalid format (repeated flags)");
    }
    let read_two_digits = |at: &mut usize| {
        let mut value = 0;
        for _ in 0..2 {
            if byte(*at).is_ascii_digit() {
                value = value * 10 + usize::from(byte(*at) - b'0');
                *at += 1;
            }
        }
        value
    };
    spec.width = read_two_digits(&mut at);
    if byte(at) == b'.' {
        at += 1;
        spec.precision = Some(read_two_digits(&mut at));
    }
    if byte(at).is_ascii_digit() {
        return Err(b"invalid format (width or precision too long)");
    }
    Ok((spec, byte(at), at + 1))
}

/// Appends one conversion of argument `arg`.
fn format_one<A: FormatArgs>(
    spec: &PrintfSpec,
    conversion: u8,
    arg: usize,
    args: &mut A,
    out: &mut Vec<u8>,
) -> Result<(), A::Error> {
    let start = out.len();
    match conversion {
        b'c' => {
            let code = c_int_cast(args.number(arg)?);
            // `%c` prints the low byte of the int.
            out.push(code as u8);
            pad_field(out, start, 0, spec, false);
            truncate_at_zero(out, start);
        }
        b'd' | b'i' => format_signed(spec, c_long_long_cast(args.number(arg)?), out),
        b'o' | b'u' | b'x' | b'X' => {
            let value = c_unsigned_long_long_cast(args.number(arg)?);
            format_unsigned(spec, conversion, value, out);
        }
        b'e' | b'E' | b'f' | b'g' | b'G' => {
            let style = match conversion {
                b'e' => FloatStyle::Exponent { upper: false },
                b'E' => FloatStyle::Exponent { upper: true },
                b'f' => FloatStyle::Fixed,
                b'g' => FloatStyle::General { upper: false },
                _ => FloatStyle::General { upper: true },
            };
            format_float(spec, style, args.number(arg)?, out);
        }
        b'q' => quote(&args.string(arg)?, out),
        b's' => {
            let text = args.string(arg)?;
            if spec.precision.is_none() && text.len() >= LONG_STRING {
                out.extend_from_slice(&text);
            } else {
                let c_text = text
                    .iter()
                    .position(|&b| b == 0)
                    .map_or(&text[..], |nul| &text[..nul]);
                let shown = spec
                    .precision
                    .map_or(c_text, |max| &c_text[..max.min(c_text.len())]);
                out.extend_from_slice(shown);
                pad_field(out, start, 0, spec, false);
            }
        }
        _ => {
            let mut message = b"invalid option '%".to_vec();
            // 5.1 builds the message as a C string, so a zero byte shows as nothing.
            if conversion != 0 {
                message.push(conversion);
            }
            message.extend_from_slice(b"' to 'format'");
            return Err(args.format_error(message));
        }
    }
    Ok(())
}

/// Drops what follows a zero byte written since `start`: sprintf's output is a C string.
fn truncate_at_zero(out: &mut Vec<u8>, start: usize) {
    if let Some(nul) = out[start..].iter().position(|&b| b == 0) {
        out.truncate(start + nul);
    }
}

/// `(int)n` as x86_64's `cvttsd2si` computes it: truncation, and `INT_MIN` for NaN and
/// out-of-range values.
fn c_int_cast(n: f64) -> i32 {
    if n > -2_147_483_649.0 && n < 2_147_483_648.0 {
        n as i32
    } else {
        i32::MIN
    }
}

/// 2^63 as a double.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// `(long long)n` on x86_64: truncation, and `LLONG_MIN` for NaN and out-of-range values.
fn c_long_long_cast(n: f64) -> i64 {
    if (-TWO_POW_63..TWO_POW_63).contains(&n) {
        n as i64
    } else {
        i64::MIN
    }
}

/// `(unsigned long long)n` as gcc compiles it for x86_64: below 2^63 (and NaN) through
/// the signed conversion (so `-1` becomes 2^64-1), otherwise by converting `n - 2^63` and
/// setting the top bit (so 2^64 and beyond become 0).
fn c_unsigned_long_long_cast(n: f64) -> u64 {
    if n >= TWO_POW_63 {
        (c_long_long_cast(n - TWO_POW_63) as u64) ^ (1 << 63)
    } else {
        c_long_long_cast(n) as u64
    }
}

/// Decimal, octal or hexadecimal digits of `value`, most significant first, into `buffer`.
fn digits_in(value: u64, radix: u64, upper: bool, buffer: &mut [u8; 24]) -> &[u8] {
    let symbols: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut at = buffer.len();
    let mut rest = value;
    loop {
        at -= 1;
        buffer[at] = symbols[(rest % radix) as usize];
        rest /= radix;
        if rest == 0 {
            break;
        }
    }
    &buffer[at..]
}

/// Appends the digits with printf's precision: at least that many (leading zeros), and
/// none at all for a zero value with precision 0.
fn push_digits(spec: &PrintfSpec, value: u64, digits: &[u8], out: &mut Vec<u8>) {
    match spec.precision {
        Some(0) if value == 0 => {}
        Some(precision) => {
            out.extend(std::iter::repeat_n(
                b'0',
                precision.saturating_sub(digits.len()),
            ));
            out.extend_from_slice(digits);
        }
        None => out.extend_from_slice(digits),
    }
}

/// `%d`/`%i` of a `long long`.
fn format_signed(spec: &PrintfSpec, value: i64, out: &mut Vec<u8>) {
    let start = out.len();
    out.extend_from_slice(spec.sign(value < 0));
    let sign_len = out.len() - start;
    let magnitude = value.unsigned_abs();
    let mut buffer = [0; 24];
    push_digits(
        spec,
        magnitude,
        digits_in(magnitude, 10, false, &mut buffer),
        out,
    );
    // With a precision, `0` no longer pads (the precision already gave the zeros).
    pad_field(
        out,
        start,
        sign_len,
        spec,
        spec.zero_pad && spec.precision.is_none(),
    );
}

/// `%o %u %x %X` of an `unsigned long long` (sign flags do not apply).
fn format_unsigned(spec: &PrintfSpec, conversion: u8, value: u64, out: &mut Vec<u8>) {
    let start = out.len();
    let (radix, upper) = match conversion {
        b'o' => (8, false),
        b'x' => (16, false),
        b'X' => (16, true),
        _ => (10, false),
    };
    if spec.alternate && radix == 16 && value != 0 {
        out.extend_from_slice(if upper { b"0X" } else { b"0x" });
    }
    let prefix_len = out.len() - start;
    let mut buffer = [0; 24];
    let digits_start = out.len();
    push_digits(
        spec,
        value,
        digits_in(value, radix, upper, &mut buffer),
        out,
    );
    // `#` with `%o` makes sure the number starts with a zero.
    if spec.alternate && radix == 8 && out.get(digits_start) != Some(&b'0') {
        out.insert(digits_start, b'0');
    }
    pad_field(
        out,
        start,
        prefix_len,
        spec,
        spec.zero_pad && spec.precision.is_none(),
    );
}

/// `%q`: the string in double quotes, readable back by Lua (5.1's `addquoted`); flags,
/// width and precision are ignored.
fn quote(text: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for &byte in text {
        match byte {
            b'"' | b'\\' | b'\n' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            0 => out.extend_from_slice(b"\\000"),
            _ => out.push(byte),
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::{format_number, parse_number};
    use crate::stdlib::recorded_cases::escape;

    /// The formatted string, in a buffer of its own.
    fn format<A: FormatArgs>(fmt: &[u8], args: &mut A) -> Result<Vec<u8>, A::Error> {
        let mut out = Vec::new();
        format_into(fmt, args, &mut out)?;
        Ok(out)
    }

    /// A Lua value passed to string.format in the recorded cases.
    enum Value {
        /// A number, as lua5.1 printed it with `%.17g`.
        N(&'static str),
        S(&'static [u8]),
        Nil,
        Bool,
        Table,
    }
    use Value::{Bool, Nil, Table, N, S};

    /// Converts values as 5.1's `luaL_checknumber`/`luaL_checklstring` would, with the
    /// messages `pcall(string.format, ...)` shows (the function name is `?` there).
    struct Values(&'static [Value]);

    impl Values {
        fn type_name(value: &Value) -> &'static str {
            match value {
                N(_) => "number",
                S(_) => "string",
                Nil => "nil",
                Bool => "boolean",
                Table => "table",
            }
        }

        fn bad(&self, arg: usize, expected: &str) -> String {
            let got = Self::type_name(&self.0[arg - 1]);
            format!(
                "bad argument #{} to '?' ({expected} expected, got {got})",
                arg + 1
            )
        }
    }

    impl FormatArgs for Values {
        type Error = String;

        fn require(&mut self, arg: usize) -> Result<(), String> {
            if arg > self.0.len() {
                return Err(format!("bad argument #{} to '?' (no value)", arg + 1));
            }
            Ok(())
        }

        fn number(&mut self, arg: usize) -> Result<f64, String> {
            match &self.0[arg - 1] {
                N(text) => Ok(parse_number(text.as_bytes()).unwrap()),
                S(bytes) => parse_number(bytes).ok_or_else(|| self.bad(arg, "number")),
                _ => Err(self.bad(arg, "number")),
            }
        }

        fn string(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, String> {
            match &self.0[arg - 1] {
                N(text) => {
                    let mut shown = Vec::new();
                    format_number(parse_number(text.as_bytes()).unwrap(), &mut shown);
                    Ok(Cow::Owned(shown))
                }
                S(bytes) => Ok(Cow::Borrowed(bytes)),
                _ => Err(self.bad(arg, "string")),
            }
        }

        fn format_error(&mut self, message: Vec<u8>) -> String {
            String::from_utf8_lossy(&message).into_owned()
        }
    }

    /// `pcall(string.format, fmt, ...)` results from lua5.1: integer conversions with
    /// every flag over awkward numbers (negative, huge, inf, nan), `%s`/`%q` over strings
    /// with zero bytes and long ones, and every error.
    #[test]
    fn format_agrees_with_lua51() {
        #[rustfmt::skip]
        let cases: &[(&[u8], &[Value], &str)] = &[
        (b"%d", &[N("0")], "ok: 0"),
        (b"%d", &[N("0")], "ok: 0"),
        (b"%d", &[N("1")], "ok: 1"),
        (b"%d", &[N("-1")], "ok: -1"),
        (b"%d", &[N("5")], "ok: 5"),
        (b"%d", &[N("-5")], "ok: -5"),
        (b"%d", &[N("3.7000000000000002")], "ok: 3"),
        (b"%d", &[N("-3.7000000000000002")], "ok: -3"),
        (b"%d", &[N("255")], "ok: 255"),
        (b"%d", &[N("65")], "ok: 65"),
        (b"%d", &[N("2147483648")], "ok: 2147483648"),
        (b"%d", &[N("4294967361")], "ok: 4294967361"),
        (b"%d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%d", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%d", &[N("0.5")], "ok: 0"),
        (b"%d", &[N("123456789")], "ok: 123456789"),
        (b"%d", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%i", &[N("0")], "ok: 0"),
        (b"%i", &[N("0")], "ok: 0"),
        (b"%i", &[N("1")], "ok: 1"),
        (b"%i", &[N("-1")], "ok: -1"),
        (b"%i", &[N("5")], "ok: 5"),
        (b"%i", &[N("-5")], "ok: -5"),
        (b"%i", &[N("3.7000000000000002")], "ok: 3"),
        (b"%i", &[N("-3.7000000000000002")], "ok: -3"),
        (b"%i", &[N("255")], "ok: 255"),
        (b"%i", &[N("65")], "ok: 65"),
        (b"%i", &[N("2147483648")], "ok: 2147483648"),
        (b"%i", &[N("4294967361")], "ok: 4294967361"),
        (b"%i", &[N("-2147483648")], "ok: -2147483648"),
        (b"%i", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%i", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%i", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%i", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%i", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%i", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%i", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%i", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%i", &[N("inf")], "ok: -9223372036854775808"),
        (b"%i", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%i", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%i", &[N("nan")], "ok: -9223372036854775808"),
        (b"%i", &[N("0.5")], "ok: 0"),
        (b"%i", &[N("123456789")], "ok: 123456789"),
        (b"%i", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%5d", &[N("0")], "ok:     0"),
        (b"%5d", &[N("0")], "ok:     0"),
        (b"%5d", &[N("1")], "ok:     1"),
        (b"%5d", &[N("-1")], "ok:    -1"),
        (b"%5d", &[N("5")], "ok:     5"),
        (b"%5d", &[N("-5")], "ok:    -5"),
        (b"%5d", &[N("3.7000000000000002")], "ok:     3"),
        (b"%5d", &[N("-3.7000000000000002")], "ok:    -3"),
        (b"%5d", &[N("255")], "ok:   255"),
        (b"%5d", &[N("65")], "ok:    65"),
        (b"%5d", &[N("2147483648")], "ok: 2147483648"),
        (b"%5d", &[N("4294967361")], "ok: 4294967361"),
        (b"%5d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%5d", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%5d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%5d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%5d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%5d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%5d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%5d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%5d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%5d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%5d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%5d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%5d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%5d", &[N("0.5")], "ok:     0"),
        (b"%5d", &[N("123456789")], "ok: 123456789"),
        (b"%5d", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%-5d|", &[N("0")], "ok: 0    |"),
        (b"%-5d|", &[N("0")], "ok: 0    |"),
        (b"%-5d|", &[N("1")], "ok: 1    |"),
        (b"%-5d|", &[N("-1")], "ok: -1   |"),
        (b"%-5d|", &[N("5")], "ok: 5    |"),
        (b"%-5d|", &[N("-5")], "ok: -5   |"),
        (b"%-5d|", &[N("3.7000000000000002")], "ok: 3    |"),
        (b"%-5d|", &[N("-3.7000000000000002")], "ok: -3   |"),
        (b"%-5d|", &[N("255")], "ok: 255  |"),
        (b"%-5d|", &[N("65")], "ok: 65   |"),
        (b"%-5d|", &[N("2147483648")], "ok: 2147483648|"),
        (b"%-5d|", &[N("4294967361")], "ok: 4294967361|"),
        (b"%-5d|", &[N("-2147483648")], "ok: -2147483648|"),
        (b"%-5d|", &[N("9007199254740992")], "ok: 9007199254740992|"),
        (b"%-5d|", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("1e+20")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("-1e+20")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("1e+100")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("inf")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("-inf")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("-nan")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("nan")], "ok: -9223372036854775808|"),
        (b"%-5d|", &[N("0.5")], "ok: 0    |"),
        (b"%-5d|", &[N("123456789")], "ok: 123456789|"),
        (b"%-5d|", &[N("4294967296.5")], "ok: 4294967296|"),
        (b"%05d", &[N("0")], "ok: 00000"),
        (b"%05d", &[N("0")], "ok: 00000"),
        (b"%05d", &[N("1")], "ok: 00001"),
        (b"%05d", &[N("-1")], "ok: -0001"),
        (b"%05d", &[N("5")], "ok: 00005"),
        (b"%05d", &[N("-5")], "ok: -0005"),
        (b"%05d", &[N("3.7000000000000002")], "ok: 00003"),
        (b"%05d", &[N("-3.7000000000000002")], "ok: -0003"),
        (b"%05d", &[N("255")], "ok: 00255"),
        (b"%05d", &[N("65")], "ok: 00065"),
        (b"%05d", &[N("2147483648")], "ok: 2147483648"),
        (b"%05d", &[N("4294967361")], "ok: 4294967361"),
        (b"%05d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%05d", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%05d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%05d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%05d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%05d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%05d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%05d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%05d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%05d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%05d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%05d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%05d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%05d", &[N("0.5")], "ok: 00000"),
        (b"%05d", &[N("123456789")], "ok: 123456789"),
        (b"%05d", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%+d", &[N("0")], "ok: +0"),
        (b"%+d", &[N("0")], "ok: +0"),
        (b"%+d", &[N("1")], "ok: +1"),
        (b"%+d", &[N("-1")], "ok: -1"),
        (b"%+d", &[N("5")], "ok: +5"),
        (b"%+d", &[N("-5")], "ok: -5"),
        (b"%+d", &[N("3.7000000000000002")], "ok: +3"),
        (b"%+d", &[N("-3.7000000000000002")], "ok: -3"),
        (b"%+d", &[N("255")], "ok: +255"),
        (b"%+d", &[N("65")], "ok: +65"),
        (b"%+d", &[N("2147483648")], "ok: +2147483648"),
        (b"%+d", &[N("4294967361")], "ok: +4294967361"),
        (b"%+d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%+d", &[N("9007199254740992")], "ok: +9007199254740992"),
        (b"%+d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%+d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%+d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%+d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%+d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%+d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%+d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%+d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%+d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%+d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%+d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%+d", &[N("0.5")], "ok: +0"),
        (b"%+d", &[N("123456789")], "ok: +123456789"),
        (b"%+d", &[N("4294967296.5")], "ok: +4294967296"),
        (b"% d", &[N("0")], "ok:  0"),
        (b"% d", &[N("0")], "ok:  0"),
        (b"% d", &[N("1")], "ok:  1"),
        (b"% d", &[N("-1")], "ok: -1"),
        (b"% d", &[N("5")], "ok:  5"),
        (b"% d", &[N("-5")], "ok: -5"),
        (b"% d", &[N("3.7000000000000002")], "ok:  3"),
        (b"% d", &[N("-3.7000000000000002")], "ok: -3"),
        (b"% d", &[N("255")], "ok:  255"),
        (b"% d", &[N("65")], "ok:  65"),
        (b"% d", &[N("2147483648")], "ok:  2147483648"),
        (b"% d", &[N("4294967361")], "ok:  4294967361"),
        (b"% d", &[N("-2147483648")], "ok: -2147483648"),
        (b"% d", &[N("9007199254740992")], "ok:  9007199254740992"),
        (b"% d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"% d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"% d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"% d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"% d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"% d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"% d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"% d", &[N("inf")], "ok: -9223372036854775808"),
        (b"% d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"% d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"% d", &[N("nan")], "ok: -9223372036854775808"),
        (b"% d", &[N("0.5")], "ok:  0"),
        (b"% d", &[N("123456789")], "ok:  123456789"),
        (b"% d", &[N("4294967296.5")], "ok:  4294967296"),
        (b"%+ d", &[N("0")], "ok: +0"),
        (b"%+ d", &[N("0")], "ok: +0"),
        (b"%+ d", &[N("1")], "ok: +1"),
        (b"%+ d", &[N("-1")], "ok: -1"),
        (b"%+ d", &[N("5")], "ok: +5"),
        (b"%+ d", &[N("-5")], "ok: -5"),
        (b"%+ d", &[N("3.7000000000000002")], "ok: +3"),
        (b"%+ d", &[N("-3.7000000000000002")], "ok: -3"),
        (b"%+ d", &[N("255")], "ok: +255"),
        (b"%+ d", &[N("65")], "ok: +65"),
        (b"%+ d", &[N("2147483648")], "ok: +2147483648"),
        (b"%+ d", &[N("4294967361")], "ok: +4294967361"),
        (b"%+ d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%+ d", &[N("9007199254740992")], "ok: +9007199254740992"),
        (b"%+ d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%+ d", &[N("0.5")], "ok: +0"),
        (b"%+ d", &[N("123456789")], "ok: +123456789"),
        (b"%+ d", &[N("4294967296.5")], "ok: +4294967296"),
        (b"% +d", &[N("0")], "ok: +0"),
        (b"% +d", &[N("0")], "ok: +0"),
        (b"% +d", &[N("1")], "ok: +1"),
        (b"% +d", &[N("-1")], "ok: -1"),
        (b"% +d", &[N("5")], "ok: +5"),
        (b"% +d", &[N("-5")], "ok: -5"),
        (b"% +d", &[N("3.7000000000000002")], "ok: +3"),
        (b"% +d", &[N("-3.7000000000000002")], "ok: -3"),
        (b"% +d", &[N("255")], "ok: +255"),
        (b"% +d", &[N("65")], "ok: +65"),
        (b"% +d", &[N("2147483648")], "ok: +2147483648"),
        (b"% +d", &[N("4294967361")], "ok: +4294967361"),
        (b"% +d", &[N("-2147483648")], "ok: -2147483648"),
        (b"% +d", &[N("9007199254740992")], "ok: +9007199254740992"),
        (b"% +d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"% +d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"% +d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"% +d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"% +d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"% +d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"% +d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"% +d", &[N("inf")], "ok: -9223372036854775808"),
        (b"% +d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"% +d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"% +d", &[N("nan")], "ok: -9223372036854775808"),
        (b"% +d", &[N("0.5")], "ok: +0"),
        (b"% +d", &[N("123456789")], "ok: +123456789"),
        (b"% +d", &[N("4294967296.5")], "ok: +4294967296"),
        (b"%.3d", &[N("0")], "ok: 000"),
        (b"%.3d", &[N("0")], "ok: 000"),
        (b"%.3d", &[N("1")], "ok: 001"),
        (b"%.3d", &[N("-1")], "ok: -001"),
        (b"%.3d", &[N("5")], "ok: 005"),
        (b"%.3d", &[N("-5")], "ok: -005"),
        (b"%.3d", &[N("3.7000000000000002")], "ok: 003"),
        (b"%.3d", &[N("-3.7000000000000002")], "ok: -003"),
        (b"%.3d", &[N("255")], "ok: 255"),
        (b"%.3d", &[N("65")], "ok: 065"),
        (b"%.3d", &[N("2147483648")], "ok: 2147483648"),
        (b"%.3d", &[N("4294967361")], "ok: 4294967361"),
        (b"%.3d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%.3d", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%.3d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%.3d", &[N("0.5")], "ok: 000"),
        (b"%.3d", &[N("123456789")], "ok: 123456789"),
        (b"%.3d", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%.0d", &[N("0")], "ok: "),
        (b"%.0d", &[N("0")], "ok: "),
        (b"%.0d", &[N("1")], "ok: 1"),
        (b"%.0d", &[N("-1")], "ok: -1"),
        (b"%.0d", &[N("5")], "ok: 5"),
        (b"%.0d", &[N("-5")], "ok: -5"),
        (b"%.0d", &[N("3.7000000000000002")], "ok: 3"),
        (b"%.0d", &[N("-3.7000000000000002")], "ok: -3"),
        (b"%.0d", &[N("255")], "ok: 255"),
        (b"%.0d", &[N("65")], "ok: 65"),
        (b"%.0d", &[N("2147483648")], "ok: 2147483648"),
        (b"%.0d", &[N("4294967361")], "ok: 4294967361"),
        (b"%.0d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%.0d", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%.0d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%.0d", &[N("0.5")], "ok: "),
        (b"%.0d", &[N("123456789")], "ok: 123456789"),
        (b"%.0d", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%+.0d", &[N("0")], "ok: +"),
        (b"%+.0d", &[N("0")], "ok: +"),
        (b"%+.0d", &[N("1")], "ok: +1"),
        (b"%+.0d", &[N("-1")], "ok: -1"),
        (b"%+.0d", &[N("5")], "ok: +5"),
        (b"%+.0d", &[N("-5")], "ok: -5"),
        (b"%+.0d", &[N("3.7000000000000002")], "ok: +3"),
        (b"%+.0d", &[N("-3.7000000000000002")], "ok: -3"),
        (b"%+.0d", &[N("255")], "ok: +255"),
        (b"%+.0d", &[N("65")], "ok: +65"),
        (b"%+.0d", &[N("2147483648")], "ok: +2147483648"),
        (b"%+.0d", &[N("4294967361")], "ok: +4294967361"),
        (b"%+.0d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%+.0d", &[N("9007199254740992")], "ok: +9007199254740992"),
        (b"%+.0d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%+.0d", &[N("0.5")], "ok: +"),
        (b"%+.0d", &[N("123456789")], "ok: +123456789"),
        (b"%+.0d", &[N("4294967296.5")], "ok: +4294967296"),
        (b"%5.0d|", &[N("0")], "ok:      |"),
        (b"%5.0d|", &[N("0")], "ok:      |"),
        (b"%5.0d|", &[N("1")], "ok:     1|"),
        (b"%5.0d|", &[N("-1")], "ok:    -1|"),
        (b"%5.0d|", &[N("5")], "ok:     5|"),
        (b"%5.0d|", &[N("-5")], "ok:    -5|"),
        (b"%5.0d|", &[N("3.7000000000000002")], "ok:     3|"),
        (b"%5.0d|", &[N("-3.7000000000000002")], "ok:    -3|"),
        (b"%5.0d|", &[N("255")], "ok:   255|"),
        (b"%5.0d|", &[N("65")], "ok:    65|"),
        (b"%5.0d|", &[N("2147483648")], "ok: 2147483648|"),
        (b"%5.0d|", &[N("4294967361")], "ok: 4294967361|"),
        (b"%5.0d|", &[N("-2147483648")], "ok: -2147483648|"),
        (b"%5.0d|", &[N("9007199254740992")], "ok: 9007199254740992|"),
        (b"%5.0d|", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("1e+20")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("-1e+20")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("1e+100")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("inf")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("-inf")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("-nan")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("nan")], "ok: -9223372036854775808|"),
        (b"%5.0d|", &[N("0.5")], "ok:      |"),
        (b"%5.0d|", &[N("123456789")], "ok: 123456789|"),
        (b"%5.0d|", &[N("4294967296.5")], "ok: 4294967296|"),
        (b"%08.3d", &[N("0")], "ok:      000"),
        (b"%08.3d", &[N("0")], "ok:      000"),
        (b"%08.3d", &[N("1")], "ok:      001"),
        (b"%08.3d", &[N("-1")], "ok:     -001"),
        (b"%08.3d", &[N("5")], "ok:      005"),
        (b"%08.3d", &[N("-5")], "ok:     -005"),
        (b"%08.3d", &[N("3.7000000000000002")], "ok:      003"),
        (b"%08.3d", &[N("-3.7000000000000002")], "ok:     -003"),
        (b"%08.3d", &[N("255")], "ok:      255"),
        (b"%08.3d", &[N("65")], "ok:      065"),
        (b"%08.3d", &[N("2147483648")], "ok: 2147483648"),
        (b"%08.3d", &[N("4294967361")], "ok: 4294967361"),
        (b"%08.3d", &[N("-2147483648")], "ok: -2147483648"),
        (b"%08.3d", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%08.3d", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("1e+20")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("-1e+20")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("1e+100")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("inf")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("-inf")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("-nan")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("nan")], "ok: -9223372036854775808"),
        (b"%08.3d", &[N("0.5")], "ok:      000"),
        (b"%08.3d", &[N("123456789")], "ok: 123456789"),
        (b"%08.3d", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%-8.3d|", &[N("0")], "ok: 000     |"),
        (b"%-8.3d|", &[N("0")], "ok: 000     |"),
        (b"%-8.3d|", &[N("1")], "ok: 001     |"),
        (b"%-8.3d|", &[N("-1")], "ok: -001    |"),
        (b"%-8.3d|", &[N("5")], "ok: 005     |"),
        (b"%-8.3d|", &[N("-5")], "ok: -005    |"),
        (b"%-8.3d|", &[N("3.7000000000000002")], "ok: 003     |"),
        (b"%-8.3d|", &[N("-3.7000000000000002")], "ok: -003    |"),
        (b"%-8.3d|", &[N("255")], "ok: 255     |"),
        (b"%-8.3d|", &[N("65")], "ok: 065     |"),
        (b"%-8.3d|", &[N("2147483648")], "ok: 2147483648|"),
        (b"%-8.3d|", &[N("4294967361")], "ok: 4294967361|"),
        (b"%-8.3d|", &[N("-2147483648")], "ok: -2147483648|"),
        (b"%-8.3d|", &[N("9007199254740992")], "ok: 9007199254740992|"),
        (b"%-8.3d|", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("1e+20")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("-1e+20")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("1e+100")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("inf")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("-inf")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("-nan")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("nan")], "ok: -9223372036854775808|"),
        (b"%-8.3d|", &[N("0.5")], "ok: 000     |"),
        (b"%-8.3d|", &[N("123456789")], "ok: 123456789|"),
        (b"%-8.3d|", &[N("4294967296.5")], "ok: 4294967296|"),
        (b"%-05d|", &[N("0")], "ok: 0    |"),
        (b"%-05d|", &[N("0")], "ok: 0    |"),
        (b"%-05d|", &[N("1")], "ok: 1    |"),
        (b"%-05d|", &[N("-1")], "ok: -1   |"),
        (b"%-05d|", &[N("5")], "ok: 5    |"),
        (b"%-05d|", &[N("-5")], "ok: -5   |"),
        (b"%-05d|", &[N("3.7000000000000002")], "ok: 3    |"),
        (b"%-05d|", &[N("-3.7000000000000002")], "ok: -3   |"),
        (b"%-05d|", &[N("255")], "ok: 255  |"),
        (b"%-05d|", &[N("65")], "ok: 65   |"),
        (b"%-05d|", &[N("2147483648")], "ok: 2147483648|"),
        (b"%-05d|", &[N("4294967361")], "ok: 4294967361|"),
        (b"%-05d|", &[N("-2147483648")], "ok: -2147483648|"),
        (b"%-05d|", &[N("9007199254740992")], "ok: 9007199254740992|"),
        (b"%-05d|", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("1e+20")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("-1e+20")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("1e+100")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("inf")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("-inf")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("-nan")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("nan")], "ok: -9223372036854775808|"),
        (b"%-05d|", &[N("0.5")], "ok: 0    |"),
        (b"%-05d|", &[N("123456789")], "ok: 123456789|"),
        (b"%-05d|", &[N("4294967296.5")], "ok: 4294967296|"),
        (b"%0-5d|", &[N("0")], "ok: 0    |"),
        (b"%0-5d|", &[N("0")], "ok: 0    |"),
        (b"%0-5d|", &[N("1")], "ok: 1    |"),
        (b"%0-5d|", &[N("-1")], "ok: -1   |"),
        (b"%0-5d|", &[N("5")], "ok: 5    |"),
        (b"%0-5d|", &[N("-5")], "ok: -5   |"),
        (b"%0-5d|", &[N("3.7000000000000002")], "ok: 3    |"),
        (b"%0-5d|", &[N("-3.7000000000000002")], "ok: -3   |"),
        (b"%0-5d|", &[N("255")], "ok: 255  |"),
        (b"%0-5d|", &[N("65")], "ok: 65   |"),
        (b"%0-5d|", &[N("2147483648")], "ok: 2147483648|"),
        (b"%0-5d|", &[N("4294967361")], "ok: 4294967361|"),
        (b"%0-5d|", &[N("-2147483648")], "ok: -2147483648|"),
        (b"%0-5d|", &[N("9007199254740992")], "ok: 9007199254740992|"),
        (b"%0-5d|", &[N("9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("-9.2233720368547758e+18")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("-1.8446744073709552e+19")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("1e+20")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("-1e+20")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("1e+100")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("inf")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("-inf")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("-nan")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("nan")], "ok: -9223372036854775808|"),
        (b"%0-5d|", &[N("0.5")], "ok: 0    |"),
        (b"%0-5d|", &[N("123456789")], "ok: 123456789|"),
        (b"%0-5d|", &[N("4294967296.5")], "ok: 4294967296|"),
        (b"%u", &[N("0")], "ok: 0"),
        (b"%u", &[N("0")], "ok: 0"),
        (b"%u", &[N("1")], "ok: 1"),
        (b"%u", &[N("-1")], "ok: 18446744073709551615"),
        (b"%u", &[N("5")], "ok: 5"),
        (b"%u", &[N("-5")], "ok: 18446744073709551611"),
        (b"%u", &[N("3.7000000000000002")], "ok: 3"),
        (b"%u", &[N("-3.7000000000000002")], "ok: 18446744073709551613"),
        (b"%u", &[N("255")], "ok: 255"),
        (b"%u", &[N("65")], "ok: 65"),
        (b"%u", &[N("2147483648")], "ok: 2147483648"),
        (b"%u", &[N("4294967361")], "ok: 4294967361"),
        (b"%u", &[N("-2147483648")], "ok: 18446744071562067968"),
        (b"%u", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%u", &[N("9.2233720368547758e+18")], "ok: 9223372036854775808"),
        (b"%u", &[N("-9.2233720368547758e+18")], "ok: 9223372036854775808"),
        (b"%u", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%u", &[N("-1.8446744073709552e+19")], "ok: 9223372036854775808"),
        (b"%u", &[N("1e+20")], "ok: 0"),
        (b"%u", &[N("-1e+20")], "ok: 9223372036854775808"),
        (b"%u", &[N("1e+100")], "ok: 0"),
        (b"%u", &[N("inf")], "ok: 0"),
        (b"%u", &[N("-inf")], "ok: 9223372036854775808"),
        (b"%u", &[N("-nan")], "ok: 9223372036854775808"),
        (b"%u", &[N("nan")], "ok: 9223372036854775808"),
        (b"%u", &[N("0.5")], "ok: 0"),
        (b"%u", &[N("123456789")], "ok: 123456789"),
        (b"%u", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%+u", &[N("0")], "ok: 0"),
        (b"%+u", &[N("0")], "ok: 0"),
        (b"%+u", &[N("1")], "ok: 1"),
        (b"%+u", &[N("-1")], "ok: 18446744073709551615"),
        (b"%+u", &[N("5")], "ok: 5"),
        (b"%+u", &[N("-5")], "ok: 18446744073709551611"),
        (b"%+u", &[N("3.7000000000000002")], "ok: 3"),
        (b"%+u", &[N("-3.7000000000000002")], "ok: 18446744073709551613"),
        (b"%+u", &[N("255")], "ok: 255"),
        (b"%+u", &[N("65")], "ok: 65"),
        (b"%+u", &[N("2147483648")], "ok: 2147483648"),
        (b"%+u", &[N("4294967361")], "ok: 4294967361"),
        (b"%+u", &[N("-2147483648")], "ok: 18446744071562067968"),
        (b"%+u", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%+u", &[N("9.2233720368547758e+18")], "ok: 9223372036854775808"),
        (b"%+u", &[N("-9.2233720368547758e+18")], "ok: 9223372036854775808"),
        (b"%+u", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%+u", &[N("-1.8446744073709552e+19")], "ok: 9223372036854775808"),
        (b"%+u", &[N("1e+20")], "ok: 0"),
        (b"%+u", &[N("-1e+20")], "ok: 9223372036854775808"),
        (b"%+u", &[N("1e+100")], "ok: 0"),
        (b"%+u", &[N("inf")], "ok: 0"),
        (b"%+u", &[N("-inf")], "ok: 9223372036854775808"),
        (b"%+u", &[N("-nan")], "ok: 9223372036854775808"),
        (b"%+u", &[N("nan")], "ok: 9223372036854775808"),
        (b"%+u", &[N("0.5")], "ok: 0"),
        (b"%+u", &[N("123456789")], "ok: 123456789"),
        (b"%+u", &[N("4294967296.5")], "ok: 4294967296"),
        (b"% u", &[N("0")], "ok: 0"),
        (b"% u", &[N("0")], "ok: 0"),
        (b"% u", &[N("1")], "ok: 1"),
        (b"% u", &[N("-1")], "ok: 18446744073709551615"),
        (b"% u", &[N("5")], "ok: 5"),
        (b"% u", &[N("-5")], "ok: 18446744073709551611"),
        (b"% u", &[N("3.7000000000000002")], "ok: 3"),
        (b"% u", &[N("-3.7000000000000002")], "ok: 18446744073709551613"),
        (b"% u", &[N("255")], "ok: 255"),
        (b"% u", &[N("65")], "ok: 65"),
        (b"% u", &[N("2147483648")], "ok: 2147483648"),
        (b"% u", &[N("4294967361")], "ok: 4294967361"),
        (b"% u", &[N("-2147483648")], "ok: 18446744071562067968"),
        (b"% u", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"% u", &[N("9.2233720368547758e+18")], "ok: 9223372036854775808"),
        (b"% u", &[N("-9.2233720368547758e+18")], "ok: 9223372036854775808"),
        (b"% u", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"% u", &[N("-1.8446744073709552e+19")], "ok: 9223372036854775808"),
        (b"% u", &[N("1e+20")], "ok: 0"),
        (b"% u", &[N("-1e+20")], "ok: 9223372036854775808"),
        (b"% u", &[N("1e+100")], "ok: 0"),
        (b"% u", &[N("inf")], "ok: 0"),
        (b"% u", &[N("-inf")], "ok: 9223372036854775808"),
        (b"% u", &[N("-nan")], "ok: 9223372036854775808"),
        (b"% u", &[N("nan")], "ok: 9223372036854775808"),
        (b"% u", &[N("0.5")], "ok: 0"),
        (b"% u", &[N("123456789")], "ok: 123456789"),
        (b"% u", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%5u", &[N("0")], "ok:     0"),
        (b"%5u", &[N("0")], "ok:     0"),
        (b"%5u", &[N("1")], "ok:     1"),
        (b"%5u", &[N("-1")], "ok: 18446744073709551615"),
        (b"%5u", &[N("5")], "ok:     5"),
        (b"%5u", &[N("-5")], "ok: 18446744073709551611"),
        (b"%5u", &[N("3.7000000000000002")], "ok:     3"),
        (b"%5u", &[N("-3.7000000000000002")], "ok: 18446744073709551613"),
        (b"%5u", &[N("255")], "ok:   255"),
        (b"%5u", &[N("65")], "ok:    65"),
        (b"%5u", &[N("2147483648")], "ok: 2147483648"),
        (b"%5u", &[N("4294967361")], "ok: 4294967361"),
        (b"%5u", &[N("-2147483648")], "ok: 18446744071562067968"),
        (b"%5u", &[N("9007199254740992")], "ok: 9007199254740992"),
        (b"%5u", &[N("9.2233720368547758e+18")], "ok: 9223372036854775808"),
        (b"%5u", &[N("-9.2233720368547758e+18")], "ok: 9223372036854775808"),
        (b"%5u", &[N("1.8446744073709552e+19")], "ok:     0"),
        (b"%5u", &[N("-1.8446744073709552e+19")], "ok: 9223372036854775808"),
        (b"%5u", &[N("1e+20")], "ok:     0"),
        (b"%5u", &[N("-1e+20")], "ok: 9223372036854775808"),
        (b"%5u", &[N("1e+100")], "ok:     0"),
        (b"%5u", &[N("inf")], "ok:     0"),
        (b"%5u", &[N("-inf")], "ok: 9223372036854775808"),
        (b"%5u", &[N("-nan")], "ok: 9223372036854775808"),
        (b"%5u", &[N("nan")], "ok: 9223372036854775808"),
        (b"%5u", &[N("0.5")], "ok:     0"),
        (b"%5u", &[N("123456789")], "ok: 123456789"),
        (b"%5u", &[N("4294967296.5")], "ok: 4294967296"),
        (b"%x", &[N("0")], "ok: 0"),
        (b"%x", &[N("0")], "ok: 0"),
        (b"%x", &[N("1")], "ok: 1"),
        (b"%x", &[N("-1")], "ok: ffffffffffffffff"),
        (b"%x", &[N("5")], "ok: 5"),
        (b"%x", &[N("-5")], "ok: fffffffffffffffb"),
        (b"%x", &[N("3.7000000000000002")], "ok: 3"),
        (b"%x", &[N("-3.7000000000000002")], "ok: fffffffffffffffd"),
        (b"%x", &[N("255")], "ok: ff"),
        (b"%x", &[N("65")], "ok: 41"),
        (b"%x", &[N("2147483648")], "ok: 80000000"),
        (b"%x", &[N("4294967361")], "ok: 100000041"),
        (b"%x", &[N("-2147483648")], "ok: ffffffff80000000"),
        (b"%x", &[N("9007199254740992")], "ok: 20000000000000"),
        (b"%x", &[N("9.2233720368547758e+18")], "ok: 8000000000000000"),
        (b"%x", &[N("-9.2233720368547758e+18")], "ok: 8000000000000000"),
        (b"%x", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%x", &[N("-1.8446744073709552e+19")], "ok: 8000000000000000"),
        (b"%x", &[N("1e+20")], "ok: 0"),
        (b"%x", &[N("-1e+20")], "ok: 8000000000000000"),
        (b"%x", &[N("1e+100")], "ok: 0"),
        (b"%x", &[N("inf")], "ok: 0"),
        (b"%x", &[N("-inf")], "ok: 8000000000000000"),
        (b"%x", &[N("-nan")], "ok: 8000000000000000"),
        (b"%x", &[N("nan")], "ok: 8000000000000000"),
        (b"%x", &[N("0.5")], "ok: 0"),
        (b"%x", &[N("123456789")], "ok: 75bcd15"),
        (b"%x", &[N("4294967296.5")], "ok: 100000000"),
        (b"%X", &[N("0")], "ok: 0"),
        (b"%X", &[N("0")], "ok: 0"),
        (b"%X", &[N("1")], "ok: 1"),
        (b"%X", &[N("-1")], "ok: FFFFFFFFFFFFFFFF"),
        (b"%X", &[N("5")], "ok: 5"),
        (b"%X", &[N("-5")], "ok: FFFFFFFFFFFFFFFB"),
        (b"%X", &[N("3.7000000000000002")], "ok: 3"),
        (b"%X", &[N("-3.7000000000000002")], "ok: FFFFFFFFFFFFFFFD"),
        (b"%X", &[N("255")], "ok: FF"),
        (b"%X", &[N("65")], "ok: 41"),
        (b"%X", &[N("2147483648")], "ok: 80000000"),
        (b"%X", &[N("4294967361")], "ok: 100000041"),
        (b"%X", &[N("-2147483648")], "ok: FFFFFFFF80000000"),
        (b"%X", &[N("9007199254740992")], "ok: 20000000000000"),
        (b"%X", &[N("9.2233720368547758e+18")], "ok: 8000000000000000"),
        (b"%X", &[N("-9.2233720368547758e+18")], "ok: 8000000000000000"),
        (b"%X", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%X", &[N("-1.8446744073709552e+19")], "ok: 8000000000000000"),
        (b"%X", &[N("1e+20")], "ok: 0"),
        (b"%X", &[N("-1e+20")], "ok: 8000000000000000"),
        (b"%X", &[N("1e+100")], "ok: 0"),
        (b"%X", &[N("inf")], "ok: 0"),
        (b"%X", &[N("-inf")], "ok: 8000000000000000"),
        (b"%X", &[N("-nan")], "ok: 8000000000000000"),
        (b"%X", &[N("nan")], "ok: 8000000000000000"),
        (b"%X", &[N("0.5")], "ok: 0"),
        (b"%X", &[N("123456789")], "ok: 75BCD15"),
        (b"%X", &[N("4294967296.5")], "ok: 100000000"),
        (b"%#x", &[N("0")], "ok: 0"),
        (b"%#x", &[N("0")], "ok: 0"),
        (b"%#x", &[N("1")], "ok: 0x1"),
        (b"%#x", &[N("-1")], "ok: 0xffffffffffffffff"),
        (b"%#x", &[N("5")], "ok: 0x5"),
        (b"%#x", &[N("-5")], "ok: 0xfffffffffffffffb"),
        (b"%#x", &[N("3.7000000000000002")], "ok: 0x3"),
        (b"%#x", &[N("-3.7000000000000002")], "ok: 0xfffffffffffffffd"),
        (b"%#x", &[N("255")], "ok: 0xff"),
        (b"%#x", &[N("65")], "ok: 0x41"),
        (b"%#x", &[N("2147483648")], "ok: 0x80000000"),
        (b"%#x", &[N("4294967361")], "ok: 0x100000041"),
        (b"%#x", &[N("-2147483648")], "ok: 0xffffffff80000000"),
        (b"%#x", &[N("9007199254740992")], "ok: 0x20000000000000"),
        (b"%#x", &[N("9.2233720368547758e+18")], "ok: 0x8000000000000000"),
        (b"%#x", &[N("-9.2233720368547758e+18")], "ok: 0x8000000000000000"),
        (b"%#x", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%#x", &[N("-1.8446744073709552e+19")], "ok: 0x8000000000000000"),
        (b"%#x", &[N("1e+20")], "ok: 0"),
        (b"%#x", &[N("-1e+20")], "ok: 0x8000000000000000"),
        (b"%#x", &[N("1e+100")], "ok: 0"),
        (b"%#x", &[N("inf")], "ok: 0"),
        (b"%#x", &[N("-inf")], "ok: 0x8000000000000000"),
        (b"%#x", &[N("-nan")], "ok: 0x8000000000000000"),
        (b"%#x", &[N("nan")], "ok: 0x8000000000000000"),
        (b"%#x", &[N("0.5")], "ok: 0"),
        (b"%#x", &[N("123456789")], "ok: 0x75bcd15"),
        (b"%#x", &[N("4294967296.5")], "ok: 0x100000000"),
        (b"%#X", &[N("0")], "ok: 0"),
        (b"%#X", &[N("0")], "ok: 0"),
        (b"%#X", &[N("1")], "ok: 0X1"),
        (b"%#X", &[N("-1")], "ok: 0XFFFFFFFFFFFFFFFF"),
        (b"%#X", &[N("5")], "ok: 0X5"),
        (b"%#X", &[N("-5")], "ok: 0XFFFFFFFFFFFFFFFB"),
        (b"%#X", &[N("3.7000000000000002")], "ok: 0X3"),
        (b"%#X", &[N("-3.7000000000000002")], "ok: 0XFFFFFFFFFFFFFFFD"),
        (b"%#X", &[N("255")], "ok: 0XFF"),
        (b"%#X", &[N("65")], "ok: 0X41"),
        (b"%#X", &[N("2147483648")], "ok: 0X80000000"),
        (b"%#X", &[N("4294967361")], "ok: 0X100000041"),
        (b"%#X", &[N("-2147483648")], "ok: 0XFFFFFFFF80000000"),
        (b"%#X", &[N("9007199254740992")], "ok: 0X20000000000000"),
        (b"%#X", &[N("9.2233720368547758e+18")], "ok: 0X8000000000000000"),
        (b"%#X", &[N("-9.2233720368547758e+18")], "ok: 0X8000000000000000"),
        (b"%#X", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%#X", &[N("-1.8446744073709552e+19")], "ok: 0X8000000000000000"),
        (b"%#X", &[N("1e+20")], "ok: 0"),
        (b"%#X", &[N("-1e+20")], "ok: 0X8000000000000000"),
        (b"%#X", &[N("1e+100")], "ok: 0"),
        (b"%#X", &[N("inf")], "ok: 0"),
        (b"%#X", &[N("-inf")], "ok: 0X8000000000000000"),
        (b"%#X", &[N("-nan")], "ok: 0X8000000000000000"),
        (b"%#X", &[N("nan")], "ok: 0X8000000000000000"),
        (b"%#X", &[N("0.5")], "ok: 0"),
        (b"%#X", &[N("123456789")], "ok: 0X75BCD15"),
        (b"%#X", &[N("4294967296.5")], "ok: 0X100000000"),
        (b"%#.0x", &[N("0")], "ok: "),
        (b"%#.0x", &[N("0")], "ok: "),
        (b"%#.0x", &[N("1")], "ok: 0x1"),
        (b"%#.0x", &[N("-1")], "ok: 0xffffffffffffffff"),
        (b"%#.0x", &[N("5")], "ok: 0x5"),
        (b"%#.0x", &[N("-5")], "ok: 0xfffffffffffffffb"),
        (b"%#.0x", &[N("3.7000000000000002")], "ok: 0x3"),
        (b"%#.0x", &[N("-3.7000000000000002")], "ok: 0xfffffffffffffffd"),
        (b"%#.0x", &[N("255")], "ok: 0xff"),
        (b"%#.0x", &[N("65")], "ok: 0x41"),
        (b"%#.0x", &[N("2147483648")], "ok: 0x80000000"),
        (b"%#.0x", &[N("4294967361")], "ok: 0x100000041"),
        (b"%#.0x", &[N("-2147483648")], "ok: 0xffffffff80000000"),
        (b"%#.0x", &[N("9007199254740992")], "ok: 0x20000000000000"),
        (b"%#.0x", &[N("9.2233720368547758e+18")], "ok: 0x8000000000000000"),
        (b"%#.0x", &[N("-9.2233720368547758e+18")], "ok: 0x8000000000000000"),
        (b"%#.0x", &[N("1.8446744073709552e+19")], "ok: "),
        (b"%#.0x", &[N("-1.8446744073709552e+19")], "ok: 0x8000000000000000"),
        (b"%#.0x", &[N("1e+20")], "ok: "),
        (b"%#.0x", &[N("-1e+20")], "ok: 0x8000000000000000"),
        (b"%#.0x", &[N("1e+100")], "ok: "),
        (b"%#.0x", &[N("inf")], "ok: "),
        (b"%#.0x", &[N("-inf")], "ok: 0x8000000000000000"),
        (b"%#.0x", &[N("-nan")], "ok: 0x8000000000000000"),
        (b"%#.0x", &[N("nan")], "ok: 0x8000000000000000"),
        (b"%#.0x", &[N("0.5")], "ok: "),
        (b"%#.0x", &[N("123456789")], "ok: 0x75bcd15"),
        (b"%#.0x", &[N("4294967296.5")], "ok: 0x100000000"),
        (b"%#5x", &[N("0")], "ok:     0"),
        (b"%#5x", &[N("0")], "ok:     0"),
        (b"%#5x", &[N("1")], "ok:   0x1"),
        (b"%#5x", &[N("-1")], "ok: 0xffffffffffffffff"),
        (b"%#5x", &[N("5")], "ok:   0x5"),
        (b"%#5x", &[N("-5")], "ok: 0xfffffffffffffffb"),
        (b"%#5x", &[N("3.7000000000000002")], "ok:   0x3"),
        (b"%#5x", &[N("-3.7000000000000002")], "ok: 0xfffffffffffffffd"),
        (b"%#5x", &[N("255")], "ok:  0xff"),
        (b"%#5x", &[N("65")], "ok:  0x41"),
        (b"%#5x", &[N("2147483648")], "ok: 0x80000000"),
        (b"%#5x", &[N("4294967361")], "ok: 0x100000041"),
        (b"%#5x", &[N("-2147483648")], "ok: 0xffffffff80000000"),
        (b"%#5x", &[N("9007199254740992")], "ok: 0x20000000000000"),
        (b"%#5x", &[N("9.2233720368547758e+18")], "ok: 0x8000000000000000"),
        (b"%#5x", &[N("-9.2233720368547758e+18")], "ok: 0x8000000000000000"),
        (b"%#5x", &[N("1.8446744073709552e+19")], "ok:     0"),
        (b"%#5x", &[N("-1.8446744073709552e+19")], "ok: 0x8000000000000000"),
        (b"%#5x", &[N("1e+20")], "ok:     0"),
        (b"%#5x", &[N("-1e+20")], "ok: 0x8000000000000000"),
        (b"%#5x", &[N("1e+100")], "ok:     0"),
        (b"%#5x", &[N("inf")], "ok:     0"),
        (b"%#5x", &[N("-inf")], "ok: 0x8000000000000000"),
        (b"%#5x", &[N("-nan")], "ok: 0x8000000000000000"),
        (b"%#5x", &[N("nan")], "ok: 0x8000000000000000"),
        (b"%#5x", &[N("0.5")], "ok:     0"),
        (b"%#5x", &[N("123456789")], "ok: 0x75bcd15"),
        (b"%#5x", &[N("4294967296.5")], "ok: 0x100000000"),
        (b"%#05x", &[N("0")], "ok: 00000"),
        (b"%#05x", &[N("0")], "ok: 00000"),
        (b"%#05x", &[N("1")], "ok: 0x001"),
        (b"%#05x", &[N("-1")], "ok: 0xffffffffffffffff"),
        (b"%#05x", &[N("5")], "ok: 0x005"),
        (b"%#05x", &[N("-5")], "ok: 0xfffffffffffffffb"),
        (b"%#05x", &[N("3.7000000000000002")], "ok: 0x003"),
        (b"%#05x", &[N("-3.7000000000000002")], "ok: 0xfffffffffffffffd"),
        (b"%#05x", &[N("255")], "ok: 0x0ff"),
        (b"%#05x", &[N("65")], "ok: 0x041"),
        (b"%#05x", &[N("2147483648")], "ok: 0x80000000"),
        (b"%#05x", &[N("4294967361")], "ok: 0x100000041"),
        (b"%#05x", &[N("-2147483648")], "ok: 0xffffffff80000000"),
        (b"%#05x", &[N("9007199254740992")], "ok: 0x20000000000000"),
        (b"%#05x", &[N("9.2233720368547758e+18")], "ok: 0x8000000000000000"),
        (b"%#05x", &[N("-9.2233720368547758e+18")], "ok: 0x8000000000000000"),
        (b"%#05x", &[N("1.8446744073709552e+19")], "ok: 00000"),
        (b"%#05x", &[N("-1.8446744073709552e+19")], "ok: 0x8000000000000000"),
        (b"%#05x", &[N("1e+20")], "ok: 00000"),
        (b"%#05x", &[N("-1e+20")], "ok: 0x8000000000000000"),
        (b"%#05x", &[N("1e+100")], "ok: 00000"),
        (b"%#05x", &[N("inf")], "ok: 00000"),
        (b"%#05x", &[N("-inf")], "ok: 0x8000000000000000"),
        (b"%#05x", &[N("-nan")], "ok: 0x8000000000000000"),
        (b"%#05x", &[N("nan")], "ok: 0x8000000000000000"),
        (b"%#05x", &[N("0.5")], "ok: 00000"),
        (b"%#05x", &[N("123456789")], "ok: 0x75bcd15"),
        (b"%#05x", &[N("4294967296.5")], "ok: 0x100000000"),
        (b"%#-8x|", &[N("0")], "ok: 0       |"),
        (b"%#-8x|", &[N("0")], "ok: 0       |"),
        (b"%#-8x|", &[N("1")], "ok: 0x1     |"),
        (b"%#-8x|", &[N("-1")], "ok: 0xffffffffffffffff|"),
        (b"%#-8x|", &[N("5")], "ok: 0x5     |"),
        (b"%#-8x|", &[N("-5")], "ok: 0xfffffffffffffffb|"),
        (b"%#-8x|", &[N("3.7000000000000002")], "ok: 0x3     |"),
        (b"%#-8x|", &[N("-3.7000000000000002")], "ok: 0xfffffffffffffffd|"),
        (b"%#-8x|", &[N("255")], "ok: 0xff    |"),
        (b"%#-8x|", &[N("65")], "ok: 0x41    |"),
        (b"%#-8x|", &[N("2147483648")], "ok: 0x80000000|"),
        (b"%#-8x|", &[N("4294967361")], "ok: 0x100000041|"),
        (b"%#-8x|", &[N("-2147483648")], "ok: 0xffffffff80000000|"),
        (b"%#-8x|", &[N("9007199254740992")], "ok: 0x20000000000000|"),
        (b"%#-8x|", &[N("9.2233720368547758e+18")], "ok: 0x8000000000000000|"),
        (b"%#-8x|", &[N("-9.2233720368547758e+18")], "ok: 0x8000000000000000|"),
        (b"%#-8x|", &[N("1.8446744073709552e+19")], "ok: 0       |"),
        (b"%#-8x|", &[N("-1.8446744073709552e+19")], "ok: 0x8000000000000000|"),
        (b"%#-8x|", &[N("1e+20")], "ok: 0       |"),
        (b"%#-8x|", &[N("-1e+20")], "ok: 0x8000000000000000|"),
        (b"%#-8x|", &[N("1e+100")], "ok: 0       |"),
        (b"%#-8x|", &[N("inf")], "ok: 0       |"),
        (b"%#-8x|", &[N("-inf")], "ok: 0x8000000000000000|"),
        (b"%#-8x|", &[N("-nan")], "ok: 0x8000000000000000|"),
        (b"%#-8x|", &[N("nan")], "ok: 0x8000000000000000|"),
        (b"%#-8x|", &[N("0.5")], "ok: 0       |"),
        (b"%#-8x|", &[N("123456789")], "ok: 0x75bcd15|"),
        (b"%#-8x|", &[N("4294967296.5")], "ok: 0x100000000|"),
        (b"%.5x", &[N("0")], "ok: 00000"),
        (b"%.5x", &[N("0")], "ok: 00000"),
        (b"%.5x", &[N("1")], "ok: 00001"),
        (b"%.5x", &[N("-1")], "ok: ffffffffffffffff"),
        (b"%.5x", &[N("5")], "ok: 00005"),
        (b"%.5x", &[N("-5")], "ok: fffffffffffffffb"),
        (b"%.5x", &[N("3.7000000000000002")], "ok: 00003"),
        (b"%.5x", &[N("-3.7000000000000002")], "ok: fffffffffffffffd"),
        (b"%.5x", &[N("255")], "ok: 000ff"),
        (b"%.5x", &[N("65")], "ok: 00041"),
        (b"%.5x", &[N("2147483648")], "ok: 80000000"),
        (b"%.5x", &[N("4294967361")], "ok: 100000041"),
        (b"%.5x", &[N("-2147483648")], "ok: ffffffff80000000"),
        (b"%.5x", &[N("9007199254740992")], "ok: 20000000000000"),
        (b"%.5x", &[N("9.2233720368547758e+18")], "ok: 8000000000000000"),
        (b"%.5x", &[N("-9.2233720368547758e+18")], "ok: 8000000000000000"),
        (b"%.5x", &[N("1.8446744073709552e+19")], "ok: 00000"),
        (b"%.5x", &[N("-1.8446744073709552e+19")], "ok: 8000000000000000"),
        (b"%.5x", &[N("1e+20")], "ok: 00000"),
        (b"%.5x", &[N("-1e+20")], "ok: 8000000000000000"),
        (b"%.5x", &[N("1e+100")], "ok: 00000"),
        (b"%.5x", &[N("inf")], "ok: 00000"),
        (b"%.5x", &[N("-inf")], "ok: 8000000000000000"),
        (b"%.5x", &[N("-nan")], "ok: 8000000000000000"),
        (b"%.5x", &[N("nan")], "ok: 8000000000000000"),
        (b"%.5x", &[N("0.5")], "ok: 00000"),
        (b"%.5x", &[N("123456789")], "ok: 75bcd15"),
        (b"%.5x", &[N("4294967296.5")], "ok: 100000000"),
        (b"%o", &[N("0")], "ok: 0"),
        (b"%o", &[N("0")], "ok: 0"),
        (b"%o", &[N("1")], "ok: 1"),
        (b"%o", &[N("-1")], "ok: 1777777777777777777777"),
        (b"%o", &[N("5")], "ok: 5"),
        (b"%o", &[N("-5")], "ok: 1777777777777777777773"),
        (b"%o", &[N("3.7000000000000002")], "ok: 3"),
        (b"%o", &[N("-3.7000000000000002")], "ok: 1777777777777777777775"),
        (b"%o", &[N("255")], "ok: 377"),
        (b"%o", &[N("65")], "ok: 101"),
        (b"%o", &[N("2147483648")], "ok: 20000000000"),
        (b"%o", &[N("4294967361")], "ok: 40000000101"),
        (b"%o", &[N("-2147483648")], "ok: 1777777777760000000000"),
        (b"%o", &[N("9007199254740992")], "ok: 400000000000000000"),
        (b"%o", &[N("9.2233720368547758e+18")], "ok: 1000000000000000000000"),
        (b"%o", &[N("-9.2233720368547758e+18")], "ok: 1000000000000000000000"),
        (b"%o", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%o", &[N("-1.8446744073709552e+19")], "ok: 1000000000000000000000"),
        (b"%o", &[N("1e+20")], "ok: 0"),
        (b"%o", &[N("-1e+20")], "ok: 1000000000000000000000"),
        (b"%o", &[N("1e+100")], "ok: 0"),
        (b"%o", &[N("inf")], "ok: 0"),
        (b"%o", &[N("-inf")], "ok: 1000000000000000000000"),
        (b"%o", &[N("-nan")], "ok: 1000000000000000000000"),
        (b"%o", &[N("nan")], "ok: 1000000000000000000000"),
        (b"%o", &[N("0.5")], "ok: 0"),
        (b"%o", &[N("123456789")], "ok: 726746425"),
        (b"%o", &[N("4294967296.5")], "ok: 40000000000"),
        (b"%#o", &[N("0")], "ok: 0"),
        (b"%#o", &[N("0")], "ok: 0"),
        (b"%#o", &[N("1")], "ok: 01"),
        (b"%#o", &[N("-1")], "ok: 01777777777777777777777"),
        (b"%#o", &[N("5")], "ok: 05"),
        (b"%#o", &[N("-5")], "ok: 01777777777777777777773"),
        (b"%#o", &[N("3.7000000000000002")], "ok: 03"),
        (b"%#o", &[N("-3.7000000000000002")], "ok: 01777777777777777777775"),
        (b"%#o", &[N("255")], "ok: 0377"),
        (b"%#o", &[N("65")], "ok: 0101"),
        (b"%#o", &[N("2147483648")], "ok: 020000000000"),
        (b"%#o", &[N("4294967361")], "ok: 040000000101"),
        (b"%#o", &[N("-2147483648")], "ok: 01777777777760000000000"),
        (b"%#o", &[N("9007199254740992")], "ok: 0400000000000000000"),
        (b"%#o", &[N("9.2233720368547758e+18")], "ok: 01000000000000000000000"),
        (b"%#o", &[N("-9.2233720368547758e+18")], "ok: 01000000000000000000000"),
        (b"%#o", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%#o", &[N("-1.8446744073709552e+19")], "ok: 01000000000000000000000"),
        (b"%#o", &[N("1e+20")], "ok: 0"),
        (b"%#o", &[N("-1e+20")], "ok: 01000000000000000000000"),
        (b"%#o", &[N("1e+100")], "ok: 0"),
        (b"%#o", &[N("inf")], "ok: 0"),
        (b"%#o", &[N("-inf")], "ok: 01000000000000000000000"),
        (b"%#o", &[N("-nan")], "ok: 01000000000000000000000"),
        (b"%#o", &[N("nan")], "ok: 01000000000000000000000"),
        (b"%#o", &[N("0.5")], "ok: 0"),
        (b"%#o", &[N("123456789")], "ok: 0726746425"),
        (b"%#o", &[N("4294967296.5")], "ok: 040000000000"),
        (b"%#.0o", &[N("0")], "ok: 0"),
        (b"%#.0o", &[N("0")], "ok: 0"),
        (b"%#.0o", &[N("1")], "ok: 01"),
        (b"%#.0o", &[N("-1")], "ok: 01777777777777777777777"),
        (b"%#.0o", &[N("5")], "ok: 05"),
        (b"%#.0o", &[N("-5")], "ok: 01777777777777777777773"),
        (b"%#.0o", &[N("3.7000000000000002")], "ok: 03"),
        (b"%#.0o", &[N("-3.7000000000000002")], "ok: 01777777777777777777775"),
        (b"%#.0o", &[N("255")], "ok: 0377"),
        (b"%#.0o", &[N("65")], "ok: 0101"),
        (b"%#.0o", &[N("2147483648")], "ok: 020000000000"),
        (b"%#.0o", &[N("4294967361")], "ok: 040000000101"),
        (b"%#.0o", &[N("-2147483648")], "ok: 01777777777760000000000"),
        (b"%#.0o", &[N("9007199254740992")], "ok: 0400000000000000000"),
        (b"%#.0o", &[N("9.2233720368547758e+18")], "ok: 01000000000000000000000"),
        (b"%#.0o", &[N("-9.2233720368547758e+18")], "ok: 01000000000000000000000"),
        (b"%#.0o", &[N("1.8446744073709552e+19")], "ok: 0"),
        (b"%#.0o", &[N("-1.8446744073709552e+19")], "ok: 01000000000000000000000"),
        (b"%#.0o", &[N("1e+20")], "ok: 0"),
        (b"%#.0o", &[N("-1e+20")], "ok: 01000000000000000000000"),
        (b"%#.0o", &[N("1e+100")], "ok: 0"),
        (b"%#.0o", &[N("inf")], "ok: 0"),
        (b"%#.0o", &[N("-inf")], "ok: 01000000000000000000000"),
        (b"%#.0o", &[N("-nan")], "ok: 01000000000000000000000"),
        (b"%#.0o", &[N("nan")], "ok: 01000000000000000000000"),
        (b"%#.0o", &[N("0.5")], "ok: 0"),
        (b"%#.0o", &[N("123456789")], "ok: 0726746425"),
        (b"%#.0o", &[N("4294967296.5")], "ok: 040000000000"),
        (b"%#5o", &[N("0")], "ok:     0"),
        (b"%#5o", &[N("0")], "ok:     0"),
        (b"%#5o", &[N("1")], "ok:    01"),
        (b"%#5o", &[N("-1")], "ok: 01777777777777777777777"),
        (b"%#5o", &[N("5")], "ok:    05"),
        (b"%#5o", &[N("-5")], "ok: 01777777777777777777773"),
        (b"%#5o", &[N("3.7000000000000002")], "ok:    03"),
        (b"%#5o", &[N("-3.7000000000000002")], "ok: 01777777777777777777775"),
        (b"%#5o", &[N("255")], "ok:  0377"),
        (b"%#5o", &[N("65")], "ok:  0101"),
        (b"%#5o", &[N("2147483648")], "ok: 020000000000"),
        (b"%#5o", &[N("4294967361")], "ok: 040000000101"),
        (b"%#5o", &[N("-2147483648")], "ok: 01777777777760000000000"),
        (b"%#5o", &[N("9007199254740992")], "ok: 0400000000000000000"),
        (b"%#5o", &[N("9.2233720368547758e+18")], "ok: 01000000000000000000000"),
        (b"%#5o", &[N("-9.2233720368547758e+18")], "ok: 01000000000000000000000"),
        (b"%#5o", &[N("1.8446744073709552e+19")], "ok:     0"),
        (b"%#5o", &[N("-1.8446744073709552e+19")], "ok: 01000000000000000000000"),
        (b"%#5o", &[N("1e+20")], "ok:     0"),
        (b"%#5o", &[N("-1e+20")], "ok: 01000000000000000000000"),
        (b"%#5o", &[N("1e+100")], "ok:     0"),
        (b"%#5o", &[N("inf")], "ok:     0"),
        (b"%#5o", &[N("-inf")], "ok: 01000000000000000000000"),
        (b"%#5o", &[N("-nan")], "ok: 01000000000000000000000"),
        (b"%#5o", &[N("nan")], "ok: 01000000000000000000000"),
        (b"%#5o", &[N("0.5")], "ok:     0"),
        (b"%#5o", &[N("123456789")], "ok: 0726746425"),
        (b"%#5o", &[N("4294967296.5")], "ok: 040000000000"),
        (b"%#.3o", &[N("0")], "ok: 000"),
        (b"%#.3o", &[N("0")], "ok: 000"),
        (b"%#.3o", &[N("1")], "ok: 001"),
        (b"%#.3o", &[N("-1")], "ok: 01777777777777777777777"),
        (b"%#.3o", &[N("5")], "ok: 005"),
        (b"%#.3o", &[N("-5")], "ok: 01777777777777777777773"),
        (b"%#.3o", &[N("3.7000000000000002")], "ok: 003"),
        (b"%#.3o", &[N("-3.7000000000000002")], "ok: 01777777777777777777775"),
        (b"%#.3o", &[N("255")], "ok: 0377"),
        (b"%#.3o", &[N("65")], "ok: 0101"),
        (b"%#.3o", &[N("2147483648")], "ok: 020000000000"),
        (b"%#.3o", &[N("4294967361")], "ok: 040000000101"),
        (b"%#.3o", &[N("-2147483648")], "ok: 01777777777760000000000"),
        (b"%#.3o", &[N("9007199254740992")], "ok: 0400000000000000000"),
        (b"%#.3o", &[N("9.2233720368547758e+18")], "ok: 01000000000000000000000"),
        (b"%#.3o", &[N("-9.2233720368547758e+18")], "ok: 01000000000000000000000"),
        (b"%#.3o", &[N("1.8446744073709552e+19")], "ok: 000"),
        (b"%#.3o", &[N("-1.8446744073709552e+19")], "ok: 01000000000000000000000"),
        (b"%#.3o", &[N("1e+20")], "ok: 000"),
        (b"%#.3o", &[N("-1e+20")], "ok: 01000000000000000000000"),
        (b"%#.3o", &[N("1e+100")], "ok: 000"),
        (b"%#.3o", &[N("inf")], "ok: 000"),
        (b"%#.3o", &[N("-inf")], "ok: 01000000000000000000000"),
        (b"%#.3o", &[N("-nan")], "ok: 01000000000000000000000"),
        (b"%#.3o", &[N("nan")], "ok: 01000000000000000000000"),
        (b"%#.3o", &[N("0.5")], "ok: 000"),
        (b"%#.3o", &[N("123456789")], "ok: 0726746425"),
        (b"%#.3o", &[N("4294967296.5")], "ok: 040000000000"),
        (b"%.0o", &[N("0")], "ok: "),
        (b"%.0o", &[N("0")], "ok: "),
        (b"%.0o", &[N("1")], "ok: 1"),
        (b"%.0o", &[N("-1")], "ok: 1777777777777777777777"),
        (b"%.0o", &[N("5")], "ok: 5"),
        (b"%.0o", &[N("-5")], "ok: 1777777777777777777773"),
        (b"%.0o", &[N("3.7000000000000002")], "ok: 3"),
        (b"%.0o", &[N("-3.7000000000000002")], "ok: 1777777777777777777775"),
        (b"%.0o", &[N("255")], "ok: 377"),
        (b"%.0o", &[N("65")], "ok: 101"),
        (b"%.0o", &[N("2147483648")], "ok: 20000000000"),
        (b"%.0o", &[N("4294967361")], "ok: 40000000101"),
        (b"%.0o", &[N("-2147483648")], "ok: 1777777777760000000000"),
        (b"%.0o", &[N("9007199254740992")], "ok: 400000000000000000"),
        (b"%.0o", &[N("9.2233720368547758e+18")], "ok: 1000000000000000000000"),
        (b"%.0o", &[N("-9.2233720368547758e+18")], "ok: 1000000000000000000000"),
        (b"%.0o", &[N("1.8446744073709552e+19")], "ok: "),
        (b"%.0o", &[N("-1.8446744073709552e+19")], "ok: 1000000000000000000000"),
        (b"%.0o", &[N("1e+20")], "ok: "),
        (b"%.0o", &[N("-1e+20")], "ok: 1000000000000000000000"),
        (b"%.0o", &[N("1e+100")], "ok: "),
        (b"%.0o", &[N("inf")], "ok: "),
        (b"%.0o", &[N("-inf")], "ok: 1000000000000000000000"),
        (b"%.0o", &[N("-nan")], "ok: 1000000000000000000000"),
        (b"%.0o", &[N("nan")], "ok: 1000000000000000000000"),
        (b"%.0o", &[N("0.5")], "ok: "),
        (b"%.0o", &[N("123456789")], "ok: 726746425"),
        (b"%.0o", &[N("4294967296.5")], "ok: 40000000000"),
        (b"%c", &[N("0")], "ok: "),
        (b"%c", &[N("0")], "ok: "),
        (b"%c", &[N("1")], "ok: \\x01"),
        (b"%c", &[N("-1")], "ok: \\xff"),
        (b"%c", &[N("5")], "ok: \\x05"),
        (b"%c", &[N("-5")], "ok: \\xfb"),
        (b"%c", &[N("3.7000000000000002")], "ok: \\x03"),
        (b"%c", &[N("-3.7000000000000002")], "ok: \\xfd"),
        (b"%c", &[N("255")], "ok: \\xff"),
        (b"%c", &[N("65")], "ok: A"),
        (b"%c", &[N("2147483648")], "ok: "),
        (b"%c", &[N("4294967361")], "ok: "),
        (b"%c", &[N("-2147483648")], "ok: "),
        (b"%c", &[N("9007199254740992")], "ok: "),
        (b"%c", &[N("9.2233720368547758e+18")], "ok: "),
        (b"%c", &[N("-9.2233720368547758e+18")], "ok: "),
        (b"%c", &[N("1.8446744073709552e+19")], "ok: "),
        (b"%c", &[N("-1.8446744073709552e+19")], "ok: "),
        (b"%c", &[N("1e+20")], "ok: "),
        (b"%c", &[N("-1e+20")], "ok: "),
        (b"%c", &[N("1e+100")], "ok: "),
        (b"%c", &[N("inf")], "ok: "),
        (b"%c", &[N("-inf")], "ok: "),
        (b"%c", &[N("-nan")], "ok: "),
        (b"%c", &[N("nan")], "ok: "),
        (b"%c", &[N("0.5")], "ok: "),
        (b"%c", &[N("123456789")], "ok: \\x15"),
        (b"%c", &[N("4294967296.5")], "ok: "),
        (b"%5c|", &[N("0")], "ok:     |"),
        (b"%5c|", &[N("0")], "ok:     |"),
        (b"%5c|", &[N("1")], "ok:     \\x01|"),
        (b"%5c|", &[N("-1")], "ok:     \\xff|"),
        (b"%5c|", &[N("5")], "ok:     \\x05|"),
        (b"%5c|", &[N("-5")], "ok:     \\xfb|"),
        (b"%5c|", &[N("3.7000000000000002")], "ok:     \\x03|"),
        (b"%5c|", &[N("-3.7000000000000002")], "ok:     \\xfd|"),
        (b"%5c|", &[N("255")], "ok:     \\xff|"),
        (b"%5c|", &[N("65")], "ok:     A|"),
        (b"%5c|", &[N("2147483648")], "ok:     |"),
        (b"%5c|", &[N("4294967361")], "ok:     |"),
        (b"%5c|", &[N("-2147483648")], "ok:     |"),
        (b"%5c|", &[N("9007199254740992")], "ok:     |"),
        (b"%5c|", &[N("9.2233720368547758e+18")], "ok:     |"),
        (b"%5c|", &[N("-9.2233720368547758e+18")], "ok:     |"),
        (b"%5c|", &[N("1.8446744073709552e+19")], "ok:     |"),
        (b"%5c|", &[N("-1.8446744073709552e+19")], "ok:     |"),
        (b"%5c|", &[N("1e+20")], "ok:     |"),
        (b"%5c|", &[N("-1e+20")], "ok:     |"),
        (b"%5c|", &[N("1e+100")], "ok:     |"),
        (b"%5c|", &[N("inf")], "ok:     |"),
        (b"%5c|", &[N("-inf")], "ok:     |"),
        (b"%5c|", &[N("-nan")], "ok:     |"),
        (b"%5c|", &[N("nan")], "ok:     |"),
        (b"%5c|", &[N("0.5")], "ok:     |"),
        (b"%5c|", &[N("123456789")], "ok:     \\x15|"),
        (b"%5c|", &[N("4294967296.5")], "ok:     |"),
        (b"%-5c|", &[N("0")], "ok: |"),
        (b"%-5c|", &[N("0")], "ok: |"),
        (b"%-5c|", &[N("1")], "ok: \\x01    |"),
        (b"%-5c|", &[N("-1")], "ok: \\xff    |"),
        (b"%-5c|", &[N("5")], "ok: \\x05    |"),
        (b"%-5c|", &[N("-5")], "ok: \\xfb    |"),
        (b"%-5c|", &[N("3.7000000000000002")], "ok: \\x03    |"),
        (b"%-5c|", &[N("-3.7000000000000002")], "ok: \\xfd    |"),
        (b"%-5c|", &[N("255")], "ok: \\xff    |"),
        (b"%-5c|", &[N("65")], "ok: A    |"),
        (b"%-5c|", &[N("2147483648")], "ok: |"),
        (b"%-5c|", &[N("4294967361")], "ok: |"),
        (b"%-5c|", &[N("-2147483648")], "ok: |"),
        (b"%-5c|", &[N("9007199254740992")], "ok: |"),
        (b"%-5c|", &[N("9.2233720368547758e+18")], "ok: |"),
        (b"%-5c|", &[N("-9.2233720368547758e+18")], "ok: |"),
        (b"%-5c|", &[N("1.8446744073709552e+19")], "ok: |"),
        (b"%-5c|", &[N("-1.8446744073709552e+19")], "ok: |"),
        (b"%-5c|", &[N("1e+20")], "ok: |"),
        (b"%-5c|", &[N("-1e+20")], "ok: |"),
        (b"%-5c|", &[N("1e+100")], "ok: |"),
        (b"%-5c|", &[N("inf")], "ok: |"),
        (b"%-5c|", &[N("-inf")], "ok: |"),
        (b"%-5c|", &[N("-nan")], "ok: |"),
        (b"%-5c|", &[N("nan")], "ok: |"),
        (b"%-5c|", &[N("0.5")], "ok: |"),
        (b"%-5c|", &[N("123456789")], "ok: \\x15    |"),
        (b"%-5c|", &[N("4294967296.5")], "ok: |"),
        (b"%05c", &[N("0")], "ok:     "),
        (b"%05c", &[N("0")], "ok:     "),
        (b"%05c", &[N("1")], "ok:     \\x01"),
        (b"%05c", &[N("-1")], "ok:     \\xff"),
        (b"%05c", &[N("5")], "ok:     \\x05"),
        (b"%05c", &[N("-5")], "ok:     \\xfb"),
        (b"%05c", &[N("3.7000000000000002")], "ok:     \\x03"),
        (b"%05c", &[N("-3.7000000000000002")], "ok:     \\xfd"),
        (b"%05c", &[N("255")], "ok:     \\xff"),
        (b"%05c", &[N("65")], "ok:     A"),
        (b"%05c", &[N("2147483648")], "ok:     "),
        (b"%05c", &[N("4294967361")], "ok:     "),
        (b"%05c", &[N("-2147483648")], "ok:     "),
        (b"%05c", &[N("9007199254740992")], "ok:     "),
        (b"%05c", &[N("9.2233720368547758e+18")], "ok:     "),
        (b"%05c", &[N("-9.2233720368547758e+18")], "ok:     "),
        (b"%05c", &[N("1.8446744073709552e+19")], "ok:     "),
        (b"%05c", &[N("-1.8446744073709552e+19")], "ok:     "),
        (b"%05c", &[N("1e+20")], "ok:     "),
        (b"%05c", &[N("-1e+20")], "ok:     "),
        (b"%05c", &[N("1e+100")], "ok:     "),
        (b"%05c", &[N("inf")], "ok:     "),
        (b"%05c", &[N("-inf")], "ok:     "),
        (b"%05c", &[N("-nan")], "ok:     "),
        (b"%05c", &[N("nan")], "ok:     "),
        (b"%05c", &[N("0.5")], "ok:     "),
        (b"%05c", &[N("123456789")], "ok:     \\x15"),
        (b"%05c", &[N("4294967296.5")], "ok:     "),
        (b"%.3c|", &[N("0")], "ok: |"),
        (b"%.3c|", &[N("0")], "ok: |"),
        (b"%.3c|", &[N("1")], "ok: \\x01|"),
        (b"%.3c|", &[N("-1")], "ok: \\xff|"),
        (b"%.3c|", &[N("5")], "ok: \\x05|"),
        (b"%.3c|", &[N("-5")], "ok: \\xfb|"),
        (b"%.3c|", &[N("3.7000000000000002")], "ok: \\x03|"),
        (b"%.3c|", &[N("-3.7000000000000002")], "ok: \\xfd|"),
        (b"%.3c|", &[N("255")], "ok: \\xff|"),
        (b"%.3c|", &[N("65")], "ok: A|"),
        (b"%.3c|", &[N("2147483648")], "ok: |"),
        (b"%.3c|", &[N("4294967361")], "ok: |"),
        (b"%.3c|", &[N("-2147483648")], "ok: |"),
        (b"%.3c|", &[N("9007199254740992")], "ok: |"),
        (b"%.3c|", &[N("9.2233720368547758e+18")], "ok: |"),
        (b"%.3c|", &[N("-9.2233720368547758e+18")], "ok: |"),
        (b"%.3c|", &[N("1.8446744073709552e+19")], "ok: |"),
        (b"%.3c|", &[N("-1.8446744073709552e+19")], "ok: |"),
        (b"%.3c|", &[N("1e+20")], "ok: |"),
        (b"%.3c|", &[N("-1e+20")], "ok: |"),
        (b"%.3c|", &[N("1e+100")], "ok: |"),
        (b"%.3c|", &[N("inf")], "ok: |"),
        (b"%.3c|", &[N("-inf")], "ok: |"),
        (b"%.3c|", &[N("-nan")], "ok: |"),
        (b"%.3c|", &[N("nan")], "ok: |"),
        (b"%.3c|", &[N("0.5")], "ok: |"),
        (b"%.3c|", &[N("123456789")], "ok: \\x15|"),
        (b"%.3c|", &[N("4294967296.5")], "ok: |"),
        (b"%+c", &[N("0")], "ok: "),
        (b"%+c", &[N("0")], "ok: "),
        (b"%+c", &[N("1")], "ok: \\x01"),
        (b"%+c", &[N("-1")], "ok: \\xff"),
        (b"%+c", &[N("5")], "ok: \\x05"),
        (b"%+c", &[N("-5")], "ok: \\xfb"),
        (b"%+c", &[N("3.7000000000000002")], "ok: \\x03"),
        (b"%+c", &[N("-3.7000000000000002")], "ok: \\xfd"),
        (b"%+c", &[N("255")], "ok: \\xff"),
        (b"%+c", &[N("65")], "ok: A"),
        (b"%+c", &[N("2147483648")], "ok: "),
        (b"%+c", &[N("4294967361")], "ok: "),
        (b"%+c", &[N("-2147483648")], "ok: "),
        (b"%+c", &[N("9007199254740992")], "ok: "),
        (b"%+c", &[N("9.2233720368547758e+18")], "ok: "),
        (b"%+c", &[N("-9.2233720368547758e+18")], "ok: "),
        (b"%+c", &[N("1.8446744073709552e+19")], "ok: "),
        (b"%+c", &[N("-1.8446744073709552e+19")], "ok: "),
        (b"%+c", &[N("1e+20")], "ok: "),
        (b"%+c", &[N("-1e+20")], "ok: "),
        (b"%+c", &[N("1e+100")], "ok: "),
        (b"%+c", &[N("inf")], "ok: "),
        (b"%+c", &[N("-inf")], "ok: "),
        (b"%+c", &[N("-nan")], "ok: "),
        (b"%+c", &[N("nan")], "ok: "),
        (b"%+c", &[N("0.5")], "ok: "),
        (b"%+c", &[N("123456789")], "ok: \\x15"),
        (b"%+c", &[N("4294967296.5")], "ok: "),
        (b"%s", &[S(b"")], "ok: "),
        (b"%s", &[S(b"a")], "ok: a"),
        (b"%s", &[S(b"hello")], "ok: hello"),
        (b"%s", &[S(b"a\x00b")], "ok: a"),
        (b"%s", &[S(b"\x00x")], "ok: "),
        (b"%s", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%s", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%s", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00"),
        (b"%s", &[S(b"  sp  ")], "ok:   sp  "),
        (b"%5s|", &[S(b"")], "ok:      |"),
        (b"%5s|", &[S(b"a")], "ok:     a|"),
        (b"%5s|", &[S(b"hello")], "ok: hello|"),
        (b"%5s|", &[S(b"a\x00b")], "ok:     a|"),
        (b"%5s|", &[S(b"\x00x")], "ok:      |"),
        (b"%5s|", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab|"),
        (b"%5s|", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab|"),
        (b"%5s|", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00|"),
        (b"%5s|", &[S(b"  sp  ")], "ok:   sp  |"),
        (b"%-5s|", &[S(b"")], "ok:      |"),
        (b"%-5s|", &[S(b"a")], "ok: a    |"),
        (b"%-5s|", &[S(b"hello")], "ok: hello|"),
        (b"%-5s|", &[S(b"a\x00b")], "ok: a    |"),
        (b"%-5s|", &[S(b"\x00x")], "ok:      |"),
        (b"%-5s|", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab|"),
        (b"%-5s|", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab|"),
        (b"%-5s|", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00|"),
        (b"%-5s|", &[S(b"  sp  ")], "ok:   sp  |"),
        (b"%.2s|", &[S(b"")], "ok: |"),
        (b"%.2s|", &[S(b"a")], "ok: a|"),
        (b"%.2s|", &[S(b"hello")], "ok: he|"),
        (b"%.2s|", &[S(b"a\x00b")], "ok: a|"),
        (b"%.2s|", &[S(b"\x00x")], "ok: |"),
        (b"%.2s|", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ab|"),
        (b"%.2s|", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ab|"),
        (b"%.2s|", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a|"),
        (b"%.2s|", &[S(b"  sp  ")], "ok:   |"),
        (b"%5.2s|", &[S(b"")], "ok:      |"),
        (b"%5.2s|", &[S(b"a")], "ok:     a|"),
        (b"%5.2s|", &[S(b"hello")], "ok:    he|"),
        (b"%5.2s|", &[S(b"a\x00b")], "ok:     a|"),
        (b"%5.2s|", &[S(b"\x00x")], "ok:      |"),
        (b"%5.2s|", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok:    ab|"),
        (b"%5.2s|", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok:    ab|"),
        (b"%5.2s|", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok:     a|"),
        (b"%5.2s|", &[S(b"  sp  ")], "ok:      |"),
        (b"%-5.1s|", &[S(b"")], "ok:      |"),
        (b"%-5.1s|", &[S(b"a")], "ok: a    |"),
        (b"%-5.1s|", &[S(b"hello")], "ok: h    |"),
        (b"%-5.1s|", &[S(b"a\x00b")], "ok: a    |"),
        (b"%-5.1s|", &[S(b"\x00x")], "ok:      |"),
        (b"%-5.1s|", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: a    |"),
        (b"%-5.1s|", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: a    |"),
        (b"%-5.1s|", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a    |"),
        (b"%-5.1s|", &[S(b"  sp  ")], "ok:      |"),
        (b"%.0s|", &[S(b"")], "ok: |"),
        (b"%.0s|", &[S(b"a")], "ok: |"),
        (b"%.0s|", &[S(b"hello")], "ok: |"),
        (b"%.0s|", &[S(b"a\x00b")], "ok: |"),
        (b"%.0s|", &[S(b"\x00x")], "ok: |"),
        (b"%.0s|", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: |"),
        (b"%.0s|", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: |"),
        (b"%.0s|", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: |"),
        (b"%.0s|", &[S(b"  sp  ")], "ok: |"),
        (b"%.s|", &[S(b"")], "ok: |"),
        (b"%.s|", &[S(b"a")], "ok: |"),
        (b"%.s|", &[S(b"hello")], "ok: |"),
        (b"%.s|", &[S(b"a\x00b")], "ok: |"),
        (b"%.s|", &[S(b"\x00x")], "ok: |"),
        (b"%.s|", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: |"),
        (b"%.s|", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: |"),
        (b"%.s|", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: |"),
        (b"%.s|", &[S(b"  sp  ")], "ok: |"),
        (b"%05s", &[S(b"")], "ok:      "),
        (b"%05s", &[S(b"a")], "ok:     a"),
        (b"%05s", &[S(b"hello")], "ok: hello"),
        (b"%05s", &[S(b"a\x00b")], "ok:     a"),
        (b"%05s", &[S(b"\x00x")], "ok:      "),
        (b"%05s", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%05s", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%05s", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00"),
        (b"%05s", &[S(b"  sp  ")], "ok:   sp  "),
        (b"%+s", &[S(b"")], "ok: "),
        (b"%+s", &[S(b"a")], "ok: a"),
        (b"%+s", &[S(b"hello")], "ok: hello"),
        (b"%+s", &[S(b"a\x00b")], "ok: a"),
        (b"%+s", &[S(b"\x00x")], "ok: "),
        (b"%+s", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%+s", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%+s", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00"),
        (b"%+s", &[S(b"  sp  ")], "ok:   sp  "),
        (b"%#s", &[S(b"")], "ok: "),
        (b"%#s", &[S(b"a")], "ok: a"),
        (b"%#s", &[S(b"hello")], "ok: hello"),
        (b"%#s", &[S(b"a\x00b")], "ok: a"),
        (b"%#s", &[S(b"\x00x")], "ok: "),
        (b"%#s", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%#s", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%#s", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00"),
        (b"%#s", &[S(b"  sp  ")], "ok:   sp  "),
        (b"% s", &[S(b"")], "ok: "),
        (b"% s", &[S(b"a")], "ok: a"),
        (b"% s", &[S(b"hello")], "ok: hello"),
        (b"% s", &[S(b"a\x00b")], "ok: a"),
        (b"% s", &[S(b"\x00x")], "ok: "),
        (b"% s", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"% s", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"% s", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00"),
        (b"% s", &[S(b"  sp  ")], "ok:   sp  "),
        (b"%99s", &[S(b"")], "ok:                                                                                                    "),
        (b"%99s", &[S(b"a")], "ok:                                                                                                   a"),
        (b"%99s", &[S(b"hello")], "ok:                                                                                               hello"),
        (b"%99s", &[S(b"a\x00b")], "ok:                                                                                                   a"),
        (b"%99s", &[S(b"\x00x")], "ok:                                                                                                    "),
        (b"%99s", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok:  ababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%99s", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%99s", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00"),
        (b"%99s", &[S(b"  sp  ")], "ok:                                                                                                sp  "),
        (b"%.99s", &[S(b"")], "ok: "),
        (b"%.99s", &[S(b"a")], "ok: a"),
        (b"%.99s", &[S(b"hello")], "ok: hello"),
        (b"%.99s", &[S(b"a\x00b")], "ok: a"),
        (b"%.99s", &[S(b"\x00x")], "ok: "),
        (b"%.99s", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab"),
        (b"%.99s", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababa"),
        (b"%.99s", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a"),
        (b"%.99s", &[S(b"  sp  ")], "ok:   sp  "),
        (b"%-99s|", &[S(b"")], "ok:                                                                                                    |"),
        (b"%-99s|", &[S(b"a")], "ok: a                                                                                                  |"),
        (b"%-99s|", &[S(b"hello")], "ok: hello                                                                                              |"),
        (b"%-99s|", &[S(b"a\x00b")], "ok: a                                                                                                  |"),
        (b"%-99s|", &[S(b"\x00x")], "ok:                                                                                                    |"),
        (b"%-99s|", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: ababababababababababababababababababababababababababababababababababababababababababababababababab |"),
        (b"%-99s|", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: abababababababababababababababababababababababababababababababababababababababababababababababababab|"),
        (b"%-99s|", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00a\\x00|"),
        (b"%-99s|", &[S(b"  sp  ")], "ok:   sp                                                                                               |"),
        (b"%q", &[S(b"")], "ok: \\x22\\x22"),
        (b"%q", &[S(b"a")], "ok: \\x22a\\x22"),
        (b"%q", &[S(b"hello")], "ok: \\x22hello\\x22"),
        (b"%q", &[S(b"a\x00b")], "ok: \\x22a\\x5c000b\\x22"),
        (b"%q", &[S(b"\x00x")], "ok: \\x22\\x5c000x\\x22"),
        (b"%q", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: \\x22ababababababababababababababababababababababababababababababababababababababababababababababababab\\x22"),
        (b"%q", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: \\x22abababababababababababababababababababababababababababababababababababababababababababababababababab\\x22"),
        (b"%q", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: \\x22a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000\\x22"),
        (b"%q", &[S(b"  sp  ")], "ok: \\x22  sp  \\x22"),
        (b"%10q", &[S(b"")], "ok: \\x22\\x22"),
        (b"%10q", &[S(b"a")], "ok: \\x22a\\x22"),
        (b"%10q", &[S(b"hello")], "ok: \\x22hello\\x22"),
        (b"%10q", &[S(b"a\x00b")], "ok: \\x22a\\x5c000b\\x22"),
        (b"%10q", &[S(b"\x00x")], "ok: \\x22\\x5c000x\\x22"),
        (b"%10q", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: \\x22ababababababababababababababababababababababababababababababababababababababababababababababababab\\x22"),
        (b"%10q", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: \\x22abababababababababababababababababababababababababababababababababababababababababababababababababab\\x22"),
        (b"%10q", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: \\x22a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000\\x22"),
        (b"%10q", &[S(b"  sp  ")], "ok: \\x22  sp  \\x22"),
        (b"%-5.2q", &[S(b"")], "ok: \\x22\\x22"),
        (b"%-5.2q", &[S(b"a")], "ok: \\x22a\\x22"),
        (b"%-5.2q", &[S(b"hello")], "ok: \\x22hello\\x22"),
        (b"%-5.2q", &[S(b"a\x00b")], "ok: \\x22a\\x5c000b\\x22"),
        (b"%-5.2q", &[S(b"\x00x")], "ok: \\x22\\x5c000x\\x22"),
        (b"%-5.2q", &[S(b"ababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: \\x22ababababababababababababababababababababababababababababababababababababababababababababababababab\\x22"),
        (b"%-5.2q", &[S(b"abababababababababababababababababababababababababababababababababababababababababababababababababab")], "ok: \\x22abababababababababababababababababababababababababababababababababababababababababababababababababab\\x22"),
        (b"%-5.2q", &[S(b"a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00a\x00")], "ok: \\x22a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000a\\x5c000\\x22"),
        (b"%-5.2q", &[S(b"  sp  ")], "ok: \\x22  sp  \\x22"),
        (b"%q", &[S(b"\x22quoted\x22")], "ok: \\x22\\x5c\\x22quoted\\x5c\\x22\\x22"),
        (b"%q", &[S(b"back\x5cslash")], "ok: \\x22back\\x5c\\x5cslash\\x22"),
        (b"%q", &[S(b"new\x0aline")], "ok: \\x22new\\x5c\\x0aline\\x22"),
        (b"%q", &[S(b"cr\x0dlf")], "ok: \\x22cr\\x5crlf\\x22"),
        (b"%q", &[S(b"nul\x00nul")], "ok: \\x22nul\\x5c000nul\\x22"),
        (b"%q", &[S(b"\x01\x02\x7f\xc8\xff")], "ok: \\x22\\x01\\x02\\x7f\\xc8\\xff\\x22"),
        (b"%q", &[S(b"tab\x09x")], "ok: \\x22tab\\x09x\\x22"),
        (b"%q", &[S(b"\x0d\x0a\x00")], "ok: \\x22\\x5cr\\x5c\\x0a\\x5c000\\x22"),
        (b"%q", &[S(b"\x001")], "ok: \\x22\\x5c0001\\x22"),
        (b"%s %s", &[N("0.33333333333333331"), N("12")], "ok: 0.33333333333333 12"),
        (b"%q", &[N("0.33333333333333331")], "ok: \\x220.33333333333333\\x22"),
        (b"%q", &[N("0")], "ok: \\x220\\x22"),
        (b"%s", &[N("1000000000000000")], "ok: 1e+15"),
        (b"%d", &[S(b"10")], "ok: 10"),
        (b"%d", &[S(b" 0x10 ")], "ok: 16"),
        (b"%x", &[S(b"1e2")], "ok: 64"),
        (b"%d", &[S(b"x")], "error: bad argument #2 to '?' (number expected, got string)"),
        (b"%s", &[Nil], "error: bad argument #2 to '?' (string expected, got nil)"),
        (b"%d", &[], "error: bad argument #2 to '?' (no value)"),
        (b"%s", &[], "error: bad argument #2 to '?' (no value)"),
        (b"%d %d", &[N("1")], "error: bad argument #3 to '?' (no value)"),
        (b"%", &[], "error: bad argument #2 to '?' (no value)"),
        (b"%", &[N("1")], "error: invalid option '%' to 'format'"),
        (b"abc%", &[], "error: bad argument #2 to '?' (no value)"),
        (b"%y", &[N("1")], "error: invalid option '%y' to 'format'"),
        (b"%y", &[], "error: bad argument #2 to '?' (no value)"),
        (b"%5%", &[N("1")], "error: invalid option '%%' to 'format'"),
        (b"%%", &[], "ok: %"),
        (b"100%% sure", &[], "ok: 100% sure"),
        (b"%F", &[N("1")], "error: invalid option '%F' to 'format'"),
        (b"%a", &[N("1")], "error: invalid option '%a' to 'format'"),
        (b"%n", &[N("1")], "error: invalid option '%n' to 'format'"),
        (b"%p", &[N("1")], "error: invalid option '%p' to 'format'"),
        (b"%ld", &[N("1")], "error: invalid option '%l' to 'format'"),
        (b"%hd", &[N("1")], "error: invalid option '%h' to 'format'"),
        (b"%\x00d", &[N("1")], "error: invalid option '%' to 'format'"),
        (b"%5\x00", &[N("1")], "error: invalid option '%' to 'format'"),
        (b"%------d", &[N("1")], "error: invalid format (repeated flags)"),
        (b"%-----d|", &[N("1")], "ok: 1|"),
        (b"%-+ #0d", &[N("1")], "ok: +1"),
        (b"%-+ #0-d", &[N("1")], "error: invalid format (repeated flags)"),
        (b"%123d", &[N("1")], "error: invalid format (width or precision too long)"),
        (b"%12.123d", &[N("1")], "error: invalid format (width or precision too long)"),
        (b"%.123d", &[N("1")], "error: invalid format (width or precision too long)"),
        (b"%99.99f", &[N("1")], "ok: 1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (b"%99.99d", &[N("1")], "ok: 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"),
        (b"%00099d", &[N("1")], "ok: 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"),
        (b"%1.1.1d", &[N("1")], "error: invalid option '%.' to 'format'"),
        (b"%5.s|", &[S(b"abc")], "ok:      |"),
        (b"% 5.3e", &[N("1")], "ok:  1.000e+00"),
        (b"a\x00b%dc\x00", &[N("7")], "ok: a\\x00b7c\\x00"),
        (b"%s %d %s", &[S(b"a"), N("2"), S(b"c")], "ok: a 2 c"),
        (b"%c%c%c", &[N("76"), N("117"), N("97")], "ok: Lua"),
        (b"%5.1f|%-8.3e|%G", &[N("3.1415899999999999"), N("2.71828"), N("1e-10")], "ok:   3.1|2.718e+00|1E-10"),
        (b"%.14g", &[N("0.10000000000000001")], "ok: 0.1"),
        (b"%.3f", &[N("2.0005000000000002")], "ok: 2.001"),
        (b"%10.4f|", &[N("-inf")], "ok:       -inf|"),
        (b"%-10.3g|", &[N("-nan")], "ok: -nan      |"),
        (b"%010g", &[N("inf")], "ok:        inf"),
        (b"%+e", &[N("-nan")], "ok: -nan"),
        (b"%.0e", &[N("0")], "ok: 0e+00"),
        (b"%#.0f", &[N("0")], "ok: 0."),
        (b"%e", &[N("0")], "ok: 0.000000e+00"),
        (b"%g", &[N("100000")], "ok: 100000"),
        (b"%g", &[N("1000000")], "ok: 1e+06"),
        (b"%#x", &[N("0")], "ok: 0"),
        (b"%#o", &[N("0")], "ok: 0"),
        (b"%s", &[Bool], "error: bad argument #2 to '?' (string expected, got boolean)"),
        (b"%d", &[Table], "error: bad argument #2 to '?' (number expected, got table)"),
        (b"%s", &[Table], "error: bad argument #2 to '?' (string expected, got table)"),
        (b"%c", &[S(b"65")], "ok: A"),
        ];
        for (fmt, values, expected) in cases {
            let result = match format(fmt, &mut Values(values)) {
                Ok(bytes) => format!("ok: {}", escape(&bytes)),
                Err(message) => format!("error: {message}"),
            };
            assert_eq!(result, *expected, "format {:?}", escape(fmt));
        }
        assert_eq!(cases.len(), 1409);
    }

    /// Any number as a `%` argument, never running out.
    struct AnyNumbers(Vec<f64>);

    impl FormatArgs for AnyNumbers {
        type Error = Vec<u8>;

        fn require(&mut self, _arg: usize) -> Result<(), Vec<u8>> {
            Ok(())
        }

        fn number(&mut self, arg: usize) -> Result<f64, Vec<u8>> {
            Ok(self.0[arg % self.0.len()])
        }

        fn string(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, Vec<u8>> {
            let mut shown = Vec::new();
            format_number(self.0[arg % self.0.len()], &mut shown);
            Ok(Cow::Owned(shown))
        }

        fn format_error(&mut self, message: Vec<u8>) -> Vec<u8> {
            message
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Any format bytes with any numbers: a result or an error, never a panic, and
        /// never more than a conversion's worth of output per format byte.
        #[test]
        fn format_never_panics(
            fmt in proptest::collection::vec(proptest::prop_oneof![
                proptest::sample::select(b"%-+ #0123456789.cdiouxXeEfgGqs%".to_vec()),
                proptest::num::u8::ANY,
            ], 0..24),
            numbers in proptest::collection::vec(proptest::num::f64::ANY, 1..4),
        ) {
            if let Ok(bytes) = format(&fmt, &mut AnyNumbers(numbers)) {
                proptest::prop_assert!(bytes.len() <= fmt.len() * 420 + 1);
            }
        }
    }
}
