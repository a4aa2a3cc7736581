//! A thread's value stack (5.1's `L->stack` with `L->top`): storage allocated ahead, every
//! slot of it an initialised value, and an explicit top marking the end of the live values.
//!
//! Calls and returns move the top instead of reallocating or shrinking the storage, and the
//! storage never shrinks while the thread lives: a Lua frame, once entered with its
//! `max_stack_size` window allocated ([`crate::state::Vm::ensure_stack`]), can address every
//! register of that window for as long as it runs (see `exec/registers.rs`).
//!
//! The stack dereferences to its live part, `[0, top)`: indexing, `get` and iteration see
//! exactly the values a `Vec` truncated at the top would hold. Slots at or above the top keep
//! stale values that nothing marks; every way of raising the top ([`Stack::push`],
//! [`Stack::resize`], [`Stack::open_window`], [`Stack::extend_from_slice`],
//! [`Stack::insert`]) writes the slots it brings below it, so a stale value never becomes
//! live.

use std::ops::{Deref, DerefMut};

use crate::value::Value;

#[derive(Default)]
pub struct Stack {
    /// Allocated slots; `slots.len()` is the stack's capacity. The allocation under them may
    /// hold more room, unaccounted, when the stack was [`Stack::recycled`].
    slots: Vec<Value>,
    /// End of the live values (`top <= slots.len()`).
    top: usize,
}

impl Stack {
    pub fn with_capacity(capacity: usize) -> Stack {
        Stack {
            slots: vec![Value::Nil; capacity],
            top: 0,
        }
    }

    /// The top: the number of live values.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.top
    }

    /// Allocated slots (what the memory accounting charges).
    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Every allocated slot, live or not (for the unchecked register access of
    /// `exec/registers.rs`).
    #[inline(always)]
    pub(crate) fn allocated(&self) -> &[Value] {
        &self.slots
    }

    #[inline(always)]
    pub(crate) fn allocated_mut(&mut self) -> &mut [Value] {
        &mut self.slots
    }

    /// Lowers the top to `len` (no effect when it is already at or below).
    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        if len < self.top {
            self.top = len;
        }
    }

    #[inline(always)]
    pub fn clear(&mut self) {
        self.top = 0;
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        if self.top == self.slots.len() {
            self.grow_for(self.top + 1);
        }
        self.slots[self.top] = v;
        self.top += 1;
    }

    /// Sets the top to `len`, writing `v` into every slot it brings below the top.
    #[inline(always)]
    pub fn resize(&mut self, len: usize, v: Value) {
        if len <= self.top {
            self.top = len;
            return;
        }
        if len > self.slots.len() {
            self.grow_for(len);
        }
        self.slots[self.top..len].fill(v);
        self.top = len;
    }

    /// Enters a Lua frame's window ending at `end`, whose slots were allocated beforehand:
    /// the values from `keep` up are dropped, the slots from there to `end` become nil, and
    /// `end` becomes the top (5.1's `luaD_precall` clearing the new frame's registers).
    #[inline(always)]
    pub fn open_window(&mut self, keep: usize, end: usize) {
        let from = keep.min(self.top);
        self.slots[from..end].fill(Value::Nil);
        self.top = end;
    }

    pub fn extend_from_slice(&mut self, values: &[Value]) {
        let end = self.top + values.len();
        if end > self.slots.len() {
            self.grow_for(end);
        }
        self.slots[self.top..end].copy_from_slice(values);
        self.top = end;
    }

    /// Inserts `v` at `index`, moving the live values above it up by one.
    pub fn insert(&mut self, index: usize, v: Value) {
        assert!(index <= self.top, "stack insert past the top");
        if self.top == self.slots.len() {
            self.grow_for(self.top + 1);
        }
        self.slots.copy_within(index..self.top, index + 1);
        self.slots[index] = v;
        self.top += 1;
    }

    /// Removes the live values from `from` up and returns them.
    pub fn split_off(&mut self, from: usize) -> Vec<Value> {
        let values = self[from..].to_vec();
        self.top = from;
        values
    }

    /// The same allocation with no slot allocated as far as the memory accounting sees
    /// ([`Stack::capacity`] is 0), for a new thread: growing it again charges the memory
    /// limit as a fresh stack's growth does, but finds the room already there.
    pub(crate) fn recycled(mut self) -> Stack {
        self.slots.clear();
        self.top = 0;
        self
    }

    /// Bytes allocated, accounted or not.
    pub(crate) fn allocated_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Value>()
    }

    /// Allocates exactly `capacity` slots (when fewer are allocated): the growth the memory
    /// accounting was charged for beforehand.
    pub fn reserve_exact(&mut self, capacity: usize) {
        if capacity > self.slots.len() {
            self.slots.reserve_exact(capacity - self.slots.len());
            self.slots.resize(capacity, Value::Nil);
        }
    }

    /// Unplanned growth (values pushed by natives): at least doubling, as `Vec` grows.
    #[cold]
    #[inline(never)]
    fn grow_for(&mut self, needed: usize) {
        let grown = needed.max(self.slots.len() * 2).max(4);
        self.reserve_exact(grown);
    }
}

impl Deref for Stack {
    type Target = [Value];

    #[inline(always)]
    fn deref(&self) -> &[Value] {
        &self.slots[..self.top]
    }
}

impl DerefMut for Stack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        &mut self.slots[..self.top]
    }
}

#[cfg(test)]
mod tests {
    use super::Stack;
    use crate::value::Value;

    fn n(x: f64) -> Value {
        Value::Number(x)
    }

    #[test]
    fn lowering_and_raising_the_top_never_revives_stale_values() {
        let mut s = Stack::with_capacity(2);
        s.extend_from_slice(&[n(1.0), n(2.0), n(3.0)]);
        assert!(s.capacity() >= 3);
        s.truncate(1);
        assert_eq!(s.len(), 1);
        assert!(s.get(1).is_none());
        s.resize(3, Value::Nil);
        assert_eq!(&s[..], &[n(1.0), Value::Nil, Value::Nil]);
        s.truncate(0);
        s.push(n(4.0));
        assert_eq!(&s[..], &[n(4.0)]);
    }

    #[test]
    fn insert_and_split_off_act_on_the_live_values() {
        let mut s = Stack::default();
        s.extend_from_slice(&[n(1.0), n(3.0)]);
        s.insert(1, n(2.0));
        assert_eq!(&s[..], &[n(1.0), n(2.0), n(3.0)]);
        assert_eq!(s.split_off(1), vec![n(2.0), n(3.0)]);
        s.push(n(5.0));
        assert_eq!(&s[..], &[n(1.0), n(5.0)]);
    }

    #[test]
    fn a_recycled_stack_keeps_its_allocation_but_accounts_none() {
        let mut s = Stack::default();
        s.reserve_exact(100);
        s.extend_from_slice(&[n(1.0), n(2.0)]);
        let allocated = s.allocated_bytes();
        let mut s = s.recycled();
        assert_eq!((s.len(), s.capacity()), (0, 0));
        assert_eq!(s.allocated_bytes(), allocated);
        s.reserve_exact(50);
        assert_eq!(s.capacity(), 50);
        assert_eq!(s.allocated_bytes(), allocated, "no reallocation");
        s.resize(2, Value::Nil);
        assert_eq!(&s[..], &[Value::Nil, Value::Nil]);
    }

    #[test]
    fn capacity_grows_as_a_vec_does_and_never_shrinks() {
        let mut s = Stack::default();
        s.push(n(1.0));
        assert_eq!(s.capacity(), 4);
        s.extend_from_slice(&[n(0.0); 4]);
        assert_eq!(s.capacity(), 8);
        s.reserve_exact(20);
        assert_eq!(s.capacity(), 20);
        s.clear();
        assert_eq!(s.capacity(), 20);
    }
}
