//! Syntax-aware edits: the candidates the reducer tries on a syntax tree.
//!
//! Each [`Pass`] numbers its edit sites in a fixed pre-order walk (outer constructs before
//! what they contain, so large cuts are tried first). [`apply`] returns the tree with edit
//! number `index` applied, or `None` once `index` is past the last site; because the walk is
//! the same on every call, the reducer can try edits by number and, after accepting one, go
//! on from the same number.

use super::printer::quote_bytes;
use super::syntax::{Block, Expression, Field, FunctionBody, Literal, Statement};

/// One family of edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Remove runs of `chunk` consecutive statements (aligned on multiples of `chunk`).
    RemoveStatements { chunk: usize },
    /// Replace a compound statement by one of its bodies: `do`, loops, `if` branches,
    /// function declarations, and functions passed as arguments or assigned.
    UnwrapBodies,
    /// Drop one `elseif` clause or the `else` of an `if`.
    DropBranches,
    /// Replace an expression by `nil`, `0`, `""` or one of its subexpressions.
    ReplaceExpressions,
    /// Shrink a number towards 0 or a string towards `""`.
    ShrinkLiterals,
    /// Remove one table field, call argument, parameter, returned value, or name or value of
    /// a `local`, an assignment or a generic `for`.
    RemoveListItems,
}

impl Pass {
    pub fn name(self) -> String {
        match self {
            Pass::RemoveStatements { chunk } => format!("remove-statements({chunk})"),
            Pass::UnwrapBodies => "unwrap-bodies".to_string(),
            Pass::DropBranches => "drop-branches".to_string(),
            Pass::ReplaceExpressions => "replace-expressions".to_string(),
            Pass::ShrinkLiterals => "shrink-literals".to_string(),
            Pass::RemoveListItems => "remove-list-items".to_string(),
        }
    }
}

/// `tree` with edit number `index` of `pass` applied, or `None` when there are fewer edits.
pub fn apply(tree: &Block, pass: Pass, index: usize) -> Option<Block> {
    let mut edited = tree.clone();
    let mut editor = Editor {
        pass,
        target: index,
        seen: 0,
        applied: false,
    };
    editor.block(&mut edited);
    editor.applied.then_some(edited)
}

/// The largest statement count of any block, for choosing statement chunk sizes.
pub fn largest_block(tree: &Block) -> usize {
    let mut largest = tree.statements.len();
    for statement in &tree.statements {
        for_each_block(statement, &mut |block| {
            largest = largest.max(largest_block(block))
        });
    }
    largest
}

fn for_each_block(statement: &Statement, visit: &mut dyn FnMut(&Block)) {
    match statement {
        Statement::Do(body)
        | Statement::While { body, .. }
        | Statement::Repeat { body, .. }
        | Statement::NumericFor { body, .. }
        | Statement::GenericFor { body, .. } => visit(body),
        Statement::If { clauses, otherwise } => {
            clauses.iter().for_each(|(_, body)| visit(body));
            if let Some(body) = otherwise {
                visit(body);
            }
        }
        Statement::Function { function, .. } | Statement::LocalFunction { function, .. } => {
            visit(&function.body)
        }
        Statement::Call(_)
        | Statement::Assign { .. }
        | Statement::Local { .. }
        | Statement::Return(_)
        | Statement::Break => {}
    }
}

struct Editor {
    pass: Pass,
    target: usize,
    seen: usize,
    applied: bool,
}

impl Editor {
    /// Offers a site with `choices` alternatives; returns the chosen one if the target is here.
    fn site(&mut self, choices: usize) -> Option<usize> {
        if self.applied || choices == 0 {
            return None;
        }
        if self.target < self.seen + choices {
            self.applied = true;
            Some(self.target - self.seen)
        } else {
            self.seen += choices;
            None
        }
    }

    fn block(&mut self, block: &mut Block) {
        if self.applied {
            return;
        }
        if let Pass::RemoveStatements { chunk } = self.pass {
            let count = block.statements.len();
            if let Some(run) = self.site(count.div_ceil(chunk)) {
                let start = run * chunk;
                block.statements.drain(start..count.min(start + chunk));
                return;
            }
        }
        let mut index = 0;
        while index < block.statements.len() && !self.applied {
            if self.pass == Pass::UnwrapBodies {
                let bodies = unwrap_choices(&block.statements[index]);
                if let Some(choice) = self.site(bodies.len()) {
                    let body = bodies.into_iter().nth(choice).unwrap_or_default();
                    block.statements.splice(index..=index, body.statements);
                    return;
                }
            }
            self.statement(&mut block.statements[index]);
            index += 1;
        }
    }

    fn statement(&mut self, statement: &mut Statement) {
        match statement {
            Statement::Call(call) => self.call_statement(call),
            Statement::Assign { targets, values } => {
                if self.pass == Pass::RemoveListItems {
                    if targets.len() > 1 {
                        if let Some(item) = self.site(targets.len()) {
                            targets.remove(item);
                            return;
                        }
                    }
                    if let Some(item) = self.site(values.len().saturating_sub(1)) {
                        values.remove(item + 1);
                        return;
                    }
                }
                // Targets stay assignable: only their parts are edited.
                for target in targets.iter_mut() {
                    self.target_parts(target);
                }
                self.expressions(values);
            }
            Statement::Local { names, values } => {
                if self.pass == Pass::RemoveListItems {
                    if names.len() > 1 {
                        if let Some(item) = self.site(names.len()) {
                            names.remove(item);
                            return;
                        }
                    }
                    if let Some(item) = self.site(values.len()) {
                        values.remove(item);
                        return;
                    }
                }
                self.expressions(values);
            }
            Statement::Do(body) => self.block(body),
            Statement::While { condition, body } | Statement::Repeat { body, condition } => {
                self.expression(condition);
                self.block(body);
            }
            Statement::If { clauses, otherwise } => {
                if self.pass == Pass::DropBranches {
                    let droppable_clauses = if clauses.len() > 1 { clauses.len() } else { 0 };
                    if let Some(clause) = self.site(droppable_clauses) {
                        clauses.remove(clause);
                        return;
                    }
                    if otherwise.is_some() && self.site(1).is_some() {
                        *otherwise = None;
                        return;
                    }
                }
                for (condition, body) in clauses.iter_mut() {
                    self.expression(condition);
                    self.block(body);
                }
                if let Some(body) = otherwise {
                    self.block(body);
                }
            }
            Statement::NumericFor {
                start,
                limit,
                step,
                body,
                ..
            } => {
                if self.pass == Pass::RemoveListItems && step.is_some() && self.site(1).is_some() {
                    *step = None;
                    return;
                }
                self.expression(start);
                self.expression(limit);
                if let Some(step) = step {
                    self.expression(step);
                }
                self.block(body);
            }
            Statement::GenericFor {
                names,
                values,
                body,
            } => {
                if self.pass == Pass::RemoveListItems {
                    if let Some(item) = self.site(names.len().saturating_sub(1)) {
                        names.remove(item + 1);
                        return;
                    }
                    if let Some(item) = self.site(values.len().saturating_sub(1)) {
                        values.remove(item + 1);
                        return;
                    }
                }
                self.expressions(values);
                self.block(body);
            }
            Statement::Function { function, .. } | Statement::LocalFunction { function, .. } => {
                self.function(function)
            }
            Statement::Return(values) => {
                if self.pass == Pass::RemoveListItems {
                    if let Some(item) = self.site(values.len()) {
                        values.remove(item);
                        return;
                    }
                }
                self.expressions(values);
            }
            Statement::Break => {}
        }
    }

    /// A call used as a statement must stay a call: only its parts are edited.
    fn call_statement(&mut self, call: &mut Expression) {
        match call {
            Expression::Call(function, arguments) => {
                self.function_value(function);
                self.arguments(arguments);
            }
            Expression::Method(object, _, arguments) => {
                self.function_value(object);
                self.arguments(arguments);
            }
            other => self.expression(other),
        }
    }

    /// The parts of an assignment target, which itself must stay assignable.
    fn target_parts(&mut self, target: &mut Expression) {
        match target {
            Expression::Index(object, key) => {
                self.expression(object);
                self.expression(key);
            }
            Expression::Field(object, _) => self.expression(object),
            _ => {}
        }
    }

    /// The called part of a call statement: a call of `nil` is no use, so only its parts.
    fn function_value(&mut self, function: &mut Expression) {
        match function {
            Expression::Name(_) => {}
            Expression::Field(object, _) => self.expression(object),
            Expression::Index(object, key) => {
                self.expression(object);
                self.expression(key);
            }
            other => self.expression(other),
        }
    }

    fn function(&mut self, function: &mut FunctionBody) {
        if self.pass == Pass::RemoveListItems {
            if let Some(item) = self.site(function.parameters.len()) {
                function.parameters.remove(item);
                return;
            }
        }
        self.block(&mut function.body);
    }

    fn expressions(&mut self, expressions: &mut [Expression]) {
        for expression in expressions {
            self.expression(expression);
        }
    }

    fn arguments(&mut self, arguments: &mut Vec<Expression>) {
        if self.pass == Pass::RemoveListItems {
            if let Some(item) = self.site(arguments.len()) {
                arguments.remove(item);
                return;
            }
        }
        self.expressions(arguments);
    }

    fn expression(&mut self, expression: &mut Expression) {
        if self.applied {
            return;
        }
        match self.pass {
            Pass::ReplaceExpressions => {
                let replacements = replacement_choices(expression);
                if let Some(choice) = self.site(replacements.len()) {
                    if let Some(replacement) = replacements.into_iter().nth(choice) {
                        *expression = replacement;
                    }
                    return;
                }
            }
            Pass::ShrinkLiterals => {
                let smaller = smaller_literals(expression);
                if let Some(choice) = self.site(smaller.len()) {
                    if let Some(literal) = smaller.into_iter().nth(choice) {
                        *expression = literal;
                    }
                    return;
                }
            }
            _ => {}
        }
        match expression {
            Expression::Nil
            | Expression::True
            | Expression::False
            | Expression::Vararg
            | Expression::Number(_)
            | Expression::String(_)
            | Expression::Name(_) => {}
            Expression::Function(function) => self.function(function),
            Expression::Table(fields) => {
                if self.pass == Pass::RemoveListItems {
                    if let Some(item) = self.site(fields.len()) {
                        fields.remove(item);
                        return;
                    }
                }
                for field in fields {
                    match field {
                        Field::Positional(value) | Field::Named(_, value) => self.expression(value),
                        Field::Keyed(key, value) => {
                            self.expression(key);
                            self.expression(value);
                        }
                    }
                }
            }
            Expression::Binary(_, left, right) => {
                self.expression(left);
                self.expression(right);
            }
            Expression::Unary(_, operand) | Expression::Paren(operand) => self.expression(operand),
            Expression::Index(object, key) => {
                self.expression(object);
                self.expression(key);
            }
            Expression::Field(object, _) => self.expression(object),
            Expression::Call(function, arguments) => {
                self.expression(function);
                self.arguments(arguments);
            }
            Expression::Method(object, _, arguments) => {
                self.expression(object);
                self.arguments(arguments);
            }
        }
    }
}

/// The bodies a statement can be replaced by.
fn unwrap_choices(statement: &Statement) -> Vec<Block> {
    match statement {
        Statement::Do(body)
        | Statement::While { body, .. }
        | Statement::Repeat { body, .. }
        | Statement::NumericFor { body, .. }
        | Statement::GenericFor { body, .. } => vec![body.clone()],
        Statement::If { clauses, otherwise } => clauses
            .iter()
            .map(|(_, body)| body.clone())
            .chain(otherwise.iter().cloned())
            .collect(),
        Statement::Function { function, .. } | Statement::LocalFunction { function, .. } => {
            vec![function.body.clone()]
        }
        // `pcall(function() ... end)`, `local f = function() ... end`: the function's body.
        Statement::Call(Expression::Call(_, arguments) | Expression::Method(_, _, arguments))
        | Statement::Local {
            values: arguments, ..
        }
        | Statement::Assign {
            values: arguments, ..
        } => arguments
            .iter()
            .filter_map(|argument| match argument {
                Expression::Function(function) => Some(function.body.clone()),
                _ => None,
            })
            .collect(),
        Statement::Call(_) | Statement::Return(_) | Statement::Break => Vec::new(),
    }
}

/// What an expression can be replaced by: `nil`, `0` or `""` (a computed value is often all
/// a divergence needs), then its direct subexpressions.
fn replacement_choices(expression: &Expression) -> Vec<Expression> {
    if expression.is_atom() {
        return Vec::new();
    }
    let mut choices = vec![
        Expression::Nil,
        number_literal(0.0),
        Expression::String(Literal {
            text: b"\"\"".to_vec(),
            value: Vec::new(),
        }),
    ];
    match expression {
        Expression::Binary(_, left, right) => {
            choices.push((**left).clone());
            choices.push((**right).clone());
        }
        Expression::Unary(_, operand) | Expression::Paren(operand) => {
            choices.push((**operand).clone())
        }
        Expression::Index(object, key) => {
            choices.push((**object).clone());
            choices.push((**key).clone());
        }
        Expression::Field(object, _) => choices.push((**object).clone()),
        Expression::Call(function, arguments) => {
            choices.push((**function).clone());
            choices.extend(arguments.iter().cloned());
        }
        Expression::Method(object, _, arguments) => {
            choices.push((**object).clone());
            choices.extend(arguments.iter().cloned());
        }
        Expression::Table(_) => choices.push(Expression::Table(Vec::new())),
        Expression::Function(function) if !function.body.statements.is_empty() => {
            choices.push(Expression::Function(Box::new(FunctionBody {
                body: Block::default(),
                ..(**function).clone()
            })))
        }
        _ => {}
    }
    choices
}

/// Simpler literals to try in place of a number or a string.
fn smaller_literals(expression: &Expression) -> Vec<Expression> {
    match expression {
        Expression::Number(Literal {
            value: Some(value), ..
        }) => {
            let magnitude = value.abs();
            let mut choices: Vec<f64> = Vec::new();
            if magnitude > 0.0 {
                choices.push(0.0);
            }
            if magnitude > 1.0 {
                choices.push(1.0);
            }
            if magnitude.fract() != 0.0 && magnitude > 1.0 {
                choices.push(magnitude.trunc());
            }
            if (4.0..1e15).contains(&magnitude) {
                choices.push((magnitude / 2.0).trunc());
            }
            choices
                .into_iter()
                .map(|number| number_literal(number.copysign(*value)))
                .collect()
        }
        Expression::String(Literal { value, .. }) if !value.is_empty() => {
            let mut choices = vec![Vec::new()];
            if value.len() >= 2 {
                choices.push(value[..1].to_vec());
            }
            if value.len() >= 4 {
                choices.push(value[..value.len() / 2].to_vec());
            }
            choices
                .into_iter()
                .map(|bytes| {
                    Expression::String(Literal {
                        text: quote_bytes(&bytes),
                        value: bytes,
                    })
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// A numeral for a non-negative whole `number` (negative numbers come from a unary minus).
fn number_literal(number: f64) -> Expression {
    let magnitude = number.abs();
    Expression::Number(Literal {
        text: format!("{magnitude}").into_bytes(),
        value: Some(magnitude),
    })
}

/// The sum of the magnitudes of the tree's numerals: with the printed size, a measure every
/// accepted edit must lower, so that reduction cannot cycle.
pub fn numeral_weight(tree: &Block) -> f64 {
    let mut total = 0.0;
    weigh_block(tree, &mut total);
    total
}

fn weigh_block(block: &Block, total: &mut f64) {
    for statement in &block.statements {
        match statement {
            Statement::Call(call) => weigh(call, total),
            Statement::Assign { targets, values } => {
                targets.iter().chain(values).for_each(|e| weigh(e, total))
            }
            Statement::Local { values, .. }
            | Statement::Return(values)
            | Statement::GenericFor { values, .. } => values.iter().for_each(|e| weigh(e, total)),
            Statement::While { condition, .. } | Statement::Repeat { condition, .. } => {
                weigh(condition, total)
            }
            Statement::If { clauses, .. } => clauses
                .iter()
                .for_each(|(condition, _)| weigh(condition, total)),
            Statement::NumericFor {
                start, limit, step, ..
            } => {
                weigh(start, total);
                weigh(limit, total);
                step.iter().for_each(|e| weigh(e, total));
            }
            Statement::Do(_)
            | Statement::Function { .. }
            | Statement::LocalFunction { .. }
            | Statement::Break => {}
        }
        for_each_block(statement, &mut |inner| weigh_block(inner, total));
    }
}

fn weigh(expression: &Expression, total: &mut f64) {
    match expression {
        Expression::Number(Literal {
            value: Some(value), ..
        }) => *total += value.abs().min(1e15),
        Expression::Function(function) => weigh_block(&function.body, total),
        Expression::Table(fields) => {
            for field in fields {
                match field {
                    Field::Positional(value) | Field::Named(_, value) => weigh(value, total),
                    Field::Keyed(key, value) => {
                        weigh(key, total);
                        weigh(value, total);
                    }
                }
            }
        }
        Expression::Binary(_, left, right) | Expression::Index(left, right) => {
            weigh(left, total);
            weigh(right, total);
        }
        Expression::Unary(_, inner) | Expression::Paren(inner) | Expression::Field(inner, _) => {
            weigh(inner, total)
        }
        Expression::Call(inner, arguments) | Expression::Method(inner, _, arguments) => {
            weigh(inner, total);
            arguments.iter().for_each(|e| weigh(e, total));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::parser::parse;
    use super::super::printer::print_chunk;
    use super::*;

    fn all_edits(source: &str, pass: Pass) -> Vec<String> {
        let tree = parse(source.as_bytes()).expect("parses");
        (0..)
            .map_while(|index| apply(&tree, pass, index))
            .map(|edited| String::from_utf8(print_chunk(&edited)).expect("utf-8"))
            .collect()
    }

    #[test]
    fn removes_statement_runs_then_single_statements() {
        let source = "a()\nb()\nc()\ndo d() end";
        assert_eq!(
            all_edits(source, Pass::RemoveStatements { chunk: 2 }),
            vec![
                "c()\ndo\n  d()\nend\n",
                "a()\nb()\n",
                "a()\nb()\nc()\ndo\nend\n"
            ]
        );
        assert_eq!(
            all_edits(source, Pass::RemoveStatements { chunk: 1 }).len(),
            5
        );
    }

    #[test]
    fn unwraps_bodies_and_functions_passed_as_arguments() {
        let edits = all_edits(
            "if x then a() else b() end\npcall(function() c() end)",
            Pass::UnwrapBodies,
        );
        assert_eq!(
            edits,
            vec![
                "a()\npcall(function()\n  c()\nend)\n",
                "b()\npcall(function()\n  c()\nend)\n",
                "if x then\n  a()\nelse\n  b()\nend\nc()\n",
            ]
        );
    }

    #[test]
    fn replaces_expressions_by_nil_and_subexpressions() {
        let edits = all_edits("print(a + f(b))", Pass::ReplaceExpressions);
        assert_eq!(
            edits,
            vec![
                "print(nil)",
                "print(0)",
                "print(\"\")",
                "print(a)",
                "print(f(b))",
                "print(a + nil)",
                "print(a + 0)",
                "print(a + \"\")",
                "print(a + f)",
                "print(a + b)",
            ]
            .into_iter()
            .map(|text| format!("{text}\n"))
            .collect::<Vec<_>>()
        );
    }

    #[test]
    fn shrinks_literals_and_keeps_assignment_targets() {
        let edits = all_edits("t[10] = 'abc'", Pass::ShrinkLiterals);
        assert_eq!(
            edits,
            vec![
                "t[0] = 'abc'\n",
                "t[1] = 'abc'\n",
                "t[5] = 'abc'\n",
                "t[10] = \"\"\n",
                "t[10] = \"a\"\n",
            ]
        );
        assert!(all_edits("t.x = 1", Pass::ReplaceExpressions).is_empty());
    }

    #[test]
    fn removes_list_items() {
        let edits = all_edits("local a, b = {1, x = 2}, f(3)", Pass::RemoveListItems);
        assert_eq!(
            edits,
            vec![
                "local b = {1, x = 2}, f(3)\n",
                "local a = {1, x = 2}, f(3)\n",
                "local a, b = f(3)\n",
                "local a, b = {1, x = 2}\n",
                "local a, b = {x = 2}, f(3)\n",
                "local a, b = {1}, f(3)\n",
                "local a, b = {1, x = 2}, f()\n",
            ]
        );
    }

    #[test]
    fn drops_branches() {
        let edits = all_edits(
            "if a then x() elseif b then y() else z() end",
            Pass::DropBranches,
        );
        assert_eq!(edits.len(), 3);
        assert!(edits[2].contains("elseif") && !edits[2].contains("else\n"));
    }

    #[test]
    fn numeral_weight_sums_magnitudes() {
        let tree = parse(b"local x = -3 + t[2]\nfor i = 1, 10 do f(0.5) end").expect("parses");
        assert_eq!(numeral_weight(&tree), 16.5);
    }
}
