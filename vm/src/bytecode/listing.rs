//! Human-readable listings in the format of `luac5.1 -l` (and `-l -l`).
//!
//! Headers carry the prototype's address (`0x...`) as luac does; tests comparing with
//! luac's output normalise those.

use std::fmt::Write;

use super::check::{op_info, ArgUse};
use super::{Constant, Instruction, OpCode, OpMode, Proto};
use crate::number::format_number;

/// Lists `proto` and its nested functions; `full` adds the constants, locals and upvalues.
pub fn listing(proto: &Proto, full: bool) -> String {
    let mut out = String::new();
    list_function(&mut out, proto, full);
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Text as luac prints it: bytes beyond ASCII are shown as they are (lossily here).
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn quoted_string(out: &mut String, bytes: &[u8]) {
    out.push('"');
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x07 => out.push_str("\\a"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x0b => out.push_str("\\v"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\{:03}", b);
            }
        }
    }
    out.push('"');
}

fn constant(out: &mut String, proto: &Proto, index: usize) {
    match proto.constants.get(index) {
        Some(Constant::Nil) => out.push_str("nil"),
        Some(Constant::Boolean(b)) => out.push_str(if *b { "true" } else { "false" }),
        Some(Constant::Number(n)) => {
            let mut text = Vec::new();
            format_number(*n, &mut text);
            out.push_str(&String::from_utf8_lossy(&text));
        }
        Some(Constant::String(s)) => quoted_string(out, s),
        None => out.push('?'),
    }
}

fn header(out: &mut String, proto: &Proto) {
    let source: String = match proto.source.first() {
        Some(b'@') | Some(b'=') => text(&proto.source[1..]),
        Some(0x1b) => "(bstring)".to_string(),
        _ => "(string)".to_string(),
    };
    let code_size = proto.code.len();
    let _ = writeln!(
        out,
        "\n{} <{}:{},{}> ({} instruction{}, {} bytes at {:p})",
        if proto.line_defined == 0 {
            "main"
        } else {
            "function"
        },
        source,
        proto.line_defined,
        proto.last_line_defined,
        code_size,
        plural(code_size),
        code_size * 4,
        proto as *const Proto
    );
    let params = usize::from(proto.num_params);
    let slots = usize::from(proto.max_stack_size);
    let upvalues = usize::from(proto.num_upvalues);
    let locals = proto.local_vars.len();
    let constants = proto.constants.len();
    let functions = proto.protos.len();
    let _ = writeln!(
        out,
        "{}{} param{}, {} slot{}, {} upvalue{}, {} local{}, {} constant{}, {} function{}",
        params,
        if proto.is_vararg != 0 { "+" } else { "" },
        plural(params),
        slots,
        plural(slots),
        upvalues,
        plural(upvalues),
        locals,
        plural(locals),
        constants,
        plural(constants),
        functions,
        plural(functions)
    );
}

/// An RK operand as luac prints it: constants as `-1 - index`.
fn rk(value: u32) -> i64 {
    if Instruction::is_k(value) {
        -1 - Instruction::k_index(value) as i64
    } else {
        i64::from(value)
    }
}

fn code(out: &mut String, proto: &Proto) {
    let mut pc = 0;
    while pc < proto.code.len() {
        let i = proto.code[pc];
        let line = proto.line_info.get(pc).copied().unwrap_or(0);
        let _ = write!(out, "\t{}\t", pc + 1);
        if line > 0 {
            let _ = write!(out, "[{}]\t", line);
        } else {
            out.push_str("[-]\t");
        }
        let Some(op) = i.opcode() else {
            let _ = writeln!(out, "{:<9}\t{}", "?", i.0);
            pc += 1;
            continue;
        };
        let _ = write!(out, "{:<9}\t", op.name());
        let info = op_info(op);
        let (a, b, c) = (i.a(), i.b(), i.c());
        match op.mode() {
            OpMode::ABC => {
                let _ = write!(out, "{}", a);
                if info.b != ArgUse::Unused {
                    let _ = write!(out, " {}", rk(b));
                }
                if info.c != ArgUse::Unused {
                    let _ = write!(out, " {}", rk(c));
                }
            }
            OpMode::ABx => {
                if info.b == ArgUse::RegisterOrConstant {
                    let _ = write!(out, "{} {}", a, -1 - i64::from(i.bx()));
                } else {
                    let _ = write!(out, "{} {}", a, i.bx());
                }
            }
            OpMode::AsBx => {
                if op == OpCode::Jmp {
                    let _ = write!(out, "{}", i.sbx());
                } else {
                    let _ = write!(out, "{} {}", a, i.sbx());
                }
            }
        }
        match op {
            OpCode::LoadK => {
                out.push_str("\t; ");
                constant(out, proto, i.bx() as usize);
            }
            OpCode::GetUpval | OpCode::SetUpval => {
                let name = if proto.upvalue_names.is_empty() {
                    "-".to_string()
                } else {
                    proto
                        .upvalue_names
                        .get(b as usize)
                        .map(|n| text(n))
                        .unwrap_or_default()
                };
                let _ = write!(out, "\t; {}", name);
            }
            OpCode::GetGlobal | OpCode::SetGlobal => {
                let name = match proto.constants.get(i.bx() as usize) {
                    Some(Constant::String(s)) => text(s),
                    _ => String::new(),
                };
                let _ = write!(out, "\t; {}", name);
            }
            OpCode::GetTable | OpCode::SelfOp if Instruction::is_k(c) => {
                out.push_str("\t; ");
                constant(out, proto, Instruction::k_index(c));
            }
            // luac 5.1 annotates these (MOD is missing from its list, so it is here too).
            OpCode::SetTable
            | OpCode::Add
            | OpCode::Sub
            | OpCode::Mul
            | OpCode::Div
            | OpCode::Pow
            | OpCode::Eq
            | OpCode::Lt
            | OpCode::Le
                if Instruction::is_k(b) || Instruction::is_k(c) =>
            {
                out.push_str("\t; ");
                if Instruction::is_k(b) {
                    constant(out, proto, Instruction::k_index(b));
                } else {
                    out.push('-');
                }
                out.push(' ');
                if Instruction::is_k(c) {
                    constant(out, proto, Instruction::k_index(c));
                } else {
                    out.push('-');
                }
            }
            OpCode::Jmp | OpCode::ForLoop | OpCode::ForPrep => {
                let _ = write!(out, "\t; to {}", i.sbx() as i64 + pc as i64 + 2);
            }
            OpCode::Closure => {
                let address = proto
                    .protos
                    .get(i.bx() as usize)
                    .map(|p| format!("{:p}", &**p))
                    .unwrap_or_default();
                let _ = write!(out, "\t; {}", address);
            }
            OpCode::SetList => {
                if c == 0 {
                    pc += 1;
                    let batch = proto.code.get(pc).map(|w| w.0 as i32).unwrap_or(0);
                    let _ = write!(out, "\t; {}", batch);
                } else {
                    let _ = write!(out, "\t; {}", c);
                }
            }
            _ => {}
        }
        out.push('\n');
        pc += 1;
    }
}

fn details(out: &mut String, proto: &Proto) {
    let address = proto as *const Proto;
    let _ = writeln!(
        out,
        "constants ({}) for {:p}:",
        proto.constants.len(),
        address
    );
    for index in 0..proto.constants.len() {
        let _ = write!(out, "\t{}\t", index + 1);
        constant(out, proto, index);
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "locals ({}) for {:p}:",
        proto.local_vars.len(),
        address
    );
    for (index, var) in proto.local_vars.iter().enumerate() {
        let _ = writeln!(
            out,
            "\t{}\t{}\t{}\t{}",
            index,
            text(&var.name),
            var.start_pc + 1,
            var.end_pc + 1
        );
    }
    let _ = writeln!(
        out,
        "upvalues ({}) for {:p}:",
        proto.upvalue_names.len(),
        address
    );
    for (index, name) in proto.upvalue_names.iter().enumerate() {
        let _ = writeln!(out, "\t{}\t{}", index, text(name));
    }
}

fn list_function(out: &mut String, proto: &Proto, full: bool) {
    header(out, proto);
    code(out, proto);
    if full {
        details(out, proto);
    }
    for child in &proto.protos {
        list_function(out, child, full);
    }
}
