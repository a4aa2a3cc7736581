//! Lua tables (placeholder until the table module lands).

/// Placeholder.
pub struct Table;
