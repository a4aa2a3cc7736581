//! A deterministic, in-memory model of the Redis server that Lua scripts talk to.
//!
//! Both engines of the bench (the Ferrous VM and reference Lua) call into the same model, so
//! their Redis-call traces can be compared; each engine converts between its Lua values and
//! [`Reply`] with its own code, because that conversion is part of what is tested.
//!
//! [`Model`] is the key space (strings, hashes, lists, sets, sorted sets, streams, HyperLogLog
//! strings and geo sets in Redis's own encodings, expiry under a frozen clock) with Redis 7.0's
//! semantics and exact error replies for the commands it models; it answers as Redis answers a
//! script (the script-specific texts for unknown commands and wrong arity, the refusal of
//! commands scripts may not run). [`Model::dump`] gives a deterministic
//! picture of the whole key space for comparing what scripts leave behind.
//!
//! Every command goes through Redis 7.0.15's own command table first ([`redis_commands`], a
//! snapshot of `COMMAND`), so lookup, arity and the `noscript` refusal are Redis's for every
//! command, modelled or not; `COMMAND` and its subcommands answer from that table and from the
//! details of `COMMAND INFO`/`COMMAND DOCS` ([`details_of`]), `COMMAND GETKEYS` through the key
//! specs ([`find_keys`]). Replies that depend on the clock, on chance or on Redis's hash
//! tables are deterministic here and marked ([`compared_by_shape`], [`writes_by_chance`]) so
//! that the bench compares them with real Redis by shape. `INCRBYFLOAT` and `HINCRBYFLOAT`
//! compute in C's `long double` (`csrc/long_double.c`), as Redis does on x86-64. `DUMP` and
//! `RESTORE` speak Redis 7.0's RDB serialization (`rdb`: listpacks, intsets, LZF, CRC-64).

mod command_details;
mod command_keys;
mod command_table;
mod commands;
mod dump;
mod encoding;
mod errors;
mod glob;
mod help;
mod keyspace;
mod listing_order;
mod long_double;
mod model;
mod number;
mod rdb;
mod stream;

pub use command_details::{
    details_of, parse_details, Argument, BeginSearch, CommandDetails, CommandDocs, FindKeys,
    KeySpec, DETAILS_SNAPSHOT,
};
pub use command_keys::{find_keys, may_have_keys, FoundKey};
pub use command_table::{
    as_monitor_shows, compared_by_shape, hidden_from_monitor, parse_snapshot, redis_commands,
    resolve, writes_by_chance, RedisCommand, SNAPSHOT,
};
pub use dump::{ttl_seconds_of, DumpedEntry, DumpedKey, DumpedValue};
pub use listing_order::in_listing_order;
pub use model::{Model, SetupError, FROZEN_CLOCK_MS};
pub use number::format_double;

/// A reply as a Redis server sends it (RESP2 and RESP3 kinds).
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// RESP2 nil bulk / nil array (RESP3 null).
    Nil,
    Integer(i64),
    Bulk(Vec<u8>),
    Status(Vec<u8>),
    Error(Vec<u8>),
    Array(Vec<Reply>),
    /// RESP3 only.
    Map(Vec<(Reply, Reply)>),
    Set(Vec<Reply>),
    Double(f64),
    Boolean(bool),
    BigNumber(Vec<u8>),
    Verbatim {
        format: [u8; 3],
        text: Vec<u8>,
    },
}

/// How a script called the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// `redis.call`: an error reply raises a Lua error.
    Call,
    /// `redis.pcall`: an error reply is returned as a table.
    PCall,
}

/// What a script can ask of the server. The Lua engines hold one of these.
pub trait Server {
    /// Executes one command (`args[0]` is the command name, in the script's spelling) and
    /// returns the reply, in the protocol version the script selected (`redis.setresp`).
    fn execute(&mut self, kind: CallKind, args: &[Vec<u8>], resp: u8) -> Reply;
}
