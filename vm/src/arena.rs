//! Generational arena: the storage behind every heap object.
//!
//! A [`Handle`] is an index plus the generation of the slot when the object was stored. Freeing
//! a slot bumps its generation, so a handle that outlived its object no longer matches and can
//! never reach the slot's next occupant.
//!
//! The arena also carries the two hooks the incremental collector needs from every object
//! store, because every allocation and every mutation of an object passes through here:
//! - the *write barrier*: a slot the collector has traversed is flagged black; the first
//!   mutable access to a black object clears the flag and records the slot in a "regrayed"
//!   list, which the collector traverses again in its atomic step (5.1's backward barrier,
//!   applied to every object type). Read access costs nothing.
//! - *birth recording*: while the collector sweeps, the slots of objects created (or, for
//!   interned strings, found again) are recorded so the sweep in progress keeps them.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// A typed, `Copy` reference to an object of type `T` in an [`Arena<T>`]. Laid out as index
/// then generation, so that comparing two handles is one 64-bit compare.
#[repr(C)]
pub struct Handle<T> {
    index: u32,
    generation: u32,
    _type: PhantomData<fn() -> T>,
}

impl<T> Handle<T> {
    #[inline(always)]
    pub fn index(self) -> u32 {
        self.index
    }

    #[inline(always)]
    pub fn generation(self) -> u32 {
        self.generation
    }

    /// Index and generation as one word: handles are equal when their words are.
    #[inline(always)]
    fn bits(self) -> u64 {
        u64::from(self.index) | u64::from(self.generation) << 32
    }
}

impl<T> Clone for Handle<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Handle<T> {}
impl<T> PartialEq for Handle<T> {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        self.bits() == other.bits()
    }
}
impl<T> Eq for Handle<T> {}
impl<T> Hash for Handle<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.index.hash(state);
        self.generation.hash(state);
    }
}
impl<T> fmt::Debug for Handle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}@{}", self.index, self.generation)
    }
}

enum Slot<T> {
    /// `black`: traversed by the collector in its current cycle and unchanged since.
    Occupied {
        generation: u32,
        black: bool,
        value: T,
    },
    Free {
        generation: u32,
        next_free: u32,
    },
}

const NO_FREE: u32 = u32::MAX;

/// Slots of `T` addressed by [`Handle<T>`], with free-slot reuse.
pub struct Arena<T> {
    slots: Vec<Slot<T>>,
    free_head: u32,
    len: usize,
    /// Slots of black objects that were mutated since the collector traversed them.
    regrayed: Vec<u32>,
    /// True while the collector sweeps: new slots ahead of `sweep_cursor` are recorded in
    /// `births`.
    recording_births: bool,
    births: Vec<u32>,
    /// The next slot the sweep in progress visits.
    sweep_cursor: usize,
}

impl<T> Default for Arena<T> {
    fn default() -> Self {
        Arena {
            slots: Vec::new(),
            free_head: NO_FREE,
            len: 0,
            regrayed: Vec::new(),
            recording_births: false,
            births: Vec::new(),
            sweep_cursor: 0,
        }
    }
}

impl<T> Arena<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of live objects.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn insert(&mut self, value: T) -> Handle<T> {
        let handle = self.place(value);
        if self.recording_births && handle.index as usize >= self.sweep_cursor {
            self.births.push(handle.index);
        }
        handle
    }

    fn place(&mut self, value: T) -> Handle<T> {
        self.len += 1;
        if self.free_head != NO_FREE {
            let index = self.free_head;
            let slot = &mut self.slots[index as usize];
            let Slot::Free {
                generation,
                next_free,
            } = *slot
            else {
                unreachable!("free list points at an occupied slot")
            };
            self.free_head = next_free;
            *slot = Slot::Occupied {
                generation,
                black: false,
                value,
            };
            return Handle {
                index,
                generation,
                _type: PhantomData,
            };
        }
        let index = u32::try_from(self.slots.len()).expect("arena exceeds u32 slots");
        self.slots.push(Slot::Occupied {
            generation: 0,
            black: false,
            value,
        });
        Handle {
            index,
            generation: 0,
            _type: PhantomData,
        }
    }

    #[inline(always)]
    pub fn get(&self, handle: Handle<T>) -> Option<&T> {
        match self.slots.get(handle.index as usize) {
            Some(Slot::Occupied {
                generation, value, ..
            }) if *generation == handle.generation => Some(value),
            _ => None,
        }
    }

    /// Mutable access, through the write barrier: a black object is regrayed.
    #[inline(always)]
    pub fn get_mut(&mut self, handle: Handle<T>) -> Option<&mut T> {
        match self.slots.get_mut(handle.index as usize) {
            Some(Slot::Occupied {
                generation,
                black,
                value,
            }) if *generation == handle.generation => {
                if *black {
                    *black = false;
                    self.regrayed.push(handle.index);
                }
                Some(value)
            }
            _ => None,
        }
    }

    /// Mutable access for the collector's own writes (clearing weak entries, closing the
    /// upvalues of dead threads), which must not count as mutator stores.
    pub(crate) fn get_mut_untracked(&mut self, handle: Handle<T>) -> Option<&mut T> {
        match self.slots.get_mut(handle.index as usize) {
            Some(Slot::Occupied {
                generation, value, ..
            }) if *generation == handle.generation => Some(value),
            _ => None,
        }
    }

    pub fn contains(&self, handle: Handle<T>) -> bool {
        self.get(handle).is_some()
    }

    /// Frees the object; the slot's generation moves on so old handles stop matching.
    pub fn remove(&mut self, handle: Handle<T>) -> Option<T> {
        let slot = self.slots.get_mut(handle.index as usize)?;
        match slot {
            Slot::Occupied { generation, .. } if *generation == handle.generation => {
                let next = Slot::Free {
                    generation: generation.wrapping_add(1),
                    next_free: self.free_head,
                };
                let Slot::Occupied { value, .. } = std::mem::replace(slot, next) else {
                    unreachable!()
                };
                self.free_head = handle.index;
                self.len -= 1;
                Some(value)
            }
            _ => None,
        }
    }

    /// Number of slots, live or free: one past the largest index a handle can have.
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The live handle in slot `index`, if any.
    pub fn handle_at(&self, index: u32) -> Option<Handle<T>> {
        match self.slots.get(index as usize) {
            Some(Slot::Occupied { generation, .. }) => Some(Handle {
                index,
                generation: *generation,
                _type: PhantomData,
            }),
            _ => None,
        }
    }

    /// Flags a traversed object black: its next mutation will regray it.
    pub(crate) fn blacken(&mut self, handle: Handle<T>) {
        if let Some(Slot::Occupied {
            generation, black, ..
        }) = self.slots.get_mut(handle.index as usize)
        {
            if *generation == handle.generation {
                *black = true;
            }
        }
    }

    /// Takes the slots regrayed by the write barrier since the last call.
    pub(crate) fn take_regrayed(&mut self) -> Vec<u32> {
        std::mem::take(&mut self.regrayed)
    }

    /// Starts a sweep (recording the slots of new objects ahead of it, see
    /// [`Arena::take_births`]) or ends one.
    pub(crate) fn record_births(&mut self, on: bool) {
        self.recording_births = on;
        self.births.clear();
        self.sweep_cursor = 0;
    }

    /// Records `handle` as born now if the sweep has yet to reach it: an object that may be
    /// unreachable is handed out again (an interned string found by its contents). The
    /// black flag, otherwise unused for such immutable objects, records it once only; the
    /// sweep clears it when it passes.
    #[inline]
    pub(crate) fn note_revived(&mut self, handle: Handle<T>) {
        if !self.recording_births || (handle.index as usize) < self.sweep_cursor {
            return;
        }
        if let Some(Slot::Occupied { black, .. }) = self.slots.get_mut(handle.index as usize) {
            if !*black {
                *black = true;
                self.births.push(handle.index);
            }
        }
    }

    /// Takes the slots recorded since the last call.
    pub(crate) fn take_births(&mut self) -> Vec<u32> {
        std::mem::take(&mut self.births)
    }

    /// One bounded piece of a sweep: visits slots from the sweep cursor on until `budget`
    /// work is done (`object_cost` per object, 1 per free slot; at least one slot), frees
    /// every object for which `keep` is false (handing it to `freed`), clears the black flag
    /// of the others, and advances the cursor. Returns the work done; the sweep of this
    /// arena is over when [`Arena::is_swept`].
    pub(crate) fn sweep_step(
        &mut self,
        budget: usize,
        object_cost: usize,
        mut keep: impl FnMut(Handle<T>, &T) -> bool,
        mut freed: impl FnMut(Handle<T>, T),
    ) -> usize {
        let mut work = 0;
        while self.sweep_cursor < self.slots.len() && (work == 0 || work < budget) {
            let index = self.sweep_cursor;
            self.sweep_cursor += 1;
            let Slot::Occupied {
                generation,
                black,
                value,
            } = &mut self.slots[index]
            else {
                work += 1;
                continue;
            };
            work += object_cost;
            let handle = Handle {
                index: index as u32,
                generation: *generation,
                _type: PhantomData,
            };
            if keep(handle, value) {
                *black = false;
                continue;
            }
            // `remove`'s work, on the slot at hand: a second look-up of it cost a tenth of
            // the sweep.
            let next = Slot::Free {
                generation: generation.wrapping_add(1),
                next_free: self.free_head,
            };
            let Slot::Occupied { value, .. } = std::mem::replace(&mut self.slots[index], next)
            else {
                unreachable!("the slot was occupied a moment ago")
            };
            self.free_head = handle.index;
            self.len -= 1;
            freed(handle, value);
        }
        work
    }

    /// The sweep in progress has visited every slot.
    pub(crate) fn is_swept(&self) -> bool {
        self.sweep_cursor >= self.slots.len()
    }

    /// Every live handle with its object.
    pub fn iter(&self) -> impl Iterator<Item = (Handle<T>, &T)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| match slot {
                Slot::Occupied {
                    generation, value, ..
                } => Some((
                    Handle {
                        index: i as u32,
                        generation: *generation,
                        _type: PhantomData,
                    },
                    value,
                )),
                Slot::Free { .. } => None,
            })
    }
}

impl<T> std::ops::Index<Handle<T>> for Arena<T> {
    type Output = T;

    #[inline(always)]
    fn index(&self, handle: Handle<T>) -> &T {
        match self.get(handle) {
            Some(v) => v,
            None => stale_handle(handle.index, handle.generation),
        }
    }
}

impl<T> std::ops::IndexMut<Handle<T>> for Arena<T> {
    #[inline(always)]
    fn index_mut(&mut self, handle: Handle<T>) -> &mut T {
        match self.get_mut(handle) {
            Some(v) => v,
            None => stale_handle(handle.index, handle.generation),
        }
    }
}

#[cold]
#[inline(never)]
fn stale_handle(index: u32, generation: u32) -> ! {
    panic!("stale heap handle #{index}@{generation}: the object was freed (VM bug)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_handle_does_not_reach_new_occupant() {
        let mut arena = Arena::new();
        let a = arena.insert("a");
        assert_eq!(arena.remove(a), Some("a"));
        let b = arena.insert("b");
        assert_eq!(a.index(), b.index());
        assert!(arena.get(a).is_none());
        assert_eq!(arena[b], "b");
        assert_eq!(arena.len(), 1);
    }

    #[test]
    fn mutating_a_black_object_regrays_it_once_and_reading_does_not() {
        let mut arena = Arena::new();
        let a = arena.insert(1);
        let b = arena.insert(2);
        arena.blacken(a);
        arena.blacken(b);
        assert_eq!(arena[a], 1);
        assert!(arena.take_regrayed().is_empty());
        arena[a] += 10;
        arena[a] += 10;
        *arena.get_mut_untracked(b).unwrap() += 1;
        assert_eq!(arena.take_regrayed(), vec![a.index()]);
        arena[b] += 1;
        assert_eq!(arena.take_regrayed(), vec![b.index()]);
    }

    #[test]
    fn births_are_recorded_only_while_asked() {
        let mut arena = Arena::new();
        let a = arena.insert("a");
        let old = arena.insert("old");
        arena.record_births(true);
        let b = arena.insert("b");
        arena.note_revived(a);
        arena.note_revived(a);
        assert_eq!(arena.take_births(), vec![b.index(), a.index()]);
        // Behind the sweep nothing needs recording; passing a revived slot clears its flag.
        arena.sweep_step(20, 10, |_, _| true, |_, _| {});
        arena.note_revived(old);
        assert!(arena.take_births().is_empty());
        arena.record_births(false);
        arena.insert("c");
        assert!(arena.take_births().is_empty());
    }

    #[test]
    fn sweep_steps_are_bounded_and_clear_black_flags() {
        let mut arena = Arena::new();
        let handles: Vec<_> = (0..100).map(|i| arena.insert(i)).collect();
        for &h in &handles {
            arena.blacken(h);
        }
        let mut freed = Vec::new();
        let mut steps = 0;
        arena.record_births(true);
        while !arena.is_swept() {
            let work = arena.sweep_step(50, 10, |_, v| v % 2 == 0, |_, v| freed.push(v));
            assert!((10..=50).contains(&work), "{work}");
            steps += 1;
        }
        assert_eq!(steps, 20);
        assert_eq!(freed.len(), 50);
        assert_eq!(arena.len(), 50);
        // Survivors are white again: mutating them records nothing.
        arena[handles[0]] += 1;
        assert!(arena.take_regrayed().is_empty());
        // Free slots cost one unit each.
        arena.record_births(true);
        let work = arena.sweep_step(usize::MAX, 10, |_, _| true, |_, _| {});
        assert!(arena.is_swept());
        assert_eq!(work, 50 * 10 + 50);
    }
}
