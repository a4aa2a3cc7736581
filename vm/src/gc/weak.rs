//! Weak tables (`__mode`), cleared after marking as Lua 5.1 clears them.
//!
//! Rules (5.1's `iscleared`): strings are values, so they are never removed (and are marked
//! instead); numbers and booleans are never removed; other objects are removed when nothing
//! strong reaches them. A userdata that has been handed to its finalizer is removed from
//! weak *values* at once but kept as a weak *key* until it is really freed, so a finalizer
//! can still look itself up in a weak-keyed table.

use std::collections::HashSet;

use crate::heap::Heap;
use crate::value::{StrRef, TableRef, UserDataRef, Value};

use super::marks::Marks;

/// Which sides of a table are weak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct WeakMode {
    pub keys: bool,
    pub values: bool,
}

impl WeakMode {
    pub(super) const STRONG: WeakMode = WeakMode {
        keys: false,
        values: false,
    };

    pub(super) fn is_weak(self) -> bool {
        self.keys || self.values
    }

    /// The mode a metatable gives: `__mode` a string containing `k` and/or `v`. As in 5.1
    /// (`strchr` on a C string), only the bytes before the first NUL count.
    pub(super) fn of_metatable(heap: &Heap, mt: TableRef, mode_key: StrRef) -> WeakMode {
        let Some(table) = heap.tables.get(mt) else {
            return WeakMode::STRONG;
        };
        let Value::String(mode) = table.get_str(mode_key) else {
            return WeakMode::STRONG;
        };
        let bytes = heap.str_bytes(mode);
        let bytes = bytes.split(|&b| b == 0).next().unwrap_or_default();
        WeakMode {
            keys: bytes.contains(&b'k'),
            values: bytes.contains(&b'v'),
        }
    }
}

/// True when `v` is not a collectable object or is marked.
pub(super) fn is_marked(marks: &Marks, v: Value) -> bool {
    match v {
        Value::Nil | Value::Boolean(_) | Value::Number(_) => true,
        Value::String(s) => marks.strings.contains(s.handle.index()),
        Value::Table(t) => marks.tables.contains(t.index()),
        Value::Function(f) => marks.functions.contains(f.index()),
        Value::UserData(u) => marks.userdata.contains(u.index()),
        Value::Thread(t) => marks.threads.contains(t.index()),
    }
}

/// Whether an entry side holding `v` must go.
fn is_cleared(marks: &Marks, finalized: &HashSet<UserDataRef>, v: Value, is_key: bool) -> bool {
    match v {
        Value::String(_) => false,
        Value::UserData(u) if !is_key && finalized.contains(&u) => true,
        _ => !is_marked(marks, v),
    }
}

/// Removes the entries of the weak tables whose weak side was not reached. A removed entry
/// keeps its key as a dead key (see [`crate::table::Table::retain_entries`]), so a `next`
/// traversal in progress goes on.
pub(super) fn clear_weak_tables(
    heap: &mut Heap,
    marks: &Marks,
    finalized: &HashSet<UserDataRef>,
    weak_tables: &[(TableRef, WeakMode)],
) {
    for &(t, mode) in weak_tables {
        let Some(table) = heap.tables.get_mut_untracked(t) else {
            continue;
        };
        table.retain_entries(|k, v| {
            !(mode.keys && is_cleared(marks, finalized, k, true)
                || mode.values && is_cleared(marks, finalized, v, false))
        });
    }
}
