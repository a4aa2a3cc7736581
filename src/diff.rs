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
    /// Real Redis's verdict on a redis-profile divergence, when it was asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbitration: Option<Box<crate::arbitration::Arbitration>>,
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
        arbitration: None,
    })
}

/// Characters of context kept before the first difference of two long texts, and after it.
const CONTEXT_BEFORE: usize = 24;
const CONTEXT_AFTER: usize = 40;

/// Texts at most this long are shown whole.
const SHORT_TEXT_CHARS: usize = 80;

/// Two texts as excerpts around their first difference: whole when both are short, else a few
/// characters either side of the first differing character, with `…` where text was cut and
/// the 1-based position of that character.
pub(crate) fn contrast(left: &str, right: &str) -> (String, String) {
    let a: Vec<char> = left.chars().collect();
    let b: Vec<char> = right.chars().collect();
    if a.len() <= SHORT_TEXT_CHARS && b.len() <= SHORT_TEXT_CHARS {
        return (left.to_string(), right.to_string());
    }
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let start = common.saturating_sub(CONTEXT_BEFORE);
    let window = |chars: &[char]| {
        let end = chars.len().min(common + CONTEXT_AFTER);
        format!(
            "{}{}{}",
            if start > 0 { "…" } else { "" },
            chars[start.min(end)..end].iter().collect::<String>(),
            if end < chars.len() { "…" } else { "" }
        )
    };
    (
        format!("{} (at character {})", window(&a), common + 1),
        format!("{} (at character {})", window(&b), common + 1),
    )
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
            let (left_text, right_text) = contrast(&left_message, &right_message);
            return diverge(
                Category::ErrorMessage,
                format!("left {left_text:?} | right {right_text:?}"),
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
            let place = value_difference(&format!("[{}]", index + 1), a, b);
            let detail = format!("return {}: {}", place.path, place.detail);
            return (detail, place.fingerprint);
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

/// Where two values first differ: the path into them, what differs there (for people) and the
/// masked fingerprint.
struct Place {
    path: String,
    detail: String,
    fingerprint: String,
}

/// Both sides of a difference, as excerpts around where their renderings part.
fn both_sides(left: &str, right: &str) -> String {
    let (left, right) = contrast(left, right);
    format!("left {left} | right {right}")
}

/// Descends into tables to the first differing entry.
fn value_difference(path: &str, left: &Value, right: &Value) -> Place {
    let place = |detail: String, fingerprint: String| Place {
        path: path.to_string(),
        detail,
        fingerprint,
    };
    match (left, right) {
        (Value::Table { entries: a }, Value::Table { entries: b }) => {
            for ((key_a, value_a), (key_b, value_b)) in a.iter().zip(b) {
                if key_a != key_b {
                    let fingerprint = format!(
                        "table keys differ: left {} | right {}",
                        mask(&key_a.render()),
                        mask(&key_b.render())
                    );
                    let detail = format!(
                        "keys differ: {}",
                        both_sides(
                            &format!("[{}]={}", key_a.render(), value_a.render()),
                            &format!("[{}]={}", key_b.render(), value_b.render())
                        )
                    );
                    return place(detail, fingerprint);
                }
                if value_a != value_b {
                    return value_difference(
                        &format!("{path}[{}]", key_a.render()),
                        value_a,
                        value_b,
                    );
                }
            }
            let extra = |entries: &[(Value, Value)], other: usize| {
                entries.get(other).map_or_else(
                    || format!("{} entries", entries.len()),
                    |(key, value)| {
                        format!(
                            "{} entries, the first extra [{}]={}",
                            entries.len(),
                            key.render(),
                            excerpt(&value.render())
                        )
                    },
                )
            };
            place(
                format!("left {} | right {}", extra(a, b.len()), extra(b, a.len())),
                "tables have different numbers of entries".to_string(),
            )
        }
        _ if left.type_name() != right.type_name() => place(
            both_sides(&left.render(), &right.render()),
            format!("left {} | right {}", left.type_name(), right.type_name()),
        ),
        _ => place(
            both_sides(&left.render(), &right.render()),
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
            let (a_text, b_text) = match (&a, &b) {
                (Some(a), Some(b)) => {
                    let (a, b) = contrast(a, b);
                    (format!("{a:?}"), format!("{b:?}"))
                }
                _ => (show(&a, &excerpt), show(&b, &excerpt)),
            };
            let detail = format!("output line {}: left {a_text} | right {b_text}", index + 1);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_shown_whole() {
        assert_eq!(
            contrast("abc", "abd"),
            ("abc".to_string(), "abd".to_string())
        );
    }

    #[test]
    fn long_texts_are_cut_around_the_first_difference() {
        let left = format!("{}X{}", "a".repeat(300), "b".repeat(300));
        let right = format!("{}Y{}", "a".repeat(300), "b".repeat(300));
        let (a, b) = contrast(&left, &right);
        let expected = |middle: char| {
            format!(
                "…{}{middle}{}… (at character 301)",
                "a".repeat(CONTEXT_BEFORE),
                "b".repeat(CONTEXT_AFTER - 1)
            )
        };
        assert_eq!(a, expected('X'));
        assert_eq!(b, expected('Y'));
    }

    #[test]
    fn a_nested_difference_shows_the_leaves_not_the_whole_value() {
        let long = "x".repeat(500);
        let table = |last: &str| Value::Table {
            entries: vec![
                (Value::number(1.0), Value::string(long.as_str())),
                (Value::number(2.0), Value::string(last)),
            ],
        };
        let place = value_difference("[1]", &table("left leaf"), &table("right leaf"));
        assert_eq!(place.path, "[1][2]");
        assert_eq!(place.detail, "left \"left leaf\" | right \"right leaf\"");
        assert!(!place.detail.contains("xxx"));
    }
}
