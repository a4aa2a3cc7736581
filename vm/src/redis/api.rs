//! The `redis` table scripts see (script_lua.c's `luaRegisterRedisAPI` plus the debugger
//! stubs of eval.c), and Redis's replacements for `math.random` and `math.randomseed`.
//!
//! Errors these functions raise are tables `{err = "ERR ..."}`, as Redis raises them, so
//! that the reply to the client carries the text without a `user_script:N:` prefix.

use ferrous_redis_model::{CallKind, Reply};

use super::context::{with_run, LogEntry};
use super::conversion::{
    command_arguments, error_table_text, field_text, push_error_table, reply_to_lua,
};
use crate::args::lua_int;
use crate::error::{LuaError, LuaResult};
use crate::state::Vm;
use crate::value::Value;

/// The version this API reproduces (`REDIS_VERSION`, `REDIS_VERSION_NUM`).
pub const REDIS_VERSION: &str = "7.0.15";
pub const REDIS_VERSION_NUM: f64 = 0x07_00_0f as f64;

/// `redis.log` levels (`LL_DEBUG`..`LL_WARNING`).
const LOG_LEVELS: [(&str, f64); 4] = [
    ("LOG_DEBUG", 0.0),
    ("LOG_VERBOSE", 1.0),
    ("LOG_NOTICE", 2.0),
    ("LOG_WARNING", 3.0),
];

/// Replication flags for `redis.set_repl` (`PROPAGATE_AOF`, `PROPAGATE_REPL`).
const REPL_AOF: i64 = 1;
const REPL_REPLICA: i64 = 2;

/// Builds the `redis` table and installs it as a global.
pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 32);
    vm.register(
        t,
        &[
            ("call", call),
            ("pcall", pcall),
            ("log", log),
            ("setresp", setresp),
            ("sha1hex", sha1hex),
            ("error_reply", error_reply),
            ("status_reply", status_reply),
            ("set_repl", set_repl),
            ("acl_check_cmd", acl_check_cmd),
            ("breakpoint", breakpoint),
            ("debug", debug),
            ("replicate_commands", replicate_commands),
        ],
    );
    for (name, level) in LOG_LEVELS {
        vm.set_field(t, name, Value::Number(level));
    }
    let version = vm.intern(REDIS_VERSION.as_bytes());
    vm.set_field(t, "REDIS_VERSION", version);
    vm.set_field(t, "REDIS_VERSION_NUM", Value::Number(REDIS_VERSION_NUM));
    let repl = [
        ("REPL_NONE", 0),
        ("REPL_AOF", REPL_AOF),
        ("REPL_SLAVE", REPL_REPLICA),
        ("REPL_REPLICA", REPL_REPLICA),
        ("REPL_ALL", REPL_AOF | REPL_REPLICA),
    ];
    for (name, flags) in repl {
        vm.set_field(t, name, Value::Number(flags as f64));
    }
    let g = vm.globals;
    vm.set_field(g, "redis", Value::Table(t));
}

/// Replaces `math.random` and `math.randomseed` with Redis's generator.
pub fn replace_math_random(vm: &mut Vm) {
    if let Value::Table(math) = vm.get_field(vm.globals, "math") {
        vm.register(math, &[("random", random), ("randomseed", randomseed)]);
    }
}

/// An error as Redis raises it from its API: a table `{err = "ERR <msg>"}`.
fn api_error(vm: &mut Vm, msg: &str) -> LuaError {
    let text = error_table_text(msg.as_bytes());
    LuaError::Runtime(push_error_table(vm, &text, false))
}

fn not_in_script(vm: &mut Vm, what: &str) -> LuaError {
    api_error(
        vm,
        &format!("{what} can only be called inside a script invocation"),
    )
}

fn call(vm: &mut Vm) -> LuaResult<usize> {
    run_command(vm, CallKind::Call)
}

fn pcall(vm: &mut Vm) -> LuaResult<usize> {
    run_command(vm, CallKind::PCall)
}

/// `redis.call` / `redis.pcall` (`luaRedisGenericCommand`).
fn run_command(vm: &mut Vm, kind: CallKind) -> LuaResult<usize> {
    if with_run(|_| ()).is_none() {
        return Err(not_in_script(vm, "redis.call/pcall"));
    }
    let count = vm.arg_count();
    let refusal = if count == 0 {
        Some("Please specify at least one argument for this redis lib call")
    } else {
        None
    };
    let args = match refusal {
        Some(msg) => Err(msg),
        None => command_arguments(vm, 1, count)
            .ok_or("Lua redis lib command arguments must be strings or integers"),
    };
    let args = match args {
        Ok(args) => args,
        Err(msg) => {
            let text = error_table_text(msg.as_bytes());
            let err = push_error_table(vm, &text, false);
            return match kind {
                CallKind::Call => Err(LuaError::Runtime(err)),
                CallKind::PCall => {
                    vm.push(err);
                    Ok(1)
                }
            };
        }
    };
    let outcome = with_run(|run| (run.server.execute(kind, &args, run.resp), run.resp));
    let Some((reply, resp)) = outcome else {
        return Err(not_in_script(vm, "redis.call/pcall"));
    };
    let value = reply_to_lua(vm, &reply, resp);
    if kind == CallKind::Call && matches!(reply, Reply::Error(_)) {
        return Err(LuaError::Runtime(value));
    }
    vm.push(value);
    Ok(1)
}

/// `redis.sha1hex(s)`: values that are neither strings nor numbers hash as the empty string.
fn sha1hex(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg_count() != 1 {
        return Err(api_error(vm, "wrong number of arguments"));
    }
    let arg = vm.arg(1);
    let bytes = field_text(vm, arg).unwrap_or_default();
    let digest = super::sha1_hex(&bytes);
    vm.push_bytes(digest.as_bytes());
    Ok(1)
}

/// `redis.error_reply(msg)`: `{err = msg}` with a `-CODE` prefix turned into the code, or
/// `ERR` added. A wrong call returns (does not raise) an error table.
fn error_reply(vm: &mut Vm) -> LuaResult<usize> {
    let Some(msg) = single_string_argument(vm) else {
        return wrong_arguments(vm);
    };
    let mut raw = msg;
    if raw.first() != Some(&b'-') {
        raw.insert(0, b'-');
    }
    let text = error_table_text(&raw);
    let t = push_error_table(vm, &text, false);
    vm.push(t);
    Ok(1)
}

/// `redis.status_reply(msg)`: `{ok = msg}`.
fn status_reply(vm: &mut Vm) -> LuaResult<usize> {
    if single_string_argument(vm).is_none() {
        return wrong_arguments(vm);
    }
    let t = vm.heap.new_table(0, 0);
    let msg = vm.arg(1);
    let key = vm.intern(b"ok");
    vm.raw_set(t, key, msg)?;
    vm.push(Value::Table(t));
    Ok(1)
}

/// The bytes of the only argument when it is a string (numbers do not count here).
fn single_string_argument(vm: &Vm) -> Option<Vec<u8>> {
    if vm.arg_count() != 1 {
        return None;
    }
    vm.string_bytes(vm.arg(1)).map(<[u8]>::to_vec)
}

fn wrong_arguments(vm: &mut Vm) -> LuaResult<usize> {
    let text = error_table_text(b"wrong number or type of arguments");
    let t = push_error_table(vm, &text, false);
    vm.push(t);
    Ok(1)
}

/// `redis.log(level, ...)`: the arguments that are strings or numbers, joined by spaces.
fn log(vm: &mut Vm) -> LuaResult<usize> {
    let count = vm.arg_count();
    if count < 2 {
        return Err(api_error(vm, "redis.log() requires two arguments or more."));
    }
    let Some(level) = vm.to_number(vm.arg(1)) else {
        return Err(api_error(
            vm,
            "First argument must be a number (log level).",
        ));
    };
    let level = lua_int(level);
    if !(0..=3).contains(&level) {
        return Err(api_error(vm, "Invalid debug level."));
    }
    let mut text = Vec::new();
    for i in 2..=count {
        let arg = vm.arg(i);
        if let Some(piece) = field_text(vm, arg) {
            if i != 2 {
                text.push(b' ');
            }
            text.extend_from_slice(&piece);
        }
    }
    let entry = LogEntry {
        level: level as u8,
        text,
    };
    if with_run(|run| run.log.push(entry)).is_none() {
        return Err(not_in_script(vm, "redis.log"));
    }
    Ok(0)
}

/// `redis.setresp(2|3)`: the protocol of the replies the script's commands get.
fn setresp(vm: &mut Vm) -> LuaResult<usize> {
    if with_run(|_| ()).is_none() {
        return Err(not_in_script(vm, "redis.setresp"));
    }
    if vm.arg_count() != 1 {
        return Err(api_error(vm, "redis.setresp() requires one argument."));
    }
    let resp = vm.to_number(vm.arg(1)).map_or(0, lua_int);
    if resp != 2 && resp != 3 {
        return Err(api_error(vm, "RESP version must be 2 or 3."));
    }
    with_run(|run| run.resp = resp as u8);
    Ok(0)
}

/// `redis.set_repl(flags)`: checked as Redis checks it; replication is the server's concern,
/// so valid flags change nothing here.
fn set_repl(vm: &mut Vm) -> LuaResult<usize> {
    if with_run(|_| ()).is_none() {
        return Err(not_in_script(vm, "redis.set_repl"));
    }
    if vm.arg_count() != 1 {
        // Redis's own wording, although one argument is expected.
        return Err(api_error(vm, "redis.set_repl() requires two arguments."));
    }
    let flags = vm.to_number(vm.arg(1)).map_or(0, lua_int);
    if flags & !(REPL_AOF | REPL_REPLICA) != 0 {
        return Err(api_error(
            vm,
            "Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE.",
        ));
    }
    Ok(0)
}

/// `redis.acl_check_cmd(cmd, ...)`: whether the script's user may run the command. Scripts
/// run as the default user, who may run everything, so the answer is true for every command
/// of Redis 7.0.15's table (looked up as `lookupCommand` does, subcommands included).
fn acl_check_cmd(vm: &mut Vm) -> LuaResult<usize> {
    if with_run(|_| ()).is_none() {
        return Err(not_in_script(vm, "redis.acl_check_cmd"));
    }
    let count = vm.arg_count();
    if count == 0 {
        return Err(api_error(
            vm,
            "Please specify at least one argument for this redis lib call",
        ));
    }
    let Some(args) = command_arguments(vm, 1, count) else {
        return Err(api_error(
            vm,
            "Lua redis lib command arguments must be strings or integers",
        ));
    };
    if ferrous_redis_model::resolve(&args).is_none() {
        return Err(api_error(
            vm,
            "Invalid command passed to redis.acl_check_cmd()",
        ));
    }
    vm.push(Value::Boolean(true));
    Ok(1)
}

/// `redis.breakpoint()`: false outside the Lua debugger, which this VM does not provide.
fn breakpoint(vm: &mut Vm) -> LuaResult<usize> {
    vm.push(Value::Boolean(false));
    Ok(1)
}

/// `redis.debug(...)`: does nothing outside the Lua debugger.
fn debug(_vm: &mut Vm) -> LuaResult<usize> {
    Ok(0)
}

/// `redis.replicate_commands()`: always true since Redis 7 (effects replication only).
fn replicate_commands(vm: &mut Vm) -> LuaResult<usize> {
    vm.push(Value::Boolean(true));
    Ok(1)
}

/// Redis's `math.random`: Lua 5.1's algorithm over `redisLrand48`.
fn random(vm: &mut Vm) -> LuaResult<usize> {
    let Some(r) = with_run(|run| run.rng.next_fraction()) else {
        return Err(vm.native_error(b"math.random can only be called inside a script invocation"));
    };
    crate::stdlib::math::push_random_in_range(vm, r)
}

fn randomseed(vm: &mut Vm) -> LuaResult<usize> {
    let seed = vm.check_int(1)?;
    if with_run(|run| run.rng.seed(seed as i32)).is_none() {
        return Err(
            vm.native_error(b"math.randomseed can only be called inside a script invocation")
        );
    }
    Ok(0)
}
