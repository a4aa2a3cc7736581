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
    undump_within(bytes, chunk_name, 0, None)
}

/// [`undump`] for a load made while `c_call_depth` C calls are active (they count against
/// the nesting limit, as in 5.1), allowed to allocate `memory` bytes (`None`: no limit).
/// 5.1 allocates each vector when it reads its count, before reading its items: a count that
/// the memory cannot hold fails with "not enough memory" even when the chunk is too short
/// for it, and the items are then read one by one (so a bad one is reported before the end).
pub fn undump_within(
    bytes: &[u8],
    chunk_name: &[u8],
    c_call_depth: u32,
    memory: Option<usize>,
) -> Result<Proto, SyntaxError> {
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
        depth: c_call_depth,
        memory_left: memory.unwrap_or(usize::MAX),
        buffer_size: 0,
        null_string_constant: false,
    };
    let header = loader.take(HEADER.len())?;
    if header != HEADER {
        return Err(loader.error("bad header"));
    }
    let proto = loader.function(&Rc::from(&b"=?"[..]))?;
    if loader.null_string_constant {
        return Err(loader.error("bad constant"));
    }
    Ok(proto)
}

/// Sizes of what 5.1 allocates per item on x86_64: an instruction or a line (`int`), a
/// constant (`TValue`), a nested function or an upvalue name (a pointer), a local (`LocVar`).
const INT_BYTES: usize = 4;
const TVALUE_BYTES: usize = 16;
const POINTER_BYTES: usize = 8;
const LOCVAR_BYTES: usize = 16;
/// What 5.1's `TString` header adds to a string's bytes.
const TSTRING_BYTES: usize = 24;
/// Smallest encoded size of a constant, a function, a local and an upvalue name, to bound
/// what is reserved ahead of reading items.
const MIN_CONSTANT_BYTES: usize = 1;
const MIN_FUNCTION_BYTES: usize = 8 + 4 + 4 + 4 + 5 * 4;
const MIN_LOCAL_BYTES: usize = 8 + 4 + 4;
const MIN_NAME_BYTES: usize = 8;

struct Loader<'b> {
    bytes: &'b [u8],
    position: usize,
    name: &'b [u8],
    depth: u32,
    /// Bytes the load may still allocate.
    memory_left: usize,
    /// Size of the buffer 5.1 reads strings into (it only grows).
    buffer_size: usize,
    /// A string constant of size 0 was read (see [`Loader::function`]).
    null_string_constant: bool,
}

impl<'b> Loader<'b> {
    fn error(&self, why: &str) -> SyntaxError {
        let mut message = self.name.to_vec();
        message.extend_from_slice(format!(": {} in precompiled chunk", why).as_bytes());
        SyntaxError { message }
    }

    /// Accounts an allocation 5.1 makes while loading; fails as its allocator does.
    fn allocate(&mut self, bytes: usize) -> Result<(), SyntaxError> {
        match self.memory_left.checked_sub(bytes) {
            Some(left) => {
                self.memory_left = left;
                Ok(())
            }
            None => Err(SyntaxError {
                message: b"not enough memory".to_vec(),
            }),
        }
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

    fn raw_int(&mut self) -> Result<i32, SyntaxError> {
        let raw = self.take(4)?;
        Ok(i32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]))
    }

    fn int(&mut self) -> Result<u32, SyntaxError> {
        let value = self.raw_int()?;
        if value < 0 {
            return Err(self.error("bad integer"));
        }
        Ok(value as u32)
    }

    /// A vector's count: 5.1 allocates `item_bytes` per item before reading any. Returns the
    /// count and how many items to reserve room for (no more than the rest of the input
    /// could hold, at `min_encoded` bytes each).
    fn vector(
        &mut self,
        item_bytes: usize,
        min_encoded: usize,
    ) -> Result<(usize, usize), SyntaxError> {
        let n = self.int()? as usize;
        self.allocate(n * item_bytes)?;
        let room = (self.bytes.len() - self.position) / min_encoded;
        Ok((n, n.min(room)))
    }

    fn string(&mut self) -> Result<Option<Rc<[u8]>>, SyntaxError> {
        let raw = self.take(8)?;
        let mut size_bytes = [0u8; 8];
        size_bytes.copy_from_slice(raw);
        let size = u64::from_le_bytes(size_bytes);
        if size == 0 {
            return Ok(None);
        }
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        // 5.1's `luaM_reallocv` refuses a count whose size plus one exceeds its `MAX_SIZET`
        // (`SIZE_MAX - 2`); `SIZE_MAX` itself wraps to 0 there and goes on to the allocator.
        if size == usize::MAX - 2 || size == usize::MAX - 1 {
            return Err(SyntaxError {
                message: b"memory allocation error: block too big".to_vec(),
            });
        }
        if size > self.buffer_size {
            self.allocate(size - self.buffer_size)?;
            self.buffer_size = size;
        }
        let text = self.take(size)?;
        self.allocate(size - 1 + TSTRING_BYTES)?;
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
        let (code_size, room) = self.vector(INT_BYTES, 4)?;
        let mut code = Vec::with_capacity(room);
        for _ in 0..code_size {
            let raw = self.take(4)?;
            code.push(Instruction(u32::from_le_bytes([
                raw[0], raw[1], raw[2], raw[3],
            ])));
        }
        let (constant_count, room) = self.vector(TVALUE_BYTES, MIN_CONSTANT_BYTES)?;
        let mut constants = Vec::with_capacity(room);
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
                    // 5.1 stores a NULL string here and crashes when the constant is used
                    // or collected. Loading goes on, so that whatever 5.1 refuses the chunk
                    // for is reported as it reports it; the chunk is refused at the end.
                    None => {
                        self.null_string_constant = true;
                        Constant::Nil
                    }
                },
                _ => return Err(self.error("bad constant")),
            };
            constants.push(constant);
        }
        let (proto_count, room) = self.vector(POINTER_BYTES, MIN_FUNCTION_BYTES)?;
        let mut protos = Vec::with_capacity(room);
        for _ in 0..proto_count {
            protos.push(Rc::new(self.function(&source)?));
        }
        // Lines are read raw: 5.1 does not check their sign.
        let (line_count, room) = self.vector(INT_BYTES, 4)?;
        let mut line_info = Vec::with_capacity(room);
        for _ in 0..line_count {
            line_info.push(self.raw_int()? as u32);
        }
        let (local_count, room) = self.vector(LOCVAR_BYTES, MIN_LOCAL_BYTES)?;
        let mut local_vars = Vec::with_capacity(room);
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
        let (upvalue_count, room) = self.vector(POINTER_BYTES, MIN_NAME_BYTES)?;
        let mut upvalue_names = Vec::with_capacity(room);
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
