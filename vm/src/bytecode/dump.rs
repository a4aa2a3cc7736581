//! Lua 5.1 binary chunks, as `luac` and `string.dump` write them on x86_64 Linux
//! (little endian, 4-byte int, 8-byte size_t, 4-byte instructions, 8-byte double numbers),
//! and the loader for them (5.1's `ldump.c` / `lundump.c`).
//!
//! Loading checks every function with the bytecode checker, so the VM never runs code
//! whose registers, constants, upvalues or jumps are out of range.

use std::rc::Rc;

use super::check::code_is_valid;
use super::{Constant, Instruction, LocalVar, Proto};
use crate::compiler::SyntaxError;

/// The 12-byte header of every 5.1 binary chunk on this platform.
const HEADER: [u8; 12] = [0x1b, b'L', b'u', b'a', 0x51, 0, 1, 4, 8, 4, 8, 0];

const TYPE_NIL: u8 = 0;
const TYPE_BOOLEAN: u8 = 1;
const TYPE_NUMBER: u8 = 3;
const TYPE_STRING: u8 = 4;

/// Nesting limit for loaded functions (5.1 counts it against `LUAI_MAXCCALLS`).
const MAX_NESTING: u32 = 200;

/// Serialises `proto` as a binary chunk; `strip` leaves out debug information.
pub fn dump(proto: &Proto, strip: bool) -> Vec<u8> {
    let mut out = HEADER.to_vec();
    dump_function(&mut out, proto, None, strip);
    out
}

fn put_int(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&(value as i32).to_le_bytes());
}

fn put_string(out: &mut Vec<u8>, text: Option<&[u8]>) {
    match text {
        None => out.extend_from_slice(&0u64.to_le_bytes()),
        Some(text) => {
            // The size counts a terminating NUL, which is written too.
            out.extend_from_slice(&(text.len() as u64 + 1).to_le_bytes());
            out.extend_from_slice(text);
            out.push(0);
        }
    }
}

fn dump_function(out: &mut Vec<u8>, proto: &Proto, parent_source: Option<&[u8]>, strip: bool) {
    // A nested function from the same source omits it; the loader inherits it.
    let source = if strip || parent_source == Some(&proto.source[..]) {
        None
    } else {
        Some(&proto.source[..])
    };
    put_string(out, source);
    put_int(out, proto.line_defined);
    put_int(out, proto.last_line_defined);
    out.push(proto.num_upvalues);
    out.push(proto.num_params);
    out.push(proto.is_vararg);
    out.push(proto.max_stack_size);
    put_int(out, proto.code.len() as u32);
    for instruction in &proto.code {
        out.extend_from_slice(&instruction.0.to_le_bytes());
    }
    put_int(out, proto.constants.len() as u32);
    for constant in &proto.constants {
        match constant {
            Constant::Nil => out.push(TYPE_NIL),
            Constant::Boolean(b) => {
                out.push(TYPE_BOOLEAN);
                out.push(u8::from(*b));
            }
            Constant::Number(n) => {
                out.push(TYPE_NUMBER);
                out.extend_from_slice(&n.to_le_bytes());
            }
            Constant::String(s) => {
                out.push(TYPE_STRING);
                put_string(out, Some(s));
            }
        }
    }
    put_int(out, proto.protos.len() as u32);
    for child in &proto.protos {
        dump_function(out, child, Some(&proto.source[..]), strip);
    }
    if strip {
        put_int(out, 0);
        put_int(out, 0);
        put_int(out, 0);
        return;
    }
    put_int(out, proto.line_info.len() as u32);
    for line in &proto.line_info {
        put_int(out, *line);
    }
    put_int(out, proto.local_vars.len() as u32);
    for var in &proto.local_vars {
        put_string(out, Some(&var.name));
        put_int(out, var.start_pc);
        put_int(out, var.end_pc);
    }
    put_int(out, proto.upvalue_names.len() as u32);
    for name in &proto.upvalue_names {
        put_string(out, Some(name));
    }
}

/// Reads a binary chunk. `chunk_name` names it in messages, which are 5.1's:
/// `<name>: bad header in precompiled chunk`, `unexpected end`, `bad integer`,
/// `bad constant`, `bad code`, `code too deep`.
pub fn undump(bytes: &[u8], chunk_name: &[u8]) -> Result<Proto, SyntaxError> {
    let name = match chunk_name.first() {
        Some(b'@') | Some(b'=') => &chunk_name[1..],
        Some(0x1b) => &b"binary string"[..],
        _ => chunk_name,
    };
    // 5.1 formats the name as a C string.
    let name = match name.iter().position(|&b| b == 0) {
        Some(nul) => &name[..nul],
        None => name,
    };
    let mut loader = Loader {
        bytes,
        position: 0,
        name,
        depth: 0,
    };
    let header = loader.take(HEADER.len())?;
    if header != HEADER {
        return Err(loader.error("bad header"));
    }
    loader.function(&Rc::from(&b"=?"[..]))
}

struct Loader<'b> {
    bytes: &'b [u8],
    position: usize,
    name: &'b [u8],
    depth: u32,
}

impl<'b> Loader<'b> {
    fn error(&self, why: &str) -> SyntaxError {
        let mut message = self.name.to_vec();
        message.extend_from_slice(format!(": {} in precompiled chunk", why).as_bytes());
        SyntaxError { message }
    }

    fn take(&mut self, n: usize) -> Result<&'b [u8], SyntaxError> {
        let end = self
            .position
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| self.error("unexpected end"))?;
        let slice = &self.bytes[self.position..end];
        self.position = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, SyntaxError> {
        Ok(self.take(1)?[0])
    }

    fn int(&mut self) -> Result<u32, SyntaxError> {
        let raw = self.take(4)?;
        let value = i32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]);
        if value < 0 {
            return Err(self.error("bad integer"));
        }
        Ok(value as u32)
    }

    /// A count of items each at least `item_size` bytes long; a count the remaining input
    /// cannot hold is reported as the truncation it is, before anything is allocated.
    fn count(&mut self, item_size: usize) -> Result<usize, SyntaxError> {
        let n = self.int()? as usize;
        if n.saturating_mul(item_size) > self.bytes.len() - self.position {
            return Err(self.error("unexpected end"));
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<Option<Rc<[u8]>>, SyntaxError> {
        let raw = self.take(8)?;
        let mut size_bytes = [0u8; 8];
        size_bytes.copy_from_slice(raw);
        let size = u64::from_le_bytes(size_bytes);
        if size == 0 {
            return Ok(None);
        }
        let size = usize::try_from(size).map_err(|_| self.error("unexpected end"))?;
        let text = self.take(size)?;
        // The stored size includes a terminating NUL that is not part of the string.
        Ok(Some(Rc::from(&text[..size - 1])))
    }

    fn function(&mut self, parent_source: &Rc<[u8]>) -> Result<Proto, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.error("code too deep"));
        }
        let source = self.string()?.unwrap_or_else(|| parent_source.clone());
        let line_defined = self.int()?;
        let last_line_defined = self.int()?;
        let num_upvalues = self.byte()?;
        let num_params = self.byte()?;
        let is_vararg = self.byte()?;
        let max_stack_size = self.byte()?;
        let code_size = self.count(4)?;
        let mut code = Vec::with_capacity(code_size);
        for _ in 0..code_size {
            let raw = self.take(4)?;
            code.push(Instruction(u32::from_le_bytes([
                raw[0], raw[1], raw[2], raw[3],
            ])));
        }
        let constant_count = self.count(1)?;
        let mut constants = Vec::with_capacity(constant_count);
        for _ in 0..constant_count {
            let constant = match self.byte()? {
                TYPE_NIL => Constant::Nil,
                TYPE_BOOLEAN => Constant::Boolean(self.byte()? != 0),
                TYPE_NUMBER => {
                    let raw = self.take(8)?;
                    let mut number = [0u8; 8];
                    number.copy_from_slice(raw);
                    Constant::Number(f64::from_le_bytes(number))
                }
                TYPE_STRING => match self.string()? {
                    Some(s) => Constant::String(s),
                    // 5.1 would store a NULL string here and crash later; refuse instead.
                    None => return Err(self.error("bad constant")),
                },
                _ => return Err(self.error("bad constant")),
            };
            constants.push(constant);
        }
        let proto_count = self.count(1)?;
        let mut protos = Vec::with_capacity(proto_count);
        for _ in 0..proto_count {
            protos.push(Rc::new(self.function(&source)?));
        }
        let line_count = self.count(4)?;
        let mut line_info = Vec::with_capacity(line_count);
        for _ in 0..line_count {
            line_info.push(self.int()?);
        }
        let local_count = self.count(16)?;
        let mut local_vars = Vec::with_capacity(local_count);
        for _ in 0..local_count {
            let name = self.string()?.unwrap_or_else(|| Rc::from(&b""[..]));
            let start_pc = self.int()?;
            let end_pc = self.int()?;
            local_vars.push(LocalVar {
                name,
                start_pc,
                end_pc,
            });
        }
        let upvalue_count = self.count(8)?;
        let mut upvalue_names = Vec::with_capacity(upvalue_count);
        for _ in 0..upvalue_count {
            upvalue_names.push(self.string()?.unwrap_or_else(|| Rc::from(&b""[..])));
        }
        let proto = Proto {
            code,
            line_info,
            constants,
            protos,
            upvalue_names,
            local_vars,
            source,
            line_defined,
            last_line_defined,
            num_upvalues,
            num_params,
            is_vararg,
            max_stack_size,
        };
        if !code_is_valid(&proto) {
            return Err(self.error("bad code"));
        }
        self.depth -= 1;
        Ok(proto)
    }
}
