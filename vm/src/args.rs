//! The interface native functions use (5.1's lauxlib checks): reading and checking
//! arguments, pushing results, and raising errors worded as 5.1 words them.

use crate::error::{LuaError, LuaResult};
use crate::function::Function;
use crate::number::format_number;
use crate::state::Vm;
use crate::value::{StrRef, TableRef, Value};

/// C's conversion of a double to a 64-bit integer on x86-64: truncation, with the
/// "integer indefinite" value for NaN and out-of-range inputs.
pub fn lua_integer(n: f64) -> i64 {
    const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2^63
    if !(-LIMIT..LIMIT).contains(&n) {
        i64::MIN
    } else {
        n as i64
    }
}

/// 5.1's `luaL_checkint`: the 64-bit conversion narrowed to C's `int`.
pub fn lua_int(n: f64) -> i64 {
    lua_integer(n) as i32 as i64
}

impl Vm {
    fn native_base(&self) -> usize {
        self.frames.last().map_or(0, |f| f.base as usize)
    }

    /// Number of arguments the running native function received.
    #[inline]
    pub fn arg_count(&self) -> usize {
        self.stack.len() - self.native_base()
    }

    /// Argument `n` (1-based); nil when absent.
    #[inline]
    pub fn arg(&self, n: usize) -> Value {
        let idx = self.native_base() + n - 1;
        self.stack.get(idx).copied().unwrap_or(Value::Nil)
    }

    /// Replaces argument `n` (which must exist).
    pub fn set_arg(&mut self, n: usize, v: Value) {
        let idx = self.native_base() + n - 1;
        self.stack[idx] = v;
    }

    /// Drops every argument from `n + 1` on, so that `n` arguments remain (padding with nil).
    pub fn set_arg_count(&mut self, n: usize) {
        let base = self.native_base();
        self.stack.resize(base + n, Value::Nil);
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    /// Pushes a string made of `bytes`.
    pub fn push_bytes(&mut self, bytes: &[u8]) {
        let v = self.heap.str_value(bytes);
        self.stack.push(v);
    }

    /// The current stack top, for natives that call back into Lua (see [`Vm::call`]).
    pub fn top(&self) -> usize {
        self.stack.len()
    }

    pub fn value_at(&self, idx: usize) -> Value {
        self.stack[idx]
    }

    pub fn truncate_stack(&mut self, top: usize) {
        self.stack.truncate(top);
    }

    /// A string made of `bytes`.
    pub fn new_string(&mut self, bytes: &[u8]) -> Value {
        self.heap.str_value(bytes)
    }

    /// `luaL_error`: the message prefixed with the position of the Lua code that called the
    /// running native function.
    pub fn native_error(&mut self, msg: &[u8]) -> LuaError {
        let mut full = self.where_prefix(1);
        full.extend_from_slice(msg);
        LuaError::Runtime(self.heap.str_value(&full))
    }

    /// `bad argument #n to 'name' (extra)`, with 5.1's method-call adjustment.
    pub fn arg_error(&mut self, n: usize, extra: &str) -> LuaError {
        let mut n = n;
        let (kind, name) = match self.native_call_name() {
            Some((kind, name)) => (kind, name),
            None => ("", b"?".to_vec()),
        };
        // The name is bytes (a string key may hold any), not text.
        let mut msg = Vec::new();
        if kind == "method" {
            n -= 1;
            if n == 0 {
                msg.extend_from_slice(b"calling '");
                msg.extend_from_slice(&name);
                msg.extend_from_slice(format!("' on bad self ({extra})").as_bytes());
                return self.native_error(&msg);
            }
        }
        msg.extend_from_slice(format!("bad argument #{n} to '").as_bytes());
        msg.extend_from_slice(&name);
        msg.extend_from_slice(format!("' ({extra})").as_bytes());
        self.native_error(&msg)
    }

    /// The type name 5.1's `luaL_typename` gives an argument (`no value` when absent).
    pub fn arg_type_name(&self, n: usize) -> &'static str {
        if n > self.arg_count() {
            "no value"
        } else {
            self.arg(n).type_name()
        }
    }

    /// `bad argument #n to 'f' (<expected> expected, got <type>)`.
    pub fn arg_type_error(&mut self, n: usize, expected: &str) -> LuaError {
        let extra = format!("{expected} expected, got {}", self.arg_type_name(n));
        self.arg_error(n, &extra)
    }

    pub fn check_any(&mut self, n: usize) -> LuaResult<Value> {
        if n > self.arg_count() {
            return Err(self.arg_error(n, "value expected"));
        }
        Ok(self.arg(n))
    }

    pub fn check_table(&mut self, n: usize) -> LuaResult<TableRef> {
        match self.arg(n) {
            Value::Table(t) => Ok(t),
            _ => Err(self.arg_type_error(n, "table")),
        }
    }

    pub fn check_number(&mut self, n: usize) -> LuaResult<f64> {
        match self.to_number(self.arg(n)) {
            Some(x) => Ok(x),
            None => Err(self.arg_type_error(n, "number")),
        }
    }

    pub fn opt_number(&mut self, n: usize, default: f64) -> LuaResult<f64> {
        if self.arg(n).is_nil() {
            Ok(default)
        } else {
            self.check_number(n)
        }
    }

    /// `luaL_checkinteger`.
    pub fn check_integer(&mut self, n: usize) -> LuaResult<i64> {
        Ok(lua_integer(self.check_number(n)?))
    }

    pub fn opt_integer(&mut self, n: usize, default: i64) -> LuaResult<i64> {
        if self.arg(n).is_nil() {
            Ok(default)
        } else {
            self.check_integer(n)
        }
    }

    /// `luaL_checkint` (the value narrowed to C's `int`).
    pub fn check_int(&mut self, n: usize) -> LuaResult<i64> {
        Ok(lua_int(self.check_number(n)?))
    }

    pub fn opt_int(&mut self, n: usize, default: i64) -> LuaResult<i64> {
        if self.arg(n).is_nil() {
            Ok(default)
        } else {
            self.check_int(n)
        }
    }

    /// A string argument; numbers are converted (and replaced by the string, as in 5.1).
    pub fn check_string(&mut self, n: usize) -> LuaResult<StrRef> {
        match self.arg(n) {
            Value::String(s) => Ok(s),
            Value::Number(x) => {
                let s = self.number_to_str(x);
                if n <= self.arg_count() {
                    self.set_arg(n, Value::String(s));
                }
                Ok(s)
            }
            _ => Err(self.arg_type_error(n, "string")),
        }
    }

    pub fn opt_string(&mut self, n: usize) -> LuaResult<Option<StrRef>> {
        if self.arg(n).is_nil() {
            Ok(None)
        } else {
            self.check_string(n).map(Some)
        }
    }

    /// The bytes of a string argument (copied, so the VM stays usable meanwhile).
    pub fn check_bytes(&mut self, n: usize) -> LuaResult<Vec<u8>> {
        let s = self.check_string(n)?;
        Ok(self.heap.str_bytes(s).to_vec())
    }

    pub fn check_function(&mut self, n: usize) -> LuaResult<Value> {
        match self.arg(n) {
            v @ Value::Function(_) => Ok(v),
            _ => Err(self.arg_type_error(n, "function")),
        }
    }

    pub fn number_to_str(&mut self, x: f64) -> StrRef {
        let mut buf = self.buffers.take();
        format_number(x, &mut buf);
        let s = self.heap.intern(&buf);
        self.buffers.give_back(buf);
        s
    }

    /// Replaces upvalue `n` (0-based) of the running native function.
    pub fn set_native_upvalue(&mut self, n: usize, v: Value) {
        let frame = self.frames.last().expect("a native frame");
        if let Function::Native(f) = &mut self.heap.functions[frame.function] {
            if let Some(slot) = f.upvalues.get_mut(n) {
                *slot = v;
            }
        }
    }

    /// Upvalue `n` (0-based) of the running native function.
    pub fn native_upvalue(&self, n: usize) -> Value {
        let frame = self.frames.last().expect("a native frame");
        match &self.heap.functions[frame.function] {
            Function::Native(f) => f.upvalues.get(n).copied().unwrap_or(Value::Nil),
            Function::Lua(_) => Value::Nil,
        }
    }
}
