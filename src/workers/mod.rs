//! Long-lived workers that engine runs are handed to, so that no run spawns a thread or a
//! process of its own:
//!
//! - [`threads`]: a helper thread per calling thread runs in-process engines under the case's
//!   wall clock; a helper that overruns is abandoned and replaced.
//! - [`process`]: an engine in a pool of child processes (the bench re-executed as
//!   `ferrous-conformance worker`, speaking [`frames`] of [`wire`]-encoded cases and outcomes
//!   over its stdin and stdout, served by [`serve`]). A worker stuck past the wall clock is killed and replaced; one that dies takes
//!   only its own case with it, as a `crash`.

pub mod frames;
pub mod process;
pub mod serve;
pub mod threads;
pub mod wire;
