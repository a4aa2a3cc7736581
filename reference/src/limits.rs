//! The instruction budget and the memory limit of one run, both "sticky".
//!
//! Lua code can catch any error with `pcall`, including the one that ends a runaway script. So
//! once a limit is hit it stays hit: the count hook raises the same error again at every later
//! call, and the run's ending is decided by the first limit reached, whatever the script did with
//! the error. State lives in a thread-local because the hook and the allocator are plain C
//! callbacks and a run never leaves the thread that started it (coroutines included).

use mlua::ffi;
use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::os::raw::c_int;

/// How many VM instructions pass between two calls of the count hook. The budget is charged in
/// steps of this size, which keeps the hook's cost negligible.
pub(crate) const HOOK_STEP: u64 = 1000;

/// Which limit ended the run first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LimitHit {
    Instructions,
    Memory,
}

struct RunState {
    instructions_left: Cell<u64>,
    hit: Cell<Option<LimitHit>>,
    output: RefCell<Vec<u8>>,
    output_limit: Cell<usize>,
    /// Set once the script has ended and the host is reading its results: the budget then only
    /// bounds the host's own Lua helpers and no longer records a hit.
    host_reading: Cell<bool>,
}

thread_local! {
    static RUN: RunState = const {
        RunState {
            instructions_left: Cell::new(0),
            hit: Cell::new(None),
            output: RefCell::new(Vec::new()),
            output_limit: Cell::new(0),
            host_reading: Cell::new(false),
        }
    };
}

/// Resets this thread's run state for a new run.
pub(crate) fn begin(instructions: u64, output_limit: usize) {
    RUN.with(|run| {
        run.instructions_left.set(instructions);
        run.hit.set(None);
        run.output.borrow_mut().clear();
        run.output_limit.set(output_limit);
        run.host_reading.set(false);
    });
}

/// Gives the host a fresh allowance for reading results after the script ended, without
/// forgetting which limit the script hit.
pub(crate) fn grant_host_allowance(instructions: u64) {
    RUN.with(|run| {
        run.instructions_left.set(instructions);
        run.host_reading.set(true);
    });
}

pub(crate) fn limit_hit() -> Option<LimitHit> {
    RUN.with(|run| run.hit.get())
}

pub(crate) fn take_output() -> Vec<u8> {
    RUN.with(|run| std::mem::take(&mut *run.output.borrow_mut()))
}

fn record_hit(hit: LimitHit) {
    RUN.with(|run| {
        if run.hit.get().is_none() {
            run.hit.set(Some(hit));
        }
    });
}

/// Appends printed bytes; returns false (and records a memory hit) when the captured output
/// would exceed the run's memory limit, since it is memory the script made the host hold.
pub(crate) fn append_output(bytes: &[u8]) -> bool {
    RUN.with(|run| {
        let Ok(mut output) = run.output.try_borrow_mut() else {
            return false;
        };
        if output.len() + bytes.len() > run.output_limit.get() {
            drop(output);
            record_hit(LimitHit::Memory);
            return false;
        }
        output.extend_from_slice(bytes);
        true
    })
}

/// The error message raised once a limit is hit; `None` while the run may go on.
fn charge_step() -> Option<&'static std::ffi::CStr> {
    RUN.with(|run| {
        if run.host_reading.get() {
            let left = run.instructions_left.get();
            run.instructions_left.set(left.saturating_sub(HOOK_STEP));
            return (left < HOOK_STEP).then_some(crate::run::TIMEOUT_MESSAGE_C);
        }
        if run.hit.get().is_none() {
            let left = run.instructions_left.get();
            if left >= HOOK_STEP {
                run.instructions_left.set(left - HOOK_STEP);
            } else {
                run.instructions_left.set(0);
                run.hit.set(Some(LimitHit::Instructions));
            }
        }
        run.hit.get().map(|hit| match hit {
            LimitHit::Instructions => crate::run::TIMEOUT_MESSAGE_C,
            LimitHit::Memory => crate::run::MEMORY_ERROR_MESSAGE_C,
        })
    })
}

/// The count hook. Coroutines created by the script inherit it from the main thread (Lua 5.1's
/// `lua_newthread` copies the hook), so the budget covers them too.
unsafe extern "C-unwind" fn budget_hook(state: *mut ffi::lua_State, _ar: *mut ffi::lua_Debug) {
    if let Some(message) = charge_step() {
        // Nothing with a destructor is alive in this frame, so unwinding through it with Lua's
        // longjmp is sound.
        ffi::lua_pushstring(state, message.as_ptr());
        ffi::lua_error(state);
    }
}

/// Installs the budget hook on `state`.
///
/// # Safety
/// `state` must be a valid Lua state owned by the calling thread.
pub(crate) unsafe fn install_budget_hook(state: *mut ffi::lua_State) {
    let step = c_int::try_from(HOOK_STEP).unwrap_or(c_int::MAX);
    ffi::lua_sethook(state, Some(budget_hook), ffi::LUA_MASKCOUNT, step);
}

/// Wraps the state's allocator (mlua's, which enforces the memory limit) to notice refusals.
pub(crate) struct AllocationWatch {
    inner: ffi::lua_Alloc,
    inner_ud: *mut c_void,
}

unsafe extern "C-unwind" fn watching_allocator(
    ud: *mut c_void,
    ptr: *mut c_void,
    osize: usize,
    nsize: usize,
) -> *mut c_void {
    let watch = &*(ud as *const AllocationWatch);
    let result = (watch.inner)(watch.inner_ud, ptr, osize, nsize);
    if result.is_null() && nsize > 0 {
        record_hit(LimitHit::Memory);
    }
    result
}

impl AllocationWatch {
    /// Reads the current allocator of `state`.
    ///
    /// # Safety
    /// `state` must be a valid Lua state.
    pub(crate) unsafe fn of(state: *mut ffi::lua_State) -> AllocationWatch {
        let mut inner_ud = std::ptr::null_mut();
        let inner = ffi::lua_getallocf(state, &mut inner_ud);
        AllocationWatch { inner, inner_ud }
    }

    /// Routes the state's allocations through this watch until [`AllocationWatch::uninstall`].
    ///
    /// # Safety
    /// `self` must stay at its address and alive until `uninstall` is called, and nothing may
    /// call into mlua (which looks for its own allocator) while the watch is installed.
    pub(crate) unsafe fn install(&self, state: *mut ffi::lua_State) {
        ffi::lua_setallocf(
            state,
            watching_allocator,
            self as *const AllocationWatch as *mut c_void,
        );
    }

    /// Gives the state its original allocator back.
    ///
    /// # Safety
    /// `state` must be the state this watch was installed on.
    pub(crate) unsafe fn uninstall(&self, state: *mut ffi::lua_State) {
        ffi::lua_setallocf(state, self.inner, self.inner_ud);
    }
}
