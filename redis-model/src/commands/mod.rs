//! The modelled commands: one module per data type, each contributing a table of
//! [`CommandSpec`]s, and the helpers they share.

mod bitmaps;
mod command;
mod connection;
mod geo;
mod hashes;
mod hyperloglog;
mod introspection;
mod keys;
mod lists;
mod migrate;
mod scan;
mod serialization;
mod server;
mod sets;
mod sort;
mod sorted_set_ops;
mod sorted_set_ranges;
mod sorted_sets;
mod stream_groups;
mod streams;
mod strings;

use crate::errors;
use crate::keyspace::{Data, Keyspace, SortedSet};
use crate::long_double::LongDouble;
use crate::number::parse_integer;
use crate::Reply;
use std::collections::{BTreeSet, VecDeque};

/// A command as the handler sees it.
pub(crate) struct Request<'a> {
    /// The command's canonical lower-case name (for error texts).
    pub name: &'static str,
    /// The name as the script spelled it (some error texts repeat it).
    pub spelled: &'a [u8],
    /// The arguments after the command name.
    pub args: &'a [Vec<u8>],
    /// The protocol the script selected (2 or 3).
    pub resp: u8,
}

impl Request<'_> {
    /// Argument `index` (after the command name); empty when absent, which the arity check
    /// done before any handler runs rules out.
    fn arg(&self, index: usize) -> &[u8] {
        self.args.get(index).map_or(&[], Vec::as_slice)
    }
}

/// What a handler returns: a reply, or an error reply (so `?` can bail out early).
pub(crate) type Answer = Result<Reply, Reply>;

type Handler = fn(&mut Keyspace, &Request) -> Answer;

/// One modelled command.
pub(crate) struct CommandSpec {
    pub name: &'static str,
    /// Redis's arity: `n` exactly `n` words, `-n` at least `n` (the name counts).
    pub arity: i32,
    handler: Handler,
}

impl CommandSpec {
    /// Runs the command; an error reply is a reply like any other.
    pub(crate) fn run(&self, keyspace: &mut Keyspace, request: &Request) -> Reply {
        (self.handler)(keyspace, request).unwrap_or_else(|error| error)
    }
}

const fn spec(name: &'static str, arity: i32, handler: Handler) -> CommandSpec {
    CommandSpec {
        name,
        arity,
        handler,
    }
}

const TABLES: &[&[CommandSpec]] = &[
    connection::COMMANDS,
    strings::COMMANDS,
    keys::COMMANDS,
    migrate::COMMANDS,
    serialization::COMMANDS,
    hashes::COMMANDS,
    lists::COMMANDS,
    sets::COMMANDS,
    sorted_sets::COMMANDS,
    sorted_set_ranges::COMMANDS,
    sorted_set_ops::COMMANDS,
    scan::COMMANDS,
    server::COMMANDS,
    &[spec("command", -1, command::command)],
    introspection::COMMANDS,
    sort::COMMANDS,
    bitmaps::COMMANDS,
    // Streams, HyperLogLog and geo.
    streams::COMMANDS,
    stream_groups::COMMANDS,
    hyperloglog::COMMANDS,
    geo::COMMANDS,
];

/// Every modelled command: its lower-case name and Redis's arity.
pub(crate) fn all() -> impl Iterator<Item = (&'static str, i32)> {
    TABLES
        .iter()
        .flat_map(|table| table.iter())
        .map(|spec| (spec.name, spec.arity))
}

/// The modelled command called `lower_name`.
pub(crate) fn lookup(lower_name: &str) -> Option<&'static CommandSpec> {
    TABLES
        .iter()
        .flat_map(|table| table.iter())
        .find(|spec| spec.name == lower_name)
}

pub(crate) fn error(message: &str) -> Reply {
    Reply::Error(message.as_bytes().to_vec())
}

fn ok() -> Reply {
    Reply::Status(b"OK".to_vec())
}

fn bulk(bytes: &[u8]) -> Reply {
    Reply::Bulk(bytes.to_vec())
}

fn integer(count: usize) -> Reply {
    Reply::Integer(i64::try_from(count).unwrap_or(i64::MAX))
}

fn flag(value: bool) -> Reply {
    Reply::Integer(i64::from(value))
}

fn bulk_array<'a>(items: impl IntoIterator<Item = &'a Vec<u8>>) -> Reply {
    Reply::Array(items.into_iter().map(|item| bulk(item)).collect())
}

/// An integer argument, or `ERR value is not an integer or out of range`.
fn integer_argument(text: &[u8]) -> Result<i64, Reply> {
    parse_integer(text).ok_or_else(|| error(errors::NOT_INTEGER))
}

/// An integer argument within `min..=max` (`getRangeLongFromObjectOrReply`): `message` (when
/// given) for what is not an integer or out of range, else Redis's generic texts.
fn ranged_integer(text: &[u8], min: i64, max: i64, message: Option<&str>) -> Result<i64, Reply> {
    let value = match parse_integer(text) {
        Some(value) => value,
        None => return Err(error(message.unwrap_or(errors::NOT_INTEGER))),
    };
    if value < min || value > max {
        return Err(error(&message.map_or_else(
            || format!("ERR value is out of range, value must between {min} and {max}"),
            str::to_string,
        )));
    }
    Ok(value)
}

/// The keys of `numkeys key [key ...] <where> ...` (`LMPOP`, `ZMPOP` and their blocking
/// forms): `numkeys` from 1 (`message` otherwise), and a word must follow the keys.
fn mpop_keys<'a>(words: &'a [Vec<u8>], message: &str) -> Result<&'a [Vec<u8>], Reply> {
    let count = ranged_integer(&words[0], 1, i64::MAX, Some(message))?;
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    if count >= words.len() - 1 {
        return Err(error(errors::SYNTAX));
    }
    Ok(&words[1..=count])
}

/// Checks a blocking command's timeout as Redis does (`getTimeoutFromObjectOrReply`, in
/// seconds); in a script the command never blocks, so the value itself is not needed.
fn block_timeout(text: &[u8]) -> Result<(), Reply> {
    let seconds = LongDouble::parse(text)
        .ok_or_else(|| error("ERR timeout is not a float or out of range"))?
        .to_f64();
    // C's conversion to long long: what does not fit (or NaN) becomes the least long.
    let millis = seconds * 1000.0;
    let millis = if millis.is_finite() && millis.abs() < i64::MAX as f64 {
        millis as i64
    } else {
        i64::MIN
    };
    if millis < 0 {
        return Err(error("ERR timeout is negative"));
    }
    if millis > i64::MAX - crate::model::FROZEN_CLOCK_MS {
        return Err(error("ERR timeout is out of range"));
    }
    Ok(())
}

/// The most repeated picks the model replies to a negative `SRANDMEMBER`, `HRANDFIELD` or
/// `ZRANDMEMBER` count; Redis would try to send any number of them.
const MODEL_REPEATED_PICKS: u64 = 1 << 20;

/// The model's deterministic choice of `count` of `items` (the bench compares these replies by
/// shape): the first ones, or for a negative count, with repeats, cycling through them.
fn pick<T: Clone>(items: &[T], count: i64) -> Result<Vec<T>, Reply> {
    let wanted = count.unsigned_abs();
    if count >= 0 || items.is_empty() {
        return Ok(items
            .iter()
            .take(usize::try_from(wanted).unwrap_or(usize::MAX))
            .cloned()
            .collect());
    }
    if wanted > MODEL_REPEATED_PICKS {
        return Err(error(&format!(
            "ERR ferrous-redis-model limits repeated random picks to {MODEL_REPEATED_PICKS}"
        )));
    }
    let wanted = usize::try_from(wanted).unwrap_or(usize::MAX);
    Ok(items.iter().cycle().take(wanted).cloned().collect())
}

fn wrong_type() -> Reply {
    error(errors::WRONG_TYPE)
}

/// Case-insensitive comparison of an option word.
fn is_option(word: &[u8], option: &str) -> bool {
    word.eq_ignore_ascii_case(option.as_bytes())
}

/// Resolves Redis's `start`/`stop` index pair (negative counts from the end) against a length,
/// giving the inclusive range to return, or `None` when it is empty.
fn index_range(start: i64, stop: i64, len: usize) -> Option<(usize, usize)> {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let start = if start < 0 {
        (len + start).max(0)
    } else {
        start
    };
    let stop = if stop < 0 {
        len + stop
    } else {
        stop.min(len - 1)
    };
    if start > stop || start >= len {
        return None;
    }
    Some((usize::try_from(start).ok()?, usize::try_from(stop).ok()?))
}

/// Defines a reader of the value at `key` expecting one type: `Ok(None)` when absent, the value
/// when of the type, `WRONGTYPE` otherwise.
macro_rules! typed_reader {
    ($name:ident, $method:ident, $variant:ident, $inner:ty) => {
        pub(crate) fn $name<'k>(
            keyspace: &'k mut Keyspace,
            key: &[u8],
        ) -> Result<Option<$inner>, Reply> {
            match keyspace.$method(key) {
                None => Ok(None),
                Some(Data::$variant(inner)) => Ok(Some(inner)),
                Some(_) => Err(wrong_type()),
            }
        }
    };
}

typed_reader!(string_at, get, String, &'k Vec<u8>);
typed_reader!(list_at, get, List, &'k VecDeque<Vec<u8>>);
typed_reader!(list_at_mut, get_mut, List, &'k mut VecDeque<Vec<u8>>);
typed_reader!(hash_at, get, Hash, &'k Vec<(Vec<u8>, Vec<u8>)>);
typed_reader!(hash_at_mut, get_mut, Hash, &'k mut Vec<(Vec<u8>, Vec<u8>)>);
typed_reader!(set_at, get, Set, &'k BTreeSet<Vec<u8>>);
typed_reader!(set_at_mut, get_mut, Set, &'k mut BTreeSet<Vec<u8>>);
typed_reader!(sorted_set_at, get, SortedSet, &'k SortedSet);
typed_reader!(sorted_set_at_mut, get_mut, SortedSet, &'k mut SortedSet);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_are_the_first_items_or_a_bounded_cycle() {
        let items = [1, 2, 3];
        assert_eq!(pick(&items, 2), Ok(vec![1, 2]));
        assert_eq!(pick(&items, 9), Ok(vec![1, 2, 3]));
        assert_eq!(pick(&items, -5), Ok(vec![1, 2, 3, 1, 2]));
        assert_eq!(pick::<i32>(&[], -5), Ok(vec![]));
        assert!(pick(&items, -i64::MAX).is_err());
    }

    #[test]
    fn the_command_tables_agree_with_redis_on_arity() {
        for spec in TABLES.iter().flat_map(|table| table.iter()) {
            let command = crate::command_table::redis_commands()
                .iter()
                .find(|command| command.name == spec.name)
                .unwrap_or_else(|| panic!("{} is not a Redis command", spec.name));
            assert_eq!(spec.arity, command.arity, "{}", spec.name);
        }
    }
}
