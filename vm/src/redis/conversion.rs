//! Conversions between Lua values and Redis replies, as Redis 7.0 does them
//! (`luaReplyToRedisReply` and the `redisProtocolToLuaType_*` callbacks of script_lua.c).
//!
//! Lua to reply: strings are bulk strings, numbers are truncated to integers, `true` is 1 and
//! `false` nil under RESP2 (booleans under RESP3), tables with a string `err`/`ok` field are
//! errors/statuses, `double`/`big_number`/`verbatim_string`/`map`/`set` tables are the RESP3
//! kinds, and any other table is an array of its values `1..` up to the first nil.
//!
//! Reply to Lua: nil is `false` under RESP2 (nil under RESP3), statuses are `{ok=...}`, errors
//! `{err=..., ignore_error_stats_update=true}`, and the RESP3 kinds the tables above.

use ferrous_redis_model::Reply;

use crate::args::lua_integer;
use crate::number::{format_float, FloatStyle, PrintfSpec};
use crate::state::Vm;
use crate::value::{TableRef, Value};

/// Lua's C-stack limit (`LUAI_MAXCSTACK`), which bounds how deeply Redis converts nested
/// tables: the value that would need more stack becomes a "reached lua stack limit" error.
const LUA_STACK_LIMIT: usize = 8000;
/// Stack slots Redis makes sure of before converting each value.
const SLOTS_PER_VALUE: usize = 4;
/// Stack slots in use when the script's result is converted (the error handler and the
/// result itself).
const SLOTS_AT_TOP_LEVEL: usize = 2;

/// The `%.17g` text of a number, as Redis formats `redis.call` arguments and RESP2 doubles.
pub fn format_g17(x: f64) -> Vec<u8> {
    let spec = PrintfSpec {
        precision: Some(17),
        ..PrintfSpec::default()
    };
    let mut out = Vec::with_capacity(24);
    format_float(&spec, FloatStyle::General { upper: false }, x, &mut out);
    out
}

/// C-string view of Lua string bytes: Redis copies many texts with `strlen`, which stops at
/// the first zero byte.
pub(crate) fn until_nul(bytes: &[u8]) -> &[u8] {
    match bytes.iter().position(|&b| b == 0) {
        Some(end) => &bytes[..end],
        None => bytes,
    }
}

/// What `addReplyErrorFormat` sends for an error text: line breaks at the end trimmed, the
/// others turned into spaces.
pub(crate) fn formatted_error(mut text: Vec<u8>) -> Vec<u8> {
    while matches!(text.last(), Some(b'\r' | b'\n')) {
        text.pop();
    }
    without_line_breaks(text)
}

/// Redis 7.0.15 (with its CRLF-injection fix) turns line breaks inside error and status
/// replies into spaces.
pub(crate) fn without_line_breaks(mut text: Vec<u8>) -> Vec<u8> {
    for b in text.iter_mut() {
        if *b == b'\r' || *b == b'\n' {
            *b = b' ';
        }
    }
    text
}

/// The text of an error table built from `raw` (`luaPushErrorBuff`): `-CODE msg` keeps its
/// code, anything else gets `ERR`, and line breaks at either end are trimmed.
pub fn error_table_text(raw: &[u8]) -> Vec<u8> {
    let raw = until_nul(raw);
    let (code, msg): (&[u8], &[u8]) = match raw.strip_prefix(b"-") {
        Some(rest) => match rest.iter().position(|&b| b == b' ') {
            Some(space) => (&rest[..space], &rest[space + 1..]),
            None => (b"ERR", rest),
        },
        None => (b"ERR", raw),
    };
    let is_break = |b: &u8| *b == b'\r' || *b == b'\n';
    let start = msg.iter().position(|b| !is_break(b)).unwrap_or(msg.len());
    let end = msg
        .iter()
        .rposition(|b| !is_break(b))
        .map_or(start, |i| i + 1);
    let mut text = code.to_vec();
    text.push(b' ');
    text.extend_from_slice(&msg[start..end]);
    text
}

/// Builds the table `redis.pcall` returns for an error: `{err = text}`, plus
/// `ignore_error_stats_update = true` when the error came from a command.
pub fn push_error_table(vm: &mut Vm, text: &[u8], from_command: bool) -> Value {
    let t = vm.heap.new_table(0, 0);
    let err = vm.new_string(text);
    set_raw(vm, t, "err", err);
    if from_command {
        set_raw(vm, t, "ignore_error_stats_update", Value::Boolean(true));
    }
    Value::Table(t)
}

fn set_raw(vm: &mut Vm, t: TableRef, key: &str, value: Value) {
    let k = vm.intern(key.as_bytes());
    // A fresh table is never readonly and the key is a string, so this cannot fail.
    let _ = vm.raw_set(t, k, value);
}

/// Converts a reply the server sent to a script into the Lua value `redis.call` returns.
/// `resp` is the protocol the script selected: it decides what a nil reply becomes.
pub fn reply_to_lua(vm: &mut Vm, reply: &Reply, resp: u8) -> Value {
    match reply {
        Reply::Nil if resp >= 3 => Value::Nil,
        Reply::Nil => Value::Boolean(false),
        Reply::Integer(n) => Value::Number(*n as f64),
        Reply::Bulk(bytes) => vm.new_string(bytes),
        Reply::Status(text) => single_field_table(vm, "ok", text),
        Reply::Error(text) => {
            let mut raw = b"-".to_vec();
            raw.extend_from_slice(text);
            push_error_table(vm, &error_table_text(&raw), true)
        }
        Reply::Array(items) => {
            let t = vm.heap.new_table(0, 0);
            for (i, item) in items.iter().enumerate() {
                let v = reply_to_lua(vm, item, resp);
                vm.heap.tables[t].set_int(i as i64 + 1, v);
            }
            Value::Table(t)
        }
        Reply::Map(pairs) => {
            let inner = vm.heap.new_table(0, 0);
            for (k, v) in pairs {
                let key = reply_to_lua(vm, k, resp);
                let value = reply_to_lua(vm, v, resp);
                // Redis's `lua_settable` would fail on a nil key; such maps do not occur.
                let _ = vm.raw_set(inner, key, value);
            }
            wrap_table(vm, "map", inner)
        }
        Reply::Set(items) => {
            let inner = vm.heap.new_table(0, 0);
            for item in items {
                let key = reply_to_lua(vm, item, resp);
                let _ = vm.raw_set(inner, key, Value::Boolean(true));
            }
            wrap_table(vm, "set", inner)
        }
        Reply::Double(d) => {
            let t = vm.heap.new_table(0, 0);
            set_raw(vm, t, "double", Value::Number(*d));
            Value::Table(t)
        }
        Reply::Boolean(b) => Value::Boolean(*b),
        Reply::BigNumber(text) => single_field_table(vm, "big_number", text),
        Reply::Verbatim { format, text } => {
            let inner = vm.heap.new_table(0, 0);
            let s = vm.new_string(text);
            set_raw(vm, inner, "string", s);
            let f = vm.new_string(format);
            set_raw(vm, inner, "format", f);
            wrap_table(vm, "verbatim_string", inner)
        }
    }
}

fn single_field_table(vm: &mut Vm, field: &str, text: &[u8]) -> Value {
    let t = vm.heap.new_table(0, 0);
    let s = vm.new_string(text);
    set_raw(vm, t, field, s);
    Value::Table(t)
}

fn wrap_table(vm: &mut Vm, field: &str, inner: TableRef) -> Value {
    let t = vm.heap.new_table(0, 0);
    set_raw(vm, t, field, Value::Table(inner));
    Value::Table(t)
}

/// A table whose conversion is under way.
struct OpenTable {
    table: TableRef,
    /// Stack slots Redis would be using with this table on top.
    slots: usize,
    shape: Shape,
}

enum Shape {
    Array {
        items: Vec<Reply>,
        next_index: i64,
    },
    Map {
        pairs: Vec<(Reply, Reply)>,
        cursor: Value,
        key: Option<Reply>,
        value: Value,
    },
    Set {
        items: Vec<Reply>,
        cursor: Value,
    },
}

/// What converting one value gives: a finished reply, or a table whose elements come next.
enum Start {
    Done(Reply),
    Open(OpenTable),
}

/// Converts a script's result into the reply Redis sends (`luaReplyToRedisReply`).
/// `resp` is the script client's protocol (it decides how booleans are sent) and
/// `client_resp` the caller's (RESP2 callers get the RESP2 form of RESP3 kinds). Nested
/// tables are converted without recursion, and as deep as Redis's Lua stack allows.
pub fn lua_to_reply(vm: &mut Vm, value: Value, resp: u8, client_resp: u8) -> Reply {
    let to_client = |reply: Reply| {
        if client_resp >= 3 {
            reply
        } else {
            for_resp2_client(reply)
        }
    };
    let mut open: Vec<OpenTable> = Vec::new();
    let mut finished = match start(vm, value, SLOTS_AT_TOP_LEVEL, resp) {
        Start::Done(reply) => return to_client(reply),
        Start::Open(table) => {
            open.push(table);
            None
        }
    };
    loop {
        if let Some(reply) = finished.take() {
            match open.last_mut() {
                Some(parent) => accept(parent, reply),
                None => return reply,
            }
        }
        let Some(current) = open.last_mut() else {
            return Reply::Nil;
        };
        match next_child(vm, current) {
            Some((child, slots)) => match start(vm, child, slots, resp) {
                Start::Done(reply) => finished = Some(to_client(reply)),
                Start::Open(table) => open.push(table),
            },
            None => {
                let done = open.pop().map(finish).unwrap_or(Reply::Nil);
                finished = Some(to_client(done));
            }
        }
    }
}

fn start(vm: &mut Vm, value: Value, slots: usize, resp: u8) -> Start {
    if slots + SLOTS_PER_VALUE > LUA_STACK_LIMIT {
        return Start::Done(Reply::Error(b"ERR reached lua stack limit".to_vec()));
    }
    let reply = match value {
        Value::String(s) => Reply::Bulk(vm.heap.str_bytes(s).to_vec()),
        Value::Boolean(b) if resp >= 3 => Reply::Boolean(b),
        Value::Boolean(true) => Reply::Integer(1),
        Value::Boolean(false) => Reply::Nil,
        Value::Number(n) => Reply::Integer(lua_integer(n)),
        Value::Table(t) => return start_table(vm, t, slots),
        Value::Nil | Value::Function(_) | Value::UserData(_) | Value::Thread(_) => Reply::Nil,
    };
    Start::Done(reply)
}

fn raw_field(vm: &mut Vm, t: TableRef, name: &str) -> Value {
    vm.get_field(t, name)
}

fn string_field(vm: &mut Vm, t: TableRef, name: &str) -> Option<Vec<u8>> {
    match raw_field(vm, t, name) {
        Value::String(s) => Some(vm.heap.str_bytes(s).to_vec()),
        _ => None,
    }
}

fn start_table(vm: &mut Vm, t: TableRef, slots: usize) -> Start {
    if let Some(err) = string_field(vm, t, "err") {
        let text = formatted_error(until_nul(&err).to_vec());
        return Start::Done(Reply::Error(text));
    }
    if let Some(ok) = string_field(vm, t, "ok") {
        let text = without_line_breaks(until_nul(&ok).to_vec());
        return Start::Done(Reply::Status(text));
    }
    if let Value::Number(d) = raw_field(vm, t, "double") {
        return Start::Done(Reply::Double(d));
    }
    if let Some(number) = string_field(vm, t, "big_number") {
        return Start::Done(Reply::BigNumber(without_line_breaks(number)));
    }
    if let Value::Table(v) = raw_field(vm, t, "verbatim_string") {
        if let (Some(format), Some(text)) =
            (string_field(vm, v, "format"), string_field(vm, v, "string"))
        {
            // Redis sends three format characters, padding a short format with spaces.
            let mut code = [b' '; 3];
            for (slot, &b) in code.iter_mut().zip(until_nul(&format)) {
                *slot = b;
            }
            return Start::Done(Reply::Verbatim { format: code, text });
        }
    }
    if let Value::Table(map) = raw_field(vm, t, "map") {
        return Start::Open(OpenTable {
            table: map,
            slots,
            shape: Shape::Map {
                pairs: Vec::new(),
                cursor: Value::Nil,
                key: None,
                value: Value::Nil,
            },
        });
    }
    if let Value::Table(set) = raw_field(vm, t, "set") {
        return Start::Open(OpenTable {
            table: set,
            slots,
            shape: Shape::Set {
                items: Vec::new(),
                cursor: Value::Nil,
            },
        });
    }
    Start::Open(OpenTable {
        table: t,
        slots,
        shape: Shape::Array {
            items: Vec::new(),
            next_index: 1,
        },
    })
}

/// The next element to convert, with the stack slots Redis uses while converting it.
fn next_child(vm: &mut Vm, open: &mut OpenTable) -> Option<(Value, usize)> {
    let table = &vm.heap.tables[open.table];
    match &mut open.shape {
        Shape::Array { next_index, .. } => {
            let v = table.get_int(*next_index);
            *next_index += 1;
            (!v.is_nil()).then_some((v, open.slots + 1))
        }
        Shape::Map {
            cursor, key, value, ..
        } => {
            if key.is_some() {
                return Some((*value, open.slots + 3));
            }
            let (k, v) = table.next(*cursor).ok().flatten()?;
            *cursor = k;
            *value = v;
            Some((k, open.slots + 4))
        }
        Shape::Set { cursor, .. } => {
            let (k, _) = table.next(*cursor).ok().flatten()?;
            *cursor = k;
            Some((k, open.slots + 3))
        }
    }
}

fn accept(open: &mut OpenTable, reply: Reply) {
    match &mut open.shape {
        Shape::Array { items, .. } | Shape::Set { items, .. } => items.push(reply),
        Shape::Map { pairs, key, .. } => match key.take() {
            Some(k) => pairs.push((k, reply)),
            None => *key = Some(reply),
        },
    }
}

fn finish(open: OpenTable) -> Reply {
    match open.shape {
        Shape::Array { items, .. } => Reply::Array(items),
        Shape::Map { pairs, .. } => Reply::Map(pairs),
        Shape::Set { items, .. } => Reply::Set(items),
    }
}

/// The reply a RESP2 client receives for `reply`, whose elements are already in RESP2
/// form: maps and sets become flat arrays, doubles and big numbers bulk strings, booleans
/// 1 and 0.
fn for_resp2_client(reply: Reply) -> Reply {
    match reply {
        Reply::Map(pairs) => Reply::Array(pairs.into_iter().flat_map(|(k, v)| [k, v]).collect()),
        Reply::Set(items) => Reply::Array(items),
        Reply::Double(d) if d.is_infinite() => Reply::Bulk(if d > 0.0 {
            b"inf".to_vec()
        } else {
            b"-inf".to_vec()
        }),
        Reply::Double(d) => Reply::Bulk(format_g17(d)),
        Reply::Boolean(b) => Reply::Integer(b as i64),
        Reply::BigNumber(text) => Reply::Bulk(text),
        Reply::Verbatim { text, .. } => Reply::Bulk(text),
        other => other,
    }
}

/// The arguments of `redis.call`: strings as they are, numbers as `%.17g`; anything else
/// (including the position of the first bad argument) is refused.
pub fn command_arguments(vm: &Vm, first: usize, count: usize) -> Option<Vec<Vec<u8>>> {
    let mut args = Vec::with_capacity(count);
    for i in first..first + count {
        match vm.arg(i) {
            Value::String(s) => args.push(vm.heap.str_bytes(s).to_vec()),
            Value::Number(n) => args.push(format_g17(n)),
            _ => return None,
        }
    }
    Some(args)
}

/// Converts the `err` field of an error object the way Lua's `lua_tostring` would, for the
/// texts Redis builds from error tables (strings as they are, numbers as `%.14g`).
pub fn field_text(vm: &mut Vm, v: Value) -> Option<Vec<u8>> {
    match v {
        Value::String(s) => Some(vm.heap.str_bytes(s).to_vec()),
        Value::Number(n) => {
            let s = vm.number_to_str(n);
            Some(vm.heap.str_bytes(s).to_vec())
        }
        _ => None,
    }
}
