//! Server commands a script may run: `SELECT` (of Redis's 16 databases), `FLUSHDB`/`FLUSHALL`, `TIME`
//! and `LASTSAVE` on the frozen clock, `INFO` with a deterministic body, and `PUBLISH` /
//! `SPUBLISH` and `PUBSUB` (nobody ever subscribes to the model), `SWAPDB`, and the cluster
//! commands of a server without cluster support. `TIME`, `LASTSAVE` and `INFO` are compared
//! with real Redis by shape only.

use super::keys::database_index;
use super::{error, integer, is_option, ok, spec, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::Keyspace;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("select", 2, select),
    spec("flushdb", -1, flush),
    spec("flushall", -1, flush),
    spec("time", 1, time),
    spec("lastsave", 1, lastsave),
    spec("info", -1, info),
    spec("publish", 3, publish),
    spec("spublish", 3, publish),
    spec("pubsub", -2, pubsub),
    spec("swapdb", 3, swapdb),
    spec("cluster", -2, cluster_disabled),
    spec("readonly", 1, cluster_disabled),
    spec("readwrite", 1, cluster_disabled),
    spec("asking", 1, cluster_disabled),
];

fn select(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let index = database_index(request.arg(0))?;
    keyspace.select(index);
    Ok(ok())
}

fn flush(keyspace: &mut Keyspace, request: &Request) -> Answer {
    match request.args {
        [] => {}
        [mode] if is_option(mode, "sync") || is_option(mode, "async") => {}
        _ => return Err(error(errors::SYNTAX)),
    }
    if request.name == "flushall" {
        keyspace.clear_all();
    } else {
        keyspace.clear();
    }
    Ok(ok())
}

fn time(keyspace: &mut Keyspace, _: &Request) -> Answer {
    let now = keyspace.now();
    Ok(Reply::Array(vec![
        Reply::Bulk(now.div_euclid(1000).to_string().into_bytes()),
        Reply::Bulk((now.rem_euclid(1000) * 1000).to_string().into_bytes()),
    ]))
}

fn lastsave(keyspace: &mut Keyspace, _: &Request) -> Answer {
    Ok(Reply::Integer(keyspace.now().div_euclid(1000)))
}

/// The sections `INFO` knows, each with its body (lines end in CRLF).
/// Redis estimates `avg_ttl` while it expires keys in the background, which the model never
/// does: it reports 0, as a fresh server does until its first expiry cycle.
fn sections(keyspace: &mut Keyspace) -> Vec<(&'static str, String)> {
    let keyspace_body: String = keyspace
        .database_sizes()
        .into_iter()
        .enumerate()
        .filter(|(_, (keys, _))| *keys > 0)
        .map(|(index, (keys, expires))| {
            format!("db{index}:keys={keys},expires={expires},avg_ttl=0\r\n")
        })
        .collect();
    vec![
        (
            "server",
            format!(
                "redis_version:7.0.15\r\nredis_mode:standalone\r\nserver_time_usec:{}\r\n",
                keyspace.now() * 1000
            ),
        ),
        ("keyspace", keyspace_body),
    ]
}

fn info(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let wanted: Vec<String> = request
        .args
        .iter()
        .map(|word| String::from_utf8_lossy(word).to_ascii_lowercase())
        .collect();
    let everything = wanted.is_empty()
        || wanted
            .iter()
            .any(|word| matches!(word.as_str(), "all" | "default" | "everything"));
    let mut text = String::new();
    for (name, body) in sections(keyspace) {
        if everything || wanted.iter().any(|word| word == name) {
            if !text.is_empty() {
                text.push_str("\r\n");
            }
            let mut title = name.to_string();
            title[..1].make_ascii_uppercase();
            text.push_str(&format!("# {title}\r\n{body}"));
        }
    }
    let text = text.into_bytes();
    Ok(if request.resp >= 3 {
        Reply::Verbatim {
            format: *b"txt",
            text,
        }
    } else {
        Reply::Bulk(text)
    })
}

fn publish(_: &mut Keyspace, _: &Request) -> Answer {
    Ok(integer(0))
}

/// `PUBSUB` subcommands: no channel of the model ever has a subscriber.
fn pubsub(_: &mut Keyspace, request: &Request) -> Answer {
    let sub = request.arg(0);
    if is_option(sub, "numpat") {
        return Ok(integer(0));
    }
    if is_option(sub, "numsub") || is_option(sub, "shardnumsub") {
        let pairs: Vec<(Reply, Reply)> = request.args[1..]
            .iter()
            .map(|channel| (Reply::Bulk(channel.clone()), integer(0)))
            .collect();
        // A flat array even over RESP3, as Redis 7.0 replies it.
        return Ok(Reply::Array(
            pairs.into_iter().flat_map(|(k, v)| [k, v]).collect(),
        ));
    }
    if is_option(sub, "channels") || is_option(sub, "shardchannels") {
        return Ok(Reply::Array(Vec::new()));
    }
    Err(error(&format!(
        "ERR ferrous-redis-model does not model the 'pubsub|{}' command",
        String::from_utf8_lossy(sub).to_ascii_lowercase()
    )))
}

fn swapdb(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let index = |text: &[u8], message: &str| {
        crate::number::parse_integer(text)
            .filter(|index| i32::try_from(*index).is_ok())
            .ok_or_else(|| error(message))
    };
    let first = index(request.arg(0), "ERR invalid first DB index")?;
    let second = index(request.arg(1), "ERR invalid second DB index")?;
    if !(0..16).contains(&first) || !(0..16).contains(&second) {
        return Err(error("ERR DB index is out of range"));
    }
    keyspace.swap_databases(first as usize, second as usize);
    Ok(ok())
}

fn cluster_disabled(_: &mut Keyspace, _: &Request) -> Answer {
    Err(error("ERR This instance has cluster support disabled"))
}
