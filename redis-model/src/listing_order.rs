//! Replies that list Redis's commands (`COMMAND`, `COMMAND INFO`, `COMMAND DOCS`, `COMMAND
//! LIST`) come in the order of Redis's command hash tables, whose hash seed is drawn at each
//! server start, and so does each container's list of subcommands. [`in_listing_order`] puts
//! such a reply in one canonical order (by name) so that the model's reply and any server's
//! compare; every other reply is left as it is.

use crate::command_table::resolve;
use crate::Reply;

/// `reply` to `args` (name first) with the command listings it holds sorted by name, under
/// RESP2 (flat arrays for maps) or RESP3.
pub fn in_listing_order(args: &[Vec<u8>], reply: &Reply) -> Reply {
    let Some(command) = resolve(args) else {
        return reply.clone();
    };
    let named = args.len() > 2;
    match command.name.as_str() {
        "command" => sorted_info_list(reply),
        "command|info" if named => map_items(reply, info_entry),
        "command|info" => sorted_info_list(reply),
        "command|docs" => docs_map(reply, !named),
        "command|list" => match reply {
            Reply::Array(names) => Reply::Array(sorted_by_debug(names.clone(), |name| name)),
            other => other.clone(),
        },
        _ => reply.clone(),
    }
}

fn sorted_by_debug<T>(mut items: Vec<T>, key: impl Fn(&T) -> &Reply) -> Vec<T> {
    items.sort_by_cached_key(|item| format!("{:?}", key(item)));
    items
}

fn map_items(reply: &Reply, each: fn(&Reply) -> Reply) -> Reply {
    match reply {
        Reply::Array(items) => Reply::Array(items.iter().map(each).collect()),
        other => other.clone(),
    }
}

/// `COMMAND INFO` entries, sorted by name, each with its subcommands sorted.
fn sorted_info_list(reply: &Reply) -> Reply {
    match map_items(reply, info_entry) {
        Reply::Array(entries) => Reply::Array(sorted_by_debug(entries, |entry| match entry {
            Reply::Array(fields) if !fields.is_empty() => &fields[0],
            other => other,
        })),
        other => other,
    }
}

/// One `COMMAND INFO` entry: its tenth field lists the subcommands.
fn info_entry(entry: &Reply) -> Reply {
    match entry {
        Reply::Array(fields) if fields.len() == 10 => {
            let mut fields = fields.clone();
            fields[9] = sorted_info_list(&fields[9]);
            Reply::Array(fields)
        }
        other => other.clone(),
    }
}

/// A `COMMAND DOCS` map of name to documentation (a flat array under RESP2): each
/// documentation's subcommands sorted, and the names themselves when `sort` (a listing of every
/// command rather than the names asked for, in their order).
fn docs_map(reply: &Reply, sort: bool) -> Reply {
    let pairs: Vec<(Reply, Reply)> = match reply {
        Reply::Map(pairs) => pairs.clone(),
        Reply::Array(flat) if flat.len() % 2 == 0 => flat
            .chunks(2)
            .map(|pair| (pair[0].clone(), pair[1].clone()))
            .collect(),
        other => return other.clone(),
    };
    let mut pairs: Vec<(Reply, Reply)> = pairs
        .into_iter()
        .map(|(name, docs)| (name, docs_fields(&docs)))
        .collect();
    if sort {
        pairs = sorted_by_debug(pairs, |(name, _)| name);
    }
    match reply {
        Reply::Map(_) => Reply::Map(pairs),
        _ => Reply::Array(pairs.into_iter().flat_map(|(k, v)| [k, v]).collect()),
    }
}

/// One command's documentation: the value of its `subcommands` field is a listing too.
fn docs_fields(docs: &Reply) -> Reply {
    let is_subcommands =
        |field: &Reply| matches!(field, Reply::Bulk(name) if name == b"subcommands");
    match docs {
        Reply::Map(fields) => Reply::Map(
            fields
                .iter()
                .map(|(field, value)| {
                    let value = if is_subcommands(field) {
                        docs_map(value, true)
                    } else {
                        value.clone()
                    };
                    (field.clone(), value)
                })
                .collect(),
        ),
        Reply::Array(flat) if flat.len() % 2 == 0 => Reply::Array(
            flat.chunks(2)
                .flat_map(|pair| {
                    let value = if is_subcommands(&pair[0]) {
                        docs_map(&pair[1], true)
                    } else {
                        pair[1].clone()
                    };
                    [pair[0].clone(), value]
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Vec<u8>> {
        text.split(' ').map(|w| w.as_bytes().to_vec()).collect()
    }

    fn bulk(text: &str) -> Reply {
        Reply::Bulk(text.as_bytes().to_vec())
    }

    #[test]
    fn listings_sort_by_name_and_other_replies_stay() {
        let list = Reply::Array(vec![bulk("set"), bulk("get")]);
        assert_eq!(
            in_listing_order(&words("COMMAND LIST"), &list),
            Reply::Array(vec![bulk("get"), bulk("set")])
        );
        assert_eq!(in_listing_order(&words("LRANGE l 0 -1"), &list), list);
        let docs = Reply::Array(vec![
            bulk("set"),
            Reply::Array(vec![]),
            bulk("get"),
            Reply::Array(vec![]),
        ]);
        // Names asked for keep their order; a whole listing is sorted.
        assert_eq!(
            in_listing_order(&words("COMMAND DOCS set get"), &docs),
            docs
        );
        assert_eq!(
            in_listing_order(&words("COMMAND DOCS"), &docs),
            Reply::Array(vec![
                bulk("get"),
                Reply::Array(vec![]),
                bulk("set"),
                Reply::Array(vec![])
            ])
        );
    }
}
