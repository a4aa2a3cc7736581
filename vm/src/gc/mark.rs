//! Marking: everything reachable from the roots, with an explicit gray list, in pieces.
//!
//! Marking an object sets its bit and, if it has references, pushes it on the gray list;
//! `propagate` pops gray objects, marks what they reference and flags them black in their
//! arena, for as much work as it is given. The Rust stack stays flat whatever the shape of
//! the heap, and the mark state lives between steps while the mutator runs.
//!
//! The mutator may change a black object between two steps; the arena's write barrier then
//! records it as regrayed, and the atomic step traverses it again ([`MarkState::regray`]).

use std::collections::HashSet;
use std::mem::size_of;

use crate::function::{FnProto, Function, UpVal, UpValRef};
use crate::heap::{stack_bytes, Heap};
use crate::thread::Frame;
use crate::userdata::UserData;
use crate::value::{FnRef, StrRef, TableRef, ThreadRef, UserDataRef, Value};

use super::marks::Marks;
use super::weak::WeakMode;

/// Work (in bytes traversed, as 5.1 counts it) charged per reference a traversal visits.
const WORK_PER_REFERENCE: usize = size_of::<Value>();

/// An object whose references still have to be marked.
#[derive(Clone, Copy)]
pub(super) enum Gray {
    Table(TableRef),
    Function(FnRef),
    UpValue(UpValRef),
    UserData(UserDataRef),
    Thread(ThreadRef),
}

/// The thread that runs now: its stack is in the VM, not in its `Thread` object.
#[derive(Clone, Copy)]
pub(super) struct Running<'a> {
    pub stack: &'a [Value],
    pub thread: ThreadRef,
}

/// The marking state of one cycle.
pub(super) struct MarkState {
    pub marks: Marks,
    /// Objects reached and not traversed yet.
    gray: Vec<Gray>,
    /// Objects traversed once and changed since: traversed again, without counting their
    /// bytes a second time.
    again: Vec<Gray>,
    /// Reachable tables with a weak mode, to clear after marking.
    pub weak_tables: Vec<(TableRef, WeakMode)>,
    /// Prototypes whose constants are marked already; many closures share one prototype.
    /// No prototype is freed while a cycle marks, so an address names one prototype.
    protos_seen: HashSet<*const FnProto>,
    /// Bytes held by the reachable tables, measured as they are traversed.
    pub table_bytes: usize,
    /// Bytes held by the stacks of reachable threads other than the running one.
    pub thread_bytes: usize,
    /// The interned `"__mode"`.
    mode_key: StrRef,
}

impl MarkState {
    pub(super) fn new(mode_key: StrRef) -> MarkState {
        MarkState {
            marks: Marks::default(),
            gray: Vec::new(),
            again: Vec::new(),
            weak_tables: Vec::new(),
            protos_seen: HashSet::new(),
            table_bytes: 0,
            thread_bytes: 0,
            mode_key,
        }
    }

    /// Nothing is left to traverse.
    pub(super) fn is_done(&self) -> bool {
        self.gray.is_empty() && self.again.is_empty()
    }

    pub(super) fn is_marked(&self, v: Value) -> bool {
        super::weak::is_marked(&self.marks, v)
    }

    /// Marks a value; objects with references go on the gray list. Handles that no longer
    /// name a live object are ignored (they can only come from a VM bug, which the arena
    /// reports where the handle is used).
    #[inline]
    pub(super) fn mark_value(&mut self, heap: &Heap, v: Value) {
        match v {
            Value::Nil | Value::Boolean(_) | Value::Number(_) => {}
            Value::String(s) => self.mark_string(heap, s),
            Value::Table(t) => self.mark_table(heap, t),
            Value::Function(f) => {
                if heap.functions.contains(f) && self.marks.functions.insert(f.index()) {
                    self.gray.push(Gray::Function(f));
                }
            }
            Value::UserData(u) => {
                if heap.userdata.contains(u) && self.marks.userdata.insert(u.index()) {
                    self.gray.push(Gray::UserData(u));
                }
            }
            Value::Thread(t) => self.mark_thread(heap, t),
        }
    }

    #[inline]
    pub(super) fn mark_string(&mut self, heap: &Heap, s: StrRef) {
        if heap.strings.contains(s) {
            self.marks.strings.insert(s.handle.index());
        }
    }

    pub(super) fn mark_table(&mut self, heap: &Heap, t: TableRef) {
        if heap.tables.contains(t) && self.marks.tables.insert(t.index()) {
            self.gray.push(Gray::Table(t));
        }
    }

    pub(super) fn mark_thread(&mut self, heap: &Heap, t: ThreadRef) {
        if heap.threads.contains(t) && self.marks.threads.insert(t.index()) {
            self.gray.push(Gray::Thread(t));
        }
    }

    fn mark_upvalue(&mut self, heap: &Heap, uv: UpValRef) {
        if heap.upvalues.contains(uv) && self.marks.upvalues.insert(uv.index()) {
            self.gray.push(Gray::UpValue(uv));
        }
    }

    /// The value an upvalue holds now: its own once closed, a stack slot while open.
    fn upvalue_value(heap: &Heap, running: Running, upvalue: &UpVal) -> Value {
        match *upvalue {
            UpVal::Closed(v) => v,
            UpVal::Open { thread, index } if thread == running.thread => {
                running.stack.get(index).copied().unwrap_or_default()
            }
            UpVal::Open { thread, index } => heap
                .threads
                .get(thread)
                .and_then(|t| t.stack.get(index).copied())
                .unwrap_or_default(),
        }
    }

    /// Marks the constants of a prototype and of every prototype nested in it; returns the
    /// work done.
    fn mark_proto(&mut self, heap: &Heap, proto: &FnProto) -> usize {
        if !self.protos_seen.insert(proto as *const FnProto) {
            return 0;
        }
        let mut work = 0;
        let mut pending: Vec<&FnProto> = vec![proto];
        while let Some(p) = pending.pop() {
            work += p.constants.len() * WORK_PER_REFERENCE;
            for &k in p.constants.iter() {
                if let Value::String(s) = k {
                    self.mark_string(heap, s);
                }
            }
            for child in p.children.iter() {
                if self.protos_seen.insert(&**child as *const FnProto) {
                    pending.push(child);
                }
            }
        }
        work
    }

    /// Marks a thread's stack, frames and open upvalues (the running thread's, held by the
    /// VM, or a suspended one's); returns the work done.
    pub(super) fn mark_execution_state(
        &mut self,
        heap: &Heap,
        stack: &[Value],
        frames: &[Frame],
        open_upvalues: &[(usize, UpValRef)],
    ) -> usize {
        for &v in stack {
            self.mark_value(heap, v);
        }
        let work = stack_bytes(stack.len(), frames.len());
        for frame in frames {
            // The closure keeps the frame's prototype and its constants alive.
            self.mark_value(heap, Value::Function(frame.function));
        }
        for &(_, uv) in open_upvalues {
            self.mark_upvalue(heap, uv);
        }
        work + open_upvalues.len() * WORK_PER_REFERENCE
    }

    /// Queues the objects the write barrier regrayed (slot indices per arena) for a second
    /// traversal; only marked ones matter, the others are not reached (yet).
    pub(super) fn regray(&mut self, heap: &mut Heap) -> usize {
        let before = self.again.len();
        for index in heap.tables.take_regrayed() {
            if let Some(t) = heap.tables.handle_at(index) {
                if self.marks.tables.contains(index) {
                    self.again.push(Gray::Table(t));
                }
            }
        }
        for index in heap.functions.take_regrayed() {
            if let Some(f) = heap.functions.handle_at(index) {
                if self.marks.functions.contains(index) {
                    self.again.push(Gray::Function(f));
                }
            }
        }
        for index in heap.upvalues.take_regrayed() {
            if let Some(uv) = heap.upvalues.handle_at(index) {
                if self.marks.upvalues.contains(index) {
                    self.again.push(Gray::UpValue(uv));
                }
            }
        }
        for index in heap.userdata.take_regrayed() {
            if let Some(u) = heap.userdata.handle_at(index) {
                if self.marks.userdata.contains(index) {
                    self.again.push(Gray::UserData(u));
                }
            }
        }
        for index in heap.threads.take_regrayed() {
            if let Some(t) = heap.threads.handle_at(index) {
                if self.marks.threads.contains(index) {
                    self.again.push(Gray::Thread(t));
                }
            }
        }
        (self.again.len() - before) * WORK_PER_REFERENCE
    }

    /// Traverses gray objects until `budget` work is done or none is left (at least one
    /// object per call, so every call progresses); returns the work done.
    pub(super) fn propagate(&mut self, heap: &mut Heap, running: Running, budget: usize) -> usize {
        let mut work = 0;
        loop {
            let (gray, first_time) = match self.gray.pop() {
                Some(g) => (g, true),
                None => match self.again.pop() {
                    Some(g) => (g, false),
                    None => return work,
                },
            };
            work += self.traverse(heap, running, gray, first_time);
            match gray {
                Gray::Table(t) => heap.tables.blacken(t),
                Gray::Function(f) => heap.functions.blacken(f),
                Gray::UpValue(uv) => heap.upvalues.blacken(uv),
                Gray::UserData(u) => heap.userdata.blacken(u),
                Gray::Thread(t) => heap.threads.blacken(t),
            }
            if work >= budget {
                return work;
            }
        }
    }

    /// Marks what one gray object references; returns the work done.
    fn traverse(&mut self, heap: &Heap, running: Running, gray: Gray, first_time: bool) -> usize {
        match gray {
            Gray::Table(t) => self.traverse_table(heap, t, first_time),
            Gray::Function(f) => self.traverse_function(heap, f),
            Gray::UpValue(uv) => {
                if let Some(upvalue) = heap.upvalues.get(uv) {
                    // An open upvalue does not keep its thread alive (5.1's `remarkupvals`):
                    // if the thread dies, the sweep closes the upvalue over this value.
                    let value = Self::upvalue_value(heap, running, upvalue);
                    self.mark_value(heap, value);
                }
                size_of::<UpVal>()
            }
            Gray::UserData(u) => {
                if let Some(data) = heap.userdata.get(u) {
                    if let Some(mt) = data.metatable {
                        self.mark_table(heap, mt);
                    }
                    self.mark_table(heap, data.env);
                }
                size_of::<UserData>()
            }
            Gray::Thread(t) => self.traverse_thread(heap, running, t, first_time),
        }
    }

    /// A table's metatable and entries; a weak table's weak side is left unmarked (strings
    /// are values, never weak, so they are marked on either side).
    fn traverse_table(&mut self, heap: &Heap, t: TableRef, first_time: bool) -> usize {
        let Some(table) = heap.tables.get(t) else {
            return 0;
        };
        let size = table.memory_size();
        if first_time {
            self.table_bytes += size;
        }
        let mode = match table.metatable {
            Some(mt) => {
                self.mark_table(heap, mt);
                WeakMode::of_metatable(heap, mt, self.mode_key)
            }
            None => WeakMode::STRONG,
        };
        if mode.is_weak() {
            self.weak_tables.push((t, mode));
        }
        // Array keys are numbers, which hold nothing to mark; so do most array values, which
        // are skipped here rather than in a call per entry.
        for &v in table.array_values() {
            if v.is_collectable() {
                self.mark_entry_side(heap, v, mode.values);
            }
        }
        table.for_each_node_entry(|k, v| {
            self.mark_entry_side(heap, k, mode.keys);
            self.mark_entry_side(heap, v, mode.values);
        });
        size
    }

    #[inline]
    fn mark_entry_side(&mut self, heap: &Heap, v: Value, weak: bool) {
        match v {
            Value::String(s) => self.mark_string(heap, s),
            _ if weak => {}
            _ => self.mark_value(heap, v),
        }
    }

    fn traverse_function(&mut self, heap: &Heap, f: FnRef) -> usize {
        match heap.functions.get(f) {
            Some(Function::Lua(lua)) => {
                self.mark_table(heap, lua.env);
                for &uv in lua.upvalues.iter() {
                    self.mark_upvalue(heap, uv);
                }
                let work = self.mark_proto(heap, &lua.proto);
                size_of::<Function>() + lua.upvalues.len() * WORK_PER_REFERENCE + work
            }
            Some(Function::Native(native)) => {
                self.mark_table(heap, native.env);
                for &v in native.upvalues.iter() {
                    self.mark_value(heap, v);
                }
                size_of::<Function>() + native.upvalues.len() * WORK_PER_REFERENCE
            }
            None => 0,
        }
    }

    fn traverse_thread(
        &mut self,
        heap: &Heap,
        running: Running,
        t: ThreadRef,
        first_time: bool,
    ) -> usize {
        let Some(thread) = heap.threads.get(t) else {
            return 0;
        };
        if let Some(body) = thread.body {
            self.mark_value(heap, body);
        }
        // The running thread's state is in the VM (a root); its object holds nothing live.
        if t == running.thread {
            return size_of::<crate::thread::Thread>();
        }
        self.mark_table(heap, thread.globals);
        let bytes = stack_bytes(thread.stack.capacity(), thread.frames.capacity());
        if first_time {
            self.thread_bytes += bytes;
        }
        self.mark_execution_state(heap, &thread.stack, &thread.frames, &thread.open_upvalues)
    }

    /// Marks the values of the open upvalues of threads nothing reached: such an upvalue
    /// was marked through a closure while its value could still change in the stack of its
    /// dying thread, and that stack is not traversed again (5.1's `remarkupvals`).
    pub(super) fn remark_upvalues_of_unreached_threads(&mut self, heap: &Heap) -> usize {
        let mut work = 0;
        for (t, thread) in heap.threads.iter() {
            work += WORK_PER_REFERENCE;
            if self.marks.threads.contains(t.index()) {
                continue;
            }
            for &(index, uv) in &thread.open_upvalues {
                if self.marks.upvalues.contains(uv.index()) {
                    let value = thread.stack.get(index).copied().unwrap_or_default();
                    self.mark_value(heap, value);
                    work += WORK_PER_REFERENCE;
                }
            }
        }
        work
    }
}
