//! The generator's working state: where decisions come from, the source being written, and
//! the variables in scope with the kind of value each one holds.

use super::choices::Choices;
use super::features::{Feature, FeatureSet};

/// What a variable is known to hold, so that most generated operations are well typed and the
/// programs compute rather than fail (type errors come from [`Feature::MixedTypes`] on purpose).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    String,
    Boolean,
    Table,
    Function,
    /// Anything, nil included.
    Any,
}

#[derive(Debug, Clone)]
pub struct Variable {
    pub name: String,
    pub kind: Kind,
    /// For functions: the cost of one call (see [`Builder::charge`]).
    pub cost: u64,
}

/// Deepest nesting of generated expressions.
pub const MAX_EXPRESSION_DEPTH: u32 = 3;
/// Deepest nesting of generated statement blocks (loops, ifs, functions).
pub const MAX_BLOCK_DEPTH: u32 = 3;
/// Cost units a whole program may spend. A unit is one generated statement run once (a few
/// dozen VM instructions at most), so the limit keeps programs far below the bench's
/// 20-million-instruction budget however loops and calls multiply.
pub const COST_LIMIT: u64 = 150_000;

pub struct Builder<'c> {
    choices: &'c mut dyn Choices,
    pub features: FeatureSet,
    source: String,
    indent: usize,
    next_name: u32,
    next_label: u32,
    scope: Vec<Variable>,
    /// Statement blocks currently open (loops, ifs, function bodies).
    pub block_depth: u32,
    /// Loops currently open in the innermost function: `break` is legal when non-zero.
    pub loop_depth: u32,
    /// How many times the code being written runs per run of its function (product of the
    /// iteration counts of the enclosing loops).
    multiplier: u64,
    /// Cost units charged so far in the current function.
    spent: u64,
}

impl<'c> Builder<'c> {
    pub fn new(choices: &'c mut dyn Choices, features: FeatureSet) -> Builder<'c> {
        Builder {
            choices,
            features,
            source: String::new(),
            indent: 0,
            next_name: 0,
            next_label: 0,
            scope: Vec::new(),
            block_depth: 0,
            loop_depth: 0,
            multiplier: 1,
            spent: 0,
        }
    }

    pub fn into_source(self) -> String {
        self.source
    }

    /// Bytes written so far.
    pub fn written(&self) -> usize {
        self.source.len()
    }

    // --- decisions -------------------------------------------------------------------------

    /// A number in `0..n`.
    pub fn below(&mut self, n: u32) -> u32 {
        self.choices.below(n.max(1))
    }

    /// True with roughly `percent` per cent; false when the choices are exhausted.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) >= 100 - percent.min(100)
    }

    /// One of `options` (the first when exhausted); `options` must not be empty.
    pub fn pick<T: Copy>(&mut self, options: &[T]) -> T {
        options[self.below(options.len() as u32) as usize]
    }

    pub fn has(&self, feature: Feature) -> bool {
        self.features.contains(feature)
    }

    // --- names and scope -------------------------------------------------------------------

    /// A name never used before in this program.
    pub fn fresh(&mut self, prefix: &str) -> String {
        self.next_name += 1;
        format!("{prefix}{}", self.next_name)
    }

    /// A new label for an [`Builder::emit`] line: `[n] what`.
    pub fn label(&mut self, what: &str) -> String {
        self.next_label += 1;
        format!("\"[{}] {what}\"", self.next_label)
    }

    pub fn declare(&mut self, name: &str, kind: Kind) {
        self.declare_function(name, kind, 0);
    }

    /// Declares a variable; `cost` is what one call costs when it holds a function.
    pub fn declare_function(&mut self, name: &str, kind: Kind, cost: u64) {
        self.scope.push(Variable {
            name: name.to_string(),
            kind,
            cost,
        });
    }

    /// Runs `body` in a nested scope: variables it declares are forgotten afterwards.
    pub fn scoped<T>(&mut self, body: impl FnOnce(&mut Builder<'c>) -> T) -> T {
        let mark = self.scope.len();
        let result = body(self);
        self.scope.truncate(mark);
        result
    }

    /// Runs `body` as a new function body: no enclosing loop can be broken out of, and its
    /// cost is measured on its own. Returns what one call of the function costs.
    pub fn function_body(&mut self, body: impl FnOnce(&mut Builder<'c>)) -> u64 {
        let loops = std::mem::replace(&mut self.loop_depth, 0);
        let multiplier = std::mem::replace(&mut self.multiplier, 1);
        let spent = std::mem::replace(&mut self.spent, 0);
        self.scoped(body);
        let cost = self.spent.max(1);
        self.loop_depth = loops;
        self.multiplier = multiplier;
        self.spent = spent;
        cost
    }

    // --- cost ------------------------------------------------------------------------------

    /// Whether code costing `units` per run still fits where it would be written.
    pub fn affordable(&self, units: u64) -> bool {
        self.spent
            .saturating_add(units.saturating_mul(self.multiplier))
            <= COST_LIMIT
    }

    /// Records code costing `units` per run at the current place.
    pub fn charge(&mut self, units: u64) {
        self.spent = self
            .spent
            .saturating_add(units.saturating_mul(self.multiplier));
    }

    /// Runs `body` as the body of a loop running `iterations` times (callers check
    /// [`Builder::affordable`] first).
    pub fn in_loop(&mut self, iterations: u64, body: impl FnOnce(&mut Builder<'c>)) {
        let multiplier = self.multiplier;
        self.multiplier = multiplier.saturating_mul(iterations.max(1));
        self.loop_depth += 1;
        self.block_depth += 1;
        self.scoped(body);
        self.block_depth -= 1;
        self.loop_depth -= 1;
        self.multiplier = multiplier;
    }

    /// A function variable whose call is affordable here, with its cost.
    pub fn callable(&mut self) -> Option<(String, u64)> {
        let matching: Vec<usize> = (0..self.scope.len())
            .filter(|&index| {
                self.scope[index].kind == Kind::Function && self.affordable(self.scope[index].cost)
            })
            .collect();
        if matching.is_empty() {
            return None;
        }
        let index = matching[self.below(matching.len() as u32) as usize];
        Some((self.scope[index].name.clone(), self.scope[index].cost))
    }

    /// A variable that may be assigned: anything but a function, so that no function ever
    /// ends up calling itself (recursion is only written on purpose, with a depth bound).
    pub fn assignable(&mut self) -> Option<Variable> {
        let matching: Vec<usize> = (0..self.scope.len())
            .filter(|&index| self.scope[index].kind != Kind::Function)
            .collect();
        if matching.is_empty() {
            return None;
        }
        let index = matching[self.below(matching.len() as u32) as usize];
        Some(self.scope[index].clone())
    }

    /// A variable holding `kind`, if one is in scope.
    pub fn variable(&mut self, kind: Kind) -> Option<String> {
        let matching: Vec<usize> = (0..self.scope.len())
            .filter(|&index| self.scope[index].kind == kind)
            .collect();
        if matching.is_empty() {
            return None;
        }
        let index = matching[self.below(matching.len() as u32) as usize];
        Some(self.scope[index].name.clone())
    }

    /// Any variable in scope, with its kind.
    pub fn any_variable(&mut self) -> Option<Variable> {
        if self.scope.is_empty() {
            return None;
        }
        let index = self.below(self.scope.len() as u32) as usize;
        Some(self.scope[index].clone())
    }

    // --- writing ---------------------------------------------------------------------------

    pub fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.source.push_str("  ");
        }
        self.source.push_str(text);
        self.source.push('\n');
    }

    /// Writes `text` and indents what follows.
    pub fn open(&mut self, text: &str) {
        self.line(text);
        self.indent += 1;
    }

    /// Ends an indented part with `text`.
    pub fn close(&mut self, text: &str) {
        self.indent = self.indent.saturating_sub(1);
        self.line(text);
    }

    /// Writes `text` one level out, between two indented parts (`else`, `elseif`).
    pub fn middle(&mut self, text: &str) {
        self.indent = self.indent.saturating_sub(1);
        self.line(text);
        self.indent += 1;
    }

    /// Writes a line printing `values` under a new label.
    pub fn emit(&mut self, what: &str, values: &[String]) {
        let label = self.label(what);
        let mut arguments = vec![label];
        arguments.extend(values.iter().cloned());
        self.line(&format!("emit({})", arguments.join(", ")));
    }
}
