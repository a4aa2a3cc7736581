//! Errors that unwind Lua execution.

use crate::value::Value;

/// Why execution stopped abnormally. Only `Runtime` and `Memory` can be caught by `pcall`;
/// the others end the script whatever it does.
#[derive(Clone, Debug)]
pub enum LuaError {
    /// `error(v)` or a runtime error; carries the error object (usually a position-prefixed string).
    Runtime(Value),
    /// An allocation would exceed the memory limit (`not enough memory`).
    Memory,
    /// The instruction budget is spent.
    Timeout,
    /// The host asked the script to stop (e.g. `SCRIPT KILL`).
    Interrupted,
    /// A coroutine yield travelling to its `resume` (never escapes the VM).
    Yield,
}

pub type LuaResult<T> = Result<T, LuaError>;
