//! The standard library.

pub mod base;
pub mod coroutine;
pub mod format;
pub mod math;
pub mod os;
pub mod pattern;
pub mod string;
pub mod table;

use crate::state::Vm;

/// Opens the libraries of the bench's `lua51` profile: the 5.1 standard library without what
/// touches the host (`io`, `package`, `dofile`, `loadfile`, and `os` beyond `difftime`).
pub fn open_lua51(vm: &mut Vm) {
    base::open(vm);
    coroutine::open(vm);
    math::open(vm);
    os::open_deterministic(vm);
    string::open(vm);
    table::open(vm);
}
