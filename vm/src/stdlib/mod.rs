//! The standard library.

pub mod base;

use crate::state::Vm;

/// Opens the libraries of the bench's `lua51` profile.
pub fn open_lua51(vm: &mut Vm) {
    base::open(vm);
}
