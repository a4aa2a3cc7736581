//! List commands. The blocking `BLMPOP` is allowed in scripts, where it never blocks.

use super::{
    block_timeout, bulk, bulk_array, error, index_range, integer, integer_argument, is_option,
    list_at, list_at_mut, mpop_keys, ok, ranged_integer, spec, Answer, CommandSpec, Request,
};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::number::parse_integer;
use crate::Reply;
use std::collections::VecDeque;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("lpush", -3, lpush),
    spec("rpush", -3, rpush),
    spec("lpushx", -3, lpushx),
    spec("rpushx", -3, rpushx),
    spec("lpop", -2, lpop),
    spec("rpop", -2, rpop),
    spec("llen", 2, llen),
    spec("lrange", 4, lrange),
    spec("lindex", 3, lindex),
    spec("lset", 4, lset),
    spec("lrem", 4, lrem),
    spec("ltrim", 4, ltrim),
    spec("lpos", -3, lpos),
    spec("linsert", 5, linsert),
    spec("lmove", 5, lmove),
    spec("rpoplpush", 3, rpoplpush),
    spec("lmpop", -4, lmpop),
    spec("blmpop", -5, blmpop),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    Head,
    Tail,
}

fn push(keyspace: &mut Keyspace, request: &Request, end: End, only_existing: bool) -> Answer {
    let key = request.arg(0);
    if list_at(keyspace, key)?.is_none() {
        if only_existing {
            return Ok(integer(0));
        }
        keyspace.set(key, Data::List(VecDeque::new()));
    }
    let list = list_at_mut(keyspace, key)?.ok_or_else(|| error(errors::WRONG_TYPE))?;
    for item in &request.args[1..] {
        match end {
            End::Head => list.push_front(item.clone()),
            End::Tail => list.push_back(item.clone()),
        }
    }
    Ok(integer(list.len()))
}

fn lpush(keyspace: &mut Keyspace, request: &Request) -> Answer {
    push(keyspace, request, End::Head, false)
}

fn rpush(keyspace: &mut Keyspace, request: &Request) -> Answer {
    push(keyspace, request, End::Tail, false)
}

fn lpushx(keyspace: &mut Keyspace, request: &Request) -> Answer {
    push(keyspace, request, End::Head, true)
}

fn rpushx(keyspace: &mut Keyspace, request: &Request) -> Answer {
    push(keyspace, request, End::Tail, true)
}

fn pop(keyspace: &mut Keyspace, request: &Request, end: End) -> Answer {
    if request.args.len() > 2 {
        return Err(error(&errors::wrong_arguments(request.name)));
    }
    let count = match request.args.get(1) {
        Some(text) => Some(
            parse_integer(text)
                .and_then(|count| usize::try_from(count).ok())
                .ok_or_else(|| error(errors::MUST_BE_POSITIVE))?,
        ),
        None => None,
    };
    let key = request.arg(0);
    let Some(list) = list_at_mut(keyspace, key)? else {
        return Ok(Reply::Nil);
    };
    let mut take = || match end {
        End::Head => list.pop_front(),
        End::Tail => list.pop_back(),
    };
    let reply = match count {
        None => take().map_or(Reply::Nil, Reply::Bulk),
        Some(count) => Reply::Array(
            std::iter::from_fn(take)
                .take(count)
                .map(Reply::Bulk)
                .collect(),
        ),
    };
    keyspace.drop_if_empty(key);
    Ok(reply)
}

fn lpop(keyspace: &mut Keyspace, request: &Request) -> Answer {
    pop(keyspace, request, End::Head)
}

fn rpop(keyspace: &mut Keyspace, request: &Request) -> Answer {
    pop(keyspace, request, End::Tail)
}

fn llen(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(integer(
        list_at(keyspace, request.arg(0))?.map_or(0, VecDeque::len),
    ))
}

fn lrange(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let start = integer_argument(request.arg(1))?;
    let stop = integer_argument(request.arg(2))?;
    let Some(list) = list_at(keyspace, request.arg(0))? else {
        return Ok(Reply::Array(Vec::new()));
    };
    Ok(match index_range(start, stop, list.len()) {
        Some((from, to)) => bulk_array(list.range(from..=to)),
        None => Reply::Array(Vec::new()),
    })
}

/// A list position from a possibly negative index, if inside the list.
fn position(index: i64, len: usize) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let index = if index < 0 { len + index } else { index };
    if (0..len).contains(&index) {
        usize::try_from(index).ok()
    } else {
        None
    }
}

fn lindex(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let Some(list) = list_at(keyspace, request.arg(0))? else {
        return Ok(Reply::Nil);
    };
    let index = integer_argument(request.arg(1))?;
    Ok(position(index, list.len())
        .and_then(|at| list.get(at))
        .map_or(Reply::Nil, |item| bulk(item)))
}

fn lset(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let Some(list) = list_at_mut(keyspace, request.arg(0))? else {
        return Err(error(errors::NO_SUCH_KEY));
    };
    let index = integer_argument(request.arg(1))?;
    let at = position(index, list.len()).ok_or_else(|| error(errors::INDEX_OUT_OF_RANGE))?;
    list[at] = request.arg(2).to_vec();
    Ok(ok())
}

fn lrem(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let count = integer_argument(request.arg(1))?;
    let key = request.arg(0);
    let element = request.arg(2);
    let Some(list) = list_at_mut(keyspace, key)? else {
        return Ok(integer(0));
    };
    let limit = if count == 0 {
        usize::MAX
    } else {
        usize::try_from(count.unsigned_abs()).unwrap_or(usize::MAX)
    };
    let mut removed = 0;
    if count >= 0 {
        let mut index = 0;
        while index < list.len() && removed < limit {
            if list[index] == element {
                list.remove(index);
                removed += 1;
            } else {
                index += 1;
            }
        }
    } else {
        let mut index = list.len();
        while index > 0 && removed < limit {
            index -= 1;
            if list[index] == element {
                list.remove(index);
                removed += 1;
            }
        }
    }
    keyspace.drop_if_empty(key);
    Ok(integer(removed))
}

fn ltrim(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let start = integer_argument(request.arg(1))?;
    let stop = integer_argument(request.arg(2))?;
    let key = request.arg(0);
    let Some(list) = list_at_mut(keyspace, key)? else {
        return Ok(ok());
    };
    match index_range(start, stop, list.len()) {
        Some((from, to)) => {
            list.truncate(to + 1);
            list.drain(..from);
        }
        None => list.clear(),
    }
    keyspace.drop_if_empty(key);
    Ok(ok())
}

const NUMKEYS: &str = "ERR numkeys should be greater than 0";

fn lpos(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let mut rank: i64 = 1;
    let mut count: Option<i64> = None;
    let mut max_length: i64 = 0;
    let mut index = 2;
    while index < request.args.len() {
        let word = &request.args[index];
        let more = index + 1 < request.args.len();
        if is_option(word, "rank") && more {
            rank = integer_argument(&request.args[index + 1])?;
            if rank == 0 {
                return Err(error("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list"));
            }
        } else if is_option(word, "count") && more {
            count = Some(ranged_integer(
                &request.args[index + 1],
                0,
                i64::MAX,
                Some("ERR COUNT can't be negative"),
            )?);
        } else if is_option(word, "maxlen") && more {
            max_length = ranged_integer(
                &request.args[index + 1],
                0,
                i64::MAX,
                Some("ERR MAXLEN can't be negative"),
            )?;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 2;
    }
    let Some(list) = list_at(keyspace, request.arg(0))? else {
        return Ok(if count.is_some() {
            Reply::Array(Vec::new())
        } else {
            Reply::Nil
        });
    };
    let element = request.arg(1);
    let len = list.len();
    // Redis negates a negative rank in C's long arithmetic: the least long stays negative,
    // and then every match is at or past it.
    let from_tail = rank < 0;
    let rank = if from_tail { rank.wrapping_neg() } else { rank };
    let limit = usize::try_from(max_length).unwrap_or(usize::MAX);
    let mut matches: i64 = 0;
    let mut found = Vec::new();
    for step in 0..len {
        if limit != 0 && step >= limit {
            break;
        }
        let position = if from_tail { len - 1 - step } else { step };
        if list[position] != element {
            continue;
        }
        matches += 1;
        if matches >= rank {
            found.push(integer(position));
            match count {
                None => break,
                Some(wanted)
                    if wanted != 0 && matches.wrapping_sub(rank).wrapping_add(1) >= wanted =>
                {
                    break
                }
                Some(_) => {}
            }
        }
    }
    Ok(match count {
        Some(_) => Reply::Array(found),
        None => found.pop().unwrap_or(Reply::Nil),
    })
}

fn linsert(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let after = match request.arg(1) {
        word if is_option(word, "after") => true,
        word if is_option(word, "before") => false,
        _ => return Err(error(errors::SYNTAX)),
    };
    let Some(list) = list_at_mut(keyspace, request.arg(0))? else {
        return Ok(integer(0));
    };
    let Some(at) = list.iter().position(|item| item == request.arg(2)) else {
        return Ok(Reply::Integer(-1));
    };
    list.insert(if after { at + 1 } else { at }, request.arg(3).to_vec());
    Ok(integer(list.len()))
}

fn end_argument(word: &[u8]) -> Result<End, Reply> {
    if is_option(word, "left") {
        Ok(End::Head)
    } else if is_option(word, "right") {
        Ok(End::Tail)
    } else {
        Err(error(errors::SYNTAX))
    }
}

/// `LMOVE`'s core: pops from `source` at `from`, pushes onto `destination` at `to`.
fn move_item(
    keyspace: &mut Keyspace,
    source: &[u8],
    destination: &[u8],
    from: End,
    to: End,
) -> Answer {
    match list_at(keyspace, source)? {
        None => return Ok(Reply::Nil),
        Some(list) if list.is_empty() => return Ok(Reply::Nil),
        Some(_) => {}
    }
    list_at(keyspace, destination)?;
    let list = list_at_mut(keyspace, source)?.ok_or_else(|| error(errors::WRONG_TYPE))?;
    let item = match from {
        End::Head => list.pop_front(),
        End::Tail => list.pop_back(),
    }
    .unwrap_or_default();
    if list_at(keyspace, destination)?.is_none() {
        keyspace.set(destination, Data::List(VecDeque::new()));
    }
    let target = list_at_mut(keyspace, destination)?.ok_or_else(|| error(errors::WRONG_TYPE))?;
    match to {
        End::Head => target.push_front(item.clone()),
        End::Tail => target.push_back(item.clone()),
    }
    keyspace.drop_if_empty(source);
    Ok(Reply::Bulk(item))
}

fn lmove(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let from = end_argument(request.arg(2))?;
    let to = end_argument(request.arg(3))?;
    move_item(keyspace, request.arg(0), request.arg(1), from, to)
}

fn rpoplpush(keyspace: &mut Keyspace, request: &Request) -> Answer {
    move_item(
        keyspace,
        request.arg(0),
        request.arg(1),
        End::Tail,
        End::Head,
    )
}

/// `LMPOP`/`BLMPOP` from `numkeys` on (`lmpopGenericCommand`, never blocking).
fn multi_pop(keyspace: &mut Keyspace, words: &[Vec<u8>]) -> Answer {
    let keys = mpop_keys(words, NUMKEYS)?;
    let end = end_argument(&words[keys.len() + 1])?;
    let mut count: Option<i64> = None;
    let mut index = keys.len() + 2;
    while index < words.len() {
        if count.is_none() && is_option(&words[index], "count") && index + 1 < words.len() {
            count = Some(ranged_integer(
                &words[index + 1],
                1,
                i64::MAX,
                Some("ERR count should be greater than 0"),
            )?);
            index += 2;
        } else {
            return Err(error(errors::SYNTAX));
        }
    }
    let count = usize::try_from(count.unwrap_or(1)).unwrap_or(usize::MAX);
    for key in keys {
        let Some(list) = list_at_mut(keyspace, key)? else {
            continue;
        };
        let taken: Vec<Reply> = std::iter::from_fn(|| match end {
            End::Head => list.pop_front(),
            End::Tail => list.pop_back(),
        })
        .take(count)
        .map(Reply::Bulk)
        .collect();
        keyspace.drop_if_empty(key);
        return Ok(Reply::Array(vec![bulk(key), Reply::Array(taken)]));
    }
    Ok(Reply::Nil)
}

fn lmpop(keyspace: &mut Keyspace, request: &Request) -> Answer {
    multi_pop(keyspace, request.args)
}

fn blmpop(keyspace: &mut Keyspace, request: &Request) -> Answer {
    block_timeout(request.arg(0))?;
    multi_pop(keyspace, &request.args[1..])
}
