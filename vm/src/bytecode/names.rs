//! Names for values in error messages, found by inspecting bytecode the way 5.1's
//! `ldebug.c` does (`getobjname`, `getfuncname`, `luaF_getlocalname`): "attempt to call
//! global 'f'", "bad argument #1 to 'insert'", and so on.

use super::check::symbolic_execution;
use super::{Constant, Instruction, OpCode, Proto};

/// A name as 5.1 prints it: through a C string, so up to its first zero byte (a string
/// constant, and a local or upvalue name in a loaded chunk, may hold zeros).
fn c_string(name: &[u8]) -> &[u8] {
    match name.iter().position(|&b| b == 0) {
        Some(nul) => &name[..nul],
        None => name,
    }
}

/// The name of the `local_number`th (1-based) local variable active at `pc`.
pub fn local_name(proto: &Proto, local_number: usize, pc: usize) -> Option<&[u8]> {
    let mut remaining = local_number;
    for var in &proto.local_vars {
        if var.start_pc as usize > pc {
            break;
        }
        if pc < var.end_pc as usize {
            remaining = remaining.checked_sub(1)?;
            if remaining == 0 {
                return Some(c_string(&var.name));
            }
        }
    }
    None
}

/// The name of a constant key for messages: the string, or `?` for other constants.
fn constant_key_name(proto: &Proto, rk: u32) -> Vec<u8> {
    if Instruction::is_k(rk) {
        if let Some(Constant::String(s)) = proto.constants.get(Instruction::k_index(rk)) {
            return c_string(s).to_vec();
        }
    }
    b"?".to_vec()
}

/// Describes the value in register `reg` just before the instruction at `pc` executes:
/// `("local" | "global" | "field" | "upvalue" | "method", name)`.
pub fn register_name(proto: &Proto, pc: usize, reg: u32) -> Option<(&'static str, Vec<u8>)> {
    let mut reg = reg;
    // A MOVE from a lower register is followed to its source, as 5.1 does by recursion.
    loop {
        if let Some(name) = local_name(proto, reg as usize + 1, pc) {
            return Some(("local", name.to_vec()));
        }
        let setter = symbolic_execution(proto, pc, reg)?;
        let i = *proto.code.get(setter)?;
        match i.opcode()? {
            OpCode::GetGlobal => {
                return match proto.constants.get(i.bx() as usize) {
                    Some(Constant::String(s)) => Some(("global", c_string(s).to_vec())),
                    _ => None,
                };
            }
            OpCode::Move => {
                if i.b() < i.a() {
                    reg = i.b();
                    continue;
                }
                return None;
            }
            OpCode::GetTable => return Some(("field", constant_key_name(proto, i.c()))),
            OpCode::GetUpval => {
                let name = match proto.upvalue_names.get(i.b() as usize) {
                    Some(name) => c_string(name).to_vec(),
                    None => b"?".to_vec(),
                };
                return Some(("upvalue", name));
            }
            OpCode::SelfOp => return Some(("method", constant_key_name(proto, i.c()))),
            _ => return None,
        }
    }
}

/// The name of the function called by the CALL, TAILCALL or TFORLOOP at `call_pc`, as 5.1
/// finds it: by naming the register holding the called function. For TFORLOOP that is
/// the generator's hidden local, so 5.1 reports `local '(for generator)'`.
pub fn called_function_name(proto: &Proto, call_pc: usize) -> Option<(&'static str, Vec<u8>)> {
    let i = *proto.code.get(call_pc)?;
    match i.opcode()? {
        OpCode::Call | OpCode::TailCall | OpCode::TForLoop => register_name(proto, call_pc, i.a()),
        _ => None,
    }
}
