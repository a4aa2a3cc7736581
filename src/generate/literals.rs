//! The literal values programs are built from, chosen for the edge cases they reach: zero and
//! negative zero, fractions, huge and tiny magnitudes, infinities and NaN, hexadecimal, strings
//! with escapes, embedded zeros and high bytes, numeric strings in every accepted spelling.

use super::builder::Builder;

/// Number literals (and constant expressions giving special values).
pub const NUMBERS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "7",
    "10",
    "-1",
    "-7",
    "0.5",
    "1.5",
    "-2.25",
    "100",
    "255",
    "1e3",
    "1e15",
    "0x10",
    "0xff",
    "3.14159",
    "1e-3",
    "123456789",
    "-0",
    "(2^53)",
    "(1/0)",
    "(-1/0)",
    "(0/0)",
    "1e300",
    "-1e-300",
    "4294967296",
    "0.1",
    "65",
];

/// Small integers, for counts, indices and loop bounds.
pub const SMALL_INTEGERS: &[&str] = &["0", "1", "2", "3", "4", "5", "-1", "-2", "8"];

/// String literals, in Lua syntax.
pub const STRINGS: &[&str] = &[
    "\"\"",
    "\"a\"",
    "\"abc\"",
    "\"Hello World\"",
    "\"x y  z\"",
    "\"key=value, k2=v2\"",
    "\"a.b.c\"",
    "\"123\"",
    "\"  12  \"",
    "\"0x1A\"",
    "\"1e2\"",
    "\"\\0ab\\0\"",
    "\"line1\\nline2\"",
    "\"tab\\tq\\\"uote\\\\\"",
    "[[long [=[ string]]",
    "[==[with ]] inside]==]",
    "\"\\200\\255\\1\"",
    "'single'",
    "\"%d %s %%\"",
    "\"(nested (parens))\"",
    "\"UPPER lower 09\"",
    "\"abcabcabc\"",
];

/// Strings that convert to numbers: coerced by arithmetic, accepted by `tonumber`.
pub const NUMERIC_STRINGS: &[&str] = &[
    "\"10\"",
    "\"  3  \"",
    "\"0x1F\"",
    "\"1e2\"",
    "\"-5\"",
    "\"5.5\"",
    "\".5\"",
    "\"7.\"",
    "\"0\"",
    "\" 0x10 \"",
    "\"1E+2\"",
    "\"\\t42\\n\"",
    "\"-0\"",
];

/// Strings that look numeric but are not numbers in Lua 5.1.
pub const NON_NUMERIC_STRINGS: &[&str] = &[
    "\"\"", "\"1e\"", "\"0x\"", "\"1 2\"", "\"abc\"", "\"--1\"", "\"1..2\"", "\"inf\"", "\"nan\"",
];

/// Valid patterns.
pub const PATTERNS: &[&str] = &[
    "\"%a+\"",
    "\"%d+\"",
    "\"(%w+)=(%w+)\"",
    "\"^%s*(.-)%s*$\"",
    "\"[%a_][%w_]*\"",
    "\"%.\"",
    "\"[^,]+\"",
    "\"(a)(b*)\"",
    "\"%b()\"",
    "\"%f[%w]%w+\"",
    "\"a*\"",
    "\".-b\"",
    "\"()c()\"",
    "\"(%a)%1\"",
    "\"[%d%.]+\"",
    "\"x?y+z-\"",
    "\"[]%]]\"",
    "\"[a-f]+\"",
    "\"%u%l*\"",
    "\"%S+\"",
    "\"^abc\"",
    "\"c$\"",
    "\"\"",
    "\"%z\"",
    "\"[%c%p]\"",
    "\"%x%x\"",
];

/// Patterns that are malformed (errors, to be caught).
pub const BAD_PATTERNS: &[&str] = &[
    "\"[a\"",
    "\"%\"",
    "\"(()\"",
    "\"%1\"",
    "\"a)\"",
    "\"%b\"",
    "\"%f\"",
    "\"((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))\"",
];

/// `gsub` replacement strings.
pub const REPLACEMENTS: &[&str] = &["\"<%0>\"", "\"%1\"", "\"\"", "\"%%\"", "\"x\"", "\"%2-%1\""];

/// `string.format` specifications taking one number.
pub const NUMBER_FORMATS: &[&str] = &[
    "%d", "%5d", "%-5d|", "%05d", "%+d", "%i", "%x", "%X", "%#x", "%o", "%u", "%c", "%e", "%.3e",
    "%E", "%f", "%.2f", "%10.4f", "%-8.1f|", "%g", "%.3g", "%G", "%#g", "% d", "%.0f", "%5.1s",
];

/// `string.format` specifications taking one string.
pub const STRING_FORMATS: &[&str] = &["%s", "%q", "%10s", "%-10s|", "%.2s", "%5.1s"];

impl Builder<'_> {
    pub fn number_literal(&mut self) -> String {
        self.pick(NUMBERS).to_string()
    }

    pub fn small_integer(&mut self) -> String {
        self.pick(SMALL_INTEGERS).to_string()
    }

    pub fn string_literal(&mut self) -> String {
        self.pick(STRINGS).to_string()
    }

    pub fn numeric_string_literal(&mut self) -> String {
        self.pick(NUMERIC_STRINGS).to_string()
    }

    pub fn pattern_literal(&mut self) -> String {
        self.pick(PATTERNS).to_string()
    }

    /// A number in the range `%d`, `%x` and `%c` accept without undefined behaviour in C.
    pub fn formattable_integer(&mut self) -> String {
        self.pick(&[
            "0",
            "1",
            "65",
            "-42",
            "255",
            "3.7",
            "-3.7",
            "1e9",
            "123456789012",
        ])
        .to_string()
    }
}
