//! The `redis` profile of the reference: PUC-Rio Lua 5.1 with Redis 7.0's script environment
//! (the `redis` table, `KEYS`/`ARGV`, Redis's `pcall` and `math.random`, the read-only
//! globals, no bytecode) and Redis's `EVAL`: the body compiled as `@user_script`, run under
//! Redis's error handler, its result turned into the reply Redis sends a RESP2 client, errors
//! worded as Redis words them.
//!
//! The conversions between Lua values and replies are this crate's own (the Ferrous VM has its
//! own), so each is checked against real Redis. Read-only tables (globals, `redis`, `string`,
//! `table`, `math`, `coroutine`) are empty proxies over the real ones, so that writes to
//! existing keys fail as in Redis; the proxy of the globals becomes the globals table of the
//! thread running the script. Not modelled here: `cjson`, `cmsgpack`, `bit` and `struct` (not
//! in PUC Lua; cases needing them run against real Redis only), and raw writes by C library
//! functions (`table.insert(string, x)`), which Redis refuses inside Lua's core.

use crate::limits::{self, AllocationWatch, LimitHit};
use ferrous_redis_model::{CallKind, Reply, Server};
use mlua::{ffi, Function, Lua, LuaOptions, StdLib, Table, Value};
use sha1::{Digest, Sha1};
use std::cell::{Cell, RefCell};
use std::os::raw::c_char;

/// The version this environment reproduces (`redis.REDIS_VERSION`).
pub const REDIS_VERSION: &str = "7.0.15";
const REDIS_VERSION_NUM: i64 = 0x07_00_0f;

/// Name of the environment's own chunk; its frames stand for Redis's C functions.
const SANDBOX_CHUNK: &str = "=[redis environment]";
const SANDBOX_SOURCE: &str = include_str!("redis_sandbox.lua");

/// Tables nested deeper than this in a script's result are replied as the error
/// `ERR reached lua stack limit`, as Redis 7.0 does when converting them exhausts Lua's stack.
const REPLY_DEPTH_LIMIT: usize = 7995;

/// The message of a script stopped by the instruction budget, as Redis words a killed script.
const KILLED_MESSAGE: &str = "ERR Script killed by user with SCRIPT KILL...";

/// What one `EVAL` runs.
#[derive(Debug, Clone, Copy)]
pub struct RedisScript<'a> {
    pub body: &'a [u8],
    pub keys: &'a [Vec<u8>],
    pub argv: &'a [Vec<u8>],
}

/// Limits of one `EVAL` (see [`crate::RunLimits`]).
pub use crate::run::RunLimits as EvalLimits;

/// SHA-1 of `bytes` in lower-case hex, as `redis.sha1hex` and the script cache name scripts.
pub fn sha1_hex(bytes: &[u8]) -> String {
    Sha1::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Redis's `rand48`, which its `math.random` draws from.
struct Rand48 {
    state: Cell<u64>,
}

impl Rand48 {
    const MASK: u64 = (1 << 48) - 1;

    fn new() -> Rand48 {
        // The generator's state before any seeding (that of POSIX `lrand48`).
        Rand48 {
            state: Cell::new(0x1234_abcd_330e),
        }
    }

    fn seed(&self, seed: i32) {
        let seed = u64::from(seed as u32);
        self.state.set(((seed << 16) | 0x330e) & Self::MASK);
    }

    /// The next number of `math.random()` without arguments, in `[0, 1)`.
    fn next_unit(&self) -> f64 {
        let next = (self
            .state
            .get()
            .wrapping_mul(0x5_deec_e66d)
            .wrapping_add(0xb))
            & Self::MASK;
        self.state.set(next);
        let drawn = next >> 17;
        let max = u64::from(i32::MAX as u32);
        (drawn % max) as f64 / max as f64
    }
}

/// Runs one script as `EVAL` and returns Redis's reply to it.
pub fn eval(script: &RedisScript<'_>, limits: &EvalLimits, server: &mut dyn Server) -> Reply {
    limits::begin(limits.instructions, limits.memory_bytes);
    let libraries = StdLib::STRING | StdLib::TABLE | StdLib::MATH | StdLib::DEBUG;
    // SAFETY: "unsafe" only lets `debug` in, which the error handler needs; the sandbox takes it
    // away from the script. The state does not outlive this call.
    let lua = unsafe { Lua::unsafe_new_with(libraries, LuaOptions::new()) };
    let sha = sha1_hex(script.body);
    let server = RefCell::new(server);
    let resp = Cell::new(2u8);
    let random = Rand48::new();
    let result = lua.scope(|scope| {
        let host = lua.create_table()?;
        host.raw_set("chunk_name", SANDBOX_CHUNK)?;
        host.raw_set("redis_version", REDIS_VERSION)?;
        host.raw_set("redis_version_num", REDIS_VERSION_NUM)?;
        host.raw_set("keys", byte_array(&lua, script.keys)?)?;
        host.raw_set("argv", byte_array(&lua, script.argv)?)?;
        host.raw_set(
            "execute",
            scope.create_function(|lua, (protected, arguments): (bool, Table)| {
                let arguments = arguments
                    .sequence_values::<mlua::String>()
                    .map(|argument| argument.map(|text| text.as_bytes().to_vec()))
                    .collect::<mlua::Result<Vec<_>>>()?;
                let kind = if protected {
                    CallKind::PCall
                } else {
                    CallKind::Call
                };
                let reply = server.borrow_mut().execute(kind, &arguments, resp.get());
                match reply {
                    Reply::Error(message) => Ok((
                        false,
                        Value::String(lua.create_string(trim_error(&message))?),
                    )),
                    other => Ok((true, reply_to_lua(lua, &other, resp.get())?)),
                }
            })?,
        )?;
        host.raw_set(
            "command_exists",
            lua.create_function(|_, arguments: Table| {
                let arguments = arguments
                    .sequence_values::<mlua::String>()
                    .map(|argument| argument.map(|text| text.as_bytes().to_vec()))
                    .collect::<mlua::Result<Vec<_>>>()?;
                Ok(ferrous_redis_model::resolve(&arguments).is_some())
            })?,
        )?;
        host.raw_set(
            "setresp",
            scope.create_function(|_, version: u8| {
                resp.set(version);
                Ok(())
            })?,
        )?;
        host.raw_set(
            "sha1hex",
            lua.create_function(|_, text: mlua::String| Ok(sha1_hex(&text.as_bytes())))?,
        )?;
        host.raw_set(
            "random",
            scope.create_function(|_, ()| Ok(random.next_unit()))?,
        )?;
        host.raw_set("reply_depth_limit", REPLY_DEPTH_LIMIT)?;
        host.raw_set(
            "c_function",
            lua.create_function(|lua, function: Function| c_function(lua, function))?,
        )?;
        host.raw_set(
            "randomseed",
            scope.create_function(|_, seed: f64| {
                random.seed(seed.trunc() as i32);
                Ok(())
            })?,
        )?;
        let (encode_reply, globals): (Function, Table) = lua
            .load(SANDBOX_SOURCE)
            .set_name(SANDBOX_CHUNK)
            .call(host)?;
        lua.set_memory_limit(limits.memory_bytes)?;
        let packed = execute(&lua, script.body, globals);
        lua.set_memory_limit(0)?;
        limits::grant_host_allowance(HOST_READING_ALLOWANCE);
        reply_of(packed?, &sha, &encode_reply)
    });
    result.unwrap_or_else(|error: mlua::Error| {
        Reply::Error(format!("ERR reference engine failure: {error}").into_bytes())
    })
}

/// Instructions the host may spend reading results.
const HOST_READING_ALLOWANCE: u64 = 50_000_000;

fn byte_array(lua: &Lua, items: &[Vec<u8>]) -> mlua::Result<Table> {
    let table = lua.create_table()?;
    for (index, item) in items.iter().enumerate() {
        table.raw_set(index + 1, lua.create_string(item)?)?;
    }
    Ok(table)
}

/// An error reply's text as a script's error table holds it: without trailing line breaks.
fn trim_error(message: &[u8]) -> Vec<u8> {
    let mut text = message.to_vec();
    while text
        .last()
        .is_some_and(|byte| matches!(byte, b'\r' | b'\n'))
    {
        text.pop();
    }
    text
}

/// A reply as Redis hands it to a script (RESP2 or RESP3 rules).
fn reply_to_lua(lua: &Lua, reply: &Reply, resp: u8) -> mlua::Result<Value> {
    let single = |name: &str, value: Value| -> mlua::Result<Value> {
        let table = lua.create_table()?;
        table.raw_set(name, value)?;
        Ok(Value::Table(table))
    };
    Ok(match reply {
        Reply::Nil if resp >= 3 => Value::Nil,
        Reply::Nil => Value::Boolean(false),
        Reply::Integer(n) => Value::Number(*n as f64),
        Reply::Bulk(bytes) => Value::String(lua.create_string(bytes)?),
        Reply::Status(text) => single("ok", Value::String(lua.create_string(text)?))?,
        Reply::Error(text) => single("err", Value::String(lua.create_string(trim_error(text))?))?,
        Reply::Array(items) => {
            let table = lua.create_table()?;
            for (index, item) in items.iter().enumerate() {
                table.raw_set(index + 1, reply_to_lua(lua, item, resp)?)?;
            }
            Value::Table(table)
        }
        Reply::Map(entries) => {
            let map = lua.create_table()?;
            for (key, value) in entries {
                map.raw_set(
                    reply_to_lua(lua, key, resp)?,
                    reply_to_lua(lua, value, resp)?,
                )?;
            }
            single("map", Value::Table(map))?
        }
        Reply::Set(items) => {
            let set = lua.create_table()?;
            for item in items {
                set.raw_set(reply_to_lua(lua, item, resp)?, true)?;
            }
            single("set", Value::Table(set))?
        }
        Reply::Double(value) => single("double", Value::Number(*value))?,
        Reply::Boolean(value) => Value::Boolean(*value),
        Reply::BigNumber(text) => single("big_number", Value::String(lua.create_string(text)?))?,
        Reply::Verbatim { format, text } => {
            let verbatim = lua.create_table()?;
            verbatim.raw_set("format", lua.create_string(format)?)?;
            verbatim.raw_set("string", lua.create_string(text)?)?;
            single("verbatim_string", Value::Table(verbatim))?
        }
    })
}

/// Compiles the body as `@user_script` and calls it with Redis's error handler, budget hook
/// and memory watch in place. Leaves `{ status = <lua status>, [1] = <result or error> }`.
fn execute(lua: &Lua, body: &[u8], globals: Table) -> mlua::Result<Table> {
    // SAFETY: the closure only uses the raw API on the state it is given, keeps `watch` alive
    // and in place while installed, and holds nothing with a destructor across calls that may
    // longjmp. Nothing calls into mlua between `install` and `uninstall`.
    unsafe {
        lua.exec_raw::<Table>(globals, |state| {
            // The sandbox's read-only proxy becomes the globals of the thread running the
            // script: the script's chunk, what it loads and its coroutines all see it.
            ffi::lua_replace(state, ffi::LUA_GLOBALSINDEX);
            limits::install_budget_hook(state);
            let watch = AllocationWatch::of(state);
            watch.install(state);
            let base = ffi::lua_gettop(state);
            ffi::lua_getglobal(state, c"__redis__err__handler".as_ptr());
            let handler = base + 1;
            let mut status = ffi::luaL_loadbuffer(
                state,
                body.as_ptr() as *const c_char,
                body.len(),
                c"@user_script".as_ptr(),
            );
            if status == ffi::LUA_OK {
                status = ffi::lua_pcall(state, 0, 1, handler);
            }
            watch.uninstall(state);
            // Stack: handler, result. Pack the result with the status.
            ffi::lua_createtable(state, 1, 1);
            ffi::lua_insert(state, -2);
            ffi::lua_rawseti(state, -2, 1);
            ffi::lua_pushinteger(state, ffi::lua_Integer::from(status));
            ffi::lua_setfield(state, -2, c"status".as_ptr());
            ffi::lua_replace(state, handler);
            ffi::lua_settop(state, handler);
        })
    }
}

/// Redis's reply to the run packed by [`execute`].
fn reply_of(packed: Table, sha: &str, encode_reply: &Function) -> mlua::Result<Reply> {
    let status: i32 = packed.raw_get("status").unwrap_or(ffi::LUA_ERRRUN);
    let value: Value = packed.raw_get(1).unwrap_or(Value::Nil);
    match limits::limit_hit() {
        Some(LimitHit::Memory) => return Ok(Reply::Error(b"ERR not enough memory".to_vec())),
        Some(LimitHit::Instructions) => return Ok(error_reply(&value, sha, Some(KILLED_MESSAGE))),
        None => {}
    }
    Ok(match status {
        ffi::LUA_OK => {
            let (flat, count): (Table, usize) = encode_reply.call(value)?;
            decode_reply(&flat, count)?
        }
        ffi::LUA_ERRSYNTAX => {
            let message = match &value {
                Value::String(text) => text.as_bytes().to_vec(),
                _ => b"(no message)".to_vec(),
            };
            let mut reply = b"ERR Error compiling script (new function): ".to_vec();
            reply.extend(up_to_nul(message));
            Reply::Error(on_one_line(reply))
        }
        ffi::LUA_ERRMEM => Reply::Error(b"ERR not enough memory".to_vec()),
        _ => error_reply(&value, sha, None),
    })
}

/// The part of `text` before its first NUL: Redis reads error and status texts as C strings.
fn up_to_nul(mut text: Vec<u8>) -> Vec<u8> {
    if let Some(end) = text.iter().position(|&byte| byte == 0) {
        text.truncate(end);
    }
    text
}

/// Redis's line-break replacement in error replies.
fn on_one_line(mut text: Vec<u8>) -> Vec<u8> {
    for byte in &mut text {
        if matches!(*byte, b'\r' | b'\n') {
            *byte = b' ';
        }
    }
    text
}

fn text_of(value: &Value) -> Option<Vec<u8>> {
    match value {
        Value::String(text) => Some(text.as_bytes().to_vec()),
        Value::Integer(n) => Some(n.to_string().into_bytes()),
        Value::Number(n) => Some(lua_number_text(*n).into_bytes()),
        _ => None,
    }
}

/// `%.14g`, as Lua 5.1 turns a number into text.
fn lua_number_text(n: f64) -> String {
    if n == n.trunc() && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// The reply to a script that raised an error, from the table Redis's handler made of it:
/// `<err> script: <sha>, on <source>:<line>.` (the position part only when known; Redis reads
/// each part as a C string, up to its first NUL).
fn error_reply(value: &Value, sha: &str, replace_message: Option<&str>) -> Reply {
    let Value::Table(table) = value else {
        let message = text_of(value).unwrap_or_else(|| b"execution failure".to_vec());
        let mut reply = format!("ERR Error running script {sha}, ").into_bytes();
        reply.extend(up_to_nul(message).into_iter().take(100));
        return Reply::Error(on_one_line(reply));
    };
    let field = |name: &str| {
        table
            .raw_get::<Value>(name)
            .ok()
            .as_ref()
            .and_then(text_of)
            .map(up_to_nul)
    };
    let message = match replace_message {
        Some(text) => text.as_bytes().to_vec(),
        // Redis 7.0.15 crashes on an error table without a string `err`; say so instead.
        None => field("err").unwrap_or_else(|| {
            b"ERR error table without an err field (Redis 7.0.15 crashes here)".to_vec()
        }),
    };
    let mut reply = message;
    if let (Some(source), Some(line)) = (field("source"), field("line")) {
        reply.extend_from_slice(format!(" script: {sha}, on ").as_bytes());
        reply.extend_from_slice(&source);
        reply.push(b':');
        reply.extend_from_slice(&line);
        reply.push(b'.');
    }
    Reply::Error(on_one_line(reply))
}

/// Rebuilds the reply from the sandbox's flat `(kind, payload)` list (see `encode_reply` in
/// the sandbox), with an explicit stack so nesting depth costs no Rust stack.
fn decode_reply(flat: &Table, count: usize) -> mlua::Result<Reply> {
    // Containers being filled: (kind, expected items, items so far).
    let mut open: Vec<(&'static str, usize, Vec<Reply>)> = Vec::new();
    let mut index = 1;
    while index < count {
        let kind: mlua::String = flat.raw_get(index)?;
        let payload: Value = flat.raw_get(index + 1)?;
        index += 2;
        let bytes = || match &payload {
            Value::String(text) => text.as_bytes().to_vec(),
            _ => Vec::new(),
        };
        let number = || match payload {
            Value::Integer(n) => n as f64,
            Value::Number(n) => n,
            _ => 0.0,
        };
        let mut value = match &*kind.to_str()? {
            "bulk" => Reply::Bulk(bytes()),
            "integer" => Reply::Integer(x86_64_integer(number())),
            // Redis formats a returned error table's text as an error reply: trailing line
            // breaks dropped, the others made spaces.
            "error" => Reply::Error(on_one_line(trim_error(&up_to_nul(bytes())))),
            "status" => Reply::Status(on_one_line(up_to_nul(bytes()))),
            "double" => Reply::Double(number()),
            "big_number" => Reply::BigNumber(bytes()),
            container @ ("array" | "map" | "set") => {
                let container = match container {
                    "map" => "map",
                    "set" => "set",
                    _ => "array",
                };
                let wanted = number() as usize * if container == "map" { 2 } else { 1 };
                if wanted > 0 {
                    open.push((container, wanted, Vec::new()));
                    continue;
                }
                finished_container(container, Vec::new())
            }
            _ => Reply::Nil,
        };
        // Hand the value up through every container it completes.
        loop {
            match open.last_mut() {
                None => return Ok(value),
                Some((container, wanted, items)) => {
                    items.push(value);
                    if items.len() < *wanted {
                        break;
                    }
                    let container = *container;
                    let items = open.pop().map(|(_, _, items)| items).unwrap_or_default();
                    value = finished_container(container, items);
                }
            }
        }
    }
    Ok(Reply::Nil)
}

/// Redis's `(long long)` cast of a Lua number as x86-64 does it (`cvttsd2si`): toward zero,
/// and the "integer indefinite" value `i64::MIN` for NaN and for anything outside the `i64`
/// range (Rust's `as` would saturate instead).
fn x86_64_integer(number: f64) -> i64 {
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    let truncated = number.trunc();
    if (-TWO_POW_63..TWO_POW_63).contains(&truncated) {
        truncated as i64
    } else {
        i64::MIN
    }
}

fn finished_container(kind: &str, items: Vec<Reply>) -> Reply {
    match kind {
        "map" => {
            let mut entries = Vec::with_capacity(items.len() / 2);
            let mut items = items.into_iter();
            while let (Some(key), Some(value)) = (items.next(), items.next()) {
                entries.push((key, value));
            }
            Reply::Map(entries)
        }
        "set" => Reply::Set(items),
        _ => Reply::Array(items),
    }
}

/// Wraps `function` in a C closure that calls it, so that Lua sees a C function (see the
/// sandbox's header).
fn c_function(lua: &Lua, function: Function) -> mlua::Result<Function> {
    // SAFETY: pushes one C closure over the function given on the stack; `call_upvalue`
    // follows the Lua C function protocol.
    unsafe {
        lua.exec_raw::<Function>(function, |state| {
            ffi::lua_pushcclosure(state, call_upvalue, 1);
        })
    }
}

/// Calls the closure's upvalue with every argument and returns all its results. Errors pass
/// through (Lua's longjmp), so nothing here may own anything with a destructor.
unsafe extern "C-unwind" fn call_upvalue(state: *mut ffi::lua_State) -> std::os::raw::c_int {
    let arguments = ffi::lua_gettop(state);
    ffi::lua_pushvalue(state, ffi::lua_upvalueindex(1));
    ffi::lua_insert(state, 1);
    ffi::lua_call(state, arguments, ffi::LUA_MULTRET);
    ffi::lua_gettop(state)
}
