//! Mark bits: one bit per arena slot, per object type, for the length of one collection.
//!
//! Bits are indexed by slot index. A handle's generation is checked against the arena before
//! its bit is set, so a slot's bit always speaks for the object that lives there now.

use crate::heap::Heap;

/// A fixed-size bit set over the slots of one arena.
pub(super) struct MarkBits {
    words: Vec<u64>,
}

impl MarkBits {
    fn with_slots(slots: usize) -> MarkBits {
        MarkBits {
            words: vec![0; slots.div_ceil(64)],
        }
    }

    /// Sets the bit of `index`; true when it was not set before.
    #[inline]
    pub(super) fn insert(&mut self, index: u32) -> bool {
        let (word, bit) = (index as usize / 64, 1u64 << (index % 64));
        match self.words.get_mut(word) {
            Some(w) if *w & bit == 0 => {
                *w |= bit;
                true
            }
            _ => false,
        }
    }

    #[inline]
    pub(super) fn contains(&self, index: u32) -> bool {
        let (word, bit) = (index as usize / 64, 1u64 << (index % 64));
        self.words.get(word).is_some_and(|w| w & bit != 0)
    }
}

/// The mark bits of every arena.
pub(super) struct Marks {
    pub strings: MarkBits,
    pub tables: MarkBits,
    pub functions: MarkBits,
    pub upvalues: MarkBits,
    pub userdata: MarkBits,
    pub threads: MarkBits,
}

impl Marks {
    /// All clear, sized for the heap as it is now (collection allocates nothing on the heap).
    pub(super) fn for_heap(heap: &Heap) -> Marks {
        Marks {
            strings: MarkBits::with_slots(heap.strings.slot_count()),
            tables: MarkBits::with_slots(heap.tables.slot_count()),
            functions: MarkBits::with_slots(heap.functions.slot_count()),
            upvalues: MarkBits::with_slots(heap.upvalues.slot_count()),
            userdata: MarkBits::with_slots(heap.userdata.slot_count()),
            threads: MarkBits::with_slots(heap.threads.slot_count()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_set_once_and_out_of_range_is_unmarked() {
        let mut bits = MarkBits::with_slots(70);
        assert!(bits.insert(69));
        assert!(!bits.insert(69));
        assert!(bits.contains(69));
        assert!(!bits.contains(3));
        assert!(!bits.insert(1000));
        assert!(!bits.contains(1000));
    }
}
