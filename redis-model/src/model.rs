//! The model server: command lookup with Redis's script-side checks, then execution against
//! the key space.

use crate::command_table::{arity_fits, resolve};
use crate::commands::{self, lookup, Request};
use crate::dump::{dump, DumpedKey};
use crate::errors;
use crate::help::help_reply;
use crate::keyspace::Keyspace;
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
        model.end_script();
        Ok(model)
    }

    /// Ends a script: a script's `SELECT` holds only until it returns (Redis gives the calling
    /// connection its own database back), so the next one starts on database 0.
    pub fn end_script(&mut self) {
        self.keyspace.select(0);
    }

    /// The commands the model implements, as lower-case names with Redis's arity (`n` exactly
    /// `n` words, `-n` at least `n`, the name counting).
    pub fn commands() -> Vec<(&'static str, i32)> {
        commands::all().collect()
    }

    /// The keys of database 0 (the one a script starts on and a client reads afterwards),
    /// canonically ordered (see [`DumpedKey`]).
    pub fn dump(&self) -> Vec<DumpedKey> {
        dump(&self.keyspace)
    }

    /// Runs one command as a script's `redis.call` would, replying in protocol `resp` (2 or 3).
    pub fn run(&mut self, args: &[Vec<u8>], resp: u8) -> Reply {
        // Redis's order of checks for a script's command: lookup, arity, then `noscript`.
        let Some(command) = resolve(args) else {
            return error(errors::UNKNOWN_COMMAND);
        };
        if !command.arity_fits(args.len()) {
            return error(errors::WRONG_ARITY);
        }
        if command.refused_to_scripts() {
            return error(errors::NOT_FROM_SCRIPT);
        }
        let top_level = command.name.split('|').next().unwrap_or_default();
        if command.name.ends_with("|help") {
            if let Some(reply) = help_reply(top_level) {
                return reply;
            }
        }
        let Some(spec) = lookup(top_level) else {
            return error(&format!(
                "ERR ferrous-redis-model does not model the '{}' command",
                command.name
            ));
        };
        if !arity_fits(spec.arity, args.len()) {
            // The tables agree (a test checks it); this keeps a handler's indexing in bounds.
            return error(errors::WRONG_ARITY);
        }
        let request = Request {
            name: spec.name,
            spelled: &args[0],
            args: &args[1..],
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

pub(crate) fn error(message: &str) -> Reply {
    Reply::Error(message.as_bytes().to_vec())
}
