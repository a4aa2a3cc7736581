//! One collection cycle as a state machine run in pieces (5.1's `singlestep`): start by
//! marking the roots, propagate a budget at a time, finish marking in one atomic step,
//! then sweep a budget at a time.

use crate::state::{Event, Vm};
use crate::value::Value;

use super::finalize;
use super::mark::{MarkState, Running};
use super::sweep::Sweep;
use super::weak;

/// A cycle in progress: marking until `sweep` is set, sweeping after.
pub(super) struct Cycle {
    mark: MarkState,
    sweep: Option<Sweep>,
}

impl Vm {
    pub(super) fn gc_cycle_in_progress(&self) -> bool {
        self.gc.cycle.is_some()
    }

    /// Does one piece of collection work of about `budget` (more when one object or the
    /// atomic step needs it, never nothing); returns the work done.
    pub(super) fn collector_step(&mut self, budget: usize) -> usize {
        let Some(cycle) = &mut self.gc.cycle else {
            return self.start_cycle();
        };
        match &mut cycle.sweep {
            None if !cycle.mark.is_done() => {
                let running = Running {
                    stack: &self.stack,
                    thread: self.current_thread,
                };
                cycle.mark.propagate(&mut self.heap, running, budget)
            }
            None => self.atomic_step(),
            Some(sweep) => {
                let work = sweep.step(
                    &mut self.heap,
                    &mut cycle.mark.marks,
                    &mut self.gc.finalized,
                    budget,
                );
                if sweep.is_done() {
                    self.finish_cycle();
                }
                work
            }
        }
    }

    /// Leaves the pause: marks the roots. Returns the work done.
    fn start_cycle(&mut self) -> usize {
        // What the barrier recorded before this cycle traversed anything is stale.
        self.heap.tables.take_regrayed();
        self.heap.functions.take_regrayed();
        self.heap.upvalues.take_regrayed();
        self.heap.userdata.take_regrayed();
        self.heap.threads.take_regrayed();
        let mut mark = MarkState::new(self.event_names[Event::Mode as usize]);
        let work = self.mark_roots(&mut mark);
        self.gc.cycle = Some(Cycle { mark, sweep: None });
        work
    }

    /// Marks the roots: the running thread's stack, frames and open upvalues, the main
    /// thread, globals, registry, per-type metatables, event names and the finalizer queue.
    fn mark_roots(&self, mark: &mut MarkState) -> usize {
        let heap = &self.heap;
        let mut work =
            mark.mark_execution_state(heap, &self.stack, &self.frames, &self.open_upvalues);
        mark.mark_thread(heap, self.current_thread);
        mark.mark_thread(heap, self.main_thread);
        mark.mark_table(heap, self.globals);
        mark.mark_table(heap, self.registry);
        for mt in self.type_metatables.iter().flatten() {
            mark.mark_table(heap, *mt);
        }
        for &name in &self.event_names {
            mark.mark_string(heap, name);
        }
        for &u in &self.gc.pending {
            mark.mark_value(heap, Value::UserData(u));
        }
        work += self.event_names.len() + self.gc.pending.len();
        work
    }

    /// Ends marking without a break (5.1's `atomic`): what changed since it was traversed
    /// is traversed again, unreachable userdata with finalizers are resurrected and queued,
    /// weak tables are cleared, and the sweep begins. Its work is proportional to the
    /// stacks, the objects changed during marking and the weak tables, not to the heap.
    fn atomic_step(&mut self) -> usize {
        let Some(mut cycle) = self.gc.cycle.take() else {
            return 0;
        };
        let mark = &mut cycle.mark;
        let mut work = self.mark_roots(mark);
        work += mark.remark_upvalues_of_unreached_threads(&self.heap);
        work += mark.regray(&mut self.heap);
        let running = Running {
            stack: &self.stack,
            thread: self.current_thread,
        };
        work = work.saturating_add(mark.propagate(&mut self.heap, running, usize::MAX));

        // Unreachable userdata with finalizers come back to life until their finalizer ran.
        let gc_key = self.event_names[Event::Gc as usize];
        let doomed =
            finalize::separate_unreachable(&self.heap, &mark.marks, &mut self.gc.finalized, gc_key);
        for &u in &doomed {
            mark.mark_value(&self.heap, Value::UserData(u));
        }
        work = work.saturating_add(mark.propagate(&mut self.heap, running, usize::MAX));
        debug_assert!(doomed.iter().all(|&u| mark.is_marked(Value::UserData(u))));

        weak::clear_weak_tables(
            &mut self.heap,
            &mark.marks,
            &self.gc.finalized,
            &mark.weak_tables,
        );
        self.heap
            .set_measured_bytes(mark.table_bytes, mark.thread_bytes);
        self.gc.pending.extend(doomed);
        cycle.sweep = Some(Sweep::start(&mut self.heap));
        self.gc.cycle = Some(cycle);
        work
    }

    /// The sweep is over: back to the pause, with the next cycle due at `pause`% of what
    /// is in use now.
    fn finish_cycle(&mut self) {
        self.gc.cycle = None;
        let live = self.memory_in_use();
        let pause = self.gc.pause.max(0) as usize;
        self.gc.threshold = (live / 100).saturating_mul(pause);
        self.gc.debt = 0;
        self.gc.stats.cycles += 1;
        self.gc.update_trigger(live);
    }

    /// Drops the cycle in progress. Black flags it set stay until the next sweep clears
    /// them; they only make the barrier record a few objects for nothing meanwhile.
    pub(super) fn abandon_cycle(&mut self) {
        if let Some(cycle) = self.gc.cycle.take() {
            if let Some(sweep) = cycle.sweep {
                sweep.abandon(&mut self.heap);
            }
        }
    }
}
