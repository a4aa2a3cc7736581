//! List commands.

use super::{
    bulk, bulk_array, error, index_range, integer, integer_argument, list_at, list_at_mut, ok,
    spec, Answer, CommandSpec, Request,
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
