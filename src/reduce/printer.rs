//! Printing a syntax tree back to Lua source that 5.1 parses into the same tree.
//!
//! Parentheses are added only where the grammar needs them (operator priorities, a
//! non-prefix expression before `.`/`[`/`:`/arguments). A `return` or `break` that is not the
//! last statement of its block (which edits can produce) is wrapped in `do ... end`; a
//! statement starting with `(` gets a `;` after the statement before it, so 5.1 does not read
//! it as a call of that statement's value.

use super::syntax::{Block, Expression, Field, FunctionBody, Statement, UNARY_PRIORITY};

/// Indentation of one block level.
const INDENT: &str = "  ";

/// The source text of `block` as a chunk.
pub fn print_chunk(block: &Block) -> Vec<u8> {
    let mut out = Vec::new();
    print_block(&mut out, block, 0);
    out
}

fn indent(out: &mut Vec<u8>, level: usize) {
    for _ in 0..level {
        out.extend_from_slice(INDENT.as_bytes());
    }
}

fn print_block(out: &mut Vec<u8>, block: &Block, level: usize) {
    let count = block.statements.len();
    for (index, statement) in block.statements.iter().enumerate() {
        let mut text = Vec::new();
        let ends_block = matches!(statement, Statement::Return(_) | Statement::Break);
        if ends_block && index + 1 != count {
            text.extend_from_slice(b"do ");
            print_statement(&mut text, statement, level);
            text.extend_from_slice(b" end");
        } else {
            print_statement(&mut text, statement, level);
        }
        indent(out, level);
        out.extend_from_slice(&text);
        let next_starts_with_paren = block.statements.get(index + 1).is_some_and(|next| {
            let mut next_text = Vec::new();
            print_statement(&mut next_text, next, level);
            next_text.first() == Some(&b'(')
        });
        if next_starts_with_paren {
            out.push(b';');
        }
        out.push(b'\n');
    }
}

fn print_body(out: &mut Vec<u8>, block: &Block, level: usize) {
    out.push(b'\n');
    print_block(out, block, level + 1);
    indent(out, level);
}

fn print_list(out: &mut Vec<u8>, expressions: &[Expression], level: usize) {
    for (index, expression) in expressions.iter().enumerate() {
        if index > 0 {
            out.extend_from_slice(b", ");
        }
        print_expression(out, expression, level);
    }
}

fn print_statement(out: &mut Vec<u8>, statement: &Statement, level: usize) {
    match statement {
        Statement::Call(call) => print_expression(out, call, level),
        Statement::Assign { targets, values } => {
            print_list(out, targets, level);
            out.extend_from_slice(b" = ");
            print_list(out, values, level);
        }
        Statement::Local { names, values } => {
            out.extend_from_slice(b"local ");
            out.extend_from_slice(names.join(", ").as_bytes());
            if !values.is_empty() {
                out.extend_from_slice(b" = ");
                print_list(out, values, level);
            }
        }
        Statement::Do(body) => {
            out.extend_from_slice(b"do");
            print_body(out, body, level);
            out.extend_from_slice(b"end");
        }
        Statement::While { condition, body } => {
            out.extend_from_slice(b"while ");
            print_expression(out, condition, level);
            out.extend_from_slice(b" do");
            print_body(out, body, level);
            out.extend_from_slice(b"end");
        }
        Statement::Repeat { body, condition } => {
            out.extend_from_slice(b"repeat");
            print_body(out, body, level);
            out.extend_from_slice(b"until ");
            print_expression(out, condition, level);
        }
        Statement::If { clauses, otherwise } => {
            for (index, (condition, body)) in clauses.iter().enumerate() {
                out.extend_from_slice(if index == 0 { b"if " } else { b"elseif " });
                print_expression(out, condition, level);
                out.extend_from_slice(b" then");
                print_body(out, body, level);
            }
            if let Some(body) = otherwise {
                out.extend_from_slice(b"else");
                print_body(out, body, level);
            }
            out.extend_from_slice(b"end");
        }
        Statement::NumericFor {
            variable,
            start,
            limit,
            step,
            body,
        } => {
            out.extend_from_slice(format!("for {variable} = ").as_bytes());
            print_expression(out, start, level);
            out.extend_from_slice(b", ");
            print_expression(out, limit, level);
            if let Some(step) = step {
                out.extend_from_slice(b", ");
                print_expression(out, step, level);
            }
            out.extend_from_slice(b" do");
            print_body(out, body, level);
            out.extend_from_slice(b"end");
        }
        Statement::GenericFor {
            names,
            values,
            body,
        } => {
            out.extend_from_slice(format!("for {} in ", names.join(", ")).as_bytes());
            print_list(out, values, level);
            out.extend_from_slice(b" do");
            print_body(out, body, level);
            out.extend_from_slice(b"end");
        }
        Statement::Function {
            path,
            method,
            function,
        } => {
            out.extend_from_slice(b"function ");
            out.extend_from_slice(path.join(".").as_bytes());
            if let Some(method) = method {
                out.push(b':');
                out.extend_from_slice(method.as_bytes());
            }
            print_function_body(out, function, level);
        }
        Statement::LocalFunction { name, function } => {
            out.extend_from_slice(format!("local function {name}").as_bytes());
            print_function_body(out, function, level);
        }
        Statement::Return(values) => {
            out.extend_from_slice(b"return");
            if !values.is_empty() {
                out.push(b' ');
                print_list(out, values, level);
            }
        }
        Statement::Break => out.extend_from_slice(b"break"),
    }
}

fn print_function_body(out: &mut Vec<u8>, function: &FunctionBody, level: usize) {
    let mut parameters = function.parameters.clone();
    if function.vararg {
        parameters.push("...".to_string());
    }
    out.extend_from_slice(format!("({})", parameters.join(", ")).as_bytes());
    if function.body.statements.is_empty() {
        out.extend_from_slice(b" end");
    } else {
        print_body(out, &function.body, level);
        out.extend_from_slice(b"end");
    }
}

/// Prints `expression` where a prefix expression is required.
fn print_prefix(out: &mut Vec<u8>, expression: &Expression, level: usize) {
    if expression.is_prefix() {
        print_expression(out, expression, level);
    } else {
        out.push(b'(');
        print_expression(out, expression, level);
        out.push(b')');
    }
}

fn print_arguments(out: &mut Vec<u8>, arguments: &[Expression], level: usize) {
    out.push(b'(');
    print_list(out, arguments, level);
    out.push(b')');
}

/// Prints `[key]`, with spaces when the key itself starts with `[` (a long string), which
/// would otherwise open a long bracket.
fn print_bracketed(out: &mut Vec<u8>, key: &Expression, level: usize) {
    let mut text = Vec::new();
    print_expression(&mut text, key, level);
    if text.first() == Some(&b'[') {
        out.extend_from_slice(b"[ ");
        out.extend_from_slice(&text);
        out.extend_from_slice(b" ]");
    } else {
        out.push(b'[');
        out.extend_from_slice(&text);
        out.push(b']');
    }
}

/// Prints an operand, in parentheses when `needs_parentheses`.
fn print_operand(out: &mut Vec<u8>, operand: &Expression, needs_parentheses: bool, level: usize) {
    if needs_parentheses {
        out.push(b'(');
        print_expression(out, operand, level);
        out.push(b')');
    } else {
        print_expression(out, operand, level);
    }
}

pub fn print_expression(out: &mut Vec<u8>, expression: &Expression, level: usize) {
    match expression {
        Expression::Nil => out.extend_from_slice(b"nil"),
        Expression::True => out.extend_from_slice(b"true"),
        Expression::False => out.extend_from_slice(b"false"),
        Expression::Vararg => out.extend_from_slice(b"..."),
        Expression::Number(literal) => out.extend_from_slice(&literal.text),
        Expression::String(literal) => out.extend_from_slice(&literal.text),
        Expression::Function(function) => {
            out.extend_from_slice(b"function");
            print_function_body(out, function, level);
        }
        Expression::Table(fields) => {
            out.push(b'{');
            for (index, field) in fields.iter().enumerate() {
                if index > 0 {
                    out.extend_from_slice(b", ");
                }
                match field {
                    Field::Positional(value) => print_expression(out, value, level),
                    Field::Named(name, value) => {
                        out.extend_from_slice(format!("{name} = ").as_bytes());
                        print_expression(out, value, level);
                    }
                    Field::Keyed(key, value) => {
                        print_bracketed(out, key, level);
                        out.extend_from_slice(b" = ");
                        print_expression(out, value, level);
                    }
                }
            }
            out.push(b'}');
        }
        Expression::Binary(operator, left, right) => {
            let (left_priority, right_priority) = operator.priority();
            // The left operand would swallow this operator if its own rightmost operator
            // bound looser than this one binds to the left.
            let left_needs = match &**left {
                Expression::Binary(inner, ..) => left_priority > inner.priority().1,
                Expression::Unary(..) => left_priority > UNARY_PRIORITY,
                _ => false,
            };
            // The right operand is read with this operator's right priority as the limit.
            let right_needs = match &**right {
                Expression::Binary(inner, ..) => inner.priority().0 <= right_priority,
                _ => false,
            };
            print_operand(out, left, left_needs, level);
            out.extend_from_slice(format!(" {} ", operator.symbol()).as_bytes());
            print_operand(out, right, right_needs, level);
        }
        Expression::Unary(operator, operand) => {
            out.extend_from_slice(operator.symbol().as_bytes());
            let needs = match &**operand {
                Expression::Binary(inner, ..) => inner.priority().0 <= UNARY_PRIORITY,
                _ => false,
            };
            let mut text = Vec::new();
            print_operand(&mut text, operand, needs, level);
            // `- -x` must not become the comment `--x`.
            if text.first() == Some(&b'-') && out.last() == Some(&b'-') {
                out.push(b' ');
            }
            out.extend_from_slice(&text);
        }
        Expression::Name(name) => out.extend_from_slice(name.as_bytes()),
        Expression::Index(object, key) => {
            print_prefix(out, object, level);
            print_bracketed(out, key, level);
        }
        Expression::Field(object, name) => {
            print_prefix(out, object, level);
            out.push(b'.');
            out.extend_from_slice(name.as_bytes());
        }
        Expression::Call(function, arguments) => {
            print_prefix(out, function, level);
            print_arguments(out, arguments, level);
        }
        Expression::Method(object, name, arguments) => {
            print_prefix(out, object, level);
            out.push(b':');
            out.extend_from_slice(name.as_bytes());
            print_arguments(out, arguments, level);
        }
        Expression::Paren(inner) => {
            out.push(b'(');
            print_expression(out, inner, level);
            out.push(b')');
        }
    }
}

/// A short string literal for `bytes` that reads back as exactly those bytes.
pub fn quote_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut text = vec![b'"'];
    for &byte in bytes {
        match byte {
            b'"' => text.extend_from_slice(b"\\\""),
            b'\\' => text.extend_from_slice(b"\\\\"),
            b'\n' => text.extend_from_slice(b"\\n"),
            b'\r' => text.extend_from_slice(b"\\r"),
            b'\t' => text.extend_from_slice(b"\\t"),
            // Three digits, so that a digit after the escape is not read as part of it.
            0..=31 | 127.. => text.extend_from_slice(format!("\\{byte:03}").as_bytes()),
            _ => text.push(byte),
        }
    }
    text.push(b'"');
    text
}

#[cfg(test)]
mod tests {
    use super::super::parser::parse;
    use super::*;

    fn round_trip(source: &str) -> String {
        let tree = parse(source.as_bytes()).expect("parses");
        let printed = print_chunk(&tree);
        let again = parse(&printed).expect("printed text parses");
        assert_eq!(tree, again, "{}", String::from_utf8_lossy(&printed));
        String::from_utf8(printed).expect("utf-8")
    }

    #[test]
    fn keeps_grouping_with_few_parentheses() {
        assert_eq!(round_trip("x = (1 + 2) * 3"), "x = (1 + 2) * 3\n");
        assert_eq!(round_trip("x = 1 + 2 * 3"), "x = 1 + 2 * 3\n");
        assert_eq!(round_trip("x = (-2) ^ 2"), "x = (-2) ^ 2\n");
        assert_eq!(round_trip("x = a .. b .. c"), "x = a .. b .. c\n");
        assert_eq!(round_trip("x = - - y"), "x = - -y\n");
    }

    #[test]
    fn statements_round_trip() {
        round_trip(
            "local function f(a, ...) return ... end\n\
             function t.a.b:m(x) if x then return 1 elseif y then return 2 else return 3 end end\n\
             for i = 1, 10, 2 do break end\n\
             for k, v in pairs({1, x = 2, [3] = 4; 5}) do print(k, v) end\n\
             repeat local x = #t until not x\n\
             while false do end\n\
             do local a, b = 1 end\n\
             a.b[c], d = f{1}, g'x';\n\
             (f)(1)\n\
             return",
        );
    }

    #[test]
    fn misplaced_returns_and_parenthesised_statements_stay_valid() {
        use super::super::syntax::Statement;
        let mut tree = parse(b"f();\n(g)()\nreturn 1").expect("parses");
        tree.statements.rotate_left(2);
        assert!(matches!(tree.statements[0], Statement::Return(_)));
        let printed = print_chunk(&tree);
        assert_eq!(
            String::from_utf8_lossy(&printed),
            "do return 1 end\nf();\n(g)()\n"
        );
        parse(&printed).expect("valid");
    }

    #[test]
    fn quoted_bytes_read_back() {
        let quoted = quote_bytes(b"a\"\\\n\x001\xff");
        assert_eq!(quoted, b"\"a\\\"\\\\\\n\\0001\\255\"".to_vec());
    }
}
