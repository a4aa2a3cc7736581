//! The standard library.

pub mod base;
pub mod c_stdout;
pub mod coroutine;
pub mod debug;
pub mod format;
pub mod io;
pub mod math;
pub mod os;
pub mod os_host;
pub mod package;
pub mod pattern;
#[cfg(test)]
mod recorded_cases;
pub mod string;
pub mod table;

use crate::state::Vm;

/// Opens the libraries of the bench's `lua51` profile: the 5.1 standard library without what
/// touches the host (`io`, `package`, `dofile`, `loadfile`, and `os` beyond `difftime`).
pub fn open_lua51(vm: &mut Vm) {
    base::open(vm);
    coroutine::open(vm);
    debug::open(vm);
    math::open(vm);
    os::open_deterministic(vm);
    string::open(vm);
    table::open(vm);
}

/// Opens what the standalone interpreter offers: the `lua51` profile plus the libraries
/// that touch the host (`io`, all of `os`, `package` with `require` and `module`,
/// `dofile`, `loadfile`).
pub fn open_standalone(vm: &mut Vm) {
    open_lua51(vm);
    io::open(vm);
    os_host::open(vm);
    package::open_file_loading(vm);
    // Last, so that `package.loaded` lists every library opened before it.
    package::open(vm);
}
