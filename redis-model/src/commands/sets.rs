//! Set commands. Redis replies a set's members in its hash table's order, which scripts cannot
//! rely on (cases sort them); the model replies them in a fixed order: numeric for sets of
//! integers (which is the order Redis's intset encoding gives), byte order otherwise.

use super::{bulk, flag, integer, set_at, set_at_mut, spec, Answer, CommandSpec, Request};
use crate::keyspace::{Data, Keyspace};
use crate::number::parse_integer;
use crate::Reply;
use std::collections::BTreeSet;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("sadd", -3, sadd),
    spec("srem", -3, srem),
    spec("smembers", 2, smembers),
    spec("sismember", 3, sismember),
    spec("smismember", -3, smismember),
    spec("scard", 2, scard),
];

fn sadd(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    if set_at(keyspace, key)?.is_none() {
        keyspace.set(key, Data::Set(BTreeSet::new()));
    }
    let added = match set_at_mut(keyspace, key)? {
        Some(members) => request.args[1..]
            .iter()
            .filter(|member| members.insert(member.to_vec()))
            .count(),
        None => 0,
    };
    Ok(integer(added))
}

fn srem(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let Some(members) = set_at_mut(keyspace, key)? else {
        return Ok(integer(0));
    };
    let removed = request.args[1..]
        .iter()
        .filter(|member| members.remove(member.as_slice()))
        .count();
    keyspace.drop_if_empty(key);
    Ok(integer(removed))
}

/// Members in the model's reply order (see the module documentation).
fn reply_order(members: &BTreeSet<Vec<u8>>) -> Vec<Vec<u8>> {
    let numbers: Option<Vec<i64>> = members.iter().map(|m| parse_integer(m)).collect();
    match numbers {
        Some(mut numbers) => {
            numbers.sort_unstable();
            numbers
                .into_iter()
                .map(|n| n.to_string().into_bytes())
                .collect()
        }
        None => members.iter().cloned().collect(),
    }
}

fn smembers(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let members = set_at(keyspace, request.arg(0))?
        .map(reply_order)
        .unwrap_or_default();
    let items = members.iter().map(|member| bulk(member)).collect();
    Ok(if request.resp >= 3 {
        Reply::Set(items)
    } else {
        Reply::Array(items)
    })
}

fn sismember(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let members = set_at(keyspace, request.arg(0))?;
    Ok(flag(
        members.is_some_and(|members| members.contains(request.arg(1))),
    ))
}

fn smismember(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let members = set_at(keyspace, request.arg(0))?;
    Ok(Reply::Array(
        request.args[1..]
            .iter()
            .map(|member| flag(members.is_some_and(|members| members.contains(member))))
            .collect(),
    ))
}

fn scard(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(integer(
        set_at(keyspace, request.arg(0))?.map_or(0, BTreeSet::len),
    ))
}
