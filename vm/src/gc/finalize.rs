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
