//! Function prototypes as the compiler produces them.

use std::rc::Rc;

use super::Instruction;

/// `is_vararg` flags, as in 5.1: the function is declared with `...`.
pub const VARARG_ISVARARG: u8 = 2;
/// The function uses the 5.0 compatibility `arg` table.
pub const VARARG_HASARG: u8 = 1;
/// The function needs the `arg` table built at call time.
pub const VARARG_NEEDSARG: u8 = 4;

/// A constant in a prototype's constant table. Strings are raw bytes: the loader interns them.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Nil,
    Boolean(bool),
    Number(f64),
    String(Rc<[u8]>),
}

/// A local variable's name and the instruction range where it is active (`startpc..endpc`).
#[derive(Clone, Debug, PartialEq)]
pub struct LocalVar {
    pub name: Rc<[u8]>,
    pub start_pc: u32,
    pub end_pc: u32,
}

/// A compiled Lua function, independent of any VM instance.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Proto {
    pub code: Vec<Instruction>,
    /// Source line of each instruction (same length as `code`).
    pub line_info: Vec<u32>,
    pub constants: Vec<Constant>,
    pub protos: Vec<Rc<Proto>>,
    pub upvalue_names: Vec<Rc<[u8]>>,
    pub local_vars: Vec<LocalVar>,
    /// The chunk name as given to `load` (e.g. `@file.lua`, `=stdin`, or the source text).
    pub source: Rc<[u8]>,
    pub line_defined: u32,
    pub last_line_defined: u32,
    pub num_upvalues: u8,
    pub num_params: u8,
    pub is_vararg: u8,
    pub max_stack_size: u8,
}
