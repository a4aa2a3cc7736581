//! The Ferrous VM: a memory-safe Lua 5.1 for Redis-style scripting.

pub mod api;
pub mod arena;
pub mod args;
mod buffers;
pub mod bytecode;
mod call;
pub mod compiler;
mod constructor;
mod coroutine;
mod debug;
pub mod error;
mod exec;
pub mod function;
mod gc;
pub mod heap;
mod loader;
mod meta;
pub mod number;
pub mod redis;
mod stack;
pub mod state;
pub mod stdlib;
pub mod string;
pub mod table;
pub mod thread;
pub mod userdata;
pub mod value;

/// The crate version, for reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub use api::{ErrorKind, ScriptError};
pub use error::{LuaError, LuaResult};
pub use gc::GcStats;
pub use state::Vm;
pub use value::Value;
