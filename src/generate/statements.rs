//! Random statements: declarations, assignments, branches, loops, local functions and calls,
//! drawn from the program's features. Every loop has a fixed bound, loop counters are never
//! in scope for assignment, functions are never assigned (so none can call itself), and
//! every loop and call is charged against the program's cost limit: the statements always
//! terminate, well within the instruction budget.

use super::builder::{Builder, Kind, MAX_BLOCK_DEPTH};
use super::features::Feature;

/// Longest string a string variable is assigned.
const MAX_ASSIGNED_STRING: u32 = 200;

/// Numeric `for` headers with the number of iterations each one runs.
const NUMERIC_LOOPS: &[(&str, u64)] = &[
    ("1, 3", 3),
    ("1, 5", 5),
    ("3, 1, -1", 3),
    ("10, 1, -4", 3),
    ("1, 0", 0),
    ("0, 1, 0.25", 5),
    ("0.1, 0.5, 0.1", 5),
    ("-2, 2", 5),
    ("1, 2.5", 2),
    ("5, 5", 1),
];

/// The same loops with bounds written as numeric strings, which `for` accepts in 5.1.
const NUMERIC_STRING_LOOPS: &[(&str, u64)] = &[("\"1\", \"4\"", 4), ("\"2\", 6, \"2\"", 3)];

#[derive(Clone, Copy)]
enum Form {
    Local,
    MultipleLocal,
    Assign,
    Swap,
    Emit,
    If,
    NumericFor,
    While,
    Repeat,
    Ipairs,
    Pairs,
    Do,
    LocalFunction,
    Call,
    FieldAssign,
    GlobalAssign,
    Break,
}

impl Builder<'_> {
    /// Up to `count` statements (fewer when the cost limit is reached).
    pub fn statements(&mut self, count: u32) {
        for _ in 0..count {
            if !self.affordable(1) {
                break;
            }
            self.statement();
        }
    }

    fn statement_forms(&self) -> Vec<Form> {
        let mut forms = vec![
            Form::Local,
            Form::Local,
            Form::Assign,
            Form::Emit,
            Form::Emit,
        ];
        forms.push(Form::MultipleLocal);
        forms.push(Form::Swap);
        forms.push(Form::Call);
        let nested = self.block_depth < MAX_BLOCK_DEPTH;
        if nested {
            forms.push(Form::Do);
            if self.has(Feature::Comparison) {
                forms.extend([Form::If, Form::If]);
            }
            if self.has(Feature::Loops) {
                forms.extend([Form::NumericFor, Form::While, Form::Repeat, Form::Ipairs]);
                forms.push(Form::Pairs);
            }
            if self.has(Feature::Closures) {
                forms.extend([Form::LocalFunction, Form::LocalFunction]);
            }
        }
        if self.has(Feature::Tables) {
            forms.extend([Form::FieldAssign, Form::FieldAssign]);
        }
        if self.has(Feature::Globals) {
            forms.push(Form::GlobalAssign);
        }
        if self.loop_depth > 0 {
            forms.push(Form::Break);
        }
        forms
    }

    fn statement(&mut self) {
        self.charge(1);
        let forms = self.statement_forms();
        match self.pick(&forms) {
            Form::Local => {
                let kind = self.some_kind();
                let value = self.expression(kind);
                let name = self.fresh("v");
                self.line(&format!("local {name} = {value}"));
                self.declare(&name, kind);
            }
            Form::MultipleLocal => self.multiple_local(),
            Form::Assign => match self.assignable() {
                Some(variable) if variable.kind == Kind::String => {
                    // Cut to a fixed length: a string assigned from itself in a loop would
                    // otherwise grow exponentially.
                    let value = self.expression(Kind::String);
                    self.line(&format!(
                        "{} = string.sub({value}, 1, {MAX_ASSIGNED_STRING})",
                        variable.name
                    ));
                }
                Some(variable) => {
                    let value = self.expression(variable.kind);
                    self.line(&format!("{} = {value}", variable.name));
                }
                None => self.emit_values(),
            },
            Form::Swap => {
                let first = self.assignable();
                let second = self.assignable();
                match (first, second) {
                    (Some(a), Some(b)) if a.kind == b.kind => {
                        self.line(&format!("{}, {} = {}, {}", a.name, b.name, b.name, a.name));
                    }
                    _ => self.emit_values(),
                }
            }
            Form::Emit => self.emit_values(),
            Form::If => self.if_statement(),
            Form::NumericFor => self.numeric_for(),
            Form::While => self.while_loop(),
            Form::Repeat => self.repeat_loop(),
            Form::Ipairs => self.ipairs_loop(),
            Form::Pairs => self.pairs_loop(),
            Form::Do => {
                self.open("do");
                self.block_depth += 1;
                self.scoped(|b| {
                    let count = 1 + b.below(3);
                    b.statements(count);
                });
                self.block_depth -= 1;
                self.close("end");
            }
            Form::LocalFunction => self.local_function(),
            Form::Call => self.call_statement(),
            Form::FieldAssign => self.field_assign(),
            Form::GlobalAssign => {
                let kind = self.some_kind();
                let value = self.expression(kind);
                let name = self.fresh("G");
                self.line(&format!("{name} = {value}"));
                self.declare(&name, kind);
            }
            Form::Break => {
                let condition = self.boolean(1);
                self.line(&format!("if {condition} then break end"));
            }
        }
    }

    /// Prints one to three values.
    pub fn emit_values(&mut self) {
        let count = 1 + self.below(3);
        let values: Vec<String> = (0..count)
            .map(|_| {
                let kind = self.some_kind();
                self.expression(kind)
            })
            .collect();
        self.emit("values", &values);
    }

    fn multiple_local(&mut self) {
        let names: Vec<String> = (0..2 + self.below(2)).map(|_| self.fresh("m")).collect();
        let values_written = self.below(names.len() as u32 + 2) as usize;
        let mut kinds = Vec::new();
        let mut values = Vec::new();
        for _ in 0..values_written {
            let kind = self.some_kind();
            kinds.push(kind);
            values.push(self.expression(kind));
        }
        if values.is_empty() {
            self.line(&format!("local {}", names.join(", ")));
        } else {
            self.line(&format!(
                "local {} = {}",
                names.join(", "),
                values.join(", ")
            ));
        }
        for (index, name) in names.iter().enumerate() {
            // Names past the values are nil; surplus values are evaluated and dropped.
            let kind = kinds.get(index).copied().unwrap_or(Kind::Any);
            self.declare(name, kind);
        }
    }

    fn nested_statements(&mut self) {
        self.block_depth += 1;
        self.scoped(|b| {
            let count = 1 + b.below(3);
            b.statements(count);
        });
        self.block_depth -= 1;
    }

    fn if_statement(&mut self) {
        let condition = self.boolean(2);
        self.open(&format!("if {condition} then"));
        self.nested_statements();
        for _ in 0..self.below(3) {
            let condition = self.boolean(2);
            self.middle(&format!("elseif {condition} then"));
            self.nested_statements();
        }
        if self.chance(50) {
            self.middle("else");
            self.nested_statements();
        }
        self.close("end");
    }

    fn numeric_for(&mut self) {
        let (header, iterations) = if self.has(Feature::NumericStrings) && self.chance(20) {
            self.pick(NUMERIC_STRING_LOOPS)
        } else {
            self.pick(NUMERIC_LOOPS)
        };
        if !self.affordable(iterations) {
            return self.emit_values();
        }
        let counter = self.fresh("i");
        self.open(&format!("for {counter} = {header} do"));
        self.in_loop(iterations, |b| {
            b.declare(&counter, Kind::Number);
            let count = 1 + b.below(3);
            b.statements(count);
        });
        self.close("end");
    }

    fn while_loop(&mut self) {
        let iterations = 1 + u64::from(self.below(5));
        if !self.affordable(iterations) {
            return self.emit_values();
        }
        let counter = self.fresh("w");
        self.line(&format!("local {counter} = 0"));
        self.open(&format!("while {counter} < {iterations} do"));
        self.line(&format!("{counter} = {counter} + 1"));
        self.in_loop(iterations, |b| {
            let count = 1 + b.below(3);
            b.statements(count);
        });
        self.close("end");
    }

    fn repeat_loop(&mut self) {
        let iterations = 1 + u64::from(self.below(5));
        if !self.affordable(iterations) {
            return self.emit_values();
        }
        let counter = self.fresh("r");
        let last = self.fresh("last");
        self.line(&format!("local {counter} = 0"));
        self.open("repeat");
        self.line(&format!("{counter} = {counter} + 1"));
        // The condition reads a local of the body: `until` is inside the loop's scope.
        self.line(&format!("local {last} = {counter} >= {iterations}"));
        self.in_loop(iterations, |b| {
            let count = 1 + b.below(3);
            b.statements(count);
        });
        self.close(&format!("until {last}"));
    }

    /// `ipairs` over a fresh constructor, so that the body cannot keep appending to the table
    /// it walks.
    fn ipairs_loop(&mut self) {
        // At most the 66 list items a generated constructor can have.
        let iterations = 66;
        if !self.affordable(iterations) {
            return self.emit_values();
        }
        let table = self.table_constructor(2);
        let index = self.fresh("k");
        let value = self.fresh("e");
        self.open(&format!("for {index}, {value} in ipairs({table}) do"));
        self.in_loop(iterations, |b| {
            b.declare(&index, Kind::Number);
            b.declare(&value, Kind::Any);
            let count = 1 + b.below(2);
            b.statements(count);
        });
        self.close("end");
    }

    /// `pairs` over a fresh constructor: nothing else refers to the table, so the body cannot
    /// add keys during the traversal (undefined in Lua), and its keys are numbers and strings,
    /// whose traversal order 5.1 defines by its hash layout.
    fn pairs_loop(&mut self) {
        let iterations = 66;
        if !self.affordable(iterations) {
            return self.emit_values();
        }
        let table = self.table_constructor(2);
        let key = self.fresh("k");
        let value = self.fresh("e");
        self.open(&format!("for {key}, {value} in pairs({table}) do"));
        self.in_loop(iterations, |b| {
            b.declare(&key, Kind::Any);
            b.declare(&value, Kind::Any);
            let values = [key.clone(), value.clone()];
            b.emit("pairs", &values);
            let count = b.below(2);
            b.statements(count);
        });
        self.close("end");
    }

    fn local_function(&mut self) {
        let name = self.fresh("f");
        let parameters: Vec<String> = (0..self.below(3)).map(|_| self.fresh("p")).collect();
        let vararg = self.has(Feature::Varargs) && self.chance(30);
        let mut header = parameters.clone();
        if vararg {
            header.push("...".to_string());
        }
        self.open(&format!("local function {name}({})", header.join(", ")));
        self.block_depth += 1;
        let cost = self.function_body(|b| {
            for parameter in &parameters {
                b.declare(parameter, Kind::Any);
            }
            let count = 1 + b.below(4);
            b.statements(count);
            let result = if vararg && b.chance(50) {
                "...".to_string()
            } else {
                let kind = b.some_kind();
                b.expression(kind)
            };
            b.line(&format!("return {result}"));
        });
        self.block_depth -= 1;
        self.close("end");
        self.declare_function(&name, Kind::Function, cost);
    }

    fn call_statement(&mut self) {
        let Some((name, cost)) = self.callable() else {
            return self.emit_values();
        };
        self.charge(cost);
        let arguments: Vec<String> = (0..self.below(4))
            .map(|_| {
                let kind = self.some_kind();
                self.expression_at(kind, 1)
            })
            .collect();
        let call = format!("{name}({})", arguments.join(", "));
        if self.chance(50) {
            self.emit("call", &[call]);
        } else {
            let mut protected = vec![name];
            protected.extend(arguments);
            self.emit("pcall", &[format!("pcall({})", protected.join(", "))]);
        }
    }

    fn field_assign(&mut self) {
        let table = match self.variable(Kind::Table) {
            Some(name) => name,
            None => return self.emit_values(),
        };
        let value_kind = self.some_kind();
        let value = self.expression_at(value_kind, 2);
        match self.below(5) {
            0 => {
                let field = self.fresh("field");
                self.line(&format!("{table}.{field} = {value}"));
            }
            1 => self.line(&format!("{table}[#{table} + 1] = {value}")),
            2 => {
                let key = self.number(1);
                self.line(&format!("{table}[{}] = {value}", bracketed(&key)));
            }
            3 => {
                let key = self.string(1);
                self.line(&format!("{table}[{}] = {value}", bracketed(&key)));
            }
            _ => {
                let key = self.pick(&["true", "false", "1", "\"x\"", "2.5"]);
                self.line(&format!("{table}[{key}] = {value}"));
            }
        }
    }
}

/// `key` ready to go between the brackets of an index: a long string key gets spaces, since
/// `[[[` would open a long string.
pub fn bracketed(key: &str) -> String {
    if key.starts_with('[') {
        format!(" {key} ")
    } else {
        key.to_string()
    }
}
