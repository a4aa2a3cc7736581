//! Lua 5.1 instruction encoding: 6-bit opcode, 8-bit A, 9-bit B and C, 18-bit Bx.
//!
//! Layout (bit 0 first): `OP:6 | A:8 | C:9 | B:9`, with `Bx` spanning C and B, and
//! `sBx = Bx - MAXARG_SBX`. An RK operand names a register when below [`BITRK`] and a
//! constant (index `x - BITRK`) otherwise.

use std::fmt;

pub const SIZE_OP: u32 = 6;
pub const SIZE_A: u32 = 8;
pub const SIZE_B: u32 = 9;
pub const SIZE_C: u32 = 9;
pub const SIZE_BX: u32 = SIZE_B + SIZE_C;

const POS_A: u32 = SIZE_OP;
const POS_C: u32 = POS_A + SIZE_A;
const POS_B: u32 = POS_C + SIZE_C;
const POS_BX: u32 = POS_C;

pub const MAXARG_A: u32 = (1 << SIZE_A) - 1;
pub const MAXARG_B: u32 = (1 << SIZE_B) - 1;
pub const MAXARG_C: u32 = (1 << SIZE_C) - 1;
pub const MAXARG_BX: u32 = (1 << SIZE_BX) - 1;
pub const MAXARG_SBX: i32 = (MAXARG_BX >> 1) as i32;

/// Bit that marks an RK operand as a constant index.
pub const BITRK: u32 = 1 << (SIZE_B - 1);
/// Largest constant index an RK operand can address.
pub const MAXINDEXRK: u32 = BITRK - 1;
/// "No register" marker used by the code generator for jump lists.
pub const NO_REG: u32 = MAXARG_A;
/// Number of list items accumulated before a SETLIST flush.
pub const FIELDS_PER_FLUSH: u32 = 50;

/// The 38 opcodes of Lua 5.1, in 5.1's numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum OpCode {
    Move,
    LoadK,
    LoadBool,
    LoadNil,
    GetUpval,
    GetGlobal,
    GetTable,
    SetGlobal,
    SetUpval,
    SetTable,
    NewTable,
    SelfOp,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Unm,
    Not,
    Len,
    Concat,
    Jmp,
    Eq,
    Lt,
    Le,
    Test,
    TestSet,
    Call,
    TailCall,
    Return,
    ForLoop,
    ForPrep,
    TForLoop,
    SetList,
    Close,
    Closure,
    VarArg,
}

/// How an opcode's operands are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpMode {
    ABC,
    ABx,
    AsBx,
}

impl OpCode {
    pub const COUNT: usize = 38;

    const ALL: [OpCode; OpCode::COUNT] = [
        OpCode::Move,
        OpCode::LoadK,
        OpCode::LoadBool,
        OpCode::LoadNil,
        OpCode::GetUpval,
        OpCode::GetGlobal,
        OpCode::GetTable,
        OpCode::SetGlobal,
        OpCode::SetUpval,
        OpCode::SetTable,
        OpCode::NewTable,
        OpCode::SelfOp,
        OpCode::Add,
        OpCode::Sub,
        OpCode::Mul,
        OpCode::Div,
        OpCode::Mod,
        OpCode::Pow,
        OpCode::Unm,
        OpCode::Not,
        OpCode::Len,
        OpCode::Concat,
        OpCode::Jmp,
        OpCode::Eq,
        OpCode::Lt,
        OpCode::Le,
        OpCode::Test,
        OpCode::TestSet,
        OpCode::Call,
        OpCode::TailCall,
        OpCode::Return,
        OpCode::ForLoop,
        OpCode::ForPrep,
        OpCode::TForLoop,
        OpCode::SetList,
        OpCode::Close,
        OpCode::Closure,
        OpCode::VarArg,
    ];

    /// Decodes an opcode number; `None` for numbers outside 5.1's set.
    pub fn from_u8(n: u8) -> Option<OpCode> {
        OpCode::ALL.get(n as usize).copied()
    }

    /// The name `luac -l` prints.
    pub fn name(self) -> &'static str {
        match self {
            OpCode::Move => "MOVE",
            OpCode::LoadK => "LOADK",
            OpCode::LoadBool => "LOADBOOL",
            OpCode::LoadNil => "LOADNIL",
            OpCode::GetUpval => "GETUPVAL",
            OpCode::GetGlobal => "GETGLOBAL",
            OpCode::GetTable => "GETTABLE",
            OpCode::SetGlobal => "SETGLOBAL",
            OpCode::SetUpval => "SETUPVAL",
            OpCode::SetTable => "SETTABLE",
            OpCode::NewTable => "NEWTABLE",
            OpCode::SelfOp => "SELF",
            OpCode::Add => "ADD",
            OpCode::Sub => "SUB",
            OpCode::Mul => "MUL",
            OpCode::Div => "DIV",
            OpCode::Mod => "MOD",
            OpCode::Pow => "POW",
            OpCode::Unm => "UNM",
            OpCode::Not => "NOT",
            OpCode::Len => "LEN",
            OpCode::Concat => "CONCAT",
            OpCode::Jmp => "JMP",
            OpCode::Eq => "EQ",
            OpCode::Lt => "LT",
            OpCode::Le => "LE",
            OpCode::Test => "TEST",
            OpCode::TestSet => "TESTSET",
            OpCode::Call => "CALL",
            OpCode::TailCall => "TAILCALL",
            OpCode::Return => "RETURN",
            OpCode::ForLoop => "FORLOOP",
            OpCode::ForPrep => "FORPREP",
            OpCode::TForLoop => "TFORLOOP",
            OpCode::SetList => "SETLIST",
            OpCode::Close => "CLOSE",
            OpCode::Closure => "CLOSURE",
            OpCode::VarArg => "VARARG",
        }
    }

    pub fn mode(self) -> OpMode {
        match self {
            OpCode::LoadK | OpCode::GetGlobal | OpCode::SetGlobal | OpCode::Closure => OpMode::ABx,
            OpCode::Jmp | OpCode::ForLoop | OpCode::ForPrep => OpMode::AsBx,
            _ => OpMode::ABC,
        }
    }

    /// True for tests whose next instruction is the jump they guard.
    pub fn is_test(self) -> bool {
        matches!(
            self,
            OpCode::Eq
                | OpCode::Lt
                | OpCode::Le
                | OpCode::Test
                | OpCode::TestSet
                | OpCode::TForLoop
        )
    }

    /// True when the instruction writes register A (as 5.1's `testAMode`).
    pub fn sets_a(self) -> bool {
        !matches!(
            self,
            OpCode::SetGlobal
                | OpCode::SetUpval
                | OpCode::SetTable
                | OpCode::Jmp
                | OpCode::Eq
                | OpCode::Lt
                | OpCode::Le
                | OpCode::Test
                | OpCode::Return
                | OpCode::SetList
                | OpCode::Close
        )
    }
}

/// One encoded 32-bit instruction.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Instruction(pub u32);

impl Instruction {
    pub fn abc(op: OpCode, a: u32, b: u32, c: u32) -> Instruction {
        debug_assert!(a <= MAXARG_A && b <= MAXARG_B && c <= MAXARG_C);
        Instruction((op as u32) | (a << POS_A) | (b << POS_B) | (c << POS_C))
    }

    pub fn abx(op: OpCode, a: u32, bx: u32) -> Instruction {
        debug_assert!(a <= MAXARG_A && bx <= MAXARG_BX);
        Instruction((op as u32) | (a << POS_A) | (bx << POS_BX))
    }

    pub fn asbx(op: OpCode, a: u32, sbx: i32) -> Instruction {
        Instruction::abx(op, a, (sbx + MAXARG_SBX) as u32)
    }

    /// The opcode; an undecodable number maps to `None` (only possible for loaded bytecode).
    #[inline(always)]
    pub fn opcode(self) -> Option<OpCode> {
        OpCode::from_u8((self.0 & ((1 << SIZE_OP) - 1)) as u8)
    }

    #[inline(always)]
    pub fn a(self) -> u32 {
        (self.0 >> POS_A) & MAXARG_A
    }

    #[inline(always)]
    pub fn b(self) -> u32 {
        (self.0 >> POS_B) & MAXARG_B
    }

    #[inline(always)]
    pub fn c(self) -> u32 {
        (self.0 >> POS_C) & MAXARG_C
    }

    #[inline(always)]
    pub fn bx(self) -> u32 {
        (self.0 >> POS_BX) & MAXARG_BX
    }

    #[inline(always)]
    pub fn sbx(self) -> i32 {
        self.bx() as i32 - MAXARG_SBX
    }

    pub fn set_a(&mut self, a: u32) {
        self.0 = (self.0 & !(MAXARG_A << POS_A)) | (a << POS_A);
    }

    pub fn set_b(&mut self, b: u32) {
        self.0 = (self.0 & !(MAXARG_B << POS_B)) | (b << POS_B);
    }

    pub fn set_c(&mut self, c: u32) {
        self.0 = (self.0 & !(MAXARG_C << POS_C)) | (c << POS_C);
    }

    pub fn set_bx(&mut self, bx: u32) {
        self.0 = (self.0 & !(MAXARG_BX << POS_BX)) | (bx << POS_BX);
    }

    pub fn set_sbx(&mut self, sbx: i32) {
        self.set_bx((sbx + MAXARG_SBX) as u32);
    }

    /// True when an RK operand names a constant.
    #[inline(always)]
    pub fn is_k(rk: u32) -> bool {
        rk & BITRK != 0
    }

    /// Constant index of an RK operand that names a constant.
    #[inline(always)]
    pub fn k_index(rk: u32) -> usize {
        (rk & !BITRK) as usize
    }
}

impl fmt::Debug for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.opcode() {
            None => write!(f, "<bad opcode {:#010x}>", self.0),
            Some(op) => match op.mode() {
                OpMode::ABC => write!(f, "{} {} {} {}", op.name(), self.a(), self.b(), self.c()),
                OpMode::ABx => write!(f, "{} {} {}", op.name(), self.a(), self.bx()),
                OpMode::AsBx => write!(f, "{} {} {}", op.name(), self.a(), self.sbx()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        let i = Instruction::abc(OpCode::Call, 3, 511, 257);
        assert_eq!(i.opcode(), Some(OpCode::Call));
        assert_eq!((i.a(), i.b(), i.c()), (3, 511, 257));
        let j = Instruction::asbx(OpCode::Jmp, 0, -5);
        assert_eq!(j.sbx(), -5);
        let k = Instruction::abx(OpCode::LoadK, 255, MAXARG_BX);
        assert_eq!((k.a(), k.bx()), (255, MAXARG_BX));
    }

    #[test]
    fn numbering_matches_lua51() {
        assert_eq!(OpCode::VarArg as u8, 37);
        assert_eq!(OpCode::Call as u8, 28);
        assert_eq!(OpCode::from_u8(38), None);
    }
}
