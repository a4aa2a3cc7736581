//! Reusable byte buffers for building strings. A VM operation or native function borrows one,
//! builds its result in it and gives it back, so that building a string allocates nothing
//! but the string itself once the buffers have grown. Borrowing is nested-call safe: a call
//! made meanwhile (a `gsub` callback, a `__concat` handler) borrows other buffers.

/// Buffers that grew past this are dropped when given back, so one huge result does not
/// stay allocated for the VM's lifetime.
const KEPT_CAPACITY: usize = 1 << 16;
/// Spare buffers kept at most (enough for the deepest native nesting that builds strings).
const KEPT_BUFFERS: usize = 4;

/// The VM's spare buffers.
#[derive(Default)]
pub(crate) struct BufferPool {
    spare: Vec<Vec<u8>>,
}

impl BufferPool {
    /// An empty buffer, reused when one is spare.
    pub(crate) fn take(&mut self) -> Vec<u8> {
        self.spare.pop().unwrap_or_default()
    }

    /// Returns a buffer for later reuse.
    pub(crate) fn give_back(&mut self, mut buffer: Vec<u8>) {
        if buffer.capacity() <= KEPT_CAPACITY && self.spare.len() < KEPT_BUFFERS {
            buffer.clear();
            self.spare.push(buffer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_come_back_empty_and_huge_ones_are_dropped() {
        let mut pool = BufferPool::default();
        let mut a = pool.take();
        a.extend_from_slice(b"hello");
        let capacity = a.capacity();
        pool.give_back(a);
        let again = pool.take();
        assert!(again.is_empty());
        assert_eq!(again.capacity(), capacity);
        pool.give_back(vec![0; KEPT_CAPACITY + 1]);
        assert_eq!(pool.take().capacity(), 0);
    }
}
