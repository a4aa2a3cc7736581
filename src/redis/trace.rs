//! Comparing what two runs did to Redis: the calls a script made (its trace), then the data it
//! left behind (the key space).
//!
//! Real Redis reports a script's commands through `MONITOR`, which shows neither the replies
//! nor whether `redis.call` or `redis.pcall` was used, and leaves out commands Redis refused
//! before running them (unknown commands, wrong arity, commands scripts may not run) and the
//! `admin` commands Redis never shows to monitors (`SLOWLOG`, `PFDEBUG`, ...). When
//! one side's trace came from `MONITOR` (`Outcome::trace_from_monitor`), the other side's trace is
//! reduced to what `MONITOR` would have shown and only arguments are compared.

use crate::diff::contrast;
use crate::outcome::{Bytes, Outcome, Reply, StoredKey, TraceEntry};
use crate::signature::mask;

/// The `function` of trace entries seen through `MONITOR`.
pub const MONITOR_FUNCTION: &str = "monitor";

/// Error replies a script gets for commands Redis refuses before running them, which
/// `MONITOR` therefore never shows.
const REFUSED_BEFORE_RUNNING: [&str; 3] = [
    "ERR Unknown Redis command called from script",
    "ERR Wrong number of args calling Redis command from script",
    "ERR This Redis command is not allowed from script",
];

fn monitor_would_show(entry: &TraceEntry) -> bool {
    let arguments: Vec<Vec<u8>> = entry.arguments.iter().map(|a| a.0.clone()).collect();
    if ferrous_redis_model::hidden_from_monitor(&arguments) {
        return false;
    }
    match &entry.reply {
        Reply::Error { value } => !REFUSED_BEFORE_RUNNING
            .iter()
            .any(|refused| value.0 == refused.as_bytes()),
        _ => true,
    }
}

/// What of an entry both sides can know: everything, or only the arguments under `MONITOR`
/// (with the secrets it redacts).
fn comparable(entry: &TraceEntry, monitor: bool) -> TraceEntry {
    if monitor {
        let arguments: Vec<Vec<u8>> = entry.arguments.iter().map(|a| a.0.clone()).collect();
        TraceEntry {
            function: MONITOR_FUNCTION.to_string(),
            arguments: if entry.function == MONITOR_FUNCTION {
                entry.arguments.clone()
            } else {
                ferrous_redis_model::as_monitor_shows(&arguments)
                    .into_iter()
                    .map(Bytes)
                    .collect()
            },
            reply: Reply::Unobserved,
        }
    } else {
        entry.clone()
    }
}

fn comparable_trace(trace: &[TraceEntry], monitor: bool) -> Vec<TraceEntry> {
    trace
        .iter()
        .filter(|entry| !monitor || entry.function == MONITOR_FUNCTION || monitor_would_show(entry))
        .map(|entry| comparable(entry, monitor))
        .collect()
}

fn render_entry(entry: Option<&TraceEntry>) -> String {
    match entry {
        Some(entry) => {
            let arguments: Vec<String> = entry.arguments.iter().map(Bytes::escaped).collect();
            format!(
                "redis.{}({}) -> {}",
                entry.function,
                arguments.join(", "),
                render_reply(&entry.reply)
            )
        }
        None => "<no call>".to_string(),
    }
}

/// A reply in one line, for details.
pub fn render_reply(reply: &Reply) -> String {
    let list = |items: &[Reply]| {
        items
            .iter()
            .map(render_reply)
            .collect::<Vec<_>>()
            .join(", ")
    };
    match reply {
        Reply::Nil => "nil".to_string(),
        Reply::Integer { value } => format!("(integer) {value}"),
        Reply::Bulk { value } => format!("\"{}\"", value.escaped()),
        Reply::Status { value } => format!("+{}", value.escaped()),
        Reply::Error { value } => format!("-{}", value.escaped()),
        Reply::Array { items } => format!("[{}]", list(items)),
        Reply::Set { items } => format!("set[{}]", list(items)),
        Reply::Map { entries } => {
            let pairs: Vec<String> = entries
                .iter()
                .map(|(key, value)| format!("{} => {}", render_reply(key), render_reply(value)))
                .collect();
            format!("map[{}]", pairs.join(", "))
        }
        Reply::Double { value } => format!("(double) {}", value.0),
        Reply::Boolean { value } => format!("(boolean) {value}"),
        Reply::BigNumber { value } => format!("(big number) {}", value.escaped()),
        Reply::Verbatim { format, text } => {
            format!("(verbatim {}) {}", format.escaped(), text.escaped())
        }
        Reply::Unobserved => "(reply not observed)".to_string(),
    }
}

fn render_key(key: Option<&StoredKey>) -> String {
    match key {
        Some(key) => {
            let ttl = key.ttl.map(|ttl| format!(" ttl {ttl}")).unwrap_or_default();
            let value: Vec<String> = key.value.iter().map(Bytes::escaped).collect();
            format!(
                "{} {}{ttl} [{}]",
                key.kind,
                key.key.escaped(),
                value.join(", ")
            )
        }
        None => "<no key>".to_string(),
    }
}

/// Whether the script called a command whose reply depends on the clock, chance or Redis's
/// hash-table layout (see `ferrous_redis_model::compared_by_shape`): against real Redis its
/// results can only be compared by shape.
pub fn called_shape_only_command(outcome: &Outcome) -> bool {
    outcome.trace.iter().any(|entry| {
        let arguments: Vec<Vec<u8>> = entry.arguments.iter().map(|a| a.0.clone()).collect();
        ferrous_redis_model::compared_by_shape(&arguments)
    })
}

/// Whether the script called a command that changes data by chance (`SPOP`): against real
/// Redis, the key space it leaves is compared by shape only.
fn changed_data_by_chance(outcome: &Outcome) -> bool {
    outcome.trace.iter().any(|entry| {
        let arguments: Vec<Vec<u8>> = entry.arguments.iter().map(|a| a.0.clone()).collect();
        ferrous_redis_model::writes_by_chance(&arguments)
    })
}

/// Keys with their type, time to live and value length, without the value itself.
fn key_shapes(keys: &[StoredKey]) -> Vec<StoredKey> {
    keys.iter()
        .map(|key| StoredKey {
            value: vec![Bytes::from(key.value.len().to_string().as_str())],
            ..key.clone()
        })
        .collect()
}

/// The first difference between the Redis effects of two outcomes: `(detail, fingerprint)`.
pub fn first_difference(left: &Outcome, right: &Outcome) -> Option<(String, String)> {
    let monitor = left.trace_from_monitor || right.trace_from_monitor;
    let left_trace = comparable_trace(&left.trace, monitor);
    let right_trace = comparable_trace(&right.trace, monitor);
    for index in 0..left_trace.len().max(right_trace.len()) {
        let (a, b) = (left_trace.get(index), right_trace.get(index));
        if a != b {
            let (left_text, right_text) = contrast(&render_entry(a), &render_entry(b));
            let detail = format!("call {}: left {left_text} | right {right_text}", index + 1);
            let fingerprint = format!(
                "trace left {} | right {}",
                mask(&render_entry(a)),
                mask(&render_entry(b))
            );
            return Some((detail, fingerprint));
        }
    }
    let (Some(left_keys), Some(right_keys)) = (&left.keyspace, &right.keyspace) else {
        return None;
    };
    let by_shape = monitor && (changed_data_by_chance(left) || changed_data_by_chance(right));
    let (left_keys, right_keys) = if by_shape {
        (key_shapes(left_keys), key_shapes(right_keys))
    } else {
        (left_keys.clone(), right_keys.clone())
    };
    for index in 0..left_keys.len().max(right_keys.len()) {
        let (a, b) = (left_keys.get(index), right_keys.get(index));
        if a != b {
            let (left_text, right_text) = contrast(&render_key(a), &render_key(b));
            let detail = format!(
                "keyspace after the script, key {}: left {left_text} | right {right_text}",
                index + 1
            );
            let fingerprint = format!(
                "keyspace left {} | right {}",
                mask(&render_key(a)),
                mask(&render_key(b))
            );
            return Some((detail, fingerprint));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(function: &str, arguments: &[&str], reply: Reply) -> TraceEntry {
        TraceEntry {
            function: function.to_string(),
            arguments: arguments.iter().map(|arg| Bytes::from(*arg)).collect(),
            reply,
        }
    }

    fn outcome_with(trace: Vec<TraceEntry>, from_monitor: bool) -> Outcome {
        let mut outcome = Outcome::returned(Vec::new(), Vec::new());
        outcome.trace = trace;
        outcome.trace_from_monitor = from_monitor;
        outcome
    }

    fn error(text: &str) -> Reply {
        Reply::Error {
            value: Bytes::from(text),
        }
    }

    #[test]
    fn against_monitor_only_arguments_of_executed_commands_count() {
        let lua = outcome_with(
            vec![
                entry(
                    "call",
                    &["SET", "k", "v"],
                    Reply::Status { value: "OK".into() },
                ),
                entry(
                    "pcall",
                    &["nosuch"],
                    error("ERR Unknown Redis command called from script"),
                ),
                entry(
                    "pcall",
                    &["INCR", "k"],
                    error("ERR value is not an integer or out of range"),
                ),
                entry("call", &["SLOWLOG", "LEN"], Reply::Integer { value: 0 }),
            ],
            false,
        );
        let monitored = outcome_with(
            vec![
                entry(MONITOR_FUNCTION, &["SET", "k", "v"], Reply::Unobserved),
                entry(MONITOR_FUNCTION, &["INCR", "k"], Reply::Unobserved),
            ],
            true,
        );
        assert_eq!(first_difference(&lua, &monitored), None);
        assert_eq!(first_difference(&monitored, &lua), None);

        let other = outcome_with(
            vec![entry(
                MONITOR_FUNCTION,
                &["SET", "k", "w"],
                Reply::Unobserved,
            )],
            true,
        );
        let (detail, fingerprint) = first_difference(&lua, &other).expect("differs");
        assert!(detail.starts_with("call 1:"), "{detail}");
        assert!(fingerprint.starts_with("trace "), "{fingerprint}");
    }

    #[test]
    fn between_lua_engines_replies_and_refused_calls_count() {
        let refused = entry(
            "pcall",
            &["nosuch"],
            error("ERR Unknown Redis command called from script"),
        );
        let left = outcome_with(vec![refused], false);
        let right = outcome_with(Vec::new(), false);
        assert!(first_difference(&left, &right).is_some());
        let one = outcome_with(
            vec![entry("call", &["INCR", "k"], Reply::Integer { value: 1 })],
            false,
        );
        let two = outcome_with(
            vec![entry("call", &["INCR", "k"], Reply::Integer { value: 2 })],
            false,
        );
        assert!(first_difference(&one, &two).is_some());
    }

    #[test]
    fn key_spaces_are_compared_after_traces() {
        let key = |value: &str, ttl: Option<i64>| StoredKey {
            key: Bytes::from("k"),
            kind: "string".to_string(),
            ttl,
            value: vec![Bytes::from(value)],
        };
        let mut left = outcome_with(Vec::new(), false);
        let mut right = left.clone();
        left.keyspace = Some(vec![key("v", None)]);
        right.keyspace = Some(vec![key("v", Some(10))]);
        let (detail, _) = first_difference(&left, &right).expect("differs");
        assert!(
            detail.starts_with("keyspace after the script, key 1:"),
            "{detail}"
        );
        right.keyspace = Some(vec![key("v", None)]);
        assert_eq!(first_difference(&left, &right), None);
        right.keyspace = None;
        assert_eq!(
            first_difference(&left, &right),
            None,
            "lua51 outcomes have no key space"
        );
    }

    #[test]
    fn after_spop_key_spaces_are_compared_with_real_redis_by_shape() {
        let set = |members: &[&str]| StoredKey {
            key: Bytes::from("s"),
            kind: "set".to_string(),
            ttl: None,
            value: members.iter().map(|m| Bytes::from(*m)).collect(),
        };
        let spop = entry("call", &["SPOP", "s"], Reply::Bulk { value: "a".into() });
        let mut model = outcome_with(vec![spop.clone()], false);
        let mut redis = outcome_with(
            vec![entry("monitor", &["SPOP", "s"], Reply::Unobserved)],
            true,
        );
        model.keyspace = Some(vec![set(&["b", "c"])]);
        redis.keyspace = Some(vec![set(&["a", "c"])]);
        assert_eq!(first_difference(&model, &redis), None);
        redis.keyspace = Some(vec![set(&["c"])]);
        assert!(
            first_difference(&model, &redis).is_some(),
            "the size still counts"
        );
        let mut other_model = outcome_with(vec![spop], false);
        other_model.keyspace = Some(vec![set(&["a", "c"])]);
        assert!(
            first_difference(&model, &other_model).is_some(),
            "between two engines on the model the members count"
        );
    }
}
