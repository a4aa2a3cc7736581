//! Where a key's chain starts in a hash part of `2^k` nodes: Lua 5.1's `mainposition`.
//!
//! These functions decide `pairs` order, so each follows the reference bit for bit (PUC-Rio
//! 5.1.5 on x86_64). Objects the reference hashes by address are hashed by handle index
//! here; their order cannot match the reference's anyway.

use crate::value::Value;

/// Main position of `key` in a hash part of `node_count` nodes (a power of two, at least 1).
/// `key` is never nil.
#[inline]
pub(super) fn main_position(key: Value, node_count: usize) -> usize {
    match key {
        Value::Number(n) => number_position(n, node_count),
        Value::String(s) => power_of_two_position(s.hash, node_count),
        Value::Boolean(b) => power_of_two_position(b as u32, node_count),
        Value::Table(h) => modulo_position(h.index(), node_count),
        Value::Function(h) => modulo_position(h.index(), node_count),
        Value::UserData(h) => modulo_position(h.index(), node_count),
        Value::Thread(h) => modulo_position(h.index(), node_count),
        Value::Nil => 0,
    }
}

/// 5.1's `hashpow2`: the low bits (strings, booleans).
#[inline(always)]
pub(super) fn power_of_two_position(hash: u32, node_count: usize) -> usize {
    hash as usize & (node_count - 1)
}

/// 5.1's `hashnum`: both zeros go to node 0 (they are the same key but have different bits);
/// otherwise the two 32-bit halves of the double are added and reduced modulo an odd number.
#[inline]
pub(super) fn number_position(n: f64, node_count: usize) -> usize {
    if n == 0.0 {
        return 0;
    }
    let bits = n.to_bits();
    let folded = (bits as u32).wrapping_add((bits >> 32) as u32);
    modulo_position(folded, node_count)
}

/// 5.1's `hashmod`: modulo `(size - 1) | 1`, odd so that all bits of the hash matter.
#[inline(always)]
fn modulo_position(hash: u32, node_count: usize) -> usize {
    // node_count never exceeds 2^32 (the VM's memory limit stops far earlier), so the
    // divisor fits the 32-bit arithmetic the reference uses.
    let divisor = ((node_count - 1) | 1) as u32;
    (hash % divisor) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_like_lua51() {
        // 1.0 = 0x3FF00000_00000000: halves sum to 0x3FF00000 = 1072693248.
        assert_eq!(number_position(1.0, 8), 1072693248 % 7);
        assert_eq!(number_position(0.0, 8), 0);
        assert_eq!(number_position(-0.0, 8), 0);
        assert_eq!(number_position(5.0, 1), 0);
        // -1.0 = 0xBFF00000_00000000.
        assert_eq!(number_position(-1.0, 16), 0xBFF00000u32 as usize % 15);
    }

    #[test]
    fn booleans_and_strings_use_low_bits() {
        assert_eq!(power_of_two_position(1, 4), 1);
        assert_eq!(power_of_two_position(1, 1), 0);
        assert_eq!(power_of_two_position(0xFFFF_FFFF, 16), 15);
    }
}
