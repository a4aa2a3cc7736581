//! Set commands. Redis replies a set's members in its hash table's order, which scripts cannot
//! rely on (cases sort them); the model replies them in a fixed order: numeric for sets of
//! integers (which is the order Redis's intset encoding gives), byte order otherwise. `SPOP` and
//! `SRANDMEMBER` choose deterministically (the first members in that order); the bench compares
//! their replies with real Redis by shape only.

use super::{
    bulk, error, flag, integer, is_option, pick, ranged_integer, set_at, set_at_mut, spec, Answer,
    CommandSpec, Request,
};
use crate::errors;
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
    spec("smove", 4, smove),
    spec("spop", -2, spop),
    spec("srandmember", -2, srandmember),
    spec("sinter", -2, sinter),
    spec("sinterstore", -3, sinterstore),
    spec("sintercard", -3, sintercard),
    spec("sunion", -2, sunion),
    spec("sunionstore", -3, sunionstore),
    spec("sdiff", -2, sdiff),
    spec("sdiffstore", -3, sdiffstore),
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
pub(super) fn reply_order(members: &BTreeSet<Vec<u8>>) -> Vec<Vec<u8>> {
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

/// A list of members as a set reply (a RESP3 set).
fn set_reply(members: Vec<Vec<u8>>, resp: u8) -> Reply {
    let items = members.into_iter().map(Reply::Bulk).collect();
    if resp >= 3 {
        Reply::Set(items)
    } else {
        Reply::Array(items)
    }
}

fn smove(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let (source, destination, member) = (request.arg(0), request.arg(1), request.arg(2));
    let found = set_at(keyspace, source)?.is_some();
    set_at(keyspace, destination)?;
    if !found {
        return Ok(flag(false));
    }
    if source == destination {
        return Ok(flag(
            set_at(keyspace, source)?.is_some_and(|m| m.contains(member)),
        ));
    }
    let removed = set_at_mut(keyspace, source)?.is_some_and(|m| m.remove(member));
    if !removed {
        return Ok(flag(false));
    }
    keyspace.drop_if_empty(source);
    if set_at(keyspace, destination)?.is_none() {
        keyspace.set(destination, Data::Set(BTreeSet::new()));
    }
    if let Some(members) = set_at_mut(keyspace, destination)? {
        members.insert(member.to_vec());
    }
    Ok(flag(true))
}

fn spop(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let count = match request.args.len() {
        1 => None,
        2 => Some(ranged_integer(
            request.arg(1),
            0,
            i64::MAX,
            Some(errors::MUST_BE_POSITIVE),
        )?),
        _ => return Err(error(errors::SYNTAX)),
    };
    let Some(members) = set_at(keyspace, key)? else {
        return Ok(match count {
            None => Reply::Nil,
            Some(_) => set_reply(Vec::new(), request.resp),
        });
    };
    let chosen: Vec<Vec<u8>> = reply_order(members)
        .into_iter()
        .take(count.map_or(1, |n| usize::try_from(n).unwrap_or(usize::MAX)))
        .collect();
    if let Some(members) = set_at_mut(keyspace, key)? {
        for member in &chosen {
            members.remove(member);
        }
    }
    keyspace.drop_if_empty(key);
    Ok(match count {
        None => chosen.into_iter().next().map_or(Reply::Nil, Reply::Bulk),
        Some(_) => set_reply(chosen, request.resp),
    })
}

fn srandmember(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let count = match request.args.len() {
        1 => None,
        2 => Some(ranged_integer(request.arg(1), -i64::MAX, i64::MAX, None)?),
        _ => return Err(error(errors::SYNTAX)),
    };
    let members = set_at(keyspace, request.arg(0))?.map(reply_order);
    Ok(match (count, members) {
        (None, None) => Reply::Nil,
        (None, Some(members)) => members.into_iter().next().map_or(Reply::Nil, Reply::Bulk),
        (Some(_), None) => Reply::Array(Vec::new()),
        (Some(count), Some(members)) => {
            let chosen: Vec<Reply> = pick(&members, count)?
                .into_iter()
                .map(Reply::Bulk)
                .collect();
            Reply::Array(chosen)
        }
    })
}

/// The sets at `keys` (`None` for a missing key), or `WRONGTYPE` if any holds another type.
fn sets_at(
    keyspace: &mut Keyspace,
    keys: &[Vec<u8>],
) -> Result<Vec<Option<BTreeSet<Vec<u8>>>>, Reply> {
    keys.iter()
        .map(|key| set_at(keyspace, key).map(|set| set.cloned()))
        .collect()
}

fn intersection(sets: &[Option<BTreeSet<Vec<u8>>>]) -> BTreeSet<Vec<u8>> {
    let Some(present) = sets.iter().map(Option::as_ref).collect::<Option<Vec<_>>>() else {
        return BTreeSet::new();
    };
    let mut result = present[0].clone();
    for set in &present[1..] {
        result.retain(|member| set.contains(member));
    }
    result
}

fn union(sets: &[Option<BTreeSet<Vec<u8>>>]) -> BTreeSet<Vec<u8>> {
    sets.iter().flatten().flatten().cloned().collect()
}

fn difference(sets: &[Option<BTreeSet<Vec<u8>>>]) -> BTreeSet<Vec<u8>> {
    let Some(Some(first)) = sets.first() else {
        return BTreeSet::new();
    };
    let mut result = first.clone();
    for set in sets[1..].iter().flatten() {
        result.retain(|member| !set.contains(member));
    }
    result
}

type Combine = fn(&[Option<BTreeSet<Vec<u8>>>]) -> BTreeSet<Vec<u8>>;

fn combine_reply(keyspace: &mut Keyspace, request: &Request, combine: Combine) -> Answer {
    let sets = sets_at(keyspace, request.args)?;
    Ok(set_reply(reply_order(&combine(&sets)), request.resp))
}

fn combine_store(keyspace: &mut Keyspace, request: &Request, combine: Combine) -> Answer {
    let sets = sets_at(keyspace, &request.args[1..])?;
    let result = combine(&sets);
    let destination = request.arg(0);
    let size = result.len();
    keyspace.remove(destination);
    if size > 0 {
        keyspace.set(destination, Data::Set(result));
    }
    Ok(integer(size))
}

fn sinter(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_reply(keyspace, request, intersection)
}

fn sinterstore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_store(keyspace, request, intersection)
}

fn sunion(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_reply(keyspace, request, union)
}

fn sunionstore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_store(keyspace, request, union)
}

fn sdiff(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_reply(keyspace, request, difference)
}

fn sdiffstore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_store(keyspace, request, difference)
}

fn sintercard(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let count = ranged_integer(
        request.arg(0),
        1,
        i64::MAX,
        Some("ERR numkeys should be greater than 0"),
    )?;
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    if count > request.args.len() - 1 {
        return Err(error(
            "ERR Number of keys can't be greater than number of args",
        ));
    }
    let mut limit = 0;
    let mut index = count + 1;
    while index < request.args.len() {
        if is_option(&request.args[index], "limit") && index + 1 < request.args.len() {
            limit = ranged_integer(
                &request.args[index + 1],
                0,
                i64::MAX,
                Some("ERR LIMIT can't be negative"),
            )?;
            index += 2;
        } else {
            return Err(error(errors::SYNTAX));
        }
    }
    let sets = sets_at(keyspace, &request.args[1..=count])?;
    let size = intersection(&sets).len();
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    Ok(integer(if limit == 0 { size } else { size.min(limit) }))
}
