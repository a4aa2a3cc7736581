//! A value as `DUMP` serializes it (`rdbSaveObjectType` and `rdbSaveObject` of Redis 7.0): the
//! object type byte and the object, in the encoding the value has (see [`crate::encoding`]).

use super::listpack::{self, Element};
use super::wire::{write_binary_double, write_length, write_string};
use super::{intset, ObjectType};
use crate::encoding::{encoding, Encoding};
use crate::keyspace::Data;
use crate::number::parse_integer;
use std::collections::VecDeque;

/// `list-max-listpack-size -2`: a quicklist node's listpack holds at most 8 KB.
const LIST_NODE_MAX_BYTES: usize = 8192;
/// `SIZE_ESTIMATE_OVERHEAD`: what quicklist adds to an element's length when it decides
/// whether the element still fits in a node.
const LIST_ELEMENT_OVERHEAD: usize = 8;
/// `QUICKLIST_NODE_CONTAINER_PACKED`: a node holding a listpack.
const PACKED_NODE: u64 = 2;

/// The type byte and serialized object of `data`.
pub(crate) fn serialize(data: &Data) -> Vec<u8> {
    let mut out = Vec::new();
    match (data, encoding(data)) {
        (Data::String(bytes), _) => {
            out.push(ObjectType::String as u8);
            write_string(&mut out, bytes);
        }
        (Data::List(items), _) => {
            out.push(ObjectType::ListQuicklist2 as u8);
            let nodes = list_nodes(items);
            write_length(&mut out, nodes.len() as u64);
            for node in nodes {
                write_length(&mut out, PACKED_NODE);
                write_string(&mut out, &node);
            }
        }
        (Data::Hash(fields), Encoding::Listpack) => {
            out.push(ObjectType::HashListpack as u8);
            let elements = fields
                .iter()
                .flat_map(|(field, value)| [Element::Text(field), Element::Text(value)]);
            write_string(&mut out, &listpack::encode(elements));
        }
        (Data::Hash(fields), _) => {
            out.push(ObjectType::Hash as u8);
            write_length(&mut out, fields.len() as u64);
            for (field, value) in fields {
                write_string(&mut out, field);
                write_string(&mut out, value);
            }
        }
        (Data::Set(members), Encoding::Intset) => {
            out.push(ObjectType::SetIntset as u8);
            let values: Vec<i64> = members
                .iter()
                .filter_map(|member| parse_integer(member))
                .collect();
            write_string(&mut out, &intset::encode(&values));
        }
        (Data::Set(members), _) => {
            out.push(ObjectType::Set as u8);
            write_length(&mut out, members.len() as u64);
            for member in members {
                write_string(&mut out, member);
            }
        }
        (Data::SortedSet(set), Encoding::Listpack) => {
            out.push(ObjectType::ZsetListpack as u8);
            let scores: Vec<Vec<u8>> = set
                .entries()
                .iter()
                .map(|(score, _)| listpack_score(*score))
                .collect();
            let elements = set
                .entries()
                .iter()
                .zip(&scores)
                .flat_map(|((score, member), text)| {
                    let score = match as_integer(*score) {
                        Some(integer) => Element::Integer(integer),
                        None => Element::Text(text),
                    };
                    [Element::Text(member), score]
                });
            write_string(&mut out, &listpack::encode(elements));
        }
        (Data::SortedSet(set), _) => {
            out.push(ObjectType::Zset2 as u8);
            write_length(&mut out, set.len() as u64);
            // Redis writes a skiplist from its greatest element down.
            for (score, member) in set.entries().iter().rev() {
                write_string(&mut out, member);
                write_binary_double(&mut out, *score);
            }
        }
        (Data::Stream(stream), _) => {
            out.push(ObjectType::StreamListpacks2 as u8);
            super::stream_payload::write(stream, &mut out);
        }
    }
    out
}

/// `double2ll`: a score Redis stores in a listpack as an integer.
fn as_integer(score: f64) -> Option<i64> {
    const HALF_RANGE: f64 = (i64::MAX / 2) as f64;
    if !(-HALF_RANGE..=HALF_RANGE).contains(&score) {
        return None;
    }
    let integer = score as i64;
    (integer as f64 == score).then_some(integer)
}

/// `d2string` of a score that is not an integer: `%.17g`, `inf`, `-inf`.
fn listpack_score(score: f64) -> Vec<u8> {
    crate::number::format_double(score).into_bytes()
}

/// The listpacks of a quicklist holding `items`, split as `RPUSH` fills nodes: an element
/// goes into the tail node while the node's bytes, the element's length and 8 stay within
/// 8 KB. A list that lost elements or grew at its head may be split differently in Redis.
fn list_nodes(items: &VecDeque<Vec<u8>>) -> Vec<Vec<u8>> {
    const EMPTY_LISTPACK: usize = 7;
    let mut nodes: Vec<Vec<&[u8]>> = Vec::new();
    let mut tail_bytes = 0;
    for item in items {
        let fits = !nodes.is_empty()
            && tail_bytes + item.len() + LIST_ELEMENT_OVERHEAD <= LIST_NODE_MAX_BYTES;
        if !fits {
            nodes.push(Vec::new());
            tail_bytes = EMPTY_LISTPACK;
        }
        tail_bytes += listpack::element_size(Element::Text(item));
        if let Some(node) = nodes.last_mut() {
            node.push(item);
        }
    }
    nodes
        .into_iter()
        .map(|node| listpack::encode(node.into_iter().map(Element::Text)))
        .collect()
}
