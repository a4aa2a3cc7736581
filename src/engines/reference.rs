//! The reference engine adapter: PUC-Rio Lua 5.1.5 (`ferrous-reference`) behind [`Engine`].

use crate::engine::{Case, Engine, Profile};
use crate::normalize::{normalize, normalize_all, Inspect, Shape};
use crate::outcome::{error_message_for, ErrorKind, Outcome};
use crate::redis::eval_outcome::eval_outcome;
use crate::redis::keyspace::stored_keys;
use crate::redis::recording::{new_session, RecordingServer};
use ferrous_reference::redis::RedisScript;
use ferrous_reference::{
    Ending, ExactValue, FinishedRun, ReferenceLua, RunLimits, MEMORY_ERROR_MESSAGE, TIMEOUT_MESSAGE,
};

/// Reference Lua 5.1.
pub struct ReferenceEngine;

/// The reference's name in the registry and in reports.
pub const NAME: &str = "reference";

impl Engine for ReferenceEngine {
    fn name(&self) -> &str {
        NAME
    }

    fn version(&self) -> String {
        match ReferenceLua::new(ferrous_reference::Profile::Lua51) {
            Ok(lua) => lua.version(),
            Err(reason) => reason,
        }
    }

    fn run(&self, case: &Case) -> Outcome {
        if case.profile == Profile::Redis {
            return run_redis(case);
        }
        let lua = match ReferenceLua::new(ferrous_reference::Profile::Lua51) {
            Ok(lua) => lua,
            Err(reason) => return Outcome::crashed(reason.as_str()),
        };
        let limits = RunLimits {
            instructions: case.limits.instructions,
            memory_bytes: case.limits.memory_bytes,
        };
        lua.run(&case.source, &case.chunk_name, &limits, outcome_of)
    }
}

/// A `redis`-profile case: `EVAL` on the reference's Redis environment, calling the case's
/// model through a recorder.
fn run_redis(case: &Case) -> Outcome {
    let session = match new_session(case) {
        Ok(session) => session,
        Err(reason) => return Outcome::crashed(reason.as_str()),
    };
    let (keys, argv) = case.keys_and_argv();
    let script = RedisScript {
        body: &case.source,
        keys: &keys,
        argv: &argv,
    };
    let limits = RunLimits {
        instructions: case.limits.instructions,
        memory_bytes: case.limits.memory_bytes,
    };
    let mut server = RecordingServer::new(session.clone());
    let reply = ferrous_reference::redis::eval(&script, &limits, &mut server);
    let session = session.borrow();
    eval_outcome(
        &reply,
        session.calls.clone(),
        stored_keys(&session.model.dump()),
    )
}

fn outcome_of(finished: &FinishedRun<'_>) -> Outcome {
    let output = finished.output.clone();
    match &finished.ending {
        Ending::Returned(values) => match normalize_all(&Reader(finished), values) {
            Ok(returns) => Outcome::returned(returns, output),
            Err(reason) => Outcome::crashed(reason.as_str()),
        },
        Ending::RuntimeError(value) => match normalize(&Reader(finished), value) {
            Ok(value) => Outcome::failed(ErrorKind::Runtime, error_message_for(&value), output),
            Err(reason) => Outcome::crashed(reason.as_str()),
        },
        Ending::SyntaxError(message) => {
            Outcome::failed(ErrorKind::Syntax, message.as_slice(), output)
        }
        Ending::OutOfMemory => Outcome::failed(ErrorKind::Memory, MEMORY_ERROR_MESSAGE, output),
        Ending::BudgetExhausted => Outcome::failed(ErrorKind::Timeout, TIMEOUT_MESSAGE, output),
        Ending::HostFailure(reason) => Outcome::crashed(reason.as_str()),
    }
}

/// Reads reference values while the run's Lua state is alive.
struct Reader<'a, 'run>(&'a FinishedRun<'run>);

impl Inspect for Reader<'_, '_> {
    type Value = ExactValue;

    fn shape(&self, value: &ExactValue) -> Result<Shape, String> {
        use mlua::Value as Lua;
        Ok(match value {
            ExactValue::Number(n) => Shape::Number(*n),
            ExactValue::Other(value) => match value {
                Lua::Nil => Shape::Nil,
                Lua::Boolean(b) => Shape::Boolean(*b),
                // Numbers only arrive as `ExactValue::Number`; these arms keep the match total.
                Lua::Integer(i) => Shape::Number(*i as f64),
                Lua::Number(n) => Shape::Number(*n),
                Lua::String(s) => Shape::String(s.as_bytes().to_vec()),
                Lua::Table(t) => Shape::Table {
                    identity: t.to_pointer() as u64,
                },
                Lua::Function(_) => Shape::Function,
                Lua::Thread(_) => Shape::Thread,
                Lua::LightUserData(_) | Lua::UserData(_) => Shape::Userdata,
                Lua::Error(error) => return Err(format!("unexpected mlua error value: {error}")),
                Lua::Other(_) => Shape::Userdata,
            },
        })
    }

    fn entries(&self, table: &ExactValue) -> Result<Vec<(ExactValue, ExactValue)>, String> {
        match table {
            ExactValue::Other(mlua::Value::Table(table)) => self.0.entries(table),
            other => Err(format!("not a table: {other:?}")),
        }
    }
}
