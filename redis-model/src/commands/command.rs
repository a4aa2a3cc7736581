//! `COMMAND` and its subcommands (`COUNT`, `INFO`, `DOCS`, `LIST`, `GETKEYS`,
//! `GETKEYSANDFLAGS`), answered from Redis 7.0.15's command table and its details snapshot with
//! Redis's reply shapes: sets and maps under RESP3, flat arrays under RESP2.
//!
//! Redis lists commands (and a container's subcommands) in the order of its command hash
//! table, whose hash seed is drawn at each server start, so every order is one Redis may give:
//! the model lists them by name. Scripts compared with Redis sort what they get, and the bench
//! compares such replies in name order (`in_listing_order`).

use super::{error, integer, is_option, Answer, Request};
use crate::command_details::{details_of, Argument, BeginSearch, CommandDetails, FindKeys};
use crate::command_keys::{find_keys, may_have_keys};
use crate::command_table::{redis_commands, resolve, RedisCommand};
use crate::errors;
use crate::glob;
use crate::keyspace::Keyspace;
use crate::Reply;

pub(super) fn command(_: &mut Keyspace, request: &Request) -> Answer {
    let Some(sub) = request.args.first() else {
        return info_of_all(request.resp);
    };
    let names = &request.args[1..];
    let sub = String::from_utf8_lossy(sub).to_ascii_lowercase();
    match sub.as_str() {
        "count" => Ok(integer(top_level().count())),
        "info" if names.is_empty() => info_of_all(request.resp),
        "info" => Ok(Reply::Array(
            names
                .iter()
                .map(|name| match by_full_name(name) {
                    Some(command) => info(command, request.resp),
                    None => Ok(Reply::Nil),
                })
                .collect::<Result<_, _>>()?,
        )),
        "docs" => docs_reply(names, request.resp),
        "list" => list(names),
        "getkeys" => get_keys(names, false, request.resp),
        "getkeysandflags" => get_keys(names, true, request.resp),
        // The table has no other subcommand, and lookup refused unknown ones already.
        _ => Err(error(&format!(
            "ERR ferrous-redis-model does not model the 'command|{sub}' command"
        ))),
    }
}

/// The top-level commands, by name.
fn top_level() -> impl Iterator<Item = &'static RedisCommand> {
    redis_commands()
        .iter()
        .filter(|command| !command.name.contains('|'))
}

/// The subcommands of `container`, by name.
fn subcommands_of(container: &RedisCommand) -> impl Iterator<Item = &'static RedisCommand> + '_ {
    redis_commands().iter().filter(move |command| {
        command
            .name
            .split_once('|')
            .is_some_and(|(parent, _)| parent == container.name)
    })
}

/// `lookupCommandBySds`: `name` or `container|sub`, case-insensitively; a name that is not a
/// container takes no `|sub`, and no deeper level exists.
fn by_full_name(name: &[u8]) -> Option<&'static RedisCommand> {
    let parts: Vec<Vec<u8>> = name
        .split(|&byte| byte == b'|')
        .map(<[u8]>::to_vec)
        .collect();
    match parts.as_slice() {
        [_] => resolve(&parts),
        [_, _] => resolve(&parts).filter(|command| command.name.contains('|')),
        _ => None,
    }
}

/// The details snapshot's entry of `command`; the crate's tests check every command has one,
/// so a missing entry is a defect reported as such, never an empty answer.
fn details(command: &RedisCommand) -> Result<&'static CommandDetails, Reply> {
    details_of(&command.name).ok_or_else(|| {
        error(&format!(
            "ERR ferrous-redis-model has no details of the '{}' command",
            command.name
        ))
    })
}

fn text(text: &str) -> Reply {
    Reply::Bulk(text.as_bytes().to_vec())
}

fn statuses<'a>(words: impl IntoIterator<Item = &'a String>) -> Reply {
    Reply::Set(
        words
            .into_iter()
            .map(|word| Reply::Status(word.as_bytes().to_vec()))
            .collect(),
    )
}

fn field(name: &str, value: Reply) -> (Reply, Reply) {
    (text(name), value)
}

/// A reply built in RESP3's shapes, as the client's protocol sees it: under RESP2 a map is a
/// flat array of keys and values and a set an array.
fn for_protocol(reply: Reply, resp: u8) -> Reply {
    if resp >= 3 {
        return reply;
    }
    match reply {
        Reply::Map(pairs) => Reply::Array(
            pairs
                .into_iter()
                .flat_map(|(key, value)| [for_protocol(key, resp), for_protocol(value, resp)])
                .collect(),
        ),
        Reply::Array(items) | Reply::Set(items) => Reply::Array(
            items
                .into_iter()
                .map(|item| for_protocol(item, resp))
                .collect(),
        ),
        other => other,
    }
}

fn info_of_all(resp: u8) -> Answer {
    Ok(Reply::Array(
        top_level()
            .map(|command| info(command, resp))
            .collect::<Result<_, _>>()?,
    ))
}

/// One command's `COMMAND INFO` entry (`addReplyCommandInfo`).
fn info(command: &RedisCommand, resp: u8) -> Answer {
    Ok(for_protocol(info_resp3(command)?, resp))
}

fn info_resp3(command: &RedisCommand) -> Answer {
    let details = details(command)?;
    let subcommands = if command.container {
        Reply::Array(
            subcommands_of(command)
                .map(info_resp3)
                .collect::<Result<_, _>>()?,
        )
    } else {
        Reply::Set(Vec::new())
    };
    Ok(Reply::Array(vec![
        text(&command.name),
        Reply::Integer(i64::from(command.arity)),
        statuses(&command.flags),
        Reply::Integer(details.first_key),
        Reply::Integer(details.last_key),
        Reply::Integer(details.step),
        statuses(&details.acl_categories),
        Reply::Set(details.tips.iter().map(|tip| text(tip)).collect()),
        Reply::Set(
            details
                .key_specs
                .iter()
                .map(|spec| {
                    let mut fields = Vec::new();
                    if let Some(notes) = &spec.notes {
                        fields.push(field("notes", text(notes)));
                    }
                    fields.push(field("flags", statuses(&spec.flags)));
                    fields.push(field("begin_search", begin_search(&spec.begin_search)));
                    fields.push(field("find_keys", find_keys_reply(&spec.find_keys)));
                    Reply::Map(fields)
                })
                .collect(),
        ),
        subcommands,
    ]))
}

fn typed_spec(kind: &str, spec: Vec<(Reply, Reply)>) -> Reply {
    Reply::Map(vec![
        field("type", text(kind)),
        field("spec", Reply::Map(spec)),
    ])
}

fn begin_search(search: &BeginSearch) -> Reply {
    match search {
        BeginSearch::Unknown {} => typed_spec("unknown", Vec::new()),
        BeginSearch::Index { index } => {
            typed_spec("index", vec![field("index", Reply::Integer(*index))])
        }
        BeginSearch::Keyword { keyword, startfrom } => typed_spec(
            "keyword",
            vec![
                field("keyword", text(keyword)),
                field("startfrom", Reply::Integer(*startfrom)),
            ],
        ),
    }
}

fn find_keys_reply(find: &FindKeys) -> Reply {
    match *find {
        FindKeys::Unknown {} => typed_spec("unknown", Vec::new()),
        FindKeys::Range {
            lastkey,
            keystep,
            limit,
        } => typed_spec(
            "range",
            vec![
                field("lastkey", Reply::Integer(lastkey)),
                field("keystep", Reply::Integer(keystep)),
                field("limit", Reply::Integer(limit)),
            ],
        ),
        FindKeys::Keynum {
            keynumidx,
            firstkey,
            keystep,
        } => typed_spec(
            "keynum",
            vec![
                field("keynumidx", Reply::Integer(keynumidx)),
                field("firstkey", Reply::Integer(firstkey)),
                field("keystep", Reply::Integer(keystep)),
            ],
        ),
    }
}

/// `COMMAND DOCS [name ...]`: a map of name to documentation, every top-level command when no
/// name is given; unknown names are left out.
fn docs_reply(names: &[Vec<u8>], resp: u8) -> Answer {
    let commands: Vec<&RedisCommand> = if names.is_empty() {
        top_level().collect()
    } else {
        names.iter().filter_map(|name| by_full_name(name)).collect()
    };
    let entries = commands
        .into_iter()
        .map(|command| Ok((text(&command.name), documentation(command)?)))
        .collect::<Result<_, Reply>>()?;
    Ok(for_protocol(Reply::Map(entries), resp))
}

/// One command's documentation (`addReplyCommandDocs`), in RESP3's shapes.
fn documentation(command: &RedisCommand) -> Answer {
    let docs = &details(command)?.docs;
    let mut fields = Vec::new();
    let optional = |fields: &mut Vec<(Reply, Reply)>, name: &str, value: &Option<String>| {
        if let Some(value) = value {
            fields.push(field(name, text(value)));
        }
    };
    optional(&mut fields, "summary", &docs.summary);
    optional(&mut fields, "since", &docs.since);
    fields.push(field("group", text(&docs.group)));
    optional(&mut fields, "complexity", &docs.complexity);
    if !docs.doc_flags.is_empty() {
        fields.push(field("doc_flags", statuses(&docs.doc_flags)));
    }
    optional(&mut fields, "deprecated_since", &docs.deprecated_since);
    optional(&mut fields, "replaced_by", &docs.replaced_by);
    if let Some(history) = &docs.history {
        let entries = history
            .iter()
            .map(|(version, change)| Reply::Array(vec![text(version), text(change)]))
            .collect();
        fields.push(field("history", Reply::Set(entries)));
    }
    if let Some(arguments) = &docs.arguments {
        fields.push(field("arguments", argument_list(arguments)));
    }
    if command.container {
        let subcommands = subcommands_of(command)
            .map(|sub| Ok((text(&sub.name), documentation(sub)?)))
            .collect::<Result<_, Reply>>()?;
        fields.push(field("subcommands", Reply::Map(subcommands)));
    }
    Ok(Reply::Map(fields))
}

/// `addReplyCommandArgList`.
fn argument_list(arguments: &[Argument]) -> Reply {
    Reply::Array(
        arguments
            .iter()
            .map(|argument| {
                let mut fields = vec![
                    field("name", text(&argument.name)),
                    field("type", text(&argument.kind)),
                ];
                if let Some(index) = argument.key_spec_index {
                    fields.push(field("key_spec_index", Reply::Integer(index)));
                }
                for (name, value) in [
                    ("token", &argument.token),
                    ("summary", &argument.summary),
                    ("since", &argument.since),
                    ("deprecated_since", &argument.deprecated_since),
                ] {
                    if let Some(value) = value {
                        fields.push(field(name, text(value)));
                    }
                }
                if !argument.flags.is_empty() {
                    fields.push(field("flags", statuses(&argument.flags)));
                }
                if let Some(nested) = &argument.arguments {
                    fields.push(field("arguments", argument_list(nested)));
                }
                Reply::Map(fields)
            })
            .collect(),
    )
}

/// `COMMAND LIST [FILTERBY MODULE m | ACLCAT c | PATTERN p]`: names of commands and
/// subcommands, each container followed by its subcommands. No module is ever loaded, so a
/// module filter lists nothing; an unknown ACL category lists nothing either.
fn list(args: &[Vec<u8>]) -> Answer {
    let keep: Box<dyn Fn(&RedisCommand) -> bool> = match args {
        [] => Box::new(|_| true),
        [filterby, kind, value] if is_option(filterby, "filterby") => {
            if is_option(kind, "module") {
                Box::new(|_| false)
            } else if is_option(kind, "aclcat") {
                let category = format!("@{}", String::from_utf8_lossy(value).to_ascii_lowercase());
                Box::new(move |command| {
                    details(command).is_ok_and(|details| details.acl_categories.contains(&category))
                })
            } else if is_option(kind, "pattern") {
                let pattern = value.clone();
                Box::new(move |command| glob::matches(&pattern, command.name.as_bytes(), true))
            } else {
                return Err(error(errors::SYNTAX));
            }
        }
        _ => return Err(error(errors::SYNTAX)),
    };
    let mut names = Vec::new();
    for command in top_level() {
        let family = std::iter::once(command).chain(
            command
                .container
                .then(|| subcommands_of(command))
                .into_iter()
                .flatten(),
        );
        names.extend(
            family
                .filter(|member| keep(member))
                .map(|member| text(&member.name)),
        );
    }
    Ok(Reply::Array(names))
}

/// `COMMAND GETKEYS` / `GETKEYSANDFLAGS cmd arg ...` (`getKeysSubcommandImpl`).
fn get_keys(words: &[Vec<u8>], with_flags: bool, resp: u8) -> Answer {
    let Some(command) = resolve(words) else {
        return Err(error("ERR Invalid command specified"));
    };
    if !may_have_keys(command) {
        return Err(error("ERR The command has no key arguments"));
    }
    if !command.arity_fits(words.len()) {
        return Err(error(
            "ERR Invalid number of arguments specified for command",
        ));
    }
    let keys = find_keys(command, words);
    if keys.is_empty() && !command.flags.iter().any(|flag| flag == "no_mandatory_keys") {
        return Err(error("ERR Invalid arguments specified for command"));
    }
    let entries = keys
        .into_iter()
        .map(|found| {
            let key = Reply::Bulk(words[found.position].clone());
            if with_flags {
                let flags = found
                    .flags
                    .iter()
                    .map(|flag| Reply::Status(flag.as_bytes().to_vec()))
                    .collect();
                Reply::Array(vec![key, Reply::Set(flags)])
            } else {
                key
            }
        })
        .collect();
    Ok(for_protocol(Reply::Array(entries), resp))
}
