//! Hash commands. Fields keep their insertion order, as Redis keeps small hashes, so `HGETALL`,
//! `HKEYS` and `HVALS` reply in the order Redis does for hashes of up to 512 fields (listpack-encoded).

use super::pick;
use super::sorted_set_ops::random_count;
use super::{
    bulk, error, flag, hash_at, hash_at_mut, integer, integer_argument, ok, spec, Answer,
    CommandSpec, Request,
};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::long_double::LongDouble;
use crate::number::parse_integer;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("hset", -4, hset),
    spec("hmset", -4, hmset),
    spec("hsetnx", 4, hsetnx),
    spec("hget", 3, hget),
    spec("hmget", -3, hmget),
    spec("hdel", -3, hdel),
    spec("hexists", 3, hexists),
    spec("hlen", 2, hlen),
    spec("hstrlen", 3, hstrlen),
    spec("hgetall", 2, hgetall),
    spec("hkeys", 2, hkeys),
    spec("hvals", 2, hvals),
    spec("hincrby", 4, hincrby),
    spec("hincrbyfloat", 4, hincrbyfloat),
    spec("hrandfield", -2, hrandfield),
];

type Fields = Vec<(Vec<u8>, Vec<u8>)>;

fn field_value<'f>(fields: &'f Fields, field: &[u8]) -> Option<&'f Vec<u8>> {
    fields
        .iter()
        .find(|(name, _)| name.as_slice() == field)
        .map(|(_, value)| value)
}

/// The hash at `key`, created empty when absent (`WRONGTYPE` for another type).
fn hash_for_write<'k>(keyspace: &'k mut Keyspace, key: &[u8]) -> Result<&'k mut Fields, Reply> {
    if hash_at(keyspace, key)?.is_none() {
        keyspace.set(key, Data::Hash(Vec::new()));
    }
    hash_at_mut(keyspace, key)?.ok_or_else(|| error(errors::WRONG_TYPE))
}

/// Sets a field; true when it is new.
fn store(fields: &mut Fields, field: &[u8], value: &[u8]) -> bool {
    match fields.iter_mut().find(|(name, _)| name.as_slice() == field) {
        Some((_, old)) => {
            *old = value.to_vec();
            false
        }
        None => {
            fields.push((field.to_vec(), value.to_vec()));
            true
        }
    }
}

fn set_pairs(keyspace: &mut Keyspace, request: &Request) -> Result<usize, Reply> {
    if request.args.len().is_multiple_of(2) {
        return Err(error(&errors::wrong_arguments(request.name)));
    }
    let fields = hash_for_write(keyspace, request.arg(0))?;
    Ok(request.args[1..]
        .chunks(2)
        .filter(|pair| store(fields, &pair[0], &pair[1]))
        .count())
}

fn hset(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_pairs(keyspace, request).map(integer)
}

fn hmset(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_pairs(keyspace, request).map(|_| ok())
}

fn hsetnx(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let fields = hash_for_write(keyspace, request.arg(0))?;
    if field_value(fields, request.arg(1)).is_some() {
        return Ok(flag(false));
    }
    store(fields, request.arg(1), request.arg(2));
    Ok(flag(true))
}

fn hget(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let fields = hash_at(keyspace, request.arg(0))?;
    Ok(fields
        .and_then(|fields| field_value(fields, request.arg(1)))
        .map_or(Reply::Nil, |value| bulk(value)))
}

fn hmget(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let fields = hash_at(keyspace, request.arg(0))?;
    Ok(Reply::Array(
        request.args[1..]
            .iter()
            .map(|field| {
                fields
                    .and_then(|fields| field_value(fields, field))
                    .map_or(Reply::Nil, |value| bulk(value))
            })
            .collect(),
    ))
}

fn hdel(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let Some(fields) = hash_at_mut(keyspace, key)? else {
        return Ok(integer(0));
    };
    let mut removed = 0;
    for field in &request.args[1..] {
        if let Some(index) = fields.iter().position(|(name, _)| name == field) {
            fields.remove(index);
            removed += 1;
        }
    }
    keyspace.drop_if_empty(key);
    Ok(integer(removed))
}

fn hexists(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let fields = hash_at(keyspace, request.arg(0))?;
    Ok(flag(fields.is_some_and(|fields| {
        field_value(fields, request.arg(1)).is_some()
    })))
}

fn hlen(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(integer(
        hash_at(keyspace, request.arg(0))?.map_or(0, Vec::len),
    ))
}

fn hstrlen(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let fields = hash_at(keyspace, request.arg(0))?;
    Ok(integer(
        fields
            .and_then(|fields| field_value(fields, request.arg(1)))
            .map_or(0, Vec::len),
    ))
}

fn hgetall(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let fields = hash_at(keyspace, request.arg(0))?
        .cloned()
        .unwrap_or_default();
    Ok(if request.resp >= 3 {
        Reply::Map(
            fields
                .into_iter()
                .map(|(field, value)| (Reply::Bulk(field), Reply::Bulk(value)))
                .collect(),
        )
    } else {
        Reply::Array(
            fields
                .into_iter()
                .flat_map(|(field, value)| [Reply::Bulk(field), Reply::Bulk(value)])
                .collect(),
        )
    })
}

fn hkeys(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let fields = hash_at(keyspace, request.arg(0))?;
    Ok(Reply::Array(
        fields
            .into_iter()
            .flatten()
            .map(|(field, _)| bulk(field))
            .collect(),
    ))
}

fn hvals(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let fields = hash_at(keyspace, request.arg(0))?;
    Ok(Reply::Array(
        fields
            .into_iter()
            .flatten()
            .map(|(_, value)| bulk(value))
            .collect(),
    ))
}

fn hincrby(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let by = integer_argument(request.arg(2))?;
    let fields = hash_for_write(keyspace, request.arg(0))?;
    let current = match field_value(fields, request.arg(1)) {
        Some(text) => parse_integer(text).ok_or_else(|| error(errors::HASH_NOT_INTEGER))?,
        None => 0,
    };
    let updated = current.checked_add(by);
    let Some(updated) = updated else {
        keyspace.drop_if_empty(request.arg(0));
        return Err(error(errors::OVERFLOW));
    };
    store(fields, request.arg(1), updated.to_string().as_bytes());
    Ok(Reply::Integer(updated))
}

fn hincrbyfloat(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let by = LongDouble::parse(request.arg(2)).ok_or_else(|| error(errors::NOT_FLOAT))?;
    if !by.is_finite() {
        return Err(error("ERR value is NaN or Infinity"));
    }
    let key = request.arg(0);
    let fields = hash_for_write(keyspace, key)?;
    let current = match field_value(fields, request.arg(1)) {
        Some(text) => LongDouble::parse(text).ok_or_else(|| error(errors::HASH_NOT_FLOAT)),
        None => LongDouble::parse(b"0").ok_or_else(|| error(errors::HASH_NOT_FLOAT)),
    };
    let updated = current.map(|current| current.add(by)).and_then(|updated| {
        if updated.is_finite() {
            Ok(updated)
        } else {
            Err(error(errors::NAN_OR_INFINITY))
        }
    });
    match updated {
        Ok(updated) => {
            let text = updated.to_human();
            store(fields, request.arg(1), &text);
            Ok(Reply::Bulk(text))
        }
        Err(reply) => {
            // A hash created for the increment does not outlive its failure.
            keyspace.drop_if_empty(key);
            Err(reply)
        }
    }
}

/// `HRANDFIELD key [count [WITHVALUES]]`: the model chooses the first fields (compared with
/// real Redis by shape only).
fn hrandfield(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let (count, with_values) = random_count(request.args, "withvalues")?;
    let fields = hash_at(keyspace, request.arg(0))?.cloned();
    let Some(count) = count else {
        return Ok(fields
            .and_then(|fields| fields.into_iter().next())
            .map_or(Reply::Nil, |(field, _)| Reply::Bulk(field)));
    };
    let fields = fields.unwrap_or_default();
    let chosen = pick(&fields, count)?;
    Ok(Reply::Array(
        chosen
            .into_iter()
            .flat_map(|(field, value)| match (with_values, request.resp >= 3) {
                (false, _) => vec![Reply::Bulk(field)],
                (true, false) => vec![Reply::Bulk(field), Reply::Bulk(value)],
                (true, true) => vec![Reply::Array(vec![Reply::Bulk(field), Reply::Bulk(value)])],
            })
            .collect(),
    ))
}
