//! The encoding Redis 7.0 gives a value built by ordinary commands, as `OBJECT ENCODING`
//! names it and as `DUMP` serializes it. The model keeps values, not Redis's structures, so
//! the encoding is derived from the value with Redis's default thresholds; Redis never
//! converts back to a compact encoding once a value outgrew it, which a value that shrank
//! again does not show.

use crate::keyspace::Data;
use crate::number::parse_integer;

/// `hash-max-listpack-entries` (512 in Redis 7.0, unlike the sorted sets' 128).
pub(crate) const HASH_MAX_LISTPACK_ENTRIES: usize = 512;
/// `zset-max-listpack-entries`.
pub(crate) const ZSET_MAX_LISTPACK_ENTRIES: usize = 128;
/// `hash-max-listpack-value`, `zset-max-listpack-value`.
pub(crate) const MAX_LISTPACK_VALUE: usize = 64;
/// `set-max-intset-entries`.
pub(crate) const MAX_INTSET_ENTRIES: usize = 512;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    Int,
    Embstr,
    Raw,
    Quicklist,
    Listpack,
    Hashtable,
    Intset,
    Skiplist,
    Stream,
}

impl Encoding {
    /// The name `OBJECT ENCODING` replies.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Encoding::Int => "int",
            Encoding::Embstr => "embstr",
            Encoding::Raw => "raw",
            Encoding::Quicklist => "quicklist",
            Encoding::Listpack => "listpack",
            Encoding::Hashtable => "hashtable",
            Encoding::Intset => "intset",
            Encoding::Skiplist => "skiplist",
            Encoding::Stream => "stream",
        }
    }
}

/// The encoding of `data`.
pub(crate) fn encoding(data: &Data) -> Encoding {
    let short = |bytes: &[u8]| bytes.len() <= MAX_LISTPACK_VALUE;
    match data {
        Data::String(bytes) if bytes.len() <= 20 && parse_integer(bytes).is_some() => Encoding::Int,
        Data::String(bytes) if bytes.len() <= 44 => Encoding::Embstr,
        Data::String(_) => Encoding::Raw,
        Data::List(_) => Encoding::Quicklist,
        Data::Hash(fields)
            if fields.len() <= HASH_MAX_LISTPACK_ENTRIES
                && fields.iter().all(|(f, v)| short(f) && short(v)) =>
        {
            Encoding::Listpack
        }
        Data::Hash(_) => Encoding::Hashtable,
        Data::Set(members)
            if members.len() <= MAX_INTSET_ENTRIES
                && members.iter().all(|m| parse_integer(m).is_some()) =>
        {
            Encoding::Intset
        }
        Data::Set(_) => Encoding::Hashtable,
        Data::SortedSet(set)
            if set.len() <= ZSET_MAX_LISTPACK_ENTRIES
                && set.entries().iter().all(|(_, m)| short(m)) =>
        {
            Encoding::Listpack
        }
        Data::SortedSet(_) => Encoding::Skiplist,
        Data::Stream(_) => Encoding::Stream,
    }
}
