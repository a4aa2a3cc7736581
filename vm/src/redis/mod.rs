//! Redis scripting inside the Ferrous VM: `EVAL`, `EVALSHA` and `SCRIPT LOAD/FLUSH` over one
//! long-lived Lua state with the Redis 7 environment, replying exactly as Redis 7.0 replies.
//!
//! [`RedisVm`] owns the state and the [`Server`] that `redis.call` reaches. The parts:
//! `sandbox` (the environment and its protection), `api` (the `redis` table), `conversion`
//! (Lua values and replies), `error_reply` (how errors are worded), `random` (Redis's
//! `math.random`), `busy` (the time limit), the bundled libraries `cjson`, `cmsgpack`, `bit`
//! and `struct_lib`, and `cli` (`ferrous-lua --redis`).

mod api;
mod bit;
mod busy;
mod cjson;
pub mod cli;
mod cmsgpack;
mod context;
pub mod conversion;
mod error_reply;
mod random;
mod sandbox;
mod struct_lib;

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ferrous_redis_model::{Reply, Server};
use sha1::{Digest, Sha1};

use crate::api::ErrorKind;
use crate::compiler::compile_text;
use crate::error::LuaError;
use crate::state::Vm;
use crate::value::Value;

pub use busy::BUSY_ERROR;
pub use context::LogEntry;
pub use error_reply::{BUDGET_SPENT, KILLED};

use busy::BusyWatch;
use context::ScriptRun;
use random::Rand48;

/// The chunk name every script is compiled with.
const CHUNK_NAME: &[u8] = b"@user_script";
/// The reply to `EVALSHA` with an unknown script.
const NOSCRIPT: &[u8] = b"NOSCRIPT No matching script. Please use EVAL.";
/// Flags a `#!lua flags=...` shebang may name.
const SHEBANG_FLAGS: [&str; 5] = [
    "no-writes",
    "allow-oom",
    "allow-stale",
    "no-cluster",
    "allow-cross-slot-keys",
];

/// The lowercase hexadecimal SHA-1 of `bytes`, as Redis names scripts.
pub fn sha1_hex(bytes: &[u8]) -> String {
    Sha1::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One Lua state with the Redis profile, running script after script like Redis's.
pub struct RedisVm {
    vm: Vm,
    /// SHA-1s of the scripts compiled so far; their functions live in the registry as
    /// `f_<sha1>`, as in Redis.
    scripts: HashSet<String>,
    /// The server, except while a script runs (it is then in the script's context).
    server: Option<Box<dyn Server>>,
    rng: Rand48,
    log: Vec<LogEntry>,
    time_limit: Option<Duration>,
    busy: Arc<AtomicBool>,
    watch: Option<BusyWatch>,
    last_error: Option<ErrorKind>,
}

impl RedisVm {
    pub fn new(server: Box<dyn Server>) -> RedisVm {
        RedisVm {
            vm: sandbox::new_redis_state(),
            scripts: HashSet::new(),
            server: Some(server),
            rng: Rand48::default(),
            log: Vec::new(),
            time_limit: None,
            busy: Arc::new(AtomicBool::new(false)),
            watch: None,
            last_error: None,
        }
    }

    /// The Lua state, e.g. to set an instruction budget or a memory limit.
    pub fn vm_mut(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Redis's `busy-reply-threshold`: a script that runs longer is *busy* (see
    /// [`RedisVm::busy_handle`]); `None` (the default) means scripts never become busy.
    pub fn set_time_limit(&mut self, limit: Option<Duration>) {
        self.time_limit = limit;
        if limit.is_some() && self.watch.is_none() {
            // Without the watchdog thread scripts simply never report busy.
            self.watch = BusyWatch::start(self.busy.clone()).ok();
        }
    }

    /// True while the running script has outlived the time limit: other clients should then
    /// get [`BUSY_ERROR`], and `SCRIPT KILL` applies.
    pub fn busy_handle(&self) -> Arc<AtomicBool> {
        self.busy.clone()
    }

    /// `SCRIPT KILL` from another thread: setting the flag ends the running script with
    /// [`KILLED`] at its next check (every 10,000 instructions). A kill requested while no
    /// script runs is dropped when the next script starts (Redis answers it `NOTBUSY`).
    pub fn kill_handle(&self) -> Arc<AtomicBool> {
        self.vm.interrupt_handle()
    }

    /// How the last `EVAL`/`EVALSHA` ended abnormally: `Syntax` for a compile error, `None`
    /// when the script succeeded or did not run (`NOSCRIPT`).
    pub fn last_error_kind(&self) -> Option<ErrorKind> {
        self.last_error
    }

    /// What `redis.log` wrote since the last call, at every level (Redis filters by its
    /// `loglevel`, `LOG_NOTICE` by default).
    pub fn take_log(&mut self) -> Vec<LogEntry> {
        std::mem::take(&mut self.log)
    }

    /// `SCRIPT LOAD`: compiles and caches the script; its SHA-1, or the compile error reply.
    pub fn load_script(&mut self, body: &[u8]) -> Result<String, Reply> {
        let sha = sha1_hex(body);
        self.ensure_compiled(body, &sha)?;
        Ok(sha)
    }

    /// `EVAL body numkeys keys... args...`.
    pub fn eval(&mut self, body: &[u8], keys: &[Vec<u8>], argv: &[Vec<u8>]) -> Reply {
        let sha = sha1_hex(body);
        match self.ensure_compiled(body, &sha) {
            Ok(()) => self.run(&sha, keys, argv),
            Err(reply) => {
                self.last_error = Some(ErrorKind::Syntax);
                reply
            }
        }
    }

    /// `EVALSHA sha1 numkeys keys... args...`: `NOSCRIPT` for a script not in the cache.
    pub fn evalsha(&mut self, sha1: &str, keys: &[Vec<u8>], argv: &[Vec<u8>]) -> Reply {
        let sha = sha1.to_ascii_lowercase();
        if !self.scripts.contains(&sha) {
            self.last_error = None;
            return Reply::Error(NOSCRIPT.to_vec());
        }
        self.run(&sha, keys, argv)
    }

    /// `SCRIPT FLUSH`: forgets every cached script.
    pub fn flush_scripts(&mut self) {
        let registry = self.vm.registry;
        for sha in self.scripts.drain() {
            self.vm.set_field(registry, &format!("f_{sha}"), Value::Nil);
        }
    }

    /// Ends the VM and gives the server back.
    pub fn into_server(mut self) -> Box<dyn Server> {
        self.server
            .take()
            .expect("the server is only lent out while a script runs")
    }

    /// Compiles `body` into the registry unless it is there already.
    fn ensure_compiled(&mut self, body: &[u8], sha: &str) -> Result<(), Reply> {
        if self.scripts.contains(sha) {
            return Ok(());
        }
        let source = strip_shebang(body)?;
        let proto = compile_text(source, CHUNK_NAME, 0).map_err(|e| {
            let mut text = b"ERR Error compiling script (new function): ".to_vec();
            text.extend_from_slice(&e.message);
            Reply::Error(conversion::without_line_breaks(text))
        })?;
        let f = self.vm.instantiate(std::rc::Rc::new(proto));
        let registry = self.vm.registry;
        self.vm.set_field(registry, &format!("f_{sha}"), f);
        self.scripts.insert(sha.to_string());
        Ok(())
    }

    /// Runs a compiled script with `KEYS` and `ARGV` set, and converts what it returned.
    fn run(&mut self, sha: &str, keys: &[Vec<u8>], argv: &[Vec<u8>]) -> Reply {
        let registry = self.vm.registry;
        let f = self.vm.get_field(registry, &format!("f_{sha}"));
        self.set_argument_table("KEYS", keys);
        self.set_argument_table("ARGV", argv);
        let Some(server) = self.server.take() else {
            return Reply::Error(b"ERR the server is not available".to_vec());
        };
        context::enter(ScriptRun {
            server,
            resp: 2,
            rng: self.rng.clone(),
            log: Vec::new(),
        });
        self.kill_handle().store(false, Ordering::SeqCst);
        if let (Some(watch), Some(limit)) = (&self.watch, self.time_limit) {
            watch.script_started(limit);
        }
        let (reply, error) = self.call_script(f, sha);
        if let Some(watch) = &self.watch {
            watch.script_ended();
        }
        if let Some(run) = context::leave() {
            self.server = Some(run.server);
            self.rng = run.rng;
            self.log.extend(run.log);
        }
        self.last_error = error;
        reply
    }

    /// Calls the script function in protected mode; on error the reply is built before the
    /// failed frames are unwound, since the error's position is read from them.
    fn call_script(&mut self, f: Value, sha: &str) -> (Reply, Option<ErrorKind>) {
        let vm = &mut self.vm;
        let frames = vm.frames.len();
        let depth = vm.native_depth;
        let func = vm.stack.len();
        vm.stack.push(f);
        match vm.call(func, 1) {
            Ok(()) => {
                let value = vm.stack[func];
                let resp = context::with_run(|run| run.resp).unwrap_or(2);
                // The caller speaks RESP2, like redis-cli.
                let reply = conversion::lua_to_reply(vm, value, resp, 2);
                vm.stack.truncate(func);
                (reply, None)
            }
            Err(e) => {
                let kind = match e {
                    LuaError::Runtime(_) | LuaError::Yield => ErrorKind::Runtime,
                    LuaError::Memory => ErrorKind::Memory,
                    LuaError::Timeout => ErrorKind::Timeout,
                    LuaError::Interrupted => ErrorKind::Interrupted,
                };
                let reply = error_reply::script_error_reply(vm, e, sha);
                vm.unwind_to(frames, func, depth);
                (reply, Some(kind))
            }
        }
    }

    /// Sets the global `name` to an array of `items` (bypassing the readonly globals, as
    /// Redis does for `KEYS` and `ARGV`).
    fn set_argument_table(&mut self, name: &str, items: &[Vec<u8>]) {
        let t = self.vm.heap.new_table(0, 0);
        for (i, item) in items.iter().enumerate() {
            let v = self.vm.new_string(item);
            self.vm.heap.tables[t].set_int(i as i64 + 1, v);
        }
        let g = self.vm.globals;
        self.vm.set_field(g, name, Value::Table(t));
    }
}

/// Checks a `#!lua` shebang line and returns the source Lua compiles: the shebang is blanked
/// out but its line feed kept, so line numbers still count every line of the script.
fn strip_shebang(body: &[u8]) -> Result<&[u8], Reply> {
    if !body.starts_with(b"#!") {
        return Ok(body);
    }
    let error = |msg: String| Reply::Error(format!("ERR {msg}").into_bytes());
    let Some(end) = body.iter().position(|&b| b == b'\n') else {
        return Err(error("Invalid script shebang".into()));
    };
    let line = String::from_utf8_lossy(&body[..end]);
    let mut parts = line.split_ascii_whitespace();
    let engine = parts.next().unwrap_or_default();
    if engine != "#!lua" {
        return Err(error(format!(
            "Unexpected engine in script shebang: {engine}"
        )));
    }
    for part in parts {
        let Some(flags) = part.strip_prefix("flags=") else {
            return Err(error(format!("Unknown lua shebang option: {part}")));
        };
        let flags = flags.split(',').filter(|_| !flags.is_empty());
        for flag in flags {
            if !SHEBANG_FLAGS.contains(&flag) {
                return Err(error(format!("Unexpected flag in script shebang: {flag}")));
            }
        }
    }
    Ok(&body[end..])
}
