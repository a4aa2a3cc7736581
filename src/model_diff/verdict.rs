//! How a model reply is compared with the server's.
//!
//! The server runs each command inside a script (`redis.pcall`), so its reply went through
//! Redis's conversions to Lua and back: integers became doubles and were truncated back. The
//! model's reply is put through the same round trip before the comparison. Commands whose
//! replies depend on time, randomness or hash-table order are compared by shape, or as
//! unordered collections.

use ferrous_redis_model::{compared_by_shape, writes_by_chance, Reply};

/// How the replies of one command are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Exact,
    /// The same items in any order (hash-table order in Redis).
    Unordered,
    /// The same kinds and lengths (time, randomness, cursors).
    Shape,
    /// A cursor and a page of items, of any length: which keys a `SCAN` page holds, and how
    /// many, follows the buckets of Redis's key table, whose hash seed is drawn at start-up.
    CursorPage,
}

/// Commands whose replies come from Redis's hash tables in table order.
const UNORDERED: &[&str] = &["smembers", "sinter", "sunion", "sdiff"];

/// Replies that depend on the clock or on a set's hash table beyond what the model marks
/// (`compared_by_shape`): the server's clock moves between commands (`PTTL`), and times are
/// absolute (`EXPIRETIME`); `SSCAN` walks a set in table order.
const SHAPE_IN_SEQUENCES: &[&str] = &["pttl", "expiretime", "pexpiretime", "sscan"];

/// How `command` (its words) is compared.
pub fn comparison_of(command: &[Vec<u8>]) -> Comparison {
    let name = name_of(command);
    if name == "scan" {
        Comparison::CursorPage
    } else if compared_by_shape(command) || SHAPE_IN_SEQUENCES.contains(&name.as_str()) {
        Comparison::Shape
    } else if UNORDERED.contains(&name.as_str()) {
        Comparison::Unordered
    } else {
        Comparison::Exact
    }
}

/// Whether `command` may leave state that depends on time or chance, after which the rest of
/// the sequence can only be compared by shape.
pub fn unsettles_state(command: &[Vec<u8>]) -> bool {
    writes_by_chance(command)
}

fn name_of(command: &[Vec<u8>]) -> String {
    command
        .first()
        .map(|name| String::from_utf8_lossy(name).to_ascii_lowercase())
        .unwrap_or_default()
}

/// The model's reply as it comes back from a script that returns it: integers through a Lua
/// double and C's truncating conversion (`2^63` and beyond wrap to `i64::MIN`, as x86-64 does).
pub fn through_lua(reply: Reply) -> Reply {
    match reply {
        Reply::Integer(value) => {
            let number = value as f64;
            Reply::Integer(if number >= 2f64.powi(63) {
                i64::MIN
            } else {
                number as i64
            })
        }
        Reply::Array(items) => Reply::Array(items.into_iter().map(through_lua).collect()),
        other => other,
    }
}

/// Whether the two replies agree under `comparison`.
pub fn agree(model: &Reply, server: &Reply, comparison: Comparison) -> bool {
    match comparison {
        Comparison::Exact => model == server,
        Comparison::Unordered => match (model, server) {
            (Reply::Array(left), Reply::Array(right)) => {
                let mut left: Vec<String> = left.iter().map(|item| format!("{item:?}")).collect();
                let mut right: Vec<String> = right.iter().map(|item| format!("{item:?}")).collect();
                left.sort();
                right.sort();
                left == right
            }
            _ => model == server,
        },
        Comparison::Shape => shape(model) == shape(server),
        Comparison::CursorPage => page_shape(model) == page_shape(server),
    }
}

/// [`shape`], with a cursor page's keys (bulk strings) of any number.
fn page_shape(reply: &Reply) -> String {
    match reply {
        Reply::Array(parts) => match parts.as_slice() {
            [cursor, Reply::Array(items)]
                if items.iter().all(|item| matches!(item, Reply::Bulk(_))) =>
            {
                format!("[{},page of bulk]", shape(cursor))
            }
            _ => shape(reply),
        },
        _ => shape(reply),
    }
}

/// A reply's kinds and lengths, without its values (error texts are kept: they do not depend
/// on time or chance).
pub fn shape(reply: &Reply) -> String {
    match reply {
        Reply::Nil => "nil".to_string(),
        Reply::Integer(_) => "integer".to_string(),
        Reply::Bulk(_) => "bulk".to_string(),
        Reply::Status(text) => format!("status {}", String::from_utf8_lossy(text)),
        Reply::Error(text) => format!("error {}", String::from_utf8_lossy(text)),
        Reply::Array(items) => {
            let inner: Vec<String> = items.iter().map(shape).collect();
            format!("[{}]", inner.join(","))
        }
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Vec<u8>> {
        text.split(' ')
            .map(|word| word.as_bytes().to_vec())
            .collect()
    }

    #[test]
    fn integers_take_the_lua_round_trip() {
        assert_eq!(
            through_lua(Reply::Integer(9_007_199_254_740_993)),
            Reply::Integer(9_007_199_254_740_992)
        );
        assert_eq!(
            through_lua(Reply::Integer(i64::MAX)),
            Reply::Integer(i64::MIN)
        );
        assert_eq!(through_lua(Reply::Integer(-5)), Reply::Integer(-5));
    }

    #[test]
    fn comparisons_follow_the_command() {
        assert_eq!(comparison_of(&words("GET k")), Comparison::Exact);
        assert_eq!(comparison_of(&words("SMEMBERS s")), Comparison::Unordered);
        assert_eq!(comparison_of(&words("XADD x * f v")), Comparison::Shape);
        assert_eq!(comparison_of(&words("XADD x 1-1 f v")), Comparison::Exact);
        assert!(unsettles_state(&words("spop s")));
        assert!(unsettles_state(&words("XADD x * f v")));
        assert_eq!(comparison_of(&words("TIME")), Comparison::Shape);
        assert_eq!(comparison_of(&words("PTTL k")), Comparison::Shape);
        assert!(!unsettles_state(&words("srandmember s")));
    }

    #[test]
    fn unordered_and_shape_comparisons() {
        let a = Reply::Array(vec![Reply::Bulk(b"a".to_vec()), Reply::Bulk(b"b".to_vec())]);
        let b = Reply::Array(vec![Reply::Bulk(b"b".to_vec()), Reply::Bulk(b"a".to_vec())]);
        assert!(agree(&a, &b, Comparison::Unordered));
        assert!(!agree(&a, &b, Comparison::Exact));
        assert!(agree(
            &Reply::Integer(1),
            &Reply::Integer(2),
            Comparison::Shape
        ));
        assert!(!agree(&Reply::Integer(1), &Reply::Nil, Comparison::Shape));
    }

    #[test]
    fn scan_pages_agree_whatever_their_length() {
        let page = |cursor: &str, keys: &[&str]| {
            Reply::Array(vec![
                Reply::Bulk(cursor.as_bytes().to_vec()),
                Reply::Array(
                    keys.iter()
                        .map(|k| Reply::Bulk(k.as_bytes().to_vec()))
                        .collect(),
                ),
            ])
        };
        let comparison = comparison_of(&words("SCAN 9223372036854775808"));
        assert_eq!(comparison, Comparison::CursorPage);
        assert!(agree(&page("0", &[]), &page("0", &["g", "st"]), comparison));
        assert!(agree(
            &page("5", &["a"]),
            &page("0", &["g", "st"]),
            comparison
        ));
        let error = Reply::Error(b"ERR invalid cursor".to_vec());
        assert!(!agree(&page("0", &[]), &error, comparison));
        assert!(agree(&error, &error, comparison));
    }
}
