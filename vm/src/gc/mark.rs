//! Marking: everything reachable from the roots, with an explicit gray list.
//!
//! Marking an object sets its bit and, if it has references, pushes it on the gray list;
//! `propagate` pops gray objects and marks what they reference. The Rust stack therefore
//! stays flat whatever the shape of the heap (a ten-million-link list, a deeply nested table).

use std::collections::HashSet;

use crate::function::{FnProto, Function, UpVal, UpValRef};
use crate::heap::{stack_bytes, Heap};
use crate::thread::Frame;
use crate::value::{FnRef, StrRef, TableRef, ThreadRef, UserDataRef, Value};

use super::marks::Marks;
use super::weak::WeakMode;

/// An object whose references still have to be marked.
enum Gray {
    Table(TableRef),
    Function(FnRef),
    UserData(UserDataRef),
    Thread(ThreadRef),
}

/// What marking found, besides the mark bits.
pub(super) struct MarkResult {
    pub marks: Marks,
    /// Reachable tables with a weak mode, to clear after marking.
    pub weak_tables: Vec<(TableRef, WeakMode)>,
    /// Bytes held by reachable tables.
    pub table_bytes: usize,
    /// Bytes held by the stacks of reachable threads other than the running one.
    pub thread_bytes: usize,
}

pub(super) struct Marker<'a> {
    heap: &'a Heap,
    /// The running thread's stack: its `Thread` object does not hold it while it runs.
    running_stack: &'a [Value],
    running_thread: ThreadRef,
    /// The interned `"__mode"`.
    mode_key: StrRef,
    marks: Marks,
    gray: Vec<Gray>,
    weak_tables: Vec<(TableRef, WeakMode)>,
    /// Prototypes whose constants are marked already; many closures share one prototype.
    protos_seen: HashSet<*const FnProto>,
    table_bytes: usize,
    thread_bytes: usize,
}

impl<'a> Marker<'a> {
    pub(super) fn new(
        heap: &'a Heap,
        running_stack: &'a [Value],
        running_thread: ThreadRef,
        mode_key: StrRef,
    ) -> Marker<'a> {
        Marker {
            heap,
            running_stack,
            running_thread,
            mode_key,
            marks: Marks::for_heap(heap),
            gray: Vec::new(),
            weak_tables: Vec::new(),
            protos_seen: HashSet::new(),
            table_bytes: 0,
            thread_bytes: 0,
        }
    }

    pub(super) fn finish(self) -> MarkResult {
        MarkResult {
            marks: self.marks,
            weak_tables: self.weak_tables,
            table_bytes: self.table_bytes,
            thread_bytes: self.thread_bytes,
        }
    }

    /// The marks so far (finalizer separation looks at them between two marking passes).
    pub(super) fn marks(&self) -> &Marks {
        &self.marks
    }

    pub(super) fn is_marked(&self, v: Value) -> bool {
        super::weak::is_marked(&self.marks, v)
    }

    /// Marks a value; objects with references go on the gray list. Handles that no longer
    /// name a live object are ignored (they can only come from a VM bug, which the arena
    /// reports where the handle is used).
    #[inline]
    pub(super) fn mark_value(&mut self, v: Value) {
        match v {
            Value::Nil | Value::Boolean(_) | Value::Number(_) => {}
            Value::String(s) => self.mark_string(s),
            Value::Table(t) => self.mark_table(t),
            Value::Function(f) => {
                if self.heap.functions.contains(f) && self.marks.functions.insert(f.index()) {
                    self.gray.push(Gray::Function(f));
                }
            }
            Value::UserData(u) => {
                if self.heap.userdata.contains(u) && self.marks.userdata.insert(u.index()) {
                    self.gray.push(Gray::UserData(u));
                }
            }
            Value::Thread(t) => self.mark_thread(t),
        }
    }

    #[inline]
    pub(super) fn mark_string(&mut self, s: StrRef) {
        if self.heap.strings.contains(s) {
            self.marks.strings.insert(s.handle.index());
        }
    }

    pub(super) fn mark_table(&mut self, t: TableRef) {
        if self.heap.tables.contains(t) && self.marks.tables.insert(t.index()) {
            self.gray.push(Gray::Table(t));
        }
    }

    pub(super) fn mark_thread(&mut self, t: ThreadRef) {
        if self.heap.threads.contains(t) && self.marks.threads.insert(t.index()) {
            self.gray.push(Gray::Thread(t));
        }
    }

    /// Marks an upvalue and the value it holds. An open upvalue's value lives in its
    /// thread's stack; marking it does not keep the thread alive (5.1's `remarkupvals`):
    /// if the thread dies, the sweep closes the upvalue over that value.
    pub(super) fn mark_upvalue(&mut self, uv: UpValRef) {
        let Some(upvalue) = self.heap.upvalues.get(uv) else {
            return;
        };
        if !self.marks.upvalues.insert(uv.index()) {
            return;
        }
        let value = match *upvalue {
            UpVal::Closed(v) => v,
            UpVal::Open { thread, index } if thread == self.running_thread => {
                self.running_stack.get(index).copied().unwrap_or_default()
            }
            UpVal::Open { thread, index } => self
                .heap
                .threads
                .get(thread)
                .and_then(|t| t.stack.get(index).copied())
                .unwrap_or_default(),
        };
        self.mark_value(value);
    }

    /// Marks the constants of a prototype and of every prototype nested in it.
    pub(super) fn mark_proto(&mut self, proto: &FnProto) {
        if !self.protos_seen.insert(proto as *const FnProto) {
            return;
        }
        let mut pending: Vec<&FnProto> = vec![proto];
        while let Some(p) = pending.pop() {
            for &k in p.constants.iter() {
                if let Value::String(s) = k {
                    self.mark_string(s);
                }
            }
            for child in p.children.iter() {
                if self.protos_seen.insert(&**child as *const FnProto) {
                    pending.push(child);
                }
            }
        }
    }

    /// Marks a thread's stack, frames and open upvalues (the running thread's, held by the
    /// VM, or a suspended one's).
    pub(super) fn mark_execution_state(
        &mut self,
        stack: &[Value],
        frames: &[Frame],
        open_upvalues: &[(usize, UpValRef)],
    ) {
        for &v in stack {
            self.mark_value(v);
        }
        for frame in frames {
            self.mark_value(Value::Function(frame.function));
            if let Some(proto) = &frame.proto {
                self.mark_proto(proto);
            }
        }
        for &(_, uv) in open_upvalues {
            self.mark_upvalue(uv);
        }
    }

    /// Marks everything reachable from what is marked so far.
    pub(super) fn propagate(&mut self) {
        while let Some(gray) = self.gray.pop() {
            match gray {
                Gray::Table(t) => self.traverse_table(t),
                Gray::Function(f) => self.traverse_function(f),
                Gray::UserData(u) => {
                    let data = &self.heap.userdata[u];
                    if let Some(mt) = data.metatable {
                        self.mark_table(mt);
                    }
                    self.mark_table(data.env);
                }
                Gray::Thread(t) => self.traverse_thread(t),
            }
        }
    }

    /// A table's metatable and entries; a weak table's weak side is left unmarked (strings
    /// are values, never weak, so they are marked on either side).
    fn traverse_table(&mut self, t: TableRef) {
        let heap = self.heap;
        let table = &heap.tables[t];
        self.table_bytes += table.memory_size();
        let mode = match table.metatable {
            Some(mt) => {
                self.mark_table(mt);
                WeakMode::of_metatable(heap, mt, self.mode_key)
            }
            None => WeakMode::STRONG,
        };
        if mode.is_weak() {
            self.weak_tables.push((t, mode));
        }
        table.for_each_entry(|k, v| {
            self.mark_entry_side(k, mode.keys);
            self.mark_entry_side(v, mode.values);
        });
    }

    #[inline]
    fn mark_entry_side(&mut self, v: Value, weak: bool) {
        match v {
            Value::String(s) => self.mark_string(s),
            _ if weak => {}
            _ => self.mark_value(v),
        }
    }

    fn traverse_function(&mut self, f: FnRef) {
        let heap = self.heap;
        match &heap.functions[f] {
            Function::Lua(lua) => {
                self.mark_table(lua.env);
                for &uv in lua.upvalues.iter() {
                    self.mark_upvalue(uv);
                }
                self.mark_proto(&lua.proto);
            }
            Function::Native(native) => {
                self.mark_table(native.env);
                for &v in native.upvalues.iter() {
                    self.mark_value(v);
                }
            }
        }
    }

    fn traverse_thread(&mut self, t: ThreadRef) {
        let heap = self.heap;
        let thread = &heap.threads[t];
        if let Some(body) = thread.body {
            self.mark_value(body);
        }
        // The running thread's state is in the VM (a root); its object holds nothing live.
        if t != self.running_thread {
            self.mark_table(thread.globals);
            self.thread_bytes += stack_bytes(thread.stack.capacity(), thread.frames.capacity());
            self.mark_execution_state(&thread.stack, &thread.frames, &thread.open_upvalues);
        }
    }
}
