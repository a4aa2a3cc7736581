//! Hash parts of swept tables, kept for new tables to reuse.
//!
//! Programs that make objects or records in a loop create and drop many small tables of one
//! shape; each would cost the allocator a malloc and a free (more than the rest of creating
//! the table). The sweep hands the node blocks of the small tables it frees to this store,
//! and new tables of those sizes take them back. The store is bounded, and the memory
//! accounting never counts it: to the script, as in 5.1, a freed table's memory is gone.

use super::{Node, FREE_NODE};

/// Blocks of `2^k` nodes are kept for `k` below this.
const SIZE_CLASSES: usize = 4;

/// Bytes kept per size class, at most.
const BYTES_PER_CLASS: usize = 32 * 1024;

/// Free node blocks by size (stale contents; cleared when taken).
#[derive(Default)]
pub struct SpareNodes {
    /// `blocks[k]` holds blocks of exactly `2^k` nodes.
    blocks: [Vec<Vec<Node>>; SIZE_CLASSES],
}

impl SpareNodes {
    /// `size` (a power of two) free nodes: a kept block if there is one, else a new one.
    #[inline]
    pub(super) fn take(&mut self, size: usize) -> Vec<Node> {
        let class = size.trailing_zeros() as usize;
        if let Some(mut block) = self.blocks.get_mut(class).and_then(Vec::pop) {
            block.fill(FREE_NODE);
            return block;
        }
        vec![FREE_NODE; size]
    }

    /// Keeps `nodes` (a table's hash part) for reuse if it is small and there is room for
    /// it; drops it otherwise.
    #[inline]
    pub(super) fn keep(&mut self, nodes: Vec<Node>) {
        let size = nodes.len();
        let class = size.trailing_zeros() as usize;
        // Blocks come from `take` or a rehash, whose `vec!` allocates the exact size.
        if size == 0 || nodes.capacity() != size {
            return;
        }
        if let Some(blocks) = self.blocks.get_mut(class) {
            if blocks.len() < BYTES_PER_CLASS / (size * std::mem::size_of::<Node>()) {
                blocks.push(nodes);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    #[test]
    fn blocks_come_back_cleared_and_only_small_ones_are_kept() {
        let mut spare = SpareNodes::default();
        let mut block = spare.take(2);
        block[1].key = Value::Number(1.0);
        block[1].value = Value::Boolean(true);
        block[1].next = 0;
        let address = block.as_ptr();
        spare.keep(block);
        let again = spare.take(2);
        assert_eq!(again.as_ptr(), address);
        assert!(again
            .iter()
            .all(|n| n.key.is_nil() && n.value.is_nil() && n.next == FREE_NODE.next));
        assert!(spare.blocks[1].is_empty(), "a block is handed out once");
        spare.keep(vec![FREE_NODE; 1 << SIZE_CLASSES]);
        assert!(spare.blocks.iter().all(Vec::is_empty));
    }

    #[test]
    fn each_size_class_is_bounded() {
        let mut spare = SpareNodes::default();
        for _ in 0..10_000 {
            spare.keep(vec![FREE_NODE; 1]);
        }
        let kept = spare.blocks[0].len();
        assert_eq!(kept, BYTES_PER_CLASS / std::mem::size_of::<Node>());
    }
}
