//! proptest's front end: a strategy for generated programs.
//!
//! The strategy draws a byte string and lets the generator read its decisions from it
//! ([`super::from_bytes`]). Shrinking a failing byte string (shorter, smaller bytes) makes
//! the generator take the simplest option more often (fewer blocks and statements, earlier
//! literals, features off), so a failing program shrinks to a small one.

use super::{from_bytes, Program};
use proptest::collection::vec;
use proptest::prelude::*;

/// Longest decision string drawn: enough for programs of every size the generator makes.
pub const MAX_DECISION_BYTES: usize = 4096;

/// Generated programs, with shrinking.
pub fn programs() -> impl Strategy<Value = Program> {
    vec(any::<u8>(), 0..MAX_DECISION_BYTES).prop_map(|bytes| from_bytes(&bytes))
}
