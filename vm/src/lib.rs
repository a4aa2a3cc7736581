//! The Ferrous VM: a memory-safe Lua 5.1 for Redis-style scripting.

pub mod arena;
pub mod bytecode;
pub mod compiler;
pub mod function;
pub mod number;
pub mod stdlib;
pub mod string;
pub mod table;
pub mod thread;
pub mod userdata;
pub mod value;
