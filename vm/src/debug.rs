//! What errors and tracebacks say about the running code (5.1's ldebug.c): source positions,
//! variable names recovered from bytecode, and stack tracebacks.

use crate::bytecode as names;
use crate::compiler::chunk_id;
use crate::error::LuaError;
use crate::state::Vm;
use crate::thread::Frame;
use crate::value::Value;

/// What a stack level designates (5.1's `lua_getstack`, where tail calls count as levels).
pub(crate) enum StackLevel {
    /// The frame at this index.
    Frame(usize),
    /// A function that a tail call replaced: it is gone.
    TailCall,
    /// Deeper than the stack.
    Beyond,
}

impl Vm {
    /// Level 0 is the running function, 1 its caller, and so on.
    pub(crate) fn frame_at_level(&self, level: usize) -> StackLevel {
        let mut level = level as i64;
        let mut index = self.frames.len();
        while level > 0 && index > 0 {
            index -= 1;
            level -= 1;
            let frame = &self.frames[index];
            if frame.is_lua {
                level -= frame.tail_calls as i64;
            }
        }
        if level == 0 && index > 0 {
            StackLevel::Frame(index - 1)
        } else if level < 0 {
            StackLevel::TailCall
        } else {
            StackLevel::Beyond
        }
    }

    /// Line of the instruction a Lua frame is executing. Lines are C `int`s: a loaded
    /// binary chunk may hold negative ones.
    pub(crate) fn frame_line(&self, frame: &Frame) -> Option<i64> {
        let proto = frame.proto(&self.heap)?;
        proto
            .proto
            .line_info
            .get((frame.pc as usize).saturating_sub(1))
            .map(|&line| i64::from(line as i32))
    }

    /// `chunk:line: ` for a Lua frame, empty for a native one.
    pub(crate) fn frame_position(&self, frame: &Frame) -> Vec<u8> {
        let Some(proto) = frame.proto(&self.heap) else {
            return Vec::new();
        };
        let mut out = chunk_id(&proto.proto.source);
        let line = self.frame_line(frame).unwrap_or(0);
        out.extend_from_slice(format!(":{line}: ").as_bytes());
        out
    }

    /// Position prefix for errors raised by the running frame (5.1's `luaG_runerror`).
    pub(crate) fn current_position(&self) -> Vec<u8> {
        self.frames
            .last()
            .map(|frame| self.frame_position(frame))
            .unwrap_or_default()
    }

    /// Position prefix of the function `level` levels up: 1 is the caller of the running
    /// native function (5.1's `luaL_where`).
    pub fn where_prefix(&self, level: usize) -> Vec<u8> {
        match self.frame_at_level(level) {
            StackLevel::Frame(i) => self.frame_position(&self.frames[i]),
            StackLevel::TailCall | StackLevel::Beyond => Vec::new(),
        }
    }

    /// "attempt to <op> <kind> '<name>' (a <type> value)", naming the register when the
    /// bytecode tells what it holds.
    #[cold]
    pub(crate) fn type_error(&mut self, v: Value, reg: Option<u32>, op: &str) -> LuaError {
        let named = reg.and_then(|r| {
            let frame = self.frames.last()?;
            let proto = frame.proto(&self.heap)?;
            names::register_name(&proto.proto, (frame.pc as usize).saturating_sub(1), r)
        });
        let msg = match named {
            Some((kind, name)) => {
                let mut m = format!("attempt to {op} {kind} '").into_bytes();
                m.extend_from_slice(&name);
                m.extend_from_slice(format!("' (a {} value)", v.type_name()).as_bytes());
                m
            }
            None => format!("attempt to {op} a {} value", v.type_name()).into_bytes(),
        };
        self.runtime_error(&msg)
    }

    /// 5.1's `luaG_ordererror`, including its quirk of comparing the third letters of the
    /// type names to decide between "two X values" and "X with Y".
    pub(crate) fn order_error(&mut self, x: Value, y: Value) -> LuaError {
        let (t1, t2) = (x.type_name(), y.type_name());
        let msg = if t1.as_bytes()[2] == t2.as_bytes()[2] {
            format!("attempt to compare two {t1} values")
        } else {
            format!("attempt to compare {t1} with {t2}")
        };
        self.runtime_error(msg.as_bytes())
    }

    /// How the running native function was called, from the calling instruction
    /// (5.1's `getfuncname`): `("method", "rep")`, `("global", "print")`, ...
    pub(crate) fn native_call_name(&self) -> Option<(&'static str, Vec<u8>)> {
        let caller = self.frames.len().checked_sub(2).map(|i| &self.frames[i])?;
        let proto = caller.proto(&self.heap)?;
        names::called_function_name(&proto.proto, (caller.pc as usize).saturating_sub(1))
    }
}
