//! The model behind a recorder: what the Lua engines call into. Every command a script sends is
//! executed on the case's [`Model`] and recorded (arguments as bytes, the reply) for the trace.

use crate::engine::Case;
use crate::outcome::{self, Bytes, Number, TraceEntry};
use ferrous_redis_model::{CallKind, Model, Reply, Server};
use std::cell::RefCell;
use std::rc::Rc;

/// The model and the calls made so far, shared between the recorder handed to an engine and
/// the adapter that reads them after the run.
#[derive(Debug)]
pub struct Session {
    pub model: Model,
    pub calls: Vec<TraceEntry>,
}

/// A session shared with a [`RecordingServer`].
pub type SharedSession = Rc<RefCell<Session>>;

/// A new session over the case's initial data.
pub fn new_session(case: &Case) -> Result<SharedSession, String> {
    let model = Model::with_data(&case.redis_data).map_err(|error| error.to_string())?;
    Ok(Rc::new(RefCell::new(Session {
        model,
        calls: Vec::new(),
    })))
}

/// A [`Server`] that executes on the session's model and records each call.
pub struct RecordingServer {
    session: SharedSession,
}

impl RecordingServer {
    pub fn new(session: SharedSession) -> RecordingServer {
        RecordingServer { session }
    }
}

impl Server for RecordingServer {
    fn execute(&mut self, kind: CallKind, args: &[Vec<u8>], resp: u8) -> Reply {
        let mut session = self.session.borrow_mut();
        let reply = session.model.execute(kind, args, resp);
        let function = match kind {
            CallKind::Call => "call",
            CallKind::PCall => "pcall",
        };
        session.calls.push(TraceEntry {
            function: function.to_string(),
            arguments: args.iter().map(|arg| Bytes(arg.clone())).collect(),
            reply: trace_reply(&reply),
        });
        reply
    }
}

/// A model reply as a trace records it.
pub fn trace_reply(reply: &Reply) -> outcome::Reply {
    let all = |items: &[Reply]| items.iter().map(trace_reply).collect();
    match reply {
        Reply::Nil => outcome::Reply::Nil,
        Reply::Integer(value) => outcome::Reply::Integer { value: *value },
        Reply::Bulk(value) => outcome::Reply::Bulk {
            value: Bytes(value.clone()),
        },
        Reply::Status(value) => outcome::Reply::Status {
            value: Bytes(value.clone()),
        },
        Reply::Error(value) => outcome::Reply::Error {
            value: Bytes(value.clone()),
        },
        Reply::Array(items) => outcome::Reply::Array { items: all(items) },
        Reply::Set(items) => outcome::Reply::Set { items: all(items) },
        Reply::Map(entries) => outcome::Reply::Map {
            entries: entries
                .iter()
                .map(|(key, value)| (trace_reply(key), trace_reply(value)))
                .collect(),
        },
        Reply::Double(value) => outcome::Reply::Double {
            value: Number(*value),
        },
        Reply::Boolean(value) => outcome::Reply::Boolean { value: *value },
        Reply::BigNumber(value) => outcome::Reply::BigNumber {
            value: Bytes(value.clone()),
        },
        Reply::Verbatim { format, text } => outcome::Reply::Verbatim {
            format: Bytes(format.to_vec()),
            text: Bytes(text.clone()),
        },
    }
}
