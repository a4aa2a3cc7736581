//! Encodings older Redis versions wrote and Redis 7.0 still reads from a payload: ziplists
//! (`ziplist.c`, lists, hashes and sorted sets before 7.0) and zipmaps (`zipmap.c`, hashes
//! before 2.6). Only reading is needed: Redis 7.0 never writes them.

use super::wire::{Malformed, Read};

fn slice(bytes: &[u8], from: usize, count: usize) -> Read<&[u8]> {
    bytes
        .get(from..from.checked_add(count).ok_or(Malformed)?)
        .ok_or(Malformed)
}

fn little_endian(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(0, |value, &byte| (value << 8) | u64::from(byte))
}

fn sign_extend(value: u64, bits: u32) -> i64 {
    let shift = 64 - bits;
    ((value << shift) as i64) >> shift
}

const ZIPLIST_HEADER: usize = 10;
const ZIPLIST_END: u8 = 0xff;

/// Every entry of a ziplist as bytes (integers as decimal text), checking the header's total
/// size, tail offset and count (unless saturated), and every entry's bounds.
pub(crate) fn ziplist_entries(bytes: &[u8]) -> Read<Vec<Vec<u8>>> {
    if bytes.len() < ZIPLIST_HEADER + 1 || little_endian(&bytes[..4]) != bytes.len() as u64 {
        return Err(Malformed);
    }
    let tail = little_endian(&bytes[4..8]) as usize;
    let declared = little_endian(&bytes[8..10]) as u16;
    let mut entries = Vec::new();
    let mut at = ZIPLIST_HEADER;
    let mut last_start = ZIPLIST_HEADER;
    let mut previous_size = 0usize;
    while *bytes.get(at).ok_or(Malformed)? != ZIPLIST_END {
        let start = at;
        let (stored_previous, header) = if bytes[at] < 254 {
            (usize::from(bytes[at]), 1)
        } else {
            (little_endian(slice(bytes, at + 1, 4)?) as usize, 5)
        };
        if stored_previous != previous_size {
            return Err(Malformed);
        }
        at += header;
        let encoding = *bytes.get(at).ok_or(Malformed)?;
        let entry = match encoding >> 6 {
            0 => {
                let length = usize::from(encoding & 0x3f);
                at += 1;
                slice(bytes, at, length)?.to_vec()
            }
            1 => {
                let length = (usize::from(encoding & 0x3f) << 8)
                    | usize::from(*bytes.get(at + 1).ok_or(Malformed)?);
                at += 2;
                slice(bytes, at, length)?.to_vec()
            }
            2 => {
                let length_bytes = slice(bytes, at + 1, 4)?;
                let length = u32::from_be_bytes([
                    length_bytes[0],
                    length_bytes[1],
                    length_bytes[2],
                    length_bytes[3],
                ]) as usize;
                at += 5;
                slice(bytes, at, length)?.to_vec()
            }
            _ => {
                at += 1;
                let (value, size) = match encoding {
                    0xc0 => (sign_extend(little_endian(slice(bytes, at, 2)?), 16), 2),
                    0xd0 => (sign_extend(little_endian(slice(bytes, at, 4)?), 32), 4),
                    0xe0 => (little_endian(slice(bytes, at, 8)?) as i64, 8),
                    0xf0 => (sign_extend(little_endian(slice(bytes, at, 3)?), 24), 3),
                    0xfe => (sign_extend(little_endian(slice(bytes, at, 1)?), 8), 1),
                    0xf1..=0xfd => (i64::from(encoding & 0x0f) - 1, 0),
                    _ => return Err(Malformed),
                };
                at += size;
                value.to_string().into_bytes()
            }
        };
        let data_size = match encoding >> 6 {
            0..=2 => entry.len(),
            _ => 0,
        };
        at += data_size;
        previous_size = at - start;
        last_start = start;
        entries.push(entry);
    }
    let empty_tail = entries.is_empty() && tail == ZIPLIST_HEADER;
    if at + 1 != bytes.len()
        || !(empty_tail || tail == last_start)
        || (declared != u16::MAX && usize::from(declared) != entries.len())
    {
        return Err(Malformed);
    }
    Ok(entries)
}

/// Every field/value pair of a zipmap: a count byte, then for each pair the field's length
/// and bytes, the value's length, a count of free bytes, the value and the free bytes; a
/// length is one byte below 254, or 254 and four little-endian bytes; 255 ends the map.
pub(crate) fn zipmap_pairs(bytes: &[u8]) -> Read<Vec<(Vec<u8>, Vec<u8>)>> {
    let length_at = |at: usize| -> Read<Option<(usize, usize)>> {
        match *bytes.get(at).ok_or(Malformed)? {
            255 => Ok(None),
            254 => Ok(Some((little_endian(slice(bytes, at + 1, 4)?) as usize, 5))),
            short => Ok(Some((usize::from(short), 1))),
        }
    };
    let mut pairs = Vec::new();
    let mut at = 1;
    while let Some((field_length, size)) = length_at(at)? {
        at += size;
        let field = slice(bytes, at, field_length)?.to_vec();
        at += field_length;
        let (value_length, size) = length_at(at)?.ok_or(Malformed)?;
        at += size;
        let free = usize::from(*bytes.get(at).ok_or(Malformed)?);
        at += 1;
        let value = slice(bytes, at, value_length)?.to_vec();
        at += value_length + free;
        pairs.push((field, value));
    }
    if at + 1 != bytes.len() {
        return Err(Malformed);
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ziplist_of_strings_and_integers_reads_back() {
        // zlbytes 21, zltail 16, 3 entries: "ab", 5 (immediate), 300 (int16); end.
        let bytes = [
            21, 0, 0, 0, 16, 0, 0, 0, 3, 0, //
            0, 0x02, b'a', b'b', //
            4, 0xf6, //
            2, 0xc0, 0x2c, 0x01, //
            0xff,
        ];
        assert_eq!(
            ziplist_entries(&bytes),
            Ok(vec![b"ab".to_vec(), b"5".to_vec(), b"300".to_vec()])
        );
        let mut damaged = bytes;
        damaged[4] = 10;
        assert_eq!(ziplist_entries(&damaged), Err(Malformed));
    }

    #[test]
    fn a_zipmap_reads_back() {
        let bytes = [1, 1, b'f', 2, 1, b'v', b'w', 0, 0xff];
        assert_eq!(
            zipmap_pairs(&bytes),
            Ok(vec![(b"f".to_vec(), b"vw".to_vec())])
        );
        assert_eq!(zipmap_pairs(&[1, 1, b'f', 0xff]), Err(Malformed));
    }
}
