//! Generational arena: the storage behind every heap object.
//!
//! A [`Handle`] is an index plus the generation of the slot when the object was stored. Freeing
//! a slot bumps its generation, so a handle that outlived its object no longer matches and can
//! never reach the slot's next occupant.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// A typed, `Copy` reference to an object of type `T` in an [`Arena<T>`].
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
        self.index == other.index && self.generation == other.generation
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
    Occupied { generation: u32, value: T },
    Free { generation: u32, next_free: u32 },
}

const NO_FREE: u32 = u32::MAX;

/// Slots of `T` addressed by [`Handle<T>`], with free-slot reuse.
pub struct Arena<T> {
    slots: Vec<Slot<T>>,
    free_head: u32,
    len: usize,
}

impl<T> Default for Arena<T> {
    fn default() -> Self {
        Arena {
            slots: Vec::new(),
            free_head: NO_FREE,
            len: 0,
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
            *slot = Slot::Occupied { generation, value };
            return Handle {
                index,
                generation,
                _type: PhantomData,
            };
        }
        let index = u32::try_from(self.slots.len()).expect("arena exceeds u32 slots");
        self.slots.push(Slot::Occupied {
            generation: 0,
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
            Some(Slot::Occupied { generation, value }) if *generation == handle.generation => {
                Some(value)
            }
            _ => None,
        }
    }

    #[inline(always)]
    pub fn get_mut(&mut self, handle: Handle<T>) -> Option<&mut T> {
        match self.slots.get_mut(handle.index as usize) {
            Some(Slot::Occupied { generation, value }) if *generation == handle.generation => {
                Some(value)
            }
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

    /// Frees every object for which `keep` is false, handing each freed object to `freed`
    /// (the collector's sweep). Freed slots join the free list with a new generation.
    pub fn retain(
        &mut self,
        mut keep: impl FnMut(Handle<T>, &T) -> bool,
        mut freed: impl FnMut(Handle<T>, T),
    ) {
        for index in 0..self.slots.len() {
            let Slot::Occupied { generation, value } = &self.slots[index] else {
                continue;
            };
            let handle = Handle {
                index: index as u32,
                generation: *generation,
                _type: PhantomData,
            };
            if !keep(handle, value) {
                if let Some(value) = self.remove(handle) {
                    freed(handle, value);
                }
            }
        }
    }

    /// Every live handle with its object.
    pub fn iter(&self) -> impl Iterator<Item = (Handle<T>, &T)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| match slot {
                Slot::Occupied { generation, value } => Some((
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
}
