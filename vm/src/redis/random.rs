//! Redis's `math.random`: the 48-bit linear congruential generator of `lrand48`, which Redis
//! ships as `redisLrand48` so that a seeded sequence is the same on every platform.
//!
//! The state is `x` (48 bits); each step is `x = (A * x + C) mod 2^48`, and a draw is the top
//! 31 bits. Seeding puts the 32-bit seed above the fixed low word `0x330E`. Redis keeps one
//! generator per process and never reseeds it between scripts.

const MULTIPLIER: u64 = 0x5_DEEC_E66D;
const INCREMENT: u64 = 0xB;
const MASK_48: u64 = (1 << 48) - 1;
/// The low 16 bits every seed is combined with.
const SEED_LOW_WORD: u64 = 0x330E;
/// The state before any `randomseed`.
const INITIAL_STATE: u64 = 0x1234_ABCD_330E;
/// `REDIS_LRAND48_MAX`: the largest draw.
pub const LRAND48_MAX: i64 = i32::MAX as i64;

#[derive(Clone, Debug)]
pub struct Rand48 {
    state: u64,
}

impl Default for Rand48 {
    fn default() -> Self {
        Rand48 {
            state: INITIAL_STATE,
        }
    }
}

impl Rand48 {
    /// `redisSrand48`: the seed is taken as C's 32-bit `int`.
    pub fn seed(&mut self, seed: i32) {
        self.state = ((seed as u32 as u64) << 16) | SEED_LOW_WORD;
    }

    /// `redisLrand48`: a number in `0..=2^31-1`.
    pub fn next(&mut self) -> i64 {
        self.state = MULTIPLIER.wrapping_mul(self.state).wrapping_add(INCREMENT) & MASK_48;
        (self.state >> 17) as i64
    }

    /// The fraction `math.random` scales: `(draw % MAX) / MAX`, in `[0, 1)`.
    pub fn next_fraction(&mut self) -> f64 {
        (self.next() % LRAND48_MAX) as f64 / LRAND48_MAX as f64
    }
}
