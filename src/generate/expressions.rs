//! Expressions of a wanted kind. Each kind has an atom (a literal or a variable of that kind)
//! and compound forms drawn from the program's features; depth bounds the nesting.

use super::builder::{Builder, Kind, MAX_EXPRESSION_DEPTH};
use super::features::Feature;
use super::literals::{NON_NUMERIC_STRINGS, PATTERNS, REPLACEMENTS};
use super::statements::bracketed;

const ARITHMETIC_OPERATORS: &[&str] = &["+", "-", "*", "/", "%", "^"];
const ORDER_OPERATORS: &[&str] = &["<", "<=", ">", ">="];
const EQUALITY_OPERATORS: &[&str] = &["==", "~="];

impl Builder<'_> {
    /// An expression of `kind`, nested at most [`MAX_EXPRESSION_DEPTH`] deep.
    pub fn expression(&mut self, kind: Kind) -> String {
        self.expression_at(kind, MAX_EXPRESSION_DEPTH)
    }

    pub fn expression_at(&mut self, kind: Kind, depth: u32) -> String {
        match kind {
            Kind::Number => self.number(depth),
            Kind::String => self.string(depth),
            Kind::Boolean => self.boolean(depth),
            Kind::Table => self.table(depth),
            Kind::Function => self.function_value(),
            Kind::Any => self.any(depth),
        }
    }

    /// A kind for a new variable or value.
    pub fn some_kind(&mut self) -> Kind {
        self.pick(&[
            Kind::Number,
            Kind::String,
            Kind::Number,
            Kind::Boolean,
            Kind::Table,
            Kind::Function,
            Kind::Any,
        ])
    }

    fn number_atom(&mut self) -> String {
        if self.chance(50) {
            if let Some(name) = self.variable(Kind::Number) {
                return name;
            }
        }
        self.number_literal()
    }

    pub fn number(&mut self, depth: u32) -> String {
        if depth == 0 {
            return self.number_atom();
        }
        let inner = depth - 1;
        let mut forms: Vec<u8> = vec![0, 0];
        if self.has(Feature::Arithmetic) {
            forms.extend([1, 1, 2]);
        }
        if self.has(Feature::NumericStrings) {
            forms.push(3);
        }
        if self.has(Feature::MathLibrary) {
            forms.push(4);
        }
        if self.has(Feature::Tables) || self.has(Feature::StringLibrary) {
            forms.push(5);
        }
        if self.has(Feature::MixedTypes) {
            forms.push(6);
        }
        match self.pick(&forms) {
            1 => {
                let operator = self.pick(ARITHMETIC_OPERATORS);
                let left = self.number(inner);
                let right = self.number(inner);
                format!("({left} {operator} {right})")
            }
            // The space keeps `- -1` from becoming a comment.
            2 => format!("(- {})", self.number(inner)),
            3 => self.coerced_number(inner),
            4 => self.math_call(inner),
            5 => self.length(inner),
            6 => self.mixed_operation(inner),
            _ => self.number_atom(),
        }
    }

    /// A number computed from a numeric string.
    fn coerced_number(&mut self, depth: u32) -> String {
        let text = self.numeric_string_literal();
        match self.below(5) {
            0 => format!("tonumber({text})"),
            1 => format!("({text} + {})", self.number(depth)),
            2 => format!("(-{text})"),
            3 => format!("({} * {text})", self.number(depth)),
            _ => {
                let base = self.pick(&[2, 8, 10, 16, 36]);
                let digits = self.pick(&["\"101\"", "\"17\"", "\"ff\"", "\"zz\"", "\"7\""]);
                // `or 0`: a digit outside the base gives nil, and the kind promised a number.
                format!("(tonumber({digits}, {base}) or 0)")
            }
        }
    }

    fn math_call(&mut self, depth: u32) -> String {
        let x = self.number(depth);
        match self.below(16) {
            0 => format!("math.floor({x})"),
            1 => format!("math.ceil({x})"),
            2 => format!("math.abs({x})"),
            3 => format!(
                "math.max({x}, {}, {})",
                self.number(depth),
                self.number(depth)
            ),
            4 => format!("math.min({x}, {})", self.number(depth)),
            5 => format!("math.fmod({x}, {})", self.number(depth)),
            6 => format!("math.sqrt({x})"),
            7 => "math.huge".to_string(),
            8 => "math.pi".to_string(),
            9 => format!("math.modf({x})"),
            10 => format!("math.pow({x}, {})", self.small_integer()),
            11 => format!("math.ldexp({x}, {})", self.small_integer()),
            12 => format!("math.floor({x} * 100 + 0.5)"),
            13 => format!("math.mod({x}, {})", self.number(depth)),
            14 => format!("math.exp({})", self.small_integer()),
            _ => format!(
                "math.random({})",
                self.pick(&["1, 10", "5", "-3, 3", "100"])
            ),
        }
    }

    fn length(&mut self, depth: u32) -> String {
        if self.has(Feature::Tables) && self.chance(50) {
            format!("#{}", self.table_operand(depth))
        } else {
            format!("#{}", self.string_operand(depth))
        }
    }

    /// An operation that may mix types: metamethod-free values of any kind meet.
    fn mixed_operation(&mut self, depth: u32) -> String {
        let left = self.any(depth);
        let right = self.any(depth);
        let operator = self.pick(&["+", "-", "*", "/", "%", "^", ".."]);
        format!("({left} {operator} {right})")
    }

    fn string_atom(&mut self) -> String {
        if self.chance(50) {
            if let Some(name) = self.variable(Kind::String) {
                return name;
            }
        }
        if self.has(Feature::NumericStrings) && self.chance(30) {
            return self.numeric_string_literal();
        }
        self.string_literal()
    }

    /// A string expression that can be indexed or called on (`("x"):upper()` needs parens).
    fn string_operand(&mut self, depth: u32) -> String {
        let text = self.string(depth);
        if text.starts_with('(') || text.chars().all(|c| c.is_alphanumeric() || c == '_') {
            text
        } else {
            format!("({text})")
        }
    }

    pub fn string(&mut self, depth: u32) -> String {
        if depth == 0 {
            return self.string_atom();
        }
        let inner = depth - 1;
        let mut forms: Vec<u8> = vec![0, 0];
        if self.has(Feature::Concat) {
            forms.extend([1, 1, 2]);
        }
        if self.has(Feature::StringLibrary) {
            forms.extend([3, 3]);
        }
        if self.has(Feature::Patterns) {
            forms.push(4);
        }
        if self.has(Feature::Format) {
            forms.push(5);
        }
        if self.has(Feature::BaseLibrary) {
            forms.push(6);
        }
        match self.pick(&forms) {
            1 => {
                let left = self.string(inner);
                let right = self.concat_operand(inner);
                format!("({left} .. {right})")
            }
            2 => {
                let parts: Vec<String> = (0..3 + self.below(3))
                    .map(|_| self.concat_operand(inner))
                    .collect();
                format!("({})", parts.join(" .. "))
            }
            3 => self.string_call(inner),
            4 => self.pattern_call(inner),
            5 => self.format_call(inner),
            6 => {
                let value = self.pick(&[Kind::Number, Kind::Boolean, Kind::String]);
                format!("tostring({})", self.expression_at(value, inner))
            }
            _ => self.string_atom(),
        }
    }

    fn concat_operand(&mut self, depth: u32) -> String {
        if self.chance(30) {
            self.number(depth)
        } else {
            self.string(depth)
        }
    }

    fn string_call(&mut self, depth: u32) -> String {
        let s = self.string_operand(depth);
        match self.below(10) {
            0 => format!("string.upper({s})"),
            1 => format!("{s}:lower()"),
            2 => format!("string.rep({s}, {})", self.small_integer()),
            3 => format!(
                "string.sub({s}, {}, {})",
                self.small_integer(),
                self.small_integer()
            ),
            4 => format!("{s}:sub({})", self.small_integer()),
            5 => format!("string.reverse({s})"),
            6 => format!(
                "string.char({}, {})",
                self.pick(&["65", "97", "48", "0", "255"]),
                self.pick(&["66", "10", "122"])
            ),
            7 => format!("{s}:rep(2, \",\")"),
            8 => format!("string.lower({s}):upper()"),
            _ => format!("({s}):sub(-{})", self.pick(&["1", "2", "3", "100"])),
        }
    }

    fn pattern_call(&mut self, depth: u32) -> String {
        let subject = self.string_operand(depth);
        let pattern = self.pick(PATTERNS);
        match self.below(4) {
            0 => format!("(string.match({subject}, {pattern}) or \"<none>\")"),
            1 => format!(
                "(string.gsub({subject}, {pattern}, {}))",
                self.pick(REPLACEMENTS)
            ),
            2 => format!("tostring(string.find({subject}, {pattern}))"),
            _ => format!(
                "(string.gsub({subject}, {pattern}, {}, {}))",
                self.pick(REPLACEMENTS),
                self.small_integer()
            ),
        }
    }

    fn format_call(&mut self, depth: u32) -> String {
        let number = self.number(depth);
        let text = self.string(depth);
        match self.below(3) {
            0 => format!(
                "string.format(\"%5.2f|%d\", {number}, {})",
                self.formattable_integer()
            ),
            1 => format!("string.format(\"%s=%q\", {text}, {text})"),
            _ => format!("string.format(\"[%g]\", {number})"),
        }
    }

    fn boolean_atom(&mut self) -> String {
        if self.chance(40) {
            if let Some(name) = self.variable(Kind::Boolean) {
                return name;
            }
        }
        self.pick(&["true", "false"]).to_string()
    }

    pub fn boolean(&mut self, depth: u32) -> String {
        if depth == 0 || !self.has(Feature::Comparison) {
            return self.boolean_atom();
        }
        let inner = depth - 1;
        match self.below(8) {
            0 => self.boolean_atom(),
            1 => {
                let operator = self.pick(ORDER_OPERATORS);
                format!("({} {operator} {})", self.number(inner), self.number(inner))
            }
            2 => {
                let operator = self.pick(ORDER_OPERATORS);
                format!("({} {operator} {})", self.string(inner), self.string(inner))
            }
            3 => {
                let operator = self.pick(EQUALITY_OPERATORS);
                format!("({} {operator} {})", self.any(inner), self.any(inner))
            }
            4 => format!("(not {})", self.any(inner)),
            5 => format!("({} and {})", self.boolean(inner), self.boolean(inner)),
            6 => format!("({} or {})", self.boolean(inner), self.boolean(inner)),
            _ => {
                let type_name = self.pick(&[
                    "\"number\"",
                    "\"string\"",
                    "\"table\"",
                    "\"nil\"",
                    "\"boolean\"",
                ]);
                format!("(type({}) == {type_name})", self.any(inner))
            }
        }
    }

    fn table_operand(&mut self, depth: u32) -> String {
        let table = self.table(depth);
        if table.starts_with('{') {
            format!("({table})")
        } else {
            table
        }
    }

    pub fn table(&mut self, depth: u32) -> String {
        if self.chance(40) {
            if let Some(name) = self.variable(Kind::Table) {
                return name;
            }
        }
        self.table_constructor(depth)
    }

    /// A table constructor: list, record, mixed, nested, or with a multiple-result tail.
    pub fn table_constructor(&mut self, depth: u32) -> String {
        if depth == 0 {
            return self
                .pick(&[
                    "{}",
                    "{1, 2, 3}",
                    "{x = 1, y = \"two\"}",
                    "{\"a\", \"b\", n = 2}",
                ])
                .to_string();
        }
        let inner = depth - 1;
        let mut items = Vec::new();
        let count = self.below(6);
        for position in 0..count {
            let item = match self.below(6) {
                0 | 1 => self.any(inner),
                2 => format!("k{position} = {}", self.any(inner)),
                3 => {
                    // NaN is no valid key; the snippets check that error on purpose.
                    let key = self.number_literal().replace("(0/0)", "0.25");
                    format!("[{key}] = {}", self.any(inner))
                }
                4 => {
                    let key = bracketed(&self.string_literal());
                    format!("[{key}] = {}", self.any(inner))
                }
                _ => self.table_constructor(inner),
            };
            items.push(item);
        }
        if self.has(Feature::Varargs) && self.chance(15) {
            items.push("unpack({7, 8, 9})".to_string());
        }
        if self.chance(3) {
            // Over 50 list items: the constructor flushes SETLIST more than once.
            items.extend((1..=60).map(|index| index.to_string()));
        }
        let separator = self.pick(&[", ", "; "]);
        format!("{{{}}}", items.join(separator))
    }

    pub fn function_value(&mut self) -> String {
        if self.chance(50) {
            if let Some(name) = self.variable(Kind::Function) {
                return name;
            }
        }
        self.pick(&[
            "function(a, b) return a end",
            "function(...) return select(\"#\", ...) end",
            "function(x) return (tonumber(x) or 0) * 2 end",
            // Not `tostring`: called on a table or function it would print an address.
            "type",
            "math.max",
            "function() end",
        ])
        .to_string()
    }

    pub fn any(&mut self, depth: u32) -> String {
        if self.chance(30) {
            if let Some(variable) = self.any_variable() {
                return variable.name;
            }
        }
        match self.below(9) {
            0 => "nil".to_string(),
            1 | 2 => self.number(depth),
            3 | 4 => self.string(depth),
            5 => self.boolean(depth),
            6 => self.table(depth),
            7 => self.function_value(),
            _ if self.has(Feature::NumericStrings) => self.pick(NON_NUMERIC_STRINGS).to_string(),
            _ => self.number(depth),
        }
    }
}
