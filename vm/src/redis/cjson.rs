//! The `cjson` library Redis bundles (Lua CJSON 2.1.0): JSON encoding and decoding with
//! its configuration functions, error texts and number formatting (`%.14g`).
//!
//! Each module table (`cjson` and every `cjson.new()`) has its own configuration, kept in a
//! table that all its functions hold as their upvalue, so settings persist from one script
//! to the next as they do in Redis. JSON `null` decodes to `cjson.null`, a userdata shared
//! by every module table.

use crate::error::{LuaError, LuaResult};
use crate::number::{format_float, strtod_prefix, FloatStyle, PrintfSpec};
use crate::state::Vm;
use crate::userdata::UserData;
use crate::value::{TableRef, Value};

/// Lua's C-stack limit, which bounds nesting beyond the configured depths.
const LUA_STACK_LIMIT: usize = 8000;
/// Deepest nesting this encoder and decoder follow, whatever the configured depth: they
/// recurse, and the Rust stack of a 2 MB thread must not overflow. Redis's defaults (1000)
/// are within it; Redis itself follows a raised limit up to its Lua stack.
const MAX_RECURSION_DEPTH: i64 = 1000;
/// Registry field holding the userdata that stands for JSON `null`.
const NULL_REGISTRY_KEY: &str = "cjson_null";

/// Configuration fields and their defaults.
const SPARSE_CONVERT: &str = "encode_sparse_convert";
const SPARSE_RATIO: &str = "encode_sparse_ratio";
const SPARSE_SAFE: &str = "encode_sparse_safe";
const ENCODE_MAX_DEPTH: &str = "encode_max_depth";
const DECODE_MAX_DEPTH: &str = "decode_max_depth";
const ENCODE_INVALID_NUMBERS: &str = "encode_invalid_numbers";
const DECODE_INVALID_NUMBERS: &str = "decode_invalid_numbers";
const KEEP_BUFFER: &str = "encode_keep_buffer";
const PRECISION: &str = "encode_number_precision";
const DEFAULTS: [(&str, i64); 9] = [
    (SPARSE_CONVERT, 0),
    (SPARSE_RATIO, 2),
    (SPARSE_SAFE, 10),
    (ENCODE_MAX_DEPTH, 1000),
    (DECODE_MAX_DEPTH, 1000),
    (ENCODE_INVALID_NUMBERS, 0),
    (DECODE_INVALID_NUMBERS, 1),
    (KEEP_BUFFER, 1),
    (PRECISION, 14),
];

pub fn open(vm: &mut Vm) {
    let t = new_module(vm);
    let g = vm.globals;
    vm.set_field(g, "cjson", Value::Table(t));
}

/// The shared `cjson.null` userdata.
fn null_value(vm: &mut Vm) -> Value {
    let registry = vm.registry;
    let existing = vm.get_field(registry, NULL_REGISTRY_KEY);
    if let Value::UserData(_) = existing {
        return existing;
    }
    let env = vm.globals;
    let u = vm.heap.new_userdata(UserData {
        metatable: None,
        env,
        host: None,
    });
    vm.set_field(registry, NULL_REGISTRY_KEY, Value::UserData(u));
    Value::UserData(u)
}

/// A module table with a fresh configuration (`lua_cjson_new`).
fn new_module(vm: &mut Vm) -> TableRef {
    let config = vm.heap.new_table(0, 16);
    for (name, value) in DEFAULTS {
        vm.set_field(config, name, Value::Number(value as f64));
    }
    let t = vm.heap.new_table(0, 16);
    let functions: [(&'static str, crate::function::NativeFn); 10] = [
        ("encode", encode),
        ("decode", decode),
        ("encode_sparse_array", cfg_encode_sparse_array),
        ("encode_max_depth", |vm| {
            cfg_integer(vm, ENCODE_MAX_DEPTH, 1, i32::MAX as i64)
        }),
        ("decode_max_depth", |vm| {
            cfg_integer(vm, DECODE_MAX_DEPTH, 1, i32::MAX as i64)
        }),
        ("encode_number_precision", |vm| {
            cfg_integer(vm, PRECISION, 1, 14)
        }),
        ("encode_keep_buffer", |vm| {
            cfg_enum(vm, KEEP_BUFFER, &["off", "on"])
        }),
        ("encode_invalid_numbers", |vm| {
            cfg_enum(vm, ENCODE_INVALID_NUMBERS, &["off", "on", "null"])
        }),
        ("decode_invalid_numbers", |vm| {
            cfg_enum(vm, DECODE_INVALID_NUMBERS, &["off", "on"])
        }),
        ("new", new),
    ];
    for (name, func) in functions {
        let f = vm.native_with_upvalues(name, func, vec![Value::Table(config)]);
        vm.set_field(t, name, f);
    }
    let null = null_value(vm);
    vm.set_field(t, "null", null);
    let name = vm.intern(b"cjson");
    vm.set_field(t, "_NAME", name);
    let version = vm.intern(b"2.1.0");
    vm.set_field(t, "_VERSION", version);
    t
}

fn new(vm: &mut Vm) -> LuaResult<usize> {
    let t = new_module(vm);
    vm.push(Value::Table(t));
    Ok(1)
}

/// The configuration table of the running cjson function.
fn config(vm: &Vm) -> Option<TableRef> {
    match vm.native_upvalue(0) {
        Value::Table(t) => Some(t),
        _ => None,
    }
}

fn setting(vm: &mut Vm, name: &str) -> i64 {
    match config(vm).map(|c| vm.get_field(c, name)) {
        Some(Value::Number(n)) => n as i64,
        _ => DEFAULTS
            .iter()
            .find(|(field, _)| *field == name)
            .map_or(0, |&(_, v)| v),
    }
}

fn set_setting(vm: &mut Vm, name: &str, value: i64) {
    if let Some(c) = config(vm) {
        vm.set_field(c, name, Value::Number(value as f64));
    }
}

/// `json_arg_init`: at most `n` arguments, missing ones set to nil (so that the results
/// pushed later are not mistaken for arguments).
fn check_arg_count(vm: &mut Vm, n: usize) -> LuaResult<()> {
    if vm.arg_count() > n {
        return Err(vm.arg_error(n + 1, "found too many arguments"));
    }
    vm.set_arg_count(n);
    Ok(())
}

/// An integer setting from argument `index`, checked against `min..=max`; pushes the
/// current value.
fn integer_option(vm: &mut Vm, index: usize, name: &str, min: i64, max: i64) -> LuaResult<()> {
    if !vm.arg(index).is_nil() {
        let value = vm.check_integer(index)? as i32 as i64;
        if !(min..=max).contains(&value) {
            let msg = format!("expected integer between {min} and {max}");
            // Lua CJSON always names argument 1 here.
            return Err(vm.arg_error(1, &msg));
        }
        set_setting(vm, name, value);
    }
    let current = setting(vm, name);
    vm.push(Value::Number(current as f64));
    Ok(())
}

/// An enumerated setting from argument `index` (a boolean means "off"/"on"); pushes the
/// current value, as a boolean when it is off or on.
fn enum_option(vm: &mut Vm, index: usize, name: &str, options: &[&str]) -> LuaResult<()> {
    match vm.arg(index) {
        Value::Nil => {}
        Value::Boolean(b) => set_setting(vm, name, b as i64),
        _ => {
            let chosen = vm.check_bytes(index)?;
            match options
                .iter()
                .position(|o| o.as_bytes() == chosen.as_slice())
            {
                Some(i) => set_setting(vm, name, i as i64),
                None => {
                    let msg = format!("invalid option '{}'", String::from_utf8_lossy(&chosen));
                    return Err(vm.arg_error(index, &msg));
                }
            }
        }
    }
    let current = setting(vm, name);
    if current == 0 || current == 1 {
        vm.push(Value::Boolean(current == 1));
    } else {
        let text = options.get(current as usize).copied().unwrap_or_default();
        vm.push_bytes(text.as_bytes());
    }
    Ok(())
}

fn cfg_integer(vm: &mut Vm, name: &str, min: i64, max: i64) -> LuaResult<usize> {
    check_arg_count(vm, 1)?;
    integer_option(vm, 1, name, min, max)?;
    Ok(1)
}

fn cfg_enum(vm: &mut Vm, name: &str, options: &[&str]) -> LuaResult<usize> {
    check_arg_count(vm, 1)?;
    enum_option(vm, 1, name, options)?;
    Ok(1)
}

fn cfg_encode_sparse_array(vm: &mut Vm) -> LuaResult<usize> {
    check_arg_count(vm, 3)?;
    enum_option(vm, 1, SPARSE_CONVERT, &["off", "on"])?;
    integer_option(vm, 2, SPARSE_RATIO, 0, i32::MAX as i64)?;
    integer_option(vm, 3, SPARSE_SAFE, 0, i32::MAX as i64)?;
    Ok(3)
}

/// The encoder's settings, read once per `encode`.
struct EncodeConfig {
    sparse_convert: bool,
    sparse_ratio: i64,
    sparse_safe: i64,
    max_depth: i64,
    invalid_numbers: i64,
    precision: usize,
    null: Value,
}

fn encode(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg_count() != 1 {
        return Err(vm.arg_error(1, "expected 1 argument"));
    }
    let cfg = EncodeConfig {
        sparse_convert: setting(vm, SPARSE_CONVERT) != 0,
        sparse_ratio: setting(vm, SPARSE_RATIO),
        sparse_safe: setting(vm, SPARSE_SAFE),
        max_depth: setting(vm, ENCODE_MAX_DEPTH),
        invalid_numbers: setting(vm, ENCODE_INVALID_NUMBERS),
        precision: setting(vm, PRECISION).clamp(1, 14) as usize,
        null: null_value(vm),
    };
    let mut out = Vec::new();
    let v = vm.arg(1);
    encode_value(vm, &cfg, v, 0, 1, &mut out)?;
    vm.push_bytes(&out);
    Ok(1)
}

fn encode_error(vm: &mut Vm, v: Value, reason: &str) -> LuaError {
    let msg = format!("Cannot serialise {}: {reason}", v.type_name());
    vm.native_error(msg.as_bytes())
}

/// Appends the JSON for `v`. `depth` counts enclosing tables; `slots` the Lua stack slots
/// the C encoder would be using.
fn encode_value(
    vm: &mut Vm,
    cfg: &EncodeConfig,
    v: Value,
    depth: i64,
    slots: usize,
    out: &mut Vec<u8>,
) -> LuaResult<()> {
    match v {
        Value::String(s) => append_string(vm.heap.str_bytes(s), out),
        Value::Number(n) => append_number(vm, cfg, v, n, out)?,
        Value::Boolean(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
        Value::Nil => out.extend_from_slice(b"null"),
        _ if v == cfg.null => out.extend_from_slice(b"null"),
        Value::Table(t) => {
            let depth = depth + 1;
            let max_depth = cfg.max_depth.min(MAX_RECURSION_DEPTH);
            if depth > max_depth || slots + 3 > LUA_STACK_LIMIT {
                let msg = format!("Cannot serialise, excessive nesting ({depth})");
                return Err(vm.native_error(msg.as_bytes()));
            }
            match array_length(vm, cfg, t)? {
                Some(len) if len > 0 => {
                    out.push(b'[');
                    for i in 1..=len {
                        if i > 1 {
                            out.push(b',');
                        }
                        let item = vm.heap.tables[t].get_int(i);
                        encode_value(vm, cfg, item, depth, slots + 1, out)?;
                    }
                    out.push(b']');
                }
                _ => encode_object(vm, cfg, t, depth, slots, out)?,
            }
        }
        _ => return Err(encode_error(vm, v, "type not supported")),
    }
    Ok(())
}

fn encode_object(
    vm: &mut Vm,
    cfg: &EncodeConfig,
    t: TableRef,
    depth: i64,
    slots: usize,
    out: &mut Vec<u8>,
) -> LuaResult<()> {
    out.push(b'{');
    for (i, (k, v)) in vm.table_entries(t).into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match k {
            Value::Number(n) => {
                out.push(b'"');
                append_number(vm, cfg, k, n, out)?;
                out.extend_from_slice(b"\":");
            }
            Value::String(s) => {
                append_string(vm.heap.str_bytes(s), out);
                out.push(b':');
            }
            _ => return Err(encode_error(vm, k, "table key must be a number or string")),
        }
        encode_value(vm, cfg, v, depth, slots + 2, out)?;
    }
    out.push(b'}');
    Ok(())
}

/// `lua_array_length`: the largest key when every key is an integer `>= 1` (`None` for an
/// object), subject to the sparse-array rules.
fn array_length(vm: &mut Vm, cfg: &EncodeConfig, t: TableRef) -> LuaResult<Option<i64>> {
    let (mut max, mut items) = (0i64, 0i64);
    let mut array = true;
    vm.heap.tables[t].for_each_entry(|k, _| match k {
        Value::Number(n) if n != 0.0 && n.floor() == n && n >= 1.0 => {
            max = max.max(n as i64);
            items += 1;
        }
        _ => array = false,
    });
    if !array {
        return Ok(None);
    }
    if cfg.sparse_ratio > 0 && max > items * cfg.sparse_ratio && max > cfg.sparse_safe {
        if !cfg.sparse_convert {
            return Err(encode_error(
                vm,
                Value::Table(t),
                "excessively sparse array",
            ));
        }
        return Ok(None);
    }
    Ok(Some(max))
}

fn append_number(
    vm: &mut Vm,
    cfg: &EncodeConfig,
    v: Value,
    n: f64,
    out: &mut Vec<u8>,
) -> LuaResult<()> {
    match cfg.invalid_numbers {
        0 if !n.is_finite() => return Err(encode_error(vm, v, "must not be NaN or Inf")),
        1 if n.is_nan() => {
            out.extend_from_slice(b"nan");
            return Ok(());
        }
        2 if !n.is_finite() => {
            out.extend_from_slice(b"null");
            return Ok(());
        }
        _ => {}
    }
    let spec = PrintfSpec {
        precision: Some(cfg.precision),
        ..PrintfSpec::default()
    };
    format_float(&spec, FloatStyle::General { upper: false }, n, out);
    Ok(())
}

fn append_string(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for &b in s {
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'/' => out.extend_from_slice(b"\\/"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x00..=0x1f | 0x7f => out.extend_from_slice(format!("\\u{b:04x}").as_bytes()),
            _ => out.push(b),
        }
    }
    out.push(b'"');
}

/// A JSON token (`json_token_t`).
#[derive(Clone, Debug, PartialEq)]
enum Token {
    ObjBegin,
    ObjEnd,
    ArrBegin,
    ArrEnd,
    Str(Vec<u8>),
    Number(f64),
    Boolean(bool),
    Null,
    Colon,
    Comma,
    End,
    /// What went wrong ("invalid token", "invalid number", ...).
    Error(&'static str),
}

impl Token {
    /// How a parse error names the token it found.
    fn describe(&self) -> &'static str {
        match self {
            Token::ObjBegin => "T_OBJ_BEGIN",
            Token::ObjEnd => "T_OBJ_END",
            Token::ArrBegin => "T_ARR_BEGIN",
            Token::ArrEnd => "T_ARR_END",
            Token::Str(_) => "T_STRING",
            Token::Number(_) => "T_NUMBER",
            Token::Boolean(_) => "T_BOOLEAN",
            Token::Null => "T_NULL",
            Token::Colon => "T_COLON",
            Token::Comma => "T_COMMA",
            Token::End => "T_END",
            Token::Error(what) => what,
        }
    }
}

/// The decoder over a JSON text; bytes past the end read as the C string's terminating zero.
struct Parser<'a> {
    data: &'a [u8],
    pos: usize,
    depth: i64,
    max_depth: i64,
    invalid_numbers: bool,
    /// Lua stack slots the C decoder would be using.
    slots: usize,
    null: Value,
}

impl Parser<'_> {
    fn at(&self, i: usize) -> u8 {
        self.data.get(i).copied().unwrap_or(0)
    }

    /// The next token and the index it starts at.
    fn next_token(&mut self) -> (Token, usize) {
        while matches!(self.at(self.pos), b' ' | b'\t' | b'\n' | b'\r') {
            self.pos += 1;
        }
        let start = self.pos;
        let ch = self.at(self.pos);
        let single = match ch {
            b'{' => Some(Token::ObjBegin),
            b'}' => Some(Token::ObjEnd),
            b'[' => Some(Token::ArrBegin),
            b']' => Some(Token::ArrEnd),
            b',' => Some(Token::Comma),
            b':' => Some(Token::Colon),
            _ => None,
        };
        if let Some(token) = single {
            self.pos += 1;
            return (token, start);
        }
        match ch {
            0 => (Token::End, start),
            b'"' => self.string_token(start),
            b'-' | b'0'..=b'9' => {
                if !self.invalid_numbers && self.is_invalid_number() {
                    return (Token::Error("invalid number"), self.pos);
                }
                self.number_token(start)
            }
            b'f' | b'i' | b'I' | b'n' | b'N' | b't' | b'+' => {
                let rest = &self.data[self.pos.min(self.data.len())..];
                for (word, token) in [
                    (&b"true"[..], Token::Boolean(true)),
                    (b"false", Token::Boolean(false)),
                    (b"null", Token::Null),
                ] {
                    if rest.starts_with(word) {
                        self.pos += word.len();
                        return (token, start);
                    }
                }
                if self.invalid_numbers && self.is_invalid_number() {
                    return self.number_token(start);
                }
                (Token::Error("invalid token"), self.pos)
            }
            _ => (Token::Error("invalid token"), self.pos),
        }
    }

    /// `json_is_invalid_number`: forms strtod accepts but JSON does not (`+1`, `0x1`,
    /// leading zeros, `inf`, `nan`).
    fn is_invalid_number(&self) -> bool {
        let mut p = self.pos;
        if self.at(p) == b'+' {
            return true;
        }
        if self.at(p) == b'-' {
            p += 1;
        }
        let c = self.at(p);
        if c == b'0' {
            let next = self.at(p + 1);
            return (next | 0x20) == b'x' || next.is_ascii_digit();
        }
        if c <= b'9' {
            return false;
        }
        let word = |w: &[u8]| (0..3).all(|i| self.at(p + i).to_ascii_lowercase() == w[i]);
        word(b"inf") || word(b"nan")
    }

    fn number_token(&mut self, start: usize) -> (Token, usize) {
        let rest = &self.data[self.pos.min(self.data.len())..];
        let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
        match strtod_prefix(&rest[..end]) {
            Some((value, len)) if len > 0 => {
                self.pos += len;
                (Token::Number(value), start)
            }
            _ => (Token::Error("invalid number"), self.pos),
        }
    }

    fn string_token(&mut self, start: usize) -> (Token, usize) {
        self.pos += 1;
        let mut text = Vec::new();
        loop {
            let ch = self.at(self.pos);
            match ch {
                b'"' => break,
                0 => return (Token::Error("unexpected end of string"), self.pos),
                b'\\' => {
                    let translated = match self.at(self.pos + 1) {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 0x08,
                        b't' => b'\t',
                        b'n' => b'\n',
                        b'f' => 0x0c,
                        b'r' => b'\r',
                        b'u' => {
                            if self.unicode_escape(&mut text) {
                                continue;
                            }
                            return (Token::Error("invalid unicode escape code"), self.pos);
                        }
                        _ => return (Token::Error("invalid escape code"), self.pos),
                    };
                    text.push(translated);
                    self.pos += 2;
                }
                _ => {
                    text.push(ch);
                    self.pos += 1;
                }
            }
        }
        self.pos += 1;
        (Token::Str(text), start)
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        (0..4).try_fold(0u32, |acc, i| {
            let digit = (self.at(at + i) as char).to_digit(16)?;
            Some((acc << 4) | digit)
        })
    }

    /// `\uXXXX` (or a surrogate pair) at the cursor, appended as UTF-8.
    fn unicode_escape(&mut self, text: &mut Vec<u8>) -> bool {
        let Some(mut code) = self.hex4(self.pos + 2) else {
            return false;
        };
        let mut escape_len = 6;
        if code & 0xF800 == 0xD800 {
            if code & 0x400 != 0 {
                return false;
            }
            if self.at(self.pos + 6) != b'\\' || self.at(self.pos + 7) != b'u' {
                return false;
            }
            let Some(low) = self.hex4(self.pos + 8) else {
                return false;
            };
            if low & 0xFC00 != 0xDC00 {
                return false;
            }
            code = (((code & 0x3FF) << 10) | (low & 0x3FF)) + 0x10000;
            escape_len = 12;
        }
        // Lone low surrogates are encoded as they are, as Lua CJSON does.
        let mut buf = [0u8; 4];
        let utf8: &[u8] = match code {
            0..=0x7F => {
                buf[0] = code as u8;
                &buf[..1]
            }
            0x80..=0x7FF => {
                buf[0] = (code >> 6) as u8 | 0xC0;
                buf[1] = (code & 0x3F) as u8 | 0x80;
                &buf[..2]
            }
            0x800..=0xFFFF => {
                buf[0] = (code >> 12) as u8 | 0xE0;
                buf[1] = ((code >> 6) & 0x3F) as u8 | 0x80;
                buf[2] = (code & 0x3F) as u8 | 0x80;
                &buf[..3]
            }
            _ => {
                buf[0] = (code >> 18) as u8 | 0xF0;
                buf[1] = ((code >> 12) & 0x3F) as u8 | 0x80;
                buf[2] = ((code >> 6) & 0x3F) as u8 | 0x80;
                buf[3] = (code & 0x3F) as u8 | 0x80;
                &buf[..4]
            }
        };
        text.extend_from_slice(utf8);
        self.pos += escape_len;
        true
    }

    fn parse_error(vm: &mut Vm, expected: &str, found: &(Token, usize)) -> LuaError {
        let msg = format!(
            "Expected {expected} but found {} at character {}",
            found.0.describe(),
            found.1 + 1
        );
        vm.native_error(msg.as_bytes())
    }

    /// Enters an array or object that needs `needed` stack slots.
    fn descend(&mut self, vm: &mut Vm, needed: usize) -> LuaResult<()> {
        self.depth += 1;
        let max_depth = self.max_depth.min(MAX_RECURSION_DEPTH);
        if self.depth <= max_depth && self.slots + needed <= LUA_STACK_LIMIT {
            return Ok(());
        }
        let msg = format!(
            "Found too many nested data structures ({}) at character {}",
            self.depth, self.pos
        );
        Err(vm.native_error(msg.as_bytes()))
    }

    fn value(&mut self, vm: &mut Vm, token: (Token, usize)) -> LuaResult<Value> {
        Ok(match token.0 {
            Token::Str(s) => vm.new_string(&s),
            Token::Number(n) => Value::Number(n),
            Token::Boolean(b) => Value::Boolean(b),
            Token::Null => self.null,
            Token::ObjBegin => self.object(vm)?,
            Token::ArrBegin => self.array(vm)?,
            _ => return Err(Self::parse_error(vm, "value", &token)),
        })
    }

    fn object(&mut self, vm: &mut Vm) -> LuaResult<Value> {
        self.descend(vm, 3)?;
        let t = vm.heap.new_table(0, 0);
        self.slots += 2;
        let mut token = self.next_token();
        if token.0 != Token::ObjEnd {
            loop {
                let Token::Str(key) = &token.0 else {
                    return Err(Self::parse_error(vm, "object key string", &token));
                };
                let key = vm.new_string(key);
                let colon = self.next_token();
                if colon.0 != Token::Colon {
                    return Err(Self::parse_error(vm, "colon", &colon));
                }
                let next = self.next_token();
                let value = self.value(vm, next)?;
                vm.raw_set(t, key, value)?;
                token = self.next_token();
                if token.0 == Token::ObjEnd {
                    break;
                }
                if token.0 != Token::Comma {
                    return Err(Self::parse_error(vm, "comma or object end", &token));
                }
                token = self.next_token();
            }
        }
        self.slots -= 2;
        self.depth -= 1;
        Ok(Value::Table(t))
    }

    fn array(&mut self, vm: &mut Vm) -> LuaResult<Value> {
        self.descend(vm, 2)?;
        let t = vm.heap.new_table(0, 0);
        self.slots += 1;
        let mut token = self.next_token();
        if token.0 != Token::ArrEnd {
            let mut i = 1;
            loop {
                let value = self.value(vm, token)?;
                vm.heap.tables[t].set_int(i, value);
                token = self.next_token();
                if token.0 == Token::ArrEnd {
                    break;
                }
                if token.0 != Token::Comma {
                    return Err(Self::parse_error(vm, "comma or array end", &token));
                }
                token = self.next_token();
                i += 1;
            }
        }
        self.slots -= 1;
        self.depth -= 1;
        Ok(Value::Table(t))
    }
}

fn decode(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg_count() != 1 {
        return Err(vm.arg_error(1, "expected 1 argument"));
    }
    let data = vm.check_bytes(1)?;
    if data.len() >= 2 && (data[0] == 0 || data[1] == 0) {
        return Err(vm.native_error(b"JSON parser does not support UTF-16 or UTF-32"));
    }
    let mut parser = Parser {
        data: &data,
        pos: 0,
        depth: 0,
        max_depth: setting(vm, DECODE_MAX_DEPTH),
        invalid_numbers: setting(vm, DECODE_INVALID_NUMBERS) != 0,
        slots: 1,
        null: null_value(vm),
    };
    let first = parser.next_token();
    let value = parser.value(vm, first)?;
    let last = parser.next_token();
    if last.0 != Token::End {
        return Err(Parser::parse_error(vm, "the end", &last));
    }
    vm.push(value);
    Ok(1)
}
