//! The compiled form of a Lua chunk: Lua 5.1's instruction set and function prototypes.
//!
//! This is the contract between the compiler (which produces it) and the execution loop
//! (which runs it). It is plain data: no heap handles, so a prototype can be built, listed,
//! dumped and loaded without a running VM.

mod check;
mod dump;
mod listing;
mod names;
mod opcode;
mod proto;

pub use check::{code_is_valid, consumes_open_results, setlist_run_before};
pub use dump::{dump, undump, undump_within};
pub use listing::listing;
pub use names::{called_function_name, local_name, register_name};
pub use opcode::{
    Instruction, OpCode, OpMode, BITRK, FIELDS_PER_FLUSH, MAXARG_A, MAXARG_B, MAXARG_BX, MAXARG_C,
    MAXARG_SBX, MAXINDEXRK, NO_REG,
};
pub use proto::{Constant, LocalVar, Proto, VARARG_HASARG, VARARG_ISVARARG, VARARG_NEEDSARG};
