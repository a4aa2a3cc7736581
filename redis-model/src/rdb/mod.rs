//! `DUMP` and `RESTORE` payloads: Redis 7.0's RDB serialization of one value, followed by the
//! RDB version (2 bytes, little-endian) and a CRC-64 of everything before it (8 bytes,
//! little-endian).

mod crc64;
mod intset;
mod legacy;
mod listpack;
mod load;
mod lzf;
mod save;
mod stream_payload;
mod wire;

pub(crate) use listpack::Value as ListpackValue;

use crate::keyspace::Data;

/// `RDB_VERSION` of Redis 7.0.
const RDB_VERSION: u16 = 10;

/// RDB object types (`RDB_TYPE_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum ObjectType {
    String = 0,
    List = 1,
    Set = 2,
    Zset = 3,
    Hash = 4,
    Zset2 = 5,
    Module = 6,
    Module2 = 7,
    HashZipmap = 9,
    ListZiplist = 10,
    SetIntset = 11,
    ZsetZiplist = 12,
    HashZiplist = 13,
    ListQuicklist = 14,
    StreamListpacks = 15,
    HashListpack = 16,
    ZsetListpack = 17,
    ListQuicklist2 = 18,
    StreamListpacks2 = 19,
}

impl ObjectType {
    /// `rdbIsObjectType`: the type a byte names, if any.
    fn from_byte(byte: u8) -> Option<ObjectType> {
        use ObjectType::*;
        Some(match byte {
            0 => String,
            1 => List,
            2 => Set,
            3 => Zset,
            4 => Hash,
            5 => Zset2,
            6 => Module,
            7 => Module2,
            9 => HashZipmap,
            10 => ListZiplist,
            11 => SetIntset,
            12 => ZsetZiplist,
            13 => HashZiplist,
            14 => ListQuicklist,
            15 => StreamListpacks,
            16 => HashListpack,
            17 => ZsetListpack,
            18 => ListQuicklist2,
            19 => StreamListpacks2,
            _ => return None,
        })
    }
}

/// The `DUMP` payload of `data` (`createDumpPayload`).
pub(crate) fn dump_payload(data: &Data) -> Vec<u8> {
    let mut payload = save::serialize(data);
    payload.extend_from_slice(&RDB_VERSION.to_le_bytes());
    let checksum = crc64::crc64(&payload);
    payload.extend_from_slice(&checksum.to_le_bytes());
    payload
}

/// `verifyDumpPayload`: at least the 10-byte footer, an RDB version Redis 7.0 reads, and a
/// matching checksum.
pub(crate) fn payload_is_sealed(payload: &[u8]) -> bool {
    if payload.len() < 10 {
        return false;
    }
    let footer = payload.len() - 10;
    let version = u16::from_le_bytes([payload[footer], payload[footer + 1]]);
    if version > RDB_VERSION {
        return false;
    }
    let mut checksum = [0u8; 8];
    checksum.copy_from_slice(&payload[footer + 2..]);
    crc64::crc64(&payload[..footer + 2]) == u64::from_le_bytes(checksum)
}

/// A sealed payload that does not hold a value Redis would restore: Redis answers
/// "Bad data format".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BadFormat;

/// The value a sealed payload holds (`rdbLoadObjectType` and `rdbLoadObject`).
pub(crate) fn load_payload(payload: &[u8]) -> Result<Data, BadFormat> {
    load::load(payload)
}

#[cfg(test)]
mod tests;
