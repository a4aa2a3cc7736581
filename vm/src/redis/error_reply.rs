//! How a script's uncaught error becomes the reply Redis sends.
//!
//! Redis runs every script under an error handler (`__redis__err__handler`) that turns the
//! error into a table `{err = ..., source = ..., line = ...}`: string errors get `ERR `
//! prepended, tables are kept (so `redis.call` errors keep the command's own text), and the
//! position is that of the function that raised the error (its caller when that function is
//! native). The reply is then `<err> script: <sha1>, on <source>:<line>.`.

use ferrous_redis_model::Reply;

use super::conversion::{
    field_text, formatted_error, push_error_table, until_nul, without_line_breaks,
};
use crate::error::{LuaError, LuaResult};
use crate::state::Vm;
use crate::value::Value;

/// The error a killed script ends with (`SCRIPT KILL`).
pub const KILLED: &str = "ERR Script killed by user with SCRIPT KILL...";
/// The error a script ends with when it spends its instruction budget (a Ferrous limit with
/// no Redis counterpart).
pub const BUDGET_SPENT: &str = "ERR Script exceeded its instruction budget";

/// Where an error was raised, as the handler's `debug.getinfo(2, 'Sl')` reports it: the frame
/// just below `above`, or the one below that when the first is native.
fn error_position(vm: &Vm, above: usize) -> Option<(Vec<u8>, i64)> {
    let mut index = above.checked_sub(1)?;
    if !vm.frames[index].is_lua {
        index = index.checked_sub(1)?;
    }
    let frame = &vm.frames[index];
    Some(match frame.proto(&vm.heap) {
        Some(proto) => {
            let line = vm.frame_line(frame).unwrap_or(-1);
            (proto.proto.source.to_vec(), line)
        }
        None => (b"=[C]".to_vec(), -1),
    })
}

/// The handler's work: the error as a table carrying `source` and `line`. `above` is the
/// index of the frame above the one that raised the error. Fails as the handler would (for
/// instance on a readonly error table).
pub fn error_table(vm: &mut Vm, err: Value, above: usize) -> LuaResult<Value> {
    let table = match err {
        Value::Table(_) => err,
        other => {
            let shown = vm.to_display_string(other)?;
            let mut text = b"ERR ".to_vec();
            text.extend_from_slice(vm.string_bytes(shown).unwrap_or_default());
            push_error_table(vm, &text, false)
        }
    };
    if let Some((source, line)) = error_position(vm, above) {
        let key = vm.intern(b"source");
        let value = vm.new_string(&source);
        vm.set_index(table, key, value, None)?;
        let key = vm.intern(b"line");
        vm.set_index(table, key, Value::Number(line as f64), None)?;
    }
    Ok(table)
}

/// The reply for an error that ended a script whose SHA-1 is `sha`. The frames of the failed
/// call must still be in place.
pub fn script_error_reply(vm: &mut Vm, error: LuaError, sha: &str) -> Reply {
    let above = vm.frames.len();
    let err = match error {
        LuaError::Runtime(v) => v,
        LuaError::Memory => return running_error(sha, b"not enough memory"),
        LuaError::Interrupted => push_error_table(vm, KILLED.as_bytes(), false),
        LuaError::Timeout => push_error_table(vm, BUDGET_SPENT.as_bytes(), false),
        LuaError::Yield => vm.new_string(b"attempt to yield from outside a coroutine"),
    };
    match error_table(vm, err, above) {
        Ok(table) => reply_from_error_table(vm, table, sha),
        Err(_) => running_error(sha, b"error in error handling"),
    }
}

/// `Error running script <sha>, <msg>`: what Redis replies when the error object is not a
/// table (the handler did not run or failed).
fn running_error(sha: &str, msg: &[u8]) -> Reply {
    let mut text = format!("ERR Error running script {sha}, ").into_bytes();
    text.extend_from_slice(&msg[..msg.len().min(100)]);
    Reply::Error(formatted_error(text))
}

/// `luaExtractErrorInformation` and the reply built from it.
fn reply_from_error_table(vm: &mut Vm, table: Value, sha: &str) -> Reply {
    let field = |vm: &mut Vm, name: &[u8]| {
        let key = vm.intern(name);
        let v = vm.index_slow(table, key, None).unwrap_or(Value::Nil);
        field_text(vm, v).map(|text| until_nul(&text).to_vec())
    };
    let message = field(vm, b"err");
    let source = field(vm, b"source");
    let line = field(vm, b"line");
    // Redis 7.0.15 dereferences a missing `err` and crashes; say what happened instead.
    let mut text =
        message.unwrap_or_else(|| b"ERR the script's error table has no 'err' string".to_vec());
    if let (Some(source), Some(line)) = (source, line) {
        text.extend_from_slice(format!(" script: {sha}, on ").as_bytes());
        text.extend_from_slice(&source);
        text.push(b':');
        text.extend_from_slice(&line);
        text.push(b'.');
    }
    Reply::Error(without_line_breaks(text))
}
