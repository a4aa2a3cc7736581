//! `KEYS` and the cursor commands `SCAN`, `SSCAN`, `HSCAN`, `ZSCAN`.
//!
//! Redis walks its hash tables in bucket order, which no model reproduces: these replies are
//! compared with real Redis by shape only. The model's `SCAN` walks keys in byte order, `COUNT`
//! keys per call, its cursor the position reached; `SSCAN`, `HSCAN` and `ZSCAN` reply the whole
//! value at once with cursor 0, as Redis does for the small encodings scripts usually make.

use super::sorted_sets::score_reply;
use super::{
    bulk, error, hash_at, integer_argument, is_option, set_at, sorted_set_at, spec, Answer,
    CommandSpec, Request,
};
use crate::errors;
use crate::glob;
use crate::keyspace::Keyspace;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("keys", 2, keys),
    spec("scan", -2, scan),
    spec("sscan", -3, sscan),
    spec("hscan", -3, hscan),
    spec("zscan", -3, zscan),
];

/// Whether `key` matches a `KEYS`/`MATCH` pattern (`*` alone matches everything, even the
/// empty key, as Redis short-cuts it).
fn pattern_matches(pattern: Option<&[u8]>, key: &[u8]) -> bool {
    match pattern {
        None | Some(b"*") => true,
        Some(pattern) => glob::matches(pattern, key, false),
    }
}

fn keys(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let pattern = request.arg(0);
    Ok(Reply::Array(
        keyspace
            .live_entries()
            .filter(|(key, _, _)| pattern_matches(Some(pattern), key))
            .map(|(key, _, _)| bulk(key))
            .collect(),
    ))
}

/// Reads a cursor as Redis does (`strtoul`, so a sign is accepted and the empty text is 0).
fn cursor(text: &[u8]) -> Result<u64, Reply> {
    let invalid = || error("ERR invalid cursor");
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() {
        return if text.is_empty() {
            Ok(0)
        } else {
            Err(invalid())
        };
    }
    let mut value: u64 = 0;
    for &digit in digits {
        if !digit.is_ascii_digit() {
            return Err(invalid());
        }
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(digit - b'0')))
            .ok_or_else(invalid)?;
    }
    Ok(if negative {
        value.wrapping_neg()
    } else {
        value
    })
}

/// `MATCH`, `COUNT` and (for `SCAN`) `TYPE`.
struct ScanOptions<'a> {
    pattern: Option<&'a [u8]>,
    count: i64,
    type_name: Option<&'a [u8]>,
}

fn scan_options(words: &[Vec<u8>], allow_type: bool) -> Result<ScanOptions<'_>, Reply> {
    let mut options = ScanOptions {
        pattern: None,
        count: 10,
        type_name: None,
    };
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        let more = index + 1 < words.len();
        if is_option(word, "count") && more {
            options.count = integer_argument(&words[index + 1])?;
            if options.count < 1 {
                return Err(error(errors::SYNTAX));
            }
        } else if is_option(word, "match") && more {
            options.pattern = Some(&words[index + 1]);
        } else if allow_type && is_option(word, "type") && more {
            options.type_name = Some(&words[index + 1]);
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 2;
    }
    Ok(options)
}

fn scan_reply(next: u64, items: Vec<Reply>) -> Reply {
    Reply::Array(vec![
        Reply::Bulk(next.to_string().into_bytes()),
        Reply::Array(items),
    ])
}

fn scan(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let position = cursor(request.arg(0))?;
    let options = scan_options(&request.args[1..], true)?;
    let start = usize::try_from(position).unwrap_or(usize::MAX);
    let count = usize::try_from(options.count).unwrap_or(usize::MAX);
    let total = keyspace.live_count();
    let items = keyspace
        .live_entries()
        .skip(start)
        .take(count)
        .filter(|(key, data, _)| {
            pattern_matches(options.pattern, key)
                && options
                    .type_name
                    .is_none_or(|name| name.eq_ignore_ascii_case(data.type_name().as_bytes()))
        })
        .map(|(key, _, _)| bulk(key))
        .collect();
    let reached = start.saturating_add(count);
    let next = if reached >= total { 0 } else { reached as u64 };
    Ok(scan_reply(next, items))
}

fn empty_scan() -> Reply {
    scan_reply(0, Vec::new())
}

fn sscan(keyspace: &mut Keyspace, request: &Request) -> Answer {
    cursor(request.arg(1))?;
    let Some(members) = set_at(keyspace, request.arg(0))?.cloned() else {
        return Ok(empty_scan());
    };
    let options = scan_options(&request.args[2..], false)?;
    let items = super::sets::reply_order(&members)
        .into_iter()
        .filter(|member| pattern_matches(options.pattern, member))
        .map(Reply::Bulk)
        .collect();
    Ok(scan_reply(0, items))
}

fn hscan(keyspace: &mut Keyspace, request: &Request) -> Answer {
    cursor(request.arg(1))?;
    let Some(fields) = hash_at(keyspace, request.arg(0))?.cloned() else {
        return Ok(empty_scan());
    };
    let options = scan_options(&request.args[2..], false)?;
    let items = fields
        .into_iter()
        .filter(|(field, _)| pattern_matches(options.pattern, field))
        .flat_map(|(field, value)| [Reply::Bulk(field), Reply::Bulk(value)])
        .collect();
    Ok(scan_reply(0, items))
}

fn zscan(keyspace: &mut Keyspace, request: &Request) -> Answer {
    cursor(request.arg(1))?;
    let Some(set) = sorted_set_at(keyspace, request.arg(0))? else {
        return Ok(empty_scan());
    };
    let entries = set.entries().to_vec();
    let options = scan_options(&request.args[2..], false)?;
    let items = entries
        .into_iter()
        .filter(|(_, member)| pattern_matches(options.pattern, member))
        .flat_map(|(score, member)| [Reply::Bulk(member), score_reply(score, 2)])
        .collect();
    Ok(scan_reply(0, items))
}

#[cfg(test)]
mod tests {
    use super::cursor;

    #[test]
    fn cursors_read_as_strtoul_reads_them() {
        assert_eq!(cursor(b"0").ok(), Some(0));
        assert_eq!(cursor(b"").ok(), Some(0));
        assert_eq!(cursor(b"+7").ok(), Some(7));
        assert_eq!(cursor(b"-1").ok(), Some(u64::MAX));
        assert!(cursor(b"x").is_err());
        assert!(cursor(b"99999999999999999999").is_err());
    }
}
