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
//! # Incremental cycles
//! A cycle runs in bounded pieces between which the mutator runs (5.1's incremental
//! collector, `cycle.rs`): *pause* (no cycle), *propagate* (mark the roots, then traverse
//! gray objects a budget at a time), the *atomic* step (mark the roots again, traverse what
//! the write barrier regrayed, resurrect userdata with finalizers, clear weak tables), and
//! *sweep* (free unmarked objects an arena slice at a time). Between steps the tri-colour
//! invariant (no black object references a white one) is kept by the arenas' write barrier:
//! any mutable access to a black object regrays it (see `crate::arena`). Roots are not
//! guarded (stack writes cost nothing); the atomic step rescans them. Objects created while
//! marking start white and are reached through the roots or a barrier; objects created while
//! sweeping survive that sweep.
//!
//! # Pacing
//! As 5.1: after a cycle the next one starts when the heap reaches `pause`% of what
//! survived (`setpause`, default 200). During a cycle, a step is due every 1 KB of
//! allocation and does `stepmul`% of 1 KB of work (`setstepmul`, default 200), work being
//! bytes traversed and 10 units per slot swept; a step that falls behind accumulates debt
//! and the next safe point steps again. `collectgarbage("step", n)` runs steps as 5.1 does
//! (pretending `n` KB were allocated) and reports `true` when a cycle ended;
//! `collectgarbage("collect")` gives up any cycle in progress and runs a whole one.
//!
//! # Memory limit
//! With [`Vm::set_memory_limit`], allocations that would cross the limit fail with
//! [`LuaError::Memory`] ("not enough memory"): large strings are refused before they are
//! built, a table that grows past the limit fails the store that grew it, and a safe point
//! that finds the heap over the limit collects first and fails only if that did not help.
//! The collector starts early (at 7/8 of the limit) so garbage rarely causes a failure.

mod cycle;
mod finalize;
mod mark;
mod marks;
mod sweep;
mod weak;

use std::collections::{HashSet, VecDeque};

use crate::error::{LuaError, LuaResult};
use crate::heap::stack_bytes;
use crate::state::Vm;
use crate::value::UserDataRef;

use cycle::Cycle;

/// Heap size before the first automatic collection.
const INITIAL_THRESHOLD: usize = 64 * 1024;

/// 5.1's defaults (`LUAI_GCPAUSE`, `LUAI_GCMUL`).
const DEFAULT_PAUSE: i64 = 200;
const DEFAULT_STEP_MULTIPLIER: i64 = 200;

/// Allocation between two steps of a cycle, and the work unit of a step (5.1's
/// `GCSTEPSIZE`): a step does `stepmul`% of it.
const STEP_SIZE: usize = 1024;

/// What the collector has done, for tests and diagnostics. Work is counted in 5.1's units:
/// bytes traversed while marking, 10 per slot swept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GcStats {
    /// Cycles completed, incremental or full.
    pub cycles: u64,
    /// Incremental steps run (automatic or `collectgarbage("step")`).
    pub steps: u64,
    /// The most work any one incremental step did.
    pub largest_step_work: usize,
}

/// The collector's state.
pub(crate) struct Collector {
    /// False after `collectgarbage("stop")`: no automatic collection (the limit still holds).
    running: bool,
    /// Every safe point steps, whatever the threshold (a test mode, see [`Vm::set_gc_stress`]).
    stress: bool,
    pause: i64,
    step_multiplier: i64,
    /// Heap size at which the next step is due: the pause's when no cycle runs, 1 KB on
    /// from the last step during one.
    threshold: usize,
    /// Allocation the steps of this cycle have not caught up with (5.1's `gcdept`).
    debt: usize,
    /// Memory the VM may use, if limited.
    limit: Option<usize>,
    /// Heap size from which a safe point runs a full collection because of the limit.
    limit_trigger: usize,
    /// Whether an allocation was ever refused because of the limit (even if a `pcall` caught
    /// the error): a host that treats the limit as the end of a run asks this.
    pub(crate) limit_refused: std::cell::Cell<bool>,
    /// Heap size at which the next safe point acts: the smaller of the threshold (if running;
    /// 0 in stress mode) and the limit's trigger. Kept precomputed so safe points cost one comparison.
    trigger: usize,
    /// The cycle in progress, if any.
    cycle: Option<Cycle>,
    /// Userdata that were up for finalization once (5.1's FINALIZEDBIT).
    finalized: HashSet<UserDataRef>,
    /// Userdata whose finalizer has yet to run (a root).
    pending: VecDeque<UserDataRef>,
    /// A finalizer is running: do not start another one from inside it.
    finalizing: bool,
    stats: GcStats,
}

impl Collector {
    pub(crate) fn new() -> Collector {
        let mut c = Collector {
            running: true,
            stress: false,
            pause: DEFAULT_PAUSE,
            step_multiplier: DEFAULT_STEP_MULTIPLIER,
            threshold: INITIAL_THRESHOLD,
            debt: 0,
            limit: None,
            limit_trigger: usize::MAX,
            limit_refused: std::cell::Cell::new(false),
            trigger: 0,
            cycle: None,
            finalized: HashSet::new(),
            pending: VecDeque::new(),
            finalizing: false,
            stats: GcStats::default(),
        };
        c.update_trigger(0);
        c
    }

    /// Recomputes the triggers; `in_use` is the heap size now.
    fn update_trigger(&mut self, in_use: usize) {
        let automatic = if self.running && self.stress {
            0
        } else if self.running {
            self.threshold
        } else {
            usize::MAX
        };
        self.limit_trigger = match self.limit {
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
        self.trigger = automatic.min(self.limit_trigger);
    }

    /// Work one step may do: `stepmul`% of [`STEP_SIZE`], unlimited for a multiplier of 0.
    fn step_budget(&self) -> usize {
        match self.step_multiplier {
            m if m <= 0 => usize::MAX,
            m => (STEP_SIZE / 100).saturating_mul(m as usize),
        }
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

    /// Whether the script ever asked for more memory than the VM would give it (a string
    /// longer than the VM holds, or more than the limit), even if it caught the error.
    pub fn memory_limit_refused(&self) -> bool {
        self.gc.limit_refused.get()
    }

    /// Bytes the VM holds: heap objects plus the running thread's stack.
    #[inline]
    pub fn memory_in_use(&self) -> usize {
        self.heap.byte_size() + stack_bytes(self.stack.capacity(), self.frames.capacity())
    }

    /// Stress mode, for testing the collector: every safe point runs an incremental step
    /// (of the usual `setstepmul` budget) even when none is due, so that the mutator runs
    /// between as many steps as possible.
    pub fn set_gc_stress(&mut self, on: bool) {
        self.gc.stress = on;
        let in_use = self.memory_in_use();
        self.gc.update_trigger(in_use);
    }

    /// Collections completed so far.
    pub fn gc_cycles(&self) -> u64 {
        self.gc.stats.cycles
    }

    /// What the collector has done so far.
    pub fn gc_stats(&self) -> GcStats {
        self.gc.stats
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

    /// What a safe point does once [`Vm::gc_due`] is true: a step (or, near the memory
    /// limit, a full collection), then enforce the limit and run finalizers.
    #[cold]
    #[inline(never)]
    pub(crate) fn gc_safe_point(&mut self) -> LuaResult<()> {
        self.collect_as_due();
        self.check_memory_limit(0)?;
        self.run_pending_finalizers()
    }

    /// Collects as much as is due: a full collection when the memory limit is near, an
    /// incremental step when the threshold is reached.
    fn collect_as_due(&mut self) {
        let in_use = self.memory_in_use();
        if in_use >= self.gc.limit_trigger {
            self.full_collection();
        } else if self.gc.running && (self.gc.stress || in_use >= self.gc.threshold) {
            self.incremental_step();
        }
    }

    /// Fails with "not enough memory" if `extra` more bytes would cross the limit. Natives
    /// call it before building a large object.
    #[inline]
    pub(crate) fn check_memory_limit(&self, extra: usize) -> LuaResult<()> {
        match self.gc.limit {
            Some(limit) if self.memory_in_use().saturating_add(extra) > limit => {
                self.gc.limit_refused.set(true);
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

    /// Collects what is due; for the host before it runs a chunk, so that garbage a failed
    /// script left cannot make the next one fail. Finalizers wait for a safe point.
    pub(crate) fn collect_if_due(&mut self) {
        if self.gc_due() {
            self.collect_as_due();
        }
    }

    /// One automatic step (5.1's `luaC_step`): work worth the step budget, then the
    /// threshold of the next step; true when the step completed a cycle.
    fn incremental_step(&mut self) -> bool {
        let in_use = self.memory_in_use();
        self.gc.debt = self
            .gc
            .debt
            .saturating_add(in_use.saturating_sub(self.gc.threshold));
        let budget = self.gc.step_budget();
        let mut work: usize = 0;
        let finished = loop {
            work = work.saturating_add(self.collector_step(budget.saturating_sub(work)));
            if !self.gc_cycle_in_progress() {
                break true;
            }
            if work >= budget {
                break false;
            }
        };
        let stats = &mut self.gc.stats;
        stats.steps += 1;
        stats.largest_step_work = stats.largest_step_work.max(work);
        let in_use = self.memory_in_use();
        if !finished {
            // Behind schedule: the next safe point steps again until the debt is paid.
            if self.gc.debt < STEP_SIZE {
                self.gc.threshold = in_use.saturating_add(STEP_SIZE);
            } else {
                self.gc.debt -= STEP_SIZE;
                self.gc.threshold = in_use;
            }
        }
        self.gc.update_trigger(in_use);
        finished
    }

    /// Gives up the cycle in progress, if any, and runs a whole one without a break;
    /// finalizers it makes due are queued, not run.
    pub(crate) fn full_collection(&mut self) {
        self.abandon_cycle();
        loop {
            self.collector_step(usize::MAX);
            if !self.gc_cycle_in_progress() {
                break;
            }
        }
    }

    /// `collectgarbage("stop")`.
    pub(crate) fn gc_stop(&mut self) {
        self.gc.running = false;
        let in_use = self.memory_in_use();
        self.gc.update_trigger(in_use);
    }

    /// `collectgarbage("restart")`: as 5.1, the next safe point steps.
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

    /// `collectgarbage("step", kb)` as 5.1's `lua_gc(LUA_GCSTEP)`: counts `kb` KB as
    /// allocated, runs steps until they caught up with that (one at least), and reports
    /// whether one of them ended a cycle. As in 5.1 this also undoes `stop`.
    pub(crate) fn gc_step(&mut self, kb: i64) -> LuaResult<bool> {
        let pretend = (kb.max(0) as usize).saturating_mul(1024);
        self.gc.threshold = self.memory_in_use().saturating_sub(pretend);
        self.gc.running = true;
        let mut finished = false;
        while self.gc.threshold <= self.memory_in_use() {
            if self.incremental_step() {
                finished = true;
                break;
            }
        }
        self.run_pending_finalizers()?;
        Ok(finished)
    }
}
