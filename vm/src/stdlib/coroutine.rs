//! The coroutine library.

use crate::error::{LuaError, LuaResult};
use crate::state::Vm;
use crate::value::{ThreadRef, Value};

pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 8);
    vm.register(
        t,
        &[
            ("create", create),
            ("resume", resume),
            ("running", running),
            ("status", status),
            ("wrap", wrap),
            ("yield", yield_),
        ],
    );
    let g = vm.globals;
    vm.set_field(g, "coroutine", Value::Table(t));
}

fn check_lua_function(vm: &mut Vm) -> LuaResult<Value> {
    let f = vm.arg(1);
    if let Value::Function(h) = f {
        if matches!(vm.heap.functions[h], crate::function::Function::Lua(_)) {
            return Ok(f);
        }
    }
    Err(vm.arg_error(1, "Lua function expected"))
}

fn check_thread(vm: &mut Vm) -> LuaResult<ThreadRef> {
    match vm.arg(1) {
        Value::Thread(t) => Ok(t),
        _ => Err(vm.arg_error(1, "coroutine expected")),
    }
}

fn create(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_lua_function(vm)?;
    let t = vm.new_thread(f);
    vm.push(Value::Thread(t));
    Ok(1)
}

fn resume(vm: &mut Vm) -> LuaResult<usize> {
    let co = check_thread(vm)?;
    let args: Vec<Value> = (2..=vm.arg_count()).map(|i| vm.arg(i)).collect();
    match vm.resume(co, &args)? {
        Ok(values) => {
            vm.push(Value::Boolean(true));
            for v in &values {
                vm.push(*v);
            }
            Ok(values.len() + 1)
        }
        Err(e) => {
            vm.push(Value::Boolean(false));
            vm.push(e);
            Ok(2)
        }
    }
}

fn running(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.current_thread();
    if vm.is_main_thread(t) {
        vm.push(Value::Nil);
    } else {
        vm.push(Value::Thread(t));
    }
    Ok(1)
}

fn status(vm: &mut Vm) -> LuaResult<usize> {
    let co = check_thread(vm)?;
    let name = vm.thread_status(co).name();
    vm.push_bytes(name.as_bytes());
    Ok(1)
}

fn wrap(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_lua_function(vm)?;
    let t = vm.new_thread(f);
    let w = vm.native_with_upvalues("wrap", wrapped, vec![Value::Thread(t)]);
    vm.push(w);
    Ok(1)
}

fn wrapped(vm: &mut Vm) -> LuaResult<usize> {
    let Value::Thread(co) = vm.native_upvalue(0) else {
        return Err(vm.native_error(b"wrapped coroutine lost its thread"));
    };
    let args: Vec<Value> = (1..=vm.arg_count()).map(|i| vm.arg(i)).collect();
    match vm.resume(co, &args)? {
        Ok(values) => {
            for v in &values {
                vm.push(*v);
            }
            Ok(values.len())
        }
        Err(e) => {
            let e = match e {
                Value::String(s) => {
                    let mut msg = vm.where_prefix(1);
                    msg.extend_from_slice(vm.heap.str_bytes(s));
                    vm.new_string(&msg)
                }
                Value::Number(_) => {
                    let mut msg = vm.where_prefix(1);
                    let s = vm.to_display_string(e)?;
                    msg.extend_from_slice(vm.string_bytes(s).unwrap_or_default());
                    vm.new_string(&msg)
                }
                other => other,
            };
            Err(LuaError::Runtime(e))
        }
    }
}

fn yield_(vm: &mut Vm) -> LuaResult<usize> {
    Err(vm.yield_args())
}
