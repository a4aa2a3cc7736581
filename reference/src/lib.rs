//! Reference Lua 5.1: PUC-Rio Lua 5.1.5 (vendored through `mlua`) behind a small, deterministic
//! host surface that the bench compares the Ferrous VM against.
//!
//! Every run gets a fresh Lua state with the `lua51` library profile, a captured `print`, an
//! instruction budget and a memory limit. Results are handed to the caller through
//! [`FinishedRun`], which reads numbers and strings exactly (mlua's own value conversion rounds
//! tiny numbers and drops the sign of zero under Lua 5.1, so it is bypassed).

mod c_rand;
mod inspect;
mod library;
mod limits;
mod print_capture;
pub mod redis;
mod run;

pub use inspect::ExactValue;
pub use run::{
    Ending, FinishedRun, Profile, ReferenceLua, RunLimits, MEMORY_ERROR_MESSAGE, TIMEOUT_MESSAGE,
};
