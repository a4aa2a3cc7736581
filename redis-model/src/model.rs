//! The model server: command lookup with Redis's script-side checks, then execution against
//! the key space.

use crate::commands::{self, lookup, Request};
use crate::dump::{dump, DumpedKey};
use crate::errors;
use crate::keyspace::Keyspace;
use crate::names::{NOT_FROM_SCRIPT, REDIS_COMMANDS};
use crate::{CallKind, Reply, Server};

/// The model's clock, in milliseconds since the Unix epoch. It never moves: Redis freezes its
/// clock for the length of a script, and the model only ever serves one script.
pub const FROZEN_CLOCK_MS: i64 = 1_700_000_000_000;

/// Why an initial data set could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupError {
    /// 0-based index of the command that failed.
    pub command: usize,
    /// The error reply it got.
    pub message: String,
}

impl std::fmt::Display for SetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "data set command {} failed: {}",
            self.command + 1,
            self.message
        )
    }
}

impl std::error::Error for SetupError {}

/// A deterministic in-memory Redis server for one script.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    keyspace: Keyspace,
}

impl Default for Model {
    fn default() -> Model {
        Model::new()
    }
}

impl Model {
    /// An empty database.
    pub fn new() -> Model {
        Model {
            keyspace: Keyspace::new(FROZEN_CLOCK_MS),
        }
    }

    /// A database after running `commands` (each a command name and its arguments) in order;
    /// the first command that gets an error reply fails the setup.
    pub fn with_data(commands: &[Vec<Vec<u8>>]) -> Result<Model, SetupError> {
        let mut model = Model::new();
        for (index, command) in commands.iter().enumerate() {
            if let Reply::Error(message) = model.run(command, 2) {
                return Err(SetupError {
                    command: index,
                    message: String::from_utf8_lossy(&message).into_owned(),
                });
            }
        }
        Ok(model)
    }

    /// The commands the model implements, as lower-case names with Redis's arity (`n` exactly
    /// `n` words, `-n` at least `n`, the name counting).
    pub fn commands() -> Vec<(&'static str, i32)> {
        commands::all().collect()
    }

    /// The whole key space, canonically ordered (see [`DumpedKey`]).
    pub fn dump(&self) -> Vec<DumpedKey> {
        dump(&self.keyspace)
    }

    /// Runs one command as a script's `redis.call` would, replying in protocol `resp` (2 or 3).
    pub fn run(&mut self, args: &[Vec<u8>], resp: u8) -> Reply {
        let Some((name, arguments)) = args.split_first() else {
            return error(errors::UNKNOWN_COMMAND);
        };
        let lower = String::from_utf8_lossy(name).to_ascii_lowercase();
        let Some(spec) = lookup(&lower) else {
            return unmodelled(&lower, args.len());
        };
        if !arity_fits(spec.arity, args.len()) {
            return error(errors::WRONG_ARITY);
        }
        let request = Request {
            name: spec.name,
            spelled: name,
            args: arguments,
            resp,
        };
        spec.run(&mut self.keyspace, &request)
    }
}

impl Server for Model {
    fn execute(&mut self, _kind: CallKind, args: &[Vec<u8>], resp: u8) -> Reply {
        self.run(args, resp)
    }
}

/// Redis's arity convention: `n` exactly `n` words (name included), `-n` at least `n`.
fn arity_fits(arity: i32, words: usize) -> bool {
    let words = i64::try_from(words).unwrap_or(i64::MAX);
    let arity = i64::from(arity);
    if arity >= 0 {
        words == arity
    } else {
        words >= -arity
    }
}

/// The reply to a command the model has no handler for: Redis's own error when Redis would
/// refuse it too, otherwise an error that says the model lacks it (never a made-up success).
fn unmodelled(name: &str, words: usize) -> Reply {
    if !REDIS_COMMANDS.contains(&name) {
        return error(errors::UNKNOWN_COMMAND);
    }
    if let Some((_, arity)) = NOT_FROM_SCRIPT.iter().find(|(refused, _)| *refused == name) {
        if !arity_fits(*arity, words) {
            return error(errors::WRONG_ARITY);
        }
        return error(errors::NOT_FROM_SCRIPT);
    }
    error(&format!(
        "ERR ferrous-redis-model does not model the '{name}' command"
    ))
}

pub(crate) fn error(message: &str) -> Reply {
    Reply::Error(message.as_bytes().to_vec())
}
