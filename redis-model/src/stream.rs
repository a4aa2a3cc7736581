//! A stream value, laid out as Redis lays it out: entries grouped in nodes (listpacks keyed by
//! their first id in a radix tree), a node closed once it holds 100 entries (live or deleted)
//! or its listpack would reach 4096 bytes. The layout is kept because it shows through:
//! approximate trimming (`~`) removes whole nodes only, and `XINFO STREAM` reports the
//! radix tree's size.

use crate::rdb::ListpackValue as Value;
use std::collections::{BTreeMap, BTreeSet};

/// A stream id, `<ms>-<seq>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub(crate) struct StreamId {
    pub ms: u64,
    pub seq: u64,
}

impl StreamId {
    pub(crate) const MIN: StreamId = StreamId { ms: 0, seq: 0 };
    pub(crate) const MAX: StreamId = StreamId {
        ms: u64::MAX,
        seq: u64::MAX,
    };

    /// The next id, or `None` after the last one.
    pub(crate) fn next(self) -> Option<StreamId> {
        match (self.ms, self.seq) {
            (u64::MAX, u64::MAX) => None,
            (ms, u64::MAX) => Some(StreamId { ms: ms + 1, seq: 0 }),
            (ms, seq) => Some(StreamId { ms, seq: seq + 1 }),
        }
    }

    /// The previous id, or `None` before the first one.
    pub(crate) fn previous(self) -> Option<StreamId> {
        match (self.ms, self.seq) {
            (0, 0) => None,
            (ms, 0) => Some(StreamId {
                ms: ms - 1,
                seq: u64::MAX,
            }),
            (ms, seq) => Some(StreamId { ms, seq: seq - 1 }),
        }
    }

    pub(crate) fn text(self) -> String {
        format!("{}-{}", self.ms, self.seq)
    }

    /// The 16 big-endian bytes Redis keys its radix tree with.
    pub(crate) fn key(self) -> [u8; 16] {
        let mut key = [0; 16];
        key[..8].copy_from_slice(&self.ms.to_be_bytes());
        key[8..].copy_from_slice(&self.seq.to_be_bytes());
        key
    }
}

/// One entry: its id and field/value pairs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub id: StreamId,
    pub fields: Vec<(Vec<u8>, Vec<u8>)>,
}

#[derive(Debug, Clone, PartialEq)]
struct StoredEntry {
    entry: Entry,
    deleted: bool,
}

/// A listpack of entries; the first entry's id and fields are its "master" entry.
#[derive(Debug, Clone, PartialEq)]
struct Node {
    master_id: StreamId,
    master_fields: Vec<Vec<u8>>,
    entries: Vec<StoredEntry>,
}

impl Node {
    fn live(&self) -> usize {
        self.entries.iter().filter(|stored| !stored.deleted).count()
    }

    fn same_fields(&self, entry: &Entry) -> bool {
        entry.fields.len() == self.master_fields.len()
            && entry
                .fields
                .iter()
                .zip(&self.master_fields)
                .all(|((field, _), master)| field == master)
    }

    /// The listpack's size in bytes, as Redis encodes it.
    fn bytes(&self) -> usize {
        let live = self.live();
        let mut total = 6 + 1;
        total += integer_element(live as i64);
        total += integer_element((self.entries.len() - live) as i64);
        total += integer_element(self.master_fields.len() as i64);
        total += self
            .master_fields
            .iter()
            .map(|field| string_element(field))
            .sum::<usize>();
        total += integer_element(0);
        for stored in &self.entries {
            let entry = &stored.entry;
            let same = self.same_fields(entry);
            let flags = i64::from(stored.deleted) | if same { 2 } else { 0 };
            total += integer_element(flags);
            total += integer_element(entry.id.ms.wrapping_sub(self.master_id.ms) as i64);
            total += integer_element(entry.id.seq.wrapping_sub(self.master_id.seq) as i64);
            let count = entry.fields.len();
            if same {
                total += entry
                    .fields
                    .iter()
                    .map(|(_, value)| string_element(value))
                    .sum::<usize>();
                total += integer_element(count as i64 + 3);
            } else {
                total += integer_element(count as i64);
                total += entry
                    .fields
                    .iter()
                    .map(|(field, value)| string_element(field) + string_element(value))
                    .sum::<usize>();
                total += integer_element(2 * count as i64 + 4);
            }
        }
        total
    }

    fn last_id(&self) -> StreamId {
        self.entries
            .last()
            .map_or(self.master_id, |stored| stored.entry.id)
    }
}

/// The elements of a node's listpack as Redis writes it (`streamAppendItem`): the master
/// entry (live count, deleted count, field count, the fields, 0), then each entry as flags
/// (1 deleted, 2 same fields as the master), id deltas from the master id, the values alone
/// or the field count and pairs, and the entry's element count.
impl Node {
    fn listpack(&self) -> Vec<Value> {
        let count = |n: usize| Value::Integer(n as i64);
        let live = self.live();
        let mut elements = vec![
            count(live),
            count(self.entries.len() - live),
            count(self.master_fields.len()),
        ];
        elements.extend(self.master_fields.iter().cloned().map(Value::Text));
        elements.push(Value::Integer(0));
        for stored in &self.entries {
            let entry = &stored.entry;
            let same = self.same_fields(entry);
            let flags = i64::from(stored.deleted) | if same { 2 } else { 0 };
            elements.push(Value::Integer(flags));
            elements.push(Value::Integer(
                entry.id.ms.wrapping_sub(self.master_id.ms) as i64
            ));
            elements.push(Value::Integer(
                entry.id.seq.wrapping_sub(self.master_id.seq) as i64,
            ));
            let fields = entry.fields.len();
            if same {
                elements.extend(
                    entry
                        .fields
                        .iter()
                        .map(|(_, value)| Value::Text(value.clone())),
                );
                elements.push(count(fields + 3));
            } else {
                elements.push(count(fields));
                for (field, value) in &entry.fields {
                    elements.push(Value::Text(field.clone()));
                    elements.push(Value::Text(value.clone()));
                }
                elements.push(count(2 * fields + 4));
            }
        }
        elements
    }

    /// The node keyed `master_id` whose listpack holds `elements`, or `None` when they are
    /// not a node's layout (counts that disagree with the entries, entries out of order).
    fn from_listpack(master_id: StreamId, elements: Vec<Value>) -> Option<Node> {
        let mut elements = elements.into_iter();
        let integer = |elements: &mut std::vec::IntoIter<Value>| match elements.next()? {
            Value::Integer(value) => Some(value),
            Value::Text(text) => crate::number::parse_integer(&text),
        };
        let live = usize::try_from(integer(&mut elements)?).ok()?;
        let deleted = usize::try_from(integer(&mut elements)?).ok()?;
        let field_count = usize::try_from(integer(&mut elements)?).ok()?;
        let master_fields: Vec<Vec<u8>> = (0..field_count)
            .map(|_| elements.next().map(Value::into_bytes))
            .collect::<Option<_>>()?;
        if integer(&mut elements)? != 0 {
            return None;
        }
        let mut entries: Vec<StoredEntry> = Vec::new();
        while elements.len() > 0 {
            let flags = integer(&mut elements)?;
            let id = StreamId {
                ms: master_id.ms.wrapping_add(integer(&mut elements)? as u64),
                seq: master_id.seq.wrapping_add(integer(&mut elements)? as u64),
            };
            let text =
                |elements: &mut std::vec::IntoIter<Value>| elements.next().map(Value::into_bytes);
            let fields: Vec<(Vec<u8>, Vec<u8>)> = if flags & 2 != 0 {
                master_fields
                    .iter()
                    .map(|field| Some((field.clone(), text(&mut elements)?)))
                    .collect::<Option<_>>()?
            } else {
                let count = usize::try_from(integer(&mut elements)?).ok()?;
                (0..count)
                    .map(|_| Some((text(&mut elements)?, text(&mut elements)?)))
                    .collect::<Option<_>>()?
            };
            let expected_count = if flags & 2 != 0 {
                fields.len() + 3
            } else {
                2 * fields.len() + 4
            };
            let in_order = entries.last().is_none_or(|last| last.entry.id < id);
            if integer(&mut elements)? != expected_count as i64 || !in_order || id < master_id {
                return None;
            }
            entries.push(StoredEntry {
                entry: Entry { id, fields },
                deleted: flags & 1 != 0,
            });
        }
        let node = Node {
            master_id,
            master_fields,
            entries,
        };
        let consistent = node.live() == live && node.entries.len() - live == deleted && live > 0;
        consistent.then_some(node)
    }
}

/// Bytes of a listpack element whose encoding and data take `length` bytes (with its
/// back-length).
fn element(length: usize) -> usize {
    let backlen = match length {
        0..=127 => 1,
        128..=16382 => 2,
        16383..=2_097_150 => 3,
        2_097_151..=268_435_454 => 4,
        _ => 5,
    };
    length + backlen
}

fn integer_element(value: i64) -> usize {
    element(match value {
        0..=127 => 1,
        -4096..=4095 => 2,
        -32768..=32767 => 3,
        -8_388_608..=8_388_607 => 4,
        -2_147_483_648..=2_147_483_647 => 5,
        _ => 9,
    })
}

fn string_element(text: &[u8]) -> usize {
    if let Some(value) = crate::number::parse_integer(text) {
        return integer_element(value);
    }
    element(match text.len() {
        0..=63 => 1 + text.len(),
        64..=4095 => 2 + text.len(),
        length => 5 + length,
    })
}

/// Redis's `stream-node-max-entries` and `stream-node-max-bytes` defaults.
const NODE_MAX_ENTRIES: usize = 100;
const NODE_MAX_BYTES: usize = 4096;

/// A trimming request (`MAXLEN`/`MINID`, exact or `~` with a limit on removed entries).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Trim {
    MaxLen(u64),
    MinId(StreamId),
}

/// A consumer group: what it delivered last, its pending entries and its consumers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Group {
    pub last_id: StreamId,
    /// Entries the group has read since the first ever entry; -1 when unknown.
    pub entries_read: i64,
    /// Delivered entries not yet acknowledged.
    pub pending: BTreeMap<StreamId, Pending>,
    pub consumers: BTreeMap<Vec<u8>, Consumer>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Pending {
    pub consumer: Vec<u8>,
    pub delivered_at: i64,
    pub deliveries: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Consumer {
    pub seen_at: i64,
    pub pending: BTreeSet<StreamId>,
}

/// The counters a serialized stream carries besides its nodes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct StreamCounters {
    pub length: u64,
    pub last_id: StreamId,
    pub first_id: StreamId,
    pub max_deleted_id: StreamId,
    pub entries_added: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Stream {
    pub groups: BTreeMap<Vec<u8>, Group>,
    nodes: Vec<Node>,
    length: u64,
    pub last_id: StreamId,
    pub first_id: StreamId,
    pub max_deleted_id: StreamId,
    pub entries_added: u64,
}

impl Stream {
    pub(crate) fn len(&self) -> u64 {
        self.length
    }

    /// Appends an entry whose id the caller checked to be above `last_id`.
    pub(crate) fn append(&mut self, entry: Entry) {
        let payload: usize = entry
            .fields
            .iter()
            .map(|(field, value)| field.len() + value.len())
            .sum();
        let needs_node = self.nodes.last().is_none_or(|node| {
            node.bytes() + payload >= NODE_MAX_BYTES || node.entries.len() >= NODE_MAX_ENTRIES
        });
        if needs_node {
            self.nodes.push(Node {
                master_id: entry.id,
                master_fields: entry
                    .fields
                    .iter()
                    .map(|(field, _)| field.clone())
                    .collect(),
                entries: Vec::new(),
            });
        }
        if self.length == 0 {
            self.first_id = entry.id;
        }
        self.last_id = entry.id;
        self.entries_added += 1;
        self.length += 1;
        if let Some(node) = self.nodes.last_mut() {
            node.entries.push(StoredEntry {
                entry,
                deleted: false,
            });
        }
    }

    /// Live entries from `start` to `end` (inclusive), backwards when `reverse`.
    pub(crate) fn range(
        &self,
        start: StreamId,
        end: StreamId,
        reverse: bool,
        limit: usize,
    ) -> Vec<&Entry> {
        let live = self
            .nodes
            .iter()
            .flat_map(|node| node.entries.iter())
            .filter(|stored| !stored.deleted && stored.entry.id >= start && stored.entry.id <= end)
            .map(|stored| &stored.entry);
        let limit = if limit == 0 { usize::MAX } else { limit };
        if reverse {
            let mut all: Vec<&Entry> = live.collect();
            all.reverse();
            all.truncate(limit);
            all
        } else {
            live.take(limit).collect()
        }
    }

    /// The id of the last live entry (`0-0` when none).
    pub(crate) fn last_live_id(&self) -> StreamId {
        self.range(StreamId::MIN, StreamId::MAX, true, 1)
            .first()
            .map_or(StreamId::MIN, |entry| entry.id)
    }

    fn first_live_id(&self) -> StreamId {
        self.range(StreamId::MIN, StreamId::MAX, false, 1)
            .first()
            .map_or(StreamId::MIN, |entry| entry.id)
    }

    /// Marks the entry `id` deleted (dropping its node once no entry there is live); whether
    /// it was there.
    pub(crate) fn delete(&mut self, id: StreamId) -> bool {
        for index in 0..self.nodes.len() {
            let node = &mut self.nodes[index];
            let Some(stored) = node
                .entries
                .iter_mut()
                .find(|stored| !stored.deleted && stored.entry.id == id)
            else {
                continue;
            };
            stored.deleted = true;
            if node.live() == 0 {
                self.nodes.remove(index);
            }
            self.length -= 1;
            if id > self.max_deleted_id {
                self.max_deleted_id = id;
            }
            if self.length == 0 {
                self.first_id = StreamId::MIN;
            } else if id == self.first_id {
                self.first_id = self.first_live_id();
            }
            return true;
        }
        false
    }

    /// Trims as `streamTrim` does; the number of entries removed. `limit` 0 is unlimited.
    pub(crate) fn trim(&mut self, trim: Trim, approximate: bool, limit: u64) -> u64 {
        let mut deleted = 0u64;
        while let Some(node) = self.nodes.first() {
            if let Trim::MaxLen(max) = trim {
                if self.length <= max {
                    break;
                }
            }
            let entries = node.live() as u64;
            if limit != 0 && deleted + entries > limit {
                break;
            }
            let remove_node = match trim {
                Trim::MaxLen(max) => self.length - entries >= max,
                Trim::MinId(min) => node.last_id() < min,
            };
            if remove_node {
                self.nodes.remove(0);
                self.length -= entries;
                deleted += entries;
                continue;
            }
            if approximate {
                break;
            }
            let mut length = self.length;
            let node = &mut self.nodes[0];
            for stored in &mut node.entries {
                let stop = match trim {
                    Trim::MaxLen(max) => length <= max,
                    Trim::MinId(min) => stored.entry.id >= min,
                };
                if stop {
                    break;
                }
                if !stored.deleted {
                    stored.deleted = true;
                    length -= 1;
                    deleted += 1;
                }
            }
            self.length = length;
            break;
        }
        if self.length == 0 {
            self.first_id = StreamId::MIN;
        } else if deleted > 0 {
            self.first_id = self.first_live_id();
        }
        deleted
    }

    /// Whether a deleted entry may lie between `start` and the end (`streamRangeHasTombstones`).
    pub(crate) fn has_tombstones_from(&self, start: StreamId) -> bool {
        self.length > 0
            && self.max_deleted_id != StreamId::MIN
            && self.first_id <= self.max_deleted_id
            && start <= self.max_deleted_id
    }

    /// How many entries were added up to `id`, when the stream can tell
    /// (`streamEstimateDistanceFromFirstEverEntry`); -1 when it cannot.
    pub(crate) fn entries_read_up_to(&self, id: StreamId) -> i64 {
        let added = i64::try_from(self.entries_added).unwrap_or(i64::MAX);
        let length = i64::try_from(self.length).unwrap_or(i64::MAX);
        if self.entries_added == 0 {
            return 0;
        }
        if self.length == 0 && id <= self.last_id {
            return added;
        }
        if id == self.last_id {
            return added;
        }
        if id > self.last_id {
            return -1;
        }
        let no_tombstones_ahead =
            self.max_deleted_id == StreamId::MIN || self.max_deleted_id < self.first_id;
        if no_tombstones_ahead {
            if id < self.first_id {
                return added - length;
            }
            if id == self.first_id {
                return added - length + 1;
            }
        }
        -1
    }

    /// A group's lag (entries not yet delivered to it), when it can be told.
    pub(crate) fn lag(&self, group: &Group) -> Option<i64> {
        let added = i64::try_from(self.entries_added).unwrap_or(i64::MAX);
        if self.entries_added == 0 {
            return Some(0);
        }
        if group.entries_read != -1 && !self.has_tombstones_from(group.last_id) {
            return Some(added - group.entries_read);
        }
        match self.entries_read_up_to(group.last_id) {
            -1 => None,
            read => Some(added - read),
        }
    }

    /// `radix-tree-keys`: the number of nodes.
    pub(crate) fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// `radix-tree-nodes`: the nodes of a radix tree holding the node keys, compressed as
    /// Redis's rax compresses them (a rax node starts at the root, at every key, at every
    /// branching prefix and below every branching prefix).
    pub(crate) fn radix_tree_nodes(&self) -> usize {
        let keys: Vec<[u8; 16]> = self.nodes.iter().map(|node| node.master_id.key()).collect();
        radix_nodes(&keys)
    }

    /// Each node's key (its master id) and listpack elements, in id order, as `DUMP` writes
    /// them.
    pub(crate) fn node_listpacks(&self) -> Vec<(StreamId, Vec<Value>)> {
        self.nodes
            .iter()
            .map(|node| (node.master_id, node.listpack()))
            .collect()
    }

    /// A stream read back from its nodes' listpacks and its counters (`RESTORE`), or `None`
    /// when the nodes are not a stream's layout or disagree with `length`. Groups are added
    /// by the caller.
    pub(crate) fn from_node_listpacks(
        nodes: Vec<(StreamId, Vec<Value>)>,
        counters: StreamCounters,
    ) -> Option<Stream> {
        let mut nodes: Vec<Node> = nodes
            .into_iter()
            .map(|(master_id, elements)| Node::from_listpack(master_id, elements))
            .collect::<Option<_>>()?;
        nodes.sort_by_key(|node| node.master_id);
        let disjoint = nodes
            .windows(2)
            .all(|pair| pair[0].last_id() < pair[1].master_id);
        let live: usize = nodes.iter().map(Node::live).sum();
        if !disjoint || live as u64 != counters.length {
            return None;
        }
        Some(Stream {
            groups: BTreeMap::new(),
            nodes,
            length: counters.length,
            last_id: counters.last_id,
            first_id: counters.first_id,
            max_deleted_id: counters.max_deleted_id,
            entries_added: counters.entries_added,
        })
    }

    /// Every live entry, in id order.
    pub(crate) fn entries(&self) -> Vec<&Entry> {
        self.range(StreamId::MIN, StreamId::MAX, false, 0)
    }
}

/// The rax node count for sorted, distinct, 16-byte keys.
fn radix_nodes(keys: &[[u8; 16]]) -> usize {
    if keys.is_empty() {
        return 1;
    }
    let mut count = 0;
    // The groups of keys sharing a prefix one byte shorter, with whether they branch.
    let mut parents: Vec<(usize, usize, bool)> = Vec::new();
    for depth in 0..=16 {
        let mut groups = Vec::new();
        let mut parent = 0;
        let mut start = 0;
        while start < keys.len() {
            let mut end = start + 1;
            while end < keys.len() && keys[end][..depth] == keys[start][..depth] {
                end += 1;
            }
            let branches = depth < 16 && {
                let group = &keys[start..end];
                group
                    .windows(2)
                    .any(|pair| pair[0][depth] != pair[1][depth])
            };
            while parent < parents.len() && parents[parent].1 <= start {
                parent += 1;
            }
            let below_branch = parents.get(parent).is_some_and(|group| group.2);
            if depth == 0 || depth == 16 || branches || below_branch {
                count += 1;
            }
            groups.push((start, end, branches));
            start = end;
        }
        parents = groups;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(ms: u64, seq: u64) -> StreamId {
        StreamId { ms, seq }
    }

    fn entry(ms: u64) -> Entry {
        Entry {
            id: id(ms, 0),
            fields: vec![(b"f".to_vec(), b"v".to_vec())],
        }
    }

    #[test]
    fn ids_step_over_sequence_ends() {
        assert_eq!(id(1, u64::MAX).next(), Some(id(2, 0)));
        assert_eq!(StreamId::MAX.next(), None);
        assert_eq!(id(2, 0).previous(), Some(id(1, u64::MAX)));
        assert_eq!(StreamId::MIN.previous(), None);
    }

    #[test]
    fn nodes_close_at_one_hundred_entries_and_approximate_trims_drop_whole_nodes() {
        let mut stream = Stream::default();
        for ms in 1..=250 {
            stream.append(entry(ms));
        }
        assert_eq!(stream.node_count(), 3);
        assert_eq!(stream.trim(Trim::MaxLen(180), true, 0), 0);
        assert_eq!(stream.trim(Trim::MaxLen(120), true, 0), 100);
        assert_eq!(stream.len(), 150);
        assert_eq!(stream.trim(Trim::MaxLen(100), false, 0), 50);
        assert_eq!(stream.first_id, id(151, 0));
    }

    #[test]
    fn radix_tree_of_one_key_has_two_nodes() {
        let mut stream = Stream::default();
        stream.append(entry(1));
        assert_eq!(stream.radix_tree_nodes(), 2);
    }
}
