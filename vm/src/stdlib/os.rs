//! The deterministic part of the os library that the `lua51` profile keeps.

use crate::error::LuaResult;
use crate::state::Vm;
use crate::value::Value;

/// Opens `os` with only `difftime`, the one os function that reads nothing from the host.
pub fn open_deterministic(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 4);
    vm.register(t, &[("difftime", difftime)]);
    let g = vm.globals;
    vm.set_field(g, "os", Value::Table(t));
}

fn difftime(vm: &mut Vm) -> LuaResult<usize> {
    // Both times go through C's `time_t` (an integer) first. The two checks are arguments of
    // one C call, which GCC on x86-64 evaluates right to left: argument 2 is checked first.
    let t0 = crate::args::lua_integer(vm.opt_number(2, 0.0)?);
    let t1 = crate::args::lua_integer(vm.check_number(1)?);
    vm.push(Value::Number(t1 as f64 - t0 as f64));
    Ok(1)
}
