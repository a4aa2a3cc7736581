//! HyperLogLog values and estimates, byte for byte as redis-server 7.0.15 gave them.

use ferrous_redis_model::{Model, Reply};

fn run(model: &mut Model, words: &[&[u8]]) -> Reply {
    let args: Vec<Vec<u8>> = words.iter().map(|word| word.to_vec()).collect();
    model.run(&args, 2)
}

fn header(encoding: u8, cache: [u8; 8]) -> Vec<u8> {
    let mut bytes = b"HYLL".to_vec();
    bytes.extend([encoding, 0, 0, 0]);
    bytes.extend(cache);
    bytes
}

#[test]
fn sparse_values_and_cached_counts_match_redis() {
    let mut model = Model::new();
    assert_eq!(run(&mut model, &[b"PFADD", b"h", b"a"]), Reply::Integer(1));
    let mut expected = header(1, [0, 0, 0, 0, 0, 0, 0, 0x80]);
    expected.extend(b"q\xa6\x84NW");
    assert_eq!(run(&mut model, &[b"GET", b"h"]), Reply::Bulk(expected));
    assert_eq!(
        run(&mut model, &[b"PFADD", b"h", b"b", b"c", b"hello", b""]),
        Reply::Integer(1)
    );
    assert_eq!(run(&mut model, &[b"PFCOUNT", b"h"]), Reply::Integer(5));
    let mut expected = header(1, [5, 0, 0, 0, 0, 0, 0, 0]);
    expected.extend(b"W1\x84I\xc0\x80C\n\x80M\xa5\x84K\xfb\x80BZ");
    assert_eq!(run(&mut model, &[b"GET", b"h"]), Reply::Bulk(expected));
}

#[test]
fn large_sets_turn_dense_and_estimate_as_redis() {
    let mut model = Model::new();
    for index in 1..=2000 {
        let element = format!("e{index}");
        run(&mut model, &[b"PFADD", b"big", element.as_bytes()]);
    }
    assert_eq!(run(&mut model, &[b"PFCOUNT", b"big"]), Reply::Integer(2000));
    assert_eq!(run(&mut model, &[b"STRLEN", b"big"]), Reply::Integer(12304));
    run(&mut model, &[b"PFADD", b"x", b"1", b"2", b"3"]);
    assert_eq!(
        run(&mut model, &[b"PFCOUNT", b"x", b"big"]),
        Reply::Integer(2003)
    );
}

#[test]
fn other_strings_and_types_are_refused() {
    let mut model = Model::new();
    run(&mut model, &[b"SET", b"s", b"HYLL"]);
    run(&mut model, &[b"LPUSH", b"l", b"x"]);
    assert_eq!(
        run(&mut model, &[b"PFADD", b"s", b"x"]),
        Reply::Error(b"WRONGTYPE Key is not a valid HyperLogLog string value.".to_vec())
    );
    assert_eq!(
        run(&mut model, &[b"PFCOUNT", b"l"]),
        Reply::Error(b"WRONGTYPE Operation against a key holding the wrong kind of value".to_vec())
    );
}
