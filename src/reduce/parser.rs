//! A recursive-descent parser from Lua 5.1 tokens to the reducer's syntax tree.
//!
//! It accepts the 5.1 grammar (including 5.1's refusal of a call whose `(` starts a new line).
//! Nesting is bounded so that no input can overflow the stack; deeper scripts are left to the
//! line and token passes.

use super::lexer::{tokenize, Token, TokenKind};
use super::syntax::{
    BinaryOperator, Block, Expression, Field, FunctionBody, Literal, Statement, UnaryOperator,
    UNARY_PRIORITY,
};

/// Deepest nesting of blocks and expressions the parser follows (5.1 allows 200).
const MAX_DEPTH: usize = 200;

/// Why a script could not be turned into a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

/// Parses a whole chunk.
pub fn parse(source: &[u8]) -> Result<Block, ParseError> {
    let tokens = tokenize(source).map_err(|error| ParseError {
        line: error.line,
        message: error.message,
    })?;
    let mut parser = Parser {
        source,
        tokens,
        position: 0,
        depth: 0,
    };
    let block = parser.block()?;
    if let Some(token) = parser.current() {
        let line = token.line;
        return parser.fail_at(line, "'<eof>' expected");
    }
    Ok(block)
}

struct Parser<'a> {
    source: &'a [u8],
    tokens: Vec<Token>,
    position: usize,
    depth: usize,
}

impl Parser<'_> {
    fn current(&self) -> Option<&Token> {
        self.tokens.get(self.position)
    }

    fn line(&self) -> usize {
        self.current()
            .or_else(|| self.tokens.last())
            .map_or(1, |token| token.line)
    }

    fn fail_at<T>(&self, line: usize, message: &str) -> Result<T, ParseError> {
        Err(ParseError {
            line,
            message: message.to_string(),
        })
    }

    fn fail<T>(&self, message: &str) -> Result<T, ParseError> {
        self.fail_at(self.line(), message)
    }

    fn is_symbol(&self, symbol: &str) -> bool {
        matches!(self.current(), Some(Token { kind: TokenKind::Symbol(s), .. }) if *s == symbol)
    }

    fn is_keyword(&self, keyword: &str) -> bool {
        matches!(self.current(), Some(Token { kind: TokenKind::Keyword(k), .. }) if *k == keyword)
    }

    fn accept_symbol(&mut self, symbol: &str) -> bool {
        let found = self.is_symbol(symbol);
        if found {
            self.position += 1;
        }
        found
    }

    fn accept_keyword(&mut self, keyword: &str) -> bool {
        let found = self.is_keyword(keyword);
        if found {
            self.position += 1;
        }
        found
    }

    fn expect_symbol(&mut self, symbol: &str) -> Result<(), ParseError> {
        if self.accept_symbol(symbol) {
            Ok(())
        } else {
            self.fail(&format!("'{symbol}' expected"))
        }
    }

    fn expect_keyword(&mut self, keyword: &str) -> Result<(), ParseError> {
        if self.accept_keyword(keyword) {
            Ok(())
        } else {
            self.fail(&format!("'{keyword}' expected"))
        }
    }

    fn name(&mut self) -> Result<String, ParseError> {
        match self.current() {
            Some(Token {
                kind: TokenKind::Name(name),
                ..
            }) => {
                let name = name.clone();
                self.position += 1;
                Ok(name)
            }
            _ => self.fail("<name> expected"),
        }
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.fail("too deeply nested for the reducer's parser");
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Whether the current token ends a block.
    fn block_ends(&self) -> bool {
        match self.current() {
            None => true,
            Some(Token {
                kind: TokenKind::Keyword(keyword),
                ..
            }) => matches!(*keyword, "end" | "else" | "elseif" | "until"),
            Some(_) => false,
        }
    }

    fn block(&mut self) -> Result<Block, ParseError> {
        self.enter()?;
        let mut statements = Vec::new();
        while !self.block_ends() {
            let statement = self.statement()?;
            let last = matches!(statement, Statement::Return(_) | Statement::Break);
            statements.push(statement);
            self.accept_symbol(";");
            if last {
                if !self.block_ends() {
                    return self.fail("'end' expected");
                }
                break;
            }
        }
        self.leave();
        Ok(Block { statements })
    }

    fn statement(&mut self) -> Result<Statement, ParseError> {
        let Some(token) = self.current() else {
            return self.fail("unexpected end of script");
        };
        let keyword = match &token.kind {
            TokenKind::Keyword(keyword) => Some(*keyword),
            _ => None,
        };
        match keyword {
            Some("if") => self.if_statement(),
            Some("while") => {
                self.position += 1;
                let condition = self.expression()?;
                self.expect_keyword("do")?;
                let body = self.block()?;
                self.expect_keyword("end")?;
                Ok(Statement::While { condition, body })
            }
            Some("do") => {
                self.position += 1;
                let body = self.block()?;
                self.expect_keyword("end")?;
                Ok(Statement::Do(body))
            }
            Some("for") => self.for_statement(),
            Some("repeat") => {
                self.position += 1;
                let body = self.block()?;
                self.expect_keyword("until")?;
                let condition = self.expression()?;
                Ok(Statement::Repeat { body, condition })
            }
            Some("function") => {
                self.position += 1;
                let mut path = vec![self.name()?];
                while self.accept_symbol(".") {
                    path.push(self.name()?);
                }
                let method = if self.accept_symbol(":") {
                    Some(self.name()?)
                } else {
                    None
                };
                let function = self.function_body()?;
                Ok(Statement::Function {
                    path,
                    method,
                    function,
                })
            }
            Some("local") => {
                self.position += 1;
                if self.accept_keyword("function") {
                    let name = self.name()?;
                    let function = self.function_body()?;
                    return Ok(Statement::LocalFunction { name, function });
                }
                let mut names = vec![self.name()?];
                while self.accept_symbol(",") {
                    names.push(self.name()?);
                }
                let values = if self.accept_symbol("=") {
                    self.expression_list()?
                } else {
                    Vec::new()
                };
                Ok(Statement::Local { names, values })
            }
            Some("return") => {
                self.position += 1;
                let values = if self.block_ends() || self.is_symbol(";") {
                    Vec::new()
                } else {
                    self.expression_list()?
                };
                Ok(Statement::Return(values))
            }
            Some("break") => {
                self.position += 1;
                Ok(Statement::Break)
            }
            _ => self.expression_statement(),
        }
    }

    fn if_statement(&mut self) -> Result<Statement, ParseError> {
        self.position += 1;
        let mut clauses = Vec::new();
        let condition = self.expression()?;
        self.expect_keyword("then")?;
        clauses.push((condition, self.block()?));
        let mut otherwise = None;
        loop {
            if self.accept_keyword("elseif") {
                let condition = self.expression()?;
                self.expect_keyword("then")?;
                clauses.push((condition, self.block()?));
            } else if self.accept_keyword("else") {
                otherwise = Some(self.block()?);
                self.expect_keyword("end")?;
                break;
            } else {
                self.expect_keyword("end")?;
                break;
            }
        }
        Ok(Statement::If { clauses, otherwise })
    }

    fn for_statement(&mut self) -> Result<Statement, ParseError> {
        self.position += 1;
        let first = self.name()?;
        if self.accept_symbol("=") {
            let start = self.expression()?;
            self.expect_symbol(",")?;
            let limit = self.expression()?;
            let step = if self.accept_symbol(",") {
                Some(self.expression()?)
            } else {
                None
            };
            self.expect_keyword("do")?;
            let body = self.block()?;
            self.expect_keyword("end")?;
            return Ok(Statement::NumericFor {
                variable: first,
                start,
                limit,
                step,
                body,
            });
        }
        let mut names = vec![first];
        while self.accept_symbol(",") {
            names.push(self.name()?);
        }
        self.expect_keyword("in")?;
        let values = self.expression_list()?;
        self.expect_keyword("do")?;
        let body = self.block()?;
        self.expect_keyword("end")?;
        Ok(Statement::GenericFor {
            names,
            values,
            body,
        })
    }

    fn expression_statement(&mut self) -> Result<Statement, ParseError> {
        let first = self.suffixed_expression()?;
        if self.is_symbol("=") || self.is_symbol(",") {
            let mut targets = vec![first];
            while self.accept_symbol(",") {
                targets.push(self.suffixed_expression()?);
            }
            if targets.iter().any(|target| !target.is_assignable()) {
                return self.fail("syntax error: cannot assign to this expression");
            }
            self.expect_symbol("=")?;
            let values = self.expression_list()?;
            return Ok(Statement::Assign { targets, values });
        }
        match first {
            Expression::Call(..) | Expression::Method(..) => Ok(Statement::Call(first)),
            _ => self.fail("syntax error: expression is not a statement"),
        }
    }

    fn function_body(&mut self) -> Result<FunctionBody, ParseError> {
        self.expect_symbol("(")?;
        let mut parameters = Vec::new();
        let mut vararg = false;
        if !self.is_symbol(")") {
            loop {
                if self.accept_symbol("...") {
                    vararg = true;
                    break;
                }
                parameters.push(self.name()?);
                if !self.accept_symbol(",") {
                    break;
                }
            }
        }
        self.expect_symbol(")")?;
        let body = self.block()?;
        self.expect_keyword("end")?;
        Ok(FunctionBody {
            parameters,
            vararg,
            body,
        })
    }

    fn expression_list(&mut self) -> Result<Vec<Expression>, ParseError> {
        let mut values = vec![self.expression()?];
        while self.accept_symbol(",") {
            values.push(self.expression()?);
        }
        Ok(values)
    }

    fn expression(&mut self) -> Result<Expression, ParseError> {
        self.sub_expression(0)
    }

    /// An expression whose binary operators all bind tighter than `limit` (5.1's `subexpr`).
    fn sub_expression(&mut self, limit: u8) -> Result<Expression, ParseError> {
        self.enter()?;
        let unary = match self.current().map(|token| &token.kind) {
            Some(TokenKind::Symbol("-")) => Some(UnaryOperator::Negate),
            Some(TokenKind::Symbol("#")) => Some(UnaryOperator::Length),
            Some(TokenKind::Keyword("not")) => Some(UnaryOperator::Not),
            _ => None,
        };
        let mut left = match unary {
            Some(operator) => {
                self.position += 1;
                let operand = self.sub_expression(UNARY_PRIORITY)?;
                Expression::Unary(operator, Box::new(operand))
            }
            None => self.simple_expression()?,
        };
        while let Some(operator) = self.binary_operator() {
            let (left_priority, right_priority) = operator.priority();
            if left_priority <= limit {
                break;
            }
            self.position += 1;
            let right = self.sub_expression(right_priority)?;
            left = Expression::Binary(operator, Box::new(left), Box::new(right));
        }
        self.leave();
        Ok(left)
    }

    fn binary_operator(&self) -> Option<BinaryOperator> {
        match &self.current()?.kind {
            TokenKind::Symbol(symbol) => BinaryOperator::from_symbol(symbol),
            TokenKind::Keyword(keyword) => BinaryOperator::from_symbol(keyword),
            _ => None,
        }
    }

    fn literal_text(&self) -> Vec<u8> {
        self.current()
            .map(|token| self.source[token.span.clone()].to_vec())
            .unwrap_or_default()
    }

    fn simple_expression(&mut self) -> Result<Expression, ParseError> {
        let Some(token) = self.current() else {
            return self.fail("unexpected end of script");
        };
        let expression = match &token.kind {
            TokenKind::Number(text) => Expression::Number(Literal {
                value: numeral_value(text),
                text: self.literal_text(),
            }),
            TokenKind::String(value) => Expression::String(Literal {
                value: value.clone(),
                text: self.literal_text(),
            }),
            TokenKind::Keyword("nil") => Expression::Nil,
            TokenKind::Keyword("true") => Expression::True,
            TokenKind::Keyword("false") => Expression::False,
            TokenKind::Symbol("...") => Expression::Vararg,
            TokenKind::Symbol("{") => return self.table(),
            TokenKind::Keyword("function") => {
                self.position += 1;
                return Ok(Expression::Function(Box::new(self.function_body()?)));
            }
            _ => return self.suffixed_expression(),
        };
        self.position += 1;
        Ok(expression)
    }

    fn primary_expression(&mut self) -> Result<Expression, ParseError> {
        if self.accept_symbol("(") {
            let inner = self.expression()?;
            self.expect_symbol(")")?;
            return Ok(Expression::Paren(Box::new(inner)));
        }
        match self.current().map(|token| &token.kind) {
            Some(TokenKind::Name(_)) => Ok(Expression::Name(self.name()?)),
            _ => self.fail("unexpected symbol"),
        }
    }

    fn suffixed_expression(&mut self) -> Result<Expression, ParseError> {
        self.enter()?;
        let mut expression = self.primary_expression()?;
        loop {
            if self.accept_symbol(".") {
                let name = self.name()?;
                expression = Expression::Field(Box::new(expression), name);
            } else if self.accept_symbol("[") {
                let key = self.expression()?;
                self.expect_symbol("]")?;
                expression = Expression::Index(Box::new(expression), Box::new(key));
            } else if self.accept_symbol(":") {
                let name = self.name()?;
                let arguments = self.call_arguments()?;
                expression = Expression::Method(Box::new(expression), name, arguments);
            } else if self.starts_arguments() {
                let arguments = self.call_arguments()?;
                expression = Expression::Call(Box::new(expression), arguments);
            } else {
                break;
            }
        }
        self.leave();
        Ok(expression)
    }

    fn starts_arguments(&self) -> bool {
        matches!(
            self.current().map(|token| &token.kind),
            Some(TokenKind::Symbol("(" | "{") | TokenKind::String(_))
        )
    }

    fn call_arguments(&mut self) -> Result<Vec<Expression>, ParseError> {
        let Some(token) = self.current() else {
            return self.fail("function arguments expected");
        };
        match &token.kind {
            TokenKind::String(value) => {
                let argument = Expression::String(Literal {
                    value: value.clone(),
                    text: self.literal_text(),
                });
                self.position += 1;
                Ok(vec![argument])
            }
            TokenKind::Symbol("{") => Ok(vec![self.table()?]),
            TokenKind::Symbol("(") => {
                let previous_line = self
                    .position
                    .checked_sub(1)
                    .and_then(|index| self.tokens.get(index))
                    .map_or(token.line, |previous| previous.line);
                if token.line != previous_line {
                    return self.fail("ambiguous syntax (function call x new statement)");
                }
                self.position += 1;
                if self.accept_symbol(")") {
                    return Ok(Vec::new());
                }
                let arguments = self.expression_list()?;
                self.expect_symbol(")")?;
                Ok(arguments)
            }
            _ => self.fail("function arguments expected"),
        }
    }

    fn table(&mut self) -> Result<Expression, ParseError> {
        self.expect_symbol("{")?;
        let mut fields = Vec::new();
        while !self.is_symbol("}") {
            let field = if self.accept_symbol("[") {
                let key = self.expression()?;
                self.expect_symbol("]")?;
                self.expect_symbol("=")?;
                Field::Keyed(key, self.expression()?)
            } else if matches!(
                self.current().map(|token| &token.kind),
                Some(TokenKind::Name(_))
            ) && matches!(
                self.tokens.get(self.position + 1).map(|token| &token.kind),
                Some(TokenKind::Symbol("="))
            ) {
                let name = self.name()?;
                self.position += 1;
                Field::Named(name, self.expression()?)
            } else {
                Field::Positional(self.expression()?)
            };
            fields.push(field);
            if !self.accept_symbol(",") && !self.accept_symbol(";") {
                break;
            }
        }
        self.expect_symbol("}")?;
        Ok(Expression::Table(fields))
    }
}

/// The value of a numeral the way 5.1 reads it (decimal via `strtod`, `0x` hexadecimal), or
/// `None` for numerals the reducer leaves alone.
pub fn numeral_value(text: &str) -> Option<f64> {
    let lower = text.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        return u64::from_str_radix(hex, 16).ok().map(|value| value as f64);
    }
    lower.parse::<f64>().ok().filter(|value| value.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_statements_and_precedence() {
        let block = parse(b"local x = 1 + 2 * 3 ^ -4 .. 'a'\nreturn x").expect("tree");
        assert_eq!(block.statements.len(), 2);
        let Statement::Local { values, .. } = &block.statements[0] else {
            panic!("local expected");
        };
        let Expression::Binary(BinaryOperator::Concat, left, _) = &values[0] else {
            panic!("concat at the top: {values:?}");
        };
        assert!(matches!(
            **left,
            Expression::Binary(BinaryOperator::Add, ..)
        ));
    }

    #[test]
    fn refuses_what_5_1_refuses() {
        assert!(parse(b"x").is_err());
        assert!(parse(b"return 1 print(2)").is_err());
        assert!(parse(b"f()\n(g)()").is_err());
        assert!(parse(b"1 = 2").is_err());
        assert!(parse(b"if x then").is_err());
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let source = format!("return {}1{}", "(".repeat(5000), ")".repeat(5000));
        assert!(parse(source.as_bytes()).is_err());
    }

    #[test]
    fn numerals_read_as_5_1_reads_them() {
        assert_eq!(numeral_value("0x10"), Some(16.0));
        assert_eq!(numeral_value("1e3"), Some(1000.0));
        assert_eq!(numeral_value(".5"), Some(0.5));
        assert_eq!(numeral_value("3x"), None);
    }
}
