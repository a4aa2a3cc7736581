//! Streams in a payload (`RDB_TYPE_STREAM_LISTPACKS_2`, which Redis 7.0 writes, and the 6.x
//! `RDB_TYPE_STREAM_LISTPACKS` it still reads): each node's key (its master id, 16 bytes
//! big-endian) and listpack, the length, the last, first and greatest deleted ids, the count
//! of entries ever added, then the consumer groups with their pending entries (delivery time
//! in milliseconds, delivery count) and consumers (seen time, their pending ids).
//!
//! Delivery and seen times come from the clock: the model's frozen clock gives other bytes
//! than a live server, so only streams without consumer groups can match Redis's `DUMP`.

use super::listpack::{self, Value};
use super::wire::{write_length, write_string, Cursor, Malformed};
use super::BadFormat;
use crate::stream::{Consumer, Group, Pending, Stream, StreamCounters, StreamId};
use std::collections::{BTreeMap, BTreeSet};

fn write_id(out: &mut Vec<u8>, id: StreamId) {
    write_length(out, id.ms);
    write_length(out, id.seq);
}

pub(super) fn write(stream: &Stream, out: &mut Vec<u8>) {
    let nodes = stream.node_listpacks();
    write_length(out, nodes.len() as u64);
    for (master_id, elements) in &nodes {
        write_string(out, &master_id.key());
        write_string(
            out,
            &listpack::encode(elements.iter().map(Value::as_element)),
        );
    }
    write_length(out, stream.len());
    write_id(out, stream.last_id);
    write_id(out, stream.first_id);
    write_id(out, stream.max_deleted_id);
    write_length(out, stream.entries_added);
    write_length(out, stream.groups.len() as u64);
    for (name, group) in &stream.groups {
        write_string(out, name);
        write_id(out, group.last_id);
        // -1 ("unknown") is written as the unsigned length it converts to, as Redis does.
        write_length(out, group.entries_read as u64);
        write_length(out, group.pending.len() as u64);
        for (id, pending) in &group.pending {
            out.extend_from_slice(&id.key());
            out.extend_from_slice(&pending.delivered_at.to_le_bytes());
            write_length(out, pending.deliveries);
        }
        write_length(out, group.consumers.len() as u64);
        for (name, consumer) in &group.consumers {
            write_string(out, name);
            out.extend_from_slice(&consumer.seen_at.to_le_bytes());
            write_length(out, consumer.pending.len() as u64);
            for id in &consumer.pending {
                out.extend_from_slice(&id.key());
            }
        }
    }
}

fn id_from_key(key: &[u8]) -> Result<StreamId, BadFormat> {
    if key.len() != 16 {
        return Err(BadFormat);
    }
    let mut ms = [0u8; 8];
    let mut seq = [0u8; 8];
    ms.copy_from_slice(&key[..8]);
    seq.copy_from_slice(&key[8..]);
    Ok(StreamId {
        ms: u64::from_be_bytes(ms),
        seq: u64::from_be_bytes(seq),
    })
}

fn read_id(cursor: &mut Cursor) -> Result<StreamId, Malformed> {
    Ok(StreamId {
        ms: cursor.length()?,
        seq: cursor.length()?,
    })
}

/// `rdbLoadMillisecondTime`: 8 bytes, little-endian.
fn read_time(cursor: &mut Cursor) -> Result<i64, Malformed> {
    let mut word = [0u8; 8];
    word.copy_from_slice(cursor.take(8)?);
    Ok(i64::from_le_bytes(word))
}

pub(super) fn read(cursor: &mut Cursor, second_version: bool) -> Result<Stream, BadFormat> {
    let node_count = cursor.count()?;
    let mut nodes = Vec::new();
    for _ in 0..node_count {
        let master_id = id_from_key(&cursor.string()?)?;
        let elements = listpack::decode(&cursor.string()?)?;
        if elements.is_empty() || nodes.iter().any(|(id, _)| *id == master_id) {
            return Err(BadFormat);
        }
        nodes.push((master_id, elements));
    }
    let length = cursor.length()?;
    let last_id = read_id(cursor)?;
    let counters = if second_version {
        StreamCounters {
            length,
            last_id,
            first_id: read_id(cursor)?,
            max_deleted_id: read_id(cursor)?,
            entries_added: cursor.length()?,
        }
    } else {
        // 6.x streams: no deletions known, every entry added counted by the length.
        StreamCounters {
            length,
            last_id,
            first_id: StreamId::MIN,
            max_deleted_id: StreamId::MIN,
            entries_added: length,
        }
    };
    let mut stream = Stream::from_node_listpacks(nodes, counters).ok_or(BadFormat)?;
    if !second_version {
        stream.first_id = stream
            .entries()
            .first()
            .map_or(StreamId::MIN, |entry| entry.id);
    }
    let group_count = cursor.count()?;
    for _ in 0..group_count {
        let name = cursor.string()?;
        let last_id = read_id(cursor)?;
        let entries_read = if second_version {
            cursor.length()? as i64
        } else {
            stream.entries_read_up_to(last_id)
        };
        let group = read_group(cursor, last_id, entries_read)?;
        if stream.groups.insert(name, group).is_some() {
            return Err(BadFormat);
        }
    }
    Ok(stream)
}

/// A group's pending entries and consumers; every pending entry must belong to exactly one
/// consumer, and every consumer's ids must be pending in the group.
fn read_group(
    cursor: &mut Cursor,
    last_id: StreamId,
    entries_read: i64,
) -> Result<Group, BadFormat> {
    let pending_count = cursor.count()?;
    let mut pending: BTreeMap<StreamId, Pending> = BTreeMap::new();
    for _ in 0..pending_count {
        let id = id_from_key(cursor.take(16)?)?;
        let delivered_at = read_time(cursor)?;
        let deliveries = cursor.length()?;
        let entry = Pending {
            consumer: Vec::new(),
            delivered_at,
            deliveries,
        };
        if pending.insert(id, entry).is_some() {
            return Err(BadFormat);
        }
    }
    let consumer_count = cursor.count()?;
    let mut consumers: BTreeMap<Vec<u8>, Consumer> = BTreeMap::new();
    let mut owned = 0usize;
    for _ in 0..consumer_count {
        let name = cursor.string()?;
        let seen_at = read_time(cursor)?;
        let ids = cursor.count()?;
        let mut own: BTreeSet<StreamId> = BTreeSet::new();
        for _ in 0..ids {
            let id = id_from_key(cursor.take(16)?)?;
            let entry = pending.get_mut(&id).ok_or(BadFormat)?;
            if !entry.consumer.is_empty() || !own.insert(id) {
                return Err(BadFormat);
            }
            entry.consumer = name.clone();
            owned += 1;
        }
        let consumer = Consumer {
            seen_at,
            pending: own,
        };
        if consumers.insert(name, consumer).is_some() {
            return Err(BadFormat);
        }
    }
    if owned != pending.len() {
        return Err(BadFormat);
    }
    Ok(Group {
        last_id,
        entries_read,
        pending,
        consumers,
    })
}
