//! The real-Redis engine: a private `redis-server` (started on first use on a free loopback
//! port with persistence off, stopped when the engine is dropped) runs each `redis`-profile case
//! with `FLUSHALL`, the case's data set and `EVAL`. The outcome holds the reply, the commands the
//! script issued as `MONITOR` showed them, and the key space afterwards.
//!
//! Cases run one at a time (they share the server). A script still running after a second
//! (or a quarter of the case's wall clock, if less) is stopped with `SCRIPT KILL` (Redis's answer then is the `EVAL` reply);
//! one that has written and cannot be killed takes the server down with it, and the next case
//! starts a new one.

use crate::engine::{Case, Engine, Profile};
use crate::outcome::{Bytes, ErrorKind, Outcome, TraceEntry};
use crate::redis::eval_outcome::eval_outcome;
use crate::redis::keyspace::{read_keyspace, stored_keys};
use crate::redis::monitor::parse_monitor_line;
use crate::redis::resp::Connection;
use crate::redis::server_process::ServerProcess;
use crate::redis::trace::MONITOR_FUNCTION;
use ferrous_redis_model::Reply;
use std::io;
use std::sync::Mutex;
use std::time::Duration;

/// How long a script may run before it is stopped with `SCRIPT KILL` (Redis accepts the kill
/// once the script has run past its busy threshold). Short, because cases queue behind it.
const KILL_AFTER: Duration = Duration::from_secs(1);

/// How long a plain command may take before the connection is considered broken.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(5);

/// Real Redis.
pub struct RedisServerEngine {
    server: Mutex<Option<ServerProcess>>,
}

impl RedisServerEngine {
    pub fn new() -> RedisServerEngine {
        RedisServerEngine {
            server: Mutex::new(None),
        }
    }
}

impl Default for RedisServerEngine {
    fn default() -> RedisServerEngine {
        RedisServerEngine::new()
    }
}

/// Why a run could not produce an outcome of the script's own.
enum Failure {
    /// The bench could not talk to the server.
    Io(io::Error),
    /// The case's data set was refused.
    DataSet(String),
    /// The script could not be stopped; the server was shut down.
    Unkillable(Vec<u8>),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Failure {
        Failure::Io(error)
    }
}

impl Engine for RedisServerEngine {
    fn name(&self) -> &str {
        "redis"
    }

    fn version(&self) -> String {
        match self.start() {
            Ok(version) => format!("redis-server {version}"),
            Err(error) => format!("redis-server (not started: {error})"),
        }
    }

    fn run(&self, case: &Case) -> Outcome {
        if case.profile != Profile::Redis {
            return Outcome::crashed("the redis engine runs only redis-profile cases");
        }
        let result = self.with_server(|server| match run_case(server, case) {
            Ok(outcome) => (Ok(outcome), true),
            // The server may be in any state: the next case starts a fresh one.
            Err(Failure::Io(error)) => (Err(error), false),
            Err(Failure::DataSet(reason)) => (Ok(Outcome::crashed(reason.as_str())), true),
            Err(Failure::Unkillable(message)) => (
                Ok(Outcome::failed(ErrorKind::Timeout, message, Vec::new())),
                false,
            ),
        });
        result.unwrap_or_else(|error| {
            Outcome::crashed(format!("talking to redis-server: {error}").as_str())
        })
    }
}

impl RedisServerEngine {
    /// Starts the server now, unless it runs already, and gives its version: whether real
    /// Redis is there to ask.
    pub fn start(&self) -> io::Result<String> {
        self.with_server(|server| (Ok(server.version().to_string()), true))
    }

    /// Runs `work` with the server, starting it first if needed, and stops the server when
    /// `work` says it is no longer usable. Holds the lock throughout, so cases never overlap
    /// and none starts on a server being stopped.
    fn with_server<T>(
        &self,
        work: impl FnOnce(&ServerProcess) -> (io::Result<T>, bool),
    ) -> io::Result<T> {
        let mut slot = self
            .server
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let server = match slot.take() {
            Some(server) => server,
            None => ServerProcess::start()?,
        };
        let (result, usable) = work(&server);
        if usable {
            *slot = Some(server);
        }
        result
    }
}

fn as_slices(words: &[Vec<u8>]) -> Vec<&[u8]> {
    words.iter().map(Vec::as_slice).collect()
}

fn run_case(server: &ServerProcess, case: &Case) -> Result<Outcome, Failure> {
    let mut main = server.connect(COMMAND_TIMEOUT)?;
    let mut monitor = server.connect(COMMAND_TIMEOUT)?;
    expect_ok(monitor.call(&[b"MONITOR"])?, "MONITOR")?;
    expect_ok(main.call(&[b"FLUSHALL"])?, "FLUSHALL")?;
    expect_ok(main.call(&[b"SCRIPT", b"FLUSH"])?, "SCRIPT FLUSH")?;
    for (index, command) in case.redis_data.iter().enumerate() {
        if let Reply::Error(message) = main.call(&as_slices(command))? {
            return Err(Failure::DataSet(format!(
                "data set command {} failed: {}",
                index + 1,
                String::from_utf8_lossy(&message)
            )));
        }
    }

    let reply = evaluate(server, &mut main, case)?;

    // Everything MONITOR shows up to this marker happened before it.
    let marker = format!("ferrous-conformance end of {}", case.id);
    main.call(&[b"ECHO", marker.as_bytes()])?;
    let trace = monitored_script_commands(&mut monitor, marker.as_bytes())?;
    let keyspace = stored_keys(&read_keyspace(&mut main)?);
    let mut outcome = eval_outcome(&reply, trace, keyspace);
    outcome.trace_from_monitor = true;
    Ok(outcome)
}

fn expect_ok(reply: Reply, what: &str) -> io::Result<()> {
    match reply {
        Reply::Status(_) => Ok(()),
        other => Err(io::Error::other(format!("{what} answered {other:?}"))),
    }
}

/// Sends `EVAL` and waits for its reply, killing a script that runs too long.
fn evaluate(server: &ServerProcess, main: &mut Connection, case: &Case) -> Result<Reply, Failure> {
    let numkeys = case.keys.len().to_string();
    let mut command: Vec<&[u8]> = vec![b"EVAL", &case.source, numkeys.as_bytes()];
    command.extend(case.keys.iter().map(String::as_bytes));
    command.extend(case.argv.iter().map(String::as_bytes));
    main.send(&command)?;
    let patience = KILL_AFTER.min(case.limits.wall_clock / 4);
    main.set_read_timeout(Some(patience))?;
    match main.read_reply() {
        Ok(reply) => {
            main.set_read_timeout(Some(COMMAND_TIMEOUT))?;
            Ok(reply)
        }
        Err(error) if is_timeout(&error) => {
            let mut killer = server.connect(COMMAND_TIMEOUT)?;
            match killer.call(&[b"SCRIPT", b"KILL"])? {
                Reply::Error(message) if message.starts_with(b"UNKILLABLE") => {
                    // Redis's advice for a script that has written: shut down without saving.
                    let _ = killer.send(&[b"SHUTDOWN", b"NOSAVE"]);
                    Err(Failure::Unkillable(message))
                }
                _ => {
                    main.set_read_timeout(Some(COMMAND_TIMEOUT))?;
                    Ok(main.read_reply()?)
                }
            }
        }
        Err(error) => Err(Failure::Io(error)),
    }
}

fn is_timeout(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

/// The commands scripts issued, from `MONITOR` lines up to the marker.
fn monitored_script_commands(
    monitor: &mut Connection,
    marker: &[u8],
) -> io::Result<Vec<TraceEntry>> {
    let mut trace = Vec::new();
    loop {
        let line = match monitor.read_reply()? {
            Reply::Status(line) => line,
            other => return Err(io::Error::other(format!("MONITOR sent {other:?}"))),
        };
        let Some(command) = parse_monitor_line(&line) else {
            continue;
        };
        if command.from_script() {
            trace.push(TraceEntry {
                function: MONITOR_FUNCTION.to_string(),
                arguments: command.args.into_iter().map(Bytes).collect(),
                reply: crate::outcome::Reply::Unobserved,
            });
        } else if command.args.len() == 2
            && command.args[0].eq_ignore_ascii_case(b"echo")
            && command.args[1] == marker
        {
            return Ok(trace);
        }
    }
}
