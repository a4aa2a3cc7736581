//! The debug library (5.1's ldblib.c with the parts of ldebug.c it relies on): stack
//! levels and what they run, local variables and upvalues, metatables and environments of
//! any value, tracebacks, and hooks.
//!
//! Levels count as in 5.1: level 0 is the running native function (e.g. `getinfo`
//! itself), level 1 its caller, and so on; a Lua frame that replaced others by tail calls
//! is followed by one "tail" level per call it replaced.
//!
//! Hooks ride on the execution loop's instruction slices: while any thread has a hook, the
//! VM makes every slice one instruction long, and [`Vm::run_hooks`] runs before each
//! instruction of a Lua function. It sees function entry (call events), a `RETURN` about to
//! run (return and tail-return events), instruction counts and line changes. Calls and
//! returns of native functions never pass through the loop, so they raise no events.

use crate::bytecode::{called_function_name, local_name, OpCode};
use crate::compiler::chunk_id;
use crate::error::LuaResult;
use crate::function::Function;
use crate::state::Vm;
use crate::thread::Frame;
use crate::value::{FnRef, TableRef, ThreadRef, Value};

/// Levels shown before and after the `...` of a long traceback (5.1's LEVELS1, LEVELS2).
const TRACEBACK_HEAD: usize = 12;
const TRACEBACK_TAIL: usize = 10;
/// A traceback line of a level below the stack (`lua_getstack` accepts negative levels).
const TAIL_CALL_LINE: &[u8] = b"\n\t(tail call): ?";

/// Registry key of the table mapping each hooked thread to its hook function.
const HOOK_TABLE: &str = "_HOOKKEY";

const MASK_CALL: u8 = 1;
const MASK_RETURN: u8 = 2;
const MASK_LINE: u8 = 4;
const MASK_COUNT: u8 = 8;

/// A thread's hook settings and what the hook last saw (the function lives in the
/// registry's hook table, so the collector sees it).
#[derive(Clone, Debug, Default)]
pub struct HookState {
    mask: u8,
    /// The count given to `sethook` (reported by `gethook` even when zero).
    count: i64,
    /// Instructions left before the next count event.
    countdown: i64,
    /// True while the hook function runs: hooks do not fire inside hooks.
    running: bool,
    /// The activation and instruction of the previous hook check, to tell entering a
    /// function, jumping back, and moving to a new line apart.
    last: Option<(Activation, usize)>,
}

/// Identifies one activation of a Lua function on a thread's stack.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Activation {
    depth: usize,
    func_slot: usize,
    function: FnRef,
    tail_calls: u32,
}

pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 16);
    vm.register(
        t,
        &[
            ("debug", debug_prompt),
            ("getfenv", getfenv),
            ("gethook", gethook),
            ("getinfo", getinfo),
            ("getlocal", getlocal),
            ("getregistry", getregistry),
            ("getmetatable", getmetatable),
            ("getupvalue", getupvalue),
            ("setfenv", setfenv),
            ("sethook", sethook),
            ("setlocal", setlocal),
            ("setmetatable", setmetatable),
            ("setupvalue", setupvalue),
            ("traceback", traceback),
        ],
    );
    let g = vm.globals;
    vm.set_field(g, "debug", Value::Table(t));
}

/// What a stack level designates.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Level {
    /// The frame at this index of the thread's frames.
    Frame(usize),
    /// A call lost to a tail call: nothing is known about it.
    Tail,
}

/// 5.1's `lua_getstack`: the activation `level` levels below the top of `frames`.
fn stack_level(frames: &[Frame], level: i64) -> Option<Level> {
    if level < 0 {
        return None;
    }
    let mut level = level;
    let mut index = frames.len();
    while level > 0 && index > 0 {
        index -= 1;
        level -= 1;
        if frames[index].is_lua {
            level -= frames[index].tail_calls as i64;
        }
    }
    if level == 0 && index > 0 {
        Some(Level::Frame(index - 1))
    } else if level < 0 {
        Some(Level::Tail)
    } else {
        None
    }
}

/// Number of levels on a stack (frames plus the tail calls they replaced).
fn level_count(frames: &[Frame]) -> usize {
    frames
        .iter()
        .map(|f| 1 + if f.is_lua { f.tail_calls as usize } else { 0 })
        .sum()
}

/// The frames of `thread`, wherever they live (the running thread's are in the `Vm`).
fn thread_frames(vm: &Vm, thread: ThreadRef) -> &[Frame] {
    if thread == vm.current_thread {
        &vm.frames
    } else {
        &vm.heap.threads[thread].frames
    }
}

fn thread_stack(vm: &Vm, thread: ThreadRef) -> &[Value] {
    if thread == vm.current_thread {
        &vm.stack
    } else {
        &vm.heap.threads[thread].stack
    }
}

fn thread_stack_mut(vm: &mut Vm, thread: ThreadRef) -> &mut [Value] {
    if thread == vm.current_thread {
        &mut vm.stack
    } else {
        &mut vm.heap.threads[thread].stack
    }
}

/// 5.1's `getthread`: an optional leading thread argument; returns the thread and how
/// many arguments it took.
fn thread_argument(vm: &Vm) -> (ThreadRef, usize) {
    match vm.arg(1) {
        Value::Thread(t) => (t, 1),
        _ => (vm.current_thread, 0),
    }
}

/// Everything `getinfo` can report about one activation or function.
struct Info {
    source: Vec<u8>,
    short_src: Vec<u8>,
    line_defined: i64,
    last_line_defined: i64,
    what: &'static str,
    current_line: i64,
    upvalues: usize,
    name: Option<(&'static str, Vec<u8>)>,
    function: Option<Value>,
    active_lines: Option<Vec<u32>>,
}

impl Info {
    fn tail_call() -> Info {
        Info {
            source: b"=(tail call)".to_vec(),
            short_src: b"(tail call)".to_vec(),
            line_defined: -1,
            last_line_defined: -1,
            what: "tail",
            current_line: -1,
            upvalues: 0,
            name: None,
            function: None,
            active_lines: None,
        }
    }

    /// What the function value itself tells (no activation: no line, no name).
    fn of_function(vm: &Vm, f: FnRef) -> Info {
        match &vm.heap.functions[f] {
            Function::Native(n) => Info {
                source: b"=[C]".to_vec(),
                short_src: b"[C]".to_vec(),
                line_defined: -1,
                last_line_defined: -1,
                what: "C",
                current_line: -1,
                upvalues: n.upvalues.len(),
                name: None,
                function: Some(Value::Function(f)),
                active_lines: None,
            },
            Function::Lua(l) => {
                let p = &l.proto.proto;
                Info {
                    source: p.source.to_vec(),
                    short_src: chunk_id(&p.source),
                    line_defined: p.line_defined as i64,
                    last_line_defined: p.last_line_defined as i64,
                    what: if p.line_defined == 0 { "main" } else { "Lua" },
                    current_line: -1,
                    upvalues: l.upvalues.len(),
                    name: None,
                    function: Some(Value::Function(f)),
                    active_lines: Some(p.line_info.clone()),
                }
            }
        }
    }

    /// What a stack level tells: the function's information plus the current line and
    /// the name its caller used for it.
    fn of_level(vm: &Vm, frames: &[Frame], level: Level) -> Info {
        let Level::Frame(index) = level else {
            return Info::tail_call();
        };
        let frame = &frames[index];
        let mut info = Info::of_function(vm, frame.function);
        if frame.is_lua {
            info.current_line = vm.frame_line(frame).unwrap_or(-1);
        }
        info.name = calling_name(vm, frames, index);
        info
    }
}

/// 5.1's `getfuncname`: how the Lua caller of frame `index` named the function it called.
fn calling_name(vm: &Vm, frames: &[Frame], index: usize) -> Option<(&'static str, Vec<u8>)> {
    let frame = &frames[index];
    if frame.is_lua && frame.tail_calls > 0 {
        return None;
    }
    let caller = frames.get(index.checked_sub(1)?)?;
    let proto = caller.proto(&vm.heap)?;
    called_function_name(&proto.proto, (caller.pc as usize).saturating_sub(1))
}

fn getinfo(vm: &mut Vm) -> LuaResult<usize> {
    let (thread, skip) = thread_argument(vm);
    let options = match vm.opt_string(skip + 2)? {
        Some(s) => vm.heap.str_bytes(s).to_vec(),
        None => b"flnSu".to_vec(),
    };
    let target = vm.arg(skip + 1);
    let info = match (target, vm.to_number(target)) {
        (Value::Function(f), _) => Info::of_function(vm, f),
        (_, Some(level)) => {
            let frames = thread_frames(vm, thread);
            // 5.1 casts the level to a C int; `lua_getstack` accepts a negative one as the
            // bottom C level, which `lua_getinfo` then describes as a tail call.
            let level = crate::args::lua_int(level);
            match stack_level(frames, level) {
                _ if level < 0 => Info::tail_call(),
                Some(level) => Info::of_level(vm, frames, level),
                None => {
                    vm.push(Value::Nil);
                    return Ok(1);
                }
            }
        }
        _ => return Err(vm.arg_error(skip + 1, "function or level expected")),
    };
    // 5.1 describes a tail call before it looks at the options, so it never rejects them.
    if info.what != "tail"
        && options
            .iter()
            .any(|o| !matches!(o, b'S' | b'l' | b'u' | b'n' | b'L' | b'f'))
    {
        return Err(vm.arg_error(skip + 2, "invalid option"));
    }
    let t = vm.heap.new_table(0, 2);
    if options.contains(&b'S') {
        let source = vm.new_string(&info.source);
        vm.set_field(t, "source", source);
        let short_src = vm.new_string(&info.short_src);
        vm.set_field(t, "short_src", short_src);
        vm.set_field(t, "linedefined", Value::Number(info.line_defined as f64));
        vm.set_field(
            t,
            "lastlinedefined",
            Value::Number(info.last_line_defined as f64),
        );
        let what = vm.new_string(info.what.as_bytes());
        vm.set_field(t, "what", what);
    }
    if options.contains(&b'l') {
        vm.set_field(t, "currentline", Value::Number(info.current_line as f64));
    }
    if options.contains(&b'u') {
        vm.set_field(t, "nups", Value::Number(info.upvalues as f64));
    }
    if options.contains(&b'n') {
        let (namewhat, name) = match &info.name {
            Some((kind, name)) => (*kind, Some(name.clone())),
            // 5.1's `info_tailcall` sets the name to "" rather than leaving it out.
            None if info.what == "tail" => ("", Some(Vec::new())),
            None => ("", None),
        };
        if let Some(name) = name {
            let name = vm.new_string(&name);
            vm.set_field(t, "name", name);
        }
        let namewhat = vm.new_string(namewhat.as_bytes());
        vm.set_field(t, "namewhat", namewhat);
    }
    if options.contains(&b'L') {
        if let Some(lines) = &info.active_lines {
            let active = vm.heap.new_table(0, 0);
            for &line in lines {
                vm.raw_set(active, Value::Number(line as f64), Value::Boolean(true))?;
            }
            vm.set_field(t, "activelines", Value::Table(active));
        }
    }
    if options.contains(&b'f') {
        if let Some(f) = info.function {
            vm.set_field(t, "func", f);
        }
    }
    vm.push(Value::Table(t));
    Ok(1)
}

/// Where local `n` of a level lives and what it is called: 5.1's `findlocal`, with
/// registers beyond the named locals reported as `(*temporary)`.
fn find_local(vm: &Vm, thread: ThreadRef, level: Level, n: i64) -> Option<(Vec<u8>, usize)> {
    let Level::Frame(index) = level else {
        return None;
    };
    let frames = thread_frames(vm, thread);
    let frame = &frames[index];
    if n <= 0 {
        return None;
    }
    let n = n as usize;
    let base = frame.base as usize;
    let slot = base + n - 1;
    if let Some(proto) = frame.proto(&vm.heap) {
        if let Some(name) = local_name(&proto.proto, n, (frame.pc as usize).saturating_sub(1)) {
            return Some((name.to_vec(), slot));
        }
    }
    let limit = match frames.get(index + 1) {
        Some(next) => next.func as usize,
        None => thread_stack(vm, thread).len(),
    };
    (limit.saturating_sub(base) >= n).then(|| (b"(*temporary)".to_vec(), slot))
}

/// The level argument of `getlocal`/`setlocal`, resolved or rejected as 5.1 does.
fn check_level(vm: &mut Vm, thread: ThreadRef, arg: usize) -> LuaResult<Level> {
    let level = vm.check_int(arg)?;
    match stack_level(thread_frames(vm, thread), level) {
        // 5.1's `lua_getstack` accepts a negative level: the bottom C level, whose slots are
        // the host's (this VM's host keeps none there).
        _ if level < 0 => Ok(Level::Tail),
        Some(level) => Ok(level),
        None => Err(vm.arg_error(arg, "level out of range")),
    }
}

fn getlocal(vm: &mut Vm) -> LuaResult<usize> {
    let (thread, skip) = thread_argument(vm);
    let level = check_level(vm, thread, skip + 1)?;
    let n = vm.check_int(skip + 2)?;
    match find_local(vm, thread, level, n) {
        Some((name, slot)) => {
            let value = thread_stack(vm, thread)
                .get(slot)
                .copied()
                .unwrap_or(Value::Nil);
            vm.push_bytes(&name);
            vm.push(value);
            Ok(2)
        }
        None => {
            vm.push(Value::Nil);
            Ok(1)
        }
    }
}

fn setlocal(vm: &mut Vm) -> LuaResult<usize> {
    let (thread, skip) = thread_argument(vm);
    let level = check_level(vm, thread, skip + 1)?;
    let value = vm.check_any(skip + 3)?;
    let n = vm.check_int(skip + 2)?;
    match find_local(vm, thread, level, n) {
        Some((name, slot)) => {
            if let Some(v) = thread_stack_mut(vm, thread).get_mut(slot) {
                *v = value;
            }
            vm.push_bytes(&name);
        }
        None => vm.push(Value::Nil),
    }
    Ok(1)
}

/// The checked arguments of `getupvalue`/`setupvalue`: a Lua function and a valid
/// upvalue number (0-based), or `None` when 5.1 returns nothing.
fn upvalue_argument(vm: &mut Vm) -> LuaResult<Option<(FnRef, usize)>> {
    let n = vm.check_int(2)?;
    let Value::Function(f) = vm.arg(1) else {
        return Err(vm.arg_type_error(1, "function"));
    };
    let Function::Lua(l) = &vm.heap.functions[f] else {
        // Upvalues of native functions are out of Lua's reach.
        return Ok(None);
    };
    let named = l.proto.proto.upvalue_names.len().min(l.upvalues.len());
    if n < 1 || n as usize > named {
        return Ok(None);
    }
    Ok(Some((f, n as usize - 1)))
}

fn upvalue_name_and_ref(vm: &Vm, f: FnRef, index: usize) -> (Vec<u8>, crate::function::UpValRef) {
    match &vm.heap.functions[f] {
        Function::Lua(l) => (
            l.proto.proto.upvalue_names[index].to_vec(),
            l.upvalues[index],
        ),
        Function::Native(_) => unreachable!("checked to be a Lua function"),
    }
}

fn getupvalue(vm: &mut Vm) -> LuaResult<usize> {
    let Some((f, index)) = upvalue_argument(vm)? else {
        return Ok(0);
    };
    let (name, uv) = upvalue_name_and_ref(vm, f, index);
    let value = vm.upvalue_get(uv);
    vm.push_bytes(&name);
    vm.push(value);
    Ok(2)
}

fn setupvalue(vm: &mut Vm) -> LuaResult<usize> {
    let value = vm.check_any(3)?;
    let Some((f, index)) = upvalue_argument(vm)? else {
        return Ok(0);
    };
    let (name, uv) = upvalue_name_and_ref(vm, f, index);
    vm.upvalue_set(uv, value);
    vm.push_bytes(&name);
    Ok(1)
}

fn getregistry(vm: &mut Vm) -> LuaResult<usize> {
    vm.push(Value::Table(vm.registry));
    Ok(1)
}

/// `debug.getmetatable(v)`: the raw metatable of any value, ignoring `__metatable`.
fn getmetatable(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    match vm.metatable(v) {
        Some(mt) => vm.push(Value::Table(mt)),
        None => vm.push(Value::Nil),
    }
    Ok(1)
}

/// `debug.setmetatable(v, mt)`: sets the metatable of a table or userdata, or the one
/// shared by all values of another type.
fn setmetatable(vm: &mut Vm) -> LuaResult<usize> {
    // A missing argument 2 is not nil here: 5.1 checks its type, and "no value" is neither.
    if vm.arg_count() < 2 {
        return Err(vm.arg_error(2, "nil or table expected"));
    }
    let mt = match vm.arg(2) {
        Value::Nil => None,
        Value::Table(t) => Some(t),
        _ => return Err(vm.arg_error(2, "nil or table expected")),
    };
    match vm.arg(1) {
        Value::Table(t) => vm.heap.tables[t].metatable = mt,
        Value::UserData(u) => vm.heap.userdata[u].metatable = mt,
        other => vm.set_type_metatable(other, mt),
    }
    vm.push(Value::Boolean(true));
    Ok(1)
}

/// `debug.getfenv(v)`: the environment of a function or userdata, a thread's globals;
/// other values have none.
fn getfenv(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    let env = match v {
        Value::Function(f) => Value::Table(vm.heap.functions[f].env()),
        Value::UserData(u) => Value::Table(vm.heap.userdata[u].env),
        Value::Thread(t) => Value::Table(vm.thread_globals(t)),
        _ => Value::Nil,
    };
    vm.push(env);
    Ok(1)
}

fn setfenv(vm: &mut Vm) -> LuaResult<usize> {
    let env: TableRef = vm.check_table(2)?;
    let v = vm.arg(1);
    match v {
        Value::Function(f) => vm.heap.functions[f].set_env(env),
        Value::UserData(u) => vm.heap.userdata[u].env = env,
        Value::Thread(t) => vm.set_thread_globals(t, env),
        _ => return Err(vm.native_error(b"'setfenv' cannot change environment of given object")),
    }
    vm.push(v);
    Ok(1)
}

/// 5.1's `db_errorfb`, stack effects included: a numeric level pops the *last* argument
/// (whichever it is), a message that is not a string returns the last argument left, and
/// every argument left is concatenated before the traceback (so extra arguments show up in
/// it, and a nil among them is a concatenation error).
fn traceback(vm: &mut Vm) -> LuaResult<usize> {
    let (thread, skip) = thread_argument(vm);
    let default_level = if thread == vm.current_thread { 1 } else { 0 };
    let mut left: Vec<Value> = (skip + 1..=vm.arg_count()).map(|i| vm.arg(i)).collect();
    let level_arg = vm.arg(skip + 2);
    let level = match (level_arg, vm.to_number(level_arg)) {
        (Value::Number(_) | Value::String(_), Some(n)) => {
            left.pop();
            crate::args::lua_int(n)
        }
        _ => default_level,
    };
    let mut out = Vec::new();
    match left.first() {
        None => {}
        Some(Value::String(_) | Value::Number(_)) => {
            if left
                .iter()
                .any(|value| !matches!(value, Value::String(_) | Value::Number(_)))
            {
                // 5.1 leaves a non-number level on the stack and `lua_concat`s what is above
                // the arguments after each traceback line: the first concatenation meets the
                // extra value (`__concat`, or "attempt to concatenate"), later ones append.
                let text = traceback_text(vm, thread, level);
                let mut chunks = traceback_chunks(&text).into_iter();
                let base = vm.top();
                for value in &left {
                    vm.push(*value);
                }
                let first = chunks.next().unwrap_or_default();
                vm.push_bytes(&[b"\n".as_slice(), &first].concat());
                let mut joined = concat_from(vm, base);
                for chunk in chunks {
                    let acc = joined?;
                    vm.push(acc);
                    vm.push_bytes(&chunk);
                    joined = concat_from(vm, base);
                }
                vm.push(joined?);
                return Ok(1);
            }
            for value in &left {
                match *value {
                    Value::Number(x) => {
                        let text = vm.number_to_str(x);
                        out.extend_from_slice(vm.heap.str_bytes(text));
                    }
                    other => out.extend_from_slice(vm.string_bytes(other).unwrap_or_default()),
                }
            }
            out.push(b'\n');
        }
        // A message that is not a string: the last value left is returned untouched.
        Some(_) => {
            let last = left.last().copied().unwrap_or(Value::Nil);
            vm.push(last);
            return Ok(1);
        }
    }
    if level < 0 {
        // One "(tail call): ?" line per negative level: refuse a text past the memory limit
        // before building it, as 5.1 fails to grow it.
        let tail_lines = level.unsigned_abs() as usize;
        vm.check_string_size(tail_lines.saturating_mul(TAIL_CALL_LINE.len()))?;
    }
    out.extend_from_slice(&traceback_text(vm, thread, level));
    vm.push_bytes(&out);
    Ok(1)
}

/// Concatenates the values from stack index `base` to the top as Lua's `..` does, leaving the
/// stack at `base`.
fn concat_from(vm: &mut Vm, base: usize) -> LuaResult<Value> {
    let last = (vm.top() - base - 1) as u32;
    let joined = vm.concat(base, 0, last);
    vm.stack.truncate(base);
    joined
}

/// A traceback text cut where 5.1's `debug.traceback` concatenates: the header with the first
/// level's line, then one level's line at a time (the "..." of skipped levels goes with the
/// line after it).
fn traceback_chunks(text: &[u8]) -> Vec<Vec<u8>> {
    let mut lines = text.split(|&b| b == b'\n');
    let mut chunks = vec![lines.next().unwrap_or_default().to_vec()];
    let mut pending = Vec::new();
    for (index, line) in lines.enumerate() {
        pending.push(b'\n');
        pending.extend_from_slice(line);
        if line == b"\t..." {
            continue;
        }
        if index == 0 {
            chunks[0].append(&mut pending);
        } else {
            chunks.push(std::mem::take(&mut pending));
        }
    }
    chunks
}

/// `stack traceback:` and one line per level from `level` down, as 5.1's
/// `debug.traceback` writes them (long stacks keep their first 12 and last 10 levels).
pub fn traceback_text(vm: &Vm, thread: ThreadRef, level: i64) -> Vec<u8> {
    let frames = thread_frames(vm, thread);
    let total = level_count(frames) as i64;
    // As `lua_getstack` does, a negative level exists: the bottom C level, shown as a tail
    // call.
    let exists = |level: i64| level < total;
    let mut out = b"stack traceback:".to_vec();
    let mut level = level;
    let mut first_part = true;
    while exists(level) {
        let current = level;
        level += 1;
        if level > TRACEBACK_HEAD as i64 && first_part {
            if !exists(level + TRACEBACK_TAIL as i64) {
                level -= 1;
            } else {
                out.extend_from_slice(b"\n\t...");
                level = total - TRACEBACK_TAIL as i64;
            }
            first_part = false;
            continue;
        }
        let info = if current < 0 {
            Info::tail_call()
        } else {
            let Some(at) = stack_level(frames, current) else {
                break;
            };
            Info::of_level(vm, frames, at)
        };
        out.extend_from_slice(b"\n\t");
        out.extend_from_slice(&info.short_src);
        out.push(b':');
        if info.current_line > 0 {
            out.extend_from_slice(format!("{}:", info.current_line).as_bytes());
        }
        match (&info.name, info.what) {
            (Some((_, name)), _) => {
                out.extend_from_slice(b" in function '");
                out.extend_from_slice(name);
                out.push(b'\'');
            }
            (None, "main") => out.extend_from_slice(b" in main chunk"),
            (None, "C" | "tail") => out.extend_from_slice(b" ?"),
            (None, _) => {
                out.extend_from_slice(b" in function <");
                out.extend_from_slice(&info.short_src);
                out.extend_from_slice(format!(":{}>", info.line_defined).as_bytes());
            }
        }
    }
    out
}

/// `debug.debug()`: runs lines typed on stdin until `cont` or end of input.
fn debug_prompt(vm: &mut Vm) -> LuaResult<usize> {
    use std::io::{BufRead, Write};
    loop {
        let _ = std::io::stderr().write_all(b"lua_debug> ");
        let mut line = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return Ok(0),
            Ok(_) => {}
        }
        if line == b"cont\n" {
            return Ok(0);
        }
        let outcome = match vm.load(&line, b"=(debug command)") {
            Ok(f) => match vm.pcall_value(f, &[]) {
                Ok(_) => None,
                Err(e) => Some(e.value),
            },
            Err(msg) => Some(vm.new_string(&msg)),
        };
        if let Some(err) = outcome {
            let text = match err {
                Value::String(s) => vm.heap.str_bytes(s).to_vec(),
                Value::Number(x) => {
                    let s = vm.number_to_str(x);
                    vm.heap.str_bytes(s).to_vec()
                }
                _ => b"(error object is not a string)".to_vec(),
            };
            let mut err_out = std::io::stderr();
            let _ = err_out.write_all(&text);
            let _ = err_out.write_all(b"\n");
        }
    }
}

fn hook_table(vm: &mut Vm) -> TableRef {
    let registry = vm.registry;
    match vm.get_field(registry, HOOK_TABLE) {
        Value::Table(t) => t,
        _ => {
            let t = vm.heap.new_table(0, 1);
            vm.set_field(registry, HOOK_TABLE, Value::Table(t));
            t
        }
    }
}

fn sethook(vm: &mut Vm) -> LuaResult<usize> {
    let (thread, skip) = thread_argument(vm);
    let (function, mask, count) = if vm.arg(skip + 1).is_nil() {
        (Value::Nil, 0, 0)
    } else {
        let mask_text = vm.check_bytes(skip + 2)?;
        let function = vm.check_function(skip + 1)?;
        let count = vm.opt_int(skip + 3, 0)?;
        let mut mask = 0;
        for (letter, bit) in [(b'c', MASK_CALL), (b'r', MASK_RETURN), (b'l', MASK_LINE)] {
            if mask_text.contains(&letter) {
                mask |= bit;
            }
        }
        if count > 0 {
            mask |= MASK_COUNT;
        }
        (function, mask, count)
    };
    let table = hook_table(vm);
    vm.raw_set(table, Value::Thread(thread), function)?;
    let state = &mut vm.heap.threads[thread].hook;
    // Like `lua_sethook`: without a function, no events are asked for.
    state.mask = if function.is_nil() { 0 } else { mask };
    state.count = count;
    state.countdown = count;
    state.last = None;
    vm.hooks_active = vm.heap.threads.iter().any(|(_, t)| t.hook.mask != 0);
    // Hooks are checked between instruction slices: make the next slice start now.
    vm.end_slice();
    Ok(0)
}

fn gethook(vm: &mut Vm) -> LuaResult<usize> {
    let (thread, _) = thread_argument(vm);
    let table = hook_table(vm);
    let function = vm.heap.tables[table].get(Value::Thread(thread));
    let state = &vm.heap.threads[thread].hook;
    let mut mask = String::new();
    for (letter, bit) in [('c', MASK_CALL), ('r', MASK_RETURN), ('l', MASK_LINE)] {
        if state.mask & bit != 0 {
            mask.push(letter);
        }
    }
    let count = state.count;
    vm.push(function);
    vm.push_bytes(mask.as_bytes());
    vm.push(Value::Number(count as f64));
    Ok(3)
}

/// A hook event, named as the hook function receives it.
#[derive(Clone, Copy)]
enum HookEvent {
    Call,
    Return,
    Line(u32),
    Count,
    TailReturn,
}

impl HookEvent {
    fn name(self) -> &'static [u8] {
        match self {
            HookEvent::Call => b"call",
            HookEvent::Return => b"return",
            HookEvent::Line(_) => b"line",
            HookEvent::Count => b"count",
            HookEvent::TailReturn => b"tail return",
        }
    }
}

impl Vm {
    /// Runs the running thread's hook for the instruction the top Lua frame is about to
    /// execute (its saved `pc`). Called by the VM between instruction slices while hooks
    /// are active; inside a hook it only counts, and it does nothing while a native function
    /// is running.
    pub(crate) fn run_hooks(&mut self) -> LuaResult<()> {
        let thread = self.current_thread;
        let state = &mut self.heap.threads[thread].hook;
        if state.running {
            // 5.1 counts the hook's own instructions too; a count event falling inside the
            // hook is lost (`luaD_callhook` does nothing while hooks are off).
            if state.mask & MASK_COUNT != 0 && self.frames.last().is_some_and(|f| f.is_lua) {
                state.countdown -= 1;
                if state.countdown <= 0 {
                    state.countdown = state.count;
                }
            }
            return Ok(());
        }
        if state.mask == 0 {
            return Ok(());
        }
        let Some(frame) = self.frames.last() else {
            return Ok(());
        };
        let Some(proto) = frame.proto(&self.heap).cloned() else {
            return Ok(());
        };
        let pc = frame.pc as usize;
        let here = Activation {
            depth: self.frames.len(),
            func_slot: frame.func as usize,
            function: frame.function,
            tail_calls: frame.tail_calls,
        };
        let tail_calls = frame.tail_calls;
        let state = &self.heap.threads[thread].hook;
        let entered = !matches!(state.last, Some((activation, _)) if activation == here);
        if state.mask & MASK_CALL != 0 && pc == 0 && entered {
            self.call_hook(thread, HookEvent::Call)?;
        }
        // The call hook may have changed or removed the hook.
        let code = &proto.proto.code;
        let lines = &proto.proto.line_info;
        let state = &mut self.heap.threads[thread].hook;
        let mut events = Vec::new();
        if state.mask & MASK_COUNT != 0 {
            state.countdown -= 1;
            if state.countdown <= 0 {
                state.countdown = state.count;
                events.push(HookEvent::Count);
            }
        }
        if state.mask & MASK_LINE != 0 {
            // The instruction run before this one in this activation: on entering (or
            // coming back from a call) it is the one before `pc`.
            let previous = match state.last {
                Some((activation, last_pc)) if activation == here => Some(last_pc),
                _ => pc.checked_sub(1),
            };
            let line = lines.get(pc).copied().unwrap_or(0);
            let new_line = match previous {
                None => true,
                Some(prev) => pc <= prev || lines.get(prev).copied() != Some(line),
            };
            if pc == 0 || new_line {
                events.push(HookEvent::Line(line));
            }
        }
        if state.mask & MASK_RETURN != 0
            && code.get(pc).and_then(|i| i.opcode()) == Some(OpCode::Return)
        {
            events.push(HookEvent::Return);
            events.extend(std::iter::repeat_n(
                HookEvent::TailReturn,
                tail_calls as usize,
            ));
        }
        state.last = Some((here, pc));
        for event in events {
            self.call_hook(thread, event)?;
        }
        Ok(())
    }

    /// The call (`returning == false`) or return event of the native function whose frame
    /// is on top, when the running thread's hook asks for it.
    pub(crate) fn native_hook(&mut self, returning: bool) -> LuaResult<()> {
        let thread = self.current_thread;
        let state = &self.heap.threads[thread].hook;
        let (mask, event) = if returning {
            (MASK_RETURN, HookEvent::Return)
        } else {
            (MASK_CALL, HookEvent::Call)
        };
        if state.running || state.mask & mask == 0 {
            return Ok(());
        }
        self.call_hook(thread, event)
    }

    fn call_hook(&mut self, thread: ThreadRef, event: HookEvent) -> LuaResult<()> {
        let registry = self.registry;
        let Value::Table(table) = self.get_field(registry, HOOK_TABLE) else {
            return Ok(());
        };
        let function = self.heap.tables[table].get(Value::Thread(thread));
        if !matches!(function, Value::Function(_)) {
            return Ok(());
        }
        let name = self.new_string(event.name());
        let line = match event {
            HookEvent::Line(line) => Value::Number(line as f64),
            _ => Value::Nil,
        };
        // During the hook the frame shows the instruction about to run as its current one.
        let fi = self.frames.len() - 1;
        let pc = self.frames[fi].pc;
        self.frames[fi].pc = pc + 1;
        self.heap.threads[thread].hook.running = true;
        let result = self.call_value(function, &[name, line], 0);
        self.heap.threads[thread].hook.running = false;
        if let Some(frame) = self.frames.get_mut(fi) {
            frame.pc = pc;
        }
        result.map(|_| ())
    }
}
