//! The functions the sweep calls: every function of the `lua51` profile with its parameters,
//! a valid baseline value for each (what the other positions hold while one position is
//! swept), how its results are shown, and whether its calls must run alone.
//!
//! Left out, and why:
//! - `debug.sethook`, `debug.gethook`: both engines install their own count hook to charge the
//!   instruction budget; replacing it disables the budget, and `gethook` reports it.
//! - `debug.debug`: reads commands from stdin.
//! - `gcinfo`, `collectgarbage("count")` (the option is not among the swept values): they
//!   report heap sizes, which no two implementations share.
//! - `io`, `os` beyond `difftime`, `package`, `require`, `module`, `dofile`, `loadfile`: not
//!   in the profile (they touch the host); `io` is compared through `ferrous-lua` against
//!   `lua5.1` in `vm/tests/`.

/// What a parameter expects: it selects the kind-specific edge values
/// ([`super::values::extras`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Any,
    Int,
    /// A stack level (base and debug library).
    Level,
    Number,
    Str,
    Pattern,
    /// The replacement of `string.gsub`.
    Replacement,
    Format,
    Table,
    Function,
    Thread,
    GcOption,
    /// Source or binary chunk text.
    Chunk,
    /// The option string of `debug.getinfo`.
    InfoOptions,
}

impl Kind {
    pub const ALL: [Kind; 14] = [
        Kind::Any,
        Kind::Int,
        Kind::Level,
        Kind::Number,
        Kind::Str,
        Kind::Pattern,
        Kind::Replacement,
        Kind::Format,
        Kind::Table,
        Kind::Function,
        Kind::Thread,
        Kind::GcOption,
        Kind::Chunk,
        Kind::InfoOptions,
    ];
}

/// One parameter: its kind and the valid value it holds while other positions are swept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    pub kind: Kind,
    pub baseline: &'static str,
}

/// How a call's results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Display {
    /// Every result, expanded.
    Values,
    /// The types of the results only: the values are implementation details (bytecode, the
    /// registry, the global table).
    Types,
    /// Every result, then the first argument: the function changes it in place.
    ValuesAndFirstArgument,
}

/// Whether calls of a function share a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isolation {
    /// Many calls per case.
    Batched,
    /// One call per case: the function changes state every later call sees (environments,
    /// the metatables of whole types), or may hit the memory limit, which ends a case.
    PerCall,
}

/// A library function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Function {
    /// How a script names it: `string.rep`, `print`.
    pub name: &'static str,
    pub params: &'static [Param],
    pub display: Display,
    pub isolation: Isolation,
    /// `print` writes `tostring` of its arguments: the case replaces the global `tostring` by
    /// one that hides addresses, so printed tables and functions compare equal.
    pub masks_printed_addresses: bool,
    /// Values never passed at a position (0-based): PUC-Rio 5.1.5 crashes on them (undefined
    /// behaviour in C) or spins on them for many seconds inside C, where no instruction budget
    /// reaches, and the reference runs in the bench's process.
    pub beyond_the_reference: &'static [(usize, &'static [&'static str])],
}

impl Function {
    /// Whether the value `id` at `position` would crash or stall the reference.
    pub fn beyond_reference(&self, position: usize, id: &str) -> bool {
        self.beyond_the_reference
            .iter()
            .any(|(at, ids)| *at == position && ids.contains(&id))
    }
}

const fn p(kind: Kind, baseline: &'static str) -> Param {
    Param { kind, baseline }
}

const fn f(name: &'static str, params: &'static [Param]) -> Function {
    Function {
        name,
        params,
        display: Display::Values,
        isolation: Isolation::Batched,
        masks_printed_addresses: false,
        beyond_the_reference: &[],
    }
}

const fn avoiding(
    mut function: Function,
    values: &'static [(usize, &'static [&'static str])],
) -> Function {
    function.beyond_the_reference = values;
    function
}

const fn shown(mut function: Function, display: Display) -> Function {
    function.display = display;
    function
}

const fn alone(mut function: Function) -> Function {
    function.isolation = Isolation::PerCall;
    function
}

const ANY: Param = p(Kind::Any, "1");
const STR: Param = p(Kind::Str, "\"abc\"");
const NUM: Param = p(Kind::Number, "1.5");
const TABLE: Param = p(Kind::Table, "{3, 1, 2}");
const FUNC: Param = p(Kind::Function, "function(...) return ... end");
const THREAD: Param = p(
    Kind::Thread,
    "coroutine.create(function(...) coroutine.yield(...) return \"done\" end)",
);
const LEVEL: Param = p(Kind::Level, "1");
const CLOSURE_WITH_UPVALUE: Param = p(
    Kind::Function,
    "(function() local up = 5 return function() return up end end)()",
);
const READER: Param = p(
    Kind::Function,
    "(function() local parts = {\"return \", \"1\"} local i = 0 return function() i = i + 1 return parts[i] end end)()",
);

/// The `lua51` profile's functions.
pub const CATALOGUE: &[Function] = &[
    // Base library.
    f("assert", &[ANY, STR]),
    f(
        "collectgarbage",
        &[p(Kind::GcOption, "\"collect\""), p(Kind::Int, "0")],
    ),
    f("error", &[STR, LEVEL]),
    shown(f("getfenv", &[LEVEL]), Display::Types),
    f("getmetatable", &[ANY]),
    f("ipairs", &[TABLE]),
    f("load", &[READER, p(Kind::Str, "\"=chunk\"")]),
    f(
        "loadstring",
        &[p(Kind::Chunk, "\"return 1\""), p(Kind::Str, "\"=chunk\"")],
    ),
    f("next", &[TABLE, ANY]),
    f("pairs", &[TABLE]),
    f("pcall", &[FUNC, ANY]),
    Function {
        masks_printed_addresses: true,
        ..f("print", &[ANY, ANY])
    },
    f("rawequal", &[ANY, ANY]),
    f("rawget", &[TABLE, ANY]),
    shown(
        f("rawset", &[TABLE, ANY, ANY]),
        Display::ValuesAndFirstArgument,
    ),
    f("select", &[p(Kind::Int, "1"), ANY, ANY]),
    alone(shown(
        f(
            "setfenv",
            &[
                p(Kind::Function, "function() return x end"),
                p(Kind::Table, "{x = 1}"),
            ],
        ),
        Display::Types,
    )),
    f(
        "setmetatable",
        &[p(Kind::Table, "{}"), p(Kind::Table, "{}")],
    ),
    f("tonumber", &[p(Kind::Str, "\"10\""), p(Kind::Int, "16")]),
    f("tostring", &[ANY]),
    f("type", &[ANY]),
    // A start index that converts to INT_MIN makes `e - i + 1` overflow.
    avoiding(
        f("unpack", &[TABLE, p(Kind::Int, "1"), p(Kind::Int, "3")]),
        &[(1, &["2^31", "-2^31", "'2^31'"])],
    ),
    f(
        "xpcall",
        &[
            p(Kind::Function, "function() error(\"e\") end"),
            p(
                Kind::Function,
                "function(m) return \"handled: \" .. tostring(m) end",
            ),
        ],
    ),
    f("newproxy", &[p(Kind::Any, "true")]),
    // Coroutines.
    f("coroutine.create", &[FUNC]),
    f("coroutine.resume", &[THREAD, ANY]),
    f("coroutine.running", &[]),
    f("coroutine.status", &[THREAD]),
    f("coroutine.wrap", &[FUNC]),
    f("coroutine.yield", &[ANY]),
    // Strings.
    f("string.byte", &[STR, p(Kind::Int, "1"), p(Kind::Int, "-1")]),
    f("string.char", &[p(Kind::Int, "65"), p(Kind::Int, "66")]),
    shown(f("string.dump", &[FUNC]), Display::Types),
    f(
        "string.find",
        &[
            STR,
            p(Kind::Pattern, "\"b\""),
            p(Kind::Int, "1"),
            p(Kind::Any, "false"),
        ],
    ),
    f("string.format", &[p(Kind::Format, "\"%s\""), ANY, ANY]),
    f("string.gfind", &[STR, p(Kind::Pattern, "\"%a\"")]),
    f("string.gmatch", &[STR, p(Kind::Pattern, "\"%a\"")]),
    f(
        "string.gsub",
        &[
            STR,
            p(Kind::Pattern, "\"b\""),
            p(Kind::Replacement, "\"%0%0\""),
            p(Kind::Int, "1"),
        ],
    ),
    f("string.len", &[STR]),
    f("string.lower", &[STR]),
    f(
        "string.match",
        &[STR, p(Kind::Pattern, "\"(b)(c)\""), p(Kind::Int, "1")],
    ),
    alone(f("string.rep", &[STR, p(Kind::Int, "3")])),
    f("string.reverse", &[STR]),
    f("string.sub", &[STR, p(Kind::Int, "2"), p(Kind::Int, "-1")]),
    f("string.upper", &[STR]),
    // Tables.
    f(
        "table.concat",
        &[
            p(Kind::Table, "{1, 2, \"x\"}"),
            p(Kind::Str, "\", \""),
            p(Kind::Int, "1"),
            p(Kind::Int, "3"),
        ],
    ),
    f("table.foreach", &[TABLE, FUNC]),
    f("table.foreachi", &[TABLE, FUNC]),
    f("table.getn", &[TABLE]),
    // A position of INT_MIN: 5.1 moves 2^31 elements one by one.
    avoiding(
        shown(
            f(
                "table.insert",
                &[TABLE, p(Kind::Int, "2"), p(Kind::Any, "\"v\"")],
            ),
            Display::ValuesAndFirstArgument,
        ),
        &[(1, &["2^31", "-2^31", "'2^31'"])],
    ),
    f("table.maxn", &[TABLE]),
    shown(
        f("table.remove", &[TABLE, p(Kind::Int, "1")]),
        Display::ValuesAndFirstArgument,
    ),
    shown(
        f("table.setn", &[TABLE, p(Kind::Int, "2")]),
        Display::ValuesAndFirstArgument,
    ),
    shown(
        f(
            "table.sort",
            &[TABLE, p(Kind::Function, "function(a, b) return a > b end")],
        ),
        Display::ValuesAndFirstArgument,
    ),
    // Math.
    f("math.abs", &[NUM]),
    f("math.acos", &[p(Kind::Number, "0.5")]),
    f("math.asin", &[p(Kind::Number, "0.5")]),
    f("math.atan", &[NUM]),
    f("math.atan2", &[NUM, p(Kind::Number, "2")]),
    f("math.ceil", &[NUM]),
    f("math.cos", &[NUM]),
    f("math.cosh", &[NUM]),
    f("math.deg", &[NUM]),
    f("math.exp", &[NUM]),
    f("math.floor", &[NUM]),
    f("math.fmod", &[p(Kind::Number, "7.5"), p(Kind::Number, "2")]),
    f("math.frexp", &[NUM]),
    f("math.ldexp", &[NUM, p(Kind::Int, "3")]),
    f("math.log", &[NUM]),
    f("math.log10", &[NUM]),
    f("math.max", &[NUM, p(Kind::Number, "2")]),
    f("math.min", &[NUM, p(Kind::Number, "2")]),
    f("math.mod", &[p(Kind::Number, "7.5"), p(Kind::Number, "2")]),
    f("math.modf", &[p(Kind::Number, "-3.25")]),
    f("math.pow", &[p(Kind::Number, "2"), p(Kind::Number, "10")]),
    f("math.rad", &[NUM]),
    f("math.random", &[p(Kind::Int, "3"), p(Kind::Int, "10")]),
    f("math.randomseed", &[p(Kind::Int, "42")]),
    f("math.sin", &[NUM]),
    f("math.sinh", &[NUM]),
    f("math.sqrt", &[NUM]),
    f("math.tan", &[NUM]),
    f("math.tanh", &[NUM]),
    // os, the deterministic part.
    f(
        "os.difftime",
        &[p(Kind::Number, "10"), p(Kind::Number, "2.5")],
    ),
    // Debug library.
    alone(shown(f("debug.getfenv", &[ANY]), Display::Types)),
    // '>' with a level: `lua_getinfo` pops a function that was never pushed.
    avoiding(
        f("debug.getinfo", &[LEVEL, p(Kind::InfoOptions, "\"nSlu\"")]),
        &[(1, &["'>S'"])],
    ),
    f("debug.getlocal", &[LEVEL, p(Kind::Int, "1")]),
    f("debug.getmetatable", &[ANY]),
    shown(f("debug.getregistry", &[]), Display::Types),
    f(
        "debug.getupvalue",
        &[CLOSURE_WITH_UPVALUE, p(Kind::Int, "1")],
    ),
    alone(shown(
        f(
            "debug.setfenv",
            &[
                p(Kind::Function, "function() return x end"),
                p(Kind::Table, "{x = 1}"),
            ],
        ),
        Display::Types,
    )),
    f("debug.setlocal", &[LEVEL, p(Kind::Int, "1"), ANY]),
    alone(f(
        "debug.setmetatable",
        &[ANY, p(Kind::Table, "{__index = {answer = 42}}")],
    )),
    f(
        "debug.setupvalue",
        &[CLOSURE_WITH_UPVALUE, p(Kind::Int, "1"), ANY],
    ),
    // A level of INT_MIN: `lua_getstack` is called 2^31 times before the first frame.
    avoiding(
        f("debug.traceback", &[STR, LEVEL]),
        &[(1, &["2^31", "-2^31", "'2^31'"])],
    ),
];

/// The catalogue functions whose name contains `filter` (all of them without one).
pub fn selected(filter: Option<&str>) -> Vec<&'static Function> {
    CATALOGUE
        .iter()
        .filter(|function| match filter {
            Some(text) => function.name.contains(text),
            None => true,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_appears_once_and_the_filter_selects_by_name() {
        let mut names: Vec<&str> = CATALOGUE.iter().map(|function| function.name).collect();
        names.sort_unstable();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count);
        let strings = selected(Some("string."));
        assert!(strings
            .iter()
            .all(|function| function.name.starts_with("string.")));
        assert_eq!(selected(Some("string.rep")).len(), 1);
        assert_eq!(selected(None).len(), CATALOGUE.len());
    }
}
