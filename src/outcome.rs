//! What one engine did with one case, in a form every engine produces identically.
//!
//! JSON encoding of bytes (messages, output, Lua strings) is lossless: valid UTF-8 is written as
//! a JSON string, anything else as an object `{"hex": "<lowercase hex of every byte>"}`.
//! Numbers are written as `{"repr": <%.14g text>, "bits": <16 hex digits of the IEEE-754 bits>}`
//! so that NaN, infinities and `-0` survive and two numbers can be told apart exactly. Both
//! read back exactly (worker processes hand their outcomes over in this form).

use crate::lua_number::format_lua_number;
use serde::de::Error as _;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;

/// A byte string that serialises losslessly (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bytes(pub Vec<u8>);

impl Bytes {
    /// The bytes as text, with invalid UTF-8 replaced (for display only).
    pub fn lossy(&self) -> String {
        String::from_utf8_lossy(&self.0).into_owned()
    }

    /// The bytes as readable text that loses nothing: valid UTF-8 stays, control characters
    /// and backslashes are escaped as in Rust strings, invalid bytes become `\xNN`.
    pub fn escaped(&self) -> String {
        let mut text = String::new();
        for chunk in self.0.utf8_chunks() {
            for c in chunk.valid().chars() {
                if c.is_control() || c == '\\' {
                    text.extend(c.escape_default());
                } else {
                    text.push(c);
                }
            }
            for byte in chunk.invalid() {
                text.push_str(&format!("\\x{byte:02x}"));
            }
        }
        text
    }
}

impl From<&[u8]> for Bytes {
    fn from(bytes: &[u8]) -> Bytes {
        Bytes(bytes.to_vec())
    }
}

impl From<&str> for Bytes {
    fn from(text: &str) -> Bytes {
        Bytes(text.as_bytes().to_vec())
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(bytes: Vec<u8>) -> Bytes {
        Bytes(bytes)
    }
}

/// Lowercase hexadecimal of every byte.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match std::str::from_utf8(&self.0) {
            Ok(text) => serializer.serialize_str(text),
            Err(_) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("hex", &to_hex(&self.0))?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Bytes, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Encoded {
            Text(String),
            Hex { hex: String },
        }
        match Encoded::deserialize(deserializer)? {
            Encoded::Text(text) => Ok(Bytes(text.into_bytes())),
            Encoded::Hex { hex } => from_hex(&hex)
                .map(Bytes)
                .ok_or_else(|| D::Error::custom(format!("{hex:?} is not hexadecimal bytes"))),
        }
    }
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    hex.as_bytes()
        .chunks(2)
        .map(|pair| {
            let pair = std::str::from_utf8(pair)
                .ok()
                .filter(|pair| pair.len() == 2)?;
            u8::from_str_radix(pair, 16).ok()
        })
        .collect()
}

/// A Lua number compared exactly: equal doubles are equal, every NaN equals every NaN, and
/// `-0` differs from `+0`.
#[derive(Debug, Clone, Copy)]
pub struct Number(pub f64);

impl Number {
    fn order_key(self) -> (u8, u64) {
        // NaNs collapse to one value; other doubles keep their exact bits in IEEE total order.
        if self.0.is_nan() {
            (1, 0)
        } else {
            let bits = self.0.to_bits();
            let ordered = if bits >> 63 == 1 {
                !bits
            } else {
                bits | (1 << 63)
            };
            (0, ordered)
        }
    }
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.order_key() == other.order_key()
    }
}

impl Eq for Number {}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Number) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Number) -> Ordering {
        self.order_key().cmp(&other.order_key())
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut number = serializer.serialize_struct("Number", 2)?;
        number.serialize_field("repr", &format_lua_number(self.0))?;
        number.serialize_field("bits", &format!("{:016x}", self.0.to_bits()))?;
        number.end()
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        // `repr` is for readers; the bits are the number.
        #[derive(Deserialize)]
        struct Encoded {
            bits: String,
        }
        let Encoded { bits } = Encoded::deserialize(deserializer)?;
        u64::from_str_radix(&bits, 16)
            .map(|bits| Number(f64::from_bits(bits)))
            .map_err(|_| D::Error::custom(format!("{bits:?} is not the hex bits of a number")))
    }
}

/// A normalised Lua value. The derived order (variant order, then contents) is the total order
/// used to sort table entries.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Value {
    Nil,
    Boolean {
        value: bool,
    },
    Number {
        value: Number,
    },
    String {
        value: Bytes,
    },
    /// Entries sorted by key (then value), read raw (no metamethods).
    Table {
        entries: Vec<(Value, Value)>,
    },
    /// A table already being expanded further up: a reference cycle.
    Cycle,
    /// A table nested deeper than the normaliser descends.
    DepthLimit,
    /// A table left unexpanded because the value had too many nodes in total.
    SizeLimit,
    Function,
    Userdata,
    Thread,
}

impl Value {
    pub fn number(n: f64) -> Value {
        Value::Number { value: Number(n) }
    }

    pub fn string(bytes: impl Into<Bytes>) -> Value {
        Value::String {
            value: bytes.into(),
        }
    }

    pub fn boolean(value: bool) -> Value {
        Value::Boolean { value }
    }

    /// The Lua type name (markers report `table`, which is what they stand for).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Boolean { .. } => "boolean",
            Value::Number { .. } => "number",
            Value::String { .. } => "string",
            Value::Table { .. } | Value::Cycle | Value::DepthLimit | Value::SizeLimit => "table",
            Value::Function => "function",
            Value::Userdata => "userdata",
            Value::Thread => "thread",
        }
    }

    /// A short single-line rendering for humans (reports, `show`, fingerprints).
    pub fn render(&self) -> String {
        match self {
            Value::Nil => "nil".to_string(),
            Value::Boolean { value } => value.to_string(),
            Value::Number { value } => format_lua_number(value.0),
            Value::String { value } => format!("\"{}\"", value.escaped().replace('"', "\\\"")),
            Value::Table { entries } => {
                let inner: Vec<String> = entries
                    .iter()
                    .map(|(key, value)| format!("[{}]={}", key.render(), value.render()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
            Value::Cycle => "<cycle>".to_string(),
            Value::DepthLimit => "<depth-limit>".to_string(),
            Value::SizeLimit => "<size-limit>".to_string(),
            Value::Function | Value::Userdata | Value::Thread => format!("<{}>", self.type_name()),
        }
    }
}

/// The kind of an error ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    Syntax,
    Runtime,
    Memory,
    Timeout,
    Crash,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "syntax",
            ErrorKind::Runtime => "runtime",
            ErrorKind::Memory => "memory",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Crash => "crash",
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    Ok,
    Error { kind: ErrorKind, message: Bytes },
}

impl Status {
    /// `ok` or `error(<kind>)`.
    pub fn label(&self) -> String {
        match self {
            Status::Ok => "ok".to_string(),
            Status::Error { kind, .. } => format!("error({})", kind.name()),
        }
    }

    pub fn error_kind(&self) -> Option<ErrorKind> {
        match self {
            Status::Ok => None,
            Status::Error { kind, .. } => Some(*kind),
        }
    }
}

/// One `redis.call`/`redis.pcall` made by a script: the arguments and the reply it received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceEntry {
    /// `call` or `pcall`; `monitor` when the engine saw the command through Redis's `MONITOR`,
    /// which does not tell the two apart.
    pub function: String,
    pub arguments: Vec<Bytes>,
    pub reply: Reply,
}

/// A Redis reply as the script received it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Reply {
    Nil,
    Integer {
        value: i64,
    },
    Bulk {
        value: Bytes,
    },
    Status {
        value: Bytes,
    },
    Error {
        value: Bytes,
    },
    Array {
        items: Vec<Reply>,
    },
    /// RESP3 kinds, for scripts that selected RESP3 with `redis.setresp(3)`.
    Map {
        entries: Vec<(Reply, Reply)>,
    },
    Set {
        items: Vec<Reply>,
    },
    Double {
        value: Number,
    },
    Boolean {
        value: bool,
    },
    BigNumber {
        value: Bytes,
    },
    Verbatim {
        format: Bytes,
        text: Bytes,
    },
    /// The engine cannot see replies (real Redis, through `MONITOR`).
    Unobserved,
}

/// One key of the Redis data a script left behind (see `src/redis/keyspace.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredKey {
    pub key: Bytes,
    /// `string`, `list`, `hash`, `set` or `zset`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Seconds to live as `TTL` reports them; absent for keys without expiry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// The value, flattened: a string's bytes; a list's items; a hash's fields and values
    /// sorted by field; a set's members sorted; a sorted set's members and `%.17g` scores in
    /// score order.
    pub value: Vec<Bytes>,
}

/// Everything observable about one run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    #[serde(flatten)]
    pub status: Status,
    pub returns: Vec<Value>,
    pub output: Bytes,
    pub trace: Vec<TraceEntry>,
    /// The trace was read from Redis's `MONITOR`: it lacks replies, does not tell `call` from
    /// `pcall`, and leaves out commands Redis refused before running them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub trace_from_monitor: bool,
    /// `redis` profile only: the key space after the script, keys in byte order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyspace: Option<Vec<StoredKey>>,
}

/// The message an engine whose run was stopped by the bench's wall-clock guard reports.
pub const WALL_CLOCK_MESSAGE: &str = "wall-clock limit exceeded";

impl Outcome {
    pub fn returned(returns: Vec<Value>, output: Vec<u8>) -> Outcome {
        Outcome {
            status: Status::Ok,
            returns,
            output: Bytes(output),
            trace: Vec::new(),
            trace_from_monitor: false,
            keyspace: None,
        }
    }

    pub fn failed(kind: ErrorKind, message: impl Into<Bytes>, output: Vec<u8>) -> Outcome {
        Outcome {
            status: Status::Error {
                kind,
                message: message.into(),
            },
            returns: Vec::new(),
            output: Bytes(output),
            trace: Vec::new(),
            trace_from_monitor: false,
            keyspace: None,
        }
    }

    /// The engine itself failed (panicked, or could not run the case at all).
    pub fn crashed(message: impl Into<Bytes>) -> Outcome {
        Outcome::failed(ErrorKind::Crash, message, Vec::new())
    }

    /// The bench's wall-clock guard gave up on the engine.
    pub fn wall_clock_exceeded() -> Outcome {
        Outcome::failed(ErrorKind::Timeout, WALL_CLOCK_MESSAGE, Vec::new())
    }
}

/// The message Lua 5.1's stand-alone interpreter shows for an error value: strings as they are,
/// numbers as `tostring` prints them, anything else by type.
pub fn error_message_for(value: &Value) -> Bytes {
    match value {
        Value::String { value } => value.clone(),
        Value::Number { value } => Bytes::from(format_lua_number(value.0).as_str()),
        other => Bytes::from(format!("(error object is a {} value)", other.type_name()).as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_exactly() {
        assert_eq!(Number(f64::NAN), Number(-f64::NAN));
        assert_ne!(Number(0.0), Number(-0.0));
        assert_eq!(Number(0.1 + 0.2), Number(0.1 + 0.2));
        assert_ne!(Number(0.1 + 0.2), Number(0.3));
        assert!(Number(-1.0) < Number(-0.0));
        assert!(Number(-0.0) < Number(0.0));
        assert!(Number(f64::INFINITY) < Number(f64::NAN));
    }

    #[test]
    fn bytes_serialise_losslessly() {
        let text = serde_json::to_string(&Bytes::from("héllo")).expect("json");
        assert_eq!(text, "\"héllo\"");
        let binary = serde_json::to_string(&Bytes(vec![0xff, 0x00, b'a'])).expect("json");
        assert_eq!(binary, r#"{"hex":"ff0061"}"#);
    }

    #[test]
    fn outcomes_read_back_exactly() {
        let nested = Value::Table {
            entries: vec![
                (Value::number(1.0), Value::number(-0.0)),
                (Value::string("k"), Value::number(f64::NAN)),
                (Value::Boolean { value: true }, Value::Cycle),
            ],
        };
        let mut outcome = Outcome::returned(
            vec![nested, Value::string(vec![0xff, 0, b'x']), Value::Function],
            b"out\xfe".to_vec(),
        );
        outcome.trace.push(TraceEntry {
            function: "call".to_string(),
            arguments: vec![Bytes::from("GET"), Bytes(vec![0x80])],
            reply: Reply::Array {
                items: vec![Reply::Nil, Reply::Double { value: Number(0.1) }],
            },
        });
        outcome.keyspace = Some(vec![StoredKey {
            key: Bytes::from("k"),
            kind: "string".to_string(),
            ttl: None,
            value: vec![Bytes::from("v")],
        }]);
        let failed = Outcome::failed(ErrorKind::Runtime, &b"bad \xc3"[..], Vec::new());
        for original in [outcome, failed, Outcome::wall_clock_exceeded()] {
            let json = serde_json::to_string(&original).expect("json");
            let back: Outcome = serde_json::from_str(&json).expect("reads back");
            assert_eq!(back, original, "{json}");
            assert_eq!(serde_json::to_string(&back).expect("json"), json);
        }
    }

    #[test]
    fn escaped_bytes_lose_nothing_and_stay_readable() {
        let bytes = Bytes(b"caf\xc3\xa9\t\xff\\".to_vec());
        assert_eq!(bytes.escaped(), "café\\t\\xff\\\\");
        assert_eq!(Value::string("a\"b").render(), "\"a\\\"b\"");
    }

    #[test]
    fn numbers_serialise_with_their_bits() {
        let json = serde_json::to_value(Value::number(-0.0)).expect("json");
        assert_eq!(json["value"]["repr"], "-0");
        assert_eq!(json["value"]["bits"], "8000000000000000");
    }

    #[test]
    fn error_messages_follow_lua() {
        assert_eq!(error_message_for(&Value::number(42.0)).0, b"42");
        assert_eq!(error_message_for(&Value::string("x")).0, b"x");
        assert_eq!(
            error_message_for(&Value::Table { entries: vec![] }).lossy(),
            "(error object is a table value)"
        );
        assert_eq!(
            error_message_for(&Value::Nil).lossy(),
            "(error object is a nil value)"
        );
    }
}
