//! The heap: every object the VM allocates, in typed arenas, with strings interned.
//!
//! The heap also keeps the running byte count the collector paces itself by and the memory
//! limit is checked against. It is kept in O(1): strings count their bytes as they are
//! interned and freed, other objects are counted by arena length times their size, and table
//! parts are counted as tables are created, grow and shrink (the places that resize a table
//! report it through [`Heap::table_resized`]). Each collection re-measures the parts that
//! can drift (tables, suspended threads' stacks) from the live objects it visits anyway.

use std::mem::size_of;

use crate::arena::Arena;
use crate::function::{Function, UpVal, UpValRef};
use crate::string::Strings;
use crate::table::{SpareNodes, Table};
use crate::thread::{Frame, Thread};
use crate::userdata::UserData;
use crate::value::{StrRef, TableRef, UserDataRef, Value};

/// Bytes counted per function object: the object plus a typical upvalue list.
const FUNCTION_BYTES: usize = size_of::<Function>() + 2 * size_of::<UpValRef>();

#[derive(Default)]
pub struct Heap {
    pub strings: Strings,
    pub tables: Arena<Table>,
    pub functions: Arena<Function>,
    pub upvalues: Arena<UpVal>,
    pub userdata: Arena<UserData>,
    pub threads: Arena<Thread>,
    /// Hash parts of swept tables, for new tables to reuse (not counted in the heap size).
    pub(crate) spare_nodes: SpareNodes,
    /// Bytes held by tables (headers, array and hash parts).
    table_bytes: usize,
    /// Bytes held by the stacks and frames of threads that are not running, as measured by
    /// the last collection.
    thread_bytes: usize,
    /// Creation number of each userdata, by slot index: 5.1 runs finalizers newest first.
    userdata_births: Vec<u64>,
    next_birth: u64,
}

impl Heap {
    #[inline]
    pub fn intern(&mut self, bytes: &[u8]) -> StrRef {
        self.strings.intern(bytes)
    }

    /// Interns the bytes `range` of the string `of` (no copy when the piece exists).
    pub fn intern_slice(&mut self, of: StrRef, range: std::ops::Range<usize>) -> StrRef {
        self.strings.intern_slice(of, range)
    }

    #[inline]
    pub fn str_value(&mut self, bytes: &[u8]) -> Value {
        Value::String(self.strings.intern(bytes))
    }

    #[inline(always)]
    pub fn str_bytes(&self, s: StrRef) -> &[u8] {
        self.strings.get(s)
    }

    pub fn new_table(&mut self, array_size: usize, hash_size: usize) -> TableRef {
        let table = Table::new_reusing(array_size, hash_size, &mut self.spare_nodes);
        self.table_bytes += table.memory_size();
        self.tables.insert(table)
    }

    /// Records that a table's size went from `before` to `after` bytes (see
    /// [`Table::memory_size`]); call it wherever a store may have resized a table.
    #[inline]
    pub fn table_resized(&mut self, before: usize, after: usize) {
        self.table_bytes = (self.table_bytes + after).saturating_sub(before);
    }

    /// Stores a userdata, remembering its creation order for finalization.
    pub fn new_userdata(&mut self, data: UserData) -> UserDataRef {
        let u = self.userdata.insert(data);
        let slot = u.index() as usize;
        if self.userdata_births.len() <= slot {
            self.userdata_births.resize(slot + 1, 0);
        }
        self.next_birth += 1;
        self.userdata_births[slot] = self.next_birth;
        u
    }

    /// Creation number of a userdata made by [`Heap::new_userdata`] (0 for others).
    pub(crate) fn userdata_birth(&self, u: UserDataRef) -> u64 {
        self.userdata_births
            .get(u.index() as usize)
            .copied()
            .unwrap_or(0)
    }

    /// Bytes held by heap objects (the running thread's stack is counted by the VM).
    pub fn byte_size(&self) -> usize {
        self.strings.byte_size()
            + self.table_bytes
            + self.functions.len() * FUNCTION_BYTES
            + self.upvalues.len() * size_of::<UpVal>()
            + self.userdata.len() * size_of::<UserData>()
            + self.threads.len() * size_of::<Thread>()
            + self.thread_bytes
    }

    /// Replaces the drifting parts of the count with what a collection measured.
    pub(crate) fn set_measured_bytes(&mut self, table_bytes: usize, thread_bytes: usize) {
        self.table_bytes = table_bytes;
        self.thread_bytes = thread_bytes;
    }
}

/// Bytes held by a thread's stack and frame vectors, given their capacities.
pub(crate) fn stack_bytes(stack_capacity: usize, frame_capacity: usize) -> usize {
    stack_capacity * size_of::<Value>() + frame_capacity * size_of::<Frame>()
}
