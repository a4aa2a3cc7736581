//! Function objects: Lua closures and native (Rust) functions.

/// Placeholder until the execution loop lands (replaced in the VM core commit).
pub struct Function;
