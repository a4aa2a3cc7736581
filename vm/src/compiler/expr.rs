//! Expression descriptors: what the code generator knows about a partly compiled
//! expression (5.1's `expdesc`). Code for an expression is emitted as late as possible, so
//! a descriptor can still become a constant operand, a register, or a conditional jump.

/// An empty jump list.
pub const NO_JUMP: i32 = -1;

/// Where an expression's value is, or how to get it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExpKind {
    /// No value (empty expression list).
    Void,
    Nil,
    True,
    False,
    /// Constant table entry.
    Constant(u32),
    /// Numeric literal not yet in the constant table (may still be folded).
    Number(f64),
    /// Local variable in this register.
    Local(u32),
    /// Upvalue with this index.
    Upvalue(u32),
    /// Global whose name is this constant.
    Global(u32),
    /// `table[key]` with the table in a register and the key an RK operand.
    Indexed {
        table: u32,
        key: u32,
    },
    /// Result of the comparison whose jump is at this pc.
    Jump(u32),
    /// Result of the instruction at this pc, whose target register A is not yet chosen.
    Relocatable(u32),
    /// Value already in this register.
    NonRelocatable(u32),
    /// Open function call at this pc (its result count is not yet fixed).
    Call(u32),
    /// `...` instruction at this pc (its value count is not yet fixed).
    VarArg(u32),
}

/// An expression descriptor with its pending "exit when true" and "exit when false" jumps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExpDesc {
    pub kind: ExpKind,
    pub true_jumps: i32,
    pub false_jumps: i32,
}

impl ExpDesc {
    pub fn new(kind: ExpKind) -> ExpDesc {
        ExpDesc {
            kind,
            true_jumps: NO_JUMP,
            false_jumps: NO_JUMP,
        }
    }

    pub fn has_jumps(&self) -> bool {
        self.true_jumps != self.false_jumps
    }

    /// A numeric literal with no pending jumps: a candidate for constant folding.
    pub fn numeral(&self) -> Option<f64> {
        match self.kind {
            ExpKind::Number(n) if !self.has_jumps() => Some(n),
            _ => None,
        }
    }

    /// True for expressions producing a variable number of values.
    pub fn is_multi_value(&self) -> bool {
        matches!(self.kind, ExpKind::Call(_) | ExpKind::VarArg(_))
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Minus,
    Not,
    Length,
}

/// Binary operators, in 5.1's precedence table order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    Ne,
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

impl BinaryOp {
    /// (left, right) binding priorities; right < left makes an operator right-associative.
    pub fn priority(self) -> (u8, u8) {
        match self {
            BinaryOp::Add | BinaryOp::Sub => (6, 6),
            BinaryOp::Mul | BinaryOp::Div | BinaryOp::Mod => (7, 7),
            BinaryOp::Pow => (10, 9),
            BinaryOp::Concat => (5, 4),
            BinaryOp::Ne
            | BinaryOp::Eq
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => (3, 3),
            BinaryOp::And => (2, 2),
            BinaryOp::Or => (1, 1),
        }
    }
}

/// Priority of unary operators: binds tighter than everything but `^`.
pub const UNARY_PRIORITY: u8 = 8;
