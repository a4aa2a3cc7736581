//! The Redis 7 script environment: which libraries exist, Redis's `pcall`, text-only chunk
//! loading, the error handler, and the global protection that makes every table reachable
//! from `_G` readonly and reading an unknown global an error.

use crate::error::LuaResult;
use crate::state::Vm;
use crate::stdlib;
use crate::thread::MULTIPLE_RESULTS;
use crate::value::Value;

use super::{api, bit, cjson, cmsgpack, error_reply, struct_lib};

/// Globals Redis 7.0.15 removes from the base library (the Debian security update also
/// dropped `getfenv`, `setfenv` and `newproxy`, which scripts could use to escape the
/// sandbox).
const REMOVED_GLOBALS: [&str; 4] = ["print", "getfenv", "setfenv", "newproxy"];

/// A Lua state with exactly what a Redis 7 script sees, locked.
pub fn new_redis_state() -> Vm {
    let mut vm = Vm::new();
    // Redis's Lua has no binary-chunk loader: `loadstring`/`load` refuse bytecode as a
    // syntax error.
    vm.binary_chunks = false;
    stdlib::base::open(&mut vm);
    stdlib::coroutine::open(&mut vm);
    stdlib::table::open(&mut vm);
    stdlib::string::open(&mut vm);
    stdlib::math::open(&mut vm);
    cjson::open(&mut vm);
    struct_lib::open(&mut vm);
    cmsgpack::open(&mut vm);
    bit::open(&mut vm);
    let g = vm.globals;
    for name in REMOVED_GLOBALS {
        vm.set_field(g, name, Value::Nil);
    }
    vm.register(
        g,
        &[
            ("pcall", redis_pcall),
            ("__redis__err__handler", error_handler),
        ],
    );
    api::open(&mut vm);
    api::replace_math_random(&mut vm);
    protect_globals(&mut vm);
    vm
}

/// Locks the globals: unknown names raise an error when read, and every table reachable from
/// `_G` (metatables included), plus the metatables of the basic types, becomes readonly.
fn protect_globals(vm: &mut Vm) {
    let g = vm.globals;
    let mt = vm.heap.new_table(0, 1);
    let index = vm.native("__index", nonexistent_global);
    vm.set_field(mt, "__index", index);
    vm.heap.tables[g].metatable = Some(mt);
    let mut pending = vec![g];
    let probe_values = [Value::Nil, Value::Boolean(false), Value::Number(0.0)];
    for v in probe_values {
        if let Some(t) = vm.metatable(v) {
            pending.push(t);
        }
    }
    let empty = vm.intern(b"");
    if let Some(t) = vm.metatable(empty) {
        pending.push(t);
    }
    while let Some(t) = pending.pop() {
        if vm.heap.tables[t].readonly {
            continue;
        }
        vm.heap.tables[t].readonly = true;
        vm.heap.tables[t].for_each_entry(|_, v| {
            if let Value::Table(inner) = v {
                pending.push(inner);
            }
        });
        if let Some(meta) = vm.heap.tables[t].metatable {
            pending.push(meta);
        }
    }
}

/// `__index` of the globals: reading a global that does not exist is an error.
fn nonexistent_global(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg_count() != 2 {
        return Err(vm.native_error(b"Wrong number of arguments to luaProtectedTableError"));
    }
    let name = match vm.arg(2) {
        v @ (Value::String(_) | Value::Number(_)) => vm.to_display_string(v)?,
        _ => {
            return Err(vm.native_error(
                b"Second argument to luaProtectedTableError must be a string or number",
            ))
        }
    };
    let name = super::conversion::until_nul(vm.string_bytes(name).unwrap_or_default()).to_vec();
    let mut msg = b"Script attempted to access nonexistent global variable '".to_vec();
    msg.extend_from_slice(&name);
    msg.push(b'\'');
    Err(vm.native_error(&msg))
}

/// Redis's `pcall`: like Lua's, except that an error table with a string (or number) `err`
/// field is reported as that field, so `pcall(redis.call, ...)` gives the error text.
fn redis_pcall(vm: &mut Vm) -> LuaResult<usize> {
    let count = vm.arg_count();
    let func = vm.top() - count;
    if count == 0 {
        // Redis inserts its `true` result placeholder first and then calls whatever is at
        // the bottom, which without arguments is that placeholder.
        vm.push(Value::Boolean(true));
    }
    let frames = vm.frames.len();
    let depth = vm.native_depth;
    match vm.call(func, MULTIPLE_RESULTS) {
        Ok(()) => {
            vm.stack.insert(func, Value::Boolean(true));
            Ok(vm.top() - func)
        }
        Err(e) => {
            let mut v = vm.catchable_error_value(e)?;
            vm.unwind_to(frames, func, depth);
            if let Value::Table(_) = v {
                let key = vm.intern(b"err");
                let field = vm.index_slow(v, key, None)?;
                if matches!(field, Value::String(_) | Value::Number(_)) {
                    v = field;
                }
            }
            vm.push(Value::Boolean(false));
            vm.push(v);
            Ok(2)
        }
    }
}

/// `__redis__err__handler(err)`: what Redis's handler turns an error into, a table with the
/// message and the position of the code that raised it.
fn error_handler(vm: &mut Vm) -> LuaResult<usize> {
    let err = vm.arg(1);
    // Level 1 is the handler itself; the position is that of its caller.
    let handler_frame = vm.frames.len() - 1;
    let table = error_reply::error_table(vm, err, handler_frame)?;
    vm.push(table);
    Ok(1)
}
