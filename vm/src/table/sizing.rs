//! Size arithmetic shared by the table, the compiler and the VM: Lua 5.1's "floating point
//! byte" encoding of constructor sizes, and the rule that picks the array-part size on rehash.

/// Largest power of two the array part may take (5.1's `MAXBITS`): integer keys above
/// `2^MAX_BITS` always live in the hash part, exactly as in the reference.
pub(crate) const MAX_BITS: usize = 26;

/// Largest array index counted as an array candidate (5.1's `MAXASIZE`).
pub(super) const MAX_ARRAY_SIZE: usize = 1 << MAX_BITS;

/// Decodes a size stored in NEWTABLE's B or C operand: `eeeeexxx` means `(1xxx) * 2^(eeeee-1)`
/// when `eeeee` is non-zero, `xxx` otherwise.
pub fn fb2int(x: u32) -> usize {
    let exponent = (x >> 3) & 31;
    if exponent == 0 {
        x as usize
    } else {
        (((x & 7) + 8) as usize) << (exponent - 1)
    }
}

/// Encodes a size for NEWTABLE's B or C operand, rounding up so that
/// `fb2int(int2fb(x)) >= x`.
pub fn int2fb(x: usize) -> u32 {
    let mut mantissa = x;
    let mut exponent: u32 = 0;
    while mantissa >= 16 {
        // (m + 1) / 2 without the overflow `m + 1` could cause at usize::MAX.
        mantissa = mantissa / 2 + (mantissa & 1);
        exponent += 1;
    }
    if mantissa < 8 {
        mantissa as u32
    } else {
        ((exponent + 1) << 3) | (mantissa as u32 - 8)
    }
}

/// `ceil(log2(x))` for `x >= 1`; 0 for 0 (never asked).
#[inline]
pub(super) fn ceil_log2(x: usize) -> usize {
    if x <= 1 {
        0
    } else {
        (usize::BITS - (x - 1).leading_zeros()) as usize
    }
}

/// Counts of integer keys per power-of-two slice: `slices[i]` holds how many keys `k` with
/// `2^(i-1) < k <= 2^i` the table holds (slice 0 is the key 1 alone).
pub(super) struct IntegerKeyCensus {
    slices: [usize; MAX_BITS + 1],
    /// Total of all slices.
    total: usize,
}

impl IntegerKeyCensus {
    pub(super) fn new() -> Self {
        IntegerKeyCensus {
            slices: [0; MAX_BITS + 1],
            total: 0,
        }
    }

    /// Counts `k` if it is a candidate array index (1 ..= 2^26).
    #[inline]
    pub(super) fn count_index(&mut self, k: usize) {
        if (1..=MAX_ARRAY_SIZE).contains(&k) {
            self.slices[ceil_log2(k)] += 1;
            self.total += 1;
        }
    }

    /// Counts `n` if it is a number with an integral value that is a candidate array index.
    /// Like 5.1 (which converts through a C `int`), only values that fit 32 bits qualify,
    /// which the 2^26 bound already implies.
    #[inline]
    pub(super) fn count_number(&mut self, n: f64) {
        let k = n as usize;
        if k as f64 == n {
            self.count_index(k);
        }
    }

    /// Adds a run of `count` present keys all lying in slice `slice`.
    pub(super) fn add_to_slice(&mut self, slice: usize, count: usize) {
        if let Some(s) = self.slices.get_mut(slice) {
            *s += count;
            self.total += count;
        }
    }

    /// 5.1's `computesizes`: the largest power of two `n` such that more than half of the
    /// slots `1..=n` would be used, and how many keys would then go to the array part.
    /// Returns `(array_size, keys_in_array)`.
    pub(super) fn optimal_array_size(&self) -> (usize, usize) {
        let mut below = 0; // keys <= 2^i seen so far
        let mut best_size = 0;
        let mut best_count = 0;
        let mut power = 1usize;
        for &in_slice in &self.slices {
            if power / 2 >= self.total {
                break;
            }
            if in_slice > 0 {
                below += in_slice;
                if below > power / 2 {
                    best_size = power;
                    best_count = below;
                }
            }
            if below == self.total {
                break;
            }
            power *= 2;
        }
        (best_size, best_count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fb_encoding_matches_lua51() {
        // Pairs checked against luac5.1 listings of constructors with n array items.
        assert_eq!(int2fb(0), 0);
        assert_eq!(int2fb(7), 7);
        assert_eq!(int2fb(8), 8);
        assert_eq!(int2fb(15), 15);
        assert_eq!(int2fb(16), 16);
        assert_eq!(int2fb(17), 17);
        assert_eq!(int2fb(100), 37);
        assert_eq!(fb2int(37), 104);
        assert_eq!(fb2int(17), 18);
        for x in 0..100_000usize {
            let decoded = fb2int(int2fb(x));
            assert!(decoded >= x, "{x} -> {decoded}");
            // Rounding up costs at most one part in eight.
            assert!(decoded <= x + x / 8 + 1, "{x} -> {decoded}");
        }
        for b in 0..256u32 {
            // Every decoded size is representable, so re-encoding it loses nothing.
            assert_eq!(fb2int(int2fb(fb2int(b))), fb2int(b), "{b}");
        }
        assert!(int2fb(usize::MAX) > 0);
    }

    #[test]
    fn ceil_log2_values() {
        let expected = [
            (1, 0),
            (2, 1),
            (3, 2),
            (4, 2),
            (5, 3),
            (8, 3),
            (9, 4),
            (1 << 26, 26),
        ];
        for (x, log) in expected {
            assert_eq!(ceil_log2(x), log, "{x}");
        }
    }

    #[test]
    fn optimal_array_size_prefers_more_than_half_full() {
        let mut census = IntegerKeyCensus::new();
        for k in [1, 2, 3, 10] {
            census.count_index(k);
        }
        // 1..=4 holds 3 keys (> 2): size 4; 1..=16 holds 4 keys (not > 8).
        assert_eq!(census.optimal_array_size(), (4, 3));

        let mut sparse = IntegerKeyCensus::new();
        for k in [100, 200] {
            sparse.count_index(k);
        }
        assert_eq!(sparse.optimal_array_size(), (0, 0));

        let mut beyond = IntegerKeyCensus::new();
        beyond.count_number(1.5);
        beyond.count_number(-1.0);
        beyond.count_number((MAX_ARRAY_SIZE + 1) as f64);
        assert_eq!(beyond.total, 0);
    }
}
