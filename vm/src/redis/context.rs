//! What a running script can reach besides the Lua state: the server it calls, the protocol
//! it selected with `redis.setresp`, the random generator and the log.
//!
//! Native functions receive only `&mut Vm`, so the context of the script being run is kept
//! in a thread-local slot for the duration of one `EVAL` (the way Redis keeps its run context
//! in the Lua registry). Outside a script the slot is empty, and `redis.call` says so.

use std::cell::RefCell;

use ferrous_redis_model::Server;

use super::random::Rand48;

/// One line `redis.log` wrote: the level (`LOG_DEBUG`..`LOG_WARNING`) and the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    pub level: u8,
    pub text: Vec<u8>,
}

pub(crate) struct ScriptRun {
    pub server: Box<dyn Server>,
    /// The protocol of the script's own client: 2 until the script calls `redis.setresp(3)`.
    pub resp: u8,
    pub rng: Rand48,
    pub log: Vec<LogEntry>,
}

thread_local! {
    static RUNNING: RefCell<Option<ScriptRun>> = const { RefCell::new(None) };
}

/// Makes `run` the context of the script about to run on this thread.
pub(crate) fn enter(run: ScriptRun) {
    RUNNING.with(|slot| *slot.borrow_mut() = Some(run));
}

/// Ends the current script and gives its context back.
pub(crate) fn leave() -> Option<ScriptRun> {
    RUNNING.with(|slot| slot.borrow_mut().take())
}

/// Runs `f` on the running script's context; `None` outside a script.
pub(crate) fn with_run<R>(f: impl FnOnce(&mut ScriptRun) -> R) -> Option<R> {
    RUNNING.with(|slot| slot.borrow_mut().as_mut().map(f))
}
