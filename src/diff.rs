//! Comparing two outcomes of the same case.
//!
//! The first applicable category wins, in this order: `crash` (either side crashed), both sides
//! out of a resource limit (inconclusive: Lua 5.1 does not define the result), `timeout` (one
//! side only), `status` (ok vs error, or different error kinds), `error-message`, `returns`,
//! `output`, `trace` (Redis calls, then the data a `redis` case left behind; see
//! [`crate::redis::trace`]). Only the first difference of a category is recorded, to keep reports small.

use crate::outcome::{Bytes, ErrorKind, Outcome, Status, Value};
use crate::signature::{mask, signature};
use serde::Serialize;

/// Longest excerpt of a message, line or value kept in a divergence's detail.
const EXCERPT_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Status,
    ErrorMessage,
    Returns,
    Output,
    Trace,
    Timeout,
    Crash,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Status,
        Category::ErrorMessage,
        Category::Returns,
        Category::Output,
        Category::Trace,
        Category::Timeout,
        Category::Crash,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Status => "status",
            Category::ErrorMessage => "error-message",
            Category::Returns => "returns",
            Category::Output => "output",
            Category::Trace => "trace",
            Category::Timeout => "timeout",
            Category::Crash => "crash",
        }
    }
}

/// How two outcomes differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Divergence {
    pub category: Category,
    /// The first difference, for humans (excerpts of both sides).
    pub detail: String,
    /// The masked description the signature is computed from.
    pub fingerprint: String,
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Comparison {
    Agree,
    /// Neither side produced a result Lua 5.1 defines; never counted as agreement.
    Inconclusive {
        reason: String,
    },
    Diverge(Divergence),
}

fn diverge(category: Category, detail: String, fingerprint: String) -> Comparison {
    let signature = signature(category.name(), &fingerprint);
    Comparison::Diverge(Divergence {
        category,
        detail,
        fingerprint,
        signature,
    })
}

pub(crate) fn excerpt(text: &str) -> String {
    if text.chars().count() <= EXCERPT_CHARS {
        text.to_string()
    } else {
        let cut: String = text.chars().take(EXCERPT_CHARS).collect();
        format!("{cut}…")
    }
}

fn message_of(status: &Status) -> Option<String> {
    match status {
        Status::Ok => None,
        Status::Error { message, .. } => Some(message.lossy()),
    }
}

/// `ok` or `error(kind): message`.
fn status_text(status: &Status, shorten: impl Fn(&str) -> String) -> String {
    match message_of(status) {
        None => status.label(),
        Some(message) => format!("{}: {}", status.label(), shorten(&message)),
    }
}

fn is_resource_exhaustion(status: &Status) -> bool {
    matches!(
        status.error_kind(),
        Some(ErrorKind::Timeout | ErrorKind::Memory)
    )
}

/// A divergence described by both statuses: excerpts for people, `fingerprint` of each side
/// for the signature.
fn status_divergence(
    category: Category,
    left: &Outcome,
    right: &Outcome,
    fingerprint: impl Fn(&Status) -> String,
) -> Comparison {
    diverge(
        category,
        format!(
            "left {} | right {}",
            status_text(&left.status, excerpt),
            status_text(&right.status, excerpt)
        ),
        format!(
            "left {} | right {}",
            fingerprint(&left.status),
            fingerprint(&right.status)
        ),
    )
}

/// Compares the outcome of the left engine with the right engine's.
pub fn compare(left: &Outcome, right: &Outcome) -> Comparison {
    let left_kind = left.status.error_kind();
    let right_kind = right.status.error_kind();

    if left_kind == Some(ErrorKind::Crash) || right_kind == Some(ErrorKind::Crash) {
        return status_divergence(Category::Crash, left, right, |status| {
            status_text(status, mask)
        });
    }

    if is_resource_exhaustion(&left.status) && is_resource_exhaustion(&right.status) {
        let reason = match (left_kind, right_kind) {
            (Some(ErrorKind::Timeout), Some(ErrorKind::Timeout)) => "both engines timed out",
            (Some(ErrorKind::Memory), Some(ErrorKind::Memory)) => "both engines ran out of memory",
            _ => "one engine timed out and the other ran out of memory",
        };
        return Comparison::Inconclusive {
            reason: reason.to_string(),
        };
    }

    if left_kind == Some(ErrorKind::Timeout) || right_kind == Some(ErrorKind::Timeout) {
        // The other side's message is left out of the fingerprint: what matters is which engine
        // failed to finish and how it was stopped.
        return status_divergence(Category::Timeout, left, right, |status| {
            match status.error_kind() {
                Some(ErrorKind::Timeout) => status_text(status, mask),
                _ => status.label(),
            }
        });
    }

    if left_kind != right_kind {
        return diverge(
            Category::Status,
            format!(
                "left {} | right {}",
                status_text(&left.status, excerpt),
                status_text(&right.status, excerpt)
            ),
            format!(
                "left {} | right {}",
                status_text(&left.status, mask),
                status_text(&right.status, mask)
            ),
        );
    }

    if let (Some(left_message), Some(right_message)) =
        (message_of(&left.status), message_of(&right.status))
    {
        if left_message != right_message || left.status != right.status {
            return diverge(
                Category::ErrorMessage,
                format!(
                    "left {:?} | right {:?}",
                    excerpt(&left_message),
                    excerpt(&right_message)
                ),
                format!(
                    "{} left {} | right {}",
                    left.status.label(),
                    mask(&left_message),
                    mask(&right_message)
                ),
            );
        }
    }

    let (left_returns, right_returns) = comparable_returns(left, right);
    if left_returns != right_returns {
        let (detail, fingerprint) = first_returns_difference(&left_returns, &right_returns);
        return diverge(Category::Returns, detail, fingerprint);
    }

    if left.output != right.output {
        let (detail, fingerprint) = first_output_difference(&left.output, &right.output);
        return diverge(Category::Output, detail, fingerprint);
    }

    if let Some((detail, fingerprint)) = crate::redis::trace::first_difference(left, right) {
        return diverge(Category::Trace, detail, fingerprint);
    }

    Comparison::Agree
}

/// The returned values as far as both sides can agree on them: against real Redis (a trace
/// from `MONITOR`), a script that called a time-, chance- or layout-dependent command is
/// compared by the shape of what it returned only.
fn comparable_returns(left: &Outcome, right: &Outcome) -> (Vec<Value>, Vec<Value>) {
    let against_redis = left.trace_from_monitor || right.trace_from_monitor;
    let shape_only = against_redis
        && (crate::redis::trace::called_shape_only_command(left)
            || crate::redis::trace::called_shape_only_command(right));
    if shape_only {
        (
            left.returns.iter().map(shape_of).collect(),
            right.returns.iter().map(shape_of).collect(),
        )
    } else {
        (left.returns.clone(), right.returns.clone())
    }
}

/// A value with every string and number blanked: what stays is types and table structure.
fn shape_of(value: &Value) -> Value {
    match value {
        Value::String { .. } => Value::String {
            value: Bytes(Vec::new()),
        },
        Value::Number { .. } => Value::Number {
            value: crate::outcome::Number(0.0),
        },
        Value::Table { entries } => {
            let mut entries: Vec<(Value, Value)> = entries
                .iter()
                .map(|(key, value)| (shape_of(key), shape_of(value)))
                .collect();
            entries.sort_by_key(|entry| format!("{entry:?}"));
            Value::Table { entries }
        }
        other => other.clone(),
    }
}

fn first_returns_difference(left: &[Value], right: &[Value]) -> (String, String) {
    for (index, (a, b)) in left.iter().zip(right).enumerate() {
        if a != b {
            let (path, fingerprint) = value_difference(&format!("[{}]", index + 1), a, b);
            let detail = format!(
                "return {path}: left {} | right {}",
                excerpt(&a.render()),
                excerpt(&b.render())
            );
            return (detail, fingerprint);
        }
    }
    (
        format!(
            "left returned {} values | right returned {}",
            left.len(),
            right.len()
        ),
        "returns: different number of values".to_string(),
    )
}

/// Descends into tables to the first differing entry; returns its path and a fingerprint.
fn value_difference(path: &str, left: &Value, right: &Value) -> (String, String) {
    match (left, right) {
        (Value::Table { entries: a }, Value::Table { entries: b }) => {
            for ((key_a, value_a), (key_b, value_b)) in a.iter().zip(b) {
                if key_a != key_b {
                    let fingerprint = format!(
                        "table keys differ: left {} | right {}",
                        mask(&key_a.render()),
                        mask(&key_b.render())
                    );
                    return (path.to_string(), fingerprint);
                }
                if value_a != value_b {
                    return value_difference(
                        &format!("{path}[{}]", key_a.render()),
                        value_a,
                        value_b,
                    );
                }
            }
            (
                path.to_string(),
                "tables have different numbers of entries".to_string(),
            )
        }
        _ if left.type_name() != right.type_name() => (
            path.to_string(),
            format!("left {} | right {}", left.type_name(), right.type_name()),
        ),
        _ => (
            path.to_string(),
            format!(
                "{} left {} | right {}",
                left.type_name(),
                mask(&left.render()),
                mask(&right.render())
            ),
        ),
    }
}

fn first_output_difference(left: &Bytes, right: &Bytes) -> (String, String) {
    let left_lines: Vec<&[u8]> = left.0.split(|&byte| byte == b'\n').collect();
    let right_lines: Vec<&[u8]> = right.0.split(|&byte| byte == b'\n').collect();
    let line_text = |lines: &[&[u8]], index: usize| {
        lines
            .get(index)
            .map(|line| String::from_utf8_lossy(line).into_owned())
    };
    let count = left_lines.len().max(right_lines.len());
    for index in 0..count {
        let a = line_text(&left_lines, index);
        let b = line_text(&right_lines, index);
        if a != b {
            let show = |line: &Option<String>, shorten: &dyn Fn(&str) -> String| match line {
                Some(text) => format!("{:?}", shorten(text)),
                None => "<end of output>".to_string(),
            };
            let detail = format!(
                "output line {}: left {} | right {}",
                index + 1,
                show(&a, &excerpt),
                show(&b, &excerpt)
            );
            let fingerprint = format!(
                "output left {} | right {}",
                show(&a, &mask),
                show(&b, &mask)
            );
            return (detail, fingerprint);
        }
    }
    ("outputs differ".to_string(), "output differs".to_string())
}
