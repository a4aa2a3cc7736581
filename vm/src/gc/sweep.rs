//! Sweeping: every unmarked object is freed and its slot reused under a new generation.

use std::collections::HashSet;

use crate::function::UpVal;
use crate::heap::Heap;
use crate::value::UserDataRef;

use super::marks::Marks;

/// Frees what marking did not reach. `finalized` forgets the userdata that are freed.
pub(super) fn sweep(heap: &mut Heap, marks: &Marks, finalized: &mut HashSet<UserDataRef>) {
    let Heap {
        strings,
        tables,
        functions,
        upvalues,
        userdata,
        threads,
        ..
    } = heap;
    // A dead thread may still have open upvalues that live closures use: they take the
    // value from the dying stack (marked when the upvalue was), as 5.1's `luaF_close` does.
    threads.retain(
        |t, _| marks.threads.contains(t.index()),
        |_, dead| {
            for &(index, uv) in &dead.open_upvalues {
                if !marks.upvalues.contains(uv.index()) {
                    continue;
                }
                if let Some(slot) = upvalues.get_mut(uv) {
                    *slot = UpVal::Closed(dead.stack.get(index).copied().unwrap_or_default());
                }
            }
        },
    );
    upvalues.retain(|uv, _| marks.upvalues.contains(uv.index()), |_, _| {});
    functions.retain(|f, _| marks.functions.contains(f.index()), |_, _| {});
    tables.retain(|t, _| marks.tables.contains(t.index()), |_, _| {});
    userdata.retain(
        |u, _| marks.userdata.contains(u.index()),
        |u, _| {
            finalized.remove(&u);
        },
    );
    strings.retain(|s| marks.strings.contains(s.index()));
}
