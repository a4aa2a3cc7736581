//! `DUMP` and `RESTORE` of the Redis model against a real `redis-server`: the same commands
//! build a key on both, and the model's `DUMP` must be byte for byte the server's where Redis's
//! payload is reproducible; where it is not (hash tables iterate in an order seeded at random
//! per server process) each side must restore the other's payload to the same value. Error
//! replies of `RESTORE` are compared word for word. Needs `redis-server` on `PATH` (or
//! `FERROUS_REDIS_SERVER`); without it the test is skipped, unless `FERROUS_REQUIRE_REDIS=1`.

mod common;

use ferrous_conformance::redis::resp::Connection;
use ferrous_conformance::redis::server_process::ServerProcess;
use ferrous_redis_model::{Model, Reply};
use std::time::Duration;

type Command = Vec<Vec<u8>>;

fn words(text: &str) -> Command {
    text.split(' ')
        .map(|word| word.as_bytes().to_vec())
        .collect()
}

fn command(parts: &[&[u8]]) -> Command {
    parts.iter().map(|part| part.to_vec()).collect()
}

/// `RPUSH key` (or another pushing command) with many generated items.
fn push_many(name: &str, key: &str, items: impl Iterator<Item = String>) -> Command {
    let mut words = vec![name.as_bytes().to_vec(), key.as_bytes().to_vec()];
    words.extend(items.map(String::into_bytes));
    words
}

/// Keys whose payload Redis produces the same way in every server process.
fn exact_cases() -> Vec<(&'static str, Vec<Command>)> {
    let text = |length: usize, seed: usize| -> String {
        (0..length)
            .map(|index| (b'a' + ((index * 7 + seed * 3 + index / 5) % 26) as u8) as char)
            .collect()
    };
    vec![
        ("small integer", vec![words("SET k 12")]),
        ("negative integer", vec![words("SET k -30000")]),
        ("32-bit integer", vec![words("SET k 2147483647")]),
        ("64-bit integer", vec![words("SET k 9223372036854775807")]),
        ("long integer text", vec![words("SET k 12345678901")]),
        ("not canonical", vec![words("SET k 0012")]),
        ("empty string", vec![command(&[b"SET", b"k", b""])]),
        ("short string", vec![words("SET k hello")]),
        ("21 bytes", vec![words("SET k aaaaaaaaaaaaaaaaaaaaa")]),
        ("repetitive", vec![command(&[b"SET", b"k", &[b'x'; 500]])]),
        (
            "text",
            vec![command(&[b"SET", b"k", text(3000, 1).as_bytes()])],
        ),
        (
            "incompressible",
            vec![command(&[
                b"SET",
                b"k",
                b"abcdefghijklmnopqrstuvwxyz0123456789",
            ])],
        ),
        (
            "binary",
            vec![command(&[b"SET", b"k", &(0..=255u8).collect::<Vec<u8>>()])],
        ),
        ("list", vec![words("RPUSH k a b 1 -1 1000 100000 c")]),
        ("list pushed at its head", vec![words("LPUSH k a b c 5")]),
        (
            "list of two nodes",
            vec![push_many(
                "RPUSH",
                "k",
                (0..2000).map(|i| format!("item{i}")),
            )],
        ),
        (
            "list of long items",
            vec![push_many("RPUSH", "k", (0..40).map(|i| text(900, i)))],
        ),
        (
            "list of integers",
            vec![push_many(
                "RPUSH",
                "k",
                (0..3000).map(|i| (i * 7919).to_string()),
            )],
        ),
        (
            "hash",
            vec![words("HSET k f v n 5 big 100000 neg -7 x 1.5")],
        ),
        (
            "hash updated",
            vec![
                words("HSET k a 1 b 2 c 3"),
                words("HSET k a 9"),
                words("HDEL k b"),
                words("HINCRBY k c 10"),
            ],
        ),
        (
            "hash of 512 fields",
            vec![push_many(
                "HSET",
                "k",
                (0..512).flat_map(|i| [format!("field{i}"), text(20, i)]),
            )],
        ),
        ("intset", vec![words("SADD k 3 1 2 -5")]),
        ("intset of 32-bit", vec![words("SADD k 1 70000 -70000")]),
        (
            "intset of 64-bit",
            vec![words("SADD k 1 9223372036854775807")],
        ),
        (
            "intset of 512",
            vec![push_many(
                "SADD",
                "k",
                (0..512).map(|i| (i * 3).to_string()),
            )],
        ),
        (
            "sorted set",
            vec![words(
                "ZADD k 1 a 2 b 1.5 c -3 d 100000 e inf f -inf g 0 10",
            )],
        ),
        (
            "sorted set of odd scores",
            vec![words(
                "ZADD k 0.1 a 1e20 b 4611686018427387904 c 3.0e-5 d -0 e",
            )],
        ),
        (
            "sorted set updated",
            vec![
                words("ZADD k 1 a 2 b 3 c"),
                words("ZINCRBY k 0.5 a"),
                words("ZREM k b"),
            ],
        ),
        (
            "skiplist",
            vec![push_many(
                "ZADD",
                "k",
                (0..200).flat_map(|i| [format!("{}.25", i % 17), format!("member{i}")]),
            )],
        ),
        (
            "stream",
            vec![
                words("XADD k 1-1 f v n 5"),
                words("XADD k 1-2 f w n 6"),
                words("XADD k 2-0 other 1"),
            ],
        ),
        (
            "stream of many nodes",
            (1..=250)
                .map(|i| words(&format!("XADD k {i}-1 field {} name item{i}", i * 1000)))
                .collect(),
        ),
        (
            "stream after deletions",
            vec![
                words("XADD k 1-1 a 1"),
                words("XADD k 1-2 a 2"),
                words("XADD k 1-3 a 3"),
                words("XDEL k 1-2"),
                words("XADD k 5-0 b 4 c 5"),
                words("XTRIM k MAXLEN 2"),
            ],
        ),
        (
            "empty stream",
            vec![words("XADD k 1-1 a 1"), words("XDEL k 1-1")],
        ),
        (
            "skiplist of long members",
            vec![
                words("ZADD k 1 a"),
                command(&[b"ZADD", b"k", b"2", &[b'm'; 100]]),
            ],
        ),
    ]
}

/// Keys whose payload follows a hash table's order, which Redis seeds at random, or holds
/// times from the clock (consumer groups): compared by restoring each side's payload on the
/// other.
fn hash_table_cases() -> Vec<(&'static str, Vec<Command>)> {
    vec![
        ("set of strings", vec![words("SADD k a b c 1 2")]),
        (
            "large intset",
            vec![push_many("SADD", "k", (0..600).map(|i| i.to_string()))],
        ),
        (
            "hash with a long value",
            vec![command(&[b"HSET", b"k", b"f", &[b'v'; 100], b"g", b"1"])],
        ),
        (
            "hash of 600 fields",
            vec![push_many(
                "HSET",
                "k",
                (0..600).flat_map(|i| [format!("f{i}"), i.to_string()]),
            )],
        ),
    ]
}

fn refs(command: &[Vec<u8>]) -> Vec<&[u8]> {
    command.iter().map(Vec::as_slice).collect()
}

/// The model and the server, each with the commands run on an empty database.
fn build(connection: &mut Connection, commands: &[Command]) -> Model {
    assert!(matches!(
        connection.call(&[b"FLUSHALL"]),
        Ok(Reply::Status(_))
    ));
    for command in commands {
        let reply = connection.call(&refs(command)).expect("server reply");
        assert!(!matches!(reply, Reply::Error(_)), "{reply:?}");
    }
    Model::with_data(commands).expect("model data")
}

fn payload(reply: Reply) -> Vec<u8> {
    match reply {
        Reply::Bulk(bytes) => bytes,
        other => panic!("DUMP replied {other:?}"),
    }
}

/// What a client reads of key `k`, in a comparable order.
fn contents(connection: &mut Connection, model: &mut Model, name: &str) -> (Reply, Reply) {
    let read = |kind: &Reply| -> Command {
        match kind {
            Reply::Status(name) if name == b"string" => words("GET k"),
            Reply::Status(name) if name == b"list" => words("LRANGE k 0 -1"),
            Reply::Status(name) if name == b"set" => words("SORT k ALPHA"),
            Reply::Status(name) if name == b"zset" => words("ZRANGE k 0 -1 WITHSCORES"),
            Reply::Status(name) if name == b"hash" => words("HGETALL k"),
            Reply::Status(name) if name == b"stream" => words("XRANGE k - +"),
            other => panic!("unexpected type {other:?}"),
        }
    };
    let kind = connection.call(&[b"TYPE", b"k"]).expect("TYPE");
    let mut ask = |command: Command| {
        let server = connection.call(&refs(&command)).expect("reply");
        let model = model.run(&command, 2);
        (
            sorted_pairs(server, &command),
            sorted_pairs(model, &command),
        )
    };
    let (server, model_reply) = ask(read(&kind));
    let (server_encoding, model_encoding) = ask(words("OBJECT ENCODING k"));
    assert_eq!(server_encoding, model_encoding, "{name}: encoding");
    (server, model_reply)
}

/// `HGETALL`'s pairs sorted by field, since hash tables give them in any order.
fn sorted_pairs(reply: Reply, command: &[Vec<u8>]) -> Reply {
    match reply {
        Reply::Array(items) if command[0] == b"HGETALL" => {
            let mut pairs: Vec<(Vec<u8>, Reply)> = items
                .chunks(2)
                .map(|pair| match &pair[0] {
                    Reply::Bulk(field) => (field.clone(), pair[1].clone()),
                    other => panic!("field {other:?}"),
                })
                .collect();
            pairs.sort_by(|a, b| a.0.cmp(&b.0));
            Reply::Array(
                pairs
                    .into_iter()
                    .flat_map(|(field, value)| [Reply::Bulk(field), value])
                    .collect(),
            )
        }
        other => other,
    }
}

fn start() -> Option<(ServerProcess, Connection)> {
    let server = common::live_redis::live_redis_server()?;
    let connection = server.connect(Duration::from_secs(10)).expect("connect");
    Some((server, connection))
}

#[test]
fn dump_is_byte_exact_where_redis_is_reproducible() {
    let Some((_server, mut connection)) = start() else {
        return;
    };
    let mut differing = Vec::new();
    for (name, commands) in exact_cases() {
        let mut model = build(&mut connection, &commands);
        let server = payload(connection.call(&[b"DUMP", b"k"]).expect("DUMP"));
        let ours = payload(model.run(&words("DUMP k"), 2));
        if server != ours {
            differing.push(format!(
                "{name}:\n  redis {server:02x?}\n  model {ours:02x?}"
            ));
        }
        let (server_value, model_value) = contents(&mut connection, &mut model, name);
        assert_eq!(server_value, model_value, "{name}");
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}

#[test]
fn payloads_restore_on_the_other_side() {
    let Some((_server, mut connection)) = start() else {
        return;
    };
    let cases = exact_cases().into_iter().chain(hash_table_cases());
    for (name, commands) in cases {
        let mut model = build(&mut connection, &commands);
        let server_payload = payload(connection.call(&[b"DUMP", b"k"]).expect("DUMP"));
        let model_payload = payload(model.run(&words("DUMP k"), 2));
        // Each side restores the other's payload over its own key.
        let restore = |payload: &[u8]| command(&[b"RESTORE", b"k", b"0", payload, b"REPLACE"]);
        assert_eq!(
            connection
                .call(&refs(&restore(&model_payload)))
                .expect("RESTORE"),
            Reply::Status(b"OK".to_vec()),
            "{name}: the server refused the model's payload"
        );
        assert_eq!(
            model.run(&restore(&server_payload), 2),
            Reply::Status(b"OK".to_vec()),
            "{name}: the model refused the server's payload"
        );
        let (server_value, model_value) = contents(&mut connection, &mut model, name);
        assert_eq!(server_value, model_value, "{name}");
        if connection.call(&[b"TYPE", b"k"]).expect("TYPE") == Reply::Status(b"stream".to_vec()) {
            // Groups, their consumers, pending counts and read counters survive the trip.
            let groups = words("XINFO GROUPS k");
            let server_groups = connection.call(&refs(&groups)).expect("XINFO");
            assert_eq!(model.run(&groups, 2), server_groups, "{name}: groups");
            if server_groups == Reply::Array(Vec::new()) {
                continue;
            }
            let consumers = words("XINFO CONSUMERS k g");
            let names = |reply: Reply| match reply {
                Reply::Array(consumers) => consumers
                    .into_iter()
                    .map(|consumer| match consumer {
                        Reply::Array(fields) => fields[..4].to_vec(),
                        other => panic!("consumer {other:?}"),
                    })
                    .collect::<Vec<_>>(),
                other => panic!("XINFO CONSUMERS replied {other:?}"),
            };
            let server_consumers = names(connection.call(&refs(&consumers)).expect("XINFO"));
            assert_eq!(
                names(model.run(&consumers, 2)),
                server_consumers,
                "{name}: consumers"
            );
        }
    }
}

#[test]
fn restore_answers_as_redis_answers() {
    let Some((_server, mut connection)) = start() else {
        return;
    };
    let commands = vec![words("SET k 12"), words("RPUSH l a b")];
    let mut model = build(&mut connection, &commands);
    let good = payload(connection.call(&[b"DUMP", b"k"]).expect("DUMP"));
    let mut bad_checksum = good.clone();
    let last = bad_checksum.len() - 1;
    bad_checksum[last] ^= 1;
    let mut future_version = good.clone();
    future_version[good.len() - 10] = 11;
    let restores: Vec<Vec<&[u8]>> = vec![
        vec![b"RESTORE", b"k", b"0", &good],
        vec![
            b"RESTORE",
            b"n",
            b"0",
            &good,
            b"IDLETIME",
            b"5",
            b"FREQ",
            b"3",
        ],
        vec![b"RESTORE", b"n", b"0", &good, b"FREQ", b"300"],
        vec![b"RESTORE", b"n", b"0", &good, b"IDLETIME", b"-1"],
        vec![b"RESTORE", b"n", b"0", &good, b"IDLETIME", b"x"],
        vec![b"RESTORE", b"n", b"0", &good, b"IDLETIME"],
        vec![b"RESTORE", b"n", b"0", &good, b"BOGUS"],
        vec![b"RESTORE", b"k", b"-1", &good, b"FREQ", b"x"],
        vec![b"RESTORE", b"k", b"-1", &good],
        vec![b"RESTORE", b"n", b"-1", &good],
        vec![b"RESTORE", b"n", b"1.5", &good],
        vec![b"RESTORE", b"n", b"0", b"short"],
        vec![b"RESTORE", b"n", b"0", &bad_checksum],
        vec![b"RESTORE", b"n", b"0", &future_version],
        vec![
            b"RESTORE",
            b"n",
            b"0",
            &good,
            b"IDLETIME",
            b"10",
            b"REPLACE",
            b"ABSTTL",
        ],
        vec![b"RESTORE", b"l", b"0", &good, b"REPLACE", b"FREQ", b"255"],
        vec![b"RESTORE", b"t", b"1000", &good],
        vec![b"RESTORE", b"e", b"1", &good, b"ABSTTL"],
        vec![b"RESTORE", b"k", b"1", &good, b"ABSTTL", b"REPLACE"],
        vec![b"RESTORE-ASKING", b"a", b"0", &good],
        vec![b"EXISTS", b"k", b"e", b"n", b"l", b"t", b"a"],
        vec![b"TYPE", b"l"],
        vec![b"TTL", b"t"],
    ];
    for restore in restores {
        let server = connection.call(&restore).expect("reply");
        let words: Command = restore.iter().map(|word| word.to_vec()).collect();
        let ours = model.run(&words, 2);
        assert_eq!(
            ours,
            server,
            "{:?}",
            String::from_utf8_lossy(&words.concat())
        );
    }
}
