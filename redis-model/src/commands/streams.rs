//! Stream commands: `XADD`, `XLEN`, `XRANGE`, `XREVRANGE`, `XDEL`, `XTRIM`, `XREAD` (as scripts
//! run it: `BLOCK` refused) and `XINFO` (consumer groups live in `stream_groups`). Ids made
//! from the clock use the model's frozen clock. `XINFO STREAM FULL` is not modelled.

use super::stream_groups::{consumers_info, groups_info};
use super::{bulk, error, integer, is_option, spec, wrong_type, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::number::parse_integer;
use crate::stream::{Entry, Stream, StreamId, Trim};
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("xadd", -5, xadd),
    spec("xlen", 2, xlen),
    spec("xrange", -4, xrange),
    spec("xrevrange", -4, xrevrange),
    spec("xdel", -3, xdel),
    spec("xtrim", -4, xtrim),
    spec("xread", -4, xread),
    spec("xinfo", -2, xinfo),
];

const INVALID_ID: &str = "ERR Invalid stream ID specified as stream command argument";

pub(super) fn stream_at<'k>(
    keyspace: &'k mut Keyspace,
    key: &[u8],
) -> Result<Option<&'k Stream>, Reply> {
    match keyspace.get(key) {
        None => Ok(None),
        Some(Data::Stream(stream)) => Ok(Some(stream)),
        Some(_) => Err(wrong_type()),
    }
}

pub(super) fn stream_at_mut<'k>(
    keyspace: &'k mut Keyspace,
    key: &[u8],
) -> Result<Option<&'k mut Stream>, Reply> {
    match keyspace.get_mut(key) {
        None => Ok(None),
        Some(Data::Stream(stream)) => Ok(Some(stream)),
        Some(_) => Err(wrong_type()),
    }
}

/// C's `strtoull` after Redis's `string2ull` fast path: leading spaces, a sign (a minus
/// wraps around), decimal digits, nothing after them, no overflow.
fn parse_u64(text: &[u8]) -> Option<u64> {
    if let Some(value) = parse_integer(text) {
        return u64::try_from(value).ok();
    }
    let start = text
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r'))?;
    let text = &text[start..];
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut value: u64 = 0;
    for digit in digits {
        value = value
            .checked_mul(10)?
            .checked_add(u64::from(digit - b'0'))?;
    }
    Some(if negative {
        value.wrapping_neg()
    } else {
        value
    })
}

/// How an id argument was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ParsedId {
    pub id: StreamId,
    /// False for `<ms>-*`.
    seq_given: bool,
}

/// `streamGenericParseIDOrReply`: `-`, `+` (unless `strict`), `<ms>`, `<ms>-<seq>`, and
/// `<ms>-*` when `allow_auto_seq`.
pub(super) fn parse_id(
    text: &[u8],
    missing_seq: u64,
    strict: bool,
    allow_auto_seq: bool,
) -> Result<ParsedId, Reply> {
    let invalid = || error(INVALID_ID);
    if text.len() > 127 {
        return Err(invalid());
    }
    // Redis reads the argument as a C string.
    let text = text.split(|byte| *byte == 0).next().unwrap_or(&[]);
    let given = |id| ParsedId {
        id,
        seq_given: true,
    };
    match text {
        b"-" | b"+" if strict => return Err(invalid()),
        b"-" => return Ok(given(StreamId::MIN)),
        b"+" => return Ok(given(StreamId::MAX)),
        _ => {}
    }
    let (ms_text, seq_text) = match text.iter().position(|byte| *byte == b'-') {
        Some(dash) => (&text[..dash], Some(&text[dash + 1..])),
        None => (text, None),
    };
    let ms = parse_u64(ms_text).ok_or_else(invalid)?;
    match seq_text {
        None => Ok(given(StreamId {
            ms,
            seq: missing_seq,
        })),
        Some(b"*") if allow_auto_seq => Ok(ParsedId {
            id: StreamId { ms, seq: 0 },
            seq_given: false,
        }),
        Some(seq_text) => Ok(given(StreamId {
            ms,
            seq: parse_u64(seq_text).ok_or_else(invalid)?,
        })),
    }
}

pub(super) fn id_reply(id: StreamId) -> Reply {
    bulk(id.text().as_bytes())
}

pub(super) fn entry_reply(entry: &Entry) -> Reply {
    let fields = entry
        .fields
        .iter()
        .flat_map(|(field, value)| [bulk(field), bulk(value)])
        .collect();
    Reply::Array(vec![id_reply(entry.id), Reply::Array(fields)])
}

fn entries_reply(entries: &[&Entry]) -> Reply {
    Reply::Array(entries.iter().map(|entry| entry_reply(entry)).collect())
}

/// The trimming options of `XADD` and `XTRIM`.
#[derive(Debug, Default)]
struct TrimOptions {
    trim: Option<Trim>,
    approximate: bool,
    limit: u64,
    no_stream_creation: bool,
    /// `XADD`: the id argument's index and the id (`None` for `*`).
    id: Option<(usize, Option<ParsedId>)>,
}

/// `streamParseAddOrTrimArgsOrReply`, over the arguments after the key.
fn parse_trim_options(args: &[Vec<u8>], xadd: bool) -> Result<TrimOptions, Reply> {
    let mut options = TrimOptions::default();
    let mut limit_given = false;
    let mut index = 1;
    while index < args.len() {
        let more = args.len() - 1 - index;
        let word = &args[index];
        if xadd && word.as_slice() == b"*" {
            options.id = Some((index, None));
            break;
        }
        let maxlen = is_option(word, "maxlen");
        if (maxlen || is_option(word, "minid")) && more > 0 {
            if options.trim.is_some() {
                return Err(error(
                    "ERR syntax error, MAXLEN and MINID options at the same time are not compatible",
                ));
            }
            options.approximate = false;
            let next = args[index + 1].as_slice();
            if more >= 2 && next == b"~" {
                options.approximate = true;
                index += 1;
            } else if more >= 2 && next == b"=" {
                index += 1;
            }
            let value = &args[index + 1];
            options.trim = Some(if maxlen {
                let count = parse_integer(value).ok_or_else(|| error(errors::NOT_INTEGER))?;
                if count < 0 {
                    return Err(error("ERR The MAXLEN argument must be >= 0."));
                }
                Trim::MaxLen(count.unsigned_abs())
            } else {
                Trim::MinId(parse_id(value, 0, true, false)?.id)
            });
            index += 1;
        } else if is_option(word, "limit") && more > 0 {
            let limit =
                parse_integer(&args[index + 1]).ok_or_else(|| error(errors::NOT_INTEGER))?;
            if limit < 0 {
                return Err(error("ERR The LIMIT argument must be >= 0."));
            }
            options.limit = limit.unsigned_abs();
            limit_given = true;
            index += 1;
        } else if xadd && is_option(word, "nomkstream") {
            options.no_stream_creation = true;
        } else if xadd {
            options.id = Some((index, Some(parse_id(word, 0, true, true)?)));
            break;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    if options.limit != 0 && options.trim.is_none() {
        return Err(error(
            "ERR syntax error, LIMIT cannot be used without specifying a trimming strategy",
        ));
    }
    if !xadd && options.trim.is_none() {
        return Err(error(
            "ERR syntax error, XTRIM must be called with a trimming strategy",
        ));
    }
    if limit_given {
        if !options.approximate {
            return Err(error(
                "ERR syntax error, LIMIT cannot be used without the special ~ option",
            ));
        }
    } else if options.approximate {
        options.limit = 10_000;
    } else {
        options.limit = 0;
    }
    Ok(options)
}

fn xadd(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let options = parse_trim_options(request.args, true)?;
    let id_index = options.id.map_or(request.args.len(), |(index, _)| index);
    let pairs = request.args.len().saturating_sub(id_index + 1);
    if pairs < 2 || !pairs.is_multiple_of(2) {
        return Err(error(&errors::wrong_arguments("xadd")));
    }
    let explicit = options.id.and_then(|(_, id)| id);
    if explicit.is_some_and(|parsed| parsed.seq_given && parsed.id == StreamId::MIN) {
        return Err(error(
            "ERR The ID specified in XADD must be greater than 0-0",
        ));
    }
    let key = request.arg(0);
    let now = u64::try_from(keyspace.now()).unwrap_or(0);
    if stream_at(keyspace, key)?.is_none() {
        if options.no_stream_creation {
            return Ok(Reply::Nil);
        }
        keyspace.set(key, Data::Stream(Box::default()));
    }
    let Some(stream) = stream_at_mut(keyspace, key)? else {
        return Err(wrong_type());
    };
    if stream.last_id == StreamId::MAX {
        return Err(error(
            "ERR The stream has exhausted the last possible ID, unable to add more items",
        ));
    }
    let too_small = || {
        error("ERR The ID specified in XADD is equal or smaller than the target stream top item")
    };
    let id = match explicit {
        Some(parsed) if parsed.seq_given => parsed.id,
        Some(parsed) if parsed.id.ms == stream.last_id.ms => {
            if stream.last_id.seq == u64::MAX {
                return Err(too_small());
            }
            StreamId {
                ms: parsed.id.ms,
                seq: stream.last_id.seq + 1,
            }
        }
        Some(parsed) => parsed.id,
        None if now > stream.last_id.ms => StreamId { ms: now, seq: 0 },
        None => stream.last_id.next().unwrap_or(StreamId::MIN),
    };
    if id <= stream.last_id {
        return Err(too_small());
    }
    let fields = request.args[id_index + 1..]
        .chunks(2)
        .map(|pair| (pair[0].clone(), pair[1].clone()))
        .collect();
    stream.append(Entry { id, fields });
    if let Some(trim) = options.trim {
        stream.trim(trim, options.approximate, options.limit);
    }
    Ok(id_reply(id))
}

fn xlen(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let length = stream_at(keyspace, request.arg(0))?.map_or(0, Stream::len);
    Ok(Reply::Integer(i64::try_from(length).unwrap_or(i64::MAX)))
}

fn xrange(keyspace: &mut Keyspace, request: &Request) -> Answer {
    range(keyspace, request, false)
}

fn xrevrange(keyspace: &mut Keyspace, request: &Request) -> Answer {
    range(keyspace, request, true)
}

/// An interval end: `(` makes it exclusive (and strict).
fn interval_end(text: &[u8], missing_seq: u64) -> Result<(StreamId, bool), Reply> {
    if text.len() > 1 && text[0] == b'(' {
        Ok((parse_id(&text[1..], missing_seq, true, false)?.id, true))
    } else {
        Ok((parse_id(text, missing_seq, false, false)?.id, false))
    }
}

/// The first id of an interval (`XRANGE`'s start, `XPENDING`'s).
pub(super) fn interval_start(text: &[u8]) -> Result<StreamId, Reply> {
    match interval_end(text, 0)? {
        (id, false) => Ok(id),
        (id, true) => id
            .next()
            .ok_or_else(|| error("ERR invalid start ID for the interval")),
    }
}

/// The last id of an interval.
pub(super) fn interval_end_id(text: &[u8]) -> Result<StreamId, Reply> {
    match interval_end(text, u64::MAX)? {
        (id, false) => Ok(id),
        (id, true) => id
            .previous()
            .ok_or_else(|| error("ERR invalid end ID for the interval")),
    }
}

/// `addReplySubcommandSyntaxError`.
pub(super) fn subcommand_syntax_error(request: &Request) -> Reply {
    let subcommand = request.arg(0);
    let shown = &subcommand[..subcommand.len().min(128)];
    error(&format!(
        "ERR unknown subcommand or wrong number of arguments for '{}'. Try {} HELP.",
        String::from_utf8_lossy(shown),
        String::from_utf8_lossy(request.spelled).to_uppercase()
    ))
}

fn range(keyspace: &mut Keyspace, request: &Request, reverse: bool) -> Answer {
    let (start_text, end_text) = if reverse {
        (request.arg(2), request.arg(1))
    } else {
        (request.arg(1), request.arg(2))
    };
    let start = interval_start(start_text)?;
    let end = interval_end_id(end_text)?;
    let mut count: i64 = -1;
    let mut index = 3;
    while index < request.args.len() {
        if request.args[index].eq_ignore_ascii_case(b"COUNT") && index + 1 < request.args.len() {
            count = parse_integer(&request.args[index + 1])
                .ok_or_else(|| error(errors::NOT_INTEGER))?
                .max(0);
            index += 2;
        } else {
            return Err(error(errors::SYNTAX));
        }
    }
    let Some(stream) = stream_at(keyspace, request.arg(0))? else {
        return Ok(Reply::Array(Vec::new()));
    };
    if count == 0 {
        return Ok(Reply::Nil);
    }
    let limit = usize::try_from(count.max(0)).unwrap_or(usize::MAX);
    Ok(entries_reply(&stream.range(start, end, reverse, limit)))
}

fn xdel(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    if stream_at(keyspace, key)?.is_none() {
        return Ok(integer(0));
    }
    let ids = request.args[1..]
        .iter()
        .map(|text| parse_id(text, 0, true, false).map(|parsed| parsed.id))
        .collect::<Result<Vec<_>, _>>()?;
    let Some(stream) = stream_at_mut(keyspace, key)? else {
        return Ok(integer(0));
    };
    let deleted = ids.into_iter().filter(|id| stream.delete(*id)).count();
    Ok(integer(deleted))
}

fn xtrim(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let options = parse_trim_options(request.args, false)?;
    let Some(stream) = stream_at_mut(keyspace, request.arg(0))? else {
        return Ok(integer(0));
    };
    let Some(trim) = options.trim else {
        return Ok(integer(0));
    };
    let deleted = stream.trim(trim, options.approximate, options.limit);
    Ok(Reply::Integer(i64::try_from(deleted).unwrap_or(i64::MAX)))
}

fn xread(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let args = request.args;
    let mut count: i64 = 0;
    let mut streams_at = None;
    let mut index = 0;
    while index < args.len() {
        let more = args.len() - index - 1;
        let word = &args[index];
        if is_option(word, "block") && more > 0 {
            return Err(error(&format!(
                "ERR {} command is not allowed with BLOCK option from scripts",
                String::from_utf8_lossy(request.spelled)
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
            return Err(error(
                "ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.",
            ));
        } else if is_option(word, "noack") {
            return Err(error(
                "ERR The NOACK option is only supported by XREADGROUP. You called XREAD instead.",
            ));
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    let Some(first) = streams_at else {
        return Err(error(errors::SYNTAX));
    };
    let half = (args.len() - first) / 2;
    let (keys, ids) = args[first..].split_at(half);
    let mut after = Vec::with_capacity(half);
    for (key, id) in keys.iter().zip(ids) {
        let stream = stream_at(keyspace, key)?;
        after.push(match id.as_slice() {
            b"$" => stream.map_or(StreamId::MIN, |stream| stream.last_id),
            b">" => {
                return Err(error(
                    "ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.",
                ))
            }
            text => parse_id(text, 0, true, false)?.id,
        });
    }
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let mut served = Vec::new();
    for (key, after) in keys.iter().zip(after) {
        let Some(stream) = stream_at(keyspace, key)? else {
            continue;
        };
        if stream.len() == 0 || stream.last_live_id() <= after {
            continue;
        }
        let start = after.next().unwrap_or(StreamId::MAX);
        let entries = entries_reply(&stream.range(start, StreamId::MAX, false, limit));
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

/// A map reply: a RESP3 map, or a flat array in RESP2.
pub(super) fn map_reply(pairs: Vec<(&str, Reply)>, resp: u8) -> Reply {
    let pairs = pairs
        .into_iter()
        .map(|(name, value)| (bulk(name.as_bytes()), value));
    if resp >= 3 {
        Reply::Map(pairs.collect())
    } else {
        Reply::Array(pairs.flat_map(|(name, value)| [name, value]).collect())
    }
}

fn xinfo(keyspace: &mut Keyspace, request: &Request) -> Answer {
    // The command table already resolved the subcommand, checked its arity and answered HELP.
    let subcommand = request.arg(0).to_ascii_lowercase();
    if !matches!(subcommand.as_slice(), b"stream" | b"groups" | b"consumers") {
        return Err(error(errors::UNKNOWN_COMMAND));
    }
    let now = keyspace.now();
    let Some(stream) = stream_at(keyspace, request.arg(1))? else {
        return Err(error(errors::NO_SUCH_KEY));
    };
    match subcommand.as_slice() {
        b"groups" => Ok(groups_info(stream, request.resp)),
        b"consumers" => consumers_info(stream, request.arg(1), request.arg(2), now, request.resp),
        _ => stream_info(stream, request),
    }
}

fn stream_info(stream: &Stream, request: &Request) -> Answer {
    let options = &request.args[2..];
    if !options.is_empty() {
        let well_formed = (options.len() == 1 || options.len() == 3)
            && is_option(&options[0], "full")
            && (options.len() == 1 || is_option(&options[1], "count"));
        if !well_formed {
            return Err(subcommand_syntax_error(request));
        }
        return Err(error(
            "ERR ferrous-redis-model does not model XINFO STREAM FULL",
        ));
    }
    let edge = |reverse| {
        stream
            .range(StreamId::MIN, StreamId::MAX, reverse, 1)
            .first()
            .map_or(Reply::Nil, |entry| entry_reply(entry))
    };
    let count = |value: u64| Reply::Integer(i64::try_from(value).unwrap_or(i64::MAX));
    Ok(map_reply(
        vec![
            ("length", count(stream.len())),
            ("radix-tree-keys", integer(stream.node_count())),
            ("radix-tree-nodes", integer(stream.radix_tree_nodes())),
            ("last-generated-id", id_reply(stream.last_id)),
            ("max-deleted-entry-id", id_reply(stream.max_deleted_id)),
            ("entries-added", count(stream.entries_added)),
            ("recorded-first-entry-id", id_reply(stream.first_id)),
            ("groups", integer(stream.groups.len())),
            ("first-entry", edge(false)),
            ("last-entry", edge(true)),
        ],
        request.resp,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_like_redis() {
        let id = |text: &[u8]| parse_id(text, 7, false, true).map(|parsed| parsed.id);
        assert_eq!(id(b"5"), Ok(StreamId { ms: 5, seq: 7 }));
        assert_eq!(id(b"5-3"), Ok(StreamId { ms: 5, seq: 3 }));
        assert_eq!(id(b"01-1"), Ok(StreamId { ms: 1, seq: 1 }));
        assert_eq!(id(b"-"), Ok(StreamId::MIN));
        assert!(id(b"-1").is_err());
        assert!(id(b"1-x").is_err());
        assert!(id(b"18446744073709551616").is_err());
        assert!(parse_id(b"+", 0, true, false).is_err());
        assert_eq!(
            parse_id(b"3-*", 0, true, true),
            Ok(ParsedId {
                id: StreamId { ms: 3, seq: 0 },
                seq_given: false
            })
        );
    }
}
