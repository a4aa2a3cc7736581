//! 5.1's bytecode checker and symbolic executor (`ldebug.c`'s `symbexec`).
//!
//! One walk over the code serves two purposes, as in 5.1: verifying that loaded bytecode
//! keeps every register, constant, upvalue and jump in range (so the VM can run it
//! safely), and finding the instruction that last changed a register before a given pc
//! (so error messages can name the value in it).

use super::{
    Constant, Instruction, OpCode, OpMode, Proto, NO_REG, VARARG_HASARG, VARARG_ISVARARG,
    VARARG_NEEDSARG,
};

/// How an instruction uses its B or C operand (5.1's `OpArgMask`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgUse {
    /// Not used: must be zero.
    Unused,
    /// Used as a plain number.
    Number,
    /// A register.
    Register,
    /// A register or a constant (RK), or a constant index for ABx instructions.
    RegisterOrConstant,
}

/// 5.1's `luaP_opmodes` entry for an opcode.
#[derive(Clone, Copy, Debug)]
pub struct OpInfo {
    /// The instruction is a test: the next one is the jump it guards.
    pub is_test: bool,
    /// The instruction writes register A.
    pub sets_a: bool,
    pub b: ArgUse,
    pub c: ArgUse,
}

pub fn op_info(op: OpCode) -> OpInfo {
    use ArgUse::{Number as U, Register as R, RegisterOrConstant as K, Unused as N};
    let (is_test, sets_a, b, c) = match op {
        OpCode::Move => (false, true, R, N),
        OpCode::LoadK => (false, true, K, N),
        OpCode::LoadBool => (false, true, U, U),
        OpCode::LoadNil => (false, true, R, N),
        OpCode::GetUpval => (false, true, U, N),
        OpCode::GetGlobal => (false, true, K, N),
        OpCode::GetTable => (false, true, R, K),
        OpCode::SetGlobal => (false, false, K, N),
        OpCode::SetUpval => (false, false, U, N),
        OpCode::SetTable => (false, false, K, K),
        OpCode::NewTable => (false, true, U, U),
        OpCode::SelfOp => (false, true, R, K),
        OpCode::Add | OpCode::Sub | OpCode::Mul | OpCode::Div | OpCode::Mod | OpCode::Pow => {
            (false, true, K, K)
        }
        OpCode::Unm | OpCode::Not | OpCode::Len => (false, true, R, N),
        OpCode::Concat => (false, true, R, R),
        OpCode::Jmp => (false, false, R, N),
        OpCode::Eq | OpCode::Lt | OpCode::Le => (true, false, K, K),
        // 5.1 marks TEST as writing A (unlike later versions); symbolic execution uses it.
        OpCode::Test | OpCode::TestSet => (true, true, R, U),
        OpCode::Call | OpCode::TailCall => (false, true, U, U),
        OpCode::Return => (false, false, U, N),
        OpCode::ForLoop | OpCode::ForPrep => (false, true, R, N),
        OpCode::TForLoop => (true, false, N, U),
        OpCode::SetList => (false, false, U, U),
        OpCode::Close => (false, false, N, N),
        OpCode::Closure => (false, true, U, N),
        OpCode::VarArg => (false, true, U, N),
    };
    OpInfo {
        is_test,
        sets_a,
        b,
        c,
    }
}

/// Most registers a function may use (5.1's `MAXSTACK`).
const MAX_STACK: u32 = 250;

/// Header checks (5.1's `precheck`).
fn header_is_valid(p: &Proto) -> bool {
    let max_stack = u32::from(p.max_stack_size);
    max_stack <= MAX_STACK
        && u32::from(p.num_params) + u32::from(p.is_vararg & VARARG_HASARG) <= max_stack
        && (p.is_vararg & VARARG_NEEDSARG == 0 || p.is_vararg & VARARG_HASARG != 0)
        && p.upvalue_names.len() <= usize::from(p.num_upvalues)
        && (p.line_info.len() == p.code.len() || p.line_info.is_empty())
        && p.code.last().and_then(|i| i.opcode()) == Some(OpCode::Return)
}

/// How many SETLIST-with-C=0 words stand right before `destination`. An odd run means
/// `destination` is the extra count word of the last of them (which the checker skips, so
/// it was never checked as an instruction); an even run means it is an instruction. The
/// execution loop asks it for skips the checker does not cover (LOADBOOL with C > 1) and
/// charges the words it scanned.
pub fn setlist_run_before(code: &[Instruction], destination: usize) -> usize {
    (0..destination.min(code.len()))
        .take_while(|j| is_setlist_with_count(code[destination - 1 - j]))
        .count()
}

fn is_setlist_with_count(i: Instruction) -> bool {
    i.opcode() == Some(OpCode::SetList) && i.c() == 0
}

/// [`setlist_run_before`] for every position of `code` (and one past its end), in one pass,
/// so that checking many jumps stays linear in the size of the code.
fn setlist_runs(code: &[Instruction]) -> Vec<u32> {
    let mut runs = Vec::with_capacity(code.len() + 1);
    runs.push(0);
    for (pc, &i) in code.iter().enumerate() {
        runs.push(if is_setlist_with_count(i) {
            runs[pc] + 1
        } else {
            0
        });
    }
    runs
}

/// True when the instruction after an open call or vararg can consume its open results
/// (5.1's `luaG_checkopenop`).
pub fn consumes_open_results(next: Option<&Instruction>) -> bool {
    match next {
        Some(i) => {
            matches!(
                i.opcode(),
                Some(OpCode::Call | OpCode::TailCall | OpCode::Return | OpCode::SetList)
            ) && i.b() == 0
        }
        None => false,
    }
}

/// Walks the code before `last_pc`, validating it, and returns the pc of the last
/// instruction that changed register `reg` (the final RETURN when none did). With `reg`
/// = `NO_REG` it checks the whole function without following jumps. `None` means the code
/// is invalid.
pub fn symbolic_execution(p: &Proto, last_pc: usize, reg: u32) -> Option<usize> {
    if !header_is_valid(p) {
        return None;
    }
    let size = p.code.len();
    let max_stack = u32::from(p.max_stack_size);
    let register_ok = |r: u32| r < max_stack;
    let arg_ok = |value: u32, usage: ArgUse| match usage {
        ArgUse::Unused => value == 0,
        ArgUse::Number => true,
        ArgUse::Register => register_ok(value),
        ArgUse::RegisterOrConstant => {
            if Instruction::is_k(value) {
                Instruction::k_index(value) < p.constants.len()
            } else {
                register_ok(value)
            }
        }
    };
    let runs = setlist_runs(&p.code);
    let mut last = size - 1;
    let mut pc = 0usize;
    while pc < last_pc.min(size) {
        let i = p.code[pc];
        let op = i.opcode()?;
        let info = op_info(op);
        let a = i.a();
        if !register_ok(a) {
            return None;
        }
        let (b, c): (i64, u32) = match op.mode() {
            OpMode::ABC => {
                if !arg_ok(i.b(), info.b) || !arg_ok(i.c(), info.c) {
                    return None;
                }
                (i64::from(i.b()), i.c())
            }
            OpMode::ABx => {
                if info.b == ArgUse::RegisterOrConstant && i.bx() as usize >= p.constants.len() {
                    return None;
                }
                (i64::from(i.bx()), 0)
            }
            OpMode::AsBx => {
                let b = i64::from(i.sbx());
                if info.b == ArgUse::Register {
                    let destination = pc as i64 + 1 + b;
                    if destination < 0 || destination >= size as i64 {
                        return None;
                    }
                    if runs[destination as usize] & 1 == 1 {
                        return None;
                    }
                }
                (b, 0)
            }
        };
        if info.sets_a && a == reg {
            last = pc;
        }
        if info.is_test && (pc + 2 >= size || p.code[pc + 1].opcode() != Some(OpCode::Jmp)) {
            return None;
        }
        match op {
            // A LOADBOOL that skips must skip a real instruction.
            OpCode::LoadBool if c == 1 => {
                if pc + 2 >= size {
                    return None;
                }
                let next = p.code[pc + 1];
                if next.opcode() == Some(OpCode::SetList) && next.c() == 0 {
                    return None;
                }
            }
            OpCode::LoadNil if a <= reg && i64::from(reg) <= b => last = pc,
            OpCode::GetUpval | OpCode::SetUpval if b >= i64::from(p.num_upvalues) => return None,
            OpCode::GetGlobal | OpCode::SetGlobal
                if !matches!(p.constants.get(b as usize), Some(Constant::String(_))) =>
            {
                return None
            }
            OpCode::SelfOp => {
                if !register_ok(a + 1) {
                    return None;
                }
                if reg == a + 1 {
                    last = pc;
                }
            }
            // At least two operands.
            OpCode::Concat if b >= i64::from(c) => return None,
            OpCode::TForLoop => {
                if c < 1 || !register_ok(a + 2 + c) {
                    return None;
                }
                if reg >= a + 2 {
                    last = pc;
                }
            }
            OpCode::ForLoop | OpCode::ForPrep | OpCode::Jmp => {
                if op != OpCode::Jmp && !register_ok(a + 3) {
                    return None;
                }
                let destination = pc as i64 + 1 + b;
                // When tracing a register, follow forward jumps that do not skip last_pc.
                if reg != NO_REG && (pc as i64) < destination && destination <= last_pc as i64 {
                    pc = (pc as i64 + b) as usize;
                }
            }
            OpCode::Call | OpCode::TailCall => {
                if b != 0 && !register_ok((i64::from(a) + b - 1) as u32) {
                    return None;
                }
                let results = i64::from(c) - 1;
                if results == -1 {
                    if !consumes_open_results(p.code.get(pc + 1)) {
                        return None;
                    }
                } else if results != 0 && !register_ok((i64::from(a) + results - 1) as u32) {
                    return None;
                }
                if reg >= a {
                    last = pc;
                }
            }
            OpCode::Return => {
                let results = b - 1;
                if results > 0 && !register_ok((i64::from(a) + results - 1) as u32) {
                    return None;
                }
            }
            OpCode::SetList => {
                if b > 0 && !register_ok((i64::from(a) + b) as u32) {
                    return None;
                }
                if c == 0 {
                    pc += 1;
                    if pc >= size - 1 {
                        return None;
                    }
                }
            }
            OpCode::Closure => {
                let child = p.protos.get(b as usize)?;
                let upvalues = usize::from(child.num_upvalues);
                if pc + upvalues >= size {
                    return None;
                }
                let pseudo_ok = (1..=upvalues).all(|j| {
                    matches!(
                        p.code[pc + j].opcode(),
                        Some(OpCode::GetUpval | OpCode::Move)
                    )
                });
                if !pseudo_ok {
                    return None;
                }
                if reg != NO_REG {
                    // The upvalue pseudo-instructions are not executed.
                    pc += upvalues;
                }
            }
            OpCode::VarArg => {
                if p.is_vararg & VARARG_ISVARARG == 0 || p.is_vararg & VARARG_NEEDSARG != 0 {
                    return None;
                }
                let count = b - 1;
                if count == -1 && !consumes_open_results(p.code.get(pc + 1)) {
                    return None;
                }
                let top = i64::from(a) + count - 1;
                if top >= 0 && !register_ok(top as u32) {
                    return None;
                }
            }
            _ => {}
        }
        pc += 1;
    }
    Some(last)
}

/// True when the function's code is valid (5.1's `luaG_checkcode`). Nested functions are
/// checked separately, as the loader checks each function it reads.
pub fn code_is_valid(p: &Proto) -> bool {
    symbolic_execution(p, p.code.len(), NO_REG).is_some()
}
