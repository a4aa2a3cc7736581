//! Round trips of every type and encoding through `DUMP`'s payload, and payloads `RESTORE`
//! must refuse. Byte-exactness against Redis is checked with a live server by
//! `tests/redis_dump_against_server.rs`.

use super::*;
use crate::encoding::{encoding, Encoding};
use crate::keyspace::SortedSet;
use std::collections::{BTreeSet, VecDeque};

fn bytes(text: &str) -> Vec<u8> {
    text.as_bytes().to_vec()
}

fn sorted_set(pairs: &[(f64, &str)]) -> Data {
    let mut set = SortedSet::default();
    for (score, member) in pairs {
        set.insert(member.as_bytes(), *score);
    }
    Data::SortedSet(set)
}

fn samples() -> Vec<(Data, Encoding)> {
    let long = "x".repeat(100);
    vec![
        (Data::String(bytes("42")), Encoding::Int),
        (Data::String(bytes("hello")), Encoding::Embstr),
        (Data::String(bytes(&"ab".repeat(40))), Encoding::Raw),
        (
            Data::List((0..3000).map(|i| bytes(&format!("item{i}"))).collect()),
            Encoding::Quicklist,
        ),
        (
            Data::Hash(vec![(bytes("f"), bytes("1")), (bytes("g"), bytes("v"))]),
            Encoding::Listpack,
        ),
        (
            Data::Hash(vec![(bytes("f"), bytes(&long))]),
            Encoding::Hashtable,
        ),
        (
            Data::Set(["-3", "7", "100000"].iter().map(|m| bytes(m)).collect()),
            Encoding::Intset,
        ),
        (
            Data::Set(["a", "b"].iter().map(|m| bytes(m)).collect()),
            Encoding::Hashtable,
        ),
        (
            sorted_set(&[(1.0, "a"), (2.5, "b"), (f64::INFINITY, "c"), (-7.0, "9")]),
            Encoding::Listpack,
        ),
        (sorted_set(&[(1.0, "a"), (0.5, &long)]), Encoding::Skiplist),
    ]
}

#[test]
fn every_encoding_round_trips() {
    for (data, expected) in samples() {
        assert_eq!(encoding(&data), expected, "{data:?}");
        let payload = dump_payload(&data);
        assert!(payload_is_sealed(&payload));
        assert_eq!(load_payload(&payload), Ok(data));
    }
}

/// Seals a hand-made object (type byte and body) as `DUMP` would.
fn sealed(object: &[u8]) -> Vec<u8> {
    let mut payload = object.to_vec();
    payload.extend_from_slice(&RDB_VERSION.to_le_bytes());
    let checksum = crc64::crc64(&payload);
    payload.extend_from_slice(&checksum.to_le_bytes());
    payload
}

#[test]
fn older_encodings_are_read() {
    // A plain list, set, hash and text-scored sorted set, as Redis before 3.2 wrote them.
    assert_eq!(
        load_payload(&sealed(&[1, 2, 1, b'a', 0xc0, 5])),
        Ok(Data::List(VecDeque::from(vec![bytes("a"), bytes("5")])))
    );
    assert_eq!(
        load_payload(&sealed(&[2, 2, 1, b'b', 1, b'a'])),
        Ok(Data::Set(BTreeSet::from([bytes("a"), bytes("b")])))
    );
    assert_eq!(
        load_payload(&sealed(&[4, 1, 1, b'f', 1, b'v'])),
        Ok(Data::Hash(vec![(bytes("f"), bytes("v"))]))
    );
    assert_eq!(
        load_payload(&sealed(&[3, 2, 1, b'a', 3, b'1', b'.', b'5', 1, b'b', 254])),
        Ok(sorted_set(&[(1.5, "a"), (f64::INFINITY, "b")]))
    );
    // A ziplist-encoded list: "ab" and 5.
    let ziplist = [
        17, 0, 0, 0, 14, 0, 0, 0, 2, 0, 0, 2, b'a', b'b', 4, 0xf6, 0xff,
    ];
    let mut object = vec![10, ziplist.len() as u8];
    object.extend_from_slice(&ziplist);
    assert_eq!(
        load_payload(&sealed(&object)),
        Ok(Data::List(VecDeque::from(vec![bytes("ab"), bytes("5")])))
    );
}

#[test]
fn damaged_payloads_are_refused() {
    let good = dump_payload(&Data::String(bytes("hello")));
    let mut flipped = good.clone();
    flipped[1] ^= 1;
    assert!(!payload_is_sealed(&flipped));
    let mut newer = good.clone();
    let footer = newer.len() - 10;
    newer[footer] = 11;
    assert!(!payload_is_sealed(&newer));
    assert!(!payload_is_sealed(b"short"));
    let refused = [
        // Unknown type byte, module value, a string running past the payload.
        sealed(&[8, 1, b'a']),
        sealed(&[7, 1]),
        sealed(&[0, 0x3f, b'a']),
        // Empty list, set with a repeated member, hash with a repeated field.
        sealed(&[1, 0]),
        sealed(&[2, 2, 1, b'a', 1, b'a']),
        sealed(&[4, 2, 1, b'f', 1, b'v', 1, b'f', 1, b'w']),
        // A NaN score, a quicklist node of an unknown container kind.
        sealed(&[3, 1, 1, b'a', 253]),
        sealed(&[18, 1, 3, 1, b'a']),
    ];
    for payload in refused {
        assert!(payload_is_sealed(&payload));
        assert_eq!(load_payload(&payload), Err(BadFormat), "{payload:?}");
    }
}

#[test]
fn streams_round_trip_with_their_groups() {
    use crate::stream::{Consumer, Entry, Group, Pending, Stream, StreamId};
    use std::collections::BTreeMap;
    let id = |ms: u64, seq: u64| StreamId { ms, seq };
    let mut stream = Stream::default();
    for ms in 1..=150u64 {
        let fields = if ms % 7 == 0 {
            vec![(bytes("other"), bytes("x"))]
        } else {
            vec![
                (bytes("f"), ms.to_string().into_bytes()),
                (bytes("g"), bytes("v")),
            ]
        };
        stream.append(Entry {
            id: id(ms, 0),
            fields,
        });
    }
    assert!(stream.delete(id(3, 0)));
    let pending = Pending {
        consumer: bytes("alice"),
        delivered_at: 1_700_000_000_000,
        deliveries: 2,
    };
    let consumer = Consumer {
        seen_at: 1_700_000_000_000,
        pending: BTreeSet::from([id(1, 0)]),
    };
    stream.groups.insert(
        bytes("g"),
        Group {
            last_id: id(1, 0),
            entries_read: 1,
            pending: BTreeMap::from([(id(1, 0), pending)]),
            consumers: BTreeMap::from([(bytes("alice"), consumer)]),
        },
    );
    let data = Data::Stream(Box::new(stream));
    assert_eq!(load_payload(&dump_payload(&data)), Ok(data));
}

#[test]
fn damaged_objects_never_panic_the_reader() {
    // Every truncation and every single-byte change of every sample's object, sealed again:
    // the reader answers (a value or BadFormat) without panicking.
    for (data, _) in samples() {
        let payload = dump_payload(&data);
        let object = &payload[..payload.len() - 10];
        for end in 0..object.len() {
            let _ = load_payload(&sealed(&object[..end]));
        }
        for index in 0..object.len().min(400) {
            let mut changed = object.to_vec();
            changed[index] = changed[index].wrapping_add(0x41);
            let _ = load_payload(&sealed(&changed));
        }
    }
}
