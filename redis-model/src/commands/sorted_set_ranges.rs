//! Sorted-set range commands: `ZRANGE` (by rank, score or lex, `REV`, `LIMIT`), the older
//! `Z[REV]RANGEBYSCORE` / `Z[REV]RANGEBYLEX` / `ZREVRANGE`, `ZRANGESTORE`, `ZCOUNT`,
//! `ZLEXCOUNT` and `ZREMRANGEBY{RANK,SCORE,LEX}`.
//!
//! Score and lex ranges walk the set as Redis walks a listpack-encoded set (every set a script
//! makes of up to 128 short members): the first element in range, then onwards while the next
//! is still in range. For lex ranges over members of different scores this is what Redis
//! does, not a filter.

use super::sorted_sets::{score_reply, sorted_set_for_write};
use super::{
    error, index_range, integer, integer_argument, is_option, sorted_set_at, sorted_set_at_mut,
    spec, Answer, CommandSpec, Request,
};
use crate::errors;
use crate::keyspace::{Keyspace, SortedSet};
use crate::number::parse_range_double;
use crate::Reply;
use std::cmp::Ordering;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("zcount", 4, zcount),
    spec("zlexcount", 4, zlexcount),
    spec("zrange", -4, zrange),
    spec("zrangestore", -5, zrangestore),
    spec("zrevrange", -4, zrevrange),
    spec("zrangebyscore", -4, zrangebyscore),
    spec("zrevrangebyscore", -4, zrevrangebyscore),
    spec("zrangebylex", -4, zrangebylex),
    spec("zrevrangebylex", -4, zrevrangebylex),
    spec("zremrangebyrank", 4, zremrangebyrank),
    spec("zremrangebyscore", 4, zremrangebyscore),
    spec("zremrangebylex", 4, zremrangebylex),
];

/// One end of a score range (`1.5`, `(1.5` exclusive, `-inf`, `+inf`).
#[derive(Clone, Copy)]
struct ScoreBound {
    value: f64,
    exclusive: bool,
}

fn score_bound(text: &[u8]) -> Option<ScoreBound> {
    let (exclusive, number) = match text.split_first() {
        Some((b'(', rest)) => (true, rest),
        _ => (false, text),
    };
    let value = parse_range_double(number)?;
    Some(ScoreBound { value, exclusive })
}

/// One end of a lex range: `-`, `+`, `[member` or `(member`.
#[derive(Clone)]
enum LexBound {
    Least,
    Greatest,
    Member { bytes: Vec<u8>, exclusive: bool },
}

impl LexBound {
    fn exclusive(&self) -> bool {
        match self {
            LexBound::Least | LexBound::Greatest => true,
            LexBound::Member { exclusive, .. } => *exclusive,
        }
    }
}

fn lex_bound(text: &[u8]) -> Option<LexBound> {
    match text {
        [b'+'] => Some(LexBound::Greatest),
        [b'-'] => Some(LexBound::Least),
        [b'(', rest @ ..] => Some(LexBound::Member {
            bytes: rest.to_vec(),
            exclusive: true,
        }),
        [b'[', rest @ ..] => Some(LexBound::Member {
            bytes: rest.to_vec(),
            exclusive: false,
        }),
        _ => None,
    }
}

/// Redis's `sdscmplex`: `-` below everything, `+` above everything.
fn compare_lex(a: &LexBound, b: &LexBound) -> Ordering {
    match (a, b) {
        (LexBound::Least, LexBound::Least) | (LexBound::Greatest, LexBound::Greatest) => {
            Ordering::Equal
        }
        (LexBound::Least, _) | (_, LexBound::Greatest) => Ordering::Less,
        (LexBound::Greatest, _) | (_, LexBound::Least) => Ordering::Greater,
        (LexBound::Member { bytes: x, .. }, LexBound::Member { bytes: y, .. }) => x.cmp(y),
    }
}

fn compare_member(member: &[u8], bound: &LexBound) -> Ordering {
    let member = LexBound::Member {
        bytes: member.to_vec(),
        exclusive: false,
    };
    compare_lex(&member, bound)
}

/// A score or lex range with its two tests.
enum ValueRange {
    Score(ScoreBound, ScoreBound),
    Lex(LexBound, LexBound),
}

impl ValueRange {
    fn parse_score(min: &[u8], max: &[u8]) -> Result<ValueRange, Reply> {
        match (score_bound(min), score_bound(max)) {
            (Some(min), Some(max)) => Ok(ValueRange::Score(min, max)),
            _ => Err(error("ERR min or max is not a float")),
        }
    }

    fn parse_lex(min: &[u8], max: &[u8]) -> Result<ValueRange, Reply> {
        match (lex_bound(min), lex_bound(max)) {
            (Some(min), Some(max)) => Ok(ValueRange::Lex(min, max)),
            _ => Err(error("ERR min or max not valid string range item")),
        }
    }

    fn above_min(&self, (score, member): &(f64, Vec<u8>)) -> bool {
        match self {
            ValueRange::Score(min, _) if min.exclusive => *score > min.value,
            ValueRange::Score(min, _) => *score >= min.value,
            ValueRange::Lex(min, _) => {
                let order = compare_member(member, min);
                if min.exclusive() {
                    order.is_gt()
                } else {
                    order.is_ge()
                }
            }
        }
    }

    fn below_max(&self, (score, member): &(f64, Vec<u8>)) -> bool {
        match self {
            ValueRange::Score(_, max) if max.exclusive => *score < max.value,
            ValueRange::Score(_, max) => *score <= max.value,
            ValueRange::Lex(_, max) => {
                let order = compare_member(member, max);
                if max.exclusive() {
                    order.is_lt()
                } else {
                    order.is_le()
                }
            }
        }
    }

    /// `zzlIsInRange` / `zzlIsInLexRange`: whether the range can hold anything of `entries`.
    fn may_hold(&self, entries: &[(f64, Vec<u8>)]) -> bool {
        let empty = match self {
            ValueRange::Score(min, max) => {
                min.value > max.value
                    || (min.value == max.value && (min.exclusive || max.exclusive))
            }
            ValueRange::Lex(min, max) => {
                let order = compare_lex(min, max);
                order.is_gt() || (order.is_eq() && (min.exclusive() || max.exclusive()))
            }
        };
        match (entries.first(), entries.last()) {
            (Some(first), Some(last)) => !empty && self.above_min(last) && self.below_max(first),
            _ => false,
        }
    }

    /// The index where a forward walk starts (`zzlFirstInRange`).
    fn first(&self, entries: &[(f64, Vec<u8>)]) -> Option<usize> {
        if !self.may_hold(entries) {
            return None;
        }
        let index = entries.iter().position(|entry| self.above_min(entry))?;
        self.below_max(&entries[index]).then_some(index)
    }

    /// The index where a backward walk starts (`zzlLastInRange`).
    fn last(&self, entries: &[(f64, Vec<u8>)]) -> Option<usize> {
        if !self.may_hold(entries) {
            return None;
        }
        let index = entries.iter().rposition(|entry| self.below_max(entry))?;
        self.above_min(&entries[index]).then_some(index)
    }

    /// The walk of `genericZrangebyscoreCommand` / `genericZrangebylexCommand`: from the first
    /// (or, reversed, last) element in range, skip `offset` elements unchecked, then take up
    /// to `count` (negative: all) while they stay in range.
    fn walk(
        &self,
        entries: &[(f64, Vec<u8>)],
        reverse: bool,
        limit: Option<(i64, i64)>,
    ) -> Vec<(f64, Vec<u8>)> {
        let (offset, count) = limit.unwrap_or((0, -1));
        if offset < 0 || (offset > 0 && offset >= entries.len() as i64) {
            return Vec::new();
        }
        let start = if reverse {
            self.last(entries)
        } else {
            self.first(entries)
        };
        let Some(start) = start else {
            return Vec::new();
        };
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        let order: Box<dyn Iterator<Item = &(f64, Vec<u8>)>> = if reverse {
            Box::new(entries[..=start].iter().rev())
        } else {
            Box::new(entries[start..].iter())
        };
        let count = usize::try_from(count).unwrap_or(usize::MAX);
        order
            .skip(offset)
            .take(count)
            .take_while(|entry| {
                if reverse {
                    self.above_min(entry)
                } else {
                    self.below_max(entry)
                }
            })
            .cloned()
            .collect()
    }
}

/// What a range query selects by.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RangeKind {
    Rank,
    Score,
    Lex,
}

/// A parsed `ZRANGE`-family query.
#[derive(Clone, Copy)]
struct RangeQuery {
    kind: RangeKind,
    reverse: bool,
    with_scores: bool,
    /// `LIMIT offset count`; a count of -1 is no limit.
    limit: Option<(i64, i64)>,
}

/// Which words a command of the family accepts after its two bounds.
#[derive(Clone, Copy)]
struct Accepts {
    kind_and_direction: bool,
    with_scores: bool,
    limit: bool,
}

fn parse_range_options(
    words: &[Vec<u8>],
    mut query: RangeQuery,
    accepts: Accepts,
) -> Result<RangeQuery, Reply> {
    let (mut kind_given, mut direction_given) = (false, false);
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        if accepts.with_scores && is_option(word, "withscores") {
            query.with_scores = true;
        } else if accepts.limit && is_option(word, "limit") && index + 2 < words.len() {
            let offset = integer_argument(&words[index + 1])?;
            let count = integer_argument(&words[index + 2])?;
            query.limit = Some((offset, count));
            index += 2;
        } else if accepts.kind_and_direction && !direction_given && is_option(word, "rev") {
            query.reverse = true;
            direction_given = true;
        } else if accepts.kind_and_direction && !kind_given && is_option(word, "bylex") {
            query.kind = RangeKind::Lex;
            kind_given = true;
        } else if accepts.kind_and_direction && !kind_given && is_option(word, "byscore") {
            query.kind = RangeKind::Score;
            kind_given = true;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    if query.limit.is_some_and(|(_, count)| count != -1) && query.kind == RangeKind::Rank {
        return Err(error(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        ));
    }
    if query.with_scores && query.kind == RangeKind::Lex {
        return Err(error(
            "ERR syntax error, WITHSCORES not supported in combination with BYLEX",
        ));
    }
    Ok(query)
}

/// A parsed range of one of the three kinds.
enum Selection {
    Rank(i64, i64),
    Values(ValueRange),
}

/// Parses the two bounds (`first second` as written; reversed score and lex ranges give the
/// maximum first).
fn parse_selection(query: &RangeQuery, first: &[u8], second: &[u8]) -> Result<Selection, Reply> {
    let (min, max) = if query.reverse && query.kind != RangeKind::Rank {
        (second, first)
    } else {
        (first, second)
    };
    Ok(match query.kind {
        RangeKind::Rank => Selection::Rank(integer_argument(min)?, integer_argument(max)?),
        RangeKind::Score => Selection::Values(ValueRange::parse_score(min, max)?),
        RangeKind::Lex => Selection::Values(ValueRange::parse_lex(min, max)?),
    })
}

fn select(set: &SortedSet, query: &RangeQuery, selection: &Selection) -> Vec<(f64, Vec<u8>)> {
    let entries = set.entries();
    match selection {
        Selection::Rank(start, stop) => {
            let Some((from, to)) = index_range(*start, *stop, entries.len()) else {
                return Vec::new();
            };
            if query.reverse {
                let len = entries.len();
                entries[len - 1 - to..=len - 1 - from]
                    .iter()
                    .rev()
                    .cloned()
                    .collect()
            } else {
                entries[from..=to].to_vec()
            }
        }
        Selection::Values(range) => range.walk(entries, query.reverse, query.limit),
    }
}

/// Members (and scores when asked) as a reply: flat over RESP2, pairs over RESP3.
pub(super) fn entries_reply(entries: Vec<(f64, Vec<u8>)>, with_scores: bool, resp: u8) -> Reply {
    Reply::Array(
        entries
            .into_iter()
            .flat_map(|(score, member)| {
                let member = Reply::Bulk(member);
                match (with_scores, resp >= 3) {
                    (false, _) => vec![member],
                    (true, false) => vec![member, score_reply(score, 2)],
                    (true, true) => vec![Reply::Array(vec![member, Reply::Double(score)])],
                }
            })
            .collect(),
    )
}

fn range_command(
    keyspace: &mut Keyspace,
    request: &Request,
    start: RangeQuery,
    accepts: Accepts,
) -> Answer {
    let query = parse_range_options(&request.args[3..], start, accepts)?;
    let selection = parse_selection(&query, request.arg(1), request.arg(2))?;
    let Some(set) = sorted_set_at(keyspace, request.arg(0))? else {
        return Ok(Reply::Array(Vec::new()));
    };
    Ok(entries_reply(
        select(set, &query, &selection),
        query.with_scores,
        request.resp,
    ))
}

const RANK_QUERY: RangeQuery = RangeQuery {
    kind: RangeKind::Rank,
    reverse: false,
    with_scores: false,
    limit: None,
};

const ALL_OPTIONS: Accepts = Accepts {
    kind_and_direction: true,
    with_scores: true,
    limit: true,
};

const SCORE_OPTIONS: Accepts = Accepts {
    kind_and_direction: false,
    with_scores: true,
    limit: true,
};

fn zrange(keyspace: &mut Keyspace, request: &Request) -> Answer {
    range_command(keyspace, request, RANK_QUERY, ALL_OPTIONS)
}

fn zrevrange(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let start = RangeQuery {
        reverse: true,
        ..RANK_QUERY
    };
    let accepts = Accepts {
        kind_and_direction: false,
        with_scores: true,
        limit: false,
    };
    range_command(keyspace, request, start, accepts)
}

fn by_kind(kind: RangeKind, reverse: bool) -> RangeQuery {
    RangeQuery {
        kind,
        reverse,
        ..RANK_QUERY
    }
}

fn zrangebyscore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    range_command(
        keyspace,
        request,
        by_kind(RangeKind::Score, false),
        SCORE_OPTIONS,
    )
}

fn zrevrangebyscore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    range_command(
        keyspace,
        request,
        by_kind(RangeKind::Score, true),
        SCORE_OPTIONS,
    )
}

const LEX_OPTIONS: Accepts = Accepts {
    kind_and_direction: false,
    with_scores: false,
    limit: true,
};

fn zrangebylex(keyspace: &mut Keyspace, request: &Request) -> Answer {
    range_command(
        keyspace,
        request,
        by_kind(RangeKind::Lex, false),
        LEX_OPTIONS,
    )
}

fn zrevrangebylex(keyspace: &mut Keyspace, request: &Request) -> Answer {
    range_command(
        keyspace,
        request,
        by_kind(RangeKind::Lex, true),
        LEX_OPTIONS,
    )
}

fn zrangestore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let accepts = Accepts {
        with_scores: false,
        ..ALL_OPTIONS
    };
    let query = parse_range_options(&request.args[4..], RANK_QUERY, accepts)?;
    let selection = parse_selection(&query, request.arg(2), request.arg(3))?;
    let selected = match sorted_set_at(keyspace, request.arg(1))? {
        Some(set) => select(set, &query, &selection),
        None => Vec::new(),
    };
    let destination = request.arg(0);
    keyspace.remove(destination);
    let count = selected.len();
    if count > 0 {
        let set = sorted_set_for_write(keyspace, destination)?;
        for (score, member) in selected {
            set.insert(&member, score);
        }
    }
    Ok(integer(count))
}

/// How many elements a forward walk over the range meets.
fn count_in(keyspace: &mut Keyspace, key: &[u8], range: &ValueRange) -> Answer {
    let Some(set) = sorted_set_at(keyspace, key)? else {
        return Ok(integer(0));
    };
    Ok(integer(range.walk(set.entries(), false, None).len()))
}

fn zcount(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let range = ValueRange::parse_score(request.arg(1), request.arg(2))?;
    count_in(keyspace, request.arg(0), &range)
}

fn zlexcount(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let range = ValueRange::parse_lex(request.arg(1), request.arg(2))?;
    count_in(keyspace, request.arg(0), &range)
}

/// Removes the selected members, dropping an emptied key.
fn remove_selected(keyspace: &mut Keyspace, key: &[u8], selection: &Selection) -> Answer {
    let Some(set) = sorted_set_at_mut(keyspace, key)? else {
        return Ok(integer(0));
    };
    let selected = select(set, &RANK_QUERY, selection);
    for (_, member) in &selected {
        set.remove(member);
    }
    keyspace.drop_if_empty(key);
    Ok(integer(selected.len()))
}

fn zremrangebyrank(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let start = integer_argument(request.arg(1))?;
    let stop = integer_argument(request.arg(2))?;
    remove_selected(keyspace, request.arg(0), &Selection::Rank(start, stop))
}

fn zremrangebyscore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let range = ValueRange::parse_score(request.arg(1), request.arg(2))?;
    remove_selected(keyspace, request.arg(0), &Selection::Values(range))
}

fn zremrangebylex(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let range = ValueRange::parse_lex(request.arg(1), request.arg(2))?;
    remove_selected(keyspace, request.arg(0), &Selection::Values(range))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lex_bounds_order_as_redis_does() {
        let member = |text: &str| lex_bound(format!("[{text}").as_bytes()).unwrap();
        assert!(compare_lex(&LexBound::Least, &member("")).is_lt());
        assert!(compare_lex(&member("zzz"), &LexBound::Greatest).is_lt());
        assert!(compare_lex(&member("a"), &member("b")).is_lt());
        assert!(lex_bound(b"a").is_none());
        assert!(lex_bound(b"+x").is_none());
    }
}
