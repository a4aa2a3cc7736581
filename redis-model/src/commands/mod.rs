//! The modelled commands: one module per data type, each contributing a table of
//! [`CommandSpec`]s, and the helpers they share.

mod connection;
mod geo;
mod hashes;
mod hyperloglog;
mod keys;
mod lists;
mod sets;
mod sorted_sets;
mod stream_groups;
mod streams;
mod strings;

use crate::errors;
use crate::keyspace::{Data, Keyspace, SortedSet};
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
    hashes::COMMANDS,
    lists::COMMANDS,
    sets::COMMANDS,
    sorted_sets::COMMANDS,
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
