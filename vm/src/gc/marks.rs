//! Mark bits: one bit per arena slot, per object type, for the length of one cycle.
//!
//! Bits are indexed by slot index. A handle's generation is checked against the arena before
//! its bit is set, and no slot is freed while the cycle marks, so a slot's bit always speaks
//! for the object that lives there now. The sets grow on demand: objects created during a
//! cycle take slots beyond the heap's size when the cycle began.

/// A growable bit set over the slots of one arena.
#[derive(Default)]
pub(super) struct MarkBits {
    words: Vec<u64>,
}

impl MarkBits {
    /// Sets the bit of `index`; true when it was not set before.
    #[inline]
    pub(super) fn insert(&mut self, index: u32) -> bool {
        let (word, bit) = (index as usize / 64, 1u64 << (index % 64));
        if word >= self.words.len() {
            self.words.resize(word + 1, 0);
        }
        let w = &mut self.words[word];
        let fresh = *w & bit == 0;
        *w |= bit;
        fresh
    }

    #[inline]
    pub(super) fn contains(&self, index: u32) -> bool {
        let (word, bit) = (index as usize / 64, 1u64 << (index % 64));
        self.words.get(word).is_some_and(|w| w & bit != 0)
    }
}

/// The mark bits of every arena.
#[derive(Default)]
pub(super) struct Marks {
    pub strings: MarkBits,
    pub tables: MarkBits,
    pub functions: MarkBits,
    pub upvalues: MarkBits,
    pub userdata: MarkBits,
    pub threads: MarkBits,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_set_once_and_grow_on_demand() {
        let mut bits = MarkBits::default();
        assert!(bits.insert(69));
        assert!(!bits.insert(69));
        assert!(bits.contains(69));
        assert!(!bits.contains(3));
        assert!(!bits.contains(100_000));
        assert!(bits.insert(100_000));
        assert!(bits.contains(100_000));
    }
}
