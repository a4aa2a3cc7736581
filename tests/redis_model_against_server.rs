//! The Redis model against a real `redis-server`: the same command sequences on both, every
//! reply and the final key space compared. Needs `redis-server` on `PATH` (or
//! `FERROUS_REDIS_SERVER`); without it the test is skipped, unless `FERROUS_REQUIRE_REDIS=1`
//! (as `.ci/run` sets) makes that a failure.
//!
//! Commands here come from a normal client, so Redis's script-only texts (unknown command,
//! wrong arity) are left to the `redis` corpus, which runs through `EVAL`.

use ferrous_conformance::redis::keyspace::read_keyspace;
use ferrous_conformance::redis::server_process::ServerProcess;
use ferrous_redis_model::{Model, Reply};
use std::time::Duration;

/// Command sequences, each run on an empty database. Words are split on spaces.
const SEQUENCES: &[&[&str]] = &[
    // strings
    &[
        "SET k v",
        "GET k",
        "GET missing",
        "SET k w NX",
        "SET k w XX",
        "SET n 1 XX",
        "SET k x GET",
        "SET fresh y GET",
    ],
    &[
        "SET k v EX 100",
        "TTL k",
        "SET k v2 KEEPTTL",
        "TTL k",
        "SET k v3",
        "TTL k",
        "SET k v PX 5000",
        "TTL k",
    ],
    &[
        "SET k v NX XX",
        "SET k v EX 0",
        "SET k v EX -5",
        "SET k v EX abc",
        "SET k v EX",
        "SET k v EX 1 PX 5",
        "SET k v KEEPTTL EX 5",
        "SET k v FOO",
        "SET k v EX 10 EX 20",
        "TTL k",
    ],
    &[
        "SETNX a 1",
        "SETNX a 2",
        "GET a",
        "SETEX b 10 x",
        "TTL b",
        "SETEX b 0 x",
        "PSETEX c 2000 y",
        "TTL c",
        "PSETEX c -1 y",
    ],
    &[
        "GETSET a 1",
        "GETSET a 2",
        "GETDEL a",
        "GETDEL a",
        "EXISTS a",
    ],
    &[
        "MSET a 1 b 2",
        "MGET a b c",
        "MSET a 1 b",
        "MSETNX a 9 z 9",
        "MSETNX y 1 z 2",
        "MGET y z a",
    ],
    &[
        "INCR n",
        "INCRBY n 10",
        "DECR n",
        "DECRBY n 3",
        "INCRBY n x",
        "DECRBY n 1.5",
        "SET big 9223372036854775807",
        "INCR big",
        "SET small -9223372036854775808",
        "DECR small",
        "DECRBY n -9223372036854775808",
    ],
    &[
        "SET t abc",
        "INCR t",
        "SET t 01",
        "INCR t",
        "SET t +1",
        "INCR t",
        "SET t -0",
        "INCR t",
        "SET t 1.0",
        "INCR t",
        "SET t 12",
        "INCR t",
    ],
    &[
        "INCRBYFLOAT f 10.5",
        "INCRBYFLOAT f 0.25",
        "INCRBYFLOAT f -3",
        "INCRBYFLOAT f abc",
        "INCRBYFLOAT f inf",
        "SET s word",
        "INCRBYFLOAT s 1",
        "SET e 1e3",
        "INCRBYFLOAT e 1",
    ],
    &[
        "APPEND a hello",
        "APPEND a world",
        "STRLEN a",
        "STRLEN none",
        "GETRANGE a 0 4",
        "GETRANGE a -5 -1",
        "GETRANGE a 5 2",
        "GETRANGE a -1 -5",
        "GETRANGE a 100 200",
        "GETRANGE none 0 -1",
        "GETRANGE a x 1",
    ],
    // keys and expiry
    &[
        "SET s v",
        "HSET h f v",
        "RPUSH l a",
        "SADD st m",
        "ZADD z 1 m",
        "TYPE s",
        "TYPE h",
        "TYPE l",
        "TYPE st",
        "TYPE z",
        "TYPE none",
        "EXISTS s h none s",
        "DBSIZE",
        "DEL s h none",
        "DBSIZE",
        "UNLINK l",
    ],
    &[
        "SET a 1",
        "EXPIRE a 50",
        "RENAME a b",
        "TTL b",
        "EXISTS a",
        "RENAME none x",
        "SET c 2",
        "RENAME b c",
        "GET c",
        "TTL c",
        "RENAME c c",
    ],
    &[
        "SET k v",
        "TTL k",
        "EXPIRE k 100",
        "TTL k",
        "PERSIST k",
        "PERSIST k",
        "TTL k",
        "TTL none",
        "PERSIST none",
        "EXPIRE none 5",
        "EXPIRE k abc",
        "PEXPIRE k 3000",
        "TTL k",
    ],
    &[
        "SET k v",
        "EXPIRE k 100 XX",
        "EXPIRE k 100 NX",
        "EXPIRE k 200 NX",
        "EXPIRE k 50 GT",
        "EXPIRE k 150 GT",
        "EXPIRE k 200 LT",
        "EXPIRE k 120 lt",
        "TTL k",
        "EXPIRE k 10 NX XX",
        "EXPIRE k 10 GT LT",
        "EXPIRE k 10 bogus",
        "SET p q",
        "EXPIRE p 10 GT",
        "EXPIRE p 10 LT",
    ],
    &[
        "SET a 1",
        "SET b 2",
        "EXPIRE a 0",
        "PEXPIRE b -1",
        "EXISTS a b",
        "EXPIRE x 9223372036854775807",
        "SET c 3",
        "EXPIRE c 9223372036854775807",
        "EXPIRE c 9223372036854775",
    ],
    // hashes
    &[
        "HSET h b 2 a 1 c 3",
        "HSET h a 10 d 4",
        "HGET h a",
        "HGET h zz",
        "HGET none f",
        "HMGET h b zz d",
        "HMGET none a",
        "HDEL h c zz",
        "HEXISTS h c",
        "HEXISTS h a",
        "HLEN h",
        "HGETALL h",
        "HKEYS h",
        "HVALS h",
        "HSTRLEN h a",
        "HSTRLEN h zz",
    ],
    &[
        "HSETNX h a 1",
        "HSETNX h a 2",
        "HGET h a",
        "HMSET h b 2 c 3",
        "HMSET h x y z",
        "HSET h y z w",
        "HDEL h a b c",
        "EXISTS h",
        "HGETALL none",
        "HKEYS none",
    ],
    &[
        "HINCRBY h n 5",
        "HINCRBY h n -7",
        "HINCRBY h n x",
        "HSET h w abc",
        "HINCRBY h w 1",
        "HSET h m 9223372036854775807",
        "HINCRBY h m 1",
        "HINCRBYFLOAT h f 1.25",
        "HINCRBYFLOAT h f 0.5",
        "HINCRBYFLOAT h w 1",
        "HINCRBYFLOAT h f x",
        "HINCRBYFLOAT h f inf",
        "HGETALL h",
    ],
    // lists
    &[
        "RPUSH l a b c",
        "LPUSH l z y",
        "LRANGE l 0 -1",
        "LRANGE l -2 100",
        "LRANGE l 5 1",
        "LRANGE l x 1",
        "LRANGE none 0 -1",
        "LINDEX l 1",
        "LINDEX l -1",
        "LINDEX l 10",
        "LINDEX none 0",
        "LINDEX l x",
        "LLEN l",
        "LLEN none",
    ],
    &[
        "RPUSH l a b c d e",
        "LPOP l",
        "RPOP l",
        "LPOP l 2",
        "LPOP l 0",
        "LPOP l -1",
        "LPOP l x",
        "LPOP none",
        "LPOP none 2",
        "RPOP l 10",
        "EXISTS l",
        "LPUSHX l x",
        "RPUSH l a",
        "RPUSHX l b c",
        "LRANGE l 0 -1",
    ],
    &[
        "RPUSH l a b a c a d",
        "LSET l 1 B",
        "LSET l 99 x",
        "LSET l -1 D",
        "LSET none 0 x",
        "LSET l x y",
        "LREM l 1 a",
        "LREM l -1 a",
        "LREM l 0 zz",
        "LRANGE l 0 -1",
        "LTRIM l 1 2",
        "LRANGE l 0 -1",
        "LTRIM l 5 10",
        "EXISTS l",
        "LTRIM none 0 1",
        "LREM l x a",
    ],
    // sets
    &[
        "SADD s b a c a",
        "SREM s c zz",
        "SISMEMBER s a",
        "SISMEMBER s c",
        "SISMEMBER none a",
        "SMISMEMBER s a c b",
        "SCARD s",
        "SCARD none",
        "SMEMBERS none",
        "SREM s a b",
        "EXISTS s",
        "SADD n 10 3 -2 7",
        "SMEMBERS n",
    ],
    // sorted sets
    &[
        "ZADD z 1 a 2 b 3 c",
        "ZADD z 1.5 a 4 d",
        "ZSCORE z a",
        "ZSCORE z d",
        "ZSCORE z none",
        "ZSCORE none a",
        "ZRANK z c",
        "ZREVRANK z c",
        "ZRANK z none",
        "ZCARD z",
        "ZCARD none",
        "ZRANGE z 0 -1",
        "ZRANGE z 0 1 WITHSCORES",
        "ZREVRANGE z 0 1",
        "ZREVRANGE z 0 -1 WITHSCORES",
        "ZRANGE z 1 3 REV",
        "ZREM z b zz",
        "ZINCRBY z 0.1 a",
        "ZINCRBY z 2 new",
        "ZINCRBY z x a",
    ],
    &[
        "ZADD z 1 a 2 b 3 c 4 d 5 e",
        "ZRANGEBYSCORE z 2 4",
        "ZRANGEBYSCORE z (2 +inf WITHSCORES",
        "ZRANGEBYSCORE z -inf +inf LIMIT 1 2",
        "ZRANGEBYSCORE z -inf +inf LIMIT -1 2",
        "ZRANGEBYSCORE z -inf +inf LIMIT 1 -1",
        "ZRANGE z (5 3 BYSCORE REV",
        "ZRANGE z 2 4 BYSCORE LIMIT 1 1",
        "ZCOUNT z (1 3",
        "ZCOUNT z -inf +inf",
        "ZCOUNT z x 3",
        "ZRANGE z 0 1 LIMIT 0 1",
        "ZRANGEBYSCORE z a b",
        "ZRANGE z 0 -1 BOGUS",
    ],
    &[
        "ZADD z 5 m",
        "ZADD z NX 1 m 1 n",
        "ZADD z XX CH 7 m 1 o",
        "ZADD z GT CH 6 m",
        "ZADD z LT CH 6 m",
        "ZADD z INCR 2 m",
        "ZADD z NX INCR 2 m",
        "ZADD z XX INCR 1 zz",
        "ZADD z NX XX 1 m",
        "ZADD z GT LT 1 m",
        "ZADD z GT NX 1 m",
        "ZADD z INCR 1 a 2 b",
        "ZADD z 1 a 2",
        "ZADD z nan m",
        "ZADD z abc m",
        "ZADD z CH 1 m 1 m",
        "ZADD z 1e20 big -inf low",
        "ZRANGE z 0 -1 WITHSCORES",
        "ZADD none XX 1 a",
        "EXISTS none",
    ],
    // wrong types
    &[
        "SET s text",
        "HSET h f v",
        "RPUSH l a",
        "ZADD z 1 m",
        "SADD st x",
        "GET h",
        "LPUSH s x",
        "SADD h x",
        "HGET s f",
        "ZADD l 1 m",
        "INCR l",
        "APPEND z x",
        "LRANGE st 0 -1",
        "SMEMBERS z",
        "ZSCORE h f",
        "HGETALL l",
        "STRLEN h",
        "GETSET l x",
        "SET l x GET",
        "MGET s h l",
    ],
    // connection
    &["PING", "PING hello", "ECHO echoed"],
];

fn words(command: &str) -> Vec<Vec<u8>> {
    command
        .split(' ')
        .map(|word| word.as_bytes().to_vec())
        .collect()
}

/// Replies whose element order Redis leaves unspecified, put in a canonical order.
fn canonical(command: &str, reply: Reply) -> Reply {
    match reply {
        Reply::Array(mut items) if command.starts_with("SMEMBERS") => {
            items.sort_by_key(|item| format!("{item:?}"));
            Reply::Array(items)
        }
        other => other,
    }
}

#[test]
fn the_model_replies_and_stores_as_redis_does() {
    let server = match ServerProcess::start() {
        Ok(server) => server,
        Err(error) => {
            assert!(
                std::env::var_os("FERROUS_REQUIRE_REDIS").is_none(),
                "redis-server is required: {error}"
            );
            eprintln!("skipped: no redis-server ({error})");
            return;
        }
    };
    let mut connection = server.connect(Duration::from_secs(5)).expect("connect");
    let mut mismatches = Vec::new();
    for sequence in SEQUENCES {
        connection.call(&[b"FLUSHALL"]).expect("FLUSHALL");
        let mut model = Model::new();
        for command in *sequence {
            let args = words(command);
            let slices: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
            let real = canonical(command, connection.call(&slices).expect("command"));
            let modelled = canonical(command, model.run(&args, 2));
            if real != modelled {
                mismatches.push(format!("{command}: redis {real:?} | model {modelled:?}"));
            }
        }
        let real_keys = read_keyspace(&mut connection).expect("keyspace");
        if real_keys != model.dump() {
            mismatches.push(format!(
                "after {sequence:?}: redis {real_keys:?} | model {:?}",
                model.dump()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
