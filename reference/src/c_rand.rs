//! `math.random` and `math.randomseed` of PUC-Rio 5.1 over a generator owned by each Lua state.
//!
//! The original functions call the C library's `rand()`/`srand()`, whose state is global to the
//! process: reference states on parallel threads would draw from one sequence. Here each state
//! gets its own copy of glibc's generator (the additive feedback generator behind `random_r`,
//! TYPE_3), starting as a fresh process does (`srand(1)`), so the numbers are those `lua5.1`
//! prints and no run can disturb another. The generator lives in a full userdata shared as the
//! upvalue of both functions, so it is collected with the state and holds nothing to drop.
//!
//! The argument handling is 5.1's `math_random`: the fraction is drawn before any argument is
//! checked, bounds are C `int`s (converted as the x86-64 build converts a double), and the range width is
//! computed in `int` arithmetic.

use mlua::ffi;
use std::os::raw::c_int;

/// glibc's `RAND_MAX`.
const RAND_MAX: i32 = i32::MAX;
/// Words of TYPE_3 state (`DEG_3`) and the distance between the two taps (`SEP_3`).
const DEGREE: usize = 31;
const SEPARATION: usize = 3;
/// Outputs `srandom_r` throws away after seeding, to stir the state.
const DISCARDED_AFTER_SEEDING: usize = 10 * DEGREE;

/// The state of one C `rand()` generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CRand {
    table: [i32; DEGREE],
    front: usize,
    rear: usize,
}

impl CRand {
    /// A generator seeded as `srand(seed)` seeds it.
    pub(crate) fn seeded(seed: u32) -> CRand {
        let mut generator = CRand {
            table: [0; DEGREE],
            front: SEPARATION,
            rear: 0,
        };
        generator.seed(seed);
        generator
    }

    /// `srand(seed)`.
    pub(crate) fn seed(&mut self, seed: u32) {
        // glibc replaces a zero seed, which would leave the generator stuck at zero.
        let mut word = if seed == 0 { 1 } else { seed as i32 };
        self.table[0] = word;
        for slot in 1..DEGREE {
            // Park-Miller "minimal standard" step 16807 * word mod (2^31 - 1), by Schrage's
            // method as glibc writes it, with C's truncating division of a possibly negative word.
            let high = i64::from(word) / 127_773;
            let low = i64::from(word) % 127_773;
            let mut next = 16_807 * low - 2_836 * high;
            if next < 0 {
                next += 2_147_483_647;
            }
            word = next as i32;
            self.table[slot] = word;
        }
        self.front = SEPARATION;
        self.rear = 0;
        for _ in 0..DISCARDED_AFTER_SEEDING {
            self.next();
        }
    }

    /// `rand()`: the next value in `0..=RAND_MAX`.
    pub(crate) fn next(&mut self) -> i32 {
        let sum = (self.table[self.front] as u32).wrapping_add(self.table[self.rear] as u32);
        self.table[self.front] = sum as i32;
        self.front = (self.front + 1) % DEGREE;
        self.rear = (self.rear + 1) % DEGREE;
        (sum >> 1) as i32
    }
}

/// Converts a Lua number to a C `int` as the 5.1 build does on x86-64: `(int)d` compiles to a
/// 64-bit truncating conversion (which yields `i64::MIN` for NaN and anything out of range) whose
/// low 32 bits are kept. `lua5.1` agrees: `math.randomseed(2^40)` seeds with 0.
fn to_c_int(number: f64) -> i32 {
    let truncated = number.trunc();
    // 2^63 as a double: the first value past the range of `i64`.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    let wide = if (-LIMIT..LIMIT).contains(&truncated) {
        truncated as i64
    } else {
        i64::MIN
    };
    wide as i32
}

/// `luaL_checkint`.
unsafe fn check_int(state: *mut ffi::lua_State, argument: c_int) -> i32 {
    to_c_int(ffi::luaL_checknumber(state, argument))
}

/// The generator in the calling closure's upvalue.
unsafe fn generator<'a>(state: *mut ffi::lua_State) -> &'a mut CRand {
    &mut *(ffi::lua_touserdata(state, ffi::lua_upvalueindex(1)) as *mut CRand)
}

/// `math.random([m [, n]])`.
unsafe extern "C-unwind" fn math_random(state: *mut ffi::lua_State) -> c_int {
    let drawn = generator(state).next();
    let fraction = f64::from(drawn % RAND_MAX) / f64::from(RAND_MAX);
    // Nothing with a destructor is alive in this frame, so the checks below may longjmp out.
    let result = match ffi::lua_gettop(state) {
        0 => fraction,
        1 => {
            let upper = check_int(state, 1);
            if upper < 1 {
                ffi::luaL_argerror(state, 1, c"interval is empty".as_ptr());
            }
            (fraction * f64::from(upper)).floor() + 1.0
        }
        2 => {
            let lower = check_int(state, 1);
            let upper = check_int(state, 2);
            if lower > upper {
                ffi::luaL_argerror(state, 2, c"interval is empty".as_ptr());
            }
            let width = upper.wrapping_sub(lower).wrapping_add(1);
            (fraction * f64::from(width)).floor() + f64::from(lower)
        }
        _ => {
            ffi::luaL_error(state, c"wrong number of arguments".as_ptr());
            return 0;
        }
    };
    ffi::lua_pushnumber(state, result);
    1
}

/// `math.randomseed(x)`.
unsafe extern "C-unwind" fn math_randomseed(state: *mut ffi::lua_State) -> c_int {
    let seed = check_int(state, 1);
    generator(state).seed(seed as u32);
    0
}

/// Replaces `math.random` and `math.randomseed` of the table on top of the stack with the
/// state's own generator, seeded as a fresh process is.
///
/// # Safety
/// `state` must be a valid Lua state with a table on top of its stack and room for three more
/// slots; it must run in protected mode (creating the userdata may raise a memory error).
pub(crate) unsafe fn install(state: *mut ffi::lua_State) {
    let slot = ffi::lua_newuserdata(state, std::mem::size_of::<CRand>()) as *mut CRand;
    slot.write(CRand::seeded(1));
    for (name, function) in [
        (c"random", math_random as ffi::lua_CFunction),
        (c"randomseed", math_randomseed as ffi::lua_CFunction),
    ] {
        ffi::lua_pushvalue(state, -1);
        ffi::lua_pushcclosure(state, function, 1);
        ffi::lua_setfield(state, -3, name.as_ptr());
    }
    ffi::lua_pop(state, 1);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_values_are_glibcs_after_srand_1() {
        // glibc's documented first outputs of rand() in a fresh process.
        let mut generator = CRand::seeded(1);
        let first: Vec<i32> = (0..5).map(|_| generator.next()).collect();
        assert_eq!(
            first,
            [1804289383, 846930886, 1681692777, 1714636915, 1957747793]
        );
    }

    #[test]
    fn seeding_zero_is_seeding_one_and_reseeding_restarts_the_sequence() {
        let mut zero = CRand::seeded(0);
        let mut one = CRand::seeded(1);
        assert_eq!(zero.next(), one.next());
        one.seed(1);
        assert_eq!(one, CRand::seeded(1));
    }

    #[test]
    fn numbers_become_the_low_32_bits_of_a_64_bit_truncation() {
        assert_eq!(to_c_int(3.9), 3);
        assert_eq!(to_c_int(-3.9), -3);
        assert_eq!(to_c_int(2_147_483_647.5), i32::MAX);
        assert_eq!(to_c_int(2_147_483_648.0), i32::MIN);
        assert_eq!(to_c_int(4_294_967_297.0), 1);
        assert_eq!(to_c_int(f64::NAN), 0);
        assert_eq!(to_c_int(-1e300), 0);
    }
}
