//! The heap: every object the VM allocates, in typed arenas, with strings interned.

use crate::arena::Arena;
use crate::function::{Function, UpVal};
use crate::string::Strings;
use crate::table::Table;
use crate::thread::Thread;
use crate::userdata::UserData;
use crate::value::{StrRef, TableRef, Value};

#[derive(Default)]
pub struct Heap {
    pub strings: Strings,
    pub tables: Arena<Table>,
    pub functions: Arena<Function>,
    pub upvalues: Arena<UpVal>,
    pub userdata: Arena<UserData>,
    pub threads: Arena<Thread>,
}

impl Heap {
    #[inline]
    pub fn intern(&mut self, bytes: &[u8]) -> StrRef {
        self.strings.intern(bytes)
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
        self.tables.insert(Table::new(array_size, hash_size))
    }

    /// Approximate bytes held by live objects, for `collectgarbage("count")` and limits.
    pub fn byte_size(&self) -> usize {
        use std::mem::size_of;
        let tables: usize = self.tables.iter().map(|(_, t)| t.memory_size()).sum();
        let stacks: usize = self
            .threads
            .iter()
            .map(|(_, t)| t.stack.capacity() * size_of::<Value>())
            .sum();
        self.strings.byte_size()
            + tables
            + self.functions.len() * size_of::<Function>()
            + self.upvalues.len() * size_of::<UpVal>()
            + self
                .userdata
                .iter()
                .map(|(_, u)| size_of::<UserData>() + u.data.len())
                .sum::<usize>()
            + stacks
    }
}
