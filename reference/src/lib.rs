//! Reference Lua 5.1 engine.
