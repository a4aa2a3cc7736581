//! The model's script-side behaviour and its dump. Replies to ordinary commands are checked
//! against a real server by the bench's `redis_model_against_server` test; the expectations
//! here were read from redis-server 7.0.15 through `EVAL`.

use ferrous_redis_model::{CallKind, DumpedKey, DumpedValue, Model, Reply, Server};

fn args(command: &str) -> Vec<Vec<u8>> {
    command.split(' ').map(|w| w.as_bytes().to_vec()).collect()
}

fn run(model: &mut Model, command: &str) -> Reply {
    model.run(&args(command), 2)
}

fn error(text: &str) -> Reply {
    Reply::Error(text.as_bytes().to_vec())
}

#[test]
fn scripts_get_redis_script_errors_for_unknown_commands_and_arity() {
    let mut model = Model::new();
    let unknown = error("ERR Unknown Redis command called from script");
    let arity = error("ERR Wrong number of args calling Redis command from script");
    assert_eq!(run(&mut model, "NOSUCH x"), unknown);
    assert_eq!(model.run(&[], 2), unknown);
    assert_eq!(run(&mut model, "GET a b"), arity);
    assert_eq!(run(&mut model, "get"), arity);
    assert_eq!(run(&mut model, "MSET a"), arity);
    assert_eq!(
        run(&mut model, "EVAL"),
        arity,
        "arity is checked before the script flag"
    );
    assert_eq!(
        run(&mut model, "eval x 0"),
        error("ERR This Redis command is not allowed from script")
    );
    assert_eq!(
        run(&mut model, "MULTI"),
        error("ERR This Redis command is not allowed from script")
    );
    assert_eq!(
        run(&mut model, "MIGRATE host 6379 k 0 1000"),
        Reply::Status(b"NOKEY".to_vec()),
        "every command scripts may run is modelled"
    );
}

#[test]
fn command_names_are_case_insensitive_and_calls_equal_pcalls() {
    let mut model = Model::new();
    assert_eq!(
        model.execute(CallKind::Call, &args("sEt k 1"), 2),
        Reply::Status(b"OK".to_vec())
    );
    assert_eq!(
        model.execute(CallKind::PCall, &args("INCR k"), 2),
        Reply::Integer(2)
    );
}

#[test]
fn the_clock_is_frozen() {
    let mut model = Model::with_data(&[args("SET k v"), args("PEXPIRE k 1500")]).expect("data");
    assert_eq!(run(&mut model, "PTTL k"), Reply::Integer(1500));
    assert_eq!(
        run(&mut model, "TTL k"),
        Reply::Integer(2),
        "TTL rounds like Redis"
    );
    assert_eq!(run(&mut model, "PTTL k"), Reply::Integer(1500));
    assert_eq!(run(&mut model, "PEXPIRE k 0"), Reply::Integer(1));
    assert_eq!(run(&mut model, "EXISTS k"), Reply::Integer(0));
}

#[test]
fn resp3_replies_use_resp3_kinds() {
    let mut model = Model::with_data(&[args("HSET h a 1"), args("SADD s x"), args("ZADD z 1.5 m")])
        .expect("data");
    assert_eq!(
        model.run(&args("HGETALL h"), 3),
        Reply::Map(vec![(
            Reply::Bulk(b"a".to_vec()),
            Reply::Bulk(b"1".to_vec())
        )])
    );
    assert_eq!(
        model.run(&args("SMEMBERS s"), 3),
        Reply::Set(vec![Reply::Bulk(b"x".to_vec())])
    );
    assert_eq!(model.run(&args("ZSCORE z m"), 3), Reply::Double(1.5));
    assert_eq!(
        model.run(&args("ZSCORE z m"), 2),
        Reply::Bulk(b"1.5".to_vec())
    );
    assert_eq!(
        model.run(&args("ZRANGE z 0 -1 WITHSCORES"), 3),
        Reply::Array(vec![Reply::Array(vec![
            Reply::Bulk(b"m".to_vec()),
            Reply::Double(1.5)
        ])])
    );
}

#[test]
fn the_dump_is_canonical() {
    let model = Model::with_data(&[
        args("HSET h b 2 a 1"),
        args("SADD s y x"),
        args("ZADD z 2 p 1 q"),
        args("RPUSH l c a"),
        args("SET k v"),
        args("EXPIRE k 60"),
    ])
    .expect("data");
    let bytes = |text: &str| text.as_bytes().to_vec();
    assert_eq!(
        model.dump(),
        vec![
            DumpedKey {
                key: bytes("h"),
                ttl_seconds: None,
                value: DumpedValue::Hash(vec![(bytes("a"), bytes("1")), (bytes("b"), bytes("2"))]),
            },
            DumpedKey {
                key: bytes("k"),
                ttl_seconds: Some(60),
                value: DumpedValue::String(bytes("v")),
            },
            DumpedKey {
                key: bytes("l"),
                ttl_seconds: None,
                value: DumpedValue::List(vec![bytes("c"), bytes("a")]),
            },
            DumpedKey {
                key: bytes("s"),
                ttl_seconds: None,
                value: DumpedValue::Set(vec![bytes("x"), bytes("y")]),
            },
            DumpedKey {
                key: bytes("z"),
                ttl_seconds: None,
                value: DumpedValue::SortedSet(vec![
                    (bytes("q"), "1".to_string()),
                    (bytes("p"), "2".to_string())
                ]),
            },
        ]
    );
}

#[test]
fn a_failing_data_set_says_which_command() {
    let failure = Model::with_data(&[args("SET k v"), args("LPUSH k x")]).expect_err("fails");
    assert_eq!(failure.command, 1);
    assert!(failure.message.starts_with("WRONGTYPE"), "{failure}");
    assert_eq!(
        failure.to_string(),
        "data set command 2 failed: WRONGTYPE Operation against a key holding the wrong kind of value"
    );
}

#[test]
fn no_input_panics() {
    // Every modelled command with odd argument shapes, on every type of key.
    let commands = [
        "GET",
        "SET",
        "GETRANGE",
        "LPOP",
        "ZRANGE",
        "ZRANGEBYSCORE",
        "ZADD",
        "EXPIRE",
        "LSET",
        "LREM",
        "LTRIM",
        "HINCRBYFLOAT",
        "INCRBYFLOAT",
        "ZINCRBY",
        "ZCOUNT",
        "RENAME",
        "HSET",
    ];
    let shapes = [
        "",
        " k",
        " k k",
        " k -1 -1",
        " k 9223372036854775807 -9223372036854775808",
        " k 1 2 3 4 5",
        " k ( (",
        " k inf -inf LIMIT",
        " k 0 -1 WITHSCORES LIMIT 1",
        " k nan 1",
        " k 0x1p3 m",
        " k 1e400 m",
    ];
    for data in [
        "SET k v",
        "RPUSH k a b",
        "HSET k f 1",
        "SADD k m",
        "ZADD k 1 m",
    ] {
        for command in commands {
            for shape in shapes {
                let mut model = Model::with_data(&[args(data)]).expect("data");
                let reply = model.run(&args(&format!("{command}{shape}")), 2);
                assert!(
                    !matches!(reply, Reply::Map(_) | Reply::Set(_) | Reply::Double(_)),
                    "RESP2 replies only: {reply:?}"
                );
                assert!(
                    model.dump().len() <= 1,
                    "no command here creates a second key"
                );
            }
        }
    }
}
