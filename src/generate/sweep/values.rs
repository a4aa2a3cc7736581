//! The edge values the sweep passes to library functions: a universal list every parameter
//! position receives (every type, the numbers C casts and range checks trip over, strings that
//! look like numbers), and extra values for the kinds of parameter they matter to (patterns,
//! formats, levels, ...).
//!
//! Each value is a Lua expression evaluated into a local before the call, so values with state
//! (tables with metatables, coroutines, proxies) are fresh for every call.

use super::catalogue::Kind;

/// One argument of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EdgeValue {
    /// Short stable name, used in call labels and coverage.
    pub id: &'static str,
    /// The Lua expression; `None` for a missing argument (the call passes fewer arguments).
    pub lua: Option<&'static str>,
}

const fn value(id: &'static str, lua: &'static str) -> EdgeValue {
    EdgeValue { id, lua: Some(lua) }
}

/// No argument at this position (and none after it).
pub const MISSING: EdgeValue = EdgeValue {
    id: "missing",
    lua: None,
};

/// Every parameter position gets each of these.
pub const UNIVERSAL: &[EdgeValue] = &[
    MISSING,
    value("nil", "nil"),
    value("true", "true"),
    value("false", "false"),
    value("0", "0"),
    // Computed at run time: a constant -0 may be folded into the constant 0.
    value("-0", "-(function() return 0 end)()"),
    value("1", "1"),
    value("-1", "-1"),
    value("-3", "-3"),
    value("0.5", "0.5"),
    value("-0.5", "-0.5"),
    value("1.5", "1.5"),
    value("nan", "0/0"),
    value("inf", "1/0"),
    value("-inf", "-1/0"),
    value("2^31", "2^31"),
    value("2^31-1", "2^31-1"),
    value("-2^31", "-2^31"),
    value("-2^31-1", "-2^31-1"),
    value("2^32+1", "2^32+1"),
    value("2^53", "2^53"),
    value("2^63", "2^63"),
    value("1e300", "1e300"),
    value("-1e300", "-1e300"),
    value("255", "255"),
    value("256", "256"),
    value("empty", "\"\""),
    value("abc", "\"abc\""),
    value("nul", "\"a\\0b\""),
    value("' 10 '", "\" 10 \""),
    value("'0x10'", "\"0x10\""),
    value("'1e2'", "\"1e2\""),
    value("'-1'", "\"-1\""),
    value("'nan'", "\"nan\""),
    value("'inf'", "\" inf\""),
    value("'0x'", "\"0x\""),
    value("'2^31'", "\"2147483648\""),
    value("huge", "string.rep(\"x\", 100000)"),
    value("{}", "{}"),
    value("{1,2,3}", "{1, 2, 3}"),
    value(
        "{__index}",
        "setmetatable({}, {__index = function(t, k) return k end})",
    ),
    value(
        "{__tostring}",
        "setmetatable({}, {__tostring = function() return \"T\" end})",
    ),
    value(
        "{__tostring bad}",
        "setmetatable({}, {__tostring = function() return {} end})",
    ),
    value(
        "{__len}",
        "setmetatable({1, 2}, {__len = function() return 10 end})",
    ),
    value(
        "{__call}",
        "setmetatable({}, {__call = function(self, ...) return \"called\", ... end})",
    ),
    value(
        "{__metatable}",
        "setmetatable({}, {__metatable = \"locked\"})",
    ),
    value(
        "{__eq __lt __concat}",
        "setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return \"cat\" end, __unm = function() return 1 end})",
    ),
    value(
        "{__index table}",
        "setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error(\"read-only\") end})",
    ),
    value("function", "function() end"),
    value("C function", "math.max"),
    value("thread", "coroutine.create(function() end)"),
    value("userdata", "newproxy()"),
    value(
        "userdata with metatable",
        "(function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return \"U\" end mt.__index = function() return 1 end return u end)()",
    ),
];

/// The subset crossed pairwise between two positions of one function: one value of each
/// type and the numbers most likely to trip a conversion, so two bad arguments show which
/// one the function checks first.
pub const PAIRWISE: &[&str] = &[
    "nil", "true", "abc", "'1e2'", "{}", "function", "0.5", "-1", "nan", "2^31", "-2^31",
];

const INTS: &[EdgeValue] = &[
    value("2", "2"),
    value("3", "3"),
    value("-2", "-2"),
    value("100", "100"),
    value("2^30", "2^30"),
    value("2.9", "2.9"),
    value("-2.9", "-2.9"),
];

const LEVELS: &[EdgeValue] = &[
    value("2", "2"),
    value("3", "3"),
    value("4", "4"),
    value("50", "50"),
];

const NUMBERS: &[EdgeValue] = &[
    value("-2.5", "-2.5"),
    value("1e-300", "1e-300"),
    value("3.14159", "3.14159"),
    value("1e15", "1e15"),
    value("2^-1074", "2^-1074"),
];

const STRINGS: &[EdgeValue] = &[
    value("nuls", "\"a\\0b\\0\""),
    value("high bytes", "\"\\255\\128\\0\""),
    value("mixed case", "\"aBc XyZ 09\""),
    value("newlines", "\"line\\nline\\r\\n\""),
];

const PATTERNS: &[EdgeValue] = &[
    value("'('", "\"(\""),
    value("'%'", "\"%\""),
    value("'[a'", "\"[a\""),
    value("'%b'", "\"%b\""),
    value("'%bxy'", "\"%bxy\""),
    value("'%f[%a]'", "\"%f[%a]\""),
    value("'%f'", "\"%f\""),
    value("'%1'", "\"%1\""),
    value("'(()'", "\"(()\""),
    value("'[^]]'", "\"[^]]\""),
    value("'a-'", "\"a-\""),
    value("'.-$'", "\".-$\""),
    value("'^(a*)$'", "\"^(a*)$\""),
    value("'[%a-z]'", "\"[%a-z]\""),
    value("'[a-%%]'", "\"[a-%%]\""),
    value("'%z'", "\"%z\""),
    value("'[]'", "\"[]\""),
    value("'()'", "\"()\""),
    value("'(.)%1'", "\"(.)%1\""),
    value("'%g'", "\"%g\""),
    value("33 captures", "string.rep(\"(a)\", 33)"),
    value("'%'..nul", "\"%\\0\""),
    value("'.*'", "\".*\""),
    value("'x*'", "\"x*\""),
];

const REPLACEMENTS: &[EdgeValue] = &[
    value("'%1'", "\"%1\""),
    value("'%2'", "\"%2\""),
    value("'%'", "\"%\""),
    value("'%%'", "\"%%\""),
    value("'%a'", "\"%a\""),
    value("'%0%0'", "\"%0%0\""),
    value("{b=B}", "{b = \"B\"}"),
    value("doubling", "function(c) return c .. c end"),
    value("returns false", "function() return false end"),
    value("returns table", "function() return {} end"),
    value("errors", "function() error(\"in replacement\") end"),
];

const FORMATS: &[EdgeValue] = &[
    value("'%d'", "\"%d\""),
    value("'%5.2s'", "\"%5.2s\""),
    value("'%q'", "\"%q\""),
    value("'%x'", "\"%x\""),
    value("'%X'", "\"%X\""),
    value("'%o'", "\"%o\""),
    value("'%c'", "\"%c\""),
    value("'%i'", "\"%i\""),
    value("'%u'", "\"%u\""),
    value("'%e'", "\"%e\""),
    value("'%E'", "\"%E\""),
    value("'%g'", "\"%g\""),
    value("'%G'", "\"%G\""),
    value("'%f'", "\"%f\""),
    value("'%.3f'", "\"%.3f\""),
    value("'%99d'", "\"%99d\""),
    value("'%100d'", "\"%100d\""),
    value("'%.99f'", "\"%.99f\""),
    value("'%.100f'", "\"%.100f\""),
    value("'%-5d|'", "\"%-5d|\""),
    value("'%#x'", "\"%#x\""),
    value("'%+d'", "\"%+d\""),
    value("'% d'", "\"% d\""),
    value("'%05.1f'", "\"%05.1f\""),
    value("'%%'", "\"%%\""),
    value("'%'", "\"%\""),
    value("'%z'", "\"%z\""),
    value("'%-+ #0d'", "\"%-+ #0d\""),
    value("'%-+ #00d'", "\"%-+ #00d\""),
    value("'%s%s'", "\"%s%s\""),
    value("'%s'..nul", "\"%s\\0%s\""),
    value("'%10.4s|'", "\"%10.4s|\""),
];

const TABLES: &[EdgeValue] = &[
    value("{3,1,2}", "{3, 1, 2}"),
    value("{n=2}", "{n = 2}"),
    value("{1,nil,3}", "{1, nil, 3}"),
    value("{[1.5]=1}", "{[1.5] = 1}"),
    value("{'a','b'}", "{\"a\", \"b\"}"),
    value("{[2^31]=1}", "{[2^31] = 1}"),
    value("{1,{}}", "{1, {}}"),
];

const FUNCTIONS: &[EdgeValue] = &[
    value("identity", "function(...) return ... end"),
    value("raises string", "function() error(\"boom\") end"),
    value("raises table", "function() error({code = 1}) end"),
    value("raises nil", "function() error() end"),
    value("yields", "function(...) return coroutine.yield(...) end"),
    value("returns nothing", "function() return end"),
    value("less-than", "function(a, b) return a < b end"),
    value("C error", "error"),
];

const THREADS: &[EdgeValue] = &[
    value(
        "suspended",
        "coroutine.create(function(...) coroutine.yield(...) return \"done\" end)",
    ),
    value(
        "dead",
        "(function() local co = coroutine.create(function() end) coroutine.resume(co) return co end)()",
    ),
    value(
        "errored",
        "(function() local co = coroutine.create(function() error(\"x\") end) coroutine.resume(co) return co end)()",
    ),
];

const GC_OPTIONS: &[EdgeValue] = &[
    value("'collect'", "\"collect\""),
    value("'stop'", "\"stop\""),
    value("'restart'", "\"restart\""),
    value("'setpause'", "\"setpause\""),
    value("'setstepmul'", "\"setstepmul\""),
];

const CHUNKS: &[EdgeValue] = &[
    value("'return 1'", "\"return 1\""),
    value("'return ...'", "\"return ...\""),
    value("syntax error", "\"syntax error here\""),
    value("unfinished string", "\"x = 'abc\""),
    value("binary prefix", "\"\\27Lua\""),
    value(
        "dumped",
        "string.dump(function(...) return select('#', ...) end)",
    ),
    value("error at run", "\"error('at run time')\""),
];

const INFO_OPTIONS: &[EdgeValue] = &[
    value("'n'", "\"n\""),
    value("'S'", "\"S\""),
    value("'l'", "\"l\""),
    value("'u'", "\"u\""),
    value("'f'", "\"f\""),
    value("'L'", "\"L\""),
    value("'>S'", "\">S\""),
    value("'x'", "\"x\""),
];

/// The kind-specific values of parameters of `kind` (besides [`UNIVERSAL`]).
pub fn extras(kind: Kind) -> &'static [EdgeValue] {
    match kind {
        Kind::Any => &[],
        Kind::Int => INTS,
        Kind::Level => LEVELS,
        Kind::Number => NUMBERS,
        Kind::Str => STRINGS,
        Kind::Pattern => PATTERNS,
        Kind::Replacement => REPLACEMENTS,
        Kind::Format => FORMATS,
        Kind::Table => TABLES,
        Kind::Function => FUNCTIONS,
        Kind::Thread => THREADS,
        Kind::GcOption => GC_OPTIONS,
        Kind::Chunk => CHUNKS,
        Kind::InfoOptions => INFO_OPTIONS,
    }
}

/// Every value a parameter of `kind` receives: the universal ones, then its kind's.
pub fn values_for(kind: Kind) -> impl Iterator<Item = &'static EdgeValue> {
    UNIVERSAL.iter().chain(extras(kind))
}

/// The universal value called `id`.
pub fn universal(id: &str) -> Option<&'static EdgeValue> {
    UNIVERSAL.iter().find(|value| value.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_within_each_kind_and_pairwise_ids_exist() {
        for kind in Kind::ALL {
            let mut seen = HashSet::new();
            for value in values_for(kind) {
                assert!(seen.insert(value.id), "{:?} repeats {}", kind, value.id);
            }
        }
        for id in PAIRWISE {
            assert!(
                universal(id).is_some(),
                "pairwise value {id} is not universal"
            );
        }
    }
}
