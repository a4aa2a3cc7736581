//! Feature snippets: short Lua fragments, each aimed at one behaviour of one feature, with
//! holes the generator fills with fresh expressions (so the same fragment runs on different
//! values in every program).
//!
//! Holes: `$N` number, `$S` string, `$B` boolean, `$A` any value, `$T` table, `$I` small
//! integer, `$P` pattern, `$R` gsub replacement, `$X` a numeric string, `$F` a number format
//! specification, `$L` a new output label. A hole whose text starts with `-` is parenthesised,
//! so `- $N` can never turn into a comment.

use super::builder::{Builder, Kind};
use super::features::Feature;
use super::literals::{NUMBER_FORMATS, REPLACEMENTS, STRING_FORMATS};

/// Depth of the expressions filling holes.
const HOLE_DEPTH: u32 = 2;

impl Builder<'_> {
    /// Writes `template` line by line with its holes filled; `what` names its output lines.
    pub fn fill(&mut self, what: &str, template: &str) {
        for line in template.lines() {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            let filled = self.fill_line(what, trimmed);
            // Indentation inside the template is relative: keep it.
            let extra = (line.len() - line.trim_start().len()) / 2;
            let text = format!("{}{}", "  ".repeat(extra), filled);
            self.line(&text);
        }
    }

    fn fill_line(&mut self, what: &str, line: &str) -> String {
        let mut out = String::with_capacity(line.len());
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '$' {
                out.push(c);
                continue;
            }
            let Some(&hole) = chars.peek() else {
                out.push(c);
                continue;
            };
            let text = match hole {
                'N' => self.expression_at(Kind::Number, HOLE_DEPTH),
                'S' => self.expression_at(Kind::String, HOLE_DEPTH),
                'B' => self.expression_at(Kind::Boolean, HOLE_DEPTH),
                'A' => self.expression_at(Kind::Any, HOLE_DEPTH),
                'T' => self.expression_at(Kind::Table, HOLE_DEPTH),
                'I' => self.small_integer(),
                'P' => self.pattern_literal(),
                'R' => self.pick(REPLACEMENTS).to_string(),
                'X' => self.numeric_string_literal(),
                'F' => {
                    let number_spec = self.pick(NUMBER_FORMATS);
                    let string_spec = self.pick(STRING_FORMATS);
                    if self.chance(70) {
                        format!("\"<{number_spec}>\", {}", self.format_argument(number_spec))
                    } else {
                        format!(
                            "\"<{string_spec}>\", {}",
                            self.expression_at(Kind::String, 1)
                        )
                    }
                }
                'L' => self.label(what),
                _ => {
                    out.push(c);
                    continue;
                }
            };
            chars.next();
            if text.starts_with('-') {
                out.push('(');
                out.push_str(&text);
                out.push(')');
            } else {
                out.push_str(&text);
            }
        }
        out
    }

    /// An argument suited to a number format: small integral values for `%c`, values that fit
    /// a C `long` for the integer conversions, anything for the others.
    fn format_argument(&mut self, spec: &str) -> String {
        if spec.ends_with('c') {
            return self.pick(&["65", "97", "48", "10", "255", "0"]).to_string();
        }
        let integral = ['d', 'i', 'x', 'X', 'o', 'u']
            .iter()
            .any(|conversion| spec.ends_with(*conversion));
        if integral {
            self.formattable_integer()
        } else {
            self.expression_at(Kind::Number, 1)
        }
    }

    /// Writes one snippet of `feature`.
    pub fn snippet(&mut self, feature: Feature) {
        if feature == Feature::Redis {
            // Redis snippets are built call by call (see `super::redis`).
            self.redis_snippet();
            return;
        }
        let options = snippets(feature);
        let template = self.pick(options);
        self.fill(feature.name(), template);
    }
}

/// The snippets of each feature.
pub fn snippets(feature: Feature) -> &'static [&'static str] {
    match feature {
        Feature::Arithmetic => ARITHMETIC,
        Feature::NumericStrings => NUMERIC_STRINGS,
        Feature::MixedTypes => MIXED_TYPES,
        Feature::Comparison => COMPARISON,
        Feature::Concat => CONCAT,
        Feature::Tables => TABLES,
        Feature::Metatables => METATABLES,
        Feature::Closures => CLOSURES,
        Feature::Varargs => VARARGS,
        Feature::StringLibrary => STRING_LIBRARY,
        Feature::Patterns => PATTERNS,
        Feature::Format => FORMAT,
        Feature::TableLibrary => TABLE_LIBRARY,
        Feature::MathLibrary => MATH_LIBRARY,
        Feature::Errors => ERRORS,
        Feature::Coroutines => COROUTINES,
        Feature::Loops => LOOPS,
        Feature::Recursion => RECURSION,
        Feature::Globals => GLOBALS,
        Feature::Environments => ENVIRONMENTS,
        Feature::Loading => LOADING,
        Feature::BaseLibrary => BASE_LIBRARY,
        Feature::DebugLibrary => DEBUG_LIBRARY,
        // Written by `Builder::redis_snippet`, not from templates.
        Feature::Redis => &[],
    }
}

const ARITHMETIC: &[&str] = &[
    "local a, b = $N, $N
emit($L, a + b, a - b, a * b, a / b, a % b, a ^ b, - a)",
    "emit($L, 5 % -3, -5 % 3, 5.5 % 2, -5.5 % -2, 0 % 5, 3 % 0, 2 ^ 0.5, (-8) ^ (1 / 3))",
    "emit($L, 2 ^ 53 + 1, 1e308 * 10, -1e308 * 10, 1 / -0, 0 / 0 ~= 0 / 0, -0 == 0, 1 / (0 * -1))",
    "local x = $N
x = x * 2 + 1
x = (x - 3) / 4
emit($L, x, x % 1, x - x % 1, -x)",
    "local acc = 0
for step = 1, 10 do acc = acc + step * $N - step / 3 end
emit($L, acc)",
];

const NUMERIC_STRINGS: &[&str] = &[
    "emit($L, \"10\" + 1, \"0x10\" * 1, \"1e2\" / 2, -\"2\", \"3\" ^ 2, \"  5  \" % 3, $X + $N)",
    "emit($L, tonumber($X), tonumber(\" 10 \"), tonumber(\"10\", 16), tonumber(\"zz\", 36), tonumber(\"8\", 8))",
    "emit($L, tonumber(\"\"), tonumber(\"1e\"), tonumber(\"0x\"), tonumber(\"1 2\"), tonumber(\"-7\", 8), tonumber(\"7fffffff\", 16))",
    "emit($L, \"10\" == 10, 10 .. \"\" == \"10\", pcall(function() return \"10\" < 5 end))",
    "emit($L, pcall(tonumber, \"10\", 99))",
    "local s = $X
emit($L, s + 0, s * 1 == tonumber(s), #s)",
];

const MIXED_TYPES: &[&str] = &[
    "local x = $A
local y = $A
emit($L, pcall(function() return x + y end))
emit($L, pcall(function() return x .. y end))
emit($L, pcall(function() return x < y end))",
    "local t = {}
emit($L, pcall(function() return t.field.sub end))
emit($L, pcall(function() return undefined_global_name() end))
emit($L, pcall(function() return t:nomethod() end))",
    "emit($L, pcall(function() return #nil end))
emit($L, pcall(function() return -{} end))
emit($L, pcall(function() return {} < {} end))
emit($L, pcall(function() return 1 < \"2\" end))",
    "local t = {}
emit($L, pcall(function() t[nil] = 1 end))
emit($L, pcall(function() t[0 / 0] = 1 end))
emit($L, pcall(function() return (\"x\")() end))",
    "local s = \"abc\"
emit($L, pcall(function() return s.x.y end))
emit($L, pcall(function() return nil .. \"x\" end))
emit($L, pcall(function() local up = $A; return function() return up.field end end))",
    "local value = $A
emit($L, pcall(function() return value() end))
emit($L, pcall(function() return value.key end))
emit($L, pcall(function() return value + 1 end))",
];

const COMPARISON: &[&str] = &[
    "emit($L, \"a\" < \"b\", \"Z\" < \"a\", \"\" < \"a\", \"10\" < \"9\", \"a\\0b\" < \"a\\0c\", \"abc\" <= \"abc\")",
    "emit($L, nil or false, false and nil, 1 and 2, nil and 1, false or \"x\", not nil, not 0, not not $A)",
    "local a, b = $N, $N
emit($L, a < b, a <= b, a > b, a >= b, a == b, a ~= b)",
    "local nan = 0 / 0
emit($L, nan == nan, nan < 1, nan > 1, 1 == 1.0, \"1\" == 1, {} == {}, -0 == 0)",
    "local x = $A
emit($L, x == x, x ~= nil, x and true, x or \"default\", rawequal(x, x))",
];

const CONCAT: &[&str] = &[
    "emit($L, 1 .. 2, 1.5 .. \"\", -0 .. \"\", 2 ^ 63 .. \"\", 1e100 .. \"|\", 0.1 .. \"\", 1 / 3 .. \"\")",
    "local parts = \"\"
for i = 1, $I do parts = parts .. i .. \",\" end
emit($L, parts, #parts)",
    "local a, b, c = $S, $S, $N
emit($L, a .. b .. c, c .. a, a .. (b .. c))",
    "emit($L, pcall(function() return \"x\" .. {} end), pcall(function() return true .. \"\" end))",
];

const TABLES: &[&str] = &[
    "local t = {1, 2, 3, nil, 5}
emit($L, #t, t[4], t[5])
t[#t + 1] = $A
emit($L, #t, t)",
    "local t = {n = 1, [1] = \"a\", \"b\", [2.0] = \"c\", [\"1\"] = \"d\"}
emit($L, t[1], t[2], t[\"1\"], t.n, t[1.0])",
    "local t = {a = {b = {c = $A}}}
emit($L, t.a.b.c, t[\"a\"][\"b\"])
t.a.b.c = $A
emit($L, t)",
    "local t = $T
local alias = t
alias.extra = $A
emit($L, t.extra, t == alias, #t)",
    "local t = {}
for i = 1, $I do t[i] = i * i end
t[#t] = nil
emit($L, #t, t)",
    "emit($L, #{nil, nil, 3}, #{1, nil}, #{n = 3}, #{[1] = 1, [2] = 2, [4] = 4}, #\"\", #$S)",
    "local t = {[1] = \"one\", [-1] = \"minus\", [0] = \"zero\", [1.5] = \"half\", [true] = \"yes\"}
emit($L, t[1], t[-1], t[0], t[1.5], t[true], t[false])",
    "local t = {}
t.x, t.y = $A, $A
local k = \"x\"
emit($L, t[k], t.y, t)",
];

const METATABLES: &[&str] = &[
    "local base = {greet = \"hi\", value = $A}
local t = setmetatable({}, {__index = base})
emit($L, t.greet, t.value, rawget(t, \"greet\"), t.missing)",
    "local t = setmetatable({}, {__index = function(t, k) return k .. \"!\" end})
emit($L, t.abc, t[1], rawget(t, \"abc\"))",
    "local log = {}
local t = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end})
t.a = $A
t.a = $A
t.b = 2
emit($L, log, t.a, t.b)",
    "local store = {}
local t = setmetatable({}, {__newindex = store})
t.x = $A
emit($L, rawget(t, \"x\"), store.x)",
    "local f = setmetatable({}, {__call = function(self, a, b) return a, b, self == nil end})
emit($L, f($A, $A))
emit($L, pcall(setmetatable({}, {__call = 1})))",
    "local mt = {}
mt.__add = function(a, b) return \"add\" end
mt.__sub = function(a, b) return \"sub\" end
mt.__mul = function(a, b) return \"mul\" end
mt.__div = function(a, b) return \"div\" end
mt.__mod = function(a, b) return \"mod\" end
mt.__pow = function(a, b) return \"pow\" end
mt.__unm = function(a) return \"unm\" end
mt.__concat = function(a, b) return \"concat\" end
local v = setmetatable({}, mt)
emit($L, v + 1, 1 - v, v * v, v / 2, v % 3, v ^ 2, -v, v .. \"x\", \"x\" .. v, 1 .. v)",
    "local mt = {__eq = function(a, b) return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local c = setmetatable({}, {__eq = function() return true end})
emit($L, a == b, a ~= b, a == c, rawequal(a, b), a == 1)",
    "local mt = {__lt = function(a, b) return a.v < b.v end}
local a, b = setmetatable({v = $N}, mt), setmetatable({v = $N}, mt)
emit($L, a < b, a > b, pcall(function() return a <= b end))
mt.__le = function(a, b) return a.v <= b.v end
emit($L, a <= b, a >= b)",
    "local u = newproxy(true)
getmetatable(u).__len = function() return 42 end
getmetatable(u).__index = function(_, k) return k end
emit($L, #u, u.key, type(u))
local t = setmetatable({1, 2}, {__len = function() return 99 end})
emit($L, #t)",
    "local t = setmetatable({}, {__tostring = function() return \"custom!\" end})
emit($L, tostring(t))
print(t)",
    "local t = setmetatable({}, {__metatable = \"locked\"})
emit($L, getmetatable(t), pcall(setmetatable, t, {}))",
    "emit($L, getmetatable(\"\").__index == string, (\"abc\"):upper(), ($S):len())",
    "local a = setmetatable({}, {__index = setmetatable({}, {__index = setmetatable({}, {__index = {deep = $A}})})})
emit($L, a.deep, a.nothing)",
    "local t = setmetatable({}, {__index = function(t, k) return nil end, __newindex = function() end})
t.x = 1
emit($L, t.x, rawget(t, \"x\"), next(t))",
    "local mt = {__add = function(a, b) return (type(a) == \"table\" and a.v or a) + (type(b) == \"table\" and b.v or b) end}
local a = setmetatable({v = $N}, mt)
emit($L, a + 1, 2 + a, a + a, pcall(function() return a + {} end))",
    "local chain = setmetatable({}, {__index = function(t, k) if k < 5 then return t[k + 1] else return k end end})
emit($L, chain[1], chain[7])",
    // Finalizers run by an explicit collection, newest first. The collector is stopped
    // around it: when an automatic step would finalize one depends on allocation accounting,
    // which is not 5.1's byte for byte.
    "local finalized = {}
collectgarbage(\"stop\")
for i = 1, 3 do
  local u = newproxy(true)
  getmetatable(u).__gc = function(self) finalized[#finalized + 1] = i .. type(self) end
end
local collected = collectgarbage(\"collect\")
collectgarbage(\"restart\")
emit($L, collected, table.concat(finalized, \",\"))",
];

const CLOSURES: &[&str] = &[
    "local fs = {}
for i = 1, $I + 2 do
  local j = i * 2
  fs[#fs + 1] = function(x) j = j + (x or 1) return i + j end
end
emit($L, fs[1](), fs[2](3), fs[1](), #fs)",
    "local function counter()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = counter()
inc() inc()
local inc2 = counter()
emit($L, get(), inc(), inc2(), get())",
    "local x = $A
local function outer()
  local function middle()
    local function inner() x = {x} return x end
    return inner()
  end
  return middle()
end
emit($L, outer(), x)",
    "local fs = {}
local i = 0
while true do
  i = i + 1
  local captured = i * 10
  fs[i] = function() return captured end
  if i >= 3 then break end
end
emit($L, fs[1](), fs[2](), fs[3]())",
    "local a = $N
local get = function() return a end
local set = function(v) a = v end
set($N)
emit($L, get(), a)",
    "local make = function(n) return function(m) return function(k) return n + m + k end end end
emit($L, make(1)(2)(3), make($N)($N)(0))",
];

const VARARGS: &[&str] = &[
    "local function va(...)
  local a, b = ...
  return select(\"#\", ...), a, b, select(2, ...)
end
emit($L, va($A, nil, $A))
emit($L, va())",
    "local function pack(...) return {n = select(\"#\", ...), ...} end
emit($L, pack(1, nil, 3), pack(), #pack(1, 2, 3))",
    "local function three() return 1, 2, 3 end
emit($L, three(), (three()), {three(), three()}, three(), 10)",
    "local t = {$A, $A, $A}
emit($L, unpack(t))
emit($L, unpack(t, 2), unpack(t, 2, 5), unpack({}, 1, 2))",
    "emit($L, select(-1, 1, 2, 3), select(2, \"a\", \"b\", \"c\"), pcall(select, 0, 1), select(\"#\"))",
    "local function tail(...) return select(\"#\", ...), ... end
local function forward(...) return tail(...) end
emit($L, forward(nil, nil), forward(1, nil))",
    "local function old(...) return arg and arg.n, arg and arg[1] end
emit($L, old($A, 2))",
    "local f = function(...) local t = {...} return #t, ... end
emit($L, f($A, $A))",
];

const STRING_LIBRARY: &[&str] = &[
    "local s = $S
emit($L, string.len(s), #s, s:upper(), s:lower(), s:reverse())",
    "local s = $S
emit($L, s:sub(2), s:sub(-2), s:sub(0), s:sub(2, 1), s:sub(-100, 100), s:sub($I, $I))",
    "local s = $S
emit($L, s:byte(), s:byte(-1), s:byte(1, -1))
emit($L, string.byte(\"\"), string.char(), string.char(72, 105))",
    "emit($L, string.rep(\"ab\", 3), string.rep(\"x\", 0), string.rep(\"x\", -1), string.rep($S, $I))",
    "emit($L, pcall(string.rep), pcall(string.char, 256), pcall(string.char, -1))",
    "local s = $S
emit($L, pcall(function() return s:rep({}) end))
emit($L, pcall(string.upper, {}), pcall(string.sub))",
    "local words = {}
for w in string.gfind(\"one two three\", \"%a+\") do words[#words + 1] = w end
emit($L, words)",
    "emit($L, tostring(12):len(), (\"x\"):rep(3, \",\"), string.format(\"%s\", 1.5))",
];

const PATTERNS: &[&str] = &[
    "local s = $S
emit($L, s:find($P), s:match($P), s:find(\"a\", 1, true), s:find(\".\", 2, true))",
    "local s = \"key=value, k2=v2\"
emit($L, s:find($P, $I), s:match(\"(%w+)=(%w+)\"), s:match(\"()=()\"))",
    "local out = {}
for a, b in string.gmatch(\"k1=v1, k2=v2, k3=v3\", \"(%w+)=(%w+)\") do out[#out + 1] = a .. \":\" .. b end
emit($L, out)",
    "local out = {}
for w in ($S):gmatch($P) do out[#out + 1] = w end
emit($L, out)",
    "emit($L, string.gsub($S, $P, $R))
emit($L, string.gsub(\"hello world\", \"o\", \"0\", 1), string.gsub(\"abc\", \"\", \"-\"))",
    "emit($L, string.gsub(\"hello world\", \"%w+\", {hello = \"HI\", world = false}))
emit($L, string.gsub(\"a b c\", \"%a\", function(c) if c == \"b\" then return nil end return c:upper() end))",
    "emit($L, pcall(string.find, \"abc\", $P))
emit($L, pcall(string.gsub, \"abc\", \"(a)\", \"%2\"))",
    "local bad = {\"[a\", \"%\", \"(()\", \"%1\", \"a)\", \"%b\", \"%f\"}
for i = 1, #bad do emit($L, pcall(string.find, \"abc\", bad[i])) end",
    "emit($L, string.match(\"  trim me  \", \"^%s*(.-)%s*$\"), string.match(\"f(a(b)c)d\", \"%b()\"), string.find(\"THE (quick) fox\", \"%f[%a]%a+\", 5))",
    "emit($L, string.match(\"2024-01-15\", \"(%d+)-(%d+)-(%d+)\"), string.match(\"aaa\", \"(a)%1\"), string.find(\"abc\", \"b\", -1), string.find(\"abc\", \"\", 10))",
];

const FORMAT: &[&str] = &[
    "emit($L, string.format($F))",
    "emit($L, string.format($F), string.format($F))",
    "emit($L, string.format(\"%q\", \"a\\0b\\n\\r\\\"\\\\z\"), string.format(\"%5.1f|%-5d|%05.1f\", 3.14159, 42, -2.5))",
    "emit($L, pcall(string.format, \"%d\", \"x\"), pcall(string.format, \"%y\", 1), pcall(string.format, \"%d\"))",
    "emit($L, string.format(\"%s %s %s\", 1, 1.5, \"x\"), string.format(\"%%\"), string.format(\"%c%c\", 72, 105), pcall(string.format, \"%s\", nil))",
    "emit($L, string.format(\"%.3s|%10s|%-10s|\", $S, $S, $S))",
    "emit($L, pcall(string.format, \"%123d\", 1), string.format(\"%.20f\", 0.1), string.format(\"%e\", 0), string.format(\"%g\", 1e20), string.format(\"%g\", 1e-5))",
];

const TABLE_LIBRARY: &[&str] = &[
    "local t = {1, 2, 3}
table.insert(t, $A)
table.insert(t, 1, $A)
emit($L, t, table.remove(t), table.remove(t, 1), t, #t)",
    "local t = {}
emit($L, table.remove(t), #t, table.remove({}, 1))
emit($L, pcall(table.insert, t, 1, 2, 3), pcall(table.insert, t, \"x\", 1))",
    "emit($L, table.concat({1, 2, \"three\", 4.5}, \", \"), table.concat({}, \"x\"), table.concat({\"a\", \"b\", \"c\"}, \"-\", 2, 3))
emit($L, pcall(table.concat, {1, {}, 3}))",
    "local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
emit($L, t)
table.sort(t, function(a, b) return a > b end)
emit($L, t)",
    "local t = {\"pear\", \"Apple\", \"fig\", \"banana\", \"\"}
table.sort(t)
emit($L, t, pcall(table.sort, {1, \"x\", 2}))",
    "local t = {}
for i = 1, 20 do t[i] = (i * 7) % 11 end
table.sort(t, function(a, b) return a < b end)
emit($L, t, table.maxn(t), table.getn(t))",
    "local seen = {}
table.foreachi({\"a\", \"b\", \"c\"}, function(i, v) seen[#seen + 1] = i .. v end)
table.foreach({x = 1}, function(k, v) seen[#seen + 1] = k end)
emit($L, seen, table.maxn({[1] = 1, [10] = 2, [2.5] = 3}), pcall(table.setn, {}, 1))",
    "local t = {$A, $A, $A}
table.insert(t, #t + 1, \"end\")
emit($L, #t, t[#t], table.concat({1, 2, 3}))",
    "local t = {3, 1, 2}
emit($L, table.foreachi(t, function(i, v) if v == 1 then return i end end))",
];

const MATH_LIBRARY: &[&str] = &[
    "local x = $N
emit($L, math.floor(x), math.ceil(x), math.abs(x), math.sqrt(math.abs(x)), math.modf(x))",
    "emit($L, math.floor(-0.5), math.ceil(-0.5), math.floor(1e100), math.modf(-3.7), math.modf(1 / 0), math.fmod(-7, 3), math.fmod(7, -3))",
    "emit($L, math.max(1, 5, 3), math.min(4, -2, 8), math.max($N, $N), pcall(math.max), math.huge, -math.huge)",
    "emit($L, math.frexp($N), math.ldexp(0.75, 4), math.frexp(0), math.ldexp(1, -1074))",
    "emit($L, math.log(1), math.log(0), math.log10(1000), math.exp(0), math.exp(710), math.log(-1))",
    "emit($L, math.sin(0), math.cos(math.pi), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1), math.atan2(-0, -1))",
    "emit($L, math.sinh(1), math.cosh(0), math.tanh(100), math.deg(math.pi), math.rad(180), math.pow(2, 10), math.pow(-8, 1 / 3))",
    "math.randomseed($I)
local r = {}
for i = 1, 5 do r[i] = math.random(1, 100) end
emit($L, r, math.random(3) <= 3, math.random() < 1)",
    "emit($L, pcall(math.random, 0), pcall(math.random, 2, 1), pcall(math.random, 1, 2, 3), pcall(math.floor, \"x\"))",
    "emit($L, math.mod(7, 3), math.fmod(5.5, 2), math.abs(-0), math.floor(-0), math.sqrt(-1) ~= math.sqrt(-1))",
];

const ERRORS: &[&str] = &[
    "emit($L, pcall(error, $A))
emit($L, pcall(error, \"msg\", 0), pcall(error, \"msg\", 1), pcall(error, \"msg\", 2), pcall(error))",
    "local values = {nil, true, 42, \"text\", {}, print, coroutine.create(function() end), newproxy()}
for i = 1, 8 do emit($L, pcall(error, values[i])) end",
    "local function inner() error(\"deep\", 2) end
local function outer() inner() end
emit($L, pcall(outer))",
    "emit($L, xpcall(function() error(\"x\") end, function(m) return \"handled: \" .. m end))
emit($L, xpcall(function() return 1, 2 end, print))",
    "emit($L, xpcall(function() error({code = 1}) end, function(e) return type(e) end))
emit($L, xpcall(function() error(\"a\") end, function(e) error(\"b\") end))",
    "emit($L, pcall(assert, false), pcall(assert, nil, \"custom\"), pcall(assert, 1, 2, 3), pcall(assert, false, 42))",
    "emit($L, pcall(pcall), pcall(nil), pcall(pcall, error, \"nested\"), select(\"#\", pcall(error)))",
    "local ok, e = pcall(function() local t = setmetatable({}, {__index = function() error(\"in index\") end}) return t.x end)
emit($L, ok, e)",
    "local e = setmetatable({}, {__tostring = function() return \"E!\" end})
local ok, got = pcall(error, e)
emit($L, ok, got == e, tostring(got))",
    "emit($L, pcall(string.rep), pcall(setmetatable, 1, {}), pcall(rawset, {}, nil, 1), pcall(ipairs))",
    "local function thrower(v) error(v) end
emit($L, pcall(thrower, $A))",
];

const COROUTINES: &[&str] = &[
    "local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
emit($L, coroutine.resume(co, 1, 2))
emit($L, coroutine.resume(co, 10))
emit($L, coroutine.resume(co, 3, 4))
emit($L, coroutine.status(co), coroutine.resume(co))",
    "local gen = coroutine.wrap(function() for i = 1, $I + 1 do coroutine.yield(i, i * i) end return \"done\" end)
local out = {}
for i = 1, 12 do
  local a, b = gen()
  out[#out + 1] = a
  if a == \"done\" then break end
end
emit($L, out, pcall(gen))",
    "local co
co = coroutine.create(function()
  emit($L, coroutine.status(co), type(coroutine.running()))
  local inner = coroutine.create(function() return coroutine.status(co) end)
  emit($L, coroutine.resume(inner))
end)
emit($L, coroutine.resume(co), coroutine.status(co), coroutine.running())",
    "local co = coroutine.create(function() error(\"inside\") end)
emit($L, coroutine.resume(co))
emit($L, coroutine.resume(co), coroutine.status(co))
emit($L, pcall(coroutine.yield, 1))",
    "local co = coroutine.create(function() return pcall(coroutine.yield, 1) end)
emit($L, coroutine.resume(co))
emit($L, coroutine.resume(co, \"back\"))",
    "local co = coroutine.create(function()
  local t = setmetatable({}, {__index = function(t, k) return coroutine.yield(k) end})
  return t.key
end)
emit($L, coroutine.resume(co))",
    "emit($L, pcall(coroutine.create, 1), pcall(coroutine.resume, 1), coroutine.status(coroutine.create(function() end)))",
    "local function iter() return coroutine.wrap(function() for _, v in ipairs({$A, $A, 3}) do coroutine.yield(v) end end) end
local out = {}
for v in iter() do out[#out + 1] = v end
emit($L, out)",
    "local co = coroutine.wrap(function(...) local n = select(\"#\", ...) local x = coroutine.yield(n) return x, ... end)
emit($L, co(1, nil, 3))
emit($L, co(\"again\"))",
    "local co = coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
emit($L, coroutine.resume(co))",
];

const LOOPS: &[&str] = &[
    "local out = {}
for i = 0.1, 0.5, 0.1 do out[#out + 1] = i end
for i = 10, 1, -3 do out[#out + 1] = i end
for i = 1, 0 do out[#out + 1] = \"never\" end
emit($L, out)",
    "local out = {}
for i = 1, 3 do
  local i = i * 2
  out[#out + 1] = i
end
for i = 1, 3 do i = i + 10 out[#out + 1] = i end
emit($L, out)",
    "local n, out = 0, {}
while true do
  n = n + 1
  if n % 2 == 0 then out[#out + 1] = n end
  if n >= $I + 3 then break end
end
repeat local done = n <= 0 n = n - 3 until done or n < 0
emit($L, n, out)",
    "local function iter(limit, i) if i < limit then return i + 1, i * i end end
local out = {}
for i, sq in iter, 5, 0 do out[#out + 1] = sq end
emit($L, out)",
    "local t = {10, 20, 30, nil, 50}
local out = {}
for i, v in ipairs(t) do out[#out + 1] = i .. \"=\" .. v end
for k, v in next, {5, 6} do out[#out + 1] = k + v end
emit($L, out)",
    "local keys = {}
for k in pairs({alpha = 1, beta = 2, gamma = 3, delta = 4, [1] = 1, [2] = 2}) do keys[#keys + 1] = tostring(k) end
emit($L, table.concat(keys, \" \"))",
    "local total = 0
for i = 1, 4 do
  for j = i, 4 do
    if j == 3 then break end
    total = total + i * j
  end
end
emit($L, total)",
    "local out = {}
for i = \"2\", \"4\" do out[#out + 1] = i end
emit($L, out, pcall(function() for i = 1, \"x\" do end end), pcall(function() for i = 1, 2, {} do end end))",
    "local out = {}
for i = 1, 0 / 0 do out[#out + 1] = i end
for i = 1, 2, 1 / 0 do out[#out + 1] = i end
emit($L, #out, out)",
];

const RECURSION: &[&str] = &[
    "local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
emit($L, fib($I + 8), fib(1), fib(0))",
    "local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
emit($L, fact(10), fact(20), fact(25))",
    "local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
emit($L, is_even(10), is_odd(7), is_even(3))",
    "local function sum(n, acc) if n == 0 then return acc end return sum(n - 1, acc + n) end
emit($L, sum(10000, 0))",
    "local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
emit($L, ack(2, 3), ack(1, 5))",
    "local function tree(depth) if depth == 0 then return {} end return {tree(depth - 1), tree(depth - 1), depth = depth} end
local function count(t) local n = 1 for _, child in ipairs(t) do n = n + count(child) end return n end
emit($L, count(tree($I + 2)))",
    "local function down(n) return 1 + down(n + 1) end
local ok, message = pcall(down, 1)
emit($L, ok, message)",
    // Limits raised by an overflow belong to the thread that overflowed: an overflow in a
    // coroutine (resumed, wrapped, or in its handler), then one in the main thread. One pair
    // per snippet: each overflow is 20,000 calls, and programs that chained six of them took
    // a quarter of the fuzzers' time (corpus/regressions/stack_limit_per_coroutine.lua runs
    // the whole chain).
    "local function down(n) return 1 + down(n + 1) end
emit($L, coroutine.resume(coroutine.create(down), $I))
emit($L, pcall(down, 1))",
    "local function down(n) return 1 + down(n + 1) end
emit($L, pcall(coroutine.wrap(down), $I))
emit($L, pcall(function() return coroutine.wrap(down)(1) end))",
    "local function down(n) return 1 + down(n + 1) end
emit($L, coroutine.resume(coroutine.create(function() return xpcall(down, function(m) return down(1) end, 1) end)))
emit($L, pcall(down, 1))",
    "local moves = {}
local function hanoi(n, a, b, c) if n == 0 then return end hanoi(n - 1, a, c, b) moves[#moves + 1] = a .. c hanoi(n - 1, c, b, a) end
hanoi(4, \"A\", \"B\", \"C\")
emit($L, #moves, table.concat(moves, \" \"))",
];

const GLOBALS: &[&str] = &[
    "GlobalValue = $A
emit($L, GlobalValue, _G.GlobalValue, _G[\"Global\" .. \"Value\"], rawget(_G, \"GlobalValue\"))
GlobalValue = nil
emit($L, GlobalValue, undefined_name)",
    "function GlobalFunction(a, b) return a, b end
emit($L, GlobalFunction($A, $A), type(GlobalFunction))",
    "Account = {balance = $N}
function Account:deposit(v) self.balance = self.balance + v return self end
function Account.new(b) return setmetatable({balance = b}, {__index = Account}) end
local a = Account.new(10)
a:deposit(5):deposit(1)
emit($L, a.balance, Account.balance, rawget(a, \"deposit\"))",
    "Outer = {inner = {}}
function Outer.inner.fn(x) return x * 2 end
function Outer.inner:method(x) return self == Outer.inner, x end
emit($L, Outer.inner.fn(21), Outer.inner:method(\"m\"))",
    "_G.viaG = $A
emit($L, viaG, _G._G == _G, _G.viaG == viaG)",
];

const ENVIRONMENTS: &[&str] = &[
    "local function reader() return shared_name end
setfenv(reader, {shared_name = $A})
emit($L, reader(), shared_name, getfenv(reader).shared_name)",
    "local env = setmetatable({}, {__index = _G})
local function f() newglobal = $A return type(print) end
setfenv(f, env)
emit($L, f(), rawget(env, \"newglobal\"), newglobal)",
    "local function f() setfenv(1, {value = \"from env\"}) return value end
emit($L, pcall(f), getfenv(0) == _G, getfenv(1) == _G, getfenv() == _G)",
    "emit($L, pcall(setfenv, print, {}), pcall(setfenv, 100, {}), pcall(getfenv, -1), type(getfenv(print)))",
    "local function outer() local function inner() return value end return inner() end
setfenv(outer, {value = 5})
emit($L, outer())",
];

const LOADING: &[&str] = &[
    "emit($L, loadstring(\"return 1 + 1\")(), loadstring(\"return ...\")($A, 2))",
    "emit($L, loadstring(\"x = = 1\"))
emit($L, loadstring(\"for i = 1 do end\"), loadstring(\"return return\"))",
    "emit($L, loadstring(\"x = 'unterminated\"), loadstring(\"x = [[ open\"), loadstring(\"--[[ open\"))",
    "emit($L, loadstring(\"x = 3..4\"), loadstring(\"break\"), loadstring(\"x = 1;;\"), loadstring(\"goto x\"))",
    "emit($L, loadstring(\"a.b:c = 1\"), loadstring(\"f() = 1\"), loadstring(\"local = 1\"), loadstring(\"x = }\"))",
    "emit($L, loadstring(\"return 1\", \"=custom\"), loadstring(\"error('e')\", \"=custom\"), pcall(loadstring(\"error('e')\", \"@file.lua\")))",
    "local pieces = {\"return \", \"1 + \", \"41\"}
local i = 0
local f = load(function() i = i + 1 return pieces[i] end)
emit($L, f())
emit($L, load(function() return nil end), pcall(load, function() return {} end))",
    "local function plain(a, b) return a * b + 1 end
local copy = loadstring(string.dump(plain))
emit($L, copy(3, 4), pcall(string.dump, print))",
    "emit($L, loadstring(\"x = \\\"\\\\300\\\"\"), loadstring(\"x = [[ [[ ]]\"), loadstring(\"x = 1e\"), loadstring(\"local a <const> = 1\"))",
    "local deep = string.rep(\"(\", 300) .. \"1\" .. string.rep(\")\", 300)
emit($L, loadstring(\"return \" .. deep))",
    "emit($L, loadstring($S))",
    // A reader's failures: luaL_error's position, and the message handler 5.1 parses under.
    "local function once(v) local done = false return function() if done then return nil end done = true return v end end
local function handler(m) return \"handled \" .. (type(m) == \"string\" and m or type(m)) end
emit($L, load(once($A)))
emit($L, xpcall(function() return load(once($A)) end, handler))
emit($L, xpcall(function() return load(function() error($A) end) end, handler))
emit($L, xpcall(function() return pcall(load, once($A)) end, handler))",
];

const BASE_LIBRARY: &[&str] = &[
    "emit($L, tostring(nil), tostring(true), tostring(-0), tostring(1e100), tostring(2 ^ 63), tostring(0.1), tostring(1 / 3), tostring($N))",
    "emit($L, type(nil), type(1), type(\"\"), type({}), type(print), type(coroutine.create(function() end)), type(newproxy()), pcall(type))",
    "local t = {}
rawset(t, \"k\", $A)
emit($L, rawget(t, \"k\"), rawequal(t, t), rawequal(t, {}), rawequal(1, 1.0), pcall(rawget, 1, 2))",
    "local t = {10, 20, x = 1}
emit($L, next({}), next({7}), next(t, 2), pcall(next, t, \"missing\"))",
    "emit($L, select(\"#\", unpack({1, nil, 3})), unpack({1, 2, 3}, -1, 1))",
    "emit($L, type(collectgarbage(\"count\")), collectgarbage(), type(gcinfo()), collectgarbage(\"collect\"))",
    "local proxy = newproxy(true)
emit($L, type(getmetatable(proxy)), type(newproxy(proxy)), getmetatable(newproxy(false)), pcall(newproxy, 1))",
    "print(1, \"two\", nil, true, 1.5, -0)
print()
print(\"\\0 embedded\")",
    "local saved = tostring
tostring = function(v) return \"<\" .. type(v) .. \">\" end
print(1, \"x\", nil)
tostring = saved
print(1)",
    "emit($L, assert(1, 2, 3), _VERSION, os.difftime(10, 4), pcall(os.difftime))",
    "local t = {}
for i, v in ipairs({\"a\", \"b\", nil, \"d\"}) do t[i] = v end
emit($L, t, pcall(ipairs), pcall(pairs, nil))",
    "emit($L, tonumber(\"0x10\"), tonumber(\"1e1\", 10), tonumber(\"10\", 2), tonumber(\"Z\", 36), tonumber(\" 11 \", 2), tonumber(nil))",
];

/// Not `debug.debug` (reads standard input) nor `debug.sethook`/`debug.gethook` (the bench's
/// instruction budget is a hook of its own).
const DEBUG_LIBRARY: &[&str] = &[
    "local function f(a, b) local c = a return debug.getlocal(1, 1), debug.getlocal(1, 3) end
emit($L, f($A, 2))",
    "local up = $A
local function f() return up end
emit($L, debug.getupvalue(f, 1), debug.setupvalue(f, 1, \"changed\"), f())",
    "local info = debug.getinfo(1, \"Sl\")
emit($L, info.short_src, info.currentline, info.what, debug.getinfo(print).what)",
    "local t = {}
debug.setmetatable(t, {__index = {x = 1}})
emit($L, t.x, type(debug.getmetatable(t)), type(debug.getregistry()), debug.getfenv(print) == _G)",
    "emit($L, debug.traceback(\"message\", 1) ~= nil, type(debug.traceback()))",
    "local function f() local a = 1 debug.setlocal(1, 1, $A) return a end
local function g() return shared end
debug.setfenv(g, {shared = $A})
emit($L, f(), g())",
];
