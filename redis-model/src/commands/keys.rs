//! Generic key commands: `DEL`, `UNLINK`, `EXISTS`, `TYPE`, `RENAME`, `DBSIZE`, and expiry
//! (`EXPIRE`, `PEXPIRE`, `TTL`, `PTTL`, `PERSIST`) under the frozen clock.

use super::{
    error, flag, integer, integer_argument, is_option, ok, spec, Answer, CommandSpec, Request,
};
use crate::dump::ttl_seconds_of;
use crate::errors;
use crate::keyspace::Keyspace;
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

fn set_expiry(keyspace: &mut Keyspace, request: &Request, millis_per_unit: i64) -> Answer {
    let key = request.arg(0);
    let conditions = parse_conditions(&request.args[2..])?;
    let amount = integer_argument(request.arg(1))?;
    let invalid = || error(&errors::invalid_expire(request.name));
    let at = amount
        .checked_mul(millis_per_unit)
        .and_then(|millis| millis.checked_add(keyspace.now()))
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
    set_expiry(keyspace, request, 1000)
}

fn pexpire(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_expiry(keyspace, request, 1)
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
