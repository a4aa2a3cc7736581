//! Sorted-set commands. Scores are doubles, replied as `%.17g` bulk strings over RESP2 and as
//! doubles over RESP3, as Redis 7.0 does.

use super::{
    error, integer, is_option, sorted_set_at, sorted_set_at_mut, spec, Answer, CommandSpec, Request,
};
use crate::errors;
use crate::keyspace::{Data, Keyspace, SortedSet};
use crate::number::{format_double, parse_double};
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("zadd", -4, zadd),
    spec("zincrby", 4, zincrby),
    spec("zscore", 3, zscore),
    spec("zcard", 2, zcard),
    spec("zrem", -3, zrem),
    spec("zrank", 3, zrank),
    spec("zrevrank", 3, zrevrank),
    spec("zmscore", -3, zmscore),
];

pub(super) fn score_reply(score: f64, resp: u8) -> Reply {
    if resp >= 3 {
        Reply::Double(score)
    } else {
        Reply::Bulk(format_double(score).into_bytes())
    }
}

fn float_argument(text: &[u8]) -> Result<f64, Reply> {
    parse_double(text).ok_or_else(|| error(errors::NOT_FLOAT))
}

/// `ZADD`'s flags.
#[derive(Default)]
struct AddFlags {
    only_new: bool,
    only_existing: bool,
    only_greater: bool,
    only_less: bool,
    count_changed: bool,
    increment: bool,
}

/// What adding one member did.
enum Added {
    New(f64),
    Updated(f64),
    Unchanged(f64),
    /// A condition kept the member out (or unchanged).
    Skipped,
}

fn add_member(
    set: &mut SortedSet,
    member: &[u8],
    score: f64,
    flags: &AddFlags,
) -> Result<Added, Reply> {
    match set.score(member) {
        Some(current) => {
            if flags.only_new {
                return Ok(Added::Skipped);
            }
            let updated = if flags.increment {
                current + score
            } else {
                score
            };
            if updated.is_nan() {
                return Err(error(errors::SCORE_NAN));
            }
            if (flags.only_greater && updated <= current) || (flags.only_less && updated >= current)
            {
                return Ok(Added::Skipped);
            }
            if updated == current {
                return Ok(Added::Unchanged(current));
            }
            set.insert(member, updated);
            Ok(Added::Updated(updated))
        }
        None => {
            if flags.only_existing {
                return Ok(Added::Skipped);
            }
            set.insert(member, score);
            Ok(Added::New(score))
        }
    }
}

/// The sorted set at `key`, created when absent.
pub(super) fn sorted_set_for_write<'k>(
    keyspace: &'k mut Keyspace,
    key: &[u8],
) -> Result<&'k mut SortedSet, Reply> {
    if sorted_set_at(keyspace, key)?.is_none() {
        keyspace.set(key, Data::SortedSet(SortedSet::default()));
    }
    sorted_set_at_mut(keyspace, key)?.ok_or_else(|| error(errors::WRONG_TYPE))
}

fn add(
    keyspace: &mut Keyspace,
    request: &Request,
    flags: &AddFlags,
    pairs: &[(f64, &[u8])],
) -> Answer {
    let key = request.arg(0);
    if sorted_set_at(keyspace, key)?.is_none() && flags.only_existing {
        return Ok(if flags.increment {
            Reply::Nil
        } else {
            integer(0)
        });
    }
    let set = sorted_set_for_write(keyspace, key)?;
    let mut changed = 0;
    let mut added = 0;
    let mut last = None;
    let mut failure = None;
    for (score, member) in pairs {
        match add_member(set, member, *score, flags) {
            Ok(Added::New(score)) => {
                added += 1;
                last = Some(score);
            }
            Ok(Added::Updated(score)) => {
                changed += 1;
                last = Some(score);
            }
            Ok(Added::Unchanged(score)) => last = Some(score),
            Ok(Added::Skipped) => last = None,
            Err(reply) => {
                failure = Some(reply);
                break;
            }
        }
    }
    keyspace.drop_if_empty(key);
    if let Some(reply) = failure {
        return Err(reply);
    }
    Ok(if flags.increment {
        last.map_or(Reply::Nil, |score| score_reply(score, request.resp))
    } else if flags.count_changed {
        integer(added + changed)
    } else {
        integer(added)
    })
}

fn zadd(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let mut flags = AddFlags::default();
    let mut first_score = 1;
    for word in &request.args[1..] {
        match () {
            _ if is_option(word, "nx") => flags.only_new = true,
            _ if is_option(word, "xx") => flags.only_existing = true,
            _ if is_option(word, "gt") => flags.only_greater = true,
            _ if is_option(word, "lt") => flags.only_less = true,
            _ if is_option(word, "ch") => flags.count_changed = true,
            _ if is_option(word, "incr") => flags.increment = true,
            _ => break,
        }
        first_score += 1;
    }
    let rest = &request.args[first_score..];
    if rest.is_empty() || !rest.len().is_multiple_of(2) {
        return Err(error(errors::SYNTAX));
    }
    if flags.only_new && flags.only_existing {
        return Err(error(errors::ZADD_XX_NX));
    }
    let conditions = [flags.only_new, flags.only_greater, flags.only_less];
    if conditions.iter().filter(|&&set| set).count() > 1 {
        return Err(error(errors::ZADD_GT_LT_NX));
    }
    if flags.increment && rest.len() > 2 {
        return Err(error(errors::ZADD_INCR_PAIR));
    }
    let pairs = rest
        .chunks(2)
        .map(|pair| Ok((float_argument(&pair[0])?, pair[1].as_slice())))
        .collect::<Result<Vec<_>, Reply>>()?;
    add(keyspace, request, &flags, &pairs)
}

fn zincrby(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let by = float_argument(request.arg(1))?;
    let flags = AddFlags {
        increment: true,
        ..AddFlags::default()
    };
    add(keyspace, request, &flags, &[(by, request.arg(2))])
}

fn zscore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let set = sorted_set_at(keyspace, request.arg(0))?;
    Ok(set
        .and_then(|set| set.score(request.arg(1)))
        .map_or(Reply::Nil, |score| score_reply(score, request.resp)))
}

fn zcard(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(integer(
        sorted_set_at(keyspace, request.arg(0))?.map_or(0, SortedSet::len),
    ))
}

fn zrem(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let Some(set) = sorted_set_at_mut(keyspace, key)? else {
        return Ok(integer(0));
    };
    let removed = request.args[1..]
        .iter()
        .filter(|member| set.remove(member))
        .count();
    keyspace.drop_if_empty(key);
    Ok(integer(removed))
}

fn rank(keyspace: &mut Keyspace, request: &Request, reverse: bool) -> Answer {
    let set = sorted_set_at(keyspace, request.arg(0))?;
    Ok(
        match set.and_then(|set| set.rank(request.arg(1)).map(|rank| (rank, set.len()))) {
            Some((rank, len)) => integer(if reverse { len - 1 - rank } else { rank }),
            None => Reply::Nil,
        },
    )
}

fn zrank(keyspace: &mut Keyspace, request: &Request) -> Answer {
    rank(keyspace, request, false)
}

fn zrevrank(keyspace: &mut Keyspace, request: &Request) -> Answer {
    rank(keyspace, request, true)
}

fn zmscore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let set = sorted_set_at(keyspace, request.arg(0))?;
    Ok(Reply::Array(
        request.args[1..]
            .iter()
            .map(|member| {
                set.and_then(|set| set.score(member))
                    .map_or(Reply::Nil, |score| score_reply(score, request.resp))
            })
            .collect(),
    ))
}
