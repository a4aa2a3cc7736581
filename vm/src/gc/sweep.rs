//! Sweeping, in pieces: every object the cycle did not mark is freed and its slot reused
//! under a new generation; survivors lose their black flag for the next cycle.
//!
//! The sweep visits the arenas one after the other with a cursor. While it runs, the mutator
//! keeps allocating: the arenas record those births (and interned strings found again), and
//! each piece marks them first, so the sweep in progress never frees an object younger than
//! the cycle's marking (5.1 gets the same effect from its two white colours).

use std::collections::HashSet;

use crate::function::UpVal;
use crate::heap::Heap;
use crate::value::UserDataRef;

use super::marks::Marks;

/// Work charged per object swept (5.1's `GCSWEEPCOST`); a free slot costs 1.
const SWEEP_COST: usize = 10;

/// The arenas in the order they are swept.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Stage {
    Strings,
    Tables,
    Functions,
    UpValues,
    UserData,
    Threads,
    Done,
}

/// Where a sweep stands (each arena keeps its own cursor).
pub(super) struct Sweep {
    stage: Stage,
}

impl Sweep {
    /// Starts a sweep: from now on the heap records births.
    pub(super) fn start(heap: &mut Heap) -> Sweep {
        set_birth_recording(heap, true);
        Sweep {
            stage: Stage::Strings,
        }
    }

    pub(super) fn is_done(&self) -> bool {
        self.stage == Stage::Done
    }

    /// Sweeps about `budget` work's worth of slots; returns the work done (at least 1, so
    /// an empty arena still counts as progress).
    /// When the last arena is done the heap stops recording births.
    pub(super) fn step(
        &mut self,
        heap: &mut Heap,
        marks: &mut Marks,
        finalized: &mut HashSet<UserDataRef>,
        budget: usize,
    ) -> usize {
        mark_births(heap, marks);
        let work = match self.stage {
            Stage::Strings => heap
                .strings
                .sweep_step(budget, SWEEP_COST, |s| marks.strings.contains(s.index())),
            Stage::Tables => {
                let Heap {
                    tables,
                    spare_nodes,
                    ..
                } = heap;
                tables.sweep_step(
                    budget,
                    SWEEP_COST,
                    |t, _| marks.tables.contains(t.index()),
                    |_, dead| dead.recycle(spare_nodes),
                )
            }
            Stage::Functions => heap.functions.sweep_step(
                budget,
                SWEEP_COST,
                |f, _| marks.functions.contains(f.index()),
                |_, _| {},
            ),
            Stage::UpValues => heap.upvalues.sweep_step(
                budget,
                SWEEP_COST,
                |uv, _| marks.upvalues.contains(uv.index()),
                |_, _| {},
            ),
            Stage::UserData => heap.userdata.sweep_step(
                budget,
                SWEEP_COST,
                |u, _| marks.userdata.contains(u.index()),
                |u, _| {
                    finalized.remove(&u);
                },
            ),
            Stage::Threads => {
                let Heap {
                    threads, upvalues, ..
                } = heap;
                // A dead thread may still have open upvalues that live closures use: they
                // take the value from the dying stack (marked when the upvalue was, or by
                // the atomic step's remark), as 5.1's `luaF_close` does.
                threads.sweep_step(
                    budget,
                    SWEEP_COST,
                    |t, _| marks.threads.contains(t.index()),
                    |_, dead| {
                        for &(index, uv) in &dead.open_upvalues {
                            if !marks.upvalues.contains(uv.index()) {
                                continue;
                            }
                            if let Some(slot) = upvalues.get_mut_untracked(uv) {
                                let value = dead.stack.get(index).copied().unwrap_or_default();
                                *slot = UpVal::Closed(value);
                            }
                        }
                    },
                )
            }
            Stage::Done => 0,
        };
        if self.stage_swept(heap) {
            self.stage = match self.stage {
                Stage::Strings => Stage::Tables,
                Stage::Tables => Stage::Functions,
                Stage::Functions => Stage::UpValues,
                Stage::UpValues => Stage::UserData,
                Stage::UserData => Stage::Threads,
                Stage::Threads | Stage::Done => Stage::Done,
            };
            if self.stage == Stage::Done {
                set_birth_recording(heap, false);
            }
        }
        work.max(1)
    }

    fn stage_swept(&self, heap: &Heap) -> bool {
        match self.stage {
            Stage::Strings => heap.strings.is_swept(),
            Stage::Tables => heap.tables.is_swept(),
            Stage::Functions => heap.functions.is_swept(),
            Stage::UpValues => heap.upvalues.is_swept(),
            Stage::UserData => heap.userdata.is_swept(),
            Stage::Threads => heap.threads.is_swept(),
            Stage::Done => true,
        }
    }

    /// Gives up a sweep in progress (a full collection starts over): what it did not reach
    /// stays for the next cycle to find unmarked again.
    pub(super) fn abandon(self, heap: &mut Heap) {
        set_birth_recording(heap, false);
    }
}

/// Marks what was born since the last piece, so that this sweep keeps it.
fn mark_births(heap: &mut Heap, marks: &mut Marks) {
    for index in heap.strings.take_births() {
        marks.strings.insert(index);
    }
    for index in heap.tables.take_births() {
        marks.tables.insert(index);
    }
    for index in heap.functions.take_births() {
        marks.functions.insert(index);
    }
    for index in heap.upvalues.take_births() {
        marks.upvalues.insert(index);
    }
    for index in heap.userdata.take_births() {
        marks.userdata.insert(index);
    }
    for index in heap.threads.take_births() {
        marks.threads.insert(index);
    }
}

fn set_birth_recording(heap: &mut Heap, on: bool) {
    heap.strings.record_births(on);
    heap.tables.record_births(on);
    heap.functions.record_births(on);
    heap.upvalues.record_births(on);
    heap.userdata.record_births(on);
    heap.threads.record_births(on);
}
