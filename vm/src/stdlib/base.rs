//! The base library (5.1's lbaselib.c, without the coroutine part).

use crate::args::lua_int;
use crate::debug::StackLevel;
use crate::error::{LuaError, LuaResult};
use crate::function::{Function, NativeFn};
use crate::number::parse_number_base;
use crate::state::Vm;
use crate::thread::MULTIPLE_RESULTS;
use crate::userdata::UserData;
use crate::value::Value;

/// Values `unpack` and friends may push at once (5.1's LUAI_MAXCSTACK).
const MAX_RESULTS: usize = crate::state::MAX_NATIVE_STACK;

pub fn open(vm: &mut Vm) {
    let g = vm.globals;
    vm.register(
        g,
        &[
            ("assert", assert),
            ("collectgarbage", collectgarbage),
            ("error", error),
            ("gcinfo", gcinfo),
            ("getfenv", getfenv),
            ("getmetatable", getmetatable),
            ("load", load),
            ("loadstring", loadstring),
            ("next", next),
            ("pcall", pcall),
            ("print", print),
            ("rawequal", rawequal),
            ("rawget", rawget),
            ("rawset", rawset),
            ("select", select),
            ("setfenv", setfenv),
            ("setmetatable", setmetatable),
            ("tonumber", tonumber),
            ("tostring", tostring),
            ("type", type_),
            ("unpack", unpack),
            ("xpcall", xpcall),
        ],
    );
    vm.set_field(g, "_G", Value::Table(g));
    let version = vm.intern(b"Lua 5.1");
    vm.set_field(g, "_VERSION", version);
    // 5.1 gives `pairs` its own `next` closure, distinct from the global one.
    let next = vm.native("next", next);
    let pairs = vm.native_with_upvalues("pairs", pairs, vec![next]);
    vm.set_field(g, "pairs", pairs);
    let ipairs_iter = vm.native("ipairs_iterator", ipairs_iterator);
    let ipairs = vm.native_with_upvalues("ipairs", ipairs, vec![ipairs_iter]);
    vm.set_field(g, "ipairs", ipairs);
    // As in 5.1, the metatables `newproxy(true)` made are the keys of a weak table, its
    // upvalue: a proxy argument is valid only if its metatable is one of them.
    let proxy_metatables = vm.heap.new_table(0, 0);
    let weak_keys = vm.heap.new_table(0, 0);
    let mode = vm.intern(b"__mode");
    let keys = vm.intern(b"k");
    // A string key is never refused.
    let _ = vm.heap.tables[weak_keys].set(mode, keys);
    vm.heap.tables[proxy_metatables].metatable = Some(weak_keys);
    let newproxy =
        vm.native_with_upvalues("newproxy", newproxy, vec![Value::Table(proxy_metatables)]);
    vm.set_field(g, "newproxy", newproxy);
}

/// 5.1's `print` writes each piece with `fputs`: a string stops at its first `\0`, and what
/// was written before a failing `tostring` stays written.
fn print(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.arg_count();
    let tostring = vm.get_field(vm.globals, "tostring");
    // Kept on the stack above the arguments, so a collection during a `__tostring` call
    // cannot free it even if the script drops the global.
    vm.push(tostring);
    for i in 1..=n {
        let v = vm.arg(i);
        let s = vm.call_value1(tostring, &[v])?;
        let bytes = match s {
            Value::String(s) => vm.heap.str_bytes(s).to_vec(),
            Value::Number(x) => {
                let s = vm.number_to_str(x);
                vm.heap.str_bytes(s).to_vec()
            }
            _ => return Err(vm.native_error(b"'tostring' must return a string to 'print'")),
        };
        if i > 1 {
            vm.write_output(b"\t");
        }
        let piece = bytes.split(|&byte| byte == 0).next().unwrap_or_default();
        vm.write_output(piece);
    }
    vm.write_output(b"\n");
    Ok(0)
}

fn type_(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    vm.push_bytes(v.type_name().as_bytes());
    Ok(1)
}

fn tostring(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let s = vm.to_display_string(v)?;
    vm.push(s);
    Ok(1)
}

impl Vm {
    /// `tostring(v)`: `__tostring` if present, else the default text.
    pub fn to_display_string(&mut self, v: Value) -> LuaResult<Value> {
        let tm = self.meta_field(v, "__tostring");
        if !tm.is_nil() {
            return self.call_value1(tm, &[v]);
        }
        Ok(match v {
            Value::String(_) => v,
            Value::Number(x) => Value::String(self.number_to_str(x)),
            Value::Nil => self.new_string(b"nil"),
            Value::Boolean(b) => self.new_string(if b { b"true" } else { b"false" }),
            other => {
                let text = format!("{}: 0x{:08x}", other.type_name(), object_address(other));
                self.new_string(text.as_bytes())
            }
        })
    }

    /// Field `name` of `v`'s metatable, or nil (5.1's `luaL_getmetafield`).
    pub fn meta_field(&mut self, v: Value, name: &str) -> Value {
        match self.metatable(v) {
            None => Value::Nil,
            Some(mt) => self.get_field(mt, name),
        }
    }
}

/// A stable pseudo-address for `tostring` of reference values.
fn object_address(v: Value) -> u64 {
    let (kind, index) = match v {
        Value::Table(h) => (1, h.index()),
        Value::Function(h) => (2, h.index()),
        Value::UserData(h) => (3, h.index()),
        Value::Thread(h) => (4, h.index()),
        Value::String(s) => (5, s.handle.index()),
        _ => (0, 0),
    };
    0x0800_0000 + ((kind as u64) << 24) + index as u64 * 0x20
}

fn tonumber(vm: &mut Vm) -> LuaResult<usize> {
    let base = vm.opt_int(2, 10)?;
    if base == 10 {
        let v = vm.check_any(1)?;
        match vm.to_number(v) {
            Some(x) => vm.push(Value::Number(x)),
            None => vm.push(Value::Nil),
        }
        return Ok(1);
    }
    let s = vm.check_bytes(1)?;
    if !(2..=36).contains(&base) {
        return Err(vm.arg_error(2, "base out of range"));
    }
    match parse_number_base(&s, base as u32) {
        Some(x) => vm.push(Value::Number(x)),
        None => vm.push(Value::Nil),
    }
    Ok(1)
}

fn next(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let key = vm.arg(2);
    match vm.heap.tables[t].next(key) {
        Ok(Some((k, v))) => {
            vm.push(k);
            vm.push(v);
            Ok(2)
        }
        Ok(None) => {
            vm.push(Value::Nil);
            Ok(1)
        }
        Err(_) => Err(vm.runtime_error(b"invalid key to 'next'")),
    }
}

fn pairs(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let next = vm.native_upvalue(0);
    vm.push(next);
    vm.push(Value::Table(t));
    vm.push(Value::Nil);
    Ok(3)
}

fn ipairs(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let iter = vm.native_upvalue(0);
    vm.push(iter);
    vm.push(Value::Table(t));
    vm.push(Value::Number(0.0));
    Ok(3)
}

impl Vm {
    /// One step of a generic `for` over `pairs`/`next` or `ipairs`, run by TFORLOOP without
    /// calling the iterator: the same results, registers and errors as the call, which only
    /// costs more. `ra` is the loop's base register (iterator, table, control, then `wanted`
    /// results). Returns whether the loop goes on, or `None` when the call must be made:
    /// another iterator or state, an invalid key (the call raises the error), hooks that
    /// must see the call, or a call that would fail for its depth.
    #[inline]
    pub(crate) fn library_iterator_step(&mut self, ra: usize, wanted: u32) -> Option<bool> {
        let results = ra + 3..ra + 3 + wanted as usize;
        if self.hooks_active
            || wanted == 0
            || results.end > self.stack.len()
            || self.frames.len() >= self.frame_limit
            || self.native_depth + 1 >= crate::state::MAX_NATIVE_DEPTH
        {
            return None;
        }
        let (Value::Function(f), Value::Table(t), control) =
            (self.stack[ra], self.stack[ra + 1], self.stack[ra + 2])
        else {
            return None;
        };
        let Function::Native(native) = &self.heap.functions[f] else {
            return None;
        };
        let table = &self.heap.tables[t];
        let step = if std::ptr::fn_addr_eq(native.func, ipairs_iterator as NativeFn) {
            let Value::Number(control) = control else {
                return None;
            };
            let i = lua_int(control) + 1;
            let v = table.get_int(i);
            (!v.is_nil()).then_some((Value::Number(i as f64), v))
        } else if std::ptr::fn_addr_eq(native.func, next as NativeFn) {
            table.next(control).ok()?
        } else {
            return None;
        };
        let slots = &mut self.stack[results];
        slots.fill(Value::Nil);
        let Some((key, value)) = step else {
            return Some(false);
        };
        if let Some(first) = slots.first_mut() {
            *first = key;
        }
        if let Some(second) = slots.get_mut(1) {
            *second = value;
        }
        self.stack[ra + 2] = key;
        Some(true)
    }
}

fn ipairs_iterator(vm: &mut Vm) -> LuaResult<usize> {
    let i = vm.check_int(2)? + 1;
    let t = vm.check_table(1)?;
    let v = vm.heap.tables[t].get_int(i);
    if v.is_nil() {
        return Ok(0);
    }
    vm.push(Value::Number(i as f64));
    vm.push(v);
    Ok(2)
}

fn select(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.arg_count() as i64;
    if let Value::String(s) = vm.arg(1) {
        if vm.heap.str_bytes(s).first() == Some(&b'#') {
            vm.push(Value::Number((n - 1) as f64));
            return Ok(1);
        }
    }
    let mut i = vm.check_int(1)?;
    if i < 0 {
        i += n;
    } else if i > n {
        i = n;
    }
    if i < 1 {
        return Err(vm.arg_error(1, "index out of range"));
    }
    Ok((n - i) as usize)
}

fn unpack(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let first = vm.opt_int(2, 1)?;
    let last = match vm.arg(3) {
        Value::Nil => vm.heap.tables[t].border() as i64,
        _ => vm.check_int(3)?,
    };
    if first > last {
        return Ok(0);
    }
    let n = last - first + 1;
    if n <= 0 || n as usize + vm.arg_count() > MAX_RESULTS {
        return Err(vm.native_error(b"too many results to unpack"));
    }
    for i in first..=last {
        let v = vm.heap.tables[t].get_int(i);
        vm.push(v);
    }
    Ok(n as usize)
}

fn rawequal(vm: &mut Vm) -> LuaResult<usize> {
    let a = vm.check_any(1)?;
    let b = vm.check_any(2)?;
    vm.push(Value::Boolean(a == b));
    Ok(1)
}

fn rawget(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let k = vm.check_any(2)?;
    let v = vm.heap.tables[t].get(k);
    vm.push(v);
    Ok(1)
}

fn rawset(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let k = vm.check_any(2)?;
    let v = vm.check_any(3)?;
    vm.raw_set(t, k, v)?;
    vm.push(Value::Table(t));
    Ok(1)
}

fn setmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let mt = match vm.arg(2) {
        Value::Nil if vm.arg_count() >= 2 => None,
        Value::Table(mt) => Some(mt),
        _ => return Err(vm.arg_error(2, "nil or table expected")),
    };
    // One look at the table for both checks; only a table with a metatable can be protected
    // (5.1 asks `luaL_getmetafield`).
    let table = &vm.heap.tables[t];
    let (old, readonly) = (table.metatable, table.readonly);
    if let Some(old) = old {
        if !vm.get_field(old, "__metatable").is_nil() {
            return Err(vm.native_error(b"cannot change a protected metatable"));
        }
    }
    if readonly {
        return Err(vm.readonly_error());
    }
    vm.heap.tables[t].metatable = mt;
    vm.push(Value::Table(t));
    Ok(1)
}

fn getmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    match vm.metatable(v) {
        None => vm.push(Value::Nil),
        Some(mt) => {
            let protected = vm.get_field(mt, "__metatable");
            vm.push(if protected.is_nil() {
                Value::Table(mt)
            } else {
                protected
            });
        }
    }
    Ok(1)
}

fn assert(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    if !v.is_truthy() {
        // 5.1 formats the message with `luaL_error(L, "%s", msg)`: it stops at a `\0`.
        let msg = match vm.opt_string(2)? {
            Some(s) => {
                let bytes = vm.heap.str_bytes(s);
                bytes
                    .split(|&byte| byte == 0)
                    .next()
                    .unwrap_or_default()
                    .to_vec()
            }
            None => b"assertion failed!".to_vec(),
        };
        return Err(vm.native_error(&msg));
    }
    Ok(vm.arg_count())
}

fn error(vm: &mut Vm) -> LuaResult<usize> {
    let level = vm.opt_int(2, 1)?;
    let v = vm.arg(1);
    let is_string = matches!(v, Value::String(_) | Value::Number(_));
    if is_string && level > 0 {
        let mut msg = vm.where_prefix(level as usize);
        let s = vm.check_string(1)?;
        msg.extend_from_slice(vm.heap.str_bytes(s));
        return Err(LuaError::Runtime(vm.new_string(&msg)));
    }
    Err(LuaError::Runtime(v))
}

fn pcall(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_any(1)?;
    let func = vm.top() - vm.arg_count();
    let frames = vm.frames.len();
    let depth = vm.native_depth;
    let outer_handler = vm.error_handler.take();
    let result = vm.call(func, MULTIPLE_RESULTS);
    vm.error_handler = outer_handler;
    match result {
        Ok(()) => {
            vm.stack.insert(func, Value::Boolean(true));
            Ok(vm.top() - func)
        }
        Err(e) => {
            let v = vm.catchable_error_value(e)?;
            vm.unwind_to(frames, func, depth);
            vm.push(Value::Boolean(false));
            vm.push(v);
            Ok(2)
        }
    }
}

fn xpcall(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_any(2)?;
    let handler = vm.arg(2);
    let f = vm.arg(1);
    // The handler stays in argument slot 2 (reachable for the collector while `f` runs);
    // `f` is called from slot 3.
    vm.set_arg_count(2);
    let func = vm.top();
    vm.push(f);
    let frames = vm.frames.len();
    let depth = vm.native_depth;
    let outer_handler = vm.error_handler.replace(handler);
    let result = vm.call(func, MULTIPLE_RESULTS);
    vm.error_handler = outer_handler;
    match result {
        Ok(()) => {
            vm.stack.insert(func, Value::Boolean(true));
            Ok(vm.top() - func)
        }
        Err(LuaError::Memory) => {
            vm.unwind_to(frames, func, depth);
            vm.push(Value::Boolean(false));
            vm.push_bytes(b"not enough memory");
            Ok(2)
        }
        Err(e) => {
            let v = vm.catchable_error_value(e)?;
            // The handler runs before unwinding, so it can inspect the failed frames.
            // 5.1 only calls a function handler; anything else is an error in error handling
            // (a table with `__call` too).
            let handled = match handler {
                Value::Function(_) => vm.call_value(handler, &[v], 1),
                _ => Err(LuaError::Runtime(Value::Nil)),
            };
            let handled = match handled {
                Ok(r) => r[0],
                Err(LuaError::Runtime(_)) | Err(LuaError::Memory) => {
                    vm.new_string(b"error in error handling")
                }
                Err(fatal) => return Err(fatal),
            };
            vm.unwind_to(frames, func, depth);
            vm.push(Value::Boolean(false));
            vm.push(handled);
            Ok(2)
        }
    }
}

impl Vm {
    /// The value `pcall` reports for a caught error; errors `pcall` cannot catch go on.
    pub(crate) fn catchable_error_value(&mut self, e: LuaError) -> LuaResult<Value> {
        match e {
            LuaError::Runtime(v) => Ok(v),
            LuaError::Memory => Ok(self.new_string(b"not enough memory")),
            fatal => Err(fatal),
        }
    }
}

fn loadstring(vm: &mut Vm) -> LuaResult<usize> {
    let source = vm.check_bytes(1)?;
    let name = match vm.opt_string(2)? {
        Some(s) => vm.heap.str_bytes(s).to_vec(),
        None => source.clone(),
    };
    load_result(vm, &source, &name)
}

fn load(vm: &mut Vm) -> LuaResult<usize> {
    // 5.1 reads the chunk name before it checks the reader.
    let name = match vm.opt_string(2)? {
        Some(s) => vm.heap.str_bytes(s).to_vec(),
        None => b"=(load)".to_vec(),
    };
    let reader = vm.check_function(1)?;
    let depth = vm.native_depth;
    let binary = vm.binary_chunks;
    let memory = vm
        .memory_limit()
        .map(|limit| limit.saturating_sub(vm.memory_in_use()));
    // Why the reader stopped early: a message for `load` to return, or an error no script
    // may catch.
    let mut stopped: Option<LuaResult<Value>> = None;
    let compiled = {
        let mut next = || -> Option<Vec<u8>> {
            if stopped.is_some() {
                return None;
            }
            let piece = match vm.try_call_while_parsing(reader, &[], 1) {
                Err(fatal) => {
                    stopped = Some(Err(fatal));
                    return None;
                }
                // lua_load catches the reader's errors and returns them as a load failure.
                Ok(Err(msg)) => {
                    stopped = Some(Ok(msg));
                    return None;
                }
                Ok(Ok(results)) => results[0],
            };
            match piece {
                Value::Nil => None,
                Value::String(s) => Some(vm.heap.str_bytes(s).to_vec()),
                Value::Number(x) => {
                    let s = vm.number_to_str(x);
                    Some(vm.heap.str_bytes(s).to_vec())
                }
                _ => {
                    // 5.1 raises it with `luaL_error` (the position of load's caller) under
                    // the message handler.
                    let mut text = vm.where_prefix(1);
                    text.extend_from_slice(b"reader function must return a string");
                    let msg = vm.new_string(&text);
                    stopped = Some(vm.through_error_handler(msg));
                    None
                }
            }
        };
        crate::compiler::compile_pieces(&mut next, &name, depth, binary, memory)
    };
    let failure = match stopped {
        Some(stop) => stop?,
        None => match compiled {
            Ok(loaded) => {
                let f = vm.instantiate_loaded(loaded);
                vm.push(f);
                return Ok(1);
            }
            Err(e) => vm.new_string(&e.message),
        },
    };
    vm.push(Value::Nil);
    vm.push(failure);
    Ok(2)
}

/// Pushes the loaded function, or nil and the message (5.1's `load_aux`).
fn load_result(vm: &mut Vm, source: &[u8], name: &[u8]) -> LuaResult<usize> {
    match vm.load(source, name) {
        Ok(f) => {
            vm.push(f);
            Ok(1)
        }
        Err(msg) => {
            vm.push(Value::Nil);
            vm.push_bytes(&msg);
            Ok(2)
        }
    }
}

/// The function `getfenv`/`setfenv` designate by a function or a stack level; `None` for
/// level 0 (the thread's environment).
fn designated_function(vm: &mut Vm, default_level: Option<i64>) -> LuaResult<Option<Value>> {
    if let f @ Value::Function(_) = vm.arg(1) {
        return Ok(Some(f));
    }
    let level = match default_level {
        Some(d) => vm.opt_int(1, d)?,
        None => vm.check_int(1)?,
    };
    if level < 0 {
        return Err(vm.arg_error(1, "level must be non-negative"));
    }
    if level == 0 {
        return Ok(None);
    }
    match vm.frame_at_level(level as usize) {
        StackLevel::Frame(index) => Ok(Some(Value::Function(vm.frames[index].function))),
        StackLevel::TailCall => {
            let msg = format!("no function environment for tail call at level {level}");
            Err(vm.native_error(msg.as_bytes()))
        }
        StackLevel::Beyond => Err(vm.arg_error(1, "invalid level")),
    }
}

fn getfenv(vm: &mut Vm) -> LuaResult<usize> {
    let env = match designated_function(vm, Some(1))? {
        None => vm.globals,
        Some(Value::Function(f)) => vm.heap.functions[f].env(),
        Some(_) => vm.globals,
    };
    vm.push(Value::Table(env));
    Ok(1)
}

fn setfenv(vm: &mut Vm) -> LuaResult<usize> {
    let env = vm.check_table(2)?;
    match designated_function(vm, None)? {
        // Level 0 names `setfenv` itself; only a number that is exactly 0 (not 0.5, which
        // also converts to level 0) asks for the thread's environment.
        None if vm.to_number(vm.arg(1)) == Some(0.0) => {
            vm.globals = env;
            Ok(0)
        }
        None => Err(vm.native_error(b"'setfenv' cannot change environment of given object")),
        Some(Value::Function(f)) => {
            if let Function::Native(_) = vm.heap.functions[f] {
                return Err(vm.native_error(b"'setfenv' cannot change environment of given object"));
            }
            vm.heap.functions[f].set_env(env);
            vm.push(Value::Function(f));
            Ok(1)
        }
        Some(_) => Err(vm.native_error(b"'setfenv' cannot change environment of given object")),
    }
}

const GC_OPTIONS: [&str; 7] = [
    "stop",
    "restart",
    "collect",
    "count",
    "step",
    "setpause",
    "setstepmul",
];

fn collectgarbage(vm: &mut Vm) -> LuaResult<usize> {
    // 5.1 compares the option as a C string (up to its first `\0`) and rejects an unknown
    // one before it reads argument 2.
    let option = match vm.opt_string(1)? {
        Some(s) => {
            let bytes = vm.heap.str_bytes(s);
            let text = bytes.split(|&byte| byte == 0).next().unwrap_or_default();
            String::from_utf8_lossy(text).into_owned()
        }
        None => "collect".to_string(),
    };
    if !GC_OPTIONS.contains(&option.as_str()) {
        let msg = format!("invalid option '{option}'");
        return Err(vm.arg_error(1, &msg));
    }
    let arg = vm.opt_int(2, 0)?;
    let result = match option.as_str() {
        "stop" => {
            vm.gc_stop();
            0.0
        }
        "restart" => {
            vm.gc_restart();
            0.0
        }
        "collect" => {
            vm.collect_garbage()?;
            0.0
        }
        "count" => vm.memory_in_use() as f64 / 1024.0,
        "step" => {
            let finished = vm.gc_step(arg)?;
            vm.push(Value::Boolean(finished));
            return Ok(1);
        }
        "setpause" => vm.gc_set_pause(arg) as f64,
        "setstepmul" => vm.gc_set_step_multiplier(arg) as f64,
        _ => {
            let msg = format!("invalid option '{option}'");
            return Err(vm.arg_error(1, &msg));
        }
    };
    vm.push(Value::Number(result));
    Ok(1)
}

fn gcinfo(vm: &mut Vm) -> LuaResult<usize> {
    let kb = (vm.memory_in_use() / 1024) as f64;
    vm.push(Value::Number(kb));
    Ok(1)
}

fn newproxy(vm: &mut Vm) -> LuaResult<usize> {
    let Value::Table(proxy_metatables) = vm.native_upvalue(0) else {
        return Err(vm.native_error(b"newproxy lost its table of metatables"));
    };
    let metatable = match vm.arg(1) {
        Value::Nil | Value::Boolean(false) => None,
        Value::Boolean(true) => {
            let mt = vm.heap.new_table(0, 0);
            vm.raw_set(proxy_metatables, Value::Table(mt), Value::Boolean(true))?;
            Some(mt)
        }
        other => {
            let valid = vm.metatable(other).filter(|&mt| {
                !matches!(
                    vm.heap.tables[proxy_metatables].get(Value::Table(mt)),
                    Value::Nil | Value::Boolean(false)
                )
            });
            match valid {
                Some(mt) => Some(mt),
                None => return Err(vm.arg_error(1, "boolean or proxy expected")),
            }
        }
    };
    let env = vm.globals;
    let u = vm.heap.new_userdata(UserData {
        metatable,
        env,
        host: None,
    });
    vm.push(Value::UserData(u));
    Ok(1)
}
