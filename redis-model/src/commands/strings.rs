//! String commands: `GET`, `SET` and its variants, `MGET`/`MSET`, counters, `APPEND`,
//! `STRLEN`, `GETRANGE`/`SUBSTR`, `SETRANGE`, `GETEX`, `LCS`.

use super::{
    bulk, error, flag, integer, integer_argument, is_option, ok, spec, string_at, wrong_type,
    Answer, CommandSpec, Request,
};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::long_double::LongDouble;
use crate::number::parse_integer;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("get", 2, get),
    spec("set", -3, set),
    spec("setnx", 3, setnx),
    spec("setex", 4, setex),
    spec("psetex", 4, psetex),
    spec("getset", 3, getset),
    spec("getdel", 2, getdel),
    spec("mget", -2, mget),
    spec("mset", -3, mset),
    spec("msetnx", -3, msetnx),
    spec("incr", 2, incr),
    spec("decr", 2, decr),
    spec("incrby", 3, incrby),
    spec("decrby", 3, decrby),
    spec("incrbyfloat", 3, incrbyfloat),
    spec("append", 3, append),
    spec("strlen", 2, strlen),
    spec("getrange", 4, getrange),
    spec("substr", 4, getrange),
    spec("setrange", 4, setrange),
    spec("getex", -2, getex),
    spec("lcs", -3, lcs),
];

fn get(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(match string_at(keyspace, request.arg(0))? {
        Some(value) => bulk(value),
        None => Reply::Nil,
    })
}

/// The unit of an expiry argument.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TimeUnit {
    Seconds,
    Milliseconds,
}

/// Whether an expiry is relative to now or an absolute Unix time.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TimeBase {
    Relative,
    Absolute,
}

/// Turns an expiry argument into an absolute time in milliseconds, with Redis's checks.
fn expiry_time(
    keyspace: &Keyspace,
    text: &[u8],
    unit: TimeUnit,
    base: TimeBase,
    command: &str,
) -> Result<i64, Reply> {
    let amount = integer_argument(text)?;
    let invalid = || error(&errors::invalid_expire(command));
    if amount <= 0 {
        return Err(invalid());
    }
    let millis = match unit {
        TimeUnit::Seconds => amount.checked_mul(1000).ok_or_else(invalid)?,
        TimeUnit::Milliseconds => amount,
    };
    match base {
        TimeBase::Absolute => Ok(millis),
        TimeBase::Relative => millis.checked_add(keyspace.now()).ok_or_else(invalid),
    }
}

/// `SET` options as parsed.
#[derive(Default)]
struct SetOptions<'a> {
    only_if_absent: bool,
    only_if_present: bool,
    get: bool,
    keep_ttl: bool,
    expiry: Option<(&'a [u8], TimeUnit, TimeBase)>,
}

fn parse_set_options<'a>(words: &'a [Vec<u8>]) -> Result<SetOptions<'a>, Reply> {
    let mut options = SetOptions::default();
    let mut index = 0;
    while index < words.len() {
        let word = words[index].as_slice();
        let next = words.get(index + 1).map(Vec::as_slice);
        let timed = |unit, base| -> Option<(&'a [u8], TimeUnit, TimeBase)> {
            next.map(|value| (value, unit, base))
        };
        let expiry_allowed = !options.keep_ttl;
        let chosen = match () {
            _ if is_option(word, "nx") && !options.only_if_present => {
                options.only_if_absent = true;
                None
            }
            _ if is_option(word, "xx") && !options.only_if_absent => {
                options.only_if_present = true;
                None
            }
            _ if is_option(word, "get") => {
                options.get = true;
                None
            }
            _ if is_option(word, "keepttl") && options.expiry.is_none() => {
                options.keep_ttl = true;
                None
            }
            _ if expiry_allowed && is_option(word, "ex") => {
                Some(timed(TimeUnit::Seconds, TimeBase::Relative))
            }
            _ if expiry_allowed && is_option(word, "px") => {
                Some(timed(TimeUnit::Milliseconds, TimeBase::Relative))
            }
            _ if expiry_allowed && is_option(word, "exat") => {
                Some(timed(TimeUnit::Seconds, TimeBase::Absolute))
            }
            _ if expiry_allowed && is_option(word, "pxat") => {
                Some(timed(TimeUnit::Milliseconds, TimeBase::Absolute))
            }
            _ => return Err(error(errors::SYNTAX)),
        };
        if let Some(expiry) = chosen {
            // A second expiry of a different kind is a syntax error; the same kind again wins.
            let expiry = expiry.ok_or_else(|| error(errors::SYNTAX))?;
            if let Some((_, unit, base)) = options.expiry {
                if (unit, base) != (expiry.1, expiry.2) {
                    return Err(error(errors::SYNTAX));
                }
            }
            options.expiry = Some(expiry);
            index += 1;
        }
        index += 1;
    }
    Ok(options)
}

fn set(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let value = request.arg(1);
    let options = parse_set_options(&request.args[2..])?;
    let expires_at = match options.expiry {
        Some((text, unit, base)) => Some(expiry_time(keyspace, text, unit, base, "set")?),
        None => None,
    };
    let previous = if options.get {
        Some(string_at(keyspace, key)?.cloned())
    } else {
        None
    };
    let found = keyspace.contains(key);
    let blocked = (options.only_if_absent && found) || (options.only_if_present && !found);
    if !blocked {
        if options.keep_ttl {
            keyspace.replace(key, Data::String(value.to_vec()));
        } else {
            keyspace.set(key, Data::String(value.to_vec()));
        }
        if expires_at.is_some() {
            keyspace.set_expiry(key, expires_at);
        }
    }
    Ok(match previous {
        Some(Some(old)) => Reply::Bulk(old),
        Some(None) => Reply::Nil,
        None if blocked => Reply::Nil,
        None => ok(),
    })
}

fn setnx(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    if keyspace.contains(key) {
        return Ok(flag(false));
    }
    keyspace.set(key, Data::String(request.arg(1).to_vec()));
    Ok(flag(true))
}

fn set_with_expiry(keyspace: &mut Keyspace, request: &Request, unit: TimeUnit) -> Answer {
    let key = request.arg(0);
    let at = expiry_time(
        keyspace,
        request.arg(1),
        unit,
        TimeBase::Relative,
        request.name,
    )?;
    keyspace.set(key, Data::String(request.arg(2).to_vec()));
    keyspace.set_expiry(key, Some(at));
    Ok(ok())
}

fn setex(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_with_expiry(keyspace, request, TimeUnit::Seconds)
}

fn psetex(keyspace: &mut Keyspace, request: &Request) -> Answer {
    set_with_expiry(keyspace, request, TimeUnit::Milliseconds)
}

fn getset(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let old = string_at(keyspace, key)?.cloned();
    keyspace.set(key, Data::String(request.arg(1).to_vec()));
    Ok(old.map_or(Reply::Nil, Reply::Bulk))
}

fn getdel(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let old = string_at(keyspace, key)?.cloned();
    if old.is_some() {
        keyspace.remove(key);
    }
    Ok(old.map_or(Reply::Nil, Reply::Bulk))
}

fn mget(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let values = request
        .args
        .iter()
        .map(|key| match keyspace.get(key) {
            Some(Data::String(value)) => bulk(value),
            _ => Reply::Nil,
        })
        .collect();
    Ok(Reply::Array(values))
}

fn pairs_or_arity_error(request: &Request) -> Result<(), Reply> {
    if request.args.len().is_multiple_of(2) {
        Ok(())
    } else {
        Err(error(&errors::wrong_arguments(request.name)))
    }
}

fn mset(keyspace: &mut Keyspace, request: &Request) -> Answer {
    pairs_or_arity_error(request)?;
    for pair in request.args.chunks(2) {
        keyspace.set(&pair[0], Data::String(pair[1].clone()));
    }
    Ok(ok())
}

fn msetnx(keyspace: &mut Keyspace, request: &Request) -> Answer {
    pairs_or_arity_error(request)?;
    if request
        .args
        .chunks(2)
        .any(|pair| keyspace.contains(&pair[0]))
    {
        return Ok(flag(false));
    }
    for pair in request.args.chunks(2) {
        keyspace.set(&pair[0], Data::String(pair[1].clone()));
    }
    Ok(flag(true))
}

/// Adds `by` to the integer stored at `key` (0 when absent), keeping its expiry.
fn add_to_counter(keyspace: &mut Keyspace, key: &[u8], by: i64) -> Answer {
    let current = match string_at(keyspace, key)? {
        Some(text) => parse_integer(text).ok_or_else(|| error(errors::NOT_INTEGER))?,
        None => 0,
    };
    let updated = current
        .checked_add(by)
        .ok_or_else(|| error(errors::OVERFLOW))?;
    keyspace.replace(key, Data::String(updated.to_string().into_bytes()));
    Ok(Reply::Integer(updated))
}

fn incr(keyspace: &mut Keyspace, request: &Request) -> Answer {
    add_to_counter(keyspace, request.arg(0), 1)
}

fn decr(keyspace: &mut Keyspace, request: &Request) -> Answer {
    add_to_counter(keyspace, request.arg(0), -1)
}

fn incrby(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let by = integer_argument(request.arg(1))?;
    add_to_counter(keyspace, request.arg(0), by)
}

fn decrby(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let by = integer_argument(request.arg(1))?;
    let negated = by
        .checked_neg()
        .ok_or_else(|| error("ERR decrement would overflow"))?;
    add_to_counter(keyspace, request.arg(0), negated)
}

fn incrbyfloat(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let not_float = || error(errors::NOT_FLOAT);
    let current = match string_at(keyspace, key)? {
        Some(text) => LongDouble::parse(text).ok_or_else(not_float)?,
        None => LongDouble::parse(b"0").ok_or_else(not_float)?,
    };
    let by = LongDouble::parse(request.arg(1)).ok_or_else(not_float)?;
    let updated = current.add(by);
    if !updated.is_finite() {
        return Err(error(errors::NAN_OR_INFINITY));
    }
    let text = updated.to_human();
    keyspace.replace(key, Data::String(text.clone()));
    Ok(Reply::Bulk(text))
}

fn append(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let mut value = string_at(keyspace, key)?.cloned().unwrap_or_default();
    value.extend_from_slice(request.arg(1));
    let length = value.len();
    keyspace.replace(key, Data::String(value));
    Ok(integer(length))
}

fn strlen(keyspace: &mut Keyspace, request: &Request) -> Answer {
    Ok(integer(
        string_at(keyspace, request.arg(0))?.map_or(0, Vec::len),
    ))
}

fn getrange(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let start = integer_argument(request.arg(1))?;
    let end = integer_argument(request.arg(2))?;
    let value = match keyspace.get(request.arg(0)) {
        None => return Ok(bulk(b"")),
        Some(Data::String(value)) => value,
        Some(_) => return Err(wrong_type()),
    };
    if start < 0 && end < 0 && start > end {
        return Ok(bulk(b""));
    }
    let len = i64::try_from(value.len()).unwrap_or(i64::MAX);
    let start = if start < 0 {
        (len + start).max(0)
    } else {
        start
    };
    let end = if end < 0 { (len + end).max(0) } else { end }.min(len - 1);
    if start > end || len == 0 {
        return Ok(bulk(b""));
    }
    let (start, end) = (
        usize::try_from(start).unwrap_or(0),
        usize::try_from(end).unwrap_or(0),
    );
    Ok(bulk(value.get(start..=end).unwrap_or_default()))
}

/// Redis's `proto-max-bulk-len`: the longest string a command may make.
pub(super) const REDIS_STRING_LIMIT: i64 = 512 * 1024 * 1024;

/// The longest string the model makes: beyond it, a clear refusal rather than the memory.
const MODEL_STRING_LIMIT: i64 = 64 * 1024 * 1024;

/// Redis's `checkStringLength` for a string of `size` bytes, then the model's own limit.
pub(super) fn check_string_length(size: i64) -> Result<usize, Reply> {
    if size > REDIS_STRING_LIMIT {
        return Err(error(
            "ERR string exceeds maximum allowed size (proto-max-bulk-len)",
        ));
    }
    if size > MODEL_STRING_LIMIT {
        return Err(error(&format!(
            "ERR ferrous-redis-model limits strings to {MODEL_STRING_LIMIT} bytes"
        )));
    }
    Ok(usize::try_from(size).unwrap_or(0))
}

fn setrange(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let offset = integer_argument(request.arg(1))?;
    if offset < 0 {
        return Err(error("ERR offset is out of range"));
    }
    let patch = request.arg(2);
    let mut value = match string_at(keyspace, key)? {
        Some(value) => value.clone(),
        None if patch.is_empty() => return Ok(integer(0)),
        None => Vec::new(),
    };
    if patch.is_empty() {
        return Ok(integer(value.len()));
    }
    let end = offset.saturating_add(i64::try_from(patch.len()).unwrap_or(i64::MAX));
    let end = check_string_length(end)?;
    let start = end - patch.len();
    if value.len() < end {
        value.resize(end, 0);
    }
    value[start..end].copy_from_slice(patch);
    let length = value.len();
    keyspace.replace(key, Data::String(value));
    Ok(integer(length))
}

/// What `GETEX` does to the key's expiry.
enum ExpiryChange<'a> {
    Keep,
    Persist,
    Set(&'a [u8], TimeUnit, TimeBase),
}

/// `GETEX`'s options, as Redis's `parseExtendedStringArgumentsOrReply` reads them: one kind of
/// expiry (repeating it is allowed, the last wins) or `PERSIST`.
fn parse_getex_options(words: &[Vec<u8>]) -> Result<ExpiryChange<'_>, Reply> {
    let mut change = ExpiryChange::Keep;
    let mut index = 0;
    while index < words.len() {
        let word = words[index].as_slice();
        let next = words.get(index + 1).map(Vec::as_slice);
        let kinds = [
            ("ex", TimeUnit::Seconds, TimeBase::Relative),
            ("px", TimeUnit::Milliseconds, TimeBase::Relative),
            ("exat", TimeUnit::Seconds, TimeBase::Absolute),
            ("pxat", TimeUnit::Milliseconds, TimeBase::Absolute),
        ];
        let kind = kinds.iter().find(|(name, _, _)| is_option(word, name));
        match (kind, next, &change) {
            (Some(&(_, unit, base)), Some(value), ExpiryChange::Keep) => {
                change = ExpiryChange::Set(value, unit, base);
                index += 1;
            }
            (Some(&(_, unit, base)), Some(value), ExpiryChange::Set(_, u, b))
                if (*u, *b) == (unit, base) =>
            {
                change = ExpiryChange::Set(value, unit, base);
                index += 1;
            }
            (None, _, ExpiryChange::Keep | ExpiryChange::Persist) if is_option(word, "persist") => {
                change = ExpiryChange::Persist;
            }
            _ => return Err(error(errors::SYNTAX)),
        }
        index += 1;
    }
    Ok(change)
}

fn getex(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let change = parse_getex_options(&request.args[1..])?;
    let key = request.arg(0);
    let Some(value) = string_at(keyspace, key)?.cloned() else {
        return Ok(Reply::Nil);
    };
    match change {
        ExpiryChange::Keep => {}
        ExpiryChange::Persist => keyspace.set_expiry(key, None),
        ExpiryChange::Set(text, unit, base) => {
            let at = expiry_time(keyspace, text, unit, base, "getex")?;
            keyspace.set_expiry(key, Some(at));
        }
    }
    Ok(Reply::Bulk(value))
}

/// The largest dynamic-programming table `LCS` builds in the model (cells of 4 bytes).
const MODEL_LCS_CELLS: u64 = 16 * 1024 * 1024;

/// `LCS`'s options.
#[derive(Default)]
struct LcsOptions {
    indexes: bool,
    length: bool,
    min_match_length: i64,
    with_match_length: bool,
}

fn parse_lcs_options(words: &[Vec<u8>]) -> Result<LcsOptions, Reply> {
    let mut options = LcsOptions::default();
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        if is_option(word, "idx") {
            options.indexes = true;
        } else if is_option(word, "len") {
            options.length = true;
        } else if is_option(word, "withmatchlen") {
            options.with_match_length = true;
        } else if is_option(word, "minmatchlen") && index + 1 < words.len() {
            options.min_match_length = integer_argument(&words[index + 1])?.max(0);
            index += 1;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    Ok(options)
}

fn lcs(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let mut texts = Vec::with_capacity(2);
    for key in &request.args[..2] {
        match keyspace.get(key) {
            None => texts.push(Vec::new()),
            Some(Data::String(value)) => texts.push(value.clone()),
            Some(_) => return Err(error("ERR The specified keys must contain string values")),
        }
    }
    let options = parse_lcs_options(&request.args[2..])?;
    if options.indexes && options.length {
        return Err(error(
            "ERR If you want both the length and indexes, please just use IDX.",
        ));
    }
    let (a, b) = (&texts[0], &texts[1]);
    let cells = (a.len() as u64 + 1).saturating_mul(b.len() as u64 + 1);
    if cells.saturating_mul(4) > REDIS_STRING_LIMIT as u64 {
        return Err(error(
            "ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len",
        ));
    }
    if cells > MODEL_LCS_CELLS {
        return Err(error(&format!(
            "ERR ferrous-redis-model limits LCS to {MODEL_LCS_CELLS} table cells"
        )));
    }
    Ok(LcsTable::new(a, b).reply(&options, request.resp))
}

/// The dynamic-programming table of the longest common subsequence of `a` and `b`: cell
/// (i, j) holds the length for the first i bytes of `a` and the first j of `b`.
struct LcsTable<'a> {
    a: &'a [u8],
    b: &'a [u8],
    cells: Vec<u32>,
}

impl<'a> LcsTable<'a> {
    fn new(a: &'a [u8], b: &'a [u8]) -> LcsTable<'a> {
        let width = b.len() + 1;
        let mut cells = vec![0u32; (a.len() + 1) * width];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                cells[i * width + j] = if a[i - 1] == b[j - 1] {
                    cells[(i - 1) * width + j - 1] + 1
                } else {
                    cells[(i - 1) * width + j].max(cells[i * width + j - 1])
                };
            }
        }
        LcsTable { a, b, cells }
    }

    fn at(&self, i: usize, j: usize) -> u32 {
        self.cells[i * (self.b.len() + 1) + j]
    }

    /// Walks back from the end as Redis does, collecting the subsequence and the matching
    /// ranges (last first), each as (a start, a end, b start, b end).
    fn walk(&self) -> (Vec<u8>, Vec<[usize; 4]>) {
        let (alen, blen) = (self.a.len(), self.b.len());
        let mut length = self.at(alen, blen) as usize;
        let mut text = vec![0u8; length];
        let mut ranges = Vec::new();
        let (mut i, mut j) = (alen, blen);
        // `current` is the range being extended backwards, if any.
        let mut current: Option<[usize; 4]> = None;
        while i > 0 && j > 0 {
            let mut emit = false;
            if self.a[i - 1] == self.b[j - 1] {
                text[length - 1] = self.a[i - 1];
                match &mut current {
                    None => current = Some([i - 1, i - 1, j - 1, j - 1]),
                    Some(range) if range[0] == i && range[2] == j => {
                        range[0] -= 1;
                        range[2] -= 1;
                    }
                    Some(_) => emit = true,
                }
                if current.is_some_and(|range| range[0] == 0 || range[2] == 0) {
                    emit = true;
                }
                length -= 1;
                i -= 1;
                j -= 1;
            } else {
                if self.at(i - 1, j) > self.at(i, j - 1) {
                    i -= 1;
                } else {
                    j -= 1;
                }
                if current.is_some() {
                    emit = true;
                }
            }
            if emit {
                if let Some(range) = current.take() {
                    ranges.push(range);
                }
            }
        }
        (text, ranges)
    }

    fn reply(&self, options: &LcsOptions, resp: u8) -> Reply {
        let (text, ranges) = self.walk();
        if options.length && !options.indexes {
            return integer(text.len());
        }
        if !options.indexes {
            return Reply::Bulk(text);
        }
        let as_integer = |n: usize| integer(n);
        let matches = ranges
            .iter()
            .filter(|range| {
                let length = i64::try_from(range[1] - range[0] + 1).unwrap_or(i64::MAX);
                options.min_match_length == 0 || length >= options.min_match_length
            })
            .map(|range| {
                let mut entry = vec![
                    Reply::Array(vec![as_integer(range[0]), as_integer(range[1])]),
                    Reply::Array(vec![as_integer(range[2]), as_integer(range[3])]),
                ];
                if options.with_match_length {
                    entry.push(as_integer(range[1] - range[0] + 1));
                }
                Reply::Array(entry)
            })
            .collect();
        let pairs = vec![
            (bulk(b"matches"), Reply::Array(matches)),
            (bulk(b"len"), integer(text.len())),
        ];
        if resp >= 3 {
            Reply::Map(pairs)
        } else {
            Reply::Array(pairs.into_iter().flat_map(|(k, v)| [k, v]).collect())
        }
    }
}
