//! What Redis 7.0.15 tells about each command beyond its table row (`command_table`): the key
//! positions and key specs, ACL categories and tips of `COMMAND INFO`, and the documentation of
//! `COMMAND DOCS`. Kept in `command-details-7.0.15.jsonl`, one JSON object per command with
//! Redis's own field names, written from a live server by the command-table test (see the
//! file's header). The `COMMAND` subcommands build their replies from it and `COMMAND GETKEYS`
//! reads its key specs.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The snapshot the details are read from.
pub const DETAILS_SNAPSHOT: &str = include_str!("../command-details-7.0.15.jsonl");

/// `COMMAND INFO`'s and `COMMAND DOCS`'s data for one command or subcommand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommandDetails {
    /// The name as in the command table (`config|get`).
    pub name: String,
    /// The legacy key positions: first key, last key (negative: from the end), step.
    pub first_key: i64,
    pub last_key: i64,
    pub step: i64,
    /// ACL categories as `COMMAND INFO` lists them (`@read`, ...).
    pub acl_categories: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tips: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_specs: Vec<KeySpec>,
    pub docs: CommandDocs,
}

/// A key spec: where a command's keys start (`begin_search`) and how many follow
/// (`find_keys`), with the flags of how the command uses them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `RO`, `RW`, `OW`, `RM`, `access`, `update`, `insert`, `delete`, `not_key`,
    /// `incomplete`, `variable_flags`, in Redis's order.
    pub flags: Vec<String>,
    pub begin_search: BeginSearch,
    pub find_keys: FindKeys,
}

impl KeySpec {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|own| own == flag)
    }
}

/// Where the first key is: at a fixed argument, or after a keyword searched from an argument
/// (`startfrom`, negative counting from the end, searching backwards).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    content = "spec",
    rename_all = "lowercase",
    deny_unknown_fields
)]
pub enum BeginSearch {
    /// Keys Redis cannot locate from the arguments alone (`SORT`'s `BY`/`GET` patterns).
    Unknown {},
    Index {
        index: i64,
    },
    Keyword {
        keyword: String,
        startfrom: i64,
    },
}

/// How many keys follow the first: a range (`lastkey` relative to the first, negative from the
/// end of the arguments, or a share `limit` of what remains), or a count read from an argument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    content = "spec",
    rename_all = "lowercase",
    deny_unknown_fields
)]
pub enum FindKeys {
    Unknown {},
    Range {
        lastkey: i64,
        keystep: i64,
        limit: i64,
    },
    Keynum {
        keynumidx: i64,
        firstkey: i64,
        keystep: i64,
    },
}

/// `COMMAND DOCS`'s fields of one command; absent ones are left out of the reply, as Redis
/// leaves them out (`history` and `arguments` may be present and empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommandDocs {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    pub group: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complexity: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doc_flags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated_since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    /// Pairs of (version, what changed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<(String, String)>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Vec<Argument>>,
}

/// One documented argument; `oneof` and `block` arguments hold their own `arguments`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Argument {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_spec_index: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated_since: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Vec<Argument>>,
}

/// Parses the snapshot's lines (one JSON object each; `#` lines are its header).
pub fn parse_details(text: &str) -> Result<Vec<CommandDetails>, serde_json::Error> {
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(serde_json::from_str)
        .collect()
}

/// The details of the command table's `name` (`config|get`). The snapshot is part of the crate
/// and the crate's tests check it covers the whole table, so a command without details is a
/// build defect, not an input the model must answer.
pub fn details_of(name: &str) -> Option<&'static CommandDetails> {
    static DETAILS: OnceLock<HashMap<String, CommandDetails>> = OnceLock::new();
    DETAILS
        .get_or_init(|| {
            parse_details(DETAILS_SNAPSHOT)
                .unwrap_or_default()
                .into_iter()
                .map(|details| (details.name.clone(), details))
                .collect()
        })
        .get(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redis_commands;

    #[test]
    fn every_command_of_the_table_has_its_details() {
        let details = parse_details(DETAILS_SNAPSHOT).expect("the details snapshot parses");
        assert_eq!(details.len(), redis_commands().len());
        for command in redis_commands() {
            assert!(details_of(&command.name).is_some(), "{}", command.name);
        }
    }

    #[test]
    fn key_specs_read_as_redis_lists_them() {
        let xread = details_of("xread").unwrap();
        assert_eq!(
            xread.key_specs[0].begin_search,
            BeginSearch::Keyword {
                keyword: "STREAMS".into(),
                startfrom: 1
            }
        );
        assert_eq!(
            xread.key_specs[0].find_keys,
            FindKeys::Range {
                lastkey: -1,
                keystep: 1,
                limit: 2
            }
        );
        let eval = details_of("eval").unwrap();
        assert!(matches!(
            eval.key_specs[0].find_keys,
            FindKeys::Keynum { keynumidx: 0, .. }
        ));
        assert_eq!(details_of("get").unwrap().docs.group, "string");
        assert!(details_of("nosuch").is_none());
    }
}
