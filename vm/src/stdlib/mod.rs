//! Pure engines behind the Lua 5.1 string library: patterns and `string.format`.

pub mod format;
pub mod pattern;
