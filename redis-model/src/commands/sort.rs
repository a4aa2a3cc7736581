//! `SORT` and `SORT_RO` (`sortCommandGeneric`): numeric or `ALPHA` order, `ASC`/`DESC`,
//! `LIMIT`, `BY` patterns (a pattern without `*` means no sorting), `GET` patterns (`#` is the
//! element, `key*->field` reads a hash field) and `STORE` into a list. As in a script, a set
//! that is not sorted is sorted by `ALPHA` so that the reply is deterministic.

use super::{
    error, integer, integer_argument, is_option, spec, wrong_type, Answer, CommandSpec, Request,
};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::number::parse_sort_double;
use crate::Reply;
use std::cmp::Ordering;
use std::collections::VecDeque;

pub(super) const COMMANDS: &[CommandSpec] = &[spec("sort", -2, sort), spec("sort_ro", -2, sort_ro)];

struct SortOptions<'a> {
    descending: bool,
    alpha: bool,
    limit: Option<(i64, i64)>,
    store: Option<&'a [u8]>,
    by: Option<&'a [u8]>,
    gets: Vec<&'a [u8]>,
}

fn parse_options(words: &[Vec<u8>], read_only: bool) -> Result<SortOptions<'_>, Reply> {
    let mut options = SortOptions {
        descending: false,
        alpha: false,
        limit: None,
        store: None,
        by: None,
        gets: Vec::new(),
    };
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        let left = words.len() - index - 1;
        if is_option(word, "asc") {
            options.descending = false;
        } else if is_option(word, "desc") {
            options.descending = true;
        } else if is_option(word, "alpha") {
            options.alpha = true;
        } else if is_option(word, "limit") && left >= 2 {
            let start = integer_argument(&words[index + 1])?;
            let count = integer_argument(&words[index + 2])?;
            options.limit = Some((start, count));
            index += 2;
        } else if !read_only && is_option(word, "store") && left >= 1 {
            options.store = Some(&words[index + 1]);
            index += 1;
        } else if is_option(word, "by") && left >= 1 {
            options.by = Some(&words[index + 1]);
            index += 1;
        } else if is_option(word, "get") && left >= 1 {
            options.gets.push(&words[index + 1]);
            index += 1;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    Ok(options)
}

/// `lookupKeyByPattern`: the string (or hash field, for `...->field`) named by `pattern` with
/// its first `*` replaced by `element`; `#` is the element itself.
fn lookup_by_pattern(keyspace: &mut Keyspace, pattern: &[u8], element: &[u8]) -> Option<Vec<u8>> {
    if pattern == b"#" {
        return Some(element.to_vec());
    }
    // Redis reads the pattern as a C string.
    let pattern = pattern.split(|&b| b == 0).next().unwrap_or_default();
    let star = pattern.iter().position(|&b| b == b'*')?;
    let arrow = pattern[star + 1..]
        .windows(2)
        .position(|pair| pair == b"->")
        .map(|at| star + 1 + at)
        .filter(|at| at + 2 < pattern.len());
    let (key_end, field) = match arrow {
        Some(at) => (at, Some(&pattern[at + 2..])),
        None => (pattern.len(), None),
    };
    let mut key = pattern[..star].to_vec();
    key.extend_from_slice(element);
    key.extend_from_slice(&pattern[star + 1..key_end]);
    match (keyspace.get(&key)?, field) {
        (Data::Hash(fields), Some(field)) => fields
            .iter()
            .find(|(name, _)| name.as_slice() == field)
            .map(|(_, value)| value.clone()),
        (Data::String(value), None) => Some(value.clone()),
        _ => None,
    }
}

/// One element to sort with what it sorts by.
struct Item {
    element: Vec<u8>,
    score: f64,
    compare: Option<Vec<u8>>,
}

fn sort_with(keyspace: &mut Keyspace, request: &Request, read_only: bool) -> Answer {
    let options = parse_options(&request.args[1..], read_only)?;
    let mut dont_sort = options.by.is_some_and(|by| {
        !by.split(|&b| b == 0)
            .next()
            .unwrap_or_default()
            .contains(&b'*')
    });
    let mut alpha = options.alpha;
    let mut by = options.by;
    let (elements, is_set, ordered) = match keyspace.get(request.arg(0)) {
        None => (Vec::new(), false, true),
        Some(Data::List(items)) => (items.iter().cloned().collect::<Vec<_>>(), false, true),
        Some(Data::Set(members)) => (members.iter().cloned().collect(), true, false),
        Some(Data::SortedSet(set)) => (
            set.entries().iter().map(|(_, m)| m.clone()).collect(),
            false,
            true,
        ),
        Some(_) => return Err(wrong_type()),
    };
    if dont_sort && is_set {
        // Scripts get a deterministic order for sets.
        dont_sort = false;
        alpha = true;
        by = None;
    }
    let length = i64::try_from(elements.len()).unwrap_or(i64::MAX);
    let (limit_start, limit_count) = options.limit.unwrap_or((0, -1));
    let mut start = limit_start.max(0);
    let mut end = if limit_count < 0 {
        length - 1
    } else {
        start.saturating_add(limit_count) - 1
    };
    if start >= length {
        start = length - 1;
        end = length - 2;
    }
    if end >= length {
        end = length - 1;
    }
    let mut elements = elements;
    if dont_sort && ordered && options.descending {
        elements.reverse();
    }
    let mut items: Vec<Item> = elements
        .into_iter()
        .map(|element| Item {
            element,
            score: 0.0,
            compare: None,
        })
        .collect();
    if !dont_sort {
        let mut conversion_error = false;
        for item in &mut items {
            let value = match by {
                Some(pattern) => match lookup_by_pattern(keyspace, pattern, &item.element) {
                    Some(value) => value,
                    None => continue,
                },
                None => item.element.clone(),
            };
            if alpha {
                if by.is_some() {
                    item.compare = Some(value);
                }
            } else {
                match parse_sort_double(&value) {
                    Some(score) => item.score = score,
                    None => conversion_error = true,
                }
            }
        }
        let descending = options.descending;
        let by_pattern = by.is_some();
        items.sort_by(|a, b| {
            let order = if !alpha {
                a.score
                    .partial_cmp(&b.score)
                    .unwrap_or(Ordering::Equal)
                    .then_with(|| a.element.cmp(&b.element))
            } else if by_pattern {
                match (&a.compare, &b.compare) {
                    (Some(x), Some(y)) => x.cmp(y),
                    (None, None) => Ordering::Equal,
                    (None, Some(_)) => Ordering::Less,
                    (Some(_), None) => Ordering::Greater,
                }
            } else {
                a.element.cmp(&b.element)
            };
            if descending {
                order.reverse()
            } else {
                order
            }
        });
        if conversion_error {
            return Err(error(
                "ERR One or more scores can't be converted into double",
            ));
        }
    }
    let selected: Vec<Vec<u8>> = if end >= start && start >= 0 {
        let (from, to) = (
            usize::try_from(start).unwrap_or(0),
            usize::try_from(end).unwrap_or(0),
        );
        items[from..=to.min(items.len().saturating_sub(1))]
            .iter()
            .map(|item| item.element.clone())
            .collect()
    } else {
        Vec::new()
    };
    let mut output: Vec<Option<Vec<u8>>> = Vec::new();
    for element in &selected {
        if options.gets.is_empty() {
            output.push(Some(element.clone()));
        }
        for pattern in &options.gets {
            output.push(lookup_by_pattern(keyspace, pattern, element));
        }
    }
    match options.store {
        None => Ok(Reply::Array(
            output
                .into_iter()
                .map(|value| value.map_or(Reply::Nil, Reply::Bulk))
                .collect(),
        )),
        Some(destination) => {
            let count = output.len();
            keyspace.remove(destination);
            if count > 0 {
                let list: VecDeque<Vec<u8>> =
                    output.into_iter().map(Option::unwrap_or_default).collect();
                keyspace.set(destination, Data::List(list));
            }
            Ok(integer(count))
        }
    }
}

fn sort(keyspace: &mut Keyspace, request: &Request) -> Answer {
    sort_with(keyspace, request, false)
}

fn sort_ro(keyspace: &mut Keyspace, request: &Request) -> Answer {
    sort_with(keyspace, request, true)
}
