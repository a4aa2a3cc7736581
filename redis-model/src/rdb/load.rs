//! Reading a payload back into a value (`rdbLoadObject` of Redis 7.0), for `RESTORE`: every
//! object type Redis 7.0 writes and the older ones it still reads. What Redis refuses
//! (an unknown type, a truncated or inconsistent encoding, an empty container, duplicate
//! members, a NaN score, module values with no module to load them) is [`BadFormat`].
//! The model checks every encoding in full where Redis (with `sanitize-dump-payload no`)
//! checks only headers: a payload that passes Redis's shallow checks but is corrupt inside
//! crashes or misbehaves in Redis, and is refused here.

use super::legacy::{ziplist_entries, zipmap_pairs};
use super::listpack::{self, Value};
use super::wire::{Cursor, Malformed, Read};
use super::{intset, stream_payload, BadFormat, ObjectType};
use crate::keyspace::{Data, SortedSet};
use crate::number::parse_double;
use std::collections::{BTreeSet, VecDeque};

impl From<Malformed> for BadFormat {
    fn from(_: Malformed) -> BadFormat {
        BadFormat
    }
}

/// `QUICKLIST_NODE_CONTAINER_PLAIN`: a node holding one large element as it is.
const PLAIN_NODE: u64 = 1;
/// `QUICKLIST_NODE_CONTAINER_PACKED`: a node holding a listpack.
const PACKED_NODE: u64 = 2;

pub(super) fn load(payload: &[u8]) -> Result<Data, BadFormat> {
    let mut cursor = Cursor::new(payload);
    let object_type = ObjectType::from_byte(cursor.byte()?).ok_or(BadFormat)?;
    let data = match object_type {
        ObjectType::String => Data::String(cursor.string()?),
        ObjectType::List => list(counted_strings(&mut cursor)?)?,
        ObjectType::Set => set(counted_strings(&mut cursor)?)?,
        ObjectType::Zset | ObjectType::Zset2 => {
            let count = cursor.count()?;
            let mut pairs = Vec::new();
            for _ in 0..count {
                let member = cursor.string()?;
                let score = if object_type == ObjectType::Zset2 {
                    cursor.binary_double()?
                } else {
                    cursor.text_double()?
                };
                pairs.push((member, score));
            }
            sorted_set(pairs)?
        }
        ObjectType::Hash => {
            let count = cursor.count()?;
            let mut pairs = Vec::new();
            for _ in 0..count {
                let field = cursor.string()?;
                let value = cursor.string()?;
                pairs.push((field, value));
            }
            hash(pairs)?
        }
        ObjectType::ListQuicklist | ObjectType::ListQuicklist2 => {
            quicklist(&mut cursor, object_type == ObjectType::ListQuicklist2)?
        }
        ObjectType::HashZipmap => hash(zipmap_pairs(&cursor.string()?)?)?,
        ObjectType::ListZiplist => list(ziplist_entries(&cursor.string()?)?)?,
        ObjectType::SetIntset => {
            let values = intset::decode(&cursor.string()?)?;
            set(values
                .into_iter()
                .map(|value| value.to_string().into_bytes())
                .collect())?
        }
        ObjectType::ZsetZiplist => {
            sorted_set(scored(pairs_of(ziplist_entries(&cursor.string()?)?)?)?)?
        }
        ObjectType::HashZiplist => hash(pairs_of(ziplist_entries(&cursor.string()?)?)?)?,
        ObjectType::HashListpack => hash(pairs_of(listpack_strings(&cursor.string()?)?)?)?,
        ObjectType::ZsetListpack => {
            sorted_set(scored(pairs_of(listpack_strings(&cursor.string()?)?)?)?)?
        }
        ObjectType::StreamListpacks | ObjectType::StreamListpacks2 => Data::Stream(Box::new(
            stream_payload::read(&mut cursor, object_type == ObjectType::StreamListpacks2)?,
        )),
        // No module is loaded, so Redis cannot read module values either.
        ObjectType::Module | ObjectType::Module2 => return Err(BadFormat),
    };
    Ok(data)
}

/// A length, then that many strings.
fn counted_strings(cursor: &mut Cursor) -> Read<Vec<Vec<u8>>> {
    let count = cursor.count()?;
    (0..count).map(|_| cursor.string()).collect()
}

fn listpack_strings(bytes: &[u8]) -> Read<Vec<Vec<u8>>> {
    Ok(listpack::decode(bytes)?
        .into_iter()
        .map(Value::into_bytes)
        .collect())
}

/// Alternating elements as pairs; an odd count is malformed.
fn pairs_of(elements: Vec<Vec<u8>>) -> Read<Vec<(Vec<u8>, Vec<u8>)>> {
    if !elements.len().is_multiple_of(2) {
        return Err(Malformed);
    }
    let mut elements = elements.into_iter();
    let mut pairs = Vec::new();
    while let (Some(first), Some(second)) = (elements.next(), elements.next()) {
        pairs.push((first, second));
    }
    Ok(pairs)
}

/// Member/score pairs whose scores are text (`zzlStrtod`).
fn scored(pairs: Vec<(Vec<u8>, Vec<u8>)>) -> Read<Vec<(Vec<u8>, f64)>> {
    pairs
        .into_iter()
        .map(|(member, score)| Ok((member, parse_double(&score).ok_or(Malformed)?)))
        .collect()
}

/// `RDB_TYPE_LIST_QUICKLIST(_2)`: nodes, each a listpack (a ziplist in the first version)
/// or, in the second, possibly one plain element. Empty nodes are skipped, as Redis skips
/// them; a list left empty is refused.
fn quicklist(cursor: &mut Cursor, second_version: bool) -> Result<Data, BadFormat> {
    let nodes = cursor.count()?;
    let mut items = Vec::new();
    for _ in 0..nodes {
        let container = if second_version {
            cursor.length()?
        } else {
            PACKED_NODE
        };
        if container != PACKED_NODE && container != PLAIN_NODE {
            return Err(BadFormat);
        }
        let blob = cursor.string()?;
        if blob.is_empty() {
            return Err(BadFormat);
        }
        if container == PLAIN_NODE {
            items.push(blob);
        } else if second_version {
            items.extend(listpack_strings(&blob)?);
        } else {
            items.extend(ziplist_entries(&blob)?);
        }
    }
    list(items)
}

fn list(items: Vec<Vec<u8>>) -> Result<Data, BadFormat> {
    if items.is_empty() {
        return Err(BadFormat);
    }
    Ok(Data::List(VecDeque::from(items)))
}

fn set(members: Vec<Vec<u8>>) -> Result<Data, BadFormat> {
    let count = members.len();
    let members: BTreeSet<Vec<u8>> = members.into_iter().collect();
    if count == 0 || members.len() != count {
        return Err(BadFormat);
    }
    Ok(Data::Set(members))
}

fn hash(pairs: Vec<(Vec<u8>, Vec<u8>)>) -> Result<Data, BadFormat> {
    let fields: BTreeSet<&[u8]> = pairs.iter().map(|(field, _)| field.as_slice()).collect();
    if pairs.is_empty() || fields.len() != pairs.len() {
        return Err(BadFormat);
    }
    Ok(Data::Hash(pairs))
}

fn sorted_set(pairs: Vec<(Vec<u8>, f64)>) -> Result<Data, BadFormat> {
    let mut set = SortedSet::default();
    for (member, score) in &pairs {
        if score.is_nan() || set.score(member).is_some() {
            return Err(BadFormat);
        }
        set.insert(member, *score);
    }
    if set.is_empty() {
        return Err(BadFormat);
    }
    Ok(Data::SortedSet(set))
}
