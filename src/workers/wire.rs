//! The worker protocol's encoding of cases and outcomes: raw bytes, not JSON.
//!
//! A generated program's case and outcome took about 60 µs to write and read back as JSON
//! (sources and printed output escaped character by character, every number formatted with
//! `%.14g`), a tenth of the engine run itself; as raw bytes they take a few microseconds.
//!
//! Layout: integers little-endian (`u64` for lengths and counts), byte strings and texts as a
//! length then the bytes, numbers as their IEEE-754 bits (NaN payloads and `-0` survive), an
//! option or a sum type as a one-byte tag then its fields in declaration order. Both ends are
//! the same binary, so there is no versioning. Every structure is taken apart field by field
//! (no `..`), so a new field does not compile until it is encoded.

use crate::engine::{Case, Limits, Profile};
use crate::outcome::{
    Bytes, ErrorKind, Number, Outcome, Reply, Status, StoredKey, TraceEntry, Value,
};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::time::Duration;

/// Deepest nesting of tables and replies a frame may hold: far past what the normaliser and
/// the Redis layers produce, small enough that a corrupt frame cannot overflow the reader's
/// stack.
const MAX_NESTING: usize = 1000;

/// A value the worker protocol carries.
pub trait Wire: Sized {
    /// Appends the encoding of `self` to `out`.
    fn put(&self, out: &mut Vec<u8>);
    /// Reads one value back.
    fn take(input: &mut Reader<'_>) -> io::Result<Self>;
}

/// The value `bytes` encode; an error when they hold less or more than one value.
pub fn decode<T: Wire>(bytes: &[u8]) -> io::Result<T> {
    let mut reader = Reader { rest: bytes };
    let value = T::take(&mut reader)?;
    if !reader.rest.is_empty() {
        return Err(invalid(format!(
            "{} bytes left after the value",
            reader.rest.len()
        )));
    }
    Ok(value)
}

fn invalid(reason: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, reason)
}

/// The bytes of a frame not read yet.
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn slice(&mut self, count: usize) -> io::Result<&'a [u8]> {
        if count > self.rest.len() {
            return Err(invalid(format!(
                "a field of {count} bytes where {} are left",
                self.rest.len()
            )));
        }
        let (head, rest) = self.rest.split_at(count);
        self.rest = rest;
        Ok(head)
    }

    fn u8(&mut self) -> io::Result<u8> {
        Ok(self.slice(1)?[0])
    }

    fn u32(&mut self) -> io::Result<u32> {
        let mut bytes = [0; 4];
        bytes.copy_from_slice(self.slice(4)?);
        Ok(u32::from_le_bytes(bytes))
    }

    fn u64(&mut self) -> io::Result<u64> {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(self.slice(8)?);
        Ok(u64::from_le_bytes(bytes))
    }

    /// A length or count, which cannot exceed the bytes left (every item takes at least one).
    fn length(&mut self) -> io::Result<usize> {
        let length = self.u64()?;
        usize::try_from(length)
            .ok()
            .filter(|&length| length <= self.rest.len())
            .ok_or_else(|| invalid(format!("a length of {length} past the end of the frame")))
    }

    fn bytes(&mut self) -> io::Result<Vec<u8>> {
        let length = self.length()?;
        Ok(self.slice(length)?.to_vec())
    }

    fn text(&mut self) -> io::Result<String> {
        String::from_utf8(self.bytes()?).map_err(|error| invalid(error.to_string()))
    }

    fn flag(&mut self) -> io::Result<bool> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            other => Err(invalid(format!("{other} is not a boolean"))),
        }
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> io::Result<T>) -> io::Result<Vec<T>> {
        let count = self.length()?;
        (0..count).map(|_| item(self)).collect()
    }

    fn option<T>(
        &mut self,
        item: impl FnOnce(&mut Self) -> io::Result<T>,
    ) -> io::Result<Option<T>> {
        match self.flag()? {
            false => Ok(None),
            true => item(self).map(Some),
        }
    }
}

fn put_u64(out: &mut Vec<u8>, value: u64) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    put_u64(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

fn put_flag(out: &mut Vec<u8>, flag: bool) {
    out.push(u8::from(flag));
}

fn put_list<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    put_u64(out, items.len() as u64);
    for each in items {
        item(out, each);
    }
}

fn put_option<T>(out: &mut Vec<u8>, value: &Option<T>, item: impl FnOnce(&mut Vec<u8>, &T)) {
    put_flag(out, value.is_some());
    if let Some(value) = value {
        item(out, value);
    }
}

fn put_texts(out: &mut Vec<u8>, texts: &[String]) {
    put_list(out, texts, |out, text| put_bytes(out, text.as_bytes()));
}

impl Wire for Case {
    fn put(&self, out: &mut Vec<u8>) {
        let Case {
            id,
            path,
            source,
            chunk_name,
            profile,
            keys,
            argv,
            redis_data,
            engines,
            limits,
        } = self;
        put_bytes(out, id.as_bytes());
        put_bytes(out, path.as_os_str().as_bytes());
        put_bytes(out, source);
        put_bytes(out, chunk_name.as_bytes());
        out.push(match profile {
            Profile::Lua51 => 0,
            Profile::Redis => 1,
        });
        put_texts(out, keys);
        put_texts(out, argv);
        put_list(out, redis_data, |out, command| {
            put_list(out, command, |out, argument| put_bytes(out, argument));
        });
        put_option(out, engines, |out, names| put_texts(out, names));
        let Limits {
            instructions,
            memory_bytes,
            wall_clock,
        } = limits;
        put_u64(out, *instructions);
        put_u64(out, *memory_bytes as u64);
        put_u64(out, wall_clock.as_secs());
        out.extend_from_slice(&wall_clock.subsec_nanos().to_le_bytes());
    }

    fn take(input: &mut Reader<'_>) -> io::Result<Case> {
        Ok(Case {
            id: input.text()?,
            path: PathBuf::from(std::ffi::OsStr::from_bytes(&input.bytes()?)),
            source: input.bytes()?,
            chunk_name: input.text()?,
            profile: match input.u8()? {
                0 => Profile::Lua51,
                1 => Profile::Redis,
                other => return Err(invalid(format!("{other} is not a profile"))),
            },
            keys: input.list(Reader::text)?,
            argv: input.list(Reader::text)?,
            redis_data: input.list(|input| input.list(Reader::bytes))?,
            engines: input.option(|input| input.list(Reader::text))?,
            limits: Limits {
                instructions: input.u64()?,
                memory_bytes: usize::try_from(input.u64()?)
                    .map_err(|_| invalid("a memory limit past the address space".to_string()))?,
                wall_clock: {
                    let seconds = input.u64()?;
                    let nanos = input.u32()?;
                    if nanos >= 1_000_000_000 {
                        return Err(invalid(format!("{nanos} is not a fraction of a second")));
                    }
                    Duration::new(seconds, nanos)
                },
            },
        })
    }
}

impl Wire for Outcome {
    fn put(&self, out: &mut Vec<u8>) {
        let Outcome {
            status,
            returns,
            output,
            trace,
            trace_from_monitor,
            keyspace,
        } = self;
        match status {
            Status::Ok => out.push(0),
            Status::Error { kind, message } => {
                out.push(1);
                out.push(match kind {
                    ErrorKind::Syntax => 0,
                    ErrorKind::Runtime => 1,
                    ErrorKind::Memory => 2,
                    ErrorKind::Timeout => 3,
                    ErrorKind::Crash => 4,
                });
                put_bytes(out, &message.0);
            }
        }
        put_list(out, returns, put_value);
        put_bytes(out, &output.0);
        put_list(out, trace, |out, entry| {
            let TraceEntry {
                function,
                arguments,
                reply,
            } = entry;
            put_bytes(out, function.as_bytes());
            put_list(out, arguments, |out, argument| put_bytes(out, &argument.0));
            put_reply(out, reply);
        });
        put_flag(out, *trace_from_monitor);
        put_option(out, keyspace, |out, keys| {
            put_list(out, keys, |out, stored| {
                let StoredKey {
                    key,
                    kind,
                    ttl,
                    value,
                } = stored;
                put_bytes(out, &key.0);
                put_bytes(out, kind.as_bytes());
                put_option(out, ttl, |out, ttl| put_u64(out, *ttl as u64));
                put_list(out, value, |out, item| put_bytes(out, &item.0));
            });
        });
    }

    fn take(input: &mut Reader<'_>) -> io::Result<Outcome> {
        let status = match input.u8()? {
            0 => Status::Ok,
            1 => Status::Error {
                kind: match input.u8()? {
                    0 => ErrorKind::Syntax,
                    1 => ErrorKind::Runtime,
                    2 => ErrorKind::Memory,
                    3 => ErrorKind::Timeout,
                    4 => ErrorKind::Crash,
                    other => return Err(invalid(format!("{other} is not an error kind"))),
                },
                message: Bytes(input.bytes()?),
            },
            other => return Err(invalid(format!("{other} is not a status"))),
        };
        Ok(Outcome {
            status,
            returns: input.list(|input| take_value(input, 0))?,
            output: Bytes(input.bytes()?),
            trace: input.list(|input| {
                Ok(TraceEntry {
                    function: input.text()?,
                    arguments: input.list(|input| input.bytes().map(Bytes))?,
                    reply: take_reply(input, 0)?,
                })
            })?,
            trace_from_monitor: input.flag()?,
            keyspace: input.option(|input| {
                input.list(|input| {
                    Ok(StoredKey {
                        key: Bytes(input.bytes()?),
                        kind: input.text()?,
                        ttl: input.option(|input| input.u64().map(|ttl| ttl as i64))?,
                        value: input.list(|input| input.bytes().map(Bytes))?,
                    })
                })
            })?,
        })
    }
}

fn put_value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Nil => out.push(0),
        Value::Boolean { value } => {
            out.push(1);
            put_flag(out, *value);
        }
        Value::Number { value } => {
            out.push(2);
            put_u64(out, value.0.to_bits());
        }
        Value::String { value } => {
            out.push(3);
            put_bytes(out, &value.0);
        }
        Value::Table { entries } => {
            out.push(4);
            put_list(out, entries, |out, (key, item)| {
                put_value(out, key);
                put_value(out, item);
            });
        }
        Value::Cycle => out.push(5),
        Value::DepthLimit => out.push(6),
        Value::SizeLimit => out.push(7),
        Value::Function => out.push(8),
        Value::Userdata => out.push(9),
        Value::Thread => out.push(10),
    }
}

fn too_deep(depth: usize) -> io::Result<()> {
    if depth > MAX_NESTING {
        return Err(invalid(format!(
            "values nested more than {MAX_NESTING} deep"
        )));
    }
    Ok(())
}

fn take_value(input: &mut Reader<'_>, depth: usize) -> io::Result<Value> {
    too_deep(depth)?;
    Ok(match input.u8()? {
        0 => Value::Nil,
        1 => Value::Boolean {
            value: input.flag()?,
        },
        2 => Value::Number {
            value: Number(f64::from_bits(input.u64()?)),
        },
        3 => Value::String {
            value: Bytes(input.bytes()?),
        },
        4 => Value::Table {
            entries: input
                .list(|input| Ok((take_value(input, depth + 1)?, take_value(input, depth + 1)?)))?,
        },
        5 => Value::Cycle,
        6 => Value::DepthLimit,
        7 => Value::SizeLimit,
        8 => Value::Function,
        9 => Value::Userdata,
        10 => Value::Thread,
        other => return Err(invalid(format!("{other} is not a value type"))),
    })
}

fn put_reply(out: &mut Vec<u8>, reply: &Reply) {
    let put_replies = |out: &mut Vec<u8>, items: &[Reply]| put_list(out, items, put_reply);
    match reply {
        Reply::Nil => out.push(0),
        Reply::Integer { value } => {
            out.push(1);
            put_u64(out, *value as u64);
        }
        Reply::Bulk { value } => {
            out.push(2);
            put_bytes(out, &value.0);
        }
        Reply::Status { value } => {
            out.push(3);
            put_bytes(out, &value.0);
        }
        Reply::Error { value } => {
            out.push(4);
            put_bytes(out, &value.0);
        }
        Reply::Array { items } => {
            out.push(5);
            put_replies(out, items);
        }
        Reply::Map { entries } => {
            out.push(6);
            put_list(out, entries, |out, (key, value)| {
                put_reply(out, key);
                put_reply(out, value);
            });
        }
        Reply::Set { items } => {
            out.push(7);
            put_replies(out, items);
        }
        Reply::Double { value } => {
            out.push(8);
            put_u64(out, value.0.to_bits());
        }
        Reply::Boolean { value } => {
            out.push(9);
            put_flag(out, *value);
        }
        Reply::BigNumber { value } => {
            out.push(10);
            put_bytes(out, &value.0);
        }
        Reply::Verbatim { format, text } => {
            out.push(11);
            put_bytes(out, &format.0);
            put_bytes(out, &text.0);
        }
        Reply::Unobserved => out.push(12),
    }
}

fn take_reply(input: &mut Reader<'_>, depth: usize) -> io::Result<Reply> {
    too_deep(depth)?;
    let replies = |input: &mut Reader<'_>| input.list(|input| take_reply(input, depth + 1));
    Ok(match input.u8()? {
        0 => Reply::Nil,
        1 => Reply::Integer {
            value: input.u64()? as i64,
        },
        2 => Reply::Bulk {
            value: Bytes(input.bytes()?),
        },
        3 => Reply::Status {
            value: Bytes(input.bytes()?),
        },
        4 => Reply::Error {
            value: Bytes(input.bytes()?),
        },
        5 => Reply::Array {
            items: replies(input)?,
        },
        6 => Reply::Map {
            entries: input
                .list(|input| Ok((take_reply(input, depth + 1)?, take_reply(input, depth + 1)?)))?,
        },
        7 => Reply::Set {
            items: replies(input)?,
        },
        8 => Reply::Double {
            value: Number(f64::from_bits(input.u64()?)),
        },
        9 => Reply::Boolean {
            value: input.flag()?,
        },
        10 => Reply::BigNumber {
            value: Bytes(input.bytes()?),
        },
        11 => Reply::Verbatim {
            format: Bytes(input.bytes()?),
            text: Bytes(input.bytes()?),
        },
        12 => Reply::Unobserved,
        other => return Err(invalid(format!("{other} is not a reply type"))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(value: &impl Wire) -> Vec<u8> {
        let mut out = Vec::new();
        value.put(&mut out);
        out
    }

    fn every_value() -> Vec<Value> {
        vec![
            Value::Nil,
            Value::boolean(true),
            Value::number(-0.0),
            Value::number(f64::from_bits(0x7ff8_0000_0000_0001)),
            Value::number(f64::NEG_INFINITY),
            Value::string(&b"\xff\x00text"[..]),
            Value::Table {
                entries: vec![
                    (Value::number(1.0), Value::Cycle),
                    (
                        Value::string("t"),
                        Value::Table {
                            entries: vec![(Value::boolean(false), Value::DepthLimit)],
                        },
                    ),
                ],
            },
            Value::SizeLimit,
            Value::Function,
            Value::Userdata,
            Value::Thread,
        ]
    }

    fn every_reply() -> Reply {
        let bytes = |text: &str| Bytes::from(text);
        Reply::Array {
            items: vec![
                Reply::Nil,
                Reply::Integer { value: i64::MIN },
                Reply::Bulk {
                    value: Bytes(vec![0, 0xfe]),
                },
                Reply::Status { value: bytes("OK") },
                Reply::Error {
                    value: bytes("ERR x"),
                },
                Reply::Map {
                    entries: vec![(Reply::Boolean { value: true }, Reply::Unobserved)],
                },
                Reply::Set {
                    items: vec![Reply::Double {
                        value: Number(-0.0),
                    }],
                },
                Reply::BigNumber {
                    value: bytes("123456789012345678901234567890"),
                },
                Reply::Verbatim {
                    format: bytes("txt"),
                    text: bytes("hello"),
                },
            ],
        }
    }

    #[test]
    fn cases_and_outcomes_read_back_exactly() {
        let mut case = Case::from_source("dir/case", b"return '\xff\x00'");
        case.profile = Profile::Redis;
        case.keys = vec!["k1".into(), "".into()];
        case.argv = vec!["a".into()];
        case.redis_data = vec![vec![b"SET".to_vec(), vec![0, 1]], Vec::new()];
        case.engines = Some(vec!["ferrous".into()]);
        case.limits.wall_clock = Duration::new(3, 250_000_000);
        case.limits.instructions = u64::MAX;
        assert_eq!(decode::<Case>(&encode(&case)).expect("case"), case);

        let mut outcome = Outcome::failed(ErrorKind::Runtime, &b"x:1: boom \xff"[..], vec![1, 2]);
        outcome.returns = every_value();
        outcome.trace = vec![TraceEntry {
            function: "pcall".into(),
            arguments: vec![Bytes::from("GET"), Bytes(vec![0xff])],
            reply: every_reply(),
        }];
        outcome.trace_from_monitor = true;
        outcome.keyspace = Some(vec![
            StoredKey {
                key: Bytes::from("k"),
                kind: "zset".into(),
                ttl: Some(-1),
                value: vec![Bytes::from("m"), Bytes::from("1.5")],
            },
            StoredKey {
                key: Bytes(vec![0]),
                kind: "string".into(),
                ttl: None,
                value: Vec::new(),
            },
        ]);
        let read: Outcome = decode(&encode(&outcome)).expect("outcome");
        // NaN never equals itself as a float: compare the encodings as well as the values.
        assert_eq!(encode(&read), encode(&outcome));
        assert_eq!(read.returns[3], outcome.returns[3]);
        assert_eq!(read.keyspace, outcome.keyspace);
        let plain = Outcome::returned(vec![Value::number(1.0)], b"out\n".to_vec());
        assert_eq!(decode::<Outcome>(&encode(&plain)).expect("plain"), plain);
    }

    #[test]
    fn truncated_padded_and_corrupt_encodings_are_errors() {
        let encoded = encode(&Outcome::returned(every_value(), b"printed".to_vec()));
        for cut in [0, 1, 9, encoded.len() / 2, encoded.len() - 1] {
            assert!(decode::<Outcome>(&encoded[..cut]).is_err(), "cut at {cut}");
        }
        let mut padded = encoded.clone();
        padded.push(0);
        assert!(decode::<Outcome>(&padded).is_err());
        let mut bad_tag = encoded;
        bad_tag[0] = 9;
        assert!(decode::<Outcome>(&bad_tag).is_err());
        // A count far past the frame must not make the reader allocate it.
        let mut huge_count = vec![0];
        huge_count.extend_from_slice(&u64::MAX.to_le_bytes());
        assert!(decode::<Outcome>(&huge_count).is_err());
    }

    #[test]
    fn nesting_past_the_limit_is_an_error_not_a_stack_overflow() {
        let mut deep = vec![0, 0, 0, 0, 0, 0, 0, 0, 0];
        deep[1] = 1;
        for _ in 0..(MAX_NESTING + 5) {
            deep.push(4);
            deep.extend_from_slice(&1u64.to_le_bytes());
        }
        // Frames are read on the engine threads, with their stack (a debug build's frames
        // are large: 1,000 levels do not fit a test thread's 2 MiB).
        let decoded = std::thread::Builder::new()
            .stack_size(crate::runner::ENGINE_STACK_BYTES)
            .spawn(move || decode::<Outcome>(&deep).is_err())
            .expect("thread")
            .join()
            .expect("no overflow");
        assert!(decoded);
    }
}
