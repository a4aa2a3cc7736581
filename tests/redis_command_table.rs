//! The model against Redis 7.0.15's command table: every command and subcommand of `COMMAND`
//! is either implemented by the model or answered exactly as Redis answers a script (the
//! refusal of `noscript` commands, unknown subcommands); the few left are listed by name.
//!
//! Offline the table is the committed snapshot (`redis-model/commands-7.0.15.txt`); with a
//! `redis-server` on `PATH` the snapshot is also checked against the live `COMMAND`, and every
//! refusal against what `EVAL` gets from the live server. The details snapshot
//! (`redis-model/command-details-7.0.15.jsonl`, what `COMMAND INFO` and `COMMAND DOCS` say
//! beyond the table) is checked against the live server the same way, or written from it with
//! `FERROUS_WRITE_COMMAND_DETAILS=1`; then the model's `COMMAND` replies (INFO, DOCS, LIST,
//! COUNT, GETKEYS, GETKEYSANDFLAGS, over RESP2 and RESP3) are compared with the live server's.

mod common;

use ferrous_conformance::redis::resp::Connection;
use ferrous_redis_model::{
    in_listing_order, parse_snapshot, redis_commands, CommandDetails, Model, RedisCommand, Reply,
    DETAILS_SNAPSHOT,
};
use serde_json::{json, Value};
use std::time::Duration;

/// Commands scripts may run that the model does not implement, each answered with the model's
/// clear "does not model" error: none is left (MIGRATE is modelled as a server whose targets
/// are unreachable). A command the model stops implementing would have to be listed here.
const NOT_MODELLED: &[&str] = &[];

/// The words of a call with as few arguments as the arity allows (`x` for each).
fn minimal_call(command: &RedisCommand) -> Vec<Vec<u8>> {
    let mut words: Vec<Vec<u8>> = command
        .name
        .split('|')
        .map(|part| part.as_bytes().to_vec())
        .collect();
    let needed = usize::try_from(command.arity.unsigned_abs()).unwrap_or(0);
    while words.len() < needed {
        words.push(b"x".to_vec());
    }
    words
}

fn error_text(reply: &Reply) -> Option<String> {
    match reply {
        Reply::Error(text) => Some(String::from_utf8_lossy(text).into_owned()),
        _ => None,
    }
}

const NOT_FROM_SCRIPT: &str = "ERR This Redis command is not allowed from script";

#[test]
fn every_command_is_modelled_or_refused_as_redis_refuses_it() {
    let mut unmodelled = Vec::new();
    let mut implemented = 0;
    let mut refused = 0;
    for command in redis_commands() {
        if command.container {
            continue;
        }
        let reply = Model::new().run(&minimal_call(command), 2);
        let text = error_text(&reply);
        if command.refused_to_scripts() {
            assert_eq!(text.as_deref(), Some(NOT_FROM_SCRIPT), "{}", command.name);
            refused += 1;
        } else if text
            .as_deref()
            .is_some_and(|t| t.contains("does not model"))
        {
            unmodelled.push(command.name.clone());
        } else {
            implemented += 1;
        }
    }
    eprintln!(
        "command table: {implemented} implemented, {refused} refused to scripts, {} not modelled",
        unmodelled.len()
    );
    assert_eq!(
        unmodelled, NOT_MODELLED,
        "commands the model does not implement"
    );
    for unknown in [
        &["nosuch"][..],
        &["config", "bogus"],
        &["object", "nosuch", "k"],
    ] {
        let words: Vec<Vec<u8>> = unknown.iter().map(|w| w.as_bytes().to_vec()).collect();
        assert_eq!(
            error_text(&Model::new().run(&words, 2)).as_deref(),
            Some("ERR Unknown Redis command called from script")
        );
    }
}

/// `COMMAND`'s reply as snapshot lines (`name arity flags [container]`), sorted.
fn live_table(reply: &Reply) -> Vec<String> {
    fn walk(entry: &Reply, lines: &mut Vec<String>) {
        let Reply::Array(fields) = entry else {
            return;
        };
        let text = |reply: &Reply| match reply {
            Reply::Bulk(bytes) | Reply::Status(bytes) => {
                String::from_utf8_lossy(bytes).into_owned()
            }
            _ => String::new(),
        };
        let name = fields.first().map(text).unwrap_or_default();
        let arity = match fields.get(1) {
            Some(Reply::Integer(arity)) => *arity,
            _ => 0,
        };
        let flags: Vec<String> = match fields.get(2) {
            Some(Reply::Array(flags)) => flags.iter().map(text).collect(),
            _ => Vec::new(),
        };
        let subcommands = match fields.get(9) {
            Some(Reply::Array(subcommands)) => subcommands.as_slice(),
            _ => &[],
        };
        let flags = if flags.is_empty() {
            "-".to_string()
        } else {
            flags.join(",")
        };
        let container = if subcommands.is_empty() {
            ""
        } else {
            " container"
        };
        lines.push(format!("{name} {arity} {flags}{container}"));
        for subcommand in subcommands {
            walk(subcommand, lines);
        }
    }
    let mut lines = Vec::new();
    if let Reply::Array(entries) = reply {
        for entry in entries {
            walk(entry, &mut lines);
        }
    }
    lines.sort();
    lines
}

#[test]
fn the_snapshot_and_the_refusals_match_the_live_server() {
    let Some(server) = common::live_redis::live_redis_server() else {
        return;
    };
    let mut connection = server.connect(Duration::from_secs(5)).expect("connect");
    let live = live_table(&connection.call(&[b"COMMAND"]).expect("COMMAND"));
    let snapshot: Vec<String> = redis_commands()
        .iter()
        .map(|command| {
            let flags = if command.flags.is_empty() {
                "-".to_string()
            } else {
                command.flags.join(",")
            };
            let container = if command.container { " container" } else { "" };
            format!("{} {} {flags}{container}", command.name, command.arity)
        })
        .collect();
    assert_eq!(parse_snapshot(&live.join("\n")).len(), live.len());
    assert_eq!(live, snapshot, "the live COMMAND differs from the snapshot");
    let script = b"return redis.pcall(unpack(ARGV))".as_slice();
    let mut checked = 0;
    for command in redis_commands().iter().filter(|c| c.refused_to_scripts()) {
        let words = minimal_call(command);
        let mut eval: Vec<&[u8]> = vec![b"EVAL", script, b"0"];
        eval.extend(words.iter().map(Vec::as_slice));
        let real = connection.call(&eval).expect("EVAL");
        assert_eq!(real, Model::new().run(&words, 2), "{}", command.name);
        checked += 1;
    }
    eprintln!("{checked} refusals checked against the live server");
}

fn words_of(text: &[&str]) -> Vec<Vec<u8>> {
    text.iter().map(|word| word.as_bytes().to_vec()).collect()
}

fn call(connection: &mut Connection, words: &[Vec<u8>]) -> Reply {
    let words: Vec<&[u8]> = words.iter().map(Vec::as_slice).collect();
    connection.call(&words).expect("the live server answers")
}

/// A RESP3 reply as JSON: maps as objects, sets and arrays as arrays, strings and statuses as
/// strings.
fn json_of(reply: &Reply) -> Value {
    match reply {
        Reply::Map(pairs) => Value::Object(
            pairs
                .iter()
                .map(|(key, value)| match json_of(key) {
                    Value::String(key) => (key, json_of(value)),
                    other => panic!("a map key that is no string: {other}"),
                })
                .collect(),
        ),
        Reply::Array(items) | Reply::Set(items) => {
            Value::Array(items.iter().map(json_of).collect())
        }
        Reply::Bulk(bytes) | Reply::Status(bytes) => {
            Value::String(String::from_utf8(bytes.clone()).expect("UTF-8 documentation"))
        }
        Reply::Integer(number) => json!(number),
        other => panic!("an unexpected reply in COMMAND's data: {other:?}"),
    }
}

/// One command's details from the live server's RESP3 `COMMAND INFO` and `COMMAND DOCS`.
fn live_details(connection: &mut Connection, name: &str) -> CommandDetails {
    let info = call(connection, &words_of(&["COMMAND", "INFO", name]));
    let Reply::Array(entries) = &info else {
        panic!("COMMAND INFO {name}: {info:?}");
    };
    let Some(Reply::Array(fields)) = entries.first() else {
        panic!("COMMAND INFO {name}: {info:?}");
    };
    let docs = call(connection, &words_of(&["COMMAND", "DOCS", name]));
    let Reply::Map(pairs) = &docs else {
        panic!("COMMAND DOCS {name}: {docs:?}");
    };
    let mut docs = json_of(&pairs[0].1);
    if let Value::Object(map) = &mut docs {
        map.remove("subcommands");
    }
    let details = json!({
        "name": name,
        "first_key": json_of(&fields[3]),
        "last_key": json_of(&fields[4]),
        "step": json_of(&fields[5]),
        "acl_categories": json_of(&fields[6]),
        "tips": json_of(&fields[7]),
        "key_specs": json_of(&fields[8]),
        "docs": docs,
    });
    serde_json::from_value(details).unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// Whether the model answers `words` as the live server does (after ordering what Redis
/// orders by its hash tables), and whether the live reply was a non-empty array; prints the
/// difference when they disagree.
fn agrees(connections: &mut [Connection; 2], words: &[Vec<u8>]) -> (bool, bool) {
    let mut same = true;
    let mut found = false;
    for (connection, resp) in connections.iter_mut().zip([2, 3]) {
        let live = in_listing_order(words, &call(connection, words));
        found |= matches!(&live, Reply::Array(items) if !items.is_empty());
        let model = in_listing_order(words, &Model::new().run(words, resp));
        if live != model {
            let shown: Vec<String> = words
                .iter()
                .map(|w| String::from_utf8_lossy(w).into_owned())
                .collect();
            eprintln!("RESP{resp} {shown:?}\n  live:  {live:?}\n  model: {model:?}");
            same = false;
        }
    }
    (same, found)
}

/// Argument lists for `COMMAND GETKEYS` of `command`: from its arity (and at least the two
/// words `GETKEYS`'s own arity asks for) up to four words more, drawn from words its key specs
/// and key finders look at, deterministically and without repeats.
fn getkeys_calls(command: &RedisCommand) -> Vec<Vec<Vec<u8>>> {
    const POOL: &[&str] = &[
        "k1",
        "k2",
        "0",
        "1",
        "2",
        "3",
        "-1",
        "2a",
        "streams",
        "STORE",
        "storedist",
        "get",
        "GET",
        "by",
        "limit",
        "keys",
        "",
        "set",
        "incrby",
        "overflow",
        "block",
        "count",
        "group",
        "noack",
        "auth",
        "auth2",
        "copy",
    ];
    let name: Vec<&str> = command.name.split('|').collect();
    let least = usize::try_from(command.arity.unsigned_abs())
        .unwrap_or(1)
        .max(name.len())
        .max(2);
    let most = if command.arity < 0 { least + 4 } else { least };
    let mut seed: u64 = command
        .name
        .bytes()
        .fold(7, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)));
    let mut calls = Vec::new();
    for length in least..=most {
        for _ in 0..12 {
            let mut words = words_of(&name);
            while words.len() < length {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let pick = usize::try_from(seed >> 33).unwrap_or(0) % POOL.len();
                words.push(POOL[pick].as_bytes().to_vec());
            }
            if !calls.contains(&words) {
                calls.push(words);
            }
        }
    }
    calls
}

#[test]
fn the_details_and_the_command_replies_match_the_live_server() {
    let Some(server) = common::live_redis::live_redis_server() else {
        return;
    };
    let connect = || server.connect(Duration::from_secs(5)).expect("connect");
    let mut connections = [connect(), connect()];
    call(&mut connections[1], &words_of(&["HELLO", "3"]));

    let header: String = DETAILS_SNAPSHOT
        .lines()
        .take_while(|line| line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect();
    let mut generated = header;
    for command in redis_commands() {
        let details = live_details(&mut connections[1], &command.name);
        generated.push_str(&serde_json::to_string(&details).expect("JSON"));
        generated.push('\n');
    }
    if std::env::var_os("FERROUS_WRITE_COMMAND_DETAILS").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/redis-model/command-details-7.0.15.jsonl"
        );
        std::fs::write(path, &generated).expect("write the details snapshot");
        eprintln!("wrote {path}; rebuild and run again to check the replies");
        return;
    }
    let differing = generated
        .lines()
        .zip(DETAILS_SNAPSHOT.lines())
        .find(|(live, snapshot)| live != snapshot);
    assert_eq!(
        differing, None,
        "the live server differs from the details snapshot"
    );
    assert_eq!(generated.lines().count(), DETAILS_SNAPSHOT.lines().count());

    let mut disagreements = 0;
    let mut checked = 0;
    let mut with_keys = 0;
    let mut check = |connections: &mut [Connection; 2], words: Vec<Vec<u8>>| {
        checked += 1;
        let (same, found) = agrees(connections, &words);
        disagreements += usize::from(!same);
        with_keys +=
            usize::from(found && words.get(1).is_some_and(|sub| sub.starts_with(b"GETKEYS")));
    };
    for whole in [&["COMMAND"][..], &["COMMAND", "INFO"]] {
        check(&mut connections, words_of(whole));
    }
    check(&mut connections, words_of(&["COMMAND", "DOCS"]));
    check(&mut connections, words_of(&["COMMAND", "COUNT"]));
    check(&mut connections, words_of(&["COMMAND", "LIST"]));
    let mut categories: Vec<String> = Vec::new();
    for command in redis_commands() {
        let name = command.name.as_str();
        check(&mut connections, words_of(&["COMMAND", "INFO", name]));
        check(&mut connections, words_of(&["COMMAND", "DOCS", name]));
        for category in &ferrous_redis_model::details_of(name)
            .expect("details")
            .acl_categories
        {
            if !categories.contains(category) {
                categories.push(category.clone());
            }
        }
        if !command.container {
            for words in getkeys_calls(command) {
                for sub in ["GETKEYS", "GETKEYSANDFLAGS"] {
                    let mut full = words_of(&["COMMAND", sub]);
                    full.extend(words.iter().cloned());
                    check(&mut connections, full);
                }
            }
        }
    }
    for category in &categories {
        let bare = category.trim_start_matches('@').to_ascii_uppercase();
        check(
            &mut connections,
            words_of(&["COMMAND", "LIST", "FILTERBY", "ACLCAT", &bare]),
        );
    }
    for odd in [
        &[
            "COMMAND",
            "INFO",
            "get",
            "nosuch",
            "CONFIG|GET",
            "get|x",
            "config|",
            "|get",
            "",
            "a|b|c",
        ][..],
        &["COMMAND", "DOCS", "nosuch", "Object|Encoding", "config"],
        &["COMMAND", "LIST", "FILTERBY", "ACLCAT", "nosuch"],
        &["COMMAND", "LIST", "FILTERBY", "ACLCAT", "@read"],
        &["COMMAND", "LIST", "FILTERBY", "MODULE", "x"],
        &["COMMAND", "LIST", "FILTERBY", "PATTERN", "CONF*|G*"],
        &["COMMAND", "LIST", "FILTERBY", "PATTERN", "*"],
        &["COMMAND", "LIST", "FILTERBY", "x", "y"],
        &["COMMAND", "LIST", "FILTERBY", "PATTERN"],
        &["COMMAND", "LIST", "x"],
        &["COMMAND", "GETKEYS", "nosuch", "k"],
        &["COMMAND", "GETKEYS", "config|get", "k"],
        &["COMMAND", "GETKEYS", "config", "nosuch"],
        &["COMMAND", "GETKEYS", "object", "encoding"],
        &["COMMAND", "GETKEYS", "ping", "x"],
        &["COMMAND", "GETKEYS", "spublish", "c", "m"],
        &["COMMAND", "GETKEYS", "get", "a", "b"],
    ] {
        check(&mut connections, words_of(odd));
    }
    eprintln!(
        "{checked} COMMAND calls compared with the live server ({with_keys} GETKEYS calls \
         finding keys), {disagreements} differ"
    );
    assert_eq!(disagreements, 0);
    assert!(
        with_keys > 1000,
        "the GETKEYS sweep finds too few keys to mean much"
    );
}
