//! The garbage collector: tracing mark-and-sweep over the heap's arenas, paced by
//! allocation, with weak tables, `__gc` finalizers and a hard memory limit.
//!
//! # When it runs
//! Only at *safe points*: the execution loop's allocating instructions (`NEWTABLE`,
//! `CONCAT`, `CLOSURE`), the return of a native function, `collectgarbage`, and the host's
//! [`Vm::collect_garbage`]. Never inside a native function's own code, because natives keep
//! values in Rust locals the collector cannot see. A native that calls back into Lua must
//! therefore keep every value it still needs on the stack (as 5.1's C functions do), since the
//! Lua code it calls reaches safe points. Values the host holds are not roots either: the
//! values [`Vm::exec`] returns stay valid until the next call into the VM; a host that keeps
//! objects longer stores them in the registry.
//!
//! # Roots
//! The running thread's stack, frames and open upvalues (held by the `Vm`), the main thread,
//! the globals, the registry, the per-type metatables, the pre-interned event names and the
//! finalizer queue. Everything else is reached through them: other threads through the values
//! that reference them, prototype constants through the closures and frames that run them.
//!
//! # Pacing
//! As 5.1: after a collection the next one is due when the heap reaches `pause`% of what
//! survived (`setpause`, default 200). A cycle is one stop-the-world pass (marking is
//! proportional to the live heap, sweeping to the arenas); `collectgarbage("step", n)` keeps
//! 5.1's contract by counting step work (`stepmul`% of `n` KB, as 5.1 does) against the cost
//! of a cycle (the heap size) and collecting when the work paid for it, so a step reports
//! `true` exactly when it finished a cycle.
//!
//! # Memory limit
//! With [`Vm::set_memory_limit`], allocations that would cross the limit fail with
//! [`LuaError::Memory`] ("not enough memory"): large strings are refused before they are
//! built, a table that grows past the limit fails the store that grew it, and a safe point
//! that finds the heap over the limit collects first and fails only if that did not help.
//! The collector starts early (at 7/8 of the limit) so garbage rarely causes a failure.

mod finalize;
mod mark;
mod marks;
mod sweep;
mod weak;

use std::collections::{HashSet, VecDeque};

use crate::error::{LuaError, LuaResult};
use crate::heap::stack_bytes;
use crate::state::{Event, Vm};
use crate::value::{UserDataRef, Value};

use mark::Marker;

/// Heap size before the first automatic collection.
const INITIAL_THRESHOLD: usize = 64 * 1024;

/// 5.1's defaults (`LUAI_GCPAUSE`, `LUAI_GCMUL`).
const DEFAULT_PAUSE: i64 = 200;
const DEFAULT_STEP_MULTIPLIER: i64 = 200;

/// Work one basic step pays for, per unit of step multiplier (5.1's `GCSTEPSIZE / 100`).
const STEP_WORK_PER_MULTIPLIER: usize = 1024 / 100;

/// The collector's state.
pub(crate) struct Collector {
    /// False after `collectgarbage("stop")`: no automatic collection (the limit still holds).
    running: bool,
    pause: i64,
    step_multiplier: i64,
    /// Heap size at which the pause says the next automatic collection is due.
    threshold: usize,
    /// Memory the VM may use, if limited.
    limit: Option<usize>,
    /// Heap size at which the next safe point acts: the smaller of the threshold (if running)
    /// and the limit's trigger. Kept precomputed so safe points cost one comparison.
    trigger: usize,
    /// Work paid by `collectgarbage("step")` towards the current cycle.
    step_credit: usize,
    /// Userdata that were up for finalization once (5.1's FINALIZEDBIT).
    finalized: HashSet<UserDataRef>,
    /// Userdata whose finalizer has yet to run (a root).
    pending: VecDeque<UserDataRef>,
    /// A finalizer is running: do not start another one from inside it.
    finalizing: bool,
    /// Collections completed, for tests and diagnostics.
    cycles: u64,
}

impl Collector {
    pub(crate) fn new() -> Collector {
        let mut c = Collector {
            running: true,
            pause: DEFAULT_PAUSE,
            step_multiplier: DEFAULT_STEP_MULTIPLIER,
            threshold: INITIAL_THRESHOLD,
            limit: None,
            trigger: 0,
            step_credit: 0,
            finalized: HashSet::new(),
            pending: VecDeque::new(),
            finalizing: false,
            cycles: 0,
        };
        c.update_trigger(0);
        c
    }

    /// Recomputes the trigger; `in_use` is the heap size now.
    fn update_trigger(&mut self, in_use: usize) {
        let automatic = if self.running {
            self.threshold
        } else {
            usize::MAX
        };
        let limit_trigger = match self.limit {
            None => usize::MAX,
            Some(limit) => {
                // Collect a little before the limit, unless what is live is already past that
                // point (then collecting at every safe point would only thrash).
                let early = limit - limit / 8;
                if self.running && in_use < early {
                    early
                } else {
                    limit
                }
            }
        };
        self.trigger = automatic.min(limit_trigger);
    }
}

impl Vm {
    /// Limits the memory the VM may use, in bytes (`None`: unlimited). Scripts that need
    /// more fail with "not enough memory"; the VM stays usable.
    pub fn set_memory_limit(&mut self, limit: Option<usize>) {
        self.gc.limit = limit;
        let in_use = self.memory_in_use();
        self.gc.update_trigger(in_use);
    }

    pub fn memory_limit(&self) -> Option<usize> {
        self.gc.limit
    }

    /// Bytes the VM holds: heap objects plus the running thread's stack.
    #[inline]
    pub fn memory_in_use(&self) -> usize {
        self.heap.byte_size() + stack_bytes(self.stack.capacity(), self.frames.capacity())
    }

    /// Collections completed so far.
    pub fn gc_cycles(&self) -> u64 {
        self.gc.cycles
    }

    /// Runs a full collection and the finalizers it makes due. Values the host holds outside
    /// the VM (for example what [`Vm::exec`] returned) are not roots and may be freed.
    pub fn collect_garbage(&mut self) -> LuaResult<()> {
        self.full_collection();
        self.run_pending_finalizers()
    }

    /// The cheap test the safe points make (5.1's `luaC_checkGC`).
    #[inline(always)]
    pub(crate) fn gc_due(&self) -> bool {
        self.memory_in_use() >= self.gc.trigger
    }

    /// What a safe point does once [`Vm::gc_due`] is true: collect, enforce the limit, run
    /// finalizers.
    #[cold]
    #[inline(never)]
    pub(crate) fn gc_safe_point(&mut self) -> LuaResult<()> {
        let over_limit = self.gc.limit.is_some_and(|l| self.memory_in_use() >= l);
        if self.gc.running || over_limit {
            self.full_collection();
        }
        self.check_memory_limit(0)?;
        self.run_pending_finalizers()
    }

    /// Fails with "not enough memory" if `extra` more bytes would cross the limit. Natives
    /// call it before building a large object.
    #[inline]
    pub(crate) fn check_memory_limit(&self, extra: usize) -> LuaResult<()> {
        match self.gc.limit {
            Some(limit) if self.memory_in_use().saturating_add(extra) > limit => {
                Err(LuaError::Memory)
            }
            _ => Ok(()),
        }
    }

    /// Accounts a table store that may have resized the table from `before` bytes, and
    /// fails if the table grew past the memory limit.
    #[inline]
    pub(crate) fn account_table_resize(&mut self, before: usize, after: usize) -> LuaResult<()> {
        if before == after {
            return Ok(());
        }
        self.heap.table_resized(before, after);
        if after > before {
            self.check_memory_limit(0)?;
        }
        Ok(())
    }

    /// Collects unless nothing is due; for the host before it runs a chunk, so that garbage
    /// a failed script left cannot make the next one fail. Finalizers wait for a safe point.
    pub(crate) fn collect_if_due(&mut self) {
        if self.gc_due() {
            self.full_collection();
        }
    }

    /// One complete mark-and-sweep cycle; finalizers it makes due are queued, not run.
    pub(crate) fn full_collection(&mut self) {
        let mode_key = self.event_names[Event::Mode as usize];
        let gc_key = self.event_names[Event::Gc as usize];
        let mut marker = Marker::new(&self.heap, &self.stack, self.current_thread, mode_key);
        marker.mark_execution_state(&self.stack, &self.frames, &self.open_upvalues);
        marker.mark_thread(self.current_thread);
        marker.mark_thread(self.main_thread);
        marker.mark_table(self.globals);
        marker.mark_table(self.registry);
        for mt in self.type_metatables.iter().flatten() {
            marker.mark_table(*mt);
        }
        for &name in &self.event_names {
            marker.mark_string(name);
        }
        for &u in &self.gc.pending {
            marker.mark_value(Value::UserData(u));
        }
        marker.propagate();

        // Unreachable userdata with finalizers come back to life until their finalizer ran.
        let doomed = finalize::separate_unreachable(
            &self.heap,
            marker.marks(),
            &mut self.gc.finalized,
            gc_key,
        );
        for &u in &doomed {
            marker.mark_value(Value::UserData(u));
        }
        marker.propagate();
        debug_assert!(doomed.iter().all(|&u| marker.is_marked(Value::UserData(u))));

        let result = marker.finish();
        weak::clear_weak_tables(
            &mut self.heap,
            &result.marks,
            &self.gc.finalized,
            &result.weak_tables,
        );
        sweep::sweep(&mut self.heap, &result.marks, &mut self.gc.finalized);
        self.heap
            .set_measured_bytes(result.table_bytes, result.thread_bytes);
        self.gc.pending.extend(doomed);

        let live = self.memory_in_use();
        let pause = self.gc.pause.max(0) as usize;
        self.gc.threshold = (live / 100).saturating_mul(pause);
        self.gc.step_credit = 0;
        self.gc.cycles += 1;
        self.gc.update_trigger(live);
    }

    /// `collectgarbage("stop")`.
    pub(crate) fn gc_stop(&mut self) {
        self.gc.running = false;
        let in_use = self.memory_in_use();
        self.gc.update_trigger(in_use);
    }

    /// `collectgarbage("restart")`: as 5.1, the next safe point starts a collection.
    pub(crate) fn gc_restart(&mut self) {
        self.gc.running = true;
        let in_use = self.memory_in_use();
        self.gc.threshold = in_use;
        self.gc.update_trigger(in_use);
    }

    /// `collectgarbage("setpause", n)`; returns the previous value. Takes effect when the
    /// next cycle ends, as in 5.1.
    pub(crate) fn gc_set_pause(&mut self, pause: i64) -> i64 {
        std::mem::replace(&mut self.gc.pause, pause)
    }

    /// `collectgarbage("setstepmul", n)`; returns the previous value.
    pub(crate) fn gc_set_step_multiplier(&mut self, multiplier: i64) -> i64 {
        std::mem::replace(&mut self.gc.step_multiplier, multiplier)
    }

    /// `collectgarbage("step", kb)`: pays for `kb + 1` basic steps of work (each worth
    /// `stepmul`% of 1 KB, a multiplier of 0 meaning unlimited); true when that completed a
    /// cycle. Runs even when the collector is stopped, as in 5.1.
    pub(crate) fn gc_step(&mut self, kb: i64) -> LuaResult<bool> {
        let steps = (kb.max(0) as usize).saturating_add(1);
        let work = match self.gc.step_multiplier {
            m if m <= 0 => usize::MAX,
            m => steps
                .saturating_mul(STEP_WORK_PER_MULTIPLIER)
                .saturating_mul(m as usize),
        };
        self.gc.step_credit = self.gc.step_credit.saturating_add(work);
        if self.gc.step_credit < self.memory_in_use() {
            return Ok(false);
        }
        self.full_collection();
        self.run_pending_finalizers()?;
        Ok(true)
    }
}
