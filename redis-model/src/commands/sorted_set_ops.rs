//! Sorted sets combined and consumed: `ZUNION`/`ZINTER`/`ZDIFF` (and their `STORE` forms,
//! `ZINTERCARD`), `ZPOPMIN`/`ZPOPMAX`, `ZMPOP`/`BZMPOP` (never blocking in a script) and
//! `ZRANDMEMBER` (choosing deterministically: the first members; compared by shape only).

use super::pick;
use super::sorted_set_ranges::entries_reply;
use super::sorted_sets::score_reply;
use super::{
    block_timeout, bulk, error, integer, integer_argument, is_option, mpop_keys, ranged_integer,
    sorted_set_at_mut, spec, wrong_type, Answer, CommandSpec, Request,
};
use crate::errors;
use crate::keyspace::{Data, Keyspace, SortedSet};
use crate::number::parse_double;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("zunion", -3, zunion),
    spec("zinter", -3, zinter),
    spec("zdiff", -3, zdiff),
    spec("zunionstore", -4, zunionstore),
    spec("zinterstore", -4, zinterstore),
    spec("zdiffstore", -4, zdiffstore),
    spec("zintercard", -3, zintercard),
    spec("zpopmin", -2, zpopmin),
    spec("zpopmax", -2, zpopmax),
    spec("zmpop", -4, zmpop),
    spec("bzmpop", -5, bzmpop),
    spec("zrandmember", -2, zrandmember),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum SetOp {
    Union,
    Inter,
    Diff,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Aggregate {
    Sum,
    Min,
    Max,
}

/// What the combining commands read and how they reply.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    Reply,
    Store,
    Cardinality,
}

/// One input: its members with scores (a plain set's members score 1), and its weight.
struct Source {
    entries: Vec<(f64, Vec<u8>)>,
    weight: f64,
}

/// `zunionInterAggregate`, with Redis's NaN-to-zero rule for sums.
fn aggregate(into: f64, value: f64, how: Aggregate) -> f64 {
    match how {
        Aggregate::Sum => {
            let sum = into + value;
            if sum.is_nan() {
                0.0
            } else {
                sum
            }
        }
        Aggregate::Min => into.min(value),
        Aggregate::Max => into.max(value),
    }
}

fn weighted(score: f64, weight: f64) -> f64 {
    let value = score * weight;
    if value.is_nan() {
        0.0
    } else {
        value
    }
}

/// Reads the inputs named by `numkeys key ...` at the start of `words`, as
/// `zunionInterDiffGenericCommand` does; gives the sources and the option words after them.
fn read_sources<'w>(
    keyspace: &mut Keyspace,
    words: &'w [Vec<u8>],
    command: &str,
) -> Result<(Vec<Source>, &'w [Vec<u8>]), Reply> {
    let count = integer_argument(&words[0])?;
    if count < 1 {
        return Err(error(&format!(
            "ERR at least 1 input key is needed for '{command}' command"
        )));
    }
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    if count > words.len() - 1 {
        return Err(error(errors::SYNTAX));
    }
    let mut sources = Vec::with_capacity(count);
    for key in &words[1..=count] {
        let entries = match keyspace.get(key) {
            None => Vec::new(),
            Some(Data::SortedSet(set)) => set.entries().to_vec(),
            Some(Data::Set(members)) => members.iter().map(|m| (1.0, m.clone())).collect(),
            Some(_) => return Err(wrong_type()),
        };
        sources.push(Source {
            entries,
            weight: 1.0,
        });
    }
    Ok((sources, &words[count + 1..]))
}

struct Options {
    aggregate: Aggregate,
    with_scores: bool,
    limit: i64,
}

fn parse_options(
    words: &[Vec<u8>],
    sources: &mut [Source],
    op: SetOp,
    output: Output,
) -> Result<Options, Reply> {
    let mut options = Options {
        aggregate: Aggregate::Sum,
        with_scores: false,
        limit: 0,
    };
    let combining = op != SetOp::Diff && output != Output::Cardinality;
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        let remaining = words.len() - index;
        if combining && remaining > sources.len() && is_option(word, "weights") {
            for (offset, source) in sources.iter_mut().enumerate() {
                source.weight = parse_double(&words[index + 1 + offset])
                    .ok_or_else(|| error("ERR weight value is not a float"))?;
            }
            index += 1 + sources.len();
        } else if combining && remaining >= 2 && is_option(word, "aggregate") {
            let how = &words[index + 1];
            options.aggregate = match () {
                _ if is_option(how, "sum") => Aggregate::Sum,
                _ if is_option(how, "min") => Aggregate::Min,
                _ if is_option(how, "max") => Aggregate::Max,
                _ => return Err(error(errors::SYNTAX)),
            };
            index += 2;
        } else if output == Output::Reply && is_option(word, "withscores") {
            options.with_scores = true;
            index += 1;
        } else if output == Output::Cardinality && remaining >= 2 && is_option(word, "limit") {
            options.limit = ranged_integer(
                &words[index + 1],
                0,
                i64::MAX,
                Some("ERR LIMIT can't be negative"),
            )?;
            index += 2;
        } else {
            return Err(error(errors::SYNTAX));
        }
    }
    Ok(options)
}

fn combine(sources: &[Source], op: SetOp, how: Aggregate) -> SortedSet {
    let mut result = SortedSet::default();
    match op {
        SetOp::Union => {
            for source in sources {
                for (score, member) in &source.entries {
                    let value = weighted(*score, source.weight);
                    let combined = match result.score(member) {
                        Some(current) => aggregate(current, value, how),
                        None => value,
                    };
                    result.insert(member, combined);
                }
            }
        }
        SetOp::Inter => {
            let Some((first, others)) = sources.split_first() else {
                return result;
            };
            'members: for (score, member) in &first.entries {
                let mut value = weighted(*score, first.weight);
                for other in others {
                    match other.entries.iter().find(|(_, m)| m == member) {
                        Some((score, _)) => {
                            value = aggregate(value, weighted(*score, other.weight), how);
                        }
                        None => continue 'members,
                    }
                }
                result.insert(member, value);
            }
        }
        SetOp::Diff => {
            let Some((first, others)) = sources.split_first() else {
                return result;
            };
            for (score, member) in &first.entries {
                let elsewhere = others
                    .iter()
                    .any(|other| other.entries.iter().any(|(_, m)| m == member));
                if !elsewhere {
                    result.insert(member, *score);
                }
            }
        }
    }
    result
}

fn combine_command(
    keyspace: &mut Keyspace,
    request: &Request,
    op: SetOp,
    output: Output,
) -> Answer {
    let words = if output == Output::Store {
        &request.args[1..]
    } else {
        request.args
    };
    let (mut sources, option_words) = read_sources(keyspace, words, request.name)?;
    let options = parse_options(option_words, &mut sources, op, output)?;
    let result = combine(&sources, op, options.aggregate);
    match output {
        Output::Reply => Ok(entries_reply(
            result.entries().to_vec(),
            options.with_scores,
            request.resp,
        )),
        Output::Cardinality => {
            let limit = usize::try_from(options.limit).unwrap_or(usize::MAX);
            let size = result.len();
            Ok(integer(if limit == 0 { size } else { size.min(limit) }))
        }
        Output::Store => {
            let destination = request.arg(0);
            keyspace.remove(destination);
            let size = result.len();
            if size > 0 {
                keyspace.set(destination, Data::SortedSet(result));
            }
            Ok(integer(size))
        }
    }
}

fn zunion(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_command(keyspace, request, SetOp::Union, Output::Reply)
}

fn zinter(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_command(keyspace, request, SetOp::Inter, Output::Reply)
}

fn zdiff(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_command(keyspace, request, SetOp::Diff, Output::Reply)
}

fn zunionstore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_command(keyspace, request, SetOp::Union, Output::Store)
}

fn zinterstore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_command(keyspace, request, SetOp::Inter, Output::Store)
}

fn zdiffstore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_command(keyspace, request, SetOp::Diff, Output::Store)
}

fn zintercard(keyspace: &mut Keyspace, request: &Request) -> Answer {
    combine_command(keyspace, request, SetOp::Inter, Output::Cardinality)
}

/// Members with their scores, in the order taken.
type Entries = Vec<(f64, Vec<u8>)>;

/// Takes up to `count` members from the low (`highest` false) or high end of the set at `key`.
fn take_ends(
    keyspace: &mut Keyspace,
    key: &[u8],
    highest: bool,
    count: usize,
) -> Result<Option<Entries>, Reply> {
    let Some(set) = sorted_set_at_mut(keyspace, key)? else {
        return Ok(None);
    };
    let entries = set.entries();
    let taken: Vec<(f64, Vec<u8>)> = if highest {
        entries.iter().rev().take(count).cloned().collect()
    } else {
        entries.iter().take(count).cloned().collect()
    };
    for (_, member) in &taken {
        set.remove(member);
    }
    keyspace.drop_if_empty(key);
    Ok(Some(taken))
}

fn pop(keyspace: &mut Keyspace, request: &Request, highest: bool) -> Answer {
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
    if count == Some(0) {
        return Ok(Reply::Array(Vec::new()));
    }
    let wanted = count.map_or(1, |n| usize::try_from(n).unwrap_or(usize::MAX));
    let taken = take_ends(keyspace, request.arg(0), highest, wanted)?.unwrap_or_default();
    // Over RESP3 a count asks for pairs; without one the reply stays flat.
    let nested = count.is_some() && request.resp >= 3;
    Ok(Reply::Array(
        taken
            .into_iter()
            .flat_map(|(score, member)| {
                let pair = vec![Reply::Bulk(member), score_reply(score, request.resp)];
                if nested {
                    vec![Reply::Array(pair)]
                } else {
                    pair
                }
            })
            .collect(),
    ))
}

fn zpopmin(keyspace: &mut Keyspace, request: &Request) -> Answer {
    pop(keyspace, request, false)
}

fn zpopmax(keyspace: &mut Keyspace, request: &Request) -> Answer {
    pop(keyspace, request, true)
}

fn multi_pop(keyspace: &mut Keyspace, words: &[Vec<u8>], resp: u8) -> Answer {
    let keys = mpop_keys(words, "ERR numkeys should be greater than 0")?;
    let end = &words[keys.len() + 1];
    let highest = match () {
        _ if is_option(end, "min") => false,
        _ if is_option(end, "max") => true,
        _ => return Err(error(errors::SYNTAX)),
    };
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
        if let Some(taken) = take_ends(keyspace, key, highest, count)? {
            let pairs = taken
                .into_iter()
                .map(|(score, member)| {
                    Reply::Array(vec![Reply::Bulk(member), score_reply(score, resp)])
                })
                .collect();
            return Ok(Reply::Array(vec![bulk(key), Reply::Array(pairs)]));
        }
    }
    Ok(Reply::Nil)
}

fn zmpop(keyspace: &mut Keyspace, request: &Request) -> Answer {
    multi_pop(keyspace, request.args, request.resp)
}

fn bzmpop(keyspace: &mut Keyspace, request: &Request) -> Answer {
    block_timeout(request.arg(0))?;
    multi_pop(keyspace, &request.args[1..], request.resp)
}

/// The `count [WITH...]` arguments of `ZRANDMEMBER` / `HRANDFIELD` after the key.
pub(super) fn random_count(args: &[Vec<u8>], with: &str) -> Result<(Option<i64>, bool), Reply> {
    if args.len() < 2 {
        return Ok((None, false));
    }
    let count = ranged_integer(&args[1], -i64::MAX, i64::MAX, None)?;
    match args.get(2) {
        _ if args.len() > 3 => Err(error(errors::SYNTAX)),
        None => Ok((Some(count), false)),
        Some(word) if is_option(word, with) => Ok((Some(count), true)),
        Some(_) => Err(error(errors::SYNTAX)),
    }
}

fn zrandmember(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let (count, with_scores) = random_count(request.args, "withscores")?;
    let entries = sorted_set_at_mut(keyspace, request.arg(0))?.map(|set| set.entries().to_vec());
    let Some(count) = count else {
        return Ok(entries
            .and_then(|entries| entries.into_iter().next())
            .map_or(Reply::Nil, |(_, member)| Reply::Bulk(member)));
    };
    let entries = entries.unwrap_or_default();
    let chosen = pick(&entries, count)?;
    Ok(entries_reply(chosen, with_scores, request.resp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_turn_nan_into_zero() {
        assert_eq!(
            aggregate(f64::INFINITY, f64::NEG_INFINITY, Aggregate::Sum),
            0.0
        );
        assert_eq!(weighted(f64::INFINITY, 0.0), 0.0);
        assert_eq!(aggregate(1.0, 2.0, Aggregate::Max), 2.0);
    }
}
