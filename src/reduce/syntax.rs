//! The syntax tree the syntax-aware reduction passes edit.
//!
//! It keeps what changes a script's behaviour or its error messages (`a.b` apart from `a["b"]`,
//! method calls, parentheses, `local function` apart from `local f = function`) and drops what
//! does not (comments, layout, the three spellings of call arguments). Literals keep their
//! source text so that printing an unedited tree gives back the same values.

/// A sequence of statements. `return` and `break` may sit anywhere here; the printer wraps
/// one that is not last in `do ... end`, as Lua requires.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Block {
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Statement {
    /// A function or method call used as a statement.
    Call(Expression),
    Assign {
        targets: Vec<Expression>,
        values: Vec<Expression>,
    },
    Local {
        names: Vec<String>,
        values: Vec<Expression>,
    },
    Do(Block),
    While {
        condition: Expression,
        body: Block,
    },
    Repeat {
        body: Block,
        condition: Expression,
    },
    If {
        /// `if`/`elseif` conditions with their bodies, at least one.
        clauses: Vec<(Expression, Block)>,
        otherwise: Option<Block>,
    },
    NumericFor {
        variable: String,
        start: Expression,
        limit: Expression,
        step: Option<Expression>,
        body: Block,
    },
    GenericFor {
        names: Vec<String>,
        values: Vec<Expression>,
        body: Block,
    },
    /// `function a.b.c:m() ... end`.
    Function {
        path: Vec<String>,
        method: Option<String>,
        function: FunctionBody,
    },
    LocalFunction {
        name: String,
        function: FunctionBody,
    },
    Return(Vec<Expression>),
    Break,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FunctionBody {
    pub parameters: Vec<String>,
    pub vararg: bool,
    pub body: Block,
}

/// A literal as written, with what it means (for shrinking).
#[derive(Debug, Clone, PartialEq)]
pub struct Literal<T> {
    /// Source text to print.
    pub text: Vec<u8>,
    pub value: T,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expression {
    Nil,
    True,
    False,
    Vararg,
    /// The value is `None` when the numeral is not one the reducer reads (the engines decide).
    Number(Literal<Option<f64>>),
    String(Literal<Vec<u8>>),
    Function(Box<FunctionBody>),
    Table(Vec<Field>),
    Binary(BinaryOperator, Box<Expression>, Box<Expression>),
    Unary(UnaryOperator, Box<Expression>),
    Name(String),
    /// `object[key]`.
    Index(Box<Expression>, Box<Expression>),
    /// `object.name`.
    Field(Box<Expression>, String),
    Call(Box<Expression>, Vec<Expression>),
    /// `object:name(arguments)`.
    Method(Box<Expression>, String, Vec<Expression>),
    /// `(expression)`: keeps one value of a call or `...`.
    Paren(Box<Expression>),
}

impl Expression {
    /// Whether the expression may stand where Lua wants a prefix expression (before `.`, `[`,
    /// `:` or call arguments) without parentheses.
    pub fn is_prefix(&self) -> bool {
        matches!(
            self,
            Expression::Name(_)
                | Expression::Index(..)
                | Expression::Field(..)
                | Expression::Call(..)
                | Expression::Method(..)
                | Expression::Paren(_)
        )
    }

    /// Whether the expression may be assigned to.
    pub fn is_assignable(&self) -> bool {
        matches!(
            self,
            Expression::Name(_) | Expression::Index(..) | Expression::Field(..)
        )
    }

    /// Whether the expression needs no further simplification.
    pub fn is_atom(&self) -> bool {
        matches!(
            self,
            Expression::Nil
                | Expression::True
                | Expression::False
                | Expression::Vararg
                | Expression::Number(_)
                | Expression::String(_)
                | Expression::Name(_)
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// `expression` (the next array slot).
    Positional(Expression),
    /// `name = expression`.
    Named(String, Expression),
    /// `[key] = expression`.
    Keyed(Expression, Expression),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOperator {
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    Concat,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
}

impl BinaryOperator {
    pub fn from_symbol(symbol: &str) -> Option<BinaryOperator> {
        use BinaryOperator::*;
        Some(match symbol {
            "+" => Add,
            "-" => Subtract,
            "*" => Multiply,
            "/" => Divide,
            "%" => Modulo,
            "^" => Power,
            ".." => Concat,
            "==" => Equal,
            "~=" => NotEqual,
            "<" => Less,
            "<=" => LessEqual,
            ">" => Greater,
            ">=" => GreaterEqual,
            "and" => And,
            "or" => Or,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        use BinaryOperator::*;
        match self {
            Add => "+",
            Subtract => "-",
            Multiply => "*",
            Divide => "/",
            Modulo => "%",
            Power => "^",
            Concat => "..",
            Equal => "==",
            NotEqual => "~=",
            Less => "<",
            LessEqual => "<=",
            Greater => ">",
            GreaterEqual => ">=",
            And => "and",
            Or => "or",
        }
    }

    /// Left and right binding power, as in 5.1's parser: a higher left power binds tighter;
    /// right powers below left ones make `..` and `^` right-associative.
    pub fn priority(self) -> (u8, u8) {
        use BinaryOperator::*;
        match self {
            Or => (1, 1),
            And => (2, 2),
            Equal | NotEqual | Less | LessEqual | Greater | GreaterEqual => (3, 3),
            Concat => (5, 4),
            Add | Subtract => (6, 6),
            Multiply | Divide | Modulo => (7, 7),
            Power => (10, 9),
        }
    }
}

/// Binding power of the operand of a unary operator (5.1's `UNARY_PRIORITY`).
pub const UNARY_PRIORITY: u8 = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOperator {
    Negate,
    Not,
    Length,
}

impl UnaryOperator {
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOperator::Negate => "-",
            UnaryOperator::Not => "not ",
            UnaryOperator::Length => "#",
        }
    }
}
