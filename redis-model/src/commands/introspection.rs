//! Server introspection a script may run whose answers depend on the server's history or its
//! allocator: `SLOWLOG GET|LEN|RESET`, `MEMORY USAGE|STATS|DOCTOR|MALLOC-STATS|PURGE` and
//! `LOLWUT`. Argument errors are Redis's own, word for word; the answers themselves are the
//! model's deterministic picture (an empty slow log, memory figures estimated from the model's
//! data, no allocator statistics, LOLWUT's captions without its random art), which the bench
//! compares with real Redis by shape only (`COMPARED_BY_SHAPE` in the command table).

use super::{error, integer, is_option, ok, ranged_integer, spec, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::number::parse_integer;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("slowlog", -2, slowlog),
    spec("memory", -2, memory),
    spec("lolwut", -1, lolwut),
];

/// Nothing the model runs is ever slow, so its slow log stays empty.
fn slowlog(_: &mut Keyspace, request: &Request) -> Answer {
    let sub = request.arg(0);
    if is_option(sub, "len") {
        return Ok(integer(0));
    }
    if is_option(sub, "reset") {
        return Ok(ok());
    }
    if is_option(sub, "get") && request.args.len() <= 2 {
        if let Some(count) = request.args.get(1) {
            ranged_integer(
                count,
                -1,
                i64::MAX,
                Some("ERR count should be greater than or equal to -1"),
            )?;
        }
        return Ok(Reply::Array(Vec::new()));
    }
    Err(error(&format!(
        "ERR unknown subcommand or wrong number of arguments for '{}'. Try SLOWLOG HELP.",
        String::from_utf8_lossy(sub)
    )))
}

fn memory(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let sub = request.arg(0);
    if is_option(sub, "usage") {
        return memory_usage(keyspace, request);
    }
    if is_option(sub, "stats") {
        return Ok(memory_stats(keyspace, request.resp));
    }
    if is_option(sub, "doctor") {
        return Ok(text_reply(DOCTOR_ON_A_SMALL_INSTANCE, request.resp));
    }
    if is_option(sub, "malloc-stats") {
        return Ok(text_reply(NO_ALLOCATOR_STATS, request.resp));
    }
    // `memory|purge`: the subcommand table leaves nothing else to reach this handler.
    Ok(ok())
}

/// What Redis's memory doctor says of an instance using under 5 MB, as the model's data does.
const DOCTOR_ON_A_SMALL_INSTANCE: &str = "Hi Sam, this instance is empty or is using very little memory, my issues detector can't be used in these conditions. Please, leave for your mission on Earth and fill it with some data. The new Sam and I will be back to our programming as soon as I finished rebooting.";

/// What Redis replies to `MEMORY MALLOC-STATS` when its allocator keeps no statistics; the
/// model has no allocator of its own to report on.
const NO_ALLOCATOR_STATS: &str = "Stats not supported for the current allocator";

/// A text reply as Redis sends its reports: verbatim text over RESP3, a bulk string before.
fn text_reply(text: &str, resp: u8) -> Reply {
    if resp >= 3 {
        Reply::Verbatim {
            format: *b"txt",
            text: text.as_bytes().to_vec(),
        }
    } else {
        Reply::Bulk(text.as_bytes().to_vec())
    }
}

/// `MEMORY USAGE key [SAMPLES count]`: options first (a negative count is a syntax error),
/// then nil for a missing key, else the model's estimate.
fn memory_usage(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let mut options = request.args[2..].iter();
    while let Some(option) = options.next() {
        match options.next() {
            Some(count) if is_option(option, "samples") => {
                let count = parse_integer(count).ok_or_else(|| error(errors::NOT_INTEGER))?;
                if count < 0 {
                    return Err(error(errors::SYNTAX));
                }
            }
            _ => return Err(error(errors::SYNTAX)),
        }
    }
    let key = request.arg(1);
    Ok(keyspace
        .get(key)
        .map_or(Reply::Nil, |data| integer(usage_estimate(key, data))))
}

/// Bytes Redis spends on a key besides its payload: the dictionary entry, the object header
/// and the key's string header (the model's round figure, not an allocator's measure).
const PER_KEY_OVERHEAD: usize = 48;
/// Bytes a container spends on each element besides the element's bytes.
const PER_ELEMENT_OVERHEAD: usize = 8;

/// The model's estimate of what a key costs: its bytes, its payload's bytes and fixed
/// overheads per key and per element.
fn usage_estimate(key: &[u8], data: &Data) -> usize {
    let elements = |lengths: &mut dyn Iterator<Item = usize>| {
        lengths
            .map(|length| length + PER_ELEMENT_OVERHEAD)
            .sum::<usize>()
    };
    let payload = match data {
        Data::String(bytes) => bytes.len(),
        Data::List(items) => elements(&mut items.iter().map(Vec::len)),
        Data::Hash(fields) => elements(&mut fields.iter().map(|(f, v)| f.len() + v.len())),
        Data::Set(members) => elements(&mut members.iter().map(Vec::len)),
        Data::SortedSet(set) => elements(&mut set.entries().iter().map(|(_, m)| m.len() + 8)),
        Data::Stream(_) => PER_ELEMENT_OVERHEAD,
    };
    PER_KEY_OVERHEAD + key.len() + payload
}

/// What the model reports as its allocation at start-up (Redis 7.0.15 on x86-64 reports
/// about this much with no data).
const STARTUP_ALLOCATED: i64 = 876_096;

/// `MEMORY STATS`: Redis's fields in Redis's order, `db.0` only when it holds keys, the
/// ratios as doubles; the figures are the model's estimates.
fn memory_stats(keyspace: &Keyspace, resp: u8) -> Reply {
    let keys = keyspace.live_count();
    let dataset: usize = keyspace
        .live_entries()
        .map(|(key, data, _)| usage_estimate(key, data))
        .sum();
    let dataset = i64::try_from(dataset).unwrap_or(i64::MAX);
    let count = i64::try_from(keys).unwrap_or(i64::MAX);
    let overhead = STARTUP_ALLOCATED + 16 * count;
    let total = overhead + dataset;
    let number = |value: i64| Reply::Integer(value);
    let double = |value: f64| {
        if resp >= 3 {
            Reply::Double(value)
        } else {
            Reply::Bulk(crate::number::format_double(value).into_bytes())
        }
    };
    let percentage = |part: i64, whole: i64| double(part as f64 * 100.0 / whole.max(1) as f64);
    let mut fields: Vec<(&str, Reply)> = vec![
        ("peak.allocated", number(total)),
        ("total.allocated", number(total)),
        ("startup.allocated", number(STARTUP_ALLOCATED)),
        ("replication.backlog", number(0)),
        ("clients.slaves", number(0)),
        ("clients.normal", number(0)),
        ("cluster.links", number(0)),
        ("aof.buffer", number(0)),
        ("lua.caches", number(0)),
        ("functions.caches", number(0)),
    ];
    if keys > 0 {
        let database = vec![
            ("overhead.hashtable.main", number(16 * count)),
            ("overhead.hashtable.expires", number(0)),
            ("overhead.hashtable.slot-to-keys", number(0)),
        ];
        fields.push(("db.0", map_reply(database, resp)));
    }
    fields.extend([
        ("overhead.total", number(overhead)),
        ("keys.count", number(count)),
        (
            "keys.bytes-per-key",
            number(if keys == 0 { 0 } else { total / count }),
        ),
        ("dataset.bytes", number(dataset)),
        (
            "dataset.percentage",
            percentage(dataset, total - STARTUP_ALLOCATED),
        ),
        ("peak.percentage", percentage(total, total)),
        ("allocator.allocated", number(total)),
        ("allocator.active", number(total)),
        ("allocator.resident", number(total)),
        ("allocator-fragmentation.ratio", double(1.0)),
        ("allocator-fragmentation.bytes", number(0)),
        ("allocator-rss.ratio", double(1.0)),
        ("allocator-rss.bytes", number(0)),
        ("rss-overhead.ratio", double(1.0)),
        ("rss-overhead.bytes", number(0)),
        ("fragmentation", double(1.0)),
        ("fragmentation.bytes", number(0)),
    ]);
    map_reply(fields, resp)
}

/// A map reply: a map over RESP3, a flat array of names and values before.
fn map_reply(fields: Vec<(&str, Reply)>, resp: u8) -> Reply {
    let fields = fields
        .into_iter()
        .map(|(name, value)| (Reply::Bulk(name.as_bytes().to_vec()), value));
    if resp >= 3 {
        Reply::Map(fields.collect())
    } else {
        Reply::Array(fields.flat_map(|(name, value)| [name, value]).collect())
    }
}

/// `LOLWUT [VERSION v] [arguments]`: version 5 draws Georg Nees's "Schotter" and version 6 a
/// landscape, both at random, from their own integer arguments; any other version (and no
/// version: Redis 7.0 has no art of its own) prints the version line.
fn lolwut(_: &mut Keyspace, request: &Request) -> Answer {
    let mut arguments: &[Vec<u8>] = request.args;
    let mut version = None;
    if arguments.len() >= 2 && is_option(&arguments[0], "version") {
        let number = parse_integer(&arguments[1]).ok_or_else(|| error(errors::NOT_INTEGER))?;
        // Redis prints the version as a C `unsigned int` before it compares it.
        version = Some(number as u32);
        arguments = &arguments[2..];
    }
    let (art_arguments, caption) = match version {
        Some(5) => (3, "\nGeorg Nees - schotter, plotter on paper, 1968. "),
        Some(6) => (
            2,
            "Dedicated to the 8 bit game developers of past and present.\nOriginal 8 bit image from Plaguemon by hikikomori. ",
        ),
        _ => (0, ""),
    };
    for argument in arguments.iter().take(art_arguments) {
        parse_integer(argument).ok_or_else(|| error(errors::NOT_INTEGER))?;
    }
    Ok(text_reply(
        &format!("{caption}Redis ver. 7.0.15\n"),
        request.resp,
    ))
}
