//! Redis 7.0.15's command table (`COMMAND` of the real server, kept in
//! `commands-7.0.15.txt`): which commands and subcommands exist, their arity and whether a
//! script may run them. The model resolves every command through it first, so unknown
//! commands, wrong arity and commands refused to scripts get Redis's own replies whether or not
//! the model implements them.

use std::sync::OnceLock;

/// The snapshot of `COMMAND` the table is read from.
pub const SNAPSHOT: &str = include_str!("../commands-7.0.15.txt");

/// One command or subcommand of Redis 7.0.15.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedisCommand {
    /// Lower-case name; a subcommand is `container|sub` (`config|get`).
    pub name: String,
    /// Redis's arity: `n` exactly `n` words, `-n` at least `n` (the name counts; for a
    /// subcommand the container's name counts too).
    pub arity: i32,
    /// Flags as `COMMAND` lists them (`write`, `noscript`, ...).
    pub flags: Vec<String>,
    /// Whether the command only groups subcommands (`CONFIG`, `OBJECT`, ...).
    pub container: bool,
}

impl RedisCommand {
    /// Whether Redis refuses the command to scripts (the `noscript` flag).
    pub fn refused_to_scripts(&self) -> bool {
        self.flags.iter().any(|flag| flag == "noscript")
    }

    /// Whether `words` words (name included) fit the arity.
    pub fn arity_fits(&self, words: usize) -> bool {
        arity_fits(self.arity, words)
    }
}

/// Redis's arity convention: `n` exactly `n` words, `-n` at least `n`.
pub(crate) fn arity_fits(arity: i32, words: usize) -> bool {
    let words = i64::try_from(words).unwrap_or(i64::MAX);
    let arity = i64::from(arity);
    if arity >= 0 {
        words == arity
    } else {
        words >= -arity
    }
}

/// Every command and subcommand of the snapshot, in name order.
pub fn redis_commands() -> &'static [RedisCommand] {
    static TABLE: OnceLock<Vec<RedisCommand>> = OnceLock::new();
    TABLE.get_or_init(|| parse_snapshot(SNAPSHOT))
}

/// Parses the snapshot's lines (`name arity flags [container]`, `#` comments). The snapshot is
/// part of the crate, so a malformed line is a build defect the crate's tests catch.
pub fn parse_snapshot(text: &str) -> Vec<RedisCommand> {
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| {
            let mut words = line.split(' ');
            let name = words.next()?.to_string();
            let arity = words.next()?.parse().ok()?;
            let flags = match words.next()? {
                "-" => Vec::new(),
                flags => flags.split(',').map(str::to_string).collect(),
            };
            let container = words.next() == Some("container");
            Some(RedisCommand {
                name,
                arity,
                flags,
                container,
            })
        })
        .collect()
}

fn find(name: &str) -> Option<&'static RedisCommand> {
    let table = redis_commands();
    table
        .binary_search_by(|command| command.name.as_str().cmp(name))
        .ok()
        .map(|index| &table[index])
}

/// The command `args` (name first, then its arguments) invoke, as Redis's `lookupCommand`
/// finds it: a container with at least one argument resolves to its subcommand (`None` when
/// there is no such subcommand); names compare case-insensitively. A `container|sub` spelling
/// names no command: Redis's top-level table holds no subcommands.
pub fn resolve(args: &[Vec<u8>]) -> Option<&'static RedisCommand> {
    let name = String::from_utf8_lossy(args.first()?).to_ascii_lowercase();
    if name.contains('|') {
        return None;
    }
    let command = find(&name)?;
    if !command.container {
        return Some(command);
    }
    match args.get(1) {
        None => Some(command),
        Some(sub) => {
            let sub = String::from_utf8_lossy(sub).to_ascii_lowercase();
            find(&format!("{name}|{sub}"))
        }
    }
}

/// Commands whose replies depend on the clock, on chance or on the server's hash-table layout,
/// so that no model can give real Redis's bytes: the bench compares what a script gets from
/// them with real Redis by shape only. Names as [`RedisCommand::name`]. Replies that are only
/// unordered (`SMEMBERS`, `KEYS`, `HSCAN`, ...) are not here: cases sort them, as they must
/// for real Redis anyway.
///
/// `DUMP` is byte-exact for strings, lists, listpack hashes and sorted sets, intsets,
/// skiplists and streams without consumer groups (checked against a live server by
/// `tests/redis_dump_against_server.rs`), but not for hash-table sets and hashes (Redis writes
/// them in its dict's order, seeded at random by every server process), consumer groups
/// (delivery and seen times come from the clock) and values whose history shows in Redis's
/// layout (a list's node split after pops or pushes at its head, an encoding a value outgrew
/// and shrank back from): it stays compared by shape.
const COMPARED_BY_SHAPE: &[&str] = &[
    "time",
    "lastsave",
    "randomkey",
    "spop",
    "srandmember",
    "hrandfield",
    "zrandmember",
    "scan",
    "info",
    "object|idletime",
    "object|freq",
    "object|encoding",
    "dump",
    "lolwut",
    "slowlog|get",
    "slowlog|len",
    "memory|usage",
    "memory|stats",
    "memory|doctor",
    "memory|malloc-stats",
    "xpending",
    "xinfo|consumers",
    "xclaim",
    "xautoclaim",
];

/// Whether the reply to `args` (name first) can only be compared with real Redis by shape:
/// the clock (`TIME`, `LASTSAVE`), chance (`SPOP`, `SRANDMEMBER`, `HRANDFIELD`, `ZRANDMEMBER`,
/// `RANDOMKEY`), hash-table layout (`SCAN`'s cursors), server internals (`INFO`,
/// `OBJECT`, `DUMP` (see above), `LOLWUT`, `SLOWLOG`, `MEMORY`), idle times of stream consumers (`XPENDING`, `XINFO CONSUMERS`,
/// `XCLAIM`, `XAUTOCLAIM`) and stream ids made from the clock (`XADD` with `*` or `<ms>-*`).
pub fn compared_by_shape(args: &[Vec<u8>]) -> bool {
    resolve(args).is_some_and(|command| COMPARED_BY_SHAPE.contains(&command.name.as_str()))
        || makes_ids_from_the_clock(args)
}

/// `XADD` with an id from the clock (`*` or `<ms>-*`, which Redis fills in from the last id).
fn makes_ids_from_the_clock(args: &[Vec<u8>]) -> bool {
    args.first()
        .is_some_and(|name| name.eq_ignore_ascii_case(b"xadd"))
        && args[1..]
            .iter()
            .any(|word| word.as_slice() == b"*" || word.ends_with(b"-*"))
}

/// Whether `MONITOR` leaves `args` (name first) out: Redis never shows `admin` commands
/// (`SLOWLOG`, `PFDEBUG`, `PFSELFTEST`, ...) to monitors, not even from a script.
pub fn hidden_from_monitor(args: &[Vec<u8>]) -> bool {
    resolve(args).is_some_and(|command| {
        command
            .flags
            .iter()
            .any(|flag| flag == "admin" || flag == "skip_monitor")
    })
}

/// The arguments of `args` (name first) as `MONITOR` shows them once the command ran: Redis
/// redacts secrets as it parses them, which among the commands scripts may run means
/// `MIGRATE`'s `AUTH password` and `AUTH2 username password` (those parsed before `KEYS` or
/// a syntax error).
pub fn as_monitor_shows(args: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut shown = args.to_vec();
    if !args
        .first()
        .is_some_and(|name| name.eq_ignore_ascii_case(b"migrate"))
    {
        return shown;
    }
    let mut index = 6;
    while index < args.len() {
        let secrets = match args[index].to_ascii_lowercase().as_slice() {
            b"copy" | b"replace" => 0,
            b"auth" => 1,
            b"auth2" => 2,
            // `KEYS` ends the options; anything else is the syntax error that ends parsing.
            _ => break,
        };
        if index + secrets >= args.len() {
            break;
        }
        for secret in &mut shown[index + 1..=index + secrets] {
            *secret = b"(redacted)".to_vec();
        }
        index += secrets + 1;
    }
    shown
}

/// Commands that change data by chance or by the clock (`SPOP` removes members Redis picks at
/// random, claims depend on idle times): after them the key space can only be compared with
/// real Redis by shape.
const WRITES_BY_CHANCE: &[&str] = &["spop", "xclaim", "xautoclaim"];

/// Whether `args` (name first) may change the data differently on real Redis (`SPOP`,
/// `XCLAIM`, `XAUTOCLAIM`, `XADD` with an id from the clock).
pub fn writes_by_chance(args: &[Vec<u8>]) -> bool {
    resolve(args).is_some_and(|command| WRITES_BY_CHANCE.contains(&command.name.as_str()))
        || makes_ids_from_the_clock(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monitor_shows_migrate_without_its_secrets() {
        let shown = as_monitor_shows(&words(
            "MIGRATE h 1 k 0 10 COPY AUTH pw AUTH2 u p KEYS auth x",
        ));
        assert_eq!(
            shown,
            words(
                "MIGRATE h 1 k 0 10 COPY AUTH (redacted) AUTH2 (redacted) (redacted) KEYS auth x"
            )
        );
        assert_eq!(
            as_monitor_shows(&words("MIGRATE h 1 k 0 10 AUTH2 u")),
            words("MIGRATE h 1 k 0 10 AUTH2 u")
        );
        assert_eq!(
            as_monitor_shows(&words("SET auth pw")),
            words("SET auth pw")
        );
    }

    fn words(text: &str) -> Vec<Vec<u8>> {
        text.split(' ').map(|w| w.as_bytes().to_vec()).collect()
    }

    #[test]
    fn the_snapshot_parses_whole_and_sorted() {
        let lines = SNAPSHOT
            .lines()
            .filter(|line| !line.starts_with('#'))
            .count();
        let table = redis_commands();
        assert_eq!(table.len(), lines);
        assert!(table.windows(2).all(|pair| pair[0].name < pair[1].name));
        assert!(table.len() > 300);
    }

    #[test]
    fn admin_commands_are_hidden_from_monitor() {
        assert!(hidden_from_monitor(&words("SLOWLOG LEN")));
        assert!(hidden_from_monitor(&words("pfdebug encoding k")));
        assert!(!hidden_from_monitor(&words("MEMORY USAGE k")));
        assert!(!hidden_from_monitor(&words("GET k")));
    }

    #[test]
    fn containers_resolve_to_subcommands() {
        assert_eq!(resolve(&words("CONFIG GET x")).unwrap().name, "config|get");
        assert!(resolve(&words("CONFIG GET x"))
            .unwrap()
            .refused_to_scripts());
        assert_eq!(resolve(&words("config")).unwrap().name, "config");
        assert!(resolve(&words("config bogus")).is_none());
        assert!(resolve(&words("nosuch")).is_none());
        assert!(resolve(&words("config|get x")).is_none());
        assert!(!resolve(&words("Get k")).unwrap().refused_to_scripts());
        assert!(compared_by_shape(&words("TIME")));
        assert!(compared_by_shape(&words("XADD s * f v")));
        assert!(compared_by_shape(&words("xadd s 5-* f v")));
        assert!(!compared_by_shape(&words("XADD s 5-1 f v")));
        assert!(writes_by_chance(&words("XADD s * f v")));
        assert!(writes_by_chance(&words("XCLAIM s g c 0 1-1")));
        assert!(!compared_by_shape(&words("GET k")));
        assert!(writes_by_chance(&words("spop s 2")));
        assert!(!writes_by_chance(&words("srandmember s")));
    }
}
