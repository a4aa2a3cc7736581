//! A deterministic picture of a key space, for comparing what scripts leave behind.
//!
//! The same picture can be built from a real Redis server (`TYPE`, `GET`, `LRANGE`,
//! `HGETALL`, `SMEMBERS`, `ZRANGE ... WITHSCORES`, `TTL`), so both are canonical: keys in byte
//! order, hash fields and set members sorted, sorted-set members in score order with their
//! scores as `%.17g` text, and times to live in whole seconds rounded as `TTL` rounds them.

use crate::keyspace::{Data, Keyspace};
use crate::number::format_double;

/// One key of a dump.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DumpedKey {
    pub key: Vec<u8>,
    /// Seconds to live as `TTL` reports them; `None` for a key without expiry.
    pub ttl_seconds: Option<i64>,
    pub value: DumpedValue,
}

/// A value of a dump, in canonical order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum DumpedValue {
    String(Vec<u8>),
    /// Items in list order.
    List(Vec<Vec<u8>>),
    /// Field/value pairs sorted by field.
    Hash(Vec<(Vec<u8>, Vec<u8>)>),
    /// Members sorted by their bytes.
    Set(Vec<Vec<u8>>),
    /// Member/score pairs in ascending score order, scores as `%.17g` text.
    SortedSet(Vec<(Vec<u8>, String)>),
    /// Entries in id order.
    Stream(Vec<DumpedEntry>),
}

/// A stream entry of a dump: its id as `<ms>-<seq>` text and its field/value pairs.
pub type DumpedEntry = (String, Vec<(Vec<u8>, Vec<u8>)>);

impl DumpedValue {
    /// The name `TYPE` gives.
    pub fn type_name(&self) -> &'static str {
        match self {
            DumpedValue::String(_) => "string",
            DumpedValue::List(_) => "list",
            DumpedValue::Hash(_) => "hash",
            DumpedValue::Set(_) => "set",
            DumpedValue::SortedSet(_) => "zset",
            DumpedValue::Stream(_) => "stream",
        }
    }

    /// A value built from what a server answered, put into canonical order.
    pub fn canonical(mut self) -> DumpedValue {
        match &mut self {
            DumpedValue::Hash(fields) => fields.sort(),
            DumpedValue::Set(members) => members.sort(),
            DumpedValue::String(_)
            | DumpedValue::List(_)
            | DumpedValue::SortedSet(_)
            | DumpedValue::Stream(_) => {}
        }
        self
    }
}

/// `TTL`'s rounding of a remaining time in milliseconds to seconds.
pub fn ttl_seconds_of(remaining_ms: i64) -> i64 {
    (remaining_ms + 500) / 1000
}

/// The live keys of database 0.
pub(crate) fn dump(keyspace: &Keyspace) -> Vec<DumpedKey> {
    keyspace
        .live_entries_in(0)
        .map(|(key, data, expires_at)| DumpedKey {
            key: key.clone(),
            ttl_seconds: expires_at.map(|at| ttl_seconds_of(at - keyspace.now())),
            value: dump_value(data),
        })
        .collect()
}

fn dump_value(data: &Data) -> DumpedValue {
    match data {
        Data::String(bytes) => DumpedValue::String(bytes.clone()),
        Data::List(items) => DumpedValue::List(items.iter().cloned().collect()),
        Data::Hash(fields) => DumpedValue::Hash(fields.clone()).canonical(),
        Data::Set(members) => DumpedValue::Set(members.iter().cloned().collect()),
        Data::SortedSet(set) => DumpedValue::SortedSet(
            set.entries()
                .iter()
                .map(|(score, member)| (member.clone(), format_double(*score)))
                .collect(),
        ),
        Data::Stream(stream) => DumpedValue::Stream(
            stream
                .entries()
                .into_iter()
                .map(|entry| (entry.id.text(), entry.fields.clone()))
                .collect(),
        ),
    }
}
