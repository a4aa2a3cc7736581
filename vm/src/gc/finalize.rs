//! `__gc` finalizers for userdata, run as Lua 5.1 runs them.
//!
//! When marking is done, every unreachable userdata that was never up for finalization is
//! examined once: if its metatable has a `__gc` field it is queued and *resurrected* (marked,
//! with everything it references) so the finalizer finds it intact; either way it is
//! remembered as finalized, so the next collection that finds it unreachable frees it. The
//! queue is a root. Finalizers run after the cycle, newest userdata first, each called with
//! its userdata; `__gc` is looked up again at that moment (a weak metatable may have lost
//! it). An error in a finalizer propagates to the code that triggered the collection, as in
//! 5.1; the rest of the queue waits for the next collection or safe point.

use std::collections::HashSet;

use crate::error::LuaResult;
use crate::heap::Heap;
use crate::state::{Event, Vm};
use crate::value::{StrRef, UserDataRef, Value};

use super::marks::Marks;

/// The unreachable userdata to finalize this cycle, newest first; all unreachable userdata
/// not seen before join `finalized`.
pub(super) fn separate_unreachable(
    heap: &Heap,
    marks: &Marks,
    finalized: &mut HashSet<UserDataRef>,
    gc_key: StrRef,
) -> Vec<UserDataRef> {
    let mut doomed = Vec::new();
    for (u, data) in heap.userdata.iter() {
        if marks.userdata.contains(u.index()) || !finalized.insert(u) {
            continue;
        }
        let has_finalizer = data
            .metatable
            .and_then(|mt| heap.tables.get(mt))
            .is_some_and(|mt| !mt.get_str(gc_key).is_nil());
        if has_finalizer {
            doomed.push(u);
        }
    }
    doomed.sort_by_key(|&u| std::cmp::Reverse(heap.userdata_birth(u)));
    doomed
}

impl Vm {
    /// Ends the state as 5.1's `lua_close` does: closes the open upvalues, then runs the
    /// finalizer of every userdata that has one and has not been finalized, reachable or not
    /// (queued ones first, then newest first), ignoring their errors. An error no script may
    /// catch (instruction budget, interrupt) stops the remaining finalizers.
    pub fn close(mut self) {
        self.close_upvalues(0);
        let gc_key = self.event_names[Event::Gc as usize];
        let mut remaining: Vec<UserDataRef> = self
            .heap
            .userdata
            .iter()
            .filter(|&(u, data)| {
                !self.gc.finalized.contains(&u)
                    && data
                        .metatable
                        .and_then(|mt| self.heap.tables.get(mt))
                        .is_some_and(|mt| !mt.get_str(gc_key).is_nil())
            })
            .map(|(u, _)| u)
            .collect();
        remaining.sort_by_key(|&u| std::cmp::Reverse(self.heap.userdata_birth(u)));
        self.gc.finalized.extend(remaining.iter().copied());
        self.gc.pending.extend(remaining);
        self.gc.finalizing = true;
        while let Some(u) = self.gc.pending.pop_front() {
            let finalizer = self.metamethod(Value::UserData(u), Event::Gc);
            if finalizer.is_nil() {
                continue;
            }
            if self
                .try_call_value(finalizer, &[Value::UserData(u)], 0)
                .is_err()
            {
                break;
            }
        }
    }

    /// Runs the queued finalizers, unless finalizers are already running further up.
    pub(crate) fn run_pending_finalizers(&mut self) -> LuaResult<()> {
        if self.gc.finalizing || self.gc.pending.is_empty() {
            return Ok(());
        }
        self.gc.finalizing = true;
        let result = self.run_finalizer_queue();
        self.gc.finalizing = false;
        result
    }

    fn run_finalizer_queue(&mut self) -> LuaResult<()> {
        while let Some(u) = self.gc.pending.pop_front() {
            let Some(mt) = self.heap.userdata.get(u).and_then(|d| d.metatable) else {
                continue;
            };
            let gc_key = self.event_names[Event::Gc as usize];
            let finalizer = self.heap.tables[mt].get_str(gc_key);
            if !finalizer.is_nil() {
                self.call_value(finalizer, &[Value::UserData(u)], 0)?;
            }
        }
        Ok(())
    }
}
