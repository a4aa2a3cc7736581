//! Stream consumer groups: `XGROUP` (CREATE, SETID, DESTROY, CREATECONSUMER, DELCONSUMER),
//! `XREADGROUP`, `XACK`, `XPENDING`, `XSETID` and `XINFO GROUPS`/`CONSUMERS`, with Redis's
//! bookkeeping of delivered entries (`entries-read`, `lag`), and `XCLAIM`/`XAUTOCLAIM`.
//! Delivery and idle times come from the frozen clock.

use super::streams::{
    entry_reply, id_reply, map_reply, parse_id, stream_at, stream_at_mut, subcommand_syntax_error,
};
use super::{bulk, error, integer, is_option, ok, spec, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::number::parse_integer;
use crate::stream::{Consumer, Group, Pending, Stream, StreamId};
use crate::Reply;
use std::collections::BTreeMap;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("xgroup", -2, xgroup),
    spec("xreadgroup", -7, xreadgroup),
    spec("xack", -4, xack),
    spec("xpending", -3, xpending),
    spec("xsetid", -3, xsetid),
    spec("xclaim", -6, xclaim),
    spec("xautoclaim", -6, xautoclaim),
];

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn no_group(key: &[u8], group: &[u8]) -> Reply {
    error(&format!(
        "NOGROUP No such consumer group '{}' for key name '{}'",
        text(group),
        text(key)
    ))
}

fn xgroup(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let args = request.args;
    // The command table already resolved the subcommand, checked its arity and answered HELP.
    let subcommand = request.arg(0).to_ascii_lowercase();
    let create = subcommand == b"create";
    let setid = subcommand == b"setid";
    let mut make_stream = false;
    let mut entries_read: i64 = -1;
    let mut index = 4;
    while index < args.len() {
        if create && is_option(&args[index], "mkstream") {
            make_stream = true;
            index += 1;
        } else if (create || setid)
            && is_option(&args[index], "entriesread")
            && index + 1 < args.len()
        {
            entries_read =
                parse_integer(&args[index + 1]).ok_or_else(|| error(errors::NOT_INTEGER))?;
            if entries_read < -1 {
                return Err(error("ERR value for ENTRIESREAD must be positive or -1"));
            }
            index += 2;
        } else {
            return Err(subcommand_syntax_error(request));
        }
    }
    let key = request.arg(1);
    let name = request.arg(2);
    let exists = stream_at(keyspace, key)?.is_some();
    if !exists && !make_stream {
        return Err(error(
            "ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.",
        ));
    }
    let has_group =
        stream_at(keyspace, key)?.is_some_and(|stream| stream.groups.contains_key(name));
    let needs_group = matches!(
        subcommand.as_slice(),
        b"setid" | b"createconsumer" | b"delconsumer"
    );
    if exists && !has_group && needs_group {
        return Err(no_group(key, name));
    }
    let now = keyspace.now();
    match subcommand.as_slice() {
        b"create" if args.len() <= 7 => {
            let last = stream_at(keyspace, key)?.map_or(StreamId::MIN, |stream| stream.last_id);
            let id = if request.arg(3) == b"$" {
                last
            } else {
                parse_id(request.arg(3), 0, true, false)?.id
            };
            if !exists {
                keyspace.set(key, Data::Stream(Box::default()));
            }
            let stream = writable(keyspace, key)?;
            if stream.groups.contains_key(name) {
                return Err(error("BUSYGROUP Consumer Group name already exists"));
            }
            stream.groups.insert(
                name.to_vec(),
                Group {
                    last_id: id,
                    entries_read,
                    pending: BTreeMap::new(),
                    consumers: BTreeMap::new(),
                },
            );
            Ok(ok())
        }
        b"setid" if args.len() == 4 || args.len() == 6 => {
            let stream = writable(keyspace, key)?;
            let id = if request.arg(3) == b"$" {
                stream.last_id
            } else {
                parse_id(request.arg(3), 0, false, false)?.id
            };
            let group = group_of(stream, key, name)?;
            group.last_id = id;
            group.entries_read = entries_read;
            Ok(ok())
        }
        b"destroy" => {
            let stream = writable(keyspace, key)?;
            Ok(integer(usize::from(stream.groups.remove(name).is_some())))
        }
        b"createconsumer" => {
            let group = group_of(writable(keyspace, key)?, key, name)?;
            let consumer = request.arg(3).to_vec();
            let created = !group.consumers.contains_key(&consumer);
            if created {
                group.consumers.insert(
                    consumer,
                    Consumer {
                        seen_at: now,
                        ..Consumer::default()
                    },
                );
            }
            Ok(integer(usize::from(created)))
        }
        b"delconsumer" => {
            let group = group_of(writable(keyspace, key)?, key, name)?;
            let Some(consumer) = group.consumers.remove(request.arg(3)) else {
                return Ok(integer(0));
            };
            for id in &consumer.pending {
                group.pending.remove(id);
            }
            Ok(integer(consumer.pending.len()))
        }
        _ => Err(subcommand_syntax_error(request)),
    }
}

fn writable<'k>(keyspace: &'k mut Keyspace, key: &[u8]) -> Result<&'k mut Stream, Reply> {
    stream_at_mut(keyspace, key)?.ok_or_else(|| error(errors::NO_SUCH_KEY))
}

fn group_of<'s>(stream: &'s mut Stream, key: &[u8], name: &[u8]) -> Result<&'s mut Group, Reply> {
    stream
        .groups
        .get_mut(name)
        .ok_or_else(|| no_group(key, name))
}

/// Delivers the entries after `after` to `consumer` of `group` (`streamReplyWithRange` with a
/// group): advances the group, records them as pending unless `no_ack`.
fn deliver(
    stream: &mut Stream,
    group_name: &[u8],
    consumer: &[u8],
    after: StreamId,
    count: usize,
    no_ack: bool,
    now: i64,
) -> Reply {
    let Some(start) = after.next() else {
        return Reply::Array(Vec::new());
    };
    let entries: Vec<_> = stream
        .range(start, StreamId::MAX, false, count)
        .into_iter()
        .cloned()
        .collect();
    let mut replies = Vec::with_capacity(entries.len());
    for entry in entries {
        let tombstones = stream.has_tombstones_from(entry.id);
        let estimate = stream.entries_read_up_to(entry.id);
        let has_entries = stream.entries_added > 0;
        let Some(group) = stream.groups.get_mut(group_name) else {
            break;
        };
        if entry.id > group.last_id {
            if group.entries_read != -1 && !tombstones {
                group.entries_read += 1;
            } else if has_entries {
                group.entries_read = estimate;
            }
            group.last_id = entry.id;
        }
        if !no_ack {
            if let Some(previous) = group.pending.get(&entry.id) {
                let owner = previous.consumer.clone();
                if let Some(owner) = group.consumers.get_mut(&owner) {
                    owner.pending.remove(&entry.id);
                }
            }
            group.pending.insert(
                entry.id,
                Pending {
                    consumer: consumer.to_vec(),
                    delivered_at: now,
                    deliveries: 1,
                },
            );
            if let Some(owner) = group.consumers.get_mut(consumer) {
                owner.pending.insert(entry.id);
            }
        }
        replies.push(entry_reply(&entry));
    }
    Reply::Array(replies)
}

/// Re-delivers a consumer's pending entries after `after` (`streamReplyWithRangeFromConsumerPEL`):
/// deleted entries come back as an id with a nil body.
fn redeliver(
    stream: &mut Stream,
    group_name: &[u8],
    consumer: &[u8],
    after: StreamId,
    count: usize,
    now: i64,
) -> Reply {
    let Some(start) = after.next() else {
        return Reply::Array(Vec::new());
    };
    let ids: Vec<StreamId> = stream
        .groups
        .get(group_name)
        .and_then(|group| group.consumers.get(consumer))
        .map(|owner| owner.pending.range(start..).copied().collect())
        .unwrap_or_default();
    let limit = if count == 0 { usize::MAX } else { count };
    let mut replies = Vec::new();
    for id in ids.into_iter().take(limit) {
        let entry = stream
            .range(id, id, false, 1)
            .first()
            .map(|entry| entry_reply(entry));
        match entry {
            Some(reply) => {
                if let Some(pending) = stream
                    .groups
                    .get_mut(group_name)
                    .and_then(|group| group.pending.get_mut(&id))
                {
                    pending.delivered_at = now;
                    pending.deliveries += 1;
                }
                replies.push(reply);
            }
            None => replies.push(Reply::Array(vec![id_reply(id), Reply::Nil])),
        }
    }
    Reply::Array(replies)
}

fn xreadgroup(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let args = request.args;
    let mut count: i64 = 0;
    let mut streams_at = None;
    let mut group: Option<(Vec<u8>, Vec<u8>)> = None;
    let mut no_ack = false;
    let mut index = 0;
    while index < args.len() {
        let more = args.len() - index - 1;
        let word = &args[index];
        if is_option(word, "block") && more > 0 {
            return Err(error(&format!(
                "ERR {} command is not allowed with BLOCK option from scripts",
                text(request.spelled)
            )));
        } else if is_option(word, "count") && more > 0 {
            count = parse_integer(&args[index + 1])
                .ok_or_else(|| error(errors::NOT_INTEGER))?
                .max(0);
            index += 1;
        } else if is_option(word, "streams") && more > 0 {
            if !more.is_multiple_of(2) {
                return Err(error(
                    "ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.",
                ));
            }
            streams_at = Some(index + 1);
            break;
        } else if is_option(word, "group") && more >= 2 {
            group = Some((args[index + 1].clone(), args[index + 2].clone()));
            index += 2;
        } else if is_option(word, "noack") {
            no_ack = true;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    let Some(first) = streams_at else {
        return Err(error(errors::SYNTAX));
    };
    let Some((group_name, consumer)) = group else {
        return Err(error("ERR Missing GROUP option for XREADGROUP"));
    };
    let half = (args.len() - first) / 2;
    let (keys, ids) = args[first..].split_at(half);
    let mut after = Vec::with_capacity(half);
    for (key, id) in keys.iter().zip(ids) {
        let stream = stream_at(keyspace, key)?;
        if !stream.is_some_and(|stream| stream.groups.contains_key(&group_name)) {
            return Err(error(&format!(
                "NOGROUP No such key '{}' or consumer group '{}' in XREADGROUP with GROUP option",
                text(key),
                text(&group_name)
            )));
        }
        after.push(match id.as_slice() {
            b"$" => return Err(error(
                "ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.",
            )),
            b">" => None,
            // Redis marks `>` with the largest id, so that id itself reads new entries too.
            text => Some(parse_id(text, 0, true, false)?.id).filter(|id| *id != StreamId::MAX),
        });
    }
    let now = keyspace.now();
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let mut served = Vec::new();
    for (key, after) in keys.iter().zip(after) {
        let Some(stream) = stream_at_mut(keyspace, key)? else {
            continue;
        };
        let Some(group) = stream.groups.get(&group_name) else {
            continue;
        };
        let new_entries_from = match after {
            Some(_) => None,
            None if stream.len() > 0 && stream.last_live_id() > group.last_id => {
                Some(group.last_id)
            }
            None => continue,
        };
        if let Some(group) = stream.groups.get_mut(&group_name) {
            group
                .consumers
                .entry(consumer.clone())
                .or_insert_with(|| Consumer {
                    seen_at: now,
                    ..Consumer::default()
                })
                .seen_at = now;
        }
        let entries = match (after, new_entries_from) {
            (Some(after), _) => redeliver(stream, &group_name, &consumer, after, limit, now),
            (None, Some(from)) => deliver(stream, &group_name, &consumer, from, limit, no_ack, now),
            (None, None) => continue,
        };
        served.push((bulk(key), entries));
    }
    if served.is_empty() {
        return Ok(Reply::Nil);
    }
    Ok(if request.resp >= 3 {
        Reply::Map(served)
    } else {
        Reply::Array(
            served
                .into_iter()
                .map(|(key, entries)| Reply::Array(vec![key, entries]))
                .collect(),
        )
    })
}

fn xack(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let name = request.arg(1);
    let has_group =
        stream_at(keyspace, key)?.is_some_and(|stream| stream.groups.contains_key(name));
    if !has_group {
        return Ok(integer(0));
    }
    let ids = request.args[2..]
        .iter()
        .map(|text| parse_id(text, 0, true, false).map(|parsed| parsed.id))
        .collect::<Result<Vec<_>, _>>()?;
    let group = group_of(writable(keyspace, key)?, key, name)?;
    let mut acknowledged = 0;
    for id in ids {
        if let Some(pending) = group.pending.remove(&id) {
            if let Some(owner) = group.consumers.get_mut(&pending.consumer) {
                owner.pending.remove(&id);
            }
            acknowledged += 1;
        }
    }
    Ok(integer(acknowledged))
}

fn xpending(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let args = request.args;
    let words = args.len() + 1;
    if words != 3 && !(6..=9).contains(&words) {
        return Err(error(errors::SYNTAX));
    }
    let mut range = None;
    let mut min_idle = 0;
    if words >= 6 {
        let mut first = 2;
        if is_option(&args[2], "idle") {
            min_idle = parse_integer(&args[3]).ok_or_else(|| error(errors::NOT_INTEGER))?;
            if words < 8 {
                return Err(error(errors::SYNTAX));
            }
            first += 2;
        }
        let count = parse_integer(&args[first + 2])
            .ok_or_else(|| error(errors::NOT_INTEGER))?
            .max(0);
        let start = super::streams::interval_start(&args[first])?;
        let end = super::streams::interval_end_id(&args[first + 1])?;
        let consumer = args.get(first + 3).cloned();
        range = Some((start, end, count, consumer));
    }
    let key = request.arg(0);
    let name = request.arg(1);
    let now = keyspace.now();
    let group = stream_at(keyspace, key)?.and_then(|stream| stream.groups.get(name));
    let Some(group) = group else {
        return Err(error(&format!(
            "NOGROUP No such key '{}' or consumer group '{}'",
            text(key),
            text(name)
        )));
    };
    let Some((start, end, count, consumer)) = range else {
        let (Some(first), Some(last)) = (
            group.pending.keys().next(),
            group.pending.keys().next_back(),
        ) else {
            return Ok(Reply::Array(vec![
                integer(0),
                Reply::Nil,
                Reply::Nil,
                Reply::Nil,
            ]));
        };
        let owners = group
            .consumers
            .iter()
            .filter(|(_, consumer)| !consumer.pending.is_empty())
            .map(|(name, consumer)| {
                Reply::Array(vec![
                    bulk(name),
                    bulk(consumer.pending.len().to_string().as_bytes()),
                ])
            })
            .collect();
        return Ok(Reply::Array(vec![
            integer(group.pending.len()),
            id_reply(*first),
            id_reply(*last),
            Reply::Array(owners),
        ]));
    };
    let ids: Vec<StreamId> = match &consumer {
        Some(name) => match group.consumers.get(name) {
            Some(consumer) => consumer.pending.iter().copied().collect(),
            None => return Ok(Reply::Array(Vec::new())),
        },
        None => group.pending.keys().copied().collect(),
    };
    let mut left = count;
    let mut items = Vec::new();
    for id in ids.into_iter().filter(|id| *id >= start && *id <= end) {
        if left == 0 {
            break;
        }
        let Some(pending) = group.pending.get(&id) else {
            continue;
        };
        let idle = (now - pending.delivered_at).max(0);
        if min_idle != 0 && idle < min_idle {
            continue;
        }
        left -= 1;
        items.push(Reply::Array(vec![
            id_reply(id),
            bulk(&pending.consumer),
            Reply::Integer(idle),
            Reply::Integer(i64::try_from(pending.deliveries).unwrap_or(i64::MAX)),
        ]));
    }
    Ok(Reply::Array(items))
}

fn xsetid(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let args = request.args;
    let id = parse_id(request.arg(1), 0, true, false)?.id;
    let mut entries_added: i64 = -1;
    let mut max_deleted = StreamId::MIN;
    let mut index = 2;
    while index < args.len() {
        let more = args.len() - 1 - index;
        if is_option(&args[index], "entriesadded") && more > 0 {
            entries_added =
                parse_integer(&args[index + 1]).ok_or_else(|| error(errors::NOT_INTEGER))?;
            if entries_added < 0 {
                return Err(error("ERR entries_added must be positive"));
            }
        } else if is_option(&args[index], "maxdeletedid") && more > 0 {
            max_deleted = parse_id(&args[index + 1], 0, true, false)?.id;
            if id < max_deleted {
                return Err(error(
                    "ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id",
                ));
            }
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 2;
    }
    let stream = writable(keyspace, request.arg(0))?;
    if stream.len() > 0 {
        if id < stream.last_live_id() {
            return Err(error(
                "ERR The ID specified in XSETID is smaller than the target stream top item",
            ));
        }
        if entries_added != -1 && stream.len() > entries_added.unsigned_abs() {
            return Err(error(
                "ERR The entries_added specified in XSETID is smaller than the target stream length",
            ));
        }
    }
    stream.last_id = id;
    if entries_added != -1 {
        stream.entries_added = entries_added.unsigned_abs();
    }
    if max_deleted != StreamId::MIN {
        stream.max_deleted_id = max_deleted;
    }
    Ok(ok())
}

/// `XINFO GROUPS`: every group with its counters.
pub(super) fn groups_info(stream: &Stream, resp: u8) -> Reply {
    let groups = stream
        .groups
        .iter()
        .map(|(name, group)| {
            let entries_read = if group.entries_read == -1 {
                Reply::Nil
            } else {
                Reply::Integer(group.entries_read)
            };
            map_reply(
                vec![
                    ("name", bulk(name)),
                    ("consumers", integer(group.consumers.len())),
                    ("pending", integer(group.pending.len())),
                    ("last-delivered-id", id_reply(group.last_id)),
                    ("entries-read", entries_read),
                    ("lag", stream.lag(group).map_or(Reply::Nil, Reply::Integer)),
                ],
                resp,
            )
        })
        .collect();
    Reply::Array(groups)
}

/// `XINFO CONSUMERS`: the consumers of a group with their pending counts and idle times.
pub(super) fn consumers_info(
    stream: &Stream,
    key: &[u8],
    name: &[u8],
    now: i64,
    resp: u8,
) -> Answer {
    let Some(group) = stream.groups.get(name) else {
        return Err(no_group(key, name));
    };
    Ok(Reply::Array(
        group
            .consumers
            .iter()
            .map(|(name, consumer)| {
                map_reply(
                    vec![
                        ("name", bulk(name)),
                        ("pending", integer(consumer.pending.len())),
                        ("idle", Reply::Integer((now - consumer.seen_at).max(0))),
                    ],
                    resp,
                )
            })
            .collect(),
    ))
}

/// Moves pending entry `id` to `consumer` (creating it), as `XCLAIM` and `XAUTOCLAIM` do.
fn claim(group: &mut Group, id: StreamId, consumer: &[u8], now: i64) {
    let owner = group
        .pending
        .get(&id)
        .map(|pending| pending.consumer.clone());
    if let Some(owner) = owner.filter(|owner| owner.as_slice() != consumer) {
        if let Some(previous) = group.consumers.get_mut(&owner) {
            previous.pending.remove(&id);
        }
    }
    let claimer = group
        .consumers
        .entry(consumer.to_vec())
        .or_insert_with(|| Consumer {
            seen_at: now,
            ..Consumer::default()
        });
    claimer.seen_at = now;
    claimer.pending.insert(id);
}

/// Drops pending entry `id` from the group and its owner.
fn forget(group: &mut Group, id: StreamId) {
    if let Some(pending) = group.pending.remove(&id) {
        if let Some(owner) = group.consumers.get_mut(&pending.consumer) {
            owner.pending.remove(&id);
        }
    }
}

fn claimed_reply(stream: &Stream, id: StreamId, just_id: bool) -> Reply {
    if just_id {
        return id_reply(id);
    }
    stream
        .range(id, id, false, 1)
        .first()
        .map_or(Reply::Nil, |entry| entry_reply(entry))
}

fn no_key_or_group(key: &[u8], name: &[u8]) -> Reply {
    error(&format!(
        "NOGROUP No such key '{}' or consumer group '{}'",
        text(key),
        text(name)
    ))
}

fn xclaim(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let args = request.args;
    let key = request.arg(0);
    let name = request.arg(1);
    let has_group =
        stream_at(keyspace, key)?.is_some_and(|stream| stream.groups.contains_key(name));
    if !has_group {
        return Err(no_key_or_group(key, name));
    }
    let min_idle = parse_integer(request.arg(3))
        .ok_or_else(|| error("ERR Invalid min-idle-time argument for XCLAIM"))?
        .max(0);
    let mut index = 4;
    let mut ids = Vec::new();
    while let Some(word) = args.get(index) {
        match parse_id(word, 0, true, false) {
            Ok(parsed) => ids.push(parsed.id),
            Err(_) => break,
        }
        index += 1;
    }
    let now = keyspace.now();
    let (mut force, mut just_id) = (false, false);
    let mut delivery_time: Option<i64> = None;
    let mut retry_count: Option<i64> = None;
    let mut last_id = StreamId::MIN;
    while index < args.len() {
        let word = &args[index];
        let more = index + 1 < args.len();
        let number = |message: &str| {
            parse_integer(&args[index + 1]).ok_or_else(|| error(&format!("ERR {message}")))
        };
        if is_option(word, "force") {
            force = true;
        } else if is_option(word, "justid") {
            just_id = true;
        } else if is_option(word, "idle") && more {
            delivery_time = Some(now - number("Invalid IDLE option argument for XCLAIM")?);
            index += 1;
        } else if is_option(word, "time") && more {
            delivery_time = Some(number("Invalid TIME option argument for XCLAIM")?);
            index += 1;
        } else if is_option(word, "retrycount") && more {
            retry_count = Some(number("Invalid RETRYCOUNT option argument for XCLAIM")?);
            index += 1;
        } else if is_option(word, "lastid") && more {
            last_id = parse_id(&args[index + 1], 0, true, false)?.id;
            index += 1;
        } else {
            return Err(error(&format!(
                "ERR Unrecognized XCLAIM option '{}'",
                text(word)
            )));
        }
        index += 1;
    }
    let delivered_at = delivery_time
        .filter(|time| (0..=now).contains(time))
        .unwrap_or(now);
    let stream = writable(keyspace, key)?;
    let live: Vec<bool> = ids
        .iter()
        .map(|id| !stream.range(*id, *id, false, 1).is_empty())
        .collect();
    let group = group_of(stream, key, name)?;
    if last_id > group.last_id {
        group.last_id = last_id;
    }
    let consumer = request.arg(2);
    let mut claimed = Vec::new();
    for (id, live) in ids.into_iter().zip(live) {
        if !live {
            forget(group, id);
            continue;
        }
        if force && !group.pending.contains_key(&id) {
            group.pending.insert(
                id,
                Pending {
                    consumer: Vec::new(),
                    delivered_at: now,
                    deliveries: 1,
                },
            );
        }
        let Some(pending) = group.pending.get(&id) else {
            continue;
        };
        let owned = !pending.consumer.is_empty();
        if owned && min_idle != 0 && now - pending.delivered_at < min_idle {
            continue;
        }
        claim(group, id, consumer, now);
        if let Some(pending) = group.pending.get_mut(&id) {
            pending.consumer = consumer.to_vec();
            pending.delivered_at = delivered_at;
            match retry_count {
                Some(count) if count >= 0 => pending.deliveries = count.unsigned_abs(),
                _ if !just_id => pending.deliveries += 1,
                _ => {}
            }
        }
        claimed.push(id);
    }
    let stream = writable(keyspace, key)?;
    Ok(Reply::Array(
        claimed
            .into_iter()
            .map(|id| claimed_reply(stream, id, just_id))
            .collect(),
    ))
}

fn xautoclaim(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let args = request.args;
    let min_idle = parse_integer(request.arg(3))
        .ok_or_else(|| error("ERR Invalid min-idle-time argument for XAUTOCLAIM"))?
        .max(0);
    let start = super::streams::interval_start(request.arg(4))?;
    let mut count: i64 = 100;
    let mut just_id = false;
    let mut index = 5;
    while index < args.len() {
        let more = index + 1 < args.len();
        if is_option(&args[index], "count") && more {
            count = parse_integer(&args[index + 1])
                .filter(|count| (1..=i64::MAX / 16).contains(count))
                .ok_or_else(|| error("ERR COUNT must be > 0"))?;
            index += 1;
        } else if is_option(&args[index], "justid") {
            just_id = true;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    let key = request.arg(0);
    let name = request.arg(1);
    let has_group =
        stream_at(keyspace, key)?.is_some_and(|stream| stream.groups.contains_key(name));
    if !has_group {
        return Err(no_key_or_group(key, name));
    }
    let now = keyspace.now();
    let consumer = request.arg(2);
    let stream = writable(keyspace, key)?;
    let ids: Vec<StreamId> = stream
        .groups
        .get(name)
        .map(|group| group.pending.range(start..).map(|(id, _)| *id).collect())
        .unwrap_or_default();
    let live: Vec<bool> = ids
        .iter()
        .map(|id| !stream.range(*id, *id, false, 1).is_empty())
        .collect();
    let group = group_of(stream, key, name)?;
    let mut attempts = count.saturating_mul(10);
    let mut position = 0;
    let mut exhausted = false;
    let mut claimed = Vec::new();
    let mut deleted = Vec::new();
    loop {
        if attempts == 0 || count == 0 {
            break;
        }
        attempts -= 1;
        let Some(&id) = ids.get(position) else {
            exhausted = true;
            break;
        };
        position += 1;
        if !live[position - 1] {
            forget(group, id);
            deleted.push(id);
            count -= 1;
            continue;
        }
        let idle = group
            .pending
            .get(&id)
            .map_or(0, |pending| now - pending.delivered_at);
        if min_idle != 0 && idle < min_idle {
            continue;
        }
        claim(group, id, consumer, now);
        if let Some(pending) = group.pending.get_mut(&id) {
            pending.consumer = consumer.to_vec();
            pending.delivered_at = now;
            if !just_id {
                pending.deliveries += 1;
            }
        }
        claimed.push(id);
        count -= 1;
    }
    let next = match ids.get(position) {
        Some(id) if !exhausted => *id,
        _ => StreamId::MIN,
    };
    let stream = writable(keyspace, key)?;
    Ok(Reply::Array(vec![
        id_reply(next),
        Reply::Array(
            claimed
                .into_iter()
                .map(|id| claimed_reply(stream, id, just_id))
                .collect(),
        ),
        Reply::Array(deleted.into_iter().map(id_reply).collect()),
    ]))
}
