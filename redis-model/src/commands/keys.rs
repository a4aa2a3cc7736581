//! Generic key commands: `DEL`, `UNLINK`, `EXISTS`, `TYPE`, `RENAME`, `DBSIZE`, and expiry
//! (`EXPIRE`, `PEXPIRE`, `EXPIREAT`, `PEXPIREAT`, `TTL`, `PTTL`, `EXPIRETIME`, `PEXPIRETIME`,
//! `PERSIST`) under the frozen clock, `RENAMENX`, `COPY`, `TOUCH`, `RANDOMKEY` (the first key:
//! compared by shape only), `MOVE`, `OBJECT`.

use super::{
    bulk, error, flag, integer, integer_argument, is_option, ok, ranged_integer, spec, Answer,
    CommandSpec, Request,
};
use crate::dump::ttl_seconds_of;
use crate::encoding::encoding;
use crate::errors;
use crate::keyspace::DATABASES;
use crate::keyspace::{Data, Keyspace};
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("del", -2, del),
    spec("unlink", -2, del),
    spec("exists", -2, exists),
    spec("type", 2, type_of),
    spec("rename", 3, rename),
    spec("dbsize", 1, dbsize),
    spec("expire", -3, expire),
    spec("pexpire", -3, pexpire),
    spec("ttl", 2, ttl),
    spec("pttl", 2, pttl),
    spec("persist", 2, persist),
    spec("expireat", -3, expireat),
    spec("pexpireat", -3, pexpireat),
    spec("expiretime", 2, expiretime),
    spec("pexpiretime", 2, pexpiretime),
    spec("renamenx", 3, renamenx),
    spec("copy", -3, copy),
    spec("touch", -2, exists),
    spec("randomkey", 1, randomkey),
    spec("move", 3, move_key),
    spec("object", -2, object),
];

fn del(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let removed = request
        .args
        .iter()
        .filter(|key| keyspace.remove(key).is_some())
        .count();
    Ok(integer(removed))
}

fn exists(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let found = request
        .args
        .iter()
        .filter(|key| keyspace.contains(key))
        .count();
    Ok(integer(found))
}

fn type_of(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let name = keyspace
        .get(request.arg(0))
        .map_or("none", |data| data.type_name());
    Ok(Reply::Status(name.as_bytes().to_vec()))
}

fn rename(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let (from, to) = (request.arg(0), request.arg(1));
    let Some((data, expires_at)) = keyspace.take_entry(from) else {
        return Err(error(errors::NO_SUCH_KEY));
    };
    keyspace.remove(to);
    keyspace.put_entry(to, data, expires_at);
    Ok(ok())
}

fn dbsize(keyspace: &mut Keyspace, _: &Request) -> Answer {
    Ok(integer(keyspace.live_count()))
}

/// `EXPIRE`'s conditions (Redis 7.0).
#[derive(Default)]
struct ExpireConditions {
    only_without_ttl: bool,
    only_with_ttl: bool,
    only_if_greater: bool,
    only_if_less: bool,
}

fn parse_conditions(words: &[Vec<u8>]) -> Result<ExpireConditions, Reply> {
    let mut conditions = ExpireConditions::default();
    for word in words {
        if is_option(word, "nx") {
            conditions.only_without_ttl = true;
        } else if is_option(word, "xx") {
            conditions.only_with_ttl = true;
        } else if is_option(word, "gt") {
            conditions.only_if_greater = true;
        } else if is_option(word, "lt") {
            conditions.only_if_less = true;
        } else {
            return Err(error(&errors::unsupported_option(word)));
        }
    }
    if conditions.only_without_ttl
        && (conditions.only_with_ttl || conditions.only_if_greater || conditions.only_if_less)
    {
        return Err(error(errors::EXPIRE_OPTIONS));
    }
    if conditions.only_if_greater && conditions.only_if_less {
        return Err(error(
            "ERR GT and LT options at the same time are not compatible",
        ));
    }
    Ok(conditions)
}

fn set_expiry(
    keyspace: &mut Keyspace,
    request: &Request,
    millis_per_unit: i64,
    absolute: bool,
) -> Answer {
    let key = request.arg(0);
    let conditions = parse_conditions(&request.args[2..])?;
    let amount = integer_argument(request.arg(1))?;
    let invalid = || error(&errors::invalid_expire(request.name));
    let base = if absolute { 0 } else { keyspace.now() };
    let at = amount
        .checked_mul(millis_per_unit)
        .and_then(|millis| millis.checked_add(base))
        .ok_or_else(invalid)?;
    if !keyspace.contains(key) {
        return Ok(flag(false));
    }
    let current = keyspace.expires_at(key);
    let allowed = match current {
        Some(current) => {
            let refused = conditions.only_without_ttl
                || (conditions.only_if_greater && at <= current)
                || (conditions.only_if_less && at >= current);
            !refused
        }
        // No expiry counts as an infinite time to live.
        None => !conditions.only_with_ttl && !conditions.only_if_greater,
    };
    if !allowed {
        return Ok(flag(false));
    }
    keyspace.set_expiry(key, Some(at));
    Ok(flag(true))
}

fn expire(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_expiry(keyspace, request, 1000, false)
}

fn pexpire(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_expiry(keyspace, request, 1, false)
}

/// `TTL`/`PTTL`: -2 for a missing key, -1 for a key without expiry.
fn time_to_live(keyspace: &mut Keyspace, key: &[u8], in_seconds: bool) -> Reply {
    if !keyspace.contains(key) {
        return Reply::Integer(-2);
    }
    match keyspace.expires_at(key) {
        None => Reply::Integer(-1),
        Some(at) => {
            let remaining = (at - keyspace.now()).max(0);
            Reply::Integer(if in_seconds {
                ttl_seconds_of(remaining)
            } else {
                remaining
            })
        }
    }
}

fn ttl(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(time_to_live(keyspace, request.arg(0), true))
}

fn pttl(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(time_to_live(keyspace, request.arg(0), false))
}

fn persist(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    if keyspace.expires_at(key).is_none() {
        return Ok(flag(false));
    }
    keyspace.set_expiry(key, None);
    Ok(flag(true))
}

fn expireat(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_expiry(keyspace, request, 1000, true)
}

fn pexpireat(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_expiry(keyspace, request, 1, true)
}

/// `EXPIRETIME`/`PEXPIRETIME`: the absolute expiry, -2 for a missing key, -1 without expiry.
fn expiry_time(keyspace: &mut Keyspace, key: &[u8], in_seconds: bool) -> Reply {
    if !keyspace.contains(key) {
        return Reply::Integer(-2);
    }
    match keyspace.expires_at(key) {
        None => Reply::Integer(-1),
        Some(at) => Reply::Integer(if in_seconds {
            ttl_seconds_of(at.max(0))
        } else {
            at.max(0)
        }),
    }
}

fn expiretime(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(expiry_time(keyspace, request.arg(0), true))
}

fn pexpiretime(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(expiry_time(keyspace, request.arg(0), false))
}

fn renamenx(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let (from, to) = (request.arg(0), request.arg(1));
    if !keyspace.contains(from) {
        return Err(error(errors::NO_SUCH_KEY));
    }
    if from == to || keyspace.contains(to) {
        return Ok(flag(false));
    }
    if let Some((data, expires_at)) = keyspace.take_entry(from) {
        keyspace.put_entry(to, data, expires_at);
    }
    Ok(flag(true))
}

/// A database number as `SELECT`, `MOVE` and `COPY ... DB` read it: a C `int`, then a
/// database of the server.
pub(super) fn database_index(text: &[u8]) -> Result<usize, Reply> {
    let index = ranged_integer(text, i64::from(i32::MIN), i64::from(i32::MAX), None)?;
    usize::try_from(index)
        .ok()
        .filter(|index| *index < DATABASES)
        .ok_or_else(|| error("ERR DB index is out of range"))
}

const SAME_OBJECT: &str = "ERR source and destination objects are the same";

fn copy(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let (from, to) = (request.arg(0), request.arg(1));
    let mut replace = false;
    let mut database = keyspace.selected();
    let mut index = 2;
    while index < request.args.len() {
        let word = &request.args[index];
        if is_option(word, "replace") {
            replace = true;
        } else if is_option(word, "db") && index + 1 < request.args.len() {
            database = database_index(&request.args[index + 1])?;
            index += 1;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    if from == to && database == keyspace.selected() {
        return Err(error(SAME_OBJECT));
    }
    let Some(data) = keyspace.get(from).cloned() else {
        return Ok(flag(false));
    };
    let expires_at = keyspace.expires_at(from);
    let copied = keyspace.in_database(database, |target| {
        if target.contains(to) {
            if !replace {
                return false;
            }
            target.remove(to);
        }
        target.put_entry(to, data, expires_at);
        true
    });
    Ok(flag(copied))
}

fn randomkey(keyspace: &mut Keyspace, _: &Request) -> Answer {
    Ok(keyspace
        .live_entries()
        .next()
        .map_or(Reply::Nil, |(key, _, _)| bulk(key)))
}

fn move_key(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let database = database_index(request.arg(1))?;
    if database == keyspace.selected() {
        return Err(error(SAME_OBJECT));
    }
    if !keyspace.contains(key) || keyspace.in_database(database, |target| target.contains(key)) {
        return Ok(flag(false));
    }
    let (data, expires_at) = keyspace.take_entry(key).expect("the key is live");
    keyspace.in_database(database, |target| target.put_entry(key, data, expires_at));
    Ok(flag(true))
}

/// Redis's shared reference count, which small integers stored as strings carry.
const SHARED_REFCOUNT: i64 = i32::MAX as i64;

fn object(keyspace: &mut Keyspace, request: &Request) -> Answer {
    // OBJECT HELP is answered from the help texts before this runs.
    let sub = request.arg(0);
    let Some(data) = keyspace.get(request.arg(1)) else {
        return Ok(Reply::Nil);
    };
    if is_option(sub, "encoding") {
        Ok(bulk(encoding(data).name().as_bytes()))
    } else if is_option(sub, "refcount") {
        let shared = matches!(data, Data::String(bytes) if crate::number::parse_integer(bytes).is_some_and(|n| (0..10_000).contains(&n)));
        Ok(Reply::Integer(if shared { SHARED_REFCOUNT } else { 1 }))
    } else if is_option(sub, "idletime") {
        Ok(Reply::Integer(0))
    } else {
        Err(error("ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust."))
    }
}
