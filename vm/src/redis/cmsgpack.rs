//! The `cmsgpack` library Redis bundles (lua-cmsgpack 0.4.0): MessagePack encoding of Lua
//! values and decoding of MessagePack streams.
//!
//! Encoding: integral numbers use the smallest integer format, other numbers a float when
//! that is exact and a double otherwise; a table whose keys are exactly `1..n` is an array,
//! any other table a map (in `next` order); tables nested 16 deep, and values of other
//! types, are nil. Decoding: raw strings of every size, integers, floats, arrays and maps;
//! 64-bit unsigned values above `2^63` wrap to negative numbers as in the C code.

use crate::error::LuaResult;
use crate::state::Vm;
use crate::value::{TableRef, Value};

/// Nesting depth at which tables are encoded as nil (cycles end there).
const MAX_NESTING: usize = 16;
/// Lua's C-stack limit, which bounds how many values one decode may leave on the stack.
const LUA_STACK_LIMIT: usize = 8000;

pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 8);
    vm.register(
        t,
        &[
            ("pack", pack),
            ("unpack", unpack),
            ("unpack_one", unpack_one),
            ("unpack_limit", unpack_limit),
        ],
    );
    let metadata = [
        ("_NAME", "cmsgpack"),
        ("_VERSION", "lua-cmsgpack 0.4.0"),
        ("_COPYRIGHT", "Copyright (C) 2012, Salvatore Sanfilippo"),
        ("_DESCRIPTION", "MessagePack C implementation for Lua"),
    ];
    for (name, text) in metadata {
        let v = vm.intern(text.as_bytes());
        vm.set_field(t, name, v);
    }
    let g = vm.globals;
    vm.set_field(g, "cmsgpack", Value::Table(t));
}

fn pack(vm: &mut Vm) -> LuaResult<usize> {
    let count = vm.arg_count();
    if count == 0 {
        return Err(vm.arg_error(0, "MessagePack pack needs input."));
    }
    let mut out = Vec::new();
    for i in 1..=count {
        let v = vm.arg(i);
        encode(vm, v, 0, &mut out)?;
    }
    vm.push_bytes(&out);
    Ok(1)
}

fn encode(vm: &mut Vm, v: Value, level: usize, out: &mut Vec<u8>) -> LuaResult<()> {
    match v {
        Value::String(s) => encode_bytes(vm.heap.str_bytes(s), out),
        Value::Boolean(b) => out.push(if b { 0xc3 } else { 0xc2 }),
        Value::Number(n) => encode_number(n, out),
        Value::Table(t) if level < MAX_NESTING => encode_table(vm, t, level, out)?,
        _ => out.push(0xc0),
    }
    Ok(())
}

fn encode_bytes(s: &[u8], out: &mut Vec<u8>) {
    let len = s.len();
    if len < 32 {
        out.push(0xa0 | len as u8);
    } else if len <= 0xff {
        out.extend_from_slice(&[0xd9, len as u8]);
    } else if len <= 0xffff {
        out.push(0xda);
        out.extend_from_slice(&(len as u16).to_be_bytes());
    } else {
        out.push(0xdb);
        out.extend_from_slice(&(len as u32).to_be_bytes());
    }
    out.extend_from_slice(s);
}

/// C's `(int64_t)x == x` test on x86-64 (out-of-range conversions give `i64::MIN`).
fn as_exact_i64(x: f64) -> Option<i64> {
    if x.is_infinite() {
        return None;
    }
    let i = crate::args::lua_integer(x);
    (i as f64 == x).then_some(i)
}

fn encode_number(n: f64, out: &mut Vec<u8>) {
    match as_exact_i64(n) {
        Some(i) => encode_integer(i, out),
        None => {
            let f = n as f32;
            if f as f64 == n {
                out.push(0xca);
                out.extend_from_slice(&f.to_be_bytes());
            } else {
                out.push(0xcb);
                out.extend_from_slice(&n.to_be_bytes());
            }
        }
    }
}

fn encode_integer(n: i64, out: &mut Vec<u8>) {
    if n >= 0 {
        if n <= 127 {
            out.push(n as u8);
        } else if n <= 0xff {
            out.extend_from_slice(&[0xcc, n as u8]);
        } else if n <= 0xffff {
            out.push(0xcd);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        } else if n <= 0xffff_ffff {
            out.push(0xce);
            out.extend_from_slice(&(n as u32).to_be_bytes());
        } else {
            out.push(0xcf);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    } else if n >= -32 {
        out.push(n as i8 as u8);
    } else if n >= -128 {
        out.extend_from_slice(&[0xd0, n as i8 as u8]);
    } else if n >= -32768 {
        out.push(0xd1);
        out.extend_from_slice(&(n as i16).to_be_bytes());
    } else if n >= -2_147_483_648 {
        out.push(0xd2);
        out.extend_from_slice(&(n as i32).to_be_bytes());
    } else {
        out.push(0xd3);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

/// An array header (`0x9n`, `0xdc`, `0xdd`) or map header (`0x8n`, `0xde`, `0xdf`).
fn encode_header(n: usize, fix: u8, wide16: u8, out: &mut Vec<u8>) {
    if n <= 15 {
        out.push(fix | n as u8);
    } else if n <= 0xffff {
        out.push(wide16);
        out.extend_from_slice(&(n as u16).to_be_bytes());
    } else {
        out.push(wide16 + 1);
        out.extend_from_slice(&(n as u32).to_be_bytes());
    }
}

/// True when the table's keys are exactly `1..n`: positive numbers that fit C's `int`.
fn is_array(vm: &Vm, t: TableRef) -> bool {
    let (mut count, mut max) = (0i64, 0i64);
    let mut array = true;
    vm.heap.tables[t].for_each_entry(|k, _| {
        let Value::Number(n) = k else {
            array = false;
            return;
        };
        if n <= 0.0 || n.is_infinite() || (crate::args::lua_int(n) as f64) != n {
            array = false;
            return;
        }
        max = max.max(n as i64);
        count += 1;
    });
    array && max == count
}

fn encode_table(vm: &mut Vm, t: TableRef, level: usize, out: &mut Vec<u8>) -> LuaResult<()> {
    if is_array(vm, t) {
        let len = vm.heap.tables[t].border();
        encode_header(len, 0x90, 0xdc, out);
        for i in 1..=len {
            let v = vm.index_slow(Value::Table(t), Value::Number(i as f64), None)?;
            encode(vm, v, level + 1, out)?;
        }
    } else {
        let entries = vm.table_entries(t);
        encode_header(entries.len(), 0x80, 0xde, out);
        for (k, v) in entries {
            encode(vm, k, level + 1, out)?;
            encode(vm, v, level + 1, out)?;
        }
    }
    Ok(())
}

/// Why decoding stopped.
enum DecodeError {
    /// The input ended inside a value ("Missing bytes in input.").
    Eof,
    /// A byte that starts no MessagePack value ("Bad data format in input.").
    BadFormat,
    /// A Lua error (too deep, or a nil/NaN map key).
    Lua(crate::error::LuaError),
}

impl From<crate::error::LuaError> for DecodeError {
    fn from(e: crate::error::LuaError) -> Self {
        DecodeError::Lua(e)
    }
}

/// A MessagePack stream being read; `slots` counts the Lua stack slots the C decoder would
/// be using, which is what limits how much one call may decode.
struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
    slots: usize,
}

impl Cursor<'_> {
    fn need(&self, n: usize) -> Result<(), DecodeError> {
        if self.data.len() - self.pos < n {
            Err(DecodeError::Eof)
        } else {
            Ok(())
        }
    }

    fn bytes(&self, from: usize, n: usize) -> &[u8] {
        &self.data[self.pos + from..self.pos + from + n]
    }

    fn be(&self, from: usize, n: usize) -> u64 {
        self.bytes(from, n)
            .iter()
            .fold(0u64, |acc, &b| (acc << 8) | b as u64)
    }
}

/// What the bytes at the cursor start: a complete value, or an array/map of `len` entries.
enum Item {
    Value(Value),
    Container { len: usize, is_map: bool },
}

/// An array or map whose entries are being decoded.
struct OpenContainer {
    table: TableRef,
    len: usize,
    is_map: bool,
    /// Entries (pairs, for maps) stored so far.
    done: usize,
    /// A map key waiting for its value.
    key: Option<Value>,
    /// Stack slots in use below the table.
    slots: usize,
}

impl OpenContainer {
    /// Slots in use while its next element is decoded: the table plus the pending index
    /// (arrays) or key (maps, once read).
    fn child_slots(&self) -> usize {
        if self.is_map && self.key.is_none() {
            self.slots + 1
        } else {
            self.slots + 2
        }
    }
}

/// Decodes one value (`mp_decode_to_lua_type`), nested containers without recursion.
fn decode(vm: &mut Vm, c: &mut Cursor) -> Result<Value, DecodeError> {
    let mut open: Vec<OpenContainer> = Vec::new();
    loop {
        let slots = open.last().map_or(c.slots, OpenContainer::child_slots);
        let mut value = match read_item(vm, c, slots)? {
            Item::Value(v) => v,
            Item::Container { len, is_map } => {
                let table = vm.heap.new_table(0, 0);
                if !is_map && slots + 2 > LUA_STACK_LIMIT {
                    let msg = b"stack overflow (in function mp_decode_to_lua_array)";
                    return Err(vm.native_error(msg).into());
                }
                if len > 0 {
                    open.push(OpenContainer {
                        table,
                        len,
                        is_map,
                        done: 0,
                        key: None,
                        slots,
                    });
                    continue;
                }
                Value::Table(table)
            }
        };
        // Store the value in its container, closing every container it completes.
        loop {
            let Some(top) = open.last_mut() else {
                return Ok(value);
            };
            if top.is_map {
                match top.key.take() {
                    None => {
                        top.key = Some(value);
                        break;
                    }
                    Some(key) => vm.raw_set(top.table, key, value)?,
                }
            } else {
                let index = Value::Number((top.done + 1) as f64);
                vm.raw_set(top.table, index, value)?;
            }
            top.done += 1;
            if top.done < top.len {
                break;
            }
            value = Value::Table(top.table);
            open.pop();
        }
    }
}

/// Reads the value or container header at the cursor, with `slots` stack slots in use.
fn read_item(vm: &mut Vm, c: &mut Cursor, slots: usize) -> Result<Item, DecodeError> {
    c.need(1)?;
    if slots + 1 > LUA_STACK_LIMIT {
        let msg = b"stack overflow (too many return values at once; use unpack_one or unpack_limit instead.)";
        return Err(vm.native_error(msg).into());
    }
    let tag = c.data[c.pos];
    // (bytes consumed by the header, value) for the scalar cases.
    let (consumed, value) = match tag {
        0xcc => {
            c.need(2)?;
            (2, Value::Number(c.be(1, 1) as f64))
        }
        0xd0 => {
            c.need(2)?;
            (2, Value::Number(c.be(1, 1) as u8 as i8 as f64))
        }
        0xcd => {
            c.need(3)?;
            (3, Value::Number(c.be(1, 2) as f64))
        }
        0xd1 => {
            c.need(3)?;
            (3, Value::Number(c.be(1, 2) as u16 as i16 as f64))
        }
        0xce => {
            c.need(5)?;
            (5, Value::Number(c.be(1, 4) as f64))
        }
        0xd2 => {
            c.need(5)?;
            (5, Value::Number(c.be(1, 4) as u32 as i32 as f64))
        }
        0xcf | 0xd3 => {
            c.need(9)?;
            (9, Value::Number(c.be(1, 8) as i64 as f64))
        }
        0xc0 => (1, Value::Nil),
        0xc3 => (1, Value::Boolean(true)),
        0xc2 => (1, Value::Boolean(false)),
        0xca => {
            c.need(5)?;
            let bits = c.be(1, 4) as u32;
            (5, Value::Number(f32::from_bits(bits) as f64))
        }
        0xcb => {
            c.need(9)?;
            (9, Value::Number(f64::from_bits(c.be(1, 8))))
        }
        0xd9..=0xdb => {
            let width = match tag {
                0xd9 => 1,
                0xda => 2,
                _ => 4,
            };
            c.need(1 + width)?;
            let len = c.be(1, width) as usize;
            c.need(1 + width + len)?;
            let s = vm.new_string(c.bytes(1 + width, len));
            (1 + width + len, s)
        }
        0xdc..=0xdf => {
            let width = if tag == 0xdc || tag == 0xde { 2 } else { 4 };
            c.need(1 + width)?;
            let len = c.be(1, width) as usize;
            c.pos += 1 + width;
            return Ok(Item::Container {
                len,
                is_map: tag >= 0xde,
            });
        }
        b if b & 0x80 == 0 => (1, Value::Number(b as f64)),
        b if b & 0xe0 == 0xe0 => (1, Value::Number(b as i8 as f64)),
        b if b & 0xe0 == 0xa0 => {
            let len = (b & 0x1f) as usize;
            c.need(1 + len)?;
            let s = vm.new_string(c.bytes(1, len));
            (1 + len, s)
        }
        b if b & 0xf0 == 0x90 || b & 0xf0 == 0x80 => {
            c.pos += 1;
            return Ok(Item::Container {
                len: (b & 0x0f) as usize,
                is_map: b & 0xf0 == 0x80,
            });
        }
        _ => return Err(DecodeError::BadFormat),
    };
    c.pos += consumed;
    Ok(Item::Value(value))
}

/// `mp_unpack_full`: decodes up to `limit` values starting at byte `offset`; all of them
/// when both are 0 (then without the next-offset result).
fn unpack_full(vm: &mut Vm, limit: i64, offset: i64) -> LuaResult<usize> {
    let data = vm.check_bytes(1)?;
    let len = data.len();
    if offset < 0 || limit < 0 {
        // The C code reports the input length where it means the limit.
        let msg = format!(
            "Invalid request to unpack with offset of {} and limit of {}.",
            offset as i32, len as i32
        );
        return Err(vm.native_error(msg.as_bytes()));
    }
    if offset as u64 > len as u64 {
        let msg = format!(
            "Start offset {} greater than input length {}.",
            offset as i32, len as i32
        );
        return Err(vm.native_error(msg.as_bytes()));
    }
    let decode_all = limit == 0 && offset == 0;
    let limit = if decode_all { i32::MAX as i64 } else { limit };
    let mut cursor = Cursor {
        data: &data,
        pos: offset as usize,
        slots: 1,
    };
    let mut values = Vec::new();
    while cursor.pos < len && (values.len() as i64) < limit {
        match decode(vm, &mut cursor) {
            Ok(v) => values.push(v),
            Err(DecodeError::Eof) => return Err(vm.native_error(b"Missing bytes in input.")),
            Err(DecodeError::BadFormat) => {
                return Err(vm.native_error(b"Bad data format in input."))
            }
            Err(DecodeError::Lua(e)) => return Err(e),
        }
        cursor.slots += 1;
    }
    let mut count = values.len();
    if !decode_all {
        let next = if cursor.pos == len {
            -1.0
        } else {
            cursor.pos as f64
        };
        vm.push(Value::Number(next));
        count += 1;
    }
    for v in values {
        vm.push(v);
    }
    Ok(count)
}

fn unpack(vm: &mut Vm) -> LuaResult<usize> {
    unpack_full(vm, 0, 0)
}

fn unpack_one(vm: &mut Vm) -> LuaResult<usize> {
    let offset = vm.opt_integer(2, 0)?;
    vm.set_arg_count(1);
    unpack_full(vm, 1, offset)
}

fn unpack_limit(vm: &mut Vm) -> LuaResult<usize> {
    let limit = vm.check_integer(2)?;
    let offset = vm.opt_integer(3, 0)?;
    vm.set_arg_count(1);
    unpack_full(vm, limit, offset)
}
