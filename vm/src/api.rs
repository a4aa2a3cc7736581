//! The host's view of the VM: running chunks in protected mode and reading results.

use crate::error::LuaError;
use crate::state::Vm;
use crate::thread::MULTIPLE_RESULTS;
use crate::value::{TableRef, Value};

/// How a script ended abnormally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Runtime,
    Memory,
    Timeout,
    Interrupted,
}

/// An error that reached the host.
#[derive(Clone, Debug)]
pub struct ScriptError {
    pub kind: ErrorKind,
    /// The error object (a string for syntax, memory and timeout errors).
    pub value: Value,
    /// The stack traceback at the point of the error (empty for syntax errors).
    pub traceback: Vec<u8>,
}

impl Vm {
    /// Compiles and runs a chunk with no arguments; returns what it returned.
    pub fn exec(&mut self, source: &[u8], chunk_name: &[u8]) -> Result<Vec<Value>, ScriptError> {
        let f = match self.load(source, chunk_name) {
            Ok(f) => f,
            Err(msg) => {
                let value = self.new_string(&msg);
                return Err(ScriptError {
                    kind: ErrorKind::Syntax,
                    value,
                    traceback: Vec::new(),
                });
            }
        };
        self.pcall_value(f, &[])
    }

    /// Calls `f(args...)` in protected mode: any error is returned, and the VM is left ready
    /// for the next call.
    pub fn pcall_value(&mut self, f: Value, args: &[Value]) -> Result<Vec<Value>, ScriptError> {
        let frames = self.frames.len();
        let depth = self.native_depth;
        let func = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        // Garbage a failed script left must not count against this one.
        self.collect_if_due();
        match self.call(func, MULTIPLE_RESULTS) {
            Ok(()) => Ok(self.stack.split_off(func)),
            Err(e) => {
                let traceback = crate::stdlib::debug::traceback_text(self, self.current_thread, 0);
                let (kind, value) = match e {
                    LuaError::Runtime(v) => (ErrorKind::Runtime, v),
                    LuaError::Memory => (ErrorKind::Memory, self.new_string(b"not enough memory")),
                    LuaError::Timeout => (
                        ErrorKind::Timeout,
                        self.new_string(b"instruction budget exhausted"),
                    ),
                    LuaError::Interrupted => (
                        ErrorKind::Interrupted,
                        self.new_string(b"script interrupted"),
                    ),
                    LuaError::Yield => (
                        ErrorKind::Runtime,
                        self.new_string(b"attempt to yield from outside a coroutine"),
                    ),
                };
                self.unwind_to(frames, func, depth);
                Err(ScriptError {
                    kind,
                    value,
                    traceback,
                })
            }
        }
    }

    /// The entries of a table in `next` order.
    /// Sets the running thread's message handler (5.1's `L->errfunc`, which lua.c sets to its
    /// traceback function around the script) and returns the one it replaces. The handler
    /// must stay reachable (e.g. on the stack) while it is set.
    pub fn replace_error_handler(&mut self, handler: Option<Value>) -> Option<Value> {
        std::mem::replace(&mut self.error_handler, handler)
    }

    pub fn table_entries(&self, t: TableRef) -> Vec<(Value, Value)> {
        let mut out = Vec::new();
        let table = &self.heap.tables[t];
        let mut key = Value::Nil;
        while let Ok(Some((k, v))) = table.next(key) {
            out.push((k, v));
            key = k;
        }
        out
    }
}
