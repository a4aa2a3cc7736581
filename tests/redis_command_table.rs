//! The model against Redis 7.0.15's command table: every command and subcommand of `COMMAND`
//! is either implemented by the model or answered exactly as Redis answers a script (the
//! refusal of `noscript` commands, unknown subcommands); the few left are listed by name.
//!
//! Offline the table is the committed snapshot (`redis-model/commands-7.0.15.txt`); with a
//! `redis-server` on `PATH` the snapshot is also checked against the live `COMMAND`, and every
//! refusal against what `EVAL` gets from the live server.

use ferrous_conformance::redis::server_process::ServerProcess;
use ferrous_redis_model::{parse_snapshot, redis_commands, Model, RedisCommand, Reply};
use std::time::Duration;

/// Commands scripts may run that the model does not implement, each answered with the model's
/// clear "does not model" error: server introspection and administration a script-level model
/// has no state for, MIGRATE's transfer to another server, HyperLogLog's debugging commands. A command that
/// becomes modelled leaves this list.
const NOT_MODELLED: &[&str] = &[
    "command|docs",
    "command|getkeys",
    "command|getkeysandflags",
    "command|info",
    "command|list",
    "migrate",
];

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
