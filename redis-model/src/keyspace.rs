//! The key space: typed values with optional expiry times, read under a frozen clock.
//!
//! Redis freezes its clock while a script runs, so a key's time to live never changes within a
//! script; the model goes further and never moves its clock at all, which makes every run
//! deterministic. A key whose expiry time is not after the clock is logically absent, and is
//! removed the first time a command looks at it, as Redis's lazy expiry does.

use crate::stream::Stream;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// One stored value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Data {
    String(Vec<u8>),
    List(VecDeque<Vec<u8>>),
    /// Fields in insertion order, as Redis keeps small hashes (listpack encoding).
    Hash(Vec<(Vec<u8>, Vec<u8>)>),
    Set(BTreeSet<Vec<u8>>),
    SortedSet(SortedSet),
    Stream(Box<Stream>),
}

impl Data {
    /// The name `TYPE` replies.
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Data::String(_) => "string",
            Data::List(_) => "list",
            Data::Hash(_) => "hash",
            Data::Set(_) => "set",
            Data::SortedSet(_) => "zset",
            Data::Stream(_) => "stream",
        }
    }

    /// Whether the value is an empty container, which Redis never keeps (streams excepted:
    /// an empty stream stays).
    fn is_empty_container(&self) -> bool {
        match self {
            Data::String(_) | Data::Stream(_) => false,
            Data::List(items) => items.is_empty(),
            Data::Hash(fields) => fields.is_empty(),
            Data::Set(members) => members.is_empty(),
            Data::SortedSet(set) => set.is_empty(),
        }
    }
}

/// A sorted set: members ordered by score, then by member bytes, as Redis orders them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct SortedSet {
    /// Kept sorted by (score, member).
    entries: Vec<(f64, Vec<u8>)>,
}

impl SortedSet {
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub(crate) fn score(&self, member: &[u8]) -> Option<f64> {
        self.entries
            .iter()
            .find(|(_, m)| m.as_slice() == member)
            .map(|(score, _)| *score)
    }

    /// The 0-based rank of `member` in ascending order.
    pub(crate) fn rank(&self, member: &[u8]) -> Option<usize> {
        self.entries
            .iter()
            .position(|(_, m)| m.as_slice() == member)
    }

    /// Sets `member`'s score (adding it if absent). A score of -0 is kept as 0, as Redis
    /// stores it.
    pub(crate) fn insert(&mut self, member: &[u8], score: f64) {
        let score = score + 0.0;
        self.remove(member);
        let position = self.entries.partition_point(|(s, m)| {
            s.total_cmp(&score)
                .then_with(|| m.as_slice().cmp(member))
                .is_lt()
        });
        self.entries.insert(position, (score, member.to_vec()));
    }

    pub(crate) fn remove(&mut self, member: &[u8]) -> bool {
        match self.rank(member) {
            Some(index) => {
                self.entries.remove(index);
                true
            }
            None => false,
        }
    }

    /// Entries in ascending order.
    pub(crate) fn entries(&self) -> &[(f64, Vec<u8>)] {
        &self.entries
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Stored {
    data: Data,
    /// Absolute expiry time in milliseconds, if any.
    expires_at: Option<i64>,
}

/// Redis's default number of databases (`databases 16`).
pub(crate) const DATABASES: usize = 16;

/// The server's databases, and the one the script's commands act on (`SELECT`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Keyspace {
    databases: Vec<BTreeMap<Vec<u8>, Stored>>,
    selected: usize,
    /// The frozen clock, in milliseconds.
    now: i64,
}

impl Keyspace {
    pub(crate) fn new(now: i64) -> Keyspace {
        Keyspace {
            databases: vec![BTreeMap::new(); DATABASES],
            selected: 0,
            now,
        }
    }

    pub(crate) fn now(&self) -> i64 {
        self.now
    }

    /// Makes database `index` (below [`DATABASES`]) the one commands act on.
    pub(crate) fn select(&mut self, index: usize) {
        self.selected = index;
    }

    pub(crate) fn selected(&self) -> usize {
        self.selected
    }

    /// Runs `f` with database `index` selected, then selects the current one again (for the
    /// commands that reach into another database: `MOVE`, `COPY ... DB`).
    pub(crate) fn in_database<R>(&mut self, index: usize, f: impl FnOnce(&mut Keyspace) -> R) -> R {
        let current = std::mem::replace(&mut self.selected, index);
        let result = f(self);
        self.selected = current;
        result
    }

    /// `SWAPDB`: the two databases exchange their keys.
    pub(crate) fn swap_databases(&mut self, first: usize, second: usize) {
        self.databases.swap(first, second);
    }

    /// Removes every key of every database (`FLUSHALL`).
    pub(crate) fn clear_all(&mut self) {
        self.databases.iter_mut().for_each(BTreeMap::clear);
    }

    /// Live keys and live keys with an expiry time, per database (`INFO keyspace`).
    pub(crate) fn database_sizes(&mut self) -> Vec<(usize, usize)> {
        (0..DATABASES)
            .map(|index| {
                self.in_database(index, |keyspace| {
                    let keys = keyspace.live_count();
                    let expires = keyspace
                        .live_entries()
                        .filter(|(_, _, expires_at)| expires_at.is_some())
                        .count();
                    (keys, expires)
                })
            })
            .collect()
    }

    fn keys(&self) -> &BTreeMap<Vec<u8>, Stored> {
        &self.databases[self.selected]
    }

    fn keys_mut(&mut self) -> &mut BTreeMap<Vec<u8>, Stored> {
        &mut self.databases[self.selected]
    }

    /// Removes `key` if it has expired, so that later lookups see it absent.
    fn expire_if_due(&mut self, key: &[u8]) {
        let due = self
            .keys()
            .get(key)
            .and_then(|stored| stored.expires_at)
            .is_some_and(|at| at <= self.now);
        if due {
            self.keys_mut().remove(key);
        }
    }

    pub(crate) fn get(&mut self, key: &[u8]) -> Option<&Data> {
        self.expire_if_due(key);
        self.keys().get(key).map(|stored| &stored.data)
    }

    pub(crate) fn get_mut(&mut self, key: &[u8]) -> Option<&mut Data> {
        self.expire_if_due(key);
        self.keys_mut().get_mut(key).map(|stored| &mut stored.data)
    }

    pub(crate) fn contains(&mut self, key: &[u8]) -> bool {
        self.get(key).is_some()
    }

    /// Stores `data` under `key`, dropping any expiry (as `SET` does).
    pub(crate) fn set(&mut self, key: &[u8], data: Data) {
        self.keys_mut().insert(
            key.to_vec(),
            Stored {
                data,
                expires_at: None,
            },
        );
    }

    /// Replaces the value of `key` keeping its expiry (as `SET ... KEEPTTL` and in-place
    /// updates like `INCR` do).
    pub(crate) fn replace(&mut self, key: &[u8], data: Data) {
        self.expire_if_due(key);
        match self.keys_mut().get_mut(key) {
            Some(stored) => stored.data = data,
            None => self.set(key, data),
        }
    }

    pub(crate) fn remove(&mut self, key: &[u8]) -> Option<Data> {
        self.expire_if_due(key);
        self.keys_mut().remove(key).map(|stored| stored.data)
    }

    /// Takes a whole entry (value and expiry) out, for `RENAME`.
    pub(crate) fn take_entry(&mut self, key: &[u8]) -> Option<(Data, Option<i64>)> {
        self.expire_if_due(key);
        self.keys_mut()
            .remove(key)
            .map(|stored| (stored.data, stored.expires_at))
    }

    pub(crate) fn put_entry(&mut self, key: &[u8], data: Data, expires_at: Option<i64>) {
        self.keys_mut()
            .insert(key.to_vec(), Stored { data, expires_at });
    }

    /// Drops `key` if a command emptied its container.
    pub(crate) fn drop_if_empty(&mut self, key: &[u8]) {
        if self
            .keys()
            .get(key)
            .is_some_and(|stored| stored.data.is_empty_container())
        {
            self.keys_mut().remove(key);
        }
    }

    pub(crate) fn expires_at(&mut self, key: &[u8]) -> Option<i64> {
        self.expire_if_due(key);
        self.keys().get(key).and_then(|stored| stored.expires_at)
    }

    /// Sets (or with `None` clears) the expiry of an existing key; a time not after the clock
    /// deletes the key at once, as Redis does outside of replication.
    pub(crate) fn set_expiry(&mut self, key: &[u8], at: Option<i64>) {
        if at.is_some_and(|at| at <= self.now) {
            self.keys_mut().remove(key);
        } else if let Some(stored) = self.keys_mut().get_mut(key) {
            stored.expires_at = at;
        }
    }

    /// Every live key of the selected database with its value and expiry, in key order.
    pub(crate) fn live_entries(&self) -> impl Iterator<Item = (&Vec<u8>, &Data, Option<i64>)> {
        self.live_entries_in(self.selected)
    }

    /// [`Keyspace::live_entries`] of database `index`.
    pub(crate) fn live_entries_in(
        &self,
        index: usize,
    ) -> impl Iterator<Item = (&Vec<u8>, &Data, Option<i64>)> {
        self.databases[index]
            .iter()
            .filter(|(_, stored)| !matches!(stored.expires_at, Some(at) if at <= self.now))
            .map(|(key, stored)| (key, &stored.data, stored.expires_at))
    }

    /// Removes every key of the selected database (`FLUSHDB`).
    pub(crate) fn clear(&mut self) {
        self.keys_mut().clear();
    }

    pub(crate) fn live_count(&self) -> usize {
        self.live_entries().count()
    }
}
