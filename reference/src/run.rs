//! One reference run: a fresh state, the script under its limits, and exact results.

use crate::inspect::{read_slot, ExactValue, TableReader};
use crate::library::new_lua51_state;
use crate::limits::{self, AllocationWatch, LimitHit};
use mlua::{ffi, Lua, Table};
use std::ffi::{CStr, CString};
use std::os::raw::c_char;

/// The error raised (again and again) once the instruction budget is spent.
pub const TIMEOUT_MESSAGE: &str = "instruction budget exhausted";
pub(crate) const TIMEOUT_MESSAGE_C: &CStr = c"instruction budget exhausted";
/// Lua's own message for a failed allocation.
pub const MEMORY_ERROR_MESSAGE: &str = "not enough memory";
pub(crate) const MEMORY_ERROR_MESSAGE_C: &CStr = c"not enough memory";

/// Instructions the host may spend in its own Lua helpers while reading results.
const HOST_READING_ALLOWANCE: u64 = 50_000_000;

/// Which host surface a script sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// The Lua 5.1 standard library without what touches the host.
    Lua51,
    /// What Redis 7 gives a script: run through [`crate::redis::eval`], which replies as
    /// `EVAL` does.
    Redis,
}

/// Resource limits of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunLimits {
    /// VM instructions the script may execute (charged in steps of 1000).
    pub instructions: u64,
    /// Bytes the Lua state (and the captured output) may hold.
    pub memory_bytes: usize,
}

/// How a run ended.
#[derive(Debug, Clone)]
pub enum Ending {
    /// The chunk returned these values.
    Returned(Vec<ExactValue>),
    /// The chunk raised this error value.
    RuntimeError(ExactValue),
    /// The chunk did not compile; Lua's message, bytes as produced.
    SyntaxError(Vec<u8>),
    /// The memory limit was hit (even if the script caught the error).
    OutOfMemory,
    /// The instruction budget was spent (even if the script caught the error).
    BudgetExhausted,
    /// The reference could not run the case at all; the reason.
    HostFailure(String),
}

/// What a run left behind, valid while the run's state is alive (inside [`ReferenceLua::run`]).
pub struct FinishedRun<'a> {
    pub ending: Ending,
    /// Everything `print` wrote.
    pub output: Vec<u8>,
    reader: Option<&'a TableReader>,
}

impl FinishedRun<'_> {
    /// The raw entries of a table the run returned, in Lua's iteration order.
    pub fn entries(&self, table: &Table) -> Result<Vec<(ExactValue, ExactValue)>, String> {
        let reader = self
            .reader
            .ok_or_else(|| "no Lua state is left to read tables from".to_string())?;
        reader
            .entries(table)
            .map_err(|error| format!("cannot read a returned table: {error}"))
    }
}

/// PUC-Rio Lua 5.1.5 with the bench's host surface.
#[derive(Debug, Clone)]
pub struct ReferenceLua {
    profile: Profile,
}

impl ReferenceLua {
    /// A reference engine for `profile`; the Redis profile has its own entry point,
    /// [`crate::redis::eval`].
    pub fn new(profile: Profile) -> Result<ReferenceLua, String> {
        match profile {
            Profile::Lua51 => Ok(ReferenceLua { profile }),
            Profile::Redis => {
                Err("redis-profile scripts run through ferrous_reference::redis::eval".to_string())
            }
        }
    }

    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// The implementation and version of the Lua being run.
    pub fn version(&self) -> String {
        // lua-src vendors PUC-Rio's 5.1.5 release for mlua's `lua51` feature.
        "PUC-Rio Lua 5.1.5 (vendored through mlua 0.10)".to_string()
    }

    /// Runs `source` as a main chunk named `chunk_name` in a fresh state and hands the result to
    /// `inspect` while the state is still alive (returned tables can only be read then).
    pub fn run<R>(
        &self,
        source: &[u8],
        chunk_name: &str,
        limits: &RunLimits,
        inspect: impl FnOnce(&FinishedRun<'_>) -> R,
    ) -> R {
        let host_failure = |reason: String| FinishedRun {
            ending: Ending::HostFailure(reason),
            output: Vec::new(),
            reader: None,
        };
        let Ok(chunk_name) = CString::new(chunk_name) else {
            return inspect(&host_failure(format!(
                "chunk name {chunk_name:?} contains a NUL byte"
            )));
        };
        limits::begin(limits.instructions, limits.memory_bytes);
        let prepared = new_lua51_state().and_then(|lua| {
            let reader = TableReader::prepare(&lua)?;
            lua.set_memory_limit(limits.memory_bytes)?;
            Ok((lua, reader))
        });
        let (lua, reader) = match prepared {
            Ok(prepared) => prepared,
            Err(error) => {
                return inspect(&host_failure(format!("cannot set up a Lua state: {error}")))
            }
        };
        let packed = execute(&lua, source, &chunk_name);
        let lifted = lua.set_memory_limit(0);
        limits::grant_host_allowance(HOST_READING_ALLOWANCE);
        let ending = match (limits::limit_hit(), packed, lifted) {
            (Some(LimitHit::Instructions), _, _) => Ending::BudgetExhausted,
            (Some(LimitHit::Memory), _, _) => Ending::OutOfMemory,
            (None, Err(mlua::Error::MemoryError(_)), _) => Ending::OutOfMemory,
            (None, Err(error), _) => Ending::HostFailure(format!("cannot run the chunk: {error}")),
            (None, _, Err(error)) => {
                Ending::HostFailure(format!("cannot lift the memory limit: {error}"))
            }
            (None, Ok(packed), Ok(_)) => read_ending(&packed).unwrap_or_else(|error| {
                Ending::HostFailure(format!("cannot read results: {error}"))
            }),
        };
        let finished = FinishedRun {
            ending,
            output: limits::take_output(),
            reader: Some(&reader),
        };
        inspect(&finished)
    }
}

/// Loads and calls the chunk with the budget hook and the allocation watch in place, and packs
/// what it left on the stack into a table `{ status = <lua status>, n = <count>, ... }`.
///
/// The chunk is called from C with no Lua frame above it, as `lua.c` does, so `error(msg, 2)`
/// at top level adds no position.
fn execute(lua: &Lua, source: &[u8], chunk_name: &CStr) -> mlua::Result<Table> {
    // SAFETY: the closure only uses the raw Lua API on the state it is given, holds nothing with
    // a destructor across calls that may longjmp, and keeps `watch` alive and in place while it
    // is installed. Nothing calls into mlua between `install` and `uninstall`.
    unsafe {
        lua.exec_raw::<Table>((), |state| {
            limits::install_budget_hook(state);
            let watch = AllocationWatch::of(state);
            watch.install(state);
            let mut status = ffi::luaL_loadbuffer(
                state,
                source.as_ptr() as *const c_char,
                source.len(),
                chunk_name.as_ptr(),
            );
            if status == ffi::LUA_OK {
                status = ffi::lua_pcall(state, 0, ffi::LUA_MULTRET, 0);
            }
            watch.uninstall(state);
            let count = ffi::lua_gettop(state);
            ffi::lua_createtable(state, count, 2);
            ffi::lua_insert(state, 1);
            for slot in (1..=count).rev() {
                ffi::lua_rawseti(state, 1, ffi::lua_Integer::from(slot));
            }
            ffi::lua_pushinteger(state, ffi::lua_Integer::from(status));
            ffi::lua_setfield(state, 1, c"status".as_ptr());
            ffi::lua_pushinteger(state, ffi::lua_Integer::from(count));
            ffi::lua_setfield(state, 1, c"n".as_ptr());
        })
    }
}

fn read_ending(packed: &Table) -> mlua::Result<Ending> {
    let status: i32 = packed.raw_get("status")?;
    let count: i64 = packed.raw_get("n")?;
    let first = || read_slot(packed, 1);
    Ok(match status {
        ffi::LUA_OK => {
            let values = (1..=count)
                .map(|index| read_slot(packed, index))
                .collect::<mlua::Result<Vec<_>>>()?;
            Ending::Returned(values)
        }
        ffi::LUA_ERRSYNTAX => match first()? {
            ExactValue::Other(mlua::Value::String(message)) => {
                Ending::SyntaxError(message.as_bytes().to_vec())
            }
            other => Ending::HostFailure(format!("syntax error without a message: {other:?}")),
        },
        ffi::LUA_ERRMEM => Ending::OutOfMemory,
        ffi::LUA_ERRRUN | ffi::LUA_ERRERR => Ending::RuntimeError(first()?),
        unknown => Ending::HostFailure(format!("unknown Lua status {unknown}")),
    })
}
