//! A deterministic, in-memory model of the Redis server that Lua scripts talk to.
//!
//! Both engines of the bench (the Ferrous VM and reference Lua) call into the same model, so
//! their Redis-call traces can be compared; each engine converts between its Lua values and
//! [`Reply`] with its own code, because that conversion is part of what is tested.

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
