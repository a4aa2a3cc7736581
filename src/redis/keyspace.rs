//! The key space a script left behind, as an outcome records it: built from the model's dump
//! ([`ferrous_redis_model::Model::dump`]) or read from a live server with the commands that
//! give the same canonical picture.

use super::resp::Connection;
use crate::outcome::{Bytes, StoredKey};
use ferrous_redis_model::{DumpedEntry, DumpedKey, DumpedValue, Reply};
use std::io;

/// A dumped key as an outcome records it.
pub fn stored_key(dumped: &DumpedKey) -> StoredKey {
    let value: Vec<Bytes> = match &dumped.value {
        DumpedValue::String(bytes) => vec![Bytes(bytes.clone())],
        DumpedValue::List(items) | DumpedValue::Set(items) => {
            items.iter().map(|item| Bytes(item.clone())).collect()
        }
        DumpedValue::Hash(pairs) => pairs
            .iter()
            .flat_map(|(field, value)| [Bytes(field.clone()), Bytes(value.clone())])
            .collect(),
        DumpedValue::SortedSet(pairs) => pairs
            .iter()
            .flat_map(|(member, score)| [Bytes(member.clone()), Bytes::from(score.as_str())])
            .collect(),
        // Each entry as its id and field count, then its fields and values.
        DumpedValue::Stream(entries) => entries
            .iter()
            .flat_map(|(id, fields)| {
                let head = Bytes::from(format!("{id} {}", fields.len()).as_str());
                std::iter::once(head).chain(
                    fields
                        .iter()
                        .flat_map(|(field, value)| [Bytes(field.clone()), Bytes(value.clone())]),
                )
            })
            .collect(),
    };
    StoredKey {
        key: Bytes(dumped.key.clone()),
        kind: dumped.value.type_name().to_string(),
        ttl: dumped.ttl_seconds,
        value,
    }
}

pub fn stored_keys(dump: &[DumpedKey]) -> Vec<StoredKey> {
    dump.iter().map(stored_key).collect()
}

fn unexpected(what: &str, reply: &Reply) -> io::Error {
    io::Error::other(format!("unexpected reply to {what}: {reply:?}"))
}

fn bulk_items(reply: Reply, what: &str) -> io::Result<Vec<Vec<u8>>> {
    match reply {
        Reply::Array(items) => items
            .into_iter()
            .map(|item| match item {
                Reply::Bulk(bytes) => Ok(bytes),
                other => Err(unexpected(what, &other)),
            })
            .collect(),
        other => Err(unexpected(what, &other)),
    }
}

fn pairs(items: Vec<Vec<u8>>) -> Vec<(Vec<u8>, Vec<u8>)> {
    items
        .chunks(2)
        .filter_map(|pair| match pair {
            [first, second] => Some((first.clone(), second.clone())),
            _ => None,
        })
        .collect()
}

/// The entries of an `XRANGE` reply: ids with their field/value pairs.
fn stream_entries(reply: Reply) -> io::Result<Vec<DumpedEntry>> {
    let Reply::Array(entries) = reply else {
        return Err(unexpected("XRANGE", &reply));
    };
    entries
        .into_iter()
        .map(|entry| match entry {
            Reply::Array(mut parts) if parts.len() == 2 => {
                let fields = parts.pop().unwrap_or(Reply::Nil);
                let id = match parts.pop() {
                    Some(Reply::Bulk(id)) => String::from_utf8_lossy(&id).into_owned(),
                    other => return Err(unexpected("XRANGE", &other.unwrap_or(Reply::Nil))),
                };
                Ok((id, pairs(bulk_items(fields, "XRANGE")?)))
            }
            other => Err(unexpected("XRANGE", &other)),
        })
        .collect()
}

/// Reads the whole key space of a live server (database 0), canonically ordered.
pub fn read_keyspace(connection: &mut Connection) -> io::Result<Vec<DumpedKey>> {
    let mut keys = bulk_items(connection.call(&[b"KEYS", b"*"])?, "KEYS")?;
    keys.sort();
    let mut dump = Vec::with_capacity(keys.len());
    for key in keys {
        let kind = match connection.call(&[b"TYPE", &key])? {
            Reply::Status(kind) => kind,
            other => return Err(unexpected("TYPE", &other)),
        };
        let value = match kind.as_slice() {
            b"string" => match connection.call(&[b"GET", &key])? {
                Reply::Bulk(bytes) => DumpedValue::String(bytes),
                other => return Err(unexpected("GET", &other)),
            },
            b"list" => DumpedValue::List(bulk_items(
                connection.call(&[b"LRANGE", &key, b"0", b"-1"])?,
                "LRANGE",
            )?),
            b"hash" => DumpedValue::Hash(pairs(bulk_items(
                connection.call(&[b"HGETALL", &key])?,
                "HGETALL",
            )?)),
            b"set" => DumpedValue::Set(bulk_items(
                connection.call(&[b"SMEMBERS", &key])?,
                "SMEMBERS",
            )?),
            b"zset" => DumpedValue::SortedSet(
                pairs(bulk_items(
                    connection.call(&[b"ZRANGE", &key, b"0", b"-1", b"WITHSCORES"])?,
                    "ZRANGE",
                )?)
                .into_iter()
                .map(|(member, score)| (member, String::from_utf8_lossy(&score).into_owned()))
                .collect(),
            ),
            b"stream" => DumpedValue::Stream(stream_entries(
                connection.call(&[b"XRANGE", &key, b"-", b"+"])?,
            )?),
            // Keys expiring between KEYS and TYPE, or types the model does not have.
            b"none" => continue,
            other => {
                return Err(io::Error::other(format!(
                    "key of type {} cannot be compared",
                    String::from_utf8_lossy(other)
                )))
            }
        };
        let ttl_seconds = match connection.call(&[b"TTL", &key])? {
            Reply::Integer(ttl) if ttl >= 0 => Some(ttl),
            Reply::Integer(_) => None,
            other => return Err(unexpected("TTL", &other)),
        };
        dump.push(DumpedKey {
            key,
            ttl_seconds,
            value: value.canonical(),
        });
    }
    Ok(dump)
}
