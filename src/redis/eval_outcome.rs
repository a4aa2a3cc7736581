//! An `EVAL` reply as an outcome.
//!
//! A `redis` case's outcome has the reply in `returns` (one value) when it is not an error,
//! and the error reply's text as the `status` message otherwise (kind `syntax` for
//! `ERR Error compiling script ...`, `timeout` for a script stopped for running too long,
//! `memory` for one out of memory, `runtime` for anything else). The reply becomes a value tree
//! the way a RESP2 client sees it:
//!
//! | reply | value |
//! | --- | --- |
//! | nil | `nil` |
//! | integer | number (a table `{integer = "<decimal>"}` beyond 2^53, where doubles lose digits) |
//! | bulk string | string |
//! | status | table `{ok = "<text>"}` |
//! | error (inside an array) | table `{err = "<text>"}` |
//! | array | table `{[1] = ..., [2] = ...}` (nil items kept as `nil` entries) |
//! | RESP3 map, set, double, boolean, big number, verbatim | their RESP2 form: flat array, array, `%.17g` bulk, integer 1/0, bulk, bulk |
//! | any array nested deeper than 32 levels | `depth-limit` marker |

use crate::normalize::MAX_DEPTH;
use crate::outcome::{ErrorKind, Outcome, StoredKey, TraceEntry, Value};
use ferrous_redis_model::{format_double, Reply};

/// Integers up to this magnitude are exact as doubles.
const EXACT_DOUBLE_INTEGER: i64 = 1 << 53;

/// The outcome of a script whose `EVAL` got `reply`.
pub fn eval_outcome(reply: &Reply, trace: Vec<TraceEntry>, keyspace: Vec<StoredKey>) -> Outcome {
    let mut outcome = match reply {
        Reply::Error(message) => {
            Outcome::failed(error_kind_of(message), message.as_slice(), Vec::new())
        }
        other => Outcome::returned(vec![reply_value(other)], Vec::new()),
    };
    outcome.trace = trace;
    outcome.keyspace = Some(keyspace);
    outcome
}

/// The kind of error an `EVAL` error reply stands for.
pub fn error_kind_of(message: &[u8]) -> ErrorKind {
    let contains = |needle: &[u8]| message.windows(needle.len()).any(|window| window == needle);
    if message.starts_with(b"ERR Error compiling script") {
        ErrorKind::Syntax
    } else if contains(b"Script killed by user with SCRIPT KILL")
        || contains(b"instruction budget exhausted")
    {
        ErrorKind::Timeout
    } else if contains(b"not enough memory") {
        ErrorKind::Memory
    } else {
        ErrorKind::Runtime
    }
}

fn field(name: &str, value: Value) -> Value {
    Value::Table {
        entries: vec![(Value::string(name), value)],
    }
}

fn array(items: impl IntoIterator<Item = Value>) -> Value {
    let mut entries: Vec<(Value, Value)> = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| (Value::number((index + 1) as f64), item))
        .collect();
    entries.sort();
    Value::Table { entries }
}

/// The value tree of a reply (see the module documentation). Arrays nested deeper than the
/// normaliser's [`MAX_DEPTH`] become [`Value::DepthLimit`], as tables do.
pub fn reply_value(reply: &Reply) -> Value {
    value_at_depth(reply, 0)
}

fn value_at_depth(reply: &Reply, depth: usize) -> Value {
    let nested = |item: &Reply| value_at_depth(item, depth + 1);
    let is_container = matches!(reply, Reply::Array(_) | Reply::Set(_) | Reply::Map(_));
    if is_container && depth >= MAX_DEPTH {
        return Value::DepthLimit;
    }
    match reply {
        Reply::Nil => Value::Nil,
        Reply::Integer(n) if n.unsigned_abs() <= EXACT_DOUBLE_INTEGER.unsigned_abs() => {
            Value::number(*n as f64)
        }
        Reply::Integer(n) => field("integer", Value::string(n.to_string().as_str())),
        Reply::Bulk(bytes) | Reply::BigNumber(bytes) => Value::string(bytes.clone()),
        Reply::Verbatim { text, .. } => Value::string(text.clone()),
        Reply::Status(text) => field("ok", Value::string(text.clone())),
        Reply::Error(text) => field("err", Value::string(text.clone())),
        Reply::Array(items) | Reply::Set(items) => array(items.iter().map(nested)),
        Reply::Map(entries) => array(
            entries
                .iter()
                .flat_map(|(key, value)| [nested(key), nested(value)]),
        ),
        Reply::Double(value) => Value::string(format_double(*value).as_str()),
        Reply::Boolean(value) => Value::number(if *value { 1.0 } else { 0.0 }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_become_documented_trees() {
        let reply = Reply::Array(vec![
            Reply::Integer(1),
            Reply::Status(b"OK".to_vec()),
            Reply::Nil,
            Reply::Error(b"ERR x".to_vec()),
            Reply::Integer(i64::MAX),
        ]);
        assert_eq!(
            reply_value(&reply).render(),
            "{[1]=1, [2]={[\"ok\"]=\"OK\"}, [3]=nil, [4]={[\"err\"]=\"ERR x\"}, [5]={[\"integer\"]=\"9223372036854775807\"}}"
        );
        assert_eq!(reply_value(&Reply::Double(1.5)), Value::string("1.5"));
    }

    #[test]
    fn error_replies_are_classified() {
        assert_eq!(
            error_kind_of(b"ERR Error compiling script (new function): user_script:1: x"),
            ErrorKind::Syntax
        );
        assert_eq!(
            error_kind_of(b"ERR Script killed by user with SCRIPT KILL... script: 1"),
            ErrorKind::Timeout
        );
        assert_eq!(
            error_kind_of(b"ERR user_script:1: boom"),
            ErrorKind::Runtime
        );
        let outcome = eval_outcome(&Reply::Error(b"WRONGTYPE x".to_vec()), vec![], vec![]);
        assert_eq!(outcome.status.error_kind(), Some(ErrorKind::Runtime));
        assert_eq!(outcome.keyspace, Some(vec![]));
    }
}
